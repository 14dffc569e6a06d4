var ge,E,St,qe,Y,wt,Nt,Le,Et,ze,He,Ge,ar,ue={},Pt=[],sr=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,We=Array.isArray;function W(e,t){for(var n in t)e[n]=t[n];return e}function Ve(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function ye(e,t,n){var r,a,s,i={};for(s in t)s=="key"?r=t[s]:s=="ref"?a=t[s]:i[s]=t[s];if(arguments.length>2&&(i.children=arguments.length>3?ge.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)i[s]===void 0&&(i[s]=e.defaultProps[s]);return be(e,i,r,a,null)}function be(e,t,n,r,a){var s={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:a??++St,__i:-1,__u:0};return a==null&&E.vnode!=null&&E.vnode(s),s}function we(e){return e.children}function Z(e,t){this.props=e,this.context=t}function ne(e,t){if(t==null)return e.__?ne(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?ne(e):null}function Mt(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return Mt(e)}}function xt(e){(!e.__d&&(e.__d=!0)&&Y.push(e)&&!ve.__r++||wt!==E.debounceRendering)&&((wt=E.debounceRendering)||Nt)(ve)}function ve(){var e,t,n,r,a,s,i,c;for(Y.sort(Le);e=Y.shift();)e.__d&&(t=Y.length,r=void 0,s=(a=(n=e).__v).__e,i=[],c=[],n.__P&&((r=W({},a)).__v=a.__v+1,E.vnode&&E.vnode(r),Xe(n.__P,r,a,n.__n,n.__P.namespaceURI,32&a.__u?[s]:null,i,s??ne(a),!!(32&a.__u),c),r.__v=a.__v,r.__.__k[r.__i]=r,At(i,r,c),r.__e!=s&&Mt(r)),Y.length>t&&Y.sort(Le));ve.__r=0}function Dt(e,t,n,r,a,s,i,c,u,l,f){var m,_,$,h,g,v,y=r&&r.__k||Pt,w=t.length;for(u=ir(n,t,y,u,w),m=0;m<w;m++)($=n.__k[m])!=null&&(_=$.__i===-1?ue:y[$.__i]||ue,$.__i=m,v=Xe(e,$,_,a,s,i,c,u,l,f),h=$.__e,$.ref&&_.ref!=$.ref&&(_.ref&&Ye(_.ref,null,$),f.push($.ref,$.__c||h,$)),g==null&&h!=null&&(g=h),4&$.__u||_.__k===$.__k?u=Ot($,u,e):typeof $.type=="function"&&v!==void 0?u=v:h&&(u=h.nextSibling),$.__u&=-7);return n.__e=g,u}function ir(e,t,n,r,a){var s,i,c,u,l,f=n.length,m=f,_=0;for(e.__k=new Array(a),s=0;s<a;s++)(i=t[s])!=null&&typeof i!="boolean"&&typeof i!="function"?(u=s+_,(i=e.__k[s]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?be(null,i,null,null,null):We(i)?be(we,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?be(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,c=null,(l=i.__i=lr(i,n,u,m))!==-1&&(m--,(c=n[l])&&(c.__u|=2)),c==null||c.__v===null?(l==-1&&_--,typeof i.type!="function"&&(i.__u|=4)):l!=u&&(l==u-1?_--:l==u+1?_++:(l>u?_--:_++,i.__u|=4))):e.__k[s]=null;if(m)for(s=0;s<f;s++)(c=n[s])!=null&&!(2&c.__u)&&(c.__e==r&&(r=ne(c)),Ut(c,c));return r}function Ot(e,t,n){var r,a;if(typeof e.type=="function"){for(r=e.__k,a=0;r&&a<r.length;a++)r[a]&&(r[a].__=e,t=Ot(r[a],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=ne(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function lr(e,t,n,r){var a,s,i=e.key,c=e.type,u=t[n];if(u===null||u&&i==u.key&&c===u.type&&!(2&u.__u))return n;if(r>(u!=null&&!(2&u.__u)?1:0))for(a=n-1,s=n+1;a>=0||s<t.length;){if(a>=0){if((u=t[a])&&!(2&u.__u)&&i==u.key&&c===u.type)return a;a--}if(s<t.length){if((u=t[s])&&!(2&u.__u)&&i==u.key&&c===u.type)return s;s++}}return-1}function kt(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||sr.test(t)?n:n+"px"}function he(e,t,n,r,a){var s;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||kt(e.style,t,"");if(n)for(t in n)r&&n[t]===r[t]||kt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(Et,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=n,n?r?n.u=r.u:(n.u=ze,e.addEventListener(t,s?Ge:He,s)):e.removeEventListener(t,s?Ge:He,s);else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function Ct(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=ze++;else if(t.t<n.u)return;return n(E.event?E.event(t):t)}}}function Xe(e,t,n,r,a,s,i,c,u,l){var f,m,_,$,h,g,v,y,w,T,k,D,F,H,$e,Be,Re,G=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(u=!!(32&n.__u),s=[c=t.__e=n.__e]),(f=E.__b)&&f(t);e:if(typeof G=="function")try{if(y=t.props,w="prototype"in G&&G.prototype.render,T=(f=G.contextType)&&r[f.__c],k=f?T?T.props.value:f.__:r,n.__c?v=(m=t.__c=n.__c).__=m.__E:(w?t.__c=m=new G(y,k):(t.__c=m=new Z(y,k),m.constructor=G,m.render=cr),T&&T.sub(m),m.props=y,m.state||(m.state={}),m.context=k,m.__n=r,_=m.__d=!0,m.__h=[],m._sb=[]),w&&m.__s==null&&(m.__s=m.state),w&&G.getDerivedStateFromProps!=null&&(m.__s==m.state&&(m.__s=W({},m.__s)),W(m.__s,G.getDerivedStateFromProps(y,m.__s))),$=m.props,h=m.state,m.__v=t,_)w&&G.getDerivedStateFromProps==null&&m.componentWillMount!=null&&m.componentWillMount(),w&&m.componentDidMount!=null&&m.__h.push(m.componentDidMount);else{if(w&&G.getDerivedStateFromProps==null&&y!==$&&m.componentWillReceiveProps!=null&&m.componentWillReceiveProps(y,k),!m.__e&&(m.shouldComponentUpdate!=null&&m.shouldComponentUpdate(y,m.__s,k)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(m.props=y,m.state=m.__s,m.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(le){le&&(le.__=t)}),D=0;D<m._sb.length;D++)m.__h.push(m._sb[D]);m._sb=[],m.__h.length&&i.push(m);break e}m.componentWillUpdate!=null&&m.componentWillUpdate(y,m.__s,k),w&&m.componentDidUpdate!=null&&m.__h.push(function(){m.componentDidUpdate($,h,g)})}if(m.context=k,m.props=y,m.__P=e,m.__e=!1,F=E.__r,H=0,w){for(m.state=m.__s,m.__d=!1,F&&F(t),f=m.render(m.props,m.state,m.context),$e=0;$e<m._sb.length;$e++)m.__h.push(m._sb[$e]);m._sb=[]}else do m.__d=!1,F&&F(t),f=m.render(m.props,m.state,m.context),m.state=m.__s;while(m.__d&&++H<25);m.state=m.__s,m.getChildContext!=null&&(r=W(W({},r),m.getChildContext())),w&&!_&&m.getSnapshotBeforeUpdate!=null&&(g=m.getSnapshotBeforeUpdate($,h)),c=Dt(e,We(Be=f!=null&&f.type===we&&f.key==null?f.props.children:f)?Be:[Be],t,n,r,a,s,i,c,u,l),m.base=t.__e,t.__u&=-161,m.__h.length&&i.push(m),v&&(m.__E=m.__=null)}catch(le){if(t.__v=null,u||s!=null)if(le.then){for(t.__u|=u?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;s[s.indexOf(c)]=null,t.__e=c}else for(Re=s.length;Re--;)Ve(s[Re]);else t.__e=n.__e,t.__k=n.__k;E.__e(le,t,n)}else s==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):c=t.__e=ur(n.__e,t,n,r,a,s,i,u,l);return(f=E.diffed)&&f(t),128&t.__u?void 0:c}function At(e,t,n){for(var r=0;r<n.length;r++)Ye(n[r],n[++r],n[++r]);E.__c&&E.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(s){s.call(a)})}catch(s){E.__e(s,a.__v)}})}function ur(e,t,n,r,a,s,i,c,u){var l,f,m,_,$,h,g,v=n.props,y=t.props,w=t.type;if(w=="svg"?a="http://www.w3.org/2000/svg":w=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),s!=null){for(l=0;l<s.length;l++)if(($=s[l])&&"setAttribute"in $==!!w&&(w?$.localName==w:$.nodeType==3)){e=$,s[l]=null;break}}if(e==null){if(w==null)return document.createTextNode(y);e=document.createElementNS(a,w,y.is&&y),c&&(E.__m&&E.__m(t,s),c=!1),s=null}if(w===null)v===y||c&&e.data===y||(e.data=y);else{if(s=s&&ge.call(e.childNodes),v=n.props||ue,!c&&s!=null)for(v={},l=0;l<e.attributes.length;l++)v[($=e.attributes[l]).name]=$.value;for(l in v)if($=v[l],l!="children"){if(l=="dangerouslySetInnerHTML")m=$;else if(!(l in y)){if(l=="value"&&"defaultValue"in y||l=="checked"&&"defaultChecked"in y)continue;he(e,l,null,$,a)}}for(l in y)$=y[l],l=="children"?_=$:l=="dangerouslySetInnerHTML"?f=$:l=="value"?h=$:l=="checked"?g=$:c&&typeof $!="function"||v[l]===$||he(e,l,$,v[l],a);if(f)c||m&&(f.__html===m.__html||f.__html===e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(m&&(e.innerHTML=""),Dt(e,We(_)?_:[_],t,n,r,w=="foreignObject"?"http://www.w3.org/1999/xhtml":a,s,i,s?s[0]:n.__k&&ne(n,0),c,u),s!=null)for(l=s.length;l--;)Ve(s[l]);c||(l="value",w=="progress"&&h==null?e.removeAttribute("value"):h!==void 0&&(h!==e[l]||w=="progress"&&!h||w=="option"&&h!==v[l])&&he(e,l,h,v[l],a),l="checked",g!==void 0&&g!==e[l]&&he(e,l,g,v[l],a))}return e}function Ye(e,t,n){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(a){E.__e(a,n)}}function Ut(e,t,n){var r,a;if(E.unmount&&E.unmount(e),(r=e.ref)&&(r.current&&r.current!==e.__e||Ye(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(s){E.__e(s,t)}r.base=r.__P=null}if(r=e.__k)for(a=0;a<r.length;a++)r[a]&&Ut(r[a],t,n||typeof e.type!="function");n||Ve(e.__e),e.__c=e.__=e.__e=void 0}function cr(e,t,n){return this.constructor(e,n)}function Ze(e,t,n){var r,a,s,i;t==document&&(t=document.documentElement),E.__&&E.__(e,t),a=(r=typeof n=="function")?null:n&&n.__k||t.__k,s=[],i=[],Xe(t,e=(!r&&n||t).__k=ye(we,null,[e]),a||ue,ue,t.namespaceURI,!r&&n?[n]:a?null:t.firstChild?ge.call(t.childNodes):null,s,!r&&n?n:a?a.__e:t.firstChild,r,i),At(s,e,i)}ge=Pt.slice,E={__e:function(e,t,n,r){for(var a,s,i;t=t.__;)if((a=t.__c)&&!a.__)try{if((s=a.constructor)&&s.getDerivedStateFromError!=null&&(a.setState(s.getDerivedStateFromError(e)),i=a.__d),a.componentDidCatch!=null&&(a.componentDidCatch(e,r||{}),i=a.__d),i)return a.__E=a}catch(c){e=c}throw e}},St=0,qe=function(e){return e!=null&&e.constructor==null},Z.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=W({},this.state),typeof e=="function"&&(e=e(W({},n),this.props)),e&&W(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),xt(this))},Z.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),xt(this))},Z.prototype.render=we,Y=[],Nt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Le=function(e,t){return e.__v.__b-t.__v.__b},ve.__r=0,Et=/(PointerCapture)$|Capture$/i,ze=0,He=Ct(!1),Ge=Ct(!0),ar=0;var Ft=function(e,t,n,r){var a;t[0]=0;for(var s=1;s<t.length;s++){var i=t[s++],c=t[s]?(t[0]|=i?1:2,n[t[s++]]):t[++s];i===3?r[0]=c:i===4?r[1]=Object.assign(r[1]||{},c):i===5?(r[1]=r[1]||{})[t[++s]]=c:i===6?r[1][t[++s]]+=c+"":i?(a=e.apply(c,Ft(e,c,n,["",null])),r.push(a),c[0]?t[0]|=2:(t[s-2]=0,t[s]=a)):r.push(c)}return r},It=new Map;function Tt(e){var t=It.get(this);return t||(t=new Map,It.set(this,t)),(t=Ft(this,t.get(e)||(t.set(e,t=function(n){for(var r,a,s=1,i="",c="",u=[0],l=function(_){s===1&&(_||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,_,i):s===3&&(_||i)?(u.push(3,_,i),s=2):s===2&&i==="..."&&_?u.push(4,_,0):s===2&&i&&!_?u.push(5,0,!0,i):s>=5&&((i||!_&&s===5)&&(u.push(s,0,i,a),s=6),_&&(u.push(s,_,0,a),s=6)),i=""},f=0;f<n.length;f++){f&&(s===1&&l(),l(f));for(var m=0;m<n[f].length;m++)r=n[f][m],s===1?r==="<"?(l(),u=[u],s=3):i+=r:s===4?i==="--"&&r===">"?(s=1,i=""):i=r+i[0]:c?r===c?c="":i+=r:r==='"'||r==="'"?c=r:r===">"?(l(),s=1):s&&(r==="="?(s=5,a=i,i=""):r==="/"&&(s<5||n[f][m+1]===">")?(l(),s===3&&(u=u[0]),s=u,(u=u[0]).push(2,0,s),s=0):r===" "||r==="	"||r===`
`||r==="\r"?(l(),s=2):i+=r),s===3&&i==="!--"&&(s=4,u=u[0])}return l(),u}(e)),t),arguments,[])).length>1?t:t[0]}var d=Tt.bind(ye);var ce,A,Je,jt,ke=0,Wt=[],U=E,Bt=U.__b,Rt=U.__r,Lt=U.diffed,Ht=U.__c,Gt=U.unmount,qt=U.__;function Qe(e,t){U.__h&&U.__h(A,e,ke||t),ke=0;var n=A.__H||(A.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function p(e){return ke=1,dr(Xt,e)}function dr(e,t,n){var r=Qe(ce++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Xt(void 0,t),function(c){var u=r.__N?r.__N[0]:r.__[0],l=r.t(u,c);u!==l&&(r.__N=[l,r.__[1]],r.__c.setState({}))}],r.__c=A,!A.u)){var a=function(c,u,l){if(!r.__c.__H)return!0;var f=r.__c.__H.__.filter(function(_){return!!_.__c});if(f.every(function(_){return!_.__N}))return!s||s.call(this,c,u,l);var m=r.__c.props!==c;return f.forEach(function(_){if(_.__N){var $=_.__[0];_.__=_.__N,_.__N=void 0,$!==_.__[0]&&(m=!0)}}),s&&s.call(this,c,u,l)||m};A.u=!0;var s=A.shouldComponentUpdate,i=A.componentWillUpdate;A.componentWillUpdate=function(c,u,l){if(this.__e){var f=s;s=void 0,a(c,u,l),s=f}i&&i.call(this,c,u,l)},A.shouldComponentUpdate=a}return r.__N||r.__}function N(e,t){var n=Qe(ce++,3);!U.__s&&Vt(n.__H,t)&&(n.__=e,n.i=t,A.__H.__h.push(n))}function et(e){return ke=5,Ce(function(){return{current:e}},[])}function Ce(e,t){var n=Qe(ce++,7);return Vt(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function mr(){for(var e;e=Wt.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(xe),e.__H.__h.forEach(Ke),e.__H.__h=[]}catch(t){e.__H.__h=[],U.__e(t,e.__v)}}U.__b=function(e){A=null,Bt&&Bt(e)},U.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),qt&&qt(e,t)},U.__r=function(e){Rt&&Rt(e),ce=0;var t=(A=e.__c).__H;t&&(Je===A?(t.__h=[],A.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(xe),t.__h.forEach(Ke),t.__h=[],ce=0)),Je=A},U.diffed=function(e){Lt&&Lt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Wt.push(t)!==1&&jt===U.requestAnimationFrame||((jt=U.requestAnimationFrame)||fr)(mr)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),Je=A=null},U.__c=function(e,t){t.some(function(n){try{n.__h.forEach(xe),n.__h=n.__h.filter(function(r){return!r.__||Ke(r)})}catch(r){t.some(function(a){a.__h&&(a.__h=[])}),t=[],U.__e(r,n.__v)}}),Ht&&Ht(e,t)},U.unmount=function(e){Gt&&Gt(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(r){try{xe(r)}catch(a){t=a}}),n.__H=void 0,t&&U.__e(t,n.__v))};var zt=typeof requestAnimationFrame=="function";function fr(e){var t,n=function(){clearTimeout(r),zt&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,100);zt&&(t=requestAnimationFrame(n))}function xe(e){var t=A,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),A=t}function Ke(e){var t=A;e.__c=e.__(),A=t}function Vt(e,t){return!e||e.length!==t.length||t.some(function(n,r){return n!==e[r]})}function Xt(e,t){return typeof t=="function"?t(e):t}var pr=Symbol.for("preact-signals");function tt(){if(J>1)J--;else{var e,t=!1;for(function(){var a=Ne;for(Ne=void 0;a!==void 0;){var s=a.S;if(s.v===a.v)for(var i=s.t;i!==void 0;i=i.x)i.i===a.i&&(i.i=s.i);a=a.o}}();me!==void 0;){var n=me;for(me=void 0,Se++;n!==void 0;){var r=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&Jt(n))try{n.c()}catch(a){t||(e=a,t=!0)}n=r}}if(Se=0,J--,t)throw e}}var de,O=void 0;function fe(e){var t=O,n=de;O=void 0,de=void 0;try{return e()}finally{O=t,de=n}}var me=void 0,J=0,Se=0;var Yt=0,Ne=void 0,Ee=0;function Zt(e){if(O!==void 0){var t=e.n;if(t===void 0||t.t!==O)return t={i:0,S:e,p:O.s,n:void 0,t:O,e:void 0,x:void 0,r:t},O.s!==void 0&&(O.s.n=t),O.s=t,e.n=t,32&O.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=O.s,t.n=void 0,O.s.n=t,O.s=t),t}}function I(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}I.prototype.brand=pr;I.prototype.h=function(){return!0};I.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:fe(function(){var r;(r=t.W)==null||r.call(t)}))};I.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,r=e.x;n!==void 0&&(n.x=r,e.e=void 0),r!==void 0&&(r.e=n,e.x=void 0),e===this.t&&(this.t=r,r===void 0&&fe(function(){var a;(a=t.Z)==null||a.call(t)}))}};I.prototype.subscribe=function(e){var t=this;return Q(function(){var n=t.value;fe(function(){return e(n)})},{name:"sub"})};I.prototype.valueOf=function(){return this.value};I.prototype.toString=function(){return this.value+""};I.prototype.toJSON=function(){return this.value};I.prototype.peek=function(){var e=this;return fe(function(){return e.value})};Object.defineProperty(I.prototype,"value",{get:function(){var e=Zt(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Se>100)throw new Error("Cycle detected");(function(n){J!==0&&Se===0&&n.l!==Yt&&(n.l=Yt,Ne={S:n,v:n.v,i:n.i,o:Ne})})(this),this.v=e,this.i++,Ee++,J++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{tt()}}}});function q(e,t){return new I(e,t)}function Jt(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function Kt(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function Qt(e){for(var t=e.s,n=void 0;t!==void 0;){var r=t.p;t.i===-1?(t.S.U(t),r!==void 0&&(r.n=t.n),t.n!==void 0&&(t.n.p=r)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=r}e.s=n}function K(e,t){I.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Ee-1,this.f=4}K.prototype=new I;K.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Ee))return!0;if(this.g=Ee,this.f|=1,this.i>0&&!Jt(this))return this.f&=-2,!0;var e=O;try{Kt(this),O=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return O=e,Qt(this),this.f&=-2,!0};K.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}I.prototype.S.call(this,e)};K.prototype.U=function(e){if(this.t!==void 0&&(I.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};K.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(K.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=Zt(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function nt(e,t){return new K(e,t)}function en(e){var t=e.j;if(e.j=void 0,typeof t=="function"){J++;var n=O;O=void 0;try{t()}catch(r){throw e.f&=-2,e.f|=8,rt(e),r}finally{O=n,tt()}}}function rt(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,en(e)}function _r(e){if(O!==this)throw new Error("Out-of-order effect");Qt(this),O=e,this.f&=-2;try{8&this.f&&rt(this)}finally{tt()}}function re(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,de&&de.push(this)}re.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};re.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,en(this),Kt(this),J++;var e=O;return O=this,_r.bind(this,e)};re.prototype.N=function(){2&this.f||(this.f|=2,this.u=me,me=this)};re.prototype.d=function(){this.f|=8,1&this.f||rt(this)};re.prototype.dispose=function(){this.d()};function Q(e,t){var n=new re(e,t);try{n.c()}catch(a){throw n.d(),a}var r=n.d.bind(n);return r[Symbol.dispose]=r,r}var at,ot;function oe(e,t){E[e]=t.bind(null,E[e]||function(){})}function Pe(e){ot&&ot(),ot=e&&e.S()}function tn(e){var t=this,n=e.data,r=hr(n);r.value=n;var a=Ce(function(){for(var s=t.__v;s=s.__;)if(s.__c){s.__c.__$f|=4;break}return t.__$u.c=function(){var i,c=t.__$u.S(),u=a.value;c(),qe(u)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=u},nt(function(){var i=r.value.value;return i===0?0:i===!0?"":i||""})},[]);return a.value}tn.displayName="_st";Object.defineProperties(I.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:tn},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});oe("__b",function(e,t){if(typeof t.type=="string"){var n,r=t.props;for(var a in r)if(a!=="children"){var s=r[a];s instanceof I&&(n||(t.__np=n={}),n[a]=s,r[a]=s.peek())}}e(t)});oe("__r",function(e,t){Pe();var n,r=t.__c;r&&(r.__$f&=-2,(n=r.__$u)===void 0&&(r.__$u=n=function(a){var s;return Q(function(){s=this}),s.c=function(){r.__$f|=1,r.setState({})},s}())),at=r,Pe(n),e(t)});oe("__e",function(e,t,n,r){Pe(),at=void 0,e(t,n,r)});oe("diffed",function(e,t){Pe(),at=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var r=t.__np,a=t.props;if(r){var s=n.U;if(s)for(var i in s){var c=s[i];c!==void 0&&!(i in r)&&(c.d(),s[i]=void 0)}else n.U=s={};for(var u in r){var l=s[u],f=r[u];l===void 0?(l=$r(n,u,f,a),s[u]=l):l.o(f,a)}}}e(t)});function $r(e,t,n,r){var a=t in e&&e.ownerSVGElement===void 0,s=q(n);return{o:function(i,c){s.value=i,r=c},d:Q(function(){var i=s.value.value;r[t]!==i&&(r[t]=i,a?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}oe("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var r=n.U;if(r){n.U=void 0;for(var a in r){var s=r[a];s&&s.d()}}}}else{var i=t.__c;if(i){var c=i.__$u;c&&(i.__$u=void 0,c.d())}}e(t)});oe("__h",function(e,t,n,r){(r<3||r===9)&&(t.__$f|=2),e(t,n,r)});Z.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var r in t)return!0;for(var a in e)if(a!=="__source"&&e[a]!==this.props[a])return!0;for(var s in this.props)if(!(s in e))return!0;return!1};function hr(e){return Ce(function(){return q(e)},[])}var br=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],vr=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function nn(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,r=new Uint32Array(n*16);t.forEach((u,l)=>r[l>>2]|=u<<l%4*8),r[t.length>>2]|=128<<t.length%4*8,r[n*16-2]=t.length*8>>>0,r[n*16-1]=Math.floor(t.length/536870912);let[a,s,i,c]=[1732584193,4023233417,2562383102,271733878];for(let u=0;u<r.length;u+=16){let[l,f,m,_]=[a,s,i,c];for(let $=0;$<64;$++){let h=$>>4,g,v;h===0?[g,v]=[f&m|~f&_,$]:h===1?[g,v]=[_&f|~_&m,(5*$+1)%16]:h===2?[g,v]=[f^m^_,(3*$+5)%16]:[g,v]=[m^(f|~_),7*$%16];let y=br[h*4+$%4],w=l+g+vr[$]+r[u+v]>>>0;[l,_,m]=[_,m,f],f=f+(w<<y|w>>>32-y)>>>0}[a,s,i,c]=[a+l>>>0,s+f>>>0,i+m>>>0,c+_>>>0]}return[a,s,i,c].map(u=>[0,8,16,24].map(l=>(u>>>l&255).toString(16).padStart(2,"0")).join("")).join("")}var st="edgepbx.session",S=q(gr());function gr(){try{return JSON.parse(sessionStorage.getItem(st))||null}catch{return null}}var yr=30*60*1e3,rn=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>rn=Date.now(),{passive:!0});setInterval(()=>S.value&&Date.now()-rn>yr&&Me(),60*1e3);var B=class extends Error{constructor(t,n){let r={},a=n&&n.data;if(t===400&&a&&typeof a=="object")for(let[s,i]of Object.entries(a)){let c=i&&typeof i=="object"?Object.values(i)[0]:null;r[s]=c&&c.message||String(i)}super(n&&(n.message||a&&a.message)||`HTTP ${t}`),this.status=t,this.fields=r,this.body=n}};async function R(e,t,n,r=S.value&&S.value.token){let a=S.value,s={Accept:"application/json"};r&&(s["X-Auth-Token"]=r),n!==void 0&&(s["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:s,body:n===void 0?void 0:JSON.stringify({data:n})}),c=await i.json().catch(()=>null);if(i.status===401&&a&&t!=="user_auth"&&Me(),!i.ok)throw new B(i.status,c);return c}async function on(e){let t=await fetch("/v2/"+V(e),{headers:{"X-Auth-Token":S.value.token,Accept:"audio/*"}});if(!t.ok)throw new B(t.status,await t.json().catch(()=>null));return t.blob()}var V=e=>`accounts/${S.value.account}/${e}`,b=async e=>(await R("GET",V(e))).data,M=async(e,t)=>(await R("PUT",V(e),t)).data,j=async(e,t)=>(await R("POST",V(e),t)).data,X=async(e,t)=>(await R("PATCH",V(e),t)).data,P=async e=>(await R("DELETE",V(e))).data,an=(e,t,n)=>R("PUT","user_auth",{credentials:nn(`${t.toLowerCase()}:${n}`),account_name:e});async function sn(e,t,n){let r=await an(e,t,n),a={token:r.auth_token,account:r.data.account_id,owner:r.data.owner_id,accountName:e},s=(await R("GET",`accounts/${a.account}/users/${a.owner}`,void 0,a.token)).data;a.admin=s.priv_level==="admin",sessionStorage.setItem(st,JSON.stringify(a)),S.value=a}function Me(){sessionStorage.removeItem(st),S.value=null}async function ln(e,t){try{return await an(S.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var o={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension and their phones?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",providerAddress:"Address shown to providers",providerAddressOwn:"the box's own",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"}};function C({id:e,label:t,value:n,onInput:r,error:a,type:s="text",required:i,autocomplete:c,inputmode:u}){let l=`${e}-error`;return d`<div class="field">
    <label for=${e}>${t}</label>
    <input
      id=${e}
      name=${e}
      type=${s}
      value=${n}
      required=${i}
      autocomplete=${c}
      inputmode=${u}
      aria-invalid=${a?"true":void 0}
      aria-describedby=${a?l:void 0}
      onInput=${f=>r(f.target.value)}
    />
    ${a&&d`<p class="error" id=${l} role="alert">${a}</p>`}
  </div>`}function x({message:e}){return e?d`<p class="banner" role="alert">${e}</p>`:null}function z({id:e,label:t,checked:n,onChange:r}){return d`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${a=>r(a.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function un(){let[e,t]=p({account:"",username:"",password:""}),[n,r]=p(!1),[a,s]=p(""),i=u=>l=>t({...e,[u]:l});async function c(u){u.preventDefault(),r(!0),s("");try{await sn(e.account.trim(),e.username.trim(),e.password)}catch(l){s(l.status===401?o.badLogin:l.message),r(!1)}}return d`<main class="login">
    <form onSubmit=${c} aria-label=${o.login}>
      <h1>${o.app}</h1>
      <${x} message=${a} />
      <${C} id="account" label=${o.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${C} id="username" label=${o.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${C} id="password" label=${o.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?o.signingIn:o.login}</button>
    </form>
  </main>`}var wr=5e3;async function xr(){let e=await b("resources?paginate=false");return(await Promise.all(e.map(n=>b(`resources/${n.id}/status`).then(r=>[n,r])))).flatMap(([n,r])=>r.gateways.filter(a=>a.state==="failed").map(a=>o.trunkDown(n.name||n.id,a.server)))}var cn=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function kr(){let[e,t,n]=await Promise.all([b("devices?with_status=true&paginate=false"),b("channels"),b("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function Cr(e){var n;let t={};for(let r of e){let a=t[n=r.device_type||"sip_device"]||(t[n]=[0,0]);a[0]+=1,r.registered&&(a[1]+=1)}return Object.entries(t).map(([r,[a,s]])=>[r,a,s]).sort((r,a)=>a[1]-r[1]||r[0].localeCompare(a[0]))}var Sr=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function Nr(){let[e,t,n,r,a,s,i]=await Promise.all([b("users?paginate=false"),b("phone_numbers"),cn(R("GET","system_status").then(u=>u.data),null),cn(b("sip_bans"),[]),xr(),b("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),b("conferences?paginate=false")]),c=Object.values(t.numbers||{});return{users:e.length,numbers:c.length,spare:c.filter(u=>!u.used_by).length,version:n&&n.software_version,provider:n&&{address:n.provider_address},main:Sr(s.flatMap(u=>u.numbers||[])),conference:i.flatMap(u=>u.conference_numbers||[]),alerts:[...r.map(u=>o.banned(u.ip,u.reason)),...a]}}function ae({id:e,label:t,value:n}){return d`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function dn(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p("");N(()=>{Nr().then(t,f=>s(f.message));let u=()=>kr().then(r,f=>s(f.message));u();let l=setInterval(u,wr);return()=>clearInterval(l)},[]);let i=n?n.devices.filter(u=>u.registered).length:"\u2026",c=n?n.ports.filter(u=>u.state==="down"||u.alarm).map(u=>o.portDown(u.name,u.alarm)):[];return d`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${o.dashboard}</h2>
    <${x} message=${a} />
    <div class="tiles">
      <${ae} id="users" label=${o.users} value=${e?e.users:"\u2026"} />
      <${ae} id="devices" label=${o.devices} value=${n?n.devices.length:"\u2026"} />
      <${ae} id="registered" label=${o.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${ae} id="calls" label=${o.callsNow} value=${n?n.calls:"\u2026"} />
      <${ae} id="numbers" label=${o.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&d`<${ae} id="version" label=${o.softwareVersion} value=${e.version} />`}
    </div>
    ${n&&d`<h3>${o.devicesByType}</h3>
      <ul class="by-type">
        ${Cr(n.devices).map(([u,l,f])=>d`<li key=${u} data-type=${u}>${o.deviceTypes[u]||u}: ${o.registeredOf(f,l)}</li>`)}
      </ul>`}
    ${n&&n.ports.length>0&&d`<h3>${o.analogPorts}</h3>
      <ul class="ports">
        ${n.ports.map(u=>d`<li key=${u.name} data-port=${u.name}><span class=${u.state==="down"?"dot":"dot on"}>${u.name} · ${o.portStates[u.state]||u.state}</span></li>`)}
      </ul>`}
    ${e&&d`<dl class="facts">
      <dt>${o.mainNumbers}</dt><dd data-fact="main">${e.main.join(", ")||o.noneSet}</dd>
      <dt>${o.conferenceNumbers}</dt><dd data-fact="conference">${e.conference.join(", ")||o.noneSet}</dd>
      ${e.provider&&d`<dt>${o.providerAddress}</dt><dd data-fact="provider-address">${e.provider.address||o.providerAddressOwn}</dd>`}
    </dl>`}
    <h3>${o.alerts}</h3>
    ${e&&([...e.alerts,...c].length?d`<ul class="alerts">${[...e.alerts,...c].map(u=>d`<li key=${u}>${u}</li>`)}</ul>`:d`<p class="ok">${o.noAlerts}</p>`)}
  </section>`}var L=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),lt=e=>`${e.first_name} ${e.last_name}`.trim();function it(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,r=>t[r%t.length]).join("")}function ut(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:lt(t),number:t.extension}},ui_metadata:L()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}function De(e,t,n){return{...e,type:"mainUserCallflow",owner_id:t.id,name:o.callflowOf(lt(t)),numbers:[n],contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:{}},ui_metadata:L()}}function ct(e){return{device_type:"sip_device",name:o.phoneOf(lt(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${it(10)}`,password:it(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:L()}}var pe=15;function dt(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||L()}}function mt(e,t,n){let r=Math.max(...n.members.map(a=>a.delay+a.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[it(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:r,repeats:n.repeats,endpoints:n.members.map(a=>({id:a.id,endpoint_type:"user",delay:a.delay,timeout:a.timeout}))},children:{}},ui_metadata:e.ui_metadata||L()}}var Er=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function ft(e,t,n,r){return{...e,name:r.name,type:"userGroup",group_id:t.id,numbers:[r.extension],flow:{module:"callflow",data:{id:n.id},children:{_:Er(r.next_vmbox)}},ui_metadata:e.ui_metadata||L()}}function mn(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((r,a)=>({...r,delay:a*n,timeout:n}))}function Pr(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:null}function Mr(e,t){if(!(t instanceof B))throw t;let n={},r=[];for(let[a,s]of Object.entries(t.fields)){let i=Pr(e,a);i?n[i]=s:r.push(`${a}: ${s}`)}throw t.fields=n,r.length&&(t.message=r.join("; ")),t}async function ee(e,t,n){try{return await t()}catch(r){for(let a of n.reverse())await a().catch(()=>{});Mr(e,r)}}async function fn(e){let t=[],n=await ee("users",()=>M("users",ut({},e)),t);t.push(()=>P(`users/${n.id}`));let r=await ee("callflows",()=>M("callflows",De({},n,e.extension)),t);return t.push(()=>P(`callflows/${r.id}`)),e.phone&&await ee("devices",()=>M("devices",ct(n)),t),n}async function pn(e,t,n){let r=await b(`users/${e}`),a=await ee("users",()=>j(`users/${e}`,ut(r,t)),[]);if(n){let s=await b(`callflows/${n}`);await ee("callflows",()=>j(`callflows/${n}`,De(s,a,t.extension)),[])}else await ee("callflows",()=>M("callflows",De({},a,t.extension)),[]);return t.phone&&await ee("devices",()=>M("devices",ct(a)),[]),a}async function _n(e){let[t,n]=await Promise.all([b(`callflows?filter_owner_id=${e}&paginate=false`),b(`devices?filter_owner_id=${e}&paginate=false`)]);for(let r of[...t.map(a=>`callflows/${a.id}`),...n.map(a=>`devices/${a.id}`)])await P(r);await P(`users/${e}`)}var Dr=5e3;function pt({ownerId:e}){let[t,n]=p([]),[r,a]=p("");return N(()=>{let s=!0;R("GET",`accounts/${S.value.account}`).then(u=>s&&a(u.data.realm||""));async function i(){let u=await b(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),l=await Promise.all(u.map(f=>b(`devices/${f.id}`)));s&&n(l.map((f,m)=>({...f,registered:u[m].registered})))}i().catch(()=>{});let c=setInterval(()=>i().catch(()=>{}),Dr);return()=>{s=!1,clearInterval(c)}},[e]),t.map(s=>d`<div class="card" key=${s.id} aria-label=${o.sipCredentials}>
      <h3>${o.sipCredentials}: ${s.name}</h3>
      <dl>
        <dt>${o.sipUser}</dt><dd class="sip-user">${s.sip&&s.sip.username}</dd>
        <dt>${o.sipPassword}</dt><dd class="sip-password">${s.sip&&s.sip.password}</dd>
        <dt>${o.sipRealm}</dt><dd>${r}</dd>
        <dt>${o.status}</dt><dd class=${s.registered?"dot on":"dot"}>${s.registered?o.registered:o.notRegistered}</dd>
      </dl>
    </div>`)}function _t(e,t){return e.length<12?o.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(r=>r.test(e)).length<3?o.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?o.pwUsername:""}function se({username:e,onDone:t}){let[n,r]=p({old:"",next:"",again:""}),[a,s]=p({}),[i,c]=p(""),[u,l]=p(!1),[f,m]=p(!1),_=h=>g=>r({...n,[h]:g});async function $(h){h.preventDefault(),m(!1);let g={};n.old||(g.old=o.required);let v=_t(n.next,e);if(v?g.next=v:n.next===n.old&&(g.next=o.pwSame),n.again!==n.next&&(g.again=o.pwMismatch),s(g),!Object.keys(g).length){l(!0),c("");try{if(!await ln(e,n.old)){s({old:o.pwOldWrong});return}await X(`users/${S.value.owner}`,{password:n.next,require_password_update:!1}),r({old:"",next:"",again:""}),m(!0),t&&t()}catch(y){s(y.fields||{}),c(y.message)}finally{l(!1)}}}return d`<form onSubmit=${$} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${o.changePassword}</h3>
    <p class="hint">${o.pwRules}</p>
    <${x} message=${i} />
    <${C} id="pw_old" label=${o.pwOld} type="password" value=${n.old} onInput=${_("old")} error=${a.old} autocomplete="current-password" />
    <${C} id="pw_new" label=${o.pwNew} type="password" value=${n.next} onInput=${_("next")} error=${a.next||a.password} autocomplete="new-password" />
    <${C} id="pw_again" label=${o.pwAgain} type="password" value=${n.again} onInput=${_("again")} error=${a.again} autocomplete="new-password" />
    ${f&&d`<p class="ok" role="status">${o.pwChanged}</p>`}
    <button type="submit" disabled=${u}>${u?o.saving:o.changePassword}</button>
  </form>`}function Or(e,t){let n={};for(let a of["first_name","last_name","username","extension"])e[a].trim()||(n[a]=o.required);e.extension&&!/^\d{2,8}$/.test(e.extension)&&(n.extension=o.extDigits);let r=(t||e.password)&&_t(e.password,e.username);return r&&(n.password=r),n}function Oe({user:e,onDone:t}){let n=!e.id,[r,a]=p({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n}),[s,i]=p({}),[c,u]=p(""),[l,f]=p(!1),[m,_]=p(null),$=v=>y=>a({...r,[v]:y});async function h(v){v.preventDefault();let y=Or(r,n);if(i(y),u(""),!Object.keys(y).length){f(!0);try{let w=n?await fn(r):await pn(e.id,r,e.callflow&&e.callflow.id);n||r.phone?_(w):t()}catch(w){i(w.fields||{}),u(`${o.failed} ${w.message}`)}f(!1)}}if(m)return d`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${m.first_name} ${m.last_name}</h2>
      <${pt} ownerId=${m.id} />
      <button onClick=${()=>t({...m,extension:r.extension})}>${o.users}</button>
    </section>`;let g=e.devices&&e.devices.length>0;return d`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?o.addUser:o.editUser}</h2>
    <form onSubmit=${h} novalidate>
      <${x} message=${c} />
      <div class="grid">
        <${C} id="first_name" label=${o.firstName} value=${r.first_name} onInput=${$("first_name")} error=${s.first_name} required />
        <${C} id="last_name" label=${o.lastName} value=${r.last_name} onInput=${$("last_name")} error=${s.last_name} required />
        <${C} id="username" label=${o.username} value=${r.username} onInput=${$("username")} error=${s.username} required autocomplete="off" />
        <${C} id="email" label=${o.email} type="email" value=${r.email} onInput=${$("email")} error=${s.email} />
        <${C} id="new_password" label=${o.password} type="password" value=${r.password} onInput=${$("password")} error=${s.password} required=${n} autocomplete="new-password" />
        <${C} id="extension" label=${o.extension} value=${r.extension} onInput=${$("extension")} error=${s.extension} required inputmode="numeric" />
      </div>
      ${!g&&d`<div class="check">
        <input type="checkbox" id="phone" checked=${r.phone} onChange=${v=>a({...r,phone:v.target.checked})} />
        <label for="phone">${o.deskPhone}</label>
      </div>`}
      <div class="bar">
        <button type="submit" disabled=${l}>${l?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
    ${g&&d`<${pt} ownerId=${e.id} />`}
  </section>`}async function Ar(){let[e,t,n]=await Promise.all([b("users?paginate=false"),b("callflows?filter_type=mainUserCallflow&paginate=false"),b("devices?with_status=true&paginate=false")]);return e.map(r=>{let a=t.find(s=>s.owner_id===r.id);return{...r,callflow:a,extension:a&&a.numbers?a.numbers[0]:"",devices:n.filter(s=>s.owner_id===r.id)}})}function $n(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(""),i=()=>Ar().then(t,u=>s(u.message));N(i,[]);async function c(u){if(confirm(o.confirmDelete(`${u.first_name} ${u.last_name}`))){try{await _n(u.id)}catch(l){s(l.message)}i()}}return n?d`<${Oe}
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
              ${e.map(u=>d`<tr key=${u.id} data-user=${u.username}>
                  <td data-label=${o.name}>${u.first_name} ${u.last_name}</td>
                  <td data-label=${o.username}>${u.username}</td>
                  <td data-label=${o.extension} class="ext">${u.extension}</td>
                  <td data-label=${o.devices}>
                    ${u.devices.map(l=>d`<span class=${l.registered?"dot on":"dot"}>${l.name} · ${l.registered?o.registered:o.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>r(u)} aria-label=${`${o.edit} ${u.username}`}>${o.edit}</button>
                    ${u.id!==S.value.owner&&d`<button class="danger" onClick=${()=>c(u)} aria-label=${`${o.del} ${u.username}`}>${o.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}function hn(){let[e,t]=p(null),[n,r]=p("");return N(()=>{Promise.all([b("devices?with_status=true&paginate=false"),b("users?paginate=false")]).then(([a,s])=>{let i=c=>s.find(u=>u.id===c);t(a.map(c=>({...c,owner:i(c.owner_id)})))},a=>r(a.message))},[]),d`<section aria-labelledby="devices-h">
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
  </section>`}var Ur=86400,Ir=62167219200;function Fr({leg:e}){return d`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function Tr({call:e,withLegs:t}){let[n,r]=p(null),[a,s]=p(!1);async function i(){s(!a),n||r(await b(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return d`<tr class="call" data-call=${e.call_id}>
      <td data-label=${o.when}>${t?d`<button class="plain" aria-expanded=${a} onClick=${i}>${e.datetime}</button>`:e.datetime}</td>
      <td data-label=${o.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${o.to}>${e.dialed_number}</td>
      <td data-label=${o.duration}>${e.duration_seconds}s</td>
      <td data-label=${o.result}>${e.hangup_cause}</td>
    </tr>
    ${a&&d`<tr class="legs"><td colspan="5">
      <h3>${o.legs}</h3>
      ${n?d`<ul>${n.map(c=>d`<${Fr} key=${c.id} leg=${c} />`)}</ul>`:o.loading}
    </td></tr>`}`}function bn({path:e,title:t,withLegs:n}){let[r,a]=p(null),[s,i]=p("");return N(()=>{let c=Math.floor(Date.now()/1e3)+Ir;b(`${e}?created_from=${c-7*Ur}&created_to=${c+60}&page_size=100`).then(a,u=>i(u.message))},[]),d`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${x} message=${s} />
    ${r?r.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${t}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.to}</th><th>${o.duration}</th><th>${o.result}</th></tr></thead>
            <tbody>${r.map(c=>d`<${Tr} key=${c.id} call=${c} withLegs=${n} />`)}</tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}var vn=()=>d`<${bn} path="cdrs/interaction" title=${o.callLogs} withLegs=${!0} />`,gn=()=>d`<${bn} path=${`users/${S.value.owner}/cdrs`} title=${o.myCalls} withLegs=${!1} />`;var jr=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],Br=["undefinedMainNumber","0"],Ae=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],_e=e=>({module:"callflow",data:{id:e},children:{}});async function wn(){let e=await b("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(i=>[i.name,i]));for(let i of jr){if(t[i])continue;let c=t[`${i}Menu`]||await Rr(`${i}Menu`);t[i]=await M("callflows",{name:i,type:"main",numbers:[i],flow:_e(c.id),ui_metadata:L()})}let n=t.MainCallflow||await M("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:_e(t.MainOpenHours.id)}},ui_metadata:L()}),[r,a]=await Promise.all([b(`callflows/${n.id}`),b("temporal_rules?paginate=false")]),s=await Promise.all(a.filter(i=>i.name==="MainOpenHours"||i.name==="MainLunchHours").map(i=>b(`temporal_rules/${i.id}`)));return{main:r,parts:t,open:s.filter(i=>i.type==="main_weekdays"),lunch:s.filter(i=>i.type==="main_lunchbreak")}}async function Rr(e){let t=await M("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:L()});return M("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:L()})}var xn=e=>(e.numbers||[]).filter(t=>!Br.includes(t));async function kn(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=L(),e.main=await j(`callflows/${n.id}`,n)}var yn=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},$t=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`;async function Cn(e,t){let[n,...r]=e.open;for(let f of r)await P(`temporal_rules/${f.id}`);let a=[];if(t){let f={...n||{},name:"MainOpenHours",type:"main_weekdays",cycle:"weekly",interval:1,wdays:t.wdays,time_window_start:yn(t.start),time_window_stop:yn(t.stop),ui_metadata:L()};a=[n?await j(`temporal_rules/${n.id}`,f):await M("temporal_rules",f)]}else n&&await P(`temporal_rules/${n.id}`);let{parts:s,main:i}=e,c=new Set([...e.lunch,...e.open,...a].map(f=>f.id)),u=(i.flow&&i.flow.data&&i.flow.data.rules||[]).filter(f=>!c.has(f)),l={};for(let f of u)l[f]=i.flow.children[f];for(let f of e.lunch)l[f.id]=_e(s.MainLunchHours.id);for(let f of a)l[f.id]=_e(s.MainOpenHours.id);l._=_e(a.length?s.MainAfterHours.id:s.MainOpenHours.id),i.flow={module:"temporal_route",data:{rules:[...u,...[...e.lunch,...a].map(f=>f.id)]},children:l},i.ui_metadata=L(),e.main=await j(`callflows/${i.id}`,i),e.open=a}function Lr({strategy:e,onSaved:t}){let[n,r]=p(""),[a,s]=p(""),i=xn(e.main);async function c(l){s("");try{await kn(e,l),r(""),t()}catch(f){s(Object.values(f.fields||{})[0]||f.message)}}function u(l){l.preventDefault();let f=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(f))return s(o.badNumber);c([...i,f])}return d`<form onSubmit=${u} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${o.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(l=>d`<li key=${l}>
          <span class="main-number">${l}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${l}`} onClick=${()=>c(i.filter(f=>f!==l))}>${o.remove}</button>
        </li>`)}
    </ul>
    <${C} id="main_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
    <button type="submit">${o.addNumber}</button>
  </form>`}function Hr({strategy:e,onSaved:t}){let n=e.open[0],[r,a]=p(!!n),[s,i]=p(n?n.wdays||[]:Ae.slice(0,5)),[c,u]=p(n?$t(n.time_window_start||0):"09:00"),[l,f]=p(n?$t(n.time_window_stop||0):"17:00"),[m,_]=p(""),[$,h]=p(!1),g=y=>i(s.includes(y)?s.filter(w=>w!==y):Ae.filter(w=>w===y||s.includes(w)));async function v(y){if(y.preventDefault(),h(!1),r&&!s.length)return _(o.pickDay);if(r&&!(c<l))return _(o.badHours);_("");try{await Cn(e,r?{wdays:s,start:c,stop:l}:null),h(!0),t()}catch(w){_(Object.entries(w.fields||{}).map(([T,k])=>`${T}: ${k}`).join("; ")||w.message)}}return d`<form onSubmit=${v} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${o.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!r} onChange=${()=>a(!1)} /><label for="h24">${o.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${r} onChange=${()=>a(!0)} /><label for="hcustom">${o.openCustom}</label></div>
    ${r&&d`<fieldset>
      <legend class="sr">${o.openCustom}</legend>
      <div class="days">
        ${Ae.map(y=>d`<span class="check"><input type="checkbox" id=${"day-"+y} checked=${s.includes(y)} onChange=${()=>g(y)} /><label for=${"day-"+y}>${o.wday[y]}</label></span>`)}
      </div>
      <div class="grid">
        <${C} id="opens" label=${o.opens} type="time" value=${c} onInput=${u} />
        <${C} id="closes" label=${o.closes} type="time" value=${l} onInput=${f} />
      </div>
    </fieldset>`}
    ${m&&d`<p class="error" role="alert">${m}</p>`}
    ${$&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}function Ue(){let[e,t]=p(null),[n,r]=p(""),[,a]=p(0);N(()=>{wn().then(t,i=>r(i.message))},[]);let s=()=>a(i=>i+1);return d`<section aria-labelledby="main-h">
    <h2 id="main-h">${o.mainNumber}</h2>
    <${x} message=${n} />
    ${e?d`<div class="stack">
          <${Lr} strategy=${e} onSaved=${s} />
          <${Hr} strategy=${e} onSaved=${s} />
        </div>`:!n&&d`<p>${o.loading}</p>`}
  </section>`}var ht=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function Ie({onDone:e}){let t=`accounts/${S.value.account}`,[n,r]=p(null),[a,s]=p({}),[i,c]=p(""),[u,l]=p(!1);N(()=>{R("GET",t).then(({data:_})=>r({name:_.name||"",timezone:_.timezone||"UTC"}),_=>c(_.message))},[]);async function f(_){if(_.preventDefault(),l(!1),!n.name.trim())return s({name:o.required});s({}),c("");try{await R("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),S.value={...S.value,accountName:n.name.trim()},l(!0),e&&e()}catch($){s($.fields||{}),c($.message)}}if(!n)return d`<${x} message=${i} />${!i&&d`<p>${o.loading}</p>`}`;let m=ht.includes(n.timezone)?ht:[n.timezone,...ht];return d`<form onSubmit=${f} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${o.office}</h3>
    <${x} message=${i} />
    <${C} id="office_name" label=${o.officeName} value=${n.name} onInput=${_=>r({...n,name:_})} error=${a.name} />
    <div class="field">
      <label for="timezone">${o.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${_=>r({...n,timezone:_.target.value})}>
        ${m.map(_=>d`<option key=${_} value=${_}>${_}</option>`)}
      </select>
      ${a.timezone&&d`<p class="error" role="alert">${a.timezone}</p>`}
    </div>
    ${u&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}var te=q(null);async function Sn(){let e=await b(`users/${S.value.owner}`);e.require_password_update&&(te.value={forced:!0,username:e.username})}async function Nn(){let e=await b(`users/${S.value.owner}`);te.value={forced:!1,username:e.username}}function Gr(){let[e,t]=p(!1),[n,r]=p([]);return e?d`<${Oe}
      user=${{}}
      onDone=${a=>{t(!1),a&&r([...n,a])}}
    />`:d`<div>
    <h3>${o.firstUsers}</h3>
    <ul class="added">${n.map(a=>d`<li key=${a.username}>${a.first_name} ${a.last_name} · ${a.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${o.addUser}</button>
  </div>`}function En(){let{forced:e,username:t}=te.value,[n,r]=p(!e),a=[[o.stepPassword,()=>d`<${se} username=${t} onDone=${()=>r(!0)} />`],[o.stepOffice,()=>d`<${Ie} />`],[o.stepUsers,()=>d`<${Gr} />`],[o.stepMainNumber,()=>d`<${Ue} />`],[o.stepDone,()=>d`<p>${o.wizardDone}</p>`]],[s,i]=p(0),c=s===a.length-1,[u,l]=a[s],f=s===0&&!n;return d`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${o.wizard}</h2>
    <p class="hint">${o.stepOf(s+1,a.length)}: <strong>${u}</strong></p>
    ${f&&d`<p class="banner" role="alert">${o.pwForced}</p>`}
    <div key=${s}>${l()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${s===0} onClick=${()=>i(s-1)}>${o.back}</button>
      ${c?d`<button type="button" onClick=${()=>te.value=null}>${o.finish}</button>`:d`<button type="button" disabled=${f} onClick=${()=>i(s+1)}>${o.next}</button>`}
    </div>
  </section>`}async function qr(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":S.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new B(t.status,n);return n.data}function Pn(){let[e,t]=p(null),[n,r]=p(!1),[a,s]=p(""),[i,c]=p("");async function u(l){if(l.preventDefault(),s(""),c(""),!e)return s(o.pickBundle);r(!0);try{let f=await qr(e);c(o.updateInstalled(f&&f.installed))}catch(f){let m=f.body&&f.body.data&&(f.body.data.message||f.body.data.detail);s(`${o.failed} ${f.message}${typeof m=="string"&&m!==f.message?`: ${m}`:""}`)}r(!1)}return d`<form onSubmit=${u} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${o.softwareUpdate}</h3>
    <p class="hint">${o.updateHint}</p>
    <${x} message=${a} />
    <div class="field">
      <label for="bundle">${o.bundle}</label>
      <input id="bundle" type="file" onChange=${l=>t(l.target.files[0]||null)} />
    </div>
    ${i&&d`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?o.uploading:o.install}</button>
  </form>`}function Mn(){let[e,t]=p(null),[n,r]=p(""),a=()=>b("sip_bans").then(t,i=>i.status===403?t(null):r(i.message));N(a,[]);let s=i=>P(`sip_bans/${encodeURIComponent(i)}`).then(a,c=>r(c.message));return e?d`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${o.sipBans}</h3>
    <${x} message=${n} />
    ${e.length===0?d`<p>${o.noBans}</p>`:d`<ul class="numbers">
          ${e.map(i=>d`<li key=${i.ip} data-ban=${i.ip}>
              <span>${o.banned(i.ip,i.reason)} · ${o.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>s(i.ip)} aria-label=${o.liftBan(i.ip)}>${o.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:d`<${x} message=${n} />`}function Dn(){let[e,t]=p(null),[n,r]=p("");return N(()=>{b(`users/${S.value.owner}`).then(t,a=>r(a.message))},[]),d`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${o.settings}</h2>
    <${x} message=${n} />
    <div class="stack">
      ${e&&d`<${se} username=${e.username} />`}
      <${Ie} />
      <${Mn} />
      <${Pn} />
      <div><button type="button" onClick=${()=>Nn().catch(a=>r(a.message))}>${o.runWizard}</button></div>
    </div>
  </section>`}var On=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),zr=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function Wr(e,t){let n=await fetch("/v2/"+V(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":S.value.token,"Content-Type":zr(t),Accept:"application/json"},body:t});if(!n.ok)throw new B(n.status,await n.json().catch(()=>null))}async function An(e,t){let n=await M("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await Wr(n.id,t)}catch(r){throw await P(`media/${n.id}`).catch(()=>{}),r}return n.id}var bt=e=>P(`media/${e}`).catch(()=>{});var vt=["skip_greeting","skip_instructions","delete_after_notify","announcement_only"],Vr=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,Un=e=>e.split(/[\s,;]+/).filter(Boolean);function Xr(e){let t={};e.name.trim()||(t.name=o.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=o.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=o.pinDigits);let n=Un(e.notify).find(r=>!Vr.test(r));return n&&(t.notify_email_addresses=o.badEmail(n)),t}function In({box:e,users:t,onDone:n}){let r=!e.id,[a,s]=p({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(vt.map(v=>[v,!!e[v]]))}),[i,c]=p({}),[u,l]=p(""),[f,m]=p(!1),[_,$]=p(null),h=v=>y=>s({...a,[v]:y});async function g(v){v.preventDefault();let y=Xr(a);if(_&&!On(_)&&(y.greeting=o.greetingType),c(y),l(""),Object.keys(y).length)return;let w={name:a.name.trim(),mailbox:a.mailbox,notify_email_addresses:Un(a.notify),...Object.fromEntries(vt.map(k=>[k,a[k]]))};w.owner_id=a.owner_id||(r?void 0:null),w.pin=a.pin||(r?void 0:null),m(!0);let T=null;try{_&&(T=await An(w.name,_).catch(k=>{throw Object.assign(k,{fields:{greeting:k.fields&&k.fields.media||k.message}})}),w.media={...e.media||{},unavailable:T}),r?await M("vmboxes",w):await X(`vmboxes/${e.id}`,w),T&&e.media&&e.media.unavailable&&await bt(e.media.unavailable),n()}catch(k){T&&await bt(T),c(k.fields||{}),l(`${o.failed} ${k.message}`),m(!1)}}return d`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${r?o.addVmbox:o.editVmbox}</h2>
    <form onSubmit=${g} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${C} id="vm_name" label=${o.name} value=${a.name} onInput=${h("name")} error=${i.name} required />
        <${C} id="vm_mailbox" label=${o.mailbox} value=${a.mailbox} onInput=${h("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${o.owner}</label>
          <select id="vm_owner" value=${a.owner_id} onChange=${v=>h("owner_id")(v.target.value)}>
            <option value="">${o.noOwner}</option>
            ${t.map(v=>d`<option key=${v.id} value=${v.id}>${v.first_name} ${v.last_name}</option>`)}
          </select>
          ${i.owner_id&&d`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${C} id="vm_pin" label=${o.pin} type="password" value=${a.pin} onInput=${h("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${o.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${v=>$(v.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?o.greetingSet:o.greetingNone}</p>
        ${i.greeting&&d`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${C} id="vm_notify" label=${o.recipients} value=${a.notify} onInput=${h("notify")} error=${i.notify_email_addresses} />
      ${vt.map(v=>d`<div class="check" key=${v}>
          <input type="checkbox" id=${"vm_"+v} checked=${a[v]} onChange=${y=>h(v)(y.target.checked)} />
          <label for=${"vm_"+v}>${o.vmFlags[v]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${n}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var Yr=62167219200,Zr=e=>new Date((e-Yr)*1e3).toISOString().slice(0,16).replace("T"," ");function Fe({box:e,onDone:t}){let n=`vmboxes/${e.id}/messages`,[r,a]=p(null),[s,i]=p({}),c=et([]),[u,l]=p(""),f=()=>b(`${n}?paginate=false`).then(h=>a(h.filter(g=>g.folder!=="deleted")),h=>l(h.message));N(()=>(f(),()=>c.current.forEach(h=>URL.revokeObjectURL(h))),[]);let m=h=>h.then(f,g=>l(g.message));async function _(h){if(s[h.media_id])return s[h.media_id];let g=URL.createObjectURL(await on(`${n}/${h.media_id}/raw`));return c.current.push(g),i(v=>({...v,[h.media_id]:g})),g}async function $(h){try{let g=document.createElement("a");g.href=await _(h),g.download=`${e.mailbox}-${h.media_id}.wav`,g.click()}catch(g){l(g.message)}}return d`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${o.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${t}>${o.vmboxes}</button>
    </div>
    <${x} message=${u} />
    ${r?r.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.messages}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.duration}</th><th>${o.folder}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${r.map(h=>d`<tr key=${h.media_id} data-message=${h.media_id} class="message">
                  <td data-label=${o.when}>${h.timestamp?Zr(h.timestamp):""}</td>
                  <td data-label=${o.from}>${h.caller_id_name||""} ${h.caller_id_number||""}</td>
                  <td data-label=${o.duration}>${h.length?`${Math.round(h.length/1e3)} s`:""}</td>
                  <td data-label=${o.folder} class="folder">${o.folders[h.folder]||h.folder}</td>
                  <td class="actions">
                    ${s[h.media_id]?d`<audio controls autoplay src=${s[h.media_id]}></audio>`:d`<button onClick=${()=>_(h).catch(g=>l(g.message))}>${o.play}</button>`}
                    <button class="plain" onClick=${()=>$(h)}>${o.download}</button>
                    ${h.folder==="new"&&d`<button class="plain" onClick=${()=>m(j(`${n}/${h.media_id}`,{folder:"saved"}))}>${o.markHeard}</button>`}
                    <button class="danger" onClick=${()=>confirm(o.confirmDeleteMessage)&&m(P(`${n}/${h.media_id}`))}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}function Fn(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(null),[i,c]=p(""),u=()=>Promise.all([b("vmboxes?paginate=false"),b("users?paginate=false")]).then(([$,h])=>t({boxes:$,users:h}),$=>c($.message));N(u,[]);let l=()=>{r(null),s(null),u()};async function f($){confirm(o.confirmDeleteVmbox($.name))&&(await P(`vmboxes/${$.id}`).catch(h=>c(h.message)),u())}async function m($){try{r(await b(`vmboxes/${$.id}`))}catch(h){c(h.message)}}if(n)return d`<${In} box=${n} users=${e.users} onDone=${l} />`;if(a)return d`<${Fe} box=${a} onDone=${l} />`;let _=$=>{let h=e.users.find(g=>g.id===$);return h?`${h.first_name} ${h.last_name}`:""};return d`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${o.vmboxes}</h2>
      <button onClick=${()=>r({})}>${o.addVmbox}</button>
    </div>
    <${x} message=${i} />
    ${e?e.boxes.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.vmboxes}>
            <thead><tr><th>${o.name}</th><th>${o.mailbox}</th><th>${o.owner}</th><th>${o.newMessages}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map($=>d`<tr key=${$.id} data-vmbox=${$.mailbox}>
                  <td data-label=${o.name}>${$.name}</td>
                  <td data-label=${o.mailbox}>${$.mailbox}</td>
                  <td data-label=${o.owner}>${_($.owner_id)}</td>
                  <td data-label=${o.newMessages} class="count">${$.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>s($)} aria-label=${o.messagesOf($.name)}>${o.messages}</button>
                    <button class="plain" onClick=${()=>m($)} aria-label=${`${o.edit} ${$.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>f($)} aria-label=${`${o.del} ${$.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}function Te(e,t){if(!(t instanceof B))throw t;let n={};for(let[r,a]of Object.entries(t.fields))n[e==="userGroup"&&r.startsWith("numbers")?"extension":r.split(".")[0]]=a;throw t.fields=n,t}async function Tn(){let[e,t]=await Promise.all([b("groups?paginate=false"),b("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let r=t.filter(a=>a.group_id===n.id);return{...n,userCf:r.find(a=>a.type==="userGroup"),baseCf:r.find(a=>a.type==="baseGroup")}})}async function jn(e){let t=[];try{let n=await M("groups",dt({},e));t.push(()=>P(`groups/${n.id}`));let r=await M("callflows",mt({},n,e));t.push(()=>P(`callflows/${r.id}`)),await M("callflows",ft({},n,r,e)).catch(a=>Te("userGroup",a))}catch(n){for(let r of t.reverse())await r().catch(()=>{});Te("groups",n)}}async function Bn(e,t){try{let n=await j(`groups/${e.id}`,dt(await b(`groups/${e.id}`),t)),r=await j(`callflows/${e.baseCf.id}`,mt(await b(`callflows/${e.baseCf.id}`),n,t)),a=e.userCf?await b(`callflows/${e.userCf.id}`):{},s=ft(a,n,r,t);await(e.userCf?j(`callflows/${e.userCf.id}`,s):M("callflows",s)).catch(i=>Te("userGroup",i))}catch(n){Te("groups",n)}}async function Rn(e){for(let t of[e.userCf,e.baseCf])t&&await P(`callflows/${t.id}`);await P(`groups/${e.id}`)}var ie=e=>/^\d+$/.test(String(e))?Number(e):NaN;function Jr(e){let t={};return e.name.trim()||(t.name=o.required),/^\d{2,8}$/.test(e.extension)||(t.extension=o.extDigits),ie(e.repeats)>=1&&ie(e.repeats)<=10||(t.repeats=o.repeatsRange),e.members.length||(t.members=o.pickMember),e.members.length>pe&&(t.members=o.tooManyMembers(pe)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=o.badTimeline),t}function Ln({id:e,label:t,value:n,onChange:r,options:a}){return d`<div class="field">
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${s=>r(s.target.value)}>
      ${a.map(([s,i])=>d`<option key=${s} value=${s}>${i}</option>`)}
    </select>
  </div>`}function Hn({group:e,users:t,vmboxes:n,onDone:r}){let[a,s]=p(e.form),[i,c]=p("20"),[u,l]=p({}),[f,m]=p(""),[_,$]=p(!1),h=k=>D=>s({...a,[k]:D}),g=k=>a.members.find(D=>D.id===k),v=k=>s({...a,members:g(k.id)?a.members.filter(D=>D.id!==k.id):[...a.members,{id:k.id,delay:0,timeout:20}]}),y=(k,D,F)=>s({...a,members:a.members.map(H=>H.id===k?{...H,[D]:ie(F)}:H)});async function w(k){k.preventDefault();let D=Jr(a);if(l(D),m(""),!Object.keys(D).length){$(!0);try{let F={...a,name:a.name.trim(),repeats:ie(a.repeats)};await(e.id?Bn(e,F):jn(F)),r()}catch(F){l(F.fields||{}),m(`${o.failed} ${F.message}`),$(!1)}}}let T=a.members.length>=pe;return d`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?o.editGroup:o.addGroup}</h2>
    <form onSubmit=${w} novalidate>
      <${x} message=${f} />
      <div class="grid">
        <${C} id="group_name" label=${o.name} value=${a.name} onInput=${h("name")} error=${u.name} required />
        <${C} id="group_extension" label=${o.extension} value=${a.extension} onInput=${h("extension")} error=${u.extension} required inputmode="numeric" />
        <${C} id="group_repeats" label=${o.repeats} value=${String(a.repeats)} onInput=${h("repeats")} error=${u.repeats} inputmode="numeric" />
        <${Ln} id="group_strategy" label=${o.strategy} value=${a.strategy} onChange=${h("strategy")} options=${Object.entries(o.strategies)} />
        <${Ln} id="group_next" label=${o.nextAction} value=${a.next_vmbox} onChange=${h("next_vmbox")}
          options=${[["",o.notAvailable],...n.map(k=>[k.id,o.toVoicemail(k.name,k.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${o.members(a.members.length,pe)}</legend>
        ${u.members&&d`<p class="error" id="members-error" role="alert">${u.members}</p>`}
        <table class="list timeline" aria-label=${o.timeline}>
          <thead><tr><th>${o.member}</th><th>${o.startAfter}</th><th>${o.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(k=>{let D=g(k.id),F=`${k.first_name} ${k.last_name}`;return d`<tr key=${k.id} data-member=${k.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+k.id} checked=${!!D} disabled=${!D&&T} onChange=${()=>v(k)} /><label for=${"m-"+k.id}>${F}</label></span></td>
                <td data-label=${o.startAfter}>${D&&d`<input class="delay" aria-label=${`${o.startAfter} ${F}`} inputmode="numeric" value=${Number.isNaN(D.delay)?"":D.delay} onInput=${H=>y(k.id,"delay",H.target.value)} />`}</td>
                <td data-label=${o.ringFor}>${D&&d`<input class="timeout" aria-label=${`${o.ringFor} ${F}`} inputmode="numeric" value=${Number.isNaN(D.timeout)?"":D.timeout} onInput=${H=>y(k.id,"timeout",H.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${C} id="group_total" label=${o.totalRing} value=${i} onInput=${c} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!a.members.length||!(ie(i)>=1)} onClick=${()=>s({...a,members:mn(a.members,ie(i))})}>${o.distribute}</button>
        </div>
      </fieldset>
      <div class="bar">
        <button type="submit" disabled=${_}>${_?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${r}>${o.cancel}</button>
      </div>
    </form>
  </section>`}async function Kr(e){let t=e.baseCf?await b(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},r=(n.endpoints||[]).map(s=>({id:s.id,delay:Number(s.delay)||0,timeout:Number(s.timeout)||20})),a=e.userCf?(await b(`callflows/${e.userCf.id}`)).flow.children._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:a&&a.module==="voicemail"?a.data.id:"",members:r}}function Gn(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(""),i=()=>Promise.all([Tn(),b("users?paginate=false"),b("vmboxes?paginate=false")]).then(([l,f,m])=>t({groups:l,users:f,vmboxes:m}),l=>s(l.message));N(i,[]);async function c(l){try{r({...l,form:await Kr(l)})}catch(f){s(f.message)}}async function u(l){confirm(o.confirmDeleteGroup(l.name))&&(await Rn(l).catch(f=>s(f.message)),i())}return n?d`<${Hn}
      group=${n}
      users=${e.users}
      vmboxes=${e.vmboxes}
      onDone=${()=>{r(null),i()}}
    />`:d`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${o.groups}</h2>
      <button disabled=${!e} onClick=${()=>r({form:{name:"",extension:"",repeats:1,strategy:"simultaneous",next_vmbox:"",members:[]}})}>${o.addGroup}</button>
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
                    <button onClick=${()=>c(l)} aria-label=${`${o.edit} ${l.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>u(l)} aria-label=${`${o.del} ${l.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}async function Qr(){let[e,t]=await Promise.all([b("phone_numbers"),b("callflows?paginate=false")]);return Object.entries(e.numbers||{}).map(([n,r])=>{let a=r.used_by_id&&t.find(s=>s.id===r.used_by_id);return{number:n,usedBy:a?a.name||a.id:r.used_by_id||""}}).sort((n,r)=>n.number.localeCompare(r.number))}function qn(){let[e,t]=p(null),[n,r]=p(""),[a,s]=p(""),[i,c]=p(""),u=()=>Qr().then(t,m=>c(m.message));N(u,[]);async function l(m){m.preventDefault();let _=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(_))return s(o.badPhoneNumber);s("");try{await M(`phone_numbers/${encodeURIComponent(_)}`,{}),r(""),u()}catch($){s($.fields.number||$.message)}}async function f(m){confirm(o.confirmDeleteNumber(m))&&(await P(`phone_numbers/${encodeURIComponent(m)}`).catch(_=>c(_.message)),u())}return d`<section aria-labelledby="numbers-h">
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
    <form onSubmit=${l} novalidate>
      <${C} id="new_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
      <button type="submit">${o.addPhoneNumber}</button>
    </form>
  </section>`}var zn=e=>e.split(/[\s,;]+/).filter(Boolean);function Wn(e){return{name:e.name.trim(),conference_numbers:[e.number],member:{pins:zn(e.member_pins),join_muted:e.join_muted},moderator:{pins:zn(e.moderator_pins)}}}var gt=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:[n.number],flow:{module:"conference",data:{id:t.id},children:{}}});function Vn(e){if(!(e instanceof B))throw e;let t={};for(let[n,r]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=r;throw e.fields=t,e}var Xn=e=>b(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function Yn(e){let t=null;try{t=await M("conferences",Wn(e)),await M("callflows",gt({},t,e))}catch(n){t&&await P(`conferences/${t.id}`).catch(()=>{}),Vn(n)}}async function Zn(e,t){try{let n=await X(`conferences/${e}`,Wn(t)),[r]=await Xn(e);r?await j(`callflows/${r.id}`,gt(await b(`callflows/${r.id}`),n,t)):await M("callflows",gt({},n,t))}catch(n){Vn(n)}}async function Jn(e){for(let t of await Xn(e))await P(`callflows/${t.id}`);await P(`conferences/${e}`)}var eo=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function to(e){let t={};e.name.trim()||(t.name=o.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=o.extDigits);for(let n of["member_pins","moderator_pins"])eo.test(e[n].trim())||(t[n]=o.pinList);return t}function Kn({conf:e,onDone:t}){let n=!e.id,[r,a]=p({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[s,i]=p({}),[c,u]=p(""),[l,f]=p(!1),m=$=>h=>a({...r,[$]:h});async function _($){$.preventDefault();let h=to(r);if(i(h),u(""),!Object.keys(h).length){f(!0);try{n?await Yn(r):await Zn(e.id,r),t()}catch(g){i(g.fields||{}),u(`${o.failed} ${g.message}`),f(!1)}}}return d`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?o.addConference:o.editConference}</h2>
    <form onSubmit=${_} novalidate>
      <${x} message=${c} />
      <div class="grid">
        <${C} id="conf_name" label=${o.name} value=${r.name} onInput=${m("name")} error=${s.name} required />
        <${C} id="conf_number" label=${o.confNumber} value=${r.number} onInput=${m("number")} error=${s.number} required inputmode="tel" />
        <${C} id="conf_member_pins" label=${o.memberPins} value=${r.member_pins} onInput=${m("member_pins")} error=${s.member_pins||s.member} inputmode="numeric" autocomplete="off" />
        <${C} id="conf_moderator_pins" label=${o.moderatorPins} value=${r.moderator_pins} onInput=${m("moderator_pins")} error=${s.moderator_pins||s.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${z} id="conf_join_muted" label=${o.joinMuted} checked=${r.join_muted} onChange=${m("join_muted")} />
      <div class="bar">
        <button type="submit" disabled=${l}>${l?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var Qn=e=>(e&&e.pins||[]).length;function er(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(""),i=()=>b("conferences?paginate=false").then(t,l=>s(l.message));N(i,[]);async function c(l){try{r(await b(`conferences/${l.id}`))}catch(f){s(f.message)}}async function u(l){confirm(o.confirmDeleteConference(l.name))&&(await Jn(l.id).catch(f=>s(f.message)),i())}return n?d`<${Kn}
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
                  <td data-label=${o.pins} class="pins">${o.pinSummary(Qn(l.member),Qn(l.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>c(l)} aria-label=${`${o.edit} ${l.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>u(l)} aria-label=${`${o.del} ${l.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}var no=/^\+?\d{2,15}$/;function ro(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function tr({user:e,onSaved:t}){let[n,r]=p(ro(e)),[a,s]=p({}),[i,c]=p(""),[u,l]=p(!1),[f,m]=p(!1),_=h=>g=>{l(!1),r({...n,[h]:g})};async function $(h){h.preventDefault();let g=n.forward&&!no.test(n.number.trim())?{"call_forward.number":o.forwardNumber}:{};if(s(g),c(""),!Object.keys(g).length){m(!0);try{let v=await X(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});l(!0),t&&t(v)}catch(v){s(v.fields||{}),c(`${o.failed} ${v.message}`)}m(!1)}}return d`<form onSubmit=${$} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${o.callHandling}</h3>
    <${x} message=${i} />
    <${z} id="dnd" label=${o.dnd} checked=${n.dnd} onChange=${_("dnd")} />
    <${z} id="forward" label=${o.forward} checked=${n.forward} onChange=${_("forward")} />
    ${n.forward&&d`<fieldset>
      <${C} id="forward_number" label=${o.forwardTo} value=${n.number} onInput=${_("number")} error=${a["call_forward.number"]} inputmode="tel" />
      <${z} id="ring_devices" label=${o.ringDevicesToo} checked=${n.ring_devices} onChange=${_("ring_devices")} />
      <${z} id="direct_calls_only" label=${o.directCallsOnly} checked=${n.direct_calls_only} onChange=${_("direct_calls_only")} />
      <${z} id="keep_caller_id" label=${o.keepCallerId} checked=${n.keep_caller_id} onChange=${_("keep_caller_id")} />
      <${z} id="require_keypress" label=${o.requireKeypress} checked=${n.require_keypress} onChange=${_("require_keypress")} />
    </fieldset>`}
    ${u&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
  </form>`}var oo=5e3;function ao({userId:e}){let[t,n]=p(null),[r,a]=p("");return N(()=>{let s=()=>b(`users/${e}/devices`).then(n,c=>a(c.message));s();let i=setInterval(s,oo);return()=>clearInterval(i)},[]),d`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${o.myDevices}</h3>
    <${x} message=${r} />
    ${t?t.length===0?o.none:d`<ul class="my-devices">
            ${t.map(s=>d`<li key=${s.id} data-device=${s.name}>
                <span class=${s.registered?"dot on":"dot"}>${s.name} · ${s.registered?o.registered:o.notRegistered}</span>
              </li>`)}
          </ul>`:o.loading}
  </div>`}function nr(){let[e,t]=p(null),[n,r]=p("");return N(()=>{b(`users/${S.value.owner}`).then(t,a=>r(a.message))},[]),d`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:o.myPhone}</h2>
    <${x} message=${n} />
    ${e&&d`<div class="stack">
      <${ao} userId=${e.id} />
      <${tr} user=${e} onSaved=${t} />
      <${se} username=${e.username} />
    </div>`}
  </section>`}function rr(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(""),i=()=>b("vmboxes?paginate=false").then(t,c=>s(c.message));return N(i,[]),n?d`<${Fe}
      box=${n}
      onDone=${()=>{r(null),i()}}
    />`:d`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${o.vmboxes}</h2>
    <${x} message=${a} />
    ${e?e.length===0?d`<p>${o.noBox}</p>`:d`<ul class="numbers">
            ${e.map(c=>d`<li key=${c.id} data-vmbox=${c.mailbox}>
                <span>${c.name} (${c.mailbox}) · ${o.messageCount(c.messages||0)}</span>
                <button onClick=${()=>r(c)} aria-label=${o.messagesOf(c.name)}>${o.messages}</button>
              </li>`)}
          </ul>`:d`<p>${o.loading}</p>`}
  </section>`}var so={dashboard:[o.dashboard,dn],users:[o.users,$n],devices:[o.devices,hn],groups:[o.groups,Gn],calls:[o.callLogs,vn],main:[o.mainNumber,Ue],voicemail:[o.vmboxes,Fn],conferences:[o.conferences,er],numbers:[o.numbers,qn],settings:[o.settings,Dn]},io={me:[o.myPhone,nr],myvoicemail:[o.vmboxes,rr],mycalls:[o.myCalls,gn]},je=()=>S.value&&S.value.admin===!1?io:so,yt=q(location.hash.slice(1));addEventListener("hashchange",()=>yt.value=location.hash.slice(1));var lo=()=>yt.value in je()?yt.value:Object.keys(je())[0],or=null;Q(()=>{let e=S.value;e||(te.value=null),e&&e.admin!==!1&&or!==e.token&&(or=e.token,Sn().catch(()=>{}))});function uo(){if(!S.value)return d`<${un} />`;let e=lo(),[,t]=je()[e];return d`<header>
      <strong>${o.app}</strong>
      <nav aria-label=${o.menu}>
        ${Object.entries(je()).map(([n,[r]])=>d`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${r}</a>`)}
      </nav>
      <button class="plain" onClick=${Me}>${o.logout}</button>
    </header>
    <main>${te.value?d`<${En} />`:d`<${t} key=${e} />`}</main>`}Ze(d`<${uo} />`,document.getElementById("app"));
