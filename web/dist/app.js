var ye,P,St,We,Z,wt,Et,Le,Nt,ze,He,Ge,so,ue={},Pt=[],io=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,qe=Array.isArray;function X(e,t){for(var n in t)e[n]=t[n];return e}function Ve(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function we(e,t,n){var r,a,s,i={};for(s in t)s=="key"?r=t[s]:s=="ref"?a=t[s]:i[s]=t[s];if(arguments.length>2&&(i.children=arguments.length>3?ye.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)i[s]===void 0&&(i[s]=e.defaultProps[s]);return ve(e,i,r,a,null)}function ve(e,t,n,r,a){var s={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:a??++St,__i:-1,__u:0};return a==null&&P.vnode!=null&&P.vnode(s),s}function xe(e){return e.children}function J(e,t){this.props=e,this.context=t}function oe(e,t){if(t==null)return e.__?oe(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?oe(e):null}function Dt(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return Dt(e)}}function xt(e){(!e.__d&&(e.__d=!0)&&Z.push(e)&&!ge.__r++||wt!==P.debounceRendering)&&((wt=P.debounceRendering)||Et)(ge)}function ge(){var e,t,n,r,a,s,i,u;for(Z.sort(Le);e=Z.shift();)e.__d&&(t=Z.length,r=void 0,s=(a=(n=e).__v).__e,i=[],u=[],n.__P&&((r=X({},a)).__v=a.__v+1,P.vnode&&P.vnode(r),Xe(n.__P,r,a,n.__n,n.__P.namespaceURI,32&a.__u?[s]:null,i,s??oe(a),!!(32&a.__u),u),r.__v=a.__v,r.__.__k[r.__i]=r,At(i,r,u),r.__e!=s&&Dt(r)),Z.length>t&&Z.sort(Le));ge.__r=0}function Mt(e,t,n,r,a,s,i,u,l,c,f){var m,_,h,$,g,v,y=r&&r.__k||Pt,w=t.length;for(l=lo(n,t,y,l,w),m=0;m<w;m++)(h=n.__k[m])!=null&&(_=h.__i===-1?ue:y[h.__i]||ue,h.__i=m,v=Xe(e,h,_,a,s,i,u,l,c,f),$=h.__e,h.ref&&_.ref!=h.ref&&(_.ref&&Ye(_.ref,null,h),f.push(h.ref,h.__c||$,h)),g==null&&$!=null&&(g=$),4&h.__u||_.__k===h.__k?l=Ot(h,l,e):typeof h.type=="function"&&v!==void 0?l=v:$&&(l=$.nextSibling),h.__u&=-7);return n.__e=g,l}function lo(e,t,n,r,a){var s,i,u,l,c,f=n.length,m=f,_=0;for(e.__k=new Array(a),s=0;s<a;s++)(i=t[s])!=null&&typeof i!="boolean"&&typeof i!="function"?(l=s+_,(i=e.__k[s]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?ve(null,i,null,null,null):qe(i)?ve(xe,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?ve(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,u=null,(c=i.__i=co(i,n,l,m))!==-1&&(m--,(u=n[c])&&(u.__u|=2)),u==null||u.__v===null?(c==-1&&_--,typeof i.type!="function"&&(i.__u|=4)):c!=l&&(c==l-1?_--:c==l+1?_++:(c>l?_--:_++,i.__u|=4))):e.__k[s]=null;if(m)for(s=0;s<f;s++)(u=n[s])!=null&&!(2&u.__u)&&(u.__e==r&&(r=oe(u)),Ut(u,u));return r}function Ot(e,t,n){var r,a;if(typeof e.type=="function"){for(r=e.__k,a=0;r&&a<r.length;a++)r[a]&&(r[a].__=e,t=Ot(r[a],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=oe(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function co(e,t,n,r){var a,s,i=e.key,u=e.type,l=t[n];if(l===null||l&&i==l.key&&u===l.type&&!(2&l.__u))return n;if(r>(l!=null&&!(2&l.__u)?1:0))for(a=n-1,s=n+1;a>=0||s<t.length;){if(a>=0){if((l=t[a])&&!(2&l.__u)&&i==l.key&&u===l.type)return a;a--}if(s<t.length){if((l=t[s])&&!(2&l.__u)&&i==l.key&&u===l.type)return s;s++}}return-1}function kt(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||io.test(t)?n:n+"px"}function be(e,t,n,r,a){var s;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||kt(e.style,t,"");if(n)for(t in n)r&&n[t]===r[t]||kt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(Nt,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=n,n?r?n.u=r.u:(n.u=ze,e.addEventListener(t,s?Ge:He,s)):e.removeEventListener(t,s?Ge:He,s);else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function Ct(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=ze++;else if(t.t<n.u)return;return n(P.event?P.event(t):t)}}}function Xe(e,t,n,r,a,s,i,u,l,c){var f,m,_,h,$,g,v,y,w,T,M,E,O,G,B,ce,Re,W=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(l=!!(32&n.__u),s=[u=t.__e=n.__e]),(f=P.__b)&&f(t);e:if(typeof W=="function")try{if(y=t.props,w="prototype"in W&&W.prototype.render,T=(f=W.contextType)&&r[f.__c],M=f?T?T.props.value:f.__:r,n.__c?v=(m=t.__c=n.__c).__=m.__E:(w?t.__c=m=new W(y,M):(t.__c=m=new J(y,M),m.constructor=W,m.render=mo),T&&T.sub(m),m.props=y,m.state||(m.state={}),m.context=M,m.__n=r,_=m.__d=!0,m.__h=[],m._sb=[]),w&&m.__s==null&&(m.__s=m.state),w&&W.getDerivedStateFromProps!=null&&(m.__s==m.state&&(m.__s=X({},m.__s)),X(m.__s,W.getDerivedStateFromProps(y,m.__s))),h=m.props,$=m.state,m.__v=t,_)w&&W.getDerivedStateFromProps==null&&m.componentWillMount!=null&&m.componentWillMount(),w&&m.componentDidMount!=null&&m.__h.push(m.componentDidMount);else{if(w&&W.getDerivedStateFromProps==null&&y!==h&&m.componentWillReceiveProps!=null&&m.componentWillReceiveProps(y,M),!m.__e&&(m.shouldComponentUpdate!=null&&m.shouldComponentUpdate(y,m.__s,M)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(m.props=y,m.state=m.__s,m.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(de){de&&(de.__=t)}),E=0;E<m._sb.length;E++)m.__h.push(m._sb[E]);m._sb=[],m.__h.length&&i.push(m);break e}m.componentWillUpdate!=null&&m.componentWillUpdate(y,m.__s,M),w&&m.componentDidUpdate!=null&&m.__h.push(function(){m.componentDidUpdate(h,$,g)})}if(m.context=M,m.props=y,m.__P=e,m.__e=!1,O=P.__r,G=0,w){for(m.state=m.__s,m.__d=!1,O&&O(t),f=m.render(m.props,m.state,m.context),B=0;B<m._sb.length;B++)m.__h.push(m._sb[B]);m._sb=[]}else do m.__d=!1,O&&O(t),f=m.render(m.props,m.state,m.context),m.state=m.__s;while(m.__d&&++G<25);m.state=m.__s,m.getChildContext!=null&&(r=X(X({},r),m.getChildContext())),w&&!_&&m.getSnapshotBeforeUpdate!=null&&(g=m.getSnapshotBeforeUpdate(h,$)),u=Mt(e,qe(ce=f!=null&&f.type===xe&&f.key==null?f.props.children:f)?ce:[ce],t,n,r,a,s,i,u,l,c),m.base=t.__e,t.__u&=-161,m.__h.length&&i.push(m),v&&(m.__E=m.__=null)}catch(de){if(t.__v=null,l||s!=null)if(de.then){for(t.__u|=l?160:128;u&&u.nodeType==8&&u.nextSibling;)u=u.nextSibling;s[s.indexOf(u)]=null,t.__e=u}else for(Re=s.length;Re--;)Ve(s[Re]);else t.__e=n.__e,t.__k=n.__k;P.__e(de,t,n)}else s==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):u=t.__e=uo(n.__e,t,n,r,a,s,i,l,c);return(f=P.diffed)&&f(t),128&t.__u?void 0:u}function At(e,t,n){for(var r=0;r<n.length;r++)Ye(n[r],n[++r],n[++r]);P.__c&&P.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(s){s.call(a)})}catch(s){P.__e(s,a.__v)}})}function uo(e,t,n,r,a,s,i,u,l){var c,f,m,_,h,$,g,v=n.props,y=t.props,w=t.type;if(w=="svg"?a="http://www.w3.org/2000/svg":w=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),s!=null){for(c=0;c<s.length;c++)if((h=s[c])&&"setAttribute"in h==!!w&&(w?h.localName==w:h.nodeType==3)){e=h,s[c]=null;break}}if(e==null){if(w==null)return document.createTextNode(y);e=document.createElementNS(a,w,y.is&&y),u&&(P.__m&&P.__m(t,s),u=!1),s=null}if(w===null)v===y||u&&e.data===y||(e.data=y);else{if(s=s&&ye.call(e.childNodes),v=n.props||ue,!u&&s!=null)for(v={},c=0;c<e.attributes.length;c++)v[(h=e.attributes[c]).name]=h.value;for(c in v)if(h=v[c],c!="children"){if(c=="dangerouslySetInnerHTML")m=h;else if(!(c in y)){if(c=="value"&&"defaultValue"in y||c=="checked"&&"defaultChecked"in y)continue;be(e,c,null,h,a)}}for(c in y)h=y[c],c=="children"?_=h:c=="dangerouslySetInnerHTML"?f=h:c=="value"?$=h:c=="checked"?g=h:u&&typeof h!="function"||v[c]===h||be(e,c,h,v[c],a);if(f)u||m&&(f.__html===m.__html||f.__html===e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(m&&(e.innerHTML=""),Mt(e,qe(_)?_:[_],t,n,r,w=="foreignObject"?"http://www.w3.org/1999/xhtml":a,s,i,s?s[0]:n.__k&&oe(n,0),u,l),s!=null)for(c=s.length;c--;)Ve(s[c]);u||(c="value",w=="progress"&&$==null?e.removeAttribute("value"):$!==void 0&&($!==e[c]||w=="progress"&&!$||w=="option"&&$!==v[c])&&be(e,c,$,v[c],a),c="checked",g!==void 0&&g!==e[c]&&be(e,c,g,v[c],a))}return e}function Ye(e,t,n){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(a){P.__e(a,n)}}function Ut(e,t,n){var r,a;if(P.unmount&&P.unmount(e),(r=e.ref)&&(r.current&&r.current!==e.__e||Ye(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(s){P.__e(s,t)}r.base=r.__P=null}if(r=e.__k)for(a=0;a<r.length;a++)r[a]&&Ut(r[a],t,n||typeof e.type!="function");n||Ve(e.__e),e.__c=e.__=e.__e=void 0}function mo(e,t,n){return this.constructor(e,n)}function Ze(e,t,n){var r,a,s,i;t==document&&(t=document.documentElement),P.__&&P.__(e,t),a=(r=typeof n=="function")?null:n&&n.__k||t.__k,s=[],i=[],Xe(t,e=(!r&&n||t).__k=we(xe,null,[e]),a||ue,ue,t.namespaceURI,!r&&n?[n]:a?null:t.firstChild?ye.call(t.childNodes):null,s,!r&&n?n:a?a.__e:t.firstChild,r,i),At(s,e,i)}ye=Pt.slice,P={__e:function(e,t,n,r){for(var a,s,i;t=t.__;)if((a=t.__c)&&!a.__)try{if((s=a.constructor)&&s.getDerivedStateFromError!=null&&(a.setState(s.getDerivedStateFromError(e)),i=a.__d),a.componentDidCatch!=null&&(a.componentDidCatch(e,r||{}),i=a.__d),i)return a.__E=a}catch(u){e=u}throw e}},St=0,We=function(e){return e!=null&&e.constructor==null},J.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=X({},this.state),typeof e=="function"&&(e=e(X({},n),this.props)),e&&X(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),xt(this))},J.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),xt(this))},J.prototype.render=xe,Z=[],Et=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Le=function(e,t){return e.__v.__b-t.__v.__b},ge.__r=0,Nt=/(PointerCapture)$|Capture$/i,ze=0,He=Ct(!1),Ge=Ct(!0),so=0;var It=function(e,t,n,r){var a;t[0]=0;for(var s=1;s<t.length;s++){var i=t[s++],u=t[s]?(t[0]|=i?1:2,n[t[s++]]):t[++s];i===3?r[0]=u:i===4?r[1]=Object.assign(r[1]||{},u):i===5?(r[1]=r[1]||{})[t[++s]]=u:i===6?r[1][t[++s]]+=u+"":i?(a=e.apply(u,It(e,u,n,["",null])),r.push(a),u[0]?t[0]|=2:(t[s-2]=0,t[s]=a)):r.push(u)}return r},Ft=new Map;function Tt(e){var t=Ft.get(this);return t||(t=new Map,Ft.set(this,t)),(t=It(this,t.get(e)||(t.set(e,t=function(n){for(var r,a,s=1,i="",u="",l=[0],c=function(_){s===1&&(_||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?l.push(0,_,i):s===3&&(_||i)?(l.push(3,_,i),s=2):s===2&&i==="..."&&_?l.push(4,_,0):s===2&&i&&!_?l.push(5,0,!0,i):s>=5&&((i||!_&&s===5)&&(l.push(s,0,i,a),s=6),_&&(l.push(s,_,0,a),s=6)),i=""},f=0;f<n.length;f++){f&&(s===1&&c(),c(f));for(var m=0;m<n[f].length;m++)r=n[f][m],s===1?r==="<"?(c(),l=[l],s=3):i+=r:s===4?i==="--"&&r===">"?(s=1,i=""):i=r+i[0]:u?r===u?u="":i+=r:r==='"'||r==="'"?u=r:r===">"?(c(),s=1):s&&(r==="="?(s=5,a=i,i=""):r==="/"&&(s<5||n[f][m+1]===">")?(c(),s===3&&(l=l[0]),s=l,(l=l[0]).push(2,0,s),s=0):r===" "||r==="	"||r===`
`||r==="\r"?(c(),s=2):i+=r),s===3&&i==="!--"&&(s=4,l=l[0])}return c(),l}(e)),t),arguments,[])).length>1?t:t[0]}var d=Tt.bind(we);var me,U,Je,Bt,Ce=0,qt=[],F=P,jt=F.__b,Rt=F.__r,Lt=F.diffed,Ht=F.__c,Gt=F.unmount,Wt=F.__;function Qe(e,t){F.__h&&F.__h(U,e,Ce||t),Ce=0;var n=U.__H||(U.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function p(e){return Ce=1,fo(Xt,e)}function fo(e,t,n){var r=Qe(me++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Xt(void 0,t),function(u){var l=r.__N?r.__N[0]:r.__[0],c=r.t(l,u);l!==c&&(r.__N=[c,r.__[1]],r.__c.setState({}))}],r.__c=U,!U.u)){var a=function(u,l,c){if(!r.__c.__H)return!0;var f=r.__c.__H.__.filter(function(_){return!!_.__c});if(f.every(function(_){return!_.__N}))return!s||s.call(this,u,l,c);var m=r.__c.props!==u;return f.forEach(function(_){if(_.__N){var h=_.__[0];_.__=_.__N,_.__N=void 0,h!==_.__[0]&&(m=!0)}}),s&&s.call(this,u,l,c)||m};U.u=!0;var s=U.shouldComponentUpdate,i=U.componentWillUpdate;U.componentWillUpdate=function(u,l,c){if(this.__e){var f=s;s=void 0,a(u,l,c),s=f}i&&i.call(this,u,l,c)},U.shouldComponentUpdate=a}return r.__N||r.__}function S(e,t){var n=Qe(me++,3);!F.__s&&Vt(n.__H,t)&&(n.__=e,n.i=t,U.__H.__h.push(n))}function et(e){return Ce=5,Se(function(){return{current:e}},[])}function Se(e,t){var n=Qe(me++,7);return Vt(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function po(){for(var e;e=qt.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(ke),e.__H.__h.forEach(Ke),e.__H.__h=[]}catch(t){e.__H.__h=[],F.__e(t,e.__v)}}F.__b=function(e){U=null,jt&&jt(e)},F.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Wt&&Wt(e,t)},F.__r=function(e){Rt&&Rt(e),me=0;var t=(U=e.__c).__H;t&&(Je===U?(t.__h=[],U.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(ke),t.__h.forEach(Ke),t.__h=[],me=0)),Je=U},F.diffed=function(e){Lt&&Lt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(qt.push(t)!==1&&Bt===F.requestAnimationFrame||((Bt=F.requestAnimationFrame)||$o)(po)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),Je=U=null},F.__c=function(e,t){t.some(function(n){try{n.__h.forEach(ke),n.__h=n.__h.filter(function(r){return!r.__||Ke(r)})}catch(r){t.some(function(a){a.__h&&(a.__h=[])}),t=[],F.__e(r,n.__v)}}),Ht&&Ht(e,t)},F.unmount=function(e){Gt&&Gt(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(r){try{ke(r)}catch(a){t=a}}),n.__H=void 0,t&&F.__e(t,n.__v))};var zt=typeof requestAnimationFrame=="function";function $o(e){var t,n=function(){clearTimeout(r),zt&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,100);zt&&(t=requestAnimationFrame(n))}function ke(e){var t=U,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),U=t}function Ke(e){var t=U;e.__c=e.__(),U=t}function Vt(e,t){return!e||e.length!==t.length||t.some(function(n,r){return n!==e[r]})}function Xt(e,t){return typeof t=="function"?t(e):t}var _o=Symbol.for("preact-signals");function tt(){if(K>1)K--;else{var e,t=!1;for(function(){var a=Ne;for(Ne=void 0;a!==void 0;){var s=a.S;if(s.v===a.v)for(var i=s.t;i!==void 0;i=i.x)i.i===a.i&&(i.i=s.i);a=a.o}}();pe!==void 0;){var n=pe;for(pe=void 0,Ee++;n!==void 0;){var r=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&Jt(n))try{n.c()}catch(a){t||(e=a,t=!0)}n=r}}if(Ee=0,K--,t)throw e}}var fe,A=void 0;function $e(e){var t=A,n=fe;A=void 0,fe=void 0;try{return e()}finally{A=t,fe=n}}var pe=void 0,K=0,Ee=0;var Yt=0,Ne=void 0,Pe=0;function Zt(e){if(A!==void 0){var t=e.n;if(t===void 0||t.t!==A)return t={i:0,S:e,p:A.s,n:void 0,t:A,e:void 0,x:void 0,r:t},A.s!==void 0&&(A.s.n=t),A.s=t,e.n=t,32&A.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=A.s,t.n=void 0,A.s.n=t,A.s=t),t}}function I(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}I.prototype.brand=_o;I.prototype.h=function(){return!0};I.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:$e(function(){var r;(r=t.W)==null||r.call(t)}))};I.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,r=e.x;n!==void 0&&(n.x=r,e.e=void 0),r!==void 0&&(r.e=n,e.x=void 0),e===this.t&&(this.t=r,r===void 0&&$e(function(){var a;(a=t.Z)==null||a.call(t)}))}};I.prototype.subscribe=function(e){var t=this;return ee(function(){var n=t.value;$e(function(){return e(n)})},{name:"sub"})};I.prototype.valueOf=function(){return this.value};I.prototype.toString=function(){return this.value+""};I.prototype.toJSON=function(){return this.value};I.prototype.peek=function(){var e=this;return $e(function(){return e.value})};Object.defineProperty(I.prototype,"value",{get:function(){var e=Zt(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Ee>100)throw new Error("Cycle detected");(function(n){K!==0&&Ee===0&&n.l!==Yt&&(n.l=Yt,Ne={S:n,v:n.v,i:n.i,o:Ne})})(this),this.v=e,this.i++,Pe++,K++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{tt()}}}});function z(e,t){return new I(e,t)}function Jt(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function Kt(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function Qt(e){for(var t=e.s,n=void 0;t!==void 0;){var r=t.p;t.i===-1?(t.S.U(t),r!==void 0&&(r.n=t.n),t.n!==void 0&&(t.n.p=r)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=r}e.s=n}function Q(e,t){I.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Pe-1,this.f=4}Q.prototype=new I;Q.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Pe))return!0;if(this.g=Pe,this.f|=1,this.i>0&&!Jt(this))return this.f&=-2,!0;var e=A;try{Kt(this),A=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return A=e,Qt(this),this.f&=-2,!0};Q.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}I.prototype.S.call(this,e)};Q.prototype.U=function(e){if(this.t!==void 0&&(I.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};Q.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(Q.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=Zt(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function nt(e,t){return new Q(e,t)}function en(e){var t=e.j;if(e.j=void 0,typeof t=="function"){K++;var n=A;A=void 0;try{t()}catch(r){throw e.f&=-2,e.f|=8,ot(e),r}finally{A=n,tt()}}}function ot(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,en(e)}function ho(e){if(A!==this)throw new Error("Out-of-order effect");Qt(this),A=e,this.f&=-2;try{8&this.f&&ot(this)}finally{tt()}}function re(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,fe&&fe.push(this)}re.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};re.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,en(this),Kt(this),K++;var e=A;return A=this,ho.bind(this,e)};re.prototype.N=function(){2&this.f||(this.f|=2,this.u=pe,pe=this)};re.prototype.d=function(){this.f|=8,1&this.f||ot(this)};re.prototype.dispose=function(){this.d()};function ee(e,t){var n=new re(e,t);try{n.c()}catch(a){throw n.d(),a}var r=n.d.bind(n);return r[Symbol.dispose]=r,r}var at,rt;function ae(e,t){P[e]=t.bind(null,P[e]||function(){})}function De(e){rt&&rt(),rt=e&&e.S()}function tn(e){var t=this,n=e.data,r=vo(n);r.value=n;var a=Se(function(){for(var s=t.__v;s=s.__;)if(s.__c){s.__c.__$f|=4;break}return t.__$u.c=function(){var i,u=t.__$u.S(),l=a.value;u(),We(l)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=l},nt(function(){var i=r.value.value;return i===0?0:i===!0?"":i||""})},[]);return a.value}tn.displayName="_st";Object.defineProperties(I.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:tn},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});ae("__b",function(e,t){if(typeof t.type=="string"){var n,r=t.props;for(var a in r)if(a!=="children"){var s=r[a];s instanceof I&&(n||(t.__np=n={}),n[a]=s,r[a]=s.peek())}}e(t)});ae("__r",function(e,t){De();var n,r=t.__c;r&&(r.__$f&=-2,(n=r.__$u)===void 0&&(r.__$u=n=function(a){var s;return ee(function(){s=this}),s.c=function(){r.__$f|=1,r.setState({})},s}())),at=r,De(n),e(t)});ae("__e",function(e,t,n,r){De(),at=void 0,e(t,n,r)});ae("diffed",function(e,t){De(),at=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var r=t.__np,a=t.props;if(r){var s=n.U;if(s)for(var i in s){var u=s[i];u!==void 0&&!(i in r)&&(u.d(),s[i]=void 0)}else n.U=s={};for(var l in r){var c=s[l],f=r[l];c===void 0?(c=bo(n,l,f,a),s[l]=c):c.o(f,a)}}}e(t)});function bo(e,t,n,r){var a=t in e&&e.ownerSVGElement===void 0,s=z(n);return{o:function(i,u){s.value=i,r=u},d:ee(function(){var i=s.value.value;r[t]!==i&&(r[t]=i,a?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}ae("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var r=n.U;if(r){n.U=void 0;for(var a in r){var s=r[a];s&&s.d()}}}}else{var i=t.__c;if(i){var u=i.__$u;u&&(i.__$u=void 0,u.d())}}e(t)});ae("__h",function(e,t,n,r){(r<3||r===9)&&(t.__$f|=2),e(t,n,r)});J.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var r in t)return!0;for(var a in e)if(a!=="__source"&&e[a]!==this.props[a])return!0;for(var s in this.props)if(!(s in e))return!0;return!1};function vo(e){return Se(function(){return z(e)},[])}var go=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],yo=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function nn(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,r=new Uint32Array(n*16);t.forEach((l,c)=>r[c>>2]|=l<<c%4*8),r[t.length>>2]|=128<<t.length%4*8,r[n*16-2]=t.length*8>>>0,r[n*16-1]=Math.floor(t.length/536870912);let[a,s,i,u]=[1732584193,4023233417,2562383102,271733878];for(let l=0;l<r.length;l+=16){let[c,f,m,_]=[a,s,i,u];for(let h=0;h<64;h++){let $=h>>4,g,v;$===0?[g,v]=[f&m|~f&_,h]:$===1?[g,v]=[_&f|~_&m,(5*h+1)%16]:$===2?[g,v]=[f^m^_,(3*h+5)%16]:[g,v]=[m^(f|~_),7*h%16];let y=go[$*4+h%4],w=c+g+yo[h]+r[l+v]>>>0;[c,_,m]=[_,m,f],f=f+(w<<y|w>>>32-y)>>>0}[a,s,i,u]=[a+c>>>0,s+f>>>0,i+m>>>0,u+_>>>0]}return[a,s,i,u].map(l=>[0,8,16,24].map(c=>(l>>>c&255).toString(16).padStart(2,"0")).join("")).join("")}var st="edgepbx.session",C=z(wo());function wo(){try{return JSON.parse(sessionStorage.getItem(st))||null}catch{return null}}var xo=30*60*1e3,on=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>on=Date.now(),{passive:!0});setInterval(()=>C.value&&Date.now()-on>xo&&Me(),60*1e3);var R=class extends Error{constructor(t,n){let r={},a=n&&n.data;if(t===400&&a&&typeof a=="object")for(let[s,i]of Object.entries(a)){let u=i&&typeof i=="object"?Object.values(i)[0]:null;r[s]=u&&u.message||String(i)}super(n&&(n.message||a&&a.message)||`HTTP ${t}`),this.status=t,this.fields=r,this.body=n}};async function L(e,t,n,r=C.value&&C.value.token){let a=C.value,s={Accept:"application/json"};r&&(s["X-Auth-Token"]=r),n!==void 0&&(s["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:s,body:n===void 0?void 0:JSON.stringify({data:n})}),u=await i.json().catch(()=>null);if(i.status===401&&a&&t!=="user_auth"&&Me(),!i.ok)throw new R(i.status,u);return u}async function rn(e){let t=await fetch("/v2/"+Y(e),{headers:{"X-Auth-Token":C.value.token,Accept:"audio/*"}});if(!t.ok)throw new R(t.status,await t.json().catch(()=>null));return t.blob()}var Y=e=>`accounts/${C.value.account}/${e}`,b=async e=>(await L("GET",Y(e))).data,D=async(e,t)=>(await L("PUT",Y(e),t)).data,j=async(e,t)=>(await L("POST",Y(e),t)).data,q=async(e,t)=>(await L("PATCH",Y(e),t)).data,N=async e=>(await L("DELETE",Y(e))).data,an=(e,t,n)=>L("PUT","user_auth",{credentials:nn(`${t.toLowerCase()}:${n}`),account_name:e});async function sn(e,t,n){let r=await an(e,t,n),a={token:r.auth_token,account:r.data.account_id,owner:r.data.owner_id,accountName:e},s=(await L("GET",`accounts/${a.account}/users/${a.owner}`,void 0,a.token)).data;a.admin=s.priv_level==="admin",sessionStorage.setItem(st,JSON.stringify(a)),C.value=a}function Me(){sessionStorage.removeItem(st),C.value=null}async function ln(e,t){try{return await an(C.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var o={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension and their phones?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"},featureCodes:"Feature codes",fcHint:"Codes dialled from any phone of the office. A code with \u2026 takes a number dialled after it. Turning a code off frees it.",fcWhat:"What it does",fcCode:"Code",fcOn:"On",fcNotRun:"This box does not run this code yet.",fcDigits:"1 to 6 digits",fcTaken:e=>`${e} is already another code`};function k({id:e,label:t,value:n,onInput:r,error:a,type:s="text",required:i,autocomplete:u,inputmode:l}){let c=`${e}-error`;return d`<div class="field">
    <label for=${e}>${t}</label>
    <input
      id=${e}
      name=${e}
      type=${s}
      value=${n}
      required=${i}
      autocomplete=${u}
      inputmode=${l}
      aria-invalid=${a?"true":void 0}
      aria-describedby=${a?c:void 0}
      onInput=${f=>r(f.target.value)}
    />
    ${a&&d`<p class="error" id=${c} role="alert">${a}</p>`}
  </div>`}function x({message:e}){return e?d`<p class="banner" role="alert">${e}</p>`:null}function V({id:e,label:t,checked:n,onChange:r}){return d`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${a=>r(a.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function cn(){let[e,t]=p({account:"",username:"",password:""}),[n,r]=p(!1),[a,s]=p(""),i=l=>c=>t({...e,[l]:c});async function u(l){l.preventDefault(),r(!0),s("");try{await sn(e.account.trim(),e.username.trim(),e.password)}catch(c){s(c.status===401?o.badLogin:c.message),r(!1)}}return d`<main class="login">
    <form onSubmit=${u} aria-label=${o.login}>
      <h1>${o.app}</h1>
      <${x} message=${a} />
      <${k} id="account" label=${o.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${k} id="username" label=${o.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${k} id="password" label=${o.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?o.signingIn:o.login}</button>
    </form>
  </main>`}var ko=5e3;async function Co(){let e=await b("resources?paginate=false");return(await Promise.all(e.map(n=>b(`resources/${n.id}/status`).then(r=>[n,r])))).flatMap(([n,r])=>r.gateways.filter(a=>a.state==="failed").map(a=>o.trunkDown(n.name||n.id,a.server)))}var dn=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function So(){let[e,t,n]=await Promise.all([b("devices?with_status=true&paginate=false"),b("channels"),b("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function Eo(e){var n;let t={};for(let r of e){let a=t[n=r.device_type||"sip_device"]||(t[n]=[0,0]);a[0]+=1,r.registered&&(a[1]+=1)}return Object.entries(t).map(([r,[a,s]])=>[r,a,s]).sort((r,a)=>a[1]-r[1]||r[0].localeCompare(a[0]))}var No=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function Po(){let[e,t,n,r,a,s,i]=await Promise.all([b("users?paginate=false"),b("phone_numbers"),dn(L("GET","system_status").then(l=>l.data),null),dn(b("sip_bans"),[]),Co(),b("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),b("conferences?paginate=false")]),u=Object.values(t.numbers||{});return{users:e.length,numbers:u.length,spare:u.filter(l=>!l.used_by).length,version:n&&n.software_version,main:No(s.flatMap(l=>l.numbers||[])),conference:i.flatMap(l=>l.conference_numbers||[]),alerts:[...r.map(l=>o.banned(l.ip,l.reason)),...a]}}function se({id:e,label:t,value:n}){return d`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function un(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p("");S(()=>{Po().then(t,f=>s(f.message));let l=()=>So().then(r,f=>s(f.message));l();let c=setInterval(l,ko);return()=>clearInterval(c)},[]);let i=n?n.devices.filter(l=>l.registered).length:"\u2026",u=n?n.ports.filter(l=>l.state==="down"||l.alarm).map(l=>o.portDown(l.name,l.alarm)):[];return d`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${o.dashboard}</h2>
    <${x} message=${a} />
    <div class="tiles">
      <${se} id="users" label=${o.users} value=${e?e.users:"\u2026"} />
      <${se} id="devices" label=${o.devices} value=${n?n.devices.length:"\u2026"} />
      <${se} id="registered" label=${o.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${se} id="calls" label=${o.callsNow} value=${n?n.calls:"\u2026"} />
      <${se} id="numbers" label=${o.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&d`<${se} id="version" label=${o.softwareVersion} value=${e.version} />`}
    </div>
    ${n&&d`<h3>${o.devicesByType}</h3>
      <ul class="by-type">
        ${Eo(n.devices).map(([l,c,f])=>d`<li key=${l} data-type=${l}>${o.deviceTypes[l]||l}: ${o.registeredOf(f,c)}</li>`)}
      </ul>`}
    ${n&&n.ports.length>0&&d`<h3>${o.analogPorts}</h3>
      <ul class="ports">
        ${n.ports.map(l=>d`<li key=${l.name} data-port=${l.name}><span class=${l.state==="down"?"dot":"dot on"}>${l.name} · ${o.portStates[l.state]||l.state}</span></li>`)}
      </ul>`}
    ${e&&d`<dl class="facts">
      <dt>${o.mainNumbers}</dt><dd data-fact="main">${e.main.join(", ")||o.noneSet}</dd>
      <dt>${o.conferenceNumbers}</dt><dd data-fact="conference">${e.conference.join(", ")||o.noneSet}</dd>
    </dl>`}
    <h3>${o.alerts}</h3>
    ${e&&([...e.alerts,...u].length?d`<ul class="alerts">${[...e.alerts,...u].map(l=>d`<li key=${l}>${l}</li>`)}</ul>`:d`<p class="ok">${o.noAlerts}</p>`)}
  </section>`}var H=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),lt=e=>`${e.first_name} ${e.last_name}`.trim();function it(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,r=>t[r%t.length]).join("")}function ct(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:lt(t),number:t.extension}},ui_metadata:H()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}function Oe(e,t,n){return{...e,type:"mainUserCallflow",owner_id:t.id,name:o.callflowOf(lt(t)),numbers:[n],contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:{}},ui_metadata:H()}}function dt(e){return{device_type:"sip_device",name:o.phoneOf(lt(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${it(10)}`,password:it(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:H()}}var _e=15;function ut(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||H()}}function mt(e,t,n){let r=Math.max(...n.members.map(a=>a.delay+a.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[it(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:r,repeats:n.repeats,endpoints:n.members.map(a=>({id:a.id,endpoint_type:"user",delay:a.delay,timeout:a.timeout}))},children:{}},ui_metadata:e.ui_metadata||H()}}var Do=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function ft(e,t,n,r){return{...e,name:r.name,type:"userGroup",group_id:t.id,numbers:[r.extension],flow:{module:"callflow",data:{id:n.id},children:{_:Do(r.next_vmbox)}},ui_metadata:e.ui_metadata||H()}}function mn(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((r,a)=>({...r,delay:a*n,timeout:n}))}function Mo(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:null}function Oo(e,t){if(!(t instanceof R))throw t;let n={},r=[];for(let[a,s]of Object.entries(t.fields)){let i=Mo(e,a);i?n[i]=s:r.push(`${a}: ${s}`)}throw t.fields=n,r.length&&(t.message=r.join("; ")),t}async function te(e,t,n){try{return await t()}catch(r){for(let a of n.reverse())await a().catch(()=>{});Oo(e,r)}}async function fn(e){let t=[],n=await te("users",()=>D("users",ct({},e)),t);t.push(()=>N(`users/${n.id}`));let r=await te("callflows",()=>D("callflows",Oe({},n,e.extension)),t);return t.push(()=>N(`callflows/${r.id}`)),e.phone&&await te("devices",()=>D("devices",dt(n)),t),n}async function pn(e,t,n){let r=await b(`users/${e}`),a=await te("users",()=>j(`users/${e}`,ct(r,t)),[]);if(n){let s=await b(`callflows/${n}`);await te("callflows",()=>j(`callflows/${n}`,Oe(s,a,t.extension)),[])}else await te("callflows",()=>D("callflows",Oe({},a,t.extension)),[]);return t.phone&&await te("devices",()=>D("devices",dt(a)),[]),a}async function $n(e){let[t,n]=await Promise.all([b(`callflows?filter_owner_id=${e}&paginate=false`),b(`devices?filter_owner_id=${e}&paginate=false`)]);for(let r of[...t.map(a=>`callflows/${a.id}`),...n.map(a=>`devices/${a.id}`)])await N(r);await N(`users/${e}`)}var Ao=5e3;function pt({ownerId:e}){let[t,n]=p([]),[r,a]=p("");return S(()=>{let s=!0;L("GET",`accounts/${C.value.account}`).then(l=>s&&a(l.data.realm||""));async function i(){let l=await b(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),c=await Promise.all(l.map(f=>b(`devices/${f.id}`)));s&&n(c.map((f,m)=>({...f,registered:l[m].registered})))}i().catch(()=>{});let u=setInterval(()=>i().catch(()=>{}),Ao);return()=>{s=!1,clearInterval(u)}},[e]),t.map(s=>d`<div class="card" key=${s.id} aria-label=${o.sipCredentials}>
      <h3>${o.sipCredentials}: ${s.name}</h3>
      <dl>
        <dt>${o.sipUser}</dt><dd class="sip-user">${s.sip&&s.sip.username}</dd>
        <dt>${o.sipPassword}</dt><dd class="sip-password">${s.sip&&s.sip.password}</dd>
        <dt>${o.sipRealm}</dt><dd>${r}</dd>
        <dt>${o.status}</dt><dd class=${s.registered?"dot on":"dot"}>${s.registered?o.registered:o.notRegistered}</dd>
      </dl>
    </div>`)}function $t(e,t){return e.length<12?o.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(r=>r.test(e)).length<3?o.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?o.pwUsername:""}function ie({username:e,onDone:t}){let[n,r]=p({old:"",next:"",again:""}),[a,s]=p({}),[i,u]=p(""),[l,c]=p(!1),[f,m]=p(!1),_=$=>g=>r({...n,[$]:g});async function h($){$.preventDefault(),m(!1);let g={};n.old||(g.old=o.required);let v=$t(n.next,e);if(v?g.next=v:n.next===n.old&&(g.next=o.pwSame),n.again!==n.next&&(g.again=o.pwMismatch),s(g),!Object.keys(g).length){c(!0),u("");try{if(!await ln(e,n.old)){s({old:o.pwOldWrong});return}await q(`users/${C.value.owner}`,{password:n.next,require_password_update:!1}),r({old:"",next:"",again:""}),m(!0),t&&t()}catch(y){s(y.fields||{}),u(y.message)}finally{c(!1)}}}return d`<form onSubmit=${h} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${o.changePassword}</h3>
    <p class="hint">${o.pwRules}</p>
    <${x} message=${i} />
    <${k} id="pw_old" label=${o.pwOld} type="password" value=${n.old} onInput=${_("old")} error=${a.old} autocomplete="current-password" />
    <${k} id="pw_new" label=${o.pwNew} type="password" value=${n.next} onInput=${_("next")} error=${a.next||a.password} autocomplete="new-password" />
    <${k} id="pw_again" label=${o.pwAgain} type="password" value=${n.again} onInput=${_("again")} error=${a.again} autocomplete="new-password" />
    ${f&&d`<p class="ok" role="status">${o.pwChanged}</p>`}
    <button type="submit" disabled=${l}>${l?o.saving:o.changePassword}</button>
  </form>`}function Uo(e,t){let n={};for(let a of["first_name","last_name","username","extension"])e[a].trim()||(n[a]=o.required);e.extension&&!/^\d{2,8}$/.test(e.extension)&&(n.extension=o.extDigits);let r=(t||e.password)&&$t(e.password,e.username);return r&&(n.password=r),n}function Ae({user:e,onDone:t}){let n=!e.id,[r,a]=p({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n}),[s,i]=p({}),[u,l]=p(""),[c,f]=p(!1),[m,_]=p(null),h=v=>y=>a({...r,[v]:y});async function $(v){v.preventDefault();let y=Uo(r,n);if(i(y),l(""),!Object.keys(y).length){f(!0);try{let w=n?await fn(r):await pn(e.id,r,e.callflow&&e.callflow.id);n||r.phone?_(w):t()}catch(w){i(w.fields||{}),l(`${o.failed} ${w.message}`)}f(!1)}}if(m)return d`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${m.first_name} ${m.last_name}</h2>
      <${pt} ownerId=${m.id} />
      <button onClick=${()=>t({...m,extension:r.extension})}>${o.users}</button>
    </section>`;let g=e.devices&&e.devices.length>0;return d`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?o.addUser:o.editUser}</h2>
    <form onSubmit=${$} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="first_name" label=${o.firstName} value=${r.first_name} onInput=${h("first_name")} error=${s.first_name} required />
        <${k} id="last_name" label=${o.lastName} value=${r.last_name} onInput=${h("last_name")} error=${s.last_name} required />
        <${k} id="username" label=${o.username} value=${r.username} onInput=${h("username")} error=${s.username} required autocomplete="off" />
        <${k} id="email" label=${o.email} type="email" value=${r.email} onInput=${h("email")} error=${s.email} />
        <${k} id="new_password" label=${o.password} type="password" value=${r.password} onInput=${h("password")} error=${s.password} required=${n} autocomplete="new-password" />
        <${k} id="extension" label=${o.extension} value=${r.extension} onInput=${h("extension")} error=${s.extension} required inputmode="numeric" />
      </div>
      ${!g&&d`<div class="check">
        <input type="checkbox" id="phone" checked=${r.phone} onChange=${v=>a({...r,phone:v.target.checked})} />
        <label for="phone">${o.deskPhone}</label>
      </div>`}
      <div class="bar">
        <button type="submit" disabled=${c}>${c?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
    ${g&&d`<${pt} ownerId=${e.id} />`}
  </section>`}async function Fo(){let[e,t,n]=await Promise.all([b("users?paginate=false"),b("callflows?filter_type=mainUserCallflow&paginate=false"),b("devices?with_status=true&paginate=false")]);return e.map(r=>{let a=t.find(s=>s.owner_id===r.id);return{...r,callflow:a,extension:a&&a.numbers?a.numbers[0]:"",devices:n.filter(s=>s.owner_id===r.id)}})}function _n(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(""),i=()=>Fo().then(t,l=>s(l.message));S(i,[]);async function u(l){if(confirm(o.confirmDelete(`${l.first_name} ${l.last_name}`))){try{await $n(l.id)}catch(c){s(c.message)}i()}}return n?d`<${Ae}
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
              ${e.map(l=>d`<tr key=${l.id} data-user=${l.username}>
                  <td data-label=${o.name}>${l.first_name} ${l.last_name}</td>
                  <td data-label=${o.username}>${l.username}</td>
                  <td data-label=${o.extension} class="ext">${l.extension}</td>
                  <td data-label=${o.devices}>
                    ${l.devices.map(c=>d`<span class=${c.registered?"dot on":"dot"}>${c.name} · ${c.registered?o.registered:o.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>r(l)} aria-label=${`${o.edit} ${l.username}`}>${o.edit}</button>
                    ${l.id!==C.value.owner&&d`<button class="danger" onClick=${()=>u(l)} aria-label=${`${o.del} ${l.username}`}>${o.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}function hn(){let[e,t]=p(null),[n,r]=p("");return S(()=>{Promise.all([b("devices?with_status=true&paginate=false"),b("users?paginate=false")]).then(([a,s])=>{let i=u=>s.find(l=>l.id===u);t(a.map(u=>({...u,owner:i(u.owner_id)})))},a=>r(a.message))},[]),d`<section aria-labelledby="devices-h">
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
  </section>`}var Io=86400,To=62167219200;function Bo({leg:e}){return d`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function jo({call:e,withLegs:t}){let[n,r]=p(null),[a,s]=p(!1);async function i(){s(!a),n||r(await b(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return d`<tr class="call" data-call=${e.call_id}>
      <td data-label=${o.when}>${t?d`<button class="plain" aria-expanded=${a} onClick=${i}>${e.datetime}</button>`:e.datetime}</td>
      <td data-label=${o.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${o.to}>${e.dialed_number}</td>
      <td data-label=${o.duration}>${e.duration_seconds}s</td>
      <td data-label=${o.result}>${e.hangup_cause}</td>
    </tr>
    ${a&&d`<tr class="legs"><td colspan="5">
      <h3>${o.legs}</h3>
      ${n?d`<ul>${n.map(u=>d`<${Bo} key=${u.id} leg=${u} />`)}</ul>`:o.loading}
    </td></tr>`}`}function bn({path:e,title:t,withLegs:n}){let[r,a]=p(null),[s,i]=p("");return S(()=>{let u=Math.floor(Date.now()/1e3)+To;b(`${e}?created_from=${u-7*Io}&created_to=${u+60}&page_size=100`).then(a,l=>i(l.message))},[]),d`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${x} message=${s} />
    ${r?r.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${t}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.to}</th><th>${o.duration}</th><th>${o.result}</th></tr></thead>
            <tbody>${r.map(u=>d`<${jo} key=${u.id} call=${u} withLegs=${n} />`)}</tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}var vn=()=>d`<${bn} path="cdrs/interaction" title=${o.callLogs} withLegs=${!0} />`,gn=()=>d`<${bn} path=${`users/${C.value.owner}/cdrs`} title=${o.myCalls} withLegs=${!1} />`;var Ro=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],Lo=["undefinedMainNumber","0"],Ue=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],he=e=>({module:"callflow",data:{id:e},children:{}});async function wn(){let e=await b("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(i=>[i.name,i]));for(let i of Ro){if(t[i])continue;let u=t[`${i}Menu`]||await Ho(`${i}Menu`);t[i]=await D("callflows",{name:i,type:"main",numbers:[i],flow:he(u.id),ui_metadata:H()})}let n=t.MainCallflow||await D("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:he(t.MainOpenHours.id)}},ui_metadata:H()}),[r,a]=await Promise.all([b(`callflows/${n.id}`),b("temporal_rules?paginate=false")]),s=await Promise.all(a.filter(i=>i.name==="MainOpenHours"||i.name==="MainLunchHours").map(i=>b(`temporal_rules/${i.id}`)));return{main:r,parts:t,open:s.filter(i=>i.type==="main_weekdays"),lunch:s.filter(i=>i.type==="main_lunchbreak")}}async function Ho(e){let t=await D("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:H()});return D("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:H()})}var xn=e=>(e.numbers||[]).filter(t=>!Lo.includes(t));async function kn(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=H(),e.main=await j(`callflows/${n.id}`,n)}var yn=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},_t=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`;async function Cn(e,t){let[n,...r]=e.open;for(let f of r)await N(`temporal_rules/${f.id}`);let a=[];if(t){let f={...n||{},name:"MainOpenHours",type:"main_weekdays",cycle:"weekly",interval:1,wdays:t.wdays,time_window_start:yn(t.start),time_window_stop:yn(t.stop),ui_metadata:H()};a=[n?await j(`temporal_rules/${n.id}`,f):await D("temporal_rules",f)]}else n&&await N(`temporal_rules/${n.id}`);let{parts:s,main:i}=e,u=new Set([...e.lunch,...e.open,...a].map(f=>f.id)),l=(i.flow&&i.flow.data&&i.flow.data.rules||[]).filter(f=>!u.has(f)),c={};for(let f of l)c[f]=i.flow.children[f];for(let f of e.lunch)c[f.id]=he(s.MainLunchHours.id);for(let f of a)c[f.id]=he(s.MainOpenHours.id);c._=he(a.length?s.MainAfterHours.id:s.MainOpenHours.id),i.flow={module:"temporal_route",data:{rules:[...l,...[...e.lunch,...a].map(f=>f.id)]},children:c},i.ui_metadata=H(),e.main=await j(`callflows/${i.id}`,i),e.open=a}function Go({strategy:e,onSaved:t}){let[n,r]=p(""),[a,s]=p(""),i=xn(e.main);async function u(c){s("");try{await kn(e,c),r(""),t()}catch(f){s(Object.values(f.fields||{})[0]||f.message)}}function l(c){c.preventDefault();let f=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(f))return s(o.badNumber);u([...i,f])}return d`<form onSubmit=${l} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${o.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(c=>d`<li key=${c}>
          <span class="main-number">${c}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${c}`} onClick=${()=>u(i.filter(f=>f!==c))}>${o.remove}</button>
        </li>`)}
    </ul>
    <${k} id="main_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
    <button type="submit">${o.addNumber}</button>
  </form>`}function Wo({strategy:e,onSaved:t}){let n=e.open[0],[r,a]=p(!!n),[s,i]=p(n?n.wdays||[]:Ue.slice(0,5)),[u,l]=p(n?_t(n.time_window_start||0):"09:00"),[c,f]=p(n?_t(n.time_window_stop||0):"17:00"),[m,_]=p(""),[h,$]=p(!1),g=y=>i(s.includes(y)?s.filter(w=>w!==y):Ue.filter(w=>w===y||s.includes(w)));async function v(y){if(y.preventDefault(),$(!1),r&&!s.length)return _(o.pickDay);if(r&&!(u<c))return _(o.badHours);_("");try{await Cn(e,r?{wdays:s,start:u,stop:c}:null),$(!0),t()}catch(w){_(Object.entries(w.fields||{}).map(([T,M])=>`${T}: ${M}`).join("; ")||w.message)}}return d`<form onSubmit=${v} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${o.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!r} onChange=${()=>a(!1)} /><label for="h24">${o.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${r} onChange=${()=>a(!0)} /><label for="hcustom">${o.openCustom}</label></div>
    ${r&&d`<fieldset>
      <legend class="sr">${o.openCustom}</legend>
      <div class="days">
        ${Ue.map(y=>d`<span class="check"><input type="checkbox" id=${"day-"+y} checked=${s.includes(y)} onChange=${()=>g(y)} /><label for=${"day-"+y}>${o.wday[y]}</label></span>`)}
      </div>
      <div class="grid">
        <${k} id="opens" label=${o.opens} type="time" value=${u} onInput=${l} />
        <${k} id="closes" label=${o.closes} type="time" value=${c} onInput=${f} />
      </div>
    </fieldset>`}
    ${m&&d`<p class="error" role="alert">${m}</p>`}
    ${h&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}function Fe(){let[e,t]=p(null),[n,r]=p(""),[,a]=p(0);S(()=>{wn().then(t,i=>r(i.message))},[]);let s=()=>a(i=>i+1);return d`<section aria-labelledby="main-h">
    <h2 id="main-h">${o.mainNumber}</h2>
    <${x} message=${n} />
    ${e?d`<div class="stack">
          <${Go} strategy=${e} onSaved=${s} />
          <${Wo} strategy=${e} onSaved=${s} />
        </div>`:!n&&d`<p>${o.loading}</p>`}
  </section>`}var ht=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function Ie({onDone:e}){let t=`accounts/${C.value.account}`,[n,r]=p(null),[a,s]=p({}),[i,u]=p(""),[l,c]=p(!1);S(()=>{L("GET",t).then(({data:_})=>r({name:_.name||"",timezone:_.timezone||"UTC"}),_=>u(_.message))},[]);async function f(_){if(_.preventDefault(),c(!1),!n.name.trim())return s({name:o.required});s({}),u("");try{await L("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),C.value={...C.value,accountName:n.name.trim()},c(!0),e&&e()}catch(h){s(h.fields||{}),u(h.message)}}if(!n)return d`<${x} message=${i} />${!i&&d`<p>${o.loading}</p>`}`;let m=ht.includes(n.timezone)?ht:[n.timezone,...ht];return d`<form onSubmit=${f} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${o.office}</h3>
    <${x} message=${i} />
    <${k} id="office_name" label=${o.officeName} value=${n.name} onInput=${_=>r({...n,name:_})} error=${a.name} />
    <div class="field">
      <label for="timezone">${o.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${_=>r({...n,timezone:_.target.value})}>
        ${m.map(_=>d`<option key=${_} value=${_}>${_}</option>`)}
      </select>
      ${a.timezone&&d`<p class="error" role="alert">${a.timezone}</p>`}
    </div>
    ${l&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}var ne=z(null);async function Sn(){let e=await b(`users/${C.value.owner}`);e.require_password_update&&(ne.value={forced:!0,username:e.username})}async function En(){let e=await b(`users/${C.value.owner}`);ne.value={forced:!1,username:e.username}}function zo(){let[e,t]=p(!1),[n,r]=p([]);return e?d`<${Ae}
      user=${{}}
      onDone=${a=>{t(!1),a&&r([...n,a])}}
    />`:d`<div>
    <h3>${o.firstUsers}</h3>
    <ul class="added">${n.map(a=>d`<li key=${a.username}>${a.first_name} ${a.last_name} · ${a.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${o.addUser}</button>
  </div>`}function Nn(){let{forced:e,username:t}=ne.value,[n,r]=p(!e),a=[[o.stepPassword,()=>d`<${ie} username=${t} onDone=${()=>r(!0)} />`],[o.stepOffice,()=>d`<${Ie} />`],[o.stepUsers,()=>d`<${zo} />`],[o.stepMainNumber,()=>d`<${Fe} />`],[o.stepDone,()=>d`<p>${o.wizardDone}</p>`]],[s,i]=p(0),u=s===a.length-1,[l,c]=a[s],f=s===0&&!n;return d`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${o.wizard}</h2>
    <p class="hint">${o.stepOf(s+1,a.length)}: <strong>${l}</strong></p>
    ${f&&d`<p class="banner" role="alert">${o.pwForced}</p>`}
    <div key=${s}>${c()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${s===0} onClick=${()=>i(s-1)}>${o.back}</button>
      ${u?d`<button type="button" onClick=${()=>ne.value=null}>${o.finish}</button>`:d`<button type="button" disabled=${f} onClick=${()=>i(s+1)}>${o.next}</button>`}
    </div>
  </section>`}async function qo(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":C.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new R(t.status,n);return n.data}function Pn(){let[e,t]=p(null),[n,r]=p(!1),[a,s]=p(""),[i,u]=p("");async function l(c){if(c.preventDefault(),s(""),u(""),!e)return s(o.pickBundle);r(!0);try{let f=await qo(e);u(o.updateInstalled(f&&f.installed))}catch(f){let m=f.body&&f.body.data&&(f.body.data.message||f.body.data.detail);s(`${o.failed} ${f.message}${typeof m=="string"&&m!==f.message?`: ${m}`:""}`)}r(!1)}return d`<form onSubmit=${l} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${o.softwareUpdate}</h3>
    <p class="hint">${o.updateHint}</p>
    <${x} message=${a} />
    <div class="field">
      <label for="bundle">${o.bundle}</label>
      <input id="bundle" type="file" onChange=${c=>t(c.target.files[0]||null)} />
    </div>
    ${i&&d`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?o.uploading:o.install}</button>
  </form>`}function Dn(){let[e,t]=p(null),[n,r]=p(""),a=()=>b("sip_bans").then(t,i=>i.status===403?t(null):r(i.message));S(a,[]);let s=i=>N(`sip_bans/${encodeURIComponent(i)}`).then(a,u=>r(u.message));return e?d`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${o.sipBans}</h3>
    <${x} message=${n} />
    ${e.length===0?d`<p>${o.noBans}</p>`:d`<ul class="numbers">
          ${e.map(i=>d`<li key=${i.ip} data-ban=${i.ip}>
              <span>${o.banned(i.ip,i.reason)} · ${o.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>s(i.ip)} aria-label=${o.liftBan(i.ip)}>${o.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:d`<${x} message=${n} />`}function Mn(){let[e,t]=p(null),[n,r]=p("");return S(()=>{b(`users/${C.value.owner}`).then(t,a=>r(a.message))},[]),d`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${o.settings}</h2>
    <${x} message=${n} />
    <div class="stack">
      ${e&&d`<${ie} username=${e.username} />`}
      <${Ie} />
      <${Dn} />
      <${Pn} />
      <div><button type="button" onClick=${()=>En().catch(a=>r(a.message))}>${o.runWizard}</button></div>
    </div>
  </section>`}var On=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),Vo=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function Xo(e,t){let n=await fetch("/v2/"+Y(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":C.value.token,"Content-Type":Vo(t),Accept:"application/json"},body:t});if(!n.ok)throw new R(n.status,await n.json().catch(()=>null))}async function An(e,t){let n=await D("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await Xo(n.id,t)}catch(r){throw await N(`media/${n.id}`).catch(()=>{}),r}return n.id}var bt=e=>N(`media/${e}`).catch(()=>{});var vt=["skip_greeting","skip_instructions","delete_after_notify","announcement_only"],Yo=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,Un=e=>e.split(/[\s,;]+/).filter(Boolean);function Zo(e){let t={};e.name.trim()||(t.name=o.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=o.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=o.pinDigits);let n=Un(e.notify).find(r=>!Yo.test(r));return n&&(t.notify_email_addresses=o.badEmail(n)),t}function Fn({box:e,users:t,onDone:n}){let r=!e.id,[a,s]=p({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(vt.map(v=>[v,!!e[v]]))}),[i,u]=p({}),[l,c]=p(""),[f,m]=p(!1),[_,h]=p(null),$=v=>y=>s({...a,[v]:y});async function g(v){v.preventDefault();let y=Zo(a);if(_&&!On(_)&&(y.greeting=o.greetingType),u(y),c(""),Object.keys(y).length)return;let w={name:a.name.trim(),mailbox:a.mailbox,notify_email_addresses:Un(a.notify),...Object.fromEntries(vt.map(M=>[M,a[M]]))};w.owner_id=a.owner_id||(r?void 0:null),w.pin=a.pin||(r?void 0:null),m(!0);let T=null;try{_&&(T=await An(w.name,_).catch(M=>{throw Object.assign(M,{fields:{greeting:M.fields&&M.fields.media||M.message}})}),w.media={...e.media||{},unavailable:T}),r?await D("vmboxes",w):await q(`vmboxes/${e.id}`,w),T&&e.media&&e.media.unavailable&&await bt(e.media.unavailable),n()}catch(M){T&&await bt(T),u(M.fields||{}),c(`${o.failed} ${M.message}`),m(!1)}}return d`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${r?o.addVmbox:o.editVmbox}</h2>
    <form onSubmit=${g} novalidate>
      <${x} message=${l} />
      <div class="grid">
        <${k} id="vm_name" label=${o.name} value=${a.name} onInput=${$("name")} error=${i.name} required />
        <${k} id="vm_mailbox" label=${o.mailbox} value=${a.mailbox} onInput=${$("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${o.owner}</label>
          <select id="vm_owner" value=${a.owner_id} onChange=${v=>$("owner_id")(v.target.value)}>
            <option value="">${o.noOwner}</option>
            ${t.map(v=>d`<option key=${v.id} value=${v.id}>${v.first_name} ${v.last_name}</option>`)}
          </select>
          ${i.owner_id&&d`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${k} id="vm_pin" label=${o.pin} type="password" value=${a.pin} onInput=${$("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${o.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${v=>h(v.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?o.greetingSet:o.greetingNone}</p>
        ${i.greeting&&d`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${k} id="vm_notify" label=${o.recipients} value=${a.notify} onInput=${$("notify")} error=${i.notify_email_addresses} />
      ${vt.map(v=>d`<div class="check" key=${v}>
          <input type="checkbox" id=${"vm_"+v} checked=${a[v]} onChange=${y=>$(v)(y.target.checked)} />
          <label for=${"vm_"+v}>${o.vmFlags[v]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${n}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var Jo=62167219200,Ko=e=>new Date((e-Jo)*1e3).toISOString().slice(0,16).replace("T"," ");function Te({box:e,onDone:t}){let n=`vmboxes/${e.id}/messages`,[r,a]=p(null),[s,i]=p({}),u=et([]),[l,c]=p(""),f=()=>b(`${n}?paginate=false`).then($=>a($.filter(g=>g.folder!=="deleted")),$=>c($.message));S(()=>(f(),()=>u.current.forEach($=>URL.revokeObjectURL($))),[]);let m=$=>$.then(f,g=>c(g.message));async function _($){if(s[$.media_id])return s[$.media_id];let g=URL.createObjectURL(await rn(`${n}/${$.media_id}/raw`));return u.current.push(g),i(v=>({...v,[$.media_id]:g})),g}async function h($){try{let g=document.createElement("a");g.href=await _($),g.download=`${e.mailbox}-${$.media_id}.wav`,g.click()}catch(g){c(g.message)}}return d`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${o.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${t}>${o.vmboxes}</button>
    </div>
    <${x} message=${l} />
    ${r?r.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.messages}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.duration}</th><th>${o.folder}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${r.map($=>d`<tr key=${$.media_id} data-message=${$.media_id} class="message">
                  <td data-label=${o.when}>${$.timestamp?Ko($.timestamp):""}</td>
                  <td data-label=${o.from}>${$.caller_id_name||""} ${$.caller_id_number||""}</td>
                  <td data-label=${o.duration}>${$.length?`${Math.round($.length/1e3)} s`:""}</td>
                  <td data-label=${o.folder} class="folder">${o.folders[$.folder]||$.folder}</td>
                  <td class="actions">
                    ${s[$.media_id]?d`<audio controls autoplay src=${s[$.media_id]}></audio>`:d`<button onClick=${()=>_($).catch(g=>c(g.message))}>${o.play}</button>`}
                    <button class="plain" onClick=${()=>h($)}>${o.download}</button>
                    ${$.folder==="new"&&d`<button class="plain" onClick=${()=>m(j(`${n}/${$.media_id}`,{folder:"saved"}))}>${o.markHeard}</button>`}
                    <button class="danger" onClick=${()=>confirm(o.confirmDeleteMessage)&&m(N(`${n}/${$.media_id}`))}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}function In(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(null),[i,u]=p(""),l=()=>Promise.all([b("vmboxes?paginate=false"),b("users?paginate=false")]).then(([h,$])=>t({boxes:h,users:$}),h=>u(h.message));S(l,[]);let c=()=>{r(null),s(null),l()};async function f(h){confirm(o.confirmDeleteVmbox(h.name))&&(await N(`vmboxes/${h.id}`).catch($=>u($.message)),l())}async function m(h){try{r(await b(`vmboxes/${h.id}`))}catch($){u($.message)}}if(n)return d`<${Fn} box=${n} users=${e.users} onDone=${c} />`;if(a)return d`<${Te} box=${a} onDone=${c} />`;let _=h=>{let $=e.users.find(g=>g.id===h);return $?`${$.first_name} ${$.last_name}`:""};return d`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${o.vmboxes}</h2>
      <button onClick=${()=>r({})}>${o.addVmbox}</button>
    </div>
    <${x} message=${i} />
    ${e?e.boxes.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.vmboxes}>
            <thead><tr><th>${o.name}</th><th>${o.mailbox}</th><th>${o.owner}</th><th>${o.newMessages}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map(h=>d`<tr key=${h.id} data-vmbox=${h.mailbox}>
                  <td data-label=${o.name}>${h.name}</td>
                  <td data-label=${o.mailbox}>${h.mailbox}</td>
                  <td data-label=${o.owner}>${_(h.owner_id)}</td>
                  <td data-label=${o.newMessages} class="count">${h.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>s(h)} aria-label=${o.messagesOf(h.name)}>${o.messages}</button>
                    <button class="plain" onClick=${()=>m(h)} aria-label=${`${o.edit} ${h.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>f(h)} aria-label=${`${o.del} ${h.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}function Be(e,t){if(!(t instanceof R))throw t;let n={};for(let[r,a]of Object.entries(t.fields))n[e==="userGroup"&&r.startsWith("numbers")?"extension":r.split(".")[0]]=a;throw t.fields=n,t}async function Tn(){let[e,t]=await Promise.all([b("groups?paginate=false"),b("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let r=t.filter(a=>a.group_id===n.id);return{...n,userCf:r.find(a=>a.type==="userGroup"),baseCf:r.find(a=>a.type==="baseGroup")}})}async function Bn(e){let t=[];try{let n=await D("groups",ut({},e));t.push(()=>N(`groups/${n.id}`));let r=await D("callflows",mt({},n,e));t.push(()=>N(`callflows/${r.id}`)),await D("callflows",ft({},n,r,e)).catch(a=>Be("userGroup",a))}catch(n){for(let r of t.reverse())await r().catch(()=>{});Be("groups",n)}}async function jn(e,t){try{let n=await j(`groups/${e.id}`,ut(await b(`groups/${e.id}`),t)),r=await j(`callflows/${e.baseCf.id}`,mt(await b(`callflows/${e.baseCf.id}`),n,t)),a=e.userCf?await b(`callflows/${e.userCf.id}`):{},s=ft(a,n,r,t);await(e.userCf?j(`callflows/${e.userCf.id}`,s):D("callflows",s)).catch(i=>Be("userGroup",i))}catch(n){Be("groups",n)}}async function Rn(e){for(let t of[e.userCf,e.baseCf])t&&await N(`callflows/${t.id}`);await N(`groups/${e.id}`)}var le=e=>/^\d+$/.test(String(e))?Number(e):NaN;function Qo(e){let t={};return e.name.trim()||(t.name=o.required),/^\d{2,8}$/.test(e.extension)||(t.extension=o.extDigits),le(e.repeats)>=1&&le(e.repeats)<=10||(t.repeats=o.repeatsRange),e.members.length||(t.members=o.pickMember),e.members.length>_e&&(t.members=o.tooManyMembers(_e)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=o.badTimeline),t}function Ln({id:e,label:t,value:n,onChange:r,options:a,wide:s}){return d`<div class=${s?"field wide":"field"}>
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>r(i.target.value)}>
      ${a.map(([i,u])=>d`<option key=${i} value=${i}>${u}</option>`)}
    </select>
  </div>`}function Hn({group:e,users:t,vmboxes:n,onDone:r}){let[a,s]=p(e.form),[i,u]=p("20"),[l,c]=p({}),[f,m]=p(""),[_,h]=p(!1),$=E=>O=>s({...a,[E]:O}),g=E=>a.members.find(O=>O.id===E),v=E=>s({...a,members:g(E.id)?a.members.filter(O=>O.id!==E.id):[...a.members,{id:E.id,delay:0,timeout:20}]}),y=(E,O,G)=>s({...a,members:a.members.map(B=>B.id===E?{...B,[O]:le(G)}:B)});async function w(E){E.preventDefault();let O=Qo(a);if(c(O),m(""),!Object.keys(O).length){h(!0);try{let G=M?a.members.map(ce=>({...ce,delay:0})):a.members,B={...a,members:G,name:a.name.trim(),repeats:le(a.repeats)};await(e.id?jn(e,B):Bn(B)),r()}catch(G){c(G.fields||{}),m(`${o.failed} ${G.message}`),h(!1)}}}let T=a.members.length>=_e,M=a.strategy!=="simultaneous";return d`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?o.editGroup:o.addGroup}</h2>
    <form onSubmit=${w} novalidate>
      <${x} message=${f} />
      <div class="grid">
        <${k} id="group_name" label=${o.name} value=${a.name} onInput=${$("name")} error=${l.name} required />
        <${k} id="group_extension" label=${o.extension} value=${a.extension} onInput=${$("extension")} error=${l.extension} required inputmode="numeric" />
        <${k} id="group_repeats" label=${o.repeats} value=${String(a.repeats)} onInput=${$("repeats")} error=${l.repeats} inputmode="numeric" />
        <${Ln} id="group_strategy" label=${o.strategy} value=${a.strategy} onChange=${$("strategy")} options=${Object.entries(o.strategies)} />
        <${Ln} id="group_next" wide label=${o.nextAction} value=${a.next_vmbox} onChange=${$("next_vmbox")}
          options=${[["",o.notAvailable],...n.map(E=>[E.id,o.toVoicemail(E.name,E.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${o.members(a.members.length,_e)}</legend>
        ${l.members&&d`<p class="error" id="members-error" role="alert">${l.members}</p>`}
        <table class="list timeline" aria-label=${o.timeline}>
          <thead><tr><th>${o.member}</th>${!M&&d`<th>${o.startAfter}</th>`}<th>${o.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(E=>{let O=g(E.id),G=`${E.first_name} ${E.last_name}`;return d`<tr key=${E.id} data-member=${E.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+E.id} checked=${!!O} disabled=${!O&&T} onChange=${()=>v(E)} /><label for=${"m-"+E.id}>${G}</label></span></td>
                ${!M&&d`<td data-label=${o.startAfter}>${O&&d`<input class="delay" aria-label=${`${o.startAfter} ${G}`} inputmode="numeric" value=${Number.isNaN(O.delay)?"":O.delay} onInput=${B=>y(E.id,"delay",B.target.value)} />`}</td>`}
                <td data-label=${o.ringFor}>${O&&d`<input class="timeout" aria-label=${`${o.ringFor} ${G}`} inputmode="numeric" value=${Number.isNaN(O.timeout)?"":O.timeout} onInput=${B=>y(E.id,"timeout",B.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${k} id="group_total" label=${o.totalRing} value=${i} onInput=${u} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!a.members.length||!(le(i)>=1)} onClick=${()=>s({...a,members:mn(a.members,le(i))})}>${o.distribute}</button>
        </div>
      </fieldset>
      <div class="bar">
        <button type="submit" disabled=${_}>${_?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${r}>${o.cancel}</button>
      </div>
    </form>
  </section>`}async function er(e){let t=e.baseCf?await b(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},r=(n.endpoints||[]).map(s=>({id:s.id,delay:Number(s.delay)||0,timeout:Number(s.timeout)||20})),a=e.userCf?(await b(`callflows/${e.userCf.id}`)).flow.children._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:a&&a.module==="voicemail"?a.data.id:"",members:r}}function Gn(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(""),i=()=>Promise.all([Tn(),b("users?paginate=false"),b("vmboxes?paginate=false")]).then(([c,f,m])=>t({groups:c,users:f,vmboxes:m}),c=>s(c.message));S(i,[]);async function u(c){try{r({...c,form:await er(c)})}catch(f){s(f.message)}}async function l(c){confirm(o.confirmDeleteGroup(c.name))&&(await Rn(c).catch(f=>s(f.message)),i())}return n?d`<${Hn}
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
              ${e.groups.map(c=>d`<tr key=${c.id} data-group=${c.name}>
                  <td data-label=${o.name}>${c.name}</td>
                  <td data-label=${o.extension} class="ext">${c.userCf&&c.userCf.numbers?c.userCf.numbers[0]:""}</td>
                  <td data-label=${o.memberCount}>${typeof c.endpoints=="number"?c.endpoints:Object.keys(c.endpoints||{}).length}</td>
                  <td class="actions">
                    <button onClick=${()=>u(c)} aria-label=${`${o.edit} ${c.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>l(c)} aria-label=${`${o.del} ${c.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}async function tr(){let[e,t]=await Promise.all([b("phone_numbers"),b("callflows?paginate=false")]);return Object.entries(e.numbers||{}).map(([n,r])=>{let a=r.used_by_id&&t.find(s=>s.id===r.used_by_id);return{number:n,usedBy:a?a.name||a.id:r.used_by_id||""}}).sort((n,r)=>n.number.localeCompare(r.number))}function Wn(){let[e,t]=p(null),[n,r]=p(""),[a,s]=p(""),[i,u]=p(""),l=()=>tr().then(t,m=>u(m.message));S(l,[]);async function c(m){m.preventDefault();let _=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(_))return s(o.badPhoneNumber);s("");try{await D(`phone_numbers/${encodeURIComponent(_)}`,{}),r(""),l()}catch(h){s(h.fields.number||h.message)}}async function f(m){confirm(o.confirmDeleteNumber(m))&&(await N(`phone_numbers/${encodeURIComponent(m)}`).catch(_=>u(_.message)),l())}return d`<section aria-labelledby="numbers-h">
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
    <form onSubmit=${c} novalidate>
      <${k} id="new_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
      <button type="submit">${o.addPhoneNumber}</button>
    </form>
  </section>`}var zn=e=>e.split(/[\s,;]+/).filter(Boolean);function qn(e){return{name:e.name.trim(),conference_numbers:[e.number],member:{pins:zn(e.member_pins),join_muted:e.join_muted},moderator:{pins:zn(e.moderator_pins)}}}var gt=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:[n.number],flow:{module:"conference",data:{id:t.id},children:{}}});function Vn(e){if(!(e instanceof R))throw e;let t={};for(let[n,r]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=r;throw e.fields=t,e}var Xn=e=>b(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function Yn(e){let t=null;try{t=await D("conferences",qn(e)),await D("callflows",gt({},t,e))}catch(n){t&&await N(`conferences/${t.id}`).catch(()=>{}),Vn(n)}}async function Zn(e,t){try{let n=await q(`conferences/${e}`,qn(t)),[r]=await Xn(e);r?await j(`callflows/${r.id}`,gt(await b(`callflows/${r.id}`),n,t)):await D("callflows",gt({},n,t))}catch(n){Vn(n)}}async function Jn(e){for(let t of await Xn(e))await N(`callflows/${t.id}`);await N(`conferences/${e}`)}var nr=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function or(e){let t={};e.name.trim()||(t.name=o.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=o.extDigits);for(let n of["member_pins","moderator_pins"])nr.test(e[n].trim())||(t[n]=o.pinList);return t}function Kn({conf:e,onDone:t}){let n=!e.id,[r,a]=p({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[s,i]=p({}),[u,l]=p(""),[c,f]=p(!1),m=h=>$=>a({...r,[h]:$});async function _(h){h.preventDefault();let $=or(r);if(i($),l(""),!Object.keys($).length){f(!0);try{n?await Yn(r):await Zn(e.id,r),t()}catch(g){i(g.fields||{}),l(`${o.failed} ${g.message}`),f(!1)}}}return d`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?o.addConference:o.editConference}</h2>
    <form onSubmit=${_} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="conf_name" label=${o.name} value=${r.name} onInput=${m("name")} error=${s.name} required />
        <${k} id="conf_number" label=${o.confNumber} value=${r.number} onInput=${m("number")} error=${s.number} required inputmode="tel" />
        <${k} id="conf_member_pins" label=${o.memberPins} value=${r.member_pins} onInput=${m("member_pins")} error=${s.member_pins||s.member} inputmode="numeric" autocomplete="off" />
        <${k} id="conf_moderator_pins" label=${o.moderatorPins} value=${r.moderator_pins} onInput=${m("moderator_pins")} error=${s.moderator_pins||s.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${V} id="conf_join_muted" label=${o.joinMuted} checked=${r.join_muted} onChange=${m("join_muted")} />
      <div class="bar">
        <button type="submit" disabled=${c}>${c?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var Qn=e=>(e&&e.pins||[]).length;function eo(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(""),i=()=>b("conferences?paginate=false").then(t,c=>s(c.message));S(i,[]);async function u(c){try{r(await b(`conferences/${c.id}`))}catch(f){s(f.message)}}async function l(c){confirm(o.confirmDeleteConference(c.name))&&(await Jn(c.id).catch(f=>s(f.message)),i())}return n?d`<${Kn}
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
              ${e.map(c=>d`<tr key=${c.id} data-conference=${c.name}>
                  <td data-label=${o.name}>${c.name}</td>
                  <td data-label=${o.confNumber} class="ext">${(c.conference_numbers||[]).join(", ")}</td>
                  <td data-label=${o.pins} class="pins">${o.pinSummary(Qn(c.member),Qn(c.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>u(c)} aria-label=${`${o.edit} ${c.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>l(c)} aria-label=${`${o.del} ${c.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}var rr=(e,t)=>({...e,numbers:e.numbers.map(n=>n.replace("{code}",t)),patterns:e.patterns.map(n=>n.replace("{code}",t.replace(/\*/g,"\\*"))),featurecode:{...e.featurecode,number:t}}),ar=e=>/^[0-9*]{1,6}$/.test(e),sr=(e,t)=>(e.star?`*${t}`:t)+(e.takes_digits?"\u2026":"");function ir({row:e,taken:t,onSaved:n}){let[r,a]=p(e.number),[s,i]=p(e.enabled),[u,l]=p(""),[c,f]=p(!1),m=r!==e.number||s!==e.enabled,_=`fc-${e.name.replace(/[^a-z0-9]/gi,"_")}`;async function h(){if(s&&!ar(r))return l(o.fcDigits);if(s&&t(e,r))return l(o.fcTaken(sr(e,r)));l(""),f(!0);try{let $=rr(e.template,r);s?e.enabled?await q(`callflows/${e.callflow_id}`,{numbers:$.numbers,patterns:$.patterns,featurecode:$.featurecode}):await D("callflows",$):await N(`callflows/${e.callflow_id}`),n()}catch($){l($.fields.numbers||$.fields.patterns||$.message),f(!1)}}return d`<tr data-code=${e.name} class=${e.handled?"":"muted"}>
    <td data-label=${o.fcWhat}>${e.description}${!e.handled&&d`<br /><small>${o.fcNotRun}</small>`}</td>
    <td data-label=${o.fcCode}>
      <span class="code-input">${e.star?"*":""}<input id=${_} aria-label=${`${o.fcCode}: ${e.description}`} value=${r} inputmode="tel" size="6"
        aria-invalid=${u?"true":void 0} onInput=${$=>a($.target.value.trim())} disabled=${!s} />${e.takes_digits?"\u2026":""}</span>
      ${u&&d`<p class="error" role="alert">${u}</p>`}
    </td>
    <td data-label=${o.fcOn}><input type="checkbox" aria-label=${`${o.fcOn}: ${e.description}`} checked=${s} disabled=${!e.handled&&!e.enabled}
      onChange=${$=>i($.target.checked)} /></td>
    <td class="actions">${m&&d`<button type="button" disabled=${c} onClick=${h} aria-label=${`${o.save}: ${e.description}`}>${o.save}</button>`}</td>
  </tr>`}function to(){let[e,t]=p(null),[n,r]=p(""),a=()=>b("feature_codes").then(t,i=>r(i.message));S(a,[]);let s=(i,u)=>e.some(l=>l!==i&&l.enabled&&l.star===i.star&&l.number===u);return d`<section aria-labelledby="fc-h">
    <h2 id="fc-h">${o.featureCodes}</h2>
    <p class="hint">${o.fcHint}</p>
    <${x} message=${n} />
    ${e?d`<table class="list" aria-label=${o.featureCodes}>
          <thead><tr><th>${o.fcWhat}</th><th>${o.fcCode}</th><th>${o.fcOn}</th><th><span class="sr">${o.save}</span></th></tr></thead>
          <tbody>${e.map(i=>d`<${ir} key=${`${i.name}/${i.callflow_id}/${i.number}`} row=${i} taken=${s} onSaved=${a} />`)}</tbody>
        </table>`:d`<p>${o.loading}</p>`}
  </section>`}var lr=/^\+?\d{2,15}$/;function cr(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function no({user:e,onSaved:t}){let[n,r]=p(cr(e)),[a,s]=p({}),[i,u]=p(""),[l,c]=p(!1),[f,m]=p(!1),_=$=>g=>{c(!1),r({...n,[$]:g})};async function h($){$.preventDefault();let g=n.forward&&!lr.test(n.number.trim())?{"call_forward.number":o.forwardNumber}:{};if(s(g),u(""),!Object.keys(g).length){m(!0);try{let v=await q(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});c(!0),t&&t(v)}catch(v){s(v.fields||{}),u(`${o.failed} ${v.message}`)}m(!1)}}return d`<form onSubmit=${h} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${o.callHandling}</h3>
    <${x} message=${i} />
    <${V} id="dnd" label=${o.dnd} checked=${n.dnd} onChange=${_("dnd")} />
    <${V} id="forward" label=${o.forward} checked=${n.forward} onChange=${_("forward")} />
    ${n.forward&&d`<fieldset>
      <${k} id="forward_number" label=${o.forwardTo} value=${n.number} onInput=${_("number")} error=${a["call_forward.number"]} inputmode="tel" />
      <${V} id="ring_devices" label=${o.ringDevicesToo} checked=${n.ring_devices} onChange=${_("ring_devices")} />
      <${V} id="direct_calls_only" label=${o.directCallsOnly} checked=${n.direct_calls_only} onChange=${_("direct_calls_only")} />
      <${V} id="keep_caller_id" label=${o.keepCallerId} checked=${n.keep_caller_id} onChange=${_("keep_caller_id")} />
      <${V} id="require_keypress" label=${o.requireKeypress} checked=${n.require_keypress} onChange=${_("require_keypress")} />
    </fieldset>`}
    ${l&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
  </form>`}var dr=5e3;function ur({userId:e}){let[t,n]=p(null),[r,a]=p("");return S(()=>{let s=()=>b(`users/${e}/devices`).then(n,u=>a(u.message));s();let i=setInterval(s,dr);return()=>clearInterval(i)},[]),d`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${o.myDevices}</h3>
    <${x} message=${r} />
    ${t?t.length===0?o.none:d`<ul class="my-devices">
            ${t.map(s=>d`<li key=${s.id} data-device=${s.name}>
                <span class=${s.registered?"dot on":"dot"}>${s.name} · ${s.registered?o.registered:o.notRegistered}</span>
              </li>`)}
          </ul>`:o.loading}
  </div>`}function oo(){let[e,t]=p(null),[n,r]=p("");return S(()=>{b(`users/${C.value.owner}`).then(t,a=>r(a.message))},[]),d`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:o.myPhone}</h2>
    <${x} message=${n} />
    ${e&&d`<div class="stack">
      <${ur} userId=${e.id} />
      <${no} user=${e} onSaved=${t} />
      <${ie} username=${e.username} />
    </div>`}
  </section>`}function ro(){let[e,t]=p(null),[n,r]=p(null),[a,s]=p(""),i=()=>b("vmboxes?paginate=false").then(t,u=>s(u.message));return S(i,[]),n?d`<${Te}
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
  </section>`}var mr={dashboard:[o.dashboard,un],users:[o.users,_n],devices:[o.devices,hn],groups:[o.groups,Gn],calls:[o.callLogs,vn],main:[o.mainNumber,Fe],voicemail:[o.vmboxes,In],conferences:[o.conferences,eo],codes:[o.featureCodes,to],numbers:[o.numbers,Wn],settings:[o.settings,Mn]},fr={me:[o.myPhone,oo],myvoicemail:[o.vmboxes,ro],mycalls:[o.myCalls,gn]},je=()=>C.value&&C.value.admin===!1?fr:mr,yt=z(location.hash.slice(1));addEventListener("hashchange",()=>yt.value=location.hash.slice(1));var pr=()=>yt.value in je()?yt.value:Object.keys(je())[0],ao=null;ee(()=>{let e=C.value;e||(ne.value=null),e&&e.admin!==!1&&ao!==e.token&&(ao=e.token,Sn().catch(()=>{}))});function $r(){if(!C.value)return d`<${cn} />`;let e=pr(),[,t]=je()[e];return d`<header>
      <strong>${o.app}</strong>
      <nav aria-label=${o.menu}>
        ${Object.entries(je()).map(([n,[r]])=>d`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${r}</a>`)}
      </nav>
      <button class="plain" onClick=${Me}>${o.logout}</button>
    </header>
    <main>${ne.value?d`<${Nn} />`:d`<${t} key=${e} />`}</main>`}Ze(d`<${$r} />`,document.getElementById("app"));
