var W,Za,en,De,ca,Et,Ya,Pt,Ga,pa,ua,tn,ot=Symbol.for("pv"),Dt={},Rt=[],an=/^m(i|n|o|s|text|space)$/,ma=Array.isArray,fa=Rt.slice,Fe=Object.assign;function Be(e){e&&e.parentNode&&e.remove()}function Ka(e,t,a){var r,s,n,i={},l=arguments.length;for(n in t)n=="key"?r=t[n]:n=="ref"&&typeof e!="function"?s=t[n]:i[n]=t[n];return l>2&&(i.children=l>3?fa.call(arguments,2):a),rt(e,i,r,s,null)}function rt(e,t,a,r,s){var n={type:e,props:t,key:a,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:ot,__v:s||++Za,__i:-1,__u:0};return!s&&W.vnode&&W.vnode(n),n}function Nt(e){return e.children}function At(e,t){this.props=e,this.context=t,this.__g=0}function Re(e,t){if(t==null)return e.__&&Re(e.__,e.__i+1);for(var a;t<e.__k.length;t++)if((a=e.__k[t])&&a.__e)return a.__e;return typeof e.type!="function"||e.props.__P?null:Re(e)}function rn(e){var t,a=e.__v,r=a.__e,s=[],n=[],i=e.__P;i&&((t=Fe({constructor:ot},a)).__v=a.__v+1,W.vnode&&W.vnode(t),$a(i,t,a,e.__n,i.namespaceURI,32&a.__u?[r]:null,s,r||Re(a),32&a.__u,n),t.__v=a.__v,t.__.__k[t.__i]=t,ar(s,t,n),a.__=a.__e=null,t.__e!=r&&Qa(t))}function Qa(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Qa(e)}function Wa(e){(8&e.__g||(e.__g|=8,De.push(e),Et++))&&ca==W.debounceRendering||((ca=W.debounceRendering)||queueMicrotask)(Ja)}function Ja(){try{for(var e,t=1;De.length;)De.length>t&&De.sort(Ya),e=De.shift(),t=De.length,8&e.__g&&rn(e)}finally{(Et=De.length)&&(ca||queueMicrotask)(Ja)}}function Xa(e,t,a,r,s,n,i,l,c,u,d){var m,$,p,f,_,b,g=r.__k||Rt,v=t.length;for(c=on(a,t,g,c,v),m=0;m<v;m++)(p=a.__k[m])!=null&&($=~p.__i&&g[p.__i]||Dt,p.__i=m,b=$a(e,p,$,s,n,i,l,c,u,d),f=p.__e,($.ref!=p.ref||8&$.__u)&&($.ref&&ha($.ref,null,p,$),p.ref&&d.push(p.ref,p.__c||f,p)),_=_||f,4&p.__u?(c=er(p,c,e,!$.__v),$.__e&&($.__e=null)):typeof p.type=="function"&&b!==void 0?c=b:f&&(c=f.nextSibling),p.__u&=-21);return a.__e=_,c}function on(e,t,a,r,s){var n,i,l,c,u,d,m,$,p,f=a.length,_=f,b=0,g=0,v=e.__k=Array(s);for(n=0;n<s;n++)(i=t[n])!=null&&typeof i!="boolean"&&typeof i!="function"?(typeof i!="object"||i.constructor===String?i=v[n]=rt(null,i):ma(i)?i=v[n]=rt(Nt,{children:i}):i.constructor===ot&&i.__b?i=v[n]=rt(i.type,i.props,i.key,i.ref,i.__v):v[n]=i,c=n+b,i.__=e,i.__b=e.__b+1,l=null,~(u=i.__i=nn(i,a,c,_))&&(_--,(l=a[u])&&(l.__u|=2)),l&&l.__v?(i.__u|=16,u==c-1?b--:u==c+1?b++:u!=c&&(u>c?b--:b++,g=1)):(~u||(s>f?b--:s<f&&b++),typeof i.type!="function"&&(i.__u|=4))):v[n]=null;if(g){for(d=[],m=[],n=0;n<s;n++)if((i=v[n])&&16&i.__u){for(b=0,$=d.length;b<$;)d[p=b+$>>1]<i.__i?b=p+1:$=p;d[b]=i.__i,m[n]=b+1}for(b=d.length;n--;)m[n]&&(m[n]==b?b--:v[n].__u|=4)}if(_)for(n=0;n<f;n++)!(l=a[n])||2&l.__u||(l.__e==r&&(r=Re(l)),ga(l,l));return r}function er(e,t,a,r){var s,n,i,l;if(typeof e.type=="function"){if(e.props.__P)return t;if(s=e.__k)for(n=0;n<s.length;n++)s[n]&&(s[n].__=e,t=er(s[n],t,a,!1));return t}for(t&&!t.parentNode&&(t=Re(e))&&!t.parentNode&&(t=null),i=e.__e,l=t;l&&l.nodeType==8;)l=l.nextSibling;for(i!=l&&(!r&&a.moveBefore&&i.parentNode?a.moveBefore(i,t):a.insertBefore(i,t||null)),t=i;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function nn(e,t,a,r){var s,n=e.key,i=e.type,l=t[a],c=l&&!(2&l.__u);if(l===null&&n==null||c&&n==l.key&&i==l.type)return a;if(r>(c?1:0)){for(s=a-1;s>=0;s--)if((l=t[s])&&!(2&l.__u)&&n==l.key&&i==l.type)return s;for(s=a+1;s<t.length;s++)if((l=t[s])&&!(2&l.__u)&&n==l.key&&i==l.type)return s}return-1}function Ha(e,t,a){a==null&&(a=""),t[0]=="-"?e.setProperty(t,a):e[t]=a}function Tt(e,t,a,r,s){var n,i;if(t=="style")if(typeof a=="string")e.style.cssText=a;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)a&&t in a||Ha(e.style,t);if(a)for(t in a)r&&a[t]==r[t]||Ha(e.style,t,a[t])}else if(t[0]=="o"&&t[1]=="n")typeof a!="function"&&(a=null),typeof r!="function"&&(r=null),(e.__e||(e.__e={}))[t]=a,a&&r||(i=ua[t]||(ua[t]=sn(t)),(e.__a||(e.__a={}))[t]=pa,n=t!=(t=t.replace(Ga,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),a?e.addEventListener(t,i,n):e.removeEventListener(t,i,n));else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=a??"")}catch{}if(typeof a=="function")return;a==null||a===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&a==1?"":a)}}function sn(e){return function(t){var a=this.__e;if(a){if(a=a[e],t[Pt]==null)t[Pt]=pa++;else if(t[Pt]<this.__a[e])return;return a(W.event?W.event(t):t)}}}function $a(e,t,a,r,s,n,i,l,c,u){var d,m,$,p,f,_,b,g,v,w,x,R,z,O,M,ce,ue,ge,te=t.type;if(t.constructor!==ot)return null;128&a.__u&&(c=32&a.__u,d=a.__c.__z)&&(t.__u|=c,m=n=[],d.nodeType==8?l=Lt(d,n):n.push(d),l=n[0]||l),(d=W.__b)&&d(t);e:if(typeof te=="function"){$=i.length;try{if(g=t.props,v=(d=te.prototype)&&d.render,w=(d=te.contextType)&&r[d.__c],x=d?w?w.props.value:d.__:r,(p=a.__c)?(t.__c=p,2&p.__g&&(p.__g|=1)):(v?t.__c=p=new te(g,x):(t.__c=p=new At(g,x),p.constructor=te,p.render=dn),w&&w.sub(p),p.state||(p.state={}),p.__n=r,p.__g|=8,p.__h=[],p.__k=[]),v&&(p.__s||(p.__s=p.state),te.getDerivedStateFromProps&&(p.__s==p.state&&(p.__s=Fe({},p.__s)),Fe(p.__s,te.getDerivedStateFromProps(g,p.__s)))),f=p.props,_=p.state,p.__v=t,a.__c){if(g!==f&&v&&!te.getDerivedStateFromProps&&p.componentWillReceiveProps&&p.componentWillReceiveProps(g,x),t.__v==a.__v&&!(8&p.__g)||!(4&p.__g)&&p.shouldComponentUpdate&&p.shouldComponentUpdate(g,p.__s,x)===!1){t.__v!=a.__v&&(p.props=g,p.state=p.__s,p.__g&=-9),t.__e=a.__e,t.__k=a.__k,t.__k.some(function(ae){ae&&(ae.__=t)}),Rt.push.apply(p.__h,p.__k),p.__k=[],p.__h.length&&i.push(p),l=Re(a);break e}p.componentWillUpdate&&p.componentWillUpdate(g,p.__s,x),v&&p.componentDidUpdate&&p.__h.push(function(){p.componentDidUpdate(f,_,b)})}else v&&!te.getDerivedStateFromProps&&p.componentWillMount&&p.componentWillMount(),v&&p.componentDidMount&&p.__h.push(p.componentDidMount);p.context=x,p.props=g,p.__P=e,p.__g&=-5,R=W.__r,z=v?25:0;do p.__g&=-9,R&&R(t),d=p.render(p.props,p.state=p.__s,p.context);while(8&p.__g&&++z<25);v&&(Rt.push.apply(p.__h,p.__k),p.__k=[]),p.state=p.__s,p.getChildContext&&(r=Fe({},r,p.getChildContext())),v&&a.__c&&p.getSnapshotBeforeUpdate&&(b=p.getSnapshotBeforeUpdate(f,_)),O=d&&d.type===Nt&&d.key==null?d.props.children:d,g.__P&&(d=l,s=(e=g.__P).namespaceURI,c=n=null,a.props&&a.props.__P!=e&&(a.__k.some(function(ae){ae&&ga(ae,ae)}),a.__k=null),l=a.__k?Re(a,0):null),l=Xa(e,ma(O)?O:[O],t,a,r,s,n,i,l,c,u),g.__P&&(t.__e=null,l=d),t.__u&=-161,m&&m.some(Be),p.__h.length&&i.push(p),1&p.__g&&(p.__g&=-4)}catch(ae){if(i.length=$,t.__v=null,c||n)if(ae&&ae.then){if(t.__u|=128|c,n){for(~(ue=n.indexOf(l||void 0))||(ue=n.length);(ge=n[ue-1])&&ge.nodeType==8;)ue--;for(;ue<n.length;ue++)if(ge=n[ue])if(n[ue]=null,M){if(ge==ce)break}else{if(ge.nodeType!=8)break;ge.data.startsWith("$s")&&(ce=Lt(M=ge))}}if(!M){for(;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;M=l}(d=Lt(M=t.__c.__z||(t.__c.__z=M)))?(t.__e=M,l=d):t.__e=l,l=l&&l.nextSibling}else n&&n.some(Be);else t.__e=a.__e;t.__k||(t.__k=a.__k||[]),ae&&ae.then||tr(t),W.__e(ae,t,a)}}else l=t.__e=ln(a.__e,t,a,r,s,n,i,c,u,e);return(d=W.diffed)&&d(t),l}function Lt(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var a=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))a++;else if(e.data.startsWith("/$s")&&!--a)return e}t&&t.push(e)}}function tr(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(tr))}function ar(e,t,a){for(var r=0;r<a.length;)ha(a[r++],a[r++],a[r++]);W.__c&&W.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(n){n.call(s)})}catch(n){W.__e(n,s.__v)}})}function ln(e,t,a,r,s,n,i,l,c,u){var d,m,$,p,f,_,b,g,v=a.props||Dt,w=t.props,x=t.type;if(x=="svg"?s="http://www.w3.org/2000/svg":x=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),n){for(d=0;d<n.length;d++)if((f=n[d])&&(x?f.localName==x:f.nodeType==3)){e=f,n[d]=null;break}}if(!e){if(g=u.ownerDocument||document,!x)return g.createTextNode(w);e=g.createElementNS(s,x,w.is?w:u),l&&(W.__m&&W.__m(t,n),l=!1),n=null}if(x){if(u=x=="template"&&e.content||e,n=x=="textarea"&&w.defaultValue!=null?null:n&&fa.call(u.childNodes),!l&&n)for(v={},d=0;d<e.attributes.length;d++)v[(f=e.attributes[d]).name]=f.value;for(d in v)f=v[d],d=="dangerouslySetInnerHTML"?$=f:d=="children"||d in w||d=="value"&&"defaultValue"in w||d=="checked"&&"defaultChecked"in w||Tt(e,d,null,f,s);for(d in w)f=w[d],d=="children"?p=f:d=="dangerouslySetInnerHTML"?m=f:d=="value"?_=f:d=="checked"?b=f:l&&typeof f!="function"||v[d]===f||Tt(e,d,f,v[d],s);m?(l||$&&(m.__html==$.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[]):($&&(e.textContent=""),(x=="foreignObject"||s=="http://www.w3.org/1998/Math/MathML"&&an.test(x))&&(s="http://www.w3.org/1999/xhtml"),Xa(u,ma(p)?p:[p],t,a,r,s,n,i,n?n[0]:a.__k&&Re(a,0),l,c),n&&n.some(Be)),l&&x!="textarea"||(d="value",x=="progress"&&_==null?e.removeAttribute(d):_==null||_===e[d]&&(x!="progress"||_)||Tt(e,d,_,v[d],s),d="checked",b!=null&&b!=e[d]&&Tt(e,d,b,v[d],s))}else v===w||l&&e.data==w||(e.data=w);return e}function ha(e,t,a,r){try{typeof e=="function"?t?t.__x=e(t)||1:r&&(r=r.__c||r.__e)&&(t=r.__x)&&(r.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(s){W.__e(s,a)}}function ga(e,t,a){var r,s,n,i;if(W.unmount&&W.unmount(e),!(r=e.ref)||r.current&&r.current!=e.__e||ha(r,null,t,e),r=e.__c){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(l){W.__e(l,t)}r.__P=r.__n=null}if(r=e.__k)for(i=0;i<r.length;i++)r[i]&&ga(r[i],t,typeof e.type!="function"||a&&!e.props.__P);!a&&(r=e.__c)&&(r=r.__z)&&(s=Lt(r,n=[]))&&(r==e.__e&&n.some(Be),Be(s),Be(r)),a||Be(e.__e),e.__e=e.__c=e.__=null}function dn(e,t,a){return this.constructor(e,a)}function rr(e,t){var a,r,s,n;W.__&&W.__(e,t),t.nodeType==9&&(t=t.documentElement),r=(a=e&&32&e.__u)?null:t.__k,t.__k=rt(Nt,{children:[e]}),s=[],n=[],$a(t,t.__k,r||Dt,Dt,t.namespaceURI,r?null:t.firstChild?fa.call(t.childNodes):null,s,r?r.__e:t.firstChild,a,n),ar(s,t.__k,n),t.__k.props.children=null}W={__e:function(e,t,a,r){for(var s,n,i;t=t.__;)if((s=t.__c)&&!(1&s.__g)){s.__g|=4;try{if((i=(n=s.constructor)&&n.getDerivedStateFromError)&&s.setState(n.getDerivedStateFromError(e)),s.componentDidCatch&&(s.componentDidCatch(e,r||{}),i=1),i&&8&s.__g)return void(s.__g|=2)}catch(l){e=l}}throw Et=0,e}},Za=0,en=function(e){return e!=null&&e.constructor===ot},At.prototype.setState=function(e,t){var a=this.__s;a&&a!=this.state||(a=this.__s=Fe({},this.state)),typeof e=="function"&&(e=e(Fe({},a),this.props)),e&&(Fe(a,e),this.__v&&(t&&this.__k.push(t),Wa(this)))},At.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Wa(this))},At.prototype.render=Nt,De=[],Et=0,Ya=function(e,t){return e.__v.__b-t.__v.__b},Pt=Symbol(),Ga=/(PointerCapture)$|Capture$/i,pa=0,ua={},tn=0;var st,J,ba,or,_a=Object.is,it=0,mr=[],va=[],G=W,nr=G.__b,sr=G.__r,ir=G.diffed,lr=G.__c,dr=G.unmount,cr=G.__;function wa(e,t){G.__h&&G.__h(J,e,it||t),it=0;var a=J.__H||(J.__H={__:[],__h:[]});return e>=a.__.length&&a.__.push({}),a.__[e]}function h(e){return it=1,cn(hr,e)}function cn(e,t,a){var r=wa(st++,2);if(r.t=e,!r.__c&&(r.__=[a?a(t):hr(void 0,t),function(n){var i=(r.__N||r.__)[0],l=r.t(i,n);_a(i,l)||(r.__N=[l,r.__[1]],r.__c.setState({}))}],r.__c=J,!J.__f)){J.__f=!0;var s=J.shouldComponentUpdate;J.shouldComponentUpdate=function(n,i,l){var c=this.__H;if(!c)return!0;var u=!1,d=this.props!=n;if(c.__.some(function($){$.__N&&(u=!0,_a($.__[0],$.__N[0])||(d=!0))}),s){var m=s.call(this,n,i,l);return u?m||d:m}return!u||d}}return r.__}function I(e,t){var a=wa(st++,3);!G.__s&&$r(a.__H,t)&&(a.__P=!0,a.__=e,a.u=t,J.__H.__h.push(a))}function X(e){return it=5,fr(function(){return{current:e}},[])}function fr(e,t){var a=wa(st++,7);return $r(a.__H,t)&&(a.__=e(),a.__H=t),a.__}function Ye(e,t){return it=8,fr(function(){return e},t)}function un(){var e;do{for(;e=va.shift();)try{nt(e)}catch(a){G.__e(a,{__:(e=e.__P)&&e.__v})}for(;e=mr.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(nt),t.__h.some(ya),t.__h=[]}catch(a){t.__h=[],G.__e(a,e.__v)}}}while(va.length)}G.__b=function(e){J=null,nr&&nr(e)},G.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),cr&&cr(e,t)},G.__r=function(e){sr&&sr(e),st=0;var t=(J=e.__c).__H;t&&(ba==J?J.__h=[]:(t.__h.some(nt),t.__h.some(ya),st=0),t.__h=[],t.__.some(function(a){a.__N&&(a.__=a.__N),a.u=a.__N=void 0})),ba=J},G.diffed=function(e){ir&&ir(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&pr(mr.push(t)),t.__H.__.some(function(a){a.u&&(a.__H=a.u)})),ba=J=null},G.__c=function(e,t){t.some(function(a){try{a.__h.some(nt),a.__h=a.__h.filter(function(r){return!r.__||ya(r)})}catch(r){a.__h=[function(){throw r}]}}),lr&&lr(e,t)},G.unmount=function(e){dr&&dr(e);var t,a,r=e.__c;r&&r.__H&&(r.__H.__.some(function(s){try{if(s.__P&&s.__c){if(a===void 0){for(a=e.__;a&&(!a.__c||!a.__c.__P);)a=a.__;a=a&&a.__c}s.__P=a,pr(va.push(s))}else nt(s)}catch(n){t=n}}),r.__H=void 0,t&&G.__e(t,r.__v))};var ur=typeof requestAnimationFrame=="function";function pn(e){var t,a=function(){clearTimeout(r),ur&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(a,35);ur&&(t=requestAnimationFrame(a))}function pr(e){e!=1&&or==G.requestAnimationFrame||((or=G.requestAnimationFrame)||pn)(un)}function nt(e){var t=J,a=e.__c;typeof a=="function"&&(e.__c=void 0,a()),J=t}function ya(e){var t=J;e.__c=e.__(),J=t}function $r(e,t){return!e||e.length!=t.length||t.some(function(a,r){return!_a(a,e[r])})}function hr(e,t){return typeof t=="function"?t(e):t}var lt=["forehead","temples","periorbital","nose","cheeks","perioral","chin","jawline"],dt=["neck","decolletage","hands","arms","abdomen","back","buttocks","thighs"],ct=[...lt,...dt],mn={forehead:"Forehead",temples:"Temples",periorbital:"Around the eyes",nose:"Nose",cheeks:"Cheeks",perioral:"Around the mouth",chin:"Chin",jawline:"Jawline",neck:"Neck",decolletage:"Décolletage",hands:"Hands",arms:"Arms",abdomen:"Abdomen",back:"Back",buttocks:"Buttocks",thighs:"Thighs"},gr=["acne_scars","fine_lines","wrinkles","laxity","texture","enlarged_pores","hyperpigmentation","dullness","surgical_scars","stretch_marks","volume_loss","dynamic_wrinkles"],fn={dullness:"Dullness",fine_lines:"Fine lines",wrinkles:"Wrinkles",laxity:"Laxity",texture:"Uneven texture",enlarged_pores:"Enlarged pores",hyperpigmentation:"Hyperpigmentation",acne_scars:"Acne scars",surgical_scars:"Surgical scars",stretch_marks:"Stretch marks",volume_loss:"Volume loss",dynamic_wrinkles:"Dynamic wrinkles"},ut={hyperpigmentation:["sun_spots","melasma","pih"],acne_scars:["ice_pick","boxcar","rolling","mixed"]},$n={sun_spots:"Sun spots",melasma:"Melasma",pih:"Post-inflammatory (PIH)",ice_pick:"Ice pick",boxcar:"Boxcar",rolling:"Rolling",mixed:"Mixed"},br=[[1,"1 – mild"],[2,"2 – moderate"],[3,"3 – marked"],[4,"4 – severe"]],_r=["herpes_history","keloid_tendency","psoriasis","eczema","rosacea","scleroderma","autoimmune_disease","bleeding_disorder","immunocompromised","diabetes_controlled","diabetes_uncontrolled"],hn={herpes_history:"Cold sores (herpes simplex)",keloid_tendency:"Keloid scarring",psoriasis:"Psoriasis",scleroderma:"Scleroderma",autoimmune_disease:"Autoimmune disease",bleeding_disorder:"Bleeding disorder",immunocompromised:"Immunocompromised",diabetes_controlled:"Diabetes, controlled",diabetes_uncontrolled:"Diabetes, uncontrolled",eczema:"Eczema",rosacea:"Rosacea"},vr=["acne","cold_sore","infection","eczema","psoriasis","rosacea","dermatitis","open_wound","sunburn","recent_sun_exposure","skin_cancer"],gn={acne:"Active acne",infection:"Skin infection",cold_sore:"Cold sore",eczema:"Eczema flare",psoriasis:"Psoriasis flare",rosacea:"Rosacea flare",dermatitis:"Dermatitis",open_wound:"Open wound",sunburn:"Sunburn",recent_sun_exposure:"Recent sun exposure or tan",skin_cancer:"Skin cancer or suspicious lesion"},yr=["isotretinoin","topical_retinoid","exfoliating_acid","anticoagulant","antiplatelet","immunosuppressant","aspirin","nsaid","vitamin_e","fish_oil","ginkgo"],bn={isotretinoin:"Isotretinoin (oral)",topical_retinoid:"Topical retinoid",exfoliating_acid:"Exfoliating acid (AHA/BHA)",anticoagulant:"Anticoagulant",antiplatelet:"Antiplatelet",immunosuppressant:"Immunosuppressant",aspirin:"Aspirin",nsaid:"NSAID (ibuprofen, naproxen)",vitamin_e:"Vitamin E",fish_oil:"Fish oil",ginkgo:"Ginkgo biloba"},wr=["botox","filler","superficial_peel","medium_peel","deep_peel","laser_nonablative","laser_ablative","microneedling","surgery","waxing","depilatory","electrolysis"],_n={botox:"Botulinum toxin",filler:"Dermal filler",superficial_peel:"Superficial peel",medium_peel:"Medium peel",deep_peel:"Deep peel",laser_nonablative:"Non-ablative laser",laser_ablative:"Ablative laser",microneedling:"Microneedling",surgery:"Surgery",waxing:"Waxing",depilatory:"Depilatory cream",electrolysis:"Electrolysis"},kr=["lidocaine","topical_anaesthetic","stainless_steel"],vn={lidocaine:"Lidocaine",topical_anaesthetic:"Topical anaesthetic",stainless_steel:"Stainless steel (needles)"},yn={eligible:"Eligible",eligible_with_precautions:"Eligible with precautions",defer:"Defer",not_eligible:"Not eligible"},wn={contraindicated:"Contraindicated",defer:"Defer",caution:"Caution",info:"Info"},kn={alternative_anaesthesia:"Plan an alternative anaesthetic",antiviral_prophylaxis:"Antiviral prophylaxis",conservative_depth:"Conservative depths",physician_clearance:"Physician clearance",review_blood_thinners:"Review blood thinners",strict_photoprotection:"Strict photoprotection"},xn={active_acne:"Active acne",active_infection:"Active infection",active_cold_sore:"Active cold sore",skin_condition_flare:"Skin condition flare",open_wound:"Open wound",sunburn:"Sunburn",recent_sun_exposure:"Recent sun exposure",skin_cancer:"Skin cancer",keloid_tendency:"Keloid tendency",scleroderma:"Scleroderma",bleeding_disorder:"Bleeding disorder",metal_allergy:"Metal allergy",psoriasis_history:"Psoriasis history",autoimmune_disease:"Autoimmune disease",immunocompromised:"Immunocompromised",uncontrolled_diabetes:"Uncontrolled diabetes",herpes_history:"Cold sore history",pih_risk:"Risk of hyperpigmentation",anaesthetic_allergy:"Anaesthetic allergy",anticoagulant:"Anticoagulant or antiplatelet",blood_thinning_otc:"Blood-thinning supplement or painkiller",isotretinoin:"Isotretinoin",retinoid_or_acid:"Retinoid or acid",recent_hair_removal:"Recent hair removal",recent_procedure:"Recent procedure",pregnancy:"Pregnancy or breastfeeding",minor:"Under 18",unsuitable_concern:"Concern microneedling does not treat"},Sn={avoid_sun:"Avoid sun",stop_retinoids_acids:"Stop retinoids and acids",no_hair_removal:"No hair removal",review_blood_thinners:"Review blood thinners",antiviral_prophylaxis:"Antiviral",hydrate:"Hydrate",report_skin_changes:"Report skin changes",arrive_makeup_free:"Arrive make-up free"},Cn={expected_redness:"Redness expected",gentle_cleanse_only:"Gentle cleansing only",no_makeup:"No make-up",avoid_heat_sweat:"Avoid heat and sweat",no_actives:"No active skincare",strict_sun_protection:"Strict sun protection",flaking_expected:"Flaking expected",do_not_pick:"Do not pick",reintroduce_retinoids:"Reintroduce retinoids",peels_facials_ok:"Peels and facials allowed",warning_signs:"Warning signs"},Tn={hyaluronic_acid:"Hyaluronic acid",prp:"PRP",led_red:"Red LED",brightening_serum:"Brightening serum (after healing)"},Pn={fillers:"Fillers",laser_resurfacing:"Laser resurfacing",neuromodulators:"Neuromodulators"},zt=["owner","provider","front_desk"],An={owner:"Owner",provider:"Provider",front_desk:"Front desk",patient:"Patient"},Ln={proposed:"Proposed",active:"Active",completed:"Completed",cancelled:"Cancelled"},Ne=[[1,"I – always burns"],[2,"II – usually burns"],[3,"III – sometimes burns"],[4,"IV – rarely burns"],[5,"V – very rarely burns"],[6,"VI – never burns"]];function ee(e){return t=>e[t]||String(t).replaceAll("_"," ")}var le=ee(mn),Me=ee(fn),Ot=ee($n),It=ee(hn),Bt=ee(gn),Ft=ee(bn),Mt=ee(_n),qt=ee(vn),Vt=ee(yn),jt=ee(wn),qe=ee(kn),me=ee(xn),pt=ee(Sn),mt=ee(Cn),ft=ee(Tn),xr=ee(Pn),$e=ee(An),ze=ee(Ln);var Cr=function(e,t,a,r){var s;t[0]=0;for(var n=1;n<t.length;n++){var i=t[n++],l=t[n]?(t[0]|=i?1:2,a[t[n++]]):t[++n];i===3?r[0]=l:i===4?r[1]=Object.assign(r[1]||{},l):i===5?(r[1]=r[1]||{})[t[++n]]=l:i===6?r[1][t[++n]]+=l+"":i?(s=e.apply(l,Cr(e,l,a,["",null])),r.push(s),l[0]?t[0]|=2:(t[n-2]=0,t[n]=s)):r.push(l)}return r},Sr=new Map;function Tr(e){var t=Sr.get(this);return t||(t=new Map,Sr.set(this,t)),(t=Cr(this,t.get(e)||(t.set(e,t=(function(a){for(var r,s,n=1,i="",l="",c=[0],u=function($){n===1&&($||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?c.push(0,$,i):n===3&&($||i)?(c.push(3,$,i),n=2):n===2&&i==="..."&&$?c.push(4,$,0):n===2&&i&&!$?c.push(5,0,!0,i):n>=5&&((i||!$&&n===5)&&(c.push(n,0,i,s),n=6),$&&(c.push(n,$,0,s),n=6)),i=""},d=0;d<a.length;d++){d&&(n===1&&u(),u(d));for(var m=0;m<a[d].length;m++)r=a[d][m],n===1?r==="<"?(u(),c=[c],n=3):i+=r:n===4?i==="--"&&r===">"?(n=1,i=""):i=r+i[0]:l?r===l?l="":i+=r:r==='"'||r==="'"?l=r:r===">"?(u(),n=1):n&&(r==="="?(n=5,s=i,i=""):r==="/"&&(n<5||a[d][m+1]===">")?(u(),n===3&&(c=c[0]),n=c,(c=c[0]).push(2,0,n),n=0):r===" "||r==="	"||r===`
`||r==="\r"?(u(),n=2):i+=r),n===3&&i==="!--"&&(n=4,c=c[0])}return u(),c})(e)),t),arguments,[])).length>1?t:t[0]}var o=Tr.bind(Ka);var ka=new Set;function En(){ka.forEach(e=>e(location.pathname))}function ne(e,{replace:t=!1}={}){e!==location.pathname+location.search&&history[t?"replaceState":"pushState"](null,"",e),En()}function Ut(){let[e,t]=h(location.pathname);return I(()=>{ka.add(t);let a=()=>t(location.pathname);return addEventListener("popstate",a),()=>{ka.delete(t),removeEventListener("popstate",a)}},[]),e}function Pr(){document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest&&e.target.closest("a[href]");if(!t||t.target||t.hasAttribute("download"))return;let a=new URL(t.href);a.origin!==location.origin||a.pathname.startsWith("/api/")||a.pathname===location.pathname&&a.hash||(e.preventDefault(),ne(a.pathname+a.search))})}function Ar(e,t){let a=e.split("/"),r=t.replace(/\/+$/,"").split("/");if(a.length!==r.length)return null;let s={};for(let n=0;n<a.length;n++)if(a[n].startsWith(":")){if(!/^[1-9][0-9]{0,17}$/.test(r[n]))return null;s[a[n].slice(1)]=Number(r[n])}else if(a[n]!==r[n])return null;return s}var xa="",Sa=new Set;function Ca(e){xa=e||""}function Lr(e){return Sa.add(e),()=>Sa.delete(e)}var Ve=class extends Error{constructor(t,a){let r=a&&(a.detail||a.title)||`HTTP ${t}`;super(r),this.status=t,this.title=a&&a.title||"",this.detail=r,this.errors=a&&Array.isArray(a.errors)&&a.errors||[],this.requestId=a&&a.request_id||"",this.problem=a||{}}};async function T(e,t,a,{contentType:r="application/json",signal:s}={}){let n={Accept:"application/json"},i;a!==void 0&&(n["Content-Type"]=r,i=r==="application/json"?JSON.stringify(a):a),e!=="GET"&&xa&&(n["X-CSRF-Token"]=xa);let l;try{l=await fetch(t,{method:e,headers:n,body:i,credentials:"same-origin",signal:s})}catch(d){throw d.name==="AbortError"?d:new Ve(0,{title:"No connection",detail:"The server could not be reached. Check the connection and try again."})}if(l.status===204||l.status===304)return null;let c=await l.text(),u=null;try{u=c?JSON.parse(c):null}catch{u=null}if(!l.ok){let d=new Ve(l.status,u),m=e==="POST"&&(t==="/api/v1/session"||t==="/api/v1/invitations/accept");throw l.status===401&&!m&&Sa.forEach($=>$()),d}return u}function Wt(e){if(!e||e.name==="AbortError")return"";if(!(e instanceof Ve))return"Something went wrong in the page. Reload and try again.";switch(e.status){case 0:return e.detail;case 403:return"Your role may not do this.";case 404:return"Not found. It may not exist, or it is not yours to see.";case 409:return`${e.detail}.`;case 429:return`${e.detail}.`;case 503:return"The service is busy or the database is unavailable. Try again in a moment.";default:return e.status>=500?`The server failed (${e.status})${e.requestId?`; quote request ${e.requestId}`:""}.`:e.errors.length>0?"Please correct the fields marked below.":`${e.detail}.`}}var Er="np-draft:",Dr="";function Ta(e){Dr=e?`${e.clinic_id}:${e.user.id}`:""}function Rr(){try{for(let e=sessionStorage.length-1;e>=0;e--){let t=sessionStorage.key(e);t&&t.startsWith(Er)&&sessionStorage.removeItem(t)}}catch{}}function Dn(e){try{let t=sessionStorage.getItem(e);return t===null?void 0:JSON.parse(t)}catch{return}}function Ge(e,t){let a=`${Er}${Dr}:${e}`,r=X(Dn(a)),[s,n]=h(()=>r.current!==void 0?r.current:typeof t=="function"?t():t),i=X(!1);I(()=>{if(i.current)try{sessionStorage.setItem(a,JSON.stringify(s))}catch{}},[a,s]);let l=Ye(u=>{i.current=!0,n(u)},[]),c=Ye(()=>{i.current=!1;try{sessionStorage.removeItem(a)}catch{}},[a]);return[s,l,c,r.current!==void 0]}var Ke={status:"loading",session:null,expired:!1,error:null},Pa=new Set;function $t(e){Ke={...Ke,...e},Pa.forEach(t=>t(Ke))}function Nr(){let[e,t]=h(Ke);return I(()=>(Pa.add(t),t(Ke),()=>Pa.delete(t)),[]),e}function zr(e){Ca(e.csrf_token),Ta(e),$t({status:"ready",session:e,expired:!1,error:null})}async function Aa(){try{zr(await T("GET","/api/v1/session"))}catch(e){e.status===401?$t({status:"anonymous",session:null}):$t({status:"error",error:e})}}async function Or(e,t,a){let r=await T("POST","/api/v1/session",{clinic:e,email:t,password:a});return zr(r),r}async function Ht(){try{await T("DELETE","/api/v1/session")}catch{}Rr(),Ca(""),Ta(null),$t({status:"anonymous",session:null,expired:!1})}Lr(()=>{Ke.status==="ready"&&$t({status:"anonymous",session:null,expired:!0})});var Qe=e=>e==="owner"||e==="provider";function Rn(e){let t=[{href:"/staff",label:"Home",exact:!0},{href:"/staff/patients",label:"Patients"},{href:"/staff/calendar",label:"Calendar"},{href:"/staff/hours",label:"Hours"},{href:"/staff/requests",label:"Requests"}];return(e==="owner"||e==="provider")&&t.push({href:"/staff/protocol",label:"Protocol"}),e==="owner"&&(t.push({href:"/staff/team",label:"Team"}),t.push({href:"/staff/mail",label:"Mail"}),t.push({href:"/staff/audit",label:"Audit log"})),t}function Ir(){return o`<a class="skip-link" href="#main" onClick=${e=>{e.preventDefault();let t=document.getElementById("main");t&&t.focus()}}>Skip to content</a>`}async function Br(e){await Ht(),ne(e,{replace:!0})}function ht({session:e,children:t}){let a=Ut(),r=e.role,s=n=>n.exact?a===n.href:a===n.href||a.startsWith(`${n.href}/`);return o`<${Ir} />
    <header class="topbar">
      <div class="topbar__inner">
        <a class="brand" href="/staff"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</a>
        <nav class="mainnav" aria-label="Main">
          <ul>
            ${Rn(r).map(n=>o`<li><a href=${n.href} aria-current=${s(n)?"page":void 0}>${n.label}</a></li>`)}
          </ul>
        </nav>
        <div class="userbox">
          <span class="userbox__name">${e.user.display_name}</span>
          <span class="userbox__role">${$e(r)}</span>
          <button type="button" class="button button--quiet" onClick=${()=>Br("/login")}>Log out</button>
        </div>
      </div>
    </header>
    <main id="main" class="page" tabindex="-1">${t}</main>`}function La({session:e,children:t}){return o`<${Ir} />
    <header class="topbar topbar--portal">
      <div class="topbar__inner">
        <a class="brand" href="/portal"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</a>
        <nav class="mainnav" aria-label="Main">
          <ul><li><a href="/portal" aria-current="page">My plan</a></li></ul>
        </nav>
        <div class="userbox">
          <span class="userbox__name">${e.user.display_name}</span>
          <button type="button" class="button button--quiet" onClick=${()=>Br("/portal/login")}>Log out</button>
        </div>
      </div>
    </header>
    <main id="main" class="page page--portal" tabindex="-1">${t}</main>`}function be({children:e}){return o`<main id="main" class="page page--plain" tabindex="-1">${e}</main>`}var Nn={short:new Intl.DateTimeFormat("en-GB",{day:"numeric",month:"short",year:"numeric",timeZone:"UTC"}),weekday:new Intl.DateTimeFormat("en-GB",{weekday:"short",day:"numeric",month:"short",year:"numeric",timeZone:"UTC"}),long:new Intl.DateTimeFormat("en-GB",{weekday:"long",day:"numeric",month:"long",year:"numeric",timeZone:"UTC"}),dayMonth:new Intl.DateTimeFormat("en-GB",{day:"numeric",month:"short",timeZone:"UTC"})},zn=new Intl.DateTimeFormat("en-GB",{day:"numeric",month:"short",year:"numeric",hour:"2-digit",minute:"2-digit",second:"2-digit"});function gt(e){let t=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e||"");return t?new Date(Date.UTC(+t[1],+t[2]-1,+t[3])):null}function S(e,t="short"){let a=gt(e);return a?Nn[t].format(a):""}function re(e){let t=new Date(e);return Number.isNaN(t.getTime())?e:zn.format(t)}function Zt(e,t){return t?e===t?S(e):`${S(e)} – ${S(t)}`:`from ${S(e)}`}function Ea(e,t){return Math.round((gt(t)-gt(e))/864e5)}function _e(e){try{let t=new Intl.DateTimeFormat("en-CA",{timeZone:e,year:"numeric",month:"2-digit",day:"2-digit"}).formatToParts(new Date),a=r=>t.find(s=>s.type===r).value;return`${a("year")}-${a("month")}-${a("day")}`}catch{return new Date().toISOString().slice(0,10)}}function Je(e,t=_e()){let a=gt(e),r=gt(t);if(!a||!r)return null;let s=r.getUTCFullYear()-a.getUTCFullYear();return(r.getUTCMonth()<a.getUTCMonth()||r.getUTCMonth()===a.getUTCMonth()&&r.getUTCDate()<a.getUTCDate())&&s--,s}function V(e){return e?`${e.given_name} ${e.family_name}`.trim():""}function ve(e){if(!e)return"";let t=a=>Number(a).toFixed(2);return`${t(e.min)}–${t(e.max)} mm`}function K(e,t,a=`${t}s`){return`${e} ${e===1?t:a}`}function Y(e){return`f${e.replace(/[^A-Za-z0-9_]+/g,"-")}`}function se(e,t,a=!1){return(e||[]).filter(r=>r.path===t||a&&r.path.startsWith(`${t}/`)).map(r=>r.message)}function Da(e){let t=e;for(;t;){let a=document.getElementById(Y(t));if(a)return a;t=t.slice(0,Math.max(0,t.lastIndexOf("/")))}return null}function On(e){I(()=>{document.title=e?`${e} – Needlepoint`:"Needlepoint"},[e])}function y({children:e,title:t}){return On(t||(typeof e=="string"?e:"")),o`<h1 id="page-title" tabindex="-1">${e}</h1>`}function Yt({id:e,messages:t}){return!t||t.length===0?null:o`<div class="field-error" id=${e}>
    ${t.map(a=>o`<p><span class="visually-hidden">Error: </span>${a}</p>`)}
  </div>`}function Gt(e,t,a){let r=[];return t&&r.push(`${e}-hint`),a.length>0&&r.push(`${e}-error`),r.length>0?r.join(" "):void 0}function C({label:e,pointer:t,errors:a,hint:r,value:s,onValue:n,type:i="text",required:l=!1,className:c="",...u}){let d=Y(t),m=se(a,t);return o`<div class=${`field ${m.length?"field--invalid":""} ${c}`}>
    <label for=${d}>${e}${l?o`<span class="required" aria-hidden="true"> *</span>`:""}</label>
    ${r&&o`<p class="hint" id=${`${d}-hint`}>${r}</p>`}
    <input
      id=${d}
      name=${t}
      type=${i}
      value=${s??""}
      onInput=${$=>n($.currentTarget.value)}
      aria-invalid=${m.length>0?"true":void 0}
      aria-required=${l?"true":void 0}
      aria-describedby=${Gt(d,r,m)}
      ...${u}
    />
    <${Yt} id=${`${d}-error`} messages=${m} />
  </div>`}function ye({label:e,pointer:t,errors:a,hint:r,value:s,onValue:n,required:i=!1,rows:l=3,...c}){let u=Y(t),d=se(a,t);return o`<div class=${`field ${d.length?"field--invalid":""}`}>
    <label for=${u}>${e}${i?o`<span class="required" aria-hidden="true"> *</span>`:""}</label>
    ${r&&o`<p class="hint" id=${`${u}-hint`}>${r}</p>`}
    <textarea
      id=${u}
      name=${t}
      rows=${l}
      value=${s??""}
      onInput=${m=>n(m.currentTarget.value)}
      aria-invalid=${d.length>0?"true":void 0}
      aria-describedby=${Gt(u,r,d)}
      ...${c}
    ></textarea>
    <${Yt} id=${`${u}-error`} messages=${d} />
  </div>`}function q({label:e,pointer:t,errors:a,hint:r,value:s,onValue:n,options:i,placeholder:l,required:c=!1,className:u="",...d}){let m=Y(t),$=se(a,t);return o`<div class=${`field ${$.length?"field--invalid":""} ${u}`}>
    <label for=${m}>${e}${c?o`<span class="required" aria-hidden="true"> *</span>`:""}</label>
    ${r&&o`<p class="hint" id=${`${m}-hint`}>${r}</p>`}
    <select
      id=${m}
      name=${t}
      value=${s??""}
      onChange=${p=>n(p.currentTarget.value)}
      aria-invalid=${$.length>0?"true":void 0}
      aria-required=${c?"true":void 0}
      aria-describedby=${Gt(m,r,$)}
      ...${d}
    >
      ${l!==void 0&&o`<option value="">${l}</option>`}
      ${i.map(([p,f])=>o`<option value=${p}>${f}</option>`)}
    </select>
    <${Yt} id=${`${m}-error`} messages=${$} />
  </div>`}function je({id:e,label:t,checked:a,onChecked:r,name:s,hint:n}){return o`<div class="check">
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
  </div>`}function Le({legend:e,pointer:t,errors:a,hint:r,options:s,values:n,onValues:i,columns:l=2,compact:c}){let u=Y(t),d=se(a,t,!0),m=($,p)=>{let f=new Set(n);p?f.add($):f.delete($),i(s.map(([_])=>_).filter(_=>f.has(_)))};return o`<fieldset
    class=${`checks checks--${l} ${c?"checks--compact":""} ${d.length?"field--invalid":""}`}
    id=${u}
    tabindex="-1"
    aria-describedby=${Gt(u,r,d)}
  >
    <legend>${e}</legend>
    ${r&&o`<p class="hint" id=${`${u}-hint`}>${r}</p>`}
    <${Yt} id=${`${u}-error`} messages=${d} />
    <div class="checks__items">
      ${s.map(([$,p])=>o`<${je}
            id=${`${u}-${$}`}
            name=${t}
            label=${p}
            checked=${n.includes($)}
            onChecked=${f=>m($,f)}
          />`)}
    </div>
  </fieldset>`}var Fr={intake:"",patient:"",zones:"Zone",concerns:"Concern",active:"Skin condition",medications:"Medication",procedures:"Procedure",allergies:"Allergy",history:"History item",areas:"Areas",fitzpatrick:"Skin type",birth_date:"Date of birth",assessed_on:"Assessed on",planned_date:"First session",given_name:"Given name",family_name:"Family name",display_name:"Name",depth_mm:"depth",last_dose:"last taken",last_use:"last taken",code:""};function Xe(e){let t=[];return e.split("/").slice(1).forEach((r,s)=>{if(/^\d+$/.test(r)){t.length&&(t[t.length-1]+=` ${Number(r)+1}`);return}let n=r in Fr?Fr[r]:r.replaceAll("_"," ");n&&t.push(s===0||t.length===0?n.charAt(0).toUpperCase()+n.slice(1):n)}),t.join(", ")}function H({errors:e,title:t="Please correct these fields"}){if(!e||e.length===0)return null;let a=(r,s)=>{r.preventDefault();let n=Da(s);n&&(n.scrollIntoView({block:"center"}),n.focus({preventScroll:!0}))};return o`<div class="error-summary" role="alert" tabindex="-1">
    <h2>${t}</h2>
    <ul>
      ${e.map(r=>o`<li>
            <a href=${`#${Y(r.path)}`} onClick=${s=>a(s,r.path)}>
              ${Xe(r.path)?`${Xe(r.path)}: `:""}${r.message}
            </a>
          </li>`)}
    </ul>
  </div>`}function L({label:e="Loading…"}){return o`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${e}</p>`}function k({error:e,onRetry:t}){let a=Wt(e);return a?o`<div class="alert alert--error" role="alert">
    <p>${a}</p>
    ${t&&o`<button type="button" class="button button--secondary" onClick=${t}>Try again</button>`}
  </div>`:null}function P({kind:e="info",children:t}){return o`<div class=${`alert alert--${e}`} role="status">${t}</div>`}function F({children:e}){return o`<p class="empty">${e}</p>`}function j({kind:e,children:t}){return o`<span class=${`badge badge--${e}`}>${t}</span>`}function E({busy:e,children:t,busyLabel:a="Saving…",className:r=""}){return o`<button type="submit" class=${`button ${r}`} disabled=${e} aria-disabled=${e?"true":void 0}>
    ${e?a:t}
  </button>`}function xe({date:e,style:t="short"}){return o`<time datetime=${e}>${S(e,t)}</time>`}function oe({label:e,confirmLabel:t,busy:a,onConfirm:r,children:s,className:n="button--secondary",small:i=!1,hiddenSuffix:l=""}){let[c,u]=h(!1),d=i?" button--small":"";return c?o`<div class="confirm" role="group" aria-label=${e}>
    <div class="confirm__question">${s}</div>
    <div class="form-actions">
      <button
        type="button"
        class=${`button button--danger${d}`}
        disabled=${a}
        onClick=${async()=>{await r(),u(!1)}}
      >
        ${a?"Working…":t}
      </button>
      <button type="button" class=${`button button--quiet${d}`} onClick=${()=>u(!1)}>Keep as it is</button>
    </div>
  </div>`:o`<button type="button" class=${`button ${n}${d}`} disabled=${a} onClick=${()=>u(!0)}>
      ${e}${l&&o`<span class="visually-hidden"> ${l}</span>`}
    </button>`}function Se({error:e,onRetry:t}){return e?!e.errors||e.errors.length===0||e.status>=500?o`<${k} error=${e} onRetry=${t} />`:o`<div class="alert alert--error" role="alert">
    <p>${e.status===409?"Refused: it conflicts with another change.":"Refused."}</p>
    <ul>
      ${e.errors.map(a=>o`<li>${Xe(a.path)?`${Xe(a.path)}: `:""}${a.message}</li>`)}
    </ul>
  </div>`:null}function A(e){let[t,a]=h({data:null,error:null,loading:e!==null}),[r,s]=h(0),n=X(!0);I(()=>()=>n.current=!1,[]),I(()=>{if(e===null){a({data:null,error:null,loading:!1});return}let c=new AbortController;return a(u=>({data:u.data,error:null,loading:!0})),T("GET",e,void 0,{signal:c.signal}).then(u=>n.current&&a({data:u,error:null,loading:!1}),u=>{u.name!=="AbortError"&&n.current&&a({data:null,error:u,loading:!1})}),()=>c.abort()},[e,r]);let i=Ye(()=>s(c=>c+1),[]),l=Ye(c=>a({data:c,error:null,loading:!1}),[]);return{...t,reload:i,setData:l}}function U(e,t){I(()=>{e&&(performance.mark(`np-ready:${t}`),document.body.dataset.ready=t)},[e,t])}var In=["patient.read","patient.search","patient.create","patient.update","patient.portal_account.create","consultation.create","consultation.read","consultation.list","consultation.screen","plan.create","plan.read","plan.list","plan.update","audit.read"],Bn={success:"ok",denied:"stop",failed:"caution"};function Fn(e){let[t,a,r]=e.split("-").map(Number);return new Date(Date.UTC(t,a-1,r+1)).toISOString().slice(0,10)}function Mn(e){let[t,a,r]=_e().split("-").map(Number);return new Date(Date.UTC(t,a-1,r-e)).toISOString().slice(0,10)}function qn(e,t){let a=new URLSearchParams;return e.from&&a.set("from",e.from),e.to&&a.set("to",Fn(e.to)),e.user_id&&a.set("user_id",e.user_id),e.patient_id&&a.set("patient_id",e.patient_id),e.action&&a.set("action",e.action),t&&a.set("after",String(t)),a.set("limit","50"),`/api/v1/audit?${a}`}function Mr(){let e=A("/api/v1/staff"),[t,a]=h({from:Mn(7),to:"",user_id:"",patient_id:"",action:""}),[r,s]=h(t),[n,i]=h([]),[l,c]=h(null),[u,d]=h({loading:!0,error:null}),[m,$]=h(0);U(!u.loading&&!u.error,"audit");let p=async g=>{d({loading:!0,error:null});try{let v=await T("GET",qn(r,g));i(w=>g?[...w,...v.items]:v.items),c(v.items.length===50?v.next_after:null),d({loading:!1,error:null})}catch(v){d({loading:!1,error:v})}};I(()=>{p(null)},[r,m]);let f=Object.fromEntries((e.data?e.data.items:[]).map(g=>[g.id,g.display_name])),_=g=>v=>a({...t,[g]:v}),b=u.error&&u.error.status===400?u.error.errors.map(g=>({...g,path:`/${g.path.replace(/^\?/,"")}`})):[];return o`<div class="stack">
    <${y}>Audit log</${y}>
    <p class="lead">Every read and change of patient data, with who did it. Rows cannot be edited or removed.</p>
    <form
      class="card filters"
      aria-label="Filter the audit log"
      onSubmit=${g=>{g.preventDefault(),s({...t}),$(v=>v+1)}}
    >
      <${C} label="From" type="date" pointer="/from" errors=${b} value=${t.from} onValue=${_("from")} />
      <${C} label="To" type="date" pointer="/to" errors=${b} value=${t.to} onValue=${_("to")} />
      <${q}
        label="Who"
        pointer="/user_id"
        errors=${b}
        value=${t.user_id}
        onValue=${_("user_id")}
        options=${(e.data?e.data.items:[]).map(g=>[String(g.id),`${g.display_name} (${$e(g.role)})`])}
        placeholder="Anyone"
      />
      <${C} label="Patient number" type="number" min="1" inputmode="numeric" pointer="/patient_id" errors=${b} value=${t.patient_id} onValue=${_("patient_id")} />
      <${q} label="Action" pointer="/action" errors=${b} value=${t.action} onValue=${_("action")} options=${In.map(g=>[g,g])} placeholder="Any action" />
      <button type="submit" class="button">Show</button>
    </form>
    <section class="card" aria-labelledby="audit-heading" aria-busy=${u.loading?"true":"false"}>
      <h2 id="audit-heading">${n.length} ${n.length===1?"entry":"entries"}${l?" so far":""}</h2>
      ${u.error&&u.error.status!==400&&o`<${k} error=${u.error} onRetry=${()=>$(g=>g+1)} />`}
      ${n.length>0&&o`<div class="table-scroll"><table class="table table--dense">
        <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Patient</th><th scope="col">Outcome</th><th scope="col">Detail</th><th scope="col">Request</th></tr></thead>
        <tbody>
          ${n.map(g=>o`<tr key=${g.seq}>
              <td>${re(g.at)}</td>
              <td>${g.user_id?f[g.user_id]||`${$e(g.role||"")} #${g.user_id}`:"System"}${g.role?o` <span class="muted">${$e(g.role)}</span>`:""}</td>
              <td><code>${g.action}</code></td>
              <td>${g.patient_id?o`<a href=${`/staff/patients/${g.patient_id}`}>#${g.patient_id}</a>`:"—"}</td>
              <td><${j} kind=${Bn[g.outcome]||"neutral"}>${g.outcome}</${j}></td>
              <td>${g.detail}</td>
              <td><code class="small">${g.request_id}</code></td>
            </tr>`)}
        </tbody>
      </table></div>`}
      ${!u.loading&&n.length===0&&!u.error&&o`<p class="empty">No entry matches these filters.</p>`}
      ${u.loading&&o`<${L} />`}
      ${l&&!u.loading&&o`<button type="button" class="button button--secondary" onClick=${()=>p(l)}>Load more</button>`}
    </section>
  </div>`}var bt=["mon","tue","wed","thu","fri","sat","sun"],Vn={mon:"Monday",tue:"Tuesday",wed:"Wednesday",thu:"Thursday",fri:"Friday",sat:"Saturday",sun:"Sunday"},Ue=e=>Vn[e]||e,jn={consultation:"Consultation",treatment:"Treatment session",follow_up:"Follow-up"},Te=e=>jn[e]||String(e).replaceAll("_"," "),Un={booked:"Booked",confirmed:"Confirmed",checked_in:"Checked in",completed:"Completed",cancelled:"Cancelled",no_show:"No-show"},Ee=e=>Un[e]||String(e).replaceAll("_"," ");function Kt(e){let t=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e||"");return t?new Date(Date.UTC(+t[1],+t[2]-1,+t[3])):null}function et(e,t){let a=Kt(e);return a?(a.setUTCDate(a.getUTCDate()+t),a.toISOString().slice(0,10)):""}function qr(e){let t=Kt(e);return t?et(e,-((t.getUTCDay()+6)%7)):""}function Vr(e,t){return Array.from({length:t},(a,r)=>et(e,r))}var Z=e=>(e||"").slice(0,10),de=e=>(e||"").slice(11,16);function Pe(e){let t=de(e.start_local),a=de(e.end_local);return a?`${t}–${a}`:t}function jr(e,t,a=!0){let r=new Map(t.map(s=>[s,[]]));for(let s of e){if(!a&&s.status==="cancelled")continue;let n=r.get(Z(s.start_local));n&&n.push(s)}for(let s of r.values())s.sort((n,i)=>n.start_local.localeCompare(i.start_local)||n.id-i.id);return r}function Ra(e){switch(e.status){case"booked":case"confirmed":return[["checked_in","Check in"],["no_show","No-show"]];case"checked_in":return[["completed","Complete"]];default:return[]}}function Ur(e,t){return Math.round((Kt(Z(t))-Kt(Z(e)))/864e5)}function Wr(e){let t={};for(let a of bt){let r=(e[a]||[]).map(s=>({from:s.from,to:s.to}));r.length>0&&(t[a]=r)}return{hours:t}}function Qt(e=!0){let t=A(e?"/api/v1/staff":null),a=new Map((t.data?t.data.items:[]).map(r=>[r.id,r.title?`${r.display_name} (${r.title})`:r.display_name]));return r=>a.get(r)||`user #${r}`}function we(){let e=A("/api/v1/staff"),t=(e.data?e.data.items:[]).filter(r=>r.role==="provider"&&r.active),a=new Map((e.data?e.data.items:[]).map(r=>[r.id,r.display_name]));return{providers:t,nameOf:r=>a.get(r)||`provider #${r}`,loading:e.loading,error:e.error,reload:e.reload}}function tt(){let e=A("/api/v1/resources"),t=e.data?e.data.items:[],a=new Map(t.map(r=>[r.id,r.name]));return{rooms:t.filter(r=>r.kind==="room"&&r.active),devices:t.filter(r=>r.kind==="device"&&r.active),nameOf:r=>r==null?"":a.get(r)||`#${r}`,loading:e.loading,error:e.error}}var Wn=0;function fe({title:e,onClose:t,children:a,wide:r=!1}){let s=X(null),n=X(`dialog-${++Wn}`),i=X(t);return i.current=t,I(()=>{let l=s.current;l&&!l.open&&l.showModal();let c=u=>{u.preventDefault(),i.current()};return l.addEventListener("cancel",c),()=>{l.removeEventListener("cancel",c),l.open&&l.close()}},[]),o`<dialog ref=${s} class=${`dialog ${r?"dialog--wide":""}`} aria-labelledby=${`${n.current}-title`}>
    <div class="dialog__head">
      <h2 id=${`${n.current}-title`}>${e}</h2>
      <button type="button" class="button button--quiet button--small" onClick=${t}>Close<span class="visually-hidden"> ${e}</span></button>
    </div>
    <div class="dialog__body">${a}</div>
  </dialog>`}function Hn(e){let t=new Map;for(let a of e){let r=Z(a.start_local);t.has(r)||t.set(r,[]),t.get(r).push(a)}return[...t.entries()]}function We({kind:e="consultation",patientId:t,timeZone:a,initialDate:r,initialProvider:s="",refresh:n=0,busy:i,onPick:l,label:c="Book"}){let{providers:u,nameOf:d}=we(),m=tt(),[$,p]=h(r||_e(a)),[f,_]=h(s?String(s):""),[b,g]=h({loading:!1,error:null,data:null}),[v,w]=h(0);I(()=>{if(!$)return;let R=new AbortController,z=new URLSearchParams({kind:e,from:$,days:"7",count:"40"});return f&&z.set("provider_id",f),t&&z.set("patient_id",String(t)),g(O=>({...O,loading:!0,error:null})),T("GET",`/api/v1/slots?${z}`,void 0,{signal:R.signal}).then(O=>g({loading:!1,error:null,data:O}),O=>O.name!=="AbortError"&&g({loading:!1,error:O,data:null})),()=>R.abort()},[e,$,f,t,v,n]);let x=b.data?Hn(b.data.items):[];return o`<div class="slot-search">
    <div class="grid grid--2">
      <${C} label="From date" pointer="/slot-from" type="date" value=${$} onValue=${p} />
      <${q}
        label="Provider"
        pointer="/slot-provider"
        value=${f}
        onValue=${_}
        placeholder="Any provider"
        options=${u.map(R=>[String(R.id),R.display_name])}
      />
    </div>
    <div class="form-actions slot-search__nav">
      <button type="button" class="button button--quiet button--small" onClick=${()=>w(R=>R+1)}>Search again</button>
    </div>
    ${b.loading&&o`<${L} label="Finding free times…" />`}
    <${k} error=${b.error} />
    ${b.data&&x.length===0&&o`<${F}>No free ${Te(e).toLowerCase()} times in the 7 days from ${S($)}. Try a later date or another provider.</${F}>`}
    ${x.length>0&&o`<div class="slot-days" aria-live="polite">
      ${x.map(([R,z])=>o`<section class="slot-day" aria-label=${S(R,"weekday")}>
          <h3><time datetime=${R}>${S(R,"weekday")}</time></h3>
          <ul class="slot-list">
            ${z.map(O=>o`<li>
                <button
                  type="button"
                  class="button button--secondary button--small slot"
                  disabled=${i}
                  data-start=${O.start_local}
                  onClick=${()=>l(O)}
                >
                  ${de(O.start_local)}${!f&&o`<span class="slot__who"> ${d(O.provider_id)}</span>`}${O.room_id&&e==="treatment"&&o`<span class="slot__who"> ${m.nameOf(O.room_id)}</span>`}<span class="visually-hidden"> on ${S(R,"long")}: ${c}</span>
                </button>
              </li>`)}
          </ul>
        </section>`)}
    </div>`}
  </div>`}function Hr({patient:e,patientName:t,timeZone:a,onClose:r,onBooked:s}){let{nameOf:n}=we(),[i,l]=h(!1),[c,u]=h(null),[d,m]=h(0),[$,p]=h(null),f=async b=>{l(!0),u(null);try{let g={patient_id:e.id,kind:"consultation",start:b.start_local,provider_id:b.provider_id};b.room_id&&(g.room_id=b.room_id);let v=await T("POST","/api/v1/appointments",g);p(v),s(v)}catch(g){u({error:g,slot:b}),m(v=>v+1)}l(!1)},_=c&&c.error.status===409;return o`<${fe} title=${`Book a consultation for ${t}`} onClose=${r} wide>
    ${$?o`<${P} kind="success">
          <p class="booked">
            Booked: consultation on <strong>${S(Z($.start_local),"long")}</strong>${" at "}<strong
              >${de($.start_local)}</strong
            >${` with ${n($.provider_id)}.`}
          </p>
          <button type="button" class="button" onClick=${r}>Done</button>
        </${P}>`:o`<p class="muted">Free 30-minute times in the clinic’s local time${a?` (${a})`:""}. Pick one to book it.</p>
          ${_&&o`<div class="alert alert--error" role="alert">
            <p>
              <strong>That time was just taken.</strong>
              ${` ${S(Z(c.slot.start_local),"weekday")} at ${de(c.slot.start_local)} is no longer free; nothing was booked. `}
              The free times below are up to date: pick another.
            </p>
          </div>`}
          ${c&&!_&&o`<${Se} error=${c.error} />`}
          <${We} patientId=${e.id} timeZone=${a} refresh=${d} busy=${i} onPick=${f} label="book it" />`}
  </${fe}>`}var Zn={booked:"neutral",confirmed:"neutral",checked_in:"caution",completed:"ok",cancelled:"stop",no_show:"defer"};function Yn({status:e}){return o`<${j} kind=${Zn[e]||"neutral"}>${Ee(e)}</${j}>`}function Jt(e){if(!e||e.status!==422)return null;let t=e.errors.map(a=>a.message);return t.length?t:[e.detail]}function Gn({initial:e,busy:t,onMove:a,label:r}){let[s,n]=h(e||"");return o`<form
    class="form form--compact exact-time"
    novalidate
    onSubmit=${i=>{i.preventDefault(),a(s)}}
  >
    <div class="inline-form">
      <${C} label="Or type a start" pointer="/start" type="datetime-local" value=${s} onValue=${n} hint="Clinic time; the same provider, the first free room and pen" />
      <${E} busy=${t} className="button--secondary" busyLabel="Moving…">${r}</${E}>
    </div>
  </form>`}function Kn({appointment:e,patientName:t,timeZone:a,role:r,onClose:s,onDone:n}){let[i,l]=h(!1),[c,u]=h(null),[d,m]=h(null),[$,p]=h(""),[f,_]=h(0),b=async(v,w)=>{l(!0),u(null);try{let x={version:e.version,start:v.start_local};v.provider_id&&(x.provider_id=v.provider_id),v.room_id&&(x.room_id=v.room_id),v.device_id&&(x.device_id=v.device_id),w&&(x.override_reason=w);let R=await T("POST",`/api/v1/appointments/${e.id}/reschedule`,x);l(!1),n(R);return}catch(x){u(x),x.status===422&&Jt(x)&&m(v),x.status===409&&_(R=>R+1)}l(!1)},g=c&&c.status===422?Jt(c):null;return o`<${fe} title=${`Reschedule: ${t}`} onClose=${s} wide>
    <p>
      Now: <strong>${S(Z(e.start_local),"weekday")}, ${Pe(e)}</strong> · ${Te(e.kind)}
      ${e.session_number?` · session ${e.session_number} of ${e.session_count}`:""}
    </p>
    ${c&&c.status===409&&o`<div class="alert alert--error" role="alert"><p><strong>Not moved.</strong> ${c.detail}. The free times below are up to date.</p></div>`}
    ${g&&o`<div class="alert alert--warning spacing" role="alert">
      <p><strong>Too close to the neighbouring session.</strong></p>
      <ul>${g.map(v=>o`<li>${v}</li>`)}</ul>
      ${r==="provider"?o`<form
            class="form form--compact"
            novalidate
            onSubmit=${v=>{v.preventDefault(),b(d,$.trim())}}
          >
            <${ye} label="Your reason for the shorter gap" pointer="/override_reason" value=${$} onValue=${p} rows="2" required />
            <${E} busy=${i} busyLabel="Moving…">Move anyway, with this reason</${E}>
          </form>`:o`<p>Only a provider can move a session closer than the plan allows, giving the reason. Pick a later time, or ask the provider.</p>`}
    </div>`}
    ${c&&c.status!==409&&!g&&o`<${Se} error=${c} />`}
    <${We}
      kind=${e.kind}
      patientId=${e.patient_id}
      timeZone=${a}
      initialDate=${Z(e.start_local)}
      initialProvider=${e.provider_id}
      refresh=${f}
      busy=${i}
      label="move here"
      onPick=${v=>b(v)}
    />
    <${Gn} initial=${e.start_local} busy=${i} label="Move to this time" onMove=${v=>b({start_local:v,provider_id:e.provider_id})} />
  </${fe}>`}function Qn({appointment:e,patientName:t,onClose:a,onDone:r}){let[s,n]=h(!1),[i,l]=h(null),c=async()=>{n(!0),l(null);try{r(await T("POST",`/api/v1/appointments/${e.id}/cancel`,{version:e.version}))}catch(u){l(u),n(!1)}};return o`<${fe} title=${`Cancel: ${t}`} onClose=${a}>
    <p>
      Cancel the ${Te(e.kind).toLowerCase()} on <strong>${S(Z(e.start_local),"long")}</strong> at
      <strong>${` ${de(e.start_local)}`}</strong>? The time becomes free for others; the record stays, marked cancelled.
    </p>
    <${Se} error=${i} />
    <div class="form-actions">
      <button type="button" class="button button--danger" disabled=${s} onClick=${c}>${s?"Cancelling…":"Cancel the appointment"}</button>
      <button type="button" class="button button--quiet" onClick=${a}>Keep it</button>
    </div>
  </${fe}>`}function Zr({appointment:e,role:t,timeZone:a,providerName:r,resourceName:s,onChanged:n}){let[i,l]=h(!1),[c,u]=h(null),[d,m]=h(null),[$,p]=h(null),f=e,_=f.patient_name||`patient #${f.patient_id}`,b=async v=>{l(!0),u(null),p(null);try{let w=await T("POST",`/api/v1/appointments/${f.id}/status`,{version:f.version,status:v});n({...f,...w}),p({text:`${Ee(w.status)}.`,maintenance:w.maintenance||null})}catch(w){u(w)}l(!1)},g=f.status!=="cancelled"&&f.status!=="completed"&&f.status!=="no_show";return o`<section class="card appointment-detail" aria-labelledby="appointment-heading" data-appointment=${f.id}>
    <h2 id="appointment-heading">${Te(f.kind)}: ${_}</h2>
    <p><${Yn} status=${f.status} /></p>
    <dl class="facts">
      <div><dt>When</dt><dd><time datetime=${f.start}>${S(Z(f.start_local),"weekday")}, ${Pe(f)}</time></dd></div>
      <div><dt>Provider</dt><dd>${r(f.provider_id)}</dd></div>
      ${f.room_id&&o`<div><dt>Room</dt><dd>${s(f.room_id)}</dd></div>`}
      ${f.device_id&&o`<div><dt>Pen</dt><dd>${s(f.device_id)}</dd></div>`}
      ${f.session_number&&o`<div><dt>Session</dt><dd>${f.session_number} of ${f.session_count}</dd></div>`}
    </dl>
    <p class="small">
      <a href=${`/staff/patients/${f.patient_id}`}>Open the chart</a>${f.plan_id?o` · <a href=${`/staff/plans/${f.plan_id}`}>Open the plan</a>`:""}
    </p>
    ${$&&o`<${P} kind="success">
      <p>${$.text}</p>
      ${$.maintenance&&o`<p>The series is complete. Recall for maintenance between <strong>${S($.maintenance.from,"long")}</strong> and <strong>${S($.maintenance.to,"long")}</strong>.</p>`}
    </${P}>`}
    ${f.warnings&&f.warnings.length>0&&o`<${P} kind="warning"><ul class="warnings">${f.warnings.map(v=>o`<li>${v.message||v}</li>`)}</ul></${P}>`}
    <${Se} error=${c} />
    ${Ra(f).length>0&&o`<div class="form-actions" role="group" aria-label="Status">
      ${Ra(f).map(([v,w])=>o`<button type="button" class=${`button ${v==="no_show"?"button--secondary":""}`} disabled=${i} onClick=${()=>b(v)}>${w}</button>`)}
    </div>`}
    ${g&&o`<div class="form-actions">
      <button type="button" class="button button--secondary" onClick=${()=>m("reschedule")}>Reschedule</button>
      <button type="button" class="button button--quiet" onClick=${()=>m("cancel")}>Cancel appointment</button>
    </div>`}
    ${d==="reschedule"&&o`<${Kn}
      appointment=${f}
      patientName=${_}
      timeZone=${a}
      role=${t}
      onClose=${()=>m(null)}
      onDone=${v=>{m(null),p({text:`Moved to ${S(Z(v.start_local),"weekday")}, ${de(v.start_local)}.`}),n({...f,...v})}}
    />`}
    ${d==="cancel"&&o`<${Qn}
      appointment=${f}
      patientName=${_}
      onClose=${()=>m(null)}
      onDone=${v=>{m(null),p({text:"Cancelled."}),n({...f,...v})}}
    />`}
  </section>`}function Jn(){let e=new URLSearchParams(location.search);return{view:e.get("view")==="day"?"day":"week",date:/^\d{4}-\d{2}-\d{2}$/.test(e.get("date")||"")?e.get("date"):"",who:/^(provider|room):\d+$/.test(e.get("show")||"")?e.get("show"):"",appointment:Number(e.get("appointment"))||null}}function Xn(e){let t=new URLSearchParams;t.set("view",e.view),e.date&&t.set("date",e.date),e.who&&t.set("show",e.who),e.appointment&&t.set("appointment",String(e.appointment)),history.replaceState(null,"",`${location.pathname}?${t}`)}function es(e,t,a){let r=new URLSearchParams({from:e,to:et(e,t)}),[s,n]=a?a.split(":"):[];return s==="provider"&&r.set("provider_id",n),s==="room"&&r.set("room_id",n),`/api/v1/appointments?${r}`}function ts({a:e,selected:t,onSelect:a,showProvider:r,providerName:s}){return o`<li>
    <button
      type="button"
      class=${`cal-item cal-item--${e.kind} cal-item--${e.status}`}
      aria-pressed=${t?"true":"false"}
      data-appointment=${e.id}
      onClick=${()=>a(e.id)}
    >
      <span class="cal-item__time">${Pe(e)}</span>
      <span class="cal-item__what">${e.patient_name||`patient #${e.patient_id}`}</span>
      <span class="cal-item__status">
        ${Te(e.kind)}${e.session_number?` ${e.session_number}/${e.session_count}`:""} · ${Ee(e.status)}${r?` · ${s(e.provider_id)}`:""}
      </span>
    </button>
  </li>`}function Yr({session:e}){let t=Jn(),a=A("/api/v1/clinic"),r=a.data?a.data.time_zone:void 0,{providers:s,nameOf:n}=we(),i=tt(),[l,c]=h(t.view),[u,d]=h(t.date),[m,$]=h(t.who||(e.role==="provider"?`provider:${e.user.id}`:"")),[p,f]=h(t.appointment),[_,b]=h(!0),[g,v]=h(new Map),w=u||(a.data?_e(r):""),x=l==="week"?qr(w):w,R=l==="week"?7:1,z=A(w?es(x,R,m):null),O=A(p?`/api/v1/appointments/${p}`:null);U(z.data!==null&&!z.loading,"calendar"),I(()=>Xn({view:l,date:u,who:m,appointment:p}),[l,u,m,p]);let M=B=>g.has(B.id)&&g.get(B.id).version>=B.version?{...B,...g.get(B.id)}:B,ce=(z.data?z.data.items:[]).map(M),ue=w?Vr(x,R):[],ge=jr(ce,ue,_),te=ce.filter(B=>B.status==="cancelled").length,ke=ce.find(B=>B.id===p)||(O.data?M(O.data):null),Ct=[...s.map(B=>[`provider:${B.id}`,B.display_name]),...i.rooms.map(B=>[`room:${B.id}`,B.name])],la=a.data?_e(r):"",Ie=l==="week"?`Week of ${S(x,"weekday")}`:S(w,"long");return o`<div class="stack">
    <div class="page-head">
      <div>
        <${y} title="Calendar">Calendar</${y}>
        <p class="lead">Times in the clinic’s local time${r?` (${r})`:""}.</p>
      </div>
    </div>
    <${k} error=${a.error} onRetry=${a.reload} />
    <div class="card">
      <div class="cal-controls">
        <${q}
          label="View"
          pointer="/view"
          value=${l}
          onValue=${c}
          options=${[["week","Week"],["day","Day"]]}
        />
        <${q} label="Show" pointer="/show" value=${m} onValue=${$} placeholder="Everyone" options=${Ct} />
        <${C} label="Date" pointer="/date" type="date" value=${w} onValue=${B=>d(B)} />
        <${je} id="show-cancelled" label="Show cancelled" checked=${_} onChecked=${b} />
      </div>
    </div>
    <div class="cal-layout">
      <section class="cal-main" aria-labelledby="cal-range">
        <div class="cal-nav">
          <h2 id="cal-range">${Ie}</h2>
          <button type="button" class="button button--secondary button--small" onClick=${()=>d(et(w,-R))}>
            Previous<span class="visually-hidden"> ${l}</span>
          </button>
          <button type="button" class="button button--secondary button--small" onClick=${()=>d(la)}>Today</button>
          <button type="button" class="button button--secondary button--small" onClick=${()=>d(et(w,R))}>
            Next<span class="visually-hidden"> ${l}</span>
          </button>
          ${z.data&&o`<span class="muted small" role="status">${K(ce.length-(_?0:te),"visit")}${!_&&te?`, ${te} cancelled hidden`:""}</span>`}
        </div>
        ${z.loading&&!z.data&&o`<${L} label="Loading the calendar…" />`}
        <${k} error=${z.error} onRetry=${z.reload} />
        ${z.data&&o`<div class=${l==="week"?"cal-week":"cal-dayview"}>
          ${ue.map(B=>o`<section class=${`cal-day ${B===la?"cal-day--today":""}`} aria-label=${S(B,"long")} data-date=${B}>
              <h3><time datetime=${B}>${S(B,"weekday")}</time></h3>
              ${ge.get(B).length===0?o`<p class="muted small">No visits</p>`:o`<ul class="cal-day__list">
                    ${ge.get(B).map(Ze=>o`<${ts} a=${Ze} selected=${Ze.id===p} onSelect=${f} showProvider=${!m.startsWith("provider:")} providerName=${n} />`)}
                  </ul>`}
            </section>`)}
        </div>`}
        ${z.data&&ce.length===0&&o`<${F}>No visits in this ${l}.</${F}>`}
      </section>
      <aside class="cal-side" aria-label="Selected visit">
        ${!p&&o`<p class="muted">Choose a visit to see it, change its status, reschedule or cancel it.</p>`}
        ${p&&!ke&&O.loading&&o`<${L} />`}
        ${p&&!ke&&o`<${k} error=${O.error} />`}
        ${ke&&o`<${Zr}
          key=${ke.id}
          appointment=${ke}
          role=${e.role}
          timeZone=${r}
          providerName=${n}
          resourceName=${i.nameOf}
          onChanged=${B=>{v(new Map(g).set(B.id,B)),B.start_local!==ke.start_local&&z.reload()}}
        />`}
      </aside>
    </div>
  </div>`}function Gr({patient:e,label:t}){return o`<div class="merge__record">
    <p class="merge__label">${t}</p>
    <p><strong>${V(e)}</strong> <span class="muted">#${e.id}</span></p>
    <p>Born ${S(e.birth_date)}</p>
    <p class="small">${e.email||"no e-mail"} · ${e.phone||"no phone"}</p>
  </div>`}function as(e){let t=[K(e.consultations,"consultation"),K(e.plans,"plan"),K(e.appointments,"appointment")];return e.portal_account&&t.push("the portal login"),t.join(", ")}function Kr({patient:e,onMerged:t}){let[a,r]=h(!1),[s,n]=h(e.family_name),[i,l]=h({loading:!1,error:null,items:null}),[c,u]=h(null),[d,m]=h(!1),[$,p]=h(null),[f,_]=h(null);I(()=>{if(!a)return;let g=new AbortController;l(w=>({...w,loading:!0,error:null}));let v=setTimeout(()=>{T("POST","/api/v1/patients/search",{q:s.trim(),limit:10},{signal:g.signal}).then(w=>l({loading:!1,error:null,items:w.items.filter(x=>x.id!==e.id&&!x.merged_into)}),w=>w.name!=="AbortError"&&l({loading:!1,error:w,items:null}))},250);return()=>{clearTimeout(v),g.abort()}},[a,s,e.id]);let b=async()=>{m(!0),p(null);try{let g=await T("POST",`/api/v1/patients/${e.id}/merge`,{duplicate_id:c.id});_(g),u(null),r(!1),t(g)}catch(g){p(g)}m(!1)};return o`<section class="card" aria-labelledby="merge-heading">
    <h2 id="merge-heading">Duplicate records</h2>
    ${f&&o`<${P} kind="success">
      <p>${V(f.duplicate)} (#${f.duplicate.id}) is merged into this record: ${as(f.moved)} moved here.</p>
    </${P}>`}
    ${!a&&o`<p class="muted">Registered twice? Merge the duplicate into this record: its history moves here.</p>
      <button type="button" class="button button--secondary" onClick=${()=>r(!0)}>Merge a duplicate into this record</button>`}
    ${a&&!c&&o`<div class="merge">
      <label for="merge-query">Find the duplicate (name, e-mail or phone)</label>
      <input id="merge-query" type="search" value=${s} autocomplete="off" spellcheck="false" onInput=${g=>n(g.currentTarget.value)} />
      <div aria-live="polite">
        ${i.loading&&!i.items&&o`<${L} label="Searching…" />`}
        <${k} error=${i.error} />
        ${i.items&&i.items.length===0&&o`<${F}>No other record matches.</${F}>`}
        ${i.items&&i.items.length>0&&o`<ul class="merge__results">
          ${i.items.map(g=>o`<li>
              <span><strong>${V(g)}</strong>, born ${S(g.birth_date)} <span class="muted">#${g.id}</span></span>
              <button type="button" class="button button--secondary button--small" onClick=${()=>u(g)}>
                Choose<span class="visually-hidden"> ${V(g)} (#${g.id})</span>
              </button>
            </li>`)}
        </ul>`}
      </div>
      <button type="button" class="button button--quiet" onClick=${()=>r(!1)}>Cancel</button>
    </div>`}
    ${a&&c&&o`<div class="merge merge--confirm" role="group" aria-labelledby="merge-confirm-heading">
      <h3 id="merge-confirm-heading">Merge these records?</h3>
      <div class="merge__pair">
        <${Gr} patient=${c} label="The duplicate" />
        <span class="merge__arrow" aria-hidden="true">→</span>
        <${Gr} patient=${e} label="Into this record" />
      </div>
      <p>
        Everything recorded under the duplicate — consultations, plans, appointments and its portal login — moves to this
        record. The duplicate is kept, hidden from search, and points here. <strong>This cannot be undone.</strong>
      </p>
      <${k} error=${$} />
      <div class="form-actions">
        <button type="button" class="button button--danger" disabled=${d} onClick=${b}>
          ${d?"Merging…":`Merge #${c.id} into this record`}
        </button>
        <button type="button" class="button button--quiet" onClick=${()=>u(null)}>Choose another</button>
      </div>
    </div>`}
  </section>`}function Qr(){return{given_name:"",family_name:"",birth_date:"",email:"",phone:"",fitzpatrick:""}}function Na(e){return{given_name:e.given_name,family_name:e.family_name,birth_date:e.birth_date,email:e.email,phone:e.phone,fitzpatrick:e.fitzpatrick?String(e.fitzpatrick):""}}function Xt(e,t){let a={given_name:e.given_name.trim(),family_name:e.family_name.trim()};return(e.birth_date||t)&&(a.birth_date=e.birth_date),(e.email.trim()||!t)&&(a.email=e.email.trim()),(e.phone.trim()||!t)&&(a.phone=e.phone.trim()),e.fitzpatrick&&(a.fitzpatrick=Number(e.fitzpatrick)),a}function ea({fields:e,onFields:t,errors:a,busy:r,onSubmit:s,submitLabel:n}){let i=l=>c=>t({...e,[l]:c});return o`<form class="form" onSubmit=${s} novalidate>
    <${H} errors=${a} />
    <div class="grid grid--2">
      <${C} label="Given name" pointer="/given_name" errors=${a} value=${e.given_name} onValue=${i("given_name")} autocomplete="off" required />
      <${C} label="Family name" pointer="/family_name" errors=${a} value=${e.family_name} onValue=${i("family_name")} autocomplete="off" required />
      <${C} label="Date of birth" type="date" pointer="/birth_date" errors=${a} value=${e.birth_date} onValue=${i("birth_date")} required />
      <${q}
        label="Skin type (Fitzpatrick)"
        pointer="/fitzpatrick"
        errors=${a}
        value=${e.fitzpatrick}
        onValue=${i("fitzpatrick")}
        options=${Ne}
        placeholder="Not assessed yet"
      />
      <${C} label="E-mail" type="email" pointer="/email" errors=${a} value=${e.email} onValue=${i("email")} autocomplete="off" />
      <${C} label="Phone" type="tel" pointer="/phone" errors=${a} value=${e.phone} onValue=${i("phone")} autocomplete="off" />
    </div>
    <${E} busy=${r}>${n}</${E}>
  </form>`}function rs(e){return new URL(e.url,location.origin).href}async function os(e){try{return await navigator.clipboard.writeText(e.value),!0}catch{e.focus(),e.select();try{return document.execCommand("copy")}catch{return!1}}}function at({invitation:e,person:t,again:a,id:r="invitation-link"}){let s=X(null),[n,i]=h(null),l=rs(e),c=async()=>i(await os(s.current));return o`<div class="invitation" data-invitation-url=${e.url}>
    <p class="invitation__title"><strong>Set-password link for ${t}</strong></p>
    <p class="invitation__once">
      <strong>Shown only now.</strong> Copy it and give it to ${t} yourself (in person, or by a
      channel only they read). It works once, until ${re(e.expires_at)}.
    </p>
    <label class="visually-hidden" for=${r}>Set-password link for ${t}</label>
    <div class="invitation__row">
      <input id=${r} class="invitation__url code" type="text" readonly value=${l} ref=${s} onFocus=${u=>u.currentTarget.select()} />
      <button type="button" class="button" onClick=${c}>Copy link</button>
    </div>
    <p class="invitation__status" role="status">
      ${n===!0?"Copied to the clipboard.":n===!1?"Could not copy: the link is selected, press Ctrl+C (⌘C on a Mac).":""}
    </p>
    ${a&&o`<p class="muted small">Lost it, or did it expire? ${a}</p>`}
  </div>`}function Jr({patient:e,name:t}){let[a,r]=h(e.email||""),[s,n]=h(!1),[i,l]=h(null),[c,u]=h(null),d=async $=>{$.preventDefault(),n(!0),l(null);try{let p=a.trim(),f=await T("POST",`/api/v1/patients/${e.id}/portal-account`,p?{email:p}:{});u(f)}catch(p){l(p)}n(!1)},m=i?i.status===400?i.errors:i.status===409?[{path:"/email",message:i.detail}]:[]:[];return o`<div class="stack">
    ${c&&o`<${P} kind="success">
      <p>Portal login for <strong>${c.email}</strong>. The patient sets their own password with this link, then logs in at the patient portal.</p>
      <${at} invitation=${c.invitation} person=${t} again="Invite again for a new link." id="portal-invitation-link" />
    </${P}>`}
    <form class="form form--compact" onSubmit=${d} novalidate aria-label="Invite to the portal">
      ${i&&i.status!==400&&i.status!==409&&o`<${k} error=${i} />`}
      <${H} errors=${m} />
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
      <${E} busy=${s} busyLabel="Creating the link…" className="button--secondary">
        ${c?"Create another link":"Invite to the portal"}
      </${E}>
    </form>
  </div>`}function Xr(e){let t=Ne.find(([a])=>a===e);return t?t[1]:"Not assessed"}function eo({patientId:e,headingLevel:t=2}){let a=A(`/api/v1/patients/${e}/skin-types`),r=Qt(),s=`h${t}`,n=a.data?[...a.data.items].sort((i,l)=>i.assessed_at<l.assessed_at?1:-1):[];return o`<section class="card skin-history" aria-labelledby=${`skin-history-${e}`}>
    <${s} id=${`skin-history-${e}`}>Skin type history</${s}>
    ${a.loading&&o`<${L} />`}
    <${k} error=${a.error} onRetry=${a.reload} />
    ${a.data&&n.length===0&&o`<${F}>No assessment recorded by a consultation yet.</${F}>`}
    ${n.length>0&&o`<ol class="skin-history__list">
      ${n.map(i=>o`<li>
          <strong>${Xr(i.fitzpatrick)}</strong>
          <span class="muted">${i.previous?` (was ${Xr(i.previous)})`:" (first assessment)"}</span>
          <br /><span class="small">${re(i.assessed_at)} · ${r(i.assessed_by)}${i.consultation_id?o` · <a href=${`/staff/consultations/${i.consultation_id}`}>consultation</a>`:""}</span>
        </li>`)}
    </ol>`}
  </section>`}var za={eligible:"ok",eligible_with_precautions:"caution",defer:"defer",not_eligible:"stop"};function ns({item:e}){let t=e.screening||{},a=t.findings||[];return o`<article class="entry">
    <header class="entry__head">
      <h3><a href=${`/staff/consultations/${e.id}`}>Consultation</a></h3>
      <${j} kind=${za[e.verdict]}>${Vt(e.verdict)}</${j}>
      ${e.earliest_date&&o`<span>not before <strong>${S(e.earliest_date,"weekday")}</strong></span>`}
    </header>
    ${a.length>0&&o`<ul class="chips" aria-label="Findings">
      ${a.map(r=>o`<li class=${`chip chip--${r.level}`}>${me(r.code)}</li>`)}
    </ul>`}
    ${(t.actions||[]).length>0&&o`<p class="entry__line">Required: ${t.actions.map(qe).join(", ")}</p>`}
    <p class="entry__meta">Protocol ${e.protocol.name} ${e.protocol.version}</p>
  </article>`}function ss({item:e}){let t=e.schedule||[];return o`<article class="entry">
    <header class="entry__head">
      <h3><a href=${`/staff/plans/${e.id}`}>Treatment plan</a></h3>
      <${j} kind="neutral">${ze(e.status)}</${j}>
      <span>${K(e.sessions,"session")}, every ${e.interval_days.min}–${e.interval_days.max} days</span>
    </header>
    ${t.length>0?o`<p class="entry__line">
          ${t.map(a=>o`<span class="session-date">Session ${a.session}: ${S(a.date)}</span>`)}
        </p>`:o`<p class="entry__line">No dates yet: the series starts once the deferral is resolved.</p>`}
  </article>`}var to=[{key:"consultations",roles:["owner","provider"],path:e=>`/api/v1/patients/${e}/consultations`,toEntries:e=>e.items.map(t=>({key:`c${t.id}`,at:t.created_at,kind:"Consultation",item:t,Card:ns}))},{key:"plans",roles:["owner","provider","front_desk"],path:e=>`/api/v1/patients/${e}/plans`,toEntries:e=>e.items.map(t=>({key:`p${t.id}`,at:t.created_at||t.schedule&&t.schedule[0]&&`${t.schedule[0].date}T00:00:00Z`||"",kind:"Plan",item:t,Card:ss}))}];function ao({entries:e}){let t=[...e].sort((a,r)=>a.at<r.at?1:a.at>r.at?-1:0);return o`<ol class="timeline">
    ${t.map(a=>o`<li class="timeline__item" key=${a.key}>
        <div class="timeline__when">${a.at?re(a.at):""}</div>
        <div class="timeline__body"><${a.Card} item=${a.item} /></div>
      </li>`)}
  </ol>`}function ro(e,t){let[a,r]=h(!1),[s,n]=h(null);return{busy:a,problem:s,set:async l=>{r(!0),n(null);try{t(await T("PATCH",`/api/v1/patients/${e.id}`,{version:e.version,archived:l}))}catch(c){n(c)}r(!1)}}}function is({patient:e,onSaved:t}){let a=ro(e,t);return e.merged_into?o`<div class="alert alert--warning record-banner" role="status">
      <p>
        <strong>Merged record.</strong> This record was merged into
        <a href=${`/staff/patients/${e.merged_into}`}>patient #${e.merged_into}</a>; its history is there now. It
        is kept for the audit and cannot be changed.
      </p>
    </div>`:e.archived?o`<div class="alert alert--warning record-banner" role="status">
    <p><strong>Archived record.</strong> Hidden from search and lists; nothing is deleted.</p>
    <${k} error=${a.problem} />
    <button type="button" class="button button--secondary button--small" disabled=${a.busy} onClick=${()=>a.set(!1)}>Restore the record</button>
  </div>`:null}function ls({patient:e,onSaved:t}){let a=ro(e,t),[r,s]=h(!1),[n,i]=h(()=>Na(e)),[l,c]=h(!1),[u,d]=h(null),m=Ne.find(([p])=>p===e.fitzpatrick),$=async p=>{p.preventDefault(),c(!0),d(null);try{let f=await T("PATCH",`/api/v1/patients/${e.id}`,{...Xt(n,!1),version:e.version});t(f),s(!1)}catch(f){d(f)}c(!1)};return r?o`<section class="card" aria-labelledby="details-heading">
      <h2 id="details-heading">Change details</h2>
      ${u&&u.status!==400&&o`<${k} error=${u} />`}
      <${ea}
        fields=${n}
        onFields=${i}
        errors=${u&&u.status===400?u.errors:[]}
        busy=${l}
        onSubmit=${$}
        submitLabel="Save details"
      />
      <button type="button" class="button button--quiet" onClick=${()=>s(!1)}>Cancel</button>
    </section>`:o`<section class="card" aria-labelledby="details-heading">
    <h2 id="details-heading">Details</h2>
    <dl class="facts">
      <div><dt>Born</dt><dd>${S(e.birth_date)} (${Je(e.birth_date)})</dd></div>
      <div><dt>Skin type</dt><dd>${m?m[1]:"Not assessed"}</dd></div>
      <div><dt>E-mail</dt><dd>${e.email||"—"}</dd></div>
      <div><dt>Phone</dt><dd>${e.phone||"—"}</dd></div>
    </dl>
    ${!e.merged_into&&o`<div class="form-actions">
      <button
        type="button"
        class="button button--secondary"
        onClick=${()=>{i(Na(e)),s(!0)}}
      >
        Change details
      </button>
      ${!e.archived&&o`<${oe} label="Archive" hiddenSuffix="this record" confirmLabel="Archive the record" busy=${a.busy} onConfirm=${()=>a.set(!0)}>
        <p>The record is hidden from search and lists but kept, with its history; it can be restored from here.</p>
      </${oe}>`}
    </div>`}
    <${k} error=${a.problem} />
  </section>`}function ds({patientId:e}){let t=A(`/api/v1/patients/${e}/appointments`),a=t.data?[...t.data.items].sort((l,c)=>c.start.localeCompare(l.start)):[],r=new Date().toISOString(),s=a.filter(l=>l.end>r&&l.status!=="cancelled").reverse(),n=a.filter(l=>!(l.end>r&&l.status!=="cancelled")).slice(0,5),i=l=>o`<li data-appointment=${l.id}>
    <a href=${`/staff/calendar?view=day&date=${l.start_local.slice(0,10)}&appointment=${l.id}`}>${S(l.start_local.slice(0,10),"weekday")}, ${Pe(l)}</a>
    ${` · ${Te(l.kind)}${l.session_number?` ${l.session_number}/${l.session_count}`:""} · ${Ee(l.status)}`}
  </li>`;return o`<section class="card visits" aria-labelledby="visits-heading">
    <h2 id="visits-heading">Visits</h2>
    ${t.loading&&!t.data&&o`<${L} />`}
    <${k} error=${t.error} onRetry=${t.reload} />
    ${t.data&&s.length===0&&o`<p class="muted">Nothing booked.</p>`}
    ${s.length>0&&o`<ul class="visit-list">${s.map(i)}</ul>`}
    ${n.length>0&&o`<details><summary>Earlier and cancelled</summary><ul class="visit-list">${n.map(i)}</ul></details>`}
  </section>`}function oo({session:e,id:t}){let a=A(`/api/v1/patients/${t}`),r=A("/api/v1/clinic"),[s,n]=h(!1),[i,l]=h(0),c=to.map(p=>({source:p,resource:A(p.roles.includes(e.role)?p.path(t):null)})).filter(({source:p})=>p.roles.includes(e.role)),u=c.every(({resource:p})=>p.data);if(U(a.data!==null&&u,"chart"),a.error)return o`<${y}>Patient</${y}><${k} error=${a.error} onRetry=${a.reload} />`;if(!a.data)return o`<${y}>Patient</${y}><${L} label="Loading the chart…" />`;let d=a.data,m=c.flatMap(({source:p,resource:f})=>f.data?p.toEntries(f.data):[]),$=Qe(e.role);return o`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a></p>
    <div class="page-head">
      <div>
        <${y} title=${V(d)}>${V(d)}</${y}>
        <p class="lead">Born ${S(d.birth_date)} · patient #${d.id}</p>
      </div>
      <div class="form-actions page-head__actions">
        ${!d.merged_into&&!d.archived&&o`<button type="button" class="button button--secondary" onClick=${()=>n(!0)}>Book a consultation</button>`}
        ${$&&!d.merged_into&&o`<a class="button" href=${`/staff/patients/${d.id}/consultations/new`}>New consultation</a>`}
      </div>
    </div>
    ${s&&o`<${Hr}
      patient=${d}
      patientName=${V(d)}
      timeZone=${r.data?r.data.time_zone:void 0}
      onClose=${()=>n(!1)}
      onBooked=${()=>l(p=>p+1)}
    />`}
    <${is} patient=${d} onSaved=${a.setData} />
    <div class="columns">
      <section class="card columns__main" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        ${c.map(({source:p,resource:f})=>o`${f.loading&&o`<${L} label=${`Loading ${p.key}…`} />`}
            <${k} error=${f.error} onRetry=${f.reload} />`)}
        ${u&&m.length===0&&o`<${F}>Nothing recorded yet.${$?" Start with a consultation.":""}</${F}>`}
        ${m.length>0&&o`<${ao} entries=${m} />`}
      </section>
      <div class="columns__side stack">
        <${ds} key=${i} patientId=${d.id} />
        <${ls} patient=${d} onSaved=${a.setData} />
        ${$&&o`<${eo} patientId=${d.id} />`}
        ${$&&!d.merged_into&&o`<section class="card" aria-labelledby="portal-heading">
          <h2 id="portal-heading">Portal login</h2>
          <p class="muted">Lets the patient see their plan and how to prepare, and nothing else.</p>
          <${Jr} patient=${d} name=${V(d)} />
        </section>`}
        ${$&&!d.merged_into&&o`<${Kr}
          patient=${d}
          onMerged=${p=>{a.setData(p.patient),c.forEach(({resource:f})=>f.reload())}}
        />`}
      </div>
    </div>
  </div>`}var cs={contraindicated:"stop",defer:"defer",caution:"caution",info:"neutral"},us={eligible:"No contraindication found: the patient can be treated.",eligible_with_precautions:"The patient can be treated with the actions below.",defer:"Not now: treatment has to wait.",not_eligible:"Do not treat with microneedling."};function ps({finding:e,headingLevel:t}){let a=`h${t}`;return o`<li class=${`finding finding--${e.level}`}>
    <div class="finding__head">
      <${j} kind=${cs[e.level]}>${jt(e.level)}</${j}>
      <${a}>${me(e.code)}</${a}>
      ${e.level==="defer"&&o`<span class="finding__until">
        ${e.until?o`until <strong><${xe} date=${e.until} style="weekday" /></strong>`:"until resolved"}
      </span>`}
    </div>
    <p class="finding__message">${e.message}</p>
    ${(e.actions||[]).length>0&&o`<p class="finding__actions">Requires: ${e.actions.map(qe).join(", ")}</p>`}
    ${(e.alternatives||[]).length>0&&o`<p class="finding__actions">Alternatives: ${e.alternatives.map(xr).join(", ")}</p>`}
    ${e.evidence&&o`<p class="finding__evidence"><strong>Evidence note:</strong> ${e.evidence}</p>`}
    ${e.source&&o`<details class="finding__source"><summary>Source</summary><p>${e.source}</p></details>`}
  </li>`}function ta({result:e,headingLevel:t=2}){let a=e.screening||{},r=a.findings||[],s=a.actions||[],n=`h${t}`,i=`h${t+1}`;return o`<div class="screening" data-verdict=${e.verdict}>
    <div class=${`verdict verdict--${za[e.verdict]}`}>
      <${n} class="verdict__title">${Vt(e.verdict)}</${n}>
      <p>${us[e.verdict]}</p>
      ${e.earliest_date&&o`<p class="verdict__date">Earliest treatment date: <strong><${xe} date=${e.earliest_date} style="long" /></strong></p>`}
    </div>
    ${s.length>0&&o`<section class="actions-required">
      <${i}>Required actions</${i}>
      <ul>${s.map(l=>o`<li>${qe(l)}</li>`)}</ul>
    </section>`}
    <section>
      <${i}>${r.length===0?"No findings":`Findings (${r.length})`}</${i}>
      ${r.length>0&&o`<ul class="findings">${r.map(l=>o`<${ps} finding=${l} headingLevel=${t+2} />`)}</ul>`}
    </section>
    ${e.protocol&&o`<p class="muted small">Screened with protocol ${e.protocol.name} ${e.protocol.version}.</p>`}
  </div>`}var Oa=e=>e&&e.length?` (${e.map(le).join(", ")})`:"";function ms({intake:e}){let t=[["Assessed on",S(e.assessed_on)],["First session planned for",S(e.planned_date)],["Skin type",`Fitzpatrick ${e.patient.fitzpatrick}`],["Areas",e.areas.map(le).join(", ")],["Concerns",e.concerns.map(a=>`${Me(a.code)}${a.subtype?` (${Ot(a.subtype)})`:""}, severity ${a.severity}${Oa(a.areas)}`).join("; ")],["History",(e.history||[]).map(It).join(", ")],["Skin today",(e.active||[]).map(a=>`${Bt(a.code)}${Oa(a.areas)}`).join("; ")],["Medications",(e.medications||[]).map(a=>{let r=a.last_dose||a.last_use;return`${Ft(a.code)}${r?`, last taken ${S(r)}`:", still taking"}`}).join("; ")],["Procedures",(e.procedures||[]).map(a=>`${Mt(a.code)} on ${S(a.date)}${Oa(a.areas)}`).join("; ")],["Allergies",(e.allergies||[]).map(qt).concat(e.other_allergies||[]).join(", ")],["Pregnant or breastfeeding",e.pregnant||e.breastfeeding?"Yes":"No"]];return o`<dl class="facts facts--wide">
    ${t.map(([a,r])=>o`<div><dt>${a}</dt><dd>${r||"—"}</dd></div>`)}
  </dl>`}function no({id:e}){let t=A(`/api/v1/consultations/${e}`),a=t.data?t.data.patient_id:null,r=A(a?`/api/v1/patients/${a}`:null),[s,n]=h(!1),[i,l]=h(null);if(U(t.data!==null&&r.data!==null,"consultation"),t.error)return o`<${y}>Consultation</${y}><${k} error=${t.error} onRetry=${t.reload} />`;if(!t.data)return o`<${y}>Consultation</${y}><${L} />`;let c=t.data,u=r.data?V(r.data):`patient #${c.patient_id}`,d=async()=>{n(!0),l(null);try{let m=await T("POST","/api/v1/plans",{consultation_id:c.id});ne(`/staff/plans/${m.id}`)}catch(m){l(m),n(!1)}};return o`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${c.patient_id}`}>${u}</a></p>
    <div class="page-head">
      <div>
        <${y} title="Consultation">Consultation: ${u}</${y}>
        <p class="lead">Recorded ${re(c.created_at)}</p>
      </div>
      ${c.verdict!=="not_eligible"&&o`<button type="button" class="button" onClick=${d} disabled=${s}>${s?"Planning…":"Create treatment plan"}</button>`}
    </div>
    <${k} error=${i} />
    <div class="columns">
      <section class="card columns__main" aria-labelledby="screening-heading">
        <h2 id="screening-heading" class="visually-hidden">Screening</h2>
        <${ta} result=${c} headingLevel=${3} />
      </section>
      <section class="card columns__side" aria-labelledby="intake-heading">
        <h2 id="intake-heading">Intake</h2>
        <${ms} intake=${c.intake} />
      </section>
    </div>
  </div>`}var Oe=(e,t)=>e.map(a=>[a,t(a)]),_t=e=>Oe(e,le);function fs(e,t){return{assessed_on:t,planned_date:"",fitzpatrick:e.fitzpatrick?String(e.fitzpatrick):"",areas:[],concerns:[{code:"",subtype:"",severity:"",areas:[]}],history:[],active:[],medications:[],procedures:[],allergies:[],other_allergies:"",pregnant:!1,breastfeeding:!1}}function $s(e,t){let a={patient:{birth_date:t.birth_date}};e.assessed_on&&(a.assessed_on=e.assessed_on),e.planned_date&&(a.planned_date=e.planned_date),e.fitzpatrick!==""&&(a.patient.fitzpatrick=Number(e.fitzpatrick)),a.areas=e.areas,a.concerns=e.concerns.map(s=>{let n={code:s.code};return s.subtype&&(n.subtype=s.subtype),s.severity!==""&&(n.severity=Number(s.severity)),s.areas.length>0&&(n.areas=s.areas),n}),e.history.length&&(a.history=e.history),e.active.length&&(a.active=e.active.map(s=>s.areas.length?{code:s.code,areas:s.areas}:{code:s.code})),e.medications.length&&(a.medications=e.medications.map(s=>s.last_dose?{code:s.code,last_dose:s.last_dose}:{code:s.code})),e.procedures.length&&(a.procedures=e.procedures.map(s=>{let n={code:s.code};return s.date&&(n.date=s.date),s.areas.length&&(n.areas=s.areas),n}));let r=e.other_allergies.split(/[,;\n]/).map(s=>s.trim()).filter(Boolean);return(e.allergies.length||r.length)&&(a.allergies=[...e.allergies,...r]),e.pregnant&&(a.pregnant=!0),e.breastfeeding&&(a.breastfeeding=!0),a}function hs(e){let t=[];return e.fitzpatrick===""&&t.push("the skin type"),e.areas.length===0&&t.push("at least one area to treat"),e.concerns.some(a=>a.code&&a.severity!=="")||t.push("a concern with its severity"),e.medications.some(a=>!a.code)&&t.push("each medication’s name"),e.procedures.some(a=>!a.code||!a.date)&&t.push("each procedure’s name and date"),e.active.some(a=>!a.code)&&t.push("each skin condition"),t}function Q({title:e,pointer:t,errors:a,children:r,hint:s}){let n=t?se(a,t):[];return o`<section class="form-section" aria-labelledby=${`${Y(t||e)}-title`}>
    <h2 id=${`${Y(t||e)}-title`}>${e}</h2>
    ${s&&o`<p class="hint">${s}</p>`}
    ${n.length>0&&o`<div class="field-error" id=${t?Y(t):void 0} tabindex="-1">
      ${n.map(i=>o`<p><span class="visually-hidden">Error: </span>${i}</p>`)}
    </div>`}
    ${r}
  </section>`}function aa({rows:e,onRows:t,make:a,render:r,addLabel:s,itemLabel:n}){return o`<div class="rows">
    ${e.map((i,l)=>o`<div class="row" key=${l}>
        <div class="row__fields">${r(i,l,c=>t(e.map((u,d)=>d===l?c:u)))}</div>
        <button
          type="button"
          class="button button--quiet row__remove"
          onClick=${()=>t(e.filter((c,u)=>u!==l))}
        >
          Remove<span class="visually-hidden"> ${n} ${l+1}</span>
        </button>
      </div>`)}
    <button type="button" class="button button--secondary" onClick=${()=>t([...e,a()])}>${s}</button>
  </div>`}function gs({form:e,setForm:t,errors:a,patient:r,clinicToday:s}){let n=c=>u=>t({...e,[c]:u}),i=e.areas,l=c=>`/intake${c}`;return o`<div class="intake">
    <${Q} title="Visit">
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
    </${Q}>

    <${Q} title="Patient">
      <div class="grid grid--2">
        <div class="field" id=${Y(l("/patient/birth_date"))} tabindex="-1">
          <span class="field__label">Date of birth</span>
          <p class="field__value">${S(r.birth_date)} (age ${Je(r.birth_date)}) <span class="muted">from the patient record</span></p>
          ${se(a,l("/patient/birth_date")).map(c=>o`<p class="field-error">${c}</p>`)}
        </div>
        <${q}
          label="Skin type (Fitzpatrick)"
          pointer=${l("/patient/fitzpatrick")}
          errors=${a}
          value=${e.fitzpatrick}
          onValue=${n("fitzpatrick")}
          options=${Ne}
          placeholder="Choose…"
          required
        />
      </div>
    </${Q}>

    <${Q} title="Areas to treat">
      <div class="grid grid--2">
        <${Le}
          legend="Face"
          pointer=${l("/areas")}
          errors=${a}
          options=${_t(lt)}
          values=${e.areas.filter(c=>lt.includes(c))}
          onValues=${c=>n("areas")(ct.filter(u=>c.includes(u)||dt.includes(u)&&e.areas.includes(u)))}
        />
        <${Le}
          legend="Body"
          pointer=${l("/areas-body")}
          errors=${[]}
          options=${_t(dt)}
          values=${e.areas.filter(c=>dt.includes(c))}
          onValues=${c=>n("areas")(ct.filter(u=>c.includes(u)||lt.includes(u)&&e.areas.includes(u)))}
        />
      </div>
    </${Q}>

    <${Q} title="Concerns" pointer=${l("/concerns")} errors=${a}>
      <${aa}
        rows=${e.concerns}
        onRows=${n("concerns")}
        make=${()=>({code:"",subtype:"",severity:"",areas:[]})}
        addLabel="Add a concern"
        itemLabel="concern"
        render=${(c,u,d)=>o`<div class="grid grid--3">
            <${q}
              label="Concern"
              pointer=${l(`/concerns/${u}/code`)}
              errors=${a}
              value=${c.code}
              onValue=${m=>d({...c,code:m,subtype:ut[m]&&ut[m].includes(c.subtype)?c.subtype:""})}
              options=${Oe(gr,Me)}
              placeholder="Choose…"
              required
            />
            ${ut[c.code]?o`<${q}
                  label="Type"
                  pointer=${l(`/concerns/${u}/subtype`)}
                  errors=${a}
                  value=${c.subtype}
                  onValue=${m=>d({...c,subtype:m})}
                  options=${Oe(ut[c.code],Ot)}
                  placeholder="Not specified"
                />`:o`<div></div>`}
            <${q}
              label="Severity"
              pointer=${l(`/concerns/${u}/severity`)}
              errors=${a}
              value=${c.severity}
              onValue=${m=>d({...c,severity:m})}
              options=${br}
              placeholder="Choose…"
              required
            />
          </div>
          ${i.length>1&&o`<${Le}
            legend="Where (none ticked: every treated area)"
            pointer=${l(`/concerns/${u}/areas`)}
            errors=${a}
            options=${_t(i)}
            values=${c.areas.filter(m=>i.includes(m))}
            onValues=${m=>d({...c,areas:m})}
            columns=${4}
            compact
          />`}`}
      />
    </${Q}>

    <${Q} title="Medical history">
      <${Le}
        legend="The patient has or has had"
        pointer=${l("/history")}
        errors=${a}
        options=${Oe(_r,It)}
        values=${e.history}
        onValues=${n("history")}
        columns=${3}
      />
    </${Q}>

    <${Q} title="Skin today" pointer=${l("/active")} errors=${a} hint="Conditions present now, anywhere on the body.">
      <${aa}
        rows=${e.active}
        onRows=${n("active")}
        make=${()=>({code:"",areas:[]})}
        addLabel="Add a skin condition"
        itemLabel="skin condition"
        render=${(c,u,d)=>o`<${q}
            label="Condition"
            pointer=${l(`/active/${u}/code`)}
            errors=${a}
            value=${c.code}
            onValue=${m=>d({...c,code:m})}
            options=${Oe(vr,Bt)}
            placeholder="Choose…"
            required
          />
          <${Le}
            legend="Where (none ticked: everywhere)"
            pointer=${l(`/active/${u}/areas`)}
            errors=${a}
            options=${_t(ct)}
            values=${c.areas}
            onValues=${m=>d({...c,areas:m})}
            columns=${4}
            compact
          />`}
      />
    </${Q}>

    <${Q} title="Medications" pointer=${l("/medications")} errors=${a}>
      <${aa}
        rows=${e.medications}
        onRows=${n("medications")}
        make=${()=>({code:"",last_dose:""})}
        addLabel="Add a medication"
        itemLabel="medication"
        render=${(c,u,d)=>o`<div class="grid grid--2">
          <${q}
            label="Medication"
            pointer=${l(`/medications/${u}/code`)}
            errors=${a}
            value=${c.code}
            onValue=${m=>d({...c,code:m})}
            options=${Oe(yr,Ft)}
            placeholder="Choose…"
            required
          />
          <${C}
            label="Last taken"
            hint="Leave empty if still taking it."
            type="date"
            pointer=${l(`/medications/${u}/last_dose`)}
            errors=${a}
            value=${c.last_dose}
            onValue=${m=>d({...c,last_dose:m})}
            max=${s}
          />
        </div>`}
      />
    </${Q}>

    <${Q} title="Recent procedures" pointer=${l("/procedures")} errors=${a}>
      <${aa}
        rows=${e.procedures}
        onRows=${n("procedures")}
        make=${()=>({code:"",date:"",areas:[]})}
        addLabel="Add a procedure"
        itemLabel="procedure"
        render=${(c,u,d)=>o`<div class="grid grid--2">
            <${q}
              label="Procedure"
              pointer=${l(`/procedures/${u}/code`)}
              errors=${a}
              value=${c.code}
              onValue=${m=>d({...c,code:m})}
              options=${Oe(wr,Mt)}
              placeholder="Choose…"
              required
            />
            <${C}
              label="Date"
              type="date"
              pointer=${l(`/procedures/${u}/date`)}
              errors=${a}
              value=${c.date}
              onValue=${m=>d({...c,date:m})}
              max=${s}
              required
            />
          </div>
          <${Le}
            legend="Where (none ticked: everywhere)"
            pointer=${l(`/procedures/${u}/areas`)}
            errors=${a}
            options=${_t(ct)}
            values=${c.areas}
            onValues=${m=>d({...c,areas:m})}
            columns=${4}
            compact
          />`}
      />
    </${Q}>

    <${Q} title="Allergies">
      <${Le}
        legend="Allergic to"
        pointer=${l("/allergies")}
        errors=${a}
        options=${Oe(kr,qt)}
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
    </${Q}>

    <${Q} title="Pregnancy">
      <${Le}
        legend="The patient is"
        pointer=${l("/pregnant")}
        errors=${a}
        options=${[["pregnant","Pregnant"],["breastfeeding","Breastfeeding"]]}
        values=${[e.pregnant&&"pregnant",e.breastfeeding&&"breastfeeding"].filter(Boolean)}
        onValues=${c=>t({...e,pregnant:c.includes("pregnant"),breastfeeding:c.includes("breastfeeding")})}
      />
    </${Q}>
  </div>`}function bs(e,t,a){let[r,s]=h({result:null,error:null,pending:!1}),n=JSON.stringify(t);return I(()=>{if(!a){s({result:null,error:null,pending:!1});return}let i=new AbortController;s(c=>({...c,pending:!0}));let l=setTimeout(()=>{T("POST","/api/v1/consultations/screen",{patient_id:e,intake:JSON.parse(n)},{signal:i.signal}).then(c=>s({result:c,error:null,pending:!1}),c=>c.name!=="AbortError"&&s({result:null,error:c,pending:!1}))},450);return()=>{clearTimeout(l),i.abort()}},[e,n,a]),r}function _s({live:e,missing:t,onGoTo:a}){let r;return t.length>0?r=o`<p>To see the screening, add ${t.join(", ")}.</p>`:e.error&&e.error.status===400?r=o`<div class="alert alert--error">
      <p>The screening needs these corrections:</p>
      <ul>
        ${e.error.errors.map(s=>o`<li><a href=${`#${Y(s.path)}`} onClick=${n=>a(n,s.path)}>${Xe(s.path)}: ${s.message}</a></li>`)}
      </ul>
    </div>`:e.error?r=o`<${k} error=${e.error} />`:e.result?r=o`<${ta} result=${e.result} headingLevel=${3} />`:r=o`<${L} label="Screening…" />`,o`<aside class="live card" aria-labelledby="live-heading">
    <div class="live__head">
      <h2 id="live-heading">Screening</h2>
      <span class="live__status" role="status">${e.pending?"Updating…":e.result?"Up to date":""}</span>
    </div>
    <div aria-live="polite">${r}</div>
    <p class="muted small">Screened as you type with the clinic’s protocol; nothing is saved until you record the consultation.</p>
  </aside>`}function so({id:e}){let t=A(`/api/v1/patients/${e}`),a=A("/api/v1/clinic");U(t.data!==null&&a.data!==null,"consultation-form");let r=t.error||a.error;return r?o`<${y}>New consultation</${y}><${k} error=${r} onRetry=${()=>(t.reload(),a.reload())} />`:!t.data||!a.data?o`<${y}>New consultation</${y}><${L} />`:o`<${vs} patient=${t.data} clinicToday=${_e(a.data.time_zone)} />`}function vs({patient:e,clinicToday:t}){let[a,r,s,n]=Ge(`consultation:${e.id}`,()=>fs(e,t)),[i,l]=h([]),[c,u]=h(!1),[d,m]=h(!1),[$,p]=h(null),f=X(null),_=$s(a,e),b=hs(a),g=bs(e.id,_,b.length===0),v=$&&($.status===400||$.status===422)?$.errors:g.error&&g.error.status===400?g.error.errors:[],w=c?v:v.filter(O=>i.some(M=>O.path===M||O.path.startsWith(`${M}/`))),x=(O,M)=>{O.preventDefault();let ce=Da(M);ce&&(ce.scrollIntoView({block:"center"}),ce.focus({preventScroll:!0}))},R=async O=>{O.preventDefault(),m(!0),p(null);try{let M=await T("POST","/api/v1/consultations",{patient_id:e.id,intake:_});s(),ne(`/staff/consultations/${M.id}`)}catch(M){u(!0),p(M),m(!1),M instanceof Ve&&M.status===400&&requestAnimationFrame(()=>f.current&&f.current.querySelector(".error-summary")?.focus())}},z=O=>{let M=O.target.name;M&&M.startsWith("/intake")&&!i.includes(M)&&l([...i,M])};return o`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${e.id}`}>${V(e)}</a></p>
    <${y} title="New consultation">New consultation: ${V(e)}</${y}>
    ${n&&o`<${P} kind="info"><p>Your unsaved consultation was restored.</p></${P}>`}
    <div class="consult">
      <form class="consult__form" onSubmit=${R} onFocusOut=${z} novalidate aria-label="Consultation intake">
        <div ref=${f}>
          ${$&&$.status!==400&&o`<${k} error=${$} />`}
          ${c&&o`<${H} errors=${v} />`}
        </div>
        <${gs} form=${a} setForm=${r} errors=${w} patient=${e} clinicToday=${t} />
        <div class="form-actions">
          <${E} busy=${d} busyLabel="Recording…">Record consultation</${E}>
          <button
            type="button"
            class="button button--quiet"
            onClick=${()=>{s(),ne(`/staff/patients/${e.id}`)}}
          >
            Cancel
          </button>
        </div>
      </form>
      <${_s} live=${g} missing=${b} onGoTo=${x} />
    </div>
  </div>`}var ys=["Acne scars","Fine lines and wrinkles","Skin texture and pores","Pigmentation","Stretch marks or scars","Something else"];function ws(e){let t={name:e.name.trim(),consent_to_contact:e.consent,website:e.website};for(let a of["phone","email","preferred_times","interest","message"]){let r=e[a].trim();r&&(t[a]=r)}return t}function io(e){let t=/^\/book\/([a-z0-9-]{1,63})\/?$/.exec(e);return t?t[1]:null}function lo({slug:e}){let[t,a]=h({name:"",phone:"",email:"",preferred_times:"",interest:"",message:"",consent:!1,website:""}),[r,s]=h(!1),[n,i]=h(null),[l,c]=h(!1),u=f=>_=>a({...t,[f]:_}),d=n&&(n.status===400||n.status===422)?n.errors:[],m=async f=>{f.preventDefault(),s(!0),i(null);try{await T("POST",`/api/v1/public/clinics/${e}/booking-requests`,ws(t)),c(!0)}catch(_){i(_)}s(!1)};if(!e)return o`<${y}>Page not found</${y}><p>There is no booking form at this address. Ask the clinic for its link.</p>`;if(l)return o`<div class="stack public-book">
      <${y} title="Request sent">Thank you — we will contact you</${y}>
      <p>The clinic will get in touch with you about an appointment.</p>
    </div>`;let $=Y("/consent_to_contact"),p=se(d,"/consent_to_contact");return o`<div class="stack public-book">
    <${y} title="Request an appointment">Request an appointment</${y}>
    <p class="lead">Leave your details and the clinic will contact you to arrange a consultation. Please do not include medical details here.</p>
    ${n&&n.status===429&&o`<div class="alert alert--error" role="alert"><p>Too many requests from this connection. Please try again later.</p></div>`}
    ${n&&n.status===404&&o`<div class="alert alert--error" role="alert"><p>This clinic’s booking form is not available. Check the link.</p></div>`}
    ${n&&![400,404,422,429].includes(n.status)&&o`<${k} error=${n} />`}
    <${H} errors=${d} />
    <form class="form card" onSubmit=${m} novalidate aria-label="Appointment request">
      <${C} label="Your name" pointer="/name" errors=${d} value=${t.name} onValue=${u("name")} autocomplete="name" required />
      <p class="hint">How can the clinic reach you? A phone number or an e-mail, or both.</p>
      <${C} label="Phone" pointer="/phone" errors=${d} type="tel" value=${t.phone} onValue=${u("phone")} autocomplete="tel" />
      <${C} label="E-mail" pointer="/email" errors=${d} type="email" value=${t.email} onValue=${u("email")} autocomplete="email" />
      <${C} label="When suits you" pointer="/preferred_times" errors=${d} value=${t.preferred_times} onValue=${u("preferred_times")} hint="For example: weekday mornings, or after 5 pm" />
      <div class="field">
        <label for=${Y("/interest")}>What are you interested in?</label>
        <select id=${Y("/interest")} name="/interest" value=${t.interest} onChange=${f=>u("interest")(f.currentTarget.value)}>
          <option value="">Not sure yet</option>
          ${ys.map(f=>o`<option value=${f}>${f}</option>`)}
        </select>
        ${se(d,"/interest").map(f=>o`<p class="field-error">${f}</p>`)}
      </div>
      <${ye} label="Message (optional)" pointer="/message" errors=${d} value=${t.message} onValue=${u("message")} rows="3" maxlength="1000" />
      <div class="honeypot" aria-hidden="true">
        <label for="website">Website (leave empty)</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" value=${t.website} onInput=${f=>u("website")(f.currentTarget.value)} />
      </div>
      <div class=${`field ${p.length?"field--invalid":""}`}>
        <div class="check">
          <input
            type="checkbox"
            id=${$}
            name="/consent_to_contact"
            checked=${t.consent}
            onChange=${f=>u("consent")(f.currentTarget.checked)}
            aria-invalid=${p.length?"true":void 0}
            aria-describedby=${p.length?`${$}-error`:void 0}
          />
          <label for=${$}>I agree that the clinic may contact me about this request by phone or e-mail.</label>
        </div>
        ${p.length>0&&o`<div class="field-error" id=${`${$}-error`}>${p.map(f=>o`<p><span class="visually-hidden">Error: </span>${f}</p>`)}</div>`}
      </div>
      <div class="form-actions"><${E} busy=${r} busyLabel="Sending…">Send request</${E}></div>
    </form>
  </div>`}var Ia=25;function ra({heading:e="Find a patient",readyName:t="patients",canIncludeArchived:a=!1}){let[r,s]=Ge("patient-search",""),[n,i]=h(!1),[l,c]=h(0),[u,d]=h({loading:!0,error:null,page:null}),[m,$]=h(0),p=X(!0);I(()=>{let b=new AbortController,g=p.current?0:250;p.current=!1,d(w=>({...w,loading:!0,error:null}));let v=setTimeout(()=>{let w={q:r.trim(),limit:Ia,offset:l};n&&(w.include_archived=!0),T("POST","/api/v1/patients/search",w,{signal:b.signal}).then(x=>d({loading:!1,error:null,page:x}),x=>x.name!=="AbortError"&&d({loading:!1,error:x,page:null}))},g);return()=>{clearTimeout(v),b.abort()}},[r,l,m,n]),U(u.page!==null,t);let f=u.page,_=f?Math.min(f.offset+f.items.length,f.total):0;return o`<section class="card" aria-labelledby="search-heading">
    <h2 id="search-heading">${e}</h2>
    <form class="search" role="search" onSubmit=${b=>b.preventDefault()}>
      <label for="patient-query">Name, e-mail or phone</label>
      <input
        id="patient-query"
        type="search"
        value=${r}
        autocomplete="off"
        spellcheck="false"
        onInput=${b=>{s(b.currentTarget.value),c(0)}}
      />
      ${a&&o`<div class="check">
        <input
          type="checkbox"
          id="include-archived"
          checked=${n}
          onChange=${b=>{i(b.currentTarget.checked),c(0)}}
        />
        <label for="include-archived">Include archived and merged records</label>
      </div>`}
    </form>
    <div class="results" aria-live="polite" aria-busy=${u.loading?"true":"false"}>
      ${u.error&&o`<${k} error=${u.error} onRetry=${()=>$(b=>b+1)} />`}
      ${!f&&u.loading&&o`<${L} label="Searching…" />`}
      ${f&&f.items.length===0&&o`<${F}>No patient matches “${r}”.</${F}>`}
      ${f&&f.items.length>0&&o`<p class="results__count">
          ${f.total===0?"":`${f.offset+1}–${_} of ${f.total.toLocaleString("en-GB")}`}
          ${u.loading?" (updating…)":""}
        </p>
        <table class="table">
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Born</th><th scope="col">E-mail</th><th scope="col">Phone</th></tr>
          </thead>
          <tbody>
            ${f.items.map(b=>o`<tr>
                <td>
                  <a href=${`/staff/patients/${b.id}`}>${V(b)}</a>
                  ${b.merged_into?o` <${j} kind="neutral">Merged</${j}>`:b.archived?o` <${j} kind="neutral">Archived</${j}>`:""}
                </td>
                <td>${S(b.birth_date)} <span class="muted">(${Je(b.birth_date)})</span></td>
                <td>${b.email}</td>
                <td>${b.phone}</td>
              </tr>`)}
          </tbody>
        </table>
        <div class="pager">
          <button type="button" class="button button--secondary" disabled=${l===0} onClick=${()=>c(Math.max(0,l-Ia))}>
            Previous
          </button>
          <button type="button" class="button button--secondary" disabled=${_>=f.total} onClick=${()=>c(l+Ia)}>
            Next
          </button>
        </div>`}
    </div>
  </section>`}var ks={owner:"Run the clinic: your team, the clinical protocol and who saw which patient.",provider:"Open a patient to record a consultation, screen it and plan the series.",front_desk:"Find or register a patient and keep their details up to date."};function xs(){let e=A("/api/v1/clinic"),t=A("/api/v1/staff"),a=A("/api/v1/protocol"),r=t.data?t.data.items.filter(s=>s.active):[];return o`<section class="overview" aria-label="Clinic overview">
    <div class="card stat">
      <h2>Clinic</h2>
      ${e.loading&&o`<${L} />`}
      <${k} error=${e.error} onRetry=${e.reload} />
      ${e.data&&o`<p class="stat__value">${e.data.name}</p><p class="muted">Login name ${e.data.slug} · ${e.data.time_zone}</p>`}
    </div>
    <div class="card stat">
      <h2>Team</h2>
      ${t.loading&&o`<${L} />`}
      <${k} error=${t.error} onRetry=${t.reload} />
      ${t.data&&o`<p class="stat__value">${r.length} active</p><p><a href="/staff/team">Manage the team</a></p>`}
    </div>
    <div class="card stat">
      <h2>Protocol</h2>
      ${a.loading&&o`<${L} />`}
      <${k} error=${a.error} onRetry=${a.reload} />
      ${a.data&&o`<p class="stat__value">${a.data.name} ${a.data.version}</p>
        <p>${a.data.built_in?"Built-in default":"Uploaded by the clinic"} · <a href="/staff/protocol">View</a></p>`}
    </div>
    <div class="card stat">
      <h2>Audit log</h2>
      <p class="stat__value">Who saw which patient</p>
      <p><a href="/staff/audit">Open the audit log</a></p>
    </div>
  </section>`}function co({session:e}){let t=e.role;return o`<div class="stack">
    <div class="page-head">
      <div>
        <${y} title="Home">Good day, ${e.user.display_name}</${y}>
        <p class="lead">${$e(t)} · ${ks[t]}</p>
      </div>
      <a class="button" href="/staff/patients/new">Register a patient</a>
    </div>
    ${t==="owner"&&o`<${xs} />`}
    <${ra} readyName="home" />
  </div>`}function uo({messages:e}){return e.length?o`<div class="field-error">${e.map(t=>o`<p><span class="visually-hidden">Error: </span>${t}</p>`)}</div>`:null}function po(e){let t={};for(let a of bt)t[a]=(e&&e[a]||[]).map(r=>({from:r.from,to:r.to}));return t}function Ss({providerId:e,hours:t,canEdit:a,onSaved:r}){let[s,n]=h(()=>po(t)),[i,l]=h(!1),[c,u]=h(null),[d,m]=h(!1),$=c&&c.status===400?c.errors:[],p=(_,b,g)=>{m(!1),n({...s,[_]:s[_].map((v,w)=>w===b?{...v,...g}:v)})},f=async _=>{_.preventDefault(),l(!0),u(null),m(!1);try{let b=await T("PUT",`/api/v1/providers/${e}/hours`,Wr(s));n(po(b.hours)),r(b),m(!0)}catch(b){u(b)}l(!1)};return a?o`<form class="form hours-form" onSubmit=${f} novalidate aria-label="Working hours">
    ${d&&o`<${P} kind="success"><p>Working hours saved.</p></${P}>`}
    ${c&&c.status!==400&&o`<${k} error=${c} />`}
    <${H} errors=${$} />
    ${bt.map(_=>o`<fieldset class="hours-day" id=${Y(`/hours/${_}`)} tabindex="-1" data-day=${_}>
        <legend>${Ue(_)}</legend>
        <${uo} messages=${se($,`/hours/${_}`)} />
        ${s[_].length===0&&o`<p class="muted hours-day__off">Day off</p>`}
        ${s[_].map((b,g)=>o`<div class="hours-span" id=${Y(`/hours/${_}/${g}`)} tabindex="-1">
            <${C}
              label=${`From (${Ue(_)} ${g+1})`}
              pointer=${`/hours/${_}/${g}/from`}
              errors=${$}
              type="time"
              value=${b.from}
              onValue=${v=>p(_,g,{from:v})}
            />
            <${C}
              label=${`To (${Ue(_)} ${g+1})`}
              pointer=${`/hours/${_}/${g}/to`}
              errors=${$}
              type="time"
              value=${b.to}
              onValue=${v=>p(_,g,{to:v})}
            />
            <button
              type="button"
              class="button button--quiet button--small"
              onClick=${()=>n({...s,[_]:s[_].filter((v,w)=>w!==g)})}
            >
              Remove<span class="visually-hidden"> ${Ue(_)} span ${g+1}</span>
            </button>
            <${uo} messages=${se($,`/hours/${_}/${g}`)} />
          </div>`)}
        <button
          type="button"
          class="button button--secondary button--small"
          onClick=${()=>{let b=s[_][s[_].length-1];n({...s,[_]:[...s[_],b?{from:b.to,to:""}:{from:"09:00",to:"17:00"}]})}}
        >
          Add hours<span class="visually-hidden"> on ${Ue(_)}</span>
        </button>
      </fieldset>`)}
    <div class="form-actions"><${E} busy=${i}>Save working hours</${E}></div>
  </form>`:o`<table class="table table--dense hours-table">
      <caption class="visually-hidden">Working hours</caption>
      <tbody>
        ${bt.map(_=>o`<tr>
            <th scope="row">${Ue(_)}</th>
            <td>${s[_].length?s[_].map(b=>`${b.from}–${b.to}`).join(", "):o`<span class="muted">Day off</span>`}</td>
          </tr>`)}
      </tbody>
    </table>`}function Cs({providerId:e,onAdded:t}){let[a,r]=h({from:"",to:"",note:""}),[s,n]=h(!1),[i,l]=h(null),c=i&&i.status===400?i.errors:[];return o`<form class="form time-off-form" onSubmit=${async d=>{d.preventDefault(),n(!0),l(null);try{let m={from:a.from,to:a.to};a.note.trim()&&(m.note=a.note.trim()),t(await T("POST",`/api/v1/providers/${e}/time-off`,m)),r({from:"",to:"",note:""})}catch(m){l(m)}n(!1)}} novalidate aria-labelledby="time-off-add-heading">
    <h3 id="time-off-add-heading">Add time off</h3>
    ${i&&i.status!==400&&o`<${k} error=${i} />`}
    <div class="grid grid--3">
      <${C} label="From" pointer="/from" errors=${c} type="datetime-local" value=${a.from} onValue=${d=>r({...a,from:d})} required />
      <${C} label="Until" pointer="/to" errors=${c} type="datetime-local" value=${a.to} onValue=${d=>r({...a,to:d})} required />
      <${C} label="Note (staff only)" pointer="/note" errors=${c} value=${a.note} onValue=${d=>r({...a,note:d})} maxlength="200" />
    </div>
    <${E} busy=${s} className="button--secondary">Add time off</${E}>
  </form>`}function Ts({providerId:e,canEdit:t,timeZone:a}){let r=A(`/api/v1/providers/${e}/time-off?from=${_e(a)}&days=366`),[s,n]=h(null),[i,l]=h(!1),[c,u]=h(null),d=async $=>{l(!0),u(null);try{await T("DELETE",`/api/v1/time-off/${$}`),r.reload()}catch(p){u(p)}l(!1)},m=r.data?r.data.items:[];return o`<section class="card" aria-labelledby="time-off-heading">
    <h2 id="time-off-heading">Time off</h2>
    ${r.loading&&!r.data&&o`<${L} />`}
    <${k} error=${r.error} onRetry=${r.reload} />
    <${k} error=${c} />
    ${s&&o`<${P} kind=${s.overlapping_appointment_ids.length?"warning":"success"}>
      <p>Time off added: ${s.from_local.replace("T"," ")} – ${s.to_local.replace("T"," ")}.</p>
      ${s.overlapping_appointment_ids.length>0&&o`<p class="time-off__overlaps">
        ${s.overlapping_appointment_ids.length===1?"One booked visit falls":`${s.overlapping_appointment_ids.length} booked visits fall`} in this period and
        ${s.overlapping_appointment_ids.length===1?" was":" were"} not moved:
        ${s.overlapping_appointment_ids.map(($,p)=>o`${p?", ":" "}<a href=${`/staff/calendar?appointment=${$}`}>visit #${$}</a>`)}.
        Reschedule or cancel ${s.overlapping_appointment_ids.length===1?"it":"them"} from the calendar.
      </p>`}
    </${P}>`}
    ${r.data&&m.length===0&&o`<${F}>No time off in the coming year.</${F}>`}
    ${m.length>0&&o`<ul class="time-off-list">
      ${m.map($=>o`<li data-time-off=${$.id}>
          <span><strong>${$.from_local.replace("T"," ")}</strong> – <strong>${$.to_local.replace("T"," ")}</strong>${$.note?o` <span class="muted">${$.note}</span>`:""}</span>
          ${t&&o`<${oe} label="Remove" hiddenSuffix=${`time off from ${$.from_local.replace("T"," ")}`} confirmLabel="Remove the time off" busy=${i} onConfirm=${()=>d($.id)} small>
            <p>The provider can be booked in this period again.</p>
          </${oe}>`}
        </li>`)}
    </ul>`}
    ${t&&o`<${Cs}
      providerId=${e}
      onAdded=${$=>{n($),r.reload()}}
    />`}
  </section>`}function mo({session:e}){let{providers:t,loading:a,error:r,reload:s}=we(),n=A("/api/v1/clinic"),i=new URLSearchParams(location.search),l=Number(i.get("provider"))||null,[c,u]=h(l||(e.role==="provider"?e.user.id:null));I(()=>{!c&&t.length>0&&u(t[0].id)},[c,t.length]);let d=A(c?`/api/v1/providers/${c}/hours`:null);U(d.data!==null&&d.data.provider_id===c&&!d.loading&&n.data!==null&&!a,"hours");let m=e.role==="owner"||e.role==="provider"&&c===e.user.id,$=n.data?n.data.time_zone:void 0;return o`<div class="stack">
    <div class="page-head">
      <div>
        <${y}>Working hours and time off</${y}>
        <p class="lead">Times are the clinic’s local time${$?` (${$})`:""}. Days left empty are days off.</p>
      </div>
    </div>
    <${k} error=${r||n.error} onRetry=${s} />
    ${a&&o`<${L} />`}
    ${!a&&t.length===0&&o`<${F}>There are no providers yet. The owner invites them on the Team page.</${F}>`}
    ${t.length>0&&o`<div class="card">
      <${q}
        label="Provider"
        pointer="/provider"
        value=${c?String(c):""}
        onValue=${p=>{u(Number(p)),ne(`/staff/hours?provider=${p}`,{replace:!0})}}
        options=${t.map(p=>[String(p.id),p.display_name])}
      />
      ${!m&&o`<p class="muted">${e.role==="provider"?"You can change only your own hours.":"Only the owner or the provider themself can change these."}</p>`}
    </div>`}
    ${c&&o`<div class="columns">
      <section class="card columns__main" aria-labelledby="hours-heading">
        <h2 id="hours-heading">Weekly hours</h2>
        ${d.loading&&!d.data&&o`<${L} />`}
        <${k} error=${d.error} onRetry=${d.reload} />
        ${d.data&&d.data.provider_id===c&&o`<${Ss} key=${c} providerId=${c} hours=${d.data.hours} canEdit=${m} onSaved=${d.setData} />`}
      </section>
      <div class="columns__side">${n.data&&o`<${Ts} key=${c} providerId=${c} canEdit=${m} timeZone=${$} />`}</div>
    </div>`}
  </div>`}var fo="np-clinic",Ba="";function $o({clinic:e,email:t}){oa(e),Ba=t||""}function oa(e){try{localStorage.setItem(fo,e)}catch{}}function Ps(){let e=new URLSearchParams(location.search).get("clinic");if(e)return e;try{return localStorage.getItem(fo)||""}catch{return""}}function ho({portal:e,expired:t}){let[a,r]=h(Ps),[s,n]=h(()=>{let _=Ba;return Ba="",_}),[i,l]=h(""),[c,u]=h(!1),[d,m]=h(null),$=async _=>{_.preventDefault(),u(!0),m(null);try{await Or(a.trim(),s.trim(),i),oa(a.trim())}catch(b){l(""),m(b),u(!1)}},p=d&&d.status===400?d.errors:[],f="";return d&&d.status===401?f="The clinic, e-mail or password is not right.":d&&d.status===429?f=`Too many attempts: ${d.detail}.`:d&&d.status!==400&&(f=d.detail||"The login failed. Try again."),o`<${be}>
    <div class="login">
      <div class="login__brand"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</div>
      <${y} title=${e?"Patient portal":"Log in"}>${e?"Your treatment plan":"Staff login"}</${y}>
      <p class="lead">
        ${e?"Log in to see your sessions and how to prepare for each one. First time? Open the link your clinic gave you to set your password.":"Log in to your clinic’s workspace. New to the team? Open the link the clinic’s owner gave you to set your password."}
      </p>
      ${t&&o`<${P} kind="warning">
        <p><strong>Your session has ended.</strong> Log in again to carry on: what you typed is kept.</p>
      </${P}>`}
      ${f&&o`<div class="alert alert--error" role="alert"><p>${f}</p></div>`}
      <${H} errors=${p} />
      <form class="form" onSubmit=${$} novalidate>
        <${C}
          label="Clinic"
          hint="Your clinic’s login name, for example demo-1"
          pointer="/clinic"
          errors=${p}
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
          errors=${p}
          value=${s}
          onValue=${n}
          autocomplete="username"
          required
        />
        <${C}
          label="Password"
          pointer="/password"
          type="password"
          errors=${p}
          value=${i}
          onValue=${l}
          autocomplete="current-password"
          required
        />
        <${E} busy=${c} busyLabel="Logging in…">Log in</${E}>
      </form>
      <p class="login__switch">
        ${e?o`Clinic staff? <a href="/login">Staff login</a>`:o`A patient? <a href="/portal/login">Patient portal</a>`}
      </p>
    </div>
  </${be}>`}function As(e){let t=(e||"").replace(/^#/,"").trim();return/^[A-Za-z0-9._~-]{10,200}$/.test(t)?t:""}var go="This link can no longer be used. A link works once and for 72 hours, and a newer link replaces an older one. Ask your clinic for a new link (staff: the clinic’s owner; patients: your provider).";function Ls({accepted:e,session:t}){let a=e.role==="patient",r=async()=>{$o({clinic:e.clinic,email:e.email}),t&&await Ht(),ne(a?"/portal/login":"/login",{replace:!0})};return o`<div class="stack">
    <${P} kind="success">
      <p><strong>Your password is set.</strong> Log in with it from now on:</p>
      <dl class="facts">
        <div><dt>Clinic</dt><dd>${e.clinic}</dd></div>
        <div><dt>E-mail</dt><dd>${e.email}</dd></div>
      </dl>
    </${P}>
    <button type="button" class="button" onClick=${r}>${a?"Go to the patient portal login":"Go to the staff login"}</button>
  </div>`}function bo({session:e}){let[t]=h(()=>As(location.hash)),[a,r]=h(""),[s,n]=h(""),[i,l]=h(!1),[c,u]=h(null),[d,m]=h(!1),[$,p]=h(null),f=async g=>{if(g.preventDefault(),u(null),m(!1),a!==s){m(!0);return}l(!0);try{let v=await T("POST","/api/v1/invitations/accept",{token:t,password:a});history.replaceState(null,"","/invite"),p(v)}catch(v){u(v),r(""),n("")}l(!1)},_=[...c&&c.status===400?c.errors.filter(g=>g.path==="/password"):[],...d?[{path:"/password_again",message:"is not the same as the new password"}]:[]],b="";return c&&c.status===401?b=go:c&&c.status===429?b=`Too many attempts from this device: ${c.detail}. Wait, then try again.`:c&&c.status===400&&_.length===0?b=go:c&&c.status!==400&&(b=c.detail||"Setting the password failed. Try again."),o`<div class="login">
    <div class="login__brand"><span class="brand__mark" aria-hidden="true"></span>Needlepoint</div>
    <${y}>Set your password</${y}>
    ${$?o`<${Ls} accepted=${$} session=${e} />`:t?o`<p class="lead">Choose the password you will log in with. Nobody else sees it, not even the clinic.</p>
            ${e&&o`<${P} kind="warning">
              <p>You are logged in as ${e.user.display_name}. This link is for the person it was made for: setting a password here uses it up.</p>
            </${P}>`}
            ${b&&o`<div class="alert alert--error" role="alert"><p>${b}</p></div>`}
            <${H} errors=${_} />
            <form class="form" onSubmit=${f} novalidate>
              <${C}
                label="New password"
                hint="At least 12 characters. A few unrelated words are strong and easy to remember; avoid common passwords and your e-mail."
                pointer="/password"
                type="password"
                errors=${_}
                value=${a}
                onValue=${r}
                autocomplete="new-password"
                required
              />
              <${C}
                label="Type it again"
                pointer="/password_again"
                type="password"
                errors=${_}
                value=${s}
                onValue=${n}
                autocomplete="new-password"
                required
              />
              <${E} busy=${i} busyLabel="Setting…">Set my password</${E}>
            </form>`:o`<div class="alert alert--error" role="alert">
            <p>This page needs the whole link your clinic gave you, including the part after “#”. Open the link again, or ask your clinic for a new one.</p>
          </div>`}
  </div>`}var Es=[["required","Required (refuse to send unencrypted)"],["opportunistic","When the relay offers it"],["none","Never (a relay on this machine only)"]],Ds={visit_reminder:"Visit reminder",prep_14d:"Preparation, 14 days before",prep_7d:"Preparation, 7 days before",prep_1d:"Preparation, the day before",aftercare_evening:"Aftercare, the same evening",aftercare_day1:"Aftercare, day 1",aftercare_day3:"Aftercare, day 3",aftercare_day7:"Aftercare, day 7 check-in",photo_follow_up:"Follow-up photo visit",maintenance_recall:"Maintenance recall",portal_invitation:"Portal invitation"},Rs=e=>Ds[e]||e.replaceAll("_"," ");function Ns(e){let t={relay:e.relay.trim(),from_address:e.from_address.trim(),from_name:e.from_name.trim(),username:e.username.trim(),portal_url:e.portal_url.trim(),starttls:e.starttls,enabled:e.enabled};return e.password&&(t.password=e.password),t}function zs({settings:e,onSaved:t}){let[a,r]=h(()=>({relay:e.relay||"",from_address:e.from_address||"",from_name:e.from_name||"",username:e.username||"",portal_url:e.portal_url||"",password:"",starttls:e.starttls||"required",enabled:!!e.enabled})),[s,n]=h(!1),[i,l]=h(null),[c,u]=h(!1),d=p=>f=>(u(!1),r({...a,[p]:f})),m=i&&(i.status===400||i.status===422)?i.errors:[];return o`<form class="form" onSubmit=${async p=>{p.preventDefault(),n(!0),l(null);try{let f=await T("PUT","/api/v1/clinic/mail",Ns(a));t(f),r({...a,password:""}),u(!0)}catch(f){l(f)}n(!1)}} novalidate aria-labelledby="relay-heading">
    <h2 id="relay-heading">Sending e-mail</h2>
    ${c&&o`<${P} kind="success"><p>Mail settings saved.</p></${P}>`}
    ${i&&![400,422].includes(i.status)&&o`<${k} error=${i} />`}
    <${H} errors=${m} />
    <${C} label="Relay" pointer="/relay" errors=${m} value=${a.relay} onValue=${d("relay")} hint="smtp://host:port or smtps://host:port" autocomplete="off" spellcheck="false" />
    <div class="grid grid--2">
      <${C} label="From address" pointer="/from_address" errors=${m} type="email" value=${a.from_address} onValue=${d("from_address")} />
      <${C} label="From name" pointer="/from_name" errors=${m} value=${a.from_name} onValue=${d("from_name")} />
      <${C} label="Relay user name" pointer="/username" errors=${m} value=${a.username} onValue=${d("username")} autocomplete="off" />
      <${C}
        label="Relay password"
        pointer="/password"
        errors=${m}
        type="password"
        value=${a.password}
        onValue=${d("password")}
        autocomplete="new-password"
        hint=${e.password_set?"A password is set. Leave empty to keep it.":"No password set."}
      />
    </div>
    <${C} label="Patient portal address" pointer="/portal_url" errors=${m} type="url" value=${a.portal_url} onValue=${d("portal_url")} hint="Where the messages send patients for their instructions, e.g. https://clinic.example" autocomplete="off" spellcheck="false" />
    <${q} label="Encryption (STARTTLS)" pointer="/starttls" errors=${m} value=${a.starttls} onValue=${d("starttls")} options=${Es} />
    <${je} id="mail-enabled" label="Send e-mail (reminders and confirmations)" checked=${a.enabled} onChecked=${d("enabled")} />
    <div class="form-actions"><${E} busy=${s}>Save mail settings</${E}></div>
  </form>`}function Os({template:e,onSaved:t}){let[a,r]=h({subject:e.subject,body:e.body});I(()=>r({subject:e.subject,body:e.body}),[e.subject,e.body]);let[s,n]=h(!1),[i,l]=h(null),[c,u]=h(!1),d=i&&(i.status===400||i.status===422)?i.errors:[],m=`/templates/${e.kind}`,$=d.map(b=>({...b,path:`${m}${b.path}`})),p=async b=>{n(!0),l(null),u(!1);try{await b(),u(!0)}catch(g){l(g)}n(!1)},f=b=>{b.preventDefault(),p(async()=>t(await T("PUT",`/api/v1/clinic/message-templates/${e.kind}`,a)))},_=()=>p(async()=>{await T("DELETE",`/api/v1/clinic/message-templates/${e.kind}`),t(null)});return o`<form class="form template" onSubmit=${f} novalidate aria-labelledby=${`template-${e.kind}`} data-kind=${e.kind}>
    <h3 id=${`template-${e.kind}`}>${Rs(e.kind)} ${e.is_default&&o`<span class="muted small">(default)</span>`}</h3>
    ${c&&o`<${P} kind="success"><p>Template saved.</p></${P}>`}
    ${i&&![400,422].includes(i.status)&&o`<${k} error=${i} />`}
    <${C} label="Subject" pointer=${`${m}/subject`} errors=${$} value=${a.subject} onValue=${b=>r({...a,subject:b})} hint="Only the clinic’s name may be filled in here; never clinical detail." />
    <${ye} label="Message" pointer=${`${m}/body`} errors=${$} value=${a.body} onValue=${b=>r({...a,body:b})} rows="6" />
    <div class="form-actions">
      <${E} busy=${s} className="button--secondary">Save template</${E}>
      ${!e.is_default&&o`<${oe} label="Back to the default" confirmLabel="Use the default" busy=${s} onConfirm=${_} small>
        <p>Your wording is removed and the built-in text is used again.</p>
      </${oe}>`}
    </div>
  </form>`}function _o(){let e=A("/api/v1/clinic/mail"),t=A("/api/v1/clinic/message-templates");return U(e.data!==null&&t.data!==null,"mail"),o`<div class="stack">
    <${y}>E-mail and reminders</${y}>
    <section class="card">
      ${e.loading&&!e.data&&o`<${L} />`}
      <${k} error=${e.error} onRetry=${e.reload} />
      ${e.data&&o`<${zs} settings=${e.data} onSaved=${e.setData} />`}
    </section>
    <section class="card" aria-labelledby="templates-heading">
      <h2 id="templates-heading">Message templates</h2>
      ${t.loading&&!t.data&&o`<${L} />`}
      <${k} error=${t.error} onRetry=${t.reload} />
      ${t.data&&t.data.items.map(a=>o`<${Os} key=${a.kind} template=${a} onSaved=${()=>t.reload()} />`)}
    </section>
  </div>`}function vo({session:e}){return o`<div class="stack">
    <div class="page-head">
      <${y}>Patients</${y}>
      <a class="button" href="/staff/patients/new">Register a patient</a>
    </div>
    <${ra} heading="Search" canIncludeArchived=${e.role==="owner"} />
  </div>`}function Is({candidates:e,busy:t,onDifferent:a}){let r=X(null);return I(()=>r.current&&r.current.focus(),[]),o`<section class="alert alert--warning duplicates" role="alert" tabindex="-1" ref=${r} aria-labelledby="duplicates-heading">
    <h2 id="duplicates-heading">This patient may already be registered</h2>
    <p>${e.length===1?"A record has":"These records have"} the same name and date of birth, or the same e-mail. Open the record instead of registering them twice.</p>
    <ul class="duplicates__list">
      ${e.map(s=>o`<li>
          <span><strong>${V(s)}</strong>, born ${S(s.birth_date)} <span class="muted">#${s.id}</span>${s.archived&&o` <${j} kind="neutral">Archived</${j}>`}</span>
          <a class="button button--secondary button--small" href=${`/staff/patients/${s.id}`}>Open this record<span class="visually-hidden"> of ${V(s)} (#${s.id})</span></a>
        </li>`)}
    </ul>
    <p>Not the same person, for example a namesake born the same day?</p>
    <button type="button" class="button button--secondary" disabled=${t} onClick=${a}>It is a different person: register anyway</button>
  </section>`}function yo(){let[e,t,a]=Ge("new-patient",Qr),[r,s]=h(!1),[n,i]=h(null),l=async d=>{s(!0),i(null);try{let m=Xt(e,!0);d&&(m.confirm_duplicate=!0);let $=await T("POST","/api/v1/patients",m);a(),ne(`/staff/patients/${$.id}`)}catch(m){i(m),s(!1)}},c=d=>{d.preventDefault(),l(!1)},u=n&&n.status===409&&Array.isArray(n.problem.candidates)?n.problem.candidates:null;return o`<div class="stack narrow">
    <p class="crumbs"><a href="/staff/patients">Patients</a></p>
    <${y}>Register a patient</${y}>
    ${n&&n.status!==400&&!u&&o`<${k} error=${n} />`}
    ${u&&o`<${Is} candidates=${u} busy=${r} onDifferent=${()=>l(!0)} />`}
    <div class="card">
      <${ea}
        fields=${e}
        onFields=${d=>{t(d),u&&i(null)}}
        errors=${n&&n.status===400?n.errors:[]}
        busy=${r}
        onSubmit=${c}
        submitLabel="Register patient"
      />
    </div>
  </div>`}function Bs(e,t){let a=e.slice(0,t).split(/\r?\n/);return[a.length,a.pop().length+1]}function Fs(e,t,a){let r=e.split(/\r?\n/),s="",n=(Math.log10(t+1)|0)+1;for(let i=t-1;i<=t+1;i++){let l=r[i-1];l&&(s+=i.toString().padEnd(n," "),s+=":  ",s+=l,s+=`
`,i===t&&(s+=" ".repeat(n+a+2),s+=`^
`))}return s}var D=class e extends Error{line;column;codeblock;constructor(t,a){let[r,s]=Bs(a.toml,a.ptr),n=Fs(a.toml,r,s);super(`Invalid TOML document: ${t}

${n}`,a),this.line=r,this.column=s,this.codeblock=n}static x(t,a,r){throw new e(t,{toml:a.s,ptr:r??a.p})}};function na(e){let t=e.p,a=e.s.charCodeAt(e.p++),r=a,s=a===39,n=a===e.s.charCodeAt(e.p)&&a===e.s.charCodeAt(e.p+1);n&&((a=e.s.charCodeAt(e.p+=2))===10?e.p++:a===13&&e.s.charCodeAt(e.p+1)===10&&(e.p+=2));let i="",l=e.p,c=0;for(;e.p<e.s.length;e.p++)if(a=e.s.charCodeAt(e.p),n&&(a===10||a===13&&e.s.charCodeAt(e.p+1)===10))c=c&&3;else if(a<32&&a!==9||a===127)D.x("control characters are not allowed in strings",e);else if((!c||c===3)&&a===r&&(!n||e.s.charCodeAt(e.p+1)===r&&e.s.charCodeAt(e.p+2)===r)){if(n&&(e.s.charCodeAt(e.p+3)===r&&e.p++,e.s.charCodeAt(e.p+3)===r&&e.p++),!c){let u=e.s.slice(l,e.p);i=i?i+u:u}return e.p+=n?3:1,i}else if(!c)!s&&a===92&&(i+=e.s.slice(l,l=e.p),c=1);else if(c===1)if(a===120||a===117||a===85){let u=e.p++-1,d=0,m=a===120?2:a===117?4:8;for(let $=0;$<m;$++,e.p++){let p=e.s.charCodeAt(e.p),f=p>=48&&p<=57?p-48:p>=65&&p<=70?p-65+10:p>=97&&p<=102?p-97+10:-1;f<0&&D.x("invalid non-hex character in unicode escape",e),d=d<<4|f}(d<0||d>1114111||d>=55296&&d<=57343)&&D.x("invalid unicode escape",e,u),i+=String.fromCodePoint(d),l=e.p--,c=0}else n&&(a===32||a===9)?c=2:(a===98?i+="\b":a===116?i+="	":a===110?i+=`
`:a===102?i+="\f":a===114?i+="\r":a===101?i+="\x1B":a===34?i+='"':a===92?i+="\\":D.x("unrecognised escape sequence",e),l=e.p+1,c=0);else a!==32&&a!==9&&(c===2&&D.x("invalid escape: only line-ending whitespace may be escaped",e,l),c=!s&&a===92?1:0,l=e.p);D.x("unfinished string",e,t)}var Ms=/^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i,vt=class e extends Date{#t=!1;#a=!1;#e=null;constructor(t,a,r){let s=!0,n=!0,i="Z",l;if(typeof t=="string")if(a)e:{if(a<3){if(+t.slice(11,13)>23){t="";break e}a===2?(i=null,t+="Z"):(l=t.charCodeAt(t.length-1))!==90&&l!==122&&(i=t.slice(t.length-6)),r&&(t=t.slice(0,10)+"T"+t.slice(11))}else a===4&&(t=+t.slice(0,2)>23?"":`0000-01-01T${t}Z`);s=a!==4,n=a!==3}else{let c=t.match(Ms);c?(c[1]||(s=!1,t=`0000-01-01T${t}`),n=!!c[2],n&&t[10]===" "&&(t=t.replace(" ","T")),c[2]&&+c[2]>23?t="":(i=c[3]||null,!i&&n&&(t+="Z"))):t=""}super(t),isNaN(this.getTime())||(this.#t=s,this.#a=n,this.#e=i)}isDateTime(){return this.#t&&this.#a}isLocal(){return!this.#t||!this.#a||!this.#e}isDate(){return this.#t&&!this.#a}isTime(){return this.#a&&!this.#t}isValid(){return this.#t||this.#a}toISOString(){let t=super.toISOString();if(this.isDate())return t.slice(0,10);if(this.isTime())return t.slice(11,23);if(this.#e===null)return t.slice(0,-1);if(this.#e==="Z"||this.#e==="z")return t;let a=+this.#e.slice(1,3)*60+ +this.#e.slice(4,6);return a=this.#e[0]==="-"?a:-a,new Date(this.getTime()-a*6e4).toISOString().slice(0,-1)+this.#e}static wrapAsOffsetDateTime(t,a="Z"){let r=new e(t);return r.#e=a,r}static wrapAsLocalDateTime(t){let a=new e(t);return a.#e=null,a}static wrapAsLocalDate(t){let a=new e(t);return a.#a=!1,a.#e=null,a}static wrapAsLocalTime(t){let a=new e(t);return a.#t=!1,a.#e=null,a}};function he(e,t=10){return t===16?e>47&&e<58||e>64&&e<71||e>96&&e<103:e>47&&e<48+t}function Ma(e,t){return e===32||e===9||e===10||e===13||t&&(e===t||e===44)||e===35}function wt(e,t){let a=e.p,r=e.s.charCodeAt(e.p);if(r===91||r===123){e.d--||D.x("document contains excessively nested structures. aborting.",e);let s=r===91?xo(e):ko(e);return e.d++,s}return r===34||r===39?na(e):r===116?((e.s.charCodeAt(++e.p)!==114||e.s.charCodeAt(++e.p)!==117||e.s.charCodeAt(++e.p)!==101)&&D.x("invalid value",e,a),e.p++,!0):r===102?((e.s.charCodeAt(++e.p)!==97||e.s.charCodeAt(++e.p)!==108||e.s.charCodeAt(++e.p)!==115||e.s.charCodeAt(++e.p)!==101)&&D.x("invalid value",e,a),e.p++,!1):r===43||r===45?sa(e,e.p,e.s.charCodeAt(++e.p),44-r,t):e.s.charCodeAt(e.p+4)===45&&e.s.charCodeAt(e.p+7)===45?qs(e,r,t):e.s.charCodeAt(e.p+2)===58?Vs(e,r,t):sa(e,e.p,r,0,t)}function sa(e,t,a,r,s){let n=a,i=0,l=!1;if(n===105)return(e.s.charCodeAt(++e.p)!==110||e.s.charCodeAt(++e.p)!==102)&&D.x("invalid value",e,t),e.p++,(r||1)/0;if(n===110)return(e.s.charCodeAt(++e.p)!==97||e.s.charCodeAt(++e.p)!==110)&&D.x("invalid value",e,t),e.p++,NaN;if(n===48){if(++e.p>=e.s.length||Ma(n=e.s.charCodeAt(e.p),s))return e.bi===!0?0n:0;if(!r){if(n===120)return Fa(e,t,16,s);if(n===98)return Fa(e,t,2,s);if(n===111)return Fa(e,t,8,s)}n===46?i=2:n===101||n===69?i=4:D.x("illegal leading zero",e,t)}else he(n)||D.x("invalid value",e,t);for(;++e.p<e.s.length&&(n=e.s.charCodeAt(e.p),!Ma(n,s));)i||(i=1),n===95?(i&1||D.x("illegal underscore",e),i+=11,l=!0):i===1&&n===46?i=2:(i===1||i===3)&&(n===101||n===69)?i=4:i===4&&(n===43||n===45)?i=6:he(n)?i>9?i-=11:i&1||i++:D.x("illegal character in numeric literal",e);if(!i){let u=(a-48)*(r||1);return e.bi===!0?BigInt(u):u}i&1||D.x("unfinished numeric value",e,t);let c=e.s.slice(t,e.p);return l&&(c=c.replaceAll("_","")),i>1?parseFloat(c):wo(e,c,10,t)}function Fa(e,t,a,r){let s,n=1;for(;++e.p<e.s.length&&(s=e.s.charCodeAt(e.p),!Ma(s,r));)s===95?(n&1&&D.x("illegal underscore",e),n=3):he(s,a)?n&1&&n--:D.x("illegal character in numeric literal",e);n&1&&D.x("unfinished numeric value",e);let i=e.s.slice(t+2,e.p);return n&&(i=i.replaceAll("_","")),wo(e,i,a,t)}function wo(e,t,a,r){if(e.bi!==!0)e:{let s=parseInt(t,a);if(!Number.isSafeInteger(s)){if(e.bi)break e;D.x("integer value cannot be represented losslessly",e,r)}return s}return BigInt(a===10?t:(a===2?"0b":a===8?"0o":"0x")+t)}function qs(e,t,a){let r=e.p++,s;if(!he(t)||!he(e.s.charCodeAt(e.p++))||!he(e.s.charCodeAt(e.p++))||!he(e.s.charCodeAt(e.p++)))return sa(e,e.p=r,t,0,a);if(e.p+=5,he(e.s.charCodeAt(e.p++))||D.x("invalid date-time: date part is malformed",e,r),e.p>=e.s.length||((t=e.s.charCodeAt(e.p))!==32||(s=!0,!he(e.s.charCodeAt(e.p+1))))&&t!==84&&t!==116){let i=e.s.slice(r,e.p);return yt(e,i,3,!1,r)}if(e.s.charCodeAt(e.p+=3)!==58&&D.x("invalid date-time: time part is malformed",e,r),e.s.charCodeAt(e.p+=3)===58&&(e.p+=3),e.s.charCodeAt(e.p)===46)for(;he(e.s.charCodeAt(++e.p)););if(t=e.s.charCodeAt(e.p)){if(t===90||t===122){let i=e.s.slice(r,++e.p);return yt(e,i,1,s,r,"[+00:00]")}if(t===43||t===45){let i=e.s.slice(r,e.p+=6);return yt(e,i,1,s,r,!e.ld&&"["+e.s.slice(e.p-6,e.p)+"]")}}let n=e.s.slice(r,e.p);return yt(e,n,2,s,r)}function Vs(e,t,a){let r=e.p;if(!he(t)||!he(e.s.charCodeAt(++e.p)))return sa(e,--e.p,t,0,a);if(e.s.charCodeAt(e.p+=4)===58&&(e.p+=3),e.s.charCodeAt(e.p)===46)for(;he(e.s.charCodeAt(++e.p)););let s=e.s.slice(r,e.p);return yt(e,s,4,!1,r)}function yt(e,t,a,r,s,n){if(e.ld){let i=new vt(t,a,r);return i.isValid()||D.x("invalid date",e,s),i}try{switch(n&&(t+=n),a){case 1:return Temporal.ZonedDateTime.from(t);case 2:return Temporal.PlainDateTime.from(t);case 3:return Temporal.PlainDate.from(t);case 4:return Temporal.PlainTime.from(t)}}catch(i){D.x(i instanceof Error?i.message:""+i,e,s)}}function js(e){for(;e.p<e.s.length;e.p++){let t=e.s.charCodeAt(e.p);if(t===10)break;if(t===13&&e.s.charCodeAt(e.p+1)===10){e.p++;break}(t<32&&t!==9||t===127)&&D.x("control characters are not allowed in comments",e)}}function Ce(e,t,a){let r;for(;e.p<e.s.length;){for(;e.p<e.s.length&&((r=e.s.charCodeAt(e.p))===32||r===9||!t&&(r===10||r===13&&e.s.charCodeAt(e.p+1)===10));)e.p++;if(a||r!==35)break;js(e)}}function ia(e,t=61){let a,r=0,s=[],n,i=e.s.charCodeAt(a=e.p);do{if(i===t)return r||D.x("unexpected end of key",e),r===1&&s.push(e.s.slice(n,e.p)),e.p++,s;i===46?(r||D.x("illegal empty bare key",e),r===1&&s.push(e.s.slice(n,e.p)),r=0):!r&&(i===34||i===39)?(i===e.s.charCodeAt(e.p+1)&&i===e.s.charCodeAt(e.p+2)&&D.x("illegal quoted key: multiline strings are not allowed",e),s.push(na(e)),r=2,e.p--):i===32||i===9?r===1&&(s.push(e.s.slice(n,e.p)),r=2):r===2||i<48&&i!==45||i>57&&i<65||i>90&&i<97&&i!==95||i>122?D.x("illegal character in key",e):r||(r=1,n=e.p)}while(i=e.s.charCodeAt(++e.p));D.x("incomplete key-value: cannot find end of key",e,a)}function ko(e){let t=e.p++,a=Object.create(null),r=new Set,s;for(;e.p<e.s.length;){if(Ce(e),(s=e.s.charCodeAt(e.p))===125)return e.p++,a;let n,i=a,l=!1,c=e.p,u=ia(e);for(let m=0;m<u.length;m++){m&&(i=l?i[n]:i[n]=Object.create(null)),n=u[m],(l=Object.hasOwn(i,n))&&(typeof i[n]!="object"||r.has(i[n]))&&D.x("trying to redefine an already defined value",e,c);let $=n==="__proto__";if(e.uk&&($||n==="constructor")){i=e.uk!==1&&D.x("document contains an unsafe property",e,c);break}!l&&$&&Object.defineProperty(i,n,{enumerable:!0,configurable:!0,writable:!0})}l&&D.x("trying to redefine an already defined value",e,c),Ce(e,!0,!0);let d=wt(e,125);if(i&&typeof(i[n]=d)=="object"&&r.add(d),Ce(e),(s=e.s.charCodeAt(e.p++))===125)return a;s!==44&&D.x("expected comma or end of structure",e,e.p-1)}D.x("unfinished table",e,t)}function xo(e){let t=e.p++,a=[],r;for(;e.p<e.s.length;){if(Ce(e),(r=e.s.charCodeAt(e.p))===93)return e.p++,a;if(a.push(wt(e,93)),Ce(e),(r=e.s.charCodeAt(e.p++))===93)return a;r!==44&&D.x("expected comma or end of structure",e,e.p-1)}D.x("unfinished array",e,t)}function So(e,t,a,r,s){let n=a,i=r,l,c=!1,u;for(let d=0;d<t.length;d++){if(d){if(n=c?n[l]:n[l]=Object.create(null),i=(u=i[l]).c,s===0&&(u.t===1||u.t===2))return null;if(u.t===2){let m=n.length-1;n=n[m],i=i[m].c}}if(l=t[d],(c=Object.hasOwn(n,l))&&i[l]?.t===0&&i[l]?.d)return null;if(!c){let m=l==="__proto__";if(e.uk&&(m||l==="constructor"))return!1;m&&(Object.defineProperty(n,l,{enumerable:!0,configurable:!0,writable:!0}),Object.defineProperty(i,l,{enumerable:!0,configurable:!0,writable:!0})),i[l]={t:d<t.length-1&&s===2?3:s,d:!1,i:0,c:Object.create(null)}}}if(u=i[l],u.t!==s&&!(s===1&&u.t===3)||(s===2&&(u.d||(u.d=!0,n[l]=[]),n[l].push(n=Object.create(null)),u.c[u.i++]=u={t:1,d:!1,i:0,c:Object.create(null)}),u.d))return null;if(u.d=!0,s===1)n=c?n[l]:n[l]=Object.create(null);else if(s===0&&c)return null;return[l,n,u.c]}function Co(e,t,a){(t===null||e.uk===2)&&D.x(t===null?"trying to redefine an already defined table or value":"document contains an unsafe property",e,a)}function kt(e,t={}){let a={s:e,p:0,d:t.maxDepth??1e3,bi:t.integersAsBigInt??!1,ld:t.useLegacyDate??!0,uk:t.unsafeKeyBehaviour==="throw"?2:t.unsafeKeyBehaviour==="drop"?1:0},r=Object.create(null),s=Object.create(null),n,i=!1,l=r,c=s;for(e.charCodeAt(0)===65279&&a.p++,Ce(a);a.p<e.length;){if(e.charCodeAt(a.p)===91){let u=e.charCodeAt(++a.p)===91;n=a.p+=+u,i=!1;let d=ia(a,93);u&&(e.charCodeAt(a.p)!==93&&D.x("expected end of table array declaration",a),a.p++);let m=So(a,d,r,s,u?2:1);m?(c=m[2],l=m[1]):(Co(a,m,n),i=!0)}else{n=a.p;let u=ia(a),d=So(a,u,l,c,0);!d&&!i&&Co(a,d,n),Ce(a,!0,!0);let m=wt(a,void 0);d&&!i&&(d[1][d[0]]=m)}Ce(a,!0),a.p<e.length&&(n=e.charCodeAt(a.p))!==10&&(n!==13||e.charCodeAt(a.p+1)!==10)&&D.x("each key-value declaration must be followed by an end-of-line",a),Ce(a)}return r}var Fu=!!"".isWellFormed;function To(e,t){let[a,r,s]=e.split("-").map(Number);return new Date(Date.UTC(a,r-1,s+t)).toISOString().slice(0,10)}function Ae({items:e,sessionDate:t,label:a}){if(!e||e.length===0)return null;let r=e.map(d=>d.to||To(d.from,7)),s=[t,...e.map(d=>d.from)].sort()[0],n=[t,...r].sort().at(-1),i=Math.max(1,Ea(s,n)+1),l=d=>Ea(s,d)/i*100,c=l(t)+50/i,u=[...e].sort((d,m)=>d.from<m.from?-1:d.from>m.from?1:0);return o`<ol class="care">
    ${u.map(d=>{let m=d.to||To(d.from,7),$=l(d.from),p=Math.max(1.5,l(m)+100/i-$);return o`<li class="care__item" data-code=${d.code} data-from=${d.from} data-to=${d.to||void 0}>
        <div class="care__when">
          ${a&&o`<strong class="care__name">${a(d.code)}</strong>`}
          <span class="care__dates">${Zt(d.from,d.to)}</span>
        </div>
        <svg class="care__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <rect class="care__track" x="0" y="3" width="100" height="4" />
          <rect class=${`care__span ${d.to?"":"care__span--open"}`} x=${$} y="1" width=${p} height="8" rx="1" />
          <line class="care__session" x1=${c} x2=${c} y1="0" y2="10" />
        </svg>
        <p class="care__text">${d.instruction}</p>
      </li>`})}
  </ol>
  <p class="care__legend muted small">
    <span class="care__legend-mark" aria-hidden="true"></span> The line marks the session on ${S(t,"weekday")}.
  </p>`}var qa={forehead:{shapes:[["rect",{x:170,y:50,width:220,height:66}]],point:[240,84],label:["left",72]},temples:{shapes:[["rect",{x:170,y:116,width:34,height:64}],["rect",{x:356,y:116,width:34,height:64}]],point:[186,140],label:["left",140]},periorbital:{shapes:[["ellipse",{cx:236,cy:150,rx:32,ry:19}],["ellipse",{cx:324,cy:150,rx:32,ry:19}]],point:[348,150],label:["right",118]},cheeks:{shapes:[["ellipse",{cx:222,cy:224,rx:38,ry:40}],["ellipse",{cx:338,cy:224,rx:38,ry:40}]],point:[205,226],label:["left",214]},nose:{shapes:[["path",{d:"M280 138 L262 228 Q280 242 298 228 Z"}]],point:[292,200],label:["right",190]},perioral:{shapes:[["ellipse",{cx:280,cy:276,rx:44,ry:22}]],point:[316,276],label:["right",262]},chin:{shapes:[["ellipse",{cx:280,cy:330,rx:40,ry:24}]],point:[300,334],label:["right",334]},jawline:{shapes:[["path",{d:"M178 250 Q192 314 242 344",class:"zone__stroke"}],["path",{d:"M382 250 Q368 314 318 344",class:"zone__stroke"}]],point:[196,304],label:["left",300]}},Va={neck:{shapes:[["rect",{x:189,y:62,width:22,height:20}],["rect",{x:349,y:62,width:22,height:20}]],point:[189,72],label:["left",58]},decolletage:{shapes:[["path",{d:"M162 84 L238 84 L230 122 L170 122 Z"}]],point:[172,102],label:["left",104]},arms:{shapes:[["rect",{x:136,y:88,width:22,height:118,rx:10}],["rect",{x:242,y:88,width:22,height:118,rx:10}],["rect",{x:296,y:88,width:22,height:118,rx:10}],["rect",{x:402,y:88,width:22,height:118,rx:10}]],point:[140,150],label:["left",150]},abdomen:{shapes:[["rect",{x:168,y:150,width:64,height:68}]],point:[180,190],label:["left",196]},hands:{shapes:[["ellipse",{cx:147,cy:222,rx:11,ry:15}],["ellipse",{cx:253,cy:222,rx:11,ry:15}],["ellipse",{cx:307,cy:222,rx:11,ry:15}],["ellipse",{cx:413,cy:222,rx:11,ry:15}]],point:[140,226],label:["left",242]},thighs:{shapes:[["rect",{x:170,y:246,width:28,height:88,rx:8}],["rect",{x:202,y:246,width:28,height:88,rx:8}],["rect",{x:330,y:262,width:28,height:74,rx:8}],["rect",{x:362,y:262,width:28,height:74,rx:8}]],point:[180,292],label:["left",292]},back:{shapes:[["rect",{x:328,y:84,width:64,height:134}]],point:[384,150],label:["right",130]},buttocks:{shapes:[["ellipse",{cx:345,cy:240,rx:17,ry:21}],["ellipse",{cx:375,cy:240,rx:17,ry:21}]],point:[386,244],label:["right",236]}};function Us(e,t,a){let r=["zone"];return t&&r.push("zone--planned"),t&&t.override_reason&&r.push("zone--override"),a===e&&r.push("zone--selected"),r.join(" ")}function Po({table:e,byZone:t,selected:a,onSelect:r}){return Object.entries(e).map(([s,n])=>{let i=t[s];return o`<g
      class=${Us(s,i,a)}
      data-zone=${s}
      onClick=${i&&r?()=>r(s):void 0}
    >
      ${n.shapes.map(([l,c])=>o`<${l} ...${c} />`)}
    </g>`})}function Ao({table:e,byZone:t}){return Object.entries(e).filter(([a])=>t[a]).map(([a,r])=>{let[s,n]=r.label,i=s==="left"?6:554,l=s==="left"?"start":"end",c=t[a],u=9*Math.max(le(a).length+2,ve(c.depth_mm).length)+6,d=s==="left"?i+u:i-u;return o`<g class=${c.capped_by_zone?"zone-label zone-label--capped":"zone-label"} data-zone=${a} data-capped=${c.capped_by_zone?"true":void 0}>
        <line x1=${d} y1=${n-4} x2=${r.point[0]} y2=${r.point[1]} />
        <circle cx=${r.point[0]} cy=${r.point[1]} r="3" />
        <text x=${i} y=${n-9} text-anchor=${l} class="zone-label__name">${le(a)}${c.override_reason?" *":""}${c.capped_by_zone?" †":""}</text>
        <text x=${i} y=${n+12} text-anchor=${l} class="zone-label__depth">${ve(c.depth_mm)}</text>
      </g>`})}function Lo(e){return e.map(t=>`${le(t.zone)} ${ve(t.depth_mm)}${t.override_reason?" (changed)":""}${t.capped_by_zone?" (capped by the zone)":""}`).join("; ")}function Eo({zones:e,selected:t,onSelect:a,caption:r}){let s=Object.fromEntries(e.map(l=>[l.zone,l])),n=e.filter(l=>qa[l.zone]),i=e.filter(l=>Va[l.zone]);return o`<figure class="zone-map">
    <div class="zone-map__pictures">
      ${(n.length>0||i.length===0)&&o`<svg
        class="zone-map__face"
        viewBox="0 0 560 400"
        role="img"
        aria-label=${`Face: ${n.length?Lo(n):"no face zone planned"}`}
      >
        <defs><clipPath id="face-clip"><ellipse cx="280" cy="200" rx="110" ry="150" /></clipPath></defs>
        <ellipse class="outline" cx="280" cy="200" rx="110" ry="150" />
        <g clip-path="url(#face-clip)"><${Po} table=${qa} byZone=${s} selected=${t} onSelect=${a} /></g>
        <g class="features" aria-hidden="true">
          <path d="M214 128 Q236 118 258 128 M302 128 Q324 118 346 128" />
          <path d="M222 151 Q236 143 250 151 Q236 158 222 151 Z M310 151 Q324 143 338 151 Q324 158 310 151 Z" />
          <path d="M258 278 Q280 288 302 278" />
        </g>
        <${Ao} table=${qa} byZone=${s} />
      </svg>`}
      ${i.length>0&&o`<svg
        class="zone-map__body"
        viewBox="0 0 560 420"
        role="img"
        aria-label=${`Body, front and back: ${i.length?Lo(i):"no body zone planned"}`}
      >
        <g class="silhouette" aria-hidden="true">
          <circle cx="200" cy="40" r="24" /><circle cx="360" cy="40" r="24" />
          <rect x="168" y="122" width="64" height="28" /><rect x="168" y="218" width="64" height="28" />
          <rect x="174" y="334" width="22" height="74" rx="8" /><rect x="204" y="334" width="22" height="74" rx="8" />
          <rect x="334" y="336" width="22" height="72" rx="8" /><rect x="364" y="336" width="22" height="72" rx="8" />
        </g>
        <${Po} table=${Va} byZone=${s} selected=${t} onSelect=${a} />
        <text x="200" y="418" text-anchor="middle" class="zone-map__side">Front</text>
        <text x="360" y="418" text-anchor="middle" class="zone-map__side">Back</text>
        <${Ao} table=${Va} byZone=${s} />
      </svg>`}
    </div>
    ${r&&o`<figcaption>${r}</figcaption>`}
  </figure>`}var xt={proposed:["active","cancelled"],active:["completed","cancelled"],completed:[],cancelled:[]},ja=e=>`${e.charAt(0).toUpperCase()}${e.slice(1).replace(/\.$/,"")}.`;function Ws(e){if(!e)return[];let t=(e.errors||[]).map(r=>{let s=/^\/findings\/([a-z_]+)$/.exec(r.path||"");return s?`${me(s[1])}: ${r.message}.`:ja(r.message)}),a=e.detail?ja(e.detail):"";return[a,...t.filter(r=>r.toLowerCase()!==a.toLowerCase())].filter(Boolean)}var Hs={active:{label:"Activate the plan",busy:"Activating…"},completed:{label:"Mark as completed",confirm:"Mark it completed",question:"The series is finished: the plan can no longer be changed."},cancelled:{label:"Cancel the plan",confirm:"Cancel it",question:"The plan stops here and can no longer be changed or restarted; a new series needs a new plan."}};function Zs({plan:e,onPlanChange:t}){let[a,r]=h(!1),[s,n]=h(null),[i,l]=h(null),c=xt[e.status]||[],u=async m=>{r(!0),n(null),l(null);try{let $=await T("PATCH",`/api/v1/plans/${e.id}`,{version:e.version,status:m});l(m),t($.plan)}catch($){n($)}r(!1)},d=s&&(s.status===422||s.status===400);return o`<section class="card lifecycle" aria-labelledby="lifecycle-heading">
    <h2 id="lifecycle-heading">Status: ${ze(e.status)}</h2>
    ${c.length===0&&o`<p class="muted">This plan is ${ze(e.status).toLowerCase()}: it can no longer be changed.</p>`}
    ${e.status==="proposed"&&o`<p class="muted">Activate it when the patient agrees; the screening must allow treatment on the first session’s date.</p>`}
    ${i&&o`<${P} kind="success"><p>The plan is now ${ze(i).toLowerCase()}.</p></${P}>`}
    ${d&&o`<div class="alert alert--error" role="alert">
      <p><strong>Refused.</strong></p>
      <ul class="lifecycle__reasons">${Ws(s).map(m=>o`<li>${m}</li>`)}</ul>
    </div>`}
    ${s&&!d&&o`<${k} error=${s} />`}
    ${c.length>0&&o`<div class="form-actions">
      ${c.map(m=>{let $=Hs[m];return $.confirm?o`<${oe} key=${m} label=${$.label} confirmLabel=${$.confirm} busy=${a} onConfirm=${()=>u(m)}><p>${$.question}</p></${oe}>`:o`<button key=${m} type="button" class="button" disabled=${a} onClick=${()=>u(m)}>${a?$.busy:$.label}</button>`})}
    </div>`}
  </section>`}function Ys(e,t){return(e&&e.findings||[]).filter(a=>a.level==="defer"&&a.until&&(t===null||t.has(a.code)))}function Gs({plan:e,finding:t,onPlanChange:a,onWarnings:r}){let[s,n]=h(""),[i,l]=h(!1),[c,u]=h(null),d=c&&c.status===400?c.errors:[];return o`<form class="override-form" onSubmit=${async $=>{$.preventDefault(),l(!0),u(null);try{let p=await T("PATCH",`/api/v1/plans/${e.id}`,{version:e.version,overrides:[{finding:t.code,reason:s.trim()}]});r(p.warnings||[]),a(p.plan)}catch(p){u(p),l(!1)}}} novalidate aria-label=${`Override ${me(t.code)}`} data-finding=${t.code}>
    <p><strong>${me(t.code)}</strong>: defers treatment until <${xe} date=${t.until} />. ${t.message}</p>
    ${c&&c.status!==400&&o`<${k} error=${c} />`}
    ${se(d,"/overrides/0/finding").map($=>o`<p class="field-error">${$}</p>`)}
    <${ye}
      label="Reason for setting it aside"
      hint="Your clinical judgement for this patient; kept with the plan and shown on it."
      pointer="/overrides/0/reason"
      errors=${d}
      value=${s}
      onValue=${n}
      rows=${2}
    />
    <${E} busy=${i} className="button--secondary">Override ${me(t.code).toLowerCase()}</${E}>
  </form>`}function Ks({plan:e,screening:t,overridable:a,canOverride:r,onPlanChange:s,onWarnings:n}){let i=Qt(),l=new Set(e.overrides.map(d=>d.finding)),c=xt[e.status].length>0,u=Ys(t,a).filter(d=>!l.has(d.code));return e.overrides.length===0&&(u.length===0||!c)?null:o`<section class="card overrides" aria-labelledby="overrides-heading">
    <h2 id="overrides-heading">Deferrals set aside</h2>
    ${e.overrides.length===0&&o`<p class="muted">None: the screening’s deferrals apply.</p>`}
    ${e.overrides.length>0&&o`<ul class="overrides__list">
      ${e.overrides.map(d=>o`<li data-finding=${d.finding}>
          <strong>${me(d.finding)}</strong> overridden: “${d.reason}”
          <br /><span class="small muted">${i(d.by)}, ${re(d.at)}</span>
        </li>`)}
    </ul>`}
    ${c&&u.length>0&&(r?u.map(d=>o`<${Gs} key=${d.code} plan=${e} finding=${d} onPlanChange=${s} onWarnings=${n} />`):o`<p class="muted">${u.map(d=>me(d.code)).join(", ")} may be set aside for this plan by a provider, with a reason.</p>`)}
  </section>`}function Qs({timelines:e}){let[t,a]=h(0);if(!e||e.length===0)return null;let r=Math.min(t,e.length-1),s=e[r];return o`<section class="card session-care" aria-labelledby="session-care-heading">
    <h2 id="session-care-heading">Preparation and aftercare, session by session</h2>
    <div class="session-tabs" role="group" aria-label="Session">
      ${e.map((n,i)=>o`<button type="button" class=${`button button--small ${i===r?"":"button--secondary"}`} aria-pressed=${i===r?"true":"false"} onClick=${()=>a(i)}>
          Session ${n.session}<span class="session-tabs__date"> · ${S(n.date)}</span>
        </button>`)}
    </div>
    <div class="grid grid--2 grid--top" data-session=${s.session}>
      <div>
        <h3>Before session ${s.session}</h3>
        ${s.prep.length?o`<${Ae} items=${s.prep} sessionDate=${s.date} label=${pt} />`:o`<p class="muted">Nothing to prepare.</p>`}
      </div>
      <div>
        <h3>After session ${s.session}</h3>
        ${s.aftercare.length?o`<${Ae} items=${s.aftercare} sessionDate=${s.date} label=${mt} />`:o`<p class="muted">No aftercare.</p>`}
      </div>
    </div>
  </section>`}function Js({plan:e,onPlanChange:t,onWarnings:a}){let[r,s]=h("1"),[n,i]=h(""),[l,c]=h(""),[u,d]=h(!1),[m,$]=h(null),p=m&&m.status===400?m.errors:[];return o`<details class="move-session">
    <summary>Move a session</summary>
    <form class="form form--compact" onSubmit=${async _=>{_.preventDefault(),d(!0),$(null);try{let b={session:Number(r),date:n};l.trim()&&(b.reason=l.trim());let g=await T("PATCH",`/api/v1/plans/${e.id}`,{version:e.version,schedule:[b]});a(g.warnings||[]),t(g.plan),i(""),c("")}catch(b){$(b)}d(!1)}} novalidate aria-label="Move a session">
      ${m&&m.status!==400&&o`<${k} error=${m} />`}
      ${m&&m.status===400&&o`<${H} errors=${p} title="The move was refused" />`}
      <div class="grid grid--2">
        <${q}
          label="Session"
          pointer="/schedule/0/session"
          errors=${p}
          value=${r}
          onValue=${s}
          options=${e.schedule.map(_=>[String(_.session),`Session ${_.session} (${S(_.date)})`])}
        />
        <${C} label="New date" type="date" pointer="/schedule/0/date" errors=${p} value=${n} onValue=${i} required />
      </div>
      <${ye} label="Reason (if sessions get closer than the protocol’s spacing)" pointer="/schedule/0/reason" errors=${p} value=${l} onValue=${c} rows=${2} />
      <${E} busy=${u} className="button--secondary">Move the session</${E}>
    </form>
  </details>`}function Do({plan:e,canEdit:t,onPlanChange:a,onWarnings:r}){let s=e.schedule||[];return o`<section class="card" aria-labelledby="schedule-heading">
    <h2 id="schedule-heading">Sessions and dates</h2>
    ${s.length===0?o`<p>No dates yet: the first session is set once the deferral is resolved.</p>`:o`<ol class="sessions">
          ${s.map(n=>o`<li><span class="sessions__n">Session ${n.session}</span> <${xe} date=${n.date} style="weekday" /></li>`)}
        </ol>
        <p class="muted">Every ${e.interval_days.min}–${e.interval_days.max} days${e.interval_override_reason?` (changed: ${e.interval_override_reason})`:""}.</p>`}
    ${e.maintenance&&o`<p><strong>Maintenance:</strong> ${Zt(e.maintenance.from,e.maintenance.to)}</p>`}
    ${e.computed&&(e.computed.follow_up_photos||[]).length>0&&o`<p><strong>Follow-up photos:</strong> ${e.computed.follow_up_photos.map(n=>S(n)).join(", ")}</p>`}
    ${t&&s.length>0&&xt[e.status].length>0&&o`<${Js} plan=${e} onPlanChange=${a} onWarnings=${r} />`}
  </section>`}function Xs({plan:e,zone:t,computed:a,onSaved:r,onCancel:s}){let n=e.zones.find(R=>R.zone===t),[i,l]=h(String(n.depth_mm.min)),[c,u]=h(String(n.depth_mm.max)),[d,m]=h(n.override_reason||""),[$,p]=h(!1),[f,_]=h(null),b=f&&f.status===400?f.errors:[],g="/zones/0",v=R=>R.trim()===""||Number.isNaN(Number(R))?R:Number(R),w=async R=>{R.preventDefault(),p(!0),_(null);try{let z=await T("PATCH",`/api/v1/plans/${e.id}`,{version:e.version,zones:[{zone:t,depth_mm:{min:v(i),max:v(c)},reason:d.trim()}]});r(z)}catch(z){_(z),p(!1)}},x=se(b,`${g}/depth_mm`);return o`<form class="card depth-editor" onSubmit=${w} novalidate aria-labelledby="depth-editor-heading">
    <h3 id="depth-editor-heading">Change the depth: ${le(t)}</h3>
    <p class="muted">
      Protocol range ${ve(n.protocol_depth_mm)}${a?`; hard maximum ${Number(a.hard_max_mm).toFixed(2)} mm`:""}.
      A depth outside the protocol’s range needs a reason.
    </p>
    ${f&&f.status!==400&&o`<${k} error=${f} />`}
    <${H} errors=${b} title="The change was refused" />
    <div class="grid grid--2" id=${Y(`${g}/depth_mm`)} tabindex="-1">
      <${C} label="Minimum (mm)" type="number" step="0.05" min="0.05" max="5" inputmode="decimal" pointer=${`${g}/depth_mm/min`} errors=${b} value=${i} onValue=${l} required />
      <${C} label="Maximum (mm)" type="number" step="0.05" min="0.05" max="5" inputmode="decimal" pointer=${`${g}/depth_mm/max`} errors=${b} value=${c} onValue=${u} required />
    </div>
    ${x.length>0&&o`<div class="field-error">${x.map(R=>o`<p>${R}</p>`)}</div>`}
    <${ye} label="Reason" hint="Why this zone differs from the protocol (kept with the plan)." pointer=${`${g}/reason`} errors=${b} value=${d} onValue=${m} rows=${2} />
    <div class="form-actions">
      <${E} busy=${$}>Save depth</${E}>
      <button type="button" class="button button--quiet" onClick=${s}>Cancel</button>
    </div>
  </form>`}function ei({plan:e,computedZones:t,onEdit:a,canEdit:r}){let s=xt[e.status].length>0;return o`<div class="table-scroll"><table class="table depth-table">
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
          <th scope="row">${le(n.zone)}</th>
          <td class=${n.override_reason?"changed":""}>
            ${ve(n.depth_mm)}
            ${i&&i.capped_by_zone&&o`<br /><span class="capped small">† capped by the zone</span>`}
          </td>
          <td>${ve(n.protocol_depth_mm)}</td>
          <td>${i?`${Number(i.hard_max_mm).toFixed(2)} mm`:"—"}</td>
          <td>${n.override_reason||"—"}</td>
          ${r&&o`<td>${s&&o`<button type="button" class="button button--secondary button--small" onClick=${()=>a(n.zone)}>
            Change<span class="visually-hidden"> ${le(n.zone)}</span>
          </button>`}</td>`}
        </tr>`})}
    </tbody>
  </table></div>`}function Ro({plan:e,onPlanChange:t,canEdit:a,canOverride:r=!1,screening:s=null,overridable:n=null}){let[i,l]=h(null),[c,u]=h([]),d=e.schedule&&e.schedule[0]?e.schedule[0].date:null;if(!e.zones)return o`<div class="stack">
      <p><${j} kind="neutral">${ze(e.status)}</${j}> ${K(e.sessions,"session")}</p>
      <${Do} plan=${e} />
      <p class="muted">Depths and clinical details are for the clinic’s providers.</p>
    </div>`;let m=e.computed||{},$=Object.fromEntries((m.zones||[]).map(v=>[v.zone,v])),p=(e.schedule||[]).map(v=>S(v.date)).join(", "),f=xt[e.status].length>0,_=e.zones.map(v=>({...v,capped_by_zone:!!($[v.zone]&&$[v.zone].capped_by_zone)})),b=_.some(v=>v.capped_by_zone),g=v=>{!a||!f||(u([]),l(v),requestAnimationFrame(()=>document.getElementById("depth-editor-heading")?.scrollIntoView({block:"nearest"})))};return o`<div class="stack">
    <div class="plan-summary">
      <${j} kind="neutral">${ze(e.status)}</${j}>
      <span>${K(e.sessions,"session")} every ${e.interval_days.min}–${e.interval_days.max} days</span>
      ${d&&o`<span>first on <strong>${S(d,"weekday")}</strong></span>`}
      ${(m.adjuncts||[]).length>0&&o`<span>Adjuncts: ${m.adjuncts.map(ft).join(", ")}</span>`}
      <span class="muted">Protocol ${e.protocol.name} ${e.protocol.version}</span>
    </div>
    ${c.map(v=>o`<${P} kind="warning"><p>${ja(v)}</p></${P}>`)}
    <section class="card" aria-labelledby="zones-heading">
      <h2 id="zones-heading">Zones and depths</h2>
      <div class="plan-zones">
        <${Eo}
          zones=${_}
          selected=${i}
          onSelect=${a&&f?g:null}
          caption=${`${K(e.sessions,"session")}${p?`: ${p}`:""}. Depth is the needle-length setting; * marks a depth changed from the protocol${b?"; † a depth the zone’s default capped below what the concern asks for (deeper only as a change with a reason)":""}.`}
        />
        <div class="plan-zones__table">
          <${ei} plan=${e} computedZones=${$} onEdit=${g} canEdit=${a} />
          ${i&&o`<${Xs}
            key=${`${i}-${e.version}`}
            plan=${e}
            zone=${i}
            computed=${$[i]}
            onCancel=${()=>l(null)}
            onSaved=${v=>{l(null),u(v.warnings||[]),t(v.plan)}}
          />`}
        </div>
      </div>
    </section>
    ${a&&o`<${Zs} plan=${e} onPlanChange=${t} />`}
    <${Ks}
      plan=${e}
      screening=${s}
      overridable=${n}
      canOverride=${r}
      onPlanChange=${t}
      onWarnings=${u}
    />
    <${Do} plan=${e} canEdit=${a} onPlanChange=${t} onWarnings=${u} />
    ${(m.timelines||[]).length>0?o`<${Qs} timelines=${m.timelines} />`:d&&o`<div class="grid grid--2 grid--top">
          <section class="card" aria-labelledby="prep-heading">
            <h2 id="prep-heading">Preparation before session 1</h2>
            <${Ae} items=${m.prep} sessionDate=${d} label=${pt} />
          </section>
          <section class="card" aria-labelledby="aftercare-heading">
            <h2 id="aftercare-heading">Aftercare after session 1</h2>
            <${Ae} items=${m.aftercare} sessionDate=${d} label=${mt} />
          </section>
        </div>`}
    ${(m.adjunct_notes||[]).length>0&&o`<section class="card"><h2>Adjuncts</h2><ul>${m.adjunct_notes.map(v=>o`<li><strong>${ft(v.code)}</strong>${v.after_healing?" (after healing)":""}${v.evidence?`: ${v.evidence}`:""}</li>`)}</ul></section>`}
    ${(m.notes||[]).length>0&&o`<section class="card plan-notes"><h2>Notes</h2><ul>${m.notes.map(v=>o`<li data-topic=${v.topic}>${v.note}</li>`)}</ul></section>`}
  </div>`}function No(e){return e.map((t,a)=>({...t,gap_days:a===0?null:Ur(e[a-1].start_local,t.start_local)}))}function zo(e,t){let a=new Set;for(let r of e&&e.errors||[]){let s=/^\/sessions\/(\d+)/.exec(r.path||"");s&&t[+s[1]]&&a.add(t[+s[1]].session)}return[...a]}function ti({session:e,patientId:t,timeZone:a,onClose:r,onMove:s}){let[n,i]=h(e.start_local);return o`<${fe} title=${`Move session ${e.session}`} onClose=${r} wide>
    <p>Proposed: <strong>${S(Z(e.start_local),"weekday")}, ${de(e.start_local)}</strong>. Pick another free time, or type one.</p>
    <${We}
      kind="treatment"
      patientId=${t}
      timeZone=${a}
      initialDate=${Z(e.start_local)}
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
  </${fe}>`}function ai({sessions:e,minGap:t,providerName:a,resourceName:r,taken:s,onMove:n}){return o`<div class="table-scroll"><table class="table series-table">
    <caption class="visually-hidden">Proposed sessions</caption>
    <thead>
      <tr><th scope="col">Session</th><th scope="col">Date and time</th><th scope="col">Provider</th><th scope="col">Room</th><th scope="col">Pen</th><th scope="col">Gap</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr>
    </thead>
    <tbody>
      ${e.map(i=>o`<tr class=${i.moved?"session--moved":""} data-session=${i.session}>
          <th scope="row">${i.session}${s.includes(i.session)?o` <span class="badge badge--stop">Taken</span>`:""}</th>
          <td><time datetime=${i.start_local}>${S(Z(i.start_local),"weekday")}, ${i.end_local?Pe(i):de(i.start_local)}</time>${i.moved?o` <span class="muted">(moved)</span>`:""}</td>
          <td>${a(i.provider_id)}${i.provider_changed?o` <span class="muted">(another provider)</span>`:""}</td>
          <td>${i.room_id?r(i.room_id):o`<span class="muted">first free</span>`}</td>
          <td>${i.device_id?r(i.device_id):o`<span class="muted">first free</span>`}</td>
          <td class=${i.gap_days!==null&&t&&i.gap_days<t?"gap--short":""}>
            ${i.gap_days===null?"—":K(i.gap_days,"day")}${i.gap_days!==null&&t&&i.gap_days<t?o`<span> (under ${t})</span>`:""}
          </td>
          <td><button type="button" class="button button--quiet button--small" onClick=${()=>n(i)}>Move<span class="visually-hidden"> session ${i.session}</span></button></td>
        </tr>`)}
    </tbody>
  </table></div>`}function Oo({plan:e,patientName:t,role:a,timeZone:r}){let{providers:s,nameOf:n}=we(),i=tt(),l=A(`/api/v1/patients/${e.patient_id}/appointments`),[c,u]=h(""),[d,m]=h(null),[$,p]=h(!1),[f,_]=h(null),[b,g]=h([]),[v,w]=h(null),[x,R]=h(""),[z,O]=h(null),[M,ce]=h(!1),[ue,ge]=h(null),te=e.interval_days?e.interval_days.min:null,ae=async()=>{let N={};c&&(N.provider_id=Number(c));let pe=await T("POST",`/api/v1/plans/${e.id}/series/proposal`,N);m({...pe,sessions:No(pe.sessions)})},ke=async N=>{p(!0),_(null);try{await N()}catch(pe){_(pe)}p(!1)},Ct=N=>ke(async()=>{let pe={sessions:d.sessions.map(ie=>{let da={session:ie.session,start:ie.start_local,provider_id:ie.provider_id};return ie.room_id&&(da.room_id=ie.room_id),ie.device_id&&(da.device_id=ie.device_id),da})};N&&(pe.override_reason=N);try{let ie=await T("POST",`/api/v1/plans/${e.id}/series`,pe);O(ie),m(null),g([]),l.reload()}catch(ie){if(ie.status===409){g(zo(ie,d.sessions).length?zo(ie,d.sessions):[]),_(ie),await ae();return}throw ie}}),Ie=(l.data?l.data.items.filter(N=>N.plan_id===e.id).sort((N,pe)=>N.start_local.localeCompare(pe.start_local)):[]).filter(N=>N.status!=="cancelled"),B=Ie.filter(N=>N.status==="booked"||N.status==="confirmed"),Ze=f&&f.status===422?Jt(f):null,Xo=e.status==="active";return o`<section class="card series" aria-labelledby="series-heading">
    <h2 id="series-heading">Booked sessions</h2>
    ${l.loading&&!l.data&&o`<${L} />`}
    <${k} error=${l.error} onRetry=${l.reload} />
    ${z&&o`<${P} kind="success">
      <p class="series-booked">${K(z.items.length,"session")} booked in one go.</p>
      ${z.warnings&&z.warnings.length>0&&o`<ul class="warnings">${z.warnings.map(N=>o`<li>Session ${N.session}: ${N.message}</li>`)}</ul>`}
    </${P}>`}
    ${ue!==null&&o`<${P} kind="success"><p class="series-cancelled">${K(ue,"remaining session")} cancelled.</p></${P}>`}
    ${Ie.length>0&&o`<ol class="sessions booked-sessions">
      ${Ie.map(N=>o`<li data-appointment=${N.id}>
          <span class="sessions__n">Session ${N.session_number}</span>
          <a href=${`/staff/calendar?view=day&date=${Z(N.start_local)}&appointment=${N.id}`}>${S(Z(N.start_local),"weekday")}, ${Pe(N)}</a>
          · ${n(N.provider_id)} · ${Ee(N.status)}
        </li>`)}
    </ol>`}
    ${l.data&&Ie.length===0&&!d&&o`<p class="muted">No session of this plan is booked yet.${e.status==="proposed"?" Activate the plan to book its series.":""}</p>`}
    ${B.length>0&&o`<div class="series-cancel">
      <${je} id="close-plan" label="Also close the plan" checked=${M} onChecked=${ce} />
      <button
        type="button"
        class="button button--secondary"
        disabled=${$}
        onClick=${()=>ke(async()=>{let N=await T("POST",`/api/v1/plans/${e.id}/series/cancel`,{close_plan:M});O(null),ge(N.items.length),l.reload()})}
      >
        Cancel remaining sessions (${B.length})
      </button>
    </div>`}
    ${Xo&&Ie.length===0&&!d&&o`<div class="inline-form series-start">
      <${q}
        label="Provider for the series"
        pointer="/provider_id"
        value=${c}
        onValue=${u}
        placeholder="Any provider"
        options=${s.map(N=>[String(N.id),N.display_name])}
      />
      <button type="button" class="button" disabled=${$} onClick=${()=>ke(ae)}>${$?"Proposing…":"Book series"}</button>
    </div>`}
    ${f&&f.status===409&&o`<div class="alert alert--error" role="alert">
      <p class="series-taken">
        Nothing was booked: ${b.length?`the time of session ${b.join(", ")} was taken meanwhile`:"a time was taken meanwhile"}.
        ${f.errors.length?f.errors.map(N=>N.message).join("; "):f.detail}. A new proposal is shown below.
      </p>
    </div>`}
    ${Ze&&o`<div class="alert alert--warning" role="alert">
      <p><strong>Sessions too close together.</strong></p>
      <ul>${Ze.map(N=>o`<li>${N}</li>`)}</ul>
      ${a==="provider"?o`<form
            class="form form--compact"
            novalidate
            onSubmit=${N=>{N.preventDefault(),Ct(x.trim())}}
          >
            <${ye} label="Your reason for the shorter gap" pointer="/override_reason" value=${x} onValue=${R} rows="2" required />
            <${E} busy=${$} busyLabel="Booking…">Book anyway, with this reason</${E}>
          </form>`:o`<p>Only a provider can book sessions closer than the plan allows. Move the session later, or ask the provider.</p>`}
    </div>`}
    ${f&&f.status!==409&&!Ze&&o`<${Se} error=${f} />`}
    ${d&&o`<div class="series-proposal">
      <h3>Proposal for ${t}</h3>
      <p class="muted">
        ${K(d.sessions.length,"session")} of ${d.minutes} minutes, in the clinic’s time (${d.time_zone}).
        ${te?` The plan wants at least ${te} days between sessions.`:""}
      </p>
      ${d.unplaceable&&o`<${P} kind="warning"><p>Session ${d.unplaceable.session} could not be placed between ${S(d.unplaceable.from)} and ${S(d.unplaceable.to)}: ${d.unplaceable.reason}.</p></${P}>`}
      <${ai} sessions=${d.sessions} minGap=${te} providerName=${n} resourceName=${i.nameOf} taken=${b} onMove=${w} />
      <div class="form-actions">
        <button type="button" class="button" disabled=${$||d.sessions.length===0} onClick=${()=>Ct("")}>
          ${$?"Booking…":`Confirm and book all ${d.sessions.length} sessions`}
        </button>
        <button type="button" class="button button--quiet" disabled=${$} onClick=${()=>ke(ae)}>Propose again</button>
        <button type="button" class="button button--quiet" onClick=${()=>(m(null),_(null),g([]))}>Discard</button>
      </div>
    </div>`}
    ${v&&o`<${ti}
      session=${v}
      patientId=${e.patient_id}
      timeZone=${r}
      onClose=${()=>w(null)}
      onMove=${N=>{w(null),g(b.filter(pe=>pe!==N.session)),m({...d,sessions:No(d.sessions.map(pe=>pe.session===N.session?N:pe))})}}
    />`}
  </section>`}function ri(e){try{let t=kt(e).findings||{};return new Set(Object.entries(t).filter(([,a])=>a&&a.overridable===!0).map(([a])=>a))}catch{return null}}function Io({session:e,id:t}){let a=Qe(e.role),r=A(`/api/v1/plans/${t}`),s=r.data?r.data.patient_id:null,n=A(s?`/api/v1/patients/${s}`:null),i=A(a&&r.data?`/api/v1/consultations/${r.data.consultation_id}`:null),l=A(a?"/api/v1/protocol":null),c=A("/api/v1/clinic"),u=!a||(i.data!==null||i.error!==null)&&(l.data!==null||l.error!==null);if(U(r.data!==null&&n.data!==null&&u,"plan"),r.error)return o`<${y}>Treatment plan</${y}><${k} error=${r.error} onRetry=${r.reload} />`;if(!r.data)return o`<${y}>Treatment plan</${y}><${L} label="Loading the plan…" />`;let d=n.data?V(n.data):`patient #${r.data.patient_id}`;return o`<div class="stack">
    <p class="crumbs"><a href="/staff/patients">Patients</a> › <a href=${`/staff/patients/${r.data.patient_id}`}>${d}</a></p>
    <${y} title="Treatment plan">Treatment plan: ${d}</${y}>
    <${Ro}
      plan=${r.data}
      onPlanChange=${r.setData}
      canEdit=${a}
      canOverride=${e.role==="provider"}
      screening=${i.data?i.data.screening:null}
      overridable=${l.data?ri(l.data.toml):null}
    />
    <${Oo} plan=${r.data} patientName=${d} role=${e.role} timeZone=${c.data?c.data.time_zone:void 0} />
  </div>`}var oi={proposed:"Proposed by your clinic",active:"In progress",completed:"Completed",cancelled:"Cancelled"};function Bo({plan:e,patientName:t}){let a=e.schedule||[],r=e.timelines||[];return o`<article class="portal-plan" aria-labelledby=${`plan-${e.id}-heading`}>
    <header class="portal-plan__head">
      <h2 id=${`plan-${e.id}-heading`}>Your microneedling plan</h2>
      <p>${t} · ${oi[e.status]||e.status} · ${K(e.sessions,"session")}</p>
    </header>
    <section class="card">
      <h3>Your sessions</h3>
      ${a.length===0?o`<p>Your clinic will give you the dates once you are ready to start.</p>`:o`<ol class="sessions sessions--large">
            ${a.map(s=>o`<li><span class="sessions__n">Session ${s.session}</span> <${xe} date=${s.date} style="long" /></li>`)}
          </ol>
          <p>Sessions are about ${Math.round(e.interval_days.min/7)} to ${Math.round(e.interval_days.max/7)} weeks apart, so your skin can heal and rebuild in between.</p>`}
    </section>
    ${r.length>0&&o`<section class="card" data-session=${r[0].session}>
        <h3>Before your first session</h3>
        <p class="muted">On <${xe} date=${r[0].date} style="long" />.</p>
        <${Ae} items=${r[0].prep} sessionDate=${r[0].date} label=${null} />
      </section>
      <section class="card" data-session=${r[0].session}>
        <h3>After your first session</h3>
        <${Ae} items=${r[0].aftercare} sessionDate=${r[0].date} label=${null} />
      </section>
      ${r.slice(1).map(s=>o`<section class="card portal-session" data-session=${s.session}>
          <h3>Session ${s.session}: <${xe} date=${s.date} style="long" /></h3>
          <details class="portal-session__details">
            <summary>Before and after session ${s.session}</summary>
            <h4>Before</h4>
            <${Ae} items=${s.prep} sessionDate=${s.date} label=${null} />
            <h4>After</h4>
            <${Ae} items=${s.aftercare} sessionDate=${s.date} label=${null} />
          </details>
        </section>`)}`}
    ${(e.follow_up_photos||[]).length>0&&o`<section class="card">
      <h3>Follow-up photos</h3>
      <p>${`Results build over three to six months. Your clinic will take photos around ${e.follow_up_photos.map(s=>S(s,"long")).join(", ")}.`}</p>
    </section>`}
    ${e.maintenance&&o`<section class="card">
      <h3>Keeping the results</h3>
      <p>${`A maintenance session between ${S(e.maintenance.from,"long")} and ${S(e.maintenance.to,"long")} keeps the results going.`}</p>
    </section>`}
    <section class="card card--warning">
      <h3>Call the clinic straight away if</h3>
      <p>you have a cold sore, a rash, a breakout or sunburn before a session, or pus, fever, spreading redness or increasing pain after one.</p>
    </section>
  </article>`}function ni({patientId:e}){let t=A(`/api/v1/patients/${e}/appointments`),a=Date.now(),r=t.data?t.data.items.filter(s=>s.status!=="cancelled"&&s.status!=="no_show"&&s.status!=="completed"&&Date.parse(s.end)>a).sort((s,n)=>s.start.localeCompare(n.start)):[];return t.error?o`<${k} error=${t.error} onRetry=${t.reload} />`:t.data?o`<section class="card" aria-labelledby="upcoming-heading">
    <h2 id="upcoming-heading">Upcoming sessions</h2>
    ${r.length===0?o`<p>No visits booked yet. Your clinic will book them with you.</p>`:o`<ul class="upcoming">
          ${r.map(s=>o`<li data-appointment=${s.id}>
              <span>
                <strong><${xe} date=${s.start_local.slice(0,10)} style="long" /></strong> at ${s.start_local.slice(11,16)}
                ${s.session_number?` · session ${s.session_number} of ${s.session_count}`:s.kind==="consultation"?" · consultation":""}
              </span>
              <a class="button button--secondary button--small no-print" href=${`/api/v1/appointments/${s.id}/calendar.ics`} download=${`appointment-${s.id}.ics`}>
                Add to my calendar<span class="visually-hidden"> (${s.start_local.replace("T"," ")})</span>
              </a>
            </li>`)}
        </ul>`}
  </section>`:null}function Fo(){return o`<button type="button" class="button no-print" onClick=${()=>window.print()}>Print or save as PDF</button>`}function Mo({session:e}){let t=e.user.patient_id,a=A(`/api/v1/patients/${t}`),r=A(`/api/v1/patients/${t}/plans`);U(a.data!==null&&r.data!==null,"portal");let s=a.data?V(a.data):e.user.display_name,n=r.data?[...r.data.items].sort((l,c)=>c.id-l.id):[],i=n.find(l=>l.status!=="cancelled")||n[0];return o`<div class="stack portal">
    <div class="page-head">
      <div>
        <${y} title="My plan">Hello, ${s}</${y}>
        <p class="lead">Your treatment plan, and how to prepare for each session.</p>
      </div>
      ${i&&o`<${Fo} />`}
    </div>
    <${k} error=${a.error||r.error} onRetry=${()=>(a.reload(),r.reload())} />
    ${r.loading&&o`<${L} label="Loading your plan…" />`}
    <${ni} patientId=${t} />
    ${r.data&&!i&&o`<${F}>Your clinic has not made a treatment plan for you yet.</${F}>`}
    ${i&&o`<${Bo} plan=${i} patientName=${s} />`}
    ${n.length>1&&o`<section class="card no-print">
      <h2>Earlier plans</h2>
      <ul>${n.filter(l=>l!==i).map(l=>o`<li><a href=${`/portal/plans/${l.id}`}>Plan of ${K(l.sessions,"session")}${l.schedule&&l.schedule[0]?`, from ${S(l.schedule[0].date)}`:""}</a></li>`)}</ul>
    </section>`}
  </div>`}function qo({session:e,id:t}){let a=A(`/api/v1/plans/${t}`);return U(a.data!==null,"portal-plan"),o`<div class="stack portal">
    <p class="crumbs no-print"><a href="/portal">My plan</a></p>
    <div class="page-head">
      <${y} title="Treatment plan">Treatment plan</${y}>
      ${a.data&&o`<${Fo} />`}
    </div>
    ${a.loading&&o`<${L} label="Loading the plan…" />`}
    ${a.error&&(a.error.status===404?o`<div class="alert alert--error" role="alert"><p>There is no plan of yours at this address.</p></div>`:o`<${k} error=${a.error} onRetry=${a.reload} />`)}
    ${a.data&&o`<${Bo} plan=${a.data} patientName=${e.user.display_name} />`}
  </div>`}function si(e){return e?Object.entries(e).map(([t,a])=>`${a} ${a===1?t.replace(/s$/,""):t}`).join(" "):"—"}function Vo(e){return e===0?"session day":e<0?`${-e} days before`:`${e} days after`}function St({rule:e}){return!e.source&&!e.evidence?"—":o`${e.evidence&&o`<p class="small">${e.evidence}</p>`}
    ${e.source&&o`<details class="small"><summary>Source</summary><p>${e.source}</p></details>`}`}function He({caption:e,head:t,rows:a}){return o`<section class="card protocol-table">
    <h2>${e}</h2>
    <div class="table-scroll">
      <table class="table">
        <thead><tr>${t.map(r=>o`<th scope="col">${r}</th>`)}</tr></thead>
        <tbody>${a.map(r=>o`<tr>${r.map((s,n)=>n===0?o`<th scope="row">${s}</th>`:o`<td>${s}</td>`)}</tr>`)}</tbody>
      </table>
    </div>
  </section>`}function ii({doc:e}){let t=e.series||{},a=Object.entries(e.zones||{}),r=Object.entries(e.concerns||{}),s=Object.entries(e.findings||{}),n=(l,c)=>(l||[]).map(u=>[c(u.code),`${Vo(u.from_day)} → ${u.open_ended?"open-ended":Vo(u.to_day)}`,u.only_with?`Only with: ${u.only_with.map(me).join(", ")}`:"Everyone",o`<p>${u.instruction}</p><${St} rule=${u} />`]),i=e.findings&&e.findings.recent_procedure&&e.findings.recent_procedure.window_days||{};return o`<div class="stack">
    <${He}
      caption="Series"
      head=${["Rule","Value"]}
      rows=${[["Sessions",t.sessions?`${t.sessions.min}–${t.sessions.max}`:"—"],["Interval",t.interval_days?`${t.interval_days.min}–${t.interval_days.max} days`:"—"],["Maintenance",t.maintenance_months?`${t.maintenance_months.from}–${t.maintenance_months.to} months after the last session`:"—"],["Follow-up photos",t.follow_up_photo_months?`${t.follow_up_photo_months.join(", ")} months after the last session`:"—"],["Depth reduction with PIH risk",t.pih_depth_reduction_mm!==void 0?`${t.pih_depth_reduction_mm} mm`:"—"]]}
    />
    <${He}
      caption="Zones"
      head=${["Zone","Default depth","Hard maximum","Source and evidence"]}
      rows=${a.map(([l,c])=>[le(l),ve(c.depth_mm),`${Number(c.hard_max_mm).toFixed(2)} mm`,o`<${St} rule=${c} />`])}
    />
    <${He}
      caption="Concerns"
      head=${["Concern","Sessions","Depth","Notes"]}
      rows=${r.map(([l,c])=>[Me(l),c.unsuitable?"—":c.sessions_by_severity?`${c.sessions_by_severity.join(" / ")} by severity`:c.sessions,c.unsuitable?"Not treated":c.depth_mm_by_severity?c.depth_mm_by_severity.map(ve).join(" / "):ve(c.depth_mm),o`${c.alternatives&&o`<p>Alternatives: ${c.alternatives.join(", ")}${c.unsuitable_from_severity?` (from severity ${c.unsuitable_from_severity})`:""}</p>`}<${St} rule=${c} />`])}
    />
    <${He}
      caption="Screening findings"
      head=${["Finding","Level","Waiting period","Actions","Message"]}
      rows=${s.map(([l,c])=>[me(l),jt(c.level),l==="recent_procedure"?Object.entries(i).map(([u,d])=>`${u.replaceAll("_"," ")} ${d} d`).join(", "):si(c.window),(c.actions||[]).map(qe).join(", ")||"—",o`<p>${c.message}</p><${St} rule=${c} />`])}
    />
    <${He} caption="Preparation" head=${["Item","When","For","Instruction"]} rows=${n(e.prep,pt)} />
    <${He} caption="Aftercare" head=${["Item","When","For","Instruction"]} rows=${n(e.aftercare,mt)} />
    <${He}
      caption="Adjuncts"
      head=${["Adjunct","For","Notes"]}
      rows=${(e.adjuncts||[]).map(l=>[ft(l.code),l.for==="all"?"All concerns":(l.for||[]).map(Me).join(", "),o`${l.optional?"Optional. ":""}${l.after_healing?"Only after healing. ":""}<${St} rule=${l} />`])}
    />
  </div>`}function li(e){let t=/:(\d+)$/.exec(e||"");return t?Number(t[1]):null}function di({current:e,onUploaded:t}){let[a,r]=h(""),[s,n]=h(!1),[i,l]=h(null),[c,u]=h(null),d=X(null),m=f=>{let _=d.current;if(!_)return;let b=_.value.split(`
`),g=b.slice(0,f-1).reduce((w,x)=>w+x.length+1,0);_.focus(),_.setSelectionRange(g,g+(b[f-1]||"").length);let v=_.scrollHeight/Math.max(1,b.length);_.scrollTop=Math.max(0,(f-4)*v)},$=async f=>{f.preventDefault(),n(!0),l(null),u(null);try{let _=await T("PUT","/api/v1/protocol",a,{contentType:"application/toml"});u(_),t()}catch(_){l(_)}n(!1)},p=async f=>{let _=f.currentTarget.files[0];_&&r(await _.text())};return o`<section class="card" aria-labelledby="upload-heading">
    <h2 id="upload-heading">Upload a new version</h2>
    <p>Edit the protocol below (or load a file), give it a new <code>version</code>, and upload. The server checks every rule and refuses an unsafe file, naming each problem’s line.</p>
    <div class="form-actions">
      <button type="button" class="button button--secondary" onClick=${()=>r(e.toml)}>Start from version ${e.version}</button>
      <label class="button button--secondary file-button">Load a file<input type="file" accept=".toml,text/plain" class="visually-hidden" onChange=${p} /></label>
    </div>
    <form class="form" onSubmit=${$} novalidate>
      ${c&&o`<${P} kind="success"><p>Version ${c.version} of ${c.name} is now in force.</p></${P}>`}
      ${i&&i.status!==400&&o`<${k} error=${i} />`}
      ${i&&i.status===400&&o`<div class="error-summary" role="alert" id="protocol-errors">
        <h3>The file was refused: ${i.detail}</h3>
        <ul>
          ${i.errors.map(f=>{let _=li(f.path);return o`<li>
              ${_?o`<button type="button" class="linklike" onClick=${()=>m(_)}>Line ${_}</button>: `:""}${f.message}
            </li>`})}
        </ul>
      </div>`}
      <div class="field">
        <label for="protocol-text">Protocol (TOML)</label>
        <textarea id="protocol-text" ref=${d} class="code" rows="18" spellcheck="false" value=${a} onInput=${f=>r(f.currentTarget.value)}></textarea>
      </div>
      <button type="submit" class="button" disabled=${s||!a.trim()}>${s?"Checking…":"Check and upload"}</button>
    </form>
  </section>`}function jo({session:e}){let t=A("/api/v1/protocol");U(t.data!==null,"protocol");let a=null,r=null;if(t.data)try{a=kt(t.data.toml)}catch(s){r=s}return o`<div class="stack">
    <${y}>Protocol</${y}>
    ${t.loading&&o`<${L} />`}
    <${k} error=${t.error} onRetry=${t.reload} />
    ${t.data&&o`<p class="lead">
      In force: <strong>${t.data.name} ${t.data.version}</strong>
      (${t.data.built_in?"the built-in default":"uploaded by the clinic"}). Every screening and plan records the version that made it.
    </p>`}
    ${r&&o`<div class="alert alert--error" role="alert"><p>The protocol text could not be shown as tables: ${String(r.message)}</p></div>`}
    ${e.role==="owner"&&t.data&&o`<${di} current=${t.data} onUploaded=${t.reload} />`}
    ${a&&o`<${ii} doc=${a} />`}
  </div>`}var Uo=[["new","New"],["contacted","Contacted"],["consultation_booked","Consultation booked"],["closed","Closed"]],Ua=e=>(Uo.find(([t])=>t===e)||[e,e])[1];function ci(e){let t=(e||"").trim().split(/\s+/).filter(Boolean);return t.length<=1?{given_name:t[0]||"",family_name:""}:{given_name:t.slice(0,-1).join(" "),family_name:t[t.length-1]}}function ui({request:e,timeZone:t,onClose:a,onDone:r}){let[s,n]=h(()=>({...ci(e.name),birth_date:"",phone:e.phone||"",email:e.email||""})),[i,l]=h(null),[c,u]=h(!1),[d,m]=h(null),[$,p]=h(0),{nameOf:f}=we(),_=w=>x=>n({...s,[w]:x}),b=d&&(d.status===400||d.status===422)?d.errors:[],g=d&&d.status===409&&Array.isArray(d.problem.candidates)?d.problem.candidates:null,v=async w=>{u(!0),m(null);try{let x={given_name:s.given_name.trim(),family_name:s.family_name.trim(),birth_date:s.birth_date};s.phone.trim()&&(x.phone=s.phone.trim()),s.email.trim()&&(x.email=s.email.trim()),w&&(x.confirm_not_duplicate=!0);let R={start:i.start_local,provider_id:i.provider_id};i.room_id&&(R.room_id=i.room_id);let z=await T("POST",`/api/v1/booking-requests/${e.id}/convert`,{version:e.version,patient:x,consultation:R});r(z);return}catch(x){m(x),x.status===409&&!Array.isArray(x.problem.candidates)&&(l(null),p(R=>R+1))}u(!1)};return o`<${fe} title="Create patient and book consultation" onClose=${a} wide>
    <${H} errors=${b} />
    ${g&&o`<div class="alert alert--warning duplicates" role="alert">
      <h3>This person may already be registered</h3>
      <ul class="duplicates__list">
        ${g.map(w=>o`<li>
            <span><strong>${V(w)}</strong>, born ${S(w.birth_date)} <span class="muted">#${w.id}</span></span>
            <a class="button button--secondary button--small" href=${`/staff/patients/${w.id}`}>Open this record<span class="visually-hidden"> of ${V(w)} (#${w.id})</span></a>
          </li>`)}
      </ul>
      <button type="button" class="button button--secondary" disabled=${c} onClick=${()=>v(!0)}>It is a different person: create anyway</button>
    </div>`}
    ${d&&d.status===409&&!g&&o`<div class="alert alert--error" role="alert"><p><strong>That time was just taken.</strong> Nothing was stored. Pick another time below.</p></div>`}
    ${d&&![400,409,422].includes(d.status)&&o`<${k} error=${d} />`}
    ${d&&d.status===422&&b.length===0&&o`<${Se} error=${d} />`}
    <form
      class="form"
      novalidate
      onSubmit=${w=>{w.preventDefault(),v(!1)}}
    >
      <h3>The patient</h3>
      <div class="grid grid--2">
        <${C} label="Given name" pointer="/patient/given_name" errors=${b} value=${s.given_name} onValue=${_("given_name")} required />
        <${C} label="Family name" pointer="/patient/family_name" errors=${b} value=${s.family_name} onValue=${_("family_name")} required />
        <${C} label="Date of birth" pointer="/patient/birth_date" errors=${b} type="date" value=${s.birth_date} onValue=${_("birth_date")} required />
        <${C} label="Phone" pointer="/patient/phone" errors=${b} type="tel" value=${s.phone} onValue=${_("phone")} />
        <${C} label="E-mail" pointer="/patient/email" errors=${b} type="email" value=${s.email} onValue=${_("email")} />
      </div>
      <h3>The consultation</h3>
      ${e.preferred_times&&o`<p class="muted">They prefer: ${e.preferred_times}</p>`}
      ${i?o`<p class="chosen-slot" id=${"f-consultation-start"} tabindex="-1">
            Chosen: <strong>${S(Z(i.start_local),"weekday")} at ${de(i.start_local)}</strong> with ${f(i.provider_id)}.
            <button type="button" class="button button--quiet button--small" onClick=${()=>l(null)}>Choose another time</button>
          </p>`:o`<${We} timeZone=${t} refresh=${$} busy=${c} label="choose it" onPick=${l} />`}
      <div class="form-actions">
        <button type="submit" class="button" disabled=${c||!i}>${c?"Creating…":"Create patient and book"}</button>
        <button type="button" class="button button--quiet" onClick=${a}>Not now</button>
      </div>
    </form>
  </${fe}>`}function pi({request:e,timeZone:t,onChanged:a}){let[r,s]=h(!1),[n,i]=h(null),[l,c]=h(!1),[u,d]=h(null),{nameOf:m}=we(),$=async f=>{s(!0),i(null);try{a(await T("PATCH",`/api/v1/booking-requests/${e.id}`,{version:e.version,status:f}))}catch(_){i(_)}s(!1)},p=e;return o`<section class="card request-detail" aria-labelledby="request-heading" data-request=${p.id}>
    <h2 id="request-heading">${p.name}</h2>
    <p class="muted">Received ${re(p.created_at)} · ${Ua(p.status)}</p>
    <dl class="facts">
      <div><dt>Phone</dt><dd>${p.phone?o`<a href=${`tel:${p.phone}`}>${p.phone}</a>`:"—"}</dd></div>
      <div><dt>E-mail</dt><dd>${p.email?o`<a href=${`mailto:${p.email}`}>${p.email}</a>`:"—"}</dd></div>
      <div><dt>When suits them</dt><dd>${p.preferred_times||"—"}</dd></div>
      <div><dt>Interested in</dt><dd>${p.interest||"—"}</dd></div>
      ${p.message&&o`<div><dt>Message</dt><dd>${p.message}</dd></div>`}
    </dl>
    ${u&&o`<${P} kind="success">
      <p class="converted">
        Patient created and consultation booked for ${S(Z(u.appointment.start_local),"weekday")} at ${de(u.appointment.start_local)} with
        ${` ${m(u.appointment.provider_id)}`}.
      </p>
      <p><a href=${`/staff/patients/${u.patient_id}`}>Open the patient’s chart</a></p>
    </${P}>`}
    ${p.patient_id&&!u&&o`<p><a href=${`/staff/patients/${p.patient_id}`}>Open the patient’s chart</a></p>`}
    <${Se} error=${n} />
    <div class="form-actions">
      ${(p.status==="new"||p.status==="contacted")&&o`<button type="button" class="button" disabled=${r} onClick=${()=>c(!0)}>Create patient and book consultation</button>`}
      ${p.status==="new"&&o`<button type="button" class="button button--secondary" disabled=${r} onClick=${()=>$("contacted")}>Mark contacted</button>`}
      ${p.status!=="closed"&&o`<button type="button" class="button button--quiet" disabled=${r} onClick=${()=>$("closed")}>Close</button>`}
    </div>
    ${l&&o`<${ui}
      request=${p}
      timeZone=${t}
      onClose=${()=>c(!1)}
      onDone=${f=>{c(!1),d(f),a(f.request)}}
    />`}
  </section>`}function Wo(){let[e,t]=h("new"),[a,r]=h(null),[s,n]=h(new Map),i=A(`/api/v1/booking-requests?status=${e}`),l=A("/api/v1/clinic");U(i.data!==null&&!i.loading,"requests");let c=i.data?i.data.items:[],u=a?s.get(a)||c.find(d=>d.id===a):null;return o`<div class="stack">
    <div class="page-head">
      <div>
        <${y} title="Booking requests">Booking requests</${y}>
        <p class="lead">
          From the public form${l.data?o` at <a href=${`/book/${l.data.slug}`}>/book/${l.data.slug}</a>`:""}. Call back, then book a consultation.
        </p>
      </div>
    </div>
    <div class="requests">
      <section class="card" aria-labelledby="requests-list-heading">
        <h2 id="requests-list-heading">${Ua(e)}</h2>
        <div class="status-tabs" role="group" aria-label="Status">
          ${Uo.map(([d,m])=>o`<button type="button" class="button button--secondary button--small" aria-pressed=${d===e?"true":"false"} onClick=${()=>(t(d),r(null))}>${m}</button>`)}
        </div>
        ${i.loading&&!i.data&&o`<${L} />`}
        <${k} error=${i.error} onRetry=${i.reload} />
        ${i.data&&c.length===0&&o`<${F}>No ${Ua(e).toLowerCase()} requests.</${F}>`}
        ${c.length>0&&o`<ul class="request-list">
          ${c.map(d=>o`<li>
              <button type="button" aria-pressed=${d.id===a?"true":"false"} data-request=${d.id} onClick=${()=>r(d.id)}>
                <strong>${d.name}</strong>
                <span class="muted small">${re(d.created_at)}${d.interest?` · ${d.interest}`:""}</span>
              </button>
            </li>`)}
        </ul>`}
      </section>
      <div>
        ${u?o`<${pi}
              key=${u.id}
              request=${u}
              timeZone=${l.data?l.data.time_zone:void 0}
              onChanged=${d=>{n(new Map(s).set(d.id,d))}}
            />`:o`<p class="muted">Choose a request to see it.</p>`}
      </div>
    </div>
  </div>`}var Ho={display_name:"",email:"",role:"provider",title:""};function Zo({onCreated:e}){let[t,a]=h(Ho),[r,s]=h(!1),[n,i]=h(null),[l,c]=h(null),u=$=>p=>a({...t,[$]:p}),d=async $=>{$.preventDefault(),s(!0),i(null),c(null);try{let p={...t,email:t.email.trim(),display_name:t.display_name.trim(),title:t.title.trim()},f=await T("POST","/api/v1/staff",p);c(f),a(Ho),e(f)}catch(p){i(p)}s(!1)},m=n&&n.status===400?n.errors:[];return o`<form class="form" onSubmit=${d} novalidate aria-labelledby="new-staff-heading">
    <h2 id="new-staff-heading">Invite a team member</h2>
    <p class="muted">They get a one-time link and choose their own password; you never see it.</p>
    ${l&&o`<${P} kind="success">
      <p>${l.display_name} is invited as ${$e(l.role).toLowerCase()} (${l.email}).</p>
      <${at}
        invitation=${l.invitation}
        person=${l.display_name}
        again="Use “Reset password” beside their name in the list for a new link."
        id="new-staff-link"
      />
    </${P}>`}
    ${n&&n.status!==400&&o`<${k} error=${n} />`}
    <${H} errors=${m} />
    <div class="grid grid--2">
      <${C} label="Name" pointer="/display_name" errors=${m} value=${t.display_name} onValue=${u("display_name")} autocomplete="off" required />
      <${C} label="E-mail" type="email" pointer="/email" errors=${m} value=${t.email} onValue=${u("email")} autocomplete="off" required />
      <${q} label="Role" pointer="/role" errors=${m} value=${t.role} onValue=${u("role")} options=${zt.map($=>[$,$e($)])} required />
      <${C} label="Title" hint="For example RN or Dr" pointer="/title" errors=${m} value=${t.title} onValue=${u("title")} autocomplete="off" />
    </div>
    <${E} busy=${r} busyLabel="Inviting…">Invite and create the link</${E}>
  </form>`}function Yo(e){return e?e.errors.length?e.errors.map(t=>t.message).join("; "):Wt(e):""}function mi(e){return e.active?e.password_set?"Active":"Invited: no password set yet":"Deactivated"}function fi({user:e,self:t,onChanged:a}){let[r,s]=h(!1),[n,i]=h(null),[l,c]=h(null),u=async p=>{s(!0),i(null);try{await p()}catch(f){i(f)}s(!1)},d=p=>u(async()=>a(await T("PATCH",`/api/v1/staff/${e.id}`,p))),m=()=>u(async()=>{let p=await T("POST",`/api/v1/staff/${e.id}/password-reset`);c(p.invitation),a({...e,password_set:!1})}),$=`role-${e.id}`;return o`<tr class=${e.active?"":"inactive"} data-user=${e.email}>
    <th scope="row">${e.display_name}${e.title?o` <span class="muted">${e.title}</span>`:""}</th>
    <td>${e.email}</td>
    <td>
      <label class="visually-hidden" for=${$}>Role of ${e.display_name}</label>
      <select id=${$} value=${e.role} disabled=${r||t} onChange=${p=>d({role:p.currentTarget.value})}>
        ${zt.map(p=>o`<option value=${p}>${$e(p)}</option>`)}
      </select>
    </td>
    <td>${mi(e)}</td>
    <td class="actions-cell">
      ${!t&&o`<div class="actions">
        <button type="button" class="button button--secondary button--small" disabled=${r} onClick=${()=>d({active:!e.active})}>
          ${e.active?"Deactivate":"Reactivate"}<span class="visually-hidden"> ${e.display_name}</span>
        </button>
        ${e.active&&o`<${oe}
          label="Reset password"
          hiddenSuffix=${`of ${e.display_name}`}
          confirmLabel="Reset and create a link"
          busy=${r}
          onConfirm=${m}
          small
        >
          <p>${e.display_name}’s password stops working now and they are logged out everywhere. You get a new one-time link for them.</p>
        </${oe}>`}
      </div>`}
      ${n&&o`<p class="field-error" role="alert">${Yo(n)}</p>`}
      ${l&&o`<${at} invitation=${l} person=${e.display_name} again="Reset again for a new link." id=${`reset-link-${e.id}`} />`}
    </td>
  </tr>`}function $i({clinic:e,onSaved:t}){let[a,r]=h(e.slug),[s,n]=h(!1),[i,l]=h(null),[c,u]=h(!1),d=async $=>{$.preventDefault(),n(!0),l(null),u(!1);try{let p=await T("PATCH","/api/v1/clinic",{slug:a.trim()});oa(p.slug),t(p),u(!0)}catch(p){l(p)}n(!1)},m=i?i.status===400?i.errors:i.status===409?[{path:"/slug",message:i.detail}]:[]:[];return o`<form class="form" onSubmit=${d} novalidate aria-labelledby="clinic-login-heading">
    <h2 id="clinic-login-heading">Clinic login name</h2>
    <p class="muted">Everyone types it to log in, staff and patients. Renaming it keeps everyone logged in; tell them the new name.</p>
    ${c&&o`<${P} kind="success"><p>Logins now use <strong>${e.slug}</strong>.</p></${P}>`}
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
      <${E} busy=${s} className="button--secondary">Rename</${E}>
    </div>
  </form>`}function hi({account:e,onChanged:t}){let[a,r]=h(!1),[s,n]=h(null),i=async()=>{r(!0),n(null);try{t(await T("DELETE",`/api/v1/portal-accounts/${e.id}`))}catch(l){n(l)}r(!1)};return o`<tr class=${e.active?"":"inactive"}>
    <th scope="row"><a href=${`/staff/patients/${e.patient_id}`}>${e.display_name}</a></th>
    <td>${e.email}</td>
    <td>${e.active?e.password_set?"Active":"Invited: link not used yet":"Revoked"}</td>
    <td>${re(e.created_at)}</td>
    <td class="actions-cell">
      ${e.active&&o`<${oe} label="Revoke" hiddenSuffix=${`the portal login of ${e.display_name}`} confirmLabel="Revoke the login" busy=${a} onConfirm=${i} small>
        <p>${e.display_name} is logged out and can no longer log into the portal; an unused link stops working. A provider can invite them again later.</p>
      </${oe}>`}
      ${s&&o`<p class="field-error" role="alert">${Yo(s)}</p>`}
    </td>
  </tr>`}function gi(){let e=A("/api/v1/portal-accounts"),t=a=>e.setData({items:e.data.items.map(r=>r.id===a.id?a:r)});return o`<section class="card" aria-labelledby="portal-accounts-heading">
    <h2 id="portal-accounts-heading">Patient portal logins</h2>
    <p class="muted">Providers and you invite patients from their chart. Revoke a login the patient should no longer use.</p>
    ${e.loading&&o`<${L} />`}
    <${k} error=${e.error} onRetry=${e.reload} />
    ${e.data&&e.data.items.length===0&&o`<${F}>No patient has a portal login yet.</${F}>`}
    ${e.data&&e.data.items.length>0&&o`<div class="table-scroll"><table class="table">
      <thead><tr><th scope="col">Patient</th><th scope="col">E-mail</th><th scope="col">Status</th><th scope="col">Invited</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
      <tbody>${e.data.items.map(a=>o`<${hi} key=${a.id} account=${a} onChanged=${t} />`)}</tbody>
    </table></div>`}
  </section>`}function Go({session:e}){let t=A("/api/v1/staff"),a=A("/api/v1/clinic");U(t.data!==null&&a.data!==null,"team");let r=s=>t.setData({items:t.data.items.some(n=>n.id===s.id)?t.data.items.map(n=>n.id===s.id?s:n):[...t.data.items,s]});return o`<div class="stack">
    <${y}>Team and logins</${y}>
    <section class="card" aria-labelledby="team-heading">
      <h2 id="team-heading">Staff accounts</h2>
      ${t.loading&&o`<${L} />`}
      <${k} error=${t.error} onRetry=${t.reload} />
      ${t.data&&o`<div class="table-scroll"><table class="table team-table">
        <thead><tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>${t.data.items.map(s=>o`<${fi} key=${s.id} user=${s} self=${s.id===e.user.id} onChanged=${r} />`)}</tbody>
      </table></div>`}
    </section>
    <section class="card"><${Zo} onCreated=${s=>t.data&&r(s)} /></section>
    <${gi} />
    <section class="card">
      ${a.loading&&o`<${L} />`}
      <${k} error=${a.error} onRetry=${a.reload} />
      ${a.data&&o`<${$i} clinic=${a.data} onSaved=${a.setData} />`}
    </section>
  </div>`}var bi=[["/staff",co,"staff"],["/staff/patients",vo,"staff"],["/staff/patients/new",yo,"staff"],["/staff/patients/:id",oo,"staff"],["/staff/patients/:id/consultations/new",so,"clinical"],["/staff/consultations/:id",no,"clinical"],["/staff/plans/:id",Io,"staff"],["/staff/calendar",Yr,"staff"],["/staff/hours",mo,"staff"],["/staff/requests",Wo,"staff"],["/staff/mail",_o,"owner"],["/staff/protocol",jo,"clinical"],["/staff/team",Go,"owner"],["/staff/audit",Mr,"owner"]],_i=[["/portal",Mo],["/portal/plans/:id",qo]];function vi(e,t){return e==="owner"?t==="owner":e==="clinical"?Qe(t):!0}function Ko(e,t){for(let[a,r,s]of e){let n=Ar(a,t);if(n)return{page:r,params:n,who:s}}return null}function Qo({to:e}){return I(()=>ne(e,{replace:!0}),[e]),null}function Jo(){return o`<${y}>Page not found</${y}>
    <p>There is no page at this address. <a href="/">Go to the start page</a>.</p>`}function yi({home:e}){return o`<${y}>Not available for your role</${y}>
    <p>Your role cannot open this page. <a href=${e}>Back to the start page</a>.</p>`}function wi(e){return e==="patient"?"/portal":"/staff"}function ki(){let{status:e,session:t,expired:a,error:r}=Nr(),s=Ut();if(I(()=>{let c=requestAnimationFrame(()=>{let u=document.getElementById("page-title");u&&document.activeElement===document.body&&u.focus({preventScroll:!0})});return window.scrollTo(0,0),()=>cancelAnimationFrame(c)},[s,e]),s==="/invite")return o`<${be}><${bo} session=${e==="ready"?t:null} /></${be}>`;if(s.startsWith("/book/"))return o`<${be}><${lo} slug=${io(s)} /></${be}>`;if(e==="loading")return o`<${be}><${L} label="Loading Needlepoint…" /></${be}>`;if(e==="error")return o`<${be}>
      <${y}>Needlepoint</${y}>
      <${k} error=${r} onRetry=${Aa} />
    </${be}>`;if(e==="anonymous")return o`<${ho} portal=${s.startsWith("/portal")} expired=${a} />`;let n=t.role;if(s==="/"||s==="/login"||s==="/portal/login")return o`<${Qo} to=${wi(n)} />`;if(n==="patient"){let c=s.startsWith("/portal")?Ko(_i,s):null;return s.startsWith("/portal")?o`<${La} session=${t}>
      ${c?o`<${c.page} key=${s} session=${t} ...${c.params} />`:o`<${Jo} />`}
    </${La}>`:o`<${Qo} to="/portal" />`}if(!s.startsWith("/staff"))return o`<${ht} session=${t}>
      <${y}>The portal is for patients</${y}>
      <p>You are logged in as staff. <a href="/staff">Go to the staff workspace</a>.</p>
    </${ht}>`;let i=Ko(bi,s),l=o`<${Jo} />`;return i&&!vi(i.who,n)?l=o`<${yi} home="/staff" />`:i&&(l=o`<${i.page} key=${s} session=${t} ...${i.params} />`),o`<${ht} session=${t}>${l}</${ht}>`}Pr();Aa();rr(o`<${ki} />`,document.getElementById("app"));
