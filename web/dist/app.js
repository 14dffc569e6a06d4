var Ee,D,tn,ct,Q,Kt,nn,it,on,ut,lt,dt,nr,pe={},rn=[],or=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,mt=Array.isArray;function X(e,t){for(var n in t)e[n]=t[n];return e}function ft(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Oe(e,t,n){var r,a,s,i={};for(s in t)s=="key"?r=t[s]:s=="ref"?a=t[s]:i[s]=t[s];if(arguments.length>2&&(i.children=arguments.length>3?Ee.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)i[s]===void 0&&(i[s]=e.defaultProps[s]);return Ne(e,i,r,a,null)}function Ne(e,t,n,r,a){var s={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:a??++tn,__i:-1,__u:0};return a==null&&D.vnode!=null&&D.vnode(s),s}function Me(e){return e.children}function ee(e,t){this.props=e,this.context=t}function ae(e,t){if(t==null)return e.__?ae(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?ae(e):null}function an(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return an(e)}}function Jt(e){(!e.__d&&(e.__d=!0)&&Q.push(e)&&!Pe.__r++||Kt!==D.debounceRendering)&&((Kt=D.debounceRendering)||nn)(Pe)}function Pe(){var e,t,n,r,a,s,i,u;for(Q.sort(it);e=Q.shift();)e.__d&&(t=Q.length,r=void 0,s=(a=(n=e).__v).__e,i=[],u=[],n.__P&&((r=X({},a)).__v=a.__v+1,D.vnode&&D.vnode(r),pt(n.__P,r,a,n.__n,n.__P.namespaceURI,32&a.__u?[s]:null,i,s??ae(a),!!(32&a.__u),u),r.__v=a.__v,r.__.__k[r.__i]=r,dn(i,r,u),r.__e!=s&&an(r)),Q.length>t&&Q.sort(it));Pe.__r=0}function sn(e,t,n,r,a,s,i,u,c,d,m){var f,b,$,h,_,v,g=r&&r.__k||rn,w=t.length;for(c=rr(n,t,g,c,w),f=0;f<w;f++)($=n.__k[f])!=null&&(b=$.__i===-1?pe:g[$.__i]||pe,$.__i=f,v=pt(e,$,b,a,s,i,u,c,d,m),h=$.__e,$.ref&&b.ref!=$.ref&&(b.ref&&$t(b.ref,null,$),m.push($.ref,$.__c||h,$)),_==null&&h!=null&&(_=h),4&$.__u||b.__k===$.__k?c=ln($,c,e):typeof $.type=="function"&&v!==void 0?c=v:h&&(c=h.nextSibling),$.__u&=-7);return n.__e=_,c}function rr(e,t,n,r,a){var s,i,u,c,d,m=n.length,f=m,b=0;for(e.__k=new Array(a),s=0;s<a;s++)(i=t[s])!=null&&typeof i!="boolean"&&typeof i!="function"?(c=s+b,(i=e.__k[s]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?Ne(null,i,null,null,null):mt(i)?Ne(Me,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?Ne(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,u=null,(d=i.__i=ar(i,n,c,f))!==-1&&(f--,(u=n[d])&&(u.__u|=2)),u==null||u.__v===null?(d==-1&&b--,typeof i.type!="function"&&(i.__u|=4)):d!=c&&(d==c-1?b--:d==c+1?b++:(d>c?b--:b++,i.__u|=4))):e.__k[s]=null;if(f)for(s=0;s<m;s++)(u=n[s])!=null&&!(2&u.__u)&&(u.__e==r&&(r=ae(u)),cn(u,u));return r}function ln(e,t,n){var r,a;if(typeof e.type=="function"){for(r=e.__k,a=0;r&&a<r.length;a++)r[a]&&(r[a].__=e,t=ln(r[a],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=ae(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function ar(e,t,n,r){var a,s,i=e.key,u=e.type,c=t[n];if(c===null||c&&i==c.key&&u===c.type&&!(2&c.__u))return n;if(r>(c!=null&&!(2&c.__u)?1:0))for(a=n-1,s=n+1;a>=0||s<t.length;){if(a>=0){if((c=t[a])&&!(2&c.__u)&&i==c.key&&u===c.type)return a;a--}if(s<t.length){if((c=t[s])&&!(2&c.__u)&&i==c.key&&u===c.type)return s;s++}}return-1}function Qt(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||or.test(t)?n:n+"px"}function Se(e,t,n,r,a){var s;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||Qt(e.style,t,"");if(n)for(t in n)r&&n[t]===r[t]||Qt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(on,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=n,n?r?n.u=r.u:(n.u=ut,e.addEventListener(t,s?dt:lt,s)):e.removeEventListener(t,s?dt:lt,s);else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function en(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=ut++;else if(t.t<n.u)return;return n(D.event?D.event(t):t)}}}function pt(e,t,n,r,a,s,i,u,c,d){var m,f,b,$,h,_,v,g,w,N,S,P,M,V,G,me,st,W=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(c=!!(32&n.__u),s=[u=t.__e=n.__e]),(m=D.__b)&&m(t);e:if(typeof W=="function")try{if(g=t.props,w="prototype"in W&&W.prototype.render,N=(m=W.contextType)&&r[m.__c],S=m?N?N.props.value:m.__:r,n.__c?v=(f=t.__c=n.__c).__=f.__E:(w?t.__c=f=new W(g,S):(t.__c=f=new ee(g,S),f.constructor=W,f.render=ir),N&&N.sub(f),f.props=g,f.state||(f.state={}),f.context=S,f.__n=r,b=f.__d=!0,f.__h=[],f._sb=[]),w&&f.__s==null&&(f.__s=f.state),w&&W.getDerivedStateFromProps!=null&&(f.__s==f.state&&(f.__s=X({},f.__s)),X(f.__s,W.getDerivedStateFromProps(g,f.__s))),$=f.props,h=f.state,f.__v=t,b)w&&W.getDerivedStateFromProps==null&&f.componentWillMount!=null&&f.componentWillMount(),w&&f.componentDidMount!=null&&f.__h.push(f.componentDidMount);else{if(w&&W.getDerivedStateFromProps==null&&g!==$&&f.componentWillReceiveProps!=null&&f.componentWillReceiveProps(g,S),!f.__e&&(f.shouldComponentUpdate!=null&&f.shouldComponentUpdate(g,f.__s,S)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(f.props=g,f.state=f.__s,f.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(fe){fe&&(fe.__=t)}),P=0;P<f._sb.length;P++)f.__h.push(f._sb[P]);f._sb=[],f.__h.length&&i.push(f);break e}f.componentWillUpdate!=null&&f.componentWillUpdate(g,f.__s,S),w&&f.componentDidUpdate!=null&&f.__h.push(function(){f.componentDidUpdate($,h,_)})}if(f.context=S,f.props=g,f.__P=e,f.__e=!1,M=D.__r,V=0,w){for(f.state=f.__s,f.__d=!1,M&&M(t),m=f.render(f.props,f.state,f.context),G=0;G<f._sb.length;G++)f.__h.push(f._sb[G]);f._sb=[]}else do f.__d=!1,M&&M(t),m=f.render(f.props,f.state,f.context),f.state=f.__s;while(f.__d&&++V<25);f.state=f.__s,f.getChildContext!=null&&(r=X(X({},r),f.getChildContext())),w&&!b&&f.getSnapshotBeforeUpdate!=null&&(_=f.getSnapshotBeforeUpdate($,h)),u=sn(e,mt(me=m!=null&&m.type===Me&&m.key==null?m.props.children:m)?me:[me],t,n,r,a,s,i,u,c,d),f.base=t.__e,t.__u&=-161,f.__h.length&&i.push(f),v&&(f.__E=f.__=null)}catch(fe){if(t.__v=null,c||s!=null)if(fe.then){for(t.__u|=c?160:128;u&&u.nodeType==8&&u.nextSibling;)u=u.nextSibling;s[s.indexOf(u)]=null,t.__e=u}else for(st=s.length;st--;)ft(s[st]);else t.__e=n.__e,t.__k=n.__k;D.__e(fe,t,n)}else s==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):u=t.__e=sr(n.__e,t,n,r,a,s,i,c,d);return(m=D.diffed)&&m(t),128&t.__u?void 0:u}function dn(e,t,n){for(var r=0;r<n.length;r++)$t(n[r],n[++r],n[++r]);D.__c&&D.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(s){s.call(a)})}catch(s){D.__e(s,a.__v)}})}function sr(e,t,n,r,a,s,i,u,c){var d,m,f,b,$,h,_,v=n.props,g=t.props,w=t.type;if(w=="svg"?a="http://www.w3.org/2000/svg":w=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),s!=null){for(d=0;d<s.length;d++)if(($=s[d])&&"setAttribute"in $==!!w&&(w?$.localName==w:$.nodeType==3)){e=$,s[d]=null;break}}if(e==null){if(w==null)return document.createTextNode(g);e=document.createElementNS(a,w,g.is&&g),u&&(D.__m&&D.__m(t,s),u=!1),s=null}if(w===null)v===g||u&&e.data===g||(e.data=g);else{if(s=s&&Ee.call(e.childNodes),v=n.props||pe,!u&&s!=null)for(v={},d=0;d<e.attributes.length;d++)v[($=e.attributes[d]).name]=$.value;for(d in v)if($=v[d],d!="children"){if(d=="dangerouslySetInnerHTML")f=$;else if(!(d in g)){if(d=="value"&&"defaultValue"in g||d=="checked"&&"defaultChecked"in g)continue;Se(e,d,null,$,a)}}for(d in g)$=g[d],d=="children"?b=$:d=="dangerouslySetInnerHTML"?m=$:d=="value"?h=$:d=="checked"?_=$:u&&typeof $!="function"||v[d]===$||Se(e,d,$,v[d],a);if(m)u||f&&(m.__html===f.__html||m.__html===e.innerHTML)||(e.innerHTML=m.__html),t.__k=[];else if(f&&(e.innerHTML=""),sn(e,mt(b)?b:[b],t,n,r,w=="foreignObject"?"http://www.w3.org/1999/xhtml":a,s,i,s?s[0]:n.__k&&ae(n,0),u,c),s!=null)for(d=s.length;d--;)ft(s[d]);u||(d="value",w=="progress"&&h==null?e.removeAttribute("value"):h!==void 0&&(h!==e[d]||w=="progress"&&!h||w=="option"&&h!==v[d])&&Se(e,d,h,v[d],a),d="checked",_!==void 0&&_!==e[d]&&Se(e,d,_,v[d],a))}return e}function $t(e,t,n){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(a){D.__e(a,n)}}function cn(e,t,n){var r,a;if(D.unmount&&D.unmount(e),(r=e.ref)&&(r.current&&r.current!==e.__e||$t(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(s){D.__e(s,t)}r.base=r.__P=null}if(r=e.__k)for(a=0;a<r.length;a++)r[a]&&cn(r[a],t,n||typeof e.type!="function");n||ft(e.__e),e.__c=e.__=e.__e=void 0}function ir(e,t,n){return this.constructor(e,n)}function ht(e,t,n){var r,a,s,i;t==document&&(t=document.documentElement),D.__&&D.__(e,t),a=(r=typeof n=="function")?null:n&&n.__k||t.__k,s=[],i=[],pt(t,e=(!r&&n||t).__k=Oe(Me,null,[e]),a||pe,pe,t.namespaceURI,!r&&n?[n]:a?null:t.firstChild?Ee.call(t.childNodes):null,s,!r&&n?n:a?a.__e:t.firstChild,r,i),dn(s,e,i)}Ee=rn.slice,D={__e:function(e,t,n,r){for(var a,s,i;t=t.__;)if((a=t.__c)&&!a.__)try{if((s=a.constructor)&&s.getDerivedStateFromError!=null&&(a.setState(s.getDerivedStateFromError(e)),i=a.__d),a.componentDidCatch!=null&&(a.componentDidCatch(e,r||{}),i=a.__d),i)return a.__E=a}catch(u){e=u}throw e}},tn=0,ct=function(e){return e!=null&&e.constructor==null},ee.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=X({},this.state),typeof e=="function"&&(e=e(X({},n),this.props)),e&&X(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),Jt(this))},ee.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Jt(this))},ee.prototype.render=Me,Q=[],nn=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,it=function(e,t){return e.__v.__b-t.__v.__b},Pe.__r=0,on=/(PointerCapture)$|Capture$/i,ut=0,lt=en(!1),dt=en(!0),nr=0;var mn=function(e,t,n,r){var a;t[0]=0;for(var s=1;s<t.length;s++){var i=t[s++],u=t[s]?(t[0]|=i?1:2,n[t[s++]]):t[++s];i===3?r[0]=u:i===4?r[1]=Object.assign(r[1]||{},u):i===5?(r[1]=r[1]||{})[t[++s]]=u:i===6?r[1][t[++s]]+=u+"":i?(a=e.apply(u,mn(e,u,n,["",null])),r.push(a),u[0]?t[0]|=2:(t[s-2]=0,t[s]=a)):r.push(u)}return r},un=new Map;function fn(e){var t=un.get(this);return t||(t=new Map,un.set(this,t)),(t=mn(this,t.get(e)||(t.set(e,t=function(n){for(var r,a,s=1,i="",u="",c=[0],d=function(b){s===1&&(b||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?c.push(0,b,i):s===3&&(b||i)?(c.push(3,b,i),s=2):s===2&&i==="..."&&b?c.push(4,b,0):s===2&&i&&!b?c.push(5,0,!0,i):s>=5&&((i||!b&&s===5)&&(c.push(s,0,i,a),s=6),b&&(c.push(s,b,0,a),s=6)),i=""},m=0;m<n.length;m++){m&&(s===1&&d(),d(m));for(var f=0;f<n[m].length;f++)r=n[m][f],s===1?r==="<"?(d(),c=[c],s=3):i+=r:s===4?i==="--"&&r===">"?(s=1,i=""):i=r+i[0]:u?r===u?u="":i+=r:r==='"'||r==="'"?u=r:r===">"?(d(),s=1):s&&(r==="="?(s=5,a=i,i=""):r==="/"&&(s<5||n[m][f+1]===">")?(d(),s===3&&(c=c[0]),s=c,(c=c[0]).push(2,0,s),s=0):r===" "||r==="	"||r===`
`||r==="\r"?(d(),s=2):i+=r),s===3&&i==="!--"&&(s=4,c=c[0])}return d(),c}(e)),t),arguments,[])).length>1?t:t[0]}var l=fn.bind(Oe);var $e,L,bt,pn,De=0,wn=[],U=D,$n=U.__b,hn=U.__r,bn=U.diffed,_n=U.__c,gn=U.unmount,vn=U.__;function gt(e,t){U.__h&&U.__h(L,e,De||t),De=0;var n=L.__H||(L.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function p(e){return De=1,lr(kn,e)}function lr(e,t,n){var r=gt($e++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):kn(void 0,t),function(u){var c=r.__N?r.__N[0]:r.__[0],d=r.t(c,u);c!==d&&(r.__N=[d,r.__[1]],r.__c.setState({}))}],r.__c=L,!L.u)){var a=function(u,c,d){if(!r.__c.__H)return!0;var m=r.__c.__H.__.filter(function(b){return!!b.__c});if(m.every(function(b){return!b.__N}))return!s||s.call(this,u,c,d);var f=r.__c.props!==u;return m.forEach(function(b){if(b.__N){var $=b.__[0];b.__=b.__N,b.__N=void 0,$!==b.__[0]&&(f=!0)}}),s&&s.call(this,u,c,d)||f};L.u=!0;var s=L.shouldComponentUpdate,i=L.componentWillUpdate;L.componentWillUpdate=function(u,c,d){if(this.__e){var m=s;s=void 0,a(u,c,d),s=m}i&&i.call(this,u,c,d)},L.shouldComponentUpdate=a}return r.__N||r.__}function C(e,t){var n=gt($e++,3);!U.__s&&xn(n.__H,t)&&(n.__=e,n.i=t,L.__H.__h.push(n))}function vt(e){return De=5,Fe(function(){return{current:e}},[])}function Fe(e,t){var n=gt($e++,7);return xn(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function dr(){for(var e;e=wn.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(Ie),e.__H.__h.forEach(_t),e.__H.__h=[]}catch(t){e.__H.__h=[],U.__e(t,e.__v)}}U.__b=function(e){L=null,$n&&$n(e)},U.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),vn&&vn(e,t)},U.__r=function(e){hn&&hn(e),$e=0;var t=(L=e.__c).__H;t&&(bt===L?(t.__h=[],L.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(Ie),t.__h.forEach(_t),t.__h=[],$e=0)),bt=L},U.diffed=function(e){bn&&bn(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(wn.push(t)!==1&&pn===U.requestAnimationFrame||((pn=U.requestAnimationFrame)||cr)(dr)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),bt=L=null},U.__c=function(e,t){t.some(function(n){try{n.__h.forEach(Ie),n.__h=n.__h.filter(function(r){return!r.__||_t(r)})}catch(r){t.some(function(a){a.__h&&(a.__h=[])}),t=[],U.__e(r,n.__v)}}),_n&&_n(e,t)},U.unmount=function(e){gn&&gn(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(r){try{Ie(r)}catch(a){t=a}}),n.__H=void 0,t&&U.__e(t,n.__v))};var yn=typeof requestAnimationFrame=="function";function cr(e){var t,n=function(){clearTimeout(r),yn&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,100);yn&&(t=requestAnimationFrame(n))}function Ie(e){var t=L,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),L=t}function _t(e){var t=L;e.__c=e.__(),L=t}function xn(e,t){return!e||e.length!==t.length||t.some(function(n,r){return n!==e[r]})}function kn(e,t){return typeof t=="function"?t(e):t}var ur=Symbol.for("preact-signals");function yt(){if(te>1)te--;else{var e,t=!1;for(function(){var a=Te;for(Te=void 0;a!==void 0;){var s=a.S;if(s.v===a.v)for(var i=s.t;i!==void 0;i=i.x)i.i===a.i&&(i.i=s.i);a=a.o}}();be!==void 0;){var n=be;for(be=void 0,Ae++;n!==void 0;){var r=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&Nn(n))try{n.c()}catch(a){t||(e=a,t=!0)}n=r}}if(Ae=0,te--,t)throw e}}var he,F=void 0;function _e(e){var t=F,n=he;F=void 0,he=void 0;try{return e()}finally{F=t,he=n}}var be=void 0,te=0,Ae=0;var Cn=0,Te=void 0,Le=0;function Sn(e){if(F!==void 0){var t=e.n;if(t===void 0||t.t!==F)return t={i:0,S:e,p:F.s,n:void 0,t:F,e:void 0,x:void 0,r:t},F.s!==void 0&&(F.s.n=t),F.s=t,e.n=t,32&F.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=F.s,t.n=void 0,F.s.n=t,F.s=t),t}}function R(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}R.prototype.brand=ur;R.prototype.h=function(){return!0};R.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:_e(function(){var r;(r=t.W)==null||r.call(t)}))};R.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,r=e.x;n!==void 0&&(n.x=r,e.e=void 0),r!==void 0&&(r.e=n,e.x=void 0),e===this.t&&(this.t=r,r===void 0&&_e(function(){var a;(a=t.Z)==null||a.call(t)}))}};R.prototype.subscribe=function(e){var t=this;return oe(function(){var n=t.value;_e(function(){return e(n)})},{name:"sub"})};R.prototype.valueOf=function(){return this.value};R.prototype.toString=function(){return this.value+""};R.prototype.toJSON=function(){return this.value};R.prototype.peek=function(){var e=this;return _e(function(){return e.value})};Object.defineProperty(R.prototype,"value",{get:function(){var e=Sn(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Ae>100)throw new Error("Cycle detected");(function(n){te!==0&&Ae===0&&n.l!==Cn&&(n.l=Cn,Te={S:n,v:n.v,i:n.i,o:Te})})(this),this.v=e,this.i++,Le++,te++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{yt()}}}});function z(e,t){return new R(e,t)}function Nn(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function Pn(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function En(e){for(var t=e.s,n=void 0;t!==void 0;){var r=t.p;t.i===-1?(t.S.U(t),r!==void 0&&(r.n=t.n),t.n!==void 0&&(t.n.p=r)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=r}e.s=n}function ne(e,t){R.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Le-1,this.f=4}ne.prototype=new R;ne.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Le))return!0;if(this.g=Le,this.f|=1,this.i>0&&!Nn(this))return this.f&=-2,!0;var e=F;try{Pn(this),F=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return F=e,En(this),this.f&=-2,!0};ne.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}R.prototype.S.call(this,e)};ne.prototype.U=function(e){if(this.t!==void 0&&(R.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};ne.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(ne.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=Sn(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function wt(e,t){return new ne(e,t)}function On(e){var t=e.j;if(e.j=void 0,typeof t=="function"){te++;var n=F;F=void 0;try{t()}catch(r){throw e.f&=-2,e.f|=8,xt(e),r}finally{F=n,yt()}}}function xt(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,On(e)}function mr(e){if(F!==this)throw new Error("Out-of-order effect");En(this),F=e,this.f&=-2;try{8&this.f&&xt(this)}finally{yt()}}function se(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,he&&he.push(this)}se.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};se.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,On(this),Pn(this),te++;var e=F;return F=this,mr.bind(this,e)};se.prototype.N=function(){2&this.f||(this.f|=2,this.u=be,be=this)};se.prototype.d=function(){this.f|=8,1&this.f||xt(this)};se.prototype.dispose=function(){this.d()};function oe(e,t){var n=new se(e,t);try{n.c()}catch(a){throw n.d(),a}var r=n.d.bind(n);return r[Symbol.dispose]=r,r}var Ct,kt;function ie(e,t){D[e]=t.bind(null,D[e]||function(){})}function Ue(e){kt&&kt(),kt=e&&e.S()}function Mn(e){var t=this,n=e.data,r=pr(n);r.value=n;var a=Fe(function(){for(var s=t.__v;s=s.__;)if(s.__c){s.__c.__$f|=4;break}return t.__$u.c=function(){var i,u=t.__$u.S(),c=a.value;u(),ct(c)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=c},wt(function(){var i=r.value.value;return i===0?0:i===!0?"":i||""})},[]);return a.value}Mn.displayName="_st";Object.defineProperties(R.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:Mn},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});ie("__b",function(e,t){if(typeof t.type=="string"){var n,r=t.props;for(var a in r)if(a!=="children"){var s=r[a];s instanceof R&&(n||(t.__np=n={}),n[a]=s,r[a]=s.peek())}}e(t)});ie("__r",function(e,t){Ue();var n,r=t.__c;r&&(r.__$f&=-2,(n=r.__$u)===void 0&&(r.__$u=n=function(a){var s;return oe(function(){s=this}),s.c=function(){r.__$f|=1,r.setState({})},s}())),Ct=r,Ue(n),e(t)});ie("__e",function(e,t,n,r){Ue(),Ct=void 0,e(t,n,r)});ie("diffed",function(e,t){Ue(),Ct=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var r=t.__np,a=t.props;if(r){var s=n.U;if(s)for(var i in s){var u=s[i];u!==void 0&&!(i in r)&&(u.d(),s[i]=void 0)}else n.U=s={};for(var c in r){var d=s[c],m=r[c];d===void 0?(d=fr(n,c,m,a),s[c]=d):d.o(m,a)}}}e(t)});function fr(e,t,n,r){var a=t in e&&e.ownerSVGElement===void 0,s=z(n);return{o:function(i,u){s.value=i,r=u},d:oe(function(){var i=s.value.value;r[t]!==i&&(r[t]=i,a?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}ie("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var r=n.U;if(r){n.U=void 0;for(var a in r){var s=r[a];s&&s.d()}}}}else{var i=t.__c;if(i){var u=i.__$u;u&&(i.__$u=void 0,u.d())}}e(t)});ie("__h",function(e,t,n,r){(r<3||r===9)&&(t.__$f|=2),e(t,n,r)});ee.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var r in t)return!0;for(var a in e)if(a!=="__source"&&e[a]!==this.props[a])return!0;for(var s in this.props)if(!(s in e))return!0;return!1};function pr(e){return Fe(function(){return z(e)},[])}var $r=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],hr=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function In(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,r=new Uint32Array(n*16);t.forEach((c,d)=>r[d>>2]|=c<<d%4*8),r[t.length>>2]|=128<<t.length%4*8,r[n*16-2]=t.length*8>>>0,r[n*16-1]=Math.floor(t.length/536870912);let[a,s,i,u]=[1732584193,4023233417,2562383102,271733878];for(let c=0;c<r.length;c+=16){let[d,m,f,b]=[a,s,i,u];for(let $=0;$<64;$++){let h=$>>4,_,v;h===0?[_,v]=[m&f|~m&b,$]:h===1?[_,v]=[b&m|~b&f,(5*$+1)%16]:h===2?[_,v]=[m^f^b,(3*$+5)%16]:[_,v]=[f^(m|~b),7*$%16];let g=$r[h*4+$%4],w=d+_+hr[$]+r[c+v]>>>0;[d,b,f]=[b,f,m],m=m+(w<<g|w>>>32-g)>>>0}[a,s,i,u]=[a+d>>>0,s+m>>>0,i+f>>>0,u+b>>>0]}return[a,s,i,u].map(c=>[0,8,16,24].map(d=>(c>>>d&255).toString(16).padStart(2,"0")).join("")).join("")}var St="edgepbx.session",E=z(br());function br(){try{return JSON.parse(sessionStorage.getItem(St))||null}catch{return null}}var _r=30*60*1e3,Dn=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>Dn=Date.now(),{passive:!0});setInterval(()=>E.value&&Date.now()-Dn>_r&&Be(),60*1e3);var H=class extends Error{constructor(t,n){let r={},a=n&&n.data;if(t===400&&a&&typeof a=="object")for(let[s,i]of Object.entries(a)){let u=i&&typeof i=="object"?Object.values(i)[0]:null;r[s]=u&&u.message||String(i)}super(n&&(n.message||a&&a.message)||`HTTP ${t}`),this.status=t,this.fields=r,this.body=n}};async function B(e,t,n,r=E.value&&E.value.token){let a=E.value,s={Accept:"application/json"};r&&(s["X-Auth-Token"]=r),n!==void 0&&(s["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:s,body:n===void 0?void 0:JSON.stringify({data:n})}),u=await i.json().catch(()=>null);if(i.status===401&&a&&t!=="user_auth"&&Be(),!i.ok)throw new H(i.status,u);return u}async function Fn(e){let t=await fetch("/v2/"+Y(e),{headers:{"X-Auth-Token":E.value.token,Accept:"audio/*"}});if(!t.ok)throw new H(t.status,await t.json().catch(()=>null));return t.blob()}var Y=e=>`accounts/${E.value.account}/${e}`,y=async e=>(await B("GET",Y(e))).data,O=async(e,t)=>(await B("PUT",Y(e),t)).data,A=async(e,t)=>(await B("POST",Y(e),t)).data,j=async(e,t)=>(await B("PATCH",Y(e),t)).data,I=async e=>(await B("DELETE",Y(e))).data,An=(e,t,n)=>B("PUT","user_auth",{credentials:In(`${t.toLowerCase()}:${n}`),account_name:e});async function Tn(e,t,n){let r=await An(e,t,n),a={token:r.auth_token,account:r.data.account_id,owner:r.data.owner_id,accountName:e},s=(await B("GET",`accounts/${a.account}/users/${a.owner}`,void 0,a.token)).data;a.admin=s.priv_level==="admin",sessionStorage.setItem(St,JSON.stringify(a)),E.value=a}function Be(){sessionStorage.removeItem(St),E.value=null}async function Ln(e,t){try{return await An(E.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var o={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension, phones, voicemail box and conference bridge?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,vmboxOf:e=>`${e}'s VmBox`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",extProposed:e=>`${e} is the next free extension.`,extLength:e=>`The office's extensions have ${e} digits (Settings, Country and extensions)`,failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepLocale:"Country and extensions",locale:"Country and extensions",localeHint:"The country sets the tones callers hear and how analog phones ring and show caller ID; choosing it proposes its time zone and prompt language. New users get the next free extension of the length set here.",country:"Country",countryNone:"Not set (US tones)",promptLanguage:"Prompt language (such as en-gb)",extensionLength:"Extension length (digits, 2 to 8)",extLengthRange:"A number from 2 to 8",proposedZone:e=>`Time zone ${e} is saved with the country (change it under Office).`,stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",clockUnset:"The box does not know the date and time yet: office hours are not applied (calls take the default route) until a time server answers.",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardOff:"Off",forwardAlways:"Always",forwardBusy:"When I am busy",forwardNoAnswer:"When I do not answer",forwardRingSeconds:"Ring my phones first (seconds)",forwardRingSecondsRange:"A whole number of seconds from 5 to 300",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",providerAddress:"Address shown to providers",providerAddressOwn:"the box's own",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"},featureCodes:"Feature codes",fcHint:"Codes dialled from any phone of the office. A code with \u2026 takes a number dialled after it. Turning a code off frees it.",fcWhat:"What it does",fcCode:"Code",fcOn:"On",fcNotRun:"This box does not run this code yet.",fcDigits:"1 to 6 digits",fcTaken:e=>`${e} is already another code`,fcNames:{"call_forward[action=activate]":"Turn call forwarding on (to the number dialled after the code, else asked for)","call_forward[action=deactivate]":"Turn call forwarding off","call_forward[action=toggle]":"Turn call forwarding on or off","call_forward[action=update]":"Change the call forwarding number","call_forward[action=on_busy_enable]":"Forward calls when busy (to the number dialled after the code, else asked for)","call_forward[action=on_busy_disable]":"Stop forwarding calls when busy","call_forward[action=no_answer_enable]":"Forward unanswered calls (to the number dialled after the code, else asked for)","call_forward[action=no_answer_disable]":"Stop forwarding unanswered calls","hotdesk[action=login]":"Hot desking: sign in at this phone","hotdesk[action=logout]":"Hot desking: sign out of this phone","hotdesk[action=toggle]":"Hot desking: sign in or out","voicemail[action=check]":"Check voicemail (box number after the code, else asked for)","voicemail[single_mailbox_login]":"Check voicemail, asking for the box number",'voicemail[action="direct"]':"Leave a message straight in a box (box number after the code)",intercom:"Intercom: the extension after the code answers on its speaker","privacy[mode=full]":"Hide your caller ID for the number after the code",park_and_retrieve:"Park a call in the slot after the code, or pick it up",valet:"Park a call in the next free slot",retrieve:"Pick up the call parked in the slot after the code",directed_ext_pickup:"Answer the extension after the code while it rings","do_not_disturb[action=activate]":"Turn do not disturb on","do_not_disturb[action=deactivate]":"Turn do not disturb off","do_not_disturb[action=toggle]":"Turn do not disturb on or off",move:"Move the call to another of your phones"},followMe:"Find me follow me",followMeHint:"A call to your extension rings the phones picked here, each from its start for its ring time.",followMeOn:"Ring my phones by this timeline",pickPhone:"Pick at least one phone",boxSettings:(e,t)=>`PIN and greeting of ${e} (${t})`,newPin:"New PIN (4 to 6 digits)",newPinAgain:"New PIN again",pinMismatch:"The two PINs differ",changePin:"Change PIN",pinChanged:"PIN changed.",uploadGreeting:"Upload greeting",greetingSaved:"Greeting saved.",storage:"Storage (data partition)",storageUse:(e,t)=>`${e.toFixed(1)} GB used of ${t.toFixed(1)} GB`,lastBackup:"Last backup",backupAt:e=>`${e} UTC`,neverBackedUp:"never",certificate:"Certificate expires",certExpires:(e,t)=>`${e} (in ${t} days)`,unknown:"unknown",diskFull:e=>`The data partition is nearly full: ${e} GB free`,certSoon:e=>`The box's certificate expires in ${e} days`,certExpired:"The box's certificate has expired",csvImport:"Import users from a CSV file",csvHint:"A header line, then one user a line. Columns: first_name, last_name, username, extension, password (all needed), email, phone (yes: a desk phone). Nothing is made while a line is wrong.",csvFile:"CSV file",csvProblems:"Lines to fix",csvEmpty:"The file is empty",csvColumns:e=>`Missing columns: ${e}`,csvUnknown:e=>`Unknown columns: ${e}`,csvNoUsers:"No users in the file",csvExtra:"more fields than columns",csvDuplicate:e=>`the same as on line ${e}`,csvLine:(e,t,n)=>`Line ${e}: ${t?`${t}: `:""}${n}`,csvField:{first_name:"first name",last_name:"last name",username:"user name",email:"email",extension:"extension",password:"password"},csvMade:(e,t)=>`${e} of ${t} users made.`,stepMail:"Mail relay",mailRelay:"Mail relay (SMTP)",mailRelayHint:"The server the box sends its mails through: voicemail to email and missed-call alerts.",relayServer:"Server (host name or address)",relayHost:"A host name or IP address",port:"Port",relayPort:"A port from 1 to 65535",relayTls:"Encryption",tlsModes:{if_available:"STARTTLS when offered",always:"TLS always",never:"None"},relayUser:"Login (empty: none)",relayPasswordKeep:"Password (empty: keep the one set)",relayFrom:"Sender address",testTo:"Send a test mail to",sendTest:"Send a test mail",sending:"Sending\u2026",testSent:e=>`Sent to ${e}: the relay took it.`,stepLine:"Outside line",outsideLines:"Outside lines",noLines:"No outside line yet.",addLine:"Add an outside line",lineServer:"Provider's server",lineNumber:"Number or SIP user name",lineAuth:"Login, if not the number",linePassword:"SIP password",lineRealm:"Domain (realm), if not the server",lineRegister:"Register with the provider",lineStates:{registered:"registered",trying:"registering\u2026",failed:"registration failed",not_registering:"not registering"},ringMyPhone:"Ring my phone",ringPhonePick:"Phone to ring",ringPhoneHint:"The phone rings; answer it and the box says its extension, then goodbye.",ringing:e=>`Ringing ${e}: answer it.`,noRegisteredPhone:"No phone is registered yet: connect one (or a softphone), then come back to this step.",call:"Call",callFrom:e=>`Call from ${e}`,callNumber:"Number to call",callStarted:(e,t)=>`${e} rings: answer it to call ${t}.`,actions:"Actions",editLine:e=>`Edit the outside line ${e}`,confirmDeleteLine:e=>`Delete the outside line ${e}? Calls out no longer use it.`,fxoLines:"Analog lines (FXO)",fxoStates:{idle:"up",busy:"in use",down:"down"},fxoDialTone:{yes:"dial tone",no:"no dial tone",checking:"checking for dial tone\u2026",unknown:"dial tone not checked yet"},fxoUse:"Use as outside line",fxoInUse:e=>`Outside line: ${e}`,fxoLineName:e=>`Analog line ${e}`,withVmbox:"Give this user a voice mailbox",vmPin:"Voice mailbox PIN (4 to 6 digits; empty: none yet)",features:"Features",featuresOf:e=>`Features of ${e}`,callerId:"Caller ID",cidInternalName:"Internal name",cidInternalNumber:"Internal number",cidExternalName:"External name",cidExternalNumber:"External number",cidAccountDefault:"The office's number",cidNameLength:"At most 35 characters",failover:"Call failover",failoverHint:"When none of this user's phones is reachable (not registered), calls go to this number.",failoverOn:"Forward when the phones are unreachable",hotdesk:"Hot desking",hotdeskHint:"Log in on any phone of the office with the hot desk code (*11) and this ID.",hotdeskOn:"Hot desking on",hotdeskId:"Hot desk ID (digits)",hotdeskPin:"Hot desk PIN",hotdeskIdDigits:"1 to 15 digits",hotdeskPinDigits:"4 to 15 digits",hotdeskRequirePin:"Ask for the PIN",hotdeskKeep:"Stay logged in on other phones",musicOnHold:"Music on hold",mohMedia:"Music callers hear when this user holds them",mohDefault:"The office's music",recording:"Call recording",recordLeg:{inbound_onnet:"Calls from colleagues",inbound_offnet:"Calls from outside",outbound_onnet:"Calls to colleagues",outbound_offnet:"Calls to outside numbers"},recordingLimitLabel:"Longest recording (seconds)",recordingLimit:"5 to 10800 seconds",noExtensionYet:"This user has no extension yet: save the user first.",userVmbox:(e,t)=>`${e} (${t})`,vmOnNoAnswer:"Unanswered calls go to this box",noVmboxYet:e=>`No voicemail box yet. Make one with mailbox ${e}:`,makeVmbox:"Make the voicemail box",confBridge:"Conference bridge",confBridgeIs:(e,t)=>`${e}, dial ${t}`,makeConfBridge:"Make the conference bridge",conferenceOf:e=>`${e}'s conference`,faxboxNotSupported:"Faxbox: the box has no fax yet."};function k({id:e,label:t,value:n,onInput:r,error:a,type:s="text",required:i,autocomplete:u,inputmode:c}){let d=`${e}-error`;return l`<div class="field">
    <label for=${e}>${t}</label>
    <input
      id=${e}
      name=${e}
      type=${s}
      value=${n}
      required=${i}
      autocomplete=${u}
      inputmode=${c}
      aria-invalid=${a?"true":void 0}
      aria-describedby=${a?d:void 0}
      onInput=${m=>r(m.target.value)}
    />
    ${a&&l`<p class="error" id=${d} role="alert">${a}</p>`}
  </div>`}function x({message:e}){return e?l`<p class="banner" role="alert">${e}</p>`:null}function T({id:e,label:t,checked:n,onChange:r}){return l`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${a=>r(a.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function Un(){let[e,t]=p({account:"",username:"",password:""}),[n,r]=p(!1),[a,s]=p(""),i=c=>d=>t({...e,[c]:d});async function u(c){c.preventDefault(),r(!0),s("");try{await Tn(e.account.trim(),e.username.trim(),e.password)}catch(d){s(d.status===401?o.badLogin:d.message),r(!1)}}return l`<main class="login">
    <form onSubmit=${u} aria-label=${o.login}>
      <h1>${o.app}</h1>
      <${x} message=${a} />
      <${k} id="account" label=${o.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${k} id="username" label=${o.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${k} id="password" label=${o.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?o.signingIn:o.login}</button>
    </form>
  </main>`}var gr=5e3;async function vr(){let e=await y("resources?paginate=false");return(await Promise.all(e.map(n=>y(`resources/${n.id}/status`).then(r=>[n,r])))).flatMap(([n,r])=>r.gateways.filter(a=>a.state==="failed").map(a=>o.trunkDown(n.name||n.id,a.server)))}var Bn=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function yr(){let[e,t,n]=await Promise.all([y("devices?with_status=true&paginate=false"),y("channels"),y("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function wr(e){var n;let t={};for(let r of e){let a=t[n=r.device_type||"sip_device"]||(t[n]=[0,0]);a[0]+=1,r.registered&&(a[1]+=1)}return Object.entries(t).map(([r,[a,s]])=>[r,a,s]).sort((r,a)=>a[1]-r[1]||r[0].localeCompare(a[0]))}var xr=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function kr(){let[e,t,n,r,a,s,i]=await Promise.all([y("users?paginate=false"),y("phone_numbers"),Bn(B("GET","system_status").then(c=>c.data),null),Bn(y("sip_bans"),[]),vr(),y("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),y("conferences?paginate=false")]),u=Object.values(t.numbers||{});return{users:e.length,numbers:u.length,spare:u.filter(c=>!c.used_by).length,version:n&&n.software_version,provider:n&&{address:n.provider_address},clockUnset:!!(n&&n.clock&&n.clock.set===!1),main:xr(s.flatMap(c=>c.numbers||[])),conference:i.flatMap(c=>c.conference_numbers||[]),box:n&&Nr(n),alerts:[...r.map(c=>o.banned(c.ip,c.reason)),...a,...n?Pr(n):[]]}}var Nt=1024**3,Cr=.9,Sr=30;function Nr({storage:e,last_backup:t,certificate:n}){return{storage:e?o.storageUse((e.total_bytes-e.free_bytes)/Nt,e.total_bytes/Nt):o.unknown,backup:t?o.backupAt(new Date(t.time_unix*1e3).toISOString().slice(0,16).replace("T"," ")):o.neverBackedUp,cert:n?o.certExpires(new Date(n.expires_unix*1e3).toISOString().slice(0,10),n.days_left):o.unknown}}function Pr({storage:e,certificate:t}){let n=[];return e&&e.total_bytes&&1-e.free_bytes/e.total_bytes>=Cr&&n.push(o.diskFull(Math.round(e.free_bytes/Nt*10)/10)),t&&t.days_left<Sr&&n.push(t.days_left<0?o.certExpired:o.certSoon(t.days_left)),n}function le({id:e,label:t,value:n}){return l`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function Rn(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p("");C(()=>{kr().then(t,m=>s(m.message));let c=()=>yr().then(r,m=>s(m.message));c();let d=setInterval(c,gr);return()=>clearInterval(d)},[]);let i=n?n.devices.filter(c=>c.registered).length:"\u2026",u=n?n.ports.filter(c=>c.state==="down"||c.alarm).map(c=>o.portDown(c.name,c.alarm)):[];return l`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${o.dashboard}</h2>
    <${x} message=${a} />
    ${e&&e.clockUnset&&l`<p class="banner" role="alert" data-alert="clock">${o.clockUnset}</p>`}
    <div class="tiles">
      <${le} id="users" label=${o.users} value=${e?e.users:"\u2026"} />
      <${le} id="devices" label=${o.devices} value=${n?n.devices.length:"\u2026"} />
      <${le} id="registered" label=${o.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${le} id="calls" label=${o.callsNow} value=${n?n.calls:"\u2026"} />
      <${le} id="numbers" label=${o.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&l`<${le} id="version" label=${o.softwareVersion} value=${e.version} />`}
    </div>
    ${n&&l`<h3>${o.devicesByType}</h3>
      <ul class="by-type">
        ${wr(n.devices).map(([c,d,m])=>l`<li key=${c} data-type=${c}>${o.deviceTypes[c]||c}: ${o.registeredOf(m,d)}</li>`)}
      </ul>`}
    ${n&&n.ports.length>0&&l`<h3>${o.analogPorts}</h3>
      <ul class="ports">
        ${n.ports.map(c=>l`<li key=${c.name} data-port=${c.name}><span class=${c.state==="down"?"dot":"dot on"}>${c.name} · ${o.portStates[c.state]||c.state}</span></li>`)}
      </ul>`}
    ${e&&l`<dl class="facts">
      <dt>${o.mainNumbers}</dt><dd data-fact="main">${e.main.join(", ")||o.noneSet}</dd>
      <dt>${o.conferenceNumbers}</dt><dd data-fact="conference">${e.conference.join(", ")||o.noneSet}</dd>
      ${e.box&&l`<dt>${o.storage}</dt><dd data-fact="storage">${e.box.storage}</dd>
        <dt>${o.lastBackup}</dt><dd data-fact="backup">${e.box.backup}</dd>
        <dt>${o.certificate}</dt><dd data-fact="certificate">${e.box.cert}</dd>`}
      ${e.provider&&l`<dt>${o.providerAddress}</dt><dd data-fact="provider-address">${e.provider.address||o.providerAddressOwn}</dd>`}
    </dl>`}
    <h3>${o.alerts}</h3>
    ${e&&([...e.alerts,...u].length?l`<ul class="alerts">${[...e.alerts,...u].map(c=>l`<li key=${c}>${c}</li>`)}</ul>`:l`<p class="ok">${o.noAlerts}</p>`)}
  </section>`}var q=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),ge=e=>`${e.first_name} ${e.last_name}`.trim();function Pt(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,r=>t[r%t.length]).join("")}function Er(e,t,n){let r=e.caller_id&&e.caller_id.internal||{},a=(s,i)=>s!=null&&s!==""&&s!==i;return{...r,name:a(r.name,ge(e))?r.name:ge(t),number:a(r.number,n)?r.number:t.extension}}function Et(e,t,n=e.presence_id){let r={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:Er(e,t,n)},ui_metadata:q()};return e.id||(r.priv_level="user",r.vm_to_email_enabled=!0,r.send_email_on_creation=!1),t.password&&(r.password=t.password),r}var Re=e=>({module:"voicemail",data:{id:e},children:{}});function je(e,t,n,r){return{...e,type:"mainUserCallflow",owner_id:t.id,name:o.callflowOf(ge(t)),numbers:[n],contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:r?{_:Re(r)}:{}},ui_metadata:q()}}function He(e,t,n){return{name:o.vmboxOf(ge(e)),mailbox:t,owner_id:e.id,pin:n||void 0,ui_metadata:q()}}function Ot(e){return{device_type:"sip_device",name:o.phoneOf(ge(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${Pt(10)}`,password:Pt(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:q()}}var ve=15;function Mt(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||q()}}function It(e,t,n){let r=Math.max(...n.members.map(a=>a.delay+a.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[Pt(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:r,repeats:n.repeats,endpoints:n.members.map(a=>({id:a.id,endpoint_type:"user",delay:a.delay,timeout:a.timeout}))},children:{}},ui_metadata:e.ui_metadata||q()}}var Or=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function Dt(e,t,n,r){return{...e,name:r.name,type:"userGroup",group_id:t.id,numbers:[r.extension],flow:{module:"callflow",data:{id:n.id},children:{_:Or(r.next_vmbox)}},ui_metadata:e.ui_metadata||q()}}function jn(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((r,a)=>({...r,delay:a*n,timeout:n}))}function Mr(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:e==="vmboxes"&&t==="mailbox"?"extension":e==="vmboxes"&&t==="pin"?"vm_pin":null}function Ir(e,t){if(!(t instanceof H))throw t;let n={},r=[];for(let[a,s]of Object.entries(t.fields)){let i=Mr(e,a);i?n[i]=s:r.push(`${a}: ${s}`)}throw t.fields=n,r.length&&(t.message=r.join("; ")),t}async function Z(e,t,n){try{return await t()}catch(r){for(let a of n.reverse())await a().catch(()=>{});Ir(e,r)}}async function Ge(e){let t=[],n=await Z("users",()=>O("users",Et({},e)),t);t.push(()=>I(`users/${n.id}`));let r=null;e.vmbox&&(r=await Z("vmboxes",()=>O("vmboxes",He(n,e.extension,e.vm_pin)),t),t.push(()=>I(`vmboxes/${r.id}`)));let a=await Z("callflows",()=>O("callflows",je({},n,e.extension,r&&r.id)),t);return t.push(()=>I(`callflows/${a.id}`)),e.phone&&await Z("devices",()=>O("devices",Ot(n)),t),n}async function Hn(e,t,n){let r=await y(`users/${e}`),a=n?await y(`callflows/${n}`):null,s=r.presence_id||a&&(a.numbers||[])[0],i=await Z("users",()=>A(`users/${e}`,Et(r,t,s)),[]);return a?await Z("callflows",()=>A(`callflows/${n}`,je(a,i,t.extension)),[]):await Z("callflows",()=>O("callflows",je({},i,t.extension)),[]),t.phone&&await Z("devices",()=>O("devices",Ot(i)),[]),i}async function Gn(e){let t=["callflows","devices","vmboxes","conferences"],n=await Promise.all(t.map(r=>y(`${r}?filter_owner_id=${e}&paginate=false`)));for(let[r,a]of n.entries())for(let s of a)await I(`${t[r]}/${s.id}`);await I(`users/${e}`)}var Dr=5e3;function Ft({ownerId:e}){let[t,n]=p([]),[r,a]=p("");return C(()=>{let s=!0;B("GET",`accounts/${E.value.account}`).then(c=>s&&a(c.data.realm||""));async function i(){let c=await y(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),d=await Promise.all(c.map(m=>y(`devices/${m.id}`)));s&&n(d.map((m,f)=>({...m,registered:c[f].registered})))}i().catch(()=>{});let u=setInterval(()=>i().catch(()=>{}),Dr);return()=>{s=!1,clearInterval(u)}},[e]),t.map(s=>l`<div class="card" key=${s.id} aria-label=${o.sipCredentials}>
      <h3>${o.sipCredentials}: ${s.name}</h3>
      <dl>
        <dt>${o.sipUser}</dt><dd class="sip-user">${s.sip&&s.sip.username}</dd>
        <dt>${o.sipPassword}</dt><dd class="sip-password">${s.sip&&s.sip.password}</dd>
        <dt>${o.sipRealm}</dt><dd>${r}</dd>
        <dt>${o.status}</dt><dd class=${s.registered?"dot on":"dot"}>${s.registered?o.registered:o.notRegistered}</dd>
      </dl>
    </div>`)}function At(e,t){return e.length<12?o.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(r=>r.test(e)).length<3?o.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?o.pwUsername:""}function de({username:e,onDone:t}){let[n,r]=p({old:"",next:"",again:""}),[a,s]=p({}),[i,u]=p(""),[c,d]=p(!1),[m,f]=p(!1),b=h=>_=>r({...n,[h]:_});async function $(h){h.preventDefault(),f(!1);let _={};n.old||(_.old=o.required);let v=At(n.next,e);if(v?_.next=v:n.next===n.old&&(_.next=o.pwSame),n.again!==n.next&&(_.again=o.pwMismatch),s(_),!Object.keys(_).length){d(!0),u("");try{if(!await Ln(e,n.old)){s({old:o.pwOldWrong});return}await j(`users/${E.value.owner}`,{password:n.next,require_password_update:!1}),r({old:"",next:"",again:""}),f(!0),t&&t()}catch(g){s(g.fields||{}),u(g.message)}finally{d(!1)}}}return l`<form onSubmit=${$} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${o.changePassword}</h3>
    <p class="hint">${o.pwRules}</p>
    <${x} message=${i} />
    <${k} id="pw_old" label=${o.pwOld} type="password" value=${n.old} onInput=${b("old")} error=${a.old} autocomplete="current-password" />
    <${k} id="pw_new" label=${o.pwNew} type="password" value=${n.next} onInput=${b("next")} error=${a.next||a.password} autocomplete="new-password" />
    <${k} id="pw_again" label=${o.pwAgain} type="password" value=${n.again} onInput=${b("again")} error=${a.again} autocomplete="new-password" />
    ${m&&l`<p class="ok" role="status">${o.pwChanged}</p>`}
    <button type="submit" disabled=${c}>${c?o.saving:o.changePassword}</button>
  </form>`}var K=z(void 0),qn=null;async function qe(){let e=E.value.account;if(qn===e&&K.value!==void 0)return K.value;let{data:t}=await B("GET",`accounts/${e}`);return qn=e,K.value=t.edgepbx&&t.edgepbx.extension_length||null,K.value}function Tt(e,t){return t&&e&&e.length!==t?o.extLength(t):null}async function zn(e){let t=await y("callflows?paginate=false"),n=new Set(t.flatMap(a=>a.numbers||[])),r=10**e;for(let a=10**(e-1);a<r;a++)if(!n.has(String(a)))return String(a);return""}function Lt(e,t,n){let r={};for(let s of["first_name","last_name","username","extension"])e[s].trim()||(r[s]=o.required);e.extension&&!/^\d{2,8}$/.test(e.extension)?r.extension=o.extDigits:Tt(e.extension,n)&&(r.extension=Tt(e.extension,n));let a=(t||e.password)&&At(e.password,e.username);return a&&(r.password=a),t&&e.vmbox&&e.vm_pin&&!/^\d{4,6}$/.test(e.vm_pin)&&(r.vm_pin=o.pinDigits),r}function ze({user:e,onDone:t}){let n=!e.id,[r,a]=p({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n,vmbox:n,vm_pin:""}),[s,i]=p({}),[u,c]=p(""),[d,m]=p(!1),[f,b]=p(null),$=w=>N=>a({...r,[w]:N}),[h,_]=p("");C(()=>{qe().then(w=>n&&!r.extension&&w&&zn(w)).then(w=>{w&&(_(w),a(N=>N.extension?N:{...N,extension:w}))}).catch(()=>{})},[]);async function v(w){w.preventDefault();let N=Lt(r,n,K.value);if(i(N),c(""),!Object.keys(N).length){m(!0);try{let S=n?await Ge(r):await Hn(e.id,r,e.callflow&&e.callflow.id);n||r.phone?b(S):t()}catch(S){i(S.fields||{}),c(`${o.failed} ${S.message}`)}m(!1)}}if(f)return l`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${f.first_name} ${f.last_name}</h2>
      <${Ft} ownerId=${f.id} />
      <button onClick=${()=>t({...f,extension:r.extension})}>${o.users}</button>
    </section>`;let g=e.devices&&e.devices.length>0;return l`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?o.addUser:o.editUser}</h2>
    <form onSubmit=${v} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="first_name" label=${o.firstName} value=${r.first_name} onInput=${$("first_name")} error=${s.first_name} required />
        <${k} id="last_name" label=${o.lastName} value=${r.last_name} onInput=${$("last_name")} error=${s.last_name} required />
        <${k} id="username" label=${o.username} value=${r.username} onInput=${$("username")} error=${s.username} required autocomplete="off" />
        <${k} id="email" label=${o.email} type="email" value=${r.email} onInput=${$("email")} error=${s.email} />
        <${k} id="new_password" label=${o.password} type="password" value=${r.password} onInput=${$("password")} error=${s.password} required=${n} autocomplete="new-password" />
        <${k} id="extension" label=${o.extension} value=${r.extension} onInput=${$("extension")} error=${s.extension} required inputmode="numeric" />
      </div>
      ${h&&l`<p class="hint" id="extension-proposed">${o.extProposed(h)}</p>`}
      ${!g&&l`<div class="check">
        <input type="checkbox" id="phone" checked=${r.phone} onChange=${w=>a({...r,phone:w.target.checked})} />
        <label for="phone">${o.deskPhone}</label>
      </div>`}
      ${n&&l`<${T} id="vmbox" label=${o.withVmbox} checked=${r.vmbox} onChange=${$("vmbox")} />
        ${r.vmbox&&l`<${k} id="vm_pin" label=${o.vmPin} type="password" value=${r.vm_pin} onInput=${$("vm_pin")} error=${s.vm_pin} inputmode="numeric" autocomplete="off" />`}`}
      <div class="bar">
        <button type="submit" disabled=${d}>${d?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
    ${g&&l`<${Ft} ownerId=${e.id} />`}
  </section>`}function ce({id:e,title:t,user:n,formOf:r,check:a,toPatch:s,body:i,onSaved:u}){let[c,d]=p(()=>r(n)),[m,f]=p({}),[b,$]=p(""),[h,_]=p(!1),[v,g]=p(!1),w=S=>P=>{_(!1),d(M=>({...M,[S]:P}))};async function N(S){S.preventDefault();let P=a?a(c):{};if(f(P),$(""),!Object.keys(P).length){g(!0);try{let M=await j(`users/${n.id}`,s(c));_(!0),u&&u(M)}catch(M){f(M.fields||{}),$(`${o.failed} ${M.message}`)}g(!1)}}return l`<form class="card" id=${e} onSubmit=${N} novalidate aria-labelledby=${e+"-h"}>
    <h3 id=${e+"-h"}>${t}</h3>
    <${x} message=${b} />
    ${i(c,w,m)}
    <div class="bar">
      <button type="submit" disabled=${v}>${v?o.saving:o.save}</button>
      ${h&&l`<span class="ok" role="status">${o.saved}</span>`}
    </div>
  </form>`}function ye({id:e,label:t,value:n,options:r,onChange:a,error:s}){return l`<div class="field">
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>a(i.target.value)} aria-invalid=${s?"true":void 0}
      aria-describedby=${s?e+"-error":void 0}>
      ${r.map(([i,u])=>l`<option key=${i} value=${i}>${u}</option>`)}
    </select>
    ${s&&l`<p class="error" id=${e+"-error"} role="alert">${s}</p>`}
  </div>`}var Fr=/^\+?\d{2,15}$/,we={always:null,busy:"busy",no_answer:"no_answer"},Ut=(e,t)=>we[t]?e[we[t]]||{}:e;function Ar(e){return Object.keys(we).find(t=>Ut(e,t).enabled===!0)||"off"}function Tr(e){let t=e.call_forward||{},n=Ar(t);return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),mode:n,number:Ut(t,n==="off"?"always":n).number||"",ring_seconds:String(t.no_answer&&t.no_answer.ring_seconds||20),direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function Ve({user:e,onSaved:t}){let[n,r]=p(Tr(e)),[a,s]=p({}),[i,u]=p(""),[c,d]=p(!1),[m,f]=p(!1),b=h=>_=>{d(!1),r({...n,[h]:_})};async function $(h){h.preventDefault();let _={},v=we[n.mode]?`call_forward.${we[n.mode]}.number`:"call_forward.number";n.mode!=="off"&&!Fr.test(n.number.trim())&&(_[v]=o.forwardNumber);let g=Number(n.ring_seconds);if(n.mode==="no_answer"&&!(Number.isInteger(g)&&g>=5&&g<=300)&&(_["call_forward.no_answer.ring_seconds"]=o.forwardRingSecondsRange),s(_),u(""),!Object.keys(_).length){f(!0);try{let w={enabled:n.mode==="always",busy:{enabled:n.mode==="busy"},no_answer:{enabled:n.mode==="no_answer"},direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices};n.mode!=="off"&&Object.assign(Ut(w,n.mode),{number:n.number.trim()}),n.mode==="no_answer"&&(w.no_answer.ring_seconds=Number(n.ring_seconds));let N=await j(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:w});d(!0),t&&t(N)}catch(w){s(w.fields||{}),u(`${o.failed} ${w.message}`)}f(!1)}}return l`<form onSubmit=${$} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${o.callHandling}</h3>
    <${x} message=${i} />
    <${T} id="dnd" label=${o.dnd} checked=${n.dnd} onChange=${b("dnd")} />
    <${ye} id="forward" label=${o.forward} value=${n.mode} onChange=${b("mode")}
      options=${[["off",o.forwardOff],["always",o.forwardAlways],["busy",o.forwardBusy],["no_answer",o.forwardNoAnswer]]} />
    ${n.mode!=="off"&&l`<fieldset>
      <${k} id="forward_number" label=${o.forwardTo} value=${n.number} onInput=${b("number")}
        error=${a["call_forward.number"]||a["call_forward.busy.number"]||a["call_forward.no_answer.number"]} inputmode="tel" />
      ${n.mode==="no_answer"&&l`<${k} id="forward_ring_seconds" label=${o.forwardRingSeconds} value=${n.ring_seconds} onInput=${b("ring_seconds")}
        error=${a["call_forward.no_answer.ring_seconds"]} inputmode="numeric" />`}
      ${n.mode==="always"&&l`<${T} id="ring_devices" label=${o.ringDevicesToo} checked=${n.ring_devices} onChange=${b("ring_devices")} />`}
      <${T} id="direct_calls_only" label=${o.directCallsOnly} checked=${n.direct_calls_only} onChange=${b("direct_calls_only")} />
      <${T} id="keep_caller_id" label=${o.keepCallerId} checked=${n.keep_caller_id} onChange=${b("keep_caller_id")} />
      <${T} id="require_keypress" label=${o.requireKeypress} checked=${n.require_keypress} onChange=${b("require_keypress")} />
    </fieldset>`}
    ${c&&l`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit" disabled=${m}>${m?o.saving:o.save}</button>
  </form>`}var Vn=(e,t)=>/^\d+$/.test(String(e))&&Number(e)>=t&&Number(e)<=300;function We({userId:e}){let[t,n]=p(null),[r,a]=p(null),[s,i]=p({}),[u,c]=p(""),[d,m]=p(!1),f=(h,_)=>{let v=Object.fromEntries(h.endpoints.map(g=>[g.id,g]));a({enabled:h.enabled,rows:_.map(g=>({id:g.id,name:g.name,on:!!v[g.id],delay:String(v[g.id]?.delay??0),timeout:String(v[g.id]?.timeout??20)}))})};if(C(()=>{Promise.all([y(`users/${e}/find_me_follow_me`),y(`users/${e}/devices`)]).then(([h,_])=>{n(_),f(h,_)},h=>c(h.message))},[]),!r)return l`<div class="card"><h3>${o.followMe}</h3><${x} message=${u} />${!u&&o.loading}</div>`;let b=(h,_,v)=>a({...r,rows:r.rows.map((g,w)=>w===h?{...g,[_]:v}:g)});async function $(h){h.preventDefault(),m(!1),c("");let _=r.rows.filter(g=>g.on),v={};if(r.enabled&&!_.length&&(v.rows=o.pickPhone),r.rows.forEach((g,w)=>{g.on&&(!Vn(g.delay,0)||!Vn(g.timeout,1))&&(v[w]=o.badTimeline)}),i(v),!Object.keys(v).length)try{let g=_.map(w=>({id:w.id,delay:Number(w.delay),timeout:Number(w.timeout)}));f(await A(`users/${e}/find_me_follow_me`,{enabled:r.enabled,endpoints:r.enabled?g:[]}),t),m(!0)}catch(g){let w={};for(let[N,S]of Object.entries(g.fields||{})){let P=/^endpoints\.(\d+)\./.exec(N);P?w[r.rows.indexOf(_[Number(P[1])])]=S:w.rows=S}i(w),c(`${o.failed} ${g.message}`)}}return l`<form class="card" onSubmit=${$} novalidate aria-labelledby="fmfm-h">
    <h3 id="fmfm-h">${o.followMe}</h3>
    <p class="hint">${o.followMeHint}</p>
    <${x} message=${u} />
    <${T} id="fmfm_on" label=${o.followMeOn} checked=${r.enabled} onChange=${h=>a({...r,enabled:h})} />
    ${r.enabled&&l`${s.rows&&l`<p class="error" role="alert">${s.rows}</p>`}
      <table class="list timeline" aria-label=${o.followMe}>
        <thead><tr><th>${o.myDevices}</th><th>${o.startAfter}</th><th>${o.ringFor}</th></tr></thead>
        <tbody>
          ${r.rows.map((h,_)=>l`<tr key=${h.id} data-fmfm=${h.name}>
              <td><span class="check"><input type="checkbox" id=${"fm-"+h.id} checked=${h.on} onChange=${v=>b(_,"on",v.target.checked)} /><label for=${"fm-"+h.id}>${h.name}</label></span>
                ${s[_]&&l`<p class="error" role="alert">${s[_]}</p>`}</td>
              <td data-label=${o.startAfter}>${h.on&&l`<input aria-label=${`${o.startAfter} ${h.name}`} inputmode="numeric" value=${h.delay} onInput=${v=>b(_,"delay",v.target.value)} />`}</td>
              <td data-label=${o.ringFor}>${h.on&&l`<input aria-label=${`${o.ringFor} ${h.name}`} inputmode="numeric" value=${h.timeout} onInput=${v=>b(_,"timeout",v.target.value)} />`}</td>
            </tr>`)}
        </tbody>
      </table>`}
    <div class="bar"><button type="submit">${o.save}</button>${d&&l`<span class="ok" role="status">${o.saved}</span>`}</div>
  </form>`}function Lr(e,t){let n=e&&e.flow&&e.flow.children&&e.flow.children._;return!!n&&n.module==="voicemail"&&n.data&&n.data.id===t&&!n.data.skip_module}function Ur(e,t,n){let r=n?Re(t):{...Re(t),data:{id:t,skip_module:!0}};return{...e,flow:{...e.flow,children:{...e.flow.children||{},_:r}}}}function Wn({user:e,callflowId:t}){let[n,r]=p(null),[a,s]=p(""),[i,u]=p({}),[c,d]=p(""),[m,f]=p(!1),b=()=>Promise.all([y(`vmboxes?filter_owner_id=${e.id}&paginate=false`),t?y(`callflows/${t}`):null]).then(([N,S])=>r({box:N[0]||null,cf:S}),N=>d(N.message));if(C(()=>{b()},[]),!n)return l`<div class="card"><h3>${o.vmboxes}</h3><${x} message=${c} />${!c&&o.loading}</div>`;let{box:$,cf:h}=n;async function _(N,S){await A(`callflows/${h.id}`,Ur(await y(`callflows/${h.id}`),N,S))}async function v(N){N.preventDefault(),f(!1),d("");let S=a&&!/^\d{4,6}$/.test(a)?{pin:o.pinDigits}:{};if(u(S),Object.keys(S).length)return;let P=null;try{P=await O("vmboxes",He(e,h.numbers[0],a)),await _(P.id,!0),f(!0),b()}catch(M){P&&await I(`vmboxes/${P.id}`).catch(()=>{}),u({pin:(M.fields||{}).pin,mailbox:(M.fields||{}).mailbox}),d(`${o.failed} ${M.message}`)}}async function g(N){f(!1),d("");try{await _($.id,N),f(!0),b()}catch(S){d(`${o.failed} ${S.message}`)}}let w=m&&l`<span class="ok" role="status">${o.saved}</span>`;return h?$?l`<div class="card" id="feature-voicemail">
      <h3>${o.vmboxes}</h3>
      <${x} message=${c} />
      <p data-vmbox=${$.mailbox}>${o.userVmbox($.name,$.mailbox)}</p>
      <${T} id="vm_on" label=${o.vmOnNoAnswer} checked=${Lr(h,$.id)} onChange=${g} />
      ${w}
    </div>`:l`<form class="card" id="feature-voicemail" onSubmit=${v} novalidate>
    <h3>${o.vmboxes}</h3>
    <${x} message=${c} />
    <p class="hint">${o.noVmboxYet(h.numbers[0])}</p>
    <${k} id="feature_vm_pin" label=${o.vmPin} type="password" value=${a} onInput=${s} error=${i.pin||i.mailbox} inputmode="numeric" autocomplete="off" />
    <div class="bar"><button type="submit">${o.makeVmbox}</button>${w}</div>
  </form>`:l`<div class="card" id="feature-voicemail"><h3>${o.vmboxes}</h3><p>${o.noExtensionYet}</p></div>`}var Yn=e=>e.split(/[\s,;]+/).filter(Boolean);function Xn(e){return{name:e.name.trim(),owner_id:e.owner_id,conference_numbers:[e.number],member:{pins:Yn(e.member_pins),join_muted:e.join_muted},moderator:{pins:Yn(e.moderator_pins)}}}var Bt=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:[n.number],flow:{module:"conference",data:{id:t.id},children:{}},...n.owner_id?{type:"conference",owner_id:n.owner_id}:{}});function Zn(e){if(!(e instanceof H))throw e;let t={};for(let[n,r]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=r;throw e.fields=t,e}var Kn=e=>y(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function Ye(e){let t=null;try{return t=await O("conferences",Xn(e)),await O("callflows",Bt({},t,e)),t}catch(n){t&&await I(`conferences/${t.id}`).catch(()=>{}),Zn(n)}}async function Jn(e,t){try{let n=await j(`conferences/${e}`,Xn(t)),[r]=await Kn(e);r?await A(`callflows/${r.id}`,Bt(await y(`callflows/${r.id}`),n,t)):await O("callflows",Bt({},n,t))}catch(n){Zn(n)}}async function xe(e){for(let t of await Kn(e))await I(`callflows/${t.id}`);await I(`conferences/${e}`)}var Qn=(e,t)=>j(`users/${e.id}`,{smartpbx:{conferencing:{enabled:t}}});function eo({user:e}){let[t,n]=p(void 0),[r,a]=p(""),[s,i]=p(""),[u,c]=p(""),d=()=>y(`conferences?filter_owner_id=${e.id}&paginate=false`).then(b=>n(b[0]||null),b=>c(b.message));C(()=>{d()},[]);async function m(b){if(b.preventDefault(),c(""),!/^\+?\d{2,15}$/.test(r))return i(o.extDigits);i("");let $=null;try{let h=o.conferenceOf(`${e.first_name} ${e.last_name}`.trim());$=await Ye({name:h,number:r,member_pins:"",moderator_pins:"",join_muted:!1,owner_id:e.id}),await Qn(e,!0),d()}catch(h){$&&await xe($.id).catch(()=>{}),i((h.fields||{}).number||""),c(`${o.failed} ${h.message}`)}}async function f(){c("");try{await xe(t.id),await Qn(e,!1),d()}catch(b){c(`${o.failed} ${b.message}`)}}return t===void 0?l`<div class="card"><h3>${o.confBridge}</h3><${x} message=${u} />${!u&&o.loading}</div>`:t?l`<div class="card" id="feature-conference">
      <h3>${o.confBridge}</h3>
      <${x} message=${u} />
      <p data-conference=${(t.conference_numbers||[])[0]}>${o.confBridgeIs(t.name,(t.conference_numbers||[]).join(", "))}</p>
      <button type="button" class="danger" onClick=${f}>${o.del}</button>
    </div>`:l`<form class="card" id="feature-conference" onSubmit=${m} novalidate>
    <h3>${o.confBridge}</h3>
    <${x} message=${u} />
    <${k} id="feature_conf_number" label=${o.confNumber} value=${r} onInput=${a} error=${s} inputmode="tel" />
    <div class="bar"><button type="submit">${o.makeConfBridge}</button></div>
  </form>`}var no=/^\+?\d{2,15}$/,to=(e,t,n)=>new RegExp(`^\\d{${t},${n}}$`).test(e),Br=e=>e.trim().length<=35;function oo({user:e,numbers:t}){let n=(r,a)=>e.caller_id&&e.caller_id[r]&&e.caller_id[r][a]||"";return l`<${ce}
    id="feature-caller-id"
    title=${o.callerId}
    user=${e}
    formOf=${()=>({int_name:n("internal","name"),int_number:n("internal","number"),ext_name:n("external","name"),ext_number:n("external","number")})}
    check=${r=>{let a={};r.int_number&&!no.test(r.int_number)&&(a["caller_id.internal.number"]=o.forwardNumber);for(let[s,i]of[["int_name","caller_id.internal.name"],["ext_name","caller_id.external.name"]])Br(r[s])||(a[i]=o.cidNameLength);return a}}
    toPatch=${r=>({caller_id:{internal:{name:r.int_name.trim()||null,number:r.int_number||null},external:{name:r.ext_name.trim()||null,number:r.ext_number||null}}})}
    body=${(r,a,s)=>l`<div class="grid">
      <${k} id="cid_int_name" label=${o.cidInternalName} value=${r.int_name} onInput=${a("int_name")} error=${s["caller_id.internal.name"]} />
      <${k} id="cid_int_number" label=${o.cidInternalNumber} value=${r.int_number} onInput=${a("int_number")} error=${s["caller_id.internal.number"]} inputmode="tel" />
      <${k} id="cid_ext_name" label=${o.cidExternalName} value=${r.ext_name} onInput=${a("ext_name")} error=${s["caller_id.external.name"]} />
      <${ye} id="cid_ext_number" label=${o.cidExternalNumber} value=${r.ext_number} onChange=${a("ext_number")} error=${s["caller_id.external.number"]}
        options=${[["",o.cidAccountDefault],...[...new Set([...t,r.ext_number].filter(Boolean))].map(i=>[i,i])]} />
    </div>`}
  />`}function ro({user:e}){let t=e.call_failover||{};return l`<${ce}
    id="feature-failover"
    title=${o.failover}
    user=${e}
    formOf=${()=>({enabled:!!t.enabled,number:t.number||""})}
    check=${n=>n.enabled&&!no.test(n.number.trim())?{"call_failover.number":o.forwardNumber}:{}}
    toPatch=${n=>({call_failover:{enabled:n.enabled,number:n.number.trim()||null}})}
    body=${(n,r,a)=>l`<p class="hint">${o.failoverHint}</p>
      <${T} id="failover_on" label=${o.failoverOn} checked=${n.enabled} onChange=${r("enabled")} />
      ${n.enabled&&l`<${k} id="failover_number" label=${o.forwardTo} value=${n.number} onInput=${r("number")} error=${a["call_failover.number"]} inputmode="tel" />`}`}
  />`}function ao({user:e}){let t=e.hotdesk||{};return l`<${ce}
    id="feature-hotdesk"
    title=${o.hotdesk}
    user=${e}
    formOf=${()=>({enabled:!!t.enabled,id:t.id||"",require_pin:!!t.require_pin,pin:t.pin||"",keep:!!t.keep_logged_in_elsewhere})}
    check=${n=>{let r={};return n.enabled&&!to(n.id,1,15)&&(r["hotdesk.id"]=o.hotdeskIdDigits),n.enabled&&(n.require_pin||n.pin)&&!to(n.pin,4,15)&&(r["hotdesk.pin"]=o.hotdeskPinDigits),r}}
    toPatch=${n=>({hotdesk:{enabled:n.enabled,id:n.id||null,require_pin:n.require_pin,pin:n.pin||null,keep_logged_in_elsewhere:n.keep}})}
    body=${(n,r,a)=>l`<p class="hint">${o.hotdeskHint}</p>
      <${T} id="hotdesk_on" label=${o.hotdeskOn} checked=${n.enabled} onChange=${r("enabled")} />
      ${n.enabled&&l`<div class="grid">
          <${k} id="hotdesk_id" label=${o.hotdeskId} value=${n.id} onInput=${r("id")} error=${a["hotdesk.id"]} inputmode="numeric" />
          <${k} id="hotdesk_pin" label=${o.hotdeskPin} type="password" value=${n.pin} onInput=${r("pin")} error=${a["hotdesk.pin"]} inputmode="numeric" autocomplete="off" />
        </div>
        <${T} id="hotdesk_require_pin" label=${o.hotdeskRequirePin} checked=${n.require_pin} onChange=${r("require_pin")} />
        <${T} id="hotdesk_keep" label=${o.hotdeskKeep} checked=${n.keep} onChange=${r("keep")} />`}`}
  />`}function so({user:e,media:t}){return l`<${ce}
    id="feature-moh"
    title=${o.musicOnHold}
    user=${e}
    formOf=${()=>({media_id:e.music_on_hold&&e.music_on_hold.media_id||""})}
    toPatch=${n=>({music_on_hold:{media_id:n.media_id||null}})}
    body=${(n,r,a)=>l`<${ye} id="moh_media" label=${o.mohMedia} value=${n.media_id} onChange=${r("media_id")} error=${a["music_on_hold.media_id"]}
      options=${[["",o.mohDefault],...t.map(s=>[s.id,s.name||s.id])]} />`}
  />`}var ke=[["inbound","onnet"],["inbound","offnet"],["outbound","onnet"],["outbound","offnet"]],J=(e,t)=>`${e}_${t}`;function io({user:e}){let t=e.call_recording||{},n=(r,a)=>t[r]&&t[r][a]||{};return l`<${ce}
    id="feature-recording"
    title=${o.recording}
    user=${e}
    formOf=${()=>({...Object.fromEntries(ke.map(([r,a])=>[J(r,a),n(r,a).enabled===!0])),time_limit:String(ke.map(([r,a])=>n(r,a).time_limit).find(r=>r!==void 0)??3600)})}
    check=${r=>/^\d+$/.test(r.time_limit)&&Number(r.time_limit)>=5&&Number(r.time_limit)<=10800?{}:{time_limit:o.recordingLimit}}
    toPatch=${r=>{let a={};for(let[s,i]of ke)a[s]={...a[s],[i]:{enabled:r[J(s,i)],time_limit:Number(r.time_limit)}};return{call_recording:a,smartpbx:{call_recording:{enabled:ke.some(([s,i])=>r[J(s,i)])}}}}}
    body=${(r,a,s)=>l`${ke.map(([i,u])=>l`<${T} key=${J(i,u)} id=${"rec_"+J(i,u)} label=${o.recordLeg[J(i,u)]} checked=${r[J(i,u)]} onChange=${a(J(i,u))} />`)}
      <${k} id="rec_time_limit" label=${o.recordingLimitLabel} value=${r.time_limit} onInput=${a("time_limit")} error=${s.time_limit} inputmode="numeric" />`}
  />`}function lo({user:e,onDone:t}){let n=e.id,r=e.callflow&&e.callflow.id,[a,s]=p(null),[i,u]=p("");C(()=>{Promise.all([y(`users/${n}`),y("phone_numbers"),y("media?paginate=false")]).then(([m,f,b])=>s({user:m,numbers:Object.keys(f&&f.numbers||{}),media:b}),m=>u(m.message))},[n]);let c=l`<button type="button" class="plain" onClick=${t}>${o.users}</button>`;if(!a)return l`<section><h2>${o.features}</h2><${x} message=${i} />${!i&&o.loading} ${c}</section>`;let{user:d}=a;return l`<section aria-labelledby="features-panel-h" class="features">
    <div class="bar"><h2 id="features-panel-h">${o.featuresOf(`${d.first_name} ${d.last_name}`)}</h2>${c}</div>
    <${Ve} user=${d} />
    <${ro} user=${d} />
    <${oo} user=${d} numbers=${a.numbers} />
    <${Wn} user=${d} callflowId=${r} />
    <${We} userId=${d.id} />
    <${ao} user=${d} />
    <${eo} user=${d} />
    <${so} user=${d} media=${a.media} />
    <${io} user=${d} />
    <p class="hint">${o.faxboxNotSupported}</p>
    ${c}
  </section>`}async function Rr(){let[e,t,n]=await Promise.all([y("users?paginate=false"),y("callflows?filter_type=mainUserCallflow&paginate=false"),y("devices?with_status=true&paginate=false")]);return e.map(r=>{let a=t.find(s=>s.owner_id===r.id);return{...r,callflow:a,extension:a&&a.numbers?a.numbers[0]:"",devices:n.filter(s=>s.owner_id===r.id)}})}function co(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(null),[i,u]=p(""),c=()=>Rr().then(t,m=>u(m.message));C(c,[]);async function d(m){if(confirm(o.confirmDelete(`${m.first_name} ${m.last_name}`))){try{await Gn(m.id)}catch(f){u(f.message)}c()}}return a?l`<${lo} user=${a} onDone=${()=>s(null)} />`:n?l`<${ze}
      user=${n}
      onDone=${()=>{r(null),c()}}
    />`:l`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${o.users}</h2>
      <button onClick=${()=>r({})}>${o.addUser}</button>
    </div>
    <${x} message=${i} />
    ${e?e.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.users}>
            <thead><tr><th>${o.name}</th><th>${o.username}</th><th>${o.extension}</th><th>${o.devices}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(m=>l`<tr key=${m.id} data-user=${m.username}>
                  <td data-label=${o.name}>${m.first_name} ${m.last_name}</td>
                  <td data-label=${o.username}>${m.username}</td>
                  <td data-label=${o.extension} class="ext">${m.extension}</td>
                  <td data-label=${o.devices}>
                    ${m.devices.map(f=>l`<span class=${f.registered?"dot on":"dot"}>${f.name} · ${f.registered?o.registered:o.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>r(m)} aria-label=${`${o.edit} ${m.username}`}>${o.edit}</button>
                    <button onClick=${()=>s(m)} aria-label=${`${o.features} ${m.username}`}>${o.features}</button>
                    ${m.id!==E.value.owner&&l`<button class="danger" onClick=${()=>d(m)} aria-label=${`${o.del} ${m.username}`}>${o.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}function uo(){let[e,t]=p(null),[n,r]=p(""),[a,s]=p(""),[i,u]=p("");C(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([d,m])=>{let f=$=>m.find(h=>h.id===$),b=d.filter($=>$.registered).map($=>{let h=f($.owner_id);return{id:$.id,label:h?`${h.first_name} ${h.last_name} \xB7 ${$.name}`:$.name}});t(b),b.length&&r(b[0].id)},d=>u(d.message))},[]);let c=async()=>{u(""),s("");try{await O(`devices/${n}/ring_test`,{}),s(o.ringing(e.find(d=>d.id===n).label))}catch(d){u(d.message)}};return e?l`<div class="ring-my-phone">
    <h3>${o.ringMyPhone}</h3>
    ${e.length===0?l`<p class="hint">${o.noRegisteredPhone}</p>`:l`<div class="field">
            <label for="ring-phone">${o.ringPhonePick}</label>
            <select id="ring-phone" value=${n} onChange=${d=>r(d.target.value)}>
              ${e.map(d=>l`<option key=${d.id} value=${d.id}>${d.label}</option>`)}
            </select>
            <p class="hint">${o.ringPhoneHint}</p>
          </div>
          <button type="button" onClick=${c}>${o.ringMyPhone}</button>`}
    ${a&&l`<p role="status">${a}</p>`}
    <${x} message=${i} />
  </div>`:l`<${x} message=${i} />`}function mo({device:e}){let[t,n]=p(!1),[r,a]=p(""),[s,i]=p(""),[u,c]=p(""),[d,m]=p("");return t?l`<form class="call-from" onSubmit=${async b=>{b.preventDefault(),c(""),m(""),i("");try{await y(`devices/${e.id}/quickcall/${encodeURIComponent(r)}?auto_answer=false`),i(o.callStarted(e.name,r))}catch($){$.fields&&$.fields.number?m($.fields.number):c($.message)}}}>
    <${k} id=${`call-${e.id}`} label=${o.callNumber} value=${r} onInput=${a} error=${d} inputmode="tel" required />
    <button type="submit">${o.call}</button>
    ${s&&l`<p role="status">${s}</p>`}
    <${x} message=${u} />
  </form>`:l`<button type="button" class="plain" aria-label=${o.callFrom(e.name)} onClick=${()=>n(!0)}>
      ${o.call}
    </button>`}function fo(){let[e,t]=p(null),[n,r]=p("");return C(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([a,s])=>{let i=u=>s.find(c=>c.id===u);t(a.map(u=>({...u,owner:i(u.owner_id)})))},a=>r(a.message))},[]),l`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${o.devices}</h2>
    <${x} message=${n} />
    ${e?e.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.devices}>
            <thead><tr><th>${o.name}</th><th>${o.type}</th><th>${o.sipUser}</th><th>${o.owner}</th><th>${o.status}</th><th>${o.actions}</th></tr></thead>
            <tbody>
              ${e.map(a=>l`<tr key=${a.id}>
                  <td data-label=${o.name}>${a.name}</td>
                  <td data-label=${o.type}>${a.device_type}</td>
                  <td data-label=${o.sipUser}>${a.username}</td>
                  <td data-label=${o.owner}>${a.owner?`${a.owner.first_name} ${a.owner.last_name}`:""}</td>
                  <td data-label=${o.status}><span class=${a.registered?"dot on":"dot"}>${a.registered?o.registered:o.notRegistered}</span></td>
                  <td data-label=${o.actions}>${a.registered&&l`<${mo} device=${a} />`}</td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}var jr=86400,Hr=62167219200;function Gr({leg:e}){return l`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function qr({call:e,withLegs:t}){let[n,r]=p(null),[a,s]=p(!1);async function i(){s(!a),n||r(await y(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return l`<tr class="call" data-call=${e.call_id}>
      <td data-label=${o.when}>${t?l`<button class="plain" aria-expanded=${a} onClick=${i}>${e.datetime}</button>`:e.datetime}</td>
      <td data-label=${o.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${o.to}>${e.dialed_number}</td>
      <td data-label=${o.duration}>${e.duration_seconds}s</td>
      <td data-label=${o.result}>${e.hangup_cause}</td>
    </tr>
    ${a&&l`<tr class="legs"><td colspan="5">
      <h3>${o.legs}</h3>
      ${n?l`<ul>${n.map(u=>l`<${Gr} key=${u.id} leg=${u} />`)}</ul>`:o.loading}
    </td></tr>`}`}function po({path:e,title:t,withLegs:n}){let[r,a]=p(null),[s,i]=p("");return C(()=>{let u=Math.floor(Date.now()/1e3)+Hr;y(`${e}?created_from=${u-7*jr}&created_to=${u+60}&page_size=100`).then(a,c=>i(c.message))},[]),l`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${x} message=${s} />
    ${r?r.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${t}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.to}</th><th>${o.duration}</th><th>${o.result}</th></tr></thead>
            <tbody>${r.map(u=>l`<${qr} key=${u.id} call=${u} withLegs=${n} />`)}</tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}var $o=()=>l`<${po} path="cdrs/interaction" title=${o.callLogs} withLegs=${!0} />`,ho=()=>l`<${po} path=${`users/${E.value.owner}/cdrs`} title=${o.myCalls} withLegs=${!1} />`;var zr=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],Vr=["undefinedMainNumber","0"],Xe=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],Ce=e=>({module:"callflow",data:{id:e},children:{}});async function _o(){let e=await y("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(i=>[i.name,i]));for(let i of zr){if(t[i])continue;let u=t[`${i}Menu`]||await Wr(`${i}Menu`);t[i]=await O("callflows",{name:i,type:"main",numbers:[i],flow:Ce(u.id),ui_metadata:q()})}let n=t.MainCallflow||await O("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:Ce(t.MainOpenHours.id)}},ui_metadata:q()}),[r,a]=await Promise.all([y(`callflows/${n.id}`),y("temporal_rules?paginate=false")]),s=await Promise.all(a.filter(i=>i.name==="MainOpenHours"||i.name==="MainLunchHours").map(i=>y(`temporal_rules/${i.id}`)));return{main:r,parts:t,open:s.filter(i=>i.type==="main_weekdays"),lunch:s.filter(i=>i.type==="main_lunchbreak")}}async function Wr(e){let t=await O("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:q()});return O("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:q()})}var go=e=>(e.numbers||[]).filter(t=>!Vr.includes(t));async function vo(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=q(),e.main=await A(`callflows/${n.id}`,n)}var bo=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},Rt=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`;async function yo(e,t){let[n,...r]=e.open;for(let m of r)await I(`temporal_rules/${m.id}`);let a=[];if(t){let m={...n||{},name:"MainOpenHours",type:"main_weekdays",cycle:"weekly",interval:1,wdays:t.wdays,time_window_start:bo(t.start),time_window_stop:bo(t.stop),ui_metadata:q()};a=[n?await A(`temporal_rules/${n.id}`,m):await O("temporal_rules",m)]}else n&&await I(`temporal_rules/${n.id}`);let{parts:s,main:i}=e,u=new Set([...e.lunch,...e.open,...a].map(m=>m.id)),c=(i.flow&&i.flow.data&&i.flow.data.rules||[]).filter(m=>!u.has(m)),d={};for(let m of c)d[m]=i.flow.children[m];for(let m of e.lunch)d[m.id]=Ce(s.MainLunchHours.id);for(let m of a)d[m.id]=Ce(s.MainOpenHours.id);d._=Ce(a.length?s.MainAfterHours.id:s.MainOpenHours.id),i.flow={module:"temporal_route",data:{rules:[...c,...[...e.lunch,...a].map(m=>m.id)]},children:d},i.ui_metadata=q(),e.main=await A(`callflows/${i.id}`,i),e.open=a}function Yr({strategy:e,onSaved:t}){let[n,r]=p(""),[a,s]=p(""),i=go(e.main);async function u(d){s("");try{await vo(e,d),r(""),t()}catch(m){s(Object.values(m.fields||{})[0]||m.message)}}function c(d){d.preventDefault();let m=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(m))return s(o.badNumber);u([...i,m])}return l`<form onSubmit=${c} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${o.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(d=>l`<li key=${d}>
          <span class="main-number">${d}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${d}`} onClick=${()=>u(i.filter(m=>m!==d))}>${o.remove}</button>
        </li>`)}
    </ul>
    <${k} id="main_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
    <button type="submit">${o.addNumber}</button>
  </form>`}function Xr({strategy:e,onSaved:t}){let n=e.open[0],[r,a]=p(!!n),[s,i]=p(n?n.wdays||[]:Xe.slice(0,5)),[u,c]=p(n?Rt(n.time_window_start||0):"09:00"),[d,m]=p(n?Rt(n.time_window_stop||0):"17:00"),[f,b]=p(""),[$,h]=p(!1),_=g=>i(s.includes(g)?s.filter(w=>w!==g):Xe.filter(w=>w===g||s.includes(w)));async function v(g){if(g.preventDefault(),h(!1),r&&!s.length)return b(o.pickDay);if(r&&!(u<d))return b(o.badHours);b("");try{await yo(e,r?{wdays:s,start:u,stop:d}:null),h(!0),t()}catch(w){b(Object.entries(w.fields||{}).map(([N,S])=>`${N}: ${S}`).join("; ")||w.message)}}return l`<form onSubmit=${v} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${o.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!r} onChange=${()=>a(!1)} /><label for="h24">${o.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${r} onChange=${()=>a(!0)} /><label for="hcustom">${o.openCustom}</label></div>
    ${r&&l`<fieldset>
      <legend class="sr">${o.openCustom}</legend>
      <div class="days">
        ${Xe.map(g=>l`<span class="check"><input type="checkbox" id=${"day-"+g} checked=${s.includes(g)} onChange=${()=>_(g)} /><label for=${"day-"+g}>${o.wday[g]}</label></span>`)}
      </div>
      <div class="grid">
        <${k} id="opens" label=${o.opens} type="time" value=${u} onInput=${c} />
        <${k} id="closes" label=${o.closes} type="time" value=${d} onInput=${m} />
      </div>
    </fieldset>`}
    ${f&&l`<p class="error" role="alert">${f}</p>`}
    ${$&&l`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}function Ze(){let[e,t]=p(null),[n,r]=p(""),[,a]=p(0);C(()=>{_o().then(t,i=>r(i.message))},[]);let s=()=>a(i=>i+1);return l`<section aria-labelledby="main-h">
    <h2 id="main-h">${o.mainNumber}</h2>
    <${x} message=${n} />
    ${e?l`<div class="stack">
          <${Yr} strategy=${e} onSaved=${s} />
          <${Xr} strategy=${e} onSaved=${s} />
        </div>`:!n&&l`<p>${o.loading}</p>`}
  </section>`}var jt=z(0);function Ke(){let e=`accounts/${E.value.account}`,[t,n]=p(null),[r,a]=p(null),[s,i]=p({}),[u,c]=p(""),[d,m]=p(!1);C(()=>{Promise.all([B("GET","countries"),B("GET",e)]).then(([$,{data:h}])=>{let _=h.edgepbx||{};n($.data),a({country:_.country||"",extension_length:_.extension_length?String(_.extension_length):"",timezone:null,language:h.language||""})},$=>c($.message))},[]);function f($){let h=t.find(_=>_.code===$);a({...r,country:$,...h?{timezone:h.timezone,language:h.language}:{}})}async function b($){$.preventDefault(),m(!1);let h={};if(r.extension_length&&!/^[2-8]$/.test(r.extension_length)&&(h.extension_length=o.extLengthRange),i(h),c(""),Object.keys(h).length)return;let v={edgepbx:{country:r.country||null,extension_length:r.extension_length?Number(r.extension_length):null},language:r.language||null};r.timezone&&(v.timezone=r.timezone);try{await B("PATCH",e,v),K.value=void 0,jt.value++,m(!0)}catch(g){let w={};for(let[N,S]of Object.entries(g.fields||{}))w[N.replace(/^edgepbx\./,"")]=S;i(w),c(g.message)}}return r?l`<form onSubmit=${b} aria-labelledby="locale-h" novalidate>
    <h3 id="locale-h">${o.locale}</h3>
    <p class="hint">${o.localeHint}</p>
    <${x} message=${u} />
    <div class="field">
      <label for="country">${o.country}</label>
      <select id="country" value=${r.country} onChange=${$=>f($.target.value)}>
        <option value="">${o.countryNone}</option>
        ${t.map($=>l`<option key=${$.code} value=${$.code}>${$.name}</option>`)}
      </select>
      ${s.country&&l`<p class="error" role="alert">${s.country}</p>`}
    </div>
    ${r.timezone&&l`<p class="hint" id="proposed_zone">${o.proposedZone(r.timezone)}</p>`}
    <${k} id="language" label=${o.promptLanguage} value=${r.language} onInput=${$=>a({...r,language:$})} error=${s.language} />
    <${k} id="extension_length" label=${o.extensionLength} value=${r.extension_length} onInput=${$=>a({...r,extension_length:$})} error=${s.extension_length} inputmode="numeric" />
    ${d&&l`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`:l`<${x} message=${u} />${!u&&l`<p>${o.loading}</p>`}`}var Ht=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function Je({onDone:e}){let t=`accounts/${E.value.account}`,[n,r]=p(null),[a,s]=p({}),[i,u]=p(""),[c,d]=p(!1);C(()=>{B("GET",t).then(({data:b})=>r({name:b.name||"",timezone:b.timezone||"UTC"}),b=>u(b.message))},[jt.value]);async function m(b){if(b.preventDefault(),d(!1),!n.name.trim())return s({name:o.required});s({}),u("");try{await B("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),E.value={...E.value,accountName:n.name.trim()},d(!0),e&&e()}catch($){s($.fields||{}),u($.message)}}if(!n)return l`<${x} message=${i} />${!i&&l`<p>${o.loading}</p>`}`;let f=Ht.includes(n.timezone)?Ht:[n.timezone,...Ht];return l`<form onSubmit=${m} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${o.office}</h3>
    <${x} message=${i} />
    <${k} id="office_name" label=${o.officeName} value=${n.name} onInput=${b=>r({...n,name:b})} error=${a.name} />
    <div class="field">
      <label for="timezone">${o.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${b=>r({...n,timezone:b.target.value})}>
        ${f.map(b=>l`<option key=${b} value=${b}>${b}</option>`)}
      </select>
      ${a.timezone&&l`<p class="error" role="alert">${a.timezone}</p>`}
    </div>
    ${c&&l`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}function wo(e){let t=[],n=[],r="",a=!1,s=1,i=1,u=()=>{n.push(r.trim()),r=""},c=()=>{u(),n.some(d=>d!=="")&&t.push({line:i,fields:n}),n=[],i=s};for(let d=0;d<e.length;d++){let m=e[d];a?m==='"'&&e[d+1]==='"'?(r+='"',d++):m==='"'?a=!1:(m===`
`&&s++,r+=m):m==='"'?a=!0:m===","?u():m===`
`?(s++,c()):m!=="\r"&&(r+=m)}return c(),t}var xo=["first_name","last_name","username","email","extension","password","phone"],Zr=["first_name","last_name","username","extension","password"],Kr=/^(yes|y|true|1)$/i;function Jr(e,t){let[n,...r]=wo(e);if(!n)return{problems:[o.csvEmpty]};let a=n.fields.map(m=>m.toLowerCase().replace(/\s+/g,"_")),s=Zr.filter(m=>!a.includes(m));if(s.length)return{problems:[o.csvColumns(s.join(", "))]};let i=a.filter(m=>!xo.includes(m));if(i.length)return{problems:[o.csvUnknown(i.join(", "))]};let u=[],c={username:new Map,extension:new Map},d=r.map(({line:m,fields:f})=>{let b=Object.fromEntries(xo.map(_=>[_,f[a.indexOf(_)]??""])),$={...b,phone:Kr.test(b.phone)},h=Lt($,!0,t);f.length>a.length&&(h.line=o.csvExtra);for(let _ of["username","extension"]){let v=$[_].toLowerCase();v&&c[_].has(v)?h[_]=o.csvDuplicate(c[_].get(v)):c[_].set(v,m)}for(let[_,v]of Object.entries(h))u.push(o.csvLine(m,_==="line"?"":o.csvField[_]||_,v));return{line:m,form:$}});return r.length||u.push(o.csvNoUsers),{forms:d,problems:u}}function ko({onAdded:e}){let[t,n]=p([]),[r,a]=p(""),[s,i]=p(!1);async function u(c){let d=c.target.files[0];if(a(""),!d)return;let m=await qe().catch(()=>null),{forms:f,problems:b}=Jr(await d.text(),m);if(n(b),b.length)return;i(!0);let $=[],h=0;for(let{line:_,form:v}of f)try{let g=await Ge(v);h++,e({...g,extension:v.extension})}catch(g){let w=Object.entries(g.fields||{}).map(([N,S])=>o.csvLine(_,o.csvField[N]||N,S));$.push(...w.length?w:[o.csvLine(_,"",g.message)])}n($),a(o.csvMade(h,f.length)),i(!1),c.target.value=""}return l`<div class="card">
    <h3>${o.csvImport}</h3>
    <p class="hint">${o.csvHint}</p>
    <div class="field">
      <label for="csv_file">${o.csvFile}</label>
      <input id="csv_file" type="file" accept=".csv,text/csv" disabled=${s} onChange=${u} />
    </div>
    ${r&&l`<p class="ok" role="status">${r}</p>`}
    ${t.length>0&&l`<ul class="errors" aria-label=${o.csvProblems}>${t.map(c=>l`<li key=${c} class="error">${c}</li>`)}</ul>`}
  </div>`}var Gt="configs/smtp_client",Co=/^[^@\s]+@[^@\s]+$/;function Qr(e){let t={};return/^[A-Za-z0-9.:-]{1,253}$/.test(e.relay)||(t.relay=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.from&&!Co.test(e.from)&&(t.from=o.badEmail(e.from)),t}function Qe(){let[e,t]=p(null),[n,r]=p(""),[a,s]=p({}),[i,u]=p(""),[c,d]=p("");if(C(()=>{y(Gt).then($=>t({relay:$.relay||"",port:String($.port||587),tls:$.tls||"if_available",username:$.username||"",password:"",from:$.from||"",passwordSet:!!$.password_set}),$=>u($.message))},[]),!e)return l`<${x} message=${i} />${!i&&l`<p>${o.loading}</p>`}`;let m=$=>h=>t({...e,[$]:h});async function f($){$.preventDefault(),d(""),u("");let h=Qr(e);if(s(h),Object.keys(h).length)return;let _={relay:e.relay.trim(),port:Number(e.port),tls:e.tls,username:e.username.trim(),from:e.from.trim()||void 0};e.password&&(_.password=e.password);try{await j(Gt,_),t({...e,password:"",passwordSet:e.passwordSet||!!e.password}),d(o.saved)}catch(v){s(v.fields||{}),u(v.message)}}async function b(){if(d(""),!Co.test(n.trim()))return s({...a,to:o.badEmail(n)});s({}),d(o.sending);try{await A(`${Gt}/test`,{to:n.trim()}),d(o.testSent(n.trim()))}catch($){d(""),s($.fields||{}),Object.keys($.fields||{}).length||u($.message)}}return l`<form onSubmit=${f} aria-labelledby="relay-h" novalidate>
    <h3 id="relay-h">${o.mailRelay}</h3>
    <p class="hint">${o.mailRelayHint}</p>
    <${x} message=${i} />
    <div class="grid">
      <${k} id="relay_host" label=${o.relayServer} value=${e.relay} onInput=${m("relay")} error=${a.relay} />
      <${k} id="relay_port" label=${o.port} value=${e.port} onInput=${m("port")} error=${a.port} inputmode="numeric" />
      <div class="field">
        <label for="relay_tls">${o.relayTls}</label>
        <select id="relay_tls" value=${e.tls} onChange=${$=>m("tls")($.target.value)}>
          ${Object.entries(o.tlsModes).map(([$,h])=>l`<option key=${$} value=${$}>${h}</option>`)}
        </select>
      </div>
      <${k} id="relay_user" label=${o.relayUser} value=${e.username} onInput=${m("username")} error=${a.username} autocomplete="off" />
      <${k} id="relay_password" label=${e.passwordSet?o.relayPasswordKeep:o.password} type="password" value=${e.password} onInput=${m("password")} error=${a.password} autocomplete="new-password" />
      <${k} id="relay_from" label=${o.relayFrom} value=${e.from} onInput=${m("from")} error=${a.from} />
    </div>
    <div class="bar"><button type="submit">${o.save}</button></div>
    <${k} id="relay_test_to" label=${o.testTo} value=${n} onInput=${r} error=${a.to} type="email" />
    <div class="bar"><button type="button" class="plain" onClick=${b}>${o.sendTest}</button></div>
    ${c&&l`<p class="ok" role="status">${c}</p>`}
  </form>`}async function et(){(await y("callflows?filter_numbers=no_match")).length===0&&await O("callflows",{numbers:["no_match"],flow:{module:"offnet",data:{},children:{}}})}var qt="^(\\+?\\d{3,15})$",So={name:"",server:"",port:"5060",username:"",auth_username:"",password:"",realm:"",register:!0};function ea(e){let t=e.gateways&&e.gateways[0]||{},n=r=>r==null?"":String(r);return{name:n(e.name),server:n(t.server),port:n(t.port||5060),username:n(t.username),auth_username:n(t.auth_username),password:n(t.password),realm:n(t.realm),register:t.register!==!1}}function ta(e){let t={};return e.name.trim()||(t.name=o.required),/^[A-Za-z0-9.-]{1,253}$/.test(e.server.trim())||(t.server=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.register&&!e.username.trim()&&(t.username=o.required),e.register&&!e.password&&(t.password=o.required),t}function No(e,t){let n={...e.gateways&&e.gateways[0]||{enabled:!0}};n.server=t.server.trim(),n.port=Number(t.port),n.register=t.register;for(let r of["username","auth_username","realm"])t[r].trim()?n[r]=t[r].trim():delete n[r];return t.password?n.password=t.password:delete n.password,{...e,name:t.name.trim(),gateways:[n,...(e.gateways||[]).slice(1)]}}var na={enabled:!0,weight_cost:50,rules:[qt],gateways:[]};function zt({line:e,onDone:t}){let[n,r]=p(e?ea(e):So),[a,s]=p({}),[i,u]=p(""),[c,d]=p(!1),m=h=>_=>r({...n,[h]:_}),f=h=>`line_${h}${e?"_edit":""}`;async function b(h){h.preventDefault(),u("");let _=ta(n);if(s(_),!Object.keys(_).length){d(!0);try{e?await A(`resources/${e.id}`,No(e,n)):await O("resources",No(na,n)),await et(),e||r(So),d(!1),t(!0)}catch(v){s(Object.fromEntries(Object.entries(v.fields||{}).map(([g,w])=>[g.replace(/^gateways\.0\./,""),w]))),u(`${o.failed} ${v.message}`),d(!1)}}}let $=e?o.editLine(e.name):o.addLine;return l`<form onSubmit=${b} novalidate data-form=${e?"edit-line":"add-line"}>
    <h4>${$}</h4>
    <${x} message=${i} />
    <div class="grid">
      <${k} id=${f("name")} label=${o.name} value=${n.name} onInput=${m("name")} error=${a.name} />
      <${k} id=${f("server")} label=${o.lineServer} value=${n.server} onInput=${m("server")} error=${a.server} />
      <${k} id=${f("port")} label=${o.port} value=${n.port} onInput=${m("port")} error=${a.port} inputmode="numeric" />
      <${k} id=${f("username")} label=${o.lineNumber} value=${n.username} onInput=${m("username")} error=${a.username} autocomplete="off" />
      <${k} id=${f("auth")} label=${o.lineAuth} value=${n.auth_username} onInput=${m("auth_username")} error=${a.auth_username} autocomplete="off" />
      <${k} id=${f("password")} label=${o.linePassword} type="password" value=${n.password} onInput=${m("password")} error=${a.password} autocomplete="new-password" />
      <${k} id=${f("realm")} label=${o.lineRealm} value=${n.realm} onInput=${m("realm")} error=${a.realm} />
    </div>
    <${T} id=${f("register")} label=${o.lineRegister} checked=${n.register} onChange=${m("register")} />
    <div class="bar">
      <button type="submit" disabled=${c}>${e?o.save:o.addLine}</button>
      ${e&&l`<button type="button" class="plain" onClick=${()=>t(!1)}>${o.cancel}</button>`}
    </div>
  </form>`}var Po=e=>e.filter(t=>t.kind==="fxo"&&t.sip_address).map(t=>{let n=t.sip_address.lastIndexOf(":");return{...t,host:t.sip_address.slice(0,n).replace(/^\[|\]$/g,""),port:Number(t.sip_address.slice(n+1))}}),Vt=(e,t)=>(e.gateways||[]).some(n=>n.server===t.host&&Number(n.port)===t.port);function oa(e){return e.state==="down"?e.alarm?`${o.fxoStates.down}: ${e.alarm}`:o.fxoStates.down:o.fxoStates[e.state==="idle"?"idle":"busy"]}function ra(e){return e?e.state==="running"?o.fxoDialTone.checking:e.dial_tone?o.fxoDialTone.yes:o.fxoDialTone.no:o.fxoDialTone.unknown}function Eo({ports:e,lines:t,onChanged:n}){let[r,a]=p(""),[s,i]=p(!1);if(e.length===0)return null;async function u(c){a(""),i(!0);try{await O("resources",{name:o.fxoLineName(c.name),enabled:!0,weight_cost:50,rules:[qt],gateways:[{server:c.host,port:c.port,register:!1,enabled:!0}]}),await et(),n()}catch(d){a(`${o.failed} ${d.message}`)}i(!1)}return l`<div aria-labelledby="fxo-h">
    <h4 id="fxo-h">${o.fxoLines}</h4>
    <${x} message=${r} />
    <ul class="lines">
      ${e.map(c=>{let d=t.find(m=>Vt(m,c));return l`<li key=${c.name} data-fxo=${c.name}>
          <span class=${c.state==="down"?"dot":"dot on"}>${c.name}${c.number?` (${c.number})`:""} · ${oa(c)} · ${ra(c.line_test)}</span>
          ${d?l`<span class="hint" data-route>${o.fxoInUse(d.name)}</span>`:l`<button type="button" class="plain" disabled=${s} onClick=${()=>u(c)} aria-label=${`${o.fxoUse}: ${c.name}`}>${o.fxoUse}</button>`}
        </li>`})}
    </ul>
  </div>`}var aa=5e3;async function sa(){let[e,t]=await Promise.all([y("resources?paginate=false"),y("analog_ports").then(Po,()=>[])]);return{lines:await Promise.all(e.map(r=>Promise.all([y(`resources/${r.id}`),y(`resources/${r.id}/status`)]).then(([a,s])=>({...a,gw:s.gateways[0]||{}})))),ports:t}}var ia=e=>e.state==="failed"&&e.last_error?`${o.lineStates.failed}: ${e.last_error}`:o.lineStates[e.state]||e.state;function la({line:e,editing:t,onEdit:n,onDone:r,onError:a}){async function s(){if(confirm(o.confirmDeleteLine(e.name)))try{await I(`resources/${e.id}`),r(!0)}catch(i){a(i.message)}}return l`<li data-line=${e.name}>
    <span class=${e.gw.state==="registered"?"dot on":"dot"}>${e.name} · ${ia(e.gw)}</span>
    ${t?l`<${zt} line=${e} onDone=${r} />`:l`<span class="actions">
          <button type="button" class="plain" onClick=${n} aria-label=${`${o.edit}: ${e.name}`}>${o.edit}</button>
          <button type="button" class="plain" onClick=${s} aria-label=${`${o.del}: ${e.name}`}>${o.del}</button>
        </span>`}
  </li>`}function tt(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(""),i=()=>sa().then(t,d=>s(d.message));C(()=>{i();let d=setInterval(i,aa);return()=>clearInterval(d)},[]);let u=d=>{r(null),d&&i()},c=e?e.lines.filter(d=>!e.ports.some(m=>Vt(d,m))):[];return l`<div aria-labelledby="lines-h">
    <h3 id="lines-h">${o.outsideLines}</h3>
    <${x} message=${a} />
    ${e?c.length===0?l`<p>${o.noLines}</p>`:l`<ul class="lines">
            ${c.map(d=>l`<${la} key=${d.id} line=${d} editing=${n===d.id} onEdit=${()=>r(d.id)} onDone=${u} onError=${s} />`)}
          </ul>`:l`<p>${o.loading}</p>`}
    <${zt} line=${null} onDone=${u} />
    ${e&&l`<${Eo} ports=${e.ports} lines=${e.lines} onChanged=${i} />`}
  </div>`}var re=z(null);async function Oo(){let e=await y(`users/${E.value.owner}`);e.require_password_update&&(re.value={forced:!0,username:e.username})}async function Mo(){let e=await y(`users/${E.value.owner}`);re.value={forced:!1,username:e.username}}function da(){let[e,t]=p(!1),[n,r]=p([]);return e?l`<${ze}
      user=${{}}
      onDone=${a=>{t(!1),a&&r([...n,a])}}
    />`:l`<div>
    <h3>${o.firstUsers}</h3>
    <ul class="added">${n.map(a=>l`<li key=${a.username}>${a.first_name} ${a.last_name} · ${a.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${o.addUser}</button>
    <${ko} onAdded=${a=>r(s=>[...s,a])} />
  </div>`}function Io(){let{forced:e,username:t}=re.value,[n,r]=p(!e),a=[[o.stepPassword,()=>l`<${de} username=${t} onDone=${()=>r(!0)} />`],[o.stepLocale,()=>l`<${Ke} />`],[o.stepOffice,()=>l`<${Je} />`],[o.stepUsers,()=>l`<${da} />`],[o.stepMainNumber,()=>l`<${Ze} />`],[o.stepLine,()=>l`<${tt} />`],[o.stepMail,()=>l`<${Qe} />`],[o.stepDone,()=>l`<p>${o.wizardDone}</p><${uo} />`]],[s,i]=p(0),u=s===a.length-1,[c,d]=a[s],m=s===0&&!n;return l`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${o.wizard}</h2>
    <p class="hint">${o.stepOf(s+1,a.length)}: <strong>${c}</strong></p>
    ${m&&l`<p class="banner" role="alert">${o.pwForced}</p>`}
    <div key=${s}>${d()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${s===0} onClick=${()=>i(s-1)}>${o.back}</button>
      ${u?l`<button type="button" onClick=${()=>re.value=null}>${o.finish}</button>`:l`<button type="button" disabled=${m} onClick=${()=>i(s+1)}>${o.next}</button>`}
    </div>
  </section>`}async function ca(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":E.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new H(t.status,n);return n.data}function Do(){let[e,t]=p(null),[n,r]=p(!1),[a,s]=p(""),[i,u]=p("");async function c(d){if(d.preventDefault(),s(""),u(""),!e)return s(o.pickBundle);r(!0);try{let m=await ca(e);u(o.updateInstalled(m&&m.installed))}catch(m){let f=m.body&&m.body.data&&(m.body.data.message||m.body.data.detail);s(`${o.failed} ${m.message}${typeof f=="string"&&f!==m.message?`: ${f}`:""}`)}r(!1)}return l`<form onSubmit=${c} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${o.softwareUpdate}</h3>
    <p class="hint">${o.updateHint}</p>
    <${x} message=${a} />
    <div class="field">
      <label for="bundle">${o.bundle}</label>
      <input id="bundle" type="file" onChange=${d=>t(d.target.files[0]||null)} />
    </div>
    ${i&&l`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?o.uploading:o.install}</button>
  </form>`}function Fo(){let[e,t]=p(null),[n,r]=p(""),a=()=>y("sip_bans").then(t,i=>i.status===403?t(null):r(i.message));C(a,[]);let s=i=>I(`sip_bans/${encodeURIComponent(i)}`).then(a,u=>r(u.message));return e?l`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${o.sipBans}</h3>
    <${x} message=${n} />
    ${e.length===0?l`<p>${o.noBans}</p>`:l`<ul class="numbers">
          ${e.map(i=>l`<li key=${i.ip} data-ban=${i.ip}>
              <span>${o.banned(i.ip,i.reason)} · ${o.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>s(i.ip)} aria-label=${o.liftBan(i.ip)}>${o.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:l`<${x} message=${n} />`}function Ao(){let[e,t]=p(null),[n,r]=p("");return C(()=>{y(`users/${E.value.owner}`).then(t,a=>r(a.message))},[]),l`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${o.settings}</h2>
    <${x} message=${n} />
    <div class="stack">
      ${e&&l`<${de} username=${e.username} />`}
      <${Ke} />
      <${Je} />
      <${tt} />
      <${Qe} />
      <${Fo} />
      <${Do} />
      <div><button type="button" onClick=${()=>Mo().catch(a=>r(a.message))}>${o.runWizard}</button></div>
    </div>
  </section>`}var nt=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),Wt=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function ua(e,t){let n=await fetch("/v2/"+Y(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":E.value.token,"Content-Type":Wt(t),Accept:"application/json"},body:t});if(!n.ok)throw new H(n.status,await n.json().catch(()=>null))}async function To(e,t){let n=await O("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await ua(n.id,t)}catch(r){throw await I(`media/${n.id}`).catch(()=>{}),r}return n.id}var Yt=e=>I(`media/${e}`).catch(()=>{});var Xt=["skip_greeting","skip_instructions","delete_after_notify","announcement_only"],ma=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,Lo=e=>e.split(/[\s,;]+/).filter(Boolean);function fa(e){let t={};e.name.trim()||(t.name=o.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=o.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=o.pinDigits);let n=Lo(e.notify).find(r=>!ma.test(r));return n&&(t.notify_email_addresses=o.badEmail(n)),t}function Uo({box:e,users:t,onDone:n}){let r=!e.id,[a,s]=p({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(Xt.map(v=>[v,!!e[v]]))}),[i,u]=p({}),[c,d]=p(""),[m,f]=p(!1),[b,$]=p(null),h=v=>g=>s({...a,[v]:g});async function _(v){v.preventDefault();let g=fa(a);if(b&&!nt(b)&&(g.greeting=o.greetingType),u(g),d(""),Object.keys(g).length)return;let w={name:a.name.trim(),mailbox:a.mailbox,notify_email_addresses:Lo(a.notify),...Object.fromEntries(Xt.map(S=>[S,a[S]]))};w.owner_id=a.owner_id||(r?void 0:null),w.pin=a.pin||(r?void 0:null),f(!0);let N=null;try{b&&(N=await To(w.name,b).catch(S=>{throw Object.assign(S,{fields:{greeting:S.fields&&S.fields.media||S.message}})}),w.media={...e.media||{},unavailable:N}),r?await O("vmboxes",w):await j(`vmboxes/${e.id}`,w),N&&e.media&&e.media.unavailable&&await Yt(e.media.unavailable),n()}catch(S){N&&await Yt(N),u(S.fields||{}),d(`${o.failed} ${S.message}`),f(!1)}}return l`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${r?o.addVmbox:o.editVmbox}</h2>
    <form onSubmit=${_} novalidate>
      <${x} message=${c} />
      <div class="grid">
        <${k} id="vm_name" label=${o.name} value=${a.name} onInput=${h("name")} error=${i.name} required />
        <${k} id="vm_mailbox" label=${o.mailbox} value=${a.mailbox} onInput=${h("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${o.owner}</label>
          <select id="vm_owner" value=${a.owner_id} onChange=${v=>h("owner_id")(v.target.value)}>
            <option value="">${o.noOwner}</option>
            ${t.map(v=>l`<option key=${v.id} value=${v.id}>${v.first_name} ${v.last_name}</option>`)}
          </select>
          ${i.owner_id&&l`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${k} id="vm_pin" label=${o.pin} type="password" value=${a.pin} onInput=${h("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${o.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${v=>$(v.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?o.greetingSet:o.greetingNone}</p>
        ${i.greeting&&l`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${k} id="vm_notify" label=${o.recipients} value=${a.notify} onInput=${h("notify")} error=${i.notify_email_addresses} />
      ${Xt.map(v=>l`<div class="check" key=${v}>
          <input type="checkbox" id=${"vm_"+v} checked=${a[v]} onChange=${g=>h(v)(g.target.checked)} />
          <label for=${"vm_"+v}>${o.vmFlags[v]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${m}>${m?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${n}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var pa=62167219200,$a=e=>new Date((e-pa)*1e3).toISOString().slice(0,16).replace("T"," ");function ot({box:e,onDone:t}){let n=`vmboxes/${e.id}/messages`,[r,a]=p(null),[s,i]=p({}),u=vt([]),[c,d]=p(""),m=()=>y(`${n}?paginate=false`).then(h=>a(h.filter(_=>_.folder!=="deleted")),h=>d(h.message));C(()=>(m(),()=>u.current.forEach(h=>URL.revokeObjectURL(h))),[]);let f=h=>h.then(m,_=>d(_.message));async function b(h){if(s[h.media_id])return s[h.media_id];let _=URL.createObjectURL(await Fn(`${n}/${h.media_id}/raw`));return u.current.push(_),i(v=>({...v,[h.media_id]:_})),_}async function $(h){try{let _=document.createElement("a");_.href=await b(h),_.download=`${e.mailbox}-${h.media_id}.wav`,_.click()}catch(_){d(_.message)}}return l`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${o.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${t}>${o.vmboxes}</button>
    </div>
    <${x} message=${c} />
    ${r?r.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.messages}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.duration}</th><th>${o.folder}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${r.map(h=>l`<tr key=${h.media_id} data-message=${h.media_id} class="message">
                  <td data-label=${o.when}>${h.timestamp?$a(h.timestamp):""}</td>
                  <td data-label=${o.from}>${h.caller_id_name||""} ${h.caller_id_number||""}</td>
                  <td data-label=${o.duration}>${h.length?`${Math.round(h.length/1e3)} s`:""}</td>
                  <td data-label=${o.folder} class="folder">${o.folders[h.folder]||h.folder}</td>
                  <td class="actions">
                    ${s[h.media_id]?l`<audio controls autoplay src=${s[h.media_id]}></audio>`:l`<button onClick=${()=>b(h).catch(_=>d(_.message))}>${o.play}</button>`}
                    <button class="plain" onClick=${()=>$(h)}>${o.download}</button>
                    ${h.folder==="new"&&l`<button class="plain" onClick=${()=>f(A(`${n}/${h.media_id}`,{folder:"saved"}))}>${o.markHeard}</button>`}
                    <button class="danger" onClick=${()=>confirm(o.confirmDeleteMessage)&&f(I(`${n}/${h.media_id}`))}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}function Bo(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(null),[i,u]=p(""),c=()=>Promise.all([y("vmboxes?paginate=false"),y("users?paginate=false")]).then(([$,h])=>t({boxes:$,users:h}),$=>u($.message));C(c,[]);let d=()=>{r(null),s(null),c()};async function m($){confirm(o.confirmDeleteVmbox($.name))&&(await I(`vmboxes/${$.id}`).catch(h=>u(h.message)),c())}async function f($){try{r(await y(`vmboxes/${$.id}`))}catch(h){u(h.message)}}if(n)return l`<${Uo} box=${n} users=${e.users} onDone=${d} />`;if(a)return l`<${ot} box=${a} onDone=${d} />`;let b=$=>{let h=e.users.find(_=>_.id===$);return h?`${h.first_name} ${h.last_name}`:""};return l`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${o.vmboxes}</h2>
      <button onClick=${()=>r({})}>${o.addVmbox}</button>
    </div>
    <${x} message=${i} />
    ${e?e.boxes.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.vmboxes}>
            <thead><tr><th>${o.name}</th><th>${o.mailbox}</th><th>${o.owner}</th><th>${o.newMessages}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map($=>l`<tr key=${$.id} data-vmbox=${$.mailbox}>
                  <td data-label=${o.name}>${$.name}</td>
                  <td data-label=${o.mailbox}>${$.mailbox}</td>
                  <td data-label=${o.owner}>${b($.owner_id)}</td>
                  <td data-label=${o.newMessages} class="count">${$.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>s($)} aria-label=${o.messagesOf($.name)}>${o.messages}</button>
                    <button class="plain" onClick=${()=>f($)} aria-label=${`${o.edit} ${$.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>m($)} aria-label=${`${o.del} ${$.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}function rt(e,t){if(!(t instanceof H))throw t;let n={};for(let[r,a]of Object.entries(t.fields))n[e==="userGroup"&&r.startsWith("numbers")?"extension":r.split(".")[0]]=a;throw t.fields=n,t}async function Ro(){let[e,t]=await Promise.all([y("groups?paginate=false"),y("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let r=t.filter(a=>a.group_id===n.id);return{...n,userCf:r.find(a=>a.type==="userGroup"),baseCf:r.find(a=>a.type==="baseGroup")}})}async function jo(e){let t=[];try{let n=await O("groups",Mt({},e));t.push(()=>I(`groups/${n.id}`));let r=await O("callflows",It({},n,e));t.push(()=>I(`callflows/${r.id}`)),await O("callflows",Dt({},n,r,e)).catch(a=>rt("userGroup",a))}catch(n){for(let r of t.reverse())await r().catch(()=>{});rt("groups",n)}}async function Ho(e,t){try{let n=await A(`groups/${e.id}`,Mt(await y(`groups/${e.id}`),t)),r=await A(`callflows/${e.baseCf.id}`,It(await y(`callflows/${e.baseCf.id}`),n,t)),a=e.userCf?await y(`callflows/${e.userCf.id}`):{},s=Dt(a,n,r,t);await(e.userCf?A(`callflows/${e.userCf.id}`,s):O("callflows",s)).catch(i=>rt("userGroup",i))}catch(n){rt("groups",n)}}async function Go(e){for(let t of[e.userCf,e.baseCf])t&&await I(`callflows/${t.id}`);await I(`groups/${e.id}`)}var ue=e=>/^\d+$/.test(String(e))?Number(e):NaN;function ha(e){let t={};return e.name.trim()||(t.name=o.required),/^\d{2,8}$/.test(e.extension)||(t.extension=o.extDigits),ue(e.repeats)>=1&&ue(e.repeats)<=10||(t.repeats=o.repeatsRange),e.members.length||(t.members=o.pickMember),e.members.length>ve&&(t.members=o.tooManyMembers(ve)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=o.badTimeline),t}function qo({id:e,label:t,value:n,onChange:r,options:a,wide:s}){return l`<div class=${s?"field wide":"field"}>
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>r(i.target.value)}>
      ${a.map(([i,u])=>l`<option key=${i} value=${i}>${u}</option>`)}
    </select>
  </div>`}function zo({group:e,users:t,vmboxes:n,onDone:r}){let[a,s]=p(e.form),[i,u]=p("20"),[c,d]=p({}),[m,f]=p(""),[b,$]=p(!1),h=P=>M=>s({...a,[P]:M}),_=P=>a.members.find(M=>M.id===P),v=P=>s({...a,members:_(P.id)?a.members.filter(M=>M.id!==P.id):[...a.members,{id:P.id,delay:0,timeout:20}]}),g=(P,M,V)=>s({...a,members:a.members.map(G=>G.id===P?{...G,[M]:ue(V)}:G)});async function w(P){P.preventDefault();let M=ha(a);if(d(M),f(""),!Object.keys(M).length){$(!0);try{let V=S?a.members.map(me=>({...me,delay:0})):a.members,G={...a,members:V,name:a.name.trim(),repeats:ue(a.repeats)};await(e.id?Ho(e,G):jo(G)),r()}catch(V){d(V.fields||{}),f(`${o.failed} ${V.message}`),$(!1)}}}let N=a.members.length>=ve,S=a.strategy!=="simultaneous";return l`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?o.editGroup:o.addGroup}</h2>
    <form onSubmit=${w} novalidate>
      <${x} message=${m} />
      <div class="grid">
        <${k} id="group_name" label=${o.name} value=${a.name} onInput=${h("name")} error=${c.name} required />
        <${k} id="group_extension" label=${o.extension} value=${a.extension} onInput=${h("extension")} error=${c.extension} required inputmode="numeric" />
        <${k} id="group_repeats" label=${o.repeats} value=${String(a.repeats)} onInput=${h("repeats")} error=${c.repeats} inputmode="numeric" />
        <${qo} id="group_strategy" label=${o.strategy} value=${a.strategy} onChange=${h("strategy")} options=${Object.entries(o.strategies)} />
        <${qo} id="group_next" wide label=${o.nextAction} value=${a.next_vmbox} onChange=${h("next_vmbox")}
          options=${[["",o.notAvailable],...n.map(P=>[P.id,o.toVoicemail(P.name,P.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${o.members(a.members.length,ve)}</legend>
        ${c.members&&l`<p class="error" id="members-error" role="alert">${c.members}</p>`}
        <table class="list timeline" aria-label=${o.timeline}>
          <thead><tr><th>${o.member}</th>${!S&&l`<th>${o.startAfter}</th>`}<th>${o.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(P=>{let M=_(P.id),V=`${P.first_name} ${P.last_name}`;return l`<tr key=${P.id} data-member=${P.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+P.id} checked=${!!M} disabled=${!M&&N} onChange=${()=>v(P)} /><label for=${"m-"+P.id}>${V}</label></span></td>
                ${!S&&l`<td data-label=${o.startAfter}>${M&&l`<input class="delay" aria-label=${`${o.startAfter} ${V}`} inputmode="numeric" value=${Number.isNaN(M.delay)?"":M.delay} onInput=${G=>g(P.id,"delay",G.target.value)} />`}</td>`}
                <td data-label=${o.ringFor}>${M&&l`<input class="timeout" aria-label=${`${o.ringFor} ${V}`} inputmode="numeric" value=${Number.isNaN(M.timeout)?"":M.timeout} onInput=${G=>g(P.id,"timeout",G.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${k} id="group_total" label=${o.totalRing} value=${i} onInput=${u} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!a.members.length||!(ue(i)>=1)} onClick=${()=>s({...a,members:jn(a.members,ue(i))})}>${o.distribute}</button>
        </div>
      </fieldset>
      <div class="bar">
        <button type="submit" disabled=${b}>${b?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${r}>${o.cancel}</button>
      </div>
    </form>
  </section>`}async function ba(e){let t=e.baseCf?await y(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},r=(n.endpoints||[]).map(s=>({id:s.id,delay:Number(s.delay)||0,timeout:Number(s.timeout)||20})),a=e.userCf?(await y(`callflows/${e.userCf.id}`)).flow.children._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:a&&a.module==="voicemail"?a.data.id:"",members:r}}function Vo(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(""),i=()=>Promise.all([Ro(),y("users?paginate=false"),y("vmboxes?paginate=false")]).then(([d,m,f])=>t({groups:d,users:m,vmboxes:f}),d=>s(d.message));C(i,[]);async function u(d){try{r({...d,form:await ba(d)})}catch(m){s(m.message)}}async function c(d){confirm(o.confirmDeleteGroup(d.name))&&(await Go(d).catch(m=>s(m.message)),i())}return n?l`<${zo}
      group=${n}
      users=${e.users}
      vmboxes=${e.vmboxes}
      onDone=${()=>{r(null),i()}}
    />`:l`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${o.groups}</h2>
      <button disabled=${!e} onClick=${()=>r({form:{name:"",extension:"",repeats:1,strategy:"simultaneous",next_vmbox:"",members:[]}})}>${o.addGroup}</button>
    </div>
    <${x} message=${a} />
    ${e?e.groups.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.groups}>
            <thead><tr><th>${o.name}</th><th>${o.extension}</th><th>${o.memberCount}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.groups.map(d=>l`<tr key=${d.id} data-group=${d.name}>
                  <td data-label=${o.name}>${d.name}</td>
                  <td data-label=${o.extension} class="ext">${d.userCf&&d.userCf.numbers?d.userCf.numbers[0]:""}</td>
                  <td data-label=${o.memberCount}>${typeof d.endpoints=="number"?d.endpoints:Object.keys(d.endpoints||{}).length}</td>
                  <td class="actions">
                    <button onClick=${()=>u(d)} aria-label=${`${o.edit} ${d.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>c(d)} aria-label=${`${o.del} ${d.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}async function _a(){let[e,t]=await Promise.all([y("phone_numbers"),y("callflows?paginate=false")]);return Object.entries(e.numbers||{}).map(([n,r])=>{let a=r.used_by_id&&t.find(s=>s.id===r.used_by_id);return{number:n,usedBy:a?a.name||a.id:r.used_by_id||""}}).sort((n,r)=>n.number.localeCompare(r.number))}function Wo(){let[e,t]=p(null),[n,r]=p(""),[a,s]=p(""),[i,u]=p(""),c=()=>_a().then(t,f=>u(f.message));C(c,[]);async function d(f){f.preventDefault();let b=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(b))return s(o.badPhoneNumber);s("");try{await O(`phone_numbers/${encodeURIComponent(b)}`,{}),r(""),c()}catch($){s($.fields.number||$.message)}}async function m(f){confirm(o.confirmDeleteNumber(f))&&(await I(`phone_numbers/${encodeURIComponent(f)}`).catch(b=>u(b.message)),c())}return l`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${o.numbers}</h2>
    <${x} message=${i} />
    ${e?e.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.numbers}>
            <thead><tr><th>${o.number}</th><th>${o.usedBy}</th><th><span class="sr">${o.del}</span></th></tr></thead>
            <tbody>
              ${e.map(f=>l`<tr key=${f.number} data-number=${f.number}>
                  <td data-label=${o.number} class="main-number">${f.number}</td>
                  <td data-label=${o.usedBy} class="used-by">${f.usedBy||o.spare}</td>
                  <td class="actions">${!f.usedBy&&l`<button class="danger" onClick=${()=>m(f.number)} aria-label=${`${o.remove} ${f.number}`}>${o.remove}</button>`}</td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
    <form onSubmit=${d} novalidate>
      <${k} id="new_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
      <button type="submit">${o.addPhoneNumber}</button>
    </form>
  </section>`}var ga=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function va(e){let t={};e.name.trim()||(t.name=o.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=o.extDigits);for(let n of["member_pins","moderator_pins"])ga.test(e[n].trim())||(t[n]=o.pinList);return t}function Yo({conf:e,onDone:t}){let n=!e.id,[r,a]=p({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[s,i]=p({}),[u,c]=p(""),[d,m]=p(!1),f=$=>h=>a({...r,[$]:h});async function b($){$.preventDefault();let h=va(r);if(i(h),c(""),!Object.keys(h).length){m(!0);try{n?await Ye(r):await Jn(e.id,r),t()}catch(_){i(_.fields||{}),c(`${o.failed} ${_.message}`),m(!1)}}}return l`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?o.addConference:o.editConference}</h2>
    <form onSubmit=${b} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="conf_name" label=${o.name} value=${r.name} onInput=${f("name")} error=${s.name} required />
        <${k} id="conf_number" label=${o.confNumber} value=${r.number} onInput=${f("number")} error=${s.number} required inputmode="tel" />
        <${k} id="conf_member_pins" label=${o.memberPins} value=${r.member_pins} onInput=${f("member_pins")} error=${s.member_pins||s.member} inputmode="numeric" autocomplete="off" />
        <${k} id="conf_moderator_pins" label=${o.moderatorPins} value=${r.moderator_pins} onInput=${f("moderator_pins")} error=${s.moderator_pins||s.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${T} id="conf_join_muted" label=${o.joinMuted} checked=${r.join_muted} onChange=${f("join_muted")} />
      <div class="bar">
        <button type="submit" disabled=${d}>${d?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var Xo=e=>(e&&e.pins||[]).length;function Zo(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(""),i=()=>y("conferences?paginate=false").then(t,d=>s(d.message));C(i,[]);async function u(d){try{r(await y(`conferences/${d.id}`))}catch(m){s(m.message)}}async function c(d){confirm(o.confirmDeleteConference(d.name))&&(await xe(d.id).catch(m=>s(m.message)),i())}return n?l`<${Yo}
      conf=${n}
      onDone=${()=>{r(null),i()}}
    />`:l`<section aria-labelledby="conf-h">
    <div class="bar">
      <h2 id="conf-h">${o.conferences}</h2>
      <button onClick=${()=>r({})}>${o.addConference}</button>
    </div>
    <${x} message=${a} />
    ${e?e.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.conferences}>
            <thead><tr><th>${o.name}</th><th>${o.confNumber}</th><th>${o.pins}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(d=>l`<tr key=${d.id} data-conference=${d.name}>
                  <td data-label=${o.name}>${d.name}</td>
                  <td data-label=${o.confNumber} class="ext">${(d.conference_numbers||[]).join(", ")}</td>
                  <td data-label=${o.pins} class="pins">${o.pinSummary(Xo(d.member),Xo(d.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>u(d)} aria-label=${`${o.edit} ${d.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>c(d)} aria-label=${`${o.del} ${d.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}var ya=(e,t)=>({...e,numbers:e.numbers.map(n=>n.replace("{code}",t)),patterns:e.patterns.map(n=>n.replace("{code}",t.replace(/\*/g,"\\*"))),featurecode:{...e.featurecode,number:t}}),wa=e=>/^[0-9*]{1,6}$/.test(e),xa=(e,t)=>(e.star?`*${t}`:t)+(e.takes_digits?"\u2026":"");function ka({row:e,taken:t,onSaved:n}){let[r,a]=p(e.number),[s,i]=p(e.enabled),[u,c]=p(""),[d,m]=p(!1),f=r!==e.number||s!==e.enabled,b=`fc-${e.name.replace(/[^a-z0-9]/gi,"_")}`,$=o.fcNames[e.name]||e.name;async function h(){if(s&&!wa(r))return c(o.fcDigits);if(s&&t(e,r))return c(o.fcTaken(xa(e,r)));c(""),m(!0);try{let _=ya(e.template,r);s?e.enabled?await j(`callflows/${e.callflow_id}`,{numbers:_.numbers,patterns:_.patterns,featurecode:_.featurecode}):await O("callflows",_):await I(`callflows/${e.callflow_id}`),n()}catch(_){c(_.fields.numbers||_.fields.patterns||_.message),m(!1)}}return l`<tr data-code=${e.name} class=${e.handled?"":"muted"}>
    <td data-label=${o.fcWhat}>${$}${!e.handled&&l`<br /><small>${o.fcNotRun}</small>`}</td>
    <td data-label=${o.fcCode}>
      <span class="code-input">${e.star?"*":""}<input id=${b} aria-label=${`${o.fcCode}: ${$}`} value=${r} inputmode="tel" size="6"
        aria-invalid=${u?"true":void 0} onInput=${_=>a(_.target.value.trim())} disabled=${!s} />${e.takes_digits?"\u2026":""}</span>
      ${u&&l`<p class="error" role="alert">${u}</p>`}
    </td>
    <td data-label=${o.fcOn}><input type="checkbox" aria-label=${`${o.fcOn}: ${$}`} checked=${s} disabled=${!e.handled&&!e.enabled}
      onChange=${_=>i(_.target.checked)} /></td>
    <td class="actions">${f&&l`<button type="button" disabled=${d} onClick=${h} aria-label=${`${o.save}: ${$}`}>${o.save}</button>`}</td>
  </tr>`}function Ko(){let[e,t]=p(null),[n,r]=p(""),a=()=>y("feature_codes").then(t,i=>r(i.message));C(a,[]);let s=(i,u)=>e.some(c=>c!==i&&c.enabled&&c.star===i.star&&c.number===u);return l`<section aria-labelledby="fc-h">
    <h2 id="fc-h">${o.featureCodes}</h2>
    <p class="hint">${o.fcHint}</p>
    <${x} message=${n} />
    ${e?l`<table class="list" aria-label=${o.featureCodes}>
          <thead><tr><th>${o.fcWhat}</th><th>${o.fcCode}</th><th>${o.fcOn}</th><th><span class="sr">${o.save}</span></th></tr></thead>
          <tbody>${e.map(i=>l`<${ka} key=${`${i.name}/${i.callflow_id}/${i.number}`} row=${i} taken=${s} onSaved=${a} />`)}</tbody>
        </table>`:l`<p>${o.loading}</p>`}
  </section>`}var Ca=5e3;function Sa({userId:e}){let[t,n]=p(null),[r,a]=p("");return C(()=>{let s=()=>y(`users/${e}/devices`).then(n,u=>a(u.message));s();let i=setInterval(s,Ca);return()=>clearInterval(i)},[]),l`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${o.myDevices}</h3>
    <${x} message=${r} />
    ${t?t.length===0?o.none:l`<ul class="my-devices">
            ${t.map(s=>l`<li key=${s.id} data-device=${s.name}>
                <span class=${s.registered?"dot on":"dot"}>${s.name} · ${s.registered?o.registered:o.notRegistered}</span>
              </li>`)}
          </ul>`:o.loading}
  </div>`}function Jo(){let[e,t]=p(null),[n,r]=p("");return C(()=>{y(`users/${E.value.owner}`).then(t,a=>r(a.message))},[]),l`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:o.myPhone}</h2>
    <${x} message=${n} />
    ${e&&l`<div class="stack">
      <${Sa} userId=${e.id} />
      <${Ve} user=${e} onSaved=${t} />
      <${We} userId=${e.id} />
      <${de} username=${e.username} />
    </div>`}
  </section>`}async function Na(e,t){let n=await fetch("/v2/"+Y(`vmboxes/${e}/greeting`),{method:"POST",headers:{"X-Auth-Token":E.value.token,"Content-Type":Wt(t),Accept:"application/json"},body:t});if(!n.ok)throw new H(n.status,await n.json().catch(()=>null))}function Qo({box:e}){let[t,n]=p(""),[r,a]=p(""),[s,i]=p(null),[u,c]=p({}),[d,m]=p(""),[f,b]=p(!1),$=()=>y(`vmboxes/${e.id}`).then(g=>b(!!(g.media&&g.media.unavailable)),()=>{});C($,[]);let h=g=>`${g}_${e.mailbox}`;async function _(g){g.preventDefault(),m("");let w={};if(/^\d{4,6}$/.test(t)?t!==r&&(w.again=o.pinMismatch):w.pin=o.pinDigits,c(w),!Object.keys(w).length)try{await j(`vmboxes/${e.id}`,{pin:t}),n(""),a(""),m("pin")}catch(N){c({pin:N.fields.pin||N.message})}}async function v(g){if(g.preventDefault(),m(""),!s||!nt(s))return c({greeting:o.greetingType});c({});try{await Na(e.id,s),m("greeting"),$()}catch(w){c({greeting:w.fields.media||w.message})}}return l`<div class="card" data-settings=${e.mailbox}>
    <h3>${o.boxSettings(e.name,e.mailbox)}</h3>
    <form onSubmit=${_} novalidate>
      <${k} id=${h("pin")} label=${o.newPin} type="password" value=${t} onInput=${n} error=${u.pin} inputmode="numeric" autocomplete="new-password" />
      <${k} id=${h("pin_again")} label=${o.newPinAgain} type="password" value=${r} onInput=${a} error=${u.again} inputmode="numeric" autocomplete="new-password" />
      <div class="bar"><button type="submit">${o.changePin}</button>${d==="pin"&&l`<span class="ok" role="status">${o.pinChanged}</span>`}</div>
    </form>
    <form onSubmit=${v} novalidate>
      <div class="field">
        <label for=${h("greeting")}>${o.greeting}</label>
        <input id=${h("greeting")} type="file" accept="audio/wav,audio/mpeg,.wav,.mp3" aria-invalid=${u.greeting?"true":void 0}
          onChange=${g=>i(g.target.files[0]||null)} />
        ${u.greeting&&l`<p class="error" id=${h("greeting")+"-error"} role="alert">${u.greeting}</p>`}
        <p class="hint">${f?o.greetingSet:o.greetingNone}</p>
      </div>
      <div class="bar"><button type="submit">${o.uploadGreeting}</button>${d==="greeting"&&l`<span class="ok" role="status">${o.greetingSaved}</span>`}</div>
    </form>
  </div>`}function er(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(""),i=()=>y("vmboxes?paginate=false").then(t,u=>s(u.message));return C(i,[]),n?l`<${ot}
      box=${n}
      onDone=${()=>{r(null),i()}}
    />`:l`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${o.vmboxes}</h2>
    <${x} message=${a} />
    ${e?e.length===0?l`<p>${o.noBox}</p>`:l`<ul class="numbers">
            ${e.map(u=>l`<li key=${u.id} data-vmbox=${u.mailbox}>
                <span>${u.name} (${u.mailbox}) · ${o.messageCount(u.messages||0)}</span>
                <button onClick=${()=>r(u)} aria-label=${o.messagesOf(u.name)}>${o.messages}</button>
              </li>`)}
          </ul>`:l`<p>${o.loading}</p>`}
    ${e&&l`<div class="stack">${e.map(u=>l`<${Qo} key=${u.id} box=${u} />`)}</div>`}
  </section>`}var Pa={dashboard:[o.dashboard,Rn],users:[o.users,co],devices:[o.devices,fo],groups:[o.groups,Vo],calls:[o.callLogs,$o],main:[o.mainNumber,Ze],voicemail:[o.vmboxes,Bo],conferences:[o.conferences,Zo],codes:[o.featureCodes,Ko],numbers:[o.numbers,Wo],settings:[o.settings,Ao]},Ea={me:[o.myPhone,Jo],myvoicemail:[o.vmboxes,er],mycalls:[o.myCalls,ho]},at=()=>E.value&&E.value.admin===!1?Ea:Pa,Zt=z(location.hash.slice(1));addEventListener("hashchange",()=>Zt.value=location.hash.slice(1));var Oa=()=>Zt.value in at()?Zt.value:Object.keys(at())[0],tr=null;oe(()=>{let e=E.value;e||(re.value=null),e&&e.admin!==!1&&tr!==e.token&&(tr=e.token,Oo().catch(()=>{}))});function Ma(){if(!E.value)return l`<${Un} />`;let e=Oa(),[,t]=at()[e];return l`<header>
      <strong>${o.app}</strong>
      <nav aria-label=${o.menu}>
        ${Object.entries(at()).map(([n,[r]])=>l`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${r}</a>`)}
      </nav>
      <button class="plain" onClick=${Be}>${o.logout}</button>
    </header>
    <main>${re.value?l`<${Io} />`:l`<${t} key=${e} />`}</main>`}ht(l`<${Ma} />`,document.getElementById("app"));
