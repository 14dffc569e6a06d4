var xe,D,zt,Qe,K,Bt,qt,Ze,Wt,et,Ke,Je,Ro,me={},Vt=[],Bo=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,tt=Array.isArray;function X(e,t){for(var n in t)e[n]=t[n];return e}function nt(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function ke(e,t,n){var r,s,a,i={};for(a in t)a=="key"?r=t[a]:a=="ref"?s=t[a]:i[a]=t[a];if(arguments.length>2&&(i.children=arguments.length>3?xe.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(a in e.defaultProps)i[a]===void 0&&(i[a]=e.defaultProps[a]);return ye(e,i,r,s,null)}function ye(e,t,n,r,s){var a={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++zt,__i:-1,__u:0};return s==null&&D.vnode!=null&&D.vnode(a),a}function Ce(e){return e.children}function J(e,t){this.props=e,this.context=t}function re(e,t){if(t==null)return e.__?re(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?re(e):null}function Yt(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return Yt(e)}}function jt(e){(!e.__d&&(e.__d=!0)&&K.push(e)&&!we.__r++||Bt!==D.debounceRendering)&&((Bt=D.debounceRendering)||qt)(we)}function we(){var e,t,n,r,s,a,i,u;for(K.sort(Ze);e=K.shift();)e.__d&&(t=K.length,r=void 0,a=(s=(n=e).__v).__e,i=[],u=[],n.__P&&((r=X({},s)).__v=s.__v+1,D.vnode&&D.vnode(r),ot(n.__P,r,s,n.__n,n.__P.namespaceURI,32&s.__u?[a]:null,i,a??re(s),!!(32&s.__u),u),r.__v=s.__v,r.__.__k[r.__i]=r,Kt(i,r,u),r.__e!=a&&Yt(r)),K.length>t&&K.sort(Ze));we.__r=0}function Xt(e,t,n,r,s,a,i,u,d,l,f){var m,b,$,h,_,v,g=r&&r.__k||Vt,w=t.length;for(d=jo(n,t,g,d,w),m=0;m<w;m++)($=n.__k[m])!=null&&(b=$.__i===-1?me:g[$.__i]||me,$.__i=m,v=ot(e,$,b,s,a,i,u,d,l,f),h=$.__e,$.ref&&b.ref!=$.ref&&(b.ref&&rt(b.ref,null,$),f.push($.ref,$.__c||h,$)),_==null&&h!=null&&(_=h),4&$.__u||b.__k===$.__k?d=Zt($,d,e):typeof $.type=="function"&&v!==void 0?d=v:h&&(d=h.nextSibling),$.__u&=-7);return n.__e=_,d}function jo(e,t,n,r,s){var a,i,u,d,l,f=n.length,m=f,b=0;for(e.__k=new Array(s),a=0;a<s;a++)(i=t[a])!=null&&typeof i!="boolean"&&typeof i!="function"?(d=a+b,(i=e.__k[a]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?ye(null,i,null,null,null):tt(i)?ye(Ce,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?ye(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,u=null,(l=i.__i=Ho(i,n,d,m))!==-1&&(m--,(u=n[l])&&(u.__u|=2)),u==null||u.__v===null?(l==-1&&b--,typeof i.type!="function"&&(i.__u|=4)):l!=d&&(l==d-1?b--:l==d+1?b++:(l>d?b--:b++,i.__u|=4))):e.__k[a]=null;if(m)for(a=0;a<f;a++)(u=n[a])!=null&&!(2&u.__u)&&(u.__e==r&&(r=re(u)),Jt(u,u));return r}function Zt(e,t,n){var r,s;if(typeof e.type=="function"){for(r=e.__k,s=0;r&&s<r.length;s++)r[s]&&(r[s].__=e,t=Zt(r[s],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=re(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Ho(e,t,n,r){var s,a,i=e.key,u=e.type,d=t[n];if(d===null||d&&i==d.key&&u===d.type&&!(2&d.__u))return n;if(r>(d!=null&&!(2&d.__u)?1:0))for(s=n-1,a=n+1;s>=0||a<t.length;){if(s>=0){if((d=t[s])&&!(2&d.__u)&&i==d.key&&u===d.type)return s;s--}if(a<t.length){if((d=t[a])&&!(2&d.__u)&&i==d.key&&u===d.type)return a;a++}}return-1}function Ht(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||Bo.test(t)?n:n+"px"}function ve(e,t,n,r,s){var a;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||Ht(e.style,t,"");if(n)for(t in n)r&&n[t]===r[t]||Ht(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")a=t!=(t=t.replace(Wt,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+a]=n,n?r?n.u=r.u:(n.u=et,e.addEventListener(t,a?Je:Ke,a)):e.removeEventListener(t,a?Je:Ke,a);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function Gt(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=et++;else if(t.t<n.u)return;return n(D.event?D.event(t):t)}}}function ot(e,t,n,r,s,a,i,u,d,l){var f,m,b,$,h,_,v,g,w,N,P,M,T,q,j,de,Xe,V=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(d=!!(32&n.__u),a=[u=t.__e=n.__e]),(f=D.__b)&&f(t);e:if(typeof V=="function")try{if(g=t.props,w="prototype"in V&&V.prototype.render,N=(f=V.contextType)&&r[f.__c],P=f?N?N.props.value:f.__:r,n.__c?v=(m=t.__c=n.__c).__=m.__E:(w?t.__c=m=new V(g,P):(t.__c=m=new J(g,P),m.constructor=V,m.render=zo),N&&N.sub(m),m.props=g,m.state||(m.state={}),m.context=P,m.__n=r,b=m.__d=!0,m.__h=[],m._sb=[]),w&&m.__s==null&&(m.__s=m.state),w&&V.getDerivedStateFromProps!=null&&(m.__s==m.state&&(m.__s=X({},m.__s)),X(m.__s,V.getDerivedStateFromProps(g,m.__s))),$=m.props,h=m.state,m.__v=t,b)w&&V.getDerivedStateFromProps==null&&m.componentWillMount!=null&&m.componentWillMount(),w&&m.componentDidMount!=null&&m.__h.push(m.componentDidMount);else{if(w&&V.getDerivedStateFromProps==null&&g!==$&&m.componentWillReceiveProps!=null&&m.componentWillReceiveProps(g,P),!m.__e&&(m.shouldComponentUpdate!=null&&m.shouldComponentUpdate(g,m.__s,P)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(m.props=g,m.state=m.__s,m.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(ue){ue&&(ue.__=t)}),M=0;M<m._sb.length;M++)m.__h.push(m._sb[M]);m._sb=[],m.__h.length&&i.push(m);break e}m.componentWillUpdate!=null&&m.componentWillUpdate(g,m.__s,P),w&&m.componentDidUpdate!=null&&m.__h.push(function(){m.componentDidUpdate($,h,_)})}if(m.context=P,m.props=g,m.__P=e,m.__e=!1,T=D.__r,q=0,w){for(m.state=m.__s,m.__d=!1,T&&T(t),f=m.render(m.props,m.state,m.context),j=0;j<m._sb.length;j++)m.__h.push(m._sb[j]);m._sb=[]}else do m.__d=!1,T&&T(t),f=m.render(m.props,m.state,m.context),m.state=m.__s;while(m.__d&&++q<25);m.state=m.__s,m.getChildContext!=null&&(r=X(X({},r),m.getChildContext())),w&&!b&&m.getSnapshotBeforeUpdate!=null&&(_=m.getSnapshotBeforeUpdate($,h)),u=Xt(e,tt(de=f!=null&&f.type===Ce&&f.key==null?f.props.children:f)?de:[de],t,n,r,s,a,i,u,d,l),m.base=t.__e,t.__u&=-161,m.__h.length&&i.push(m),v&&(m.__E=m.__=null)}catch(ue){if(t.__v=null,d||a!=null)if(ue.then){for(t.__u|=d?160:128;u&&u.nodeType==8&&u.nextSibling;)u=u.nextSibling;a[a.indexOf(u)]=null,t.__e=u}else for(Xe=a.length;Xe--;)nt(a[Xe]);else t.__e=n.__e,t.__k=n.__k;D.__e(ue,t,n)}else a==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):u=t.__e=Go(n.__e,t,n,r,s,a,i,d,l);return(f=D.diffed)&&f(t),128&t.__u?void 0:u}function Kt(e,t,n){for(var r=0;r<n.length;r++)rt(n[r],n[++r],n[++r]);D.__c&&D.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(a){a.call(s)})}catch(a){D.__e(a,s.__v)}})}function Go(e,t,n,r,s,a,i,u,d){var l,f,m,b,$,h,_,v=n.props,g=t.props,w=t.type;if(w=="svg"?s="http://www.w3.org/2000/svg":w=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),a!=null){for(l=0;l<a.length;l++)if(($=a[l])&&"setAttribute"in $==!!w&&(w?$.localName==w:$.nodeType==3)){e=$,a[l]=null;break}}if(e==null){if(w==null)return document.createTextNode(g);e=document.createElementNS(s,w,g.is&&g),u&&(D.__m&&D.__m(t,a),u=!1),a=null}if(w===null)v===g||u&&e.data===g||(e.data=g);else{if(a=a&&xe.call(e.childNodes),v=n.props||me,!u&&a!=null)for(v={},l=0;l<e.attributes.length;l++)v[($=e.attributes[l]).name]=$.value;for(l in v)if($=v[l],l!="children"){if(l=="dangerouslySetInnerHTML")m=$;else if(!(l in g)){if(l=="value"&&"defaultValue"in g||l=="checked"&&"defaultChecked"in g)continue;ve(e,l,null,$,s)}}for(l in g)$=g[l],l=="children"?b=$:l=="dangerouslySetInnerHTML"?f=$:l=="value"?h=$:l=="checked"?_=$:u&&typeof $!="function"||v[l]===$||ve(e,l,$,v[l],s);if(f)u||m&&(f.__html===m.__html||f.__html===e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(m&&(e.innerHTML=""),Xt(e,tt(b)?b:[b],t,n,r,w=="foreignObject"?"http://www.w3.org/1999/xhtml":s,a,i,a?a[0]:n.__k&&re(n,0),u,d),a!=null)for(l=a.length;l--;)nt(a[l]);u||(l="value",w=="progress"&&h==null?e.removeAttribute("value"):h!==void 0&&(h!==e[l]||w=="progress"&&!h||w=="option"&&h!==v[l])&&ve(e,l,h,v[l],s),l="checked",_!==void 0&&_!==e[l]&&ve(e,l,_,v[l],s))}return e}function rt(e,t,n){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(s){D.__e(s,n)}}function Jt(e,t,n){var r,s;if(D.unmount&&D.unmount(e),(r=e.ref)&&(r.current&&r.current!==e.__e||rt(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(a){D.__e(a,t)}r.base=r.__P=null}if(r=e.__k)for(s=0;s<r.length;s++)r[s]&&Jt(r[s],t,n||typeof e.type!="function");n||nt(e.__e),e.__c=e.__=e.__e=void 0}function zo(e,t,n){return this.constructor(e,n)}function st(e,t,n){var r,s,a,i;t==document&&(t=document.documentElement),D.__&&D.__(e,t),s=(r=typeof n=="function")?null:n&&n.__k||t.__k,a=[],i=[],ot(t,e=(!r&&n||t).__k=ke(Ce,null,[e]),s||me,me,t.namespaceURI,!r&&n?[n]:s?null:t.firstChild?xe.call(t.childNodes):null,a,!r&&n?n:s?s.__e:t.firstChild,r,i),Kt(a,e,i)}xe=Vt.slice,D={__e:function(e,t,n,r){for(var s,a,i;t=t.__;)if((s=t.__c)&&!s.__)try{if((a=s.constructor)&&a.getDerivedStateFromError!=null&&(s.setState(a.getDerivedStateFromError(e)),i=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,r||{}),i=s.__d),i)return s.__E=s}catch(u){e=u}throw e}},zt=0,Qe=function(e){return e!=null&&e.constructor==null},J.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=X({},this.state),typeof e=="function"&&(e=e(X({},n),this.props)),e&&X(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),jt(this))},J.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),jt(this))},J.prototype.render=Ce,K=[],qt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Ze=function(e,t){return e.__v.__b-t.__v.__b},we.__r=0,Wt=/(PointerCapture)$|Capture$/i,et=0,Ke=Gt(!1),Je=Gt(!0),Ro=0;var en=function(e,t,n,r){var s;t[0]=0;for(var a=1;a<t.length;a++){var i=t[a++],u=t[a]?(t[0]|=i?1:2,n[t[a++]]):t[++a];i===3?r[0]=u:i===4?r[1]=Object.assign(r[1]||{},u):i===5?(r[1]=r[1]||{})[t[++a]]=u:i===6?r[1][t[++a]]+=u+"":i?(s=e.apply(u,en(e,u,n,["",null])),r.push(s),u[0]?t[0]|=2:(t[a-2]=0,t[a]=s)):r.push(u)}return r},Qt=new Map;function tn(e){var t=Qt.get(this);return t||(t=new Map,Qt.set(this,t)),(t=en(this,t.get(e)||(t.set(e,t=function(n){for(var r,s,a=1,i="",u="",d=[0],l=function(b){a===1&&(b||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,b,i):a===3&&(b||i)?(d.push(3,b,i),a=2):a===2&&i==="..."&&b?d.push(4,b,0):a===2&&i&&!b?d.push(5,0,!0,i):a>=5&&((i||!b&&a===5)&&(d.push(a,0,i,s),a=6),b&&(d.push(a,b,0,s),a=6)),i=""},f=0;f<n.length;f++){f&&(a===1&&l(),l(f));for(var m=0;m<n[f].length;m++)r=n[f][m],a===1?r==="<"?(l(),d=[d],a=3):i+=r:a===4?i==="--"&&r===">"?(a=1,i=""):i=r+i[0]:u?r===u?u="":i+=r:r==='"'||r==="'"?u=r:r===">"?(l(),a=1):a&&(r==="="?(a=5,s=i,i=""):r==="/"&&(a<5||n[f][m+1]===">")?(l(),a===3&&(d=d[0]),a=d,(d=d[0]).push(2,0,a),a=0):r===" "||r==="	"||r===`
`||r==="\r"?(l(),a=2):i+=r),a===3&&i==="!--"&&(a=4,d=d[0])}return l(),d}(e)),t),arguments,[])).length>1?t:t[0]}var c=tn.bind(ke);var fe,I,at,nn,Pe=0,un=[],L=D,on=L.__b,rn=L.__r,sn=L.diffed,an=L.__c,ln=L.unmount,cn=L.__;function lt(e,t){L.__h&&L.__h(I,e,Pe||t),Pe=0;var n=I.__H||(I.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function p(e){return Pe=1,qo(fn,e)}function qo(e,t,n){var r=lt(fe++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):fn(void 0,t),function(u){var d=r.__N?r.__N[0]:r.__[0],l=r.t(d,u);d!==l&&(r.__N=[l,r.__[1]],r.__c.setState({}))}],r.__c=I,!I.u)){var s=function(u,d,l){if(!r.__c.__H)return!0;var f=r.__c.__H.__.filter(function(b){return!!b.__c});if(f.every(function(b){return!b.__N}))return!a||a.call(this,u,d,l);var m=r.__c.props!==u;return f.forEach(function(b){if(b.__N){var $=b.__[0];b.__=b.__N,b.__N=void 0,$!==b.__[0]&&(m=!0)}}),a&&a.call(this,u,d,l)||m};I.u=!0;var a=I.shouldComponentUpdate,i=I.componentWillUpdate;I.componentWillUpdate=function(u,d,l){if(this.__e){var f=a;a=void 0,s(u,d,l),a=f}i&&i.call(this,u,d,l)},I.shouldComponentUpdate=s}return r.__N||r.__}function C(e,t){var n=lt(fe++,3);!L.__s&&mn(n.__H,t)&&(n.__=e,n.i=t,I.__H.__h.push(n))}function ct(e){return Pe=5,Ee(function(){return{current:e}},[])}function Ee(e,t){var n=lt(fe++,7);return mn(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function Wo(){for(var e;e=un.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(Se),e.__H.__h.forEach(it),e.__H.__h=[]}catch(t){e.__H.__h=[],L.__e(t,e.__v)}}L.__b=function(e){I=null,on&&on(e)},L.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),cn&&cn(e,t)},L.__r=function(e){rn&&rn(e),fe=0;var t=(I=e.__c).__H;t&&(at===I?(t.__h=[],I.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(Se),t.__h.forEach(it),t.__h=[],fe=0)),at=I},L.diffed=function(e){sn&&sn(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(un.push(t)!==1&&nn===L.requestAnimationFrame||((nn=L.requestAnimationFrame)||Vo)(Wo)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),at=I=null},L.__c=function(e,t){t.some(function(n){try{n.__h.forEach(Se),n.__h=n.__h.filter(function(r){return!r.__||it(r)})}catch(r){t.some(function(s){s.__h&&(s.__h=[])}),t=[],L.__e(r,n.__v)}}),an&&an(e,t)},L.unmount=function(e){ln&&ln(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(r){try{Se(r)}catch(s){t=s}}),n.__H=void 0,t&&L.__e(t,n.__v))};var dn=typeof requestAnimationFrame=="function";function Vo(e){var t,n=function(){clearTimeout(r),dn&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,100);dn&&(t=requestAnimationFrame(n))}function Se(e){var t=I,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),I=t}function it(e){var t=I;e.__c=e.__(),I=t}function mn(e,t){return!e||e.length!==t.length||t.some(function(n,r){return n!==e[r]})}function fn(e,t){return typeof t=="function"?t(e):t}var Yo=Symbol.for("preact-signals");function dt(){if(Q>1)Q--;else{var e,t=!1;for(function(){var s=Me;for(Me=void 0;s!==void 0;){var a=s.S;if(a.v===s.v)for(var i=a.t;i!==void 0;i=i.x)i.i===s.i&&(i.i=a.i);s=s.o}}();$e!==void 0;){var n=$e;for($e=void 0,Ne++;n!==void 0;){var r=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&hn(n))try{n.c()}catch(s){t||(e=s,t=!0)}n=r}}if(Ne=0,Q--,t)throw e}}var pe,A=void 0;function he(e){var t=A,n=pe;A=void 0,pe=void 0;try{return e()}finally{A=t,pe=n}}var $e=void 0,Q=0,Ne=0;var pn=0,Me=void 0,Oe=0;function $n(e){if(A!==void 0){var t=e.n;if(t===void 0||t.t!==A)return t={i:0,S:e,p:A.s,n:void 0,t:A,e:void 0,x:void 0,r:t},A.s!==void 0&&(A.s.n=t),A.s=t,e.n=t,32&A.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=A.s,t.n=void 0,A.s.n=t,A.s=t),t}}function R(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}R.prototype.brand=Yo;R.prototype.h=function(){return!0};R.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:he(function(){var r;(r=t.W)==null||r.call(t)}))};R.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,r=e.x;n!==void 0&&(n.x=r,e.e=void 0),r!==void 0&&(r.e=n,e.x=void 0),e===this.t&&(this.t=r,r===void 0&&he(function(){var s;(s=t.Z)==null||s.call(t)}))}};R.prototype.subscribe=function(e){var t=this;return te(function(){var n=t.value;he(function(){return e(n)})},{name:"sub"})};R.prototype.valueOf=function(){return this.value};R.prototype.toString=function(){return this.value+""};R.prototype.toJSON=function(){return this.value};R.prototype.peek=function(){var e=this;return he(function(){return e.value})};Object.defineProperty(R.prototype,"value",{get:function(){var e=$n(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Ne>100)throw new Error("Cycle detected");(function(n){Q!==0&&Ne===0&&n.l!==pn&&(n.l=pn,Me={S:n,v:n.v,i:n.i,o:Me})})(this),this.v=e,this.i++,Oe++,Q++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{dt()}}}});function H(e,t){return new R(e,t)}function hn(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function bn(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function _n(e){for(var t=e.s,n=void 0;t!==void 0;){var r=t.p;t.i===-1?(t.S.U(t),r!==void 0&&(r.n=t.n),t.n!==void 0&&(t.n.p=r)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=r}e.s=n}function ee(e,t){R.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Oe-1,this.f=4}ee.prototype=new R;ee.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Oe))return!0;if(this.g=Oe,this.f|=1,this.i>0&&!hn(this))return this.f&=-2,!0;var e=A;try{bn(this),A=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return A=e,_n(this),this.f&=-2,!0};ee.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}R.prototype.S.call(this,e)};ee.prototype.U=function(e){if(this.t!==void 0&&(R.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};ee.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(ee.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=$n(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function ut(e,t){return new ee(e,t)}function gn(e){var t=e.j;if(e.j=void 0,typeof t=="function"){Q++;var n=A;A=void 0;try{t()}catch(r){throw e.f&=-2,e.f|=8,mt(e),r}finally{A=n,dt()}}}function mt(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,gn(e)}function Xo(e){if(A!==this)throw new Error("Out-of-order effect");_n(this),A=e,this.f&=-2;try{8&this.f&&mt(this)}finally{dt()}}function se(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,pe&&pe.push(this)}se.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};se.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,gn(this),bn(this),Q++;var e=A;return A=this,Xo.bind(this,e)};se.prototype.N=function(){2&this.f||(this.f|=2,this.u=$e,$e=this)};se.prototype.d=function(){this.f|=8,1&this.f||mt(this)};se.prototype.dispose=function(){this.d()};function te(e,t){var n=new se(e,t);try{n.c()}catch(s){throw n.d(),s}var r=n.d.bind(n);return r[Symbol.dispose]=r,r}var pt,ft;function ae(e,t){D[e]=t.bind(null,D[e]||function(){})}function De(e){ft&&ft(),ft=e&&e.S()}function vn(e){var t=this,n=e.data,r=Ko(n);r.value=n;var s=Ee(function(){for(var a=t.__v;a=a.__;)if(a.__c){a.__c.__$f|=4;break}return t.__$u.c=function(){var i,u=t.__$u.S(),d=s.value;u(),Qe(d)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=d},ut(function(){var i=r.value.value;return i===0?0:i===!0?"":i||""})},[]);return s.value}vn.displayName="_st";Object.defineProperties(R.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:vn},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});ae("__b",function(e,t){if(typeof t.type=="string"){var n,r=t.props;for(var s in r)if(s!=="children"){var a=r[s];a instanceof R&&(n||(t.__np=n={}),n[s]=a,r[s]=a.peek())}}e(t)});ae("__r",function(e,t){De();var n,r=t.__c;r&&(r.__$f&=-2,(n=r.__$u)===void 0&&(r.__$u=n=function(s){var a;return te(function(){a=this}),a.c=function(){r.__$f|=1,r.setState({})},a}())),pt=r,De(n),e(t)});ae("__e",function(e,t,n,r){De(),pt=void 0,e(t,n,r)});ae("diffed",function(e,t){De(),pt=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var r=t.__np,s=t.props;if(r){var a=n.U;if(a)for(var i in a){var u=a[i];u!==void 0&&!(i in r)&&(u.d(),a[i]=void 0)}else n.U=a={};for(var d in r){var l=a[d],f=r[d];l===void 0?(l=Zo(n,d,f,s),a[d]=l):l.o(f,s)}}}e(t)});function Zo(e,t,n,r){var s=t in e&&e.ownerSVGElement===void 0,a=H(n);return{o:function(i,u){a.value=i,r=u},d:te(function(){var i=a.value.value;r[t]!==i&&(r[t]=i,s?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}ae("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var r=n.U;if(r){n.U=void 0;for(var s in r){var a=r[s];a&&a.d()}}}}else{var i=t.__c;if(i){var u=i.__$u;u&&(i.__$u=void 0,u.d())}}e(t)});ae("__h",function(e,t,n,r){(r<3||r===9)&&(t.__$f|=2),e(t,n,r)});J.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var r in t)return!0;for(var s in e)if(s!=="__source"&&e[s]!==this.props[s])return!0;for(var a in this.props)if(!(a in e))return!0;return!1};function Ko(e){return Ee(function(){return H(e)},[])}var Jo=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],Qo=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function yn(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,r=new Uint32Array(n*16);t.forEach((d,l)=>r[l>>2]|=d<<l%4*8),r[t.length>>2]|=128<<t.length%4*8,r[n*16-2]=t.length*8>>>0,r[n*16-1]=Math.floor(t.length/536870912);let[s,a,i,u]=[1732584193,4023233417,2562383102,271733878];for(let d=0;d<r.length;d+=16){let[l,f,m,b]=[s,a,i,u];for(let $=0;$<64;$++){let h=$>>4,_,v;h===0?[_,v]=[f&m|~f&b,$]:h===1?[_,v]=[b&f|~b&m,(5*$+1)%16]:h===2?[_,v]=[f^m^b,(3*$+5)%16]:[_,v]=[m^(f|~b),7*$%16];let g=Jo[h*4+$%4],w=l+_+Qo[$]+r[d+v]>>>0;[l,b,m]=[b,m,f],f=f+(w<<g|w>>>32-g)>>>0}[s,a,i,u]=[s+l>>>0,a+f>>>0,i+m>>>0,u+b>>>0]}return[s,a,i,u].map(d=>[0,8,16,24].map(l=>(d>>>l&255).toString(16).padStart(2,"0")).join("")).join("")}var $t="edgepbx.session",S=H(er());function er(){try{return JSON.parse(sessionStorage.getItem($t))||null}catch{return null}}var tr=30*60*1e3,wn=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>wn=Date.now(),{passive:!0});setInterval(()=>S.value&&Date.now()-wn>tr&&Te(),60*1e3);var B=class extends Error{constructor(t,n){let r={},s=n&&n.data;if(t===400&&s&&typeof s=="object")for(let[a,i]of Object.entries(s)){let u=i&&typeof i=="object"?Object.values(i)[0]:null;r[a]=u&&u.message||String(i)}super(n&&(n.message||s&&s.message)||`HTTP ${t}`),this.status=t,this.fields=r,this.body=n}};async function U(e,t,n,r=S.value&&S.value.token){let s=S.value,a={Accept:"application/json"};r&&(a["X-Auth-Token"]=r),n!==void 0&&(a["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:a,body:n===void 0?void 0:JSON.stringify({data:n})}),u=await i.json().catch(()=>null);if(i.status===401&&s&&t!=="user_auth"&&Te(),!i.ok)throw new B(i.status,u);return u}async function be(e,t="audio/*"){let n=await fetch("/v2/"+Y(e),{headers:{"X-Auth-Token":S.value.token,Accept:t}});if(!n.ok)throw new B(n.status,await n.json().catch(()=>null));return n.blob()}var Y=e=>`accounts/${S.value.account}/${e}`,y=async e=>(await U("GET",Y(e))).data,E=async(e,t)=>(await U("PUT",Y(e),t)).data,F=async(e,t)=>(await U("POST",Y(e),t)).data,G=async(e,t)=>(await U("PATCH",Y(e),t)).data,O=async e=>(await U("DELETE",Y(e))).data,xn=(e,t,n)=>U("PUT","user_auth",{credentials:yn(`${t.toLowerCase()}:${n}`),account_name:e});async function kn(e,t,n){let r=await xn(e,t,n),s={token:r.auth_token,account:r.data.account_id,owner:r.data.owner_id,accountName:e},a=(await U("GET",`accounts/${s.account}/users/${s.owner}`,void 0,s.token)).data;s.admin=a.priv_level==="admin",sessionStorage.setItem($t,JSON.stringify(s)),S.value=s}function Te(){sessionStorage.removeItem($t),S.value=null}async function Cn(e,t){try{return await xn(S.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var o={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension and their phones?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",sipLadder:"SIP messages",ladderBox:"This box",ladderGone:"The SIP messages of this call are no longer in the box's memory.",rawMessage:"Message",downloadPcap:"Download pcap",problemReport:"Problem report",copy:"Copy",copied:"Copied.",cutMessage:e=>`(cut: the message had ${e} bytes)`,required:"Required",extDigits:"Digits only, 2 to 8 of them",extProposed:e=>`${e} is the next free extension.`,extLength:e=>`The office's extensions have ${e} digits (Settings, Country and extensions)`,failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepLocale:"Country and extensions",locale:"Country and extensions",localeHint:"The country sets the tones callers hear and how analog phones ring and show caller ID; choosing it proposes its time zone and prompt language. New users get the next free extension of the length set here.",country:"Country",countryNone:"Not set (US tones)",promptLanguage:"Prompt language (such as en-gb)",extensionLength:"Extension length (digits, 2 to 8)",extLengthRange:"A number from 2 to 8",proposedZone:e=>`Time zone ${e} is saved with the country (change it under Office).`,stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",clockUnset:"The box does not know the date and time yet: office hours are not applied (calls take the default route) until a time server answers.",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",providerAddress:"Address shown to providers",providerAddressOwn:"the box's own",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"},featureCodes:"Feature codes",fcHint:"Codes dialled from any phone of the office. A code with \u2026 takes a number dialled after it. Turning a code off frees it.",fcWhat:"What it does",fcCode:"Code",fcOn:"On",fcNotRun:"This box does not run this code yet.",fcDigits:"1 to 6 digits",fcTaken:e=>`${e} is already another code`,fcNames:{"call_forward[action=activate]":"Turn call forwarding on (to the number dialled after the code, else asked for)","call_forward[action=deactivate]":"Turn call forwarding off","call_forward[action=toggle]":"Turn call forwarding on or off","call_forward[action=update]":"Change the call forwarding number","hotdesk[action=login]":"Hot desking: sign in at this phone","hotdesk[action=logout]":"Hot desking: sign out of this phone","hotdesk[action=toggle]":"Hot desking: sign in or out","voicemail[action=check]":"Check voicemail (box number after the code, else asked for)","voicemail[single_mailbox_login]":"Check voicemail, asking for the box number",'voicemail[action="direct"]':"Leave a message straight in a box (box number after the code)",intercom:"Intercom: the extension after the code answers on its speaker","privacy[mode=full]":"Hide your caller ID for the number after the code",park_and_retrieve:"Park a call in the slot after the code, or pick it up",valet:"Park a call in the next free slot",retrieve:"Pick up the call parked in the slot after the code",directed_ext_pickup:"Answer the extension after the code while it rings","do_not_disturb[action=activate]":"Turn do not disturb on","do_not_disturb[action=deactivate]":"Turn do not disturb off","do_not_disturb[action=toggle]":"Turn do not disturb on or off",move:"Move the call to another of your phones"},followMe:"Find me follow me",followMeHint:"A call to your extension rings the phones picked here, each from its start for its ring time.",followMeOn:"Ring my phones by this timeline",pickPhone:"Pick at least one phone",boxSettings:(e,t)=>`PIN and greeting of ${e} (${t})`,newPin:"New PIN (4 to 6 digits)",newPinAgain:"New PIN again",pinMismatch:"The two PINs differ",changePin:"Change PIN",pinChanged:"PIN changed.",uploadGreeting:"Upload greeting",greetingSaved:"Greeting saved.",storage:"Storage (data partition)",storageUse:(e,t)=>`${e.toFixed(1)} GB used of ${t.toFixed(1)} GB`,lastBackup:"Last backup",backupAt:e=>`${e} UTC`,neverBackedUp:"never",certificate:"Certificate expires",certExpires:(e,t)=>`${e} (in ${t} days)`,unknown:"unknown",diskFull:e=>`The data partition is nearly full: ${e} GB free`,certSoon:e=>`The box's certificate expires in ${e} days`,certExpired:"The box's certificate has expired",csvImport:"Import users from a CSV file",csvHint:"A header line, then one user a line. Columns: first_name, last_name, username, extension, password (all needed), email, phone (yes: a desk phone). Nothing is made while a line is wrong.",csvFile:"CSV file",csvProblems:"Lines to fix",csvEmpty:"The file is empty",csvColumns:e=>`Missing columns: ${e}`,csvUnknown:e=>`Unknown columns: ${e}`,csvNoUsers:"No users in the file",csvExtra:"more fields than columns",csvDuplicate:e=>`the same as on line ${e}`,csvLine:(e,t,n)=>`Line ${e}: ${t?`${t}: `:""}${n}`,csvField:{first_name:"first name",last_name:"last name",username:"user name",email:"email",extension:"extension",password:"password"},csvMade:(e,t)=>`${e} of ${t} users made.`,stepMail:"Mail relay",mailRelay:"Mail relay (SMTP)",mailRelayHint:"The server the box sends its mails through: voicemail to email and missed-call alerts.",relayServer:"Server (host name or address)",relayHost:"A host name or IP address",port:"Port",relayPort:"A port from 1 to 65535",relayTls:"Encryption",tlsModes:{if_available:"STARTTLS when offered",always:"TLS always",never:"None"},relayUser:"Login (empty: none)",relayPasswordKeep:"Password (empty: keep the one set)",relayFrom:"Sender address",testTo:"Send a test mail to",sendTest:"Send a test mail",sending:"Sending\u2026",testSent:e=>`Sent to ${e}: the relay took it.`,stepLine:"Outside line",outsideLines:"Outside lines",noLines:"No outside line yet.",addLine:"Add an outside line",lineServer:"Provider's server",lineNumber:"Number or SIP user name",lineAuth:"Login, if not the number",linePassword:"SIP password",lineRealm:"Domain (realm), if not the server",lineRegister:"Register with the provider",lineStates:{registered:"registered",trying:"registering\u2026",failed:"registration failed",not_registering:"not registering"},ringMyPhone:"Ring my phone",ringPhonePick:"Phone to ring",ringPhoneHint:"The phone rings; answer it and the box says its extension, then goodbye.",ringing:e=>`Ringing ${e}: answer it.`,noRegisteredPhone:"No phone is registered yet: connect one (or a softphone), then come back to this step.",call:"Call",callFrom:e=>`Call from ${e}`,callNumber:"Number to call",callStarted:(e,t)=>`${e} rings: answer it to call ${t}.`,actions:"Actions",editLine:e=>`Edit the outside line ${e}`,confirmDeleteLine:e=>`Delete the outside line ${e}? Calls out no longer use it.`,fxoLines:"Analog lines (FXO)",fxoStates:{idle:"up",busy:"in use",down:"down"},fxoDialTone:{yes:"dial tone",no:"no dial tone",checking:"checking for dial tone\u2026",unknown:"dial tone not checked yet"},fxoUse:"Use as outside line",fxoInUse:e=>`Outside line: ${e}`,fxoLineName:e=>`Analog line ${e}`};function k({id:e,label:t,value:n,onInput:r,error:s,type:a="text",required:i,autocomplete:u,inputmode:d}){let l=`${e}-error`;return c`<div class="field">
    <label for=${e}>${t}</label>
    <input
      id=${e}
      name=${e}
      type=${a}
      value=${n}
      required=${i}
      autocomplete=${u}
      inputmode=${d}
      aria-invalid=${s?"true":void 0}
      aria-describedby=${s?l:void 0}
      onInput=${f=>r(f.target.value)}
    />
    ${s&&c`<p class="error" id=${l} role="alert">${s}</p>`}
  </div>`}function x({message:e}){return e?c`<p class="banner" role="alert">${e}</p>`:null}function W({id:e,label:t,checked:n,onChange:r}){return c`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${s=>r(s.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function Sn(){let[e,t]=p({account:"",username:"",password:""}),[n,r]=p(!1),[s,a]=p(""),i=d=>l=>t({...e,[d]:l});async function u(d){d.preventDefault(),r(!0),a("");try{await kn(e.account.trim(),e.username.trim(),e.password)}catch(l){a(l.status===401?o.badLogin:l.message),r(!1)}}return c`<main class="login">
    <form onSubmit=${u} aria-label=${o.login}>
      <h1>${o.app}</h1>
      <${x} message=${s} />
      <${k} id="account" label=${o.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${k} id="username" label=${o.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${k} id="password" label=${o.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?o.signingIn:o.login}</button>
    </form>
  </main>`}var nr=5e3;async function or(){let e=await y("resources?paginate=false");return(await Promise.all(e.map(n=>y(`resources/${n.id}/status`).then(r=>[n,r])))).flatMap(([n,r])=>r.gateways.filter(s=>s.state==="failed").map(s=>o.trunkDown(n.name||n.id,s.server)))}var Pn=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function rr(){let[e,t,n]=await Promise.all([y("devices?with_status=true&paginate=false"),y("channels"),y("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function sr(e){var n;let t={};for(let r of e){let s=t[n=r.device_type||"sip_device"]||(t[n]=[0,0]);s[0]+=1,r.registered&&(s[1]+=1)}return Object.entries(t).map(([r,[s,a]])=>[r,s,a]).sort((r,s)=>s[1]-r[1]||r[0].localeCompare(s[0]))}var ar=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function ir(){let[e,t,n,r,s,a,i]=await Promise.all([y("users?paginate=false"),y("phone_numbers"),Pn(U("GET","system_status").then(d=>d.data),null),Pn(y("sip_bans"),[]),or(),y("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),y("conferences?paginate=false")]),u=Object.values(t.numbers||{});return{users:e.length,numbers:u.length,spare:u.filter(d=>!d.used_by).length,version:n&&n.software_version,provider:n&&{address:n.provider_address},clockUnset:!!(n&&n.clock&&n.clock.set===!1),main:ar(a.flatMap(d=>d.numbers||[])),conference:i.flatMap(d=>d.conference_numbers||[]),box:n&&dr(n),alerts:[...r.map(d=>o.banned(d.ip,d.reason)),...s,...n?ur(n):[]]}}var ht=1024**3,lr=.9,cr=30;function dr({storage:e,last_backup:t,certificate:n}){return{storage:e?o.storageUse((e.total_bytes-e.free_bytes)/ht,e.total_bytes/ht):o.unknown,backup:t?o.backupAt(new Date(t.time_unix*1e3).toISOString().slice(0,16).replace("T"," ")):o.neverBackedUp,cert:n?o.certExpires(new Date(n.expires_unix*1e3).toISOString().slice(0,10),n.days_left):o.unknown}}function ur({storage:e,certificate:t}){let n=[];return e&&e.total_bytes&&1-e.free_bytes/e.total_bytes>=lr&&n.push(o.diskFull(Math.round(e.free_bytes/ht*10)/10)),t&&t.days_left<cr&&n.push(t.days_left<0?o.certExpired:o.certSoon(t.days_left)),n}function ie({id:e,label:t,value:n}){return c`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function En(){let[e,t]=p(null),[n,r]=p(null),[s,a]=p("");C(()=>{ir().then(t,f=>a(f.message));let d=()=>rr().then(r,f=>a(f.message));d();let l=setInterval(d,nr);return()=>clearInterval(l)},[]);let i=n?n.devices.filter(d=>d.registered).length:"\u2026",u=n?n.ports.filter(d=>d.state==="down"||d.alarm).map(d=>o.portDown(d.name,d.alarm)):[];return c`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${o.dashboard}</h2>
    <${x} message=${s} />
    ${e&&e.clockUnset&&c`<p class="banner" role="alert" data-alert="clock">${o.clockUnset}</p>`}
    <div class="tiles">
      <${ie} id="users" label=${o.users} value=${e?e.users:"\u2026"} />
      <${ie} id="devices" label=${o.devices} value=${n?n.devices.length:"\u2026"} />
      <${ie} id="registered" label=${o.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${ie} id="calls" label=${o.callsNow} value=${n?n.calls:"\u2026"} />
      <${ie} id="numbers" label=${o.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&c`<${ie} id="version" label=${o.softwareVersion} value=${e.version} />`}
    </div>
    ${n&&c`<h3>${o.devicesByType}</h3>
      <ul class="by-type">
        ${sr(n.devices).map(([d,l,f])=>c`<li key=${d} data-type=${d}>${o.deviceTypes[d]||d}: ${o.registeredOf(f,l)}</li>`)}
      </ul>`}
    ${n&&n.ports.length>0&&c`<h3>${o.analogPorts}</h3>
      <ul class="ports">
        ${n.ports.map(d=>c`<li key=${d.name} data-port=${d.name}><span class=${d.state==="down"?"dot":"dot on"}>${d.name} · ${o.portStates[d.state]||d.state}</span></li>`)}
      </ul>`}
    ${e&&c`<dl class="facts">
      <dt>${o.mainNumbers}</dt><dd data-fact="main">${e.main.join(", ")||o.noneSet}</dd>
      <dt>${o.conferenceNumbers}</dt><dd data-fact="conference">${e.conference.join(", ")||o.noneSet}</dd>
      ${e.box&&c`<dt>${o.storage}</dt><dd data-fact="storage">${e.box.storage}</dd>
        <dt>${o.lastBackup}</dt><dd data-fact="backup">${e.box.backup}</dd>
        <dt>${o.certificate}</dt><dd data-fact="certificate">${e.box.cert}</dd>`}
      ${e.provider&&c`<dt>${o.providerAddress}</dt><dd data-fact="provider-address">${e.provider.address||o.providerAddressOwn}</dd>`}
    </dl>`}
    <h3>${o.alerts}</h3>
    ${e&&([...e.alerts,...u].length?c`<ul class="alerts">${[...e.alerts,...u].map(d=>c`<li key=${d}>${d}</li>`)}</ul>`:c`<p class="ok">${o.noAlerts}</p>`)}
  </section>`}var z=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),_t=e=>`${e.first_name} ${e.last_name}`.trim();function bt(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,r=>t[r%t.length]).join("")}function gt(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:_t(t),number:t.extension}},ui_metadata:z()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}function Ae(e,t,n){return{...e,type:"mainUserCallflow",owner_id:t.id,name:o.callflowOf(_t(t)),numbers:[n],contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:{}},ui_metadata:z()}}function vt(e){return{device_type:"sip_device",name:o.phoneOf(_t(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${bt(10)}`,password:bt(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:z()}}var _e=15;function yt(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||z()}}function wt(e,t,n){let r=Math.max(...n.members.map(s=>s.delay+s.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[bt(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:r,repeats:n.repeats,endpoints:n.members.map(s=>({id:s.id,endpoint_type:"user",delay:s.delay,timeout:s.timeout}))},children:{}},ui_metadata:e.ui_metadata||z()}}var mr=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function xt(e,t,n,r){return{...e,name:r.name,type:"userGroup",group_id:t.id,numbers:[r.extension],flow:{module:"callflow",data:{id:n.id},children:{_:mr(r.next_vmbox)}},ui_metadata:e.ui_metadata||z()}}function Nn(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((r,s)=>({...r,delay:s*n,timeout:n}))}function fr(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:null}function pr(e,t){if(!(t instanceof B))throw t;let n={},r=[];for(let[s,a]of Object.entries(t.fields)){let i=fr(e,s);i?n[i]=a:r.push(`${s}: ${a}`)}throw t.fields=n,r.length&&(t.message=r.join("; ")),t}async function ne(e,t,n){try{return await t()}catch(r){for(let s of n.reverse())await s().catch(()=>{});pr(e,r)}}async function Ie(e){let t=[],n=await ne("users",()=>E("users",gt({},e)),t);t.push(()=>O(`users/${n.id}`));let r=await ne("callflows",()=>E("callflows",Ae({},n,e.extension)),t);return t.push(()=>O(`callflows/${r.id}`)),e.phone&&await ne("devices",()=>E("devices",vt(n)),t),n}async function Mn(e,t,n){let r=await y(`users/${e}`),s=await ne("users",()=>F(`users/${e}`,gt(r,t)),[]);if(n){let a=await y(`callflows/${n}`);await ne("callflows",()=>F(`callflows/${n}`,Ae(a,s,t.extension)),[])}else await ne("callflows",()=>E("callflows",Ae({},s,t.extension)),[]);return t.phone&&await ne("devices",()=>E("devices",vt(s)),[]),s}async function On(e){let[t,n]=await Promise.all([y(`callflows?filter_owner_id=${e}&paginate=false`),y(`devices?filter_owner_id=${e}&paginate=false`)]);for(let r of[...t.map(s=>`callflows/${s.id}`),...n.map(s=>`devices/${s.id}`)])await O(r);await O(`users/${e}`)}var $r=5e3;function kt({ownerId:e}){let[t,n]=p([]),[r,s]=p("");return C(()=>{let a=!0;U("GET",`accounts/${S.value.account}`).then(d=>a&&s(d.data.realm||""));async function i(){let d=await y(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),l=await Promise.all(d.map(f=>y(`devices/${f.id}`)));a&&n(l.map((f,m)=>({...f,registered:d[m].registered})))}i().catch(()=>{});let u=setInterval(()=>i().catch(()=>{}),$r);return()=>{a=!1,clearInterval(u)}},[e]),t.map(a=>c`<div class="card" key=${a.id} aria-label=${o.sipCredentials}>
      <h3>${o.sipCredentials}: ${a.name}</h3>
      <dl>
        <dt>${o.sipUser}</dt><dd class="sip-user">${a.sip&&a.sip.username}</dd>
        <dt>${o.sipPassword}</dt><dd class="sip-password">${a.sip&&a.sip.password}</dd>
        <dt>${o.sipRealm}</dt><dd>${r}</dd>
        <dt>${o.status}</dt><dd class=${a.registered?"dot on":"dot"}>${a.registered?o.registered:o.notRegistered}</dd>
      </dl>
    </div>`)}function Ct(e,t){return e.length<12?o.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(r=>r.test(e)).length<3?o.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?o.pwUsername:""}function le({username:e,onDone:t}){let[n,r]=p({old:"",next:"",again:""}),[s,a]=p({}),[i,u]=p(""),[d,l]=p(!1),[f,m]=p(!1),b=h=>_=>r({...n,[h]:_});async function $(h){h.preventDefault(),m(!1);let _={};n.old||(_.old=o.required);let v=Ct(n.next,e);if(v?_.next=v:n.next===n.old&&(_.next=o.pwSame),n.again!==n.next&&(_.again=o.pwMismatch),a(_),!Object.keys(_).length){l(!0),u("");try{if(!await Cn(e,n.old)){a({old:o.pwOldWrong});return}await G(`users/${S.value.owner}`,{password:n.next,require_password_update:!1}),r({old:"",next:"",again:""}),m(!0),t&&t()}catch(g){a(g.fields||{}),u(g.message)}finally{l(!1)}}}return c`<form onSubmit=${$} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${o.changePassword}</h3>
    <p class="hint">${o.pwRules}</p>
    <${x} message=${i} />
    <${k} id="pw_old" label=${o.pwOld} type="password" value=${n.old} onInput=${b("old")} error=${s.old} autocomplete="current-password" />
    <${k} id="pw_new" label=${o.pwNew} type="password" value=${n.next} onInput=${b("next")} error=${s.next||s.password} autocomplete="new-password" />
    <${k} id="pw_again" label=${o.pwAgain} type="password" value=${n.again} onInput=${b("again")} error=${s.again} autocomplete="new-password" />
    ${f&&c`<p class="ok" role="status">${o.pwChanged}</p>`}
    <button type="submit" disabled=${d}>${d?o.saving:o.changePassword}</button>
  </form>`}var Z=H(void 0),Dn=null;async function Fe(){let e=S.value.account;if(Dn===e&&Z.value!==void 0)return Z.value;let{data:t}=await U("GET",`accounts/${e}`);return Dn=e,Z.value=t.edgepbx&&t.edgepbx.extension_length||null,Z.value}function St(e,t){return t&&e&&e.length!==t?o.extLength(t):null}async function Tn(e){let t=await y("callflows?paginate=false"),n=new Set(t.flatMap(s=>s.numbers||[])),r=10**e;for(let s=10**(e-1);s<r;s++)if(!n.has(String(s)))return String(s);return""}function Pt(e,t,n){let r={};for(let a of["first_name","last_name","username","extension"])e[a].trim()||(r[a]=o.required);e.extension&&!/^\d{2,8}$/.test(e.extension)?r.extension=o.extDigits:St(e.extension,n)&&(r.extension=St(e.extension,n));let s=(t||e.password)&&Ct(e.password,e.username);return s&&(r.password=s),r}function Le({user:e,onDone:t}){let n=!e.id,[r,s]=p({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n}),[a,i]=p({}),[u,d]=p(""),[l,f]=p(!1),[m,b]=p(null),$=w=>N=>s({...r,[w]:N}),[h,_]=p("");C(()=>{Fe().then(w=>n&&!r.extension&&w&&Tn(w)).then(w=>{w&&(_(w),s(N=>N.extension?N:{...N,extension:w}))}).catch(()=>{})},[]);async function v(w){w.preventDefault();let N=Pt(r,n,Z.value);if(i(N),d(""),!Object.keys(N).length){f(!0);try{let P=n?await Ie(r):await Mn(e.id,r,e.callflow&&e.callflow.id);n||r.phone?b(P):t()}catch(P){i(P.fields||{}),d(`${o.failed} ${P.message}`)}f(!1)}}if(m)return c`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${m.first_name} ${m.last_name}</h2>
      <${kt} ownerId=${m.id} />
      <button onClick=${()=>t({...m,extension:r.extension})}>${o.users}</button>
    </section>`;let g=e.devices&&e.devices.length>0;return c`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?o.addUser:o.editUser}</h2>
    <form onSubmit=${v} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="first_name" label=${o.firstName} value=${r.first_name} onInput=${$("first_name")} error=${a.first_name} required />
        <${k} id="last_name" label=${o.lastName} value=${r.last_name} onInput=${$("last_name")} error=${a.last_name} required />
        <${k} id="username" label=${o.username} value=${r.username} onInput=${$("username")} error=${a.username} required autocomplete="off" />
        <${k} id="email" label=${o.email} type="email" value=${r.email} onInput=${$("email")} error=${a.email} />
        <${k} id="new_password" label=${o.password} type="password" value=${r.password} onInput=${$("password")} error=${a.password} required=${n} autocomplete="new-password" />
        <${k} id="extension" label=${o.extension} value=${r.extension} onInput=${$("extension")} error=${a.extension} required inputmode="numeric" />
      </div>
      ${h&&c`<p class="hint" id="extension-proposed">${o.extProposed(h)}</p>`}
      ${!g&&c`<div class="check">
        <input type="checkbox" id="phone" checked=${r.phone} onChange=${w=>s({...r,phone:w.target.checked})} />
        <label for="phone">${o.deskPhone}</label>
      </div>`}
      <div class="bar">
        <button type="submit" disabled=${l}>${l?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
    ${g&&c`<${kt} ownerId=${e.id} />`}
  </section>`}async function hr(){let[e,t,n]=await Promise.all([y("users?paginate=false"),y("callflows?filter_type=mainUserCallflow&paginate=false"),y("devices?with_status=true&paginate=false")]);return e.map(r=>{let s=t.find(a=>a.owner_id===r.id);return{...r,callflow:s,extension:s&&s.numbers?s.numbers[0]:"",devices:n.filter(a=>a.owner_id===r.id)}})}function An(){let[e,t]=p(null),[n,r]=p(null),[s,a]=p(""),i=()=>hr().then(t,d=>a(d.message));C(i,[]);async function u(d){if(confirm(o.confirmDelete(`${d.first_name} ${d.last_name}`))){try{await On(d.id)}catch(l){a(l.message)}i()}}return n?c`<${Le}
      user=${n}
      onDone=${()=>{r(null),i()}}
    />`:c`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${o.users}</h2>
      <button onClick=${()=>r({})}>${o.addUser}</button>
    </div>
    <${x} message=${s} />
    ${e?e.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${o.users}>
            <thead><tr><th>${o.name}</th><th>${o.username}</th><th>${o.extension}</th><th>${o.devices}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(d=>c`<tr key=${d.id} data-user=${d.username}>
                  <td data-label=${o.name}>${d.first_name} ${d.last_name}</td>
                  <td data-label=${o.username}>${d.username}</td>
                  <td data-label=${o.extension} class="ext">${d.extension}</td>
                  <td data-label=${o.devices}>
                    ${d.devices.map(l=>c`<span class=${l.registered?"dot on":"dot"}>${l.name} · ${l.registered?o.registered:o.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>r(d)} aria-label=${`${o.edit} ${d.username}`}>${o.edit}</button>
                    ${d.id!==S.value.owner&&c`<button class="danger" onClick=${()=>u(d)} aria-label=${`${o.del} ${d.username}`}>${o.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${o.loading}</p>`}
  </section>`}function In(){let[e,t]=p(null),[n,r]=p(""),[s,a]=p(""),[i,u]=p("");C(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([l,f])=>{let m=$=>f.find(h=>h.id===$),b=l.filter($=>$.registered).map($=>{let h=m($.owner_id);return{id:$.id,label:h?`${h.first_name} ${h.last_name} \xB7 ${$.name}`:$.name}});t(b),b.length&&r(b[0].id)},l=>u(l.message))},[]);let d=async()=>{u(""),a("");try{await E(`devices/${n}/ring_test`,{}),a(o.ringing(e.find(l=>l.id===n).label))}catch(l){u(l.message)}};return e?c`<div class="ring-my-phone">
    <h3>${o.ringMyPhone}</h3>
    ${e.length===0?c`<p class="hint">${o.noRegisteredPhone}</p>`:c`<div class="field">
            <label for="ring-phone">${o.ringPhonePick}</label>
            <select id="ring-phone" value=${n} onChange=${l=>r(l.target.value)}>
              ${e.map(l=>c`<option key=${l.id} value=${l.id}>${l.label}</option>`)}
            </select>
            <p class="hint">${o.ringPhoneHint}</p>
          </div>
          <button type="button" onClick=${d}>${o.ringMyPhone}</button>`}
    ${s&&c`<p role="status">${s}</p>`}
    <${x} message=${i} />
  </div>`:c`<${x} message=${i} />`}function Fn({device:e}){let[t,n]=p(!1),[r,s]=p(""),[a,i]=p(""),[u,d]=p(""),[l,f]=p("");return t?c`<form class="call-from" onSubmit=${async b=>{b.preventDefault(),d(""),f(""),i("");try{await y(`devices/${e.id}/quickcall/${encodeURIComponent(r)}?auto_answer=false`),i(o.callStarted(e.name,r))}catch($){$.fields&&$.fields.number?f($.fields.number):d($.message)}}}>
    <${k} id=${`call-${e.id}`} label=${o.callNumber} value=${r} onInput=${s} error=${l} inputmode="tel" required />
    <button type="submit">${o.call}</button>
    ${a&&c`<p role="status">${a}</p>`}
    <${x} message=${u} />
  </form>`:c`<button type="button" class="plain" aria-label=${o.callFrom(e.name)} onClick=${()=>n(!0)}>
      ${o.call}
    </button>`}function Ln(){let[e,t]=p(null),[n,r]=p("");return C(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([s,a])=>{let i=u=>a.find(d=>d.id===u);t(s.map(u=>({...u,owner:i(u.owner_id)})))},s=>r(s.message))},[]),c`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${o.devices}</h2>
    <${x} message=${n} />
    ${e?e.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${o.devices}>
            <thead><tr><th>${o.name}</th><th>${o.type}</th><th>${o.sipUser}</th><th>${o.owner}</th><th>${o.status}</th><th>${o.actions}</th></tr></thead>
            <tbody>
              ${e.map(s=>c`<tr key=${s.id}>
                  <td data-label=${o.name}>${s.name}</td>
                  <td data-label=${o.type}>${s.device_type}</td>
                  <td data-label=${o.sipUser}>${s.username}</td>
                  <td data-label=${o.owner}>${s.owner?`${s.owner.first_name} ${s.owner.last_name}`:""}</td>
                  <td data-label=${o.status}><span class=${s.registered?"dot on":"dot"}>${s.registered?o.registered:o.notRegistered}</span></td>
                  <td data-label=${o.actions}>${s.registered&&c`<${Fn} device=${s} />`}</td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${o.loading}</p>`}
  </section>`}var br="application/vnd.tcpdump.pcap",Un=e=>new Date(e/1e3).toISOString().slice(11,23);function _r(e){let t=[],n=r=>t.includes(r)||t.push(r);for(let r of e)t.length===0&&n(r.remote),n("box"),n(r.remote);return t}function gr({messages:e}){let[t,n]=p(null),r=_r(e),s=a=>r.indexOf(a)+2;return c`<div class="ladder" style=${`grid-template-columns: 7rem repeat(${r.length}, minmax(9rem, 1fr))`}>
      <span></span>
      ${r.map(a=>c`<strong class="party">${a==="box"?o.ladderBox:a}</strong>`)}
      ${e.map(a=>{let[i,u]=a.direction==="in"?[a.remote,"box"]:["box",a.remote],[d,l]=[s(i),s(u)],f=d>l;return c`<span class="time">${Un(a.unix_micros)}</span>
          <button type="button" class=${`arrow ${f?"rtl":"ltr"}`} aria-pressed=${t===a}
            style=${`grid-column: ${Math.min(d,l)} / ${Math.max(d,l)+1}`} onClick=${()=>n(t===a?null:a)}>
            ${a.first_line} <small>${a.transport}</small>
          </button>`})}
    </div>
    ${t&&c`<figure class="raw"><figcaption>${o.rawMessage} · ${Un(t.unix_micros)} · ${t.transport}
      ${t.truncated?` ${o.cutMessage(t.size)}`:""}</figcaption><pre>${t.raw}</pre></figure>`}`}function vr(e,t){let n=document.createElement("a");n.href=URL.createObjectURL(e),n.download=t,document.body.append(n),n.click(),n.remove(),setTimeout(()=>URL.revokeObjectURL(n.href),1e3)}function yr({text:e}){let[t,n]=p(!1),r;async function s(){try{await navigator.clipboard.writeText(e)}catch{r.select(),document.execCommand("copy")}n(!0)}return c`<div class="report">
    <textarea readonly rows="14" aria-label=${o.problemReport} ref=${a=>r=a}>${e}</textarea>
    <button type="button" onClick=${s}>${o.copy}</button> <span role="status">${t?o.copied:""}</span>
  </div>`}function Rn({id:e}){let t=`cdrs/${encodeURIComponent(e)}`,[n,r]=p(null),[s,a]=p(""),[i,u]=p(null);C(()=>{y(`${t}/sip_trace`).then(r,m=>a(m.status===404?o.ladderGone:m.message))},[e]);let d=m=>a(m.message),l=()=>be(`${t}/sip_trace`,br).then(m=>vr(m,`call-${e.replace(/[^\w-]/g,"_")}.pcap`),d),f=()=>be(`${t}/problem_report`,"text/plain").then(m=>m.text()).then(u,d);return c`<div class="trace">
    <h3>${o.sipLadder}</h3>
    <${x} message=${s} />
    ${n?c`<${gr} messages=${n.messages} />`:!s&&c`<p>${o.loading}</p>`}
    <p class="actions">
      ${n&&c`<button type="button" onClick=${l}>${o.downloadPcap}</button>`}
      <button type="button" onClick=${f}>${o.problemReport}</button>
    </p>
    ${i!==null&&c`<${yr} text=${i} />`}
  </div>`}var wr=86400,xr=62167219200;function kr({leg:e}){return c`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function Cr({call:e,withLegs:t}){let[n,r]=p(null),[s,a]=p(!1);async function i(){a(!s),t&&!n&&r(await y(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return c`<tr class="call" data-call=${e.call_id}>
      <td data-label=${o.when}><button class="plain" aria-expanded=${s} onClick=${i}>${e.datetime}</button></td>
      <td data-label=${o.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${o.to}>${e.dialed_number}</td>
      <td data-label=${o.duration}>${e.duration_seconds}s</td>
      <td data-label=${o.result}>${e.hangup_cause}</td>
    </tr>
    ${s&&c`<tr class="legs"><td colspan="5">
      ${t&&c`<h3>${o.legs}</h3>
      ${n?c`<ul>${n.map(u=>c`<${kr} key=${u.id} leg=${u} />`)}</ul>`:o.loading}`}
      <${Rn} id=${e.interaction_id||e.call_id} />
    </td></tr>`}`}function Bn({path:e,title:t,withLegs:n}){let[r,s]=p(null),[a,i]=p("");return C(()=>{let u=Math.floor(Date.now()/1e3)+xr;y(`${e}?created_from=${u-7*wr}&created_to=${u+60}&page_size=100`).then(s,d=>i(d.message))},[]),c`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${x} message=${a} />
    ${r?r.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${t}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.to}</th><th>${o.duration}</th><th>${o.result}</th></tr></thead>
            <tbody>${r.map(u=>c`<${Cr} key=${u.id} call=${u} withLegs=${n} />`)}</tbody>
          </table>`:c`<p>${o.loading}</p>`}
  </section>`}var jn=()=>c`<${Bn} path="cdrs/interaction" title=${o.callLogs} withLegs=${!0} />`,Hn=()=>c`<${Bn} path=${`users/${S.value.owner}/cdrs`} title=${o.myCalls} withLegs=${!1} />`;var Sr=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],Pr=["undefinedMainNumber","0"],Ue=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],ge=e=>({module:"callflow",data:{id:e},children:{}});async function zn(){let e=await y("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(i=>[i.name,i]));for(let i of Sr){if(t[i])continue;let u=t[`${i}Menu`]||await Er(`${i}Menu`);t[i]=await E("callflows",{name:i,type:"main",numbers:[i],flow:ge(u.id),ui_metadata:z()})}let n=t.MainCallflow||await E("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:ge(t.MainOpenHours.id)}},ui_metadata:z()}),[r,s]=await Promise.all([y(`callflows/${n.id}`),y("temporal_rules?paginate=false")]),a=await Promise.all(s.filter(i=>i.name==="MainOpenHours"||i.name==="MainLunchHours").map(i=>y(`temporal_rules/${i.id}`)));return{main:r,parts:t,open:a.filter(i=>i.type==="main_weekdays"),lunch:a.filter(i=>i.type==="main_lunchbreak")}}async function Er(e){let t=await E("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:z()});return E("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:z()})}var qn=e=>(e.numbers||[]).filter(t=>!Pr.includes(t));async function Wn(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=z(),e.main=await F(`callflows/${n.id}`,n)}var Gn=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},Et=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`;async function Vn(e,t){let[n,...r]=e.open;for(let f of r)await O(`temporal_rules/${f.id}`);let s=[];if(t){let f={...n||{},name:"MainOpenHours",type:"main_weekdays",cycle:"weekly",interval:1,wdays:t.wdays,time_window_start:Gn(t.start),time_window_stop:Gn(t.stop),ui_metadata:z()};s=[n?await F(`temporal_rules/${n.id}`,f):await E("temporal_rules",f)]}else n&&await O(`temporal_rules/${n.id}`);let{parts:a,main:i}=e,u=new Set([...e.lunch,...e.open,...s].map(f=>f.id)),d=(i.flow&&i.flow.data&&i.flow.data.rules||[]).filter(f=>!u.has(f)),l={};for(let f of d)l[f]=i.flow.children[f];for(let f of e.lunch)l[f.id]=ge(a.MainLunchHours.id);for(let f of s)l[f.id]=ge(a.MainOpenHours.id);l._=ge(s.length?a.MainAfterHours.id:a.MainOpenHours.id),i.flow={module:"temporal_route",data:{rules:[...d,...[...e.lunch,...s].map(f=>f.id)]},children:l},i.ui_metadata=z(),e.main=await F(`callflows/${i.id}`,i),e.open=s}function Nr({strategy:e,onSaved:t}){let[n,r]=p(""),[s,a]=p(""),i=qn(e.main);async function u(l){a("");try{await Wn(e,l),r(""),t()}catch(f){a(Object.values(f.fields||{})[0]||f.message)}}function d(l){l.preventDefault();let f=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(f))return a(o.badNumber);u([...i,f])}return c`<form onSubmit=${d} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${o.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(l=>c`<li key=${l}>
          <span class="main-number">${l}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${l}`} onClick=${()=>u(i.filter(f=>f!==l))}>${o.remove}</button>
        </li>`)}
    </ul>
    <${k} id="main_number" label=${o.number} value=${n} onInput=${r} error=${s} inputmode="tel" />
    <button type="submit">${o.addNumber}</button>
  </form>`}function Mr({strategy:e,onSaved:t}){let n=e.open[0],[r,s]=p(!!n),[a,i]=p(n?n.wdays||[]:Ue.slice(0,5)),[u,d]=p(n?Et(n.time_window_start||0):"09:00"),[l,f]=p(n?Et(n.time_window_stop||0):"17:00"),[m,b]=p(""),[$,h]=p(!1),_=g=>i(a.includes(g)?a.filter(w=>w!==g):Ue.filter(w=>w===g||a.includes(w)));async function v(g){if(g.preventDefault(),h(!1),r&&!a.length)return b(o.pickDay);if(r&&!(u<l))return b(o.badHours);b("");try{await Vn(e,r?{wdays:a,start:u,stop:l}:null),h(!0),t()}catch(w){b(Object.entries(w.fields||{}).map(([N,P])=>`${N}: ${P}`).join("; ")||w.message)}}return c`<form onSubmit=${v} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${o.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!r} onChange=${()=>s(!1)} /><label for="h24">${o.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${r} onChange=${()=>s(!0)} /><label for="hcustom">${o.openCustom}</label></div>
    ${r&&c`<fieldset>
      <legend class="sr">${o.openCustom}</legend>
      <div class="days">
        ${Ue.map(g=>c`<span class="check"><input type="checkbox" id=${"day-"+g} checked=${a.includes(g)} onChange=${()=>_(g)} /><label for=${"day-"+g}>${o.wday[g]}</label></span>`)}
      </div>
      <div class="grid">
        <${k} id="opens" label=${o.opens} type="time" value=${u} onInput=${d} />
        <${k} id="closes" label=${o.closes} type="time" value=${l} onInput=${f} />
      </div>
    </fieldset>`}
    ${m&&c`<p class="error" role="alert">${m}</p>`}
    ${$&&c`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}function Re(){let[e,t]=p(null),[n,r]=p(""),[,s]=p(0);C(()=>{zn().then(t,i=>r(i.message))},[]);let a=()=>s(i=>i+1);return c`<section aria-labelledby="main-h">
    <h2 id="main-h">${o.mainNumber}</h2>
    <${x} message=${n} />
    ${e?c`<div class="stack">
          <${Nr} strategy=${e} onSaved=${a} />
          <${Mr} strategy=${e} onSaved=${a} />
        </div>`:!n&&c`<p>${o.loading}</p>`}
  </section>`}var Nt=H(0);function Be(){let e=`accounts/${S.value.account}`,[t,n]=p(null),[r,s]=p(null),[a,i]=p({}),[u,d]=p(""),[l,f]=p(!1);C(()=>{Promise.all([U("GET","countries"),U("GET",e)]).then(([$,{data:h}])=>{let _=h.edgepbx||{};n($.data),s({country:_.country||"",extension_length:_.extension_length?String(_.extension_length):"",timezone:null,language:h.language||""})},$=>d($.message))},[]);function m($){let h=t.find(_=>_.code===$);s({...r,country:$,...h?{timezone:h.timezone,language:h.language}:{}})}async function b($){$.preventDefault(),f(!1);let h={};if(r.extension_length&&!/^[2-8]$/.test(r.extension_length)&&(h.extension_length=o.extLengthRange),i(h),d(""),Object.keys(h).length)return;let v={edgepbx:{country:r.country||null,extension_length:r.extension_length?Number(r.extension_length):null},language:r.language||null};r.timezone&&(v.timezone=r.timezone);try{await U("PATCH",e,v),Z.value=void 0,Nt.value++,f(!0)}catch(g){let w={};for(let[N,P]of Object.entries(g.fields||{}))w[N.replace(/^edgepbx\./,"")]=P;i(w),d(g.message)}}return r?c`<form onSubmit=${b} aria-labelledby="locale-h" novalidate>
    <h3 id="locale-h">${o.locale}</h3>
    <p class="hint">${o.localeHint}</p>
    <${x} message=${u} />
    <div class="field">
      <label for="country">${o.country}</label>
      <select id="country" value=${r.country} onChange=${$=>m($.target.value)}>
        <option value="">${o.countryNone}</option>
        ${t.map($=>c`<option key=${$.code} value=${$.code}>${$.name}</option>`)}
      </select>
      ${a.country&&c`<p class="error" role="alert">${a.country}</p>`}
    </div>
    ${r.timezone&&c`<p class="hint" id="proposed_zone">${o.proposedZone(r.timezone)}</p>`}
    <${k} id="language" label=${o.promptLanguage} value=${r.language} onInput=${$=>s({...r,language:$})} error=${a.language} />
    <${k} id="extension_length" label=${o.extensionLength} value=${r.extension_length} onInput=${$=>s({...r,extension_length:$})} error=${a.extension_length} inputmode="numeric" />
    ${l&&c`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`:c`<${x} message=${u} />${!u&&c`<p>${o.loading}</p>`}`}var Mt=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function je({onDone:e}){let t=`accounts/${S.value.account}`,[n,r]=p(null),[s,a]=p({}),[i,u]=p(""),[d,l]=p(!1);C(()=>{U("GET",t).then(({data:b})=>r({name:b.name||"",timezone:b.timezone||"UTC"}),b=>u(b.message))},[Nt.value]);async function f(b){if(b.preventDefault(),l(!1),!n.name.trim())return a({name:o.required});a({}),u("");try{await U("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),S.value={...S.value,accountName:n.name.trim()},l(!0),e&&e()}catch($){a($.fields||{}),u($.message)}}if(!n)return c`<${x} message=${i} />${!i&&c`<p>${o.loading}</p>`}`;let m=Mt.includes(n.timezone)?Mt:[n.timezone,...Mt];return c`<form onSubmit=${f} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${o.office}</h3>
    <${x} message=${i} />
    <${k} id="office_name" label=${o.officeName} value=${n.name} onInput=${b=>r({...n,name:b})} error=${s.name} />
    <div class="field">
      <label for="timezone">${o.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${b=>r({...n,timezone:b.target.value})}>
        ${m.map(b=>c`<option key=${b} value=${b}>${b}</option>`)}
      </select>
      ${s.timezone&&c`<p class="error" role="alert">${s.timezone}</p>`}
    </div>
    ${d&&c`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}function Yn(e){let t=[],n=[],r="",s=!1,a=1,i=1,u=()=>{n.push(r.trim()),r=""},d=()=>{u(),n.some(l=>l!=="")&&t.push({line:i,fields:n}),n=[],i=a};for(let l=0;l<e.length;l++){let f=e[l];s?f==='"'&&e[l+1]==='"'?(r+='"',l++):f==='"'?s=!1:(f===`
`&&a++,r+=f):f==='"'?s=!0:f===","?u():f===`
`?(a++,d()):f!=="\r"&&(r+=f)}return d(),t}var Xn=["first_name","last_name","username","email","extension","password","phone"],Or=["first_name","last_name","username","extension","password"],Dr=/^(yes|y|true|1)$/i;function Tr(e,t){let[n,...r]=Yn(e);if(!n)return{problems:[o.csvEmpty]};let s=n.fields.map(f=>f.toLowerCase().replace(/\s+/g,"_")),a=Or.filter(f=>!s.includes(f));if(a.length)return{problems:[o.csvColumns(a.join(", "))]};let i=s.filter(f=>!Xn.includes(f));if(i.length)return{problems:[o.csvUnknown(i.join(", "))]};let u=[],d={username:new Map,extension:new Map},l=r.map(({line:f,fields:m})=>{let b=Object.fromEntries(Xn.map(_=>[_,m[s.indexOf(_)]??""])),$={...b,phone:Dr.test(b.phone)},h=Pt($,!0,t);m.length>s.length&&(h.line=o.csvExtra);for(let _ of["username","extension"]){let v=$[_].toLowerCase();v&&d[_].has(v)?h[_]=o.csvDuplicate(d[_].get(v)):d[_].set(v,f)}for(let[_,v]of Object.entries(h))u.push(o.csvLine(f,_==="line"?"":o.csvField[_]||_,v));return{line:f,form:$}});return r.length||u.push(o.csvNoUsers),{forms:l,problems:u}}function Zn({onAdded:e}){let[t,n]=p([]),[r,s]=p(""),[a,i]=p(!1);async function u(d){let l=d.target.files[0];if(s(""),!l)return;let f=await Fe().catch(()=>null),{forms:m,problems:b}=Tr(await l.text(),f);if(n(b),b.length)return;i(!0);let $=[],h=0;for(let{line:_,form:v}of m)try{let g=await Ie(v);h++,e({...g,extension:v.extension})}catch(g){let w=Object.entries(g.fields||{}).map(([N,P])=>o.csvLine(_,o.csvField[N]||N,P));$.push(...w.length?w:[o.csvLine(_,"",g.message)])}n($),s(o.csvMade(h,m.length)),i(!1),d.target.value=""}return c`<div class="card">
    <h3>${o.csvImport}</h3>
    <p class="hint">${o.csvHint}</p>
    <div class="field">
      <label for="csv_file">${o.csvFile}</label>
      <input id="csv_file" type="file" accept=".csv,text/csv" disabled=${a} onChange=${u} />
    </div>
    ${r&&c`<p class="ok" role="status">${r}</p>`}
    ${t.length>0&&c`<ul class="errors" aria-label=${o.csvProblems}>${t.map(d=>c`<li key=${d} class="error">${d}</li>`)}</ul>`}
  </div>`}var Ot="configs/smtp_client",Kn=/^[^@\s]+@[^@\s]+$/;function Ar(e){let t={};return/^[A-Za-z0-9.:-]{1,253}$/.test(e.relay)||(t.relay=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.from&&!Kn.test(e.from)&&(t.from=o.badEmail(e.from)),t}function He(){let[e,t]=p(null),[n,r]=p(""),[s,a]=p({}),[i,u]=p(""),[d,l]=p("");if(C(()=>{y(Ot).then($=>t({relay:$.relay||"",port:String($.port||587),tls:$.tls||"if_available",username:$.username||"",password:"",from:$.from||"",passwordSet:!!$.password_set}),$=>u($.message))},[]),!e)return c`<${x} message=${i} />${!i&&c`<p>${o.loading}</p>`}`;let f=$=>h=>t({...e,[$]:h});async function m($){$.preventDefault(),l(""),u("");let h=Ar(e);if(a(h),Object.keys(h).length)return;let _={relay:e.relay.trim(),port:Number(e.port),tls:e.tls,username:e.username.trim(),from:e.from.trim()||void 0};e.password&&(_.password=e.password);try{await G(Ot,_),t({...e,password:"",passwordSet:e.passwordSet||!!e.password}),l(o.saved)}catch(v){a(v.fields||{}),u(v.message)}}async function b(){if(l(""),!Kn.test(n.trim()))return a({...s,to:o.badEmail(n)});a({}),l(o.sending);try{await F(`${Ot}/test`,{to:n.trim()}),l(o.testSent(n.trim()))}catch($){l(""),a($.fields||{}),Object.keys($.fields||{}).length||u($.message)}}return c`<form onSubmit=${m} aria-labelledby="relay-h" novalidate>
    <h3 id="relay-h">${o.mailRelay}</h3>
    <p class="hint">${o.mailRelayHint}</p>
    <${x} message=${i} />
    <div class="grid">
      <${k} id="relay_host" label=${o.relayServer} value=${e.relay} onInput=${f("relay")} error=${s.relay} />
      <${k} id="relay_port" label=${o.port} value=${e.port} onInput=${f("port")} error=${s.port} inputmode="numeric" />
      <div class="field">
        <label for="relay_tls">${o.relayTls}</label>
        <select id="relay_tls" value=${e.tls} onChange=${$=>f("tls")($.target.value)}>
          ${Object.entries(o.tlsModes).map(([$,h])=>c`<option key=${$} value=${$}>${h}</option>`)}
        </select>
      </div>
      <${k} id="relay_user" label=${o.relayUser} value=${e.username} onInput=${f("username")} error=${s.username} autocomplete="off" />
      <${k} id="relay_password" label=${e.passwordSet?o.relayPasswordKeep:o.password} type="password" value=${e.password} onInput=${f("password")} error=${s.password} autocomplete="new-password" />
      <${k} id="relay_from" label=${o.relayFrom} value=${e.from} onInput=${f("from")} error=${s.from} />
    </div>
    <div class="bar"><button type="submit">${o.save}</button></div>
    <${k} id="relay_test_to" label=${o.testTo} value=${n} onInput=${r} error=${s.to} type="email" />
    <div class="bar"><button type="button" class="plain" onClick=${b}>${o.sendTest}</button></div>
    ${d&&c`<p class="ok" role="status">${d}</p>`}
  </form>`}async function Ge(){(await y("callflows?filter_numbers=no_match")).length===0&&await E("callflows",{numbers:["no_match"],flow:{module:"offnet",data:{},children:{}}})}var Dt="^(\\+?\\d{3,15})$",Jn={name:"",server:"",port:"5060",username:"",auth_username:"",password:"",realm:"",register:!0};function Ir(e){let t=e.gateways&&e.gateways[0]||{},n=r=>r==null?"":String(r);return{name:n(e.name),server:n(t.server),port:n(t.port||5060),username:n(t.username),auth_username:n(t.auth_username),password:n(t.password),realm:n(t.realm),register:t.register!==!1}}function Fr(e){let t={};return e.name.trim()||(t.name=o.required),/^[A-Za-z0-9.-]{1,253}$/.test(e.server.trim())||(t.server=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.register&&!e.username.trim()&&(t.username=o.required),e.register&&!e.password&&(t.password=o.required),t}function Qn(e,t){let n={...e.gateways&&e.gateways[0]||{enabled:!0}};n.server=t.server.trim(),n.port=Number(t.port),n.register=t.register;for(let r of["username","auth_username","realm"])t[r].trim()?n[r]=t[r].trim():delete n[r];return t.password?n.password=t.password:delete n.password,{...e,name:t.name.trim(),gateways:[n,...(e.gateways||[]).slice(1)]}}var Lr={enabled:!0,weight_cost:50,rules:[Dt],gateways:[]};function Tt({line:e,onDone:t}){let[n,r]=p(e?Ir(e):Jn),[s,a]=p({}),[i,u]=p(""),[d,l]=p(!1),f=h=>_=>r({...n,[h]:_}),m=h=>`line_${h}${e?"_edit":""}`;async function b(h){h.preventDefault(),u("");let _=Fr(n);if(a(_),!Object.keys(_).length){l(!0);try{e?await F(`resources/${e.id}`,Qn(e,n)):await E("resources",Qn(Lr,n)),await Ge(),e||r(Jn),l(!1),t(!0)}catch(v){a(Object.fromEntries(Object.entries(v.fields||{}).map(([g,w])=>[g.replace(/^gateways\.0\./,""),w]))),u(`${o.failed} ${v.message}`),l(!1)}}}let $=e?o.editLine(e.name):o.addLine;return c`<form onSubmit=${b} novalidate data-form=${e?"edit-line":"add-line"}>
    <h4>${$}</h4>
    <${x} message=${i} />
    <div class="grid">
      <${k} id=${m("name")} label=${o.name} value=${n.name} onInput=${f("name")} error=${s.name} />
      <${k} id=${m("server")} label=${o.lineServer} value=${n.server} onInput=${f("server")} error=${s.server} />
      <${k} id=${m("port")} label=${o.port} value=${n.port} onInput=${f("port")} error=${s.port} inputmode="numeric" />
      <${k} id=${m("username")} label=${o.lineNumber} value=${n.username} onInput=${f("username")} error=${s.username} autocomplete="off" />
      <${k} id=${m("auth")} label=${o.lineAuth} value=${n.auth_username} onInput=${f("auth_username")} error=${s.auth_username} autocomplete="off" />
      <${k} id=${m("password")} label=${o.linePassword} type="password" value=${n.password} onInput=${f("password")} error=${s.password} autocomplete="new-password" />
      <${k} id=${m("realm")} label=${o.lineRealm} value=${n.realm} onInput=${f("realm")} error=${s.realm} />
    </div>
    <${W} id=${m("register")} label=${o.lineRegister} checked=${n.register} onChange=${f("register")} />
    <div class="bar">
      <button type="submit" disabled=${d}>${e?o.save:o.addLine}</button>
      ${e&&c`<button type="button" class="plain" onClick=${()=>t(!1)}>${o.cancel}</button>`}
    </div>
  </form>`}var eo=e=>e.filter(t=>t.kind==="fxo"&&t.sip_address).map(t=>{let n=t.sip_address.lastIndexOf(":");return{...t,host:t.sip_address.slice(0,n).replace(/^\[|\]$/g,""),port:Number(t.sip_address.slice(n+1))}}),At=(e,t)=>(e.gateways||[]).some(n=>n.server===t.host&&Number(n.port)===t.port);function Ur(e){return e.state==="down"?e.alarm?`${o.fxoStates.down}: ${e.alarm}`:o.fxoStates.down:o.fxoStates[e.state==="idle"?"idle":"busy"]}function Rr(e){return e?e.state==="running"?o.fxoDialTone.checking:e.dial_tone?o.fxoDialTone.yes:o.fxoDialTone.no:o.fxoDialTone.unknown}function to({ports:e,lines:t,onChanged:n}){let[r,s]=p(""),[a,i]=p(!1);if(e.length===0)return null;async function u(d){s(""),i(!0);try{await E("resources",{name:o.fxoLineName(d.name),enabled:!0,weight_cost:50,rules:[Dt],gateways:[{server:d.host,port:d.port,register:!1,enabled:!0}]}),await Ge(),n()}catch(l){s(`${o.failed} ${l.message}`)}i(!1)}return c`<div aria-labelledby="fxo-h">
    <h4 id="fxo-h">${o.fxoLines}</h4>
    <${x} message=${r} />
    <ul class="lines">
      ${e.map(d=>{let l=t.find(f=>At(f,d));return c`<li key=${d.name} data-fxo=${d.name}>
          <span class=${d.state==="down"?"dot":"dot on"}>${d.name}${d.number?` (${d.number})`:""} · ${Ur(d)} · ${Rr(d.line_test)}</span>
          ${l?c`<span class="hint" data-route>${o.fxoInUse(l.name)}</span>`:c`<button type="button" class="plain" disabled=${a} onClick=${()=>u(d)} aria-label=${`${o.fxoUse}: ${d.name}`}>${o.fxoUse}</button>`}
        </li>`})}
    </ul>
  </div>`}var Br=5e3;async function jr(){let[e,t]=await Promise.all([y("resources?paginate=false"),y("analog_ports").then(eo,()=>[])]);return{lines:await Promise.all(e.map(r=>Promise.all([y(`resources/${r.id}`),y(`resources/${r.id}/status`)]).then(([s,a])=>({...s,gw:a.gateways[0]||{}})))),ports:t}}var Hr=e=>e.state==="failed"&&e.last_error?`${o.lineStates.failed}: ${e.last_error}`:o.lineStates[e.state]||e.state;function Gr({line:e,editing:t,onEdit:n,onDone:r,onError:s}){async function a(){if(confirm(o.confirmDeleteLine(e.name)))try{await O(`resources/${e.id}`),r(!0)}catch(i){s(i.message)}}return c`<li data-line=${e.name}>
    <span class=${e.gw.state==="registered"?"dot on":"dot"}>${e.name} · ${Hr(e.gw)}</span>
    ${t?c`<${Tt} line=${e} onDone=${r} />`:c`<span class="actions">
          <button type="button" class="plain" onClick=${n} aria-label=${`${o.edit}: ${e.name}`}>${o.edit}</button>
          <button type="button" class="plain" onClick=${a} aria-label=${`${o.del}: ${e.name}`}>${o.del}</button>
        </span>`}
  </li>`}function ze(){let[e,t]=p(null),[n,r]=p(null),[s,a]=p(""),i=()=>jr().then(t,l=>a(l.message));C(()=>{i();let l=setInterval(i,Br);return()=>clearInterval(l)},[]);let u=l=>{r(null),l&&i()},d=e?e.lines.filter(l=>!e.ports.some(f=>At(l,f))):[];return c`<div aria-labelledby="lines-h">
    <h3 id="lines-h">${o.outsideLines}</h3>
    <${x} message=${s} />
    ${e?d.length===0?c`<p>${o.noLines}</p>`:c`<ul class="lines">
            ${d.map(l=>c`<${Gr} key=${l.id} line=${l} editing=${n===l.id} onEdit=${()=>r(l.id)} onDone=${u} onError=${a} />`)}
          </ul>`:c`<p>${o.loading}</p>`}
    <${Tt} line=${null} onDone=${u} />
    ${e&&c`<${to} ports=${e.ports} lines=${e.lines} onChanged=${i} />`}
  </div>`}var oe=H(null);async function no(){let e=await y(`users/${S.value.owner}`);e.require_password_update&&(oe.value={forced:!0,username:e.username})}async function oo(){let e=await y(`users/${S.value.owner}`);oe.value={forced:!1,username:e.username}}function zr(){let[e,t]=p(!1),[n,r]=p([]);return e?c`<${Le}
      user=${{}}
      onDone=${s=>{t(!1),s&&r([...n,s])}}
    />`:c`<div>
    <h3>${o.firstUsers}</h3>
    <ul class="added">${n.map(s=>c`<li key=${s.username}>${s.first_name} ${s.last_name} · ${s.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${o.addUser}</button>
    <${Zn} onAdded=${s=>r(a=>[...a,s])} />
  </div>`}function ro(){let{forced:e,username:t}=oe.value,[n,r]=p(!e),s=[[o.stepPassword,()=>c`<${le} username=${t} onDone=${()=>r(!0)} />`],[o.stepLocale,()=>c`<${Be} />`],[o.stepOffice,()=>c`<${je} />`],[o.stepUsers,()=>c`<${zr} />`],[o.stepMainNumber,()=>c`<${Re} />`],[o.stepLine,()=>c`<${ze} />`],[o.stepMail,()=>c`<${He} />`],[o.stepDone,()=>c`<p>${o.wizardDone}</p><${In} />`]],[a,i]=p(0),u=a===s.length-1,[d,l]=s[a],f=a===0&&!n;return c`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${o.wizard}</h2>
    <p class="hint">${o.stepOf(a+1,s.length)}: <strong>${d}</strong></p>
    ${f&&c`<p class="banner" role="alert">${o.pwForced}</p>`}
    <div key=${a}>${l()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${a===0} onClick=${()=>i(a-1)}>${o.back}</button>
      ${u?c`<button type="button" onClick=${()=>oe.value=null}>${o.finish}</button>`:c`<button type="button" disabled=${f} onClick=${()=>i(a+1)}>${o.next}</button>`}
    </div>
  </section>`}async function qr(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":S.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new B(t.status,n);return n.data}function so(){let[e,t]=p(null),[n,r]=p(!1),[s,a]=p(""),[i,u]=p("");async function d(l){if(l.preventDefault(),a(""),u(""),!e)return a(o.pickBundle);r(!0);try{let f=await qr(e);u(o.updateInstalled(f&&f.installed))}catch(f){let m=f.body&&f.body.data&&(f.body.data.message||f.body.data.detail);a(`${o.failed} ${f.message}${typeof m=="string"&&m!==f.message?`: ${m}`:""}`)}r(!1)}return c`<form onSubmit=${d} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${o.softwareUpdate}</h3>
    <p class="hint">${o.updateHint}</p>
    <${x} message=${s} />
    <div class="field">
      <label for="bundle">${o.bundle}</label>
      <input id="bundle" type="file" onChange=${l=>t(l.target.files[0]||null)} />
    </div>
    ${i&&c`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?o.uploading:o.install}</button>
  </form>`}function ao(){let[e,t]=p(null),[n,r]=p(""),s=()=>y("sip_bans").then(t,i=>i.status===403?t(null):r(i.message));C(s,[]);let a=i=>O(`sip_bans/${encodeURIComponent(i)}`).then(s,u=>r(u.message));return e?c`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${o.sipBans}</h3>
    <${x} message=${n} />
    ${e.length===0?c`<p>${o.noBans}</p>`:c`<ul class="numbers">
          ${e.map(i=>c`<li key=${i.ip} data-ban=${i.ip}>
              <span>${o.banned(i.ip,i.reason)} · ${o.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>a(i.ip)} aria-label=${o.liftBan(i.ip)}>${o.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:c`<${x} message=${n} />`}function io(){let[e,t]=p(null),[n,r]=p("");return C(()=>{y(`users/${S.value.owner}`).then(t,s=>r(s.message))},[]),c`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${o.settings}</h2>
    <${x} message=${n} />
    <div class="stack">
      ${e&&c`<${le} username=${e.username} />`}
      <${Be} />
      <${je} />
      <${ze} />
      <${He} />
      <${ao} />
      <${so} />
      <div><button type="button" onClick=${()=>oo().catch(s=>r(s.message))}>${o.runWizard}</button></div>
    </div>
  </section>`}var qe=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),It=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function Wr(e,t){let n=await fetch("/v2/"+Y(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":S.value.token,"Content-Type":It(t),Accept:"application/json"},body:t});if(!n.ok)throw new B(n.status,await n.json().catch(()=>null))}async function lo(e,t){let n=await E("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await Wr(n.id,t)}catch(r){throw await O(`media/${n.id}`).catch(()=>{}),r}return n.id}var Ft=e=>O(`media/${e}`).catch(()=>{});var Lt=["skip_greeting","skip_instructions","delete_after_notify","announcement_only"],Vr=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,co=e=>e.split(/[\s,;]+/).filter(Boolean);function Yr(e){let t={};e.name.trim()||(t.name=o.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=o.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=o.pinDigits);let n=co(e.notify).find(r=>!Vr.test(r));return n&&(t.notify_email_addresses=o.badEmail(n)),t}function uo({box:e,users:t,onDone:n}){let r=!e.id,[s,a]=p({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(Lt.map(v=>[v,!!e[v]]))}),[i,u]=p({}),[d,l]=p(""),[f,m]=p(!1),[b,$]=p(null),h=v=>g=>a({...s,[v]:g});async function _(v){v.preventDefault();let g=Yr(s);if(b&&!qe(b)&&(g.greeting=o.greetingType),u(g),l(""),Object.keys(g).length)return;let w={name:s.name.trim(),mailbox:s.mailbox,notify_email_addresses:co(s.notify),...Object.fromEntries(Lt.map(P=>[P,s[P]]))};w.owner_id=s.owner_id||(r?void 0:null),w.pin=s.pin||(r?void 0:null),m(!0);let N=null;try{b&&(N=await lo(w.name,b).catch(P=>{throw Object.assign(P,{fields:{greeting:P.fields&&P.fields.media||P.message}})}),w.media={...e.media||{},unavailable:N}),r?await E("vmboxes",w):await G(`vmboxes/${e.id}`,w),N&&e.media&&e.media.unavailable&&await Ft(e.media.unavailable),n()}catch(P){N&&await Ft(N),u(P.fields||{}),l(`${o.failed} ${P.message}`),m(!1)}}return c`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${r?o.addVmbox:o.editVmbox}</h2>
    <form onSubmit=${_} novalidate>
      <${x} message=${d} />
      <div class="grid">
        <${k} id="vm_name" label=${o.name} value=${s.name} onInput=${h("name")} error=${i.name} required />
        <${k} id="vm_mailbox" label=${o.mailbox} value=${s.mailbox} onInput=${h("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${o.owner}</label>
          <select id="vm_owner" value=${s.owner_id} onChange=${v=>h("owner_id")(v.target.value)}>
            <option value="">${o.noOwner}</option>
            ${t.map(v=>c`<option key=${v.id} value=${v.id}>${v.first_name} ${v.last_name}</option>`)}
          </select>
          ${i.owner_id&&c`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${k} id="vm_pin" label=${o.pin} type="password" value=${s.pin} onInput=${h("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${o.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${v=>$(v.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?o.greetingSet:o.greetingNone}</p>
        ${i.greeting&&c`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${k} id="vm_notify" label=${o.recipients} value=${s.notify} onInput=${h("notify")} error=${i.notify_email_addresses} />
      ${Lt.map(v=>c`<div class="check" key=${v}>
          <input type="checkbox" id=${"vm_"+v} checked=${s[v]} onChange=${g=>h(v)(g.target.checked)} />
          <label for=${"vm_"+v}>${o.vmFlags[v]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${n}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var Xr=62167219200,Zr=e=>new Date((e-Xr)*1e3).toISOString().slice(0,16).replace("T"," ");function We({box:e,onDone:t}){let n=`vmboxes/${e.id}/messages`,[r,s]=p(null),[a,i]=p({}),u=ct([]),[d,l]=p(""),f=()=>y(`${n}?paginate=false`).then(h=>s(h.filter(_=>_.folder!=="deleted")),h=>l(h.message));C(()=>(f(),()=>u.current.forEach(h=>URL.revokeObjectURL(h))),[]);let m=h=>h.then(f,_=>l(_.message));async function b(h){if(a[h.media_id])return a[h.media_id];let _=URL.createObjectURL(await be(`${n}/${h.media_id}/raw`));return u.current.push(_),i(v=>({...v,[h.media_id]:_})),_}async function $(h){try{let _=document.createElement("a");_.href=await b(h),_.download=`${e.mailbox}-${h.media_id}.wav`,_.click()}catch(_){l(_.message)}}return c`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${o.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${t}>${o.vmboxes}</button>
    </div>
    <${x} message=${d} />
    ${r?r.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${o.messages}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.duration}</th><th>${o.folder}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${r.map(h=>c`<tr key=${h.media_id} data-message=${h.media_id} class="message">
                  <td data-label=${o.when}>${h.timestamp?Zr(h.timestamp):""}</td>
                  <td data-label=${o.from}>${h.caller_id_name||""} ${h.caller_id_number||""}</td>
                  <td data-label=${o.duration}>${h.length?`${Math.round(h.length/1e3)} s`:""}</td>
                  <td data-label=${o.folder} class="folder">${o.folders[h.folder]||h.folder}</td>
                  <td class="actions">
                    ${a[h.media_id]?c`<audio controls autoplay src=${a[h.media_id]}></audio>`:c`<button onClick=${()=>b(h).catch(_=>l(_.message))}>${o.play}</button>`}
                    <button class="plain" onClick=${()=>$(h)}>${o.download}</button>
                    ${h.folder==="new"&&c`<button class="plain" onClick=${()=>m(F(`${n}/${h.media_id}`,{folder:"saved"}))}>${o.markHeard}</button>`}
                    <button class="danger" onClick=${()=>confirm(o.confirmDeleteMessage)&&m(O(`${n}/${h.media_id}`))}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${o.loading}</p>`}
  </section>`}function mo(){let[e,t]=p(null),[n,r]=p(null),[s,a]=p(null),[i,u]=p(""),d=()=>Promise.all([y("vmboxes?paginate=false"),y("users?paginate=false")]).then(([$,h])=>t({boxes:$,users:h}),$=>u($.message));C(d,[]);let l=()=>{r(null),a(null),d()};async function f($){confirm(o.confirmDeleteVmbox($.name))&&(await O(`vmboxes/${$.id}`).catch(h=>u(h.message)),d())}async function m($){try{r(await y(`vmboxes/${$.id}`))}catch(h){u(h.message)}}if(n)return c`<${uo} box=${n} users=${e.users} onDone=${l} />`;if(s)return c`<${We} box=${s} onDone=${l} />`;let b=$=>{let h=e.users.find(_=>_.id===$);return h?`${h.first_name} ${h.last_name}`:""};return c`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${o.vmboxes}</h2>
      <button onClick=${()=>r({})}>${o.addVmbox}</button>
    </div>
    <${x} message=${i} />
    ${e?e.boxes.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${o.vmboxes}>
            <thead><tr><th>${o.name}</th><th>${o.mailbox}</th><th>${o.owner}</th><th>${o.newMessages}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map($=>c`<tr key=${$.id} data-vmbox=${$.mailbox}>
                  <td data-label=${o.name}>${$.name}</td>
                  <td data-label=${o.mailbox}>${$.mailbox}</td>
                  <td data-label=${o.owner}>${b($.owner_id)}</td>
                  <td data-label=${o.newMessages} class="count">${$.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>a($)} aria-label=${o.messagesOf($.name)}>${o.messages}</button>
                    <button class="plain" onClick=${()=>m($)} aria-label=${`${o.edit} ${$.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>f($)} aria-label=${`${o.del} ${$.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${o.loading}</p>`}
  </section>`}function Ve(e,t){if(!(t instanceof B))throw t;let n={};for(let[r,s]of Object.entries(t.fields))n[e==="userGroup"&&r.startsWith("numbers")?"extension":r.split(".")[0]]=s;throw t.fields=n,t}async function fo(){let[e,t]=await Promise.all([y("groups?paginate=false"),y("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let r=t.filter(s=>s.group_id===n.id);return{...n,userCf:r.find(s=>s.type==="userGroup"),baseCf:r.find(s=>s.type==="baseGroup")}})}async function po(e){let t=[];try{let n=await E("groups",yt({},e));t.push(()=>O(`groups/${n.id}`));let r=await E("callflows",wt({},n,e));t.push(()=>O(`callflows/${r.id}`)),await E("callflows",xt({},n,r,e)).catch(s=>Ve("userGroup",s))}catch(n){for(let r of t.reverse())await r().catch(()=>{});Ve("groups",n)}}async function $o(e,t){try{let n=await F(`groups/${e.id}`,yt(await y(`groups/${e.id}`),t)),r=await F(`callflows/${e.baseCf.id}`,wt(await y(`callflows/${e.baseCf.id}`),n,t)),s=e.userCf?await y(`callflows/${e.userCf.id}`):{},a=xt(s,n,r,t);await(e.userCf?F(`callflows/${e.userCf.id}`,a):E("callflows",a)).catch(i=>Ve("userGroup",i))}catch(n){Ve("groups",n)}}async function ho(e){for(let t of[e.userCf,e.baseCf])t&&await O(`callflows/${t.id}`);await O(`groups/${e.id}`)}var ce=e=>/^\d+$/.test(String(e))?Number(e):NaN;function Kr(e){let t={};return e.name.trim()||(t.name=o.required),/^\d{2,8}$/.test(e.extension)||(t.extension=o.extDigits),ce(e.repeats)>=1&&ce(e.repeats)<=10||(t.repeats=o.repeatsRange),e.members.length||(t.members=o.pickMember),e.members.length>_e&&(t.members=o.tooManyMembers(_e)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=o.badTimeline),t}function bo({id:e,label:t,value:n,onChange:r,options:s,wide:a}){return c`<div class=${a?"field wide":"field"}>
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>r(i.target.value)}>
      ${s.map(([i,u])=>c`<option key=${i} value=${i}>${u}</option>`)}
    </select>
  </div>`}function _o({group:e,users:t,vmboxes:n,onDone:r}){let[s,a]=p(e.form),[i,u]=p("20"),[d,l]=p({}),[f,m]=p(""),[b,$]=p(!1),h=M=>T=>a({...s,[M]:T}),_=M=>s.members.find(T=>T.id===M),v=M=>a({...s,members:_(M.id)?s.members.filter(T=>T.id!==M.id):[...s.members,{id:M.id,delay:0,timeout:20}]}),g=(M,T,q)=>a({...s,members:s.members.map(j=>j.id===M?{...j,[T]:ce(q)}:j)});async function w(M){M.preventDefault();let T=Kr(s);if(l(T),m(""),!Object.keys(T).length){$(!0);try{let q=P?s.members.map(de=>({...de,delay:0})):s.members,j={...s,members:q,name:s.name.trim(),repeats:ce(s.repeats)};await(e.id?$o(e,j):po(j)),r()}catch(q){l(q.fields||{}),m(`${o.failed} ${q.message}`),$(!1)}}}let N=s.members.length>=_e,P=s.strategy!=="simultaneous";return c`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?o.editGroup:o.addGroup}</h2>
    <form onSubmit=${w} novalidate>
      <${x} message=${f} />
      <div class="grid">
        <${k} id="group_name" label=${o.name} value=${s.name} onInput=${h("name")} error=${d.name} required />
        <${k} id="group_extension" label=${o.extension} value=${s.extension} onInput=${h("extension")} error=${d.extension} required inputmode="numeric" />
        <${k} id="group_repeats" label=${o.repeats} value=${String(s.repeats)} onInput=${h("repeats")} error=${d.repeats} inputmode="numeric" />
        <${bo} id="group_strategy" label=${o.strategy} value=${s.strategy} onChange=${h("strategy")} options=${Object.entries(o.strategies)} />
        <${bo} id="group_next" wide label=${o.nextAction} value=${s.next_vmbox} onChange=${h("next_vmbox")}
          options=${[["",o.notAvailable],...n.map(M=>[M.id,o.toVoicemail(M.name,M.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${o.members(s.members.length,_e)}</legend>
        ${d.members&&c`<p class="error" id="members-error" role="alert">${d.members}</p>`}
        <table class="list timeline" aria-label=${o.timeline}>
          <thead><tr><th>${o.member}</th>${!P&&c`<th>${o.startAfter}</th>`}<th>${o.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(M=>{let T=_(M.id),q=`${M.first_name} ${M.last_name}`;return c`<tr key=${M.id} data-member=${M.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+M.id} checked=${!!T} disabled=${!T&&N} onChange=${()=>v(M)} /><label for=${"m-"+M.id}>${q}</label></span></td>
                ${!P&&c`<td data-label=${o.startAfter}>${T&&c`<input class="delay" aria-label=${`${o.startAfter} ${q}`} inputmode="numeric" value=${Number.isNaN(T.delay)?"":T.delay} onInput=${j=>g(M.id,"delay",j.target.value)} />`}</td>`}
                <td data-label=${o.ringFor}>${T&&c`<input class="timeout" aria-label=${`${o.ringFor} ${q}`} inputmode="numeric" value=${Number.isNaN(T.timeout)?"":T.timeout} onInput=${j=>g(M.id,"timeout",j.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${k} id="group_total" label=${o.totalRing} value=${i} onInput=${u} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!s.members.length||!(ce(i)>=1)} onClick=${()=>a({...s,members:Nn(s.members,ce(i))})}>${o.distribute}</button>
        </div>
      </fieldset>
      <div class="bar">
        <button type="submit" disabled=${b}>${b?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${r}>${o.cancel}</button>
      </div>
    </form>
  </section>`}async function Jr(e){let t=e.baseCf?await y(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},r=(n.endpoints||[]).map(a=>({id:a.id,delay:Number(a.delay)||0,timeout:Number(a.timeout)||20})),s=e.userCf?(await y(`callflows/${e.userCf.id}`)).flow.children._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:s&&s.module==="voicemail"?s.data.id:"",members:r}}function go(){let[e,t]=p(null),[n,r]=p(null),[s,a]=p(""),i=()=>Promise.all([fo(),y("users?paginate=false"),y("vmboxes?paginate=false")]).then(([l,f,m])=>t({groups:l,users:f,vmboxes:m}),l=>a(l.message));C(i,[]);async function u(l){try{r({...l,form:await Jr(l)})}catch(f){a(f.message)}}async function d(l){confirm(o.confirmDeleteGroup(l.name))&&(await ho(l).catch(f=>a(f.message)),i())}return n?c`<${_o}
      group=${n}
      users=${e.users}
      vmboxes=${e.vmboxes}
      onDone=${()=>{r(null),i()}}
    />`:c`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${o.groups}</h2>
      <button disabled=${!e} onClick=${()=>r({form:{name:"",extension:"",repeats:1,strategy:"simultaneous",next_vmbox:"",members:[]}})}>${o.addGroup}</button>
    </div>
    <${x} message=${s} />
    ${e?e.groups.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${o.groups}>
            <thead><tr><th>${o.name}</th><th>${o.extension}</th><th>${o.memberCount}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.groups.map(l=>c`<tr key=${l.id} data-group=${l.name}>
                  <td data-label=${o.name}>${l.name}</td>
                  <td data-label=${o.extension} class="ext">${l.userCf&&l.userCf.numbers?l.userCf.numbers[0]:""}</td>
                  <td data-label=${o.memberCount}>${typeof l.endpoints=="number"?l.endpoints:Object.keys(l.endpoints||{}).length}</td>
                  <td class="actions">
                    <button onClick=${()=>u(l)} aria-label=${`${o.edit} ${l.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>d(l)} aria-label=${`${o.del} ${l.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${o.loading}</p>`}
  </section>`}async function Qr(){let[e,t]=await Promise.all([y("phone_numbers"),y("callflows?paginate=false")]);return Object.entries(e.numbers||{}).map(([n,r])=>{let s=r.used_by_id&&t.find(a=>a.id===r.used_by_id);return{number:n,usedBy:s?s.name||s.id:r.used_by_id||""}}).sort((n,r)=>n.number.localeCompare(r.number))}function vo(){let[e,t]=p(null),[n,r]=p(""),[s,a]=p(""),[i,u]=p(""),d=()=>Qr().then(t,m=>u(m.message));C(d,[]);async function l(m){m.preventDefault();let b=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(b))return a(o.badPhoneNumber);a("");try{await E(`phone_numbers/${encodeURIComponent(b)}`,{}),r(""),d()}catch($){a($.fields.number||$.message)}}async function f(m){confirm(o.confirmDeleteNumber(m))&&(await O(`phone_numbers/${encodeURIComponent(m)}`).catch(b=>u(b.message)),d())}return c`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${o.numbers}</h2>
    <${x} message=${i} />
    ${e?e.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${o.numbers}>
            <thead><tr><th>${o.number}</th><th>${o.usedBy}</th><th><span class="sr">${o.del}</span></th></tr></thead>
            <tbody>
              ${e.map(m=>c`<tr key=${m.number} data-number=${m.number}>
                  <td data-label=${o.number} class="main-number">${m.number}</td>
                  <td data-label=${o.usedBy} class="used-by">${m.usedBy||o.spare}</td>
                  <td class="actions">${!m.usedBy&&c`<button class="danger" onClick=${()=>f(m.number)} aria-label=${`${o.remove} ${m.number}`}>${o.remove}</button>`}</td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${o.loading}</p>`}
    <form onSubmit=${l} novalidate>
      <${k} id="new_number" label=${o.number} value=${n} onInput=${r} error=${s} inputmode="tel" />
      <button type="submit">${o.addPhoneNumber}</button>
    </form>
  </section>`}var yo=e=>e.split(/[\s,;]+/).filter(Boolean);function wo(e){return{name:e.name.trim(),conference_numbers:[e.number],member:{pins:yo(e.member_pins),join_muted:e.join_muted},moderator:{pins:yo(e.moderator_pins)}}}var Ut=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:[n.number],flow:{module:"conference",data:{id:t.id},children:{}}});function xo(e){if(!(e instanceof B))throw e;let t={};for(let[n,r]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=r;throw e.fields=t,e}var ko=e=>y(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function Co(e){let t=null;try{t=await E("conferences",wo(e)),await E("callflows",Ut({},t,e))}catch(n){t&&await O(`conferences/${t.id}`).catch(()=>{}),xo(n)}}async function So(e,t){try{let n=await G(`conferences/${e}`,wo(t)),[r]=await ko(e);r?await F(`callflows/${r.id}`,Ut(await y(`callflows/${r.id}`),n,t)):await E("callflows",Ut({},n,t))}catch(n){xo(n)}}async function Po(e){for(let t of await ko(e))await O(`callflows/${t.id}`);await O(`conferences/${e}`)}var es=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function ts(e){let t={};e.name.trim()||(t.name=o.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=o.extDigits);for(let n of["member_pins","moderator_pins"])es.test(e[n].trim())||(t[n]=o.pinList);return t}function Eo({conf:e,onDone:t}){let n=!e.id,[r,s]=p({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[a,i]=p({}),[u,d]=p(""),[l,f]=p(!1),m=$=>h=>s({...r,[$]:h});async function b($){$.preventDefault();let h=ts(r);if(i(h),d(""),!Object.keys(h).length){f(!0);try{n?await Co(r):await So(e.id,r),t()}catch(_){i(_.fields||{}),d(`${o.failed} ${_.message}`),f(!1)}}}return c`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?o.addConference:o.editConference}</h2>
    <form onSubmit=${b} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="conf_name" label=${o.name} value=${r.name} onInput=${m("name")} error=${a.name} required />
        <${k} id="conf_number" label=${o.confNumber} value=${r.number} onInput=${m("number")} error=${a.number} required inputmode="tel" />
        <${k} id="conf_member_pins" label=${o.memberPins} value=${r.member_pins} onInput=${m("member_pins")} error=${a.member_pins||a.member} inputmode="numeric" autocomplete="off" />
        <${k} id="conf_moderator_pins" label=${o.moderatorPins} value=${r.moderator_pins} onInput=${m("moderator_pins")} error=${a.moderator_pins||a.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${W} id="conf_join_muted" label=${o.joinMuted} checked=${r.join_muted} onChange=${m("join_muted")} />
      <div class="bar">
        <button type="submit" disabled=${l}>${l?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var No=e=>(e&&e.pins||[]).length;function Mo(){let[e,t]=p(null),[n,r]=p(null),[s,a]=p(""),i=()=>y("conferences?paginate=false").then(t,l=>a(l.message));C(i,[]);async function u(l){try{r(await y(`conferences/${l.id}`))}catch(f){a(f.message)}}async function d(l){confirm(o.confirmDeleteConference(l.name))&&(await Po(l.id).catch(f=>a(f.message)),i())}return n?c`<${Eo}
      conf=${n}
      onDone=${()=>{r(null),i()}}
    />`:c`<section aria-labelledby="conf-h">
    <div class="bar">
      <h2 id="conf-h">${o.conferences}</h2>
      <button onClick=${()=>r({})}>${o.addConference}</button>
    </div>
    <${x} message=${s} />
    ${e?e.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${o.conferences}>
            <thead><tr><th>${o.name}</th><th>${o.confNumber}</th><th>${o.pins}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(l=>c`<tr key=${l.id} data-conference=${l.name}>
                  <td data-label=${o.name}>${l.name}</td>
                  <td data-label=${o.confNumber} class="ext">${(l.conference_numbers||[]).join(", ")}</td>
                  <td data-label=${o.pins} class="pins">${o.pinSummary(No(l.member),No(l.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>u(l)} aria-label=${`${o.edit} ${l.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>d(l)} aria-label=${`${o.del} ${l.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${o.loading}</p>`}
  </section>`}var ns=(e,t)=>({...e,numbers:e.numbers.map(n=>n.replace("{code}",t)),patterns:e.patterns.map(n=>n.replace("{code}",t.replace(/\*/g,"\\*"))),featurecode:{...e.featurecode,number:t}}),os=e=>/^[0-9*]{1,6}$/.test(e),rs=(e,t)=>(e.star?`*${t}`:t)+(e.takes_digits?"\u2026":"");function ss({row:e,taken:t,onSaved:n}){let[r,s]=p(e.number),[a,i]=p(e.enabled),[u,d]=p(""),[l,f]=p(!1),m=r!==e.number||a!==e.enabled,b=`fc-${e.name.replace(/[^a-z0-9]/gi,"_")}`,$=o.fcNames[e.name]||e.name;async function h(){if(a&&!os(r))return d(o.fcDigits);if(a&&t(e,r))return d(o.fcTaken(rs(e,r)));d(""),f(!0);try{let _=ns(e.template,r);a?e.enabled?await G(`callflows/${e.callflow_id}`,{numbers:_.numbers,patterns:_.patterns,featurecode:_.featurecode}):await E("callflows",_):await O(`callflows/${e.callflow_id}`),n()}catch(_){d(_.fields.numbers||_.fields.patterns||_.message),f(!1)}}return c`<tr data-code=${e.name} class=${e.handled?"":"muted"}>
    <td data-label=${o.fcWhat}>${$}${!e.handled&&c`<br /><small>${o.fcNotRun}</small>`}</td>
    <td data-label=${o.fcCode}>
      <span class="code-input">${e.star?"*":""}<input id=${b} aria-label=${`${o.fcCode}: ${$}`} value=${r} inputmode="tel" size="6"
        aria-invalid=${u?"true":void 0} onInput=${_=>s(_.target.value.trim())} disabled=${!a} />${e.takes_digits?"\u2026":""}</span>
      ${u&&c`<p class="error" role="alert">${u}</p>`}
    </td>
    <td data-label=${o.fcOn}><input type="checkbox" aria-label=${`${o.fcOn}: ${$}`} checked=${a} disabled=${!e.handled&&!e.enabled}
      onChange=${_=>i(_.target.checked)} /></td>
    <td class="actions">${m&&c`<button type="button" disabled=${l} onClick=${h} aria-label=${`${o.save}: ${$}`}>${o.save}</button>`}</td>
  </tr>`}function Oo(){let[e,t]=p(null),[n,r]=p(""),s=()=>y("feature_codes").then(t,i=>r(i.message));C(s,[]);let a=(i,u)=>e.some(d=>d!==i&&d.enabled&&d.star===i.star&&d.number===u);return c`<section aria-labelledby="fc-h">
    <h2 id="fc-h">${o.featureCodes}</h2>
    <p class="hint">${o.fcHint}</p>
    <${x} message=${n} />
    ${e?c`<table class="list" aria-label=${o.featureCodes}>
          <thead><tr><th>${o.fcWhat}</th><th>${o.fcCode}</th><th>${o.fcOn}</th><th><span class="sr">${o.save}</span></th></tr></thead>
          <tbody>${e.map(i=>c`<${ss} key=${`${i.name}/${i.callflow_id}/${i.number}`} row=${i} taken=${a} onSaved=${s} />`)}</tbody>
        </table>`:c`<p>${o.loading}</p>`}
  </section>`}var as=/^\+?\d{2,15}$/;function is(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function Do({user:e,onSaved:t}){let[n,r]=p(is(e)),[s,a]=p({}),[i,u]=p(""),[d,l]=p(!1),[f,m]=p(!1),b=h=>_=>{l(!1),r({...n,[h]:_})};async function $(h){h.preventDefault();let _=n.forward&&!as.test(n.number.trim())?{"call_forward.number":o.forwardNumber}:{};if(a(_),u(""),!Object.keys(_).length){m(!0);try{let v=await G(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});l(!0),t&&t(v)}catch(v){a(v.fields||{}),u(`${o.failed} ${v.message}`)}m(!1)}}return c`<form onSubmit=${$} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${o.callHandling}</h3>
    <${x} message=${i} />
    <${W} id="dnd" label=${o.dnd} checked=${n.dnd} onChange=${b("dnd")} />
    <${W} id="forward" label=${o.forward} checked=${n.forward} onChange=${b("forward")} />
    ${n.forward&&c`<fieldset>
      <${k} id="forward_number" label=${o.forwardTo} value=${n.number} onInput=${b("number")} error=${s["call_forward.number"]} inputmode="tel" />
      <${W} id="ring_devices" label=${o.ringDevicesToo} checked=${n.ring_devices} onChange=${b("ring_devices")} />
      <${W} id="direct_calls_only" label=${o.directCallsOnly} checked=${n.direct_calls_only} onChange=${b("direct_calls_only")} />
      <${W} id="keep_caller_id" label=${o.keepCallerId} checked=${n.keep_caller_id} onChange=${b("keep_caller_id")} />
      <${W} id="require_keypress" label=${o.requireKeypress} checked=${n.require_keypress} onChange=${b("require_keypress")} />
    </fieldset>`}
    ${d&&c`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
  </form>`}var To=(e,t)=>/^\d+$/.test(String(e))&&Number(e)>=t&&Number(e)<=300;function Ao({userId:e}){let[t,n]=p(null),[r,s]=p(null),[a,i]=p({}),[u,d]=p(""),[l,f]=p(!1),m=(h,_)=>{let v=Object.fromEntries(h.endpoints.map(g=>[g.id,g]));s({enabled:h.enabled,rows:_.map(g=>({id:g.id,name:g.name,on:!!v[g.id],delay:String(v[g.id]?.delay??0),timeout:String(v[g.id]?.timeout??20)}))})};if(C(()=>{Promise.all([y(`users/${e}/find_me_follow_me`),y(`users/${e}/devices`)]).then(([h,_])=>{n(_),m(h,_)},h=>d(h.message))},[]),!r)return c`<div class="card"><h3>${o.followMe}</h3><${x} message=${u} />${!u&&o.loading}</div>`;let b=(h,_,v)=>s({...r,rows:r.rows.map((g,w)=>w===h?{...g,[_]:v}:g)});async function $(h){h.preventDefault(),f(!1),d("");let _=r.rows.filter(g=>g.on),v={};if(r.enabled&&!_.length&&(v.rows=o.pickPhone),r.rows.forEach((g,w)=>{g.on&&(!To(g.delay,0)||!To(g.timeout,1))&&(v[w]=o.badTimeline)}),i(v),!Object.keys(v).length)try{let g=_.map(w=>({id:w.id,delay:Number(w.delay),timeout:Number(w.timeout)}));m(await F(`users/${e}/find_me_follow_me`,{enabled:r.enabled,endpoints:r.enabled?g:[]}),t),f(!0)}catch(g){let w={};for(let[N,P]of Object.entries(g.fields||{})){let M=/^endpoints\.(\d+)\./.exec(N);M?w[r.rows.indexOf(_[Number(M[1])])]=P:w.rows=P}i(w),d(`${o.failed} ${g.message}`)}}return c`<form class="card" onSubmit=${$} novalidate aria-labelledby="fmfm-h">
    <h3 id="fmfm-h">${o.followMe}</h3>
    <p class="hint">${o.followMeHint}</p>
    <${x} message=${u} />
    <${W} id="fmfm_on" label=${o.followMeOn} checked=${r.enabled} onChange=${h=>s({...r,enabled:h})} />
    ${r.enabled&&c`${a.rows&&c`<p class="error" role="alert">${a.rows}</p>`}
      <table class="list timeline" aria-label=${o.followMe}>
        <thead><tr><th>${o.myDevices}</th><th>${o.startAfter}</th><th>${o.ringFor}</th></tr></thead>
        <tbody>
          ${r.rows.map((h,_)=>c`<tr key=${h.id} data-fmfm=${h.name}>
              <td><span class="check"><input type="checkbox" id=${"fm-"+h.id} checked=${h.on} onChange=${v=>b(_,"on",v.target.checked)} /><label for=${"fm-"+h.id}>${h.name}</label></span>
                ${a[_]&&c`<p class="error" role="alert">${a[_]}</p>`}</td>
              <td data-label=${o.startAfter}>${h.on&&c`<input aria-label=${`${o.startAfter} ${h.name}`} inputmode="numeric" value=${h.delay} onInput=${v=>b(_,"delay",v.target.value)} />`}</td>
              <td data-label=${o.ringFor}>${h.on&&c`<input aria-label=${`${o.ringFor} ${h.name}`} inputmode="numeric" value=${h.timeout} onInput=${v=>b(_,"timeout",v.target.value)} />`}</td>
            </tr>`)}
        </tbody>
      </table>`}
    <div class="bar"><button type="submit">${o.save}</button>${l&&c`<span class="ok" role="status">${o.saved}</span>`}</div>
  </form>`}var ls=5e3;function cs({userId:e}){let[t,n]=p(null),[r,s]=p("");return C(()=>{let a=()=>y(`users/${e}/devices`).then(n,u=>s(u.message));a();let i=setInterval(a,ls);return()=>clearInterval(i)},[]),c`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${o.myDevices}</h3>
    <${x} message=${r} />
    ${t?t.length===0?o.none:c`<ul class="my-devices">
            ${t.map(a=>c`<li key=${a.id} data-device=${a.name}>
                <span class=${a.registered?"dot on":"dot"}>${a.name} · ${a.registered?o.registered:o.notRegistered}</span>
              </li>`)}
          </ul>`:o.loading}
  </div>`}function Io(){let[e,t]=p(null),[n,r]=p("");return C(()=>{y(`users/${S.value.owner}`).then(t,s=>r(s.message))},[]),c`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:o.myPhone}</h2>
    <${x} message=${n} />
    ${e&&c`<div class="stack">
      <${cs} userId=${e.id} />
      <${Do} user=${e} onSaved=${t} />
      <${Ao} userId=${e.id} />
      <${le} username=${e.username} />
    </div>`}
  </section>`}async function ds(e,t){let n=await fetch("/v2/"+Y(`vmboxes/${e}/greeting`),{method:"POST",headers:{"X-Auth-Token":S.value.token,"Content-Type":It(t),Accept:"application/json"},body:t});if(!n.ok)throw new B(n.status,await n.json().catch(()=>null))}function Fo({box:e}){let[t,n]=p(""),[r,s]=p(""),[a,i]=p(null),[u,d]=p({}),[l,f]=p(""),[m,b]=p(!1),$=()=>y(`vmboxes/${e.id}`).then(g=>b(!!(g.media&&g.media.unavailable)),()=>{});C($,[]);let h=g=>`${g}_${e.mailbox}`;async function _(g){g.preventDefault(),f("");let w={};if(/^\d{4,6}$/.test(t)?t!==r&&(w.again=o.pinMismatch):w.pin=o.pinDigits,d(w),!Object.keys(w).length)try{await G(`vmboxes/${e.id}`,{pin:t}),n(""),s(""),f("pin")}catch(N){d({pin:N.fields.pin||N.message})}}async function v(g){if(g.preventDefault(),f(""),!a||!qe(a))return d({greeting:o.greetingType});d({});try{await ds(e.id,a),f("greeting"),$()}catch(w){d({greeting:w.fields.media||w.message})}}return c`<div class="card" data-settings=${e.mailbox}>
    <h3>${o.boxSettings(e.name,e.mailbox)}</h3>
    <form onSubmit=${_} novalidate>
      <${k} id=${h("pin")} label=${o.newPin} type="password" value=${t} onInput=${n} error=${u.pin} inputmode="numeric" autocomplete="new-password" />
      <${k} id=${h("pin_again")} label=${o.newPinAgain} type="password" value=${r} onInput=${s} error=${u.again} inputmode="numeric" autocomplete="new-password" />
      <div class="bar"><button type="submit">${o.changePin}</button>${l==="pin"&&c`<span class="ok" role="status">${o.pinChanged}</span>`}</div>
    </form>
    <form onSubmit=${v} novalidate>
      <div class="field">
        <label for=${h("greeting")}>${o.greeting}</label>
        <input id=${h("greeting")} type="file" accept="audio/wav,audio/mpeg,.wav,.mp3" aria-invalid=${u.greeting?"true":void 0}
          onChange=${g=>i(g.target.files[0]||null)} />
        ${u.greeting&&c`<p class="error" id=${h("greeting")+"-error"} role="alert">${u.greeting}</p>`}
        <p class="hint">${m?o.greetingSet:o.greetingNone}</p>
      </div>
      <div class="bar"><button type="submit">${o.uploadGreeting}</button>${l==="greeting"&&c`<span class="ok" role="status">${o.greetingSaved}</span>`}</div>
    </form>
  </div>`}function Lo(){let[e,t]=p(null),[n,r]=p(null),[s,a]=p(""),i=()=>y("vmboxes?paginate=false").then(t,u=>a(u.message));return C(i,[]),n?c`<${We}
      box=${n}
      onDone=${()=>{r(null),i()}}
    />`:c`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${o.vmboxes}</h2>
    <${x} message=${s} />
    ${e?e.length===0?c`<p>${o.noBox}</p>`:c`<ul class="numbers">
            ${e.map(u=>c`<li key=${u.id} data-vmbox=${u.mailbox}>
                <span>${u.name} (${u.mailbox}) · ${o.messageCount(u.messages||0)}</span>
                <button onClick=${()=>r(u)} aria-label=${o.messagesOf(u.name)}>${o.messages}</button>
              </li>`)}
          </ul>`:c`<p>${o.loading}</p>`}
    ${e&&c`<div class="stack">${e.map(u=>c`<${Fo} key=${u.id} box=${u} />`)}</div>`}
  </section>`}var us={dashboard:[o.dashboard,En],users:[o.users,An],devices:[o.devices,Ln],groups:[o.groups,go],calls:[o.callLogs,jn],main:[o.mainNumber,Re],voicemail:[o.vmboxes,mo],conferences:[o.conferences,Mo],codes:[o.featureCodes,Oo],numbers:[o.numbers,vo],settings:[o.settings,io]},ms={me:[o.myPhone,Io],myvoicemail:[o.vmboxes,Lo],mycalls:[o.myCalls,Hn]},Ye=()=>S.value&&S.value.admin===!1?ms:us,Rt=H(location.hash.slice(1));addEventListener("hashchange",()=>Rt.value=location.hash.slice(1));var fs=()=>Rt.value in Ye()?Rt.value:Object.keys(Ye())[0],Uo=null;te(()=>{let e=S.value;e||(oe.value=null),e&&e.admin!==!1&&Uo!==e.token&&(Uo=e.token,no().catch(()=>{}))});function ps(){if(!S.value)return c`<${Sn} />`;let e=fs(),[,t]=Ye()[e];return c`<header>
      <strong>${o.app}</strong>
      <nav aria-label=${o.menu}>
        ${Object.entries(Ye()).map(([n,[r]])=>c`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${r}</a>`)}
      </nav>
      <button class="plain" onClick=${Te}>${o.logout}</button>
    </header>
    <main>${oe.value?c`<${ro} />`:c`<${t} key=${e} />`}</main>`}st(c`<${ps} />`,document.getElementById("app"));
