var ye,P,Pt,ze,Z,Ct,Mt,He,Ot,qe,Ge,We,ua,ue={},Dt=[],ma=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ve=Array.isArray;function Y(e,t){for(var n in t)e[n]=t[n];return e}function Xe(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function we(e,t,n){var o,r,s,i={};for(s in t)s=="key"?o=t[s]:s=="ref"?r=t[s]:i[s]=t[s];if(arguments.length>2&&(i.children=arguments.length>3?ye.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)i[s]===void 0&&(i[s]=e.defaultProps[s]);return ge(e,i,o,r,null)}function ge(e,t,n,o,r){var s={type:e,props:t,key:n,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:r??++Pt,__i:-1,__u:0};return r==null&&P.vnode!=null&&P.vnode(s),s}function xe(e){return e.children}function J(e,t){this.props=e,this.context=t}function ae(e,t){if(t==null)return e.__?ae(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?ae(e):null}function At(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return At(e)}}function St(e){(!e.__d&&(e.__d=!0)&&Z.push(e)&&!ve.__r++||Ct!==P.debounceRendering)&&((Ct=P.debounceRendering)||Mt)(ve)}function ve(){var e,t,n,o,r,s,i,u;for(Z.sort(He);e=Z.shift();)e.__d&&(t=Z.length,o=void 0,s=(r=(n=e).__v).__e,i=[],u=[],n.__P&&((o=Y({},r)).__v=r.__v+1,P.vnode&&P.vnode(o),Ye(n.__P,o,r,n.__n,n.__P.namespaceURI,32&r.__u?[s]:null,i,s??ae(r),!!(32&r.__u),u),o.__v=r.__v,o.__.__k[o.__i]=o,It(i,o,u),o.__e!=s&&At(o)),Z.length>t&&Z.sort(He));ve.__r=0}function Ft(e,t,n,o,r,s,i,u,l,d,f){var m,h,_,p,v,g,b=o&&o.__k||Dt,w=t.length;for(l=fa(n,t,b,l,w),m=0;m<w;m++)(_=n.__k[m])!=null&&(h=_.__i===-1?ue:b[_.__i]||ue,_.__i=m,g=Ye(e,_,h,r,s,i,u,l,d,f),p=_.__e,_.ref&&h.ref!=_.ref&&(h.ref&&Ze(h.ref,null,_),f.push(_.ref,_.__c||p,_)),v==null&&p!=null&&(v=p),4&_.__u||h.__k===_.__k?l=Ut(_,l,e):typeof _.type=="function"&&g!==void 0?l=g:p&&(l=p.nextSibling),_.__u&=-7);return n.__e=v,l}function fa(e,t,n,o,r){var s,i,u,l,d,f=n.length,m=f,h=0;for(e.__k=new Array(r),s=0;s<r;s++)(i=t[s])!=null&&typeof i!="boolean"&&typeof i!="function"?(l=s+h,(i=e.__k[s]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?ge(null,i,null,null,null):Ve(i)?ge(xe,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?ge(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,u=null,(d=i.__i=pa(i,n,l,m))!==-1&&(m--,(u=n[d])&&(u.__u|=2)),u==null||u.__v===null?(d==-1&&h--,typeof i.type!="function"&&(i.__u|=4)):d!=l&&(d==l-1?h--:d==l+1?h++:(d>l?h--:h++,i.__u|=4))):e.__k[s]=null;if(m)for(s=0;s<f;s++)(u=n[s])!=null&&!(2&u.__u)&&(u.__e==o&&(o=ae(u)),Tt(u,u));return o}function Ut(e,t,n){var o,r;if(typeof e.type=="function"){for(o=e.__k,r=0;o&&r<o.length;r++)o[r]&&(o[r].__=e,t=Ut(o[r],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=ae(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function pa(e,t,n,o){var r,s,i=e.key,u=e.type,l=t[n];if(l===null||l&&i==l.key&&u===l.type&&!(2&l.__u))return n;if(o>(l!=null&&!(2&l.__u)?1:0))for(r=n-1,s=n+1;r>=0||s<t.length;){if(r>=0){if((l=t[r])&&!(2&l.__u)&&i==l.key&&u===l.type)return r;r--}if(s<t.length){if((l=t[s])&&!(2&l.__u)&&i==l.key&&u===l.type)return s;s++}}return-1}function Nt(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||ma.test(t)?n:n+"px"}function be(e,t,n,o,r){var s;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(t in o)n&&t in n||Nt(e.style,t,"");if(n)for(t in n)o&&n[t]===o[t]||Nt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(Ot,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=n,n?o?n.u=o.u:(n.u=qe,e.addEventListener(t,s?We:Ge,s)):e.removeEventListener(t,s?We:Ge,s);else{if(r=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function Et(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=qe++;else if(t.t<n.u)return;return n(P.event?P.event(t):t)}}}function Ye(e,t,n,o,r,s,i,u,l,d){var f,m,h,_,p,v,g,b,w,U,O,N,D,G,R,ce,Le,q=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(l=!!(32&n.__u),s=[u=t.__e=n.__e]),(f=P.__b)&&f(t);e:if(typeof q=="function")try{if(b=t.props,w="prototype"in q&&q.prototype.render,U=(f=q.contextType)&&o[f.__c],O=f?U?U.props.value:f.__:o,n.__c?g=(m=t.__c=n.__c).__=m.__E:(w?t.__c=m=new q(b,O):(t.__c=m=new J(b,O),m.constructor=q,m.render=ha),U&&U.sub(m),m.props=b,m.state||(m.state={}),m.context=O,m.__n=o,h=m.__d=!0,m.__h=[],m._sb=[]),w&&m.__s==null&&(m.__s=m.state),w&&q.getDerivedStateFromProps!=null&&(m.__s==m.state&&(m.__s=Y({},m.__s)),Y(m.__s,q.getDerivedStateFromProps(b,m.__s))),_=m.props,p=m.state,m.__v=t,h)w&&q.getDerivedStateFromProps==null&&m.componentWillMount!=null&&m.componentWillMount(),w&&m.componentDidMount!=null&&m.__h.push(m.componentDidMount);else{if(w&&q.getDerivedStateFromProps==null&&b!==_&&m.componentWillReceiveProps!=null&&m.componentWillReceiveProps(b,O),!m.__e&&(m.shouldComponentUpdate!=null&&m.shouldComponentUpdate(b,m.__s,O)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(m.props=b,m.state=m.__s,m.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(de){de&&(de.__=t)}),N=0;N<m._sb.length;N++)m.__h.push(m._sb[N]);m._sb=[],m.__h.length&&i.push(m);break e}m.componentWillUpdate!=null&&m.componentWillUpdate(b,m.__s,O),w&&m.componentDidUpdate!=null&&m.__h.push(function(){m.componentDidUpdate(_,p,v)})}if(m.context=O,m.props=b,m.__P=e,m.__e=!1,D=P.__r,G=0,w){for(m.state=m.__s,m.__d=!1,D&&D(t),f=m.render(m.props,m.state,m.context),R=0;R<m._sb.length;R++)m.__h.push(m._sb[R]);m._sb=[]}else do m.__d=!1,D&&D(t),f=m.render(m.props,m.state,m.context),m.state=m.__s;while(m.__d&&++G<25);m.state=m.__s,m.getChildContext!=null&&(o=Y(Y({},o),m.getChildContext())),w&&!h&&m.getSnapshotBeforeUpdate!=null&&(v=m.getSnapshotBeforeUpdate(_,p)),u=Ft(e,Ve(ce=f!=null&&f.type===xe&&f.key==null?f.props.children:f)?ce:[ce],t,n,o,r,s,i,u,l,d),m.base=t.__e,t.__u&=-161,m.__h.length&&i.push(m),g&&(m.__E=m.__=null)}catch(de){if(t.__v=null,l||s!=null)if(de.then){for(t.__u|=l?160:128;u&&u.nodeType==8&&u.nextSibling;)u=u.nextSibling;s[s.indexOf(u)]=null,t.__e=u}else for(Le=s.length;Le--;)Xe(s[Le]);else t.__e=n.__e,t.__k=n.__k;P.__e(de,t,n)}else s==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):u=t.__e=$a(n.__e,t,n,o,r,s,i,l,d);return(f=P.diffed)&&f(t),128&t.__u?void 0:u}function It(e,t,n){for(var o=0;o<n.length;o++)Ze(n[o],n[++o],n[++o]);P.__c&&P.__c(t,e),e.some(function(r){try{e=r.__h,r.__h=[],e.some(function(s){s.call(r)})}catch(s){P.__e(s,r.__v)}})}function $a(e,t,n,o,r,s,i,u,l){var d,f,m,h,_,p,v,g=n.props,b=t.props,w=t.type;if(w=="svg"?r="http://www.w3.org/2000/svg":w=="math"?r="http://www.w3.org/1998/Math/MathML":r||(r="http://www.w3.org/1999/xhtml"),s!=null){for(d=0;d<s.length;d++)if((_=s[d])&&"setAttribute"in _==!!w&&(w?_.localName==w:_.nodeType==3)){e=_,s[d]=null;break}}if(e==null){if(w==null)return document.createTextNode(b);e=document.createElementNS(r,w,b.is&&b),u&&(P.__m&&P.__m(t,s),u=!1),s=null}if(w===null)g===b||u&&e.data===b||(e.data=b);else{if(s=s&&ye.call(e.childNodes),g=n.props||ue,!u&&s!=null)for(g={},d=0;d<e.attributes.length;d++)g[(_=e.attributes[d]).name]=_.value;for(d in g)if(_=g[d],d!="children"){if(d=="dangerouslySetInnerHTML")m=_;else if(!(d in b)){if(d=="value"&&"defaultValue"in b||d=="checked"&&"defaultChecked"in b)continue;be(e,d,null,_,r)}}for(d in b)_=b[d],d=="children"?h=_:d=="dangerouslySetInnerHTML"?f=_:d=="value"?p=_:d=="checked"?v=_:u&&typeof _!="function"||g[d]===_||be(e,d,_,g[d],r);if(f)u||m&&(f.__html===m.__html||f.__html===e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(m&&(e.innerHTML=""),Ft(e,Ve(h)?h:[h],t,n,o,w=="foreignObject"?"http://www.w3.org/1999/xhtml":r,s,i,s?s[0]:n.__k&&ae(n,0),u,l),s!=null)for(d=s.length;d--;)Xe(s[d]);u||(d="value",w=="progress"&&p==null?e.removeAttribute("value"):p!==void 0&&(p!==e[d]||w=="progress"&&!p||w=="option"&&p!==g[d])&&be(e,d,p,g[d],r),d="checked",v!==void 0&&v!==e[d]&&be(e,d,v,g[d],r))}return e}function Ze(e,t,n){try{if(typeof e=="function"){var o=typeof e.__u=="function";o&&e.__u(),o&&t==null||(e.__u=e(t))}else e.current=t}catch(r){P.__e(r,n)}}function Tt(e,t,n){var o,r;if(P.unmount&&P.unmount(e),(o=e.ref)&&(o.current&&o.current!==e.__e||Ze(o,null,t)),(o=e.__c)!=null){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(s){P.__e(s,t)}o.base=o.__P=null}if(o=e.__k)for(r=0;r<o.length;r++)o[r]&&Tt(o[r],t,n||typeof e.type!="function");n||Xe(e.__e),e.__c=e.__=e.__e=void 0}function ha(e,t,n){return this.constructor(e,n)}function Je(e,t,n){var o,r,s,i;t==document&&(t=document.documentElement),P.__&&P.__(e,t),r=(o=typeof n=="function")?null:n&&n.__k||t.__k,s=[],i=[],Ye(t,e=(!o&&n||t).__k=we(xe,null,[e]),r||ue,ue,t.namespaceURI,!o&&n?[n]:r?null:t.firstChild?ye.call(t.childNodes):null,s,!o&&n?n:r?r.__e:t.firstChild,o,i),It(s,e,i)}ye=Dt.slice,P={__e:function(e,t,n,o){for(var r,s,i;t=t.__;)if((r=t.__c)&&!r.__)try{if((s=r.constructor)&&s.getDerivedStateFromError!=null&&(r.setState(s.getDerivedStateFromError(e)),i=r.__d),r.componentDidCatch!=null&&(r.componentDidCatch(e,o||{}),i=r.__d),i)return r.__E=r}catch(u){e=u}throw e}},Pt=0,ze=function(e){return e!=null&&e.constructor==null},J.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=Y({},this.state),typeof e=="function"&&(e=e(Y({},n),this.props)),e&&Y(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),St(this))},J.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),St(this))},J.prototype.render=xe,Z=[],Mt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,He=function(e,t){return e.__v.__b-t.__v.__b},ve.__r=0,Ot=/(PointerCapture)$|Capture$/i,qe=0,Ge=Et(!1),We=Et(!0),ua=0;var jt=function(e,t,n,o){var r;t[0]=0;for(var s=1;s<t.length;s++){var i=t[s++],u=t[s]?(t[0]|=i?1:2,n[t[s++]]):t[++s];i===3?o[0]=u:i===4?o[1]=Object.assign(o[1]||{},u):i===5?(o[1]=o[1]||{})[t[++s]]=u:i===6?o[1][t[++s]]+=u+"":i?(r=e.apply(u,jt(e,u,n,["",null])),o.push(r),u[0]?t[0]|=2:(t[s-2]=0,t[s]=r)):o.push(u)}return o},Bt=new Map;function Rt(e){var t=Bt.get(this);return t||(t=new Map,Bt.set(this,t)),(t=jt(this,t.get(e)||(t.set(e,t=function(n){for(var o,r,s=1,i="",u="",l=[0],d=function(h){s===1&&(h||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?l.push(0,h,i):s===3&&(h||i)?(l.push(3,h,i),s=2):s===2&&i==="..."&&h?l.push(4,h,0):s===2&&i&&!h?l.push(5,0,!0,i):s>=5&&((i||!h&&s===5)&&(l.push(s,0,i,r),s=6),h&&(l.push(s,h,0,r),s=6)),i=""},f=0;f<n.length;f++){f&&(s===1&&d(),d(f));for(var m=0;m<n[f].length;m++)o=n[f][m],s===1?o==="<"?(d(),l=[l],s=3):i+=o:s===4?i==="--"&&o===">"?(s=1,i=""):i=o+i[0]:u?o===u?u="":i+=o:o==='"'||o==="'"?u=o:o===">"?(d(),s=1):s&&(o==="="?(s=5,r=i,i=""):o==="/"&&(s<5||n[f][m+1]===">")?(d(),s===3&&(l=l[0]),s=l,(l=l[0]).push(2,0,s),s=0):o===" "||o==="	"||o===`
`||o==="\r"?(d(),s=2):i+=o),s===3&&i==="!--"&&(s=4,l=l[0])}return d(),l}(e)),t),arguments,[])).length>1?t:t[0]}var c=Rt.bind(we);var me,F,Ke,Lt,Ce=0,Yt=[],I=P,Ht=I.__b,Gt=I.__r,Wt=I.diffed,zt=I.__c,qt=I.unmount,Vt=I.__;function et(e,t){I.__h&&I.__h(F,e,Ce||t),Ce=0;var n=F.__H||(F.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function $(e){return Ce=1,_a(Jt,e)}function _a(e,t,n){var o=et(me++,2);if(o.t=e,!o.__c&&(o.__=[n?n(t):Jt(void 0,t),function(u){var l=o.__N?o.__N[0]:o.__[0],d=o.t(l,u);l!==d&&(o.__N=[d,o.__[1]],o.__c.setState({}))}],o.__c=F,!F.u)){var r=function(u,l,d){if(!o.__c.__H)return!0;var f=o.__c.__H.__.filter(function(h){return!!h.__c});if(f.every(function(h){return!h.__N}))return!s||s.call(this,u,l,d);var m=o.__c.props!==u;return f.forEach(function(h){if(h.__N){var _=h.__[0];h.__=h.__N,h.__N=void 0,_!==h.__[0]&&(m=!0)}}),s&&s.call(this,u,l,d)||m};F.u=!0;var s=F.shouldComponentUpdate,i=F.componentWillUpdate;F.componentWillUpdate=function(u,l,d){if(this.__e){var f=s;s=void 0,r(u,l,d),s=f}i&&i.call(this,u,l,d)},F.shouldComponentUpdate=r}return o.__N||o.__}function C(e,t){var n=et(me++,3);!I.__s&&Zt(n.__H,t)&&(n.__=e,n.i=t,F.__H.__h.push(n))}function tt(e){return Ce=5,Se(function(){return{current:e}},[])}function Se(e,t){var n=et(me++,7);return Zt(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function ba(){for(var e;e=Yt.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(ke),e.__H.__h.forEach(Qe),e.__H.__h=[]}catch(t){e.__H.__h=[],I.__e(t,e.__v)}}I.__b=function(e){F=null,Ht&&Ht(e)},I.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Vt&&Vt(e,t)},I.__r=function(e){Gt&&Gt(e),me=0;var t=(F=e.__c).__H;t&&(Ke===F?(t.__h=[],F.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(ke),t.__h.forEach(Qe),t.__h=[],me=0)),Ke=F},I.diffed=function(e){Wt&&Wt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Yt.push(t)!==1&&Lt===I.requestAnimationFrame||((Lt=I.requestAnimationFrame)||ga)(ba)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),Ke=F=null},I.__c=function(e,t){t.some(function(n){try{n.__h.forEach(ke),n.__h=n.__h.filter(function(o){return!o.__||Qe(o)})}catch(o){t.some(function(r){r.__h&&(r.__h=[])}),t=[],I.__e(o,n.__v)}}),zt&&zt(e,t)},I.unmount=function(e){qt&&qt(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(o){try{ke(o)}catch(r){t=r}}),n.__H=void 0,t&&I.__e(t,n.__v))};var Xt=typeof requestAnimationFrame=="function";function ga(e){var t,n=function(){clearTimeout(o),Xt&&cancelAnimationFrame(t),setTimeout(e)},o=setTimeout(n,100);Xt&&(t=requestAnimationFrame(n))}function ke(e){var t=F,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),F=t}function Qe(e){var t=F;e.__c=e.__(),F=t}function Zt(e,t){return!e||e.length!==t.length||t.some(function(n,o){return n!==e[o]})}function Jt(e,t){return typeof t=="function"?t(e):t}var va=Symbol.for("preact-signals");function nt(){if(K>1)K--;else{var e,t=!1;for(function(){var r=Ee;for(Ee=void 0;r!==void 0;){var s=r.S;if(s.v===r.v)for(var i=s.t;i!==void 0;i=i.x)i.i===r.i&&(i.i=s.i);r=r.o}}();pe!==void 0;){var n=pe;for(pe=void 0,Ne++;n!==void 0;){var o=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&en(n))try{n.c()}catch(r){t||(e=r,t=!0)}n=o}}if(Ne=0,K--,t)throw e}}var fe,A=void 0;function $e(e){var t=A,n=fe;A=void 0,fe=void 0;try{return e()}finally{A=t,fe=n}}var pe=void 0,K=0,Ne=0;var Kt=0,Ee=void 0,Pe=0;function Qt(e){if(A!==void 0){var t=e.n;if(t===void 0||t.t!==A)return t={i:0,S:e,p:A.s,n:void 0,t:A,e:void 0,x:void 0,r:t},A.s!==void 0&&(A.s.n=t),A.s=t,e.n=t,32&A.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=A.s,t.n=void 0,A.s.n=t,A.s=t),t}}function T(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}T.prototype.brand=va;T.prototype.h=function(){return!0};T.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:$e(function(){var o;(o=t.W)==null||o.call(t)}))};T.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,o=e.x;n!==void 0&&(n.x=o,e.e=void 0),o!==void 0&&(o.e=n,e.x=void 0),e===this.t&&(this.t=o,o===void 0&&$e(function(){var r;(r=t.Z)==null||r.call(t)}))}};T.prototype.subscribe=function(e){var t=this;return ee(function(){var n=t.value;$e(function(){return e(n)})},{name:"sub"})};T.prototype.valueOf=function(){return this.value};T.prototype.toString=function(){return this.value+""};T.prototype.toJSON=function(){return this.value};T.prototype.peek=function(){var e=this;return $e(function(){return e.value})};Object.defineProperty(T.prototype,"value",{get:function(){var e=Qt(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Ne>100)throw new Error("Cycle detected");(function(n){K!==0&&Ne===0&&n.l!==Kt&&(n.l=Kt,Ee={S:n,v:n.v,i:n.i,o:Ee})})(this),this.v=e,this.i++,Pe++,K++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{nt()}}}});function V(e,t){return new T(e,t)}function en(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function tn(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function nn(e){for(var t=e.s,n=void 0;t!==void 0;){var o=t.p;t.i===-1?(t.S.U(t),o!==void 0&&(o.n=t.n),t.n!==void 0&&(t.n.p=o)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=o}e.s=n}function Q(e,t){T.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Pe-1,this.f=4}Q.prototype=new T;Q.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Pe))return!0;if(this.g=Pe,this.f|=1,this.i>0&&!en(this))return this.f&=-2,!0;var e=A;try{tn(this),A=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return A=e,nn(this),this.f&=-2,!0};Q.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}T.prototype.S.call(this,e)};Q.prototype.U=function(e){if(this.t!==void 0&&(T.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};Q.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(Q.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=Qt(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function at(e,t){return new Q(e,t)}function an(e){var t=e.j;if(e.j=void 0,typeof t=="function"){K++;var n=A;A=void 0;try{t()}catch(o){throw e.f&=-2,e.f|=8,ot(e),o}finally{A=n,nt()}}}function ot(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,an(e)}function ya(e){if(A!==this)throw new Error("Out-of-order effect");nn(this),A=e,this.f&=-2;try{8&this.f&&ot(this)}finally{nt()}}function oe(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,fe&&fe.push(this)}oe.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};oe.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,an(this),tn(this),K++;var e=A;return A=this,ya.bind(this,e)};oe.prototype.N=function(){2&this.f||(this.f|=2,this.u=pe,pe=this)};oe.prototype.d=function(){this.f|=8,1&this.f||ot(this)};oe.prototype.dispose=function(){this.d()};function ee(e,t){var n=new oe(e,t);try{n.c()}catch(r){throw n.d(),r}var o=n.d.bind(n);return o[Symbol.dispose]=o,o}var st,rt;function re(e,t){P[e]=t.bind(null,P[e]||function(){})}function Me(e){rt&&rt(),rt=e&&e.S()}function on(e){var t=this,n=e.data,o=xa(n);o.value=n;var r=Se(function(){for(var s=t.__v;s=s.__;)if(s.__c){s.__c.__$f|=4;break}return t.__$u.c=function(){var i,u=t.__$u.S(),l=r.value;u(),ze(l)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=l},at(function(){var i=o.value.value;return i===0?0:i===!0?"":i||""})},[]);return r.value}on.displayName="_st";Object.defineProperties(T.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:on},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});re("__b",function(e,t){if(typeof t.type=="string"){var n,o=t.props;for(var r in o)if(r!=="children"){var s=o[r];s instanceof T&&(n||(t.__np=n={}),n[r]=s,o[r]=s.peek())}}e(t)});re("__r",function(e,t){Me();var n,o=t.__c;o&&(o.__$f&=-2,(n=o.__$u)===void 0&&(o.__$u=n=function(r){var s;return ee(function(){s=this}),s.c=function(){o.__$f|=1,o.setState({})},s}())),st=o,Me(n),e(t)});re("__e",function(e,t,n,o){Me(),st=void 0,e(t,n,o)});re("diffed",function(e,t){Me(),st=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var o=t.__np,r=t.props;if(o){var s=n.U;if(s)for(var i in s){var u=s[i];u!==void 0&&!(i in o)&&(u.d(),s[i]=void 0)}else n.U=s={};for(var l in o){var d=s[l],f=o[l];d===void 0?(d=wa(n,l,f,r),s[l]=d):d.o(f,r)}}}e(t)});function wa(e,t,n,o){var r=t in e&&e.ownerSVGElement===void 0,s=V(n);return{o:function(i,u){s.value=i,o=u},d:ee(function(){var i=s.value.value;o[t]!==i&&(o[t]=i,r?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}re("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var o=n.U;if(o){n.U=void 0;for(var r in o){var s=o[r];s&&s.d()}}}}else{var i=t.__c;if(i){var u=i.__$u;u&&(i.__$u=void 0,u.d())}}e(t)});re("__h",function(e,t,n,o){(o<3||o===9)&&(t.__$f|=2),e(t,n,o)});J.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var o in t)return!0;for(var r in e)if(r!=="__source"&&e[r]!==this.props[r])return!0;for(var s in this.props)if(!(s in e))return!0;return!1};function xa(e){return Se(function(){return V(e)},[])}var ka=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],Ca=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function rn(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,o=new Uint32Array(n*16);t.forEach((l,d)=>o[d>>2]|=l<<d%4*8),o[t.length>>2]|=128<<t.length%4*8,o[n*16-2]=t.length*8>>>0,o[n*16-1]=Math.floor(t.length/536870912);let[r,s,i,u]=[1732584193,4023233417,2562383102,271733878];for(let l=0;l<o.length;l+=16){let[d,f,m,h]=[r,s,i,u];for(let _=0;_<64;_++){let p=_>>4,v,g;p===0?[v,g]=[f&m|~f&h,_]:p===1?[v,g]=[h&f|~h&m,(5*_+1)%16]:p===2?[v,g]=[f^m^h,(3*_+5)%16]:[v,g]=[m^(f|~h),7*_%16];let b=ka[p*4+_%4],w=d+v+Ca[_]+o[l+g]>>>0;[d,h,m]=[h,m,f],f=f+(w<<b|w>>>32-b)>>>0}[r,s,i,u]=[r+d>>>0,s+f>>>0,i+m>>>0,u+h>>>0]}return[r,s,i,u].map(l=>[0,8,16,24].map(d=>(l>>>d&255).toString(16).padStart(2,"0")).join("")).join("")}var it="edgepbx.session",S=V(Sa());function Sa(){try{return JSON.parse(sessionStorage.getItem(it))||null}catch{return null}}var Na=30*60*1e3,sn=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>sn=Date.now(),{passive:!0});setInterval(()=>S.value&&Date.now()-sn>Na&&Oe(),60*1e3);var j=class extends Error{constructor(t,n){let o={},r=n&&n.data;if(t===400&&r&&typeof r=="object")for(let[s,i]of Object.entries(r)){let u=i&&typeof i=="object"?Object.values(i)[0]:null;o[s]=u&&u.message||String(i)}super(n&&(n.message||r&&r.message)||`HTTP ${t}`),this.status=t,this.fields=o,this.body=n}};async function L(e,t,n,o=S.value&&S.value.token){let r=S.value,s={Accept:"application/json"};o&&(s["X-Auth-Token"]=o),n!==void 0&&(s["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:s,body:n===void 0?void 0:JSON.stringify({data:n})}),u=await i.json().catch(()=>null);if(i.status===401&&r&&t!=="user_auth"&&Oe(),!i.ok)throw new j(i.status,u);return u}async function ln(e){let t=await fetch("/v2/"+X(e),{headers:{"X-Auth-Token":S.value.token,Accept:"audio/*"}});if(!t.ok)throw new j(t.status,await t.json().catch(()=>null));return t.blob()}var X=e=>`accounts/${S.value.account}/${e}`,y=async e=>(await L("GET",X(e))).data,M=async(e,t)=>(await L("PUT",X(e),t)).data,B=async(e,t)=>(await L("POST",X(e),t)).data,W=async(e,t)=>(await L("PATCH",X(e),t)).data,E=async e=>(await L("DELETE",X(e))).data,cn=(e,t,n)=>L("PUT","user_auth",{credentials:rn(`${t.toLowerCase()}:${n}`),account_name:e});async function dn(e,t,n){let o=await cn(e,t,n),r={token:o.auth_token,account:o.data.account_id,owner:o.data.owner_id,accountName:e},s=(await L("GET",`accounts/${r.account}/users/${r.owner}`,void 0,r.token)).data;r.admin=s.priv_level==="admin",sessionStorage.setItem(it,JSON.stringify(r)),S.value=r}function Oe(){sessionStorage.removeItem(it),S.value=null}async function un(e,t){try{return await cn(S.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var a={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension and their phones?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"},featureCodes:"Feature codes",fcHint:"Codes dialled from any phone of the office. A code with \u2026 takes a number dialled after it. Turning a code off frees it.",fcWhat:"What it does",fcCode:"Code",fcOn:"On",fcNotRun:"This box does not run this code yet.",fcDigits:"1 to 6 digits",fcTaken:e=>`${e} is already another code`,followMe:"Find me follow me",followMeHint:"A call to your extension rings the phones picked here, each from its start for its ring time.",followMeOn:"Ring my phones by this timeline",pickPhone:"Pick at least one phone",boxSettings:(e,t)=>`PIN and greeting of ${e} (${t})`,newPin:"New PIN (4 to 6 digits)",newPinAgain:"New PIN again",pinMismatch:"The two PINs differ",changePin:"Change PIN",pinChanged:"PIN changed.",uploadGreeting:"Upload greeting",greetingSaved:"Greeting saved.",storage:"Storage (data partition)",storageUse:(e,t)=>`${e.toFixed(1)} GB used of ${t.toFixed(1)} GB`,lastBackup:"Last backup",backupAt:e=>`${e} UTC`,neverBackedUp:"never",certificate:"Certificate expires",certExpires:(e,t)=>`${e} (in ${t} days)`,unknown:"unknown",diskFull:e=>`The data partition is nearly full: ${e} GB free`,certSoon:e=>`The box's certificate expires in ${e} days`,certExpired:"The box's certificate has expired"};function k({id:e,label:t,value:n,onInput:o,error:r,type:s="text",required:i,autocomplete:u,inputmode:l}){let d=`${e}-error`;return c`<div class="field">
    <label for=${e}>${t}</label>
    <input
      id=${e}
      name=${e}
      type=${s}
      value=${n}
      required=${i}
      autocomplete=${u}
      inputmode=${l}
      aria-invalid=${r?"true":void 0}
      aria-describedby=${r?d:void 0}
      onInput=${f=>o(f.target.value)}
    />
    ${r&&c`<p class="error" id=${d} role="alert">${r}</p>`}
  </div>`}function x({message:e}){return e?c`<p class="banner" role="alert">${e}</p>`:null}function z({id:e,label:t,checked:n,onChange:o}){return c`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${r=>o(r.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function mn(){let[e,t]=$({account:"",username:"",password:""}),[n,o]=$(!1),[r,s]=$(""),i=l=>d=>t({...e,[l]:d});async function u(l){l.preventDefault(),o(!0),s("");try{await dn(e.account.trim(),e.username.trim(),e.password)}catch(d){s(d.status===401?a.badLogin:d.message),o(!1)}}return c`<main class="login">
    <form onSubmit=${u} aria-label=${a.login}>
      <h1>${a.app}</h1>
      <${x} message=${r} />
      <${k} id="account" label=${a.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${k} id="username" label=${a.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${k} id="password" label=${a.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?a.signingIn:a.login}</button>
    </form>
  </main>`}var Ea=5e3;async function Pa(){let e=await y("resources?paginate=false");return(await Promise.all(e.map(n=>y(`resources/${n.id}/status`).then(o=>[n,o])))).flatMap(([n,o])=>o.gateways.filter(r=>r.state==="failed").map(r=>a.trunkDown(n.name||n.id,r.server)))}var fn=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function Ma(){let[e,t,n]=await Promise.all([y("devices?with_status=true&paginate=false"),y("channels"),y("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function Oa(e){var n;let t={};for(let o of e){let r=t[n=o.device_type||"sip_device"]||(t[n]=[0,0]);r[0]+=1,o.registered&&(r[1]+=1)}return Object.entries(t).map(([o,[r,s]])=>[o,r,s]).sort((o,r)=>r[1]-o[1]||o[0].localeCompare(r[0]))}var Da=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function Aa(){let[e,t,n,o,r,s,i]=await Promise.all([y("users?paginate=false"),y("phone_numbers"),fn(L("GET","system_status").then(l=>l.data),null),fn(y("sip_bans"),[]),Pa(),y("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),y("conferences?paginate=false")]),u=Object.values(t.numbers||{});return{users:e.length,numbers:u.length,spare:u.filter(l=>!l.used_by).length,version:n&&n.software_version,main:Da(s.flatMap(l=>l.numbers||[])),conference:i.flatMap(l=>l.conference_numbers||[]),box:n&&Ia(n),alerts:[...o.map(l=>a.banned(l.ip,l.reason)),...r,...n?Ta(n):[]]}}var lt=1024**3,Fa=.9,Ua=30;function Ia({storage:e,last_backup:t,certificate:n}){return{storage:e?a.storageUse((e.total_bytes-e.free_bytes)/lt,e.total_bytes/lt):a.unknown,backup:t?a.backupAt(new Date(t.time_unix*1e3).toISOString().slice(0,16).replace("T"," ")):a.neverBackedUp,cert:n?a.certExpires(new Date(n.expires_unix*1e3).toISOString().slice(0,10),n.days_left):a.unknown}}function Ta({storage:e,certificate:t}){let n=[];return e&&e.total_bytes&&1-e.free_bytes/e.total_bytes>=Fa&&n.push(a.diskFull(Math.round(e.free_bytes/lt*10)/10)),t&&t.days_left<Ua&&n.push(t.days_left<0?a.certExpired:a.certSoon(t.days_left)),n}function se({id:e,label:t,value:n}){return c`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function pn(){let[e,t]=$(null),[n,o]=$(null),[r,s]=$("");C(()=>{Aa().then(t,f=>s(f.message));let l=()=>Ma().then(o,f=>s(f.message));l();let d=setInterval(l,Ea);return()=>clearInterval(d)},[]);let i=n?n.devices.filter(l=>l.registered).length:"\u2026",u=n?n.ports.filter(l=>l.state==="down"||l.alarm).map(l=>a.portDown(l.name,l.alarm)):[];return c`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${a.dashboard}</h2>
    <${x} message=${r} />
    <div class="tiles">
      <${se} id="users" label=${a.users} value=${e?e.users:"\u2026"} />
      <${se} id="devices" label=${a.devices} value=${n?n.devices.length:"\u2026"} />
      <${se} id="registered" label=${a.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${se} id="calls" label=${a.callsNow} value=${n?n.calls:"\u2026"} />
      <${se} id="numbers" label=${a.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&c`<${se} id="version" label=${a.softwareVersion} value=${e.version} />`}
    </div>
    ${n&&c`<h3>${a.devicesByType}</h3>
      <ul class="by-type">
        ${Oa(n.devices).map(([l,d,f])=>c`<li key=${l} data-type=${l}>${a.deviceTypes[l]||l}: ${a.registeredOf(f,d)}</li>`)}
      </ul>`}
    ${n&&n.ports.length>0&&c`<h3>${a.analogPorts}</h3>
      <ul class="ports">
        ${n.ports.map(l=>c`<li key=${l.name} data-port=${l.name}><span class=${l.state==="down"?"dot":"dot on"}>${l.name} · ${a.portStates[l.state]||l.state}</span></li>`)}
      </ul>`}
    ${e&&c`<dl class="facts">
      <dt>${a.mainNumbers}</dt><dd data-fact="main">${e.main.join(", ")||a.noneSet}</dd>
      <dt>${a.conferenceNumbers}</dt><dd data-fact="conference">${e.conference.join(", ")||a.noneSet}</dd>
      ${e.box&&c`<dt>${a.storage}</dt><dd data-fact="storage">${e.box.storage}</dd>
        <dt>${a.lastBackup}</dt><dd data-fact="backup">${e.box.backup}</dd>
        <dt>${a.certificate}</dt><dd data-fact="certificate">${e.box.cert}</dd>`}
    </dl>`}
    <h3>${a.alerts}</h3>
    ${e&&([...e.alerts,...u].length?c`<ul class="alerts">${[...e.alerts,...u].map(l=>c`<li key=${l}>${l}</li>`)}</ul>`:c`<p class="ok">${a.noAlerts}</p>`)}
  </section>`}var H=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),dt=e=>`${e.first_name} ${e.last_name}`.trim();function ct(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,o=>t[o%t.length]).join("")}function ut(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:dt(t),number:t.extension}},ui_metadata:H()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}function De(e,t,n){return{...e,type:"mainUserCallflow",owner_id:t.id,name:a.callflowOf(dt(t)),numbers:[n],contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:{}},ui_metadata:H()}}function mt(e){return{device_type:"sip_device",name:a.phoneOf(dt(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${ct(10)}`,password:ct(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:H()}}var he=15;function ft(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||H()}}function pt(e,t,n){let o=Math.max(...n.members.map(r=>r.delay+r.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[ct(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:o,repeats:n.repeats,endpoints:n.members.map(r=>({id:r.id,endpoint_type:"user",delay:r.delay,timeout:r.timeout}))},children:{}},ui_metadata:e.ui_metadata||H()}}var Ba=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function $t(e,t,n,o){return{...e,name:o.name,type:"userGroup",group_id:t.id,numbers:[o.extension],flow:{module:"callflow",data:{id:n.id},children:{_:Ba(o.next_vmbox)}},ui_metadata:e.ui_metadata||H()}}function $n(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((o,r)=>({...o,delay:r*n,timeout:n}))}function ja(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:null}function Ra(e,t){if(!(t instanceof j))throw t;let n={},o=[];for(let[r,s]of Object.entries(t.fields)){let i=ja(e,r);i?n[i]=s:o.push(`${r}: ${s}`)}throw t.fields=n,o.length&&(t.message=o.join("; ")),t}async function te(e,t,n){try{return await t()}catch(o){for(let r of n.reverse())await r().catch(()=>{});Ra(e,o)}}async function hn(e){let t=[],n=await te("users",()=>M("users",ut({},e)),t);t.push(()=>E(`users/${n.id}`));let o=await te("callflows",()=>M("callflows",De({},n,e.extension)),t);return t.push(()=>E(`callflows/${o.id}`)),e.phone&&await te("devices",()=>M("devices",mt(n)),t),n}async function _n(e,t,n){let o=await y(`users/${e}`),r=await te("users",()=>B(`users/${e}`,ut(o,t)),[]);if(n){let s=await y(`callflows/${n}`);await te("callflows",()=>B(`callflows/${n}`,De(s,r,t.extension)),[])}else await te("callflows",()=>M("callflows",De({},r,t.extension)),[]);return t.phone&&await te("devices",()=>M("devices",mt(r)),[]),r}async function bn(e){let[t,n]=await Promise.all([y(`callflows?filter_owner_id=${e}&paginate=false`),y(`devices?filter_owner_id=${e}&paginate=false`)]);for(let o of[...t.map(r=>`callflows/${r.id}`),...n.map(r=>`devices/${r.id}`)])await E(o);await E(`users/${e}`)}var La=5e3;function ht({ownerId:e}){let[t,n]=$([]),[o,r]=$("");return C(()=>{let s=!0;L("GET",`accounts/${S.value.account}`).then(l=>s&&r(l.data.realm||""));async function i(){let l=await y(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),d=await Promise.all(l.map(f=>y(`devices/${f.id}`)));s&&n(d.map((f,m)=>({...f,registered:l[m].registered})))}i().catch(()=>{});let u=setInterval(()=>i().catch(()=>{}),La);return()=>{s=!1,clearInterval(u)}},[e]),t.map(s=>c`<div class="card" key=${s.id} aria-label=${a.sipCredentials}>
      <h3>${a.sipCredentials}: ${s.name}</h3>
      <dl>
        <dt>${a.sipUser}</dt><dd class="sip-user">${s.sip&&s.sip.username}</dd>
        <dt>${a.sipPassword}</dt><dd class="sip-password">${s.sip&&s.sip.password}</dd>
        <dt>${a.sipRealm}</dt><dd>${o}</dd>
        <dt>${a.status}</dt><dd class=${s.registered?"dot on":"dot"}>${s.registered?a.registered:a.notRegistered}</dd>
      </dl>
    </div>`)}function _t(e,t){return e.length<12?a.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(o=>o.test(e)).length<3?a.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?a.pwUsername:""}function ie({username:e,onDone:t}){let[n,o]=$({old:"",next:"",again:""}),[r,s]=$({}),[i,u]=$(""),[l,d]=$(!1),[f,m]=$(!1),h=p=>v=>o({...n,[p]:v});async function _(p){p.preventDefault(),m(!1);let v={};n.old||(v.old=a.required);let g=_t(n.next,e);if(g?v.next=g:n.next===n.old&&(v.next=a.pwSame),n.again!==n.next&&(v.again=a.pwMismatch),s(v),!Object.keys(v).length){d(!0),u("");try{if(!await un(e,n.old)){s({old:a.pwOldWrong});return}await W(`users/${S.value.owner}`,{password:n.next,require_password_update:!1}),o({old:"",next:"",again:""}),m(!0),t&&t()}catch(b){s(b.fields||{}),u(b.message)}finally{d(!1)}}}return c`<form onSubmit=${_} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${a.changePassword}</h3>
    <p class="hint">${a.pwRules}</p>
    <${x} message=${i} />
    <${k} id="pw_old" label=${a.pwOld} type="password" value=${n.old} onInput=${h("old")} error=${r.old} autocomplete="current-password" />
    <${k} id="pw_new" label=${a.pwNew} type="password" value=${n.next} onInput=${h("next")} error=${r.next||r.password} autocomplete="new-password" />
    <${k} id="pw_again" label=${a.pwAgain} type="password" value=${n.again} onInput=${h("again")} error=${r.again} autocomplete="new-password" />
    ${f&&c`<p class="ok" role="status">${a.pwChanged}</p>`}
    <button type="submit" disabled=${l}>${l?a.saving:a.changePassword}</button>
  </form>`}function Ha(e,t){let n={};for(let r of["first_name","last_name","username","extension"])e[r].trim()||(n[r]=a.required);e.extension&&!/^\d{2,8}$/.test(e.extension)&&(n.extension=a.extDigits);let o=(t||e.password)&&_t(e.password,e.username);return o&&(n.password=o),n}function Ae({user:e,onDone:t}){let n=!e.id,[o,r]=$({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n}),[s,i]=$({}),[u,l]=$(""),[d,f]=$(!1),[m,h]=$(null),_=g=>b=>r({...o,[g]:b});async function p(g){g.preventDefault();let b=Ha(o,n);if(i(b),l(""),!Object.keys(b).length){f(!0);try{let w=n?await hn(o):await _n(e.id,o,e.callflow&&e.callflow.id);n||o.phone?h(w):t()}catch(w){i(w.fields||{}),l(`${a.failed} ${w.message}`)}f(!1)}}if(m)return c`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${m.first_name} ${m.last_name}</h2>
      <${ht} ownerId=${m.id} />
      <button onClick=${()=>t({...m,extension:o.extension})}>${a.users}</button>
    </section>`;let v=e.devices&&e.devices.length>0;return c`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?a.addUser:a.editUser}</h2>
    <form onSubmit=${p} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="first_name" label=${a.firstName} value=${o.first_name} onInput=${_("first_name")} error=${s.first_name} required />
        <${k} id="last_name" label=${a.lastName} value=${o.last_name} onInput=${_("last_name")} error=${s.last_name} required />
        <${k} id="username" label=${a.username} value=${o.username} onInput=${_("username")} error=${s.username} required autocomplete="off" />
        <${k} id="email" label=${a.email} type="email" value=${o.email} onInput=${_("email")} error=${s.email} />
        <${k} id="new_password" label=${a.password} type="password" value=${o.password} onInput=${_("password")} error=${s.password} required=${n} autocomplete="new-password" />
        <${k} id="extension" label=${a.extension} value=${o.extension} onInput=${_("extension")} error=${s.extension} required inputmode="numeric" />
      </div>
      ${!v&&c`<div class="check">
        <input type="checkbox" id="phone" checked=${o.phone} onChange=${g=>r({...o,phone:g.target.checked})} />
        <label for="phone">${a.deskPhone}</label>
      </div>`}
      <div class="bar">
        <button type="submit" disabled=${d}>${d?a.saving:a.save}</button>
        <button type="button" class="plain" onClick=${t}>${a.cancel}</button>
      </div>
    </form>
    ${v&&c`<${ht} ownerId=${e.id} />`}
  </section>`}async function Ga(){let[e,t,n]=await Promise.all([y("users?paginate=false"),y("callflows?filter_type=mainUserCallflow&paginate=false"),y("devices?with_status=true&paginate=false")]);return e.map(o=>{let r=t.find(s=>s.owner_id===o.id);return{...o,callflow:r,extension:r&&r.numbers?r.numbers[0]:"",devices:n.filter(s=>s.owner_id===o.id)}})}function gn(){let[e,t]=$(null),[n,o]=$(null),[r,s]=$(""),i=()=>Ga().then(t,l=>s(l.message));C(i,[]);async function u(l){if(confirm(a.confirmDelete(`${l.first_name} ${l.last_name}`))){try{await bn(l.id)}catch(d){s(d.message)}i()}}return n?c`<${Ae}
      user=${n}
      onDone=${()=>{o(null),i()}}
    />`:c`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${a.users}</h2>
      <button onClick=${()=>o({})}>${a.addUser}</button>
    </div>
    <${x} message=${r} />
    ${e?e.length===0?c`<p>${a.none}</p>`:c`<table class="list" aria-label=${a.users}>
            <thead><tr><th>${a.name}</th><th>${a.username}</th><th>${a.extension}</th><th>${a.devices}</th><th><span class="sr">${a.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(l=>c`<tr key=${l.id} data-user=${l.username}>
                  <td data-label=${a.name}>${l.first_name} ${l.last_name}</td>
                  <td data-label=${a.username}>${l.username}</td>
                  <td data-label=${a.extension} class="ext">${l.extension}</td>
                  <td data-label=${a.devices}>
                    ${l.devices.map(d=>c`<span class=${d.registered?"dot on":"dot"}>${d.name} · ${d.registered?a.registered:a.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>o(l)} aria-label=${`${a.edit} ${l.username}`}>${a.edit}</button>
                    ${l.id!==S.value.owner&&c`<button class="danger" onClick=${()=>u(l)} aria-label=${`${a.del} ${l.username}`}>${a.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${a.loading}</p>`}
  </section>`}function vn(){let[e,t]=$(null),[n,o]=$("");return C(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([r,s])=>{let i=u=>s.find(l=>l.id===u);t(r.map(u=>({...u,owner:i(u.owner_id)})))},r=>o(r.message))},[]),c`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${a.devices}</h2>
    <${x} message=${n} />
    ${e?e.length===0?c`<p>${a.none}</p>`:c`<table class="list" aria-label=${a.devices}>
            <thead><tr><th>${a.name}</th><th>${a.type}</th><th>${a.sipUser}</th><th>${a.owner}</th><th>${a.status}</th></tr></thead>
            <tbody>
              ${e.map(r=>c`<tr key=${r.id}>
                  <td data-label=${a.name}>${r.name}</td>
                  <td data-label=${a.type}>${r.device_type}</td>
                  <td data-label=${a.sipUser}>${r.username}</td>
                  <td data-label=${a.owner}>${r.owner?`${r.owner.first_name} ${r.owner.last_name}`:""}</td>
                  <td data-label=${a.status}><span class=${r.registered?"dot on":"dot"}>${r.registered?a.registered:a.notRegistered}</span></td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${a.loading}</p>`}
  </section>`}var Wa=86400,za=62167219200;function qa({leg:e}){return c`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function Va({call:e,withLegs:t}){let[n,o]=$(null),[r,s]=$(!1);async function i(){s(!r),n||o(await y(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return c`<tr class="call" data-call=${e.call_id}>
      <td data-label=${a.when}>${t?c`<button class="plain" aria-expanded=${r} onClick=${i}>${e.datetime}</button>`:e.datetime}</td>
      <td data-label=${a.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${a.to}>${e.dialed_number}</td>
      <td data-label=${a.duration}>${e.duration_seconds}s</td>
      <td data-label=${a.result}>${e.hangup_cause}</td>
    </tr>
    ${r&&c`<tr class="legs"><td colspan="5">
      <h3>${a.legs}</h3>
      ${n?c`<ul>${n.map(u=>c`<${qa} key=${u.id} leg=${u} />`)}</ul>`:a.loading}
    </td></tr>`}`}function yn({path:e,title:t,withLegs:n}){let[o,r]=$(null),[s,i]=$("");return C(()=>{let u=Math.floor(Date.now()/1e3)+za;y(`${e}?created_from=${u-7*Wa}&created_to=${u+60}&page_size=100`).then(r,l=>i(l.message))},[]),c`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${x} message=${s} />
    ${o?o.length===0?c`<p>${a.none}</p>`:c`<table class="list" aria-label=${t}>
            <thead><tr><th>${a.when}</th><th>${a.from}</th><th>${a.to}</th><th>${a.duration}</th><th>${a.result}</th></tr></thead>
            <tbody>${o.map(u=>c`<${Va} key=${u.id} call=${u} withLegs=${n} />`)}</tbody>
          </table>`:c`<p>${a.loading}</p>`}
  </section>`}var wn=()=>c`<${yn} path="cdrs/interaction" title=${a.callLogs} withLegs=${!0} />`,xn=()=>c`<${yn} path=${`users/${S.value.owner}/cdrs`} title=${a.myCalls} withLegs=${!1} />`;var Xa=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],Ya=["undefinedMainNumber","0"],Fe=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],_e=e=>({module:"callflow",data:{id:e},children:{}});async function Cn(){let e=await y("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(i=>[i.name,i]));for(let i of Xa){if(t[i])continue;let u=t[`${i}Menu`]||await Za(`${i}Menu`);t[i]=await M("callflows",{name:i,type:"main",numbers:[i],flow:_e(u.id),ui_metadata:H()})}let n=t.MainCallflow||await M("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:_e(t.MainOpenHours.id)}},ui_metadata:H()}),[o,r]=await Promise.all([y(`callflows/${n.id}`),y("temporal_rules?paginate=false")]),s=await Promise.all(r.filter(i=>i.name==="MainOpenHours"||i.name==="MainLunchHours").map(i=>y(`temporal_rules/${i.id}`)));return{main:o,parts:t,open:s.filter(i=>i.type==="main_weekdays"),lunch:s.filter(i=>i.type==="main_lunchbreak")}}async function Za(e){let t=await M("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:H()});return M("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:H()})}var Sn=e=>(e.numbers||[]).filter(t=>!Ya.includes(t));async function Nn(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=H(),e.main=await B(`callflows/${n.id}`,n)}var kn=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},bt=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`;async function En(e,t){let[n,...o]=e.open;for(let f of o)await E(`temporal_rules/${f.id}`);let r=[];if(t){let f={...n||{},name:"MainOpenHours",type:"main_weekdays",cycle:"weekly",interval:1,wdays:t.wdays,time_window_start:kn(t.start),time_window_stop:kn(t.stop),ui_metadata:H()};r=[n?await B(`temporal_rules/${n.id}`,f):await M("temporal_rules",f)]}else n&&await E(`temporal_rules/${n.id}`);let{parts:s,main:i}=e,u=new Set([...e.lunch,...e.open,...r].map(f=>f.id)),l=(i.flow&&i.flow.data&&i.flow.data.rules||[]).filter(f=>!u.has(f)),d={};for(let f of l)d[f]=i.flow.children[f];for(let f of e.lunch)d[f.id]=_e(s.MainLunchHours.id);for(let f of r)d[f.id]=_e(s.MainOpenHours.id);d._=_e(r.length?s.MainAfterHours.id:s.MainOpenHours.id),i.flow={module:"temporal_route",data:{rules:[...l,...[...e.lunch,...r].map(f=>f.id)]},children:d},i.ui_metadata=H(),e.main=await B(`callflows/${i.id}`,i),e.open=r}function Ja({strategy:e,onSaved:t}){let[n,o]=$(""),[r,s]=$(""),i=Sn(e.main);async function u(d){s("");try{await Nn(e,d),o(""),t()}catch(f){s(Object.values(f.fields||{})[0]||f.message)}}function l(d){d.preventDefault();let f=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(f))return s(a.badNumber);u([...i,f])}return c`<form onSubmit=${l} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${a.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(d=>c`<li key=${d}>
          <span class="main-number">${d}</span>
          <button type="button" class="plain" aria-label=${`${a.remove} ${d}`} onClick=${()=>u(i.filter(f=>f!==d))}>${a.remove}</button>
        </li>`)}
    </ul>
    <${k} id="main_number" label=${a.number} value=${n} onInput=${o} error=${r} inputmode="tel" />
    <button type="submit">${a.addNumber}</button>
  </form>`}function Ka({strategy:e,onSaved:t}){let n=e.open[0],[o,r]=$(!!n),[s,i]=$(n?n.wdays||[]:Fe.slice(0,5)),[u,l]=$(n?bt(n.time_window_start||0):"09:00"),[d,f]=$(n?bt(n.time_window_stop||0):"17:00"),[m,h]=$(""),[_,p]=$(!1),v=b=>i(s.includes(b)?s.filter(w=>w!==b):Fe.filter(w=>w===b||s.includes(w)));async function g(b){if(b.preventDefault(),p(!1),o&&!s.length)return h(a.pickDay);if(o&&!(u<d))return h(a.badHours);h("");try{await En(e,o?{wdays:s,start:u,stop:d}:null),p(!0),t()}catch(w){h(Object.entries(w.fields||{}).map(([U,O])=>`${U}: ${O}`).join("; ")||w.message)}}return c`<form onSubmit=${g} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${a.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!o} onChange=${()=>r(!1)} /><label for="h24">${a.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${o} onChange=${()=>r(!0)} /><label for="hcustom">${a.openCustom}</label></div>
    ${o&&c`<fieldset>
      <legend class="sr">${a.openCustom}</legend>
      <div class="days">
        ${Fe.map(b=>c`<span class="check"><input type="checkbox" id=${"day-"+b} checked=${s.includes(b)} onChange=${()=>v(b)} /><label for=${"day-"+b}>${a.wday[b]}</label></span>`)}
      </div>
      <div class="grid">
        <${k} id="opens" label=${a.opens} type="time" value=${u} onInput=${l} />
        <${k} id="closes" label=${a.closes} type="time" value=${d} onInput=${f} />
      </div>
    </fieldset>`}
    ${m&&c`<p class="error" role="alert">${m}</p>`}
    ${_&&c`<p class="ok" role="status">${a.saved}</p>`}
    <button type="submit">${a.save}</button>
  </form>`}function Ue(){let[e,t]=$(null),[n,o]=$(""),[,r]=$(0);C(()=>{Cn().then(t,i=>o(i.message))},[]);let s=()=>r(i=>i+1);return c`<section aria-labelledby="main-h">
    <h2 id="main-h">${a.mainNumber}</h2>
    <${x} message=${n} />
    ${e?c`<div class="stack">
          <${Ja} strategy=${e} onSaved=${s} />
          <${Ka} strategy=${e} onSaved=${s} />
        </div>`:!n&&c`<p>${a.loading}</p>`}
  </section>`}var gt=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function Ie({onDone:e}){let t=`accounts/${S.value.account}`,[n,o]=$(null),[r,s]=$({}),[i,u]=$(""),[l,d]=$(!1);C(()=>{L("GET",t).then(({data:h})=>o({name:h.name||"",timezone:h.timezone||"UTC"}),h=>u(h.message))},[]);async function f(h){if(h.preventDefault(),d(!1),!n.name.trim())return s({name:a.required});s({}),u("");try{await L("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),S.value={...S.value,accountName:n.name.trim()},d(!0),e&&e()}catch(_){s(_.fields||{}),u(_.message)}}if(!n)return c`<${x} message=${i} />${!i&&c`<p>${a.loading}</p>`}`;let m=gt.includes(n.timezone)?gt:[n.timezone,...gt];return c`<form onSubmit=${f} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${a.office}</h3>
    <${x} message=${i} />
    <${k} id="office_name" label=${a.officeName} value=${n.name} onInput=${h=>o({...n,name:h})} error=${r.name} />
    <div class="field">
      <label for="timezone">${a.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${h=>o({...n,timezone:h.target.value})}>
        ${m.map(h=>c`<option key=${h} value=${h}>${h}</option>`)}
      </select>
      ${r.timezone&&c`<p class="error" role="alert">${r.timezone}</p>`}
    </div>
    ${l&&c`<p class="ok" role="status">${a.saved}</p>`}
    <button type="submit">${a.save}</button>
  </form>`}var ne=V(null);async function Pn(){let e=await y(`users/${S.value.owner}`);e.require_password_update&&(ne.value={forced:!0,username:e.username})}async function Mn(){let e=await y(`users/${S.value.owner}`);ne.value={forced:!1,username:e.username}}function Qa(){let[e,t]=$(!1),[n,o]=$([]);return e?c`<${Ae}
      user=${{}}
      onDone=${r=>{t(!1),r&&o([...n,r])}}
    />`:c`<div>
    <h3>${a.firstUsers}</h3>
    <ul class="added">${n.map(r=>c`<li key=${r.username}>${r.first_name} ${r.last_name} · ${r.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${a.addUser}</button>
  </div>`}function On(){let{forced:e,username:t}=ne.value,[n,o]=$(!e),r=[[a.stepPassword,()=>c`<${ie} username=${t} onDone=${()=>o(!0)} />`],[a.stepOffice,()=>c`<${Ie} />`],[a.stepUsers,()=>c`<${Qa} />`],[a.stepMainNumber,()=>c`<${Ue} />`],[a.stepDone,()=>c`<p>${a.wizardDone}</p>`]],[s,i]=$(0),u=s===r.length-1,[l,d]=r[s],f=s===0&&!n;return c`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${a.wizard}</h2>
    <p class="hint">${a.stepOf(s+1,r.length)}: <strong>${l}</strong></p>
    ${f&&c`<p class="banner" role="alert">${a.pwForced}</p>`}
    <div key=${s}>${d()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${s===0} onClick=${()=>i(s-1)}>${a.back}</button>
      ${u?c`<button type="button" onClick=${()=>ne.value=null}>${a.finish}</button>`:c`<button type="button" disabled=${f} onClick=${()=>i(s+1)}>${a.next}</button>`}
    </div>
  </section>`}async function eo(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":S.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new j(t.status,n);return n.data}function Dn(){let[e,t]=$(null),[n,o]=$(!1),[r,s]=$(""),[i,u]=$("");async function l(d){if(d.preventDefault(),s(""),u(""),!e)return s(a.pickBundle);o(!0);try{let f=await eo(e);u(a.updateInstalled(f&&f.installed))}catch(f){let m=f.body&&f.body.data&&(f.body.data.message||f.body.data.detail);s(`${a.failed} ${f.message}${typeof m=="string"&&m!==f.message?`: ${m}`:""}`)}o(!1)}return c`<form onSubmit=${l} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${a.softwareUpdate}</h3>
    <p class="hint">${a.updateHint}</p>
    <${x} message=${r} />
    <div class="field">
      <label for="bundle">${a.bundle}</label>
      <input id="bundle" type="file" onChange=${d=>t(d.target.files[0]||null)} />
    </div>
    ${i&&c`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?a.uploading:a.install}</button>
  </form>`}function An(){let[e,t]=$(null),[n,o]=$(""),r=()=>y("sip_bans").then(t,i=>i.status===403?t(null):o(i.message));C(r,[]);let s=i=>E(`sip_bans/${encodeURIComponent(i)}`).then(r,u=>o(u.message));return e?c`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${a.sipBans}</h3>
    <${x} message=${n} />
    ${e.length===0?c`<p>${a.noBans}</p>`:c`<ul class="numbers">
          ${e.map(i=>c`<li key=${i.ip} data-ban=${i.ip}>
              <span>${a.banned(i.ip,i.reason)} · ${a.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>s(i.ip)} aria-label=${a.liftBan(i.ip)}>${a.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:c`<${x} message=${n} />`}function Fn(){let[e,t]=$(null),[n,o]=$("");return C(()=>{y(`users/${S.value.owner}`).then(t,r=>o(r.message))},[]),c`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${a.settings}</h2>
    <${x} message=${n} />
    <div class="stack">
      ${e&&c`<${ie} username=${e.username} />`}
      <${Ie} />
      <${An} />
      <${Dn} />
      <div><button type="button" onClick=${()=>Mn().catch(r=>o(r.message))}>${a.runWizard}</button></div>
    </div>
  </section>`}var Te=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),vt=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function to(e,t){let n=await fetch("/v2/"+X(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":S.value.token,"Content-Type":vt(t),Accept:"application/json"},body:t});if(!n.ok)throw new j(n.status,await n.json().catch(()=>null))}async function Un(e,t){let n=await M("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await to(n.id,t)}catch(o){throw await E(`media/${n.id}`).catch(()=>{}),o}return n.id}var yt=e=>E(`media/${e}`).catch(()=>{});var wt=["skip_greeting","skip_instructions","delete_after_notify","announcement_only"],no=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,In=e=>e.split(/[\s,;]+/).filter(Boolean);function ao(e){let t={};e.name.trim()||(t.name=a.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=a.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=a.pinDigits);let n=In(e.notify).find(o=>!no.test(o));return n&&(t.notify_email_addresses=a.badEmail(n)),t}function Tn({box:e,users:t,onDone:n}){let o=!e.id,[r,s]=$({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(wt.map(g=>[g,!!e[g]]))}),[i,u]=$({}),[l,d]=$(""),[f,m]=$(!1),[h,_]=$(null),p=g=>b=>s({...r,[g]:b});async function v(g){g.preventDefault();let b=ao(r);if(h&&!Te(h)&&(b.greeting=a.greetingType),u(b),d(""),Object.keys(b).length)return;let w={name:r.name.trim(),mailbox:r.mailbox,notify_email_addresses:In(r.notify),...Object.fromEntries(wt.map(O=>[O,r[O]]))};w.owner_id=r.owner_id||(o?void 0:null),w.pin=r.pin||(o?void 0:null),m(!0);let U=null;try{h&&(U=await Un(w.name,h).catch(O=>{throw Object.assign(O,{fields:{greeting:O.fields&&O.fields.media||O.message}})}),w.media={...e.media||{},unavailable:U}),o?await M("vmboxes",w):await W(`vmboxes/${e.id}`,w),U&&e.media&&e.media.unavailable&&await yt(e.media.unavailable),n()}catch(O){U&&await yt(U),u(O.fields||{}),d(`${a.failed} ${O.message}`),m(!1)}}return c`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${o?a.addVmbox:a.editVmbox}</h2>
    <form onSubmit=${v} novalidate>
      <${x} message=${l} />
      <div class="grid">
        <${k} id="vm_name" label=${a.name} value=${r.name} onInput=${p("name")} error=${i.name} required />
        <${k} id="vm_mailbox" label=${a.mailbox} value=${r.mailbox} onInput=${p("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${a.owner}</label>
          <select id="vm_owner" value=${r.owner_id} onChange=${g=>p("owner_id")(g.target.value)}>
            <option value="">${a.noOwner}</option>
            ${t.map(g=>c`<option key=${g.id} value=${g.id}>${g.first_name} ${g.last_name}</option>`)}
          </select>
          ${i.owner_id&&c`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${k} id="vm_pin" label=${a.pin} type="password" value=${r.pin} onInput=${p("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${a.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${g=>_(g.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?a.greetingSet:a.greetingNone}</p>
        ${i.greeting&&c`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${k} id="vm_notify" label=${a.recipients} value=${r.notify} onInput=${p("notify")} error=${i.notify_email_addresses} />
      ${wt.map(g=>c`<div class="check" key=${g}>
          <input type="checkbox" id=${"vm_"+g} checked=${r[g]} onChange=${b=>p(g)(b.target.checked)} />
          <label for=${"vm_"+g}>${a.vmFlags[g]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${f}>${f?a.saving:a.save}</button>
        <button type="button" class="plain" onClick=${n}>${a.cancel}</button>
      </div>
    </form>
  </section>`}var oo=62167219200,ro=e=>new Date((e-oo)*1e3).toISOString().slice(0,16).replace("T"," ");function Be({box:e,onDone:t}){let n=`vmboxes/${e.id}/messages`,[o,r]=$(null),[s,i]=$({}),u=tt([]),[l,d]=$(""),f=()=>y(`${n}?paginate=false`).then(p=>r(p.filter(v=>v.folder!=="deleted")),p=>d(p.message));C(()=>(f(),()=>u.current.forEach(p=>URL.revokeObjectURL(p))),[]);let m=p=>p.then(f,v=>d(v.message));async function h(p){if(s[p.media_id])return s[p.media_id];let v=URL.createObjectURL(await ln(`${n}/${p.media_id}/raw`));return u.current.push(v),i(g=>({...g,[p.media_id]:v})),v}async function _(p){try{let v=document.createElement("a");v.href=await h(p),v.download=`${e.mailbox}-${p.media_id}.wav`,v.click()}catch(v){d(v.message)}}return c`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${a.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${t}>${a.vmboxes}</button>
    </div>
    <${x} message=${l} />
    ${o?o.length===0?c`<p>${a.none}</p>`:c`<table class="list" aria-label=${a.messages}>
            <thead><tr><th>${a.when}</th><th>${a.from}</th><th>${a.duration}</th><th>${a.folder}</th><th><span class="sr">${a.edit}</span></th></tr></thead>
            <tbody>
              ${o.map(p=>c`<tr key=${p.media_id} data-message=${p.media_id} class="message">
                  <td data-label=${a.when}>${p.timestamp?ro(p.timestamp):""}</td>
                  <td data-label=${a.from}>${p.caller_id_name||""} ${p.caller_id_number||""}</td>
                  <td data-label=${a.duration}>${p.length?`${Math.round(p.length/1e3)} s`:""}</td>
                  <td data-label=${a.folder} class="folder">${a.folders[p.folder]||p.folder}</td>
                  <td class="actions">
                    ${s[p.media_id]?c`<audio controls autoplay src=${s[p.media_id]}></audio>`:c`<button onClick=${()=>h(p).catch(v=>d(v.message))}>${a.play}</button>`}
                    <button class="plain" onClick=${()=>_(p)}>${a.download}</button>
                    ${p.folder==="new"&&c`<button class="plain" onClick=${()=>m(B(`${n}/${p.media_id}`,{folder:"saved"}))}>${a.markHeard}</button>`}
                    <button class="danger" onClick=${()=>confirm(a.confirmDeleteMessage)&&m(E(`${n}/${p.media_id}`))}>${a.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${a.loading}</p>`}
  </section>`}function Bn(){let[e,t]=$(null),[n,o]=$(null),[r,s]=$(null),[i,u]=$(""),l=()=>Promise.all([y("vmboxes?paginate=false"),y("users?paginate=false")]).then(([_,p])=>t({boxes:_,users:p}),_=>u(_.message));C(l,[]);let d=()=>{o(null),s(null),l()};async function f(_){confirm(a.confirmDeleteVmbox(_.name))&&(await E(`vmboxes/${_.id}`).catch(p=>u(p.message)),l())}async function m(_){try{o(await y(`vmboxes/${_.id}`))}catch(p){u(p.message)}}if(n)return c`<${Tn} box=${n} users=${e.users} onDone=${d} />`;if(r)return c`<${Be} box=${r} onDone=${d} />`;let h=_=>{let p=e.users.find(v=>v.id===_);return p?`${p.first_name} ${p.last_name}`:""};return c`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${a.vmboxes}</h2>
      <button onClick=${()=>o({})}>${a.addVmbox}</button>
    </div>
    <${x} message=${i} />
    ${e?e.boxes.length===0?c`<p>${a.none}</p>`:c`<table class="list" aria-label=${a.vmboxes}>
            <thead><tr><th>${a.name}</th><th>${a.mailbox}</th><th>${a.owner}</th><th>${a.newMessages}</th><th><span class="sr">${a.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map(_=>c`<tr key=${_.id} data-vmbox=${_.mailbox}>
                  <td data-label=${a.name}>${_.name}</td>
                  <td data-label=${a.mailbox}>${_.mailbox}</td>
                  <td data-label=${a.owner}>${h(_.owner_id)}</td>
                  <td data-label=${a.newMessages} class="count">${_.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>s(_)} aria-label=${a.messagesOf(_.name)}>${a.messages}</button>
                    <button class="plain" onClick=${()=>m(_)} aria-label=${`${a.edit} ${_.name}`}>${a.edit}</button>
                    <button class="danger" onClick=${()=>f(_)} aria-label=${`${a.del} ${_.name}`}>${a.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${a.loading}</p>`}
  </section>`}function je(e,t){if(!(t instanceof j))throw t;let n={};for(let[o,r]of Object.entries(t.fields))n[e==="userGroup"&&o.startsWith("numbers")?"extension":o.split(".")[0]]=r;throw t.fields=n,t}async function jn(){let[e,t]=await Promise.all([y("groups?paginate=false"),y("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let o=t.filter(r=>r.group_id===n.id);return{...n,userCf:o.find(r=>r.type==="userGroup"),baseCf:o.find(r=>r.type==="baseGroup")}})}async function Rn(e){let t=[];try{let n=await M("groups",ft({},e));t.push(()=>E(`groups/${n.id}`));let o=await M("callflows",pt({},n,e));t.push(()=>E(`callflows/${o.id}`)),await M("callflows",$t({},n,o,e)).catch(r=>je("userGroup",r))}catch(n){for(let o of t.reverse())await o().catch(()=>{});je("groups",n)}}async function Ln(e,t){try{let n=await B(`groups/${e.id}`,ft(await y(`groups/${e.id}`),t)),o=await B(`callflows/${e.baseCf.id}`,pt(await y(`callflows/${e.baseCf.id}`),n,t)),r=e.userCf?await y(`callflows/${e.userCf.id}`):{},s=$t(r,n,o,t);await(e.userCf?B(`callflows/${e.userCf.id}`,s):M("callflows",s)).catch(i=>je("userGroup",i))}catch(n){je("groups",n)}}async function Hn(e){for(let t of[e.userCf,e.baseCf])t&&await E(`callflows/${t.id}`);await E(`groups/${e.id}`)}var le=e=>/^\d+$/.test(String(e))?Number(e):NaN;function so(e){let t={};return e.name.trim()||(t.name=a.required),/^\d{2,8}$/.test(e.extension)||(t.extension=a.extDigits),le(e.repeats)>=1&&le(e.repeats)<=10||(t.repeats=a.repeatsRange),e.members.length||(t.members=a.pickMember),e.members.length>he&&(t.members=a.tooManyMembers(he)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=a.badTimeline),t}function Gn({id:e,label:t,value:n,onChange:o,options:r,wide:s}){return c`<div class=${s?"field wide":"field"}>
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>o(i.target.value)}>
      ${r.map(([i,u])=>c`<option key=${i} value=${i}>${u}</option>`)}
    </select>
  </div>`}function Wn({group:e,users:t,vmboxes:n,onDone:o}){let[r,s]=$(e.form),[i,u]=$("20"),[l,d]=$({}),[f,m]=$(""),[h,_]=$(!1),p=N=>D=>s({...r,[N]:D}),v=N=>r.members.find(D=>D.id===N),g=N=>s({...r,members:v(N.id)?r.members.filter(D=>D.id!==N.id):[...r.members,{id:N.id,delay:0,timeout:20}]}),b=(N,D,G)=>s({...r,members:r.members.map(R=>R.id===N?{...R,[D]:le(G)}:R)});async function w(N){N.preventDefault();let D=so(r);if(d(D),m(""),!Object.keys(D).length){_(!0);try{let G=O?r.members.map(ce=>({...ce,delay:0})):r.members,R={...r,members:G,name:r.name.trim(),repeats:le(r.repeats)};await(e.id?Ln(e,R):Rn(R)),o()}catch(G){d(G.fields||{}),m(`${a.failed} ${G.message}`),_(!1)}}}let U=r.members.length>=he,O=r.strategy!=="simultaneous";return c`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?a.editGroup:a.addGroup}</h2>
    <form onSubmit=${w} novalidate>
      <${x} message=${f} />
      <div class="grid">
        <${k} id="group_name" label=${a.name} value=${r.name} onInput=${p("name")} error=${l.name} required />
        <${k} id="group_extension" label=${a.extension} value=${r.extension} onInput=${p("extension")} error=${l.extension} required inputmode="numeric" />
        <${k} id="group_repeats" label=${a.repeats} value=${String(r.repeats)} onInput=${p("repeats")} error=${l.repeats} inputmode="numeric" />
        <${Gn} id="group_strategy" label=${a.strategy} value=${r.strategy} onChange=${p("strategy")} options=${Object.entries(a.strategies)} />
        <${Gn} id="group_next" wide label=${a.nextAction} value=${r.next_vmbox} onChange=${p("next_vmbox")}
          options=${[["",a.notAvailable],...n.map(N=>[N.id,a.toVoicemail(N.name,N.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${a.members(r.members.length,he)}</legend>
        ${l.members&&c`<p class="error" id="members-error" role="alert">${l.members}</p>`}
        <table class="list timeline" aria-label=${a.timeline}>
          <thead><tr><th>${a.member}</th>${!O&&c`<th>${a.startAfter}</th>`}<th>${a.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(N=>{let D=v(N.id),G=`${N.first_name} ${N.last_name}`;return c`<tr key=${N.id} data-member=${N.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+N.id} checked=${!!D} disabled=${!D&&U} onChange=${()=>g(N)} /><label for=${"m-"+N.id}>${G}</label></span></td>
                ${!O&&c`<td data-label=${a.startAfter}>${D&&c`<input class="delay" aria-label=${`${a.startAfter} ${G}`} inputmode="numeric" value=${Number.isNaN(D.delay)?"":D.delay} onInput=${R=>b(N.id,"delay",R.target.value)} />`}</td>`}
                <td data-label=${a.ringFor}>${D&&c`<input class="timeout" aria-label=${`${a.ringFor} ${G}`} inputmode="numeric" value=${Number.isNaN(D.timeout)?"":D.timeout} onInput=${R=>b(N.id,"timeout",R.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${k} id="group_total" label=${a.totalRing} value=${i} onInput=${u} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!r.members.length||!(le(i)>=1)} onClick=${()=>s({...r,members:$n(r.members,le(i))})}>${a.distribute}</button>
        </div>
      </fieldset>
      <div class="bar">
        <button type="submit" disabled=${h}>${h?a.saving:a.save}</button>
        <button type="button" class="plain" onClick=${o}>${a.cancel}</button>
      </div>
    </form>
  </section>`}async function io(e){let t=e.baseCf?await y(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},o=(n.endpoints||[]).map(s=>({id:s.id,delay:Number(s.delay)||0,timeout:Number(s.timeout)||20})),r=e.userCf?(await y(`callflows/${e.userCf.id}`)).flow.children._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:r&&r.module==="voicemail"?r.data.id:"",members:o}}function zn(){let[e,t]=$(null),[n,o]=$(null),[r,s]=$(""),i=()=>Promise.all([jn(),y("users?paginate=false"),y("vmboxes?paginate=false")]).then(([d,f,m])=>t({groups:d,users:f,vmboxes:m}),d=>s(d.message));C(i,[]);async function u(d){try{o({...d,form:await io(d)})}catch(f){s(f.message)}}async function l(d){confirm(a.confirmDeleteGroup(d.name))&&(await Hn(d).catch(f=>s(f.message)),i())}return n?c`<${Wn}
      group=${n}
      users=${e.users}
      vmboxes=${e.vmboxes}
      onDone=${()=>{o(null),i()}}
    />`:c`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${a.groups}</h2>
      <button disabled=${!e} onClick=${()=>o({form:{name:"",extension:"",repeats:1,strategy:"simultaneous",next_vmbox:"",members:[]}})}>${a.addGroup}</button>
    </div>
    <${x} message=${r} />
    ${e?e.groups.length===0?c`<p>${a.none}</p>`:c`<table class="list" aria-label=${a.groups}>
            <thead><tr><th>${a.name}</th><th>${a.extension}</th><th>${a.memberCount}</th><th><span class="sr">${a.edit}</span></th></tr></thead>
            <tbody>
              ${e.groups.map(d=>c`<tr key=${d.id} data-group=${d.name}>
                  <td data-label=${a.name}>${d.name}</td>
                  <td data-label=${a.extension} class="ext">${d.userCf&&d.userCf.numbers?d.userCf.numbers[0]:""}</td>
                  <td data-label=${a.memberCount}>${typeof d.endpoints=="number"?d.endpoints:Object.keys(d.endpoints||{}).length}</td>
                  <td class="actions">
                    <button onClick=${()=>u(d)} aria-label=${`${a.edit} ${d.name}`}>${a.edit}</button>
                    <button class="danger" onClick=${()=>l(d)} aria-label=${`${a.del} ${d.name}`}>${a.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${a.loading}</p>`}
  </section>`}async function lo(){let[e,t]=await Promise.all([y("phone_numbers"),y("callflows?paginate=false")]);return Object.entries(e.numbers||{}).map(([n,o])=>{let r=o.used_by_id&&t.find(s=>s.id===o.used_by_id);return{number:n,usedBy:r?r.name||r.id:o.used_by_id||""}}).sort((n,o)=>n.number.localeCompare(o.number))}function qn(){let[e,t]=$(null),[n,o]=$(""),[r,s]=$(""),[i,u]=$(""),l=()=>lo().then(t,m=>u(m.message));C(l,[]);async function d(m){m.preventDefault();let h=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(h))return s(a.badPhoneNumber);s("");try{await M(`phone_numbers/${encodeURIComponent(h)}`,{}),o(""),l()}catch(_){s(_.fields.number||_.message)}}async function f(m){confirm(a.confirmDeleteNumber(m))&&(await E(`phone_numbers/${encodeURIComponent(m)}`).catch(h=>u(h.message)),l())}return c`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${a.numbers}</h2>
    <${x} message=${i} />
    ${e?e.length===0?c`<p>${a.none}</p>`:c`<table class="list" aria-label=${a.numbers}>
            <thead><tr><th>${a.number}</th><th>${a.usedBy}</th><th><span class="sr">${a.del}</span></th></tr></thead>
            <tbody>
              ${e.map(m=>c`<tr key=${m.number} data-number=${m.number}>
                  <td data-label=${a.number} class="main-number">${m.number}</td>
                  <td data-label=${a.usedBy} class="used-by">${m.usedBy||a.spare}</td>
                  <td class="actions">${!m.usedBy&&c`<button class="danger" onClick=${()=>f(m.number)} aria-label=${`${a.remove} ${m.number}`}>${a.remove}</button>`}</td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${a.loading}</p>`}
    <form onSubmit=${d} novalidate>
      <${k} id="new_number" label=${a.number} value=${n} onInput=${o} error=${r} inputmode="tel" />
      <button type="submit">${a.addPhoneNumber}</button>
    </form>
  </section>`}var Vn=e=>e.split(/[\s,;]+/).filter(Boolean);function Xn(e){return{name:e.name.trim(),conference_numbers:[e.number],member:{pins:Vn(e.member_pins),join_muted:e.join_muted},moderator:{pins:Vn(e.moderator_pins)}}}var xt=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:[n.number],flow:{module:"conference",data:{id:t.id},children:{}}});function Yn(e){if(!(e instanceof j))throw e;let t={};for(let[n,o]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=o;throw e.fields=t,e}var Zn=e=>y(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function Jn(e){let t=null;try{t=await M("conferences",Xn(e)),await M("callflows",xt({},t,e))}catch(n){t&&await E(`conferences/${t.id}`).catch(()=>{}),Yn(n)}}async function Kn(e,t){try{let n=await W(`conferences/${e}`,Xn(t)),[o]=await Zn(e);o?await B(`callflows/${o.id}`,xt(await y(`callflows/${o.id}`),n,t)):await M("callflows",xt({},n,t))}catch(n){Yn(n)}}async function Qn(e){for(let t of await Zn(e))await E(`callflows/${t.id}`);await E(`conferences/${e}`)}var co=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function uo(e){let t={};e.name.trim()||(t.name=a.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=a.extDigits);for(let n of["member_pins","moderator_pins"])co.test(e[n].trim())||(t[n]=a.pinList);return t}function ea({conf:e,onDone:t}){let n=!e.id,[o,r]=$({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[s,i]=$({}),[u,l]=$(""),[d,f]=$(!1),m=_=>p=>r({...o,[_]:p});async function h(_){_.preventDefault();let p=uo(o);if(i(p),l(""),!Object.keys(p).length){f(!0);try{n?await Jn(o):await Kn(e.id,o),t()}catch(v){i(v.fields||{}),l(`${a.failed} ${v.message}`),f(!1)}}}return c`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?a.addConference:a.editConference}</h2>
    <form onSubmit=${h} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="conf_name" label=${a.name} value=${o.name} onInput=${m("name")} error=${s.name} required />
        <${k} id="conf_number" label=${a.confNumber} value=${o.number} onInput=${m("number")} error=${s.number} required inputmode="tel" />
        <${k} id="conf_member_pins" label=${a.memberPins} value=${o.member_pins} onInput=${m("member_pins")} error=${s.member_pins||s.member} inputmode="numeric" autocomplete="off" />
        <${k} id="conf_moderator_pins" label=${a.moderatorPins} value=${o.moderator_pins} onInput=${m("moderator_pins")} error=${s.moderator_pins||s.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${z} id="conf_join_muted" label=${a.joinMuted} checked=${o.join_muted} onChange=${m("join_muted")} />
      <div class="bar">
        <button type="submit" disabled=${d}>${d?a.saving:a.save}</button>
        <button type="button" class="plain" onClick=${t}>${a.cancel}</button>
      </div>
    </form>
  </section>`}var ta=e=>(e&&e.pins||[]).length;function na(){let[e,t]=$(null),[n,o]=$(null),[r,s]=$(""),i=()=>y("conferences?paginate=false").then(t,d=>s(d.message));C(i,[]);async function u(d){try{o(await y(`conferences/${d.id}`))}catch(f){s(f.message)}}async function l(d){confirm(a.confirmDeleteConference(d.name))&&(await Qn(d.id).catch(f=>s(f.message)),i())}return n?c`<${ea}
      conf=${n}
      onDone=${()=>{o(null),i()}}
    />`:c`<section aria-labelledby="conf-h">
    <div class="bar">
      <h2 id="conf-h">${a.conferences}</h2>
      <button onClick=${()=>o({})}>${a.addConference}</button>
    </div>
    <${x} message=${r} />
    ${e?e.length===0?c`<p>${a.none}</p>`:c`<table class="list" aria-label=${a.conferences}>
            <thead><tr><th>${a.name}</th><th>${a.confNumber}</th><th>${a.pins}</th><th><span class="sr">${a.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(d=>c`<tr key=${d.id} data-conference=${d.name}>
                  <td data-label=${a.name}>${d.name}</td>
                  <td data-label=${a.confNumber} class="ext">${(d.conference_numbers||[]).join(", ")}</td>
                  <td data-label=${a.pins} class="pins">${a.pinSummary(ta(d.member),ta(d.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>u(d)} aria-label=${`${a.edit} ${d.name}`}>${a.edit}</button>
                    <button class="danger" onClick=${()=>l(d)} aria-label=${`${a.del} ${d.name}`}>${a.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${a.loading}</p>`}
  </section>`}var mo=(e,t)=>({...e,numbers:e.numbers.map(n=>n.replace("{code}",t)),patterns:e.patterns.map(n=>n.replace("{code}",t.replace(/\*/g,"\\*"))),featurecode:{...e.featurecode,number:t}}),fo=e=>/^[0-9*]{1,6}$/.test(e),po=(e,t)=>(e.star?`*${t}`:t)+(e.takes_digits?"\u2026":"");function $o({row:e,taken:t,onSaved:n}){let[o,r]=$(e.number),[s,i]=$(e.enabled),[u,l]=$(""),[d,f]=$(!1),m=o!==e.number||s!==e.enabled,h=`fc-${e.name.replace(/[^a-z0-9]/gi,"_")}`;async function _(){if(s&&!fo(o))return l(a.fcDigits);if(s&&t(e,o))return l(a.fcTaken(po(e,o)));l(""),f(!0);try{let p=mo(e.template,o);s?e.enabled?await W(`callflows/${e.callflow_id}`,{numbers:p.numbers,patterns:p.patterns,featurecode:p.featurecode}):await M("callflows",p):await E(`callflows/${e.callflow_id}`),n()}catch(p){l(p.fields.numbers||p.fields.patterns||p.message),f(!1)}}return c`<tr data-code=${e.name} class=${e.handled?"":"muted"}>
    <td data-label=${a.fcWhat}>${e.description}${!e.handled&&c`<br /><small>${a.fcNotRun}</small>`}</td>
    <td data-label=${a.fcCode}>
      <span class="code-input">${e.star?"*":""}<input id=${h} aria-label=${`${a.fcCode}: ${e.description}`} value=${o} inputmode="tel" size="6"
        aria-invalid=${u?"true":void 0} onInput=${p=>r(p.target.value.trim())} disabled=${!s} />${e.takes_digits?"\u2026":""}</span>
      ${u&&c`<p class="error" role="alert">${u}</p>`}
    </td>
    <td data-label=${a.fcOn}><input type="checkbox" aria-label=${`${a.fcOn}: ${e.description}`} checked=${s} disabled=${!e.handled&&!e.enabled}
      onChange=${p=>i(p.target.checked)} /></td>
    <td class="actions">${m&&c`<button type="button" disabled=${d} onClick=${_} aria-label=${`${a.save}: ${e.description}`}>${a.save}</button>`}</td>
  </tr>`}function aa(){let[e,t]=$(null),[n,o]=$(""),r=()=>y("feature_codes").then(t,i=>o(i.message));C(r,[]);let s=(i,u)=>e.some(l=>l!==i&&l.enabled&&l.star===i.star&&l.number===u);return c`<section aria-labelledby="fc-h">
    <h2 id="fc-h">${a.featureCodes}</h2>
    <p class="hint">${a.fcHint}</p>
    <${x} message=${n} />
    ${e?c`<table class="list" aria-label=${a.featureCodes}>
          <thead><tr><th>${a.fcWhat}</th><th>${a.fcCode}</th><th>${a.fcOn}</th><th><span class="sr">${a.save}</span></th></tr></thead>
          <tbody>${e.map(i=>c`<${$o} key=${`${i.name}/${i.callflow_id}/${i.number}`} row=${i} taken=${s} onSaved=${r} />`)}</tbody>
        </table>`:c`<p>${a.loading}</p>`}
  </section>`}var ho=/^\+?\d{2,15}$/;function _o(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function oa({user:e,onSaved:t}){let[n,o]=$(_o(e)),[r,s]=$({}),[i,u]=$(""),[l,d]=$(!1),[f,m]=$(!1),h=p=>v=>{d(!1),o({...n,[p]:v})};async function _(p){p.preventDefault();let v=n.forward&&!ho.test(n.number.trim())?{"call_forward.number":a.forwardNumber}:{};if(s(v),u(""),!Object.keys(v).length){m(!0);try{let g=await W(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});d(!0),t&&t(g)}catch(g){s(g.fields||{}),u(`${a.failed} ${g.message}`)}m(!1)}}return c`<form onSubmit=${_} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${a.callHandling}</h3>
    <${x} message=${i} />
    <${z} id="dnd" label=${a.dnd} checked=${n.dnd} onChange=${h("dnd")} />
    <${z} id="forward" label=${a.forward} checked=${n.forward} onChange=${h("forward")} />
    ${n.forward&&c`<fieldset>
      <${k} id="forward_number" label=${a.forwardTo} value=${n.number} onInput=${h("number")} error=${r["call_forward.number"]} inputmode="tel" />
      <${z} id="ring_devices" label=${a.ringDevicesToo} checked=${n.ring_devices} onChange=${h("ring_devices")} />
      <${z} id="direct_calls_only" label=${a.directCallsOnly} checked=${n.direct_calls_only} onChange=${h("direct_calls_only")} />
      <${z} id="keep_caller_id" label=${a.keepCallerId} checked=${n.keep_caller_id} onChange=${h("keep_caller_id")} />
      <${z} id="require_keypress" label=${a.requireKeypress} checked=${n.require_keypress} onChange=${h("require_keypress")} />
    </fieldset>`}
    ${l&&c`<p class="ok" role="status">${a.saved}</p>`}
    <button type="submit" disabled=${f}>${f?a.saving:a.save}</button>
  </form>`}var ra=(e,t)=>/^\d+$/.test(String(e))&&Number(e)>=t&&Number(e)<=300;function sa({userId:e}){let[t,n]=$(null),[o,r]=$(null),[s,i]=$({}),[u,l]=$(""),[d,f]=$(!1),m=(p,v)=>{let g=Object.fromEntries(p.endpoints.map(b=>[b.id,b]));r({enabled:p.enabled,rows:v.map(b=>({id:b.id,name:b.name,on:!!g[b.id],delay:String(g[b.id]?.delay??0),timeout:String(g[b.id]?.timeout??20)}))})};if(C(()=>{Promise.all([y(`users/${e}/find_me_follow_me`),y(`users/${e}/devices`)]).then(([p,v])=>{n(v),m(p,v)},p=>l(p.message))},[]),!o)return c`<div class="card"><h3>${a.followMe}</h3><${x} message=${u} />${!u&&a.loading}</div>`;let h=(p,v,g)=>r({...o,rows:o.rows.map((b,w)=>w===p?{...b,[v]:g}:b)});async function _(p){p.preventDefault(),f(!1),l("");let v=o.rows.filter(b=>b.on),g={};if(o.enabled&&!v.length&&(g.rows=a.pickPhone),o.rows.forEach((b,w)=>{b.on&&(!ra(b.delay,0)||!ra(b.timeout,1))&&(g[w]=a.badTimeline)}),i(g),!Object.keys(g).length)try{let b=v.map(w=>({id:w.id,delay:Number(w.delay),timeout:Number(w.timeout)}));m(await B(`users/${e}/find_me_follow_me`,{enabled:o.enabled,endpoints:o.enabled?b:[]}),t),f(!0)}catch(b){let w={};for(let[U,O]of Object.entries(b.fields||{})){let N=/^endpoints\.(\d+)\./.exec(U);N?w[o.rows.indexOf(v[Number(N[1])])]=O:w.rows=O}i(w),l(`${a.failed} ${b.message}`)}}return c`<form class="card" onSubmit=${_} novalidate aria-labelledby="fmfm-h">
    <h3 id="fmfm-h">${a.followMe}</h3>
    <p class="hint">${a.followMeHint}</p>
    <${x} message=${u} />
    <${z} id="fmfm_on" label=${a.followMeOn} checked=${o.enabled} onChange=${p=>r({...o,enabled:p})} />
    ${o.enabled&&c`${s.rows&&c`<p class="error" role="alert">${s.rows}</p>`}
      <table class="list timeline" aria-label=${a.followMe}>
        <thead><tr><th>${a.myDevices}</th><th>${a.startAfter}</th><th>${a.ringFor}</th></tr></thead>
        <tbody>
          ${o.rows.map((p,v)=>c`<tr key=${p.id} data-fmfm=${p.name}>
              <td><span class="check"><input type="checkbox" id=${"fm-"+p.id} checked=${p.on} onChange=${g=>h(v,"on",g.target.checked)} /><label for=${"fm-"+p.id}>${p.name}</label></span>
                ${s[v]&&c`<p class="error" role="alert">${s[v]}</p>`}</td>
              <td data-label=${a.startAfter}>${p.on&&c`<input aria-label=${`${a.startAfter} ${p.name}`} inputmode="numeric" value=${p.delay} onInput=${g=>h(v,"delay",g.target.value)} />`}</td>
              <td data-label=${a.ringFor}>${p.on&&c`<input aria-label=${`${a.ringFor} ${p.name}`} inputmode="numeric" value=${p.timeout} onInput=${g=>h(v,"timeout",g.target.value)} />`}</td>
            </tr>`)}
        </tbody>
      </table>`}
    <div class="bar"><button type="submit">${a.save}</button>${d&&c`<span class="ok" role="status">${a.saved}</span>`}</div>
  </form>`}var bo=5e3;function go({userId:e}){let[t,n]=$(null),[o,r]=$("");return C(()=>{let s=()=>y(`users/${e}/devices`).then(n,u=>r(u.message));s();let i=setInterval(s,bo);return()=>clearInterval(i)},[]),c`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${a.myDevices}</h3>
    <${x} message=${o} />
    ${t?t.length===0?a.none:c`<ul class="my-devices">
            ${t.map(s=>c`<li key=${s.id} data-device=${s.name}>
                <span class=${s.registered?"dot on":"dot"}>${s.name} · ${s.registered?a.registered:a.notRegistered}</span>
              </li>`)}
          </ul>`:a.loading}
  </div>`}function ia(){let[e,t]=$(null),[n,o]=$("");return C(()=>{y(`users/${S.value.owner}`).then(t,r=>o(r.message))},[]),c`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:a.myPhone}</h2>
    <${x} message=${n} />
    ${e&&c`<div class="stack">
      <${go} userId=${e.id} />
      <${oa} user=${e} onSaved=${t} />
      <${sa} userId=${e.id} />
      <${ie} username=${e.username} />
    </div>`}
  </section>`}async function vo(e,t){let n=await fetch("/v2/"+X(`vmboxes/${e}/greeting`),{method:"POST",headers:{"X-Auth-Token":S.value.token,"Content-Type":vt(t),Accept:"application/json"},body:t});if(!n.ok)throw new j(n.status,await n.json().catch(()=>null))}function la({box:e}){let[t,n]=$(""),[o,r]=$(""),[s,i]=$(null),[u,l]=$({}),[d,f]=$(""),[m,h]=$(!1),_=()=>y(`vmboxes/${e.id}`).then(b=>h(!!(b.media&&b.media.unavailable)),()=>{});C(_,[]);let p=b=>`${b}_${e.mailbox}`;async function v(b){b.preventDefault(),f("");let w={};if(/^\d{4,6}$/.test(t)?t!==o&&(w.again=a.pinMismatch):w.pin=a.pinDigits,l(w),!Object.keys(w).length)try{await W(`vmboxes/${e.id}`,{pin:t}),n(""),r(""),f("pin")}catch(U){l({pin:U.fields.pin||U.message})}}async function g(b){if(b.preventDefault(),f(""),!s||!Te(s))return l({greeting:a.greetingType});l({});try{await vo(e.id,s),f("greeting"),_()}catch(w){l({greeting:w.fields.media||w.message})}}return c`<div class="card" data-settings=${e.mailbox}>
    <h3>${a.boxSettings(e.name,e.mailbox)}</h3>
    <form onSubmit=${v} novalidate>
      <${k} id=${p("pin")} label=${a.newPin} type="password" value=${t} onInput=${n} error=${u.pin} inputmode="numeric" autocomplete="new-password" />
      <${k} id=${p("pin_again")} label=${a.newPinAgain} type="password" value=${o} onInput=${r} error=${u.again} inputmode="numeric" autocomplete="new-password" />
      <div class="bar"><button type="submit">${a.changePin}</button>${d==="pin"&&c`<span class="ok" role="status">${a.pinChanged}</span>`}</div>
    </form>
    <form onSubmit=${g} novalidate>
      <div class="field">
        <label for=${p("greeting")}>${a.greeting}</label>
        <input id=${p("greeting")} type="file" accept="audio/wav,audio/mpeg,.wav,.mp3" aria-invalid=${u.greeting?"true":void 0}
          onChange=${b=>i(b.target.files[0]||null)} />
        ${u.greeting&&c`<p class="error" id=${p("greeting")+"-error"} role="alert">${u.greeting}</p>`}
        <p class="hint">${m?a.greetingSet:a.greetingNone}</p>
      </div>
      <div class="bar"><button type="submit">${a.uploadGreeting}</button>${d==="greeting"&&c`<span class="ok" role="status">${a.greetingSaved}</span>`}</div>
    </form>
  </div>`}function ca(){let[e,t]=$(null),[n,o]=$(null),[r,s]=$(""),i=()=>y("vmboxes?paginate=false").then(t,u=>s(u.message));return C(i,[]),n?c`<${Be}
      box=${n}
      onDone=${()=>{o(null),i()}}
    />`:c`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${a.vmboxes}</h2>
    <${x} message=${r} />
    ${e?e.length===0?c`<p>${a.noBox}</p>`:c`<ul class="numbers">
            ${e.map(u=>c`<li key=${u.id} data-vmbox=${u.mailbox}>
                <span>${u.name} (${u.mailbox}) · ${a.messageCount(u.messages||0)}</span>
                <button onClick=${()=>o(u)} aria-label=${a.messagesOf(u.name)}>${a.messages}</button>
              </li>`)}
          </ul>`:c`<p>${a.loading}</p>`}
    ${e&&c`<div class="stack">${e.map(u=>c`<${la} key=${u.id} box=${u} />`)}</div>`}
  </section>`}var yo={dashboard:[a.dashboard,pn],users:[a.users,gn],devices:[a.devices,vn],groups:[a.groups,zn],calls:[a.callLogs,wn],main:[a.mainNumber,Ue],voicemail:[a.vmboxes,Bn],conferences:[a.conferences,na],codes:[a.featureCodes,aa],numbers:[a.numbers,qn],settings:[a.settings,Fn]},wo={me:[a.myPhone,ia],myvoicemail:[a.vmboxes,ca],mycalls:[a.myCalls,xn]},Re=()=>S.value&&S.value.admin===!1?wo:yo,kt=V(location.hash.slice(1));addEventListener("hashchange",()=>kt.value=location.hash.slice(1));var xo=()=>kt.value in Re()?kt.value:Object.keys(Re())[0],da=null;ee(()=>{let e=S.value;e||(ne.value=null),e&&e.admin!==!1&&da!==e.token&&(da=e.token,Pn().catch(()=>{}))});function ko(){if(!S.value)return c`<${mn} />`;let e=xo(),[,t]=Re()[e];return c`<header>
      <strong>${a.app}</strong>
      <nav aria-label=${a.menu}>
        ${Object.entries(Re()).map(([n,[o]])=>c`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${o}</a>`)}
      </nav>
      <button class="plain" onClick=${Oe}>${a.logout}</button>
    </header>
    <main>${ne.value?c`<${On} />`:c`<${t} key=${e} />`}</main>`}Je(c`<${ko} />`,document.getElementById("app"));
