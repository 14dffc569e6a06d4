var we,D,jt,Ke,K,Ft,Bt,Ze,Rt,Je,Xe,Ye,Nr,me={},Ht=[],Pr=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Qe=Array.isArray;function X(e,t){for(var n in t)e[n]=t[n];return e}function et(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function xe(e,t,n){var o,s,a,i={};for(a in t)a=="key"?o=t[a]:a=="ref"?s=t[a]:i[a]=t[a];if(arguments.length>2&&(i.children=arguments.length>3?we.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(a in e.defaultProps)i[a]===void 0&&(i[a]=e.defaultProps[a]);return ve(e,i,o,s,null)}function ve(e,t,n,o,s){var a={type:e,props:t,key:n,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++jt,__i:-1,__u:0};return s==null&&D.vnode!=null&&D.vnode(a),a}function ke(e){return e.children}function J(e,t){this.props=e,this.context=t}function oe(e,t){if(t==null)return e.__?oe(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?oe(e):null}function Gt(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return Gt(e)}}function Tt(e){(!e.__d&&(e.__d=!0)&&K.push(e)&&!ye.__r++||Ft!==D.debounceRendering)&&((Ft=D.debounceRendering)||Bt)(ye)}function ye(){var e,t,n,o,s,a,i,u;for(K.sort(Ze);e=K.shift();)e.__d&&(t=K.length,o=void 0,a=(s=(n=e).__v).__e,i=[],u=[],n.__P&&((o=X({},s)).__v=s.__v+1,D.vnode&&D.vnode(o),tt(n.__P,o,s,n.__n,n.__P.namespaceURI,32&s.__u?[a]:null,i,a??oe(s),!!(32&s.__u),u),o.__v=s.__v,o.__.__k[o.__i]=o,Wt(i,o,u),o.__e!=a&&Gt(o)),K.length>t&&K.sort(Ze));ye.__r=0}function zt(e,t,n,o,s,a,i,u,l,c,f){var m,_,$,p,b,v,g=o&&o.__k||Ht,w=t.length;for(l=Mr(n,t,g,l,w),m=0;m<w;m++)($=n.__k[m])!=null&&(_=$.__i===-1?me:g[$.__i]||me,$.__i=m,v=tt(e,$,_,s,a,i,u,l,c,f),p=$.__e,$.ref&&_.ref!=$.ref&&(_.ref&&nt(_.ref,null,$),f.push($.ref,$.__c||p,$)),b==null&&p!=null&&(b=p),4&$.__u||_.__k===$.__k?l=qt($,l,e):typeof $.type=="function"&&v!==void 0?l=v:p&&(l=p.nextSibling),$.__u&=-7);return n.__e=b,l}function Mr(e,t,n,o,s){var a,i,u,l,c,f=n.length,m=f,_=0;for(e.__k=new Array(s),a=0;a<s;a++)(i=t[a])!=null&&typeof i!="boolean"&&typeof i!="function"?(l=a+_,(i=e.__k[a]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?ve(null,i,null,null,null):Qe(i)?ve(ke,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?ve(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,u=null,(c=i.__i=Or(i,n,l,m))!==-1&&(m--,(u=n[c])&&(u.__u|=2)),u==null||u.__v===null?(c==-1&&_--,typeof i.type!="function"&&(i.__u|=4)):c!=l&&(c==l-1?_--:c==l+1?_++:(c>l?_--:_++,i.__u|=4))):e.__k[a]=null;if(m)for(a=0;a<f;a++)(u=n[a])!=null&&!(2&u.__u)&&(u.__e==o&&(o=oe(u)),Vt(u,u));return o}function qt(e,t,n){var o,s;if(typeof e.type=="function"){for(o=e.__k,s=0;o&&s<o.length;s++)o[s]&&(o[s].__=e,t=qt(o[s],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=oe(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Or(e,t,n,o){var s,a,i=e.key,u=e.type,l=t[n];if(l===null||l&&i==l.key&&u===l.type&&!(2&l.__u))return n;if(o>(l!=null&&!(2&l.__u)?1:0))for(s=n-1,a=n+1;s>=0||a<t.length;){if(s>=0){if((l=t[s])&&!(2&l.__u)&&i==l.key&&u===l.type)return s;s--}if(a<t.length){if((l=t[a])&&!(2&l.__u)&&i==l.key&&u===l.type)return a;a++}}return-1}function Ut(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||Pr.test(t)?n:n+"px"}function ge(e,t,n,o,s){var a;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(t in o)n&&t in n||Ut(e.style,t,"");if(n)for(t in n)o&&n[t]===o[t]||Ut(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")a=t!=(t=t.replace(Rt,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+a]=n,n?o?n.u=o.u:(n.u=Je,e.addEventListener(t,a?Ye:Xe,a)):e.removeEventListener(t,a?Ye:Xe,a);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function Lt(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=Je++;else if(t.t<n.u)return;return n(D.event?D.event(t):t)}}}function tt(e,t,n,o,s,a,i,u,l,c){var f,m,_,$,p,b,v,g,w,N,E,P,A,q,R,ce,Ve,V=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(l=!!(32&n.__u),a=[u=t.__e=n.__e]),(f=D.__b)&&f(t);e:if(typeof V=="function")try{if(g=t.props,w="prototype"in V&&V.prototype.render,N=(f=V.contextType)&&o[f.__c],E=f?N?N.props.value:f.__:o,n.__c?v=(m=t.__c=n.__c).__=m.__E:(w?t.__c=m=new V(g,E):(t.__c=m=new J(g,E),m.constructor=V,m.render=Ar),N&&N.sub(m),m.props=g,m.state||(m.state={}),m.context=E,m.__n=o,_=m.__d=!0,m.__h=[],m._sb=[]),w&&m.__s==null&&(m.__s=m.state),w&&V.getDerivedStateFromProps!=null&&(m.__s==m.state&&(m.__s=X({},m.__s)),X(m.__s,V.getDerivedStateFromProps(g,m.__s))),$=m.props,p=m.state,m.__v=t,_)w&&V.getDerivedStateFromProps==null&&m.componentWillMount!=null&&m.componentWillMount(),w&&m.componentDidMount!=null&&m.__h.push(m.componentDidMount);else{if(w&&V.getDerivedStateFromProps==null&&g!==$&&m.componentWillReceiveProps!=null&&m.componentWillReceiveProps(g,E),!m.__e&&(m.shouldComponentUpdate!=null&&m.shouldComponentUpdate(g,m.__s,E)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(m.props=g,m.state=m.__s,m.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(ue){ue&&(ue.__=t)}),P=0;P<m._sb.length;P++)m.__h.push(m._sb[P]);m._sb=[],m.__h.length&&i.push(m);break e}m.componentWillUpdate!=null&&m.componentWillUpdate(g,m.__s,E),w&&m.componentDidUpdate!=null&&m.__h.push(function(){m.componentDidUpdate($,p,b)})}if(m.context=E,m.props=g,m.__P=e,m.__e=!1,A=D.__r,q=0,w){for(m.state=m.__s,m.__d=!1,A&&A(t),f=m.render(m.props,m.state,m.context),R=0;R<m._sb.length;R++)m.__h.push(m._sb[R]);m._sb=[]}else do m.__d=!1,A&&A(t),f=m.render(m.props,m.state,m.context),m.state=m.__s;while(m.__d&&++q<25);m.state=m.__s,m.getChildContext!=null&&(o=X(X({},o),m.getChildContext())),w&&!_&&m.getSnapshotBeforeUpdate!=null&&(b=m.getSnapshotBeforeUpdate($,p)),u=zt(e,Qe(ce=f!=null&&f.type===ke&&f.key==null?f.props.children:f)?ce:[ce],t,n,o,s,a,i,u,l,c),m.base=t.__e,t.__u&=-161,m.__h.length&&i.push(m),v&&(m.__E=m.__=null)}catch(ue){if(t.__v=null,l||a!=null)if(ue.then){for(t.__u|=l?160:128;u&&u.nodeType==8&&u.nextSibling;)u=u.nextSibling;a[a.indexOf(u)]=null,t.__e=u}else for(Ve=a.length;Ve--;)et(a[Ve]);else t.__e=n.__e,t.__k=n.__k;D.__e(ue,t,n)}else a==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):u=t.__e=Dr(n.__e,t,n,o,s,a,i,l,c);return(f=D.diffed)&&f(t),128&t.__u?void 0:u}function Wt(e,t,n){for(var o=0;o<n.length;o++)nt(n[o],n[++o],n[++o]);D.__c&&D.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(a){a.call(s)})}catch(a){D.__e(a,s.__v)}})}function Dr(e,t,n,o,s,a,i,u,l){var c,f,m,_,$,p,b,v=n.props,g=t.props,w=t.type;if(w=="svg"?s="http://www.w3.org/2000/svg":w=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),a!=null){for(c=0;c<a.length;c++)if(($=a[c])&&"setAttribute"in $==!!w&&(w?$.localName==w:$.nodeType==3)){e=$,a[c]=null;break}}if(e==null){if(w==null)return document.createTextNode(g);e=document.createElementNS(s,w,g.is&&g),u&&(D.__m&&D.__m(t,a),u=!1),a=null}if(w===null)v===g||u&&e.data===g||(e.data=g);else{if(a=a&&we.call(e.childNodes),v=n.props||me,!u&&a!=null)for(v={},c=0;c<e.attributes.length;c++)v[($=e.attributes[c]).name]=$.value;for(c in v)if($=v[c],c!="children"){if(c=="dangerouslySetInnerHTML")m=$;else if(!(c in g)){if(c=="value"&&"defaultValue"in g||c=="checked"&&"defaultChecked"in g)continue;ge(e,c,null,$,s)}}for(c in g)$=g[c],c=="children"?_=$:c=="dangerouslySetInnerHTML"?f=$:c=="value"?p=$:c=="checked"?b=$:u&&typeof $!="function"||v[c]===$||ge(e,c,$,v[c],s);if(f)u||m&&(f.__html===m.__html||f.__html===e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(m&&(e.innerHTML=""),zt(e,Qe(_)?_:[_],t,n,o,w=="foreignObject"?"http://www.w3.org/1999/xhtml":s,a,i,a?a[0]:n.__k&&oe(n,0),u,l),a!=null)for(c=a.length;c--;)et(a[c]);u||(c="value",w=="progress"&&p==null?e.removeAttribute("value"):p!==void 0&&(p!==e[c]||w=="progress"&&!p||w=="option"&&p!==v[c])&&ge(e,c,p,v[c],s),c="checked",b!==void 0&&b!==e[c]&&ge(e,c,b,v[c],s))}return e}function nt(e,t,n){try{if(typeof e=="function"){var o=typeof e.__u=="function";o&&e.__u(),o&&t==null||(e.__u=e(t))}else e.current=t}catch(s){D.__e(s,n)}}function Vt(e,t,n){var o,s;if(D.unmount&&D.unmount(e),(o=e.ref)&&(o.current&&o.current!==e.__e||nt(o,null,t)),(o=e.__c)!=null){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(a){D.__e(a,t)}o.base=o.__P=null}if(o=e.__k)for(s=0;s<o.length;s++)o[s]&&Vt(o[s],t,n||typeof e.type!="function");n||et(e.__e),e.__c=e.__=e.__e=void 0}function Ar(e,t,n){return this.constructor(e,n)}function rt(e,t,n){var o,s,a,i;t==document&&(t=document.documentElement),D.__&&D.__(e,t),s=(o=typeof n=="function")?null:n&&n.__k||t.__k,a=[],i=[],tt(t,e=(!o&&n||t).__k=xe(ke,null,[e]),s||me,me,t.namespaceURI,!o&&n?[n]:s?null:t.firstChild?we.call(t.childNodes):null,a,!o&&n?n:s?s.__e:t.firstChild,o,i),Wt(a,e,i)}we=Ht.slice,D={__e:function(e,t,n,o){for(var s,a,i;t=t.__;)if((s=t.__c)&&!s.__)try{if((a=s.constructor)&&a.getDerivedStateFromError!=null&&(s.setState(a.getDerivedStateFromError(e)),i=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,o||{}),i=s.__d),i)return s.__E=s}catch(u){e=u}throw e}},jt=0,Ke=function(e){return e!=null&&e.constructor==null},J.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=X({},this.state),typeof e=="function"&&(e=e(X({},n),this.props)),e&&X(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),Tt(this))},J.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Tt(this))},J.prototype.render=ke,K=[],Bt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Ze=function(e,t){return e.__v.__b-t.__v.__b},ye.__r=0,Rt=/(PointerCapture)$|Capture$/i,Je=0,Xe=Lt(!1),Ye=Lt(!0),Nr=0;var Xt=function(e,t,n,o){var s;t[0]=0;for(var a=1;a<t.length;a++){var i=t[a++],u=t[a]?(t[0]|=i?1:2,n[t[a++]]):t[++a];i===3?o[0]=u:i===4?o[1]=Object.assign(o[1]||{},u):i===5?(o[1]=o[1]||{})[t[++a]]=u:i===6?o[1][t[++a]]+=u+"":i?(s=e.apply(u,Xt(e,u,n,["",null])),o.push(s),u[0]?t[0]|=2:(t[a-2]=0,t[a]=s)):o.push(u)}return o},Zt=new Map;function Yt(e){var t=Zt.get(this);return t||(t=new Map,Zt.set(this,t)),(t=Xt(this,t.get(e)||(t.set(e,t=function(n){for(var o,s,a=1,i="",u="",l=[0],c=function(_){a===1&&(_||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?l.push(0,_,i):a===3&&(_||i)?(l.push(3,_,i),a=2):a===2&&i==="..."&&_?l.push(4,_,0):a===2&&i&&!_?l.push(5,0,!0,i):a>=5&&((i||!_&&a===5)&&(l.push(a,0,i,s),a=6),_&&(l.push(a,_,0,s),a=6)),i=""},f=0;f<n.length;f++){f&&(a===1&&c(),c(f));for(var m=0;m<n[f].length;m++)o=n[f][m],a===1?o==="<"?(c(),l=[l],a=3):i+=o:a===4?i==="--"&&o===">"?(a=1,i=""):i=o+i[0]:u?o===u?u="":i+=o:o==='"'||o==="'"?u=o:o===">"?(c(),a=1):a&&(o==="="?(a=5,s=i,i=""):o==="/"&&(a<5||n[f][m+1]===">")?(c(),a===3&&(l=l[0]),a=l,(l=l[0]).push(2,0,a),a=0):o===" "||o==="	"||o===`
`||o==="\r"?(c(),a=2):i+=o),a===3&&i==="!--"&&(a=4,l=l[0])}return c(),l}(e)),t),arguments,[])).length>1?t:t[0]}var d=Yt.bind(xe);var fe,F,ot,Kt,Ce=0,sn=[],T=D,Jt=T.__b,Qt=T.__r,en=T.diffed,tn=T.__c,nn=T.unmount,rn=T.__;function at(e,t){T.__h&&T.__h(F,e,Ce||t),Ce=0;var n=F.__H||(F.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function h(e){return Ce=1,Ir(ln,e)}function Ir(e,t,n){var o=at(fe++,2);if(o.t=e,!o.__c&&(o.__=[n?n(t):ln(void 0,t),function(u){var l=o.__N?o.__N[0]:o.__[0],c=o.t(l,u);l!==c&&(o.__N=[c,o.__[1]],o.__c.setState({}))}],o.__c=F,!F.u)){var s=function(u,l,c){if(!o.__c.__H)return!0;var f=o.__c.__H.__.filter(function(_){return!!_.__c});if(f.every(function(_){return!_.__N}))return!a||a.call(this,u,l,c);var m=o.__c.props!==u;return f.forEach(function(_){if(_.__N){var $=_.__[0];_.__=_.__N,_.__N=void 0,$!==_.__[0]&&(m=!0)}}),a&&a.call(this,u,l,c)||m};F.u=!0;var a=F.shouldComponentUpdate,i=F.componentWillUpdate;F.componentWillUpdate=function(u,l,c){if(this.__e){var f=a;a=void 0,s(u,l,c),a=f}i&&i.call(this,u,l,c)},F.shouldComponentUpdate=s}return o.__N||o.__}function S(e,t){var n=at(fe++,3);!T.__s&&an(n.__H,t)&&(n.__=e,n.i=t,F.__H.__h.push(n))}function it(e){return Ce=5,Ee(function(){return{current:e}},[])}function Ee(e,t){var n=at(fe++,7);return an(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function Fr(){for(var e;e=sn.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(Se),e.__H.__h.forEach(st),e.__H.__h=[]}catch(t){e.__H.__h=[],T.__e(t,e.__v)}}T.__b=function(e){F=null,Jt&&Jt(e)},T.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),rn&&rn(e,t)},T.__r=function(e){Qt&&Qt(e),fe=0;var t=(F=e.__c).__H;t&&(ot===F?(t.__h=[],F.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(Se),t.__h.forEach(st),t.__h=[],fe=0)),ot=F},T.diffed=function(e){en&&en(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(sn.push(t)!==1&&Kt===T.requestAnimationFrame||((Kt=T.requestAnimationFrame)||Tr)(Fr)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),ot=F=null},T.__c=function(e,t){t.some(function(n){try{n.__h.forEach(Se),n.__h=n.__h.filter(function(o){return!o.__||st(o)})}catch(o){t.some(function(s){s.__h&&(s.__h=[])}),t=[],T.__e(o,n.__v)}}),tn&&tn(e,t)},T.unmount=function(e){nn&&nn(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(o){try{Se(o)}catch(s){t=s}}),n.__H=void 0,t&&T.__e(t,n.__v))};var on=typeof requestAnimationFrame=="function";function Tr(e){var t,n=function(){clearTimeout(o),on&&cancelAnimationFrame(t),setTimeout(e)},o=setTimeout(n,100);on&&(t=requestAnimationFrame(n))}function Se(e){var t=F,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),F=t}function st(e){var t=F;e.__c=e.__(),F=t}function an(e,t){return!e||e.length!==t.length||t.some(function(n,o){return n!==e[o]})}function ln(e,t){return typeof t=="function"?t(e):t}var Ur=Symbol.for("preact-signals");function lt(){if(Q>1)Q--;else{var e,t=!1;for(function(){var s=Pe;for(Pe=void 0;s!==void 0;){var a=s.S;if(a.v===s.v)for(var i=a.t;i!==void 0;i=i.x)i.i===s.i&&(i.i=a.i);s=s.o}}();$e!==void 0;){var n=$e;for($e=void 0,Ne++;n!==void 0;){var o=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&un(n))try{n.c()}catch(s){t||(e=s,t=!0)}n=o}}if(Ne=0,Q--,t)throw e}}var pe,I=void 0;function he(e){var t=I,n=pe;I=void 0,pe=void 0;try{return e()}finally{I=t,pe=n}}var $e=void 0,Q=0,Ne=0;var dn=0,Pe=void 0,Me=0;function cn(e){if(I!==void 0){var t=e.n;if(t===void 0||t.t!==I)return t={i:0,S:e,p:I.s,n:void 0,t:I,e:void 0,x:void 0,r:t},I.s!==void 0&&(I.s.n=t),I.s=t,e.n=t,32&I.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=I.s,t.n=void 0,I.s.n=t,I.s=t),t}}function L(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}L.prototype.brand=Ur;L.prototype.h=function(){return!0};L.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:he(function(){var o;(o=t.W)==null||o.call(t)}))};L.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,o=e.x;n!==void 0&&(n.x=o,e.e=void 0),o!==void 0&&(o.e=n,e.x=void 0),e===this.t&&(this.t=o,o===void 0&&he(function(){var s;(s=t.Z)==null||s.call(t)}))}};L.prototype.subscribe=function(e){var t=this;return te(function(){var n=t.value;he(function(){return e(n)})},{name:"sub"})};L.prototype.valueOf=function(){return this.value};L.prototype.toString=function(){return this.value+""};L.prototype.toJSON=function(){return this.value};L.prototype.peek=function(){var e=this;return he(function(){return e.value})};Object.defineProperty(L.prototype,"value",{get:function(){var e=cn(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Ne>100)throw new Error("Cycle detected");(function(n){Q!==0&&Ne===0&&n.l!==dn&&(n.l=dn,Pe={S:n,v:n.v,i:n.i,o:Pe})})(this),this.v=e,this.i++,Me++,Q++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{lt()}}}});function H(e,t){return new L(e,t)}function un(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function mn(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function fn(e){for(var t=e.s,n=void 0;t!==void 0;){var o=t.p;t.i===-1?(t.S.U(t),o!==void 0&&(o.n=t.n),t.n!==void 0&&(t.n.p=o)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=o}e.s=n}function ee(e,t){L.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Me-1,this.f=4}ee.prototype=new L;ee.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Me))return!0;if(this.g=Me,this.f|=1,this.i>0&&!un(this))return this.f&=-2,!0;var e=I;try{mn(this),I=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return I=e,fn(this),this.f&=-2,!0};ee.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}L.prototype.S.call(this,e)};ee.prototype.U=function(e){if(this.t!==void 0&&(L.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};ee.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(ee.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=cn(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function dt(e,t){return new ee(e,t)}function pn(e){var t=e.j;if(e.j=void 0,typeof t=="function"){Q++;var n=I;I=void 0;try{t()}catch(o){throw e.f&=-2,e.f|=8,ct(e),o}finally{I=n,lt()}}}function ct(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,pn(e)}function Lr(e){if(I!==this)throw new Error("Out-of-order effect");fn(this),I=e,this.f&=-2;try{8&this.f&&ct(this)}finally{lt()}}function se(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,pe&&pe.push(this)}se.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};se.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,pn(this),mn(this),Q++;var e=I;return I=this,Lr.bind(this,e)};se.prototype.N=function(){2&this.f||(this.f|=2,this.u=$e,$e=this)};se.prototype.d=function(){this.f|=8,1&this.f||ct(this)};se.prototype.dispose=function(){this.d()};function te(e,t){var n=new se(e,t);try{n.c()}catch(s){throw n.d(),s}var o=n.d.bind(n);return o[Symbol.dispose]=o,o}var mt,ut;function ae(e,t){D[e]=t.bind(null,D[e]||function(){})}function Oe(e){ut&&ut(),ut=e&&e.S()}function $n(e){var t=this,n=e.data,o=Br(n);o.value=n;var s=Ee(function(){for(var a=t.__v;a=a.__;)if(a.__c){a.__c.__$f|=4;break}return t.__$u.c=function(){var i,u=t.__$u.S(),l=s.value;u(),Ke(l)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=l},dt(function(){var i=o.value.value;return i===0?0:i===!0?"":i||""})},[]);return s.value}$n.displayName="_st";Object.defineProperties(L.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:$n},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});ae("__b",function(e,t){if(typeof t.type=="string"){var n,o=t.props;for(var s in o)if(s!=="children"){var a=o[s];a instanceof L&&(n||(t.__np=n={}),n[s]=a,o[s]=a.peek())}}e(t)});ae("__r",function(e,t){Oe();var n,o=t.__c;o&&(o.__$f&=-2,(n=o.__$u)===void 0&&(o.__$u=n=function(s){var a;return te(function(){a=this}),a.c=function(){o.__$f|=1,o.setState({})},a}())),mt=o,Oe(n),e(t)});ae("__e",function(e,t,n,o){Oe(),mt=void 0,e(t,n,o)});ae("diffed",function(e,t){Oe(),mt=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var o=t.__np,s=t.props;if(o){var a=n.U;if(a)for(var i in a){var u=a[i];u!==void 0&&!(i in o)&&(u.d(),a[i]=void 0)}else n.U=a={};for(var l in o){var c=a[l],f=o[l];c===void 0?(c=jr(n,l,f,s),a[l]=c):c.o(f,s)}}}e(t)});function jr(e,t,n,o){var s=t in e&&e.ownerSVGElement===void 0,a=H(n);return{o:function(i,u){a.value=i,o=u},d:te(function(){var i=a.value.value;o[t]!==i&&(o[t]=i,s?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}ae("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var o=n.U;if(o){n.U=void 0;for(var s in o){var a=o[s];a&&a.d()}}}}else{var i=t.__c;if(i){var u=i.__$u;u&&(i.__$u=void 0,u.d())}}e(t)});ae("__h",function(e,t,n,o){(o<3||o===9)&&(t.__$f|=2),e(t,n,o)});J.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var o in t)return!0;for(var s in e)if(s!=="__source"&&e[s]!==this.props[s])return!0;for(var a in this.props)if(!(a in e))return!0;return!1};function Br(e){return Ee(function(){return H(e)},[])}var Rr=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],Hr=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function hn(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,o=new Uint32Array(n*16);t.forEach((l,c)=>o[c>>2]|=l<<c%4*8),o[t.length>>2]|=128<<t.length%4*8,o[n*16-2]=t.length*8>>>0,o[n*16-1]=Math.floor(t.length/536870912);let[s,a,i,u]=[1732584193,4023233417,2562383102,271733878];for(let l=0;l<o.length;l+=16){let[c,f,m,_]=[s,a,i,u];for(let $=0;$<64;$++){let p=$>>4,b,v;p===0?[b,v]=[f&m|~f&_,$]:p===1?[b,v]=[_&f|~_&m,(5*$+1)%16]:p===2?[b,v]=[f^m^_,(3*$+5)%16]:[b,v]=[m^(f|~_),7*$%16];let g=Rr[p*4+$%4],w=c+b+Hr[$]+o[l+v]>>>0;[c,_,m]=[_,m,f],f=f+(w<<g|w>>>32-g)>>>0}[s,a,i,u]=[s+c>>>0,a+f>>>0,i+m>>>0,u+_>>>0]}return[s,a,i,u].map(l=>[0,8,16,24].map(c=>(l>>>c&255).toString(16).padStart(2,"0")).join("")).join("")}var ft="edgepbx.session",C=H(Gr());function Gr(){try{return JSON.parse(sessionStorage.getItem(ft))||null}catch{return null}}var zr=30*60*1e3,_n=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>_n=Date.now(),{passive:!0});setInterval(()=>C.value&&Date.now()-_n>zr&&De(),60*1e3);var B=class extends Error{constructor(t,n){let o={},s=n&&n.data;if(t===400&&s&&typeof s=="object")for(let[a,i]of Object.entries(s)){let u=i&&typeof i=="object"?Object.values(i)[0]:null;o[a]=u&&u.message||String(i)}super(n&&(n.message||s&&s.message)||`HTTP ${t}`),this.status=t,this.fields=o,this.body=n}};async function U(e,t,n,o=C.value&&C.value.token){let s=C.value,a={Accept:"application/json"};o&&(a["X-Auth-Token"]=o),n!==void 0&&(a["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:a,body:n===void 0?void 0:JSON.stringify({data:n})}),u=await i.json().catch(()=>null);if(i.status===401&&s&&t!=="user_auth"&&De(),!i.ok)throw new B(i.status,u);return u}async function bn(e){let t=await fetch("/v2/"+Z(e),{headers:{"X-Auth-Token":C.value.token,Accept:"audio/*"}});if(!t.ok)throw new B(t.status,await t.json().catch(()=>null));return t.blob()}var Z=e=>`accounts/${C.value.account}/${e}`,y=async e=>(await U("GET",Z(e))).data,M=async(e,t)=>(await U("PUT",Z(e),t)).data,j=async(e,t)=>(await U("POST",Z(e),t)).data,G=async(e,t)=>(await U("PATCH",Z(e),t)).data,O=async e=>(await U("DELETE",Z(e))).data,gn=(e,t,n)=>U("PUT","user_auth",{credentials:hn(`${t.toLowerCase()}:${n}`),account_name:e});async function vn(e,t,n){let o=await gn(e,t,n),s={token:o.auth_token,account:o.data.account_id,owner:o.data.owner_id,accountName:e},a=(await U("GET",`accounts/${s.account}/users/${s.owner}`,void 0,s.token)).data;s.admin=a.priv_level==="admin",sessionStorage.setItem(ft,JSON.stringify(s)),C.value=s}function De(){sessionStorage.removeItem(ft),C.value=null}async function yn(e,t){try{return await gn(C.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var r={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension and their phones?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",extProposed:e=>`${e} is the next free extension.`,extLength:e=>`The office's extensions have ${e} digits (Settings, Country and extensions)`,failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepLocale:"Country and extensions",locale:"Country and extensions",localeHint:"The country sets the tones callers hear and how analog phones ring and show caller ID; choosing it proposes its time zone and prompt language. New users get the next free extension of the length set here.",country:"Country",countryNone:"Not set (US tones)",promptLanguage:"Prompt language (such as en-gb)",extensionLength:"Extension length (digits, 2 to 8)",extLengthRange:"A number from 2 to 8",proposedZone:e=>`Time zone ${e} is saved with the country (change it under Office).`,stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",clockUnset:"The box does not know the date and time yet: office hours are not applied (calls take the default route) until a time server answers.",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",providerAddress:"Address shown to providers",providerAddressOwn:"the box's own",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"},featureCodes:"Feature codes",fcHint:"Codes dialled from any phone of the office. A code with \u2026 takes a number dialled after it. Turning a code off frees it.",fcWhat:"What it does",fcCode:"Code",fcOn:"On",fcNotRun:"This box does not run this code yet.",fcDigits:"1 to 6 digits",fcTaken:e=>`${e} is already another code`,followMe:"Find me follow me",followMeHint:"A call to your extension rings the phones picked here, each from its start for its ring time.",followMeOn:"Ring my phones by this timeline",pickPhone:"Pick at least one phone",boxSettings:(e,t)=>`PIN and greeting of ${e} (${t})`,newPin:"New PIN (4 to 6 digits)",newPinAgain:"New PIN again",pinMismatch:"The two PINs differ",changePin:"Change PIN",pinChanged:"PIN changed.",uploadGreeting:"Upload greeting",greetingSaved:"Greeting saved.",storage:"Storage (data partition)",storageUse:(e,t)=>`${e.toFixed(1)} GB used of ${t.toFixed(1)} GB`,lastBackup:"Last backup",backupAt:e=>`${e} UTC`,neverBackedUp:"never",certificate:"Certificate expires",certExpires:(e,t)=>`${e} (in ${t} days)`,unknown:"unknown",diskFull:e=>`The data partition is nearly full: ${e} GB free`,certSoon:e=>`The box's certificate expires in ${e} days`,certExpired:"The box's certificate has expired",csvImport:"Import users from a CSV file",csvHint:"A header line, then one user a line. Columns: first_name, last_name, username, extension, password (all needed), email, phone (yes: a desk phone). Nothing is made while a line is wrong.",csvFile:"CSV file",csvProblems:"Lines to fix",csvEmpty:"The file is empty",csvColumns:e=>`Missing columns: ${e}`,csvUnknown:e=>`Unknown columns: ${e}`,csvNoUsers:"No users in the file",csvExtra:"more fields than columns",csvDuplicate:e=>`the same as on line ${e}`,csvLine:(e,t,n)=>`Line ${e}: ${t?`${t}: `:""}${n}`,csvField:{first_name:"first name",last_name:"last name",username:"user name",email:"email",extension:"extension",password:"password"},csvMade:(e,t)=>`${e} of ${t} users made.`,stepMail:"Mail relay",mailRelay:"Mail relay (SMTP)",mailRelayHint:"The server the box sends its mails through: voicemail to email and missed-call alerts.",relayServer:"Server (host name or address)",relayHost:"A host name or IP address",port:"Port",relayPort:"A port from 1 to 65535",relayTls:"Encryption",tlsModes:{if_available:"STARTTLS when offered",always:"TLS always",never:"None"},relayUser:"Login (empty: none)",relayPasswordKeep:"Password (empty: keep the one set)",relayFrom:"Sender address",testTo:"Send a test mail to",sendTest:"Send a test mail",sending:"Sending\u2026",testSent:e=>`Sent to ${e}: the relay took it.`,stepLine:"Outside line",outsideLines:"Outside lines (SIP trunks)",noLines:"No outside line yet.",addLine:"Add an outside line",lineServer:"Provider's server",lineNumber:"Number or SIP user name",lineAuth:"Login, if not the number",linePassword:"SIP password",lineRealm:"Domain (realm), if not the server",lineRegister:"Register with the provider",lineStates:{registered:"registered",trying:"registering\u2026",failed:"registration failed",not_registering:"not registering"}};function k({id:e,label:t,value:n,onInput:o,error:s,type:a="text",required:i,autocomplete:u,inputmode:l}){let c=`${e}-error`;return d`<div class="field">
    <label for=${e}>${t}</label>
    <input
      id=${e}
      name=${e}
      type=${a}
      value=${n}
      required=${i}
      autocomplete=${u}
      inputmode=${l}
      aria-invalid=${s?"true":void 0}
      aria-describedby=${s?c:void 0}
      onInput=${f=>o(f.target.value)}
    />
    ${s&&d`<p class="error" id=${c} role="alert">${s}</p>`}
  </div>`}function x({message:e}){return e?d`<p class="banner" role="alert">${e}</p>`:null}function W({id:e,label:t,checked:n,onChange:o}){return d`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${s=>o(s.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function wn(){let[e,t]=h({account:"",username:"",password:""}),[n,o]=h(!1),[s,a]=h(""),i=l=>c=>t({...e,[l]:c});async function u(l){l.preventDefault(),o(!0),a("");try{await vn(e.account.trim(),e.username.trim(),e.password)}catch(c){a(c.status===401?r.badLogin:c.message),o(!1)}}return d`<main class="login">
    <form onSubmit=${u} aria-label=${r.login}>
      <h1>${r.app}</h1>
      <${x} message=${s} />
      <${k} id="account" label=${r.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${k} id="username" label=${r.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${k} id="password" label=${r.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?r.signingIn:r.login}</button>
    </form>
  </main>`}var qr=5e3;async function Wr(){let e=await y("resources?paginate=false");return(await Promise.all(e.map(n=>y(`resources/${n.id}/status`).then(o=>[n,o])))).flatMap(([n,o])=>o.gateways.filter(s=>s.state==="failed").map(s=>r.trunkDown(n.name||n.id,s.server)))}var xn=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function Vr(){let[e,t,n]=await Promise.all([y("devices?with_status=true&paginate=false"),y("channels"),y("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function Zr(e){var n;let t={};for(let o of e){let s=t[n=o.device_type||"sip_device"]||(t[n]=[0,0]);s[0]+=1,o.registered&&(s[1]+=1)}return Object.entries(t).map(([o,[s,a]])=>[o,s,a]).sort((o,s)=>s[1]-o[1]||o[0].localeCompare(s[0]))}var Xr=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function Yr(){let[e,t,n,o,s,a,i]=await Promise.all([y("users?paginate=false"),y("phone_numbers"),xn(U("GET","system_status").then(l=>l.data),null),xn(y("sip_bans"),[]),Wr(),y("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),y("conferences?paginate=false")]),u=Object.values(t.numbers||{});return{users:e.length,numbers:u.length,spare:u.filter(l=>!l.used_by).length,version:n&&n.software_version,provider:n&&{address:n.provider_address},clockUnset:!!(n&&n.clock&&n.clock.set===!1),main:Xr(a.flatMap(l=>l.numbers||[])),conference:i.flatMap(l=>l.conference_numbers||[]),box:n&&Qr(n),alerts:[...o.map(l=>r.banned(l.ip,l.reason)),...s,...n?eo(n):[]]}}var pt=1024**3,Kr=.9,Jr=30;function Qr({storage:e,last_backup:t,certificate:n}){return{storage:e?r.storageUse((e.total_bytes-e.free_bytes)/pt,e.total_bytes/pt):r.unknown,backup:t?r.backupAt(new Date(t.time_unix*1e3).toISOString().slice(0,16).replace("T"," ")):r.neverBackedUp,cert:n?r.certExpires(new Date(n.expires_unix*1e3).toISOString().slice(0,10),n.days_left):r.unknown}}function eo({storage:e,certificate:t}){let n=[];return e&&e.total_bytes&&1-e.free_bytes/e.total_bytes>=Kr&&n.push(r.diskFull(Math.round(e.free_bytes/pt*10)/10)),t&&t.days_left<Jr&&n.push(t.days_left<0?r.certExpired:r.certSoon(t.days_left)),n}function ie({id:e,label:t,value:n}){return d`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function kn(){let[e,t]=h(null),[n,o]=h(null),[s,a]=h("");S(()=>{Yr().then(t,f=>a(f.message));let l=()=>Vr().then(o,f=>a(f.message));l();let c=setInterval(l,qr);return()=>clearInterval(c)},[]);let i=n?n.devices.filter(l=>l.registered).length:"\u2026",u=n?n.ports.filter(l=>l.state==="down"||l.alarm).map(l=>r.portDown(l.name,l.alarm)):[];return d`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${r.dashboard}</h2>
    <${x} message=${s} />
    ${e&&e.clockUnset&&d`<p class="banner" role="alert" data-alert="clock">${r.clockUnset}</p>`}
    <div class="tiles">
      <${ie} id="users" label=${r.users} value=${e?e.users:"\u2026"} />
      <${ie} id="devices" label=${r.devices} value=${n?n.devices.length:"\u2026"} />
      <${ie} id="registered" label=${r.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${ie} id="calls" label=${r.callsNow} value=${n?n.calls:"\u2026"} />
      <${ie} id="numbers" label=${r.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&d`<${ie} id="version" label=${r.softwareVersion} value=${e.version} />`}
    </div>
    ${n&&d`<h3>${r.devicesByType}</h3>
      <ul class="by-type">
        ${Zr(n.devices).map(([l,c,f])=>d`<li key=${l} data-type=${l}>${r.deviceTypes[l]||l}: ${r.registeredOf(f,c)}</li>`)}
      </ul>`}
    ${n&&n.ports.length>0&&d`<h3>${r.analogPorts}</h3>
      <ul class="ports">
        ${n.ports.map(l=>d`<li key=${l.name} data-port=${l.name}><span class=${l.state==="down"?"dot":"dot on"}>${l.name} · ${r.portStates[l.state]||l.state}</span></li>`)}
      </ul>`}
    ${e&&d`<dl class="facts">
      <dt>${r.mainNumbers}</dt><dd data-fact="main">${e.main.join(", ")||r.noneSet}</dd>
      <dt>${r.conferenceNumbers}</dt><dd data-fact="conference">${e.conference.join(", ")||r.noneSet}</dd>
      ${e.box&&d`<dt>${r.storage}</dt><dd data-fact="storage">${e.box.storage}</dd>
        <dt>${r.lastBackup}</dt><dd data-fact="backup">${e.box.backup}</dd>
        <dt>${r.certificate}</dt><dd data-fact="certificate">${e.box.cert}</dd>`}
      ${e.provider&&d`<dt>${r.providerAddress}</dt><dd data-fact="provider-address">${e.provider.address||r.providerAddressOwn}</dd>`}
    </dl>`}
    <h3>${r.alerts}</h3>
    ${e&&([...e.alerts,...u].length?d`<ul class="alerts">${[...e.alerts,...u].map(l=>d`<li key=${l}>${l}</li>`)}</ul>`:d`<p class="ok">${r.noAlerts}</p>`)}
  </section>`}var z=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),ht=e=>`${e.first_name} ${e.last_name}`.trim();function $t(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,o=>t[o%t.length]).join("")}function _t(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:ht(t),number:t.extension}},ui_metadata:z()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}function Ae(e,t,n){return{...e,type:"mainUserCallflow",owner_id:t.id,name:r.callflowOf(ht(t)),numbers:[n],contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:{}},ui_metadata:z()}}function bt(e){return{device_type:"sip_device",name:r.phoneOf(ht(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${$t(10)}`,password:$t(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:z()}}var _e=15;function gt(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||z()}}function vt(e,t,n){let o=Math.max(...n.members.map(s=>s.delay+s.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[$t(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:o,repeats:n.repeats,endpoints:n.members.map(s=>({id:s.id,endpoint_type:"user",delay:s.delay,timeout:s.timeout}))},children:{}},ui_metadata:e.ui_metadata||z()}}var to=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function yt(e,t,n,o){return{...e,name:o.name,type:"userGroup",group_id:t.id,numbers:[o.extension],flow:{module:"callflow",data:{id:n.id},children:{_:to(o.next_vmbox)}},ui_metadata:e.ui_metadata||z()}}function Sn(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((o,s)=>({...o,delay:s*n,timeout:n}))}function no(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:null}function ro(e,t){if(!(t instanceof B))throw t;let n={},o=[];for(let[s,a]of Object.entries(t.fields)){let i=no(e,s);i?n[i]=a:o.push(`${s}: ${a}`)}throw t.fields=n,o.length&&(t.message=o.join("; ")),t}async function ne(e,t,n){try{return await t()}catch(o){for(let s of n.reverse())await s().catch(()=>{});ro(e,o)}}async function Ie(e){let t=[],n=await ne("users",()=>M("users",_t({},e)),t);t.push(()=>O(`users/${n.id}`));let o=await ne("callflows",()=>M("callflows",Ae({},n,e.extension)),t);return t.push(()=>O(`callflows/${o.id}`)),e.phone&&await ne("devices",()=>M("devices",bt(n)),t),n}async function Cn(e,t,n){let o=await y(`users/${e}`),s=await ne("users",()=>j(`users/${e}`,_t(o,t)),[]);if(n){let a=await y(`callflows/${n}`);await ne("callflows",()=>j(`callflows/${n}`,Ae(a,s,t.extension)),[])}else await ne("callflows",()=>M("callflows",Ae({},s,t.extension)),[]);return t.phone&&await ne("devices",()=>M("devices",bt(s)),[]),s}async function En(e){let[t,n]=await Promise.all([y(`callflows?filter_owner_id=${e}&paginate=false`),y(`devices?filter_owner_id=${e}&paginate=false`)]);for(let o of[...t.map(s=>`callflows/${s.id}`),...n.map(s=>`devices/${s.id}`)])await O(o);await O(`users/${e}`)}var oo=5e3;function wt({ownerId:e}){let[t,n]=h([]),[o,s]=h("");return S(()=>{let a=!0;U("GET",`accounts/${C.value.account}`).then(l=>a&&s(l.data.realm||""));async function i(){let l=await y(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),c=await Promise.all(l.map(f=>y(`devices/${f.id}`)));a&&n(c.map((f,m)=>({...f,registered:l[m].registered})))}i().catch(()=>{});let u=setInterval(()=>i().catch(()=>{}),oo);return()=>{a=!1,clearInterval(u)}},[e]),t.map(a=>d`<div class="card" key=${a.id} aria-label=${r.sipCredentials}>
      <h3>${r.sipCredentials}: ${a.name}</h3>
      <dl>
        <dt>${r.sipUser}</dt><dd class="sip-user">${a.sip&&a.sip.username}</dd>
        <dt>${r.sipPassword}</dt><dd class="sip-password">${a.sip&&a.sip.password}</dd>
        <dt>${r.sipRealm}</dt><dd>${o}</dd>
        <dt>${r.status}</dt><dd class=${a.registered?"dot on":"dot"}>${a.registered?r.registered:r.notRegistered}</dd>
      </dl>
    </div>`)}function xt(e,t){return e.length<12?r.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(o=>o.test(e)).length<3?r.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?r.pwUsername:""}function le({username:e,onDone:t}){let[n,o]=h({old:"",next:"",again:""}),[s,a]=h({}),[i,u]=h(""),[l,c]=h(!1),[f,m]=h(!1),_=p=>b=>o({...n,[p]:b});async function $(p){p.preventDefault(),m(!1);let b={};n.old||(b.old=r.required);let v=xt(n.next,e);if(v?b.next=v:n.next===n.old&&(b.next=r.pwSame),n.again!==n.next&&(b.again=r.pwMismatch),a(b),!Object.keys(b).length){c(!0),u("");try{if(!await yn(e,n.old)){a({old:r.pwOldWrong});return}await G(`users/${C.value.owner}`,{password:n.next,require_password_update:!1}),o({old:"",next:"",again:""}),m(!0),t&&t()}catch(g){a(g.fields||{}),u(g.message)}finally{c(!1)}}}return d`<form onSubmit=${$} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${r.changePassword}</h3>
    <p class="hint">${r.pwRules}</p>
    <${x} message=${i} />
    <${k} id="pw_old" label=${r.pwOld} type="password" value=${n.old} onInput=${_("old")} error=${s.old} autocomplete="current-password" />
    <${k} id="pw_new" label=${r.pwNew} type="password" value=${n.next} onInput=${_("next")} error=${s.next||s.password} autocomplete="new-password" />
    <${k} id="pw_again" label=${r.pwAgain} type="password" value=${n.again} onInput=${_("again")} error=${s.again} autocomplete="new-password" />
    ${f&&d`<p class="ok" role="status">${r.pwChanged}</p>`}
    <button type="submit" disabled=${l}>${l?r.saving:r.changePassword}</button>
  </form>`}var Y=H(void 0),Nn=null;async function Fe(){let e=C.value.account;if(Nn===e&&Y.value!==void 0)return Y.value;let{data:t}=await U("GET",`accounts/${e}`);return Nn=e,Y.value=t.edgepbx&&t.edgepbx.extension_length||null,Y.value}function kt(e,t){return t&&e&&e.length!==t?r.extLength(t):null}async function Pn(e){let t=await y("callflows?paginate=false"),n=new Set(t.flatMap(s=>s.numbers||[])),o=10**e;for(let s=10**(e-1);s<o;s++)if(!n.has(String(s)))return String(s);return""}function St(e,t,n){let o={};for(let a of["first_name","last_name","username","extension"])e[a].trim()||(o[a]=r.required);e.extension&&!/^\d{2,8}$/.test(e.extension)?o.extension=r.extDigits:kt(e.extension,n)&&(o.extension=kt(e.extension,n));let s=(t||e.password)&&xt(e.password,e.username);return s&&(o.password=s),o}function Te({user:e,onDone:t}){let n=!e.id,[o,s]=h({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n}),[a,i]=h({}),[u,l]=h(""),[c,f]=h(!1),[m,_]=h(null),$=w=>N=>s({...o,[w]:N}),[p,b]=h("");S(()=>{Fe().then(w=>n&&!o.extension&&w&&Pn(w)).then(w=>{w&&(b(w),s(N=>N.extension?N:{...N,extension:w}))}).catch(()=>{})},[]);async function v(w){w.preventDefault();let N=St(o,n,Y.value);if(i(N),l(""),!Object.keys(N).length){f(!0);try{let E=n?await Ie(o):await Cn(e.id,o,e.callflow&&e.callflow.id);n||o.phone?_(E):t()}catch(E){i(E.fields||{}),l(`${r.failed} ${E.message}`)}f(!1)}}if(m)return d`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${m.first_name} ${m.last_name}</h2>
      <${wt} ownerId=${m.id} />
      <button onClick=${()=>t({...m,extension:o.extension})}>${r.users}</button>
    </section>`;let g=e.devices&&e.devices.length>0;return d`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?r.addUser:r.editUser}</h2>
    <form onSubmit=${v} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="first_name" label=${r.firstName} value=${o.first_name} onInput=${$("first_name")} error=${a.first_name} required />
        <${k} id="last_name" label=${r.lastName} value=${o.last_name} onInput=${$("last_name")} error=${a.last_name} required />
        <${k} id="username" label=${r.username} value=${o.username} onInput=${$("username")} error=${a.username} required autocomplete="off" />
        <${k} id="email" label=${r.email} type="email" value=${o.email} onInput=${$("email")} error=${a.email} />
        <${k} id="new_password" label=${r.password} type="password" value=${o.password} onInput=${$("password")} error=${a.password} required=${n} autocomplete="new-password" />
        <${k} id="extension" label=${r.extension} value=${o.extension} onInput=${$("extension")} error=${a.extension} required inputmode="numeric" />
      </div>
      ${p&&d`<p class="hint" id="extension-proposed">${r.extProposed(p)}</p>`}
      ${!g&&d`<div class="check">
        <input type="checkbox" id="phone" checked=${o.phone} onChange=${w=>s({...o,phone:w.target.checked})} />
        <label for="phone">${r.deskPhone}</label>
      </div>`}
      <div class="bar">
        <button type="submit" disabled=${c}>${c?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${t}>${r.cancel}</button>
      </div>
    </form>
    ${g&&d`<${wt} ownerId=${e.id} />`}
  </section>`}async function so(){let[e,t,n]=await Promise.all([y("users?paginate=false"),y("callflows?filter_type=mainUserCallflow&paginate=false"),y("devices?with_status=true&paginate=false")]);return e.map(o=>{let s=t.find(a=>a.owner_id===o.id);return{...o,callflow:s,extension:s&&s.numbers?s.numbers[0]:"",devices:n.filter(a=>a.owner_id===o.id)}})}function Mn(){let[e,t]=h(null),[n,o]=h(null),[s,a]=h(""),i=()=>so().then(t,l=>a(l.message));S(i,[]);async function u(l){if(confirm(r.confirmDelete(`${l.first_name} ${l.last_name}`))){try{await En(l.id)}catch(c){a(c.message)}i()}}return n?d`<${Te}
      user=${n}
      onDone=${()=>{o(null),i()}}
    />`:d`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${r.users}</h2>
      <button onClick=${()=>o({})}>${r.addUser}</button>
    </div>
    <${x} message=${s} />
    ${e?e.length===0?d`<p>${r.none}</p>`:d`<table class="list" aria-label=${r.users}>
            <thead><tr><th>${r.name}</th><th>${r.username}</th><th>${r.extension}</th><th>${r.devices}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(l=>d`<tr key=${l.id} data-user=${l.username}>
                  <td data-label=${r.name}>${l.first_name} ${l.last_name}</td>
                  <td data-label=${r.username}>${l.username}</td>
                  <td data-label=${r.extension} class="ext">${l.extension}</td>
                  <td data-label=${r.devices}>
                    ${l.devices.map(c=>d`<span class=${c.registered?"dot on":"dot"}>${c.name} · ${c.registered?r.registered:r.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>o(l)} aria-label=${`${r.edit} ${l.username}`}>${r.edit}</button>
                    ${l.id!==C.value.owner&&d`<button class="danger" onClick=${()=>u(l)} aria-label=${`${r.del} ${l.username}`}>${r.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${r.loading}</p>`}
  </section>`}function On(){let[e,t]=h(null),[n,o]=h("");return S(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([s,a])=>{let i=u=>a.find(l=>l.id===u);t(s.map(u=>({...u,owner:i(u.owner_id)})))},s=>o(s.message))},[]),d`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${r.devices}</h2>
    <${x} message=${n} />
    ${e?e.length===0?d`<p>${r.none}</p>`:d`<table class="list" aria-label=${r.devices}>
            <thead><tr><th>${r.name}</th><th>${r.type}</th><th>${r.sipUser}</th><th>${r.owner}</th><th>${r.status}</th></tr></thead>
            <tbody>
              ${e.map(s=>d`<tr key=${s.id}>
                  <td data-label=${r.name}>${s.name}</td>
                  <td data-label=${r.type}>${s.device_type}</td>
                  <td data-label=${r.sipUser}>${s.username}</td>
                  <td data-label=${r.owner}>${s.owner?`${s.owner.first_name} ${s.owner.last_name}`:""}</td>
                  <td data-label=${r.status}><span class=${s.registered?"dot on":"dot"}>${s.registered?r.registered:r.notRegistered}</span></td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${r.loading}</p>`}
  </section>`}var ao=86400,io=62167219200;function lo({leg:e}){return d`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function co({call:e,withLegs:t}){let[n,o]=h(null),[s,a]=h(!1);async function i(){a(!s),n||o(await y(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return d`<tr class="call" data-call=${e.call_id}>
      <td data-label=${r.when}>${t?d`<button class="plain" aria-expanded=${s} onClick=${i}>${e.datetime}</button>`:e.datetime}</td>
      <td data-label=${r.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${r.to}>${e.dialed_number}</td>
      <td data-label=${r.duration}>${e.duration_seconds}s</td>
      <td data-label=${r.result}>${e.hangup_cause}</td>
    </tr>
    ${s&&d`<tr class="legs"><td colspan="5">
      <h3>${r.legs}</h3>
      ${n?d`<ul>${n.map(u=>d`<${lo} key=${u.id} leg=${u} />`)}</ul>`:r.loading}
    </td></tr>`}`}function Dn({path:e,title:t,withLegs:n}){let[o,s]=h(null),[a,i]=h("");return S(()=>{let u=Math.floor(Date.now()/1e3)+io;y(`${e}?created_from=${u-7*ao}&created_to=${u+60}&page_size=100`).then(s,l=>i(l.message))},[]),d`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${x} message=${a} />
    ${o?o.length===0?d`<p>${r.none}</p>`:d`<table class="list" aria-label=${t}>
            <thead><tr><th>${r.when}</th><th>${r.from}</th><th>${r.to}</th><th>${r.duration}</th><th>${r.result}</th></tr></thead>
            <tbody>${o.map(u=>d`<${co} key=${u.id} call=${u} withLegs=${n} />`)}</tbody>
          </table>`:d`<p>${r.loading}</p>`}
  </section>`}var An=()=>d`<${Dn} path="cdrs/interaction" title=${r.callLogs} withLegs=${!0} />`,In=()=>d`<${Dn} path=${`users/${C.value.owner}/cdrs`} title=${r.myCalls} withLegs=${!1} />`;var uo=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],mo=["undefinedMainNumber","0"],Ue=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],be=e=>({module:"callflow",data:{id:e},children:{}});async function Tn(){let e=await y("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(i=>[i.name,i]));for(let i of uo){if(t[i])continue;let u=t[`${i}Menu`]||await fo(`${i}Menu`);t[i]=await M("callflows",{name:i,type:"main",numbers:[i],flow:be(u.id),ui_metadata:z()})}let n=t.MainCallflow||await M("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:be(t.MainOpenHours.id)}},ui_metadata:z()}),[o,s]=await Promise.all([y(`callflows/${n.id}`),y("temporal_rules?paginate=false")]),a=await Promise.all(s.filter(i=>i.name==="MainOpenHours"||i.name==="MainLunchHours").map(i=>y(`temporal_rules/${i.id}`)));return{main:o,parts:t,open:a.filter(i=>i.type==="main_weekdays"),lunch:a.filter(i=>i.type==="main_lunchbreak")}}async function fo(e){let t=await M("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:z()});return M("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:z()})}var Un=e=>(e.numbers||[]).filter(t=>!mo.includes(t));async function Ln(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=z(),e.main=await j(`callflows/${n.id}`,n)}var Fn=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},Ct=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`;async function jn(e,t){let[n,...o]=e.open;for(let f of o)await O(`temporal_rules/${f.id}`);let s=[];if(t){let f={...n||{},name:"MainOpenHours",type:"main_weekdays",cycle:"weekly",interval:1,wdays:t.wdays,time_window_start:Fn(t.start),time_window_stop:Fn(t.stop),ui_metadata:z()};s=[n?await j(`temporal_rules/${n.id}`,f):await M("temporal_rules",f)]}else n&&await O(`temporal_rules/${n.id}`);let{parts:a,main:i}=e,u=new Set([...e.lunch,...e.open,...s].map(f=>f.id)),l=(i.flow&&i.flow.data&&i.flow.data.rules||[]).filter(f=>!u.has(f)),c={};for(let f of l)c[f]=i.flow.children[f];for(let f of e.lunch)c[f.id]=be(a.MainLunchHours.id);for(let f of s)c[f.id]=be(a.MainOpenHours.id);c._=be(s.length?a.MainAfterHours.id:a.MainOpenHours.id),i.flow={module:"temporal_route",data:{rules:[...l,...[...e.lunch,...s].map(f=>f.id)]},children:c},i.ui_metadata=z(),e.main=await j(`callflows/${i.id}`,i),e.open=s}function po({strategy:e,onSaved:t}){let[n,o]=h(""),[s,a]=h(""),i=Un(e.main);async function u(c){a("");try{await Ln(e,c),o(""),t()}catch(f){a(Object.values(f.fields||{})[0]||f.message)}}function l(c){c.preventDefault();let f=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(f))return a(r.badNumber);u([...i,f])}return d`<form onSubmit=${l} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${r.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(c=>d`<li key=${c}>
          <span class="main-number">${c}</span>
          <button type="button" class="plain" aria-label=${`${r.remove} ${c}`} onClick=${()=>u(i.filter(f=>f!==c))}>${r.remove}</button>
        </li>`)}
    </ul>
    <${k} id="main_number" label=${r.number} value=${n} onInput=${o} error=${s} inputmode="tel" />
    <button type="submit">${r.addNumber}</button>
  </form>`}function $o({strategy:e,onSaved:t}){let n=e.open[0],[o,s]=h(!!n),[a,i]=h(n?n.wdays||[]:Ue.slice(0,5)),[u,l]=h(n?Ct(n.time_window_start||0):"09:00"),[c,f]=h(n?Ct(n.time_window_stop||0):"17:00"),[m,_]=h(""),[$,p]=h(!1),b=g=>i(a.includes(g)?a.filter(w=>w!==g):Ue.filter(w=>w===g||a.includes(w)));async function v(g){if(g.preventDefault(),p(!1),o&&!a.length)return _(r.pickDay);if(o&&!(u<c))return _(r.badHours);_("");try{await jn(e,o?{wdays:a,start:u,stop:c}:null),p(!0),t()}catch(w){_(Object.entries(w.fields||{}).map(([N,E])=>`${N}: ${E}`).join("; ")||w.message)}}return d`<form onSubmit=${v} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${r.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!o} onChange=${()=>s(!1)} /><label for="h24">${r.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${o} onChange=${()=>s(!0)} /><label for="hcustom">${r.openCustom}</label></div>
    ${o&&d`<fieldset>
      <legend class="sr">${r.openCustom}</legend>
      <div class="days">
        ${Ue.map(g=>d`<span class="check"><input type="checkbox" id=${"day-"+g} checked=${a.includes(g)} onChange=${()=>b(g)} /><label for=${"day-"+g}>${r.wday[g]}</label></span>`)}
      </div>
      <div class="grid">
        <${k} id="opens" label=${r.opens} type="time" value=${u} onInput=${l} />
        <${k} id="closes" label=${r.closes} type="time" value=${c} onInput=${f} />
      </div>
    </fieldset>`}
    ${m&&d`<p class="error" role="alert">${m}</p>`}
    ${$&&d`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit">${r.save}</button>
  </form>`}function Le(){let[e,t]=h(null),[n,o]=h(""),[,s]=h(0);S(()=>{Tn().then(t,i=>o(i.message))},[]);let a=()=>s(i=>i+1);return d`<section aria-labelledby="main-h">
    <h2 id="main-h">${r.mainNumber}</h2>
    <${x} message=${n} />
    ${e?d`<div class="stack">
          <${po} strategy=${e} onSaved=${a} />
          <${$o} strategy=${e} onSaved=${a} />
        </div>`:!n&&d`<p>${r.loading}</p>`}
  </section>`}var Et=H(0);function je(){let e=`accounts/${C.value.account}`,[t,n]=h(null),[o,s]=h(null),[a,i]=h({}),[u,l]=h(""),[c,f]=h(!1);S(()=>{Promise.all([U("GET","countries"),U("GET",e)]).then(([$,{data:p}])=>{let b=p.edgepbx||{};n($.data),s({country:b.country||"",extension_length:b.extension_length?String(b.extension_length):"",timezone:null,language:p.language||""})},$=>l($.message))},[]);function m($){let p=t.find(b=>b.code===$);s({...o,country:$,...p?{timezone:p.timezone,language:p.language}:{}})}async function _($){$.preventDefault(),f(!1);let p={};if(o.extension_length&&!/^[2-8]$/.test(o.extension_length)&&(p.extension_length=r.extLengthRange),i(p),l(""),Object.keys(p).length)return;let v={edgepbx:{country:o.country||null,extension_length:o.extension_length?Number(o.extension_length):null},language:o.language||null};o.timezone&&(v.timezone=o.timezone);try{await U("PATCH",e,v),Y.value=void 0,Et.value++,f(!0)}catch(g){let w={};for(let[N,E]of Object.entries(g.fields||{}))w[N.replace(/^edgepbx\./,"")]=E;i(w),l(g.message)}}return o?d`<form onSubmit=${_} aria-labelledby="locale-h" novalidate>
    <h3 id="locale-h">${r.locale}</h3>
    <p class="hint">${r.localeHint}</p>
    <${x} message=${u} />
    <div class="field">
      <label for="country">${r.country}</label>
      <select id="country" value=${o.country} onChange=${$=>m($.target.value)}>
        <option value="">${r.countryNone}</option>
        ${t.map($=>d`<option key=${$.code} value=${$.code}>${$.name}</option>`)}
      </select>
      ${a.country&&d`<p class="error" role="alert">${a.country}</p>`}
    </div>
    ${o.timezone&&d`<p class="hint" id="proposed_zone">${r.proposedZone(o.timezone)}</p>`}
    <${k} id="language" label=${r.promptLanguage} value=${o.language} onInput=${$=>s({...o,language:$})} error=${a.language} />
    <${k} id="extension_length" label=${r.extensionLength} value=${o.extension_length} onInput=${$=>s({...o,extension_length:$})} error=${a.extension_length} inputmode="numeric" />
    ${c&&d`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit">${r.save}</button>
  </form>`:d`<${x} message=${u} />${!u&&d`<p>${r.loading}</p>`}`}var Nt=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function Be({onDone:e}){let t=`accounts/${C.value.account}`,[n,o]=h(null),[s,a]=h({}),[i,u]=h(""),[l,c]=h(!1);S(()=>{U("GET",t).then(({data:_})=>o({name:_.name||"",timezone:_.timezone||"UTC"}),_=>u(_.message))},[Et.value]);async function f(_){if(_.preventDefault(),c(!1),!n.name.trim())return a({name:r.required});a({}),u("");try{await U("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),C.value={...C.value,accountName:n.name.trim()},c(!0),e&&e()}catch($){a($.fields||{}),u($.message)}}if(!n)return d`<${x} message=${i} />${!i&&d`<p>${r.loading}</p>`}`;let m=Nt.includes(n.timezone)?Nt:[n.timezone,...Nt];return d`<form onSubmit=${f} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${r.office}</h3>
    <${x} message=${i} />
    <${k} id="office_name" label=${r.officeName} value=${n.name} onInput=${_=>o({...n,name:_})} error=${s.name} />
    <div class="field">
      <label for="timezone">${r.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${_=>o({...n,timezone:_.target.value})}>
        ${m.map(_=>d`<option key=${_} value=${_}>${_}</option>`)}
      </select>
      ${s.timezone&&d`<p class="error" role="alert">${s.timezone}</p>`}
    </div>
    ${l&&d`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit">${r.save}</button>
  </form>`}function Bn(e){let t=[],n=[],o="",s=!1,a=1,i=1,u=()=>{n.push(o.trim()),o=""},l=()=>{u(),n.some(c=>c!=="")&&t.push({line:i,fields:n}),n=[],i=a};for(let c=0;c<e.length;c++){let f=e[c];s?f==='"'&&e[c+1]==='"'?(o+='"',c++):f==='"'?s=!1:(f===`
`&&a++,o+=f):f==='"'?s=!0:f===","?u():f===`
`?(a++,l()):f!=="\r"&&(o+=f)}return l(),t}var Rn=["first_name","last_name","username","email","extension","password","phone"],ho=["first_name","last_name","username","extension","password"],_o=/^(yes|y|true|1)$/i;function bo(e,t){let[n,...o]=Bn(e);if(!n)return{problems:[r.csvEmpty]};let s=n.fields.map(f=>f.toLowerCase().replace(/\s+/g,"_")),a=ho.filter(f=>!s.includes(f));if(a.length)return{problems:[r.csvColumns(a.join(", "))]};let i=s.filter(f=>!Rn.includes(f));if(i.length)return{problems:[r.csvUnknown(i.join(", "))]};let u=[],l={username:new Map,extension:new Map},c=o.map(({line:f,fields:m})=>{let _=Object.fromEntries(Rn.map(b=>[b,m[s.indexOf(b)]??""])),$={..._,phone:_o.test(_.phone)},p=St($,!0,t);m.length>s.length&&(p.line=r.csvExtra);for(let b of["username","extension"]){let v=$[b].toLowerCase();v&&l[b].has(v)?p[b]=r.csvDuplicate(l[b].get(v)):l[b].set(v,f)}for(let[b,v]of Object.entries(p))u.push(r.csvLine(f,b==="line"?"":r.csvField[b]||b,v));return{line:f,form:$}});return o.length||u.push(r.csvNoUsers),{forms:c,problems:u}}function Hn({onAdded:e}){let[t,n]=h([]),[o,s]=h(""),[a,i]=h(!1);async function u(l){let c=l.target.files[0];if(s(""),!c)return;let f=await Fe().catch(()=>null),{forms:m,problems:_}=bo(await c.text(),f);if(n(_),_.length)return;i(!0);let $=[],p=0;for(let{line:b,form:v}of m)try{let g=await Ie(v);p++,e({...g,extension:v.extension})}catch(g){let w=Object.entries(g.fields||{}).map(([N,E])=>r.csvLine(b,r.csvField[N]||N,E));$.push(...w.length?w:[r.csvLine(b,"",g.message)])}n($),s(r.csvMade(p,m.length)),i(!1),l.target.value=""}return d`<div class="card">
    <h3>${r.csvImport}</h3>
    <p class="hint">${r.csvHint}</p>
    <div class="field">
      <label for="csv_file">${r.csvFile}</label>
      <input id="csv_file" type="file" accept=".csv,text/csv" disabled=${a} onChange=${u} />
    </div>
    ${o&&d`<p class="ok" role="status">${o}</p>`}
    ${t.length>0&&d`<ul class="errors" aria-label=${r.csvProblems}>${t.map(l=>d`<li key=${l} class="error">${l}</li>`)}</ul>`}
  </div>`}var Pt="configs/smtp_client",Gn=/^[^@\s]+@[^@\s]+$/;function go(e){let t={};return/^[A-Za-z0-9.:-]{1,253}$/.test(e.relay)||(t.relay=r.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=r.relayPort),e.from&&!Gn.test(e.from)&&(t.from=r.badEmail(e.from)),t}function Re(){let[e,t]=h(null),[n,o]=h(""),[s,a]=h({}),[i,u]=h(""),[l,c]=h("");if(S(()=>{y(Pt).then($=>t({relay:$.relay||"",port:String($.port||587),tls:$.tls||"if_available",username:$.username||"",password:"",from:$.from||"",passwordSet:!!$.password_set}),$=>u($.message))},[]),!e)return d`<${x} message=${i} />${!i&&d`<p>${r.loading}</p>`}`;let f=$=>p=>t({...e,[$]:p});async function m($){$.preventDefault(),c(""),u("");let p=go(e);if(a(p),Object.keys(p).length)return;let b={relay:e.relay.trim(),port:Number(e.port),tls:e.tls,username:e.username.trim(),from:e.from.trim()||void 0};e.password&&(b.password=e.password);try{await G(Pt,b),t({...e,password:"",passwordSet:e.passwordSet||!!e.password}),c(r.saved)}catch(v){a(v.fields||{}),u(v.message)}}async function _(){if(c(""),!Gn.test(n.trim()))return a({...s,to:r.badEmail(n)});a({}),c(r.sending);try{await j(`${Pt}/test`,{to:n.trim()}),c(r.testSent(n.trim()))}catch($){c(""),a($.fields||{}),Object.keys($.fields||{}).length||u($.message)}}return d`<form onSubmit=${m} aria-labelledby="relay-h" novalidate>
    <h3 id="relay-h">${r.mailRelay}</h3>
    <p class="hint">${r.mailRelayHint}</p>
    <${x} message=${i} />
    <div class="grid">
      <${k} id="relay_host" label=${r.relayServer} value=${e.relay} onInput=${f("relay")} error=${s.relay} />
      <${k} id="relay_port" label=${r.port} value=${e.port} onInput=${f("port")} error=${s.port} inputmode="numeric" />
      <div class="field">
        <label for="relay_tls">${r.relayTls}</label>
        <select id="relay_tls" value=${e.tls} onChange=${$=>f("tls")($.target.value)}>
          ${Object.entries(r.tlsModes).map(([$,p])=>d`<option key=${$} value=${$}>${p}</option>`)}
        </select>
      </div>
      <${k} id="relay_user" label=${r.relayUser} value=${e.username} onInput=${f("username")} error=${s.username} autocomplete="off" />
      <${k} id="relay_password" label=${e.passwordSet?r.relayPasswordKeep:r.password} type="password" value=${e.password} onInput=${f("password")} error=${s.password} autocomplete="new-password" />
      <${k} id="relay_from" label=${r.relayFrom} value=${e.from} onInput=${f("from")} error=${s.from} />
    </div>
    <div class="bar"><button type="submit">${r.save}</button></div>
    <${k} id="relay_test_to" label=${r.testTo} value=${n} onInput=${o} error=${s.to} type="email" />
    <div class="bar"><button type="button" class="plain" onClick=${_}>${r.sendTest}</button></div>
    ${l&&d`<p class="ok" role="status">${l}</p>`}
  </form>`}var vo=5e3,zn={name:"",server:"",port:"5060",username:"",auth_username:"",password:"",realm:"",register:!0};async function qn(){let e=await y("resources?paginate=false");return Promise.all(e.map(t=>y(`resources/${t.id}/status`).then(n=>({...t,gw:n.gateways[0]||{}}))))}function yo(e){let t={};return e.name.trim()||(t.name=r.required),/^[A-Za-z0-9.-]{1,253}$/.test(e.server.trim())||(t.server=r.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=r.relayPort),e.register&&!e.username.trim()&&(t.username=r.required),e.register&&!e.password&&(t.password=r.required),t}var wo=e=>({name:e.name.trim(),enabled:!0,weight_cost:50,rules:["^(\\+?\\d{3,15})$"],gateways:[{server:e.server.trim(),port:Number(e.port),register:e.register,username:e.username.trim()||void 0,auth_username:e.auth_username.trim()||void 0,password:e.password||void 0,realm:e.realm.trim()||void 0,enabled:!0}]}),xo=e=>e.state==="failed"&&e.last_error?`${r.lineStates.failed}: ${e.last_error}`:r.lineStates[e.state]||e.state;function He(){let[e,t]=h(null),[n,o]=h(zn),[s,a]=h({}),[i,u]=h("");S(()=>{let f=()=>qn().then(t,_=>u(_.message));f();let m=setInterval(f,vo);return()=>clearInterval(m)},[]);let l=f=>m=>o({...n,[f]:m});async function c(f){f.preventDefault(),u("");let m=yo(n);if(a(m),!Object.keys(m).length)try{await M("resources",wo(n)),o(zn),t(await qn())}catch(_){a(Object.fromEntries(Object.entries(_.fields||{}).map(([$,p])=>[$.replace(/^gateways\.0\./,""),p]))),u(`${r.failed} ${_.message}`)}}return d`<div aria-labelledby="lines-h">
    <h3 id="lines-h">${r.outsideLines}</h3>
    <${x} message=${i} />
    ${e?e.length===0?d`<p>${r.noLines}</p>`:d`<ul class="lines">
            ${e.map(f=>d`<li key=${f.id} data-line=${f.name}><span class=${f.gw.state==="registered"?"dot on":"dot"}>${f.name} · ${xo(f.gw)}</span></li>`)}
          </ul>`:d`<p>${r.loading}</p>`}
    <form onSubmit=${c} novalidate>
      <h4>${r.addLine}</h4>
      <div class="grid">
        <${k} id="line_name" label=${r.name} value=${n.name} onInput=${l("name")} error=${s.name} />
        <${k} id="line_server" label=${r.lineServer} value=${n.server} onInput=${l("server")} error=${s.server} />
        <${k} id="line_port" label=${r.port} value=${n.port} onInput=${l("port")} error=${s.port} inputmode="numeric" />
        <${k} id="line_username" label=${r.lineNumber} value=${n.username} onInput=${l("username")} error=${s.username} autocomplete="off" />
        <${k} id="line_auth" label=${r.lineAuth} value=${n.auth_username} onInput=${l("auth_username")} error=${s.auth_username} autocomplete="off" />
        <${k} id="line_password" label=${r.linePassword} type="password" value=${n.password} onInput=${l("password")} error=${s.password} autocomplete="new-password" />
        <${k} id="line_realm" label=${r.lineRealm} value=${n.realm} onInput=${l("realm")} error=${s.realm} />
      </div>
      <${W} id="line_register" label=${r.lineRegister} checked=${n.register} onChange=${l("register")} />
      <button type="submit">${r.addLine}</button>
    </form>
  </div>`}var re=H(null);async function Wn(){let e=await y(`users/${C.value.owner}`);e.require_password_update&&(re.value={forced:!0,username:e.username})}async function Vn(){let e=await y(`users/${C.value.owner}`);re.value={forced:!1,username:e.username}}function ko(){let[e,t]=h(!1),[n,o]=h([]);return e?d`<${Te}
      user=${{}}
      onDone=${s=>{t(!1),s&&o([...n,s])}}
    />`:d`<div>
    <h3>${r.firstUsers}</h3>
    <ul class="added">${n.map(s=>d`<li key=${s.username}>${s.first_name} ${s.last_name} · ${s.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${r.addUser}</button>
    <${Hn} onAdded=${s=>o(a=>[...a,s])} />
  </div>`}function Zn(){let{forced:e,username:t}=re.value,[n,o]=h(!e),s=[[r.stepPassword,()=>d`<${le} username=${t} onDone=${()=>o(!0)} />`],[r.stepLocale,()=>d`<${je} />`],[r.stepOffice,()=>d`<${Be} />`],[r.stepUsers,()=>d`<${ko} />`],[r.stepMainNumber,()=>d`<${Le} />`],[r.stepLine,()=>d`<${He} />`],[r.stepMail,()=>d`<${Re} />`],[r.stepDone,()=>d`<p>${r.wizardDone}</p>`]],[a,i]=h(0),u=a===s.length-1,[l,c]=s[a],f=a===0&&!n;return d`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${r.wizard}</h2>
    <p class="hint">${r.stepOf(a+1,s.length)}: <strong>${l}</strong></p>
    ${f&&d`<p class="banner" role="alert">${r.pwForced}</p>`}
    <div key=${a}>${c()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${a===0} onClick=${()=>i(a-1)}>${r.back}</button>
      ${u?d`<button type="button" onClick=${()=>re.value=null}>${r.finish}</button>`:d`<button type="button" disabled=${f} onClick=${()=>i(a+1)}>${r.next}</button>`}
    </div>
  </section>`}async function So(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":C.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new B(t.status,n);return n.data}function Xn(){let[e,t]=h(null),[n,o]=h(!1),[s,a]=h(""),[i,u]=h("");async function l(c){if(c.preventDefault(),a(""),u(""),!e)return a(r.pickBundle);o(!0);try{let f=await So(e);u(r.updateInstalled(f&&f.installed))}catch(f){let m=f.body&&f.body.data&&(f.body.data.message||f.body.data.detail);a(`${r.failed} ${f.message}${typeof m=="string"&&m!==f.message?`: ${m}`:""}`)}o(!1)}return d`<form onSubmit=${l} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${r.softwareUpdate}</h3>
    <p class="hint">${r.updateHint}</p>
    <${x} message=${s} />
    <div class="field">
      <label for="bundle">${r.bundle}</label>
      <input id="bundle" type="file" onChange=${c=>t(c.target.files[0]||null)} />
    </div>
    ${i&&d`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?r.uploading:r.install}</button>
  </form>`}function Yn(){let[e,t]=h(null),[n,o]=h(""),s=()=>y("sip_bans").then(t,i=>i.status===403?t(null):o(i.message));S(s,[]);let a=i=>O(`sip_bans/${encodeURIComponent(i)}`).then(s,u=>o(u.message));return e?d`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${r.sipBans}</h3>
    <${x} message=${n} />
    ${e.length===0?d`<p>${r.noBans}</p>`:d`<ul class="numbers">
          ${e.map(i=>d`<li key=${i.ip} data-ban=${i.ip}>
              <span>${r.banned(i.ip,i.reason)} · ${r.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>a(i.ip)} aria-label=${r.liftBan(i.ip)}>${r.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:d`<${x} message=${n} />`}function Kn(){let[e,t]=h(null),[n,o]=h("");return S(()=>{y(`users/${C.value.owner}`).then(t,s=>o(s.message))},[]),d`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${r.settings}</h2>
    <${x} message=${n} />
    <div class="stack">
      ${e&&d`<${le} username=${e.username} />`}
      <${je} />
      <${Be} />
      <${He} />
      <${Re} />
      <${Yn} />
      <${Xn} />
      <div><button type="button" onClick=${()=>Vn().catch(s=>o(s.message))}>${r.runWizard}</button></div>
    </div>
  </section>`}var Ge=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),Mt=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function Co(e,t){let n=await fetch("/v2/"+Z(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":C.value.token,"Content-Type":Mt(t),Accept:"application/json"},body:t});if(!n.ok)throw new B(n.status,await n.json().catch(()=>null))}async function Jn(e,t){let n=await M("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await Co(n.id,t)}catch(o){throw await O(`media/${n.id}`).catch(()=>{}),o}return n.id}var Ot=e=>O(`media/${e}`).catch(()=>{});var Dt=["skip_greeting","skip_instructions","delete_after_notify","announcement_only"],Eo=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,Qn=e=>e.split(/[\s,;]+/).filter(Boolean);function No(e){let t={};e.name.trim()||(t.name=r.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=r.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=r.pinDigits);let n=Qn(e.notify).find(o=>!Eo.test(o));return n&&(t.notify_email_addresses=r.badEmail(n)),t}function er({box:e,users:t,onDone:n}){let o=!e.id,[s,a]=h({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(Dt.map(v=>[v,!!e[v]]))}),[i,u]=h({}),[l,c]=h(""),[f,m]=h(!1),[_,$]=h(null),p=v=>g=>a({...s,[v]:g});async function b(v){v.preventDefault();let g=No(s);if(_&&!Ge(_)&&(g.greeting=r.greetingType),u(g),c(""),Object.keys(g).length)return;let w={name:s.name.trim(),mailbox:s.mailbox,notify_email_addresses:Qn(s.notify),...Object.fromEntries(Dt.map(E=>[E,s[E]]))};w.owner_id=s.owner_id||(o?void 0:null),w.pin=s.pin||(o?void 0:null),m(!0);let N=null;try{_&&(N=await Jn(w.name,_).catch(E=>{throw Object.assign(E,{fields:{greeting:E.fields&&E.fields.media||E.message}})}),w.media={...e.media||{},unavailable:N}),o?await M("vmboxes",w):await G(`vmboxes/${e.id}`,w),N&&e.media&&e.media.unavailable&&await Ot(e.media.unavailable),n()}catch(E){N&&await Ot(N),u(E.fields||{}),c(`${r.failed} ${E.message}`),m(!1)}}return d`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${o?r.addVmbox:r.editVmbox}</h2>
    <form onSubmit=${b} novalidate>
      <${x} message=${l} />
      <div class="grid">
        <${k} id="vm_name" label=${r.name} value=${s.name} onInput=${p("name")} error=${i.name} required />
        <${k} id="vm_mailbox" label=${r.mailbox} value=${s.mailbox} onInput=${p("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${r.owner}</label>
          <select id="vm_owner" value=${s.owner_id} onChange=${v=>p("owner_id")(v.target.value)}>
            <option value="">${r.noOwner}</option>
            ${t.map(v=>d`<option key=${v.id} value=${v.id}>${v.first_name} ${v.last_name}</option>`)}
          </select>
          ${i.owner_id&&d`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${k} id="vm_pin" label=${r.pin} type="password" value=${s.pin} onInput=${p("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${r.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${v=>$(v.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?r.greetingSet:r.greetingNone}</p>
        ${i.greeting&&d`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${k} id="vm_notify" label=${r.recipients} value=${s.notify} onInput=${p("notify")} error=${i.notify_email_addresses} />
      ${Dt.map(v=>d`<div class="check" key=${v}>
          <input type="checkbox" id=${"vm_"+v} checked=${s[v]} onChange=${g=>p(v)(g.target.checked)} />
          <label for=${"vm_"+v}>${r.vmFlags[v]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${f}>${f?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${n}>${r.cancel}</button>
      </div>
    </form>
  </section>`}var Po=62167219200,Mo=e=>new Date((e-Po)*1e3).toISOString().slice(0,16).replace("T"," ");function ze({box:e,onDone:t}){let n=`vmboxes/${e.id}/messages`,[o,s]=h(null),[a,i]=h({}),u=it([]),[l,c]=h(""),f=()=>y(`${n}?paginate=false`).then(p=>s(p.filter(b=>b.folder!=="deleted")),p=>c(p.message));S(()=>(f(),()=>u.current.forEach(p=>URL.revokeObjectURL(p))),[]);let m=p=>p.then(f,b=>c(b.message));async function _(p){if(a[p.media_id])return a[p.media_id];let b=URL.createObjectURL(await bn(`${n}/${p.media_id}/raw`));return u.current.push(b),i(v=>({...v,[p.media_id]:b})),b}async function $(p){try{let b=document.createElement("a");b.href=await _(p),b.download=`${e.mailbox}-${p.media_id}.wav`,b.click()}catch(b){c(b.message)}}return d`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${r.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${t}>${r.vmboxes}</button>
    </div>
    <${x} message=${l} />
    ${o?o.length===0?d`<p>${r.none}</p>`:d`<table class="list" aria-label=${r.messages}>
            <thead><tr><th>${r.when}</th><th>${r.from}</th><th>${r.duration}</th><th>${r.folder}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${o.map(p=>d`<tr key=${p.media_id} data-message=${p.media_id} class="message">
                  <td data-label=${r.when}>${p.timestamp?Mo(p.timestamp):""}</td>
                  <td data-label=${r.from}>${p.caller_id_name||""} ${p.caller_id_number||""}</td>
                  <td data-label=${r.duration}>${p.length?`${Math.round(p.length/1e3)} s`:""}</td>
                  <td data-label=${r.folder} class="folder">${r.folders[p.folder]||p.folder}</td>
                  <td class="actions">
                    ${a[p.media_id]?d`<audio controls autoplay src=${a[p.media_id]}></audio>`:d`<button onClick=${()=>_(p).catch(b=>c(b.message))}>${r.play}</button>`}
                    <button class="plain" onClick=${()=>$(p)}>${r.download}</button>
                    ${p.folder==="new"&&d`<button class="plain" onClick=${()=>m(j(`${n}/${p.media_id}`,{folder:"saved"}))}>${r.markHeard}</button>`}
                    <button class="danger" onClick=${()=>confirm(r.confirmDeleteMessage)&&m(O(`${n}/${p.media_id}`))}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${r.loading}</p>`}
  </section>`}function tr(){let[e,t]=h(null),[n,o]=h(null),[s,a]=h(null),[i,u]=h(""),l=()=>Promise.all([y("vmboxes?paginate=false"),y("users?paginate=false")]).then(([$,p])=>t({boxes:$,users:p}),$=>u($.message));S(l,[]);let c=()=>{o(null),a(null),l()};async function f($){confirm(r.confirmDeleteVmbox($.name))&&(await O(`vmboxes/${$.id}`).catch(p=>u(p.message)),l())}async function m($){try{o(await y(`vmboxes/${$.id}`))}catch(p){u(p.message)}}if(n)return d`<${er} box=${n} users=${e.users} onDone=${c} />`;if(s)return d`<${ze} box=${s} onDone=${c} />`;let _=$=>{let p=e.users.find(b=>b.id===$);return p?`${p.first_name} ${p.last_name}`:""};return d`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${r.vmboxes}</h2>
      <button onClick=${()=>o({})}>${r.addVmbox}</button>
    </div>
    <${x} message=${i} />
    ${e?e.boxes.length===0?d`<p>${r.none}</p>`:d`<table class="list" aria-label=${r.vmboxes}>
            <thead><tr><th>${r.name}</th><th>${r.mailbox}</th><th>${r.owner}</th><th>${r.newMessages}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map($=>d`<tr key=${$.id} data-vmbox=${$.mailbox}>
                  <td data-label=${r.name}>${$.name}</td>
                  <td data-label=${r.mailbox}>${$.mailbox}</td>
                  <td data-label=${r.owner}>${_($.owner_id)}</td>
                  <td data-label=${r.newMessages} class="count">${$.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>a($)} aria-label=${r.messagesOf($.name)}>${r.messages}</button>
                    <button class="plain" onClick=${()=>m($)} aria-label=${`${r.edit} ${$.name}`}>${r.edit}</button>
                    <button class="danger" onClick=${()=>f($)} aria-label=${`${r.del} ${$.name}`}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${r.loading}</p>`}
  </section>`}function qe(e,t){if(!(t instanceof B))throw t;let n={};for(let[o,s]of Object.entries(t.fields))n[e==="userGroup"&&o.startsWith("numbers")?"extension":o.split(".")[0]]=s;throw t.fields=n,t}async function nr(){let[e,t]=await Promise.all([y("groups?paginate=false"),y("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let o=t.filter(s=>s.group_id===n.id);return{...n,userCf:o.find(s=>s.type==="userGroup"),baseCf:o.find(s=>s.type==="baseGroup")}})}async function rr(e){let t=[];try{let n=await M("groups",gt({},e));t.push(()=>O(`groups/${n.id}`));let o=await M("callflows",vt({},n,e));t.push(()=>O(`callflows/${o.id}`)),await M("callflows",yt({},n,o,e)).catch(s=>qe("userGroup",s))}catch(n){for(let o of t.reverse())await o().catch(()=>{});qe("groups",n)}}async function or(e,t){try{let n=await j(`groups/${e.id}`,gt(await y(`groups/${e.id}`),t)),o=await j(`callflows/${e.baseCf.id}`,vt(await y(`callflows/${e.baseCf.id}`),n,t)),s=e.userCf?await y(`callflows/${e.userCf.id}`):{},a=yt(s,n,o,t);await(e.userCf?j(`callflows/${e.userCf.id}`,a):M("callflows",a)).catch(i=>qe("userGroup",i))}catch(n){qe("groups",n)}}async function sr(e){for(let t of[e.userCf,e.baseCf])t&&await O(`callflows/${t.id}`);await O(`groups/${e.id}`)}var de=e=>/^\d+$/.test(String(e))?Number(e):NaN;function Oo(e){let t={};return e.name.trim()||(t.name=r.required),/^\d{2,8}$/.test(e.extension)||(t.extension=r.extDigits),de(e.repeats)>=1&&de(e.repeats)<=10||(t.repeats=r.repeatsRange),e.members.length||(t.members=r.pickMember),e.members.length>_e&&(t.members=r.tooManyMembers(_e)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=r.badTimeline),t}function ar({id:e,label:t,value:n,onChange:o,options:s,wide:a}){return d`<div class=${a?"field wide":"field"}>
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>o(i.target.value)}>
      ${s.map(([i,u])=>d`<option key=${i} value=${i}>${u}</option>`)}
    </select>
  </div>`}function ir({group:e,users:t,vmboxes:n,onDone:o}){let[s,a]=h(e.form),[i,u]=h("20"),[l,c]=h({}),[f,m]=h(""),[_,$]=h(!1),p=P=>A=>a({...s,[P]:A}),b=P=>s.members.find(A=>A.id===P),v=P=>a({...s,members:b(P.id)?s.members.filter(A=>A.id!==P.id):[...s.members,{id:P.id,delay:0,timeout:20}]}),g=(P,A,q)=>a({...s,members:s.members.map(R=>R.id===P?{...R,[A]:de(q)}:R)});async function w(P){P.preventDefault();let A=Oo(s);if(c(A),m(""),!Object.keys(A).length){$(!0);try{let q=E?s.members.map(ce=>({...ce,delay:0})):s.members,R={...s,members:q,name:s.name.trim(),repeats:de(s.repeats)};await(e.id?or(e,R):rr(R)),o()}catch(q){c(q.fields||{}),m(`${r.failed} ${q.message}`),$(!1)}}}let N=s.members.length>=_e,E=s.strategy!=="simultaneous";return d`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?r.editGroup:r.addGroup}</h2>
    <form onSubmit=${w} novalidate>
      <${x} message=${f} />
      <div class="grid">
        <${k} id="group_name" label=${r.name} value=${s.name} onInput=${p("name")} error=${l.name} required />
        <${k} id="group_extension" label=${r.extension} value=${s.extension} onInput=${p("extension")} error=${l.extension} required inputmode="numeric" />
        <${k} id="group_repeats" label=${r.repeats} value=${String(s.repeats)} onInput=${p("repeats")} error=${l.repeats} inputmode="numeric" />
        <${ar} id="group_strategy" label=${r.strategy} value=${s.strategy} onChange=${p("strategy")} options=${Object.entries(r.strategies)} />
        <${ar} id="group_next" wide label=${r.nextAction} value=${s.next_vmbox} onChange=${p("next_vmbox")}
          options=${[["",r.notAvailable],...n.map(P=>[P.id,r.toVoicemail(P.name,P.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${r.members(s.members.length,_e)}</legend>
        ${l.members&&d`<p class="error" id="members-error" role="alert">${l.members}</p>`}
        <table class="list timeline" aria-label=${r.timeline}>
          <thead><tr><th>${r.member}</th>${!E&&d`<th>${r.startAfter}</th>`}<th>${r.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(P=>{let A=b(P.id),q=`${P.first_name} ${P.last_name}`;return d`<tr key=${P.id} data-member=${P.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+P.id} checked=${!!A} disabled=${!A&&N} onChange=${()=>v(P)} /><label for=${"m-"+P.id}>${q}</label></span></td>
                ${!E&&d`<td data-label=${r.startAfter}>${A&&d`<input class="delay" aria-label=${`${r.startAfter} ${q}`} inputmode="numeric" value=${Number.isNaN(A.delay)?"":A.delay} onInput=${R=>g(P.id,"delay",R.target.value)} />`}</td>`}
                <td data-label=${r.ringFor}>${A&&d`<input class="timeout" aria-label=${`${r.ringFor} ${q}`} inputmode="numeric" value=${Number.isNaN(A.timeout)?"":A.timeout} onInput=${R=>g(P.id,"timeout",R.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${k} id="group_total" label=${r.totalRing} value=${i} onInput=${u} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!s.members.length||!(de(i)>=1)} onClick=${()=>a({...s,members:Sn(s.members,de(i))})}>${r.distribute}</button>
        </div>
      </fieldset>
      <div class="bar">
        <button type="submit" disabled=${_}>${_?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${o}>${r.cancel}</button>
      </div>
    </form>
  </section>`}async function Do(e){let t=e.baseCf?await y(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},o=(n.endpoints||[]).map(a=>({id:a.id,delay:Number(a.delay)||0,timeout:Number(a.timeout)||20})),s=e.userCf?(await y(`callflows/${e.userCf.id}`)).flow.children._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:s&&s.module==="voicemail"?s.data.id:"",members:o}}function lr(){let[e,t]=h(null),[n,o]=h(null),[s,a]=h(""),i=()=>Promise.all([nr(),y("users?paginate=false"),y("vmboxes?paginate=false")]).then(([c,f,m])=>t({groups:c,users:f,vmboxes:m}),c=>a(c.message));S(i,[]);async function u(c){try{o({...c,form:await Do(c)})}catch(f){a(f.message)}}async function l(c){confirm(r.confirmDeleteGroup(c.name))&&(await sr(c).catch(f=>a(f.message)),i())}return n?d`<${ir}
      group=${n}
      users=${e.users}
      vmboxes=${e.vmboxes}
      onDone=${()=>{o(null),i()}}
    />`:d`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${r.groups}</h2>
      <button disabled=${!e} onClick=${()=>o({form:{name:"",extension:"",repeats:1,strategy:"simultaneous",next_vmbox:"",members:[]}})}>${r.addGroup}</button>
    </div>
    <${x} message=${s} />
    ${e?e.groups.length===0?d`<p>${r.none}</p>`:d`<table class="list" aria-label=${r.groups}>
            <thead><tr><th>${r.name}</th><th>${r.extension}</th><th>${r.memberCount}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.groups.map(c=>d`<tr key=${c.id} data-group=${c.name}>
                  <td data-label=${r.name}>${c.name}</td>
                  <td data-label=${r.extension} class="ext">${c.userCf&&c.userCf.numbers?c.userCf.numbers[0]:""}</td>
                  <td data-label=${r.memberCount}>${typeof c.endpoints=="number"?c.endpoints:Object.keys(c.endpoints||{}).length}</td>
                  <td class="actions">
                    <button onClick=${()=>u(c)} aria-label=${`${r.edit} ${c.name}`}>${r.edit}</button>
                    <button class="danger" onClick=${()=>l(c)} aria-label=${`${r.del} ${c.name}`}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${r.loading}</p>`}
  </section>`}async function Ao(){let[e,t]=await Promise.all([y("phone_numbers"),y("callflows?paginate=false")]);return Object.entries(e.numbers||{}).map(([n,o])=>{let s=o.used_by_id&&t.find(a=>a.id===o.used_by_id);return{number:n,usedBy:s?s.name||s.id:o.used_by_id||""}}).sort((n,o)=>n.number.localeCompare(o.number))}function dr(){let[e,t]=h(null),[n,o]=h(""),[s,a]=h(""),[i,u]=h(""),l=()=>Ao().then(t,m=>u(m.message));S(l,[]);async function c(m){m.preventDefault();let _=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(_))return a(r.badPhoneNumber);a("");try{await M(`phone_numbers/${encodeURIComponent(_)}`,{}),o(""),l()}catch($){a($.fields.number||$.message)}}async function f(m){confirm(r.confirmDeleteNumber(m))&&(await O(`phone_numbers/${encodeURIComponent(m)}`).catch(_=>u(_.message)),l())}return d`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${r.numbers}</h2>
    <${x} message=${i} />
    ${e?e.length===0?d`<p>${r.none}</p>`:d`<table class="list" aria-label=${r.numbers}>
            <thead><tr><th>${r.number}</th><th>${r.usedBy}</th><th><span class="sr">${r.del}</span></th></tr></thead>
            <tbody>
              ${e.map(m=>d`<tr key=${m.number} data-number=${m.number}>
                  <td data-label=${r.number} class="main-number">${m.number}</td>
                  <td data-label=${r.usedBy} class="used-by">${m.usedBy||r.spare}</td>
                  <td class="actions">${!m.usedBy&&d`<button class="danger" onClick=${()=>f(m.number)} aria-label=${`${r.remove} ${m.number}`}>${r.remove}</button>`}</td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${r.loading}</p>`}
    <form onSubmit=${c} novalidate>
      <${k} id="new_number" label=${r.number} value=${n} onInput=${o} error=${s} inputmode="tel" />
      <button type="submit">${r.addPhoneNumber}</button>
    </form>
  </section>`}var cr=e=>e.split(/[\s,;]+/).filter(Boolean);function ur(e){return{name:e.name.trim(),conference_numbers:[e.number],member:{pins:cr(e.member_pins),join_muted:e.join_muted},moderator:{pins:cr(e.moderator_pins)}}}var At=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:[n.number],flow:{module:"conference",data:{id:t.id},children:{}}});function mr(e){if(!(e instanceof B))throw e;let t={};for(let[n,o]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=o;throw e.fields=t,e}var fr=e=>y(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function pr(e){let t=null;try{t=await M("conferences",ur(e)),await M("callflows",At({},t,e))}catch(n){t&&await O(`conferences/${t.id}`).catch(()=>{}),mr(n)}}async function $r(e,t){try{let n=await G(`conferences/${e}`,ur(t)),[o]=await fr(e);o?await j(`callflows/${o.id}`,At(await y(`callflows/${o.id}`),n,t)):await M("callflows",At({},n,t))}catch(n){mr(n)}}async function hr(e){for(let t of await fr(e))await O(`callflows/${t.id}`);await O(`conferences/${e}`)}var Io=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function Fo(e){let t={};e.name.trim()||(t.name=r.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=r.extDigits);for(let n of["member_pins","moderator_pins"])Io.test(e[n].trim())||(t[n]=r.pinList);return t}function _r({conf:e,onDone:t}){let n=!e.id,[o,s]=h({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[a,i]=h({}),[u,l]=h(""),[c,f]=h(!1),m=$=>p=>s({...o,[$]:p});async function _($){$.preventDefault();let p=Fo(o);if(i(p),l(""),!Object.keys(p).length){f(!0);try{n?await pr(o):await $r(e.id,o),t()}catch(b){i(b.fields||{}),l(`${r.failed} ${b.message}`),f(!1)}}}return d`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?r.addConference:r.editConference}</h2>
    <form onSubmit=${_} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="conf_name" label=${r.name} value=${o.name} onInput=${m("name")} error=${a.name} required />
        <${k} id="conf_number" label=${r.confNumber} value=${o.number} onInput=${m("number")} error=${a.number} required inputmode="tel" />
        <${k} id="conf_member_pins" label=${r.memberPins} value=${o.member_pins} onInput=${m("member_pins")} error=${a.member_pins||a.member} inputmode="numeric" autocomplete="off" />
        <${k} id="conf_moderator_pins" label=${r.moderatorPins} value=${o.moderator_pins} onInput=${m("moderator_pins")} error=${a.moderator_pins||a.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${W} id="conf_join_muted" label=${r.joinMuted} checked=${o.join_muted} onChange=${m("join_muted")} />
      <div class="bar">
        <button type="submit" disabled=${c}>${c?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${t}>${r.cancel}</button>
      </div>
    </form>
  </section>`}var br=e=>(e&&e.pins||[]).length;function gr(){let[e,t]=h(null),[n,o]=h(null),[s,a]=h(""),i=()=>y("conferences?paginate=false").then(t,c=>a(c.message));S(i,[]);async function u(c){try{o(await y(`conferences/${c.id}`))}catch(f){a(f.message)}}async function l(c){confirm(r.confirmDeleteConference(c.name))&&(await hr(c.id).catch(f=>a(f.message)),i())}return n?d`<${_r}
      conf=${n}
      onDone=${()=>{o(null),i()}}
    />`:d`<section aria-labelledby="conf-h">
    <div class="bar">
      <h2 id="conf-h">${r.conferences}</h2>
      <button onClick=${()=>o({})}>${r.addConference}</button>
    </div>
    <${x} message=${s} />
    ${e?e.length===0?d`<p>${r.none}</p>`:d`<table class="list" aria-label=${r.conferences}>
            <thead><tr><th>${r.name}</th><th>${r.confNumber}</th><th>${r.pins}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(c=>d`<tr key=${c.id} data-conference=${c.name}>
                  <td data-label=${r.name}>${c.name}</td>
                  <td data-label=${r.confNumber} class="ext">${(c.conference_numbers||[]).join(", ")}</td>
                  <td data-label=${r.pins} class="pins">${r.pinSummary(br(c.member),br(c.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>u(c)} aria-label=${`${r.edit} ${c.name}`}>${r.edit}</button>
                    <button class="danger" onClick=${()=>l(c)} aria-label=${`${r.del} ${c.name}`}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${r.loading}</p>`}
  </section>`}var To=(e,t)=>({...e,numbers:e.numbers.map(n=>n.replace("{code}",t)),patterns:e.patterns.map(n=>n.replace("{code}",t.replace(/\*/g,"\\*"))),featurecode:{...e.featurecode,number:t}}),Uo=e=>/^[0-9*]{1,6}$/.test(e),Lo=(e,t)=>(e.star?`*${t}`:t)+(e.takes_digits?"\u2026":"");function jo({row:e,taken:t,onSaved:n}){let[o,s]=h(e.number),[a,i]=h(e.enabled),[u,l]=h(""),[c,f]=h(!1),m=o!==e.number||a!==e.enabled,_=`fc-${e.name.replace(/[^a-z0-9]/gi,"_")}`;async function $(){if(a&&!Uo(o))return l(r.fcDigits);if(a&&t(e,o))return l(r.fcTaken(Lo(e,o)));l(""),f(!0);try{let p=To(e.template,o);a?e.enabled?await G(`callflows/${e.callflow_id}`,{numbers:p.numbers,patterns:p.patterns,featurecode:p.featurecode}):await M("callflows",p):await O(`callflows/${e.callflow_id}`),n()}catch(p){l(p.fields.numbers||p.fields.patterns||p.message),f(!1)}}return d`<tr data-code=${e.name} class=${e.handled?"":"muted"}>
    <td data-label=${r.fcWhat}>${e.description}${!e.handled&&d`<br /><small>${r.fcNotRun}</small>`}</td>
    <td data-label=${r.fcCode}>
      <span class="code-input">${e.star?"*":""}<input id=${_} aria-label=${`${r.fcCode}: ${e.description}`} value=${o} inputmode="tel" size="6"
        aria-invalid=${u?"true":void 0} onInput=${p=>s(p.target.value.trim())} disabled=${!a} />${e.takes_digits?"\u2026":""}</span>
      ${u&&d`<p class="error" role="alert">${u}</p>`}
    </td>
    <td data-label=${r.fcOn}><input type="checkbox" aria-label=${`${r.fcOn}: ${e.description}`} checked=${a} disabled=${!e.handled&&!e.enabled}
      onChange=${p=>i(p.target.checked)} /></td>
    <td class="actions">${m&&d`<button type="button" disabled=${c} onClick=${$} aria-label=${`${r.save}: ${e.description}`}>${r.save}</button>`}</td>
  </tr>`}function vr(){let[e,t]=h(null),[n,o]=h(""),s=()=>y("feature_codes").then(t,i=>o(i.message));S(s,[]);let a=(i,u)=>e.some(l=>l!==i&&l.enabled&&l.star===i.star&&l.number===u);return d`<section aria-labelledby="fc-h">
    <h2 id="fc-h">${r.featureCodes}</h2>
    <p class="hint">${r.fcHint}</p>
    <${x} message=${n} />
    ${e?d`<table class="list" aria-label=${r.featureCodes}>
          <thead><tr><th>${r.fcWhat}</th><th>${r.fcCode}</th><th>${r.fcOn}</th><th><span class="sr">${r.save}</span></th></tr></thead>
          <tbody>${e.map(i=>d`<${jo} key=${`${i.name}/${i.callflow_id}/${i.number}`} row=${i} taken=${a} onSaved=${s} />`)}</tbody>
        </table>`:d`<p>${r.loading}</p>`}
  </section>`}var Bo=/^\+?\d{2,15}$/;function Ro(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function yr({user:e,onSaved:t}){let[n,o]=h(Ro(e)),[s,a]=h({}),[i,u]=h(""),[l,c]=h(!1),[f,m]=h(!1),_=p=>b=>{c(!1),o({...n,[p]:b})};async function $(p){p.preventDefault();let b=n.forward&&!Bo.test(n.number.trim())?{"call_forward.number":r.forwardNumber}:{};if(a(b),u(""),!Object.keys(b).length){m(!0);try{let v=await G(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});c(!0),t&&t(v)}catch(v){a(v.fields||{}),u(`${r.failed} ${v.message}`)}m(!1)}}return d`<form onSubmit=${$} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${r.callHandling}</h3>
    <${x} message=${i} />
    <${W} id="dnd" label=${r.dnd} checked=${n.dnd} onChange=${_("dnd")} />
    <${W} id="forward" label=${r.forward} checked=${n.forward} onChange=${_("forward")} />
    ${n.forward&&d`<fieldset>
      <${k} id="forward_number" label=${r.forwardTo} value=${n.number} onInput=${_("number")} error=${s["call_forward.number"]} inputmode="tel" />
      <${W} id="ring_devices" label=${r.ringDevicesToo} checked=${n.ring_devices} onChange=${_("ring_devices")} />
      <${W} id="direct_calls_only" label=${r.directCallsOnly} checked=${n.direct_calls_only} onChange=${_("direct_calls_only")} />
      <${W} id="keep_caller_id" label=${r.keepCallerId} checked=${n.keep_caller_id} onChange=${_("keep_caller_id")} />
      <${W} id="require_keypress" label=${r.requireKeypress} checked=${n.require_keypress} onChange=${_("require_keypress")} />
    </fieldset>`}
    ${l&&d`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit" disabled=${f}>${f?r.saving:r.save}</button>
  </form>`}var wr=(e,t)=>/^\d+$/.test(String(e))&&Number(e)>=t&&Number(e)<=300;function xr({userId:e}){let[t,n]=h(null),[o,s]=h(null),[a,i]=h({}),[u,l]=h(""),[c,f]=h(!1),m=(p,b)=>{let v=Object.fromEntries(p.endpoints.map(g=>[g.id,g]));s({enabled:p.enabled,rows:b.map(g=>({id:g.id,name:g.name,on:!!v[g.id],delay:String(v[g.id]?.delay??0),timeout:String(v[g.id]?.timeout??20)}))})};if(S(()=>{Promise.all([y(`users/${e}/find_me_follow_me`),y(`users/${e}/devices`)]).then(([p,b])=>{n(b),m(p,b)},p=>l(p.message))},[]),!o)return d`<div class="card"><h3>${r.followMe}</h3><${x} message=${u} />${!u&&r.loading}</div>`;let _=(p,b,v)=>s({...o,rows:o.rows.map((g,w)=>w===p?{...g,[b]:v}:g)});async function $(p){p.preventDefault(),f(!1),l("");let b=o.rows.filter(g=>g.on),v={};if(o.enabled&&!b.length&&(v.rows=r.pickPhone),o.rows.forEach((g,w)=>{g.on&&(!wr(g.delay,0)||!wr(g.timeout,1))&&(v[w]=r.badTimeline)}),i(v),!Object.keys(v).length)try{let g=b.map(w=>({id:w.id,delay:Number(w.delay),timeout:Number(w.timeout)}));m(await j(`users/${e}/find_me_follow_me`,{enabled:o.enabled,endpoints:o.enabled?g:[]}),t),f(!0)}catch(g){let w={};for(let[N,E]of Object.entries(g.fields||{})){let P=/^endpoints\.(\d+)\./.exec(N);P?w[o.rows.indexOf(b[Number(P[1])])]=E:w.rows=E}i(w),l(`${r.failed} ${g.message}`)}}return d`<form class="card" onSubmit=${$} novalidate aria-labelledby="fmfm-h">
    <h3 id="fmfm-h">${r.followMe}</h3>
    <p class="hint">${r.followMeHint}</p>
    <${x} message=${u} />
    <${W} id="fmfm_on" label=${r.followMeOn} checked=${o.enabled} onChange=${p=>s({...o,enabled:p})} />
    ${o.enabled&&d`${a.rows&&d`<p class="error" role="alert">${a.rows}</p>`}
      <table class="list timeline" aria-label=${r.followMe}>
        <thead><tr><th>${r.myDevices}</th><th>${r.startAfter}</th><th>${r.ringFor}</th></tr></thead>
        <tbody>
          ${o.rows.map((p,b)=>d`<tr key=${p.id} data-fmfm=${p.name}>
              <td><span class="check"><input type="checkbox" id=${"fm-"+p.id} checked=${p.on} onChange=${v=>_(b,"on",v.target.checked)} /><label for=${"fm-"+p.id}>${p.name}</label></span>
                ${a[b]&&d`<p class="error" role="alert">${a[b]}</p>`}</td>
              <td data-label=${r.startAfter}>${p.on&&d`<input aria-label=${`${r.startAfter} ${p.name}`} inputmode="numeric" value=${p.delay} onInput=${v=>_(b,"delay",v.target.value)} />`}</td>
              <td data-label=${r.ringFor}>${p.on&&d`<input aria-label=${`${r.ringFor} ${p.name}`} inputmode="numeric" value=${p.timeout} onInput=${v=>_(b,"timeout",v.target.value)} />`}</td>
            </tr>`)}
        </tbody>
      </table>`}
    <div class="bar"><button type="submit">${r.save}</button>${c&&d`<span class="ok" role="status">${r.saved}</span>`}</div>
  </form>`}var Ho=5e3;function Go({userId:e}){let[t,n]=h(null),[o,s]=h("");return S(()=>{let a=()=>y(`users/${e}/devices`).then(n,u=>s(u.message));a();let i=setInterval(a,Ho);return()=>clearInterval(i)},[]),d`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${r.myDevices}</h3>
    <${x} message=${o} />
    ${t?t.length===0?r.none:d`<ul class="my-devices">
            ${t.map(a=>d`<li key=${a.id} data-device=${a.name}>
                <span class=${a.registered?"dot on":"dot"}>${a.name} · ${a.registered?r.registered:r.notRegistered}</span>
              </li>`)}
          </ul>`:r.loading}
  </div>`}function kr(){let[e,t]=h(null),[n,o]=h("");return S(()=>{y(`users/${C.value.owner}`).then(t,s=>o(s.message))},[]),d`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:r.myPhone}</h2>
    <${x} message=${n} />
    ${e&&d`<div class="stack">
      <${Go} userId=${e.id} />
      <${yr} user=${e} onSaved=${t} />
      <${xr} userId=${e.id} />
      <${le} username=${e.username} />
    </div>`}
  </section>`}async function zo(e,t){let n=await fetch("/v2/"+Z(`vmboxes/${e}/greeting`),{method:"POST",headers:{"X-Auth-Token":C.value.token,"Content-Type":Mt(t),Accept:"application/json"},body:t});if(!n.ok)throw new B(n.status,await n.json().catch(()=>null))}function Sr({box:e}){let[t,n]=h(""),[o,s]=h(""),[a,i]=h(null),[u,l]=h({}),[c,f]=h(""),[m,_]=h(!1),$=()=>y(`vmboxes/${e.id}`).then(g=>_(!!(g.media&&g.media.unavailable)),()=>{});S($,[]);let p=g=>`${g}_${e.mailbox}`;async function b(g){g.preventDefault(),f("");let w={};if(/^\d{4,6}$/.test(t)?t!==o&&(w.again=r.pinMismatch):w.pin=r.pinDigits,l(w),!Object.keys(w).length)try{await G(`vmboxes/${e.id}`,{pin:t}),n(""),s(""),f("pin")}catch(N){l({pin:N.fields.pin||N.message})}}async function v(g){if(g.preventDefault(),f(""),!a||!Ge(a))return l({greeting:r.greetingType});l({});try{await zo(e.id,a),f("greeting"),$()}catch(w){l({greeting:w.fields.media||w.message})}}return d`<div class="card" data-settings=${e.mailbox}>
    <h3>${r.boxSettings(e.name,e.mailbox)}</h3>
    <form onSubmit=${b} novalidate>
      <${k} id=${p("pin")} label=${r.newPin} type="password" value=${t} onInput=${n} error=${u.pin} inputmode="numeric" autocomplete="new-password" />
      <${k} id=${p("pin_again")} label=${r.newPinAgain} type="password" value=${o} onInput=${s} error=${u.again} inputmode="numeric" autocomplete="new-password" />
      <div class="bar"><button type="submit">${r.changePin}</button>${c==="pin"&&d`<span class="ok" role="status">${r.pinChanged}</span>`}</div>
    </form>
    <form onSubmit=${v} novalidate>
      <div class="field">
        <label for=${p("greeting")}>${r.greeting}</label>
        <input id=${p("greeting")} type="file" accept="audio/wav,audio/mpeg,.wav,.mp3" aria-invalid=${u.greeting?"true":void 0}
          onChange=${g=>i(g.target.files[0]||null)} />
        ${u.greeting&&d`<p class="error" id=${p("greeting")+"-error"} role="alert">${u.greeting}</p>`}
        <p class="hint">${m?r.greetingSet:r.greetingNone}</p>
      </div>
      <div class="bar"><button type="submit">${r.uploadGreeting}</button>${c==="greeting"&&d`<span class="ok" role="status">${r.greetingSaved}</span>`}</div>
    </form>
  </div>`}function Cr(){let[e,t]=h(null),[n,o]=h(null),[s,a]=h(""),i=()=>y("vmboxes?paginate=false").then(t,u=>a(u.message));return S(i,[]),n?d`<${ze}
      box=${n}
      onDone=${()=>{o(null),i()}}
    />`:d`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${r.vmboxes}</h2>
    <${x} message=${s} />
    ${e?e.length===0?d`<p>${r.noBox}</p>`:d`<ul class="numbers">
            ${e.map(u=>d`<li key=${u.id} data-vmbox=${u.mailbox}>
                <span>${u.name} (${u.mailbox}) · ${r.messageCount(u.messages||0)}</span>
                <button onClick=${()=>o(u)} aria-label=${r.messagesOf(u.name)}>${r.messages}</button>
              </li>`)}
          </ul>`:d`<p>${r.loading}</p>`}
    ${e&&d`<div class="stack">${e.map(u=>d`<${Sr} key=${u.id} box=${u} />`)}</div>`}
  </section>`}var qo={dashboard:[r.dashboard,kn],users:[r.users,Mn],devices:[r.devices,On],groups:[r.groups,lr],calls:[r.callLogs,An],main:[r.mainNumber,Le],voicemail:[r.vmboxes,tr],conferences:[r.conferences,gr],codes:[r.featureCodes,vr],numbers:[r.numbers,dr],settings:[r.settings,Kn]},Wo={me:[r.myPhone,kr],myvoicemail:[r.vmboxes,Cr],mycalls:[r.myCalls,In]},We=()=>C.value&&C.value.admin===!1?Wo:qo,It=H(location.hash.slice(1));addEventListener("hashchange",()=>It.value=location.hash.slice(1));var Vo=()=>It.value in We()?It.value:Object.keys(We())[0],Er=null;te(()=>{let e=C.value;e||(re.value=null),e&&e.admin!==!1&&Er!==e.token&&(Er=e.token,Wn().catch(()=>{}))});function Zo(){if(!C.value)return d`<${wn} />`;let e=Vo(),[,t]=We()[e];return d`<header>
      <strong>${r.app}</strong>
      <nav aria-label=${r.menu}>
        ${Object.entries(We()).map(([n,[o]])=>d`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${o}</a>`)}
      </nav>
      <button class="plain" onClick=${De}>${r.logout}</button>
    </header>
    <main>${re.value?d`<${Zn} />`:d`<${t} key=${e} />`}</main>`}rt(d`<${Zo} />`,document.getElementById("app"));
