var ke,A,Xt,nt,Q,Vt,Zt,Qe,Jt,ot,et,tt,oa,pe={},Qt=[],aa=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,at=Array.isArray;function X(e,t){for(var n in t)e[n]=t[n];return e}function rt(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Ce(e,t,n){var a,r,s,i={};for(s in t)s=="key"?a=t[s]:s=="ref"?r=t[s]:i[s]=t[s];if(arguments.length>2&&(i.children=arguments.length>3?ke.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)i[s]===void 0&&(i[s]=e.defaultProps[s]);return we(e,i,a,r,null)}function we(e,t,n,a,r){var s={type:e,props:t,key:n,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:r??++Xt,__i:-1,__u:0};return r==null&&A.vnode!=null&&A.vnode(s),s}function Se(e){return e.children}function ee(e,t){this.props=e,this.context=t}function se(e,t){if(t==null)return e.__?se(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?se(e):null}function en(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return en(e)}}function qt(e){(!e.__d&&(e.__d=!0)&&Q.push(e)&&!xe.__r++||Vt!==A.debounceRendering)&&((Vt=A.debounceRendering)||Zt)(xe)}function xe(){var e,t,n,a,r,s,i,c;for(Q.sort(Qe);e=Q.shift();)e.__d&&(t=Q.length,a=void 0,s=(r=(n=e).__v).__e,i=[],c=[],n.__P&&((a=X({},r)).__v=r.__v+1,A.vnode&&A.vnode(a),st(n.__P,a,r,n.__n,n.__P.namespaceURI,32&r.__u?[s]:null,i,s??se(r),!!(32&r.__u),c),a.__v=r.__v,a.__.__k[a.__i]=a,on(i,a,c),a.__e!=s&&en(a)),Q.length>t&&Q.sort(Qe));xe.__r=0}function tn(e,t,n,a,r,s,i,c,l,u,f){var m,b,h,p,_,g,y=a&&a.__k||Qt,w=t.length;for(l=ra(n,t,y,l,w),m=0;m<w;m++)(h=n.__k[m])!=null&&(b=h.__i===-1?pe:y[h.__i]||pe,h.__i=m,g=st(e,h,b,r,s,i,c,l,u,f),p=h.__e,h.ref&&b.ref!=h.ref&&(b.ref&&it(b.ref,null,h),f.push(h.ref,h.__c||p,h)),_==null&&p!=null&&(_=p),4&h.__u||b.__k===h.__k?l=nn(h,l,e):typeof h.type=="function"&&g!==void 0?l=g:p&&(l=p.nextSibling),h.__u&=-7);return n.__e=_,l}function ra(e,t,n,a,r){var s,i,c,l,u,f=n.length,m=f,b=0;for(e.__k=new Array(r),s=0;s<r;s++)(i=t[s])!=null&&typeof i!="boolean"&&typeof i!="function"?(l=s+b,(i=e.__k[s]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?we(null,i,null,null,null):at(i)?we(Se,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?we(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,c=null,(u=i.__i=sa(i,n,l,m))!==-1&&(m--,(c=n[u])&&(c.__u|=2)),c==null||c.__v===null?(u==-1&&b--,typeof i.type!="function"&&(i.__u|=4)):u!=l&&(u==l-1?b--:u==l+1?b++:(u>l?b--:b++,i.__u|=4))):e.__k[s]=null;if(m)for(s=0;s<f;s++)(c=n[s])!=null&&!(2&c.__u)&&(c.__e==a&&(a=se(c)),an(c,c));return a}function nn(e,t,n){var a,r;if(typeof e.type=="function"){for(a=e.__k,r=0;a&&r<a.length;r++)a[r]&&(a[r].__=e,t=nn(a[r],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=se(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function sa(e,t,n,a){var r,s,i=e.key,c=e.type,l=t[n];if(l===null||l&&i==l.key&&c===l.type&&!(2&l.__u))return n;if(a>(l!=null&&!(2&l.__u)?1:0))for(r=n-1,s=n+1;r>=0||s<t.length;){if(r>=0){if((l=t[r])&&!(2&l.__u)&&i==l.key&&c===l.type)return r;r--}if(s<t.length){if((l=t[s])&&!(2&l.__u)&&i==l.key&&c===l.type)return s;s++}}return-1}function Yt(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||aa.test(t)?n:n+"px"}function ye(e,t,n,a,r){var s;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof a=="string"&&(e.style.cssText=a=""),a)for(t in a)n&&t in n||Yt(e.style,t,"");if(n)for(t in n)a&&n[t]===a[t]||Yt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(Jt,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=n,n?a?n.u=a.u:(n.u=ot,e.addEventListener(t,s?tt:et,s)):e.removeEventListener(t,s?tt:et,s);else{if(r=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function Kt(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=ot++;else if(t.t<n.u)return;return n(A.event?A.event(t):t)}}}function st(e,t,n,a,r,s,i,c,l,u){var f,m,b,h,p,_,g,y,w,M,C,N,O,F,j,J,Je,Y=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(l=!!(32&n.__u),s=[c=t.__e=n.__e]),(f=A.__b)&&f(t);e:if(typeof Y=="function")try{if(y=t.props,w="prototype"in Y&&Y.prototype.render,M=(f=Y.contextType)&&a[f.__c],C=f?M?M.props.value:f.__:a,n.__c?g=(m=t.__c=n.__c).__=m.__E:(w?t.__c=m=new Y(y,C):(t.__c=m=new ee(y,C),m.constructor=Y,m.render=la),M&&M.sub(m),m.props=y,m.state||(m.state={}),m.context=C,m.__n=a,b=m.__d=!0,m.__h=[],m._sb=[]),w&&m.__s==null&&(m.__s=m.state),w&&Y.getDerivedStateFromProps!=null&&(m.__s==m.state&&(m.__s=X({},m.__s)),X(m.__s,Y.getDerivedStateFromProps(y,m.__s))),h=m.props,p=m.state,m.__v=t,b)w&&Y.getDerivedStateFromProps==null&&m.componentWillMount!=null&&m.componentWillMount(),w&&m.componentDidMount!=null&&m.__h.push(m.componentDidMount);else{if(w&&Y.getDerivedStateFromProps==null&&y!==h&&m.componentWillReceiveProps!=null&&m.componentWillReceiveProps(y,C),!m.__e&&(m.shouldComponentUpdate!=null&&m.shouldComponentUpdate(y,m.__s,C)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(m.props=y,m.state=m.__s,m.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(fe){fe&&(fe.__=t)}),N=0;N<m._sb.length;N++)m.__h.push(m._sb[N]);m._sb=[],m.__h.length&&i.push(m);break e}m.componentWillUpdate!=null&&m.componentWillUpdate(y,m.__s,C),w&&m.componentDidUpdate!=null&&m.__h.push(function(){m.componentDidUpdate(h,p,_)})}if(m.context=C,m.props=y,m.__P=e,m.__e=!1,O=A.__r,F=0,w){for(m.state=m.__s,m.__d=!1,O&&O(t),f=m.render(m.props,m.state,m.context),j=0;j<m._sb.length;j++)m.__h.push(m._sb[j]);m._sb=[]}else do m.__d=!1,O&&O(t),f=m.render(m.props,m.state,m.context),m.state=m.__s;while(m.__d&&++F<25);m.state=m.__s,m.getChildContext!=null&&(a=X(X({},a),m.getChildContext())),w&&!b&&m.getSnapshotBeforeUpdate!=null&&(_=m.getSnapshotBeforeUpdate(h,p)),c=tn(e,at(J=f!=null&&f.type===Se&&f.key==null?f.props.children:f)?J:[J],t,n,a,r,s,i,c,l,u),m.base=t.__e,t.__u&=-161,m.__h.length&&i.push(m),g&&(m.__E=m.__=null)}catch(fe){if(t.__v=null,l||s!=null)if(fe.then){for(t.__u|=l?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;s[s.indexOf(c)]=null,t.__e=c}else for(Je=s.length;Je--;)rt(s[Je]);else t.__e=n.__e,t.__k=n.__k;A.__e(fe,t,n)}else s==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):c=t.__e=ia(n.__e,t,n,a,r,s,i,l,u);return(f=A.diffed)&&f(t),128&t.__u?void 0:c}function on(e,t,n){for(var a=0;a<n.length;a++)it(n[a],n[++a],n[++a]);A.__c&&A.__c(t,e),e.some(function(r){try{e=r.__h,r.__h=[],e.some(function(s){s.call(r)})}catch(s){A.__e(s,r.__v)}})}function ia(e,t,n,a,r,s,i,c,l){var u,f,m,b,h,p,_,g=n.props,y=t.props,w=t.type;if(w=="svg"?r="http://www.w3.org/2000/svg":w=="math"?r="http://www.w3.org/1998/Math/MathML":r||(r="http://www.w3.org/1999/xhtml"),s!=null){for(u=0;u<s.length;u++)if((h=s[u])&&"setAttribute"in h==!!w&&(w?h.localName==w:h.nodeType==3)){e=h,s[u]=null;break}}if(e==null){if(w==null)return document.createTextNode(y);e=document.createElementNS(r,w,y.is&&y),c&&(A.__m&&A.__m(t,s),c=!1),s=null}if(w===null)g===y||c&&e.data===y||(e.data=y);else{if(s=s&&ke.call(e.childNodes),g=n.props||pe,!c&&s!=null)for(g={},u=0;u<e.attributes.length;u++)g[(h=e.attributes[u]).name]=h.value;for(u in g)if(h=g[u],u!="children"){if(u=="dangerouslySetInnerHTML")m=h;else if(!(u in y)){if(u=="value"&&"defaultValue"in y||u=="checked"&&"defaultChecked"in y)continue;ye(e,u,null,h,r)}}for(u in y)h=y[u],u=="children"?b=h:u=="dangerouslySetInnerHTML"?f=h:u=="value"?p=h:u=="checked"?_=h:c&&typeof h!="function"||g[u]===h||ye(e,u,h,g[u],r);if(f)c||m&&(f.__html===m.__html||f.__html===e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(m&&(e.innerHTML=""),tn(e,at(b)?b:[b],t,n,a,w=="foreignObject"?"http://www.w3.org/1999/xhtml":r,s,i,s?s[0]:n.__k&&se(n,0),c,l),s!=null)for(u=s.length;u--;)rt(s[u]);c||(u="value",w=="progress"&&p==null?e.removeAttribute("value"):p!==void 0&&(p!==e[u]||w=="progress"&&!p||w=="option"&&p!==g[u])&&ye(e,u,p,g[u],r),u="checked",_!==void 0&&_!==e[u]&&ye(e,u,_,g[u],r))}return e}function it(e,t,n){try{if(typeof e=="function"){var a=typeof e.__u=="function";a&&e.__u(),a&&t==null||(e.__u=e(t))}else e.current=t}catch(r){A.__e(r,n)}}function an(e,t,n){var a,r;if(A.unmount&&A.unmount(e),(a=e.ref)&&(a.current&&a.current!==e.__e||it(a,null,t)),(a=e.__c)!=null){if(a.componentWillUnmount)try{a.componentWillUnmount()}catch(s){A.__e(s,t)}a.base=a.__P=null}if(a=e.__k)for(r=0;r<a.length;r++)a[r]&&an(a[r],t,n||typeof e.type!="function");n||rt(e.__e),e.__c=e.__=e.__e=void 0}function la(e,t,n){return this.constructor(e,n)}function lt(e,t,n){var a,r,s,i;t==document&&(t=document.documentElement),A.__&&A.__(e,t),r=(a=typeof n=="function")?null:n&&n.__k||t.__k,s=[],i=[],st(t,e=(!a&&n||t).__k=Ce(Se,null,[e]),r||pe,pe,t.namespaceURI,!a&&n?[n]:r?null:t.firstChild?ke.call(t.childNodes):null,s,!a&&n?n:r?r.__e:t.firstChild,a,i),on(s,e,i)}ke=Qt.slice,A={__e:function(e,t,n,a){for(var r,s,i;t=t.__;)if((r=t.__c)&&!r.__)try{if((s=r.constructor)&&s.getDerivedStateFromError!=null&&(r.setState(s.getDerivedStateFromError(e)),i=r.__d),r.componentDidCatch!=null&&(r.componentDidCatch(e,a||{}),i=r.__d),i)return r.__E=r}catch(c){e=c}throw e}},Xt=0,nt=function(e){return e!=null&&e.constructor==null},ee.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=X({},this.state),typeof e=="function"&&(e=e(X({},n),this.props)),e&&X(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),qt(this))},ee.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),qt(this))},ee.prototype.render=Se,Q=[],Zt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Qe=function(e,t){return e.__v.__b-t.__v.__b},xe.__r=0,Jt=/(PointerCapture)$|Capture$/i,ot=0,et=Kt(!1),tt=Kt(!0),oa=0;var sn=function(e,t,n,a){var r;t[0]=0;for(var s=1;s<t.length;s++){var i=t[s++],c=t[s]?(t[0]|=i?1:2,n[t[s++]]):t[++s];i===3?a[0]=c:i===4?a[1]=Object.assign(a[1]||{},c):i===5?(a[1]=a[1]||{})[t[++s]]=c:i===6?a[1][t[++s]]+=c+"":i?(r=e.apply(c,sn(e,c,n,["",null])),a.push(r),c[0]?t[0]|=2:(t[s-2]=0,t[s]=r)):a.push(c)}return a},rn=new Map;function ln(e){var t=rn.get(this);return t||(t=new Map,rn.set(this,t)),(t=sn(this,t.get(e)||(t.set(e,t=function(n){for(var a,r,s=1,i="",c="",l=[0],u=function(b){s===1&&(b||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?l.push(0,b,i):s===3&&(b||i)?(l.push(3,b,i),s=2):s===2&&i==="..."&&b?l.push(4,b,0):s===2&&i&&!b?l.push(5,0,!0,i):s>=5&&((i||!b&&s===5)&&(l.push(s,0,i,r),s=6),b&&(l.push(s,b,0,r),s=6)),i=""},f=0;f<n.length;f++){f&&(s===1&&u(),u(f));for(var m=0;m<n[f].length;m++)a=n[f][m],s===1?a==="<"?(u(),l=[l],s=3):i+=a:s===4?i==="--"&&a===">"?(s=1,i=""):i=a+i[0]:c?a===c?c="":i+=a:a==='"'||a==="'"?c=a:a===">"?(u(),s=1):s&&(a==="="?(s=5,r=i,i=""):a==="/"&&(s<5||n[f][m+1]===">")?(u(),s===3&&(l=l[0]),s=l,(l=l[0]).push(2,0,s),s=0):a===" "||a==="	"||a===`
`||a==="\r"?(u(),s=2):i+=a),s===3&&i==="!--"&&(s=4,l=l[0])}return u(),l}(e)),t),arguments,[])).length>1?t:t[0]}var d=ln.bind(Ce);var $e,I,dt,dn,Ee=0,bn=[],U=A,cn=U.__b,un=U.__r,mn=U.diffed,fn=U.__c,pn=U.unmount,$n=U.__;function ut(e,t){U.__h&&U.__h(I,e,Ee||t),Ee=0;var n=I.__H||(I.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function $(e){return Ee=1,da(gn,e)}function da(e,t,n){var a=ut($e++,2);if(a.t=e,!a.__c&&(a.__=[n?n(t):gn(void 0,t),function(c){var l=a.__N?a.__N[0]:a.__[0],u=a.t(l,c);l!==u&&(a.__N=[u,a.__[1]],a.__c.setState({}))}],a.__c=I,!I.u)){var r=function(c,l,u){if(!a.__c.__H)return!0;var f=a.__c.__H.__.filter(function(b){return!!b.__c});if(f.every(function(b){return!b.__N}))return!s||s.call(this,c,l,u);var m=a.__c.props!==c;return f.forEach(function(b){if(b.__N){var h=b.__[0];b.__=b.__N,b.__N=void 0,h!==b.__[0]&&(m=!0)}}),s&&s.call(this,c,l,u)||m};I.u=!0;var s=I.shouldComponentUpdate,i=I.componentWillUpdate;I.componentWillUpdate=function(c,l,u){if(this.__e){var f=s;s=void 0,r(c,l,u),s=f}i&&i.call(this,c,l,u)},I.shouldComponentUpdate=r}return a.__N||a.__}function S(e,t){var n=ut($e++,3);!U.__s&&_n(n.__H,t)&&(n.__=e,n.i=t,I.__H.__h.push(n))}function mt(e){return Ee=5,Pe(function(){return{current:e}},[])}function Pe(e,t){var n=ut($e++,7);return _n(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function ca(){for(var e;e=bn.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(Ne),e.__H.__h.forEach(ct),e.__H.__h=[]}catch(t){e.__H.__h=[],U.__e(t,e.__v)}}U.__b=function(e){I=null,cn&&cn(e)},U.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),$n&&$n(e,t)},U.__r=function(e){un&&un(e),$e=0;var t=(I=e.__c).__H;t&&(dt===I?(t.__h=[],I.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(Ne),t.__h.forEach(ct),t.__h=[],$e=0)),dt=I},U.diffed=function(e){mn&&mn(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(bn.push(t)!==1&&dn===U.requestAnimationFrame||((dn=U.requestAnimationFrame)||ua)(ca)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),dt=I=null},U.__c=function(e,t){t.some(function(n){try{n.__h.forEach(Ne),n.__h=n.__h.filter(function(a){return!a.__||ct(a)})}catch(a){t.some(function(r){r.__h&&(r.__h=[])}),t=[],U.__e(a,n.__v)}}),fn&&fn(e,t)},U.unmount=function(e){pn&&pn(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(a){try{Ne(a)}catch(r){t=r}}),n.__H=void 0,t&&U.__e(t,n.__v))};var hn=typeof requestAnimationFrame=="function";function ua(e){var t,n=function(){clearTimeout(a),hn&&cancelAnimationFrame(t),setTimeout(e)},a=setTimeout(n,100);hn&&(t=requestAnimationFrame(n))}function Ne(e){var t=I,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),I=t}function ct(e){var t=I;e.__c=e.__(),I=t}function _n(e,t){return!e||e.length!==t.length||t.some(function(n,a){return n!==e[a]})}function gn(e,t){return typeof t=="function"?t(e):t}var ma=Symbol.for("preact-signals");function ft(){if(te>1)te--;else{var e,t=!1;for(function(){var r=Oe;for(Oe=void 0;r!==void 0;){var s=r.S;if(s.v===r.v)for(var i=s.t;i!==void 0;i=i.x)i.i===r.i&&(i.i=s.i);r=r.o}}();be!==void 0;){var n=be;for(be=void 0,Me++;n!==void 0;){var a=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&wn(n))try{n.c()}catch(r){t||(e=r,t=!0)}n=a}}if(Me=0,te--,t)throw e}}var he,D=void 0;function _e(e){var t=D,n=he;D=void 0,he=void 0;try{return e()}finally{D=t,he=n}}var be=void 0,te=0,Me=0;var vn=0,Oe=void 0,Te=0;function yn(e){if(D!==void 0){var t=e.n;if(t===void 0||t.t!==D)return t={i:0,S:e,p:D.s,n:void 0,t:D,e:void 0,x:void 0,r:t},D.s!==void 0&&(D.s.n=t),D.s=t,e.n=t,32&D.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=D.s,t.n=void 0,D.s.n=t,D.s=t),t}}function B(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}B.prototype.brand=ma;B.prototype.h=function(){return!0};B.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:_e(function(){var a;(a=t.W)==null||a.call(t)}))};B.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,a=e.x;n!==void 0&&(n.x=a,e.e=void 0),a!==void 0&&(a.e=n,e.x=void 0),e===this.t&&(this.t=a,a===void 0&&_e(function(){var r;(r=t.Z)==null||r.call(t)}))}};B.prototype.subscribe=function(e){var t=this;return oe(function(){var n=t.value;_e(function(){return e(n)})},{name:"sub"})};B.prototype.valueOf=function(){return this.value};B.prototype.toString=function(){return this.value+""};B.prototype.toJSON=function(){return this.value};B.prototype.peek=function(){var e=this;return _e(function(){return e.value})};Object.defineProperty(B.prototype,"value",{get:function(){var e=yn(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Me>100)throw new Error("Cycle detected");(function(n){te!==0&&Me===0&&n.l!==vn&&(n.l=vn,Oe={S:n,v:n.v,i:n.i,o:Oe})})(this),this.v=e,this.i++,Te++,te++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{ft()}}}});function V(e,t){return new B(e,t)}function wn(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function xn(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function kn(e){for(var t=e.s,n=void 0;t!==void 0;){var a=t.p;t.i===-1?(t.S.U(t),a!==void 0&&(a.n=t.n),t.n!==void 0&&(t.n.p=a)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=a}e.s=n}function ne(e,t){B.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Te-1,this.f=4}ne.prototype=new B;ne.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Te))return!0;if(this.g=Te,this.f|=1,this.i>0&&!wn(this))return this.f&=-2,!0;var e=D;try{xn(this),D=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return D=e,kn(this),this.f&=-2,!0};ne.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}B.prototype.S.call(this,e)};ne.prototype.U=function(e){if(this.t!==void 0&&(B.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};ne.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(ne.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=yn(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function pt(e,t){return new ne(e,t)}function Cn(e){var t=e.j;if(e.j=void 0,typeof t=="function"){te++;var n=D;D=void 0;try{t()}catch(a){throw e.f&=-2,e.f|=8,$t(e),a}finally{D=n,ft()}}}function $t(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,Cn(e)}function fa(e){if(D!==this)throw new Error("Out-of-order effect");kn(this),D=e,this.f&=-2;try{8&this.f&&$t(this)}finally{ft()}}function ie(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,he&&he.push(this)}ie.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};ie.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,Cn(this),xn(this),te++;var e=D;return D=this,fa.bind(this,e)};ie.prototype.N=function(){2&this.f||(this.f|=2,this.u=be,be=this)};ie.prototype.d=function(){this.f|=8,1&this.f||$t(this)};ie.prototype.dispose=function(){this.d()};function oe(e,t){var n=new ie(e,t);try{n.c()}catch(r){throw n.d(),r}var a=n.d.bind(n);return a[Symbol.dispose]=a,a}var bt,ht;function le(e,t){A[e]=t.bind(null,A[e]||function(){})}function Ae(e){ht&&ht(),ht=e&&e.S()}function Sn(e){var t=this,n=e.data,a=$a(n);a.value=n;var r=Pe(function(){for(var s=t.__v;s=s.__;)if(s.__c){s.__c.__$f|=4;break}return t.__$u.c=function(){var i,c=t.__$u.S(),l=r.value;c(),nt(l)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=l},pt(function(){var i=a.value.value;return i===0?0:i===!0?"":i||""})},[]);return r.value}Sn.displayName="_st";Object.defineProperties(B.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:Sn},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});le("__b",function(e,t){if(typeof t.type=="string"){var n,a=t.props;for(var r in a)if(r!=="children"){var s=a[r];s instanceof B&&(n||(t.__np=n={}),n[r]=s,a[r]=s.peek())}}e(t)});le("__r",function(e,t){Ae();var n,a=t.__c;a&&(a.__$f&=-2,(n=a.__$u)===void 0&&(a.__$u=n=function(r){var s;return oe(function(){s=this}),s.c=function(){a.__$f|=1,a.setState({})},s}())),bt=a,Ae(n),e(t)});le("__e",function(e,t,n,a){Ae(),bt=void 0,e(t,n,a)});le("diffed",function(e,t){Ae(),bt=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var a=t.__np,r=t.props;if(a){var s=n.U;if(s)for(var i in s){var c=s[i];c!==void 0&&!(i in a)&&(c.d(),s[i]=void 0)}else n.U=s={};for(var l in a){var u=s[l],f=a[l];u===void 0?(u=pa(n,l,f,r),s[l]=u):u.o(f,r)}}}e(t)});function pa(e,t,n,a){var r=t in e&&e.ownerSVGElement===void 0,s=V(n);return{o:function(i,c){s.value=i,a=c},d:oe(function(){var i=s.value.value;a[t]!==i&&(a[t]=i,r?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}le("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var a=n.U;if(a){n.U=void 0;for(var r in a){var s=a[r];s&&s.d()}}}}else{var i=t.__c;if(i){var c=i.__$u;c&&(i.__$u=void 0,c.d())}}e(t)});le("__h",function(e,t,n,a){(a<3||a===9)&&(t.__$f|=2),e(t,n,a)});ee.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var a in t)return!0;for(var r in e)if(r!=="__source"&&e[r]!==this.props[r])return!0;for(var s in this.props)if(!(s in e))return!0;return!1};function $a(e){return Pe(function(){return V(e)},[])}var ha=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],ba=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function Nn(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,a=new Uint32Array(n*16);t.forEach((l,u)=>a[u>>2]|=l<<u%4*8),a[t.length>>2]|=128<<t.length%4*8,a[n*16-2]=t.length*8>>>0,a[n*16-1]=Math.floor(t.length/536870912);let[r,s,i,c]=[1732584193,4023233417,2562383102,271733878];for(let l=0;l<a.length;l+=16){let[u,f,m,b]=[r,s,i,c];for(let h=0;h<64;h++){let p=h>>4,_,g;p===0?[_,g]=[f&m|~f&b,h]:p===1?[_,g]=[b&f|~b&m,(5*h+1)%16]:p===2?[_,g]=[f^m^b,(3*h+5)%16]:[_,g]=[m^(f|~b),7*h%16];let y=ha[p*4+h%4],w=u+_+ba[h]+a[l+g]>>>0;[u,b,m]=[b,m,f],f=f+(w<<y|w>>>32-y)>>>0}[r,s,i,c]=[r+u>>>0,s+f>>>0,i+m>>>0,c+b>>>0]}return[r,s,i,c].map(l=>[0,8,16,24].map(u=>(l>>>u&255).toString(16).padStart(2,"0")).join("")).join("")}var _t="edgepbx.session",E=V(_a());function _a(){try{return JSON.parse(sessionStorage.getItem(_t))||null}catch{return null}}var ga=30*60*1e3,En=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>En=Date.now(),{passive:!0});setInterval(()=>E.value&&Date.now()-En>ga&&De(),60*1e3);var G=class extends Error{constructor(t,n){let a={},r=n&&n.data;if(t===400&&r&&typeof r=="object")for(let[s,i]of Object.entries(r)){let c=i&&typeof i=="object"?Object.values(i)[0]:null;a[s]=c&&c.message||String(i)}super(n&&(n.message||r&&r.message)||`HTTP ${t}`),this.status=t,this.fields=a,this.body=n}};async function H(e,t,n,a=E.value&&E.value.token){let r=E.value,s={Accept:"application/json"};a&&(s["X-Auth-Token"]=a),n!==void 0&&(s["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:s,body:n===void 0?void 0:JSON.stringify({data:n})}),c=await i.json().catch(()=>null);if(i.status===401&&r&&t!=="user_auth"&&De(),!i.ok)throw new G(i.status,c);return c}async function Pn(e){let t=await fetch("/v2/"+K(e),{headers:{"X-Auth-Token":E.value.token,Accept:"audio/*"}});if(!t.ok)throw new G(t.status,await t.json().catch(()=>null));return t.blob()}var K=e=>`accounts/${E.value.account}/${e}`,v=async e=>(await H("GET",K(e))).data,P=async(e,t)=>(await H("PUT",K(e),t)).data,L=async(e,t)=>(await H("POST",K(e),t)).data,q=async(e,t)=>(await H("PATCH",K(e),t)).data,T=async e=>(await H("DELETE",K(e))).data,Mn=(e,t,n)=>H("PUT","user_auth",{credentials:Nn(`${t.toLowerCase()}:${n}`),account_name:e});async function On(e,t,n){let a=await Mn(e,t,n),r={token:a.auth_token,account:a.data.account_id,owner:a.data.owner_id,accountName:e},s=(await H("GET",`accounts/${r.account}/users/${r.owner}`,void 0,r.token)).data;r.admin=s.priv_level==="admin",sessionStorage.setItem(_t,JSON.stringify(r)),E.value=r}function De(){sessionStorage.removeItem(_t),E.value=null}async function Tn(e,t){try{return await Mn(E.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var o={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension and their phones?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",extProposed:e=>`${e} is the next free extension.`,extLength:e=>`The office's extensions have ${e} digits (Settings, Country and extensions)`,failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",wdayLong:{monday:"Monday",tuesday:"Tuesday",wednesday:"Wednesday",thursday:"Thursday",friday:"Friday",saturday:"Saturday",sunday:"Sunday"},dayOpens:e=>`${e} opens`,dayCloses:e=>`${e} closes`,lunchBreak:"Lunch break",lunchStarts:"Lunch starts",lunchEnds:"Lunch ends",badLunch:"Lunch must end after it starts",template:"Template",applyTemplate:"Use template",templates:{weekdays9to17:"Mon\u2013Fri 9\u201317",weekdays8to18:"Mon\u2013Fri 8\u201318",monSat9to17:"Mon\u2013Sat 9\u201317"},hoursCsv:"Hours as CSV (day,open,close per line)",hoursCsvFile:"CSV file of hours",importHours:"Import hours",hoursCsvColumns:"a line has three fields: day,open,close",hoursCsvDay:e=>`"${e}" is not a weekday`,hoursCsvTime:"times are HH:MM (24 hours)",hoursCsvTwice:e=>`${e} is listed twice`,hoursCsvEmpty:"No hours in the file",hoursImported:"Imported; check the days and Save.",holidays:"Holidays",holidayName:"Holiday name",holidayKind:"Kind of holiday",holidayKinds:{date:"A date",range:"A date range",advanced:"Advanced (such as the fourth Thursday of November)"},holidayFrom:"Date",holidayTo:"Until",holidayOrdinal:"Which",holidayWday:"Weekday",holidayMonth:"Month",addHoliday:"Add holiday",noHolidays:"No holidays yet.",pickDate:"Pick a date",rangeBackwards:"The range ends before it starts",rangeTooLong:"A range covers less than a year",needName:"Give it a name",months:["January","February","March","April","May","June","July","August","September","October","November","December"],ordinals:{first:"First",second:"Second",third:"Third",fourth:"Fourth",fifth:"Fifth",last:"Last"},nthWeekday:(e,t,n)=>`${e} ${t} of ${n}`,openNow:"Open now",lunchNow:"Lunch break",closedNow:"Closed",holidayNow:e=>`Closed (holiday: ${e})`,closesAt:(e,t)=>`${e}, closes ${t}`,opensAt:(e,t)=>`${e}, opens ${t}`,changesAt:(e,t)=>`${e} until ${t}`,incomingHandling:"Incoming call handling",windows:{MainOpenHours:"Calls in open hours",MainLunchHours:"Calls at lunch",MainAfterHours:"Calls after hours",MainHolidays:"Calls on holidays"},handling:"Calls go to",handlingKinds:{menu:"The virtual receptionist (menu)",user:"A user",user_vm:"A user, then their voicemail",voicemail:"A voicemail box"},handlingUser:"User",handlingVmbox:"Voicemail box",noMenu:"This window has no menu yet",pickUser:"Pick a user",pickVmbox:"Pick a voicemail box",userNoVmbox:"This user has no voicemail box",clockNotSet:"The box's clock is not set: calls take the after-hours way until it is",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepLocale:"Country and extensions",locale:"Country and extensions",localeHint:"The country sets the tones callers hear and how analog phones ring and show caller ID; choosing it proposes its time zone and prompt language. New users get the next free extension of the length set here.",country:"Country",countryNone:"Not set (US tones)",promptLanguage:"Prompt language (such as en-gb)",extensionLength:"Extension length (digits, 2 to 8)",extLengthRange:"A number from 2 to 8",proposedZone:e=>`Time zone ${e} is saved with the country (change it under Office).`,stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",clockUnset:"The box does not know the date and time yet: office hours are not applied (calls take the default route) until a time server answers.",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",providerAddress:"Address shown to providers",providerAddressOwn:"the box's own",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"},featureCodes:"Feature codes",fcHint:"Codes dialled from any phone of the office. A code with \u2026 takes a number dialled after it. Turning a code off frees it.",fcWhat:"What it does",fcCode:"Code",fcOn:"On",fcNotRun:"This box does not run this code yet.",fcDigits:"1 to 6 digits",fcTaken:e=>`${e} is already another code`,fcNames:{"call_forward[action=activate]":"Turn call forwarding on (to the number dialled after the code, else asked for)","call_forward[action=deactivate]":"Turn call forwarding off","call_forward[action=toggle]":"Turn call forwarding on or off","call_forward[action=update]":"Change the call forwarding number","hotdesk[action=login]":"Hot desking: sign in at this phone","hotdesk[action=logout]":"Hot desking: sign out of this phone","hotdesk[action=toggle]":"Hot desking: sign in or out","voicemail[action=check]":"Check voicemail (box number after the code, else asked for)","voicemail[single_mailbox_login]":"Check voicemail, asking for the box number",'voicemail[action="direct"]':"Leave a message straight in a box (box number after the code)",intercom:"Intercom: the extension after the code answers on its speaker","privacy[mode=full]":"Hide your caller ID for the number after the code",park_and_retrieve:"Park a call in the slot after the code, or pick it up",valet:"Park a call in the next free slot",retrieve:"Pick up the call parked in the slot after the code",directed_ext_pickup:"Answer the extension after the code while it rings","do_not_disturb[action=activate]":"Turn do not disturb on","do_not_disturb[action=deactivate]":"Turn do not disturb off","do_not_disturb[action=toggle]":"Turn do not disturb on or off",move:"Move the call to another of your phones"},followMe:"Find me follow me",followMeHint:"A call to your extension rings the phones picked here, each from its start for its ring time.",followMeOn:"Ring my phones by this timeline",pickPhone:"Pick at least one phone",boxSettings:(e,t)=>`PIN and greeting of ${e} (${t})`,newPin:"New PIN (4 to 6 digits)",newPinAgain:"New PIN again",pinMismatch:"The two PINs differ",changePin:"Change PIN",pinChanged:"PIN changed.",uploadGreeting:"Upload greeting",greetingSaved:"Greeting saved.",storage:"Storage (data partition)",storageUse:(e,t)=>`${e.toFixed(1)} GB used of ${t.toFixed(1)} GB`,lastBackup:"Last backup",backupAt:e=>`${e} UTC`,neverBackedUp:"never",certificate:"Certificate expires",certExpires:(e,t)=>`${e} (in ${t} days)`,unknown:"unknown",diskFull:e=>`The data partition is nearly full: ${e} GB free`,certSoon:e=>`The box's certificate expires in ${e} days`,certExpired:"The box's certificate has expired",csvImport:"Import users from a CSV file",csvHint:"A header line, then one user a line. Columns: first_name, last_name, username, extension, password (all needed), email, phone (yes: a desk phone). Nothing is made while a line is wrong.",csvFile:"CSV file",csvProblems:"Lines to fix",csvEmpty:"The file is empty",csvColumns:e=>`Missing columns: ${e}`,csvUnknown:e=>`Unknown columns: ${e}`,csvNoUsers:"No users in the file",csvExtra:"more fields than columns",csvDuplicate:e=>`the same as on line ${e}`,csvLine:(e,t,n)=>`Line ${e}: ${t?`${t}: `:""}${n}`,csvField:{first_name:"first name",last_name:"last name",username:"user name",email:"email",extension:"extension",password:"password"},csvMade:(e,t)=>`${e} of ${t} users made.`,stepMail:"Mail relay",mailRelay:"Mail relay (SMTP)",mailRelayHint:"The server the box sends its mails through: voicemail to email and missed-call alerts.",relayServer:"Server (host name or address)",relayHost:"A host name or IP address",port:"Port",relayPort:"A port from 1 to 65535",relayTls:"Encryption",tlsModes:{if_available:"STARTTLS when offered",always:"TLS always",never:"None"},relayUser:"Login (empty: none)",relayPasswordKeep:"Password (empty: keep the one set)",relayFrom:"Sender address",testTo:"Send a test mail to",sendTest:"Send a test mail",sending:"Sending\u2026",testSent:e=>`Sent to ${e}: the relay took it.`,stepLine:"Outside line",outsideLines:"Outside lines",noLines:"No outside line yet.",addLine:"Add an outside line",lineServer:"Provider's server",lineNumber:"Number or SIP user name",lineAuth:"Login, if not the number",linePassword:"SIP password",lineRealm:"Domain (realm), if not the server",lineRegister:"Register with the provider",lineStates:{registered:"registered",trying:"registering\u2026",failed:"registration failed",not_registering:"not registering"},ringMyPhone:"Ring my phone",ringPhonePick:"Phone to ring",ringPhoneHint:"The phone rings; answer it and the box says its extension, then goodbye.",ringing:e=>`Ringing ${e}: answer it.`,noRegisteredPhone:"No phone is registered yet: connect one (or a softphone), then come back to this step.",call:"Call",callFrom:e=>`Call from ${e}`,callNumber:"Number to call",callStarted:(e,t)=>`${e} rings: answer it to call ${t}.`,actions:"Actions",editLine:e=>`Edit the outside line ${e}`,confirmDeleteLine:e=>`Delete the outside line ${e}? Calls out no longer use it.`,fxoLines:"Analog lines (FXO)",fxoStates:{idle:"up",busy:"in use",down:"down"},fxoDialTone:{yes:"dial tone",no:"no dial tone",checking:"checking for dial tone\u2026",unknown:"dial tone not checked yet"},fxoUse:"Use as outside line",fxoInUse:e=>`Outside line: ${e}`,fxoLineName:e=>`Analog line ${e}`};function k({id:e,label:t,value:n,onInput:a,error:r,type:s="text",required:i,autocomplete:c,inputmode:l}){let u=`${e}-error`;return d`<div class="field">
    <label for=${e}>${t}</label>
    <input
      id=${e}
      name=${e}
      type=${s}
      value=${n}
      required=${i}
      autocomplete=${c}
      inputmode=${l}
      aria-invalid=${r?"true":void 0}
      aria-describedby=${r?u:void 0}
      onInput=${f=>a(f.target.value)}
    />
    ${r&&d`<p class="error" id=${u} role="alert">${r}</p>`}
  </div>`}function x({message:e}){return e?d`<p class="banner" role="alert">${e}</p>`:null}function W({id:e,label:t,checked:n,onChange:a}){return d`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${r=>a(r.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function An(){let[e,t]=$({account:"",username:"",password:""}),[n,a]=$(!1),[r,s]=$(""),i=l=>u=>t({...e,[l]:u});async function c(l){l.preventDefault(),a(!0),s("");try{await On(e.account.trim(),e.username.trim(),e.password)}catch(u){s(u.status===401?o.badLogin:u.message),a(!1)}}return d`<main class="login">
    <form onSubmit=${c} aria-label=${o.login}>
      <h1>${o.app}</h1>
      <${x} message=${r} />
      <${k} id="account" label=${o.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${k} id="username" label=${o.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${k} id="password" label=${o.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?o.signingIn:o.login}</button>
    </form>
  </main>`}var va=5e3;async function ya(){let e=await v("resources?paginate=false");return(await Promise.all(e.map(n=>v(`resources/${n.id}/status`).then(a=>[n,a])))).flatMap(([n,a])=>a.gateways.filter(r=>r.state==="failed").map(r=>o.trunkDown(n.name||n.id,r.server)))}var Dn=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function wa(){let[e,t,n]=await Promise.all([v("devices?with_status=true&paginate=false"),v("channels"),v("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function xa(e){var n;let t={};for(let a of e){let r=t[n=a.device_type||"sip_device"]||(t[n]=[0,0]);r[0]+=1,a.registered&&(r[1]+=1)}return Object.entries(t).map(([a,[r,s]])=>[a,r,s]).sort((a,r)=>r[1]-a[1]||a[0].localeCompare(r[0]))}var ka=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function Ca(){let[e,t,n,a,r,s,i]=await Promise.all([v("users?paginate=false"),v("phone_numbers"),Dn(H("GET","system_status").then(l=>l.data),null),Dn(v("sip_bans"),[]),ya(),v("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),v("conferences?paginate=false")]),c=Object.values(t.numbers||{});return{users:e.length,numbers:c.length,spare:c.filter(l=>!l.used_by).length,version:n&&n.software_version,provider:n&&{address:n.provider_address},clockUnset:!!(n&&n.clock&&n.clock.set===!1),main:ka(s.flatMap(l=>l.numbers||[])),conference:i.flatMap(l=>l.conference_numbers||[]),box:n&&Ea(n),alerts:[...a.map(l=>o.banned(l.ip,l.reason)),...r,...n?Pa(n):[]]}}var gt=1024**3,Sa=.9,Na=30;function Ea({storage:e,last_backup:t,certificate:n}){return{storage:e?o.storageUse((e.total_bytes-e.free_bytes)/gt,e.total_bytes/gt):o.unknown,backup:t?o.backupAt(new Date(t.time_unix*1e3).toISOString().slice(0,16).replace("T"," ")):o.neverBackedUp,cert:n?o.certExpires(new Date(n.expires_unix*1e3).toISOString().slice(0,10),n.days_left):o.unknown}}function Pa({storage:e,certificate:t}){let n=[];return e&&e.total_bytes&&1-e.free_bytes/e.total_bytes>=Sa&&n.push(o.diskFull(Math.round(e.free_bytes/gt*10)/10)),t&&t.days_left<Na&&n.push(t.days_left<0?o.certExpired:o.certSoon(t.days_left)),n}function de({id:e,label:t,value:n}){return d`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function Ln(){let[e,t]=$(null),[n,a]=$(null),[r,s]=$("");S(()=>{Ca().then(t,f=>s(f.message));let l=()=>wa().then(a,f=>s(f.message));l();let u=setInterval(l,va);return()=>clearInterval(u)},[]);let i=n?n.devices.filter(l=>l.registered).length:"\u2026",c=n?n.ports.filter(l=>l.state==="down"||l.alarm).map(l=>o.portDown(l.name,l.alarm)):[];return d`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${o.dashboard}</h2>
    <${x} message=${r} />
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
        ${xa(n.devices).map(([l,u,f])=>d`<li key=${l} data-type=${l}>${o.deviceTypes[l]||l}: ${o.registeredOf(f,u)}</li>`)}
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
  </section>`}var R=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),yt=e=>`${e.first_name} ${e.last_name}`.trim();function vt(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,a=>t[a%t.length]).join("")}function wt(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:yt(t),number:t.extension}},ui_metadata:R()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}function Le(e,t,n){return{...e,type:"mainUserCallflow",owner_id:t.id,name:o.callflowOf(yt(t)),numbers:[n],contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:{}},ui_metadata:R()}}function xt(e){return{device_type:"sip_device",name:o.phoneOf(yt(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${vt(10)}`,password:vt(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:R()}}var ge=15;function kt(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||R()}}function Ct(e,t,n){let a=Math.max(...n.members.map(r=>r.delay+r.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[vt(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:a,repeats:n.repeats,endpoints:n.members.map(r=>({id:r.id,endpoint_type:"user",delay:r.delay,timeout:r.timeout}))},children:{}},ui_metadata:e.ui_metadata||R()}}var Ma=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function St(e,t,n,a){return{...e,name:a.name,type:"userGroup",group_id:t.id,numbers:[a.extension],flow:{module:"callflow",data:{id:n.id},children:{_:Ma(a.next_vmbox)}},ui_metadata:e.ui_metadata||R()}}function Fn(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((a,r)=>({...a,delay:r*n,timeout:n}))}function Oa(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:null}function Ta(e,t){if(!(t instanceof G))throw t;let n={},a=[];for(let[r,s]of Object.entries(t.fields)){let i=Oa(e,r);i?n[i]=s:a.push(`${r}: ${s}`)}throw t.fields=n,a.length&&(t.message=a.join("; ")),t}async function ae(e,t,n){try{return await t()}catch(a){for(let r of n.reverse())await r().catch(()=>{});Ta(e,a)}}async function Fe(e){let t=[],n=await ae("users",()=>P("users",wt({},e)),t);t.push(()=>T(`users/${n.id}`));let a=await ae("callflows",()=>P("callflows",Le({},n,e.extension)),t);return t.push(()=>T(`callflows/${a.id}`)),e.phone&&await ae("devices",()=>P("devices",xt(n)),t),n}async function In(e,t,n){let a=await v(`users/${e}`),r=await ae("users",()=>L(`users/${e}`,wt(a,t)),[]);if(n){let s=await v(`callflows/${n}`);await ae("callflows",()=>L(`callflows/${n}`,Le(s,r,t.extension)),[])}else await ae("callflows",()=>P("callflows",Le({},r,t.extension)),[]);return t.phone&&await ae("devices",()=>P("devices",xt(r)),[]),r}async function Un(e){let[t,n]=await Promise.all([v(`callflows?filter_owner_id=${e}&paginate=false`),v(`devices?filter_owner_id=${e}&paginate=false`)]);for(let a of[...t.map(r=>`callflows/${r.id}`),...n.map(r=>`devices/${r.id}`)])await T(a);await T(`users/${e}`)}var Aa=5e3;function Nt({ownerId:e}){let[t,n]=$([]),[a,r]=$("");return S(()=>{let s=!0;H("GET",`accounts/${E.value.account}`).then(l=>s&&r(l.data.realm||""));async function i(){let l=await v(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),u=await Promise.all(l.map(f=>v(`devices/${f.id}`)));s&&n(u.map((f,m)=>({...f,registered:l[m].registered})))}i().catch(()=>{});let c=setInterval(()=>i().catch(()=>{}),Aa);return()=>{s=!1,clearInterval(c)}},[e]),t.map(s=>d`<div class="card" key=${s.id} aria-label=${o.sipCredentials}>
      <h3>${o.sipCredentials}: ${s.name}</h3>
      <dl>
        <dt>${o.sipUser}</dt><dd class="sip-user">${s.sip&&s.sip.username}</dd>
        <dt>${o.sipPassword}</dt><dd class="sip-password">${s.sip&&s.sip.password}</dd>
        <dt>${o.sipRealm}</dt><dd>${a}</dd>
        <dt>${o.status}</dt><dd class=${s.registered?"dot on":"dot"}>${s.registered?o.registered:o.notRegistered}</dd>
      </dl>
    </div>`)}function Et(e,t){return e.length<12?o.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(a=>a.test(e)).length<3?o.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?o.pwUsername:""}function ce({username:e,onDone:t}){let[n,a]=$({old:"",next:"",again:""}),[r,s]=$({}),[i,c]=$(""),[l,u]=$(!1),[f,m]=$(!1),b=p=>_=>a({...n,[p]:_});async function h(p){p.preventDefault(),m(!1);let _={};n.old||(_.old=o.required);let g=Et(n.next,e);if(g?_.next=g:n.next===n.old&&(_.next=o.pwSame),n.again!==n.next&&(_.again=o.pwMismatch),s(_),!Object.keys(_).length){u(!0),c("");try{if(!await Tn(e,n.old)){s({old:o.pwOldWrong});return}await q(`users/${E.value.owner}`,{password:n.next,require_password_update:!1}),a({old:"",next:"",again:""}),m(!0),t&&t()}catch(y){s(y.fields||{}),c(y.message)}finally{u(!1)}}}return d`<form onSubmit=${h} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${o.changePassword}</h3>
    <p class="hint">${o.pwRules}</p>
    <${x} message=${i} />
    <${k} id="pw_old" label=${o.pwOld} type="password" value=${n.old} onInput=${b("old")} error=${r.old} autocomplete="current-password" />
    <${k} id="pw_new" label=${o.pwNew} type="password" value=${n.next} onInput=${b("next")} error=${r.next||r.password} autocomplete="new-password" />
    <${k} id="pw_again" label=${o.pwAgain} type="password" value=${n.again} onInput=${b("again")} error=${r.again} autocomplete="new-password" />
    ${f&&d`<p class="ok" role="status">${o.pwChanged}</p>`}
    <button type="submit" disabled=${l}>${l?o.saving:o.changePassword}</button>
  </form>`}var Z=V(void 0),Hn=null;async function Ie(){let e=E.value.account;if(Hn===e&&Z.value!==void 0)return Z.value;let{data:t}=await H("GET",`accounts/${e}`);return Hn=e,Z.value=t.edgepbx&&t.edgepbx.extension_length||null,Z.value}function Pt(e,t){return t&&e&&e.length!==t?o.extLength(t):null}async function Bn(e){let t=await v("callflows?paginate=false"),n=new Set(t.flatMap(r=>r.numbers||[])),a=10**e;for(let r=10**(e-1);r<a;r++)if(!n.has(String(r)))return String(r);return""}function Mt(e,t,n){let a={};for(let s of["first_name","last_name","username","extension"])e[s].trim()||(a[s]=o.required);e.extension&&!/^\d{2,8}$/.test(e.extension)?a.extension=o.extDigits:Pt(e.extension,n)&&(a.extension=Pt(e.extension,n));let r=(t||e.password)&&Et(e.password,e.username);return r&&(a.password=r),a}function Ue({user:e,onDone:t}){let n=!e.id,[a,r]=$({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n}),[s,i]=$({}),[c,l]=$(""),[u,f]=$(!1),[m,b]=$(null),h=w=>M=>r({...a,[w]:M}),[p,_]=$("");S(()=>{Ie().then(w=>n&&!a.extension&&w&&Bn(w)).then(w=>{w&&(_(w),r(M=>M.extension?M:{...M,extension:w}))}).catch(()=>{})},[]);async function g(w){w.preventDefault();let M=Mt(a,n,Z.value);if(i(M),l(""),!Object.keys(M).length){f(!0);try{let C=n?await Fe(a):await In(e.id,a,e.callflow&&e.callflow.id);n||a.phone?b(C):t()}catch(C){i(C.fields||{}),l(`${o.failed} ${C.message}`)}f(!1)}}if(m)return d`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${m.first_name} ${m.last_name}</h2>
      <${Nt} ownerId=${m.id} />
      <button onClick=${()=>t({...m,extension:a.extension})}>${o.users}</button>
    </section>`;let y=e.devices&&e.devices.length>0;return d`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?o.addUser:o.editUser}</h2>
    <form onSubmit=${g} novalidate>
      <${x} message=${c} />
      <div class="grid">
        <${k} id="first_name" label=${o.firstName} value=${a.first_name} onInput=${h("first_name")} error=${s.first_name} required />
        <${k} id="last_name" label=${o.lastName} value=${a.last_name} onInput=${h("last_name")} error=${s.last_name} required />
        <${k} id="username" label=${o.username} value=${a.username} onInput=${h("username")} error=${s.username} required autocomplete="off" />
        <${k} id="email" label=${o.email} type="email" value=${a.email} onInput=${h("email")} error=${s.email} />
        <${k} id="new_password" label=${o.password} type="password" value=${a.password} onInput=${h("password")} error=${s.password} required=${n} autocomplete="new-password" />
        <${k} id="extension" label=${o.extension} value=${a.extension} onInput=${h("extension")} error=${s.extension} required inputmode="numeric" />
      </div>
      ${p&&d`<p class="hint" id="extension-proposed">${o.extProposed(p)}</p>`}
      ${!y&&d`<div class="check">
        <input type="checkbox" id="phone" checked=${a.phone} onChange=${w=>r({...a,phone:w.target.checked})} />
        <label for="phone">${o.deskPhone}</label>
      </div>`}
      <div class="bar">
        <button type="submit" disabled=${u}>${u?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
    ${y&&d`<${Nt} ownerId=${e.id} />`}
  </section>`}async function Da(){let[e,t,n]=await Promise.all([v("users?paginate=false"),v("callflows?filter_type=mainUserCallflow&paginate=false"),v("devices?with_status=true&paginate=false")]);return e.map(a=>{let r=t.find(s=>s.owner_id===a.id);return{...a,callflow:r,extension:r&&r.numbers?r.numbers[0]:"",devices:n.filter(s=>s.owner_id===a.id)}})}function Rn(){let[e,t]=$(null),[n,a]=$(null),[r,s]=$(""),i=()=>Da().then(t,l=>s(l.message));S(i,[]);async function c(l){if(confirm(o.confirmDelete(`${l.first_name} ${l.last_name}`))){try{await Un(l.id)}catch(u){s(u.message)}i()}}return n?d`<${Ue}
      user=${n}
      onDone=${()=>{a(null),i()}}
    />`:d`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${o.users}</h2>
      <button onClick=${()=>a({})}>${o.addUser}</button>
    </div>
    <${x} message=${r} />
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
                    <button onClick=${()=>a(l)} aria-label=${`${o.edit} ${l.username}`}>${o.edit}</button>
                    ${l.id!==E.value.owner&&d`<button class="danger" onClick=${()=>c(l)} aria-label=${`${o.del} ${l.username}`}>${o.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}function jn(){let[e,t]=$(null),[n,a]=$(""),[r,s]=$(""),[i,c]=$("");S(()=>{Promise.all([v("devices?with_status=true&paginate=false"),v("users?paginate=false")]).then(([u,f])=>{let m=h=>f.find(p=>p.id===h),b=u.filter(h=>h.registered).map(h=>{let p=m(h.owner_id);return{id:h.id,label:p?`${p.first_name} ${p.last_name} \xB7 ${h.name}`:h.name}});t(b),b.length&&a(b[0].id)},u=>c(u.message))},[]);let l=async()=>{c(""),s("");try{await P(`devices/${n}/ring_test`,{}),s(o.ringing(e.find(u=>u.id===n).label))}catch(u){c(u.message)}};return e?d`<div class="ring-my-phone">
    <h3>${o.ringMyPhone}</h3>
    ${e.length===0?d`<p class="hint">${o.noRegisteredPhone}</p>`:d`<div class="field">
            <label for="ring-phone">${o.ringPhonePick}</label>
            <select id="ring-phone" value=${n} onChange=${u=>a(u.target.value)}>
              ${e.map(u=>d`<option key=${u.id} value=${u.id}>${u.label}</option>`)}
            </select>
            <p class="hint">${o.ringPhoneHint}</p>
          </div>
          <button type="button" onClick=${l}>${o.ringMyPhone}</button>`}
    ${r&&d`<p role="status">${r}</p>`}
    <${x} message=${i} />
  </div>`:d`<${x} message=${i} />`}function Gn({device:e}){let[t,n]=$(!1),[a,r]=$(""),[s,i]=$(""),[c,l]=$(""),[u,f]=$("");return t?d`<form class="call-from" onSubmit=${async b=>{b.preventDefault(),l(""),f(""),i("");try{await v(`devices/${e.id}/quickcall/${encodeURIComponent(a)}?auto_answer=false`),i(o.callStarted(e.name,a))}catch(h){h.fields&&h.fields.number?f(h.fields.number):l(h.message)}}}>
    <${k} id=${`call-${e.id}`} label=${o.callNumber} value=${a} onInput=${r} error=${u} inputmode="tel" required />
    <button type="submit">${o.call}</button>
    ${s&&d`<p role="status">${s}</p>`}
    <${x} message=${c} />
  </form>`:d`<button type="button" class="plain" aria-label=${o.callFrom(e.name)} onClick=${()=>n(!0)}>
      ${o.call}
    </button>`}function Wn(){let[e,t]=$(null),[n,a]=$("");return S(()=>{Promise.all([v("devices?with_status=true&paginate=false"),v("users?paginate=false")]).then(([r,s])=>{let i=c=>s.find(l=>l.id===c);t(r.map(c=>({...c,owner:i(c.owner_id)})))},r=>a(r.message))},[]),d`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${o.devices}</h2>
    <${x} message=${n} />
    ${e?e.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.devices}>
            <thead><tr><th>${o.name}</th><th>${o.type}</th><th>${o.sipUser}</th><th>${o.owner}</th><th>${o.status}</th><th>${o.actions}</th></tr></thead>
            <tbody>
              ${e.map(r=>d`<tr key=${r.id}>
                  <td data-label=${o.name}>${r.name}</td>
                  <td data-label=${o.type}>${r.device_type}</td>
                  <td data-label=${o.sipUser}>${r.username}</td>
                  <td data-label=${o.owner}>${r.owner?`${r.owner.first_name} ${r.owner.last_name}`:""}</td>
                  <td data-label=${o.status}><span class=${r.registered?"dot on":"dot"}>${r.registered?o.registered:o.notRegistered}</span></td>
                  <td data-label=${o.actions}>${r.registered&&d`<${Gn} device=${r} />`}</td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}var La=86400,Fa=62167219200;function Ia({leg:e}){return d`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function Ua({call:e,withLegs:t}){let[n,a]=$(null),[r,s]=$(!1);async function i(){s(!r),n||a(await v(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return d`<tr class="call" data-call=${e.call_id}>
      <td data-label=${o.when}>${t?d`<button class="plain" aria-expanded=${r} onClick=${i}>${e.datetime}</button>`:e.datetime}</td>
      <td data-label=${o.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${o.to}>${e.dialed_number}</td>
      <td data-label=${o.duration}>${e.duration_seconds}s</td>
      <td data-label=${o.result}>${e.hangup_cause}</td>
    </tr>
    ${r&&d`<tr class="legs"><td colspan="5">
      <h3>${o.legs}</h3>
      ${n?d`<ul>${n.map(c=>d`<${Ia} key=${c.id} leg=${c} />`)}</ul>`:o.loading}
    </td></tr>`}`}function zn({path:e,title:t,withLegs:n}){let[a,r]=$(null),[s,i]=$("");return S(()=>{let c=Math.floor(Date.now()/1e3)+Fa;v(`${e}?created_from=${c-7*La}&created_to=${c+60}&page_size=100`).then(r,l=>i(l.message))},[]),d`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${x} message=${s} />
    ${a?a.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${t}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.to}</th><th>${o.duration}</th><th>${o.result}</th></tr></thead>
            <tbody>${a.map(c=>d`<${Ua} key=${c.id} call=${c} withLegs=${n} />`)}</tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}var Vn=()=>d`<${zn} path="cdrs/interaction" title=${o.callLogs} withLegs=${!0} />`,qn=()=>d`<${zn} path=${`users/${E.value.owner}/cdrs`} title=${o.myCalls} withLegs=${!1} />`;var Ha=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],Ba=["undefinedMainNumber","0"],z=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],ue=e=>({module:"callflow",data:{id:e},children:{}});async function Kn(){let e=await v("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(l=>[l.name,l]));for(let l of Ha){if(t[l])continue;let u=t[`${l}Menu`]||await Ra(`${l}Menu`);t[l]=await P("callflows",{name:l,type:"main",numbers:[l],flow:ue(u.id),ui_metadata:R()})}let n=t.MainCallflow||await P("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:ue(t.MainOpenHours.id)}},ui_metadata:R()}),[a,r]=await Promise.all([v(`callflows/${n.id}`),v("temporal_rules_sets?paginate=false")]),s=new Set(r.map(l=>l.id)),i={main:a,parts:t,open:[],lunch:[],holidays:[],others:[]},c=a.flow||{};for(let l of c.data&&c.data.rules||[]){let u=(c.children||{})[l],f=u&&u.data&&u.data.id===t.MainHolidays.id;if(s.has(l)){let b=await v(`temporal_rules_sets/${l}`),h=await Promise.all((b.temporal_rules||[]).map(p=>v(`temporal_rules/${p}`).catch(()=>null)));(f?i.holidays:i.others).push({...b,rules:h.filter(Boolean)});continue}let m=await v(`temporal_rules/${l}`).catch(()=>null);m&&(f?i.holidays.push({...m,rules:[m],single:!0}):m.type==="main_lunchbreak"?i.lunch.push(m):m.type==="main_weekdays"?i.open.push(m):i.others.push(m))}return i}async function Ra(e){let t=await P("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:R()});return P("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:R()})}var Xn=e=>(e.numbers||[]).filter(t=>!Ba.includes(t));async function Zn(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=R(),e.main=await L(`callflows/${n.id}`,n)}var He=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},ve=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`,ja=e=>e[0].toUpperCase()+e.slice(1);async function Yn(e,t,n){let a=e.find(s=>s.name===t.name);if(a)return L(`temporal_rules/${a.id}`,{...a,...t});let r=await P("temporal_rules",t);return n.push(r.id),r}async function Ot(e,t="temporal_rules"){for(let n of e)await T(`${t}/${n}`).catch(()=>{})}async function Jn(e,t){let n=[],a=[],r=[];try{for(let i of z){let c=t&&t.days[i];if(!c)continue;let l={name:`Main${ja(i)}`,type:"main_weekdays",cycle:"weekly",interval:1,wdays:[i],time_window_start:He(c.start),time_window_stop:He(c.stop),ui_metadata:R()};a.push(await Yn(e.open,l,n))}if(t&&t.lunch&&a.length){let i={name:"MainLunchHours",type:"main_lunchbreak",cycle:"weekly",interval:1,wdays:z.filter(c=>t.days[c]),time_window_start:He(t.lunch.start),time_window_stop:He(t.lunch.stop),ui_metadata:R()};r=[await Yn(e.lunch,i,n)]}await Tt(e,{open:a,lunch:r})}catch(i){throw await Ot(n),i}let s=new Set([...a,...r].map(i=>i.id));for(let i of[...e.open,...e.lunch])s.has(i.id)||await T(`temporal_rules/${i.id}`);e.open=a,e.lunch=r}async function Tt(e,{open:t=e.open,lunch:n=e.lunch,holidays:a=e.holidays}={}){let{parts:r,main:s}=e,i=s.flow&&s.flow.children||{},c={};for(let f of a)c[f.id]=ue(r.MainHolidays.id);for(let f of e.others)i[f.id]&&(c[f.id]=i[f.id]);for(let f of n)c[f.id]=ue(r.MainLunchHours.id);for(let f of t)c[f.id]=ue(r.MainOpenHours.id);c._=ue(t.length?r.MainAfterHours.id:r.MainOpenHours.id);let l=[...a,...e.others,...n,...t].map(f=>f.id),u={...s,flow:{module:"temporal_route",data:{rules:l},children:c},ui_metadata:R()};e.main=await L(`callflows/${s.id}`,u)}async function Qn(e,t,n){let a=[],r=null;try{for(let i of n)a.push((await P("temporal_rules",{...i,name:t,ui_metadata:R()})).id);r=await P("temporal_rules_sets",{name:t,type:"main_holidays",temporal_rules:a,ui_metadata:R()});let s={...r,rules:await Promise.all(a.map(i=>v(`temporal_rules/${i}`)))};await Tt(e,{holidays:[...e.holidays,s]}),e.holidays=[...e.holidays,s]}catch(s){throw r&&await Ot([r.id],"temporal_rules_sets"),await Ot(a),s}}async function eo(e,t){let n=e.holidays.filter(a=>a.id!==t.id);await Tt(e,{holidays:n}),e.holidays=n,t.single||await T(`temporal_rules_sets/${t.id}`);for(let a of t.rules)await T(`temporal_rules/${a.id}`).catch(()=>{})}function Be(e){let t=[],n=[],a="",r=!1,s=1,i=1,c=()=>{n.push(a.trim()),a=""},l=()=>{c(),n.some(u=>u!=="")&&t.push({line:i,fields:n}),n=[],i=s};for(let u=0;u<e.length;u++){let f=e[u];r?f==='"'&&e[u+1]==='"'?(a+='"',u++):f==='"'?r=!1:(f===`
`&&s++,a+=f):f==='"'?r=!0:f===","?c():f===`
`?(s++,l()):f!=="\r"&&(a+=f)}return l(),t}function no(e,t){let n=Object.fromEntries(z.map(r=>[r,null]));for(let r of e)for(let s of r.wdays&&r.wdays.length?r.wdays:z){let i=s==="wensday"?"wednesday":s;i in n&&(n[i]={start:ve(r.time_window_start||0),stop:ve(r.time_window_stop??86400)})}let a=t[0];return{days:n,lunch:a?{start:ve(a.time_window_start||0),stop:ve(a.time_window_stop||0)}:null}}var At=(e,t,n)=>Object.fromEntries(z.map(a=>[a,e.includes(a)?{start:t,stop:n}:null])),Dt={weekdays9to17:()=>At(z.slice(0,5),"09:00","17:00"),weekdays8to18:()=>At(z.slice(0,5),"08:00","18:00"),monSat9to17:()=>At(z.slice(0,6),"09:00","17:00")},to=/^([01]\d|2[0-3]):[0-5]\d$/;function Ga(e){let t=e.toLowerCase();return t.length<2?null:z.find(n=>n.startsWith(t))||null}function oo(e){let t=Object.fromEntries(z.map(r=>[r,null])),n=[],a=Be(e);a.length&&a[0].fields[0].toLowerCase()==="day"&&a.shift();for(let{line:r,fields:s}of a){let i=m=>n.push(o.csvLine(r,"",m));if(s.length!==3){i(o.hoursCsvColumns);continue}let[c,l,u]=s,f=Ga(c);f?!to.test(l)||!to.test(u)?i(o.hoursCsvTime):l<u?t[f]?i(o.hoursCsvTwice(o.wdayLong[f])):t[f]={start:l,stop:u}:i(o.badHours):i(o.hoursCsvDay(c))}return!n.length&&!a.length&&n.push(o.hoursCsvEmpty),n.length?{errors:n}:{days:t}}var Wa=[31,29,31,30,31,30,31,31,30,31,30,31],za=(e,t)=>Array.from({length:t-e+1},(n,a)=>e+a);function ao(e){let t={cycle:"yearly",interval:1};if(e.kind==="advanced")return{rules:[{...t,ordinal:e.ordinal,wdays:[e.wday],month:Number(e.month)}]};let n=l=>/^\d{4}-\d\d-\d\d$/.test(l||"")?[Number(l.slice(5,7)),Number(l.slice(8,10))]:null,a=n(e.from);if(!a)return{field:"from",error:o.pickDate};if(e.kind==="date")return{rules:[{...t,month:a[0],days:[a[1]]}]};let r=n(e.to);if(!r)return{field:"to",error:o.pickDate};if(e.to<e.from)return{field:"to",error:o.rangeBackwards};if((Date.parse(e.to)-Date.parse(e.from))/864e5>365)return{field:"to",error:o.rangeTooLong};let s=r[0]<a[0]||r[0]===a[0]&&r[1]<a[1],i=[];for(let l=a[0];i.length<13&&(i.push(l),!(l===r[0]&&(!s||i.length>1)));l=l%12+1);return i.length>12?{field:"to",error:o.rangeTooLong}:{rules:i.map((l,u)=>{let f=u===0?a[1]:1,m=u===i.length-1?r[1]:Wa[l-1];return{...t,month:l,days:za(f,m)}})}}function ro(e){return e.rules.map(n=>{let a=o.months[(n.month||1)-1];if(n.days&&n.days.length){let s=n.days[0],i=n.days[n.days.length-1];return s===i?`${a} ${s}`:`${a} ${s}\u2013${i}`}let r=(n.wdays||[])[0];return o.nthWeekday(o.ordinals[n.ordinal||"first"],o.wdayLong[r]||r,a)}).join(", ")}function so(e){if(!e.clock_set)return o.clockNotSet;if(e.kind==="always")return o.open24;let t={open:o.openNow,rule:o.openNow,lunch:o.lunchNow,holiday:o.holidayNow(e.now.name||""),closed:o.closedNow}[e.kind],n=e.until||e.next;if(!n)return e.open?o.open24:t;let[a,r]=n.local.split("T"),s=r.slice(0,5),i=a===e.local.split("T")[0]?s:n.at_unix-e.at_unix<6*86400?`${o.wdayLong[n.weekday]} ${s}`:`${o.wdayLong[n.weekday]} ${a} ${s}`;return e.open&&!n.open?o.closesAt(t,i):n.open?o.opensAt(t,i):o.changesAt(t,i)}function Va({onHours:e}){let[t,n]=$(""),[a,r]=$([]);function s(){let c=oo(t);r(c.errors||[]),c.days&&e(c.days)}async function i(c){let l=c.target.files[0];l&&n(await l.text())}return d`<details class="csv-hours">
    <summary>${o.importHours}</summary>
    <div class="field"><label for="hours_csv_file">${o.hoursCsvFile}</label><input id="hours_csv_file" type="file" accept=".csv,text/csv" onChange=${i} /></div>
    <div class="field">
      <label for="hours_csv">${o.hoursCsv}</label>
      <textarea id="hours_csv" rows="4" value=${t} onInput=${c=>n(c.target.value)} aria-invalid=${a.length?"true":void 0} aria-describedby=${a.length?"hours_csv-error":void 0}></textarea>
      ${a.length>0&&d`<ul class="error" id="hours_csv-error" role="alert">${a.map(c=>d`<li key=${c}>${c}</li>`)}</ul>`}
    </div>
    <button type="button" onClick=${s}>${o.importHours}</button>
  </details>`}function io({strategy:e,onSaved:t}){let n=no(e.open,e.lunch),[a,r]=$(e.open.length>0),[s,i]=$(e.open.length?n.days:Dt.weekdays9to17()),[c,l]=$(!!n.lunch),[u,f]=$(n.lunch||{start:"12:00",stop:"13:00"}),[m,b]=$("weekdays9to17"),[h,p]=$(""),[_,g]=$(""),y=(C,N)=>i({...s,[C]:N});async function w(C){C.preventDefault(),g("");let N=z.filter(F=>s[F]);if(a&&!N.length)return p(o.pickDay);let O=N.find(F=>!(s[F].start<s[F].stop));if(a&&O)return p(`${o.wdayLong[O]}: ${o.badHours}`);if(a&&c&&!(u.start<u.stop))return p(o.badLunch);p("");try{await Jn(e,a?{days:s,lunch:c?u:null}:null),g(o.saved),t()}catch(F){p(Object.entries(F.fields||{}).map(([j,J])=>`${j}: ${J}`).join("; ")||F.message)}}let M=C=>{i(C),r(!0),g(o.hoursImported)};return d`<form onSubmit=${w} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${o.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!a} onChange=${()=>r(!1)} /><label for="h24">${o.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${a} onChange=${()=>r(!0)} /><label for="hcustom">${o.openCustom}</label></div>
    ${a&&d`<fieldset>
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
              <td><${W} id=${"day-"+C} label=${o.wdayLong[C]} checked=${!!N} onChange=${O=>y(C,O?{start:"09:00",stop:"17:00"}:null)} /></td>
              <td>${N&&d`<input type="time" aria-label=${o.dayOpens(o.wdayLong[C])} value=${N.start} onInput=${O=>y(C,{...N,start:O.target.value})} />`}</td>
              <td>${N&&d`<input type="time" aria-label=${o.dayCloses(o.wdayLong[C])} value=${N.stop} onInput=${O=>y(C,{...N,stop:O.target.value})} />`}</td>
            </tr>`})}
        </tbody>
      </table>
      <${W} id="lunch" label=${o.lunchBreak} checked=${c} onChange=${l} />
      ${c&&d`<div class="grid">
        <${k} id="lunch_start" label=${o.lunchStarts} type="time" value=${u.start} onInput=${C=>f({...u,start:C})} />
        <${k} id="lunch_stop" label=${o.lunchEnds} type="time" value=${u.stop} onInput=${C=>f({...u,stop:C})} />
      </div>`}
      <${Va} onHours=${M} />
    </fieldset>`}
    ${h&&d`<p class="error" role="alert">${h}</p>`}
    ${_&&d`<p class="ok" role="status">${_}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}var lo={name:"",kind:"date",from:"",to:"",ordinal:"fourth",wday:"thursday",month:"11"};function Re({id:e,label:t,value:n,onChange:a,options:r}){return d`<div class="field">
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${s=>a(s.target.value)}>
      ${r.map(([s,i])=>d`<option key=${s} value=${s}>${i}</option>`)}
    </select>
  </div>`}function co({strategy:e,onSaved:t}){let[n,a]=$(lo),[r,s]=$({}),[i,c]=$(""),l=m=>b=>a({...n,[m]:b});async function u(m){m.preventDefault(),c("");let b=n.name.trim();if(!b)return s({name:o.needName});let h=ao(n);if(h.error)return s({[h.field]:h.error});s({});try{await Qn(e,b,h.rules),a(lo),t()}catch(p){let _=p.fields||{};_.name?s({name:_.name}):c(Object.entries(_).map(([g,y])=>`${g}: ${y}`).join("; ")||p.message)}}async function f(m){c("");try{await eo(e,m),t()}catch(b){c(b.message)}}return d`<form onSubmit=${u} aria-labelledby="holidays-h" novalidate>
    <h3 id="holidays-h">${o.holidays}</h3>
    ${e.holidays.length===0&&d`<p>${o.noHolidays}</p>`}
    <ul class="holidays">
      ${e.holidays.map(m=>d`<li key=${m.id}>
          <span class="holiday"><strong>${m.name}</strong> ${ro(m)}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${m.name}`} onClick=${()=>f(m)}>${o.remove}</button>
        </li>`)}
    </ul>
    <${k} id="holiday_name" label=${o.holidayName} value=${n.name} onInput=${l("name")} error=${r.name} />
    <${Re} id="holiday_kind" label=${o.holidayKind} value=${n.kind} onChange=${l("kind")} options=${Object.entries(o.holidayKinds)} />
    ${n.kind!=="advanced"&&d`<div class="grid">
      <${k} id="holiday_from" label=${o.holidayFrom} type="date" value=${n.from} onInput=${l("from")} error=${r.from} />
      ${n.kind==="range"&&d`<${k} id="holiday_to" label=${o.holidayTo} type="date" value=${n.to} onInput=${l("to")} error=${r.to} />`}
    </div>`}
    ${n.kind==="advanced"&&d`<div class="grid">
      <${Re} id="holiday_ordinal" label=${o.holidayOrdinal} value=${n.ordinal} onChange=${l("ordinal")} options=${Object.entries(o.ordinals)} />
      <${Re} id="holiday_wday" label=${o.holidayWday} value=${n.wday} onChange=${l("wday")} options=${z.map(m=>[m,o.wdayLong[m]])} />
      <${Re} id="holiday_month" label=${o.holidayMonth} value=${n.month} onChange=${l("month")} options=${o.months.map((m,b)=>[String(b+1),m])} />
    </div>`}
    ${i&&d`<p class="error" role="alert">${i}</p>`}
    <button type="submit">${o.addHoliday}</button>
  </form>`}var qa=3e4;function uo({callflowId:e,version:t}){let[n,a]=$(null);return S(()=>{let r=!0,s=()=>v(`callflows/${e}/office_status`).then(c=>r&&a(c),()=>r&&a(null));s();let i=setInterval(s,qa);return()=>{r=!1,clearInterval(i)}},[e,t]),n?d`<p class="office-line ${n.open?"is-open":"is-closed"}" aria-live="polite" data-kind=${n.kind}>${so(n)}</p>`:null}var mo=["MainOpenHours","MainLunchHours","MainAfterHours","MainHolidays"];function Ya(e){let t=e||{},n=t.data&&t.data.id;if(t.module==="user"){let a=t.children&&t.children._;return a&&a.module==="voicemail"?{how:"user_vm",target:n}:{how:"user",target:n}}return t.module==="voicemail"?{how:"voicemail",target:n}:{how:"menu",target:""}}function Ka(e,{how:t,target:n},a,r){let s=(c,l)=>({module:c,data:{id:l},children:{}});if(t==="menu"){let c=a[`${e}Menu`];if(!c)throw new Error(o.noMenu);return{module:"callflow",data:{id:c.id},children:{}}}if(!n)throw new Error(t==="voicemail"?o.pickVmbox:o.pickUser);if(t==="voicemail")return s("voicemail",n);let i={module:"user",data:{id:n,timeout:20,can_call_self:!1},children:{}};if(t==="user_vm"){let c=r.find(l=>l.owner_id===n);if(!c)throw new Error(o.userNoVmbox);i.children._=s("voicemail",c.id)}return i}function Xa({name:e,doc:t,users:n,vmboxes:a,parts:r}){let[s,i]=$(Ya(t.flow)),[c,l]=$(""),[u,f]=$(""),m=s.how==="voicemail"?a.map(p=>[p.id,`${p.mailbox} ${p.name}`]):n.map(p=>[p.id,`${p.first_name} ${p.last_name}`]);async function b(p){p.preventDefault(),f("");try{let _=Ka(e,s,r,a);l(""),await L(`callflows/${t.id}`,{...t,flow:_,ui_metadata:R()}),f(o.saved)}catch(_){l(_.message)}}let h=`handling-${e}`;return d`<form class="window" onSubmit=${b} aria-label=${o.windows[e]} novalidate>
    <h4>${o.windows[e]}</h4>
    <div class="grid">
      <div class="field">
        <label for=${h}>${o.handling}</label>
        <select id=${h} value=${s.how} onChange=${p=>i({how:p.target.value,target:""})}>
          ${Object.entries(o.handlingKinds).map(([p,_])=>d`<option key=${p} value=${p}>${_}</option>`)}
        </select>
      </div>
      ${s.how!=="menu"&&d`<div class="field">
        <label for=${h+"-target"}>${s.how==="voicemail"?o.handlingVmbox:o.handlingUser}</label>
        <select id=${h+"-target"} value=${s.target} onChange=${p=>i({...s,target:p.target.value})} aria-invalid=${c?"true":void 0}>
          <option value="">—</option>
          ${m.map(([p,_])=>d`<option key=${p} value=${p}>${_}</option>`)}
        </select>
      </div>`}
    </div>
    ${c&&d`<p class="error" role="alert">${c}</p>`}
    ${u&&d`<p class="ok">${u}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}function fo({strategy:e}){let[t,n]=$(null),[a,r]=$("");return S(()=>{Promise.all([v("users?paginate=false"),v("vmboxes?paginate=false"),...mo.map(s=>v(`callflows/${e.parts[s].id}`))]).then(([s,i,...c])=>n({users:s,vmboxes:i,docs:c}),s=>r(s.message))},[e]),d`<section aria-labelledby="handling-h">
    <h3 id="handling-h">${o.incomingHandling}</h3>
    ${a&&d`<p class="error" role="alert">${a}</p>`}
    ${t&&mo.map((s,i)=>d`<${Xa} key=${s} name=${s} doc=${t.docs[i]} users=${t.users} vmboxes=${t.vmboxes} parts=${e.parts} />`)}
  </section>`}function Za({strategy:e,onSaved:t}){let[n,a]=$(""),[r,s]=$(""),i=Xn(e.main);async function c(u){s("");try{await Zn(e,u),a(""),t()}catch(f){s(Object.values(f.fields||{})[0]||f.message)}}function l(u){u.preventDefault();let f=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(f))return s(o.badNumber);c([...i,f])}return d`<form onSubmit=${l} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${o.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(u=>d`<li key=${u}>
          <span class="main-number">${u}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${u}`} onClick=${()=>c(i.filter(f=>f!==u))}>${o.remove}</button>
        </li>`)}
    </ul>
    <${k} id="main_number" label=${o.number} value=${n} onInput=${a} error=${r} inputmode="tel" />
    <button type="submit">${o.addNumber}</button>
  </form>`}function je(){let[e,t]=$(null),[n,a]=$(""),[r,s]=$(0);S(()=>{Kn().then(t,c=>a(c.message))},[]);let i=()=>s(c=>c+1);return d`<section aria-labelledby="main-h">
    <h2 id="main-h">${o.mainNumber}</h2>
    <${x} message=${n} />
    ${e?d`<div class="stack">
          <${uo} callflowId=${e.main.id} version=${r} />
          <${Za} strategy=${e} onSaved=${i} />
          <${io} strategy=${e} onSaved=${i} />
          <${co} strategy=${e} onSaved=${i} />
          <${fo} strategy=${e} />
        </div>`:!n&&d`<p>${o.loading}</p>`}
  </section>`}var Lt=V(0);function Ge(){let e=`accounts/${E.value.account}`,[t,n]=$(null),[a,r]=$(null),[s,i]=$({}),[c,l]=$(""),[u,f]=$(!1);S(()=>{Promise.all([H("GET","countries"),H("GET",e)]).then(([h,{data:p}])=>{let _=p.edgepbx||{};n(h.data),r({country:_.country||"",extension_length:_.extension_length?String(_.extension_length):"",timezone:null,language:p.language||""})},h=>l(h.message))},[]);function m(h){let p=t.find(_=>_.code===h);r({...a,country:h,...p?{timezone:p.timezone,language:p.language}:{}})}async function b(h){h.preventDefault(),f(!1);let p={};if(a.extension_length&&!/^[2-8]$/.test(a.extension_length)&&(p.extension_length=o.extLengthRange),i(p),l(""),Object.keys(p).length)return;let g={edgepbx:{country:a.country||null,extension_length:a.extension_length?Number(a.extension_length):null},language:a.language||null};a.timezone&&(g.timezone=a.timezone);try{await H("PATCH",e,g),Z.value=void 0,Lt.value++,f(!0)}catch(y){let w={};for(let[M,C]of Object.entries(y.fields||{}))w[M.replace(/^edgepbx\./,"")]=C;i(w),l(y.message)}}return a?d`<form onSubmit=${b} aria-labelledby="locale-h" novalidate>
    <h3 id="locale-h">${o.locale}</h3>
    <p class="hint">${o.localeHint}</p>
    <${x} message=${c} />
    <div class="field">
      <label for="country">${o.country}</label>
      <select id="country" value=${a.country} onChange=${h=>m(h.target.value)}>
        <option value="">${o.countryNone}</option>
        ${t.map(h=>d`<option key=${h.code} value=${h.code}>${h.name}</option>`)}
      </select>
      ${s.country&&d`<p class="error" role="alert">${s.country}</p>`}
    </div>
    ${a.timezone&&d`<p class="hint" id="proposed_zone">${o.proposedZone(a.timezone)}</p>`}
    <${k} id="language" label=${o.promptLanguage} value=${a.language} onInput=${h=>r({...a,language:h})} error=${s.language} />
    <${k} id="extension_length" label=${o.extensionLength} value=${a.extension_length} onInput=${h=>r({...a,extension_length:h})} error=${s.extension_length} inputmode="numeric" />
    ${u&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`:d`<${x} message=${c} />${!c&&d`<p>${o.loading}</p>`}`}var Ft=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function We({onDone:e}){let t=`accounts/${E.value.account}`,[n,a]=$(null),[r,s]=$({}),[i,c]=$(""),[l,u]=$(!1);S(()=>{H("GET",t).then(({data:b})=>a({name:b.name||"",timezone:b.timezone||"UTC"}),b=>c(b.message))},[Lt.value]);async function f(b){if(b.preventDefault(),u(!1),!n.name.trim())return s({name:o.required});s({}),c("");try{await H("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),E.value={...E.value,accountName:n.name.trim()},u(!0),e&&e()}catch(h){s(h.fields||{}),c(h.message)}}if(!n)return d`<${x} message=${i} />${!i&&d`<p>${o.loading}</p>`}`;let m=Ft.includes(n.timezone)?Ft:[n.timezone,...Ft];return d`<form onSubmit=${f} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${o.office}</h3>
    <${x} message=${i} />
    <${k} id="office_name" label=${o.officeName} value=${n.name} onInput=${b=>a({...n,name:b})} error=${r.name} />
    <div class="field">
      <label for="timezone">${o.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${b=>a({...n,timezone:b.target.value})}>
        ${m.map(b=>d`<option key=${b} value=${b}>${b}</option>`)}
      </select>
      ${r.timezone&&d`<p class="error" role="alert">${r.timezone}</p>`}
    </div>
    ${l&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}var po=["first_name","last_name","username","email","extension","password","phone"],Ja=["first_name","last_name","username","extension","password"],Qa=/^(yes|y|true|1)$/i;function er(e,t){let[n,...a]=Be(e);if(!n)return{problems:[o.csvEmpty]};let r=n.fields.map(f=>f.toLowerCase().replace(/\s+/g,"_")),s=Ja.filter(f=>!r.includes(f));if(s.length)return{problems:[o.csvColumns(s.join(", "))]};let i=r.filter(f=>!po.includes(f));if(i.length)return{problems:[o.csvUnknown(i.join(", "))]};let c=[],l={username:new Map,extension:new Map},u=a.map(({line:f,fields:m})=>{let b=Object.fromEntries(po.map(_=>[_,m[r.indexOf(_)]??""])),h={...b,phone:Qa.test(b.phone)},p=Mt(h,!0,t);m.length>r.length&&(p.line=o.csvExtra);for(let _ of["username","extension"]){let g=h[_].toLowerCase();g&&l[_].has(g)?p[_]=o.csvDuplicate(l[_].get(g)):l[_].set(g,f)}for(let[_,g]of Object.entries(p))c.push(o.csvLine(f,_==="line"?"":o.csvField[_]||_,g));return{line:f,form:h}});return a.length||c.push(o.csvNoUsers),{forms:u,problems:c}}function $o({onAdded:e}){let[t,n]=$([]),[a,r]=$(""),[s,i]=$(!1);async function c(l){let u=l.target.files[0];if(r(""),!u)return;let f=await Ie().catch(()=>null),{forms:m,problems:b}=er(await u.text(),f);if(n(b),b.length)return;i(!0);let h=[],p=0;for(let{line:_,form:g}of m)try{let y=await Fe(g);p++,e({...y,extension:g.extension})}catch(y){let w=Object.entries(y.fields||{}).map(([M,C])=>o.csvLine(_,o.csvField[M]||M,C));h.push(...w.length?w:[o.csvLine(_,"",y.message)])}n(h),r(o.csvMade(p,m.length)),i(!1),l.target.value=""}return d`<div class="card">
    <h3>${o.csvImport}</h3>
    <p class="hint">${o.csvHint}</p>
    <div class="field">
      <label for="csv_file">${o.csvFile}</label>
      <input id="csv_file" type="file" accept=".csv,text/csv" disabled=${s} onChange=${c} />
    </div>
    ${a&&d`<p class="ok" role="status">${a}</p>`}
    ${t.length>0&&d`<ul class="errors" aria-label=${o.csvProblems}>${t.map(l=>d`<li key=${l} class="error">${l}</li>`)}</ul>`}
  </div>`}var It="configs/smtp_client",ho=/^[^@\s]+@[^@\s]+$/;function tr(e){let t={};return/^[A-Za-z0-9.:-]{1,253}$/.test(e.relay)||(t.relay=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.from&&!ho.test(e.from)&&(t.from=o.badEmail(e.from)),t}function ze(){let[e,t]=$(null),[n,a]=$(""),[r,s]=$({}),[i,c]=$(""),[l,u]=$("");if(S(()=>{v(It).then(h=>t({relay:h.relay||"",port:String(h.port||587),tls:h.tls||"if_available",username:h.username||"",password:"",from:h.from||"",passwordSet:!!h.password_set}),h=>c(h.message))},[]),!e)return d`<${x} message=${i} />${!i&&d`<p>${o.loading}</p>`}`;let f=h=>p=>t({...e,[h]:p});async function m(h){h.preventDefault(),u(""),c("");let p=tr(e);if(s(p),Object.keys(p).length)return;let _={relay:e.relay.trim(),port:Number(e.port),tls:e.tls,username:e.username.trim(),from:e.from.trim()||void 0};e.password&&(_.password=e.password);try{await q(It,_),t({...e,password:"",passwordSet:e.passwordSet||!!e.password}),u(o.saved)}catch(g){s(g.fields||{}),c(g.message)}}async function b(){if(u(""),!ho.test(n.trim()))return s({...r,to:o.badEmail(n)});s({}),u(o.sending);try{await L(`${It}/test`,{to:n.trim()}),u(o.testSent(n.trim()))}catch(h){u(""),s(h.fields||{}),Object.keys(h.fields||{}).length||c(h.message)}}return d`<form onSubmit=${m} aria-labelledby="relay-h" novalidate>
    <h3 id="relay-h">${o.mailRelay}</h3>
    <p class="hint">${o.mailRelayHint}</p>
    <${x} message=${i} />
    <div class="grid">
      <${k} id="relay_host" label=${o.relayServer} value=${e.relay} onInput=${f("relay")} error=${r.relay} />
      <${k} id="relay_port" label=${o.port} value=${e.port} onInput=${f("port")} error=${r.port} inputmode="numeric" />
      <div class="field">
        <label for="relay_tls">${o.relayTls}</label>
        <select id="relay_tls" value=${e.tls} onChange=${h=>f("tls")(h.target.value)}>
          ${Object.entries(o.tlsModes).map(([h,p])=>d`<option key=${h} value=${h}>${p}</option>`)}
        </select>
      </div>
      <${k} id="relay_user" label=${o.relayUser} value=${e.username} onInput=${f("username")} error=${r.username} autocomplete="off" />
      <${k} id="relay_password" label=${e.passwordSet?o.relayPasswordKeep:o.password} type="password" value=${e.password} onInput=${f("password")} error=${r.password} autocomplete="new-password" />
      <${k} id="relay_from" label=${o.relayFrom} value=${e.from} onInput=${f("from")} error=${r.from} />
    </div>
    <div class="bar"><button type="submit">${o.save}</button></div>
    <${k} id="relay_test_to" label=${o.testTo} value=${n} onInput=${a} error=${r.to} type="email" />
    <div class="bar"><button type="button" class="plain" onClick=${b}>${o.sendTest}</button></div>
    ${l&&d`<p class="ok" role="status">${l}</p>`}
  </form>`}async function Ve(){(await v("callflows?filter_numbers=no_match")).length===0&&await P("callflows",{numbers:["no_match"],flow:{module:"offnet",data:{},children:{}}})}var Ut="^(\\+?\\d{3,15})$",bo={name:"",server:"",port:"5060",username:"",auth_username:"",password:"",realm:"",register:!0};function nr(e){let t=e.gateways&&e.gateways[0]||{},n=a=>a==null?"":String(a);return{name:n(e.name),server:n(t.server),port:n(t.port||5060),username:n(t.username),auth_username:n(t.auth_username),password:n(t.password),realm:n(t.realm),register:t.register!==!1}}function or(e){let t={};return e.name.trim()||(t.name=o.required),/^[A-Za-z0-9.-]{1,253}$/.test(e.server.trim())||(t.server=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.register&&!e.username.trim()&&(t.username=o.required),e.register&&!e.password&&(t.password=o.required),t}function _o(e,t){let n={...e.gateways&&e.gateways[0]||{enabled:!0}};n.server=t.server.trim(),n.port=Number(t.port),n.register=t.register;for(let a of["username","auth_username","realm"])t[a].trim()?n[a]=t[a].trim():delete n[a];return t.password?n.password=t.password:delete n.password,{...e,name:t.name.trim(),gateways:[n,...(e.gateways||[]).slice(1)]}}var ar={enabled:!0,weight_cost:50,rules:[Ut],gateways:[]};function Ht({line:e,onDone:t}){let[n,a]=$(e?nr(e):bo),[r,s]=$({}),[i,c]=$(""),[l,u]=$(!1),f=p=>_=>a({...n,[p]:_}),m=p=>`line_${p}${e?"_edit":""}`;async function b(p){p.preventDefault(),c("");let _=or(n);if(s(_),!Object.keys(_).length){u(!0);try{e?await L(`resources/${e.id}`,_o(e,n)):await P("resources",_o(ar,n)),await Ve(),e||a(bo),u(!1),t(!0)}catch(g){s(Object.fromEntries(Object.entries(g.fields||{}).map(([y,w])=>[y.replace(/^gateways\.0\./,""),w]))),c(`${o.failed} ${g.message}`),u(!1)}}}let h=e?o.editLine(e.name):o.addLine;return d`<form onSubmit=${b} novalidate data-form=${e?"edit-line":"add-line"}>
    <h4>${h}</h4>
    <${x} message=${i} />
    <div class="grid">
      <${k} id=${m("name")} label=${o.name} value=${n.name} onInput=${f("name")} error=${r.name} />
      <${k} id=${m("server")} label=${o.lineServer} value=${n.server} onInput=${f("server")} error=${r.server} />
      <${k} id=${m("port")} label=${o.port} value=${n.port} onInput=${f("port")} error=${r.port} inputmode="numeric" />
      <${k} id=${m("username")} label=${o.lineNumber} value=${n.username} onInput=${f("username")} error=${r.username} autocomplete="off" />
      <${k} id=${m("auth")} label=${o.lineAuth} value=${n.auth_username} onInput=${f("auth_username")} error=${r.auth_username} autocomplete="off" />
      <${k} id=${m("password")} label=${o.linePassword} type="password" value=${n.password} onInput=${f("password")} error=${r.password} autocomplete="new-password" />
      <${k} id=${m("realm")} label=${o.lineRealm} value=${n.realm} onInput=${f("realm")} error=${r.realm} />
    </div>
    <${W} id=${m("register")} label=${o.lineRegister} checked=${n.register} onChange=${f("register")} />
    <div class="bar">
      <button type="submit" disabled=${l}>${e?o.save:o.addLine}</button>
      ${e&&d`<button type="button" class="plain" onClick=${()=>t(!1)}>${o.cancel}</button>`}
    </div>
  </form>`}var go=e=>e.filter(t=>t.kind==="fxo"&&t.sip_address).map(t=>{let n=t.sip_address.lastIndexOf(":");return{...t,host:t.sip_address.slice(0,n).replace(/^\[|\]$/g,""),port:Number(t.sip_address.slice(n+1))}}),Bt=(e,t)=>(e.gateways||[]).some(n=>n.server===t.host&&Number(n.port)===t.port);function rr(e){return e.state==="down"?e.alarm?`${o.fxoStates.down}: ${e.alarm}`:o.fxoStates.down:o.fxoStates[e.state==="idle"?"idle":"busy"]}function sr(e){return e?e.state==="running"?o.fxoDialTone.checking:e.dial_tone?o.fxoDialTone.yes:o.fxoDialTone.no:o.fxoDialTone.unknown}function vo({ports:e,lines:t,onChanged:n}){let[a,r]=$(""),[s,i]=$(!1);if(e.length===0)return null;async function c(l){r(""),i(!0);try{await P("resources",{name:o.fxoLineName(l.name),enabled:!0,weight_cost:50,rules:[Ut],gateways:[{server:l.host,port:l.port,register:!1,enabled:!0}]}),await Ve(),n()}catch(u){r(`${o.failed} ${u.message}`)}i(!1)}return d`<div aria-labelledby="fxo-h">
    <h4 id="fxo-h">${o.fxoLines}</h4>
    <${x} message=${a} />
    <ul class="lines">
      ${e.map(l=>{let u=t.find(f=>Bt(f,l));return d`<li key=${l.name} data-fxo=${l.name}>
          <span class=${l.state==="down"?"dot":"dot on"}>${l.name}${l.number?` (${l.number})`:""} · ${rr(l)} · ${sr(l.line_test)}</span>
          ${u?d`<span class="hint" data-route>${o.fxoInUse(u.name)}</span>`:d`<button type="button" class="plain" disabled=${s} onClick=${()=>c(l)} aria-label=${`${o.fxoUse}: ${l.name}`}>${o.fxoUse}</button>`}
        </li>`})}
    </ul>
  </div>`}var ir=5e3;async function lr(){let[e,t]=await Promise.all([v("resources?paginate=false"),v("analog_ports").then(go,()=>[])]);return{lines:await Promise.all(e.map(a=>Promise.all([v(`resources/${a.id}`),v(`resources/${a.id}/status`)]).then(([r,s])=>({...r,gw:s.gateways[0]||{}})))),ports:t}}var dr=e=>e.state==="failed"&&e.last_error?`${o.lineStates.failed}: ${e.last_error}`:o.lineStates[e.state]||e.state;function cr({line:e,editing:t,onEdit:n,onDone:a,onError:r}){async function s(){if(confirm(o.confirmDeleteLine(e.name)))try{await T(`resources/${e.id}`),a(!0)}catch(i){r(i.message)}}return d`<li data-line=${e.name}>
    <span class=${e.gw.state==="registered"?"dot on":"dot"}>${e.name} · ${dr(e.gw)}</span>
    ${t?d`<${Ht} line=${e} onDone=${a} />`:d`<span class="actions">
          <button type="button" class="plain" onClick=${n} aria-label=${`${o.edit}: ${e.name}`}>${o.edit}</button>
          <button type="button" class="plain" onClick=${s} aria-label=${`${o.del}: ${e.name}`}>${o.del}</button>
        </span>`}
  </li>`}function qe(){let[e,t]=$(null),[n,a]=$(null),[r,s]=$(""),i=()=>lr().then(t,u=>s(u.message));S(()=>{i();let u=setInterval(i,ir);return()=>clearInterval(u)},[]);let c=u=>{a(null),u&&i()},l=e?e.lines.filter(u=>!e.ports.some(f=>Bt(u,f))):[];return d`<div aria-labelledby="lines-h">
    <h3 id="lines-h">${o.outsideLines}</h3>
    <${x} message=${r} />
    ${e?l.length===0?d`<p>${o.noLines}</p>`:d`<ul class="lines">
            ${l.map(u=>d`<${cr} key=${u.id} line=${u} editing=${n===u.id} onEdit=${()=>a(u.id)} onDone=${c} onError=${s} />`)}
          </ul>`:d`<p>${o.loading}</p>`}
    <${Ht} line=${null} onDone=${c} />
    ${e&&d`<${vo} ports=${e.ports} lines=${e.lines} onChanged=${i} />`}
  </div>`}var re=V(null);async function yo(){let e=await v(`users/${E.value.owner}`);e.require_password_update&&(re.value={forced:!0,username:e.username})}async function wo(){let e=await v(`users/${E.value.owner}`);re.value={forced:!1,username:e.username}}function ur(){let[e,t]=$(!1),[n,a]=$([]);return e?d`<${Ue}
      user=${{}}
      onDone=${r=>{t(!1),r&&a([...n,r])}}
    />`:d`<div>
    <h3>${o.firstUsers}</h3>
    <ul class="added">${n.map(r=>d`<li key=${r.username}>${r.first_name} ${r.last_name} · ${r.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${o.addUser}</button>
    <${$o} onAdded=${r=>a(s=>[...s,r])} />
  </div>`}function xo(){let{forced:e,username:t}=re.value,[n,a]=$(!e),r=[[o.stepPassword,()=>d`<${ce} username=${t} onDone=${()=>a(!0)} />`],[o.stepLocale,()=>d`<${Ge} />`],[o.stepOffice,()=>d`<${We} />`],[o.stepUsers,()=>d`<${ur} />`],[o.stepMainNumber,()=>d`<${je} />`],[o.stepLine,()=>d`<${qe} />`],[o.stepMail,()=>d`<${ze} />`],[o.stepDone,()=>d`<p>${o.wizardDone}</p><${jn} />`]],[s,i]=$(0),c=s===r.length-1,[l,u]=r[s],f=s===0&&!n;return d`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${o.wizard}</h2>
    <p class="hint">${o.stepOf(s+1,r.length)}: <strong>${l}</strong></p>
    ${f&&d`<p class="banner" role="alert">${o.pwForced}</p>`}
    <div key=${s}>${u()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${s===0} onClick=${()=>i(s-1)}>${o.back}</button>
      ${c?d`<button type="button" onClick=${()=>re.value=null}>${o.finish}</button>`:d`<button type="button" disabled=${f} onClick=${()=>i(s+1)}>${o.next}</button>`}
    </div>
  </section>`}async function mr(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":E.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new G(t.status,n);return n.data}function ko(){let[e,t]=$(null),[n,a]=$(!1),[r,s]=$(""),[i,c]=$("");async function l(u){if(u.preventDefault(),s(""),c(""),!e)return s(o.pickBundle);a(!0);try{let f=await mr(e);c(o.updateInstalled(f&&f.installed))}catch(f){let m=f.body&&f.body.data&&(f.body.data.message||f.body.data.detail);s(`${o.failed} ${f.message}${typeof m=="string"&&m!==f.message?`: ${m}`:""}`)}a(!1)}return d`<form onSubmit=${l} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${o.softwareUpdate}</h3>
    <p class="hint">${o.updateHint}</p>
    <${x} message=${r} />
    <div class="field">
      <label for="bundle">${o.bundle}</label>
      <input id="bundle" type="file" onChange=${u=>t(u.target.files[0]||null)} />
    </div>
    ${i&&d`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?o.uploading:o.install}</button>
  </form>`}function Co(){let[e,t]=$(null),[n,a]=$(""),r=()=>v("sip_bans").then(t,i=>i.status===403?t(null):a(i.message));S(r,[]);let s=i=>T(`sip_bans/${encodeURIComponent(i)}`).then(r,c=>a(c.message));return e?d`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${o.sipBans}</h3>
    <${x} message=${n} />
    ${e.length===0?d`<p>${o.noBans}</p>`:d`<ul class="numbers">
          ${e.map(i=>d`<li key=${i.ip} data-ban=${i.ip}>
              <span>${o.banned(i.ip,i.reason)} · ${o.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>s(i.ip)} aria-label=${o.liftBan(i.ip)}>${o.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:d`<${x} message=${n} />`}function So(){let[e,t]=$(null),[n,a]=$("");return S(()=>{v(`users/${E.value.owner}`).then(t,r=>a(r.message))},[]),d`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${o.settings}</h2>
    <${x} message=${n} />
    <div class="stack">
      ${e&&d`<${ce} username=${e.username} />`}
      <${Ge} />
      <${We} />
      <${qe} />
      <${ze} />
      <${Co} />
      <${ko} />
      <div><button type="button" onClick=${()=>wo().catch(r=>a(r.message))}>${o.runWizard}</button></div>
    </div>
  </section>`}var Ye=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),Rt=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function fr(e,t){let n=await fetch("/v2/"+K(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":E.value.token,"Content-Type":Rt(t),Accept:"application/json"},body:t});if(!n.ok)throw new G(n.status,await n.json().catch(()=>null))}async function No(e,t){let n=await P("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await fr(n.id,t)}catch(a){throw await T(`media/${n.id}`).catch(()=>{}),a}return n.id}var jt=e=>T(`media/${e}`).catch(()=>{});var Gt=["skip_greeting","skip_instructions","delete_after_notify","announcement_only"],pr=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,Eo=e=>e.split(/[\s,;]+/).filter(Boolean);function $r(e){let t={};e.name.trim()||(t.name=o.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=o.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=o.pinDigits);let n=Eo(e.notify).find(a=>!pr.test(a));return n&&(t.notify_email_addresses=o.badEmail(n)),t}function Po({box:e,users:t,onDone:n}){let a=!e.id,[r,s]=$({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(Gt.map(g=>[g,!!e[g]]))}),[i,c]=$({}),[l,u]=$(""),[f,m]=$(!1),[b,h]=$(null),p=g=>y=>s({...r,[g]:y});async function _(g){g.preventDefault();let y=$r(r);if(b&&!Ye(b)&&(y.greeting=o.greetingType),c(y),u(""),Object.keys(y).length)return;let w={name:r.name.trim(),mailbox:r.mailbox,notify_email_addresses:Eo(r.notify),...Object.fromEntries(Gt.map(C=>[C,r[C]]))};w.owner_id=r.owner_id||(a?void 0:null),w.pin=r.pin||(a?void 0:null),m(!0);let M=null;try{b&&(M=await No(w.name,b).catch(C=>{throw Object.assign(C,{fields:{greeting:C.fields&&C.fields.media||C.message}})}),w.media={...e.media||{},unavailable:M}),a?await P("vmboxes",w):await q(`vmboxes/${e.id}`,w),M&&e.media&&e.media.unavailable&&await jt(e.media.unavailable),n()}catch(C){M&&await jt(M),c(C.fields||{}),u(`${o.failed} ${C.message}`),m(!1)}}return d`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${a?o.addVmbox:o.editVmbox}</h2>
    <form onSubmit=${_} novalidate>
      <${x} message=${l} />
      <div class="grid">
        <${k} id="vm_name" label=${o.name} value=${r.name} onInput=${p("name")} error=${i.name} required />
        <${k} id="vm_mailbox" label=${o.mailbox} value=${r.mailbox} onInput=${p("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${o.owner}</label>
          <select id="vm_owner" value=${r.owner_id} onChange=${g=>p("owner_id")(g.target.value)}>
            <option value="">${o.noOwner}</option>
            ${t.map(g=>d`<option key=${g.id} value=${g.id}>${g.first_name} ${g.last_name}</option>`)}
          </select>
          ${i.owner_id&&d`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${k} id="vm_pin" label=${o.pin} type="password" value=${r.pin} onInput=${p("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${o.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${g=>h(g.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?o.greetingSet:o.greetingNone}</p>
        ${i.greeting&&d`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${k} id="vm_notify" label=${o.recipients} value=${r.notify} onInput=${p("notify")} error=${i.notify_email_addresses} />
      ${Gt.map(g=>d`<div class="check" key=${g}>
          <input type="checkbox" id=${"vm_"+g} checked=${r[g]} onChange=${y=>p(g)(y.target.checked)} />
          <label for=${"vm_"+g}>${o.vmFlags[g]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${n}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var hr=62167219200,br=e=>new Date((e-hr)*1e3).toISOString().slice(0,16).replace("T"," ");function Ke({box:e,onDone:t}){let n=`vmboxes/${e.id}/messages`,[a,r]=$(null),[s,i]=$({}),c=mt([]),[l,u]=$(""),f=()=>v(`${n}?paginate=false`).then(p=>r(p.filter(_=>_.folder!=="deleted")),p=>u(p.message));S(()=>(f(),()=>c.current.forEach(p=>URL.revokeObjectURL(p))),[]);let m=p=>p.then(f,_=>u(_.message));async function b(p){if(s[p.media_id])return s[p.media_id];let _=URL.createObjectURL(await Pn(`${n}/${p.media_id}/raw`));return c.current.push(_),i(g=>({...g,[p.media_id]:_})),_}async function h(p){try{let _=document.createElement("a");_.href=await b(p),_.download=`${e.mailbox}-${p.media_id}.wav`,_.click()}catch(_){u(_.message)}}return d`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${o.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${t}>${o.vmboxes}</button>
    </div>
    <${x} message=${l} />
    ${a?a.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.messages}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.duration}</th><th>${o.folder}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${a.map(p=>d`<tr key=${p.media_id} data-message=${p.media_id} class="message">
                  <td data-label=${o.when}>${p.timestamp?br(p.timestamp):""}</td>
                  <td data-label=${o.from}>${p.caller_id_name||""} ${p.caller_id_number||""}</td>
                  <td data-label=${o.duration}>${p.length?`${Math.round(p.length/1e3)} s`:""}</td>
                  <td data-label=${o.folder} class="folder">${o.folders[p.folder]||p.folder}</td>
                  <td class="actions">
                    ${s[p.media_id]?d`<audio controls autoplay src=${s[p.media_id]}></audio>`:d`<button onClick=${()=>b(p).catch(_=>u(_.message))}>${o.play}</button>`}
                    <button class="plain" onClick=${()=>h(p)}>${o.download}</button>
                    ${p.folder==="new"&&d`<button class="plain" onClick=${()=>m(L(`${n}/${p.media_id}`,{folder:"saved"}))}>${o.markHeard}</button>`}
                    <button class="danger" onClick=${()=>confirm(o.confirmDeleteMessage)&&m(T(`${n}/${p.media_id}`))}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}function Mo(){let[e,t]=$(null),[n,a]=$(null),[r,s]=$(null),[i,c]=$(""),l=()=>Promise.all([v("vmboxes?paginate=false"),v("users?paginate=false")]).then(([h,p])=>t({boxes:h,users:p}),h=>c(h.message));S(l,[]);let u=()=>{a(null),s(null),l()};async function f(h){confirm(o.confirmDeleteVmbox(h.name))&&(await T(`vmboxes/${h.id}`).catch(p=>c(p.message)),l())}async function m(h){try{a(await v(`vmboxes/${h.id}`))}catch(p){c(p.message)}}if(n)return d`<${Po} box=${n} users=${e.users} onDone=${u} />`;if(r)return d`<${Ke} box=${r} onDone=${u} />`;let b=h=>{let p=e.users.find(_=>_.id===h);return p?`${p.first_name} ${p.last_name}`:""};return d`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${o.vmboxes}</h2>
      <button onClick=${()=>a({})}>${o.addVmbox}</button>
    </div>
    <${x} message=${i} />
    ${e?e.boxes.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.vmboxes}>
            <thead><tr><th>${o.name}</th><th>${o.mailbox}</th><th>${o.owner}</th><th>${o.newMessages}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map(h=>d`<tr key=${h.id} data-vmbox=${h.mailbox}>
                  <td data-label=${o.name}>${h.name}</td>
                  <td data-label=${o.mailbox}>${h.mailbox}</td>
                  <td data-label=${o.owner}>${b(h.owner_id)}</td>
                  <td data-label=${o.newMessages} class="count">${h.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>s(h)} aria-label=${o.messagesOf(h.name)}>${o.messages}</button>
                    <button class="plain" onClick=${()=>m(h)} aria-label=${`${o.edit} ${h.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>f(h)} aria-label=${`${o.del} ${h.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}function Xe(e,t){if(!(t instanceof G))throw t;let n={};for(let[a,r]of Object.entries(t.fields))n[e==="userGroup"&&a.startsWith("numbers")?"extension":a.split(".")[0]]=r;throw t.fields=n,t}async function Oo(){let[e,t]=await Promise.all([v("groups?paginate=false"),v("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let a=t.filter(r=>r.group_id===n.id);return{...n,userCf:a.find(r=>r.type==="userGroup"),baseCf:a.find(r=>r.type==="baseGroup")}})}async function To(e){let t=[];try{let n=await P("groups",kt({},e));t.push(()=>T(`groups/${n.id}`));let a=await P("callflows",Ct({},n,e));t.push(()=>T(`callflows/${a.id}`)),await P("callflows",St({},n,a,e)).catch(r=>Xe("userGroup",r))}catch(n){for(let a of t.reverse())await a().catch(()=>{});Xe("groups",n)}}async function Ao(e,t){try{let n=await L(`groups/${e.id}`,kt(await v(`groups/${e.id}`),t)),a=await L(`callflows/${e.baseCf.id}`,Ct(await v(`callflows/${e.baseCf.id}`),n,t)),r=e.userCf?await v(`callflows/${e.userCf.id}`):{},s=St(r,n,a,t);await(e.userCf?L(`callflows/${e.userCf.id}`,s):P("callflows",s)).catch(i=>Xe("userGroup",i))}catch(n){Xe("groups",n)}}async function Do(e){for(let t of[e.userCf,e.baseCf])t&&await T(`callflows/${t.id}`);await T(`groups/${e.id}`)}var me=e=>/^\d+$/.test(String(e))?Number(e):NaN;function _r(e){let t={};return e.name.trim()||(t.name=o.required),/^\d{2,8}$/.test(e.extension)||(t.extension=o.extDigits),me(e.repeats)>=1&&me(e.repeats)<=10||(t.repeats=o.repeatsRange),e.members.length||(t.members=o.pickMember),e.members.length>ge&&(t.members=o.tooManyMembers(ge)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=o.badTimeline),t}function Lo({id:e,label:t,value:n,onChange:a,options:r,wide:s}){return d`<div class=${s?"field wide":"field"}>
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>a(i.target.value)}>
      ${r.map(([i,c])=>d`<option key=${i} value=${i}>${c}</option>`)}
    </select>
  </div>`}function Fo({group:e,users:t,vmboxes:n,onDone:a}){let[r,s]=$(e.form),[i,c]=$("20"),[l,u]=$({}),[f,m]=$(""),[b,h]=$(!1),p=N=>O=>s({...r,[N]:O}),_=N=>r.members.find(O=>O.id===N),g=N=>s({...r,members:_(N.id)?r.members.filter(O=>O.id!==N.id):[...r.members,{id:N.id,delay:0,timeout:20}]}),y=(N,O,F)=>s({...r,members:r.members.map(j=>j.id===N?{...j,[O]:me(F)}:j)});async function w(N){N.preventDefault();let O=_r(r);if(u(O),m(""),!Object.keys(O).length){h(!0);try{let F=C?r.members.map(J=>({...J,delay:0})):r.members,j={...r,members:F,name:r.name.trim(),repeats:me(r.repeats)};await(e.id?Ao(e,j):To(j)),a()}catch(F){u(F.fields||{}),m(`${o.failed} ${F.message}`),h(!1)}}}let M=r.members.length>=ge,C=r.strategy!=="simultaneous";return d`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?o.editGroup:o.addGroup}</h2>
    <form onSubmit=${w} novalidate>
      <${x} message=${f} />
      <div class="grid">
        <${k} id="group_name" label=${o.name} value=${r.name} onInput=${p("name")} error=${l.name} required />
        <${k} id="group_extension" label=${o.extension} value=${r.extension} onInput=${p("extension")} error=${l.extension} required inputmode="numeric" />
        <${k} id="group_repeats" label=${o.repeats} value=${String(r.repeats)} onInput=${p("repeats")} error=${l.repeats} inputmode="numeric" />
        <${Lo} id="group_strategy" label=${o.strategy} value=${r.strategy} onChange=${p("strategy")} options=${Object.entries(o.strategies)} />
        <${Lo} id="group_next" wide label=${o.nextAction} value=${r.next_vmbox} onChange=${p("next_vmbox")}
          options=${[["",o.notAvailable],...n.map(N=>[N.id,o.toVoicemail(N.name,N.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${o.members(r.members.length,ge)}</legend>
        ${l.members&&d`<p class="error" id="members-error" role="alert">${l.members}</p>`}
        <table class="list timeline" aria-label=${o.timeline}>
          <thead><tr><th>${o.member}</th>${!C&&d`<th>${o.startAfter}</th>`}<th>${o.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(N=>{let O=_(N.id),F=`${N.first_name} ${N.last_name}`;return d`<tr key=${N.id} data-member=${N.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+N.id} checked=${!!O} disabled=${!O&&M} onChange=${()=>g(N)} /><label for=${"m-"+N.id}>${F}</label></span></td>
                ${!C&&d`<td data-label=${o.startAfter}>${O&&d`<input class="delay" aria-label=${`${o.startAfter} ${F}`} inputmode="numeric" value=${Number.isNaN(O.delay)?"":O.delay} onInput=${j=>y(N.id,"delay",j.target.value)} />`}</td>`}
                <td data-label=${o.ringFor}>${O&&d`<input class="timeout" aria-label=${`${o.ringFor} ${F}`} inputmode="numeric" value=${Number.isNaN(O.timeout)?"":O.timeout} onInput=${j=>y(N.id,"timeout",j.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${k} id="group_total" label=${o.totalRing} value=${i} onInput=${c} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!r.members.length||!(me(i)>=1)} onClick=${()=>s({...r,members:Fn(r.members,me(i))})}>${o.distribute}</button>
        </div>
      </fieldset>
      <div class="bar">
        <button type="submit" disabled=${b}>${b?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${a}>${o.cancel}</button>
      </div>
    </form>
  </section>`}async function gr(e){let t=e.baseCf?await v(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},a=(n.endpoints||[]).map(s=>({id:s.id,delay:Number(s.delay)||0,timeout:Number(s.timeout)||20})),r=e.userCf?(await v(`callflows/${e.userCf.id}`)).flow.children._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:r&&r.module==="voicemail"?r.data.id:"",members:a}}function Io(){let[e,t]=$(null),[n,a]=$(null),[r,s]=$(""),i=()=>Promise.all([Oo(),v("users?paginate=false"),v("vmboxes?paginate=false")]).then(([u,f,m])=>t({groups:u,users:f,vmboxes:m}),u=>s(u.message));S(i,[]);async function c(u){try{a({...u,form:await gr(u)})}catch(f){s(f.message)}}async function l(u){confirm(o.confirmDeleteGroup(u.name))&&(await Do(u).catch(f=>s(f.message)),i())}return n?d`<${Fo}
      group=${n}
      users=${e.users}
      vmboxes=${e.vmboxes}
      onDone=${()=>{a(null),i()}}
    />`:d`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${o.groups}</h2>
      <button disabled=${!e} onClick=${()=>a({form:{name:"",extension:"",repeats:1,strategy:"simultaneous",next_vmbox:"",members:[]}})}>${o.addGroup}</button>
    </div>
    <${x} message=${r} />
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
  </section>`}async function vr(){let[e,t]=await Promise.all([v("phone_numbers"),v("callflows?paginate=false")]);return Object.entries(e.numbers||{}).map(([n,a])=>{let r=a.used_by_id&&t.find(s=>s.id===a.used_by_id);return{number:n,usedBy:r?r.name||r.id:a.used_by_id||""}}).sort((n,a)=>n.number.localeCompare(a.number))}function Uo(){let[e,t]=$(null),[n,a]=$(""),[r,s]=$(""),[i,c]=$(""),l=()=>vr().then(t,m=>c(m.message));S(l,[]);async function u(m){m.preventDefault();let b=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(b))return s(o.badPhoneNumber);s("");try{await P(`phone_numbers/${encodeURIComponent(b)}`,{}),a(""),l()}catch(h){s(h.fields.number||h.message)}}async function f(m){confirm(o.confirmDeleteNumber(m))&&(await T(`phone_numbers/${encodeURIComponent(m)}`).catch(b=>c(b.message)),l())}return d`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${o.numbers}</h2>
    <${x} message=${i} />
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
      <${k} id="new_number" label=${o.number} value=${n} onInput=${a} error=${r} inputmode="tel" />
      <button type="submit">${o.addPhoneNumber}</button>
    </form>
  </section>`}var Ho=e=>e.split(/[\s,;]+/).filter(Boolean);function Bo(e){return{name:e.name.trim(),conference_numbers:[e.number],member:{pins:Ho(e.member_pins),join_muted:e.join_muted},moderator:{pins:Ho(e.moderator_pins)}}}var Wt=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:[n.number],flow:{module:"conference",data:{id:t.id},children:{}}});function Ro(e){if(!(e instanceof G))throw e;let t={};for(let[n,a]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=a;throw e.fields=t,e}var jo=e=>v(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function Go(e){let t=null;try{t=await P("conferences",Bo(e)),await P("callflows",Wt({},t,e))}catch(n){t&&await T(`conferences/${t.id}`).catch(()=>{}),Ro(n)}}async function Wo(e,t){try{let n=await q(`conferences/${e}`,Bo(t)),[a]=await jo(e);a?await L(`callflows/${a.id}`,Wt(await v(`callflows/${a.id}`),n,t)):await P("callflows",Wt({},n,t))}catch(n){Ro(n)}}async function zo(e){for(let t of await jo(e))await T(`callflows/${t.id}`);await T(`conferences/${e}`)}var yr=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function wr(e){let t={};e.name.trim()||(t.name=o.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=o.extDigits);for(let n of["member_pins","moderator_pins"])yr.test(e[n].trim())||(t[n]=o.pinList);return t}function Vo({conf:e,onDone:t}){let n=!e.id,[a,r]=$({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[s,i]=$({}),[c,l]=$(""),[u,f]=$(!1),m=h=>p=>r({...a,[h]:p});async function b(h){h.preventDefault();let p=wr(a);if(i(p),l(""),!Object.keys(p).length){f(!0);try{n?await Go(a):await Wo(e.id,a),t()}catch(_){i(_.fields||{}),l(`${o.failed} ${_.message}`),f(!1)}}}return d`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?o.addConference:o.editConference}</h2>
    <form onSubmit=${b} novalidate>
      <${x} message=${c} />
      <div class="grid">
        <${k} id="conf_name" label=${o.name} value=${a.name} onInput=${m("name")} error=${s.name} required />
        <${k} id="conf_number" label=${o.confNumber} value=${a.number} onInput=${m("number")} error=${s.number} required inputmode="tel" />
        <${k} id="conf_member_pins" label=${o.memberPins} value=${a.member_pins} onInput=${m("member_pins")} error=${s.member_pins||s.member} inputmode="numeric" autocomplete="off" />
        <${k} id="conf_moderator_pins" label=${o.moderatorPins} value=${a.moderator_pins} onInput=${m("moderator_pins")} error=${s.moderator_pins||s.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${W} id="conf_join_muted" label=${o.joinMuted} checked=${a.join_muted} onChange=${m("join_muted")} />
      <div class="bar">
        <button type="submit" disabled=${u}>${u?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var qo=e=>(e&&e.pins||[]).length;function Yo(){let[e,t]=$(null),[n,a]=$(null),[r,s]=$(""),i=()=>v("conferences?paginate=false").then(t,u=>s(u.message));S(i,[]);async function c(u){try{a(await v(`conferences/${u.id}`))}catch(f){s(f.message)}}async function l(u){confirm(o.confirmDeleteConference(u.name))&&(await zo(u.id).catch(f=>s(f.message)),i())}return n?d`<${Vo}
      conf=${n}
      onDone=${()=>{a(null),i()}}
    />`:d`<section aria-labelledby="conf-h">
    <div class="bar">
      <h2 id="conf-h">${o.conferences}</h2>
      <button onClick=${()=>a({})}>${o.addConference}</button>
    </div>
    <${x} message=${r} />
    ${e?e.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.conferences}>
            <thead><tr><th>${o.name}</th><th>${o.confNumber}</th><th>${o.pins}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(u=>d`<tr key=${u.id} data-conference=${u.name}>
                  <td data-label=${o.name}>${u.name}</td>
                  <td data-label=${o.confNumber} class="ext">${(u.conference_numbers||[]).join(", ")}</td>
                  <td data-label=${o.pins} class="pins">${o.pinSummary(qo(u.member),qo(u.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>c(u)} aria-label=${`${o.edit} ${u.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>l(u)} aria-label=${`${o.del} ${u.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}var xr=(e,t)=>({...e,numbers:e.numbers.map(n=>n.replace("{code}",t)),patterns:e.patterns.map(n=>n.replace("{code}",t.replace(/\*/g,"\\*"))),featurecode:{...e.featurecode,number:t}}),kr=e=>/^[0-9*]{1,6}$/.test(e),Cr=(e,t)=>(e.star?`*${t}`:t)+(e.takes_digits?"\u2026":"");function Sr({row:e,taken:t,onSaved:n}){let[a,r]=$(e.number),[s,i]=$(e.enabled),[c,l]=$(""),[u,f]=$(!1),m=a!==e.number||s!==e.enabled,b=`fc-${e.name.replace(/[^a-z0-9]/gi,"_")}`,h=o.fcNames[e.name]||e.name;async function p(){if(s&&!kr(a))return l(o.fcDigits);if(s&&t(e,a))return l(o.fcTaken(Cr(e,a)));l(""),f(!0);try{let _=xr(e.template,a);s?e.enabled?await q(`callflows/${e.callflow_id}`,{numbers:_.numbers,patterns:_.patterns,featurecode:_.featurecode}):await P("callflows",_):await T(`callflows/${e.callflow_id}`),n()}catch(_){l(_.fields.numbers||_.fields.patterns||_.message),f(!1)}}return d`<tr data-code=${e.name} class=${e.handled?"":"muted"}>
    <td data-label=${o.fcWhat}>${h}${!e.handled&&d`<br /><small>${o.fcNotRun}</small>`}</td>
    <td data-label=${o.fcCode}>
      <span class="code-input">${e.star?"*":""}<input id=${b} aria-label=${`${o.fcCode}: ${h}`} value=${a} inputmode="tel" size="6"
        aria-invalid=${c?"true":void 0} onInput=${_=>r(_.target.value.trim())} disabled=${!s} />${e.takes_digits?"\u2026":""}</span>
      ${c&&d`<p class="error" role="alert">${c}</p>`}
    </td>
    <td data-label=${o.fcOn}><input type="checkbox" aria-label=${`${o.fcOn}: ${h}`} checked=${s} disabled=${!e.handled&&!e.enabled}
      onChange=${_=>i(_.target.checked)} /></td>
    <td class="actions">${m&&d`<button type="button" disabled=${u} onClick=${p} aria-label=${`${o.save}: ${h}`}>${o.save}</button>`}</td>
  </tr>`}function Ko(){let[e,t]=$(null),[n,a]=$(""),r=()=>v("feature_codes").then(t,i=>a(i.message));S(r,[]);let s=(i,c)=>e.some(l=>l!==i&&l.enabled&&l.star===i.star&&l.number===c);return d`<section aria-labelledby="fc-h">
    <h2 id="fc-h">${o.featureCodes}</h2>
    <p class="hint">${o.fcHint}</p>
    <${x} message=${n} />
    ${e?d`<table class="list" aria-label=${o.featureCodes}>
          <thead><tr><th>${o.fcWhat}</th><th>${o.fcCode}</th><th>${o.fcOn}</th><th><span class="sr">${o.save}</span></th></tr></thead>
          <tbody>${e.map(i=>d`<${Sr} key=${`${i.name}/${i.callflow_id}/${i.number}`} row=${i} taken=${s} onSaved=${r} />`)}</tbody>
        </table>`:d`<p>${o.loading}</p>`}
  </section>`}var Nr=/^\+?\d{2,15}$/;function Er(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function Xo({user:e,onSaved:t}){let[n,a]=$(Er(e)),[r,s]=$({}),[i,c]=$(""),[l,u]=$(!1),[f,m]=$(!1),b=p=>_=>{u(!1),a({...n,[p]:_})};async function h(p){p.preventDefault();let _=n.forward&&!Nr.test(n.number.trim())?{"call_forward.number":o.forwardNumber}:{};if(s(_),c(""),!Object.keys(_).length){m(!0);try{let g=await q(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});u(!0),t&&t(g)}catch(g){s(g.fields||{}),c(`${o.failed} ${g.message}`)}m(!1)}}return d`<form onSubmit=${h} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${o.callHandling}</h3>
    <${x} message=${i} />
    <${W} id="dnd" label=${o.dnd} checked=${n.dnd} onChange=${b("dnd")} />
    <${W} id="forward" label=${o.forward} checked=${n.forward} onChange=${b("forward")} />
    ${n.forward&&d`<fieldset>
      <${k} id="forward_number" label=${o.forwardTo} value=${n.number} onInput=${b("number")} error=${r["call_forward.number"]} inputmode="tel" />
      <${W} id="ring_devices" label=${o.ringDevicesToo} checked=${n.ring_devices} onChange=${b("ring_devices")} />
      <${W} id="direct_calls_only" label=${o.directCallsOnly} checked=${n.direct_calls_only} onChange=${b("direct_calls_only")} />
      <${W} id="keep_caller_id" label=${o.keepCallerId} checked=${n.keep_caller_id} onChange=${b("keep_caller_id")} />
      <${W} id="require_keypress" label=${o.requireKeypress} checked=${n.require_keypress} onChange=${b("require_keypress")} />
    </fieldset>`}
    ${l&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
  </form>`}var Zo=(e,t)=>/^\d+$/.test(String(e))&&Number(e)>=t&&Number(e)<=300;function Jo({userId:e}){let[t,n]=$(null),[a,r]=$(null),[s,i]=$({}),[c,l]=$(""),[u,f]=$(!1),m=(p,_)=>{let g=Object.fromEntries(p.endpoints.map(y=>[y.id,y]));r({enabled:p.enabled,rows:_.map(y=>({id:y.id,name:y.name,on:!!g[y.id],delay:String(g[y.id]?.delay??0),timeout:String(g[y.id]?.timeout??20)}))})};if(S(()=>{Promise.all([v(`users/${e}/find_me_follow_me`),v(`users/${e}/devices`)]).then(([p,_])=>{n(_),m(p,_)},p=>l(p.message))},[]),!a)return d`<div class="card"><h3>${o.followMe}</h3><${x} message=${c} />${!c&&o.loading}</div>`;let b=(p,_,g)=>r({...a,rows:a.rows.map((y,w)=>w===p?{...y,[_]:g}:y)});async function h(p){p.preventDefault(),f(!1),l("");let _=a.rows.filter(y=>y.on),g={};if(a.enabled&&!_.length&&(g.rows=o.pickPhone),a.rows.forEach((y,w)=>{y.on&&(!Zo(y.delay,0)||!Zo(y.timeout,1))&&(g[w]=o.badTimeline)}),i(g),!Object.keys(g).length)try{let y=_.map(w=>({id:w.id,delay:Number(w.delay),timeout:Number(w.timeout)}));m(await L(`users/${e}/find_me_follow_me`,{enabled:a.enabled,endpoints:a.enabled?y:[]}),t),f(!0)}catch(y){let w={};for(let[M,C]of Object.entries(y.fields||{})){let N=/^endpoints\.(\d+)\./.exec(M);N?w[a.rows.indexOf(_[Number(N[1])])]=C:w.rows=C}i(w),l(`${o.failed} ${y.message}`)}}return d`<form class="card" onSubmit=${h} novalidate aria-labelledby="fmfm-h">
    <h3 id="fmfm-h">${o.followMe}</h3>
    <p class="hint">${o.followMeHint}</p>
    <${x} message=${c} />
    <${W} id="fmfm_on" label=${o.followMeOn} checked=${a.enabled} onChange=${p=>r({...a,enabled:p})} />
    ${a.enabled&&d`${s.rows&&d`<p class="error" role="alert">${s.rows}</p>`}
      <table class="list timeline" aria-label=${o.followMe}>
        <thead><tr><th>${o.myDevices}</th><th>${o.startAfter}</th><th>${o.ringFor}</th></tr></thead>
        <tbody>
          ${a.rows.map((p,_)=>d`<tr key=${p.id} data-fmfm=${p.name}>
              <td><span class="check"><input type="checkbox" id=${"fm-"+p.id} checked=${p.on} onChange=${g=>b(_,"on",g.target.checked)} /><label for=${"fm-"+p.id}>${p.name}</label></span>
                ${s[_]&&d`<p class="error" role="alert">${s[_]}</p>`}</td>
              <td data-label=${o.startAfter}>${p.on&&d`<input aria-label=${`${o.startAfter} ${p.name}`} inputmode="numeric" value=${p.delay} onInput=${g=>b(_,"delay",g.target.value)} />`}</td>
              <td data-label=${o.ringFor}>${p.on&&d`<input aria-label=${`${o.ringFor} ${p.name}`} inputmode="numeric" value=${p.timeout} onInput=${g=>b(_,"timeout",g.target.value)} />`}</td>
            </tr>`)}
        </tbody>
      </table>`}
    <div class="bar"><button type="submit">${o.save}</button>${u&&d`<span class="ok" role="status">${o.saved}</span>`}</div>
  </form>`}var Pr=5e3;function Mr({userId:e}){let[t,n]=$(null),[a,r]=$("");return S(()=>{let s=()=>v(`users/${e}/devices`).then(n,c=>r(c.message));s();let i=setInterval(s,Pr);return()=>clearInterval(i)},[]),d`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${o.myDevices}</h3>
    <${x} message=${a} />
    ${t?t.length===0?o.none:d`<ul class="my-devices">
            ${t.map(s=>d`<li key=${s.id} data-device=${s.name}>
                <span class=${s.registered?"dot on":"dot"}>${s.name} · ${s.registered?o.registered:o.notRegistered}</span>
              </li>`)}
          </ul>`:o.loading}
  </div>`}function Qo(){let[e,t]=$(null),[n,a]=$("");return S(()=>{v(`users/${E.value.owner}`).then(t,r=>a(r.message))},[]),d`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:o.myPhone}</h2>
    <${x} message=${n} />
    ${e&&d`<div class="stack">
      <${Mr} userId=${e.id} />
      <${Xo} user=${e} onSaved=${t} />
      <${Jo} userId=${e.id} />
      <${ce} username=${e.username} />
    </div>`}
  </section>`}async function Or(e,t){let n=await fetch("/v2/"+K(`vmboxes/${e}/greeting`),{method:"POST",headers:{"X-Auth-Token":E.value.token,"Content-Type":Rt(t),Accept:"application/json"},body:t});if(!n.ok)throw new G(n.status,await n.json().catch(()=>null))}function ea({box:e}){let[t,n]=$(""),[a,r]=$(""),[s,i]=$(null),[c,l]=$({}),[u,f]=$(""),[m,b]=$(!1),h=()=>v(`vmboxes/${e.id}`).then(y=>b(!!(y.media&&y.media.unavailable)),()=>{});S(h,[]);let p=y=>`${y}_${e.mailbox}`;async function _(y){y.preventDefault(),f("");let w={};if(/^\d{4,6}$/.test(t)?t!==a&&(w.again=o.pinMismatch):w.pin=o.pinDigits,l(w),!Object.keys(w).length)try{await q(`vmboxes/${e.id}`,{pin:t}),n(""),r(""),f("pin")}catch(M){l({pin:M.fields.pin||M.message})}}async function g(y){if(y.preventDefault(),f(""),!s||!Ye(s))return l({greeting:o.greetingType});l({});try{await Or(e.id,s),f("greeting"),h()}catch(w){l({greeting:w.fields.media||w.message})}}return d`<div class="card" data-settings=${e.mailbox}>
    <h3>${o.boxSettings(e.name,e.mailbox)}</h3>
    <form onSubmit=${_} novalidate>
      <${k} id=${p("pin")} label=${o.newPin} type="password" value=${t} onInput=${n} error=${c.pin} inputmode="numeric" autocomplete="new-password" />
      <${k} id=${p("pin_again")} label=${o.newPinAgain} type="password" value=${a} onInput=${r} error=${c.again} inputmode="numeric" autocomplete="new-password" />
      <div class="bar"><button type="submit">${o.changePin}</button>${u==="pin"&&d`<span class="ok" role="status">${o.pinChanged}</span>`}</div>
    </form>
    <form onSubmit=${g} novalidate>
      <div class="field">
        <label for=${p("greeting")}>${o.greeting}</label>
        <input id=${p("greeting")} type="file" accept="audio/wav,audio/mpeg,.wav,.mp3" aria-invalid=${c.greeting?"true":void 0}
          onChange=${y=>i(y.target.files[0]||null)} />
        ${c.greeting&&d`<p class="error" id=${p("greeting")+"-error"} role="alert">${c.greeting}</p>`}
        <p class="hint">${m?o.greetingSet:o.greetingNone}</p>
      </div>
      <div class="bar"><button type="submit">${o.uploadGreeting}</button>${u==="greeting"&&d`<span class="ok" role="status">${o.greetingSaved}</span>`}</div>
    </form>
  </div>`}function ta(){let[e,t]=$(null),[n,a]=$(null),[r,s]=$(""),i=()=>v("vmboxes?paginate=false").then(t,c=>s(c.message));return S(i,[]),n?d`<${Ke}
      box=${n}
      onDone=${()=>{a(null),i()}}
    />`:d`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${o.vmboxes}</h2>
    <${x} message=${r} />
    ${e?e.length===0?d`<p>${o.noBox}</p>`:d`<ul class="numbers">
            ${e.map(c=>d`<li key=${c.id} data-vmbox=${c.mailbox}>
                <span>${c.name} (${c.mailbox}) · ${o.messageCount(c.messages||0)}</span>
                <button onClick=${()=>a(c)} aria-label=${o.messagesOf(c.name)}>${o.messages}</button>
              </li>`)}
          </ul>`:d`<p>${o.loading}</p>`}
    ${e&&d`<div class="stack">${e.map(c=>d`<${ea} key=${c.id} box=${c} />`)}</div>`}
  </section>`}var Tr={dashboard:[o.dashboard,Ln],users:[o.users,Rn],devices:[o.devices,Wn],groups:[o.groups,Io],calls:[o.callLogs,Vn],main:[o.mainNumber,je],voicemail:[o.vmboxes,Mo],conferences:[o.conferences,Yo],codes:[o.featureCodes,Ko],numbers:[o.numbers,Uo],settings:[o.settings,So]},Ar={me:[o.myPhone,Qo],myvoicemail:[o.vmboxes,ta],mycalls:[o.myCalls,qn]},Ze=()=>E.value&&E.value.admin===!1?Ar:Tr,zt=V(location.hash.slice(1));addEventListener("hashchange",()=>zt.value=location.hash.slice(1));var Dr=()=>zt.value in Ze()?zt.value:Object.keys(Ze())[0],na=null;oe(()=>{let e=E.value;e||(re.value=null),e&&e.admin!==!1&&na!==e.token&&(na=e.token,yo().catch(()=>{}))});function Lr(){if(!E.value)return d`<${An} />`;let e=Dr(),[,t]=Ze()[e];return d`<header>
      <strong>${o.app}</strong>
      <nav aria-label=${o.menu}>
        ${Object.entries(Ze()).map(([n,[a]])=>d`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${a}</a>`)}
      </nav>
      <button class="plain" onClick=${De}>${o.logout}</button>
    </header>
    <main>${re.value?d`<${xo} />`:d`<${t} key=${e} />`}</main>`}lt(d`<${Lr} />`,document.getElementById("app"));
