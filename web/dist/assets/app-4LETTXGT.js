var L,cr,Ua,de,Lt,et,pr,Qe,ur,zt,Et,qa,ze=Symbol.for("pv"),tt={},rt=[],Ha=/^m(i|n|o|s|text|space)$/,Dt=Array.isArray,Nt=rt.slice,he=Object.assign;function fe(e){e&&e.parentNode&&e.remove()}function mr(e,t,r){var a,o,n,i={},s=arguments.length;for(n in t)n=="key"?a=t[n]:n=="ref"&&typeof e!="function"?o=t[n]:i[n]=t[n];return s>2&&(i.children=s>3?Nt.call(arguments,2):r),Ee(e,i,a,o,null)}function Ee(e,t,r,a,o){var n={type:e,props:t,key:r,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:ze,__v:o||++cr,__i:-1,__u:0};return!o&&L.vnode&&L.vnode(n),n}function at(e){return e.children}function Je(e,t){this.props=e,this.context=t,this.__g=0}function ce(e,t){if(t==null)return e.__&&ce(e.__,e.__i+1);for(var r;t<e.__k.length;t++)if((r=e.__k[t])&&r.__e)return r.__e;return typeof e.type!="function"||e.props.__P?null:ce(e)}function Wa(e){var t,r=e.__v,a=r.__e,o=[],n=[],i=e.__P;i&&((t=he({constructor:ze},r)).__v=r.__v+1,L.vnode&&L.vnode(t),Rt(i,t,r,e.__n,i.namespaceURI,32&r.__u?[a]:null,o,a||ce(r),32&r.__u,n),t.__v=r.__v,t.__.__k[t.__i]=t,br(o,t,n),r.__=r.__e=null,t.__e!=a&&fr(t))}function fr(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),fr(e)}function lr(e){(8&e.__g||(e.__g|=8,de.push(e),et++))&&Lt==L.debounceRendering||((Lt=L.debounceRendering)||queueMicrotask)(hr)}function hr(){try{for(var e,t=1;de.length;)de.length>t&&de.sort(pr),e=de.shift(),t=de.length,8&e.__g&&Wa(e)}finally{(et=de.length)&&(Lt||queueMicrotask)(hr)}}function $r(e,t,r,a,o,n,i,s,d,p,c){var m,f,u,h,b,v,$=a.__k||rt,y=t.length;for(d=Za(r,t,$,d,y),m=0;m<y;m++)(u=r.__k[m])!=null&&(f=~u.__i&&$[u.__i]||tt,u.__i=m,v=Rt(e,u,f,o,n,i,s,d,p,c),h=u.__e,(f.ref!=u.ref||8&f.__u)&&(f.ref&&It(f.ref,null,u,f),u.ref&&c.push(u.ref,u.__c||h,u)),b=b||h,4&u.__u?(d=_r(u,d,e,!f.__v),f.__e&&(f.__e=null)):typeof u.type=="function"&&v!==void 0?d=v:h&&(d=h.nextSibling),u.__u&=-21);return r.__e=b,d}function Za(e,t,r,a,o){var n,i,s,d,p,c,m,f,u,h=r.length,b=h,v=0,$=0,y=e.__k=Array(o);for(n=0;n<o;n++)(i=t[n])!=null&&typeof i!="boolean"&&typeof i!="function"?(typeof i!="object"||i.constructor===String?i=y[n]=Ee(null,i):Dt(i)?i=y[n]=Ee(at,{children:i}):i.constructor===ze&&i.__b?i=y[n]=Ee(i.type,i.props,i.key,i.ref,i.__v):y[n]=i,d=n+v,i.__=e,i.__b=e.__b+1,s=null,~(p=i.__i=Ga(i,r,d,b))&&(b--,(s=r[p])&&(s.__u|=2)),s&&s.__v?(i.__u|=16,p==d-1?v--:p==d+1?v++:p!=d&&(p>d?v--:v++,$=1)):(~p||(o>h?v--:o<h&&v++),typeof i.type!="function"&&(i.__u|=4))):y[n]=null;if($){for(c=[],m=[],n=0;n<o;n++)if((i=y[n])&&16&i.__u){for(v=0,f=c.length;v<f;)c[u=v+f>>1]<i.__i?v=u+1:f=u;c[v]=i.__i,m[n]=v+1}for(v=c.length;n--;)m[n]&&(m[n]==v?v--:y[n].__u|=4)}if(b)for(n=0;n<h;n++)!(s=r[n])||2&s.__u||(s.__e==a&&(a=ce(s)),Ft(s,s));return a}function _r(e,t,r,a){var o,n,i,s;if(typeof e.type=="function"){if(e.props.__P)return t;if(o=e.__k)for(n=0;n<o.length;n++)o[n]&&(o[n].__=e,t=_r(o[n],t,r,!1));return t}for(t&&!t.parentNode&&(t=ce(e))&&!t.parentNode&&(t=null),i=e.__e,s=t;s&&s.nodeType==8;)s=s.nextSibling;for(i!=s&&(!a&&r.moveBefore&&i.parentNode?r.moveBefore(i,t):r.insertBefore(i,t||null)),t=i;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function Ga(e,t,r,a){var o,n=e.key,i=e.type,s=t[r],d=s&&!(2&s.__u);if(s===null&&n==null||d&&n==s.key&&i==s.type)return r;if(a>(d?1:0)){for(o=r-1;o>=0;o--)if((s=t[o])&&!(2&s.__u)&&n==s.key&&i==s.type)return o;for(o=r+1;o<t.length;o++)if((s=t[o])&&!(2&s.__u)&&n==s.key&&i==s.type)return o}return-1}function dr(e,t,r){r==null&&(r=""),t[0]=="-"?e.setProperty(t,r):e[t]=r}function Ke(e,t,r,a,o){var n,i;if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof a=="string"&&(e.style.cssText=a=""),a)for(t in a)r&&t in r||dr(e.style,t);if(r)for(t in r)a&&r[t]==a[t]||dr(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")typeof r!="function"&&(r=null),typeof a!="function"&&(a=null),(e.__e||(e.__e={}))[t]=r,r&&a||(i=Et[t]||(Et[t]=Ya(t)),(e.__a||(e.__a={}))[t]=zt,n=t!=(t=t.replace(ur,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),r?e.addEventListener(t,i,n):e.removeEventListener(t,i,n));else{if(o=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r)}}function Ya(e){return function(t){var r=this.__e;if(r){if(r=r[e],t[Qe]==null)t[Qe]=zt++;else if(t[Qe]<this.__a[e])return;return r(L.event?L.event(t):t)}}}function Rt(e,t,r,a,o,n,i,s,d,p){var c,m,f,u,h,b,v,$,y,A,C,V,se,Z,z,xe,le,me,re=t.type;if(t.constructor!==ze)return null;128&r.__u&&(d=32&r.__u,c=r.__c.__z)&&(t.__u|=d,m=n=[],c.nodeType==8?s=Xe(c,n):n.push(c),s=n[0]||s),(c=L.__b)&&c(t);e:if(typeof re=="function"){f=i.length;try{if($=t.props,y=(c=re.prototype)&&c.render,A=(c=re.contextType)&&a[c.__c],C=c?A?A.props.value:c.__:a,(u=r.__c)?(t.__c=u,2&u.__g&&(u.__g|=1)):(y?t.__c=u=new re($,C):(t.__c=u=new Je($,C),u.constructor=re,u.render=Qa),A&&A.sub(u),u.state||(u.state={}),u.__n=a,u.__g|=8,u.__h=[],u.__k=[]),y&&(u.__s||(u.__s=u.state),re.getDerivedStateFromProps&&(u.__s==u.state&&(u.__s=he({},u.__s)),he(u.__s,re.getDerivedStateFromProps($,u.__s)))),h=u.props,b=u.state,u.__v=t,r.__c){if($!==h&&y&&!re.getDerivedStateFromProps&&u.componentWillReceiveProps&&u.componentWillReceiveProps($,C),t.__v==r.__v&&!(8&u.__g)||!(4&u.__g)&&u.shouldComponentUpdate&&u.shouldComponentUpdate($,u.__s,C)===!1){t.__v!=r.__v&&(u.props=$,u.state=u.__s,u.__g&=-9),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(K){K&&(K.__=t)}),rt.push.apply(u.__h,u.__k),u.__k=[],u.__h.length&&i.push(u),s=ce(r);break e}u.componentWillUpdate&&u.componentWillUpdate($,u.__s,C),y&&u.componentDidUpdate&&u.__h.push(function(){u.componentDidUpdate(h,b,v)})}else y&&!re.getDerivedStateFromProps&&u.componentWillMount&&u.componentWillMount(),y&&u.componentDidMount&&u.__h.push(u.componentDidMount);u.context=C,u.props=$,u.__P=e,u.__g&=-5,V=L.__r,se=y?25:0;do u.__g&=-9,V&&V(t),c=u.render(u.props,u.state=u.__s,u.context);while(8&u.__g&&++se<25);y&&(rt.push.apply(u.__h,u.__k),u.__k=[]),u.state=u.__s,u.getChildContext&&(a=he({},a,u.getChildContext())),y&&r.__c&&u.getSnapshotBeforeUpdate&&(v=u.getSnapshotBeforeUpdate(h,b)),Z=c&&c.type===at&&c.key==null?c.props.children:c,$.__P&&(c=s,o=(e=$.__P).namespaceURI,d=n=null,r.props&&r.props.__P!=e&&(r.__k.some(function(K){K&&Ft(K,K)}),r.__k=null),s=r.__k?ce(r,0):null),s=$r(e,Dt(Z)?Z:[Z],t,r,a,o,n,i,s,d,p),$.__P&&(t.__e=null,s=c),t.__u&=-161,m&&m.some(fe),u.__h.length&&i.push(u),1&u.__g&&(u.__g&=-4)}catch(K){if(i.length=f,t.__v=null,d||n)if(K&&K.then){if(t.__u|=128|d,n){for(~(le=n.indexOf(s||void 0))||(le=n.length);(me=n[le-1])&&me.nodeType==8;)le--;for(;le<n.length;le++)if(me=n[le])if(n[le]=null,z){if(me==xe)break}else{if(me.nodeType!=8)break;me.data.startsWith("$s")&&(xe=Xe(z=me))}}if(!z){for(;s&&s.nodeType==8&&s.nextSibling;)s=s.nextSibling;z=s}(c=Xe(z=t.__c.__z||(t.__c.__z=z)))?(t.__e=z,s=c):t.__e=s,s=s&&s.nextSibling}else n&&n.some(fe);else t.__e=r.__e;t.__k||(t.__k=r.__k||[]),K&&K.then||gr(t),L.__e(K,t,r)}}else s=t.__e=Ka(r.__e,t,r,a,o,n,i,d,p,e);return(c=L.diffed)&&c(t),s}function Xe(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var r=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))r++;else if(e.data.startsWith("/$s")&&!--r)return e}t&&t.push(e)}}function gr(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(gr))}function br(e,t,r){for(var a=0;a<r.length;)It(r[a++],r[a++],r[a++]);L.__c&&L.__c(t,e),e.some(function(o){try{e=o.__h,o.__h=[],e.some(function(n){n.call(o)})}catch(n){L.__e(n,o.__v)}})}function Ka(e,t,r,a,o,n,i,s,d,p){var c,m,f,u,h,b,v,$,y=r.props||tt,A=t.props,C=t.type;if(C=="svg"?o="http://www.w3.org/2000/svg":C=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),n){for(c=0;c<n.length;c++)if((h=n[c])&&(C?h.localName==C:h.nodeType==3)){e=h,n[c]=null;break}}if(!e){if($=p.ownerDocument||document,!C)return $.createTextNode(A);e=$.createElementNS(o,C,A.is?A:p),s&&(L.__m&&L.__m(t,n),s=!1),n=null}if(C){if(p=C=="template"&&e.content||e,n=C=="textarea"&&A.defaultValue!=null?null:n&&Nt.call(p.childNodes),!s&&n)for(y={},c=0;c<e.attributes.length;c++)y[(h=e.attributes[c]).name]=h.value;for(c in y)h=y[c],c=="dangerouslySetInnerHTML"?f=h:c=="children"||c in A||c=="value"&&"defaultValue"in A||c=="checked"&&"defaultChecked"in A||Ke(e,c,null,h,o);for(c in A)h=A[c],c=="children"?u=h:c=="dangerouslySetInnerHTML"?m=h:c=="value"?b=h:c=="checked"?v=h:s&&typeof h!="function"||y[c]===h||Ke(e,c,h,y[c],o);m?(s||f&&(m.__html==f.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[]):(f&&(e.textContent=""),(C=="foreignObject"||o=="http://www.w3.org/1998/Math/MathML"&&Ha.test(C))&&(o="http://www.w3.org/1999/xhtml"),$r(p,Dt(u)?u:[u],t,r,a,o,n,i,n?n[0]:r.__k&&ce(r,0),s,d),n&&n.some(fe)),s&&C!="textarea"||(c="value",C=="progress"&&b==null?e.removeAttribute(c):b==null||b===e[c]&&(C!="progress"||b)||Ke(e,c,b,y[c],o),c="checked",v!=null&&v!=e[c]&&Ke(e,c,v,y[c],o))}else y===A||s&&e.data==A||(e.data=A);return e}function It(e,t,r,a){try{typeof e=="function"?t?t.__x=e(t)||1:a&&(a=a.__c||a.__e)&&(t=a.__x)&&(a.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(o){L.__e(o,r)}}function Ft(e,t,r){var a,o,n,i;if(L.unmount&&L.unmount(e),!(a=e.ref)||a.current&&a.current!=e.__e||It(a,null,t,e),a=e.__c){if(a.componentWillUnmount)try{a.componentWillUnmount()}catch(s){L.__e(s,t)}a.__P=a.__n=null}if(a=e.__k)for(i=0;i<a.length;i++)a[i]&&Ft(a[i],t,typeof e.type!="function"||r&&!e.props.__P);!r&&(a=e.__c)&&(a=a.__z)&&(o=Xe(a,n=[]))&&(a==e.__e&&n.some(fe),fe(o),fe(a)),r||fe(e.__e),e.__e=e.__c=e.__=null}function Qa(e,t,r){return this.constructor(e,r)}function vr(e,t){var r,a,o,n;L.__&&L.__(e,t),t.nodeType==9&&(t=t.documentElement),a=(r=e&&32&e.__u)?null:t.__k,t.__k=Ee(at,{children:[e]}),o=[],n=[],Rt(t,t.__k,a||tt,tt,t.namespaceURI,a?null:t.firstChild?Nt.call(t.childNodes):null,o,a?a.__e:t.firstChild,r,n),br(o,t.__k,n),t.__k.props.children=null}L={__e:function(e,t,r,a){for(var o,n,i;t=t.__;)if((o=t.__c)&&!(1&o.__g)){o.__g|=4;try{if((i=(n=o.constructor)&&n.getDerivedStateFromError)&&o.setState(n.getDerivedStateFromError(e)),o.componentDidCatch&&(o.componentDidCatch(e,a||{}),i=1),i&&8&o.__g)return void(o.__g|=2)}catch(s){e=s}}throw et=0,e}},cr=0,Ua=function(e){return e!=null&&e.constructor===ze},Je.prototype.setState=function(e,t){var r=this.__s;r&&r!=this.state||(r=this.__s=he({},this.state)),typeof e=="function"&&(e=e(he({},r),this.props)),e&&(he(r,e),this.__v&&(t&&this.__k.push(t),lr(this)))},Je.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),lr(this))},Je.prototype.render=at,de=[],et=0,pr=function(e,t){return e.__v.__b-t.__v.__b},Qe=Symbol(),ur=/(PointerCapture)$|Capture$/i,zt=0,Et={},qa=0;var Ne,I,Ot,yr,Bt=Object.is,Re=0,Lr=[],Mt=[],N=L,xr=N.__b,wr=N.__r,kr=N.diffed,Sr=N.__c,Cr=N.unmount,Tr=N.__;function jt(e,t){N.__h&&N.__h(I,e,Re||t),Re=0;var r=I.__H||(I.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function _(e){return Re=1,Ja(Dr,e)}function Ja(e,t,r){var a=jt(Ne++,2);if(a.t=e,!a.__c&&(a.__=[r?r(t):Dr(void 0,t),function(n){var i=(a.__N||a.__)[0],s=a.t(i,n);Bt(i,s)||(a.__N=[s,a.__[1]],a.__c.setState({}))}],a.__c=I,!I.__f)){I.__f=!0;var o=I.shouldComponentUpdate;I.shouldComponentUpdate=function(n,i,s){var d=this.__H;if(!d)return!0;var p=!1,c=this.props!=n;if(d.__.some(function(f){f.__N&&(p=!0,Bt(f.__[0],f.__N[0])||(c=!0))}),o){var m=o.call(this,n,i,s);return p?m||c:m}return!p||c}}return a.__}function D(e,t){var r=jt(Ne++,3);!N.__s&&zr(r.__H,t)&&(r.__P=!0,r.__=e,r.u=t,I.__H.__h.push(r))}function ee(e){return Re=5,Er(function(){return{current:e}},[])}function Er(e,t){var r=jt(Ne++,7);return zr(r.__H,t)&&(r.__=e(),r.__H=t),r.__}function we(e,t){return Re=8,Er(function(){return e},t)}function Xa(){var e;do{for(;e=Mt.shift();)try{De(e)}catch(r){N.__e(r,{__:(e=e.__P)&&e.__v})}for(;e=Lr.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(De),t.__h.some(Vt),t.__h=[]}catch(r){t.__h=[],N.__e(r,e.__v)}}}while(Mt.length)}N.__b=function(e){I=null,xr&&xr(e)},N.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Tr&&Tr(e,t)},N.__r=function(e){wr&&wr(e),Ne=0;var t=(I=e.__c).__H;t&&(Ot==I?I.__h=[]:(t.__h.some(De),t.__h.some(Vt),Ne=0),t.__h=[],t.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),Ot=I},N.diffed=function(e){kr&&kr(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&Ar(Lr.push(t)),t.__H.__.some(function(r){r.u&&(r.__H=r.u)})),Ot=I=null},N.__c=function(e,t){t.some(function(r){try{r.__h.some(De),r.__h=r.__h.filter(function(a){return!a.__||Vt(a)})}catch(a){r.__h=[function(){throw a}]}}),Sr&&Sr(e,t)},N.unmount=function(e){Cr&&Cr(e);var t,r,a=e.__c;a&&a.__H&&(a.__H.__.some(function(o){try{if(o.__P&&o.__c){if(r===void 0){for(r=e.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}o.__P=r,Ar(Mt.push(o))}else De(o)}catch(n){t=n}}),a.__H=void 0,t&&N.__e(t,a.__v))};var Pr=typeof requestAnimationFrame=="function";function en(e){var t,r=function(){clearTimeout(a),Pr&&cancelAnimationFrame(t),setTimeout(e)},a=setTimeout(r,35);Pr&&(t=requestAnimationFrame(r))}function Ar(e){e!=1&&yr==N.requestAnimationFrame||((yr=N.requestAnimationFrame)||en)(Xa)}function De(e){var t=I,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),I=t}function Vt(e){var t=I;e.__c=e.__(),I=t}function zr(e,t){return!e||e.length!=t.length||t.some(function(r,a){return!Bt(r,e[a])})}function Dr(e,t){return typeof t=="function"?t(e):t}var Ie=["forehead","temples","periorbital","nose","cheeks","perioral","chin","jawline"],Fe=["neck","decolletage","hands","arms","abdomen","back","buttocks","thighs"],Oe=[...Ie,...Fe],tn={forehead:"Forehead",temples:"Temples",periorbital:"Around the eyes",nose:"Nose",cheeks:"Cheeks",perioral:"Around the mouth",chin:"Chin",jawline:"Jawline",neck:"Neck",decolletage:"Décolletage",hands:"Hands",arms:"Arms",abdomen:"Abdomen",back:"Back",buttocks:"Buttocks",thighs:"Thighs"},Nr=["acne_scars","fine_lines","wrinkles","laxity","texture","enlarged_pores","hyperpigmentation","dullness","surgical_scars","stretch_marks","volume_loss","dynamic_wrinkles"],rn={dullness:"Dullness",fine_lines:"Fine lines",wrinkles:"Wrinkles",laxity:"Laxity",texture:"Uneven texture",enlarged_pores:"Enlarged pores",hyperpigmentation:"Hyperpigmentation",acne_scars:"Acne scars",surgical_scars:"Surgical scars",stretch_marks:"Stretch marks",volume_loss:"Volume loss",dynamic_wrinkles:"Dynamic wrinkles"},Be={hyperpigmentation:["sun_spots","melasma","pih"],acne_scars:["ice_pick","boxcar","rolling","mixed"]},an={sun_spots:"Sun spots",melasma:"Melasma",pih:"Post-inflammatory (PIH)",ice_pick:"Ice pick",boxcar:"Boxcar",rolling:"Rolling",mixed:"Mixed"},Rr=[[1,"1 – mild"],[2,"2 – moderate"],[3,"3 – marked"],[4,"4 – severe"]],Ir=["herpes_history","keloid_tendency","psoriasis","eczema","rosacea","scleroderma","autoimmune_disease","bleeding_disorder","immunocompromised","diabetes_controlled","diabetes_uncontrolled"],nn={herpes_history:"Cold sores (herpes simplex)",keloid_tendency:"Keloid scarring",psoriasis:"Psoriasis",scleroderma:"Scleroderma",autoimmune_disease:"Autoimmune disease",bleeding_disorder:"Bleeding disorder",immunocompromised:"Immunocompromised",diabetes_controlled:"Diabetes, controlled",diabetes_uncontrolled:"Diabetes, uncontrolled",eczema:"Eczema",rosacea:"Rosacea"},Fr=["acne","cold_sore","infection","eczema","psoriasis","rosacea","dermatitis","open_wound","sunburn","recent_sun_exposure","skin_cancer"],on={acne:"Active acne",infection:"Skin infection",cold_sore:"Cold sore",eczema:"Eczema flare",psoriasis:"Psoriasis flare",rosacea:"Rosacea flare",dermatitis:"Dermatitis",open_wound:"Open wound",sunburn:"Sunburn",recent_sun_exposure:"Recent sun exposure or tan",skin_cancer:"Skin cancer or suspicious lesion"},Or=["isotretinoin","topical_retinoid","exfoliating_acid","anticoagulant","antiplatelet","immunosuppressant","aspirin","nsaid","vitamin_e","fish_oil","ginkgo"],sn={isotretinoin:"Isotretinoin (oral)",topical_retinoid:"Topical retinoid",exfoliating_acid:"Exfoliating acid (AHA/BHA)",anticoagulant:"Anticoagulant",antiplatelet:"Antiplatelet",immunosuppressant:"Immunosuppressant",aspirin:"Aspirin",nsaid:"NSAID (ibuprofen, naproxen)",vitamin_e:"Vitamin E",fish_oil:"Fish oil",ginkgo:"Ginkgo biloba"},Br=["botox","filler","superficial_peel","medium_peel","deep_peel","laser_nonablative","laser_ablative","microneedling","surgery","waxing","depilatory","electrolysis"],ln={botox:"Botulinum toxin",filler:"Dermal filler",superficial_peel:"Superficial peel",medium_peel:"Medium peel",deep_peel:"Deep peel",laser_nonablative:"Non-ablative laser",laser_ablative:"Ablative laser",microneedling:"Microneedling",surgery:"Surgery",waxing:"Waxing",depilatory:"Depilatory cream",electrolysis:"Electrolysis"},Mr=["lidocaine","topical_anaesthetic","stainless_steel"],dn={lidocaine:"Lidocaine",topical_anaesthetic:"Topical anaesthetic",stainless_steel:"Stainless steel (needles)"},cn={eligible:"Eligible",eligible_with_precautions:"Eligible with precautions",defer:"Defer",not_eligible:"Not eligible"},pn={contraindicated:"Contraindicated",defer:"Defer",caution:"Caution",info:"Info"},un={alternative_anaesthesia:"Plan an alternative anaesthetic",antiviral_prophylaxis:"Antiviral prophylaxis",conservative_depth:"Conservative depths",physician_clearance:"Physician clearance",review_blood_thinners:"Review blood thinners",strict_photoprotection:"Strict photoprotection"},mn={active_acne:"Active acne",active_infection:"Active infection",active_cold_sore:"Active cold sore",skin_condition_flare:"Skin condition flare",open_wound:"Open wound",sunburn:"Sunburn",recent_sun_exposure:"Recent sun exposure",skin_cancer:"Skin cancer",keloid_tendency:"Keloid tendency",scleroderma:"Scleroderma",bleeding_disorder:"Bleeding disorder",metal_allergy:"Metal allergy",psoriasis_history:"Psoriasis history",autoimmune_disease:"Autoimmune disease",immunocompromised:"Immunocompromised",uncontrolled_diabetes:"Uncontrolled diabetes",herpes_history:"Cold sore history",pih_risk:"Risk of hyperpigmentation",anaesthetic_allergy:"Anaesthetic allergy",anticoagulant:"Anticoagulant or antiplatelet",blood_thinning_otc:"Blood-thinning supplement or painkiller",isotretinoin:"Isotretinoin",retinoid_or_acid:"Retinoid or acid",recent_hair_removal:"Recent hair removal",recent_procedure:"Recent procedure",pregnancy:"Pregnancy or breastfeeding",minor:"Under 18",unsuitable_concern:"Concern microneedling does not treat"},fn={avoid_sun:"Avoid sun",stop_retinoids_acids:"Stop retinoids and acids",no_hair_removal:"No hair removal",review_blood_thinners:"Review blood thinners",antiviral_prophylaxis:"Antiviral",hydrate:"Hydrate",report_skin_changes:"Report skin changes",arrive_makeup_free:"Arrive make-up free"},hn={expected_redness:"Redness expected",gentle_cleanse_only:"Gentle cleansing only",no_makeup:"No make-up",avoid_heat_sweat:"Avoid heat and sweat",no_actives:"No active skincare",strict_sun_protection:"Strict sun protection",flaking_expected:"Flaking expected",do_not_pick:"Do not pick",reintroduce_retinoids:"Reintroduce retinoids",peels_facials_ok:"Peels and facials allowed",warning_signs:"Warning signs"},$n={hyaluronic_acid:"Hyaluronic acid",prp:"PRP",led_red:"Red LED",brightening_serum:"Brightening serum (after healing)"},_n={fillers:"Fillers",laser_resurfacing:"Laser resurfacing",neuromodulators:"Neuromodulators"},nt=["owner","provider","front_desk"],gn={owner:"Owner",provider:"Provider",front_desk:"Front desk",patient:"Patient"},bn={proposed:"Proposed",active:"Active",completed:"Completed",cancelled:"Cancelled"},ke=[[1,"I – always burns"],[2,"II – usually burns"],[3,"III – sometimes burns"],[4,"IV – rarely burns"],[5,"V – very rarely burns"],[6,"VI – never burns"]];function O(e){return t=>e[t]||String(t).replaceAll("_"," ")}var U=O(tn),$e=O(rn),ot=O(an),it=O(nn),st=O(on),lt=O(sn),dt=O(ln),ct=O(dn),pt=O(cn),ut=O(pn),_e=O(un),ge=O(mn),mt=O(fn),ft=O(hn),ht=O($n),Vr=O(_n),G=O(gn),Me=O(bn);var Ur=function(e,t,r,a){var o;t[0]=0;for(var n=1;n<t.length;n++){var i=t[n++],s=t[n]?(t[0]|=i?1:2,r[t[n++]]):t[++n];i===3?a[0]=s:i===4?a[1]=Object.assign(a[1]||{},s):i===5?(a[1]=a[1]||{})[t[++n]]=s:i===6?a[1][t[++n]]+=s+"":i?(o=e.apply(s,Ur(e,s,r,["",null])),a.push(o),s[0]?t[0]|=2:(t[n-2]=0,t[n]=o)):a.push(s)}return a},jr=new Map;function qr(e){var t=jr.get(this);return t||(t=new Map,jr.set(this,t)),(t=Ur(this,t.get(e)||(t.set(e,t=(function(r){for(var a,o,n=1,i="",s="",d=[0],p=function(f){n===1&&(f||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,f,i):n===3&&(f||i)?(d.push(3,f,i),n=2):n===2&&i==="..."&&f?d.push(4,f,0):n===2&&i&&!f?d.push(5,0,!0,i):n>=5&&((i||!f&&n===5)&&(d.push(n,0,i,o),n=6),f&&(d.push(n,f,0,o),n=6)),i=""},c=0;c<r.length;c++){c&&(n===1&&p(),p(c));for(var m=0;m<r[c].length;m++)a=r[c][m],n===1?a==="<"?(p(),d=[d],n=3):i+=a:n===4?i==="--"&&a===">"?(n=1,i=""):i=a+i[0]:s?a===s?s="":i+=a:a==='"'||a==="'"?s=a:a===">"?(p(),n=1):n&&(a==="="?(n=5,o=i,i=""):a==="/"&&(n<5||r[c][m+1]===">")?(p(),n===3&&(d=d[0]),n=d,(d=d[0]).push(2,0,n),n=0):a===" "||a==="	"||a===`
`||a==="\r"?(p(),n=2):i+=a),n===3&&i==="!--"&&(n=4,d=d[0])}return p(),d})(e)),t),arguments,[])).length>1?t:t[0]}var l=qr.bind(mr);var Ut=new Set;function vn(){Ut.forEach(e=>e(location.pathname))}function Q(e,{replace:t=!1}={}){e!==location.pathname+location.search&&history[t?"replaceState":"pushState"](null,"",e),vn()}function $t(){let[e,t]=_(location.pathname);return D(()=>{Ut.add(t);let r=()=>t(location.pathname);return addEventListener("popstate",r),()=>{Ut.delete(t),removeEventListener("popstate",r)}},[]),e}function Hr(){document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest&&e.target.closest("a[href]");if(!t||t.target||t.hasAttribute("download"))return;let r=new URL(t.href);r.origin!==location.origin||r.pathname.startsWith("/api/")||r.pathname===location.pathname&&r.hash||(e.preventDefault(),Q(r.pathname+r.search))})}function Wr(e,t){let r=e.split("/"),a=t.replace(/\/+$/,"").split("/");if(r.length!==a.length)return null;let o={};for(let n=0;n<r.length;n++)if(r[n].startsWith(":")){if(!/^[1-9][0-9]{0,17}$/.test(a[n]))return null;o[r[n].slice(1)]=Number(a[n])}else if(r[n]!==a[n])return null;return o}var qt="",Ht=new Set;function Wt(e){qt=e||""}function Zr(e){return Ht.add(e),()=>Ht.delete(e)}var be=class extends Error{constructor(t,r){let a=r&&(r.detail||r.title)||`HTTP ${t}`;super(a),this.status=t,this.title=r&&r.title||"",this.detail=a,this.errors=r&&Array.isArray(r.errors)&&r.errors||[],this.requestId=r&&r.request_id||""}};async function T(e,t,r,{contentType:a="application/json",signal:o}={}){let n={Accept:"application/json"},i;r!==void 0&&(n["Content-Type"]=a,i=a==="application/json"?JSON.stringify(r):r),e!=="GET"&&qt&&(n["X-CSRF-Token"]=qt);let s;try{s=await fetch(t,{method:e,headers:n,body:i,credentials:"same-origin",signal:o})}catch(c){throw c.name==="AbortError"?c:new be(0,{title:"No connection",detail:"The server could not be reached. Check the connection and try again."})}if(s.status===204||s.status===304)return null;let d=await s.text(),p=null;try{p=d?JSON.parse(d):null}catch{p=null}if(!s.ok){let c=new be(s.status,p),m=t==="/api/v1/session"&&e==="POST";throw s.status===401&&!m&&Ht.forEach(f=>f()),c}return p}function _t(e){if(!e||e.name==="AbortError")return"";if(!(e instanceof be))return"Something went wrong in the page. Reload and try again.";switch(e.status){case 0:return e.detail;case 403:return"Your role may not do this.";case 404:return"Not found. It may not exist, or it is not yours to see.";case 409:return`${e.detail}. Someone else changed this first: reload to see their change.`;case 429:return`${e.detail}.`;case 503:return"The service is busy or the database is unavailable. Try again in a moment.";default:return e.status>=500?`The server failed (${e.status})${e.requestId?`; quote request ${e.requestId}`:""}.`:e.errors.length>0?"Please correct the fields marked below.":`${e.detail}.`}}var Gr="np-draft:",Yr="";function Zt(e){Yr=e?`${e.clinic_id}:${e.user.id}`:""}function Kr(){try{for(let e=sessionStorage.length-1;e>=0;e--){let t=sessionStorage.key(e);t&&t.startsWith(Gr)&&sessionStorage.removeItem(t)}}catch{}}function yn(e){try{let t=sessionStorage.getItem(e);return t===null?void 0:JSON.parse(t)}catch{return}}function Se(e,t){let r=`${Gr}${Yr}:${e}`,a=ee(yn(r)),[o,n]=_(()=>a.current!==void 0?a.current:typeof t=="function"?t():t),i=ee(!1);D(()=>{if(i.current)try{sessionStorage.setItem(r,JSON.stringify(o))}catch{}},[r,o]);let s=we(p=>{i.current=!0,n(p)},[]),d=we(()=>{i.current=!1;try{sessionStorage.removeItem(r)}catch{}},[r]);return[o,s,d,a.current!==void 0]}var Ce={status:"loading",session:null,expired:!1,error:null},Gt=new Set;function Ve(e){Ce={...Ce,...e},Gt.forEach(t=>t(Ce))}function Qr(){let[e,t]=_(Ce);return D(()=>(Gt.add(t),t(Ce),()=>Gt.delete(t)),[]),e}function Jr(e){Wt(e.csrf_token),Zt(e),Ve({status:"ready",session:e,expired:!1,error:null})}async function Yt(){try{Jr(await T("GET","/api/v1/session"))}catch(e){e.status===401?Ve({status:"anonymous",session:null}):Ve({status:"error",error:e})}}async function Xr(e,t,r){let a=await T("POST","/api/v1/session",{clinic:e,email:t,password:r});return Jr(a),a}async function ea(){try{await T("DELETE","/api/v1/session")}catch{}Kr(),Wt(""),Zt(null),Ve({status:"anonymous",session:null,expired:!1})}Zr(()=>{Ce.status==="ready"&&Ve({status:"anonymous",session:null,expired:!0})});var Te=e=>e==="owner"||e==="provider";function xn(e){let t=[{href:"/staff",label:"Home",exact:!0},{href:"/staff/patients",label:"Patients"}];return(e==="owner"||e==="provider")&&t.push({href:"/staff/protocol",label:"Protocol"}),e==="owner"&&(t.push({href:"/staff/team",label:"Team"}),t.push({href:"/staff/audit",label:"Audit log"})),t}function ta(){return l`<a class="skip-link" href="#main" onClick=${e=>{e.preventDefault();let t=document.getElementById("main");t&&t.focus()}}>Skip to content</a>`}async function ra(e){await ea(),Q(e,{replace:!0})}function je({session:e,children:t}){let r=$t(),a=e.role,o=n=>n.exact?r===n.href:r===n.href||r.startsWith(`${n.href}/`);return l`<${ta} />
    <header class="topbar">
      <div class="topbar__inner">
        <a class="brand" href="/staff"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</a>
        <nav class="mainnav" aria-label="Main">
          <ul>
            ${xn(a).map(n=>l`<li><a href=${n.href} aria-current=${o(n)?"page":void 0}>${n.label}</a></li>`)}
          </ul>
        </nav>
        <div class="userbox">
          <span class="userbox__name">${e.user.display_name}</span>
          <span class="userbox__role">${G(a)}</span>
          <button type="button" class="button button--quiet" onClick=${()=>ra("/login")}>Log out</button>
        </div>
      </div>
    </header>
    <main id="main" class="page" tabindex="-1">${t}</main>`}function Kt({session:e,children:t}){return l`<${ta} />
    <header class="topbar topbar--portal">
      <div class="topbar__inner">
        <a class="brand" href="/portal"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</a>
        <nav class="mainnav" aria-label="Main">
          <ul><li><a href="/portal" aria-current="page">My plan</a></li></ul>
        </nav>
        <div class="userbox">
          <span class="userbox__name">${e.user.display_name}</span>
          <button type="button" class="button button--quiet" onClick=${()=>ra("/portal/login")}>Log out</button>
        </div>
      </div>
    </header>
    <main id="main" class="page page--portal" tabindex="-1">${t}</main>`}function pe({children:e}){return l`<main id="main" class="page page--plain" tabindex="-1">${e}</main>`}var wn={short:new Intl.DateTimeFormat("en-GB",{day:"numeric",month:"short",year:"numeric",timeZone:"UTC"}),weekday:new Intl.DateTimeFormat("en-GB",{weekday:"short",day:"numeric",month:"short",year:"numeric",timeZone:"UTC"}),long:new Intl.DateTimeFormat("en-GB",{weekday:"long",day:"numeric",month:"long",year:"numeric",timeZone:"UTC"}),dayMonth:new Intl.DateTimeFormat("en-GB",{day:"numeric",month:"short",timeZone:"UTC"})},kn=new Intl.DateTimeFormat("en-GB",{day:"numeric",month:"short",year:"numeric",hour:"2-digit",minute:"2-digit",second:"2-digit"});function Ue(e){let t=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e||"");return t?new Date(Date.UTC(+t[1],+t[2]-1,+t[3])):null}function k(e,t="short"){let r=Ue(e);return r?wn[t].format(r):""}function Pe(e){let t=new Date(e);return Number.isNaN(t.getTime())?e:kn.format(t)}function gt(e,t){return t?e===t?k(e):`${k(e)} – ${k(t)}`:`from ${k(e)}`}function Qt(e,t){return Math.round((Ue(t)-Ue(e))/864e5)}function qe(e){try{let t=new Intl.DateTimeFormat("en-CA",{timeZone:e,year:"numeric",month:"2-digit",day:"2-digit"}).formatToParts(new Date),r=a=>t.find(o=>o.type===a).value;return`${r("year")}-${r("month")}-${r("day")}`}catch{return new Date().toISOString().slice(0,10)}}function Ae(e,t=qe()){let r=Ue(e),a=Ue(t);if(!r||!a)return null;let o=a.getUTCFullYear()-r.getUTCFullYear();return(a.getUTCMonth()<r.getUTCMonth()||a.getUTCMonth()===r.getUTCMonth()&&a.getUTCDate()<r.getUTCDate())&&o--,o}function H(e){return e?`${e.given_name} ${e.family_name}`.trim():""}function J(e){if(!e)return"";let t=r=>Number(r).toFixed(2);return`${t(e.min)}–${t(e.max)} mm`}function ae(e,t,r=`${t}s`){return`${e} ${e===1?t:r}`}function W(e){return`f${e.replace(/[^A-Za-z0-9_]+/g,"-")}`}function ne(e,t,r=!1){return(e||[]).filter(a=>a.path===t||r&&a.path.startsWith(`${t}/`)).map(a=>a.message)}function Jt(e){let t=e;for(;t;){let r=document.getElementById(W(t));if(r)return r;t=t.slice(0,Math.max(0,t.lastIndexOf("/")))}return null}function Sn(e){D(()=>{document.title=e?`${e} – Needlepoint`:"Needlepoint"},[e])}function g({children:e,title:t}){return Sn(t||(typeof e=="string"?e:"")),l`<h1 id="page-title" tabindex="-1">${e}</h1>`}function vt({id:e,messages:t}){return!t||t.length===0?null:l`<div class="field-error" id=${e}>
    ${t.map(r=>l`<p><span class="visually-hidden">Error: </span>${r}</p>`)}
  </div>`}function yt(e,t,r){let a=[];return t&&a.push(`${e}-hint`),r.length>0&&a.push(`${e}-error`),a.length>0?a.join(" "):void 0}function S({label:e,pointer:t,errors:r,hint:a,value:o,onValue:n,type:i="text",required:s=!1,className:d="",...p}){let c=W(t),m=ne(r,t);return l`<div class=${`field ${m.length?"field--invalid":""} ${d}`}>
    <label for=${c}>${e}${s?l`<span class="required" aria-hidden="true"> *</span>`:""}</label>
    ${a&&l`<p class="hint" id=${`${c}-hint`}>${a}</p>`}
    <input
      id=${c}
      name=${t}
      type=${i}
      value=${o??""}
      onInput=${f=>n(f.currentTarget.value)}
      aria-invalid=${m.length>0?"true":void 0}
      aria-required=${s?"true":void 0}
      aria-describedby=${yt(c,a,m)}
      ...${p}
    />
    <${vt} id=${`${c}-error`} messages=${m} />
  </div>`}function na({label:e,pointer:t,errors:r,hint:a,value:o,onValue:n,required:i=!1,rows:s=3,...d}){let p=W(t),c=ne(r,t);return l`<div class=${`field ${c.length?"field--invalid":""}`}>
    <label for=${p}>${e}${i?l`<span class="required" aria-hidden="true"> *</span>`:""}</label>
    ${a&&l`<p class="hint" id=${`${p}-hint`}>${a}</p>`}
    <textarea
      id=${p}
      name=${t}
      rows=${s}
      value=${o??""}
      onInput=${m=>n(m.currentTarget.value)}
      aria-invalid=${c.length>0?"true":void 0}
      aria-describedby=${yt(p,a,c)}
      ...${d}
    ></textarea>
    <${vt} id=${`${p}-error`} messages=${c} />
  </div>`}function q({label:e,pointer:t,errors:r,hint:a,value:o,onValue:n,options:i,placeholder:s,required:d=!1,className:p="",...c}){let m=W(t),f=ne(r,t);return l`<div class=${`field ${f.length?"field--invalid":""} ${p}`}>
    <label for=${m}>${e}${d?l`<span class="required" aria-hidden="true"> *</span>`:""}</label>
    ${a&&l`<p class="hint" id=${`${m}-hint`}>${a}</p>`}
    <select
      id=${m}
      name=${t}
      value=${o??""}
      onChange=${u=>n(u.currentTarget.value)}
      aria-invalid=${f.length>0?"true":void 0}
      aria-required=${d?"true":void 0}
      aria-describedby=${yt(m,a,f)}
      ...${c}
    >
      ${s!==void 0&&l`<option value="">${s}</option>`}
      ${i.map(([u,h])=>l`<option value=${u}>${h}</option>`)}
    </select>
    <${vt} id=${`${m}-error`} messages=${f} />
  </div>`}function Cn({id:e,label:t,checked:r,onChecked:a,name:o,hint:n}){return l`<div class="check">
    <input
      type="checkbox"
      id=${e}
      name=${o}
      checked=${r}
      onChange=${i=>a(i.currentTarget.checked)}
      aria-describedby=${n?`${e}-hint`:void 0}
    />
    <label for=${e}>${t}</label>
    ${n&&l`<span class="hint" id=${`${e}-hint`}>${n}</span>`}
  </div>`}function oe({legend:e,pointer:t,errors:r,hint:a,options:o,values:n,onValues:i,columns:s=2,compact:d}){let p=W(t),c=ne(r,t,!0),m=(f,u)=>{let h=new Set(n);u?h.add(f):h.delete(f),i(o.map(([b])=>b).filter(b=>h.has(b)))};return l`<fieldset
    class=${`checks checks--${s} ${d?"checks--compact":""} ${c.length?"field--invalid":""}`}
    id=${p}
    tabindex="-1"
    aria-describedby=${yt(p,a,c)}
  >
    <legend>${e}</legend>
    ${a&&l`<p class="hint" id=${`${p}-hint`}>${a}</p>`}
    <${vt} id=${`${p}-error`} messages=${c} />
    <div class="checks__items">
      ${o.map(([f,u])=>l`<${Cn}
            id=${`${p}-${f}`}
            name=${t}
            label=${u}
            checked=${n.includes(f)}
            onChecked=${h=>m(f,h)}
          />`)}
    </div>
  </fieldset>`}var aa={intake:"",patient:"",zones:"Zone",concerns:"Concern",active:"Skin condition",medications:"Medication",procedures:"Procedure",allergies:"Allergy",history:"History item",areas:"Areas",fitzpatrick:"Skin type",birth_date:"Date of birth",assessed_on:"Assessed on",planned_date:"First session",given_name:"Given name",family_name:"Family name",display_name:"Name",depth_mm:"depth",last_dose:"last taken",last_use:"last taken",code:""};function bt(e){let t=[];return e.split("/").slice(1).forEach((a,o)=>{if(/^\d+$/.test(a)){t.length&&(t[t.length-1]+=` ${Number(a)+1}`);return}let n=a in aa?aa[a]:a.replaceAll("_"," ");n&&t.push(o===0||t.length===0?n.charAt(0).toUpperCase()+n.slice(1):n)}),t.join(", ")}function X({errors:e,title:t="Please correct these fields"}){if(!e||e.length===0)return null;let r=(a,o)=>{a.preventDefault();let n=Jt(o);n&&(n.scrollIntoView({block:"center"}),n.focus({preventScroll:!0}))};return l`<div class="error-summary" role="alert" tabindex="-1">
    <h2>${t}</h2>
    <ul>
      ${e.map(a=>l`<li>
            <a href=${`#${W(a.path)}`} onClick=${o=>r(o,a.path)}>
              ${bt(a.path)?`${bt(a.path)}: `:""}${a.message}
            </a>
          </li>`)}
    </ul>
  </div>`}function P({label:e="Loading…"}){return l`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${e}</p>`}function w({error:e,onRetry:t}){let r=_t(e);return r?l`<div class="alert alert--error" role="alert">
    <p>${r}</p>
    ${t&&l`<button type="button" class="button button--secondary" onClick=${t}>Try again</button>`}
  </div>`:null}function B({kind:e="info",children:t}){return l`<div class=${`alert alert--${e}`} role="status">${t}</div>`}function ie({children:e}){return l`<p class="empty">${e}</p>`}function j({kind:e,children:t}){return l`<span class=${`badge badge--${e}`}>${t}</span>`}function M({busy:e,children:t,busyLabel:r="Saving…",className:a=""}){return l`<button type="submit" class=${`button ${a}`} disabled=${e} aria-disabled=${e?"true":void 0}>
    ${e?r:t}
  </button>`}function ve({date:e,style:t="short"}){return l`<time datetime=${e}>${k(e,t)}</time>`}function E(e){let[t,r]=_({data:null,error:null,loading:e!==null}),[a,o]=_(0),n=ee(!0);D(()=>()=>n.current=!1,[]),D(()=>{if(e===null){r({data:null,error:null,loading:!1});return}let d=new AbortController;return r(p=>({data:p.data,error:null,loading:!0})),T("GET",e,void 0,{signal:d.signal}).then(p=>n.current&&r({data:p,error:null,loading:!1}),p=>{p.name!=="AbortError"&&n.current&&r({data:null,error:p,loading:!1})}),()=>d.abort()},[e,a]);let i=we(()=>o(d=>d+1),[]),s=we(d=>r({data:d,error:null,loading:!1}),[]);return{...t,reload:i,setData:s}}function F(e,t){D(()=>{e&&(performance.mark(`np-ready:${t}`),document.body.dataset.ready=t)},[e,t])}var Tn=["patient.read","patient.search","patient.create","patient.update","patient.portal_account.create","consultation.create","consultation.read","consultation.list","consultation.screen","plan.create","plan.read","plan.list","plan.update","audit.read"],Pn={success:"ok",denied:"stop",failed:"caution"};function An(e){let[t,r,a]=e.split("-").map(Number);return new Date(Date.UTC(t,r-1,a+1)).toISOString().slice(0,10)}function Ln(e){let[t,r,a]=qe().split("-").map(Number);return new Date(Date.UTC(t,r-1,a-e)).toISOString().slice(0,10)}function En(e,t){let r=new URLSearchParams;return e.from&&r.set("from",e.from),e.to&&r.set("to",An(e.to)),e.user_id&&r.set("user_id",e.user_id),e.patient_id&&r.set("patient_id",e.patient_id),e.action&&r.set("action",e.action),t&&r.set("after",String(t)),r.set("limit","50"),`/api/v1/audit?${r}`}function oa(){let e=E("/api/v1/staff"),[t,r]=_({from:Ln(7),to:"",user_id:"",patient_id:"",action:""}),[a,o]=_(t),[n,i]=_([]),[s,d]=_(null),[p,c]=_({loading:!0,error:null}),[m,f]=_(0);F(!p.loading&&!p.error,"audit");let u=async $=>{c({loading:!0,error:null});try{let y=await T("GET",En(a,$));i(A=>$?[...A,...y.items]:y.items),d(y.items.length===50?y.next_after:null),c({loading:!1,error:null})}catch(y){c({loading:!1,error:y})}};D(()=>{u(null)},[a,m]);let h=Object.fromEntries((e.data?e.data.items:[]).map($=>[$.id,$.display_name])),b=$=>y=>r({...t,[$]:y}),v=p.error&&p.error.status===400?p.error.errors.map($=>({...$,path:`/${$.path.replace(/^\?/,"")}`})):[];return l`<div class="stack">
    <${g}>Audit log</${g}>
    <p class="lead">Every read and change of patient data, with who did it. Rows cannot be edited or removed.</p>
    <form
      class="card filters"
      aria-label="Filter the audit log"
      onSubmit=${$=>{$.preventDefault(),o({...t}),f(y=>y+1)}}
    >
      <${S} label="From" type="date" pointer="/from" errors=${v} value=${t.from} onValue=${b("from")} />
      <${S} label="To" type="date" pointer="/to" errors=${v} value=${t.to} onValue=${b("to")} />
      <${q}
        label="Who"
        pointer="/user_id"
        errors=${v}
        value=${t.user_id}
        onValue=${b("user_id")}
        options=${(e.data?e.data.items:[]).map($=>[String($.id),`${$.display_name} (${G($.role)})`])}
        placeholder="Anyone"
      />
      <${S} label="Patient number" type="number" min="1" inputmode="numeric" pointer="/patient_id" errors=${v} value=${t.patient_id} onValue=${b("patient_id")} />
      <${q} label="Action" pointer="/action" errors=${v} value=${t.action} onValue=${b("action")} options=${Tn.map($=>[$,$])} placeholder="Any action" />
      <button type="submit" class="button">Show</button>
    </form>
    <section class="card" aria-labelledby="audit-heading" aria-busy=${p.loading?"true":"false"}>
      <h2 id="audit-heading">${n.length} ${n.length===1?"entry":"entries"}${s?" so far":""}</h2>
      ${p.error&&p.error.status!==400&&l`<${w} error=${p.error} onRetry=${()=>f($=>$+1)} />`}
      ${n.length>0&&l`<div class="table-scroll"><table class="table table--dense">
        <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Patient</th><th scope="col">Outcome</th><th scope="col">Detail</th><th scope="col">Request</th></tr></thead>
        <tbody>
          ${n.map($=>l`<tr key=${$.seq}>
              <td>${Pe($.at)}</td>
              <td>${$.user_id?h[$.user_id]||`${G($.role||"")} #${$.user_id}`:"System"}${$.role?l` <span class="muted">${G($.role)}</span>`:""}</td>
              <td><code>${$.action}</code></td>
              <td>${$.patient_id?l`<a href=${`/staff/patients/${$.patient_id}`}>#${$.patient_id}</a>`:"—"}</td>
              <td><${j} kind=${Pn[$.outcome]||"neutral"}>${$.outcome}</${j}></td>
              <td>${$.detail}</td>
              <td><code class="small">${$.request_id}</code></td>
            </tr>`)}
        </tbody>
      </table></div>`}
      ${!p.loading&&n.length===0&&!p.error&&l`<p class="empty">No entry matches these filters.</p>`}
      ${p.loading&&l`<${P} />`}
      ${s&&!p.loading&&l`<button type="button" class="button button--secondary" onClick=${()=>u(s)}>Load more</button>`}
    </section>
  </div>`}function ia(){return{given_name:"",family_name:"",birth_date:"",email:"",phone:"",fitzpatrick:""}}function Xt(e){return{given_name:e.given_name,family_name:e.family_name,birth_date:e.birth_date,email:e.email,phone:e.phone,fitzpatrick:e.fitzpatrick?String(e.fitzpatrick):""}}function xt(e,t){let r={given_name:e.given_name.trim(),family_name:e.family_name.trim()};return(e.birth_date||t)&&(r.birth_date=e.birth_date),(e.email.trim()||!t)&&(r.email=e.email.trim()),(e.phone.trim()||!t)&&(r.phone=e.phone.trim()),e.fitzpatrick&&(r.fitzpatrick=Number(e.fitzpatrick)),r}function wt({fields:e,onFields:t,errors:r,busy:a,onSubmit:o,submitLabel:n}){let i=s=>d=>t({...e,[s]:d});return l`<form class="form" onSubmit=${o} novalidate>
    <${X} errors=${r} />
    <div class="grid grid--2">
      <${S} label="Given name" pointer="/given_name" errors=${r} value=${e.given_name} onValue=${i("given_name")} autocomplete="off" required />
      <${S} label="Family name" pointer="/family_name" errors=${r} value=${e.family_name} onValue=${i("family_name")} autocomplete="off" required />
      <${S} label="Date of birth" type="date" pointer="/birth_date" errors=${r} value=${e.birth_date} onValue=${i("birth_date")} required />
      <${q}
        label="Skin type (Fitzpatrick)"
        pointer="/fitzpatrick"
        errors=${r}
        value=${e.fitzpatrick}
        onValue=${i("fitzpatrick")}
        options=${ke}
        placeholder="Not assessed yet"
      />
      <${S} label="E-mail" type="email" pointer="/email" errors=${r} value=${e.email} onValue=${i("email")} autocomplete="off" />
      <${S} label="Phone" type="tel" pointer="/phone" errors=${r} value=${e.phone} onValue=${i("phone")} autocomplete="off" />
    </div>
    <${M} busy=${a}>${n}</${M}>
  </form>`}function sa({patient:e}){let[t,r]=_(e.email||""),[a,o]=_(""),[n,i]=_(!1),[s,d]=_(null),[p,c]=_(null),m=async u=>{u.preventDefault(),i(!0),d(null);try{c(await T("POST",`/api/v1/patients/${e.id}/portal-account`,{email:t.trim(),password:a})),o("")}catch(h){d(h)}i(!1)};if(p)return l`<${B} kind="success">
      <p>Portal login created for <strong>${p.email}</strong>. Give the patient the password you chose, in person.</p>
    </${B}>`;let f=s&&s.status===400?s.errors:[];return l`<form class="form form--compact" onSubmit=${m} novalidate aria-label="Portal login">
    ${s&&s.status!==400&&l`<${w} error=${s} />`}
    <${X} errors=${f} />
    <${S} label="Portal e-mail" type="email" pointer="/email" errors=${f} value=${t} onValue=${r} autocomplete="off" required />
    <${S}
      label="First password"
      hint="At least 12 characters; the patient should change it."
      type="password"
      pointer="/password"
      errors=${f}
      value=${a}
      onValue=${o}
      autocomplete="new-password"
      required
    />
    <${M} busy=${n} className="button--secondary">Create portal login</${M}>
  </form>`}var er={eligible:"ok",eligible_with_precautions:"caution",defer:"defer",not_eligible:"stop"};function zn({item:e}){let t=e.screening||{},r=t.findings||[];return l`<article class="entry">
    <header class="entry__head">
      <h3><a href=${`/staff/consultations/${e.id}`}>Consultation</a></h3>
      <${j} kind=${er[e.verdict]}>${pt(e.verdict)}</${j}>
      ${e.earliest_date&&l`<span>not before <strong>${k(e.earliest_date,"weekday")}</strong></span>`}
    </header>
    ${r.length>0&&l`<ul class="chips" aria-label="Findings">
      ${r.map(a=>l`<li class=${`chip chip--${a.level}`}>${ge(a.code)}</li>`)}
    </ul>`}
    ${(t.actions||[]).length>0&&l`<p class="entry__line">Required: ${t.actions.map(_e).join(", ")}</p>`}
    <p class="entry__meta">Protocol ${e.protocol.name} ${e.protocol.version}</p>
  </article>`}function Dn({item:e}){let t=e.schedule||[];return l`<article class="entry">
    <header class="entry__head">
      <h3><a href=${`/staff/plans/${e.id}`}>Treatment plan</a></h3>
      <${j} kind="neutral">${Me(e.status)}</${j}>
      <span>${ae(e.sessions,"session")}, every ${e.interval_days.min}–${e.interval_days.max} days</span>
    </header>
    ${t.length>0?l`<p class="entry__line">
          ${t.map(r=>l`<span class="session-date">Session ${r.session}: ${k(r.date)}</span>`)}
        </p>`:l`<p class="entry__line">No dates yet: the series starts once the deferral is resolved.</p>`}
  </article>`}var la=[{key:"consultations",roles:["owner","provider"],path:e=>`/api/v1/patients/${e}/consultations`,toEntries:e=>e.items.map(t=>({key:`c${t.id}`,at:t.created_at,kind:"Consultation",item:t,Card:zn}))},{key:"plans",roles:["owner","provider","front_desk"],path:e=>`/api/v1/patients/${e}/plans`,toEntries:e=>e.items.map(t=>({key:`p${t.id}`,at:t.created_at||t.schedule&&t.schedule[0]&&`${t.schedule[0].date}T00:00:00Z`||"",kind:"Plan",item:t,Card:Dn}))}];function da({entries:e}){let t=[...e].sort((r,a)=>r.at<a.at?1:r.at>a.at?-1:0);return l`<ol class="timeline">
    ${t.map(r=>l`<li class="timeline__item" key=${r.key}>
        <div class="timeline__when">${r.at?Pe(r.at):""}</div>
        <div class="timeline__body"><${r.Card} item=${r.item} /></div>
      </li>`)}
  </ol>`}function Nn({patient:e,onSaved:t}){let[r,a]=_(!1),[o,n]=_(()=>Xt(e)),[i,s]=_(!1),[d,p]=_(null),c=ke.find(([f])=>f===e.fitzpatrick),m=async f=>{f.preventDefault(),s(!0),p(null);try{let u=await T("PATCH",`/api/v1/patients/${e.id}`,{...xt(o,!1),version:e.version});t(u),a(!1)}catch(u){p(u)}s(!1)};return r?l`<section class="card" aria-labelledby="details-heading">
      <h2 id="details-heading">Change details</h2>
      ${d&&d.status!==400&&l`<${w} error=${d} />`}
      <${wt}
        fields=${o}
        onFields=${n}
        errors=${d&&d.status===400?d.errors:[]}
        busy=${i}
        onSubmit=${m}
        submitLabel="Save details"
      />
      <button type="button" class="button button--quiet" onClick=${()=>a(!1)}>Cancel</button>
    </section>`:l`<section class="card" aria-labelledby="details-heading">
    <h2 id="details-heading">Details</h2>
    <dl class="facts">
      <div><dt>Born</dt><dd>${k(e.birth_date)} (${Ae(e.birth_date)})</dd></div>
      <div><dt>Skin type</dt><dd>${c?c[1]:"Not assessed"}</dd></div>
      <div><dt>E-mail</dt><dd>${e.email||"—"}</dd></div>
      <div><dt>Phone</dt><dd>${e.phone||"—"}</dd></div>
    </dl>
    <button
      type="button"
      class="button button--secondary"
      onClick=${()=>{n(Xt(e)),a(!0)}}
    >
      Change details
    </button>
  </section>`}function ca({session:e,id:t}){let r=E(`/api/v1/patients/${t}`),a=la.map(d=>({source:d,resource:E(d.roles.includes(e.role)?d.path(t):null)})).filter(({source:d})=>d.roles.includes(e.role)),o=a.every(({resource:d})=>d.data);if(F(r.data!==null&&o,"chart"),r.error)return l`<${g}>Patient</${g}><${w} error=${r.error} onRetry=${r.reload} />`;if(!r.data)return l`<${g}>Patient</${g}><${P} label="Loading the chart…" />`;let n=r.data,i=a.flatMap(({source:d,resource:p})=>p.data?d.toEntries(p.data):[]),s=Te(e.role);return l`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a></p>
    <div class="page-head">
      <div>
        <${g} title=${H(n)}>${H(n)}</${g}>
        <p class="lead">Born ${k(n.birth_date)} · patient #${n.id}</p>
      </div>
      ${s&&l`<a class="button" href=${`/staff/patients/${n.id}/consultations/new`}>New consultation</a>`}
    </div>
    <div class="columns">
      <section class="card columns__main" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        ${a.map(({source:d,resource:p})=>l`${p.loading&&l`<${P} label=${`Loading ${d.key}…`} />`}
            <${w} error=${p.error} onRetry=${p.reload} />`)}
        ${o&&i.length===0&&l`<${ie}>Nothing recorded yet.${s?" Start with a consultation.":""}</${ie}>`}
        ${i.length>0&&l`<${da} entries=${i} />`}
      </section>
      <div class="columns__side stack">
        <${Nn} patient=${n} onSaved=${r.setData} />
        <section class="card" aria-labelledby="portal-heading">
          <h2 id="portal-heading">Portal login</h2>
          <p class="muted">Lets the patient see their plan and how to prepare, and nothing else.</p>
          <${sa} patient=${n} />
        </section>
      </div>
    </div>
  </div>`}var Rn={contraindicated:"stop",defer:"defer",caution:"caution",info:"neutral"},In={eligible:"No contraindication found: the patient can be treated.",eligible_with_precautions:"The patient can be treated with the actions below.",defer:"Not now: treatment has to wait.",not_eligible:"Do not treat with microneedling."};function Fn({finding:e,headingLevel:t}){let r=`h${t}`;return l`<li class=${`finding finding--${e.level}`}>
    <div class="finding__head">
      <${j} kind=${Rn[e.level]}>${ut(e.level)}</${j}>
      <${r}>${ge(e.code)}</${r}>
      ${e.level==="defer"&&l`<span class="finding__until">
        ${e.until?l`until <strong><${ve} date=${e.until} style="weekday" /></strong>`:"until resolved"}
      </span>`}
    </div>
    <p class="finding__message">${e.message}</p>
    ${(e.actions||[]).length>0&&l`<p class="finding__actions">Requires: ${e.actions.map(_e).join(", ")}</p>`}
    ${(e.alternatives||[]).length>0&&l`<p class="finding__actions">Alternatives: ${e.alternatives.map(Vr).join(", ")}</p>`}
    ${e.evidence&&l`<p class="finding__evidence"><strong>Evidence note:</strong> ${e.evidence}</p>`}
    ${e.source&&l`<details class="finding__source"><summary>Source</summary><p>${e.source}</p></details>`}
  </li>`}function kt({result:e,headingLevel:t=2}){let r=e.screening||{},a=r.findings||[],o=r.actions||[],n=`h${t}`,i=`h${t+1}`;return l`<div class="screening" data-verdict=${e.verdict}>
    <div class=${`verdict verdict--${er[e.verdict]}`}>
      <${n} class="verdict__title">${pt(e.verdict)}</${n}>
      <p>${In[e.verdict]}</p>
      ${e.earliest_date&&l`<p class="verdict__date">Earliest treatment date: <strong><${ve} date=${e.earliest_date} style="long" /></strong></p>`}
    </div>
    ${o.length>0&&l`<section class="actions-required">
      <${i}>Required actions</${i}>
      <ul>${o.map(s=>l`<li>${_e(s)}</li>`)}</ul>
    </section>`}
    <section>
      <${i}>${a.length===0?"No findings":`Findings (${a.length})`}</${i}>
      ${a.length>0&&l`<ul class="findings">${a.map(s=>l`<${Fn} finding=${s} headingLevel=${t+2} />`)}</ul>`}
    </section>
    ${e.protocol&&l`<p class="muted small">Screened with protocol ${e.protocol.name} ${e.protocol.version}.</p>`}
  </div>`}var tr=e=>e&&e.length?` (${e.map(U).join(", ")})`:"";function On({intake:e}){let t=[["Assessed on",k(e.assessed_on)],["First session planned for",k(e.planned_date)],["Skin type",`Fitzpatrick ${e.patient.fitzpatrick}`],["Areas",e.areas.map(U).join(", ")],["Concerns",e.concerns.map(r=>`${$e(r.code)}${r.subtype?` (${ot(r.subtype)})`:""}, severity ${r.severity}${tr(r.areas)}`).join("; ")],["History",(e.history||[]).map(it).join(", ")],["Skin today",(e.active||[]).map(r=>`${st(r.code)}${tr(r.areas)}`).join("; ")],["Medications",(e.medications||[]).map(r=>{let a=r.last_dose||r.last_use;return`${lt(r.code)}${a?`, last taken ${k(a)}`:", still taking"}`}).join("; ")],["Procedures",(e.procedures||[]).map(r=>`${dt(r.code)} on ${k(r.date)}${tr(r.areas)}`).join("; ")],["Allergies",(e.allergies||[]).map(ct).concat(e.other_allergies||[]).join(", ")],["Pregnant or breastfeeding",e.pregnant||e.breastfeeding?"Yes":"No"]];return l`<dl class="facts facts--wide">
    ${t.map(([r,a])=>l`<div><dt>${r}</dt><dd>${a||"—"}</dd></div>`)}
  </dl>`}function pa({id:e}){let t=E(`/api/v1/consultations/${e}`),r=t.data?t.data.patient_id:null,a=E(r?`/api/v1/patients/${r}`:null),[o,n]=_(!1),[i,s]=_(null);if(F(t.data!==null&&a.data!==null,"consultation"),t.error)return l`<${g}>Consultation</${g}><${w} error=${t.error} onRetry=${t.reload} />`;if(!t.data)return l`<${g}>Consultation</${g}><${P} />`;let d=t.data,p=a.data?H(a.data):`patient #${d.patient_id}`,c=async()=>{n(!0),s(null);try{let m=await T("POST","/api/v1/plans",{consultation_id:d.id});Q(`/staff/plans/${m.id}`)}catch(m){s(m),n(!1)}};return l`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${d.patient_id}`}>${p}</a></p>
    <div class="page-head">
      <div>
        <${g} title="Consultation">Consultation: ${p}</${g}>
        <p class="lead">Recorded ${Pe(d.created_at)}</p>
      </div>
      ${d.verdict!=="not_eligible"&&l`<button type="button" class="button" onClick=${c} disabled=${o}>${o?"Planning…":"Create treatment plan"}</button>`}
    </div>
    <${w} error=${i} />
    <div class="columns">
      <section class="card columns__main" aria-labelledby="screening-heading">
        <h2 id="screening-heading" class="visually-hidden">Screening</h2>
        <${kt} result=${d} headingLevel=${3} />
      </section>
      <section class="card columns__side" aria-labelledby="intake-heading">
        <h2 id="intake-heading">Intake</h2>
        <${On} intake=${d.intake} />
      </section>
    </div>
  </div>`}var ue=(e,t)=>e.map(r=>[r,t(r)]),He=e=>ue(e,U);function Bn(e,t){return{assessed_on:t,planned_date:"",fitzpatrick:e.fitzpatrick?String(e.fitzpatrick):"",areas:[],concerns:[{code:"",subtype:"",severity:"",areas:[]}],history:[],active:[],medications:[],procedures:[],allergies:[],other_allergies:"",pregnant:!1,breastfeeding:!1}}function Mn(e,t){let r={patient:{birth_date:t.birth_date}};e.assessed_on&&(r.assessed_on=e.assessed_on),e.planned_date&&(r.planned_date=e.planned_date),e.fitzpatrick!==""&&(r.patient.fitzpatrick=Number(e.fitzpatrick)),r.areas=e.areas,r.concerns=e.concerns.map(o=>{let n={code:o.code};return o.subtype&&(n.subtype=o.subtype),o.severity!==""&&(n.severity=Number(o.severity)),o.areas.length>0&&(n.areas=o.areas),n}),e.history.length&&(r.history=e.history),e.active.length&&(r.active=e.active.map(o=>o.areas.length?{code:o.code,areas:o.areas}:{code:o.code})),e.medications.length&&(r.medications=e.medications.map(o=>o.last_dose?{code:o.code,last_dose:o.last_dose}:{code:o.code})),e.procedures.length&&(r.procedures=e.procedures.map(o=>{let n={code:o.code};return o.date&&(n.date=o.date),o.areas.length&&(n.areas=o.areas),n}));let a=e.other_allergies.split(/[,;\n]/).map(o=>o.trim()).filter(Boolean);return(e.allergies.length||a.length)&&(r.allergies=[...e.allergies,...a]),e.pregnant&&(r.pregnant=!0),e.breastfeeding&&(r.breastfeeding=!0),r}function Vn(e){let t=[];return e.fitzpatrick===""&&t.push("the skin type"),e.areas.length===0&&t.push("at least one area to treat"),e.concerns.some(r=>r.code&&r.severity!=="")||t.push("a concern with its severity"),e.medications.some(r=>!r.code)&&t.push("each medication’s name"),e.procedures.some(r=>!r.code||!r.date)&&t.push("each procedure’s name and date"),e.active.some(r=>!r.code)&&t.push("each skin condition"),t}function R({title:e,pointer:t,errors:r,children:a,hint:o}){let n=t?ne(r,t):[];return l`<section class="form-section" aria-labelledby=${`${W(t||e)}-title`}>
    <h2 id=${`${W(t||e)}-title`}>${e}</h2>
    ${o&&l`<p class="hint">${o}</p>`}
    ${n.length>0&&l`<div class="field-error" id=${t?W(t):void 0} tabindex="-1">
      ${n.map(i=>l`<p><span class="visually-hidden">Error: </span>${i}</p>`)}
    </div>`}
    ${a}
  </section>`}function St({rows:e,onRows:t,make:r,render:a,addLabel:o,itemLabel:n}){return l`<div class="rows">
    ${e.map((i,s)=>l`<div class="row" key=${s}>
        <div class="row__fields">${a(i,s,d=>t(e.map((p,c)=>c===s?d:p)))}</div>
        <button
          type="button"
          class="button button--quiet row__remove"
          onClick=${()=>t(e.filter((d,p)=>p!==s))}
        >
          Remove<span class="visually-hidden"> ${n} ${s+1}</span>
        </button>
      </div>`)}
    <button type="button" class="button button--secondary" onClick=${()=>t([...e,r()])}>${o}</button>
  </div>`}function jn({form:e,setForm:t,errors:r,patient:a,clinicToday:o}){let n=d=>p=>t({...e,[d]:p}),i=e.areas,s=d=>`/intake${d}`;return l`<div class="intake">
    <${R} title="Visit">
      <div class="grid grid--2">
        <${S} label="Assessed on" type="date" pointer=${s("/assessed_on")} errors=${r} value=${e.assessed_on} onValue=${n("assessed_on")} max=${o} />
        <${S}
          label="First session planned for"
          hint="Leave empty to use the assessment date."
          type="date"
          pointer=${s("/planned_date")}
          errors=${r}
          value=${e.planned_date}
          onValue=${n("planned_date")}
        />
      </div>
    </${R}>

    <${R} title="Patient">
      <div class="grid grid--2">
        <div class="field" id=${W(s("/patient/birth_date"))} tabindex="-1">
          <span class="field__label">Date of birth</span>
          <p class="field__value">${k(a.birth_date)} (age ${Ae(a.birth_date)}) <span class="muted">from the patient record</span></p>
          ${ne(r,s("/patient/birth_date")).map(d=>l`<p class="field-error">${d}</p>`)}
        </div>
        <${q}
          label="Skin type (Fitzpatrick)"
          pointer=${s("/patient/fitzpatrick")}
          errors=${r}
          value=${e.fitzpatrick}
          onValue=${n("fitzpatrick")}
          options=${ke}
          placeholder="Choose…"
          required
        />
      </div>
    </${R}>

    <${R} title="Areas to treat">
      <div class="grid grid--2">
        <${oe}
          legend="Face"
          pointer=${s("/areas")}
          errors=${r}
          options=${He(Ie)}
          values=${e.areas.filter(d=>Ie.includes(d))}
          onValues=${d=>n("areas")(Oe.filter(p=>d.includes(p)||Fe.includes(p)&&e.areas.includes(p)))}
        />
        <${oe}
          legend="Body"
          pointer=${s("/areas-body")}
          errors=${[]}
          options=${He(Fe)}
          values=${e.areas.filter(d=>Fe.includes(d))}
          onValues=${d=>n("areas")(Oe.filter(p=>d.includes(p)||Ie.includes(p)&&e.areas.includes(p)))}
        />
      </div>
    </${R}>

    <${R} title="Concerns" pointer=${s("/concerns")} errors=${r}>
      <${St}
        rows=${e.concerns}
        onRows=${n("concerns")}
        make=${()=>({code:"",subtype:"",severity:"",areas:[]})}
        addLabel="Add a concern"
        itemLabel="concern"
        render=${(d,p,c)=>l`<div class="grid grid--3">
            <${q}
              label="Concern"
              pointer=${s(`/concerns/${p}/code`)}
              errors=${r}
              value=${d.code}
              onValue=${m=>c({...d,code:m,subtype:Be[m]&&Be[m].includes(d.subtype)?d.subtype:""})}
              options=${ue(Nr,$e)}
              placeholder="Choose…"
              required
            />
            ${Be[d.code]?l`<${q}
                  label="Type"
                  pointer=${s(`/concerns/${p}/subtype`)}
                  errors=${r}
                  value=${d.subtype}
                  onValue=${m=>c({...d,subtype:m})}
                  options=${ue(Be[d.code],ot)}
                  placeholder="Not specified"
                />`:l`<div></div>`}
            <${q}
              label="Severity"
              pointer=${s(`/concerns/${p}/severity`)}
              errors=${r}
              value=${d.severity}
              onValue=${m=>c({...d,severity:m})}
              options=${Rr}
              placeholder="Choose…"
              required
            />
          </div>
          ${i.length>1&&l`<${oe}
            legend="Where (none ticked: every treated area)"
            pointer=${s(`/concerns/${p}/areas`)}
            errors=${r}
            options=${He(i)}
            values=${d.areas.filter(m=>i.includes(m))}
            onValues=${m=>c({...d,areas:m})}
            columns=${4}
            compact
          />`}`}
      />
    </${R}>

    <${R} title="Medical history">
      <${oe}
        legend="The patient has or has had"
        pointer=${s("/history")}
        errors=${r}
        options=${ue(Ir,it)}
        values=${e.history}
        onValues=${n("history")}
        columns=${3}
      />
    </${R}>

    <${R} title="Skin today" pointer=${s("/active")} errors=${r} hint="Conditions present now, anywhere on the body.">
      <${St}
        rows=${e.active}
        onRows=${n("active")}
        make=${()=>({code:"",areas:[]})}
        addLabel="Add a skin condition"
        itemLabel="skin condition"
        render=${(d,p,c)=>l`<${q}
            label="Condition"
            pointer=${s(`/active/${p}/code`)}
            errors=${r}
            value=${d.code}
            onValue=${m=>c({...d,code:m})}
            options=${ue(Fr,st)}
            placeholder="Choose…"
            required
          />
          <${oe}
            legend="Where (none ticked: everywhere)"
            pointer=${s(`/active/${p}/areas`)}
            errors=${r}
            options=${He(Oe)}
            values=${d.areas}
            onValues=${m=>c({...d,areas:m})}
            columns=${4}
            compact
          />`}
      />
    </${R}>

    <${R} title="Medications" pointer=${s("/medications")} errors=${r}>
      <${St}
        rows=${e.medications}
        onRows=${n("medications")}
        make=${()=>({code:"",last_dose:""})}
        addLabel="Add a medication"
        itemLabel="medication"
        render=${(d,p,c)=>l`<div class="grid grid--2">
          <${q}
            label="Medication"
            pointer=${s(`/medications/${p}/code`)}
            errors=${r}
            value=${d.code}
            onValue=${m=>c({...d,code:m})}
            options=${ue(Or,lt)}
            placeholder="Choose…"
            required
          />
          <${S}
            label="Last taken"
            hint="Leave empty if still taking it."
            type="date"
            pointer=${s(`/medications/${p}/last_dose`)}
            errors=${r}
            value=${d.last_dose}
            onValue=${m=>c({...d,last_dose:m})}
            max=${o}
          />
        </div>`}
      />
    </${R}>

    <${R} title="Recent procedures" pointer=${s("/procedures")} errors=${r}>
      <${St}
        rows=${e.procedures}
        onRows=${n("procedures")}
        make=${()=>({code:"",date:"",areas:[]})}
        addLabel="Add a procedure"
        itemLabel="procedure"
        render=${(d,p,c)=>l`<div class="grid grid--2">
            <${q}
              label="Procedure"
              pointer=${s(`/procedures/${p}/code`)}
              errors=${r}
              value=${d.code}
              onValue=${m=>c({...d,code:m})}
              options=${ue(Br,dt)}
              placeholder="Choose…"
              required
            />
            <${S}
              label="Date"
              type="date"
              pointer=${s(`/procedures/${p}/date`)}
              errors=${r}
              value=${d.date}
              onValue=${m=>c({...d,date:m})}
              max=${o}
              required
            />
          </div>
          <${oe}
            legend="Where (none ticked: everywhere)"
            pointer=${s(`/procedures/${p}/areas`)}
            errors=${r}
            options=${He(Oe)}
            values=${d.areas}
            onValues=${m=>c({...d,areas:m})}
            columns=${4}
            compact
          />`}
      />
    </${R}>

    <${R} title="Allergies">
      <${oe}
        legend="Allergic to"
        pointer=${s("/allergies")}
        errors=${r}
        options=${ue(Mr,ct)}
        values=${e.allergies}
        onValues=${n("allergies")}
        columns=${3}
      />
      <${S}
        label="Other allergies"
        hint="Separate with commas. Kept on the record; screening does not act on them."
        pointer=${s("/other_allergies")}
        errors=${r}
        value=${e.other_allergies}
        onValue=${n("other_allergies")}
      />
    </${R}>

    <${R} title="Pregnancy">
      <${oe}
        legend="The patient is"
        pointer=${s("/pregnant")}
        errors=${r}
        options=${[["pregnant","Pregnant"],["breastfeeding","Breastfeeding"]]}
        values=${[e.pregnant&&"pregnant",e.breastfeeding&&"breastfeeding"].filter(Boolean)}
        onValues=${d=>t({...e,pregnant:d.includes("pregnant"),breastfeeding:d.includes("breastfeeding")})}
      />
    </${R}>
  </div>`}function Un(e,t,r){let[a,o]=_({result:null,error:null,pending:!1}),n=JSON.stringify(t);return D(()=>{if(!r){o({result:null,error:null,pending:!1});return}let i=new AbortController;o(d=>({...d,pending:!0}));let s=setTimeout(()=>{T("POST","/api/v1/consultations/screen",{patient_id:e,intake:JSON.parse(n)},{signal:i.signal}).then(d=>o({result:d,error:null,pending:!1}),d=>d.name!=="AbortError"&&o({result:null,error:d,pending:!1}))},450);return()=>{clearTimeout(s),i.abort()}},[e,n,r]),a}function qn({live:e,missing:t,onGoTo:r}){let a;return t.length>0?a=l`<p>To see the screening, add ${t.join(", ")}.</p>`:e.error&&e.error.status===400?a=l`<div class="alert alert--error">
      <p>The screening needs these corrections:</p>
      <ul>
        ${e.error.errors.map(o=>l`<li><a href=${`#${W(o.path)}`} onClick=${n=>r(n,o.path)}>${bt(o.path)}: ${o.message}</a></li>`)}
      </ul>
    </div>`:e.error?a=l`<${w} error=${e.error} />`:e.result?a=l`<${kt} result=${e.result} headingLevel=${3} />`:a=l`<${P} label="Screening…" />`,l`<aside class="live card" aria-labelledby="live-heading">
    <div class="live__head">
      <h2 id="live-heading">Screening</h2>
      <span class="live__status" role="status">${e.pending?"Updating…":e.result?"Up to date":""}</span>
    </div>
    <div aria-live="polite">${a}</div>
    <p class="muted small">Screened as you type with the clinic’s protocol; nothing is saved until you record the consultation.</p>
  </aside>`}function ua({id:e}){let t=E(`/api/v1/patients/${e}`),r=E("/api/v1/clinic");F(t.data!==null&&r.data!==null,"consultation-form");let a=t.error||r.error;return a?l`<${g}>New consultation</${g}><${w} error=${a} onRetry=${()=>(t.reload(),r.reload())} />`:!t.data||!r.data?l`<${g}>New consultation</${g}><${P} />`:l`<${Hn} patient=${t.data} clinicToday=${qe(r.data.time_zone)} />`}function Hn({patient:e,clinicToday:t}){let[r,a,o,n]=Se(`consultation:${e.id}`,()=>Bn(e,t)),[i,s]=_([]),[d,p]=_(!1),[c,m]=_(!1),[f,u]=_(null),h=ee(null),b=Mn(r,e),v=Vn(r),$=Un(e.id,b,v.length===0),y=f&&f.status===400?f.errors:$.error&&$.error.status===400?$.error.errors:[],A=d?y:y.filter(Z=>i.some(z=>Z.path===z||Z.path.startsWith(`${z}/`))),C=(Z,z)=>{Z.preventDefault();let xe=Jt(z);xe&&(xe.scrollIntoView({block:"center"}),xe.focus({preventScroll:!0}))},V=async Z=>{Z.preventDefault(),m(!0),u(null);try{let z=await T("POST","/api/v1/consultations",{patient_id:e.id,intake:b});o(),Q(`/staff/consultations/${z.id}`)}catch(z){p(!0),u(z),m(!1),z instanceof be&&z.status===400&&requestAnimationFrame(()=>h.current&&h.current.querySelector(".error-summary")?.focus())}},se=Z=>{let z=Z.target.name;z&&z.startsWith("/intake")&&!i.includes(z)&&s([...i,z])};return l`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${e.id}`}>${H(e)}</a></p>
    <${g} title="New consultation">New consultation: ${H(e)}</${g}>
    ${n&&l`<${B} kind="info"><p>Your unsaved consultation was restored.</p></${B}>`}
    <div class="consult">
      <form class="consult__form" onSubmit=${V} onFocusOut=${se} novalidate aria-label="Consultation intake">
        <div ref=${h}>
          ${f&&f.status!==400&&l`<${w} error=${f} />`}
          ${d&&l`<${X} errors=${y} />`}
        </div>
        <${jn} form=${r} setForm=${a} errors=${A} patient=${e} clinicToday=${t} />
        <div class="form-actions">
          <${M} busy=${c} busyLabel="Recording…">Record consultation</${M}>
          <button
            type="button"
            class="button button--quiet"
            onClick=${()=>{o(),Q(`/staff/patients/${e.id}`)}}
          >
            Cancel
          </button>
        </div>
      </form>
      <${qn} live=${$} missing=${v} onGoTo=${C} />
    </div>
  </div>`}var rr=25;function Ct({heading:e="Find a patient",readyName:t="patients"}){let[r,a]=Se("patient-search",""),[o,n]=_(0),[i,s]=_({loading:!0,error:null,page:null}),[d,p]=_(0),c=ee(!0);D(()=>{let u=new AbortController,h=c.current?0:250;c.current=!1,s(v=>({...v,loading:!0,error:null}));let b=setTimeout(()=>{T("POST","/api/v1/patients/search",{q:r.trim(),limit:rr,offset:o},{signal:u.signal}).then(v=>s({loading:!1,error:null,page:v}),v=>v.name!=="AbortError"&&s({loading:!1,error:v,page:null}))},h);return()=>{clearTimeout(b),u.abort()}},[r,o,d]),F(i.page!==null,t);let m=i.page,f=m?Math.min(m.offset+m.items.length,m.total):0;return l`<section class="card" aria-labelledby="search-heading">
    <h2 id="search-heading">${e}</h2>
    <form class="search" role="search" onSubmit=${u=>u.preventDefault()}>
      <label for="patient-query">Name, e-mail or phone</label>
      <input
        id="patient-query"
        type="search"
        value=${r}
        autocomplete="off"
        spellcheck="false"
        onInput=${u=>{a(u.currentTarget.value),n(0)}}
      />
    </form>
    <div class="results" aria-live="polite" aria-busy=${i.loading?"true":"false"}>
      ${i.error&&l`<${w} error=${i.error} onRetry=${()=>p(u=>u+1)} />`}
      ${!m&&i.loading&&l`<${P} label="Searching…" />`}
      ${m&&m.items.length===0&&l`<${ie}>No patient matches “${r}”.</${ie}>`}
      ${m&&m.items.length>0&&l`<p class="results__count">
          ${m.total===0?"":`${m.offset+1}–${f} of ${m.total.toLocaleString("en-GB")}`}
          ${i.loading?" (updating…)":""}
        </p>
        <table class="table">
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Born</th><th scope="col">E-mail</th><th scope="col">Phone</th></tr>
          </thead>
          <tbody>
            ${m.items.map(u=>l`<tr>
                <td><a href=${`/staff/patients/${u.id}`}>${H(u)}</a></td>
                <td>${k(u.birth_date)} <span class="muted">(${Ae(u.birth_date)})</span></td>
                <td>${u.email}</td>
                <td>${u.phone}</td>
              </tr>`)}
          </tbody>
        </table>
        <div class="pager">
          <button type="button" class="button button--secondary" disabled=${o===0} onClick=${()=>n(Math.max(0,o-rr))}>
            Previous
          </button>
          <button type="button" class="button button--secondary" disabled=${f>=m.total} onClick=${()=>n(o+rr)}>
            Next
          </button>
        </div>`}
    </div>
  </section>`}var Wn={owner:"Run the clinic: your team, the clinical protocol and who saw which patient.",provider:"Open a patient to record a consultation, screen it and plan the series.",front_desk:"Find or register a patient and keep their details up to date."};function Zn(){let e=E("/api/v1/clinic"),t=E("/api/v1/staff"),r=E("/api/v1/protocol"),a=t.data?t.data.items.filter(o=>o.active):[];return l`<section class="overview" aria-label="Clinic overview">
    <div class="card stat">
      <h2>Clinic</h2>
      ${e.loading&&l`<${P} />`}
      <${w} error=${e.error} onRetry=${e.reload} />
      ${e.data&&l`<p class="stat__value">${e.data.name}</p><p class="muted">Login name ${e.data.slug} · ${e.data.time_zone}</p>`}
    </div>
    <div class="card stat">
      <h2>Team</h2>
      ${t.loading&&l`<${P} />`}
      <${w} error=${t.error} onRetry=${t.reload} />
      ${t.data&&l`<p class="stat__value">${a.length} active</p><p><a href="/staff/team">Manage the team</a></p>`}
    </div>
    <div class="card stat">
      <h2>Protocol</h2>
      ${r.loading&&l`<${P} />`}
      <${w} error=${r.error} onRetry=${r.reload} />
      ${r.data&&l`<p class="stat__value">${r.data.name} ${r.data.version}</p>
        <p>${r.data.built_in?"Built-in default":"Uploaded by the clinic"} · <a href="/staff/protocol">View</a></p>`}
    </div>
    <div class="card stat">
      <h2>Audit log</h2>
      <p class="stat__value">Who saw which patient</p>
      <p><a href="/staff/audit">Open the audit log</a></p>
    </div>
  </section>`}function ma({session:e}){let t=e.role;return l`<div class="stack">
    <div class="page-head">
      <div>
        <${g} title="Home">Good day, ${e.user.display_name}</${g}>
        <p class="lead">${G(t)} · ${Wn[t]}</p>
      </div>
      <a class="button" href="/staff/patients/new">Register a patient</a>
    </div>
    ${t==="owner"&&l`<${Zn} />`}
    <${Ct} readyName="home" />
  </div>`}var fa="np-clinic";function Gn(){let e=new URLSearchParams(location.search).get("clinic");if(e)return e;try{return localStorage.getItem(fa)||""}catch{return""}}function ha({portal:e,expired:t}){let[r,a]=_(Gn),[o,n]=_(""),[i,s]=_(""),[d,p]=_(!1),[c,m]=_(null),f=async b=>{b.preventDefault(),p(!0),m(null);try{await Xr(r.trim(),o.trim(),i);try{localStorage.setItem(fa,r.trim())}catch{}}catch(v){s(""),m(v),p(!1)}},u=c&&c.status===400?c.errors:[],h="";return c&&c.status===401?h="The clinic, e-mail or password is not right.":c&&c.status===429?h=`Too many attempts: ${c.detail}.`:c&&c.status!==400&&(h=c.detail||"The login failed. Try again."),l`<${pe}>
    <div class="login">
      <div class="login__brand"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</div>
      <${g} title=${e?"Patient portal":"Log in"}>${e?"Your treatment plan":"Staff login"}</${g}>
      <p class="lead">
        ${e?"Log in with the account your clinic set up for you to see your sessions and how to prepare.":"Log in to your clinic’s workspace."}
      </p>
      ${t&&l`<${B} kind="warning">
        <p><strong>Your session has ended.</strong> Log in again to carry on: what you typed is kept.</p>
      </${B}>`}
      ${h&&l`<div class="alert alert--error" role="alert"><p>${h}</p></div>`}
      <${X} errors=${u} />
      <form class="form" onSubmit=${f} novalidate>
        <${S}
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
        <${S}
          label="E-mail"
          pointer="/email"
          type="email"
          errors=${u}
          value=${o}
          onValue=${n}
          autocomplete="username"
          required
        />
        <${S}
          label="Password"
          pointer="/password"
          type="password"
          errors=${u}
          value=${i}
          onValue=${s}
          autocomplete="current-password"
          required
        />
        <${M} busy=${d} busyLabel="Logging in…">Log in</${M}>
      </form>
      <p class="login__switch">
        ${e?l`Clinic staff? <a href="/login">Staff login</a>`:l`A patient? <a href="/portal/login">Patient portal</a>`}
      </p>
    </div>
  </${pe}>`}function $a(){return l`<div class="stack">
    <div class="page-head">
      <${g}>Patients</${g}>
      <a class="button" href="/staff/patients/new">Register a patient</a>
    </div>
    <${Ct} heading="Search" />
  </div>`}function _a(){let[e,t,r]=Se("new-patient",ia),[a,o]=_(!1),[n,i]=_(null),s=async d=>{d.preventDefault(),o(!0),i(null);try{let p=await T("POST","/api/v1/patients",xt(e,!0));r(),Q(`/staff/patients/${p.id}`)}catch(p){i(p),o(!1)}};return l`<div class="stack narrow">
    <p class="crumbs"><a href="/staff/patients">Patients</a></p>
    <${g}>Register a patient</${g}>
    ${n&&n.status!==400&&l`<${w} error=${n} />`}
    <div class="card">
      <${wt}
        fields=${e}
        onFields=${t}
        errors=${n&&n.status===400?n.errors:[]}
        busy=${a}
        onSubmit=${s}
        submitLabel="Register patient"
      />
    </div>
  </div>`}function ga(e,t){let[r,a,o]=e.split("-").map(Number);return new Date(Date.UTC(r,a-1,o+t)).toISOString().slice(0,10)}function Le({items:e,sessionDate:t,label:r}){if(!e||e.length===0)return null;let a=e.map(c=>c.to||ga(c.from,7)),o=[t,...e.map(c=>c.from)].sort()[0],n=[t,...a].sort().at(-1),i=Math.max(1,Qt(o,n)+1),s=c=>Qt(o,c)/i*100,d=s(t)+50/i,p=[...e].sort((c,m)=>c.from<m.from?-1:c.from>m.from?1:0);return l`<ol class="care">
    ${p.map(c=>{let m=c.to||ga(c.from,7),f=s(c.from),u=Math.max(1.5,s(m)+100/i-f);return l`<li class="care__item" data-code=${c.code} data-from=${c.from} data-to=${c.to||void 0}>
        <div class="care__when">
          ${r&&l`<strong class="care__name">${r(c.code)}</strong>`}
          <span class="care__dates">${gt(c.from,c.to)}</span>
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
    <span class="care__legend-mark" aria-hidden="true"></span> The line marks the session on ${k(t,"weekday")}.
  </p>`}var ar={forehead:{shapes:[["rect",{x:170,y:50,width:220,height:66}]],point:[240,84],label:["left",72]},temples:{shapes:[["rect",{x:170,y:116,width:34,height:64}],["rect",{x:356,y:116,width:34,height:64}]],point:[186,140],label:["left",140]},periorbital:{shapes:[["ellipse",{cx:236,cy:150,rx:32,ry:19}],["ellipse",{cx:324,cy:150,rx:32,ry:19}]],point:[348,150],label:["right",118]},cheeks:{shapes:[["ellipse",{cx:222,cy:224,rx:38,ry:40}],["ellipse",{cx:338,cy:224,rx:38,ry:40}]],point:[205,226],label:["left",214]},nose:{shapes:[["path",{d:"M280 138 L262 228 Q280 242 298 228 Z"}]],point:[292,200],label:["right",190]},perioral:{shapes:[["ellipse",{cx:280,cy:276,rx:44,ry:22}]],point:[316,276],label:["right",262]},chin:{shapes:[["ellipse",{cx:280,cy:330,rx:40,ry:24}]],point:[300,334],label:["right",334]},jawline:{shapes:[["path",{d:"M178 250 Q192 314 242 344",class:"zone__stroke"}],["path",{d:"M382 250 Q368 314 318 344",class:"zone__stroke"}]],point:[196,304],label:["left",300]}},nr={neck:{shapes:[["rect",{x:189,y:62,width:22,height:20}],["rect",{x:349,y:62,width:22,height:20}]],point:[189,72],label:["left",58]},decolletage:{shapes:[["path",{d:"M162 84 L238 84 L230 122 L170 122 Z"}]],point:[172,102],label:["left",104]},arms:{shapes:[["rect",{x:136,y:88,width:22,height:118,rx:10}],["rect",{x:242,y:88,width:22,height:118,rx:10}],["rect",{x:296,y:88,width:22,height:118,rx:10}],["rect",{x:402,y:88,width:22,height:118,rx:10}]],point:[140,150],label:["left",150]},abdomen:{shapes:[["rect",{x:168,y:150,width:64,height:68}]],point:[180,190],label:["left",196]},hands:{shapes:[["ellipse",{cx:147,cy:222,rx:11,ry:15}],["ellipse",{cx:253,cy:222,rx:11,ry:15}],["ellipse",{cx:307,cy:222,rx:11,ry:15}],["ellipse",{cx:413,cy:222,rx:11,ry:15}]],point:[140,226],label:["left",242]},thighs:{shapes:[["rect",{x:170,y:246,width:28,height:88,rx:8}],["rect",{x:202,y:246,width:28,height:88,rx:8}],["rect",{x:330,y:262,width:28,height:74,rx:8}],["rect",{x:362,y:262,width:28,height:74,rx:8}]],point:[180,292],label:["left",292]},back:{shapes:[["rect",{x:328,y:84,width:64,height:134}]],point:[384,150],label:["right",130]},buttocks:{shapes:[["ellipse",{cx:345,cy:240,rx:17,ry:21}],["ellipse",{cx:375,cy:240,rx:17,ry:21}]],point:[386,244],label:["right",236]}};function Yn(e,t,r){let a=["zone"];return t&&a.push("zone--planned"),t&&t.override_reason&&a.push("zone--override"),r===e&&a.push("zone--selected"),a.join(" ")}function ba({table:e,byZone:t,selected:r,onSelect:a}){return Object.entries(e).map(([o,n])=>{let i=t[o];return l`<g
      class=${Yn(o,i,r)}
      data-zone=${o}
      onClick=${i&&a?()=>a(o):void 0}
    >
      ${n.shapes.map(([s,d])=>l`<${s} ...${d} />`)}
    </g>`})}function va({table:e,byZone:t}){return Object.entries(e).filter(([r])=>t[r]).map(([r,a])=>{let[o,n]=a.label,i=o==="left"?6:554,s=o==="left"?"start":"end",d=t[r],p=9*Math.max(U(r).length+2,J(d.depth_mm).length)+6,c=o==="left"?i+p:i-p;return l`<g class="zone-label" data-zone=${r}>
        <line x1=${c} y1=${n-4} x2=${a.point[0]} y2=${a.point[1]} />
        <circle cx=${a.point[0]} cy=${a.point[1]} r="3" />
        <text x=${i} y=${n-9} text-anchor=${s} class="zone-label__name">${U(r)}${d.override_reason?" *":""}</text>
        <text x=${i} y=${n+12} text-anchor=${s} class="zone-label__depth">${J(d.depth_mm)}</text>
      </g>`})}function ya(e){return e.map(t=>`${U(t.zone)} ${J(t.depth_mm)}${t.override_reason?" (changed)":""}`).join("; ")}function xa({zones:e,selected:t,onSelect:r,caption:a}){let o=Object.fromEntries(e.map(s=>[s.zone,s])),n=e.filter(s=>ar[s.zone]),i=e.filter(s=>nr[s.zone]);return l`<figure class="zone-map">
    <div class="zone-map__pictures">
      ${(n.length>0||i.length===0)&&l`<svg
        class="zone-map__face"
        viewBox="0 0 560 400"
        role="img"
        aria-label=${`Face: ${n.length?ya(n):"no face zone planned"}`}
      >
        <defs><clipPath id="face-clip"><ellipse cx="280" cy="200" rx="110" ry="150" /></clipPath></defs>
        <ellipse class="outline" cx="280" cy="200" rx="110" ry="150" />
        <g clip-path="url(#face-clip)"><${ba} table=${ar} byZone=${o} selected=${t} onSelect=${r} /></g>
        <g class="features" aria-hidden="true">
          <path d="M214 128 Q236 118 258 128 M302 128 Q324 118 346 128" />
          <path d="M222 151 Q236 143 250 151 Q236 158 222 151 Z M310 151 Q324 143 338 151 Q324 158 310 151 Z" />
          <path d="M258 278 Q280 288 302 278" />
        </g>
        <${va} table=${ar} byZone=${o} />
      </svg>`}
      ${i.length>0&&l`<svg
        class="zone-map__body"
        viewBox="0 0 560 420"
        role="img"
        aria-label=${`Body, front and back: ${i.length?ya(i):"no body zone planned"}`}
      >
        <g class="silhouette" aria-hidden="true">
          <circle cx="200" cy="40" r="24" /><circle cx="360" cy="40" r="24" />
          <rect x="168" y="122" width="64" height="28" /><rect x="168" y="218" width="64" height="28" />
          <rect x="174" y="334" width="22" height="74" rx="8" /><rect x="204" y="334" width="22" height="74" rx="8" />
          <rect x="334" y="336" width="22" height="72" rx="8" /><rect x="364" y="336" width="22" height="72" rx="8" />
        </g>
        <${ba} table=${nr} byZone=${o} selected=${t} onSelect=${r} />
        <text x="200" y="418" text-anchor="middle" class="zone-map__side">Front</text>
        <text x="360" y="418" text-anchor="middle" class="zone-map__side">Back</text>
        <${va} table=${nr} byZone=${o} />
      </svg>`}
    </div>
    ${a&&l`<figcaption>${a}</figcaption>`}
  </figure>`}function wa({plan:e}){let t=e.schedule||[];return l`<section class="card" aria-labelledby="schedule-heading">
    <h2 id="schedule-heading">Sessions and dates</h2>
    ${t.length===0?l`<p>No dates yet: the first session is set once the deferral is resolved.</p>`:l`<ol class="sessions">
          ${t.map(r=>l`<li><span class="sessions__n">Session ${r.session}</span> <${ve} date=${r.date} style="weekday" /></li>`)}
        </ol>
        <p class="muted">Every ${e.interval_days.min}–${e.interval_days.max} days${e.interval_override_reason?` (changed: ${e.interval_override_reason})`:""}.</p>`}
    ${e.maintenance&&l`<p><strong>Maintenance:</strong> ${gt(e.maintenance.from,e.maintenance.to)}</p>`}
    ${e.computed&&(e.computed.follow_up_photos||[]).length>0&&l`<p><strong>Follow-up photos:</strong> ${e.computed.follow_up_photos.map(r=>k(r)).join(", ")}</p>`}
  </section>`}function Kn({plan:e,zone:t,computed:r,onSaved:a,onCancel:o}){let n=e.zones.find(V=>V.zone===t),[i,s]=_(String(n.depth_mm.min)),[d,p]=_(String(n.depth_mm.max)),[c,m]=_(n.override_reason||""),[f,u]=_(!1),[h,b]=_(null),v=h&&h.status===400?h.errors:[],$="/zones/0",y=V=>V.trim()===""||Number.isNaN(Number(V))?V:Number(V),A=async V=>{V.preventDefault(),u(!0),b(null);try{let se=await T("PATCH",`/api/v1/plans/${e.id}`,{version:e.version,zones:[{zone:t,depth_mm:{min:y(i),max:y(d)},reason:c.trim()}]});a(se)}catch(se){b(se),u(!1)}},C=ne(v,`${$}/depth_mm`);return l`<form class="card depth-editor" onSubmit=${A} novalidate aria-labelledby="depth-editor-heading">
    <h3 id="depth-editor-heading">Change the depth: ${U(t)}</h3>
    <p class="muted">
      Protocol range ${J(n.protocol_depth_mm)}${r?`; hard maximum ${Number(r.hard_max_mm).toFixed(2)} mm`:""}.
      A depth outside the protocol’s range needs a reason.
    </p>
    ${h&&h.status!==400&&l`<${w} error=${h} />`}
    <${X} errors=${v} title="The change was refused" />
    <div class="grid grid--2" id=${W(`${$}/depth_mm`)} tabindex="-1">
      <${S} label="Minimum (mm)" type="number" step="0.05" min="0.05" max="5" inputmode="decimal" pointer=${`${$}/depth_mm/min`} errors=${v} value=${i} onValue=${s} required />
      <${S} label="Maximum (mm)" type="number" step="0.05" min="0.05" max="5" inputmode="decimal" pointer=${`${$}/depth_mm/max`} errors=${v} value=${d} onValue=${p} required />
    </div>
    ${C.length>0&&l`<div class="field-error">${C.map(V=>l`<p>${V}</p>`)}</div>`}
    <${na} label="Reason" hint="Why this zone differs from the protocol (kept with the plan)." pointer=${`${$}/reason`} errors=${v} value=${c} onValue=${m} rows=${2} />
    <div class="form-actions">
      <${M} busy=${f}>Save depth</${M}>
      <button type="button" class="button button--quiet" onClick=${o}>Cancel</button>
    </div>
  </form>`}function Qn({plan:e,computedZones:t,onEdit:r,canEdit:a}){return l`<div class="table-scroll"><table class="table depth-table">
    <caption class="visually-hidden">Depth per zone</caption>
    <thead>
      <tr>
        <th scope="col">Zone</th>
        <th scope="col">Planned depth</th>
        <th scope="col">Protocol range</th>
        <th scope="col">Hard maximum</th>
        <th scope="col">Reason for change</th>
        ${a&&l`<th scope="col"><span class="visually-hidden">Actions</span></th>`}
      </tr>
    </thead>
    <tbody>
      ${e.zones.map(o=>{let n=t[o.zone];return l`<tr data-zone=${o.zone}>
          <th scope="row">${U(o.zone)}</th>
          <td class=${o.override_reason?"changed":""}>${J(o.depth_mm)}</td>
          <td>${J(o.protocol_depth_mm)}</td>
          <td>${n?`${Number(n.hard_max_mm).toFixed(2)} mm`:"—"}</td>
          <td>${o.override_reason||"—"}</td>
          ${a&&l`<td><button type="button" class="button button--secondary button--small" onClick=${()=>r(o.zone)}>
            Change<span class="visually-hidden"> ${U(o.zone)}</span>
          </button></td>`}
        </tr>`})}
    </tbody>
  </table></div>`}function ka({plan:e,onPlanChange:t,canEdit:r}){let[a,o]=_(null),[n,i]=_([]),s=e.schedule&&e.schedule[0]?e.schedule[0].date:null;if(!e.zones)return l`<div class="stack">
      <p><${j} kind="neutral">${Me(e.status)}</${j}> ${ae(e.sessions,"session")}</p>
      <${wa} plan=${e} />
      <p class="muted">Depths and clinical details are for the clinic’s providers.</p>
    </div>`;let d=e.computed||{},p=Object.fromEntries((d.zones||[]).map(f=>[f.zone,f])),c=(e.schedule||[]).map(f=>k(f.date)).join(", "),m=f=>{r&&(i([]),o(f),requestAnimationFrame(()=>document.getElementById("depth-editor-heading")?.scrollIntoView({block:"nearest"})))};return l`<div class="stack">
    <div class="plan-summary">
      <${j} kind="neutral">${Me(e.status)}</${j}>
      <span>${ae(e.sessions,"session")} every ${e.interval_days.min}–${e.interval_days.max} days</span>
      ${s&&l`<span>first on <strong>${k(s,"weekday")}</strong></span>`}
      ${(d.adjuncts||[]).length>0&&l`<span>Adjuncts: ${d.adjuncts.map(ht).join(", ")}</span>`}
      <span class="muted">Protocol ${e.protocol.name} ${e.protocol.version}</span>
    </div>
    ${n.map(f=>l`<${B} kind="warning"><p>${f}</p></${B}>`)}
    <section class="card" aria-labelledby="zones-heading">
      <h2 id="zones-heading">Zones and depths</h2>
      <div class="plan-zones">
        <${xa}
          zones=${e.zones}
          selected=${a}
          onSelect=${r?m:null}
          caption=${`${ae(e.sessions,"session")}${c?`: ${c}`:""}. Depth is the needle-length setting; * marks a depth changed from the protocol.`}
        />
        <div class="plan-zones__table">
          <${Qn} plan=${e} computedZones=${p} onEdit=${m} canEdit=${r} />
          ${a&&l`<${Kn}
            key=${`${a}-${e.version}`}
            plan=${e}
            zone=${a}
            computed=${p[a]}
            onCancel=${()=>o(null)}
            onSaved=${f=>{o(null),i(f.warnings||[]),t(f.plan)}}
          />`}
        </div>
      </div>
    </section>
    <${wa} plan=${e} />
    ${s&&l`<div class="grid grid--2 grid--top">
      <section class="card" aria-labelledby="prep-heading">
        <h2 id="prep-heading">Preparation before session 1</h2>
        <${Le} items=${d.prep} sessionDate=${s} label=${mt} />
      </section>
      <section class="card" aria-labelledby="aftercare-heading">
        <h2 id="aftercare-heading">Aftercare after session 1</h2>
        <${Le} items=${d.aftercare} sessionDate=${s} label=${ft} />
      </section>
    </div>`}
    ${(d.adjunct_notes||[]).length>0&&l`<section class="card"><h2>Notes</h2><ul>${d.adjunct_notes.map(f=>l`<li>${typeof f=="string"?f:f.note||JSON.stringify(f)}</li>`)}</ul></section>`}
  </div>`}function Sa({session:e,id:t}){let r=E(`/api/v1/plans/${t}`),a=r.data?r.data.patient_id:null,o=E(a?`/api/v1/patients/${a}`:null);if(F(r.data!==null&&o.data!==null,"plan"),r.error)return l`<${g}>Treatment plan</${g}><${w} error=${r.error} onRetry=${r.reload} />`;if(!r.data)return l`<${g}>Treatment plan</${g}><${P} label="Loading the plan…" />`;let n=o.data?H(o.data):`patient #${r.data.patient_id}`;return l`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${r.data.patient_id}`}>${n}</a></p>
    <${g} title="Treatment plan">Treatment plan: ${n}</${g}>
    <${ka} plan=${r.data} onPlanChange=${r.setData} canEdit=${Te(e.role)} />
  </div>`}var Jn={proposed:"Proposed by your clinic",active:"In progress",completed:"Completed",cancelled:"Cancelled"};function Ca({plan:e,patientName:t}){let r=e.schedule||[],a=r[0]?r[0].date:null;return l`<article class="portal-plan" aria-labelledby=${`plan-${e.id}-heading`}>
    <header class="portal-plan__head">
      <h2 id=${`plan-${e.id}-heading`}>Your microneedling plan</h2>
      <p>${t} · ${Jn[e.status]||e.status} · ${ae(e.sessions,"session")}</p>
    </header>
    <section class="card">
      <h3>Your sessions</h3>
      ${r.length===0?l`<p>Your clinic will give you the dates once you are ready to start.</p>`:l`<ol class="sessions sessions--large">
            ${r.map(o=>l`<li><span class="sessions__n">Session ${o.session}</span> <${ve} date=${o.date} style="long" /></li>`)}
          </ol>
          <p>Sessions are about ${Math.round(e.interval_days.min/7)} to ${Math.round(e.interval_days.max/7)} weeks apart, so your skin can heal and rebuild in between.</p>`}
    </section>
    ${a&&l`<section class="card">
      <h3>Before your first session</h3>
      <p class="muted">Do the same before every session: your clinic will remind you.</p>
      <${Le} items=${e.prep} sessionDate=${a} label=${null} />
    </section>
    <section class="card">
      <h3>After each session</h3>
      <p class="muted">The dates are for your first session.</p>
      <${Le} items=${e.aftercare} sessionDate=${a} label=${null} />
    </section>`}
    ${(e.follow_up_photos||[]).length>0&&l`<section class="card">
      <h3>Follow-up photos</h3>
      <p>${`Results build over three to six months. Your clinic will take photos around ${e.follow_up_photos.map(o=>k(o,"long")).join(", ")}.`}</p>
    </section>`}
    ${e.maintenance&&l`<section class="card">
      <h3>Keeping the results</h3>
      <p>${`A maintenance session between ${k(e.maintenance.from,"long")} and ${k(e.maintenance.to,"long")} keeps the results going.`}</p>
    </section>`}
    <section class="card card--warning">
      <h3>Call the clinic straight away if</h3>
      <p>you have a cold sore, a rash, a breakout or sunburn before a session, or pus, fever, spreading redness or increasing pain after one.</p>
    </section>
  </article>`}function Ta(){return l`<button type="button" class="button no-print" onClick=${()=>window.print()}>Print or save as PDF</button>`}function Pa({session:e}){let t=e.user.patient_id,r=E(`/api/v1/patients/${t}`),a=E(`/api/v1/patients/${t}/plans`);F(r.data!==null&&a.data!==null,"portal");let o=r.data?H(r.data):e.user.display_name,n=a.data?[...a.data.items].sort((s,d)=>d.id-s.id):[],i=n.find(s=>s.status!=="cancelled")||n[0];return l`<div class="stack portal">
    <div class="page-head">
      <div>
        <${g} title="My plan">Hello, ${o}</${g}>
        <p class="lead">Your treatment plan, and how to prepare for each session.</p>
      </div>
      ${i&&l`<${Ta} />`}
    </div>
    <${w} error=${r.error||a.error} onRetry=${()=>(r.reload(),a.reload())} />
    ${a.loading&&l`<${P} label="Loading your plan…" />`}
    ${a.data&&!i&&l`<${ie}>Your clinic has not made a treatment plan for you yet.</${ie}>`}
    ${i&&l`<${Ca} plan=${i} patientName=${o} />`}
    ${n.length>1&&l`<section class="card no-print">
      <h2>Earlier plans</h2>
      <ul>${n.filter(s=>s!==i).map(s=>l`<li><a href=${`/portal/plans/${s.id}`}>Plan of ${ae(s.sessions,"session")}${s.schedule&&s.schedule[0]?`, from ${k(s.schedule[0].date)}`:""}</a></li>`)}</ul>
    </section>`}
  </div>`}function Aa({session:e,id:t}){let r=E(`/api/v1/plans/${t}`);return F(r.data!==null,"portal-plan"),l`<div class="stack portal">
    <p class="crumbs no-print"><a href="/portal">My plan</a></p>
    <div class="page-head">
      <${g} title="Treatment plan">Treatment plan</${g}>
      ${r.data&&l`<${Ta} />`}
    </div>
    ${r.loading&&l`<${P} label="Loading the plan…" />`}
    ${r.error&&(r.error.status===404?l`<div class="alert alert--error" role="alert"><p>There is no plan of yours at this address.</p></div>`:l`<${w} error=${r.error} onRetry=${r.reload} />`)}
    ${r.data&&l`<${Ca} plan=${r.data} patientName=${e.user.display_name} />`}
  </div>`}function Xn(e,t){let r=e.slice(0,t).split(/\r?\n/);return[r.length,r.pop().length+1]}function eo(e,t,r){let a=e.split(/\r?\n/),o="",n=(Math.log10(t+1)|0)+1;for(let i=t-1;i<=t+1;i++){let s=a[i-1];s&&(o+=i.toString().padEnd(n," "),o+=":  ",o+=s,o+=`
`,i===t&&(o+=" ".repeat(n+r+2),o+=`^
`))}return o}var x=class e extends Error{line;column;codeblock;constructor(t,r){let[a,o]=Xn(r.toml,r.ptr),n=eo(r.toml,a,o);super(`Invalid TOML document: ${t}

${n}`,r),this.line=a,this.column=o,this.codeblock=n}static x(t,r,a){throw new e(t,{toml:r.s,ptr:a??r.p})}};function Tt(e){let t=e.p,r=e.s.charCodeAt(e.p++),a=r,o=r===39,n=r===e.s.charCodeAt(e.p)&&r===e.s.charCodeAt(e.p+1);n&&((r=e.s.charCodeAt(e.p+=2))===10?e.p++:r===13&&e.s.charCodeAt(e.p+1)===10&&(e.p+=2));let i="",s=e.p,d=0;for(;e.p<e.s.length;e.p++)if(r=e.s.charCodeAt(e.p),n&&(r===10||r===13&&e.s.charCodeAt(e.p+1)===10))d=d&&3;else if(r<32&&r!==9||r===127)x.x("control characters are not allowed in strings",e);else if((!d||d===3)&&r===a&&(!n||e.s.charCodeAt(e.p+1)===a&&e.s.charCodeAt(e.p+2)===a)){if(n&&(e.s.charCodeAt(e.p+3)===a&&e.p++,e.s.charCodeAt(e.p+3)===a&&e.p++),!d){let p=e.s.slice(s,e.p);i=i?i+p:p}return e.p+=n?3:1,i}else if(!d)!o&&r===92&&(i+=e.s.slice(s,s=e.p),d=1);else if(d===1)if(r===120||r===117||r===85){let p=e.p++-1,c=0,m=r===120?2:r===117?4:8;for(let f=0;f<m;f++,e.p++){let u=e.s.charCodeAt(e.p),h=u>=48&&u<=57?u-48:u>=65&&u<=70?u-65+10:u>=97&&u<=102?u-97+10:-1;h<0&&x.x("invalid non-hex character in unicode escape",e),c=c<<4|h}(c<0||c>1114111||c>=55296&&c<=57343)&&x.x("invalid unicode escape",e,p),i+=String.fromCodePoint(c),s=e.p--,d=0}else n&&(r===32||r===9)?d=2:(r===98?i+="\b":r===116?i+="	":r===110?i+=`
`:r===102?i+="\f":r===114?i+="\r":r===101?i+="\x1B":r===34?i+='"':r===92?i+="\\":x.x("unrecognised escape sequence",e),s=e.p+1,d=0);else r!==32&&r!==9&&(d===2&&x.x("invalid escape: only line-ending whitespace may be escaped",e,s),d=!o&&r===92?1:0,s=e.p);x.x("unfinished string",e,t)}var to=/^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i,We=class e extends Date{#t=!1;#r=!1;#e=null;constructor(t,r,a){let o=!0,n=!0,i="Z",s;if(typeof t=="string")if(r)e:{if(r<3){if(+t.slice(11,13)>23){t="";break e}r===2?(i=null,t+="Z"):(s=t.charCodeAt(t.length-1))!==90&&s!==122&&(i=t.slice(t.length-6)),a&&(t=t.slice(0,10)+"T"+t.slice(11))}else r===4&&(t=+t.slice(0,2)>23?"":`0000-01-01T${t}Z`);o=r!==4,n=r!==3}else{let d=t.match(to);d?(d[1]||(o=!1,t=`0000-01-01T${t}`),n=!!d[2],n&&t[10]===" "&&(t=t.replace(" ","T")),d[2]&&+d[2]>23?t="":(i=d[3]||null,!i&&n&&(t+="Z"))):t=""}super(t),isNaN(this.getTime())||(this.#t=o,this.#r=n,this.#e=i)}isDateTime(){return this.#t&&this.#r}isLocal(){return!this.#t||!this.#r||!this.#e}isDate(){return this.#t&&!this.#r}isTime(){return this.#r&&!this.#t}isValid(){return this.#t||this.#r}toISOString(){let t=super.toISOString();if(this.isDate())return t.slice(0,10);if(this.isTime())return t.slice(11,23);if(this.#e===null)return t.slice(0,-1);if(this.#e==="Z"||this.#e==="z")return t;let r=+this.#e.slice(1,3)*60+ +this.#e.slice(4,6);return r=this.#e[0]==="-"?r:-r,new Date(this.getTime()-r*6e4).toISOString().slice(0,-1)+this.#e}static wrapAsOffsetDateTime(t,r="Z"){let a=new e(t);return a.#e=r,a}static wrapAsLocalDateTime(t){let r=new e(t);return r.#e=null,r}static wrapAsLocalDate(t){let r=new e(t);return r.#r=!1,r.#e=null,r}static wrapAsLocalTime(t){let r=new e(t);return r.#t=!1,r.#e=null,r}};function Y(e,t=10){return t===16?e>47&&e<58||e>64&&e<71||e>96&&e<103:e>47&&e<48+t}function ir(e,t){return e===32||e===9||e===10||e===13||t&&(e===t||e===44)||e===35}function Ge(e,t){let r=e.p,a=e.s.charCodeAt(e.p);if(a===91||a===123){e.d--||x.x("document contains excessively nested structures. aborting.",e);let o=a===91?za(e):Ea(e);return e.d++,o}return a===34||a===39?Tt(e):a===116?((e.s.charCodeAt(++e.p)!==114||e.s.charCodeAt(++e.p)!==117||e.s.charCodeAt(++e.p)!==101)&&x.x("invalid value",e,r),e.p++,!0):a===102?((e.s.charCodeAt(++e.p)!==97||e.s.charCodeAt(++e.p)!==108||e.s.charCodeAt(++e.p)!==115||e.s.charCodeAt(++e.p)!==101)&&x.x("invalid value",e,r),e.p++,!1):a===43||a===45?Pt(e,e.p,e.s.charCodeAt(++e.p),44-a,t):e.s.charCodeAt(e.p+4)===45&&e.s.charCodeAt(e.p+7)===45?ro(e,a,t):e.s.charCodeAt(e.p+2)===58?ao(e,a,t):Pt(e,e.p,a,0,t)}function Pt(e,t,r,a,o){let n=r,i=0,s=!1;if(n===105)return(e.s.charCodeAt(++e.p)!==110||e.s.charCodeAt(++e.p)!==102)&&x.x("invalid value",e,t),e.p++,(a||1)/0;if(n===110)return(e.s.charCodeAt(++e.p)!==97||e.s.charCodeAt(++e.p)!==110)&&x.x("invalid value",e,t),e.p++,NaN;if(n===48){if(++e.p>=e.s.length||ir(n=e.s.charCodeAt(e.p),o))return e.bi===!0?0n:0;if(!a){if(n===120)return or(e,t,16,o);if(n===98)return or(e,t,2,o);if(n===111)return or(e,t,8,o)}n===46?i=2:n===101||n===69?i=4:x.x("illegal leading zero",e,t)}else Y(n)||x.x("invalid value",e,t);for(;++e.p<e.s.length&&(n=e.s.charCodeAt(e.p),!ir(n,o));)i||(i=1),n===95?(i&1||x.x("illegal underscore",e),i+=11,s=!0):i===1&&n===46?i=2:(i===1||i===3)&&(n===101||n===69)?i=4:i===4&&(n===43||n===45)?i=6:Y(n)?i>9?i-=11:i&1||i++:x.x("illegal character in numeric literal",e);if(!i){let p=(r-48)*(a||1);return e.bi===!0?BigInt(p):p}i&1||x.x("unfinished numeric value",e,t);let d=e.s.slice(t,e.p);return s&&(d=d.replaceAll("_","")),i>1?parseFloat(d):La(e,d,10,t)}function or(e,t,r,a){let o,n=1;for(;++e.p<e.s.length&&(o=e.s.charCodeAt(e.p),!ir(o,a));)o===95?(n&1&&x.x("illegal underscore",e),n=3):Y(o,r)?n&1&&n--:x.x("illegal character in numeric literal",e);n&1&&x.x("unfinished numeric value",e);let i=e.s.slice(t+2,e.p);return n&&(i=i.replaceAll("_","")),La(e,i,r,t)}function La(e,t,r,a){if(e.bi!==!0)e:{let o=parseInt(t,r);if(!Number.isSafeInteger(o)){if(e.bi)break e;x.x("integer value cannot be represented losslessly",e,a)}return o}return BigInt(r===10?t:(r===2?"0b":r===8?"0o":"0x")+t)}function ro(e,t,r){let a=e.p++,o;if(!Y(t)||!Y(e.s.charCodeAt(e.p++))||!Y(e.s.charCodeAt(e.p++))||!Y(e.s.charCodeAt(e.p++)))return Pt(e,e.p=a,t,0,r);if(e.p+=5,Y(e.s.charCodeAt(e.p++))||x.x("invalid date-time: date part is malformed",e,a),e.p>=e.s.length||((t=e.s.charCodeAt(e.p))!==32||(o=!0,!Y(e.s.charCodeAt(e.p+1))))&&t!==84&&t!==116){let i=e.s.slice(a,e.p);return Ze(e,i,3,!1,a)}if(e.s.charCodeAt(e.p+=3)!==58&&x.x("invalid date-time: time part is malformed",e,a),e.s.charCodeAt(e.p+=3)===58&&(e.p+=3),e.s.charCodeAt(e.p)===46)for(;Y(e.s.charCodeAt(++e.p)););if(t=e.s.charCodeAt(e.p)){if(t===90||t===122){let i=e.s.slice(a,++e.p);return Ze(e,i,1,o,a,"[+00:00]")}if(t===43||t===45){let i=e.s.slice(a,e.p+=6);return Ze(e,i,1,o,a,!e.ld&&"["+e.s.slice(e.p-6,e.p)+"]")}}let n=e.s.slice(a,e.p);return Ze(e,n,2,o,a)}function ao(e,t,r){let a=e.p;if(!Y(t)||!Y(e.s.charCodeAt(++e.p)))return Pt(e,--e.p,t,0,r);if(e.s.charCodeAt(e.p+=4)===58&&(e.p+=3),e.s.charCodeAt(e.p)===46)for(;Y(e.s.charCodeAt(++e.p)););let o=e.s.slice(a,e.p);return Ze(e,o,4,!1,a)}function Ze(e,t,r,a,o,n){if(e.ld){let i=new We(t,r,a);return i.isValid()||x.x("invalid date",e,o),i}try{switch(n&&(t+=n),r){case 1:return Temporal.ZonedDateTime.from(t);case 2:return Temporal.PlainDateTime.from(t);case 3:return Temporal.PlainDate.from(t);case 4:return Temporal.PlainTime.from(t)}}catch(i){x.x(i instanceof Error?i.message:""+i,e,o)}}function no(e){for(;e.p<e.s.length;e.p++){let t=e.s.charCodeAt(e.p);if(t===10)break;if(t===13&&e.s.charCodeAt(e.p+1)===10){e.p++;break}(t<32&&t!==9||t===127)&&x.x("control characters are not allowed in comments",e)}}function te(e,t,r){let a;for(;e.p<e.s.length;){for(;e.p<e.s.length&&((a=e.s.charCodeAt(e.p))===32||a===9||!t&&(a===10||a===13&&e.s.charCodeAt(e.p+1)===10));)e.p++;if(r||a!==35)break;no(e)}}function At(e,t=61){let r,a=0,o=[],n,i=e.s.charCodeAt(r=e.p);do{if(i===t)return a||x.x("unexpected end of key",e),a===1&&o.push(e.s.slice(n,e.p)),e.p++,o;i===46?(a||x.x("illegal empty bare key",e),a===1&&o.push(e.s.slice(n,e.p)),a=0):!a&&(i===34||i===39)?(i===e.s.charCodeAt(e.p+1)&&i===e.s.charCodeAt(e.p+2)&&x.x("illegal quoted key: multiline strings are not allowed",e),o.push(Tt(e)),a=2,e.p--):i===32||i===9?a===1&&(o.push(e.s.slice(n,e.p)),a=2):a===2||i<48&&i!==45||i>57&&i<65||i>90&&i<97&&i!==95||i>122?x.x("illegal character in key",e):a||(a=1,n=e.p)}while(i=e.s.charCodeAt(++e.p));x.x("incomplete key-value: cannot find end of key",e,r)}function Ea(e){let t=e.p++,r=Object.create(null),a=new Set,o;for(;e.p<e.s.length;){if(te(e),(o=e.s.charCodeAt(e.p))===125)return e.p++,r;let n,i=r,s=!1,d=e.p,p=At(e);for(let m=0;m<p.length;m++){m&&(i=s?i[n]:i[n]=Object.create(null)),n=p[m],(s=Object.hasOwn(i,n))&&(typeof i[n]!="object"||a.has(i[n]))&&x.x("trying to redefine an already defined value",e,d);let f=n==="__proto__";if(e.uk&&(f||n==="constructor")){i=e.uk!==1&&x.x("document contains an unsafe property",e,d);break}!s&&f&&Object.defineProperty(i,n,{enumerable:!0,configurable:!0,writable:!0})}s&&x.x("trying to redefine an already defined value",e,d),te(e,!0,!0);let c=Ge(e,125);if(i&&typeof(i[n]=c)=="object"&&a.add(c),te(e),(o=e.s.charCodeAt(e.p++))===125)return r;o!==44&&x.x("expected comma or end of structure",e,e.p-1)}x.x("unfinished table",e,t)}function za(e){let t=e.p++,r=[],a;for(;e.p<e.s.length;){if(te(e),(a=e.s.charCodeAt(e.p))===93)return e.p++,r;if(r.push(Ge(e,93)),te(e),(a=e.s.charCodeAt(e.p++))===93)return r;a!==44&&x.x("expected comma or end of structure",e,e.p-1)}x.x("unfinished array",e,t)}function Da(e,t,r,a,o){let n=r,i=a,s,d=!1,p;for(let c=0;c<t.length;c++){if(c){if(n=d?n[s]:n[s]=Object.create(null),i=(p=i[s]).c,o===0&&(p.t===1||p.t===2))return null;if(p.t===2){let m=n.length-1;n=n[m],i=i[m].c}}if(s=t[c],(d=Object.hasOwn(n,s))&&i[s]?.t===0&&i[s]?.d)return null;if(!d){let m=s==="__proto__";if(e.uk&&(m||s==="constructor"))return!1;m&&(Object.defineProperty(n,s,{enumerable:!0,configurable:!0,writable:!0}),Object.defineProperty(i,s,{enumerable:!0,configurable:!0,writable:!0})),i[s]={t:c<t.length-1&&o===2?3:o,d:!1,i:0,c:Object.create(null)}}}if(p=i[s],p.t!==o&&!(o===1&&p.t===3)||(o===2&&(p.d||(p.d=!0,n[s]=[]),n[s].push(n=Object.create(null)),p.c[p.i++]=p={t:1,d:!1,i:0,c:Object.create(null)}),p.d))return null;if(p.d=!0,o===1)n=d?n[s]:n[s]=Object.create(null);else if(o===0&&d)return null;return[s,n,p.c]}function Na(e,t,r){(t===null||e.uk===2)&&x.x(t===null?"trying to redefine an already defined table or value":"document contains an unsafe property",e,r)}function sr(e,t={}){let r={s:e,p:0,d:t.maxDepth??1e3,bi:t.integersAsBigInt??!1,ld:t.useLegacyDate??!0,uk:t.unsafeKeyBehaviour==="throw"?2:t.unsafeKeyBehaviour==="drop"?1:0},a=Object.create(null),o=Object.create(null),n,i=!1,s=a,d=o;for(e.charCodeAt(0)===65279&&r.p++,te(r);r.p<e.length;){if(e.charCodeAt(r.p)===91){let p=e.charCodeAt(++r.p)===91;n=r.p+=+p,i=!1;let c=At(r,93);p&&(e.charCodeAt(r.p)!==93&&x.x("expected end of table array declaration",r),r.p++);let m=Da(r,c,a,o,p?2:1);m?(d=m[2],s=m[1]):(Na(r,m,n),i=!0)}else{n=r.p;let p=At(r),c=Da(r,p,s,d,0);!c&&!i&&Na(r,c,n),te(r,!0,!0);let m=Ge(r,void 0);c&&!i&&(c[1][c[0]]=m)}te(r,!0),r.p<e.length&&(n=e.charCodeAt(r.p))!==10&&(n!==13||e.charCodeAt(r.p+1)!==10)&&x.x("each key-value declaration must be followed by an end-of-line",r),te(r)}return a}var Pl=!!"".isWellFormed;function oo(e){return e?Object.entries(e).map(([t,r])=>`${r} ${r===1?t.replace(/s$/,""):t}`).join(" "):"—"}function Ra(e){return e===0?"session day":e<0?`${-e} days before`:`${e} days after`}function Ye({rule:e}){return!e.source&&!e.evidence?"—":l`${e.evidence&&l`<p class="small">${e.evidence}</p>`}
    ${e.source&&l`<details class="small"><summary>Source</summary><p>${e.source}</p></details>`}`}function ye({caption:e,head:t,rows:r}){return l`<section class="card protocol-table">
    <h2>${e}</h2>
    <div class="table-scroll">
      <table class="table">
        <thead><tr>${t.map(a=>l`<th scope="col">${a}</th>`)}</tr></thead>
        <tbody>${r.map(a=>l`<tr>${a.map((o,n)=>n===0?l`<th scope="row">${o}</th>`:l`<td>${o}</td>`)}</tr>`)}</tbody>
      </table>
    </div>
  </section>`}function io({doc:e}){let t=e.series||{},r=Object.entries(e.zones||{}),a=Object.entries(e.concerns||{}),o=Object.entries(e.findings||{}),n=(s,d)=>(s||[]).map(p=>[d(p.code),`${Ra(p.from_day)} → ${p.open_ended?"open-ended":Ra(p.to_day)}`,p.only_with?`Only with: ${p.only_with.map(ge).join(", ")}`:"Everyone",l`<p>${p.instruction}</p><${Ye} rule=${p} />`]),i=e.findings&&e.findings.recent_procedure&&e.findings.recent_procedure.window_days||{};return l`<div class="stack">
    <${ye}
      caption="Series"
      head=${["Rule","Value"]}
      rows=${[["Sessions",t.sessions?`${t.sessions.min}–${t.sessions.max}`:"—"],["Interval",t.interval_days?`${t.interval_days.min}–${t.interval_days.max} days`:"—"],["Maintenance",t.maintenance_months?`${t.maintenance_months.from}–${t.maintenance_months.to} months after the last session`:"—"],["Follow-up photos",t.follow_up_photo_months?`${t.follow_up_photo_months.join(", ")} months after the last session`:"—"],["Depth reduction with PIH risk",t.pih_depth_reduction_mm!==void 0?`${t.pih_depth_reduction_mm} mm`:"—"]]}
    />
    <${ye}
      caption="Zones"
      head=${["Zone","Default depth","Hard maximum","Source and evidence"]}
      rows=${r.map(([s,d])=>[U(s),J(d.depth_mm),`${Number(d.hard_max_mm).toFixed(2)} mm`,l`<${Ye} rule=${d} />`])}
    />
    <${ye}
      caption="Concerns"
      head=${["Concern","Sessions","Depth","Notes"]}
      rows=${a.map(([s,d])=>[$e(s),d.unsuitable?"—":d.sessions_by_severity?`${d.sessions_by_severity.join(" / ")} by severity`:d.sessions,d.unsuitable?"Not treated":d.depth_mm_by_severity?d.depth_mm_by_severity.map(J).join(" / "):J(d.depth_mm),l`${d.alternatives&&l`<p>Alternatives: ${d.alternatives.join(", ")}${d.unsuitable_from_severity?` (from severity ${d.unsuitable_from_severity})`:""}</p>`}<${Ye} rule=${d} />`])}
    />
    <${ye}
      caption="Screening findings"
      head=${["Finding","Level","Waiting period","Actions","Message"]}
      rows=${o.map(([s,d])=>[ge(s),ut(d.level),s==="recent_procedure"?Object.entries(i).map(([p,c])=>`${p.replaceAll("_"," ")} ${c} d`).join(", "):oo(d.window),(d.actions||[]).map(_e).join(", ")||"—",l`<p>${d.message}</p><${Ye} rule=${d} />`])}
    />
    <${ye} caption="Preparation" head=${["Item","When","For","Instruction"]} rows=${n(e.prep,mt)} />
    <${ye} caption="Aftercare" head=${["Item","When","For","Instruction"]} rows=${n(e.aftercare,ft)} />
    <${ye}
      caption="Adjuncts"
      head=${["Adjunct","For","Notes"]}
      rows=${(e.adjuncts||[]).map(s=>[ht(s.code),s.for==="all"?"All concerns":(s.for||[]).map($e).join(", "),l`${s.optional?"Optional. ":""}${s.after_healing?"Only after healing. ":""}<${Ye} rule=${s} />`])}
    />
  </div>`}function so(e){let t=/:(\d+)$/.exec(e||"");return t?Number(t[1]):null}function lo({current:e,onUploaded:t}){let[r,a]=_(""),[o,n]=_(!1),[i,s]=_(null),[d,p]=_(null),c=ee(null),m=h=>{let b=c.current;if(!b)return;let v=b.value.split(`
`),$=v.slice(0,h-1).reduce((A,C)=>A+C.length+1,0);b.focus(),b.setSelectionRange($,$+(v[h-1]||"").length);let y=b.scrollHeight/Math.max(1,v.length);b.scrollTop=Math.max(0,(h-4)*y)},f=async h=>{h.preventDefault(),n(!0),s(null),p(null);try{let b=await T("PUT","/api/v1/protocol",r,{contentType:"application/toml"});p(b),t()}catch(b){s(b)}n(!1)},u=async h=>{let b=h.currentTarget.files[0];b&&a(await b.text())};return l`<section class="card" aria-labelledby="upload-heading">
    <h2 id="upload-heading">Upload a new version</h2>
    <p>Edit the protocol below (or load a file), give it a new <code>version</code>, and upload. The server checks every rule and refuses an unsafe file, naming each problem’s line.</p>
    <div class="form-actions">
      <button type="button" class="button button--secondary" onClick=${()=>a(e.toml)}>Start from version ${e.version}</button>
      <label class="button button--secondary file-button">Load a file<input type="file" accept=".toml,text/plain" class="visually-hidden" onChange=${u} /></label>
    </div>
    <form class="form" onSubmit=${f} novalidate>
      ${d&&l`<${B} kind="success"><p>Version ${d.version} of ${d.name} is now in force.</p></${B}>`}
      ${i&&i.status!==400&&l`<${w} error=${i} />`}
      ${i&&i.status===400&&l`<div class="error-summary" role="alert" id="protocol-errors">
        <h3>The file was refused: ${i.detail}</h3>
        <ul>
          ${i.errors.map(h=>{let b=so(h.path);return l`<li>
              ${b?l`<button type="button" class="linklike" onClick=${()=>m(b)}>Line ${b}</button>: `:""}${h.message}
            </li>`})}
        </ul>
      </div>`}
      <div class="field">
        <label for="protocol-text">Protocol (TOML)</label>
        <textarea id="protocol-text" ref=${c} class="code" rows="18" spellcheck="false" value=${r} onInput=${h=>a(h.currentTarget.value)}></textarea>
      </div>
      <button type="submit" class="button" disabled=${o||!r.trim()}>${o?"Checking…":"Check and upload"}</button>
    </form>
  </section>`}function Ia({session:e}){let t=E("/api/v1/protocol");F(t.data!==null,"protocol");let r=null,a=null;if(t.data)try{r=sr(t.data.toml)}catch(o){a=o}return l`<div class="stack">
    <${g}>Protocol</${g}>
    ${t.loading&&l`<${P} />`}
    <${w} error=${t.error} onRetry=${t.reload} />
    ${t.data&&l`<p class="lead">
      In force: <strong>${t.data.name} ${t.data.version}</strong>
      (${t.data.built_in?"the built-in default":"uploaded by the clinic"}). Every screening and plan records the version that made it.
    </p>`}
    ${a&&l`<div class="alert alert--error" role="alert"><p>The protocol text could not be shown as tables: ${String(a.message)}</p></div>`}
    ${e.role==="owner"&&t.data&&l`<${lo} current=${t.data} onUploaded=${t.reload} />`}
    ${r&&l`<${io} doc=${r} />`}
  </div>`}var Fa={display_name:"",email:"",role:"provider",title:"",password:""};function Oa({onCreated:e}){let[t,r]=_(Fa),[a,o]=_(!1),[n,i]=_(null),[s,d]=_(null),p=f=>u=>r({...t,[f]:u}),c=async f=>{f.preventDefault(),o(!0),i(null),d(null);try{let u={...t,email:t.email.trim(),display_name:t.display_name.trim(),title:t.title.trim()},h=await T("POST","/api/v1/staff",u);d(h),r(Fa),e(h)}catch(u){i(u)}o(!1)},m=n&&n.status===400?n.errors:[];return l`<form class="form" onSubmit=${c} novalidate aria-labelledby="new-staff-heading">
    <h2 id="new-staff-heading">Add a team member</h2>
    ${s&&l`<${B} kind="success"><p>${s.display_name} can now log in as ${G(s.role).toLowerCase()} with ${s.email}.</p></${B}>`}
    ${n&&n.status!==400&&l`<${w} error=${n} />`}
    <${X} errors=${m} />
    <div class="grid grid--2">
      <${S} label="Name" pointer="/display_name" errors=${m} value=${t.display_name} onValue=${p("display_name")} autocomplete="off" required />
      <${S} label="E-mail" type="email" pointer="/email" errors=${m} value=${t.email} onValue=${p("email")} autocomplete="off" required />
      <${q} label="Role" pointer="/role" errors=${m} value=${t.role} onValue=${p("role")} options=${nt.map(f=>[f,G(f)])} required />
      <${S} label="Title" hint="For example RN or Dr" pointer="/title" errors=${m} value=${t.title} onValue=${p("title")} autocomplete="off" />
      <${S}
        label="First password"
        hint="At least 12 characters; tell it to them in person."
        type="password"
        pointer="/password"
        errors=${m}
        value=${t.password}
        onValue=${p("password")}
        autocomplete="new-password"
        required
      />
    </div>
    <${M} busy=${a}>Add team member</${M}>
  </form>`}function co({user:e,self:t,onChanged:r}){let[a,o]=_(!1),[n,i]=_(null),s=async p=>{o(!0),i(null);try{r(await T("PATCH",`/api/v1/staff/${e.id}`,p))}catch(c){i(c)}o(!1)},d=`role-${e.id}`;return l`<tr class=${e.active?"":"inactive"}>
    <th scope="row">${e.display_name}${e.title?l` <span class="muted">${e.title}</span>`:""}</th>
    <td>${e.email}</td>
    <td>
      <label class="visually-hidden" for=${d}>Role of ${e.display_name}</label>
      <select id=${d} value=${e.role} disabled=${a||t} onChange=${p=>s({role:p.currentTarget.value})}>
        ${nt.map(p=>l`<option value=${p}>${G(p)}</option>`)}
      </select>
    </td>
    <td>${e.active?"Active":"Deactivated"}</td>
    <td>
      ${!t&&l`<button type="button" class="button button--secondary button--small" disabled=${a} onClick=${()=>s({active:!e.active})}>
        ${e.active?"Deactivate":"Reactivate"}<span class="visually-hidden"> ${e.display_name}</span>
      </button>`}
      ${n&&l`<p class="field-error" role="alert">${n.errors.length?n.errors.map(p=>p.message).join("; "):_t(n)}</p>`}
    </td>
  </tr>`}function Ba({session:e}){let t=E("/api/v1/staff");F(t.data!==null,"team");let r=a=>t.setData({items:t.data.items.some(o=>o.id===a.id)?t.data.items.map(o=>o.id===a.id?a:o):[...t.data.items,a]});return l`<div class="stack">
    <${g}>Team</${g}>
    <section class="card" aria-labelledby="team-heading">
      <h2 id="team-heading">Staff accounts</h2>
      ${t.loading&&l`<${P} />`}
      <${w} error=${t.error} onRetry=${t.reload} />
      ${t.data&&l`<div class="table-scroll"><table class="table">
        <thead><tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>${t.data.items.map(a=>l`<${co} key=${a.id} user=${a} self=${a.id===e.user.id} onChanged=${r} />`)}</tbody>
      </table></div>`}
    </section>
    <section class="card"><${Oa} onCreated=${a=>t.data&&r(a)} /></section>
  </div>`}var po=[["/staff",ma,"staff"],["/staff/patients",$a,"staff"],["/staff/patients/new",_a,"staff"],["/staff/patients/:id",ca,"staff"],["/staff/patients/:id/consultations/new",ua,"clinical"],["/staff/consultations/:id",pa,"clinical"],["/staff/plans/:id",Sa,"staff"],["/staff/protocol",Ia,"clinical"],["/staff/team",Ba,"owner"],["/staff/audit",oa,"owner"]],uo=[["/portal",Pa],["/portal/plans/:id",Aa]];function mo(e,t){return e==="owner"?t==="owner":e==="clinical"?Te(t):!0}function Ma(e,t){for(let[r,a,o]of e){let n=Wr(r,t);if(n)return{page:a,params:n,who:o}}return null}function Va({to:e}){return D(()=>Q(e,{replace:!0}),[e]),null}function ja(){return l`<${g}>Page not found</${g}>
    <p>There is no page at this address. <a href="/">Go to the start page</a>.</p>`}function fo({home:e}){return l`<${g}>Not available for your role</${g}>
    <p>Your role cannot open this page. <a href=${e}>Back to the start page</a>.</p>`}function ho(e){return e==="patient"?"/portal":"/staff"}function $o(){let{status:e,session:t,expired:r,error:a}=Qr(),o=$t();if(D(()=>{let d=requestAnimationFrame(()=>{let p=document.getElementById("page-title");p&&document.activeElement===document.body&&p.focus({preventScroll:!0})});return window.scrollTo(0,0),()=>cancelAnimationFrame(d)},[o,e]),e==="loading")return l`<${pe}><${P} label="Loading Needlepoint…" /></${pe}>`;if(e==="error")return l`<${pe}>
      <${g}>Needlepoint</${g}>
      <${w} error=${a} onRetry=${Yt} />
    </${pe}>`;if(e==="anonymous")return l`<${ha} portal=${o.startsWith("/portal")} expired=${r} />`;let n=t.role;if(o==="/"||o==="/login"||o==="/portal/login")return l`<${Va} to=${ho(n)} />`;if(n==="patient"){let d=o.startsWith("/portal")?Ma(uo,o):null;return o.startsWith("/portal")?l`<${Kt} session=${t}>
      ${d?l`<${d.page} key=${o} session=${t} ...${d.params} />`:l`<${ja} />`}
    </${Kt}>`:l`<${Va} to="/portal" />`}if(!o.startsWith("/staff"))return l`<${je} session=${t}>
      <${g}>The portal is for patients</${g}>
      <p>You are logged in as staff. <a href="/staff">Go to the staff workspace</a>.</p>
    </${je}>`;let i=Ma(po,o),s=l`<${ja} />`;return i&&!mo(i.who,n)?s=l`<${fo} home="/staff" />`:i&&(s=l`<${i.page} key=${o} session=${t} ...${i.params} />`),l`<${je} session=${t}>${s}</${je}>`}Hr();Yt();vr(l`<${$o} />`,document.getElementById("app"));
