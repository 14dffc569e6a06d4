var ve,P,Ct,Ge,X,yt,St,Re,Et,qe,Le,He,rr,le={},Nt=[],or=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,ze=Array.isArray;function z(e,t){for(var n in t)e[n]=t[n];return e}function We(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function ge(e,t,n){var r,a,s,i={};for(s in t)s=="key"?r=t[s]:s=="ref"?a=t[s]:i[s]=t[s];if(arguments.length>2&&(i.children=arguments.length>3?ve.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)i[s]===void 0&&(i[s]=e.defaultProps[s]);return $e(e,i,r,a,null)}function $e(e,t,n,r,a){var s={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:a??++Ct,__i:-1,__u:0};return a==null&&P.vnode!=null&&P.vnode(s),s}function ye(e){return e.children}function Y(e,t){this.props=e,this.context=t}function te(e,t){if(t==null)return e.__?te(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?te(e):null}function Pt(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return Pt(e)}}function wt(e){(!e.__d&&(e.__d=!0)&&X.push(e)&&!be.__r++||yt!==P.debounceRendering)&&((yt=P.debounceRendering)||St)(be)}function be(){var e,t,n,r,a,s,i,u;for(X.sort(Re);e=X.shift();)e.__d&&(t=X.length,r=void 0,s=(a=(n=e).__v).__e,i=[],u=[],n.__P&&((r=z({},a)).__v=a.__v+1,P.vnode&&P.vnode(r),Ve(n.__P,r,a,n.__n,n.__P.namespaceURI,32&a.__u?[s]:null,i,s??te(a),!!(32&a.__u),u),r.__v=a.__v,r.__.__k[r.__i]=r,Ot(i,r,u),r.__e!=s&&Pt(r)),X.length>t&&X.sort(Re));be.__r=0}function Mt(e,t,n,r,a,s,i,u,m,l,f){var c,h,_,$,g,b,y=r&&r.__k||Nt,w=t.length;for(m=ar(n,t,y,m,w),c=0;c<w;c++)(_=n.__k[c])!=null&&(h=_.__i===-1?le:y[_.__i]||le,_.__i=c,b=Ve(e,_,h,a,s,i,u,m,l,f),$=_.__e,_.ref&&h.ref!=_.ref&&(h.ref&&Xe(h.ref,null,_),f.push(_.ref,_.__c||$,_)),g==null&&$!=null&&(g=$),4&_.__u||h.__k===_.__k?m=Dt(_,m,e):typeof _.type=="function"&&b!==void 0?m=b:$&&(m=$.nextSibling),_.__u&=-7);return n.__e=g,m}function ar(e,t,n,r,a){var s,i,u,m,l,f=n.length,c=f,h=0;for(e.__k=new Array(a),s=0;s<a;s++)(i=t[s])!=null&&typeof i!="boolean"&&typeof i!="function"?(m=s+h,(i=e.__k[s]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?$e(null,i,null,null,null):ze(i)?$e(ye,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?$e(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,u=null,(l=i.__i=sr(i,n,m,c))!==-1&&(c--,(u=n[l])&&(u.__u|=2)),u==null||u.__v===null?(l==-1&&h--,typeof i.type!="function"&&(i.__u|=4)):l!=m&&(l==m-1?h--:l==m+1?h++:(l>m?h--:h++,i.__u|=4))):e.__k[s]=null;if(c)for(s=0;s<f;s++)(u=n[s])!=null&&!(2&u.__u)&&(u.__e==r&&(r=te(u)),Ut(u,u));return r}function Dt(e,t,n){var r,a;if(typeof e.type=="function"){for(r=e.__k,a=0;r&&a<r.length;a++)r[a]&&(r[a].__=e,t=Dt(r[a],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=te(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function sr(e,t,n,r){var a,s,i=e.key,u=e.type,m=t[n];if(m===null||m&&i==m.key&&u===m.type&&!(2&m.__u))return n;if(r>(m!=null&&!(2&m.__u)?1:0))for(a=n-1,s=n+1;a>=0||s<t.length;){if(a>=0){if((m=t[a])&&!(2&m.__u)&&i==m.key&&u===m.type)return a;a--}if(s<t.length){if((m=t[s])&&!(2&m.__u)&&i==m.key&&u===m.type)return s;s++}}return-1}function xt(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||or.test(t)?n:n+"px"}function he(e,t,n,r,a){var s;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||xt(e.style,t,"");if(n)for(t in n)r&&n[t]===r[t]||xt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(Et,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=n,n?r?n.u=r.u:(n.u=qe,e.addEventListener(t,s?He:Le,s)):e.removeEventListener(t,s?He:Le,s);else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function kt(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=qe++;else if(t.t<n.u)return;return n(P.event?P.event(t):t)}}}function Ve(e,t,n,r,a,s,i,u,m,l){var f,c,h,_,$,g,b,y,w,E,k,F,L,gt,_e,Be,je,H=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(m=!!(32&n.__u),s=[u=t.__e=n.__e]),(f=P.__b)&&f(t);e:if(typeof H=="function")try{if(y=t.props,w="prototype"in H&&H.prototype.render,E=(f=H.contextType)&&r[f.__c],k=f?E?E.props.value:f.__:r,n.__c?b=(c=t.__c=n.__c).__=c.__E:(w?t.__c=c=new H(y,k):(t.__c=c=new Y(y,k),c.constructor=H,c.render=lr),E&&E.sub(c),c.props=y,c.state||(c.state={}),c.context=k,c.__n=r,h=c.__d=!0,c.__h=[],c._sb=[]),w&&c.__s==null&&(c.__s=c.state),w&&H.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=z({},c.__s)),z(c.__s,H.getDerivedStateFromProps(y,c.__s))),_=c.props,$=c.state,c.__v=t,h)w&&H.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),w&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(w&&H.getDerivedStateFromProps==null&&y!==_&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(y,k),!c.__e&&(c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(y,c.__s,k)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(c.props=y,c.state=c.__s,c.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(ie){ie&&(ie.__=t)}),F=0;F<c._sb.length;F++)c.__h.push(c._sb[F]);c._sb=[],c.__h.length&&i.push(c);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(y,c.__s,k),w&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(_,$,g)})}if(c.context=k,c.props=y,c.__P=e,c.__e=!1,L=P.__r,gt=0,w){for(c.state=c.__s,c.__d=!1,L&&L(t),f=c.render(c.props,c.state,c.context),_e=0;_e<c._sb.length;_e++)c.__h.push(c._sb[_e]);c._sb=[]}else do c.__d=!1,L&&L(t),f=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++gt<25);c.state=c.__s,c.getChildContext!=null&&(r=z(z({},r),c.getChildContext())),w&&!h&&c.getSnapshotBeforeUpdate!=null&&(g=c.getSnapshotBeforeUpdate(_,$)),u=Mt(e,ze(Be=f!=null&&f.type===ye&&f.key==null?f.props.children:f)?Be:[Be],t,n,r,a,s,i,u,m,l),c.base=t.__e,t.__u&=-161,c.__h.length&&i.push(c),b&&(c.__E=c.__=null)}catch(ie){if(t.__v=null,m||s!=null)if(ie.then){for(t.__u|=m?160:128;u&&u.nodeType==8&&u.nextSibling;)u=u.nextSibling;s[s.indexOf(u)]=null,t.__e=u}else for(je=s.length;je--;)We(s[je]);else t.__e=n.__e,t.__k=n.__k;P.__e(ie,t,n)}else s==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):u=t.__e=ir(n.__e,t,n,r,a,s,i,m,l);return(f=P.diffed)&&f(t),128&t.__u?void 0:u}function Ot(e,t,n){for(var r=0;r<n.length;r++)Xe(n[r],n[++r],n[++r]);P.__c&&P.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(s){s.call(a)})}catch(s){P.__e(s,a.__v)}})}function ir(e,t,n,r,a,s,i,u,m){var l,f,c,h,_,$,g,b=n.props,y=t.props,w=t.type;if(w=="svg"?a="http://www.w3.org/2000/svg":w=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),s!=null){for(l=0;l<s.length;l++)if((_=s[l])&&"setAttribute"in _==!!w&&(w?_.localName==w:_.nodeType==3)){e=_,s[l]=null;break}}if(e==null){if(w==null)return document.createTextNode(y);e=document.createElementNS(a,w,y.is&&y),u&&(P.__m&&P.__m(t,s),u=!1),s=null}if(w===null)b===y||u&&e.data===y||(e.data=y);else{if(s=s&&ve.call(e.childNodes),b=n.props||le,!u&&s!=null)for(b={},l=0;l<e.attributes.length;l++)b[(_=e.attributes[l]).name]=_.value;for(l in b)if(_=b[l],l!="children"){if(l=="dangerouslySetInnerHTML")c=_;else if(!(l in y)){if(l=="value"&&"defaultValue"in y||l=="checked"&&"defaultChecked"in y)continue;he(e,l,null,_,a)}}for(l in y)_=y[l],l=="children"?h=_:l=="dangerouslySetInnerHTML"?f=_:l=="value"?$=_:l=="checked"?g=_:u&&typeof _!="function"||b[l]===_||he(e,l,_,b[l],a);if(f)u||c&&(f.__html===c.__html||f.__html===e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(c&&(e.innerHTML=""),Mt(e,ze(h)?h:[h],t,n,r,w=="foreignObject"?"http://www.w3.org/1999/xhtml":a,s,i,s?s[0]:n.__k&&te(n,0),u,m),s!=null)for(l=s.length;l--;)We(s[l]);u||(l="value",w=="progress"&&$==null?e.removeAttribute("value"):$!==void 0&&($!==e[l]||w=="progress"&&!$||w=="option"&&$!==b[l])&&he(e,l,$,b[l],a),l="checked",g!==void 0&&g!==e[l]&&he(e,l,g,b[l],a))}return e}function Xe(e,t,n){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(a){P.__e(a,n)}}function Ut(e,t,n){var r,a;if(P.unmount&&P.unmount(e),(r=e.ref)&&(r.current&&r.current!==e.__e||Xe(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(s){P.__e(s,t)}r.base=r.__P=null}if(r=e.__k)for(a=0;a<r.length;a++)r[a]&&Ut(r[a],t,n||typeof e.type!="function");n||We(e.__e),e.__c=e.__=e.__e=void 0}function lr(e,t,n){return this.constructor(e,n)}function Ye(e,t,n){var r,a,s,i;t==document&&(t=document.documentElement),P.__&&P.__(e,t),a=(r=typeof n=="function")?null:n&&n.__k||t.__k,s=[],i=[],Ve(t,e=(!r&&n||t).__k=ge(ye,null,[e]),a||le,le,t.namespaceURI,!r&&n?[n]:a?null:t.firstChild?ve.call(t.childNodes):null,s,!r&&n?n:a?a.__e:t.firstChild,r,i),Ot(s,e,i)}ve=Nt.slice,P={__e:function(e,t,n,r){for(var a,s,i;t=t.__;)if((a=t.__c)&&!a.__)try{if((s=a.constructor)&&s.getDerivedStateFromError!=null&&(a.setState(s.getDerivedStateFromError(e)),i=a.__d),a.componentDidCatch!=null&&(a.componentDidCatch(e,r||{}),i=a.__d),i)return a.__E=a}catch(u){e=u}throw e}},Ct=0,Ge=function(e){return e!=null&&e.constructor==null},Y.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=z({},this.state),typeof e=="function"&&(e=e(z({},n),this.props)),e&&z(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),wt(this))},Y.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),wt(this))},Y.prototype.render=ye,X=[],St=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Re=function(e,t){return e.__v.__b-t.__v.__b},be.__r=0,Et=/(PointerCapture)$|Capture$/i,qe=0,Le=kt(!1),He=kt(!0),rr=0;var At=function(e,t,n,r){var a;t[0]=0;for(var s=1;s<t.length;s++){var i=t[s++],u=t[s]?(t[0]|=i?1:2,n[t[s++]]):t[++s];i===3?r[0]=u:i===4?r[1]=Object.assign(r[1]||{},u):i===5?(r[1]=r[1]||{})[t[++s]]=u:i===6?r[1][t[++s]]+=u+"":i?(a=e.apply(u,At(e,u,n,["",null])),r.push(a),u[0]?t[0]|=2:(t[s-2]=0,t[s]=a)):r.push(u)}return r},It=new Map;function Ft(e){var t=It.get(this);return t||(t=new Map,It.set(this,t)),(t=At(this,t.get(e)||(t.set(e,t=function(n){for(var r,a,s=1,i="",u="",m=[0],l=function(h){s===1&&(h||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?m.push(0,h,i):s===3&&(h||i)?(m.push(3,h,i),s=2):s===2&&i==="..."&&h?m.push(4,h,0):s===2&&i&&!h?m.push(5,0,!0,i):s>=5&&((i||!h&&s===5)&&(m.push(s,0,i,a),s=6),h&&(m.push(s,h,0,a),s=6)),i=""},f=0;f<n.length;f++){f&&(s===1&&l(),l(f));for(var c=0;c<n[f].length;c++)r=n[f][c],s===1?r==="<"?(l(),m=[m],s=3):i+=r:s===4?i==="--"&&r===">"?(s=1,i=""):i=r+i[0]:u?r===u?u="":i+=r:r==='"'||r==="'"?u=r:r===">"?(l(),s=1):s&&(r==="="?(s=5,a=i,i=""):r==="/"&&(s<5||n[f][c+1]===">")?(l(),s===3&&(m=m[0]),s=m,(m=m[0]).push(2,0,s),s=0):r===" "||r==="	"||r===`
`||r==="\r"?(l(),s=2):i+=r),s===3&&i==="!--"&&(s=4,m=m[0])}return l(),m}(e)),t),arguments,[])).length>1?t:t[0]}var d=Ft.bind(ge);var ue,U,Ze,Tt,xe=0,zt=[],I=P,Bt=I.__b,jt=I.__r,Rt=I.diffed,Lt=I.__c,Ht=I.unmount,Gt=I.__;function Ke(e,t){I.__h&&I.__h(U,e,xe||t),xe=0;var n=U.__H||(U.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function p(e){return xe=1,ur(Vt,e)}function ur(e,t,n){var r=Ke(ue++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Vt(void 0,t),function(u){var m=r.__N?r.__N[0]:r.__[0],l=r.t(m,u);m!==l&&(r.__N=[l,r.__[1]],r.__c.setState({}))}],r.__c=U,!U.u)){var a=function(u,m,l){if(!r.__c.__H)return!0;var f=r.__c.__H.__.filter(function(h){return!!h.__c});if(f.every(function(h){return!h.__N}))return!s||s.call(this,u,m,l);var c=r.__c.props!==u;return f.forEach(function(h){if(h.__N){var _=h.__[0];h.__=h.__N,h.__N=void 0,_!==h.__[0]&&(c=!0)}}),s&&s.call(this,u,m,l)||c};U.u=!0;var s=U.shouldComponentUpdate,i=U.componentWillUpdate;U.componentWillUpdate=function(u,m,l){if(this.__e){var f=s;s=void 0,a(u,m,l),s=f}i&&i.call(this,u,m,l)},U.shouldComponentUpdate=a}return r.__N||r.__}function N(e,t){var n=Ke(ue++,3);!I.__s&&Wt(n.__H,t)&&(n.__=e,n.i=t,U.__H.__h.push(n))}function Qe(e){return xe=5,ke(function(){return{current:e}},[])}function ke(e,t){var n=Ke(ue++,7);return Wt(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function cr(){for(var e;e=zt.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(we),e.__H.__h.forEach(Je),e.__H.__h=[]}catch(t){e.__H.__h=[],I.__e(t,e.__v)}}I.__b=function(e){U=null,Bt&&Bt(e)},I.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Gt&&Gt(e,t)},I.__r=function(e){jt&&jt(e),ue=0;var t=(U=e.__c).__H;t&&(Ze===U?(t.__h=[],U.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(we),t.__h.forEach(Je),t.__h=[],ue=0)),Ze=U},I.diffed=function(e){Rt&&Rt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(zt.push(t)!==1&&Tt===I.requestAnimationFrame||((Tt=I.requestAnimationFrame)||dr)(cr)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),Ze=U=null},I.__c=function(e,t){t.some(function(n){try{n.__h.forEach(we),n.__h=n.__h.filter(function(r){return!r.__||Je(r)})}catch(r){t.some(function(a){a.__h&&(a.__h=[])}),t=[],I.__e(r,n.__v)}}),Lt&&Lt(e,t)},I.unmount=function(e){Ht&&Ht(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(r){try{we(r)}catch(a){t=a}}),n.__H=void 0,t&&I.__e(t,n.__v))};var qt=typeof requestAnimationFrame=="function";function dr(e){var t,n=function(){clearTimeout(r),qt&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,100);qt&&(t=requestAnimationFrame(n))}function we(e){var t=U,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),U=t}function Je(e){var t=U;e.__c=e.__(),U=t}function Wt(e,t){return!e||e.length!==t.length||t.some(function(n,r){return n!==e[r]})}function Vt(e,t){return typeof t=="function"?t(e):t}var mr=Symbol.for("preact-signals");function et(){if(Z>1)Z--;else{var e,t=!1;for(function(){var a=Se;for(Se=void 0;a!==void 0;){var s=a.S;if(s.v===a.v)for(var i=s.t;i!==void 0;i=i.x)i.i===a.i&&(i.i=s.i);a=a.o}}();de!==void 0;){var n=de;for(de=void 0,Ce++;n!==void 0;){var r=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&Zt(n))try{n.c()}catch(a){t||(e=a,t=!0)}n=r}}if(Ce=0,Z--,t)throw e}}var ce,O=void 0;function me(e){var t=O,n=ce;O=void 0,ce=void 0;try{return e()}finally{O=t,ce=n}}var de=void 0,Z=0,Ce=0;var Xt=0,Se=void 0,Ee=0;function Yt(e){if(O!==void 0){var t=e.n;if(t===void 0||t.t!==O)return t={i:0,S:e,p:O.s,n:void 0,t:O,e:void 0,x:void 0,r:t},O.s!==void 0&&(O.s.n=t),O.s=t,e.n=t,32&O.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=O.s,t.n=void 0,O.s.n=t,O.s=t),t}}function A(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}A.prototype.brand=mr;A.prototype.h=function(){return!0};A.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:me(function(){var r;(r=t.W)==null||r.call(t)}))};A.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,r=e.x;n!==void 0&&(n.x=r,e.e=void 0),r!==void 0&&(r.e=n,e.x=void 0),e===this.t&&(this.t=r,r===void 0&&me(function(){var a;(a=t.Z)==null||a.call(t)}))}};A.prototype.subscribe=function(e){var t=this;return K(function(){var n=t.value;me(function(){return e(n)})},{name:"sub"})};A.prototype.valueOf=function(){return this.value};A.prototype.toString=function(){return this.value+""};A.prototype.toJSON=function(){return this.value};A.prototype.peek=function(){var e=this;return me(function(){return e.value})};Object.defineProperty(A.prototype,"value",{get:function(){var e=Yt(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Ce>100)throw new Error("Cycle detected");(function(n){Z!==0&&Ce===0&&n.l!==Xt&&(n.l=Xt,Se={S:n,v:n.v,i:n.i,o:Se})})(this),this.v=e,this.i++,Ee++,Z++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{et()}}}});function G(e,t){return new A(e,t)}function Zt(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function Jt(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function Kt(e){for(var t=e.s,n=void 0;t!==void 0;){var r=t.p;t.i===-1?(t.S.U(t),r!==void 0&&(r.n=t.n),t.n!==void 0&&(t.n.p=r)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=r}e.s=n}function J(e,t){A.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Ee-1,this.f=4}J.prototype=new A;J.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Ee))return!0;if(this.g=Ee,this.f|=1,this.i>0&&!Zt(this))return this.f&=-2,!0;var e=O;try{Jt(this),O=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return O=e,Kt(this),this.f&=-2,!0};J.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}A.prototype.S.call(this,e)};J.prototype.U=function(e){if(this.t!==void 0&&(A.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};J.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(J.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=Yt(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function tt(e,t){return new J(e,t)}function Qt(e){var t=e.j;if(e.j=void 0,typeof t=="function"){Z++;var n=O;O=void 0;try{t()}catch(r){throw e.f&=-2,e.f|=8,nt(e),r}finally{O=n,et()}}}function nt(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,Qt(e)}function fr(e){if(O!==this)throw new Error("Out-of-order effect");Kt(this),O=e,this.f&=-2;try{8&this.f&&nt(this)}finally{et()}}function ne(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,ce&&ce.push(this)}ne.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};ne.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,Qt(this),Jt(this),Z++;var e=O;return O=this,fr.bind(this,e)};ne.prototype.N=function(){2&this.f||(this.f|=2,this.u=de,de=this)};ne.prototype.d=function(){this.f|=8,1&this.f||nt(this)};ne.prototype.dispose=function(){this.d()};function K(e,t){var n=new ne(e,t);try{n.c()}catch(a){throw n.d(),a}var r=n.d.bind(n);return r[Symbol.dispose]=r,r}var ot,rt;function re(e,t){P[e]=t.bind(null,P[e]||function(){})}function Ne(e){rt&&rt(),rt=e&&e.S()}function en(e){var t=this,n=e.data,r=_r(n);r.value=n;var a=ke(function(){for(var s=t.__v;s=s.__;)if(s.__c){s.__c.__$f|=4;break}return t.__$u.c=function(){var i,u=t.__$u.S(),m=a.value;u(),Ge(m)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=m},tt(function(){var i=r.value.value;return i===0?0:i===!0?"":i||""})},[]);return a.value}en.displayName="_st";Object.defineProperties(A.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:en},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});re("__b",function(e,t){if(typeof t.type=="string"){var n,r=t.props;for(var a in r)if(a!=="children"){var s=r[a];s instanceof A&&(n||(t.__np=n={}),n[a]=s,r[a]=s.peek())}}e(t)});re("__r",function(e,t){Ne();var n,r=t.__c;r&&(r.__$f&=-2,(n=r.__$u)===void 0&&(r.__$u=n=function(a){var s;return K(function(){s=this}),s.c=function(){r.__$f|=1,r.setState({})},s}())),ot=r,Ne(n),e(t)});re("__e",function(e,t,n,r){Ne(),ot=void 0,e(t,n,r)});re("diffed",function(e,t){Ne(),ot=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var r=t.__np,a=t.props;if(r){var s=n.U;if(s)for(var i in s){var u=s[i];u!==void 0&&!(i in r)&&(u.d(),s[i]=void 0)}else n.U=s={};for(var m in r){var l=s[m],f=r[m];l===void 0?(l=pr(n,m,f,a),s[m]=l):l.o(f,a)}}}e(t)});function pr(e,t,n,r){var a=t in e&&e.ownerSVGElement===void 0,s=G(n);return{o:function(i,u){s.value=i,r=u},d:K(function(){var i=s.value.value;r[t]!==i&&(r[t]=i,a?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}re("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var r=n.U;if(r){n.U=void 0;for(var a in r){var s=r[a];s&&s.d()}}}}else{var i=t.__c;if(i){var u=i.__$u;u&&(i.__$u=void 0,u.d())}}e(t)});re("__h",function(e,t,n,r){(r<3||r===9)&&(t.__$f|=2),e(t,n,r)});Y.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var r in t)return!0;for(var a in e)if(a!=="__source"&&e[a]!==this.props[a])return!0;for(var s in this.props)if(!(s in e))return!0;return!1};function _r(e){return ke(function(){return G(e)},[])}var hr=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],$r=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function tn(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,r=new Uint32Array(n*16);t.forEach((m,l)=>r[l>>2]|=m<<l%4*8),r[t.length>>2]|=128<<t.length%4*8,r[n*16-2]=t.length*8>>>0,r[n*16-1]=Math.floor(t.length/536870912);let[a,s,i,u]=[1732584193,4023233417,2562383102,271733878];for(let m=0;m<r.length;m+=16){let[l,f,c,h]=[a,s,i,u];for(let _=0;_<64;_++){let $=_>>4,g,b;$===0?[g,b]=[f&c|~f&h,_]:$===1?[g,b]=[h&f|~h&c,(5*_+1)%16]:$===2?[g,b]=[f^c^h,(3*_+5)%16]:[g,b]=[c^(f|~h),7*_%16];let y=hr[$*4+_%4],w=l+g+$r[_]+r[m+b]>>>0;[l,h,c]=[h,c,f],f=f+(w<<y|w>>>32-y)>>>0}[a,s,i,u]=[a+l>>>0,s+f>>>0,i+c>>>0,u+h>>>0]}return[a,s,i,u].map(m=>[0,8,16,24].map(l=>(m>>>l&255).toString(16).padStart(2,"0")).join("")).join("")}var at="edgepbx.session",S=G(br());function br(){try{return JSON.parse(sessionStorage.getItem(at))||null}catch{return null}}var vr=30*60*1e3,nn=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>nn=Date.now(),{passive:!0});setInterval(()=>S.value&&Date.now()-nn>vr&&Pe(),60*1e3);var B=class extends Error{constructor(t,n){let r={},a=n&&n.data;if(t===400&&a&&typeof a=="object")for(let[s,i]of Object.entries(a)){let u=i&&typeof i=="object"?Object.values(i)[0]:null;r[s]=u&&u.message||String(i)}super(n&&(n.message||a&&a.message)||`HTTP ${t}`),this.status=t,this.fields=r,this.body=n}};async function j(e,t,n,r=S.value&&S.value.token){let a=S.value,s={Accept:"application/json"};r&&(s["X-Auth-Token"]=r),n!==void 0&&(s["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:s,body:n===void 0?void 0:JSON.stringify({data:n})}),u=await i.json().catch(()=>null);if(i.status===401&&a&&t!=="user_auth"&&Pe(),!i.ok)throw new B(i.status,u);return u}async function rn(e){let t=await fetch("/v2/"+W(e),{headers:{"X-Auth-Token":S.value.token,Accept:"audio/*"}});if(!t.ok)throw new B(t.status,await t.json().catch(()=>null));return t.blob()}var W=e=>`accounts/${S.value.account}/${e}`,v=async e=>(await j("GET",W(e))).data,D=async(e,t)=>(await j("PUT",W(e),t)).data,T=async(e,t)=>(await j("POST",W(e),t)).data,V=async(e,t)=>(await j("PATCH",W(e),t)).data,M=async e=>(await j("DELETE",W(e))).data,on=(e,t,n)=>j("PUT","user_auth",{credentials:tn(`${t.toLowerCase()}:${n}`),account_name:e});async function an(e,t,n){let r=await on(e,t,n),a={token:r.auth_token,account:r.data.account_id,owner:r.data.owner_id,accountName:e},s=(await j("GET",`accounts/${a.account}/users/${a.owner}`,void 0,a.token)).data;a.admin=s.priv_level==="admin",sessionStorage.setItem(at,JSON.stringify(a)),S.value=a}function Pe(){sessionStorage.removeItem(at),S.value=null}async function sn(e,t){try{return await on(S.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var o={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension and their phones?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",passwordShort:"At least 8 characters",failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"}};function C({id:e,label:t,value:n,onInput:r,error:a,type:s="text",required:i,autocomplete:u,inputmode:m}){let l=`${e}-error`;return d`<div class="field">
    <label for=${e}>${t}</label>
    <input
      id=${e}
      name=${e}
      type=${s}
      value=${n}
      required=${i}
      autocomplete=${u}
      inputmode=${m}
      aria-invalid=${a?"true":void 0}
      aria-describedby=${a?l:void 0}
      onInput=${f=>r(f.target.value)}
    />
    ${a&&d`<p class="error" id=${l} role="alert">${a}</p>`}
  </div>`}function x({message:e}){return e?d`<p class="banner" role="alert">${e}</p>`:null}function q({id:e,label:t,checked:n,onChange:r}){return d`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${a=>r(a.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function ln(){let[e,t]=p({account:"",username:"",password:""}),[n,r]=p(!1),[a,s]=p(""),i=m=>l=>t({...e,[m]:l});async function u(m){m.preventDefault(),r(!0),s("");try{await an(e.account.trim(),e.username.trim(),e.password)}catch(l){s(l.status===401?o.badLogin:l.message),r(!1)}}return d`<main class="login">
    <form onSubmit=${u} aria-label=${o.login}>
      <h1>${o.app}</h1>
      <${x} message=${a} />
      <${C} id="account" label=${o.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${C} id="username" label=${o.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${C} id="password" label=${o.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?o.signingIn:o.login}</button>
    </form>
  </main>`}var gr=5e3;async function yr(){let e=await v("resources?paginate=false");return(await Promise.all(e.map(n=>v(`resources/${n.id}/status`).then(r=>[n,r])))).flatMap(([n,r])=>r.gateways.filter(a=>a.state==="failed").map(a=>o.trunkDown(n.name||n.id,a.server)))}var un=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function wr(){let[e,t]=await Promise.all([v("devices?with_status=true&paginate=false"),v("channels")]);return{devices:e,calls:t.length}}async function xr(){let[e,t,n,r,a]=await Promise.all([v("users?paginate=false"),v("phone_numbers"),un(j("GET","system_status").then(i=>i.data),null),un(v("sip_bans"),[]),yr()]),s=Object.values(t.numbers||{});return{users:e.length,numbers:s.length,spare:s.filter(i=>!i.used_by).length,version:n&&n.software_version,alerts:[...r.map(i=>o.banned(i.ip,i.reason)),...a]}}function oe({id:e,label:t,value:n}){return d`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function cn(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p("");N(()=>{xr().then(t,l=>s(l.message));let u=()=>wr().then(r,l=>s(l.message));u();let m=setInterval(u,gr);return()=>clearInterval(m)},[]);let i=n?n.devices.filter(u=>u.registered).length:"\u2026";return d`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${o.dashboard}</h2>
    <${x} message=${a} />
    <div class="tiles">
      <${oe} id="users" label=${o.users} value=${e?e.users:"\u2026"} />
      <${oe} id="devices" label=${o.devices} value=${n?n.devices.length:"\u2026"} />
      <${oe} id="registered" label=${o.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${oe} id="calls" label=${o.callsNow} value=${n?n.calls:"\u2026"} />
      <${oe} id="numbers" label=${o.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&d`<${oe} id="version" label=${o.softwareVersion} value=${e.version} />`}
    </div>
    <h3>${o.alerts}</h3>
    ${e&&(e.alerts.length?d`<ul class="alerts">${e.alerts.map(u=>d`<li key=${u}>${u}</li>`)}</ul>`:d`<p class="ok">${o.noAlerts}</p>`)}
  </section>`}var R=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),it=e=>`${e.first_name} ${e.last_name}`.trim();function st(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,r=>t[r%t.length]).join("")}function lt(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:it(t),number:t.extension}},ui_metadata:R()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}function Me(e,t,n){return{...e,type:"mainUserCallflow",owner_id:t.id,name:o.callflowOf(it(t)),numbers:[n],contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:{}},ui_metadata:R()}}function ut(e){return{device_type:"sip_device",name:o.phoneOf(it(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${st(10)}`,password:st(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:R()}}var fe=15;function ct(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||R()}}function dt(e,t,n){let r=Math.max(...n.members.map(a=>a.delay+a.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[st(25)],flow:{module:"ring_group",data:{name:n.name,strategy:"simultaneous",timeout:r,repeats:n.repeats,endpoints:n.members.map(a=>({id:a.id,endpoint_type:"user",delay:a.delay,timeout:a.timeout}))},children:{}},ui_metadata:e.ui_metadata||R()}}function mt(e,t,n,r){return{...e,name:r.name,type:"userGroup",group_id:t.id,numbers:[r.extension],flow:{module:"callflow",data:{id:n.id},children:{_:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}}}},ui_metadata:e.ui_metadata||R()}}function dn(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((r,a)=>({...r,delay:a*n,timeout:n}))}function kr(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:null}function Cr(e,t){if(!(t instanceof B))throw t;let n={},r=[];for(let[a,s]of Object.entries(t.fields)){let i=kr(e,a);i?n[i]=s:r.push(`${a}: ${s}`)}throw t.fields=n,r.length&&(t.message=r.join("; ")),t}async function Q(e,t,n){try{return await t()}catch(r){for(let a of n.reverse())await a().catch(()=>{});Cr(e,r)}}async function mn(e){let t=[],n=await Q("users",()=>D("users",lt({},e)),t);t.push(()=>M(`users/${n.id}`));let r=await Q("callflows",()=>D("callflows",Me({},n,e.extension)),t);return t.push(()=>M(`callflows/${r.id}`)),e.phone&&await Q("devices",()=>D("devices",ut(n)),t),n}async function fn(e,t,n){let r=await v(`users/${e}`),a=await Q("users",()=>T(`users/${e}`,lt(r,t)),[]);if(n){let s=await v(`callflows/${n}`);await Q("callflows",()=>T(`callflows/${n}`,Me(s,a,t.extension)),[])}else await Q("callflows",()=>D("callflows",Me({},a,t.extension)),[]);return t.phone&&await Q("devices",()=>D("devices",ut(a)),[]),a}async function pn(e){let[t,n]=await Promise.all([v(`callflows?filter_owner_id=${e}&paginate=false`),v(`devices?filter_owner_id=${e}&paginate=false`)]);for(let r of[...t.map(a=>`callflows/${a.id}`),...n.map(a=>`devices/${a.id}`)])await M(r);await M(`users/${e}`)}var Sr=5e3;function ft({ownerId:e}){let[t,n]=p([]),[r,a]=p("");return N(()=>{let s=!0;j("GET",`accounts/${S.value.account}`).then(m=>s&&a(m.data.realm||""));async function i(){let m=await v(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),l=await Promise.all(m.map(f=>v(`devices/${f.id}`)));s&&n(l.map((f,c)=>({...f,registered:m[c].registered})))}i().catch(()=>{});let u=setInterval(()=>i().catch(()=>{}),Sr);return()=>{s=!1,clearInterval(u)}},[e]),t.map(s=>d`<div class="card" key=${s.id} aria-label=${o.sipCredentials}>
      <h3>${o.sipCredentials}: ${s.name}</h3>
      <dl>
        <dt>${o.sipUser}</dt><dd class="sip-user">${s.sip&&s.sip.username}</dd>
        <dt>${o.sipPassword}</dt><dd class="sip-password">${s.sip&&s.sip.password}</dd>
        <dt>${o.sipRealm}</dt><dd>${r}</dd>
        <dt>${o.status}</dt><dd class=${s.registered?"dot on":"dot"}>${s.registered?o.registered:o.notRegistered}</dd>
      </dl>
    </div>`)}function Er(e,t){let n={};for(let r of["first_name","last_name","username","extension"])e[r].trim()||(n[r]=o.required);return e.extension&&!/^\d{2,8}$/.test(e.extension)&&(n.extension=o.extDigits),t&&e.password.length<8&&(n.password=o.passwordShort),!t&&e.password&&e.password.length<8&&(n.password=o.passwordShort),n}function De({user:e,onDone:t}){let n=!e.id,[r,a]=p({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n}),[s,i]=p({}),[u,m]=p(""),[l,f]=p(!1),[c,h]=p(null),_=b=>y=>a({...r,[b]:y});async function $(b){b.preventDefault();let y=Er(r,n);if(i(y),m(""),!Object.keys(y).length){f(!0);try{let w=n?await mn(r):await fn(e.id,r,e.callflow&&e.callflow.id);n||r.phone?h(w):t()}catch(w){i(w.fields||{}),m(`${o.failed} ${w.message}`)}f(!1)}}if(c)return d`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${c.first_name} ${c.last_name}</h2>
      <${ft} ownerId=${c.id} />
      <button onClick=${()=>t({...c,extension:r.extension})}>${o.users}</button>
    </section>`;let g=e.devices&&e.devices.length>0;return d`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?o.addUser:o.editUser}</h2>
    <form onSubmit=${$} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${C} id="first_name" label=${o.firstName} value=${r.first_name} onInput=${_("first_name")} error=${s.first_name} required />
        <${C} id="last_name" label=${o.lastName} value=${r.last_name} onInput=${_("last_name")} error=${s.last_name} required />
        <${C} id="username" label=${o.username} value=${r.username} onInput=${_("username")} error=${s.username} required autocomplete="off" />
        <${C} id="email" label=${o.email} type="email" value=${r.email} onInput=${_("email")} error=${s.email} />
        <${C} id="new_password" label=${o.password} type="password" value=${r.password} onInput=${_("password")} error=${s.password} required=${n} autocomplete="new-password" />
        <${C} id="extension" label=${o.extension} value=${r.extension} onInput=${_("extension")} error=${s.extension} required inputmode="numeric" />
      </div>
      ${!g&&d`<div class="check">
        <input type="checkbox" id="phone" checked=${r.phone} onChange=${b=>a({...r,phone:b.target.checked})} />
        <label for="phone">${o.deskPhone}</label>
      </div>`}
      <div class="bar">
        <button type="submit" disabled=${l}>${l?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
    ${g&&d`<${ft} ownerId=${e.id} />`}
  </section>`}async function Nr(){let[e,t,n]=await Promise.all([v("users?paginate=false"),v("callflows?filter_type=mainUserCallflow&paginate=false"),v("devices?with_status=true&paginate=false")]);return e.map(r=>{let a=t.find(s=>s.owner_id===r.id);return{...r,callflow:a,extension:a&&a.numbers?a.numbers[0]:"",devices:n.filter(s=>s.owner_id===r.id)}})}function _n(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(""),i=()=>Nr().then(t,m=>s(m.message));N(i,[]);async function u(m){if(confirm(o.confirmDelete(`${m.first_name} ${m.last_name}`))){try{await pn(m.id)}catch(l){s(l.message)}i()}}return n?d`<${De}
      user=${n}
      onDone=${()=>{r(null),i()}}
    />`:d`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${o.users}</h2>
      <button onClick=${()=>r({})}>${o.addUser}</button>
    </div>
    <${x} message=${a} />
    ${e?e.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.users}>
            <thead><tr><th>${o.name}</th><th>${o.username}</th><th>${o.extension}</th><th>${o.devices}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(m=>d`<tr key=${m.id} data-user=${m.username}>
                  <td data-label=${o.name}>${m.first_name} ${m.last_name}</td>
                  <td data-label=${o.username}>${m.username}</td>
                  <td data-label=${o.extension} class="ext">${m.extension}</td>
                  <td data-label=${o.devices}>
                    ${m.devices.map(l=>d`<span class=${l.registered?"dot on":"dot"}>${l.name} · ${l.registered?o.registered:o.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>r(m)} aria-label=${`${o.edit} ${m.username}`}>${o.edit}</button>
                    ${m.id!==S.value.owner&&d`<button class="danger" onClick=${()=>u(m)} aria-label=${`${o.del} ${m.username}`}>${o.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}function hn(){let[e,t]=p(null),[n,r]=p("");return N(()=>{Promise.all([v("devices?with_status=true&paginate=false"),v("users?paginate=false")]).then(([a,s])=>{let i=u=>s.find(m=>m.id===u);t(a.map(u=>({...u,owner:i(u.owner_id)})))},a=>r(a.message))},[]),d`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${o.devices}</h2>
    <${x} message=${n} />
    ${e?e.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.devices}>
            <thead><tr><th>${o.name}</th><th>${o.type}</th><th>${o.sipUser}</th><th>${o.owner}</th><th>${o.status}</th></tr></thead>
            <tbody>
              ${e.map(a=>d`<tr key=${a.id}>
                  <td data-label=${o.name}>${a.name}</td>
                  <td data-label=${o.type}>${a.device_type}</td>
                  <td data-label=${o.sipUser}>${a.username}</td>
                  <td data-label=${o.owner}>${a.owner?`${a.owner.first_name} ${a.owner.last_name}`:""}</td>
                  <td data-label=${o.status}><span class=${a.registered?"dot on":"dot"}>${a.registered?o.registered:o.notRegistered}</span></td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}var Pr=86400,Mr=62167219200;function Dr({leg:e}){return d`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function Or({call:e,withLegs:t}){let[n,r]=p(null),[a,s]=p(!1);async function i(){s(!a),n||r(await v(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return d`<tr class="call" data-call=${e.call_id}>
      <td data-label=${o.when}>${t?d`<button class="plain" aria-expanded=${a} onClick=${i}>${e.datetime}</button>`:e.datetime}</td>
      <td data-label=${o.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${o.to}>${e.dialed_number}</td>
      <td data-label=${o.duration}>${e.duration_seconds}s</td>
      <td data-label=${o.result}>${e.hangup_cause}</td>
    </tr>
    ${a&&d`<tr class="legs"><td colspan="5">
      <h3>${o.legs}</h3>
      ${n?d`<ul>${n.map(u=>d`<${Dr} key=${u.id} leg=${u} />`)}</ul>`:o.loading}
    </td></tr>`}`}function $n({path:e,title:t,withLegs:n}){let[r,a]=p(null),[s,i]=p("");return N(()=>{let u=Math.floor(Date.now()/1e3)+Mr;v(`${e}?created_from=${u-7*Pr}&created_to=${u+60}&page_size=100`).then(a,m=>i(m.message))},[]),d`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${x} message=${s} />
    ${r?r.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${t}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.to}</th><th>${o.duration}</th><th>${o.result}</th></tr></thead>
            <tbody>${r.map(u=>d`<${Or} key=${u.id} call=${u} withLegs=${n} />`)}</tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}var bn=()=>d`<${$n} path="cdrs/interaction" title=${o.callLogs} withLegs=${!0} />`,vn=()=>d`<${$n} path=${`users/${S.value.owner}/cdrs`} title=${o.myCalls} withLegs=${!1} />`;var Ur=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],Ir=["undefinedMainNumber","0"],Oe=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],pe=e=>({module:"callflow",data:{id:e},children:{}});async function yn(){let e=await v("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(i=>[i.name,i]));for(let i of Ur){if(t[i])continue;let u=t[`${i}Menu`]||await Ar(`${i}Menu`);t[i]=await D("callflows",{name:i,type:"main",numbers:[i],flow:pe(u.id),ui_metadata:R()})}let n=t.MainCallflow||await D("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:pe(t.MainOpenHours.id)}},ui_metadata:R()}),[r,a]=await Promise.all([v(`callflows/${n.id}`),v("temporal_rules?paginate=false")]),s=await Promise.all(a.filter(i=>i.name==="MainOpenHours"||i.name==="MainLunchHours").map(i=>v(`temporal_rules/${i.id}`)));return{main:r,parts:t,open:s.filter(i=>i.type==="main_weekdays"),lunch:s.filter(i=>i.type==="main_lunchbreak")}}async function Ar(e){let t=await D("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:R()});return D("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:R()})}var wn=e=>(e.numbers||[]).filter(t=>!Ir.includes(t));async function xn(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=R(),e.main=await T(`callflows/${n.id}`,n)}var gn=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},pt=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`;async function kn(e,t){let[n,...r]=e.open;for(let f of r)await M(`temporal_rules/${f.id}`);let a=[];if(t){let f={...n||{},name:"MainOpenHours",type:"main_weekdays",cycle:"weekly",interval:1,wdays:t.wdays,time_window_start:gn(t.start),time_window_stop:gn(t.stop),ui_metadata:R()};a=[n?await T(`temporal_rules/${n.id}`,f):await D("temporal_rules",f)]}else n&&await M(`temporal_rules/${n.id}`);let{parts:s,main:i}=e,u=new Set([...e.lunch,...e.open,...a].map(f=>f.id)),m=(i.flow&&i.flow.data&&i.flow.data.rules||[]).filter(f=>!u.has(f)),l={};for(let f of m)l[f]=i.flow.children[f];for(let f of e.lunch)l[f.id]=pe(s.MainLunchHours.id);for(let f of a)l[f.id]=pe(s.MainOpenHours.id);l._=pe(a.length?s.MainAfterHours.id:s.MainOpenHours.id),i.flow={module:"temporal_route",data:{rules:[...m,...[...e.lunch,...a].map(f=>f.id)]},children:l},i.ui_metadata=R(),e.main=await T(`callflows/${i.id}`,i),e.open=a}function Fr({strategy:e,onSaved:t}){let[n,r]=p(""),[a,s]=p(""),i=wn(e.main);async function u(l){s("");try{await xn(e,l),r(""),t()}catch(f){s(Object.values(f.fields||{})[0]||f.message)}}function m(l){l.preventDefault();let f=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(f))return s(o.badNumber);u([...i,f])}return d`<form onSubmit=${m} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${o.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(l=>d`<li key=${l}>
          <span class="main-number">${l}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${l}`} onClick=${()=>u(i.filter(f=>f!==l))}>${o.remove}</button>
        </li>`)}
    </ul>
    <${C} id="main_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
    <button type="submit">${o.addNumber}</button>
  </form>`}function Tr({strategy:e,onSaved:t}){let n=e.open[0],[r,a]=p(!!n),[s,i]=p(n?n.wdays||[]:Oe.slice(0,5)),[u,m]=p(n?pt(n.time_window_start||0):"09:00"),[l,f]=p(n?pt(n.time_window_stop||0):"17:00"),[c,h]=p(""),[_,$]=p(!1),g=y=>i(s.includes(y)?s.filter(w=>w!==y):Oe.filter(w=>w===y||s.includes(w)));async function b(y){if(y.preventDefault(),$(!1),r&&!s.length)return h(o.pickDay);if(r&&!(u<l))return h(o.badHours);h("");try{await kn(e,r?{wdays:s,start:u,stop:l}:null),$(!0),t()}catch(w){h(Object.entries(w.fields||{}).map(([E,k])=>`${E}: ${k}`).join("; ")||w.message)}}return d`<form onSubmit=${b} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${o.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!r} onChange=${()=>a(!1)} /><label for="h24">${o.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${r} onChange=${()=>a(!0)} /><label for="hcustom">${o.openCustom}</label></div>
    ${r&&d`<fieldset>
      <legend class="sr">${o.openCustom}</legend>
      <div class="days">
        ${Oe.map(y=>d`<span class="check"><input type="checkbox" id=${"day-"+y} checked=${s.includes(y)} onChange=${()=>g(y)} /><label for=${"day-"+y}>${o.wday[y]}</label></span>`)}
      </div>
      <div class="grid">
        <${C} id="opens" label=${o.opens} type="time" value=${u} onInput=${m} />
        <${C} id="closes" label=${o.closes} type="time" value=${l} onInput=${f} />
      </div>
    </fieldset>`}
    ${c&&d`<p class="error" role="alert">${c}</p>`}
    ${_&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}function Ue(){let[e,t]=p(null),[n,r]=p(""),[,a]=p(0);N(()=>{yn().then(t,i=>r(i.message))},[]);let s=()=>a(i=>i+1);return d`<section aria-labelledby="main-h">
    <h2 id="main-h">${o.mainNumber}</h2>
    <${x} message=${n} />
    ${e?d`<div class="stack">
          <${Fr} strategy=${e} onSaved=${s} />
          <${Tr} strategy=${e} onSaved=${s} />
        </div>`:!n&&d`<p>${o.loading}</p>`}
  </section>`}function Br(e,t){return e.length<12?o.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(r=>r.test(e)).length<3?o.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?o.pwUsername:""}function ae({username:e,onDone:t}){let[n,r]=p({old:"",next:"",again:""}),[a,s]=p({}),[i,u]=p(""),[m,l]=p(!1),[f,c]=p(!1),h=$=>g=>r({...n,[$]:g});async function _($){$.preventDefault(),c(!1);let g={};n.old||(g.old=o.required);let b=Br(n.next,e);if(b?g.next=b:n.next===n.old&&(g.next=o.pwSame),n.again!==n.next&&(g.again=o.pwMismatch),s(g),!Object.keys(g).length){l(!0),u("");try{if(!await sn(e,n.old)){s({old:o.pwOldWrong});return}await V(`users/${S.value.owner}`,{password:n.next,require_password_update:!1}),r({old:"",next:"",again:""}),c(!0),t&&t()}catch(y){s(y.fields||{}),u(y.message)}finally{l(!1)}}}return d`<form onSubmit=${_} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${o.changePassword}</h3>
    <p class="hint">${o.pwRules}</p>
    <${x} message=${i} />
    <${C} id="pw_old" label=${o.pwOld} type="password" value=${n.old} onInput=${h("old")} error=${a.old} autocomplete="current-password" />
    <${C} id="pw_new" label=${o.pwNew} type="password" value=${n.next} onInput=${h("next")} error=${a.next||a.password} autocomplete="new-password" />
    <${C} id="pw_again" label=${o.pwAgain} type="password" value=${n.again} onInput=${h("again")} error=${a.again} autocomplete="new-password" />
    ${f&&d`<p class="ok" role="status">${o.pwChanged}</p>`}
    <button type="submit" disabled=${m}>${m?o.saving:o.changePassword}</button>
  </form>`}var _t=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function Ie({onDone:e}){let t=`accounts/${S.value.account}`,[n,r]=p(null),[a,s]=p({}),[i,u]=p(""),[m,l]=p(!1);N(()=>{j("GET",t).then(({data:h})=>r({name:h.name||"",timezone:h.timezone||"UTC"}),h=>u(h.message))},[]);async function f(h){if(h.preventDefault(),l(!1),!n.name.trim())return s({name:o.required});s({}),u("");try{await j("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),S.value={...S.value,accountName:n.name.trim()},l(!0),e&&e()}catch(_){s(_.fields||{}),u(_.message)}}if(!n)return d`<${x} message=${i} />${!i&&d`<p>${o.loading}</p>`}`;let c=_t.includes(n.timezone)?_t:[n.timezone,..._t];return d`<form onSubmit=${f} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${o.office}</h3>
    <${x} message=${i} />
    <${C} id="office_name" label=${o.officeName} value=${n.name} onInput=${h=>r({...n,name:h})} error=${a.name} />
    <div class="field">
      <label for="timezone">${o.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${h=>r({...n,timezone:h.target.value})}>
        ${c.map(h=>d`<option key=${h} value=${h}>${h}</option>`)}
      </select>
      ${a.timezone&&d`<p class="error" role="alert">${a.timezone}</p>`}
    </div>
    ${m&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}var ee=G(null);async function Cn(){let e=await v(`users/${S.value.owner}`);e.require_password_update&&(ee.value={forced:!0,username:e.username})}async function Sn(){let e=await v(`users/${S.value.owner}`);ee.value={forced:!1,username:e.username}}function jr(){let[e,t]=p(!1),[n,r]=p([]);return e?d`<${De}
      user=${{}}
      onDone=${a=>{t(!1),a&&r([...n,a])}}
    />`:d`<div>
    <h3>${o.firstUsers}</h3>
    <ul class="added">${n.map(a=>d`<li key=${a.username}>${a.first_name} ${a.last_name} · ${a.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${o.addUser}</button>
  </div>`}function En(){let{forced:e,username:t}=ee.value,[n,r]=p(!e),a=[[o.stepPassword,()=>d`<${ae} username=${t} onDone=${()=>r(!0)} />`],[o.stepOffice,()=>d`<${Ie} />`],[o.stepUsers,()=>d`<${jr} />`],[o.stepMainNumber,()=>d`<${Ue} />`],[o.stepDone,()=>d`<p>${o.wizardDone}</p>`]],[s,i]=p(0),u=s===a.length-1,[m,l]=a[s],f=s===0&&!n;return d`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${o.wizard}</h2>
    <p class="hint">${o.stepOf(s+1,a.length)}: <strong>${m}</strong></p>
    ${f&&d`<p class="banner" role="alert">${o.pwForced}</p>`}
    <div key=${s}>${l()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${s===0} onClick=${()=>i(s-1)}>${o.back}</button>
      ${u?d`<button type="button" onClick=${()=>ee.value=null}>${o.finish}</button>`:d`<button type="button" disabled=${f} onClick=${()=>i(s+1)}>${o.next}</button>`}
    </div>
  </section>`}async function Rr(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":S.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new B(t.status,n);return n.data}function Nn(){let[e,t]=p(null),[n,r]=p(!1),[a,s]=p(""),[i,u]=p("");async function m(l){if(l.preventDefault(),s(""),u(""),!e)return s(o.pickBundle);r(!0);try{let f=await Rr(e);u(o.updateInstalled(f&&f.installed))}catch(f){let c=f.body&&f.body.data&&(f.body.data.message||f.body.data.detail);s(`${o.failed} ${f.message}${typeof c=="string"&&c!==f.message?`: ${c}`:""}`)}r(!1)}return d`<form onSubmit=${m} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${o.softwareUpdate}</h3>
    <p class="hint">${o.updateHint}</p>
    <${x} message=${a} />
    <div class="field">
      <label for="bundle">${o.bundle}</label>
      <input id="bundle" type="file" onChange=${l=>t(l.target.files[0]||null)} />
    </div>
    ${i&&d`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?o.uploading:o.install}</button>
  </form>`}function Pn(){let[e,t]=p(null),[n,r]=p(""),a=()=>v("sip_bans").then(t,i=>i.status===403?t(null):r(i.message));N(a,[]);let s=i=>M(`sip_bans/${encodeURIComponent(i)}`).then(a,u=>r(u.message));return e?d`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${o.sipBans}</h3>
    <${x} message=${n} />
    ${e.length===0?d`<p>${o.noBans}</p>`:d`<ul class="numbers">
          ${e.map(i=>d`<li key=${i.ip} data-ban=${i.ip}>
              <span>${o.banned(i.ip,i.reason)} · ${o.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>s(i.ip)} aria-label=${o.liftBan(i.ip)}>${o.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:d`<${x} message=${n} />`}function Mn(){let[e,t]=p(null),[n,r]=p("");return N(()=>{v(`users/${S.value.owner}`).then(t,a=>r(a.message))},[]),d`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${o.settings}</h2>
    <${x} message=${n} />
    <div class="stack">
      ${e&&d`<${ae} username=${e.username} />`}
      <${Ie} />
      <${Pn} />
      <${Nn} />
      <div><button type="button" onClick=${()=>Sn().catch(a=>r(a.message))}>${o.runWizard}</button></div>
    </div>
  </section>`}var Dn=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),Lr=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function Hr(e,t){let n=await fetch("/v2/"+W(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":S.value.token,"Content-Type":Lr(t),Accept:"application/json"},body:t});if(!n.ok)throw new B(n.status,await n.json().catch(()=>null))}async function On(e,t){let n=await D("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await Hr(n.id,t)}catch(r){throw await M(`media/${n.id}`).catch(()=>{}),r}return n.id}var ht=e=>M(`media/${e}`).catch(()=>{});var $t=["skip_greeting","skip_instructions","delete_after_notify","announcement_only"],Gr=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,Un=e=>e.split(/[\s,;]+/).filter(Boolean);function qr(e){let t={};e.name.trim()||(t.name=o.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=o.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=o.pinDigits);let n=Un(e.notify).find(r=>!Gr.test(r));return n&&(t.notify_email_addresses=o.badEmail(n)),t}function In({box:e,users:t,onDone:n}){let r=!e.id,[a,s]=p({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries($t.map(b=>[b,!!e[b]]))}),[i,u]=p({}),[m,l]=p(""),[f,c]=p(!1),[h,_]=p(null),$=b=>y=>s({...a,[b]:y});async function g(b){b.preventDefault();let y=qr(a);if(h&&!Dn(h)&&(y.greeting=o.greetingType),u(y),l(""),Object.keys(y).length)return;let w={name:a.name.trim(),mailbox:a.mailbox,notify_email_addresses:Un(a.notify),...Object.fromEntries($t.map(k=>[k,a[k]]))};w.owner_id=a.owner_id||(r?void 0:null),w.pin=a.pin||(r?void 0:null),c(!0);let E=null;try{h&&(E=await On(w.name,h).catch(k=>{throw Object.assign(k,{fields:{greeting:k.fields&&k.fields.media||k.message}})}),w.media={...e.media||{},unavailable:E}),r?await D("vmboxes",w):await V(`vmboxes/${e.id}`,w),E&&e.media&&e.media.unavailable&&await ht(e.media.unavailable),n()}catch(k){E&&await ht(E),u(k.fields||{}),l(`${o.failed} ${k.message}`),c(!1)}}return d`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${r?o.addVmbox:o.editVmbox}</h2>
    <form onSubmit=${g} novalidate>
      <${x} message=${m} />
      <div class="grid">
        <${C} id="vm_name" label=${o.name} value=${a.name} onInput=${$("name")} error=${i.name} required />
        <${C} id="vm_mailbox" label=${o.mailbox} value=${a.mailbox} onInput=${$("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${o.owner}</label>
          <select id="vm_owner" value=${a.owner_id} onChange=${b=>$("owner_id")(b.target.value)}>
            <option value="">${o.noOwner}</option>
            ${t.map(b=>d`<option key=${b.id} value=${b.id}>${b.first_name} ${b.last_name}</option>`)}
          </select>
          ${i.owner_id&&d`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${C} id="vm_pin" label=${o.pin} type="password" value=${a.pin} onInput=${$("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${o.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${b=>_(b.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?o.greetingSet:o.greetingNone}</p>
        ${i.greeting&&d`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${C} id="vm_notify" label=${o.recipients} value=${a.notify} onInput=${$("notify")} error=${i.notify_email_addresses} />
      ${$t.map(b=>d`<div class="check" key=${b}>
          <input type="checkbox" id=${"vm_"+b} checked=${a[b]} onChange=${y=>$(b)(y.target.checked)} />
          <label for=${"vm_"+b}>${o.vmFlags[b]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${n}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var zr=62167219200,Wr=e=>new Date((e-zr)*1e3).toISOString().slice(0,16).replace("T"," ");function Ae({box:e,onDone:t}){let n=`vmboxes/${e.id}/messages`,[r,a]=p(null),[s,i]=p({}),u=Qe([]),[m,l]=p(""),f=()=>v(`${n}?paginate=false`).then($=>a($.filter(g=>g.folder!=="deleted")),$=>l($.message));N(()=>(f(),()=>u.current.forEach($=>URL.revokeObjectURL($))),[]);let c=$=>$.then(f,g=>l(g.message));async function h($){if(s[$.media_id])return s[$.media_id];let g=URL.createObjectURL(await rn(`${n}/${$.media_id}/raw`));return u.current.push(g),i(b=>({...b,[$.media_id]:g})),g}async function _($){try{let g=document.createElement("a");g.href=await h($),g.download=`${e.mailbox}-${$.media_id}.wav`,g.click()}catch(g){l(g.message)}}return d`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${o.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${t}>${o.vmboxes}</button>
    </div>
    <${x} message=${m} />
    ${r?r.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.messages}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.duration}</th><th>${o.folder}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${r.map($=>d`<tr key=${$.media_id} data-message=${$.media_id} class="message">
                  <td data-label=${o.when}>${$.timestamp?Wr($.timestamp):""}</td>
                  <td data-label=${o.from}>${$.caller_id_name||""} ${$.caller_id_number||""}</td>
                  <td data-label=${o.duration}>${$.length?`${Math.round($.length/1e3)} s`:""}</td>
                  <td data-label=${o.folder} class="folder">${o.folders[$.folder]||$.folder}</td>
                  <td class="actions">
                    ${s[$.media_id]?d`<audio controls autoplay src=${s[$.media_id]}></audio>`:d`<button onClick=${()=>h($).catch(g=>l(g.message))}>${o.play}</button>`}
                    <button class="plain" onClick=${()=>_($)}>${o.download}</button>
                    ${$.folder==="new"&&d`<button class="plain" onClick=${()=>c(T(`${n}/${$.media_id}`,{folder:"saved"}))}>${o.markHeard}</button>`}
                    <button class="danger" onClick=${()=>confirm(o.confirmDeleteMessage)&&c(M(`${n}/${$.media_id}`))}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}function An(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(null),[i,u]=p(""),m=()=>Promise.all([v("vmboxes?paginate=false"),v("users?paginate=false")]).then(([_,$])=>t({boxes:_,users:$}),_=>u(_.message));N(m,[]);let l=()=>{r(null),s(null),m()};async function f(_){confirm(o.confirmDeleteVmbox(_.name))&&(await M(`vmboxes/${_.id}`).catch($=>u($.message)),m())}async function c(_){try{r(await v(`vmboxes/${_.id}`))}catch($){u($.message)}}if(n)return d`<${In} box=${n} users=${e.users} onDone=${l} />`;if(a)return d`<${Ae} box=${a} onDone=${l} />`;let h=_=>{let $=e.users.find(g=>g.id===_);return $?`${$.first_name} ${$.last_name}`:""};return d`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${o.vmboxes}</h2>
      <button onClick=${()=>r({})}>${o.addVmbox}</button>
    </div>
    <${x} message=${i} />
    ${e?e.boxes.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.vmboxes}>
            <thead><tr><th>${o.name}</th><th>${o.mailbox}</th><th>${o.owner}</th><th>${o.newMessages}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map(_=>d`<tr key=${_.id} data-vmbox=${_.mailbox}>
                  <td data-label=${o.name}>${_.name}</td>
                  <td data-label=${o.mailbox}>${_.mailbox}</td>
                  <td data-label=${o.owner}>${h(_.owner_id)}</td>
                  <td data-label=${o.newMessages} class="count">${_.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>s(_)} aria-label=${o.messagesOf(_.name)}>${o.messages}</button>
                    <button class="plain" onClick=${()=>c(_)} aria-label=${`${o.edit} ${_.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>f(_)} aria-label=${`${o.del} ${_.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}function Fe(e,t){if(!(t instanceof B))throw t;let n={};for(let[r,a]of Object.entries(t.fields))n[e==="userGroup"&&r.startsWith("numbers")?"extension":r.split(".")[0]]=a;throw t.fields=n,t}async function Fn(){let[e,t]=await Promise.all([v("groups?paginate=false"),v("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let r=t.filter(a=>a.group_id===n.id);return{...n,userCf:r.find(a=>a.type==="userGroup"),baseCf:r.find(a=>a.type==="baseGroup")}})}async function Tn(e){let t=[];try{let n=await D("groups",ct({},e));t.push(()=>M(`groups/${n.id}`));let r=await D("callflows",dt({},n,e));t.push(()=>M(`callflows/${r.id}`)),await D("callflows",mt({},n,r,e)).catch(a=>Fe("userGroup",a))}catch(n){for(let r of t.reverse())await r().catch(()=>{});Fe("groups",n)}}async function Bn(e,t){try{let n=await T(`groups/${e.id}`,ct(await v(`groups/${e.id}`),t)),r=await T(`callflows/${e.baseCf.id}`,dt(await v(`callflows/${e.baseCf.id}`),n,t)),a=e.userCf?await v(`callflows/${e.userCf.id}`):{},s=mt(a,n,r,t);await(e.userCf?T(`callflows/${e.userCf.id}`,s):D("callflows",s)).catch(i=>Fe("userGroup",i))}catch(n){Fe("groups",n)}}async function jn(e){for(let t of[e.userCf,e.baseCf])t&&await M(`callflows/${t.id}`);await M(`groups/${e.id}`)}var se=e=>/^\d+$/.test(String(e))?Number(e):NaN;function Vr(e){let t={};return e.name.trim()||(t.name=o.required),/^\d{2,8}$/.test(e.extension)||(t.extension=o.extDigits),se(e.repeats)>=1&&se(e.repeats)<=10||(t.repeats=o.repeatsRange),e.members.length||(t.members=o.pickMember),e.members.length>fe&&(t.members=o.tooManyMembers(fe)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=o.badTimeline),t}function Rn({group:e,users:t,onDone:n}){let[r,a]=p(e.form),[s,i]=p("20"),[u,m]=p({}),[l,f]=p(""),[c,h]=p(!1),_=E=>k=>a({...r,[E]:k}),$=E=>r.members.find(k=>k.id===E),g=E=>a({...r,members:$(E.id)?r.members.filter(k=>k.id!==E.id):[...r.members,{id:E.id,delay:0,timeout:20}]}),b=(E,k,F)=>a({...r,members:r.members.map(L=>L.id===E?{...L,[k]:se(F)}:L)});async function y(E){E.preventDefault();let k=Vr(r);if(m(k),f(""),!Object.keys(k).length){h(!0);try{let F={...r,name:r.name.trim(),repeats:se(r.repeats)};await(e.id?Bn(e,F):Tn(F)),n()}catch(F){m(F.fields||{}),f(`${o.failed} ${F.message}`),h(!1)}}}let w=r.members.length>=fe;return d`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?o.editGroup:o.addGroup}</h2>
    <form onSubmit=${y} novalidate>
      <${x} message=${l} />
      <div class="grid">
        <${C} id="group_name" label=${o.name} value=${r.name} onInput=${_("name")} error=${u.name} required />
        <${C} id="group_extension" label=${o.extension} value=${r.extension} onInput=${_("extension")} error=${u.extension} required inputmode="numeric" />
        <${C} id="group_repeats" label=${o.repeats} value=${String(r.repeats)} onInput=${_("repeats")} error=${u.repeats} inputmode="numeric" />
      </div>
      <fieldset>
        <legend>${o.members(r.members.length,fe)}</legend>
        ${u.members&&d`<p class="error" id="members-error" role="alert">${u.members}</p>`}
        <table class="list timeline" aria-label=${o.timeline}>
          <thead><tr><th>${o.member}</th><th>${o.startAfter}</th><th>${o.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(E=>{let k=$(E.id),F=`${E.first_name} ${E.last_name}`;return d`<tr key=${E.id} data-member=${E.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+E.id} checked=${!!k} disabled=${!k&&w} onChange=${()=>g(E)} /><label for=${"m-"+E.id}>${F}</label></span></td>
                <td data-label=${o.startAfter}>${k&&d`<input class="delay" aria-label=${`${o.startAfter} ${F}`} inputmode="numeric" value=${Number.isNaN(k.delay)?"":k.delay} onInput=${L=>b(E.id,"delay",L.target.value)} />`}</td>
                <td data-label=${o.ringFor}>${k&&d`<input class="timeout" aria-label=${`${o.ringFor} ${F}`} inputmode="numeric" value=${Number.isNaN(k.timeout)?"":k.timeout} onInput=${L=>b(E.id,"timeout",L.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${C} id="group_total" label=${o.totalRing} value=${s} onInput=${i} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!r.members.length||!(se(s)>=1)} onClick=${()=>a({...r,members:dn(r.members,se(s))})}>${o.distribute}</button>
        </div>
      </fieldset>
      <div class="bar">
        <button type="submit" disabled=${c}>${c?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${n}>${o.cancel}</button>
      </div>
    </form>
  </section>`}async function Xr(e){let t=e.baseCf?await v(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},r=(n.endpoints||[]).map(a=>({id:a.id,delay:Number(a.delay)||0,timeout:Number(a.timeout)||20}));return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,members:r}}function Ln(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(""),i=()=>Promise.all([Fn(),v("users?paginate=false")]).then(([l,f])=>t({groups:l,users:f}),l=>s(l.message));N(i,[]);async function u(l){try{r({...l,form:await Xr(l)})}catch(f){s(f.message)}}async function m(l){confirm(o.confirmDeleteGroup(l.name))&&(await jn(l).catch(f=>s(f.message)),i())}return n?d`<${Rn}
      group=${n}
      users=${e.users}
      onDone=${()=>{r(null),i()}}
    />`:d`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${o.groups}</h2>
      <button disabled=${!e} onClick=${()=>r({form:{name:"",extension:"",repeats:1,members:[]}})}>${o.addGroup}</button>
    </div>
    <${x} message=${a} />
    ${e?e.groups.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.groups}>
            <thead><tr><th>${o.name}</th><th>${o.extension}</th><th>${o.memberCount}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.groups.map(l=>d`<tr key=${l.id} data-group=${l.name}>
                  <td data-label=${o.name}>${l.name}</td>
                  <td data-label=${o.extension} class="ext">${l.userCf&&l.userCf.numbers?l.userCf.numbers[0]:""}</td>
                  <td data-label=${o.memberCount}>${typeof l.endpoints=="number"?l.endpoints:Object.keys(l.endpoints||{}).length}</td>
                  <td class="actions">
                    <button onClick=${()=>u(l)} aria-label=${`${o.edit} ${l.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>m(l)} aria-label=${`${o.del} ${l.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}async function Yr(){let[e,t]=await Promise.all([v("phone_numbers"),v("callflows?paginate=false")]);return Object.entries(e.numbers||{}).map(([n,r])=>{let a=r.used_by_id&&t.find(s=>s.id===r.used_by_id);return{number:n,usedBy:a?a.name||a.id:r.used_by_id||""}}).sort((n,r)=>n.number.localeCompare(r.number))}function Hn(){let[e,t]=p(null),[n,r]=p(""),[a,s]=p(""),[i,u]=p(""),m=()=>Yr().then(t,c=>u(c.message));N(m,[]);async function l(c){c.preventDefault();let h=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(h))return s(o.badPhoneNumber);s("");try{await D(`phone_numbers/${encodeURIComponent(h)}`,{}),r(""),m()}catch(_){s(_.fields.number||_.message)}}async function f(c){confirm(o.confirmDeleteNumber(c))&&(await M(`phone_numbers/${encodeURIComponent(c)}`).catch(h=>u(h.message)),m())}return d`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${o.numbers}</h2>
    <${x} message=${i} />
    ${e?e.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.numbers}>
            <thead><tr><th>${o.number}</th><th>${o.usedBy}</th><th><span class="sr">${o.del}</span></th></tr></thead>
            <tbody>
              ${e.map(c=>d`<tr key=${c.number} data-number=${c.number}>
                  <td data-label=${o.number} class="main-number">${c.number}</td>
                  <td data-label=${o.usedBy} class="used-by">${c.usedBy||o.spare}</td>
                  <td class="actions">${!c.usedBy&&d`<button class="danger" onClick=${()=>f(c.number)} aria-label=${`${o.remove} ${c.number}`}>${o.remove}</button>`}</td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
    <form onSubmit=${l} novalidate>
      <${C} id="new_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
      <button type="submit">${o.addPhoneNumber}</button>
    </form>
  </section>`}var Gn=e=>e.split(/[\s,;]+/).filter(Boolean);function qn(e){return{name:e.name.trim(),conference_numbers:[e.number],member:{pins:Gn(e.member_pins),join_muted:e.join_muted},moderator:{pins:Gn(e.moderator_pins)}}}var bt=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:[n.number],flow:{module:"conference",data:{id:t.id},children:{}}});function zn(e){if(!(e instanceof B))throw e;let t={};for(let[n,r]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=r;throw e.fields=t,e}var Wn=e=>v(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function Vn(e){let t=null;try{t=await D("conferences",qn(e)),await D("callflows",bt({},t,e))}catch(n){t&&await M(`conferences/${t.id}`).catch(()=>{}),zn(n)}}async function Xn(e,t){try{let n=await V(`conferences/${e}`,qn(t)),[r]=await Wn(e);r?await T(`callflows/${r.id}`,bt(await v(`callflows/${r.id}`),n,t)):await D("callflows",bt({},n,t))}catch(n){zn(n)}}async function Yn(e){for(let t of await Wn(e))await M(`callflows/${t.id}`);await M(`conferences/${e}`)}var Zr=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function Jr(e){let t={};e.name.trim()||(t.name=o.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=o.extDigits);for(let n of["member_pins","moderator_pins"])Zr.test(e[n].trim())||(t[n]=o.pinList);return t}function Zn({conf:e,onDone:t}){let n=!e.id,[r,a]=p({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[s,i]=p({}),[u,m]=p(""),[l,f]=p(!1),c=_=>$=>a({...r,[_]:$});async function h(_){_.preventDefault();let $=Jr(r);if(i($),m(""),!Object.keys($).length){f(!0);try{n?await Vn(r):await Xn(e.id,r),t()}catch(g){i(g.fields||{}),m(`${o.failed} ${g.message}`),f(!1)}}}return d`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?o.addConference:o.editConference}</h2>
    <form onSubmit=${h} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${C} id="conf_name" label=${o.name} value=${r.name} onInput=${c("name")} error=${s.name} required />
        <${C} id="conf_number" label=${o.confNumber} value=${r.number} onInput=${c("number")} error=${s.number} required inputmode="tel" />
        <${C} id="conf_member_pins" label=${o.memberPins} value=${r.member_pins} onInput=${c("member_pins")} error=${s.member_pins||s.member} inputmode="numeric" autocomplete="off" />
        <${C} id="conf_moderator_pins" label=${o.moderatorPins} value=${r.moderator_pins} onInput=${c("moderator_pins")} error=${s.moderator_pins||s.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${q} id="conf_join_muted" label=${o.joinMuted} checked=${r.join_muted} onChange=${c("join_muted")} />
      <div class="bar">
        <button type="submit" disabled=${l}>${l?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var Jn=e=>(e&&e.pins||[]).length;function Kn(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(""),i=()=>v("conferences?paginate=false").then(t,l=>s(l.message));N(i,[]);async function u(l){try{r(await v(`conferences/${l.id}`))}catch(f){s(f.message)}}async function m(l){confirm(o.confirmDeleteConference(l.name))&&(await Yn(l.id).catch(f=>s(f.message)),i())}return n?d`<${Zn}
      conf=${n}
      onDone=${()=>{r(null),i()}}
    />`:d`<section aria-labelledby="conf-h">
    <div class="bar">
      <h2 id="conf-h">${o.conferences}</h2>
      <button onClick=${()=>r({})}>${o.addConference}</button>
    </div>
    <${x} message=${a} />
    ${e?e.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.conferences}>
            <thead><tr><th>${o.name}</th><th>${o.confNumber}</th><th>${o.pins}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(l=>d`<tr key=${l.id} data-conference=${l.name}>
                  <td data-label=${o.name}>${l.name}</td>
                  <td data-label=${o.confNumber} class="ext">${(l.conference_numbers||[]).join(", ")}</td>
                  <td data-label=${o.pins} class="pins">${o.pinSummary(Jn(l.member),Jn(l.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>u(l)} aria-label=${`${o.edit} ${l.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>m(l)} aria-label=${`${o.del} ${l.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}var Kr=/^\+?\d{2,15}$/;function Qr(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function Qn({user:e,onSaved:t}){let[n,r]=p(Qr(e)),[a,s]=p({}),[i,u]=p(""),[m,l]=p(!1),[f,c]=p(!1),h=$=>g=>{l(!1),r({...n,[$]:g})};async function _($){$.preventDefault();let g=n.forward&&!Kr.test(n.number.trim())?{"call_forward.number":o.forwardNumber}:{};if(s(g),u(""),!Object.keys(g).length){c(!0);try{let b=await V(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});l(!0),t&&t(b)}catch(b){s(b.fields||{}),u(`${o.failed} ${b.message}`)}c(!1)}}return d`<form onSubmit=${_} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${o.callHandling}</h3>
    <${x} message=${i} />
    <${q} id="dnd" label=${o.dnd} checked=${n.dnd} onChange=${h("dnd")} />
    <${q} id="forward" label=${o.forward} checked=${n.forward} onChange=${h("forward")} />
    ${n.forward&&d`<fieldset>
      <${C} id="forward_number" label=${o.forwardTo} value=${n.number} onInput=${h("number")} error=${a["call_forward.number"]} inputmode="tel" />
      <${q} id="ring_devices" label=${o.ringDevicesToo} checked=${n.ring_devices} onChange=${h("ring_devices")} />
      <${q} id="direct_calls_only" label=${o.directCallsOnly} checked=${n.direct_calls_only} onChange=${h("direct_calls_only")} />
      <${q} id="keep_caller_id" label=${o.keepCallerId} checked=${n.keep_caller_id} onChange=${h("keep_caller_id")} />
      <${q} id="require_keypress" label=${o.requireKeypress} checked=${n.require_keypress} onChange=${h("require_keypress")} />
    </fieldset>`}
    ${m&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
  </form>`}var eo=5e3;function to({userId:e}){let[t,n]=p(null),[r,a]=p("");return N(()=>{let s=()=>v(`users/${e}/devices`).then(n,u=>a(u.message));s();let i=setInterval(s,eo);return()=>clearInterval(i)},[]),d`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${o.myDevices}</h3>
    <${x} message=${r} />
    ${t?t.length===0?o.none:d`<ul class="my-devices">
            ${t.map(s=>d`<li key=${s.id} data-device=${s.name}>
                <span class=${s.registered?"dot on":"dot"}>${s.name} · ${s.registered?o.registered:o.notRegistered}</span>
              </li>`)}
          </ul>`:o.loading}
  </div>`}function er(){let[e,t]=p(null),[n,r]=p("");return N(()=>{v(`users/${S.value.owner}`).then(t,a=>r(a.message))},[]),d`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:o.myPhone}</h2>
    <${x} message=${n} />
    ${e&&d`<div class="stack">
      <${to} userId=${e.id} />
      <${Qn} user=${e} onSaved=${t} />
      <${ae} username=${e.username} />
    </div>`}
  </section>`}function tr(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(""),i=()=>v("vmboxes?paginate=false").then(t,u=>s(u.message));return N(i,[]),n?d`<${Ae}
      box=${n}
      onDone=${()=>{r(null),i()}}
    />`:d`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${o.vmboxes}</h2>
    <${x} message=${a} />
    ${e?e.length===0?d`<p>${o.noBox}</p>`:d`<ul class="numbers">
            ${e.map(u=>d`<li key=${u.id} data-vmbox=${u.mailbox}>
                <span>${u.name} (${u.mailbox}) · ${o.messageCount(u.messages||0)}</span>
                <button onClick=${()=>r(u)} aria-label=${o.messagesOf(u.name)}>${o.messages}</button>
              </li>`)}
          </ul>`:d`<p>${o.loading}</p>`}
  </section>`}var no={dashboard:[o.dashboard,cn],users:[o.users,_n],devices:[o.devices,hn],groups:[o.groups,Ln],calls:[o.callLogs,bn],main:[o.mainNumber,Ue],voicemail:[o.vmboxes,An],conferences:[o.conferences,Kn],numbers:[o.numbers,Hn],settings:[o.settings,Mn]},ro={me:[o.myPhone,er],myvoicemail:[o.vmboxes,tr],mycalls:[o.myCalls,vn]},Te=()=>S.value&&S.value.admin===!1?ro:no,vt=G(location.hash.slice(1));addEventListener("hashchange",()=>vt.value=location.hash.slice(1));var oo=()=>vt.value in Te()?vt.value:Object.keys(Te())[0],nr=null;K(()=>{let e=S.value;e||(ee.value=null),e&&e.admin!==!1&&nr!==e.token&&(nr=e.token,Cn().catch(()=>{}))});function ao(){if(!S.value)return d`<${ln} />`;let e=oo(),[,t]=Te()[e];return d`<header>
      <strong>${o.app}</strong>
      <nav aria-label=${o.menu}>
        ${Object.entries(Te()).map(([n,[r]])=>d`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${r}</a>`)}
      </nav>
      <button class="plain" onClick=${Pe}>${o.logout}</button>
    </header>
    <main>${ee.value?d`<${En} />`:d`<${t} key=${e} />`}</main>`}Ye(d`<${ao} />`,document.getElementById("app"));
