var Y,vr,Wn,Ve,Aa,Kt,yr,Zt,wr,La,Ea,Hn,vt=Symbol.for("pv"),Qt={},Jt=[],Zn=/^m(i|n|o|s|text|space)$/,Ra=Array.isArray,Da=Jt.slice,Je=Object.assign;function Qe(e){e&&e.parentNode&&e.remove()}function kr(e,t,a){var r,s,n,i={},l=arguments.length;for(n in t)n=="key"?r=t[n]:n=="ref"&&typeof e!="function"?s=t[n]:i[n]=t[n];return l>2&&(i.children=l>3?Da.call(arguments,2):a),_t(e,i,r,s,null)}function _t(e,t,a,r,s){var n={type:e,props:t,key:a,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:vt,__v:s||++vr,__i:-1,__u:0};return!s&&Y.vnode&&Y.vnode(n),n}function Xt(e){return e.children}function Gt(e,t){this.props=e,this.context=t,this.__g=0}function je(e,t){if(t==null)return e.__&&je(e.__,e.__i+1);for(var a;t<e.__k.length;t++)if((a=e.__k[t])&&a.__e)return a.__e;return typeof e.type!="function"||e.props.__P?null:je(e)}function Gn(e){var t,a=e.__v,r=a.__e,s=[],n=[],i=e.__P;i&&((t=Je({constructor:vt},a)).__v=a.__v+1,Y.vnode&&Y.vnode(t),Na(i,t,a,e.__n,i.namespaceURI,32&a.__u?[r]:null,s,r||je(a),32&a.__u,n),t.__v=a.__v,t.__.__k[t.__i]=t,Ar(s,t,n),a.__=a.__e=null,t.__e!=r&&xr(t))}function xr(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),xr(e)}function br(e){(8&e.__g||(e.__g|=8,Ve.push(e),Kt++))&&Aa==Y.debounceRendering||((Aa=Y.debounceRendering)||queueMicrotask)(Sr)}function Sr(){try{for(var e,t=1;Ve.length;)Ve.length>t&&Ve.sort(yr),e=Ve.shift(),t=Ve.length,8&e.__g&&Gn(e)}finally{(Kt=Ve.length)&&(Aa||queueMicrotask)(Sr)}}function Cr(e,t,a,r,s,n,i,l,d,p,c){var m,$,u,f,b,g,_=r.__k||Jt,v=t.length;for(d=Yn(a,t,_,d,v),m=0;m<v;m++)(u=a.__k[m])!=null&&($=~u.__i&&_[u.__i]||Qt,u.__i=m,g=Na(e,u,$,s,n,i,l,d,p,c),f=u.__e,($.ref!=u.ref||8&$.__u)&&($.ref&&Ba($.ref,null,u,$),u.ref&&c.push(u.ref,u.__c||f,u)),b=b||f,4&u.__u?(d=Tr(u,d,e,!$.__v),$.__e&&($.__e=null)):typeof u.type=="function"&&g!==void 0?d=g:f&&(d=f.nextSibling),u.__u&=-21);return a.__e=b,d}function Yn(e,t,a,r,s){var n,i,l,d,p,c,m,$,u,f=a.length,b=f,g=0,_=0,v=e.__k=Array(s);for(n=0;n<s;n++)(i=t[n])!=null&&typeof i!="boolean"&&typeof i!="function"?(typeof i!="object"||i.constructor===String?i=v[n]=_t(null,i):Ra(i)?i=v[n]=_t(Xt,{children:i}):i.constructor===vt&&i.__b?i=v[n]=_t(i.type,i.props,i.key,i.ref,i.__v):v[n]=i,d=n+g,i.__=e,i.__b=e.__b+1,l=null,~(p=i.__i=Kn(i,a,d,b))&&(b--,(l=a[p])&&(l.__u|=2)),l&&l.__v?(i.__u|=16,p==d-1?g--:p==d+1?g++:p!=d&&(p>d?g--:g++,_=1)):(~p||(s>f?g--:s<f&&g++),typeof i.type!="function"&&(i.__u|=4))):v[n]=null;if(_){for(c=[],m=[],n=0;n<s;n++)if((i=v[n])&&16&i.__u){for(g=0,$=c.length;g<$;)c[u=g+$>>1]<i.__i?g=u+1:$=u;c[g]=i.__i,m[n]=g+1}for(g=c.length;n--;)m[n]&&(m[n]==g?g--:v[n].__u|=4)}if(b)for(n=0;n<f;n++)!(l=a[n])||2&l.__u||(l.__e==r&&(r=je(l)),Oa(l,l));return r}function Tr(e,t,a,r){var s,n,i,l;if(typeof e.type=="function"){if(e.props.__P)return t;if(s=e.__k)for(n=0;n<s.length;n++)s[n]&&(s[n].__=e,t=Tr(s[n],t,a,!1));return t}for(t&&!t.parentNode&&(t=je(e))&&!t.parentNode&&(t=null),i=e.__e,l=t;l&&l.nodeType==8;)l=l.nextSibling;for(i!=l&&(!r&&a.moveBefore&&i.parentNode?a.moveBefore(i,t):a.insertBefore(i,t||null)),t=i;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function Kn(e,t,a,r){var s,n=e.key,i=e.type,l=t[a],d=l&&!(2&l.__u);if(l===null&&n==null||d&&n==l.key&&i==l.type)return a;if(r>(d?1:0)){for(s=a-1;s>=0;s--)if((l=t[s])&&!(2&l.__u)&&n==l.key&&i==l.type)return s;for(s=a+1;s<t.length;s++)if((l=t[s])&&!(2&l.__u)&&n==l.key&&i==l.type)return s}return-1}function _r(e,t,a){a==null&&(a=""),t[0]=="-"?e.setProperty(t,a):e[t]=a}function Ht(e,t,a,r,s){var n,i;if(t=="style")if(typeof a=="string")e.style.cssText=a;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)a&&t in a||_r(e.style,t);if(a)for(t in a)r&&a[t]==r[t]||_r(e.style,t,a[t])}else if(t[0]=="o"&&t[1]=="n")typeof a!="function"&&(a=null),typeof r!="function"&&(r=null),(e.__e||(e.__e={}))[t]=a,a&&r||(i=Ea[t]||(Ea[t]=Qn(t)),(e.__a||(e.__a={}))[t]=La,n=t!=(t=t.replace(wr,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),a?e.addEventListener(t,i,n):e.removeEventListener(t,i,n));else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=a??"")}catch{}if(typeof a=="function")return;a==null||a===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&a==1?"":a)}}function Qn(e){return function(t){var a=this.__e;if(a){if(a=a[e],t[Zt]==null)t[Zt]=La++;else if(t[Zt]<this.__a[e])return;return a(Y.event?Y.event(t):t)}}}function Na(e,t,a,r,s,n,i,l,d,p){var c,m,$,u,f,b,g,_,v,y,x,R,z,O,V,ne,se,ie,J=t.type;if(t.constructor!==vt)return null;128&a.__u&&(d=32&a.__u,c=a.__c.__z)&&(t.__u|=d,m=n=[],c.nodeType==8?l=Yt(c,n):n.push(c),l=n[0]||l),(c=Y.__b)&&c(t);e:if(typeof J=="function"){$=i.length;try{if(_=t.props,v=(c=J.prototype)&&c.render,y=(c=J.contextType)&&r[c.__c],x=c?y?y.props.value:c.__:r,(u=a.__c)?(t.__c=u,2&u.__g&&(u.__g|=1)):(v?t.__c=u=new J(_,x):(t.__c=u=new Gt(_,x),u.constructor=J,u.render=Xn),y&&y.sub(u),u.state||(u.state={}),u.__n=r,u.__g|=8,u.__h=[],u.__k=[]),v&&(u.__s||(u.__s=u.state),J.getDerivedStateFromProps&&(u.__s==u.state&&(u.__s=Je({},u.__s)),Je(u.__s,J.getDerivedStateFromProps(_,u.__s)))),f=u.props,b=u.state,u.__v=t,a.__c){if(_!==f&&v&&!J.getDerivedStateFromProps&&u.componentWillReceiveProps&&u.componentWillReceiveProps(_,x),t.__v==a.__v&&!(8&u.__g)||!(4&u.__g)&&u.shouldComponentUpdate&&u.shouldComponentUpdate(_,u.__s,x)===!1){t.__v!=a.__v&&(u.props=_,u.state=u.__s,u.__g&=-9),t.__e=a.__e,t.__k=a.__k,t.__k.some(function(Z){Z&&(Z.__=t)}),Jt.push.apply(u.__h,u.__k),u.__k=[],u.__h.length&&i.push(u),l=je(a);break e}u.componentWillUpdate&&u.componentWillUpdate(_,u.__s,x),v&&u.componentDidUpdate&&u.__h.push(function(){u.componentDidUpdate(f,b,g)})}else v&&!J.getDerivedStateFromProps&&u.componentWillMount&&u.componentWillMount(),v&&u.componentDidMount&&u.__h.push(u.componentDidMount);u.context=x,u.props=_,u.__P=e,u.__g&=-5,R=Y.__r,z=v?25:0;do u.__g&=-9,R&&R(t),c=u.render(u.props,u.state=u.__s,u.context);while(8&u.__g&&++z<25);v&&(Jt.push.apply(u.__h,u.__k),u.__k=[]),u.state=u.__s,u.getChildContext&&(r=Je({},r,u.getChildContext())),v&&a.__c&&u.getSnapshotBeforeUpdate&&(g=u.getSnapshotBeforeUpdate(f,b)),O=c&&c.type===Xt&&c.key==null?c.props.children:c,_.__P&&(c=l,s=(e=_.__P).namespaceURI,d=n=null,a.props&&a.props.__P!=e&&(a.__k.some(function(Z){Z&&Oa(Z,Z)}),a.__k=null),l=a.__k?je(a,0):null),l=Cr(e,Ra(O)?O:[O],t,a,r,s,n,i,l,d,p),_.__P&&(t.__e=null,l=c),t.__u&=-161,m&&m.some(Qe),u.__h.length&&i.push(u),1&u.__g&&(u.__g&=-4)}catch(Z){if(i.length=$,t.__v=null,d||n)if(Z&&Z.then){if(t.__u|=128|d,n){for(~(se=n.indexOf(l||void 0))||(se=n.length);(ie=n[se-1])&&ie.nodeType==8;)se--;for(;se<n.length;se++)if(ie=n[se])if(n[se]=null,V){if(ie==ne)break}else{if(ie.nodeType!=8)break;ie.data.startsWith("$s")&&(ne=Yt(V=ie))}}if(!V){for(;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;V=l}(c=Yt(V=t.__c.__z||(t.__c.__z=V)))?(t.__e=V,l=c):t.__e=l,l=l&&l.nextSibling}else n&&n.some(Qe);else t.__e=a.__e;t.__k||(t.__k=a.__k||[]),Z&&Z.then||Pr(t),Y.__e(Z,t,a)}}else l=t.__e=Jn(a.__e,t,a,r,s,n,i,d,p,e);return(c=Y.diffed)&&c(t),l}function Yt(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var a=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))a++;else if(e.data.startsWith("/$s")&&!--a)return e}t&&t.push(e)}}function Pr(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Pr))}function Ar(e,t,a){for(var r=0;r<a.length;)Ba(a[r++],a[r++],a[r++]);Y.__c&&Y.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(n){n.call(s)})}catch(n){Y.__e(n,s.__v)}})}function Jn(e,t,a,r,s,n,i,l,d,p){var c,m,$,u,f,b,g,_,v=a.props||Qt,y=t.props,x=t.type;if(x=="svg"?s="http://www.w3.org/2000/svg":x=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),n){for(c=0;c<n.length;c++)if((f=n[c])&&(x?f.localName==x:f.nodeType==3)){e=f,n[c]=null;break}}if(!e){if(_=p.ownerDocument||document,!x)return _.createTextNode(y);e=_.createElementNS(s,x,y.is?y:p),l&&(Y.__m&&Y.__m(t,n),l=!1),n=null}if(x){if(p=x=="template"&&e.content||e,n=x=="textarea"&&y.defaultValue!=null?null:n&&Da.call(p.childNodes),!l&&n)for(v={},c=0;c<e.attributes.length;c++)v[(f=e.attributes[c]).name]=f.value;for(c in v)f=v[c],c=="dangerouslySetInnerHTML"?$=f:c=="children"||c in y||c=="value"&&"defaultValue"in y||c=="checked"&&"defaultChecked"in y||Ht(e,c,null,f,s);for(c in y)f=y[c],c=="children"?u=f:c=="dangerouslySetInnerHTML"?m=f:c=="value"?b=f:c=="checked"?g=f:l&&typeof f!="function"||v[c]===f||Ht(e,c,f,v[c],s);m?(l||$&&(m.__html==$.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[]):($&&(e.textContent=""),(x=="foreignObject"||s=="http://www.w3.org/1998/Math/MathML"&&Zn.test(x))&&(s="http://www.w3.org/1999/xhtml"),Cr(p,Ra(u)?u:[u],t,a,r,s,n,i,n?n[0]:a.__k&&je(a,0),l,d),n&&n.some(Qe)),l&&x!="textarea"||(c="value",x=="progress"&&b==null?e.removeAttribute(c):b==null||b===e[c]&&(x!="progress"||b)||Ht(e,c,b,v[c],s),c="checked",g!=null&&g!=e[c]&&Ht(e,c,g,v[c],s))}else v===y||l&&e.data==y||(e.data=y);return e}function Ba(e,t,a,r){try{typeof e=="function"?t?t.__x=e(t)||1:r&&(r=r.__c||r.__e)&&(t=r.__x)&&(r.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(s){Y.__e(s,a)}}function Oa(e,t,a){var r,s,n,i;if(Y.unmount&&Y.unmount(e),!(r=e.ref)||r.current&&r.current!=e.__e||Ba(r,null,t,e),r=e.__c){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(l){Y.__e(l,t)}r.__P=r.__n=null}if(r=e.__k)for(i=0;i<r.length;i++)r[i]&&Oa(r[i],t,typeof e.type!="function"||a&&!e.props.__P);!a&&(r=e.__c)&&(r=r.__z)&&(s=Yt(r,n=[]))&&(r==e.__e&&n.some(Qe),Qe(s),Qe(r)),a||Qe(e.__e),e.__e=e.__c=e.__=null}function Xn(e,t,a){return this.constructor(e,a)}function Er(e,t){var a,r,s,n;Y.__&&Y.__(e,t),t.nodeType==9&&(t=t.documentElement),r=(a=e&&32&e.__u)?null:t.__k,t.__k=_t(Xt,{children:[e]}),s=[],n=[],Na(t,t.__k,r||Qt,Qt,t.namespaceURI,r?null:t.firstChild?Da.call(t.childNodes):null,s,r?r.__e:t.firstChild,a,n),Ar(s,t.__k,n),t.__k.props.children=null}Y={__e:function(e,t,a,r){for(var s,n,i;t=t.__;)if((s=t.__c)&&!(1&s.__g)){s.__g|=4;try{if((i=(n=s.constructor)&&n.getDerivedStateFromError)&&s.setState(n.getDerivedStateFromError(e)),s.componentDidCatch&&(s.componentDidCatch(e,r||{}),i=1),i&&8&s.__g)return void(s.__g|=2)}catch(l){e=l}}throw Kt=0,e}},vr=0,Wn=function(e){return e!=null&&e.constructor===vt},Gt.prototype.setState=function(e,t){var a=this.__s;a&&a!=this.state||(a=this.__s=Je({},this.state)),typeof e=="function"&&(e=e(Je({},a),this.props)),e&&(Je(a,e),this.__v&&(t&&this.__k.push(t),br(this)))},Gt.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),br(this))},Gt.prototype.render=Xt,Ve=[],Kt=0,yr=function(e,t){return e.__v.__b-t.__v.__b},Zt=Symbol(),wr=/(PointerCapture)$|Capture$/i,La=0,Ea={},Hn=0;var wt,oe,Ma,Lr,Ia=Object.is,kt=0,Fr=[],za=[],ee=Y,Rr=ee.__b,Dr=ee.__r,Nr=ee.diffed,Br=ee.__c,Or=ee.unmount,Mr=ee.__;function qa(e,t){ee.__h&&ee.__h(oe,e,kt||t),kt=0;var a=oe.__H||(oe.__H={__:[],__h:[]});return e>=a.__.length&&a.__.push({}),a.__[e]}function h(e){return kt=1,es(jr,e)}function es(e,t,a){var r=qa(wt++,2);if(r.t=e,!r.__c&&(r.__=[a?a(t):jr(void 0,t),function(n){var i=(r.__N||r.__)[0],l=r.t(i,n);Ia(i,l)||(r.__N=[l,r.__[1]],r.__c.setState({}))}],r.__c=oe,!oe.__f)){oe.__f=!0;var s=oe.shouldComponentUpdate;oe.shouldComponentUpdate=function(n,i,l){var d=this.__H;if(!d)return!0;var p=!1,c=this.props!=n;if(d.__.some(function($){$.__N&&(p=!0,Ia($.__[0],$.__N[0])||(c=!0))}),s){var m=s.call(this,n,i,l);return p?m||c:m}return!p||c}}return r.__}function M(e,t){var a=qa(wt++,3);!ee.__s&&Vr(a.__H,t)&&(a.__P=!0,a.__=e,a.u=t,oe.__H.__h.push(a))}function H(e){return kt=5,qr(function(){return{current:e}},[])}function qr(e,t){var a=qa(wt++,7);return Vr(a.__H,t)&&(a.__=e(),a.__H=t),a.__}function it(e,t){return kt=8,qr(function(){return e},t)}function ts(){var e;do{for(;e=za.shift();)try{yt(e)}catch(a){ee.__e(a,{__:(e=e.__P)&&e.__v})}for(;e=Fr.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(yt),t.__h.some(Fa),t.__h=[]}catch(a){t.__h=[],ee.__e(a,e.__v)}}}while(za.length)}ee.__b=function(e){oe=null,Rr&&Rr(e)},ee.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Mr&&Mr(e,t)},ee.__r=function(e){Dr&&Dr(e),wt=0;var t=(oe=e.__c).__H;t&&(Ma==oe?oe.__h=[]:(t.__h.some(yt),t.__h.some(Fa),wt=0),t.__h=[],t.__.some(function(a){a.__N&&(a.__=a.__N),a.u=a.__N=void 0})),Ma=oe},ee.diffed=function(e){Nr&&Nr(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&zr(Fr.push(t)),t.__H.__.some(function(a){a.u&&(a.__H=a.u)})),Ma=oe=null},ee.__c=function(e,t){t.some(function(a){try{a.__h.some(yt),a.__h=a.__h.filter(function(r){return!r.__||Fa(r)})}catch(r){a.__h=[function(){throw r}]}}),Br&&Br(e,t)},ee.unmount=function(e){Or&&Or(e);var t,a,r=e.__c;r&&r.__H&&(r.__H.__.some(function(s){try{if(s.__P&&s.__c){if(a===void 0){for(a=e.__;a&&(!a.__c||!a.__c.__P);)a=a.__;a=a&&a.__c}s.__P=a,zr(za.push(s))}else yt(s)}catch(n){t=n}}),r.__H=void 0,t&&ee.__e(t,r.__v))};var Ir=typeof requestAnimationFrame=="function";function as(e){var t,a=function(){clearTimeout(r),Ir&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(a,35);Ir&&(t=requestAnimationFrame(a))}function zr(e){e!=1&&Lr==ee.requestAnimationFrame||((Lr=ee.requestAnimationFrame)||as)(ts)}function yt(e){var t=oe,a=e.__c;typeof a=="function"&&(e.__c=void 0,a()),oe=t}function Fa(e){var t=oe;e.__c=e.__(),oe=t}function Vr(e,t){return!e||e.length!=t.length||t.some(function(a,r){return!Ia(a,e[r])})}function jr(e,t){return typeof t=="function"?t(e):t}var xt=["forehead","temples","periorbital","nose","cheeks","perioral","chin","jawline"],St=["neck","decolletage","hands","arms","abdomen","back","buttocks","thighs"],Ct=[...xt,...St],rs={forehead:"Forehead",temples:"Temples",periorbital:"Around the eyes",nose:"Nose",cheeks:"Cheeks",perioral:"Around the mouth",chin:"Chin",jawline:"Jawline",neck:"Neck",decolletage:"Décolletage",hands:"Hands",arms:"Arms",abdomen:"Abdomen",back:"Back",buttocks:"Buttocks",thighs:"Thighs"},Ur=["acne_scars","fine_lines","wrinkles","laxity","texture","enlarged_pores","hyperpigmentation","dullness","surgical_scars","stretch_marks","volume_loss","dynamic_wrinkles"],os={dullness:"Dullness",fine_lines:"Fine lines",wrinkles:"Wrinkles",laxity:"Laxity",texture:"Uneven texture",enlarged_pores:"Enlarged pores",hyperpigmentation:"Hyperpigmentation",acne_scars:"Acne scars",surgical_scars:"Surgical scars",stretch_marks:"Stretch marks",volume_loss:"Volume loss",dynamic_wrinkles:"Dynamic wrinkles"},Tt={hyperpigmentation:["sun_spots","melasma","pih"],acne_scars:["ice_pick","boxcar","rolling","mixed"]},ns={sun_spots:"Sun spots",melasma:"Melasma",pih:"Post-inflammatory (PIH)",ice_pick:"Ice pick",boxcar:"Boxcar",rolling:"Rolling",mixed:"Mixed"},Wr=[[1,"1 – mild"],[2,"2 – moderate"],[3,"3 – marked"],[4,"4 – severe"]],Hr=["herpes_history","keloid_tendency","psoriasis","eczema","rosacea","scleroderma","autoimmune_disease","bleeding_disorder","immunocompromised","diabetes_controlled","diabetes_uncontrolled"],ss={herpes_history:"Cold sores (herpes simplex)",keloid_tendency:"Keloid scarring",psoriasis:"Psoriasis",scleroderma:"Scleroderma",autoimmune_disease:"Autoimmune disease",bleeding_disorder:"Bleeding disorder",immunocompromised:"Immunocompromised",diabetes_controlled:"Diabetes, controlled",diabetes_uncontrolled:"Diabetes, uncontrolled",eczema:"Eczema",rosacea:"Rosacea"},Zr=["acne","cold_sore","infection","eczema","psoriasis","rosacea","dermatitis","open_wound","sunburn","recent_sun_exposure","skin_cancer"],is={acne:"Active acne",infection:"Skin infection",cold_sore:"Cold sore",eczema:"Eczema flare",psoriasis:"Psoriasis flare",rosacea:"Rosacea flare",dermatitis:"Dermatitis",open_wound:"Open wound",sunburn:"Sunburn",recent_sun_exposure:"Recent sun exposure or tan",skin_cancer:"Skin cancer or suspicious lesion"},Gr=["isotretinoin","topical_retinoid","exfoliating_acid","anticoagulant","antiplatelet","immunosuppressant","aspirin","nsaid","vitamin_e","fish_oil","ginkgo"],ls={isotretinoin:"Isotretinoin (oral)",topical_retinoid:"Topical retinoid",exfoliating_acid:"Exfoliating acid (AHA/BHA)",anticoagulant:"Anticoagulant",antiplatelet:"Antiplatelet",immunosuppressant:"Immunosuppressant",aspirin:"Aspirin",nsaid:"NSAID (ibuprofen, naproxen)",vitamin_e:"Vitamin E",fish_oil:"Fish oil",ginkgo:"Ginkgo biloba"},Yr=["botox","filler","superficial_peel","medium_peel","deep_peel","laser_nonablative","laser_ablative","microneedling","surgery","waxing","depilatory","electrolysis"],ds={botox:"Botulinum toxin",filler:"Dermal filler",superficial_peel:"Superficial peel",medium_peel:"Medium peel",deep_peel:"Deep peel",laser_nonablative:"Non-ablative laser",laser_ablative:"Ablative laser",microneedling:"Microneedling",surgery:"Surgery",waxing:"Waxing",depilatory:"Depilatory cream",electrolysis:"Electrolysis"},Kr=["lidocaine","topical_anaesthetic","stainless_steel"],cs={lidocaine:"Lidocaine",topical_anaesthetic:"Topical anaesthetic",stainless_steel:"Stainless steel (needles)"},ps={eligible:"Eligible",eligible_with_precautions:"Eligible with precautions",defer:"Defer",not_eligible:"Not eligible"},us={contraindicated:"Contraindicated",defer:"Defer",caution:"Caution",info:"Info"},ms={alternative_anaesthesia:"Plan an alternative anaesthetic",antiviral_prophylaxis:"Antiviral prophylaxis",conservative_depth:"Conservative depths",physician_clearance:"Physician clearance",review_blood_thinners:"Review blood thinners",strict_photoprotection:"Strict photoprotection"},fs={active_acne:"Active acne",active_infection:"Active infection",active_cold_sore:"Active cold sore",skin_condition_flare:"Skin condition flare",open_wound:"Open wound",sunburn:"Sunburn",recent_sun_exposure:"Recent sun exposure",skin_cancer:"Skin cancer",keloid_tendency:"Keloid tendency",scleroderma:"Scleroderma",bleeding_disorder:"Bleeding disorder",metal_allergy:"Metal allergy",psoriasis_history:"Psoriasis history",autoimmune_disease:"Autoimmune disease",immunocompromised:"Immunocompromised",uncontrolled_diabetes:"Uncontrolled diabetes",herpes_history:"Cold sore history",pih_risk:"Risk of hyperpigmentation",anaesthetic_allergy:"Anaesthetic allergy",anticoagulant:"Anticoagulant or antiplatelet",blood_thinning_otc:"Blood-thinning supplement or painkiller",isotretinoin:"Isotretinoin",retinoid_or_acid:"Retinoid or acid",recent_hair_removal:"Recent hair removal",recent_procedure:"Recent procedure",pregnancy:"Pregnancy or breastfeeding",minor:"Under 18",unsuitable_concern:"Concern microneedling does not treat"},$s={avoid_sun:"Avoid sun",stop_retinoids_acids:"Stop retinoids and acids",no_hair_removal:"No hair removal",review_blood_thinners:"Review blood thinners",antiviral_prophylaxis:"Antiviral",hydrate:"Hydrate",report_skin_changes:"Report skin changes",arrive_makeup_free:"Arrive make-up free"},hs={expected_redness:"Redness expected",gentle_cleanse_only:"Gentle cleansing only",no_makeup:"No make-up",avoid_heat_sweat:"Avoid heat and sweat",no_actives:"No active skincare",strict_sun_protection:"Strict sun protection",flaking_expected:"Flaking expected",do_not_pick:"Do not pick",reintroduce_retinoids:"Reintroduce retinoids",peels_facials_ok:"Peels and facials allowed",warning_signs:"Warning signs"},gs={hyaluronic_acid:"Hyaluronic acid",prp:"PRP",led_red:"Red LED",brightening_serum:"Brightening serum (after healing)"},bs={fillers:"Fillers",laser_resurfacing:"Laser resurfacing",neuromodulators:"Neuromodulators"},ea=["owner","provider","front_desk"],_s={owner:"Owner",provider:"Provider",front_desk:"Front desk",patient:"Patient"},vs={proposed:"Proposed",active:"Active",completed:"Completed",cancelled:"Cancelled"},Ue=[[1,"I – always burns"],[2,"II – usually burns"],[3,"III – sometimes burns"],[4,"IV – rarely burns"],[5,"V – very rarely burns"],[6,"VI – never burns"]];function de(e){return t=>e[t]||String(t).replaceAll("_"," ")}var he=de(rs),Xe=de(os),ta=de(ns),aa=de(ss),ra=de(is),oa=de(ls),na=de(ds),sa=de(cs),ia=de(ps),la=de(us),et=de(ms),be=de(fs),Pt=de($s),At=de(hs),Et=de(gs),Qr=de(bs),ve=de(_s),We=de(vs);var Xr=function(e,t,a,r){var s;t[0]=0;for(var n=1;n<t.length;n++){var i=t[n++],l=t[n]?(t[0]|=i?1:2,a[t[n++]]):t[++n];i===3?r[0]=l:i===4?r[1]=Object.assign(r[1]||{},l):i===5?(r[1]=r[1]||{})[t[++n]]=l:i===6?r[1][t[++n]]+=l+"":i?(s=e.apply(l,Xr(e,l,a,["",null])),r.push(s),l[0]?t[0]|=2:(t[n-2]=0,t[n]=s)):r.push(l)}return r},Jr=new Map;function eo(e){var t=Jr.get(this);return t||(t=new Map,Jr.set(this,t)),(t=Xr(this,t.get(e)||(t.set(e,t=(function(a){for(var r,s,n=1,i="",l="",d=[0],p=function($){n===1&&($||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,$,i):n===3&&($||i)?(d.push(3,$,i),n=2):n===2&&i==="..."&&$?d.push(4,$,0):n===2&&i&&!$?d.push(5,0,!0,i):n>=5&&((i||!$&&n===5)&&(d.push(n,0,i,s),n=6),$&&(d.push(n,$,0,s),n=6)),i=""},c=0;c<a.length;c++){c&&(n===1&&p(),p(c));for(var m=0;m<a[c].length;m++)r=a[c][m],n===1?r==="<"?(p(),d=[d],n=3):i+=r:n===4?i==="--"&&r===">"?(n=1,i=""):i=r+i[0]:l?r===l?l="":i+=r:r==='"'||r==="'"?l=r:r===">"?(p(),n=1):n&&(r==="="?(n=5,s=i,i=""):r==="/"&&(n<5||a[c][m+1]===">")?(p(),n===3&&(d=d[0]),n=d,(d=d[0]).push(2,0,n),n=0):r===" "||r==="	"||r===`
`||r==="\r"?(p(),n=2):i+=r),n===3&&i==="!--"&&(n=4,d=d[0])}return p(),d})(e)),t),arguments,[])).length>1?t:t[0]}var o=eo.bind(kr);var Va=new Set;function ys(){Va.forEach(e=>e(location.pathname))}function ce(e,{replace:t=!1}={}){e!==location.pathname+location.search&&history[t?"replaceState":"pushState"](null,"",e),ys()}function Lt(){let[e,t]=h(location.pathname);return M(()=>{Va.add(t);let a=()=>t(location.pathname);return addEventListener("popstate",a),()=>{Va.delete(t),removeEventListener("popstate",a)}},[]),e}function to(){document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest&&e.target.closest("a[href]");if(!t||t.target||t.hasAttribute("download"))return;let a=new URL(t.href);a.origin!==location.origin||a.pathname.startsWith("/api/")||a.pathname===location.pathname&&a.hash||(e.preventDefault(),ce(a.pathname+a.search))})}function ao(e,t){let a=e.split("/"),r=t.replace(/\/+$/,"").split("/");if(a.length!==r.length)return null;let s={};for(let n=0;n<a.length;n++)if(a[n].startsWith(":")){if(!/^[1-9][0-9]{0,17}$/.test(r[n]))return null;s[a[n].slice(1)]=Number(r[n])}else if(a[n]!==r[n])return null;return s}var ja="",Ua=new Set;function Wa(e){ja=e||""}function ro(e){return Ua.add(e),()=>Ua.delete(e)}var tt=class extends Error{constructor(t,a){let r=a&&(a.detail||a.title)||`HTTP ${t}`;super(r),this.status=t,this.title=a&&a.title||"",this.detail=r,this.errors=a&&Array.isArray(a.errors)&&a.errors||[],this.requestId=a&&a.request_id||"",this.problem=a||{}}};async function S(e,t,a,{contentType:r="application/json",signal:s}={}){let n={Accept:"application/json"},i;a!==void 0&&(n["Content-Type"]=r,i=r==="application/json"?JSON.stringify(a):a),e!=="GET"&&ja&&(n["X-CSRF-Token"]=ja);let l;try{l=await fetch(t,{method:e,headers:n,body:i,credentials:"same-origin",signal:s})}catch(c){throw c.name==="AbortError"?c:new tt(0,{title:"No connection",detail:"The server could not be reached. Check the connection and try again."})}if(l.status===204||l.status===304)return null;let d=await l.text(),p=null;try{p=d?JSON.parse(d):null}catch{p=null}if(!l.ok){let c=new tt(l.status,p),m=e==="POST"&&(t==="/api/v1/session"||t==="/api/v1/invitations/accept");throw l.status===401&&!m&&Ua.forEach($=>$()),c}return p}function lt(e){if(!e||e.name==="AbortError")return"";if(!(e instanceof tt))return"Something went wrong in the page. Reload and try again.";switch(e.status){case 0:return e.detail;case 403:return"Your role may not do this.";case 404:return"Not found. It may not exist, or it is not yours to see.";case 409:return`${e.detail}.`;case 429:return`${e.detail}.`;case 503:return"The service is busy or the database is unavailable. Try again in a moment.";default:return e.status>=500?`The server failed (${e.status})${e.requestId?`; quote request ${e.requestId}`:""}.`:e.errors.length>0?"Please correct the fields marked below.":`${e.detail}.`}}var oo="np-draft:",no="";function Ha(e){no=e?`${e.clinic_id}:${e.user.id}`:""}function so(){try{for(let e=sessionStorage.length-1;e>=0;e--){let t=sessionStorage.key(e);t&&t.startsWith(oo)&&sessionStorage.removeItem(t)}}catch{}}function ws(e){try{let t=sessionStorage.getItem(e);return t===null?void 0:JSON.parse(t)}catch{return}}function dt(e,t){let a=`${oo}${no}:${e}`,r=H(ws(a)),[s,n]=h(()=>r.current!==void 0?r.current:typeof t=="function"?t():t),i=H(!1);M(()=>{if(i.current)try{sessionStorage.setItem(a,JSON.stringify(s))}catch{}},[a,s]);let l=it(p=>{i.current=!0,n(p)},[]),d=it(()=>{i.current=!1;try{sessionStorage.removeItem(a)}catch{}},[a]);return[s,l,d,r.current!==void 0]}var ct={status:"loading",session:null,expired:!1,error:null},Za=new Set;function Rt(e){ct={...ct,...e},Za.forEach(t=>t(ct))}function io(){let[e,t]=h(ct);return M(()=>(Za.add(t),t(ct),()=>Za.delete(t)),[]),e}function lo(e){Wa(e.csrf_token),Ha(e),Rt({status:"ready",session:e,expired:!1,error:null})}async function Ga(){try{lo(await S("GET","/api/v1/session"))}catch(e){e.status===401?Rt({status:"anonymous",session:null}):Rt({status:"error",error:e})}}async function co(e,t,a){let r=await S("POST","/api/v1/session",{clinic:e,email:t,password:a});return lo(r),r}async function da(){try{await S("DELETE","/api/v1/session")}catch{}so(),Wa(""),Ha(null),Rt({status:"anonymous",session:null,expired:!1})}ro(()=>{ct.status==="ready"&&Rt({status:"anonymous",session:null,expired:!0})});var pt=e=>e==="owner"||e==="provider";function ks(e){let t=[{href:"/staff",label:"Home",exact:!0},{href:"/staff/patients",label:"Patients"},{href:"/staff/calendar",label:"Calendar"},{href:"/staff/hours",label:"Hours"},{href:"/staff/requests",label:"Requests"}];return(e==="owner"||e==="provider")&&t.push({href:"/staff/protocol",label:"Protocol"}),e==="owner"&&(t.push({href:"/staff/team",label:"Team"}),t.push({href:"/staff/mail",label:"Mail"}),t.push({href:"/staff/consents",label:"Consents"}),t.push({href:"/staff/audit",label:"Audit log"})),t}function po(){return o`<a class="skip-link" href="#main" onClick=${e=>{e.preventDefault();let t=document.getElementById("main");t&&t.focus()}}>Skip to content</a>`}async function uo(e){await da(),ce(e,{replace:!0})}function Dt({session:e,children:t}){let a=Lt(),r=e.role,s=n=>n.exact?a===n.href:a===n.href||a.startsWith(`${n.href}/`);return o`<${po} />
    <header class="topbar">
      <div class="topbar__inner">
        <a class="brand" href="/staff"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</a>
        <nav class="mainnav" aria-label="Main">
          <ul>
            ${ks(r).map(n=>o`<li><a href=${n.href} aria-current=${s(n)?"page":void 0}>${n.label}</a></li>`)}
          </ul>
        </nav>
        <div class="userbox">
          <span class="userbox__name">${e.user.display_name}</span>
          <span class="userbox__role">${ve(r)}</span>
          <button type="button" class="button button--quiet" onClick=${()=>uo("/login")}>Log out</button>
        </div>
      </div>
    </header>
    <main id="main" class="page" tabindex="-1">${t}</main>`}function Ya({session:e,children:t}){let r=Lt().startsWith("/portal/photos");return o`<${po} />
    <header class="topbar topbar--portal">
      <div class="topbar__inner">
        <a class="brand" href="/portal"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</a>
        <nav class="mainnav" aria-label="Main">
          <ul>
            <li><a href="/portal" aria-current=${r?void 0:"page"}>My plan</a></li>
            <li><a href="/portal/photos" aria-current=${r?"page":void 0}>My photos</a></li>
          </ul>
        </nav>
        <div class="userbox">
          <span class="userbox__name">${e.user.display_name}</span>
          <button type="button" class="button button--quiet" onClick=${()=>uo("/portal/login")}>Log out</button>
        </div>
      </div>
    </header>
    <main id="main" class="page page--portal" tabindex="-1">${t}</main>`}function xe({children:e}){return o`<main id="main" class="page page--plain" tabindex="-1">${e}</main>`}var xs={short:new Intl.DateTimeFormat("en-GB",{day:"numeric",month:"short",year:"numeric",timeZone:"UTC"}),weekday:new Intl.DateTimeFormat("en-GB",{weekday:"short",day:"numeric",month:"short",year:"numeric",timeZone:"UTC"}),long:new Intl.DateTimeFormat("en-GB",{weekday:"long",day:"numeric",month:"long",year:"numeric",timeZone:"UTC"}),dayMonth:new Intl.DateTimeFormat("en-GB",{day:"numeric",month:"short",timeZone:"UTC"})},Ss=new Intl.DateTimeFormat("en-GB",{day:"numeric",month:"short",year:"numeric",hour:"2-digit",minute:"2-digit",second:"2-digit"});function Nt(e){let t=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e||"");return t?new Date(Date.UTC(+t[1],+t[2]-1,+t[3])):null}function P(e,t="short"){let a=Nt(e);return a?xs[t].format(a):""}function me(e){let t=new Date(e);return Number.isNaN(t.getTime())?e:Ss.format(t)}function ca(e,t){return t?e===t?P(e):`${P(e)} – ${P(t)}`:`from ${P(e)}`}function Ka(e,t){return Math.round((Nt(t)-Nt(e))/864e5)}function Se(e){try{let t=new Intl.DateTimeFormat("en-CA",{timeZone:e,year:"numeric",month:"2-digit",day:"2-digit"}).formatToParts(new Date),a=r=>t.find(s=>s.type===r).value;return`${a("year")}-${a("month")}-${a("day")}`}catch{return new Date().toISOString().slice(0,10)}}function ut(e,t=Se()){let a=Nt(e),r=Nt(t);if(!a||!r)return null;let s=r.getUTCFullYear()-a.getUTCFullYear();return(r.getUTCMonth()<a.getUTCMonth()||r.getUTCMonth()===a.getUTCMonth()&&r.getUTCDate()<a.getUTCDate())&&s--,s}function W(e){return e?`${e.given_name} ${e.family_name}`.trim():""}function Ce(e){if(!e)return"";let t=a=>Number(a).toFixed(2);return`${t(e.min)}–${t(e.max)} mm`}function te(e,t,a=`${t}s`){return`${e} ${e===1?t:a}`}function K(e){return`f${e.replace(/[^A-Za-z0-9_]+/g,"-")}`}function pe(e,t,a=!1){return(e||[]).filter(r=>r.path===t||a&&r.path.startsWith(`${t}/`)).map(r=>r.message)}function Qa(e){let t=e;for(;t;){let a=document.getElementById(K(t));if(a)return a;t=t.slice(0,Math.max(0,t.lastIndexOf("/")))}return null}function Cs(e){M(()=>{document.title=e?`${e} – Needlepoint`:"Needlepoint"},[e])}function w({children:e,title:t}){return Cs(t||(typeof e=="string"?e:"")),o`<h1 id="page-title" tabindex="-1">${e}</h1>`}function pa({id:e,messages:t}){return!t||t.length===0?null:o`<div class="field-error" id=${e}>
    ${t.map(a=>o`<p><span class="visually-hidden">Error: </span>${a}</p>`)}
  </div>`}function ua(e,t,a){let r=[];return t&&r.push(`${e}-hint`),a.length>0&&r.push(`${e}-error`),r.length>0?r.join(" "):void 0}function C({label:e,pointer:t,errors:a,hint:r,value:s,onValue:n,type:i="text",required:l=!1,className:d="",...p}){let c=K(t),m=pe(a,t);return o`<div class=${`field ${m.length?"field--invalid":""} ${d}`}>
    <label for=${c}>${e}${l?o`<span class="required" aria-hidden="true"> *</span>`:""}</label>
    ${r&&o`<p class="hint" id=${`${c}-hint`}>${r}</p>`}
    <input
      id=${c}
      name=${t}
      type=${i}
      value=${s??""}
      onInput=${$=>n($.currentTarget.value)}
      aria-invalid=${m.length>0?"true":void 0}
      aria-required=${l?"true":void 0}
      aria-describedby=${ua(c,r,m)}
      ...${p}
    />
    <${pa} id=${`${c}-error`} messages=${m} />
  </div>`}function $e({label:e,pointer:t,errors:a,hint:r,value:s,onValue:n,required:i=!1,rows:l=3,...d}){let p=K(t),c=pe(a,t);return o`<div class=${`field ${c.length?"field--invalid":""}`}>
    <label for=${p}>${e}${i?o`<span class="required" aria-hidden="true"> *</span>`:""}</label>
    ${r&&o`<p class="hint" id=${`${p}-hint`}>${r}</p>`}
    <textarea
      id=${p}
      name=${t}
      rows=${l}
      value=${s??""}
      onInput=${m=>n(m.currentTarget.value)}
      aria-invalid=${c.length>0?"true":void 0}
      aria-describedby=${ua(p,r,c)}
      ...${d}
    ></textarea>
    <${pa} id=${`${p}-error`} messages=${c} />
  </div>`}function F({label:e,pointer:t,errors:a,hint:r,value:s,onValue:n,options:i,placeholder:l,required:d=!1,className:p="",...c}){let m=K(t),$=pe(a,t);return o`<div class=${`field ${$.length?"field--invalid":""} ${p}`}>
    <label for=${m}>${e}${d?o`<span class="required" aria-hidden="true"> *</span>`:""}</label>
    ${r&&o`<p class="hint" id=${`${m}-hint`}>${r}</p>`}
    <select
      id=${m}
      name=${t}
      value=${s??""}
      onChange=${u=>n(u.currentTarget.value)}
      aria-invalid=${$.length>0?"true":void 0}
      aria-required=${d?"true":void 0}
      aria-describedby=${ua(m,r,$)}
      ...${c}
    >
      ${l!==void 0&&o`<option value="">${l}</option>`}
      ${i.map(([u,f])=>o`<option value=${u}>${f}</option>`)}
    </select>
    <${pa} id=${`${m}-error`} messages=${$} />
  </div>`}function Oe({id:e,label:t,checked:a,onChecked:r,name:s,hint:n}){return o`<div class="check">
    <input
      type="checkbox"
      id=${e}
      name=${s}
      checked=${a}
      onChange=${i=>r(i.currentTarget.checked)}
      aria-describedby=${n?`${e}-hint`:void 0}
    />
    <label for=${e}>${t}</label>
    ${n&&o`<span class="hint" id=${`${e}-hint`}>${n}</span>`}
  </div>`}function Me({legend:e,pointer:t,errors:a,hint:r,options:s,values:n,onValues:i,columns:l=2,compact:d}){let p=K(t),c=pe(a,t,!0),m=($,u)=>{let f=new Set(n);u?f.add($):f.delete($),i(s.map(([b])=>b).filter(b=>f.has(b)))};return o`<fieldset
    class=${`checks checks--${l} ${d?"checks--compact":""} ${c.length?"field--invalid":""}`}
    id=${p}
    tabindex="-1"
    aria-describedby=${ua(p,r,c)}
  >
    <legend>${e}</legend>
    ${r&&o`<p class="hint" id=${`${p}-hint`}>${r}</p>`}
    <${pa} id=${`${p}-error`} messages=${c} />
    <div class="checks__items">
      ${s.map(([$,u])=>o`<${Oe}
            id=${`${p}-${$}`}
            name=${t}
            label=${u}
            checked=${n.includes($)}
            onChecked=${f=>m($,f)}
          />`)}
    </div>
  </fieldset>`}var mo={intake:"",patient:"",zones:"Zone",concerns:"Concern",active:"Skin condition",medications:"Medication",procedures:"Procedure",allergies:"Allergy",history:"History item",areas:"Areas",fitzpatrick:"Skin type",birth_date:"Date of birth",assessed_on:"Assessed on",planned_date:"First session",given_name:"Given name",family_name:"Family name",display_name:"Name",depth_mm:"depth",last_dose:"last taken",last_use:"last taken",code:""};function mt(e){let t=[];return e.split("/").slice(1).forEach((r,s)=>{if(/^\d+$/.test(r)){t.length&&(t[t.length-1]+=` ${Number(r)+1}`);return}let n=r in mo?mo[r]:r.replaceAll("_"," ");n&&t.push(s===0||t.length===0?n.charAt(0).toUpperCase()+n.slice(1):n)}),t.join(", ")}function U({errors:e,title:t="Please correct these fields"}){if(!e||e.length===0)return null;let a=(r,s)=>{r.preventDefault();let n=Qa(s);n&&(n.scrollIntoView({block:"center"}),n.focus({preventScroll:!0}))};return o`<div class="error-summary" role="alert" tabindex="-1">
    <h2>${t}</h2>
    <ul>
      ${e.map(r=>o`<li>
            <a href=${`#${K(r.path)}`} onClick=${s=>a(s,r.path)}>
              ${mt(r.path)?`${mt(r.path)}: `:""}${r.message}
            </a>
          </li>`)}
    </ul>
  </div>`}function E({label:e="Loading…"}){return o`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${e}</p>`}function k({error:e,onRetry:t}){let a=lt(e);return a?o`<div class="alert alert--error" role="alert">
    <p>${a}</p>
    ${t&&o`<button type="button" class="button button--secondary" onClick=${t}>Try again</button>`}
  </div>`:null}function L({kind:e="info",children:t}){return o`<div class=${`alert alert--${e}`} role="status">${t}</div>`}function I({children:e}){return o`<p class="empty">${e}</p>`}function B({kind:e,children:t}){return o`<span class=${`badge badge--${e}`}>${t}</span>`}function A({busy:e,children:t,busyLabel:a="Saving…",className:r=""}){return o`<button type="submit" class=${`button ${r}`} disabled=${e} aria-disabled=${e?"true":void 0}>
    ${e?a:t}
  </button>`}function ue({date:e,style:t="short"}){return o`<time datetime=${e}>${P(e,t)}</time>`}function fe({label:e,confirmLabel:t,busy:a,onConfirm:r,children:s,className:n="button--secondary",small:i=!1,hiddenSuffix:l=""}){let[d,p]=h(!1),c=i?" button--small":"";return d?o`<div class="confirm" role="group" aria-label=${e}>
    <div class="confirm__question">${s}</div>
    <div class="form-actions">
      <button
        type="button"
        class=${`button button--danger${c}`}
        disabled=${a}
        onClick=${async()=>{await r(),p(!1)}}
      >
        ${a?"Working…":t}
      </button>
      <button type="button" class=${`button button--quiet${c}`} onClick=${()=>p(!1)}>Keep as it is</button>
    </div>
  </div>`:o`<button type="button" class=${`button ${n}${c}`} disabled=${a} onClick=${()=>p(!0)}>
      ${e}${l&&o`<span class="visually-hidden"> ${l}</span>`}
    </button>`}function ye({error:e,onRetry:t}){return e?!e.errors||e.errors.length===0||e.status>=500?o`<${k} error=${e} onRetry=${t} />`:o`<div class="alert alert--error" role="alert">
    <p>${e.status===409?"Refused: it conflicts with another change.":"Refused."}</p>
    <ul>
      ${e.errors.map(a=>o`<li>${mt(a.path)?`${mt(a.path)}: `:""}${a.message}</li>`)}
    </ul>
  </div>`:null}function T(e){let[t,a]=h({data:null,error:null,loading:e!==null}),[r,s]=h(0),n=H(!0);M(()=>()=>n.current=!1,[]),M(()=>{if(e===null){a({data:null,error:null,loading:!1});return}let d=new AbortController;return a(p=>({data:p.data,error:null,loading:!0})),S("GET",e,void 0,{signal:d.signal}).then(p=>n.current&&a({data:p,error:null,loading:!1}),p=>{p.name!=="AbortError"&&n.current&&a({data:null,error:p,loading:!1})}),()=>d.abort()},[e,r]);let i=it(()=>s(d=>d+1),[]),l=it(d=>a({data:d,error:null,loading:!1}),[]);return{...t,reload:i,setData:l}}function j(e,t){M(()=>{e&&(performance.mark(`np-ready:${t}`),document.body.dataset.ready=t)},[e,t])}var Ts=["patient.read","patient.search","patient.create","patient.update","patient.portal_account.create","consultation.create","consultation.read","consultation.list","consultation.screen","plan.create","plan.read","plan.list","plan.update","audit.read"],Ps={success:"ok",denied:"stop",failed:"caution"};function As(e){let[t,a,r]=e.split("-").map(Number);return new Date(Date.UTC(t,a-1,r+1)).toISOString().slice(0,10)}function Es(e){let[t,a,r]=Se().split("-").map(Number);return new Date(Date.UTC(t,a-1,r-e)).toISOString().slice(0,10)}function Ls(e,t){let a=new URLSearchParams;return e.from&&a.set("from",e.from),e.to&&a.set("to",As(e.to)),e.user_id&&a.set("user_id",e.user_id),e.patient_id&&a.set("patient_id",e.patient_id),e.action&&a.set("action",e.action),t&&a.set("after",String(t)),a.set("limit","50"),`/api/v1/audit?${a}`}function fo(){let e=T("/api/v1/staff"),[t,a]=h({from:Es(7),to:"",user_id:"",patient_id:"",action:""}),[r,s]=h(t),[n,i]=h([]),[l,d]=h(null),[p,c]=h({loading:!0,error:null}),[m,$]=h(0);j(!p.loading&&!p.error,"audit");let u=async _=>{c({loading:!0,error:null});try{let v=await S("GET",Ls(r,_));i(y=>_?[...y,...v.items]:v.items),d(v.items.length===50?v.next_after:null),c({loading:!1,error:null})}catch(v){c({loading:!1,error:v})}};M(()=>{u(null)},[r,m]);let f=Object.fromEntries((e.data?e.data.items:[]).map(_=>[_.id,_.display_name])),b=_=>v=>a({...t,[_]:v}),g=p.error&&p.error.status===400?p.error.errors.map(_=>({..._,path:`/${_.path.replace(/^\?/,"")}`})):[];return o`<div class="stack">
    <${w}>Audit log</${w}>
    <p class="lead">Every read and change of patient data, with who did it. Rows cannot be edited or removed.</p>
    <form
      class="card filters"
      aria-label="Filter the audit log"
      onSubmit=${_=>{_.preventDefault(),s({...t}),$(v=>v+1)}}
    >
      <${C} label="From" type="date" pointer="/from" errors=${g} value=${t.from} onValue=${b("from")} />
      <${C} label="To" type="date" pointer="/to" errors=${g} value=${t.to} onValue=${b("to")} />
      <${F}
        label="Who"
        pointer="/user_id"
        errors=${g}
        value=${t.user_id}
        onValue=${b("user_id")}
        options=${(e.data?e.data.items:[]).map(_=>[String(_.id),`${_.display_name} (${ve(_.role)})`])}
        placeholder="Anyone"
      />
      <${C} label="Patient number" type="number" min="1" inputmode="numeric" pointer="/patient_id" errors=${g} value=${t.patient_id} onValue=${b("patient_id")} />
      <${F} label="Action" pointer="/action" errors=${g} value=${t.action} onValue=${b("action")} options=${Ts.map(_=>[_,_])} placeholder="Any action" />
      <button type="submit" class="button">Show</button>
    </form>
    <section class="card" aria-labelledby="audit-heading" aria-busy=${p.loading?"true":"false"}>
      <h2 id="audit-heading">${n.length} ${n.length===1?"entry":"entries"}${l?" so far":""}</h2>
      ${p.error&&p.error.status!==400&&o`<${k} error=${p.error} onRetry=${()=>$(_=>_+1)} />`}
      ${n.length>0&&o`<div class="table-scroll"><table class="table table--dense">
        <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Patient</th><th scope="col">Outcome</th><th scope="col">Detail</th><th scope="col">Request</th></tr></thead>
        <tbody>
          ${n.map(_=>o`<tr key=${_.seq}>
              <td>${me(_.at)}</td>
              <td>${_.user_id?f[_.user_id]||`${ve(_.role||"")} #${_.user_id}`:"System"}${_.role?o` <span class="muted">${ve(_.role)}</span>`:""}</td>
              <td><code>${_.action}</code></td>
              <td>${_.patient_id?o`<a href=${`/staff/patients/${_.patient_id}`}>#${_.patient_id}</a>`:"—"}</td>
              <td><${B} kind=${Ps[_.outcome]||"neutral"}>${_.outcome}</${B}></td>
              <td>${_.detail}</td>
              <td><code class="small">${_.request_id}</code></td>
            </tr>`)}
        </tbody>
      </table></div>`}
      ${!p.loading&&n.length===0&&!p.error&&o`<p class="empty">No entry matches these filters.</p>`}
      ${p.loading&&o`<${E} />`}
      ${l&&!p.loading&&o`<button type="button" class="button button--secondary" onClick=${()=>u(l)}>Load more</button>`}
    </section>
  </div>`}var Bt=["mon","tue","wed","thu","fri","sat","sun"],Rs={mon:"Monday",tue:"Tuesday",wed:"Wednesday",thu:"Thursday",fri:"Friday",sat:"Saturday",sun:"Sunday"},at=e=>Rs[e]||e,Ds={consultation:"Consultation",treatment:"Treatment session",follow_up:"Follow-up"},Ee=e=>Ds[e]||String(e).replaceAll("_"," "),Ns={booked:"Booked",confirmed:"Confirmed",checked_in:"Checked in",completed:"Completed",cancelled:"Cancelled",no_show:"No-show"},Ie=e=>Ns[e]||String(e).replaceAll("_"," ");function ma(e){let t=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e||"");return t?new Date(Date.UTC(+t[1],+t[2]-1,+t[3])):null}function ft(e,t){let a=ma(e);return a?(a.setUTCDate(a.getUTCDate()+t),a.toISOString().slice(0,10)):""}function $o(e){let t=ma(e);return t?ft(e,-((t.getUTCDay()+6)%7)):""}function ho(e,t){return Array.from({length:t},(a,r)=>ft(e,r))}var Q=e=>(e||"").slice(0,10),ge=e=>(e||"").slice(11,16);function Le(e){let t=ge(e.start_local),a=ge(e.end_local);return a?`${t}–${a}`:t}function go(e,t,a=!0){let r=new Map(t.map(s=>[s,[]]));for(let s of e){if(!a&&s.status==="cancelled")continue;let n=r.get(Q(s.start_local));n&&n.push(s)}for(let s of r.values())s.sort((n,i)=>n.start_local.localeCompare(i.start_local)||n.id-i.id);return r}function Ja(e){switch(e.status){case"booked":case"confirmed":return[["checked_in","Check in"],["no_show","No-show"]];case"checked_in":return[["completed","Complete"]];default:return[]}}function bo(e,t){return Math.round((ma(Q(t))-ma(Q(e)))/864e5)}function _o(e){let t={};for(let a of Bt){let r=(e[a]||[]).map(s=>({from:s.from,to:s.to}));r.length>0&&(t[a]=r)}return{hours:t}}function fa(e=!0){let t=T(e?"/api/v1/staff":null),a=new Map((t.data?t.data.items:[]).map(r=>[r.id,r.title?`${r.display_name} (${r.title})`:r.display_name]));return r=>a.get(r)||`user #${r}`}function Te(){let e=T("/api/v1/staff"),t=(e.data?e.data.items:[]).filter(r=>r.role==="provider"&&r.active),a=new Map((e.data?e.data.items:[]).map(r=>[r.id,r.display_name]));return{providers:t,nameOf:r=>a.get(r)||`provider #${r}`,loading:e.loading,error:e.error,reload:e.reload}}function $t(){let e=T("/api/v1/resources"),t=e.data?e.data.items:[],a=new Map(t.map(r=>[r.id,r.name]));return{rooms:t.filter(r=>r.kind==="room"&&r.active),devices:t.filter(r=>r.kind==="device"&&r.active),nameOf:r=>r==null?"":a.get(r)||`#${r}`,loading:e.loading,error:e.error}}var Bs=0;function _e({title:e,onClose:t,children:a,wide:r=!1}){let s=H(null),n=H(`dialog-${++Bs}`),i=H(t);return i.current=t,M(()=>{let l=s.current;l&&!l.open&&l.showModal();let d=p=>{p.preventDefault(),i.current()};return l.addEventListener("cancel",d),()=>{l.removeEventListener("cancel",d),l.open&&l.close()}},[]),o`<dialog ref=${s} class=${`dialog ${r?"dialog--wide":""}`} aria-labelledby=${`${n.current}-title`}>
    <div class="dialog__head">
      <h2 id=${`${n.current}-title`}>${e}</h2>
      <button type="button" class="button button--quiet button--small" onClick=${t}>Close<span class="visually-hidden"> ${e}</span></button>
    </div>
    <div class="dialog__body">${a}</div>
  </dialog>`}function Os(e){let t=new Map;for(let a of e){let r=Q(a.start_local);t.has(r)||t.set(r,[]),t.get(r).push(a)}return[...t.entries()]}function rt({kind:e="consultation",patientId:t,timeZone:a,initialDate:r,initialProvider:s="",refresh:n=0,busy:i,onPick:l,label:d="Book"}){let{providers:p,nameOf:c}=Te(),m=$t(),[$,u]=h(r||Se(a)),[f,b]=h(s?String(s):""),[g,_]=h({loading:!1,error:null,data:null}),[v,y]=h(0);M(()=>{if(!$)return;let R=new AbortController,z=new URLSearchParams({kind:e,from:$,days:"7",count:"40"});return f&&z.set("provider_id",f),t&&z.set("patient_id",String(t)),_(O=>({...O,loading:!0,error:null})),S("GET",`/api/v1/slots?${z}`,void 0,{signal:R.signal}).then(O=>_({loading:!1,error:null,data:O}),O=>O.name!=="AbortError"&&_({loading:!1,error:O,data:null})),()=>R.abort()},[e,$,f,t,v,n]);let x=g.data?Os(g.data.items):[];return o`<div class="slot-search">
    <div class="grid grid--2">
      <${C} label="From date" pointer="/slot-from" type="date" value=${$} onValue=${u} />
      <${F}
        label="Provider"
        pointer="/slot-provider"
        value=${f}
        onValue=${b}
        placeholder="Any provider"
        options=${p.map(R=>[String(R.id),R.display_name])}
      />
    </div>
    <div class="form-actions slot-search__nav">
      <button type="button" class="button button--quiet button--small" onClick=${()=>y(R=>R+1)}>Search again</button>
    </div>
    ${g.loading&&o`<${E} label="Finding free times…" />`}
    <${k} error=${g.error} />
    ${g.data&&x.length===0&&o`<${I}>No free ${Ee(e).toLowerCase()} times in the 7 days from ${P($)}. Try a later date or another provider.</${I}>`}
    ${x.length>0&&o`<div class="slot-days" aria-live="polite">
      ${x.map(([R,z])=>o`<section class="slot-day" aria-label=${P(R,"weekday")}>
          <h3><time datetime=${R}>${P(R,"weekday")}</time></h3>
          <ul class="slot-list">
            ${z.map(O=>o`<li>
                <button
                  type="button"
                  class="button button--secondary button--small slot"
                  disabled=${i}
                  data-start=${O.start_local}
                  onClick=${()=>l(O)}
                >
                  ${ge(O.start_local)}${!f&&o`<span class="slot__who"> ${c(O.provider_id)}</span>`}${O.room_id&&e==="treatment"&&o`<span class="slot__who"> ${m.nameOf(O.room_id)}</span>`}<span class="visually-hidden"> on ${P(R,"long")}: ${d}</span>
                </button>
              </li>`)}
          </ul>
        </section>`)}
    </div>`}
  </div>`}function vo({patient:e,patientName:t,timeZone:a,onClose:r,onBooked:s}){let{nameOf:n}=Te(),[i,l]=h(!1),[d,p]=h(null),[c,m]=h(0),[$,u]=h(null),f=async g=>{l(!0),p(null);try{let _={patient_id:e.id,kind:"consultation",start:g.start_local,provider_id:g.provider_id};g.room_id&&(_.room_id=g.room_id);let v=await S("POST","/api/v1/appointments",_);u(v),s(v)}catch(_){p({error:_,slot:g}),m(v=>v+1)}l(!1)},b=d&&d.error.status===409;return o`<${_e} title=${`Book a consultation for ${t}`} onClose=${r} wide>
    ${$?o`<${L} kind="success">
          <p class="booked">
            Booked: consultation on <strong>${P(Q($.start_local),"long")}</strong>${" at "}<strong
              >${ge($.start_local)}</strong
            >${` with ${n($.provider_id)}.`}
          </p>
          <button type="button" class="button" onClick=${r}>Done</button>
        </${L}>`:o`<p class="muted">Free 30-minute times in the clinic’s local time${a?` (${a})`:""}. Pick one to book it.</p>
          ${b&&o`<div class="alert alert--error" role="alert">
            <p>
              <strong>That time was just taken.</strong>
              ${` ${P(Q(d.slot.start_local),"weekday")} at ${ge(d.slot.start_local)} is no longer free; nothing was booked. `}
              The free times below are up to date: pick another.
            </p>
          </div>`}
          ${d&&!b&&o`<${ye} error=${d.error} />`}
          <${rt} patientId=${e.id} timeZone=${a} refresh=${c} busy=${i} onPick=${f} label="book it" />`}
  </${_e}>`}var Ms={booked:"neutral",confirmed:"neutral",checked_in:"caution",completed:"ok",cancelled:"stop",no_show:"defer"};function Is({status:e}){return o`<${B} kind=${Ms[e]||"neutral"}>${Ie(e)}</${B}>`}function $a(e){if(!e||e.status!==422)return null;let t=e.errors.map(a=>a.message);return t.length?t:[e.detail]}function zs({initial:e,busy:t,onMove:a,label:r}){let[s,n]=h(e||"");return o`<form
    class="form form--compact exact-time"
    novalidate
    onSubmit=${i=>{i.preventDefault(),a(s)}}
  >
    <div class="inline-form">
      <${C} label="Or type a start" pointer="/start" type="datetime-local" value=${s} onValue=${n} hint="Clinic time; the same provider, the first free room and pen" />
      <${A} busy=${t} className="button--secondary" busyLabel="Moving…">${r}</${A}>
    </div>
  </form>`}function Fs({appointment:e,patientName:t,timeZone:a,role:r,onClose:s,onDone:n}){let[i,l]=h(!1),[d,p]=h(null),[c,m]=h(null),[$,u]=h(""),[f,b]=h(0),g=async(v,y)=>{l(!0),p(null);try{let x={version:e.version,start:v.start_local};v.provider_id&&(x.provider_id=v.provider_id),v.room_id&&(x.room_id=v.room_id),v.device_id&&(x.device_id=v.device_id),y&&(x.override_reason=y);let R=await S("POST",`/api/v1/appointments/${e.id}/reschedule`,x);l(!1),n(R);return}catch(x){p(x),x.status===422&&$a(x)&&m(v),x.status===409&&b(R=>R+1)}l(!1)},_=d&&d.status===422?$a(d):null;return o`<${_e} title=${`Reschedule: ${t}`} onClose=${s} wide>
    <p>
      Now: <strong>${P(Q(e.start_local),"weekday")}, ${Le(e)}</strong> · ${Ee(e.kind)}
      ${e.session_number?` · session ${e.session_number} of ${e.session_count}`:""}
    </p>
    ${d&&d.status===409&&o`<div class="alert alert--error" role="alert"><p><strong>Not moved.</strong> ${d.detail}. The free times below are up to date.</p></div>`}
    ${_&&o`<div class="alert alert--warning spacing" role="alert">
      <p><strong>Too close to the neighbouring session.</strong></p>
      <ul>${_.map(v=>o`<li>${v}</li>`)}</ul>
      ${r==="provider"?o`<form
            class="form form--compact"
            novalidate
            onSubmit=${v=>{v.preventDefault(),g(c,$.trim())}}
          >
            <${$e} label="Your reason for the shorter gap" pointer="/override_reason" value=${$} onValue=${u} rows="2" required />
            <${A} busy=${i} busyLabel="Moving…">Move anyway, with this reason</${A}>
          </form>`:o`<p>Only a provider can move a session closer than the plan allows, giving the reason. Pick a later time, or ask the provider.</p>`}
    </div>`}
    ${d&&d.status!==409&&!_&&o`<${ye} error=${d} />`}
    <${rt}
      kind=${e.kind}
      patientId=${e.patient_id}
      timeZone=${a}
      initialDate=${Q(e.start_local)}
      initialProvider=${e.provider_id}
      refresh=${f}
      busy=${i}
      label="move here"
      onPick=${v=>g(v)}
    />
    <${zs} initial=${e.start_local} busy=${i} label="Move to this time" onMove=${v=>g({start_local:v,provider_id:e.provider_id})} />
  </${_e}>`}function qs({appointment:e,patientName:t,onClose:a,onDone:r}){let[s,n]=h(!1),[i,l]=h(null),d=async()=>{n(!0),l(null);try{r(await S("POST",`/api/v1/appointments/${e.id}/cancel`,{version:e.version}))}catch(p){l(p),n(!1)}};return o`<${_e} title=${`Cancel: ${t}`} onClose=${a}>
    <p>
      Cancel the ${Ee(e.kind).toLowerCase()} on <strong>${P(Q(e.start_local),"long")}</strong> at
      <strong>${` ${ge(e.start_local)}`}</strong>? The time becomes free for others; the record stays, marked cancelled.
    </p>
    <${ye} error=${i} />
    <div class="form-actions">
      <button type="button" class="button button--danger" disabled=${s} onClick=${d}>${s?"Cancelling…":"Cancel the appointment"}</button>
      <button type="button" class="button button--quiet" onClick=${a}>Keep it</button>
    </div>
  </${_e}>`}function yo({appointment:e,role:t,timeZone:a,providerName:r,resourceName:s,onChanged:n}){let[i,l]=h(!1),[d,p]=h(null),[c,m]=h(null),[$,u]=h(null),f=e,b=f.patient_name||`patient #${f.patient_id}`,g=async v=>{l(!0),p(null),u(null);try{let y=await S("POST",`/api/v1/appointments/${f.id}/status`,{version:f.version,status:v});n({...f,...y}),u({text:`${Ie(y.status)}.`,maintenance:y.maintenance||null})}catch(y){p(y)}l(!1)},_=f.status!=="cancelled"&&f.status!=="completed"&&f.status!=="no_show";return o`<section class="card appointment-detail" aria-labelledby="appointment-heading" data-appointment=${f.id}>
    <h2 id="appointment-heading">${Ee(f.kind)}: ${b}</h2>
    <p><${Is} status=${f.status} /></p>
    <dl class="facts">
      <div><dt>When</dt><dd><time datetime=${f.start}>${P(Q(f.start_local),"weekday")}, ${Le(f)}</time></dd></div>
      <div><dt>Provider</dt><dd>${r(f.provider_id)}</dd></div>
      ${f.room_id&&o`<div><dt>Room</dt><dd>${s(f.room_id)}</dd></div>`}
      ${f.device_id&&o`<div><dt>Pen</dt><dd>${s(f.device_id)}</dd></div>`}
      ${f.session_number&&o`<div><dt>Session</dt><dd>${f.session_number} of ${f.session_count}</dd></div>`}
    </dl>
    <p class="small">
      <a href=${`/staff/patients/${f.patient_id}`}>Open the chart</a>${f.plan_id?o` · <a href=${`/staff/plans/${f.plan_id}`}>Open the plan</a>`:""}
    </p>
    ${$&&o`<${L} kind="success">
      <p>${$.text}</p>
      ${$.maintenance&&o`<p>The series is complete. Recall for maintenance between <strong>${P($.maintenance.from,"long")}</strong> and <strong>${P($.maintenance.to,"long")}</strong>.</p>`}
    </${L}>`}
    ${f.warnings&&f.warnings.length>0&&o`<${L} kind="warning"><ul class="warnings">${f.warnings.map(v=>o`<li>${v.message||v}</li>`)}</ul></${L}>`}
    <${ye} error=${d} />
    ${Ja(f).length>0&&o`<div class="form-actions" role="group" aria-label="Status">
      ${Ja(f).map(([v,y])=>o`<button type="button" class=${`button ${v==="no_show"?"button--secondary":""}`} disabled=${i} onClick=${()=>g(v)}>${y}</button>`)}
    </div>`}
    ${_&&o`<div class="form-actions">
      <button type="button" class="button button--secondary" onClick=${()=>m("reschedule")}>Reschedule</button>
      <button type="button" class="button button--quiet" onClick=${()=>m("cancel")}>Cancel appointment</button>
    </div>`}
    ${c==="reschedule"&&o`<${Fs}
      appointment=${f}
      patientName=${b}
      timeZone=${a}
      role=${t}
      onClose=${()=>m(null)}
      onDone=${v=>{m(null),u({text:`Moved to ${P(Q(v.start_local),"weekday")}, ${ge(v.start_local)}.`}),n({...f,...v})}}
    />`}
    ${c==="cancel"&&o`<${qs}
      appointment=${f}
      patientName=${b}
      onClose=${()=>m(null)}
      onDone=${v=>{m(null),u({text:"Cancelled."}),n({...f,...v})}}
    />`}
  </section>`}function Vs(){let e=new URLSearchParams(location.search);return{view:e.get("view")==="day"?"day":"week",date:/^\d{4}-\d{2}-\d{2}$/.test(e.get("date")||"")?e.get("date"):"",who:/^(provider|room):\d+$/.test(e.get("show")||"")?e.get("show"):"",appointment:Number(e.get("appointment"))||null}}function js(e){let t=new URLSearchParams;t.set("view",e.view),e.date&&t.set("date",e.date),e.who&&t.set("show",e.who),e.appointment&&t.set("appointment",String(e.appointment)),history.replaceState(null,"",`${location.pathname}?${t}`)}function Us(e,t,a){let r=new URLSearchParams({from:e,to:ft(e,t)}),[s,n]=a?a.split(":"):[];return s==="provider"&&r.set("provider_id",n),s==="room"&&r.set("room_id",n),`/api/v1/appointments?${r}`}function Ws({a:e,selected:t,onSelect:a,showProvider:r,providerName:s}){return o`<li>
    <button
      type="button"
      class=${`cal-item cal-item--${e.kind} cal-item--${e.status}`}
      aria-pressed=${t?"true":"false"}
      data-appointment=${e.id}
      onClick=${()=>a(e.id)}
    >
      <span class="cal-item__time">${Le(e)}</span>
      <span class="cal-item__what">${e.patient_name||`patient #${e.patient_id}`}</span>
      <span class="cal-item__status">
        ${Ee(e.kind)}${e.session_number?` ${e.session_number}/${e.session_count}`:""} · ${Ie(e.status)}${r?` · ${s(e.provider_id)}`:""}
      </span>
    </button>
  </li>`}function wo({session:e}){let t=Vs(),a=T("/api/v1/clinic"),r=a.data?a.data.time_zone:void 0,{providers:s,nameOf:n}=Te(),i=$t(),[l,d]=h(t.view),[p,c]=h(t.date),[m,$]=h(t.who||(e.role==="provider"?`provider:${e.user.id}`:"")),[u,f]=h(t.appointment),[b,g]=h(!0),[_,v]=h(new Map),y=p||(a.data?Se(r):""),x=l==="week"?$o(y):y,R=l==="week"?7:1,z=T(y?Us(x,R,m):null),O=T(u?`/api/v1/appointments/${u}`:null);j(z.data!==null&&!z.loading,"calendar"),M(()=>js({view:l,date:p,who:m,appointment:u}),[l,p,m,u]);let V=q=>_.has(q.id)&&_.get(q.id).version>=q.version?{...q,..._.get(q.id)}:q,ne=(z.data?z.data.items:[]).map(V),se=y?ho(x,R):[],ie=go(ne,se,b),J=ne.filter(q=>q.status==="cancelled").length,le=ne.find(q=>q.id===u)||(O.data?V(O.data):null),st=[...s.map(q=>[`provider:${q.id}`,q.display_name]),...i.rooms.map(q=>[`room:${q.id}`,q.name])],bt=a.data?Se(r):"",De=l==="week"?`Week of ${P(x,"weekday")}`:P(y,"long");return o`<div class="stack">
    <div class="page-head">
      <div>
        <${w} title="Calendar">Calendar</${w}>
        <p class="lead">Times in the clinic’s local time${r?` (${r})`:""}.</p>
      </div>
    </div>
    <${k} error=${a.error} onRetry=${a.reload} />
    <div class="card">
      <div class="cal-controls">
        <${F}
          label="View"
          pointer="/view"
          value=${l}
          onValue=${d}
          options=${[["week","Week"],["day","Day"]]}
        />
        <${F} label="Show" pointer="/show" value=${m} onValue=${$} placeholder="Everyone" options=${st} />
        <${C} label="Date" pointer="/date" type="date" value=${y} onValue=${q=>c(q)} />
        <${Oe} id="show-cancelled" label="Show cancelled" checked=${b} onChecked=${g} />
      </div>
    </div>
    <div class="cal-layout">
      <section class="cal-main" aria-labelledby="cal-range">
        <div class="cal-nav">
          <h2 id="cal-range">${De}</h2>
          <button type="button" class="button button--secondary button--small" onClick=${()=>c(ft(y,-R))}>
            Previous<span class="visually-hidden"> ${l}</span>
          </button>
          <button type="button" class="button button--secondary button--small" onClick=${()=>c(bt)}>Today</button>
          <button type="button" class="button button--secondary button--small" onClick=${()=>c(ft(y,R))}>
            Next<span class="visually-hidden"> ${l}</span>
          </button>
          ${z.data&&o`<span class="muted small" role="status">${te(ne.length-(b?0:J),"visit")}${!b&&J?`, ${J} cancelled hidden`:""}</span>`}
        </div>
        ${z.loading&&!z.data&&o`<${E} label="Loading the calendar…" />`}
        <${k} error=${z.error} onRetry=${z.reload} />
        ${z.data&&o`<div class=${l==="week"?"cal-week":"cal-dayview"}>
          ${se.map(q=>o`<section class=${`cal-day ${q===bt?"cal-day--today":""}`} aria-label=${P(q,"long")} data-date=${q}>
              <h3><time datetime=${q}>${P(q,"weekday")}</time></h3>
              ${ie.get(q).length===0?o`<p class="muted small">No visits</p>`:o`<ul class="cal-day__list">
                    ${ie.get(q).map(qe=>o`<${Ws} a=${qe} selected=${qe.id===u} onSelect=${f} showProvider=${!m.startsWith("provider:")} providerName=${n} />`)}
                  </ul>`}
            </section>`)}
        </div>`}
        ${z.data&&ne.length===0&&o`<${I}>No visits in this ${l}.</${I}>`}
      </section>
      <aside class="cal-side" aria-label="Selected visit">
        ${!u&&o`<p class="muted">Choose a visit to see it, change its status, reschedule or cancel it.</p>`}
        ${u&&!le&&O.loading&&o`<${E} />`}
        ${u&&!le&&o`<${k} error=${O.error} />`}
        ${le&&o`<${yo}
          key=${le.id}
          appointment=${le}
          role=${e.role}
          timeZone=${r}
          providerName=${n}
          resourceName=${i.nameOf}
          onChanged=${q=>{v(new Map(_).set(q.id,q)),q.start_local!==le.start_local&&z.reload()}}
        />`}
      </aside>
    </div>
  </div>`}function ko({patient:e,label:t}){return o`<div class="merge__record">
    <p class="merge__label">${t}</p>
    <p><strong>${W(e)}</strong> <span class="muted">#${e.id}</span></p>
    <p>Born ${P(e.birth_date)}</p>
    <p class="small">${e.email||"no e-mail"} · ${e.phone||"no phone"}</p>
  </div>`}function Hs(e){let t=[te(e.consultations,"consultation"),te(e.plans,"plan"),te(e.appointments,"appointment")];return e.portal_account&&t.push("the portal login"),t.join(", ")}function xo({patient:e,onMerged:t}){let[a,r]=h(!1),[s,n]=h(e.family_name),[i,l]=h({loading:!1,error:null,items:null}),[d,p]=h(null),[c,m]=h(!1),[$,u]=h(null),[f,b]=h(null);M(()=>{if(!a)return;let _=new AbortController;l(y=>({...y,loading:!0,error:null}));let v=setTimeout(()=>{S("POST","/api/v1/patients/search",{q:s.trim(),limit:10},{signal:_.signal}).then(y=>l({loading:!1,error:null,items:y.items.filter(x=>x.id!==e.id&&!x.merged_into)}),y=>y.name!=="AbortError"&&l({loading:!1,error:y,items:null}))},250);return()=>{clearTimeout(v),_.abort()}},[a,s,e.id]);let g=async()=>{m(!0),u(null);try{let _=await S("POST",`/api/v1/patients/${e.id}/merge`,{duplicate_id:d.id});b(_),p(null),r(!1),t(_)}catch(_){u(_)}m(!1)};return o`<section class="card" aria-labelledby="merge-heading">
    <h2 id="merge-heading">Duplicate records</h2>
    ${f&&o`<${L} kind="success">
      <p>${W(f.duplicate)} (#${f.duplicate.id}) is merged into this record: ${Hs(f.moved)} moved here.</p>
    </${L}>`}
    ${!a&&o`<p class="muted">Registered twice? Merge the duplicate into this record: its history moves here.</p>
      <button type="button" class="button button--secondary" onClick=${()=>r(!0)}>Merge a duplicate into this record</button>`}
    ${a&&!d&&o`<div class="merge">
      <label for="merge-query">Find the duplicate (name, e-mail or phone)</label>
      <input id="merge-query" type="search" value=${s} autocomplete="off" spellcheck="false" onInput=${_=>n(_.currentTarget.value)} />
      <div aria-live="polite">
        ${i.loading&&!i.items&&o`<${E} label="Searching…" />`}
        <${k} error=${i.error} />
        ${i.items&&i.items.length===0&&o`<${I}>No other record matches.</${I}>`}
        ${i.items&&i.items.length>0&&o`<ul class="merge__results">
          ${i.items.map(_=>o`<li>
              <span><strong>${W(_)}</strong>, born ${P(_.birth_date)} <span class="muted">#${_.id}</span></span>
              <button type="button" class="button button--secondary button--small" onClick=${()=>p(_)}>
                Choose<span class="visually-hidden"> ${W(_)} (#${_.id})</span>
              </button>
            </li>`)}
        </ul>`}
      </div>
      <button type="button" class="button button--quiet" onClick=${()=>r(!1)}>Cancel</button>
    </div>`}
    ${a&&d&&o`<div class="merge merge--confirm" role="group" aria-labelledby="merge-confirm-heading">
      <h3 id="merge-confirm-heading">Merge these records?</h3>
      <div class="merge__pair">
        <${ko} patient=${d} label="The duplicate" />
        <span class="merge__arrow" aria-hidden="true">→</span>
        <${ko} patient=${e} label="Into this record" />
      </div>
      <p>
        Everything recorded under the duplicate — consultations, plans, appointments and its portal login — moves to this
        record. The duplicate is kept, hidden from search, and points here. <strong>This cannot be undone.</strong>
      </p>
      <${k} error=${$} />
      <div class="form-actions">
        <button type="button" class="button button--danger" disabled=${c} onClick=${g}>
          ${c?"Merging…":`Merge #${d.id} into this record`}
        </button>
        <button type="button" class="button button--quiet" onClick=${()=>p(null)}>Choose another</button>
      </div>
    </div>`}
  </section>`}function So(){return{given_name:"",family_name:"",birth_date:"",email:"",phone:"",fitzpatrick:""}}function Xa(e){return{given_name:e.given_name,family_name:e.family_name,birth_date:e.birth_date,email:e.email,phone:e.phone,fitzpatrick:e.fitzpatrick?String(e.fitzpatrick):""}}function ha(e,t){let a={given_name:e.given_name.trim(),family_name:e.family_name.trim()};return(e.birth_date||t)&&(a.birth_date=e.birth_date),(e.email.trim()||!t)&&(a.email=e.email.trim()),(e.phone.trim()||!t)&&(a.phone=e.phone.trim()),e.fitzpatrick&&(a.fitzpatrick=Number(e.fitzpatrick)),a}function ga({fields:e,onFields:t,errors:a,busy:r,onSubmit:s,submitLabel:n}){let i=l=>d=>t({...e,[l]:d});return o`<form class="form" onSubmit=${s} novalidate>
    <${U} errors=${a} />
    <div class="grid grid--2">
      <${C} label="Given name" pointer="/given_name" errors=${a} value=${e.given_name} onValue=${i("given_name")} autocomplete="off" required />
      <${C} label="Family name" pointer="/family_name" errors=${a} value=${e.family_name} onValue=${i("family_name")} autocomplete="off" required />
      <${C} label="Date of birth" type="date" pointer="/birth_date" errors=${a} value=${e.birth_date} onValue=${i("birth_date")} required />
      <${F}
        label="Skin type (Fitzpatrick)"
        pointer="/fitzpatrick"
        errors=${a}
        value=${e.fitzpatrick}
        onValue=${i("fitzpatrick")}
        options=${Ue}
        placeholder="Not assessed yet"
      />
      <${C} label="E-mail" type="email" pointer="/email" errors=${a} value=${e.email} onValue=${i("email")} autocomplete="off" />
      <${C} label="Phone" type="tel" pointer="/phone" errors=${a} value=${e.phone} onValue=${i("phone")} autocomplete="off" />
    </div>
    <${A} busy=${r}>${n}</${A}>
  </form>`}function Zs(e){return new URL(e.url,location.origin).href}async function Gs(e){try{return await navigator.clipboard.writeText(e.value),!0}catch{e.focus(),e.select();try{return document.execCommand("copy")}catch{return!1}}}function ht({invitation:e,person:t,again:a,id:r="invitation-link"}){let s=H(null),[n,i]=h(null),l=Zs(e),d=async()=>i(await Gs(s.current));return o`<div class="invitation" data-invitation-url=${e.url}>
    <p class="invitation__title"><strong>Set-password link for ${t}</strong></p>
    <p class="invitation__once">
      <strong>Shown only now.</strong> Copy it and give it to ${t} yourself (in person, or by a
      channel only they read). It works once, until ${me(e.expires_at)}.
    </p>
    <label class="visually-hidden" for=${r}>Set-password link for ${t}</label>
    <div class="invitation__row">
      <input id=${r} class="invitation__url code" type="text" readonly value=${l} ref=${s} onFocus=${p=>p.currentTarget.select()} />
      <button type="button" class="button" onClick=${d}>Copy link</button>
    </div>
    <p class="invitation__status" role="status">
      ${n===!0?"Copied to the clipboard.":n===!1?"Could not copy: the link is selected, press Ctrl+C (⌘C on a Mac).":""}
    </p>
    ${a&&o`<p class="muted small">Lost it, or did it expire? ${a}</p>`}
  </div>`}function Co({patient:e,name:t}){let[a,r]=h(e.email||""),[s,n]=h(!1),[i,l]=h(null),[d,p]=h(null),c=async $=>{$.preventDefault(),n(!0),l(null);try{let u=a.trim(),f=await S("POST",`/api/v1/patients/${e.id}/portal-account`,u?{email:u}:{});p(f)}catch(u){l(u)}n(!1)},m=i?i.status===400?i.errors:i.status===409?[{path:"/email",message:i.detail}]:[]:[];return o`<div class="stack">
    ${d&&o`<${L} kind="success">
      <p>Portal login for <strong>${d.email}</strong>. The patient sets their own password with this link, then logs in at the patient portal.</p>
      <${ht} invitation=${d.invitation} person=${t} again="Invite again for a new link." id="portal-invitation-link" />
    </${L}>`}
    <form class="form form--compact" onSubmit=${c} novalidate aria-label="Invite to the portal">
      ${i&&i.status!==400&&i.status!==409&&o`<${k} error=${i} />`}
      <${U} errors=${m} />
      <${C}
        label="Portal e-mail"
        hint="The patient logs in with it. Empty: the e-mail on record."
        type="email"
        pointer="/email"
        errors=${m}
        value=${a}
        onValue=${r}
        autocomplete="off"
      />
      <p class="muted small">If the patient already has a portal login, a new link replaces their password and logs them out.</p>
      <${A} busy=${s} busyLabel="Creating the link…" className="button--secondary">
        ${d?"Create another link":"Invite to the portal"}
      </${A}>
    </form>
  </div>`}function To(e){let t=Ue.find(([a])=>a===e);return t?t[1]:"Not assessed"}function Po({patientId:e,headingLevel:t=2}){let a=T(`/api/v1/patients/${e}/skin-types`),r=fa(),s=`h${t}`,n=a.data?[...a.data.items].sort((i,l)=>i.assessed_at<l.assessed_at?1:-1):[];return o`<section class="card skin-history" aria-labelledby=${`skin-history-${e}`}>
    <${s} id=${`skin-history-${e}`}>Skin type history</${s}>
    ${a.loading&&o`<${E} />`}
    <${k} error=${a.error} onRetry=${a.reload} />
    ${a.data&&n.length===0&&o`<${I}>No assessment recorded by a consultation yet.</${I}>`}
    ${n.length>0&&o`<ol class="skin-history__list">
      ${n.map(i=>o`<li>
          <strong>${To(i.fitzpatrick)}</strong>
          <span class="muted">${i.previous?` (was ${To(i.previous)})`:" (first assessment)"}</span>
          <br /><span class="small">${me(i.assessed_at)} · ${r(i.assessed_by)}${i.consultation_id?o` · <a href=${`/staff/consultations/${i.consultation_id}`}>consultation</a>`:""}</span>
        </li>`)}
    </ol>`}
  </section>`}var er={eligible:"ok",eligible_with_precautions:"caution",defer:"defer",not_eligible:"stop"};function Ys({item:e}){let t=e.screening||{},a=t.findings||[];return o`<article class="entry">
    <header class="entry__head">
      <h3><a href=${`/staff/consultations/${e.id}`}>Consultation</a></h3>
      <${B} kind=${er[e.verdict]}>${ia(e.verdict)}</${B}>
      ${e.earliest_date&&o`<span>not before <strong>${P(e.earliest_date,"weekday")}</strong></span>`}
    </header>
    ${a.length>0&&o`<ul class="chips" aria-label="Findings">
      ${a.map(r=>o`<li class=${`chip chip--${r.level}`}>${be(r.code)}</li>`)}
    </ul>`}
    ${(t.actions||[]).length>0&&o`<p class="entry__line">Required: ${t.actions.map(et).join(", ")}</p>`}
    <p class="entry__meta">Protocol ${e.protocol.name} ${e.protocol.version}</p>
  </article>`}function Ks({item:e}){let t=e.schedule||[];return o`<article class="entry">
    <header class="entry__head">
      <h3><a href=${`/staff/plans/${e.id}`}>Treatment plan</a></h3>
      <${B} kind="neutral">${We(e.status)}</${B}>
      <span>${te(e.sessions,"session")}, every ${e.interval_days.min}–${e.interval_days.max} days</span>
    </header>
    ${t.length>0?o`<p class="entry__line">
          ${t.map(a=>o`<span class="session-date">Session ${a.session}: ${P(a.date)}</span>`)}
        </p>`:o`<p class="entry__line">No dates yet: the series starts once the deferral is resolved.</p>`}
  </article>`}var Ao=[{key:"consultations",roles:["owner","provider"],path:e=>`/api/v1/patients/${e}/consultations`,toEntries:e=>e.items.map(t=>({key:`c${t.id}`,at:t.created_at,kind:"Consultation",item:t,Card:Ys}))},{key:"plans",roles:["owner","provider","front_desk"],path:e=>`/api/v1/patients/${e}/plans`,toEntries:e=>e.items.map(t=>({key:`p${t.id}`,at:t.created_at||t.schedule&&t.schedule[0]&&`${t.schedule[0].date}T00:00:00Z`||"",kind:"Plan",item:t,Card:Ks}))}];function Eo({entries:e}){let t=[...e].sort((a,r)=>a.at<r.at?1:a.at>r.at?-1:0);return o`<ol class="timeline">
    ${t.map(a=>o`<li class="timeline__item" key=${a.key}>
        <div class="timeline__when">${a.at?me(a.at):""}</div>
        <div class="timeline__body"><${a.Card} item=${a.item} /></div>
      </li>`)}
  </ol>`}function Lo(e,t){let[a,r]=h(!1),[s,n]=h(null);return{busy:a,problem:s,set:async l=>{r(!0),n(null);try{t(await S("PATCH",`/api/v1/patients/${e.id}`,{version:e.version,archived:l}))}catch(d){n(d)}r(!1)}}}function Qs({patient:e,onSaved:t}){let a=Lo(e,t);return e.merged_into?o`<div class="alert alert--warning record-banner" role="status">
      <p>
        <strong>Merged record.</strong> This record was merged into
        <a href=${`/staff/patients/${e.merged_into}`}>patient #${e.merged_into}</a>; its history is there now. It
        is kept for the audit and cannot be changed.
      </p>
    </div>`:e.archived?o`<div class="alert alert--warning record-banner" role="status">
    <p><strong>Archived record.</strong> Hidden from search and lists; nothing is deleted.</p>
    <${k} error=${a.problem} />
    <button type="button" class="button button--secondary button--small" disabled=${a.busy} onClick=${()=>a.set(!1)}>Restore the record</button>
  </div>`:null}function Js({patient:e,onSaved:t}){let a=Lo(e,t),[r,s]=h(!1),[n,i]=h(()=>Xa(e)),[l,d]=h(!1),[p,c]=h(null),m=Ue.find(([u])=>u===e.fitzpatrick),$=async u=>{u.preventDefault(),d(!0),c(null);try{let f=await S("PATCH",`/api/v1/patients/${e.id}`,{...ha(n,!1),version:e.version});t(f),s(!1)}catch(f){c(f)}d(!1)};return r?o`<section class="card" aria-labelledby="details-heading">
      <h2 id="details-heading">Change details</h2>
      ${p&&p.status!==400&&o`<${k} error=${p} />`}
      <${ga}
        fields=${n}
        onFields=${i}
        errors=${p&&p.status===400?p.errors:[]}
        busy=${l}
        onSubmit=${$}
        submitLabel="Save details"
      />
      <button type="button" class="button button--quiet" onClick=${()=>s(!1)}>Cancel</button>
    </section>`:o`<section class="card" aria-labelledby="details-heading">
    <h2 id="details-heading">Details</h2>
    <dl class="facts">
      <div><dt>Born</dt><dd>${P(e.birth_date)} (${ut(e.birth_date)})</dd></div>
      <div><dt>Skin type</dt><dd>${m?m[1]:"Not assessed"}</dd></div>
      <div><dt>E-mail</dt><dd>${e.email||"—"}</dd></div>
      <div><dt>Phone</dt><dd>${e.phone||"—"}</dd></div>
    </dl>
    ${!e.merged_into&&o`<div class="form-actions">
      <button
        type="button"
        class="button button--secondary"
        onClick=${()=>{i(Xa(e)),s(!0)}}
      >
        Change details
      </button>
      ${!e.archived&&o`<${fe} label="Archive" hiddenSuffix="this record" confirmLabel="Archive the record" busy=${a.busy} onConfirm=${()=>a.set(!0)}>
        <p>The record is hidden from search and lists but kept, with its history; it can be restored from here.</p>
      </${fe}>`}
    </div>`}
    <${k} error=${a.problem} />
  </section>`}function Xs({patientId:e}){let t=T(`/api/v1/patients/${e}/appointments`),a=t.data?[...t.data.items].sort((l,d)=>d.start.localeCompare(l.start)):[],r=new Date().toISOString(),s=a.filter(l=>l.end>r&&l.status!=="cancelled").reverse(),n=a.filter(l=>!(l.end>r&&l.status!=="cancelled")).slice(0,5),i=l=>o`<li data-appointment=${l.id}>
    <a href=${`/staff/calendar?view=day&date=${l.start_local.slice(0,10)}&appointment=${l.id}`}>${P(l.start_local.slice(0,10),"weekday")}, ${Le(l)}</a>
    ${` · ${Ee(l.kind)}${l.session_number?` ${l.session_number}/${l.session_count}`:""} · ${Ie(l.status)}`}
  </li>`;return o`<section class="card visits" aria-labelledby="visits-heading">
    <h2 id="visits-heading">Visits</h2>
    ${t.loading&&!t.data&&o`<${E} />`}
    <${k} error=${t.error} onRetry=${t.reload} />
    ${t.data&&s.length===0&&o`<p class="muted">Nothing booked.</p>`}
    ${s.length>0&&o`<ul class="visit-list">${s.map(i)}</ul>`}
    ${n.length>0&&o`<details><summary>Earlier and cancelled</summary><ul class="visit-list">${n.map(i)}</ul></details>`}
  </section>`}function Ro({session:e,id:t}){let a=T(`/api/v1/patients/${t}`),r=T("/api/v1/clinic"),[s,n]=h(!1),[i,l]=h(0),d=Ao.map(u=>({source:u,resource:T(u.roles.includes(e.role)?u.path(t):null)})).filter(({source:u})=>u.roles.includes(e.role)),p=d.every(({resource:u})=>u.data);if(j(a.data!==null&&p,"chart"),a.error)return o`<${w}>Patient</${w}><${k} error=${a.error} onRetry=${a.reload} />`;if(!a.data)return o`<${w}>Patient</${w}><${E} label="Loading the chart…" />`;let c=a.data,m=d.flatMap(({source:u,resource:f})=>f.data?u.toEntries(f.data):[]),$=pt(e.role);return o`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a></p>
    <div class="page-head">
      <div>
        <${w} title=${W(c)}>${W(c)}</${w}>
        <p class="lead">Born ${P(c.birth_date)} · patient #${c.id}</p>
      </div>
      <div class="form-actions page-head__actions">
        ${!c.merged_into&&!c.archived&&o`<button type="button" class="button button--secondary" onClick=${()=>n(!0)}>Book a consultation</button>`}
        ${$&&!c.merged_into&&o`<a class="button" href=${`/staff/patients/${c.id}/consultations/new`}>New consultation</a>`}
      </div>
    </div>
    ${s&&o`<${vo}
      patient=${c}
      patientName=${W(c)}
      timeZone=${r.data?r.data.time_zone:void 0}
      onClose=${()=>n(!1)}
      onBooked=${()=>l(u=>u+1)}
    />`}
    <${Qs} patient=${c} onSaved=${a.setData} />
    <div class="columns">
      <section class="card columns__main" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        ${d.map(({source:u,resource:f})=>o`${f.loading&&o`<${E} label=${`Loading ${u.key}…`} />`}
            <${k} error=${f.error} onRetry=${f.reload} />`)}
        ${p&&m.length===0&&o`<${I}>Nothing recorded yet.${$?" Start with a consultation.":""}</${I}>`}
        ${m.length>0&&o`<${Eo} entries=${m} />`}
      </section>
      <div class="columns__side stack">
        <${Xs} key=${i} patientId=${c.id} />
        <section class="card" aria-labelledby="photos-heading">
          <h2 id="photos-heading">Photos</h2>
          <p class="muted">Before and after, with the photography consent.</p>
          <a class="button button--secondary" href=${`/staff/patients/${c.id}/photos`}>Before/after photos</a>
        </section>
        <${Js} patient=${c} onSaved=${a.setData} />
        ${$&&o`<${Po} patientId=${c.id} />`}
        ${$&&!c.merged_into&&o`<section class="card" aria-labelledby="portal-heading">
          <h2 id="portal-heading">Portal login</h2>
          <p class="muted">Lets the patient see their plan and how to prepare, and nothing else.</p>
          <${Co} patient=${c} name=${W(c)} />
        </section>`}
        ${$&&!c.merged_into&&o`<${xo}
          patient=${c}
          onMerged=${u=>{a.setData(u.patient),d.forEach(({resource:f})=>f.reload())}}
        />`}
      </div>
    </div>
  </div>`}var Do=[["photography","Photography consent"],["treatment","Treatment consent"]];function ei({texts:e,onPublished:t}){let[a,r]=h({kind:"photography",title:"",text:""}),[s,n]=h(!1),[i,l]=h(null),[d,p]=h(null),c=f=>b=>r({...a,[f]:b}),m=e.find(f=>f.kind===a.kind&&f.current),$=async f=>{f.preventDefault(),n(!0),l(null),p(null);try{let b={kind:a.kind,text:a.text};a.title.trim()&&(b.title=a.title.trim());let g=await S("POST","/api/v1/consent-texts",b);p(g),r({...a,title:"",text:""}),t(g)}catch(b){l(b)}n(!1)},u=i&&i.status===400?i.errors:[];return o`<section class="card" aria-labelledby="publish-heading">
    <h2 id="publish-heading">Publish a text</h2>
    <form class="form" onSubmit=${$} novalidate>
      <${U} errors=${u} />
      ${i&&i.status!==400&&o`<${k} error=${i} />`}
      ${d&&o`<div class="alert alert--success" role="status"><p>Published ${d.title}, version ${d.version}.</p></div>`}
      <${F} label="Kind" pointer="/kind" errors=${u} value=${a.kind} onValue=${c("kind")} options=${Do} required />
      <${C} label="Title" pointer="/title" errors=${u} value=${a.title} onValue=${c("title")} hint="Optional: the kind's name is used when left empty." />
      <${$e} label="Text the patient signs" pointer="/text" errors=${u} value=${a.text} onValue=${c("text")} rows=${8} required />
      ${m&&o`<p class="alert alert--warning">This becomes version ${m.version+1}: signatures of version ${m.version} stop being current, and patients sign again.</p>`}
      <${A} busy=${s} busyLabel="Publishing…">Publish</${A}>
    </form>
  </section>`}function No(){let e=T("/api/v1/consent-texts");j(e.data!==null,"consent-texts");let t=e.data?e.data.items:[];return o`<div class="stack">
    <${w} title="Consent texts">Consent texts</${w}>
    <p class="lead">What patients sign before treatment and before photos. The newest version of each is current.</p>
    <div class="columns">
      <div class="columns__main stack">
        ${e.loading&&!e.data&&o`<${E} />`}
        <${k} error=${e.error} onRetry=${e.reload} />
        ${Do.map(([a,r])=>{let s=t.filter(n=>n.kind===a).sort((n,i)=>i.version-n.version);return o`<section class="card" data-kind=${a} aria-labelledby=${`kind-${a}`}>
            <h2 id=${`kind-${a}`}>${r}</h2>
            ${e.data&&s.length===0&&o`<${I}>None published yet.</${I}>`}
            ${s.map(n=>o`<article class="consent-version" data-version=${n.version}>
                <h3>${n.title}, version ${n.version} ${n.current?o`<${B} kind="ok">Current</${B}>`:o`<${B} kind="neutral">Earlier</${B}>`}</h3>
                <p class="muted">Published <${ue} date=${n.created_at.slice(0,10)} /> · SHA-256 <span class="code">${n.sha256.slice(0,12)}…</span></p>
                ${n.current?o`<div class="consent__text">${n.text}</div>`:o`<details><summary>The text</summary><div class="consent__text">${n.text}</div></details>`}
              </article>`)}
          </section>`})}
      </div>
      <div class="columns__side">
        ${e.data&&o`<${ei} texts=${t} onPublished=${()=>e.reload()} />`}
      </div>
    </div>
  </div>`}var ti={contraindicated:"stop",defer:"defer",caution:"caution",info:"neutral"},ai={eligible:"No contraindication found: the patient can be treated.",eligible_with_precautions:"The patient can be treated with the actions below.",defer:"Not now: treatment has to wait.",not_eligible:"Do not treat with microneedling."};function ri({finding:e,headingLevel:t}){let a=`h${t}`;return o`<li class=${`finding finding--${e.level}`}>
    <div class="finding__head">
      <${B} kind=${ti[e.level]}>${la(e.level)}</${B}>
      <${a}>${be(e.code)}</${a}>
      ${e.level==="defer"&&o`<span class="finding__until">
        ${e.until?o`until <strong><${ue} date=${e.until} style="weekday" /></strong>`:"until resolved"}
      </span>`}
    </div>
    <p class="finding__message">${e.message}</p>
    ${(e.actions||[]).length>0&&o`<p class="finding__actions">Requires: ${e.actions.map(et).join(", ")}</p>`}
    ${(e.alternatives||[]).length>0&&o`<p class="finding__actions">Alternatives: ${e.alternatives.map(Qr).join(", ")}</p>`}
    ${e.evidence&&o`<p class="finding__evidence"><strong>Evidence note:</strong> ${e.evidence}</p>`}
    ${e.source&&o`<details class="finding__source"><summary>Source</summary><p>${e.source}</p></details>`}
  </li>`}function ba({result:e,headingLevel:t=2}){let a=e.screening||{},r=a.findings||[],s=a.actions||[],n=`h${t}`,i=`h${t+1}`;return o`<div class="screening" data-verdict=${e.verdict}>
    <div class=${`verdict verdict--${er[e.verdict]}`}>
      <${n} class="verdict__title">${ia(e.verdict)}</${n}>
      <p>${ai[e.verdict]}</p>
      ${e.earliest_date&&o`<p class="verdict__date">Earliest treatment date: <strong><${ue} date=${e.earliest_date} style="long" /></strong></p>`}
    </div>
    ${s.length>0&&o`<section class="actions-required">
      <${i}>Required actions</${i}>
      <ul>${s.map(l=>o`<li>${et(l)}</li>`)}</ul>
    </section>`}
    <section>
      <${i}>${r.length===0?"No findings":`Findings (${r.length})`}</${i}>
      ${r.length>0&&o`<ul class="findings">${r.map(l=>o`<${ri} finding=${l} headingLevel=${t+2} />`)}</ul>`}
    </section>
    ${e.protocol&&o`<p class="muted small">Screened with protocol ${e.protocol.name} ${e.protocol.version}.</p>`}
  </div>`}var tr=e=>e&&e.length?` (${e.map(he).join(", ")})`:"";function oi({intake:e}){let t=[["Assessed on",P(e.assessed_on)],["First session planned for",P(e.planned_date)],["Skin type",`Fitzpatrick ${e.patient.fitzpatrick}`],["Areas",e.areas.map(he).join(", ")],["Concerns",e.concerns.map(a=>`${Xe(a.code)}${a.subtype?` (${ta(a.subtype)})`:""}, severity ${a.severity}${tr(a.areas)}`).join("; ")],["History",(e.history||[]).map(aa).join(", ")],["Skin today",(e.active||[]).map(a=>`${ra(a.code)}${tr(a.areas)}`).join("; ")],["Medications",(e.medications||[]).map(a=>{let r=a.last_dose||a.last_use;return`${oa(a.code)}${r?`, last taken ${P(r)}`:", still taking"}`}).join("; ")],["Procedures",(e.procedures||[]).map(a=>`${na(a.code)} on ${P(a.date)}${tr(a.areas)}`).join("; ")],["Allergies",(e.allergies||[]).map(sa).concat(e.other_allergies||[]).join(", ")],["Pregnant or breastfeeding",e.pregnant||e.breastfeeding?"Yes":"No"]];return o`<dl class="facts facts--wide">
    ${t.map(([a,r])=>o`<div><dt>${a}</dt><dd>${r||"—"}</dd></div>`)}
  </dl>`}function Bo({id:e}){let t=T(`/api/v1/consultations/${e}`),a=t.data?t.data.patient_id:null,r=T(a?`/api/v1/patients/${a}`:null),[s,n]=h(!1),[i,l]=h(null);if(j(t.data!==null&&r.data!==null,"consultation"),t.error)return o`<${w}>Consultation</${w}><${k} error=${t.error} onRetry=${t.reload} />`;if(!t.data)return o`<${w}>Consultation</${w}><${E} />`;let d=t.data,p=r.data?W(r.data):`patient #${d.patient_id}`,c=async()=>{n(!0),l(null);try{let m=await S("POST","/api/v1/plans",{consultation_id:d.id});ce(`/staff/plans/${m.id}`)}catch(m){l(m),n(!1)}};return o`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${d.patient_id}`}>${p}</a></p>
    <div class="page-head">
      <div>
        <${w} title="Consultation">Consultation: ${p}</${w}>
        <p class="lead">Recorded ${me(d.created_at)}</p>
      </div>
      ${d.verdict!=="not_eligible"&&o`<button type="button" class="button" onClick=${c} disabled=${s}>${s?"Planning…":"Create treatment plan"}</button>`}
    </div>
    <${k} error=${i} />
    <div class="columns">
      <section class="card columns__main" aria-labelledby="screening-heading">
        <h2 id="screening-heading" class="visually-hidden">Screening</h2>
        <${ba} result=${d} headingLevel=${3} />
      </section>
      <section class="card columns__side" aria-labelledby="intake-heading">
        <h2 id="intake-heading">Intake</h2>
        <${oi} intake=${d.intake} />
      </section>
    </div>
  </div>`}var He=(e,t)=>e.map(a=>[a,t(a)]),Ot=e=>He(e,he);function ni(e,t){return{assessed_on:t,planned_date:"",fitzpatrick:e.fitzpatrick?String(e.fitzpatrick):"",areas:[],concerns:[{code:"",subtype:"",severity:"",areas:[]}],history:[],active:[],medications:[],procedures:[],allergies:[],other_allergies:"",pregnant:!1,breastfeeding:!1}}function si(e,t){let a={patient:{birth_date:t.birth_date}};e.assessed_on&&(a.assessed_on=e.assessed_on),e.planned_date&&(a.planned_date=e.planned_date),e.fitzpatrick!==""&&(a.patient.fitzpatrick=Number(e.fitzpatrick)),a.areas=e.areas,a.concerns=e.concerns.map(s=>{let n={code:s.code};return s.subtype&&(n.subtype=s.subtype),s.severity!==""&&(n.severity=Number(s.severity)),s.areas.length>0&&(n.areas=s.areas),n}),e.history.length&&(a.history=e.history),e.active.length&&(a.active=e.active.map(s=>s.areas.length?{code:s.code,areas:s.areas}:{code:s.code})),e.medications.length&&(a.medications=e.medications.map(s=>s.last_dose?{code:s.code,last_dose:s.last_dose}:{code:s.code})),e.procedures.length&&(a.procedures=e.procedures.map(s=>{let n={code:s.code};return s.date&&(n.date=s.date),s.areas.length&&(n.areas=s.areas),n}));let r=e.other_allergies.split(/[,;\n]/).map(s=>s.trim()).filter(Boolean);return(e.allergies.length||r.length)&&(a.allergies=[...e.allergies,...r]),e.pregnant&&(a.pregnant=!0),e.breastfeeding&&(a.breastfeeding=!0),a}function ii(e){let t=[];return e.fitzpatrick===""&&t.push("the skin type"),e.areas.length===0&&t.push("at least one area to treat"),e.concerns.some(a=>a.code&&a.severity!=="")||t.push("a concern with its severity"),e.medications.some(a=>!a.code)&&t.push("each medication’s name"),e.procedures.some(a=>!a.code||!a.date)&&t.push("each procedure’s name and date"),e.active.some(a=>!a.code)&&t.push("each skin condition"),t}function ae({title:e,pointer:t,errors:a,children:r,hint:s}){let n=t?pe(a,t):[];return o`<section class="form-section" aria-labelledby=${`${K(t||e)}-title`}>
    <h2 id=${`${K(t||e)}-title`}>${e}</h2>
    ${s&&o`<p class="hint">${s}</p>`}
    ${n.length>0&&o`<div class="field-error" id=${t?K(t):void 0} tabindex="-1">
      ${n.map(i=>o`<p><span class="visually-hidden">Error: </span>${i}</p>`)}
    </div>`}
    ${r}
  </section>`}function _a({rows:e,onRows:t,make:a,render:r,addLabel:s,itemLabel:n}){return o`<div class="rows">
    ${e.map((i,l)=>o`<div class="row" key=${l}>
        <div class="row__fields">${r(i,l,d=>t(e.map((p,c)=>c===l?d:p)))}</div>
        <button
          type="button"
          class="button button--quiet row__remove"
          onClick=${()=>t(e.filter((d,p)=>p!==l))}
        >
          Remove<span class="visually-hidden"> ${n} ${l+1}</span>
        </button>
      </div>`)}
    <button type="button" class="button button--secondary" onClick=${()=>t([...e,a()])}>${s}</button>
  </div>`}function li({form:e,setForm:t,errors:a,patient:r,clinicToday:s}){let n=d=>p=>t({...e,[d]:p}),i=e.areas,l=d=>`/intake${d}`;return o`<div class="intake">
    <${ae} title="Visit">
      <div class="grid grid--2">
        <${C} label="Assessed on" type="date" pointer=${l("/assessed_on")} errors=${a} value=${e.assessed_on} onValue=${n("assessed_on")} max=${s} />
        <${C}
          label="First session planned for"
          hint="Leave empty to use the assessment date."
          type="date"
          pointer=${l("/planned_date")}
          errors=${a}
          value=${e.planned_date}
          onValue=${n("planned_date")}
        />
      </div>
    </${ae}>

    <${ae} title="Patient">
      <div class="grid grid--2">
        <div class="field" id=${K(l("/patient/birth_date"))} tabindex="-1">
          <span class="field__label">Date of birth</span>
          <p class="field__value">${P(r.birth_date)} (age ${ut(r.birth_date)}) <span class="muted">from the patient record</span></p>
          ${pe(a,l("/patient/birth_date")).map(d=>o`<p class="field-error">${d}</p>`)}
        </div>
        <${F}
          label="Skin type (Fitzpatrick)"
          pointer=${l("/patient/fitzpatrick")}
          errors=${a}
          value=${e.fitzpatrick}
          onValue=${n("fitzpatrick")}
          options=${Ue}
          placeholder="Choose…"
          required
        />
      </div>
    </${ae}>

    <${ae} title="Areas to treat">
      <div class="grid grid--2">
        <${Me}
          legend="Face"
          pointer=${l("/areas")}
          errors=${a}
          options=${Ot(xt)}
          values=${e.areas.filter(d=>xt.includes(d))}
          onValues=${d=>n("areas")(Ct.filter(p=>d.includes(p)||St.includes(p)&&e.areas.includes(p)))}
        />
        <${Me}
          legend="Body"
          pointer=${l("/areas-body")}
          errors=${[]}
          options=${Ot(St)}
          values=${e.areas.filter(d=>St.includes(d))}
          onValues=${d=>n("areas")(Ct.filter(p=>d.includes(p)||xt.includes(p)&&e.areas.includes(p)))}
        />
      </div>
    </${ae}>

    <${ae} title="Concerns" pointer=${l("/concerns")} errors=${a}>
      <${_a}
        rows=${e.concerns}
        onRows=${n("concerns")}
        make=${()=>({code:"",subtype:"",severity:"",areas:[]})}
        addLabel="Add a concern"
        itemLabel="concern"
        render=${(d,p,c)=>o`<div class="grid grid--3">
            <${F}
              label="Concern"
              pointer=${l(`/concerns/${p}/code`)}
              errors=${a}
              value=${d.code}
              onValue=${m=>c({...d,code:m,subtype:Tt[m]&&Tt[m].includes(d.subtype)?d.subtype:""})}
              options=${He(Ur,Xe)}
              placeholder="Choose…"
              required
            />
            ${Tt[d.code]?o`<${F}
                  label="Type"
                  pointer=${l(`/concerns/${p}/subtype`)}
                  errors=${a}
                  value=${d.subtype}
                  onValue=${m=>c({...d,subtype:m})}
                  options=${He(Tt[d.code],ta)}
                  placeholder="Not specified"
                />`:o`<div></div>`}
            <${F}
              label="Severity"
              pointer=${l(`/concerns/${p}/severity`)}
              errors=${a}
              value=${d.severity}
              onValue=${m=>c({...d,severity:m})}
              options=${Wr}
              placeholder="Choose…"
              required
            />
          </div>
          ${i.length>1&&o`<${Me}
            legend="Where (none ticked: every treated area)"
            pointer=${l(`/concerns/${p}/areas`)}
            errors=${a}
            options=${Ot(i)}
            values=${d.areas.filter(m=>i.includes(m))}
            onValues=${m=>c({...d,areas:m})}
            columns=${4}
            compact
          />`}`}
      />
    </${ae}>

    <${ae} title="Medical history">
      <${Me}
        legend="The patient has or has had"
        pointer=${l("/history")}
        errors=${a}
        options=${He(Hr,aa)}
        values=${e.history}
        onValues=${n("history")}
        columns=${3}
      />
    </${ae}>

    <${ae} title="Skin today" pointer=${l("/active")} errors=${a} hint="Conditions present now, anywhere on the body.">
      <${_a}
        rows=${e.active}
        onRows=${n("active")}
        make=${()=>({code:"",areas:[]})}
        addLabel="Add a skin condition"
        itemLabel="skin condition"
        render=${(d,p,c)=>o`<${F}
            label="Condition"
            pointer=${l(`/active/${p}/code`)}
            errors=${a}
            value=${d.code}
            onValue=${m=>c({...d,code:m})}
            options=${He(Zr,ra)}
            placeholder="Choose…"
            required
          />
          <${Me}
            legend="Where (none ticked: everywhere)"
            pointer=${l(`/active/${p}/areas`)}
            errors=${a}
            options=${Ot(Ct)}
            values=${d.areas}
            onValues=${m=>c({...d,areas:m})}
            columns=${4}
            compact
          />`}
      />
    </${ae}>

    <${ae} title="Medications" pointer=${l("/medications")} errors=${a}>
      <${_a}
        rows=${e.medications}
        onRows=${n("medications")}
        make=${()=>({code:"",last_dose:""})}
        addLabel="Add a medication"
        itemLabel="medication"
        render=${(d,p,c)=>o`<div class="grid grid--2">
          <${F}
            label="Medication"
            pointer=${l(`/medications/${p}/code`)}
            errors=${a}
            value=${d.code}
            onValue=${m=>c({...d,code:m})}
            options=${He(Gr,oa)}
            placeholder="Choose…"
            required
          />
          <${C}
            label="Last taken"
            hint="Leave empty if still taking it."
            type="date"
            pointer=${l(`/medications/${p}/last_dose`)}
            errors=${a}
            value=${d.last_dose}
            onValue=${m=>c({...d,last_dose:m})}
            max=${s}
          />
        </div>`}
      />
    </${ae}>

    <${ae} title="Recent procedures" pointer=${l("/procedures")} errors=${a}>
      <${_a}
        rows=${e.procedures}
        onRows=${n("procedures")}
        make=${()=>({code:"",date:"",areas:[]})}
        addLabel="Add a procedure"
        itemLabel="procedure"
        render=${(d,p,c)=>o`<div class="grid grid--2">
            <${F}
              label="Procedure"
              pointer=${l(`/procedures/${p}/code`)}
              errors=${a}
              value=${d.code}
              onValue=${m=>c({...d,code:m})}
              options=${He(Yr,na)}
              placeholder="Choose…"
              required
            />
            <${C}
              label="Date"
              type="date"
              pointer=${l(`/procedures/${p}/date`)}
              errors=${a}
              value=${d.date}
              onValue=${m=>c({...d,date:m})}
              max=${s}
              required
            />
          </div>
          <${Me}
            legend="Where (none ticked: everywhere)"
            pointer=${l(`/procedures/${p}/areas`)}
            errors=${a}
            options=${Ot(Ct)}
            values=${d.areas}
            onValues=${m=>c({...d,areas:m})}
            columns=${4}
            compact
          />`}
      />
    </${ae}>

    <${ae} title="Allergies">
      <${Me}
        legend="Allergic to"
        pointer=${l("/allergies")}
        errors=${a}
        options=${He(Kr,sa)}
        values=${e.allergies}
        onValues=${n("allergies")}
        columns=${3}
      />
      <${C}
        label="Other allergies"
        hint="Separate with commas. Kept on the record; screening does not act on them."
        pointer=${l("/other_allergies")}
        errors=${a}
        value=${e.other_allergies}
        onValue=${n("other_allergies")}
      />
    </${ae}>

    <${ae} title="Pregnancy">
      <${Me}
        legend="The patient is"
        pointer=${l("/pregnant")}
        errors=${a}
        options=${[["pregnant","Pregnant"],["breastfeeding","Breastfeeding"]]}
        values=${[e.pregnant&&"pregnant",e.breastfeeding&&"breastfeeding"].filter(Boolean)}
        onValues=${d=>t({...e,pregnant:d.includes("pregnant"),breastfeeding:d.includes("breastfeeding")})}
      />
    </${ae}>
  </div>`}function di(e,t,a){let[r,s]=h({result:null,error:null,pending:!1}),n=JSON.stringify(t);return M(()=>{if(!a){s({result:null,error:null,pending:!1});return}let i=new AbortController;s(d=>({...d,pending:!0}));let l=setTimeout(()=>{S("POST","/api/v1/consultations/screen",{patient_id:e,intake:JSON.parse(n)},{signal:i.signal}).then(d=>s({result:d,error:null,pending:!1}),d=>d.name!=="AbortError"&&s({result:null,error:d,pending:!1}))},450);return()=>{clearTimeout(l),i.abort()}},[e,n,a]),r}function ci({live:e,missing:t,onGoTo:a}){let r;return t.length>0?r=o`<p>To see the screening, add ${t.join(", ")}.</p>`:e.error&&e.error.status===400?r=o`<div class="alert alert--error">
      <p>The screening needs these corrections:</p>
      <ul>
        ${e.error.errors.map(s=>o`<li><a href=${`#${K(s.path)}`} onClick=${n=>a(n,s.path)}>${mt(s.path)}: ${s.message}</a></li>`)}
      </ul>
    </div>`:e.error?r=o`<${k} error=${e.error} />`:e.result?r=o`<${ba} result=${e.result} headingLevel=${3} />`:r=o`<${E} label="Screening…" />`,o`<aside class="live card" aria-labelledby="live-heading">
    <div class="live__head">
      <h2 id="live-heading">Screening</h2>
      <span class="live__status" role="status">${e.pending?"Updating…":e.result?"Up to date":""}</span>
    </div>
    <div aria-live="polite">${r}</div>
    <p class="muted small">Screened as you type with the clinic’s protocol; nothing is saved until you record the consultation.</p>
  </aside>`}function Oo({id:e}){let t=T(`/api/v1/patients/${e}`),a=T("/api/v1/clinic");j(t.data!==null&&a.data!==null,"consultation-form");let r=t.error||a.error;return r?o`<${w}>New consultation</${w}><${k} error=${r} onRetry=${()=>(t.reload(),a.reload())} />`:!t.data||!a.data?o`<${w}>New consultation</${w}><${E} />`:o`<${pi} patient=${t.data} clinicToday=${Se(a.data.time_zone)} />`}function pi({patient:e,clinicToday:t}){let[a,r,s,n]=dt(`consultation:${e.id}`,()=>ni(e,t)),[i,l]=h([]),[d,p]=h(!1),[c,m]=h(!1),[$,u]=h(null),f=H(null),b=si(a,e),g=ii(a),_=di(e.id,b,g.length===0),v=$&&($.status===400||$.status===422)?$.errors:_.error&&_.error.status===400?_.error.errors:[],y=d?v:v.filter(O=>i.some(V=>O.path===V||O.path.startsWith(`${V}/`))),x=(O,V)=>{O.preventDefault();let ne=Qa(V);ne&&(ne.scrollIntoView({block:"center"}),ne.focus({preventScroll:!0}))},R=async O=>{O.preventDefault(),m(!0),u(null);try{let V=await S("POST","/api/v1/consultations",{patient_id:e.id,intake:b});s(),ce(`/staff/consultations/${V.id}`)}catch(V){p(!0),u(V),m(!1),V instanceof tt&&V.status===400&&requestAnimationFrame(()=>f.current&&f.current.querySelector(".error-summary")?.focus())}},z=O=>{let V=O.target.name;V&&V.startsWith("/intake")&&!i.includes(V)&&l([...i,V])};return o`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${e.id}`}>${W(e)}</a></p>
    <${w} title="New consultation">New consultation: ${W(e)}</${w}>
    ${n&&o`<${L} kind="info"><p>Your unsaved consultation was restored.</p></${L}>`}
    <div class="consult">
      <form class="consult__form" onSubmit=${R} onFocusOut=${z} novalidate aria-label="Consultation intake">
        <div ref=${f}>
          ${$&&$.status!==400&&o`<${k} error=${$} />`}
          ${d&&o`<${U} errors=${v} />`}
        </div>
        <${li} form=${a} setForm=${r} errors=${y} patient=${e} clinicToday=${t} />
        <div class="form-actions">
          <${A} busy=${c} busyLabel="Recording…">Record consultation</${A}>
          <button
            type="button"
            class="button button--quiet"
            onClick=${()=>{s(),ce(`/staff/patients/${e.id}`)}}
          >
            Cancel
          </button>
        </div>
      </form>
      <${ci} live=${_} missing=${g} onGoTo=${x} />
    </div>
  </div>`}var ui=["Acne scars","Fine lines and wrinkles","Skin texture and pores","Pigmentation","Stretch marks or scars","Something else"];function mi(e){let t={name:e.name.trim(),consent_to_contact:e.consent,website:e.website};for(let a of["phone","email","preferred_times","interest","message"]){let r=e[a].trim();r&&(t[a]=r)}return t}function Mo(e){let t=/^\/book\/([a-z0-9-]{1,63})\/?$/.exec(e);return t?t[1]:null}function Io({slug:e}){let[t,a]=h({name:"",phone:"",email:"",preferred_times:"",interest:"",message:"",consent:!1,website:""}),[r,s]=h(!1),[n,i]=h(null),[l,d]=h(!1),p=f=>b=>a({...t,[f]:b}),c=n&&(n.status===400||n.status===422)?n.errors:[],m=async f=>{f.preventDefault(),s(!0),i(null);try{await S("POST",`/api/v1/public/clinics/${e}/booking-requests`,mi(t)),d(!0)}catch(b){i(b)}s(!1)};if(!e)return o`<${w}>Page not found</${w}><p>There is no booking form at this address. Ask the clinic for its link.</p>`;if(l)return o`<div class="stack public-book">
      <${w} title="Request sent">Thank you — we will contact you</${w}>
      <p>The clinic will get in touch with you about an appointment.</p>
    </div>`;let $=K("/consent_to_contact"),u=pe(c,"/consent_to_contact");return o`<div class="stack public-book">
    <${w} title="Request an appointment">Request an appointment</${w}>
    <p class="lead">Leave your details and the clinic will contact you to arrange a consultation. Please do not include medical details here.</p>
    ${n&&n.status===429&&o`<div class="alert alert--error" role="alert"><p>Too many requests from this connection. Please try again later.</p></div>`}
    ${n&&n.status===404&&o`<div class="alert alert--error" role="alert"><p>This clinic’s booking form is not available. Check the link.</p></div>`}
    ${n&&![400,404,422,429].includes(n.status)&&o`<${k} error=${n} />`}
    <${U} errors=${c} />
    <form class="form card" onSubmit=${m} novalidate aria-label="Appointment request">
      <${C} label="Your name" pointer="/name" errors=${c} value=${t.name} onValue=${p("name")} autocomplete="name" required />
      <p class="hint">How can the clinic reach you? A phone number or an e-mail, or both.</p>
      <${C} label="Phone" pointer="/phone" errors=${c} type="tel" value=${t.phone} onValue=${p("phone")} autocomplete="tel" />
      <${C} label="E-mail" pointer="/email" errors=${c} type="email" value=${t.email} onValue=${p("email")} autocomplete="email" />
      <${C} label="When suits you" pointer="/preferred_times" errors=${c} value=${t.preferred_times} onValue=${p("preferred_times")} hint="For example: weekday mornings, or after 5 pm" />
      <div class="field">
        <label for=${K("/interest")}>What are you interested in?</label>
        <select id=${K("/interest")} name="/interest" value=${t.interest} onChange=${f=>p("interest")(f.currentTarget.value)}>
          <option value="">Not sure yet</option>
          ${ui.map(f=>o`<option value=${f}>${f}</option>`)}
        </select>
        ${pe(c,"/interest").map(f=>o`<p class="field-error">${f}</p>`)}
      </div>
      <${$e} label="Message (optional)" pointer="/message" errors=${c} value=${t.message} onValue=${p("message")} rows="3" maxlength="1000" />
      <div class="honeypot" aria-hidden="true">
        <label for="website">Website (leave empty)</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" value=${t.website} onInput=${f=>p("website")(f.currentTarget.value)} />
      </div>
      <div class=${`field ${u.length?"field--invalid":""}`}>
        <div class="check">
          <input
            type="checkbox"
            id=${$}
            name="/consent_to_contact"
            checked=${t.consent}
            onChange=${f=>p("consent")(f.currentTarget.checked)}
            aria-invalid=${u.length?"true":void 0}
            aria-describedby=${u.length?`${$}-error`:void 0}
          />
          <label for=${$}>I agree that the clinic may contact me about this request by phone or e-mail.</label>
        </div>
        ${u.length>0&&o`<div class="field-error" id=${`${$}-error`}>${u.map(f=>o`<p><span class="visually-hidden">Error: </span>${f}</p>`)}</div>`}
      </div>
      <div class="form-actions"><${A} busy=${r} busyLabel="Sending…">Send request</${A}></div>
    </form>
  </div>`}var ar=25;function va({heading:e="Find a patient",readyName:t="patients",canIncludeArchived:a=!1}){let[r,s]=dt("patient-search",""),[n,i]=h(!1),[l,d]=h(0),[p,c]=h({loading:!0,error:null,page:null}),[m,$]=h(0),u=H(!0);M(()=>{let g=new AbortController,_=u.current?0:250;u.current=!1,c(y=>({...y,loading:!0,error:null}));let v=setTimeout(()=>{let y={q:r.trim(),limit:ar,offset:l};n&&(y.include_archived=!0),S("POST","/api/v1/patients/search",y,{signal:g.signal}).then(x=>c({loading:!1,error:null,page:x}),x=>x.name!=="AbortError"&&c({loading:!1,error:x,page:null}))},_);return()=>{clearTimeout(v),g.abort()}},[r,l,m,n]),j(p.page!==null,t);let f=p.page,b=f?Math.min(f.offset+f.items.length,f.total):0;return o`<section class="card" aria-labelledby="search-heading">
    <h2 id="search-heading">${e}</h2>
    <form class="search" role="search" onSubmit=${g=>g.preventDefault()}>
      <label for="patient-query">Name, e-mail or phone</label>
      <input
        id="patient-query"
        type="search"
        value=${r}
        autocomplete="off"
        spellcheck="false"
        onInput=${g=>{s(g.currentTarget.value),d(0)}}
      />
      ${a&&o`<div class="check">
        <input
          type="checkbox"
          id="include-archived"
          checked=${n}
          onChange=${g=>{i(g.currentTarget.checked),d(0)}}
        />
        <label for="include-archived">Include archived and merged records</label>
      </div>`}
    </form>
    <div class="results" aria-live="polite" aria-busy=${p.loading?"true":"false"}>
      ${p.error&&o`<${k} error=${p.error} onRetry=${()=>$(g=>g+1)} />`}
      ${!f&&p.loading&&o`<${E} label="Searching…" />`}
      ${f&&f.items.length===0&&o`<${I}>No patient matches “${r}”.</${I}>`}
      ${f&&f.items.length>0&&o`<p class="results__count">
          ${f.total===0?"":`${f.offset+1}–${b} of ${f.total.toLocaleString("en-GB")}`}
          ${p.loading?" (updating…)":""}
        </p>
        <table class="table">
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Born</th><th scope="col">E-mail</th><th scope="col">Phone</th></tr>
          </thead>
          <tbody>
            ${f.items.map(g=>o`<tr>
                <td>
                  <a href=${`/staff/patients/${g.id}`}>${W(g)}</a>
                  ${g.merged_into?o` <${B} kind="neutral">Merged</${B}>`:g.archived?o` <${B} kind="neutral">Archived</${B}>`:""}
                </td>
                <td>${P(g.birth_date)} <span class="muted">(${ut(g.birth_date)})</span></td>
                <td>${g.email}</td>
                <td>${g.phone}</td>
              </tr>`)}
          </tbody>
        </table>
        <div class="pager">
          <button type="button" class="button button--secondary" disabled=${l===0} onClick=${()=>d(Math.max(0,l-ar))}>
            Previous
          </button>
          <button type="button" class="button button--secondary" disabled=${b>=f.total} onClick=${()=>d(l+ar)}>
            Next
          </button>
        </div>`}
    </div>
  </section>`}var fi={owner:"Run the clinic: your team, the clinical protocol and who saw which patient.",provider:"Open a patient to record a consultation, screen it and plan the series.",front_desk:"Find or register a patient and keep their details up to date."};function $i(){let e=T("/api/v1/clinic"),t=T("/api/v1/staff"),a=T("/api/v1/protocol"),r=t.data?t.data.items.filter(s=>s.active):[];return o`<section class="overview" aria-label="Clinic overview">
    <div class="card stat">
      <h2>Clinic</h2>
      ${e.loading&&o`<${E} />`}
      <${k} error=${e.error} onRetry=${e.reload} />
      ${e.data&&o`<p class="stat__value">${e.data.name}</p><p class="muted">Login name ${e.data.slug} · ${e.data.time_zone}</p>`}
    </div>
    <div class="card stat">
      <h2>Team</h2>
      ${t.loading&&o`<${E} />`}
      <${k} error=${t.error} onRetry=${t.reload} />
      ${t.data&&o`<p class="stat__value">${r.length} active</p><p><a href="/staff/team">Manage the team</a></p>`}
    </div>
    <div class="card stat">
      <h2>Protocol</h2>
      ${a.loading&&o`<${E} />`}
      <${k} error=${a.error} onRetry=${a.reload} />
      ${a.data&&o`<p class="stat__value">${a.data.name} ${a.data.version}</p>
        <p>${a.data.built_in?"Built-in default":"Uploaded by the clinic"} · <a href="/staff/protocol">View</a></p>`}
    </div>
    <div class="card stat">
      <h2>Audit log</h2>
      <p class="stat__value">Who saw which patient</p>
      <p><a href="/staff/audit">Open the audit log</a></p>
    </div>
  </section>`}function zo({session:e}){let t=e.role;return o`<div class="stack">
    <div class="page-head">
      <div>
        <${w} title="Home">Good day, ${e.user.display_name}</${w}>
        <p class="lead">${ve(t)} · ${fi[t]}</p>
      </div>
      <a class="button" href="/staff/patients/new">Register a patient</a>
    </div>
    ${t==="owner"&&o`<${$i} />`}
    <${va} readyName="home" />
  </div>`}function Fo({messages:e}){return e.length?o`<div class="field-error">${e.map(t=>o`<p><span class="visually-hidden">Error: </span>${t}</p>`)}</div>`:null}function qo(e){let t={};for(let a of Bt)t[a]=(e&&e[a]||[]).map(r=>({from:r.from,to:r.to}));return t}function hi({providerId:e,hours:t,canEdit:a,onSaved:r}){let[s,n]=h(()=>qo(t)),[i,l]=h(!1),[d,p]=h(null),[c,m]=h(!1),$=d&&d.status===400?d.errors:[],u=(b,g,_)=>{m(!1),n({...s,[b]:s[b].map((v,y)=>y===g?{...v,..._}:v)})},f=async b=>{b.preventDefault(),l(!0),p(null),m(!1);try{let g=await S("PUT",`/api/v1/providers/${e}/hours`,_o(s));n(qo(g.hours)),r(g),m(!0)}catch(g){p(g)}l(!1)};return a?o`<form class="form hours-form" onSubmit=${f} novalidate aria-label="Working hours">
    ${c&&o`<${L} kind="success"><p>Working hours saved.</p></${L}>`}
    ${d&&d.status!==400&&o`<${k} error=${d} />`}
    <${U} errors=${$} />
    ${Bt.map(b=>o`<fieldset class="hours-day" id=${K(`/hours/${b}`)} tabindex="-1" data-day=${b}>
        <legend>${at(b)}</legend>
        <${Fo} messages=${pe($,`/hours/${b}`)} />
        ${s[b].length===0&&o`<p class="muted hours-day__off">Day off</p>`}
        ${s[b].map((g,_)=>o`<div class="hours-span" id=${K(`/hours/${b}/${_}`)} tabindex="-1">
            <${C}
              label=${`From (${at(b)} ${_+1})`}
              pointer=${`/hours/${b}/${_}/from`}
              errors=${$}
              type="time"
              value=${g.from}
              onValue=${v=>u(b,_,{from:v})}
            />
            <${C}
              label=${`To (${at(b)} ${_+1})`}
              pointer=${`/hours/${b}/${_}/to`}
              errors=${$}
              type="time"
              value=${g.to}
              onValue=${v=>u(b,_,{to:v})}
            />
            <button
              type="button"
              class="button button--quiet button--small"
              onClick=${()=>n({...s,[b]:s[b].filter((v,y)=>y!==_)})}
            >
              Remove<span class="visually-hidden"> ${at(b)} span ${_+1}</span>
            </button>
            <${Fo} messages=${pe($,`/hours/${b}/${_}`)} />
          </div>`)}
        <button
          type="button"
          class="button button--secondary button--small"
          onClick=${()=>{let g=s[b][s[b].length-1];n({...s,[b]:[...s[b],g?{from:g.to,to:""}:{from:"09:00",to:"17:00"}]})}}
        >
          Add hours<span class="visually-hidden"> on ${at(b)}</span>
        </button>
      </fieldset>`)}
    <div class="form-actions"><${A} busy=${i}>Save working hours</${A}></div>
  </form>`:o`<table class="table table--dense hours-table">
      <caption class="visually-hidden">Working hours</caption>
      <tbody>
        ${Bt.map(b=>o`<tr>
            <th scope="row">${at(b)}</th>
            <td>${s[b].length?s[b].map(g=>`${g.from}–${g.to}`).join(", "):o`<span class="muted">Day off</span>`}</td>
          </tr>`)}
      </tbody>
    </table>`}function gi({providerId:e,onAdded:t}){let[a,r]=h({from:"",to:"",note:""}),[s,n]=h(!1),[i,l]=h(null),d=i&&i.status===400?i.errors:[];return o`<form class="form time-off-form" onSubmit=${async c=>{c.preventDefault(),n(!0),l(null);try{let m={from:a.from,to:a.to};a.note.trim()&&(m.note=a.note.trim()),t(await S("POST",`/api/v1/providers/${e}/time-off`,m)),r({from:"",to:"",note:""})}catch(m){l(m)}n(!1)}} novalidate aria-labelledby="time-off-add-heading">
    <h3 id="time-off-add-heading">Add time off</h3>
    ${i&&i.status!==400&&o`<${k} error=${i} />`}
    <div class="grid grid--3">
      <${C} label="From" pointer="/from" errors=${d} type="datetime-local" value=${a.from} onValue=${c=>r({...a,from:c})} required />
      <${C} label="Until" pointer="/to" errors=${d} type="datetime-local" value=${a.to} onValue=${c=>r({...a,to:c})} required />
      <${C} label="Note (staff only)" pointer="/note" errors=${d} value=${a.note} onValue=${c=>r({...a,note:c})} maxlength="200" />
    </div>
    <${A} busy=${s} className="button--secondary">Add time off</${A}>
  </form>`}function bi({providerId:e,canEdit:t,timeZone:a}){let r=T(`/api/v1/providers/${e}/time-off?from=${Se(a)}&days=366`),[s,n]=h(null),[i,l]=h(!1),[d,p]=h(null),c=async $=>{l(!0),p(null);try{await S("DELETE",`/api/v1/time-off/${$}`),r.reload()}catch(u){p(u)}l(!1)},m=r.data?r.data.items:[];return o`<section class="card" aria-labelledby="time-off-heading">
    <h2 id="time-off-heading">Time off</h2>
    ${r.loading&&!r.data&&o`<${E} />`}
    <${k} error=${r.error} onRetry=${r.reload} />
    <${k} error=${d} />
    ${s&&o`<${L} kind=${s.overlapping_appointment_ids.length?"warning":"success"}>
      <p>Time off added: ${s.from_local.replace("T"," ")} – ${s.to_local.replace("T"," ")}.</p>
      ${s.overlapping_appointment_ids.length>0&&o`<p class="time-off__overlaps">
        ${s.overlapping_appointment_ids.length===1?"One booked visit falls":`${s.overlapping_appointment_ids.length} booked visits fall`} in this period and
        ${s.overlapping_appointment_ids.length===1?" was":" were"} not moved:
        ${s.overlapping_appointment_ids.map(($,u)=>o`${u?", ":" "}<a href=${`/staff/calendar?appointment=${$}`}>visit #${$}</a>`)}.
        Reschedule or cancel ${s.overlapping_appointment_ids.length===1?"it":"them"} from the calendar.
      </p>`}
    </${L}>`}
    ${r.data&&m.length===0&&o`<${I}>No time off in the coming year.</${I}>`}
    ${m.length>0&&o`<ul class="time-off-list">
      ${m.map($=>o`<li data-time-off=${$.id}>
          <span><strong>${$.from_local.replace("T"," ")}</strong> – <strong>${$.to_local.replace("T"," ")}</strong>${$.note?o` <span class="muted">${$.note}</span>`:""}</span>
          ${t&&o`<${fe} label="Remove" hiddenSuffix=${`time off from ${$.from_local.replace("T"," ")}`} confirmLabel="Remove the time off" busy=${i} onConfirm=${()=>c($.id)} small>
            <p>The provider can be booked in this period again.</p>
          </${fe}>`}
        </li>`)}
    </ul>`}
    ${t&&o`<${gi}
      providerId=${e}
      onAdded=${$=>{n($),r.reload()}}
    />`}
  </section>`}function Vo({session:e}){let{providers:t,loading:a,error:r,reload:s}=Te(),n=T("/api/v1/clinic"),i=new URLSearchParams(location.search),l=Number(i.get("provider"))||null,[d,p]=h(l||(e.role==="provider"?e.user.id:null));M(()=>{!d&&t.length>0&&p(t[0].id)},[d,t.length]);let c=T(d?`/api/v1/providers/${d}/hours`:null);j(c.data!==null&&c.data.provider_id===d&&!c.loading&&n.data!==null&&!a,"hours");let m=e.role==="owner"||e.role==="provider"&&d===e.user.id,$=n.data?n.data.time_zone:void 0;return o`<div class="stack">
    <div class="page-head">
      <div>
        <${w}>Working hours and time off</${w}>
        <p class="lead">Times are the clinic’s local time${$?` (${$})`:""}. Days left empty are days off.</p>
      </div>
    </div>
    <${k} error=${r||n.error} onRetry=${s} />
    ${a&&o`<${E} />`}
    ${!a&&t.length===0&&o`<${I}>There are no providers yet. The owner invites them on the Team page.</${I}>`}
    ${t.length>0&&o`<div class="card">
      <${F}
        label="Provider"
        pointer="/provider"
        value=${d?String(d):""}
        onValue=${u=>{p(Number(u)),ce(`/staff/hours?provider=${u}`,{replace:!0})}}
        options=${t.map(u=>[String(u.id),u.display_name])}
      />
      ${!m&&o`<p class="muted">${e.role==="provider"?"You can change only your own hours.":"Only the owner or the provider themself can change these."}</p>`}
    </div>`}
    ${d&&o`<div class="columns">
      <section class="card columns__main" aria-labelledby="hours-heading">
        <h2 id="hours-heading">Weekly hours</h2>
        ${c.loading&&!c.data&&o`<${E} />`}
        <${k} error=${c.error} onRetry=${c.reload} />
        ${c.data&&c.data.provider_id===d&&o`<${hi} key=${d} providerId=${d} hours=${c.data.hours} canEdit=${m} onSaved=${c.setData} />`}
      </section>
      <div class="columns__side">${n.data&&o`<${bi} key=${d} providerId=${d} canEdit=${m} timeZone=${$} />`}</div>
    </div>`}
  </div>`}var jo="np-clinic",rr="";function Uo({clinic:e,email:t}){ya(e),rr=t||""}function ya(e){try{localStorage.setItem(jo,e)}catch{}}function _i(){let e=new URLSearchParams(location.search).get("clinic");if(e)return e;try{return localStorage.getItem(jo)||""}catch{return""}}function Wo({portal:e,expired:t}){let[a,r]=h(_i),[s,n]=h(()=>{let b=rr;return rr="",b}),[i,l]=h(""),[d,p]=h(!1),[c,m]=h(null),$=async b=>{b.preventDefault(),p(!0),m(null);try{await co(a.trim(),s.trim(),i),ya(a.trim())}catch(g){l(""),m(g),p(!1)}},u=c&&c.status===400?c.errors:[],f="";return c&&c.status===401?f="The clinic, e-mail or password is not right.":c&&c.status===429?f=`Too many attempts: ${c.detail}.`:c&&c.status!==400&&(f=c.detail||"The login failed. Try again."),o`<${xe}>
    <div class="login">
      <div class="login__brand"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</div>
      <${w} title=${e?"Patient portal":"Log in"}>${e?"Your treatment plan":"Staff login"}</${w}>
      <p class="lead">
        ${e?"Log in to see your sessions and how to prepare for each one. First time? Open the link your clinic gave you to set your password.":"Log in to your clinic’s workspace. New to the team? Open the link the clinic’s owner gave you to set your password."}
      </p>
      ${t&&o`<${L} kind="warning">
        <p><strong>Your session has ended.</strong> Log in again to carry on: what you typed is kept.</p>
      </${L}>`}
      ${f&&o`<div class="alert alert--error" role="alert"><p>${f}</p></div>`}
      <${U} errors=${u} />
      <form class="form" onSubmit=${$} novalidate>
        <${C}
          label="Clinic"
          hint="Your clinic’s login name, for example demo-1"
          pointer="/clinic"
          errors=${u}
          value=${a}
          onValue=${r}
          autocomplete="organization"
          autocapitalize="none"
          spellcheck="false"
          required
        />
        <${C}
          label="E-mail"
          pointer="/email"
          type="email"
          errors=${u}
          value=${s}
          onValue=${n}
          autocomplete="username"
          required
        />
        <${C}
          label="Password"
          pointer="/password"
          type="password"
          errors=${u}
          value=${i}
          onValue=${l}
          autocomplete="current-password"
          required
        />
        <${A} busy=${d} busyLabel="Logging in…">Log in</${A}>
      </form>
      <p class="login__switch">
        ${e?o`Clinic staff? <a href="/login">Staff login</a>`:o`A patient? <a href="/portal/login">Patient portal</a>`}
      </p>
    </div>
  </${xe}>`}function vi(e){let t=(e||"").replace(/^#/,"").trim();return/^[A-Za-z0-9._~-]{10,200}$/.test(t)?t:""}var Ho="This link can no longer be used. A link works once and for 72 hours, and a newer link replaces an older one. Ask your clinic for a new link (staff: the clinic’s owner; patients: your provider).";function yi({accepted:e,session:t}){let a=e.role==="patient",r=async()=>{Uo({clinic:e.clinic,email:e.email}),t&&await da(),ce(a?"/portal/login":"/login",{replace:!0})};return o`<div class="stack">
    <${L} kind="success">
      <p><strong>Your password is set.</strong> Log in with it from now on:</p>
      <dl class="facts">
        <div><dt>Clinic</dt><dd>${e.clinic}</dd></div>
        <div><dt>E-mail</dt><dd>${e.email}</dd></div>
      </dl>
    </${L}>
    <button type="button" class="button" onClick=${r}>${a?"Go to the patient portal login":"Go to the staff login"}</button>
  </div>`}function Zo({session:e}){let[t]=h(()=>vi(location.hash)),[a,r]=h(""),[s,n]=h(""),[i,l]=h(!1),[d,p]=h(null),[c,m]=h(!1),[$,u]=h(null),f=async _=>{if(_.preventDefault(),p(null),m(!1),a!==s){m(!0);return}l(!0);try{let v=await S("POST","/api/v1/invitations/accept",{token:t,password:a});history.replaceState(null,"","/invite"),u(v)}catch(v){p(v),r(""),n("")}l(!1)},b=[...d&&d.status===400?d.errors.filter(_=>_.path==="/password"):[],...c?[{path:"/password_again",message:"is not the same as the new password"}]:[]],g="";return d&&d.status===401?g=Ho:d&&d.status===429?g=`Too many attempts from this device: ${d.detail}. Wait, then try again.`:d&&d.status===400&&b.length===0?g=Ho:d&&d.status!==400&&(g=d.detail||"Setting the password failed. Try again."),o`<div class="login">
    <div class="login__brand"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</div>
    <${w}>Set your password</${w}>
    ${$?o`<${yi} accepted=${$} session=${e} />`:t?o`<p class="lead">Choose the password you will log in with. Nobody else sees it, not even the clinic.</p>
            ${e&&o`<${L} kind="warning">
              <p>You are logged in as ${e.user.display_name}. This link is for the person it was made for: setting a password here uses it up.</p>
            </${L}>`}
            ${g&&o`<div class="alert alert--error" role="alert"><p>${g}</p></div>`}
            <${U} errors=${b} />
            <form class="form" onSubmit=${f} novalidate>
              <${C}
                label="New password"
                hint="At least 12 characters. A few unrelated words are strong and easy to remember; avoid common passwords and your e-mail."
                pointer="/password"
                type="password"
                errors=${b}
                value=${a}
                onValue=${r}
                autocomplete="new-password"
                required
              />
              <${C}
                label="Type it again"
                pointer="/password_again"
                type="password"
                errors=${b}
                value=${s}
                onValue=${n}
                autocomplete="new-password"
                required
              />
              <${A} busy=${i} busyLabel="Setting…">Set my password</${A}>
            </form>`:o`<div class="alert alert--error" role="alert">
            <p>This page needs the whole link your clinic gave you, including the part after “#”. Open the link again, or ask your clinic for a new one.</p>
          </div>`}
  </div>`}var wi=[["required","Required (refuse to send unencrypted)"],["opportunistic","When the relay offers it"],["none","Never (a relay on this machine only)"]],ki={visit_reminder:"Visit reminder",prep_14d:"Preparation, 14 days before",prep_7d:"Preparation, 7 days before",prep_1d:"Preparation, the day before",aftercare_evening:"Aftercare, the same evening",aftercare_day1:"Aftercare, day 1",aftercare_day3:"Aftercare, day 3",aftercare_day7:"Aftercare, day 7 check-in",photo_follow_up:"Follow-up photo visit",maintenance_recall:"Maintenance recall",portal_invitation:"Portal invitation"},xi=e=>ki[e]||e.replaceAll("_"," ");function Si(e){let t={relay:e.relay.trim(),from_address:e.from_address.trim(),from_name:e.from_name.trim(),username:e.username.trim(),portal_url:e.portal_url.trim(),starttls:e.starttls,enabled:e.enabled};return e.password&&(t.password=e.password),t}function Ci({settings:e,onSaved:t}){let[a,r]=h(()=>({relay:e.relay||"",from_address:e.from_address||"",from_name:e.from_name||"",username:e.username||"",portal_url:e.portal_url||"",password:"",starttls:e.starttls||"required",enabled:!!e.enabled})),[s,n]=h(!1),[i,l]=h(null),[d,p]=h(!1),c=u=>f=>(p(!1),r({...a,[u]:f})),m=i&&(i.status===400||i.status===422)?i.errors:[];return o`<form class="form" onSubmit=${async u=>{u.preventDefault(),n(!0),l(null);try{let f=await S("PUT","/api/v1/clinic/mail",Si(a));t(f),r({...a,password:""}),p(!0)}catch(f){l(f)}n(!1)}} novalidate aria-labelledby="relay-heading">
    <h2 id="relay-heading">Sending e-mail</h2>
    ${d&&o`<${L} kind="success"><p>Mail settings saved.</p></${L}>`}
    ${i&&![400,422].includes(i.status)&&o`<${k} error=${i} />`}
    <${U} errors=${m} />
    <${C} label="Relay" pointer="/relay" errors=${m} value=${a.relay} onValue=${c("relay")} hint="smtp://host:port or smtps://host:port" autocomplete="off" spellcheck="false" />
    <div class="grid grid--2">
      <${C} label="From address" pointer="/from_address" errors=${m} type="email" value=${a.from_address} onValue=${c("from_address")} />
      <${C} label="From name" pointer="/from_name" errors=${m} value=${a.from_name} onValue=${c("from_name")} />
      <${C} label="Relay user name" pointer="/username" errors=${m} value=${a.username} onValue=${c("username")} autocomplete="off" />
      <${C}
        label="Relay password"
        pointer="/password"
        errors=${m}
        type="password"
        value=${a.password}
        onValue=${c("password")}
        autocomplete="new-password"
        hint=${e.password_set?"A password is set. Leave empty to keep it.":"No password set."}
      />
    </div>
    <${C} label="Patient portal address" pointer="/portal_url" errors=${m} type="url" value=${a.portal_url} onValue=${c("portal_url")} hint="Where the messages send patients for their instructions, e.g. https://clinic.example" autocomplete="off" spellcheck="false" />
    <${F} label="Encryption (STARTTLS)" pointer="/starttls" errors=${m} value=${a.starttls} onValue=${c("starttls")} options=${wi} />
    <${Oe} id="mail-enabled" label="Send e-mail (reminders and confirmations)" checked=${a.enabled} onChecked=${c("enabled")} />
    <div class="form-actions"><${A} busy=${s}>Save mail settings</${A}></div>
  </form>`}function Ti({template:e,onSaved:t}){let[a,r]=h({subject:e.subject,body:e.body});M(()=>r({subject:e.subject,body:e.body}),[e.subject,e.body]);let[s,n]=h(!1),[i,l]=h(null),[d,p]=h(!1),c=i&&(i.status===400||i.status===422)?i.errors:[],m=`/templates/${e.kind}`,$=c.map(g=>({...g,path:`${m}${g.path}`})),u=async g=>{n(!0),l(null),p(!1);try{await g(),p(!0)}catch(_){l(_)}n(!1)},f=g=>{g.preventDefault(),u(async()=>t(await S("PUT",`/api/v1/clinic/message-templates/${e.kind}`,a)))},b=()=>u(async()=>{await S("DELETE",`/api/v1/clinic/message-templates/${e.kind}`),t(null)});return o`<form class="form template" onSubmit=${f} novalidate aria-labelledby=${`template-${e.kind}`} data-kind=${e.kind}>
    <h3 id=${`template-${e.kind}`}>${xi(e.kind)} ${e.is_default&&o`<span class="muted small">(default)</span>`}</h3>
    ${d&&o`<${L} kind="success"><p>Template saved.</p></${L}>`}
    ${i&&![400,422].includes(i.status)&&o`<${k} error=${i} />`}
    <${C} label="Subject" pointer=${`${m}/subject`} errors=${$} value=${a.subject} onValue=${g=>r({...a,subject:g})} hint="Only the clinic’s name may be filled in here; never clinical detail." />
    <${$e} label="Message" pointer=${`${m}/body`} errors=${$} value=${a.body} onValue=${g=>r({...a,body:g})} rows="6" />
    <div class="form-actions">
      <${A} busy=${s} className="button--secondary">Save template</${A}>
      ${!e.is_default&&o`<${fe} label="Back to the default" confirmLabel="Use the default" busy=${s} onConfirm=${b} small>
        <p>Your wording is removed and the built-in text is used again.</p>
      </${fe}>`}
    </div>
  </form>`}function Go(){let e=T("/api/v1/clinic/mail"),t=T("/api/v1/clinic/message-templates");return j(e.data!==null&&t.data!==null,"mail"),o`<div class="stack">
    <${w}>E-mail and reminders</${w}>
    <section class="card">
      ${e.loading&&!e.data&&o`<${E} />`}
      <${k} error=${e.error} onRetry=${e.reload} />
      ${e.data&&o`<${Ci} settings=${e.data} onSaved=${e.setData} />`}
    </section>
    <section class="card" aria-labelledby="templates-heading">
      <h2 id="templates-heading">Message templates</h2>
      ${t.loading&&!t.data&&o`<${E} />`}
      <${k} error=${t.error} onRetry=${t.reload} />
      ${t.data&&t.data.items.map(a=>o`<${Ti} key=${a.kind} template=${a} onSaved=${()=>t.reload()} />`)}
    </section>
  </div>`}function Yo({session:e}){return o`<div class="stack">
    <div class="page-head">
      <${w}>Patients</${w}>
      <a class="button" href="/staff/patients/new">Register a patient</a>
    </div>
    <${va} heading="Search" canIncludeArchived=${e.role==="owner"} />
  </div>`}function Pi({candidates:e,busy:t,onDifferent:a}){let r=H(null);return M(()=>r.current&&r.current.focus(),[]),o`<section class="alert alert--warning duplicates" role="alert" tabindex="-1" ref=${r} aria-labelledby="duplicates-heading">
    <h2 id="duplicates-heading">This patient may already be registered</h2>
    <p>${e.length===1?"A record has":"These records have"} the same name and date of birth, or the same e-mail. Open the record instead of registering them twice.</p>
    <ul class="duplicates__list">
      ${e.map(s=>o`<li>
          <span><strong>${W(s)}</strong>, born ${P(s.birth_date)} <span class="muted">#${s.id}</span>${s.archived&&o` <${B} kind="neutral">Archived</${B}>`}</span>
          <a class="button button--secondary button--small" href=${`/staff/patients/${s.id}`}>Open this record<span class="visually-hidden"> of ${W(s)} (#${s.id})</span></a>
        </li>`)}
    </ul>
    <p>Not the same person, for example a namesake born the same day?</p>
    <button type="button" class="button button--secondary" disabled=${t} onClick=${a}>It is a different person: register anyway</button>
  </section>`}function Ko(){let[e,t,a]=dt("new-patient",So),[r,s]=h(!1),[n,i]=h(null),l=async c=>{s(!0),i(null);try{let m=ha(e,!0);c&&(m.confirm_duplicate=!0);let $=await S("POST","/api/v1/patients",m);a(),ce(`/staff/patients/${$.id}`)}catch(m){i(m),s(!1)}},d=c=>{c.preventDefault(),l(!1)},p=n&&n.status===409&&Array.isArray(n.problem.candidates)?n.problem.candidates:null;return o`<div class="stack narrow">
    <p class="crumbs"><a href="/staff/patients">Patients</a></p>
    <${w}>Register a patient</${w}>
    ${n&&n.status!==400&&!p&&o`<${k} error=${n} />`}
    ${p&&o`<${Pi} candidates=${p} busy=${r} onDifferent=${()=>l(!0)} />`}
    <div class="card">
      <${ga}
        fields=${e}
        onFields=${c=>{t(c),p&&i(null)}}
        errors=${n&&n.status===400?n.errors:[]}
        busy=${r}
        onSubmit=${d}
        submitLabel="Register patient"
      />
    </div>
  </div>`}function Ai(e,t){return(e||[]).find(a=>a.kind===t&&a.current)||null}function or({patientId:e,portal:t=!1,role:a,onChange:r}){let s=T("/api/v1/consent-texts"),n=T(`/api/v1/patients/${e}/consents`),[i,l]=h(""),[d,p]=h(!1),[c,m]=h(null),[$,u]=h(!1),f=s.data?Ai(s.data.items,"photography"):null,b=n.data?n.data.current.photography:!1,g=n.data?n.data.items.find(y=>y.kind==="photography"&&y.current):null,_=async y=>{y.preventDefault(),p(!0),m(null);try{await S("POST",`/api/v1/patients/${e}/consents`,{kind:"photography",text_id:f.id,typed_name:i}),u(!0),l(""),n.reload(),r&&r(!0)}catch(x){m(x),x.status===409&&s.reload()}p(!1)},v=c&&c.status===400?c.errors:[];return o`<section class="card consent" id="photo-consent" aria-labelledby="consent-heading" tabindex="-1">
    <h2 id="consent-heading">Photography consent</h2>
    ${(s.loading||n.loading)&&!n.data&&o`<${E} />`}
    <${k} error=${s.error||n.error} onRetry=${()=>(s.reload(),n.reload())} />
    ${n.data&&b&&o`<p class="consent__state consent__state--ok" data-consent="current">
      <strong>${t?"You have signed":"Signed"}</strong> the current text (version ${g?g.text_version:""})
      ${g&&o` on <${ue} date=${g.signed_at.slice(0,10)} />${g.by_patient?t?"":", in the portal":""}`}.
      ${$&&o`<span role="status"> Thank you: the signature is recorded.</span>`}
    </p>`}
    ${n.data&&!b&&o`<p class="consent__state consent__state--missing" data-consent="missing">
      <strong>${t?"You have not signed":"Not signed"}</strong>${` the current photography consent: no photo can be uploaded until ${t?"you sign it":"the patient signs it"}.`}
    </p>`}
    ${s.data&&!f&&o`<p>
      ${"The clinic has not published a photography consent text yet. "}${a==="owner"?o`<a href="/staff/consents">Publish one under Consents</a>.`:t?"Please ask your clinic.":"The clinic owner publishes it under Consents."}
    </p>`}
    ${f&&n.data&&!b&&o`<form class="form form--compact" onSubmit=${_} novalidate>
      <${U} errors=${v} />
      ${c&&c.status!==400&&o`<${k} error=${c} />`}
      <h3 class="consent__title">${f.title} <span class="muted">(version ${f.version})</span></h3>
      <div class="consent__text" tabindex="0" role="region" aria-label=${`${f.title}, version ${f.version}`}>${f.text}</div>
      <${C}
        label=${t?"Your full name, as your signature":"The patient’s full name, typed by the patient"}
        pointer="/typed_name"
        errors=${v}
        value=${i}
        onValue=${l}
        autocomplete="off"
        required
      />
      <${A} busy=${d} busyLabel="Recording…">${t?"Sign the photography consent":"Record the signature"}</${A}>
    </form>`}
  </section>`}var gt=[["front","Front"],["left_45","Left 45°"],["right_45","Right 45°"],["left_90","Left profile"],["right_90","Right profile"],["close_up","Close-up"]];var nr=[["baseline","Baseline"],...Array.from({length:12},(e,t)=>[`session_${t+1}`,`Session ${t+1}`]),["month_1","1 month after"],["month_3","3 months after"],["month_6","6 months after"]];function Ze(e){let t=gt.find(([a])=>a===e);return t?t[1]:e}function Fe(e){let t=/^session_([1-9][0-9]?)$/.exec(e||"");if(t)return`Session ${t[1]}`;let a=nr.find(([r])=>r===e);return a?a[1]:e}function Qo(e){if(e==="baseline")return 0;let t={month_1:1001,month_3:1003,month_6:1006};if(e in t)return t[e];let a=/^session_([1-9][0-9]?)$/.exec(e||"");return a?Number(a[1]):null}function Jo(e){let t=r=>gt.findIndex(([s])=>s===r),a=new Map;for(let r of e)a.has(r.timepoint)||a.set(r.timepoint,[]),a.get(r.timepoint).push(r);return[...a.entries()].sort(([r],[s])=>(Qo(r)??1e9)-(Qo(s)??1e9)).map(([r,s])=>({timepoint:r,photos:[...s].sort((n,i)=>t(n.view)-t(i.view)||n.id-i.id)}))}function Xo(e,t){let a=e.filter(r=>r.timepoint==="baseline"&&r.view===t);return a.length>0?a.reduce((r,s)=>s.id>r.id?s:r):null}function en(e,{timepoint:t,view:a,appointmentId:r}){let s=new URLSearchParams({timepoint:t,view:a});return r&&s.set("appointment_id",String(r)),`/api/v1/patients/${e}/photos?${s}`}function tn(e){if(e.length>=3&&e[0]===255&&e[1]===216&&e[2]===255)return"image/jpeg";let t=[137,80,78,71,13,10,26,10];return e.length>=8&&t.every((a,r)=>e[r]===a)?"image/png":null}function an(e){return(e||[]).map(t=>({...t,path:t.path.startsWith("?")?`/${t.path.slice(1)}`:t.path}))}function wa(e){return!!(e&&e.status===422&&/photography consent/.test(e.detail||""))}var ka={"spots.count":{label:"Spots",unit:"",digits:0},"spots.area_mm2":{label:"Spot area",unit:"mm²",digits:1},"spots.area_px":{label:"Spot area",unit:"px",digits:0},"redness.delta_a":{label:"Redness (Δa*)",unit:"",digits:2},"redness.area_fraction":{label:"Red area",unit:"% of skin",digits:2,percent:!0},"pores.count":{label:"Pores",unit:"",digits:0},"pores.per_cm2":{label:"Pore density",unit:"per cm²",digits:1},"pores.per_mpx":{label:"Pore density",unit:"per megapixel",digits:1},"lines.count":{label:"Lines",unit:"",digits:0},"lines.length_mm":{label:"Line length",unit:"mm",digits:1},"lines.length_px":{label:"Line length",unit:"px",digits:0},"texture.roughness":{label:"Texture roughness",unit:"",digits:3},ita_deg:{label:"Skin tone (ITA)",unit:"°",digits:1}},ze=Object.keys(ka);function Mt(e){let t=ka[e];return t?t.unit?`${t.label} (${t.unit})`:t.label:e}function Pe(e,t,{signed:a=!1}={}){if(t==null||Number.isNaN(t))return"—";let r=ka[e]||{digits:2},s=r.percent?t*100:t,n=Math.abs(s)<1e-12?0 .toFixed(r.digits):s.toFixed(r.digits);return a&&s>0?`+${n}`:n.replace(/^-/,"−")}function rn(e){if(!e)return[];let t=a=>ze.includes(a)?ze.indexOf(a):ze.length;return Object.keys(e).sort((a,r)=>t(a)-t(r)||a.localeCompare(r)).map(a=>({metric:a,...e[a]}))}function sr(e){return!e||!e.metrics?[]:Object.keys(e.metrics).filter(t=>ka[t]&&e.metrics[t].length>0).sort((t,a)=>ze.indexOf(t)-ze.indexOf(a))}function on(e,{width:t=320,height:a=170,left:r=48,right:s=24,top:n=24,bottom:i=34,mdc:l=null}={}){let d=e.map(y=>y.value),p=Math.min(...d),c=Math.max(...d),m=p>=0?0:-1/0,$=null;if(l!=null&&l>0&&d.length>0?($=[Math.max(m,d[0]-l),d[0]+l],p=Math.min(p,$[0]),c=Math.max(c,$[1])):m===0&&(p=0),c===p){let y=Math.max(1,Math.abs(c)*.1);p=Math.max(m,p-y),c+=y}let u=c-p,f=t-r-s,b=a-n-i,g=y=>Math.round(y*10)/10,_=y=>g(n+b*(1-(y-p)/u)),v=e.map((y,x)=>({...y,x:g(e.length===1?r+f/2:r+f*x/(e.length-1)),y:_(y.value)}));return{points:v,line:v.map(y=>`${y.x},${y.y}`).join(" "),low:p,high:c,band:$&&{y:_($[1]),height:g(_($[0])-_($[1]))}}}var Ei=20*1024*1024;function nn(e,t,a,r){let s=Math.min(1,1200/a);e.width=Math.max(1,Math.round(a*s)),e.height=Math.max(1,Math.round(r*s)),e.getContext("2d").drawImage(t,0,0,e.width,e.height)}function Li({id:e,messages:t}){return t.length===0?null:o`<div class="field-error" id=${e}>
    ${t.map(a=>o`<p><span class="visually-hidden">Error: </span>${a}</p>`)}
  </div>`}function ir({patientId:e,photos:t,portal:a=!1,onUploaded:r}){let[s,n]=h(t.some(G=>G.timepoint==="baseline")?"":"baseline"),[i,l]=h("front"),[d,p]=h(null),c=H(null),m=H(null),$=H(""),u=G=>{c.current=G,p(G)},[f,b]=h(!0),[g,_]=h(null),[v,y]=h(!1),[x,R]=h(null),[z,O]=h([]),[V,ne]=h(null),se=H(null),ie=H(null),J=H(null),Z=Xo(t,i),le=K("/file");M(()=>()=>g&&g.getTracks().forEach(G=>G.stop()),[g]),M(()=>{g&&ie.current&&(ie.current.srcObject=g,ie.current.play().catch(()=>{}))},[g]);let st=G=>(m.current=bt(G),m.current),bt=async G=>{O([]),R(null),ne(null),u(null),$.current="";let ke=Ke=>{$.current=Ke,O([{path:"/file",message:Ke}])};if(!G)return;let Ne=new Uint8Array(await G.slice(0,8).arrayBuffer()),Be=tn(Ne);if(!Be)return ke("is not a JPEG or PNG photo");if(G.size>Ei)return ke("is larger than 20 MiB");try{let Ke=await createImageBitmap(G);nn(se.current,Ke,Ke.width,Ke.height),Ke.close()}catch{return ke("cannot be read as an image (damaged or incomplete?)")}u({blob:G,type:Be,name:G.name||"camera photo"})},De=async()=>{O([]);try{_(await navigator.mediaDevices.getUserMedia({video:{facingMode:"environment",width:{ideal:4e3}},audio:!1}))}catch{O([{path:"/file",message:"no camera could be opened here: choose a photo file instead"}])}},q=()=>{let G=ie.current;nn(se.current,G,G.videoWidth,G.videoHeight);let ke=document.createElement("canvas");ke.width=G.videoWidth,ke.height=G.videoHeight,ke.getContext("2d").drawImage(G,0,0),m.current=null,$.current="",ke.toBlob(Ne=>{g.getTracks().forEach(Be=>Be.stop()),_(null),Ne&&u({blob:Ne,type:"image/jpeg",name:"camera photo"})},"image/jpeg",.92)},qe=async G=>{G.preventDefault(),R(null),ne(null),m.current&&await m.current;let ke=c.current,Ne=[];if(s||Ne.push({path:"/timepoint",message:"choose when the photo is taken"}),ke||Ne.push({path:"/file",message:$.current||"choose a photo (JPEG or PNG) or take one"}),O(Ne),!(Ne.length>0)){y(!0);try{let Be=await S("POST",en(e,{timepoint:s,view:i}),ke.blob,{contentType:ke.type});ne(Be),u(null),J.current&&(J.current.value=""),r&&await r(Be)}catch(Be){R(Be)}y(!1)}},Pa=x&&x.status===400?an(x.errors):[],N=x&&(x.status===413||x.status===415||x.status===422&&!wa(x)),re=[...z,...Pa,...N?[{path:"/file",message:Di(x)}]:[]],X=pe(re,"/file"),Ye=!!d||!!g;return o`<section class="card upload" aria-labelledby="upload-heading">
    <h2 id="upload-heading">${a?"Add a photo":"Upload a photo"}</h2>
    <form class="form" onSubmit=${qe} novalidate>
      <${U} errors=${re} />
      ${x&&wa(x)&&o`<div class="alert alert--error" role="alert" data-refusal="consent">
        <p>
          <strong>Upload refused:</strong>${` ${a?"you have not signed":"the patient has not signed"} the current photography consent. `}<a href="#photo-consent" onClick=${Ri}>${a?"Sign it":"Record the signature"}</a> and upload again.
        </p>
      </div>`}
      ${x&&!wa(x)&&!N&&x.status!==400&&o`<div class="alert alert--error" role="alert"><p>${lt(x)}</p></div>`}
      ${V&&o`<div class="alert alert--success" role="status"><p>Uploaded: ${Fe(V.timepoint)}, ${Ze(V.view).toLowerCase()}${a?"":V.patient_taken?" (patient-taken)":""}.</p></div>`}
      <div class="upload__body">
        <div class="upload__fields">
          <div class="grid grid--2">
            <${F} label="Timepoint" pointer="/timepoint" errors=${re} value=${s} onValue=${n} options=${nr} placeholder="Choose…" required />
            <${F} label="View" pointer="/view" errors=${re} value=${i} onValue=${l} options=${gt} required />
          </div>
          <div class=${`field ${X.length?"field--invalid":""}`}>
            <label for=${le}>Photo<span class="required" aria-hidden="true"> *</span></label>
            <p class="hint" id=${`${le}-hint`}>A JPEG or PNG up to 20 MiB, with the colour card in the picture. To frame a new photo against the baseline, use the camera below.</p>
            <input
              ref=${J}
              id=${le}
              name="/file"
              type="file"
              accept="image/jpeg,image/png"
              aria-invalid=${X.length?"true":void 0}
              aria-describedby=${`${le}-hint${X.length?` ${le}-error`:""}`}
              onChange=${G=>st(G.currentTarget.files[0])}
            />
            <${Li} id=${`${le}-error`} messages=${X} />
          </div>
          <${A} busy=${v} busyLabel="Uploading…">${a?"Add the photo":"Upload the photo"}</${A}>
        </div>
        <div class="capture" data-guide=${Z?Z.id:void 0}>
          <h3 class="capture__title">Capture guide</h3>
          ${Z?o`<${Oe}
                id="capture-ghost"
                label=${`Show the baseline (${Ze(i).toLowerCase()}) over the preview`}
                checked=${f}
                onChecked=${b}
                hint="Line the face and the colour card up with it."
              />`:o`<p class="muted capture__none">No baseline of this view yet: this photo can become it.</p>`}
          <div class=${`capture__frame ${Ye?"":"capture__frame--empty"}`}>
            <canvas ref=${se} class=${`capture__preview ${d&&!g?"":"capture__hidden"}`} aria-label="Preview of the chosen photo" role="img"></canvas>
            ${g&&o`<video ref=${ie} class="capture__preview" muted playsinline aria-label="Camera view"></video>`}
            ${!Ye&&o`<p class="capture__placeholder">The preview appears here.</p>`}
            ${Z&&f&&o`<img
              class=${`capture__ghost ${Ye?"":"capture__ghost--alone"}`}
              src=${Z.image_url}
              alt=${`Guide: the baseline, ${Ze(Z.view).toLowerCase()}, shown see-through`}
              width=${Z.width}
              height=${Z.height}
            />`}
          </div>
          <div class="form-actions">
            ${!g&&typeof navigator<"u"&&navigator.mediaDevices&&o`<button type="button" class="button button--secondary" onClick=${De}>Use the camera</button>`}
            ${g&&o`<button type="button" class="button" onClick=${q}>Take the photo</button>`}
          </div>
        </div>
      </div>
    </form>
  </section>`}function Ri(e){e.preventDefault();let t=document.getElementById("photo-consent");t&&(t.scrollIntoView({block:"start"}),(document.getElementById(K("/typed_name"))||t).focus({preventScroll:!0}))}function Di(e){return e.status===413?"is larger than 20 MiB":e.status===415?"is not of the type its name says: save it again as JPEG or PNG":(e.detail||"was refused").replace(/^image refused: (image: )?/,"was refused: ")}var xa=320,ot=170,Ge=48,lr=24,dr=24,It=34;function sn(e,t){return t>1&&e===0?"start":t>1&&e===t-1?"end":"middle"}function Ni(e,t){return{start:4,end:-4,middle:0}[sn(e,t)]}function cr({metric:e,series:t,mdc:a=null,uncalibrated:r=[]}){let{points:s,line:n,low:i,high:l,band:d}=on(t,{width:xa,height:ot,left:Ge,right:lr,top:dr,bottom:It,mdc:a}),p=`trend-${e.replace(/[^a-z0-9]+/gi,"-")}`,c=u=>r.includes(u.photo_id),m=s.map(u=>`${Fe(u.timepoint)}: ${Pe(e,u.value)}${c(u)?" (no colour card)":""}`).join("; "),$=d?` Shaded: within ±${Pe(e,a)} of the first value, the minimal detectable change.`:"";return o`<figure class="trend" data-metric=${e}>
    <figcaption id=${`${p}-caption`}>${Mt(e)}</figcaption>
    <svg class="trend__chart" viewBox=${`0 0 ${xa} ${ot}`} role="img" aria-labelledby=${`${p}-caption ${p}-desc`} focusable="false">
      <desc id=${`${p}-desc`}>${`${m}.${$}`}</desc>
      ${d&&o`<rect class="trend__band" x=${Ge} y=${d.y} width=${xa-Ge-lr} height=${d.height} />`}
      <line class="trend__axis" x1=${Ge} y1=${dr} x2=${Ge} y2=${ot-It} />
      <line class="trend__axis" x1=${Ge} y1=${ot-It} x2=${xa-lr} y2=${ot-It} />
      <text class="trend__tick" x=${Ge-6} y=${dr+4} text-anchor="end">${Pe(e,l)}</text>
      <text class="trend__tick" x=${Ge-6} y=${ot-It+4} text-anchor="end">${Pe(e,i)}</text>
      ${s.length>1&&o`<polyline class="trend__line" points=${n} />`}
      ${s.map((u,f)=>o`<g class=${`trend__point ${c(u)?"trend__point--loose":""}`} data-timepoint=${u.timepoint}>
          <circle cx=${u.x} cy=${u.y} r="4.5" />
          <text class="trend__value" x=${u.x+Ni(f,s.length)} y=${u.y-9} text-anchor=${sn(f,s.length)}>${Pe(e,u.value)}</text>
          <text class="trend__label" x=${u.x} y=${ot-12} text-anchor="middle">${Fe(u.timepoint)}${c(u)?" *":""}</text>
        </g>`)}
    </svg>
    ${s.some(c)&&o`<p class="trend__note">* No colour card in that photo: not calibrated, so not comparable in colour or size.</p>`}
  </figure>`}function zt(e){return`${Fe(e.timepoint)}, ${Ze(e.view).toLowerCase()}`}function ln({photos:e,base:t,portal:a,analysing:r}){return e.length===0?o`<${I}>${a?"No photos yet.":"No photos yet. Upload the baseline first."}</${I}>`:o`<div class="photo-groups">
    ${Jo(e).map(s=>o`<section class="photo-group" data-timepoint=${s.timepoint} aria-labelledby=${`tp-${s.timepoint}`}>
        <h3 id=${`tp-${s.timepoint}`}>${Fe(s.timepoint)}</h3>
        <ul class="photo-grid">
          ${s.photos.map(n=>o`<li class="photo-tile" data-photo=${n.id}>
              <a href=${`${t}/${n.id}`} class="photo-tile__link">
                <img src=${n.thumbnail_url} alt="" width=${Math.round(320*n.width/Math.max(n.width,n.height))} height=${Math.round(320*n.height/Math.max(n.width,n.height))} />
                <span class="photo-tile__name">${Ze(n.view)}<span class="visually-hidden">, ${Fe(n.timepoint)}, photo ${n.id}</span></span>
              </a>
              <span class="photo-tile__meta">
                <${ue} date=${n.created_at.slice(0,10)} />
                ${n.patient_taken&&o` <${B} kind="neutral">${a?"Taken by you":"Patient-taken"}</${B}>`}
                ${!a&&(r===n.id?o` <span class="muted">Measuring…</span>`:n.analysed_at?o` <${B} kind="ok">Measured</${B}>`:"")}
              </span>
              ${n.notes&&o`<span class="photo-tile__notes">${n.notes}</span>`}
            </li>`)}
        </ul>
      </section>`)}
  </div>`}function Bi({patientId:e,photos:t}){let a=[...t].sort((u,f)=>u.id-f.id),r=a.find(u=>u.timepoint==="baseline")||a[0],s=[...a].reverse().find(u=>u.id!==r.id&&u.view===r.view)||a[a.length-1],[n,i]=h(String(r.id)),[l,d]=h(String(s.id)),[p,c]=h([]),m=a.map(u=>[String(u.id),`${zt(u)} (#${u.id})`]);return o`<section class="card" aria-labelledby="compare-heading">
    <h2 id="compare-heading">Compare two photos</h2>
    <form class="form form--compact" onSubmit=${u=>{if(u.preventDefault(),n===l)return c([{path:"/after_id",message:"choose a different photo than the one before"}]);c([]),ce(`/staff/patients/${e}/photos/compare?before=${n}&after=${l}`)}} novalidate>
      <${U} errors=${p} />
      <div class="grid grid--2">
        <${F} label="Before" pointer="/before_id" errors=${p} value=${n} onValue=${i} options=${m} />
        <${F} label="After" pointer="/after_id" errors=${p} value=${l} onValue=${d} options=${m} />
      </div>
      <button type="submit" class="button">Compare</button>
    </form>
  </section>`}function dn(e){return e.points.filter(t=>!t.calibrated).map(t=>t.photo_id)}function Oi({patientId:e,photos:t}){let a=gt.filter(([d])=>t.some(p=>p.view===d&&p.analysed_at)),[r,s]=h(a.length?a[0][0]:"front"),n=t.filter(d=>d.view===r&&d.analysed_at).map(d=>d.analysed_at).sort().at(-1)||"",i=T(a.length?`/api/v1/patients/${e}/photo-trend?view=${r}`:null),l=H(n);return M(()=>{l.current!==n&&(l.current=n,i.reload())},[n]),a.length===0?null:o`<section class="card" aria-labelledby="trend-heading">
    <h2 id="trend-heading">Trend over the timepoints</h2>
    <p class="muted">Each measured photo of the view, by timepoint. Compare two photos to see which changes go beyond each metric’s minimal detectable change.</p>
    ${a.length>1&&o`<${F} label="View" pointer="/trend_view" value=${r} onValue=${s} options=${a} />`}
    <${k} error=${i.error} onRetry=${i.reload} />
    ${i.data&&o`<div class="trend-grid">
      ${sr(i.data).map(d=>o`<${cr} metric=${d} series=${i.data.metrics[d]} uncalibrated=${dn(i.data)} />`)}
    </div>`}
  </section>`}function cn({session:e,id:t}){let a=T(`/api/v1/patients/${t}`),r=T(`/api/v1/patients/${t}/photos`),[s,n]=h(null),[i,l]=h(null);j(a.data!==null&&r.data!==null&&s===null,"photos");let d=r.data?r.data.items:[],p=a.data?W(a.data):"Patient",c=async m=>{r.reload(),n(m.id),l(null);try{await S("POST",`/api/v1/photos/${m.id}/analysis`)}catch($){l($)}n(null),r.reload()};return o`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${t}`}>${p}</a></p>
    <div class="page-head">
      <div>
        <${w} title=${`Photos – ${p}`}>Photos</${w}>
        <p class="lead">${p} · before and after, measured against the colour card</p>
      </div>
    </div>
    <${k} error=${a.error||r.error} onRetry=${()=>(a.reload(),r.reload())} />
    <${or} patientId=${t} role=${e.role} />
    ${r.data&&o`<${ir} patientId=${t} photos=${d} onUploaded=${c} />`}
    <section class="card" aria-labelledby="photos-heading">
      <h2 id="photos-heading">Photos by timepoint</h2>
      ${r.loading&&!r.data&&o`<${E} label="Loading the photos…" />`}
      ${s&&o`<p role="status" class="muted">Measuring the new photo…</p>`}
      ${i&&o`<div class="alert alert--warning" role="alert"><p>The photo is stored but could not be measured: ${i.detail}. Open it to try again.</p></div>`}
      ${r.data&&o`<${ln} photos=${d} base="/staff/photos" analysing=${s} />`}
    </section>
    ${d.length>=2&&o`<${Bi} key=${d.length} patientId=${t} photos=${d} />`}
    ${r.data&&o`<${Oi} patientId=${t} photos=${d} />`}
  </div>`}function Mi({photo:e,onSaved:t}){let[a,r]=h(e.notes||""),[s,n]=h(!1),[i,l]=h(null),[d,p]=h(!1),c=async $=>{$.preventDefault(),n(!0),l(null),p(!1);try{t(await S("PATCH",`/api/v1/photos/${e.id}`,{notes:a})),p(!0)}catch(u){l(u)}n(!1)},m=i&&i.status===400?i.errors:[];return o`<form class="form form--compact" onSubmit=${c} novalidate>
    <${U} errors=${m} />
    ${i&&i.status!==400&&o`<${k} error=${i} />`}
    <${$e} label="Capture notes" pointer="/notes" errors=${m} value=${a} onValue=${r} hint="Lighting, distance, anything that explains a difference. No more than 2000 characters." />
    <div class="form-actions">
      <${A} busy=${s}>Save the notes</${A}>
      ${d&&o`<span role="status" class="muted">Saved.</span>`}
    </div>
  </form>`}function Ii({analysis:e}){if(!e.quality||!e.quality.usable)return o`<div class="alert alert--warning"><p>Not measurable: ${e.quality&&e.quality.reasons.join(", ")||"unknown reason"}. Take the photo again.</p></div>`;let t=e.metrics||{},a=[],r=(n,i)=>Object.entries(n).forEach(([l,d])=>d&&typeof d=="object"?r(d,`${i}${l}.`):typeof d=="number"&&a.push([`${i}${l}`,d]));r(t,"");let s=n=>ze.includes(n)?ze.indexOf(n):ze.length;return a.sort(([n],[i])=>s(n)-s(i)),o`<div>
    <p>
      ${e.card&&e.card.found?`Colour card found (residual ΔE ${e.card.residual_delta_e}); sizes in millimetres.`:"No colour card found: colour metrics are left out and sizes are in pixels."}
    </p>
    <dl class="facts facts--wide" data-analysis="metrics">
      ${a.map(([n,i])=>o`<div><dt>${Mt(n)}</dt><dd>${Pe(n,i)}</dd></div>`)}
    </dl>
  </div>`}function pr({session:e,id:t,portal:a=!1}){let r=T(`/api/v1/photos/${t}`),[s,n]=h(!1),[i,l]=h(null);j(r.data!==null||r.error!==null,a?"portal-photo":"photo");let d=r.data,p=async()=>{n(!0),l(null);try{let m=await S("POST",`/api/v1/photos/${t}/analysis`);r.setData({...d,analysis:m,analysed_at:new Date().toISOString()})}catch(m){l(m)}n(!1)},c=a?"/portal/photos":d?`/staff/patients/${d.patient_id}/photos`:null;return o`<div class="stack">
    <p class="crumbs">${c?o`<a href=${c}>${a?"My photos":"Photos"}</a>`:o`<a href=${a?"/portal":"/staff/patients"}>${a?"My plan":"Patients"}</a>`}</p>
    <${w} title="Photo">${d?zt(d):"Photo"}</${w}>
    ${r.loading&&o`<${E} label="Loading the photo…" />`}
    ${r.error&&(r.error.status===404?o`<div class="alert alert--error" role="alert"><p>${a?"There is no photo of yours at this address.":"There is no such photo in this clinic."}</p></div>`:o`<${k} error=${r.error} onRetry=${r.reload} />`)}
    ${d&&o`<div class="columns">
      <figure class="card columns__main photo-full">
        <img src=${d.image_url} alt=${`${zt(d)}${d.patient_taken?", taken by the patient":""}`} width=${d.width} height=${d.height} />
        <figcaption class="muted">
          ${d.width} × ${d.height} px, ${d.format.toUpperCase()} · uploaded <${ue} date=${d.created_at.slice(0,10)} />
          ${d.patient_taken&&o` · <${B} kind="neutral">${a?"Taken by you":"Patient-taken"}</${B}>`}
          ${" · "}<a href=${d.image_url} download=${`photo-${d.id}.${d.format==="png"?"png":"jpg"}`}>Download the original</a>
        </figcaption>
      </figure>
      <div class="columns__side stack">
        ${!a&&o`<section class="card" aria-labelledby="measure-heading">
          <h2 id="measure-heading">Measurements</h2>
          <${k} error=${i} />
          ${d.analysis?o`<${Ii} analysis=${d.analysis} />`:o`<p class="muted">Not measured yet.</p>`}
          <button type="button" class="button button--secondary" disabled=${s} onClick=${p}>${s?"Measuring…":d.analysis?"Measure again":"Measure the photo"}</button>
        </section>`}
        <section class="card" aria-labelledby="notes-heading">
          <h2 id="notes-heading">Notes</h2>
          ${a?o`<p>${d.notes||"No notes."}</p>`:o`<${Mi} photo=${d} onSaved=${m=>r.setData({...d,...m})} />`}
        </section>
      </div>
    </div>`}
  </div>`}function zi({url:e,width:t,height:a,beforeName:r,afterName:s}){let[n,i]=h(50),l=Math.round(t*n/100);return o`<figure class="wipe">
    <svg class="wipe__view" viewBox=${`0 0 ${t} ${a}`} role="img" aria-label=${`${r} left of the line, ${s} right of it`}>
      <svg x="0" y="0" width=${t} height=${a} viewBox=${`0 0 ${t} ${a}`} preserveAspectRatio="none">
        <image href=${e} x="0" y="0" width=${2*t} height=${a} preserveAspectRatio="none" />
      </svg>
      <clipPath id="wipe-clip"><rect class="wipe__clip" x=${l} y="0" width=${t-l} height=${a} /></clipPath>
      <g clip-path="url(#wipe-clip)">
        <svg x="0" y="0" width=${t} height=${a} viewBox=${`${t} 0 ${t} ${a}`} preserveAspectRatio="none">
          <image href=${e} x="0" y="0" width=${2*t} height=${a} preserveAspectRatio="none" />
        </svg>
      </g>
      <line class="wipe__line" x1=${l} y1="0" x2=${l} y2=${a} />
    </svg>
    <div class="wipe__control">
      <label for="wipe-position">Wipe: move the line (${r} on the left, ${s} on the right)</label>
      <input
        id="wipe-position"
        type="range"
        min="0"
        max="100"
        step="1"
        value=${n}
        aria-valuetext=${`${n}% ${r}, ${100-n}% ${s}`}
        onInput=${d=>i(Number(d.currentTarget.value))}
      />
    </div>
  </figure>`}var Fi=[["spots","Spots (outlined)"],["lines","Lines and wrinkles"],["pores","Pores (circled)"]];function qi({changes:e}){let t=rn(e);return o`<div class="table-scroll">
    <table class="table changes" data-changes>
      <caption class="visually-hidden">Each metric before and after, its change and its minimal detectable change</caption>
      <thead>
        <tr><th scope="col">Metric</th><th scope="col">Before</th><th scope="col">After</th><th scope="col">Change</th><th scope="col">Minimal detectable change</th><th scope="col">Beyond it?</th></tr>
      </thead>
      <tbody>
        ${t.map(a=>o`<tr data-metric=${a.metric}>
            <th scope="row">${Mt(a.metric)}</th>
            <td>${Pe(a.metric,a.before)}</td>
            <td>${Pe(a.metric,a.after)}</td>
            <td>${Pe(a.metric,a.change,{signed:!0})}</td>
            <td>${a.mdc===null||a.mdc===void 0?"—":`±${Pe(a.metric,a.mdc)}`}</td>
            <td>${a.change===null||a.change===void 0?o`<span class="muted">Not measured</span>`:a.significant?o`<${B} kind="ok">Significant</${B}>`:o`<${B} kind="neutral">Within noise</${B}>`}</td>
          </tr>`)}
      </tbody>
    </table>
  </div>`}function Vi(){let e=new URLSearchParams(location.search),t=a=>/^[1-9][0-9]{0,17}$/.test(e.get(a)||"")?Number(e.get(a)):null;return{before:t("before"),after:t("after")}}function pn({id:e}){let[t]=h(Vi),a=T(t.before?`/api/v1/photos/${t.before}`:null),r=T(t.after?`/api/v1/photos/${t.after}`:null),s=a.data?a.data.view:null,n=T(s?`/api/v1/patients/${e}/photo-trend?view=${s}`:null),[i,l]=h({data:null,error:null});M(()=>{if(!t.before||!t.after)return;let f=new AbortController;return S("POST","/api/v1/photos/compare",{before_id:t.before,after_id:t.after,overlays:!0},{signal:f.signal}).then(b=>l({data:b,error:null}),b=>b.name!=="AbortError"&&l({data:null,error:b})),()=>f.abort()},[]);let d=i.data!==null&&n.data!==null||i.error!==null||!t.before||!t.after;j(d,"compare");let p=i.data,c=a.data?zt(a.data):"Before",m=r.data?zt(r.data):"After",$=p&&p.registration,u=p&&p.overlays||{};return o`<div class="stack">
    <p class="crumbs"><a href=${`/staff/patients/${e}/photos`}>Photos</a></p>
    <${w} title="Comparison">Comparison</${w}>
    <p class="lead">${c} → ${m}</p>
    ${(!t.before||!t.after)&&o`<div class="alert alert--error" role="alert"><p>Choose two photos to compare on the photos page.</p></div>`}
    ${i.error&&o`<${ye} error=${i.error} />`}
    ${!p&&!i.error&&t.before&&t.after&&o`<${E} label="Registering and measuring the pair…" />`}
    ${p&&o`<section class="card" aria-labelledby="registration-heading">
        <h2 id="registration-heading">Registration</h2>
        ${$&&$.ok?o`<p data-registration="ok">The after photo is aligned onto the before: rotated ${$.rotation_deg.toFixed(1)}°, scaled ×${$.scale.toFixed(3)}, shifted ${$.shift_px.map(f=>f.toFixed(0)).join(", ")} px (residual ${$.rms_px.toFixed(2)} px).</p>`:o`<div class="alert alert--warning" role="status" data-registration="failed"><p>The two photos could not be aligned${$&&$.reason?` (${$.reason})`:""}: the metrics are not compared. Retake the follow-up with the capture guide.</p></div>`}
      </section>
      ${u.side_by_side&&o`<section class="card" aria-labelledby="side-heading">
        <h2 id="side-heading">Side by side</h2>
        <figure class="overlay-figure">
          <img src=${u.side_by_side.url} alt=${`${c} on the left, ${m} ${$&&$.ok?"aligned to it":"not aligned"} on the right`} width=${2*p.before.width} height=${p.before.height} />
          <figcaption class="overlay-caption"><span>${c}</span><span>${m} ${$&&$.ok?"(aligned)":"(not aligned)"}</span></figcaption>
        </figure>
      </section>`}
      ${u.side_by_side&&$&&$.ok&&o`<section class="card" aria-labelledby="wipe-heading">
        <h2 id="wipe-heading">Wipe</h2>
        <${zi} url=${u.side_by_side.url} width=${p.before.width} height=${p.before.height} beforeName=${c} afterName=${m} />
      </section>`}
      ${u.features_before&&o`<section class="card" aria-labelledby="features-heading">
        <h2 id="features-heading">Features found</h2>
        <ul class="legend" aria-label="Legend">
          ${Fi.map(([f,b])=>o`<li data-feature=${f}><span class=${`swatch swatch--${f}`} aria-hidden="true"></span>${b}</li>`)}
        </ul>
        <div class="grid grid--2 grid--top">
          <figure class="overlay-figure"><img src=${u.features_before.url} alt=${`${c} with the features marked`} width=${p.before.width} height=${p.before.height} /><figcaption>${c}</figcaption></figure>
          <figure class="overlay-figure"><img src=${u.features_after.url} alt=${`${m} with the features marked`} width=${p.after.width} height=${p.after.height} /><figcaption>${m}</figcaption></figure>
        </div>
      </section>`}
      <section class="card" aria-labelledby="changes-heading">
        <h2 id="changes-heading">Changes</h2>
        <p class="muted">A change counts only beyond the metric’s minimal detectable change (what repeat photos of unchanged skin differ by). Counts and areas are over the region both photos show.</p>
        ${p.changes?o`<${qi} changes=${p.changes} />`:o`<p>Not compared: the photos could not be aligned.</p>`}
      </section>`}
    ${n.data&&o`<section class="card" aria-labelledby="trend-heading">
      <h2 id="trend-heading">Trend over the timepoints (${Ze(n.data.view).toLowerCase()})</h2>
      <p class="muted">
        ${p&&p.changes?"Each measured photo of this view, by timepoint. The shaded band is the first value ± the metric’s minimal detectable change: a point inside it has not changed beyond noise.":"Each measured photo of this view, by timepoint, drawn from zero (no minimal detectable change without an aligned comparison)."}
      </p>
      ${n.data.points.length<2&&o`<p class="muted">The trend needs two measured photos of this view; measure the photos from their pages.</p>`}
      <div class="trend-grid">
        ${sr(n.data).map(f=>o`<${cr} metric=${f} series=${n.data.metrics[f]} uncalibrated=${dn(n.data)} mdc=${p&&p.changes&&p.changes[f]?p.changes[f].mdc:null} />`)}
      </div>
    </section>`}
  </div>`}function un({session:e}){let t=e.user.patient_id,a=T(`/api/v1/patients/${t}/photos`);j(a.data!==null,"portal-photos");let r=a.data?a.data.items:[];return o`<div class="stack portal">
    <p class="crumbs"><a href="/portal">My plan</a></p>
    <${w} title="My photos">My photos</${w}>
    <p class="lead">Photos of your skin over the treatment. Only you and your clinic see them.</p>
    <${k} error=${a.error} onRetry=${a.reload} />
    <${or} patientId=${t} portal />
    ${a.data&&o`<${ir} patientId=${t} photos=${r} portal onUploaded=${()=>a.reload()} />`}
    <section class="card" aria-labelledby="photos-heading">
      <h2 id="photos-heading">Your photos</h2>
      ${a.loading&&!a.data&&o`<${E} label="Loading your photos…" />`}
      ${a.data&&o`<${ln} photos=${r} base="/portal/photos" portal />`}
    </section>
  </div>`}function mn({session:e,id:t}){return o`<div class="portal"><${pr} session=${e} id=${t} portal /></div>`}function ji(e,t){let a=e.slice(0,t).split(/\r?\n/);return[a.length,a.pop().length+1]}function Ui(e,t,a){let r=e.split(/\r?\n/),s="",n=(Math.log10(t+1)|0)+1;for(let i=t-1;i<=t+1;i++){let l=r[i-1];l&&(s+=i.toString().padEnd(n," "),s+=":  ",s+=l,s+=`
`,i===t&&(s+=" ".repeat(n+a+2),s+=`^
`))}return s}var D=class e extends Error{line;column;codeblock;constructor(t,a){let[r,s]=ji(a.toml,a.ptr),n=Ui(a.toml,r,s);super(`Invalid TOML document: ${t}

${n}`,a),this.line=r,this.column=s,this.codeblock=n}static x(t,a,r){throw new e(t,{toml:a.s,ptr:r??a.p})}};function Sa(e){let t=e.p,a=e.s.charCodeAt(e.p++),r=a,s=a===39,n=a===e.s.charCodeAt(e.p)&&a===e.s.charCodeAt(e.p+1);n&&((a=e.s.charCodeAt(e.p+=2))===10?e.p++:a===13&&e.s.charCodeAt(e.p+1)===10&&(e.p+=2));let i="",l=e.p,d=0;for(;e.p<e.s.length;e.p++)if(a=e.s.charCodeAt(e.p),n&&(a===10||a===13&&e.s.charCodeAt(e.p+1)===10))d=d&&3;else if(a<32&&a!==9||a===127)D.x("control characters are not allowed in strings",e);else if((!d||d===3)&&a===r&&(!n||e.s.charCodeAt(e.p+1)===r&&e.s.charCodeAt(e.p+2)===r)){if(n&&(e.s.charCodeAt(e.p+3)===r&&e.p++,e.s.charCodeAt(e.p+3)===r&&e.p++),!d){let p=e.s.slice(l,e.p);i=i?i+p:p}return e.p+=n?3:1,i}else if(!d)!s&&a===92&&(i+=e.s.slice(l,l=e.p),d=1);else if(d===1)if(a===120||a===117||a===85){let p=e.p++-1,c=0,m=a===120?2:a===117?4:8;for(let $=0;$<m;$++,e.p++){let u=e.s.charCodeAt(e.p),f=u>=48&&u<=57?u-48:u>=65&&u<=70?u-65+10:u>=97&&u<=102?u-97+10:-1;f<0&&D.x("invalid non-hex character in unicode escape",e),c=c<<4|f}(c<0||c>1114111||c>=55296&&c<=57343)&&D.x("invalid unicode escape",e,p),i+=String.fromCodePoint(c),l=e.p--,d=0}else n&&(a===32||a===9)?d=2:(a===98?i+="\b":a===116?i+="	":a===110?i+=`
`:a===102?i+="\f":a===114?i+="\r":a===101?i+="\x1B":a===34?i+='"':a===92?i+="\\":D.x("unrecognised escape sequence",e),l=e.p+1,d=0);else a!==32&&a!==9&&(d===2&&D.x("invalid escape: only line-ending whitespace may be escaped",e,l),d=!s&&a===92?1:0,l=e.p);D.x("unfinished string",e,t)}var Wi=/^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i,Ft=class e extends Date{#t=!1;#a=!1;#e=null;constructor(t,a,r){let s=!0,n=!0,i="Z",l;if(typeof t=="string")if(a)e:{if(a<3){if(+t.slice(11,13)>23){t="";break e}a===2?(i=null,t+="Z"):(l=t.charCodeAt(t.length-1))!==90&&l!==122&&(i=t.slice(t.length-6)),r&&(t=t.slice(0,10)+"T"+t.slice(11))}else a===4&&(t=+t.slice(0,2)>23?"":`0000-01-01T${t}Z`);s=a!==4,n=a!==3}else{let d=t.match(Wi);d?(d[1]||(s=!1,t=`0000-01-01T${t}`),n=!!d[2],n&&t[10]===" "&&(t=t.replace(" ","T")),d[2]&&+d[2]>23?t="":(i=d[3]||null,!i&&n&&(t+="Z"))):t=""}super(t),isNaN(this.getTime())||(this.#t=s,this.#a=n,this.#e=i)}isDateTime(){return this.#t&&this.#a}isLocal(){return!this.#t||!this.#a||!this.#e}isDate(){return this.#t&&!this.#a}isTime(){return this.#a&&!this.#t}isValid(){return this.#t||this.#a}toISOString(){let t=super.toISOString();if(this.isDate())return t.slice(0,10);if(this.isTime())return t.slice(11,23);if(this.#e===null)return t.slice(0,-1);if(this.#e==="Z"||this.#e==="z")return t;let a=+this.#e.slice(1,3)*60+ +this.#e.slice(4,6);return a=this.#e[0]==="-"?a:-a,new Date(this.getTime()-a*6e4).toISOString().slice(0,-1)+this.#e}static wrapAsOffsetDateTime(t,a="Z"){let r=new e(t);return r.#e=a,r}static wrapAsLocalDateTime(t){let a=new e(t);return a.#e=null,a}static wrapAsLocalDate(t){let a=new e(t);return a.#a=!1,a.#e=null,a}static wrapAsLocalTime(t){let a=new e(t);return a.#t=!1,a.#e=null,a}};function we(e,t=10){return t===16?e>47&&e<58||e>64&&e<71||e>96&&e<103:e>47&&e<48+t}function mr(e,t){return e===32||e===9||e===10||e===13||t&&(e===t||e===44)||e===35}function Vt(e,t){let a=e.p,r=e.s.charCodeAt(e.p);if(r===91||r===123){e.d--||D.x("document contains excessively nested structures. aborting.",e);let s=r===91?hn(e):$n(e);return e.d++,s}return r===34||r===39?Sa(e):r===116?((e.s.charCodeAt(++e.p)!==114||e.s.charCodeAt(++e.p)!==117||e.s.charCodeAt(++e.p)!==101)&&D.x("invalid value",e,a),e.p++,!0):r===102?((e.s.charCodeAt(++e.p)!==97||e.s.charCodeAt(++e.p)!==108||e.s.charCodeAt(++e.p)!==115||e.s.charCodeAt(++e.p)!==101)&&D.x("invalid value",e,a),e.p++,!1):r===43||r===45?Ca(e,e.p,e.s.charCodeAt(++e.p),44-r,t):e.s.charCodeAt(e.p+4)===45&&e.s.charCodeAt(e.p+7)===45?Hi(e,r,t):e.s.charCodeAt(e.p+2)===58?Zi(e,r,t):Ca(e,e.p,r,0,t)}function Ca(e,t,a,r,s){let n=a,i=0,l=!1;if(n===105)return(e.s.charCodeAt(++e.p)!==110||e.s.charCodeAt(++e.p)!==102)&&D.x("invalid value",e,t),e.p++,(r||1)/0;if(n===110)return(e.s.charCodeAt(++e.p)!==97||e.s.charCodeAt(++e.p)!==110)&&D.x("invalid value",e,t),e.p++,NaN;if(n===48){if(++e.p>=e.s.length||mr(n=e.s.charCodeAt(e.p),s))return e.bi===!0?0n:0;if(!r){if(n===120)return ur(e,t,16,s);if(n===98)return ur(e,t,2,s);if(n===111)return ur(e,t,8,s)}n===46?i=2:n===101||n===69?i=4:D.x("illegal leading zero",e,t)}else we(n)||D.x("invalid value",e,t);for(;++e.p<e.s.length&&(n=e.s.charCodeAt(e.p),!mr(n,s));)i||(i=1),n===95?(i&1||D.x("illegal underscore",e),i+=11,l=!0):i===1&&n===46?i=2:(i===1||i===3)&&(n===101||n===69)?i=4:i===4&&(n===43||n===45)?i=6:we(n)?i>9?i-=11:i&1||i++:D.x("illegal character in numeric literal",e);if(!i){let p=(a-48)*(r||1);return e.bi===!0?BigInt(p):p}i&1||D.x("unfinished numeric value",e,t);let d=e.s.slice(t,e.p);return l&&(d=d.replaceAll("_","")),i>1?parseFloat(d):fn(e,d,10,t)}function ur(e,t,a,r){let s,n=1;for(;++e.p<e.s.length&&(s=e.s.charCodeAt(e.p),!mr(s,r));)s===95?(n&1&&D.x("illegal underscore",e),n=3):we(s,a)?n&1&&n--:D.x("illegal character in numeric literal",e);n&1&&D.x("unfinished numeric value",e);let i=e.s.slice(t+2,e.p);return n&&(i=i.replaceAll("_","")),fn(e,i,a,t)}function fn(e,t,a,r){if(e.bi!==!0)e:{let s=parseInt(t,a);if(!Number.isSafeInteger(s)){if(e.bi)break e;D.x("integer value cannot be represented losslessly",e,r)}return s}return BigInt(a===10?t:(a===2?"0b":a===8?"0o":"0x")+t)}function Hi(e,t,a){let r=e.p++,s;if(!we(t)||!we(e.s.charCodeAt(e.p++))||!we(e.s.charCodeAt(e.p++))||!we(e.s.charCodeAt(e.p++)))return Ca(e,e.p=r,t,0,a);if(e.p+=5,we(e.s.charCodeAt(e.p++))||D.x("invalid date-time: date part is malformed",e,r),e.p>=e.s.length||((t=e.s.charCodeAt(e.p))!==32||(s=!0,!we(e.s.charCodeAt(e.p+1))))&&t!==84&&t!==116){let i=e.s.slice(r,e.p);return qt(e,i,3,!1,r)}if(e.s.charCodeAt(e.p+=3)!==58&&D.x("invalid date-time: time part is malformed",e,r),e.s.charCodeAt(e.p+=3)===58&&(e.p+=3),e.s.charCodeAt(e.p)===46)for(;we(e.s.charCodeAt(++e.p)););if(t=e.s.charCodeAt(e.p)){if(t===90||t===122){let i=e.s.slice(r,++e.p);return qt(e,i,1,s,r,"[+00:00]")}if(t===43||t===45){let i=e.s.slice(r,e.p+=6);return qt(e,i,1,s,r,!e.ld&&"["+e.s.slice(e.p-6,e.p)+"]")}}let n=e.s.slice(r,e.p);return qt(e,n,2,s,r)}function Zi(e,t,a){let r=e.p;if(!we(t)||!we(e.s.charCodeAt(++e.p)))return Ca(e,--e.p,t,0,a);if(e.s.charCodeAt(e.p+=4)===58&&(e.p+=3),e.s.charCodeAt(e.p)===46)for(;we(e.s.charCodeAt(++e.p)););let s=e.s.slice(r,e.p);return qt(e,s,4,!1,r)}function qt(e,t,a,r,s,n){if(e.ld){let i=new Ft(t,a,r);return i.isValid()||D.x("invalid date",e,s),i}try{switch(n&&(t+=n),a){case 1:return Temporal.ZonedDateTime.from(t);case 2:return Temporal.PlainDateTime.from(t);case 3:return Temporal.PlainDate.from(t);case 4:return Temporal.PlainTime.from(t)}}catch(i){D.x(i instanceof Error?i.message:""+i,e,s)}}function Gi(e){for(;e.p<e.s.length;e.p++){let t=e.s.charCodeAt(e.p);if(t===10)break;if(t===13&&e.s.charCodeAt(e.p+1)===10){e.p++;break}(t<32&&t!==9||t===127)&&D.x("control characters are not allowed in comments",e)}}function Ae(e,t,a){let r;for(;e.p<e.s.length;){for(;e.p<e.s.length&&((r=e.s.charCodeAt(e.p))===32||r===9||!t&&(r===10||r===13&&e.s.charCodeAt(e.p+1)===10));)e.p++;if(a||r!==35)break;Gi(e)}}function Ta(e,t=61){let a,r=0,s=[],n,i=e.s.charCodeAt(a=e.p);do{if(i===t)return r||D.x("unexpected end of key",e),r===1&&s.push(e.s.slice(n,e.p)),e.p++,s;i===46?(r||D.x("illegal empty bare key",e),r===1&&s.push(e.s.slice(n,e.p)),r=0):!r&&(i===34||i===39)?(i===e.s.charCodeAt(e.p+1)&&i===e.s.charCodeAt(e.p+2)&&D.x("illegal quoted key: multiline strings are not allowed",e),s.push(Sa(e)),r=2,e.p--):i===32||i===9?r===1&&(s.push(e.s.slice(n,e.p)),r=2):r===2||i<48&&i!==45||i>57&&i<65||i>90&&i<97&&i!==95||i>122?D.x("illegal character in key",e):r||(r=1,n=e.p)}while(i=e.s.charCodeAt(++e.p));D.x("incomplete key-value: cannot find end of key",e,a)}function $n(e){let t=e.p++,a=Object.create(null),r=new Set,s;for(;e.p<e.s.length;){if(Ae(e),(s=e.s.charCodeAt(e.p))===125)return e.p++,a;let n,i=a,l=!1,d=e.p,p=Ta(e);for(let m=0;m<p.length;m++){m&&(i=l?i[n]:i[n]=Object.create(null)),n=p[m],(l=Object.hasOwn(i,n))&&(typeof i[n]!="object"||r.has(i[n]))&&D.x("trying to redefine an already defined value",e,d);let $=n==="__proto__";if(e.uk&&($||n==="constructor")){i=e.uk!==1&&D.x("document contains an unsafe property",e,d);break}!l&&$&&Object.defineProperty(i,n,{enumerable:!0,configurable:!0,writable:!0})}l&&D.x("trying to redefine an already defined value",e,d),Ae(e,!0,!0);let c=Vt(e,125);if(i&&typeof(i[n]=c)=="object"&&r.add(c),Ae(e),(s=e.s.charCodeAt(e.p++))===125)return a;s!==44&&D.x("expected comma or end of structure",e,e.p-1)}D.x("unfinished table",e,t)}function hn(e){let t=e.p++,a=[],r;for(;e.p<e.s.length;){if(Ae(e),(r=e.s.charCodeAt(e.p))===93)return e.p++,a;if(a.push(Vt(e,93)),Ae(e),(r=e.s.charCodeAt(e.p++))===93)return a;r!==44&&D.x("expected comma or end of structure",e,e.p-1)}D.x("unfinished array",e,t)}function gn(e,t,a,r,s){let n=a,i=r,l,d=!1,p;for(let c=0;c<t.length;c++){if(c){if(n=d?n[l]:n[l]=Object.create(null),i=(p=i[l]).c,s===0&&(p.t===1||p.t===2))return null;if(p.t===2){let m=n.length-1;n=n[m],i=i[m].c}}if(l=t[c],(d=Object.hasOwn(n,l))&&i[l]?.t===0&&i[l]?.d)return null;if(!d){let m=l==="__proto__";if(e.uk&&(m||l==="constructor"))return!1;m&&(Object.defineProperty(n,l,{enumerable:!0,configurable:!0,writable:!0}),Object.defineProperty(i,l,{enumerable:!0,configurable:!0,writable:!0})),i[l]={t:c<t.length-1&&s===2?3:s,d:!1,i:0,c:Object.create(null)}}}if(p=i[l],p.t!==s&&!(s===1&&p.t===3)||(s===2&&(p.d||(p.d=!0,n[l]=[]),n[l].push(n=Object.create(null)),p.c[p.i++]=p={t:1,d:!1,i:0,c:Object.create(null)}),p.d))return null;if(p.d=!0,s===1)n=d?n[l]:n[l]=Object.create(null);else if(s===0&&d)return null;return[l,n,p.c]}function bn(e,t,a){(t===null||e.uk===2)&&D.x(t===null?"trying to redefine an already defined table or value":"document contains an unsafe property",e,a)}function jt(e,t={}){let a={s:e,p:0,d:t.maxDepth??1e3,bi:t.integersAsBigInt??!1,ld:t.useLegacyDate??!0,uk:t.unsafeKeyBehaviour==="throw"?2:t.unsafeKeyBehaviour==="drop"?1:0},r=Object.create(null),s=Object.create(null),n,i=!1,l=r,d=s;for(e.charCodeAt(0)===65279&&a.p++,Ae(a);a.p<e.length;){if(e.charCodeAt(a.p)===91){let p=e.charCodeAt(++a.p)===91;n=a.p+=+p,i=!1;let c=Ta(a,93);p&&(e.charCodeAt(a.p)!==93&&D.x("expected end of table array declaration",a),a.p++);let m=gn(a,c,r,s,p?2:1);m?(d=m[2],l=m[1]):(bn(a,m,n),i=!0)}else{n=a.p;let p=Ta(a),c=gn(a,p,l,d,0);!c&&!i&&bn(a,c,n),Ae(a,!0,!0);let m=Vt(a,void 0);c&&!i&&(c[1][c[0]]=m)}Ae(a,!0),a.p<e.length&&(n=e.charCodeAt(a.p))!==10&&(n!==13||e.charCodeAt(a.p+1)!==10)&&D.x("each key-value declaration must be followed by an end-of-line",a),Ae(a)}return r}var Cm=!!"".isWellFormed;function _n(e,t){let[a,r,s]=e.split("-").map(Number);return new Date(Date.UTC(a,r-1,s+t)).toISOString().slice(0,10)}function Re({items:e,sessionDate:t,label:a}){if(!e||e.length===0)return null;let r=e.map(c=>c.to||_n(c.from,7)),s=[t,...e.map(c=>c.from)].sort()[0],n=[t,...r].sort().at(-1),i=Math.max(1,Ka(s,n)+1),l=c=>Ka(s,c)/i*100,d=l(t)+50/i,p=[...e].sort((c,m)=>c.from<m.from?-1:c.from>m.from?1:0);return o`<ol class="care">
    ${p.map(c=>{let m=c.to||_n(c.from,7),$=l(c.from),u=Math.max(1.5,l(m)+100/i-$);return o`<li class="care__item" data-code=${c.code} data-from=${c.from} data-to=${c.to||void 0}>
        <div class="care__when">
          ${a&&o`<strong class="care__name">${a(c.code)}</strong>`}
          <span class="care__dates">${ca(c.from,c.to)}</span>
        </div>
        <svg class="care__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <rect class="care__track" x="0" y="3" width="100" height="4" />
          <rect class=${`care__span ${c.to?"":"care__span--open"}`} x=${$} y="1" width=${u} height="8" rx="1" />
          <line class="care__session" x1=${d} x2=${d} y1="0" y2="10" />
        </svg>
        <p class="care__text">${c.instruction}</p>
      </li>`})}
  </ol>
  <p class="care__legend muted small">
    <span class="care__legend-mark" aria-hidden="true"></span> The line marks the session on ${P(t,"weekday")}.
  </p>`}var fr={forehead:{shapes:[["rect",{x:170,y:50,width:220,height:66}]],point:[240,84],label:["left",72]},temples:{shapes:[["rect",{x:170,y:116,width:34,height:64}],["rect",{x:356,y:116,width:34,height:64}]],point:[186,140],label:["left",140]},periorbital:{shapes:[["ellipse",{cx:236,cy:150,rx:32,ry:19}],["ellipse",{cx:324,cy:150,rx:32,ry:19}]],point:[348,150],label:["right",118]},cheeks:{shapes:[["ellipse",{cx:222,cy:224,rx:38,ry:40}],["ellipse",{cx:338,cy:224,rx:38,ry:40}]],point:[205,226],label:["left",214]},nose:{shapes:[["path",{d:"M280 138 L262 228 Q280 242 298 228 Z"}]],point:[292,200],label:["right",190]},perioral:{shapes:[["ellipse",{cx:280,cy:276,rx:44,ry:22}]],point:[316,276],label:["right",262]},chin:{shapes:[["ellipse",{cx:280,cy:330,rx:40,ry:24}]],point:[300,334],label:["right",334]},jawline:{shapes:[["path",{d:"M178 250 Q192 314 242 344",class:"zone__stroke"}],["path",{d:"M382 250 Q368 314 318 344",class:"zone__stroke"}]],point:[196,304],label:["left",300]}},$r={neck:{shapes:[["rect",{x:189,y:62,width:22,height:20}],["rect",{x:349,y:62,width:22,height:20}]],point:[189,72],label:["left",58]},decolletage:{shapes:[["path",{d:"M162 84 L238 84 L230 122 L170 122 Z"}]],point:[172,102],label:["left",104]},arms:{shapes:[["rect",{x:136,y:88,width:22,height:118,rx:10}],["rect",{x:242,y:88,width:22,height:118,rx:10}],["rect",{x:296,y:88,width:22,height:118,rx:10}],["rect",{x:402,y:88,width:22,height:118,rx:10}]],point:[140,150],label:["left",150]},abdomen:{shapes:[["rect",{x:168,y:150,width:64,height:68}]],point:[180,190],label:["left",196]},hands:{shapes:[["ellipse",{cx:147,cy:222,rx:11,ry:15}],["ellipse",{cx:253,cy:222,rx:11,ry:15}],["ellipse",{cx:307,cy:222,rx:11,ry:15}],["ellipse",{cx:413,cy:222,rx:11,ry:15}]],point:[140,226],label:["left",242]},thighs:{shapes:[["rect",{x:170,y:246,width:28,height:88,rx:8}],["rect",{x:202,y:246,width:28,height:88,rx:8}],["rect",{x:330,y:262,width:28,height:74,rx:8}],["rect",{x:362,y:262,width:28,height:74,rx:8}]],point:[180,292],label:["left",292]},back:{shapes:[["rect",{x:328,y:84,width:64,height:134}]],point:[384,150],label:["right",130]},buttocks:{shapes:[["ellipse",{cx:345,cy:240,rx:17,ry:21}],["ellipse",{cx:375,cy:240,rx:17,ry:21}]],point:[386,244],label:["right",236]}};function Yi(e,t,a){let r=["zone"];return t&&r.push("zone--planned"),t&&t.override_reason&&r.push("zone--override"),a===e&&r.push("zone--selected"),r.join(" ")}function vn({table:e,byZone:t,selected:a,onSelect:r}){return Object.entries(e).map(([s,n])=>{let i=t[s];return o`<g
      class=${Yi(s,i,a)}
      data-zone=${s}
      onClick=${i&&r?()=>r(s):void 0}
    >
      ${n.shapes.map(([l,d])=>o`<${l} ...${d} />`)}
    </g>`})}function yn({table:e,byZone:t}){return Object.entries(e).filter(([a])=>t[a]).map(([a,r])=>{let[s,n]=r.label,i=s==="left"?6:554,l=s==="left"?"start":"end",d=t[a],p=9*Math.max(he(a).length+2,Ce(d.depth_mm).length)+6,c=s==="left"?i+p:i-p;return o`<g class=${d.capped_by_zone?"zone-label zone-label--capped":"zone-label"} data-zone=${a} data-capped=${d.capped_by_zone?"true":void 0}>
        <line x1=${c} y1=${n-4} x2=${r.point[0]} y2=${r.point[1]} />
        <circle cx=${r.point[0]} cy=${r.point[1]} r="3" />
        <text x=${i} y=${n-9} text-anchor=${l} class="zone-label__name">${he(a)}${d.override_reason?" *":""}${d.capped_by_zone?" †":""}</text>
        <text x=${i} y=${n+12} text-anchor=${l} class="zone-label__depth">${Ce(d.depth_mm)}</text>
      </g>`})}function wn(e){return e.map(t=>`${he(t.zone)} ${Ce(t.depth_mm)}${t.override_reason?" (changed)":""}${t.capped_by_zone?" (capped by the zone)":""}`).join("; ")}function kn({zones:e,selected:t,onSelect:a,caption:r}){let s=Object.fromEntries(e.map(l=>[l.zone,l])),n=e.filter(l=>fr[l.zone]),i=e.filter(l=>$r[l.zone]);return o`<figure class="zone-map">
    <div class="zone-map__pictures">
      ${(n.length>0||i.length===0)&&o`<svg
        class="zone-map__face"
        viewBox="0 0 560 400"
        role="img"
        aria-label=${`Face: ${n.length?wn(n):"no face zone planned"}`}
      >
        <defs><clipPath id="face-clip"><ellipse cx="280" cy="200" rx="110" ry="150" /></clipPath></defs>
        <ellipse class="outline" cx="280" cy="200" rx="110" ry="150" />
        <g clip-path="url(#face-clip)"><${vn} table=${fr} byZone=${s} selected=${t} onSelect=${a} /></g>
        <g class="features" aria-hidden="true">
          <path d="M214 128 Q236 118 258 128 M302 128 Q324 118 346 128" />
          <path d="M222 151 Q236 143 250 151 Q236 158 222 151 Z M310 151 Q324 143 338 151 Q324 158 310 151 Z" />
          <path d="M258 278 Q280 288 302 278" />
        </g>
        <${yn} table=${fr} byZone=${s} />
      </svg>`}
      ${i.length>0&&o`<svg
        class="zone-map__body"
        viewBox="0 0 560 420"
        role="img"
        aria-label=${`Body, front and back: ${i.length?wn(i):"no body zone planned"}`}
      >
        <g class="silhouette" aria-hidden="true">
          <circle cx="200" cy="40" r="24" /><circle cx="360" cy="40" r="24" />
          <rect x="168" y="122" width="64" height="28" /><rect x="168" y="218" width="64" height="28" />
          <rect x="174" y="334" width="22" height="74" rx="8" /><rect x="204" y="334" width="22" height="74" rx="8" />
          <rect x="334" y="336" width="22" height="72" rx="8" /><rect x="364" y="336" width="22" height="72" rx="8" />
        </g>
        <${vn} table=${$r} byZone=${s} selected=${t} onSelect=${a} />
        <text x="200" y="418" text-anchor="middle" class="zone-map__side">Front</text>
        <text x="360" y="418" text-anchor="middle" class="zone-map__side">Back</text>
        <${yn} table=${$r} byZone=${s} />
      </svg>`}
    </div>
    ${r&&o`<figcaption>${r}</figcaption>`}
  </figure>`}var Ut={proposed:["active","cancelled"],active:["completed","cancelled"],completed:[],cancelled:[]},hr=e=>`${e.charAt(0).toUpperCase()}${e.slice(1).replace(/\.$/,"")}.`;function Ki(e){if(!e)return[];let t=(e.errors||[]).map(r=>{let s=/^\/findings\/([a-z_]+)$/.exec(r.path||"");return s?`${be(s[1])}: ${r.message}.`:hr(r.message)}),a=e.detail?hr(e.detail):"";return[a,...t.filter(r=>r.toLowerCase()!==a.toLowerCase())].filter(Boolean)}var Qi={active:{label:"Activate the plan",busy:"Activating…"},completed:{label:"Mark as completed",confirm:"Mark it completed",question:"The series is finished: the plan can no longer be changed."},cancelled:{label:"Cancel the plan",confirm:"Cancel it",question:"The plan stops here and can no longer be changed or restarted; a new series needs a new plan."}};function Ji({plan:e,onPlanChange:t}){let[a,r]=h(!1),[s,n]=h(null),[i,l]=h(null),d=Ut[e.status]||[],p=async m=>{r(!0),n(null),l(null);try{let $=await S("PATCH",`/api/v1/plans/${e.id}`,{version:e.version,status:m});l(m),t($.plan)}catch($){n($)}r(!1)},c=s&&(s.status===422||s.status===400);return o`<section class="card lifecycle" aria-labelledby="lifecycle-heading">
    <h2 id="lifecycle-heading">Status: ${We(e.status)}</h2>
    ${d.length===0&&o`<p class="muted">This plan is ${We(e.status).toLowerCase()}: it can no longer be changed.</p>`}
    ${e.status==="proposed"&&o`<p class="muted">Activate it when the patient agrees; the screening must allow treatment on the first session’s date.</p>`}
    ${i&&o`<${L} kind="success"><p>The plan is now ${We(i).toLowerCase()}.</p></${L}>`}
    ${c&&o`<div class="alert alert--error" role="alert">
      <p><strong>Refused.</strong></p>
      <ul class="lifecycle__reasons">${Ki(s).map(m=>o`<li>${m}</li>`)}</ul>
    </div>`}
    ${s&&!c&&o`<${k} error=${s} />`}
    ${d.length>0&&o`<div class="form-actions">
      ${d.map(m=>{let $=Qi[m];return $.confirm?o`<${fe} key=${m} label=${$.label} confirmLabel=${$.confirm} busy=${a} onConfirm=${()=>p(m)}><p>${$.question}</p></${fe}>`:o`<button key=${m} type="button" class="button" disabled=${a} onClick=${()=>p(m)}>${a?$.busy:$.label}</button>`})}
    </div>`}
  </section>`}function Xi(e,t){return(e&&e.findings||[]).filter(a=>a.level==="defer"&&a.until&&(t===null||t.has(a.code)))}function el({plan:e,finding:t,onPlanChange:a,onWarnings:r}){let[s,n]=h(""),[i,l]=h(!1),[d,p]=h(null),c=d&&d.status===400?d.errors:[];return o`<form class="override-form" onSubmit=${async $=>{$.preventDefault(),l(!0),p(null);try{let u=await S("PATCH",`/api/v1/plans/${e.id}`,{version:e.version,overrides:[{finding:t.code,reason:s.trim()}]});r(u.warnings||[]),a(u.plan)}catch(u){p(u),l(!1)}}} novalidate aria-label=${`Override ${be(t.code)}`} data-finding=${t.code}>
    <p><strong>${be(t.code)}</strong>: defers treatment until <${ue} date=${t.until} />. ${t.message}</p>
    ${d&&d.status!==400&&o`<${k} error=${d} />`}
    ${pe(c,"/overrides/0/finding").map($=>o`<p class="field-error">${$}</p>`)}
    <${$e}
      label="Reason for setting it aside"
      hint="Your clinical judgement for this patient; kept with the plan and shown on it."
      pointer="/overrides/0/reason"
      errors=${c}
      value=${s}
      onValue=${n}
      rows=${2}
    />
    <${A} busy=${i} className="button--secondary">Override ${be(t.code).toLowerCase()}</${A}>
  </form>`}function tl({plan:e,screening:t,overridable:a,canOverride:r,onPlanChange:s,onWarnings:n}){let i=fa(),l=new Set(e.overrides.map(c=>c.finding)),d=Ut[e.status].length>0,p=Xi(t,a).filter(c=>!l.has(c.code));return e.overrides.length===0&&(p.length===0||!d)?null:o`<section class="card overrides" aria-labelledby="overrides-heading">
    <h2 id="overrides-heading">Deferrals set aside</h2>
    ${e.overrides.length===0&&o`<p class="muted">None: the screening’s deferrals apply.</p>`}
    ${e.overrides.length>0&&o`<ul class="overrides__list">
      ${e.overrides.map(c=>o`<li data-finding=${c.finding}>
          <strong>${be(c.finding)}</strong> overridden: “${c.reason}”
          <br /><span class="small muted">${i(c.by)}, ${me(c.at)}</span>
        </li>`)}
    </ul>`}
    ${d&&p.length>0&&(r?p.map(c=>o`<${el} key=${c.code} plan=${e} finding=${c} onPlanChange=${s} onWarnings=${n} />`):o`<p class="muted">${p.map(c=>be(c.code)).join(", ")} may be set aside for this plan by a provider, with a reason.</p>`)}
  </section>`}function al({timelines:e}){let[t,a]=h(0);if(!e||e.length===0)return null;let r=Math.min(t,e.length-1),s=e[r];return o`<section class="card session-care" aria-labelledby="session-care-heading">
    <h2 id="session-care-heading">Preparation and aftercare, session by session</h2>
    <div class="session-tabs" role="group" aria-label="Session">
      ${e.map((n,i)=>o`<button type="button" class=${`button button--small ${i===r?"":"button--secondary"}`} aria-pressed=${i===r?"true":"false"} onClick=${()=>a(i)}>
          Session ${n.session}<span class="session-tabs__date"> · ${P(n.date)}</span>
        </button>`)}
    </div>
    <div class="grid grid--2 grid--top" data-session=${s.session}>
      <div>
        <h3>Before session ${s.session}</h3>
        ${s.prep.length?o`<${Re} items=${s.prep} sessionDate=${s.date} label=${Pt} />`:o`<p class="muted">Nothing to prepare.</p>`}
      </div>
      <div>
        <h3>After session ${s.session}</h3>
        ${s.aftercare.length?o`<${Re} items=${s.aftercare} sessionDate=${s.date} label=${At} />`:o`<p class="muted">No aftercare.</p>`}
      </div>
    </div>
  </section>`}function rl({plan:e,onPlanChange:t,onWarnings:a}){let[r,s]=h("1"),[n,i]=h(""),[l,d]=h(""),[p,c]=h(!1),[m,$]=h(null),u=m&&m.status===400?m.errors:[];return o`<details class="move-session">
    <summary>Move a session</summary>
    <form class="form form--compact" onSubmit=${async b=>{b.preventDefault(),c(!0),$(null);try{let g={session:Number(r),date:n};l.trim()&&(g.reason=l.trim());let _=await S("PATCH",`/api/v1/plans/${e.id}`,{version:e.version,schedule:[g]});a(_.warnings||[]),t(_.plan),i(""),d("")}catch(g){$(g)}c(!1)}} novalidate aria-label="Move a session">
      ${m&&m.status!==400&&o`<${k} error=${m} />`}
      ${m&&m.status===400&&o`<${U} errors=${u} title="The move was refused" />`}
      <div class="grid grid--2">
        <${F}
          label="Session"
          pointer="/schedule/0/session"
          errors=${u}
          value=${r}
          onValue=${s}
          options=${e.schedule.map(b=>[String(b.session),`Session ${b.session} (${P(b.date)})`])}
        />
        <${C} label="New date" type="date" pointer="/schedule/0/date" errors=${u} value=${n} onValue=${i} required />
      </div>
      <${$e} label="Reason (if sessions get closer than the protocol’s spacing)" pointer="/schedule/0/reason" errors=${u} value=${l} onValue=${d} rows=${2} />
      <${A} busy=${p} className="button--secondary">Move the session</${A}>
    </form>
  </details>`}function xn({plan:e,canEdit:t,onPlanChange:a,onWarnings:r}){let s=e.schedule||[];return o`<section class="card" aria-labelledby="schedule-heading">
    <h2 id="schedule-heading">Sessions and dates</h2>
    ${s.length===0?o`<p>No dates yet: the first session is set once the deferral is resolved.</p>`:o`<ol class="sessions">
          ${s.map(n=>o`<li><span class="sessions__n">Session ${n.session}</span> <${ue} date=${n.date} style="weekday" /></li>`)}
        </ol>
        <p class="muted">Every ${e.interval_days.min}–${e.interval_days.max} days${e.interval_override_reason?` (changed: ${e.interval_override_reason})`:""}.</p>`}
    ${e.maintenance&&o`<p><strong>Maintenance:</strong> ${ca(e.maintenance.from,e.maintenance.to)}</p>`}
    ${e.computed&&(e.computed.follow_up_photos||[]).length>0&&o`<p><strong>Follow-up photos:</strong> ${e.computed.follow_up_photos.map(n=>P(n)).join(", ")}</p>`}
    ${t&&s.length>0&&Ut[e.status].length>0&&o`<${rl} plan=${e} onPlanChange=${a} onWarnings=${r} />`}
  </section>`}function ol({plan:e,zone:t,computed:a,onSaved:r,onCancel:s}){let n=e.zones.find(R=>R.zone===t),[i,l]=h(String(n.depth_mm.min)),[d,p]=h(String(n.depth_mm.max)),[c,m]=h(n.override_reason||""),[$,u]=h(!1),[f,b]=h(null),g=f&&f.status===400?f.errors:[],_="/zones/0",v=R=>R.trim()===""||Number.isNaN(Number(R))?R:Number(R),y=async R=>{R.preventDefault(),u(!0),b(null);try{let z=await S("PATCH",`/api/v1/plans/${e.id}`,{version:e.version,zones:[{zone:t,depth_mm:{min:v(i),max:v(d)},reason:c.trim()}]});r(z)}catch(z){b(z),u(!1)}},x=pe(g,`${_}/depth_mm`);return o`<form class="card depth-editor" onSubmit=${y} novalidate aria-labelledby="depth-editor-heading">
    <h3 id="depth-editor-heading">Change the depth: ${he(t)}</h3>
    <p class="muted">
      Protocol range ${Ce(n.protocol_depth_mm)}${a?`; hard maximum ${Number(a.hard_max_mm).toFixed(2)} mm`:""}.
      A depth outside the protocol’s range needs a reason.
    </p>
    ${f&&f.status!==400&&o`<${k} error=${f} />`}
    <${U} errors=${g} title="The change was refused" />
    <div class="grid grid--2" id=${K(`${_}/depth_mm`)} tabindex="-1">
      <${C} label="Minimum (mm)" type="number" step="0.05" min="0.05" max="5" inputmode="decimal" pointer=${`${_}/depth_mm/min`} errors=${g} value=${i} onValue=${l} required />
      <${C} label="Maximum (mm)" type="number" step="0.05" min="0.05" max="5" inputmode="decimal" pointer=${`${_}/depth_mm/max`} errors=${g} value=${d} onValue=${p} required />
    </div>
    ${x.length>0&&o`<div class="field-error">${x.map(R=>o`<p>${R}</p>`)}</div>`}
    <${$e} label="Reason" hint="Why this zone differs from the protocol (kept with the plan)." pointer=${`${_}/reason`} errors=${g} value=${c} onValue=${m} rows=${2} />
    <div class="form-actions">
      <${A} busy=${$}>Save depth</${A}>
      <button type="button" class="button button--quiet" onClick=${s}>Cancel</button>
    </div>
  </form>`}function nl({plan:e,computedZones:t,onEdit:a,canEdit:r}){let s=Ut[e.status].length>0;return o`<div class="table-scroll"><table class="table depth-table">
    <caption class="visually-hidden">Depth per zone</caption>
    <thead>
      <tr>
        <th scope="col">Zone</th>
        <th scope="col">Planned depth</th>
        <th scope="col">Protocol range</th>
        <th scope="col">Hard maximum</th>
        <th scope="col">Reason for change</th>
        ${r&&o`<th scope="col"><span class="visually-hidden">Actions</span></th>`}
      </tr>
    </thead>
    <tbody>
      ${e.zones.map(n=>{let i=t[n.zone];return o`<tr data-zone=${n.zone}>
          <th scope="row">${he(n.zone)}</th>
          <td class=${n.override_reason?"changed":""}>
            ${Ce(n.depth_mm)}
            ${i&&i.capped_by_zone&&o`<br /><span class="capped small">† capped by the zone</span>`}
          </td>
          <td>${Ce(n.protocol_depth_mm)}</td>
          <td>${i?`${Number(i.hard_max_mm).toFixed(2)} mm`:"—"}</td>
          <td>${n.override_reason||"—"}</td>
          ${r&&o`<td>${s&&o`<button type="button" class="button button--secondary button--small" onClick=${()=>a(n.zone)}>
            Change<span class="visually-hidden"> ${he(n.zone)}</span>
          </button>`}</td>`}
        </tr>`})}
    </tbody>
  </table></div>`}function Sn({plan:e,onPlanChange:t,canEdit:a,canOverride:r=!1,screening:s=null,overridable:n=null}){let[i,l]=h(null),[d,p]=h([]),c=e.schedule&&e.schedule[0]?e.schedule[0].date:null;if(!e.zones)return o`<div class="stack">
      <p><${B} kind="neutral">${We(e.status)}</${B}> ${te(e.sessions,"session")}</p>
      <${xn} plan=${e} />
      <p class="muted">Depths and clinical details are for the clinic’s providers.</p>
    </div>`;let m=e.computed||{},$=Object.fromEntries((m.zones||[]).map(v=>[v.zone,v])),u=(e.schedule||[]).map(v=>P(v.date)).join(", "),f=Ut[e.status].length>0,b=e.zones.map(v=>({...v,capped_by_zone:!!($[v.zone]&&$[v.zone].capped_by_zone)})),g=b.some(v=>v.capped_by_zone),_=v=>{!a||!f||(p([]),l(v),requestAnimationFrame(()=>document.getElementById("depth-editor-heading")?.scrollIntoView({block:"nearest"})))};return o`<div class="stack">
    <div class="plan-summary">
      <${B} kind="neutral">${We(e.status)}</${B}>
      <span>${te(e.sessions,"session")} every ${e.interval_days.min}–${e.interval_days.max} days</span>
      ${c&&o`<span>first on <strong>${P(c,"weekday")}</strong></span>`}
      ${(m.adjuncts||[]).length>0&&o`<span>Adjuncts: ${m.adjuncts.map(Et).join(", ")}</span>`}
      <span class="muted">Protocol ${e.protocol.name} ${e.protocol.version}</span>
    </div>
    ${d.map(v=>o`<${L} kind="warning"><p>${hr(v)}</p></${L}>`)}
    <section class="card" aria-labelledby="zones-heading">
      <h2 id="zones-heading">Zones and depths</h2>
      <div class="plan-zones">
        <${kn}
          zones=${b}
          selected=${i}
          onSelect=${a&&f?_:null}
          caption=${`${te(e.sessions,"session")}${u?`: ${u}`:""}. Depth is the needle-length setting; * marks a depth changed from the protocol${g?"; † a depth the zone’s default capped below what the concern asks for (deeper only as a change with a reason)":""}.`}
        />
        <div class="plan-zones__table">
          <${nl} plan=${e} computedZones=${$} onEdit=${_} canEdit=${a} />
          ${i&&o`<${ol}
            key=${`${i}-${e.version}`}
            plan=${e}
            zone=${i}
            computed=${$[i]}
            onCancel=${()=>l(null)}
            onSaved=${v=>{l(null),p(v.warnings||[]),t(v.plan)}}
          />`}
        </div>
      </div>
    </section>
    ${a&&o`<${Ji} plan=${e} onPlanChange=${t} />`}
    <${tl}
      plan=${e}
      screening=${s}
      overridable=${n}
      canOverride=${r}
      onPlanChange=${t}
      onWarnings=${p}
    />
    <${xn} plan=${e} canEdit=${a} onPlanChange=${t} onWarnings=${p} />
    ${(m.timelines||[]).length>0?o`<${al} timelines=${m.timelines} />`:c&&o`<div class="grid grid--2 grid--top">
          <section class="card" aria-labelledby="prep-heading">
            <h2 id="prep-heading">Preparation before session 1</h2>
            <${Re} items=${m.prep} sessionDate=${c} label=${Pt} />
          </section>
          <section class="card" aria-labelledby="aftercare-heading">
            <h2 id="aftercare-heading">Aftercare after session 1</h2>
            <${Re} items=${m.aftercare} sessionDate=${c} label=${At} />
          </section>
        </div>`}
    ${(m.adjunct_notes||[]).length>0&&o`<section class="card"><h2>Adjuncts</h2><ul>${m.adjunct_notes.map(v=>o`<li><strong>${Et(v.code)}</strong>${v.after_healing?" (after healing)":""}${v.evidence?`: ${v.evidence}`:""}</li>`)}</ul></section>`}
    ${(m.notes||[]).length>0&&o`<section class="card plan-notes"><h2>Notes</h2><ul>${m.notes.map(v=>o`<li data-topic=${v.topic}>${v.note}</li>`)}</ul></section>`}
  </div>`}function Cn(e){return e.map((t,a)=>({...t,gap_days:a===0?null:bo(e[a-1].start_local,t.start_local)}))}function Tn(e,t){let a=new Set;for(let r of e&&e.errors||[]){let s=/^\/sessions\/(\d+)/.exec(r.path||"");s&&t[+s[1]]&&a.add(t[+s[1]].session)}return[...a]}function sl({session:e,patientId:t,timeZone:a,onClose:r,onMove:s}){let[n,i]=h(e.start_local);return o`<${_e} title=${`Move session ${e.session}`} onClose=${r} wide>
    <p>Proposed: <strong>${P(Q(e.start_local),"weekday")}, ${ge(e.start_local)}</strong>. Pick another free time, or type one.</p>
    <${rt}
      kind="treatment"
      patientId=${t}
      timeZone=${a}
      initialDate=${Q(e.start_local)}
      initialProvider=${e.provider_id}
      label=${`use for session ${e.session}`}
      onPick=${l=>s({...e,start_local:l.start_local,end_local:l.end_local||"",provider_id:l.provider_id,room_id:l.room_id,device_id:l.device_id,moved:!0})}
    />
    <form
      class="form form--compact exact-time"
      novalidate
      onSubmit=${l=>{l.preventDefault(),n&&s({...e,start_local:n,end_local:"",room_id:null,device_id:null,moved:!0})}}
    >
      <div class="inline-form">
        <${C} label="Or type a start" pointer="/series-start" type="datetime-local" value=${n} onValue=${i} hint="Clinic time; the same provider, the first free room and pen" />
        <button type="submit" class="button button--secondary">Use this time</button>
      </div>
    </form>
  </${_e}>`}function il({sessions:e,minGap:t,providerName:a,resourceName:r,taken:s,onMove:n}){return o`<div class="table-scroll"><table class="table series-table">
    <caption class="visually-hidden">Proposed sessions</caption>
    <thead>
      <tr><th scope="col">Session</th><th scope="col">Date and time</th><th scope="col">Provider</th><th scope="col">Room</th><th scope="col">Pen</th><th scope="col">Gap</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr>
    </thead>
    <tbody>
      ${e.map(i=>o`<tr class=${i.moved?"session--moved":""} data-session=${i.session}>
          <th scope="row">${i.session}${s.includes(i.session)?o` <span class="badge badge--stop">Taken</span>`:""}</th>
          <td><time datetime=${i.start_local}>${P(Q(i.start_local),"weekday")}, ${i.end_local?Le(i):ge(i.start_local)}</time>${i.moved?o` <span class="muted">(moved)</span>`:""}</td>
          <td>${a(i.provider_id)}${i.provider_changed?o` <span class="muted">(another provider)</span>`:""}</td>
          <td>${i.room_id?r(i.room_id):o`<span class="muted">first free</span>`}</td>
          <td>${i.device_id?r(i.device_id):o`<span class="muted">first free</span>`}</td>
          <td class=${i.gap_days!==null&&t&&i.gap_days<t?"gap--short":""}>
            ${i.gap_days===null?"—":te(i.gap_days,"day")}${i.gap_days!==null&&t&&i.gap_days<t?o`<span> (under ${t})</span>`:""}
          </td>
          <td><button type="button" class="button button--quiet button--small" onClick=${()=>n(i)}>Move<span class="visually-hidden"> session ${i.session}</span></button></td>
        </tr>`)}
    </tbody>
  </table></div>`}function Pn({plan:e,patientName:t,role:a,timeZone:r}){let{providers:s,nameOf:n}=Te(),i=$t(),l=T(`/api/v1/patients/${e.patient_id}/appointments`),[d,p]=h(""),[c,m]=h(null),[$,u]=h(!1),[f,b]=h(null),[g,_]=h([]),[v,y]=h(null),[x,R]=h(""),[z,O]=h(null),[V,ne]=h(!1),[se,ie]=h(null),J=e.interval_days?e.interval_days.min:null,Z=async()=>{let N={};d&&(N.provider_id=Number(d));let re=await S("POST",`/api/v1/plans/${e.id}/series/proposal`,N);m({...re,sessions:Cn(re.sessions)})},le=async N=>{u(!0),b(null);try{await N()}catch(re){b(re)}u(!1)},st=N=>le(async()=>{let re={sessions:c.sessions.map(X=>{let Ye={session:X.session,start:X.start_local,provider_id:X.provider_id};return X.room_id&&(Ye.room_id=X.room_id),X.device_id&&(Ye.device_id=X.device_id),Ye})};N&&(re.override_reason=N);try{let X=await S("POST",`/api/v1/plans/${e.id}/series`,re);O(X),m(null),_([]),l.reload()}catch(X){if(X.status===409){_(Tn(X,c.sessions).length?Tn(X,c.sessions):[]),b(X),await Z();return}throw X}}),De=(l.data?l.data.items.filter(N=>N.plan_id===e.id).sort((N,re)=>N.start_local.localeCompare(re.start_local)):[]).filter(N=>N.status!=="cancelled"),q=De.filter(N=>N.status==="booked"||N.status==="confirmed"),qe=f&&f.status===422?$a(f):null,Pa=e.status==="active";return o`<section class="card series" aria-labelledby="series-heading">
    <h2 id="series-heading">Booked sessions</h2>
    ${l.loading&&!l.data&&o`<${E} />`}
    <${k} error=${l.error} onRetry=${l.reload} />
    ${z&&o`<${L} kind="success">
      <p class="series-booked">${te(z.items.length,"session")} booked in one go.</p>
      ${z.warnings&&z.warnings.length>0&&o`<ul class="warnings">${z.warnings.map(N=>o`<li>Session ${N.session}: ${N.message}</li>`)}</ul>`}
    </${L}>`}
    ${se!==null&&o`<${L} kind="success"><p class="series-cancelled">${te(se,"remaining session")} cancelled.</p></${L}>`}
    ${De.length>0&&o`<ol class="sessions booked-sessions">
      ${De.map(N=>o`<li data-appointment=${N.id}>
          <span class="sessions__n">Session ${N.session_number}</span>
          <a href=${`/staff/calendar?view=day&date=${Q(N.start_local)}&appointment=${N.id}`}>${P(Q(N.start_local),"weekday")}, ${Le(N)}</a>
          · ${n(N.provider_id)} · ${Ie(N.status)}
        </li>`)}
    </ol>`}
    ${l.data&&De.length===0&&!c&&o`<p class="muted">No session of this plan is booked yet.${e.status==="proposed"?" Activate the plan to book its series.":""}</p>`}
    ${q.length>0&&o`<div class="series-cancel">
      <${Oe} id="close-plan" label="Also close the plan" checked=${V} onChecked=${ne} />
      <button
        type="button"
        class="button button--secondary"
        disabled=${$}
        onClick=${()=>le(async()=>{let N=await S("POST",`/api/v1/plans/${e.id}/series/cancel`,{close_plan:V});O(null),ie(N.items.length),l.reload()})}
      >
        Cancel remaining sessions (${q.length})
      </button>
    </div>`}
    ${Pa&&De.length===0&&!c&&o`<div class="inline-form series-start">
      <${F}
        label="Provider for the series"
        pointer="/provider_id"
        value=${d}
        onValue=${p}
        placeholder="Any provider"
        options=${s.map(N=>[String(N.id),N.display_name])}
      />
      <button type="button" class="button" disabled=${$} onClick=${()=>le(Z)}>${$?"Proposing…":"Book series"}</button>
    </div>`}
    ${f&&f.status===409&&o`<div class="alert alert--error" role="alert">
      <p class="series-taken">
        Nothing was booked: ${g.length?`the time of session ${g.join(", ")} was taken meanwhile`:"a time was taken meanwhile"}.
        ${f.errors.length?f.errors.map(N=>N.message).join("; "):f.detail}. A new proposal is shown below.
      </p>
    </div>`}
    ${qe&&o`<div class="alert alert--warning" role="alert">
      <p><strong>Sessions too close together.</strong></p>
      <ul>${qe.map(N=>o`<li>${N}</li>`)}</ul>
      ${a==="provider"?o`<form
            class="form form--compact"
            novalidate
            onSubmit=${N=>{N.preventDefault(),st(x.trim())}}
          >
            <${$e} label="Your reason for the shorter gap" pointer="/override_reason" value=${x} onValue=${R} rows="2" required />
            <${A} busy=${$} busyLabel="Booking…">Book anyway, with this reason</${A}>
          </form>`:o`<p>Only a provider can book sessions closer than the plan allows. Move the session later, or ask the provider.</p>`}
    </div>`}
    ${f&&f.status!==409&&!qe&&o`<${ye} error=${f} />`}
    ${c&&o`<div class="series-proposal">
      <h3>Proposal for ${t}</h3>
      <p class="muted">
        ${te(c.sessions.length,"session")} of ${c.minutes} minutes, in the clinic’s time (${c.time_zone}).
        ${J?` The plan wants at least ${J} days between sessions.`:""}
      </p>
      ${c.unplaceable&&o`<${L} kind="warning"><p>Session ${c.unplaceable.session} could not be placed between ${P(c.unplaceable.from)} and ${P(c.unplaceable.to)}: ${c.unplaceable.reason}.</p></${L}>`}
      <${il} sessions=${c.sessions} minGap=${J} providerName=${n} resourceName=${i.nameOf} taken=${g} onMove=${y} />
      <div class="form-actions">
        <button type="button" class="button" disabled=${$||c.sessions.length===0} onClick=${()=>st("")}>
          ${$?"Booking…":`Confirm and book all ${c.sessions.length} sessions`}
        </button>
        <button type="button" class="button button--quiet" disabled=${$} onClick=${()=>le(Z)}>Propose again</button>
        <button type="button" class="button button--quiet" onClick=${()=>(m(null),b(null),_([]))}>Discard</button>
      </div>
    </div>`}
    ${v&&o`<${sl}
      session=${v}
      patientId=${e.patient_id}
      timeZone=${r}
      onClose=${()=>y(null)}
      onMove=${N=>{y(null),_(g.filter(re=>re!==N.session)),m({...c,sessions:Cn(c.sessions.map(re=>re.session===N.session?N:re))})}}
    />`}
  </section>`}function ll(e){try{let t=jt(e).findings||{};return new Set(Object.entries(t).filter(([,a])=>a&&a.overridable===!0).map(([a])=>a))}catch{return null}}function An({session:e,id:t}){let a=pt(e.role),r=T(`/api/v1/plans/${t}`),s=r.data?r.data.patient_id:null,n=T(s?`/api/v1/patients/${s}`:null),i=T(a&&r.data?`/api/v1/consultations/${r.data.consultation_id}`:null),l=T(a?"/api/v1/protocol":null),d=T("/api/v1/clinic"),p=!a||(i.data!==null||i.error!==null)&&(l.data!==null||l.error!==null);if(j(r.data!==null&&n.data!==null&&p,"plan"),r.error)return o`<${w}>Treatment plan</${w}><${k} error=${r.error} onRetry=${r.reload} />`;if(!r.data)return o`<${w}>Treatment plan</${w}><${E} label="Loading the plan…" />`;let c=n.data?W(n.data):`patient #${r.data.patient_id}`;return o`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${r.data.patient_id}`}>${c}</a></p>
    <${w} title="Treatment plan">Treatment plan: ${c}</${w}>
    <${Sn}
      plan=${r.data}
      onPlanChange=${r.setData}
      canEdit=${a}
      canOverride=${e.role==="provider"}
      screening=${i.data?i.data.screening:null}
      overridable=${l.data?ll(l.data.toml):null}
    />
    <${Pn} plan=${r.data} patientName=${c} role=${e.role} timeZone=${d.data?d.data.time_zone:void 0} />
  </div>`}var dl={proposed:"Proposed by your clinic",active:"In progress",completed:"Completed",cancelled:"Cancelled"};function En({plan:e,patientName:t}){let a=e.schedule||[],r=e.timelines||[];return o`<article class="portal-plan" aria-labelledby=${`plan-${e.id}-heading`}>
    <header class="portal-plan__head">
      <h2 id=${`plan-${e.id}-heading`}>Your microneedling plan</h2>
      <p>${t} · ${dl[e.status]||e.status} · ${te(e.sessions,"session")}</p>
    </header>
    <section class="card">
      <h3>Your sessions</h3>
      ${a.length===0?o`<p>Your clinic will give you the dates once you are ready to start.</p>`:o`<ol class="sessions sessions--large">
            ${a.map(s=>o`<li><span class="sessions__n">Session ${s.session}</span> <${ue} date=${s.date} style="long" /></li>`)}
          </ol>
          <p>Sessions are about ${Math.round(e.interval_days.min/7)} to ${Math.round(e.interval_days.max/7)} weeks apart, so your skin can heal and rebuild in between.</p>`}
    </section>
    ${r.length>0&&o`<section class="card" data-session=${r[0].session}>
        <h3>Before your first session</h3>
        <p class="muted">On <${ue} date=${r[0].date} style="long" />.</p>
        <${Re} items=${r[0].prep} sessionDate=${r[0].date} label=${null} />
      </section>
      <section class="card" data-session=${r[0].session}>
        <h3>After your first session</h3>
        <${Re} items=${r[0].aftercare} sessionDate=${r[0].date} label=${null} />
      </section>
      ${r.slice(1).map(s=>o`<section class="card portal-session" data-session=${s.session}>
          <h3>Session ${s.session}: <${ue} date=${s.date} style="long" /></h3>
          <details class="portal-session__details">
            <summary>Before and after session ${s.session}</summary>
            <h4>Before</h4>
            <${Re} items=${s.prep} sessionDate=${s.date} label=${null} />
            <h4>After</h4>
            <${Re} items=${s.aftercare} sessionDate=${s.date} label=${null} />
          </details>
        </section>`)}`}
    ${(e.follow_up_photos||[]).length>0&&o`<section class="card">
      <h3>Follow-up photos</h3>
      <p>${`Results build over three to six months. Your clinic will take photos around ${e.follow_up_photos.map(s=>P(s,"long")).join(", ")}.`}</p>
    </section>`}
    ${e.maintenance&&o`<section class="card">
      <h3>Keeping the results</h3>
      <p>${`A maintenance session between ${P(e.maintenance.from,"long")} and ${P(e.maintenance.to,"long")} keeps the results going.`}</p>
    </section>`}
    <section class="card card--warning">
      <h3>Call the clinic straight away if</h3>
      <p>you have a cold sore, a rash, a breakout or sunburn before a session, or pus, fever, spreading redness or increasing pain after one.</p>
    </section>
  </article>`}function cl({patientId:e}){let t=T(`/api/v1/patients/${e}/appointments`),a=Date.now(),r=t.data?t.data.items.filter(s=>s.status!=="cancelled"&&s.status!=="no_show"&&s.status!=="completed"&&Date.parse(s.end)>a).sort((s,n)=>s.start.localeCompare(n.start)):[];return t.error?o`<${k} error=${t.error} onRetry=${t.reload} />`:t.data?o`<section class="card" aria-labelledby="upcoming-heading">
    <h2 id="upcoming-heading">Upcoming sessions</h2>
    ${r.length===0?o`<p>No visits booked yet. Your clinic will book them with you.</p>`:o`<ul class="upcoming">
          ${r.map(s=>o`<li data-appointment=${s.id}>
              <span>
                <strong><${ue} date=${s.start_local.slice(0,10)} style="long" /></strong> at ${s.start_local.slice(11,16)}
                ${s.session_number?` · session ${s.session_number} of ${s.session_count}`:s.kind==="consultation"?" · consultation":""}
              </span>
              <a class="button button--secondary button--small no-print" href=${`/api/v1/appointments/${s.id}/calendar.ics`} download=${`appointment-${s.id}.ics`}>
                Add to my calendar<span class="visually-hidden"> (${s.start_local.replace("T"," ")})</span>
              </a>
            </li>`)}
        </ul>`}
  </section>`:null}function Ln(){return o`<button type="button" class="button no-print" onClick=${()=>window.print()}>Print or save as PDF</button>`}function Rn({session:e}){let t=e.user.patient_id,a=T(`/api/v1/patients/${t}`),r=T(`/api/v1/patients/${t}/plans`);j(a.data!==null&&r.data!==null,"portal");let s=a.data?W(a.data):e.user.display_name,n=r.data?[...r.data.items].sort((l,d)=>d.id-l.id):[],i=n.find(l=>l.status!=="cancelled")||n[0];return o`<div class="stack portal">
    <div class="page-head">
      <div>
        <${w} title="My plan">Hello, ${s}</${w}>
        <p class="lead">Your treatment plan, and how to prepare for each session.</p>
      </div>
      ${i&&o`<${Ln} />`}
    </div>
    <${k} error=${a.error||r.error} onRetry=${()=>(a.reload(),r.reload())} />
    ${r.loading&&o`<${E} label="Loading your plan…" />`}
    <${cl} patientId=${t} />
    ${r.data&&!i&&o`<${I}>Your clinic has not made a treatment plan for you yet.</${I}>`}
    ${i&&o`<${En} plan=${i} patientName=${s} />`}
    ${n.length>1&&o`<section class="card no-print">
      <h2>Earlier plans</h2>
      <ul>${n.filter(l=>l!==i).map(l=>o`<li><a href=${`/portal/plans/${l.id}`}>Plan of ${te(l.sessions,"session")}${l.schedule&&l.schedule[0]?`, from ${P(l.schedule[0].date)}`:""}</a></li>`)}</ul>
    </section>`}
  </div>`}function Dn({session:e,id:t}){let a=T(`/api/v1/plans/${t}`);return j(a.data!==null,"portal-plan"),o`<div class="stack portal">
    <p class="crumbs no-print"><a href="/portal">My plan</a></p>
    <div class="page-head">
      <${w} title="Treatment plan">Treatment plan</${w}>
      ${a.data&&o`<${Ln} />`}
    </div>
    ${a.loading&&o`<${E} label="Loading the plan…" />`}
    ${a.error&&(a.error.status===404?o`<div class="alert alert--error" role="alert"><p>There is no plan of yours at this address.</p></div>`:o`<${k} error=${a.error} onRetry=${a.reload} />`)}
    ${a.data&&o`<${En} plan=${a.data} patientName=${e.user.display_name} />`}
  </div>`}function pl(e){return e?Object.entries(e).map(([t,a])=>`${a} ${a===1?t.replace(/s$/,""):t}`).join(" "):"—"}function Nn(e){return e===0?"session day":e<0?`${-e} days before`:`${e} days after`}function Wt({rule:e}){return!e.source&&!e.evidence?"—":o`${e.evidence&&o`<p class="small">${e.evidence}</p>`}
    ${e.source&&o`<details class="small"><summary>Source</summary><p>${e.source}</p></details>`}`}function nt({caption:e,head:t,rows:a}){return o`<section class="card protocol-table">
    <h2>${e}</h2>
    <div class="table-scroll">
      <table class="table">
        <thead><tr>${t.map(r=>o`<th scope="col">${r}</th>`)}</tr></thead>
        <tbody>${a.map(r=>o`<tr>${r.map((s,n)=>n===0?o`<th scope="row">${s}</th>`:o`<td>${s}</td>`)}</tr>`)}</tbody>
      </table>
    </div>
  </section>`}function ul({doc:e}){let t=e.series||{},a=Object.entries(e.zones||{}),r=Object.entries(e.concerns||{}),s=Object.entries(e.findings||{}),n=(l,d)=>(l||[]).map(p=>[d(p.code),`${Nn(p.from_day)} → ${p.open_ended?"open-ended":Nn(p.to_day)}`,p.only_with?`Only with: ${p.only_with.map(be).join(", ")}`:"Everyone",o`<p>${p.instruction}</p><${Wt} rule=${p} />`]),i=e.findings&&e.findings.recent_procedure&&e.findings.recent_procedure.window_days||{};return o`<div class="stack">
    <${nt}
      caption="Series"
      head=${["Rule","Value"]}
      rows=${[["Sessions",t.sessions?`${t.sessions.min}–${t.sessions.max}`:"—"],["Interval",t.interval_days?`${t.interval_days.min}–${t.interval_days.max} days`:"—"],["Maintenance",t.maintenance_months?`${t.maintenance_months.from}–${t.maintenance_months.to} months after the last session`:"—"],["Follow-up photos",t.follow_up_photo_months?`${t.follow_up_photo_months.join(", ")} months after the last session`:"—"],["Depth reduction with PIH risk",t.pih_depth_reduction_mm!==void 0?`${t.pih_depth_reduction_mm} mm`:"—"]]}
    />
    <${nt}
      caption="Zones"
      head=${["Zone","Default depth","Hard maximum","Source and evidence"]}
      rows=${a.map(([l,d])=>[he(l),Ce(d.depth_mm),`${Number(d.hard_max_mm).toFixed(2)} mm`,o`<${Wt} rule=${d} />`])}
    />
    <${nt}
      caption="Concerns"
      head=${["Concern","Sessions","Depth","Notes"]}
      rows=${r.map(([l,d])=>[Xe(l),d.unsuitable?"—":d.sessions_by_severity?`${d.sessions_by_severity.join(" / ")} by severity`:d.sessions,d.unsuitable?"Not treated":d.depth_mm_by_severity?d.depth_mm_by_severity.map(Ce).join(" / "):Ce(d.depth_mm),o`${d.alternatives&&o`<p>Alternatives: ${d.alternatives.join(", ")}${d.unsuitable_from_severity?` (from severity ${d.unsuitable_from_severity})`:""}</p>`}<${Wt} rule=${d} />`])}
    />
    <${nt}
      caption="Screening findings"
      head=${["Finding","Level","Waiting period","Actions","Message"]}
      rows=${s.map(([l,d])=>[be(l),la(d.level),l==="recent_procedure"?Object.entries(i).map(([p,c])=>`${p.replaceAll("_"," ")} ${c} d`).join(", "):pl(d.window),(d.actions||[]).map(et).join(", ")||"—",o`<p>${d.message}</p><${Wt} rule=${d} />`])}
    />
    <${nt} caption="Preparation" head=${["Item","When","For","Instruction"]} rows=${n(e.prep,Pt)} />
    <${nt} caption="Aftercare" head=${["Item","When","For","Instruction"]} rows=${n(e.aftercare,At)} />
    <${nt}
      caption="Adjuncts"
      head=${["Adjunct","For","Notes"]}
      rows=${(e.adjuncts||[]).map(l=>[Et(l.code),l.for==="all"?"All concerns":(l.for||[]).map(Xe).join(", "),o`${l.optional?"Optional. ":""}${l.after_healing?"Only after healing. ":""}<${Wt} rule=${l} />`])}
    />
  </div>`}function ml(e){let t=/:(\d+)$/.exec(e||"");return t?Number(t[1]):null}function fl({current:e,onUploaded:t}){let[a,r]=h(""),[s,n]=h(!1),[i,l]=h(null),[d,p]=h(null),c=H(null),m=f=>{let b=c.current;if(!b)return;let g=b.value.split(`
`),_=g.slice(0,f-1).reduce((y,x)=>y+x.length+1,0);b.focus(),b.setSelectionRange(_,_+(g[f-1]||"").length);let v=b.scrollHeight/Math.max(1,g.length);b.scrollTop=Math.max(0,(f-4)*v)},$=async f=>{f.preventDefault(),n(!0),l(null),p(null);try{let b=await S("PUT","/api/v1/protocol",a,{contentType:"application/toml"});p(b),t()}catch(b){l(b)}n(!1)},u=async f=>{let b=f.currentTarget.files[0];b&&r(await b.text())};return o`<section class="card" aria-labelledby="upload-heading">
    <h2 id="upload-heading">Upload a new version</h2>
    <p>Edit the protocol below (or load a file), give it a new <code>version</code>, and upload. The server checks every rule and refuses an unsafe file, naming each problem’s line.</p>
    <div class="form-actions">
      <button type="button" class="button button--secondary" onClick=${()=>r(e.toml)}>Start from version ${e.version}</button>
      <label class="button button--secondary file-button">Load a file<input type="file" accept=".toml,text/plain" class="visually-hidden" onChange=${u} /></label>
    </div>
    <form class="form" onSubmit=${$} novalidate>
      ${d&&o`<${L} kind="success"><p>Version ${d.version} of ${d.name} is now in force.</p></${L}>`}
      ${i&&i.status!==400&&o`<${k} error=${i} />`}
      ${i&&i.status===400&&o`<div class="error-summary" role="alert" id="protocol-errors">
        <h3>The file was refused: ${i.detail}</h3>
        <ul>
          ${i.errors.map(f=>{let b=ml(f.path);return o`<li>
              ${b?o`<button type="button" class="linklike" onClick=${()=>m(b)}>Line ${b}</button>: `:""}${f.message}
            </li>`})}
        </ul>
      </div>`}
      <div class="field">
        <label for="protocol-text">Protocol (TOML)</label>
        <textarea id="protocol-text" ref=${c} class="code" rows="18" spellcheck="false" value=${a} onInput=${f=>r(f.currentTarget.value)}></textarea>
      </div>
      <button type="submit" class="button" disabled=${s||!a.trim()}>${s?"Checking…":"Check and upload"}</button>
    </form>
  </section>`}function Bn({session:e}){let t=T("/api/v1/protocol");j(t.data!==null,"protocol");let a=null,r=null;if(t.data)try{a=jt(t.data.toml)}catch(s){r=s}return o`<div class="stack">
    <${w}>Protocol</${w}>
    ${t.loading&&o`<${E} />`}
    <${k} error=${t.error} onRetry=${t.reload} />
    ${t.data&&o`<p class="lead">
      In force: <strong>${t.data.name} ${t.data.version}</strong>
      (${t.data.built_in?"the built-in default":"uploaded by the clinic"}). Every screening and plan records the version that made it.
    </p>`}
    ${r&&o`<div class="alert alert--error" role="alert"><p>The protocol text could not be shown as tables: ${String(r.message)}</p></div>`}
    ${e.role==="owner"&&t.data&&o`<${fl} current=${t.data} onUploaded=${t.reload} />`}
    ${a&&o`<${ul} doc=${a} />`}
  </div>`}var On=[["new","New"],["contacted","Contacted"],["consultation_booked","Consultation booked"],["closed","Closed"]],gr=e=>(On.find(([t])=>t===e)||[e,e])[1];function $l(e){let t=(e||"").trim().split(/\s+/).filter(Boolean);return t.length<=1?{given_name:t[0]||"",family_name:""}:{given_name:t.slice(0,-1).join(" "),family_name:t[t.length-1]}}function hl({request:e,timeZone:t,onClose:a,onDone:r}){let[s,n]=h(()=>({...$l(e.name),birth_date:"",phone:e.phone||"",email:e.email||""})),[i,l]=h(null),[d,p]=h(!1),[c,m]=h(null),[$,u]=h(0),{nameOf:f}=Te(),b=y=>x=>n({...s,[y]:x}),g=c&&(c.status===400||c.status===422)?c.errors:[],_=c&&c.status===409&&Array.isArray(c.problem.candidates)?c.problem.candidates:null,v=async y=>{p(!0),m(null);try{let x={given_name:s.given_name.trim(),family_name:s.family_name.trim(),birth_date:s.birth_date};s.phone.trim()&&(x.phone=s.phone.trim()),s.email.trim()&&(x.email=s.email.trim()),y&&(x.confirm_not_duplicate=!0);let R={start:i.start_local,provider_id:i.provider_id};i.room_id&&(R.room_id=i.room_id);let z=await S("POST",`/api/v1/booking-requests/${e.id}/convert`,{version:e.version,patient:x,consultation:R});r(z);return}catch(x){m(x),x.status===409&&!Array.isArray(x.problem.candidates)&&(l(null),u(R=>R+1))}p(!1)};return o`<${_e} title="Create patient and book consultation" onClose=${a} wide>
    <${U} errors=${g} />
    ${_&&o`<div class="alert alert--warning duplicates" role="alert">
      <h3>This person may already be registered</h3>
      <ul class="duplicates__list">
        ${_.map(y=>o`<li>
            <span><strong>${W(y)}</strong>, born ${P(y.birth_date)} <span class="muted">#${y.id}</span></span>
            <a class="button button--secondary button--small" href=${`/staff/patients/${y.id}`}>Open this record<span class="visually-hidden"> of ${W(y)} (#${y.id})</span></a>
          </li>`)}
      </ul>
      <button type="button" class="button button--secondary" disabled=${d} onClick=${()=>v(!0)}>It is a different person: create anyway</button>
    </div>`}
    ${c&&c.status===409&&!_&&o`<div class="alert alert--error" role="alert"><p><strong>That time was just taken.</strong> Nothing was stored. Pick another time below.</p></div>`}
    ${c&&![400,409,422].includes(c.status)&&o`<${k} error=${c} />`}
    ${c&&c.status===422&&g.length===0&&o`<${ye} error=${c} />`}
    <form
      class="form"
      novalidate
      onSubmit=${y=>{y.preventDefault(),v(!1)}}
    >
      <h3>The patient</h3>
      <div class="grid grid--2">
        <${C} label="Given name" pointer="/patient/given_name" errors=${g} value=${s.given_name} onValue=${b("given_name")} required />
        <${C} label="Family name" pointer="/patient/family_name" errors=${g} value=${s.family_name} onValue=${b("family_name")} required />
        <${C} label="Date of birth" pointer="/patient/birth_date" errors=${g} type="date" value=${s.birth_date} onValue=${b("birth_date")} required />
        <${C} label="Phone" pointer="/patient/phone" errors=${g} type="tel" value=${s.phone} onValue=${b("phone")} />
        <${C} label="E-mail" pointer="/patient/email" errors=${g} type="email" value=${s.email} onValue=${b("email")} />
      </div>
      <h3>The consultation</h3>
      ${e.preferred_times&&o`<p class="muted">They prefer: ${e.preferred_times}</p>`}
      ${i?o`<p class="chosen-slot" id=${"f-consultation-start"} tabindex="-1">
            Chosen: <strong>${P(Q(i.start_local),"weekday")} at ${ge(i.start_local)}</strong> with ${f(i.provider_id)}.
            <button type="button" class="button button--quiet button--small" onClick=${()=>l(null)}>Choose another time</button>
          </p>`:o`<${rt} timeZone=${t} refresh=${$} busy=${d} label="choose it" onPick=${l} />`}
      <div class="form-actions">
        <button type="submit" class="button" disabled=${d||!i}>${d?"Creating…":"Create patient and book"}</button>
        <button type="button" class="button button--quiet" onClick=${a}>Not now</button>
      </div>
    </form>
  </${_e}>`}function gl({request:e,timeZone:t,onChanged:a}){let[r,s]=h(!1),[n,i]=h(null),[l,d]=h(!1),[p,c]=h(null),{nameOf:m}=Te(),$=async f=>{s(!0),i(null);try{a(await S("PATCH",`/api/v1/booking-requests/${e.id}`,{version:e.version,status:f}))}catch(b){i(b)}s(!1)},u=e;return o`<section class="card request-detail" aria-labelledby="request-heading" data-request=${u.id}>
    <h2 id="request-heading">${u.name}</h2>
    <p class="muted">Received ${me(u.created_at)} · ${gr(u.status)}</p>
    <dl class="facts">
      <div><dt>Phone</dt><dd>${u.phone?o`<a href=${`tel:${u.phone}`}>${u.phone}</a>`:"—"}</dd></div>
      <div><dt>E-mail</dt><dd>${u.email?o`<a href=${`mailto:${u.email}`}>${u.email}</a>`:"—"}</dd></div>
      <div><dt>When suits them</dt><dd>${u.preferred_times||"—"}</dd></div>
      <div><dt>Interested in</dt><dd>${u.interest||"—"}</dd></div>
      ${u.message&&o`<div><dt>Message</dt><dd>${u.message}</dd></div>`}
    </dl>
    ${p&&o`<${L} kind="success">
      <p class="converted">
        Patient created and consultation booked for ${P(Q(p.appointment.start_local),"weekday")} at ${ge(p.appointment.start_local)} with
        ${` ${m(p.appointment.provider_id)}`}.
      </p>
      <p><a href=${`/staff/patients/${p.patient_id}`}>Open the patient’s chart</a></p>
    </${L}>`}
    ${u.patient_id&&!p&&o`<p><a href=${`/staff/patients/${u.patient_id}`}>Open the patient’s chart</a></p>`}
    <${ye} error=${n} />
    <div class="form-actions">
      ${(u.status==="new"||u.status==="contacted")&&o`<button type="button" class="button" disabled=${r} onClick=${()=>d(!0)}>Create patient and book consultation</button>`}
      ${u.status==="new"&&o`<button type="button" class="button button--secondary" disabled=${r} onClick=${()=>$("contacted")}>Mark contacted</button>`}
      ${u.status!=="closed"&&o`<button type="button" class="button button--quiet" disabled=${r} onClick=${()=>$("closed")}>Close</button>`}
    </div>
    ${l&&o`<${hl}
      request=${u}
      timeZone=${t}
      onClose=${()=>d(!1)}
      onDone=${f=>{d(!1),c(f),a(f.request)}}
    />`}
  </section>`}function Mn(){let[e,t]=h("new"),[a,r]=h(null),[s,n]=h(new Map),i=T(`/api/v1/booking-requests?status=${e}`),l=T("/api/v1/clinic");j(i.data!==null&&!i.loading,"requests");let d=i.data?i.data.items:[],p=a?s.get(a)||d.find(c=>c.id===a):null;return o`<div class="stack">
    <div class="page-head">
      <div>
        <${w} title="Booking requests">Booking requests</${w}>
        <p class="lead">
          From the public form${l.data?o` at <a href=${`/book/${l.data.slug}`}>/book/${l.data.slug}</a>`:""}. Call back, then book a consultation.
        </p>
      </div>
    </div>
    <div class="requests">
      <section class="card" aria-labelledby="requests-list-heading">
        <h2 id="requests-list-heading">${gr(e)}</h2>
        <div class="status-tabs" role="group" aria-label="Status">
          ${On.map(([c,m])=>o`<button type="button" class="button button--secondary button--small" aria-pressed=${c===e?"true":"false"} onClick=${()=>(t(c),r(null))}>${m}</button>`)}
        </div>
        ${i.loading&&!i.data&&o`<${E} />`}
        <${k} error=${i.error} onRetry=${i.reload} />
        ${i.data&&d.length===0&&o`<${I}>No ${gr(e).toLowerCase()} requests.</${I}>`}
        ${d.length>0&&o`<ul class="request-list">
          ${d.map(c=>o`<li>
              <button type="button" aria-pressed=${c.id===a?"true":"false"} data-request=${c.id} onClick=${()=>r(c.id)}>
                <strong>${c.name}</strong>
                <span class="muted small">${me(c.created_at)}${c.interest?` · ${c.interest}`:""}</span>
              </button>
            </li>`)}
        </ul>`}
      </section>
      <div>
        ${p?o`<${gl}
              key=${p.id}
              request=${p}
              timeZone=${l.data?l.data.time_zone:void 0}
              onChanged=${c=>{n(new Map(s).set(c.id,c))}}
            />`:o`<p class="muted">Choose a request to see it.</p>`}
      </div>
    </div>
  </div>`}var In={display_name:"",email:"",role:"provider",title:""};function zn({onCreated:e}){let[t,a]=h(In),[r,s]=h(!1),[n,i]=h(null),[l,d]=h(null),p=$=>u=>a({...t,[$]:u}),c=async $=>{$.preventDefault(),s(!0),i(null),d(null);try{let u={...t,email:t.email.trim(),display_name:t.display_name.trim(),title:t.title.trim()},f=await S("POST","/api/v1/staff",u);d(f),a(In),e(f)}catch(u){i(u)}s(!1)},m=n&&n.status===400?n.errors:[];return o`<form class="form" onSubmit=${c} novalidate aria-labelledby="new-staff-heading">
    <h2 id="new-staff-heading">Invite a team member</h2>
    <p class="muted">They get a one-time link and choose their own password; you never see it.</p>
    ${l&&o`<${L} kind="success">
      <p>${l.display_name} is invited as ${ve(l.role).toLowerCase()} (${l.email}).</p>
      <${ht}
        invitation=${l.invitation}
        person=${l.display_name}
        again="Use “Reset password” beside their name in the list for a new link."
        id="new-staff-link"
      />
    </${L}>`}
    ${n&&n.status!==400&&o`<${k} error=${n} />`}
    <${U} errors=${m} />
    <div class="grid grid--2">
      <${C} label="Name" pointer="/display_name" errors=${m} value=${t.display_name} onValue=${p("display_name")} autocomplete="off" required />
      <${C} label="E-mail" type="email" pointer="/email" errors=${m} value=${t.email} onValue=${p("email")} autocomplete="off" required />
      <${F} label="Role" pointer="/role" errors=${m} value=${t.role} onValue=${p("role")} options=${ea.map($=>[$,ve($)])} required />
      <${C} label="Title" hint="For example RN or Dr" pointer="/title" errors=${m} value=${t.title} onValue=${p("title")} autocomplete="off" />
    </div>
    <${A} busy=${r} busyLabel="Inviting…">Invite and create the link</${A}>
  </form>`}function Fn(e){return e?e.errors.length?e.errors.map(t=>t.message).join("; "):lt(e):""}function bl(e){return e.active?e.password_set?"Active":"Invited: no password set yet":"Deactivated"}function _l({user:e,self:t,onChanged:a}){let[r,s]=h(!1),[n,i]=h(null),[l,d]=h(null),p=async u=>{s(!0),i(null);try{await u()}catch(f){i(f)}s(!1)},c=u=>p(async()=>a(await S("PATCH",`/api/v1/staff/${e.id}`,u))),m=()=>p(async()=>{let u=await S("POST",`/api/v1/staff/${e.id}/password-reset`);d(u.invitation),a({...e,password_set:!1})}),$=`role-${e.id}`;return o`<tr class=${e.active?"":"inactive"} data-user=${e.email}>
    <th scope="row">${e.display_name}${e.title?o` <span class="muted">${e.title}</span>`:""}</th>
    <td>${e.email}</td>
    <td>
      <label class="visually-hidden" for=${$}>Role of ${e.display_name}</label>
      <select id=${$} value=${e.role} disabled=${r||t} onChange=${u=>c({role:u.currentTarget.value})}>
        ${ea.map(u=>o`<option value=${u}>${ve(u)}</option>`)}
      </select>
    </td>
    <td>${bl(e)}</td>
    <td class="actions-cell">
      ${!t&&o`<div class="actions">
        <button type="button" class="button button--secondary button--small" disabled=${r} onClick=${()=>c({active:!e.active})}>
          ${e.active?"Deactivate":"Reactivate"}<span class="visually-hidden"> ${e.display_name}</span>
        </button>
        ${e.active&&o`<${fe}
          label="Reset password"
          hiddenSuffix=${`of ${e.display_name}`}
          confirmLabel="Reset and create a link"
          busy=${r}
          onConfirm=${m}
          small
        >
          <p>${e.display_name}’s password stops working now and they are logged out everywhere. You get a new one-time link for them.</p>
        </${fe}>`}
      </div>`}
      ${n&&o`<p class="field-error" role="alert">${Fn(n)}</p>`}
      ${l&&o`<${ht} invitation=${l} person=${e.display_name} again="Reset again for a new link." id=${`reset-link-${e.id}`} />`}
    </td>
  </tr>`}function vl({clinic:e,onSaved:t}){let[a,r]=h(e.slug),[s,n]=h(!1),[i,l]=h(null),[d,p]=h(!1),c=async $=>{$.preventDefault(),n(!0),l(null),p(!1);try{let u=await S("PATCH","/api/v1/clinic",{slug:a.trim()});ya(u.slug),t(u),p(!0)}catch(u){l(u)}n(!1)},m=i?i.status===400?i.errors:i.status===409?[{path:"/slug",message:i.detail}]:[]:[];return o`<form class="form" onSubmit=${c} novalidate aria-labelledby="clinic-login-heading">
    <h2 id="clinic-login-heading">Clinic login name</h2>
    <p class="muted">Everyone types it to log in, staff and patients. Renaming it keeps everyone logged in; tell them the new name.</p>
    ${d&&o`<${L} kind="success"><p>Logins now use <strong>${e.slug}</strong>.</p></${L}>`}
    ${i&&i.status!==400&&i.status!==409&&o`<${k} error=${i} />`}
    <div class="inline-form">
      <${C}
        label="Login name"
        hint="2–63 lower-case letters, digits and hyphens"
        pointer="/slug"
        errors=${m}
        value=${a}
        onValue=${r}
        autocomplete="off"
        autocapitalize="none"
        spellcheck="false"
        required
      />
      <${A} busy=${s} className="button--secondary">Rename</${A}>
    </div>
  </form>`}function yl({account:e,onChanged:t}){let[a,r]=h(!1),[s,n]=h(null),i=async()=>{r(!0),n(null);try{t(await S("DELETE",`/api/v1/portal-accounts/${e.id}`))}catch(l){n(l)}r(!1)};return o`<tr class=${e.active?"":"inactive"}>
    <th scope="row"><a href=${`/staff/patients/${e.patient_id}`}>${e.display_name}</a></th>
    <td>${e.email}</td>
    <td>${e.active?e.password_set?"Active":"Invited: link not used yet":"Revoked"}</td>
    <td>${me(e.created_at)}</td>
    <td class="actions-cell">
      ${e.active&&o`<${fe} label="Revoke" hiddenSuffix=${`the portal login of ${e.display_name}`} confirmLabel="Revoke the login" busy=${a} onConfirm=${i} small>
        <p>${e.display_name} is logged out and can no longer log into the portal; an unused link stops working. A provider can invite them again later.</p>
      </${fe}>`}
      ${s&&o`<p class="field-error" role="alert">${Fn(s)}</p>`}
    </td>
  </tr>`}function wl(){let e=T("/api/v1/portal-accounts"),t=a=>e.setData({items:e.data.items.map(r=>r.id===a.id?a:r)});return o`<section class="card" aria-labelledby="portal-accounts-heading">
    <h2 id="portal-accounts-heading">Patient portal logins</h2>
    <p class="muted">Providers and you invite patients from their chart. Revoke a login the patient should no longer use.</p>
    ${e.loading&&o`<${E} />`}
    <${k} error=${e.error} onRetry=${e.reload} />
    ${e.data&&e.data.items.length===0&&o`<${I}>No patient has a portal login yet.</${I}>`}
    ${e.data&&e.data.items.length>0&&o`<div class="table-scroll"><table class="table">
      <thead><tr><th scope="col">Patient</th><th scope="col">E-mail</th><th scope="col">Status</th><th scope="col">Invited</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
      <tbody>${e.data.items.map(a=>o`<${yl} key=${a.id} account=${a} onChanged=${t} />`)}</tbody>
    </table></div>`}
  </section>`}function qn({session:e}){let t=T("/api/v1/staff"),a=T("/api/v1/clinic");j(t.data!==null&&a.data!==null,"team");let r=s=>t.setData({items:t.data.items.some(n=>n.id===s.id)?t.data.items.map(n=>n.id===s.id?s:n):[...t.data.items,s]});return o`<div class="stack">
    <${w}>Team and logins</${w}>
    <section class="card" aria-labelledby="team-heading">
      <h2 id="team-heading">Staff accounts</h2>
      ${t.loading&&o`<${E} />`}
      <${k} error=${t.error} onRetry=${t.reload} />
      ${t.data&&o`<div class="table-scroll"><table class="table team-table">
        <thead><tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>${t.data.items.map(s=>o`<${_l} key=${s.id} user=${s} self=${s.id===e.user.id} onChanged=${r} />`)}</tbody>
      </table></div>`}
    </section>
    <section class="card"><${zn} onCreated=${s=>t.data&&r(s)} /></section>
    <${wl} />
    <section class="card">
      ${a.loading&&o`<${E} />`}
      <${k} error=${a.error} onRetry=${a.reload} />
      ${a.data&&o`<${vl} clinic=${a.data} onSaved=${a.setData} />`}
    </section>
  </div>`}var kl=[["/staff",zo,"staff"],["/staff/patients",Yo,"staff"],["/staff/patients/new",Ko,"staff"],["/staff/patients/:id",Ro,"staff"],["/staff/patients/:id/consultations/new",Oo,"clinical"],["/staff/patients/:id/photos",cn,"staff"],["/staff/patients/:id/photos/compare",pn,"staff"],["/staff/photos/:id",pr,"staff"],["/staff/consultations/:id",Bo,"clinical"],["/staff/plans/:id",An,"staff"],["/staff/calendar",wo,"staff"],["/staff/hours",Vo,"staff"],["/staff/requests",Mn,"staff"],["/staff/mail",Go,"owner"],["/staff/protocol",Bn,"clinical"],["/staff/team",qn,"owner"],["/staff/consents",No,"owner"],["/staff/audit",fo,"owner"]],xl=[["/portal",Rn],["/portal/plans/:id",Dn],["/portal/photos",un],["/portal/photos/:id",mn]];function Sl(e,t){return e==="owner"?t==="owner":e==="clinical"?pt(t):!0}function Vn(e,t){for(let[a,r,s]of e){let n=ao(a,t);if(n)return{page:r,params:n,who:s}}return null}function jn({to:e}){return M(()=>ce(e,{replace:!0}),[e]),null}function Un(){return o`<${w}>Page not found</${w}>
    <p>There is no page at this address. <a href="/">Go to the start page</a>.</p>`}function Cl({home:e}){return o`<${w}>Not available for your role</${w}>
    <p>Your role cannot open this page. <a href=${e}>Back to the start page</a>.</p>`}function Tl(e){return e==="patient"?"/portal":"/staff"}function Pl(){let{status:e,session:t,expired:a,error:r}=io(),s=Lt();if(M(()=>{let d=requestAnimationFrame(()=>{let p=document.getElementById("page-title");p&&document.activeElement===document.body&&p.focus({preventScroll:!0})});return window.scrollTo(0,0),()=>cancelAnimationFrame(d)},[s,e]),s==="/invite")return o`<${xe}><${Zo} session=${e==="ready"?t:null} /></${xe}>`;if(s.startsWith("/book/"))return o`<${xe}><${Io} slug=${Mo(s)} /></${xe}>`;if(e==="loading")return o`<${xe}><${E} label="Loading Needlepoint…" /></${xe}>`;if(e==="error")return o`<${xe}>
      <${w}>Needlepoint</${w}>
      <${k} error=${r} onRetry=${Ga} />
    </${xe}>`;if(e==="anonymous")return o`<${Wo} portal=${s.startsWith("/portal")} expired=${a} />`;let n=t.role;if(s==="/"||s==="/login"||s==="/portal/login")return o`<${jn} to=${Tl(n)} />`;if(n==="patient"){let d=s.startsWith("/portal")?Vn(xl,s):null;return s.startsWith("/portal")?o`<${Ya} session=${t}>
      ${d?o`<${d.page} key=${s} session=${t} ...${d.params} />`:o`<${Un} />`}
    </${Ya}>`:o`<${jn} to="/portal" />`}if(!s.startsWith("/staff"))return o`<${Dt} session=${t}>
      <${w}>The portal is for patients</${w}>
      <p>You are logged in as staff. <a href="/staff">Go to the staff workspace</a>.</p>
    </${Dt}>`;let i=Vn(kl,s),l=o`<${Un} />`;return i&&!Sl(i.who,n)?l=o`<${Cl} home="/staff" />`:i&&(l=o`<${i.page} key=${s} session=${t} ...${i.params} />`),o`<${Dt} session=${t}>${l}</${Dt}>`}to();Ga();Er(o`<${Pl} />`,document.getElementById("app"));
