var ke,A,Zt,nt,Q,qt,Jt,Qe,Qt,ot,et,tt,sr,pe={},en=[],ir=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,rt=Array.isArray;function X(e,t){for(var n in t)e[n]=t[n];return e}function at(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Ce(e,t,n){var r,a,s,i={};for(s in t)s=="key"?r=t[s]:s=="ref"?a=t[s]:i[s]=t[s];if(arguments.length>2&&(i.children=arguments.length>3?ke.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)i[s]===void 0&&(i[s]=e.defaultProps[s]);return we(e,i,r,a,null)}function we(e,t,n,r,a){var s={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:a??++Zt,__i:-1,__u:0};return a==null&&A.vnode!=null&&A.vnode(s),s}function Se(e){return e.children}function ee(e,t){this.props=e,this.context=t}function se(e,t){if(t==null)return e.__?se(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?se(e):null}function tn(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return tn(e)}}function Kt(e){(!e.__d&&(e.__d=!0)&&Q.push(e)&&!xe.__r++||qt!==A.debounceRendering)&&((qt=A.debounceRendering)||Jt)(xe)}function xe(){var e,t,n,r,a,s,i,c;for(Q.sort(Qe);e=Q.shift();)e.__d&&(t=Q.length,r=void 0,s=(a=(n=e).__v).__e,i=[],c=[],n.__P&&((r=X({},a)).__v=a.__v+1,A.vnode&&A.vnode(r),st(n.__P,r,a,n.__n,n.__P.namespaceURI,32&a.__u?[s]:null,i,s??se(a),!!(32&a.__u),c),r.__v=a.__v,r.__.__k[r.__i]=r,rn(i,r,c),r.__e!=s&&tn(r)),Q.length>t&&Q.sort(Qe));xe.__r=0}function nn(e,t,n,r,a,s,i,c,l,u,f){var m,b,$,h,_,v,g=r&&r.__k||en,w=t.length;for(l=lr(n,t,g,l,w),m=0;m<w;m++)($=n.__k[m])!=null&&(b=$.__i===-1?pe:g[$.__i]||pe,$.__i=m,v=st(e,$,b,a,s,i,c,l,u,f),h=$.__e,$.ref&&b.ref!=$.ref&&(b.ref&&it(b.ref,null,$),f.push($.ref,$.__c||h,$)),_==null&&h!=null&&(_=h),4&$.__u||b.__k===$.__k?l=on($,l,e):typeof $.type=="function"&&v!==void 0?l=v:h&&(l=h.nextSibling),$.__u&=-7);return n.__e=_,l}function lr(e,t,n,r,a){var s,i,c,l,u,f=n.length,m=f,b=0;for(e.__k=new Array(a),s=0;s<a;s++)(i=t[s])!=null&&typeof i!="boolean"&&typeof i!="function"?(l=s+b,(i=e.__k[s]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?we(null,i,null,null,null):rt(i)?we(Se,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?we(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,c=null,(u=i.__i=dr(i,n,l,m))!==-1&&(m--,(c=n[u])&&(c.__u|=2)),c==null||c.__v===null?(u==-1&&b--,typeof i.type!="function"&&(i.__u|=4)):u!=l&&(u==l-1?b--:u==l+1?b++:(u>l?b--:b++,i.__u|=4))):e.__k[s]=null;if(m)for(s=0;s<f;s++)(c=n[s])!=null&&!(2&c.__u)&&(c.__e==r&&(r=se(c)),an(c,c));return r}function on(e,t,n){var r,a;if(typeof e.type=="function"){for(r=e.__k,a=0;r&&a<r.length;a++)r[a]&&(r[a].__=e,t=on(r[a],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=se(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function dr(e,t,n,r){var a,s,i=e.key,c=e.type,l=t[n];if(l===null||l&&i==l.key&&c===l.type&&!(2&l.__u))return n;if(r>(l!=null&&!(2&l.__u)?1:0))for(a=n-1,s=n+1;a>=0||s<t.length;){if(a>=0){if((l=t[a])&&!(2&l.__u)&&i==l.key&&c===l.type)return a;a--}if(s<t.length){if((l=t[s])&&!(2&l.__u)&&i==l.key&&c===l.type)return s;s++}}return-1}function Yt(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||ir.test(t)?n:n+"px"}function ye(e,t,n,r,a){var s;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||Yt(e.style,t,"");if(n)for(t in n)r&&n[t]===r[t]||Yt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(Qt,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=n,n?r?n.u=r.u:(n.u=ot,e.addEventListener(t,s?tt:et,s)):e.removeEventListener(t,s?tt:et,s);else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function Xt(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=ot++;else if(t.t<n.u)return;return n(A.event?A.event(t):t)}}}function st(e,t,n,r,a,s,i,c,l,u){var f,m,b,$,h,_,v,g,w,M,C,N,O,F,R,J,Je,K=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(l=!!(32&n.__u),s=[c=t.__e=n.__e]),(f=A.__b)&&f(t);e:if(typeof K=="function")try{if(g=t.props,w="prototype"in K&&K.prototype.render,M=(f=K.contextType)&&r[f.__c],C=f?M?M.props.value:f.__:r,n.__c?v=(m=t.__c=n.__c).__=m.__E:(w?t.__c=m=new K(g,C):(t.__c=m=new ee(g,C),m.constructor=K,m.render=ur),M&&M.sub(m),m.props=g,m.state||(m.state={}),m.context=C,m.__n=r,b=m.__d=!0,m.__h=[],m._sb=[]),w&&m.__s==null&&(m.__s=m.state),w&&K.getDerivedStateFromProps!=null&&(m.__s==m.state&&(m.__s=X({},m.__s)),X(m.__s,K.getDerivedStateFromProps(g,m.__s))),$=m.props,h=m.state,m.__v=t,b)w&&K.getDerivedStateFromProps==null&&m.componentWillMount!=null&&m.componentWillMount(),w&&m.componentDidMount!=null&&m.__h.push(m.componentDidMount);else{if(w&&K.getDerivedStateFromProps==null&&g!==$&&m.componentWillReceiveProps!=null&&m.componentWillReceiveProps(g,C),!m.__e&&(m.shouldComponentUpdate!=null&&m.shouldComponentUpdate(g,m.__s,C)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(m.props=g,m.state=m.__s,m.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(fe){fe&&(fe.__=t)}),N=0;N<m._sb.length;N++)m.__h.push(m._sb[N]);m._sb=[],m.__h.length&&i.push(m);break e}m.componentWillUpdate!=null&&m.componentWillUpdate(g,m.__s,C),w&&m.componentDidUpdate!=null&&m.__h.push(function(){m.componentDidUpdate($,h,_)})}if(m.context=C,m.props=g,m.__P=e,m.__e=!1,O=A.__r,F=0,w){for(m.state=m.__s,m.__d=!1,O&&O(t),f=m.render(m.props,m.state,m.context),R=0;R<m._sb.length;R++)m.__h.push(m._sb[R]);m._sb=[]}else do m.__d=!1,O&&O(t),f=m.render(m.props,m.state,m.context),m.state=m.__s;while(m.__d&&++F<25);m.state=m.__s,m.getChildContext!=null&&(r=X(X({},r),m.getChildContext())),w&&!b&&m.getSnapshotBeforeUpdate!=null&&(_=m.getSnapshotBeforeUpdate($,h)),c=nn(e,rt(J=f!=null&&f.type===Se&&f.key==null?f.props.children:f)?J:[J],t,n,r,a,s,i,c,l,u),m.base=t.__e,t.__u&=-161,m.__h.length&&i.push(m),v&&(m.__E=m.__=null)}catch(fe){if(t.__v=null,l||s!=null)if(fe.then){for(t.__u|=l?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;s[s.indexOf(c)]=null,t.__e=c}else for(Je=s.length;Je--;)at(s[Je]);else t.__e=n.__e,t.__k=n.__k;A.__e(fe,t,n)}else s==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):c=t.__e=cr(n.__e,t,n,r,a,s,i,l,u);return(f=A.diffed)&&f(t),128&t.__u?void 0:c}function rn(e,t,n){for(var r=0;r<n.length;r++)it(n[r],n[++r],n[++r]);A.__c&&A.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(s){s.call(a)})}catch(s){A.__e(s,a.__v)}})}function cr(e,t,n,r,a,s,i,c,l){var u,f,m,b,$,h,_,v=n.props,g=t.props,w=t.type;if(w=="svg"?a="http://www.w3.org/2000/svg":w=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),s!=null){for(u=0;u<s.length;u++)if(($=s[u])&&"setAttribute"in $==!!w&&(w?$.localName==w:$.nodeType==3)){e=$,s[u]=null;break}}if(e==null){if(w==null)return document.createTextNode(g);e=document.createElementNS(a,w,g.is&&g),c&&(A.__m&&A.__m(t,s),c=!1),s=null}if(w===null)v===g||c&&e.data===g||(e.data=g);else{if(s=s&&ke.call(e.childNodes),v=n.props||pe,!c&&s!=null)for(v={},u=0;u<e.attributes.length;u++)v[($=e.attributes[u]).name]=$.value;for(u in v)if($=v[u],u!="children"){if(u=="dangerouslySetInnerHTML")m=$;else if(!(u in g)){if(u=="value"&&"defaultValue"in g||u=="checked"&&"defaultChecked"in g)continue;ye(e,u,null,$,a)}}for(u in g)$=g[u],u=="children"?b=$:u=="dangerouslySetInnerHTML"?f=$:u=="value"?h=$:u=="checked"?_=$:c&&typeof $!="function"||v[u]===$||ye(e,u,$,v[u],a);if(f)c||m&&(f.__html===m.__html||f.__html===e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(m&&(e.innerHTML=""),nn(e,rt(b)?b:[b],t,n,r,w=="foreignObject"?"http://www.w3.org/1999/xhtml":a,s,i,s?s[0]:n.__k&&se(n,0),c,l),s!=null)for(u=s.length;u--;)at(s[u]);c||(u="value",w=="progress"&&h==null?e.removeAttribute("value"):h!==void 0&&(h!==e[u]||w=="progress"&&!h||w=="option"&&h!==v[u])&&ye(e,u,h,v[u],a),u="checked",_!==void 0&&_!==e[u]&&ye(e,u,_,v[u],a))}return e}function it(e,t,n){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(a){A.__e(a,n)}}function an(e,t,n){var r,a;if(A.unmount&&A.unmount(e),(r=e.ref)&&(r.current&&r.current!==e.__e||it(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(s){A.__e(s,t)}r.base=r.__P=null}if(r=e.__k)for(a=0;a<r.length;a++)r[a]&&an(r[a],t,n||typeof e.type!="function");n||at(e.__e),e.__c=e.__=e.__e=void 0}function ur(e,t,n){return this.constructor(e,n)}function lt(e,t,n){var r,a,s,i;t==document&&(t=document.documentElement),A.__&&A.__(e,t),a=(r=typeof n=="function")?null:n&&n.__k||t.__k,s=[],i=[],st(t,e=(!r&&n||t).__k=Ce(Se,null,[e]),a||pe,pe,t.namespaceURI,!r&&n?[n]:a?null:t.firstChild?ke.call(t.childNodes):null,s,!r&&n?n:a?a.__e:t.firstChild,r,i),rn(s,e,i)}ke=en.slice,A={__e:function(e,t,n,r){for(var a,s,i;t=t.__;)if((a=t.__c)&&!a.__)try{if((s=a.constructor)&&s.getDerivedStateFromError!=null&&(a.setState(s.getDerivedStateFromError(e)),i=a.__d),a.componentDidCatch!=null&&(a.componentDidCatch(e,r||{}),i=a.__d),i)return a.__E=a}catch(c){e=c}throw e}},Zt=0,nt=function(e){return e!=null&&e.constructor==null},ee.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=X({},this.state),typeof e=="function"&&(e=e(X({},n),this.props)),e&&X(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),Kt(this))},ee.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Kt(this))},ee.prototype.render=Se,Q=[],Jt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Qe=function(e,t){return e.__v.__b-t.__v.__b},xe.__r=0,Qt=/(PointerCapture)$|Capture$/i,ot=0,et=Xt(!1),tt=Xt(!0),sr=0;var ln=function(e,t,n,r){var a;t[0]=0;for(var s=1;s<t.length;s++){var i=t[s++],c=t[s]?(t[0]|=i?1:2,n[t[s++]]):t[++s];i===3?r[0]=c:i===4?r[1]=Object.assign(r[1]||{},c):i===5?(r[1]=r[1]||{})[t[++s]]=c:i===6?r[1][t[++s]]+=c+"":i?(a=e.apply(c,ln(e,c,n,["",null])),r.push(a),c[0]?t[0]|=2:(t[s-2]=0,t[s]=a)):r.push(c)}return r},sn=new Map;function dn(e){var t=sn.get(this);return t||(t=new Map,sn.set(this,t)),(t=ln(this,t.get(e)||(t.set(e,t=function(n){for(var r,a,s=1,i="",c="",l=[0],u=function(b){s===1&&(b||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?l.push(0,b,i):s===3&&(b||i)?(l.push(3,b,i),s=2):s===2&&i==="..."&&b?l.push(4,b,0):s===2&&i&&!b?l.push(5,0,!0,i):s>=5&&((i||!b&&s===5)&&(l.push(s,0,i,a),s=6),b&&(l.push(s,b,0,a),s=6)),i=""},f=0;f<n.length;f++){f&&(s===1&&u(),u(f));for(var m=0;m<n[f].length;m++)r=n[f][m],s===1?r==="<"?(u(),l=[l],s=3):i+=r:s===4?i==="--"&&r===">"?(s=1,i=""):i=r+i[0]:c?r===c?c="":i+=r:r==='"'||r==="'"?c=r:r===">"?(u(),s=1):s&&(r==="="?(s=5,a=i,i=""):r==="/"&&(s<5||n[f][m+1]===">")?(u(),s===3&&(l=l[0]),s=l,(l=l[0]).push(2,0,s),s=0):r===" "||r==="	"||r===`
`||r==="\r"?(u(),s=2):i+=r),s===3&&i==="!--"&&(s=4,l=l[0])}return u(),l}(e)),t),arguments,[])).length>1?t:t[0]}var d=dn.bind(Ce);var $e,U,dt,cn,Ee=0,_n=[],H=A,un=H.__b,mn=H.__r,fn=H.diffed,pn=H.__c,$n=H.unmount,hn=H.__;function ut(e,t){H.__h&&H.__h(U,e,Ee||t),Ee=0;var n=U.__H||(U.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function p(e){return Ee=1,mr(vn,e)}function mr(e,t,n){var r=ut($e++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):vn(void 0,t),function(c){var l=r.__N?r.__N[0]:r.__[0],u=r.t(l,c);l!==u&&(r.__N=[u,r.__[1]],r.__c.setState({}))}],r.__c=U,!U.u)){var a=function(c,l,u){if(!r.__c.__H)return!0;var f=r.__c.__H.__.filter(function(b){return!!b.__c});if(f.every(function(b){return!b.__N}))return!s||s.call(this,c,l,u);var m=r.__c.props!==c;return f.forEach(function(b){if(b.__N){var $=b.__[0];b.__=b.__N,b.__N=void 0,$!==b.__[0]&&(m=!0)}}),s&&s.call(this,c,l,u)||m};U.u=!0;var s=U.shouldComponentUpdate,i=U.componentWillUpdate;U.componentWillUpdate=function(c,l,u){if(this.__e){var f=s;s=void 0,a(c,l,u),s=f}i&&i.call(this,c,l,u)},U.shouldComponentUpdate=a}return r.__N||r.__}function S(e,t){var n=ut($e++,3);!H.__s&&gn(n.__H,t)&&(n.__=e,n.i=t,U.__H.__h.push(n))}function mt(e){return Ee=5,Pe(function(){return{current:e}},[])}function Pe(e,t){var n=ut($e++,7);return gn(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function fr(){for(var e;e=_n.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(Ne),e.__H.__h.forEach(ct),e.__H.__h=[]}catch(t){e.__H.__h=[],H.__e(t,e.__v)}}H.__b=function(e){U=null,un&&un(e)},H.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),hn&&hn(e,t)},H.__r=function(e){mn&&mn(e),$e=0;var t=(U=e.__c).__H;t&&(dt===U?(t.__h=[],U.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(Ne),t.__h.forEach(ct),t.__h=[],$e=0)),dt=U},H.diffed=function(e){fn&&fn(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(_n.push(t)!==1&&cn===H.requestAnimationFrame||((cn=H.requestAnimationFrame)||pr)(fr)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),dt=U=null},H.__c=function(e,t){t.some(function(n){try{n.__h.forEach(Ne),n.__h=n.__h.filter(function(r){return!r.__||ct(r)})}catch(r){t.some(function(a){a.__h&&(a.__h=[])}),t=[],H.__e(r,n.__v)}}),pn&&pn(e,t)},H.unmount=function(e){$n&&$n(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(r){try{Ne(r)}catch(a){t=a}}),n.__H=void 0,t&&H.__e(t,n.__v))};var bn=typeof requestAnimationFrame=="function";function pr(e){var t,n=function(){clearTimeout(r),bn&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,100);bn&&(t=requestAnimationFrame(n))}function Ne(e){var t=U,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),U=t}function ct(e){var t=U;e.__c=e.__(),U=t}function gn(e,t){return!e||e.length!==t.length||t.some(function(n,r){return n!==e[r]})}function vn(e,t){return typeof t=="function"?t(e):t}var $r=Symbol.for("preact-signals");function ft(){if(te>1)te--;else{var e,t=!1;for(function(){var a=Oe;for(Oe=void 0;a!==void 0;){var s=a.S;if(s.v===a.v)for(var i=s.t;i!==void 0;i=i.x)i.i===a.i&&(i.i=s.i);a=a.o}}();be!==void 0;){var n=be;for(be=void 0,Me++;n!==void 0;){var r=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&xn(n))try{n.c()}catch(a){t||(e=a,t=!0)}n=r}}if(Me=0,te--,t)throw e}}var he,L=void 0;function _e(e){var t=L,n=he;L=void 0,he=void 0;try{return e()}finally{L=t,he=n}}var be=void 0,te=0,Me=0;var yn=0,Oe=void 0,Te=0;function wn(e){if(L!==void 0){var t=e.n;if(t===void 0||t.t!==L)return t={i:0,S:e,p:L.s,n:void 0,t:L,e:void 0,x:void 0,r:t},L.s!==void 0&&(L.s.n=t),L.s=t,e.n=t,32&L.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=L.s,t.n=void 0,L.s.n=t,L.s=t),t}}function B(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}B.prototype.brand=$r;B.prototype.h=function(){return!0};B.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:_e(function(){var r;(r=t.W)==null||r.call(t)}))};B.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,r=e.x;n!==void 0&&(n.x=r,e.e=void 0),r!==void 0&&(r.e=n,e.x=void 0),e===this.t&&(this.t=r,r===void 0&&_e(function(){var a;(a=t.Z)==null||a.call(t)}))}};B.prototype.subscribe=function(e){var t=this;return oe(function(){var n=t.value;_e(function(){return e(n)})},{name:"sub"})};B.prototype.valueOf=function(){return this.value};B.prototype.toString=function(){return this.value+""};B.prototype.toJSON=function(){return this.value};B.prototype.peek=function(){var e=this;return _e(function(){return e.value})};Object.defineProperty(B.prototype,"value",{get:function(){var e=wn(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Me>100)throw new Error("Cycle detected");(function(n){te!==0&&Me===0&&n.l!==yn&&(n.l=yn,Oe={S:n,v:n.v,i:n.i,o:Oe})})(this),this.v=e,this.i++,Te++,te++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{ft()}}}});function V(e,t){return new B(e,t)}function xn(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function kn(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function Cn(e){for(var t=e.s,n=void 0;t!==void 0;){var r=t.p;t.i===-1?(t.S.U(t),r!==void 0&&(r.n=t.n),t.n!==void 0&&(t.n.p=r)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=r}e.s=n}function ne(e,t){B.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Te-1,this.f=4}ne.prototype=new B;ne.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Te))return!0;if(this.g=Te,this.f|=1,this.i>0&&!xn(this))return this.f&=-2,!0;var e=L;try{kn(this),L=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return L=e,Cn(this),this.f&=-2,!0};ne.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}B.prototype.S.call(this,e)};ne.prototype.U=function(e){if(this.t!==void 0&&(B.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};ne.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(ne.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=wn(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function pt(e,t){return new ne(e,t)}function Sn(e){var t=e.j;if(e.j=void 0,typeof t=="function"){te++;var n=L;L=void 0;try{t()}catch(r){throw e.f&=-2,e.f|=8,$t(e),r}finally{L=n,ft()}}}function $t(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,Sn(e)}function hr(e){if(L!==this)throw new Error("Out-of-order effect");Cn(this),L=e,this.f&=-2;try{8&this.f&&$t(this)}finally{ft()}}function ie(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,he&&he.push(this)}ie.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};ie.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,Sn(this),kn(this),te++;var e=L;return L=this,hr.bind(this,e)};ie.prototype.N=function(){2&this.f||(this.f|=2,this.u=be,be=this)};ie.prototype.d=function(){this.f|=8,1&this.f||$t(this)};ie.prototype.dispose=function(){this.d()};function oe(e,t){var n=new ie(e,t);try{n.c()}catch(a){throw n.d(),a}var r=n.d.bind(n);return r[Symbol.dispose]=r,r}var bt,ht;function le(e,t){A[e]=t.bind(null,A[e]||function(){})}function Ae(e){ht&&ht(),ht=e&&e.S()}function Nn(e){var t=this,n=e.data,r=_r(n);r.value=n;var a=Pe(function(){for(var s=t.__v;s=s.__;)if(s.__c){s.__c.__$f|=4;break}return t.__$u.c=function(){var i,c=t.__$u.S(),l=a.value;c(),nt(l)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=l},pt(function(){var i=r.value.value;return i===0?0:i===!0?"":i||""})},[]);return a.value}Nn.displayName="_st";Object.defineProperties(B.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:Nn},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});le("__b",function(e,t){if(typeof t.type=="string"){var n,r=t.props;for(var a in r)if(a!=="children"){var s=r[a];s instanceof B&&(n||(t.__np=n={}),n[a]=s,r[a]=s.peek())}}e(t)});le("__r",function(e,t){Ae();var n,r=t.__c;r&&(r.__$f&=-2,(n=r.__$u)===void 0&&(r.__$u=n=function(a){var s;return oe(function(){s=this}),s.c=function(){r.__$f|=1,r.setState({})},s}())),bt=r,Ae(n),e(t)});le("__e",function(e,t,n,r){Ae(),bt=void 0,e(t,n,r)});le("diffed",function(e,t){Ae(),bt=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var r=t.__np,a=t.props;if(r){var s=n.U;if(s)for(var i in s){var c=s[i];c!==void 0&&!(i in r)&&(c.d(),s[i]=void 0)}else n.U=s={};for(var l in r){var u=s[l],f=r[l];u===void 0?(u=br(n,l,f,a),s[l]=u):u.o(f,a)}}}e(t)});function br(e,t,n,r){var a=t in e&&e.ownerSVGElement===void 0,s=V(n);return{o:function(i,c){s.value=i,r=c},d:oe(function(){var i=s.value.value;r[t]!==i&&(r[t]=i,a?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}le("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var r=n.U;if(r){n.U=void 0;for(var a in r){var s=r[a];s&&s.d()}}}}else{var i=t.__c;if(i){var c=i.__$u;c&&(i.__$u=void 0,c.d())}}e(t)});le("__h",function(e,t,n,r){(r<3||r===9)&&(t.__$f|=2),e(t,n,r)});ee.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var r in t)return!0;for(var a in e)if(a!=="__source"&&e[a]!==this.props[a])return!0;for(var s in this.props)if(!(s in e))return!0;return!1};function _r(e){return Pe(function(){return V(e)},[])}var gr=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],vr=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function En(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,r=new Uint32Array(n*16);t.forEach((l,u)=>r[u>>2]|=l<<u%4*8),r[t.length>>2]|=128<<t.length%4*8,r[n*16-2]=t.length*8>>>0,r[n*16-1]=Math.floor(t.length/536870912);let[a,s,i,c]=[1732584193,4023233417,2562383102,271733878];for(let l=0;l<r.length;l+=16){let[u,f,m,b]=[a,s,i,c];for(let $=0;$<64;$++){let h=$>>4,_,v;h===0?[_,v]=[f&m|~f&b,$]:h===1?[_,v]=[b&f|~b&m,(5*$+1)%16]:h===2?[_,v]=[f^m^b,(3*$+5)%16]:[_,v]=[m^(f|~b),7*$%16];let g=gr[h*4+$%4],w=u+_+vr[$]+r[l+v]>>>0;[u,b,m]=[b,m,f],f=f+(w<<g|w>>>32-g)>>>0}[a,s,i,c]=[a+u>>>0,s+f>>>0,i+m>>>0,c+b>>>0]}return[a,s,i,c].map(l=>[0,8,16,24].map(u=>(l>>>u&255).toString(16).padStart(2,"0")).join("")).join("")}var _t="edgepbx.session",E=V(yr());function yr(){try{return JSON.parse(sessionStorage.getItem(_t))||null}catch{return null}}var wr=30*60*1e3,Pn=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>Pn=Date.now(),{passive:!0});setInterval(()=>E.value&&Date.now()-Pn>wr&&De(),60*1e3);var G=class extends Error{constructor(t,n){let r={},a=n&&n.data;if(t===400&&a&&typeof a=="object")for(let[s,i]of Object.entries(a)){let c=i&&typeof i=="object"?Object.values(i)[0]:null;r[s]=c&&c.message||String(i)}super(n&&(n.message||a&&a.message)||`HTTP ${t}`),this.status=t,this.fields=r,this.body=n}};async function j(e,t,n,r=E.value&&E.value.token){let a=E.value,s={Accept:"application/json"};r&&(s["X-Auth-Token"]=r),n!==void 0&&(s["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:s,body:n===void 0?void 0:JSON.stringify({data:n})}),c=await i.json().catch(()=>null);if(i.status===401&&a&&t!=="user_auth"&&De(),!i.ok)throw new G(i.status,c);return c}async function Mn(e){let t=await fetch("/v2/"+Y(e),{headers:{"X-Auth-Token":E.value.token,Accept:"audio/*"}});if(!t.ok)throw new G(t.status,await t.json().catch(()=>null));return t.blob()}var Y=e=>`accounts/${E.value.account}/${e}`,y=async e=>(await j("GET",Y(e))).data,P=async(e,t)=>(await j("PUT",Y(e),t)).data,D=async(e,t)=>(await j("POST",Y(e),t)).data,q=async(e,t)=>(await j("PATCH",Y(e),t)).data,T=async e=>(await j("DELETE",Y(e))).data,On=(e,t,n)=>j("PUT","user_auth",{credentials:En(`${t.toLowerCase()}:${n}`),account_name:e});async function Tn(e,t,n){let r=await On(e,t,n),a={token:r.auth_token,account:r.data.account_id,owner:r.data.owner_id,accountName:e},s=(await j("GET",`accounts/${a.account}/users/${a.owner}`,void 0,a.token)).data;a.admin=s.priv_level==="admin",sessionStorage.setItem(_t,JSON.stringify(a)),E.value=a}function De(){sessionStorage.removeItem(_t),E.value=null}async function An(e,t){try{return await On(E.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var o={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension and their phones?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",extProposed:e=>`${e} is the next free extension.`,extLength:e=>`The office's extensions have ${e} digits (Settings, Country and extensions)`,failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",wdayLong:{monday:"Monday",tuesday:"Tuesday",wednesday:"Wednesday",thursday:"Thursday",friday:"Friday",saturday:"Saturday",sunday:"Sunday"},dayOpens:e=>`${e} opens`,dayCloses:e=>`${e} closes`,lunchBreak:"Lunch break",lunchStarts:"Lunch starts",lunchEnds:"Lunch ends",badLunch:"Lunch must end after it starts",template:"Template",applyTemplate:"Use template",templates:{weekdays9to17:"Mon\u2013Fri 9\u201317",weekdays8to18:"Mon\u2013Fri 8\u201318",monSat9to17:"Mon\u2013Sat 9\u201317"},hoursCsv:"Hours as CSV (day,open,close per line)",hoursCsvFile:"CSV file of hours",importHours:"Import hours",hoursCsvColumns:"a line has three fields: day,open,close",hoursCsvDay:e=>`"${e}" is not a weekday`,hoursCsvTime:"times are HH:MM (24 hours)",hoursCsvTwice:e=>`${e} is listed twice`,hoursCsvEmpty:"No hours in the file",hoursImported:"Imported; check the days and Save.",holidays:"Holidays",holidayName:"Holiday name",holidayKind:"Kind of holiday",holidayKinds:{date:"A date",range:"A date range",advanced:"Advanced (such as the fourth Thursday of November)"},holidayFrom:"Date",holidayTo:"Until",holidayOrdinal:"Which",holidayWday:"Weekday",holidayMonth:"Month",addHoliday:"Add holiday",noHolidays:"No holidays yet.",pickDate:"Pick a date",rangeBackwards:"The range ends before it starts",rangeTooLong:"A range covers less than a year",needName:"Give it a name",months:["January","February","March","April","May","June","July","August","September","October","November","December"],ordinals:{first:"First",second:"Second",third:"Third",fourth:"Fourth",fifth:"Fifth",last:"Last"},nthWeekday:(e,t,n)=>`${e} ${t} of ${n}`,openNow:"Open now",lunchNow:"Lunch break",closedNow:"Closed",holidayNow:e=>`Closed (holiday: ${e})`,closesAt:(e,t)=>`${e}, closes ${t}`,opensAt:(e,t)=>`${e}, opens ${t}`,changesAt:(e,t)=>`${e} until ${t}`,incomingHandling:"Incoming call handling",windows:{MainOpenHours:"Calls in open hours",MainLunchHours:"Calls at lunch",MainAfterHours:"Calls after hours",MainHolidays:"Calls on holidays"},handling:"Calls go to",handlingKinds:{menu:"The virtual receptionist (menu)",user:"A user",user_vm:"A user, then their voicemail",voicemail:"A voicemail box"},handlingUser:"User",handlingVmbox:"Voicemail box",noMenu:"This window has no menu yet",menuKeys:"Keys callers press",menuKey:e=>`Key ${e}`,keyElsewhere:"(set in the Callflows app)",pickUser:"Pick a user",pickVmbox:"Pick a voicemail box",userNoVmbox:"This user has no voicemail box",mainConference:"Main conference number",mainConfNumber:"Conference number",badConfNumber:"A number of 2 to 15 digits, optionally starting with +",confGreeting:"Greeting callers hear first (spoken by the box)",saveConference:"Save conference number",clockNotSet:"The box's clock is not set: calls take the after-hours way until it is",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepLocale:"Country and extensions",locale:"Country and extensions",localeHint:"The country sets the tones callers hear and how analog phones ring and show caller ID; choosing it proposes its time zone and prompt language. New users get the next free extension of the length set here.",country:"Country",countryNone:"Not set (US tones)",promptLanguage:"Prompt language (such as en-gb)",extensionLength:"Extension length (digits, 2 to 8)",extLengthRange:"A number from 2 to 8",proposedZone:e=>`Time zone ${e} is saved with the country (change it under Office).`,stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",clockUnset:"The box does not know the date and time yet: office hours are not applied (calls take the default route) until a time server answers.",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",providerAddress:"Address shown to providers",providerAddressOwn:"the box's own",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"},featureCodes:"Feature codes",fcHint:"Codes dialled from any phone of the office. A code with \u2026 takes a number dialled after it. Turning a code off frees it.",fcWhat:"What it does",fcCode:"Code",fcOn:"On",fcNotRun:"This box does not run this code yet.",fcDigits:"1 to 6 digits",fcTaken:e=>`${e} is already another code`,fcNames:{"call_forward[action=activate]":"Turn call forwarding on (to the number dialled after the code, else asked for)","call_forward[action=deactivate]":"Turn call forwarding off","call_forward[action=toggle]":"Turn call forwarding on or off","call_forward[action=update]":"Change the call forwarding number","hotdesk[action=login]":"Hot desking: sign in at this phone","hotdesk[action=logout]":"Hot desking: sign out of this phone","hotdesk[action=toggle]":"Hot desking: sign in or out","voicemail[action=check]":"Check voicemail (box number after the code, else asked for)","voicemail[single_mailbox_login]":"Check voicemail, asking for the box number",'voicemail[action="direct"]':"Leave a message straight in a box (box number after the code)",intercom:"Intercom: the extension after the code answers on its speaker","privacy[mode=full]":"Hide your caller ID for the number after the code",park_and_retrieve:"Park a call in the slot after the code, or pick it up",valet:"Park a call in the next free slot",retrieve:"Pick up the call parked in the slot after the code",directed_ext_pickup:"Answer the extension after the code while it rings","do_not_disturb[action=activate]":"Turn do not disturb on","do_not_disturb[action=deactivate]":"Turn do not disturb off","do_not_disturb[action=toggle]":"Turn do not disturb on or off",move:"Move the call to another of your phones"},followMe:"Find me follow me",followMeHint:"A call to your extension rings the phones picked here, each from its start for its ring time.",followMeOn:"Ring my phones by this timeline",pickPhone:"Pick at least one phone",boxSettings:(e,t)=>`PIN and greeting of ${e} (${t})`,newPin:"New PIN (4 to 6 digits)",newPinAgain:"New PIN again",pinMismatch:"The two PINs differ",changePin:"Change PIN",pinChanged:"PIN changed.",uploadGreeting:"Upload greeting",greetingSaved:"Greeting saved.",storage:"Storage (data partition)",storageUse:(e,t)=>`${e.toFixed(1)} GB used of ${t.toFixed(1)} GB`,lastBackup:"Last backup",backupAt:e=>`${e} UTC`,neverBackedUp:"never",certificate:"Certificate expires",certExpires:(e,t)=>`${e} (in ${t} days)`,unknown:"unknown",diskFull:e=>`The data partition is nearly full: ${e} GB free`,certSoon:e=>`The box's certificate expires in ${e} days`,certExpired:"The box's certificate has expired",csvImport:"Import users from a CSV file",csvHint:"A header line, then one user a line. Columns: first_name, last_name, username, extension, password (all needed), email, phone (yes: a desk phone). Nothing is made while a line is wrong.",csvFile:"CSV file",csvProblems:"Lines to fix",csvEmpty:"The file is empty",csvColumns:e=>`Missing columns: ${e}`,csvUnknown:e=>`Unknown columns: ${e}`,csvNoUsers:"No users in the file",csvExtra:"more fields than columns",csvDuplicate:e=>`the same as on line ${e}`,csvLine:(e,t,n)=>`Line ${e}: ${t?`${t}: `:""}${n}`,csvField:{first_name:"first name",last_name:"last name",username:"user name",email:"email",extension:"extension",password:"password"},csvMade:(e,t)=>`${e} of ${t} users made.`,stepMail:"Mail relay",mailRelay:"Mail relay (SMTP)",mailRelayHint:"The server the box sends its mails through: voicemail to email and missed-call alerts.",relayServer:"Server (host name or address)",relayHost:"A host name or IP address",port:"Port",relayPort:"A port from 1 to 65535",relayTls:"Encryption",tlsModes:{if_available:"STARTTLS when offered",always:"TLS always",never:"None"},relayUser:"Login (empty: none)",relayPasswordKeep:"Password (empty: keep the one set)",relayFrom:"Sender address",testTo:"Send a test mail to",sendTest:"Send a test mail",sending:"Sending\u2026",testSent:e=>`Sent to ${e}: the relay took it.`,stepLine:"Outside line",outsideLines:"Outside lines",noLines:"No outside line yet.",addLine:"Add an outside line",lineServer:"Provider's server",lineNumber:"Number or SIP user name",lineAuth:"Login, if not the number",linePassword:"SIP password",lineRealm:"Domain (realm), if not the server",lineRegister:"Register with the provider",lineStates:{registered:"registered",trying:"registering\u2026",failed:"registration failed",not_registering:"not registering"},ringMyPhone:"Ring my phone",ringPhonePick:"Phone to ring",ringPhoneHint:"The phone rings; answer it and the box says its extension, then goodbye.",ringing:e=>`Ringing ${e}: answer it.`,noRegisteredPhone:"No phone is registered yet: connect one (or a softphone), then come back to this step.",call:"Call",callFrom:e=>`Call from ${e}`,callNumber:"Number to call",callStarted:(e,t)=>`${e} rings: answer it to call ${t}.`,actions:"Actions",editLine:e=>`Edit the outside line ${e}`,confirmDeleteLine:e=>`Delete the outside line ${e}? Calls out no longer use it.`,fxoLines:"Analog lines (FXO)",fxoStates:{idle:"up",busy:"in use",down:"down"},fxoDialTone:{yes:"dial tone",no:"no dial tone",checking:"checking for dial tone\u2026",unknown:"dial tone not checked yet"},fxoUse:"Use as outside line",fxoInUse:e=>`Outside line: ${e}`,fxoLineName:e=>`Analog line ${e}`};function x({id:e,label:t,value:n,onInput:r,error:a,type:s="text",required:i,autocomplete:c,inputmode:l}){let u=`${e}-error`;return d`<div class="field">
    <label for=${e}>${t}</label>
    <input
      id=${e}
      name=${e}
      type=${s}
      value=${n}
      required=${i}
      autocomplete=${c}
      inputmode=${l}
      aria-invalid=${a?"true":void 0}
      aria-describedby=${a?u:void 0}
      onInput=${f=>r(f.target.value)}
    />
    ${a&&d`<p class="error" id=${u} role="alert">${a}</p>`}
  </div>`}function k({message:e}){return e?d`<p class="banner" role="alert">${e}</p>`:null}function W({id:e,label:t,checked:n,onChange:r}){return d`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${a=>r(a.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function Dn(){let[e,t]=p({account:"",username:"",password:""}),[n,r]=p(!1),[a,s]=p(""),i=l=>u=>t({...e,[l]:u});async function c(l){l.preventDefault(),r(!0),s("");try{await Tn(e.account.trim(),e.username.trim(),e.password)}catch(u){s(u.status===401?o.badLogin:u.message),r(!1)}}return d`<main class="login">
    <form onSubmit=${c} aria-label=${o.login}>
      <h1>${o.app}</h1>
      <${k} message=${a} />
      <${x} id="account" label=${o.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${x} id="username" label=${o.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${x} id="password" label=${o.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?o.signingIn:o.login}</button>
    </form>
  </main>`}var xr=5e3;async function kr(){let e=await y("resources?paginate=false");return(await Promise.all(e.map(n=>y(`resources/${n.id}/status`).then(r=>[n,r])))).flatMap(([n,r])=>r.gateways.filter(a=>a.state==="failed").map(a=>o.trunkDown(n.name||n.id,a.server)))}var Ln=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function Cr(){let[e,t,n]=await Promise.all([y("devices?with_status=true&paginate=false"),y("channels"),y("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function Sr(e){var n;let t={};for(let r of e){let a=t[n=r.device_type||"sip_device"]||(t[n]=[0,0]);a[0]+=1,r.registered&&(a[1]+=1)}return Object.entries(t).map(([r,[a,s]])=>[r,a,s]).sort((r,a)=>a[1]-r[1]||r[0].localeCompare(a[0]))}var Nr=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function Er(){let[e,t,n,r,a,s,i]=await Promise.all([y("users?paginate=false"),y("phone_numbers"),Ln(j("GET","system_status").then(l=>l.data),null),Ln(y("sip_bans"),[]),kr(),y("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),y("conferences?paginate=false")]),c=Object.values(t.numbers||{});return{users:e.length,numbers:c.length,spare:c.filter(l=>!l.used_by).length,version:n&&n.software_version,provider:n&&{address:n.provider_address},clockUnset:!!(n&&n.clock&&n.clock.set===!1),main:Nr(s.flatMap(l=>l.numbers||[])),conference:i.flatMap(l=>l.conference_numbers||[]),box:n&&Or(n),alerts:[...r.map(l=>o.banned(l.ip,l.reason)),...a,...n?Tr(n):[]]}}var gt=1024**3,Pr=.9,Mr=30;function Or({storage:e,last_backup:t,certificate:n}){return{storage:e?o.storageUse((e.total_bytes-e.free_bytes)/gt,e.total_bytes/gt):o.unknown,backup:t?o.backupAt(new Date(t.time_unix*1e3).toISOString().slice(0,16).replace("T"," ")):o.neverBackedUp,cert:n?o.certExpires(new Date(n.expires_unix*1e3).toISOString().slice(0,10),n.days_left):o.unknown}}function Tr({storage:e,certificate:t}){let n=[];return e&&e.total_bytes&&1-e.free_bytes/e.total_bytes>=Pr&&n.push(o.diskFull(Math.round(e.free_bytes/gt*10)/10)),t&&t.days_left<Mr&&n.push(t.days_left<0?o.certExpired:o.certSoon(t.days_left)),n}function de({id:e,label:t,value:n}){return d`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function In(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p("");S(()=>{Er().then(t,f=>s(f.message));let l=()=>Cr().then(r,f=>s(f.message));l();let u=setInterval(l,xr);return()=>clearInterval(u)},[]);let i=n?n.devices.filter(l=>l.registered).length:"\u2026",c=n?n.ports.filter(l=>l.state==="down"||l.alarm).map(l=>o.portDown(l.name,l.alarm)):[];return d`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${o.dashboard}</h2>
    <${k} message=${a} />
    ${e&&e.clockUnset&&d`<p class="banner" role="alert" data-alert="clock">${o.clockUnset}</p>`}
    <div class="tiles">
      <${de} id="users" label=${o.users} value=${e?e.users:"\u2026"} />
      <${de} id="devices" label=${o.devices} value=${n?n.devices.length:"\u2026"} />
      <${de} id="registered" label=${o.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${de} id="calls" label=${o.callsNow} value=${n?n.calls:"\u2026"} />
      <${de} id="numbers" label=${o.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&d`<${de} id="version" label=${o.softwareVersion} value=${e.version} />`}
    </div>
    ${n&&d`<h3>${o.devicesByType}</h3>
      <ul class="by-type">
        ${Sr(n.devices).map(([l,u,f])=>d`<li key=${l} data-type=${l}>${o.deviceTypes[l]||l}: ${o.registeredOf(f,u)}</li>`)}
      </ul>`}
    ${n&&n.ports.length>0&&d`<h3>${o.analogPorts}</h3>
      <ul class="ports">
        ${n.ports.map(l=>d`<li key=${l.name} data-port=${l.name}><span class=${l.state==="down"?"dot":"dot on"}>${l.name} · ${o.portStates[l.state]||l.state}</span></li>`)}
      </ul>`}
    ${e&&d`<dl class="facts">
      <dt>${o.mainNumbers}</dt><dd data-fact="main">${e.main.join(", ")||o.noneSet}</dd>
      <dt>${o.conferenceNumbers}</dt><dd data-fact="conference">${e.conference.join(", ")||o.noneSet}</dd>
      ${e.box&&d`<dt>${o.storage}</dt><dd data-fact="storage">${e.box.storage}</dd>
        <dt>${o.lastBackup}</dt><dd data-fact="backup">${e.box.backup}</dd>
        <dt>${o.certificate}</dt><dd data-fact="certificate">${e.box.cert}</dd>`}
      ${e.provider&&d`<dt>${o.providerAddress}</dt><dd data-fact="provider-address">${e.provider.address||o.providerAddressOwn}</dd>`}
    </dl>`}
    <h3>${o.alerts}</h3>
    ${e&&([...e.alerts,...c].length?d`<ul class="alerts">${[...e.alerts,...c].map(l=>d`<li key=${l}>${l}</li>`)}</ul>`:d`<p class="ok">${o.noAlerts}</p>`)}
  </section>`}var I=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),yt=e=>`${e.first_name} ${e.last_name}`.trim();function vt(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,r=>t[r%t.length]).join("")}function wt(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:yt(t),number:t.extension}},ui_metadata:I()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}function Le(e,t,n){return{...e,type:"mainUserCallflow",owner_id:t.id,name:o.callflowOf(yt(t)),numbers:[n],contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:{}},ui_metadata:I()}}function xt(e){return{device_type:"sip_device",name:o.phoneOf(yt(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${vt(10)}`,password:vt(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:I()}}var ge=15;function kt(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||I()}}function Ct(e,t,n){let r=Math.max(...n.members.map(a=>a.delay+a.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[vt(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:r,repeats:n.repeats,endpoints:n.members.map(a=>({id:a.id,endpoint_type:"user",delay:a.delay,timeout:a.timeout}))},children:{}},ui_metadata:e.ui_metadata||I()}}var Ar=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function St(e,t,n,r){return{...e,name:r.name,type:"userGroup",group_id:t.id,numbers:[r.extension],flow:{module:"callflow",data:{id:n.id},children:{_:Ar(r.next_vmbox)}},ui_metadata:e.ui_metadata||I()}}function Fn(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((r,a)=>({...r,delay:a*n,timeout:n}))}function Dr(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:null}function Lr(e,t){if(!(t instanceof G))throw t;let n={},r=[];for(let[a,s]of Object.entries(t.fields)){let i=Dr(e,a);i?n[i]=s:r.push(`${a}: ${s}`)}throw t.fields=n,r.length&&(t.message=r.join("; ")),t}async function re(e,t,n){try{return await t()}catch(r){for(let a of n.reverse())await a().catch(()=>{});Lr(e,r)}}async function Ie(e){let t=[],n=await re("users",()=>P("users",wt({},e)),t);t.push(()=>T(`users/${n.id}`));let r=await re("callflows",()=>P("callflows",Le({},n,e.extension)),t);return t.push(()=>T(`callflows/${r.id}`)),e.phone&&await re("devices",()=>P("devices",xt(n)),t),n}async function Un(e,t,n){let r=await y(`users/${e}`),a=await re("users",()=>D(`users/${e}`,wt(r,t)),[]);if(n){let s=await y(`callflows/${n}`);await re("callflows",()=>D(`callflows/${n}`,Le(s,a,t.extension)),[])}else await re("callflows",()=>P("callflows",Le({},a,t.extension)),[]);return t.phone&&await re("devices",()=>P("devices",xt(a)),[]),a}async function Hn(e){let[t,n]=await Promise.all([y(`callflows?filter_owner_id=${e}&paginate=false`),y(`devices?filter_owner_id=${e}&paginate=false`)]);for(let r of[...t.map(a=>`callflows/${a.id}`),...n.map(a=>`devices/${a.id}`)])await T(r);await T(`users/${e}`)}var Ir=5e3;function Nt({ownerId:e}){let[t,n]=p([]),[r,a]=p("");return S(()=>{let s=!0;j("GET",`accounts/${E.value.account}`).then(l=>s&&a(l.data.realm||""));async function i(){let l=await y(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),u=await Promise.all(l.map(f=>y(`devices/${f.id}`)));s&&n(u.map((f,m)=>({...f,registered:l[m].registered})))}i().catch(()=>{});let c=setInterval(()=>i().catch(()=>{}),Ir);return()=>{s=!1,clearInterval(c)}},[e]),t.map(s=>d`<div class="card" key=${s.id} aria-label=${o.sipCredentials}>
      <h3>${o.sipCredentials}: ${s.name}</h3>
      <dl>
        <dt>${o.sipUser}</dt><dd class="sip-user">${s.sip&&s.sip.username}</dd>
        <dt>${o.sipPassword}</dt><dd class="sip-password">${s.sip&&s.sip.password}</dd>
        <dt>${o.sipRealm}</dt><dd>${r}</dd>
        <dt>${o.status}</dt><dd class=${s.registered?"dot on":"dot"}>${s.registered?o.registered:o.notRegistered}</dd>
      </dl>
    </div>`)}function Et(e,t){return e.length<12?o.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(r=>r.test(e)).length<3?o.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?o.pwUsername:""}function ce({username:e,onDone:t}){let[n,r]=p({old:"",next:"",again:""}),[a,s]=p({}),[i,c]=p(""),[l,u]=p(!1),[f,m]=p(!1),b=h=>_=>r({...n,[h]:_});async function $(h){h.preventDefault(),m(!1);let _={};n.old||(_.old=o.required);let v=Et(n.next,e);if(v?_.next=v:n.next===n.old&&(_.next=o.pwSame),n.again!==n.next&&(_.again=o.pwMismatch),s(_),!Object.keys(_).length){u(!0),c("");try{if(!await An(e,n.old)){s({old:o.pwOldWrong});return}await q(`users/${E.value.owner}`,{password:n.next,require_password_update:!1}),r({old:"",next:"",again:""}),m(!0),t&&t()}catch(g){s(g.fields||{}),c(g.message)}finally{u(!1)}}}return d`<form onSubmit=${$} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${o.changePassword}</h3>
    <p class="hint">${o.pwRules}</p>
    <${k} message=${i} />
    <${x} id="pw_old" label=${o.pwOld} type="password" value=${n.old} onInput=${b("old")} error=${a.old} autocomplete="current-password" />
    <${x} id="pw_new" label=${o.pwNew} type="password" value=${n.next} onInput=${b("next")} error=${a.next||a.password} autocomplete="new-password" />
    <${x} id="pw_again" label=${o.pwAgain} type="password" value=${n.again} onInput=${b("again")} error=${a.again} autocomplete="new-password" />
    ${f&&d`<p class="ok" role="status">${o.pwChanged}</p>`}
    <button type="submit" disabled=${l}>${l?o.saving:o.changePassword}</button>
  </form>`}var Z=V(void 0),jn=null;async function Fe(){let e=E.value.account;if(jn===e&&Z.value!==void 0)return Z.value;let{data:t}=await j("GET",`accounts/${e}`);return jn=e,Z.value=t.edgepbx&&t.edgepbx.extension_length||null,Z.value}function Pt(e,t){return t&&e&&e.length!==t?o.extLength(t):null}async function Bn(e){let t=await y("callflows?paginate=false"),n=new Set(t.flatMap(a=>a.numbers||[])),r=10**e;for(let a=10**(e-1);a<r;a++)if(!n.has(String(a)))return String(a);return""}function Mt(e,t,n){let r={};for(let s of["first_name","last_name","username","extension"])e[s].trim()||(r[s]=o.required);e.extension&&!/^\d{2,8}$/.test(e.extension)?r.extension=o.extDigits:Pt(e.extension,n)&&(r.extension=Pt(e.extension,n));let a=(t||e.password)&&Et(e.password,e.username);return a&&(r.password=a),r}function Ue({user:e,onDone:t}){let n=!e.id,[r,a]=p({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n}),[s,i]=p({}),[c,l]=p(""),[u,f]=p(!1),[m,b]=p(null),$=w=>M=>a({...r,[w]:M}),[h,_]=p("");S(()=>{Fe().then(w=>n&&!r.extension&&w&&Bn(w)).then(w=>{w&&(_(w),a(M=>M.extension?M:{...M,extension:w}))}).catch(()=>{})},[]);async function v(w){w.preventDefault();let M=Mt(r,n,Z.value);if(i(M),l(""),!Object.keys(M).length){f(!0);try{let C=n?await Ie(r):await Un(e.id,r,e.callflow&&e.callflow.id);n||r.phone?b(C):t()}catch(C){i(C.fields||{}),l(`${o.failed} ${C.message}`)}f(!1)}}if(m)return d`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${m.first_name} ${m.last_name}</h2>
      <${Nt} ownerId=${m.id} />
      <button onClick=${()=>t({...m,extension:r.extension})}>${o.users}</button>
    </section>`;let g=e.devices&&e.devices.length>0;return d`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?o.addUser:o.editUser}</h2>
    <form onSubmit=${v} novalidate>
      <${k} message=${c} />
      <div class="grid">
        <${x} id="first_name" label=${o.firstName} value=${r.first_name} onInput=${$("first_name")} error=${s.first_name} required />
        <${x} id="last_name" label=${o.lastName} value=${r.last_name} onInput=${$("last_name")} error=${s.last_name} required />
        <${x} id="username" label=${o.username} value=${r.username} onInput=${$("username")} error=${s.username} required autocomplete="off" />
        <${x} id="email" label=${o.email} type="email" value=${r.email} onInput=${$("email")} error=${s.email} />
        <${x} id="new_password" label=${o.password} type="password" value=${r.password} onInput=${$("password")} error=${s.password} required=${n} autocomplete="new-password" />
        <${x} id="extension" label=${o.extension} value=${r.extension} onInput=${$("extension")} error=${s.extension} required inputmode="numeric" />
      </div>
      ${h&&d`<p class="hint" id="extension-proposed">${o.extProposed(h)}</p>`}
      ${!g&&d`<div class="check">
        <input type="checkbox" id="phone" checked=${r.phone} onChange=${w=>a({...r,phone:w.target.checked})} />
        <label for="phone">${o.deskPhone}</label>
      </div>`}
      <div class="bar">
        <button type="submit" disabled=${u}>${u?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
    ${g&&d`<${Nt} ownerId=${e.id} />`}
  </section>`}async function Fr(){let[e,t,n]=await Promise.all([y("users?paginate=false"),y("callflows?filter_type=mainUserCallflow&paginate=false"),y("devices?with_status=true&paginate=false")]);return e.map(r=>{let a=t.find(s=>s.owner_id===r.id);return{...r,callflow:a,extension:a&&a.numbers?a.numbers[0]:"",devices:n.filter(s=>s.owner_id===r.id)}})}function Rn(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(""),i=()=>Fr().then(t,l=>s(l.message));S(i,[]);async function c(l){if(confirm(o.confirmDelete(`${l.first_name} ${l.last_name}`))){try{await Hn(l.id)}catch(u){s(u.message)}i()}}return n?d`<${Ue}
      user=${n}
      onDone=${()=>{r(null),i()}}
    />`:d`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${o.users}</h2>
      <button onClick=${()=>r({})}>${o.addUser}</button>
    </div>
    <${k} message=${a} />
    ${e?e.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.users}>
            <thead><tr><th>${o.name}</th><th>${o.username}</th><th>${o.extension}</th><th>${o.devices}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(l=>d`<tr key=${l.id} data-user=${l.username}>
                  <td data-label=${o.name}>${l.first_name} ${l.last_name}</td>
                  <td data-label=${o.username}>${l.username}</td>
                  <td data-label=${o.extension} class="ext">${l.extension}</td>
                  <td data-label=${o.devices}>
                    ${l.devices.map(u=>d`<span class=${u.registered?"dot on":"dot"}>${u.name} · ${u.registered?o.registered:o.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>r(l)} aria-label=${`${o.edit} ${l.username}`}>${o.edit}</button>
                    ${l.id!==E.value.owner&&d`<button class="danger" onClick=${()=>c(l)} aria-label=${`${o.del} ${l.username}`}>${o.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}function Gn(){let[e,t]=p(null),[n,r]=p(""),[a,s]=p(""),[i,c]=p("");S(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([u,f])=>{let m=$=>f.find(h=>h.id===$),b=u.filter($=>$.registered).map($=>{let h=m($.owner_id);return{id:$.id,label:h?`${h.first_name} ${h.last_name} \xB7 ${$.name}`:$.name}});t(b),b.length&&r(b[0].id)},u=>c(u.message))},[]);let l=async()=>{c(""),s("");try{await P(`devices/${n}/ring_test`,{}),s(o.ringing(e.find(u=>u.id===n).label))}catch(u){c(u.message)}};return e?d`<div class="ring-my-phone">
    <h3>${o.ringMyPhone}</h3>
    ${e.length===0?d`<p class="hint">${o.noRegisteredPhone}</p>`:d`<div class="field">
            <label for="ring-phone">${o.ringPhonePick}</label>
            <select id="ring-phone" value=${n} onChange=${u=>r(u.target.value)}>
              ${e.map(u=>d`<option key=${u.id} value=${u.id}>${u.label}</option>`)}
            </select>
            <p class="hint">${o.ringPhoneHint}</p>
          </div>
          <button type="button" onClick=${l}>${o.ringMyPhone}</button>`}
    ${a&&d`<p role="status">${a}</p>`}
    <${k} message=${i} />
  </div>`:d`<${k} message=${i} />`}function Wn({device:e}){let[t,n]=p(!1),[r,a]=p(""),[s,i]=p(""),[c,l]=p(""),[u,f]=p("");return t?d`<form class="call-from" onSubmit=${async b=>{b.preventDefault(),l(""),f(""),i("");try{await y(`devices/${e.id}/quickcall/${encodeURIComponent(r)}?auto_answer=false`),i(o.callStarted(e.name,r))}catch($){$.fields&&$.fields.number?f($.fields.number):l($.message)}}}>
    <${x} id=${`call-${e.id}`} label=${o.callNumber} value=${r} onInput=${a} error=${u} inputmode="tel" required />
    <button type="submit">${o.call}</button>
    ${s&&d`<p role="status">${s}</p>`}
    <${k} message=${c} />
  </form>`:d`<button type="button" class="plain" aria-label=${o.callFrom(e.name)} onClick=${()=>n(!0)}>
      ${o.call}
    </button>`}function zn(){let[e,t]=p(null),[n,r]=p("");return S(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([a,s])=>{let i=c=>s.find(l=>l.id===c);t(a.map(c=>({...c,owner:i(c.owner_id)})))},a=>r(a.message))},[]),d`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${o.devices}</h2>
    <${k} message=${n} />
    ${e?e.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.devices}>
            <thead><tr><th>${o.name}</th><th>${o.type}</th><th>${o.sipUser}</th><th>${o.owner}</th><th>${o.status}</th><th>${o.actions}</th></tr></thead>
            <tbody>
              ${e.map(a=>d`<tr key=${a.id}>
                  <td data-label=${o.name}>${a.name}</td>
                  <td data-label=${o.type}>${a.device_type}</td>
                  <td data-label=${o.sipUser}>${a.username}</td>
                  <td data-label=${o.owner}>${a.owner?`${a.owner.first_name} ${a.owner.last_name}`:""}</td>
                  <td data-label=${o.status}><span class=${a.registered?"dot on":"dot"}>${a.registered?o.registered:o.notRegistered}</span></td>
                  <td data-label=${o.actions}>${a.registered&&d`<${Wn} device=${a} />`}</td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}var Ur=86400,Hr=62167219200;function jr({leg:e}){return d`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function Br({call:e,withLegs:t}){let[n,r]=p(null),[a,s]=p(!1);async function i(){s(!a),n||r(await y(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return d`<tr class="call" data-call=${e.call_id}>
      <td data-label=${o.when}>${t?d`<button class="plain" aria-expanded=${a} onClick=${i}>${e.datetime}</button>`:e.datetime}</td>
      <td data-label=${o.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${o.to}>${e.dialed_number}</td>
      <td data-label=${o.duration}>${e.duration_seconds}s</td>
      <td data-label=${o.result}>${e.hangup_cause}</td>
    </tr>
    ${a&&d`<tr class="legs"><td colspan="5">
      <h3>${o.legs}</h3>
      ${n?d`<ul>${n.map(c=>d`<${jr} key=${c.id} leg=${c} />`)}</ul>`:o.loading}
    </td></tr>`}`}function Vn({path:e,title:t,withLegs:n}){let[r,a]=p(null),[s,i]=p("");return S(()=>{let c=Math.floor(Date.now()/1e3)+Hr;y(`${e}?created_from=${c-7*Ur}&created_to=${c+60}&page_size=100`).then(a,l=>i(l.message))},[]),d`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${k} message=${s} />
    ${r?r.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${t}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.to}</th><th>${o.duration}</th><th>${o.result}</th></tr></thead>
            <tbody>${r.map(c=>d`<${Br} key=${c.id} call=${c} withLegs=${n} />`)}</tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}var qn=()=>d`<${Vn} path="cdrs/interaction" title=${o.callLogs} withLegs=${!0} />`,Kn=()=>d`<${Vn} path=${`users/${E.value.owner}/cdrs`} title=${o.myCalls} withLegs=${!1} />`;var Rr=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],Gr=["undefinedMainNumber","0"],z=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],ue=e=>({module:"callflow",data:{id:e},children:{}});async function Xn(){let e=await y("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(l=>[l.name,l]));for(let l of Rr){if(t[l])continue;let u=t[`${l}Menu`]||await Wr(`${l}Menu`);t[`${l}Menu`]=u,t[l]=await P("callflows",{name:l,type:"main",numbers:[l],flow:ue(u.id),ui_metadata:I()})}let n=t.MainCallflow||await P("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:ue(t.MainOpenHours.id)}},ui_metadata:I()}),[r,a]=await Promise.all([y(`callflows/${n.id}`),y("temporal_rules_sets?paginate=false")]),s=new Set(a.map(l=>l.id)),i={main:r,parts:t,open:[],lunch:[],holidays:[],others:[]},c=r.flow||{};for(let l of c.data&&c.data.rules||[]){let u=(c.children||{})[l],f=u&&u.data&&u.data.id===t.MainHolidays.id;if(s.has(l)){let b=await y(`temporal_rules_sets/${l}`),$=await Promise.all((b.temporal_rules||[]).map(h=>y(`temporal_rules/${h}`).catch(()=>null)));(f?i.holidays:i.others).push({...b,rules:$.filter(Boolean)});continue}let m=await y(`temporal_rules/${l}`).catch(()=>null);m&&(f?i.holidays.push({...m,rules:[m],single:!0}):m.type==="main_lunchbreak"?i.lunch.push(m):m.type==="main_weekdays"?i.open.push(m):i.others.push(m))}return i}async function Wr(e){let t=await P("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:I()});return P("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:I()})}var Zn=e=>(e.numbers||[]).filter(t=>!Gr.includes(t));async function Jn(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=I(),e.main=await D(`callflows/${n.id}`,n)}var He=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},ve=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`,zr=e=>e[0].toUpperCase()+e.slice(1);async function Yn(e,t,n){let r=e.find(s=>s.name===t.name);if(r)return D(`temporal_rules/${r.id}`,{...r,...t});let a=await P("temporal_rules",t);return n.push(a.id),a}async function Ot(e,t="temporal_rules"){for(let n of e)await T(`${t}/${n}`).catch(()=>{})}async function Qn(e,t){let n=[],r=[],a=[];try{for(let i of z){let c=t&&t.days[i];if(!c)continue;let l={name:`Main${zr(i)}`,type:"main_weekdays",cycle:"weekly",interval:1,wdays:[i],time_window_start:He(c.start),time_window_stop:He(c.stop),ui_metadata:I()};r.push(await Yn(e.open,l,n))}if(t&&t.lunch&&r.length){let i={name:"MainLunchHours",type:"main_lunchbreak",cycle:"weekly",interval:1,wdays:z.filter(c=>t.days[c]),time_window_start:He(t.lunch.start),time_window_stop:He(t.lunch.stop),ui_metadata:I()};a=[await Yn(e.lunch,i,n)]}await Tt(e,{open:r,lunch:a})}catch(i){throw await Ot(n),i}let s=new Set([...r,...a].map(i=>i.id));for(let i of[...e.open,...e.lunch])s.has(i.id)||await T(`temporal_rules/${i.id}`);e.open=r,e.lunch=a}async function Tt(e,{open:t=e.open,lunch:n=e.lunch,holidays:r=e.holidays}={}){let{parts:a,main:s}=e,i=s.flow&&s.flow.children||{},c={};for(let f of r)c[f.id]=ue(a.MainHolidays.id);for(let f of e.others)i[f.id]&&(c[f.id]=i[f.id]);for(let f of n)c[f.id]=ue(a.MainLunchHours.id);for(let f of t)c[f.id]=ue(a.MainOpenHours.id);c._=ue(t.length?a.MainAfterHours.id:a.MainOpenHours.id);let l=[...r,...e.others,...n,...t].map(f=>f.id),u={...s,flow:{module:"temporal_route",data:{rules:l},children:c},ui_metadata:I()};e.main=await D(`callflows/${s.id}`,u)}async function eo(e,t,n){let r=[],a=null;try{for(let i of n)r.push((await P("temporal_rules",{...i,name:t,ui_metadata:I()})).id);a=await P("temporal_rules_sets",{name:t,type:"main_holidays",temporal_rules:r,ui_metadata:I()});let s={...a,rules:await Promise.all(r.map(i=>y(`temporal_rules/${i}`)))};await Tt(e,{holidays:[...e.holidays,s]}),e.holidays=[...e.holidays,s]}catch(s){throw a&&await Ot([a.id],"temporal_rules_sets"),await Ot(r),s}}async function to(e,t){let n=e.holidays.filter(r=>r.id!==t.id);await Tt(e,{holidays:n}),e.holidays=n,t.single||await T(`temporal_rules_sets/${t.id}`);for(let r of t.rules)await T(`temporal_rules/${r.id}`).catch(()=>{})}function je(e){let t=[],n=[],r="",a=!1,s=1,i=1,c=()=>{n.push(r.trim()),r=""},l=()=>{c(),n.some(u=>u!=="")&&t.push({line:i,fields:n}),n=[],i=s};for(let u=0;u<e.length;u++){let f=e[u];a?f==='"'&&e[u+1]==='"'?(r+='"',u++):f==='"'?a=!1:(f===`
`&&s++,r+=f):f==='"'?a=!0:f===","?c():f===`
`?(s++,l()):f!=="\r"&&(r+=f)}return l(),t}function oo(e,t){let n=Object.fromEntries(z.map(a=>[a,null]));for(let a of e)for(let s of a.wdays&&a.wdays.length?a.wdays:z){let i=s==="wensday"?"wednesday":s;i in n&&(n[i]={start:ve(a.time_window_start||0),stop:ve(a.time_window_stop??86400)})}let r=t[0];return{days:n,lunch:r?{start:ve(r.time_window_start||0),stop:ve(r.time_window_stop||0)}:null}}var At=(e,t,n)=>Object.fromEntries(z.map(r=>[r,e.includes(r)?{start:t,stop:n}:null])),Dt={weekdays9to17:()=>At(z.slice(0,5),"09:00","17:00"),weekdays8to18:()=>At(z.slice(0,5),"08:00","18:00"),monSat9to17:()=>At(z.slice(0,6),"09:00","17:00")},no=/^([01]\d|2[0-3]):[0-5]\d$/;function Vr(e){let t=e.toLowerCase();return t.length<2?null:z.find(n=>n.startsWith(t))||null}function ro(e){let t=Object.fromEntries(z.map(a=>[a,null])),n=[],r=je(e);r.length&&r[0].fields[0].toLowerCase()==="day"&&r.shift();for(let{line:a,fields:s}of r){let i=m=>n.push(o.csvLine(a,"",m));if(s.length!==3){i(o.hoursCsvColumns);continue}let[c,l,u]=s,f=Vr(c);f?!no.test(l)||!no.test(u)?i(o.hoursCsvTime):l<u?t[f]?i(o.hoursCsvTwice(o.wdayLong[f])):t[f]={start:l,stop:u}:i(o.badHours):i(o.hoursCsvDay(c))}return!n.length&&!r.length&&n.push(o.hoursCsvEmpty),n.length?{errors:n}:{days:t}}var qr=[31,29,31,30,31,30,31,31,30,31,30,31],Kr=(e,t)=>Array.from({length:t-e+1},(n,r)=>e+r);function ao(e){let t={cycle:"yearly",interval:1};if(e.kind==="advanced")return{rules:[{...t,ordinal:e.ordinal,wdays:[e.wday],month:Number(e.month)}]};let n=l=>/^\d{4}-\d\d-\d\d$/.test(l||"")?[Number(l.slice(5,7)),Number(l.slice(8,10))]:null,r=n(e.from);if(!r)return{field:"from",error:o.pickDate};if(e.kind==="date")return{rules:[{...t,month:r[0],days:[r[1]]}]};let a=n(e.to);if(!a)return{field:"to",error:o.pickDate};if(e.to<e.from)return{field:"to",error:o.rangeBackwards};if((Date.parse(e.to)-Date.parse(e.from))/864e5>365)return{field:"to",error:o.rangeTooLong};let s=a[0]<r[0]||a[0]===r[0]&&a[1]<r[1],i=[];for(let l=r[0];i.length<13&&(i.push(l),!(l===a[0]&&(!s||i.length>1)));l=l%12+1);return i.length>12?{field:"to",error:o.rangeTooLong}:{rules:i.map((l,u)=>{let f=u===0?r[1]:1,m=u===i.length-1?a[1]:qr[l-1];return{...t,month:l,days:Kr(f,m)}})}}function so(e){return e.rules.map(n=>{let r=o.months[(n.month||1)-1];if(n.days&&n.days.length){let s=n.days[0],i=n.days[n.days.length-1];return s===i?`${r} ${s}`:`${r} ${s}\u2013${i}`}let a=(n.wdays||[])[0];return o.nthWeekday(o.ordinals[n.ordinal||"first"],o.wdayLong[a]||a,r)}).join(", ")}function io(e){if(!e.clock_set)return o.clockNotSet;if(e.kind==="always")return o.open24;let t={open:o.openNow,rule:o.openNow,lunch:o.lunchNow,holiday:o.holidayNow(e.now.name||""),closed:o.closedNow}[e.kind],n=e.until||e.next;if(!n)return e.open?o.open24:t;let[r,a]=n.local.split("T"),s=a.slice(0,5),i=r===e.local.split("T")[0]?s:n.at_unix-e.at_unix<6*86400?`${o.wdayLong[n.weekday]} ${s}`:`${o.wdayLong[n.weekday]} ${r} ${s}`;return e.open&&!n.open?o.closesAt(t,i):n.open?o.opensAt(t,i):o.changesAt(t,i)}function Yr({onHours:e}){let[t,n]=p(""),[r,a]=p([]);function s(){let c=ro(t);a(c.errors||[]),c.days&&e(c.days)}async function i(c){let l=c.target.files[0];l&&n(await l.text())}return d`<details class="csv-hours">
    <summary>${o.importHours}</summary>
    <div class="field"><label for="hours_csv_file">${o.hoursCsvFile}</label><input id="hours_csv_file" type="file" accept=".csv,text/csv" onChange=${i} /></div>
    <div class="field">
      <label for="hours_csv">${o.hoursCsv}</label>
      <textarea id="hours_csv" rows="4" value=${t} onInput=${c=>n(c.target.value)} aria-invalid=${r.length?"true":void 0} aria-describedby=${r.length?"hours_csv-error":void 0}></textarea>
      ${r.length>0&&d`<ul class="error" id="hours_csv-error" role="alert">${r.map(c=>d`<li key=${c}>${c}</li>`)}</ul>`}
    </div>
    <button type="button" onClick=${s}>${o.importHours}</button>
  </details>`}function lo({strategy:e,onSaved:t}){let n=oo(e.open,e.lunch),[r,a]=p(e.open.length>0),[s,i]=p(e.open.length?n.days:Dt.weekdays9to17()),[c,l]=p(!!n.lunch),[u,f]=p(n.lunch||{start:"12:00",stop:"13:00"}),[m,b]=p("weekdays9to17"),[$,h]=p(""),[_,v]=p(""),g=(C,N)=>i({...s,[C]:N});async function w(C){C.preventDefault(),v("");let N=z.filter(F=>s[F]);if(r&&!N.length)return h(o.pickDay);let O=N.find(F=>!(s[F].start<s[F].stop));if(r&&O)return h(`${o.wdayLong[O]}: ${o.badHours}`);if(r&&c&&!(u.start<u.stop))return h(o.badLunch);h("");try{await Qn(e,r?{days:s,lunch:c?u:null}:null),v(o.saved),t()}catch(F){h(Object.entries(F.fields||{}).map(([R,J])=>`${R}: ${J}`).join("; ")||F.message)}}let M=C=>{i(C),a(!0),v(o.hoursImported)};return d`<form onSubmit=${w} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${o.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!r} onChange=${()=>a(!1)} /><label for="h24">${o.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${r} onChange=${()=>a(!0)} /><label for="hcustom">${o.openCustom}</label></div>
    ${r&&d`<fieldset>
      <legend class="sr">${o.openCustom}</legend>
      <div class="field template">
        <label for="hours_template">${o.template}</label>
        <select id="hours_template" value=${m} onChange=${C=>b(C.target.value)}>
          ${Object.entries(o.templates).map(([C,N])=>d`<option key=${C} value=${C}>${N}</option>`)}
        </select>
        <button type="button" class="plain" onClick=${()=>i(Dt[m]())}>${o.applyTemplate}</button>
      </div>
      <table class="week">
        <tbody>
          ${z.map(C=>{let N=s[C];return d`<tr key=${C}>
              <td><${W} id=${"day-"+C} label=${o.wdayLong[C]} checked=${!!N} onChange=${O=>g(C,O?{start:"09:00",stop:"17:00"}:null)} /></td>
              <td>${N&&d`<input type="time" aria-label=${o.dayOpens(o.wdayLong[C])} value=${N.start} onInput=${O=>g(C,{...N,start:O.target.value})} />`}</td>
              <td>${N&&d`<input type="time" aria-label=${o.dayCloses(o.wdayLong[C])} value=${N.stop} onInput=${O=>g(C,{...N,stop:O.target.value})} />`}</td>
            </tr>`})}
        </tbody>
      </table>
      <${W} id="lunch" label=${o.lunchBreak} checked=${c} onChange=${l} />
      ${c&&d`<div class="grid">
        <${x} id="lunch_start" label=${o.lunchStarts} type="time" value=${u.start} onInput=${C=>f({...u,start:C})} />
        <${x} id="lunch_stop" label=${o.lunchEnds} type="time" value=${u.stop} onInput=${C=>f({...u,stop:C})} />
      </div>`}
      <${Yr} onHours=${M} />
    </fieldset>`}
    ${$&&d`<p class="error" role="alert">${$}</p>`}
    ${_&&d`<p class="ok" role="status">${_}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}var co={name:"",kind:"date",from:"",to:"",ordinal:"fourth",wday:"thursday",month:"11"};function Be({id:e,label:t,value:n,onChange:r,options:a}){return d`<div class="field">
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${s=>r(s.target.value)}>
      ${a.map(([s,i])=>d`<option key=${s} value=${s}>${i}</option>`)}
    </select>
  </div>`}function uo({strategy:e,onSaved:t}){let[n,r]=p(co),[a,s]=p({}),[i,c]=p(""),l=m=>b=>r({...n,[m]:b});async function u(m){m.preventDefault(),c("");let b=n.name.trim();if(!b)return s({name:o.needName});let $=ao(n);if($.error)return s({[$.field]:$.error});s({});try{await eo(e,b,$.rules),r(co),t()}catch(h){let _=h.fields||{};_.name?s({name:_.name}):c(Object.entries(_).map(([v,g])=>`${v}: ${g}`).join("; ")||h.message)}}async function f(m){c("");try{await to(e,m),t()}catch(b){c(b.message)}}return d`<form onSubmit=${u} aria-labelledby="holidays-h" novalidate>
    <h3 id="holidays-h">${o.holidays}</h3>
    ${e.holidays.length===0&&d`<p>${o.noHolidays}</p>`}
    <ul class="holidays">
      ${e.holidays.map(m=>d`<li key=${m.id}>
          <span class="holiday"><strong>${m.name}</strong> ${so(m)}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${m.name}`} onClick=${()=>f(m)}>${o.remove}</button>
        </li>`)}
    </ul>
    <${x} id="holiday_name" label=${o.holidayName} value=${n.name} onInput=${l("name")} error=${a.name} />
    <${Be} id="holiday_kind" label=${o.holidayKind} value=${n.kind} onChange=${l("kind")} options=${Object.entries(o.holidayKinds)} />
    ${n.kind!=="advanced"&&d`<div class="grid">
      <${x} id="holiday_from" label=${o.holidayFrom} type="date" value=${n.from} onInput=${l("from")} error=${a.from} />
      ${n.kind==="range"&&d`<${x} id="holiday_to" label=${o.holidayTo} type="date" value=${n.to} onInput=${l("to")} error=${a.to} />`}
    </div>`}
    ${n.kind==="advanced"&&d`<div class="grid">
      <${Be} id="holiday_ordinal" label=${o.holidayOrdinal} value=${n.ordinal} onChange=${l("ordinal")} options=${Object.entries(o.ordinals)} />
      <${Be} id="holiday_wday" label=${o.holidayWday} value=${n.wday} onChange=${l("wday")} options=${z.map(m=>[m,o.wdayLong[m]])} />
      <${Be} id="holiday_month" label=${o.holidayMonth} value=${n.month} onChange=${l("month")} options=${o.months.map((m,b)=>[String(b+1),m])} />
    </div>`}
    ${i&&d`<p class="error" role="alert">${i}</p>`}
    <button type="submit">${o.addHoliday}</button>
  </form>`}var Xr=3e4;function mo({callflowId:e,version:t}){let[n,r]=p(null);return S(()=>{let a=!0,s=()=>y(`callflows/${e}/office_status`).then(c=>a&&r(c),()=>a&&r(null));s();let i=setInterval(s,Xr);return()=>{a=!1,clearInterval(i)}},[e,t]),n?d`<p class="office-line ${n.open?"is-open":"is-closed"}" aria-live="polite" data-kind=${n.kind}>${io(n)}</p>`:null}var Lt=["MainOpenHours","MainLunchHours","MainAfterHours","MainHolidays"];function Zr(e){let t=e||{},n=t.data&&t.data.id;if(t.module==="user"){let r=t.children&&t.children._;return r&&r.module==="voicemail"?{how:"user_vm",target:n}:{how:"user",target:n}}return t.module==="voicemail"?{how:"voicemail",target:n}:{how:"menu",target:""}}function Jr(e,{how:t,target:n},r,a){let s=(c,l)=>({module:c,data:{id:l},children:{}});if(t==="menu"){let c=r[`${e}Menu`];if(!c)throw new Error(o.noMenu);return{module:"callflow",data:{id:c.id},children:{}}}if(!n)throw new Error(t==="voicemail"?o.pickVmbox:o.pickUser);if(t==="voicemail")return s("voicemail",n);let i={module:"user",data:{id:n,timeout:20,can_call_self:!1},children:{}};if(t==="user_vm"){let c=a.find(l=>l.owner_id===n);if(!c)throw new Error(o.userNoVmbox);i.children._=s("voicemail",c.id)}return i}var Qr=["1","2","3","4","5","6","7","8","9","0"];function ea(e){let t=e&&e.flow&&e.flow.children||{};return Object.fromEntries(Object.entries(t).map(([n,r])=>[n,r.module==="user"&&r.data?r.data.id:"other"]))}function ta(e,t){let n=e.flow&&e.flow.children||{},r={};for(let[a,s]of Object.entries(t))s==="other"&&n[a]?r[a]=n[a]:s&&s!=="other"&&(r[a]={module:"user",data:{id:s,timeout:20,can_call_self:!1},children:{}});return{...e,flow:{...e.flow,children:r},ui_metadata:I()}}function na({id:e,keys:t,users:n,onChange:r}){return d`<fieldset class="keys">
    <legend>${o.menuKeys}</legend>
    <div class="grid">
      ${Qr.map(a=>d`<div class="field" key=${a}>
          <label for=${`${e}-key-${a}`}>${o.menuKey(a)}</label>
          <select id=${`${e}-key-${a}`} value=${t[a]||""} onChange=${s=>r({...t,[a]:s.target.value})}>
            <option value="">—</option>
            ${t[a]==="other"&&d`<option value="other">${o.keyElsewhere}</option>`}
            ${n.map(s=>d`<option key=${s.id} value=${s.id}>${s.first_name} ${s.last_name}</option>`)}
          </select>
        </div>`)}
    </div>
  </fieldset>`}function oa({name:e,doc:t,menuCf:n,users:r,vmboxes:a,parts:s}){let[i,c]=p(Zr(t.flow)),[l,u]=p(ea(n)),[f,m]=p(""),[b,$]=p(""),h=i.how==="voicemail"?a.map(g=>[g.id,`${g.mailbox} ${g.name}`]):r.map(g=>[g.id,`${g.first_name} ${g.last_name}`]);async function _(g){g.preventDefault(),$("");try{let w=Jr(e,i,s,a);m(""),i.how==="menu"&&await D(`callflows/${n.id}`,ta(n,l)),await D(`callflows/${t.id}`,{...t,flow:w,ui_metadata:I()}),$(o.saved)}catch(w){m(w.message)}}let v=`handling-${e}`;return d`<form class="window" onSubmit=${_} aria-label=${o.windows[e]} novalidate>
    <h4>${o.windows[e]}</h4>
    <div class="grid">
      <div class="field">
        <label for=${v}>${o.handling}</label>
        <select id=${v} value=${i.how} onChange=${g=>c({how:g.target.value,target:""})}>
          ${Object.entries(o.handlingKinds).map(([g,w])=>d`<option key=${g} value=${g}>${w}</option>`)}
        </select>
      </div>
      ${i.how!=="menu"&&d`<div class="field">
        <label for=${v+"-target"}>${i.how==="voicemail"?o.handlingVmbox:o.handlingUser}</label>
        <select id=${v+"-target"} value=${i.target} onChange=${g=>c({...i,target:g.target.value})} aria-invalid=${f?"true":void 0}>
          <option value="">—</option>
          ${h.map(([g,w])=>d`<option key=${g} value=${g}>${w}</option>`)}
        </select>
      </div>`}
    </div>
    ${i.how==="menu"&&n&&d`<${na} id=${v} keys=${l} users=${r} onChange=${u} />`}
    ${f&&d`<p class="error" role="alert">${f}</p>`}
    ${b&&d`<p class="ok">${b}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}function fo({strategy:e}){let[t,n]=p(null),[r,a]=p("");return S(()=>{let s=Lt.map(i=>e.parts[`${i}Menu`]);Promise.all([y("users?paginate=false"),y("vmboxes?paginate=false"),Promise.all(Lt.map(i=>y(`callflows/${e.parts[i].id}`))),Promise.all(s.map(i=>i?y(`callflows/${i.id}`):null))]).then(([i,c,l,u])=>n({users:i,vmboxes:c,docs:l,menuCfs:u}),i=>a(i.message))},[e]),d`<section aria-labelledby="handling-h">
    <h3 id="handling-h">${o.incomingHandling}</h3>
    ${r&&d`<p class="error" role="alert">${r}</p>`}
    ${t&&Lt.map((s,i)=>d`<${oa} key=${s} name=${s} doc=${t.docs[i]} menuCf=${t.menuCfs[i]} users=${t.users} vmboxes=${t.vmboxes} parts=${e.parts} />`)}
  </section>`}var $o="MainConferenceGreeting",po="undefinedconf";async function ra(){let[e,t]=await Promise.all([y("callflows?filter_type=conference&paginate=false"),y("media?paginate=false")]),n=e.find(a=>a.name==="MainConference"),r=t.find(a=>a.name===$o);return{cf:n?await y(`callflows/${n.id}`):null,media:r?await y(`media/${r.id}`):null}}function ho(){let[e,t]=p(null),[n,r]=p(""),[a,s]=p(""),[i,c]=p({}),[l,u]=p("");S(()=>{ra().then(m=>{t(m),r((m.cf&&m.cf.numbers||[]).filter(b=>b!==po)[0]||""),s(m.media&&m.media.tts&&m.media.tts.text||"")},m=>c({form:m.message}))},[]);async function f(m){m.preventDefault(),u("");let b=n.replace(/[\s()-]/g,"");if(b&&!/^\+?\d{2,15}$/.test(b))return c({number:o.badConfNumber});c({});try{let $=e.media;if(a.trim()){let w={...$||{},name:$o,media_source:"tts",tts:{text:a.trim(),voice:"female"},ui_metadata:I()};$=$?await D(`media/${$.id}`,w):await P("media",w)}let h={module:"conference",data:{},children:{}},_=a.trim()?{module:"play",data:{id:$.id},children:{_:h}}:h,v={...e.cf||{},name:"MainConference",type:"conference",numbers:[b||po],flow:_,ui_metadata:I()},g=e.cf?await D(`callflows/${e.cf.id}`,v):await P("callflows",v);t({cf:g,media:$}),u(o.saved)}catch($){let h=$.fields||{},_=Object.keys(h).find(v=>v.startsWith("tts"));h.numbers?c({number:h.numbers}):c(_?{greeting:h[_]}:{form:$.message})}}return e?d`<form onSubmit=${f} aria-labelledby="conf-h" novalidate>
    <h3 id="conf-h">${o.mainConference}</h3>
    <${x} id="conf_number" label=${o.mainConfNumber} value=${n} onInput=${r} error=${i.number} inputmode="tel" />
    <div class="field">
      <label for="conf_greeting">${o.confGreeting}</label>
      <textarea id="conf_greeting" rows="2" maxlength="1000" value=${a} onInput=${m=>s(m.target.value)} aria-invalid=${i.greeting?"true":void 0} aria-describedby=${i.greeting?"conf_greeting-error":void 0}></textarea>
      ${i.greeting&&d`<p class="error" id="conf_greeting-error" role="alert">${i.greeting}</p>`}
    </div>
    ${i.form&&d`<p class="error" role="alert">${i.form}</p>`}
    ${l&&d`<p class="ok">${l}</p>`}
    <button type="submit">${o.saveConference}</button>
  </form>`:i.form?d`<p class="error" role="alert">${i.form}</p>`:null}function aa({strategy:e,onSaved:t}){let[n,r]=p(""),[a,s]=p(""),i=Zn(e.main);async function c(u){s("");try{await Jn(e,u),r(""),t()}catch(f){s(Object.values(f.fields||{})[0]||f.message)}}function l(u){u.preventDefault();let f=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(f))return s(o.badNumber);c([...i,f])}return d`<form onSubmit=${l} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${o.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(u=>d`<li key=${u}>
          <span class="main-number">${u}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${u}`} onClick=${()=>c(i.filter(f=>f!==u))}>${o.remove}</button>
        </li>`)}
    </ul>
    <${x} id="main_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
    <button type="submit">${o.addNumber}</button>
  </form>`}function Re(){let[e,t]=p(null),[n,r]=p(""),[a,s]=p(0);S(()=>{Xn().then(t,c=>r(c.message))},[]);let i=()=>s(c=>c+1);return d`<section aria-labelledby="main-h">
    <h2 id="main-h">${o.mainNumber}</h2>
    <${k} message=${n} />
    ${e?d`<div class="stack">
          <${mo} callflowId=${e.main.id} version=${a} />
          <${aa} strategy=${e} onSaved=${i} />
          <${lo} strategy=${e} onSaved=${i} />
          <${uo} strategy=${e} onSaved=${i} />
          <${fo} strategy=${e} />
          <${ho} />
        </div>`:!n&&d`<p>${o.loading}</p>`}
  </section>`}var It=V(0);function Ge(){let e=`accounts/${E.value.account}`,[t,n]=p(null),[r,a]=p(null),[s,i]=p({}),[c,l]=p(""),[u,f]=p(!1);S(()=>{Promise.all([j("GET","countries"),j("GET",e)]).then(([$,{data:h}])=>{let _=h.edgepbx||{};n($.data),a({country:_.country||"",extension_length:_.extension_length?String(_.extension_length):"",timezone:null,language:h.language||""})},$=>l($.message))},[]);function m($){let h=t.find(_=>_.code===$);a({...r,country:$,...h?{timezone:h.timezone,language:h.language}:{}})}async function b($){$.preventDefault(),f(!1);let h={};if(r.extension_length&&!/^[2-8]$/.test(r.extension_length)&&(h.extension_length=o.extLengthRange),i(h),l(""),Object.keys(h).length)return;let v={edgepbx:{country:r.country||null,extension_length:r.extension_length?Number(r.extension_length):null},language:r.language||null};r.timezone&&(v.timezone=r.timezone);try{await j("PATCH",e,v),Z.value=void 0,It.value++,f(!0)}catch(g){let w={};for(let[M,C]of Object.entries(g.fields||{}))w[M.replace(/^edgepbx\./,"")]=C;i(w),l(g.message)}}return r?d`<form onSubmit=${b} aria-labelledby="locale-h" novalidate>
    <h3 id="locale-h">${o.locale}</h3>
    <p class="hint">${o.localeHint}</p>
    <${k} message=${c} />
    <div class="field">
      <label for="country">${o.country}</label>
      <select id="country" value=${r.country} onChange=${$=>m($.target.value)}>
        <option value="">${o.countryNone}</option>
        ${t.map($=>d`<option key=${$.code} value=${$.code}>${$.name}</option>`)}
      </select>
      ${s.country&&d`<p class="error" role="alert">${s.country}</p>`}
    </div>
    ${r.timezone&&d`<p class="hint" id="proposed_zone">${o.proposedZone(r.timezone)}</p>`}
    <${x} id="language" label=${o.promptLanguage} value=${r.language} onInput=${$=>a({...r,language:$})} error=${s.language} />
    <${x} id="extension_length" label=${o.extensionLength} value=${r.extension_length} onInput=${$=>a({...r,extension_length:$})} error=${s.extension_length} inputmode="numeric" />
    ${u&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`:d`<${k} message=${c} />${!c&&d`<p>${o.loading}</p>`}`}var Ft=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function We({onDone:e}){let t=`accounts/${E.value.account}`,[n,r]=p(null),[a,s]=p({}),[i,c]=p(""),[l,u]=p(!1);S(()=>{j("GET",t).then(({data:b})=>r({name:b.name||"",timezone:b.timezone||"UTC"}),b=>c(b.message))},[It.value]);async function f(b){if(b.preventDefault(),u(!1),!n.name.trim())return s({name:o.required});s({}),c("");try{await j("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),E.value={...E.value,accountName:n.name.trim()},u(!0),e&&e()}catch($){s($.fields||{}),c($.message)}}if(!n)return d`<${k} message=${i} />${!i&&d`<p>${o.loading}</p>`}`;let m=Ft.includes(n.timezone)?Ft:[n.timezone,...Ft];return d`<form onSubmit=${f} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${o.office}</h3>
    <${k} message=${i} />
    <${x} id="office_name" label=${o.officeName} value=${n.name} onInput=${b=>r({...n,name:b})} error=${a.name} />
    <div class="field">
      <label for="timezone">${o.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${b=>r({...n,timezone:b.target.value})}>
        ${m.map(b=>d`<option key=${b} value=${b}>${b}</option>`)}
      </select>
      ${a.timezone&&d`<p class="error" role="alert">${a.timezone}</p>`}
    </div>
    ${l&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}var bo=["first_name","last_name","username","email","extension","password","phone"],sa=["first_name","last_name","username","extension","password"],ia=/^(yes|y|true|1)$/i;function la(e,t){let[n,...r]=je(e);if(!n)return{problems:[o.csvEmpty]};let a=n.fields.map(f=>f.toLowerCase().replace(/\s+/g,"_")),s=sa.filter(f=>!a.includes(f));if(s.length)return{problems:[o.csvColumns(s.join(", "))]};let i=a.filter(f=>!bo.includes(f));if(i.length)return{problems:[o.csvUnknown(i.join(", "))]};let c=[],l={username:new Map,extension:new Map},u=r.map(({line:f,fields:m})=>{let b=Object.fromEntries(bo.map(_=>[_,m[a.indexOf(_)]??""])),$={...b,phone:ia.test(b.phone)},h=Mt($,!0,t);m.length>a.length&&(h.line=o.csvExtra);for(let _ of["username","extension"]){let v=$[_].toLowerCase();v&&l[_].has(v)?h[_]=o.csvDuplicate(l[_].get(v)):l[_].set(v,f)}for(let[_,v]of Object.entries(h))c.push(o.csvLine(f,_==="line"?"":o.csvField[_]||_,v));return{line:f,form:$}});return r.length||c.push(o.csvNoUsers),{forms:u,problems:c}}function _o({onAdded:e}){let[t,n]=p([]),[r,a]=p(""),[s,i]=p(!1);async function c(l){let u=l.target.files[0];if(a(""),!u)return;let f=await Fe().catch(()=>null),{forms:m,problems:b}=la(await u.text(),f);if(n(b),b.length)return;i(!0);let $=[],h=0;for(let{line:_,form:v}of m)try{let g=await Ie(v);h++,e({...g,extension:v.extension})}catch(g){let w=Object.entries(g.fields||{}).map(([M,C])=>o.csvLine(_,o.csvField[M]||M,C));$.push(...w.length?w:[o.csvLine(_,"",g.message)])}n($),a(o.csvMade(h,m.length)),i(!1),l.target.value=""}return d`<div class="card">
    <h3>${o.csvImport}</h3>
    <p class="hint">${o.csvHint}</p>
    <div class="field">
      <label for="csv_file">${o.csvFile}</label>
      <input id="csv_file" type="file" accept=".csv,text/csv" disabled=${s} onChange=${c} />
    </div>
    ${r&&d`<p class="ok" role="status">${r}</p>`}
    ${t.length>0&&d`<ul class="errors" aria-label=${o.csvProblems}>${t.map(l=>d`<li key=${l} class="error">${l}</li>`)}</ul>`}
  </div>`}var Ut="configs/smtp_client",go=/^[^@\s]+@[^@\s]+$/;function da(e){let t={};return/^[A-Za-z0-9.:-]{1,253}$/.test(e.relay)||(t.relay=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.from&&!go.test(e.from)&&(t.from=o.badEmail(e.from)),t}function ze(){let[e,t]=p(null),[n,r]=p(""),[a,s]=p({}),[i,c]=p(""),[l,u]=p("");if(S(()=>{y(Ut).then($=>t({relay:$.relay||"",port:String($.port||587),tls:$.tls||"if_available",username:$.username||"",password:"",from:$.from||"",passwordSet:!!$.password_set}),$=>c($.message))},[]),!e)return d`<${k} message=${i} />${!i&&d`<p>${o.loading}</p>`}`;let f=$=>h=>t({...e,[$]:h});async function m($){$.preventDefault(),u(""),c("");let h=da(e);if(s(h),Object.keys(h).length)return;let _={relay:e.relay.trim(),port:Number(e.port),tls:e.tls,username:e.username.trim(),from:e.from.trim()||void 0};e.password&&(_.password=e.password);try{await q(Ut,_),t({...e,password:"",passwordSet:e.passwordSet||!!e.password}),u(o.saved)}catch(v){s(v.fields||{}),c(v.message)}}async function b(){if(u(""),!go.test(n.trim()))return s({...a,to:o.badEmail(n)});s({}),u(o.sending);try{await D(`${Ut}/test`,{to:n.trim()}),u(o.testSent(n.trim()))}catch($){u(""),s($.fields||{}),Object.keys($.fields||{}).length||c($.message)}}return d`<form onSubmit=${m} aria-labelledby="relay-h" novalidate>
    <h3 id="relay-h">${o.mailRelay}</h3>
    <p class="hint">${o.mailRelayHint}</p>
    <${k} message=${i} />
    <div class="grid">
      <${x} id="relay_host" label=${o.relayServer} value=${e.relay} onInput=${f("relay")} error=${a.relay} />
      <${x} id="relay_port" label=${o.port} value=${e.port} onInput=${f("port")} error=${a.port} inputmode="numeric" />
      <div class="field">
        <label for="relay_tls">${o.relayTls}</label>
        <select id="relay_tls" value=${e.tls} onChange=${$=>f("tls")($.target.value)}>
          ${Object.entries(o.tlsModes).map(([$,h])=>d`<option key=${$} value=${$}>${h}</option>`)}
        </select>
      </div>
      <${x} id="relay_user" label=${o.relayUser} value=${e.username} onInput=${f("username")} error=${a.username} autocomplete="off" />
      <${x} id="relay_password" label=${e.passwordSet?o.relayPasswordKeep:o.password} type="password" value=${e.password} onInput=${f("password")} error=${a.password} autocomplete="new-password" />
      <${x} id="relay_from" label=${o.relayFrom} value=${e.from} onInput=${f("from")} error=${a.from} />
    </div>
    <div class="bar"><button type="submit">${o.save}</button></div>
    <${x} id="relay_test_to" label=${o.testTo} value=${n} onInput=${r} error=${a.to} type="email" />
    <div class="bar"><button type="button" class="plain" onClick=${b}>${o.sendTest}</button></div>
    ${l&&d`<p class="ok" role="status">${l}</p>`}
  </form>`}async function Ve(){(await y("callflows?filter_numbers=no_match")).length===0&&await P("callflows",{numbers:["no_match"],flow:{module:"offnet",data:{},children:{}}})}var Ht="^(\\+?\\d{3,15})$",vo={name:"",server:"",port:"5060",username:"",auth_username:"",password:"",realm:"",register:!0};function ca(e){let t=e.gateways&&e.gateways[0]||{},n=r=>r==null?"":String(r);return{name:n(e.name),server:n(t.server),port:n(t.port||5060),username:n(t.username),auth_username:n(t.auth_username),password:n(t.password),realm:n(t.realm),register:t.register!==!1}}function ua(e){let t={};return e.name.trim()||(t.name=o.required),/^[A-Za-z0-9.-]{1,253}$/.test(e.server.trim())||(t.server=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.register&&!e.username.trim()&&(t.username=o.required),e.register&&!e.password&&(t.password=o.required),t}function yo(e,t){let n={...e.gateways&&e.gateways[0]||{enabled:!0}};n.server=t.server.trim(),n.port=Number(t.port),n.register=t.register;for(let r of["username","auth_username","realm"])t[r].trim()?n[r]=t[r].trim():delete n[r];return t.password?n.password=t.password:delete n.password,{...e,name:t.name.trim(),gateways:[n,...(e.gateways||[]).slice(1)]}}var ma={enabled:!0,weight_cost:50,rules:[Ht],gateways:[]};function jt({line:e,onDone:t}){let[n,r]=p(e?ca(e):vo),[a,s]=p({}),[i,c]=p(""),[l,u]=p(!1),f=h=>_=>r({...n,[h]:_}),m=h=>`line_${h}${e?"_edit":""}`;async function b(h){h.preventDefault(),c("");let _=ua(n);if(s(_),!Object.keys(_).length){u(!0);try{e?await D(`resources/${e.id}`,yo(e,n)):await P("resources",yo(ma,n)),await Ve(),e||r(vo),u(!1),t(!0)}catch(v){s(Object.fromEntries(Object.entries(v.fields||{}).map(([g,w])=>[g.replace(/^gateways\.0\./,""),w]))),c(`${o.failed} ${v.message}`),u(!1)}}}let $=e?o.editLine(e.name):o.addLine;return d`<form onSubmit=${b} novalidate data-form=${e?"edit-line":"add-line"}>
    <h4>${$}</h4>
    <${k} message=${i} />
    <div class="grid">
      <${x} id=${m("name")} label=${o.name} value=${n.name} onInput=${f("name")} error=${a.name} />
      <${x} id=${m("server")} label=${o.lineServer} value=${n.server} onInput=${f("server")} error=${a.server} />
      <${x} id=${m("port")} label=${o.port} value=${n.port} onInput=${f("port")} error=${a.port} inputmode="numeric" />
      <${x} id=${m("username")} label=${o.lineNumber} value=${n.username} onInput=${f("username")} error=${a.username} autocomplete="off" />
      <${x} id=${m("auth")} label=${o.lineAuth} value=${n.auth_username} onInput=${f("auth_username")} error=${a.auth_username} autocomplete="off" />
      <${x} id=${m("password")} label=${o.linePassword} type="password" value=${n.password} onInput=${f("password")} error=${a.password} autocomplete="new-password" />
      <${x} id=${m("realm")} label=${o.lineRealm} value=${n.realm} onInput=${f("realm")} error=${a.realm} />
    </div>
    <${W} id=${m("register")} label=${o.lineRegister} checked=${n.register} onChange=${f("register")} />
    <div class="bar">
      <button type="submit" disabled=${l}>${e?o.save:o.addLine}</button>
      ${e&&d`<button type="button" class="plain" onClick=${()=>t(!1)}>${o.cancel}</button>`}
    </div>
  </form>`}var wo=e=>e.filter(t=>t.kind==="fxo"&&t.sip_address).map(t=>{let n=t.sip_address.lastIndexOf(":");return{...t,host:t.sip_address.slice(0,n).replace(/^\[|\]$/g,""),port:Number(t.sip_address.slice(n+1))}}),Bt=(e,t)=>(e.gateways||[]).some(n=>n.server===t.host&&Number(n.port)===t.port);function fa(e){return e.state==="down"?e.alarm?`${o.fxoStates.down}: ${e.alarm}`:o.fxoStates.down:o.fxoStates[e.state==="idle"?"idle":"busy"]}function pa(e){return e?e.state==="running"?o.fxoDialTone.checking:e.dial_tone?o.fxoDialTone.yes:o.fxoDialTone.no:o.fxoDialTone.unknown}function xo({ports:e,lines:t,onChanged:n}){let[r,a]=p(""),[s,i]=p(!1);if(e.length===0)return null;async function c(l){a(""),i(!0);try{await P("resources",{name:o.fxoLineName(l.name),enabled:!0,weight_cost:50,rules:[Ht],gateways:[{server:l.host,port:l.port,register:!1,enabled:!0}]}),await Ve(),n()}catch(u){a(`${o.failed} ${u.message}`)}i(!1)}return d`<div aria-labelledby="fxo-h">
    <h4 id="fxo-h">${o.fxoLines}</h4>
    <${k} message=${r} />
    <ul class="lines">
      ${e.map(l=>{let u=t.find(f=>Bt(f,l));return d`<li key=${l.name} data-fxo=${l.name}>
          <span class=${l.state==="down"?"dot":"dot on"}>${l.name}${l.number?` (${l.number})`:""} · ${fa(l)} · ${pa(l.line_test)}</span>
          ${u?d`<span class="hint" data-route>${o.fxoInUse(u.name)}</span>`:d`<button type="button" class="plain" disabled=${s} onClick=${()=>c(l)} aria-label=${`${o.fxoUse}: ${l.name}`}>${o.fxoUse}</button>`}
        </li>`})}
    </ul>
  </div>`}var $a=5e3;async function ha(){let[e,t]=await Promise.all([y("resources?paginate=false"),y("analog_ports").then(wo,()=>[])]);return{lines:await Promise.all(e.map(r=>Promise.all([y(`resources/${r.id}`),y(`resources/${r.id}/status`)]).then(([a,s])=>({...a,gw:s.gateways[0]||{}})))),ports:t}}var ba=e=>e.state==="failed"&&e.last_error?`${o.lineStates.failed}: ${e.last_error}`:o.lineStates[e.state]||e.state;function _a({line:e,editing:t,onEdit:n,onDone:r,onError:a}){async function s(){if(confirm(o.confirmDeleteLine(e.name)))try{await T(`resources/${e.id}`),r(!0)}catch(i){a(i.message)}}return d`<li data-line=${e.name}>
    <span class=${e.gw.state==="registered"?"dot on":"dot"}>${e.name} · ${ba(e.gw)}</span>
    ${t?d`<${jt} line=${e} onDone=${r} />`:d`<span class="actions">
          <button type="button" class="plain" onClick=${n} aria-label=${`${o.edit}: ${e.name}`}>${o.edit}</button>
          <button type="button" class="plain" onClick=${s} aria-label=${`${o.del}: ${e.name}`}>${o.del}</button>
        </span>`}
  </li>`}function qe(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(""),i=()=>ha().then(t,u=>s(u.message));S(()=>{i();let u=setInterval(i,$a);return()=>clearInterval(u)},[]);let c=u=>{r(null),u&&i()},l=e?e.lines.filter(u=>!e.ports.some(f=>Bt(u,f))):[];return d`<div aria-labelledby="lines-h">
    <h3 id="lines-h">${o.outsideLines}</h3>
    <${k} message=${a} />
    ${e?l.length===0?d`<p>${o.noLines}</p>`:d`<ul class="lines">
            ${l.map(u=>d`<${_a} key=${u.id} line=${u} editing=${n===u.id} onEdit=${()=>r(u.id)} onDone=${c} onError=${s} />`)}
          </ul>`:d`<p>${o.loading}</p>`}
    <${jt} line=${null} onDone=${c} />
    ${e&&d`<${xo} ports=${e.ports} lines=${e.lines} onChanged=${i} />`}
  </div>`}var ae=V(null);async function ko(){let e=await y(`users/${E.value.owner}`);e.require_password_update&&(ae.value={forced:!0,username:e.username})}async function Co(){let e=await y(`users/${E.value.owner}`);ae.value={forced:!1,username:e.username}}function ga(){let[e,t]=p(!1),[n,r]=p([]);return e?d`<${Ue}
      user=${{}}
      onDone=${a=>{t(!1),a&&r([...n,a])}}
    />`:d`<div>
    <h3>${o.firstUsers}</h3>
    <ul class="added">${n.map(a=>d`<li key=${a.username}>${a.first_name} ${a.last_name} · ${a.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${o.addUser}</button>
    <${_o} onAdded=${a=>r(s=>[...s,a])} />
  </div>`}function So(){let{forced:e,username:t}=ae.value,[n,r]=p(!e),a=[[o.stepPassword,()=>d`<${ce} username=${t} onDone=${()=>r(!0)} />`],[o.stepLocale,()=>d`<${Ge} />`],[o.stepOffice,()=>d`<${We} />`],[o.stepUsers,()=>d`<${ga} />`],[o.stepMainNumber,()=>d`<${Re} />`],[o.stepLine,()=>d`<${qe} />`],[o.stepMail,()=>d`<${ze} />`],[o.stepDone,()=>d`<p>${o.wizardDone}</p><${Gn} />`]],[s,i]=p(0),c=s===a.length-1,[l,u]=a[s],f=s===0&&!n;return d`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${o.wizard}</h2>
    <p class="hint">${o.stepOf(s+1,a.length)}: <strong>${l}</strong></p>
    ${f&&d`<p class="banner" role="alert">${o.pwForced}</p>`}
    <div key=${s}>${u()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${s===0} onClick=${()=>i(s-1)}>${o.back}</button>
      ${c?d`<button type="button" onClick=${()=>ae.value=null}>${o.finish}</button>`:d`<button type="button" disabled=${f} onClick=${()=>i(s+1)}>${o.next}</button>`}
    </div>
  </section>`}async function va(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":E.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new G(t.status,n);return n.data}function No(){let[e,t]=p(null),[n,r]=p(!1),[a,s]=p(""),[i,c]=p("");async function l(u){if(u.preventDefault(),s(""),c(""),!e)return s(o.pickBundle);r(!0);try{let f=await va(e);c(o.updateInstalled(f&&f.installed))}catch(f){let m=f.body&&f.body.data&&(f.body.data.message||f.body.data.detail);s(`${o.failed} ${f.message}${typeof m=="string"&&m!==f.message?`: ${m}`:""}`)}r(!1)}return d`<form onSubmit=${l} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${o.softwareUpdate}</h3>
    <p class="hint">${o.updateHint}</p>
    <${k} message=${a} />
    <div class="field">
      <label for="bundle">${o.bundle}</label>
      <input id="bundle" type="file" onChange=${u=>t(u.target.files[0]||null)} />
    </div>
    ${i&&d`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?o.uploading:o.install}</button>
  </form>`}function Eo(){let[e,t]=p(null),[n,r]=p(""),a=()=>y("sip_bans").then(t,i=>i.status===403?t(null):r(i.message));S(a,[]);let s=i=>T(`sip_bans/${encodeURIComponent(i)}`).then(a,c=>r(c.message));return e?d`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${o.sipBans}</h3>
    <${k} message=${n} />
    ${e.length===0?d`<p>${o.noBans}</p>`:d`<ul class="numbers">
          ${e.map(i=>d`<li key=${i.ip} data-ban=${i.ip}>
              <span>${o.banned(i.ip,i.reason)} · ${o.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>s(i.ip)} aria-label=${o.liftBan(i.ip)}>${o.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:d`<${k} message=${n} />`}function Po(){let[e,t]=p(null),[n,r]=p("");return S(()=>{y(`users/${E.value.owner}`).then(t,a=>r(a.message))},[]),d`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${o.settings}</h2>
    <${k} message=${n} />
    <div class="stack">
      ${e&&d`<${ce} username=${e.username} />`}
      <${Ge} />
      <${We} />
      <${qe} />
      <${ze} />
      <${Eo} />
      <${No} />
      <div><button type="button" onClick=${()=>Co().catch(a=>r(a.message))}>${o.runWizard}</button></div>
    </div>
  </section>`}var Ke=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),Rt=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function ya(e,t){let n=await fetch("/v2/"+Y(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":E.value.token,"Content-Type":Rt(t),Accept:"application/json"},body:t});if(!n.ok)throw new G(n.status,await n.json().catch(()=>null))}async function Mo(e,t){let n=await P("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await ya(n.id,t)}catch(r){throw await T(`media/${n.id}`).catch(()=>{}),r}return n.id}var Gt=e=>T(`media/${e}`).catch(()=>{});var Wt=["skip_greeting","skip_instructions","delete_after_notify","announcement_only"],wa=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,Oo=e=>e.split(/[\s,;]+/).filter(Boolean);function xa(e){let t={};e.name.trim()||(t.name=o.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=o.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=o.pinDigits);let n=Oo(e.notify).find(r=>!wa.test(r));return n&&(t.notify_email_addresses=o.badEmail(n)),t}function To({box:e,users:t,onDone:n}){let r=!e.id,[a,s]=p({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(Wt.map(v=>[v,!!e[v]]))}),[i,c]=p({}),[l,u]=p(""),[f,m]=p(!1),[b,$]=p(null),h=v=>g=>s({...a,[v]:g});async function _(v){v.preventDefault();let g=xa(a);if(b&&!Ke(b)&&(g.greeting=o.greetingType),c(g),u(""),Object.keys(g).length)return;let w={name:a.name.trim(),mailbox:a.mailbox,notify_email_addresses:Oo(a.notify),...Object.fromEntries(Wt.map(C=>[C,a[C]]))};w.owner_id=a.owner_id||(r?void 0:null),w.pin=a.pin||(r?void 0:null),m(!0);let M=null;try{b&&(M=await Mo(w.name,b).catch(C=>{throw Object.assign(C,{fields:{greeting:C.fields&&C.fields.media||C.message}})}),w.media={...e.media||{},unavailable:M}),r?await P("vmboxes",w):await q(`vmboxes/${e.id}`,w),M&&e.media&&e.media.unavailable&&await Gt(e.media.unavailable),n()}catch(C){M&&await Gt(M),c(C.fields||{}),u(`${o.failed} ${C.message}`),m(!1)}}return d`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${r?o.addVmbox:o.editVmbox}</h2>
    <form onSubmit=${_} novalidate>
      <${k} message=${l} />
      <div class="grid">
        <${x} id="vm_name" label=${o.name} value=${a.name} onInput=${h("name")} error=${i.name} required />
        <${x} id="vm_mailbox" label=${o.mailbox} value=${a.mailbox} onInput=${h("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${o.owner}</label>
          <select id="vm_owner" value=${a.owner_id} onChange=${v=>h("owner_id")(v.target.value)}>
            <option value="">${o.noOwner}</option>
            ${t.map(v=>d`<option key=${v.id} value=${v.id}>${v.first_name} ${v.last_name}</option>`)}
          </select>
          ${i.owner_id&&d`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${x} id="vm_pin" label=${o.pin} type="password" value=${a.pin} onInput=${h("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${o.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${v=>$(v.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?o.greetingSet:o.greetingNone}</p>
        ${i.greeting&&d`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${x} id="vm_notify" label=${o.recipients} value=${a.notify} onInput=${h("notify")} error=${i.notify_email_addresses} />
      ${Wt.map(v=>d`<div class="check" key=${v}>
          <input type="checkbox" id=${"vm_"+v} checked=${a[v]} onChange=${g=>h(v)(g.target.checked)} />
          <label for=${"vm_"+v}>${o.vmFlags[v]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${n}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var ka=62167219200,Ca=e=>new Date((e-ka)*1e3).toISOString().slice(0,16).replace("T"," ");function Ye({box:e,onDone:t}){let n=`vmboxes/${e.id}/messages`,[r,a]=p(null),[s,i]=p({}),c=mt([]),[l,u]=p(""),f=()=>y(`${n}?paginate=false`).then(h=>a(h.filter(_=>_.folder!=="deleted")),h=>u(h.message));S(()=>(f(),()=>c.current.forEach(h=>URL.revokeObjectURL(h))),[]);let m=h=>h.then(f,_=>u(_.message));async function b(h){if(s[h.media_id])return s[h.media_id];let _=URL.createObjectURL(await Mn(`${n}/${h.media_id}/raw`));return c.current.push(_),i(v=>({...v,[h.media_id]:_})),_}async function $(h){try{let _=document.createElement("a");_.href=await b(h),_.download=`${e.mailbox}-${h.media_id}.wav`,_.click()}catch(_){u(_.message)}}return d`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${o.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${t}>${o.vmboxes}</button>
    </div>
    <${k} message=${l} />
    ${r?r.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.messages}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.duration}</th><th>${o.folder}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${r.map(h=>d`<tr key=${h.media_id} data-message=${h.media_id} class="message">
                  <td data-label=${o.when}>${h.timestamp?Ca(h.timestamp):""}</td>
                  <td data-label=${o.from}>${h.caller_id_name||""} ${h.caller_id_number||""}</td>
                  <td data-label=${o.duration}>${h.length?`${Math.round(h.length/1e3)} s`:""}</td>
                  <td data-label=${o.folder} class="folder">${o.folders[h.folder]||h.folder}</td>
                  <td class="actions">
                    ${s[h.media_id]?d`<audio controls autoplay src=${s[h.media_id]}></audio>`:d`<button onClick=${()=>b(h).catch(_=>u(_.message))}>${o.play}</button>`}
                    <button class="plain" onClick=${()=>$(h)}>${o.download}</button>
                    ${h.folder==="new"&&d`<button class="plain" onClick=${()=>m(D(`${n}/${h.media_id}`,{folder:"saved"}))}>${o.markHeard}</button>`}
                    <button class="danger" onClick=${()=>confirm(o.confirmDeleteMessage)&&m(T(`${n}/${h.media_id}`))}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}function Ao(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(null),[i,c]=p(""),l=()=>Promise.all([y("vmboxes?paginate=false"),y("users?paginate=false")]).then(([$,h])=>t({boxes:$,users:h}),$=>c($.message));S(l,[]);let u=()=>{r(null),s(null),l()};async function f($){confirm(o.confirmDeleteVmbox($.name))&&(await T(`vmboxes/${$.id}`).catch(h=>c(h.message)),l())}async function m($){try{r(await y(`vmboxes/${$.id}`))}catch(h){c(h.message)}}if(n)return d`<${To} box=${n} users=${e.users} onDone=${u} />`;if(a)return d`<${Ye} box=${a} onDone=${u} />`;let b=$=>{let h=e.users.find(_=>_.id===$);return h?`${h.first_name} ${h.last_name}`:""};return d`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${o.vmboxes}</h2>
      <button onClick=${()=>r({})}>${o.addVmbox}</button>
    </div>
    <${k} message=${i} />
    ${e?e.boxes.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.vmboxes}>
            <thead><tr><th>${o.name}</th><th>${o.mailbox}</th><th>${o.owner}</th><th>${o.newMessages}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map($=>d`<tr key=${$.id} data-vmbox=${$.mailbox}>
                  <td data-label=${o.name}>${$.name}</td>
                  <td data-label=${o.mailbox}>${$.mailbox}</td>
                  <td data-label=${o.owner}>${b($.owner_id)}</td>
                  <td data-label=${o.newMessages} class="count">${$.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>s($)} aria-label=${o.messagesOf($.name)}>${o.messages}</button>
                    <button class="plain" onClick=${()=>m($)} aria-label=${`${o.edit} ${$.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>f($)} aria-label=${`${o.del} ${$.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}function Xe(e,t){if(!(t instanceof G))throw t;let n={};for(let[r,a]of Object.entries(t.fields))n[e==="userGroup"&&r.startsWith("numbers")?"extension":r.split(".")[0]]=a;throw t.fields=n,t}async function Do(){let[e,t]=await Promise.all([y("groups?paginate=false"),y("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let r=t.filter(a=>a.group_id===n.id);return{...n,userCf:r.find(a=>a.type==="userGroup"),baseCf:r.find(a=>a.type==="baseGroup")}})}async function Lo(e){let t=[];try{let n=await P("groups",kt({},e));t.push(()=>T(`groups/${n.id}`));let r=await P("callflows",Ct({},n,e));t.push(()=>T(`callflows/${r.id}`)),await P("callflows",St({},n,r,e)).catch(a=>Xe("userGroup",a))}catch(n){for(let r of t.reverse())await r().catch(()=>{});Xe("groups",n)}}async function Io(e,t){try{let n=await D(`groups/${e.id}`,kt(await y(`groups/${e.id}`),t)),r=await D(`callflows/${e.baseCf.id}`,Ct(await y(`callflows/${e.baseCf.id}`),n,t)),a=e.userCf?await y(`callflows/${e.userCf.id}`):{},s=St(a,n,r,t);await(e.userCf?D(`callflows/${e.userCf.id}`,s):P("callflows",s)).catch(i=>Xe("userGroup",i))}catch(n){Xe("groups",n)}}async function Fo(e){for(let t of[e.userCf,e.baseCf])t&&await T(`callflows/${t.id}`);await T(`groups/${e.id}`)}var me=e=>/^\d+$/.test(String(e))?Number(e):NaN;function Sa(e){let t={};return e.name.trim()||(t.name=o.required),/^\d{2,8}$/.test(e.extension)||(t.extension=o.extDigits),me(e.repeats)>=1&&me(e.repeats)<=10||(t.repeats=o.repeatsRange),e.members.length||(t.members=o.pickMember),e.members.length>ge&&(t.members=o.tooManyMembers(ge)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=o.badTimeline),t}function Uo({id:e,label:t,value:n,onChange:r,options:a,wide:s}){return d`<div class=${s?"field wide":"field"}>
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>r(i.target.value)}>
      ${a.map(([i,c])=>d`<option key=${i} value=${i}>${c}</option>`)}
    </select>
  </div>`}function Ho({group:e,users:t,vmboxes:n,onDone:r}){let[a,s]=p(e.form),[i,c]=p("20"),[l,u]=p({}),[f,m]=p(""),[b,$]=p(!1),h=N=>O=>s({...a,[N]:O}),_=N=>a.members.find(O=>O.id===N),v=N=>s({...a,members:_(N.id)?a.members.filter(O=>O.id!==N.id):[...a.members,{id:N.id,delay:0,timeout:20}]}),g=(N,O,F)=>s({...a,members:a.members.map(R=>R.id===N?{...R,[O]:me(F)}:R)});async function w(N){N.preventDefault();let O=Sa(a);if(u(O),m(""),!Object.keys(O).length){$(!0);try{let F=C?a.members.map(J=>({...J,delay:0})):a.members,R={...a,members:F,name:a.name.trim(),repeats:me(a.repeats)};await(e.id?Io(e,R):Lo(R)),r()}catch(F){u(F.fields||{}),m(`${o.failed} ${F.message}`),$(!1)}}}let M=a.members.length>=ge,C=a.strategy!=="simultaneous";return d`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?o.editGroup:o.addGroup}</h2>
    <form onSubmit=${w} novalidate>
      <${k} message=${f} />
      <div class="grid">
        <${x} id="group_name" label=${o.name} value=${a.name} onInput=${h("name")} error=${l.name} required />
        <${x} id="group_extension" label=${o.extension} value=${a.extension} onInput=${h("extension")} error=${l.extension} required inputmode="numeric" />
        <${x} id="group_repeats" label=${o.repeats} value=${String(a.repeats)} onInput=${h("repeats")} error=${l.repeats} inputmode="numeric" />
        <${Uo} id="group_strategy" label=${o.strategy} value=${a.strategy} onChange=${h("strategy")} options=${Object.entries(o.strategies)} />
        <${Uo} id="group_next" wide label=${o.nextAction} value=${a.next_vmbox} onChange=${h("next_vmbox")}
          options=${[["",o.notAvailable],...n.map(N=>[N.id,o.toVoicemail(N.name,N.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${o.members(a.members.length,ge)}</legend>
        ${l.members&&d`<p class="error" id="members-error" role="alert">${l.members}</p>`}
        <table class="list timeline" aria-label=${o.timeline}>
          <thead><tr><th>${o.member}</th>${!C&&d`<th>${o.startAfter}</th>`}<th>${o.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(N=>{let O=_(N.id),F=`${N.first_name} ${N.last_name}`;return d`<tr key=${N.id} data-member=${N.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+N.id} checked=${!!O} disabled=${!O&&M} onChange=${()=>v(N)} /><label for=${"m-"+N.id}>${F}</label></span></td>
                ${!C&&d`<td data-label=${o.startAfter}>${O&&d`<input class="delay" aria-label=${`${o.startAfter} ${F}`} inputmode="numeric" value=${Number.isNaN(O.delay)?"":O.delay} onInput=${R=>g(N.id,"delay",R.target.value)} />`}</td>`}
                <td data-label=${o.ringFor}>${O&&d`<input class="timeout" aria-label=${`${o.ringFor} ${F}`} inputmode="numeric" value=${Number.isNaN(O.timeout)?"":O.timeout} onInput=${R=>g(N.id,"timeout",R.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${x} id="group_total" label=${o.totalRing} value=${i} onInput=${c} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!a.members.length||!(me(i)>=1)} onClick=${()=>s({...a,members:Fn(a.members,me(i))})}>${o.distribute}</button>
        </div>
      </fieldset>
      <div class="bar">
        <button type="submit" disabled=${b}>${b?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${r}>${o.cancel}</button>
      </div>
    </form>
  </section>`}async function Na(e){let t=e.baseCf?await y(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},r=(n.endpoints||[]).map(s=>({id:s.id,delay:Number(s.delay)||0,timeout:Number(s.timeout)||20})),a=e.userCf?(await y(`callflows/${e.userCf.id}`)).flow.children._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:a&&a.module==="voicemail"?a.data.id:"",members:r}}function jo(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(""),i=()=>Promise.all([Do(),y("users?paginate=false"),y("vmboxes?paginate=false")]).then(([u,f,m])=>t({groups:u,users:f,vmboxes:m}),u=>s(u.message));S(i,[]);async function c(u){try{r({...u,form:await Na(u)})}catch(f){s(f.message)}}async function l(u){confirm(o.confirmDeleteGroup(u.name))&&(await Fo(u).catch(f=>s(f.message)),i())}return n?d`<${Ho}
      group=${n}
      users=${e.users}
      vmboxes=${e.vmboxes}
      onDone=${()=>{r(null),i()}}
    />`:d`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${o.groups}</h2>
      <button disabled=${!e} onClick=${()=>r({form:{name:"",extension:"",repeats:1,strategy:"simultaneous",next_vmbox:"",members:[]}})}>${o.addGroup}</button>
    </div>
    <${k} message=${a} />
    ${e?e.groups.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.groups}>
            <thead><tr><th>${o.name}</th><th>${o.extension}</th><th>${o.memberCount}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.groups.map(u=>d`<tr key=${u.id} data-group=${u.name}>
                  <td data-label=${o.name}>${u.name}</td>
                  <td data-label=${o.extension} class="ext">${u.userCf&&u.userCf.numbers?u.userCf.numbers[0]:""}</td>
                  <td data-label=${o.memberCount}>${typeof u.endpoints=="number"?u.endpoints:Object.keys(u.endpoints||{}).length}</td>
                  <td class="actions">
                    <button onClick=${()=>c(u)} aria-label=${`${o.edit} ${u.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>l(u)} aria-label=${`${o.del} ${u.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}async function Ea(){let[e,t]=await Promise.all([y("phone_numbers"),y("callflows?paginate=false")]);return Object.entries(e.numbers||{}).map(([n,r])=>{let a=r.used_by_id&&t.find(s=>s.id===r.used_by_id);return{number:n,usedBy:a?a.name||a.id:r.used_by_id||""}}).sort((n,r)=>n.number.localeCompare(r.number))}function Bo(){let[e,t]=p(null),[n,r]=p(""),[a,s]=p(""),[i,c]=p(""),l=()=>Ea().then(t,m=>c(m.message));S(l,[]);async function u(m){m.preventDefault();let b=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(b))return s(o.badPhoneNumber);s("");try{await P(`phone_numbers/${encodeURIComponent(b)}`,{}),r(""),l()}catch($){s($.fields.number||$.message)}}async function f(m){confirm(o.confirmDeleteNumber(m))&&(await T(`phone_numbers/${encodeURIComponent(m)}`).catch(b=>c(b.message)),l())}return d`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${o.numbers}</h2>
    <${k} message=${i} />
    ${e?e.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.numbers}>
            <thead><tr><th>${o.number}</th><th>${o.usedBy}</th><th><span class="sr">${o.del}</span></th></tr></thead>
            <tbody>
              ${e.map(m=>d`<tr key=${m.number} data-number=${m.number}>
                  <td data-label=${o.number} class="main-number">${m.number}</td>
                  <td data-label=${o.usedBy} class="used-by">${m.usedBy||o.spare}</td>
                  <td class="actions">${!m.usedBy&&d`<button class="danger" onClick=${()=>f(m.number)} aria-label=${`${o.remove} ${m.number}`}>${o.remove}</button>`}</td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
    <form onSubmit=${u} novalidate>
      <${x} id="new_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
      <button type="submit">${o.addPhoneNumber}</button>
    </form>
  </section>`}var Ro=e=>e.split(/[\s,;]+/).filter(Boolean);function Go(e){return{name:e.name.trim(),conference_numbers:[e.number],member:{pins:Ro(e.member_pins),join_muted:e.join_muted},moderator:{pins:Ro(e.moderator_pins)}}}var zt=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:[n.number],flow:{module:"conference",data:{id:t.id},children:{}}});function Wo(e){if(!(e instanceof G))throw e;let t={};for(let[n,r]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=r;throw e.fields=t,e}var zo=e=>y(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function Vo(e){let t=null;try{t=await P("conferences",Go(e)),await P("callflows",zt({},t,e))}catch(n){t&&await T(`conferences/${t.id}`).catch(()=>{}),Wo(n)}}async function qo(e,t){try{let n=await q(`conferences/${e}`,Go(t)),[r]=await zo(e);r?await D(`callflows/${r.id}`,zt(await y(`callflows/${r.id}`),n,t)):await P("callflows",zt({},n,t))}catch(n){Wo(n)}}async function Ko(e){for(let t of await zo(e))await T(`callflows/${t.id}`);await T(`conferences/${e}`)}var Pa=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function Ma(e){let t={};e.name.trim()||(t.name=o.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=o.extDigits);for(let n of["member_pins","moderator_pins"])Pa.test(e[n].trim())||(t[n]=o.pinList);return t}function Yo({conf:e,onDone:t}){let n=!e.id,[r,a]=p({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[s,i]=p({}),[c,l]=p(""),[u,f]=p(!1),m=$=>h=>a({...r,[$]:h});async function b($){$.preventDefault();let h=Ma(r);if(i(h),l(""),!Object.keys(h).length){f(!0);try{n?await Vo(r):await qo(e.id,r),t()}catch(_){i(_.fields||{}),l(`${o.failed} ${_.message}`),f(!1)}}}return d`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?o.addConference:o.editConference}</h2>
    <form onSubmit=${b} novalidate>
      <${k} message=${c} />
      <div class="grid">
        <${x} id="conf_name" label=${o.name} value=${r.name} onInput=${m("name")} error=${s.name} required />
        <${x} id="conf_number" label=${o.confNumber} value=${r.number} onInput=${m("number")} error=${s.number} required inputmode="tel" />
        <${x} id="conf_member_pins" label=${o.memberPins} value=${r.member_pins} onInput=${m("member_pins")} error=${s.member_pins||s.member} inputmode="numeric" autocomplete="off" />
        <${x} id="conf_moderator_pins" label=${o.moderatorPins} value=${r.moderator_pins} onInput=${m("moderator_pins")} error=${s.moderator_pins||s.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${W} id="conf_join_muted" label=${o.joinMuted} checked=${r.join_muted} onChange=${m("join_muted")} />
      <div class="bar">
        <button type="submit" disabled=${u}>${u?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var Xo=e=>(e&&e.pins||[]).length;function Zo(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(""),i=()=>y("conferences?paginate=false").then(t,u=>s(u.message));S(i,[]);async function c(u){try{r(await y(`conferences/${u.id}`))}catch(f){s(f.message)}}async function l(u){confirm(o.confirmDeleteConference(u.name))&&(await Ko(u.id).catch(f=>s(f.message)),i())}return n?d`<${Yo}
      conf=${n}
      onDone=${()=>{r(null),i()}}
    />`:d`<section aria-labelledby="conf-h">
    <div class="bar">
      <h2 id="conf-h">${o.conferences}</h2>
      <button onClick=${()=>r({})}>${o.addConference}</button>
    </div>
    <${k} message=${a} />
    ${e?e.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.conferences}>
            <thead><tr><th>${o.name}</th><th>${o.confNumber}</th><th>${o.pins}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(u=>d`<tr key=${u.id} data-conference=${u.name}>
                  <td data-label=${o.name}>${u.name}</td>
                  <td data-label=${o.confNumber} class="ext">${(u.conference_numbers||[]).join(", ")}</td>
                  <td data-label=${o.pins} class="pins">${o.pinSummary(Xo(u.member),Xo(u.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>c(u)} aria-label=${`${o.edit} ${u.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>l(u)} aria-label=${`${o.del} ${u.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}var Oa=(e,t)=>({...e,numbers:e.numbers.map(n=>n.replace("{code}",t)),patterns:e.patterns.map(n=>n.replace("{code}",t.replace(/\*/g,"\\*"))),featurecode:{...e.featurecode,number:t}}),Ta=e=>/^[0-9*]{1,6}$/.test(e),Aa=(e,t)=>(e.star?`*${t}`:t)+(e.takes_digits?"\u2026":"");function Da({row:e,taken:t,onSaved:n}){let[r,a]=p(e.number),[s,i]=p(e.enabled),[c,l]=p(""),[u,f]=p(!1),m=r!==e.number||s!==e.enabled,b=`fc-${e.name.replace(/[^a-z0-9]/gi,"_")}`,$=o.fcNames[e.name]||e.name;async function h(){if(s&&!Ta(r))return l(o.fcDigits);if(s&&t(e,r))return l(o.fcTaken(Aa(e,r)));l(""),f(!0);try{let _=Oa(e.template,r);s?e.enabled?await q(`callflows/${e.callflow_id}`,{numbers:_.numbers,patterns:_.patterns,featurecode:_.featurecode}):await P("callflows",_):await T(`callflows/${e.callflow_id}`),n()}catch(_){l(_.fields.numbers||_.fields.patterns||_.message),f(!1)}}return d`<tr data-code=${e.name} class=${e.handled?"":"muted"}>
    <td data-label=${o.fcWhat}>${$}${!e.handled&&d`<br /><small>${o.fcNotRun}</small>`}</td>
    <td data-label=${o.fcCode}>
      <span class="code-input">${e.star?"*":""}<input id=${b} aria-label=${`${o.fcCode}: ${$}`} value=${r} inputmode="tel" size="6"
        aria-invalid=${c?"true":void 0} onInput=${_=>a(_.target.value.trim())} disabled=${!s} />${e.takes_digits?"\u2026":""}</span>
      ${c&&d`<p class="error" role="alert">${c}</p>`}
    </td>
    <td data-label=${o.fcOn}><input type="checkbox" aria-label=${`${o.fcOn}: ${$}`} checked=${s} disabled=${!e.handled&&!e.enabled}
      onChange=${_=>i(_.target.checked)} /></td>
    <td class="actions">${m&&d`<button type="button" disabled=${u} onClick=${h} aria-label=${`${o.save}: ${$}`}>${o.save}</button>`}</td>
  </tr>`}function Jo(){let[e,t]=p(null),[n,r]=p(""),a=()=>y("feature_codes").then(t,i=>r(i.message));S(a,[]);let s=(i,c)=>e.some(l=>l!==i&&l.enabled&&l.star===i.star&&l.number===c);return d`<section aria-labelledby="fc-h">
    <h2 id="fc-h">${o.featureCodes}</h2>
    <p class="hint">${o.fcHint}</p>
    <${k} message=${n} />
    ${e?d`<table class="list" aria-label=${o.featureCodes}>
          <thead><tr><th>${o.fcWhat}</th><th>${o.fcCode}</th><th>${o.fcOn}</th><th><span class="sr">${o.save}</span></th></tr></thead>
          <tbody>${e.map(i=>d`<${Da} key=${`${i.name}/${i.callflow_id}/${i.number}`} row=${i} taken=${s} onSaved=${a} />`)}</tbody>
        </table>`:d`<p>${o.loading}</p>`}
  </section>`}var La=/^\+?\d{2,15}$/;function Ia(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function Qo({user:e,onSaved:t}){let[n,r]=p(Ia(e)),[a,s]=p({}),[i,c]=p(""),[l,u]=p(!1),[f,m]=p(!1),b=h=>_=>{u(!1),r({...n,[h]:_})};async function $(h){h.preventDefault();let _=n.forward&&!La.test(n.number.trim())?{"call_forward.number":o.forwardNumber}:{};if(s(_),c(""),!Object.keys(_).length){m(!0);try{let v=await q(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});u(!0),t&&t(v)}catch(v){s(v.fields||{}),c(`${o.failed} ${v.message}`)}m(!1)}}return d`<form onSubmit=${$} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${o.callHandling}</h3>
    <${k} message=${i} />
    <${W} id="dnd" label=${o.dnd} checked=${n.dnd} onChange=${b("dnd")} />
    <${W} id="forward" label=${o.forward} checked=${n.forward} onChange=${b("forward")} />
    ${n.forward&&d`<fieldset>
      <${x} id="forward_number" label=${o.forwardTo} value=${n.number} onInput=${b("number")} error=${a["call_forward.number"]} inputmode="tel" />
      <${W} id="ring_devices" label=${o.ringDevicesToo} checked=${n.ring_devices} onChange=${b("ring_devices")} />
      <${W} id="direct_calls_only" label=${o.directCallsOnly} checked=${n.direct_calls_only} onChange=${b("direct_calls_only")} />
      <${W} id="keep_caller_id" label=${o.keepCallerId} checked=${n.keep_caller_id} onChange=${b("keep_caller_id")} />
      <${W} id="require_keypress" label=${o.requireKeypress} checked=${n.require_keypress} onChange=${b("require_keypress")} />
    </fieldset>`}
    ${l&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
  </form>`}var er=(e,t)=>/^\d+$/.test(String(e))&&Number(e)>=t&&Number(e)<=300;function tr({userId:e}){let[t,n]=p(null),[r,a]=p(null),[s,i]=p({}),[c,l]=p(""),[u,f]=p(!1),m=(h,_)=>{let v=Object.fromEntries(h.endpoints.map(g=>[g.id,g]));a({enabled:h.enabled,rows:_.map(g=>({id:g.id,name:g.name,on:!!v[g.id],delay:String(v[g.id]?.delay??0),timeout:String(v[g.id]?.timeout??20)}))})};if(S(()=>{Promise.all([y(`users/${e}/find_me_follow_me`),y(`users/${e}/devices`)]).then(([h,_])=>{n(_),m(h,_)},h=>l(h.message))},[]),!r)return d`<div class="card"><h3>${o.followMe}</h3><${k} message=${c} />${!c&&o.loading}</div>`;let b=(h,_,v)=>a({...r,rows:r.rows.map((g,w)=>w===h?{...g,[_]:v}:g)});async function $(h){h.preventDefault(),f(!1),l("");let _=r.rows.filter(g=>g.on),v={};if(r.enabled&&!_.length&&(v.rows=o.pickPhone),r.rows.forEach((g,w)=>{g.on&&(!er(g.delay,0)||!er(g.timeout,1))&&(v[w]=o.badTimeline)}),i(v),!Object.keys(v).length)try{let g=_.map(w=>({id:w.id,delay:Number(w.delay),timeout:Number(w.timeout)}));m(await D(`users/${e}/find_me_follow_me`,{enabled:r.enabled,endpoints:r.enabled?g:[]}),t),f(!0)}catch(g){let w={};for(let[M,C]of Object.entries(g.fields||{})){let N=/^endpoints\.(\d+)\./.exec(M);N?w[r.rows.indexOf(_[Number(N[1])])]=C:w.rows=C}i(w),l(`${o.failed} ${g.message}`)}}return d`<form class="card" onSubmit=${$} novalidate aria-labelledby="fmfm-h">
    <h3 id="fmfm-h">${o.followMe}</h3>
    <p class="hint">${o.followMeHint}</p>
    <${k} message=${c} />
    <${W} id="fmfm_on" label=${o.followMeOn} checked=${r.enabled} onChange=${h=>a({...r,enabled:h})} />
    ${r.enabled&&d`${s.rows&&d`<p class="error" role="alert">${s.rows}</p>`}
      <table class="list timeline" aria-label=${o.followMe}>
        <thead><tr><th>${o.myDevices}</th><th>${o.startAfter}</th><th>${o.ringFor}</th></tr></thead>
        <tbody>
          ${r.rows.map((h,_)=>d`<tr key=${h.id} data-fmfm=${h.name}>
              <td><span class="check"><input type="checkbox" id=${"fm-"+h.id} checked=${h.on} onChange=${v=>b(_,"on",v.target.checked)} /><label for=${"fm-"+h.id}>${h.name}</label></span>
                ${s[_]&&d`<p class="error" role="alert">${s[_]}</p>`}</td>
              <td data-label=${o.startAfter}>${h.on&&d`<input aria-label=${`${o.startAfter} ${h.name}`} inputmode="numeric" value=${h.delay} onInput=${v=>b(_,"delay",v.target.value)} />`}</td>
              <td data-label=${o.ringFor}>${h.on&&d`<input aria-label=${`${o.ringFor} ${h.name}`} inputmode="numeric" value=${h.timeout} onInput=${v=>b(_,"timeout",v.target.value)} />`}</td>
            </tr>`)}
        </tbody>
      </table>`}
    <div class="bar"><button type="submit">${o.save}</button>${u&&d`<span class="ok" role="status">${o.saved}</span>`}</div>
  </form>`}var Fa=5e3;function Ua({userId:e}){let[t,n]=p(null),[r,a]=p("");return S(()=>{let s=()=>y(`users/${e}/devices`).then(n,c=>a(c.message));s();let i=setInterval(s,Fa);return()=>clearInterval(i)},[]),d`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${o.myDevices}</h3>
    <${k} message=${r} />
    ${t?t.length===0?o.none:d`<ul class="my-devices">
            ${t.map(s=>d`<li key=${s.id} data-device=${s.name}>
                <span class=${s.registered?"dot on":"dot"}>${s.name} · ${s.registered?o.registered:o.notRegistered}</span>
              </li>`)}
          </ul>`:o.loading}
  </div>`}function nr(){let[e,t]=p(null),[n,r]=p("");return S(()=>{y(`users/${E.value.owner}`).then(t,a=>r(a.message))},[]),d`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:o.myPhone}</h2>
    <${k} message=${n} />
    ${e&&d`<div class="stack">
      <${Ua} userId=${e.id} />
      <${Qo} user=${e} onSaved=${t} />
      <${tr} userId=${e.id} />
      <${ce} username=${e.username} />
    </div>`}
  </section>`}async function Ha(e,t){let n=await fetch("/v2/"+Y(`vmboxes/${e}/greeting`),{method:"POST",headers:{"X-Auth-Token":E.value.token,"Content-Type":Rt(t),Accept:"application/json"},body:t});if(!n.ok)throw new G(n.status,await n.json().catch(()=>null))}function or({box:e}){let[t,n]=p(""),[r,a]=p(""),[s,i]=p(null),[c,l]=p({}),[u,f]=p(""),[m,b]=p(!1),$=()=>y(`vmboxes/${e.id}`).then(g=>b(!!(g.media&&g.media.unavailable)),()=>{});S($,[]);let h=g=>`${g}_${e.mailbox}`;async function _(g){g.preventDefault(),f("");let w={};if(/^\d{4,6}$/.test(t)?t!==r&&(w.again=o.pinMismatch):w.pin=o.pinDigits,l(w),!Object.keys(w).length)try{await q(`vmboxes/${e.id}`,{pin:t}),n(""),a(""),f("pin")}catch(M){l({pin:M.fields.pin||M.message})}}async function v(g){if(g.preventDefault(),f(""),!s||!Ke(s))return l({greeting:o.greetingType});l({});try{await Ha(e.id,s),f("greeting"),$()}catch(w){l({greeting:w.fields.media||w.message})}}return d`<div class="card" data-settings=${e.mailbox}>
    <h3>${o.boxSettings(e.name,e.mailbox)}</h3>
    <form onSubmit=${_} novalidate>
      <${x} id=${h("pin")} label=${o.newPin} type="password" value=${t} onInput=${n} error=${c.pin} inputmode="numeric" autocomplete="new-password" />
      <${x} id=${h("pin_again")} label=${o.newPinAgain} type="password" value=${r} onInput=${a} error=${c.again} inputmode="numeric" autocomplete="new-password" />
      <div class="bar"><button type="submit">${o.changePin}</button>${u==="pin"&&d`<span class="ok" role="status">${o.pinChanged}</span>`}</div>
    </form>
    <form onSubmit=${v} novalidate>
      <div class="field">
        <label for=${h("greeting")}>${o.greeting}</label>
        <input id=${h("greeting")} type="file" accept="audio/wav,audio/mpeg,.wav,.mp3" aria-invalid=${c.greeting?"true":void 0}
          onChange=${g=>i(g.target.files[0]||null)} />
        ${c.greeting&&d`<p class="error" id=${h("greeting")+"-error"} role="alert">${c.greeting}</p>`}
        <p class="hint">${m?o.greetingSet:o.greetingNone}</p>
      </div>
      <div class="bar"><button type="submit">${o.uploadGreeting}</button>${u==="greeting"&&d`<span class="ok" role="status">${o.greetingSaved}</span>`}</div>
    </form>
  </div>`}function rr(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(""),i=()=>y("vmboxes?paginate=false").then(t,c=>s(c.message));return S(i,[]),n?d`<${Ye}
      box=${n}
      onDone=${()=>{r(null),i()}}
    />`:d`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${o.vmboxes}</h2>
    <${k} message=${a} />
    ${e?e.length===0?d`<p>${o.noBox}</p>`:d`<ul class="numbers">
            ${e.map(c=>d`<li key=${c.id} data-vmbox=${c.mailbox}>
                <span>${c.name} (${c.mailbox}) · ${o.messageCount(c.messages||0)}</span>
                <button onClick=${()=>r(c)} aria-label=${o.messagesOf(c.name)}>${o.messages}</button>
              </li>`)}
          </ul>`:d`<p>${o.loading}</p>`}
    ${e&&d`<div class="stack">${e.map(c=>d`<${or} key=${c.id} box=${c} />`)}</div>`}
  </section>`}var ja={dashboard:[o.dashboard,In],users:[o.users,Rn],devices:[o.devices,zn],groups:[o.groups,jo],calls:[o.callLogs,qn],main:[o.mainNumber,Re],voicemail:[o.vmboxes,Ao],conferences:[o.conferences,Zo],codes:[o.featureCodes,Jo],numbers:[o.numbers,Bo],settings:[o.settings,Po]},Ba={me:[o.myPhone,nr],myvoicemail:[o.vmboxes,rr],mycalls:[o.myCalls,Kn]},Ze=()=>E.value&&E.value.admin===!1?Ba:ja,Vt=V(location.hash.slice(1));addEventListener("hashchange",()=>Vt.value=location.hash.slice(1));var Ra=()=>Vt.value in Ze()?Vt.value:Object.keys(Ze())[0],ar=null;oe(()=>{let e=E.value;e||(ae.value=null),e&&e.admin!==!1&&ar!==e.token&&(ar=e.token,ko().catch(()=>{}))});function Ga(){if(!E.value)return d`<${Dn} />`;let e=Ra(),[,t]=Ze()[e];return d`<header>
      <strong>${o.app}</strong>
      <nav aria-label=${o.menu}>
        ${Object.entries(Ze()).map(([n,[r]])=>d`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${r}</a>`)}
      </nav>
      <button class="plain" onClick=${De}>${o.logout}</button>
    </header>
    <main>${ae.value?d`<${So} />`:d`<${t} key=${e} />`}</main>`}lt(d`<${Ga} />`,document.getElementById("app"));
