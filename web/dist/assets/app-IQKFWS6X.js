var I,Sr,vn,$e,jt,pt,Cr,lt,Tr,Ht,Ut,yn,Fe=Symbol.for("pv"),ut={},mt=[],wn=/^m(i|n|o|s|text|space)$/,Wt=Array.isArray,Zt=mt.slice,ke=Object.assign;function we(e){e&&e.parentNode&&e.remove()}function Pr(e,t,r){var a,o,n,s={},l=arguments.length;for(n in t)n=="key"?a=t[n]:n=="ref"&&typeof e!="function"?o=t[n]:s[n]=t[n];return l>2&&(s.children=l>3?Zt.call(arguments,2):r),Oe(e,s,a,o,null)}function Oe(e,t,r,a,o){var n={type:e,props:t,key:r,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Fe,__v:o||++Sr,__i:-1,__u:0};return!o&&I.vnode&&I.vnode(n),n}function ft(e){return e.children}function dt(e,t){this.props=e,this.context=t,this.__g=0}function ge(e,t){if(t==null)return e.__&&ge(e.__,e.__i+1);for(var r;t<e.__k.length;t++)if((r=e.__k[t])&&r.__e)return r.__e;return typeof e.type!="function"||e.props.__P?null:ge(e)}function kn(e){var t,r=e.__v,a=r.__e,o=[],n=[],s=e.__P;s&&((t=ke({constructor:Fe},r)).__v=r.__v+1,I.vnode&&I.vnode(t),Gt(s,t,r,e.__n,s.namespaceURI,32&r.__u?[a]:null,o,a||ge(r),32&r.__u,n),t.__v=r.__v,t.__.__k[t.__i]=t,zr(o,t,n),r.__=r.__e=null,t.__e!=a&&Ar(t))}function Ar(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Ar(e)}function kr(e){(8&e.__g||(e.__g|=8,$e.push(e),pt++))&&jt==I.debounceRendering||((jt=I.debounceRendering)||queueMicrotask)(Lr)}function Lr(){try{for(var e,t=1;$e.length;)$e.length>t&&$e.sort(Cr),e=$e.shift(),t=$e.length,8&e.__g&&kn(e)}finally{(pt=$e.length)&&(jt||queueMicrotask)(Lr)}}function Er(e,t,r,a,o,n,s,l,d,p,c){var m,f,u,$,b,_,g=a.__k||mt,v=t.length;for(d=xn(r,t,g,d,v),m=0;m<v;m++)(u=r.__k[m])!=null&&(f=~u.__i&&g[u.__i]||ut,u.__i=m,_=Gt(e,u,f,o,n,s,l,d,p,c),$=u.__e,(f.ref!=u.ref||8&f.__u)&&(f.ref&&Yt(f.ref,null,u,f),u.ref&&c.push(u.ref,u.__c||$,u)),b=b||$,4&u.__u?(d=Dr(u,d,e,!f.__v),f.__e&&(f.__e=null)):typeof u.type=="function"&&_!==void 0?d=_:$&&(d=$.nextSibling),u.__u&=-21);return r.__e=b,d}function xn(e,t,r,a,o){var n,s,l,d,p,c,m,f,u,$=r.length,b=$,_=0,g=0,v=e.__k=Array(o);for(n=0;n<o;n++)(s=t[n])!=null&&typeof s!="boolean"&&typeof s!="function"?(typeof s!="object"||s.constructor===String?s=v[n]=Oe(null,s):Wt(s)?s=v[n]=Oe(ft,{children:s}):s.constructor===Fe&&s.__b?s=v[n]=Oe(s.type,s.props,s.key,s.ref,s.__v):v[n]=s,d=n+_,s.__=e,s.__b=e.__b+1,l=null,~(p=s.__i=Sn(s,r,d,b))&&(b--,(l=r[p])&&(l.__u|=2)),l&&l.__v?(s.__u|=16,p==d-1?_--:p==d+1?_++:p!=d&&(p>d?_--:_++,g=1)):(~p||(o>$?_--:o<$&&_++),typeof s.type!="function"&&(s.__u|=4))):v[n]=null;if(g){for(c=[],m=[],n=0;n<o;n++)if((s=v[n])&&16&s.__u){for(_=0,f=c.length;_<f;)c[u=_+f>>1]<s.__i?_=u+1:f=u;c[_]=s.__i,m[n]=_+1}for(_=c.length;n--;)m[n]&&(m[n]==_?_--:v[n].__u|=4)}if(b)for(n=0;n<$;n++)!(l=r[n])||2&l.__u||(l.__e==a&&(a=ge(l)),Kt(l,l));return a}function Dr(e,t,r,a){var o,n,s,l;if(typeof e.type=="function"){if(e.props.__P)return t;if(o=e.__k)for(n=0;n<o.length;n++)o[n]&&(o[n].__=e,t=Dr(o[n],t,r,!1));return t}for(t&&!t.parentNode&&(t=ge(e))&&!t.parentNode&&(t=null),s=e.__e,l=t;l&&l.nodeType==8;)l=l.nextSibling;for(s!=l&&(!a&&r.moveBefore&&s.parentNode?r.moveBefore(s,t):r.insertBefore(s,t||null)),t=s;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function Sn(e,t,r,a){var o,n=e.key,s=e.type,l=t[r],d=l&&!(2&l.__u);if(l===null&&n==null||d&&n==l.key&&s==l.type)return r;if(a>(d?1:0)){for(o=r-1;o>=0;o--)if((l=t[o])&&!(2&l.__u)&&n==l.key&&s==l.type)return o;for(o=r+1;o<t.length;o++)if((l=t[o])&&!(2&l.__u)&&n==l.key&&s==l.type)return o}return-1}function xr(e,t,r){r==null&&(r=""),t[0]=="-"?e.setProperty(t,r):e[t]=r}function st(e,t,r,a,o){var n,s;if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof a=="string"&&(e.style.cssText=a=""),a)for(t in a)r&&t in r||xr(e.style,t);if(r)for(t in r)a&&r[t]==a[t]||xr(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")typeof r!="function"&&(r=null),typeof a!="function"&&(a=null),(e.__e||(e.__e={}))[t]=r,r&&a||(s=Ut[t]||(Ut[t]=Cn(t)),(e.__a||(e.__a={}))[t]=Ht,n=t!=(t=t.replace(Tr,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),r?e.addEventListener(t,s,n):e.removeEventListener(t,s,n));else{if(o=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r)}}function Cn(e){return function(t){var r=this.__e;if(r){if(r=r[e],t[lt]==null)t[lt]=Ht++;else if(t[lt]<this.__a[e])return;return r(I.event?I.event(t):t)}}}function Gt(e,t,r,a,o,n,s,l,d,p){var c,m,f,u,$,b,_,g,v,C,P,z,J,N,M,Ae,he,ye,ue=t.type;if(t.constructor!==Fe)return null;128&r.__u&&(d=32&r.__u,c=r.__c.__z)&&(t.__u|=d,m=n=[],c.nodeType==8?l=ct(c,n):n.push(c),l=n[0]||l),(c=I.__b)&&c(t);e:if(typeof ue=="function"){f=s.length;try{if(g=t.props,v=(c=ue.prototype)&&c.render,C=(c=ue.contextType)&&a[c.__c],P=c?C?C.props.value:c.__:a,(u=r.__c)?(t.__c=u,2&u.__g&&(u.__g|=1)):(v?t.__c=u=new ue(g,P):(t.__c=u=new dt(g,P),u.constructor=ue,u.render=Pn),C&&C.sub(u),u.state||(u.state={}),u.__n=a,u.__g|=8,u.__h=[],u.__k=[]),v&&(u.__s||(u.__s=u.state),ue.getDerivedStateFromProps&&(u.__s==u.state&&(u.__s=ke({},u.__s)),ke(u.__s,ue.getDerivedStateFromProps(g,u.__s)))),$=u.props,b=u.state,u.__v=t,r.__c){if(g!==$&&v&&!ue.getDerivedStateFromProps&&u.componentWillReceiveProps&&u.componentWillReceiveProps(g,P),t.__v==r.__v&&!(8&u.__g)||!(4&u.__g)&&u.shouldComponentUpdate&&u.shouldComponentUpdate(g,u.__s,P)===!1){t.__v!=r.__v&&(u.props=g,u.state=u.__s,u.__g&=-9),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(ie){ie&&(ie.__=t)}),mt.push.apply(u.__h,u.__k),u.__k=[],u.__h.length&&s.push(u),l=ge(r);break e}u.componentWillUpdate&&u.componentWillUpdate(g,u.__s,P),v&&u.componentDidUpdate&&u.__h.push(function(){u.componentDidUpdate($,b,_)})}else v&&!ue.getDerivedStateFromProps&&u.componentWillMount&&u.componentWillMount(),v&&u.componentDidMount&&u.__h.push(u.componentDidMount);u.context=P,u.props=g,u.__P=e,u.__g&=-5,z=I.__r,J=v?25:0;do u.__g&=-9,z&&z(t),c=u.render(u.props,u.state=u.__s,u.context);while(8&u.__g&&++J<25);v&&(mt.push.apply(u.__h,u.__k),u.__k=[]),u.state=u.__s,u.getChildContext&&(a=ke({},a,u.getChildContext())),v&&r.__c&&u.getSnapshotBeforeUpdate&&(_=u.getSnapshotBeforeUpdate($,b)),N=c&&c.type===ft&&c.key==null?c.props.children:c,g.__P&&(c=l,o=(e=g.__P).namespaceURI,d=n=null,r.props&&r.props.__P!=e&&(r.__k.some(function(ie){ie&&Kt(ie,ie)}),r.__k=null),l=r.__k?ge(r,0):null),l=Er(e,Wt(N)?N:[N],t,r,a,o,n,s,l,d,p),g.__P&&(t.__e=null,l=c),t.__u&=-161,m&&m.some(we),u.__h.length&&s.push(u),1&u.__g&&(u.__g&=-4)}catch(ie){if(s.length=f,t.__v=null,d||n)if(ie&&ie.then){if(t.__u|=128|d,n){for(~(he=n.indexOf(l||void 0))||(he=n.length);(ye=n[he-1])&&ye.nodeType==8;)he--;for(;he<n.length;he++)if(ye=n[he])if(n[he]=null,M){if(ye==Ae)break}else{if(ye.nodeType!=8)break;ye.data.startsWith("$s")&&(Ae=ct(M=ye))}}if(!M){for(;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;M=l}(c=ct(M=t.__c.__z||(t.__c.__z=M)))?(t.__e=M,l=c):t.__e=l,l=l&&l.nextSibling}else n&&n.some(we);else t.__e=r.__e;t.__k||(t.__k=r.__k||[]),ie&&ie.then||Rr(t),I.__e(ie,t,r)}}else l=t.__e=Tn(r.__e,t,r,a,o,n,s,d,p,e);return(c=I.diffed)&&c(t),l}function ct(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var r=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))r++;else if(e.data.startsWith("/$s")&&!--r)return e}t&&t.push(e)}}function Rr(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Rr))}function zr(e,t,r){for(var a=0;a<r.length;)Yt(r[a++],r[a++],r[a++]);I.__c&&I.__c(t,e),e.some(function(o){try{e=o.__h,o.__h=[],e.some(function(n){n.call(o)})}catch(n){I.__e(n,o.__v)}})}function Tn(e,t,r,a,o,n,s,l,d,p){var c,m,f,u,$,b,_,g,v=r.props||ut,C=t.props,P=t.type;if(P=="svg"?o="http://www.w3.org/2000/svg":P=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),n){for(c=0;c<n.length;c++)if(($=n[c])&&(P?$.localName==P:$.nodeType==3)){e=$,n[c]=null;break}}if(!e){if(g=p.ownerDocument||document,!P)return g.createTextNode(C);e=g.createElementNS(o,P,C.is?C:p),l&&(I.__m&&I.__m(t,n),l=!1),n=null}if(P){if(p=P=="template"&&e.content||e,n=P=="textarea"&&C.defaultValue!=null?null:n&&Zt.call(p.childNodes),!l&&n)for(v={},c=0;c<e.attributes.length;c++)v[($=e.attributes[c]).name]=$.value;for(c in v)$=v[c],c=="dangerouslySetInnerHTML"?f=$:c=="children"||c in C||c=="value"&&"defaultValue"in C||c=="checked"&&"defaultChecked"in C||st(e,c,null,$,o);for(c in C)$=C[c],c=="children"?u=$:c=="dangerouslySetInnerHTML"?m=$:c=="value"?b=$:c=="checked"?_=$:l&&typeof $!="function"||v[c]===$||st(e,c,$,v[c],o);m?(l||f&&(m.__html==f.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[]):(f&&(e.textContent=""),(P=="foreignObject"||o=="http://www.w3.org/1998/Math/MathML"&&wn.test(P))&&(o="http://www.w3.org/1999/xhtml"),Er(p,Wt(u)?u:[u],t,r,a,o,n,s,n?n[0]:r.__k&&ge(r,0),l,d),n&&n.some(we)),l&&P!="textarea"||(c="value",P=="progress"&&b==null?e.removeAttribute(c):b==null||b===e[c]&&(P!="progress"||b)||st(e,c,b,v[c],o),c="checked",_!=null&&_!=e[c]&&st(e,c,_,v[c],o))}else v===C||l&&e.data==C||(e.data=C);return e}function Yt(e,t,r,a){try{typeof e=="function"?t?t.__x=e(t)||1:a&&(a=a.__c||a.__e)&&(t=a.__x)&&(a.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(o){I.__e(o,r)}}function Kt(e,t,r){var a,o,n,s;if(I.unmount&&I.unmount(e),!(a=e.ref)||a.current&&a.current!=e.__e||Yt(a,null,t,e),a=e.__c){if(a.componentWillUnmount)try{a.componentWillUnmount()}catch(l){I.__e(l,t)}a.__P=a.__n=null}if(a=e.__k)for(s=0;s<a.length;s++)a[s]&&Kt(a[s],t,typeof e.type!="function"||r&&!e.props.__P);!r&&(a=e.__c)&&(a=a.__z)&&(o=ct(a,n=[]))&&(a==e.__e&&n.some(we),we(o),we(a)),r||we(e.__e),e.__e=e.__c=e.__=null}function Pn(e,t,r){return this.constructor(e,r)}function Nr(e,t){var r,a,o,n;I.__&&I.__(e,t),t.nodeType==9&&(t=t.documentElement),a=(r=e&&32&e.__u)?null:t.__k,t.__k=Oe(ft,{children:[e]}),o=[],n=[],Gt(t,t.__k,a||ut,ut,t.namespaceURI,a?null:t.firstChild?Zt.call(t.childNodes):null,o,a?a.__e:t.firstChild,r,n),zr(o,t.__k,n),t.__k.props.children=null}I={__e:function(e,t,r,a){for(var o,n,s;t=t.__;)if((o=t.__c)&&!(1&o.__g)){o.__g|=4;try{if((s=(n=o.constructor)&&n.getDerivedStateFromError)&&o.setState(n.getDerivedStateFromError(e)),o.componentDidCatch&&(o.componentDidCatch(e,a||{}),s=1),s&&8&o.__g)return void(o.__g|=2)}catch(l){e=l}}throw pt=0,e}},Sr=0,vn=function(e){return e!=null&&e.constructor===Fe},dt.prototype.setState=function(e,t){var r=this.__s;r&&r!=this.state||(r=this.__s=ke({},this.state)),typeof e=="function"&&(e=e(ke({},r),this.props)),e&&(ke(r,e),this.__v&&(t&&this.__k.push(t),kr(this)))},dt.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),kr(this))},dt.prototype.render=ft,$e=[],pt=0,Cr=function(e,t){return e.__v.__b-t.__v.__b},lt=Symbol(),Tr=/(PointerCapture)$|Capture$/i,Ht=0,Ut={},yn=0;var Me,H,Qt,Ir,Jt=Object.is,Ve=0,Hr=[],Xt=[],j=I,Or=j.__b,Fr=j.__r,Br=j.diffed,Mr=j.__c,Vr=j.unmount,qr=j.__;function tr(e,t){j.__h&&j.__h(H,e,Ve||t),Ve=0;var r=H.__H||(H.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function h(e){return Ve=1,An(Gr,e)}function An(e,t,r){var a=tr(Me++,2);if(a.t=e,!a.__c&&(a.__=[r?r(t):Gr(void 0,t),function(n){var s=(a.__N||a.__)[0],l=a.t(s,n);Jt(s,l)||(a.__N=[l,a.__[1]],a.__c.setState({}))}],a.__c=H,!H.__f)){H.__f=!0;var o=H.shouldComponentUpdate;H.shouldComponentUpdate=function(n,s,l){var d=this.__H;if(!d)return!0;var p=!1,c=this.props!=n;if(d.__.some(function(f){f.__N&&(p=!0,Jt(f.__[0],f.__N[0])||(c=!0))}),o){var m=o.call(this,n,s,l);return p?m||c:m}return!p||c}}return a.__}function R(e,t){var r=tr(Me++,3);!j.__s&&Zr(r.__H,t)&&(r.__P=!0,r.__=e,r.u=t,H.__H.__h.push(r))}function W(e){return Ve=5,Wr(function(){return{current:e}},[])}function Wr(e,t){var r=tr(Me++,7);return Zr(r.__H,t)&&(r.__=e(),r.__H=t),r.__}function Le(e,t){return Ve=8,Wr(function(){return e},t)}function Ln(){var e;do{for(;e=Xt.shift();)try{Be(e)}catch(r){j.__e(r,{__:(e=e.__P)&&e.__v})}for(;e=Hr.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Be),t.__h.some(er),t.__h=[]}catch(r){t.__h=[],j.__e(r,e.__v)}}}while(Xt.length)}j.__b=function(e){H=null,Or&&Or(e)},j.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),qr&&qr(e,t)},j.__r=function(e){Fr&&Fr(e),Me=0;var t=(H=e.__c).__H;t&&(Qt==H?H.__h=[]:(t.__h.some(Be),t.__h.some(er),Me=0),t.__h=[],t.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),Qt=H},j.diffed=function(e){Br&&Br(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&Ur(Hr.push(t)),t.__H.__.some(function(r){r.u&&(r.__H=r.u)})),Qt=H=null},j.__c=function(e,t){t.some(function(r){try{r.__h.some(Be),r.__h=r.__h.filter(function(a){return!a.__||er(a)})}catch(a){r.__h=[function(){throw a}]}}),Mr&&Mr(e,t)},j.unmount=function(e){Vr&&Vr(e);var t,r,a=e.__c;a&&a.__H&&(a.__H.__.some(function(o){try{if(o.__P&&o.__c){if(r===void 0){for(r=e.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}o.__P=r,Ur(Xt.push(o))}else Be(o)}catch(n){t=n}}),a.__H=void 0,t&&j.__e(t,a.__v))};var jr=typeof requestAnimationFrame=="function";function En(e){var t,r=function(){clearTimeout(a),jr&&cancelAnimationFrame(t),setTimeout(e)},a=setTimeout(r,35);jr&&(t=requestAnimationFrame(r))}function Ur(e){e!=1&&Ir==j.requestAnimationFrame||((Ir=j.requestAnimationFrame)||En)(Ln)}function Be(e){var t=H,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),H=t}function er(e){var t=H;e.__c=e.__(),H=t}function Zr(e,t){return!e||e.length!=t.length||t.some(function(r,a){return!Jt(r,e[a])})}function Gr(e,t){return typeof t=="function"?t(e):t}var qe=["forehead","temples","periorbital","nose","cheeks","perioral","chin","jawline"],je=["neck","decolletage","hands","arms","abdomen","back","buttocks","thighs"],Ue=[...qe,...je],Dn={forehead:"Forehead",temples:"Temples",periorbital:"Around the eyes",nose:"Nose",cheeks:"Cheeks",perioral:"Around the mouth",chin:"Chin",jawline:"Jawline",neck:"Neck",decolletage:"Décolletage",hands:"Hands",arms:"Arms",abdomen:"Abdomen",back:"Back",buttocks:"Buttocks",thighs:"Thighs"},Yr=["acne_scars","fine_lines","wrinkles","laxity","texture","enlarged_pores","hyperpigmentation","dullness","surgical_scars","stretch_marks","volume_loss","dynamic_wrinkles"],Rn={dullness:"Dullness",fine_lines:"Fine lines",wrinkles:"Wrinkles",laxity:"Laxity",texture:"Uneven texture",enlarged_pores:"Enlarged pores",hyperpigmentation:"Hyperpigmentation",acne_scars:"Acne scars",surgical_scars:"Surgical scars",stretch_marks:"Stretch marks",volume_loss:"Volume loss",dynamic_wrinkles:"Dynamic wrinkles"},He={hyperpigmentation:["sun_spots","melasma","pih"],acne_scars:["ice_pick","boxcar","rolling","mixed"]},zn={sun_spots:"Sun spots",melasma:"Melasma",pih:"Post-inflammatory (PIH)",ice_pick:"Ice pick",boxcar:"Boxcar",rolling:"Rolling",mixed:"Mixed"},Kr=[[1,"1 – mild"],[2,"2 – moderate"],[3,"3 – marked"],[4,"4 – severe"]],Qr=["herpes_history","keloid_tendency","psoriasis","eczema","rosacea","scleroderma","autoimmune_disease","bleeding_disorder","immunocompromised","diabetes_controlled","diabetes_uncontrolled"],Nn={herpes_history:"Cold sores (herpes simplex)",keloid_tendency:"Keloid scarring",psoriasis:"Psoriasis",scleroderma:"Scleroderma",autoimmune_disease:"Autoimmune disease",bleeding_disorder:"Bleeding disorder",immunocompromised:"Immunocompromised",diabetes_controlled:"Diabetes, controlled",diabetes_uncontrolled:"Diabetes, uncontrolled",eczema:"Eczema",rosacea:"Rosacea"},Jr=["acne","cold_sore","infection","eczema","psoriasis","rosacea","dermatitis","open_wound","sunburn","recent_sun_exposure","skin_cancer"],In={acne:"Active acne",infection:"Skin infection",cold_sore:"Cold sore",eczema:"Eczema flare",psoriasis:"Psoriasis flare",rosacea:"Rosacea flare",dermatitis:"Dermatitis",open_wound:"Open wound",sunburn:"Sunburn",recent_sun_exposure:"Recent sun exposure or tan",skin_cancer:"Skin cancer or suspicious lesion"},Xr=["isotretinoin","topical_retinoid","exfoliating_acid","anticoagulant","antiplatelet","immunosuppressant","aspirin","nsaid","vitamin_e","fish_oil","ginkgo"],On={isotretinoin:"Isotretinoin (oral)",topical_retinoid:"Topical retinoid",exfoliating_acid:"Exfoliating acid (AHA/BHA)",anticoagulant:"Anticoagulant",antiplatelet:"Antiplatelet",immunosuppressant:"Immunosuppressant",aspirin:"Aspirin",nsaid:"NSAID (ibuprofen, naproxen)",vitamin_e:"Vitamin E",fish_oil:"Fish oil",ginkgo:"Ginkgo biloba"},ea=["botox","filler","superficial_peel","medium_peel","deep_peel","laser_nonablative","laser_ablative","microneedling","surgery","waxing","depilatory","electrolysis"],Fn={botox:"Botulinum toxin",filler:"Dermal filler",superficial_peel:"Superficial peel",medium_peel:"Medium peel",deep_peel:"Deep peel",laser_nonablative:"Non-ablative laser",laser_ablative:"Ablative laser",microneedling:"Microneedling",surgery:"Surgery",waxing:"Waxing",depilatory:"Depilatory cream",electrolysis:"Electrolysis"},ta=["lidocaine","topical_anaesthetic","stainless_steel"],Bn={lidocaine:"Lidocaine",topical_anaesthetic:"Topical anaesthetic",stainless_steel:"Stainless steel (needles)"},Mn={eligible:"Eligible",eligible_with_precautions:"Eligible with precautions",defer:"Defer",not_eligible:"Not eligible"},Vn={contraindicated:"Contraindicated",defer:"Defer",caution:"Caution",info:"Info"},qn={alternative_anaesthesia:"Plan an alternative anaesthetic",antiviral_prophylaxis:"Antiviral prophylaxis",conservative_depth:"Conservative depths",physician_clearance:"Physician clearance",review_blood_thinners:"Review blood thinners",strict_photoprotection:"Strict photoprotection"},jn={active_acne:"Active acne",active_infection:"Active infection",active_cold_sore:"Active cold sore",skin_condition_flare:"Skin condition flare",open_wound:"Open wound",sunburn:"Sunburn",recent_sun_exposure:"Recent sun exposure",skin_cancer:"Skin cancer",keloid_tendency:"Keloid tendency",scleroderma:"Scleroderma",bleeding_disorder:"Bleeding disorder",metal_allergy:"Metal allergy",psoriasis_history:"Psoriasis history",autoimmune_disease:"Autoimmune disease",immunocompromised:"Immunocompromised",uncontrolled_diabetes:"Uncontrolled diabetes",herpes_history:"Cold sore history",pih_risk:"Risk of hyperpigmentation",anaesthetic_allergy:"Anaesthetic allergy",anticoagulant:"Anticoagulant or antiplatelet",blood_thinning_otc:"Blood-thinning supplement or painkiller",isotretinoin:"Isotretinoin",retinoid_or_acid:"Retinoid or acid",recent_hair_removal:"Recent hair removal",recent_procedure:"Recent procedure",pregnancy:"Pregnancy or breastfeeding",minor:"Under 18",unsuitable_concern:"Concern microneedling does not treat"},Un={avoid_sun:"Avoid sun",stop_retinoids_acids:"Stop retinoids and acids",no_hair_removal:"No hair removal",review_blood_thinners:"Review blood thinners",antiviral_prophylaxis:"Antiviral",hydrate:"Hydrate",report_skin_changes:"Report skin changes",arrive_makeup_free:"Arrive make-up free"},Hn={expected_redness:"Redness expected",gentle_cleanse_only:"Gentle cleansing only",no_makeup:"No make-up",avoid_heat_sweat:"Avoid heat and sweat",no_actives:"No active skincare",strict_sun_protection:"Strict sun protection",flaking_expected:"Flaking expected",do_not_pick:"Do not pick",reintroduce_retinoids:"Reintroduce retinoids",peels_facials_ok:"Peels and facials allowed",warning_signs:"Warning signs"},Wn={hyaluronic_acid:"Hyaluronic acid",prp:"PRP",led_red:"Red LED",brightening_serum:"Brightening serum (after healing)"},Zn={fillers:"Fillers",laser_resurfacing:"Laser resurfacing",neuromodulators:"Neuromodulators"},ht=["owner","provider","front_desk"],Gn={owner:"Owner",provider:"Provider",front_desk:"Front desk",patient:"Patient"},Yn={proposed:"Proposed",active:"Active",completed:"Completed",cancelled:"Cancelled"},_e=[[1,"I – always burns"],[2,"II – usually burns"],[3,"III – sometimes burns"],[4,"IV – rarely burns"],[5,"V – very rarely burns"],[6,"VI – never burns"]];function Z(e){return t=>e[t]||String(t).replaceAll("_"," ")}var Q=Z(Dn),xe=Z(Rn),$t=Z(zn),gt=Z(Nn),_t=Z(In),bt=Z(On),vt=Z(Fn),yt=Z(Bn),wt=Z(Mn),kt=Z(Vn),Se=Z(qn),X=Z(jn),We=Z(Un),Ze=Z(Hn),Ge=Z(Wn),ra=Z(Zn),re=Z(Gn),be=Z(Yn);var na=function(e,t,r,a){var o;t[0]=0;for(var n=1;n<t.length;n++){var s=t[n++],l=t[n]?(t[0]|=s?1:2,r[t[n++]]):t[++n];s===3?a[0]=l:s===4?a[1]=Object.assign(a[1]||{},l):s===5?(a[1]=a[1]||{})[t[++n]]=l:s===6?a[1][t[++n]]+=l+"":s?(o=e.apply(l,na(e,l,r,["",null])),a.push(o),l[0]?t[0]|=2:(t[n-2]=0,t[n]=o)):a.push(l)}return a},aa=new Map;function oa(e){var t=aa.get(this);return t||(t=new Map,aa.set(this,t)),(t=na(this,t.get(e)||(t.set(e,t=(function(r){for(var a,o,n=1,s="",l="",d=[0],p=function(f){n===1&&(f||(s=s.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,f,s):n===3&&(f||s)?(d.push(3,f,s),n=2):n===2&&s==="..."&&f?d.push(4,f,0):n===2&&s&&!f?d.push(5,0,!0,s):n>=5&&((s||!f&&n===5)&&(d.push(n,0,s,o),n=6),f&&(d.push(n,f,0,o),n=6)),s=""},c=0;c<r.length;c++){c&&(n===1&&p(),p(c));for(var m=0;m<r[c].length;m++)a=r[c][m],n===1?a==="<"?(p(),d=[d],n=3):s+=a:n===4?s==="--"&&a===">"?(n=1,s=""):s=a+s[0]:l?a===l?l="":s+=a:a==='"'||a==="'"?l=a:a===">"?(p(),n=1):n&&(a==="="?(n=5,o=s,s=""):a==="/"&&(n<5||r[c][m+1]===">")?(p(),n===3&&(d=d[0]),n=d,(d=d[0]).push(2,0,n),n=0):a===" "||a==="	"||a===`
`||a==="\r"?(p(),n=2):s+=a),n===3&&s==="!--"&&(n=4,d=d[0])}return p(),d})(e)),t),arguments,[])).length>1?t:t[0]}var i=oa.bind(Pr);var rr=new Set;function Kn(){rr.forEach(e=>e(location.pathname))}function K(e,{replace:t=!1}={}){e!==location.pathname+location.search&&history[t?"replaceState":"pushState"](null,"",e),Kn()}function xt(){let[e,t]=h(location.pathname);return R(()=>{rr.add(t);let r=()=>t(location.pathname);return addEventListener("popstate",r),()=>{rr.delete(t),removeEventListener("popstate",r)}},[]),e}function ia(){document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest&&e.target.closest("a[href]");if(!t||t.target||t.hasAttribute("download"))return;let r=new URL(t.href);r.origin!==location.origin||r.pathname.startsWith("/api/")||r.pathname===location.pathname&&r.hash||(e.preventDefault(),K(r.pathname+r.search))})}function sa(e,t){let r=e.split("/"),a=t.replace(/\/+$/,"").split("/");if(r.length!==a.length)return null;let o={};for(let n=0;n<r.length;n++)if(r[n].startsWith(":")){if(!/^[1-9][0-9]{0,17}$/.test(a[n]))return null;o[r[n].slice(1)]=Number(a[n])}else if(r[n]!==a[n])return null;return o}var ar="",nr=new Set;function or(e){ar=e||""}function la(e){return nr.add(e),()=>nr.delete(e)}var Ce=class extends Error{constructor(t,r){let a=r&&(r.detail||r.title)||`HTTP ${t}`;super(a),this.status=t,this.title=r&&r.title||"",this.detail=a,this.errors=r&&Array.isArray(r.errors)&&r.errors||[],this.requestId=r&&r.request_id||"",this.problem=r||{}}};async function k(e,t,r,{contentType:a="application/json",signal:o}={}){let n={Accept:"application/json"},s;r!==void 0&&(n["Content-Type"]=a,s=a==="application/json"?JSON.stringify(r):r),e!=="GET"&&ar&&(n["X-CSRF-Token"]=ar);let l;try{l=await fetch(t,{method:e,headers:n,body:s,credentials:"same-origin",signal:o})}catch(c){throw c.name==="AbortError"?c:new Ce(0,{title:"No connection",detail:"The server could not be reached. Check the connection and try again."})}if(l.status===204||l.status===304)return null;let d=await l.text(),p=null;try{p=d?JSON.parse(d):null}catch{p=null}if(!l.ok){let c=new Ce(l.status,p),m=e==="POST"&&(t==="/api/v1/session"||t==="/api/v1/invitations/accept");throw l.status===401&&!m&&nr.forEach(f=>f()),c}return p}function St(e){if(!e||e.name==="AbortError")return"";if(!(e instanceof Ce))return"Something went wrong in the page. Reload and try again.";switch(e.status){case 0:return e.detail;case 403:return"Your role may not do this.";case 404:return"Not found. It may not exist, or it is not yours to see.";case 409:return`${e.detail}.`;case 429:return`${e.detail}.`;case 503:return"The service is busy or the database is unavailable. Try again in a moment.";default:return e.status>=500?`The server failed (${e.status})${e.requestId?`; quote request ${e.requestId}`:""}.`:e.errors.length>0?"Please correct the fields marked below.":`${e.detail}.`}}var da="np-draft:",ca="";function ir(e){ca=e?`${e.clinic_id}:${e.user.id}`:""}function pa(){try{for(let e=sessionStorage.length-1;e>=0;e--){let t=sessionStorage.key(e);t&&t.startsWith(da)&&sessionStorage.removeItem(t)}}catch{}}function Qn(e){try{let t=sessionStorage.getItem(e);return t===null?void 0:JSON.parse(t)}catch{return}}function Ee(e,t){let r=`${da}${ca}:${e}`,a=W(Qn(r)),[o,n]=h(()=>a.current!==void 0?a.current:typeof t=="function"?t():t),s=W(!1);R(()=>{if(s.current)try{sessionStorage.setItem(r,JSON.stringify(o))}catch{}},[r,o]);let l=Le(p=>{s.current=!0,n(p)},[]),d=Le(()=>{s.current=!1;try{sessionStorage.removeItem(r)}catch{}},[r]);return[o,l,d,a.current!==void 0]}var De={status:"loading",session:null,expired:!1,error:null},sr=new Set;function Ye(e){De={...De,...e},sr.forEach(t=>t(De))}function ua(){let[e,t]=h(De);return R(()=>(sr.add(t),t(De),()=>sr.delete(t)),[]),e}function ma(e){or(e.csrf_token),ir(e),Ye({status:"ready",session:e,expired:!1,error:null})}async function lr(){try{ma(await k("GET","/api/v1/session"))}catch(e){e.status===401?Ye({status:"anonymous",session:null}):Ye({status:"error",error:e})}}async function fa(e,t,r){let a=await k("POST","/api/v1/session",{clinic:e,email:t,password:r});return ma(a),a}async function Ct(){try{await k("DELETE","/api/v1/session")}catch{}pa(),or(""),ir(null),Ye({status:"anonymous",session:null,expired:!1})}la(()=>{De.status==="ready"&&Ye({status:"anonymous",session:null,expired:!0})});var Re=e=>e==="owner"||e==="provider";function Jn(e){let t=[{href:"/staff",label:"Home",exact:!0},{href:"/staff/patients",label:"Patients"},{href:"/staff/hours",label:"Hours"}];return(e==="owner"||e==="provider")&&t.push({href:"/staff/protocol",label:"Protocol"}),e==="owner"&&(t.push({href:"/staff/team",label:"Team"}),t.push({href:"/staff/audit",label:"Audit log"})),t}function ha(){return i`<a class="skip-link" href="#main" onClick=${e=>{e.preventDefault();let t=document.getElementById("main");t&&t.focus()}}>Skip to content</a>`}async function $a(e){await Ct(),K(e,{replace:!0})}function Ke({session:e,children:t}){let r=xt(),a=e.role,o=n=>n.exact?r===n.href:r===n.href||r.startsWith(`${n.href}/`);return i`<${ha} />
    <header class="topbar">
      <div class="topbar__inner">
        <a class="brand" href="/staff"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</a>
        <nav class="mainnav" aria-label="Main">
          <ul>
            ${Jn(a).map(n=>i`<li><a href=${n.href} aria-current=${o(n)?"page":void 0}>${n.label}</a></li>`)}
          </ul>
        </nav>
        <div class="userbox">
          <span class="userbox__name">${e.user.display_name}</span>
          <span class="userbox__role">${re(a)}</span>
          <button type="button" class="button button--quiet" onClick=${()=>$a("/login")}>Log out</button>
        </div>
      </div>
    </header>
    <main id="main" class="page" tabindex="-1">${t}</main>`}function dr({session:e,children:t}){return i`<${ha} />
    <header class="topbar topbar--portal">
      <div class="topbar__inner">
        <a class="brand" href="/portal"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</a>
        <nav class="mainnav" aria-label="Main">
          <ul><li><a href="/portal" aria-current="page">My plan</a></li></ul>
        </nav>
        <div class="userbox">
          <span class="userbox__name">${e.user.display_name}</span>
          <button type="button" class="button button--quiet" onClick=${()=>$a("/portal/login")}>Log out</button>
        </div>
      </div>
    </header>
    <main id="main" class="page page--portal" tabindex="-1">${t}</main>`}function de({children:e}){return i`<main id="main" class="page page--plain" tabindex="-1">${e}</main>`}var Xn={short:new Intl.DateTimeFormat("en-GB",{day:"numeric",month:"short",year:"numeric",timeZone:"UTC"}),weekday:new Intl.DateTimeFormat("en-GB",{weekday:"short",day:"numeric",month:"short",year:"numeric",timeZone:"UTC"}),long:new Intl.DateTimeFormat("en-GB",{weekday:"long",day:"numeric",month:"long",year:"numeric",timeZone:"UTC"}),dayMonth:new Intl.DateTimeFormat("en-GB",{day:"numeric",month:"short",timeZone:"UTC"})},eo=new Intl.DateTimeFormat("en-GB",{day:"numeric",month:"short",year:"numeric",hour:"2-digit",minute:"2-digit",second:"2-digit"});function Qe(e){let t=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e||"");return t?new Date(Date.UTC(+t[1],+t[2]-1,+t[3])):null}function S(e,t="short"){let r=Qe(e);return r?Xn[t].format(r):""}function ee(e){let t=new Date(e);return Number.isNaN(t.getTime())?e:eo.format(t)}function Tt(e,t){return t?e===t?S(e):`${S(e)} – ${S(t)}`:`from ${S(e)}`}function cr(e,t){return Math.round((Qe(t)-Qe(e))/864e5)}function me(e){try{let t=new Intl.DateTimeFormat("en-CA",{timeZone:e,year:"numeric",month:"2-digit",day:"2-digit"}).formatToParts(new Date),r=a=>t.find(o=>o.type===a).value;return`${r("year")}-${r("month")}-${r("day")}`}catch{return new Date().toISOString().slice(0,10)}}function ze(e,t=me()){let r=Qe(e),a=Qe(t);if(!r||!a)return null;let o=a.getUTCFullYear()-r.getUTCFullYear();return(a.getUTCMonth()<r.getUTCMonth()||a.getUTCMonth()===r.getUTCMonth()&&a.getUTCDate()<r.getUTCDate())&&o--,o}function F(e){return e?`${e.given_name} ${e.family_name}`.trim():""}function se(e){if(!e)return"";let t=r=>Number(r).toFixed(2);return`${t(e.min)}–${t(e.max)} mm`}function ae(e,t,r=`${t}s`){return`${e} ${e===1?t:r}`}function G(e){return`f${e.replace(/[^A-Za-z0-9_]+/g,"-")}`}function ne(e,t,r=!1){return(e||[]).filter(a=>a.path===t||r&&a.path.startsWith(`${t}/`)).map(a=>a.message)}function pr(e){let t=e;for(;t;){let r=document.getElementById(G(t));if(r)return r;t=t.slice(0,Math.max(0,t.lastIndexOf("/")))}return null}function to(e){R(()=>{document.title=e?`${e} – Needlepoint`:"Needlepoint"},[e])}function y({children:e,title:t}){return to(t||(typeof e=="string"?e:"")),i`<h1 id="page-title" tabindex="-1">${e}</h1>`}function Pt({id:e,messages:t}){return!t||t.length===0?null:i`<div class="field-error" id=${e}>
    ${t.map(r=>i`<p><span class="visually-hidden">Error: </span>${r}</p>`)}
  </div>`}function At(e,t,r){let a=[];return t&&a.push(`${e}-hint`),r.length>0&&a.push(`${e}-error`),a.length>0?a.join(" "):void 0}function T({label:e,pointer:t,errors:r,hint:a,value:o,onValue:n,type:s="text",required:l=!1,className:d="",...p}){let c=G(t),m=ne(r,t);return i`<div class=${`field ${m.length?"field--invalid":""} ${d}`}>
    <label for=${c}>${e}${l?i`<span class="required" aria-hidden="true"> *</span>`:""}</label>
    ${a&&i`<p class="hint" id=${`${c}-hint`}>${a}</p>`}
    <input
      id=${c}
      name=${t}
      type=${s}
      value=${o??""}
      onInput=${f=>n(f.currentTarget.value)}
      aria-invalid=${m.length>0?"true":void 0}
      aria-required=${l?"true":void 0}
      aria-describedby=${At(c,a,m)}
      ...${p}
    />
    <${Pt} id=${`${c}-error`} messages=${m} />
  </div>`}function Lt({label:e,pointer:t,errors:r,hint:a,value:o,onValue:n,required:s=!1,rows:l=3,...d}){let p=G(t),c=ne(r,t);return i`<div class=${`field ${c.length?"field--invalid":""}`}>
    <label for=${p}>${e}${s?i`<span class="required" aria-hidden="true"> *</span>`:""}</label>
    ${a&&i`<p class="hint" id=${`${p}-hint`}>${a}</p>`}
    <textarea
      id=${p}
      name=${t}
      rows=${l}
      value=${o??""}
      onInput=${m=>n(m.currentTarget.value)}
      aria-invalid=${c.length>0?"true":void 0}
      aria-describedby=${At(p,a,c)}
      ...${d}
    ></textarea>
    <${Pt} id=${`${p}-error`} messages=${c} />
  </div>`}function V({label:e,pointer:t,errors:r,hint:a,value:o,onValue:n,options:s,placeholder:l,required:d=!1,className:p="",...c}){let m=G(t),f=ne(r,t);return i`<div class=${`field ${f.length?"field--invalid":""} ${p}`}>
    <label for=${m}>${e}${d?i`<span class="required" aria-hidden="true"> *</span>`:""}</label>
    ${a&&i`<p class="hint" id=${`${m}-hint`}>${a}</p>`}
    <select
      id=${m}
      name=${t}
      value=${o??""}
      onChange=${u=>n(u.currentTarget.value)}
      aria-invalid=${f.length>0?"true":void 0}
      aria-required=${d?"true":void 0}
      aria-describedby=${At(m,a,f)}
      ...${c}
    >
      ${l!==void 0&&i`<option value="">${l}</option>`}
      ${s.map(([u,$])=>i`<option value=${u}>${$}</option>`)}
    </select>
    <${Pt} id=${`${m}-error`} messages=${f} />
  </div>`}function ro({id:e,label:t,checked:r,onChecked:a,name:o,hint:n}){return i`<div class="check">
    <input
      type="checkbox"
      id=${e}
      name=${o}
      checked=${r}
      onChange=${s=>a(s.currentTarget.checked)}
      aria-describedby=${n?`${e}-hint`:void 0}
    />
    <label for=${e}>${t}</label>
    ${n&&i`<span class="hint" id=${`${e}-hint`}>${n}</span>`}
  </div>`}function fe({legend:e,pointer:t,errors:r,hint:a,options:o,values:n,onValues:s,columns:l=2,compact:d}){let p=G(t),c=ne(r,t,!0),m=(f,u)=>{let $=new Set(n);u?$.add(f):$.delete(f),s(o.map(([b])=>b).filter(b=>$.has(b)))};return i`<fieldset
    class=${`checks checks--${l} ${d?"checks--compact":""} ${c.length?"field--invalid":""}`}
    id=${p}
    tabindex="-1"
    aria-describedby=${At(p,a,c)}
  >
    <legend>${e}</legend>
    ${a&&i`<p class="hint" id=${`${p}-hint`}>${a}</p>`}
    <${Pt} id=${`${p}-error`} messages=${c} />
    <div class="checks__items">
      ${o.map(([f,u])=>i`<${ro}
            id=${`${p}-${f}`}
            name=${t}
            label=${u}
            checked=${n.includes(f)}
            onChecked=${$=>m(f,$)}
          />`)}
    </div>
  </fieldset>`}var ga={intake:"",patient:"",zones:"Zone",concerns:"Concern",active:"Skin condition",medications:"Medication",procedures:"Procedure",allergies:"Allergy",history:"History item",areas:"Areas",fitzpatrick:"Skin type",birth_date:"Date of birth",assessed_on:"Assessed on",planned_date:"First session",given_name:"Given name",family_name:"Family name",display_name:"Name",depth_mm:"depth",last_dose:"last taken",last_use:"last taken",code:""};function Ne(e){let t=[];return e.split("/").slice(1).forEach((a,o)=>{if(/^\d+$/.test(a)){t.length&&(t[t.length-1]+=` ${Number(a)+1}`);return}let n=a in ga?ga[a]:a.replaceAll("_"," ");n&&t.push(o===0||t.length===0?n.charAt(0).toUpperCase()+n.slice(1):n)}),t.join(", ")}function Y({errors:e,title:t="Please correct these fields"}){if(!e||e.length===0)return null;let r=(a,o)=>{a.preventDefault();let n=pr(o);n&&(n.scrollIntoView({block:"center"}),n.focus({preventScroll:!0}))};return i`<div class="error-summary" role="alert" tabindex="-1">
    <h2>${t}</h2>
    <ul>
      ${e.map(a=>i`<li>
            <a href=${`#${G(a.path)}`} onClick=${o=>r(o,a.path)}>
              ${Ne(a.path)?`${Ne(a.path)}: `:""}${a.message}
            </a>
          </li>`)}
    </ul>
  </div>`}function L({label:e="Loading…"}){return i`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${e}</p>`}function w({error:e,onRetry:t}){let r=St(e);return r?i`<div class="alert alert--error" role="alert">
    <p>${r}</p>
    ${t&&i`<button type="button" class="button button--secondary" onClick=${t}>Try again</button>`}
  </div>`:null}function E({kind:e="info",children:t}){return i`<div class=${`alert alert--${e}`} role="status">${t}</div>`}function O({children:e}){return i`<p class="empty">${e}</p>`}function B({kind:e,children:t}){return i`<span class=${`badge badge--${e}`}>${t}</span>`}function D({busy:e,children:t,busyLabel:r="Saving…",className:a=""}){return i`<button type="submit" class=${`button ${a}`} disabled=${e} aria-disabled=${e?"true":void 0}>
    ${e?r:t}
  </button>`}function ce({date:e,style:t="short"}){return i`<time datetime=${e}>${S(e,t)}</time>`}function te({label:e,confirmLabel:t,busy:r,onConfirm:a,children:o,className:n="button--secondary",small:s=!1,hiddenSuffix:l=""}){let[d,p]=h(!1),c=s?" button--small":"";return d?i`<div class="confirm" role="group" aria-label=${e}>
    <div class="confirm__question">${o}</div>
    <div class="form-actions">
      <button
        type="button"
        class=${`button button--danger${c}`}
        disabled=${r}
        onClick=${async()=>{await a(),p(!1)}}
      >
        ${r?"Working…":t}
      </button>
      <button type="button" class=${`button button--quiet${c}`} onClick=${()=>p(!1)}>Keep as it is</button>
    </div>
  </div>`:i`<button type="button" class=${`button ${n}${c}`} disabled=${r} onClick=${()=>p(!0)}>
      ${e}${l&&i`<span class="visually-hidden"> ${l}</span>`}
    </button>`}function _a({error:e,onRetry:t}){return e?!e.errors||e.errors.length===0||e.status>=500?i`<${w} error=${e} onRetry=${t} />`:i`<div class="alert alert--error" role="alert">
    <p>${e.status===409?"Refused: it conflicts with another change.":"Refused."}</p>
    <ul>
      ${e.errors.map(r=>i`<li>${Ne(r.path)?`${Ne(r.path)}: `:""}${r.message}</li>`)}
    </ul>
  </div>`:null}function A(e){let[t,r]=h({data:null,error:null,loading:e!==null}),[a,o]=h(0),n=W(!0);R(()=>()=>n.current=!1,[]),R(()=>{if(e===null){r({data:null,error:null,loading:!1});return}let d=new AbortController;return r(p=>({data:p.data,error:null,loading:!0})),k("GET",e,void 0,{signal:d.signal}).then(p=>n.current&&r({data:p,error:null,loading:!1}),p=>{p.name!=="AbortError"&&n.current&&r({data:null,error:p,loading:!1})}),()=>d.abort()},[e,a]);let s=Le(()=>o(d=>d+1),[]),l=Le(d=>r({data:d,error:null,loading:!1}),[]);return{...t,reload:s,setData:l}}function q(e,t){R(()=>{e&&(performance.mark(`np-ready:${t}`),document.body.dataset.ready=t)},[e,t])}var ao=["patient.read","patient.search","patient.create","patient.update","patient.portal_account.create","consultation.create","consultation.read","consultation.list","consultation.screen","plan.create","plan.read","plan.list","plan.update","audit.read"],no={success:"ok",denied:"stop",failed:"caution"};function oo(e){let[t,r,a]=e.split("-").map(Number);return new Date(Date.UTC(t,r-1,a+1)).toISOString().slice(0,10)}function io(e){let[t,r,a]=me().split("-").map(Number);return new Date(Date.UTC(t,r-1,a-e)).toISOString().slice(0,10)}function so(e,t){let r=new URLSearchParams;return e.from&&r.set("from",e.from),e.to&&r.set("to",oo(e.to)),e.user_id&&r.set("user_id",e.user_id),e.patient_id&&r.set("patient_id",e.patient_id),e.action&&r.set("action",e.action),t&&r.set("after",String(t)),r.set("limit","50"),`/api/v1/audit?${r}`}function ba(){let e=A("/api/v1/staff"),[t,r]=h({from:io(7),to:"",user_id:"",patient_id:"",action:""}),[a,o]=h(t),[n,s]=h([]),[l,d]=h(null),[p,c]=h({loading:!0,error:null}),[m,f]=h(0);q(!p.loading&&!p.error,"audit");let u=async g=>{c({loading:!0,error:null});try{let v=await k("GET",so(a,g));s(C=>g?[...C,...v.items]:v.items),d(v.items.length===50?v.next_after:null),c({loading:!1,error:null})}catch(v){c({loading:!1,error:v})}};R(()=>{u(null)},[a,m]);let $=Object.fromEntries((e.data?e.data.items:[]).map(g=>[g.id,g.display_name])),b=g=>v=>r({...t,[g]:v}),_=p.error&&p.error.status===400?p.error.errors.map(g=>({...g,path:`/${g.path.replace(/^\?/,"")}`})):[];return i`<div class="stack">
    <${y}>Audit log</${y}>
    <p class="lead">Every read and change of patient data, with who did it. Rows cannot be edited or removed.</p>
    <form
      class="card filters"
      aria-label="Filter the audit log"
      onSubmit=${g=>{g.preventDefault(),o({...t}),f(v=>v+1)}}
    >
      <${T} label="From" type="date" pointer="/from" errors=${_} value=${t.from} onValue=${b("from")} />
      <${T} label="To" type="date" pointer="/to" errors=${_} value=${t.to} onValue=${b("to")} />
      <${V}
        label="Who"
        pointer="/user_id"
        errors=${_}
        value=${t.user_id}
        onValue=${b("user_id")}
        options=${(e.data?e.data.items:[]).map(g=>[String(g.id),`${g.display_name} (${re(g.role)})`])}
        placeholder="Anyone"
      />
      <${T} label="Patient number" type="number" min="1" inputmode="numeric" pointer="/patient_id" errors=${_} value=${t.patient_id} onValue=${b("patient_id")} />
      <${V} label="Action" pointer="/action" errors=${_} value=${t.action} onValue=${b("action")} options=${ao.map(g=>[g,g])} placeholder="Any action" />
      <button type="submit" class="button">Show</button>
    </form>
    <section class="card" aria-labelledby="audit-heading" aria-busy=${p.loading?"true":"false"}>
      <h2 id="audit-heading">${n.length} ${n.length===1?"entry":"entries"}${l?" so far":""}</h2>
      ${p.error&&p.error.status!==400&&i`<${w} error=${p.error} onRetry=${()=>f(g=>g+1)} />`}
      ${n.length>0&&i`<div class="table-scroll"><table class="table table--dense">
        <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Patient</th><th scope="col">Outcome</th><th scope="col">Detail</th><th scope="col">Request</th></tr></thead>
        <tbody>
          ${n.map(g=>i`<tr key=${g.seq}>
              <td>${ee(g.at)}</td>
              <td>${g.user_id?$[g.user_id]||`${re(g.role||"")} #${g.user_id}`:"System"}${g.role?i` <span class="muted">${re(g.role)}</span>`:""}</td>
              <td><code>${g.action}</code></td>
              <td>${g.patient_id?i`<a href=${`/staff/patients/${g.patient_id}`}>#${g.patient_id}</a>`:"—"}</td>
              <td><${B} kind=${no[g.outcome]||"neutral"}>${g.outcome}</${B}></td>
              <td>${g.detail}</td>
              <td><code class="small">${g.request_id}</code></td>
            </tr>`)}
        </tbody>
      </table></div>`}
      ${!p.loading&&n.length===0&&!p.error&&i`<p class="empty">No entry matches these filters.</p>`}
      ${p.loading&&i`<${L} />`}
      ${l&&!p.loading&&i`<button type="button" class="button button--secondary" onClick=${()=>u(l)}>Load more</button>`}
    </section>
  </div>`}var Je=["mon","tue","wed","thu","fri","sat","sun"],lo={mon:"Monday",tue:"Tuesday",wed:"Wednesday",thu:"Thursday",fri:"Friday",sat:"Saturday",sun:"Sunday"},Te=e=>lo[e]||e,co={consultation:"Consultation",treatment:"Treatment session",follow_up:"Follow-up"},va=e=>co[e]||String(e).replaceAll("_"," ");var Et=e=>(e||"").slice(0,10),Dt=e=>(e||"").slice(11,16);function ya(e){let t={};for(let r of Je){let a=(e[r]||[]).map(o=>({from:o.from,to:o.to}));a.length>0&&(t[r]=a)}return{hours:t}}function Rt(e=!0){let t=A(e?"/api/v1/staff":null),r=new Map((t.data?t.data.items:[]).map(a=>[a.id,a.title?`${a.display_name} (${a.title})`:a.display_name]));return a=>r.get(a)||`user #${a}`}function Xe(){let e=A("/api/v1/staff"),t=(e.data?e.data.items:[]).filter(a=>a.role==="provider"&&a.active),r=new Map((e.data?e.data.items:[]).map(a=>[a.id,a.display_name]));return{providers:t,nameOf:a=>r.get(a)||`provider #${a}`,loading:e.loading,error:e.error,reload:e.reload}}function wa(){let e=A("/api/v1/resources"),t=e.data?e.data.items:[],r=new Map(t.map(a=>[a.id,a.name]));return{rooms:t.filter(a=>a.kind==="room"&&a.active),devices:t.filter(a=>a.kind==="device"&&a.active),nameOf:a=>a==null?"":r.get(a)||`#${a}`,loading:e.loading,error:e.error}}var po=0;function ur({title:e,onClose:t,children:r,wide:a=!1}){let o=W(null),n=W(`dialog-${++po}`),s=W(t);return s.current=t,R(()=>{let l=o.current;l&&!l.open&&l.showModal();let d=p=>{p.preventDefault(),s.current()};return l.addEventListener("cancel",d),()=>{l.removeEventListener("cancel",d),l.open&&l.close()}},[]),i`<dialog ref=${o} class=${`dialog ${a?"dialog--wide":""}`} aria-labelledby=${`${n.current}-title`}>
    <div class="dialog__head">
      <h2 id=${`${n.current}-title`}>${e}</h2>
      <button type="button" class="button button--quiet button--small" onClick=${t}>Close<span class="visually-hidden"> ${e}</span></button>
    </div>
    <div class="dialog__body">${r}</div>
  </dialog>`}function uo(e){let t=new Map;for(let r of e){let a=Et(r.start_local);t.has(a)||t.set(a,[]),t.get(a).push(r)}return[...t.entries()]}function mo({kind:e="consultation",patientId:t,timeZone:r,initialDate:a,initialProvider:o="",refresh:n=0,busy:s,onPick:l,label:d="Book"}){let{providers:p,nameOf:c}=Xe(),m=wa(),[f,u]=h(a||me(r)),[$,b]=h(o?String(o):""),[_,g]=h({loading:!1,error:null,data:null}),[v,C]=h(0);R(()=>{if(!f)return;let z=new AbortController,J=new URLSearchParams({kind:e,from:f,days:"7",count:"40"});return $&&J.set("provider_id",$),t&&J.set("patient_id",String(t)),g(N=>({...N,loading:!0,error:null})),k("GET",`/api/v1/slots?${J}`,void 0,{signal:z.signal}).then(N=>g({loading:!1,error:null,data:N}),N=>N.name!=="AbortError"&&g({loading:!1,error:N,data:null})),()=>z.abort()},[e,f,$,t,v,n]);let P=_.data?uo(_.data.items):[];return i`<div class="slot-search">
    <div class="grid grid--2">
      <${T} label="From date" pointer="/slot-from" type="date" value=${f} onValue=${u} />
      <${V}
        label="Provider"
        pointer="/slot-provider"
        value=${$}
        onValue=${b}
        placeholder="Any provider"
        options=${p.map(z=>[String(z.id),z.display_name])}
      />
    </div>
    <div class="form-actions slot-search__nav">
      <button type="button" class="button button--quiet button--small" onClick=${()=>C(z=>z+1)}>Search again</button>
    </div>
    ${_.loading&&i`<${L} label="Finding free times…" />`}
    <${w} error=${_.error} />
    ${_.data&&P.length===0&&i`<${O}>No free ${va(e).toLowerCase()} times in the 7 days from ${S(f)}. Try a later date or another provider.</${O}>`}
    ${P.length>0&&i`<div class="slot-days" aria-live="polite">
      ${P.map(([z,J])=>i`<section class="slot-day" aria-label=${S(z,"weekday")}>
          <h3><time datetime=${z}>${S(z,"weekday")}</time></h3>
          <ul class="slot-list">
            ${J.map(N=>i`<li>
                <button
                  type="button"
                  class="button button--secondary button--small slot"
                  disabled=${s}
                  data-start=${N.start_local}
                  onClick=${()=>l(N)}
                >
                  ${Dt(N.start_local)}${!$&&i`<span class="slot__who"> ${c(N.provider_id)}</span>`}${N.room_id&&e==="treatment"&&i`<span class="slot__who"> ${m.nameOf(N.room_id)}</span>`}<span class="visually-hidden"> on ${S(z,"long")}: ${d}</span>
                </button>
              </li>`)}
          </ul>
        </section>`)}
    </div>`}
  </div>`}function ka({patient:e,patientName:t,timeZone:r,onClose:a,onBooked:o}){let{nameOf:n}=Xe(),[s,l]=h(!1),[d,p]=h(null),[c,m]=h(0),[f,u]=h(null),$=async _=>{l(!0),p(null);try{let g={patient_id:e.id,kind:"consultation",start:_.start_local,provider_id:_.provider_id};_.room_id&&(g.room_id=_.room_id);let v=await k("POST","/api/v1/appointments",g);u(v),o(v)}catch(g){p({error:g,slot:_}),m(v=>v+1)}l(!1)},b=d&&d.error.status===409;return i`<${ur} title=${`Book a consultation for ${t}`} onClose=${a} wide>
    ${f?i`<${E} kind="success">
          <p class="booked">
            Booked: consultation on <strong>${S(Et(f.start_local),"long")}</strong>${" at "}<strong
              >${Dt(f.start_local)}</strong
            >${` with ${n(f.provider_id)}.`}
          </p>
          <button type="button" class="button" onClick=${a}>Done</button>
        </${E}>`:i`<p class="muted">Free 30-minute times in the clinic’s local time${r?` (${r})`:""}. Pick one to book it.</p>
          ${b&&i`<div class="alert alert--error" role="alert">
            <p>
              <strong>That time was just taken.</strong>
              ${` ${S(Et(d.slot.start_local),"weekday")} at ${Dt(d.slot.start_local)} is no longer free; nothing was booked. `}
              The free times below are up to date: pick another.
            </p>
          </div>`}
          ${d&&!b&&i`<${_a} error=${d.error} />`}
          <${mo} patientId=${e.id} timeZone=${r} refresh=${c} busy=${s} onPick=${$} label="book it" />`}
  </${ur}>`}function xa({patient:e,label:t}){return i`<div class="merge__record">
    <p class="merge__label">${t}</p>
    <p><strong>${F(e)}</strong> <span class="muted">#${e.id}</span></p>
    <p>Born ${S(e.birth_date)}</p>
    <p class="small">${e.email||"no e-mail"} · ${e.phone||"no phone"}</p>
  </div>`}function fo(e){let t=[ae(e.consultations,"consultation"),ae(e.plans,"plan"),ae(e.appointments,"appointment")];return e.portal_account&&t.push("the portal login"),t.join(", ")}function Sa({patient:e,onMerged:t}){let[r,a]=h(!1),[o,n]=h(e.family_name),[s,l]=h({loading:!1,error:null,items:null}),[d,p]=h(null),[c,m]=h(!1),[f,u]=h(null),[$,b]=h(null);R(()=>{if(!r)return;let g=new AbortController;l(C=>({...C,loading:!0,error:null}));let v=setTimeout(()=>{k("POST","/api/v1/patients/search",{q:o.trim(),limit:10},{signal:g.signal}).then(C=>l({loading:!1,error:null,items:C.items.filter(P=>P.id!==e.id&&!P.merged_into)}),C=>C.name!=="AbortError"&&l({loading:!1,error:C,items:null}))},250);return()=>{clearTimeout(v),g.abort()}},[r,o,e.id]);let _=async()=>{m(!0),u(null);try{let g=await k("POST",`/api/v1/patients/${e.id}/merge`,{duplicate_id:d.id});b(g),p(null),a(!1),t(g)}catch(g){u(g)}m(!1)};return i`<section class="card" aria-labelledby="merge-heading">
    <h2 id="merge-heading">Duplicate records</h2>
    ${$&&i`<${E} kind="success">
      <p>${F($.duplicate)} (#${$.duplicate.id}) is merged into this record: ${fo($.moved)} moved here.</p>
    </${E}>`}
    ${!r&&i`<p class="muted">Registered twice? Merge the duplicate into this record: its history moves here.</p>
      <button type="button" class="button button--secondary" onClick=${()=>a(!0)}>Merge a duplicate into this record</button>`}
    ${r&&!d&&i`<div class="merge">
      <label for="merge-query">Find the duplicate (name, e-mail or phone)</label>
      <input id="merge-query" type="search" value=${o} autocomplete="off" spellcheck="false" onInput=${g=>n(g.currentTarget.value)} />
      <div aria-live="polite">
        ${s.loading&&!s.items&&i`<${L} label="Searching…" />`}
        <${w} error=${s.error} />
        ${s.items&&s.items.length===0&&i`<${O}>No other record matches.</${O}>`}
        ${s.items&&s.items.length>0&&i`<ul class="merge__results">
          ${s.items.map(g=>i`<li>
              <span><strong>${F(g)}</strong>, born ${S(g.birth_date)} <span class="muted">#${g.id}</span></span>
              <button type="button" class="button button--secondary button--small" onClick=${()=>p(g)}>
                Choose<span class="visually-hidden"> ${F(g)} (#${g.id})</span>
              </button>
            </li>`)}
        </ul>`}
      </div>
      <button type="button" class="button button--quiet" onClick=${()=>a(!1)}>Cancel</button>
    </div>`}
    ${r&&d&&i`<div class="merge merge--confirm" role="group" aria-labelledby="merge-confirm-heading">
      <h3 id="merge-confirm-heading">Merge these records?</h3>
      <div class="merge__pair">
        <${xa} patient=${d} label="The duplicate" />
        <span class="merge__arrow" aria-hidden="true">→</span>
        <${xa} patient=${e} label="Into this record" />
      </div>
      <p>
        Everything recorded under the duplicate — consultations, plans, appointments and its portal login — moves to this
        record. The duplicate is kept, hidden from search, and points here. <strong>This cannot be undone.</strong>
      </p>
      <${w} error=${f} />
      <div class="form-actions">
        <button type="button" class="button button--danger" disabled=${c} onClick=${_}>
          ${c?"Merging…":`Merge #${d.id} into this record`}
        </button>
        <button type="button" class="button button--quiet" onClick=${()=>p(null)}>Choose another</button>
      </div>
    </div>`}
  </section>`}function Ca(){return{given_name:"",family_name:"",birth_date:"",email:"",phone:"",fitzpatrick:""}}function mr(e){return{given_name:e.given_name,family_name:e.family_name,birth_date:e.birth_date,email:e.email,phone:e.phone,fitzpatrick:e.fitzpatrick?String(e.fitzpatrick):""}}function zt(e,t){let r={given_name:e.given_name.trim(),family_name:e.family_name.trim()};return(e.birth_date||t)&&(r.birth_date=e.birth_date),(e.email.trim()||!t)&&(r.email=e.email.trim()),(e.phone.trim()||!t)&&(r.phone=e.phone.trim()),e.fitzpatrick&&(r.fitzpatrick=Number(e.fitzpatrick)),r}function Nt({fields:e,onFields:t,errors:r,busy:a,onSubmit:o,submitLabel:n}){let s=l=>d=>t({...e,[l]:d});return i`<form class="form" onSubmit=${o} novalidate>
    <${Y} errors=${r} />
    <div class="grid grid--2">
      <${T} label="Given name" pointer="/given_name" errors=${r} value=${e.given_name} onValue=${s("given_name")} autocomplete="off" required />
      <${T} label="Family name" pointer="/family_name" errors=${r} value=${e.family_name} onValue=${s("family_name")} autocomplete="off" required />
      <${T} label="Date of birth" type="date" pointer="/birth_date" errors=${r} value=${e.birth_date} onValue=${s("birth_date")} required />
      <${V}
        label="Skin type (Fitzpatrick)"
        pointer="/fitzpatrick"
        errors=${r}
        value=${e.fitzpatrick}
        onValue=${s("fitzpatrick")}
        options=${_e}
        placeholder="Not assessed yet"
      />
      <${T} label="E-mail" type="email" pointer="/email" errors=${r} value=${e.email} onValue=${s("email")} autocomplete="off" />
      <${T} label="Phone" type="tel" pointer="/phone" errors=${r} value=${e.phone} onValue=${s("phone")} autocomplete="off" />
    </div>
    <${D} busy=${a}>${n}</${D}>
  </form>`}function ho(e){return new URL(e.url,location.origin).href}async function $o(e){try{return await navigator.clipboard.writeText(e.value),!0}catch{e.focus(),e.select();try{return document.execCommand("copy")}catch{return!1}}}function Ie({invitation:e,person:t,again:r,id:a="invitation-link"}){let o=W(null),[n,s]=h(null),l=ho(e),d=async()=>s(await $o(o.current));return i`<div class="invitation" data-invitation-url=${e.url}>
    <p class="invitation__title"><strong>Set-password link for ${t}</strong></p>
    <p class="invitation__once">
      <strong>Shown only now.</strong> Copy it and give it to ${t} yourself (in person, or by a
      channel only they read). It works once, until ${ee(e.expires_at)}.
    </p>
    <label class="visually-hidden" for=${a}>Set-password link for ${t}</label>
    <div class="invitation__row">
      <input id=${a} class="invitation__url code" type="text" readonly value=${l} ref=${o} onFocus=${p=>p.currentTarget.select()} />
      <button type="button" class="button" onClick=${d}>Copy link</button>
    </div>
    <p class="invitation__status" role="status">
      ${n===!0?"Copied to the clipboard.":n===!1?"Could not copy: the link is selected, press Ctrl+C (⌘C on a Mac).":""}
    </p>
    ${r&&i`<p class="muted small">Lost it, or did it expire? ${r}</p>`}
  </div>`}function Ta({patient:e,name:t}){let[r,a]=h(e.email||""),[o,n]=h(!1),[s,l]=h(null),[d,p]=h(null),c=async f=>{f.preventDefault(),n(!0),l(null);try{let u=r.trim(),$=await k("POST",`/api/v1/patients/${e.id}/portal-account`,u?{email:u}:{});p($)}catch(u){l(u)}n(!1)},m=s?s.status===400?s.errors:s.status===409?[{path:"/email",message:s.detail}]:[]:[];return i`<div class="stack">
    ${d&&i`<${E} kind="success">
      <p>Portal login for <strong>${d.email}</strong>. The patient sets their own password with this link, then logs in at the patient portal.</p>
      <${Ie} invitation=${d.invitation} person=${t} again="Invite again for a new link." id="portal-invitation-link" />
    </${E}>`}
    <form class="form form--compact" onSubmit=${c} novalidate aria-label="Invite to the portal">
      ${s&&s.status!==400&&s.status!==409&&i`<${w} error=${s} />`}
      <${Y} errors=${m} />
      <${T}
        label="Portal e-mail"
        hint="The patient logs in with it. Empty: the e-mail on record."
        type="email"
        pointer="/email"
        errors=${m}
        value=${r}
        onValue=${a}
        autocomplete="off"
      />
      <p class="muted small">If the patient already has a portal login, a new link replaces their password and logs them out.</p>
      <${D} busy=${o} busyLabel="Creating the link…" className="button--secondary">
        ${d?"Create another link":"Invite to the portal"}
      </${D}>
    </form>
  </div>`}function Pa(e){let t=_e.find(([r])=>r===e);return t?t[1]:"Not assessed"}function Aa({patientId:e,headingLevel:t=2}){let r=A(`/api/v1/patients/${e}/skin-types`),a=Rt(),o=`h${t}`,n=r.data?[...r.data.items].sort((s,l)=>s.assessed_at<l.assessed_at?1:-1):[];return i`<section class="card skin-history" aria-labelledby=${`skin-history-${e}`}>
    <${o} id=${`skin-history-${e}`}>Skin type history</${o}>
    ${r.loading&&i`<${L} />`}
    <${w} error=${r.error} onRetry=${r.reload} />
    ${r.data&&n.length===0&&i`<${O}>No assessment recorded by a consultation yet.</${O}>`}
    ${n.length>0&&i`<ol class="skin-history__list">
      ${n.map(s=>i`<li>
          <strong>${Pa(s.fitzpatrick)}</strong>
          <span class="muted">${s.previous?` (was ${Pa(s.previous)})`:" (first assessment)"}</span>
          <br /><span class="small">${ee(s.assessed_at)} · ${a(s.assessed_by)}${s.consultation_id?i` · <a href=${`/staff/consultations/${s.consultation_id}`}>consultation</a>`:""}</span>
        </li>`)}
    </ol>`}
  </section>`}var fr={eligible:"ok",eligible_with_precautions:"caution",defer:"defer",not_eligible:"stop"};function go({item:e}){let t=e.screening||{},r=t.findings||[];return i`<article class="entry">
    <header class="entry__head">
      <h3><a href=${`/staff/consultations/${e.id}`}>Consultation</a></h3>
      <${B} kind=${fr[e.verdict]}>${wt(e.verdict)}</${B}>
      ${e.earliest_date&&i`<span>not before <strong>${S(e.earliest_date,"weekday")}</strong></span>`}
    </header>
    ${r.length>0&&i`<ul class="chips" aria-label="Findings">
      ${r.map(a=>i`<li class=${`chip chip--${a.level}`}>${X(a.code)}</li>`)}
    </ul>`}
    ${(t.actions||[]).length>0&&i`<p class="entry__line">Required: ${t.actions.map(Se).join(", ")}</p>`}
    <p class="entry__meta">Protocol ${e.protocol.name} ${e.protocol.version}</p>
  </article>`}function _o({item:e}){let t=e.schedule||[];return i`<article class="entry">
    <header class="entry__head">
      <h3><a href=${`/staff/plans/${e.id}`}>Treatment plan</a></h3>
      <${B} kind="neutral">${be(e.status)}</${B}>
      <span>${ae(e.sessions,"session")}, every ${e.interval_days.min}–${e.interval_days.max} days</span>
    </header>
    ${t.length>0?i`<p class="entry__line">
          ${t.map(r=>i`<span class="session-date">Session ${r.session}: ${S(r.date)}</span>`)}
        </p>`:i`<p class="entry__line">No dates yet: the series starts once the deferral is resolved.</p>`}
  </article>`}var La=[{key:"consultations",roles:["owner","provider"],path:e=>`/api/v1/patients/${e}/consultations`,toEntries:e=>e.items.map(t=>({key:`c${t.id}`,at:t.created_at,kind:"Consultation",item:t,Card:go}))},{key:"plans",roles:["owner","provider","front_desk"],path:e=>`/api/v1/patients/${e}/plans`,toEntries:e=>e.items.map(t=>({key:`p${t.id}`,at:t.created_at||t.schedule&&t.schedule[0]&&`${t.schedule[0].date}T00:00:00Z`||"",kind:"Plan",item:t,Card:_o}))}];function Ea({entries:e}){let t=[...e].sort((r,a)=>r.at<a.at?1:r.at>a.at?-1:0);return i`<ol class="timeline">
    ${t.map(r=>i`<li class="timeline__item" key=${r.key}>
        <div class="timeline__when">${r.at?ee(r.at):""}</div>
        <div class="timeline__body"><${r.Card} item=${r.item} /></div>
      </li>`)}
  </ol>`}function Da(e,t){let[r,a]=h(!1),[o,n]=h(null);return{busy:r,problem:o,set:async l=>{a(!0),n(null);try{t(await k("PATCH",`/api/v1/patients/${e.id}`,{version:e.version,archived:l}))}catch(d){n(d)}a(!1)}}}function bo({patient:e,onSaved:t}){let r=Da(e,t);return e.merged_into?i`<div class="alert alert--warning record-banner" role="status">
      <p>
        <strong>Merged record.</strong> This record was merged into
        <a href=${`/staff/patients/${e.merged_into}`}>patient #${e.merged_into}</a>; its history is there now. It
        is kept for the audit and cannot be changed.
      </p>
    </div>`:e.archived?i`<div class="alert alert--warning record-banner" role="status">
    <p><strong>Archived record.</strong> Hidden from search and lists; nothing is deleted.</p>
    <${w} error=${r.problem} />
    <button type="button" class="button button--secondary button--small" disabled=${r.busy} onClick=${()=>r.set(!1)}>Restore the record</button>
  </div>`:null}function vo({patient:e,onSaved:t}){let r=Da(e,t),[a,o]=h(!1),[n,s]=h(()=>mr(e)),[l,d]=h(!1),[p,c]=h(null),m=_e.find(([u])=>u===e.fitzpatrick),f=async u=>{u.preventDefault(),d(!0),c(null);try{let $=await k("PATCH",`/api/v1/patients/${e.id}`,{...zt(n,!1),version:e.version});t($),o(!1)}catch($){c($)}d(!1)};return a?i`<section class="card" aria-labelledby="details-heading">
      <h2 id="details-heading">Change details</h2>
      ${p&&p.status!==400&&i`<${w} error=${p} />`}
      <${Nt}
        fields=${n}
        onFields=${s}
        errors=${p&&p.status===400?p.errors:[]}
        busy=${l}
        onSubmit=${f}
        submitLabel="Save details"
      />
      <button type="button" class="button button--quiet" onClick=${()=>o(!1)}>Cancel</button>
    </section>`:i`<section class="card" aria-labelledby="details-heading">
    <h2 id="details-heading">Details</h2>
    <dl class="facts">
      <div><dt>Born</dt><dd>${S(e.birth_date)} (${ze(e.birth_date)})</dd></div>
      <div><dt>Skin type</dt><dd>${m?m[1]:"Not assessed"}</dd></div>
      <div><dt>E-mail</dt><dd>${e.email||"—"}</dd></div>
      <div><dt>Phone</dt><dd>${e.phone||"—"}</dd></div>
    </dl>
    ${!e.merged_into&&i`<div class="form-actions">
      <button
        type="button"
        class="button button--secondary"
        onClick=${()=>{s(mr(e)),o(!0)}}
      >
        Change details
      </button>
      ${!e.archived&&i`<${te} label="Archive" hiddenSuffix="this record" confirmLabel="Archive the record" busy=${r.busy} onConfirm=${()=>r.set(!0)}>
        <p>The record is hidden from search and lists but kept, with its history; it can be restored from here.</p>
      </${te}>`}
    </div>`}
    <${w} error=${r.problem} />
  </section>`}function Ra({session:e,id:t}){let r=A(`/api/v1/patients/${t}`),a=A("/api/v1/clinic"),[o,n]=h(!1),[s,l]=h(0),d=La.map(u=>({source:u,resource:A(u.roles.includes(e.role)?u.path(t):null)})).filter(({source:u})=>u.roles.includes(e.role)),p=d.every(({resource:u})=>u.data);if(q(r.data!==null&&p,"chart"),r.error)return i`<${y}>Patient</${y}><${w} error=${r.error} onRetry=${r.reload} />`;if(!r.data)return i`<${y}>Patient</${y}><${L} label="Loading the chart…" />`;let c=r.data,m=d.flatMap(({source:u,resource:$})=>$.data?u.toEntries($.data):[]),f=Re(e.role);return i`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a></p>
    <div class="page-head">
      <div>
        <${y} title=${F(c)}>${F(c)}</${y}>
        <p class="lead">Born ${S(c.birth_date)} · patient #${c.id}</p>
      </div>
      <div class="form-actions page-head__actions">
        ${!c.merged_into&&!c.archived&&i`<button type="button" class="button button--secondary" onClick=${()=>n(!0)}>Book a consultation</button>`}
        ${f&&!c.merged_into&&i`<a class="button" href=${`/staff/patients/${c.id}/consultations/new`}>New consultation</a>`}
      </div>
    </div>
    ${o&&i`<${ka}
      patient=${c}
      patientName=${F(c)}
      timeZone=${a.data?a.data.time_zone:void 0}
      onClose=${()=>n(!1)}
      onBooked=${()=>l(u=>u+1)}
    />`}
    <${bo} patient=${c} onSaved=${r.setData} />
    <div class="columns">
      <section class="card columns__main" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        ${d.map(({source:u,resource:$})=>i`${$.loading&&i`<${L} label=${`Loading ${u.key}…`} />`}
            <${w} error=${$.error} onRetry=${$.reload} />`)}
        ${p&&m.length===0&&i`<${O}>Nothing recorded yet.${f?" Start with a consultation.":""}</${O}>`}
        ${m.length>0&&i`<${Ea} entries=${m} />`}
      </section>
      <div class="columns__side stack">
        <${vo} patient=${c} onSaved=${r.setData} />
        ${f&&i`<${Aa} patientId=${c.id} />`}
        ${f&&!c.merged_into&&i`<section class="card" aria-labelledby="portal-heading">
          <h2 id="portal-heading">Portal login</h2>
          <p class="muted">Lets the patient see their plan and how to prepare, and nothing else.</p>
          <${Ta} patient=${c} name=${F(c)} />
        </section>`}
        ${f&&!c.merged_into&&i`<${Sa}
          patient=${c}
          onMerged=${u=>{r.setData(u.patient),d.forEach(({resource:$})=>$.reload())}}
        />`}
      </div>
    </div>
  </div>`}var yo={contraindicated:"stop",defer:"defer",caution:"caution",info:"neutral"},wo={eligible:"No contraindication found: the patient can be treated.",eligible_with_precautions:"The patient can be treated with the actions below.",defer:"Not now: treatment has to wait.",not_eligible:"Do not treat with microneedling."};function ko({finding:e,headingLevel:t}){let r=`h${t}`;return i`<li class=${`finding finding--${e.level}`}>
    <div class="finding__head">
      <${B} kind=${yo[e.level]}>${kt(e.level)}</${B}>
      <${r}>${X(e.code)}</${r}>
      ${e.level==="defer"&&i`<span class="finding__until">
        ${e.until?i`until <strong><${ce} date=${e.until} style="weekday" /></strong>`:"until resolved"}
      </span>`}
    </div>
    <p class="finding__message">${e.message}</p>
    ${(e.actions||[]).length>0&&i`<p class="finding__actions">Requires: ${e.actions.map(Se).join(", ")}</p>`}
    ${(e.alternatives||[]).length>0&&i`<p class="finding__actions">Alternatives: ${e.alternatives.map(ra).join(", ")}</p>`}
    ${e.evidence&&i`<p class="finding__evidence"><strong>Evidence note:</strong> ${e.evidence}</p>`}
    ${e.source&&i`<details class="finding__source"><summary>Source</summary><p>${e.source}</p></details>`}
  </li>`}function It({result:e,headingLevel:t=2}){let r=e.screening||{},a=r.findings||[],o=r.actions||[],n=`h${t}`,s=`h${t+1}`;return i`<div class="screening" data-verdict=${e.verdict}>
    <div class=${`verdict verdict--${fr[e.verdict]}`}>
      <${n} class="verdict__title">${wt(e.verdict)}</${n}>
      <p>${wo[e.verdict]}</p>
      ${e.earliest_date&&i`<p class="verdict__date">Earliest treatment date: <strong><${ce} date=${e.earliest_date} style="long" /></strong></p>`}
    </div>
    ${o.length>0&&i`<section class="actions-required">
      <${s}>Required actions</${s}>
      <ul>${o.map(l=>i`<li>${Se(l)}</li>`)}</ul>
    </section>`}
    <section>
      <${s}>${a.length===0?"No findings":`Findings (${a.length})`}</${s}>
      ${a.length>0&&i`<ul class="findings">${a.map(l=>i`<${ko} finding=${l} headingLevel=${t+2} />`)}</ul>`}
    </section>
    ${e.protocol&&i`<p class="muted small">Screened with protocol ${e.protocol.name} ${e.protocol.version}.</p>`}
  </div>`}var hr=e=>e&&e.length?` (${e.map(Q).join(", ")})`:"";function xo({intake:e}){let t=[["Assessed on",S(e.assessed_on)],["First session planned for",S(e.planned_date)],["Skin type",`Fitzpatrick ${e.patient.fitzpatrick}`],["Areas",e.areas.map(Q).join(", ")],["Concerns",e.concerns.map(r=>`${xe(r.code)}${r.subtype?` (${$t(r.subtype)})`:""}, severity ${r.severity}${hr(r.areas)}`).join("; ")],["History",(e.history||[]).map(gt).join(", ")],["Skin today",(e.active||[]).map(r=>`${_t(r.code)}${hr(r.areas)}`).join("; ")],["Medications",(e.medications||[]).map(r=>{let a=r.last_dose||r.last_use;return`${bt(r.code)}${a?`, last taken ${S(a)}`:", still taking"}`}).join("; ")],["Procedures",(e.procedures||[]).map(r=>`${vt(r.code)} on ${S(r.date)}${hr(r.areas)}`).join("; ")],["Allergies",(e.allergies||[]).map(yt).concat(e.other_allergies||[]).join(", ")],["Pregnant or breastfeeding",e.pregnant||e.breastfeeding?"Yes":"No"]];return i`<dl class="facts facts--wide">
    ${t.map(([r,a])=>i`<div><dt>${r}</dt><dd>${a||"—"}</dd></div>`)}
  </dl>`}function za({id:e}){let t=A(`/api/v1/consultations/${e}`),r=t.data?t.data.patient_id:null,a=A(r?`/api/v1/patients/${r}`:null),[o,n]=h(!1),[s,l]=h(null);if(q(t.data!==null&&a.data!==null,"consultation"),t.error)return i`<${y}>Consultation</${y}><${w} error=${t.error} onRetry=${t.reload} />`;if(!t.data)return i`<${y}>Consultation</${y}><${L} />`;let d=t.data,p=a.data?F(a.data):`patient #${d.patient_id}`,c=async()=>{n(!0),l(null);try{let m=await k("POST","/api/v1/plans",{consultation_id:d.id});K(`/staff/plans/${m.id}`)}catch(m){l(m),n(!1)}};return i`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${d.patient_id}`}>${p}</a></p>
    <div class="page-head">
      <div>
        <${y} title="Consultation">Consultation: ${p}</${y}>
        <p class="lead">Recorded ${ee(d.created_at)}</p>
      </div>
      ${d.verdict!=="not_eligible"&&i`<button type="button" class="button" onClick=${c} disabled=${o}>${o?"Planning…":"Create treatment plan"}</button>`}
    </div>
    <${w} error=${s} />
    <div class="columns">
      <section class="card columns__main" aria-labelledby="screening-heading">
        <h2 id="screening-heading" class="visually-hidden">Screening</h2>
        <${It} result=${d} headingLevel=${3} />
      </section>
      <section class="card columns__side" aria-labelledby="intake-heading">
        <h2 id="intake-heading">Intake</h2>
        <${xo} intake=${d.intake} />
      </section>
    </div>
  </div>`}var ve=(e,t)=>e.map(r=>[r,t(r)]),et=e=>ve(e,Q);function So(e,t){return{assessed_on:t,planned_date:"",fitzpatrick:e.fitzpatrick?String(e.fitzpatrick):"",areas:[],concerns:[{code:"",subtype:"",severity:"",areas:[]}],history:[],active:[],medications:[],procedures:[],allergies:[],other_allergies:"",pregnant:!1,breastfeeding:!1}}function Co(e,t){let r={patient:{birth_date:t.birth_date}};e.assessed_on&&(r.assessed_on=e.assessed_on),e.planned_date&&(r.planned_date=e.planned_date),e.fitzpatrick!==""&&(r.patient.fitzpatrick=Number(e.fitzpatrick)),r.areas=e.areas,r.concerns=e.concerns.map(o=>{let n={code:o.code};return o.subtype&&(n.subtype=o.subtype),o.severity!==""&&(n.severity=Number(o.severity)),o.areas.length>0&&(n.areas=o.areas),n}),e.history.length&&(r.history=e.history),e.active.length&&(r.active=e.active.map(o=>o.areas.length?{code:o.code,areas:o.areas}:{code:o.code})),e.medications.length&&(r.medications=e.medications.map(o=>o.last_dose?{code:o.code,last_dose:o.last_dose}:{code:o.code})),e.procedures.length&&(r.procedures=e.procedures.map(o=>{let n={code:o.code};return o.date&&(n.date=o.date),o.areas.length&&(n.areas=o.areas),n}));let a=e.other_allergies.split(/[,;\n]/).map(o=>o.trim()).filter(Boolean);return(e.allergies.length||a.length)&&(r.allergies=[...e.allergies,...a]),e.pregnant&&(r.pregnant=!0),e.breastfeeding&&(r.breastfeeding=!0),r}function To(e){let t=[];return e.fitzpatrick===""&&t.push("the skin type"),e.areas.length===0&&t.push("at least one area to treat"),e.concerns.some(r=>r.code&&r.severity!=="")||t.push("a concern with its severity"),e.medications.some(r=>!r.code)&&t.push("each medication’s name"),e.procedures.some(r=>!r.code||!r.date)&&t.push("each procedure’s name and date"),e.active.some(r=>!r.code)&&t.push("each skin condition"),t}function U({title:e,pointer:t,errors:r,children:a,hint:o}){let n=t?ne(r,t):[];return i`<section class="form-section" aria-labelledby=${`${G(t||e)}-title`}>
    <h2 id=${`${G(t||e)}-title`}>${e}</h2>
    ${o&&i`<p class="hint">${o}</p>`}
    ${n.length>0&&i`<div class="field-error" id=${t?G(t):void 0} tabindex="-1">
      ${n.map(s=>i`<p><span class="visually-hidden">Error: </span>${s}</p>`)}
    </div>`}
    ${a}
  </section>`}function Ot({rows:e,onRows:t,make:r,render:a,addLabel:o,itemLabel:n}){return i`<div class="rows">
    ${e.map((s,l)=>i`<div class="row" key=${l}>
        <div class="row__fields">${a(s,l,d=>t(e.map((p,c)=>c===l?d:p)))}</div>
        <button
          type="button"
          class="button button--quiet row__remove"
          onClick=${()=>t(e.filter((d,p)=>p!==l))}
        >
          Remove<span class="visually-hidden"> ${n} ${l+1}</span>
        </button>
      </div>`)}
    <button type="button" class="button button--secondary" onClick=${()=>t([...e,r()])}>${o}</button>
  </div>`}function Po({form:e,setForm:t,errors:r,patient:a,clinicToday:o}){let n=d=>p=>t({...e,[d]:p}),s=e.areas,l=d=>`/intake${d}`;return i`<div class="intake">
    <${U} title="Visit">
      <div class="grid grid--2">
        <${T} label="Assessed on" type="date" pointer=${l("/assessed_on")} errors=${r} value=${e.assessed_on} onValue=${n("assessed_on")} max=${o} />
        <${T}
          label="First session planned for"
          hint="Leave empty to use the assessment date."
          type="date"
          pointer=${l("/planned_date")}
          errors=${r}
          value=${e.planned_date}
          onValue=${n("planned_date")}
        />
      </div>
    </${U}>

    <${U} title="Patient">
      <div class="grid grid--2">
        <div class="field" id=${G(l("/patient/birth_date"))} tabindex="-1">
          <span class="field__label">Date of birth</span>
          <p class="field__value">${S(a.birth_date)} (age ${ze(a.birth_date)}) <span class="muted">from the patient record</span></p>
          ${ne(r,l("/patient/birth_date")).map(d=>i`<p class="field-error">${d}</p>`)}
        </div>
        <${V}
          label="Skin type (Fitzpatrick)"
          pointer=${l("/patient/fitzpatrick")}
          errors=${r}
          value=${e.fitzpatrick}
          onValue=${n("fitzpatrick")}
          options=${_e}
          placeholder="Choose…"
          required
        />
      </div>
    </${U}>

    <${U} title="Areas to treat">
      <div class="grid grid--2">
        <${fe}
          legend="Face"
          pointer=${l("/areas")}
          errors=${r}
          options=${et(qe)}
          values=${e.areas.filter(d=>qe.includes(d))}
          onValues=${d=>n("areas")(Ue.filter(p=>d.includes(p)||je.includes(p)&&e.areas.includes(p)))}
        />
        <${fe}
          legend="Body"
          pointer=${l("/areas-body")}
          errors=${[]}
          options=${et(je)}
          values=${e.areas.filter(d=>je.includes(d))}
          onValues=${d=>n("areas")(Ue.filter(p=>d.includes(p)||qe.includes(p)&&e.areas.includes(p)))}
        />
      </div>
    </${U}>

    <${U} title="Concerns" pointer=${l("/concerns")} errors=${r}>
      <${Ot}
        rows=${e.concerns}
        onRows=${n("concerns")}
        make=${()=>({code:"",subtype:"",severity:"",areas:[]})}
        addLabel="Add a concern"
        itemLabel="concern"
        render=${(d,p,c)=>i`<div class="grid grid--3">
            <${V}
              label="Concern"
              pointer=${l(`/concerns/${p}/code`)}
              errors=${r}
              value=${d.code}
              onValue=${m=>c({...d,code:m,subtype:He[m]&&He[m].includes(d.subtype)?d.subtype:""})}
              options=${ve(Yr,xe)}
              placeholder="Choose…"
              required
            />
            ${He[d.code]?i`<${V}
                  label="Type"
                  pointer=${l(`/concerns/${p}/subtype`)}
                  errors=${r}
                  value=${d.subtype}
                  onValue=${m=>c({...d,subtype:m})}
                  options=${ve(He[d.code],$t)}
                  placeholder="Not specified"
                />`:i`<div></div>`}
            <${V}
              label="Severity"
              pointer=${l(`/concerns/${p}/severity`)}
              errors=${r}
              value=${d.severity}
              onValue=${m=>c({...d,severity:m})}
              options=${Kr}
              placeholder="Choose…"
              required
            />
          </div>
          ${s.length>1&&i`<${fe}
            legend="Where (none ticked: every treated area)"
            pointer=${l(`/concerns/${p}/areas`)}
            errors=${r}
            options=${et(s)}
            values=${d.areas.filter(m=>s.includes(m))}
            onValues=${m=>c({...d,areas:m})}
            columns=${4}
            compact
          />`}`}
      />
    </${U}>

    <${U} title="Medical history">
      <${fe}
        legend="The patient has or has had"
        pointer=${l("/history")}
        errors=${r}
        options=${ve(Qr,gt)}
        values=${e.history}
        onValues=${n("history")}
        columns=${3}
      />
    </${U}>

    <${U} title="Skin today" pointer=${l("/active")} errors=${r} hint="Conditions present now, anywhere on the body.">
      <${Ot}
        rows=${e.active}
        onRows=${n("active")}
        make=${()=>({code:"",areas:[]})}
        addLabel="Add a skin condition"
        itemLabel="skin condition"
        render=${(d,p,c)=>i`<${V}
            label="Condition"
            pointer=${l(`/active/${p}/code`)}
            errors=${r}
            value=${d.code}
            onValue=${m=>c({...d,code:m})}
            options=${ve(Jr,_t)}
            placeholder="Choose…"
            required
          />
          <${fe}
            legend="Where (none ticked: everywhere)"
            pointer=${l(`/active/${p}/areas`)}
            errors=${r}
            options=${et(Ue)}
            values=${d.areas}
            onValues=${m=>c({...d,areas:m})}
            columns=${4}
            compact
          />`}
      />
    </${U}>

    <${U} title="Medications" pointer=${l("/medications")} errors=${r}>
      <${Ot}
        rows=${e.medications}
        onRows=${n("medications")}
        make=${()=>({code:"",last_dose:""})}
        addLabel="Add a medication"
        itemLabel="medication"
        render=${(d,p,c)=>i`<div class="grid grid--2">
          <${V}
            label="Medication"
            pointer=${l(`/medications/${p}/code`)}
            errors=${r}
            value=${d.code}
            onValue=${m=>c({...d,code:m})}
            options=${ve(Xr,bt)}
            placeholder="Choose…"
            required
          />
          <${T}
            label="Last taken"
            hint="Leave empty if still taking it."
            type="date"
            pointer=${l(`/medications/${p}/last_dose`)}
            errors=${r}
            value=${d.last_dose}
            onValue=${m=>c({...d,last_dose:m})}
            max=${o}
          />
        </div>`}
      />
    </${U}>

    <${U} title="Recent procedures" pointer=${l("/procedures")} errors=${r}>
      <${Ot}
        rows=${e.procedures}
        onRows=${n("procedures")}
        make=${()=>({code:"",date:"",areas:[]})}
        addLabel="Add a procedure"
        itemLabel="procedure"
        render=${(d,p,c)=>i`<div class="grid grid--2">
            <${V}
              label="Procedure"
              pointer=${l(`/procedures/${p}/code`)}
              errors=${r}
              value=${d.code}
              onValue=${m=>c({...d,code:m})}
              options=${ve(ea,vt)}
              placeholder="Choose…"
              required
            />
            <${T}
              label="Date"
              type="date"
              pointer=${l(`/procedures/${p}/date`)}
              errors=${r}
              value=${d.date}
              onValue=${m=>c({...d,date:m})}
              max=${o}
              required
            />
          </div>
          <${fe}
            legend="Where (none ticked: everywhere)"
            pointer=${l(`/procedures/${p}/areas`)}
            errors=${r}
            options=${et(Ue)}
            values=${d.areas}
            onValues=${m=>c({...d,areas:m})}
            columns=${4}
            compact
          />`}
      />
    </${U}>

    <${U} title="Allergies">
      <${fe}
        legend="Allergic to"
        pointer=${l("/allergies")}
        errors=${r}
        options=${ve(ta,yt)}
        values=${e.allergies}
        onValues=${n("allergies")}
        columns=${3}
      />
      <${T}
        label="Other allergies"
        hint="Separate with commas. Kept on the record; screening does not act on them."
        pointer=${l("/other_allergies")}
        errors=${r}
        value=${e.other_allergies}
        onValue=${n("other_allergies")}
      />
    </${U}>

    <${U} title="Pregnancy">
      <${fe}
        legend="The patient is"
        pointer=${l("/pregnant")}
        errors=${r}
        options=${[["pregnant","Pregnant"],["breastfeeding","Breastfeeding"]]}
        values=${[e.pregnant&&"pregnant",e.breastfeeding&&"breastfeeding"].filter(Boolean)}
        onValues=${d=>t({...e,pregnant:d.includes("pregnant"),breastfeeding:d.includes("breastfeeding")})}
      />
    </${U}>
  </div>`}function Ao(e,t,r){let[a,o]=h({result:null,error:null,pending:!1}),n=JSON.stringify(t);return R(()=>{if(!r){o({result:null,error:null,pending:!1});return}let s=new AbortController;o(d=>({...d,pending:!0}));let l=setTimeout(()=>{k("POST","/api/v1/consultations/screen",{patient_id:e,intake:JSON.parse(n)},{signal:s.signal}).then(d=>o({result:d,error:null,pending:!1}),d=>d.name!=="AbortError"&&o({result:null,error:d,pending:!1}))},450);return()=>{clearTimeout(l),s.abort()}},[e,n,r]),a}function Lo({live:e,missing:t,onGoTo:r}){let a;return t.length>0?a=i`<p>To see the screening, add ${t.join(", ")}.</p>`:e.error&&e.error.status===400?a=i`<div class="alert alert--error">
      <p>The screening needs these corrections:</p>
      <ul>
        ${e.error.errors.map(o=>i`<li><a href=${`#${G(o.path)}`} onClick=${n=>r(n,o.path)}>${Ne(o.path)}: ${o.message}</a></li>`)}
      </ul>
    </div>`:e.error?a=i`<${w} error=${e.error} />`:e.result?a=i`<${It} result=${e.result} headingLevel=${3} />`:a=i`<${L} label="Screening…" />`,i`<aside class="live card" aria-labelledby="live-heading">
    <div class="live__head">
      <h2 id="live-heading">Screening</h2>
      <span class="live__status" role="status">${e.pending?"Updating…":e.result?"Up to date":""}</span>
    </div>
    <div aria-live="polite">${a}</div>
    <p class="muted small">Screened as you type with the clinic’s protocol; nothing is saved until you record the consultation.</p>
  </aside>`}function Na({id:e}){let t=A(`/api/v1/patients/${e}`),r=A("/api/v1/clinic");q(t.data!==null&&r.data!==null,"consultation-form");let a=t.error||r.error;return a?i`<${y}>New consultation</${y}><${w} error=${a} onRetry=${()=>(t.reload(),r.reload())} />`:!t.data||!r.data?i`<${y}>New consultation</${y}><${L} />`:i`<${Eo} patient=${t.data} clinicToday=${me(r.data.time_zone)} />`}function Eo({patient:e,clinicToday:t}){let[r,a,o,n]=Ee(`consultation:${e.id}`,()=>So(e,t)),[s,l]=h([]),[d,p]=h(!1),[c,m]=h(!1),[f,u]=h(null),$=W(null),b=Co(r,e),_=To(r),g=Ao(e.id,b,_.length===0),v=f&&(f.status===400||f.status===422)?f.errors:g.error&&g.error.status===400?g.error.errors:[],C=d?v:v.filter(N=>s.some(M=>N.path===M||N.path.startsWith(`${M}/`))),P=(N,M)=>{N.preventDefault();let Ae=pr(M);Ae&&(Ae.scrollIntoView({block:"center"}),Ae.focus({preventScroll:!0}))},z=async N=>{N.preventDefault(),m(!0),u(null);try{let M=await k("POST","/api/v1/consultations",{patient_id:e.id,intake:b});o(),K(`/staff/consultations/${M.id}`)}catch(M){p(!0),u(M),m(!1),M instanceof Ce&&M.status===400&&requestAnimationFrame(()=>$.current&&$.current.querySelector(".error-summary")?.focus())}},J=N=>{let M=N.target.name;M&&M.startsWith("/intake")&&!s.includes(M)&&l([...s,M])};return i`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${e.id}`}>${F(e)}</a></p>
    <${y} title="New consultation">New consultation: ${F(e)}</${y}>
    ${n&&i`<${E} kind="info"><p>Your unsaved consultation was restored.</p></${E}>`}
    <div class="consult">
      <form class="consult__form" onSubmit=${z} onFocusOut=${J} novalidate aria-label="Consultation intake">
        <div ref=${$}>
          ${f&&f.status!==400&&i`<${w} error=${f} />`}
          ${d&&i`<${Y} errors=${v} />`}
        </div>
        <${Po} form=${r} setForm=${a} errors=${C} patient=${e} clinicToday=${t} />
        <div class="form-actions">
          <${D} busy=${c} busyLabel="Recording…">Record consultation</${D}>
          <button
            type="button"
            class="button button--quiet"
            onClick=${()=>{o(),K(`/staff/patients/${e.id}`)}}
          >
            Cancel
          </button>
        </div>
      </form>
      <${Lo} live=${g} missing=${_} onGoTo=${P} />
    </div>
  </div>`}var $r=25;function Ft({heading:e="Find a patient",readyName:t="patients",canIncludeArchived:r=!1}){let[a,o]=Ee("patient-search",""),[n,s]=h(!1),[l,d]=h(0),[p,c]=h({loading:!0,error:null,page:null}),[m,f]=h(0),u=W(!0);R(()=>{let _=new AbortController,g=u.current?0:250;u.current=!1,c(C=>({...C,loading:!0,error:null}));let v=setTimeout(()=>{let C={q:a.trim(),limit:$r,offset:l};n&&(C.include_archived=!0),k("POST","/api/v1/patients/search",C,{signal:_.signal}).then(P=>c({loading:!1,error:null,page:P}),P=>P.name!=="AbortError"&&c({loading:!1,error:P,page:null}))},g);return()=>{clearTimeout(v),_.abort()}},[a,l,m,n]),q(p.page!==null,t);let $=p.page,b=$?Math.min($.offset+$.items.length,$.total):0;return i`<section class="card" aria-labelledby="search-heading">
    <h2 id="search-heading">${e}</h2>
    <form class="search" role="search" onSubmit=${_=>_.preventDefault()}>
      <label for="patient-query">Name, e-mail or phone</label>
      <input
        id="patient-query"
        type="search"
        value=${a}
        autocomplete="off"
        spellcheck="false"
        onInput=${_=>{o(_.currentTarget.value),d(0)}}
      />
      ${r&&i`<div class="check">
        <input
          type="checkbox"
          id="include-archived"
          checked=${n}
          onChange=${_=>{s(_.currentTarget.checked),d(0)}}
        />
        <label for="include-archived">Include archived and merged records</label>
      </div>`}
    </form>
    <div class="results" aria-live="polite" aria-busy=${p.loading?"true":"false"}>
      ${p.error&&i`<${w} error=${p.error} onRetry=${()=>f(_=>_+1)} />`}
      ${!$&&p.loading&&i`<${L} label="Searching…" />`}
      ${$&&$.items.length===0&&i`<${O}>No patient matches “${a}”.</${O}>`}
      ${$&&$.items.length>0&&i`<p class="results__count">
          ${$.total===0?"":`${$.offset+1}–${b} of ${$.total.toLocaleString("en-GB")}`}
          ${p.loading?" (updating…)":""}
        </p>
        <table class="table">
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Born</th><th scope="col">E-mail</th><th scope="col">Phone</th></tr>
          </thead>
          <tbody>
            ${$.items.map(_=>i`<tr>
                <td>
                  <a href=${`/staff/patients/${_.id}`}>${F(_)}</a>
                  ${_.merged_into?i` <${B} kind="neutral">Merged</${B}>`:_.archived?i` <${B} kind="neutral">Archived</${B}>`:""}
                </td>
                <td>${S(_.birth_date)} <span class="muted">(${ze(_.birth_date)})</span></td>
                <td>${_.email}</td>
                <td>${_.phone}</td>
              </tr>`)}
          </tbody>
        </table>
        <div class="pager">
          <button type="button" class="button button--secondary" disabled=${l===0} onClick=${()=>d(Math.max(0,l-$r))}>
            Previous
          </button>
          <button type="button" class="button button--secondary" disabled=${b>=$.total} onClick=${()=>d(l+$r)}>
            Next
          </button>
        </div>`}
    </div>
  </section>`}var Do={owner:"Run the clinic: your team, the clinical protocol and who saw which patient.",provider:"Open a patient to record a consultation, screen it and plan the series.",front_desk:"Find or register a patient and keep their details up to date."};function Ro(){let e=A("/api/v1/clinic"),t=A("/api/v1/staff"),r=A("/api/v1/protocol"),a=t.data?t.data.items.filter(o=>o.active):[];return i`<section class="overview" aria-label="Clinic overview">
    <div class="card stat">
      <h2>Clinic</h2>
      ${e.loading&&i`<${L} />`}
      <${w} error=${e.error} onRetry=${e.reload} />
      ${e.data&&i`<p class="stat__value">${e.data.name}</p><p class="muted">Login name ${e.data.slug} · ${e.data.time_zone}</p>`}
    </div>
    <div class="card stat">
      <h2>Team</h2>
      ${t.loading&&i`<${L} />`}
      <${w} error=${t.error} onRetry=${t.reload} />
      ${t.data&&i`<p class="stat__value">${a.length} active</p><p><a href="/staff/team">Manage the team</a></p>`}
    </div>
    <div class="card stat">
      <h2>Protocol</h2>
      ${r.loading&&i`<${L} />`}
      <${w} error=${r.error} onRetry=${r.reload} />
      ${r.data&&i`<p class="stat__value">${r.data.name} ${r.data.version}</p>
        <p>${r.data.built_in?"Built-in default":"Uploaded by the clinic"} · <a href="/staff/protocol">View</a></p>`}
    </div>
    <div class="card stat">
      <h2>Audit log</h2>
      <p class="stat__value">Who saw which patient</p>
      <p><a href="/staff/audit">Open the audit log</a></p>
    </div>
  </section>`}function Ia({session:e}){let t=e.role;return i`<div class="stack">
    <div class="page-head">
      <div>
        <${y} title="Home">Good day, ${e.user.display_name}</${y}>
        <p class="lead">${re(t)} · ${Do[t]}</p>
      </div>
      <a class="button" href="/staff/patients/new">Register a patient</a>
    </div>
    ${t==="owner"&&i`<${Ro} />`}
    <${Ft} readyName="home" />
  </div>`}function Oa({messages:e}){return e.length?i`<div class="field-error">${e.map(t=>i`<p><span class="visually-hidden">Error: </span>${t}</p>`)}</div>`:null}function Fa(e){let t={};for(let r of Je)t[r]=(e&&e[r]||[]).map(a=>({from:a.from,to:a.to}));return t}function zo({providerId:e,hours:t,canEdit:r,onSaved:a}){let[o,n]=h(()=>Fa(t)),[s,l]=h(!1),[d,p]=h(null),[c,m]=h(!1),f=d&&d.status===400?d.errors:[],u=(b,_,g)=>{m(!1),n({...o,[b]:o[b].map((v,C)=>C===_?{...v,...g}:v)})},$=async b=>{b.preventDefault(),l(!0),p(null),m(!1);try{let _=await k("PUT",`/api/v1/providers/${e}/hours`,ya(o));n(Fa(_.hours)),a(_),m(!0)}catch(_){p(_)}l(!1)};return r?i`<form class="form hours-form" onSubmit=${$} novalidate aria-label="Working hours">
    ${c&&i`<${E} kind="success"><p>Working hours saved.</p></${E}>`}
    ${d&&d.status!==400&&i`<${w} error=${d} />`}
    <${Y} errors=${f} />
    ${Je.map(b=>i`<fieldset class="hours-day" id=${G(`/hours/${b}`)} tabindex="-1" data-day=${b}>
        <legend>${Te(b)}</legend>
        <${Oa} messages=${ne(f,`/hours/${b}`)} />
        ${o[b].length===0&&i`<p class="muted hours-day__off">Day off</p>`}
        ${o[b].map((_,g)=>i`<div class="hours-span" id=${G(`/hours/${b}/${g}`)} tabindex="-1">
            <${T}
              label=${`From (${Te(b)} ${g+1})`}
              pointer=${`/hours/${b}/${g}/from`}
              errors=${f}
              type="time"
              value=${_.from}
              onValue=${v=>u(b,g,{from:v})}
            />
            <${T}
              label=${`To (${Te(b)} ${g+1})`}
              pointer=${`/hours/${b}/${g}/to`}
              errors=${f}
              type="time"
              value=${_.to}
              onValue=${v=>u(b,g,{to:v})}
            />
            <button
              type="button"
              class="button button--quiet button--small"
              onClick=${()=>n({...o,[b]:o[b].filter((v,C)=>C!==g)})}
            >
              Remove<span class="visually-hidden"> ${Te(b)} span ${g+1}</span>
            </button>
            <${Oa} messages=${ne(f,`/hours/${b}/${g}`)} />
          </div>`)}
        <button
          type="button"
          class="button button--secondary button--small"
          onClick=${()=>{let _=o[b][o[b].length-1];n({...o,[b]:[...o[b],_?{from:_.to,to:""}:{from:"09:00",to:"17:00"}]})}}
        >
          Add hours<span class="visually-hidden"> on ${Te(b)}</span>
        </button>
      </fieldset>`)}
    <div class="form-actions"><${D} busy=${s}>Save working hours</${D}></div>
  </form>`:i`<table class="table table--dense hours-table">
      <caption class="visually-hidden">Working hours</caption>
      <tbody>
        ${Je.map(b=>i`<tr>
            <th scope="row">${Te(b)}</th>
            <td>${o[b].length?o[b].map(_=>`${_.from}–${_.to}`).join(", "):i`<span class="muted">Day off</span>`}</td>
          </tr>`)}
      </tbody>
    </table>`}function No({providerId:e,onAdded:t}){let[r,a]=h({from:"",to:"",note:""}),[o,n]=h(!1),[s,l]=h(null),d=s&&s.status===400?s.errors:[];return i`<form class="form time-off-form" onSubmit=${async c=>{c.preventDefault(),n(!0),l(null);try{let m={from:r.from,to:r.to};r.note.trim()&&(m.note=r.note.trim()),t(await k("POST",`/api/v1/providers/${e}/time-off`,m)),a({from:"",to:"",note:""})}catch(m){l(m)}n(!1)}} novalidate aria-labelledby="time-off-add-heading">
    <h3 id="time-off-add-heading">Add time off</h3>
    ${s&&s.status!==400&&i`<${w} error=${s} />`}
    <div class="grid grid--3">
      <${T} label="From" pointer="/from" errors=${d} type="datetime-local" value=${r.from} onValue=${c=>a({...r,from:c})} required />
      <${T} label="Until" pointer="/to" errors=${d} type="datetime-local" value=${r.to} onValue=${c=>a({...r,to:c})} required />
      <${T} label="Note (staff only)" pointer="/note" errors=${d} value=${r.note} onValue=${c=>a({...r,note:c})} maxlength="200" />
    </div>
    <${D} busy=${o} className="button--secondary">Add time off</${D}>
  </form>`}function Io({providerId:e,canEdit:t,timeZone:r}){let a=A(`/api/v1/providers/${e}/time-off?from=${me(r)}&days=366`),[o,n]=h(null),[s,l]=h(!1),[d,p]=h(null),c=async f=>{l(!0),p(null);try{await k("DELETE",`/api/v1/time-off/${f}`),a.reload()}catch(u){p(u)}l(!1)},m=a.data?a.data.items:[];return i`<section class="card" aria-labelledby="time-off-heading">
    <h2 id="time-off-heading">Time off</h2>
    ${a.loading&&!a.data&&i`<${L} />`}
    <${w} error=${a.error} onRetry=${a.reload} />
    <${w} error=${d} />
    ${o&&i`<${E} kind=${o.overlapping_appointment_ids.length?"warning":"success"}>
      <p>Time off added: ${o.from_local.replace("T"," ")} – ${o.to_local.replace("T"," ")}.</p>
      ${o.overlapping_appointment_ids.length>0&&i`<p class="time-off__overlaps">
        ${o.overlapping_appointment_ids.length===1?"One booked visit falls":`${o.overlapping_appointment_ids.length} booked visits fall`} in this period and
        ${o.overlapping_appointment_ids.length===1?" was":" were"} not moved:
        ${o.overlapping_appointment_ids.map((f,u)=>i`${u?", ":" "}<a href=${`/staff/calendar?appointment=${f}`}>visit #${f}</a>`)}.
        Reschedule or cancel ${o.overlapping_appointment_ids.length===1?"it":"them"} from the calendar.
      </p>`}
    </${E}>`}
    ${a.data&&m.length===0&&i`<${O}>No time off in the coming year.</${O}>`}
    ${m.length>0&&i`<ul class="time-off-list">
      ${m.map(f=>i`<li data-time-off=${f.id}>
          <span><strong>${f.from_local.replace("T"," ")}</strong> – <strong>${f.to_local.replace("T"," ")}</strong>${f.note?i` <span class="muted">${f.note}</span>`:""}</span>
          ${t&&i`<${te} label="Remove" hiddenSuffix=${`time off from ${f.from_local.replace("T"," ")}`} confirmLabel="Remove the time off" busy=${s} onConfirm=${()=>c(f.id)} small>
            <p>The provider can be booked in this period again.</p>
          </${te}>`}
        </li>`)}
    </ul>`}
    ${t&&i`<${No}
      providerId=${e}
      onAdded=${f=>{n(f),a.reload()}}
    />`}
  </section>`}function Ba({session:e}){let{providers:t,loading:r,error:a,reload:o}=Xe(),n=A("/api/v1/clinic"),s=new URLSearchParams(location.search),l=Number(s.get("provider"))||null,[d,p]=h(l||(e.role==="provider"?e.user.id:null));R(()=>{!d&&t.length>0&&p(t[0].id)},[d,t.length]);let c=A(d?`/api/v1/providers/${d}/hours`:null);q(c.data!==null&&c.data.provider_id===d&&!c.loading&&n.data!==null&&!r,"hours");let m=e.role==="owner"||e.role==="provider"&&d===e.user.id,f=n.data?n.data.time_zone:void 0;return i`<div class="stack">
    <div class="page-head">
      <div>
        <${y}>Working hours and time off</${y}>
        <p class="lead">Times are the clinic’s local time${f?` (${f})`:""}. Days left empty are days off.</p>
      </div>
    </div>
    <${w} error=${a||n.error} onRetry=${o} />
    ${r&&i`<${L} />`}
    ${!r&&t.length===0&&i`<${O}>There are no providers yet. The owner invites them on the Team page.</${O}>`}
    ${t.length>0&&i`<div class="card">
      <${V}
        label="Provider"
        pointer="/provider"
        value=${d?String(d):""}
        onValue=${u=>{p(Number(u)),K(`/staff/hours?provider=${u}`,{replace:!0})}}
        options=${t.map(u=>[String(u.id),u.display_name])}
      />
      ${!m&&i`<p class="muted">${e.role==="provider"?"You can change only your own hours.":"Only the owner or the provider themself can change these."}</p>`}
    </div>`}
    ${d&&i`<div class="columns">
      <section class="card columns__main" aria-labelledby="hours-heading">
        <h2 id="hours-heading">Weekly hours</h2>
        ${c.loading&&!c.data&&i`<${L} />`}
        <${w} error=${c.error} onRetry=${c.reload} />
        ${c.data&&c.data.provider_id===d&&i`<${zo} key=${d} providerId=${d} hours=${c.data.hours} canEdit=${m} onSaved=${c.setData} />`}
      </section>
      <div class="columns__side">${n.data&&i`<${Io} key=${d} providerId=${d} canEdit=${m} timeZone=${f} />`}</div>
    </div>`}
  </div>`}var Ma="np-clinic",gr="";function Va({clinic:e,email:t}){Bt(e),gr=t||""}function Bt(e){try{localStorage.setItem(Ma,e)}catch{}}function Oo(){let e=new URLSearchParams(location.search).get("clinic");if(e)return e;try{return localStorage.getItem(Ma)||""}catch{return""}}function qa({portal:e,expired:t}){let[r,a]=h(Oo),[o,n]=h(()=>{let b=gr;return gr="",b}),[s,l]=h(""),[d,p]=h(!1),[c,m]=h(null),f=async b=>{b.preventDefault(),p(!0),m(null);try{await fa(r.trim(),o.trim(),s),Bt(r.trim())}catch(_){l(""),m(_),p(!1)}},u=c&&c.status===400?c.errors:[],$="";return c&&c.status===401?$="The clinic, e-mail or password is not right.":c&&c.status===429?$=`Too many attempts: ${c.detail}.`:c&&c.status!==400&&($=c.detail||"The login failed. Try again."),i`<${de}>
    <div class="login">
      <div class="login__brand"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</div>
      <${y} title=${e?"Patient portal":"Log in"}>${e?"Your treatment plan":"Staff login"}</${y}>
      <p class="lead">
        ${e?"Log in to see your sessions and how to prepare for each one. First time? Open the link your clinic gave you to set your password.":"Log in to your clinic’s workspace. New to the team? Open the link the clinic’s owner gave you to set your password."}
      </p>
      ${t&&i`<${E} kind="warning">
        <p><strong>Your session has ended.</strong> Log in again to carry on: what you typed is kept.</p>
      </${E}>`}
      ${$&&i`<div class="alert alert--error" role="alert"><p>${$}</p></div>`}
      <${Y} errors=${u} />
      <form class="form" onSubmit=${f} novalidate>
        <${T}
          label="Clinic"
          hint="Your clinic’s login name, for example demo-1"
          pointer="/clinic"
          errors=${u}
          value=${r}
          onValue=${a}
          autocomplete="organization"
          autocapitalize="none"
          spellcheck="false"
          required
        />
        <${T}
          label="E-mail"
          pointer="/email"
          type="email"
          errors=${u}
          value=${o}
          onValue=${n}
          autocomplete="username"
          required
        />
        <${T}
          label="Password"
          pointer="/password"
          type="password"
          errors=${u}
          value=${s}
          onValue=${l}
          autocomplete="current-password"
          required
        />
        <${D} busy=${d} busyLabel="Logging in…">Log in</${D}>
      </form>
      <p class="login__switch">
        ${e?i`Clinic staff? <a href="/login">Staff login</a>`:i`A patient? <a href="/portal/login">Patient portal</a>`}
      </p>
    </div>
  </${de}>`}function Fo(e){let t=(e||"").replace(/^#/,"").trim();return/^[A-Za-z0-9._~-]{10,200}$/.test(t)?t:""}var ja="This link can no longer be used. A link works once and for 72 hours, and a newer link replaces an older one. Ask your clinic for a new link (staff: the clinic’s owner; patients: your provider).";function Bo({accepted:e,session:t}){let r=e.role==="patient",a=async()=>{Va({clinic:e.clinic,email:e.email}),t&&await Ct(),K(r?"/portal/login":"/login",{replace:!0})};return i`<div class="stack">
    <${E} kind="success">
      <p><strong>Your password is set.</strong> Log in with it from now on:</p>
      <dl class="facts">
        <div><dt>Clinic</dt><dd>${e.clinic}</dd></div>
        <div><dt>E-mail</dt><dd>${e.email}</dd></div>
      </dl>
    </${E}>
    <button type="button" class="button" onClick=${a}>${r?"Go to the patient portal login":"Go to the staff login"}</button>
  </div>`}function Ua({session:e}){let[t]=h(()=>Fo(location.hash)),[r,a]=h(""),[o,n]=h(""),[s,l]=h(!1),[d,p]=h(null),[c,m]=h(!1),[f,u]=h(null),$=async g=>{if(g.preventDefault(),p(null),m(!1),r!==o){m(!0);return}l(!0);try{let v=await k("POST","/api/v1/invitations/accept",{token:t,password:r});history.replaceState(null,"","/invite"),u(v)}catch(v){p(v),a(""),n("")}l(!1)},b=[...d&&d.status===400?d.errors.filter(g=>g.path==="/password"):[],...c?[{path:"/password_again",message:"is not the same as the new password"}]:[]],_="";return d&&d.status===401?_=ja:d&&d.status===429?_=`Too many attempts from this device: ${d.detail}. Wait, then try again.`:d&&d.status===400&&b.length===0?_=ja:d&&d.status!==400&&(_=d.detail||"Setting the password failed. Try again."),i`<div class="login">
    <div class="login__brand"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</div>
    <${y}>Set your password</${y}>
    ${f?i`<${Bo} accepted=${f} session=${e} />`:t?i`<p class="lead">Choose the password you will log in with. Nobody else sees it, not even the clinic.</p>
            ${e&&i`<${E} kind="warning">
              <p>You are logged in as ${e.user.display_name}. This link is for the person it was made for: setting a password here uses it up.</p>
            </${E}>`}
            ${_&&i`<div class="alert alert--error" role="alert"><p>${_}</p></div>`}
            <${Y} errors=${b} />
            <form class="form" onSubmit=${$} novalidate>
              <${T}
                label="New password"
                hint="At least 12 characters. A few unrelated words are strong and easy to remember; avoid common passwords and your e-mail."
                pointer="/password"
                type="password"
                errors=${b}
                value=${r}
                onValue=${a}
                autocomplete="new-password"
                required
              />
              <${T}
                label="Type it again"
                pointer="/password_again"
                type="password"
                errors=${b}
                value=${o}
                onValue=${n}
                autocomplete="new-password"
                required
              />
              <${D} busy=${s} busyLabel="Setting…">Set my password</${D}>
            </form>`:i`<div class="alert alert--error" role="alert">
            <p>This page needs the whole link your clinic gave you, including the part after “#”. Open the link again, or ask your clinic for a new one.</p>
          </div>`}
  </div>`}function Ha({session:e}){return i`<div class="stack">
    <div class="page-head">
      <${y}>Patients</${y}>
      <a class="button" href="/staff/patients/new">Register a patient</a>
    </div>
    <${Ft} heading="Search" canIncludeArchived=${e.role==="owner"} />
  </div>`}function Mo({candidates:e,busy:t,onDifferent:r}){let a=W(null);return R(()=>a.current&&a.current.focus(),[]),i`<section class="alert alert--warning duplicates" role="alert" tabindex="-1" ref=${a} aria-labelledby="duplicates-heading">
    <h2 id="duplicates-heading">This patient may already be registered</h2>
    <p>${e.length===1?"A record has":"These records have"} the same name and date of birth, or the same e-mail. Open the record instead of registering them twice.</p>
    <ul class="duplicates__list">
      ${e.map(o=>i`<li>
          <span><strong>${F(o)}</strong>, born ${S(o.birth_date)} <span class="muted">#${o.id}</span>${o.archived&&i` <${B} kind="neutral">Archived</${B}>`}</span>
          <a class="button button--secondary button--small" href=${`/staff/patients/${o.id}`}>Open this record<span class="visually-hidden"> of ${F(o)} (#${o.id})</span></a>
        </li>`)}
    </ul>
    <p>Not the same person, for example a namesake born the same day?</p>
    <button type="button" class="button button--secondary" disabled=${t} onClick=${r}>It is a different person: register anyway</button>
  </section>`}function Wa(){let[e,t,r]=Ee("new-patient",Ca),[a,o]=h(!1),[n,s]=h(null),l=async c=>{o(!0),s(null);try{let m=zt(e,!0);c&&(m.confirm_duplicate=!0);let f=await k("POST","/api/v1/patients",m);r(),K(`/staff/patients/${f.id}`)}catch(m){s(m),o(!1)}},d=c=>{c.preventDefault(),l(!1)},p=n&&n.status===409&&Array.isArray(n.problem.candidates)?n.problem.candidates:null;return i`<div class="stack narrow">
    <p class="crumbs"><a href="/staff/patients">Patients</a></p>
    <${y}>Register a patient</${y}>
    ${n&&n.status!==400&&!p&&i`<${w} error=${n} />`}
    ${p&&i`<${Mo} candidates=${p} busy=${a} onDifferent=${()=>l(!0)} />`}
    <div class="card">
      <${Nt}
        fields=${e}
        onFields=${c=>{t(c),p&&s(null)}}
        errors=${n&&n.status===400?n.errors:[]}
        busy=${a}
        onSubmit=${d}
        submitLabel="Register patient"
      />
    </div>
  </div>`}function Vo(e,t){let r=e.slice(0,t).split(/\r?\n/);return[r.length,r.pop().length+1]}function qo(e,t,r){let a=e.split(/\r?\n/),o="",n=(Math.log10(t+1)|0)+1;for(let s=t-1;s<=t+1;s++){let l=a[s-1];l&&(o+=s.toString().padEnd(n," "),o+=":  ",o+=l,o+=`
`,s===t&&(o+=" ".repeat(n+r+2),o+=`^
`))}return o}var x=class e extends Error{line;column;codeblock;constructor(t,r){let[a,o]=Vo(r.toml,r.ptr),n=qo(r.toml,a,o);super(`Invalid TOML document: ${t}

${n}`,r),this.line=a,this.column=o,this.codeblock=n}static x(t,r,a){throw new e(t,{toml:r.s,ptr:a??r.p})}};function Mt(e){let t=e.p,r=e.s.charCodeAt(e.p++),a=r,o=r===39,n=r===e.s.charCodeAt(e.p)&&r===e.s.charCodeAt(e.p+1);n&&((r=e.s.charCodeAt(e.p+=2))===10?e.p++:r===13&&e.s.charCodeAt(e.p+1)===10&&(e.p+=2));let s="",l=e.p,d=0;for(;e.p<e.s.length;e.p++)if(r=e.s.charCodeAt(e.p),n&&(r===10||r===13&&e.s.charCodeAt(e.p+1)===10))d=d&&3;else if(r<32&&r!==9||r===127)x.x("control characters are not allowed in strings",e);else if((!d||d===3)&&r===a&&(!n||e.s.charCodeAt(e.p+1)===a&&e.s.charCodeAt(e.p+2)===a)){if(n&&(e.s.charCodeAt(e.p+3)===a&&e.p++,e.s.charCodeAt(e.p+3)===a&&e.p++),!d){let p=e.s.slice(l,e.p);s=s?s+p:p}return e.p+=n?3:1,s}else if(!d)!o&&r===92&&(s+=e.s.slice(l,l=e.p),d=1);else if(d===1)if(r===120||r===117||r===85){let p=e.p++-1,c=0,m=r===120?2:r===117?4:8;for(let f=0;f<m;f++,e.p++){let u=e.s.charCodeAt(e.p),$=u>=48&&u<=57?u-48:u>=65&&u<=70?u-65+10:u>=97&&u<=102?u-97+10:-1;$<0&&x.x("invalid non-hex character in unicode escape",e),c=c<<4|$}(c<0||c>1114111||c>=55296&&c<=57343)&&x.x("invalid unicode escape",e,p),s+=String.fromCodePoint(c),l=e.p--,d=0}else n&&(r===32||r===9)?d=2:(r===98?s+="\b":r===116?s+="	":r===110?s+=`
`:r===102?s+="\f":r===114?s+="\r":r===101?s+="\x1B":r===34?s+='"':r===92?s+="\\":x.x("unrecognised escape sequence",e),l=e.p+1,d=0);else r!==32&&r!==9&&(d===2&&x.x("invalid escape: only line-ending whitespace may be escaped",e,l),d=!o&&r===92?1:0,l=e.p);x.x("unfinished string",e,t)}var jo=/^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i,tt=class e extends Date{#t=!1;#r=!1;#e=null;constructor(t,r,a){let o=!0,n=!0,s="Z",l;if(typeof t=="string")if(r)e:{if(r<3){if(+t.slice(11,13)>23){t="";break e}r===2?(s=null,t+="Z"):(l=t.charCodeAt(t.length-1))!==90&&l!==122&&(s=t.slice(t.length-6)),a&&(t=t.slice(0,10)+"T"+t.slice(11))}else r===4&&(t=+t.slice(0,2)>23?"":`0000-01-01T${t}Z`);o=r!==4,n=r!==3}else{let d=t.match(jo);d?(d[1]||(o=!1,t=`0000-01-01T${t}`),n=!!d[2],n&&t[10]===" "&&(t=t.replace(" ","T")),d[2]&&+d[2]>23?t="":(s=d[3]||null,!s&&n&&(t+="Z"))):t=""}super(t),isNaN(this.getTime())||(this.#t=o,this.#r=n,this.#e=s)}isDateTime(){return this.#t&&this.#r}isLocal(){return!this.#t||!this.#r||!this.#e}isDate(){return this.#t&&!this.#r}isTime(){return this.#r&&!this.#t}isValid(){return this.#t||this.#r}toISOString(){let t=super.toISOString();if(this.isDate())return t.slice(0,10);if(this.isTime())return t.slice(11,23);if(this.#e===null)return t.slice(0,-1);if(this.#e==="Z"||this.#e==="z")return t;let r=+this.#e.slice(1,3)*60+ +this.#e.slice(4,6);return r=this.#e[0]==="-"?r:-r,new Date(this.getTime()-r*6e4).toISOString().slice(0,-1)+this.#e}static wrapAsOffsetDateTime(t,r="Z"){let a=new e(t);return a.#e=r,a}static wrapAsLocalDateTime(t){let r=new e(t);return r.#e=null,r}static wrapAsLocalDate(t){let r=new e(t);return r.#r=!1,r.#e=null,r}static wrapAsLocalTime(t){let r=new e(t);return r.#t=!1,r.#e=null,r}};function oe(e,t=10){return t===16?e>47&&e<58||e>64&&e<71||e>96&&e<103:e>47&&e<48+t}function br(e,t){return e===32||e===9||e===10||e===13||t&&(e===t||e===44)||e===35}function at(e,t){let r=e.p,a=e.s.charCodeAt(e.p);if(a===91||a===123){e.d--||x.x("document contains excessively nested structures. aborting.",e);let o=a===91?Ya(e):Ga(e);return e.d++,o}return a===34||a===39?Mt(e):a===116?((e.s.charCodeAt(++e.p)!==114||e.s.charCodeAt(++e.p)!==117||e.s.charCodeAt(++e.p)!==101)&&x.x("invalid value",e,r),e.p++,!0):a===102?((e.s.charCodeAt(++e.p)!==97||e.s.charCodeAt(++e.p)!==108||e.s.charCodeAt(++e.p)!==115||e.s.charCodeAt(++e.p)!==101)&&x.x("invalid value",e,r),e.p++,!1):a===43||a===45?Vt(e,e.p,e.s.charCodeAt(++e.p),44-a,t):e.s.charCodeAt(e.p+4)===45&&e.s.charCodeAt(e.p+7)===45?Uo(e,a,t):e.s.charCodeAt(e.p+2)===58?Ho(e,a,t):Vt(e,e.p,a,0,t)}function Vt(e,t,r,a,o){let n=r,s=0,l=!1;if(n===105)return(e.s.charCodeAt(++e.p)!==110||e.s.charCodeAt(++e.p)!==102)&&x.x("invalid value",e,t),e.p++,(a||1)/0;if(n===110)return(e.s.charCodeAt(++e.p)!==97||e.s.charCodeAt(++e.p)!==110)&&x.x("invalid value",e,t),e.p++,NaN;if(n===48){if(++e.p>=e.s.length||br(n=e.s.charCodeAt(e.p),o))return e.bi===!0?0n:0;if(!a){if(n===120)return _r(e,t,16,o);if(n===98)return _r(e,t,2,o);if(n===111)return _r(e,t,8,o)}n===46?s=2:n===101||n===69?s=4:x.x("illegal leading zero",e,t)}else oe(n)||x.x("invalid value",e,t);for(;++e.p<e.s.length&&(n=e.s.charCodeAt(e.p),!br(n,o));)s||(s=1),n===95?(s&1||x.x("illegal underscore",e),s+=11,l=!0):s===1&&n===46?s=2:(s===1||s===3)&&(n===101||n===69)?s=4:s===4&&(n===43||n===45)?s=6:oe(n)?s>9?s-=11:s&1||s++:x.x("illegal character in numeric literal",e);if(!s){let p=(r-48)*(a||1);return e.bi===!0?BigInt(p):p}s&1||x.x("unfinished numeric value",e,t);let d=e.s.slice(t,e.p);return l&&(d=d.replaceAll("_","")),s>1?parseFloat(d):Za(e,d,10,t)}function _r(e,t,r,a){let o,n=1;for(;++e.p<e.s.length&&(o=e.s.charCodeAt(e.p),!br(o,a));)o===95?(n&1&&x.x("illegal underscore",e),n=3):oe(o,r)?n&1&&n--:x.x("illegal character in numeric literal",e);n&1&&x.x("unfinished numeric value",e);let s=e.s.slice(t+2,e.p);return n&&(s=s.replaceAll("_","")),Za(e,s,r,t)}function Za(e,t,r,a){if(e.bi!==!0)e:{let o=parseInt(t,r);if(!Number.isSafeInteger(o)){if(e.bi)break e;x.x("integer value cannot be represented losslessly",e,a)}return o}return BigInt(r===10?t:(r===2?"0b":r===8?"0o":"0x")+t)}function Uo(e,t,r){let a=e.p++,o;if(!oe(t)||!oe(e.s.charCodeAt(e.p++))||!oe(e.s.charCodeAt(e.p++))||!oe(e.s.charCodeAt(e.p++)))return Vt(e,e.p=a,t,0,r);if(e.p+=5,oe(e.s.charCodeAt(e.p++))||x.x("invalid date-time: date part is malformed",e,a),e.p>=e.s.length||((t=e.s.charCodeAt(e.p))!==32||(o=!0,!oe(e.s.charCodeAt(e.p+1))))&&t!==84&&t!==116){let s=e.s.slice(a,e.p);return rt(e,s,3,!1,a)}if(e.s.charCodeAt(e.p+=3)!==58&&x.x("invalid date-time: time part is malformed",e,a),e.s.charCodeAt(e.p+=3)===58&&(e.p+=3),e.s.charCodeAt(e.p)===46)for(;oe(e.s.charCodeAt(++e.p)););if(t=e.s.charCodeAt(e.p)){if(t===90||t===122){let s=e.s.slice(a,++e.p);return rt(e,s,1,o,a,"[+00:00]")}if(t===43||t===45){let s=e.s.slice(a,e.p+=6);return rt(e,s,1,o,a,!e.ld&&"["+e.s.slice(e.p-6,e.p)+"]")}}let n=e.s.slice(a,e.p);return rt(e,n,2,o,a)}function Ho(e,t,r){let a=e.p;if(!oe(t)||!oe(e.s.charCodeAt(++e.p)))return Vt(e,--e.p,t,0,r);if(e.s.charCodeAt(e.p+=4)===58&&(e.p+=3),e.s.charCodeAt(e.p)===46)for(;oe(e.s.charCodeAt(++e.p)););let o=e.s.slice(a,e.p);return rt(e,o,4,!1,a)}function rt(e,t,r,a,o,n){if(e.ld){let s=new tt(t,r,a);return s.isValid()||x.x("invalid date",e,o),s}try{switch(n&&(t+=n),r){case 1:return Temporal.ZonedDateTime.from(t);case 2:return Temporal.PlainDateTime.from(t);case 3:return Temporal.PlainDate.from(t);case 4:return Temporal.PlainTime.from(t)}}catch(s){x.x(s instanceof Error?s.message:""+s,e,o)}}function Wo(e){for(;e.p<e.s.length;e.p++){let t=e.s.charCodeAt(e.p);if(t===10)break;if(t===13&&e.s.charCodeAt(e.p+1)===10){e.p++;break}(t<32&&t!==9||t===127)&&x.x("control characters are not allowed in comments",e)}}function le(e,t,r){let a;for(;e.p<e.s.length;){for(;e.p<e.s.length&&((a=e.s.charCodeAt(e.p))===32||a===9||!t&&(a===10||a===13&&e.s.charCodeAt(e.p+1)===10));)e.p++;if(r||a!==35)break;Wo(e)}}function qt(e,t=61){let r,a=0,o=[],n,s=e.s.charCodeAt(r=e.p);do{if(s===t)return a||x.x("unexpected end of key",e),a===1&&o.push(e.s.slice(n,e.p)),e.p++,o;s===46?(a||x.x("illegal empty bare key",e),a===1&&o.push(e.s.slice(n,e.p)),a=0):!a&&(s===34||s===39)?(s===e.s.charCodeAt(e.p+1)&&s===e.s.charCodeAt(e.p+2)&&x.x("illegal quoted key: multiline strings are not allowed",e),o.push(Mt(e)),a=2,e.p--):s===32||s===9?a===1&&(o.push(e.s.slice(n,e.p)),a=2):a===2||s<48&&s!==45||s>57&&s<65||s>90&&s<97&&s!==95||s>122?x.x("illegal character in key",e):a||(a=1,n=e.p)}while(s=e.s.charCodeAt(++e.p));x.x("incomplete key-value: cannot find end of key",e,r)}function Ga(e){let t=e.p++,r=Object.create(null),a=new Set,o;for(;e.p<e.s.length;){if(le(e),(o=e.s.charCodeAt(e.p))===125)return e.p++,r;let n,s=r,l=!1,d=e.p,p=qt(e);for(let m=0;m<p.length;m++){m&&(s=l?s[n]:s[n]=Object.create(null)),n=p[m],(l=Object.hasOwn(s,n))&&(typeof s[n]!="object"||a.has(s[n]))&&x.x("trying to redefine an already defined value",e,d);let f=n==="__proto__";if(e.uk&&(f||n==="constructor")){s=e.uk!==1&&x.x("document contains an unsafe property",e,d);break}!l&&f&&Object.defineProperty(s,n,{enumerable:!0,configurable:!0,writable:!0})}l&&x.x("trying to redefine an already defined value",e,d),le(e,!0,!0);let c=at(e,125);if(s&&typeof(s[n]=c)=="object"&&a.add(c),le(e),(o=e.s.charCodeAt(e.p++))===125)return r;o!==44&&x.x("expected comma or end of structure",e,e.p-1)}x.x("unfinished table",e,t)}function Ya(e){let t=e.p++,r=[],a;for(;e.p<e.s.length;){if(le(e),(a=e.s.charCodeAt(e.p))===93)return e.p++,r;if(r.push(at(e,93)),le(e),(a=e.s.charCodeAt(e.p++))===93)return r;a!==44&&x.x("expected comma or end of structure",e,e.p-1)}x.x("unfinished array",e,t)}function Ka(e,t,r,a,o){let n=r,s=a,l,d=!1,p;for(let c=0;c<t.length;c++){if(c){if(n=d?n[l]:n[l]=Object.create(null),s=(p=s[l]).c,o===0&&(p.t===1||p.t===2))return null;if(p.t===2){let m=n.length-1;n=n[m],s=s[m].c}}if(l=t[c],(d=Object.hasOwn(n,l))&&s[l]?.t===0&&s[l]?.d)return null;if(!d){let m=l==="__proto__";if(e.uk&&(m||l==="constructor"))return!1;m&&(Object.defineProperty(n,l,{enumerable:!0,configurable:!0,writable:!0}),Object.defineProperty(s,l,{enumerable:!0,configurable:!0,writable:!0})),s[l]={t:c<t.length-1&&o===2?3:o,d:!1,i:0,c:Object.create(null)}}}if(p=s[l],p.t!==o&&!(o===1&&p.t===3)||(o===2&&(p.d||(p.d=!0,n[l]=[]),n[l].push(n=Object.create(null)),p.c[p.i++]=p={t:1,d:!1,i:0,c:Object.create(null)}),p.d))return null;if(p.d=!0,o===1)n=d?n[l]:n[l]=Object.create(null);else if(o===0&&d)return null;return[l,n,p.c]}function Qa(e,t,r){(t===null||e.uk===2)&&x.x(t===null?"trying to redefine an already defined table or value":"document contains an unsafe property",e,r)}function nt(e,t={}){let r={s:e,p:0,d:t.maxDepth??1e3,bi:t.integersAsBigInt??!1,ld:t.useLegacyDate??!0,uk:t.unsafeKeyBehaviour==="throw"?2:t.unsafeKeyBehaviour==="drop"?1:0},a=Object.create(null),o=Object.create(null),n,s=!1,l=a,d=o;for(e.charCodeAt(0)===65279&&r.p++,le(r);r.p<e.length;){if(e.charCodeAt(r.p)===91){let p=e.charCodeAt(++r.p)===91;n=r.p+=+p,s=!1;let c=qt(r,93);p&&(e.charCodeAt(r.p)!==93&&x.x("expected end of table array declaration",r),r.p++);let m=Ka(r,c,a,o,p?2:1);m?(d=m[2],l=m[1]):(Qa(r,m,n),s=!0)}else{n=r.p;let p=qt(r),c=Ka(r,p,l,d,0);!c&&!s&&Qa(r,c,n),le(r,!0,!0);let m=at(r,void 0);c&&!s&&(c[1][c[0]]=m)}le(r,!0),r.p<e.length&&(n=e.charCodeAt(r.p))!==10&&(n!==13||e.charCodeAt(r.p+1)!==10)&&x.x("each key-value declaration must be followed by an end-of-line",r),le(r)}return a}var ic=!!"".isWellFormed;function Ja(e,t){let[r,a,o]=e.split("-").map(Number);return new Date(Date.UTC(r,a-1,o+t)).toISOString().slice(0,10)}function pe({items:e,sessionDate:t,label:r}){if(!e||e.length===0)return null;let a=e.map(c=>c.to||Ja(c.from,7)),o=[t,...e.map(c=>c.from)].sort()[0],n=[t,...a].sort().at(-1),s=Math.max(1,cr(o,n)+1),l=c=>cr(o,c)/s*100,d=l(t)+50/s,p=[...e].sort((c,m)=>c.from<m.from?-1:c.from>m.from?1:0);return i`<ol class="care">
    ${p.map(c=>{let m=c.to||Ja(c.from,7),f=l(c.from),u=Math.max(1.5,l(m)+100/s-f);return i`<li class="care__item" data-code=${c.code} data-from=${c.from} data-to=${c.to||void 0}>
        <div class="care__when">
          ${r&&i`<strong class="care__name">${r(c.code)}</strong>`}
          <span class="care__dates">${Tt(c.from,c.to)}</span>
        </div>
        <svg class="care__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <rect class="care__track" x="0" y="3" width="100" height="4" />
          <rect class=${`care__span ${c.to?"":"care__span--open"}`} x=${f} y="1" width=${u} height="8" rx="1" />
          <line class="care__session" x1=${d} x2=${d} y1="0" y2="10" />
        </svg>
        <p class="care__text">${c.instruction}</p>
      </li>`})}
  </ol>
  <p class="care__legend muted small">
    <span class="care__legend-mark" aria-hidden="true"></span> The line marks the session on ${S(t,"weekday")}.
  </p>`}var vr={forehead:{shapes:[["rect",{x:170,y:50,width:220,height:66}]],point:[240,84],label:["left",72]},temples:{shapes:[["rect",{x:170,y:116,width:34,height:64}],["rect",{x:356,y:116,width:34,height:64}]],point:[186,140],label:["left",140]},periorbital:{shapes:[["ellipse",{cx:236,cy:150,rx:32,ry:19}],["ellipse",{cx:324,cy:150,rx:32,ry:19}]],point:[348,150],label:["right",118]},cheeks:{shapes:[["ellipse",{cx:222,cy:224,rx:38,ry:40}],["ellipse",{cx:338,cy:224,rx:38,ry:40}]],point:[205,226],label:["left",214]},nose:{shapes:[["path",{d:"M280 138 L262 228 Q280 242 298 228 Z"}]],point:[292,200],label:["right",190]},perioral:{shapes:[["ellipse",{cx:280,cy:276,rx:44,ry:22}]],point:[316,276],label:["right",262]},chin:{shapes:[["ellipse",{cx:280,cy:330,rx:40,ry:24}]],point:[300,334],label:["right",334]},jawline:{shapes:[["path",{d:"M178 250 Q192 314 242 344",class:"zone__stroke"}],["path",{d:"M382 250 Q368 314 318 344",class:"zone__stroke"}]],point:[196,304],label:["left",300]}},yr={neck:{shapes:[["rect",{x:189,y:62,width:22,height:20}],["rect",{x:349,y:62,width:22,height:20}]],point:[189,72],label:["left",58]},decolletage:{shapes:[["path",{d:"M162 84 L238 84 L230 122 L170 122 Z"}]],point:[172,102],label:["left",104]},arms:{shapes:[["rect",{x:136,y:88,width:22,height:118,rx:10}],["rect",{x:242,y:88,width:22,height:118,rx:10}],["rect",{x:296,y:88,width:22,height:118,rx:10}],["rect",{x:402,y:88,width:22,height:118,rx:10}]],point:[140,150],label:["left",150]},abdomen:{shapes:[["rect",{x:168,y:150,width:64,height:68}]],point:[180,190],label:["left",196]},hands:{shapes:[["ellipse",{cx:147,cy:222,rx:11,ry:15}],["ellipse",{cx:253,cy:222,rx:11,ry:15}],["ellipse",{cx:307,cy:222,rx:11,ry:15}],["ellipse",{cx:413,cy:222,rx:11,ry:15}]],point:[140,226],label:["left",242]},thighs:{shapes:[["rect",{x:170,y:246,width:28,height:88,rx:8}],["rect",{x:202,y:246,width:28,height:88,rx:8}],["rect",{x:330,y:262,width:28,height:74,rx:8}],["rect",{x:362,y:262,width:28,height:74,rx:8}]],point:[180,292],label:["left",292]},back:{shapes:[["rect",{x:328,y:84,width:64,height:134}]],point:[384,150],label:["right",130]},buttocks:{shapes:[["ellipse",{cx:345,cy:240,rx:17,ry:21}],["ellipse",{cx:375,cy:240,rx:17,ry:21}]],point:[386,244],label:["right",236]}};function Zo(e,t,r){let a=["zone"];return t&&a.push("zone--planned"),t&&t.override_reason&&a.push("zone--override"),r===e&&a.push("zone--selected"),a.join(" ")}function Xa({table:e,byZone:t,selected:r,onSelect:a}){return Object.entries(e).map(([o,n])=>{let s=t[o];return i`<g
      class=${Zo(o,s,r)}
      data-zone=${o}
      onClick=${s&&a?()=>a(o):void 0}
    >
      ${n.shapes.map(([l,d])=>i`<${l} ...${d} />`)}
    </g>`})}function en({table:e,byZone:t}){return Object.entries(e).filter(([r])=>t[r]).map(([r,a])=>{let[o,n]=a.label,s=o==="left"?6:554,l=o==="left"?"start":"end",d=t[r],p=9*Math.max(Q(r).length+2,se(d.depth_mm).length)+6,c=o==="left"?s+p:s-p;return i`<g class=${d.capped_by_zone?"zone-label zone-label--capped":"zone-label"} data-zone=${r} data-capped=${d.capped_by_zone?"true":void 0}>
        <line x1=${c} y1=${n-4} x2=${a.point[0]} y2=${a.point[1]} />
        <circle cx=${a.point[0]} cy=${a.point[1]} r="3" />
        <text x=${s} y=${n-9} text-anchor=${l} class="zone-label__name">${Q(r)}${d.override_reason?" *":""}${d.capped_by_zone?" †":""}</text>
        <text x=${s} y=${n+12} text-anchor=${l} class="zone-label__depth">${se(d.depth_mm)}</text>
      </g>`})}function tn(e){return e.map(t=>`${Q(t.zone)} ${se(t.depth_mm)}${t.override_reason?" (changed)":""}${t.capped_by_zone?" (capped by the zone)":""}`).join("; ")}function rn({zones:e,selected:t,onSelect:r,caption:a}){let o=Object.fromEntries(e.map(l=>[l.zone,l])),n=e.filter(l=>vr[l.zone]),s=e.filter(l=>yr[l.zone]);return i`<figure class="zone-map">
    <div class="zone-map__pictures">
      ${(n.length>0||s.length===0)&&i`<svg
        class="zone-map__face"
        viewBox="0 0 560 400"
        role="img"
        aria-label=${`Face: ${n.length?tn(n):"no face zone planned"}`}
      >
        <defs><clipPath id="face-clip"><ellipse cx="280" cy="200" rx="110" ry="150" /></clipPath></defs>
        <ellipse class="outline" cx="280" cy="200" rx="110" ry="150" />
        <g clip-path="url(#face-clip)"><${Xa} table=${vr} byZone=${o} selected=${t} onSelect=${r} /></g>
        <g class="features" aria-hidden="true">
          <path d="M214 128 Q236 118 258 128 M302 128 Q324 118 346 128" />
          <path d="M222 151 Q236 143 250 151 Q236 158 222 151 Z M310 151 Q324 143 338 151 Q324 158 310 151 Z" />
          <path d="M258 278 Q280 288 302 278" />
        </g>
        <${en} table=${vr} byZone=${o} />
      </svg>`}
      ${s.length>0&&i`<svg
        class="zone-map__body"
        viewBox="0 0 560 420"
        role="img"
        aria-label=${`Body, front and back: ${s.length?tn(s):"no body zone planned"}`}
      >
        <g class="silhouette" aria-hidden="true">
          <circle cx="200" cy="40" r="24" /><circle cx="360" cy="40" r="24" />
          <rect x="168" y="122" width="64" height="28" /><rect x="168" y="218" width="64" height="28" />
          <rect x="174" y="334" width="22" height="74" rx="8" /><rect x="204" y="334" width="22" height="74" rx="8" />
          <rect x="334" y="336" width="22" height="72" rx="8" /><rect x="364" y="336" width="22" height="72" rx="8" />
        </g>
        <${Xa} table=${yr} byZone=${o} selected=${t} onSelect=${r} />
        <text x="200" y="418" text-anchor="middle" class="zone-map__side">Front</text>
        <text x="360" y="418" text-anchor="middle" class="zone-map__side">Back</text>
        <${en} table=${yr} byZone=${o} />
      </svg>`}
    </div>
    ${a&&i`<figcaption>${a}</figcaption>`}
  </figure>`}var ot={proposed:["active","cancelled"],active:["completed","cancelled"],completed:[],cancelled:[]},wr=e=>`${e.charAt(0).toUpperCase()}${e.slice(1).replace(/\.$/,"")}.`;function Go(e){if(!e)return[];let t=(e.errors||[]).map(a=>{let o=/^\/findings\/([a-z_]+)$/.exec(a.path||"");return o?`${X(o[1])}: ${a.message}.`:wr(a.message)}),r=e.detail?wr(e.detail):"";return[r,...t.filter(a=>a.toLowerCase()!==r.toLowerCase())].filter(Boolean)}var Yo={active:{label:"Activate the plan",busy:"Activating…"},completed:{label:"Mark as completed",confirm:"Mark it completed",question:"The series is finished: the plan can no longer be changed."},cancelled:{label:"Cancel the plan",confirm:"Cancel it",question:"The plan stops here and can no longer be changed or restarted; a new series needs a new plan."}};function Ko({plan:e,onPlanChange:t}){let[r,a]=h(!1),[o,n]=h(null),[s,l]=h(null),d=ot[e.status]||[],p=async m=>{a(!0),n(null),l(null);try{let f=await k("PATCH",`/api/v1/plans/${e.id}`,{version:e.version,status:m});l(m),t(f.plan)}catch(f){n(f)}a(!1)},c=o&&(o.status===422||o.status===400);return i`<section class="card lifecycle" aria-labelledby="lifecycle-heading">
    <h2 id="lifecycle-heading">Status: ${be(e.status)}</h2>
    ${d.length===0&&i`<p class="muted">This plan is ${be(e.status).toLowerCase()}: it can no longer be changed.</p>`}
    ${e.status==="proposed"&&i`<p class="muted">Activate it when the patient agrees; the screening must allow treatment on the first session’s date.</p>`}
    ${s&&i`<${E} kind="success"><p>The plan is now ${be(s).toLowerCase()}.</p></${E}>`}
    ${c&&i`<div class="alert alert--error" role="alert">
      <p><strong>Refused.</strong></p>
      <ul class="lifecycle__reasons">${Go(o).map(m=>i`<li>${m}</li>`)}</ul>
    </div>`}
    ${o&&!c&&i`<${w} error=${o} />`}
    ${d.length>0&&i`<div class="form-actions">
      ${d.map(m=>{let f=Yo[m];return f.confirm?i`<${te} key=${m} label=${f.label} confirmLabel=${f.confirm} busy=${r} onConfirm=${()=>p(m)}><p>${f.question}</p></${te}>`:i`<button key=${m} type="button" class="button" disabled=${r} onClick=${()=>p(m)}>${r?f.busy:f.label}</button>`})}
    </div>`}
  </section>`}function Qo(e,t){return(e&&e.findings||[]).filter(r=>r.level==="defer"&&r.until&&(t===null||t.has(r.code)))}function Jo({plan:e,finding:t,onPlanChange:r,onWarnings:a}){let[o,n]=h(""),[s,l]=h(!1),[d,p]=h(null),c=d&&d.status===400?d.errors:[];return i`<form class="override-form" onSubmit=${async f=>{f.preventDefault(),l(!0),p(null);try{let u=await k("PATCH",`/api/v1/plans/${e.id}`,{version:e.version,overrides:[{finding:t.code,reason:o.trim()}]});a(u.warnings||[]),r(u.plan)}catch(u){p(u),l(!1)}}} novalidate aria-label=${`Override ${X(t.code)}`} data-finding=${t.code}>
    <p><strong>${X(t.code)}</strong>: defers treatment until <${ce} date=${t.until} />. ${t.message}</p>
    ${d&&d.status!==400&&i`<${w} error=${d} />`}
    ${ne(c,"/overrides/0/finding").map(f=>i`<p class="field-error">${f}</p>`)}
    <${Lt}
      label="Reason for setting it aside"
      hint="Your clinical judgement for this patient; kept with the plan and shown on it."
      pointer="/overrides/0/reason"
      errors=${c}
      value=${o}
      onValue=${n}
      rows=${2}
    />
    <${D} busy=${s} className="button--secondary">Override ${X(t.code).toLowerCase()}</${D}>
  </form>`}function Xo({plan:e,screening:t,overridable:r,canOverride:a,onPlanChange:o,onWarnings:n}){let s=Rt(),l=new Set(e.overrides.map(c=>c.finding)),d=ot[e.status].length>0,p=Qo(t,r).filter(c=>!l.has(c.code));return e.overrides.length===0&&(p.length===0||!d)?null:i`<section class="card overrides" aria-labelledby="overrides-heading">
    <h2 id="overrides-heading">Deferrals set aside</h2>
    ${e.overrides.length===0&&i`<p class="muted">None: the screening’s deferrals apply.</p>`}
    ${e.overrides.length>0&&i`<ul class="overrides__list">
      ${e.overrides.map(c=>i`<li data-finding=${c.finding}>
          <strong>${X(c.finding)}</strong> overridden: “${c.reason}”
          <br /><span class="small muted">${s(c.by)}, ${ee(c.at)}</span>
        </li>`)}
    </ul>`}
    ${d&&p.length>0&&(a?p.map(c=>i`<${Jo} key=${c.code} plan=${e} finding=${c} onPlanChange=${o} onWarnings=${n} />`):i`<p class="muted">${p.map(c=>X(c.code)).join(", ")} may be set aside for this plan by a provider, with a reason.</p>`)}
  </section>`}function ei({timelines:e}){let[t,r]=h(0);if(!e||e.length===0)return null;let a=Math.min(t,e.length-1),o=e[a];return i`<section class="card session-care" aria-labelledby="session-care-heading">
    <h2 id="session-care-heading">Preparation and aftercare, session by session</h2>
    <div class="session-tabs" role="group" aria-label="Session">
      ${e.map((n,s)=>i`<button type="button" class=${`button button--small ${s===a?"":"button--secondary"}`} aria-pressed=${s===a?"true":"false"} onClick=${()=>r(s)}>
          Session ${n.session}<span class="session-tabs__date"> · ${S(n.date)}</span>
        </button>`)}
    </div>
    <div class="grid grid--2 grid--top" data-session=${o.session}>
      <div>
        <h3>Before session ${o.session}</h3>
        ${o.prep.length?i`<${pe} items=${o.prep} sessionDate=${o.date} label=${We} />`:i`<p class="muted">Nothing to prepare.</p>`}
      </div>
      <div>
        <h3>After session ${o.session}</h3>
        ${o.aftercare.length?i`<${pe} items=${o.aftercare} sessionDate=${o.date} label=${Ze} />`:i`<p class="muted">No aftercare.</p>`}
      </div>
    </div>
  </section>`}function ti({plan:e,onPlanChange:t,onWarnings:r}){let[a,o]=h("1"),[n,s]=h(""),[l,d]=h(""),[p,c]=h(!1),[m,f]=h(null),u=m&&m.status===400?m.errors:[];return i`<details class="move-session">
    <summary>Move a session</summary>
    <form class="form form--compact" onSubmit=${async b=>{b.preventDefault(),c(!0),f(null);try{let _={session:Number(a),date:n};l.trim()&&(_.reason=l.trim());let g=await k("PATCH",`/api/v1/plans/${e.id}`,{version:e.version,schedule:[_]});r(g.warnings||[]),t(g.plan),s(""),d("")}catch(_){f(_)}c(!1)}} novalidate aria-label="Move a session">
      ${m&&m.status!==400&&i`<${w} error=${m} />`}
      ${m&&m.status===400&&i`<${Y} errors=${u} title="The move was refused" />`}
      <div class="grid grid--2">
        <${V}
          label="Session"
          pointer="/schedule/0/session"
          errors=${u}
          value=${a}
          onValue=${o}
          options=${e.schedule.map(b=>[String(b.session),`Session ${b.session} (${S(b.date)})`])}
        />
        <${T} label="New date" type="date" pointer="/schedule/0/date" errors=${u} value=${n} onValue=${s} required />
      </div>
      <${Lt} label="Reason (if sessions get closer than the protocol’s spacing)" pointer="/schedule/0/reason" errors=${u} value=${l} onValue=${d} rows=${2} />
      <${D} busy=${p} className="button--secondary">Move the session</${D}>
    </form>
  </details>`}function an({plan:e,canEdit:t,onPlanChange:r,onWarnings:a}){let o=e.schedule||[];return i`<section class="card" aria-labelledby="schedule-heading">
    <h2 id="schedule-heading">Sessions and dates</h2>
    ${o.length===0?i`<p>No dates yet: the first session is set once the deferral is resolved.</p>`:i`<ol class="sessions">
          ${o.map(n=>i`<li><span class="sessions__n">Session ${n.session}</span> <${ce} date=${n.date} style="weekday" /></li>`)}
        </ol>
        <p class="muted">Every ${e.interval_days.min}–${e.interval_days.max} days${e.interval_override_reason?` (changed: ${e.interval_override_reason})`:""}.</p>`}
    ${e.maintenance&&i`<p><strong>Maintenance:</strong> ${Tt(e.maintenance.from,e.maintenance.to)}</p>`}
    ${e.computed&&(e.computed.follow_up_photos||[]).length>0&&i`<p><strong>Follow-up photos:</strong> ${e.computed.follow_up_photos.map(n=>S(n)).join(", ")}</p>`}
    ${t&&o.length>0&&ot[e.status].length>0&&i`<${ti} plan=${e} onPlanChange=${r} onWarnings=${a} />`}
  </section>`}function ri({plan:e,zone:t,computed:r,onSaved:a,onCancel:o}){let n=e.zones.find(z=>z.zone===t),[s,l]=h(String(n.depth_mm.min)),[d,p]=h(String(n.depth_mm.max)),[c,m]=h(n.override_reason||""),[f,u]=h(!1),[$,b]=h(null),_=$&&$.status===400?$.errors:[],g="/zones/0",v=z=>z.trim()===""||Number.isNaN(Number(z))?z:Number(z),C=async z=>{z.preventDefault(),u(!0),b(null);try{let J=await k("PATCH",`/api/v1/plans/${e.id}`,{version:e.version,zones:[{zone:t,depth_mm:{min:v(s),max:v(d)},reason:c.trim()}]});a(J)}catch(J){b(J),u(!1)}},P=ne(_,`${g}/depth_mm`);return i`<form class="card depth-editor" onSubmit=${C} novalidate aria-labelledby="depth-editor-heading">
    <h3 id="depth-editor-heading">Change the depth: ${Q(t)}</h3>
    <p class="muted">
      Protocol range ${se(n.protocol_depth_mm)}${r?`; hard maximum ${Number(r.hard_max_mm).toFixed(2)} mm`:""}.
      A depth outside the protocol’s range needs a reason.
    </p>
    ${$&&$.status!==400&&i`<${w} error=${$} />`}
    <${Y} errors=${_} title="The change was refused" />
    <div class="grid grid--2" id=${G(`${g}/depth_mm`)} tabindex="-1">
      <${T} label="Minimum (mm)" type="number" step="0.05" min="0.05" max="5" inputmode="decimal" pointer=${`${g}/depth_mm/min`} errors=${_} value=${s} onValue=${l} required />
      <${T} label="Maximum (mm)" type="number" step="0.05" min="0.05" max="5" inputmode="decimal" pointer=${`${g}/depth_mm/max`} errors=${_} value=${d} onValue=${p} required />
    </div>
    ${P.length>0&&i`<div class="field-error">${P.map(z=>i`<p>${z}</p>`)}</div>`}
    <${Lt} label="Reason" hint="Why this zone differs from the protocol (kept with the plan)." pointer=${`${g}/reason`} errors=${_} value=${c} onValue=${m} rows=${2} />
    <div class="form-actions">
      <${D} busy=${f}>Save depth</${D}>
      <button type="button" class="button button--quiet" onClick=${o}>Cancel</button>
    </div>
  </form>`}function ai({plan:e,computedZones:t,onEdit:r,canEdit:a}){let o=ot[e.status].length>0;return i`<div class="table-scroll"><table class="table depth-table">
    <caption class="visually-hidden">Depth per zone</caption>
    <thead>
      <tr>
        <th scope="col">Zone</th>
        <th scope="col">Planned depth</th>
        <th scope="col">Protocol range</th>
        <th scope="col">Hard maximum</th>
        <th scope="col">Reason for change</th>
        ${a&&i`<th scope="col"><span class="visually-hidden">Actions</span></th>`}
      </tr>
    </thead>
    <tbody>
      ${e.zones.map(n=>{let s=t[n.zone];return i`<tr data-zone=${n.zone}>
          <th scope="row">${Q(n.zone)}</th>
          <td class=${n.override_reason?"changed":""}>
            ${se(n.depth_mm)}
            ${s&&s.capped_by_zone&&i`<br /><span class="capped small">† capped by the zone</span>`}
          </td>
          <td>${se(n.protocol_depth_mm)}</td>
          <td>${s?`${Number(s.hard_max_mm).toFixed(2)} mm`:"—"}</td>
          <td>${n.override_reason||"—"}</td>
          ${a&&i`<td>${o&&i`<button type="button" class="button button--secondary button--small" onClick=${()=>r(n.zone)}>
            Change<span class="visually-hidden"> ${Q(n.zone)}</span>
          </button>`}</td>`}
        </tr>`})}
    </tbody>
  </table></div>`}function nn({plan:e,onPlanChange:t,canEdit:r,canOverride:a=!1,screening:o=null,overridable:n=null}){let[s,l]=h(null),[d,p]=h([]),c=e.schedule&&e.schedule[0]?e.schedule[0].date:null;if(!e.zones)return i`<div class="stack">
      <p><${B} kind="neutral">${be(e.status)}</${B}> ${ae(e.sessions,"session")}</p>
      <${an} plan=${e} />
      <p class="muted">Depths and clinical details are for the clinic’s providers.</p>
    </div>`;let m=e.computed||{},f=Object.fromEntries((m.zones||[]).map(v=>[v.zone,v])),u=(e.schedule||[]).map(v=>S(v.date)).join(", "),$=ot[e.status].length>0,b=e.zones.map(v=>({...v,capped_by_zone:!!(f[v.zone]&&f[v.zone].capped_by_zone)})),_=b.some(v=>v.capped_by_zone),g=v=>{!r||!$||(p([]),l(v),requestAnimationFrame(()=>document.getElementById("depth-editor-heading")?.scrollIntoView({block:"nearest"})))};return i`<div class="stack">
    <div class="plan-summary">
      <${B} kind="neutral">${be(e.status)}</${B}>
      <span>${ae(e.sessions,"session")} every ${e.interval_days.min}–${e.interval_days.max} days</span>
      ${c&&i`<span>first on <strong>${S(c,"weekday")}</strong></span>`}
      ${(m.adjuncts||[]).length>0&&i`<span>Adjuncts: ${m.adjuncts.map(Ge).join(", ")}</span>`}
      <span class="muted">Protocol ${e.protocol.name} ${e.protocol.version}</span>
    </div>
    ${d.map(v=>i`<${E} kind="warning"><p>${wr(v)}</p></${E}>`)}
    <section class="card" aria-labelledby="zones-heading">
      <h2 id="zones-heading">Zones and depths</h2>
      <div class="plan-zones">
        <${rn}
          zones=${b}
          selected=${s}
          onSelect=${r&&$?g:null}
          caption=${`${ae(e.sessions,"session")}${u?`: ${u}`:""}. Depth is the needle-length setting; * marks a depth changed from the protocol${_?"; † a depth the zone’s default capped below what the concern asks for (deeper only as a change with a reason)":""}.`}
        />
        <div class="plan-zones__table">
          <${ai} plan=${e} computedZones=${f} onEdit=${g} canEdit=${r} />
          ${s&&i`<${ri}
            key=${`${s}-${e.version}`}
            plan=${e}
            zone=${s}
            computed=${f[s]}
            onCancel=${()=>l(null)}
            onSaved=${v=>{l(null),p(v.warnings||[]),t(v.plan)}}
          />`}
        </div>
      </div>
    </section>
    ${r&&i`<${Ko} plan=${e} onPlanChange=${t} />`}
    <${Xo}
      plan=${e}
      screening=${o}
      overridable=${n}
      canOverride=${a}
      onPlanChange=${t}
      onWarnings=${p}
    />
    <${an} plan=${e} canEdit=${r} onPlanChange=${t} onWarnings=${p} />
    ${(m.timelines||[]).length>0?i`<${ei} timelines=${m.timelines} />`:c&&i`<div class="grid grid--2 grid--top">
          <section class="card" aria-labelledby="prep-heading">
            <h2 id="prep-heading">Preparation before session 1</h2>
            <${pe} items=${m.prep} sessionDate=${c} label=${We} />
          </section>
          <section class="card" aria-labelledby="aftercare-heading">
            <h2 id="aftercare-heading">Aftercare after session 1</h2>
            <${pe} items=${m.aftercare} sessionDate=${c} label=${Ze} />
          </section>
        </div>`}
    ${(m.adjunct_notes||[]).length>0&&i`<section class="card"><h2>Adjuncts</h2><ul>${m.adjunct_notes.map(v=>i`<li><strong>${Ge(v.code)}</strong>${v.after_healing?" (after healing)":""}${v.evidence?`: ${v.evidence}`:""}</li>`)}</ul></section>`}
    ${(m.notes||[]).length>0&&i`<section class="card plan-notes"><h2>Notes</h2><ul>${m.notes.map(v=>i`<li data-topic=${v.topic}>${v.note}</li>`)}</ul></section>`}
  </div>`}function ni(e){try{let t=nt(e).findings||{};return new Set(Object.entries(t).filter(([,r])=>r&&r.overridable===!0).map(([r])=>r))}catch{return null}}function on({session:e,id:t}){let r=Re(e.role),a=A(`/api/v1/plans/${t}`),o=a.data?a.data.patient_id:null,n=A(o?`/api/v1/patients/${o}`:null),s=A(r&&a.data?`/api/v1/consultations/${a.data.consultation_id}`:null),l=A(r?"/api/v1/protocol":null),d=!r||(s.data!==null||s.error!==null)&&(l.data!==null||l.error!==null);if(q(a.data!==null&&n.data!==null&&d,"plan"),a.error)return i`<${y}>Treatment plan</${y}><${w} error=${a.error} onRetry=${a.reload} />`;if(!a.data)return i`<${y}>Treatment plan</${y}><${L} label="Loading the plan…" />`;let p=n.data?F(n.data):`patient #${a.data.patient_id}`;return i`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${a.data.patient_id}`}>${p}</a></p>
    <${y} title="Treatment plan">Treatment plan: ${p}</${y}>
    <${nn}
      plan=${a.data}
      onPlanChange=${a.setData}
      canEdit=${r}
      canOverride=${e.role==="provider"}
      screening=${s.data?s.data.screening:null}
      overridable=${l.data?ni(l.data.toml):null}
    />
  </div>`}var oi={proposed:"Proposed by your clinic",active:"In progress",completed:"Completed",cancelled:"Cancelled"};function sn({plan:e,patientName:t}){let r=e.schedule||[],a=e.timelines||[];return i`<article class="portal-plan" aria-labelledby=${`plan-${e.id}-heading`}>
    <header class="portal-plan__head">
      <h2 id=${`plan-${e.id}-heading`}>Your microneedling plan</h2>
      <p>${t} · ${oi[e.status]||e.status} · ${ae(e.sessions,"session")}</p>
    </header>
    <section class="card">
      <h3>Your sessions</h3>
      ${r.length===0?i`<p>Your clinic will give you the dates once you are ready to start.</p>`:i`<ol class="sessions sessions--large">
            ${r.map(o=>i`<li><span class="sessions__n">Session ${o.session}</span> <${ce} date=${o.date} style="long" /></li>`)}
          </ol>
          <p>Sessions are about ${Math.round(e.interval_days.min/7)} to ${Math.round(e.interval_days.max/7)} weeks apart, so your skin can heal and rebuild in between.</p>`}
    </section>
    ${a.length>0&&i`<section class="card" data-session=${a[0].session}>
        <h3>Before your first session</h3>
        <p class="muted">On <${ce} date=${a[0].date} style="long" />.</p>
        <${pe} items=${a[0].prep} sessionDate=${a[0].date} label=${null} />
      </section>
      <section class="card" data-session=${a[0].session}>
        <h3>After your first session</h3>
        <${pe} items=${a[0].aftercare} sessionDate=${a[0].date} label=${null} />
      </section>
      ${a.slice(1).map(o=>i`<section class="card portal-session" data-session=${o.session}>
          <h3>Session ${o.session}: <${ce} date=${o.date} style="long" /></h3>
          <details class="portal-session__details">
            <summary>Before and after session ${o.session}</summary>
            <h4>Before</h4>
            <${pe} items=${o.prep} sessionDate=${o.date} label=${null} />
            <h4>After</h4>
            <${pe} items=${o.aftercare} sessionDate=${o.date} label=${null} />
          </details>
        </section>`)}`}
    ${(e.follow_up_photos||[]).length>0&&i`<section class="card">
      <h3>Follow-up photos</h3>
      <p>${`Results build over three to six months. Your clinic will take photos around ${e.follow_up_photos.map(o=>S(o,"long")).join(", ")}.`}</p>
    </section>`}
    ${e.maintenance&&i`<section class="card">
      <h3>Keeping the results</h3>
      <p>${`A maintenance session between ${S(e.maintenance.from,"long")} and ${S(e.maintenance.to,"long")} keeps the results going.`}</p>
    </section>`}
    <section class="card card--warning">
      <h3>Call the clinic straight away if</h3>
      <p>you have a cold sore, a rash, a breakout or sunburn before a session, or pus, fever, spreading redness or increasing pain after one.</p>
    </section>
  </article>`}function ln(){return i`<button type="button" class="button no-print" onClick=${()=>window.print()}>Print or save as PDF</button>`}function dn({session:e}){let t=e.user.patient_id,r=A(`/api/v1/patients/${t}`),a=A(`/api/v1/patients/${t}/plans`);q(r.data!==null&&a.data!==null,"portal");let o=r.data?F(r.data):e.user.display_name,n=a.data?[...a.data.items].sort((l,d)=>d.id-l.id):[],s=n.find(l=>l.status!=="cancelled")||n[0];return i`<div class="stack portal">
    <div class="page-head">
      <div>
        <${y} title="My plan">Hello, ${o}</${y}>
        <p class="lead">Your treatment plan, and how to prepare for each session.</p>
      </div>
      ${s&&i`<${ln} />`}
    </div>
    <${w} error=${r.error||a.error} onRetry=${()=>(r.reload(),a.reload())} />
    ${a.loading&&i`<${L} label="Loading your plan…" />`}
    ${a.data&&!s&&i`<${O}>Your clinic has not made a treatment plan for you yet.</${O}>`}
    ${s&&i`<${sn} plan=${s} patientName=${o} />`}
    ${n.length>1&&i`<section class="card no-print">
      <h2>Earlier plans</h2>
      <ul>${n.filter(l=>l!==s).map(l=>i`<li><a href=${`/portal/plans/${l.id}`}>Plan of ${ae(l.sessions,"session")}${l.schedule&&l.schedule[0]?`, from ${S(l.schedule[0].date)}`:""}</a></li>`)}</ul>
    </section>`}
  </div>`}function cn({session:e,id:t}){let r=A(`/api/v1/plans/${t}`);return q(r.data!==null,"portal-plan"),i`<div class="stack portal">
    <p class="crumbs no-print"><a href="/portal">My plan</a></p>
    <div class="page-head">
      <${y} title="Treatment plan">Treatment plan</${y}>
      ${r.data&&i`<${ln} />`}
    </div>
    ${r.loading&&i`<${L} label="Loading the plan…" />`}
    ${r.error&&(r.error.status===404?i`<div class="alert alert--error" role="alert"><p>There is no plan of yours at this address.</p></div>`:i`<${w} error=${r.error} onRetry=${r.reload} />`)}
    ${r.data&&i`<${sn} plan=${r.data} patientName=${e.user.display_name} />`}
  </div>`}function ii(e){return e?Object.entries(e).map(([t,r])=>`${r} ${r===1?t.replace(/s$/,""):t}`).join(" "):"—"}function pn(e){return e===0?"session day":e<0?`${-e} days before`:`${e} days after`}function it({rule:e}){return!e.source&&!e.evidence?"—":i`${e.evidence&&i`<p class="small">${e.evidence}</p>`}
    ${e.source&&i`<details class="small"><summary>Source</summary><p>${e.source}</p></details>`}`}function Pe({caption:e,head:t,rows:r}){return i`<section class="card protocol-table">
    <h2>${e}</h2>
    <div class="table-scroll">
      <table class="table">
        <thead><tr>${t.map(a=>i`<th scope="col">${a}</th>`)}</tr></thead>
        <tbody>${r.map(a=>i`<tr>${a.map((o,n)=>n===0?i`<th scope="row">${o}</th>`:i`<td>${o}</td>`)}</tr>`)}</tbody>
      </table>
    </div>
  </section>`}function si({doc:e}){let t=e.series||{},r=Object.entries(e.zones||{}),a=Object.entries(e.concerns||{}),o=Object.entries(e.findings||{}),n=(l,d)=>(l||[]).map(p=>[d(p.code),`${pn(p.from_day)} → ${p.open_ended?"open-ended":pn(p.to_day)}`,p.only_with?`Only with: ${p.only_with.map(X).join(", ")}`:"Everyone",i`<p>${p.instruction}</p><${it} rule=${p} />`]),s=e.findings&&e.findings.recent_procedure&&e.findings.recent_procedure.window_days||{};return i`<div class="stack">
    <${Pe}
      caption="Series"
      head=${["Rule","Value"]}
      rows=${[["Sessions",t.sessions?`${t.sessions.min}–${t.sessions.max}`:"—"],["Interval",t.interval_days?`${t.interval_days.min}–${t.interval_days.max} days`:"—"],["Maintenance",t.maintenance_months?`${t.maintenance_months.from}–${t.maintenance_months.to} months after the last session`:"—"],["Follow-up photos",t.follow_up_photo_months?`${t.follow_up_photo_months.join(", ")} months after the last session`:"—"],["Depth reduction with PIH risk",t.pih_depth_reduction_mm!==void 0?`${t.pih_depth_reduction_mm} mm`:"—"]]}
    />
    <${Pe}
      caption="Zones"
      head=${["Zone","Default depth","Hard maximum","Source and evidence"]}
      rows=${r.map(([l,d])=>[Q(l),se(d.depth_mm),`${Number(d.hard_max_mm).toFixed(2)} mm`,i`<${it} rule=${d} />`])}
    />
    <${Pe}
      caption="Concerns"
      head=${["Concern","Sessions","Depth","Notes"]}
      rows=${a.map(([l,d])=>[xe(l),d.unsuitable?"—":d.sessions_by_severity?`${d.sessions_by_severity.join(" / ")} by severity`:d.sessions,d.unsuitable?"Not treated":d.depth_mm_by_severity?d.depth_mm_by_severity.map(se).join(" / "):se(d.depth_mm),i`${d.alternatives&&i`<p>Alternatives: ${d.alternatives.join(", ")}${d.unsuitable_from_severity?` (from severity ${d.unsuitable_from_severity})`:""}</p>`}<${it} rule=${d} />`])}
    />
    <${Pe}
      caption="Screening findings"
      head=${["Finding","Level","Waiting period","Actions","Message"]}
      rows=${o.map(([l,d])=>[X(l),kt(d.level),l==="recent_procedure"?Object.entries(s).map(([p,c])=>`${p.replaceAll("_"," ")} ${c} d`).join(", "):ii(d.window),(d.actions||[]).map(Se).join(", ")||"—",i`<p>${d.message}</p><${it} rule=${d} />`])}
    />
    <${Pe} caption="Preparation" head=${["Item","When","For","Instruction"]} rows=${n(e.prep,We)} />
    <${Pe} caption="Aftercare" head=${["Item","When","For","Instruction"]} rows=${n(e.aftercare,Ze)} />
    <${Pe}
      caption="Adjuncts"
      head=${["Adjunct","For","Notes"]}
      rows=${(e.adjuncts||[]).map(l=>[Ge(l.code),l.for==="all"?"All concerns":(l.for||[]).map(xe).join(", "),i`${l.optional?"Optional. ":""}${l.after_healing?"Only after healing. ":""}<${it} rule=${l} />`])}
    />
  </div>`}function li(e){let t=/:(\d+)$/.exec(e||"");return t?Number(t[1]):null}function di({current:e,onUploaded:t}){let[r,a]=h(""),[o,n]=h(!1),[s,l]=h(null),[d,p]=h(null),c=W(null),m=$=>{let b=c.current;if(!b)return;let _=b.value.split(`
`),g=_.slice(0,$-1).reduce((C,P)=>C+P.length+1,0);b.focus(),b.setSelectionRange(g,g+(_[$-1]||"").length);let v=b.scrollHeight/Math.max(1,_.length);b.scrollTop=Math.max(0,($-4)*v)},f=async $=>{$.preventDefault(),n(!0),l(null),p(null);try{let b=await k("PUT","/api/v1/protocol",r,{contentType:"application/toml"});p(b),t()}catch(b){l(b)}n(!1)},u=async $=>{let b=$.currentTarget.files[0];b&&a(await b.text())};return i`<section class="card" aria-labelledby="upload-heading">
    <h2 id="upload-heading">Upload a new version</h2>
    <p>Edit the protocol below (or load a file), give it a new <code>version</code>, and upload. The server checks every rule and refuses an unsafe file, naming each problem’s line.</p>
    <div class="form-actions">
      <button type="button" class="button button--secondary" onClick=${()=>a(e.toml)}>Start from version ${e.version}</button>
      <label class="button button--secondary file-button">Load a file<input type="file" accept=".toml,text/plain" class="visually-hidden" onChange=${u} /></label>
    </div>
    <form class="form" onSubmit=${f} novalidate>
      ${d&&i`<${E} kind="success"><p>Version ${d.version} of ${d.name} is now in force.</p></${E}>`}
      ${s&&s.status!==400&&i`<${w} error=${s} />`}
      ${s&&s.status===400&&i`<div class="error-summary" role="alert" id="protocol-errors">
        <h3>The file was refused: ${s.detail}</h3>
        <ul>
          ${s.errors.map($=>{let b=li($.path);return i`<li>
              ${b?i`<button type="button" class="linklike" onClick=${()=>m(b)}>Line ${b}</button>: `:""}${$.message}
            </li>`})}
        </ul>
      </div>`}
      <div class="field">
        <label for="protocol-text">Protocol (TOML)</label>
        <textarea id="protocol-text" ref=${c} class="code" rows="18" spellcheck="false" value=${r} onInput=${$=>a($.currentTarget.value)}></textarea>
      </div>
      <button type="submit" class="button" disabled=${o||!r.trim()}>${o?"Checking…":"Check and upload"}</button>
    </form>
  </section>`}function un({session:e}){let t=A("/api/v1/protocol");q(t.data!==null,"protocol");let r=null,a=null;if(t.data)try{r=nt(t.data.toml)}catch(o){a=o}return i`<div class="stack">
    <${y}>Protocol</${y}>
    ${t.loading&&i`<${L} />`}
    <${w} error=${t.error} onRetry=${t.reload} />
    ${t.data&&i`<p class="lead">
      In force: <strong>${t.data.name} ${t.data.version}</strong>
      (${t.data.built_in?"the built-in default":"uploaded by the clinic"}). Every screening and plan records the version that made it.
    </p>`}
    ${a&&i`<div class="alert alert--error" role="alert"><p>The protocol text could not be shown as tables: ${String(a.message)}</p></div>`}
    ${e.role==="owner"&&t.data&&i`<${di} current=${t.data} onUploaded=${t.reload} />`}
    ${r&&i`<${si} doc=${r} />`}
  </div>`}var mn={display_name:"",email:"",role:"provider",title:""};function fn({onCreated:e}){let[t,r]=h(mn),[a,o]=h(!1),[n,s]=h(null),[l,d]=h(null),p=f=>u=>r({...t,[f]:u}),c=async f=>{f.preventDefault(),o(!0),s(null),d(null);try{let u={...t,email:t.email.trim(),display_name:t.display_name.trim(),title:t.title.trim()},$=await k("POST","/api/v1/staff",u);d($),r(mn),e($)}catch(u){s(u)}o(!1)},m=n&&n.status===400?n.errors:[];return i`<form class="form" onSubmit=${c} novalidate aria-labelledby="new-staff-heading">
    <h2 id="new-staff-heading">Invite a team member</h2>
    <p class="muted">They get a one-time link and choose their own password; you never see it.</p>
    ${l&&i`<${E} kind="success">
      <p>${l.display_name} is invited as ${re(l.role).toLowerCase()} (${l.email}).</p>
      <${Ie}
        invitation=${l.invitation}
        person=${l.display_name}
        again="Use “Reset password” beside their name in the list for a new link."
        id="new-staff-link"
      />
    </${E}>`}
    ${n&&n.status!==400&&i`<${w} error=${n} />`}
    <${Y} errors=${m} />
    <div class="grid grid--2">
      <${T} label="Name" pointer="/display_name" errors=${m} value=${t.display_name} onValue=${p("display_name")} autocomplete="off" required />
      <${T} label="E-mail" type="email" pointer="/email" errors=${m} value=${t.email} onValue=${p("email")} autocomplete="off" required />
      <${V} label="Role" pointer="/role" errors=${m} value=${t.role} onValue=${p("role")} options=${ht.map(f=>[f,re(f)])} required />
      <${T} label="Title" hint="For example RN or Dr" pointer="/title" errors=${m} value=${t.title} onValue=${p("title")} autocomplete="off" />
    </div>
    <${D} busy=${a} busyLabel="Inviting…">Invite and create the link</${D}>
  </form>`}function hn(e){return e?e.errors.length?e.errors.map(t=>t.message).join("; "):St(e):""}function ci(e){return e.active?e.password_set?"Active":"Invited: no password set yet":"Deactivated"}function pi({user:e,self:t,onChanged:r}){let[a,o]=h(!1),[n,s]=h(null),[l,d]=h(null),p=async u=>{o(!0),s(null);try{await u()}catch($){s($)}o(!1)},c=u=>p(async()=>r(await k("PATCH",`/api/v1/staff/${e.id}`,u))),m=()=>p(async()=>{let u=await k("POST",`/api/v1/staff/${e.id}/password-reset`);d(u.invitation),r({...e,password_set:!1})}),f=`role-${e.id}`;return i`<tr class=${e.active?"":"inactive"} data-user=${e.email}>
    <th scope="row">${e.display_name}${e.title?i` <span class="muted">${e.title}</span>`:""}</th>
    <td>${e.email}</td>
    <td>
      <label class="visually-hidden" for=${f}>Role of ${e.display_name}</label>
      <select id=${f} value=${e.role} disabled=${a||t} onChange=${u=>c({role:u.currentTarget.value})}>
        ${ht.map(u=>i`<option value=${u}>${re(u)}</option>`)}
      </select>
    </td>
    <td>${ci(e)}</td>
    <td class="actions-cell">
      ${!t&&i`<div class="actions">
        <button type="button" class="button button--secondary button--small" disabled=${a} onClick=${()=>c({active:!e.active})}>
          ${e.active?"Deactivate":"Reactivate"}<span class="visually-hidden"> ${e.display_name}</span>
        </button>
        ${e.active&&i`<${te}
          label="Reset password"
          hiddenSuffix=${`of ${e.display_name}`}
          confirmLabel="Reset and create a link"
          busy=${a}
          onConfirm=${m}
          small
        >
          <p>${e.display_name}’s password stops working now and they are logged out everywhere. You get a new one-time link for them.</p>
        </${te}>`}
      </div>`}
      ${n&&i`<p class="field-error" role="alert">${hn(n)}</p>`}
      ${l&&i`<${Ie} invitation=${l} person=${e.display_name} again="Reset again for a new link." id=${`reset-link-${e.id}`} />`}
    </td>
  </tr>`}function ui({clinic:e,onSaved:t}){let[r,a]=h(e.slug),[o,n]=h(!1),[s,l]=h(null),[d,p]=h(!1),c=async f=>{f.preventDefault(),n(!0),l(null),p(!1);try{let u=await k("PATCH","/api/v1/clinic",{slug:r.trim()});Bt(u.slug),t(u),p(!0)}catch(u){l(u)}n(!1)},m=s?s.status===400?s.errors:s.status===409?[{path:"/slug",message:s.detail}]:[]:[];return i`<form class="form" onSubmit=${c} novalidate aria-labelledby="clinic-login-heading">
    <h2 id="clinic-login-heading">Clinic login name</h2>
    <p class="muted">Everyone types it to log in, staff and patients. Renaming it keeps everyone logged in; tell them the new name.</p>
    ${d&&i`<${E} kind="success"><p>Logins now use <strong>${e.slug}</strong>.</p></${E}>`}
    ${s&&s.status!==400&&s.status!==409&&i`<${w} error=${s} />`}
    <div class="inline-form">
      <${T}
        label="Login name"
        hint="2–63 lower-case letters, digits and hyphens"
        pointer="/slug"
        errors=${m}
        value=${r}
        onValue=${a}
        autocomplete="off"
        autocapitalize="none"
        spellcheck="false"
        required
      />
      <${D} busy=${o} className="button--secondary">Rename</${D}>
    </div>
  </form>`}function mi({account:e,onChanged:t}){let[r,a]=h(!1),[o,n]=h(null),s=async()=>{a(!0),n(null);try{t(await k("DELETE",`/api/v1/portal-accounts/${e.id}`))}catch(l){n(l)}a(!1)};return i`<tr class=${e.active?"":"inactive"}>
    <th scope="row"><a href=${`/staff/patients/${e.patient_id}`}>${e.display_name}</a></th>
    <td>${e.email}</td>
    <td>${e.active?e.password_set?"Active":"Invited: link not used yet":"Revoked"}</td>
    <td>${ee(e.created_at)}</td>
    <td class="actions-cell">
      ${e.active&&i`<${te} label="Revoke" hiddenSuffix=${`the portal login of ${e.display_name}`} confirmLabel="Revoke the login" busy=${r} onConfirm=${s} small>
        <p>${e.display_name} is logged out and can no longer log into the portal; an unused link stops working. A provider can invite them again later.</p>
      </${te}>`}
      ${o&&i`<p class="field-error" role="alert">${hn(o)}</p>`}
    </td>
  </tr>`}function fi(){let e=A("/api/v1/portal-accounts"),t=r=>e.setData({items:e.data.items.map(a=>a.id===r.id?r:a)});return i`<section class="card" aria-labelledby="portal-accounts-heading">
    <h2 id="portal-accounts-heading">Patient portal logins</h2>
    <p class="muted">Providers and you invite patients from their chart. Revoke a login the patient should no longer use.</p>
    ${e.loading&&i`<${L} />`}
    <${w} error=${e.error} onRetry=${e.reload} />
    ${e.data&&e.data.items.length===0&&i`<${O}>No patient has a portal login yet.</${O}>`}
    ${e.data&&e.data.items.length>0&&i`<div class="table-scroll"><table class="table">
      <thead><tr><th scope="col">Patient</th><th scope="col">E-mail</th><th scope="col">Status</th><th scope="col">Invited</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
      <tbody>${e.data.items.map(r=>i`<${mi} key=${r.id} account=${r} onChanged=${t} />`)}</tbody>
    </table></div>`}
  </section>`}function $n({session:e}){let t=A("/api/v1/staff"),r=A("/api/v1/clinic");q(t.data!==null&&r.data!==null,"team");let a=o=>t.setData({items:t.data.items.some(n=>n.id===o.id)?t.data.items.map(n=>n.id===o.id?o:n):[...t.data.items,o]});return i`<div class="stack">
    <${y}>Team and logins</${y}>
    <section class="card" aria-labelledby="team-heading">
      <h2 id="team-heading">Staff accounts</h2>
      ${t.loading&&i`<${L} />`}
      <${w} error=${t.error} onRetry=${t.reload} />
      ${t.data&&i`<div class="table-scroll"><table class="table team-table">
        <thead><tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>${t.data.items.map(o=>i`<${pi} key=${o.id} user=${o} self=${o.id===e.user.id} onChanged=${a} />`)}</tbody>
      </table></div>`}
    </section>
    <section class="card"><${fn} onCreated=${o=>t.data&&a(o)} /></section>
    <${fi} />
    <section class="card">
      ${r.loading&&i`<${L} />`}
      <${w} error=${r.error} onRetry=${r.reload} />
      ${r.data&&i`<${ui} clinic=${r.data} onSaved=${r.setData} />`}
    </section>
  </div>`}var hi=[["/staff",Ia,"staff"],["/staff/patients",Ha,"staff"],["/staff/patients/new",Wa,"staff"],["/staff/patients/:id",Ra,"staff"],["/staff/patients/:id/consultations/new",Na,"clinical"],["/staff/consultations/:id",za,"clinical"],["/staff/plans/:id",on,"staff"],["/staff/hours",Ba,"staff"],["/staff/protocol",un,"clinical"],["/staff/team",$n,"owner"],["/staff/audit",ba,"owner"]],$i=[["/portal",dn],["/portal/plans/:id",cn]];function gi(e,t){return e==="owner"?t==="owner":e==="clinical"?Re(t):!0}function gn(e,t){for(let[r,a,o]of e){let n=sa(r,t);if(n)return{page:a,params:n,who:o}}return null}function _n({to:e}){return R(()=>K(e,{replace:!0}),[e]),null}function bn(){return i`<${y}>Page not found</${y}>
    <p>There is no page at this address. <a href="/">Go to the start page</a>.</p>`}function _i({home:e}){return i`<${y}>Not available for your role</${y}>
    <p>Your role cannot open this page. <a href=${e}>Back to the start page</a>.</p>`}function bi(e){return e==="patient"?"/portal":"/staff"}function vi(){let{status:e,session:t,expired:r,error:a}=ua(),o=xt();if(R(()=>{let d=requestAnimationFrame(()=>{let p=document.getElementById("page-title");p&&document.activeElement===document.body&&p.focus({preventScroll:!0})});return window.scrollTo(0,0),()=>cancelAnimationFrame(d)},[o,e]),o==="/invite")return i`<${de}><${Ua} session=${e==="ready"?t:null} /></${de}>`;if(e==="loading")return i`<${de}><${L} label="Loading Needlepoint…" /></${de}>`;if(e==="error")return i`<${de}>
      <${y}>Needlepoint</${y}>
      <${w} error=${a} onRetry=${lr} />
    </${de}>`;if(e==="anonymous")return i`<${qa} portal=${o.startsWith("/portal")} expired=${r} />`;let n=t.role;if(o==="/"||o==="/login"||o==="/portal/login")return i`<${_n} to=${bi(n)} />`;if(n==="patient"){let d=o.startsWith("/portal")?gn($i,o):null;return o.startsWith("/portal")?i`<${dr} session=${t}>
      ${d?i`<${d.page} key=${o} session=${t} ...${d.params} />`:i`<${bn} />`}
    </${dr}>`:i`<${_n} to="/portal" />`}if(!o.startsWith("/staff"))return i`<${Ke} session=${t}>
      <${y}>The portal is for patients</${y}>
      <p>You are logged in as staff. <a href="/staff">Go to the staff workspace</a>.</p>
    </${Ke}>`;let s=gn(hi,o),l=i`<${bn} />`;return s&&!gi(s.who,n)?l=i`<${_i} home="/staff" />`:s&&(l=i`<${s.page} key=${o} session=${t} ...${s.params} />`),i`<${Ke} session=${t}>${l}</${Ke}>`}ia();lr();Nr(i`<${vi} />`,document.getElementById("app"));
