var D,br,ia,he,Ft,st,vr,at,yr,Bt,Mt,sa,Re=Symbol.for("pv"),lt={},dt=[],la=/^m(i|n|o|s|text|space)$/,Vt=Array.isArray,jt=dt.slice,we=Object.assign;function ye(e){e&&e.parentNode&&e.remove()}function wr(e,t,r){var n,o,a,i={},l=arguments.length;for(a in t)a=="key"?n=t[a]:a=="ref"&&typeof e!="function"?o=t[a]:i[a]=t[a];return l>2&&(i.children=l>3?jt.call(arguments,2):r),Ne(e,i,n,o,null)}function Ne(e,t,r,n,o){var a={type:e,props:t,key:r,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Re,__v:o||++br,__i:-1,__u:0};return!o&&D.vnode&&D.vnode(a),a}function ct(e){return e.children}function ot(e,t){this.props=e,this.context=t,this.__g=0}function $e(e,t){if(t==null)return e.__&&$e(e.__,e.__i+1);for(var r;t<e.__k.length;t++)if((r=e.__k[t])&&r.__e)return r.__e;return typeof e.type!="function"||e.props.__P?null:$e(e)}function da(e){var t,r=e.__v,n=r.__e,o=[],a=[],i=e.__P;i&&((t=we({constructor:Re},r)).__v=r.__v+1,D.vnode&&D.vnode(t),qt(i,t,r,e.__n,i.namespaceURI,32&r.__u?[n]:null,o,n||$e(r),32&r.__u,a),t.__v=r.__v,t.__.__k[t.__i]=t,Pr(o,t,a),r.__=r.__e=null,t.__e!=n&&kr(t))}function kr(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),kr(e)}function gr(e){(8&e.__g||(e.__g|=8,he.push(e),st++))&&Ft==D.debounceRendering||((Ft=D.debounceRendering)||queueMicrotask)(xr)}function xr(){try{for(var e,t=1;he.length;)he.length>t&&he.sort(vr),e=he.shift(),t=he.length,8&e.__g&&da(e)}finally{(st=he.length)&&(Ft||queueMicrotask)(xr)}}function Sr(e,t,r,n,o,a,i,l,d,p,c){var m,f,u,h,v,_,g=n.__k||dt,b=t.length;for(d=ca(r,t,g,d,b),m=0;m<b;m++)(u=r.__k[m])!=null&&(f=~u.__i&&g[u.__i]||lt,u.__i=m,_=qt(e,u,f,o,a,i,l,d,p,c),h=u.__e,(f.ref!=u.ref||8&f.__u)&&(f.ref&&Ht(f.ref,null,u,f),u.ref&&c.push(u.ref,u.__c||h,u)),v=v||h,4&u.__u?(d=Cr(u,d,e,!f.__v),f.__e&&(f.__e=null)):typeof u.type=="function"&&_!==void 0?d=_:h&&(d=h.nextSibling),u.__u&=-21);return r.__e=v,d}function ca(e,t,r,n,o){var a,i,l,d,p,c,m,f,u,h=r.length,v=h,_=0,g=0,b=e.__k=Array(o);for(a=0;a<o;a++)(i=t[a])!=null&&typeof i!="boolean"&&typeof i!="function"?(typeof i!="object"||i.constructor===String?i=b[a]=Ne(null,i):Vt(i)?i=b[a]=Ne(ct,{children:i}):i.constructor===Re&&i.__b?i=b[a]=Ne(i.type,i.props,i.key,i.ref,i.__v):b[a]=i,d=a+_,i.__=e,i.__b=e.__b+1,l=null,~(p=i.__i=pa(i,r,d,v))&&(v--,(l=r[p])&&(l.__u|=2)),l&&l.__v?(i.__u|=16,p==d-1?_--:p==d+1?_++:p!=d&&(p>d?_--:_++,g=1)):(~p||(o>h?_--:o<h&&_++),typeof i.type!="function"&&(i.__u|=4))):b[a]=null;if(g){for(c=[],m=[],a=0;a<o;a++)if((i=b[a])&&16&i.__u){for(_=0,f=c.length;_<f;)c[u=_+f>>1]<i.__i?_=u+1:f=u;c[_]=i.__i,m[a]=_+1}for(_=c.length;a--;)m[a]&&(m[a]==_?_--:b[a].__u|=4)}if(v)for(a=0;a<h;a++)!(l=r[a])||2&l.__u||(l.__e==n&&(n=$e(l)),Ut(l,l));return n}function Cr(e,t,r,n){var o,a,i,l;if(typeof e.type=="function"){if(e.props.__P)return t;if(o=e.__k)for(a=0;a<o.length;a++)o[a]&&(o[a].__=e,t=Cr(o[a],t,r,!1));return t}for(t&&!t.parentNode&&(t=$e(e))&&!t.parentNode&&(t=null),i=e.__e,l=t;l&&l.nodeType==8;)l=l.nextSibling;for(i!=l&&(!n&&r.moveBefore&&i.parentNode?r.moveBefore(i,t):r.insertBefore(i,t||null)),t=i;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function pa(e,t,r,n){var o,a=e.key,i=e.type,l=t[r],d=l&&!(2&l.__u);if(l===null&&a==null||d&&a==l.key&&i==l.type)return r;if(n>(d?1:0)){for(o=r-1;o>=0;o--)if((l=t[o])&&!(2&l.__u)&&a==l.key&&i==l.type)return o;for(o=r+1;o<t.length;o++)if((l=t[o])&&!(2&l.__u)&&a==l.key&&i==l.type)return o}return-1}function _r(e,t,r){r==null&&(r=""),t[0]=="-"?e.setProperty(t,r):e[t]=r}function nt(e,t,r,n,o){var a,i;if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)r&&t in r||_r(e.style,t);if(r)for(t in r)n&&r[t]==n[t]||_r(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")typeof r!="function"&&(r=null),typeof n!="function"&&(n=null),(e.__e||(e.__e={}))[t]=r,r&&n||(i=Mt[t]||(Mt[t]=ua(t)),(e.__a||(e.__a={}))[t]=Bt,a=t!=(t=t.replace(yr,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),r?e.addEventListener(t,i,a):e.removeEventListener(t,i,a));else{if(o=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r)}}function ua(e){return function(t){var r=this.__e;if(r){if(r=r[e],t[at]==null)t[at]=Bt++;else if(t[at]<this.__a[e])return;return r(D.event?D.event(t):t)}}}function qt(e,t,r,n,o,a,i,l,d,p){var c,m,f,u,h,v,_,g,b,C,T,U,me,X,I,Te,fe,ve,pe=t.type;if(t.constructor!==Re)return null;128&r.__u&&(d=32&r.__u,c=r.__c.__z)&&(t.__u|=d,m=a=[],c.nodeType==8?l=it(c,a):a.push(c),l=a[0]||l),(c=D.__b)&&c(t);e:if(typeof pe=="function"){f=i.length;try{if(g=t.props,b=(c=pe.prototype)&&c.render,C=(c=pe.contextType)&&n[c.__c],T=c?C?C.props.value:c.__:n,(u=r.__c)?(t.__c=u,2&u.__g&&(u.__g|=1)):(b?t.__c=u=new pe(g,T):(t.__c=u=new ot(g,T),u.constructor=pe,u.render=fa),C&&C.sub(u),u.state||(u.state={}),u.__n=n,u.__g|=8,u.__h=[],u.__k=[]),b&&(u.__s||(u.__s=u.state),pe.getDerivedStateFromProps&&(u.__s==u.state&&(u.__s=we({},u.__s)),we(u.__s,pe.getDerivedStateFromProps(g,u.__s)))),h=u.props,v=u.state,u.__v=t,r.__c){if(g!==h&&b&&!pe.getDerivedStateFromProps&&u.componentWillReceiveProps&&u.componentWillReceiveProps(g,T),t.__v==r.__v&&!(8&u.__g)||!(4&u.__g)&&u.shouldComponentUpdate&&u.shouldComponentUpdate(g,u.__s,T)===!1){t.__v!=r.__v&&(u.props=g,u.state=u.__s,u.__g&=-9),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(ne){ne&&(ne.__=t)}),dt.push.apply(u.__h,u.__k),u.__k=[],u.__h.length&&i.push(u),l=$e(r);break e}u.componentWillUpdate&&u.componentWillUpdate(g,u.__s,T),b&&u.componentDidUpdate&&u.__h.push(function(){u.componentDidUpdate(h,v,_)})}else b&&!pe.getDerivedStateFromProps&&u.componentWillMount&&u.componentWillMount(),b&&u.componentDidMount&&u.__h.push(u.componentDidMount);u.context=T,u.props=g,u.__P=e,u.__g&=-5,U=D.__r,me=b?25:0;do u.__g&=-9,U&&U(t),c=u.render(u.props,u.state=u.__s,u.context);while(8&u.__g&&++me<25);b&&(dt.push.apply(u.__h,u.__k),u.__k=[]),u.state=u.__s,u.getChildContext&&(n=we({},n,u.getChildContext())),b&&r.__c&&u.getSnapshotBeforeUpdate&&(_=u.getSnapshotBeforeUpdate(h,v)),X=c&&c.type===ct&&c.key==null?c.props.children:c,g.__P&&(c=l,o=(e=g.__P).namespaceURI,d=a=null,r.props&&r.props.__P!=e&&(r.__k.some(function(ne){ne&&Ut(ne,ne)}),r.__k=null),l=r.__k?$e(r,0):null),l=Sr(e,Vt(X)?X:[X],t,r,n,o,a,i,l,d,p),g.__P&&(t.__e=null,l=c),t.__u&=-161,m&&m.some(ye),u.__h.length&&i.push(u),1&u.__g&&(u.__g&=-4)}catch(ne){if(i.length=f,t.__v=null,d||a)if(ne&&ne.then){if(t.__u|=128|d,a){for(~(fe=a.indexOf(l||void 0))||(fe=a.length);(ve=a[fe-1])&&ve.nodeType==8;)fe--;for(;fe<a.length;fe++)if(ve=a[fe])if(a[fe]=null,I){if(ve==Te)break}else{if(ve.nodeType!=8)break;ve.data.startsWith("$s")&&(Te=it(I=ve))}}if(!I){for(;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;I=l}(c=it(I=t.__c.__z||(t.__c.__z=I)))?(t.__e=I,l=c):t.__e=l,l=l&&l.nextSibling}else a&&a.some(ye);else t.__e=r.__e;t.__k||(t.__k=r.__k||[]),ne&&ne.then||Tr(t),D.__e(ne,t,r)}}else l=t.__e=ma(r.__e,t,r,n,o,a,i,d,p,e);return(c=D.diffed)&&c(t),l}function it(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var r=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))r++;else if(e.data.startsWith("/$s")&&!--r)return e}t&&t.push(e)}}function Tr(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Tr))}function Pr(e,t,r){for(var n=0;n<r.length;)Ht(r[n++],r[n++],r[n++]);D.__c&&D.__c(t,e),e.some(function(o){try{e=o.__h,o.__h=[],e.some(function(a){a.call(o)})}catch(a){D.__e(a,o.__v)}})}function ma(e,t,r,n,o,a,i,l,d,p){var c,m,f,u,h,v,_,g,b=r.props||lt,C=t.props,T=t.type;if(T=="svg"?o="http://www.w3.org/2000/svg":T=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),a){for(c=0;c<a.length;c++)if((h=a[c])&&(T?h.localName==T:h.nodeType==3)){e=h,a[c]=null;break}}if(!e){if(g=p.ownerDocument||document,!T)return g.createTextNode(C);e=g.createElementNS(o,T,C.is?C:p),l&&(D.__m&&D.__m(t,a),l=!1),a=null}if(T){if(p=T=="template"&&e.content||e,a=T=="textarea"&&C.defaultValue!=null?null:a&&jt.call(p.childNodes),!l&&a)for(b={},c=0;c<e.attributes.length;c++)b[(h=e.attributes[c]).name]=h.value;for(c in b)h=b[c],c=="dangerouslySetInnerHTML"?f=h:c=="children"||c in C||c=="value"&&"defaultValue"in C||c=="checked"&&"defaultChecked"in C||nt(e,c,null,h,o);for(c in C)h=C[c],c=="children"?u=h:c=="dangerouslySetInnerHTML"?m=h:c=="value"?v=h:c=="checked"?_=h:l&&typeof h!="function"||b[c]===h||nt(e,c,h,b[c],o);m?(l||f&&(m.__html==f.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[]):(f&&(e.textContent=""),(T=="foreignObject"||o=="http://www.w3.org/1998/Math/MathML"&&la.test(T))&&(o="http://www.w3.org/1999/xhtml"),Sr(p,Vt(u)?u:[u],t,r,n,o,a,i,a?a[0]:r.__k&&$e(r,0),l,d),a&&a.some(ye)),l&&T!="textarea"||(c="value",T=="progress"&&v==null?e.removeAttribute(c):v==null||v===e[c]&&(T!="progress"||v)||nt(e,c,v,b[c],o),c="checked",_!=null&&_!=e[c]&&nt(e,c,_,b[c],o))}else b===C||l&&e.data==C||(e.data=C);return e}function Ht(e,t,r,n){try{typeof e=="function"?t?t.__x=e(t)||1:n&&(n=n.__c||n.__e)&&(t=n.__x)&&(n.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(o){D.__e(o,r)}}function Ut(e,t,r){var n,o,a,i;if(D.unmount&&D.unmount(e),!(n=e.ref)||n.current&&n.current!=e.__e||Ht(n,null,t,e),n=e.__c){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(l){D.__e(l,t)}n.__P=n.__n=null}if(n=e.__k)for(i=0;i<n.length;i++)n[i]&&Ut(n[i],t,typeof e.type!="function"||r&&!e.props.__P);!r&&(n=e.__c)&&(n=n.__z)&&(o=it(n,a=[]))&&(n==e.__e&&a.some(ye),ye(o),ye(n)),r||ye(e.__e),e.__e=e.__c=e.__=null}function fa(e,t,r){return this.constructor(e,r)}function Ar(e,t){var r,n,o,a;D.__&&D.__(e,t),t.nodeType==9&&(t=t.documentElement),n=(r=e&&32&e.__u)?null:t.__k,t.__k=Ne(ct,{children:[e]}),o=[],a=[],qt(t,t.__k,n||lt,lt,t.namespaceURI,n?null:t.firstChild?jt.call(t.childNodes):null,o,n?n.__e:t.firstChild,r,a),Pr(o,t.__k,a),t.__k.props.children=null}D={__e:function(e,t,r,n){for(var o,a,i;t=t.__;)if((o=t.__c)&&!(1&o.__g)){o.__g|=4;try{if((i=(a=o.constructor)&&a.getDerivedStateFromError)&&o.setState(a.getDerivedStateFromError(e)),o.componentDidCatch&&(o.componentDidCatch(e,n||{}),i=1),i&&8&o.__g)return void(o.__g|=2)}catch(l){e=l}}throw st=0,e}},br=0,ia=function(e){return e!=null&&e.constructor===Re},ot.prototype.setState=function(e,t){var r=this.__s;r&&r!=this.state||(r=this.__s=we({},this.state)),typeof e=="function"&&(e=e(we({},r),this.props)),e&&(we(r,e),this.__v&&(t&&this.__k.push(t),gr(this)))},ot.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),gr(this))},ot.prototype.render=ct,he=[],st=0,vr=function(e,t){return e.__v.__b-t.__v.__b},at=Symbol(),yr=/(PointerCapture)$|Capture$/i,Bt=0,Mt={},sa=0;var Oe,B,Wt,Lr,Zt=Object.is,Fe=0,Mr=[],Gt=[],F=D,Er=F.__b,zr=F.__r,Dr=F.diffed,Nr=F.__c,Rr=F.unmount,Ir=F.__;function Kt(e,t){F.__h&&F.__h(B,e,Fe||t),Fe=0;var r=B.__H||(B.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function $(e){return Fe=1,ha(jr,e)}function ha(e,t,r){var n=Kt(Oe++,2);if(n.t=e,!n.__c&&(n.__=[r?r(t):jr(void 0,t),function(a){var i=(n.__N||n.__)[0],l=n.t(i,a);Zt(i,l)||(n.__N=[l,n.__[1]],n.__c.setState({}))}],n.__c=B,!B.__f)){B.__f=!0;var o=B.shouldComponentUpdate;B.shouldComponentUpdate=function(a,i,l){var d=this.__H;if(!d)return!0;var p=!1,c=this.props!=a;if(d.__.some(function(f){f.__N&&(p=!0,Zt(f.__[0],f.__N[0])||(c=!0))}),o){var m=o.call(this,a,i,l);return p?m||c:m}return!p||c}}return n.__}function N(e,t){var r=Kt(Oe++,3);!F.__s&&Vr(r.__H,t)&&(r.__P=!0,r.__=e,r.u=t,B.__H.__h.push(r))}function W(e){return Fe=5,Br(function(){return{current:e}},[])}function Br(e,t){var r=Kt(Oe++,7);return Vr(r.__H,t)&&(r.__=e(),r.__H=t),r.__}function Pe(e,t){return Fe=8,Br(function(){return e},t)}function $a(){var e;do{for(;e=Gt.shift();)try{Ie(e)}catch(r){F.__e(r,{__:(e=e.__P)&&e.__v})}for(;e=Mr.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Ie),t.__h.some(Yt),t.__h=[]}catch(r){t.__h=[],F.__e(r,e.__v)}}}while(Gt.length)}F.__b=function(e){B=null,Er&&Er(e)},F.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Ir&&Ir(e,t)},F.__r=function(e){zr&&zr(e),Oe=0;var t=(B=e.__c).__H;t&&(Wt==B?B.__h=[]:(t.__h.some(Ie),t.__h.some(Yt),Oe=0),t.__h=[],t.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),Wt=B},F.diffed=function(e){Dr&&Dr(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&Fr(Mr.push(t)),t.__H.__.some(function(r){r.u&&(r.__H=r.u)})),Wt=B=null},F.__c=function(e,t){t.some(function(r){try{r.__h.some(Ie),r.__h=r.__h.filter(function(n){return!n.__||Yt(n)})}catch(n){r.__h=[function(){throw n}]}}),Nr&&Nr(e,t)},F.unmount=function(e){Rr&&Rr(e);var t,r,n=e.__c;n&&n.__H&&(n.__H.__.some(function(o){try{if(o.__P&&o.__c){if(r===void 0){for(r=e.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}o.__P=r,Fr(Gt.push(o))}else Ie(o)}catch(a){t=a}}),n.__H=void 0,t&&F.__e(t,n.__v))};var Or=typeof requestAnimationFrame=="function";function ga(e){var t,r=function(){clearTimeout(n),Or&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(r,35);Or&&(t=requestAnimationFrame(r))}function Fr(e){e!=1&&Lr==F.requestAnimationFrame||((Lr=F.requestAnimationFrame)||ga)($a)}function Ie(e){var t=B,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),B=t}function Yt(e){var t=B;e.__c=e.__(),B=t}function Vr(e,t){return!e||e.length!=t.length||t.some(function(r,n){return!Zt(r,e[n])})}function jr(e,t){return typeof t=="function"?t(e):t}var Me=["forehead","temples","periorbital","nose","cheeks","perioral","chin","jawline"],Be=["neck","decolletage","hands","arms","abdomen","back","buttocks","thighs"],Ve=[...Me,...Be],_a={forehead:"Forehead",temples:"Temples",periorbital:"Around the eyes",nose:"Nose",cheeks:"Cheeks",perioral:"Around the mouth",chin:"Chin",jawline:"Jawline",neck:"Neck",decolletage:"Décolletage",hands:"Hands",arms:"Arms",abdomen:"Abdomen",back:"Back",buttocks:"Buttocks",thighs:"Thighs"},qr=["acne_scars","fine_lines","wrinkles","laxity","texture","enlarged_pores","hyperpigmentation","dullness","surgical_scars","stretch_marks","volume_loss","dynamic_wrinkles"],ba={dullness:"Dullness",fine_lines:"Fine lines",wrinkles:"Wrinkles",laxity:"Laxity",texture:"Uneven texture",enlarged_pores:"Enlarged pores",hyperpigmentation:"Hyperpigmentation",acne_scars:"Acne scars",surgical_scars:"Surgical scars",stretch_marks:"Stretch marks",volume_loss:"Volume loss",dynamic_wrinkles:"Dynamic wrinkles"},je={hyperpigmentation:["sun_spots","melasma","pih"],acne_scars:["ice_pick","boxcar","rolling","mixed"]},va={sun_spots:"Sun spots",melasma:"Melasma",pih:"Post-inflammatory (PIH)",ice_pick:"Ice pick",boxcar:"Boxcar",rolling:"Rolling",mixed:"Mixed"},Hr=[[1,"1 – mild"],[2,"2 – moderate"],[3,"3 – marked"],[4,"4 – severe"]],Ur=["herpes_history","keloid_tendency","psoriasis","eczema","rosacea","scleroderma","autoimmune_disease","bleeding_disorder","immunocompromised","diabetes_controlled","diabetes_uncontrolled"],ya={herpes_history:"Cold sores (herpes simplex)",keloid_tendency:"Keloid scarring",psoriasis:"Psoriasis",scleroderma:"Scleroderma",autoimmune_disease:"Autoimmune disease",bleeding_disorder:"Bleeding disorder",immunocompromised:"Immunocompromised",diabetes_controlled:"Diabetes, controlled",diabetes_uncontrolled:"Diabetes, uncontrolled",eczema:"Eczema",rosacea:"Rosacea"},Wr=["acne","cold_sore","infection","eczema","psoriasis","rosacea","dermatitis","open_wound","sunburn","recent_sun_exposure","skin_cancer"],wa={acne:"Active acne",infection:"Skin infection",cold_sore:"Cold sore",eczema:"Eczema flare",psoriasis:"Psoriasis flare",rosacea:"Rosacea flare",dermatitis:"Dermatitis",open_wound:"Open wound",sunburn:"Sunburn",recent_sun_exposure:"Recent sun exposure or tan",skin_cancer:"Skin cancer or suspicious lesion"},Zr=["isotretinoin","topical_retinoid","exfoliating_acid","anticoagulant","antiplatelet","immunosuppressant","aspirin","nsaid","vitamin_e","fish_oil","ginkgo"],ka={isotretinoin:"Isotretinoin (oral)",topical_retinoid:"Topical retinoid",exfoliating_acid:"Exfoliating acid (AHA/BHA)",anticoagulant:"Anticoagulant",antiplatelet:"Antiplatelet",immunosuppressant:"Immunosuppressant",aspirin:"Aspirin",nsaid:"NSAID (ibuprofen, naproxen)",vitamin_e:"Vitamin E",fish_oil:"Fish oil",ginkgo:"Ginkgo biloba"},Gr=["botox","filler","superficial_peel","medium_peel","deep_peel","laser_nonablative","laser_ablative","microneedling","surgery","waxing","depilatory","electrolysis"],xa={botox:"Botulinum toxin",filler:"Dermal filler",superficial_peel:"Superficial peel",medium_peel:"Medium peel",deep_peel:"Deep peel",laser_nonablative:"Non-ablative laser",laser_ablative:"Ablative laser",microneedling:"Microneedling",surgery:"Surgery",waxing:"Waxing",depilatory:"Depilatory cream",electrolysis:"Electrolysis"},Yr=["lidocaine","topical_anaesthetic","stainless_steel"],Sa={lidocaine:"Lidocaine",topical_anaesthetic:"Topical anaesthetic",stainless_steel:"Stainless steel (needles)"},Ca={eligible:"Eligible",eligible_with_precautions:"Eligible with precautions",defer:"Defer",not_eligible:"Not eligible"},Ta={contraindicated:"Contraindicated",defer:"Defer",caution:"Caution",info:"Info"},Pa={alternative_anaesthesia:"Plan an alternative anaesthetic",antiviral_prophylaxis:"Antiviral prophylaxis",conservative_depth:"Conservative depths",physician_clearance:"Physician clearance",review_blood_thinners:"Review blood thinners",strict_photoprotection:"Strict photoprotection"},Aa={active_acne:"Active acne",active_infection:"Active infection",active_cold_sore:"Active cold sore",skin_condition_flare:"Skin condition flare",open_wound:"Open wound",sunburn:"Sunburn",recent_sun_exposure:"Recent sun exposure",skin_cancer:"Skin cancer",keloid_tendency:"Keloid tendency",scleroderma:"Scleroderma",bleeding_disorder:"Bleeding disorder",metal_allergy:"Metal allergy",psoriasis_history:"Psoriasis history",autoimmune_disease:"Autoimmune disease",immunocompromised:"Immunocompromised",uncontrolled_diabetes:"Uncontrolled diabetes",herpes_history:"Cold sore history",pih_risk:"Risk of hyperpigmentation",anaesthetic_allergy:"Anaesthetic allergy",anticoagulant:"Anticoagulant or antiplatelet",blood_thinning_otc:"Blood-thinning supplement or painkiller",isotretinoin:"Isotretinoin",retinoid_or_acid:"Retinoid or acid",recent_hair_removal:"Recent hair removal",recent_procedure:"Recent procedure",pregnancy:"Pregnancy or breastfeeding",minor:"Under 18",unsuitable_concern:"Concern microneedling does not treat"},La={avoid_sun:"Avoid sun",stop_retinoids_acids:"Stop retinoids and acids",no_hair_removal:"No hair removal",review_blood_thinners:"Review blood thinners",antiviral_prophylaxis:"Antiviral",hydrate:"Hydrate",report_skin_changes:"Report skin changes",arrive_makeup_free:"Arrive make-up free"},Ea={expected_redness:"Redness expected",gentle_cleanse_only:"Gentle cleansing only",no_makeup:"No make-up",avoid_heat_sweat:"Avoid heat and sweat",no_actives:"No active skincare",strict_sun_protection:"Strict sun protection",flaking_expected:"Flaking expected",do_not_pick:"Do not pick",reintroduce_retinoids:"Reintroduce retinoids",peels_facials_ok:"Peels and facials allowed",warning_signs:"Warning signs"},za={hyaluronic_acid:"Hyaluronic acid",prp:"PRP",led_red:"Red LED",brightening_serum:"Brightening serum (after healing)"},Da={fillers:"Fillers",laser_resurfacing:"Laser resurfacing",neuromodulators:"Neuromodulators"},pt=["owner","provider","front_desk"],Na={owner:"Owner",provider:"Provider",front_desk:"Front desk",patient:"Patient"},Ra={proposed:"Proposed",active:"Active",completed:"Completed",cancelled:"Cancelled"},ge=[[1,"I – always burns"],[2,"II – usually burns"],[3,"III – sometimes burns"],[4,"IV – rarely burns"],[5,"V – very rarely burns"],[6,"VI – never burns"]];function j(e){return t=>e[t]||String(t).replaceAll("_"," ")}var Z=j(_a),ke=j(ba),ut=j(va),mt=j(ya),ft=j(wa),ht=j(ka),$t=j(xa),gt=j(Sa),_t=j(Ca),bt=j(Ta),xe=j(Pa),Y=j(Aa),qe=j(La),He=j(Ea),Ue=j(za),Kr=j(Da),ee=j(Na),_e=j(Ra);var Jr=function(e,t,r,n){var o;t[0]=0;for(var a=1;a<t.length;a++){var i=t[a++],l=t[a]?(t[0]|=i?1:2,r[t[a++]]):t[++a];i===3?n[0]=l:i===4?n[1]=Object.assign(n[1]||{},l):i===5?(n[1]=n[1]||{})[t[++a]]=l:i===6?n[1][t[++a]]+=l+"":i?(o=e.apply(l,Jr(e,l,r,["",null])),n.push(o),l[0]?t[0]|=2:(t[a-2]=0,t[a]=o)):n.push(l)}return n},Qr=new Map;function Xr(e){var t=Qr.get(this);return t||(t=new Map,Qr.set(this,t)),(t=Jr(this,t.get(e)||(t.set(e,t=(function(r){for(var n,o,a=1,i="",l="",d=[0],p=function(f){a===1&&(f||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,f,i):a===3&&(f||i)?(d.push(3,f,i),a=2):a===2&&i==="..."&&f?d.push(4,f,0):a===2&&i&&!f?d.push(5,0,!0,i):a>=5&&((i||!f&&a===5)&&(d.push(a,0,i,o),a=6),f&&(d.push(a,f,0,o),a=6)),i=""},c=0;c<r.length;c++){c&&(a===1&&p(),p(c));for(var m=0;m<r[c].length;m++)n=r[c][m],a===1?n==="<"?(p(),d=[d],a=3):i+=n:a===4?i==="--"&&n===">"?(a=1,i=""):i=n+i[0]:l?n===l?l="":i+=n:n==='"'||n==="'"?l=n:n===">"?(p(),a=1):a&&(n==="="?(a=5,o=i,i=""):n==="/"&&(a<5||r[c][m+1]===">")?(p(),a===3&&(d=d[0]),a=d,(d=d[0]).push(2,0,a),a=0):n===" "||n==="	"||n===`
`||n==="\r"?(p(),a=2):i+=n),a===3&&i==="!--"&&(a=4,d=d[0])}return p(),d})(e)),t),arguments,[])).length>1?t:t[0]}var s=Xr.bind(wr);var Qt=new Set;function Ia(){Qt.forEach(e=>e(location.pathname))}function K(e,{replace:t=!1}={}){e!==location.pathname+location.search&&history[t?"replaceState":"pushState"](null,"",e),Ia()}function vt(){let[e,t]=$(location.pathname);return N(()=>{Qt.add(t);let r=()=>t(location.pathname);return addEventListener("popstate",r),()=>{Qt.delete(t),removeEventListener("popstate",r)}},[]),e}function en(){document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest&&e.target.closest("a[href]");if(!t||t.target||t.hasAttribute("download"))return;let r=new URL(t.href);r.origin!==location.origin||r.pathname.startsWith("/api/")||r.pathname===location.pathname&&r.hash||(e.preventDefault(),K(r.pathname+r.search))})}function tn(e,t){let r=e.split("/"),n=t.replace(/\/+$/,"").split("/");if(r.length!==n.length)return null;let o={};for(let a=0;a<r.length;a++)if(r[a].startsWith(":")){if(!/^[1-9][0-9]{0,17}$/.test(n[a]))return null;o[r[a].slice(1)]=Number(n[a])}else if(r[a]!==n[a])return null;return o}var Jt="",Xt=new Set;function er(e){Jt=e||""}function rn(e){return Xt.add(e),()=>Xt.delete(e)}var Se=class extends Error{constructor(t,r){let n=r&&(r.detail||r.title)||`HTTP ${t}`;super(n),this.status=t,this.title=r&&r.title||"",this.detail=n,this.errors=r&&Array.isArray(r.errors)&&r.errors||[],this.requestId=r&&r.request_id||"",this.problem=r||{}}};async function x(e,t,r,{contentType:n="application/json",signal:o}={}){let a={Accept:"application/json"},i;r!==void 0&&(a["Content-Type"]=n,i=n==="application/json"?JSON.stringify(r):r),e!=="GET"&&Jt&&(a["X-CSRF-Token"]=Jt);let l;try{l=await fetch(t,{method:e,headers:a,body:i,credentials:"same-origin",signal:o})}catch(c){throw c.name==="AbortError"?c:new Se(0,{title:"No connection",detail:"The server could not be reached. Check the connection and try again."})}if(l.status===204||l.status===304)return null;let d=await l.text(),p=null;try{p=d?JSON.parse(d):null}catch{p=null}if(!l.ok){let c=new Se(l.status,p),m=e==="POST"&&(t==="/api/v1/session"||t==="/api/v1/invitations/accept");throw l.status===401&&!m&&Xt.forEach(f=>f()),c}return p}function yt(e){if(!e||e.name==="AbortError")return"";if(!(e instanceof Se))return"Something went wrong in the page. Reload and try again.";switch(e.status){case 0:return e.detail;case 403:return"Your role may not do this.";case 404:return"Not found. It may not exist, or it is not yours to see.";case 409:return`${e.detail}.`;case 429:return`${e.detail}.`;case 503:return"The service is busy or the database is unavailable. Try again in a moment.";default:return e.status>=500?`The server failed (${e.status})${e.requestId?`; quote request ${e.requestId}`:""}.`:e.errors.length>0?"Please correct the fields marked below.":`${e.detail}.`}}var nn="np-draft:",an="";function tr(e){an=e?`${e.clinic_id}:${e.user.id}`:""}function on(){try{for(let e=sessionStorage.length-1;e>=0;e--){let t=sessionStorage.key(e);t&&t.startsWith(nn)&&sessionStorage.removeItem(t)}}catch{}}function Oa(e){try{let t=sessionStorage.getItem(e);return t===null?void 0:JSON.parse(t)}catch{return}}function Ae(e,t){let r=`${nn}${an}:${e}`,n=W(Oa(r)),[o,a]=$(()=>n.current!==void 0?n.current:typeof t=="function"?t():t),i=W(!1);N(()=>{if(i.current)try{sessionStorage.setItem(r,JSON.stringify(o))}catch{}},[r,o]);let l=Pe(p=>{i.current=!0,a(p)},[]),d=Pe(()=>{i.current=!1;try{sessionStorage.removeItem(r)}catch{}},[r]);return[o,l,d,n.current!==void 0]}var Le={status:"loading",session:null,expired:!1,error:null},rr=new Set;function We(e){Le={...Le,...e},rr.forEach(t=>t(Le))}function sn(){let[e,t]=$(Le);return N(()=>(rr.add(t),t(Le),()=>rr.delete(t)),[]),e}function ln(e){er(e.csrf_token),tr(e),We({status:"ready",session:e,expired:!1,error:null})}async function nr(){try{ln(await x("GET","/api/v1/session"))}catch(e){e.status===401?We({status:"anonymous",session:null}):We({status:"error",error:e})}}async function dn(e,t,r){let n=await x("POST","/api/v1/session",{clinic:e,email:t,password:r});return ln(n),n}async function wt(){try{await x("DELETE","/api/v1/session")}catch{}on(),er(""),tr(null),We({status:"anonymous",session:null,expired:!1})}rn(()=>{Le.status==="ready"&&We({status:"anonymous",session:null,expired:!0})});var Ee=e=>e==="owner"||e==="provider";function Fa(e){let t=[{href:"/staff",label:"Home",exact:!0},{href:"/staff/patients",label:"Patients"}];return(e==="owner"||e==="provider")&&t.push({href:"/staff/protocol",label:"Protocol"}),e==="owner"&&(t.push({href:"/staff/team",label:"Team"}),t.push({href:"/staff/audit",label:"Audit log"})),t}function cn(){return s`<a class="skip-link" href="#main" onClick=${e=>{e.preventDefault();let t=document.getElementById("main");t&&t.focus()}}>Skip to content</a>`}async function pn(e){await wt(),K(e,{replace:!0})}function Ze({session:e,children:t}){let r=vt(),n=e.role,o=a=>a.exact?r===a.href:r===a.href||r.startsWith(`${a.href}/`);return s`<${cn} />
    <header class="topbar">
      <div class="topbar__inner">
        <a class="brand" href="/staff"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</a>
        <nav class="mainnav" aria-label="Main">
          <ul>
            ${Fa(n).map(a=>s`<li><a href=${a.href} aria-current=${o(a)?"page":void 0}>${a.label}</a></li>`)}
          </ul>
        </nav>
        <div class="userbox">
          <span class="userbox__name">${e.user.display_name}</span>
          <span class="userbox__role">${ee(n)}</span>
          <button type="button" class="button button--quiet" onClick=${()=>pn("/login")}>Log out</button>
        </div>
      </div>
    </header>
    <main id="main" class="page" tabindex="-1">${t}</main>`}function ar({session:e,children:t}){return s`<${cn} />
    <header class="topbar topbar--portal">
      <div class="topbar__inner">
        <a class="brand" href="/portal"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</a>
        <nav class="mainnav" aria-label="Main">
          <ul><li><a href="/portal" aria-current="page">My plan</a></li></ul>
        </nav>
        <div class="userbox">
          <span class="userbox__name">${e.user.display_name}</span>
          <button type="button" class="button button--quiet" onClick=${()=>pn("/portal/login")}>Log out</button>
        </div>
      </div>
    </header>
    <main id="main" class="page page--portal" tabindex="-1">${t}</main>`}function se({children:e}){return s`<main id="main" class="page page--plain" tabindex="-1">${e}</main>`}var Ma={short:new Intl.DateTimeFormat("en-GB",{day:"numeric",month:"short",year:"numeric",timeZone:"UTC"}),weekday:new Intl.DateTimeFormat("en-GB",{weekday:"short",day:"numeric",month:"short",year:"numeric",timeZone:"UTC"}),long:new Intl.DateTimeFormat("en-GB",{weekday:"long",day:"numeric",month:"long",year:"numeric",timeZone:"UTC"}),dayMonth:new Intl.DateTimeFormat("en-GB",{day:"numeric",month:"short",timeZone:"UTC"})},Ba=new Intl.DateTimeFormat("en-GB",{day:"numeric",month:"short",year:"numeric",hour:"2-digit",minute:"2-digit",second:"2-digit"});function Ge(e){let t=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e||"");return t?new Date(Date.UTC(+t[1],+t[2]-1,+t[3])):null}function S(e,t="short"){let r=Ge(e);return r?Ma[t].format(r):""}function Q(e){let t=new Date(e);return Number.isNaN(t.getTime())?e:Ba.format(t)}function kt(e,t){return t?e===t?S(e):`${S(e)} – ${S(t)}`:`from ${S(e)}`}function or(e,t){return Math.round((Ge(t)-Ge(e))/864e5)}function Ye(e){try{let t=new Intl.DateTimeFormat("en-CA",{timeZone:e,year:"numeric",month:"2-digit",day:"2-digit"}).formatToParts(new Date),r=n=>t.find(o=>o.type===n).value;return`${r("year")}-${r("month")}-${r("day")}`}catch{return new Date().toISOString().slice(0,10)}}function ze(e,t=Ye()){let r=Ge(e),n=Ge(t);if(!r||!n)return null;let o=n.getUTCFullYear()-r.getUTCFullYear();return(n.getUTCMonth()<r.getUTCMonth()||n.getUTCMonth()===r.getUTCMonth()&&n.getUTCDate()<r.getUTCDate())&&o--,o}function O(e){return e?`${e.given_name} ${e.family_name}`.trim():""}function ae(e){if(!e)return"";let t=r=>Number(r).toFixed(2);return`${t(e.min)}–${t(e.max)} mm`}function te(e,t,r=`${t}s`){return`${e} ${e===1?t:r}`}function J(e){return`f${e.replace(/[^A-Za-z0-9_]+/g,"-")}`}function le(e,t,r=!1){return(e||[]).filter(n=>n.path===t||r&&n.path.startsWith(`${t}/`)).map(n=>n.message)}function ir(e){let t=e;for(;t;){let r=document.getElementById(J(t));if(r)return r;t=t.slice(0,Math.max(0,t.lastIndexOf("/")))}return null}function Va(e){N(()=>{document.title=e?`${e} – Needlepoint`:"Needlepoint"},[e])}function y({children:e,title:t}){return Va(t||(typeof e=="string"?e:"")),s`<h1 id="page-title" tabindex="-1">${e}</h1>`}function St({id:e,messages:t}){return!t||t.length===0?null:s`<div class="field-error" id=${e}>
    ${t.map(r=>s`<p><span class="visually-hidden">Error: </span>${r}</p>`)}
  </div>`}function Ct(e,t,r){let n=[];return t&&n.push(`${e}-hint`),r.length>0&&n.push(`${e}-error`),n.length>0?n.join(" "):void 0}function P({label:e,pointer:t,errors:r,hint:n,value:o,onValue:a,type:i="text",required:l=!1,className:d="",...p}){let c=J(t),m=le(r,t);return s`<div class=${`field ${m.length?"field--invalid":""} ${d}`}>
    <label for=${c}>${e}${l?s`<span class="required" aria-hidden="true"> *</span>`:""}</label>
    ${n&&s`<p class="hint" id=${`${c}-hint`}>${n}</p>`}
    <input
      id=${c}
      name=${t}
      type=${i}
      value=${o??""}
      onInput=${f=>a(f.currentTarget.value)}
      aria-invalid=${m.length>0?"true":void 0}
      aria-required=${l?"true":void 0}
      aria-describedby=${Ct(c,n,m)}
      ...${p}
    />
    <${St} id=${`${c}-error`} messages=${m} />
  </div>`}function Tt({label:e,pointer:t,errors:r,hint:n,value:o,onValue:a,required:i=!1,rows:l=3,...d}){let p=J(t),c=le(r,t);return s`<div class=${`field ${c.length?"field--invalid":""}`}>
    <label for=${p}>${e}${i?s`<span class="required" aria-hidden="true"> *</span>`:""}</label>
    ${n&&s`<p class="hint" id=${`${p}-hint`}>${n}</p>`}
    <textarea
      id=${p}
      name=${t}
      rows=${l}
      value=${o??""}
      onInput=${m=>a(m.currentTarget.value)}
      aria-invalid=${c.length>0?"true":void 0}
      aria-describedby=${Ct(p,n,c)}
      ...${d}
    ></textarea>
    <${St} id=${`${p}-error`} messages=${c} />
  </div>`}function H({label:e,pointer:t,errors:r,hint:n,value:o,onValue:a,options:i,placeholder:l,required:d=!1,className:p="",...c}){let m=J(t),f=le(r,t);return s`<div class=${`field ${f.length?"field--invalid":""} ${p}`}>
    <label for=${m}>${e}${d?s`<span class="required" aria-hidden="true"> *</span>`:""}</label>
    ${n&&s`<p class="hint" id=${`${m}-hint`}>${n}</p>`}
    <select
      id=${m}
      name=${t}
      value=${o??""}
      onChange=${u=>a(u.currentTarget.value)}
      aria-invalid=${f.length>0?"true":void 0}
      aria-required=${d?"true":void 0}
      aria-describedby=${Ct(m,n,f)}
      ...${c}
    >
      ${l!==void 0&&s`<option value="">${l}</option>`}
      ${i.map(([u,h])=>s`<option value=${u}>${h}</option>`)}
    </select>
    <${St} id=${`${m}-error`} messages=${f} />
  </div>`}function ja({id:e,label:t,checked:r,onChecked:n,name:o,hint:a}){return s`<div class="check">
    <input
      type="checkbox"
      id=${e}
      name=${o}
      checked=${r}
      onChange=${i=>n(i.currentTarget.checked)}
      aria-describedby=${a?`${e}-hint`:void 0}
    />
    <label for=${e}>${t}</label>
    ${a&&s`<span class="hint" id=${`${e}-hint`}>${a}</span>`}
  </div>`}function ue({legend:e,pointer:t,errors:r,hint:n,options:o,values:a,onValues:i,columns:l=2,compact:d}){let p=J(t),c=le(r,t,!0),m=(f,u)=>{let h=new Set(a);u?h.add(f):h.delete(f),i(o.map(([v])=>v).filter(v=>h.has(v)))};return s`<fieldset
    class=${`checks checks--${l} ${d?"checks--compact":""} ${c.length?"field--invalid":""}`}
    id=${p}
    tabindex="-1"
    aria-describedby=${Ct(p,n,c)}
  >
    <legend>${e}</legend>
    ${n&&s`<p class="hint" id=${`${p}-hint`}>${n}</p>`}
    <${St} id=${`${p}-error`} messages=${c} />
    <div class="checks__items">
      ${o.map(([f,u])=>s`<${ja}
            id=${`${p}-${f}`}
            name=${t}
            label=${u}
            checked=${a.includes(f)}
            onChecked=${h=>m(f,h)}
          />`)}
    </div>
  </fieldset>`}var un={intake:"",patient:"",zones:"Zone",concerns:"Concern",active:"Skin condition",medications:"Medication",procedures:"Procedure",allergies:"Allergy",history:"History item",areas:"Areas",fitzpatrick:"Skin type",birth_date:"Date of birth",assessed_on:"Assessed on",planned_date:"First session",given_name:"Given name",family_name:"Family name",display_name:"Name",depth_mm:"depth",last_dose:"last taken",last_use:"last taken",code:""};function xt(e){let t=[];return e.split("/").slice(1).forEach((n,o)=>{if(/^\d+$/.test(n)){t.length&&(t[t.length-1]+=` ${Number(n)+1}`);return}let a=n in un?un[n]:n.replaceAll("_"," ");a&&t.push(o===0||t.length===0?a.charAt(0).toUpperCase()+a.slice(1):a)}),t.join(", ")}function G({errors:e,title:t="Please correct these fields"}){if(!e||e.length===0)return null;let r=(n,o)=>{n.preventDefault();let a=ir(o);a&&(a.scrollIntoView({block:"center"}),a.focus({preventScroll:!0}))};return s`<div class="error-summary" role="alert" tabindex="-1">
    <h2>${t}</h2>
    <ul>
      ${e.map(n=>s`<li>
            <a href=${`#${J(n.path)}`} onClick=${o=>r(o,n.path)}>
              ${xt(n.path)?`${xt(n.path)}: `:""}${n.message}
            </a>
          </li>`)}
    </ul>
  </div>`}function L({label:e="Loading…"}){return s`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${e}</p>`}function w({error:e,onRetry:t}){let r=yt(e);return r?s`<div class="alert alert--error" role="alert">
    <p>${r}</p>
    ${t&&s`<button type="button" class="button button--secondary" onClick=${t}>Try again</button>`}
  </div>`:null}function E({kind:e="info",children:t}){return s`<div class=${`alert alert--${e}`} role="status">${t}</div>`}function q({children:e}){return s`<p class="empty">${e}</p>`}function R({kind:e,children:t}){return s`<span class=${`badge badge--${e}`}>${t}</span>`}function z({busy:e,children:t,busyLabel:r="Saving…",className:n=""}){return s`<button type="submit" class=${`button ${n}`} disabled=${e} aria-disabled=${e?"true":void 0}>
    ${e?r:t}
  </button>`}function de({date:e,style:t="short"}){return s`<time datetime=${e}>${S(e,t)}</time>`}function oe({label:e,confirmLabel:t,busy:r,onConfirm:n,children:o,className:a="button--secondary",small:i=!1,hiddenSuffix:l=""}){let[d,p]=$(!1),c=i?" button--small":"";return d?s`<div class="confirm" role="group" aria-label=${e}>
    <div class="confirm__question">${o}</div>
    <div class="form-actions">
      <button
        type="button"
        class=${`button button--danger${c}`}
        disabled=${r}
        onClick=${async()=>{await n(),p(!1)}}
      >
        ${r?"Working…":t}
      </button>
      <button type="button" class=${`button button--quiet${c}`} onClick=${()=>p(!1)}>Keep as it is</button>
    </div>
  </div>`:s`<button type="button" class=${`button ${a}${c}`} disabled=${r} onClick=${()=>p(!0)}>
      ${e}${l&&s`<span class="visually-hidden"> ${l}</span>`}
    </button>`}function A(e){let[t,r]=$({data:null,error:null,loading:e!==null}),[n,o]=$(0),a=W(!0);N(()=>()=>a.current=!1,[]),N(()=>{if(e===null){r({data:null,error:null,loading:!1});return}let d=new AbortController;return r(p=>({data:p.data,error:null,loading:!0})),x("GET",e,void 0,{signal:d.signal}).then(p=>a.current&&r({data:p,error:null,loading:!1}),p=>{p.name!=="AbortError"&&a.current&&r({data:null,error:p,loading:!1})}),()=>d.abort()},[e,n]);let i=Pe(()=>o(d=>d+1),[]),l=Pe(d=>r({data:d,error:null,loading:!1}),[]);return{...t,reload:i,setData:l}}function V(e,t){N(()=>{e&&(performance.mark(`np-ready:${t}`),document.body.dataset.ready=t)},[e,t])}var qa=["patient.read","patient.search","patient.create","patient.update","patient.portal_account.create","consultation.create","consultation.read","consultation.list","consultation.screen","plan.create","plan.read","plan.list","plan.update","audit.read"],Ha={success:"ok",denied:"stop",failed:"caution"};function Ua(e){let[t,r,n]=e.split("-").map(Number);return new Date(Date.UTC(t,r-1,n+1)).toISOString().slice(0,10)}function Wa(e){let[t,r,n]=Ye().split("-").map(Number);return new Date(Date.UTC(t,r-1,n-e)).toISOString().slice(0,10)}function Za(e,t){let r=new URLSearchParams;return e.from&&r.set("from",e.from),e.to&&r.set("to",Ua(e.to)),e.user_id&&r.set("user_id",e.user_id),e.patient_id&&r.set("patient_id",e.patient_id),e.action&&r.set("action",e.action),t&&r.set("after",String(t)),r.set("limit","50"),`/api/v1/audit?${r}`}function mn(){let e=A("/api/v1/staff"),[t,r]=$({from:Wa(7),to:"",user_id:"",patient_id:"",action:""}),[n,o]=$(t),[a,i]=$([]),[l,d]=$(null),[p,c]=$({loading:!0,error:null}),[m,f]=$(0);V(!p.loading&&!p.error,"audit");let u=async g=>{c({loading:!0,error:null});try{let b=await x("GET",Za(n,g));i(C=>g?[...C,...b.items]:b.items),d(b.items.length===50?b.next_after:null),c({loading:!1,error:null})}catch(b){c({loading:!1,error:b})}};N(()=>{u(null)},[n,m]);let h=Object.fromEntries((e.data?e.data.items:[]).map(g=>[g.id,g.display_name])),v=g=>b=>r({...t,[g]:b}),_=p.error&&p.error.status===400?p.error.errors.map(g=>({...g,path:`/${g.path.replace(/^\?/,"")}`})):[];return s`<div class="stack">
    <${y}>Audit log</${y}>
    <p class="lead">Every read and change of patient data, with who did it. Rows cannot be edited or removed.</p>
    <form
      class="card filters"
      aria-label="Filter the audit log"
      onSubmit=${g=>{g.preventDefault(),o({...t}),f(b=>b+1)}}
    >
      <${P} label="From" type="date" pointer="/from" errors=${_} value=${t.from} onValue=${v("from")} />
      <${P} label="To" type="date" pointer="/to" errors=${_} value=${t.to} onValue=${v("to")} />
      <${H}
        label="Who"
        pointer="/user_id"
        errors=${_}
        value=${t.user_id}
        onValue=${v("user_id")}
        options=${(e.data?e.data.items:[]).map(g=>[String(g.id),`${g.display_name} (${ee(g.role)})`])}
        placeholder="Anyone"
      />
      <${P} label="Patient number" type="number" min="1" inputmode="numeric" pointer="/patient_id" errors=${_} value=${t.patient_id} onValue=${v("patient_id")} />
      <${H} label="Action" pointer="/action" errors=${_} value=${t.action} onValue=${v("action")} options=${qa.map(g=>[g,g])} placeholder="Any action" />
      <button type="submit" class="button">Show</button>
    </form>
    <section class="card" aria-labelledby="audit-heading" aria-busy=${p.loading?"true":"false"}>
      <h2 id="audit-heading">${a.length} ${a.length===1?"entry":"entries"}${l?" so far":""}</h2>
      ${p.error&&p.error.status!==400&&s`<${w} error=${p.error} onRetry=${()=>f(g=>g+1)} />`}
      ${a.length>0&&s`<div class="table-scroll"><table class="table table--dense">
        <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Patient</th><th scope="col">Outcome</th><th scope="col">Detail</th><th scope="col">Request</th></tr></thead>
        <tbody>
          ${a.map(g=>s`<tr key=${g.seq}>
              <td>${Q(g.at)}</td>
              <td>${g.user_id?h[g.user_id]||`${ee(g.role||"")} #${g.user_id}`:"System"}${g.role?s` <span class="muted">${ee(g.role)}</span>`:""}</td>
              <td><code>${g.action}</code></td>
              <td>${g.patient_id?s`<a href=${`/staff/patients/${g.patient_id}`}>#${g.patient_id}</a>`:"—"}</td>
              <td><${R} kind=${Ha[g.outcome]||"neutral"}>${g.outcome}</${R}></td>
              <td>${g.detail}</td>
              <td><code class="small">${g.request_id}</code></td>
            </tr>`)}
        </tbody>
      </table></div>`}
      ${!p.loading&&a.length===0&&!p.error&&s`<p class="empty">No entry matches these filters.</p>`}
      ${p.loading&&s`<${L} />`}
      ${l&&!p.loading&&s`<button type="button" class="button button--secondary" onClick=${()=>u(l)}>Load more</button>`}
    </section>
  </div>`}function fn({patient:e,label:t}){return s`<div class="merge__record">
    <p class="merge__label">${t}</p>
    <p><strong>${O(e)}</strong> <span class="muted">#${e.id}</span></p>
    <p>Born ${S(e.birth_date)}</p>
    <p class="small">${e.email||"no e-mail"} · ${e.phone||"no phone"}</p>
  </div>`}function Ga(e){let t=[te(e.consultations,"consultation"),te(e.plans,"plan"),te(e.appointments,"appointment")];return e.portal_account&&t.push("the portal login"),t.join(", ")}function hn({patient:e,onMerged:t}){let[r,n]=$(!1),[o,a]=$(e.family_name),[i,l]=$({loading:!1,error:null,items:null}),[d,p]=$(null),[c,m]=$(!1),[f,u]=$(null),[h,v]=$(null);N(()=>{if(!r)return;let g=new AbortController;l(C=>({...C,loading:!0,error:null}));let b=setTimeout(()=>{x("POST","/api/v1/patients/search",{q:o.trim(),limit:10},{signal:g.signal}).then(C=>l({loading:!1,error:null,items:C.items.filter(T=>T.id!==e.id&&!T.merged_into)}),C=>C.name!=="AbortError"&&l({loading:!1,error:C,items:null}))},250);return()=>{clearTimeout(b),g.abort()}},[r,o,e.id]);let _=async()=>{m(!0),u(null);try{let g=await x("POST",`/api/v1/patients/${e.id}/merge`,{duplicate_id:d.id});v(g),p(null),n(!1),t(g)}catch(g){u(g)}m(!1)};return s`<section class="card" aria-labelledby="merge-heading">
    <h2 id="merge-heading">Duplicate records</h2>
    ${h&&s`<${E} kind="success">
      <p>${O(h.duplicate)} (#${h.duplicate.id}) is merged into this record: ${Ga(h.moved)} moved here.</p>
    </${E}>`}
    ${!r&&s`<p class="muted">Registered twice? Merge the duplicate into this record: its history moves here.</p>
      <button type="button" class="button button--secondary" onClick=${()=>n(!0)}>Merge a duplicate into this record</button>`}
    ${r&&!d&&s`<div class="merge">
      <label for="merge-query">Find the duplicate (name, e-mail or phone)</label>
      <input id="merge-query" type="search" value=${o} autocomplete="off" spellcheck="false" onInput=${g=>a(g.currentTarget.value)} />
      <div aria-live="polite">
        ${i.loading&&!i.items&&s`<${L} label="Searching…" />`}
        <${w} error=${i.error} />
        ${i.items&&i.items.length===0&&s`<${q}>No other record matches.</${q}>`}
        ${i.items&&i.items.length>0&&s`<ul class="merge__results">
          ${i.items.map(g=>s`<li>
              <span><strong>${O(g)}</strong>, born ${S(g.birth_date)} <span class="muted">#${g.id}</span></span>
              <button type="button" class="button button--secondary button--small" onClick=${()=>p(g)}>
                Choose<span class="visually-hidden"> ${O(g)} (#${g.id})</span>
              </button>
            </li>`)}
        </ul>`}
      </div>
      <button type="button" class="button button--quiet" onClick=${()=>n(!1)}>Cancel</button>
    </div>`}
    ${r&&d&&s`<div class="merge merge--confirm" role="group" aria-labelledby="merge-confirm-heading">
      <h3 id="merge-confirm-heading">Merge these records?</h3>
      <div class="merge__pair">
        <${fn} patient=${d} label="The duplicate" />
        <span class="merge__arrow" aria-hidden="true">→</span>
        <${fn} patient=${e} label="Into this record" />
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
  </section>`}function $n(){return{given_name:"",family_name:"",birth_date:"",email:"",phone:"",fitzpatrick:""}}function sr(e){return{given_name:e.given_name,family_name:e.family_name,birth_date:e.birth_date,email:e.email,phone:e.phone,fitzpatrick:e.fitzpatrick?String(e.fitzpatrick):""}}function Pt(e,t){let r={given_name:e.given_name.trim(),family_name:e.family_name.trim()};return(e.birth_date||t)&&(r.birth_date=e.birth_date),(e.email.trim()||!t)&&(r.email=e.email.trim()),(e.phone.trim()||!t)&&(r.phone=e.phone.trim()),e.fitzpatrick&&(r.fitzpatrick=Number(e.fitzpatrick)),r}function At({fields:e,onFields:t,errors:r,busy:n,onSubmit:o,submitLabel:a}){let i=l=>d=>t({...e,[l]:d});return s`<form class="form" onSubmit=${o} novalidate>
    <${G} errors=${r} />
    <div class="grid grid--2">
      <${P} label="Given name" pointer="/given_name" errors=${r} value=${e.given_name} onValue=${i("given_name")} autocomplete="off" required />
      <${P} label="Family name" pointer="/family_name" errors=${r} value=${e.family_name} onValue=${i("family_name")} autocomplete="off" required />
      <${P} label="Date of birth" type="date" pointer="/birth_date" errors=${r} value=${e.birth_date} onValue=${i("birth_date")} required />
      <${H}
        label="Skin type (Fitzpatrick)"
        pointer="/fitzpatrick"
        errors=${r}
        value=${e.fitzpatrick}
        onValue=${i("fitzpatrick")}
        options=${ge}
        placeholder="Not assessed yet"
      />
      <${P} label="E-mail" type="email" pointer="/email" errors=${r} value=${e.email} onValue=${i("email")} autocomplete="off" />
      <${P} label="Phone" type="tel" pointer="/phone" errors=${r} value=${e.phone} onValue=${i("phone")} autocomplete="off" />
    </div>
    <${z} busy=${n}>${a}</${z}>
  </form>`}function Ya(e){return new URL(e.url,location.origin).href}async function Ka(e){try{return await navigator.clipboard.writeText(e.value),!0}catch{e.focus(),e.select();try{return document.execCommand("copy")}catch{return!1}}}function De({invitation:e,person:t,again:r,id:n="invitation-link"}){let o=W(null),[a,i]=$(null),l=Ya(e),d=async()=>i(await Ka(o.current));return s`<div class="invitation" data-invitation-url=${e.url}>
    <p class="invitation__title"><strong>Set-password link for ${t}</strong></p>
    <p class="invitation__once">
      <strong>Shown only now.</strong> Copy it and give it to ${t} yourself (in person, or by a
      channel only they read). It works once, until ${Q(e.expires_at)}.
    </p>
    <label class="visually-hidden" for=${n}>Set-password link for ${t}</label>
    <div class="invitation__row">
      <input id=${n} class="invitation__url code" type="text" readonly value=${l} ref=${o} onFocus=${p=>p.currentTarget.select()} />
      <button type="button" class="button" onClick=${d}>Copy link</button>
    </div>
    <p class="invitation__status" role="status">
      ${a===!0?"Copied to the clipboard.":a===!1?"Could not copy: the link is selected, press Ctrl+C (⌘C on a Mac).":""}
    </p>
    ${r&&s`<p class="muted small">Lost it, or did it expire? ${r}</p>`}
  </div>`}function gn({patient:e,name:t}){let[r,n]=$(e.email||""),[o,a]=$(!1),[i,l]=$(null),[d,p]=$(null),c=async f=>{f.preventDefault(),a(!0),l(null);try{let u=r.trim(),h=await x("POST",`/api/v1/patients/${e.id}/portal-account`,u?{email:u}:{});p(h)}catch(u){l(u)}a(!1)},m=i?i.status===400?i.errors:i.status===409?[{path:"/email",message:i.detail}]:[]:[];return s`<div class="stack">
    ${d&&s`<${E} kind="success">
      <p>Portal login for <strong>${d.email}</strong>. The patient sets their own password with this link, then logs in at the patient portal.</p>
      <${De} invitation=${d.invitation} person=${t} again="Invite again for a new link." id="portal-invitation-link" />
    </${E}>`}
    <form class="form form--compact" onSubmit=${c} novalidate aria-label="Invite to the portal">
      ${i&&i.status!==400&&i.status!==409&&s`<${w} error=${i} />`}
      <${G} errors=${m} />
      <${P}
        label="Portal e-mail"
        hint="The patient logs in with it. Empty: the e-mail on record."
        type="email"
        pointer="/email"
        errors=${m}
        value=${r}
        onValue=${n}
        autocomplete="off"
      />
      <p class="muted small">If the patient already has a portal login, a new link replaces their password and logs them out.</p>
      <${z} busy=${o} busyLabel="Creating the link…" className="button--secondary">
        ${d?"Create another link":"Invite to the portal"}
      </${z}>
    </form>
  </div>`}function Lt(e=!0){let t=A(e?"/api/v1/staff":null),r=new Map((t.data?t.data.items:[]).map(n=>[n.id,n.title?`${n.display_name} (${n.title})`:n.display_name]));return n=>r.get(n)||`user #${n}`}function _n(e){let t=ge.find(([r])=>r===e);return t?t[1]:"Not assessed"}function bn({patientId:e,headingLevel:t=2}){let r=A(`/api/v1/patients/${e}/skin-types`),n=Lt(),o=`h${t}`,a=r.data?[...r.data.items].sort((i,l)=>i.assessed_at<l.assessed_at?1:-1):[];return s`<section class="card skin-history" aria-labelledby=${`skin-history-${e}`}>
    <${o} id=${`skin-history-${e}`}>Skin type history</${o}>
    ${r.loading&&s`<${L} />`}
    <${w} error=${r.error} onRetry=${r.reload} />
    ${r.data&&a.length===0&&s`<${q}>No assessment recorded by a consultation yet.</${q}>`}
    ${a.length>0&&s`<ol class="skin-history__list">
      ${a.map(i=>s`<li>
          <strong>${_n(i.fitzpatrick)}</strong>
          <span class="muted">${i.previous?` (was ${_n(i.previous)})`:" (first assessment)"}</span>
          <br /><span class="small">${Q(i.assessed_at)} · ${n(i.assessed_by)}${i.consultation_id?s` · <a href=${`/staff/consultations/${i.consultation_id}`}>consultation</a>`:""}</span>
        </li>`)}
    </ol>`}
  </section>`}var lr={eligible:"ok",eligible_with_precautions:"caution",defer:"defer",not_eligible:"stop"};function Qa({item:e}){let t=e.screening||{},r=t.findings||[];return s`<article class="entry">
    <header class="entry__head">
      <h3><a href=${`/staff/consultations/${e.id}`}>Consultation</a></h3>
      <${R} kind=${lr[e.verdict]}>${_t(e.verdict)}</${R}>
      ${e.earliest_date&&s`<span>not before <strong>${S(e.earliest_date,"weekday")}</strong></span>`}
    </header>
    ${r.length>0&&s`<ul class="chips" aria-label="Findings">
      ${r.map(n=>s`<li class=${`chip chip--${n.level}`}>${Y(n.code)}</li>`)}
    </ul>`}
    ${(t.actions||[]).length>0&&s`<p class="entry__line">Required: ${t.actions.map(xe).join(", ")}</p>`}
    <p class="entry__meta">Protocol ${e.protocol.name} ${e.protocol.version}</p>
  </article>`}function Ja({item:e}){let t=e.schedule||[];return s`<article class="entry">
    <header class="entry__head">
      <h3><a href=${`/staff/plans/${e.id}`}>Treatment plan</a></h3>
      <${R} kind="neutral">${_e(e.status)}</${R}>
      <span>${te(e.sessions,"session")}, every ${e.interval_days.min}–${e.interval_days.max} days</span>
    </header>
    ${t.length>0?s`<p class="entry__line">
          ${t.map(r=>s`<span class="session-date">Session ${r.session}: ${S(r.date)}</span>`)}
        </p>`:s`<p class="entry__line">No dates yet: the series starts once the deferral is resolved.</p>`}
  </article>`}var vn=[{key:"consultations",roles:["owner","provider"],path:e=>`/api/v1/patients/${e}/consultations`,toEntries:e=>e.items.map(t=>({key:`c${t.id}`,at:t.created_at,kind:"Consultation",item:t,Card:Qa}))},{key:"plans",roles:["owner","provider","front_desk"],path:e=>`/api/v1/patients/${e}/plans`,toEntries:e=>e.items.map(t=>({key:`p${t.id}`,at:t.created_at||t.schedule&&t.schedule[0]&&`${t.schedule[0].date}T00:00:00Z`||"",kind:"Plan",item:t,Card:Ja}))}];function yn({entries:e}){let t=[...e].sort((r,n)=>r.at<n.at?1:r.at>n.at?-1:0);return s`<ol class="timeline">
    ${t.map(r=>s`<li class="timeline__item" key=${r.key}>
        <div class="timeline__when">${r.at?Q(r.at):""}</div>
        <div class="timeline__body"><${r.Card} item=${r.item} /></div>
      </li>`)}
  </ol>`}function wn(e,t){let[r,n]=$(!1),[o,a]=$(null);return{busy:r,problem:o,set:async l=>{n(!0),a(null);try{t(await x("PATCH",`/api/v1/patients/${e.id}`,{version:e.version,archived:l}))}catch(d){a(d)}n(!1)}}}function Xa({patient:e,onSaved:t}){let r=wn(e,t);return e.merged_into?s`<div class="alert alert--warning record-banner" role="status">
      <p>
        <strong>Merged record.</strong> This record was merged into
        <a href=${`/staff/patients/${e.merged_into}`}>patient #${e.merged_into}</a>; its history is there now. It
        is kept for the audit and cannot be changed.
      </p>
    </div>`:e.archived?s`<div class="alert alert--warning record-banner" role="status">
    <p><strong>Archived record.</strong> Hidden from search and lists; nothing is deleted.</p>
    <${w} error=${r.problem} />
    <button type="button" class="button button--secondary button--small" disabled=${r.busy} onClick=${()=>r.set(!1)}>Restore the record</button>
  </div>`:null}function eo({patient:e,onSaved:t}){let r=wn(e,t),[n,o]=$(!1),[a,i]=$(()=>sr(e)),[l,d]=$(!1),[p,c]=$(null),m=ge.find(([u])=>u===e.fitzpatrick),f=async u=>{u.preventDefault(),d(!0),c(null);try{let h=await x("PATCH",`/api/v1/patients/${e.id}`,{...Pt(a,!1),version:e.version});t(h),o(!1)}catch(h){c(h)}d(!1)};return n?s`<section class="card" aria-labelledby="details-heading">
      <h2 id="details-heading">Change details</h2>
      ${p&&p.status!==400&&s`<${w} error=${p} />`}
      <${At}
        fields=${a}
        onFields=${i}
        errors=${p&&p.status===400?p.errors:[]}
        busy=${l}
        onSubmit=${f}
        submitLabel="Save details"
      />
      <button type="button" class="button button--quiet" onClick=${()=>o(!1)}>Cancel</button>
    </section>`:s`<section class="card" aria-labelledby="details-heading">
    <h2 id="details-heading">Details</h2>
    <dl class="facts">
      <div><dt>Born</dt><dd>${S(e.birth_date)} (${ze(e.birth_date)})</dd></div>
      <div><dt>Skin type</dt><dd>${m?m[1]:"Not assessed"}</dd></div>
      <div><dt>E-mail</dt><dd>${e.email||"—"}</dd></div>
      <div><dt>Phone</dt><dd>${e.phone||"—"}</dd></div>
    </dl>
    ${!e.merged_into&&s`<div class="form-actions">
      <button
        type="button"
        class="button button--secondary"
        onClick=${()=>{i(sr(e)),o(!0)}}
      >
        Change details
      </button>
      ${!e.archived&&s`<${oe} label="Archive" hiddenSuffix="this record" confirmLabel="Archive the record" busy=${r.busy} onConfirm=${()=>r.set(!0)}>
        <p>The record is hidden from search and lists but kept, with its history; it can be restored from here.</p>
      </${oe}>`}
    </div>`}
    <${w} error=${r.problem} />
  </section>`}function kn({session:e,id:t}){let r=A(`/api/v1/patients/${t}`),n=vn.map(d=>({source:d,resource:A(d.roles.includes(e.role)?d.path(t):null)})).filter(({source:d})=>d.roles.includes(e.role)),o=n.every(({resource:d})=>d.data);if(V(r.data!==null&&o,"chart"),r.error)return s`<${y}>Patient</${y}><${w} error=${r.error} onRetry=${r.reload} />`;if(!r.data)return s`<${y}>Patient</${y}><${L} label="Loading the chart…" />`;let a=r.data,i=n.flatMap(({source:d,resource:p})=>p.data?d.toEntries(p.data):[]),l=Ee(e.role);return s`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a></p>
    <div class="page-head">
      <div>
        <${y} title=${O(a)}>${O(a)}</${y}>
        <p class="lead">Born ${S(a.birth_date)} · patient #${a.id}</p>
      </div>
      ${l&&!a.merged_into&&s`<a class="button" href=${`/staff/patients/${a.id}/consultations/new`}>New consultation</a>`}
    </div>
    <${Xa} patient=${a} onSaved=${r.setData} />
    <div class="columns">
      <section class="card columns__main" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        ${n.map(({source:d,resource:p})=>s`${p.loading&&s`<${L} label=${`Loading ${d.key}…`} />`}
            <${w} error=${p.error} onRetry=${p.reload} />`)}
        ${o&&i.length===0&&s`<${q}>Nothing recorded yet.${l?" Start with a consultation.":""}</${q}>`}
        ${i.length>0&&s`<${yn} entries=${i} />`}
      </section>
      <div class="columns__side stack">
        <${eo} patient=${a} onSaved=${r.setData} />
        ${l&&s`<${bn} patientId=${a.id} />`}
        ${l&&!a.merged_into&&s`<section class="card" aria-labelledby="portal-heading">
          <h2 id="portal-heading">Portal login</h2>
          <p class="muted">Lets the patient see their plan and how to prepare, and nothing else.</p>
          <${gn} patient=${a} name=${O(a)} />
        </section>`}
        ${l&&!a.merged_into&&s`<${hn}
          patient=${a}
          onMerged=${d=>{r.setData(d.patient),n.forEach(({resource:p})=>p.reload())}}
        />`}
      </div>
    </div>
  </div>`}var to={contraindicated:"stop",defer:"defer",caution:"caution",info:"neutral"},ro={eligible:"No contraindication found: the patient can be treated.",eligible_with_precautions:"The patient can be treated with the actions below.",defer:"Not now: treatment has to wait.",not_eligible:"Do not treat with microneedling."};function no({finding:e,headingLevel:t}){let r=`h${t}`;return s`<li class=${`finding finding--${e.level}`}>
    <div class="finding__head">
      <${R} kind=${to[e.level]}>${bt(e.level)}</${R}>
      <${r}>${Y(e.code)}</${r}>
      ${e.level==="defer"&&s`<span class="finding__until">
        ${e.until?s`until <strong><${de} date=${e.until} style="weekday" /></strong>`:"until resolved"}
      </span>`}
    </div>
    <p class="finding__message">${e.message}</p>
    ${(e.actions||[]).length>0&&s`<p class="finding__actions">Requires: ${e.actions.map(xe).join(", ")}</p>`}
    ${(e.alternatives||[]).length>0&&s`<p class="finding__actions">Alternatives: ${e.alternatives.map(Kr).join(", ")}</p>`}
    ${e.evidence&&s`<p class="finding__evidence"><strong>Evidence note:</strong> ${e.evidence}</p>`}
    ${e.source&&s`<details class="finding__source"><summary>Source</summary><p>${e.source}</p></details>`}
  </li>`}function Et({result:e,headingLevel:t=2}){let r=e.screening||{},n=r.findings||[],o=r.actions||[],a=`h${t}`,i=`h${t+1}`;return s`<div class="screening" data-verdict=${e.verdict}>
    <div class=${`verdict verdict--${lr[e.verdict]}`}>
      <${a} class="verdict__title">${_t(e.verdict)}</${a}>
      <p>${ro[e.verdict]}</p>
      ${e.earliest_date&&s`<p class="verdict__date">Earliest treatment date: <strong><${de} date=${e.earliest_date} style="long" /></strong></p>`}
    </div>
    ${o.length>0&&s`<section class="actions-required">
      <${i}>Required actions</${i}>
      <ul>${o.map(l=>s`<li>${xe(l)}</li>`)}</ul>
    </section>`}
    <section>
      <${i}>${n.length===0?"No findings":`Findings (${n.length})`}</${i}>
      ${n.length>0&&s`<ul class="findings">${n.map(l=>s`<${no} finding=${l} headingLevel=${t+2} />`)}</ul>`}
    </section>
    ${e.protocol&&s`<p class="muted small">Screened with protocol ${e.protocol.name} ${e.protocol.version}.</p>`}
  </div>`}var dr=e=>e&&e.length?` (${e.map(Z).join(", ")})`:"";function ao({intake:e}){let t=[["Assessed on",S(e.assessed_on)],["First session planned for",S(e.planned_date)],["Skin type",`Fitzpatrick ${e.patient.fitzpatrick}`],["Areas",e.areas.map(Z).join(", ")],["Concerns",e.concerns.map(r=>`${ke(r.code)}${r.subtype?` (${ut(r.subtype)})`:""}, severity ${r.severity}${dr(r.areas)}`).join("; ")],["History",(e.history||[]).map(mt).join(", ")],["Skin today",(e.active||[]).map(r=>`${ft(r.code)}${dr(r.areas)}`).join("; ")],["Medications",(e.medications||[]).map(r=>{let n=r.last_dose||r.last_use;return`${ht(r.code)}${n?`, last taken ${S(n)}`:", still taking"}`}).join("; ")],["Procedures",(e.procedures||[]).map(r=>`${$t(r.code)} on ${S(r.date)}${dr(r.areas)}`).join("; ")],["Allergies",(e.allergies||[]).map(gt).concat(e.other_allergies||[]).join(", ")],["Pregnant or breastfeeding",e.pregnant||e.breastfeeding?"Yes":"No"]];return s`<dl class="facts facts--wide">
    ${t.map(([r,n])=>s`<div><dt>${r}</dt><dd>${n||"—"}</dd></div>`)}
  </dl>`}function xn({id:e}){let t=A(`/api/v1/consultations/${e}`),r=t.data?t.data.patient_id:null,n=A(r?`/api/v1/patients/${r}`:null),[o,a]=$(!1),[i,l]=$(null);if(V(t.data!==null&&n.data!==null,"consultation"),t.error)return s`<${y}>Consultation</${y}><${w} error=${t.error} onRetry=${t.reload} />`;if(!t.data)return s`<${y}>Consultation</${y}><${L} />`;let d=t.data,p=n.data?O(n.data):`patient #${d.patient_id}`,c=async()=>{a(!0),l(null);try{let m=await x("POST","/api/v1/plans",{consultation_id:d.id});K(`/staff/plans/${m.id}`)}catch(m){l(m),a(!1)}};return s`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${d.patient_id}`}>${p}</a></p>
    <div class="page-head">
      <div>
        <${y} title="Consultation">Consultation: ${p}</${y}>
        <p class="lead">Recorded ${Q(d.created_at)}</p>
      </div>
      ${d.verdict!=="not_eligible"&&s`<button type="button" class="button" onClick=${c} disabled=${o}>${o?"Planning…":"Create treatment plan"}</button>`}
    </div>
    <${w} error=${i} />
    <div class="columns">
      <section class="card columns__main" aria-labelledby="screening-heading">
        <h2 id="screening-heading" class="visually-hidden">Screening</h2>
        <${Et} result=${d} headingLevel=${3} />
      </section>
      <section class="card columns__side" aria-labelledby="intake-heading">
        <h2 id="intake-heading">Intake</h2>
        <${ao} intake=${d.intake} />
      </section>
    </div>
  </div>`}var be=(e,t)=>e.map(r=>[r,t(r)]),Ke=e=>be(e,Z);function oo(e,t){return{assessed_on:t,planned_date:"",fitzpatrick:e.fitzpatrick?String(e.fitzpatrick):"",areas:[],concerns:[{code:"",subtype:"",severity:"",areas:[]}],history:[],active:[],medications:[],procedures:[],allergies:[],other_allergies:"",pregnant:!1,breastfeeding:!1}}function io(e,t){let r={patient:{birth_date:t.birth_date}};e.assessed_on&&(r.assessed_on=e.assessed_on),e.planned_date&&(r.planned_date=e.planned_date),e.fitzpatrick!==""&&(r.patient.fitzpatrick=Number(e.fitzpatrick)),r.areas=e.areas,r.concerns=e.concerns.map(o=>{let a={code:o.code};return o.subtype&&(a.subtype=o.subtype),o.severity!==""&&(a.severity=Number(o.severity)),o.areas.length>0&&(a.areas=o.areas),a}),e.history.length&&(r.history=e.history),e.active.length&&(r.active=e.active.map(o=>o.areas.length?{code:o.code,areas:o.areas}:{code:o.code})),e.medications.length&&(r.medications=e.medications.map(o=>o.last_dose?{code:o.code,last_dose:o.last_dose}:{code:o.code})),e.procedures.length&&(r.procedures=e.procedures.map(o=>{let a={code:o.code};return o.date&&(a.date=o.date),o.areas.length&&(a.areas=o.areas),a}));let n=e.other_allergies.split(/[,;\n]/).map(o=>o.trim()).filter(Boolean);return(e.allergies.length||n.length)&&(r.allergies=[...e.allergies,...n]),e.pregnant&&(r.pregnant=!0),e.breastfeeding&&(r.breastfeeding=!0),r}function so(e){let t=[];return e.fitzpatrick===""&&t.push("the skin type"),e.areas.length===0&&t.push("at least one area to treat"),e.concerns.some(r=>r.code&&r.severity!=="")||t.push("a concern with its severity"),e.medications.some(r=>!r.code)&&t.push("each medication’s name"),e.procedures.some(r=>!r.code||!r.date)&&t.push("each procedure’s name and date"),e.active.some(r=>!r.code)&&t.push("each skin condition"),t}function M({title:e,pointer:t,errors:r,children:n,hint:o}){let a=t?le(r,t):[];return s`<section class="form-section" aria-labelledby=${`${J(t||e)}-title`}>
    <h2 id=${`${J(t||e)}-title`}>${e}</h2>
    ${o&&s`<p class="hint">${o}</p>`}
    ${a.length>0&&s`<div class="field-error" id=${t?J(t):void 0} tabindex="-1">
      ${a.map(i=>s`<p><span class="visually-hidden">Error: </span>${i}</p>`)}
    </div>`}
    ${n}
  </section>`}function zt({rows:e,onRows:t,make:r,render:n,addLabel:o,itemLabel:a}){return s`<div class="rows">
    ${e.map((i,l)=>s`<div class="row" key=${l}>
        <div class="row__fields">${n(i,l,d=>t(e.map((p,c)=>c===l?d:p)))}</div>
        <button
          type="button"
          class="button button--quiet row__remove"
          onClick=${()=>t(e.filter((d,p)=>p!==l))}
        >
          Remove<span class="visually-hidden"> ${a} ${l+1}</span>
        </button>
      </div>`)}
    <button type="button" class="button button--secondary" onClick=${()=>t([...e,r()])}>${o}</button>
  </div>`}function lo({form:e,setForm:t,errors:r,patient:n,clinicToday:o}){let a=d=>p=>t({...e,[d]:p}),i=e.areas,l=d=>`/intake${d}`;return s`<div class="intake">
    <${M} title="Visit">
      <div class="grid grid--2">
        <${P} label="Assessed on" type="date" pointer=${l("/assessed_on")} errors=${r} value=${e.assessed_on} onValue=${a("assessed_on")} max=${o} />
        <${P}
          label="First session planned for"
          hint="Leave empty to use the assessment date."
          type="date"
          pointer=${l("/planned_date")}
          errors=${r}
          value=${e.planned_date}
          onValue=${a("planned_date")}
        />
      </div>
    </${M}>

    <${M} title="Patient">
      <div class="grid grid--2">
        <div class="field" id=${J(l("/patient/birth_date"))} tabindex="-1">
          <span class="field__label">Date of birth</span>
          <p class="field__value">${S(n.birth_date)} (age ${ze(n.birth_date)}) <span class="muted">from the patient record</span></p>
          ${le(r,l("/patient/birth_date")).map(d=>s`<p class="field-error">${d}</p>`)}
        </div>
        <${H}
          label="Skin type (Fitzpatrick)"
          pointer=${l("/patient/fitzpatrick")}
          errors=${r}
          value=${e.fitzpatrick}
          onValue=${a("fitzpatrick")}
          options=${ge}
          placeholder="Choose…"
          required
        />
      </div>
    </${M}>

    <${M} title="Areas to treat">
      <div class="grid grid--2">
        <${ue}
          legend="Face"
          pointer=${l("/areas")}
          errors=${r}
          options=${Ke(Me)}
          values=${e.areas.filter(d=>Me.includes(d))}
          onValues=${d=>a("areas")(Ve.filter(p=>d.includes(p)||Be.includes(p)&&e.areas.includes(p)))}
        />
        <${ue}
          legend="Body"
          pointer=${l("/areas-body")}
          errors=${[]}
          options=${Ke(Be)}
          values=${e.areas.filter(d=>Be.includes(d))}
          onValues=${d=>a("areas")(Ve.filter(p=>d.includes(p)||Me.includes(p)&&e.areas.includes(p)))}
        />
      </div>
    </${M}>

    <${M} title="Concerns" pointer=${l("/concerns")} errors=${r}>
      <${zt}
        rows=${e.concerns}
        onRows=${a("concerns")}
        make=${()=>({code:"",subtype:"",severity:"",areas:[]})}
        addLabel="Add a concern"
        itemLabel="concern"
        render=${(d,p,c)=>s`<div class="grid grid--3">
            <${H}
              label="Concern"
              pointer=${l(`/concerns/${p}/code`)}
              errors=${r}
              value=${d.code}
              onValue=${m=>c({...d,code:m,subtype:je[m]&&je[m].includes(d.subtype)?d.subtype:""})}
              options=${be(qr,ke)}
              placeholder="Choose…"
              required
            />
            ${je[d.code]?s`<${H}
                  label="Type"
                  pointer=${l(`/concerns/${p}/subtype`)}
                  errors=${r}
                  value=${d.subtype}
                  onValue=${m=>c({...d,subtype:m})}
                  options=${be(je[d.code],ut)}
                  placeholder="Not specified"
                />`:s`<div></div>`}
            <${H}
              label="Severity"
              pointer=${l(`/concerns/${p}/severity`)}
              errors=${r}
              value=${d.severity}
              onValue=${m=>c({...d,severity:m})}
              options=${Hr}
              placeholder="Choose…"
              required
            />
          </div>
          ${i.length>1&&s`<${ue}
            legend="Where (none ticked: every treated area)"
            pointer=${l(`/concerns/${p}/areas`)}
            errors=${r}
            options=${Ke(i)}
            values=${d.areas.filter(m=>i.includes(m))}
            onValues=${m=>c({...d,areas:m})}
            columns=${4}
            compact
          />`}`}
      />
    </${M}>

    <${M} title="Medical history">
      <${ue}
        legend="The patient has or has had"
        pointer=${l("/history")}
        errors=${r}
        options=${be(Ur,mt)}
        values=${e.history}
        onValues=${a("history")}
        columns=${3}
      />
    </${M}>

    <${M} title="Skin today" pointer=${l("/active")} errors=${r} hint="Conditions present now, anywhere on the body.">
      <${zt}
        rows=${e.active}
        onRows=${a("active")}
        make=${()=>({code:"",areas:[]})}
        addLabel="Add a skin condition"
        itemLabel="skin condition"
        render=${(d,p,c)=>s`<${H}
            label="Condition"
            pointer=${l(`/active/${p}/code`)}
            errors=${r}
            value=${d.code}
            onValue=${m=>c({...d,code:m})}
            options=${be(Wr,ft)}
            placeholder="Choose…"
            required
          />
          <${ue}
            legend="Where (none ticked: everywhere)"
            pointer=${l(`/active/${p}/areas`)}
            errors=${r}
            options=${Ke(Ve)}
            values=${d.areas}
            onValues=${m=>c({...d,areas:m})}
            columns=${4}
            compact
          />`}
      />
    </${M}>

    <${M} title="Medications" pointer=${l("/medications")} errors=${r}>
      <${zt}
        rows=${e.medications}
        onRows=${a("medications")}
        make=${()=>({code:"",last_dose:""})}
        addLabel="Add a medication"
        itemLabel="medication"
        render=${(d,p,c)=>s`<div class="grid grid--2">
          <${H}
            label="Medication"
            pointer=${l(`/medications/${p}/code`)}
            errors=${r}
            value=${d.code}
            onValue=${m=>c({...d,code:m})}
            options=${be(Zr,ht)}
            placeholder="Choose…"
            required
          />
          <${P}
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
    </${M}>

    <${M} title="Recent procedures" pointer=${l("/procedures")} errors=${r}>
      <${zt}
        rows=${e.procedures}
        onRows=${a("procedures")}
        make=${()=>({code:"",date:"",areas:[]})}
        addLabel="Add a procedure"
        itemLabel="procedure"
        render=${(d,p,c)=>s`<div class="grid grid--2">
            <${H}
              label="Procedure"
              pointer=${l(`/procedures/${p}/code`)}
              errors=${r}
              value=${d.code}
              onValue=${m=>c({...d,code:m})}
              options=${be(Gr,$t)}
              placeholder="Choose…"
              required
            />
            <${P}
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
          <${ue}
            legend="Where (none ticked: everywhere)"
            pointer=${l(`/procedures/${p}/areas`)}
            errors=${r}
            options=${Ke(Ve)}
            values=${d.areas}
            onValues=${m=>c({...d,areas:m})}
            columns=${4}
            compact
          />`}
      />
    </${M}>

    <${M} title="Allergies">
      <${ue}
        legend="Allergic to"
        pointer=${l("/allergies")}
        errors=${r}
        options=${be(Yr,gt)}
        values=${e.allergies}
        onValues=${a("allergies")}
        columns=${3}
      />
      <${P}
        label="Other allergies"
        hint="Separate with commas. Kept on the record; screening does not act on them."
        pointer=${l("/other_allergies")}
        errors=${r}
        value=${e.other_allergies}
        onValue=${a("other_allergies")}
      />
    </${M}>

    <${M} title="Pregnancy">
      <${ue}
        legend="The patient is"
        pointer=${l("/pregnant")}
        errors=${r}
        options=${[["pregnant","Pregnant"],["breastfeeding","Breastfeeding"]]}
        values=${[e.pregnant&&"pregnant",e.breastfeeding&&"breastfeeding"].filter(Boolean)}
        onValues=${d=>t({...e,pregnant:d.includes("pregnant"),breastfeeding:d.includes("breastfeeding")})}
      />
    </${M}>
  </div>`}function co(e,t,r){let[n,o]=$({result:null,error:null,pending:!1}),a=JSON.stringify(t);return N(()=>{if(!r){o({result:null,error:null,pending:!1});return}let i=new AbortController;o(d=>({...d,pending:!0}));let l=setTimeout(()=>{x("POST","/api/v1/consultations/screen",{patient_id:e,intake:JSON.parse(a)},{signal:i.signal}).then(d=>o({result:d,error:null,pending:!1}),d=>d.name!=="AbortError"&&o({result:null,error:d,pending:!1}))},450);return()=>{clearTimeout(l),i.abort()}},[e,a,r]),n}function po({live:e,missing:t,onGoTo:r}){let n;return t.length>0?n=s`<p>To see the screening, add ${t.join(", ")}.</p>`:e.error&&e.error.status===400?n=s`<div class="alert alert--error">
      <p>The screening needs these corrections:</p>
      <ul>
        ${e.error.errors.map(o=>s`<li><a href=${`#${J(o.path)}`} onClick=${a=>r(a,o.path)}>${xt(o.path)}: ${o.message}</a></li>`)}
      </ul>
    </div>`:e.error?n=s`<${w} error=${e.error} />`:e.result?n=s`<${Et} result=${e.result} headingLevel=${3} />`:n=s`<${L} label="Screening…" />`,s`<aside class="live card" aria-labelledby="live-heading">
    <div class="live__head">
      <h2 id="live-heading">Screening</h2>
      <span class="live__status" role="status">${e.pending?"Updating…":e.result?"Up to date":""}</span>
    </div>
    <div aria-live="polite">${n}</div>
    <p class="muted small">Screened as you type with the clinic’s protocol; nothing is saved until you record the consultation.</p>
  </aside>`}function Sn({id:e}){let t=A(`/api/v1/patients/${e}`),r=A("/api/v1/clinic");V(t.data!==null&&r.data!==null,"consultation-form");let n=t.error||r.error;return n?s`<${y}>New consultation</${y}><${w} error=${n} onRetry=${()=>(t.reload(),r.reload())} />`:!t.data||!r.data?s`<${y}>New consultation</${y}><${L} />`:s`<${uo} patient=${t.data} clinicToday=${Ye(r.data.time_zone)} />`}function uo({patient:e,clinicToday:t}){let[r,n,o,a]=Ae(`consultation:${e.id}`,()=>oo(e,t)),[i,l]=$([]),[d,p]=$(!1),[c,m]=$(!1),[f,u]=$(null),h=W(null),v=io(r,e),_=so(r),g=co(e.id,v,_.length===0),b=f&&(f.status===400||f.status===422)?f.errors:g.error&&g.error.status===400?g.error.errors:[],C=d?b:b.filter(X=>i.some(I=>X.path===I||X.path.startsWith(`${I}/`))),T=(X,I)=>{X.preventDefault();let Te=ir(I);Te&&(Te.scrollIntoView({block:"center"}),Te.focus({preventScroll:!0}))},U=async X=>{X.preventDefault(),m(!0),u(null);try{let I=await x("POST","/api/v1/consultations",{patient_id:e.id,intake:v});o(),K(`/staff/consultations/${I.id}`)}catch(I){p(!0),u(I),m(!1),I instanceof Se&&I.status===400&&requestAnimationFrame(()=>h.current&&h.current.querySelector(".error-summary")?.focus())}},me=X=>{let I=X.target.name;I&&I.startsWith("/intake")&&!i.includes(I)&&l([...i,I])};return s`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${e.id}`}>${O(e)}</a></p>
    <${y} title="New consultation">New consultation: ${O(e)}</${y}>
    ${a&&s`<${E} kind="info"><p>Your unsaved consultation was restored.</p></${E}>`}
    <div class="consult">
      <form class="consult__form" onSubmit=${U} onFocusOut=${me} novalidate aria-label="Consultation intake">
        <div ref=${h}>
          ${f&&f.status!==400&&s`<${w} error=${f} />`}
          ${d&&s`<${G} errors=${b} />`}
        </div>
        <${lo} form=${r} setForm=${n} errors=${C} patient=${e} clinicToday=${t} />
        <div class="form-actions">
          <${z} busy=${c} busyLabel="Recording…">Record consultation</${z}>
          <button
            type="button"
            class="button button--quiet"
            onClick=${()=>{o(),K(`/staff/patients/${e.id}`)}}
          >
            Cancel
          </button>
        </div>
      </form>
      <${po} live=${g} missing=${_} onGoTo=${T} />
    </div>
  </div>`}var cr=25;function Dt({heading:e="Find a patient",readyName:t="patients",canIncludeArchived:r=!1}){let[n,o]=Ae("patient-search",""),[a,i]=$(!1),[l,d]=$(0),[p,c]=$({loading:!0,error:null,page:null}),[m,f]=$(0),u=W(!0);N(()=>{let _=new AbortController,g=u.current?0:250;u.current=!1,c(C=>({...C,loading:!0,error:null}));let b=setTimeout(()=>{let C={q:n.trim(),limit:cr,offset:l};a&&(C.include_archived=!0),x("POST","/api/v1/patients/search",C,{signal:_.signal}).then(T=>c({loading:!1,error:null,page:T}),T=>T.name!=="AbortError"&&c({loading:!1,error:T,page:null}))},g);return()=>{clearTimeout(b),_.abort()}},[n,l,m,a]),V(p.page!==null,t);let h=p.page,v=h?Math.min(h.offset+h.items.length,h.total):0;return s`<section class="card" aria-labelledby="search-heading">
    <h2 id="search-heading">${e}</h2>
    <form class="search" role="search" onSubmit=${_=>_.preventDefault()}>
      <label for="patient-query">Name, e-mail or phone</label>
      <input
        id="patient-query"
        type="search"
        value=${n}
        autocomplete="off"
        spellcheck="false"
        onInput=${_=>{o(_.currentTarget.value),d(0)}}
      />
      ${r&&s`<div class="check">
        <input
          type="checkbox"
          id="include-archived"
          checked=${a}
          onChange=${_=>{i(_.currentTarget.checked),d(0)}}
        />
        <label for="include-archived">Include archived and merged records</label>
      </div>`}
    </form>
    <div class="results" aria-live="polite" aria-busy=${p.loading?"true":"false"}>
      ${p.error&&s`<${w} error=${p.error} onRetry=${()=>f(_=>_+1)} />`}
      ${!h&&p.loading&&s`<${L} label="Searching…" />`}
      ${h&&h.items.length===0&&s`<${q}>No patient matches “${n}”.</${q}>`}
      ${h&&h.items.length>0&&s`<p class="results__count">
          ${h.total===0?"":`${h.offset+1}–${v} of ${h.total.toLocaleString("en-GB")}`}
          ${p.loading?" (updating…)":""}
        </p>
        <table class="table">
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Born</th><th scope="col">E-mail</th><th scope="col">Phone</th></tr>
          </thead>
          <tbody>
            ${h.items.map(_=>s`<tr>
                <td>
                  <a href=${`/staff/patients/${_.id}`}>${O(_)}</a>
                  ${_.merged_into?s` <${R} kind="neutral">Merged</${R}>`:_.archived?s` <${R} kind="neutral">Archived</${R}>`:""}
                </td>
                <td>${S(_.birth_date)} <span class="muted">(${ze(_.birth_date)})</span></td>
                <td>${_.email}</td>
                <td>${_.phone}</td>
              </tr>`)}
          </tbody>
        </table>
        <div class="pager">
          <button type="button" class="button button--secondary" disabled=${l===0} onClick=${()=>d(Math.max(0,l-cr))}>
            Previous
          </button>
          <button type="button" class="button button--secondary" disabled=${v>=h.total} onClick=${()=>d(l+cr)}>
            Next
          </button>
        </div>`}
    </div>
  </section>`}var mo={owner:"Run the clinic: your team, the clinical protocol and who saw which patient.",provider:"Open a patient to record a consultation, screen it and plan the series.",front_desk:"Find or register a patient and keep their details up to date."};function fo(){let e=A("/api/v1/clinic"),t=A("/api/v1/staff"),r=A("/api/v1/protocol"),n=t.data?t.data.items.filter(o=>o.active):[];return s`<section class="overview" aria-label="Clinic overview">
    <div class="card stat">
      <h2>Clinic</h2>
      ${e.loading&&s`<${L} />`}
      <${w} error=${e.error} onRetry=${e.reload} />
      ${e.data&&s`<p class="stat__value">${e.data.name}</p><p class="muted">Login name ${e.data.slug} · ${e.data.time_zone}</p>`}
    </div>
    <div class="card stat">
      <h2>Team</h2>
      ${t.loading&&s`<${L} />`}
      <${w} error=${t.error} onRetry=${t.reload} />
      ${t.data&&s`<p class="stat__value">${n.length} active</p><p><a href="/staff/team">Manage the team</a></p>`}
    </div>
    <div class="card stat">
      <h2>Protocol</h2>
      ${r.loading&&s`<${L} />`}
      <${w} error=${r.error} onRetry=${r.reload} />
      ${r.data&&s`<p class="stat__value">${r.data.name} ${r.data.version}</p>
        <p>${r.data.built_in?"Built-in default":"Uploaded by the clinic"} · <a href="/staff/protocol">View</a></p>`}
    </div>
    <div class="card stat">
      <h2>Audit log</h2>
      <p class="stat__value">Who saw which patient</p>
      <p><a href="/staff/audit">Open the audit log</a></p>
    </div>
  </section>`}function Cn({session:e}){let t=e.role;return s`<div class="stack">
    <div class="page-head">
      <div>
        <${y} title="Home">Good day, ${e.user.display_name}</${y}>
        <p class="lead">${ee(t)} · ${mo[t]}</p>
      </div>
      <a class="button" href="/staff/patients/new">Register a patient</a>
    </div>
    ${t==="owner"&&s`<${fo} />`}
    <${Dt} readyName="home" />
  </div>`}var Tn="np-clinic",pr="";function Pn({clinic:e,email:t}){Nt(e),pr=t||""}function Nt(e){try{localStorage.setItem(Tn,e)}catch{}}function ho(){let e=new URLSearchParams(location.search).get("clinic");if(e)return e;try{return localStorage.getItem(Tn)||""}catch{return""}}function An({portal:e,expired:t}){let[r,n]=$(ho),[o,a]=$(()=>{let v=pr;return pr="",v}),[i,l]=$(""),[d,p]=$(!1),[c,m]=$(null),f=async v=>{v.preventDefault(),p(!0),m(null);try{await dn(r.trim(),o.trim(),i),Nt(r.trim())}catch(_){l(""),m(_),p(!1)}},u=c&&c.status===400?c.errors:[],h="";return c&&c.status===401?h="The clinic, e-mail or password is not right.":c&&c.status===429?h=`Too many attempts: ${c.detail}.`:c&&c.status!==400&&(h=c.detail||"The login failed. Try again."),s`<${se}>
    <div class="login">
      <div class="login__brand"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</div>
      <${y} title=${e?"Patient portal":"Log in"}>${e?"Your treatment plan":"Staff login"}</${y}>
      <p class="lead">
        ${e?"Log in to see your sessions and how to prepare for each one. First time? Open the link your clinic gave you to set your password.":"Log in to your clinic’s workspace. New to the team? Open the link the clinic’s owner gave you to set your password."}
      </p>
      ${t&&s`<${E} kind="warning">
        <p><strong>Your session has ended.</strong> Log in again to carry on: what you typed is kept.</p>
      </${E}>`}
      ${h&&s`<div class="alert alert--error" role="alert"><p>${h}</p></div>`}
      <${G} errors=${u} />
      <form class="form" onSubmit=${f} novalidate>
        <${P}
          label="Clinic"
          hint="Your clinic’s login name, for example demo-1"
          pointer="/clinic"
          errors=${u}
          value=${r}
          onValue=${n}
          autocomplete="organization"
          autocapitalize="none"
          spellcheck="false"
          required
        />
        <${P}
          label="E-mail"
          pointer="/email"
          type="email"
          errors=${u}
          value=${o}
          onValue=${a}
          autocomplete="username"
          required
        />
        <${P}
          label="Password"
          pointer="/password"
          type="password"
          errors=${u}
          value=${i}
          onValue=${l}
          autocomplete="current-password"
          required
        />
        <${z} busy=${d} busyLabel="Logging in…">Log in</${z}>
      </form>
      <p class="login__switch">
        ${e?s`Clinic staff? <a href="/login">Staff login</a>`:s`A patient? <a href="/portal/login">Patient portal</a>`}
      </p>
    </div>
  </${se}>`}function $o(e){let t=(e||"").replace(/^#/,"").trim();return/^[A-Za-z0-9._~-]{10,200}$/.test(t)?t:""}var Ln="This link can no longer be used. A link works once and for 72 hours, and a newer link replaces an older one. Ask your clinic for a new link (staff: the clinic’s owner; patients: your provider).";function go({accepted:e,session:t}){let r=e.role==="patient",n=async()=>{Pn({clinic:e.clinic,email:e.email}),t&&await wt(),K(r?"/portal/login":"/login",{replace:!0})};return s`<div class="stack">
    <${E} kind="success">
      <p><strong>Your password is set.</strong> Log in with it from now on:</p>
      <dl class="facts">
        <div><dt>Clinic</dt><dd>${e.clinic}</dd></div>
        <div><dt>E-mail</dt><dd>${e.email}</dd></div>
      </dl>
    </${E}>
    <button type="button" class="button" onClick=${n}>${r?"Go to the patient portal login":"Go to the staff login"}</button>
  </div>`}function En({session:e}){let[t]=$(()=>$o(location.hash)),[r,n]=$(""),[o,a]=$(""),[i,l]=$(!1),[d,p]=$(null),[c,m]=$(!1),[f,u]=$(null),h=async g=>{if(g.preventDefault(),p(null),m(!1),r!==o){m(!0);return}l(!0);try{let b=await x("POST","/api/v1/invitations/accept",{token:t,password:r});history.replaceState(null,"","/invite"),u(b)}catch(b){p(b),n(""),a("")}l(!1)},v=[...d&&d.status===400?d.errors.filter(g=>g.path==="/password"):[],...c?[{path:"/password_again",message:"is not the same as the new password"}]:[]],_="";return d&&d.status===401?_=Ln:d&&d.status===429?_=`Too many attempts from this device: ${d.detail}. Wait, then try again.`:d&&d.status===400&&v.length===0?_=Ln:d&&d.status!==400&&(_=d.detail||"Setting the password failed. Try again."),s`<div class="login">
    <div class="login__brand"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</div>
    <${y}>Set your password</${y}>
    ${f?s`<${go} accepted=${f} session=${e} />`:t?s`<p class="lead">Choose the password you will log in with. Nobody else sees it, not even the clinic.</p>
            ${e&&s`<${E} kind="warning">
              <p>You are logged in as ${e.user.display_name}. This link is for the person it was made for: setting a password here uses it up.</p>
            </${E}>`}
            ${_&&s`<div class="alert alert--error" role="alert"><p>${_}</p></div>`}
            <${G} errors=${v} />
            <form class="form" onSubmit=${h} novalidate>
              <${P}
                label="New password"
                hint="At least 12 characters. A few unrelated words are strong and easy to remember; avoid common passwords and your e-mail."
                pointer="/password"
                type="password"
                errors=${v}
                value=${r}
                onValue=${n}
                autocomplete="new-password"
                required
              />
              <${P}
                label="Type it again"
                pointer="/password_again"
                type="password"
                errors=${v}
                value=${o}
                onValue=${a}
                autocomplete="new-password"
                required
              />
              <${z} busy=${i} busyLabel="Setting…">Set my password</${z}>
            </form>`:s`<div class="alert alert--error" role="alert">
            <p>This page needs the whole link your clinic gave you, including the part after “#”. Open the link again, or ask your clinic for a new one.</p>
          </div>`}
  </div>`}function zn({session:e}){return s`<div class="stack">
    <div class="page-head">
      <${y}>Patients</${y}>
      <a class="button" href="/staff/patients/new">Register a patient</a>
    </div>
    <${Dt} heading="Search" canIncludeArchived=${e.role==="owner"} />
  </div>`}function _o({candidates:e,busy:t,onDifferent:r}){let n=W(null);return N(()=>n.current&&n.current.focus(),[]),s`<section class="alert alert--warning duplicates" role="alert" tabindex="-1" ref=${n} aria-labelledby="duplicates-heading">
    <h2 id="duplicates-heading">This patient may already be registered</h2>
    <p>${e.length===1?"A record has":"These records have"} the same name and date of birth, or the same e-mail. Open the record instead of registering them twice.</p>
    <ul class="duplicates__list">
      ${e.map(o=>s`<li>
          <span><strong>${O(o)}</strong>, born ${S(o.birth_date)} <span class="muted">#${o.id}</span>${o.archived&&s` <${R} kind="neutral">Archived</${R}>`}</span>
          <a class="button button--secondary button--small" href=${`/staff/patients/${o.id}`}>Open this record<span class="visually-hidden"> of ${O(o)} (#${o.id})</span></a>
        </li>`)}
    </ul>
    <p>Not the same person, for example a namesake born the same day?</p>
    <button type="button" class="button button--secondary" disabled=${t} onClick=${r}>It is a different person: register anyway</button>
  </section>`}function Dn(){let[e,t,r]=Ae("new-patient",$n),[n,o]=$(!1),[a,i]=$(null),l=async c=>{o(!0),i(null);try{let m=Pt(e,!0);c&&(m.confirm_duplicate=!0);let f=await x("POST","/api/v1/patients",m);r(),K(`/staff/patients/${f.id}`)}catch(m){i(m),o(!1)}},d=c=>{c.preventDefault(),l(!1)},p=a&&a.status===409&&Array.isArray(a.problem.candidates)?a.problem.candidates:null;return s`<div class="stack narrow">
    <p class="crumbs"><a href="/staff/patients">Patients</a></p>
    <${y}>Register a patient</${y}>
    ${a&&a.status!==400&&!p&&s`<${w} error=${a} />`}
    ${p&&s`<${_o} candidates=${p} busy=${n} onDifferent=${()=>l(!0)} />`}
    <div class="card">
      <${At}
        fields=${e}
        onFields=${c=>{t(c),p&&i(null)}}
        errors=${a&&a.status===400?a.errors:[]}
        busy=${n}
        onSubmit=${d}
        submitLabel="Register patient"
      />
    </div>
  </div>`}function bo(e,t){let r=e.slice(0,t).split(/\r?\n/);return[r.length,r.pop().length+1]}function vo(e,t,r){let n=e.split(/\r?\n/),o="",a=(Math.log10(t+1)|0)+1;for(let i=t-1;i<=t+1;i++){let l=n[i-1];l&&(o+=i.toString().padEnd(a," "),o+=":  ",o+=l,o+=`
`,i===t&&(o+=" ".repeat(a+r+2),o+=`^
`))}return o}var k=class e extends Error{line;column;codeblock;constructor(t,r){let[n,o]=bo(r.toml,r.ptr),a=vo(r.toml,n,o);super(`Invalid TOML document: ${t}

${a}`,r),this.line=n,this.column=o,this.codeblock=a}static x(t,r,n){throw new e(t,{toml:r.s,ptr:n??r.p})}};function Rt(e){let t=e.p,r=e.s.charCodeAt(e.p++),n=r,o=r===39,a=r===e.s.charCodeAt(e.p)&&r===e.s.charCodeAt(e.p+1);a&&((r=e.s.charCodeAt(e.p+=2))===10?e.p++:r===13&&e.s.charCodeAt(e.p+1)===10&&(e.p+=2));let i="",l=e.p,d=0;for(;e.p<e.s.length;e.p++)if(r=e.s.charCodeAt(e.p),a&&(r===10||r===13&&e.s.charCodeAt(e.p+1)===10))d=d&&3;else if(r<32&&r!==9||r===127)k.x("control characters are not allowed in strings",e);else if((!d||d===3)&&r===n&&(!a||e.s.charCodeAt(e.p+1)===n&&e.s.charCodeAt(e.p+2)===n)){if(a&&(e.s.charCodeAt(e.p+3)===n&&e.p++,e.s.charCodeAt(e.p+3)===n&&e.p++),!d){let p=e.s.slice(l,e.p);i=i?i+p:p}return e.p+=a?3:1,i}else if(!d)!o&&r===92&&(i+=e.s.slice(l,l=e.p),d=1);else if(d===1)if(r===120||r===117||r===85){let p=e.p++-1,c=0,m=r===120?2:r===117?4:8;for(let f=0;f<m;f++,e.p++){let u=e.s.charCodeAt(e.p),h=u>=48&&u<=57?u-48:u>=65&&u<=70?u-65+10:u>=97&&u<=102?u-97+10:-1;h<0&&k.x("invalid non-hex character in unicode escape",e),c=c<<4|h}(c<0||c>1114111||c>=55296&&c<=57343)&&k.x("invalid unicode escape",e,p),i+=String.fromCodePoint(c),l=e.p--,d=0}else a&&(r===32||r===9)?d=2:(r===98?i+="\b":r===116?i+="	":r===110?i+=`
`:r===102?i+="\f":r===114?i+="\r":r===101?i+="\x1B":r===34?i+='"':r===92?i+="\\":k.x("unrecognised escape sequence",e),l=e.p+1,d=0);else r!==32&&r!==9&&(d===2&&k.x("invalid escape: only line-ending whitespace may be escaped",e,l),d=!o&&r===92?1:0,l=e.p);k.x("unfinished string",e,t)}var yo=/^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i,Qe=class e extends Date{#t=!1;#r=!1;#e=null;constructor(t,r,n){let o=!0,a=!0,i="Z",l;if(typeof t=="string")if(r)e:{if(r<3){if(+t.slice(11,13)>23){t="";break e}r===2?(i=null,t+="Z"):(l=t.charCodeAt(t.length-1))!==90&&l!==122&&(i=t.slice(t.length-6)),n&&(t=t.slice(0,10)+"T"+t.slice(11))}else r===4&&(t=+t.slice(0,2)>23?"":`0000-01-01T${t}Z`);o=r!==4,a=r!==3}else{let d=t.match(yo);d?(d[1]||(o=!1,t=`0000-01-01T${t}`),a=!!d[2],a&&t[10]===" "&&(t=t.replace(" ","T")),d[2]&&+d[2]>23?t="":(i=d[3]||null,!i&&a&&(t+="Z"))):t=""}super(t),isNaN(this.getTime())||(this.#t=o,this.#r=a,this.#e=i)}isDateTime(){return this.#t&&this.#r}isLocal(){return!this.#t||!this.#r||!this.#e}isDate(){return this.#t&&!this.#r}isTime(){return this.#r&&!this.#t}isValid(){return this.#t||this.#r}toISOString(){let t=super.toISOString();if(this.isDate())return t.slice(0,10);if(this.isTime())return t.slice(11,23);if(this.#e===null)return t.slice(0,-1);if(this.#e==="Z"||this.#e==="z")return t;let r=+this.#e.slice(1,3)*60+ +this.#e.slice(4,6);return r=this.#e[0]==="-"?r:-r,new Date(this.getTime()-r*6e4).toISOString().slice(0,-1)+this.#e}static wrapAsOffsetDateTime(t,r="Z"){let n=new e(t);return n.#e=r,n}static wrapAsLocalDateTime(t){let r=new e(t);return r.#e=null,r}static wrapAsLocalDate(t){let r=new e(t);return r.#r=!1,r.#e=null,r}static wrapAsLocalTime(t){let r=new e(t);return r.#t=!1,r.#e=null,r}};function re(e,t=10){return t===16?e>47&&e<58||e>64&&e<71||e>96&&e<103:e>47&&e<48+t}function mr(e,t){return e===32||e===9||e===10||e===13||t&&(e===t||e===44)||e===35}function Xe(e,t){let r=e.p,n=e.s.charCodeAt(e.p);if(n===91||n===123){e.d--||k.x("document contains excessively nested structures. aborting.",e);let o=n===91?In(e):Rn(e);return e.d++,o}return n===34||n===39?Rt(e):n===116?((e.s.charCodeAt(++e.p)!==114||e.s.charCodeAt(++e.p)!==117||e.s.charCodeAt(++e.p)!==101)&&k.x("invalid value",e,r),e.p++,!0):n===102?((e.s.charCodeAt(++e.p)!==97||e.s.charCodeAt(++e.p)!==108||e.s.charCodeAt(++e.p)!==115||e.s.charCodeAt(++e.p)!==101)&&k.x("invalid value",e,r),e.p++,!1):n===43||n===45?It(e,e.p,e.s.charCodeAt(++e.p),44-n,t):e.s.charCodeAt(e.p+4)===45&&e.s.charCodeAt(e.p+7)===45?wo(e,n,t):e.s.charCodeAt(e.p+2)===58?ko(e,n,t):It(e,e.p,n,0,t)}function It(e,t,r,n,o){let a=r,i=0,l=!1;if(a===105)return(e.s.charCodeAt(++e.p)!==110||e.s.charCodeAt(++e.p)!==102)&&k.x("invalid value",e,t),e.p++,(n||1)/0;if(a===110)return(e.s.charCodeAt(++e.p)!==97||e.s.charCodeAt(++e.p)!==110)&&k.x("invalid value",e,t),e.p++,NaN;if(a===48){if(++e.p>=e.s.length||mr(a=e.s.charCodeAt(e.p),o))return e.bi===!0?0n:0;if(!n){if(a===120)return ur(e,t,16,o);if(a===98)return ur(e,t,2,o);if(a===111)return ur(e,t,8,o)}a===46?i=2:a===101||a===69?i=4:k.x("illegal leading zero",e,t)}else re(a)||k.x("invalid value",e,t);for(;++e.p<e.s.length&&(a=e.s.charCodeAt(e.p),!mr(a,o));)i||(i=1),a===95?(i&1||k.x("illegal underscore",e),i+=11,l=!0):i===1&&a===46?i=2:(i===1||i===3)&&(a===101||a===69)?i=4:i===4&&(a===43||a===45)?i=6:re(a)?i>9?i-=11:i&1||i++:k.x("illegal character in numeric literal",e);if(!i){let p=(r-48)*(n||1);return e.bi===!0?BigInt(p):p}i&1||k.x("unfinished numeric value",e,t);let d=e.s.slice(t,e.p);return l&&(d=d.replaceAll("_","")),i>1?parseFloat(d):Nn(e,d,10,t)}function ur(e,t,r,n){let o,a=1;for(;++e.p<e.s.length&&(o=e.s.charCodeAt(e.p),!mr(o,n));)o===95?(a&1&&k.x("illegal underscore",e),a=3):re(o,r)?a&1&&a--:k.x("illegal character in numeric literal",e);a&1&&k.x("unfinished numeric value",e);let i=e.s.slice(t+2,e.p);return a&&(i=i.replaceAll("_","")),Nn(e,i,r,t)}function Nn(e,t,r,n){if(e.bi!==!0)e:{let o=parseInt(t,r);if(!Number.isSafeInteger(o)){if(e.bi)break e;k.x("integer value cannot be represented losslessly",e,n)}return o}return BigInt(r===10?t:(r===2?"0b":r===8?"0o":"0x")+t)}function wo(e,t,r){let n=e.p++,o;if(!re(t)||!re(e.s.charCodeAt(e.p++))||!re(e.s.charCodeAt(e.p++))||!re(e.s.charCodeAt(e.p++)))return It(e,e.p=n,t,0,r);if(e.p+=5,re(e.s.charCodeAt(e.p++))||k.x("invalid date-time: date part is malformed",e,n),e.p>=e.s.length||((t=e.s.charCodeAt(e.p))!==32||(o=!0,!re(e.s.charCodeAt(e.p+1))))&&t!==84&&t!==116){let i=e.s.slice(n,e.p);return Je(e,i,3,!1,n)}if(e.s.charCodeAt(e.p+=3)!==58&&k.x("invalid date-time: time part is malformed",e,n),e.s.charCodeAt(e.p+=3)===58&&(e.p+=3),e.s.charCodeAt(e.p)===46)for(;re(e.s.charCodeAt(++e.p)););if(t=e.s.charCodeAt(e.p)){if(t===90||t===122){let i=e.s.slice(n,++e.p);return Je(e,i,1,o,n,"[+00:00]")}if(t===43||t===45){let i=e.s.slice(n,e.p+=6);return Je(e,i,1,o,n,!e.ld&&"["+e.s.slice(e.p-6,e.p)+"]")}}let a=e.s.slice(n,e.p);return Je(e,a,2,o,n)}function ko(e,t,r){let n=e.p;if(!re(t)||!re(e.s.charCodeAt(++e.p)))return It(e,--e.p,t,0,r);if(e.s.charCodeAt(e.p+=4)===58&&(e.p+=3),e.s.charCodeAt(e.p)===46)for(;re(e.s.charCodeAt(++e.p)););let o=e.s.slice(n,e.p);return Je(e,o,4,!1,n)}function Je(e,t,r,n,o,a){if(e.ld){let i=new Qe(t,r,n);return i.isValid()||k.x("invalid date",e,o),i}try{switch(a&&(t+=a),r){case 1:return Temporal.ZonedDateTime.from(t);case 2:return Temporal.PlainDateTime.from(t);case 3:return Temporal.PlainDate.from(t);case 4:return Temporal.PlainTime.from(t)}}catch(i){k.x(i instanceof Error?i.message:""+i,e,o)}}function xo(e){for(;e.p<e.s.length;e.p++){let t=e.s.charCodeAt(e.p);if(t===10)break;if(t===13&&e.s.charCodeAt(e.p+1)===10){e.p++;break}(t<32&&t!==9||t===127)&&k.x("control characters are not allowed in comments",e)}}function ie(e,t,r){let n;for(;e.p<e.s.length;){for(;e.p<e.s.length&&((n=e.s.charCodeAt(e.p))===32||n===9||!t&&(n===10||n===13&&e.s.charCodeAt(e.p+1)===10));)e.p++;if(r||n!==35)break;xo(e)}}function Ot(e,t=61){let r,n=0,o=[],a,i=e.s.charCodeAt(r=e.p);do{if(i===t)return n||k.x("unexpected end of key",e),n===1&&o.push(e.s.slice(a,e.p)),e.p++,o;i===46?(n||k.x("illegal empty bare key",e),n===1&&o.push(e.s.slice(a,e.p)),n=0):!n&&(i===34||i===39)?(i===e.s.charCodeAt(e.p+1)&&i===e.s.charCodeAt(e.p+2)&&k.x("illegal quoted key: multiline strings are not allowed",e),o.push(Rt(e)),n=2,e.p--):i===32||i===9?n===1&&(o.push(e.s.slice(a,e.p)),n=2):n===2||i<48&&i!==45||i>57&&i<65||i>90&&i<97&&i!==95||i>122?k.x("illegal character in key",e):n||(n=1,a=e.p)}while(i=e.s.charCodeAt(++e.p));k.x("incomplete key-value: cannot find end of key",e,r)}function Rn(e){let t=e.p++,r=Object.create(null),n=new Set,o;for(;e.p<e.s.length;){if(ie(e),(o=e.s.charCodeAt(e.p))===125)return e.p++,r;let a,i=r,l=!1,d=e.p,p=Ot(e);for(let m=0;m<p.length;m++){m&&(i=l?i[a]:i[a]=Object.create(null)),a=p[m],(l=Object.hasOwn(i,a))&&(typeof i[a]!="object"||n.has(i[a]))&&k.x("trying to redefine an already defined value",e,d);let f=a==="__proto__";if(e.uk&&(f||a==="constructor")){i=e.uk!==1&&k.x("document contains an unsafe property",e,d);break}!l&&f&&Object.defineProperty(i,a,{enumerable:!0,configurable:!0,writable:!0})}l&&k.x("trying to redefine an already defined value",e,d),ie(e,!0,!0);let c=Xe(e,125);if(i&&typeof(i[a]=c)=="object"&&n.add(c),ie(e),(o=e.s.charCodeAt(e.p++))===125)return r;o!==44&&k.x("expected comma or end of structure",e,e.p-1)}k.x("unfinished table",e,t)}function In(e){let t=e.p++,r=[],n;for(;e.p<e.s.length;){if(ie(e),(n=e.s.charCodeAt(e.p))===93)return e.p++,r;if(r.push(Xe(e,93)),ie(e),(n=e.s.charCodeAt(e.p++))===93)return r;n!==44&&k.x("expected comma or end of structure",e,e.p-1)}k.x("unfinished array",e,t)}function On(e,t,r,n,o){let a=r,i=n,l,d=!1,p;for(let c=0;c<t.length;c++){if(c){if(a=d?a[l]:a[l]=Object.create(null),i=(p=i[l]).c,o===0&&(p.t===1||p.t===2))return null;if(p.t===2){let m=a.length-1;a=a[m],i=i[m].c}}if(l=t[c],(d=Object.hasOwn(a,l))&&i[l]?.t===0&&i[l]?.d)return null;if(!d){let m=l==="__proto__";if(e.uk&&(m||l==="constructor"))return!1;m&&(Object.defineProperty(a,l,{enumerable:!0,configurable:!0,writable:!0}),Object.defineProperty(i,l,{enumerable:!0,configurable:!0,writable:!0})),i[l]={t:c<t.length-1&&o===2?3:o,d:!1,i:0,c:Object.create(null)}}}if(p=i[l],p.t!==o&&!(o===1&&p.t===3)||(o===2&&(p.d||(p.d=!0,a[l]=[]),a[l].push(a=Object.create(null)),p.c[p.i++]=p={t:1,d:!1,i:0,c:Object.create(null)}),p.d))return null;if(p.d=!0,o===1)a=d?a[l]:a[l]=Object.create(null);else if(o===0&&d)return null;return[l,a,p.c]}function Fn(e,t,r){(t===null||e.uk===2)&&k.x(t===null?"trying to redefine an already defined table or value":"document contains an unsafe property",e,r)}function et(e,t={}){let r={s:e,p:0,d:t.maxDepth??1e3,bi:t.integersAsBigInt??!1,ld:t.useLegacyDate??!0,uk:t.unsafeKeyBehaviour==="throw"?2:t.unsafeKeyBehaviour==="drop"?1:0},n=Object.create(null),o=Object.create(null),a,i=!1,l=n,d=o;for(e.charCodeAt(0)===65279&&r.p++,ie(r);r.p<e.length;){if(e.charCodeAt(r.p)===91){let p=e.charCodeAt(++r.p)===91;a=r.p+=+p,i=!1;let c=Ot(r,93);p&&(e.charCodeAt(r.p)!==93&&k.x("expected end of table array declaration",r),r.p++);let m=On(r,c,n,o,p?2:1);m?(d=m[2],l=m[1]):(Fn(r,m,a),i=!0)}else{a=r.p;let p=Ot(r),c=On(r,p,l,d,0);!c&&!i&&Fn(r,c,a),ie(r,!0,!0);let m=Xe(r,void 0);c&&!i&&(c[1][c[0]]=m)}ie(r,!0),r.p<e.length&&(a=e.charCodeAt(r.p))!==10&&(a!==13||e.charCodeAt(r.p+1)!==10)&&k.x("each key-value declaration must be followed by an end-of-line",r),ie(r)}return n}var ud=!!"".isWellFormed;function Mn(e,t){let[r,n,o]=e.split("-").map(Number);return new Date(Date.UTC(r,n-1,o+t)).toISOString().slice(0,10)}function ce({items:e,sessionDate:t,label:r}){if(!e||e.length===0)return null;let n=e.map(c=>c.to||Mn(c.from,7)),o=[t,...e.map(c=>c.from)].sort()[0],a=[t,...n].sort().at(-1),i=Math.max(1,or(o,a)+1),l=c=>or(o,c)/i*100,d=l(t)+50/i,p=[...e].sort((c,m)=>c.from<m.from?-1:c.from>m.from?1:0);return s`<ol class="care">
    ${p.map(c=>{let m=c.to||Mn(c.from,7),f=l(c.from),u=Math.max(1.5,l(m)+100/i-f);return s`<li class="care__item" data-code=${c.code} data-from=${c.from} data-to=${c.to||void 0}>
        <div class="care__when">
          ${r&&s`<strong class="care__name">${r(c.code)}</strong>`}
          <span class="care__dates">${kt(c.from,c.to)}</span>
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
  </p>`}var fr={forehead:{shapes:[["rect",{x:170,y:50,width:220,height:66}]],point:[240,84],label:["left",72]},temples:{shapes:[["rect",{x:170,y:116,width:34,height:64}],["rect",{x:356,y:116,width:34,height:64}]],point:[186,140],label:["left",140]},periorbital:{shapes:[["ellipse",{cx:236,cy:150,rx:32,ry:19}],["ellipse",{cx:324,cy:150,rx:32,ry:19}]],point:[348,150],label:["right",118]},cheeks:{shapes:[["ellipse",{cx:222,cy:224,rx:38,ry:40}],["ellipse",{cx:338,cy:224,rx:38,ry:40}]],point:[205,226],label:["left",214]},nose:{shapes:[["path",{d:"M280 138 L262 228 Q280 242 298 228 Z"}]],point:[292,200],label:["right",190]},perioral:{shapes:[["ellipse",{cx:280,cy:276,rx:44,ry:22}]],point:[316,276],label:["right",262]},chin:{shapes:[["ellipse",{cx:280,cy:330,rx:40,ry:24}]],point:[300,334],label:["right",334]},jawline:{shapes:[["path",{d:"M178 250 Q192 314 242 344",class:"zone__stroke"}],["path",{d:"M382 250 Q368 314 318 344",class:"zone__stroke"}]],point:[196,304],label:["left",300]}},hr={neck:{shapes:[["rect",{x:189,y:62,width:22,height:20}],["rect",{x:349,y:62,width:22,height:20}]],point:[189,72],label:["left",58]},decolletage:{shapes:[["path",{d:"M162 84 L238 84 L230 122 L170 122 Z"}]],point:[172,102],label:["left",104]},arms:{shapes:[["rect",{x:136,y:88,width:22,height:118,rx:10}],["rect",{x:242,y:88,width:22,height:118,rx:10}],["rect",{x:296,y:88,width:22,height:118,rx:10}],["rect",{x:402,y:88,width:22,height:118,rx:10}]],point:[140,150],label:["left",150]},abdomen:{shapes:[["rect",{x:168,y:150,width:64,height:68}]],point:[180,190],label:["left",196]},hands:{shapes:[["ellipse",{cx:147,cy:222,rx:11,ry:15}],["ellipse",{cx:253,cy:222,rx:11,ry:15}],["ellipse",{cx:307,cy:222,rx:11,ry:15}],["ellipse",{cx:413,cy:222,rx:11,ry:15}]],point:[140,226],label:["left",242]},thighs:{shapes:[["rect",{x:170,y:246,width:28,height:88,rx:8}],["rect",{x:202,y:246,width:28,height:88,rx:8}],["rect",{x:330,y:262,width:28,height:74,rx:8}],["rect",{x:362,y:262,width:28,height:74,rx:8}]],point:[180,292],label:["left",292]},back:{shapes:[["rect",{x:328,y:84,width:64,height:134}]],point:[384,150],label:["right",130]},buttocks:{shapes:[["ellipse",{cx:345,cy:240,rx:17,ry:21}],["ellipse",{cx:375,cy:240,rx:17,ry:21}]],point:[386,244],label:["right",236]}};function So(e,t,r){let n=["zone"];return t&&n.push("zone--planned"),t&&t.override_reason&&n.push("zone--override"),r===e&&n.push("zone--selected"),n.join(" ")}function Bn({table:e,byZone:t,selected:r,onSelect:n}){return Object.entries(e).map(([o,a])=>{let i=t[o];return s`<g
      class=${So(o,i,r)}
      data-zone=${o}
      onClick=${i&&n?()=>n(o):void 0}
    >
      ${a.shapes.map(([l,d])=>s`<${l} ...${d} />`)}
    </g>`})}function Vn({table:e,byZone:t}){return Object.entries(e).filter(([r])=>t[r]).map(([r,n])=>{let[o,a]=n.label,i=o==="left"?6:554,l=o==="left"?"start":"end",d=t[r],p=9*Math.max(Z(r).length+2,ae(d.depth_mm).length)+6,c=o==="left"?i+p:i-p;return s`<g class=${d.capped_by_zone?"zone-label zone-label--capped":"zone-label"} data-zone=${r} data-capped=${d.capped_by_zone?"true":void 0}>
        <line x1=${c} y1=${a-4} x2=${n.point[0]} y2=${n.point[1]} />
        <circle cx=${n.point[0]} cy=${n.point[1]} r="3" />
        <text x=${i} y=${a-9} text-anchor=${l} class="zone-label__name">${Z(r)}${d.override_reason?" *":""}${d.capped_by_zone?" †":""}</text>
        <text x=${i} y=${a+12} text-anchor=${l} class="zone-label__depth">${ae(d.depth_mm)}</text>
      </g>`})}function jn(e){return e.map(t=>`${Z(t.zone)} ${ae(t.depth_mm)}${t.override_reason?" (changed)":""}${t.capped_by_zone?" (capped by the zone)":""}`).join("; ")}function qn({zones:e,selected:t,onSelect:r,caption:n}){let o=Object.fromEntries(e.map(l=>[l.zone,l])),a=e.filter(l=>fr[l.zone]),i=e.filter(l=>hr[l.zone]);return s`<figure class="zone-map">
    <div class="zone-map__pictures">
      ${(a.length>0||i.length===0)&&s`<svg
        class="zone-map__face"
        viewBox="0 0 560 400"
        role="img"
        aria-label=${`Face: ${a.length?jn(a):"no face zone planned"}`}
      >
        <defs><clipPath id="face-clip"><ellipse cx="280" cy="200" rx="110" ry="150" /></clipPath></defs>
        <ellipse class="outline" cx="280" cy="200" rx="110" ry="150" />
        <g clip-path="url(#face-clip)"><${Bn} table=${fr} byZone=${o} selected=${t} onSelect=${r} /></g>
        <g class="features" aria-hidden="true">
          <path d="M214 128 Q236 118 258 128 M302 128 Q324 118 346 128" />
          <path d="M222 151 Q236 143 250 151 Q236 158 222 151 Z M310 151 Q324 143 338 151 Q324 158 310 151 Z" />
          <path d="M258 278 Q280 288 302 278" />
        </g>
        <${Vn} table=${fr} byZone=${o} />
      </svg>`}
      ${i.length>0&&s`<svg
        class="zone-map__body"
        viewBox="0 0 560 420"
        role="img"
        aria-label=${`Body, front and back: ${i.length?jn(i):"no body zone planned"}`}
      >
        <g class="silhouette" aria-hidden="true">
          <circle cx="200" cy="40" r="24" /><circle cx="360" cy="40" r="24" />
          <rect x="168" y="122" width="64" height="28" /><rect x="168" y="218" width="64" height="28" />
          <rect x="174" y="334" width="22" height="74" rx="8" /><rect x="204" y="334" width="22" height="74" rx="8" />
          <rect x="334" y="336" width="22" height="72" rx="8" /><rect x="364" y="336" width="22" height="72" rx="8" />
        </g>
        <${Bn} table=${hr} byZone=${o} selected=${t} onSelect=${r} />
        <text x="200" y="418" text-anchor="middle" class="zone-map__side">Front</text>
        <text x="360" y="418" text-anchor="middle" class="zone-map__side">Back</text>
        <${Vn} table=${hr} byZone=${o} />
      </svg>`}
    </div>
    ${n&&s`<figcaption>${n}</figcaption>`}
  </figure>`}var tt={proposed:["active","cancelled"],active:["completed","cancelled"],completed:[],cancelled:[]},$r=e=>`${e.charAt(0).toUpperCase()}${e.slice(1).replace(/\.$/,"")}.`;function Co(e){if(!e)return[];let t=(e.errors||[]).map(n=>{let o=/^\/findings\/([a-z_]+)$/.exec(n.path||"");return o?`${Y(o[1])}: ${n.message}.`:$r(n.message)}),r=e.detail?$r(e.detail):"";return[r,...t.filter(n=>n.toLowerCase()!==r.toLowerCase())].filter(Boolean)}var To={active:{label:"Activate the plan",busy:"Activating…"},completed:{label:"Mark as completed",confirm:"Mark it completed",question:"The series is finished: the plan can no longer be changed."},cancelled:{label:"Cancel the plan",confirm:"Cancel it",question:"The plan stops here and can no longer be changed or restarted; a new series needs a new plan."}};function Po({plan:e,onPlanChange:t}){let[r,n]=$(!1),[o,a]=$(null),[i,l]=$(null),d=tt[e.status]||[],p=async m=>{n(!0),a(null),l(null);try{let f=await x("PATCH",`/api/v1/plans/${e.id}`,{version:e.version,status:m});l(m),t(f.plan)}catch(f){a(f)}n(!1)},c=o&&(o.status===422||o.status===400);return s`<section class="card lifecycle" aria-labelledby="lifecycle-heading">
    <h2 id="lifecycle-heading">Status: ${_e(e.status)}</h2>
    ${d.length===0&&s`<p class="muted">This plan is ${_e(e.status).toLowerCase()}: it can no longer be changed.</p>`}
    ${e.status==="proposed"&&s`<p class="muted">Activate it when the patient agrees; the screening must allow treatment on the first session’s date.</p>`}
    ${i&&s`<${E} kind="success"><p>The plan is now ${_e(i).toLowerCase()}.</p></${E}>`}
    ${c&&s`<div class="alert alert--error" role="alert">
      <p><strong>Refused.</strong></p>
      <ul class="lifecycle__reasons">${Co(o).map(m=>s`<li>${m}</li>`)}</ul>
    </div>`}
    ${o&&!c&&s`<${w} error=${o} />`}
    ${d.length>0&&s`<div class="form-actions">
      ${d.map(m=>{let f=To[m];return f.confirm?s`<${oe} key=${m} label=${f.label} confirmLabel=${f.confirm} busy=${r} onConfirm=${()=>p(m)}><p>${f.question}</p></${oe}>`:s`<button key=${m} type="button" class="button" disabled=${r} onClick=${()=>p(m)}>${r?f.busy:f.label}</button>`})}
    </div>`}
  </section>`}function Ao(e,t){return(e&&e.findings||[]).filter(r=>r.level==="defer"&&r.until&&(t===null||t.has(r.code)))}function Lo({plan:e,finding:t,onPlanChange:r,onWarnings:n}){let[o,a]=$(""),[i,l]=$(!1),[d,p]=$(null),c=d&&d.status===400?d.errors:[];return s`<form class="override-form" onSubmit=${async f=>{f.preventDefault(),l(!0),p(null);try{let u=await x("PATCH",`/api/v1/plans/${e.id}`,{version:e.version,overrides:[{finding:t.code,reason:o.trim()}]});n(u.warnings||[]),r(u.plan)}catch(u){p(u),l(!1)}}} novalidate aria-label=${`Override ${Y(t.code)}`} data-finding=${t.code}>
    <p><strong>${Y(t.code)}</strong>: defers treatment until <${de} date=${t.until} />. ${t.message}</p>
    ${d&&d.status!==400&&s`<${w} error=${d} />`}
    ${le(c,"/overrides/0/finding").map(f=>s`<p class="field-error">${f}</p>`)}
    <${Tt}
      label="Reason for setting it aside"
      hint="Your clinical judgement for this patient; kept with the plan and shown on it."
      pointer="/overrides/0/reason"
      errors=${c}
      value=${o}
      onValue=${a}
      rows=${2}
    />
    <${z} busy=${i} className="button--secondary">Override ${Y(t.code).toLowerCase()}</${z}>
  </form>`}function Eo({plan:e,screening:t,overridable:r,canOverride:n,onPlanChange:o,onWarnings:a}){let i=Lt(),l=new Set(e.overrides.map(c=>c.finding)),d=tt[e.status].length>0,p=Ao(t,r).filter(c=>!l.has(c.code));return e.overrides.length===0&&(p.length===0||!d)?null:s`<section class="card overrides" aria-labelledby="overrides-heading">
    <h2 id="overrides-heading">Deferrals set aside</h2>
    ${e.overrides.length===0&&s`<p class="muted">None: the screening’s deferrals apply.</p>`}
    ${e.overrides.length>0&&s`<ul class="overrides__list">
      ${e.overrides.map(c=>s`<li data-finding=${c.finding}>
          <strong>${Y(c.finding)}</strong> overridden: “${c.reason}”
          <br /><span class="small muted">${i(c.by)}, ${Q(c.at)}</span>
        </li>`)}
    </ul>`}
    ${d&&p.length>0&&(n?p.map(c=>s`<${Lo} key=${c.code} plan=${e} finding=${c} onPlanChange=${o} onWarnings=${a} />`):s`<p class="muted">${p.map(c=>Y(c.code)).join(", ")} may be set aside for this plan by a provider, with a reason.</p>`)}
  </section>`}function zo({timelines:e}){let[t,r]=$(0);if(!e||e.length===0)return null;let n=Math.min(t,e.length-1),o=e[n];return s`<section class="card session-care" aria-labelledby="session-care-heading">
    <h2 id="session-care-heading">Preparation and aftercare, session by session</h2>
    <div class="session-tabs" role="group" aria-label="Session">
      ${e.map((a,i)=>s`<button type="button" class=${`button button--small ${i===n?"":"button--secondary"}`} aria-pressed=${i===n?"true":"false"} onClick=${()=>r(i)}>
          Session ${a.session}<span class="session-tabs__date"> · ${S(a.date)}</span>
        </button>`)}
    </div>
    <div class="grid grid--2 grid--top" data-session=${o.session}>
      <div>
        <h3>Before session ${o.session}</h3>
        ${o.prep.length?s`<${ce} items=${o.prep} sessionDate=${o.date} label=${qe} />`:s`<p class="muted">Nothing to prepare.</p>`}
      </div>
      <div>
        <h3>After session ${o.session}</h3>
        ${o.aftercare.length?s`<${ce} items=${o.aftercare} sessionDate=${o.date} label=${He} />`:s`<p class="muted">No aftercare.</p>`}
      </div>
    </div>
  </section>`}function Do({plan:e,onPlanChange:t,onWarnings:r}){let[n,o]=$("1"),[a,i]=$(""),[l,d]=$(""),[p,c]=$(!1),[m,f]=$(null),u=m&&m.status===400?m.errors:[];return s`<details class="move-session">
    <summary>Move a session</summary>
    <form class="form form--compact" onSubmit=${async v=>{v.preventDefault(),c(!0),f(null);try{let _={session:Number(n),date:a};l.trim()&&(_.reason=l.trim());let g=await x("PATCH",`/api/v1/plans/${e.id}`,{version:e.version,schedule:[_]});r(g.warnings||[]),t(g.plan),i(""),d("")}catch(_){f(_)}c(!1)}} novalidate aria-label="Move a session">
      ${m&&m.status!==400&&s`<${w} error=${m} />`}
      ${m&&m.status===400&&s`<${G} errors=${u} title="The move was refused" />`}
      <div class="grid grid--2">
        <${H}
          label="Session"
          pointer="/schedule/0/session"
          errors=${u}
          value=${n}
          onValue=${o}
          options=${e.schedule.map(v=>[String(v.session),`Session ${v.session} (${S(v.date)})`])}
        />
        <${P} label="New date" type="date" pointer="/schedule/0/date" errors=${u} value=${a} onValue=${i} required />
      </div>
      <${Tt} label="Reason (if sessions get closer than the protocol’s spacing)" pointer="/schedule/0/reason" errors=${u} value=${l} onValue=${d} rows=${2} />
      <${z} busy=${p} className="button--secondary">Move the session</${z}>
    </form>
  </details>`}function Hn({plan:e,canEdit:t,onPlanChange:r,onWarnings:n}){let o=e.schedule||[];return s`<section class="card" aria-labelledby="schedule-heading">
    <h2 id="schedule-heading">Sessions and dates</h2>
    ${o.length===0?s`<p>No dates yet: the first session is set once the deferral is resolved.</p>`:s`<ol class="sessions">
          ${o.map(a=>s`<li><span class="sessions__n">Session ${a.session}</span> <${de} date=${a.date} style="weekday" /></li>`)}
        </ol>
        <p class="muted">Every ${e.interval_days.min}–${e.interval_days.max} days${e.interval_override_reason?` (changed: ${e.interval_override_reason})`:""}.</p>`}
    ${e.maintenance&&s`<p><strong>Maintenance:</strong> ${kt(e.maintenance.from,e.maintenance.to)}</p>`}
    ${e.computed&&(e.computed.follow_up_photos||[]).length>0&&s`<p><strong>Follow-up photos:</strong> ${e.computed.follow_up_photos.map(a=>S(a)).join(", ")}</p>`}
    ${t&&o.length>0&&tt[e.status].length>0&&s`<${Do} plan=${e} onPlanChange=${r} onWarnings=${n} />`}
  </section>`}function No({plan:e,zone:t,computed:r,onSaved:n,onCancel:o}){let a=e.zones.find(U=>U.zone===t),[i,l]=$(String(a.depth_mm.min)),[d,p]=$(String(a.depth_mm.max)),[c,m]=$(a.override_reason||""),[f,u]=$(!1),[h,v]=$(null),_=h&&h.status===400?h.errors:[],g="/zones/0",b=U=>U.trim()===""||Number.isNaN(Number(U))?U:Number(U),C=async U=>{U.preventDefault(),u(!0),v(null);try{let me=await x("PATCH",`/api/v1/plans/${e.id}`,{version:e.version,zones:[{zone:t,depth_mm:{min:b(i),max:b(d)},reason:c.trim()}]});n(me)}catch(me){v(me),u(!1)}},T=le(_,`${g}/depth_mm`);return s`<form class="card depth-editor" onSubmit=${C} novalidate aria-labelledby="depth-editor-heading">
    <h3 id="depth-editor-heading">Change the depth: ${Z(t)}</h3>
    <p class="muted">
      Protocol range ${ae(a.protocol_depth_mm)}${r?`; hard maximum ${Number(r.hard_max_mm).toFixed(2)} mm`:""}.
      A depth outside the protocol’s range needs a reason.
    </p>
    ${h&&h.status!==400&&s`<${w} error=${h} />`}
    <${G} errors=${_} title="The change was refused" />
    <div class="grid grid--2" id=${J(`${g}/depth_mm`)} tabindex="-1">
      <${P} label="Minimum (mm)" type="number" step="0.05" min="0.05" max="5" inputmode="decimal" pointer=${`${g}/depth_mm/min`} errors=${_} value=${i} onValue=${l} required />
      <${P} label="Maximum (mm)" type="number" step="0.05" min="0.05" max="5" inputmode="decimal" pointer=${`${g}/depth_mm/max`} errors=${_} value=${d} onValue=${p} required />
    </div>
    ${T.length>0&&s`<div class="field-error">${T.map(U=>s`<p>${U}</p>`)}</div>`}
    <${Tt} label="Reason" hint="Why this zone differs from the protocol (kept with the plan)." pointer=${`${g}/reason`} errors=${_} value=${c} onValue=${m} rows=${2} />
    <div class="form-actions">
      <${z} busy=${f}>Save depth</${z}>
      <button type="button" class="button button--quiet" onClick=${o}>Cancel</button>
    </div>
  </form>`}function Ro({plan:e,computedZones:t,onEdit:r,canEdit:n}){let o=tt[e.status].length>0;return s`<div class="table-scroll"><table class="table depth-table">
    <caption class="visually-hidden">Depth per zone</caption>
    <thead>
      <tr>
        <th scope="col">Zone</th>
        <th scope="col">Planned depth</th>
        <th scope="col">Protocol range</th>
        <th scope="col">Hard maximum</th>
        <th scope="col">Reason for change</th>
        ${n&&s`<th scope="col"><span class="visually-hidden">Actions</span></th>`}
      </tr>
    </thead>
    <tbody>
      ${e.zones.map(a=>{let i=t[a.zone];return s`<tr data-zone=${a.zone}>
          <th scope="row">${Z(a.zone)}</th>
          <td class=${a.override_reason?"changed":""}>
            ${ae(a.depth_mm)}
            ${i&&i.capped_by_zone&&s`<br /><span class="capped small">† capped by the zone</span>`}
          </td>
          <td>${ae(a.protocol_depth_mm)}</td>
          <td>${i?`${Number(i.hard_max_mm).toFixed(2)} mm`:"—"}</td>
          <td>${a.override_reason||"—"}</td>
          ${n&&s`<td>${o&&s`<button type="button" class="button button--secondary button--small" onClick=${()=>r(a.zone)}>
            Change<span class="visually-hidden"> ${Z(a.zone)}</span>
          </button>`}</td>`}
        </tr>`})}
    </tbody>
  </table></div>`}function Un({plan:e,onPlanChange:t,canEdit:r,canOverride:n=!1,screening:o=null,overridable:a=null}){let[i,l]=$(null),[d,p]=$([]),c=e.schedule&&e.schedule[0]?e.schedule[0].date:null;if(!e.zones)return s`<div class="stack">
      <p><${R} kind="neutral">${_e(e.status)}</${R}> ${te(e.sessions,"session")}</p>
      <${Hn} plan=${e} />
      <p class="muted">Depths and clinical details are for the clinic’s providers.</p>
    </div>`;let m=e.computed||{},f=Object.fromEntries((m.zones||[]).map(b=>[b.zone,b])),u=(e.schedule||[]).map(b=>S(b.date)).join(", "),h=tt[e.status].length>0,v=e.zones.map(b=>({...b,capped_by_zone:!!(f[b.zone]&&f[b.zone].capped_by_zone)})),_=v.some(b=>b.capped_by_zone),g=b=>{!r||!h||(p([]),l(b),requestAnimationFrame(()=>document.getElementById("depth-editor-heading")?.scrollIntoView({block:"nearest"})))};return s`<div class="stack">
    <div class="plan-summary">
      <${R} kind="neutral">${_e(e.status)}</${R}>
      <span>${te(e.sessions,"session")} every ${e.interval_days.min}–${e.interval_days.max} days</span>
      ${c&&s`<span>first on <strong>${S(c,"weekday")}</strong></span>`}
      ${(m.adjuncts||[]).length>0&&s`<span>Adjuncts: ${m.adjuncts.map(Ue).join(", ")}</span>`}
      <span class="muted">Protocol ${e.protocol.name} ${e.protocol.version}</span>
    </div>
    ${d.map(b=>s`<${E} kind="warning"><p>${$r(b)}</p></${E}>`)}
    <section class="card" aria-labelledby="zones-heading">
      <h2 id="zones-heading">Zones and depths</h2>
      <div class="plan-zones">
        <${qn}
          zones=${v}
          selected=${i}
          onSelect=${r&&h?g:null}
          caption=${`${te(e.sessions,"session")}${u?`: ${u}`:""}. Depth is the needle-length setting; * marks a depth changed from the protocol${_?"; † a depth the zone’s default capped below what the concern asks for (deeper only as a change with a reason)":""}.`}
        />
        <div class="plan-zones__table">
          <${Ro} plan=${e} computedZones=${f} onEdit=${g} canEdit=${r} />
          ${i&&s`<${No}
            key=${`${i}-${e.version}`}
            plan=${e}
            zone=${i}
            computed=${f[i]}
            onCancel=${()=>l(null)}
            onSaved=${b=>{l(null),p(b.warnings||[]),t(b.plan)}}
          />`}
        </div>
      </div>
    </section>
    ${r&&s`<${Po} plan=${e} onPlanChange=${t} />`}
    <${Eo}
      plan=${e}
      screening=${o}
      overridable=${a}
      canOverride=${n}
      onPlanChange=${t}
      onWarnings=${p}
    />
    <${Hn} plan=${e} canEdit=${r} onPlanChange=${t} onWarnings=${p} />
    ${(m.timelines||[]).length>0?s`<${zo} timelines=${m.timelines} />`:c&&s`<div class="grid grid--2 grid--top">
          <section class="card" aria-labelledby="prep-heading">
            <h2 id="prep-heading">Preparation before session 1</h2>
            <${ce} items=${m.prep} sessionDate=${c} label=${qe} />
          </section>
          <section class="card" aria-labelledby="aftercare-heading">
            <h2 id="aftercare-heading">Aftercare after session 1</h2>
            <${ce} items=${m.aftercare} sessionDate=${c} label=${He} />
          </section>
        </div>`}
    ${(m.adjunct_notes||[]).length>0&&s`<section class="card"><h2>Adjuncts</h2><ul>${m.adjunct_notes.map(b=>s`<li><strong>${Ue(b.code)}</strong>${b.after_healing?" (after healing)":""}${b.evidence?`: ${b.evidence}`:""}</li>`)}</ul></section>`}
    ${(m.notes||[]).length>0&&s`<section class="card plan-notes"><h2>Notes</h2><ul>${m.notes.map(b=>s`<li data-topic=${b.topic}>${b.note}</li>`)}</ul></section>`}
  </div>`}function Io(e){try{let t=et(e).findings||{};return new Set(Object.entries(t).filter(([,r])=>r&&r.overridable===!0).map(([r])=>r))}catch{return null}}function Wn({session:e,id:t}){let r=Ee(e.role),n=A(`/api/v1/plans/${t}`),o=n.data?n.data.patient_id:null,a=A(o?`/api/v1/patients/${o}`:null),i=A(r&&n.data?`/api/v1/consultations/${n.data.consultation_id}`:null),l=A(r?"/api/v1/protocol":null),d=!r||(i.data!==null||i.error!==null)&&(l.data!==null||l.error!==null);if(V(n.data!==null&&a.data!==null&&d,"plan"),n.error)return s`<${y}>Treatment plan</${y}><${w} error=${n.error} onRetry=${n.reload} />`;if(!n.data)return s`<${y}>Treatment plan</${y}><${L} label="Loading the plan…" />`;let p=a.data?O(a.data):`patient #${n.data.patient_id}`;return s`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${n.data.patient_id}`}>${p}</a></p>
    <${y} title="Treatment plan">Treatment plan: ${p}</${y}>
    <${Un}
      plan=${n.data}
      onPlanChange=${n.setData}
      canEdit=${r}
      canOverride=${e.role==="provider"}
      screening=${i.data?i.data.screening:null}
      overridable=${l.data?Io(l.data.toml):null}
    />
  </div>`}var Oo={proposed:"Proposed by your clinic",active:"In progress",completed:"Completed",cancelled:"Cancelled"};function Zn({plan:e,patientName:t}){let r=e.schedule||[],n=e.timelines||[];return s`<article class="portal-plan" aria-labelledby=${`plan-${e.id}-heading`}>
    <header class="portal-plan__head">
      <h2 id=${`plan-${e.id}-heading`}>Your microneedling plan</h2>
      <p>${t} · ${Oo[e.status]||e.status} · ${te(e.sessions,"session")}</p>
    </header>
    <section class="card">
      <h3>Your sessions</h3>
      ${r.length===0?s`<p>Your clinic will give you the dates once you are ready to start.</p>`:s`<ol class="sessions sessions--large">
            ${r.map(o=>s`<li><span class="sessions__n">Session ${o.session}</span> <${de} date=${o.date} style="long" /></li>`)}
          </ol>
          <p>Sessions are about ${Math.round(e.interval_days.min/7)} to ${Math.round(e.interval_days.max/7)} weeks apart, so your skin can heal and rebuild in between.</p>`}
    </section>
    ${n.length>0&&s`<section class="card" data-session=${n[0].session}>
        <h3>Before your first session</h3>
        <p class="muted">On <${de} date=${n[0].date} style="long" />.</p>
        <${ce} items=${n[0].prep} sessionDate=${n[0].date} label=${null} />
      </section>
      <section class="card" data-session=${n[0].session}>
        <h3>After your first session</h3>
        <${ce} items=${n[0].aftercare} sessionDate=${n[0].date} label=${null} />
      </section>
      ${n.slice(1).map(o=>s`<section class="card portal-session" data-session=${o.session}>
          <h3>Session ${o.session}: <${de} date=${o.date} style="long" /></h3>
          <details class="portal-session__details">
            <summary>Before and after session ${o.session}</summary>
            <h4>Before</h4>
            <${ce} items=${o.prep} sessionDate=${o.date} label=${null} />
            <h4>After</h4>
            <${ce} items=${o.aftercare} sessionDate=${o.date} label=${null} />
          </details>
        </section>`)}`}
    ${(e.follow_up_photos||[]).length>0&&s`<section class="card">
      <h3>Follow-up photos</h3>
      <p>${`Results build over three to six months. Your clinic will take photos around ${e.follow_up_photos.map(o=>S(o,"long")).join(", ")}.`}</p>
    </section>`}
    ${e.maintenance&&s`<section class="card">
      <h3>Keeping the results</h3>
      <p>${`A maintenance session between ${S(e.maintenance.from,"long")} and ${S(e.maintenance.to,"long")} keeps the results going.`}</p>
    </section>`}
    <section class="card card--warning">
      <h3>Call the clinic straight away if</h3>
      <p>you have a cold sore, a rash, a breakout or sunburn before a session, or pus, fever, spreading redness or increasing pain after one.</p>
    </section>
  </article>`}function Gn(){return s`<button type="button" class="button no-print" onClick=${()=>window.print()}>Print or save as PDF</button>`}function Yn({session:e}){let t=e.user.patient_id,r=A(`/api/v1/patients/${t}`),n=A(`/api/v1/patients/${t}/plans`);V(r.data!==null&&n.data!==null,"portal");let o=r.data?O(r.data):e.user.display_name,a=n.data?[...n.data.items].sort((l,d)=>d.id-l.id):[],i=a.find(l=>l.status!=="cancelled")||a[0];return s`<div class="stack portal">
    <div class="page-head">
      <div>
        <${y} title="My plan">Hello, ${o}</${y}>
        <p class="lead">Your treatment plan, and how to prepare for each session.</p>
      </div>
      ${i&&s`<${Gn} />`}
    </div>
    <${w} error=${r.error||n.error} onRetry=${()=>(r.reload(),n.reload())} />
    ${n.loading&&s`<${L} label="Loading your plan…" />`}
    ${n.data&&!i&&s`<${q}>Your clinic has not made a treatment plan for you yet.</${q}>`}
    ${i&&s`<${Zn} plan=${i} patientName=${o} />`}
    ${a.length>1&&s`<section class="card no-print">
      <h2>Earlier plans</h2>
      <ul>${a.filter(l=>l!==i).map(l=>s`<li><a href=${`/portal/plans/${l.id}`}>Plan of ${te(l.sessions,"session")}${l.schedule&&l.schedule[0]?`, from ${S(l.schedule[0].date)}`:""}</a></li>`)}</ul>
    </section>`}
  </div>`}function Kn({session:e,id:t}){let r=A(`/api/v1/plans/${t}`);return V(r.data!==null,"portal-plan"),s`<div class="stack portal">
    <p class="crumbs no-print"><a href="/portal">My plan</a></p>
    <div class="page-head">
      <${y} title="Treatment plan">Treatment plan</${y}>
      ${r.data&&s`<${Gn} />`}
    </div>
    ${r.loading&&s`<${L} label="Loading the plan…" />`}
    ${r.error&&(r.error.status===404?s`<div class="alert alert--error" role="alert"><p>There is no plan of yours at this address.</p></div>`:s`<${w} error=${r.error} onRetry=${r.reload} />`)}
    ${r.data&&s`<${Zn} plan=${r.data} patientName=${e.user.display_name} />`}
  </div>`}function Fo(e){return e?Object.entries(e).map(([t,r])=>`${r} ${r===1?t.replace(/s$/,""):t}`).join(" "):"—"}function Qn(e){return e===0?"session day":e<0?`${-e} days before`:`${e} days after`}function rt({rule:e}){return!e.source&&!e.evidence?"—":s`${e.evidence&&s`<p class="small">${e.evidence}</p>`}
    ${e.source&&s`<details class="small"><summary>Source</summary><p>${e.source}</p></details>`}`}function Ce({caption:e,head:t,rows:r}){return s`<section class="card protocol-table">
    <h2>${e}</h2>
    <div class="table-scroll">
      <table class="table">
        <thead><tr>${t.map(n=>s`<th scope="col">${n}</th>`)}</tr></thead>
        <tbody>${r.map(n=>s`<tr>${n.map((o,a)=>a===0?s`<th scope="row">${o}</th>`:s`<td>${o}</td>`)}</tr>`)}</tbody>
      </table>
    </div>
  </section>`}function Mo({doc:e}){let t=e.series||{},r=Object.entries(e.zones||{}),n=Object.entries(e.concerns||{}),o=Object.entries(e.findings||{}),a=(l,d)=>(l||[]).map(p=>[d(p.code),`${Qn(p.from_day)} → ${p.open_ended?"open-ended":Qn(p.to_day)}`,p.only_with?`Only with: ${p.only_with.map(Y).join(", ")}`:"Everyone",s`<p>${p.instruction}</p><${rt} rule=${p} />`]),i=e.findings&&e.findings.recent_procedure&&e.findings.recent_procedure.window_days||{};return s`<div class="stack">
    <${Ce}
      caption="Series"
      head=${["Rule","Value"]}
      rows=${[["Sessions",t.sessions?`${t.sessions.min}–${t.sessions.max}`:"—"],["Interval",t.interval_days?`${t.interval_days.min}–${t.interval_days.max} days`:"—"],["Maintenance",t.maintenance_months?`${t.maintenance_months.from}–${t.maintenance_months.to} months after the last session`:"—"],["Follow-up photos",t.follow_up_photo_months?`${t.follow_up_photo_months.join(", ")} months after the last session`:"—"],["Depth reduction with PIH risk",t.pih_depth_reduction_mm!==void 0?`${t.pih_depth_reduction_mm} mm`:"—"]]}
    />
    <${Ce}
      caption="Zones"
      head=${["Zone","Default depth","Hard maximum","Source and evidence"]}
      rows=${r.map(([l,d])=>[Z(l),ae(d.depth_mm),`${Number(d.hard_max_mm).toFixed(2)} mm`,s`<${rt} rule=${d} />`])}
    />
    <${Ce}
      caption="Concerns"
      head=${["Concern","Sessions","Depth","Notes"]}
      rows=${n.map(([l,d])=>[ke(l),d.unsuitable?"—":d.sessions_by_severity?`${d.sessions_by_severity.join(" / ")} by severity`:d.sessions,d.unsuitable?"Not treated":d.depth_mm_by_severity?d.depth_mm_by_severity.map(ae).join(" / "):ae(d.depth_mm),s`${d.alternatives&&s`<p>Alternatives: ${d.alternatives.join(", ")}${d.unsuitable_from_severity?` (from severity ${d.unsuitable_from_severity})`:""}</p>`}<${rt} rule=${d} />`])}
    />
    <${Ce}
      caption="Screening findings"
      head=${["Finding","Level","Waiting period","Actions","Message"]}
      rows=${o.map(([l,d])=>[Y(l),bt(d.level),l==="recent_procedure"?Object.entries(i).map(([p,c])=>`${p.replaceAll("_"," ")} ${c} d`).join(", "):Fo(d.window),(d.actions||[]).map(xe).join(", ")||"—",s`<p>${d.message}</p><${rt} rule=${d} />`])}
    />
    <${Ce} caption="Preparation" head=${["Item","When","For","Instruction"]} rows=${a(e.prep,qe)} />
    <${Ce} caption="Aftercare" head=${["Item","When","For","Instruction"]} rows=${a(e.aftercare,He)} />
    <${Ce}
      caption="Adjuncts"
      head=${["Adjunct","For","Notes"]}
      rows=${(e.adjuncts||[]).map(l=>[Ue(l.code),l.for==="all"?"All concerns":(l.for||[]).map(ke).join(", "),s`${l.optional?"Optional. ":""}${l.after_healing?"Only after healing. ":""}<${rt} rule=${l} />`])}
    />
  </div>`}function Bo(e){let t=/:(\d+)$/.exec(e||"");return t?Number(t[1]):null}function Vo({current:e,onUploaded:t}){let[r,n]=$(""),[o,a]=$(!1),[i,l]=$(null),[d,p]=$(null),c=W(null),m=h=>{let v=c.current;if(!v)return;let _=v.value.split(`
`),g=_.slice(0,h-1).reduce((C,T)=>C+T.length+1,0);v.focus(),v.setSelectionRange(g,g+(_[h-1]||"").length);let b=v.scrollHeight/Math.max(1,_.length);v.scrollTop=Math.max(0,(h-4)*b)},f=async h=>{h.preventDefault(),a(!0),l(null),p(null);try{let v=await x("PUT","/api/v1/protocol",r,{contentType:"application/toml"});p(v),t()}catch(v){l(v)}a(!1)},u=async h=>{let v=h.currentTarget.files[0];v&&n(await v.text())};return s`<section class="card" aria-labelledby="upload-heading">
    <h2 id="upload-heading">Upload a new version</h2>
    <p>Edit the protocol below (or load a file), give it a new <code>version</code>, and upload. The server checks every rule and refuses an unsafe file, naming each problem’s line.</p>
    <div class="form-actions">
      <button type="button" class="button button--secondary" onClick=${()=>n(e.toml)}>Start from version ${e.version}</button>
      <label class="button button--secondary file-button">Load a file<input type="file" accept=".toml,text/plain" class="visually-hidden" onChange=${u} /></label>
    </div>
    <form class="form" onSubmit=${f} novalidate>
      ${d&&s`<${E} kind="success"><p>Version ${d.version} of ${d.name} is now in force.</p></${E}>`}
      ${i&&i.status!==400&&s`<${w} error=${i} />`}
      ${i&&i.status===400&&s`<div class="error-summary" role="alert" id="protocol-errors">
        <h3>The file was refused: ${i.detail}</h3>
        <ul>
          ${i.errors.map(h=>{let v=Bo(h.path);return s`<li>
              ${v?s`<button type="button" class="linklike" onClick=${()=>m(v)}>Line ${v}</button>: `:""}${h.message}
            </li>`})}
        </ul>
      </div>`}
      <div class="field">
        <label for="protocol-text">Protocol (TOML)</label>
        <textarea id="protocol-text" ref=${c} class="code" rows="18" spellcheck="false" value=${r} onInput=${h=>n(h.currentTarget.value)}></textarea>
      </div>
      <button type="submit" class="button" disabled=${o||!r.trim()}>${o?"Checking…":"Check and upload"}</button>
    </form>
  </section>`}function Jn({session:e}){let t=A("/api/v1/protocol");V(t.data!==null,"protocol");let r=null,n=null;if(t.data)try{r=et(t.data.toml)}catch(o){n=o}return s`<div class="stack">
    <${y}>Protocol</${y}>
    ${t.loading&&s`<${L} />`}
    <${w} error=${t.error} onRetry=${t.reload} />
    ${t.data&&s`<p class="lead">
      In force: <strong>${t.data.name} ${t.data.version}</strong>
      (${t.data.built_in?"the built-in default":"uploaded by the clinic"}). Every screening and plan records the version that made it.
    </p>`}
    ${n&&s`<div class="alert alert--error" role="alert"><p>The protocol text could not be shown as tables: ${String(n.message)}</p></div>`}
    ${e.role==="owner"&&t.data&&s`<${Vo} current=${t.data} onUploaded=${t.reload} />`}
    ${r&&s`<${Mo} doc=${r} />`}
  </div>`}var Xn={display_name:"",email:"",role:"provider",title:""};function ea({onCreated:e}){let[t,r]=$(Xn),[n,o]=$(!1),[a,i]=$(null),[l,d]=$(null),p=f=>u=>r({...t,[f]:u}),c=async f=>{f.preventDefault(),o(!0),i(null),d(null);try{let u={...t,email:t.email.trim(),display_name:t.display_name.trim(),title:t.title.trim()},h=await x("POST","/api/v1/staff",u);d(h),r(Xn),e(h)}catch(u){i(u)}o(!1)},m=a&&a.status===400?a.errors:[];return s`<form class="form" onSubmit=${c} novalidate aria-labelledby="new-staff-heading">
    <h2 id="new-staff-heading">Invite a team member</h2>
    <p class="muted">They get a one-time link and choose their own password; you never see it.</p>
    ${l&&s`<${E} kind="success">
      <p>${l.display_name} is invited as ${ee(l.role).toLowerCase()} (${l.email}).</p>
      <${De}
        invitation=${l.invitation}
        person=${l.display_name}
        again="Use “Reset password” beside their name in the list for a new link."
        id="new-staff-link"
      />
    </${E}>`}
    ${a&&a.status!==400&&s`<${w} error=${a} />`}
    <${G} errors=${m} />
    <div class="grid grid--2">
      <${P} label="Name" pointer="/display_name" errors=${m} value=${t.display_name} onValue=${p("display_name")} autocomplete="off" required />
      <${P} label="E-mail" type="email" pointer="/email" errors=${m} value=${t.email} onValue=${p("email")} autocomplete="off" required />
      <${H} label="Role" pointer="/role" errors=${m} value=${t.role} onValue=${p("role")} options=${pt.map(f=>[f,ee(f)])} required />
      <${P} label="Title" hint="For example RN or Dr" pointer="/title" errors=${m} value=${t.title} onValue=${p("title")} autocomplete="off" />
    </div>
    <${z} busy=${n} busyLabel="Inviting…">Invite and create the link</${z}>
  </form>`}function ta(e){return e?e.errors.length?e.errors.map(t=>t.message).join("; "):yt(e):""}function jo(e){return e.active?e.password_set?"Active":"Invited: no password set yet":"Deactivated"}function qo({user:e,self:t,onChanged:r}){let[n,o]=$(!1),[a,i]=$(null),[l,d]=$(null),p=async u=>{o(!0),i(null);try{await u()}catch(h){i(h)}o(!1)},c=u=>p(async()=>r(await x("PATCH",`/api/v1/staff/${e.id}`,u))),m=()=>p(async()=>{let u=await x("POST",`/api/v1/staff/${e.id}/password-reset`);d(u.invitation),r({...e,password_set:!1})}),f=`role-${e.id}`;return s`<tr class=${e.active?"":"inactive"} data-user=${e.email}>
    <th scope="row">${e.display_name}${e.title?s` <span class="muted">${e.title}</span>`:""}</th>
    <td>${e.email}</td>
    <td>
      <label class="visually-hidden" for=${f}>Role of ${e.display_name}</label>
      <select id=${f} value=${e.role} disabled=${n||t} onChange=${u=>c({role:u.currentTarget.value})}>
        ${pt.map(u=>s`<option value=${u}>${ee(u)}</option>`)}
      </select>
    </td>
    <td>${jo(e)}</td>
    <td class="actions-cell">
      ${!t&&s`<div class="actions">
        <button type="button" class="button button--secondary button--small" disabled=${n} onClick=${()=>c({active:!e.active})}>
          ${e.active?"Deactivate":"Reactivate"}<span class="visually-hidden"> ${e.display_name}</span>
        </button>
        ${e.active&&s`<${oe}
          label="Reset password"
          hiddenSuffix=${`of ${e.display_name}`}
          confirmLabel="Reset and create a link"
          busy=${n}
          onConfirm=${m}
          small
        >
          <p>${e.display_name}’s password stops working now and they are logged out everywhere. You get a new one-time link for them.</p>
        </${oe}>`}
      </div>`}
      ${a&&s`<p class="field-error" role="alert">${ta(a)}</p>`}
      ${l&&s`<${De} invitation=${l} person=${e.display_name} again="Reset again for a new link." id=${`reset-link-${e.id}`} />`}
    </td>
  </tr>`}function Ho({clinic:e,onSaved:t}){let[r,n]=$(e.slug),[o,a]=$(!1),[i,l]=$(null),[d,p]=$(!1),c=async f=>{f.preventDefault(),a(!0),l(null),p(!1);try{let u=await x("PATCH","/api/v1/clinic",{slug:r.trim()});Nt(u.slug),t(u),p(!0)}catch(u){l(u)}a(!1)},m=i?i.status===400?i.errors:i.status===409?[{path:"/slug",message:i.detail}]:[]:[];return s`<form class="form" onSubmit=${c} novalidate aria-labelledby="clinic-login-heading">
    <h2 id="clinic-login-heading">Clinic login name</h2>
    <p class="muted">Everyone types it to log in, staff and patients. Renaming it keeps everyone logged in; tell them the new name.</p>
    ${d&&s`<${E} kind="success"><p>Logins now use <strong>${e.slug}</strong>.</p></${E}>`}
    ${i&&i.status!==400&&i.status!==409&&s`<${w} error=${i} />`}
    <div class="inline-form">
      <${P}
        label="Login name"
        hint="2–63 lower-case letters, digits and hyphens"
        pointer="/slug"
        errors=${m}
        value=${r}
        onValue=${n}
        autocomplete="off"
        autocapitalize="none"
        spellcheck="false"
        required
      />
      <${z} busy=${o} className="button--secondary">Rename</${z}>
    </div>
  </form>`}function Uo({account:e,onChanged:t}){let[r,n]=$(!1),[o,a]=$(null),i=async()=>{n(!0),a(null);try{t(await x("DELETE",`/api/v1/portal-accounts/${e.id}`))}catch(l){a(l)}n(!1)};return s`<tr class=${e.active?"":"inactive"}>
    <th scope="row"><a href=${`/staff/patients/${e.patient_id}`}>${e.display_name}</a></th>
    <td>${e.email}</td>
    <td>${e.active?e.password_set?"Active":"Invited: link not used yet":"Revoked"}</td>
    <td>${Q(e.created_at)}</td>
    <td class="actions-cell">
      ${e.active&&s`<${oe} label="Revoke" hiddenSuffix=${`the portal login of ${e.display_name}`} confirmLabel="Revoke the login" busy=${r} onConfirm=${i} small>
        <p>${e.display_name} is logged out and can no longer log into the portal; an unused link stops working. A provider can invite them again later.</p>
      </${oe}>`}
      ${o&&s`<p class="field-error" role="alert">${ta(o)}</p>`}
    </td>
  </tr>`}function Wo(){let e=A("/api/v1/portal-accounts"),t=r=>e.setData({items:e.data.items.map(n=>n.id===r.id?r:n)});return s`<section class="card" aria-labelledby="portal-accounts-heading">
    <h2 id="portal-accounts-heading">Patient portal logins</h2>
    <p class="muted">Providers and you invite patients from their chart. Revoke a login the patient should no longer use.</p>
    ${e.loading&&s`<${L} />`}
    <${w} error=${e.error} onRetry=${e.reload} />
    ${e.data&&e.data.items.length===0&&s`<${q}>No patient has a portal login yet.</${q}>`}
    ${e.data&&e.data.items.length>0&&s`<div class="table-scroll"><table class="table">
      <thead><tr><th scope="col">Patient</th><th scope="col">E-mail</th><th scope="col">Status</th><th scope="col">Invited</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
      <tbody>${e.data.items.map(r=>s`<${Uo} key=${r.id} account=${r} onChanged=${t} />`)}</tbody>
    </table></div>`}
  </section>`}function ra({session:e}){let t=A("/api/v1/staff"),r=A("/api/v1/clinic");V(t.data!==null&&r.data!==null,"team");let n=o=>t.setData({items:t.data.items.some(a=>a.id===o.id)?t.data.items.map(a=>a.id===o.id?o:a):[...t.data.items,o]});return s`<div class="stack">
    <${y}>Team and logins</${y}>
    <section class="card" aria-labelledby="team-heading">
      <h2 id="team-heading">Staff accounts</h2>
      ${t.loading&&s`<${L} />`}
      <${w} error=${t.error} onRetry=${t.reload} />
      ${t.data&&s`<div class="table-scroll"><table class="table team-table">
        <thead><tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>${t.data.items.map(o=>s`<${qo} key=${o.id} user=${o} self=${o.id===e.user.id} onChanged=${n} />`)}</tbody>
      </table></div>`}
    </section>
    <section class="card"><${ea} onCreated=${o=>t.data&&n(o)} /></section>
    <${Wo} />
    <section class="card">
      ${r.loading&&s`<${L} />`}
      <${w} error=${r.error} onRetry=${r.reload} />
      ${r.data&&s`<${Ho} clinic=${r.data} onSaved=${r.setData} />`}
    </section>
  </div>`}var Zo=[["/staff",Cn,"staff"],["/staff/patients",zn,"staff"],["/staff/patients/new",Dn,"staff"],["/staff/patients/:id",kn,"staff"],["/staff/patients/:id/consultations/new",Sn,"clinical"],["/staff/consultations/:id",xn,"clinical"],["/staff/plans/:id",Wn,"staff"],["/staff/protocol",Jn,"clinical"],["/staff/team",ra,"owner"],["/staff/audit",mn,"owner"]],Go=[["/portal",Yn],["/portal/plans/:id",Kn]];function Yo(e,t){return e==="owner"?t==="owner":e==="clinical"?Ee(t):!0}function na(e,t){for(let[r,n,o]of e){let a=tn(r,t);if(a)return{page:n,params:a,who:o}}return null}function aa({to:e}){return N(()=>K(e,{replace:!0}),[e]),null}function oa(){return s`<${y}>Page not found</${y}>
    <p>There is no page at this address. <a href="/">Go to the start page</a>.</p>`}function Ko({home:e}){return s`<${y}>Not available for your role</${y}>
    <p>Your role cannot open this page. <a href=${e}>Back to the start page</a>.</p>`}function Qo(e){return e==="patient"?"/portal":"/staff"}function Jo(){let{status:e,session:t,expired:r,error:n}=sn(),o=vt();if(N(()=>{let d=requestAnimationFrame(()=>{let p=document.getElementById("page-title");p&&document.activeElement===document.body&&p.focus({preventScroll:!0})});return window.scrollTo(0,0),()=>cancelAnimationFrame(d)},[o,e]),o==="/invite")return s`<${se}><${En} session=${e==="ready"?t:null} /></${se}>`;if(e==="loading")return s`<${se}><${L} label="Loading Needlepoint…" /></${se}>`;if(e==="error")return s`<${se}>
      <${y}>Needlepoint</${y}>
      <${w} error=${n} onRetry=${nr} />
    </${se}>`;if(e==="anonymous")return s`<${An} portal=${o.startsWith("/portal")} expired=${r} />`;let a=t.role;if(o==="/"||o==="/login"||o==="/portal/login")return s`<${aa} to=${Qo(a)} />`;if(a==="patient"){let d=o.startsWith("/portal")?na(Go,o):null;return o.startsWith("/portal")?s`<${ar} session=${t}>
      ${d?s`<${d.page} key=${o} session=${t} ...${d.params} />`:s`<${oa} />`}
    </${ar}>`:s`<${aa} to="/portal" />`}if(!o.startsWith("/staff"))return s`<${Ze} session=${t}>
      <${y}>The portal is for patients</${y}>
      <p>You are logged in as staff. <a href="/staff">Go to the staff workspace</a>.</p>
    </${Ze}>`;let i=na(Zo,o),l=s`<${oa} />`;return i&&!Yo(i.who,a)?l=s`<${Ko} home="/staff" />`:i&&(l=s`<${i.page} key=${o} session=${t} ...${i.params} />`),s`<${Ze} session=${t}>${l}</${Ze}>`}en();nr();Ar(s`<${Jo} />`,document.getElementById("app"));
