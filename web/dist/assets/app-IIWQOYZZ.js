var J,$o,vi,Qe,nr,fa,ho,pa,go,ir,sr,yi,zt=Symbol.for("pv"),$a={},ha=[],wi=/^m(i|n|o|s|text|space)$/,lr=Array.isArray,dr=ha.slice,pt=Object.assign;function ct(e){e&&e.parentNode&&e.remove()}function bo(e,t,a){var r,n,s,i={},l=arguments.length;for(s in t)s=="key"?r=t[s]:s=="ref"&&typeof e!="function"?n=t[s]:i[s]=t[s];return l>2&&(i.children=l>3?dr.call(arguments,2):a),Ot(e,i,r,n,null)}function Ot(e,t,a,r,n){var s={type:e,props:t,key:a,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:zt,__v:n||++$o,__i:-1,__u:0};return!n&&J.vnode&&J.vnode(s),s}function ga(e){return e.children}function ua(e,t){this.props=e,this.context=t,this.__g=0}function Je(e,t){if(t==null)return e.__&&Je(e.__,e.__i+1);for(var a;t<e.__k.length;t++)if((a=e.__k[t])&&a.__e)return a.__e;return typeof e.type!="function"||e.props.__P?null:Je(e)}function ki(e){var t,a=e.__v,r=a.__e,n=[],s=[],i=e.__P;i&&((t=pt({constructor:zt},a)).__v=a.__v+1,J.vnode&&J.vnode(t),cr(i,t,a,e.__n,i.namespaceURI,32&a.__u?[r]:null,n,r||Je(a),32&a.__u,s),t.__v=a.__v,t.__.__k[t.__i]=t,xo(n,t,s),a.__=a.__e=null,t.__e!=r&&_o(t))}function _o(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),_o(e)}function mo(e){(8&e.__g||(e.__g|=8,Qe.push(e),fa++))&&nr==J.debounceRendering||((nr=J.debounceRendering)||queueMicrotask)(vo)}function vo(){try{for(var e,t=1;Qe.length;)Qe.length>t&&Qe.sort(ho),e=Qe.shift(),t=Qe.length,8&e.__g&&ki(e)}finally{(fa=Qe.length)&&(nr||queueMicrotask)(vo)}}function yo(e,t,a,r,n,s,i,l,d,p,c){var u,f,m,$,v,_,g=r.__k||ha,b=t.length;for(d=xi(a,t,g,d,b),u=0;u<b;u++)(m=a.__k[u])!=null&&(f=~m.__i&&g[m.__i]||$a,m.__i=u,_=cr(e,m,f,n,s,i,l,d,p,c),$=m.__e,(f.ref!=m.ref||8&f.__u)&&(f.ref&&pr(f.ref,null,m,f),m.ref&&c.push(m.ref,m.__c||$,m)),v=v||$,4&m.__u?(d=wo(m,d,e,!f.__v),f.__e&&(f.__e=null)):typeof m.type=="function"&&_!==void 0?d=_:$&&(d=$.nextSibling),m.__u&=-21);return a.__e=v,d}function xi(e,t,a,r,n){var s,i,l,d,p,c,u,f,m,$=a.length,v=$,_=0,g=0,b=e.__k=Array(n);for(s=0;s<n;s++)(i=t[s])!=null&&typeof i!="boolean"&&typeof i!="function"?(typeof i!="object"||i.constructor===String?i=b[s]=Ot(null,i):lr(i)?i=b[s]=Ot(ga,{children:i}):i.constructor===zt&&i.__b?i=b[s]=Ot(i.type,i.props,i.key,i.ref,i.__v):b[s]=i,d=s+_,i.__=e,i.__b=e.__b+1,l=null,~(p=i.__i=Si(i,a,d,v))&&(v--,(l=a[p])&&(l.__u|=2)),l&&l.__v?(i.__u|=16,p==d-1?_--:p==d+1?_++:p!=d&&(p>d?_--:_++,g=1)):(~p||(n>$?_--:n<$&&_++),typeof i.type!="function"&&(i.__u|=4))):b[s]=null;if(g){for(c=[],u=[],s=0;s<n;s++)if((i=b[s])&&16&i.__u){for(_=0,f=c.length;_<f;)c[m=_+f>>1]<i.__i?_=m+1:f=m;c[_]=i.__i,u[s]=_+1}for(_=c.length;s--;)u[s]&&(u[s]==_?_--:b[s].__u|=4)}if(v)for(s=0;s<$;s++)!(l=a[s])||2&l.__u||(l.__e==r&&(r=Je(l)),ur(l,l));return r}function wo(e,t,a,r){var n,s,i,l;if(typeof e.type=="function"){if(e.props.__P)return t;if(n=e.__k)for(s=0;s<n.length;s++)n[s]&&(n[s].__=e,t=wo(n[s],t,a,!1));return t}for(t&&!t.parentNode&&(t=Je(e))&&!t.parentNode&&(t=null),i=e.__e,l=t;l&&l.nodeType==8;)l=l.nextSibling;for(i!=l&&(!r&&a.moveBefore&&i.parentNode?a.moveBefore(i,t):a.insertBefore(i,t||null)),t=i;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function Si(e,t,a,r){var n,s=e.key,i=e.type,l=t[a],d=l&&!(2&l.__u);if(l===null&&s==null||d&&s==l.key&&i==l.type)return a;if(r>(d?1:0)){for(n=a-1;n>=0;n--)if((l=t[n])&&!(2&l.__u)&&s==l.key&&i==l.type)return n;for(n=a+1;n<t.length;n++)if((l=t[n])&&!(2&l.__u)&&s==l.key&&i==l.type)return n}return-1}function fo(e,t,a){a==null&&(a=""),t[0]=="-"?e.setProperty(t,a):e[t]=a}function ca(e,t,a,r,n){var s,i;if(t=="style")if(typeof a=="string")e.style.cssText=a;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)a&&t in a||fo(e.style,t);if(a)for(t in a)r&&a[t]==r[t]||fo(e.style,t,a[t])}else if(t[0]=="o"&&t[1]=="n")typeof a!="function"&&(a=null),typeof r!="function"&&(r=null),(e.__e||(e.__e={}))[t]=a,a&&r||(i=sr[t]||(sr[t]=Ci(t)),(e.__a||(e.__a={}))[t]=ir,s=t!=(t=t.replace(go,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),a?e.addEventListener(t,i,s):e.removeEventListener(t,i,s));else{if(n=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=a??"")}catch{}if(typeof a=="function")return;a==null||a===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&a==1?"":a)}}function Ci(e){return function(t){var a=this.__e;if(a){if(a=a[e],t[pa]==null)t[pa]=ir++;else if(t[pa]<this.__a[e])return;return a(J.event?J.event(t):t)}}}function cr(e,t,a,r,n,s,i,l,d,p){var c,u,f,m,$,v,_,g,b,y,x,R,V,q,W,fe,$e,he,oe=t.type;if(t.constructor!==zt)return null;128&a.__u&&(d=32&a.__u,c=a.__c.__z)&&(t.__u|=d,u=s=[],c.nodeType==8?l=ma(c,s):s.push(c),l=s[0]||l),(c=J.__b)&&c(t);e:if(typeof oe=="function"){f=i.length;try{if(g=t.props,b=(c=oe.prototype)&&c.render,y=(c=oe.contextType)&&r[c.__c],x=c?y?y.props.value:c.__:r,(m=a.__c)?(t.__c=m,2&m.__g&&(m.__g|=1)):(b?t.__c=m=new oe(g,x):(t.__c=m=new ua(g,x),m.constructor=oe,m.render=Pi),y&&y.sub(m),m.state||(m.state={}),m.__n=r,m.__g|=8,m.__h=[],m.__k=[]),b&&(m.__s||(m.__s=m.state),oe.getDerivedStateFromProps&&(m.__s==m.state&&(m.__s=pt({},m.__s)),pt(m.__s,oe.getDerivedStateFromProps(g,m.__s)))),$=m.props,v=m.state,m.__v=t,a.__c){if(g!==$&&b&&!oe.getDerivedStateFromProps&&m.componentWillReceiveProps&&m.componentWillReceiveProps(g,x),t.__v==a.__v&&!(8&m.__g)||!(4&m.__g)&&m.shouldComponentUpdate&&m.shouldComponentUpdate(g,m.__s,x)===!1){t.__v!=a.__v&&(m.props=g,m.state=m.__s,m.__g&=-9),t.__e=a.__e,t.__k=a.__k,t.__k.some(function(K){K&&(K.__=t)}),ha.push.apply(m.__h,m.__k),m.__k=[],m.__h.length&&i.push(m),l=Je(a);break e}m.componentWillUpdate&&m.componentWillUpdate(g,m.__s,x),b&&m.componentDidUpdate&&m.__h.push(function(){m.componentDidUpdate($,v,_)})}else b&&!oe.getDerivedStateFromProps&&m.componentWillMount&&m.componentWillMount(),b&&m.componentDidMount&&m.__h.push(m.componentDidMount);m.context=x,m.props=g,m.__P=e,m.__g&=-5,R=J.__r,V=b?25:0;do m.__g&=-9,R&&R(t),c=m.render(m.props,m.state=m.__s,m.context);while(8&m.__g&&++V<25);b&&(ha.push.apply(m.__h,m.__k),m.__k=[]),m.state=m.__s,m.getChildContext&&(r=pt({},r,m.getChildContext())),b&&a.__c&&m.getSnapshotBeforeUpdate&&(_=m.getSnapshotBeforeUpdate($,v)),q=c&&c.type===ga&&c.key==null?c.props.children:c,g.__P&&(c=l,n=(e=g.__P).namespaceURI,d=s=null,a.props&&a.props.__P!=e&&(a.__k.some(function(K){K&&ur(K,K)}),a.__k=null),l=a.__k?Je(a,0):null),l=yo(e,lr(q)?q:[q],t,a,r,n,s,i,l,d,p),g.__P&&(t.__e=null,l=c),t.__u&=-161,u&&u.some(ct),m.__h.length&&i.push(m),1&m.__g&&(m.__g&=-4)}catch(K){if(i.length=f,t.__v=null,d||s)if(K&&K.then){if(t.__u|=128|d,s){for(~($e=s.indexOf(l||void 0))||($e=s.length);(he=s[$e-1])&&he.nodeType==8;)$e--;for(;$e<s.length;$e++)if(he=s[$e])if(s[$e]=null,W){if(he==fe)break}else{if(he.nodeType!=8)break;he.data.startsWith("$s")&&(fe=ma(W=he))}}if(!W){for(;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;W=l}(c=ma(W=t.__c.__z||(t.__c.__z=W)))?(t.__e=W,l=c):t.__e=l,l=l&&l.nextSibling}else s&&s.some(ct);else t.__e=a.__e;t.__k||(t.__k=a.__k||[]),K&&K.then||ko(t),J.__e(K,t,a)}}else l=t.__e=Ti(a.__e,t,a,r,n,s,i,d,p,e);return(c=J.diffed)&&c(t),l}function ma(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var a=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))a++;else if(e.data.startsWith("/$s")&&!--a)return e}t&&t.push(e)}}function ko(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(ko))}function xo(e,t,a){for(var r=0;r<a.length;)pr(a[r++],a[r++],a[r++]);J.__c&&J.__c(t,e),e.some(function(n){try{e=n.__h,n.__h=[],e.some(function(s){s.call(n)})}catch(s){J.__e(s,n.__v)}})}function Ti(e,t,a,r,n,s,i,l,d,p){var c,u,f,m,$,v,_,g,b=a.props||$a,y=t.props,x=t.type;if(x=="svg"?n="http://www.w3.org/2000/svg":x=="math"?n="http://www.w3.org/1998/Math/MathML":n||(n="http://www.w3.org/1999/xhtml"),s){for(c=0;c<s.length;c++)if(($=s[c])&&(x?$.localName==x:$.nodeType==3)){e=$,s[c]=null;break}}if(!e){if(g=p.ownerDocument||document,!x)return g.createTextNode(y);e=g.createElementNS(n,x,y.is?y:p),l&&(J.__m&&J.__m(t,s),l=!1),s=null}if(x){if(p=x=="template"&&e.content||e,s=x=="textarea"&&y.defaultValue!=null?null:s&&dr.call(p.childNodes),!l&&s)for(b={},c=0;c<e.attributes.length;c++)b[($=e.attributes[c]).name]=$.value;for(c in b)$=b[c],c=="dangerouslySetInnerHTML"?f=$:c=="children"||c in y||c=="value"&&"defaultValue"in y||c=="checked"&&"defaultChecked"in y||ca(e,c,null,$,n);for(c in y)$=y[c],c=="children"?m=$:c=="dangerouslySetInnerHTML"?u=$:c=="value"?v=$:c=="checked"?_=$:l&&typeof $!="function"||b[c]===$||ca(e,c,$,b[c],n);u?(l||f&&(u.__html==f.__html||u.__html==e.innerHTML)||(e.innerHTML=u.__html),t.__k=[]):(f&&(e.textContent=""),(x=="foreignObject"||n=="http://www.w3.org/1998/Math/MathML"&&wi.test(x))&&(n="http://www.w3.org/1999/xhtml"),yo(p,lr(m)?m:[m],t,a,r,n,s,i,s?s[0]:a.__k&&Je(a,0),l,d),s&&s.some(ct)),l&&x!="textarea"||(c="value",x=="progress"&&v==null?e.removeAttribute(c):v==null||v===e[c]&&(x!="progress"||v)||ca(e,c,v,b[c],n),c="checked",_!=null&&_!=e[c]&&ca(e,c,_,b[c],n))}else b===y||l&&e.data==y||(e.data=y);return e}function pr(e,t,a,r){try{typeof e=="function"?t?t.__x=e(t)||1:r&&(r=r.__c||r.__e)&&(t=r.__x)&&(r.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(n){J.__e(n,a)}}function ur(e,t,a){var r,n,s,i;if(J.unmount&&J.unmount(e),!(r=e.ref)||r.current&&r.current!=e.__e||pr(r,null,t,e),r=e.__c){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(l){J.__e(l,t)}r.__P=r.__n=null}if(r=e.__k)for(i=0;i<r.length;i++)r[i]&&ur(r[i],t,typeof e.type!="function"||a&&!e.props.__P);!a&&(r=e.__c)&&(r=r.__z)&&(n=ma(r,s=[]))&&(r==e.__e&&s.some(ct),ct(n),ct(r)),a||ct(e.__e),e.__e=e.__c=e.__=null}function Pi(e,t,a){return this.constructor(e,a)}function So(e,t){var a,r,n,s;J.__&&J.__(e,t),t.nodeType==9&&(t=t.documentElement),r=(a=e&&32&e.__u)?null:t.__k,t.__k=Ot(ga,{children:[e]}),n=[],s=[],cr(t,t.__k,r||$a,$a,t.namespaceURI,r?null:t.firstChild?dr.call(t.childNodes):null,n,r?r.__e:t.firstChild,a,s),xo(n,t.__k,s),t.__k.props.children=null}J={__e:function(e,t,a,r){for(var n,s,i;t=t.__;)if((n=t.__c)&&!(1&n.__g)){n.__g|=4;try{if((i=(s=n.constructor)&&s.getDerivedStateFromError)&&n.setState(s.getDerivedStateFromError(e)),n.componentDidCatch&&(n.componentDidCatch(e,r||{}),i=1),i&&8&n.__g)return void(n.__g|=2)}catch(l){e=l}}throw fa=0,e}},$o=0,vi=function(e){return e!=null&&e.constructor===zt},ua.prototype.setState=function(e,t){var a=this.__s;a&&a!=this.state||(a=this.__s=pt({},this.state)),typeof e=="function"&&(e=e(pt({},a),this.props)),e&&(pt(a,e),this.__v&&(t&&this.__k.push(t),mo(this)))},ua.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),mo(this))},ua.prototype.render=ga,Qe=[],fa=0,ho=function(e,t){return e.__v.__b-t.__v.__b},pa=Symbol(),go=/(PointerCapture)$|Capture$/i,ir=0,sr={},yi=0;var Bt,pe,mr,Co,fr=Object.is,Mt=0,Oo=[],$r=[],se=J,To=se.__b,Po=se.__r,Ao=se.diffed,Eo=se.__c,Ro=se.unmount,Lo=se.__;function gr(e,t){se.__h&&se.__h(pe,e,Mt||t),Mt=0;var a=pe.__H||(pe.__H={__:[],__h:[]});return e>=a.__.length&&a.__.push({}),a.__[e]}function h(e){return Mt=1,Ai(Bo,e)}function Ai(e,t,a){var r=gr(Bt++,2);if(r.t=e,!r.__c&&(r.__=[a?a(t):Bo(void 0,t),function(s){var i=(r.__N||r.__)[0],l=r.t(i,s);fr(i,l)||(r.__N=[l,r.__[1]],r.__c.setState({}))}],r.__c=pe,!pe.__f)){pe.__f=!0;var n=pe.shouldComponentUpdate;pe.shouldComponentUpdate=function(s,i,l){var d=this.__H;if(!d)return!0;var p=!1,c=this.props!=s;if(d.__.some(function(f){f.__N&&(p=!0,fr(f.__[0],f.__N[0])||(c=!0))}),n){var u=n.call(this,s,i,l);return p?u||c:u}return!p||c}}return r.__}function z(e,t){var a=gr(Bt++,3);!se.__s&&Io(a.__H,t)&&(a.__P=!0,a.__=e,a.u=t,pe.__H.__h.push(a))}function G(e){return Mt=5,zo(function(){return{current:e}},[])}function zo(e,t){var a=gr(Bt++,7);return Io(a.__H,t)&&(a.__=e(),a.__H=t),a.__}function Xe(e,t){return Mt=8,zo(function(){return e},t)}function Ei(){var e;do{for(;e=$r.shift();)try{It(e)}catch(a){se.__e(a,{__:(e=e.__P)&&e.__v})}for(;e=Oo.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(It),t.__h.some(hr),t.__h=[]}catch(a){t.__h=[],se.__e(a,e.__v)}}}while($r.length)}se.__b=function(e){pe=null,To&&To(e)},se.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Lo&&Lo(e,t)},se.__r=function(e){Po&&Po(e),Bt=0;var t=(pe=e.__c).__H;t&&(mr==pe?pe.__h=[]:(t.__h.some(It),t.__h.some(hr),Bt=0),t.__h=[],t.__.some(function(a){a.__N&&(a.__=a.__N),a.u=a.__N=void 0})),mr=pe},se.diffed=function(e){Ao&&Ao(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&Do(Oo.push(t)),t.__H.__.some(function(a){a.u&&(a.__H=a.u)})),mr=pe=null},se.__c=function(e,t){t.some(function(a){try{a.__h.some(It),a.__h=a.__h.filter(function(r){return!r.__||hr(r)})}catch(r){a.__h=[function(){throw r}]}}),Eo&&Eo(e,t)},se.unmount=function(e){Ro&&Ro(e);var t,a,r=e.__c;r&&r.__H&&(r.__H.__.some(function(n){try{if(n.__P&&n.__c){if(a===void 0){for(a=e.__;a&&(!a.__c||!a.__c.__P);)a=a.__;a=a&&a.__c}n.__P=a,Do($r.push(n))}else It(n)}catch(s){t=s}}),r.__H=void 0,t&&se.__e(t,r.__v))};var No=typeof requestAnimationFrame=="function";function Ri(e){var t,a=function(){clearTimeout(r),No&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(a,35);No&&(t=requestAnimationFrame(a))}function Do(e){e!=1&&Co==se.requestAnimationFrame||((Co=se.requestAnimationFrame)||Ri)(Ei)}function It(e){var t=pe,a=e.__c;typeof a=="function"&&(e.__c=void 0,a()),pe=t}function hr(e){var t=pe;e.__c=e.__(),pe=t}function Io(e,t){return!e||e.length!=t.length||t.some(function(a,r){return!fr(a,e[r])})}function Bo(e,t){return typeof t=="function"?t(e):t}var br="",_r=new Set;function vr(e){br=e||""}function Mo(e){return _r.add(e),()=>_r.delete(e)}var ut=class extends Error{constructor(t,a){let r=a&&(a.detail||a.title)||`HTTP ${t}`;super(r),this.status=t,this.title=a&&a.title||"",this.detail=r,this.errors=a&&Array.isArray(a.errors)&&a.errors||[],this.requestId=a&&a.request_id||"",this.problem=a||{}}};async function S(e,t,a,{contentType:r="application/json",signal:n}={}){let s={Accept:"application/json"},i;a!==void 0&&(s["Content-Type"]=r,i=r==="application/json"?JSON.stringify(a):a),e!=="GET"&&br&&(s["X-CSRF-Token"]=br);let l;try{l=await fetch(t,{method:e,headers:s,body:i,credentials:"same-origin",signal:n})}catch(c){throw c.name==="AbortError"?c:new ut(0,{title:"No connection",detail:"The server could not be reached. Check the connection and try again."})}if(l.status===204||l.status===304)return null;let d=await l.text(),p=null;try{p=d?JSON.parse(d):null}catch{p=null}if(!l.ok){let c=new ut(l.status,p),u=e==="POST"&&(t==="/api/v1/session"||t==="/api/v1/invitations/accept");throw l.status===401&&!u&&_r.forEach(f=>f()),c}return p}function yt(e){if(!e||e.name==="AbortError")return"";if(!(e instanceof ut))return"Something went wrong in the page. Reload and try again.";switch(e.status){case 0:return e.detail;case 403:return"Your role may not do this.";case 404:return"Not found. It may not exist, or it is not yours to see.";case 409:return`${e.detail}.`;case 429:return`${e.detail}.`;case 503:return"The service is busy or the database is unavailable. Try again in a moment.";default:return e.status>=500?`The server failed (${e.status})${e.requestId?`; quote request ${e.requestId}`:""}.`:e.errors.length>0?"Please correct the fields marked below.":`${e.detail}.`}}var Ft=["forehead","temples","periorbital","nose","cheeks","perioral","chin","jawline"],Vt=["neck","decolletage","hands","arms","abdomen","back","buttocks","thighs"],Be=[...Ft,...Vt],Li={forehead:"Forehead",temples:"Temples",periorbital:"Around the eyes",nose:"Nose",cheeks:"Cheeks",perioral:"Around the mouth",chin:"Chin",jawline:"Jawline",neck:"Neck",decolletage:"Décolletage",hands:"Hands",arms:"Arms",abdomen:"Abdomen",back:"Back",buttocks:"Buttocks",thighs:"Thighs"},Fo=["acne_scars","fine_lines","wrinkles","laxity","texture","enlarged_pores","hyperpigmentation","dullness","surgical_scars","stretch_marks","volume_loss","dynamic_wrinkles"],Ni={dullness:"Dullness",fine_lines:"Fine lines",wrinkles:"Wrinkles",laxity:"Laxity",texture:"Uneven texture",enlarged_pores:"Enlarged pores",hyperpigmentation:"Hyperpigmentation",acne_scars:"Acne scars",surgical_scars:"Surgical scars",stretch_marks:"Stretch marks",volume_loss:"Volume loss",dynamic_wrinkles:"Dynamic wrinkles"},qt={hyperpigmentation:["sun_spots","melasma","pih"],acne_scars:["ice_pick","boxcar","rolling","mixed"]},Di={sun_spots:"Sun spots",melasma:"Melasma",pih:"Post-inflammatory (PIH)",ice_pick:"Ice pick",boxcar:"Boxcar",rolling:"Rolling",mixed:"Mixed"},Vo=[[1,"1 – mild"],[2,"2 – moderate"],[3,"3 – marked"],[4,"4 – severe"]],qo=["herpes_history","keloid_tendency","psoriasis","eczema","rosacea","scleroderma","autoimmune_disease","bleeding_disorder","immunocompromised","diabetes_controlled","diabetes_uncontrolled"],Oi={herpes_history:"Cold sores (herpes simplex)",keloid_tendency:"Keloid scarring",psoriasis:"Psoriasis",scleroderma:"Scleroderma",autoimmune_disease:"Autoimmune disease",bleeding_disorder:"Bleeding disorder",immunocompromised:"Immunocompromised",diabetes_controlled:"Diabetes, controlled",diabetes_uncontrolled:"Diabetes, uncontrolled",eczema:"Eczema",rosacea:"Rosacea"},Uo=["acne","cold_sore","infection","eczema","psoriasis","rosacea","dermatitis","open_wound","sunburn","recent_sun_exposure","skin_cancer"],zi={acne:"Active acne",infection:"Skin infection",cold_sore:"Cold sore",eczema:"Eczema flare",psoriasis:"Psoriasis flare",rosacea:"Rosacea flare",dermatitis:"Dermatitis",open_wound:"Open wound",sunburn:"Sunburn",recent_sun_exposure:"Recent sun exposure or tan",skin_cancer:"Skin cancer or suspicious lesion"},jo=["isotretinoin","topical_retinoid","exfoliating_acid","anticoagulant","antiplatelet","immunosuppressant","aspirin","nsaid","vitamin_e","fish_oil","ginkgo"],Ii={isotretinoin:"Isotretinoin (oral)",topical_retinoid:"Topical retinoid",exfoliating_acid:"Exfoliating acid (AHA/BHA)",anticoagulant:"Anticoagulant",antiplatelet:"Antiplatelet",immunosuppressant:"Immunosuppressant",aspirin:"Aspirin",nsaid:"NSAID (ibuprofen, naproxen)",vitamin_e:"Vitamin E",fish_oil:"Fish oil",ginkgo:"Ginkgo biloba"},Wo=["botox","filler","superficial_peel","medium_peel","deep_peel","laser_nonablative","laser_ablative","microneedling","surgery","waxing","depilatory","electrolysis"],Bi={botox:"Botulinum toxin",filler:"Dermal filler",superficial_peel:"Superficial peel",medium_peel:"Medium peel",deep_peel:"Deep peel",laser_nonablative:"Non-ablative laser",laser_ablative:"Ablative laser",microneedling:"Microneedling",surgery:"Surgery",waxing:"Waxing",depilatory:"Depilatory cream",electrolysis:"Electrolysis"},Ho=["lidocaine","topical_anaesthetic","stainless_steel"],Mi={lidocaine:"Lidocaine",topical_anaesthetic:"Topical anaesthetic",stainless_steel:"Stainless steel (needles)"},Fi={eligible:"Eligible",eligible_with_precautions:"Eligible with precautions",defer:"Defer",not_eligible:"Not eligible"},Vi={contraindicated:"Contraindicated",defer:"Defer",caution:"Caution",info:"Info"},qi={alternative_anaesthesia:"Plan an alternative anaesthetic",antiviral_prophylaxis:"Antiviral prophylaxis",conservative_depth:"Conservative depths",physician_clearance:"Physician clearance",review_blood_thinners:"Review blood thinners",strict_photoprotection:"Strict photoprotection"},Ui={active_acne:"Active acne",active_infection:"Active infection",active_cold_sore:"Active cold sore",skin_condition_flare:"Skin condition flare",open_wound:"Open wound",sunburn:"Sunburn",recent_sun_exposure:"Recent sun exposure",skin_cancer:"Skin cancer",keloid_tendency:"Keloid tendency",scleroderma:"Scleroderma",bleeding_disorder:"Bleeding disorder",metal_allergy:"Metal allergy",psoriasis_history:"Psoriasis history",autoimmune_disease:"Autoimmune disease",immunocompromised:"Immunocompromised",uncontrolled_diabetes:"Uncontrolled diabetes",herpes_history:"Cold sore history",pih_risk:"Risk of hyperpigmentation",anaesthetic_allergy:"Anaesthetic allergy",anticoagulant:"Anticoagulant or antiplatelet",blood_thinning_otc:"Blood-thinning supplement or painkiller",isotretinoin:"Isotretinoin",retinoid_or_acid:"Retinoid or acid",recent_hair_removal:"Recent hair removal",recent_procedure:"Recent procedure",pregnancy:"Pregnancy or breastfeeding",minor:"Under 18",unsuitable_concern:"Concern microneedling does not treat"},ji={avoid_sun:"Avoid sun",stop_retinoids_acids:"Stop retinoids and acids",no_hair_removal:"No hair removal",review_blood_thinners:"Review blood thinners",antiviral_prophylaxis:"Antiviral",hydrate:"Hydrate",report_skin_changes:"Report skin changes",arrive_makeup_free:"Arrive make-up free"},Wi={expected_redness:"Redness expected",gentle_cleanse_only:"Gentle cleansing only",no_makeup:"No make-up",avoid_heat_sweat:"Avoid heat and sweat",no_actives:"No active skincare",strict_sun_protection:"Strict sun protection",flaking_expected:"Flaking expected",do_not_pick:"Do not pick",reintroduce_retinoids:"Reintroduce retinoids",peels_facials_ok:"Peels and facials allowed",warning_signs:"Warning signs"},Hi={hyaluronic_acid:"Hyaluronic acid",prp:"PRP",led_red:"Red LED",brightening_serum:"Brightening serum (after healing)"},Gi={fillers:"Fillers",laser_resurfacing:"Laser resurfacing",neuromodulators:"Neuromodulators"},ba=["owner","provider","front_desk"],Zi={owner:"Owner",provider:"Provider",front_desk:"Front desk",patient:"Patient"},Yi={proposed:"Proposed",active:"Active",completed:"Completed",cancelled:"Cancelled"},et=[[1,"I – always burns"],[2,"II – usually burns"],[3,"III – sometimes burns"],[4,"IV – rarely burns"],[5,"V – very rarely burns"],[6,"VI – never burns"]];function be(e){return t=>e[t]||String(t).replaceAll("_"," ")}var te=be(Li),mt=be(Ni),_a=be(Di),va=be(Oi),ya=be(zi),wa=be(Ii),ka=be(Bi),xa=be(Mi),Sa=be(Fi),Ca=be(Vi),Me=be(qi),we=be(Ui),Ut=be(ji),ft=be(Wi),jt=be(Hi),Go=be(Gi),Te=be(Zi),tt=be(Yi);var Yo=function(e,t,a,r){var n;t[0]=0;for(var s=1;s<t.length;s++){var i=t[s++],l=t[s]?(t[0]|=i?1:2,a[t[s++]]):t[++s];i===3?r[0]=l:i===4?r[1]=Object.assign(r[1]||{},l):i===5?(r[1]=r[1]||{})[t[++s]]=l:i===6?r[1][t[++s]]+=l+"":i?(n=e.apply(l,Yo(e,l,a,["",null])),r.push(n),l[0]?t[0]|=2:(t[s-2]=0,t[s]=n)):r.push(l)}return r},Zo=new Map;function Ko(e){var t=Zo.get(this);return t||(t=new Map,Zo.set(this,t)),(t=Yo(this,t.get(e)||(t.set(e,t=(function(a){for(var r,n,s=1,i="",l="",d=[0],p=function(f){s===1&&(f||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,f,i):s===3&&(f||i)?(d.push(3,f,i),s=2):s===2&&i==="..."&&f?d.push(4,f,0):s===2&&i&&!f?d.push(5,0,!0,i):s>=5&&((i||!f&&s===5)&&(d.push(s,0,i,n),s=6),f&&(d.push(s,f,0,n),s=6)),i=""},c=0;c<a.length;c++){c&&(s===1&&p(),p(c));for(var u=0;u<a[c].length;u++)r=a[c][u],s===1?r==="<"?(p(),d=[d],s=3):i+=r:s===4?i==="--"&&r===">"?(s=1,i=""):i=r+i[0]:l?r===l?l="":i+=r:r==='"'||r==="'"?l=r:r===">"?(p(),s=1):s&&(r==="="?(s=5,n=i,i=""):r==="/"&&(s<5||a[c][u+1]===">")?(p(),s===3&&(d=d[0]),s=d,(d=d[0]).push(2,0,s),s=0):r===" "||r==="	"||r===`
`||r==="\r"?(p(),s=2):i+=r),s===3&&i==="!--"&&(s=4,d=d[0])}return p(),d})(e)),t),arguments,[])).length>1?t:t[0]}var o=Ko.bind(bo);var yr=new Set;function Ki(){yr.forEach(e=>e(location.pathname))}function ie(e,{replace:t=!1}={}){e!==location.pathname+location.search&&history[t?"replaceState":"pushState"](null,"",e),Ki()}function Wt(){let[e,t]=h(location.pathname);return z(()=>{yr.add(t);let a=()=>t(location.pathname);return addEventListener("popstate",a),()=>{yr.delete(t),removeEventListener("popstate",a)}},[]),e}function Qo(){document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest&&e.target.closest("a[href]");if(!t||t.target||t.hasAttribute("download"))return;let a=new URL(t.href);a.origin!==location.origin||a.pathname.startsWith("/api/")||a.pathname===location.pathname&&a.hash||(e.preventDefault(),ie(a.pathname+a.search))})}function Jo(e,t){let a=e.split("/"),r=t.replace(/\/+$/,"").split("/");if(a.length!==r.length)return null;let n={};for(let s=0;s<a.length;s++)if(a[s].startsWith(":")){if(!/^[1-9][0-9]{0,17}$/.test(r[s]))return null;n[a[s].slice(1)]=Number(r[s])}else if(a[s]!==r[s])return null;return n}var Xo="np-draft:",en="";function wr(e){en=e?`${e.clinic_id}:${e.user.id}`:""}function tn(){try{for(let e=sessionStorage.length-1;e>=0;e--){let t=sessionStorage.key(e);t&&t.startsWith(Xo)&&sessionStorage.removeItem(t)}}catch{}}function Qi(e){try{let t=sessionStorage.getItem(e);return t===null?void 0:JSON.parse(t)}catch{return}}function wt(e,t){let a=`${Xo}${en}:${e}`,r=G(Qi(a)),[n,s]=h(()=>r.current!==void 0?r.current:typeof t=="function"?t():t),i=G(!1);z(()=>{if(i.current)try{sessionStorage.setItem(a,JSON.stringify(n))}catch{}},[a,n]);let l=Xe(p=>{i.current=!0,s(p)},[]),d=Xe(()=>{i.current=!1;try{sessionStorage.removeItem(a)}catch{}},[a]);return[n,l,d,r.current!==void 0]}var kt={status:"loading",session:null,expired:!1,error:null},kr=new Set;function Ht(e){kt={...kt,...e},kr.forEach(t=>t(kt))}function an(){let[e,t]=h(kt);return z(()=>(kr.add(t),t(kt),()=>kr.delete(t)),[]),e}function rn(e){vr(e.csrf_token),wr(e),Ht({status:"ready",session:e,expired:!1,error:null})}async function xr(){try{rn(await S("GET","/api/v1/session"))}catch(e){e.status===401?Ht({status:"anonymous",session:null}):Ht({status:"error",error:e})}}async function on(e,t,a){let r=await S("POST","/api/v1/session",{clinic:e,email:t,password:a});return rn(r),r}async function Ta(){try{await S("DELETE","/api/v1/session")}catch{}tn(),vr(""),wr(null),Ht({status:"anonymous",session:null,expired:!1})}Mo(()=>{kt.status==="ready"&&Ht({status:"anonymous",session:null,expired:!0})});var at=e=>e==="owner"||e==="provider";function Ji(e){let t=[{href:"/staff",label:"Home",exact:!0},{href:"/staff/today",label:"Today"},{href:"/staff/patients",label:"Patients"},{href:"/staff/calendar",label:"Calendar"},{href:"/staff/hours",label:"Hours"},{href:"/staff/requests",label:"Requests"}];return(e==="owner"||e==="provider")&&(t.push({href:"/staff/concerns",label:"Concerns",badge:"urgent"}),t.push({href:"/staff/lots",label:"Lots"}),t.push({href:"/staff/protocol",label:"Protocol"})),e==="owner"&&(t.push({href:"/staff/team",label:"Team"}),t.push({href:"/staff/mail",label:"Mail"}),t.push({href:"/staff/consents",label:"Consents"}),t.push({href:"/staff/audit",label:"Audit log"})),t}function nn(){return o`<a class="skip-link" href="#main" onClick=${e=>{e.preventDefault();let t=document.getElementById("main");t&&t.focus()}}>Skip to content</a>`}async function sn(e){await Ta(),ie(e,{replace:!0})}var Xi=6e4;function el(e,t){let[a,r]=h(0),[n,s]=h(0),i=G(0);return z(()=>{let l=()=>s(d=>d+1);return window.addEventListener("np-concerns-changed",l),()=>window.removeEventListener("np-concerns-changed",l)},[]),z(()=>{if(!e||!t.startsWith("/staff/concerns")&&i.current&&Date.now()-i.current<Xi)return;i.current=Date.now();let d=!0;return S("GET","/api/v1/adverse-reports?open=true").then(p=>d&&r(p.items.filter(c=>c.urgency==="urgent"&&!c.acknowledged_at).length),()=>{}),()=>{d=!1}},[e,t,n]),a}function Gt({session:e,children:t}){let a=Wt(),r=e.role,n=el(r==="owner"||r==="provider",a),s=i=>i.exact?a===i.href:a===i.href||a.startsWith(`${i.href}/`);return o`<${nn} />
    <header class="topbar">
      <div class="topbar__inner">
        <a class="brand" href="/staff"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</a>
        <nav class="mainnav" aria-label="Main">
          <ul>
            ${Ji(r).map(i=>o`<li>
                  <a href=${i.href} aria-current=${s(i)?"page":void 0}>
                    ${i.label}${i.badge==="urgent"&&n>0&&o` <span class="nav-count" data-urgent=${n}>${n}<span class="visually-hidden"> urgent</span></span>`}
                  </a>
                </li>`)}
          </ul>
        </nav>
        <div class="userbox">
          <span class="userbox__name">${e.user.display_name}</span>
          <span class="userbox__role">${Te(r)}</span>
          <button type="button" class="button button--quiet" onClick=${()=>sn("/login")}>Log out</button>
        </div>
      </div>
    </header>
    <main id="main" class="page" tabindex="-1">${t}</main>`}function Sr({session:e,children:t}){let r=Wt().startsWith("/portal/photos");return o`<${nn} />
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
          <button type="button" class="button button--quiet" onClick=${()=>sn("/portal/login")}>Log out</button>
        </div>
      </div>
    </header>
    <main id="main" class="page page--portal" tabindex="-1">${t}</main>`}function Le({children:e}){return o`<main id="main" class="page page--plain" tabindex="-1">${e}</main>`}var tl={short:new Intl.DateTimeFormat("en-GB",{day:"numeric",month:"short",year:"numeric",timeZone:"UTC"}),weekday:new Intl.DateTimeFormat("en-GB",{weekday:"short",day:"numeric",month:"short",year:"numeric",timeZone:"UTC"}),long:new Intl.DateTimeFormat("en-GB",{weekday:"long",day:"numeric",month:"long",year:"numeric",timeZone:"UTC"}),dayMonth:new Intl.DateTimeFormat("en-GB",{day:"numeric",month:"short",timeZone:"UTC"})},al=new Intl.DateTimeFormat("en-GB",{day:"numeric",month:"short",year:"numeric",hour:"2-digit",minute:"2-digit",second:"2-digit"});function Zt(e){let t=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e||"");return t?new Date(Date.UTC(+t[1],+t[2]-1,+t[3])):null}function A(e,t="short"){let a=Zt(e);return a?tl[t].format(a):""}function H(e){let t=new Date(e);return Number.isNaN(t.getTime())?e:al.format(t)}function xt(e,t){return t?e===t?A(e):`${A(e)} – ${A(t)}`:`from ${A(e)}`}function Cr(e,t){return Math.round((Zt(t)-Zt(e))/864e5)}function ue(e){try{let t=new Intl.DateTimeFormat("en-CA",{timeZone:e,year:"numeric",month:"2-digit",day:"2-digit"}).formatToParts(new Date),a=r=>t.find(n=>n.type===r).value;return`${a("year")}-${a("month")}-${a("day")}`}catch{return new Date().toISOString().slice(0,10)}}function St(e,t=ue()){let a=Zt(e),r=Zt(t);if(!a||!r)return null;let n=r.getUTCFullYear()-a.getUTCFullYear();return(r.getUTCMonth()<a.getUTCMonth()||r.getUTCMonth()===a.getUTCMonth()&&r.getUTCDate()<a.getUTCDate())&&n--,n}function U(e){return e?`${e.given_name} ${e.family_name}`.trim():""}function Ne(e){if(!e)return"";let t=a=>Number(a).toFixed(2);return`${t(e.min)}–${t(e.max)} mm`}function ee(e,t,a=`${t}s`){return`${e} ${e===1?t:a}`}function Y(e){return`f${e.replace(/[^A-Za-z0-9_]+/g,"-")}`}function ae(e,t,a=!1){return(e||[]).filter(r=>r.path===t||a&&r.path.startsWith(`${t}/`)).map(r=>r.message)}function Tr(e){let t=e;for(;t;){let a=document.getElementById(Y(t));if(a)return a;t=t.slice(0,Math.max(0,t.lastIndexOf("/")))}return null}function rl(e){z(()=>{document.title=e?`${e} – Needlepoint`:"Needlepoint"},[e])}function w({children:e,title:t}){return rl(t||(typeof e=="string"?e:"")),o`<h1 id="page-title" tabindex="-1">${e}</h1>`}function Pa({id:e,messages:t}){return!t||t.length===0?null:o`<div class="field-error" id=${e}>
    ${t.map(a=>o`<p><span class="visually-hidden">Error: </span>${a}</p>`)}
  </div>`}function Aa(e,t,a){let r=[];return t&&r.push(`${e}-hint`),a.length>0&&r.push(`${e}-error`),r.length>0?r.join(" "):void 0}function C({label:e,pointer:t,errors:a,hint:r,value:n,onValue:s,type:i="text",required:l=!1,className:d="",...p}){let c=Y(t),u=ae(a,t);return o`<div class=${`field ${u.length?"field--invalid":""} ${d}`}>
    <label for=${c}>${e}${l?o`<span class="required" aria-hidden="true"> *</span>`:""}</label>
    ${r&&o`<p class="hint" id=${`${c}-hint`}>${r}</p>`}
    <input
      id=${c}
      name=${t}
      type=${i}
      value=${n??""}
      onInput=${f=>s(f.currentTarget.value)}
      aria-invalid=${u.length>0?"true":void 0}
      aria-required=${l?"true":void 0}
      aria-describedby=${Aa(c,r,u)}
      ...${p}
    />
    <${Pa} id=${`${c}-error`} messages=${u} />
  </div>`}function Z({label:e,pointer:t,errors:a,hint:r,value:n,onValue:s,required:i=!1,rows:l=3,...d}){let p=Y(t),c=ae(a,t);return o`<div class=${`field ${c.length?"field--invalid":""}`}>
    <label for=${p}>${e}${i?o`<span class="required" aria-hidden="true"> *</span>`:""}</label>
    ${r&&o`<p class="hint" id=${`${p}-hint`}>${r}</p>`}
    <textarea
      id=${p}
      name=${t}
      rows=${l}
      value=${n??""}
      onInput=${u=>s(u.currentTarget.value)}
      aria-invalid=${c.length>0?"true":void 0}
      aria-describedby=${Aa(p,r,c)}
      ...${d}
    ></textarea>
    <${Pa} id=${`${p}-error`} messages=${c} />
  </div>`}function D({label:e,pointer:t,errors:a,hint:r,value:n,onValue:s,options:i,placeholder:l,required:d=!1,className:p="",...c}){let u=Y(t),f=ae(a,t);return o`<div class=${`field ${f.length?"field--invalid":""} ${p}`}>
    <label for=${u}>${e}${d?o`<span class="required" aria-hidden="true"> *</span>`:""}</label>
    ${r&&o`<p class="hint" id=${`${u}-hint`}>${r}</p>`}
    <select
      id=${u}
      name=${t}
      value=${n??""}
      onChange=${m=>s(m.currentTarget.value)}
      aria-invalid=${f.length>0?"true":void 0}
      aria-required=${d?"true":void 0}
      aria-describedby=${Aa(u,r,f)}
      ...${c}
    >
      ${l!==void 0&&o`<option value="">${l}</option>`}
      ${i.map(([m,$])=>o`<option value=${m}>${$}</option>`)}
    </select>
    <${Pa} id=${`${u}-error`} messages=${f} />
  </div>`}function De({id:e,label:t,checked:a,onChecked:r,name:n,hint:s}){return o`<div class="check">
    <input
      type="checkbox"
      id=${e}
      name=${n}
      checked=${a}
      onChange=${i=>r(i.currentTarget.checked)}
      aria-describedby=${s?`${e}-hint`:void 0}
    />
    <label for=${e}>${t}</label>
    ${s&&o`<span class="hint" id=${`${e}-hint`}>${s}</span>`}
  </div>`}function Pe({legend:e,pointer:t,errors:a,hint:r,options:n,values:s,onValues:i,columns:l=2,compact:d}){let p=Y(t),c=ae(a,t,!0),u=(f,m)=>{let $=new Set(s);m?$.add(f):$.delete(f),i(n.map(([v])=>v).filter(v=>$.has(v)))};return o`<fieldset
    class=${`checks checks--${l} ${d?"checks--compact":""} ${c.length?"field--invalid":""}`}
    id=${p}
    tabindex="-1"
    aria-describedby=${Aa(p,r,c)}
  >
    <legend>${e}</legend>
    ${r&&o`<p class="hint" id=${`${p}-hint`}>${r}</p>`}
    <${Pa} id=${`${p}-error`} messages=${c} />
    <div class="checks__items">
      ${n.map(([f,m])=>o`<${De}
            id=${`${p}-${f}`}
            name=${t}
            label=${m}
            checked=${s.includes(f)}
            onChecked=${$=>u(f,$)}
          />`)}
    </div>
  </fieldset>`}var ln={intake:"",answers:"",chart:"",patient:"",zones:"Zone",concerns:"Concern",active:"Skin condition",medications:"Medication",procedures:"Procedure",allergies:"Allergy",history:"History item",areas:"Areas",fitzpatrick:"Skin type",birth_date:"Date of birth",assessed_on:"Assessed on",planned_date:"First session",given_name:"Given name",family_name:"Family name",display_name:"Name",depth_mm:"depth",last_dose:"last taken",last_use:"last taken",code:""};function We(e){let t=[];return e.split("/").slice(1).forEach((r,n)=>{if(/^\d+$/.test(r)){t.length&&(t[t.length-1]+=` ${Number(r)+1}`);return}let s=r in ln?ln[r]:r.replaceAll("_"," ");s&&t.push(n===0||t.length===0?s.charAt(0).toUpperCase()+s.slice(1):s)}),t.join(", ")}function I({errors:e,title:t="Please correct these fields"}){if(!e||e.length===0)return null;let a=(r,n)=>{r.preventDefault();let s=Tr(n);s&&(s.scrollIntoView({block:"center"}),s.focus({preventScroll:!0}))};return o`<div class="error-summary" role="alert" tabindex="-1">
    <h2>${t}</h2>
    <ul>
      ${e.map(r=>o`<li>
            <a href=${`#${Y(r.path)}`} onClick=${n=>a(n,r.path)}>
              ${We(r.path)?`${We(r.path)}: `:""}${r.message}
            </a>
          </li>`)}
    </ul>
  </div>`}function E({label:e="Loading…"}){return o`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${e}</p>`}function k({error:e,onRetry:t}){let a=yt(e);return a?o`<div class="alert alert--error" role="alert">
    <p>${a}</p>
    ${t&&o`<button type="button" class="button button--secondary" onClick=${t}>Try again</button>`}
  </div>`:null}function N({kind:e="info",children:t}){return o`<div class=${`alert alert--${e}`} role="status">${t}</div>`}function O({children:e}){return o`<p class="empty">${e}</p>`}function L({kind:e,children:t}){return o`<span class=${`badge badge--${e}`}>${t}</span>`}function T({busy:e,children:t,busyLabel:a="Saving…",className:r=""}){return o`<button type="submit" class=${`button ${r}`} disabled=${e} aria-disabled=${e?"true":void 0}>
    ${e?a:t}
  </button>`}function X({date:e,style:t="short"}){return o`<time datetime=${e}>${A(e,t)}</time>`}function ve({label:e,confirmLabel:t,busy:a,onConfirm:r,children:n,className:s="button--secondary",small:i=!1,hiddenSuffix:l=""}){let[d,p]=h(!1),c=i?" button--small":"";return d?o`<div class="confirm" role="group" aria-label=${e}>
    <div class="confirm__question">${n}</div>
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
  </div>`:o`<button type="button" class=${`button ${s}${c}`} disabled=${a} onClick=${()=>p(!0)}>
      ${e}${l&&o`<span class="visually-hidden"> ${l}</span>`}
    </button>`}function xe({error:e,onRetry:t}){return e?!e.errors||e.errors.length===0||e.status>=500?o`<${k} error=${e} onRetry=${t} />`:o`<div class="alert alert--error" role="alert">
    <p>${e.status===409?"Refused: it conflicts with another change.":"Refused."}</p>
    <ul>
      ${e.errors.map(a=>o`<li>${We(a.path)?`${We(a.path)}: `:""}${a.message}</li>`)}
    </ul>
  </div>`:null}function P(e){let[t,a]=h({data:null,error:null,loading:e!==null}),[r,n]=h(0),s=G(!0);z(()=>()=>s.current=!1,[]),z(()=>{if(e===null){a({data:null,error:null,loading:!1});return}let d=new AbortController;return a(p=>({data:p.data,error:null,loading:!0})),S("GET",e,void 0,{signal:d.signal}).then(p=>s.current&&a({data:p,error:null,loading:!1}),p=>{p.name!=="AbortError"&&s.current&&a({data:null,error:p,loading:!1})}),()=>d.abort()},[e,r]);let i=Xe(()=>n(d=>d+1),[]),l=Xe(d=>a({data:d,error:null,loading:!1}),[]);return{...t,reload:i,setData:l}}function F(e,t){z(()=>{e&&(performance.mark(`np-ready:${t}`),document.body.dataset.ready=t)},[e,t])}var ol=["patient.read","patient.search","patient.create","patient.update","patient.portal_account.create","consultation.create","consultation.read","consultation.list","consultation.screen","plan.create","plan.read","plan.list","plan.update","audit.read"],nl={success:"ok",denied:"stop",failed:"caution"};function sl(e){let[t,a,r]=e.split("-").map(Number);return new Date(Date.UTC(t,a-1,r+1)).toISOString().slice(0,10)}function il(e){let[t,a,r]=ue().split("-").map(Number);return new Date(Date.UTC(t,a-1,r-e)).toISOString().slice(0,10)}function ll(e,t){let a=new URLSearchParams;return e.from&&a.set("from",e.from),e.to&&a.set("to",sl(e.to)),e.user_id&&a.set("user_id",e.user_id),e.patient_id&&a.set("patient_id",e.patient_id),e.action&&a.set("action",e.action),t&&a.set("after",String(t)),a.set("limit","50"),`/api/v1/audit?${a}`}function dn(){let e=P("/api/v1/staff"),[t,a]=h({from:il(7),to:"",user_id:"",patient_id:"",action:""}),[r,n]=h(t),[s,i]=h([]),[l,d]=h(null),[p,c]=h({loading:!0,error:null}),[u,f]=h(0);F(!p.loading&&!p.error,"audit");let m=async g=>{c({loading:!0,error:null});try{let b=await S("GET",ll(r,g));i(y=>g?[...y,...b.items]:b.items),d(b.items.length===50?b.next_after:null),c({loading:!1,error:null})}catch(b){c({loading:!1,error:b})}};z(()=>{m(null)},[r,u]);let $=Object.fromEntries((e.data?e.data.items:[]).map(g=>[g.id,g.display_name])),v=g=>b=>a({...t,[g]:b}),_=p.error&&p.error.status===400?p.error.errors.map(g=>({...g,path:`/${g.path.replace(/^\?/,"")}`})):[];return o`<div class="stack">
    <${w}>Audit log</${w}>
    <p class="lead">Every read and change of patient data, with who did it. Rows cannot be edited or removed.</p>
    <form
      class="card filters"
      aria-label="Filter the audit log"
      onSubmit=${g=>{g.preventDefault(),n({...t}),f(b=>b+1)}}
    >
      <${C} label="From" type="date" pointer="/from" errors=${_} value=${t.from} onValue=${v("from")} />
      <${C} label="To" type="date" pointer="/to" errors=${_} value=${t.to} onValue=${v("to")} />
      <${D}
        label="Who"
        pointer="/user_id"
        errors=${_}
        value=${t.user_id}
        onValue=${v("user_id")}
        options=${(e.data?e.data.items:[]).map(g=>[String(g.id),`${g.display_name} (${Te(g.role)})`])}
        placeholder="Anyone"
      />
      <${C} label="Patient number" type="number" min="1" inputmode="numeric" pointer="/patient_id" errors=${_} value=${t.patient_id} onValue=${v("patient_id")} />
      <${D} label="Action" pointer="/action" errors=${_} value=${t.action} onValue=${v("action")} options=${ol.map(g=>[g,g])} placeholder="Any action" />
      <button type="submit" class="button">Show</button>
    </form>
    <section class="card" aria-labelledby="audit-heading" aria-busy=${p.loading?"true":"false"}>
      <h2 id="audit-heading">${s.length} ${s.length===1?"entry":"entries"}${l?" so far":""}</h2>
      ${p.error&&p.error.status!==400&&o`<${k} error=${p.error} onRetry=${()=>f(g=>g+1)} />`}
      ${s.length>0&&o`<div class="table-scroll"><table class="table table--dense">
        <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Patient</th><th scope="col">Outcome</th><th scope="col">Detail</th><th scope="col">Request</th></tr></thead>
        <tbody>
          ${s.map(g=>o`<tr key=${g.seq}>
              <td>${H(g.at)}</td>
              <td>${g.user_id?$[g.user_id]||`${Te(g.role||"")} #${g.user_id}`:"System"}${g.role?o` <span class="muted">${Te(g.role)}</span>`:""}</td>
              <td><code>${g.action}</code></td>
              <td>${g.patient_id?o`<a href=${`/staff/patients/${g.patient_id}`}>#${g.patient_id}</a>`:"—"}</td>
              <td><${L} kind=${nl[g.outcome]||"neutral"}>${g.outcome}</${L}></td>
              <td>${g.detail}</td>
              <td><code class="small">${g.request_id}</code></td>
            </tr>`)}
        </tbody>
      </table></div>`}
      ${!p.loading&&s.length===0&&!p.error&&o`<p class="empty">No entry matches these filters.</p>`}
      ${p.loading&&o`<${E} />`}
      ${l&&!p.loading&&o`<button type="button" class="button button--secondary" onClick=${()=>m(l)}>Load more</button>`}
    </section>
  </div>`}var Yt=["mon","tue","wed","thu","fri","sat","sun"],dl={mon:"Monday",tue:"Tuesday",wed:"Wednesday",thu:"Thursday",fri:"Friday",sat:"Saturday",sun:"Sunday"},$t=e=>dl[e]||e,cl={consultation:"Consultation",treatment:"Treatment session",follow_up:"Follow-up"},Fe=e=>cl[e]||String(e).replaceAll("_"," "),pl={booked:"Booked",confirmed:"Confirmed",checked_in:"Checked in",completed:"Completed",cancelled:"Cancelled",no_show:"No-show"},He=e=>pl[e]||String(e).replaceAll("_"," ");function Ea(e){let t=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e||"");return t?new Date(Date.UTC(+t[1],+t[2]-1,+t[3])):null}function Ct(e,t){let a=Ea(e);return a?(a.setUTCDate(a.getUTCDate()+t),a.toISOString().slice(0,10)):""}function cn(e){let t=Ea(e);return t?Ct(e,-((t.getUTCDay()+6)%7)):""}function pn(e,t){return Array.from({length:t},(a,r)=>Ct(e,r))}var re=e=>(e||"").slice(0,10),Se=e=>(e||"").slice(11,16);function Ve(e){let t=Se(e.start_local),a=Se(e.end_local);return a?`${t}–${a}`:t}function un(e,t,a=!0){let r=new Map(t.map(n=>[n,[]]));for(let n of e){if(!a&&n.status==="cancelled")continue;let s=r.get(re(n.start_local));s&&s.push(n)}for(let n of r.values())n.sort((s,i)=>s.start_local.localeCompare(i.start_local)||s.id-i.id);return r}function Pr(e){switch(e.status){case"booked":case"confirmed":return[["checked_in","Check in"],["no_show","No-show"]];case"checked_in":return[["completed","Complete"]];default:return[]}}function mn(e,t){return Math.round((Ea(re(t))-Ea(re(e)))/864e5)}function fn(e){let t={};for(let a of Yt){let r=(e[a]||[]).map(n=>({from:n.from,to:n.to}));r.length>0&&(t[a]=r)}return{hours:t}}function rt(e=!0){let t=P(e?"/api/v1/staff":null),a=new Map((t.data?t.data.items:[]).map(r=>[r.id,r.title?`${r.display_name} (${r.title})`:r.display_name]));return r=>a.get(r)||`user #${r}`}function Ce(){let e=P("/api/v1/staff"),t=(e.data?e.data.items:[]).filter(r=>r.role==="provider"&&r.active),a=new Map((e.data?e.data.items:[]).map(r=>[r.id,r.display_name]));return{providers:t,nameOf:r=>a.get(r)||`provider #${r}`,loading:e.loading,error:e.error,reload:e.reload}}function ot(){let e=P("/api/v1/resources"),t=e.data?e.data.items:[],a=new Map(t.map(r=>[r.id,r.name]));return{rooms:t.filter(r=>r.kind==="room"&&r.active),devices:t.filter(r=>r.kind==="device"&&r.active),nameOf:r=>r==null?"":a.get(r)||`#${r}`,loading:e.loading,error:e.error}}var ul=0;function ye({title:e,onClose:t,children:a,wide:r=!1}){let n=G(null),s=G(`dialog-${++ul}`),i=G(t);return i.current=t,z(()=>{let l=n.current;l&&!l.open&&l.showModal();let d=p=>{p.preventDefault(),i.current()};return l.addEventListener("cancel",d),()=>{l.removeEventListener("cancel",d),l.open&&l.close()}},[]),o`<dialog ref=${n} class=${`dialog ${r?"dialog--wide":""}`} aria-labelledby=${`${s.current}-title`}>
    <div class="dialog__head">
      <h2 id=${`${s.current}-title`}>${e}</h2>
      <button type="button" class="button button--quiet button--small" onClick=${t}>Close<span class="visually-hidden"> ${e}</span></button>
    </div>
    <div class="dialog__body">${a}</div>
  </dialog>`}function ml(e){let t=new Map;for(let a of e){let r=re(a.start_local);t.has(r)||t.set(r,[]),t.get(r).push(a)}return[...t.entries()]}function ht({kind:e="consultation",patientId:t,timeZone:a,initialDate:r,initialProvider:n="",refresh:s=0,busy:i,onPick:l,label:d="Book"}){let{providers:p,nameOf:c}=Ce(),u=ot(),[f,m]=h(r||ue(a)),[$,v]=h(n?String(n):""),[_,g]=h({loading:!1,error:null,data:null}),[b,y]=h(0);z(()=>{if(!f)return;let R=new AbortController,V=new URLSearchParams({kind:e,from:f,days:"7",count:"40"});return $&&V.set("provider_id",$),t&&V.set("patient_id",String(t)),g(q=>({...q,loading:!0,error:null})),S("GET",`/api/v1/slots?${V}`,void 0,{signal:R.signal}).then(q=>g({loading:!1,error:null,data:q}),q=>q.name!=="AbortError"&&g({loading:!1,error:q,data:null})),()=>R.abort()},[e,f,$,t,b,s]);let x=_.data?ml(_.data.items):[];return o`<div class="slot-search">
    <div class="grid grid--2">
      <${C} label="From date" pointer="/slot-from" type="date" value=${f} onValue=${m} />
      <${D}
        label="Provider"
        pointer="/slot-provider"
        value=${$}
        onValue=${v}
        placeholder="Any provider"
        options=${p.map(R=>[String(R.id),R.display_name])}
      />
    </div>
    <div class="form-actions slot-search__nav">
      <button type="button" class="button button--quiet button--small" onClick=${()=>y(R=>R+1)}>Search again</button>
    </div>
    ${_.loading&&o`<${E} label="Finding free times…" />`}
    <${k} error=${_.error} />
    ${_.data&&x.length===0&&o`<${O}>No free ${Fe(e).toLowerCase()} times in the 7 days from ${A(f)}. Try a later date or another provider.</${O}>`}
    ${x.length>0&&o`<div class="slot-days" aria-live="polite">
      ${x.map(([R,V])=>o`<section class="slot-day" aria-label=${A(R,"weekday")}>
          <h3><time datetime=${R}>${A(R,"weekday")}</time></h3>
          <ul class="slot-list">
            ${V.map(q=>o`<li>
                <button
                  type="button"
                  class="button button--secondary button--small slot"
                  disabled=${i}
                  data-start=${q.start_local}
                  onClick=${()=>l(q)}
                >
                  ${Se(q.start_local)}${!$&&o`<span class="slot__who"> ${c(q.provider_id)}</span>`}${q.room_id&&e==="treatment"&&o`<span class="slot__who"> ${u.nameOf(q.room_id)}</span>`}<span class="visually-hidden"> on ${A(R,"long")}: ${d}</span>
                </button>
              </li>`)}
          </ul>
        </section>`)}
    </div>`}
  </div>`}function $n({patient:e,patientName:t,timeZone:a,onClose:r,onBooked:n}){let{nameOf:s}=Ce(),[i,l]=h(!1),[d,p]=h(null),[c,u]=h(0),[f,m]=h(null),$=async _=>{l(!0),p(null);try{let g={patient_id:e.id,kind:"consultation",start:_.start_local,provider_id:_.provider_id};_.room_id&&(g.room_id=_.room_id);let b=await S("POST","/api/v1/appointments",g);m(b),n(b)}catch(g){p({error:g,slot:_}),u(b=>b+1)}l(!1)},v=d&&d.error.status===409;return o`<${ye} title=${`Book a consultation for ${t}`} onClose=${r} wide>
    ${f?o`<${N} kind="success">
          <p class="booked">
            Booked: consultation on <strong>${A(re(f.start_local),"long")}</strong>${" at "}<strong
              >${Se(f.start_local)}</strong
            >${` with ${s(f.provider_id)}.`}
          </p>
          <button type="button" class="button" onClick=${r}>Done</button>
        </${N}>`:o`<p class="muted">Free 30-minute times in the clinic’s local time${a?` (${a})`:""}. Pick one to book it.</p>
          ${v&&o`<div class="alert alert--error" role="alert">
            <p>
              <strong>That time was just taken.</strong>
              ${` ${A(re(d.slot.start_local),"weekday")} at ${Se(d.slot.start_local)} is no longer free; nothing was booked. `}
              The free times below are up to date: pick another.
            </p>
          </div>`}
          ${d&&!v&&o`<${xe} error=${d.error} />`}
          <${ht} patientId=${e.id} timeZone=${a} refresh=${c} busy=${i} onPick=${$} label="book it" />`}
  </${ye}>`}var fl={booked:"neutral",confirmed:"neutral",checked_in:"caution",completed:"ok",cancelled:"stop",no_show:"defer"};function $l({status:e}){return o`<${L} kind=${fl[e]||"neutral"}>${He(e)}</${L}>`}function Ra(e){if(!e||e.status!==422)return null;let t=e.errors.map(a=>a.message);return t.length?t:[e.detail]}function hl({initial:e,busy:t,onMove:a,label:r}){let[n,s]=h(e||"");return o`<form
    class="form form--compact exact-time"
    novalidate
    onSubmit=${i=>{i.preventDefault(),a(n)}}
  >
    <div class="inline-form">
      <${C} label="Or type a start" pointer="/start" type="datetime-local" value=${n} onValue=${s} hint="Clinic time; the same provider, the first free room and pen" />
      <${T} busy=${t} className="button--secondary" busyLabel="Moving…">${r}</${T}>
    </div>
  </form>`}function gl({appointment:e,patientName:t,timeZone:a,role:r,onClose:n,onDone:s}){let[i,l]=h(!1),[d,p]=h(null),[c,u]=h(null),[f,m]=h(""),[$,v]=h(0),_=async(b,y)=>{l(!0),p(null);try{let x={version:e.version,start:b.start_local};b.provider_id&&(x.provider_id=b.provider_id),b.room_id&&(x.room_id=b.room_id),b.device_id&&(x.device_id=b.device_id),y&&(x.override_reason=y);let R=await S("POST",`/api/v1/appointments/${e.id}/reschedule`,x);l(!1),s(R);return}catch(x){p(x),x.status===422&&Ra(x)&&u(b),x.status===409&&v(R=>R+1)}l(!1)},g=d&&d.status===422?Ra(d):null;return o`<${ye} title=${`Reschedule: ${t}`} onClose=${n} wide>
    <p>
      Now: <strong>${A(re(e.start_local),"weekday")}, ${Ve(e)}</strong> · ${Fe(e.kind)}
      ${e.session_number?` · session ${e.session_number} of ${e.session_count}`:""}
    </p>
    ${d&&d.status===409&&o`<div class="alert alert--error" role="alert"><p><strong>Not moved.</strong> ${d.detail}. The free times below are up to date.</p></div>`}
    ${g&&o`<div class="alert alert--warning spacing" role="alert">
      <p><strong>Too close to the neighbouring session.</strong></p>
      <ul>${g.map(b=>o`<li>${b}</li>`)}</ul>
      ${r==="provider"?o`<form
            class="form form--compact"
            novalidate
            onSubmit=${b=>{b.preventDefault(),_(c,f.trim())}}
          >
            <${Z} label="Your reason for the shorter gap" pointer="/override_reason" value=${f} onValue=${m} rows="2" required />
            <${T} busy=${i} busyLabel="Moving…">Move anyway, with this reason</${T}>
          </form>`:o`<p>Only a provider can move a session closer than the plan allows, giving the reason. Pick a later time, or ask the provider.</p>`}
    </div>`}
    ${d&&d.status!==409&&!g&&o`<${xe} error=${d} />`}
    <${ht}
      kind=${e.kind}
      patientId=${e.patient_id}
      timeZone=${a}
      initialDate=${re(e.start_local)}
      initialProvider=${e.provider_id}
      refresh=${$}
      busy=${i}
      label="move here"
      onPick=${b=>_(b)}
    />
    <${hl} initial=${e.start_local} busy=${i} label="Move to this time" onMove=${b=>_({start_local:b,provider_id:e.provider_id})} />
  </${ye}>`}function bl({appointment:e,patientName:t,onClose:a,onDone:r}){let[n,s]=h(!1),[i,l]=h(null),d=async()=>{s(!0),l(null);try{r(await S("POST",`/api/v1/appointments/${e.id}/cancel`,{version:e.version}))}catch(p){l(p),s(!1)}};return o`<${ye} title=${`Cancel: ${t}`} onClose=${a}>
    <p>
      Cancel the ${Fe(e.kind).toLowerCase()} on <strong>${A(re(e.start_local),"long")}</strong> at
      <strong>${` ${Se(e.start_local)}`}</strong>? The time becomes free for others; the record stays, marked cancelled.
    </p>
    <${xe} error=${i} />
    <div class="form-actions">
      <button type="button" class="button button--danger" disabled=${n} onClick=${d}>${n?"Cancelling…":"Cancel the appointment"}</button>
      <button type="button" class="button button--quiet" onClick=${a}>Keep it</button>
    </div>
  </${ye}>`}function hn({appointment:e,role:t,timeZone:a,providerName:r,resourceName:n,onChanged:s}){let[i,l]=h(!1),[d,p]=h(null),[c,u]=h(null),[f,m]=h(null),$=e,v=$.patient_name||`patient #${$.patient_id}`,_=async b=>{l(!0),p(null),m(null);try{let y=await S("POST",`/api/v1/appointments/${$.id}/status`,{version:$.version,status:b});s({...$,...y}),m({text:`${He(y.status)}.`,maintenance:y.maintenance||null})}catch(y){p(y)}l(!1)},g=$.status!=="cancelled"&&$.status!=="completed"&&$.status!=="no_show";return o`<section class="card appointment-detail" aria-labelledby="appointment-heading" data-appointment=${$.id}>
    <h2 id="appointment-heading">${Fe($.kind)}: ${v}</h2>
    <p><${$l} status=${$.status} /></p>
    <dl class="facts">
      <div><dt>When</dt><dd><time datetime=${$.start}>${A(re($.start_local),"weekday")}, ${Ve($)}</time></dd></div>
      <div><dt>Provider</dt><dd>${r($.provider_id)}</dd></div>
      ${$.room_id&&o`<div><dt>Room</dt><dd>${n($.room_id)}</dd></div>`}
      ${$.device_id&&o`<div><dt>Pen</dt><dd>${n($.device_id)}</dd></div>`}
      ${$.session_number&&o`<div><dt>Session</dt><dd>${$.session_number} of ${$.session_count}</dd></div>`}
    </dl>
    <p class="small">
      <a href=${`/staff/patients/${$.patient_id}`}>Open the chart</a>${$.plan_id?o` · <a href=${`/staff/plans/${$.plan_id}`}>Open the plan</a>`:""}
    </p>
    ${f&&o`<${N} kind="success">
      <p>${f.text}</p>
      ${f.maintenance&&o`<p>The series is complete. Recall for maintenance between <strong>${A(f.maintenance.from,"long")}</strong> and <strong>${A(f.maintenance.to,"long")}</strong>.</p>`}
    </${N}>`}
    ${$.warnings&&$.warnings.length>0&&o`<${N} kind="warning"><ul class="warnings">${$.warnings.map(b=>o`<li>${b.message||b}</li>`)}</ul></${N}>`}
    <${xe} error=${d} />
    ${Pr($).length>0&&o`<div class="form-actions" role="group" aria-label="Status">
      ${Pr($).map(([b,y])=>o`<button type="button" class=${`button ${b==="no_show"?"button--secondary":""}`} disabled=${i} onClick=${()=>_(b)}>${y}</button>`)}
    </div>`}
    ${g&&o`<div class="form-actions">
      <button type="button" class="button button--secondary" onClick=${()=>u("reschedule")}>Reschedule</button>
      <button type="button" class="button button--quiet" onClick=${()=>u("cancel")}>Cancel appointment</button>
    </div>`}
    ${c==="reschedule"&&o`<${gl}
      appointment=${$}
      patientName=${v}
      timeZone=${a}
      role=${t}
      onClose=${()=>u(null)}
      onDone=${b=>{u(null),m({text:`Moved to ${A(re(b.start_local),"weekday")}, ${Se(b.start_local)}.`}),s({...$,...b})}}
    />`}
    ${c==="cancel"&&o`<${bl}
      appointment=${$}
      patientName=${v}
      onClose=${()=>u(null)}
      onDone=${b=>{u(null),m({text:"Cancelled."}),s({...$,...b})}}
    />`}
  </section>`}function _l(){let e=new URLSearchParams(location.search);return{view:e.get("view")==="day"?"day":"week",date:/^\d{4}-\d{2}-\d{2}$/.test(e.get("date")||"")?e.get("date"):"",who:/^(provider|room):\d+$/.test(e.get("show")||"")?e.get("show"):"",appointment:Number(e.get("appointment"))||null}}function vl(e){let t=new URLSearchParams;t.set("view",e.view),e.date&&t.set("date",e.date),e.who&&t.set("show",e.who),e.appointment&&t.set("appointment",String(e.appointment)),history.replaceState(null,"",`${location.pathname}?${t}`)}function yl(e,t,a){let r=new URLSearchParams({from:e,to:Ct(e,t)}),[n,s]=a?a.split(":"):[];return n==="provider"&&r.set("provider_id",s),n==="room"&&r.set("room_id",s),`/api/v1/appointments?${r}`}function wl({a:e,selected:t,onSelect:a,showProvider:r,providerName:n}){return o`<li>
    <button
      type="button"
      class=${`cal-item cal-item--${e.kind} cal-item--${e.status}`}
      aria-pressed=${t?"true":"false"}
      data-appointment=${e.id}
      onClick=${()=>a(e.id)}
    >
      <span class="cal-item__time">${Ve(e)}</span>
      <span class="cal-item__what">${e.patient_name||`patient #${e.patient_id}`}</span>
      <span class="cal-item__status">
        ${Fe(e.kind)}${e.session_number?` ${e.session_number}/${e.session_count}`:""} · ${He(e.status)}${r?` · ${n(e.provider_id)}`:""}
      </span>
    </button>
  </li>`}function gn({session:e}){let t=_l(),a=P("/api/v1/clinic"),r=a.data?a.data.time_zone:void 0,{providers:n,nameOf:s}=Ce(),i=ot(),[l,d]=h(t.view),[p,c]=h(t.date),[u,f]=h(t.who||(e.role==="provider"?`provider:${e.user.id}`:"")),[m,$]=h(t.appointment),[v,_]=h(!0),[g,b]=h(new Map),y=p||(a.data?ue(r):""),x=l==="week"?cn(y):y,R=l==="week"?7:1,V=P(y?yl(x,R,u):null),q=P(m?`/api/v1/appointments/${m}`:null);F(V.data!==null&&!V.loading,"calendar"),z(()=>vl({view:l,date:p,who:u,appointment:m}),[l,p,u,m]);let W=j=>g.has(j.id)&&g.get(j.id).version>=j.version?{...j,...g.get(j.id)}:j,fe=(V.data?V.data.items:[]).map(W),$e=y?pn(x,R):[],he=un(fe,$e,v),oe=fe.filter(j=>j.status==="cancelled").length,ge=fe.find(j=>j.id===m)||(q.data?W(q.data):null),vt=[...n.map(j=>[`provider:${j.id}`,j.display_name]),...i.rooms.map(j=>[`room:${j.id}`,j.name])],Dt=a.data?ue(r):"",qe=l==="week"?`Week of ${A(x,"weekday")}`:A(y,"long");return o`<div class="stack">
    <div class="page-head">
      <div>
        <${w} title="Calendar">Calendar</${w}>
        <p class="lead">Times in the clinic’s local time${r?` (${r})`:""}.</p>
      </div>
    </div>
    <${k} error=${a.error} onRetry=${a.reload} />
    <div class="card">
      <div class="cal-controls">
        <${D}
          label="View"
          pointer="/view"
          value=${l}
          onValue=${d}
          options=${[["week","Week"],["day","Day"]]}
        />
        <${D} label="Show" pointer="/show" value=${u} onValue=${f} placeholder="Everyone" options=${vt} />
        <${C} label="Date" pointer="/date" type="date" value=${y} onValue=${j=>c(j)} />
        <${De} id="show-cancelled" label="Show cancelled" checked=${v} onChecked=${_} />
      </div>
    </div>
    <div class="cal-layout">
      <section class="cal-main" aria-labelledby="cal-range">
        <div class="cal-nav">
          <h2 id="cal-range">${qe}</h2>
          <button type="button" class="button button--secondary button--small" onClick=${()=>c(Ct(y,-R))}>
            Previous<span class="visually-hidden"> ${l}</span>
          </button>
          <button type="button" class="button button--secondary button--small" onClick=${()=>c(Dt)}>Today</button>
          <button type="button" class="button button--secondary button--small" onClick=${()=>c(Ct(y,R))}>
            Next<span class="visually-hidden"> ${l}</span>
          </button>
          ${V.data&&o`<span class="muted small" role="status">${ee(fe.length-(v?0:oe),"visit")}${!v&&oe?`, ${oe} cancelled hidden`:""}</span>`}
        </div>
        ${V.loading&&!V.data&&o`<${E} label="Loading the calendar…" />`}
        <${k} error=${V.error} onRetry=${V.reload} />
        ${V.data&&o`<div class=${l==="week"?"cal-week":"cal-dayview"}>
          ${$e.map(j=>o`<section class=${`cal-day ${j===Dt?"cal-day--today":""}`} aria-label=${A(j,"long")} data-date=${j}>
              <h3><time datetime=${j}>${A(j,"weekday")}</time></h3>
              ${he.get(j).length===0?o`<p class="muted small">No visits</p>`:o`<ul class="cal-day__list">
                    ${he.get(j).map(Ke=>o`<${wl} a=${Ke} selected=${Ke.id===m} onSelect=${$} showProvider=${!u.startsWith("provider:")} providerName=${s} />`)}
                  </ul>`}
            </section>`)}
        </div>`}
        ${V.data&&fe.length===0&&o`<${O}>No visits in this ${l}.</${O}>`}
      </section>
      <aside class="cal-side" aria-label="Selected visit">
        ${!m&&o`<p class="muted">Choose a visit to see it, change its status, reschedule or cancel it.</p>`}
        ${m&&!ge&&q.loading&&o`<${E} />`}
        ${m&&!ge&&o`<${k} error=${q.error} />`}
        ${ge&&o`<${hn}
          key=${ge.id}
          appointment=${ge}
          role=${e.role}
          timeZone=${r}
          providerName=${s}
          resourceName=${i.nameOf}
          onChanged=${j=>{b(new Map(g).set(j.id,j)),j.start_local!==ge.start_local&&V.reload()}}
        />`}
      </aside>
    </div>
  </div>`}function le(){let[e,t]=h(!1),[a,r]=h(null),n=Xe(async s=>{t(!0),r(null);try{let i=await s();return t(!1),i}catch(i){r(i),t(!1);return}},[]);return{busy:e,problem:a,setProblem:r,run:n,clear:()=>r(null)}}function me(e){return!e||e.status===0||e.status>=500?[]:e.errors||[]}function Ae({legend:e,pointer:t,errors:a,value:r,onValue:n,hint:s,children:i}){let l=Y(t),d=ae(a,t),p=`${l}-answer`;return o`<fieldset
    class=${`yes-no ${d.length?"field--invalid":""}`}
    id=${l}
    tabindex="-1"
    data-question=${t}
    aria-describedby=${[s?`${l}-hint`:"",d.length?`${l}-error`:""].filter(Boolean).join(" ")||void 0}
  >
    <legend>${e}</legend>
    ${s&&o`<p class="hint" id=${`${l}-hint`}>${s}</p>`}
    <div class="yes-no__choices">
      <label class="yes-no__choice">
        <input type="radio" name=${p} value="yes" checked=${r===!0} onChange=${()=>n(!0)} />
        Yes
      </label>
      <label class="yes-no__choice">
        <input type="radio" name=${p} value="no" checked=${r===!1} onChange=${()=>n(!1)} />
        No
      </label>
    </div>
    ${d.length>0&&o`<div class="field-error" id=${`${l}-error`}>
      ${d.map(c=>o`<p><span class="visually-hidden">Error: </span>${c}</p>`)}
    </div>`}
    ${i}
  </fieldset>`}var kl={none:"Not started",open:"Open",checked_in:"Checked in",in_progress:"In progress",signed_off:"Signed off"},Tt=e=>kl[e||"none"]||String(e).replaceAll("_"," "),xl={none:"neutral",open:"neutral",checked_in:"caution",in_progress:"caution",signed_off:"ok"},La=e=>xl[e||"none"]||"neutral",Sl={proceed:"Proceed",blocked:"Blocked",overridden:"Overridden"},Na=e=>Sl[e]||String(e).replaceAll("_"," "),Cl={proceed:"ok",blocked:"stop",overridden:"defer"},Da=e=>Cl[e]||"neutral",Er=[["cross_hatch","Cross-hatch"],["linear","Linear"],["circular","Circular"],["stamping","Stamping"]],Rr=[["pinpoint_bleeding","Pinpoint bleeding"],["even_erythema","Even erythema"],["mild_erythema","Mild erythema"]],Kt=[["hyaluronic_acid","Hyaluronic acid"],["prp","PRP"],["growth_factors","Growth factors"],["led_red","Red LED"]],vn=[["waxing","Waxing"],["depilatory","Depilatory cream"],["electrolysis","Electrolysis"]],Lr=[["pus","Pus or yellow crusts"],["fever","Fever or feeling unwell"],["spreading_redness","Redness that is spreading"],["increasing_pain","Pain that is severe or getting worse"],["blistering","Blisters"],["new_dark_spots","New dark spots"],["cold_sore","A cold sore"],["redness","Redness"],["flaking","Flaking or peeling"],["swelling","Swelling"],["itching","Itching"],["bruising","Bruising"]],Tl=[["urgent","Urgent"],["review","Review"],["expected","Expected"]],Nr=[["mild","Mild"],["moderate","Moderate"],["severe","Severe"]],Dr=[["recovering","Recovering"],["resolved","Resolved"],["ongoing","Ongoing"],["resolved_with_sequelae","Resolved with lasting effects"],["fatal","Fatal"],["unknown","Unknown"]],Or=[["procedure","The procedure"],["cartridge","The cartridge"],["product","A product applied"],["anaesthetic","The anaesthetic"],["aftercare","Aftercare not followed"],["unrelated","Unrelated to the treatment"],["unknown","Unknown"]],zr=[["certain","Certain"],["probable","Probable"],["possible","Possible"],["unlikely","Unlikely"],["unassessable","Unassessable"]];function Ge(e){let t=Object.fromEntries(e);return a=>t[a]||String(a).replaceAll("_"," ")}var yn=Ge(Er),wn=Ge(Rr),Pt=Ge(Kt),Qt=Ge(Lr),At=Ge(Tl),gu=Ge(Nr),bu=Ge(Dr),_u=Ge(Or),vu=Ge(zr),Pl={urgent:"stop",review:"caution",expected:"ok"},Oa=e=>Pl[e]||"neutral",bn={urgent:0,review:1,expected:2};function kn(e){return[...e].sort((t,a)=>+!!t.acknowledged_at-+!!a.acknowledged_at||(bn[t.urgency]??9)-(bn[a.urgency]??9)||String(a.reported_at).localeCompare(String(t.reported_at))||a.id-t.id)}function _e(e){return e&&typeof e=="object"&&e.session&&typeof e.session=="object"&&!("status"in e)?e.session:e}var za=[["sunburn","Sunburn"],["acne","Active acne"],["infection","A skin infection"]];function Al(){return{cold_sore:null,sunburn:null,sunburn_areas:[],acne:null,acne_areas:[],infection:null,infection_areas:[],new_medications:null,other_new_medications:"",pregnant:null,breastfeeding:null,retinoids_acids_stopped:null,retinoids_acids_last_use:"",no_hair_removal:null,hair_removal_code:"",hair_removal_date:"",sun_avoided:null}}function xn(e){let t=Al();if(!e)return t;t.cold_sore=!!e.cold_sore;for(let[n]of za)t[n]=!!e[n],t[`${n}_areas`]=e[`${n}_areas`]||[];let a=e.other_new_medications||[];t.new_medications=a.length>0,t.other_new_medications=a.join(`
`),t.pregnant=!!e.pregnant,t.breastfeeding=!!e.breastfeeding;let r=e.prep||{};return t.retinoids_acids_stopped=r.retinoids_acids_stopped!==!1,t.retinoids_acids_last_use=r.retinoids_acids_last_use||"",t.no_hair_removal=r.no_hair_removal!==!1,t.hair_removal_code=r.hair_removal?r.hair_removal.code:"",t.hair_removal_date=r.hair_removal?r.hair_removal.date:"",t.sun_avoided=r.sun_avoided!==!1,t}var El=[["cold_sore","/answers/cold_sore"],["sunburn","/answers/sunburn"],["acne","/answers/acne"],["infection","/answers/infection"],["new_medications","/answers/new_medications"],["pregnant","/answers/pregnant"],["breastfeeding","/answers/breastfeeding"],["retinoids_acids_stopped","/answers/prep/retinoids_acids_stopped"],["no_hair_removal","/answers/prep/no_hair_removal"],["sun_avoided","/answers/prep/sun_avoided"]];function Ir(e){let t=El.filter(([a])=>e[a]!==!0&&e[a]!==!1).map(([,a])=>({path:a,message:"answer yes or no"}));return e.new_medications===!0&&Sn(e).length===0&&t.push({path:"/answers/other_new_medications",message:"name each new medication, one a line"}),e.no_hair_removal===!1&&(e.hair_removal_code||t.push({path:"/answers/prep/hair_removal/code",message:"choose how the hair was removed"}),e.hair_removal_date||t.push({path:"/answers/prep/hair_removal/date",message:"give the day it was done"})),t}function Sn(e){return String(e.other_new_medications||"").split(`
`).map(t=>t.trim()).filter(Boolean)}function Cn(e){let t={cold_sore:e.cold_sore===!0};for(let[r]of za)t[r]=e[r]===!0,e[r]===!0&&e[`${r}_areas`].length>0&&(t[`${r}_areas`]=[...e[`${r}_areas`]]);e.new_medications===!0&&(t.other_new_medications=Sn(e)),t.pregnant=e.pregnant===!0,t.breastfeeding=e.breastfeeding===!0;let a={retinoids_acids_stopped:e.retinoids_acids_stopped===!0};return e.retinoids_acids_stopped===!0&&e.retinoids_acids_last_use&&(a.retinoids_acids_last_use=e.retinoids_acids_last_use),a.no_hair_removal=e.no_hair_removal===!0,e.no_hair_removal===!1&&(a.hair_removal={code:e.hair_removal_code,date:e.hair_removal_date}),a.sun_avoided=e.sun_avoided===!0,t.prep=a,t}var Tn="lidocaine 4% cream",Jt=20;function Ia(e){let t=e||{},a=t.anaesthetic||null;return{device_id:t.device_id?String(t.device_id):"",pen_serial:t.pen_serial||"",anaesthetic_product:a?a.product:Tn,anaesthetic_lot:a&&a.lot||"",applied_at:a?a.applied_at:"",removed_at:a?a.removed_at:"",zones:(t.zones||[]).map(r=>({zone:r.zone,depth_mm:r.depth_mm===void 0||r.depth_mm===null?"":String(r.depth_mm),passes:r.passes===void 0||r.passes===null?"":String(r.passes),pattern:r.pattern||"cross_hatch",reason:r.reason||""})),products:(t.products||[]).map(r=>({code:r.code,lot:r.lot||"",name:r.name||""})),end_point:t.end_point||"",duration_minutes:t.duration_minutes?String(t.duration_minutes):"",notes:t.notes||""}}function Ar(e){let t=String(e??"").trim();if(t==="")return;let a=Number(t);return Number.isFinite(a)?a:t}function Ba(e){let t={};e.device_id&&(t.device_id=Number(e.device_id)),e.pen_serial.trim()&&(t.pen_serial=e.pen_serial.trim()),e.applied_at&&e.removed_at&&(t.anaesthetic={product:e.anaesthetic_product.trim()||Tn,applied_at:e.applied_at,removed_at:e.removed_at},e.anaesthetic_lot.trim()&&(t.anaesthetic.lot=e.anaesthetic_lot.trim())),t.zones=e.zones.map(r=>{let n={zone:r.zone,depth_mm:Ar(r.depth_mm),passes:Ar(r.passes),pattern:r.pattern};return r.reason.trim()&&(n.reason=r.reason.trim()),n}),t.products=e.products.map(r=>{let n={code:r.code,lot:r.lot.trim()};return r.name.trim()&&(n.name=r.name.trim()),n}),e.end_point&&(t.end_point=e.end_point);let a=Ar(e.duration_minutes);return a!==void 0&&(t.duration_minutes=a),e.notes.trim()&&(t.notes=e.notes.trim()),t}function Ma(e,t){let a=String(e??"").trim();if(a==="")return{state:"empty",message:""};let r=Number(a);if(!Number.isFinite(r)||r<=0||r>5)return{state:"invalid",message:"must be a depth in mm above 0 and at most 5"};if(!t)return{state:"unplanned",message:"this zone is not in the plan: give a reason"};let n=i=>Number(i).toFixed(2);if(t.hard_max_mm!==void 0&&t.hard_max_mm!==null&&r>t.hard_max_mm+1e-9)return{state:"above_max",message:`above the zone’s hard maximum of ${n(t.hard_max_mm)} mm: not allowed`};let s=t.depth_mm;return s&&(r<s.min-1e-9||r>s.max+1e-9)?{state:"outside",message:`outside the plan’s ${n(s.min)}–${n(s.max)} mm: give a reason`}:{state:"in_range",message:""}}function Fa(e,t){let a=Object.fromEntries((t||[]).map(n=>[n.zone,n])),r=[];return e.zones.forEach((n,s)=>{let i=Ma(n.depth_mm,a[n.zone]);(i.state==="above_max"||i.state==="invalid")&&r.push({path:`/chart/zones/${s}/depth_mm`,message:i.message}),(i.state==="outside"||i.state==="unplanned")&&!n.reason.trim()&&r.push({path:`/chart/zones/${s}/reason`,message:"is required: the depth is outside the plan"})}),r}function Et(e){let t=Math.max(0,Math.floor((Number(e)||0)/1e3)),a=Math.floor(t/60);return`${String(a).padStart(2,"0")}:${String(t%60).padStart(2,"0")}`}function Xt(e){return`${new Date(e).toISOString().slice(0,19)}Z`}function Pn(e,t){let a=new Intl.DateTimeFormat("en-CA",{timeZone:t,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"});return Object.fromEntries(a.formatToParts(new Date(e)).map(n=>[n.type,n.value]))}function _n(e,t){let a=Pn(e,t);return Date.UTC(+a.year,+a.month-1,+a.day,+a.hour%24,+a.minute,+a.second)-Math.floor(e/1e3)*1e3}function gt(e,t){let a=Date.parse(e);if(Number.isNaN(a))return"";let r=Pn(a,t);return`${r.year}-${r.month}-${r.day}T${String(+r.hour%24).padStart(2,"0")}:${r.minute}`}function Br(e,t){let a=/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(e||"");if(!a)return"";let r=Date.UTC(+a[1],+a[2]-1,+a[3],+a[4],+a[5],+(a[6]||0)),n=r-_n(r,t),s=r-_n(n,t);return s!==n&&(n=s),Xt(n)}function An(e,t){return gt(e,t).slice(11,16)}var Mr="";function En(e){return String(e||"").replaceAll(Mr,"␝")}function Rn(e,t){return{barcode:String(e||"").replace(/[\r\n]+$/,""),sealed_pack_confirmed:!!t}}function Ln(e){let t=new URLSearchParams;return t.set("kind",e.kind),e.barcode&&t.set("barcode",e.barcode.replace(/[\r\n]+$/,"")),e.lot.trim()&&t.set("lot",e.lot.trim()),e.gtin.trim()&&t.set("gtin",e.gtin.trim()),e.kind==="product"&&e.product&&t.set("product",e.product),t.toString()}function Nn(e){let t=new Map((e.items||[]).map(n=>[n.code,n])),a=(e.days||[]).map(n=>({date:n.date,day:n.day,items:n.items.map(s=>t.get(s)||{code:s,instruction:""})})),r=(e.items||[]).filter(n=>!n.to).sort((n,s)=>n.from.localeCompare(s.from));return{days:a,open:r}}function Dn(){window.dispatchEvent(new Event("np-concerns-changed"))}function On(){let[e,t]=h(!1),a=P(`/api/v1/adverse-reports?open=${e?"false":"true"}`);F(a.data!==null&&!a.loading,"concerns");let r=a.data?kn(a.data.items):[];return o`<div class="stack">
    <div class="page-head">
      <div>
        <${w} title="Concerns">Patients’ concerns</${w}>
        <p class="lead">What patients reported after a session, urgent first.</p>
      </div>
    </div>
    <div class="status-tabs" role="group" aria-label="Which reports">
      <button type="button" class="button button--secondary button--small" aria-pressed=${e?"false":"true"} onClick=${()=>t(!1)}>Open</button>
      <button type="button" class="button button--secondary button--small" aria-pressed=${e?"true":"false"} onClick=${()=>t(!0)}>All</button>
    </div>
    ${a.loading&&!a.data&&o`<${E} label="Loading the reports…" />`}
    <${k} error=${a.error} onRetry=${a.reload} />
    ${a.data&&r.length===0&&o`<${O}>${e?"No report yet.":"No open report."}</${O}>`}
    ${r.length>0&&o`<div class="card table-scroll">
      <table class="table concerns-table">
        <caption class="visually-hidden">${e?"All reports":"Open reports"}</caption>
        <thead>
          <tr><th scope="col">Urgency</th><th scope="col">Reported</th><th scope="col">Patient</th><th scope="col">Session</th><th scope="col">Symptoms</th><th scope="col">State</th></tr>
        </thead>
        <tbody>
          ${r.map(n=>o`<tr data-report=${n.id} data-urgency=${n.urgency} class=${n.acknowledged_at?"inactive":""}>
              <td><${L} kind=${Oa(n.urgency)}>${At(n.urgency)}</${L}></td>
              <td>${H(n.reported_at)}</td>
              <th scope="row"><a href=${`/staff/concerns/${n.id}`}>${n.patient?U(n.patient):`patient #${n.patient_id}`}</a></th>
              <td>${n.session_date?o`<${X} date=${n.session_date} />`:""}</td>
              <td>${(n.symptoms||[]).map(Qt).join(", ")}${n.note&&(n.symptoms||[]).length===0?"note only":""}</td>
              <td>${n.acknowledged_at?"Acknowledged":"Open"}</td>
            </tr>`)}
        </tbody>
      </table>
    </div>`}
  </div>`}function Rl(e){if(!e)return[];let t=(e.cartridges||[]).map(n=>({key:`cartridge:${n.id}`,label:`Cartridge lot ${n.lot}${n.serial?`, serial ${n.serial}`:""} (GTIN ${n.gtin})`,suspect:{kind:"cartridge",cartridge_id:n.id}})),a=new Set,r=[];for(let n of e.chart&&e.chart.products||[]){let s=`product:${n.code}:${n.lot}`;a.has(s)||(a.add(s),r.push({key:s,label:`${Pt(n.code)}${n.name?` ${n.name}`:""}, lot ${n.lot}`,suspect:{kind:"product",product:n.code,lot:n.lot}}))}return[...t,...r]}function Ll({report:e,onRecorded:t}){let a=P(`/api/v1/sessions/${e.session_id}`),[r,n]=h({description:"",onset:e.started_on||(e.reported_at||"").slice(0,10)||ue(),severity:"",serious:!1,outcome:"",follow_up:"",cause:"",causality:"",suspects:[]}),s=le(),i=me(s.problem),l=Rl(a.data),d=u=>f=>n(m=>({...m,[u]:f})),p=(u,f)=>n(m=>({...m,suspects:f?[...m.suspects,u]:m.suspects.filter($=>$!==u)}));return o`<form class="form adverse-event" onSubmit=${async u=>{u.preventDefault();let f={report_id:e.id,description:r.description,onset:r.onset,severity:r.severity,serious:r.serious,outcome:r.outcome,cause:r.cause,causality:r.causality,suspects:l.filter($=>r.suspects.includes($.key)).map($=>$.suspect)};r.follow_up.trim()&&(f.follow_up=r.follow_up.trim());let m=await s.run(()=>S("POST",`/api/v1/sessions/${e.session_id}/adverse-events`,f));m&&t(m)}} novalidate aria-labelledby="event-heading">
    <h2 id="event-heading">Record adverse event</h2>
    <${I} errors=${i} />
    ${s.problem&&i.length===0&&o`<${k} error=${s.problem} />`}
    <${Z} label="What happened" pointer="/description" errors=${i} value=${r.description} onValue=${d("description")} required />
    <div class="grid grid--3">
      <${C} label="Onset" pointer="/onset" errors=${i} type="date" value=${r.onset} onValue=${d("onset")} required />
      <${D} label="Severity" pointer="/severity" errors=${i} value=${r.severity} onValue=${d("severity")} options=${Nr} placeholder="Choose…" required />
      <${D} label="Outcome" pointer="/outcome" errors=${i} value=${r.outcome} onValue=${d("outcome")} options=${Dr} placeholder="Choose…" required />
    </div>
    <${De} id="f-serious" label="Serious (hospital, lasting harm or life-threatening)" checked=${r.serious} onChecked=${d("serious")} />
    <div class="grid grid--2">
      <${D} label="Suspected cause" pointer="/cause" errors=${i} value=${r.cause} onValue=${d("cause")} options=${Or} placeholder="Choose…" required />
      <${D} label="Causality" pointer="/causality" errors=${i} value=${r.causality} onValue=${d("causality")} options=${zr} placeholder="Choose…" required />
    </div>
    <fieldset class="checks" id="f-suspects" tabindex="-1">
      <legend>Suspected lots</legend>
      ${a.loading&&o`<${E} />`}
      <${k} error=${a.error} onRetry=${a.reload} />
      ${a.data&&l.length===0&&o`<p class="muted">The session charted no cartridge or product.</p>`}
      <div class="checks__items">
        ${l.map((u,f)=>o`<${De} id=${`suspect-${f}`} label=${u.label} checked=${r.suspects.includes(u.key)} onChecked=${m=>p(u.key,m)} />`)}
      </div>
      ${i.filter(u=>u.path.startsWith("/suspects")).map(u=>o`<p class="field-error">${u.message}</p>`)}
    </fieldset>
    <${Z} label="Follow-up (optional)" pointer="/follow_up" errors=${i} value=${r.follow_up} onValue=${d("follow_up")} rows=${2} />
    <${T} busy=${s.busy}>Record the event</${T}>
  </form>`}function zn({id:e}){let t=P(`/api/v1/adverse-reports/${e}`),a=rt(),r=le(),[n,s]=h(!1),[i,l]=h(null);if(F(t.data!==null,"concern"),t.error)return o`<${w}>Concern</${w}><${k} error=${t.error} onRetry=${t.reload} />`;if(!t.data)return o`<${w}>Concern</${w}><${E} />`;let d=t.data,p=d.patient?U(d.patient):`patient #${d.patient_id}`,c=d.triage||{},u=async()=>{let f=await r.run(()=>S("POST",`/api/v1/adverse-reports/${d.id}/acknowledge`,{version:d.version}));f&&t.setData(f.id?f:{...d,acknowledged_at:new Date().toISOString()}),Dn()};return o`<div class="stack narrow">
    <p class="crumbs"><a href="/staff/concerns">Concerns</a> › ${p}</p>
    <div class="page-head">
      <div>
        <${w} title=${`Concern – ${p}`}>Concern: ${p}</${w}>
        <p class="lead">
          <${L} kind=${Oa(d.urgency)}>${At(d.urgency)}</${L}>
          ${" "}Reported ${H(d.reported_at)}${typeof c.day=="number"?c.day===0?", on the day of the session":`, day ${c.day} after the session`:""}
          ${d.session_date&&o` of <${X} date=${d.session_date} />`}
        </p>
      </div>
      <a class="button button--secondary button--small" href=${`/staff/sessions/${d.session_id}`}>The session</a>
    </div>
    <section class="card" aria-labelledby="triage-heading">
      <h2 id="triage-heading">What the patient reported</h2>
      <ul class="triage">
        ${(c.symptoms||[]).map(f=>o`<li class=${`triage__item triage__item--${f.urgency}`} data-symptom=${f.symptom}>
            <${L} kind=${Oa(f.urgency)}>${At(f.urgency)}</${L}> <strong>${Qt(f.symptom)}</strong>
            <p>${f.message}</p>
          </li>`)}
      </ul>
      ${d.started_on&&o`<p>Started on <${X} date=${d.started_on} />.</p>`}
      ${d.note&&o`<blockquote class="triage__note">${d.note}</blockquote>`}
      ${d.photo_url&&o`<figure class="concern-photo"><img src=${d.photo_url} alt="The patient's photo of what they report" /><figcaption class="muted small">Sent by the patient with the report.</figcaption></figure>`}
      ${d.advice&&o`<p class="muted"><strong>Advice the patient was given:</strong> ${d.advice}</p>`}
      <div class="form-actions">
        ${d.acknowledged_at?o`<p role="status">Acknowledged${d.acknowledged_by?` by ${a(d.acknowledged_by)}`:""}, ${H(d.acknowledged_at)}.</p>`:o`<button type="button" class="button" onClick=${u} disabled=${r.busy}>${r.busy?"Acknowledging…":"Acknowledge"}</button>`}
        ${!n&&!i&&o`<button type="button" class="button button--secondary" onClick=${()=>s(!0)}>Record adverse event</button>`}
      </div>
      <${k} error=${r.problem} />
    </section>
    ${i&&o`<div class="alert alert--success" role="status"><p>Adverse event ${i.id?`#${i.id} `:""}recorded and linked to the session.</p></div>`}
    ${n&&!i&&o`<section class="card">
      <${Ll}
        report=${d}
        onRecorded=${f=>{l(f),s(!1),t.reload(),Dn()}}
      />
    </section>`}
  </div>`}function In({patient:e,label:t}){return o`<div class="merge__record">
    <p class="merge__label">${t}</p>
    <p><strong>${U(e)}</strong> <span class="muted">#${e.id}</span></p>
    <p>Born ${A(e.birth_date)}</p>
    <p class="small">${e.email||"no e-mail"} · ${e.phone||"no phone"}</p>
  </div>`}function Nl(e){let t=[ee(e.consultations,"consultation"),ee(e.plans,"plan"),ee(e.appointments,"appointment")];return e.portal_account&&t.push("the portal login"),t.join(", ")}function Bn({patient:e,onMerged:t}){let[a,r]=h(!1),[n,s]=h(e.family_name),[i,l]=h({loading:!1,error:null,items:null}),[d,p]=h(null),[c,u]=h(!1),[f,m]=h(null),[$,v]=h(null);z(()=>{if(!a)return;let g=new AbortController;l(y=>({...y,loading:!0,error:null}));let b=setTimeout(()=>{S("POST","/api/v1/patients/search",{q:n.trim(),limit:10},{signal:g.signal}).then(y=>l({loading:!1,error:null,items:y.items.filter(x=>x.id!==e.id&&!x.merged_into)}),y=>y.name!=="AbortError"&&l({loading:!1,error:y,items:null}))},250);return()=>{clearTimeout(b),g.abort()}},[a,n,e.id]);let _=async()=>{u(!0),m(null);try{let g=await S("POST",`/api/v1/patients/${e.id}/merge`,{duplicate_id:d.id});v(g),p(null),r(!1),t(g)}catch(g){m(g)}u(!1)};return o`<section class="card" aria-labelledby="merge-heading">
    <h2 id="merge-heading">Duplicate records</h2>
    ${$&&o`<${N} kind="success">
      <p>${U($.duplicate)} (#${$.duplicate.id}) is merged into this record: ${Nl($.moved)} moved here.</p>
    </${N}>`}
    ${!a&&o`<p class="muted">Registered twice? Merge the duplicate into this record: its history moves here.</p>
      <button type="button" class="button button--secondary" onClick=${()=>r(!0)}>Merge a duplicate into this record</button>`}
    ${a&&!d&&o`<div class="merge">
      <label for="merge-query">Find the duplicate (name, e-mail or phone)</label>
      <input id="merge-query" type="search" value=${n} autocomplete="off" spellcheck="false" onInput=${g=>s(g.currentTarget.value)} />
      <div aria-live="polite">
        ${i.loading&&!i.items&&o`<${E} label="Searching…" />`}
        <${k} error=${i.error} />
        ${i.items&&i.items.length===0&&o`<${O}>No other record matches.</${O}>`}
        ${i.items&&i.items.length>0&&o`<ul class="merge__results">
          ${i.items.map(g=>o`<li>
              <span><strong>${U(g)}</strong>, born ${A(g.birth_date)} <span class="muted">#${g.id}</span></span>
              <button type="button" class="button button--secondary button--small" onClick=${()=>p(g)}>
                Choose<span class="visually-hidden"> ${U(g)} (#${g.id})</span>
              </button>
            </li>`)}
        </ul>`}
      </div>
      <button type="button" class="button button--quiet" onClick=${()=>r(!1)}>Cancel</button>
    </div>`}
    ${a&&d&&o`<div class="merge merge--confirm" role="group" aria-labelledby="merge-confirm-heading">
      <h3 id="merge-confirm-heading">Merge these records?</h3>
      <div class="merge__pair">
        <${In} patient=${d} label="The duplicate" />
        <span class="merge__arrow" aria-hidden="true">→</span>
        <${In} patient=${e} label="Into this record" />
      </div>
      <p>
        Everything recorded under the duplicate — consultations, plans, appointments and its portal login — moves to this
        record. The duplicate is kept, hidden from search, and points here. <strong>This cannot be undone.</strong>
      </p>
      <${k} error=${f} />
      <div class="form-actions">
        <button type="button" class="button button--danger" disabled=${c} onClick=${_}>
          ${c?"Merging…":`Merge #${d.id} into this record`}
        </button>
        <button type="button" class="button button--quiet" onClick=${()=>p(null)}>Choose another</button>
      </div>
    </div>`}
  </section>`}function Mn(){return{given_name:"",family_name:"",birth_date:"",email:"",phone:"",fitzpatrick:""}}function Fr(e){return{given_name:e.given_name,family_name:e.family_name,birth_date:e.birth_date,email:e.email,phone:e.phone,fitzpatrick:e.fitzpatrick?String(e.fitzpatrick):""}}function Va(e,t){let a={given_name:e.given_name.trim(),family_name:e.family_name.trim()};return(e.birth_date||t)&&(a.birth_date=e.birth_date),(e.email.trim()||!t)&&(a.email=e.email.trim()),(e.phone.trim()||!t)&&(a.phone=e.phone.trim()),e.fitzpatrick&&(a.fitzpatrick=Number(e.fitzpatrick)),a}function qa({fields:e,onFields:t,errors:a,busy:r,onSubmit:n,submitLabel:s}){let i=l=>d=>t({...e,[l]:d});return o`<form class="form" onSubmit=${n} novalidate>
    <${I} errors=${a} />
    <div class="grid grid--2">
      <${C} label="Given name" pointer="/given_name" errors=${a} value=${e.given_name} onValue=${i("given_name")} autocomplete="off" required />
      <${C} label="Family name" pointer="/family_name" errors=${a} value=${e.family_name} onValue=${i("family_name")} autocomplete="off" required />
      <${C} label="Date of birth" type="date" pointer="/birth_date" errors=${a} value=${e.birth_date} onValue=${i("birth_date")} required />
      <${D}
        label="Skin type (Fitzpatrick)"
        pointer="/fitzpatrick"
        errors=${a}
        value=${e.fitzpatrick}
        onValue=${i("fitzpatrick")}
        options=${et}
        placeholder="Not assessed yet"
      />
      <${C} label="E-mail" type="email" pointer="/email" errors=${a} value=${e.email} onValue=${i("email")} autocomplete="off" />
      <${C} label="Phone" type="tel" pointer="/phone" errors=${a} value=${e.phone} onValue=${i("phone")} autocomplete="off" />
    </div>
    <${T} busy=${r}>${s}</${T}>
  </form>`}function Dl(e){return new URL(e.url,location.origin).href}async function Ol(e){try{return await navigator.clipboard.writeText(e.value),!0}catch{e.focus(),e.select();try{return document.execCommand("copy")}catch{return!1}}}function Rt({invitation:e,person:t,again:a,id:r="invitation-link"}){let n=G(null),[s,i]=h(null),l=Dl(e),d=async()=>i(await Ol(n.current));return o`<div class="invitation" data-invitation-url=${e.url}>
    <p class="invitation__title"><strong>Set-password link for ${t}</strong></p>
    <p class="invitation__once">
      <strong>Shown only now.</strong> Copy it and give it to ${t} yourself (in person, or by a
      channel only they read). It works once, until ${H(e.expires_at)}.
    </p>
    <label class="visually-hidden" for=${r}>Set-password link for ${t}</label>
    <div class="invitation__row">
      <input id=${r} class="invitation__url code" type="text" readonly value=${l} ref=${n} onFocus=${p=>p.currentTarget.select()} />
      <button type="button" class="button" onClick=${d}>Copy link</button>
    </div>
    <p class="invitation__status" role="status">
      ${s===!0?"Copied to the clipboard.":s===!1?"Could not copy: the link is selected, press Ctrl+C (⌘C on a Mac).":""}
    </p>
    ${a&&o`<p class="muted small">Lost it, or did it expire? ${a}</p>`}
  </div>`}function Fn({patient:e,name:t}){let[a,r]=h(e.email||""),[n,s]=h(!1),[i,l]=h(null),[d,p]=h(null),c=async f=>{f.preventDefault(),s(!0),l(null);try{let m=a.trim(),$=await S("POST",`/api/v1/patients/${e.id}/portal-account`,m?{email:m}:{});p($)}catch(m){l(m)}s(!1)},u=i?i.status===400?i.errors:i.status===409?[{path:"/email",message:i.detail}]:[]:[];return o`<div class="stack">
    ${d&&o`<${N} kind="success">
      <p>Portal login for <strong>${d.email}</strong>. The patient sets their own password with this link, then logs in at the patient portal.</p>
      <${Rt} invitation=${d.invitation} person=${t} again="Invite again for a new link." id="portal-invitation-link" />
    </${N}>`}
    <form class="form form--compact" onSubmit=${c} novalidate aria-label="Invite to the portal">
      ${i&&i.status!==400&&i.status!==409&&o`<${k} error=${i} />`}
      <${I} errors=${u} />
      <${C}
        label="Portal e-mail"
        hint="The patient logs in with it. Empty: the e-mail on record."
        type="email"
        pointer="/email"
        errors=${u}
        value=${a}
        onValue=${r}
        autocomplete="off"
      />
      <p class="muted small">If the patient already has a portal login, a new link replaces their password and logs them out.</p>
      <${T} busy=${n} busyLabel="Creating the link…" className="button--secondary">
        ${d?"Create another link":"Invite to the portal"}
      </${T}>
    </form>
  </div>`}function Vn(e){let t=et.find(([a])=>a===e);return t?t[1]:"Not assessed"}function qn({patientId:e,headingLevel:t=2}){let a=P(`/api/v1/patients/${e}/skin-types`),r=rt(),n=`h${t}`,s=a.data?[...a.data.items].sort((i,l)=>i.assessed_at<l.assessed_at?1:-1):[];return o`<section class="card skin-history" aria-labelledby=${`skin-history-${e}`}>
    <${n} id=${`skin-history-${e}`}>Skin type history</${n}>
    ${a.loading&&o`<${E} />`}
    <${k} error=${a.error} onRetry=${a.reload} />
    ${a.data&&s.length===0&&o`<${O}>No assessment recorded by a consultation yet.</${O}>`}
    ${s.length>0&&o`<ol class="skin-history__list">
      ${s.map(i=>o`<li>
          <strong>${Vn(i.fitzpatrick)}</strong>
          <span class="muted">${i.previous?` (was ${Vn(i.previous)})`:" (first assessment)"}</span>
          <br /><span class="small">${H(i.assessed_at)} · ${r(i.assessed_by)}${i.consultation_id?o` · <a href=${`/staff/consultations/${i.consultation_id}`}>consultation</a>`:""}</span>
        </li>`)}
    </ol>`}
  </section>`}var Vr={eligible:"ok",eligible_with_precautions:"caution",defer:"defer",not_eligible:"stop"};function zl({item:e}){let t=e.screening||{},a=t.findings||[];return o`<article class="entry">
    <header class="entry__head">
      <h3><a href=${`/staff/consultations/${e.id}`}>Consultation</a></h3>
      <${L} kind=${Vr[e.verdict]}>${Sa(e.verdict)}</${L}>
      ${e.earliest_date&&o`<span>not before <strong>${A(e.earliest_date,"weekday")}</strong></span>`}
    </header>
    ${a.length>0&&o`<ul class="chips" aria-label="Findings">
      ${a.map(r=>o`<li class=${`chip chip--${r.level}`}>${we(r.code)}</li>`)}
    </ul>`}
    ${(t.actions||[]).length>0&&o`<p class="entry__line">Required: ${t.actions.map(Me).join(", ")}</p>`}
    <p class="entry__meta">Protocol ${e.protocol.name} ${e.protocol.version}</p>
  </article>`}function Il({item:e}){let t=e.schedule||[];return o`<article class="entry">
    <header class="entry__head">
      <h3><a href=${`/staff/plans/${e.id}`}>Treatment plan</a></h3>
      <${L} kind="neutral">${tt(e.status)}</${L}>
      <span>${ee(e.sessions,"session")}, every ${e.interval_days.min}–${e.interval_days.max} days</span>
    </header>
    ${t.length>0?o`<p class="entry__line">
          ${t.map(a=>o`<span class="session-date">Session ${a.session}: ${A(a.date)}</span>`)}
        </p>`:o`<p class="entry__line">No dates yet: the series starts once the deferral is resolved.</p>`}
  </article>`}var Un=[{key:"consultations",roles:["owner","provider"],path:e=>`/api/v1/patients/${e}/consultations`,toEntries:e=>e.items.map(t=>({key:`c${t.id}`,at:t.created_at,kind:"Consultation",item:t,Card:zl}))},{key:"plans",roles:["owner","provider","front_desk"],path:e=>`/api/v1/patients/${e}/plans`,toEntries:e=>e.items.map(t=>({key:`p${t.id}`,at:t.created_at||t.schedule&&t.schedule[0]&&`${t.schedule[0].date}T00:00:00Z`||"",kind:"Plan",item:t,Card:Il}))}];function jn({entries:e}){let t=[...e].sort((a,r)=>a.at<r.at?1:a.at>r.at?-1:0);return o`<ol class="timeline">
    ${t.map(a=>o`<li class="timeline__item" key=${a.key}>
        <div class="timeline__when">${a.at?H(a.at):""}</div>
        <div class="timeline__body"><${a.Card} item=${a.item} /></div>
      </li>`)}
  </ol>`}function Wn(e,t){let[a,r]=h(!1),[n,s]=h(null);return{busy:a,problem:n,set:async l=>{r(!0),s(null);try{t(await S("PATCH",`/api/v1/patients/${e.id}`,{version:e.version,archived:l}))}catch(d){s(d)}r(!1)}}}function Bl({patient:e,onSaved:t}){let a=Wn(e,t);return e.merged_into?o`<div class="alert alert--warning record-banner" role="status">
      <p>
        <strong>Merged record.</strong> This record was merged into
        <a href=${`/staff/patients/${e.merged_into}`}>patient #${e.merged_into}</a>; its history is there now. It
        is kept for the audit and cannot be changed.
      </p>
    </div>`:e.archived?o`<div class="alert alert--warning record-banner" role="status">
    <p><strong>Archived record.</strong> Hidden from search and lists; nothing is deleted.</p>
    <${k} error=${a.problem} />
    <button type="button" class="button button--secondary button--small" disabled=${a.busy} onClick=${()=>a.set(!1)}>Restore the record</button>
  </div>`:null}function Ml({patient:e,onSaved:t}){let a=Wn(e,t),[r,n]=h(!1),[s,i]=h(()=>Fr(e)),[l,d]=h(!1),[p,c]=h(null),u=et.find(([m])=>m===e.fitzpatrick),f=async m=>{m.preventDefault(),d(!0),c(null);try{let $=await S("PATCH",`/api/v1/patients/${e.id}`,{...Va(s,!1),version:e.version});t($),n(!1)}catch($){c($)}d(!1)};return r?o`<section class="card" aria-labelledby="details-heading">
      <h2 id="details-heading">Change details</h2>
      ${p&&p.status!==400&&o`<${k} error=${p} />`}
      <${qa}
        fields=${s}
        onFields=${i}
        errors=${p&&p.status===400?p.errors:[]}
        busy=${l}
        onSubmit=${f}
        submitLabel="Save details"
      />
      <button type="button" class="button button--quiet" onClick=${()=>n(!1)}>Cancel</button>
    </section>`:o`<section class="card" aria-labelledby="details-heading">
    <h2 id="details-heading">Details</h2>
    <dl class="facts">
      <div><dt>Born</dt><dd>${A(e.birth_date)} (${St(e.birth_date)})</dd></div>
      <div><dt>Skin type</dt><dd>${u?u[1]:"Not assessed"}</dd></div>
      <div><dt>E-mail</dt><dd>${e.email||"—"}</dd></div>
      <div><dt>Phone</dt><dd>${e.phone||"—"}</dd></div>
    </dl>
    ${!e.merged_into&&o`<div class="form-actions">
      <button
        type="button"
        class="button button--secondary"
        onClick=${()=>{i(Fr(e)),n(!0)}}
      >
        Change details
      </button>
      ${!e.archived&&o`<${ve} label="Archive" hiddenSuffix="this record" confirmLabel="Archive the record" busy=${a.busy} onConfirm=${()=>a.set(!0)}>
        <p>The record is hidden from search and lists but kept, with its history; it can be restored from here.</p>
      </${ve}>`}
    </div>`}
    <${k} error=${a.problem} />
  </section>`}function Fl({patientId:e}){let t=P(`/api/v1/patients/${e}/appointments`),a=t.data?[...t.data.items].sort((l,d)=>d.start.localeCompare(l.start)):[],r=new Date().toISOString(),n=a.filter(l=>l.end>r&&l.status!=="cancelled").reverse(),s=a.filter(l=>!(l.end>r&&l.status!=="cancelled")).slice(0,5),i=l=>o`<li data-appointment=${l.id}>
    <a href=${`/staff/calendar?view=day&date=${l.start_local.slice(0,10)}&appointment=${l.id}`}>${A(l.start_local.slice(0,10),"weekday")}, ${Ve(l)}</a>
    ${` · ${Fe(l.kind)}${l.session_number?` ${l.session_number}/${l.session_count}`:""} · ${He(l.status)}`}
  </li>`;return o`<section class="card visits" aria-labelledby="visits-heading">
    <h2 id="visits-heading">Visits</h2>
    ${t.loading&&!t.data&&o`<${E} />`}
    <${k} error=${t.error} onRetry=${t.reload} />
    ${t.data&&n.length===0&&o`<p class="muted">Nothing booked.</p>`}
    ${n.length>0&&o`<ul class="visit-list">${n.map(i)}</ul>`}
    ${s.length>0&&o`<details><summary>Earlier and cancelled</summary><ul class="visit-list">${s.map(i)}</ul></details>`}
  </section>`}function Hn({session:e,id:t}){let a=P(`/api/v1/patients/${t}`),r=P("/api/v1/clinic"),[n,s]=h(!1),[i,l]=h(0),d=Un.map(m=>({source:m,resource:P(m.roles.includes(e.role)?m.path(t):null)})).filter(({source:m})=>m.roles.includes(e.role)),p=d.every(({resource:m})=>m.data);if(F(a.data!==null&&p,"chart"),a.error)return o`<${w}>Patient</${w}><${k} error=${a.error} onRetry=${a.reload} />`;if(!a.data)return o`<${w}>Patient</${w}><${E} label="Loading the chart…" />`;let c=a.data,u=d.flatMap(({source:m,resource:$})=>$.data?m.toEntries($.data):[]),f=at(e.role);return o`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a></p>
    <div class="page-head">
      <div>
        <${w} title=${U(c)}>${U(c)}</${w}>
        <p class="lead">Born ${A(c.birth_date)} · patient #${c.id}</p>
      </div>
      <div class="form-actions page-head__actions">
        ${!c.merged_into&&!c.archived&&o`<button type="button" class="button button--secondary" onClick=${()=>s(!0)}>Book a consultation</button>`}
        ${f&&!c.merged_into&&o`<a class="button" href=${`/staff/patients/${c.id}/consultations/new`}>New consultation</a>`}
      </div>
    </div>
    ${n&&o`<${$n}
      patient=${c}
      patientName=${U(c)}
      timeZone=${r.data?r.data.time_zone:void 0}
      onClose=${()=>s(!1)}
      onBooked=${()=>l(m=>m+1)}
    />`}
    <${Bl} patient=${c} onSaved=${a.setData} />
    <div class="columns">
      <section class="card columns__main" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        ${d.map(({source:m,resource:$})=>o`${$.loading&&o`<${E} label=${`Loading ${m.key}…`} />`}
            <${k} error=${$.error} onRetry=${$.reload} />`)}
        ${p&&u.length===0&&o`<${O}>Nothing recorded yet.${f?" Start with a consultation.":""}</${O}>`}
        ${u.length>0&&o`<${jn} entries=${u} />`}
      </section>
      <div class="columns__side stack">
        <${Fl} key=${i} patientId=${c.id} />
        <section class="card" aria-labelledby="photos-heading">
          <h2 id="photos-heading">Photos</h2>
          <p class="muted">Before and after, with the photography consent.</p>
          <a class="button button--secondary" href=${`/staff/patients/${c.id}/photos`}>Before/after photos</a>
        </section>
        <${Ml} patient=${c} onSaved=${a.setData} />
        ${f&&o`<${qn} patientId=${c.id} />`}
        ${f&&!c.merged_into&&o`<section class="card" aria-labelledby="portal-heading">
          <h2 id="portal-heading">Portal login</h2>
          <p class="muted">Lets the patient see their plan and how to prepare, and nothing else.</p>
          <${Fn} patient=${c} name=${U(c)} />
        </section>`}
        ${f&&!c.merged_into&&o`<${Bn}
          patient=${c}
          onMerged=${m=>{a.setData(m.patient),d.forEach(({resource:$})=>$.reload())}}
        />`}
      </div>
    </div>
  </div>`}var Gn=[["photography","Photography consent"],["treatment","Treatment consent"]];function Vl({texts:e,onPublished:t}){let[a,r]=h({kind:"photography",title:"",text:""}),[n,s]=h(!1),[i,l]=h(null),[d,p]=h(null),c=$=>v=>r({...a,[$]:v}),u=e.find($=>$.kind===a.kind&&$.current),f=async $=>{$.preventDefault(),s(!0),l(null),p(null);try{let v={kind:a.kind,text:a.text};a.title.trim()&&(v.title=a.title.trim());let _=await S("POST","/api/v1/consent-texts",v);p(_),r({...a,title:"",text:""}),t(_)}catch(v){l(v)}s(!1)},m=i&&i.status===400?i.errors:[];return o`<section class="card" aria-labelledby="publish-heading">
    <h2 id="publish-heading">Publish a text</h2>
    <form class="form" onSubmit=${f} novalidate>
      <${I} errors=${m} />
      ${i&&i.status!==400&&o`<${k} error=${i} />`}
      ${d&&o`<div class="alert alert--success" role="status"><p>Published ${d.title}, version ${d.version}.</p></div>`}
      <${D} label="Kind" pointer="/kind" errors=${m} value=${a.kind} onValue=${c("kind")} options=${Gn} required />
      <${C} label="Title" pointer="/title" errors=${m} value=${a.title} onValue=${c("title")} hint="Optional: the kind's name is used when left empty." />
      <${Z} label="Text the patient signs" pointer="/text" errors=${m} value=${a.text} onValue=${c("text")} rows=${8} required />
      ${u&&o`<p class="alert alert--warning">This becomes version ${u.version+1}: signatures of version ${u.version} stop being current, and patients sign again.</p>`}
      <${T} busy=${n} busyLabel="Publishing…">Publish</${T}>
    </form>
  </section>`}function Zn(){let e=P("/api/v1/consent-texts");F(e.data!==null,"consent-texts");let t=e.data?e.data.items:[];return o`<div class="stack">
    <${w} title="Consent texts">Consent texts</${w}>
    <p class="lead">What patients sign before treatment and before photos. The newest version of each is current.</p>
    <div class="columns">
      <div class="columns__main stack">
        ${e.loading&&!e.data&&o`<${E} />`}
        <${k} error=${e.error} onRetry=${e.reload} />
        ${Gn.map(([a,r])=>{let n=t.filter(s=>s.kind===a).sort((s,i)=>i.version-s.version);return o`<section class="card" data-kind=${a} aria-labelledby=${`kind-${a}`}>
            <h2 id=${`kind-${a}`}>${r}</h2>
            ${e.data&&n.length===0&&o`<${O}>None published yet.</${O}>`}
            ${n.map(s=>o`<article class="consent-version" data-version=${s.version}>
                <h3>${s.title}, version ${s.version} ${s.current?o`<${L} kind="ok">Current</${L}>`:o`<${L} kind="neutral">Earlier</${L}>`}</h3>
                <p class="muted">Published <${X} date=${s.created_at.slice(0,10)} /> · SHA-256 <span class="code">${s.sha256.slice(0,12)}…</span></p>
                ${s.current?o`<div class="consent__text">${s.text}</div>`:o`<details><summary>The text</summary><div class="consent__text">${s.text}</div></details>`}
              </article>`)}
          </section>`})}
      </div>
      <div class="columns__side">
        ${e.data&&o`<${Vl} texts=${t} onPublished=${()=>e.reload()} />`}
      </div>
    </div>
  </div>`}var ql={contraindicated:"stop",defer:"defer",caution:"caution",info:"neutral"},Ul={eligible:"No contraindication found: the patient can be treated.",eligible_with_precautions:"The patient can be treated with the actions below.",defer:"Not now: treatment has to wait.",not_eligible:"Do not treat with microneedling."};function jl({finding:e,headingLevel:t}){let a=`h${t}`;return o`<li class=${`finding finding--${e.level}`}>
    <div class="finding__head">
      <${L} kind=${ql[e.level]}>${Ca(e.level)}</${L}>
      <${a}>${we(e.code)}</${a}>
      ${e.level==="defer"&&o`<span class="finding__until">
        ${e.until?o`until <strong><${X} date=${e.until} style="weekday" /></strong>`:"until resolved"}
      </span>`}
    </div>
    <p class="finding__message">${e.message}</p>
    ${(e.actions||[]).length>0&&o`<p class="finding__actions">Requires: ${e.actions.map(Me).join(", ")}</p>`}
    ${(e.alternatives||[]).length>0&&o`<p class="finding__actions">Alternatives: ${e.alternatives.map(Go).join(", ")}</p>`}
    ${e.evidence&&o`<p class="finding__evidence"><strong>Evidence note:</strong> ${e.evidence}</p>`}
    ${e.source&&o`<details class="finding__source"><summary>Source</summary><p>${e.source}</p></details>`}
  </li>`}function Lt({result:e,headingLevel:t=2}){let a=e.screening||{},r=a.findings||[],n=a.actions||[],s=`h${t}`,i=`h${t+1}`;return o`<div class="screening" data-verdict=${e.verdict}>
    <div class=${`verdict verdict--${Vr[e.verdict]}`}>
      <${s} class="verdict__title">${Sa(e.verdict)}</${s}>
      <p>${Ul[e.verdict]}</p>
      ${e.earliest_date&&o`<p class="verdict__date">Earliest treatment date: <strong><${X} date=${e.earliest_date} style="long" /></strong></p>`}
    </div>
    ${n.length>0&&o`<section class="actions-required">
      <${i}>Required actions</${i}>
      <ul>${n.map(l=>o`<li>${Me(l)}</li>`)}</ul>
    </section>`}
    <section>
      <${i}>${r.length===0?"No findings":`Findings (${r.length})`}</${i}>
      ${r.length>0&&o`<ul class="findings">${r.map(l=>o`<${jl} finding=${l} headingLevel=${t+2} />`)}</ul>`}
    </section>
    ${e.protocol&&o`<p class="muted small">Screened with protocol ${e.protocol.name} ${e.protocol.version}.</p>`}
  </div>`}var qr=e=>e&&e.length?` (${e.map(te).join(", ")})`:"";function Wl({intake:e}){let t=[["Assessed on",A(e.assessed_on)],["First session planned for",A(e.planned_date)],["Skin type",`Fitzpatrick ${e.patient.fitzpatrick}`],["Areas",e.areas.map(te).join(", ")],["Concerns",e.concerns.map(a=>`${mt(a.code)}${a.subtype?` (${_a(a.subtype)})`:""}, severity ${a.severity}${qr(a.areas)}`).join("; ")],["History",(e.history||[]).map(va).join(", ")],["Skin today",(e.active||[]).map(a=>`${ya(a.code)}${qr(a.areas)}`).join("; ")],["Medications",(e.medications||[]).map(a=>{let r=a.last_dose||a.last_use;return`${wa(a.code)}${r?`, last taken ${A(r)}`:", still taking"}`}).join("; ")],["Procedures",(e.procedures||[]).map(a=>`${ka(a.code)} on ${A(a.date)}${qr(a.areas)}`).join("; ")],["Allergies",(e.allergies||[]).map(xa).concat(e.other_allergies||[]).join(", ")],["Pregnant or breastfeeding",e.pregnant||e.breastfeeding?"Yes":"No"]];return o`<dl class="facts facts--wide">
    ${t.map(([a,r])=>o`<div><dt>${a}</dt><dd>${r||"—"}</dd></div>`)}
  </dl>`}function Yn({id:e}){let t=P(`/api/v1/consultations/${e}`),a=t.data?t.data.patient_id:null,r=P(a?`/api/v1/patients/${a}`:null),[n,s]=h(!1),[i,l]=h(null);if(F(t.data!==null&&r.data!==null,"consultation"),t.error)return o`<${w}>Consultation</${w}><${k} error=${t.error} onRetry=${t.reload} />`;if(!t.data)return o`<${w}>Consultation</${w}><${E} />`;let d=t.data,p=r.data?U(r.data):`patient #${d.patient_id}`,c=async()=>{s(!0),l(null);try{let u=await S("POST","/api/v1/plans",{consultation_id:d.id});ie(`/staff/plans/${u.id}`)}catch(u){l(u),s(!1)}};return o`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${d.patient_id}`}>${p}</a></p>
    <div class="page-head">
      <div>
        <${w} title="Consultation">Consultation: ${p}</${w}>
        <p class="lead">Recorded ${H(d.created_at)}</p>
      </div>
      ${d.verdict!=="not_eligible"&&o`<button type="button" class="button" onClick=${c} disabled=${n}>${n?"Planning…":"Create treatment plan"}</button>`}
    </div>
    <${k} error=${i} />
    <div class="columns">
      <section class="card columns__main" aria-labelledby="screening-heading">
        <h2 id="screening-heading" class="visually-hidden">Screening</h2>
        <${Lt} result=${d} headingLevel=${3} />
      </section>
      <section class="card columns__side" aria-labelledby="intake-heading">
        <h2 id="intake-heading">Intake</h2>
        <${Wl} intake=${d.intake} />
      </section>
    </div>
  </div>`}var nt=(e,t)=>e.map(a=>[a,t(a)]),ea=e=>nt(e,te);function Hl(e,t){return{assessed_on:t,planned_date:"",fitzpatrick:e.fitzpatrick?String(e.fitzpatrick):"",areas:[],concerns:[{code:"",subtype:"",severity:"",areas:[]}],history:[],active:[],medications:[],procedures:[],allergies:[],other_allergies:"",pregnant:!1,breastfeeding:!1}}function Gl(e,t){let a={patient:{birth_date:t.birth_date}};e.assessed_on&&(a.assessed_on=e.assessed_on),e.planned_date&&(a.planned_date=e.planned_date),e.fitzpatrick!==""&&(a.patient.fitzpatrick=Number(e.fitzpatrick)),a.areas=e.areas,a.concerns=e.concerns.map(n=>{let s={code:n.code};return n.subtype&&(s.subtype=n.subtype),n.severity!==""&&(s.severity=Number(n.severity)),n.areas.length>0&&(s.areas=n.areas),s}),e.history.length&&(a.history=e.history),e.active.length&&(a.active=e.active.map(n=>n.areas.length?{code:n.code,areas:n.areas}:{code:n.code})),e.medications.length&&(a.medications=e.medications.map(n=>n.last_dose?{code:n.code,last_dose:n.last_dose}:{code:n.code})),e.procedures.length&&(a.procedures=e.procedures.map(n=>{let s={code:n.code};return n.date&&(s.date=n.date),n.areas.length&&(s.areas=n.areas),s}));let r=e.other_allergies.split(/[,;\n]/).map(n=>n.trim()).filter(Boolean);return(e.allergies.length||r.length)&&(a.allergies=[...e.allergies,...r]),e.pregnant&&(a.pregnant=!0),e.breastfeeding&&(a.breastfeeding=!0),a}function Zl(e){let t=[];return e.fitzpatrick===""&&t.push("the skin type"),e.areas.length===0&&t.push("at least one area to treat"),e.concerns.some(a=>a.code&&a.severity!=="")||t.push("a concern with its severity"),e.medications.some(a=>!a.code)&&t.push("each medication’s name"),e.procedures.some(a=>!a.code||!a.date)&&t.push("each procedure’s name and date"),e.active.some(a=>!a.code)&&t.push("each skin condition"),t}function de({title:e,pointer:t,errors:a,children:r,hint:n}){let s=t?ae(a,t):[];return o`<section class="form-section" aria-labelledby=${`${Y(t||e)}-title`}>
    <h2 id=${`${Y(t||e)}-title`}>${e}</h2>
    ${n&&o`<p class="hint">${n}</p>`}
    ${s.length>0&&o`<div class="field-error" id=${t?Y(t):void 0} tabindex="-1">
      ${s.map(i=>o`<p><span class="visually-hidden">Error: </span>${i}</p>`)}
    </div>`}
    ${r}
  </section>`}function Ua({rows:e,onRows:t,make:a,render:r,addLabel:n,itemLabel:s}){return o`<div class="rows">
    ${e.map((i,l)=>o`<div class="row" key=${l}>
        <div class="row__fields">${r(i,l,d=>t(e.map((p,c)=>c===l?d:p)))}</div>
        <button
          type="button"
          class="button button--quiet row__remove"
          onClick=${()=>t(e.filter((d,p)=>p!==l))}
        >
          Remove<span class="visually-hidden"> ${s} ${l+1}</span>
        </button>
      </div>`)}
    <button type="button" class="button button--secondary" onClick=${()=>t([...e,a()])}>${n}</button>
  </div>`}function Yl({form:e,setForm:t,errors:a,patient:r,clinicToday:n}){let s=d=>p=>t({...e,[d]:p}),i=e.areas,l=d=>`/intake${d}`;return o`<div class="intake">
    <${de} title="Visit">
      <div class="grid grid--2">
        <${C} label="Assessed on" type="date" pointer=${l("/assessed_on")} errors=${a} value=${e.assessed_on} onValue=${s("assessed_on")} max=${n} />
        <${C}
          label="First session planned for"
          hint="Leave empty to use the assessment date."
          type="date"
          pointer=${l("/planned_date")}
          errors=${a}
          value=${e.planned_date}
          onValue=${s("planned_date")}
        />
      </div>
    </${de}>

    <${de} title="Patient">
      <div class="grid grid--2">
        <div class="field" id=${Y(l("/patient/birth_date"))} tabindex="-1">
          <span class="field__label">Date of birth</span>
          <p class="field__value">${A(r.birth_date)} (age ${St(r.birth_date)}) <span class="muted">from the patient record</span></p>
          ${ae(a,l("/patient/birth_date")).map(d=>o`<p class="field-error">${d}</p>`)}
        </div>
        <${D}
          label="Skin type (Fitzpatrick)"
          pointer=${l("/patient/fitzpatrick")}
          errors=${a}
          value=${e.fitzpatrick}
          onValue=${s("fitzpatrick")}
          options=${et}
          placeholder="Choose…"
          required
        />
      </div>
    </${de}>

    <${de} title="Areas to treat">
      <div class="grid grid--2">
        <${Pe}
          legend="Face"
          pointer=${l("/areas")}
          errors=${a}
          options=${ea(Ft)}
          values=${e.areas.filter(d=>Ft.includes(d))}
          onValues=${d=>s("areas")(Be.filter(p=>d.includes(p)||Vt.includes(p)&&e.areas.includes(p)))}
        />
        <${Pe}
          legend="Body"
          pointer=${l("/areas-body")}
          errors=${[]}
          options=${ea(Vt)}
          values=${e.areas.filter(d=>Vt.includes(d))}
          onValues=${d=>s("areas")(Be.filter(p=>d.includes(p)||Ft.includes(p)&&e.areas.includes(p)))}
        />
      </div>
    </${de}>

    <${de} title="Concerns" pointer=${l("/concerns")} errors=${a}>
      <${Ua}
        rows=${e.concerns}
        onRows=${s("concerns")}
        make=${()=>({code:"",subtype:"",severity:"",areas:[]})}
        addLabel="Add a concern"
        itemLabel="concern"
        render=${(d,p,c)=>o`<div class="grid grid--3">
            <${D}
              label="Concern"
              pointer=${l(`/concerns/${p}/code`)}
              errors=${a}
              value=${d.code}
              onValue=${u=>c({...d,code:u,subtype:qt[u]&&qt[u].includes(d.subtype)?d.subtype:""})}
              options=${nt(Fo,mt)}
              placeholder="Choose…"
              required
            />
            ${qt[d.code]?o`<${D}
                  label="Type"
                  pointer=${l(`/concerns/${p}/subtype`)}
                  errors=${a}
                  value=${d.subtype}
                  onValue=${u=>c({...d,subtype:u})}
                  options=${nt(qt[d.code],_a)}
                  placeholder="Not specified"
                />`:o`<div></div>`}
            <${D}
              label="Severity"
              pointer=${l(`/concerns/${p}/severity`)}
              errors=${a}
              value=${d.severity}
              onValue=${u=>c({...d,severity:u})}
              options=${Vo}
              placeholder="Choose…"
              required
            />
          </div>
          ${i.length>1&&o`<${Pe}
            legend="Where (none ticked: every treated area)"
            pointer=${l(`/concerns/${p}/areas`)}
            errors=${a}
            options=${ea(i)}
            values=${d.areas.filter(u=>i.includes(u))}
            onValues=${u=>c({...d,areas:u})}
            columns=${4}
            compact
          />`}`}
      />
    </${de}>

    <${de} title="Medical history">
      <${Pe}
        legend="The patient has or has had"
        pointer=${l("/history")}
        errors=${a}
        options=${nt(qo,va)}
        values=${e.history}
        onValues=${s("history")}
        columns=${3}
      />
    </${de}>

    <${de} title="Skin today" pointer=${l("/active")} errors=${a} hint="Conditions present now, anywhere on the body.">
      <${Ua}
        rows=${e.active}
        onRows=${s("active")}
        make=${()=>({code:"",areas:[]})}
        addLabel="Add a skin condition"
        itemLabel="skin condition"
        render=${(d,p,c)=>o`<${D}
            label="Condition"
            pointer=${l(`/active/${p}/code`)}
            errors=${a}
            value=${d.code}
            onValue=${u=>c({...d,code:u})}
            options=${nt(Uo,ya)}
            placeholder="Choose…"
            required
          />
          <${Pe}
            legend="Where (none ticked: everywhere)"
            pointer=${l(`/active/${p}/areas`)}
            errors=${a}
            options=${ea(Be)}
            values=${d.areas}
            onValues=${u=>c({...d,areas:u})}
            columns=${4}
            compact
          />`}
      />
    </${de}>

    <${de} title="Medications" pointer=${l("/medications")} errors=${a}>
      <${Ua}
        rows=${e.medications}
        onRows=${s("medications")}
        make=${()=>({code:"",last_dose:""})}
        addLabel="Add a medication"
        itemLabel="medication"
        render=${(d,p,c)=>o`<div class="grid grid--2">
          <${D}
            label="Medication"
            pointer=${l(`/medications/${p}/code`)}
            errors=${a}
            value=${d.code}
            onValue=${u=>c({...d,code:u})}
            options=${nt(jo,wa)}
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
            onValue=${u=>c({...d,last_dose:u})}
            max=${n}
          />
        </div>`}
      />
    </${de}>

    <${de} title="Recent procedures" pointer=${l("/procedures")} errors=${a}>
      <${Ua}
        rows=${e.procedures}
        onRows=${s("procedures")}
        make=${()=>({code:"",date:"",areas:[]})}
        addLabel="Add a procedure"
        itemLabel="procedure"
        render=${(d,p,c)=>o`<div class="grid grid--2">
            <${D}
              label="Procedure"
              pointer=${l(`/procedures/${p}/code`)}
              errors=${a}
              value=${d.code}
              onValue=${u=>c({...d,code:u})}
              options=${nt(Wo,ka)}
              placeholder="Choose…"
              required
            />
            <${C}
              label="Date"
              type="date"
              pointer=${l(`/procedures/${p}/date`)}
              errors=${a}
              value=${d.date}
              onValue=${u=>c({...d,date:u})}
              max=${n}
              required
            />
          </div>
          <${Pe}
            legend="Where (none ticked: everywhere)"
            pointer=${l(`/procedures/${p}/areas`)}
            errors=${a}
            options=${ea(Be)}
            values=${d.areas}
            onValues=${u=>c({...d,areas:u})}
            columns=${4}
            compact
          />`}
      />
    </${de}>

    <${de} title="Allergies">
      <${Pe}
        legend="Allergic to"
        pointer=${l("/allergies")}
        errors=${a}
        options=${nt(Ho,xa)}
        values=${e.allergies}
        onValues=${s("allergies")}
        columns=${3}
      />
      <${C}
        label="Other allergies"
        hint="Separate with commas. Kept on the record; screening does not act on them."
        pointer=${l("/other_allergies")}
        errors=${a}
        value=${e.other_allergies}
        onValue=${s("other_allergies")}
      />
    </${de}>

    <${de} title="Pregnancy">
      <${Pe}
        legend="The patient is"
        pointer=${l("/pregnant")}
        errors=${a}
        options=${[["pregnant","Pregnant"],["breastfeeding","Breastfeeding"]]}
        values=${[e.pregnant&&"pregnant",e.breastfeeding&&"breastfeeding"].filter(Boolean)}
        onValues=${d=>t({...e,pregnant:d.includes("pregnant"),breastfeeding:d.includes("breastfeeding")})}
      />
    </${de}>
  </div>`}function Kl(e,t,a){let[r,n]=h({result:null,error:null,pending:!1}),s=JSON.stringify(t);return z(()=>{if(!a){n({result:null,error:null,pending:!1});return}let i=new AbortController;n(d=>({...d,pending:!0}));let l=setTimeout(()=>{S("POST","/api/v1/consultations/screen",{patient_id:e,intake:JSON.parse(s)},{signal:i.signal}).then(d=>n({result:d,error:null,pending:!1}),d=>d.name!=="AbortError"&&n({result:null,error:d,pending:!1}))},450);return()=>{clearTimeout(l),i.abort()}},[e,s,a]),r}function Ql({live:e,missing:t,onGoTo:a}){let r;return t.length>0?r=o`<p>To see the screening, add ${t.join(", ")}.</p>`:e.error&&e.error.status===400?r=o`<div class="alert alert--error">
      <p>The screening needs these corrections:</p>
      <ul>
        ${e.error.errors.map(n=>o`<li><a href=${`#${Y(n.path)}`} onClick=${s=>a(s,n.path)}>${We(n.path)}: ${n.message}</a></li>`)}
      </ul>
    </div>`:e.error?r=o`<${k} error=${e.error} />`:e.result?r=o`<${Lt} result=${e.result} headingLevel=${3} />`:r=o`<${E} label="Screening…" />`,o`<aside class="live card" aria-labelledby="live-heading">
    <div class="live__head">
      <h2 id="live-heading">Screening</h2>
      <span class="live__status" role="status">${e.pending?"Updating…":e.result?"Up to date":""}</span>
    </div>
    <div aria-live="polite">${r}</div>
    <p class="muted small">Screened as you type with the clinic’s protocol; nothing is saved until you record the consultation.</p>
  </aside>`}function Kn({id:e}){let t=P(`/api/v1/patients/${e}`),a=P("/api/v1/clinic");F(t.data!==null&&a.data!==null,"consultation-form");let r=t.error||a.error;return r?o`<${w}>New consultation</${w}><${k} error=${r} onRetry=${()=>(t.reload(),a.reload())} />`:!t.data||!a.data?o`<${w}>New consultation</${w}><${E} />`:o`<${Jl} patient=${t.data} clinicToday=${ue(a.data.time_zone)} />`}function Jl({patient:e,clinicToday:t}){let[a,r,n,s]=wt(`consultation:${e.id}`,()=>Hl(e,t)),[i,l]=h([]),[d,p]=h(!1),[c,u]=h(!1),[f,m]=h(null),$=G(null),v=Gl(a,e),_=Zl(a),g=Kl(e.id,v,_.length===0),b=f&&(f.status===400||f.status===422)?f.errors:g.error&&g.error.status===400?g.error.errors:[],y=d?b:b.filter(q=>i.some(W=>q.path===W||q.path.startsWith(`${W}/`))),x=(q,W)=>{q.preventDefault();let fe=Tr(W);fe&&(fe.scrollIntoView({block:"center"}),fe.focus({preventScroll:!0}))},R=async q=>{q.preventDefault(),u(!0),m(null);try{let W=await S("POST","/api/v1/consultations",{patient_id:e.id,intake:v});n(),ie(`/staff/consultations/${W.id}`)}catch(W){p(!0),m(W),u(!1),W instanceof ut&&W.status===400&&requestAnimationFrame(()=>$.current&&$.current.querySelector(".error-summary")?.focus())}},V=q=>{let W=q.target.name;W&&W.startsWith("/intake")&&!i.includes(W)&&l([...i,W])};return o`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${e.id}`}>${U(e)}</a></p>
    <${w} title="New consultation">New consultation: ${U(e)}</${w}>
    ${s&&o`<${N} kind="info"><p>Your unsaved consultation was restored.</p></${N}>`}
    <div class="consult">
      <form class="consult__form" onSubmit=${R} onFocusOut=${V} novalidate aria-label="Consultation intake">
        <div ref=${$}>
          ${f&&f.status!==400&&o`<${k} error=${f} />`}
          ${d&&o`<${I} errors=${b} />`}
        </div>
        <${Yl} form=${a} setForm=${r} errors=${y} patient=${e} clinicToday=${t} />
        <div class="form-actions">
          <${T} busy=${c} busyLabel="Recording…">Record consultation</${T}>
          <button
            type="button"
            class="button button--quiet"
            onClick=${()=>{n(),ie(`/staff/patients/${e.id}`)}}
          >
            Cancel
          </button>
        </div>
      </form>
      <${Ql} live=${g} missing=${_} onGoTo=${x} />
    </div>
  </div>`}var Xl=["Acne scars","Fine lines and wrinkles","Skin texture and pores","Pigmentation","Stretch marks or scars","Something else"];function ed(e){let t={name:e.name.trim(),consent_to_contact:e.consent,website:e.website};for(let a of["phone","email","preferred_times","interest","message"]){let r=e[a].trim();r&&(t[a]=r)}return t}function Qn(e){let t=/^\/book\/([a-z0-9-]{1,63})\/?$/.exec(e);return t?t[1]:null}function Jn({slug:e}){let[t,a]=h({name:"",phone:"",email:"",preferred_times:"",interest:"",message:"",consent:!1,website:""}),[r,n]=h(!1),[s,i]=h(null),[l,d]=h(!1),p=$=>v=>a({...t,[$]:v}),c=s&&(s.status===400||s.status===422)?s.errors:[],u=async $=>{$.preventDefault(),n(!0),i(null);try{await S("POST",`/api/v1/public/clinics/${e}/booking-requests`,ed(t)),d(!0)}catch(v){i(v)}n(!1)};if(!e)return o`<${w}>Page not found</${w}><p>There is no booking form at this address. Ask the clinic for its link.</p>`;if(l)return o`<div class="stack public-book">
      <${w} title="Request sent">Thank you — we will contact you</${w}>
      <p>The clinic will get in touch with you about an appointment.</p>
    </div>`;let f=Y("/consent_to_contact"),m=ae(c,"/consent_to_contact");return o`<div class="stack public-book">
    <${w} title="Request an appointment">Request an appointment</${w}>
    <p class="lead">Leave your details and the clinic will contact you to arrange a consultation. Please do not include medical details here.</p>
    ${s&&s.status===429&&o`<div class="alert alert--error" role="alert"><p>Too many requests from this connection. Please try again later.</p></div>`}
    ${s&&s.status===404&&o`<div class="alert alert--error" role="alert"><p>This clinic’s booking form is not available. Check the link.</p></div>`}
    ${s&&![400,404,422,429].includes(s.status)&&o`<${k} error=${s} />`}
    <${I} errors=${c} />
    <form class="form card" onSubmit=${u} novalidate aria-label="Appointment request">
      <${C} label="Your name" pointer="/name" errors=${c} value=${t.name} onValue=${p("name")} autocomplete="name" required />
      <p class="hint">How can the clinic reach you? A phone number or an e-mail, or both.</p>
      <${C} label="Phone" pointer="/phone" errors=${c} type="tel" value=${t.phone} onValue=${p("phone")} autocomplete="tel" />
      <${C} label="E-mail" pointer="/email" errors=${c} type="email" value=${t.email} onValue=${p("email")} autocomplete="email" />
      <${C} label="When suits you" pointer="/preferred_times" errors=${c} value=${t.preferred_times} onValue=${p("preferred_times")} hint="For example: weekday mornings, or after 5 pm" />
      <div class="field">
        <label for=${Y("/interest")}>What are you interested in?</label>
        <select id=${Y("/interest")} name="/interest" value=${t.interest} onChange=${$=>p("interest")($.currentTarget.value)}>
          <option value="">Not sure yet</option>
          ${Xl.map($=>o`<option value=${$}>${$}</option>`)}
        </select>
        ${ae(c,"/interest").map($=>o`<p class="field-error">${$}</p>`)}
      </div>
      <${Z} label="Message (optional)" pointer="/message" errors=${c} value=${t.message} onValue=${p("message")} rows="3" maxlength="1000" />
      <div class="honeypot" aria-hidden="true">
        <label for="website">Website (leave empty)</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" value=${t.website} onInput=${$=>p("website")($.currentTarget.value)} />
      </div>
      <div class=${`field ${m.length?"field--invalid":""}`}>
        <div class="check">
          <input
            type="checkbox"
            id=${f}
            name="/consent_to_contact"
            checked=${t.consent}
            onChange=${$=>p("consent")($.currentTarget.checked)}
            aria-invalid=${m.length?"true":void 0}
            aria-describedby=${m.length?`${f}-error`:void 0}
          />
          <label for=${f}>I agree that the clinic may contact me about this request by phone or e-mail.</label>
        </div>
        ${m.length>0&&o`<div class="field-error" id=${`${f}-error`}>${m.map($=>o`<p><span class="visually-hidden">Error: </span>${$}</p>`)}</div>`}
      </div>
      <div class="form-actions"><${T} busy=${r} busyLabel="Sending…">Send request</${T}></div>
    </form>
  </div>`}var Ur=25;function ja({heading:e="Find a patient",readyName:t="patients",canIncludeArchived:a=!1}){let[r,n]=wt("patient-search",""),[s,i]=h(!1),[l,d]=h(0),[p,c]=h({loading:!0,error:null,page:null}),[u,f]=h(0),m=G(!0);z(()=>{let _=new AbortController,g=m.current?0:250;m.current=!1,c(y=>({...y,loading:!0,error:null}));let b=setTimeout(()=>{let y={q:r.trim(),limit:Ur,offset:l};s&&(y.include_archived=!0),S("POST","/api/v1/patients/search",y,{signal:_.signal}).then(x=>c({loading:!1,error:null,page:x}),x=>x.name!=="AbortError"&&c({loading:!1,error:x,page:null}))},g);return()=>{clearTimeout(b),_.abort()}},[r,l,u,s]),F(p.page!==null,t);let $=p.page,v=$?Math.min($.offset+$.items.length,$.total):0;return o`<section class="card" aria-labelledby="search-heading">
    <h2 id="search-heading">${e}</h2>
    <form class="search" role="search" onSubmit=${_=>_.preventDefault()}>
      <label for="patient-query">Name, e-mail or phone</label>
      <input
        id="patient-query"
        type="search"
        value=${r}
        autocomplete="off"
        spellcheck="false"
        onInput=${_=>{n(_.currentTarget.value),d(0)}}
      />
      ${a&&o`<div class="check">
        <input
          type="checkbox"
          id="include-archived"
          checked=${s}
          onChange=${_=>{i(_.currentTarget.checked),d(0)}}
        />
        <label for="include-archived">Include archived and merged records</label>
      </div>`}
    </form>
    <div class="results" aria-live="polite" aria-busy=${p.loading?"true":"false"}>
      ${p.error&&o`<${k} error=${p.error} onRetry=${()=>f(_=>_+1)} />`}
      ${!$&&p.loading&&o`<${E} label="Searching…" />`}
      ${$&&$.items.length===0&&o`<${O}>No patient matches “${r}”.</${O}>`}
      ${$&&$.items.length>0&&o`<p class="results__count">
          ${$.total===0?"":`${$.offset+1}–${v} of ${$.total.toLocaleString("en-GB")}`}
          ${p.loading?" (updating…)":""}
        </p>
        <table class="table">
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Born</th><th scope="col">E-mail</th><th scope="col">Phone</th></tr>
          </thead>
          <tbody>
            ${$.items.map(_=>o`<tr>
                <td>
                  <a href=${`/staff/patients/${_.id}`}>${U(_)}</a>
                  ${_.merged_into?o` <${L} kind="neutral">Merged</${L}>`:_.archived?o` <${L} kind="neutral">Archived</${L}>`:""}
                </td>
                <td>${A(_.birth_date)} <span class="muted">(${St(_.birth_date)})</span></td>
                <td>${_.email}</td>
                <td>${_.phone}</td>
              </tr>`)}
          </tbody>
        </table>
        <div class="pager">
          <button type="button" class="button button--secondary" disabled=${l===0} onClick=${()=>d(Math.max(0,l-Ur))}>
            Previous
          </button>
          <button type="button" class="button button--secondary" disabled=${v>=$.total} onClick=${()=>d(l+Ur)}>
            Next
          </button>
        </div>`}
    </div>
  </section>`}var td={owner:"Run the clinic: your team, the clinical protocol and who saw which patient.",provider:"Open a patient to record a consultation, screen it and plan the series.",front_desk:"Find or register a patient and keep their details up to date."};function ad(){let e=P("/api/v1/clinic"),t=P("/api/v1/staff"),a=P("/api/v1/protocol"),r=t.data?t.data.items.filter(n=>n.active):[];return o`<section class="overview" aria-label="Clinic overview">
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
  </section>`}function Xn({session:e}){let t=e.role;return o`<div class="stack">
    <div class="page-head">
      <div>
        <${w} title="Home">Good day, ${e.user.display_name}</${w}>
        <p class="lead">${Te(t)} · ${td[t]}</p>
      </div>
      <a class="button" href="/staff/patients/new">Register a patient</a>
    </div>
    ${t==="owner"&&o`<${ad} />`}
    <${ja} readyName="home" />
  </div>`}function es({messages:e}){return e.length?o`<div class="field-error">${e.map(t=>o`<p><span class="visually-hidden">Error: </span>${t}</p>`)}</div>`:null}function ts(e){let t={};for(let a of Yt)t[a]=(e&&e[a]||[]).map(r=>({from:r.from,to:r.to}));return t}function rd({providerId:e,hours:t,canEdit:a,onSaved:r}){let[n,s]=h(()=>ts(t)),[i,l]=h(!1),[d,p]=h(null),[c,u]=h(!1),f=d&&d.status===400?d.errors:[],m=(v,_,g)=>{u(!1),s({...n,[v]:n[v].map((b,y)=>y===_?{...b,...g}:b)})},$=async v=>{v.preventDefault(),l(!0),p(null),u(!1);try{let _=await S("PUT",`/api/v1/providers/${e}/hours`,fn(n));s(ts(_.hours)),r(_),u(!0)}catch(_){p(_)}l(!1)};return a?o`<form class="form hours-form" onSubmit=${$} novalidate aria-label="Working hours">
    ${c&&o`<${N} kind="success"><p>Working hours saved.</p></${N}>`}
    ${d&&d.status!==400&&o`<${k} error=${d} />`}
    <${I} errors=${f} />
    ${Yt.map(v=>o`<fieldset class="hours-day" id=${Y(`/hours/${v}`)} tabindex="-1" data-day=${v}>
        <legend>${$t(v)}</legend>
        <${es} messages=${ae(f,`/hours/${v}`)} />
        ${n[v].length===0&&o`<p class="muted hours-day__off">Day off</p>`}
        ${n[v].map((_,g)=>o`<div class="hours-span" id=${Y(`/hours/${v}/${g}`)} tabindex="-1">
            <${C}
              label=${`From (${$t(v)} ${g+1})`}
              pointer=${`/hours/${v}/${g}/from`}
              errors=${f}
              type="time"
              value=${_.from}
              onValue=${b=>m(v,g,{from:b})}
            />
            <${C}
              label=${`To (${$t(v)} ${g+1})`}
              pointer=${`/hours/${v}/${g}/to`}
              errors=${f}
              type="time"
              value=${_.to}
              onValue=${b=>m(v,g,{to:b})}
            />
            <button
              type="button"
              class="button button--quiet button--small"
              onClick=${()=>s({...n,[v]:n[v].filter((b,y)=>y!==g)})}
            >
              Remove<span class="visually-hidden"> ${$t(v)} span ${g+1}</span>
            </button>
            <${es} messages=${ae(f,`/hours/${v}/${g}`)} />
          </div>`)}
        <button
          type="button"
          class="button button--secondary button--small"
          onClick=${()=>{let _=n[v][n[v].length-1];s({...n,[v]:[...n[v],_?{from:_.to,to:""}:{from:"09:00",to:"17:00"}]})}}
        >
          Add hours<span class="visually-hidden"> on ${$t(v)}</span>
        </button>
      </fieldset>`)}
    <div class="form-actions"><${T} busy=${i}>Save working hours</${T}></div>
  </form>`:o`<table class="table table--dense hours-table">
      <caption class="visually-hidden">Working hours</caption>
      <tbody>
        ${Yt.map(v=>o`<tr>
            <th scope="row">${$t(v)}</th>
            <td>${n[v].length?n[v].map(_=>`${_.from}–${_.to}`).join(", "):o`<span class="muted">Day off</span>`}</td>
          </tr>`)}
      </tbody>
    </table>`}function od({providerId:e,onAdded:t}){let[a,r]=h({from:"",to:"",note:""}),[n,s]=h(!1),[i,l]=h(null),d=i&&i.status===400?i.errors:[];return o`<form class="form time-off-form" onSubmit=${async c=>{c.preventDefault(),s(!0),l(null);try{let u={from:a.from,to:a.to};a.note.trim()&&(u.note=a.note.trim()),t(await S("POST",`/api/v1/providers/${e}/time-off`,u)),r({from:"",to:"",note:""})}catch(u){l(u)}s(!1)}} novalidate aria-labelledby="time-off-add-heading">
    <h3 id="time-off-add-heading">Add time off</h3>
    ${i&&i.status!==400&&o`<${k} error=${i} />`}
    <div class="grid grid--3">
      <${C} label="From" pointer="/from" errors=${d} type="datetime-local" value=${a.from} onValue=${c=>r({...a,from:c})} required />
      <${C} label="Until" pointer="/to" errors=${d} type="datetime-local" value=${a.to} onValue=${c=>r({...a,to:c})} required />
      <${C} label="Note (staff only)" pointer="/note" errors=${d} value=${a.note} onValue=${c=>r({...a,note:c})} maxlength="200" />
    </div>
    <${T} busy=${n} className="button--secondary">Add time off</${T}>
  </form>`}function nd({providerId:e,canEdit:t,timeZone:a}){let r=P(`/api/v1/providers/${e}/time-off?from=${ue(a)}&days=366`),[n,s]=h(null),[i,l]=h(!1),[d,p]=h(null),c=async f=>{l(!0),p(null);try{await S("DELETE",`/api/v1/time-off/${f}`),r.reload()}catch(m){p(m)}l(!1)},u=r.data?r.data.items:[];return o`<section class="card" aria-labelledby="time-off-heading">
    <h2 id="time-off-heading">Time off</h2>
    ${r.loading&&!r.data&&o`<${E} />`}
    <${k} error=${r.error} onRetry=${r.reload} />
    <${k} error=${d} />
    ${n&&o`<${N} kind=${n.overlapping_appointment_ids.length?"warning":"success"}>
      <p>Time off added: ${n.from_local.replace("T"," ")} – ${n.to_local.replace("T"," ")}.</p>
      ${n.overlapping_appointment_ids.length>0&&o`<p class="time-off__overlaps">
        ${n.overlapping_appointment_ids.length===1?"One booked visit falls":`${n.overlapping_appointment_ids.length} booked visits fall`} in this period and
        ${n.overlapping_appointment_ids.length===1?" was":" were"} not moved:
        ${n.overlapping_appointment_ids.map((f,m)=>o`${m?", ":" "}<a href=${`/staff/calendar?appointment=${f}`}>visit #${f}</a>`)}.
        Reschedule or cancel ${n.overlapping_appointment_ids.length===1?"it":"them"} from the calendar.
      </p>`}
    </${N}>`}
    ${r.data&&u.length===0&&o`<${O}>No time off in the coming year.</${O}>`}
    ${u.length>0&&o`<ul class="time-off-list">
      ${u.map(f=>o`<li data-time-off=${f.id}>
          <span><strong>${f.from_local.replace("T"," ")}</strong> – <strong>${f.to_local.replace("T"," ")}</strong>${f.note?o` <span class="muted">${f.note}</span>`:""}</span>
          ${t&&o`<${ve} label="Remove" hiddenSuffix=${`time off from ${f.from_local.replace("T"," ")}`} confirmLabel="Remove the time off" busy=${i} onConfirm=${()=>c(f.id)} small>
            <p>The provider can be booked in this period again.</p>
          </${ve}>`}
        </li>`)}
    </ul>`}
    ${t&&o`<${od}
      providerId=${e}
      onAdded=${f=>{s(f),r.reload()}}
    />`}
  </section>`}function as({session:e}){let{providers:t,loading:a,error:r,reload:n}=Ce(),s=P("/api/v1/clinic"),i=new URLSearchParams(location.search),l=Number(i.get("provider"))||null,[d,p]=h(l||(e.role==="provider"?e.user.id:null));z(()=>{!d&&t.length>0&&p(t[0].id)},[d,t.length]);let c=P(d?`/api/v1/providers/${d}/hours`:null);F(c.data!==null&&c.data.provider_id===d&&!c.loading&&s.data!==null&&!a,"hours");let u=e.role==="owner"||e.role==="provider"&&d===e.user.id,f=s.data?s.data.time_zone:void 0;return o`<div class="stack">
    <div class="page-head">
      <div>
        <${w}>Working hours and time off</${w}>
        <p class="lead">Times are the clinic’s local time${f?` (${f})`:""}. Days left empty are days off.</p>
      </div>
    </div>
    <${k} error=${r||s.error} onRetry=${n} />
    ${a&&o`<${E} />`}
    ${!a&&t.length===0&&o`<${O}>There are no providers yet. The owner invites them on the Team page.</${O}>`}
    ${t.length>0&&o`<div class="card">
      <${D}
        label="Provider"
        pointer="/provider"
        value=${d?String(d):""}
        onValue=${m=>{p(Number(m)),ie(`/staff/hours?provider=${m}`,{replace:!0})}}
        options=${t.map(m=>[String(m.id),m.display_name])}
      />
      ${!u&&o`<p class="muted">${e.role==="provider"?"You can change only your own hours.":"Only the owner or the provider themself can change these."}</p>`}
    </div>`}
    ${d&&o`<div class="columns">
      <section class="card columns__main" aria-labelledby="hours-heading">
        <h2 id="hours-heading">Weekly hours</h2>
        ${c.loading&&!c.data&&o`<${E} />`}
        <${k} error=${c.error} onRetry=${c.reload} />
        ${c.data&&c.data.provider_id===d&&o`<${rd} key=${d} providerId=${d} hours=${c.data.hours} canEdit=${u} onSaved=${c.setData} />`}
      </section>
      <div class="columns__side">${s.data&&o`<${nd} key=${d} providerId=${d} canEdit=${u} timeZone=${f} />`}</div>
    </div>`}
  </div>`}var rs="np-clinic",jr="";function os({clinic:e,email:t}){Wa(e),jr=t||""}function Wa(e){try{localStorage.setItem(rs,e)}catch{}}function sd(){let e=new URLSearchParams(location.search).get("clinic");if(e)return e;try{return localStorage.getItem(rs)||""}catch{return""}}function ns({portal:e,expired:t}){let[a,r]=h(sd),[n,s]=h(()=>{let v=jr;return jr="",v}),[i,l]=h(""),[d,p]=h(!1),[c,u]=h(null),f=async v=>{v.preventDefault(),p(!0),u(null);try{await on(a.trim(),n.trim(),i),Wa(a.trim())}catch(_){l(""),u(_),p(!1)}},m=c&&c.status===400?c.errors:[],$="";return c&&c.status===401?$="The clinic, e-mail or password is not right.":c&&c.status===429?$=`Too many attempts: ${c.detail}.`:c&&c.status!==400&&($=c.detail||"The login failed. Try again."),o`<${Le}>
    <div class="login">
      <div class="login__brand"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</div>
      <${w} title=${e?"Patient portal":"Log in"}>${e?"Your treatment plan":"Staff login"}</${w}>
      <p class="lead">
        ${e?"Log in to see your sessions and how to prepare for each one. First time? Open the link your clinic gave you to set your password.":"Log in to your clinic’s workspace. New to the team? Open the link the clinic’s owner gave you to set your password."}
      </p>
      ${t&&o`<${N} kind="warning">
        <p><strong>Your session has ended.</strong> Log in again to carry on: what you typed is kept.</p>
      </${N}>`}
      ${$&&o`<div class="alert alert--error" role="alert"><p>${$}</p></div>`}
      <${I} errors=${m} />
      <form class="form" onSubmit=${f} novalidate>
        <${C}
          label="Clinic"
          hint="Your clinic’s login name, for example demo-1"
          pointer="/clinic"
          errors=${m}
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
          errors=${m}
          value=${n}
          onValue=${s}
          autocomplete="username"
          required
        />
        <${C}
          label="Password"
          pointer="/password"
          type="password"
          errors=${m}
          value=${i}
          onValue=${l}
          autocomplete="current-password"
          required
        />
        <${T} busy=${d} busyLabel="Logging in…">Log in</${T}>
      </form>
      <p class="login__switch">
        ${e?o`Clinic staff? <a href="/login">Staff login</a>`:o`A patient? <a href="/portal/login">Patient portal</a>`}
      </p>
    </div>
  </${Le}>`}function id(e){let t=(e||"").replace(/^#/,"").trim();return/^[A-Za-z0-9._~-]{10,200}$/.test(t)?t:""}var ss="This link can no longer be used. A link works once and for 72 hours, and a newer link replaces an older one. Ask your clinic for a new link (staff: the clinic’s owner; patients: your provider).";function ld({accepted:e,session:t}){let a=e.role==="patient",r=async()=>{os({clinic:e.clinic,email:e.email}),t&&await Ta(),ie(a?"/portal/login":"/login",{replace:!0})};return o`<div class="stack">
    <${N} kind="success">
      <p><strong>Your password is set.</strong> Log in with it from now on:</p>
      <dl class="facts">
        <div><dt>Clinic</dt><dd>${e.clinic}</dd></div>
        <div><dt>E-mail</dt><dd>${e.email}</dd></div>
      </dl>
    </${N}>
    <button type="button" class="button" onClick=${r}>${a?"Go to the patient portal login":"Go to the staff login"}</button>
  </div>`}function is({session:e}){let[t]=h(()=>id(location.hash)),[a,r]=h(""),[n,s]=h(""),[i,l]=h(!1),[d,p]=h(null),[c,u]=h(!1),[f,m]=h(null),$=async g=>{if(g.preventDefault(),p(null),u(!1),a!==n){u(!0);return}l(!0);try{let b=await S("POST","/api/v1/invitations/accept",{token:t,password:a});history.replaceState(null,"","/invite"),m(b)}catch(b){p(b),r(""),s("")}l(!1)},v=[...d&&d.status===400?d.errors.filter(g=>g.path==="/password"):[],...c?[{path:"/password_again",message:"is not the same as the new password"}]:[]],_="";return d&&d.status===401?_=ss:d&&d.status===429?_=`Too many attempts from this device: ${d.detail}. Wait, then try again.`:d&&d.status===400&&v.length===0?_=ss:d&&d.status!==400&&(_=d.detail||"Setting the password failed. Try again."),o`<div class="login">
    <div class="login__brand"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</div>
    <${w}>Set your password</${w}>
    ${f?o`<${ld} accepted=${f} session=${e} />`:t?o`<p class="lead">Choose the password you will log in with. Nobody else sees it, not even the clinic.</p>
            ${e&&o`<${N} kind="warning">
              <p>You are logged in as ${e.user.display_name}. This link is for the person it was made for: setting a password here uses it up.</p>
            </${N}>`}
            ${_&&o`<div class="alert alert--error" role="alert"><p>${_}</p></div>`}
            <${I} errors=${v} />
            <form class="form" onSubmit=${$} novalidate>
              <${C}
                label="New password"
                hint="At least 12 characters. A few unrelated words are strong and easy to remember; avoid common passwords and your e-mail."
                pointer="/password"
                type="password"
                errors=${v}
                value=${a}
                onValue=${r}
                autocomplete="new-password"
                required
              />
              <${C}
                label="Type it again"
                pointer="/password_again"
                type="password"
                errors=${v}
                value=${n}
                onValue=${s}
                autocomplete="new-password"
                required
              />
              <${T} busy=${i} busyLabel="Setting…">Set my password</${T}>
            </form>`:o`<div class="alert alert--error" role="alert">
            <p>This page needs the whole link your clinic gave you, including the part after “#”. Open the link again, or ask your clinic for a new one.</p>
          </div>`}
  </div>`}function dd(e){return me(e).map(t=>({...t,path:`/${String(t.path||"").replace(/^[?/]/,"")}`}))}function ls(){let[e,t]=h({kind:"cartridge",lot:"",gtin:"",product:"",barcode:""}),[a,r]=h(""),[n,s]=h(null),[i,l]=h(!1),[d,p]=h(null);F(!0,"lots");let c=$=>v=>t(_=>({..._,[$]:v})),u=dd(d),f=async $=>{$.preventDefault();let v=Ln(e);l(!0),p(null);try{s(await S("GET",`/api/v1/lot-exposure?${v}`)),r(v)}catch(_){p(_),s(null),r("")}l(!1)},m=n?n.items:[];return o`<div class="stack">
    <div class="page-head">
      <div>
        <${w} title="Lot recall">Lot recall</${w}>
        <p class="lead">Every session and patient exposed to a cartridge or product lot, with their contact details.</p>
      </div>
    </div>
    <section class="card" aria-labelledby="lot-search-heading">
      <h2 id="lot-search-heading" class="visually-hidden">Search</h2>
      <form class="form lot-search" onSubmit=${f} novalidate>
        <${I} errors=${u} />
        ${d&&u.length===0&&o`<${k} error=${d} />`}
        <div class="grid grid--3">
          <${D}
            label="Kind"
            pointer="/kind"
            errors=${u}
            value=${e.kind}
            onValue=${c("kind")}
            options=${[["cartridge","Needle cartridge"],["product","Product"]]}
          />
          <${C} label="Lot" pointer="/lot" errors=${u} value=${e.lot} onValue=${c("lot")} autocomplete="off" />
          ${e.kind==="cartridge"?o`<${C} label="GTIN" pointer="/gtin" errors=${u} value=${e.gtin} onValue=${c("gtin")} inputmode="numeric" autocomplete="off" hint="14 digits" />`:o`<${D} label="Product" pointer="/product" errors=${u} value=${e.product} onValue=${c("product")} options=${Kt} placeholder="Any product" />`}
        </div>
        ${e.kind==="cartridge"&&o`<${C}
          label="Or scan a cartridge’s barcode"
          pointer="/barcode"
          errors=${u}
          value=${e.barcode}
          onValue=${c("barcode")}
          hint="Its GTIN and lot are searched."
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
        />`}
        <${T} busy=${i} busyLabel="Searching…">Search</${T}>
      </form>
    </section>
    ${i&&!n&&o`<${E} label="Searching…" />`}
    ${n&&o`<section class="card" aria-labelledby="exposure-heading">
      <div class="page-head">
        <div>
          <h2 id="exposure-heading">Exposed</h2>
          <p role="status" class="exposure__totals">${ee(n.total_sessions,"session")} of ${ee(n.total_patients,"patient")}.</p>
        </div>
        ${m.length>0&&o`<a class="button button--secondary" href=${`/api/v1/lot-exposure.csv?${a}`} download="lot-exposure.csv">Download CSV</a>`}
      </div>
      ${m.length===0?o`<${O}>No session used this lot.</${O}>`:o`<div class="table-scroll">
            <table class="table table--dense exposure">
              <caption class="visually-hidden">Exposed sessions and patients</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th><th scope="col">Session</th><th scope="col">Patient</th><th scope="col">Born</th>
                  <th scope="col">E-mail</th><th scope="col">Phone</th><th scope="col">Lot</th><th scope="col">Serial</th>
                  <th scope="col">Status</th><th scope="col">Current chart</th><th scope="col">Events</th>
                </tr>
              </thead>
              <tbody>
                ${m.map(($,v)=>o`<tr key=${v} data-session=${$.session_id}>
                    <td><${X} date=${$.date} /></td>
                    <td><a href=${`/staff/sessions/${$.session_id}`}>${$.number}</a></td>
                    <th scope="row"><a href=${`/staff/patients/${$.patient.id}`}>${U($.patient)}</a></th>
                    <td>${$.patient.birth_date?o`<${X} date=${$.patient.birth_date} />`:""}</td>
                    <td>${$.patient.email||""}</td>
                    <td>${$.patient.phone||""}</td>
                    <td>${$.kind==="product"&&$.product?`${Pt($.product)} `:""}${$.lot}${$.gtin?o`<br /><span class="muted small">${$.gtin}</span>`:""}</td>
                    <td>${$.serial||""}</td>
                    <td>${Tt($.status)}</td>
                    <td>${$.in_current_chart?"Yes":o`<${L} kind="neutral">No</${L}>`}</td>
                    <td>${($.adverse_event_ids||[]).length>0?($.adverse_event_ids||[]).map(_=>`#${_}`).join(", "):"—"}</td>
                  </tr>`)}
              </tbody>
            </table>
          </div>`}
    </section>`}
  </div>`}var cd=[["required","Required (refuse to send unencrypted)"],["opportunistic","When the relay offers it"],["none","Never (a relay on this machine only)"]],pd={visit_reminder:"Visit reminder",prep_14d:"Preparation, 14 days before",prep_7d:"Preparation, 7 days before",prep_1d:"Preparation, the day before",aftercare_evening:"Aftercare, the same evening",aftercare_day1:"Aftercare, day 1",aftercare_day3:"Aftercare, day 3",aftercare_day7:"Aftercare, day 7 check-in",photo_follow_up:"Follow-up photo visit",maintenance_recall:"Maintenance recall",portal_invitation:"Portal invitation",urgent_concern:"Urgent concern (to the provider)"},ud=e=>pd[e]||e.replaceAll("_"," ");function md(e){let t={relay:e.relay.trim(),from_address:e.from_address.trim(),from_name:e.from_name.trim(),username:e.username.trim(),portal_url:e.portal_url.trim(),starttls:e.starttls,enabled:e.enabled};return e.password&&(t.password=e.password),t}function fd({settings:e,onSaved:t}){let[a,r]=h(()=>({relay:e.relay||"",from_address:e.from_address||"",from_name:e.from_name||"",username:e.username||"",portal_url:e.portal_url||"",password:"",starttls:e.starttls||"required",enabled:!!e.enabled})),[n,s]=h(!1),[i,l]=h(null),[d,p]=h(!1),c=m=>$=>(p(!1),r({...a,[m]:$})),u=i&&(i.status===400||i.status===422)?i.errors:[];return o`<form class="form" onSubmit=${async m=>{m.preventDefault(),s(!0),l(null);try{let $=await S("PUT","/api/v1/clinic/mail",md(a));t($),r({...a,password:""}),p(!0)}catch($){l($)}s(!1)}} novalidate aria-labelledby="relay-heading">
    <h2 id="relay-heading">Sending e-mail</h2>
    ${d&&o`<${N} kind="success"><p>Mail settings saved.</p></${N}>`}
    ${i&&![400,422].includes(i.status)&&o`<${k} error=${i} />`}
    <${I} errors=${u} />
    <${C} label="Relay" pointer="/relay" errors=${u} value=${a.relay} onValue=${c("relay")} hint="smtp://host:port or smtps://host:port" autocomplete="off" spellcheck="false" />
    <div class="grid grid--2">
      <${C} label="From address" pointer="/from_address" errors=${u} type="email" value=${a.from_address} onValue=${c("from_address")} />
      <${C} label="From name" pointer="/from_name" errors=${u} value=${a.from_name} onValue=${c("from_name")} />
      <${C} label="Relay user name" pointer="/username" errors=${u} value=${a.username} onValue=${c("username")} autocomplete="off" />
      <${C}
        label="Relay password"
        pointer="/password"
        errors=${u}
        type="password"
        value=${a.password}
        onValue=${c("password")}
        autocomplete="new-password"
        hint=${e.password_set?"A password is set. Leave empty to keep it.":"No password set."}
      />
    </div>
    <${C} label="Patient portal address" pointer="/portal_url" errors=${u} type="url" value=${a.portal_url} onValue=${c("portal_url")} hint="Where the messages send patients for their instructions, e.g. https://clinic.example" autocomplete="off" spellcheck="false" />
    <${D} label="Encryption (STARTTLS)" pointer="/starttls" errors=${u} value=${a.starttls} onValue=${c("starttls")} options=${cd} />
    <${De} id="mail-enabled" label="Send e-mail (reminders and confirmations)" checked=${a.enabled} onChecked=${c("enabled")} />
    <div class="form-actions"><${T} busy=${n}>Save mail settings</${T}></div>
  </form>`}function $d({template:e,onSaved:t}){let[a,r]=h({subject:e.subject,body:e.body});z(()=>r({subject:e.subject,body:e.body}),[e.subject,e.body]);let[n,s]=h(!1),[i,l]=h(null),[d,p]=h(!1),c=i&&(i.status===400||i.status===422)?i.errors:[],u=`/templates/${e.kind}`,f=c.map(_=>({..._,path:`${u}${_.path}`})),m=async _=>{s(!0),l(null),p(!1);try{await _(),p(!0)}catch(g){l(g)}s(!1)},$=_=>{_.preventDefault(),m(async()=>t(await S("PUT",`/api/v1/clinic/message-templates/${e.kind}`,a)))},v=()=>m(async()=>{await S("DELETE",`/api/v1/clinic/message-templates/${e.kind}`),t(null)});return o`<form class="form template" onSubmit=${$} novalidate aria-labelledby=${`template-${e.kind}`} data-kind=${e.kind}>
    <h3 id=${`template-${e.kind}`}>${ud(e.kind)} ${e.is_default&&o`<span class="muted small">(default)</span>`}</h3>
    ${d&&o`<${N} kind="success"><p>Template saved.</p></${N}>`}
    ${i&&![400,422].includes(i.status)&&o`<${k} error=${i} />`}
    <${C} label="Subject" pointer=${`${u}/subject`} errors=${f} value=${a.subject} onValue=${_=>r({...a,subject:_})} hint="Only the clinic’s name may be filled in here; never clinical detail." />
    <${Z} label="Message" pointer=${`${u}/body`} errors=${f} value=${a.body} onValue=${_=>r({...a,body:_})} rows="6" />
    <div class="form-actions">
      <${T} busy=${n} className="button--secondary">Save template</${T}>
      ${!e.is_default&&o`<${ve} label="Back to the default" confirmLabel="Use the default" busy=${n} onConfirm=${v} small>
        <p>Your wording is removed and the built-in text is used again.</p>
      </${ve}>`}
    </div>
  </form>`}function ds(){let e=P("/api/v1/clinic/mail"),t=P("/api/v1/clinic/message-templates");return F(e.data!==null&&t.data!==null,"mail"),o`<div class="stack">
    <${w}>E-mail and reminders</${w}>
    <section class="card">
      ${e.loading&&!e.data&&o`<${E} />`}
      <${k} error=${e.error} onRetry=${e.reload} />
      ${e.data&&o`<${fd} settings=${e.data} onSaved=${e.setData} />`}
    </section>
    <section class="card" aria-labelledby="templates-heading">
      <h2 id="templates-heading">Message templates</h2>
      ${t.loading&&!t.data&&o`<${E} />`}
      <${k} error=${t.error} onRetry=${t.reload} />
      ${t.data&&t.data.items.map(a=>o`<${$d} key=${a.kind} template=${a} onSaved=${()=>t.reload()} />`)}
    </section>
  </div>`}function cs({session:e}){return o`<div class="stack">
    <div class="page-head">
      <${w}>Patients</${w}>
      <a class="button" href="/staff/patients/new">Register a patient</a>
    </div>
    <${ja} heading="Search" canIncludeArchived=${e.role==="owner"} />
  </div>`}function hd({candidates:e,busy:t,onDifferent:a}){let r=G(null);return z(()=>r.current&&r.current.focus(),[]),o`<section class="alert alert--warning duplicates" role="alert" tabindex="-1" ref=${r} aria-labelledby="duplicates-heading">
    <h2 id="duplicates-heading">This patient may already be registered</h2>
    <p>${e.length===1?"A record has":"These records have"} the same name and date of birth, or the same e-mail. Open the record instead of registering them twice.</p>
    <ul class="duplicates__list">
      ${e.map(n=>o`<li>
          <span><strong>${U(n)}</strong>, born ${A(n.birth_date)} <span class="muted">#${n.id}</span>${n.archived&&o` <${L} kind="neutral">Archived</${L}>`}</span>
          <a class="button button--secondary button--small" href=${`/staff/patients/${n.id}`}>Open this record<span class="visually-hidden"> of ${U(n)} (#${n.id})</span></a>
        </li>`)}
    </ul>
    <p>Not the same person, for example a namesake born the same day?</p>
    <button type="button" class="button button--secondary" disabled=${t} onClick=${a}>It is a different person: register anyway</button>
  </section>`}function ps(){let[e,t,a]=wt("new-patient",Mn),[r,n]=h(!1),[s,i]=h(null),l=async c=>{n(!0),i(null);try{let u=Va(e,!0);c&&(u.confirm_duplicate=!0);let f=await S("POST","/api/v1/patients",u);a(),ie(`/staff/patients/${f.id}`)}catch(u){i(u),n(!1)}},d=c=>{c.preventDefault(),l(!1)},p=s&&s.status===409&&Array.isArray(s.problem.candidates)?s.problem.candidates:null;return o`<div class="stack narrow">
    <p class="crumbs"><a href="/staff/patients">Patients</a></p>
    <${w}>Register a patient</${w}>
    ${s&&s.status!==400&&!p&&o`<${k} error=${s} />`}
    ${p&&o`<${hd} candidates=${p} busy=${r} onDifferent=${()=>l(!0)} />`}
    <div class="card">
      <${qa}
        fields=${e}
        onFields=${c=>{t(c),p&&i(null)}}
        errors=${s&&s.status===400?s.errors:[]}
        busy=${r}
        onSubmit=${d}
        submitLabel="Register patient"
      />
    </div>
  </div>`}function Wr(e,t){return(e||[]).find(a=>a.kind===t&&a.current)||null}function Hr({patientId:e,portal:t=!1,role:a,onChange:r}){let n=P("/api/v1/consent-texts"),s=P(`/api/v1/patients/${e}/consents`),[i,l]=h(""),[d,p]=h(!1),[c,u]=h(null),[f,m]=h(!1),$=n.data?Wr(n.data.items,"photography"):null,v=s.data?s.data.current.photography:!1,_=s.data?s.data.items.find(y=>y.kind==="photography"&&y.current):null,g=async y=>{y.preventDefault(),p(!0),u(null);try{await S("POST",`/api/v1/patients/${e}/consents`,{kind:"photography",text_id:$.id,typed_name:i}),m(!0),l(""),s.reload(),r&&r(!0)}catch(x){u(x),x.status===409&&n.reload()}p(!1)},b=c&&c.status===400?c.errors:[];return o`<section class="card consent" id="photo-consent" aria-labelledby="consent-heading" tabindex="-1">
    <h2 id="consent-heading">Photography consent</h2>
    ${(n.loading||s.loading)&&!s.data&&o`<${E} />`}
    <${k} error=${n.error||s.error} onRetry=${()=>(n.reload(),s.reload())} />
    ${s.data&&v&&o`<p class="consent__state consent__state--ok" data-consent="current">
      <strong>${t?"You have signed":"Signed"}</strong> the current text (version ${_?_.text_version:""})
      ${_&&o` on <${X} date=${_.signed_at.slice(0,10)} />${_.by_patient?t?"":", in the portal":""}`}.
      ${f&&o`<span role="status"> Thank you: the signature is recorded.</span>`}
    </p>`}
    ${s.data&&!v&&o`<p class="consent__state consent__state--missing" data-consent="missing">
      <strong>${t?"You have not signed":"Not signed"}</strong>${` the current photography consent: no photo can be uploaded until ${t?"you sign it":"the patient signs it"}.`}
    </p>`}
    ${n.data&&!$&&o`<p>
      ${"The clinic has not published a photography consent text yet. "}${a==="owner"?o`<a href="/staff/consents">Publish one under Consents</a>.`:t?"Please ask your clinic.":"The clinic owner publishes it under Consents."}
    </p>`}
    ${$&&s.data&&!v&&o`<form class="form form--compact" onSubmit=${g} novalidate>
      <${I} errors=${b} />
      ${c&&c.status!==400&&o`<${k} error=${c} />`}
      <h3 class="consent__title">${$.title} <span class="muted">(version ${$.version})</span></h3>
      <div class="consent__text" tabindex="0" role="region" aria-label=${`${$.title}, version ${$.version}`}>${$.text}</div>
      <${C}
        label=${t?"Your full name, as your signature":"The patient’s full name, typed by the patient"}
        pointer="/typed_name"
        errors=${b}
        value=${i}
        onValue=${l}
        autocomplete="off"
        required
      />
      <${T} busy=${d} busyLabel="Recording…">${t?"Sign the photography consent":"Record the signature"}</${T}>
    </form>`}
  </section>`}var Nt=[["front","Front"],["left_45","Left 45°"],["right_45","Right 45°"],["left_90","Left profile"],["right_90","Right profile"],["close_up","Close-up"]];var Gr=[["baseline","Baseline"],...Array.from({length:12},(e,t)=>[`session_${t+1}`,`Session ${t+1}`]),["month_1","1 month after"],["month_3","3 months after"],["month_6","6 months after"]];function st(e){let t=Nt.find(([a])=>a===e);return t?t[1]:e}function Ye(e){let t=/^session_([1-9][0-9]?)$/.exec(e||"");if(t)return`Session ${t[1]}`;let a=Gr.find(([r])=>r===e);return a?a[1]:e}function us(e){if(e==="baseline")return 0;let t={month_1:1001,month_3:1003,month_6:1006};if(e in t)return t[e];let a=/^session_([1-9][0-9]?)$/.exec(e||"");return a?Number(a[1]):null}function ms(e){let t=r=>Nt.findIndex(([n])=>n===r),a=new Map;for(let r of e)a.has(r.timepoint)||a.set(r.timepoint,[]),a.get(r.timepoint).push(r);return[...a.entries()].sort(([r],[n])=>(us(r)??1e9)-(us(n)??1e9)).map(([r,n])=>({timepoint:r,photos:[...n].sort((s,i)=>t(s.view)-t(i.view)||s.id-i.id)}))}function fs(e,t){let a=e.filter(r=>r.timepoint==="baseline"&&r.view===t);return a.length>0?a.reduce((r,n)=>n.id>r.id?n:r):null}function $s(e,{timepoint:t,view:a,appointmentId:r}){let n=new URLSearchParams({timepoint:t,view:a});return r&&n.set("appointment_id",String(r)),`/api/v1/patients/${e}/photos?${n}`}function hs(e){if(e.length>=3&&e[0]===255&&e[1]===216&&e[2]===255)return"image/jpeg";let t=[137,80,78,71,13,10,26,10];return e.length>=8&&t.every((a,r)=>e[r]===a)?"image/png":null}function gs(e){return(e||[]).map(t=>({...t,path:t.path.startsWith("?")?`/${t.path.slice(1)}`:t.path}))}function Ha(e){return!!(e&&e.status===422&&/photography consent/.test(e.detail||""))}var Ga={"spots.count":{label:"Spots",unit:"",digits:0},"spots.area_mm2":{label:"Spot area",unit:"mm²",digits:1},"spots.area_px":{label:"Spot area",unit:"px",digits:0},"redness.delta_a":{label:"Redness (Δa*)",unit:"",digits:2},"redness.area_fraction":{label:"Red area",unit:"% of skin",digits:2,percent:!0},"pores.count":{label:"Pores",unit:"",digits:0},"pores.per_cm2":{label:"Pore density",unit:"per cm²",digits:1},"pores.per_mpx":{label:"Pore density",unit:"per megapixel",digits:1},"lines.count":{label:"Lines",unit:"",digits:0},"lines.length_mm":{label:"Line length",unit:"mm",digits:1},"lines.length_px":{label:"Line length",unit:"px",digits:0},"texture.roughness":{label:"Texture roughness",unit:"",digits:3},ita_deg:{label:"Skin tone (ITA)",unit:"°",digits:1}},Ze=Object.keys(Ga);function ta(e){let t=Ga[e];return t?t.unit?`${t.label} (${t.unit})`:t.label:e}function Oe(e,t,{signed:a=!1}={}){if(t==null||Number.isNaN(t))return"—";let r=Ga[e]||{digits:2},n=r.percent?t*100:t,s=Math.abs(n)<1e-12?0 .toFixed(r.digits):n.toFixed(r.digits);return a&&n>0?`+${s}`:s.replace(/^-/,"−")}function bs(e){if(!e)return[];let t=a=>Ze.includes(a)?Ze.indexOf(a):Ze.length;return Object.keys(e).sort((a,r)=>t(a)-t(r)||a.localeCompare(r)).map(a=>({metric:a,...e[a]}))}function Zr(e){return!e||!e.metrics?[]:Object.keys(e.metrics).filter(t=>Ga[t]&&e.metrics[t].length>0).sort((t,a)=>Ze.indexOf(t)-Ze.indexOf(a))}function _s(e,{width:t=320,height:a=170,left:r=48,right:n=24,top:s=24,bottom:i=34,mdc:l=null}={}){let d=e.map(y=>y.value),p=Math.min(...d),c=Math.max(...d),u=p>=0?0:-1/0,f=null;if(l!=null&&l>0&&d.length>0?(f=[Math.max(u,d[0]-l),d[0]+l],p=Math.min(p,f[0]),c=Math.max(c,f[1])):u===0&&(p=0),c===p){let y=Math.max(1,Math.abs(c)*.1);p=Math.max(u,p-y),c+=y}let m=c-p,$=t-r-n,v=a-s-i,_=y=>Math.round(y*10)/10,g=y=>_(s+v*(1-(y-p)/m)),b=e.map((y,x)=>({...y,x:_(e.length===1?r+$/2:r+$*x/(e.length-1)),y:g(y.value)}));return{points:b,line:b.map(y=>`${y.x},${y.y}`).join(" "),low:p,high:c,band:f&&{y:g(f[1]),height:_(g(f[0])-g(f[1]))}}}var gd=20*1024*1024;function vs(e,t,a,r){let n=Math.min(1,1200/a);e.width=Math.max(1,Math.round(a*n)),e.height=Math.max(1,Math.round(r*n)),e.getContext("2d").drawImage(t,0,0,e.width,e.height)}function bd({id:e,messages:t}){return t.length===0?null:o`<div class="field-error" id=${e}>
    ${t.map(a=>o`<p><span class="visually-hidden">Error: </span>${a}</p>`)}
  </div>`}function Yr({patientId:e,photos:t,portal:a=!1,onUploaded:r}){let[n,s]=h(t.some(Q=>Q.timepoint==="baseline")?"":"baseline"),[i,l]=h("front"),[d,p]=h(null),c=G(null),u=G(null),f=G(""),m=Q=>{c.current=Q,p(Q)},[$,v]=h(!0),[_,g]=h(null),[b,y]=h(!1),[x,R]=h(null),[V,q]=h([]),[W,fe]=h(null),$e=G(null),he=G(null),oe=G(null),K=fs(t,i),ge=Y("/file");z(()=>()=>_&&_.getTracks().forEach(Q=>Q.stop()),[_]),z(()=>{_&&he.current&&(he.current.srcObject=_,he.current.play().catch(()=>{}))},[_]);let vt=Q=>(u.current=Dt(Q),u.current),Dt=async Q=>{q([]),R(null),fe(null),m(null),f.current="";let Re=dt=>{f.current=dt,q([{path:"/file",message:dt}])};if(!Q)return;let Ue=new Uint8Array(await Q.slice(0,8).arrayBuffer()),je=hs(Ue);if(!je)return Re("is not a JPEG or PNG photo");if(Q.size>gd)return Re("is larger than 20 MiB");try{let dt=await createImageBitmap(Q);vs($e.current,dt,dt.width,dt.height),dt.close()}catch{return Re("cannot be read as an image (damaged or incomplete?)")}m({blob:Q,type:je,name:Q.name||"camera photo"})},qe=async()=>{q([]);try{g(await navigator.mediaDevices.getUserMedia({video:{facingMode:"environment",width:{ideal:4e3}},audio:!1}))}catch{q([{path:"/file",message:"no camera could be opened here: choose a photo file instead"}])}},j=()=>{let Q=he.current;vs($e.current,Q,Q.videoWidth,Q.videoHeight);let Re=document.createElement("canvas");Re.width=Q.videoWidth,Re.height=Q.videoHeight,Re.getContext("2d").drawImage(Q,0,0),u.current=null,f.current="",Re.toBlob(Ue=>{_.getTracks().forEach(je=>je.stop()),g(null),Ue&&m({blob:Ue,type:"image/jpeg",name:"camera photo"})},"image/jpeg",.92)},Ke=async Q=>{Q.preventDefault(),R(null),fe(null),u.current&&await u.current;let Re=c.current,Ue=[];if(n||Ue.push({path:"/timepoint",message:"choose when the photo is taken"}),Re||Ue.push({path:"/file",message:f.current||"choose a photo (JPEG or PNG) or take one"}),q(Ue),!(Ue.length>0)){y(!0);try{let je=await S("POST",$s(e,{timepoint:n,view:i}),Re.blob,{contentType:Re.type});fe(je),m(null),oe.current&&(oe.current.value=""),r&&await r(je)}catch(je){R(je)}y(!1)}},or=x&&x.status===400?gs(x.errors):[],M=x&&(x.status===413||x.status===415||x.status===422&&!Ha(x)),ce=[...V,...or,...M?[{path:"/file",message:vd(x)}]:[]],ne=ae(ce,"/file"),lt=!!d||!!_;return o`<section class="card upload" aria-labelledby="upload-heading">
    <h2 id="upload-heading">${a?"Add a photo":"Upload a photo"}</h2>
    <form class="form" onSubmit=${Ke} novalidate>
      <${I} errors=${ce} />
      ${x&&Ha(x)&&o`<div class="alert alert--error" role="alert" data-refusal="consent">
        <p>
          <strong>Upload refused:</strong>${` ${a?"you have not signed":"the patient has not signed"} the current photography consent. `}<a href="#photo-consent" onClick=${_d}>${a?"Sign it":"Record the signature"}</a> and upload again.
        </p>
      </div>`}
      ${x&&!Ha(x)&&!M&&x.status!==400&&o`<div class="alert alert--error" role="alert"><p>${yt(x)}</p></div>`}
      ${W&&o`<div class="alert alert--success" role="status"><p>Uploaded: ${Ye(W.timepoint)}, ${st(W.view).toLowerCase()}${a?"":W.patient_taken?" (patient-taken)":""}.</p></div>`}
      <div class="upload__body">
        <div class="upload__fields">
          <div class="grid grid--2">
            <${D} label="Timepoint" pointer="/timepoint" errors=${ce} value=${n} onValue=${s} options=${Gr} placeholder="Choose…" required />
            <${D} label="View" pointer="/view" errors=${ce} value=${i} onValue=${l} options=${Nt} required />
          </div>
          <div class=${`field ${ne.length?"field--invalid":""}`}>
            <label for=${ge}>Photo<span class="required" aria-hidden="true"> *</span></label>
            <p class="hint" id=${`${ge}-hint`}>A JPEG or PNG up to 20 MiB, with the colour card in the picture. To frame a new photo against the baseline, use the camera below.</p>
            <input
              ref=${oe}
              id=${ge}
              name="/file"
              type="file"
              accept="image/jpeg,image/png"
              aria-invalid=${ne.length?"true":void 0}
              aria-describedby=${`${ge}-hint${ne.length?` ${ge}-error`:""}`}
              onChange=${Q=>vt(Q.currentTarget.files[0])}
            />
            <${bd} id=${`${ge}-error`} messages=${ne} />
          </div>
          <${T} busy=${b} busyLabel="Uploading…">${a?"Add the photo":"Upload the photo"}</${T}>
        </div>
        <div class="capture" data-guide=${K?K.id:void 0}>
          <h3 class="capture__title">Capture guide</h3>
          ${K?o`<${De}
                id="capture-ghost"
                label=${`Show the baseline (${st(i).toLowerCase()}) over the preview`}
                checked=${$}
                onChecked=${v}
                hint="Line the face and the colour card up with it."
              />`:o`<p class="muted capture__none">No baseline of this view yet: this photo can become it.</p>`}
          <div class=${`capture__frame ${lt?"":"capture__frame--empty"}`}>
            <canvas ref=${$e} class=${`capture__preview ${d&&!_?"":"capture__hidden"}`} aria-label="Preview of the chosen photo" role="img"></canvas>
            ${_&&o`<video ref=${he} class="capture__preview" muted playsinline aria-label="Camera view"></video>`}
            ${!lt&&o`<p class="capture__placeholder">The preview appears here.</p>`}
            ${K&&$&&o`<img
              class=${`capture__ghost ${lt?"":"capture__ghost--alone"}`}
              src=${K.image_url}
              alt=${`Guide: the baseline, ${st(K.view).toLowerCase()}, shown see-through`}
              width=${K.width}
              height=${K.height}
            />`}
          </div>
          <div class="form-actions">
            ${!_&&typeof navigator<"u"&&navigator.mediaDevices&&o`<button type="button" class="button button--secondary" onClick=${qe}>Use the camera</button>`}
            ${_&&o`<button type="button" class="button" onClick=${j}>Take the photo</button>`}
          </div>
        </div>
      </div>
    </form>
  </section>`}function _d(e){e.preventDefault();let t=document.getElementById("photo-consent");t&&(t.scrollIntoView({block:"start"}),(document.getElementById(Y("/typed_name"))||t).focus({preventScroll:!0}))}function vd(e){return e.status===413?"is larger than 20 MiB":e.status===415?"is not of the type its name says: save it again as JPEG or PNG":(e.detail||"was refused").replace(/^image refused: (image: )?/,"was refused: ")}var Za=320,bt=170,it=48,Kr=24,Qr=24,aa=34;function ys(e,t){return t>1&&e===0?"start":t>1&&e===t-1?"end":"middle"}function yd(e,t){return{start:4,end:-4,middle:0}[ys(e,t)]}function Jr({metric:e,series:t,mdc:a=null,uncalibrated:r=[]}){let{points:n,line:s,low:i,high:l,band:d}=_s(t,{width:Za,height:bt,left:it,right:Kr,top:Qr,bottom:aa,mdc:a}),p=`trend-${e.replace(/[^a-z0-9]+/gi,"-")}`,c=m=>r.includes(m.photo_id),u=n.map(m=>`${Ye(m.timepoint)}: ${Oe(e,m.value)}${c(m)?" (no colour card)":""}`).join("; "),f=d?` Shaded: within ±${Oe(e,a)} of the first value, the minimal detectable change.`:"";return o`<figure class="trend" data-metric=${e}>
    <figcaption id=${`${p}-caption`}>${ta(e)}</figcaption>
    <svg class="trend__chart" viewBox=${`0 0 ${Za} ${bt}`} role="img" aria-labelledby=${`${p}-caption ${p}-desc`} focusable="false">
      <desc id=${`${p}-desc`}>${`${u}.${f}`}</desc>
      ${d&&o`<rect class="trend__band" x=${it} y=${d.y} width=${Za-it-Kr} height=${d.height} />`}
      <line class="trend__axis" x1=${it} y1=${Qr} x2=${it} y2=${bt-aa} />
      <line class="trend__axis" x1=${it} y1=${bt-aa} x2=${Za-Kr} y2=${bt-aa} />
      <text class="trend__tick" x=${it-6} y=${Qr+4} text-anchor="end">${Oe(e,l)}</text>
      <text class="trend__tick" x=${it-6} y=${bt-aa+4} text-anchor="end">${Oe(e,i)}</text>
      ${n.length>1&&o`<polyline class="trend__line" points=${s} />`}
      ${n.map((m,$)=>o`<g class=${`trend__point ${c(m)?"trend__point--loose":""}`} data-timepoint=${m.timepoint}>
          <circle cx=${m.x} cy=${m.y} r="4.5" />
          <text class="trend__value" x=${m.x+yd($,n.length)} y=${m.y-9} text-anchor=${ys($,n.length)}>${Oe(e,m.value)}</text>
          <text class="trend__label" x=${m.x} y=${bt-12} text-anchor="middle">${Ye(m.timepoint)}${c(m)?" *":""}</text>
        </g>`)}
    </svg>
    ${n.some(c)&&o`<p class="trend__note">* No colour card in that photo: not calibrated, so not comparable in colour or size.</p>`}
  </figure>`}function ra(e){return`${Ye(e.timepoint)}, ${st(e.view).toLowerCase()}`}function ws({photos:e,base:t,portal:a,analysing:r}){return e.length===0?o`<${O}>${a?"No photos yet.":"No photos yet. Upload the baseline first."}</${O}>`:o`<div class="photo-groups">
    ${ms(e).map(n=>o`<section class="photo-group" data-timepoint=${n.timepoint} aria-labelledby=${`tp-${n.timepoint}`}>
        <h3 id=${`tp-${n.timepoint}`}>${Ye(n.timepoint)}</h3>
        <ul class="photo-grid">
          ${n.photos.map(s=>o`<li class="photo-tile" data-photo=${s.id}>
              <a href=${`${t}/${s.id}`} class="photo-tile__link">
                <img src=${s.thumbnail_url} alt="" width=${Math.round(320*s.width/Math.max(s.width,s.height))} height=${Math.round(320*s.height/Math.max(s.width,s.height))} />
                <span class="photo-tile__name">${st(s.view)}<span class="visually-hidden">, ${Ye(s.timepoint)}, photo ${s.id}</span></span>
              </a>
              <span class="photo-tile__meta">
                <${X} date=${s.created_at.slice(0,10)} />
                ${s.patient_taken&&o` <${L} kind="neutral">${a?"Taken by you":"Patient-taken"}</${L}>`}
                ${!a&&(r===s.id?o` <span class="muted">Measuring…</span>`:s.analysed_at?o` <${L} kind="ok">Measured</${L}>`:"")}
              </span>
              ${s.notes&&o`<span class="photo-tile__notes">${s.notes}</span>`}
            </li>`)}
        </ul>
      </section>`)}
  </div>`}function wd({patientId:e,photos:t}){let a=[...t].sort((m,$)=>m.id-$.id),r=a.find(m=>m.timepoint==="baseline")||a[0],n=[...a].reverse().find(m=>m.id!==r.id&&m.view===r.view)||a[a.length-1],[s,i]=h(String(r.id)),[l,d]=h(String(n.id)),[p,c]=h([]),u=a.map(m=>[String(m.id),`${ra(m)} (#${m.id})`]);return o`<section class="card" aria-labelledby="compare-heading">
    <h2 id="compare-heading">Compare two photos</h2>
    <form class="form form--compact" onSubmit=${m=>{if(m.preventDefault(),s===l)return c([{path:"/after_id",message:"choose a different photo than the one before"}]);c([]),ie(`/staff/patients/${e}/photos/compare?before=${s}&after=${l}`)}} novalidate>
      <${I} errors=${p} />
      <div class="grid grid--2">
        <${D} label="Before" pointer="/before_id" errors=${p} value=${s} onValue=${i} options=${u} />
        <${D} label="After" pointer="/after_id" errors=${p} value=${l} onValue=${d} options=${u} />
      </div>
      <button type="submit" class="button">Compare</button>
    </form>
  </section>`}function ks(e){return e.points.filter(t=>!t.calibrated).map(t=>t.photo_id)}function kd({patientId:e,photos:t}){let a=Nt.filter(([d])=>t.some(p=>p.view===d&&p.analysed_at)),[r,n]=h(a.length?a[0][0]:"front"),s=t.filter(d=>d.view===r&&d.analysed_at).map(d=>d.analysed_at).sort().at(-1)||"",i=P(a.length?`/api/v1/patients/${e}/photo-trend?view=${r}`:null),l=G(s);return z(()=>{l.current!==s&&(l.current=s,i.reload())},[s]),a.length===0?null:o`<section class="card" aria-labelledby="trend-heading">
    <h2 id="trend-heading">Trend over the timepoints</h2>
    <p class="muted">Each measured photo of the view, by timepoint. Compare two photos to see which changes go beyond each metric’s minimal detectable change.</p>
    ${a.length>1&&o`<${D} label="View" pointer="/trend_view" value=${r} onValue=${n} options=${a} />`}
    <${k} error=${i.error} onRetry=${i.reload} />
    ${i.data&&o`<div class="trend-grid">
      ${Zr(i.data).map(d=>o`<${Jr} metric=${d} series=${i.data.metrics[d]} uncalibrated=${ks(i.data)} />`)}
    </div>`}
  </section>`}function xs({session:e,id:t}){let a=P(`/api/v1/patients/${t}`),r=P(`/api/v1/patients/${t}/photos`),[n,s]=h(null),[i,l]=h(null);F(a.data!==null&&r.data!==null&&n===null,"photos");let d=r.data?r.data.items:[],p=a.data?U(a.data):"Patient",c=async u=>{r.reload(),s(u.id),l(null);try{await S("POST",`/api/v1/photos/${u.id}/analysis`)}catch(f){l(f)}s(null),r.reload()};return o`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${t}`}>${p}</a></p>
    <div class="page-head">
      <div>
        <${w} title=${`Photos – ${p}`}>Photos</${w}>
        <p class="lead">${p} · before and after, measured against the colour card</p>
      </div>
    </div>
    <${k} error=${a.error||r.error} onRetry=${()=>(a.reload(),r.reload())} />
    <${Hr} patientId=${t} role=${e.role} />
    ${r.data&&o`<${Yr} patientId=${t} photos=${d} onUploaded=${c} />`}
    <section class="card" aria-labelledby="photos-heading">
      <h2 id="photos-heading">Photos by timepoint</h2>
      ${r.loading&&!r.data&&o`<${E} label="Loading the photos…" />`}
      ${n&&o`<p role="status" class="muted">Measuring the new photo…</p>`}
      ${i&&o`<div class="alert alert--warning" role="alert"><p>The photo is stored but could not be measured: ${i.detail}. Open it to try again.</p></div>`}
      ${r.data&&o`<${ws} photos=${d} base="/staff/photos" analysing=${n} />`}
    </section>
    ${d.length>=2&&o`<${wd} key=${d.length} patientId=${t} photos=${d} />`}
    ${r.data&&o`<${kd} patientId=${t} photos=${d} />`}
  </div>`}function xd({photo:e,onSaved:t}){let[a,r]=h(e.notes||""),[n,s]=h(!1),[i,l]=h(null),[d,p]=h(!1),c=async f=>{f.preventDefault(),s(!0),l(null),p(!1);try{t(await S("PATCH",`/api/v1/photos/${e.id}`,{notes:a})),p(!0)}catch(m){l(m)}s(!1)},u=i&&i.status===400?i.errors:[];return o`<form class="form form--compact" onSubmit=${c} novalidate>
    <${I} errors=${u} />
    ${i&&i.status!==400&&o`<${k} error=${i} />`}
    <${Z} label="Capture notes" pointer="/notes" errors=${u} value=${a} onValue=${r} hint="Lighting, distance, anything that explains a difference. No more than 2000 characters." />
    <div class="form-actions">
      <${T} busy=${n}>Save the notes</${T}>
      ${d&&o`<span role="status" class="muted">Saved.</span>`}
    </div>
  </form>`}function Sd({analysis:e}){if(!e.quality||!e.quality.usable)return o`<div class="alert alert--warning"><p>Not measurable: ${e.quality&&e.quality.reasons.join(", ")||"unknown reason"}. Take the photo again.</p></div>`;let t=e.metrics||{},a=[],r=(s,i)=>Object.entries(s).forEach(([l,d])=>d&&typeof d=="object"?r(d,`${i}${l}.`):typeof d=="number"&&a.push([`${i}${l}`,d]));r(t,"");let n=s=>Ze.includes(s)?Ze.indexOf(s):Ze.length;return a.sort(([s],[i])=>n(s)-n(i)),o`<div>
    <p>
      ${e.card&&e.card.found?`Colour card found (residual ΔE ${e.card.residual_delta_e}); sizes in millimetres.`:"No colour card found: colour metrics are left out and sizes are in pixels."}
    </p>
    <dl class="facts facts--wide" data-analysis="metrics">
      ${a.map(([s,i])=>o`<div><dt>${ta(s)}</dt><dd>${Oe(s,i)}</dd></div>`)}
    </dl>
  </div>`}function Xr({session:e,id:t,portal:a=!1}){let r=P(`/api/v1/photos/${t}`),[n,s]=h(!1),[i,l]=h(null);F(r.data!==null||r.error!==null,a?"portal-photo":"photo");let d=r.data,p=async()=>{s(!0),l(null);try{let u=await S("POST",`/api/v1/photos/${t}/analysis`);r.setData({...d,analysis:u,analysed_at:new Date().toISOString()})}catch(u){l(u)}s(!1)},c=a?"/portal/photos":d?`/staff/patients/${d.patient_id}/photos`:null;return o`<div class="stack">
    <p class="crumbs">${c?o`<a href=${c}>${a?"My photos":"Photos"}</a>`:o`<a href=${a?"/portal":"/staff/patients"}>${a?"My plan":"Patients"}</a>`}</p>
    <${w} title="Photo">${d?ra(d):"Photo"}</${w}>
    ${r.loading&&o`<${E} label="Loading the photo…" />`}
    ${r.error&&(r.error.status===404?o`<div class="alert alert--error" role="alert"><p>${a?"There is no photo of yours at this address.":"There is no such photo in this clinic."}</p></div>`:o`<${k} error=${r.error} onRetry=${r.reload} />`)}
    ${d&&o`<div class="columns">
      <figure class="card columns__main photo-full">
        <img src=${d.image_url} alt=${`${ra(d)}${d.patient_taken?", taken by the patient":""}`} width=${d.width} height=${d.height} />
        <figcaption class="muted">
          ${d.width} × ${d.height} px, ${d.format.toUpperCase()} · uploaded <${X} date=${d.created_at.slice(0,10)} />
          ${d.patient_taken&&o` · <${L} kind="neutral">${a?"Taken by you":"Patient-taken"}</${L}>`}
          ${" · "}<a href=${d.image_url} download=${`photo-${d.id}.${d.format==="png"?"png":"jpg"}`}>Download the original</a>
        </figcaption>
      </figure>
      <div class="columns__side stack">
        ${!a&&o`<section class="card" aria-labelledby="measure-heading">
          <h2 id="measure-heading">Measurements</h2>
          <${k} error=${i} />
          ${d.analysis?o`<${Sd} analysis=${d.analysis} />`:o`<p class="muted">Not measured yet.</p>`}
          <button type="button" class="button button--secondary" disabled=${n} onClick=${p}>${n?"Measuring…":d.analysis?"Measure again":"Measure the photo"}</button>
        </section>`}
        <section class="card" aria-labelledby="notes-heading">
          <h2 id="notes-heading">Notes</h2>
          ${a?o`<p>${d.notes||"No notes."}</p>`:o`<${xd} photo=${d} onSaved=${u=>r.setData({...d,...u})} />`}
        </section>
      </div>
    </div>`}
  </div>`}function Cd({url:e,width:t,height:a,beforeName:r,afterName:n}){let[s,i]=h(50),l=Math.round(t*s/100);return o`<figure class="wipe">
    <svg class="wipe__view" viewBox=${`0 0 ${t} ${a}`} role="img" aria-label=${`${r} left of the line, ${n} right of it`}>
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
      <label for="wipe-position">Wipe: move the line (${r} on the left, ${n} on the right)</label>
      <input
        id="wipe-position"
        type="range"
        min="0"
        max="100"
        step="1"
        value=${s}
        aria-valuetext=${`${s}% ${r}, ${100-s}% ${n}`}
        onInput=${d=>i(Number(d.currentTarget.value))}
      />
    </div>
  </figure>`}var Td=[["spots","Spots (outlined)"],["lines","Lines and wrinkles"],["pores","Pores (circled)"]];function Pd({changes:e}){let t=bs(e);return o`<div class="table-scroll">
    <table class="table changes" data-changes>
      <caption class="visually-hidden">Each metric before and after, its change and its minimal detectable change</caption>
      <thead>
        <tr><th scope="col">Metric</th><th scope="col">Before</th><th scope="col">After</th><th scope="col">Change</th><th scope="col">Minimal detectable change</th><th scope="col">Beyond it?</th></tr>
      </thead>
      <tbody>
        ${t.map(a=>o`<tr data-metric=${a.metric}>
            <th scope="row">${ta(a.metric)}</th>
            <td>${Oe(a.metric,a.before)}</td>
            <td>${Oe(a.metric,a.after)}</td>
            <td>${Oe(a.metric,a.change,{signed:!0})}</td>
            <td>${a.mdc===null||a.mdc===void 0?"—":`±${Oe(a.metric,a.mdc)}`}</td>
            <td>${a.change===null||a.change===void 0?o`<span class="muted">Not measured</span>`:a.significant?o`<${L} kind="ok">Significant</${L}>`:o`<${L} kind="neutral">Within noise</${L}>`}</td>
          </tr>`)}
      </tbody>
    </table>
  </div>`}function Ad(){let e=new URLSearchParams(location.search),t=a=>/^[1-9][0-9]{0,17}$/.test(e.get(a)||"")?Number(e.get(a)):null;return{before:t("before"),after:t("after")}}function Ss({id:e}){let[t]=h(Ad),a=P(t.before?`/api/v1/photos/${t.before}`:null),r=P(t.after?`/api/v1/photos/${t.after}`:null),n=a.data?a.data.view:null,s=P(n?`/api/v1/patients/${e}/photo-trend?view=${n}`:null),[i,l]=h({data:null,error:null});z(()=>{if(!t.before||!t.after)return;let $=new AbortController;return S("POST","/api/v1/photos/compare",{before_id:t.before,after_id:t.after,overlays:!0},{signal:$.signal}).then(v=>l({data:v,error:null}),v=>v.name!=="AbortError"&&l({data:null,error:v})),()=>$.abort()},[]);let d=i.data!==null&&s.data!==null||i.error!==null||!t.before||!t.after;F(d,"compare");let p=i.data,c=a.data?ra(a.data):"Before",u=r.data?ra(r.data):"After",f=p&&p.registration,m=p&&p.overlays||{};return o`<div class="stack">
    <p class="crumbs"><a href=${`/staff/patients/${e}/photos`}>Photos</a></p>
    <${w} title="Comparison">Comparison</${w}>
    <p class="lead">${c} → ${u}</p>
    ${(!t.before||!t.after)&&o`<div class="alert alert--error" role="alert"><p>Choose two photos to compare on the photos page.</p></div>`}
    ${i.error&&o`<${xe} error=${i.error} />`}
    ${!p&&!i.error&&t.before&&t.after&&o`<${E} label="Registering and measuring the pair…" />`}
    ${p&&o`<section class="card" aria-labelledby="registration-heading">
        <h2 id="registration-heading">Registration</h2>
        ${f&&f.ok?o`<p data-registration="ok">The after photo is aligned onto the before: rotated ${f.rotation_deg.toFixed(1)}°, scaled ×${f.scale.toFixed(3)}, shifted ${f.shift_px.map($=>$.toFixed(0)).join(", ")} px (residual ${f.rms_px.toFixed(2)} px).</p>`:o`<div class="alert alert--warning" role="status" data-registration="failed"><p>The two photos could not be aligned${f&&f.reason?` (${f.reason})`:""}: the metrics are not compared. Retake the follow-up with the capture guide.</p></div>`}
      </section>
      ${m.side_by_side&&o`<section class="card" aria-labelledby="side-heading">
        <h2 id="side-heading">Side by side</h2>
        <figure class="overlay-figure">
          <img src=${m.side_by_side.url} alt=${`${c} on the left, ${u} ${f&&f.ok?"aligned to it":"not aligned"} on the right`} width=${2*p.before.width} height=${p.before.height} />
          <figcaption class="overlay-caption"><span>${c}</span><span>${u} ${f&&f.ok?"(aligned)":"(not aligned)"}</span></figcaption>
        </figure>
      </section>`}
      ${m.side_by_side&&f&&f.ok&&o`<section class="card" aria-labelledby="wipe-heading">
        <h2 id="wipe-heading">Wipe</h2>
        <${Cd} url=${m.side_by_side.url} width=${p.before.width} height=${p.before.height} beforeName=${c} afterName=${u} />
      </section>`}
      ${m.features_before&&o`<section class="card" aria-labelledby="features-heading">
        <h2 id="features-heading">Features found</h2>
        <ul class="legend" aria-label="Legend">
          ${Td.map(([$,v])=>o`<li data-feature=${$}><span class=${`swatch swatch--${$}`} aria-hidden="true"></span>${v}</li>`)}
        </ul>
        <div class="grid grid--2 grid--top">
          <figure class="overlay-figure"><img src=${m.features_before.url} alt=${`${c} with the features marked`} width=${p.before.width} height=${p.before.height} /><figcaption>${c}</figcaption></figure>
          <figure class="overlay-figure"><img src=${m.features_after.url} alt=${`${u} with the features marked`} width=${p.after.width} height=${p.after.height} /><figcaption>${u}</figcaption></figure>
        </div>
      </section>`}
      <section class="card" aria-labelledby="changes-heading">
        <h2 id="changes-heading">Changes</h2>
        <p class="muted">A change counts only beyond the metric’s minimal detectable change (what repeat photos of unchanged skin differ by). Counts and areas are over the region both photos show.</p>
        ${p.changes?o`<${Pd} changes=${p.changes} />`:o`<p>Not compared: the photos could not be aligned.</p>`}
      </section>`}
    ${s.data&&o`<section class="card" aria-labelledby="trend-heading">
      <h2 id="trend-heading">Trend over the timepoints (${st(s.data.view).toLowerCase()})</h2>
      <p class="muted">
        ${p&&p.changes?"Each measured photo of this view, by timepoint. The shaded band is the first value ± the metric’s minimal detectable change: a point inside it has not changed beyond noise.":"Each measured photo of this view, by timepoint, drawn from zero (no minimal detectable change without an aligned comparison)."}
      </p>
      ${s.data.points.length<2&&o`<p class="muted">The trend needs two measured photos of this view; measure the photos from their pages.</p>`}
      <div class="trend-grid">
        ${Zr(s.data).map($=>o`<${Jr} metric=${$} series=${s.data.metrics[$]} uncalibrated=${ks(s.data)} mdc=${p&&p.changes&&p.changes[$]?p.changes[$].mdc:null} />`)}
      </div>
    </section>`}
  </div>`}function Cs({session:e}){let t=e.user.patient_id,a=P(`/api/v1/patients/${t}/photos`);F(a.data!==null,"portal-photos");let r=a.data?a.data.items:[];return o`<div class="stack portal">
    <p class="crumbs"><a href="/portal">My plan</a></p>
    <${w} title="My photos">My photos</${w}>
    <p class="lead">Photos of your skin over the treatment. Only you and your clinic see them.</p>
    <${k} error=${a.error} onRetry=${a.reload} />
    <${Hr} patientId=${t} portal />
    ${a.data&&o`<${Yr} patientId=${t} photos=${r} portal onUploaded=${()=>a.reload()} />`}
    <section class="card" aria-labelledby="photos-heading">
      <h2 id="photos-heading">Your photos</h2>
      ${a.loading&&!a.data&&o`<${E} label="Loading your photos…" />`}
      ${a.data&&o`<${ws} photos=${r} base="/portal/photos" portal />`}
    </section>
  </div>`}function Ts({session:e,id:t}){return o`<div class="portal"><${Xr} session=${e} id=${t} portal /></div>`}function Ed(e,t){let a=e.slice(0,t).split(/\r?\n/);return[a.length,a.pop().length+1]}function Rd(e,t,a){let r=e.split(/\r?\n/),n="",s=(Math.log10(t+1)|0)+1;for(let i=t-1;i<=t+1;i++){let l=r[i-1];l&&(n+=i.toString().padEnd(s," "),n+=":  ",n+=l,n+=`
`,i===t&&(n+=" ".repeat(s+a+2),n+=`^
`))}return n}var B=class e extends Error{line;column;codeblock;constructor(t,a){let[r,n]=Ed(a.toml,a.ptr),s=Rd(a.toml,r,n);super(`Invalid TOML document: ${t}

${s}`,a),this.line=r,this.column=n,this.codeblock=s}static x(t,a,r){throw new e(t,{toml:a.s,ptr:r??a.p})}};function Ya(e){let t=e.p,a=e.s.charCodeAt(e.p++),r=a,n=a===39,s=a===e.s.charCodeAt(e.p)&&a===e.s.charCodeAt(e.p+1);s&&((a=e.s.charCodeAt(e.p+=2))===10?e.p++:a===13&&e.s.charCodeAt(e.p+1)===10&&(e.p+=2));let i="",l=e.p,d=0;for(;e.p<e.s.length;e.p++)if(a=e.s.charCodeAt(e.p),s&&(a===10||a===13&&e.s.charCodeAt(e.p+1)===10))d=d&&3;else if(a<32&&a!==9||a===127)B.x("control characters are not allowed in strings",e);else if((!d||d===3)&&a===r&&(!s||e.s.charCodeAt(e.p+1)===r&&e.s.charCodeAt(e.p+2)===r)){if(s&&(e.s.charCodeAt(e.p+3)===r&&e.p++,e.s.charCodeAt(e.p+3)===r&&e.p++),!d){let p=e.s.slice(l,e.p);i=i?i+p:p}return e.p+=s?3:1,i}else if(!d)!n&&a===92&&(i+=e.s.slice(l,l=e.p),d=1);else if(d===1)if(a===120||a===117||a===85){let p=e.p++-1,c=0,u=a===120?2:a===117?4:8;for(let f=0;f<u;f++,e.p++){let m=e.s.charCodeAt(e.p),$=m>=48&&m<=57?m-48:m>=65&&m<=70?m-65+10:m>=97&&m<=102?m-97+10:-1;$<0&&B.x("invalid non-hex character in unicode escape",e),c=c<<4|$}(c<0||c>1114111||c>=55296&&c<=57343)&&B.x("invalid unicode escape",e,p),i+=String.fromCodePoint(c),l=e.p--,d=0}else s&&(a===32||a===9)?d=2:(a===98?i+="\b":a===116?i+="	":a===110?i+=`
`:a===102?i+="\f":a===114?i+="\r":a===101?i+="\x1B":a===34?i+='"':a===92?i+="\\":B.x("unrecognised escape sequence",e),l=e.p+1,d=0);else a!==32&&a!==9&&(d===2&&B.x("invalid escape: only line-ending whitespace may be escaped",e,l),d=!n&&a===92?1:0,l=e.p);B.x("unfinished string",e,t)}var Ld=/^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i,oa=class e extends Date{#t=!1;#a=!1;#e=null;constructor(t,a,r){let n=!0,s=!0,i="Z",l;if(typeof t=="string")if(a)e:{if(a<3){if(+t.slice(11,13)>23){t="";break e}a===2?(i=null,t+="Z"):(l=t.charCodeAt(t.length-1))!==90&&l!==122&&(i=t.slice(t.length-6)),r&&(t=t.slice(0,10)+"T"+t.slice(11))}else a===4&&(t=+t.slice(0,2)>23?"":`0000-01-01T${t}Z`);n=a!==4,s=a!==3}else{let d=t.match(Ld);d?(d[1]||(n=!1,t=`0000-01-01T${t}`),s=!!d[2],s&&t[10]===" "&&(t=t.replace(" ","T")),d[2]&&+d[2]>23?t="":(i=d[3]||null,!i&&s&&(t+="Z"))):t=""}super(t),isNaN(this.getTime())||(this.#t=n,this.#a=s,this.#e=i)}isDateTime(){return this.#t&&this.#a}isLocal(){return!this.#t||!this.#a||!this.#e}isDate(){return this.#t&&!this.#a}isTime(){return this.#a&&!this.#t}isValid(){return this.#t||this.#a}toISOString(){let t=super.toISOString();if(this.isDate())return t.slice(0,10);if(this.isTime())return t.slice(11,23);if(this.#e===null)return t.slice(0,-1);if(this.#e==="Z"||this.#e==="z")return t;let a=+this.#e.slice(1,3)*60+ +this.#e.slice(4,6);return a=this.#e[0]==="-"?a:-a,new Date(this.getTime()-a*6e4).toISOString().slice(0,-1)+this.#e}static wrapAsOffsetDateTime(t,a="Z"){let r=new e(t);return r.#e=a,r}static wrapAsLocalDateTime(t){let a=new e(t);return a.#e=null,a}static wrapAsLocalDate(t){let a=new e(t);return a.#a=!1,a.#e=null,a}static wrapAsLocalTime(t){let a=new e(t);return a.#t=!1,a.#e=null,a}};function Ee(e,t=10){return t===16?e>47&&e<58||e>64&&e<71||e>96&&e<103:e>47&&e<48+t}function to(e,t){return e===32||e===9||e===10||e===13||t&&(e===t||e===44)||e===35}function sa(e,t){let a=e.p,r=e.s.charCodeAt(e.p);if(r===91||r===123){e.d--||B.x("document contains excessively nested structures. aborting.",e);let n=r===91?Es(e):As(e);return e.d++,n}return r===34||r===39?Ya(e):r===116?((e.s.charCodeAt(++e.p)!==114||e.s.charCodeAt(++e.p)!==117||e.s.charCodeAt(++e.p)!==101)&&B.x("invalid value",e,a),e.p++,!0):r===102?((e.s.charCodeAt(++e.p)!==97||e.s.charCodeAt(++e.p)!==108||e.s.charCodeAt(++e.p)!==115||e.s.charCodeAt(++e.p)!==101)&&B.x("invalid value",e,a),e.p++,!1):r===43||r===45?Ka(e,e.p,e.s.charCodeAt(++e.p),44-r,t):e.s.charCodeAt(e.p+4)===45&&e.s.charCodeAt(e.p+7)===45?Nd(e,r,t):e.s.charCodeAt(e.p+2)===58?Dd(e,r,t):Ka(e,e.p,r,0,t)}function Ka(e,t,a,r,n){let s=a,i=0,l=!1;if(s===105)return(e.s.charCodeAt(++e.p)!==110||e.s.charCodeAt(++e.p)!==102)&&B.x("invalid value",e,t),e.p++,(r||1)/0;if(s===110)return(e.s.charCodeAt(++e.p)!==97||e.s.charCodeAt(++e.p)!==110)&&B.x("invalid value",e,t),e.p++,NaN;if(s===48){if(++e.p>=e.s.length||to(s=e.s.charCodeAt(e.p),n))return e.bi===!0?0n:0;if(!r){if(s===120)return eo(e,t,16,n);if(s===98)return eo(e,t,2,n);if(s===111)return eo(e,t,8,n)}s===46?i=2:s===101||s===69?i=4:B.x("illegal leading zero",e,t)}else Ee(s)||B.x("invalid value",e,t);for(;++e.p<e.s.length&&(s=e.s.charCodeAt(e.p),!to(s,n));)i||(i=1),s===95?(i&1||B.x("illegal underscore",e),i+=11,l=!0):i===1&&s===46?i=2:(i===1||i===3)&&(s===101||s===69)?i=4:i===4&&(s===43||s===45)?i=6:Ee(s)?i>9?i-=11:i&1||i++:B.x("illegal character in numeric literal",e);if(!i){let p=(a-48)*(r||1);return e.bi===!0?BigInt(p):p}i&1||B.x("unfinished numeric value",e,t);let d=e.s.slice(t,e.p);return l&&(d=d.replaceAll("_","")),i>1?parseFloat(d):Ps(e,d,10,t)}function eo(e,t,a,r){let n,s=1;for(;++e.p<e.s.length&&(n=e.s.charCodeAt(e.p),!to(n,r));)n===95?(s&1&&B.x("illegal underscore",e),s=3):Ee(n,a)?s&1&&s--:B.x("illegal character in numeric literal",e);s&1&&B.x("unfinished numeric value",e);let i=e.s.slice(t+2,e.p);return s&&(i=i.replaceAll("_","")),Ps(e,i,a,t)}function Ps(e,t,a,r){if(e.bi!==!0)e:{let n=parseInt(t,a);if(!Number.isSafeInteger(n)){if(e.bi)break e;B.x("integer value cannot be represented losslessly",e,r)}return n}return BigInt(a===10?t:(a===2?"0b":a===8?"0o":"0x")+t)}function Nd(e,t,a){let r=e.p++,n;if(!Ee(t)||!Ee(e.s.charCodeAt(e.p++))||!Ee(e.s.charCodeAt(e.p++))||!Ee(e.s.charCodeAt(e.p++)))return Ka(e,e.p=r,t,0,a);if(e.p+=5,Ee(e.s.charCodeAt(e.p++))||B.x("invalid date-time: date part is malformed",e,r),e.p>=e.s.length||((t=e.s.charCodeAt(e.p))!==32||(n=!0,!Ee(e.s.charCodeAt(e.p+1))))&&t!==84&&t!==116){let i=e.s.slice(r,e.p);return na(e,i,3,!1,r)}if(e.s.charCodeAt(e.p+=3)!==58&&B.x("invalid date-time: time part is malformed",e,r),e.s.charCodeAt(e.p+=3)===58&&(e.p+=3),e.s.charCodeAt(e.p)===46)for(;Ee(e.s.charCodeAt(++e.p)););if(t=e.s.charCodeAt(e.p)){if(t===90||t===122){let i=e.s.slice(r,++e.p);return na(e,i,1,n,r,"[+00:00]")}if(t===43||t===45){let i=e.s.slice(r,e.p+=6);return na(e,i,1,n,r,!e.ld&&"["+e.s.slice(e.p-6,e.p)+"]")}}let s=e.s.slice(r,e.p);return na(e,s,2,n,r)}function Dd(e,t,a){let r=e.p;if(!Ee(t)||!Ee(e.s.charCodeAt(++e.p)))return Ka(e,--e.p,t,0,a);if(e.s.charCodeAt(e.p+=4)===58&&(e.p+=3),e.s.charCodeAt(e.p)===46)for(;Ee(e.s.charCodeAt(++e.p)););let n=e.s.slice(r,e.p);return na(e,n,4,!1,r)}function na(e,t,a,r,n,s){if(e.ld){let i=new oa(t,a,r);return i.isValid()||B.x("invalid date",e,n),i}try{switch(s&&(t+=s),a){case 1:return Temporal.ZonedDateTime.from(t);case 2:return Temporal.PlainDateTime.from(t);case 3:return Temporal.PlainDate.from(t);case 4:return Temporal.PlainTime.from(t)}}catch(i){B.x(i instanceof Error?i.message:""+i,e,n)}}function Od(e){for(;e.p<e.s.length;e.p++){let t=e.s.charCodeAt(e.p);if(t===10)break;if(t===13&&e.s.charCodeAt(e.p+1)===10){e.p++;break}(t<32&&t!==9||t===127)&&B.x("control characters are not allowed in comments",e)}}function Ie(e,t,a){let r;for(;e.p<e.s.length;){for(;e.p<e.s.length&&((r=e.s.charCodeAt(e.p))===32||r===9||!t&&(r===10||r===13&&e.s.charCodeAt(e.p+1)===10));)e.p++;if(a||r!==35)break;Od(e)}}function Qa(e,t=61){let a,r=0,n=[],s,i=e.s.charCodeAt(a=e.p);do{if(i===t)return r||B.x("unexpected end of key",e),r===1&&n.push(e.s.slice(s,e.p)),e.p++,n;i===46?(r||B.x("illegal empty bare key",e),r===1&&n.push(e.s.slice(s,e.p)),r=0):!r&&(i===34||i===39)?(i===e.s.charCodeAt(e.p+1)&&i===e.s.charCodeAt(e.p+2)&&B.x("illegal quoted key: multiline strings are not allowed",e),n.push(Ya(e)),r=2,e.p--):i===32||i===9?r===1&&(n.push(e.s.slice(s,e.p)),r=2):r===2||i<48&&i!==45||i>57&&i<65||i>90&&i<97&&i!==95||i>122?B.x("illegal character in key",e):r||(r=1,s=e.p)}while(i=e.s.charCodeAt(++e.p));B.x("incomplete key-value: cannot find end of key",e,a)}function As(e){let t=e.p++,a=Object.create(null),r=new Set,n;for(;e.p<e.s.length;){if(Ie(e),(n=e.s.charCodeAt(e.p))===125)return e.p++,a;let s,i=a,l=!1,d=e.p,p=Qa(e);for(let u=0;u<p.length;u++){u&&(i=l?i[s]:i[s]=Object.create(null)),s=p[u],(l=Object.hasOwn(i,s))&&(typeof i[s]!="object"||r.has(i[s]))&&B.x("trying to redefine an already defined value",e,d);let f=s==="__proto__";if(e.uk&&(f||s==="constructor")){i=e.uk!==1&&B.x("document contains an unsafe property",e,d);break}!l&&f&&Object.defineProperty(i,s,{enumerable:!0,configurable:!0,writable:!0})}l&&B.x("trying to redefine an already defined value",e,d),Ie(e,!0,!0);let c=sa(e,125);if(i&&typeof(i[s]=c)=="object"&&r.add(c),Ie(e),(n=e.s.charCodeAt(e.p++))===125)return a;n!==44&&B.x("expected comma or end of structure",e,e.p-1)}B.x("unfinished table",e,t)}function Es(e){let t=e.p++,a=[],r;for(;e.p<e.s.length;){if(Ie(e),(r=e.s.charCodeAt(e.p))===93)return e.p++,a;if(a.push(sa(e,93)),Ie(e),(r=e.s.charCodeAt(e.p++))===93)return a;r!==44&&B.x("expected comma or end of structure",e,e.p-1)}B.x("unfinished array",e,t)}function Rs(e,t,a,r,n){let s=a,i=r,l,d=!1,p;for(let c=0;c<t.length;c++){if(c){if(s=d?s[l]:s[l]=Object.create(null),i=(p=i[l]).c,n===0&&(p.t===1||p.t===2))return null;if(p.t===2){let u=s.length-1;s=s[u],i=i[u].c}}if(l=t[c],(d=Object.hasOwn(s,l))&&i[l]?.t===0&&i[l]?.d)return null;if(!d){let u=l==="__proto__";if(e.uk&&(u||l==="constructor"))return!1;u&&(Object.defineProperty(s,l,{enumerable:!0,configurable:!0,writable:!0}),Object.defineProperty(i,l,{enumerable:!0,configurable:!0,writable:!0})),i[l]={t:c<t.length-1&&n===2?3:n,d:!1,i:0,c:Object.create(null)}}}if(p=i[l],p.t!==n&&!(n===1&&p.t===3)||(n===2&&(p.d||(p.d=!0,s[l]=[]),s[l].push(s=Object.create(null)),p.c[p.i++]=p={t:1,d:!1,i:0,c:Object.create(null)}),p.d))return null;if(p.d=!0,n===1)s=d?s[l]:s[l]=Object.create(null);else if(n===0&&d)return null;return[l,s,p.c]}function Ls(e,t,a){(t===null||e.uk===2)&&B.x(t===null?"trying to redefine an already defined table or value":"document contains an unsafe property",e,a)}function ia(e,t={}){let a={s:e,p:0,d:t.maxDepth??1e3,bi:t.integersAsBigInt??!1,ld:t.useLegacyDate??!0,uk:t.unsafeKeyBehaviour==="throw"?2:t.unsafeKeyBehaviour==="drop"?1:0},r=Object.create(null),n=Object.create(null),s,i=!1,l=r,d=n;for(e.charCodeAt(0)===65279&&a.p++,Ie(a);a.p<e.length;){if(e.charCodeAt(a.p)===91){let p=e.charCodeAt(++a.p)===91;s=a.p+=+p,i=!1;let c=Qa(a,93);p&&(e.charCodeAt(a.p)!==93&&B.x("expected end of table array declaration",a),a.p++);let u=Rs(a,c,r,n,p?2:1);u?(d=u[2],l=u[1]):(Ls(a,u,s),i=!0)}else{s=a.p;let p=Qa(a),c=Rs(a,p,l,d,0);!c&&!i&&Ls(a,c,s),Ie(a,!0,!0);let u=sa(a,void 0);c&&!i&&(c[1][c[0]]=u)}Ie(a,!0),a.p<e.length&&(s=e.charCodeAt(a.p))!==10&&(s!==13||e.charCodeAt(a.p+1)!==10)&&B.x("each key-value declaration must be followed by an end-of-line",a),Ie(a)}return r}var fh=!!"".isWellFormed;function Ns(e,t){let[a,r,n]=e.split("-").map(Number);return new Date(Date.UTC(a,r-1,n+t)).toISOString().slice(0,10)}function ze({items:e,sessionDate:t,label:a}){if(!e||e.length===0)return null;let r=e.map(c=>c.to||Ns(c.from,7)),n=[t,...e.map(c=>c.from)].sort()[0],s=[t,...r].sort().at(-1),i=Math.max(1,Cr(n,s)+1),l=c=>Cr(n,c)/i*100,d=l(t)+50/i,p=[...e].sort((c,u)=>c.from<u.from?-1:c.from>u.from?1:0);return o`<ol class="care">
    ${p.map(c=>{let u=c.to||Ns(c.from,7),f=l(c.from),m=Math.max(1.5,l(u)+100/i-f);return o`<li class="care__item" data-code=${c.code} data-from=${c.from} data-to=${c.to||void 0}>
        <div class="care__when">
          ${a&&o`<strong class="care__name">${a(c.code)}</strong>`}
          <span class="care__dates">${xt(c.from,c.to)}</span>
        </div>
        <svg class="care__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <rect class="care__track" x="0" y="3" width="100" height="4" />
          <rect class=${`care__span ${c.to?"":"care__span--open"}`} x=${f} y="1" width=${m} height="8" rx="1" />
          <line class="care__session" x1=${d} x2=${d} y1="0" y2="10" />
        </svg>
        <p class="care__text">${c.instruction}</p>
      </li>`})}
  </ol>
  <p class="care__legend muted small">
    <span class="care__legend-mark" aria-hidden="true"></span> The line marks the session on ${A(t,"weekday")}.
  </p>`}var ao={forehead:{shapes:[["rect",{x:170,y:50,width:220,height:66}]],point:[240,84],label:["left",72]},temples:{shapes:[["rect",{x:170,y:116,width:34,height:64}],["rect",{x:356,y:116,width:34,height:64}]],point:[186,140],label:["left",140]},periorbital:{shapes:[["ellipse",{cx:236,cy:150,rx:32,ry:19}],["ellipse",{cx:324,cy:150,rx:32,ry:19}]],point:[348,150],label:["right",118]},cheeks:{shapes:[["ellipse",{cx:222,cy:224,rx:38,ry:40}],["ellipse",{cx:338,cy:224,rx:38,ry:40}]],point:[205,226],label:["left",214]},nose:{shapes:[["path",{d:"M280 138 L262 228 Q280 242 298 228 Z"}]],point:[292,200],label:["right",190]},perioral:{shapes:[["ellipse",{cx:280,cy:276,rx:44,ry:22}]],point:[316,276],label:["right",262]},chin:{shapes:[["ellipse",{cx:280,cy:330,rx:40,ry:24}]],point:[300,334],label:["right",334]},jawline:{shapes:[["path",{d:"M178 250 Q192 314 242 344",class:"zone__stroke"}],["path",{d:"M382 250 Q368 314 318 344",class:"zone__stroke"}]],point:[196,304],label:["left",300]}},ro={neck:{shapes:[["rect",{x:189,y:62,width:22,height:20}],["rect",{x:349,y:62,width:22,height:20}]],point:[189,72],label:["left",58]},decolletage:{shapes:[["path",{d:"M162 84 L238 84 L230 122 L170 122 Z"}]],point:[172,102],label:["left",104]},arms:{shapes:[["rect",{x:136,y:88,width:22,height:118,rx:10}],["rect",{x:242,y:88,width:22,height:118,rx:10}],["rect",{x:296,y:88,width:22,height:118,rx:10}],["rect",{x:402,y:88,width:22,height:118,rx:10}]],point:[140,150],label:["left",150]},abdomen:{shapes:[["rect",{x:168,y:150,width:64,height:68}]],point:[180,190],label:["left",196]},hands:{shapes:[["ellipse",{cx:147,cy:222,rx:11,ry:15}],["ellipse",{cx:253,cy:222,rx:11,ry:15}],["ellipse",{cx:307,cy:222,rx:11,ry:15}],["ellipse",{cx:413,cy:222,rx:11,ry:15}]],point:[140,226],label:["left",242]},thighs:{shapes:[["rect",{x:170,y:246,width:28,height:88,rx:8}],["rect",{x:202,y:246,width:28,height:88,rx:8}],["rect",{x:330,y:262,width:28,height:74,rx:8}],["rect",{x:362,y:262,width:28,height:74,rx:8}]],point:[180,292],label:["left",292]},back:{shapes:[["rect",{x:328,y:84,width:64,height:134}]],point:[384,150],label:["right",130]},buttocks:{shapes:[["ellipse",{cx:345,cy:240,rx:17,ry:21}],["ellipse",{cx:375,cy:240,rx:17,ry:21}]],point:[386,244],label:["right",236]}};function zd(e,t,a,r){let n=["zone"];return t&&n.push("zone--planned"),r&&r.includes(e)&&n.push("zone--marked"),t&&t.override_reason&&n.push("zone--override"),a===e&&n.push("zone--selected"),n.join(" ")}function Ds({table:e,byZone:t,selected:a,onSelect:r,marked:n}){return Object.entries(e).map(([s,i])=>{let l=t[s];return o`<g
      class=${zd(s,l,a,n)}
      data-zone=${s}
      onClick=${l&&r?()=>r(s):void 0}
    >
      ${i.shapes.map(([d,p])=>o`<${d} ...${p} />`)}
    </g>`})}function Os({table:e,byZone:t}){return Object.entries(e).filter(([a])=>t[a]).map(([a,r])=>{let[n,s]=r.label,i=n==="left"?6:554,l=n==="left"?"start":"end",d=t[a],p=9*Math.max(te(a).length+2,Ne(d.depth_mm).length)+6,c=n==="left"?i+p:i-p;return o`<g class=${d.capped_by_zone?"zone-label zone-label--capped":"zone-label"} data-zone=${a} data-capped=${d.capped_by_zone?"true":void 0}>
        <line x1=${c} y1=${s-4} x2=${r.point[0]} y2=${r.point[1]} />
        <circle cx=${r.point[0]} cy=${r.point[1]} r="3" />
        <text x=${i} y=${s-9} text-anchor=${l} class="zone-label__name">${te(a)}${d.override_reason?" *":""}${d.capped_by_zone?" †":""}</text>
        <text x=${i} y=${s+12} text-anchor=${l} class="zone-label__depth">${Ne(d.depth_mm)}</text>
      </g>`})}function zs(e){return e.map(t=>`${te(t.zone)} ${Ne(t.depth_mm)}${t.override_reason?" (changed)":""}${t.capped_by_zone?" (capped by the zone)":""}`).join("; ")}function Ja({zones:e,selected:t,onSelect:a,caption:r,marked:n}){let s=Object.fromEntries(e.map(d=>[d.zone,d])),i=e.filter(d=>ao[d.zone]),l=e.filter(d=>ro[d.zone]);return o`<figure class="zone-map">
    <div class="zone-map__pictures">
      ${(i.length>0||l.length===0)&&o`<svg
        class="zone-map__face"
        viewBox="0 0 560 400"
        role="img"
        aria-label=${`Face: ${i.length?zs(i):"no face zone planned"}`}
      >
        <defs><clipPath id="face-clip"><ellipse cx="280" cy="200" rx="110" ry="150" /></clipPath></defs>
        <ellipse class="outline" cx="280" cy="200" rx="110" ry="150" />
        <g clip-path="url(#face-clip)"><${Ds} table=${ao} byZone=${s} selected=${t} onSelect=${a} marked=${n} /></g>
        <g class="features" aria-hidden="true">
          <path d="M214 128 Q236 118 258 128 M302 128 Q324 118 346 128" />
          <path d="M222 151 Q236 143 250 151 Q236 158 222 151 Z M310 151 Q324 143 338 151 Q324 158 310 151 Z" />
          <path d="M258 278 Q280 288 302 278" />
        </g>
        <${Os} table=${ao} byZone=${s} />
      </svg>`}
      ${l.length>0&&o`<svg
        class="zone-map__body"
        viewBox="0 0 560 420"
        role="img"
        aria-label=${`Body, front and back: ${l.length?zs(l):"no body zone planned"}`}
      >
        <g class="silhouette" aria-hidden="true">
          <circle cx="200" cy="40" r="24" /><circle cx="360" cy="40" r="24" />
          <rect x="168" y="122" width="64" height="28" /><rect x="168" y="218" width="64" height="28" />
          <rect x="174" y="334" width="22" height="74" rx="8" /><rect x="204" y="334" width="22" height="74" rx="8" />
          <rect x="334" y="336" width="22" height="72" rx="8" /><rect x="364" y="336" width="22" height="72" rx="8" />
        </g>
        <${Ds} table=${ro} byZone=${s} selected=${t} onSelect=${a} marked=${n} />
        <text x="200" y="418" text-anchor="middle" class="zone-map__side">Front</text>
        <text x="360" y="418" text-anchor="middle" class="zone-map__side">Back</text>
        <${Os} table=${ro} byZone=${s} />
      </svg>`}
    </div>
    ${r&&o`<figcaption>${r}</figcaption>`}
  </figure>`}var la={proposed:["active","cancelled"],active:["completed","cancelled"],completed:[],cancelled:[]},oo=e=>`${e.charAt(0).toUpperCase()}${e.slice(1).replace(/\.$/,"")}.`;function Id(e){if(!e)return[];let t=(e.errors||[]).map(r=>{let n=/^\/findings\/([a-z_]+)$/.exec(r.path||"");return n?`${we(n[1])}: ${r.message}.`:oo(r.message)}),a=e.detail?oo(e.detail):"";return[a,...t.filter(r=>r.toLowerCase()!==a.toLowerCase())].filter(Boolean)}var Bd={active:{label:"Activate the plan",busy:"Activating…"},completed:{label:"Mark as completed",confirm:"Mark it completed",question:"The series is finished: the plan can no longer be changed."},cancelled:{label:"Cancel the plan",confirm:"Cancel it",question:"The plan stops here and can no longer be changed or restarted; a new series needs a new plan."}};function Md({plan:e,onPlanChange:t}){let[a,r]=h(!1),[n,s]=h(null),[i,l]=h(null),d=la[e.status]||[],p=async u=>{r(!0),s(null),l(null);try{let f=await S("PATCH",`/api/v1/plans/${e.id}`,{version:e.version,status:u});l(u),t(f.plan)}catch(f){s(f)}r(!1)},c=n&&(n.status===422||n.status===400);return o`<section class="card lifecycle" aria-labelledby="lifecycle-heading">
    <h2 id="lifecycle-heading">Status: ${tt(e.status)}</h2>
    ${d.length===0&&o`<p class="muted">This plan is ${tt(e.status).toLowerCase()}: it can no longer be changed.</p>`}
    ${e.status==="proposed"&&o`<p class="muted">Activate it when the patient agrees; the screening must allow treatment on the first session’s date.</p>`}
    ${i&&o`<${N} kind="success"><p>The plan is now ${tt(i).toLowerCase()}.</p></${N}>`}
    ${c&&o`<div class="alert alert--error" role="alert">
      <p><strong>Refused.</strong></p>
      <ul class="lifecycle__reasons">${Id(n).map(u=>o`<li>${u}</li>`)}</ul>
    </div>`}
    ${n&&!c&&o`<${k} error=${n} />`}
    ${d.length>0&&o`<div class="form-actions">
      ${d.map(u=>{let f=Bd[u];return f.confirm?o`<${ve} key=${u} label=${f.label} confirmLabel=${f.confirm} busy=${a} onConfirm=${()=>p(u)}><p>${f.question}</p></${ve}>`:o`<button key=${u} type="button" class="button" disabled=${a} onClick=${()=>p(u)}>${a?f.busy:f.label}</button>`})}
    </div>`}
  </section>`}function Fd(e,t){return(e&&e.findings||[]).filter(a=>a.level==="defer"&&a.until&&(t===null||t.has(a.code)))}function Vd({plan:e,finding:t,onPlanChange:a,onWarnings:r}){let[n,s]=h(""),[i,l]=h(!1),[d,p]=h(null),c=d&&d.status===400?d.errors:[];return o`<form class="override-form" onSubmit=${async f=>{f.preventDefault(),l(!0),p(null);try{let m=await S("PATCH",`/api/v1/plans/${e.id}`,{version:e.version,overrides:[{finding:t.code,reason:n.trim()}]});r(m.warnings||[]),a(m.plan)}catch(m){p(m),l(!1)}}} novalidate aria-label=${`Override ${we(t.code)}`} data-finding=${t.code}>
    <p><strong>${we(t.code)}</strong>: defers treatment until <${X} date=${t.until} />. ${t.message}</p>
    ${d&&d.status!==400&&o`<${k} error=${d} />`}
    ${ae(c,"/overrides/0/finding").map(f=>o`<p class="field-error">${f}</p>`)}
    <${Z}
      label="Reason for setting it aside"
      hint="Your clinical judgement for this patient; kept with the plan and shown on it."
      pointer="/overrides/0/reason"
      errors=${c}
      value=${n}
      onValue=${s}
      rows=${2}
    />
    <${T} busy=${i} className="button--secondary">Override ${we(t.code).toLowerCase()}</${T}>
  </form>`}function qd({plan:e,screening:t,overridable:a,canOverride:r,onPlanChange:n,onWarnings:s}){let i=rt(),l=new Set(e.overrides.map(c=>c.finding)),d=la[e.status].length>0,p=Fd(t,a).filter(c=>!l.has(c.code));return e.overrides.length===0&&(p.length===0||!d)?null:o`<section class="card overrides" aria-labelledby="overrides-heading">
    <h2 id="overrides-heading">Deferrals set aside</h2>
    ${e.overrides.length===0&&o`<p class="muted">None: the screening’s deferrals apply.</p>`}
    ${e.overrides.length>0&&o`<ul class="overrides__list">
      ${e.overrides.map(c=>o`<li data-finding=${c.finding}>
          <strong>${we(c.finding)}</strong> overridden: “${c.reason}”
          <br /><span class="small muted">${i(c.by)}, ${H(c.at)}</span>
        </li>`)}
    </ul>`}
    ${d&&p.length>0&&(r?p.map(c=>o`<${Vd} key=${c.code} plan=${e} finding=${c} onPlanChange=${n} onWarnings=${s} />`):o`<p class="muted">${p.map(c=>we(c.code)).join(", ")} may be set aside for this plan by a provider, with a reason.</p>`)}
  </section>`}function Ud({timelines:e}){let[t,a]=h(0);if(!e||e.length===0)return null;let r=Math.min(t,e.length-1),n=e[r];return o`<section class="card session-care" aria-labelledby="session-care-heading">
    <h2 id="session-care-heading">Preparation and aftercare, session by session</h2>
    <div class="session-tabs" role="group" aria-label="Session">
      ${e.map((s,i)=>o`<button type="button" class=${`button button--small ${i===r?"":"button--secondary"}`} aria-pressed=${i===r?"true":"false"} onClick=${()=>a(i)}>
          Session ${s.session}<span class="session-tabs__date"> · ${A(s.date)}</span>
        </button>`)}
    </div>
    <div class="grid grid--2 grid--top" data-session=${n.session}>
      <div>
        <h3>Before session ${n.session}</h3>
        ${n.prep.length?o`<${ze} items=${n.prep} sessionDate=${n.date} label=${Ut} />`:o`<p class="muted">Nothing to prepare.</p>`}
      </div>
      <div>
        <h3>After session ${n.session}</h3>
        ${n.aftercare.length?o`<${ze} items=${n.aftercare} sessionDate=${n.date} label=${ft} />`:o`<p class="muted">No aftercare.</p>`}
      </div>
    </div>
  </section>`}function jd({plan:e,onPlanChange:t,onWarnings:a}){let[r,n]=h("1"),[s,i]=h(""),[l,d]=h(""),[p,c]=h(!1),[u,f]=h(null),m=u&&u.status===400?u.errors:[];return o`<details class="move-session">
    <summary>Move a session</summary>
    <form class="form form--compact" onSubmit=${async v=>{v.preventDefault(),c(!0),f(null);try{let _={session:Number(r),date:s};l.trim()&&(_.reason=l.trim());let g=await S("PATCH",`/api/v1/plans/${e.id}`,{version:e.version,schedule:[_]});a(g.warnings||[]),t(g.plan),i(""),d("")}catch(_){f(_)}c(!1)}} novalidate aria-label="Move a session">
      ${u&&u.status!==400&&o`<${k} error=${u} />`}
      ${u&&u.status===400&&o`<${I} errors=${m} title="The move was refused" />`}
      <div class="grid grid--2">
        <${D}
          label="Session"
          pointer="/schedule/0/session"
          errors=${m}
          value=${r}
          onValue=${n}
          options=${e.schedule.map(v=>[String(v.session),`Session ${v.session} (${A(v.date)})`])}
        />
        <${C} label="New date" type="date" pointer="/schedule/0/date" errors=${m} value=${s} onValue=${i} required />
      </div>
      <${Z} label="Reason (if sessions get closer than the protocol’s spacing)" pointer="/schedule/0/reason" errors=${m} value=${l} onValue=${d} rows=${2} />
      <${T} busy=${p} className="button--secondary">Move the session</${T}>
    </form>
  </details>`}function Is({plan:e,canEdit:t,onPlanChange:a,onWarnings:r}){let n=e.schedule||[];return o`<section class="card" aria-labelledby="schedule-heading">
    <h2 id="schedule-heading">Sessions and dates</h2>
    ${n.length===0?o`<p>No dates yet: the first session is set once the deferral is resolved.</p>`:o`<ol class="sessions">
          ${n.map(s=>o`<li><span class="sessions__n">Session ${s.session}</span> <${X} date=${s.date} style="weekday" /></li>`)}
        </ol>
        <p class="muted">Every ${e.interval_days.min}–${e.interval_days.max} days${e.interval_override_reason?` (changed: ${e.interval_override_reason})`:""}.</p>`}
    ${e.maintenance&&o`<p><strong>Maintenance:</strong> ${xt(e.maintenance.from,e.maintenance.to)}</p>`}
    ${e.computed&&(e.computed.follow_up_photos||[]).length>0&&o`<p><strong>Follow-up photos:</strong> ${e.computed.follow_up_photos.map(s=>A(s)).join(", ")}</p>`}
    ${t&&n.length>0&&la[e.status].length>0&&o`<${jd} plan=${e} onPlanChange=${a} onWarnings=${r} />`}
  </section>`}function Wd({plan:e,zone:t,computed:a,onSaved:r,onCancel:n}){let s=e.zones.find(R=>R.zone===t),[i,l]=h(String(s.depth_mm.min)),[d,p]=h(String(s.depth_mm.max)),[c,u]=h(s.override_reason||""),[f,m]=h(!1),[$,v]=h(null),_=$&&$.status===400?$.errors:[],g="/zones/0",b=R=>R.trim()===""||Number.isNaN(Number(R))?R:Number(R),y=async R=>{R.preventDefault(),m(!0),v(null);try{let V=await S("PATCH",`/api/v1/plans/${e.id}`,{version:e.version,zones:[{zone:t,depth_mm:{min:b(i),max:b(d)},reason:c.trim()}]});r(V)}catch(V){v(V),m(!1)}},x=ae(_,`${g}/depth_mm`);return o`<form class="card depth-editor" onSubmit=${y} novalidate aria-labelledby="depth-editor-heading">
    <h3 id="depth-editor-heading">Change the depth: ${te(t)}</h3>
    <p class="muted">
      Protocol range ${Ne(s.protocol_depth_mm)}${a?`; hard maximum ${Number(a.hard_max_mm).toFixed(2)} mm`:""}.
      A depth outside the protocol’s range needs a reason.
    </p>
    ${$&&$.status!==400&&o`<${k} error=${$} />`}
    <${I} errors=${_} title="The change was refused" />
    <div class="grid grid--2" id=${Y(`${g}/depth_mm`)} tabindex="-1">
      <${C} label="Minimum (mm)" type="number" step="0.05" min="0.05" max="5" inputmode="decimal" pointer=${`${g}/depth_mm/min`} errors=${_} value=${i} onValue=${l} required />
      <${C} label="Maximum (mm)" type="number" step="0.05" min="0.05" max="5" inputmode="decimal" pointer=${`${g}/depth_mm/max`} errors=${_} value=${d} onValue=${p} required />
    </div>
    ${x.length>0&&o`<div class="field-error">${x.map(R=>o`<p>${R}</p>`)}</div>`}
    <${Z} label="Reason" hint="Why this zone differs from the protocol (kept with the plan)." pointer=${`${g}/reason`} errors=${_} value=${c} onValue=${u} rows=${2} />
    <div class="form-actions">
      <${T} busy=${f}>Save depth</${T}>
      <button type="button" class="button button--quiet" onClick=${n}>Cancel</button>
    </div>
  </form>`}function Hd({plan:e,computedZones:t,onEdit:a,canEdit:r}){let n=la[e.status].length>0;return o`<div class="table-scroll"><table class="table depth-table">
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
      ${e.zones.map(s=>{let i=t[s.zone];return o`<tr data-zone=${s.zone}>
          <th scope="row">${te(s.zone)}</th>
          <td class=${s.override_reason?"changed":""}>
            ${Ne(s.depth_mm)}
            ${i&&i.capped_by_zone&&o`<br /><span class="capped small">† capped by the zone</span>`}
          </td>
          <td>${Ne(s.protocol_depth_mm)}</td>
          <td>${i?`${Number(i.hard_max_mm).toFixed(2)} mm`:"—"}</td>
          <td>${s.override_reason||"—"}</td>
          ${r&&o`<td>${n&&o`<button type="button" class="button button--secondary button--small" onClick=${()=>a(s.zone)}>
            Change<span class="visually-hidden"> ${te(s.zone)}</span>
          </button>`}</td>`}
        </tr>`})}
    </tbody>
  </table></div>`}function Bs({plan:e,onPlanChange:t,canEdit:a,canOverride:r=!1,screening:n=null,overridable:s=null}){let[i,l]=h(null),[d,p]=h([]),c=e.schedule&&e.schedule[0]?e.schedule[0].date:null;if(!e.zones)return o`<div class="stack">
      <p><${L} kind="neutral">${tt(e.status)}</${L}> ${ee(e.sessions,"session")}</p>
      <${Is} plan=${e} />
      <p class="muted">Depths and clinical details are for the clinic’s providers.</p>
    </div>`;let u=e.computed||{},f=Object.fromEntries((u.zones||[]).map(b=>[b.zone,b])),m=(e.schedule||[]).map(b=>A(b.date)).join(", "),$=la[e.status].length>0,v=e.zones.map(b=>({...b,capped_by_zone:!!(f[b.zone]&&f[b.zone].capped_by_zone)})),_=v.some(b=>b.capped_by_zone),g=b=>{!a||!$||(p([]),l(b),requestAnimationFrame(()=>document.getElementById("depth-editor-heading")?.scrollIntoView({block:"nearest"})))};return o`<div class="stack">
    <div class="plan-summary">
      <${L} kind="neutral">${tt(e.status)}</${L}>
      <span>${ee(e.sessions,"session")} every ${e.interval_days.min}–${e.interval_days.max} days</span>
      ${c&&o`<span>first on <strong>${A(c,"weekday")}</strong></span>`}
      ${(u.adjuncts||[]).length>0&&o`<span>Adjuncts: ${u.adjuncts.map(jt).join(", ")}</span>`}
      <span class="muted">Protocol ${e.protocol.name} ${e.protocol.version}</span>
    </div>
    ${d.map(b=>o`<${N} kind="warning"><p>${oo(b)}</p></${N}>`)}
    <section class="card" aria-labelledby="zones-heading">
      <h2 id="zones-heading">Zones and depths</h2>
      <div class="plan-zones">
        <${Ja}
          zones=${v}
          selected=${i}
          onSelect=${a&&$?g:null}
          caption=${`${ee(e.sessions,"session")}${m?`: ${m}`:""}. Depth is the needle-length setting; * marks a depth changed from the protocol${_?"; † a depth the zone’s default capped below what the concern asks for (deeper only as a change with a reason)":""}.`}
        />
        <div class="plan-zones__table">
          <${Hd} plan=${e} computedZones=${f} onEdit=${g} canEdit=${a} />
          ${i&&o`<${Wd}
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
    ${a&&o`<${Md} plan=${e} onPlanChange=${t} />`}
    <${qd}
      plan=${e}
      screening=${n}
      overridable=${s}
      canOverride=${r}
      onPlanChange=${t}
      onWarnings=${p}
    />
    <${Is} plan=${e} canEdit=${a} onPlanChange=${t} onWarnings=${p} />
    ${(u.timelines||[]).length>0?o`<${Ud} timelines=${u.timelines} />`:c&&o`<div class="grid grid--2 grid--top">
          <section class="card" aria-labelledby="prep-heading">
            <h2 id="prep-heading">Preparation before session 1</h2>
            <${ze} items=${u.prep} sessionDate=${c} label=${Ut} />
          </section>
          <section class="card" aria-labelledby="aftercare-heading">
            <h2 id="aftercare-heading">Aftercare after session 1</h2>
            <${ze} items=${u.aftercare} sessionDate=${c} label=${ft} />
          </section>
        </div>`}
    ${(u.adjunct_notes||[]).length>0&&o`<section class="card"><h2>Adjuncts</h2><ul>${u.adjunct_notes.map(b=>o`<li><strong>${jt(b.code)}</strong>${b.after_healing?" (after healing)":""}${b.evidence?`: ${b.evidence}`:""}</li>`)}</ul></section>`}
    ${(u.notes||[]).length>0&&o`<section class="card plan-notes"><h2>Notes</h2><ul>${u.notes.map(b=>o`<li data-topic=${b.topic}>${b.note}</li>`)}</ul></section>`}
  </div>`}function Ms(e){return e.map((t,a)=>({...t,gap_days:a===0?null:mn(e[a-1].start_local,t.start_local)}))}function Fs(e,t){let a=new Set;for(let r of e&&e.errors||[]){let n=/^\/sessions\/(\d+)/.exec(r.path||"");n&&t[+n[1]]&&a.add(t[+n[1]].session)}return[...a]}function Gd({session:e,patientId:t,timeZone:a,onClose:r,onMove:n}){let[s,i]=h(e.start_local);return o`<${ye} title=${`Move session ${e.session}`} onClose=${r} wide>
    <p>Proposed: <strong>${A(re(e.start_local),"weekday")}, ${Se(e.start_local)}</strong>. Pick another free time, or type one.</p>
    <${ht}
      kind="treatment"
      patientId=${t}
      timeZone=${a}
      initialDate=${re(e.start_local)}
      initialProvider=${e.provider_id}
      label=${`use for session ${e.session}`}
      onPick=${l=>n({...e,start_local:l.start_local,end_local:l.end_local||"",provider_id:l.provider_id,room_id:l.room_id,device_id:l.device_id,moved:!0})}
    />
    <form
      class="form form--compact exact-time"
      novalidate
      onSubmit=${l=>{l.preventDefault(),s&&n({...e,start_local:s,end_local:"",room_id:null,device_id:null,moved:!0})}}
    >
      <div class="inline-form">
        <${C} label="Or type a start" pointer="/series-start" type="datetime-local" value=${s} onValue=${i} hint="Clinic time; the same provider, the first free room and pen" />
        <button type="submit" class="button button--secondary">Use this time</button>
      </div>
    </form>
  </${ye}>`}function Zd({sessions:e,minGap:t,providerName:a,resourceName:r,taken:n,onMove:s}){return o`<div class="table-scroll"><table class="table series-table">
    <caption class="visually-hidden">Proposed sessions</caption>
    <thead>
      <tr><th scope="col">Session</th><th scope="col">Date and time</th><th scope="col">Provider</th><th scope="col">Room</th><th scope="col">Pen</th><th scope="col">Gap</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr>
    </thead>
    <tbody>
      ${e.map(i=>o`<tr class=${i.moved?"session--moved":""} data-session=${i.session}>
          <th scope="row">${i.session}${n.includes(i.session)?o` <span class="badge badge--stop">Taken</span>`:""}</th>
          <td><time datetime=${i.start_local}>${A(re(i.start_local),"weekday")}, ${i.end_local?Ve(i):Se(i.start_local)}</time>${i.moved?o` <span class="muted">(moved)</span>`:""}</td>
          <td>${a(i.provider_id)}${i.provider_changed?o` <span class="muted">(another provider)</span>`:""}</td>
          <td>${i.room_id?r(i.room_id):o`<span class="muted">first free</span>`}</td>
          <td>${i.device_id?r(i.device_id):o`<span class="muted">first free</span>`}</td>
          <td class=${i.gap_days!==null&&t&&i.gap_days<t?"gap--short":""}>
            ${i.gap_days===null?"—":ee(i.gap_days,"day")}${i.gap_days!==null&&t&&i.gap_days<t?o`<span> (under ${t})</span>`:""}
          </td>
          <td><button type="button" class="button button--quiet button--small" onClick=${()=>s(i)}>Move<span class="visually-hidden"> session ${i.session}</span></button></td>
        </tr>`)}
    </tbody>
  </table></div>`}function Vs({plan:e,patientName:t,role:a,timeZone:r}){let{providers:n,nameOf:s}=Ce(),i=ot(),l=P(`/api/v1/patients/${e.patient_id}/appointments`),[d,p]=h(""),[c,u]=h(null),[f,m]=h(!1),[$,v]=h(null),[_,g]=h([]),[b,y]=h(null),[x,R]=h(""),[V,q]=h(null),[W,fe]=h(!1),[$e,he]=h(null),oe=e.interval_days?e.interval_days.min:null,K=async()=>{let M={};d&&(M.provider_id=Number(d));let ce=await S("POST",`/api/v1/plans/${e.id}/series/proposal`,M);u({...ce,sessions:Ms(ce.sessions)})},ge=async M=>{m(!0),v(null);try{await M()}catch(ce){v(ce)}m(!1)},vt=M=>ge(async()=>{let ce={sessions:c.sessions.map(ne=>{let lt={session:ne.session,start:ne.start_local,provider_id:ne.provider_id};return ne.room_id&&(lt.room_id=ne.room_id),ne.device_id&&(lt.device_id=ne.device_id),lt})};M&&(ce.override_reason=M);try{let ne=await S("POST",`/api/v1/plans/${e.id}/series`,ce);q(ne),u(null),g([]),l.reload()}catch(ne){if(ne.status===409){g(Fs(ne,c.sessions).length?Fs(ne,c.sessions):[]),v(ne),await K();return}throw ne}}),qe=(l.data?l.data.items.filter(M=>M.plan_id===e.id).sort((M,ce)=>M.start_local.localeCompare(ce.start_local)):[]).filter(M=>M.status!=="cancelled"),j=qe.filter(M=>M.status==="booked"||M.status==="confirmed"),Ke=$&&$.status===422?Ra($):null,or=e.status==="active";return o`<section class="card series" aria-labelledby="series-heading">
    <h2 id="series-heading">Booked sessions</h2>
    ${l.loading&&!l.data&&o`<${E} />`}
    <${k} error=${l.error} onRetry=${l.reload} />
    ${V&&o`<${N} kind="success">
      <p class="series-booked">${ee(V.items.length,"session")} booked in one go.</p>
      ${V.warnings&&V.warnings.length>0&&o`<ul class="warnings">${V.warnings.map(M=>o`<li>Session ${M.session}: ${M.message}</li>`)}</ul>`}
    </${N}>`}
    ${$e!==null&&o`<${N} kind="success"><p class="series-cancelled">${ee($e,"remaining session")} cancelled.</p></${N}>`}
    ${qe.length>0&&o`<ol class="sessions booked-sessions">
      ${qe.map(M=>o`<li data-appointment=${M.id}>
          <span class="sessions__n">Session ${M.session_number}</span>
          <a href=${`/staff/calendar?view=day&date=${re(M.start_local)}&appointment=${M.id}`}>${A(re(M.start_local),"weekday")}, ${Ve(M)}</a>
          · ${s(M.provider_id)} · ${He(M.status)}
        </li>`)}
    </ol>`}
    ${l.data&&qe.length===0&&!c&&o`<p class="muted">No session of this plan is booked yet.${e.status==="proposed"?" Activate the plan to book its series.":""}</p>`}
    ${j.length>0&&o`<div class="series-cancel">
      <${De} id="close-plan" label="Also close the plan" checked=${W} onChecked=${fe} />
      <button
        type="button"
        class="button button--secondary"
        disabled=${f}
        onClick=${()=>ge(async()=>{let M=await S("POST",`/api/v1/plans/${e.id}/series/cancel`,{close_plan:W});q(null),he(M.items.length),l.reload()})}
      >
        Cancel remaining sessions (${j.length})
      </button>
    </div>`}
    ${or&&qe.length===0&&!c&&o`<div class="inline-form series-start">
      <${D}
        label="Provider for the series"
        pointer="/provider_id"
        value=${d}
        onValue=${p}
        placeholder="Any provider"
        options=${n.map(M=>[String(M.id),M.display_name])}
      />
      <button type="button" class="button" disabled=${f} onClick=${()=>ge(K)}>${f?"Proposing…":"Book series"}</button>
    </div>`}
    ${$&&$.status===409&&o`<div class="alert alert--error" role="alert">
      <p class="series-taken">
        Nothing was booked: ${_.length?`the time of session ${_.join(", ")} was taken meanwhile`:"a time was taken meanwhile"}.
        ${$.errors.length?$.errors.map(M=>M.message).join("; "):$.detail}. A new proposal is shown below.
      </p>
    </div>`}
    ${Ke&&o`<div class="alert alert--warning" role="alert">
      <p><strong>Sessions too close together.</strong></p>
      <ul>${Ke.map(M=>o`<li>${M}</li>`)}</ul>
      ${a==="provider"?o`<form
            class="form form--compact"
            novalidate
            onSubmit=${M=>{M.preventDefault(),vt(x.trim())}}
          >
            <${Z} label="Your reason for the shorter gap" pointer="/override_reason" value=${x} onValue=${R} rows="2" required />
            <${T} busy=${f} busyLabel="Booking…">Book anyway, with this reason</${T}>
          </form>`:o`<p>Only a provider can book sessions closer than the plan allows. Move the session later, or ask the provider.</p>`}
    </div>`}
    ${$&&$.status!==409&&!Ke&&o`<${xe} error=${$} />`}
    ${c&&o`<div class="series-proposal">
      <h3>Proposal for ${t}</h3>
      <p class="muted">
        ${ee(c.sessions.length,"session")} of ${c.minutes} minutes, in the clinic’s time (${c.time_zone}).
        ${oe?` The plan wants at least ${oe} days between sessions.`:""}
      </p>
      ${c.unplaceable&&o`<${N} kind="warning"><p>Session ${c.unplaceable.session} could not be placed between ${A(c.unplaceable.from)} and ${A(c.unplaceable.to)}: ${c.unplaceable.reason}.</p></${N}>`}
      <${Zd} sessions=${c.sessions} minGap=${oe} providerName=${s} resourceName=${i.nameOf} taken=${_} onMove=${y} />
      <div class="form-actions">
        <button type="button" class="button" disabled=${f||c.sessions.length===0} onClick=${()=>vt("")}>
          ${f?"Booking…":`Confirm and book all ${c.sessions.length} sessions`}
        </button>
        <button type="button" class="button button--quiet" disabled=${f} onClick=${()=>ge(K)}>Propose again</button>
        <button type="button" class="button button--quiet" onClick=${()=>(u(null),v(null),g([]))}>Discard</button>
      </div>
    </div>`}
    ${b&&o`<${Gd}
      session=${b}
      patientId=${e.patient_id}
      timeZone=${r}
      onClose=${()=>y(null)}
      onMove=${M=>{y(null),g(_.filter(ce=>ce!==M.session)),u({...c,sessions:Ms(c.sessions.map(ce=>ce.session===M.session?M:ce))})}}
    />`}
  </section>`}function Yd(e){try{let t=ia(e).findings||{};return new Set(Object.entries(t).filter(([,a])=>a&&a.overridable===!0).map(([a])=>a))}catch{return null}}function qs({session:e,id:t}){let a=at(e.role),r=P(`/api/v1/plans/${t}`),n=r.data?r.data.patient_id:null,s=P(n?`/api/v1/patients/${n}`:null),i=P(a&&r.data?`/api/v1/consultations/${r.data.consultation_id}`:null),l=P(a?"/api/v1/protocol":null),d=P("/api/v1/clinic"),p=!a||(i.data!==null||i.error!==null)&&(l.data!==null||l.error!==null);if(F(r.data!==null&&s.data!==null&&p,"plan"),r.error)return o`<${w}>Treatment plan</${w}><${k} error=${r.error} onRetry=${r.reload} />`;if(!r.data)return o`<${w}>Treatment plan</${w}><${E} label="Loading the plan…" />`;let c=s.data?U(s.data):`patient #${r.data.patient_id}`;return o`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${r.data.patient_id}`}>${c}</a></p>
    <${w} title="Treatment plan">Treatment plan: ${c}</${w}>
    <${Bs}
      plan=${r.data}
      onPlanChange=${r.setData}
      canEdit=${a}
      canOverride=${e.role==="provider"}
      screening=${i.data?i.data.screening:null}
      overridable=${l.data?Yd(l.data.toml):null}
    />
    <${Vs} plan=${r.data} patientName=${c} role=${e.role} timeZone=${d.data?d.data.time_zone:void 0} />
  </div>`}var Kd={proposed:"Proposed by your clinic",active:"In progress",completed:"Completed",cancelled:"Cancelled"};function Us({plan:e,patientName:t}){let a=e.schedule||[],r=e.timelines||[];return o`<article class="portal-plan" aria-labelledby=${`plan-${e.id}-heading`}>
    <header class="portal-plan__head">
      <h2 id=${`plan-${e.id}-heading`}>Your microneedling plan</h2>
      <p>${t} · ${Kd[e.status]||e.status} · ${ee(e.sessions,"session")}</p>
    </header>
    <section class="card">
      <h3>Your sessions</h3>
      ${a.length===0?o`<p>Your clinic will give you the dates once you are ready to start.</p>`:o`<ol class="sessions sessions--large">
            ${a.map(n=>o`<li><span class="sessions__n">Session ${n.session}</span> <${X} date=${n.date} style="long" /></li>`)}
          </ol>
          <p>Sessions are about ${Math.round(e.interval_days.min/7)} to ${Math.round(e.interval_days.max/7)} weeks apart, so your skin can heal and rebuild in between.</p>`}
    </section>
    ${r.length>0&&o`<section class="card" data-session=${r[0].session}>
        <h3>Before your first session</h3>
        <p class="muted">On <${X} date=${r[0].date} style="long" />.</p>
        <${ze} items=${r[0].prep} sessionDate=${r[0].date} label=${null} />
      </section>
      <section class="card" data-session=${r[0].session}>
        <h3>After your first session</h3>
        <${ze} items=${r[0].aftercare} sessionDate=${r[0].date} label=${null} />
      </section>
      ${r.slice(1).map(n=>o`<section class="card portal-session" data-session=${n.session}>
          <h3>Session ${n.session}: <${X} date=${n.date} style="long" /></h3>
          <details class="portal-session__details">
            <summary>Before and after session ${n.session}</summary>
            <h4>Before</h4>
            <${ze} items=${n.prep} sessionDate=${n.date} label=${null} />
            <h4>After</h4>
            <${ze} items=${n.aftercare} sessionDate=${n.date} label=${null} />
          </details>
        </section>`)}`}
    ${(e.follow_up_photos||[]).length>0&&o`<section class="card">
      <h3>Follow-up photos</h3>
      <p>${`Results build over three to six months. Your clinic will take photos around ${e.follow_up_photos.map(n=>A(n,"long")).join(", ")}.`}</p>
    </section>`}
    ${e.maintenance&&o`<section class="card">
      <h3>Keeping the results</h3>
      <p>${`A maintenance session between ${A(e.maintenance.from,"long")} and ${A(e.maintenance.to,"long")} keeps the results going.`}</p>
    </section>`}
    <section class="card card--warning">
      <h3>Call the clinic straight away if</h3>
      <p>you have a cold sore, a rash, a breakout or sunburn before a session, or pus, fever, spreading redness or increasing pain after one.</p>
    </section>
  </article>`}function Qd({patientId:e}){let t=P(`/api/v1/patients/${e}/appointments`),a=Date.now(),r=t.data?t.data.items.filter(n=>n.status!=="cancelled"&&n.status!=="no_show"&&n.status!=="completed"&&Date.parse(n.end)>a).sort((n,s)=>n.start.localeCompare(s.start)):[];return t.error?o`<${k} error=${t.error} onRetry=${t.reload} />`:t.data?o`<section class="card" aria-labelledby="upcoming-heading">
    <h2 id="upcoming-heading">Upcoming sessions</h2>
    ${r.length===0?o`<p>No visits booked yet. Your clinic will book them with you.</p>`:o`<ul class="upcoming">
          ${r.map(n=>o`<li data-appointment=${n.id}>
              <span>
                <strong><${X} date=${n.start_local.slice(0,10)} style="long" /></strong> at ${n.start_local.slice(11,16)}
                ${n.session_number?` · session ${n.session_number} of ${n.session_count}`:n.kind==="consultation"?" · consultation":""}
              </span>
              <a class="button button--secondary button--small no-print" href=${`/api/v1/appointments/${n.id}/calendar.ics`} download=${`appointment-${n.id}.ics`}>
                Add to my calendar<span class="visually-hidden"> (${n.start_local.replace("T"," ")})</span>
              </a>
            </li>`)}
        </ul>`}
  </section>`:null}function Jd({patientId:e}){let t=P(`/api/v1/patients/${e}/sessions`);if(t.error)return o`<${k} error=${t.error} onRetry=${t.reload} />`;if(!t.data)return null;let a=t.data.items.filter(r=>r.status==="signed_off").sort((r,n)=>n.date.localeCompare(r.date)||n.id-r.id);return a.length===0?null:o`<section class="card no-print" aria-labelledby="my-sessions-heading">
    <h2 id="my-sessions-heading">Your sessions</h2>
    <ul class="my-sessions">
      ${a.map(r=>o`<li data-session=${r.id}>
          <span><strong><${X} date=${r.date} style="long" /></strong> · session ${r.number}${r.sessions_planned?` of ${r.sessions_planned}`:""}</span>
          <span class="my-sessions__links">
            <a href=${`/portal/sessions/${r.id}/aftercare`}>Aftercare<span class="visually-hidden"> after session ${r.number}</span></a>
            <a href=${`/portal/sessions/${r.id}/concern`}>Report a concern<span class="visually-hidden"> after session ${r.number}</span></a>
          </span>
        </li>`)}
    </ul>
  </section>`}function js(){return o`<button type="button" class="button no-print" onClick=${()=>window.print()}>Print or save as PDF</button>`}function Ws({session:e}){let t=e.user.patient_id,a=P(`/api/v1/patients/${t}`),r=P(`/api/v1/patients/${t}/plans`);F(a.data!==null&&r.data!==null,"portal");let n=a.data?U(a.data):e.user.display_name,s=r.data?[...r.data.items].sort((l,d)=>d.id-l.id):[],i=s.find(l=>l.status!=="cancelled")||s[0];return o`<div class="stack portal">
    <div class="page-head">
      <div>
        <${w} title="My plan">Hello, ${n}</${w}>
        <p class="lead">Your treatment plan, and how to prepare for each session.</p>
      </div>
      ${i&&o`<${js} />`}
    </div>
    <${k} error=${a.error||r.error} onRetry=${()=>(a.reload(),r.reload())} />
    ${r.loading&&o`<${E} label="Loading your plan…" />`}
    <${Jd} patientId=${t} />
    <${Qd} patientId=${t} />
    ${r.data&&!i&&o`<${O}>Your clinic has not made a treatment plan for you yet.</${O}>`}
    ${i&&o`<${Us} plan=${i} patientName=${n} />`}
    ${s.length>1&&o`<section class="card no-print">
      <h2>Earlier plans</h2>
      <ul>${s.filter(l=>l!==i).map(l=>o`<li><a href=${`/portal/plans/${l.id}`}>Plan of ${ee(l.sessions,"session")}${l.schedule&&l.schedule[0]?`, from ${A(l.schedule[0].date)}`:""}</a></li>`)}</ul>
    </section>`}
  </div>`}function Hs({session:e,id:t}){let a=P(`/api/v1/plans/${t}`);return F(a.data!==null,"portal-plan"),o`<div class="stack portal">
    <p class="crumbs no-print"><a href="/portal">My plan</a></p>
    <div class="page-head">
      <${w} title="Treatment plan">Treatment plan</${w}>
      ${a.data&&o`<${js} />`}
    </div>
    ${a.loading&&o`<${E} label="Loading the plan…" />`}
    ${a.error&&(a.error.status===404?o`<div class="alert alert--error" role="alert"><p>There is no plan of yours at this address.</p></div>`:o`<${k} error=${a.error} onRetry=${a.reload} />`)}
    ${a.data&&o`<${Us} plan=${a.data} patientName=${e.user.display_name} />`}
  </div>`}function Gs({error:e,what:t}){return e?e.status===404?o`<div class="alert alert--error" role="alert"><p>There is no ${t} of yours at this address.</p></div>`:e.status===422?o`<div class="alert alert--info" role="status"><p>Your aftercare appears here once the clinic has finished the session’s record.</p></div>`:o`<${k} error=${e} />`:null}function Xd(e){return[...e||[]].sort((t,a)=>t.from.localeCompare(a.from)||String(t.to||"9999").localeCompare(String(a.to||"9999")))}function no(e){return`tel:${String(e||"").replace(/[^+0-9]/g,"")}`}function Zs({id:e}){let t=P(`/api/v1/sessions/${e}/aftercare`);F(t.data!==null||t.error!==null,"portal-aftercare");let a=t.data,r=a?ue(a.time_zone):"",{days:n,open:s}=a?Nn(a):{days:[],open:[]};return o`<div class="stack portal aftercare">
    <p class="crumbs no-print"><a href="/portal">My plan</a></p>
    <div class="page-head">
      <div>
        <${w} title="Aftercare">Aftercare</${w}>
        ${a&&o`<p class="lead">After your session on <time datetime=${a.date}>${A(a.date,"long")}</time>${a.clinic?` at ${a.clinic.name}`:""}.</p>`}
      </div>
      ${a&&o`<button type="button" class="button no-print" onClick=${()=>window.print()}>Print</button>`}
    </div>
    ${t.loading&&o`<${E} label="Loading your aftercare…" />`}
    <${Gs} error=${t.error} what="session" />
    ${a&&o`<ol class="aftercare-days no-print" aria-label="Day by day">
        ${n.map(i=>o`<li class=${`aftercare-day ${i.date===r?"aftercare-day--today":""}`} data-date=${i.date} aria-current=${i.date===r?"date":void 0}>
            <h2 class="aftercare-day__title">
              <time datetime=${i.date}>${A(i.date,"long")}</time>
              <span class="aftercare-day__n">${i.day===0?"the day of your session":`day ${i.day}`}</span>
              ${i.date===r&&o`<span class="aftercare-day__today">Today</span>`}
            </h2>
            <ul>${i.items.map(l=>o`<li data-code=${l.code}>${l.instruction}</li>`)}</ul>
          </li>`)}
      </ol>
      ${s.length>0&&o`<section class="card no-print" aria-labelledby="later-heading">
        <h2 id="later-heading">Later on</h2>
        <ul>${s.map(i=>o`<li data-code=${i.code}><strong>From ${A(i.from,"long")}:</strong> ${i.instruction}</li>`)}</ul>
      </section>`}
      <table class="aftercare-print print-only">
        <caption>Aftercare after your session on ${A(a.date,"long")}</caption>
        <thead><tr><th scope="col">When</th><th scope="col">What to do</th></tr></thead>
        <tbody>
          ${Xd(a.items).map(i=>o`<tr data-code=${i.code}>
              <th scope="row">${xt(i.from,i.to)}</th>
              <td>${i.instruction}</td>
            </tr>`)}
        </tbody>
      </table>
      <section class="card card--warning aftercare-warning" aria-labelledby="warning-heading">
        <h2 id="warning-heading">Call the clinic straight away if you notice</h2>
        <ul>${(a.warning_signs||[]).map(i=>o`<li>${i}</li>`)}</ul>
        ${a.clinic&&o`<p class="aftercare-clinic">
          ${a.clinic.name}${a.clinic.phone?o`: <a href=${no(a.clinic.phone)}>${a.clinic.phone}</a>`:""}
        </p>`}
        <p class="no-print"><a href=${`/portal/sessions/${e}/concern`}>Report a concern</a></p>
      </section>`}
  </div>`}function Ys({id:e}){let[t,a]=h([]),[r,n]=h(""),[s,i]=h(""),[l,d]=h(null),[p,c]=h(""),[u,f]=h(null),[m,$]=h([]),v=le();F(!0,"portal-concern");let _=m.length?m:me(v.problem),g=async b=>{if(b.preventDefault(),t.length===0&&!s.trim()){$([{path:"/symptoms",message:"tick what you notice, or describe it in the note"}]);return}$([]);let y={symptoms:t};r&&(y.started_on=r),s.trim()&&(y.note=s.trim());let x=await v.run(()=>S("POST",`/api/v1/sessions/${e}/adverse-reports`,y));if(x){if(l)try{let R=await S("POST",`/api/v1/adverse-reports/${x.id}/photo`,l,{contentType:l.type||"image/jpeg"});f(R||x);return}catch(R){c(R.detail||"The photo could not be sent.")}f(x)}};if(u){let b=u.call_clinic_now;return o`<div class="stack portal concern-answer" data-urgency=${u.urgency}>
      <p class="crumbs"><a href="/portal">My plan</a></p>
      <${w} title="Your report">${b?"Please call the clinic now":"Thank you: your clinic has your report"}</${w}>
      ${b&&u.clinic&&o`<a class="call-now" href=${no(u.clinic.phone)}>
        <span class="call-now__label">Call the clinic now</span>
        <span class="call-now__phone">${u.clinic.phone}</span>
        <span class="call-now__name">${u.clinic.name}</span>
      </a>`}
      <section class=${`card ${b?"card--warning":""}`} aria-labelledby="advice-heading">
        <h2 id="advice-heading">What to do</h2>
        <p class="concern-answer__advice">${u.advice}</p>
        <ul class="concern-answer__symptoms">
          ${(u.triage&&u.triage.symptoms||[]).map(y=>o`<li data-symptom=${y.symptom}><strong>${Qt(y.symptom)}</strong> <span class="muted small">(${At(y.urgency).toLowerCase()})</span>: ${y.message}</li>`)}
        </ul>
        ${!b&&u.clinic&&u.clinic.phone&&o`<p>If it gets worse, call ${u.clinic.name}: <a href=${no(u.clinic.phone)}>${u.clinic.phone}</a>.</p>`}
        ${u.photo_url&&o`<p class="muted">Your photo was sent with the report.</p>`}
        ${p&&o`<p class="field-error" role="alert">Your report was sent, but not the photo: ${p}</p>`}
      </section>
      <p><a href=${`/portal/sessions/${e}/aftercare`}>Back to your aftercare</a></p>
    </div>`}return o`<div class="stack portal narrow">
    <p class="crumbs"><a href="/portal">My plan</a></p>
    <${w} title="Report a concern">Report a concern</${w}>
    <p class="lead">Tell your clinic how your skin is after the session. If you feel very unwell, call the clinic or emergency services straight away.</p>
    <form class="form card" onSubmit=${g} novalidate>
      <${I} errors=${_} />
      ${v.problem&&me(v.problem).length===0&&o`<${Gs} error=${v.problem} what="session" />`}
      <${Pe} legend="What do you notice?" pointer="/symptoms" errors=${_} options=${Lr} values=${t} onValues=${a} columns=${2} />
      <${C} label="When did it start? (optional)" pointer="/started_on" errors=${_} type="date" value=${r} onValue=${n} max=${ue()} />
      <${Z} label="Anything else (optional)" pointer="/note" errors=${_} value=${s} onValue=${i} />
      <div class="field">
        <label for="concern-photo">A photo of it (optional)</label>
        <p class="hint" id="concern-photo-hint">JPEG or PNG; only the clinic sees it.</p>
        <input id="concern-photo" type="file" accept="image/jpeg,image/png" aria-describedby="concern-photo-hint"
          onChange=${b=>d(b.target.files&&b.target.files[0]||null)} />
      </div>
      <${T} busy=${v.busy} busyLabel="Sending…">Send to the clinic</${T}>
    </form>
  </div>`}function ec(e){return e?Object.entries(e).map(([t,a])=>`${a} ${a===1?t.replace(/s$/,""):t}`).join(" "):"—"}function Ks(e){return e===0?"session day":e<0?`${-e} days before`:`${e} days after`}function da({rule:e}){return!e.source&&!e.evidence?"—":o`${e.evidence&&o`<p class="small">${e.evidence}</p>`}
    ${e.source&&o`<details class="small"><summary>Source</summary><p>${e.source}</p></details>`}`}function _t({caption:e,head:t,rows:a}){return o`<section class="card protocol-table">
    <h2>${e}</h2>
    <div class="table-scroll">
      <table class="table">
        <thead><tr>${t.map(r=>o`<th scope="col">${r}</th>`)}</tr></thead>
        <tbody>${a.map(r=>o`<tr>${r.map((n,s)=>s===0?o`<th scope="row">${n}</th>`:o`<td>${n}</td>`)}</tr>`)}</tbody>
      </table>
    </div>
  </section>`}function tc({doc:e}){let t=e.series||{},a=Object.entries(e.zones||{}),r=Object.entries(e.concerns||{}),n=Object.entries(e.findings||{}),s=(l,d)=>(l||[]).map(p=>[d(p.code),`${Ks(p.from_day)} → ${p.open_ended?"open-ended":Ks(p.to_day)}`,p.only_with?`Only with: ${p.only_with.map(we).join(", ")}`:"Everyone",o`<p>${p.instruction}</p><${da} rule=${p} />`]),i=e.findings&&e.findings.recent_procedure&&e.findings.recent_procedure.window_days||{};return o`<div class="stack">
    <${_t}
      caption="Series"
      head=${["Rule","Value"]}
      rows=${[["Sessions",t.sessions?`${t.sessions.min}–${t.sessions.max}`:"—"],["Interval",t.interval_days?`${t.interval_days.min}–${t.interval_days.max} days`:"—"],["Maintenance",t.maintenance_months?`${t.maintenance_months.from}–${t.maintenance_months.to} months after the last session`:"—"],["Follow-up photos",t.follow_up_photo_months?`${t.follow_up_photo_months.join(", ")} months after the last session`:"—"],["Depth reduction with PIH risk",t.pih_depth_reduction_mm!==void 0?`${t.pih_depth_reduction_mm} mm`:"—"]]}
    />
    <${_t}
      caption="Zones"
      head=${["Zone","Default depth","Hard maximum","Source and evidence"]}
      rows=${a.map(([l,d])=>[te(l),Ne(d.depth_mm),`${Number(d.hard_max_mm).toFixed(2)} mm`,o`<${da} rule=${d} />`])}
    />
    <${_t}
      caption="Concerns"
      head=${["Concern","Sessions","Depth","Notes"]}
      rows=${r.map(([l,d])=>[mt(l),d.unsuitable?"—":d.sessions_by_severity?`${d.sessions_by_severity.join(" / ")} by severity`:d.sessions,d.unsuitable?"Not treated":d.depth_mm_by_severity?d.depth_mm_by_severity.map(Ne).join(" / "):Ne(d.depth_mm),o`${d.alternatives&&o`<p>Alternatives: ${d.alternatives.join(", ")}${d.unsuitable_from_severity?` (from severity ${d.unsuitable_from_severity})`:""}</p>`}<${da} rule=${d} />`])}
    />
    <${_t}
      caption="Screening findings"
      head=${["Finding","Level","Waiting period","Actions","Message"]}
      rows=${n.map(([l,d])=>[we(l),Ca(d.level),l==="recent_procedure"?Object.entries(i).map(([p,c])=>`${p.replaceAll("_"," ")} ${c} d`).join(", "):ec(d.window),(d.actions||[]).map(Me).join(", ")||"—",o`<p>${d.message}</p><${da} rule=${d} />`])}
    />
    <${_t} caption="Preparation" head=${["Item","When","For","Instruction"]} rows=${s(e.prep,Ut)} />
    <${_t} caption="Aftercare" head=${["Item","When","For","Instruction"]} rows=${s(e.aftercare,ft)} />
    <${_t}
      caption="Adjuncts"
      head=${["Adjunct","For","Notes"]}
      rows=${(e.adjuncts||[]).map(l=>[jt(l.code),l.for==="all"?"All concerns":(l.for||[]).map(mt).join(", "),o`${l.optional?"Optional. ":""}${l.after_healing?"Only after healing. ":""}<${da} rule=${l} />`])}
    />
  </div>`}function ac(e){let t=/:(\d+)$/.exec(e||"");return t?Number(t[1]):null}function rc({current:e,onUploaded:t}){let[a,r]=h(""),[n,s]=h(!1),[i,l]=h(null),[d,p]=h(null),c=G(null),u=$=>{let v=c.current;if(!v)return;let _=v.value.split(`
`),g=_.slice(0,$-1).reduce((y,x)=>y+x.length+1,0);v.focus(),v.setSelectionRange(g,g+(_[$-1]||"").length);let b=v.scrollHeight/Math.max(1,_.length);v.scrollTop=Math.max(0,($-4)*b)},f=async $=>{$.preventDefault(),s(!0),l(null),p(null);try{let v=await S("PUT","/api/v1/protocol",a,{contentType:"application/toml"});p(v),t()}catch(v){l(v)}s(!1)},m=async $=>{let v=$.currentTarget.files[0];v&&r(await v.text())};return o`<section class="card" aria-labelledby="upload-heading">
    <h2 id="upload-heading">Upload a new version</h2>
    <p>Edit the protocol below (or load a file), give it a new <code>version</code>, and upload. The server checks every rule and refuses an unsafe file, naming each problem’s line.</p>
    <div class="form-actions">
      <button type="button" class="button button--secondary" onClick=${()=>r(e.toml)}>Start from version ${e.version}</button>
      <label class="button button--secondary file-button">Load a file<input type="file" accept=".toml,text/plain" class="visually-hidden" onChange=${m} /></label>
    </div>
    <form class="form" onSubmit=${f} novalidate>
      ${d&&o`<${N} kind="success"><p>Version ${d.version} of ${d.name} is now in force.</p></${N}>`}
      ${i&&i.status!==400&&o`<${k} error=${i} />`}
      ${i&&i.status===400&&o`<div class="error-summary" role="alert" id="protocol-errors">
        <h3>The file was refused: ${i.detail}</h3>
        <ul>
          ${i.errors.map($=>{let v=ac($.path);return o`<li>
              ${v?o`<button type="button" class="linklike" onClick=${()=>u(v)}>Line ${v}</button>: `:""}${$.message}
            </li>`})}
        </ul>
      </div>`}
      <div class="field">
        <label for="protocol-text">Protocol (TOML)</label>
        <textarea id="protocol-text" ref=${c} class="code" rows="18" spellcheck="false" value=${a} onInput=${$=>r($.currentTarget.value)}></textarea>
      </div>
      <button type="submit" class="button" disabled=${n||!a.trim()}>${n?"Checking…":"Check and upload"}</button>
    </form>
  </section>`}function Qs({session:e}){let t=P("/api/v1/protocol");F(t.data!==null,"protocol");let a=null,r=null;if(t.data)try{a=ia(t.data.toml)}catch(n){r=n}return o`<div class="stack">
    <${w}>Protocol</${w}>
    ${t.loading&&o`<${E} />`}
    <${k} error=${t.error} onRetry=${t.reload} />
    ${t.data&&o`<p class="lead">
      In force: <strong>${t.data.name} ${t.data.version}</strong>
      (${t.data.built_in?"the built-in default":"uploaded by the clinic"}). Every screening and plan records the version that made it.
    </p>`}
    ${r&&o`<div class="alert alert--error" role="alert"><p>The protocol text could not be shown as tables: ${String(r.message)}</p></div>`}
    ${e.role==="owner"&&t.data&&o`<${rc} current=${t.data} onUploaded=${t.reload} />`}
    ${a&&o`<${tc} doc=${a} />`}
  </div>`}var Js=[["new","New"],["contacted","Contacted"],["consultation_booked","Consultation booked"],["closed","Closed"]],so=e=>(Js.find(([t])=>t===e)||[e,e])[1];function oc(e){let t=(e||"").trim().split(/\s+/).filter(Boolean);return t.length<=1?{given_name:t[0]||"",family_name:""}:{given_name:t.slice(0,-1).join(" "),family_name:t[t.length-1]}}function nc({request:e,timeZone:t,onClose:a,onDone:r}){let[n,s]=h(()=>({...oc(e.name),birth_date:"",phone:e.phone||"",email:e.email||""})),[i,l]=h(null),[d,p]=h(!1),[c,u]=h(null),[f,m]=h(0),{nameOf:$}=Ce(),v=y=>x=>s({...n,[y]:x}),_=c&&(c.status===400||c.status===422)?c.errors:[],g=c&&c.status===409&&Array.isArray(c.problem.candidates)?c.problem.candidates:null,b=async y=>{p(!0),u(null);try{let x={given_name:n.given_name.trim(),family_name:n.family_name.trim(),birth_date:n.birth_date};n.phone.trim()&&(x.phone=n.phone.trim()),n.email.trim()&&(x.email=n.email.trim()),y&&(x.confirm_not_duplicate=!0);let R={start:i.start_local,provider_id:i.provider_id};i.room_id&&(R.room_id=i.room_id);let V=await S("POST",`/api/v1/booking-requests/${e.id}/convert`,{version:e.version,patient:x,consultation:R});r(V);return}catch(x){u(x),x.status===409&&!Array.isArray(x.problem.candidates)&&(l(null),m(R=>R+1))}p(!1)};return o`<${ye} title="Create patient and book consultation" onClose=${a} wide>
    <${I} errors=${_} />
    ${g&&o`<div class="alert alert--warning duplicates" role="alert">
      <h3>This person may already be registered</h3>
      <ul class="duplicates__list">
        ${g.map(y=>o`<li>
            <span><strong>${U(y)}</strong>, born ${A(y.birth_date)} <span class="muted">#${y.id}</span></span>
            <a class="button button--secondary button--small" href=${`/staff/patients/${y.id}`}>Open this record<span class="visually-hidden"> of ${U(y)} (#${y.id})</span></a>
          </li>`)}
      </ul>
      <button type="button" class="button button--secondary" disabled=${d} onClick=${()=>b(!0)}>It is a different person: create anyway</button>
    </div>`}
    ${c&&c.status===409&&!g&&o`<div class="alert alert--error" role="alert"><p><strong>That time was just taken.</strong> Nothing was stored. Pick another time below.</p></div>`}
    ${c&&![400,409,422].includes(c.status)&&o`<${k} error=${c} />`}
    ${c&&c.status===422&&_.length===0&&o`<${xe} error=${c} />`}
    <form
      class="form"
      novalidate
      onSubmit=${y=>{y.preventDefault(),b(!1)}}
    >
      <h3>The patient</h3>
      <div class="grid grid--2">
        <${C} label="Given name" pointer="/patient/given_name" errors=${_} value=${n.given_name} onValue=${v("given_name")} required />
        <${C} label="Family name" pointer="/patient/family_name" errors=${_} value=${n.family_name} onValue=${v("family_name")} required />
        <${C} label="Date of birth" pointer="/patient/birth_date" errors=${_} type="date" value=${n.birth_date} onValue=${v("birth_date")} required />
        <${C} label="Phone" pointer="/patient/phone" errors=${_} type="tel" value=${n.phone} onValue=${v("phone")} />
        <${C} label="E-mail" pointer="/patient/email" errors=${_} type="email" value=${n.email} onValue=${v("email")} />
      </div>
      <h3>The consultation</h3>
      ${e.preferred_times&&o`<p class="muted">They prefer: ${e.preferred_times}</p>`}
      ${i?o`<p class="chosen-slot" id=${"f-consultation-start"} tabindex="-1">
            Chosen: <strong>${A(re(i.start_local),"weekday")} at ${Se(i.start_local)}</strong> with ${$(i.provider_id)}.
            <button type="button" class="button button--quiet button--small" onClick=${()=>l(null)}>Choose another time</button>
          </p>`:o`<${ht} timeZone=${t} refresh=${f} busy=${d} label="choose it" onPick=${l} />`}
      <div class="form-actions">
        <button type="submit" class="button" disabled=${d||!i}>${d?"Creating…":"Create patient and book"}</button>
        <button type="button" class="button button--quiet" onClick=${a}>Not now</button>
      </div>
    </form>
  </${ye}>`}function sc({request:e,timeZone:t,onChanged:a}){let[r,n]=h(!1),[s,i]=h(null),[l,d]=h(!1),[p,c]=h(null),{nameOf:u}=Ce(),f=async $=>{n(!0),i(null);try{a(await S("PATCH",`/api/v1/booking-requests/${e.id}`,{version:e.version,status:$}))}catch(v){i(v)}n(!1)},m=e;return o`<section class="card request-detail" aria-labelledby="request-heading" data-request=${m.id}>
    <h2 id="request-heading">${m.name}</h2>
    <p class="muted">Received ${H(m.created_at)} · ${so(m.status)}</p>
    <dl class="facts">
      <div><dt>Phone</dt><dd>${m.phone?o`<a href=${`tel:${m.phone}`}>${m.phone}</a>`:"—"}</dd></div>
      <div><dt>E-mail</dt><dd>${m.email?o`<a href=${`mailto:${m.email}`}>${m.email}</a>`:"—"}</dd></div>
      <div><dt>When suits them</dt><dd>${m.preferred_times||"—"}</dd></div>
      <div><dt>Interested in</dt><dd>${m.interest||"—"}</dd></div>
      ${m.message&&o`<div><dt>Message</dt><dd>${m.message}</dd></div>`}
    </dl>
    ${p&&o`<${N} kind="success">
      <p class="converted">
        Patient created and consultation booked for ${A(re(p.appointment.start_local),"weekday")} at ${Se(p.appointment.start_local)} with
        ${` ${u(p.appointment.provider_id)}`}.
      </p>
      <p><a href=${`/staff/patients/${p.patient_id}`}>Open the patient’s chart</a></p>
    </${N}>`}
    ${m.patient_id&&!p&&o`<p><a href=${`/staff/patients/${m.patient_id}`}>Open the patient’s chart</a></p>`}
    <${xe} error=${s} />
    <div class="form-actions">
      ${(m.status==="new"||m.status==="contacted")&&o`<button type="button" class="button" disabled=${r} onClick=${()=>d(!0)}>Create patient and book consultation</button>`}
      ${m.status==="new"&&o`<button type="button" class="button button--secondary" disabled=${r} onClick=${()=>f("contacted")}>Mark contacted</button>`}
      ${m.status!=="closed"&&o`<button type="button" class="button button--quiet" disabled=${r} onClick=${()=>f("closed")}>Close</button>`}
    </div>
    ${l&&o`<${nc}
      request=${m}
      timeZone=${t}
      onClose=${()=>d(!1)}
      onDone=${$=>{d(!1),c($),a($.request)}}
    />`}
  </section>`}function Xs(){let[e,t]=h("new"),[a,r]=h(null),[n,s]=h(new Map),i=P(`/api/v1/booking-requests?status=${e}`),l=P("/api/v1/clinic");F(i.data!==null&&!i.loading,"requests");let d=i.data?i.data.items:[],p=a?n.get(a)||d.find(c=>c.id===a):null;return o`<div class="stack">
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
        <h2 id="requests-list-heading">${so(e)}</h2>
        <div class="status-tabs" role="group" aria-label="Status">
          ${Js.map(([c,u])=>o`<button type="button" class="button button--secondary button--small" aria-pressed=${c===e?"true":"false"} onClick=${()=>(t(c),r(null))}>${u}</button>`)}
        </div>
        ${i.loading&&!i.data&&o`<${E} />`}
        <${k} error=${i.error} onRetry=${i.reload} />
        ${i.data&&d.length===0&&o`<${O}>No ${so(e).toLowerCase()} requests.</${O}>`}
        ${d.length>0&&o`<ul class="request-list">
          ${d.map(c=>o`<li>
              <button type="button" aria-pressed=${c.id===a?"true":"false"} data-request=${c.id} onClick=${()=>r(c.id)}>
                <strong>${c.name}</strong>
                <span class="muted small">${H(c.created_at)}${c.interest?` · ${c.interest}`:""}</span>
              </button>
            </li>`)}
        </ul>`}
      </section>
      <div>
        ${p?o`<${sc}
              key=${p.id}
              request=${p}
              timeZone=${l.data?l.data.time_zone:void 0}
              onChanged=${c=>{s(new Map(n).set(c.id,c))}}
            />`:o`<p class="muted">Choose a request to see it.</p>`}
      </div>
    </div>
  </div>`}function ic(e){return!e||e.status===0||e.status>=500?[]:e.errors&&e.errors.length>0?e.errors:e.status===400||e.status===409||e.status===422?[{path:"/barcode",message:e.detail}]:[]}function io({session:e,onSession:t,amending:a=!1}){let[r,n]=h(""),[s,i]=h(!1),[l,d]=h(""),[p,c]=h(null),u=le(),f=ic(u.problem),m=Y("/sealed_pack_confirmed"),$=ae(f,"/sealed_pack_confirmed");return o`<form class="form form--compact scan" onSubmit=${async _=>{_.preventDefault(),c(null);let g=Rn(r,s);a&&(g.reason=l);let b=new Set((e.cartridges||[]).map(q=>q.id)),y=await u.run(()=>S("POST",`/api/v1/sessions/${e.id}/cartridges`,g));if(!y)return;let x=_e(y),R=(x.cartridges||[]).find(q=>!b.has(q.id));c(R||null),n(""),i(!1),d(""),t(x);let V=document.getElementById(Y("/barcode"));V&&V.focus()}} novalidate>
    <${C}
      label="Cartridge barcode"
      pointer="/barcode"
      errors=${f}
      value=${r}
      onValue=${n}
      hint="Scan the pack’s GS1 code into this field, or type it as (01)…(17)…(10)…(21)…"
      autocomplete="off"
      autocapitalize="off"
      spellcheck="false"
      className="scan__field"
    />
    ${r.includes(Mr)&&o`<p class="scan__echo muted small">Read as <span class="code">${En(r)}</span> (␝: group separator)</p>`}
    <div class=${`check ${$.length?"field--invalid":""}`}>
      <input
        type="checkbox"
        id=${m}
        checked=${s}
        onChange=${_=>i(_.currentTarget.checked)}
        aria-describedby=${$.length?`${m}-error`:`${m}-hint`}
        aria-invalid=${$.length?"true":void 0}
      />
      <label for=${m}>Sealed, unopened pack confirmed</label>
    </div>
    <p class="hint" id=${`${m}-hint`}>Needed when the barcode has no serial number (21): nothing else can prove the cartridge unused.</p>
    ${$.length>0&&o`<div class="field-error" id=${`${m}-error`}>${$.map(_=>o`<p><span class="visually-hidden">Error: </span>${_}</p>`)}</div>`}
    ${a&&o`<${C} label="Why is it added after sign-off?" pointer="/reason" errors=${f} value=${l} onValue=${d} required />`}
    ${u.problem&&f.length===0&&o`<${k} error=${u.problem} />`}
    <div class="form-actions">
      <${T} busy=${u.busy} busyLabel="Checking…">Chart the cartridge</${T}>
      ${p&&o`<span role="status" class="scan__ok">Charted: lot ${p.lot}${p.serial?`, serial ${p.serial}`:""}, expires ${A(p.expiry)}.</span>`}
    </div>
  </form>`}function lo({cartridges:e}){return!e||e.length===0?o`<p class="muted" data-cartridges="0">No cartridge charted yet.</p>`:o`<div class="table-scroll">
    <table class="table table--dense cartridges" data-cartridges=${e.length}>
      <caption class="visually-hidden">Charted cartridges</caption>
      <thead>
        <tr><th scope="col">GTIN</th><th scope="col">Lot</th><th scope="col">Serial</th><th scope="col">Expiry</th><th scope="col">Note</th></tr>
      </thead>
      <tbody>
        ${e.map(t=>o`<tr data-cartridge=${t.id} class=${t.voided?"inactive":""}>
            <td class="code">${t.gtin}</td>
            <td>${t.lot}</td>
            <td>${t.serial||"—"}</td>
            <td><time datetime=${t.expiry}>${A(t.expiry)}</time></td>
            <td>
              ${t.serial?"":t.sealed_pack_confirmed?"sealed pack confirmed":""}
              ${t.chart_version>0?` added in version ${t.chart_version}`:""}
              ${t.voided?" voided":""}
            </td>
          </tr>`)}
      </tbody>
    </table>
  </div>`}var lc=Be.map(e=>[e,te(e)]);function ei({session:e,onSession:t}){let[a,r]=h(()=>xn(e.check_in?e.check_in.answers:null)),[n,s]=h(!1),i=le(),l=u=>f=>r(m=>({...m,[u]:f})),d=n?Ir(a):[],p=d.length>0?d:me(i.problem);return o`<form class="form check-in" onSubmit=${async u=>{if(u.preventDefault(),s(!0),Ir(a).length>0)return;let f=await i.run(()=>S("POST",`/api/v1/sessions/${e.id}/check-in`,{version:e.version,answers:Cn(a)}));f&&t(_e(f))}} novalidate aria-labelledby="check-in-heading">
    <${I} errors=${p} title="Please answer these questions" />
    ${i.problem&&p.length===0&&o`<${k} error=${i.problem} />`}
    <p class="muted">Ask the patient each question and record the answer they give today.</p>
    <div class="check-in__grid">
      <${Ae} legend="A new cold sore, or one coming (tingling)?" pointer="/answers/cold_sore" errors=${p} value=${a.cold_sore} onValue=${l("cold_sore")} />
      ${za.map(([u,f])=>o`<${Ae}
          key=${u}
          legend=${`${f} in the treatment area?`}
          pointer=${`/answers/${u}`}
          errors=${p}
          value=${a[u]}
          onValue=${l(u)}
        >
          ${a[u]===!0&&o`<${Pe}
            legend="Where? (none ticked: everywhere)"
            pointer=${`/answers/${u}_areas`}
            errors=${p}
            options=${lc}
            values=${a[`${u}_areas`]}
            onValues=${l(`${u}_areas`)}
            columns=${4}
            compact
          />`}
        </${Ae}>`)}
      <${Ae}
        legend="New medications since the consultation?"
        pointer="/answers/new_medications"
        errors=${p}
        value=${a.new_medications}
        onValue=${l("new_medications")}
      >
        ${a.new_medications===!0&&o`<${Z}
          label="Which? One a line"
          pointer="/answers/other_new_medications"
          errors=${p}
          value=${a.other_new_medications}
          onValue=${l("other_new_medications")}
          rows=${2}
        />`}
      </${Ae}>
      <${Ae} legend="Pregnant?" pointer="/answers/pregnant" errors=${p} value=${a.pregnant} onValue=${l("pregnant")} />
      <${Ae} legend="Breastfeeding?" pointer="/answers/breastfeeding" errors=${p} value=${a.breastfeeding} onValue=${l("breastfeeding")} />
    </div>
    <h3 class="check-in__sub">Preparation</h3>
    <div class="check-in__grid">
      <${Ae}
        legend="Retinoids and exfoliating acids stopped as asked?"
        pointer="/answers/prep/retinoids_acids_stopped"
        errors=${p}
        value=${a.retinoids_acids_stopped}
        onValue=${l("retinoids_acids_stopped")}
      >
        ${a.retinoids_acids_stopped===!0&&o`<${C}
          label="Last used on (if known)"
          pointer="/answers/prep/retinoids_acids_last_use"
          errors=${p}
          type="date"
          value=${a.retinoids_acids_last_use}
          onValue=${l("retinoids_acids_last_use")}
          max=${e.date}
        />`}
      </${Ae}>
      <${Ae}
        legend="No waxing, depilatory cream or electrolysis since the consultation?"
        pointer="/answers/prep/no_hair_removal"
        errors=${p}
        value=${a.no_hair_removal}
        onValue=${l("no_hair_removal")}
      >
        ${a.no_hair_removal===!1&&o`<div class="grid grid--2">
          <${D}
            label="How was hair removed?"
            pointer="/answers/prep/hair_removal/code"
            errors=${p}
            value=${a.hair_removal_code}
            onValue=${l("hair_removal_code")}
            options=${vn}
            placeholder="Choose…"
          />
          <${C}
            label="On"
            pointer="/answers/prep/hair_removal/date"
            errors=${p}
            type="date"
            value=${a.hair_removal_date}
            onValue=${l("hair_removal_date")}
            max=${e.date}
          />
        </div>`}
      </${Ae}>
      <${Ae} legend="Sun avoided as asked?" pointer="/answers/prep/sun_avoided" errors=${p} value=${a.sun_avoided} onValue=${l("sun_avoided")} />
    </div>
    <div class="form-actions">
      <${T} busy=${i.busy} busyLabel="Screening…">${e.check_in?"Record the answers again":"Record the check-in"}</${T}>
    </div>
  </form>`}var co=e=>Number(e).toFixed(2),ti=e=>Be.indexOf(e);function dc(e){if(!e)return"Not in the plan: a reason is needed.";let t=[];return e.depth_mm&&t.push(`Plan ${co(e.depth_mm.min)}–${co(e.depth_mm.max)} mm`),e.hard_max_mm!==void 0&&e.hard_max_mm!==null&&t.push(`hard maximum ${co(e.hard_max_mm)} mm`),`${t.join(" · ")}.`}function Xa(e,t){let a=Object.fromEntries((t||[]).map(n=>[n.zone,n])),r=[];return e.zones.forEach((n,s)=>{let i=Ma(n.depth_mm,a[n.zone]);i.state==="above_max"&&r.push({path:`/chart/zones/${s}/depth_mm`,message:i.message})}),r}function cc({row:e,index:t,planZone:a,errors:r,onChange:n,onRemove:s}){let i=`/chart/zones/${t}`,l=Ma(e.depth_mm,a),d=l.state==="outside"||l.state==="unplanned"||e.reason!=="",p=u=>f=>n({...e,[u]:f}),c=te(e.zone);return o`<fieldset class=${`chart-zone chart-zone--${l.state}`} data-zone=${e.zone} id=${`chart-zone-${e.zone}`}>
    <legend>${c}</legend>
    <div class="chart-zone__fields">
      <${C}
        label="Depth (mm)"
        pointer=${`${i}/depth_mm`}
        errors=${r}
        type="number"
        step="0.05"
        min="0.05"
        max="5"
        inputmode="decimal"
        value=${e.depth_mm}
        onValue=${p("depth_mm")}
        hint=${dc(a)}
        required
      />
      <${C} label="Passes" pointer=${`${i}/passes`} errors=${r} type="number" step="1" min="1" max="20" inputmode="numeric" value=${e.passes} onValue=${p("passes")} required />
      <${D} label="Pattern" pointer=${`${i}/pattern`} errors=${r} value=${e.pattern} onValue=${p("pattern")} options=${Er} />
    </div>
    ${l.state==="outside"&&o`<p class="depth-check depth-check--outside" role="status">Depth ${l.message}.</p>`}
    ${d&&o`<${Z}
      label=${`Reason for the depth in ${c.toLowerCase()}`}
      pointer=${`${i}/reason`}
      errors=${r}
      value=${e.reason}
      onValue=${p("reason")}
      rows=${2}
      required=${l.state==="outside"||l.state==="unplanned"}
    />`}
    <button type="button" class="button button--quiet button--small" onClick=${s}>Remove<span class="visually-hidden"> ${c}</span></button>
  </fieldset>`}function pc({row:e,index:t,errors:a,onChange:r,onRemove:n}){let s=`/chart/products/${t}`,i=l=>d=>r({...e,[l]:d});return o`<div class="row chart-product" data-product=${e.code}>
    <div class="grid grid--3">
      <${D} label=${`Product ${t+1}`} pointer=${`${s}/code`} errors=${a} value=${e.code} onValue=${i("code")} options=${Kt} />
      <${C} label=${`Lot of product ${t+1}`} pointer=${`${s}/lot`} errors=${a} value=${e.lot} onValue=${i("lot")} autocomplete="off" required />
      <${C} label=${`Brand of product ${t+1} (optional)`} pointer=${`${s}/name`} errors=${a} value=${e.name} onValue=${i("name")} autocomplete="off" />
    </div>
    <button type="button" class="button button--quiet button--small row__remove" onClick=${n}>Remove<span class="visually-hidden"> product ${t+1}</span></button>
  </div>`}function er({form:e,setForm:t,planZones:a,devices:r,errors:n}){let s=a||[],i=Object.fromEntries(s.map(g=>[g.zone,g])),l=e.zones.map(g=>g.zone),d=g=>t(b=>({...b,...g})),p=g=>{g&&(t(b=>{if(b.zones.some(R=>R.zone===g))return b;let y=i[g],x={zone:g,depth_mm:y&&y.depth_mm?Number(y.depth_mm.min).toFixed(2):"",passes:"",pattern:"cross_hatch",reason:""};return{...b,zones:[...b.zones,x].sort((R,V)=>ti(R.zone)-ti(V.zone))}}),requestAnimationFrame(()=>{let b=document.querySelector(`#chart-zone-${g} input`);b&&b.focus()}))},c=Be.filter(g=>!i[g]&&!l.includes(g)),u=(g,b)=>t(y=>({...y,zones:y.zones.map((x,R)=>R===g?b:x)})),f=g=>t(b=>({...b,zones:b.zones.filter((y,x)=>x!==g)})),m=(g,b)=>t(y=>({...y,products:y.products.map((x,R)=>R===g?b:x)})),$=g=>t(b=>({...b,products:b.products.filter((y,x)=>x!==g)})),v=r.map(g=>[String(g.id),g.serial?`${g.name} (${g.serial})`:g.name]),_=g=>{let b=r.find(y=>String(y.id)===g);t(y=>({...y,device_id:g,pen_serial:y.pen_serial||b&&b.serial||""}))};return o`<div class="chart-editor">
    <section class="chart-editor__zones" aria-labelledby="zones-heading">
      <h3 id="zones-heading">Zones treated</h3>
      <div class="chart-zones">
        <div class="chart-zones__map">
          <${Ja}
            zones=${s}
            selected=${null}
            marked=${l}
            onSelect=${p}
            caption="The plan’s zones with their depth ranges; choose one on the map or below to chart it."
          />
        </div>
        <div class="chart-zones__list">
          ${s.filter(g=>!l.includes(g.zone)).length>0&&o`<div class="chart-zones__add">
            ${s.filter(g=>!l.includes(g.zone)).map(g=>o`<button type="button" class="button button--secondary button--small" onClick=${()=>p(g.zone)}>
                  Chart ${te(g.zone).toLowerCase()}
                </button>`)}
          </div>`}
          ${c.length>0&&o`<div class="inline-form chart-zones__other">
            <${D}
              label="Another zone (not in the plan)"
              pointer="/chart/other_zone"
              value=""
              onValue=${p}
              options=${c.map(g=>[g,te(g)])}
              placeholder="Choose to add…"
            />
          </div>`}
          ${e.zones.length===0&&o`<${O}>No zone charted yet.</${O}>`}
          ${e.zones.map((g,b)=>o`<${cc} key=${g.zone} row=${g} index=${b} planZone=${i[g.zone]} errors=${n} onChange=${y=>u(b,y)} onRemove=${()=>f(b)} />`)}
        </div>
      </div>
    </section>
    <section aria-labelledby="pen-heading">
      <h3 id="pen-heading">Pen</h3>
      <div class="grid grid--2">
        <${D}
          label="Device"
          pointer="/chart/device_id"
          errors=${n}
          value=${e.device_id}
          onValue=${_}
          options=${v}
          placeholder=${r.length?"Choose the pen…":"No device set up"}
        />
        <${C} label="Pen serial" pointer="/chart/pen_serial" errors=${n} value=${e.pen_serial} onValue=${g=>d({pen_serial:g})} autocomplete="off" />
      </div>
    </section>
    <section aria-labelledby="products-heading">
      <h3 id="products-heading">Products applied</h3>
      <div class="rows">
        ${e.products.length===0&&o`<p class="muted">None.</p>`}
        ${e.products.map((g,b)=>o`<${pc} key=${b} row=${g} index=${b} errors=${n} onChange=${y=>m(b,y)} onRemove=${()=>$(b)} />`)}
        <button type="button" class="button button--secondary button--small" onClick=${()=>d({products:[...e.products,{code:"hyaluronic_acid",lot:"",name:""}]})}>
          Add a product
        </button>
      </div>
    </section>
    <section aria-labelledby="end-heading">
      <h3 id="end-heading">End of the treatment</h3>
      <div class="grid grid--2">
        <${D} label="End point" pointer="/chart/end_point" errors=${n} value=${e.end_point} onValue=${g=>d({end_point:g})} options=${Rr} placeholder="Choose…" />
        <${C} label="Duration (minutes)" pointer="/chart/duration_minutes" errors=${n} type="number" min="1" max="600" step="1" inputmode="numeric" value=${e.duration_minutes} onValue=${g=>d({duration_minutes:g})} />
      </div>
      <${Z} label="Notes" pointer="/chart/notes" errors=${n} value=${e.notes} onValue=${g=>d({notes:g})} rows=${2} />
    </section>
  </div>`}var uc={proceed:"The session can go ahead.",blocked:"The session cannot go ahead today as things stand.",overridden:"A provider overrode the deferral with a written reason: the session can go ahead."};function mc(e){let t=/^\/findings\/([a-z_]+)$/.exec(e.path||"");return t?`${we(t[1])}: ${e.message}`:e.message}function fc({session:e,onSession:t}){let[a,r]=h(""),n=le(),s=me(n.problem);return o`<form class="form form--compact override-form" onSubmit=${async l=>{l.preventDefault();let d=await n.run(()=>S("POST",`/api/v1/sessions/${e.id}/gate-override`,{version:e.version,reason:a}));d&&t(_e(d))}} novalidate>
    <${I} errors=${s} />
    ${n.problem&&s.length===0&&o`<${k} error=${n.problem} />`}
    <${Z}
      label="Override with reason"
      pointer="/reason"
      errors=${s}
      value=${a}
      onValue=${r}
      hint="Why treating today is right despite the deferral. Kept on the session and audited."
      required
    />
    <${T} busy=${n.busy} className="button--danger">Override with reason</${T}>
  </form>`}function ai({session:e,role:t,onSession:a,nameOf:r}){let n=e.check_in;if(!n)return null;let s=n.gate||{},i=n.screening||{},l=s.blocking||[];return o`<div class="gate" data-decision=${s.decision}>
    <div class=${`gate__decision gate__decision--${s.decision}`} role="status">
      <p>
        <strong>Gate:</strong> <${L} kind=${Da(s.decision)}>${Na(s.decision)}</${L}>
        ${" "}${uc[s.decision]||""}
      </p>
      <p class="muted small">Checked in ${H(n.recorded_at)}${n.recorded_by?` by ${r(n.recorded_by)}`:""}.</p>
    </div>
    ${l.length>0&&o`<div class="gate__blocking">
      <h3>What blocks it</h3>
      <ul>${l.map(d=>o`<li data-path=${d.path}>${mc(d)}</li>`)}</ul>
    </div>`}
    ${s.decision==="blocked"&&!s.overridable&&o`<p class="gate__none" data-overridable="false"><strong>Contraindicated today: no override exists.</strong></p>`}
    ${s.decision==="blocked"&&s.overridable&&(t==="provider"?o`<${fc} session=${e} onSession=${a} />`:o`<p class="gate__why-not" data-overridable="true">Only a provider can override a deferral, with a written reason${t==="owner"?": the owner account cannot":""}.</p>`)}
    ${s.override&&o`<div class="gate__override">
      <h3>Override</h3>
      <p>${s.override.reason}</p>
      <p class="muted small">By ${r(s.override.by)}, ${H(s.override.at)}.</p>
    </div>`}
    <details class="gate__screening" open=${(e.status==="open"||e.status==="checked_in")&&(s.decision!=="proceed"||(i.actions||[]).length>0)}>
      <summary>Screening of today’s answers</summary>
      <${Lt}
        result=${{verdict:i.verdict,earliest_date:i.earliest_date,screening:i,protocol:i.protocol||e.protocol}}
        headingLevel=${3}
      />
    </details>
  </div>`}var po="np-numbing:";function ri(e){try{return localStorage.getItem(`${po}${e}`)||""}catch{return""}}function tr(e,t){try{t?localStorage.setItem(`${po}${e}`,t):localStorage.removeItem(`${po}${e}`)}catch{}}function $c(e){let[t,a]=h(Date.now());return z(()=>{if(!e)return;a(Date.now());let r=setInterval(()=>a(Date.now()),1e3);return()=>clearInterval(r)},[e]),t}function ar({form:e,setForm:t,timeZone:a,errors:r,editable:n,busy:s,onRemoved:i}){let l=e.applied_at,d=e.removed_at,p=!!(l&&!d),c=$c(p),[u,f]=h(!1),m=l?(d?Date.parse(d):c)-Date.parse(l):0,$=b=>t(y=>({...y,...b})),v=m<Jt*6e4,_=b=>{f(!1);let y={...e,removed_at:b};t(y),i(y)},g=()=>{v?f(!0):_(Xt(Date.now()))};return o`<div class="numbing" data-state=${d?"removed":l?"on":"none"}>
    <div class="grid grid--2">
      <${C} label="Anaesthetic" pointer="/chart/anaesthetic/product" errors=${r} value=${e.anaesthetic_product} onValue=${b=>$({anaesthetic_product:b})} disabled=${!n} />
      <${C} label="Lot (optional)" pointer="/chart/anaesthetic/lot" errors=${r} value=${e.anaesthetic_lot} onValue=${b=>$({anaesthetic_lot:b})} disabled=${!n} autocomplete="off" />
    </div>
    ${l&&o`<div class=${`numbing__timer ${p?"numbing__timer--running":""} ${v?"numbing__timer--short":"numbing__timer--ok"}`}>
      <span class="numbing__label">${p?"On for":"Contact time"}</span>
      <span class="numbing__clock" role="timer" aria-label=${`${p?"Numbing on for":"Contact time"} ${Et(m)} (minutes:seconds)`}>${Et(m)}</span>
      ${v&&o`<span class="numbing__note">${p?`under ${Jt} minutes so far`:`under ${Jt} minutes`}</span>`}
    </div>`}
    ${l&&o`<div class="grid grid--2">
      <${C}
        label="Applied at (clinic time)"
        pointer="/chart/anaesthetic/applied_at"
        errors=${r}
        type="datetime-local"
        value=${gt(l,a)}
        onValue=${b=>{let y=Br(b,a);y&&$({applied_at:y})}}
        disabled=${!n}
      />
      ${d&&o`<${C}
        label="Removed at (clinic time)"
        pointer="/chart/anaesthetic/removed_at"
        errors=${r}
        type="datetime-local"
        value=${gt(d,a)}
        onValue=${b=>{let y=Br(b,a);y&&$({removed_at:y})}}
        disabled=${!n}
      />`}
    </div>`}
    ${n&&o`<div class="form-actions">
      ${!l&&o`<button type="button" class="button" onClick=${()=>$({applied_at:Xt(Date.now()),removed_at:""})}>Applied now</button>`}
      ${p&&o`<button type="button" class="button" disabled=${s} onClick=${g}>Removed now</button>`}
      ${l&&o`<button type="button" class="button button--quiet" disabled=${s} onClick=${()=>$({applied_at:"",removed_at:""})}>Clear the times</button>`}
      ${d&&o`<span class="muted small">Changed a time? Save the chart to keep it.</span>`}
    </div>`}
    ${u&&o`<${ye} title="Remove the numbing cream already?" onClose=${()=>f(!1)}>
      <p>It has been on for <strong>${Et(Date.now()-Date.parse(l))}</strong>, under the ${Jt} minutes the protocol asks for. The chart will carry a warning.</p>
      <div class="form-actions">
        <button type="button" class="button button--danger" onClick=${()=>_(Xt(Date.now()))}>Remove now anyway</button>
        <button type="button" class="button button--secondary" onClick=${()=>f(!1)}>Keep it on</button>
      </div>
    </${ye}>`}
  </div>`}function uo({chart:e,deviceName:t,timeZone:a}){let r=e||{},n=r.anaesthetic,s=[["Pen",`${r.device_id?t(r.device_id):"—"}${r.pen_serial?`, serial ${r.pen_serial}`:""}`],["Numbing",n?`${n.product}${n.lot?` (lot ${n.lot})`:""}: ${gt(n.applied_at,a).replace("T"," ")} – ${gt(n.removed_at,a).slice(11)} (${Et(Date.parse(n.removed_at)-Date.parse(n.applied_at))})`:"—"],["Products",(r.products||[]).map(i=>`${Pt(i.code)}${i.name?` ${i.name}`:""}, lot ${i.lot}`).join("; ")||"—"],["End point",r.end_point?wn(r.end_point):"—"],["Duration",r.duration_minutes?`${r.duration_minutes} minutes`:"—"],["Notes",r.notes||"—"]];return o`<div class="chart-summary">
    <div class="table-scroll">
      <table class="table table--dense chart-summary__zones">
        <caption class="visually-hidden">Zones treated</caption>
        <thead><tr><th scope="col">Zone</th><th scope="col">Depth</th><th scope="col">Passes</th><th scope="col">Pattern</th><th scope="col">Reason</th></tr></thead>
        <tbody>
          ${(r.zones||[]).map(i=>o`<tr data-zone=${i.zone}>
              <th scope="row">${te(i.zone)}</th>
              <td>${Number(i.depth_mm).toFixed(2)} mm</td>
              <td>${i.passes}</td>
              <td>${yn(i.pattern)}</td>
              <td>${i.reason||""}</td>
            </tr>`)}
        </tbody>
      </table>
    </div>
    <dl class="facts facts--wide">${s.map(([i,l])=>o`<div><dt>${i}</dt><dd>${l}</dd></div>`)}</dl>
  </div>`}function oi({session:e,onSession:t,devices:a,timeZone:r,onDone:n}){let[s,i]=h(()=>Ia(e.chart)),[l,d]=h(""),[p,c]=h([]),u=le(),f=Xa(s,e.plan_zones),m=[...p.length?p:me(u.problem),...f.filter(v=>!p.some(_=>_.path===v.path))];return o`<form class="form amend" onSubmit=${async v=>{v.preventDefault();let _=Fa(s,e.plan_zones);if(l.trim()||_.push({path:"/reason",message:"say why the chart is amended"}),c(_),_.length>0)return;let g=await u.run(()=>S("POST",`/api/v1/sessions/${e.id}/amendments`,{chart_version:e.chart_version,chart:Ba(s),reason:l.trim()}));if(!g)return;let b=g.status&&g.id===e.id?_e(g):await S("GET",`/api/v1/sessions/${e.id}`);t(_e(b)),n()}} novalidate aria-labelledby="amend-heading">
    <h3 id="amend-heading">Amend the chart (version ${e.chart_version+1})</h3>
    <p class="muted">The signed version stays as it is; the amendment is a new version with who, when and why.</p>
    <${I} errors=${m} />
    ${u.problem&&m.length===0&&o`<${k} error=${u.problem} />`}
    <h4>Numbing</h4>
    <${ar} form=${s} setForm=${i} timeZone=${r} errors=${m} editable=${!0} busy=${!1} onRemoved=${()=>{}} />
    <${er} form=${s} setForm=${i} planZones=${e.plan_zones} devices=${a} errors=${m} />
    <${Z} label="Reason for the amendment" pointer="/reason" errors=${m} value=${l} onValue=${d} required />
    <div class="form-actions">
      <${T} busy=${u.busy}>Save the amendment</${T}>
      <button type="button" class="button button--quiet" onClick=${n}>Cancel</button>
    </div>
  </form>`}function ni({session:e,nameOf:t,deviceName:a,timeZone:r}){let n=P(`/api/v1/sessions/${e.id}/chart-versions`),s=n.data?[...n.data.items].sort((i,l)=>l.version-i.version):[];return o`<div class="versions">
    ${n.loading&&!n.data&&o`<${E} />`}
    <${k} error=${n.error} onRetry=${n.reload} />
    <ol class="versions__list" reversed>
      ${s.map(i=>o`<li data-version=${i.version}>
          <details>
            <summary>
              <strong>Version ${i.version}</strong> · ${t(i.recorded_by)}, ${H(i.recorded_at)}${i.reason?` · ${i.reason}`:" · signed off"}
            </summary>
            <${uo} chart=${i.chart} deviceName=${a} timeZone=${r} />
          </details>
        </li>`)}
    </ol>
  </div>`}function si({session:e}){let t=e.aftercare||[];return t.length===0?o`<p class="muted">No aftercare attached.</p>`:o`<${ze} items=${t} sessionDate=${e.date} label=${ft} />`}function hc(e){return(e&&e.errors||[]).map(a=>{let r=/^\/confirmations\/([a-z_]+)$/.exec(a.path||"");return r?`${Me(r[1])}: ${a.message}`:a.path==="/consent"?`Treatment consent: ${a.message}`:a.message})}function gc({session:e,item:t,onSession:a,editable:r,nameOf:n}){let[s,i]=h(""),l=le(),d=Me(t.action),p=`/note-${t.action}`;if(t.confirmed)return o`<li class="action action--done" data-action=${t.action}>
      <strong>${d}</strong>: confirmed by ${n(t.confirmed.by)}, ${H(t.confirmed.at)}${t.confirmed.note?` — ${t.confirmed.note}`:""}.
    </li>`;let c=me(l.problem).map(f=>({...f,path:f.path==="/note"?p:f.path})),u=async f=>{f.preventDefault();let m=await l.run(()=>S("POST",`/api/v1/sessions/${e.id}/confirmations`,{version:e.version,action:t.action,note:s.trim()}));m&&a(_e(m))};return o`<li class="action" data-action=${t.action}>
    <form class="action__form" onSubmit=${u} novalidate>
      <p class="action__name"><strong>${d}</strong>: not confirmed yet.</p>
      ${r&&o`<div class="action__row">
        <${C} label=${`Note for ${d.toLowerCase()}`} pointer=${p} errors=${c} value=${s} onValue=${i} hint="What was done, e.g. the prescription and when it was started." />
        <${T} busy=${l.busy} busyLabel="Confirming…">Confirm<span class="visually-hidden"> ${d}</span></${T}>
      </div>`}
      ${l.problem&&!c.some(f=>f.path===p)&&o`<${xe} error=${l.problem} />`}
    </form>
  </li>`}function ii({session:e,onSession:t,nameOf:a}){let r=e.required_actions||[];return r.length===0?o`<p class="muted">The screening requires no action.</p>`:o`<ul class="actions-list">
    ${r.map(n=>o`<${gc} key=${n.action} session=${e} item=${n} onSession=${t} editable=${e.status==="checked_in"} nameOf=${a} />`)}
  </ul>`}function li({session:e,onSession:t,role:a}){let r=e.consent||{},n=P(r.signed?null:"/api/v1/consent-texts"),[s,i]=h(""),l=le();if(r.signed)return o`<p class="consent__state consent__state--ok" data-consent="current">
      <strong>Signed</strong>: the patient has signed the current treatment consent${r.required_version?` (version ${r.required_version})`:""}.
    </p>`;let d=n.data?Wr(n.data.items,"treatment"):null,p=me(l.problem),c=async u=>{u.preventDefault();let f=await l.run(async()=>{try{await S("POST",`/api/v1/patients/${e.patient_id}/consents`,{kind:"treatment",text_id:d.id,typed_name:s,session_id:e.id})}catch(m){throw m.status===409&&n.reload(),m}return S("GET",`/api/v1/sessions/${e.id}`)});f&&t(_e(f))};return o`<div class="consent" data-consent="missing">
    <p class="consent__state consent__state--missing"><strong>Not signed</strong>: the session cannot start until the patient signs the current treatment consent.</p>
    ${n.loading&&o`<${E} />`}
    <${k} error=${n.error} onRetry=${n.reload} />
    ${n.data&&!d&&o`<p>The clinic has not published a treatment consent text. ${a==="owner"?o`<a href="/staff/consents">Publish one under Consents</a>.`:"The clinic owner publishes it under Consents."}</p>`}
    ${d&&o`<form class="form form--compact" onSubmit=${c} novalidate>
      <${I} errors=${p} />
      ${l.problem&&p.length===0&&o`<${k} error=${l.problem} />`}
      <h3 class="consent__title">${d.title} <span class="muted">(version ${d.version})</span></h3>
      <div class="consent__text" tabindex="0" role="region" aria-label=${`${d.title}, version ${d.version}`}>${d.text}</div>
      <${C}
        label="The patient’s full name, typed by the patient"
        pointer="/typed_name"
        errors=${p}
        value=${s}
        onValue=${i}
        autocomplete="off"
        required
      />
      <${T} busy=${l.busy} busyLabel="Recording…">Record the signature</${T}>
    </form>`}
  </div>`}function di({session:e,onSession:t}){let a=le(),r=async()=>{let s=await a.run(()=>S("POST",`/api/v1/sessions/${e.id}/start`,{version:e.version}));s&&t(_e(s))},n=hc(a.problem);return o`<div class="start">
    ${n.length>0&&o`<div class="alert alert--error start__refusal" role="alert">
      <p>The session cannot start yet:</p>
      <ul>${n.map(s=>o`<li>${s}</li>`)}</ul>
    </div>`}
    ${a.problem&&n.length===0&&o`<${k} error=${a.problem} />`}
    <button type="button" class="button button--large" onClick=${r} disabled=${a.busy}>${a.busy?"Starting…":"Start the session"}</button>
  </div>`}var ci=["open","checked_in","in_progress","signed_off"],rr=(e,t)=>ci.indexOf(e.status)>=ci.indexOf(t);function bc(e){let t=e.check_in&&e.check_in.gate?e.check_in.gate.decision:null,r=(e.required_actions||[]).every(p=>p.confirmed),n=rr(e,"in_progress"),s=e.status==="signed_off",i=e.chart||{},l=(p,c)=>p?"done":c?"now":"later",d=[["check-in","Check-in",l(rr(e,"checked_in"),e.status==="open")],["actions","Actions",l(rr(e,"checked_in")&&r,e.status==="checked_in"&&!r)],["consent","Consent",l(!!(e.consent&&e.consent.signed),e.status==="checked_in")],["start","Start",l(n,e.status==="checked_in"&&r&&e.consent&&e.consent.signed)],["numbing","Numbing",l(s||!!i.anaesthetic,e.status==="in_progress")],["cartridge","Cartridge",l((e.cartridges||[]).length>0,e.status==="in_progress")],["zones","Zones",l(s||(i.zones||[]).length>0,e.status==="in_progress")],["sign-off","Sign-off",l(s,e.status==="in_progress")]];return t==="blocked"&&(d[0][2]="blocked"),d.map(([p,c,u])=>({id:p,label:c,state:u}))}function _c({t:e}){let t={done:"done",now:"now",later:"later",blocked:"blocked"};return o`<nav class="steps" aria-label="Steps of the session">
    <ol>
      ${bc(e).map((a,r)=>o`<li class=${`steps__item steps__item--${a.state}`} data-step=${a.id} aria-current=${a.state==="now"?"step":void 0}>
          <a href=${`#step-${a.id}`}><span class="steps__n" aria-hidden="true">${a.state==="done"?"✓":r+1}</span> ${a.label}<span class="visually-hidden"> (${t[a.state]})</span></a>
        </li>`)}
    </ol>
  </nav>`}function ke({id:e,title:t,children:a,muted:r=!1}){return o`<section class=${`card step ${r?"step--muted":""}`} id=${`step-${e}`} aria-labelledby=${`step-${e}-heading`} tabindex="-1">
    <h2 id=${`step-${e}-heading`}>${t}</h2>
    ${a}
  </section>`}function vc({items:e}){return!e||e.length===0?null:o`<div class="alert alert--warning session-warnings" role="status">
    <p><strong>Warnings</strong></p>
    <ul>${e.map(t=>o`<li>${t}</li>`)}</ul>
  </div>`}function yc({t:e,role:t,onSession:a,nameOf:r}){let[n,s]=h(!1),i=e.status==="open",l=e.status==="open"||e.status==="checked_in";return o`<${ke} id="check-in" title="1. Check-in and the gate">
    ${e.check_in&&o`<${ai} session=${e} role=${t} onSession=${a} nameOf=${r} />`}
    ${l&&(i||n?o`${e.check_in&&o`<h3 class="check-in__again">Answer again</h3>`}<${ei} key=${e.version} session=${e} onSession=${d=>(s(!1),a(d))} />`:o`<button type="button" class="button button--secondary button--small" onClick=${()=>s(!0)}>Answer the questions again</button>`)}
  </${ke}>`}function wc({t:e,onSession:t,devices:a,timeZone:r}){let[n,s]=h(()=>{let b=Ia(e.chart);return b.applied_at||(b.applied_at=ri(e.id)),b}),[i,l]=h([]),[d,p]=h(""),c=le(),u=le();z(()=>{n.applied_at&&!n.removed_at&&tr(e.id,n.applied_at),n.applied_at||tr(e.id,"")},[e.id,n.applied_at,n.removed_at]);let f=u.problem||c.problem,m=Xa(n,e.plan_zones),$=[...i.length?i:me(f),...m.filter(b=>!i.some(y=>y.path===b.path))],v=async(b=n,y=e.version)=>{p(""),u.clear();let x=Fa(b,e.plan_zones);if(l(x),x.length>0)return;let R=await c.run(()=>S("PUT",`/api/v1/sessions/${e.id}/chart`,{version:y,chart:Ba(b)}));if(!R)return;let V=_e(R);return b.applied_at&&b.removed_at&&tr(e.id,""),t(V),p(`Draft saved ${H(new Date().toISOString())}.`),V},_=async()=>{let b=await v();if(!b)return;let y=await u.run(()=>S("POST",`/api/v1/sessions/${e.id}/sign-off`,{version:b.version}));y&&t(_e(y))},g=u.problem?(u.problem.errors||[]).map(b=>`${We(b.path)?`${We(b.path)}: `:""}${b.message}`):[];return o`
    <${ke} id="numbing" title="5. Numbing">
      <${ar} form=${n} setForm=${s} timeZone=${r} errors=${$} editable=${!0} busy=${c.busy} onRemoved=${b=>v(b)} />
    </${ke}>
    <${ke} id="cartridge" title="6. Cartridge">
      <${io} session=${e} onSession=${t} />
      <h3>Charted cartridges</h3>
      <${lo} cartridges=${e.cartridges} />
    </${ke}>
    <${ke} id="zones" title="7. Zones, pen and products">
      <form
        class="form chart-form"
        onSubmit=${b=>{b.preventDefault(),v()}}
        novalidate
      >
        <${I} errors=${$} />
        ${c.problem&&me(c.problem).length===0&&o`<${k} error=${c.problem} />`}
        <${er} form=${n} setForm=${s} planZones=${e.plan_zones} devices=${a} errors=${$} />
        <${vc} items=${e.warnings} />
        <div class="form-actions">
          <button type="submit" class="button button--secondary" disabled=${c.busy}>${c.busy?"Saving…":"Save draft"}</button>
          ${d&&o`<span role="status" class="muted">${d}</span>`}
        </div>
      </form>
    </${ke}>
    <${ke} id="sign-off" title="8. Sign-off">
      <p>Signing saves the chart as it is above and makes it read-only: later changes are amendments. The aftercare is dated from today.</p>
      ${g.length>0&&o`<div class="alert alert--error sign-off__refusal" role="alert">
        <p>Not signed yet:</p>
        <ul>${g.map(b=>o`<li>${b}</li>`)}</ul>
      </div>`}
      ${u.problem&&g.length===0&&o`<${k} error=${u.problem} />`}
      <button type="button" class="button button--large" onClick=${_} disabled=${c.busy||u.busy}>${u.busy?"Signing…":"Sign off the session"}</button>
    </${ke}>`}function kc({t:e,onSession:t,devices:a,deviceName:r,timeZone:n,nameOf:s}){let[i,l]=h(!1),[d,p]=h(!1);return o`
    <section class="card signed" id="step-sign-off" aria-labelledby="signed-heading" data-chart-version=${e.chart_version}>
      <div class="signed__head">
        <h2 id="signed-heading">Signed chart · Version ${e.chart_version}</h2>
        <${L} kind="ok">Read-only</${L}>
      </div>
      <p class="muted">Signed off by ${s(e.signed_off_by)}, ${H(e.signed_off_at)}${e.chart_version>1?"; this is the latest amendment":""}.</p>
      <${uo} chart=${e.chart} deviceName=${r} timeZone=${n} />
      ${!i&&o`<button type="button" class="button button--secondary" onClick=${()=>l(!0)}>Amend</button>`}
      ${i&&o`<${oi} session=${e} onSession=${t} devices=${a} timeZone=${n} onDone=${()=>l(!1)} />`}
    </section>
    <section class="card" id="step-cartridge" aria-labelledby="cartridges-heading">
      <h2 id="cartridges-heading">Cartridges</h2>
      <${lo} cartridges=${e.cartridges} />
      ${!d&&o`<button type="button" class="button button--quiet button--small" onClick=${()=>p(!0)}>Add a cartridge missed at the time</button>`}
      ${d&&o`<${io} session=${e} onSession=${t} amending=${!0} />`}
    </section>
    <section class="card" aria-labelledby="aftercare-heading">
      <h2 id="aftercare-heading">Aftercare</h2>
      <${si} session=${e} />
    </section>
    <section class="card" aria-labelledby="versions-heading">
      <h2 id="versions-heading">Versions</h2>
      <${ni} key=${e.chart_version} session=${e} nameOf=${s} deviceName=${r} timeZone=${n} />
    </section>`}function pi({session:e,id:t}){let a=P(`/api/v1/sessions/${t}`),r=P("/api/v1/clinic"),n=ot(),s=rt(),i=a.data;F(i!==null&&r.data!==null,"session");let l=r.data?r.data.time_zone:void 0,d=u=>{u&&u.id?a.setData(u):a.reload()};if(a.error)return o`<${w}>Treatment session</${w}><${k} error=${a.error} onRetry=${a.reload} />`;if(!i)return o`<${w}>Treatment session</${w}><${E} label="Loading the session…" />`;let p=i.patient?U(i.patient):`patient #${i.patient_id}`,c=e.role;return o`<div class="stack session-page" data-status=${i.status}>
    <p class="crumbs"><a href="/staff/today">Today</a> › <a href=${`/staff/patients/${i.patient_id}`}>${p}</a></p>
    <div class="page-head">
      <div>
        <${w} title=${`Session – ${p}`}>${p}: session ${i.number}${i.sessions_planned?` of ${i.sessions_planned}`:""}</${w}>
        <p class="lead">
          <time datetime=${i.date}>${A(i.date,"long")}</time> · <${L} kind=${La(i.status)}>${Tt(i.status)}</${L}>
          ${i.protocol&&o` · <span class="small">protocol ${i.protocol.name} ${i.protocol.version}</span>`}
        </p>
      </div>
      ${i.plan_id&&o`<a class="button button--secondary button--small" href=${`/staff/plans/${i.plan_id}`}>The plan</a>`}
    </div>
    <${_c} t=${i} />
    <${yc} t=${i} role=${c} onSession=${d} nameOf=${s} />
    ${rr(i,"checked_in")&&o`<${ke} id="actions" title="2. Required actions">
        <${ii} session=${i} onSession=${d} nameOf=${s} />
      </${ke}>
      <${ke} id="consent" title="3. Treatment consent">
        <${li} session=${i} onSession=${d} role=${c} />
      </${ke}>
      <${ke} id="start" title="4. Start">
        ${i.status==="checked_in"?o`<${di} session=${i} onSession=${d} />`:o`<p>Started ${i.started_at?H(i.started_at):""}${i.started_by?` by ${s(i.started_by)}`:""}.</p>`}
      </${ke}>`}
    ${i.status==="in_progress"&&o`<${wc} key=${i.id} t=${i} onSession=${d} devices=${n.devices} timeZone=${l} />`}
    ${i.status==="signed_off"&&o`<${kc} t=${i} onSession=${d} devices=${n.devices} deviceName=${n.nameOf} timeZone=${l} nameOf=${s} />`}
  </div>`}var ui={display_name:"",email:"",role:"provider",title:""};function mi({onCreated:e}){let[t,a]=h(ui),[r,n]=h(!1),[s,i]=h(null),[l,d]=h(null),p=f=>m=>a({...t,[f]:m}),c=async f=>{f.preventDefault(),n(!0),i(null),d(null);try{let m={...t,email:t.email.trim(),display_name:t.display_name.trim(),title:t.title.trim()},$=await S("POST","/api/v1/staff",m);d($),a(ui),e($)}catch(m){i(m)}n(!1)},u=s&&s.status===400?s.errors:[];return o`<form class="form" onSubmit=${c} novalidate aria-labelledby="new-staff-heading">
    <h2 id="new-staff-heading">Invite a team member</h2>
    <p class="muted">They get a one-time link and choose their own password; you never see it.</p>
    ${l&&o`<${N} kind="success">
      <p>${l.display_name} is invited as ${Te(l.role).toLowerCase()} (${l.email}).</p>
      <${Rt}
        invitation=${l.invitation}
        person=${l.display_name}
        again="Use “Reset password” beside their name in the list for a new link."
        id="new-staff-link"
      />
    </${N}>`}
    ${s&&s.status!==400&&o`<${k} error=${s} />`}
    <${I} errors=${u} />
    <div class="grid grid--2">
      <${C} label="Name" pointer="/display_name" errors=${u} value=${t.display_name} onValue=${p("display_name")} autocomplete="off" required />
      <${C} label="E-mail" type="email" pointer="/email" errors=${u} value=${t.email} onValue=${p("email")} autocomplete="off" required />
      <${D} label="Role" pointer="/role" errors=${u} value=${t.role} onValue=${p("role")} options=${ba.map(f=>[f,Te(f)])} required />
      <${C} label="Title" hint="For example RN or Dr" pointer="/title" errors=${u} value=${t.title} onValue=${p("title")} autocomplete="off" />
    </div>
    <${T} busy=${r} busyLabel="Inviting…">Invite and create the link</${T}>
  </form>`}function fi(e){return e?e.errors.length?e.errors.map(t=>t.message).join("; "):yt(e):""}function xc(e){return e.active?e.password_set?"Active":"Invited: no password set yet":"Deactivated"}function Sc({user:e,self:t,onChanged:a}){let[r,n]=h(!1),[s,i]=h(null),[l,d]=h(null),p=async m=>{n(!0),i(null);try{await m()}catch($){i($)}n(!1)},c=m=>p(async()=>a(await S("PATCH",`/api/v1/staff/${e.id}`,m))),u=()=>p(async()=>{let m=await S("POST",`/api/v1/staff/${e.id}/password-reset`);d(m.invitation),a({...e,password_set:!1})}),f=`role-${e.id}`;return o`<tr class=${e.active?"":"inactive"} data-user=${e.email}>
    <th scope="row">${e.display_name}${e.title?o` <span class="muted">${e.title}</span>`:""}</th>
    <td>${e.email}</td>
    <td>
      <label class="visually-hidden" for=${f}>Role of ${e.display_name}</label>
      <select id=${f} value=${e.role} disabled=${r||t} onChange=${m=>c({role:m.currentTarget.value})}>
        ${ba.map(m=>o`<option value=${m}>${Te(m)}</option>`)}
      </select>
    </td>
    <td>${xc(e)}</td>
    <td class="actions-cell">
      ${!t&&o`<div class="actions">
        <button type="button" class="button button--secondary button--small" disabled=${r} onClick=${()=>c({active:!e.active})}>
          ${e.active?"Deactivate":"Reactivate"}<span class="visually-hidden"> ${e.display_name}</span>
        </button>
        ${e.active&&o`<${ve}
          label="Reset password"
          hiddenSuffix=${`of ${e.display_name}`}
          confirmLabel="Reset and create a link"
          busy=${r}
          onConfirm=${u}
          small
        >
          <p>${e.display_name}’s password stops working now and they are logged out everywhere. You get a new one-time link for them.</p>
        </${ve}>`}
      </div>`}
      ${s&&o`<p class="field-error" role="alert">${fi(s)}</p>`}
      ${l&&o`<${Rt} invitation=${l} person=${e.display_name} again="Reset again for a new link." id=${`reset-link-${e.id}`} />`}
    </td>
  </tr>`}function Cc({clinic:e,onSaved:t}){let[a,r]=h(e.slug),[n,s]=h(!1),[i,l]=h(null),[d,p]=h(!1),c=async f=>{f.preventDefault(),s(!0),l(null),p(!1);try{let m=await S("PATCH","/api/v1/clinic",{slug:a.trim()});Wa(m.slug),t(m),p(!0)}catch(m){l(m)}s(!1)},u=i?i.status===400?i.errors:i.status===409?[{path:"/slug",message:i.detail}]:[]:[];return o`<form class="form" onSubmit=${c} novalidate aria-labelledby="clinic-login-heading">
    <h2 id="clinic-login-heading">Clinic login name</h2>
    <p class="muted">Everyone types it to log in, staff and patients. Renaming it keeps everyone logged in; tell them the new name.</p>
    ${d&&o`<${N} kind="success"><p>Logins now use <strong>${e.slug}</strong>.</p></${N}>`}
    ${i&&i.status!==400&&i.status!==409&&o`<${k} error=${i} />`}
    <div class="inline-form">
      <${C}
        label="Login name"
        hint="2–63 lower-case letters, digits and hyphens"
        pointer="/slug"
        errors=${u}
        value=${a}
        onValue=${r}
        autocomplete="off"
        autocapitalize="none"
        spellcheck="false"
        required
      />
      <${T} busy=${n} className="button--secondary">Rename</${T}>
    </div>
  </form>`}function Tc({account:e,onChanged:t}){let[a,r]=h(!1),[n,s]=h(null),i=async()=>{r(!0),s(null);try{t(await S("DELETE",`/api/v1/portal-accounts/${e.id}`))}catch(l){s(l)}r(!1)};return o`<tr class=${e.active?"":"inactive"}>
    <th scope="row"><a href=${`/staff/patients/${e.patient_id}`}>${e.display_name}</a></th>
    <td>${e.email}</td>
    <td>${e.active?e.password_set?"Active":"Invited: link not used yet":"Revoked"}</td>
    <td>${H(e.created_at)}</td>
    <td class="actions-cell">
      ${e.active&&o`<${ve} label="Revoke" hiddenSuffix=${`the portal login of ${e.display_name}`} confirmLabel="Revoke the login" busy=${a} onConfirm=${i} small>
        <p>${e.display_name} is logged out and can no longer log into the portal; an unused link stops working. A provider can invite them again later.</p>
      </${ve}>`}
      ${n&&o`<p class="field-error" role="alert">${fi(n)}</p>`}
    </td>
  </tr>`}function Pc(){let e=P("/api/v1/portal-accounts"),t=a=>e.setData({items:e.data.items.map(r=>r.id===a.id?a:r)});return o`<section class="card" aria-labelledby="portal-accounts-heading">
    <h2 id="portal-accounts-heading">Patient portal logins</h2>
    <p class="muted">Providers and you invite patients from their chart. Revoke a login the patient should no longer use.</p>
    ${e.loading&&o`<${E} />`}
    <${k} error=${e.error} onRetry=${e.reload} />
    ${e.data&&e.data.items.length===0&&o`<${O}>No patient has a portal login yet.</${O}>`}
    ${e.data&&e.data.items.length>0&&o`<div class="table-scroll"><table class="table">
      <thead><tr><th scope="col">Patient</th><th scope="col">E-mail</th><th scope="col">Status</th><th scope="col">Invited</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
      <tbody>${e.data.items.map(a=>o`<${Tc} key=${a.id} account=${a} onChanged=${t} />`)}</tbody>
    </table></div>`}
  </section>`}function $i({session:e}){let t=P("/api/v1/staff"),a=P("/api/v1/clinic");F(t.data!==null&&a.data!==null,"team");let r=n=>t.setData({items:t.data.items.some(s=>s.id===n.id)?t.data.items.map(s=>s.id===n.id?n:s):[...t.data.items,n]});return o`<div class="stack">
    <${w}>Team and logins</${w}>
    <section class="card" aria-labelledby="team-heading">
      <h2 id="team-heading">Staff accounts</h2>
      ${t.loading&&o`<${E} />`}
      <${k} error=${t.error} onRetry=${t.reload} />
      ${t.data&&o`<div class="table-scroll"><table class="table team-table">
        <thead><tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>${t.data.items.map(n=>o`<${Sc} key=${n.id} user=${n} self=${n.id===e.user.id} onChanged=${r} />`)}</tbody>
      </table></div>`}
    </section>
    <section class="card"><${mi} onCreated=${n=>t.data&&r(n)} /></section>
    <${Pc} />
    <section class="card">
      ${a.loading&&o`<${E} />`}
      <${k} error=${a.error} onRetry=${a.reload} />
      ${a.data&&o`<${Cc} clinic=${a.data} onSaved=${a.setData} />`}
    </section>
  </div>`}function Ac(e,t){return e.start_local?e.start_local.slice(11,16):t?An(e.start,t):""}function Ec(e){return[...e].sort((t,a)=>String(t.appointment.start).localeCompare(String(a.appointment.start))||t.appointment.id-a.appointment.id)}function Rc({item:e}){let[t,a]=h(!1),[r,n]=h(null),s=U(e.patient);return o`<div class="today__action">
    <button type="button" class="button button--small" onClick=${async()=>{a(!0),n(null);try{let l=_e(await S("POST",`/api/v1/appointments/${e.appointment.id}/session`));ie(`/staff/sessions/${l.id}`)}catch(l){n(l),a(!1)}}} disabled=${t}>${t?"Opening…":"Open session"}<span class="visually-hidden"> for ${s}</span></button>
    ${r&&o`<p class="field-error" role="alert">${r.errors&&r.errors.length?r.errors.map(l=>l.message).join("; "):r.detail}</p>`}
  </div>`}function hi({session:e}){let t=at(e.role),[a,r]=h(""),n=P("/api/v1/clinic"),s=P(a?`/api/v1/sessions?date=${a}`:"/api/v1/sessions"),{nameOf:i}=Ce();F(s.data!==null&&!s.loading&&n.data!==null,"today");let l=n.data?n.data.time_zone:void 0,d=s.data?Ec(s.data.items):[],p=s.data?s.data.date:a,c=!!(p&&l&&p===ue(l));return o`<div class="stack">
    <div class="page-head">
      <div>
        <${w} title="Today’s sessions">Today’s sessions</${w}>
        <p class="lead">${p?A(p,"long"):""}${l?` · clinic time (${l})`:""}</p>
      </div>
      <div class="today__date">
        <${C} label="Another day" pointer="/date" type="date" value=${a||p||""} onValue=${r} />
      </div>
    </div>
    ${s.loading&&!s.data&&o`<${E} label="Loading the day’s sessions…" />`}
    <${k} error=${s.error} onRetry=${s.reload} />
    ${s.data&&d.length===0&&o`<${O}>No treatment sessions booked on this day.</${O}>`}
    ${d.length>0&&o`<section class="card" aria-labelledby="today-heading">
      <h2 id="today-heading" class="visually-hidden">Sessions</h2>
      <p class="muted small" role="status">${ee(d.length,"treatment session")}</p>
      <ul class="today">
        ${d.map(u=>{let f=u.session,m=U(u.patient);return o`<li class=${`today__row today__row--${f?f.status:"none"}`} data-appointment=${u.appointment.id} data-session=${f?f.id:void 0}>
            <span class="today__time">${Ac(u.appointment,l)}</span>
            <span class="today__who">
              <a href=${`/staff/patients/${u.patient.id}`}>${m}</a>
              <span class="muted small">
                Session ${u.appointment.session_number||"?"}${u.sessions_planned?` of ${u.sessions_planned}`:""}${u.appointment.provider_id?` · ${i(u.appointment.provider_id)}`:""}
              </span>
            </span>
            <span class="today__state">
              <${L} kind=${La(f?f.status:null)}>${Tt(f?f.status:null)}</${L}>
              ${f&&f.gate&&o` <${L} kind=${Da(f.gate)}>Gate: ${Na(f.gate)}</${L}>`}
            </span>
            ${t&&(f?o`<a class="button button--small button--secondary" href=${`/staff/sessions/${f.id}`}>${f.status==="signed_off"?"View":"Continue"}<span class="visually-hidden"> session of ${m}</span></a>`:u.appointment.status==="cancelled"||u.appointment.status==="no_show"?o`<span class="muted small">${u.appointment.status==="cancelled"?"Cancelled":"No-show"}</span>`:c?o`<${Rc} item=${u} />`:o`<span class="muted small">Opens on the day</span>`)}
          </li>`})}
      </ul>
    </section>`}
  </div>`}var Lc=[["/staff",Xn,"staff"],["/staff/patients",cs,"staff"],["/staff/patients/new",ps,"staff"],["/staff/patients/:id",Hn,"staff"],["/staff/patients/:id/consultations/new",Kn,"clinical"],["/staff/patients/:id/photos",xs,"staff"],["/staff/patients/:id/photos/compare",Ss,"staff"],["/staff/photos/:id",Xr,"staff"],["/staff/consultations/:id",Yn,"clinical"],["/staff/plans/:id",qs,"staff"],["/staff/today",hi,"staff"],["/staff/sessions/:id",pi,"clinical"],["/staff/concerns",On,"clinical"],["/staff/concerns/:id",zn,"clinical"],["/staff/lots",ls,"clinical"],["/staff/calendar",gn,"staff"],["/staff/hours",as,"staff"],["/staff/requests",Xs,"staff"],["/staff/mail",ds,"owner"],["/staff/protocol",Qs,"clinical"],["/staff/team",$i,"owner"],["/staff/consents",Zn,"owner"],["/staff/audit",dn,"owner"]],Nc=[["/portal",Ws],["/portal/plans/:id",Hs],["/portal/photos",Cs],["/portal/photos/:id",Ts],["/portal/sessions/:id/aftercare",Zs],["/portal/sessions/:id/concern",Ys]];function Dc(e,t){return e==="owner"?t==="owner":e==="clinical"?at(t):!0}function gi(e,t){for(let[a,r,n]of e){let s=Jo(a,t);if(s)return{page:r,params:s,who:n}}return null}function bi({to:e}){return z(()=>ie(e,{replace:!0}),[e]),null}function _i(){return o`<${w}>Page not found</${w}>
    <p>There is no page at this address. <a href="/">Go to the start page</a>.</p>`}function Oc({home:e}){return o`<${w}>Not available for your role</${w}>
    <p>Your role cannot open this page. <a href=${e}>Back to the start page</a>.</p>`}function zc(e){return e==="patient"?"/portal":"/staff"}function Ic(){let{status:e,session:t,expired:a,error:r}=an(),n=Wt();if(z(()=>{let d=requestAnimationFrame(()=>{let p=document.getElementById("page-title");p&&document.activeElement===document.body&&p.focus({preventScroll:!0})});return window.scrollTo(0,0),()=>cancelAnimationFrame(d)},[n,e]),n==="/invite")return o`<${Le}><${is} session=${e==="ready"?t:null} /></${Le}>`;if(n.startsWith("/book/"))return o`<${Le}><${Jn} slug=${Qn(n)} /></${Le}>`;if(e==="loading")return o`<${Le}><${E} label="Loading Needlepoint…" /></${Le}>`;if(e==="error")return o`<${Le}>
      <${w}>Needlepoint</${w}>
      <${k} error=${r} onRetry=${xr} />
    </${Le}>`;if(e==="anonymous")return o`<${ns} portal=${n.startsWith("/portal")} expired=${a} />`;let s=t.role;if(n==="/"||n==="/login"||n==="/portal/login")return o`<${bi} to=${zc(s)} />`;if(s==="patient"){let d=n.startsWith("/portal")?gi(Nc,n):null;return n.startsWith("/portal")?o`<${Sr} session=${t}>
      ${d?o`<${d.page} key=${n} session=${t} ...${d.params} />`:o`<${_i} />`}
    </${Sr}>`:o`<${bi} to="/portal" />`}if(!n.startsWith("/staff"))return o`<${Gt} session=${t}>
      <${w}>The portal is for patients</${w}>
      <p>You are logged in as staff. <a href="/staff">Go to the staff workspace</a>.</p>
    </${Gt}>`;let i=gi(Lc,n),l=o`<${_i} />`;return i&&!Dc(i.who,s)?l=o`<${Oc} home="/staff" />`:i&&(l=o`<${i.page} key=${n} session=${t} ...${i.params} />`),o`<${Gt} session=${t}>${l}</${Gt}>`}Qo();xr();So(o`<${Ic} />`,document.getElementById("app"));
