var ye,M,Lt,Xe,Z,Tt,Bt,ze,jt,Ze,Ve,Ye,Nr,ue={},Rt=[],Er=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ke=Array.isArray;function X(e,t){for(var n in t)e[n]=t[n];return e}function Je(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function we(e,t,n){var o,s,a,i={};for(a in t)a=="key"?o=t[a]:a=="ref"?s=t[a]:i[a]=t[a];if(arguments.length>2&&(i.children=arguments.length>3?ye.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(a in e.defaultProps)i[a]===void 0&&(i[a]=e.defaultProps[a]);return ge(e,i,o,s,null)}function ge(e,t,n,o,s){var a={type:e,props:t,key:n,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++Lt,__i:-1,__u:0};return s==null&&M.vnode!=null&&M.vnode(a),a}function xe(e){return e.children}function K(e,t){this.props=e,this.context=t}function re(e,t){if(t==null)return e.__?re(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?re(e):null}function Ht(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return Ht(e)}}function It(e){(!e.__d&&(e.__d=!0)&&Z.push(e)&&!ve.__r++||Tt!==M.debounceRendering)&&((Tt=M.debounceRendering)||Bt)(ve)}function ve(){var e,t,n,o,s,a,i,u;for(Z.sort(ze);e=Z.shift();)e.__d&&(t=Z.length,o=void 0,a=(s=(n=e).__v).__e,i=[],u=[],n.__P&&((o=X({},s)).__v=s.__v+1,M.vnode&&M.vnode(o),Qe(n.__P,o,s,n.__n,n.__P.namespaceURI,32&s.__u?[a]:null,i,a??re(s),!!(32&s.__u),u),o.__v=s.__v,o.__.__k[o.__i]=o,qt(i,o,u),o.__e!=a&&Ht(o)),Z.length>t&&Z.sort(ze));ve.__r=0}function Gt(e,t,n,o,s,a,i,u,d,l,f){var m,_,h,$,b,v,g=o&&o.__k||Rt,w=t.length;for(d=Pr(n,t,g,d,w),m=0;m<w;m++)(h=n.__k[m])!=null&&(_=h.__i===-1?ue:g[h.__i]||ue,h.__i=m,v=Qe(e,h,_,s,a,i,u,d,l,f),$=h.__e,h.ref&&_.ref!=h.ref&&(_.ref&&et(_.ref,null,h),f.push(h.ref,h.__c||$,h)),b==null&&$!=null&&(b=$),4&h.__u||_.__k===h.__k?d=Wt(h,d,e):typeof h.type=="function"&&v!==void 0?d=v:$&&(d=$.nextSibling),h.__u&=-7);return n.__e=b,d}function Pr(e,t,n,o,s){var a,i,u,d,l,f=n.length,m=f,_=0;for(e.__k=new Array(s),a=0;a<s;a++)(i=t[a])!=null&&typeof i!="boolean"&&typeof i!="function"?(d=a+_,(i=e.__k[a]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?ge(null,i,null,null,null):Ke(i)?ge(xe,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?ge(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,u=null,(l=i.__i=Mr(i,n,d,m))!==-1&&(m--,(u=n[l])&&(u.__u|=2)),u==null||u.__v===null?(l==-1&&_--,typeof i.type!="function"&&(i.__u|=4)):l!=d&&(l==d-1?_--:l==d+1?_++:(l>d?_--:_++,i.__u|=4))):e.__k[a]=null;if(m)for(a=0;a<f;a++)(u=n[a])!=null&&!(2&u.__u)&&(u.__e==o&&(o=re(u)),zt(u,u));return o}function Wt(e,t,n){var o,s;if(typeof e.type=="function"){for(o=e.__k,s=0;o&&s<o.length;s++)o[s]&&(o[s].__=e,t=Wt(o[s],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=re(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Mr(e,t,n,o){var s,a,i=e.key,u=e.type,d=t[n];if(d===null||d&&i==d.key&&u===d.type&&!(2&d.__u))return n;if(o>(d!=null&&!(2&d.__u)?1:0))for(s=n-1,a=n+1;s>=0||a<t.length;){if(s>=0){if((d=t[s])&&!(2&d.__u)&&i==d.key&&u===d.type)return s;s--}if(a<t.length){if((d=t[a])&&!(2&d.__u)&&i==d.key&&u===d.type)return a;a++}}return-1}function Ut(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||Er.test(t)?n:n+"px"}function be(e,t,n,o,s){var a;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(t in o)n&&t in n||Ut(e.style,t,"");if(n)for(t in n)o&&n[t]===o[t]||Ut(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")a=t!=(t=t.replace(jt,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+a]=n,n?o?n.u=o.u:(n.u=Ze,e.addEventListener(t,a?Ye:Ve,a)):e.removeEventListener(t,a?Ye:Ve,a);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function Ft(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=Ze++;else if(t.t<n.u)return;return n(M.event?M.event(t):t)}}}function Qe(e,t,n,o,s,a,i,u,d,l){var f,m,_,h,$,b,v,g,w,T,O,E,D,W,j,de,qe,z=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(d=!!(32&n.__u),a=[u=t.__e=n.__e]),(f=M.__b)&&f(t);e:if(typeof z=="function")try{if(g=t.props,w="prototype"in z&&z.prototype.render,T=(f=z.contextType)&&o[f.__c],O=f?T?T.props.value:f.__:o,n.__c?v=(m=t.__c=n.__c).__=m.__E:(w?t.__c=m=new z(g,O):(t.__c=m=new K(g,O),m.constructor=z,m.render=Dr),T&&T.sub(m),m.props=g,m.state||(m.state={}),m.context=O,m.__n=o,_=m.__d=!0,m.__h=[],m._sb=[]),w&&m.__s==null&&(m.__s=m.state),w&&z.getDerivedStateFromProps!=null&&(m.__s==m.state&&(m.__s=X({},m.__s)),X(m.__s,z.getDerivedStateFromProps(g,m.__s))),h=m.props,$=m.state,m.__v=t,_)w&&z.getDerivedStateFromProps==null&&m.componentWillMount!=null&&m.componentWillMount(),w&&m.componentDidMount!=null&&m.__h.push(m.componentDidMount);else{if(w&&z.getDerivedStateFromProps==null&&g!==h&&m.componentWillReceiveProps!=null&&m.componentWillReceiveProps(g,O),!m.__e&&(m.shouldComponentUpdate!=null&&m.shouldComponentUpdate(g,m.__s,O)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(m.props=g,m.state=m.__s,m.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(ce){ce&&(ce.__=t)}),E=0;E<m._sb.length;E++)m.__h.push(m._sb[E]);m._sb=[],m.__h.length&&i.push(m);break e}m.componentWillUpdate!=null&&m.componentWillUpdate(g,m.__s,O),w&&m.componentDidUpdate!=null&&m.__h.push(function(){m.componentDidUpdate(h,$,b)})}if(m.context=O,m.props=g,m.__P=e,m.__e=!1,D=M.__r,W=0,w){for(m.state=m.__s,m.__d=!1,D&&D(t),f=m.render(m.props,m.state,m.context),j=0;j<m._sb.length;j++)m.__h.push(m._sb[j]);m._sb=[]}else do m.__d=!1,D&&D(t),f=m.render(m.props,m.state,m.context),m.state=m.__s;while(m.__d&&++W<25);m.state=m.__s,m.getChildContext!=null&&(o=X(X({},o),m.getChildContext())),w&&!_&&m.getSnapshotBeforeUpdate!=null&&(b=m.getSnapshotBeforeUpdate(h,$)),u=Gt(e,Ke(de=f!=null&&f.type===xe&&f.key==null?f.props.children:f)?de:[de],t,n,o,s,a,i,u,d,l),m.base=t.__e,t.__u&=-161,m.__h.length&&i.push(m),v&&(m.__E=m.__=null)}catch(ce){if(t.__v=null,d||a!=null)if(ce.then){for(t.__u|=d?160:128;u&&u.nodeType==8&&u.nextSibling;)u=u.nextSibling;a[a.indexOf(u)]=null,t.__e=u}else for(qe=a.length;qe--;)Je(a[qe]);else t.__e=n.__e,t.__k=n.__k;M.__e(ce,t,n)}else a==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):u=t.__e=Or(n.__e,t,n,o,s,a,i,d,l);return(f=M.diffed)&&f(t),128&t.__u?void 0:u}function qt(e,t,n){for(var o=0;o<n.length;o++)et(n[o],n[++o],n[++o]);M.__c&&M.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(a){a.call(s)})}catch(a){M.__e(a,s.__v)}})}function Or(e,t,n,o,s,a,i,u,d){var l,f,m,_,h,$,b,v=n.props,g=t.props,w=t.type;if(w=="svg"?s="http://www.w3.org/2000/svg":w=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),a!=null){for(l=0;l<a.length;l++)if((h=a[l])&&"setAttribute"in h==!!w&&(w?h.localName==w:h.nodeType==3)){e=h,a[l]=null;break}}if(e==null){if(w==null)return document.createTextNode(g);e=document.createElementNS(s,w,g.is&&g),u&&(M.__m&&M.__m(t,a),u=!1),a=null}if(w===null)v===g||u&&e.data===g||(e.data=g);else{if(a=a&&ye.call(e.childNodes),v=n.props||ue,!u&&a!=null)for(v={},l=0;l<e.attributes.length;l++)v[(h=e.attributes[l]).name]=h.value;for(l in v)if(h=v[l],l!="children"){if(l=="dangerouslySetInnerHTML")m=h;else if(!(l in g)){if(l=="value"&&"defaultValue"in g||l=="checked"&&"defaultChecked"in g)continue;be(e,l,null,h,s)}}for(l in g)h=g[l],l=="children"?_=h:l=="dangerouslySetInnerHTML"?f=h:l=="value"?$=h:l=="checked"?b=h:u&&typeof h!="function"||v[l]===h||be(e,l,h,v[l],s);if(f)u||m&&(f.__html===m.__html||f.__html===e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(m&&(e.innerHTML=""),Gt(e,Ke(_)?_:[_],t,n,o,w=="foreignObject"?"http://www.w3.org/1999/xhtml":s,a,i,a?a[0]:n.__k&&re(n,0),u,d),a!=null)for(l=a.length;l--;)Je(a[l]);u||(l="value",w=="progress"&&$==null?e.removeAttribute("value"):$!==void 0&&($!==e[l]||w=="progress"&&!$||w=="option"&&$!==v[l])&&be(e,l,$,v[l],s),l="checked",b!==void 0&&b!==e[l]&&be(e,l,b,v[l],s))}return e}function et(e,t,n){try{if(typeof e=="function"){var o=typeof e.__u=="function";o&&e.__u(),o&&t==null||(e.__u=e(t))}else e.current=t}catch(s){M.__e(s,n)}}function zt(e,t,n){var o,s;if(M.unmount&&M.unmount(e),(o=e.ref)&&(o.current&&o.current!==e.__e||et(o,null,t)),(o=e.__c)!=null){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(a){M.__e(a,t)}o.base=o.__P=null}if(o=e.__k)for(s=0;s<o.length;s++)o[s]&&zt(o[s],t,n||typeof e.type!="function");n||Je(e.__e),e.__c=e.__=e.__e=void 0}function Dr(e,t,n){return this.constructor(e,n)}function tt(e,t,n){var o,s,a,i;t==document&&(t=document.documentElement),M.__&&M.__(e,t),s=(o=typeof n=="function")?null:n&&n.__k||t.__k,a=[],i=[],Qe(t,e=(!o&&n||t).__k=we(xe,null,[e]),s||ue,ue,t.namespaceURI,!o&&n?[n]:s?null:t.firstChild?ye.call(t.childNodes):null,a,!o&&n?n:s?s.__e:t.firstChild,o,i),qt(a,e,i)}ye=Rt.slice,M={__e:function(e,t,n,o){for(var s,a,i;t=t.__;)if((s=t.__c)&&!s.__)try{if((a=s.constructor)&&a.getDerivedStateFromError!=null&&(s.setState(a.getDerivedStateFromError(e)),i=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,o||{}),i=s.__d),i)return s.__E=s}catch(u){e=u}throw e}},Lt=0,Xe=function(e){return e!=null&&e.constructor==null},K.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=X({},this.state),typeof e=="function"&&(e=e(X({},n),this.props)),e&&X(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),It(this))},K.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),It(this))},K.prototype.render=xe,Z=[],Bt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,ze=function(e,t){return e.__v.__b-t.__v.__b},ve.__r=0,jt=/(PointerCapture)$|Capture$/i,Ze=0,Ve=Ft(!1),Ye=Ft(!0),Nr=0;var Yt=function(e,t,n,o){var s;t[0]=0;for(var a=1;a<t.length;a++){var i=t[a++],u=t[a]?(t[0]|=i?1:2,n[t[a++]]):t[++a];i===3?o[0]=u:i===4?o[1]=Object.assign(o[1]||{},u):i===5?(o[1]=o[1]||{})[t[++a]]=u:i===6?o[1][t[++a]]+=u+"":i?(s=e.apply(u,Yt(e,u,n,["",null])),o.push(s),u[0]?t[0]|=2:(t[a-2]=0,t[a]=s)):o.push(u)}return o},Vt=new Map;function Xt(e){var t=Vt.get(this);return t||(t=new Map,Vt.set(this,t)),(t=Yt(this,t.get(e)||(t.set(e,t=function(n){for(var o,s,a=1,i="",u="",d=[0],l=function(_){a===1&&(_||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,_,i):a===3&&(_||i)?(d.push(3,_,i),a=2):a===2&&i==="..."&&_?d.push(4,_,0):a===2&&i&&!_?d.push(5,0,!0,i):a>=5&&((i||!_&&a===5)&&(d.push(a,0,i,s),a=6),_&&(d.push(a,_,0,s),a=6)),i=""},f=0;f<n.length;f++){f&&(a===1&&l(),l(f));for(var m=0;m<n[f].length;m++)o=n[f][m],a===1?o==="<"?(l(),d=[d],a=3):i+=o:a===4?i==="--"&&o===">"?(a=1,i=""):i=o+i[0]:u?o===u?u="":i+=o:o==='"'||o==="'"?u=o:o===">"?(l(),a=1):a&&(o==="="?(a=5,s=i,i=""):o==="/"&&(a<5||n[f][m+1]===">")?(l(),a===3&&(d=d[0]),a=d,(d=d[0]).push(2,0,a),a=0):o===" "||o==="	"||o===`
`||o==="\r"?(l(),a=2):i+=o),a===3&&i==="!--"&&(a=4,d=d[0])}return l(),d}(e)),t),arguments,[])).length>1?t:t[0]}var c=Xt.bind(we);var me,I,nt,Zt,Ce=0,on=[],F=M,Kt=F.__b,Jt=F.__r,Qt=F.diffed,en=F.__c,tn=F.unmount,nn=F.__;function ot(e,t){F.__h&&F.__h(I,e,Ce||t),Ce=0;var n=I.__H||(I.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function p(e){return Ce=1,Ar(an,e)}function Ar(e,t,n){var o=ot(me++,2);if(o.t=e,!o.__c&&(o.__=[n?n(t):an(void 0,t),function(u){var d=o.__N?o.__N[0]:o.__[0],l=o.t(d,u);d!==l&&(o.__N=[l,o.__[1]],o.__c.setState({}))}],o.__c=I,!I.u)){var s=function(u,d,l){if(!o.__c.__H)return!0;var f=o.__c.__H.__.filter(function(_){return!!_.__c});if(f.every(function(_){return!_.__N}))return!a||a.call(this,u,d,l);var m=o.__c.props!==u;return f.forEach(function(_){if(_.__N){var h=_.__[0];_.__=_.__N,_.__N=void 0,h!==_.__[0]&&(m=!0)}}),a&&a.call(this,u,d,l)||m};I.u=!0;var a=I.shouldComponentUpdate,i=I.componentWillUpdate;I.componentWillUpdate=function(u,d,l){if(this.__e){var f=a;a=void 0,s(u,d,l),a=f}i&&i.call(this,u,d,l)},I.shouldComponentUpdate=s}return o.__N||o.__}function C(e,t){var n=ot(me++,3);!F.__s&&sn(n.__H,t)&&(n.__=e,n.i=t,I.__H.__h.push(n))}function st(e){return Ce=5,Se(function(){return{current:e}},[])}function Se(e,t){var n=ot(me++,7);return sn(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function Tr(){for(var e;e=on.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(ke),e.__H.__h.forEach(rt),e.__H.__h=[]}catch(t){e.__H.__h=[],F.__e(t,e.__v)}}F.__b=function(e){I=null,Kt&&Kt(e)},F.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),nn&&nn(e,t)},F.__r=function(e){Jt&&Jt(e),me=0;var t=(I=e.__c).__H;t&&(nt===I?(t.__h=[],I.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(ke),t.__h.forEach(rt),t.__h=[],me=0)),nt=I},F.diffed=function(e){Qt&&Qt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(on.push(t)!==1&&Zt===F.requestAnimationFrame||((Zt=F.requestAnimationFrame)||Ir)(Tr)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),nt=I=null},F.__c=function(e,t){t.some(function(n){try{n.__h.forEach(ke),n.__h=n.__h.filter(function(o){return!o.__||rt(o)})}catch(o){t.some(function(s){s.__h&&(s.__h=[])}),t=[],F.__e(o,n.__v)}}),en&&en(e,t)},F.unmount=function(e){tn&&tn(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(o){try{ke(o)}catch(s){t=s}}),n.__H=void 0,t&&F.__e(t,n.__v))};var rn=typeof requestAnimationFrame=="function";function Ir(e){var t,n=function(){clearTimeout(o),rn&&cancelAnimationFrame(t),setTimeout(e)},o=setTimeout(n,100);rn&&(t=requestAnimationFrame(n))}function ke(e){var t=I,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),I=t}function rt(e){var t=I;e.__c=e.__(),I=t}function sn(e,t){return!e||e.length!==t.length||t.some(function(n,o){return n!==e[o]})}function an(e,t){return typeof t=="function"?t(e):t}var Ur=Symbol.for("preact-signals");function at(){if(J>1)J--;else{var e,t=!1;for(function(){var s=Ee;for(Ee=void 0;s!==void 0;){var a=s.S;if(a.v===s.v)for(var i=a.t;i!==void 0;i=i.x)i.i===s.i&&(i.i=a.i);s=s.o}}();pe!==void 0;){var n=pe;for(pe=void 0,Ne++;n!==void 0;){var o=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&cn(n))try{n.c()}catch(s){t||(e=s,t=!0)}n=o}}if(Ne=0,J--,t)throw e}}var fe,A=void 0;function $e(e){var t=A,n=fe;A=void 0,fe=void 0;try{return e()}finally{A=t,fe=n}}var pe=void 0,J=0,Ne=0;var ln=0,Ee=void 0,Pe=0;function dn(e){if(A!==void 0){var t=e.n;if(t===void 0||t.t!==A)return t={i:0,S:e,p:A.s,n:void 0,t:A,e:void 0,x:void 0,r:t},A.s!==void 0&&(A.s.n=t),A.s=t,e.n=t,32&A.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=A.s,t.n=void 0,A.s.n=t,A.s=t),t}}function L(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}L.prototype.brand=Ur;L.prototype.h=function(){return!0};L.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:$e(function(){var o;(o=t.W)==null||o.call(t)}))};L.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,o=e.x;n!==void 0&&(n.x=o,e.e=void 0),o!==void 0&&(o.e=n,e.x=void 0),e===this.t&&(this.t=o,o===void 0&&$e(function(){var s;(s=t.Z)==null||s.call(t)}))}};L.prototype.subscribe=function(e){var t=this;return ee(function(){var n=t.value;$e(function(){return e(n)})},{name:"sub"})};L.prototype.valueOf=function(){return this.value};L.prototype.toString=function(){return this.value+""};L.prototype.toJSON=function(){return this.value};L.prototype.peek=function(){var e=this;return $e(function(){return e.value})};Object.defineProperty(L.prototype,"value",{get:function(){var e=dn(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Ne>100)throw new Error("Cycle detected");(function(n){J!==0&&Ne===0&&n.l!==ln&&(n.l=ln,Ee={S:n,v:n.v,i:n.i,o:Ee})})(this),this.v=e,this.i++,Pe++,J++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{at()}}}});function V(e,t){return new L(e,t)}function cn(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function un(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function mn(e){for(var t=e.s,n=void 0;t!==void 0;){var o=t.p;t.i===-1?(t.S.U(t),o!==void 0&&(o.n=t.n),t.n!==void 0&&(t.n.p=o)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=o}e.s=n}function Q(e,t){L.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Pe-1,this.f=4}Q.prototype=new L;Q.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Pe))return!0;if(this.g=Pe,this.f|=1,this.i>0&&!cn(this))return this.f&=-2,!0;var e=A;try{un(this),A=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return A=e,mn(this),this.f&=-2,!0};Q.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}L.prototype.S.call(this,e)};Q.prototype.U=function(e){if(this.t!==void 0&&(L.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};Q.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(Q.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=dn(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function it(e,t){return new Q(e,t)}function fn(e){var t=e.j;if(e.j=void 0,typeof t=="function"){J++;var n=A;A=void 0;try{t()}catch(o){throw e.f&=-2,e.f|=8,lt(e),o}finally{A=n,at()}}}function lt(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,fn(e)}function Fr(e){if(A!==this)throw new Error("Out-of-order effect");mn(this),A=e,this.f&=-2;try{8&this.f&&lt(this)}finally{at()}}function oe(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,fe&&fe.push(this)}oe.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};oe.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,fn(this),un(this),J++;var e=A;return A=this,Fr.bind(this,e)};oe.prototype.N=function(){2&this.f||(this.f|=2,this.u=pe,pe=this)};oe.prototype.d=function(){this.f|=8,1&this.f||lt(this)};oe.prototype.dispose=function(){this.d()};function ee(e,t){var n=new oe(e,t);try{n.c()}catch(s){throw n.d(),s}var o=n.d.bind(n);return o[Symbol.dispose]=o,o}var ct,dt;function se(e,t){M[e]=t.bind(null,M[e]||function(){})}function Me(e){dt&&dt(),dt=e&&e.S()}function pn(e){var t=this,n=e.data,o=Br(n);o.value=n;var s=Se(function(){for(var a=t.__v;a=a.__;)if(a.__c){a.__c.__$f|=4;break}return t.__$u.c=function(){var i,u=t.__$u.S(),d=s.value;u(),Xe(d)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=d},it(function(){var i=o.value.value;return i===0?0:i===!0?"":i||""})},[]);return s.value}pn.displayName="_st";Object.defineProperties(L.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:pn},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});se("__b",function(e,t){if(typeof t.type=="string"){var n,o=t.props;for(var s in o)if(s!=="children"){var a=o[s];a instanceof L&&(n||(t.__np=n={}),n[s]=a,o[s]=a.peek())}}e(t)});se("__r",function(e,t){Me();var n,o=t.__c;o&&(o.__$f&=-2,(n=o.__$u)===void 0&&(o.__$u=n=function(s){var a;return ee(function(){a=this}),a.c=function(){o.__$f|=1,o.setState({})},a}())),ct=o,Me(n),e(t)});se("__e",function(e,t,n,o){Me(),ct=void 0,e(t,n,o)});se("diffed",function(e,t){Me(),ct=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var o=t.__np,s=t.props;if(o){var a=n.U;if(a)for(var i in a){var u=a[i];u!==void 0&&!(i in o)&&(u.d(),a[i]=void 0)}else n.U=a={};for(var d in o){var l=a[d],f=o[d];l===void 0?(l=Lr(n,d,f,s),a[d]=l):l.o(f,s)}}}e(t)});function Lr(e,t,n,o){var s=t in e&&e.ownerSVGElement===void 0,a=V(n);return{o:function(i,u){a.value=i,o=u},d:ee(function(){var i=a.value.value;o[t]!==i&&(o[t]=i,s?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}se("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var o=n.U;if(o){n.U=void 0;for(var s in o){var a=o[s];a&&a.d()}}}}else{var i=t.__c;if(i){var u=i.__$u;u&&(i.__$u=void 0,u.d())}}e(t)});se("__h",function(e,t,n,o){(o<3||o===9)&&(t.__$f|=2),e(t,n,o)});K.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var o in t)return!0;for(var s in e)if(s!=="__source"&&e[s]!==this.props[s])return!0;for(var a in this.props)if(!(a in e))return!0;return!1};function Br(e){return Se(function(){return V(e)},[])}var jr=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],Rr=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function $n(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,o=new Uint32Array(n*16);t.forEach((d,l)=>o[l>>2]|=d<<l%4*8),o[t.length>>2]|=128<<t.length%4*8,o[n*16-2]=t.length*8>>>0,o[n*16-1]=Math.floor(t.length/536870912);let[s,a,i,u]=[1732584193,4023233417,2562383102,271733878];for(let d=0;d<o.length;d+=16){let[l,f,m,_]=[s,a,i,u];for(let h=0;h<64;h++){let $=h>>4,b,v;$===0?[b,v]=[f&m|~f&_,h]:$===1?[b,v]=[_&f|~_&m,(5*h+1)%16]:$===2?[b,v]=[f^m^_,(3*h+5)%16]:[b,v]=[m^(f|~_),7*h%16];let g=jr[$*4+h%4],w=l+b+Rr[h]+o[d+v]>>>0;[l,_,m]=[_,m,f],f=f+(w<<g|w>>>32-g)>>>0}[s,a,i,u]=[s+l>>>0,a+f>>>0,i+m>>>0,u+_>>>0]}return[s,a,i,u].map(d=>[0,8,16,24].map(l=>(d>>>l&255).toString(16).padStart(2,"0")).join("")).join("")}var ut="edgepbx.session",S=V(Hr());function Hr(){try{return JSON.parse(sessionStorage.getItem(ut))||null}catch{return null}}var Gr=30*60*1e3,hn=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>hn=Date.now(),{passive:!0});setInterval(()=>S.value&&Date.now()-hn>Gr&&Oe(),60*1e3);var B=class extends Error{constructor(t,n){let o={},s=n&&n.data;if(t===400&&s&&typeof s=="object")for(let[a,i]of Object.entries(s)){let u=i&&typeof i=="object"?Object.values(i)[0]:null;o[a]=u&&u.message||String(i)}super(n&&(n.message||s&&s.message)||`HTTP ${t}`),this.status=t,this.fields=o,this.body=n}};async function R(e,t,n,o=S.value&&S.value.token){let s=S.value,a={Accept:"application/json"};o&&(a["X-Auth-Token"]=o),n!==void 0&&(a["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:a,body:n===void 0?void 0:JSON.stringify({data:n})}),u=await i.json().catch(()=>null);if(i.status===401&&s&&t!=="user_auth"&&Oe(),!i.ok)throw new B(i.status,u);return u}async function _n(e){let t=await fetch("/v2/"+Y(e),{headers:{"X-Auth-Token":S.value.token,Accept:"audio/*"}});if(!t.ok)throw new B(t.status,await t.json().catch(()=>null));return t.blob()}var Y=e=>`accounts/${S.value.account}/${e}`,y=async e=>(await R("GET",Y(e))).data,N=async(e,t)=>(await R("PUT",Y(e),t)).data,U=async(e,t)=>(await R("POST",Y(e),t)).data,H=async(e,t)=>(await R("PATCH",Y(e),t)).data,P=async e=>(await R("DELETE",Y(e))).data,bn=(e,t,n)=>R("PUT","user_auth",{credentials:$n(`${t.toLowerCase()}:${n}`),account_name:e});async function gn(e,t,n){let o=await bn(e,t,n),s={token:o.auth_token,account:o.data.account_id,owner:o.data.owner_id,accountName:e},a=(await R("GET",`accounts/${s.account}/users/${s.owner}`,void 0,s.token)).data;s.admin=a.priv_level==="admin",sessionStorage.setItem(ut,JSON.stringify(s)),S.value=s}function Oe(){sessionStorage.removeItem(ut),S.value=null}async function vn(e,t){try{return await bn(S.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var r={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension and their phones?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",clockUnset:"The box does not know the date and time yet: office hours are not applied (calls take the default route) until a time server answers.",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",providerAddress:"Address shown to providers",providerAddressOwn:"the box's own",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"},featureCodes:"Feature codes",fcHint:"Codes dialled from any phone of the office. A code with \u2026 takes a number dialled after it. Turning a code off frees it.",fcWhat:"What it does",fcCode:"Code",fcOn:"On",fcNotRun:"This box does not run this code yet.",fcDigits:"1 to 6 digits",fcTaken:e=>`${e} is already another code`,fcNames:{"call_forward[action=activate]":"Turn call forwarding on (to the number dialled after the code, else asked for)","call_forward[action=deactivate]":"Turn call forwarding off","call_forward[action=toggle]":"Turn call forwarding on or off","call_forward[action=update]":"Change the call forwarding number","hotdesk[action=login]":"Hot desking: sign in at this phone","hotdesk[action=logout]":"Hot desking: sign out of this phone","hotdesk[action=toggle]":"Hot desking: sign in or out","voicemail[action=check]":"Check voicemail (box number after the code, else asked for)","voicemail[single_mailbox_login]":"Check voicemail, asking for the box number",'voicemail[action="direct"]':"Leave a message straight in a box (box number after the code)",intercom:"Intercom: the extension after the code answers on its speaker","privacy[mode=full]":"Hide your caller ID for the number after the code",park_and_retrieve:"Park a call in the slot after the code, or pick it up",valet:"Park a call in the next free slot",retrieve:"Pick up the call parked in the slot after the code",directed_ext_pickup:"Answer the extension after the code while it rings","do_not_disturb[action=activate]":"Turn do not disturb on","do_not_disturb[action=deactivate]":"Turn do not disturb off","do_not_disturb[action=toggle]":"Turn do not disturb on or off",move:"Move the call to another of your phones"},followMe:"Find me follow me",followMeHint:"A call to your extension rings the phones picked here, each from its start for its ring time.",followMeOn:"Ring my phones by this timeline",pickPhone:"Pick at least one phone",boxSettings:(e,t)=>`PIN and greeting of ${e} (${t})`,newPin:"New PIN (4 to 6 digits)",newPinAgain:"New PIN again",pinMismatch:"The two PINs differ",changePin:"Change PIN",pinChanged:"PIN changed.",uploadGreeting:"Upload greeting",greetingSaved:"Greeting saved.",storage:"Storage (data partition)",storageUse:(e,t)=>`${e.toFixed(1)} GB used of ${t.toFixed(1)} GB`,lastBackup:"Last backup",backupAt:e=>`${e} UTC`,neverBackedUp:"never",certificate:"Certificate expires",certExpires:(e,t)=>`${e} (in ${t} days)`,unknown:"unknown",diskFull:e=>`The data partition is nearly full: ${e} GB free`,certSoon:e=>`The box's certificate expires in ${e} days`,certExpired:"The box's certificate has expired",csvImport:"Import users from a CSV file",csvHint:"A header line, then one user a line. Columns: first_name, last_name, username, extension, password (all needed), email, phone (yes: a desk phone). Nothing is made while a line is wrong.",csvFile:"CSV file",csvProblems:"Lines to fix",csvEmpty:"The file is empty",csvColumns:e=>`Missing columns: ${e}`,csvUnknown:e=>`Unknown columns: ${e}`,csvNoUsers:"No users in the file",csvExtra:"more fields than columns",csvDuplicate:e=>`the same as on line ${e}`,csvLine:(e,t,n)=>`Line ${e}: ${t?`${t}: `:""}${n}`,csvField:{first_name:"first name",last_name:"last name",username:"user name",email:"email",extension:"extension",password:"password"},csvMade:(e,t)=>`${e} of ${t} users made.`,stepMail:"Mail relay",mailRelay:"Mail relay (SMTP)",mailRelayHint:"The server the box sends its mails through: voicemail to email and missed-call alerts.",relayServer:"Server (host name or address)",relayHost:"A host name or IP address",port:"Port",relayPort:"A port from 1 to 65535",relayTls:"Encryption",tlsModes:{if_available:"STARTTLS when offered",always:"TLS always",never:"None"},relayUser:"Login (empty: none)",relayPasswordKeep:"Password (empty: keep the one set)",relayFrom:"Sender address",testTo:"Send a test mail to",sendTest:"Send a test mail",sending:"Sending\u2026",testSent:e=>`Sent to ${e}: the relay took it.`,stepLine:"Outside line",outsideLines:"Outside lines",noLines:"No outside line yet.",addLine:"Add an outside line",lineServer:"Provider's server",lineNumber:"Number or SIP user name",lineAuth:"Login, if not the number",linePassword:"SIP password",lineRealm:"Domain (realm), if not the server",lineRegister:"Register with the provider",lineStates:{registered:"registered",trying:"registering\u2026",failed:"registration failed",not_registering:"not registering"},editLine:e=>`Edit the outside line ${e}`,confirmDeleteLine:e=>`Delete the outside line ${e}? Calls out no longer use it.`,fxoLines:"Analog lines (FXO)",fxoStates:{idle:"up",busy:"in use",down:"down"},fxoDialTone:{yes:"dial tone",no:"no dial tone",checking:"checking for dial tone\u2026",unknown:"dial tone not checked yet"},fxoUse:"Use as outside line",fxoInUse:e=>`Outside line: ${e}`,fxoLineName:e=>`Analog line ${e}`};function k({id:e,label:t,value:n,onInput:o,error:s,type:a="text",required:i,autocomplete:u,inputmode:d}){let l=`${e}-error`;return c`<div class="field">
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
      onInput=${f=>o(f.target.value)}
    />
    ${s&&c`<p class="error" id=${l} role="alert">${s}</p>`}
  </div>`}function x({message:e}){return e?c`<p class="banner" role="alert">${e}</p>`:null}function q({id:e,label:t,checked:n,onChange:o}){return c`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${s=>o(s.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function yn(){let[e,t]=p({account:"",username:"",password:""}),[n,o]=p(!1),[s,a]=p(""),i=d=>l=>t({...e,[d]:l});async function u(d){d.preventDefault(),o(!0),a("");try{await gn(e.account.trim(),e.username.trim(),e.password)}catch(l){a(l.status===401?r.badLogin:l.message),o(!1)}}return c`<main class="login">
    <form onSubmit=${u} aria-label=${r.login}>
      <h1>${r.app}</h1>
      <${x} message=${s} />
      <${k} id="account" label=${r.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${k} id="username" label=${r.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${k} id="password" label=${r.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?r.signingIn:r.login}</button>
    </form>
  </main>`}var Wr=5e3;async function qr(){let e=await y("resources?paginate=false");return(await Promise.all(e.map(n=>y(`resources/${n.id}/status`).then(o=>[n,o])))).flatMap(([n,o])=>o.gateways.filter(s=>s.state==="failed").map(s=>r.trunkDown(n.name||n.id,s.server)))}var wn=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function zr(){let[e,t,n]=await Promise.all([y("devices?with_status=true&paginate=false"),y("channels"),y("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function Vr(e){var n;let t={};for(let o of e){let s=t[n=o.device_type||"sip_device"]||(t[n]=[0,0]);s[0]+=1,o.registered&&(s[1]+=1)}return Object.entries(t).map(([o,[s,a]])=>[o,s,a]).sort((o,s)=>s[1]-o[1]||o[0].localeCompare(s[0]))}var Yr=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function Xr(){let[e,t,n,o,s,a,i]=await Promise.all([y("users?paginate=false"),y("phone_numbers"),wn(R("GET","system_status").then(d=>d.data),null),wn(y("sip_bans"),[]),qr(),y("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),y("conferences?paginate=false")]),u=Object.values(t.numbers||{});return{users:e.length,numbers:u.length,spare:u.filter(d=>!d.used_by).length,version:n&&n.software_version,provider:n&&{address:n.provider_address},clockUnset:!!(n&&n.clock&&n.clock.set===!1),main:Yr(a.flatMap(d=>d.numbers||[])),conference:i.flatMap(d=>d.conference_numbers||[]),box:n&&Jr(n),alerts:[...o.map(d=>r.banned(d.ip,d.reason)),...s,...n?Qr(n):[]]}}var mt=1024**3,Zr=.9,Kr=30;function Jr({storage:e,last_backup:t,certificate:n}){return{storage:e?r.storageUse((e.total_bytes-e.free_bytes)/mt,e.total_bytes/mt):r.unknown,backup:t?r.backupAt(new Date(t.time_unix*1e3).toISOString().slice(0,16).replace("T"," ")):r.neverBackedUp,cert:n?r.certExpires(new Date(n.expires_unix*1e3).toISOString().slice(0,10),n.days_left):r.unknown}}function Qr({storage:e,certificate:t}){let n=[];return e&&e.total_bytes&&1-e.free_bytes/e.total_bytes>=Zr&&n.push(r.diskFull(Math.round(e.free_bytes/mt*10)/10)),t&&t.days_left<Kr&&n.push(t.days_left<0?r.certExpired:r.certSoon(t.days_left)),n}function ae({id:e,label:t,value:n}){return c`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function xn(){let[e,t]=p(null),[n,o]=p(null),[s,a]=p("");C(()=>{Xr().then(t,f=>a(f.message));let d=()=>zr().then(o,f=>a(f.message));d();let l=setInterval(d,Wr);return()=>clearInterval(l)},[]);let i=n?n.devices.filter(d=>d.registered).length:"\u2026",u=n?n.ports.filter(d=>d.state==="down"||d.alarm).map(d=>r.portDown(d.name,d.alarm)):[];return c`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${r.dashboard}</h2>
    <${x} message=${s} />
    ${e&&e.clockUnset&&c`<p class="banner" role="alert" data-alert="clock">${r.clockUnset}</p>`}
    <div class="tiles">
      <${ae} id="users" label=${r.users} value=${e?e.users:"\u2026"} />
      <${ae} id="devices" label=${r.devices} value=${n?n.devices.length:"\u2026"} />
      <${ae} id="registered" label=${r.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${ae} id="calls" label=${r.callsNow} value=${n?n.calls:"\u2026"} />
      <${ae} id="numbers" label=${r.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&c`<${ae} id="version" label=${r.softwareVersion} value=${e.version} />`}
    </div>
    ${n&&c`<h3>${r.devicesByType}</h3>
      <ul class="by-type">
        ${Vr(n.devices).map(([d,l,f])=>c`<li key=${d} data-type=${d}>${r.deviceTypes[d]||d}: ${r.registeredOf(f,l)}</li>`)}
      </ul>`}
    ${n&&n.ports.length>0&&c`<h3>${r.analogPorts}</h3>
      <ul class="ports">
        ${n.ports.map(d=>c`<li key=${d.name} data-port=${d.name}><span class=${d.state==="down"?"dot":"dot on"}>${d.name} · ${r.portStates[d.state]||d.state}</span></li>`)}
      </ul>`}
    ${e&&c`<dl class="facts">
      <dt>${r.mainNumbers}</dt><dd data-fact="main">${e.main.join(", ")||r.noneSet}</dd>
      <dt>${r.conferenceNumbers}</dt><dd data-fact="conference">${e.conference.join(", ")||r.noneSet}</dd>
      ${e.box&&c`<dt>${r.storage}</dt><dd data-fact="storage">${e.box.storage}</dd>
        <dt>${r.lastBackup}</dt><dd data-fact="backup">${e.box.backup}</dd>
        <dt>${r.certificate}</dt><dd data-fact="certificate">${e.box.cert}</dd>`}
      ${e.provider&&c`<dt>${r.providerAddress}</dt><dd data-fact="provider-address">${e.provider.address||r.providerAddressOwn}</dd>`}
    </dl>`}
    <h3>${r.alerts}</h3>
    ${e&&([...e.alerts,...u].length?c`<ul class="alerts">${[...e.alerts,...u].map(d=>c`<li key=${d}>${d}</li>`)}</ul>`:c`<p class="ok">${r.noAlerts}</p>`)}
  </section>`}var G=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),pt=e=>`${e.first_name} ${e.last_name}`.trim();function ft(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,o=>t[o%t.length]).join("")}function $t(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:pt(t),number:t.extension}},ui_metadata:G()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}function De(e,t,n){return{...e,type:"mainUserCallflow",owner_id:t.id,name:r.callflowOf(pt(t)),numbers:[n],contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:{}},ui_metadata:G()}}function ht(e){return{device_type:"sip_device",name:r.phoneOf(pt(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${ft(10)}`,password:ft(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:G()}}var he=15;function _t(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||G()}}function bt(e,t,n){let o=Math.max(...n.members.map(s=>s.delay+s.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[ft(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:o,repeats:n.repeats,endpoints:n.members.map(s=>({id:s.id,endpoint_type:"user",delay:s.delay,timeout:s.timeout}))},children:{}},ui_metadata:e.ui_metadata||G()}}var eo=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function gt(e,t,n,o){return{...e,name:o.name,type:"userGroup",group_id:t.id,numbers:[o.extension],flow:{module:"callflow",data:{id:n.id},children:{_:eo(o.next_vmbox)}},ui_metadata:e.ui_metadata||G()}}function kn(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((o,s)=>({...o,delay:s*n,timeout:n}))}function to(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:null}function no(e,t){if(!(t instanceof B))throw t;let n={},o=[];for(let[s,a]of Object.entries(t.fields)){let i=to(e,s);i?n[i]=a:o.push(`${s}: ${a}`)}throw t.fields=n,o.length&&(t.message=o.join("; ")),t}async function te(e,t,n){try{return await t()}catch(o){for(let s of n.reverse())await s().catch(()=>{});no(e,o)}}async function Ae(e){let t=[],n=await te("users",()=>N("users",$t({},e)),t);t.push(()=>P(`users/${n.id}`));let o=await te("callflows",()=>N("callflows",De({},n,e.extension)),t);return t.push(()=>P(`callflows/${o.id}`)),e.phone&&await te("devices",()=>N("devices",ht(n)),t),n}async function Cn(e,t,n){let o=await y(`users/${e}`),s=await te("users",()=>U(`users/${e}`,$t(o,t)),[]);if(n){let a=await y(`callflows/${n}`);await te("callflows",()=>U(`callflows/${n}`,De(a,s,t.extension)),[])}else await te("callflows",()=>N("callflows",De({},s,t.extension)),[]);return t.phone&&await te("devices",()=>N("devices",ht(s)),[]),s}async function Sn(e){let[t,n]=await Promise.all([y(`callflows?filter_owner_id=${e}&paginate=false`),y(`devices?filter_owner_id=${e}&paginate=false`)]);for(let o of[...t.map(s=>`callflows/${s.id}`),...n.map(s=>`devices/${s.id}`)])await P(o);await P(`users/${e}`)}var ro=5e3;function vt({ownerId:e}){let[t,n]=p([]),[o,s]=p("");return C(()=>{let a=!0;R("GET",`accounts/${S.value.account}`).then(d=>a&&s(d.data.realm||""));async function i(){let d=await y(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),l=await Promise.all(d.map(f=>y(`devices/${f.id}`)));a&&n(l.map((f,m)=>({...f,registered:d[m].registered})))}i().catch(()=>{});let u=setInterval(()=>i().catch(()=>{}),ro);return()=>{a=!1,clearInterval(u)}},[e]),t.map(a=>c`<div class="card" key=${a.id} aria-label=${r.sipCredentials}>
      <h3>${r.sipCredentials}: ${a.name}</h3>
      <dl>
        <dt>${r.sipUser}</dt><dd class="sip-user">${a.sip&&a.sip.username}</dd>
        <dt>${r.sipPassword}</dt><dd class="sip-password">${a.sip&&a.sip.password}</dd>
        <dt>${r.sipRealm}</dt><dd>${o}</dd>
        <dt>${r.status}</dt><dd class=${a.registered?"dot on":"dot"}>${a.registered?r.registered:r.notRegistered}</dd>
      </dl>
    </div>`)}function yt(e,t){return e.length<12?r.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(o=>o.test(e)).length<3?r.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?r.pwUsername:""}function ie({username:e,onDone:t}){let[n,o]=p({old:"",next:"",again:""}),[s,a]=p({}),[i,u]=p(""),[d,l]=p(!1),[f,m]=p(!1),_=$=>b=>o({...n,[$]:b});async function h($){$.preventDefault(),m(!1);let b={};n.old||(b.old=r.required);let v=yt(n.next,e);if(v?b.next=v:n.next===n.old&&(b.next=r.pwSame),n.again!==n.next&&(b.again=r.pwMismatch),a(b),!Object.keys(b).length){l(!0),u("");try{if(!await vn(e,n.old)){a({old:r.pwOldWrong});return}await H(`users/${S.value.owner}`,{password:n.next,require_password_update:!1}),o({old:"",next:"",again:""}),m(!0),t&&t()}catch(g){a(g.fields||{}),u(g.message)}finally{l(!1)}}}return c`<form onSubmit=${h} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${r.changePassword}</h3>
    <p class="hint">${r.pwRules}</p>
    <${x} message=${i} />
    <${k} id="pw_old" label=${r.pwOld} type="password" value=${n.old} onInput=${_("old")} error=${s.old} autocomplete="current-password" />
    <${k} id="pw_new" label=${r.pwNew} type="password" value=${n.next} onInput=${_("next")} error=${s.next||s.password} autocomplete="new-password" />
    <${k} id="pw_again" label=${r.pwAgain} type="password" value=${n.again} onInput=${_("again")} error=${s.again} autocomplete="new-password" />
    ${f&&c`<p class="ok" role="status">${r.pwChanged}</p>`}
    <button type="submit" disabled=${d}>${d?r.saving:r.changePassword}</button>
  </form>`}function wt(e,t){let n={};for(let s of["first_name","last_name","username","extension"])e[s].trim()||(n[s]=r.required);e.extension&&!/^\d{2,8}$/.test(e.extension)&&(n.extension=r.extDigits);let o=(t||e.password)&&yt(e.password,e.username);return o&&(n.password=o),n}function Te({user:e,onDone:t}){let n=!e.id,[o,s]=p({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n}),[a,i]=p({}),[u,d]=p(""),[l,f]=p(!1),[m,_]=p(null),h=v=>g=>s({...o,[v]:g});async function $(v){v.preventDefault();let g=wt(o,n);if(i(g),d(""),!Object.keys(g).length){f(!0);try{let w=n?await Ae(o):await Cn(e.id,o,e.callflow&&e.callflow.id);n||o.phone?_(w):t()}catch(w){i(w.fields||{}),d(`${r.failed} ${w.message}`)}f(!1)}}if(m)return c`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${m.first_name} ${m.last_name}</h2>
      <${vt} ownerId=${m.id} />
      <button onClick=${()=>t({...m,extension:o.extension})}>${r.users}</button>
    </section>`;let b=e.devices&&e.devices.length>0;return c`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?r.addUser:r.editUser}</h2>
    <form onSubmit=${$} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="first_name" label=${r.firstName} value=${o.first_name} onInput=${h("first_name")} error=${a.first_name} required />
        <${k} id="last_name" label=${r.lastName} value=${o.last_name} onInput=${h("last_name")} error=${a.last_name} required />
        <${k} id="username" label=${r.username} value=${o.username} onInput=${h("username")} error=${a.username} required autocomplete="off" />
        <${k} id="email" label=${r.email} type="email" value=${o.email} onInput=${h("email")} error=${a.email} />
        <${k} id="new_password" label=${r.password} type="password" value=${o.password} onInput=${h("password")} error=${a.password} required=${n} autocomplete="new-password" />
        <${k} id="extension" label=${r.extension} value=${o.extension} onInput=${h("extension")} error=${a.extension} required inputmode="numeric" />
      </div>
      ${!b&&c`<div class="check">
        <input type="checkbox" id="phone" checked=${o.phone} onChange=${v=>s({...o,phone:v.target.checked})} />
        <label for="phone">${r.deskPhone}</label>
      </div>`}
      <div class="bar">
        <button type="submit" disabled=${l}>${l?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${t}>${r.cancel}</button>
      </div>
    </form>
    ${b&&c`<${vt} ownerId=${e.id} />`}
  </section>`}async function oo(){let[e,t,n]=await Promise.all([y("users?paginate=false"),y("callflows?filter_type=mainUserCallflow&paginate=false"),y("devices?with_status=true&paginate=false")]);return e.map(o=>{let s=t.find(a=>a.owner_id===o.id);return{...o,callflow:s,extension:s&&s.numbers?s.numbers[0]:"",devices:n.filter(a=>a.owner_id===o.id)}})}function Nn(){let[e,t]=p(null),[n,o]=p(null),[s,a]=p(""),i=()=>oo().then(t,d=>a(d.message));C(i,[]);async function u(d){if(confirm(r.confirmDelete(`${d.first_name} ${d.last_name}`))){try{await Sn(d.id)}catch(l){a(l.message)}i()}}return n?c`<${Te}
      user=${n}
      onDone=${()=>{o(null),i()}}
    />`:c`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${r.users}</h2>
      <button onClick=${()=>o({})}>${r.addUser}</button>
    </div>
    <${x} message=${s} />
    ${e?e.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.users}>
            <thead><tr><th>${r.name}</th><th>${r.username}</th><th>${r.extension}</th><th>${r.devices}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(d=>c`<tr key=${d.id} data-user=${d.username}>
                  <td data-label=${r.name}>${d.first_name} ${d.last_name}</td>
                  <td data-label=${r.username}>${d.username}</td>
                  <td data-label=${r.extension} class="ext">${d.extension}</td>
                  <td data-label=${r.devices}>
                    ${d.devices.map(l=>c`<span class=${l.registered?"dot on":"dot"}>${l.name} · ${l.registered?r.registered:r.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>o(d)} aria-label=${`${r.edit} ${d.username}`}>${r.edit}</button>
                    ${d.id!==S.value.owner&&c`<button class="danger" onClick=${()=>u(d)} aria-label=${`${r.del} ${d.username}`}>${r.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}function En(){let[e,t]=p(null),[n,o]=p("");return C(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([s,a])=>{let i=u=>a.find(d=>d.id===u);t(s.map(u=>({...u,owner:i(u.owner_id)})))},s=>o(s.message))},[]),c`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${r.devices}</h2>
    <${x} message=${n} />
    ${e?e.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.devices}>
            <thead><tr><th>${r.name}</th><th>${r.type}</th><th>${r.sipUser}</th><th>${r.owner}</th><th>${r.status}</th></tr></thead>
            <tbody>
              ${e.map(s=>c`<tr key=${s.id}>
                  <td data-label=${r.name}>${s.name}</td>
                  <td data-label=${r.type}>${s.device_type}</td>
                  <td data-label=${r.sipUser}>${s.username}</td>
                  <td data-label=${r.owner}>${s.owner?`${s.owner.first_name} ${s.owner.last_name}`:""}</td>
                  <td data-label=${r.status}><span class=${s.registered?"dot on":"dot"}>${s.registered?r.registered:r.notRegistered}</span></td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}var so=86400,ao=62167219200;function io({leg:e}){return c`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function lo({call:e,withLegs:t}){let[n,o]=p(null),[s,a]=p(!1);async function i(){a(!s),n||o(await y(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return c`<tr class="call" data-call=${e.call_id}>
      <td data-label=${r.when}>${t?c`<button class="plain" aria-expanded=${s} onClick=${i}>${e.datetime}</button>`:e.datetime}</td>
      <td data-label=${r.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${r.to}>${e.dialed_number}</td>
      <td data-label=${r.duration}>${e.duration_seconds}s</td>
      <td data-label=${r.result}>${e.hangup_cause}</td>
    </tr>
    ${s&&c`<tr class="legs"><td colspan="5">
      <h3>${r.legs}</h3>
      ${n?c`<ul>${n.map(u=>c`<${io} key=${u.id} leg=${u} />`)}</ul>`:r.loading}
    </td></tr>`}`}function Pn({path:e,title:t,withLegs:n}){let[o,s]=p(null),[a,i]=p("");return C(()=>{let u=Math.floor(Date.now()/1e3)+ao;y(`${e}?created_from=${u-7*so}&created_to=${u+60}&page_size=100`).then(s,d=>i(d.message))},[]),c`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${x} message=${a} />
    ${o?o.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${t}>
            <thead><tr><th>${r.when}</th><th>${r.from}</th><th>${r.to}</th><th>${r.duration}</th><th>${r.result}</th></tr></thead>
            <tbody>${o.map(u=>c`<${lo} key=${u.id} call=${u} withLegs=${n} />`)}</tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}var Mn=()=>c`<${Pn} path="cdrs/interaction" title=${r.callLogs} withLegs=${!0} />`,On=()=>c`<${Pn} path=${`users/${S.value.owner}/cdrs`} title=${r.myCalls} withLegs=${!1} />`;var co=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],uo=["undefinedMainNumber","0"],Ie=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],_e=e=>({module:"callflow",data:{id:e},children:{}});async function An(){let e=await y("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(i=>[i.name,i]));for(let i of co){if(t[i])continue;let u=t[`${i}Menu`]||await mo(`${i}Menu`);t[i]=await N("callflows",{name:i,type:"main",numbers:[i],flow:_e(u.id),ui_metadata:G()})}let n=t.MainCallflow||await N("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:_e(t.MainOpenHours.id)}},ui_metadata:G()}),[o,s]=await Promise.all([y(`callflows/${n.id}`),y("temporal_rules?paginate=false")]),a=await Promise.all(s.filter(i=>i.name==="MainOpenHours"||i.name==="MainLunchHours").map(i=>y(`temporal_rules/${i.id}`)));return{main:o,parts:t,open:a.filter(i=>i.type==="main_weekdays"),lunch:a.filter(i=>i.type==="main_lunchbreak")}}async function mo(e){let t=await N("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:G()});return N("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:G()})}var Tn=e=>(e.numbers||[]).filter(t=>!uo.includes(t));async function In(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=G(),e.main=await U(`callflows/${n.id}`,n)}var Dn=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},xt=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`;async function Un(e,t){let[n,...o]=e.open;for(let f of o)await P(`temporal_rules/${f.id}`);let s=[];if(t){let f={...n||{},name:"MainOpenHours",type:"main_weekdays",cycle:"weekly",interval:1,wdays:t.wdays,time_window_start:Dn(t.start),time_window_stop:Dn(t.stop),ui_metadata:G()};s=[n?await U(`temporal_rules/${n.id}`,f):await N("temporal_rules",f)]}else n&&await P(`temporal_rules/${n.id}`);let{parts:a,main:i}=e,u=new Set([...e.lunch,...e.open,...s].map(f=>f.id)),d=(i.flow&&i.flow.data&&i.flow.data.rules||[]).filter(f=>!u.has(f)),l={};for(let f of d)l[f]=i.flow.children[f];for(let f of e.lunch)l[f.id]=_e(a.MainLunchHours.id);for(let f of s)l[f.id]=_e(a.MainOpenHours.id);l._=_e(s.length?a.MainAfterHours.id:a.MainOpenHours.id),i.flow={module:"temporal_route",data:{rules:[...d,...[...e.lunch,...s].map(f=>f.id)]},children:l},i.ui_metadata=G(),e.main=await U(`callflows/${i.id}`,i),e.open=s}function fo({strategy:e,onSaved:t}){let[n,o]=p(""),[s,a]=p(""),i=Tn(e.main);async function u(l){a("");try{await In(e,l),o(""),t()}catch(f){a(Object.values(f.fields||{})[0]||f.message)}}function d(l){l.preventDefault();let f=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(f))return a(r.badNumber);u([...i,f])}return c`<form onSubmit=${d} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${r.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(l=>c`<li key=${l}>
          <span class="main-number">${l}</span>
          <button type="button" class="plain" aria-label=${`${r.remove} ${l}`} onClick=${()=>u(i.filter(f=>f!==l))}>${r.remove}</button>
        </li>`)}
    </ul>
    <${k} id="main_number" label=${r.number} value=${n} onInput=${o} error=${s} inputmode="tel" />
    <button type="submit">${r.addNumber}</button>
  </form>`}function po({strategy:e,onSaved:t}){let n=e.open[0],[o,s]=p(!!n),[a,i]=p(n?n.wdays||[]:Ie.slice(0,5)),[u,d]=p(n?xt(n.time_window_start||0):"09:00"),[l,f]=p(n?xt(n.time_window_stop||0):"17:00"),[m,_]=p(""),[h,$]=p(!1),b=g=>i(a.includes(g)?a.filter(w=>w!==g):Ie.filter(w=>w===g||a.includes(w)));async function v(g){if(g.preventDefault(),$(!1),o&&!a.length)return _(r.pickDay);if(o&&!(u<l))return _(r.badHours);_("");try{await Un(e,o?{wdays:a,start:u,stop:l}:null),$(!0),t()}catch(w){_(Object.entries(w.fields||{}).map(([T,O])=>`${T}: ${O}`).join("; ")||w.message)}}return c`<form onSubmit=${v} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${r.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!o} onChange=${()=>s(!1)} /><label for="h24">${r.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${o} onChange=${()=>s(!0)} /><label for="hcustom">${r.openCustom}</label></div>
    ${o&&c`<fieldset>
      <legend class="sr">${r.openCustom}</legend>
      <div class="days">
        ${Ie.map(g=>c`<span class="check"><input type="checkbox" id=${"day-"+g} checked=${a.includes(g)} onChange=${()=>b(g)} /><label for=${"day-"+g}>${r.wday[g]}</label></span>`)}
      </div>
      <div class="grid">
        <${k} id="opens" label=${r.opens} type="time" value=${u} onInput=${d} />
        <${k} id="closes" label=${r.closes} type="time" value=${l} onInput=${f} />
      </div>
    </fieldset>`}
    ${m&&c`<p class="error" role="alert">${m}</p>`}
    ${h&&c`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit">${r.save}</button>
  </form>`}function Ue(){let[e,t]=p(null),[n,o]=p(""),[,s]=p(0);C(()=>{An().then(t,i=>o(i.message))},[]);let a=()=>s(i=>i+1);return c`<section aria-labelledby="main-h">
    <h2 id="main-h">${r.mainNumber}</h2>
    <${x} message=${n} />
    ${e?c`<div class="stack">
          <${fo} strategy=${e} onSaved=${a} />
          <${po} strategy=${e} onSaved=${a} />
        </div>`:!n&&c`<p>${r.loading}</p>`}
  </section>`}var kt=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function Fe({onDone:e}){let t=`accounts/${S.value.account}`,[n,o]=p(null),[s,a]=p({}),[i,u]=p(""),[d,l]=p(!1);C(()=>{R("GET",t).then(({data:_})=>o({name:_.name||"",timezone:_.timezone||"UTC"}),_=>u(_.message))},[]);async function f(_){if(_.preventDefault(),l(!1),!n.name.trim())return a({name:r.required});a({}),u("");try{await R("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),S.value={...S.value,accountName:n.name.trim()},l(!0),e&&e()}catch(h){a(h.fields||{}),u(h.message)}}if(!n)return c`<${x} message=${i} />${!i&&c`<p>${r.loading}</p>`}`;let m=kt.includes(n.timezone)?kt:[n.timezone,...kt];return c`<form onSubmit=${f} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${r.office}</h3>
    <${x} message=${i} />
    <${k} id="office_name" label=${r.officeName} value=${n.name} onInput=${_=>o({...n,name:_})} error=${s.name} />
    <div class="field">
      <label for="timezone">${r.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${_=>o({...n,timezone:_.target.value})}>
        ${m.map(_=>c`<option key=${_} value=${_}>${_}</option>`)}
      </select>
      ${s.timezone&&c`<p class="error" role="alert">${s.timezone}</p>`}
    </div>
    ${d&&c`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit">${r.save}</button>
  </form>`}function Fn(e){let t=[],n=[],o="",s=!1,a=1,i=1,u=()=>{n.push(o.trim()),o=""},d=()=>{u(),n.some(l=>l!=="")&&t.push({line:i,fields:n}),n=[],i=a};for(let l=0;l<e.length;l++){let f=e[l];s?f==='"'&&e[l+1]==='"'?(o+='"',l++):f==='"'?s=!1:(f===`
`&&a++,o+=f):f==='"'?s=!0:f===","?u():f===`
`?(a++,d()):f!=="\r"&&(o+=f)}return d(),t}var Ln=["first_name","last_name","username","email","extension","password","phone"],$o=["first_name","last_name","username","extension","password"],ho=/^(yes|y|true|1)$/i;function _o(e){let[t,...n]=Fn(e);if(!t)return{problems:[r.csvEmpty]};let o=t.fields.map(l=>l.toLowerCase().replace(/\s+/g,"_")),s=$o.filter(l=>!o.includes(l));if(s.length)return{problems:[r.csvColumns(s.join(", "))]};let a=o.filter(l=>!Ln.includes(l));if(a.length)return{problems:[r.csvUnknown(a.join(", "))]};let i=[],u={username:new Map,extension:new Map},d=n.map(({line:l,fields:f})=>{let m=Object.fromEntries(Ln.map($=>[$,f[o.indexOf($)]??""])),_={...m,phone:ho.test(m.phone)},h=wt(_,!0);f.length>o.length&&(h.line=r.csvExtra);for(let $ of["username","extension"]){let b=_[$].toLowerCase();b&&u[$].has(b)?h[$]=r.csvDuplicate(u[$].get(b)):u[$].set(b,l)}for(let[$,b]of Object.entries(h))i.push(r.csvLine(l,$==="line"?"":r.csvField[$]||$,b));return{line:l,form:_}});return n.length||i.push(r.csvNoUsers),{forms:d,problems:i}}function Bn({onAdded:e}){let[t,n]=p([]),[o,s]=p(""),[a,i]=p(!1);async function u(d){let l=d.target.files[0];if(s(""),!l)return;let{forms:f,problems:m}=_o(await l.text());if(n(m),m.length)return;i(!0);let _=[],h=0;for(let{line:$,form:b}of f)try{let v=await Ae(b);h++,e({...v,extension:b.extension})}catch(v){let g=Object.entries(v.fields||{}).map(([w,T])=>r.csvLine($,r.csvField[w]||w,T));_.push(...g.length?g:[r.csvLine($,"",v.message)])}n(_),s(r.csvMade(h,f.length)),i(!1),d.target.value=""}return c`<div class="card">
    <h3>${r.csvImport}</h3>
    <p class="hint">${r.csvHint}</p>
    <div class="field">
      <label for="csv_file">${r.csvFile}</label>
      <input id="csv_file" type="file" accept=".csv,text/csv" disabled=${a} onChange=${u} />
    </div>
    ${o&&c`<p class="ok" role="status">${o}</p>`}
    ${t.length>0&&c`<ul class="errors" aria-label=${r.csvProblems}>${t.map(d=>c`<li key=${d} class="error">${d}</li>`)}</ul>`}
  </div>`}var Ct="configs/smtp_client",jn=/^[^@\s]+@[^@\s]+$/;function bo(e){let t={};return/^[A-Za-z0-9.:-]{1,253}$/.test(e.relay)||(t.relay=r.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=r.relayPort),e.from&&!jn.test(e.from)&&(t.from=r.badEmail(e.from)),t}function Le(){let[e,t]=p(null),[n,o]=p(""),[s,a]=p({}),[i,u]=p(""),[d,l]=p("");if(C(()=>{y(Ct).then(h=>t({relay:h.relay||"",port:String(h.port||587),tls:h.tls||"if_available",username:h.username||"",password:"",from:h.from||"",passwordSet:!!h.password_set}),h=>u(h.message))},[]),!e)return c`<${x} message=${i} />${!i&&c`<p>${r.loading}</p>`}`;let f=h=>$=>t({...e,[h]:$});async function m(h){h.preventDefault(),l(""),u("");let $=bo(e);if(a($),Object.keys($).length)return;let b={relay:e.relay.trim(),port:Number(e.port),tls:e.tls,username:e.username.trim(),from:e.from.trim()||void 0};e.password&&(b.password=e.password);try{await H(Ct,b),t({...e,password:"",passwordSet:e.passwordSet||!!e.password}),l(r.saved)}catch(v){a(v.fields||{}),u(v.message)}}async function _(){if(l(""),!jn.test(n.trim()))return a({...s,to:r.badEmail(n)});a({}),l(r.sending);try{await U(`${Ct}/test`,{to:n.trim()}),l(r.testSent(n.trim()))}catch(h){l(""),a(h.fields||{}),Object.keys(h.fields||{}).length||u(h.message)}}return c`<form onSubmit=${m} aria-labelledby="relay-h" novalidate>
    <h3 id="relay-h">${r.mailRelay}</h3>
    <p class="hint">${r.mailRelayHint}</p>
    <${x} message=${i} />
    <div class="grid">
      <${k} id="relay_host" label=${r.relayServer} value=${e.relay} onInput=${f("relay")} error=${s.relay} />
      <${k} id="relay_port" label=${r.port} value=${e.port} onInput=${f("port")} error=${s.port} inputmode="numeric" />
      <div class="field">
        <label for="relay_tls">${r.relayTls}</label>
        <select id="relay_tls" value=${e.tls} onChange=${h=>f("tls")(h.target.value)}>
          ${Object.entries(r.tlsModes).map(([h,$])=>c`<option key=${h} value=${h}>${$}</option>`)}
        </select>
      </div>
      <${k} id="relay_user" label=${r.relayUser} value=${e.username} onInput=${f("username")} error=${s.username} autocomplete="off" />
      <${k} id="relay_password" label=${e.passwordSet?r.relayPasswordKeep:r.password} type="password" value=${e.password} onInput=${f("password")} error=${s.password} autocomplete="new-password" />
      <${k} id="relay_from" label=${r.relayFrom} value=${e.from} onInput=${f("from")} error=${s.from} />
    </div>
    <div class="bar"><button type="submit">${r.save}</button></div>
    <${k} id="relay_test_to" label=${r.testTo} value=${n} onInput=${o} error=${s.to} type="email" />
    <div class="bar"><button type="button" class="plain" onClick=${_}>${r.sendTest}</button></div>
    ${d&&c`<p class="ok" role="status">${d}</p>`}
  </form>`}async function Be(){(await y("callflows?filter_numbers=no_match")).length===0&&await N("callflows",{numbers:["no_match"],flow:{module:"offnet",data:{},children:{}}})}var St="^(\\+?\\d{3,15})$",Rn={name:"",server:"",port:"5060",username:"",auth_username:"",password:"",realm:"",register:!0};function go(e){let t=e.gateways&&e.gateways[0]||{},n=o=>o==null?"":String(o);return{name:n(e.name),server:n(t.server),port:n(t.port||5060),username:n(t.username),auth_username:n(t.auth_username),password:n(t.password),realm:n(t.realm),register:t.register!==!1}}function vo(e){let t={};return e.name.trim()||(t.name=r.required),/^[A-Za-z0-9.-]{1,253}$/.test(e.server.trim())||(t.server=r.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=r.relayPort),e.register&&!e.username.trim()&&(t.username=r.required),e.register&&!e.password&&(t.password=r.required),t}function Hn(e,t){let n={...e.gateways&&e.gateways[0]||{enabled:!0}};n.server=t.server.trim(),n.port=Number(t.port),n.register=t.register;for(let o of["username","auth_username","realm"])t[o].trim()?n[o]=t[o].trim():delete n[o];return t.password?n.password=t.password:delete n.password,{...e,name:t.name.trim(),gateways:[n,...(e.gateways||[]).slice(1)]}}var yo={enabled:!0,weight_cost:50,rules:[St],gateways:[]};function Nt({line:e,onDone:t}){let[n,o]=p(e?go(e):Rn),[s,a]=p({}),[i,u]=p(""),[d,l]=p(!1),f=$=>b=>o({...n,[$]:b}),m=$=>`line_${$}${e?"_edit":""}`;async function _($){$.preventDefault(),u("");let b=vo(n);if(a(b),!Object.keys(b).length){l(!0);try{e?await U(`resources/${e.id}`,Hn(e,n)):await N("resources",Hn(yo,n)),await Be(),e||o(Rn),l(!1),t(!0)}catch(v){a(Object.fromEntries(Object.entries(v.fields||{}).map(([g,w])=>[g.replace(/^gateways\.0\./,""),w]))),u(`${r.failed} ${v.message}`),l(!1)}}}let h=e?r.editLine(e.name):r.addLine;return c`<form onSubmit=${_} novalidate data-form=${e?"edit-line":"add-line"}>
    <h4>${h}</h4>
    <${x} message=${i} />
    <div class="grid">
      <${k} id=${m("name")} label=${r.name} value=${n.name} onInput=${f("name")} error=${s.name} />
      <${k} id=${m("server")} label=${r.lineServer} value=${n.server} onInput=${f("server")} error=${s.server} />
      <${k} id=${m("port")} label=${r.port} value=${n.port} onInput=${f("port")} error=${s.port} inputmode="numeric" />
      <${k} id=${m("username")} label=${r.lineNumber} value=${n.username} onInput=${f("username")} error=${s.username} autocomplete="off" />
      <${k} id=${m("auth")} label=${r.lineAuth} value=${n.auth_username} onInput=${f("auth_username")} error=${s.auth_username} autocomplete="off" />
      <${k} id=${m("password")} label=${r.linePassword} type="password" value=${n.password} onInput=${f("password")} error=${s.password} autocomplete="new-password" />
      <${k} id=${m("realm")} label=${r.lineRealm} value=${n.realm} onInput=${f("realm")} error=${s.realm} />
    </div>
    <${q} id=${m("register")} label=${r.lineRegister} checked=${n.register} onChange=${f("register")} />
    <div class="bar">
      <button type="submit" disabled=${d}>${e?r.save:r.addLine}</button>
      ${e&&c`<button type="button" class="plain" onClick=${()=>t(!1)}>${r.cancel}</button>`}
    </div>
  </form>`}var Gn=e=>e.filter(t=>t.kind==="fxo"&&t.sip_address).map(t=>{let n=t.sip_address.lastIndexOf(":");return{...t,host:t.sip_address.slice(0,n).replace(/^\[|\]$/g,""),port:Number(t.sip_address.slice(n+1))}}),Et=(e,t)=>(e.gateways||[]).some(n=>n.server===t.host&&Number(n.port)===t.port);function wo(e){return e.state==="down"?e.alarm?`${r.fxoStates.down}: ${e.alarm}`:r.fxoStates.down:r.fxoStates[e.state==="idle"?"idle":"busy"]}function xo(e){return e?e.state==="running"?r.fxoDialTone.checking:e.dial_tone?r.fxoDialTone.yes:r.fxoDialTone.no:r.fxoDialTone.unknown}function Wn({ports:e,lines:t,onChanged:n}){let[o,s]=p(""),[a,i]=p(!1);if(e.length===0)return null;async function u(d){s(""),i(!0);try{await N("resources",{name:r.fxoLineName(d.name),enabled:!0,weight_cost:50,rules:[St],gateways:[{server:d.host,port:d.port,register:!1,enabled:!0}]}),await Be(),n()}catch(l){s(`${r.failed} ${l.message}`)}i(!1)}return c`<div aria-labelledby="fxo-h">
    <h4 id="fxo-h">${r.fxoLines}</h4>
    <${x} message=${o} />
    <ul class="lines">
      ${e.map(d=>{let l=t.find(f=>Et(f,d));return c`<li key=${d.name} data-fxo=${d.name}>
          <span class=${d.state==="down"?"dot":"dot on"}>${d.name}${d.number?` (${d.number})`:""} · ${wo(d)} · ${xo(d.line_test)}</span>
          ${l?c`<span class="hint" data-route>${r.fxoInUse(l.name)}</span>`:c`<button type="button" class="plain" disabled=${a} onClick=${()=>u(d)} aria-label=${`${r.fxoUse}: ${d.name}`}>${r.fxoUse}</button>`}
        </li>`})}
    </ul>
  </div>`}var ko=5e3;async function Co(){let[e,t]=await Promise.all([y("resources?paginate=false"),y("analog_ports").then(Gn,()=>[])]);return{lines:await Promise.all(e.map(o=>Promise.all([y(`resources/${o.id}`),y(`resources/${o.id}/status`)]).then(([s,a])=>({...s,gw:a.gateways[0]||{}})))),ports:t}}var So=e=>e.state==="failed"&&e.last_error?`${r.lineStates.failed}: ${e.last_error}`:r.lineStates[e.state]||e.state;function No({line:e,editing:t,onEdit:n,onDone:o,onError:s}){async function a(){if(confirm(r.confirmDeleteLine(e.name)))try{await P(`resources/${e.id}`),o(!0)}catch(i){s(i.message)}}return c`<li data-line=${e.name}>
    <span class=${e.gw.state==="registered"?"dot on":"dot"}>${e.name} · ${So(e.gw)}</span>
    ${t?c`<${Nt} line=${e} onDone=${o} />`:c`<span class="actions">
          <button type="button" class="plain" onClick=${n} aria-label=${`${r.edit}: ${e.name}`}>${r.edit}</button>
          <button type="button" class="plain" onClick=${a} aria-label=${`${r.del}: ${e.name}`}>${r.del}</button>
        </span>`}
  </li>`}function je(){let[e,t]=p(null),[n,o]=p(null),[s,a]=p(""),i=()=>Co().then(t,l=>a(l.message));C(()=>{i();let l=setInterval(i,ko);return()=>clearInterval(l)},[]);let u=l=>{o(null),l&&i()},d=e?e.lines.filter(l=>!e.ports.some(f=>Et(l,f))):[];return c`<div aria-labelledby="lines-h">
    <h3 id="lines-h">${r.outsideLines}</h3>
    <${x} message=${s} />
    ${e?d.length===0?c`<p>${r.noLines}</p>`:c`<ul class="lines">
            ${d.map(l=>c`<${No} key=${l.id} line=${l} editing=${n===l.id} onEdit=${()=>o(l.id)} onDone=${u} onError=${a} />`)}
          </ul>`:c`<p>${r.loading}</p>`}
    <${Nt} line=${null} onDone=${u} />
    ${e&&c`<${Wn} ports=${e.ports} lines=${e.lines} onChanged=${i} />`}
  </div>`}var ne=V(null);async function qn(){let e=await y(`users/${S.value.owner}`);e.require_password_update&&(ne.value={forced:!0,username:e.username})}async function zn(){let e=await y(`users/${S.value.owner}`);ne.value={forced:!1,username:e.username}}function Eo(){let[e,t]=p(!1),[n,o]=p([]);return e?c`<${Te}
      user=${{}}
      onDone=${s=>{t(!1),s&&o([...n,s])}}
    />`:c`<div>
    <h3>${r.firstUsers}</h3>
    <ul class="added">${n.map(s=>c`<li key=${s.username}>${s.first_name} ${s.last_name} · ${s.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${r.addUser}</button>
    <${Bn} onAdded=${s=>o(a=>[...a,s])} />
  </div>`}function Vn(){let{forced:e,username:t}=ne.value,[n,o]=p(!e),s=[[r.stepPassword,()=>c`<${ie} username=${t} onDone=${()=>o(!0)} />`],[r.stepOffice,()=>c`<${Fe} />`],[r.stepUsers,()=>c`<${Eo} />`],[r.stepMainNumber,()=>c`<${Ue} />`],[r.stepLine,()=>c`<${je} />`],[r.stepMail,()=>c`<${Le} />`],[r.stepDone,()=>c`<p>${r.wizardDone}</p>`]],[a,i]=p(0),u=a===s.length-1,[d,l]=s[a],f=a===0&&!n;return c`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${r.wizard}</h2>
    <p class="hint">${r.stepOf(a+1,s.length)}: <strong>${d}</strong></p>
    ${f&&c`<p class="banner" role="alert">${r.pwForced}</p>`}
    <div key=${a}>${l()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${a===0} onClick=${()=>i(a-1)}>${r.back}</button>
      ${u?c`<button type="button" onClick=${()=>ne.value=null}>${r.finish}</button>`:c`<button type="button" disabled=${f} onClick=${()=>i(a+1)}>${r.next}</button>`}
    </div>
  </section>`}async function Po(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":S.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new B(t.status,n);return n.data}function Yn(){let[e,t]=p(null),[n,o]=p(!1),[s,a]=p(""),[i,u]=p("");async function d(l){if(l.preventDefault(),a(""),u(""),!e)return a(r.pickBundle);o(!0);try{let f=await Po(e);u(r.updateInstalled(f&&f.installed))}catch(f){let m=f.body&&f.body.data&&(f.body.data.message||f.body.data.detail);a(`${r.failed} ${f.message}${typeof m=="string"&&m!==f.message?`: ${m}`:""}`)}o(!1)}return c`<form onSubmit=${d} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${r.softwareUpdate}</h3>
    <p class="hint">${r.updateHint}</p>
    <${x} message=${s} />
    <div class="field">
      <label for="bundle">${r.bundle}</label>
      <input id="bundle" type="file" onChange=${l=>t(l.target.files[0]||null)} />
    </div>
    ${i&&c`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?r.uploading:r.install}</button>
  </form>`}function Xn(){let[e,t]=p(null),[n,o]=p(""),s=()=>y("sip_bans").then(t,i=>i.status===403?t(null):o(i.message));C(s,[]);let a=i=>P(`sip_bans/${encodeURIComponent(i)}`).then(s,u=>o(u.message));return e?c`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${r.sipBans}</h3>
    <${x} message=${n} />
    ${e.length===0?c`<p>${r.noBans}</p>`:c`<ul class="numbers">
          ${e.map(i=>c`<li key=${i.ip} data-ban=${i.ip}>
              <span>${r.banned(i.ip,i.reason)} · ${r.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>a(i.ip)} aria-label=${r.liftBan(i.ip)}>${r.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:c`<${x} message=${n} />`}function Zn(){let[e,t]=p(null),[n,o]=p("");return C(()=>{y(`users/${S.value.owner}`).then(t,s=>o(s.message))},[]),c`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${r.settings}</h2>
    <${x} message=${n} />
    <div class="stack">
      ${e&&c`<${ie} username=${e.username} />`}
      <${Fe} />
      <${je} />
      <${Le} />
      <${Xn} />
      <${Yn} />
      <div><button type="button" onClick=${()=>zn().catch(s=>o(s.message))}>${r.runWizard}</button></div>
    </div>
  </section>`}var Re=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),Pt=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function Mo(e,t){let n=await fetch("/v2/"+Y(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":S.value.token,"Content-Type":Pt(t),Accept:"application/json"},body:t});if(!n.ok)throw new B(n.status,await n.json().catch(()=>null))}async function Kn(e,t){let n=await N("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await Mo(n.id,t)}catch(o){throw await P(`media/${n.id}`).catch(()=>{}),o}return n.id}var Mt=e=>P(`media/${e}`).catch(()=>{});var Ot=["skip_greeting","skip_instructions","delete_after_notify","announcement_only"],Oo=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,Jn=e=>e.split(/[\s,;]+/).filter(Boolean);function Do(e){let t={};e.name.trim()||(t.name=r.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=r.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=r.pinDigits);let n=Jn(e.notify).find(o=>!Oo.test(o));return n&&(t.notify_email_addresses=r.badEmail(n)),t}function Qn({box:e,users:t,onDone:n}){let o=!e.id,[s,a]=p({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(Ot.map(v=>[v,!!e[v]]))}),[i,u]=p({}),[d,l]=p(""),[f,m]=p(!1),[_,h]=p(null),$=v=>g=>a({...s,[v]:g});async function b(v){v.preventDefault();let g=Do(s);if(_&&!Re(_)&&(g.greeting=r.greetingType),u(g),l(""),Object.keys(g).length)return;let w={name:s.name.trim(),mailbox:s.mailbox,notify_email_addresses:Jn(s.notify),...Object.fromEntries(Ot.map(O=>[O,s[O]]))};w.owner_id=s.owner_id||(o?void 0:null),w.pin=s.pin||(o?void 0:null),m(!0);let T=null;try{_&&(T=await Kn(w.name,_).catch(O=>{throw Object.assign(O,{fields:{greeting:O.fields&&O.fields.media||O.message}})}),w.media={...e.media||{},unavailable:T}),o?await N("vmboxes",w):await H(`vmboxes/${e.id}`,w),T&&e.media&&e.media.unavailable&&await Mt(e.media.unavailable),n()}catch(O){T&&await Mt(T),u(O.fields||{}),l(`${r.failed} ${O.message}`),m(!1)}}return c`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${o?r.addVmbox:r.editVmbox}</h2>
    <form onSubmit=${b} novalidate>
      <${x} message=${d} />
      <div class="grid">
        <${k} id="vm_name" label=${r.name} value=${s.name} onInput=${$("name")} error=${i.name} required />
        <${k} id="vm_mailbox" label=${r.mailbox} value=${s.mailbox} onInput=${$("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${r.owner}</label>
          <select id="vm_owner" value=${s.owner_id} onChange=${v=>$("owner_id")(v.target.value)}>
            <option value="">${r.noOwner}</option>
            ${t.map(v=>c`<option key=${v.id} value=${v.id}>${v.first_name} ${v.last_name}</option>`)}
          </select>
          ${i.owner_id&&c`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${k} id="vm_pin" label=${r.pin} type="password" value=${s.pin} onInput=${$("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${r.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${v=>h(v.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?r.greetingSet:r.greetingNone}</p>
        ${i.greeting&&c`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${k} id="vm_notify" label=${r.recipients} value=${s.notify} onInput=${$("notify")} error=${i.notify_email_addresses} />
      ${Ot.map(v=>c`<div class="check" key=${v}>
          <input type="checkbox" id=${"vm_"+v} checked=${s[v]} onChange=${g=>$(v)(g.target.checked)} />
          <label for=${"vm_"+v}>${r.vmFlags[v]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${f}>${f?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${n}>${r.cancel}</button>
      </div>
    </form>
  </section>`}var Ao=62167219200,To=e=>new Date((e-Ao)*1e3).toISOString().slice(0,16).replace("T"," ");function He({box:e,onDone:t}){let n=`vmboxes/${e.id}/messages`,[o,s]=p(null),[a,i]=p({}),u=st([]),[d,l]=p(""),f=()=>y(`${n}?paginate=false`).then($=>s($.filter(b=>b.folder!=="deleted")),$=>l($.message));C(()=>(f(),()=>u.current.forEach($=>URL.revokeObjectURL($))),[]);let m=$=>$.then(f,b=>l(b.message));async function _($){if(a[$.media_id])return a[$.media_id];let b=URL.createObjectURL(await _n(`${n}/${$.media_id}/raw`));return u.current.push(b),i(v=>({...v,[$.media_id]:b})),b}async function h($){try{let b=document.createElement("a");b.href=await _($),b.download=`${e.mailbox}-${$.media_id}.wav`,b.click()}catch(b){l(b.message)}}return c`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${r.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${t}>${r.vmboxes}</button>
    </div>
    <${x} message=${d} />
    ${o?o.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.messages}>
            <thead><tr><th>${r.when}</th><th>${r.from}</th><th>${r.duration}</th><th>${r.folder}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${o.map($=>c`<tr key=${$.media_id} data-message=${$.media_id} class="message">
                  <td data-label=${r.when}>${$.timestamp?To($.timestamp):""}</td>
                  <td data-label=${r.from}>${$.caller_id_name||""} ${$.caller_id_number||""}</td>
                  <td data-label=${r.duration}>${$.length?`${Math.round($.length/1e3)} s`:""}</td>
                  <td data-label=${r.folder} class="folder">${r.folders[$.folder]||$.folder}</td>
                  <td class="actions">
                    ${a[$.media_id]?c`<audio controls autoplay src=${a[$.media_id]}></audio>`:c`<button onClick=${()=>_($).catch(b=>l(b.message))}>${r.play}</button>`}
                    <button class="plain" onClick=${()=>h($)}>${r.download}</button>
                    ${$.folder==="new"&&c`<button class="plain" onClick=${()=>m(U(`${n}/${$.media_id}`,{folder:"saved"}))}>${r.markHeard}</button>`}
                    <button class="danger" onClick=${()=>confirm(r.confirmDeleteMessage)&&m(P(`${n}/${$.media_id}`))}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}function er(){let[e,t]=p(null),[n,o]=p(null),[s,a]=p(null),[i,u]=p(""),d=()=>Promise.all([y("vmboxes?paginate=false"),y("users?paginate=false")]).then(([h,$])=>t({boxes:h,users:$}),h=>u(h.message));C(d,[]);let l=()=>{o(null),a(null),d()};async function f(h){confirm(r.confirmDeleteVmbox(h.name))&&(await P(`vmboxes/${h.id}`).catch($=>u($.message)),d())}async function m(h){try{o(await y(`vmboxes/${h.id}`))}catch($){u($.message)}}if(n)return c`<${Qn} box=${n} users=${e.users} onDone=${l} />`;if(s)return c`<${He} box=${s} onDone=${l} />`;let _=h=>{let $=e.users.find(b=>b.id===h);return $?`${$.first_name} ${$.last_name}`:""};return c`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${r.vmboxes}</h2>
      <button onClick=${()=>o({})}>${r.addVmbox}</button>
    </div>
    <${x} message=${i} />
    ${e?e.boxes.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.vmboxes}>
            <thead><tr><th>${r.name}</th><th>${r.mailbox}</th><th>${r.owner}</th><th>${r.newMessages}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map(h=>c`<tr key=${h.id} data-vmbox=${h.mailbox}>
                  <td data-label=${r.name}>${h.name}</td>
                  <td data-label=${r.mailbox}>${h.mailbox}</td>
                  <td data-label=${r.owner}>${_(h.owner_id)}</td>
                  <td data-label=${r.newMessages} class="count">${h.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>a(h)} aria-label=${r.messagesOf(h.name)}>${r.messages}</button>
                    <button class="plain" onClick=${()=>m(h)} aria-label=${`${r.edit} ${h.name}`}>${r.edit}</button>
                    <button class="danger" onClick=${()=>f(h)} aria-label=${`${r.del} ${h.name}`}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}function Ge(e,t){if(!(t instanceof B))throw t;let n={};for(let[o,s]of Object.entries(t.fields))n[e==="userGroup"&&o.startsWith("numbers")?"extension":o.split(".")[0]]=s;throw t.fields=n,t}async function tr(){let[e,t]=await Promise.all([y("groups?paginate=false"),y("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let o=t.filter(s=>s.group_id===n.id);return{...n,userCf:o.find(s=>s.type==="userGroup"),baseCf:o.find(s=>s.type==="baseGroup")}})}async function nr(e){let t=[];try{let n=await N("groups",_t({},e));t.push(()=>P(`groups/${n.id}`));let o=await N("callflows",bt({},n,e));t.push(()=>P(`callflows/${o.id}`)),await N("callflows",gt({},n,o,e)).catch(s=>Ge("userGroup",s))}catch(n){for(let o of t.reverse())await o().catch(()=>{});Ge("groups",n)}}async function rr(e,t){try{let n=await U(`groups/${e.id}`,_t(await y(`groups/${e.id}`),t)),o=await U(`callflows/${e.baseCf.id}`,bt(await y(`callflows/${e.baseCf.id}`),n,t)),s=e.userCf?await y(`callflows/${e.userCf.id}`):{},a=gt(s,n,o,t);await(e.userCf?U(`callflows/${e.userCf.id}`,a):N("callflows",a)).catch(i=>Ge("userGroup",i))}catch(n){Ge("groups",n)}}async function or(e){for(let t of[e.userCf,e.baseCf])t&&await P(`callflows/${t.id}`);await P(`groups/${e.id}`)}var le=e=>/^\d+$/.test(String(e))?Number(e):NaN;function Io(e){let t={};return e.name.trim()||(t.name=r.required),/^\d{2,8}$/.test(e.extension)||(t.extension=r.extDigits),le(e.repeats)>=1&&le(e.repeats)<=10||(t.repeats=r.repeatsRange),e.members.length||(t.members=r.pickMember),e.members.length>he&&(t.members=r.tooManyMembers(he)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=r.badTimeline),t}function sr({id:e,label:t,value:n,onChange:o,options:s,wide:a}){return c`<div class=${a?"field wide":"field"}>
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>o(i.target.value)}>
      ${s.map(([i,u])=>c`<option key=${i} value=${i}>${u}</option>`)}
    </select>
  </div>`}function ar({group:e,users:t,vmboxes:n,onDone:o}){let[s,a]=p(e.form),[i,u]=p("20"),[d,l]=p({}),[f,m]=p(""),[_,h]=p(!1),$=E=>D=>a({...s,[E]:D}),b=E=>s.members.find(D=>D.id===E),v=E=>a({...s,members:b(E.id)?s.members.filter(D=>D.id!==E.id):[...s.members,{id:E.id,delay:0,timeout:20}]}),g=(E,D,W)=>a({...s,members:s.members.map(j=>j.id===E?{...j,[D]:le(W)}:j)});async function w(E){E.preventDefault();let D=Io(s);if(l(D),m(""),!Object.keys(D).length){h(!0);try{let W=O?s.members.map(de=>({...de,delay:0})):s.members,j={...s,members:W,name:s.name.trim(),repeats:le(s.repeats)};await(e.id?rr(e,j):nr(j)),o()}catch(W){l(W.fields||{}),m(`${r.failed} ${W.message}`),h(!1)}}}let T=s.members.length>=he,O=s.strategy!=="simultaneous";return c`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?r.editGroup:r.addGroup}</h2>
    <form onSubmit=${w} novalidate>
      <${x} message=${f} />
      <div class="grid">
        <${k} id="group_name" label=${r.name} value=${s.name} onInput=${$("name")} error=${d.name} required />
        <${k} id="group_extension" label=${r.extension} value=${s.extension} onInput=${$("extension")} error=${d.extension} required inputmode="numeric" />
        <${k} id="group_repeats" label=${r.repeats} value=${String(s.repeats)} onInput=${$("repeats")} error=${d.repeats} inputmode="numeric" />
        <${sr} id="group_strategy" label=${r.strategy} value=${s.strategy} onChange=${$("strategy")} options=${Object.entries(r.strategies)} />
        <${sr} id="group_next" wide label=${r.nextAction} value=${s.next_vmbox} onChange=${$("next_vmbox")}
          options=${[["",r.notAvailable],...n.map(E=>[E.id,r.toVoicemail(E.name,E.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${r.members(s.members.length,he)}</legend>
        ${d.members&&c`<p class="error" id="members-error" role="alert">${d.members}</p>`}
        <table class="list timeline" aria-label=${r.timeline}>
          <thead><tr><th>${r.member}</th>${!O&&c`<th>${r.startAfter}</th>`}<th>${r.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(E=>{let D=b(E.id),W=`${E.first_name} ${E.last_name}`;return c`<tr key=${E.id} data-member=${E.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+E.id} checked=${!!D} disabled=${!D&&T} onChange=${()=>v(E)} /><label for=${"m-"+E.id}>${W}</label></span></td>
                ${!O&&c`<td data-label=${r.startAfter}>${D&&c`<input class="delay" aria-label=${`${r.startAfter} ${W}`} inputmode="numeric" value=${Number.isNaN(D.delay)?"":D.delay} onInput=${j=>g(E.id,"delay",j.target.value)} />`}</td>`}
                <td data-label=${r.ringFor}>${D&&c`<input class="timeout" aria-label=${`${r.ringFor} ${W}`} inputmode="numeric" value=${Number.isNaN(D.timeout)?"":D.timeout} onInput=${j=>g(E.id,"timeout",j.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${k} id="group_total" label=${r.totalRing} value=${i} onInput=${u} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!s.members.length||!(le(i)>=1)} onClick=${()=>a({...s,members:kn(s.members,le(i))})}>${r.distribute}</button>
        </div>
      </fieldset>
      <div class="bar">
        <button type="submit" disabled=${_}>${_?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${o}>${r.cancel}</button>
      </div>
    </form>
  </section>`}async function Uo(e){let t=e.baseCf?await y(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},o=(n.endpoints||[]).map(a=>({id:a.id,delay:Number(a.delay)||0,timeout:Number(a.timeout)||20})),s=e.userCf?(await y(`callflows/${e.userCf.id}`)).flow.children._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:s&&s.module==="voicemail"?s.data.id:"",members:o}}function ir(){let[e,t]=p(null),[n,o]=p(null),[s,a]=p(""),i=()=>Promise.all([tr(),y("users?paginate=false"),y("vmboxes?paginate=false")]).then(([l,f,m])=>t({groups:l,users:f,vmboxes:m}),l=>a(l.message));C(i,[]);async function u(l){try{o({...l,form:await Uo(l)})}catch(f){a(f.message)}}async function d(l){confirm(r.confirmDeleteGroup(l.name))&&(await or(l).catch(f=>a(f.message)),i())}return n?c`<${ar}
      group=${n}
      users=${e.users}
      vmboxes=${e.vmboxes}
      onDone=${()=>{o(null),i()}}
    />`:c`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${r.groups}</h2>
      <button disabled=${!e} onClick=${()=>o({form:{name:"",extension:"",repeats:1,strategy:"simultaneous",next_vmbox:"",members:[]}})}>${r.addGroup}</button>
    </div>
    <${x} message=${s} />
    ${e?e.groups.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.groups}>
            <thead><tr><th>${r.name}</th><th>${r.extension}</th><th>${r.memberCount}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.groups.map(l=>c`<tr key=${l.id} data-group=${l.name}>
                  <td data-label=${r.name}>${l.name}</td>
                  <td data-label=${r.extension} class="ext">${l.userCf&&l.userCf.numbers?l.userCf.numbers[0]:""}</td>
                  <td data-label=${r.memberCount}>${typeof l.endpoints=="number"?l.endpoints:Object.keys(l.endpoints||{}).length}</td>
                  <td class="actions">
                    <button onClick=${()=>u(l)} aria-label=${`${r.edit} ${l.name}`}>${r.edit}</button>
                    <button class="danger" onClick=${()=>d(l)} aria-label=${`${r.del} ${l.name}`}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}async function Fo(){let[e,t]=await Promise.all([y("phone_numbers"),y("callflows?paginate=false")]);return Object.entries(e.numbers||{}).map(([n,o])=>{let s=o.used_by_id&&t.find(a=>a.id===o.used_by_id);return{number:n,usedBy:s?s.name||s.id:o.used_by_id||""}}).sort((n,o)=>n.number.localeCompare(o.number))}function lr(){let[e,t]=p(null),[n,o]=p(""),[s,a]=p(""),[i,u]=p(""),d=()=>Fo().then(t,m=>u(m.message));C(d,[]);async function l(m){m.preventDefault();let _=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(_))return a(r.badPhoneNumber);a("");try{await N(`phone_numbers/${encodeURIComponent(_)}`,{}),o(""),d()}catch(h){a(h.fields.number||h.message)}}async function f(m){confirm(r.confirmDeleteNumber(m))&&(await P(`phone_numbers/${encodeURIComponent(m)}`).catch(_=>u(_.message)),d())}return c`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${r.numbers}</h2>
    <${x} message=${i} />
    ${e?e.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.numbers}>
            <thead><tr><th>${r.number}</th><th>${r.usedBy}</th><th><span class="sr">${r.del}</span></th></tr></thead>
            <tbody>
              ${e.map(m=>c`<tr key=${m.number} data-number=${m.number}>
                  <td data-label=${r.number} class="main-number">${m.number}</td>
                  <td data-label=${r.usedBy} class="used-by">${m.usedBy||r.spare}</td>
                  <td class="actions">${!m.usedBy&&c`<button class="danger" onClick=${()=>f(m.number)} aria-label=${`${r.remove} ${m.number}`}>${r.remove}</button>`}</td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
    <form onSubmit=${l} novalidate>
      <${k} id="new_number" label=${r.number} value=${n} onInput=${o} error=${s} inputmode="tel" />
      <button type="submit">${r.addPhoneNumber}</button>
    </form>
  </section>`}var dr=e=>e.split(/[\s,;]+/).filter(Boolean);function cr(e){return{name:e.name.trim(),conference_numbers:[e.number],member:{pins:dr(e.member_pins),join_muted:e.join_muted},moderator:{pins:dr(e.moderator_pins)}}}var Dt=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:[n.number],flow:{module:"conference",data:{id:t.id},children:{}}});function ur(e){if(!(e instanceof B))throw e;let t={};for(let[n,o]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=o;throw e.fields=t,e}var mr=e=>y(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function fr(e){let t=null;try{t=await N("conferences",cr(e)),await N("callflows",Dt({},t,e))}catch(n){t&&await P(`conferences/${t.id}`).catch(()=>{}),ur(n)}}async function pr(e,t){try{let n=await H(`conferences/${e}`,cr(t)),[o]=await mr(e);o?await U(`callflows/${o.id}`,Dt(await y(`callflows/${o.id}`),n,t)):await N("callflows",Dt({},n,t))}catch(n){ur(n)}}async function $r(e){for(let t of await mr(e))await P(`callflows/${t.id}`);await P(`conferences/${e}`)}var Lo=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function Bo(e){let t={};e.name.trim()||(t.name=r.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=r.extDigits);for(let n of["member_pins","moderator_pins"])Lo.test(e[n].trim())||(t[n]=r.pinList);return t}function hr({conf:e,onDone:t}){let n=!e.id,[o,s]=p({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[a,i]=p({}),[u,d]=p(""),[l,f]=p(!1),m=h=>$=>s({...o,[h]:$});async function _(h){h.preventDefault();let $=Bo(o);if(i($),d(""),!Object.keys($).length){f(!0);try{n?await fr(o):await pr(e.id,o),t()}catch(b){i(b.fields||{}),d(`${r.failed} ${b.message}`),f(!1)}}}return c`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?r.addConference:r.editConference}</h2>
    <form onSubmit=${_} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="conf_name" label=${r.name} value=${o.name} onInput=${m("name")} error=${a.name} required />
        <${k} id="conf_number" label=${r.confNumber} value=${o.number} onInput=${m("number")} error=${a.number} required inputmode="tel" />
        <${k} id="conf_member_pins" label=${r.memberPins} value=${o.member_pins} onInput=${m("member_pins")} error=${a.member_pins||a.member} inputmode="numeric" autocomplete="off" />
        <${k} id="conf_moderator_pins" label=${r.moderatorPins} value=${o.moderator_pins} onInput=${m("moderator_pins")} error=${a.moderator_pins||a.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${q} id="conf_join_muted" label=${r.joinMuted} checked=${o.join_muted} onChange=${m("join_muted")} />
      <div class="bar">
        <button type="submit" disabled=${l}>${l?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${t}>${r.cancel}</button>
      </div>
    </form>
  </section>`}var _r=e=>(e&&e.pins||[]).length;function br(){let[e,t]=p(null),[n,o]=p(null),[s,a]=p(""),i=()=>y("conferences?paginate=false").then(t,l=>a(l.message));C(i,[]);async function u(l){try{o(await y(`conferences/${l.id}`))}catch(f){a(f.message)}}async function d(l){confirm(r.confirmDeleteConference(l.name))&&(await $r(l.id).catch(f=>a(f.message)),i())}return n?c`<${hr}
      conf=${n}
      onDone=${()=>{o(null),i()}}
    />`:c`<section aria-labelledby="conf-h">
    <div class="bar">
      <h2 id="conf-h">${r.conferences}</h2>
      <button onClick=${()=>o({})}>${r.addConference}</button>
    </div>
    <${x} message=${s} />
    ${e?e.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.conferences}>
            <thead><tr><th>${r.name}</th><th>${r.confNumber}</th><th>${r.pins}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(l=>c`<tr key=${l.id} data-conference=${l.name}>
                  <td data-label=${r.name}>${l.name}</td>
                  <td data-label=${r.confNumber} class="ext">${(l.conference_numbers||[]).join(", ")}</td>
                  <td data-label=${r.pins} class="pins">${r.pinSummary(_r(l.member),_r(l.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>u(l)} aria-label=${`${r.edit} ${l.name}`}>${r.edit}</button>
                    <button class="danger" onClick=${()=>d(l)} aria-label=${`${r.del} ${l.name}`}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}var jo=(e,t)=>({...e,numbers:e.numbers.map(n=>n.replace("{code}",t)),patterns:e.patterns.map(n=>n.replace("{code}",t.replace(/\*/g,"\\*"))),featurecode:{...e.featurecode,number:t}}),Ro=e=>/^[0-9*]{1,6}$/.test(e),Ho=(e,t)=>(e.star?`*${t}`:t)+(e.takes_digits?"\u2026":"");function Go({row:e,taken:t,onSaved:n}){let[o,s]=p(e.number),[a,i]=p(e.enabled),[u,d]=p(""),[l,f]=p(!1),m=o!==e.number||a!==e.enabled,_=`fc-${e.name.replace(/[^a-z0-9]/gi,"_")}`,h=r.fcNames[e.name]||e.name;async function $(){if(a&&!Ro(o))return d(r.fcDigits);if(a&&t(e,o))return d(r.fcTaken(Ho(e,o)));d(""),f(!0);try{let b=jo(e.template,o);a?e.enabled?await H(`callflows/${e.callflow_id}`,{numbers:b.numbers,patterns:b.patterns,featurecode:b.featurecode}):await N("callflows",b):await P(`callflows/${e.callflow_id}`),n()}catch(b){d(b.fields.numbers||b.fields.patterns||b.message),f(!1)}}return c`<tr data-code=${e.name} class=${e.handled?"":"muted"}>
    <td data-label=${r.fcWhat}>${h}${!e.handled&&c`<br /><small>${r.fcNotRun}</small>`}</td>
    <td data-label=${r.fcCode}>
      <span class="code-input">${e.star?"*":""}<input id=${_} aria-label=${`${r.fcCode}: ${h}`} value=${o} inputmode="tel" size="6"
        aria-invalid=${u?"true":void 0} onInput=${b=>s(b.target.value.trim())} disabled=${!a} />${e.takes_digits?"\u2026":""}</span>
      ${u&&c`<p class="error" role="alert">${u}</p>`}
    </td>
    <td data-label=${r.fcOn}><input type="checkbox" aria-label=${`${r.fcOn}: ${h}`} checked=${a} disabled=${!e.handled&&!e.enabled}
      onChange=${b=>i(b.target.checked)} /></td>
    <td class="actions">${m&&c`<button type="button" disabled=${l} onClick=${$} aria-label=${`${r.save}: ${h}`}>${r.save}</button>`}</td>
  </tr>`}function gr(){let[e,t]=p(null),[n,o]=p(""),s=()=>y("feature_codes").then(t,i=>o(i.message));C(s,[]);let a=(i,u)=>e.some(d=>d!==i&&d.enabled&&d.star===i.star&&d.number===u);return c`<section aria-labelledby="fc-h">
    <h2 id="fc-h">${r.featureCodes}</h2>
    <p class="hint">${r.fcHint}</p>
    <${x} message=${n} />
    ${e?c`<table class="list" aria-label=${r.featureCodes}>
          <thead><tr><th>${r.fcWhat}</th><th>${r.fcCode}</th><th>${r.fcOn}</th><th><span class="sr">${r.save}</span></th></tr></thead>
          <tbody>${e.map(i=>c`<${Go} key=${`${i.name}/${i.callflow_id}/${i.number}`} row=${i} taken=${a} onSaved=${s} />`)}</tbody>
        </table>`:c`<p>${r.loading}</p>`}
  </section>`}var Wo=/^\+?\d{2,15}$/;function qo(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function vr({user:e,onSaved:t}){let[n,o]=p(qo(e)),[s,a]=p({}),[i,u]=p(""),[d,l]=p(!1),[f,m]=p(!1),_=$=>b=>{l(!1),o({...n,[$]:b})};async function h($){$.preventDefault();let b=n.forward&&!Wo.test(n.number.trim())?{"call_forward.number":r.forwardNumber}:{};if(a(b),u(""),!Object.keys(b).length){m(!0);try{let v=await H(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});l(!0),t&&t(v)}catch(v){a(v.fields||{}),u(`${r.failed} ${v.message}`)}m(!1)}}return c`<form onSubmit=${h} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${r.callHandling}</h3>
    <${x} message=${i} />
    <${q} id="dnd" label=${r.dnd} checked=${n.dnd} onChange=${_("dnd")} />
    <${q} id="forward" label=${r.forward} checked=${n.forward} onChange=${_("forward")} />
    ${n.forward&&c`<fieldset>
      <${k} id="forward_number" label=${r.forwardTo} value=${n.number} onInput=${_("number")} error=${s["call_forward.number"]} inputmode="tel" />
      <${q} id="ring_devices" label=${r.ringDevicesToo} checked=${n.ring_devices} onChange=${_("ring_devices")} />
      <${q} id="direct_calls_only" label=${r.directCallsOnly} checked=${n.direct_calls_only} onChange=${_("direct_calls_only")} />
      <${q} id="keep_caller_id" label=${r.keepCallerId} checked=${n.keep_caller_id} onChange=${_("keep_caller_id")} />
      <${q} id="require_keypress" label=${r.requireKeypress} checked=${n.require_keypress} onChange=${_("require_keypress")} />
    </fieldset>`}
    ${d&&c`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit" disabled=${f}>${f?r.saving:r.save}</button>
  </form>`}var yr=(e,t)=>/^\d+$/.test(String(e))&&Number(e)>=t&&Number(e)<=300;function wr({userId:e}){let[t,n]=p(null),[o,s]=p(null),[a,i]=p({}),[u,d]=p(""),[l,f]=p(!1),m=($,b)=>{let v=Object.fromEntries($.endpoints.map(g=>[g.id,g]));s({enabled:$.enabled,rows:b.map(g=>({id:g.id,name:g.name,on:!!v[g.id],delay:String(v[g.id]?.delay??0),timeout:String(v[g.id]?.timeout??20)}))})};if(C(()=>{Promise.all([y(`users/${e}/find_me_follow_me`),y(`users/${e}/devices`)]).then(([$,b])=>{n(b),m($,b)},$=>d($.message))},[]),!o)return c`<div class="card"><h3>${r.followMe}</h3><${x} message=${u} />${!u&&r.loading}</div>`;let _=($,b,v)=>s({...o,rows:o.rows.map((g,w)=>w===$?{...g,[b]:v}:g)});async function h($){$.preventDefault(),f(!1),d("");let b=o.rows.filter(g=>g.on),v={};if(o.enabled&&!b.length&&(v.rows=r.pickPhone),o.rows.forEach((g,w)=>{g.on&&(!yr(g.delay,0)||!yr(g.timeout,1))&&(v[w]=r.badTimeline)}),i(v),!Object.keys(v).length)try{let g=b.map(w=>({id:w.id,delay:Number(w.delay),timeout:Number(w.timeout)}));m(await U(`users/${e}/find_me_follow_me`,{enabled:o.enabled,endpoints:o.enabled?g:[]}),t),f(!0)}catch(g){let w={};for(let[T,O]of Object.entries(g.fields||{})){let E=/^endpoints\.(\d+)\./.exec(T);E?w[o.rows.indexOf(b[Number(E[1])])]=O:w.rows=O}i(w),d(`${r.failed} ${g.message}`)}}return c`<form class="card" onSubmit=${h} novalidate aria-labelledby="fmfm-h">
    <h3 id="fmfm-h">${r.followMe}</h3>
    <p class="hint">${r.followMeHint}</p>
    <${x} message=${u} />
    <${q} id="fmfm_on" label=${r.followMeOn} checked=${o.enabled} onChange=${$=>s({...o,enabled:$})} />
    ${o.enabled&&c`${a.rows&&c`<p class="error" role="alert">${a.rows}</p>`}
      <table class="list timeline" aria-label=${r.followMe}>
        <thead><tr><th>${r.myDevices}</th><th>${r.startAfter}</th><th>${r.ringFor}</th></tr></thead>
        <tbody>
          ${o.rows.map(($,b)=>c`<tr key=${$.id} data-fmfm=${$.name}>
              <td><span class="check"><input type="checkbox" id=${"fm-"+$.id} checked=${$.on} onChange=${v=>_(b,"on",v.target.checked)} /><label for=${"fm-"+$.id}>${$.name}</label></span>
                ${a[b]&&c`<p class="error" role="alert">${a[b]}</p>`}</td>
              <td data-label=${r.startAfter}>${$.on&&c`<input aria-label=${`${r.startAfter} ${$.name}`} inputmode="numeric" value=${$.delay} onInput=${v=>_(b,"delay",v.target.value)} />`}</td>
              <td data-label=${r.ringFor}>${$.on&&c`<input aria-label=${`${r.ringFor} ${$.name}`} inputmode="numeric" value=${$.timeout} onInput=${v=>_(b,"timeout",v.target.value)} />`}</td>
            </tr>`)}
        </tbody>
      </table>`}
    <div class="bar"><button type="submit">${r.save}</button>${l&&c`<span class="ok" role="status">${r.saved}</span>`}</div>
  </form>`}var zo=5e3;function Vo({userId:e}){let[t,n]=p(null),[o,s]=p("");return C(()=>{let a=()=>y(`users/${e}/devices`).then(n,u=>s(u.message));a();let i=setInterval(a,zo);return()=>clearInterval(i)},[]),c`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${r.myDevices}</h3>
    <${x} message=${o} />
    ${t?t.length===0?r.none:c`<ul class="my-devices">
            ${t.map(a=>c`<li key=${a.id} data-device=${a.name}>
                <span class=${a.registered?"dot on":"dot"}>${a.name} · ${a.registered?r.registered:r.notRegistered}</span>
              </li>`)}
          </ul>`:r.loading}
  </div>`}function xr(){let[e,t]=p(null),[n,o]=p("");return C(()=>{y(`users/${S.value.owner}`).then(t,s=>o(s.message))},[]),c`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:r.myPhone}</h2>
    <${x} message=${n} />
    ${e&&c`<div class="stack">
      <${Vo} userId=${e.id} />
      <${vr} user=${e} onSaved=${t} />
      <${wr} userId=${e.id} />
      <${ie} username=${e.username} />
    </div>`}
  </section>`}async function Yo(e,t){let n=await fetch("/v2/"+Y(`vmboxes/${e}/greeting`),{method:"POST",headers:{"X-Auth-Token":S.value.token,"Content-Type":Pt(t),Accept:"application/json"},body:t});if(!n.ok)throw new B(n.status,await n.json().catch(()=>null))}function kr({box:e}){let[t,n]=p(""),[o,s]=p(""),[a,i]=p(null),[u,d]=p({}),[l,f]=p(""),[m,_]=p(!1),h=()=>y(`vmboxes/${e.id}`).then(g=>_(!!(g.media&&g.media.unavailable)),()=>{});C(h,[]);let $=g=>`${g}_${e.mailbox}`;async function b(g){g.preventDefault(),f("");let w={};if(/^\d{4,6}$/.test(t)?t!==o&&(w.again=r.pinMismatch):w.pin=r.pinDigits,d(w),!Object.keys(w).length)try{await H(`vmboxes/${e.id}`,{pin:t}),n(""),s(""),f("pin")}catch(T){d({pin:T.fields.pin||T.message})}}async function v(g){if(g.preventDefault(),f(""),!a||!Re(a))return d({greeting:r.greetingType});d({});try{await Yo(e.id,a),f("greeting"),h()}catch(w){d({greeting:w.fields.media||w.message})}}return c`<div class="card" data-settings=${e.mailbox}>
    <h3>${r.boxSettings(e.name,e.mailbox)}</h3>
    <form onSubmit=${b} novalidate>
      <${k} id=${$("pin")} label=${r.newPin} type="password" value=${t} onInput=${n} error=${u.pin} inputmode="numeric" autocomplete="new-password" />
      <${k} id=${$("pin_again")} label=${r.newPinAgain} type="password" value=${o} onInput=${s} error=${u.again} inputmode="numeric" autocomplete="new-password" />
      <div class="bar"><button type="submit">${r.changePin}</button>${l==="pin"&&c`<span class="ok" role="status">${r.pinChanged}</span>`}</div>
    </form>
    <form onSubmit=${v} novalidate>
      <div class="field">
        <label for=${$("greeting")}>${r.greeting}</label>
        <input id=${$("greeting")} type="file" accept="audio/wav,audio/mpeg,.wav,.mp3" aria-invalid=${u.greeting?"true":void 0}
          onChange=${g=>i(g.target.files[0]||null)} />
        ${u.greeting&&c`<p class="error" id=${$("greeting")+"-error"} role="alert">${u.greeting}</p>`}
        <p class="hint">${m?r.greetingSet:r.greetingNone}</p>
      </div>
      <div class="bar"><button type="submit">${r.uploadGreeting}</button>${l==="greeting"&&c`<span class="ok" role="status">${r.greetingSaved}</span>`}</div>
    </form>
  </div>`}function Cr(){let[e,t]=p(null),[n,o]=p(null),[s,a]=p(""),i=()=>y("vmboxes?paginate=false").then(t,u=>a(u.message));return C(i,[]),n?c`<${He}
      box=${n}
      onDone=${()=>{o(null),i()}}
    />`:c`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${r.vmboxes}</h2>
    <${x} message=${s} />
    ${e?e.length===0?c`<p>${r.noBox}</p>`:c`<ul class="numbers">
            ${e.map(u=>c`<li key=${u.id} data-vmbox=${u.mailbox}>
                <span>${u.name} (${u.mailbox}) · ${r.messageCount(u.messages||0)}</span>
                <button onClick=${()=>o(u)} aria-label=${r.messagesOf(u.name)}>${r.messages}</button>
              </li>`)}
          </ul>`:c`<p>${r.loading}</p>`}
    ${e&&c`<div class="stack">${e.map(u=>c`<${kr} key=${u.id} box=${u} />`)}</div>`}
  </section>`}var Xo={dashboard:[r.dashboard,xn],users:[r.users,Nn],devices:[r.devices,En],groups:[r.groups,ir],calls:[r.callLogs,Mn],main:[r.mainNumber,Ue],voicemail:[r.vmboxes,er],conferences:[r.conferences,br],codes:[r.featureCodes,gr],numbers:[r.numbers,lr],settings:[r.settings,Zn]},Zo={me:[r.myPhone,xr],myvoicemail:[r.vmboxes,Cr],mycalls:[r.myCalls,On]},We=()=>S.value&&S.value.admin===!1?Zo:Xo,At=V(location.hash.slice(1));addEventListener("hashchange",()=>At.value=location.hash.slice(1));var Ko=()=>At.value in We()?At.value:Object.keys(We())[0],Sr=null;ee(()=>{let e=S.value;e||(ne.value=null),e&&e.admin!==!1&&Sr!==e.token&&(Sr=e.token,qn().catch(()=>{}))});function Jo(){if(!S.value)return c`<${yn} />`;let e=Ko(),[,t]=We()[e];return c`<header>
      <strong>${r.app}</strong>
      <nav aria-label=${r.menu}>
        ${Object.entries(We()).map(([n,[o]])=>c`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${o}</a>`)}
      </nav>
      <button class="plain" onClick=${Oe}>${r.logout}</button>
    </header>
    <main>${ne.value?c`<${Vn} />`:c`<${t} key=${e} />`}</main>`}tt(c`<${Jo} />`,document.getElementById("app"));
