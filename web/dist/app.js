var ve,M,kt,Ge,W,gt,St,Le,Ct,ze,He,je,Wn,le={},Et=[],Vn=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,qe=Array.isArray;function z(e,t){for(var n in t)e[n]=t[n];return e}function We(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function ge(e,t,n){var r,s,a,i={};for(a in t)a=="key"?r=t[a]:a=="ref"?s=t[a]:i[a]=t[a];if(arguments.length>2&&(i.children=arguments.length>3?ve.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(a in e.defaultProps)i[a]===void 0&&(i[a]=e.defaultProps[a]);return $e(e,i,r,s,null)}function $e(e,t,n,r,s){var a={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++kt,__i:-1,__u:0};return s==null&&M.vnode!=null&&M.vnode(a),a}function ye(e){return e.children}function V(e,t){this.props=e,this.context=t}function ee(e,t){if(t==null)return e.__?ee(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?ee(e):null}function Nt(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return Nt(e)}}function yt(e){(!e.__d&&(e.__d=!0)&&W.push(e)&&!be.__r++||gt!==M.debounceRendering)&&((gt=M.debounceRendering)||St)(be)}function be(){var e,t,n,r,s,a,i,l;for(W.sort(Le);e=W.shift();)e.__d&&(t=W.length,r=void 0,a=(s=(n=e).__v).__e,i=[],l=[],n.__P&&((r=z({},s)).__v=s.__v+1,M.vnode&&M.vnode(r),Ve(n.__P,r,s,n.__n,n.__P.namespaceURI,32&s.__u?[a]:null,i,a??ee(s),!!(32&s.__u),l),r.__v=s.__v,r.__.__k[r.__i]=r,Dt(i,r,l),r.__e!=a&&Nt(r)),W.length>t&&W.sort(Le));be.__r=0}function Mt(e,t,n,r,s,a,i,l,m,u,f){var d,_,h,$,y,b,g=r&&r.__k||Et,w=t.length;for(m=Xn(n,t,g,m,w),d=0;d<w;d++)(h=n.__k[d])!=null&&(_=h.__i===-1?le:g[h.__i]||le,h.__i=d,b=Ve(e,h,_,s,a,i,l,m,u,f),$=h.__e,h.ref&&_.ref!=h.ref&&(_.ref&&Xe(_.ref,null,h),f.push(h.ref,h.__c||$,h)),y==null&&$!=null&&(y=$),4&h.__u||_.__k===h.__k?m=Pt(h,m,e):typeof h.type=="function"&&b!==void 0?m=b:$&&(m=$.nextSibling),h.__u&=-7);return n.__e=y,m}function Xn(e,t,n,r,s){var a,i,l,m,u,f=n.length,d=f,_=0;for(e.__k=new Array(s),a=0;a<s;a++)(i=t[a])!=null&&typeof i!="boolean"&&typeof i!="function"?(m=a+_,(i=e.__k[a]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?$e(null,i,null,null,null):qe(i)?$e(ye,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?$e(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,l=null,(u=i.__i=Yn(i,n,m,d))!==-1&&(d--,(l=n[u])&&(l.__u|=2)),l==null||l.__v===null?(u==-1&&_--,typeof i.type!="function"&&(i.__u|=4)):u!=m&&(u==m-1?_--:u==m+1?_++:(u>m?_--:_++,i.__u|=4))):e.__k[a]=null;if(d)for(a=0;a<f;a++)(l=n[a])!=null&&!(2&l.__u)&&(l.__e==r&&(r=ee(l)),Ot(l,l));return r}function Pt(e,t,n){var r,s;if(typeof e.type=="function"){for(r=e.__k,s=0;r&&s<r.length;s++)r[s]&&(r[s].__=e,t=Pt(r[s],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=ee(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Yn(e,t,n,r){var s,a,i=e.key,l=e.type,m=t[n];if(m===null||m&&i==m.key&&l===m.type&&!(2&m.__u))return n;if(r>(m!=null&&!(2&m.__u)?1:0))for(s=n-1,a=n+1;s>=0||a<t.length;){if(s>=0){if((m=t[s])&&!(2&m.__u)&&i==m.key&&l===m.type)return s;s--}if(a<t.length){if((m=t[a])&&!(2&m.__u)&&i==m.key&&l===m.type)return a;a++}}return-1}function wt(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||Vn.test(t)?n:n+"px"}function he(e,t,n,r,s){var a;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||wt(e.style,t,"");if(n)for(t in n)r&&n[t]===r[t]||wt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")a=t!=(t=t.replace(Ct,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+a]=n,n?r?n.u=r.u:(n.u=ze,e.addEventListener(t,a?je:He,a)):e.removeEventListener(t,a?je:He,a);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function xt(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=ze++;else if(t.t<n.u)return;return n(M.event?M.event(t):t)}}}function Ve(e,t,n,r,s,a,i,l,m,u){var f,d,_,h,$,y,b,g,w,C,k,I,R,vt,_e,Be,Re,j=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(m=!!(32&n.__u),a=[l=t.__e=n.__e]),(f=M.__b)&&f(t);e:if(typeof j=="function")try{if(g=t.props,w="prototype"in j&&j.prototype.render,C=(f=j.contextType)&&r[f.__c],k=f?C?C.props.value:f.__:r,n.__c?b=(d=t.__c=n.__c).__=d.__E:(w?t.__c=d=new j(g,k):(t.__c=d=new V(g,k),d.constructor=j,d.render=Jn),C&&C.sub(d),d.props=g,d.state||(d.state={}),d.context=k,d.__n=r,_=d.__d=!0,d.__h=[],d._sb=[]),w&&d.__s==null&&(d.__s=d.state),w&&j.getDerivedStateFromProps!=null&&(d.__s==d.state&&(d.__s=z({},d.__s)),z(d.__s,j.getDerivedStateFromProps(g,d.__s))),h=d.props,$=d.state,d.__v=t,_)w&&j.getDerivedStateFromProps==null&&d.componentWillMount!=null&&d.componentWillMount(),w&&d.componentDidMount!=null&&d.__h.push(d.componentDidMount);else{if(w&&j.getDerivedStateFromProps==null&&g!==h&&d.componentWillReceiveProps!=null&&d.componentWillReceiveProps(g,k),!d.__e&&(d.shouldComponentUpdate!=null&&d.shouldComponentUpdate(g,d.__s,k)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(d.props=g,d.state=d.__s,d.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(ie){ie&&(ie.__=t)}),I=0;I<d._sb.length;I++)d.__h.push(d._sb[I]);d._sb=[],d.__h.length&&i.push(d);break e}d.componentWillUpdate!=null&&d.componentWillUpdate(g,d.__s,k),w&&d.componentDidUpdate!=null&&d.__h.push(function(){d.componentDidUpdate(h,$,y)})}if(d.context=k,d.props=g,d.__P=e,d.__e=!1,R=M.__r,vt=0,w){for(d.state=d.__s,d.__d=!1,R&&R(t),f=d.render(d.props,d.state,d.context),_e=0;_e<d._sb.length;_e++)d.__h.push(d._sb[_e]);d._sb=[]}else do d.__d=!1,R&&R(t),f=d.render(d.props,d.state,d.context),d.state=d.__s;while(d.__d&&++vt<25);d.state=d.__s,d.getChildContext!=null&&(r=z(z({},r),d.getChildContext())),w&&!_&&d.getSnapshotBeforeUpdate!=null&&(y=d.getSnapshotBeforeUpdate(h,$)),l=Mt(e,qe(Be=f!=null&&f.type===ye&&f.key==null?f.props.children:f)?Be:[Be],t,n,r,s,a,i,l,m,u),d.base=t.__e,t.__u&=-161,d.__h.length&&i.push(d),b&&(d.__E=d.__=null)}catch(ie){if(t.__v=null,m||a!=null)if(ie.then){for(t.__u|=m?160:128;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;a[a.indexOf(l)]=null,t.__e=l}else for(Re=a.length;Re--;)We(a[Re]);else t.__e=n.__e,t.__k=n.__k;M.__e(ie,t,n)}else a==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):l=t.__e=Zn(n.__e,t,n,r,s,a,i,m,u);return(f=M.diffed)&&f(t),128&t.__u?void 0:l}function Dt(e,t,n){for(var r=0;r<n.length;r++)Xe(n[r],n[++r],n[++r]);M.__c&&M.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(a){a.call(s)})}catch(a){M.__e(a,s.__v)}})}function Zn(e,t,n,r,s,a,i,l,m){var u,f,d,_,h,$,y,b=n.props,g=t.props,w=t.type;if(w=="svg"?s="http://www.w3.org/2000/svg":w=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),a!=null){for(u=0;u<a.length;u++)if((h=a[u])&&"setAttribute"in h==!!w&&(w?h.localName==w:h.nodeType==3)){e=h,a[u]=null;break}}if(e==null){if(w==null)return document.createTextNode(g);e=document.createElementNS(s,w,g.is&&g),l&&(M.__m&&M.__m(t,a),l=!1),a=null}if(w===null)b===g||l&&e.data===g||(e.data=g);else{if(a=a&&ve.call(e.childNodes),b=n.props||le,!l&&a!=null)for(b={},u=0;u<e.attributes.length;u++)b[(h=e.attributes[u]).name]=h.value;for(u in b)if(h=b[u],u!="children"){if(u=="dangerouslySetInnerHTML")d=h;else if(!(u in g)){if(u=="value"&&"defaultValue"in g||u=="checked"&&"defaultChecked"in g)continue;he(e,u,null,h,s)}}for(u in g)h=g[u],u=="children"?_=h:u=="dangerouslySetInnerHTML"?f=h:u=="value"?$=h:u=="checked"?y=h:l&&typeof h!="function"||b[u]===h||he(e,u,h,b[u],s);if(f)l||d&&(f.__html===d.__html||f.__html===e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(d&&(e.innerHTML=""),Mt(e,qe(_)?_:[_],t,n,r,w=="foreignObject"?"http://www.w3.org/1999/xhtml":s,a,i,a?a[0]:n.__k&&ee(n,0),l,m),a!=null)for(u=a.length;u--;)We(a[u]);l||(u="value",w=="progress"&&$==null?e.removeAttribute("value"):$!==void 0&&($!==e[u]||w=="progress"&&!$||w=="option"&&$!==b[u])&&he(e,u,$,b[u],s),u="checked",y!==void 0&&y!==e[u]&&he(e,u,y,b[u],s))}return e}function Xe(e,t,n){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(s){M.__e(s,n)}}function Ot(e,t,n){var r,s;if(M.unmount&&M.unmount(e),(r=e.ref)&&(r.current&&r.current!==e.__e||Xe(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(a){M.__e(a,t)}r.base=r.__P=null}if(r=e.__k)for(s=0;s<r.length;s++)r[s]&&Ot(r[s],t,n||typeof e.type!="function");n||We(e.__e),e.__c=e.__=e.__e=void 0}function Jn(e,t,n){return this.constructor(e,n)}function Ye(e,t,n){var r,s,a,i;t==document&&(t=document.documentElement),M.__&&M.__(e,t),s=(r=typeof n=="function")?null:n&&n.__k||t.__k,a=[],i=[],Ve(t,e=(!r&&n||t).__k=ge(ye,null,[e]),s||le,le,t.namespaceURI,!r&&n?[n]:s?null:t.firstChild?ve.call(t.childNodes):null,a,!r&&n?n:s?s.__e:t.firstChild,r,i),Dt(a,e,i)}ve=Et.slice,M={__e:function(e,t,n,r){for(var s,a,i;t=t.__;)if((s=t.__c)&&!s.__)try{if((a=s.constructor)&&a.getDerivedStateFromError!=null&&(s.setState(a.getDerivedStateFromError(e)),i=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,r||{}),i=s.__d),i)return s.__E=s}catch(l){e=l}throw e}},kt=0,Ge=function(e){return e!=null&&e.constructor==null},V.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=z({},this.state),typeof e=="function"&&(e=e(z({},n),this.props)),e&&z(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),yt(this))},V.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),yt(this))},V.prototype.render=ye,W=[],St=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Le=function(e,t){return e.__v.__b-t.__v.__b},be.__r=0,Ct=/(PointerCapture)$|Capture$/i,ze=0,He=xt(!1),je=xt(!0),Wn=0;var At=function(e,t,n,r){var s;t[0]=0;for(var a=1;a<t.length;a++){var i=t[a++],l=t[a]?(t[0]|=i?1:2,n[t[a++]]):t[++a];i===3?r[0]=l:i===4?r[1]=Object.assign(r[1]||{},l):i===5?(r[1]=r[1]||{})[t[++a]]=l:i===6?r[1][t[++a]]+=l+"":i?(s=e.apply(l,At(e,l,n,["",null])),r.push(s),l[0]?t[0]|=2:(t[a-2]=0,t[a]=s)):r.push(l)}return r},Ut=new Map;function Ft(e){var t=Ut.get(this);return t||(t=new Map,Ut.set(this,t)),(t=At(this,t.get(e)||(t.set(e,t=function(n){for(var r,s,a=1,i="",l="",m=[0],u=function(_){a===1&&(_||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?m.push(0,_,i):a===3&&(_||i)?(m.push(3,_,i),a=2):a===2&&i==="..."&&_?m.push(4,_,0):a===2&&i&&!_?m.push(5,0,!0,i):a>=5&&((i||!_&&a===5)&&(m.push(a,0,i,s),a=6),_&&(m.push(a,_,0,s),a=6)),i=""},f=0;f<n.length;f++){f&&(a===1&&u(),u(f));for(var d=0;d<n[f].length;d++)r=n[f][d],a===1?r==="<"?(u(),m=[m],a=3):i+=r:a===4?i==="--"&&r===">"?(a=1,i=""):i=r+i[0]:l?r===l?l="":i+=r:r==='"'||r==="'"?l=r:r===">"?(u(),a=1):a&&(r==="="?(a=5,s=i,i=""):r==="/"&&(a<5||n[f][d+1]===">")?(u(),a===3&&(m=m[0]),a=m,(m=m[0]).push(2,0,a),a=0):r===" "||r==="	"||r===`
`||r==="\r"?(u(),a=2):i+=r),a===3&&i==="!--"&&(a=4,m=m[0])}return u(),m}(e)),t),arguments,[])).length>1?t:t[0]}var c=Ft.bind(ge);var ue,U,Ze,It,xe=0,zt=[],A=M,Tt=A.__b,Bt=A.__r,Rt=A.diffed,Lt=A.__c,Ht=A.unmount,jt=A.__;function Ke(e,t){A.__h&&A.__h(U,e,xe||t),xe=0;var n=U.__H||(U.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function p(e){return xe=1,Kn(Wt,e)}function Kn(e,t,n){var r=Ke(ue++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Wt(void 0,t),function(l){var m=r.__N?r.__N[0]:r.__[0],u=r.t(m,l);m!==u&&(r.__N=[u,r.__[1]],r.__c.setState({}))}],r.__c=U,!U.u)){var s=function(l,m,u){if(!r.__c.__H)return!0;var f=r.__c.__H.__.filter(function(_){return!!_.__c});if(f.every(function(_){return!_.__N}))return!a||a.call(this,l,m,u);var d=r.__c.props!==l;return f.forEach(function(_){if(_.__N){var h=_.__[0];_.__=_.__N,_.__N=void 0,h!==_.__[0]&&(d=!0)}}),a&&a.call(this,l,m,u)||d};U.u=!0;var a=U.shouldComponentUpdate,i=U.componentWillUpdate;U.componentWillUpdate=function(l,m,u){if(this.__e){var f=a;a=void 0,s(l,m,u),a=f}i&&i.call(this,l,m,u)},U.shouldComponentUpdate=s}return r.__N||r.__}function N(e,t){var n=Ke(ue++,3);!A.__s&&qt(n.__H,t)&&(n.__=e,n.i=t,U.__H.__h.push(n))}function Qe(e){return xe=5,ke(function(){return{current:e}},[])}function ke(e,t){var n=Ke(ue++,7);return qt(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function Qn(){for(var e;e=zt.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(we),e.__H.__h.forEach(Je),e.__H.__h=[]}catch(t){e.__H.__h=[],A.__e(t,e.__v)}}A.__b=function(e){U=null,Tt&&Tt(e)},A.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),jt&&jt(e,t)},A.__r=function(e){Bt&&Bt(e),ue=0;var t=(U=e.__c).__H;t&&(Ze===U?(t.__h=[],U.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(we),t.__h.forEach(Je),t.__h=[],ue=0)),Ze=U},A.diffed=function(e){Rt&&Rt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(zt.push(t)!==1&&It===A.requestAnimationFrame||((It=A.requestAnimationFrame)||er)(Qn)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),Ze=U=null},A.__c=function(e,t){t.some(function(n){try{n.__h.forEach(we),n.__h=n.__h.filter(function(r){return!r.__||Je(r)})}catch(r){t.some(function(s){s.__h&&(s.__h=[])}),t=[],A.__e(r,n.__v)}}),Lt&&Lt(e,t)},A.unmount=function(e){Ht&&Ht(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(r){try{we(r)}catch(s){t=s}}),n.__H=void 0,t&&A.__e(t,n.__v))};var Gt=typeof requestAnimationFrame=="function";function er(e){var t,n=function(){clearTimeout(r),Gt&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,100);Gt&&(t=requestAnimationFrame(n))}function we(e){var t=U,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),U=t}function Je(e){var t=U;e.__c=e.__(),U=t}function qt(e,t){return!e||e.length!==t.length||t.some(function(n,r){return n!==e[r]})}function Wt(e,t){return typeof t=="function"?t(e):t}var tr=Symbol.for("preact-signals");function et(){if(X>1)X--;else{var e,t=!1;for(function(){var s=Ce;for(Ce=void 0;s!==void 0;){var a=s.S;if(a.v===s.v)for(var i=a.t;i!==void 0;i=i.x)i.i===s.i&&(i.i=a.i);s=s.o}}();ce!==void 0;){var n=ce;for(ce=void 0,Se++;n!==void 0;){var r=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&Yt(n))try{n.c()}catch(s){t||(e=s,t=!0)}n=r}}if(Se=0,X--,t)throw e}}var de,P=void 0;function me(e){var t=P,n=de;P=void 0,de=void 0;try{return e()}finally{P=t,de=n}}var ce=void 0,X=0,Se=0;var Vt=0,Ce=void 0,Ee=0;function Xt(e){if(P!==void 0){var t=e.n;if(t===void 0||t.t!==P)return t={i:0,S:e,p:P.s,n:void 0,t:P,e:void 0,x:void 0,r:t},P.s!==void 0&&(P.s.n=t),P.s=t,e.n=t,32&P.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=P.s,t.n=void 0,P.s.n=t,P.s=t),t}}function F(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}F.prototype.brand=tr;F.prototype.h=function(){return!0};F.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:me(function(){var r;(r=t.W)==null||r.call(t)}))};F.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,r=e.x;n!==void 0&&(n.x=r,e.e=void 0),r!==void 0&&(r.e=n,e.x=void 0),e===this.t&&(this.t=r,r===void 0&&me(function(){var s;(s=t.Z)==null||s.call(t)}))}};F.prototype.subscribe=function(e){var t=this;return Z(function(){var n=t.value;me(function(){return e(n)})},{name:"sub"})};F.prototype.valueOf=function(){return this.value};F.prototype.toString=function(){return this.value+""};F.prototype.toJSON=function(){return this.value};F.prototype.peek=function(){var e=this;return me(function(){return e.value})};Object.defineProperty(F.prototype,"value",{get:function(){var e=Xt(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Se>100)throw new Error("Cycle detected");(function(n){X!==0&&Se===0&&n.l!==Vt&&(n.l=Vt,Ce={S:n,v:n.v,i:n.i,o:Ce})})(this),this.v=e,this.i++,Ee++,X++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{et()}}}});function G(e,t){return new F(e,t)}function Yt(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function Zt(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function Jt(e){for(var t=e.s,n=void 0;t!==void 0;){var r=t.p;t.i===-1?(t.S.U(t),r!==void 0&&(r.n=t.n),t.n!==void 0&&(t.n.p=r)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=r}e.s=n}function Y(e,t){F.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Ee-1,this.f=4}Y.prototype=new F;Y.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Ee))return!0;if(this.g=Ee,this.f|=1,this.i>0&&!Yt(this))return this.f&=-2,!0;var e=P;try{Zt(this),P=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return P=e,Jt(this),this.f&=-2,!0};Y.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}F.prototype.S.call(this,e)};Y.prototype.U=function(e){if(this.t!==void 0&&(F.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};Y.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(Y.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=Xt(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function tt(e,t){return new Y(e,t)}function Kt(e){var t=e.j;if(e.j=void 0,typeof t=="function"){X++;var n=P;P=void 0;try{t()}catch(r){throw e.f&=-2,e.f|=8,nt(e),r}finally{P=n,et()}}}function nt(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,Kt(e)}function nr(e){if(P!==this)throw new Error("Out-of-order effect");Jt(this),P=e,this.f&=-2;try{8&this.f&&nt(this)}finally{et()}}function te(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,de&&de.push(this)}te.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};te.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,Kt(this),Zt(this),X++;var e=P;return P=this,nr.bind(this,e)};te.prototype.N=function(){2&this.f||(this.f|=2,this.u=ce,ce=this)};te.prototype.d=function(){this.f|=8,1&this.f||nt(this)};te.prototype.dispose=function(){this.d()};function Z(e,t){var n=new te(e,t);try{n.c()}catch(s){throw n.d(),s}var r=n.d.bind(n);return r[Symbol.dispose]=r,r}var ot,rt;function ne(e,t){M[e]=t.bind(null,M[e]||function(){})}function Ne(e){rt&&rt(),rt=e&&e.S()}function Qt(e){var t=this,n=e.data,r=or(n);r.value=n;var s=ke(function(){for(var a=t.__v;a=a.__;)if(a.__c){a.__c.__$f|=4;break}return t.__$u.c=function(){var i,l=t.__$u.S(),m=s.value;l(),Ge(m)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=m},tt(function(){var i=r.value.value;return i===0?0:i===!0?"":i||""})},[]);return s.value}Qt.displayName="_st";Object.defineProperties(F.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:Qt},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});ne("__b",function(e,t){if(typeof t.type=="string"){var n,r=t.props;for(var s in r)if(s!=="children"){var a=r[s];a instanceof F&&(n||(t.__np=n={}),n[s]=a,r[s]=a.peek())}}e(t)});ne("__r",function(e,t){Ne();var n,r=t.__c;r&&(r.__$f&=-2,(n=r.__$u)===void 0&&(r.__$u=n=function(s){var a;return Z(function(){a=this}),a.c=function(){r.__$f|=1,r.setState({})},a}())),ot=r,Ne(n),e(t)});ne("__e",function(e,t,n,r){Ne(),ot=void 0,e(t,n,r)});ne("diffed",function(e,t){Ne(),ot=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var r=t.__np,s=t.props;if(r){var a=n.U;if(a)for(var i in a){var l=a[i];l!==void 0&&!(i in r)&&(l.d(),a[i]=void 0)}else n.U=a={};for(var m in r){var u=a[m],f=r[m];u===void 0?(u=rr(n,m,f,s),a[m]=u):u.o(f,s)}}}e(t)});function rr(e,t,n,r){var s=t in e&&e.ownerSVGElement===void 0,a=G(n);return{o:function(i,l){a.value=i,r=l},d:Z(function(){var i=a.value.value;r[t]!==i&&(r[t]=i,s?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}ne("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var r=n.U;if(r){n.U=void 0;for(var s in r){var a=r[s];a&&a.d()}}}}else{var i=t.__c;if(i){var l=i.__$u;l&&(i.__$u=void 0,l.d())}}e(t)});ne("__h",function(e,t,n,r){(r<3||r===9)&&(t.__$f|=2),e(t,n,r)});V.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var r in t)return!0;for(var s in e)if(s!=="__source"&&e[s]!==this.props[s])return!0;for(var a in this.props)if(!(a in e))return!0;return!1};function or(e){return ke(function(){return G(e)},[])}var sr=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],ar=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function en(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,r=new Uint32Array(n*16);t.forEach((m,u)=>r[u>>2]|=m<<u%4*8),r[t.length>>2]|=128<<t.length%4*8,r[n*16-2]=t.length*8>>>0,r[n*16-1]=Math.floor(t.length/536870912);let[s,a,i,l]=[1732584193,4023233417,2562383102,271733878];for(let m=0;m<r.length;m+=16){let[u,f,d,_]=[s,a,i,l];for(let h=0;h<64;h++){let $=h>>4,y,b;$===0?[y,b]=[f&d|~f&_,h]:$===1?[y,b]=[_&f|~_&d,(5*h+1)%16]:$===2?[y,b]=[f^d^_,(3*h+5)%16]:[y,b]=[d^(f|~_),7*h%16];let g=sr[$*4+h%4],w=u+y+ar[h]+r[m+b]>>>0;[u,_,d]=[_,d,f],f=f+(w<<g|w>>>32-g)>>>0}[s,a,i,l]=[s+u>>>0,a+f>>>0,i+d>>>0,l+_>>>0]}return[s,a,i,l].map(m=>[0,8,16,24].map(u=>(m>>>u&255).toString(16).padStart(2,"0")).join("")).join("")}var st="edgepbx.session",S=G(ir());function ir(){try{return JSON.parse(sessionStorage.getItem(st))||null}catch{return null}}var lr=30*60*1e3,tn=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>tn=Date.now(),{passive:!0});setInterval(()=>S.value&&Date.now()-tn>lr&&Me(),60*1e3);var H=class extends Error{constructor(t,n){let r={},s=n&&n.data;if(t===400&&s&&typeof s=="object")for(let[a,i]of Object.entries(s)){let l=i&&typeof i=="object"?Object.values(i)[0]:null;r[a]=l&&l.message||String(i)}super(n&&(n.message||s&&s.message)||`HTTP ${t}`),this.status=t,this.fields=r,this.body=n}};async function T(e,t,n,r=S.value&&S.value.token){let s=S.value,a={Accept:"application/json"};r&&(a["X-Auth-Token"]=r),n!==void 0&&(a["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:a,body:n===void 0?void 0:JSON.stringify({data:n})}),l=await i.json().catch(()=>null);if(i.status===401&&s&&t!=="user_auth"&&Me(),!i.ok)throw new H(i.status,l);return l}async function nn(e){let t=await fetch("/v2/"+q(e),{headers:{"X-Auth-Token":S.value.token,Accept:"audio/*"}});if(!t.ok)throw new H(t.status,await t.json().catch(()=>null));return t.blob()}var q=e=>`accounts/${S.value.account}/${e}`,v=async e=>(await T("GET",q(e))).data,O=async(e,t)=>(await T("PUT",q(e),t)).data,L=async(e,t)=>(await T("POST",q(e),t)).data,re=async(e,t)=>(await T("PATCH",q(e),t)).data,D=async e=>(await T("DELETE",q(e))).data,rn=(e,t,n)=>T("PUT","user_auth",{credentials:en(`${t.toLowerCase()}:${n}`),account_name:e});async function on(e,t,n){let r=await rn(e,t,n),s={token:r.auth_token,account:r.data.account_id,owner:r.data.owner_id,accountName:e},a=(await T("GET",`accounts/${s.account}/users/${s.owner}`,void 0,s.token)).data;s.admin=a.priv_level==="admin",sessionStorage.setItem(st,JSON.stringify(s)),S.value=s}function Me(){sessionStorage.removeItem(st),S.value=null}async function sn(e,t){try{return await rn(S.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var o={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension and their phones?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",passwordShort:"At least 8 characters",failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"}};function E({id:e,label:t,value:n,onInput:r,error:s,type:a="text",required:i,autocomplete:l,inputmode:m}){let u=`${e}-error`;return c`<div class="field">
    <label for=${e}>${t}</label>
    <input
      id=${e}
      name=${e}
      type=${a}
      value=${n}
      required=${i}
      autocomplete=${l}
      inputmode=${m}
      aria-invalid=${s?"true":void 0}
      aria-describedby=${s?u:void 0}
      onInput=${f=>r(f.target.value)}
    />
    ${s&&c`<p class="error" id=${u} role="alert">${s}</p>`}
  </div>`}function x({message:e}){return e?c`<p class="banner" role="alert">${e}</p>`:null}function J({id:e,label:t,checked:n,onChange:r}){return c`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${s=>r(s.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function an(){let[e,t]=p({account:"",username:"",password:""}),[n,r]=p(!1),[s,a]=p(""),i=m=>u=>t({...e,[m]:u});async function l(m){m.preventDefault(),r(!0),a("");try{await on(e.account.trim(),e.username.trim(),e.password)}catch(u){a(u.status===401?o.badLogin:u.message),r(!1)}}return c`<main class="login">
    <form onSubmit=${l} aria-label=${o.login}>
      <h1>${o.app}</h1>
      <${x} message=${s} />
      <${E} id="account" label=${o.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${E} id="username" label=${o.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${E} id="password" label=${o.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?o.signingIn:o.login}</button>
    </form>
  </main>`}var ur=5e3;async function dr(){let e=await v("resources?paginate=false");return(await Promise.all(e.map(n=>v(`resources/${n.id}/status`).then(r=>[n,r])))).flatMap(([n,r])=>r.gateways.filter(s=>s.state==="failed").map(s=>o.trunkDown(n.name||n.id,s.server)))}var ln=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function cr(){let[e,t]=await Promise.all([v("devices?with_status=true&paginate=false"),v("channels")]);return{devices:e,calls:t.length}}async function mr(){let[e,t,n,r,s]=await Promise.all([v("users?paginate=false"),v("phone_numbers"),ln(T("GET","system_status").then(i=>i.data),null),ln(v("sip_bans"),[]),dr()]),a=Object.values(t.numbers||{});return{users:e.length,numbers:a.length,spare:a.filter(i=>!i.used_by).length,version:n&&n.software_version,alerts:[...r.map(i=>o.banned(i.ip,i.reason)),...s]}}function oe({id:e,label:t,value:n}){return c`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function un(){let[e,t]=p(null),[n,r]=p(null),[s,a]=p("");N(()=>{mr().then(t,u=>a(u.message));let l=()=>cr().then(r,u=>a(u.message));l();let m=setInterval(l,ur);return()=>clearInterval(m)},[]);let i=n?n.devices.filter(l=>l.registered).length:"\u2026";return c`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${o.dashboard}</h2>
    <${x} message=${s} />
    <div class="tiles">
      <${oe} id="users" label=${o.users} value=${e?e.users:"\u2026"} />
      <${oe} id="devices" label=${o.devices} value=${n?n.devices.length:"\u2026"} />
      <${oe} id="registered" label=${o.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${oe} id="calls" label=${o.callsNow} value=${n?n.calls:"\u2026"} />
      <${oe} id="numbers" label=${o.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&c`<${oe} id="version" label=${o.softwareVersion} value=${e.version} />`}
    </div>
    <h3>${o.alerts}</h3>
    ${e&&(e.alerts.length?c`<ul class="alerts">${e.alerts.map(l=>c`<li key=${l}>${l}</li>`)}</ul>`:c`<p class="ok">${o.noAlerts}</p>`)}
  </section>`}var B=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),it=e=>`${e.first_name} ${e.last_name}`.trim();function at(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,r=>t[r%t.length]).join("")}function lt(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:it(t),number:t.extension}},ui_metadata:B()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}function Pe(e,t,n){return{...e,type:"mainUserCallflow",owner_id:t.id,name:o.callflowOf(it(t)),numbers:[n],contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:{}},ui_metadata:B()}}function ut(e){return{device_type:"sip_device",name:o.phoneOf(it(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${at(10)}`,password:at(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:B()}}var fe=15;function dt(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||B()}}function ct(e,t,n){let r=Math.max(...n.members.map(s=>s.delay+s.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[at(25)],flow:{module:"ring_group",data:{name:n.name,strategy:"simultaneous",timeout:r,repeats:n.repeats,endpoints:n.members.map(s=>({id:s.id,endpoint_type:"user",delay:s.delay,timeout:s.timeout}))},children:{}},ui_metadata:e.ui_metadata||B()}}function mt(e,t,n,r){return{...e,name:r.name,type:"userGroup",group_id:t.id,numbers:[r.extension],flow:{module:"callflow",data:{id:n.id},children:{_:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}}}},ui_metadata:e.ui_metadata||B()}}function dn(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((r,s)=>({...r,delay:s*n,timeout:n}))}function fr(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:null}function pr(e,t){if(!(t instanceof H))throw t;let n={},r=[];for(let[s,a]of Object.entries(t.fields)){let i=fr(e,s);i?n[i]=a:r.push(`${s}: ${a}`)}throw t.fields=n,r.length&&(t.message=r.join("; ")),t}async function K(e,t,n){try{return await t()}catch(r){for(let s of n.reverse())await s().catch(()=>{});pr(e,r)}}async function cn(e){let t=[],n=await K("users",()=>O("users",lt({},e)),t);t.push(()=>D(`users/${n.id}`));let r=await K("callflows",()=>O("callflows",Pe({},n,e.extension)),t);return t.push(()=>D(`callflows/${r.id}`)),e.phone&&await K("devices",()=>O("devices",ut(n)),t),n}async function mn(e,t,n){let r=await v(`users/${e}`),s=await K("users",()=>L(`users/${e}`,lt(r,t)),[]);if(n){let a=await v(`callflows/${n}`);await K("callflows",()=>L(`callflows/${n}`,Pe(a,s,t.extension)),[])}else await K("callflows",()=>O("callflows",Pe({},s,t.extension)),[]);return t.phone&&await K("devices",()=>O("devices",ut(s)),[]),s}async function fn(e){let[t,n]=await Promise.all([v(`callflows?filter_owner_id=${e}&paginate=false`),v(`devices?filter_owner_id=${e}&paginate=false`)]);for(let r of[...t.map(s=>`callflows/${s.id}`),...n.map(s=>`devices/${s.id}`)])await D(r);await D(`users/${e}`)}var _r=5e3;function ft({ownerId:e}){let[t,n]=p([]),[r,s]=p("");return N(()=>{let a=!0;T("GET",`accounts/${S.value.account}`).then(m=>a&&s(m.data.realm||""));async function i(){let m=await v(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),u=await Promise.all(m.map(f=>v(`devices/${f.id}`)));a&&n(u.map((f,d)=>({...f,registered:m[d].registered})))}i().catch(()=>{});let l=setInterval(()=>i().catch(()=>{}),_r);return()=>{a=!1,clearInterval(l)}},[e]),t.map(a=>c`<div class="card" key=${a.id} aria-label=${o.sipCredentials}>
      <h3>${o.sipCredentials}: ${a.name}</h3>
      <dl>
        <dt>${o.sipUser}</dt><dd class="sip-user">${a.sip&&a.sip.username}</dd>
        <dt>${o.sipPassword}</dt><dd class="sip-password">${a.sip&&a.sip.password}</dd>
        <dt>${o.sipRealm}</dt><dd>${r}</dd>
        <dt>${o.status}</dt><dd class=${a.registered?"dot on":"dot"}>${a.registered?o.registered:o.notRegistered}</dd>
      </dl>
    </div>`)}function hr(e,t){let n={};for(let r of["first_name","last_name","username","extension"])e[r].trim()||(n[r]=o.required);return e.extension&&!/^\d{2,8}$/.test(e.extension)&&(n.extension=o.extDigits),t&&e.password.length<8&&(n.password=o.passwordShort),!t&&e.password&&e.password.length<8&&(n.password=o.passwordShort),n}function De({user:e,onDone:t}){let n=!e.id,[r,s]=p({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n}),[a,i]=p({}),[l,m]=p(""),[u,f]=p(!1),[d,_]=p(null),h=b=>g=>s({...r,[b]:g});async function $(b){b.preventDefault();let g=hr(r,n);if(i(g),m(""),!Object.keys(g).length){f(!0);try{let w=n?await cn(r):await mn(e.id,r,e.callflow&&e.callflow.id);n||r.phone?_(w):t()}catch(w){i(w.fields||{}),m(`${o.failed} ${w.message}`)}f(!1)}}if(d)return c`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${d.first_name} ${d.last_name}</h2>
      <${ft} ownerId=${d.id} />
      <button onClick=${()=>t({...d,extension:r.extension})}>${o.users}</button>
    </section>`;let y=e.devices&&e.devices.length>0;return c`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?o.addUser:o.editUser}</h2>
    <form onSubmit=${$} novalidate>
      <${x} message=${l} />
      <div class="grid">
        <${E} id="first_name" label=${o.firstName} value=${r.first_name} onInput=${h("first_name")} error=${a.first_name} required />
        <${E} id="last_name" label=${o.lastName} value=${r.last_name} onInput=${h("last_name")} error=${a.last_name} required />
        <${E} id="username" label=${o.username} value=${r.username} onInput=${h("username")} error=${a.username} required autocomplete="off" />
        <${E} id="email" label=${o.email} type="email" value=${r.email} onInput=${h("email")} error=${a.email} />
        <${E} id="new_password" label=${o.password} type="password" value=${r.password} onInput=${h("password")} error=${a.password} required=${n} autocomplete="new-password" />
        <${E} id="extension" label=${o.extension} value=${r.extension} onInput=${h("extension")} error=${a.extension} required inputmode="numeric" />
      </div>
      ${!y&&c`<div class="check">
        <input type="checkbox" id="phone" checked=${r.phone} onChange=${b=>s({...r,phone:b.target.checked})} />
        <label for="phone">${o.deskPhone}</label>
      </div>`}
      <div class="bar">
        <button type="submit" disabled=${u}>${u?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
    ${y&&c`<${ft} ownerId=${e.id} />`}
  </section>`}async function $r(){let[e,t,n]=await Promise.all([v("users?paginate=false"),v("callflows?filter_type=mainUserCallflow&paginate=false"),v("devices?with_status=true&paginate=false")]);return e.map(r=>{let s=t.find(a=>a.owner_id===r.id);return{...r,callflow:s,extension:s&&s.numbers?s.numbers[0]:"",devices:n.filter(a=>a.owner_id===r.id)}})}function pn(){let[e,t]=p(null),[n,r]=p(null),[s,a]=p(""),i=()=>$r().then(t,m=>a(m.message));N(i,[]);async function l(m){if(confirm(o.confirmDelete(`${m.first_name} ${m.last_name}`))){try{await fn(m.id)}catch(u){a(u.message)}i()}}return n?c`<${De}
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
              ${e.map(m=>c`<tr key=${m.id} data-user=${m.username}>
                  <td data-label=${o.name}>${m.first_name} ${m.last_name}</td>
                  <td data-label=${o.username}>${m.username}</td>
                  <td data-label=${o.extension} class="ext">${m.extension}</td>
                  <td data-label=${o.devices}>
                    ${m.devices.map(u=>c`<span class=${u.registered?"dot on":"dot"}>${u.name} · ${u.registered?o.registered:o.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>r(m)} aria-label=${`${o.edit} ${m.username}`}>${o.edit}</button>
                    ${m.id!==S.value.owner&&c`<button class="danger" onClick=${()=>l(m)} aria-label=${`${o.del} ${m.username}`}>${o.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${o.loading}</p>`}
  </section>`}function _n(){let[e,t]=p(null),[n,r]=p("");return N(()=>{Promise.all([v("devices?with_status=true&paginate=false"),v("users?paginate=false")]).then(([s,a])=>{let i=l=>a.find(m=>m.id===l);t(s.map(l=>({...l,owner:i(l.owner_id)})))},s=>r(s.message))},[]),c`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${o.devices}</h2>
    <${x} message=${n} />
    ${e?e.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${o.devices}>
            <thead><tr><th>${o.name}</th><th>${o.type}</th><th>${o.sipUser}</th><th>${o.owner}</th><th>${o.status}</th></tr></thead>
            <tbody>
              ${e.map(s=>c`<tr key=${s.id}>
                  <td data-label=${o.name}>${s.name}</td>
                  <td data-label=${o.type}>${s.device_type}</td>
                  <td data-label=${o.sipUser}>${s.username}</td>
                  <td data-label=${o.owner}>${s.owner?`${s.owner.first_name} ${s.owner.last_name}`:""}</td>
                  <td data-label=${o.status}><span class=${s.registered?"dot on":"dot"}>${s.registered?o.registered:o.notRegistered}</span></td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${o.loading}</p>`}
  </section>`}var br=86400,vr=62167219200;function gr({leg:e}){return c`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function yr({call:e,withLegs:t}){let[n,r]=p(null),[s,a]=p(!1);async function i(){a(!s),n||r(await v(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return c`<tr class="call" data-call=${e.call_id}>
      <td data-label=${o.when}>${t?c`<button class="plain" aria-expanded=${s} onClick=${i}>${e.datetime}</button>`:e.datetime}</td>
      <td data-label=${o.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${o.to}>${e.dialed_number}</td>
      <td data-label=${o.duration}>${e.duration_seconds}s</td>
      <td data-label=${o.result}>${e.hangup_cause}</td>
    </tr>
    ${s&&c`<tr class="legs"><td colspan="5">
      <h3>${o.legs}</h3>
      ${n?c`<ul>${n.map(l=>c`<${gr} key=${l.id} leg=${l} />`)}</ul>`:o.loading}
    </td></tr>`}`}function hn({path:e,title:t,withLegs:n}){let[r,s]=p(null),[a,i]=p("");return N(()=>{let l=Math.floor(Date.now()/1e3)+vr;v(`${e}?created_from=${l-7*br}&created_to=${l+60}&page_size=100`).then(s,m=>i(m.message))},[]),c`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${x} message=${a} />
    ${r?r.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${t}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.to}</th><th>${o.duration}</th><th>${o.result}</th></tr></thead>
            <tbody>${r.map(l=>c`<${yr} key=${l.id} call=${l} withLegs=${n} />`)}</tbody>
          </table>`:c`<p>${o.loading}</p>`}
  </section>`}var $n=()=>c`<${hn} path="cdrs/interaction" title=${o.callLogs} withLegs=${!0} />`,bn=()=>c`<${hn} path=${`users/${S.value.owner}/cdrs`} title=${o.myCalls} withLegs=${!1} />`;var wr=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],xr=["undefinedMainNumber","0"],Oe=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],pe=e=>({module:"callflow",data:{id:e},children:{}});async function gn(){let e=await v("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(i=>[i.name,i]));for(let i of wr){if(t[i])continue;let l=t[`${i}Menu`]||await kr(`${i}Menu`);t[i]=await O("callflows",{name:i,type:"main",numbers:[i],flow:pe(l.id),ui_metadata:B()})}let n=t.MainCallflow||await O("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:pe(t.MainOpenHours.id)}},ui_metadata:B()}),[r,s]=await Promise.all([v(`callflows/${n.id}`),v("temporal_rules?paginate=false")]),a=await Promise.all(s.filter(i=>i.name==="MainOpenHours"||i.name==="MainLunchHours").map(i=>v(`temporal_rules/${i.id}`)));return{main:r,parts:t,open:a.filter(i=>i.type==="main_weekdays"),lunch:a.filter(i=>i.type==="main_lunchbreak")}}async function kr(e){let t=await O("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:B()});return O("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:B()})}var yn=e=>(e.numbers||[]).filter(t=>!xr.includes(t));async function wn(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=B(),e.main=await L(`callflows/${n.id}`,n)}var vn=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},pt=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`;async function xn(e,t){let[n,...r]=e.open;for(let f of r)await D(`temporal_rules/${f.id}`);let s=[];if(t){let f={...n||{},name:"MainOpenHours",type:"main_weekdays",cycle:"weekly",interval:1,wdays:t.wdays,time_window_start:vn(t.start),time_window_stop:vn(t.stop),ui_metadata:B()};s=[n?await L(`temporal_rules/${n.id}`,f):await O("temporal_rules",f)]}else n&&await D(`temporal_rules/${n.id}`);let{parts:a,main:i}=e,l=new Set([...e.lunch,...e.open,...s].map(f=>f.id)),m=(i.flow&&i.flow.data&&i.flow.data.rules||[]).filter(f=>!l.has(f)),u={};for(let f of m)u[f]=i.flow.children[f];for(let f of e.lunch)u[f.id]=pe(a.MainLunchHours.id);for(let f of s)u[f.id]=pe(a.MainOpenHours.id);u._=pe(s.length?a.MainAfterHours.id:a.MainOpenHours.id),i.flow={module:"temporal_route",data:{rules:[...m,...[...e.lunch,...s].map(f=>f.id)]},children:u},i.ui_metadata=B(),e.main=await L(`callflows/${i.id}`,i),e.open=s}function Sr({strategy:e,onSaved:t}){let[n,r]=p(""),[s,a]=p(""),i=yn(e.main);async function l(u){a("");try{await wn(e,u),r(""),t()}catch(f){a(Object.values(f.fields||{})[0]||f.message)}}function m(u){u.preventDefault();let f=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(f))return a(o.badNumber);l([...i,f])}return c`<form onSubmit=${m} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${o.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(u=>c`<li key=${u}>
          <span class="main-number">${u}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${u}`} onClick=${()=>l(i.filter(f=>f!==u))}>${o.remove}</button>
        </li>`)}
    </ul>
    <${E} id="main_number" label=${o.number} value=${n} onInput=${r} error=${s} inputmode="tel" />
    <button type="submit">${o.addNumber}</button>
  </form>`}function Cr({strategy:e,onSaved:t}){let n=e.open[0],[r,s]=p(!!n),[a,i]=p(n?n.wdays||[]:Oe.slice(0,5)),[l,m]=p(n?pt(n.time_window_start||0):"09:00"),[u,f]=p(n?pt(n.time_window_stop||0):"17:00"),[d,_]=p(""),[h,$]=p(!1),y=g=>i(a.includes(g)?a.filter(w=>w!==g):Oe.filter(w=>w===g||a.includes(w)));async function b(g){if(g.preventDefault(),$(!1),r&&!a.length)return _(o.pickDay);if(r&&!(l<u))return _(o.badHours);_("");try{await xn(e,r?{wdays:a,start:l,stop:u}:null),$(!0),t()}catch(w){_(Object.entries(w.fields||{}).map(([C,k])=>`${C}: ${k}`).join("; ")||w.message)}}return c`<form onSubmit=${b} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${o.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!r} onChange=${()=>s(!1)} /><label for="h24">${o.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${r} onChange=${()=>s(!0)} /><label for="hcustom">${o.openCustom}</label></div>
    ${r&&c`<fieldset>
      <legend class="sr">${o.openCustom}</legend>
      <div class="days">
        ${Oe.map(g=>c`<span class="check"><input type="checkbox" id=${"day-"+g} checked=${a.includes(g)} onChange=${()=>y(g)} /><label for=${"day-"+g}>${o.wday[g]}</label></span>`)}
      </div>
      <div class="grid">
        <${E} id="opens" label=${o.opens} type="time" value=${l} onInput=${m} />
        <${E} id="closes" label=${o.closes} type="time" value=${u} onInput=${f} />
      </div>
    </fieldset>`}
    ${d&&c`<p class="error" role="alert">${d}</p>`}
    ${h&&c`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}function Ue(){let[e,t]=p(null),[n,r]=p(""),[,s]=p(0);N(()=>{gn().then(t,i=>r(i.message))},[]);let a=()=>s(i=>i+1);return c`<section aria-labelledby="main-h">
    <h2 id="main-h">${o.mainNumber}</h2>
    <${x} message=${n} />
    ${e?c`<div class="stack">
          <${Sr} strategy=${e} onSaved=${a} />
          <${Cr} strategy=${e} onSaved=${a} />
        </div>`:!n&&c`<p>${o.loading}</p>`}
  </section>`}function Er(e,t){return e.length<12?o.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(r=>r.test(e)).length<3?o.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?o.pwUsername:""}function se({username:e,onDone:t}){let[n,r]=p({old:"",next:"",again:""}),[s,a]=p({}),[i,l]=p(""),[m,u]=p(!1),[f,d]=p(!1),_=$=>y=>r({...n,[$]:y});async function h($){$.preventDefault(),d(!1);let y={};n.old||(y.old=o.required);let b=Er(n.next,e);if(b?y.next=b:n.next===n.old&&(y.next=o.pwSame),n.again!==n.next&&(y.again=o.pwMismatch),a(y),!Object.keys(y).length){u(!0),l("");try{if(!await sn(e,n.old)){a({old:o.pwOldWrong});return}await re(`users/${S.value.owner}`,{password:n.next,require_password_update:!1}),r({old:"",next:"",again:""}),d(!0),t&&t()}catch(g){a(g.fields||{}),l(g.message)}finally{u(!1)}}}return c`<form onSubmit=${h} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${o.changePassword}</h3>
    <p class="hint">${o.pwRules}</p>
    <${x} message=${i} />
    <${E} id="pw_old" label=${o.pwOld} type="password" value=${n.old} onInput=${_("old")} error=${s.old} autocomplete="current-password" />
    <${E} id="pw_new" label=${o.pwNew} type="password" value=${n.next} onInput=${_("next")} error=${s.next||s.password} autocomplete="new-password" />
    <${E} id="pw_again" label=${o.pwAgain} type="password" value=${n.again} onInput=${_("again")} error=${s.again} autocomplete="new-password" />
    ${f&&c`<p class="ok" role="status">${o.pwChanged}</p>`}
    <button type="submit" disabled=${m}>${m?o.saving:o.changePassword}</button>
  </form>`}var _t=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function Ae({onDone:e}){let t=`accounts/${S.value.account}`,[n,r]=p(null),[s,a]=p({}),[i,l]=p(""),[m,u]=p(!1);N(()=>{T("GET",t).then(({data:_})=>r({name:_.name||"",timezone:_.timezone||"UTC"}),_=>l(_.message))},[]);async function f(_){if(_.preventDefault(),u(!1),!n.name.trim())return a({name:o.required});a({}),l("");try{await T("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),S.value={...S.value,accountName:n.name.trim()},u(!0),e&&e()}catch(h){a(h.fields||{}),l(h.message)}}if(!n)return c`<${x} message=${i} />${!i&&c`<p>${o.loading}</p>`}`;let d=_t.includes(n.timezone)?_t:[n.timezone,..._t];return c`<form onSubmit=${f} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${o.office}</h3>
    <${x} message=${i} />
    <${E} id="office_name" label=${o.officeName} value=${n.name} onInput=${_=>r({...n,name:_})} error=${s.name} />
    <div class="field">
      <label for="timezone">${o.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${_=>r({...n,timezone:_.target.value})}>
        ${d.map(_=>c`<option key=${_} value=${_}>${_}</option>`)}
      </select>
      ${s.timezone&&c`<p class="error" role="alert">${s.timezone}</p>`}
    </div>
    ${m&&c`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}var Q=G(null);async function kn(){let e=await v(`users/${S.value.owner}`);e.require_password_update&&(Q.value={forced:!0,username:e.username})}async function Sn(){let e=await v(`users/${S.value.owner}`);Q.value={forced:!1,username:e.username}}function Nr(){let[e,t]=p(!1),[n,r]=p([]);return e?c`<${De}
      user=${{}}
      onDone=${s=>{t(!1),s&&r([...n,s])}}
    />`:c`<div>
    <h3>${o.firstUsers}</h3>
    <ul class="added">${n.map(s=>c`<li key=${s.username}>${s.first_name} ${s.last_name} · ${s.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${o.addUser}</button>
  </div>`}function Cn(){let{forced:e,username:t}=Q.value,[n,r]=p(!e),s=[[o.stepPassword,()=>c`<${se} username=${t} onDone=${()=>r(!0)} />`],[o.stepOffice,()=>c`<${Ae} />`],[o.stepUsers,()=>c`<${Nr} />`],[o.stepMainNumber,()=>c`<${Ue} />`],[o.stepDone,()=>c`<p>${o.wizardDone}</p>`]],[a,i]=p(0),l=a===s.length-1,[m,u]=s[a],f=a===0&&!n;return c`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${o.wizard}</h2>
    <p class="hint">${o.stepOf(a+1,s.length)}: <strong>${m}</strong></p>
    ${f&&c`<p class="banner" role="alert">${o.pwForced}</p>`}
    <div key=${a}>${u()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${a===0} onClick=${()=>i(a-1)}>${o.back}</button>
      ${l?c`<button type="button" onClick=${()=>Q.value=null}>${o.finish}</button>`:c`<button type="button" disabled=${f} onClick=${()=>i(a+1)}>${o.next}</button>`}
    </div>
  </section>`}async function Mr(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":S.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new H(t.status,n);return n.data}function En(){let[e,t]=p(null),[n,r]=p(!1),[s,a]=p(""),[i,l]=p("");async function m(u){if(u.preventDefault(),a(""),l(""),!e)return a(o.pickBundle);r(!0);try{let f=await Mr(e);l(o.updateInstalled(f&&f.installed))}catch(f){let d=f.body&&f.body.data&&(f.body.data.message||f.body.data.detail);a(`${o.failed} ${f.message}${typeof d=="string"&&d!==f.message?`: ${d}`:""}`)}r(!1)}return c`<form onSubmit=${m} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${o.softwareUpdate}</h3>
    <p class="hint">${o.updateHint}</p>
    <${x} message=${s} />
    <div class="field">
      <label for="bundle">${o.bundle}</label>
      <input id="bundle" type="file" onChange=${u=>t(u.target.files[0]||null)} />
    </div>
    ${i&&c`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?o.uploading:o.install}</button>
  </form>`}function Nn(){let[e,t]=p(null),[n,r]=p(""),s=()=>v("sip_bans").then(t,i=>i.status===403?t(null):r(i.message));N(s,[]);let a=i=>D(`sip_bans/${encodeURIComponent(i)}`).then(s,l=>r(l.message));return e?c`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${o.sipBans}</h3>
    <${x} message=${n} />
    ${e.length===0?c`<p>${o.noBans}</p>`:c`<ul class="numbers">
          ${e.map(i=>c`<li key=${i.ip} data-ban=${i.ip}>
              <span>${o.banned(i.ip,i.reason)} · ${o.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>a(i.ip)} aria-label=${o.liftBan(i.ip)}>${o.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:c`<${x} message=${n} />`}function Mn(){let[e,t]=p(null),[n,r]=p("");return N(()=>{v(`users/${S.value.owner}`).then(t,s=>r(s.message))},[]),c`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${o.settings}</h2>
    <${x} message=${n} />
    <div class="stack">
      ${e&&c`<${se} username=${e.username} />`}
      <${Ae} />
      <${Nn} />
      <${En} />
      <div><button type="button" onClick=${()=>Sn().catch(s=>r(s.message))}>${o.runWizard}</button></div>
    </div>
  </section>`}var Pn=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),Pr=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function Dr(e,t){let n=await fetch("/v2/"+q(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":S.value.token,"Content-Type":Pr(t),Accept:"application/json"},body:t});if(!n.ok)throw new H(n.status,await n.json().catch(()=>null))}async function Dn(e,t){let n=await O("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await Dr(n.id,t)}catch(r){throw await D(`media/${n.id}`).catch(()=>{}),r}return n.id}var ht=e=>D(`media/${e}`).catch(()=>{});var $t=["skip_greeting","skip_instructions","delete_after_notify","announcement_only"],Or=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,On=e=>e.split(/[\s,;]+/).filter(Boolean);function Ur(e){let t={};e.name.trim()||(t.name=o.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=o.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=o.pinDigits);let n=On(e.notify).find(r=>!Or.test(r));return n&&(t.notify_email_addresses=o.badEmail(n)),t}function Un({box:e,users:t,onDone:n}){let r=!e.id,[s,a]=p({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries($t.map(b=>[b,!!e[b]]))}),[i,l]=p({}),[m,u]=p(""),[f,d]=p(!1),[_,h]=p(null),$=b=>g=>a({...s,[b]:g});async function y(b){b.preventDefault();let g=Ur(s);if(_&&!Pn(_)&&(g.greeting=o.greetingType),l(g),u(""),Object.keys(g).length)return;let w={name:s.name.trim(),mailbox:s.mailbox,notify_email_addresses:On(s.notify),...Object.fromEntries($t.map(k=>[k,s[k]]))};w.owner_id=s.owner_id||(r?void 0:null),w.pin=s.pin||(r?void 0:null),d(!0);let C=null;try{_&&(C=await Dn(w.name,_).catch(k=>{throw Object.assign(k,{fields:{greeting:k.fields&&k.fields.media||k.message}})}),w.media={...e.media||{},unavailable:C}),r?await O("vmboxes",w):await re(`vmboxes/${e.id}`,w),C&&e.media&&e.media.unavailable&&await ht(e.media.unavailable),n()}catch(k){C&&await ht(C),l(k.fields||{}),u(`${o.failed} ${k.message}`),d(!1)}}return c`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${r?o.addVmbox:o.editVmbox}</h2>
    <form onSubmit=${y} novalidate>
      <${x} message=${m} />
      <div class="grid">
        <${E} id="vm_name" label=${o.name} value=${s.name} onInput=${$("name")} error=${i.name} required />
        <${E} id="vm_mailbox" label=${o.mailbox} value=${s.mailbox} onInput=${$("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${o.owner}</label>
          <select id="vm_owner" value=${s.owner_id} onChange=${b=>$("owner_id")(b.target.value)}>
            <option value="">${o.noOwner}</option>
            ${t.map(b=>c`<option key=${b.id} value=${b.id}>${b.first_name} ${b.last_name}</option>`)}
          </select>
          ${i.owner_id&&c`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${E} id="vm_pin" label=${o.pin} type="password" value=${s.pin} onInput=${$("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${o.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${b=>h(b.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?o.greetingSet:o.greetingNone}</p>
        ${i.greeting&&c`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${E} id="vm_notify" label=${o.recipients} value=${s.notify} onInput=${$("notify")} error=${i.notify_email_addresses} />
      ${$t.map(b=>c`<div class="check" key=${b}>
          <input type="checkbox" id=${"vm_"+b} checked=${s[b]} onChange=${g=>$(b)(g.target.checked)} />
          <label for=${"vm_"+b}>${o.vmFlags[b]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${n}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var Ar=62167219200,Fr=e=>new Date((e-Ar)*1e3).toISOString().slice(0,16).replace("T"," ");function Fe({box:e,onDone:t}){let n=`vmboxes/${e.id}/messages`,[r,s]=p(null),[a,i]=p({}),l=Qe([]),[m,u]=p(""),f=()=>v(`${n}?paginate=false`).then($=>s($.filter(y=>y.folder!=="deleted")),$=>u($.message));N(()=>(f(),()=>l.current.forEach($=>URL.revokeObjectURL($))),[]);let d=$=>$.then(f,y=>u(y.message));async function _($){if(a[$.media_id])return a[$.media_id];let y=URL.createObjectURL(await nn(`${n}/${$.media_id}/raw`));return l.current.push(y),i(b=>({...b,[$.media_id]:y})),y}async function h($){try{let y=document.createElement("a");y.href=await _($),y.download=`${e.mailbox}-${$.media_id}.wav`,y.click()}catch(y){u(y.message)}}return c`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${o.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${t}>${o.vmboxes}</button>
    </div>
    <${x} message=${m} />
    ${r?r.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${o.messages}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.duration}</th><th>${o.folder}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${r.map($=>c`<tr key=${$.media_id} data-message=${$.media_id} class="message">
                  <td data-label=${o.when}>${$.timestamp?Fr($.timestamp):""}</td>
                  <td data-label=${o.from}>${$.caller_id_name||""} ${$.caller_id_number||""}</td>
                  <td data-label=${o.duration}>${$.length?`${Math.round($.length/1e3)} s`:""}</td>
                  <td data-label=${o.folder} class="folder">${o.folders[$.folder]||$.folder}</td>
                  <td class="actions">
                    ${a[$.media_id]?c`<audio controls autoplay src=${a[$.media_id]}></audio>`:c`<button onClick=${()=>_($).catch(y=>u(y.message))}>${o.play}</button>`}
                    <button class="plain" onClick=${()=>h($)}>${o.download}</button>
                    ${$.folder==="new"&&c`<button class="plain" onClick=${()=>d(L(`${n}/${$.media_id}`,{folder:"saved"}))}>${o.markHeard}</button>`}
                    <button class="danger" onClick=${()=>confirm(o.confirmDeleteMessage)&&d(D(`${n}/${$.media_id}`))}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${o.loading}</p>`}
  </section>`}function An(){let[e,t]=p(null),[n,r]=p(null),[s,a]=p(null),[i,l]=p(""),m=()=>Promise.all([v("vmboxes?paginate=false"),v("users?paginate=false")]).then(([h,$])=>t({boxes:h,users:$}),h=>l(h.message));N(m,[]);let u=()=>{r(null),a(null),m()};async function f(h){confirm(o.confirmDeleteVmbox(h.name))&&(await D(`vmboxes/${h.id}`).catch($=>l($.message)),m())}async function d(h){try{r(await v(`vmboxes/${h.id}`))}catch($){l($.message)}}if(n)return c`<${Un} box=${n} users=${e.users} onDone=${u} />`;if(s)return c`<${Fe} box=${s} onDone=${u} />`;let _=h=>{let $=e.users.find(y=>y.id===h);return $?`${$.first_name} ${$.last_name}`:""};return c`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${o.vmboxes}</h2>
      <button onClick=${()=>r({})}>${o.addVmbox}</button>
    </div>
    <${x} message=${i} />
    ${e?e.boxes.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${o.vmboxes}>
            <thead><tr><th>${o.name}</th><th>${o.mailbox}</th><th>${o.owner}</th><th>${o.newMessages}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map(h=>c`<tr key=${h.id} data-vmbox=${h.mailbox}>
                  <td data-label=${o.name}>${h.name}</td>
                  <td data-label=${o.mailbox}>${h.mailbox}</td>
                  <td data-label=${o.owner}>${_(h.owner_id)}</td>
                  <td data-label=${o.newMessages} class="count">${h.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>a(h)} aria-label=${o.messagesOf(h.name)}>${o.messages}</button>
                    <button class="plain" onClick=${()=>d(h)} aria-label=${`${o.edit} ${h.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>f(h)} aria-label=${`${o.del} ${h.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${o.loading}</p>`}
  </section>`}function Ie(e,t){if(!(t instanceof H))throw t;let n={};for(let[r,s]of Object.entries(t.fields))n[e==="userGroup"&&r.startsWith("numbers")?"extension":r.split(".")[0]]=s;throw t.fields=n,t}async function Fn(){let[e,t]=await Promise.all([v("groups?paginate=false"),v("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let r=t.filter(s=>s.group_id===n.id);return{...n,userCf:r.find(s=>s.type==="userGroup"),baseCf:r.find(s=>s.type==="baseGroup")}})}async function In(e){let t=[];try{let n=await O("groups",dt({},e));t.push(()=>D(`groups/${n.id}`));let r=await O("callflows",ct({},n,e));t.push(()=>D(`callflows/${r.id}`)),await O("callflows",mt({},n,r,e)).catch(s=>Ie("userGroup",s))}catch(n){for(let r of t.reverse())await r().catch(()=>{});Ie("groups",n)}}async function Tn(e,t){try{let n=await L(`groups/${e.id}`,dt(await v(`groups/${e.id}`),t)),r=await L(`callflows/${e.baseCf.id}`,ct(await v(`callflows/${e.baseCf.id}`),n,t)),s=e.userCf?await v(`callflows/${e.userCf.id}`):{},a=mt(s,n,r,t);await(e.userCf?L(`callflows/${e.userCf.id}`,a):O("callflows",a)).catch(i=>Ie("userGroup",i))}catch(n){Ie("groups",n)}}async function Bn(e){for(let t of[e.userCf,e.baseCf])t&&await D(`callflows/${t.id}`);await D(`groups/${e.id}`)}var ae=e=>/^\d+$/.test(String(e))?Number(e):NaN;function Ir(e){let t={};return e.name.trim()||(t.name=o.required),/^\d{2,8}$/.test(e.extension)||(t.extension=o.extDigits),ae(e.repeats)>=1&&ae(e.repeats)<=10||(t.repeats=o.repeatsRange),e.members.length||(t.members=o.pickMember),e.members.length>fe&&(t.members=o.tooManyMembers(fe)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=o.badTimeline),t}function Rn({group:e,users:t,onDone:n}){let[r,s]=p(e.form),[a,i]=p("20"),[l,m]=p({}),[u,f]=p(""),[d,_]=p(!1),h=C=>k=>s({...r,[C]:k}),$=C=>r.members.find(k=>k.id===C),y=C=>s({...r,members:$(C.id)?r.members.filter(k=>k.id!==C.id):[...r.members,{id:C.id,delay:0,timeout:20}]}),b=(C,k,I)=>s({...r,members:r.members.map(R=>R.id===C?{...R,[k]:ae(I)}:R)});async function g(C){C.preventDefault();let k=Ir(r);if(m(k),f(""),!Object.keys(k).length){_(!0);try{let I={...r,name:r.name.trim(),repeats:ae(r.repeats)};await(e.id?Tn(e,I):In(I)),n()}catch(I){m(I.fields||{}),f(`${o.failed} ${I.message}`),_(!1)}}}let w=r.members.length>=fe;return c`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?o.editGroup:o.addGroup}</h2>
    <form onSubmit=${g} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${E} id="group_name" label=${o.name} value=${r.name} onInput=${h("name")} error=${l.name} required />
        <${E} id="group_extension" label=${o.extension} value=${r.extension} onInput=${h("extension")} error=${l.extension} required inputmode="numeric" />
        <${E} id="group_repeats" label=${o.repeats} value=${String(r.repeats)} onInput=${h("repeats")} error=${l.repeats} inputmode="numeric" />
      </div>
      <fieldset>
        <legend>${o.members(r.members.length,fe)}</legend>
        ${l.members&&c`<p class="error" id="members-error" role="alert">${l.members}</p>`}
        <table class="list timeline" aria-label=${o.timeline}>
          <thead><tr><th>${o.member}</th><th>${o.startAfter}</th><th>${o.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(C=>{let k=$(C.id),I=`${C.first_name} ${C.last_name}`;return c`<tr key=${C.id} data-member=${C.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+C.id} checked=${!!k} disabled=${!k&&w} onChange=${()=>y(C)} /><label for=${"m-"+C.id}>${I}</label></span></td>
                <td data-label=${o.startAfter}>${k&&c`<input class="delay" aria-label=${`${o.startAfter} ${I}`} inputmode="numeric" value=${Number.isNaN(k.delay)?"":k.delay} onInput=${R=>b(C.id,"delay",R.target.value)} />`}</td>
                <td data-label=${o.ringFor}>${k&&c`<input class="timeout" aria-label=${`${o.ringFor} ${I}`} inputmode="numeric" value=${Number.isNaN(k.timeout)?"":k.timeout} onInput=${R=>b(C.id,"timeout",R.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${E} id="group_total" label=${o.totalRing} value=${a} onInput=${i} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!r.members.length||!(ae(a)>=1)} onClick=${()=>s({...r,members:dn(r.members,ae(a))})}>${o.distribute}</button>
        </div>
      </fieldset>
      <div class="bar">
        <button type="submit" disabled=${d}>${d?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${n}>${o.cancel}</button>
      </div>
    </form>
  </section>`}async function Tr(e){let t=e.baseCf?await v(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},r=(n.endpoints||[]).map(s=>({id:s.id,delay:Number(s.delay)||0,timeout:Number(s.timeout)||20}));return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,members:r}}function Ln(){let[e,t]=p(null),[n,r]=p(null),[s,a]=p(""),i=()=>Promise.all([Fn(),v("users?paginate=false")]).then(([u,f])=>t({groups:u,users:f}),u=>a(u.message));N(i,[]);async function l(u){try{r({...u,form:await Tr(u)})}catch(f){a(f.message)}}async function m(u){confirm(o.confirmDeleteGroup(u.name))&&(await Bn(u).catch(f=>a(f.message)),i())}return n?c`<${Rn}
      group=${n}
      users=${e.users}
      onDone=${()=>{r(null),i()}}
    />`:c`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${o.groups}</h2>
      <button disabled=${!e} onClick=${()=>r({form:{name:"",extension:"",repeats:1,members:[]}})}>${o.addGroup}</button>
    </div>
    <${x} message=${s} />
    ${e?e.groups.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${o.groups}>
            <thead><tr><th>${o.name}</th><th>${o.extension}</th><th>${o.memberCount}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.groups.map(u=>c`<tr key=${u.id} data-group=${u.name}>
                  <td data-label=${o.name}>${u.name}</td>
                  <td data-label=${o.extension} class="ext">${u.userCf&&u.userCf.numbers?u.userCf.numbers[0]:""}</td>
                  <td data-label=${o.memberCount}>${typeof u.endpoints=="number"?u.endpoints:Object.keys(u.endpoints||{}).length}</td>
                  <td class="actions">
                    <button onClick=${()=>l(u)} aria-label=${`${o.edit} ${u.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>m(u)} aria-label=${`${o.del} ${u.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${o.loading}</p>`}
  </section>`}async function Br(){let[e,t]=await Promise.all([v("phone_numbers"),v("callflows?paginate=false")]);return Object.entries(e.numbers||{}).map(([n,r])=>{let s=r.used_by_id&&t.find(a=>a.id===r.used_by_id);return{number:n,usedBy:s?s.name||s.id:r.used_by_id||""}}).sort((n,r)=>n.number.localeCompare(r.number))}function Hn(){let[e,t]=p(null),[n,r]=p(""),[s,a]=p(""),[i,l]=p(""),m=()=>Br().then(t,d=>l(d.message));N(m,[]);async function u(d){d.preventDefault();let _=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(_))return a(o.badPhoneNumber);a("");try{await O(`phone_numbers/${encodeURIComponent(_)}`,{}),r(""),m()}catch(h){a(h.fields.number||h.message)}}async function f(d){confirm(o.confirmDeleteNumber(d))&&(await D(`phone_numbers/${encodeURIComponent(d)}`).catch(_=>l(_.message)),m())}return c`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${o.numbers}</h2>
    <${x} message=${i} />
    ${e?e.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${o.numbers}>
            <thead><tr><th>${o.number}</th><th>${o.usedBy}</th><th><span class="sr">${o.del}</span></th></tr></thead>
            <tbody>
              ${e.map(d=>c`<tr key=${d.number} data-number=${d.number}>
                  <td data-label=${o.number} class="main-number">${d.number}</td>
                  <td data-label=${o.usedBy} class="used-by">${d.usedBy||o.spare}</td>
                  <td class="actions">${!d.usedBy&&c`<button class="danger" onClick=${()=>f(d.number)} aria-label=${`${o.remove} ${d.number}`}>${o.remove}</button>`}</td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${o.loading}</p>`}
    <form onSubmit=${u} novalidate>
      <${E} id="new_number" label=${o.number} value=${n} onInput=${r} error=${s} inputmode="tel" />
      <button type="submit">${o.addPhoneNumber}</button>
    </form>
  </section>`}var Rr=/^\+?\d{2,15}$/;function Lr(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function jn({user:e,onSaved:t}){let[n,r]=p(Lr(e)),[s,a]=p({}),[i,l]=p(""),[m,u]=p(!1),[f,d]=p(!1),_=$=>y=>{u(!1),r({...n,[$]:y})};async function h($){$.preventDefault();let y=n.forward&&!Rr.test(n.number.trim())?{"call_forward.number":o.forwardNumber}:{};if(a(y),l(""),!Object.keys(y).length){d(!0);try{let b=await re(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});u(!0),t&&t(b)}catch(b){a(b.fields||{}),l(`${o.failed} ${b.message}`)}d(!1)}}return c`<form onSubmit=${h} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${o.callHandling}</h3>
    <${x} message=${i} />
    <${J} id="dnd" label=${o.dnd} checked=${n.dnd} onChange=${_("dnd")} />
    <${J} id="forward" label=${o.forward} checked=${n.forward} onChange=${_("forward")} />
    ${n.forward&&c`<fieldset>
      <${E} id="forward_number" label=${o.forwardTo} value=${n.number} onInput=${_("number")} error=${s["call_forward.number"]} inputmode="tel" />
      <${J} id="ring_devices" label=${o.ringDevicesToo} checked=${n.ring_devices} onChange=${_("ring_devices")} />
      <${J} id="direct_calls_only" label=${o.directCallsOnly} checked=${n.direct_calls_only} onChange=${_("direct_calls_only")} />
      <${J} id="keep_caller_id" label=${o.keepCallerId} checked=${n.keep_caller_id} onChange=${_("keep_caller_id")} />
      <${J} id="require_keypress" label=${o.requireKeypress} checked=${n.require_keypress} onChange=${_("require_keypress")} />
    </fieldset>`}
    ${m&&c`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
  </form>`}var Hr=5e3;function jr({userId:e}){let[t,n]=p(null),[r,s]=p("");return N(()=>{let a=()=>v(`users/${e}/devices`).then(n,l=>s(l.message));a();let i=setInterval(a,Hr);return()=>clearInterval(i)},[]),c`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${o.myDevices}</h3>
    <${x} message=${r} />
    ${t?t.length===0?o.none:c`<ul class="my-devices">
            ${t.map(a=>c`<li key=${a.id} data-device=${a.name}>
                <span class=${a.registered?"dot on":"dot"}>${a.name} · ${a.registered?o.registered:o.notRegistered}</span>
              </li>`)}
          </ul>`:o.loading}
  </div>`}function Gn(){let[e,t]=p(null),[n,r]=p("");return N(()=>{v(`users/${S.value.owner}`).then(t,s=>r(s.message))},[]),c`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:o.myPhone}</h2>
    <${x} message=${n} />
    ${e&&c`<div class="stack">
      <${jr} userId=${e.id} />
      <${jn} user=${e} onSaved=${t} />
      <${se} username=${e.username} />
    </div>`}
  </section>`}function zn(){let[e,t]=p(null),[n,r]=p(null),[s,a]=p(""),i=()=>v("vmboxes?paginate=false").then(t,l=>a(l.message));return N(i,[]),n?c`<${Fe}
      box=${n}
      onDone=${()=>{r(null),i()}}
    />`:c`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${o.vmboxes}</h2>
    <${x} message=${s} />
    ${e?e.length===0?c`<p>${o.noBox}</p>`:c`<ul class="numbers">
            ${e.map(l=>c`<li key=${l.id} data-vmbox=${l.mailbox}>
                <span>${l.name} (${l.mailbox}) · ${o.messageCount(l.messages||0)}</span>
                <button onClick=${()=>r(l)} aria-label=${o.messagesOf(l.name)}>${o.messages}</button>
              </li>`)}
          </ul>`:c`<p>${o.loading}</p>`}
  </section>`}var Gr={dashboard:[o.dashboard,un],users:[o.users,pn],devices:[o.devices,_n],groups:[o.groups,Ln],calls:[o.callLogs,$n],main:[o.mainNumber,Ue],voicemail:[o.vmboxes,An],numbers:[o.numbers,Hn],settings:[o.settings,Mn]},zr={me:[o.myPhone,Gn],myvoicemail:[o.vmboxes,zn],mycalls:[o.myCalls,bn]},Te=()=>S.value&&S.value.admin===!1?zr:Gr,bt=G(location.hash.slice(1));addEventListener("hashchange",()=>bt.value=location.hash.slice(1));var qr=()=>bt.value in Te()?bt.value:Object.keys(Te())[0],qn=null;Z(()=>{let e=S.value;e||(Q.value=null),e&&e.admin!==!1&&qn!==e.token&&(qn=e.token,kn().catch(()=>{}))});function Wr(){if(!S.value)return c`<${an} />`;let e=qr(),[,t]=Te()[e];return c`<header>
      <strong>${o.app}</strong>
      <nav aria-label=${o.menu}>
        ${Object.entries(Te()).map(([n,[r]])=>c`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${r}</a>`)}
      </nav>
      <button class="plain" onClick=${Me}>${o.logout}</button>
    </header>
    <main>${Q.value?c`<${Cn} />`:c`<${t} key=${e} />`}</main>`}Ye(c`<${Wr} />`,document.getElementById("app"));
