var we,D,Gt,Je,K,Bt,zt,Xe,qt,Qe,Ze,Ke,Uo,me={},Wt=[],Lo=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,et=Array.isArray;function X(e,t){for(var n in t)e[n]=t[n];return e}function tt(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function xe(e,t,n){var r,s,a,i={};for(a in t)a=="key"?r=t[a]:a=="ref"?s=t[a]:i[a]=t[a];if(arguments.length>2&&(i.children=arguments.length>3?we.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(a in e.defaultProps)i[a]===void 0&&(i[a]=e.defaultProps[a]);return ve(e,i,r,s,null)}function ve(e,t,n,r,s){var a={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++Gt,__i:-1,__u:0};return s==null&&D.vnode!=null&&D.vnode(a),a}function ke(e){return e.children}function J(e,t){this.props=e,this.context=t}function re(e,t){if(t==null)return e.__?re(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?re(e):null}function Vt(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return Vt(e)}}function Rt(e){(!e.__d&&(e.__d=!0)&&K.push(e)&&!ye.__r++||Bt!==D.debounceRendering)&&((Bt=D.debounceRendering)||zt)(ye)}function ye(){var e,t,n,r,s,a,i,u;for(K.sort(Xe);e=K.shift();)e.__d&&(t=K.length,r=void 0,a=(s=(n=e).__v).__e,i=[],u=[],n.__P&&((r=X({},s)).__v=s.__v+1,D.vnode&&D.vnode(r),nt(n.__P,r,s,n.__n,n.__P.namespaceURI,32&s.__u?[a]:null,i,a??re(s),!!(32&s.__u),u),r.__v=s.__v,r.__.__k[r.__i]=r,Zt(i,r,u),r.__e!=a&&Vt(r)),K.length>t&&K.sort(Xe));ye.__r=0}function Yt(e,t,n,r,s,a,i,u,c,l,f){var m,_,p,h,b,v,g=r&&r.__k||Wt,w=t.length;for(c=Bo(n,t,g,c,w),m=0;m<w;m++)(p=n.__k[m])!=null&&(_=p.__i===-1?me:g[p.__i]||me,p.__i=m,v=nt(e,p,_,s,a,i,u,c,l,f),h=p.__e,p.ref&&_.ref!=p.ref&&(_.ref&&ot(_.ref,null,p),f.push(p.ref,p.__c||h,p)),b==null&&h!=null&&(b=h),4&p.__u||_.__k===p.__k?c=Xt(p,c,e):typeof p.type=="function"&&v!==void 0?c=v:h&&(c=h.nextSibling),p.__u&=-7);return n.__e=b,c}function Bo(e,t,n,r,s){var a,i,u,c,l,f=n.length,m=f,_=0;for(e.__k=new Array(s),a=0;a<s;a++)(i=t[a])!=null&&typeof i!="boolean"&&typeof i!="function"?(c=a+_,(i=e.__k[a]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?ve(null,i,null,null,null):et(i)?ve(ke,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?ve(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,u=null,(l=i.__i=Ro(i,n,c,m))!==-1&&(m--,(u=n[l])&&(u.__u|=2)),u==null||u.__v===null?(l==-1&&_--,typeof i.type!="function"&&(i.__u|=4)):l!=c&&(l==c-1?_--:l==c+1?_++:(l>c?_--:_++,i.__u|=4))):e.__k[a]=null;if(m)for(a=0;a<f;a++)(u=n[a])!=null&&!(2&u.__u)&&(u.__e==r&&(r=re(u)),Kt(u,u));return r}function Xt(e,t,n){var r,s;if(typeof e.type=="function"){for(r=e.__k,s=0;r&&s<r.length;s++)r[s]&&(r[s].__=e,t=Xt(r[s],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=re(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Ro(e,t,n,r){var s,a,i=e.key,u=e.type,c=t[n];if(c===null||c&&i==c.key&&u===c.type&&!(2&c.__u))return n;if(r>(c!=null&&!(2&c.__u)?1:0))for(s=n-1,a=n+1;s>=0||a<t.length;){if(s>=0){if((c=t[s])&&!(2&c.__u)&&i==c.key&&u===c.type)return s;s--}if(a<t.length){if((c=t[a])&&!(2&c.__u)&&i==c.key&&u===c.type)return a;a++}}return-1}function jt(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||Lo.test(t)?n:n+"px"}function ge(e,t,n,r,s){var a;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||jt(e.style,t,"");if(n)for(t in n)r&&n[t]===r[t]||jt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")a=t!=(t=t.replace(qt,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+a]=n,n?r?n.u=r.u:(n.u=Qe,e.addEventListener(t,a?Ke:Ze,a)):e.removeEventListener(t,a?Ke:Ze,a);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function Ht(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=Qe++;else if(t.t<n.u)return;return n(D.event?D.event(t):t)}}}function nt(e,t,n,r,s,a,i,u,c,l){var f,m,_,p,h,b,v,g,w,E,P,M,A,q,j,de,Ye,V=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(c=!!(32&n.__u),a=[u=t.__e=n.__e]),(f=D.__b)&&f(t);e:if(typeof V=="function")try{if(g=t.props,w="prototype"in V&&V.prototype.render,E=(f=V.contextType)&&r[f.__c],P=f?E?E.props.value:f.__:r,n.__c?v=(m=t.__c=n.__c).__=m.__E:(w?t.__c=m=new V(g,P):(t.__c=m=new J(g,P),m.constructor=V,m.render=Ho),E&&E.sub(m),m.props=g,m.state||(m.state={}),m.context=P,m.__n=r,_=m.__d=!0,m.__h=[],m._sb=[]),w&&m.__s==null&&(m.__s=m.state),w&&V.getDerivedStateFromProps!=null&&(m.__s==m.state&&(m.__s=X({},m.__s)),X(m.__s,V.getDerivedStateFromProps(g,m.__s))),p=m.props,h=m.state,m.__v=t,_)w&&V.getDerivedStateFromProps==null&&m.componentWillMount!=null&&m.componentWillMount(),w&&m.componentDidMount!=null&&m.__h.push(m.componentDidMount);else{if(w&&V.getDerivedStateFromProps==null&&g!==p&&m.componentWillReceiveProps!=null&&m.componentWillReceiveProps(g,P),!m.__e&&(m.shouldComponentUpdate!=null&&m.shouldComponentUpdate(g,m.__s,P)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(m.props=g,m.state=m.__s,m.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(ue){ue&&(ue.__=t)}),M=0;M<m._sb.length;M++)m.__h.push(m._sb[M]);m._sb=[],m.__h.length&&i.push(m);break e}m.componentWillUpdate!=null&&m.componentWillUpdate(g,m.__s,P),w&&m.componentDidUpdate!=null&&m.__h.push(function(){m.componentDidUpdate(p,h,b)})}if(m.context=P,m.props=g,m.__P=e,m.__e=!1,A=D.__r,q=0,w){for(m.state=m.__s,m.__d=!1,A&&A(t),f=m.render(m.props,m.state,m.context),j=0;j<m._sb.length;j++)m.__h.push(m._sb[j]);m._sb=[]}else do m.__d=!1,A&&A(t),f=m.render(m.props,m.state,m.context),m.state=m.__s;while(m.__d&&++q<25);m.state=m.__s,m.getChildContext!=null&&(r=X(X({},r),m.getChildContext())),w&&!_&&m.getSnapshotBeforeUpdate!=null&&(b=m.getSnapshotBeforeUpdate(p,h)),u=Yt(e,et(de=f!=null&&f.type===ke&&f.key==null?f.props.children:f)?de:[de],t,n,r,s,a,i,u,c,l),m.base=t.__e,t.__u&=-161,m.__h.length&&i.push(m),v&&(m.__E=m.__=null)}catch(ue){if(t.__v=null,c||a!=null)if(ue.then){for(t.__u|=c?160:128;u&&u.nodeType==8&&u.nextSibling;)u=u.nextSibling;a[a.indexOf(u)]=null,t.__e=u}else for(Ye=a.length;Ye--;)tt(a[Ye]);else t.__e=n.__e,t.__k=n.__k;D.__e(ue,t,n)}else a==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):u=t.__e=jo(n.__e,t,n,r,s,a,i,c,l);return(f=D.diffed)&&f(t),128&t.__u?void 0:u}function Zt(e,t,n){for(var r=0;r<n.length;r++)ot(n[r],n[++r],n[++r]);D.__c&&D.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(a){a.call(s)})}catch(a){D.__e(a,s.__v)}})}function jo(e,t,n,r,s,a,i,u,c){var l,f,m,_,p,h,b,v=n.props,g=t.props,w=t.type;if(w=="svg"?s="http://www.w3.org/2000/svg":w=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),a!=null){for(l=0;l<a.length;l++)if((p=a[l])&&"setAttribute"in p==!!w&&(w?p.localName==w:p.nodeType==3)){e=p,a[l]=null;break}}if(e==null){if(w==null)return document.createTextNode(g);e=document.createElementNS(s,w,g.is&&g),u&&(D.__m&&D.__m(t,a),u=!1),a=null}if(w===null)v===g||u&&e.data===g||(e.data=g);else{if(a=a&&we.call(e.childNodes),v=n.props||me,!u&&a!=null)for(v={},l=0;l<e.attributes.length;l++)v[(p=e.attributes[l]).name]=p.value;for(l in v)if(p=v[l],l!="children"){if(l=="dangerouslySetInnerHTML")m=p;else if(!(l in g)){if(l=="value"&&"defaultValue"in g||l=="checked"&&"defaultChecked"in g)continue;ge(e,l,null,p,s)}}for(l in g)p=g[l],l=="children"?_=p:l=="dangerouslySetInnerHTML"?f=p:l=="value"?h=p:l=="checked"?b=p:u&&typeof p!="function"||v[l]===p||ge(e,l,p,v[l],s);if(f)u||m&&(f.__html===m.__html||f.__html===e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(m&&(e.innerHTML=""),Yt(e,et(_)?_:[_],t,n,r,w=="foreignObject"?"http://www.w3.org/1999/xhtml":s,a,i,a?a[0]:n.__k&&re(n,0),u,c),a!=null)for(l=a.length;l--;)tt(a[l]);u||(l="value",w=="progress"&&h==null?e.removeAttribute("value"):h!==void 0&&(h!==e[l]||w=="progress"&&!h||w=="option"&&h!==v[l])&&ge(e,l,h,v[l],s),l="checked",b!==void 0&&b!==e[l]&&ge(e,l,b,v[l],s))}return e}function ot(e,t,n){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(s){D.__e(s,n)}}function Kt(e,t,n){var r,s;if(D.unmount&&D.unmount(e),(r=e.ref)&&(r.current&&r.current!==e.__e||ot(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(a){D.__e(a,t)}r.base=r.__P=null}if(r=e.__k)for(s=0;s<r.length;s++)r[s]&&Kt(r[s],t,n||typeof e.type!="function");n||tt(e.__e),e.__c=e.__=e.__e=void 0}function Ho(e,t,n){return this.constructor(e,n)}function rt(e,t,n){var r,s,a,i;t==document&&(t=document.documentElement),D.__&&D.__(e,t),s=(r=typeof n=="function")?null:n&&n.__k||t.__k,a=[],i=[],nt(t,e=(!r&&n||t).__k=xe(ke,null,[e]),s||me,me,t.namespaceURI,!r&&n?[n]:s?null:t.firstChild?we.call(t.childNodes):null,a,!r&&n?n:s?s.__e:t.firstChild,r,i),Zt(a,e,i)}we=Wt.slice,D={__e:function(e,t,n,r){for(var s,a,i;t=t.__;)if((s=t.__c)&&!s.__)try{if((a=s.constructor)&&a.getDerivedStateFromError!=null&&(s.setState(a.getDerivedStateFromError(e)),i=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,r||{}),i=s.__d),i)return s.__E=s}catch(u){e=u}throw e}},Gt=0,Je=function(e){return e!=null&&e.constructor==null},J.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=X({},this.state),typeof e=="function"&&(e=e(X({},n),this.props)),e&&X(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),Rt(this))},J.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Rt(this))},J.prototype.render=ke,K=[],zt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Xe=function(e,t){return e.__v.__b-t.__v.__b},ye.__r=0,qt=/(PointerCapture)$|Capture$/i,Qe=0,Ze=Ht(!1),Ke=Ht(!0),Uo=0;var Qt=function(e,t,n,r){var s;t[0]=0;for(var a=1;a<t.length;a++){var i=t[a++],u=t[a]?(t[0]|=i?1:2,n[t[a++]]):t[++a];i===3?r[0]=u:i===4?r[1]=Object.assign(r[1]||{},u):i===5?(r[1]=r[1]||{})[t[++a]]=u:i===6?r[1][t[++a]]+=u+"":i?(s=e.apply(u,Qt(e,u,n,["",null])),r.push(s),u[0]?t[0]|=2:(t[a-2]=0,t[a]=s)):r.push(u)}return r},Jt=new Map;function en(e){var t=Jt.get(this);return t||(t=new Map,Jt.set(this,t)),(t=Qt(this,t.get(e)||(t.set(e,t=function(n){for(var r,s,a=1,i="",u="",c=[0],l=function(_){a===1&&(_||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?c.push(0,_,i):a===3&&(_||i)?(c.push(3,_,i),a=2):a===2&&i==="..."&&_?c.push(4,_,0):a===2&&i&&!_?c.push(5,0,!0,i):a>=5&&((i||!_&&a===5)&&(c.push(a,0,i,s),a=6),_&&(c.push(a,_,0,s),a=6)),i=""},f=0;f<n.length;f++){f&&(a===1&&l(),l(f));for(var m=0;m<n[f].length;m++)r=n[f][m],a===1?r==="<"?(l(),c=[c],a=3):i+=r:a===4?i==="--"&&r===">"?(a=1,i=""):i=r+i[0]:u?r===u?u="":i+=r:r==='"'||r==="'"?u=r:r===">"?(l(),a=1):a&&(r==="="?(a=5,s=i,i=""):r==="/"&&(a<5||n[f][m+1]===">")?(l(),a===3&&(c=c[0]),a=c,(c=c[0]).push(2,0,a),a=0):r===" "||r==="	"||r===`
`||r==="\r"?(l(),a=2):i+=r),a===3&&i==="!--"&&(a=4,c=c[0])}return l(),c}(e)),t),arguments,[])).length>1?t:t[0]}var d=en.bind(xe);var fe,F,st,tn,Se=0,dn=[],U=D,nn=U.__b,on=U.__r,rn=U.diffed,sn=U.__c,an=U.unmount,ln=U.__;function it(e,t){U.__h&&U.__h(F,e,Se||t),Se=0;var n=F.__H||(F.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function $(e){return Se=1,Go(mn,e)}function Go(e,t,n){var r=it(fe++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):mn(void 0,t),function(u){var c=r.__N?r.__N[0]:r.__[0],l=r.t(c,u);c!==l&&(r.__N=[l,r.__[1]],r.__c.setState({}))}],r.__c=F,!F.u)){var s=function(u,c,l){if(!r.__c.__H)return!0;var f=r.__c.__H.__.filter(function(_){return!!_.__c});if(f.every(function(_){return!_.__N}))return!a||a.call(this,u,c,l);var m=r.__c.props!==u;return f.forEach(function(_){if(_.__N){var p=_.__[0];_.__=_.__N,_.__N=void 0,p!==_.__[0]&&(m=!0)}}),a&&a.call(this,u,c,l)||m};F.u=!0;var a=F.shouldComponentUpdate,i=F.componentWillUpdate;F.componentWillUpdate=function(u,c,l){if(this.__e){var f=a;a=void 0,s(u,c,l),a=f}i&&i.call(this,u,c,l)},F.shouldComponentUpdate=s}return r.__N||r.__}function C(e,t){var n=it(fe++,3);!U.__s&&un(n.__H,t)&&(n.__=e,n.i=t,F.__H.__h.push(n))}function lt(e){return Se=5,Pe(function(){return{current:e}},[])}function Pe(e,t){var n=it(fe++,7);return un(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function zo(){for(var e;e=dn.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(Ce),e.__H.__h.forEach(at),e.__H.__h=[]}catch(t){e.__H.__h=[],U.__e(t,e.__v)}}U.__b=function(e){F=null,nn&&nn(e)},U.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),ln&&ln(e,t)},U.__r=function(e){on&&on(e),fe=0;var t=(F=e.__c).__H;t&&(st===F?(t.__h=[],F.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(Ce),t.__h.forEach(at),t.__h=[],fe=0)),st=F},U.diffed=function(e){rn&&rn(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(dn.push(t)!==1&&tn===U.requestAnimationFrame||((tn=U.requestAnimationFrame)||qo)(zo)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),st=F=null},U.__c=function(e,t){t.some(function(n){try{n.__h.forEach(Ce),n.__h=n.__h.filter(function(r){return!r.__||at(r)})}catch(r){t.some(function(s){s.__h&&(s.__h=[])}),t=[],U.__e(r,n.__v)}}),sn&&sn(e,t)},U.unmount=function(e){an&&an(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(r){try{Ce(r)}catch(s){t=s}}),n.__H=void 0,t&&U.__e(t,n.__v))};var cn=typeof requestAnimationFrame=="function";function qo(e){var t,n=function(){clearTimeout(r),cn&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,100);cn&&(t=requestAnimationFrame(n))}function Ce(e){var t=F,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),F=t}function at(e){var t=F;e.__c=e.__(),F=t}function un(e,t){return!e||e.length!==t.length||t.some(function(n,r){return n!==e[r]})}function mn(e,t){return typeof t=="function"?t(e):t}var Wo=Symbol.for("preact-signals");function ct(){if(Q>1)Q--;else{var e,t=!1;for(function(){var s=Ee;for(Ee=void 0;s!==void 0;){var a=s.S;if(a.v===s.v)for(var i=a.t;i!==void 0;i=i.x)i.i===s.i&&(i.i=a.i);s=s.o}}();$e!==void 0;){var n=$e;for($e=void 0,Ne++;n!==void 0;){var r=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&$n(n))try{n.c()}catch(s){t||(e=s,t=!0)}n=r}}if(Ne=0,Q--,t)throw e}}var pe,T=void 0;function he(e){var t=T,n=pe;T=void 0,pe=void 0;try{return e()}finally{T=t,pe=n}}var $e=void 0,Q=0,Ne=0;var fn=0,Ee=void 0,Me=0;function pn(e){if(T!==void 0){var t=e.n;if(t===void 0||t.t!==T)return t={i:0,S:e,p:T.s,n:void 0,t:T,e:void 0,x:void 0,r:t},T.s!==void 0&&(T.s.n=t),T.s=t,e.n=t,32&T.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=T.s,t.n=void 0,T.s.n=t,T.s=t),t}}function B(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}B.prototype.brand=Wo;B.prototype.h=function(){return!0};B.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:he(function(){var r;(r=t.W)==null||r.call(t)}))};B.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,r=e.x;n!==void 0&&(n.x=r,e.e=void 0),r!==void 0&&(r.e=n,e.x=void 0),e===this.t&&(this.t=r,r===void 0&&he(function(){var s;(s=t.Z)==null||s.call(t)}))}};B.prototype.subscribe=function(e){var t=this;return te(function(){var n=t.value;he(function(){return e(n)})},{name:"sub"})};B.prototype.valueOf=function(){return this.value};B.prototype.toString=function(){return this.value+""};B.prototype.toJSON=function(){return this.value};B.prototype.peek=function(){var e=this;return he(function(){return e.value})};Object.defineProperty(B.prototype,"value",{get:function(){var e=pn(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Ne>100)throw new Error("Cycle detected");(function(n){Q!==0&&Ne===0&&n.l!==fn&&(n.l=fn,Ee={S:n,v:n.v,i:n.i,o:Ee})})(this),this.v=e,this.i++,Me++,Q++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{ct()}}}});function H(e,t){return new B(e,t)}function $n(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function hn(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function _n(e){for(var t=e.s,n=void 0;t!==void 0;){var r=t.p;t.i===-1?(t.S.U(t),r!==void 0&&(r.n=t.n),t.n!==void 0&&(t.n.p=r)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=r}e.s=n}function ee(e,t){B.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Me-1,this.f=4}ee.prototype=new B;ee.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Me))return!0;if(this.g=Me,this.f|=1,this.i>0&&!$n(this))return this.f&=-2,!0;var e=T;try{hn(this),T=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return T=e,_n(this),this.f&=-2,!0};ee.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}B.prototype.S.call(this,e)};ee.prototype.U=function(e){if(this.t!==void 0&&(B.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};ee.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(ee.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=pn(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function dt(e,t){return new ee(e,t)}function bn(e){var t=e.j;if(e.j=void 0,typeof t=="function"){Q++;var n=T;T=void 0;try{t()}catch(r){throw e.f&=-2,e.f|=8,ut(e),r}finally{T=n,ct()}}}function ut(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,bn(e)}function Vo(e){if(T!==this)throw new Error("Out-of-order effect");_n(this),T=e,this.f&=-2;try{8&this.f&&ut(this)}finally{ct()}}function se(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,pe&&pe.push(this)}se.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};se.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,bn(this),hn(this),Q++;var e=T;return T=this,Vo.bind(this,e)};se.prototype.N=function(){2&this.f||(this.f|=2,this.u=$e,$e=this)};se.prototype.d=function(){this.f|=8,1&this.f||ut(this)};se.prototype.dispose=function(){this.d()};function te(e,t){var n=new se(e,t);try{n.c()}catch(s){throw n.d(),s}var r=n.d.bind(n);return r[Symbol.dispose]=r,r}var ft,mt;function ae(e,t){D[e]=t.bind(null,D[e]||function(){})}function Oe(e){mt&&mt(),mt=e&&e.S()}function gn(e){var t=this,n=e.data,r=Xo(n);r.value=n;var s=Pe(function(){for(var a=t.__v;a=a.__;)if(a.__c){a.__c.__$f|=4;break}return t.__$u.c=function(){var i,u=t.__$u.S(),c=s.value;u(),Je(c)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=c},dt(function(){var i=r.value.value;return i===0?0:i===!0?"":i||""})},[]);return s.value}gn.displayName="_st";Object.defineProperties(B.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:gn},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});ae("__b",function(e,t){if(typeof t.type=="string"){var n,r=t.props;for(var s in r)if(s!=="children"){var a=r[s];a instanceof B&&(n||(t.__np=n={}),n[s]=a,r[s]=a.peek())}}e(t)});ae("__r",function(e,t){Oe();var n,r=t.__c;r&&(r.__$f&=-2,(n=r.__$u)===void 0&&(r.__$u=n=function(s){var a;return te(function(){a=this}),a.c=function(){r.__$f|=1,r.setState({})},a}())),ft=r,Oe(n),e(t)});ae("__e",function(e,t,n,r){Oe(),ft=void 0,e(t,n,r)});ae("diffed",function(e,t){Oe(),ft=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var r=t.__np,s=t.props;if(r){var a=n.U;if(a)for(var i in a){var u=a[i];u!==void 0&&!(i in r)&&(u.d(),a[i]=void 0)}else n.U=a={};for(var c in r){var l=a[c],f=r[c];l===void 0?(l=Yo(n,c,f,s),a[c]=l):l.o(f,s)}}}e(t)});function Yo(e,t,n,r){var s=t in e&&e.ownerSVGElement===void 0,a=H(n);return{o:function(i,u){a.value=i,r=u},d:te(function(){var i=a.value.value;r[t]!==i&&(r[t]=i,s?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}ae("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var r=n.U;if(r){n.U=void 0;for(var s in r){var a=r[s];a&&a.d()}}}}else{var i=t.__c;if(i){var u=i.__$u;u&&(i.__$u=void 0,u.d())}}e(t)});ae("__h",function(e,t,n,r){(r<3||r===9)&&(t.__$f|=2),e(t,n,r)});J.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var r in t)return!0;for(var s in e)if(s!=="__source"&&e[s]!==this.props[s])return!0;for(var a in this.props)if(!(a in e))return!0;return!1};function Xo(e){return Pe(function(){return H(e)},[])}var Zo=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],Ko=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function vn(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,r=new Uint32Array(n*16);t.forEach((c,l)=>r[l>>2]|=c<<l%4*8),r[t.length>>2]|=128<<t.length%4*8,r[n*16-2]=t.length*8>>>0,r[n*16-1]=Math.floor(t.length/536870912);let[s,a,i,u]=[1732584193,4023233417,2562383102,271733878];for(let c=0;c<r.length;c+=16){let[l,f,m,_]=[s,a,i,u];for(let p=0;p<64;p++){let h=p>>4,b,v;h===0?[b,v]=[f&m|~f&_,p]:h===1?[b,v]=[_&f|~_&m,(5*p+1)%16]:h===2?[b,v]=[f^m^_,(3*p+5)%16]:[b,v]=[m^(f|~_),7*p%16];let g=Zo[h*4+p%4],w=l+b+Ko[p]+r[c+v]>>>0;[l,_,m]=[_,m,f],f=f+(w<<g|w>>>32-g)>>>0}[s,a,i,u]=[s+l>>>0,a+f>>>0,i+m>>>0,u+_>>>0]}return[s,a,i,u].map(c=>[0,8,16,24].map(l=>(c>>>l&255).toString(16).padStart(2,"0")).join("")).join("")}var pt="edgepbx.session",S=H(Jo());function Jo(){try{return JSON.parse(sessionStorage.getItem(pt))||null}catch{return null}}var Qo=30*60*1e3,yn=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>yn=Date.now(),{passive:!0});setInterval(()=>S.value&&Date.now()-yn>Qo&&De(),60*1e3);var R=class extends Error{constructor(t,n){let r={},s=n&&n.data;if(t===400&&s&&typeof s=="object")for(let[a,i]of Object.entries(s)){let u=i&&typeof i=="object"?Object.values(i)[0]:null;r[a]=u&&u.message||String(i)}super(n&&(n.message||s&&s.message)||`HTTP ${t}`),this.status=t,this.fields=r,this.body=n}};async function L(e,t,n,r=S.value&&S.value.token){let s=S.value,a={Accept:"application/json"};r&&(a["X-Auth-Token"]=r),n!==void 0&&(a["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:a,body:n===void 0?void 0:JSON.stringify({data:n})}),u=await i.json().catch(()=>null);if(i.status===401&&s&&t!=="user_auth"&&De(),!i.ok)throw new R(i.status,u);return u}async function wn(e){let t=await fetch("/v2/"+Y(e),{headers:{"X-Auth-Token":S.value.token,Accept:"audio/*"}});if(!t.ok)throw new R(t.status,await t.json().catch(()=>null));return t.blob()}var Y=e=>`accounts/${S.value.account}/${e}`,y=async e=>(await L("GET",Y(e))).data,N=async(e,t)=>(await L("PUT",Y(e),t)).data,I=async(e,t)=>(await L("POST",Y(e),t)).data,G=async(e,t)=>(await L("PATCH",Y(e),t)).data,O=async e=>(await L("DELETE",Y(e))).data,xn=(e,t,n)=>L("PUT","user_auth",{credentials:vn(`${t.toLowerCase()}:${n}`),account_name:e});async function kn(e,t,n){let r=await xn(e,t,n),s={token:r.auth_token,account:r.data.account_id,owner:r.data.owner_id,accountName:e},a=(await L("GET",`accounts/${s.account}/users/${s.owner}`,void 0,s.token)).data;s.admin=a.priv_level==="admin",sessionStorage.setItem(pt,JSON.stringify(s)),S.value=s}function De(){sessionStorage.removeItem(pt),S.value=null}async function Cn(e,t){try{return await xn(S.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var o={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension and their phones?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",extProposed:e=>`${e} is the next free extension.`,extLength:e=>`The office's extensions have ${e} digits (Settings, Country and extensions)`,failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepLocale:"Country and extensions",locale:"Country and extensions",localeHint:"The country sets the tones callers hear and how analog phones ring and show caller ID; choosing it proposes its time zone and prompt language. New users get the next free extension of the length set here.",country:"Country",countryNone:"Not set (US tones)",promptLanguage:"Prompt language (such as en-gb)",extensionLength:"Extension length (digits, 2 to 8)",extLengthRange:"A number from 2 to 8",proposedZone:e=>`Time zone ${e} is saved with the country (change it under Office).`,stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",clockUnset:"The box does not know the date and time yet: office hours are not applied (calls take the default route) until a time server answers.",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",providerAddress:"Address shown to providers",providerAddressOwn:"the box's own",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"},featureCodes:"Feature codes",fcHint:"Codes dialled from any phone of the office. A code with \u2026 takes a number dialled after it. Turning a code off frees it.",fcWhat:"What it does",fcCode:"Code",fcOn:"On",fcNotRun:"This box does not run this code yet.",fcDigits:"1 to 6 digits",fcTaken:e=>`${e} is already another code`,fcNames:{"call_forward[action=activate]":"Turn call forwarding on (to the number dialled after the code, else asked for)","call_forward[action=deactivate]":"Turn call forwarding off","call_forward[action=toggle]":"Turn call forwarding on or off","call_forward[action=update]":"Change the call forwarding number","hotdesk[action=login]":"Hot desking: sign in at this phone","hotdesk[action=logout]":"Hot desking: sign out of this phone","hotdesk[action=toggle]":"Hot desking: sign in or out","voicemail[action=check]":"Check voicemail (box number after the code, else asked for)","voicemail[single_mailbox_login]":"Check voicemail, asking for the box number",'voicemail[action="direct"]':"Leave a message straight in a box (box number after the code)",intercom:"Intercom: the extension after the code answers on its speaker","privacy[mode=full]":"Hide your caller ID for the number after the code",park_and_retrieve:"Park a call in the slot after the code, or pick it up",valet:"Park a call in the next free slot",retrieve:"Pick up the call parked in the slot after the code",directed_ext_pickup:"Answer the extension after the code while it rings","do_not_disturb[action=activate]":"Turn do not disturb on","do_not_disturb[action=deactivate]":"Turn do not disturb off","do_not_disturb[action=toggle]":"Turn do not disturb on or off",move:"Move the call to another of your phones"},followMe:"Find me follow me",followMeHint:"A call to your extension rings the phones picked here, each from its start for its ring time.",followMeOn:"Ring my phones by this timeline",pickPhone:"Pick at least one phone",boxSettings:(e,t)=>`PIN and greeting of ${e} (${t})`,newPin:"New PIN (4 to 6 digits)",newPinAgain:"New PIN again",pinMismatch:"The two PINs differ",changePin:"Change PIN",pinChanged:"PIN changed.",uploadGreeting:"Upload greeting",greetingSaved:"Greeting saved.",storage:"Storage (data partition)",storageUse:(e,t)=>`${e.toFixed(1)} GB used of ${t.toFixed(1)} GB`,lastBackup:"Last backup",backupAt:e=>`${e} UTC`,neverBackedUp:"never",certificate:"Certificate expires",certExpires:(e,t)=>`${e} (in ${t} days)`,unknown:"unknown",diskFull:e=>`The data partition is nearly full: ${e} GB free`,certSoon:e=>`The box's certificate expires in ${e} days`,certExpired:"The box's certificate has expired",csvImport:"Import users from a CSV file",csvHint:"A header line, then one user a line. Columns: first_name, last_name, username, extension, password (all needed), email, phone (yes: a desk phone). Nothing is made while a line is wrong.",csvFile:"CSV file",csvProblems:"Lines to fix",csvEmpty:"The file is empty",csvColumns:e=>`Missing columns: ${e}`,csvUnknown:e=>`Unknown columns: ${e}`,csvNoUsers:"No users in the file",csvExtra:"more fields than columns",csvDuplicate:e=>`the same as on line ${e}`,csvLine:(e,t,n)=>`Line ${e}: ${t?`${t}: `:""}${n}`,csvField:{first_name:"first name",last_name:"last name",username:"user name",email:"email",extension:"extension",password:"password"},csvMade:(e,t)=>`${e} of ${t} users made.`,stepMail:"Mail relay",mailRelay:"Mail relay (SMTP)",mailRelayHint:"The server the box sends its mails through: voicemail to email and missed-call alerts.",relayServer:"Server (host name or address)",relayHost:"A host name or IP address",port:"Port",relayPort:"A port from 1 to 65535",relayTls:"Encryption",tlsModes:{if_available:"STARTTLS when offered",always:"TLS always",never:"None"},relayUser:"Login (empty: none)",relayPasswordKeep:"Password (empty: keep the one set)",relayFrom:"Sender address",testTo:"Send a test mail to",sendTest:"Send a test mail",sending:"Sending\u2026",testSent:e=>`Sent to ${e}: the relay took it.`,stepLine:"Outside line",outsideLines:"Outside lines",noLines:"No outside line yet.",addLine:"Add an outside line",lineServer:"Provider's server",lineNumber:"Number or SIP user name",lineAuth:"Login, if not the number",linePassword:"SIP password",lineRealm:"Domain (realm), if not the server",lineRegister:"Register with the provider",lineStates:{registered:"registered",trying:"registering\u2026",failed:"registration failed",not_registering:"not registering"},ringMyPhone:"Ring my phone",ringPhonePick:"Phone to ring",ringPhoneHint:"The phone rings; answer it and the box says its extension, then goodbye.",ringing:e=>`Ringing ${e}: answer it.`,noRegisteredPhone:"No phone is registered yet: connect one (or a softphone), then come back to this step.",call:"Call",callFrom:e=>`Call from ${e}`,callNumber:"Number to call",callStarted:(e,t)=>`${e} rings: answer it to call ${t}.`,actions:"Actions",editLine:e=>`Edit the outside line ${e}`,confirmDeleteLine:e=>`Delete the outside line ${e}? Calls out no longer use it.`,fxoLines:"Analog lines (FXO)",fxoStates:{idle:"up",busy:"in use",down:"down"},fxoDialTone:{yes:"dial tone",no:"no dial tone",checking:"checking for dial tone\u2026",unknown:"dial tone not checked yet"},fxoUse:"Use as outside line",fxoInUse:e=>`Outside line: ${e}`,fxoLineName:e=>`Analog line ${e}`};function k({id:e,label:t,value:n,onInput:r,error:s,type:a="text",required:i,autocomplete:u,inputmode:c}){let l=`${e}-error`;return d`<div class="field">
    <label for=${e}>${t}</label>
    <input
      id=${e}
      name=${e}
      type=${a}
      value=${n}
      required=${i}
      autocomplete=${u}
      inputmode=${c}
      aria-invalid=${s?"true":void 0}
      aria-describedby=${s?l:void 0}
      onInput=${f=>r(f.target.value)}
    />
    ${s&&d`<p class="error" id=${l} role="alert">${s}</p>`}
  </div>`}function x({message:e}){return e?d`<p class="banner" role="alert">${e}</p>`:null}function W({id:e,label:t,checked:n,onChange:r}){return d`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${s=>r(s.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function Sn(){let[e,t]=$({account:"",username:"",password:""}),[n,r]=$(!1),[s,a]=$(""),i=c=>l=>t({...e,[c]:l});async function u(c){c.preventDefault(),r(!0),a("");try{await kn(e.account.trim(),e.username.trim(),e.password)}catch(l){a(l.status===401?o.badLogin:l.message),r(!1)}}return d`<main class="login">
    <form onSubmit=${u} aria-label=${o.login}>
      <h1>${o.app}</h1>
      <${x} message=${s} />
      <${k} id="account" label=${o.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${k} id="username" label=${o.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${k} id="password" label=${o.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?o.signingIn:o.login}</button>
    </form>
  </main>`}var er=5e3;async function tr(){let e=await y("resources?paginate=false");return(await Promise.all(e.map(n=>y(`resources/${n.id}/status`).then(r=>[n,r])))).flatMap(([n,r])=>r.gateways.filter(s=>s.state==="failed").map(s=>o.trunkDown(n.name||n.id,s.server)))}var Pn=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function nr(){let[e,t,n]=await Promise.all([y("devices?with_status=true&paginate=false"),y("channels"),y("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function or(e){var n;let t={};for(let r of e){let s=t[n=r.device_type||"sip_device"]||(t[n]=[0,0]);s[0]+=1,r.registered&&(s[1]+=1)}return Object.entries(t).map(([r,[s,a]])=>[r,s,a]).sort((r,s)=>s[1]-r[1]||r[0].localeCompare(s[0]))}var rr=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function sr(){let[e,t,n,r,s,a,i]=await Promise.all([y("users?paginate=false"),y("phone_numbers"),Pn(L("GET","system_status").then(c=>c.data),null),Pn(y("sip_bans"),[]),tr(),y("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),y("conferences?paginate=false")]),u=Object.values(t.numbers||{});return{users:e.length,numbers:u.length,spare:u.filter(c=>!c.used_by).length,version:n&&n.software_version,provider:n&&{address:n.provider_address},clockUnset:!!(n&&n.clock&&n.clock.set===!1),main:rr(a.flatMap(c=>c.numbers||[])),conference:i.flatMap(c=>c.conference_numbers||[]),box:n&&lr(n),alerts:[...r.map(c=>o.banned(c.ip,c.reason)),...s,...n?cr(n):[]]}}var $t=1024**3,ar=.9,ir=30;function lr({storage:e,last_backup:t,certificate:n}){return{storage:e?o.storageUse((e.total_bytes-e.free_bytes)/$t,e.total_bytes/$t):o.unknown,backup:t?o.backupAt(new Date(t.time_unix*1e3).toISOString().slice(0,16).replace("T"," ")):o.neverBackedUp,cert:n?o.certExpires(new Date(n.expires_unix*1e3).toISOString().slice(0,10),n.days_left):o.unknown}}function cr({storage:e,certificate:t}){let n=[];return e&&e.total_bytes&&1-e.free_bytes/e.total_bytes>=ar&&n.push(o.diskFull(Math.round(e.free_bytes/$t*10)/10)),t&&t.days_left<ir&&n.push(t.days_left<0?o.certExpired:o.certSoon(t.days_left)),n}function ie({id:e,label:t,value:n}){return d`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function Nn(){let[e,t]=$(null),[n,r]=$(null),[s,a]=$("");C(()=>{sr().then(t,f=>a(f.message));let c=()=>nr().then(r,f=>a(f.message));c();let l=setInterval(c,er);return()=>clearInterval(l)},[]);let i=n?n.devices.filter(c=>c.registered).length:"\u2026",u=n?n.ports.filter(c=>c.state==="down"||c.alarm).map(c=>o.portDown(c.name,c.alarm)):[];return d`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${o.dashboard}</h2>
    <${x} message=${s} />
    ${e&&e.clockUnset&&d`<p class="banner" role="alert" data-alert="clock">${o.clockUnset}</p>`}
    <div class="tiles">
      <${ie} id="users" label=${o.users} value=${e?e.users:"\u2026"} />
      <${ie} id="devices" label=${o.devices} value=${n?n.devices.length:"\u2026"} />
      <${ie} id="registered" label=${o.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${ie} id="calls" label=${o.callsNow} value=${n?n.calls:"\u2026"} />
      <${ie} id="numbers" label=${o.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&d`<${ie} id="version" label=${o.softwareVersion} value=${e.version} />`}
    </div>
    ${n&&d`<h3>${o.devicesByType}</h3>
      <ul class="by-type">
        ${or(n.devices).map(([c,l,f])=>d`<li key=${c} data-type=${c}>${o.deviceTypes[c]||c}: ${o.registeredOf(f,l)}</li>`)}
      </ul>`}
    ${n&&n.ports.length>0&&d`<h3>${o.analogPorts}</h3>
      <ul class="ports">
        ${n.ports.map(c=>d`<li key=${c.name} data-port=${c.name}><span class=${c.state==="down"?"dot":"dot on"}>${c.name} · ${o.portStates[c.state]||c.state}</span></li>`)}
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
    ${e&&([...e.alerts,...u].length?d`<ul class="alerts">${[...e.alerts,...u].map(c=>d`<li key=${c}>${c}</li>`)}</ul>`:d`<p class="ok">${o.noAlerts}</p>`)}
  </section>`}var z=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),_t=e=>`${e.first_name} ${e.last_name}`.trim();function ht(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,r=>t[r%t.length]).join("")}function bt(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:_t(t),number:t.extension}},ui_metadata:z()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}function Ae(e,t,n){return{...e,type:"mainUserCallflow",owner_id:t.id,name:o.callflowOf(_t(t)),numbers:[n],contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:{}},ui_metadata:z()}}function gt(e){return{device_type:"sip_device",name:o.phoneOf(_t(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${ht(10)}`,password:ht(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:z()}}var _e=15;function vt(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||z()}}function yt(e,t,n){let r=Math.max(...n.members.map(s=>s.delay+s.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[ht(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:r,repeats:n.repeats,endpoints:n.members.map(s=>({id:s.id,endpoint_type:"user",delay:s.delay,timeout:s.timeout}))},children:{}},ui_metadata:e.ui_metadata||z()}}var dr=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function wt(e,t,n,r){return{...e,name:r.name,type:"userGroup",group_id:t.id,numbers:[r.extension],flow:{module:"callflow",data:{id:n.id},children:{_:dr(r.next_vmbox)}},ui_metadata:e.ui_metadata||z()}}function En(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((r,s)=>({...r,delay:s*n,timeout:n}))}function ur(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:null}function mr(e,t){if(!(t instanceof R))throw t;let n={},r=[];for(let[s,a]of Object.entries(t.fields)){let i=ur(e,s);i?n[i]=a:r.push(`${s}: ${a}`)}throw t.fields=n,r.length&&(t.message=r.join("; ")),t}async function ne(e,t,n){try{return await t()}catch(r){for(let s of n.reverse())await s().catch(()=>{});mr(e,r)}}async function Te(e){let t=[],n=await ne("users",()=>N("users",bt({},e)),t);t.push(()=>O(`users/${n.id}`));let r=await ne("callflows",()=>N("callflows",Ae({},n,e.extension)),t);return t.push(()=>O(`callflows/${r.id}`)),e.phone&&await ne("devices",()=>N("devices",gt(n)),t),n}async function Mn(e,t,n){let r=await y(`users/${e}`),s=await ne("users",()=>I(`users/${e}`,bt(r,t)),[]);if(n){let a=await y(`callflows/${n}`);await ne("callflows",()=>I(`callflows/${n}`,Ae(a,s,t.extension)),[])}else await ne("callflows",()=>N("callflows",Ae({},s,t.extension)),[]);return t.phone&&await ne("devices",()=>N("devices",gt(s)),[]),s}async function On(e){let[t,n]=await Promise.all([y(`callflows?filter_owner_id=${e}&paginate=false`),y(`devices?filter_owner_id=${e}&paginate=false`)]);for(let r of[...t.map(s=>`callflows/${s.id}`),...n.map(s=>`devices/${s.id}`)])await O(r);await O(`users/${e}`)}var fr=5e3;function xt({ownerId:e}){let[t,n]=$([]),[r,s]=$("");return C(()=>{let a=!0;L("GET",`accounts/${S.value.account}`).then(c=>a&&s(c.data.realm||""));async function i(){let c=await y(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),l=await Promise.all(c.map(f=>y(`devices/${f.id}`)));a&&n(l.map((f,m)=>({...f,registered:c[m].registered})))}i().catch(()=>{});let u=setInterval(()=>i().catch(()=>{}),fr);return()=>{a=!1,clearInterval(u)}},[e]),t.map(a=>d`<div class="card" key=${a.id} aria-label=${o.sipCredentials}>
      <h3>${o.sipCredentials}: ${a.name}</h3>
      <dl>
        <dt>${o.sipUser}</dt><dd class="sip-user">${a.sip&&a.sip.username}</dd>
        <dt>${o.sipPassword}</dt><dd class="sip-password">${a.sip&&a.sip.password}</dd>
        <dt>${o.sipRealm}</dt><dd>${r}</dd>
        <dt>${o.status}</dt><dd class=${a.registered?"dot on":"dot"}>${a.registered?o.registered:o.notRegistered}</dd>
      </dl>
    </div>`)}function kt(e,t){return e.length<12?o.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(r=>r.test(e)).length<3?o.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?o.pwUsername:""}function le({username:e,onDone:t}){let[n,r]=$({old:"",next:"",again:""}),[s,a]=$({}),[i,u]=$(""),[c,l]=$(!1),[f,m]=$(!1),_=h=>b=>r({...n,[h]:b});async function p(h){h.preventDefault(),m(!1);let b={};n.old||(b.old=o.required);let v=kt(n.next,e);if(v?b.next=v:n.next===n.old&&(b.next=o.pwSame),n.again!==n.next&&(b.again=o.pwMismatch),a(b),!Object.keys(b).length){l(!0),u("");try{if(!await Cn(e,n.old)){a({old:o.pwOldWrong});return}await G(`users/${S.value.owner}`,{password:n.next,require_password_update:!1}),r({old:"",next:"",again:""}),m(!0),t&&t()}catch(g){a(g.fields||{}),u(g.message)}finally{l(!1)}}}return d`<form onSubmit=${p} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${o.changePassword}</h3>
    <p class="hint">${o.pwRules}</p>
    <${x} message=${i} />
    <${k} id="pw_old" label=${o.pwOld} type="password" value=${n.old} onInput=${_("old")} error=${s.old} autocomplete="current-password" />
    <${k} id="pw_new" label=${o.pwNew} type="password" value=${n.next} onInput=${_("next")} error=${s.next||s.password} autocomplete="new-password" />
    <${k} id="pw_again" label=${o.pwAgain} type="password" value=${n.again} onInput=${_("again")} error=${s.again} autocomplete="new-password" />
    ${f&&d`<p class="ok" role="status">${o.pwChanged}</p>`}
    <button type="submit" disabled=${c}>${c?o.saving:o.changePassword}</button>
  </form>`}var Z=H(void 0),Dn=null;async function Fe(){let e=S.value.account;if(Dn===e&&Z.value!==void 0)return Z.value;let{data:t}=await L("GET",`accounts/${e}`);return Dn=e,Z.value=t.edgepbx&&t.edgepbx.extension_length||null,Z.value}function Ct(e,t){return t&&e&&e.length!==t?o.extLength(t):null}async function An(e){let t=await y("callflows?paginate=false"),n=new Set(t.flatMap(s=>s.numbers||[])),r=10**e;for(let s=10**(e-1);s<r;s++)if(!n.has(String(s)))return String(s);return""}function St(e,t,n){let r={};for(let a of["first_name","last_name","username","extension"])e[a].trim()||(r[a]=o.required);e.extension&&!/^\d{2,8}$/.test(e.extension)?r.extension=o.extDigits:Ct(e.extension,n)&&(r.extension=Ct(e.extension,n));let s=(t||e.password)&&kt(e.password,e.username);return s&&(r.password=s),r}function Ie({user:e,onDone:t}){let n=!e.id,[r,s]=$({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n}),[a,i]=$({}),[u,c]=$(""),[l,f]=$(!1),[m,_]=$(null),p=w=>E=>s({...r,[w]:E}),[h,b]=$("");C(()=>{Fe().then(w=>n&&!r.extension&&w&&An(w)).then(w=>{w&&(b(w),s(E=>E.extension?E:{...E,extension:w}))}).catch(()=>{})},[]);async function v(w){w.preventDefault();let E=St(r,n,Z.value);if(i(E),c(""),!Object.keys(E).length){f(!0);try{let P=n?await Te(r):await Mn(e.id,r,e.callflow&&e.callflow.id);n||r.phone?_(P):t()}catch(P){i(P.fields||{}),c(`${o.failed} ${P.message}`)}f(!1)}}if(m)return d`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${m.first_name} ${m.last_name}</h2>
      <${xt} ownerId=${m.id} />
      <button onClick=${()=>t({...m,extension:r.extension})}>${o.users}</button>
    </section>`;let g=e.devices&&e.devices.length>0;return d`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?o.addUser:o.editUser}</h2>
    <form onSubmit=${v} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="first_name" label=${o.firstName} value=${r.first_name} onInput=${p("first_name")} error=${a.first_name} required />
        <${k} id="last_name" label=${o.lastName} value=${r.last_name} onInput=${p("last_name")} error=${a.last_name} required />
        <${k} id="username" label=${o.username} value=${r.username} onInput=${p("username")} error=${a.username} required autocomplete="off" />
        <${k} id="email" label=${o.email} type="email" value=${r.email} onInput=${p("email")} error=${a.email} />
        <${k} id="new_password" label=${o.password} type="password" value=${r.password} onInput=${p("password")} error=${a.password} required=${n} autocomplete="new-password" />
        <${k} id="extension" label=${o.extension} value=${r.extension} onInput=${p("extension")} error=${a.extension} required inputmode="numeric" />
      </div>
      ${h&&d`<p class="hint" id="extension-proposed">${o.extProposed(h)}</p>`}
      ${!g&&d`<div class="check">
        <input type="checkbox" id="phone" checked=${r.phone} onChange=${w=>s({...r,phone:w.target.checked})} />
        <label for="phone">${o.deskPhone}</label>
      </div>`}
      <div class="bar">
        <button type="submit" disabled=${l}>${l?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
    ${g&&d`<${xt} ownerId=${e.id} />`}
  </section>`}async function pr(){let[e,t,n]=await Promise.all([y("users?paginate=false"),y("callflows?filter_type=mainUserCallflow&paginate=false"),y("devices?with_status=true&paginate=false")]);return e.map(r=>{let s=t.find(a=>a.owner_id===r.id);return{...r,callflow:s,extension:s&&s.numbers?s.numbers[0]:"",devices:n.filter(a=>a.owner_id===r.id)}})}function Tn(){let[e,t]=$(null),[n,r]=$(null),[s,a]=$(""),i=()=>pr().then(t,c=>a(c.message));C(i,[]);async function u(c){if(confirm(o.confirmDelete(`${c.first_name} ${c.last_name}`))){try{await On(c.id)}catch(l){a(l.message)}i()}}return n?d`<${Ie}
      user=${n}
      onDone=${()=>{r(null),i()}}
    />`:d`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${o.users}</h2>
      <button onClick=${()=>r({})}>${o.addUser}</button>
    </div>
    <${x} message=${s} />
    ${e?e.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.users}>
            <thead><tr><th>${o.name}</th><th>${o.username}</th><th>${o.extension}</th><th>${o.devices}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(c=>d`<tr key=${c.id} data-user=${c.username}>
                  <td data-label=${o.name}>${c.first_name} ${c.last_name}</td>
                  <td data-label=${o.username}>${c.username}</td>
                  <td data-label=${o.extension} class="ext">${c.extension}</td>
                  <td data-label=${o.devices}>
                    ${c.devices.map(l=>d`<span class=${l.registered?"dot on":"dot"}>${l.name} · ${l.registered?o.registered:o.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>r(c)} aria-label=${`${o.edit} ${c.username}`}>${o.edit}</button>
                    ${c.id!==S.value.owner&&d`<button class="danger" onClick=${()=>u(c)} aria-label=${`${o.del} ${c.username}`}>${o.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}function Fn(){let[e,t]=$(null),[n,r]=$(""),[s,a]=$(""),[i,u]=$("");C(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([l,f])=>{let m=p=>f.find(h=>h.id===p),_=l.filter(p=>p.registered).map(p=>{let h=m(p.owner_id);return{id:p.id,label:h?`${h.first_name} ${h.last_name} \xB7 ${p.name}`:p.name}});t(_),_.length&&r(_[0].id)},l=>u(l.message))},[]);let c=async()=>{u(""),a("");try{await N(`devices/${n}/ring_test`,{}),a(o.ringing(e.find(l=>l.id===n).label))}catch(l){u(l.message)}};return e?d`<div class="ring-my-phone">
    <h3>${o.ringMyPhone}</h3>
    ${e.length===0?d`<p class="hint">${o.noRegisteredPhone}</p>`:d`<div class="field">
            <label for="ring-phone">${o.ringPhonePick}</label>
            <select id="ring-phone" value=${n} onChange=${l=>r(l.target.value)}>
              ${e.map(l=>d`<option key=${l.id} value=${l.id}>${l.label}</option>`)}
            </select>
            <p class="hint">${o.ringPhoneHint}</p>
          </div>
          <button type="button" onClick=${c}>${o.ringMyPhone}</button>`}
    ${s&&d`<p role="status">${s}</p>`}
    <${x} message=${i} />
  </div>`:d`<${x} message=${i} />`}function In({device:e}){let[t,n]=$(!1),[r,s]=$(""),[a,i]=$(""),[u,c]=$(""),[l,f]=$("");return t?d`<form class="call-from" onSubmit=${async _=>{_.preventDefault(),c(""),f(""),i("");try{await y(`devices/${e.id}/quickcall/${encodeURIComponent(r)}?auto_answer=false`),i(o.callStarted(e.name,r))}catch(p){p.fields&&p.fields.number?f(p.fields.number):c(p.message)}}}>
    <${k} id=${`call-${e.id}`} label=${o.callNumber} value=${r} onInput=${s} error=${l} inputmode="tel" required />
    <button type="submit">${o.call}</button>
    ${a&&d`<p role="status">${a}</p>`}
    <${x} message=${u} />
  </form>`:d`<button type="button" class="plain" aria-label=${o.callFrom(e.name)} onClick=${()=>n(!0)}>
      ${o.call}
    </button>`}function Un(){let[e,t]=$(null),[n,r]=$("");return C(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([s,a])=>{let i=u=>a.find(c=>c.id===u);t(s.map(u=>({...u,owner:i(u.owner_id)})))},s=>r(s.message))},[]),d`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${o.devices}</h2>
    <${x} message=${n} />
    ${e?e.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.devices}>
            <thead><tr><th>${o.name}</th><th>${o.type}</th><th>${o.sipUser}</th><th>${o.owner}</th><th>${o.status}</th><th>${o.actions}</th></tr></thead>
            <tbody>
              ${e.map(s=>d`<tr key=${s.id}>
                  <td data-label=${o.name}>${s.name}</td>
                  <td data-label=${o.type}>${s.device_type}</td>
                  <td data-label=${o.sipUser}>${s.username}</td>
                  <td data-label=${o.owner}>${s.owner?`${s.owner.first_name} ${s.owner.last_name}`:""}</td>
                  <td data-label=${o.status}><span class=${s.registered?"dot on":"dot"}>${s.registered?o.registered:o.notRegistered}</span></td>
                  <td data-label=${o.actions}>${s.registered&&d`<${In} device=${s} />`}</td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}var $r=86400,hr=62167219200;function _r({leg:e}){return d`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function br({call:e,withLegs:t}){let[n,r]=$(null),[s,a]=$(!1);async function i(){a(!s),n||r(await y(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return d`<tr class="call" data-call=${e.call_id}>
      <td data-label=${o.when}>${t?d`<button class="plain" aria-expanded=${s} onClick=${i}>${e.datetime}</button>`:e.datetime}</td>
      <td data-label=${o.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${o.to}>${e.dialed_number}</td>
      <td data-label=${o.duration}>${e.duration_seconds}s</td>
      <td data-label=${o.result}>${e.hangup_cause}</td>
    </tr>
    ${s&&d`<tr class="legs"><td colspan="5">
      <h3>${o.legs}</h3>
      ${n?d`<ul>${n.map(u=>d`<${_r} key=${u.id} leg=${u} />`)}</ul>`:o.loading}
    </td></tr>`}`}function Ln({path:e,title:t,withLegs:n}){let[r,s]=$(null),[a,i]=$("");return C(()=>{let u=Math.floor(Date.now()/1e3)+hr;y(`${e}?created_from=${u-7*$r}&created_to=${u+60}&page_size=100`).then(s,c=>i(c.message))},[]),d`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${x} message=${a} />
    ${r?r.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${t}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.to}</th><th>${o.duration}</th><th>${o.result}</th></tr></thead>
            <tbody>${r.map(u=>d`<${br} key=${u.id} call=${u} withLegs=${n} />`)}</tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}var Bn=()=>d`<${Ln} path="cdrs/interaction" title=${o.callLogs} withLegs=${!0} />`,Rn=()=>d`<${Ln} path=${`users/${S.value.owner}/cdrs`} title=${o.myCalls} withLegs=${!1} />`;var gr=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],vr=["undefinedMainNumber","0"],Ue=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],be=e=>({module:"callflow",data:{id:e},children:{}});async function Hn(){let e=await y("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(i=>[i.name,i]));for(let i of gr){if(t[i])continue;let u=t[`${i}Menu`]||await yr(`${i}Menu`);t[i]=await N("callflows",{name:i,type:"main",numbers:[i],flow:be(u.id),ui_metadata:z()})}let n=t.MainCallflow||await N("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:be(t.MainOpenHours.id)}},ui_metadata:z()}),[r,s]=await Promise.all([y(`callflows/${n.id}`),y("temporal_rules?paginate=false")]),a=await Promise.all(s.filter(i=>i.name==="MainOpenHours"||i.name==="MainLunchHours").map(i=>y(`temporal_rules/${i.id}`)));return{main:r,parts:t,open:a.filter(i=>i.type==="main_weekdays"),lunch:a.filter(i=>i.type==="main_lunchbreak")}}async function yr(e){let t=await N("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:z()});return N("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:z()})}var Gn=e=>(e.numbers||[]).filter(t=>!vr.includes(t));async function zn(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=z(),e.main=await I(`callflows/${n.id}`,n)}var jn=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},Pt=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`;async function qn(e,t){let[n,...r]=e.open;for(let f of r)await O(`temporal_rules/${f.id}`);let s=[];if(t){let f={...n||{},name:"MainOpenHours",type:"main_weekdays",cycle:"weekly",interval:1,wdays:t.wdays,time_window_start:jn(t.start),time_window_stop:jn(t.stop),ui_metadata:z()};s=[n?await I(`temporal_rules/${n.id}`,f):await N("temporal_rules",f)]}else n&&await O(`temporal_rules/${n.id}`);let{parts:a,main:i}=e,u=new Set([...e.lunch,...e.open,...s].map(f=>f.id)),c=(i.flow&&i.flow.data&&i.flow.data.rules||[]).filter(f=>!u.has(f)),l={};for(let f of c)l[f]=i.flow.children[f];for(let f of e.lunch)l[f.id]=be(a.MainLunchHours.id);for(let f of s)l[f.id]=be(a.MainOpenHours.id);l._=be(s.length?a.MainAfterHours.id:a.MainOpenHours.id),i.flow={module:"temporal_route",data:{rules:[...c,...[...e.lunch,...s].map(f=>f.id)]},children:l},i.ui_metadata=z(),e.main=await I(`callflows/${i.id}`,i),e.open=s}function wr({strategy:e,onSaved:t}){let[n,r]=$(""),[s,a]=$(""),i=Gn(e.main);async function u(l){a("");try{await zn(e,l),r(""),t()}catch(f){a(Object.values(f.fields||{})[0]||f.message)}}function c(l){l.preventDefault();let f=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(f))return a(o.badNumber);u([...i,f])}return d`<form onSubmit=${c} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${o.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(l=>d`<li key=${l}>
          <span class="main-number">${l}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${l}`} onClick=${()=>u(i.filter(f=>f!==l))}>${o.remove}</button>
        </li>`)}
    </ul>
    <${k} id="main_number" label=${o.number} value=${n} onInput=${r} error=${s} inputmode="tel" />
    <button type="submit">${o.addNumber}</button>
  </form>`}function xr({strategy:e,onSaved:t}){let n=e.open[0],[r,s]=$(!!n),[a,i]=$(n?n.wdays||[]:Ue.slice(0,5)),[u,c]=$(n?Pt(n.time_window_start||0):"09:00"),[l,f]=$(n?Pt(n.time_window_stop||0):"17:00"),[m,_]=$(""),[p,h]=$(!1),b=g=>i(a.includes(g)?a.filter(w=>w!==g):Ue.filter(w=>w===g||a.includes(w)));async function v(g){if(g.preventDefault(),h(!1),r&&!a.length)return _(o.pickDay);if(r&&!(u<l))return _(o.badHours);_("");try{await qn(e,r?{wdays:a,start:u,stop:l}:null),h(!0),t()}catch(w){_(Object.entries(w.fields||{}).map(([E,P])=>`${E}: ${P}`).join("; ")||w.message)}}return d`<form onSubmit=${v} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${o.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!r} onChange=${()=>s(!1)} /><label for="h24">${o.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${r} onChange=${()=>s(!0)} /><label for="hcustom">${o.openCustom}</label></div>
    ${r&&d`<fieldset>
      <legend class="sr">${o.openCustom}</legend>
      <div class="days">
        ${Ue.map(g=>d`<span class="check"><input type="checkbox" id=${"day-"+g} checked=${a.includes(g)} onChange=${()=>b(g)} /><label for=${"day-"+g}>${o.wday[g]}</label></span>`)}
      </div>
      <div class="grid">
        <${k} id="opens" label=${o.opens} type="time" value=${u} onInput=${c} />
        <${k} id="closes" label=${o.closes} type="time" value=${l} onInput=${f} />
      </div>
    </fieldset>`}
    ${m&&d`<p class="error" role="alert">${m}</p>`}
    ${p&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}function Le(){let[e,t]=$(null),[n,r]=$(""),[,s]=$(0);C(()=>{Hn().then(t,i=>r(i.message))},[]);let a=()=>s(i=>i+1);return d`<section aria-labelledby="main-h">
    <h2 id="main-h">${o.mainNumber}</h2>
    <${x} message=${n} />
    ${e?d`<div class="stack">
          <${wr} strategy=${e} onSaved=${a} />
          <${xr} strategy=${e} onSaved=${a} />
        </div>`:!n&&d`<p>${o.loading}</p>`}
  </section>`}var Nt=H(0);function Be(){let e=`accounts/${S.value.account}`,[t,n]=$(null),[r,s]=$(null),[a,i]=$({}),[u,c]=$(""),[l,f]=$(!1);C(()=>{Promise.all([L("GET","countries"),L("GET",e)]).then(([p,{data:h}])=>{let b=h.edgepbx||{};n(p.data),s({country:b.country||"",extension_length:b.extension_length?String(b.extension_length):"",timezone:null,language:h.language||""})},p=>c(p.message))},[]);function m(p){let h=t.find(b=>b.code===p);s({...r,country:p,...h?{timezone:h.timezone,language:h.language}:{}})}async function _(p){p.preventDefault(),f(!1);let h={};if(r.extension_length&&!/^[2-8]$/.test(r.extension_length)&&(h.extension_length=o.extLengthRange),i(h),c(""),Object.keys(h).length)return;let v={edgepbx:{country:r.country||null,extension_length:r.extension_length?Number(r.extension_length):null},language:r.language||null};r.timezone&&(v.timezone=r.timezone);try{await L("PATCH",e,v),Z.value=void 0,Nt.value++,f(!0)}catch(g){let w={};for(let[E,P]of Object.entries(g.fields||{}))w[E.replace(/^edgepbx\./,"")]=P;i(w),c(g.message)}}return r?d`<form onSubmit=${_} aria-labelledby="locale-h" novalidate>
    <h3 id="locale-h">${o.locale}</h3>
    <p class="hint">${o.localeHint}</p>
    <${x} message=${u} />
    <div class="field">
      <label for="country">${o.country}</label>
      <select id="country" value=${r.country} onChange=${p=>m(p.target.value)}>
        <option value="">${o.countryNone}</option>
        ${t.map(p=>d`<option key=${p.code} value=${p.code}>${p.name}</option>`)}
      </select>
      ${a.country&&d`<p class="error" role="alert">${a.country}</p>`}
    </div>
    ${r.timezone&&d`<p class="hint" id="proposed_zone">${o.proposedZone(r.timezone)}</p>`}
    <${k} id="language" label=${o.promptLanguage} value=${r.language} onInput=${p=>s({...r,language:p})} error=${a.language} />
    <${k} id="extension_length" label=${o.extensionLength} value=${r.extension_length} onInput=${p=>s({...r,extension_length:p})} error=${a.extension_length} inputmode="numeric" />
    ${l&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`:d`<${x} message=${u} />${!u&&d`<p>${o.loading}</p>`}`}var Et=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function Re({onDone:e}){let t=`accounts/${S.value.account}`,[n,r]=$(null),[s,a]=$({}),[i,u]=$(""),[c,l]=$(!1);C(()=>{L("GET",t).then(({data:_})=>r({name:_.name||"",timezone:_.timezone||"UTC"}),_=>u(_.message))},[Nt.value]);async function f(_){if(_.preventDefault(),l(!1),!n.name.trim())return a({name:o.required});a({}),u("");try{await L("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),S.value={...S.value,accountName:n.name.trim()},l(!0),e&&e()}catch(p){a(p.fields||{}),u(p.message)}}if(!n)return d`<${x} message=${i} />${!i&&d`<p>${o.loading}</p>`}`;let m=Et.includes(n.timezone)?Et:[n.timezone,...Et];return d`<form onSubmit=${f} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${o.office}</h3>
    <${x} message=${i} />
    <${k} id="office_name" label=${o.officeName} value=${n.name} onInput=${_=>r({...n,name:_})} error=${s.name} />
    <div class="field">
      <label for="timezone">${o.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${_=>r({...n,timezone:_.target.value})}>
        ${m.map(_=>d`<option key=${_} value=${_}>${_}</option>`)}
      </select>
      ${s.timezone&&d`<p class="error" role="alert">${s.timezone}</p>`}
    </div>
    ${c&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}function Wn(e){let t=[],n=[],r="",s=!1,a=1,i=1,u=()=>{n.push(r.trim()),r=""},c=()=>{u(),n.some(l=>l!=="")&&t.push({line:i,fields:n}),n=[],i=a};for(let l=0;l<e.length;l++){let f=e[l];s?f==='"'&&e[l+1]==='"'?(r+='"',l++):f==='"'?s=!1:(f===`
`&&a++,r+=f):f==='"'?s=!0:f===","?u():f===`
`?(a++,c()):f!=="\r"&&(r+=f)}return c(),t}var Vn=["first_name","last_name","username","email","extension","password","phone"],kr=["first_name","last_name","username","extension","password"],Cr=/^(yes|y|true|1)$/i;function Sr(e,t){let[n,...r]=Wn(e);if(!n)return{problems:[o.csvEmpty]};let s=n.fields.map(f=>f.toLowerCase().replace(/\s+/g,"_")),a=kr.filter(f=>!s.includes(f));if(a.length)return{problems:[o.csvColumns(a.join(", "))]};let i=s.filter(f=>!Vn.includes(f));if(i.length)return{problems:[o.csvUnknown(i.join(", "))]};let u=[],c={username:new Map,extension:new Map},l=r.map(({line:f,fields:m})=>{let _=Object.fromEntries(Vn.map(b=>[b,m[s.indexOf(b)]??""])),p={..._,phone:Cr.test(_.phone)},h=St(p,!0,t);m.length>s.length&&(h.line=o.csvExtra);for(let b of["username","extension"]){let v=p[b].toLowerCase();v&&c[b].has(v)?h[b]=o.csvDuplicate(c[b].get(v)):c[b].set(v,f)}for(let[b,v]of Object.entries(h))u.push(o.csvLine(f,b==="line"?"":o.csvField[b]||b,v));return{line:f,form:p}});return r.length||u.push(o.csvNoUsers),{forms:l,problems:u}}function Yn({onAdded:e}){let[t,n]=$([]),[r,s]=$(""),[a,i]=$(!1);async function u(c){let l=c.target.files[0];if(s(""),!l)return;let f=await Fe().catch(()=>null),{forms:m,problems:_}=Sr(await l.text(),f);if(n(_),_.length)return;i(!0);let p=[],h=0;for(let{line:b,form:v}of m)try{let g=await Te(v);h++,e({...g,extension:v.extension})}catch(g){let w=Object.entries(g.fields||{}).map(([E,P])=>o.csvLine(b,o.csvField[E]||E,P));p.push(...w.length?w:[o.csvLine(b,"",g.message)])}n(p),s(o.csvMade(h,m.length)),i(!1),c.target.value=""}return d`<div class="card">
    <h3>${o.csvImport}</h3>
    <p class="hint">${o.csvHint}</p>
    <div class="field">
      <label for="csv_file">${o.csvFile}</label>
      <input id="csv_file" type="file" accept=".csv,text/csv" disabled=${a} onChange=${u} />
    </div>
    ${r&&d`<p class="ok" role="status">${r}</p>`}
    ${t.length>0&&d`<ul class="errors" aria-label=${o.csvProblems}>${t.map(c=>d`<li key=${c} class="error">${c}</li>`)}</ul>`}
  </div>`}var Mt="configs/smtp_client",Xn=/^[^@\s]+@[^@\s]+$/;function Pr(e){let t={};return/^[A-Za-z0-9.:-]{1,253}$/.test(e.relay)||(t.relay=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.from&&!Xn.test(e.from)&&(t.from=o.badEmail(e.from)),t}function je(){let[e,t]=$(null),[n,r]=$(""),[s,a]=$({}),[i,u]=$(""),[c,l]=$("");if(C(()=>{y(Mt).then(p=>t({relay:p.relay||"",port:String(p.port||587),tls:p.tls||"if_available",username:p.username||"",password:"",from:p.from||"",passwordSet:!!p.password_set}),p=>u(p.message))},[]),!e)return d`<${x} message=${i} />${!i&&d`<p>${o.loading}</p>`}`;let f=p=>h=>t({...e,[p]:h});async function m(p){p.preventDefault(),l(""),u("");let h=Pr(e);if(a(h),Object.keys(h).length)return;let b={relay:e.relay.trim(),port:Number(e.port),tls:e.tls,username:e.username.trim(),from:e.from.trim()||void 0};e.password&&(b.password=e.password);try{await G(Mt,b),t({...e,password:"",passwordSet:e.passwordSet||!!e.password}),l(o.saved)}catch(v){a(v.fields||{}),u(v.message)}}async function _(){if(l(""),!Xn.test(n.trim()))return a({...s,to:o.badEmail(n)});a({}),l(o.sending);try{await I(`${Mt}/test`,{to:n.trim()}),l(o.testSent(n.trim()))}catch(p){l(""),a(p.fields||{}),Object.keys(p.fields||{}).length||u(p.message)}}return d`<form onSubmit=${m} aria-labelledby="relay-h" novalidate>
    <h3 id="relay-h">${o.mailRelay}</h3>
    <p class="hint">${o.mailRelayHint}</p>
    <${x} message=${i} />
    <div class="grid">
      <${k} id="relay_host" label=${o.relayServer} value=${e.relay} onInput=${f("relay")} error=${s.relay} />
      <${k} id="relay_port" label=${o.port} value=${e.port} onInput=${f("port")} error=${s.port} inputmode="numeric" />
      <div class="field">
        <label for="relay_tls">${o.relayTls}</label>
        <select id="relay_tls" value=${e.tls} onChange=${p=>f("tls")(p.target.value)}>
          ${Object.entries(o.tlsModes).map(([p,h])=>d`<option key=${p} value=${p}>${h}</option>`)}
        </select>
      </div>
      <${k} id="relay_user" label=${o.relayUser} value=${e.username} onInput=${f("username")} error=${s.username} autocomplete="off" />
      <${k} id="relay_password" label=${e.passwordSet?o.relayPasswordKeep:o.password} type="password" value=${e.password} onInput=${f("password")} error=${s.password} autocomplete="new-password" />
      <${k} id="relay_from" label=${o.relayFrom} value=${e.from} onInput=${f("from")} error=${s.from} />
    </div>
    <div class="bar"><button type="submit">${o.save}</button></div>
    <${k} id="relay_test_to" label=${o.testTo} value=${n} onInput=${r} error=${s.to} type="email" />
    <div class="bar"><button type="button" class="plain" onClick=${_}>${o.sendTest}</button></div>
    ${c&&d`<p class="ok" role="status">${c}</p>`}
  </form>`}async function He(){(await y("callflows?filter_numbers=no_match")).length===0&&await N("callflows",{numbers:["no_match"],flow:{module:"offnet",data:{},children:{}}})}var Ot="^(\\+?\\d{3,15})$",Zn={name:"",server:"",port:"5060",username:"",auth_username:"",password:"",realm:"",register:!0};function Nr(e){let t=e.gateways&&e.gateways[0]||{},n=r=>r==null?"":String(r);return{name:n(e.name),server:n(t.server),port:n(t.port||5060),username:n(t.username),auth_username:n(t.auth_username),password:n(t.password),realm:n(t.realm),register:t.register!==!1}}function Er(e){let t={};return e.name.trim()||(t.name=o.required),/^[A-Za-z0-9.-]{1,253}$/.test(e.server.trim())||(t.server=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.register&&!e.username.trim()&&(t.username=o.required),e.register&&!e.password&&(t.password=o.required),t}function Kn(e,t){let n={...e.gateways&&e.gateways[0]||{enabled:!0}};n.server=t.server.trim(),n.port=Number(t.port),n.register=t.register;for(let r of["username","auth_username","realm"])t[r].trim()?n[r]=t[r].trim():delete n[r];return t.password?n.password=t.password:delete n.password,{...e,name:t.name.trim(),gateways:[n,...(e.gateways||[]).slice(1)]}}var Mr={enabled:!0,weight_cost:50,rules:[Ot],gateways:[]};function Dt({line:e,onDone:t}){let[n,r]=$(e?Nr(e):Zn),[s,a]=$({}),[i,u]=$(""),[c,l]=$(!1),f=h=>b=>r({...n,[h]:b}),m=h=>`line_${h}${e?"_edit":""}`;async function _(h){h.preventDefault(),u("");let b=Er(n);if(a(b),!Object.keys(b).length){l(!0);try{e?await I(`resources/${e.id}`,Kn(e,n)):await N("resources",Kn(Mr,n)),await He(),e||r(Zn),l(!1),t(!0)}catch(v){a(Object.fromEntries(Object.entries(v.fields||{}).map(([g,w])=>[g.replace(/^gateways\.0\./,""),w]))),u(`${o.failed} ${v.message}`),l(!1)}}}let p=e?o.editLine(e.name):o.addLine;return d`<form onSubmit=${_} novalidate data-form=${e?"edit-line":"add-line"}>
    <h4>${p}</h4>
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
      <button type="submit" disabled=${c}>${e?o.save:o.addLine}</button>
      ${e&&d`<button type="button" class="plain" onClick=${()=>t(!1)}>${o.cancel}</button>`}
    </div>
  </form>`}var Jn=e=>e.filter(t=>t.kind==="fxo"&&t.sip_address).map(t=>{let n=t.sip_address.lastIndexOf(":");return{...t,host:t.sip_address.slice(0,n).replace(/^\[|\]$/g,""),port:Number(t.sip_address.slice(n+1))}}),At=(e,t)=>(e.gateways||[]).some(n=>n.server===t.host&&Number(n.port)===t.port);function Or(e){return e.state==="down"?e.alarm?`${o.fxoStates.down}: ${e.alarm}`:o.fxoStates.down:o.fxoStates[e.state==="idle"?"idle":"busy"]}function Dr(e){return e?e.state==="running"?o.fxoDialTone.checking:e.dial_tone?o.fxoDialTone.yes:o.fxoDialTone.no:o.fxoDialTone.unknown}function Qn({ports:e,lines:t,onChanged:n}){let[r,s]=$(""),[a,i]=$(!1);if(e.length===0)return null;async function u(c){s(""),i(!0);try{await N("resources",{name:o.fxoLineName(c.name),enabled:!0,weight_cost:50,rules:[Ot],gateways:[{server:c.host,port:c.port,register:!1,enabled:!0}]}),await He(),n()}catch(l){s(`${o.failed} ${l.message}`)}i(!1)}return d`<div aria-labelledby="fxo-h">
    <h4 id="fxo-h">${o.fxoLines}</h4>
    <${x} message=${r} />
    <ul class="lines">
      ${e.map(c=>{let l=t.find(f=>At(f,c));return d`<li key=${c.name} data-fxo=${c.name}>
          <span class=${c.state==="down"?"dot":"dot on"}>${c.name}${c.number?` (${c.number})`:""} · ${Or(c)} · ${Dr(c.line_test)}</span>
          ${l?d`<span class="hint" data-route>${o.fxoInUse(l.name)}</span>`:d`<button type="button" class="plain" disabled=${a} onClick=${()=>u(c)} aria-label=${`${o.fxoUse}: ${c.name}`}>${o.fxoUse}</button>`}
        </li>`})}
    </ul>
  </div>`}var Ar=5e3;async function Tr(){let[e,t]=await Promise.all([y("resources?paginate=false"),y("analog_ports").then(Jn,()=>[])]);return{lines:await Promise.all(e.map(r=>Promise.all([y(`resources/${r.id}`),y(`resources/${r.id}/status`)]).then(([s,a])=>({...s,gw:a.gateways[0]||{}})))),ports:t}}var Fr=e=>e.state==="failed"&&e.last_error?`${o.lineStates.failed}: ${e.last_error}`:o.lineStates[e.state]||e.state;function Ir({line:e,editing:t,onEdit:n,onDone:r,onError:s}){async function a(){if(confirm(o.confirmDeleteLine(e.name)))try{await O(`resources/${e.id}`),r(!0)}catch(i){s(i.message)}}return d`<li data-line=${e.name}>
    <span class=${e.gw.state==="registered"?"dot on":"dot"}>${e.name} · ${Fr(e.gw)}</span>
    ${t?d`<${Dt} line=${e} onDone=${r} />`:d`<span class="actions">
          <button type="button" class="plain" onClick=${n} aria-label=${`${o.edit}: ${e.name}`}>${o.edit}</button>
          <button type="button" class="plain" onClick=${a} aria-label=${`${o.del}: ${e.name}`}>${o.del}</button>
        </span>`}
  </li>`}function Ge(){let[e,t]=$(null),[n,r]=$(null),[s,a]=$(""),i=()=>Tr().then(t,l=>a(l.message));C(()=>{i();let l=setInterval(i,Ar);return()=>clearInterval(l)},[]);let u=l=>{r(null),l&&i()},c=e?e.lines.filter(l=>!e.ports.some(f=>At(l,f))):[];return d`<div aria-labelledby="lines-h">
    <h3 id="lines-h">${o.outsideLines}</h3>
    <${x} message=${s} />
    ${e?c.length===0?d`<p>${o.noLines}</p>`:d`<ul class="lines">
            ${c.map(l=>d`<${Ir} key=${l.id} line=${l} editing=${n===l.id} onEdit=${()=>r(l.id)} onDone=${u} onError=${a} />`)}
          </ul>`:d`<p>${o.loading}</p>`}
    <${Dt} line=${null} onDone=${u} />
    ${e&&d`<${Qn} ports=${e.ports} lines=${e.lines} onChanged=${i} />`}
  </div>`}var oe=H(null);async function eo(){let e=await y(`users/${S.value.owner}`);e.require_password_update&&(oe.value={forced:!0,username:e.username})}async function to(){let e=await y(`users/${S.value.owner}`);oe.value={forced:!1,username:e.username}}function Ur(){let[e,t]=$(!1),[n,r]=$([]);return e?d`<${Ie}
      user=${{}}
      onDone=${s=>{t(!1),s&&r([...n,s])}}
    />`:d`<div>
    <h3>${o.firstUsers}</h3>
    <ul class="added">${n.map(s=>d`<li key=${s.username}>${s.first_name} ${s.last_name} · ${s.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${o.addUser}</button>
    <${Yn} onAdded=${s=>r(a=>[...a,s])} />
  </div>`}function no(){let{forced:e,username:t}=oe.value,[n,r]=$(!e),s=[[o.stepPassword,()=>d`<${le} username=${t} onDone=${()=>r(!0)} />`],[o.stepLocale,()=>d`<${Be} />`],[o.stepOffice,()=>d`<${Re} />`],[o.stepUsers,()=>d`<${Ur} />`],[o.stepMainNumber,()=>d`<${Le} />`],[o.stepLine,()=>d`<${Ge} />`],[o.stepMail,()=>d`<${je} />`],[o.stepDone,()=>d`<p>${o.wizardDone}</p><${Fn} />`]],[a,i]=$(0),u=a===s.length-1,[c,l]=s[a],f=a===0&&!n;return d`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${o.wizard}</h2>
    <p class="hint">${o.stepOf(a+1,s.length)}: <strong>${c}</strong></p>
    ${f&&d`<p class="banner" role="alert">${o.pwForced}</p>`}
    <div key=${a}>${l()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${a===0} onClick=${()=>i(a-1)}>${o.back}</button>
      ${u?d`<button type="button" onClick=${()=>oe.value=null}>${o.finish}</button>`:d`<button type="button" disabled=${f} onClick=${()=>i(a+1)}>${o.next}</button>`}
    </div>
  </section>`}async function Lr(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":S.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new R(t.status,n);return n.data}function oo(){let[e,t]=$(null),[n,r]=$(!1),[s,a]=$(""),[i,u]=$("");async function c(l){if(l.preventDefault(),a(""),u(""),!e)return a(o.pickBundle);r(!0);try{let f=await Lr(e);u(o.updateInstalled(f&&f.installed))}catch(f){let m=f.body&&f.body.data&&(f.body.data.message||f.body.data.detail);a(`${o.failed} ${f.message}${typeof m=="string"&&m!==f.message?`: ${m}`:""}`)}r(!1)}return d`<form onSubmit=${c} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${o.softwareUpdate}</h3>
    <p class="hint">${o.updateHint}</p>
    <${x} message=${s} />
    <div class="field">
      <label for="bundle">${o.bundle}</label>
      <input id="bundle" type="file" onChange=${l=>t(l.target.files[0]||null)} />
    </div>
    ${i&&d`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?o.uploading:o.install}</button>
  </form>`}function ro(){let[e,t]=$(null),[n,r]=$(""),s=()=>y("sip_bans").then(t,i=>i.status===403?t(null):r(i.message));C(s,[]);let a=i=>O(`sip_bans/${encodeURIComponent(i)}`).then(s,u=>r(u.message));return e?d`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${o.sipBans}</h3>
    <${x} message=${n} />
    ${e.length===0?d`<p>${o.noBans}</p>`:d`<ul class="numbers">
          ${e.map(i=>d`<li key=${i.ip} data-ban=${i.ip}>
              <span>${o.banned(i.ip,i.reason)} · ${o.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>a(i.ip)} aria-label=${o.liftBan(i.ip)}>${o.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:d`<${x} message=${n} />`}function so(){let[e,t]=$(null),[n,r]=$("");return C(()=>{y(`users/${S.value.owner}`).then(t,s=>r(s.message))},[]),d`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${o.settings}</h2>
    <${x} message=${n} />
    <div class="stack">
      ${e&&d`<${le} username=${e.username} />`}
      <${Be} />
      <${Re} />
      <${Ge} />
      <${je} />
      <${ro} />
      <${oo} />
      <div><button type="button" onClick=${()=>to().catch(s=>r(s.message))}>${o.runWizard}</button></div>
    </div>
  </section>`}var ze=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),Tt=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function Br(e,t){let n=await fetch("/v2/"+Y(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":S.value.token,"Content-Type":Tt(t),Accept:"application/json"},body:t});if(!n.ok)throw new R(n.status,await n.json().catch(()=>null))}async function ao(e,t){let n=await N("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await Br(n.id,t)}catch(r){throw await O(`media/${n.id}`).catch(()=>{}),r}return n.id}var Ft=e=>O(`media/${e}`).catch(()=>{});var It=["skip_greeting","skip_instructions","delete_after_notify","announcement_only"],Rr=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,io=e=>e.split(/[\s,;]+/).filter(Boolean);function jr(e){let t={};e.name.trim()||(t.name=o.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=o.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=o.pinDigits);let n=io(e.notify).find(r=>!Rr.test(r));return n&&(t.notify_email_addresses=o.badEmail(n)),t}function lo({box:e,users:t,onDone:n}){let r=!e.id,[s,a]=$({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(It.map(v=>[v,!!e[v]]))}),[i,u]=$({}),[c,l]=$(""),[f,m]=$(!1),[_,p]=$(null),h=v=>g=>a({...s,[v]:g});async function b(v){v.preventDefault();let g=jr(s);if(_&&!ze(_)&&(g.greeting=o.greetingType),u(g),l(""),Object.keys(g).length)return;let w={name:s.name.trim(),mailbox:s.mailbox,notify_email_addresses:io(s.notify),...Object.fromEntries(It.map(P=>[P,s[P]]))};w.owner_id=s.owner_id||(r?void 0:null),w.pin=s.pin||(r?void 0:null),m(!0);let E=null;try{_&&(E=await ao(w.name,_).catch(P=>{throw Object.assign(P,{fields:{greeting:P.fields&&P.fields.media||P.message}})}),w.media={...e.media||{},unavailable:E}),r?await N("vmboxes",w):await G(`vmboxes/${e.id}`,w),E&&e.media&&e.media.unavailable&&await Ft(e.media.unavailable),n()}catch(P){E&&await Ft(E),u(P.fields||{}),l(`${o.failed} ${P.message}`),m(!1)}}return d`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${r?o.addVmbox:o.editVmbox}</h2>
    <form onSubmit=${b} novalidate>
      <${x} message=${c} />
      <div class="grid">
        <${k} id="vm_name" label=${o.name} value=${s.name} onInput=${h("name")} error=${i.name} required />
        <${k} id="vm_mailbox" label=${o.mailbox} value=${s.mailbox} onInput=${h("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${o.owner}</label>
          <select id="vm_owner" value=${s.owner_id} onChange=${v=>h("owner_id")(v.target.value)}>
            <option value="">${o.noOwner}</option>
            ${t.map(v=>d`<option key=${v.id} value=${v.id}>${v.first_name} ${v.last_name}</option>`)}
          </select>
          ${i.owner_id&&d`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${k} id="vm_pin" label=${o.pin} type="password" value=${s.pin} onInput=${h("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${o.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${v=>p(v.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?o.greetingSet:o.greetingNone}</p>
        ${i.greeting&&d`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${k} id="vm_notify" label=${o.recipients} value=${s.notify} onInput=${h("notify")} error=${i.notify_email_addresses} />
      ${It.map(v=>d`<div class="check" key=${v}>
          <input type="checkbox" id=${"vm_"+v} checked=${s[v]} onChange=${g=>h(v)(g.target.checked)} />
          <label for=${"vm_"+v}>${o.vmFlags[v]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${n}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var Hr=62167219200,Gr=e=>new Date((e-Hr)*1e3).toISOString().slice(0,16).replace("T"," ");function qe({box:e,onDone:t}){let n=`vmboxes/${e.id}/messages`,[r,s]=$(null),[a,i]=$({}),u=lt([]),[c,l]=$(""),f=()=>y(`${n}?paginate=false`).then(h=>s(h.filter(b=>b.folder!=="deleted")),h=>l(h.message));C(()=>(f(),()=>u.current.forEach(h=>URL.revokeObjectURL(h))),[]);let m=h=>h.then(f,b=>l(b.message));async function _(h){if(a[h.media_id])return a[h.media_id];let b=URL.createObjectURL(await wn(`${n}/${h.media_id}/raw`));return u.current.push(b),i(v=>({...v,[h.media_id]:b})),b}async function p(h){try{let b=document.createElement("a");b.href=await _(h),b.download=`${e.mailbox}-${h.media_id}.wav`,b.click()}catch(b){l(b.message)}}return d`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${o.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${t}>${o.vmboxes}</button>
    </div>
    <${x} message=${c} />
    ${r?r.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.messages}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.duration}</th><th>${o.folder}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${r.map(h=>d`<tr key=${h.media_id} data-message=${h.media_id} class="message">
                  <td data-label=${o.when}>${h.timestamp?Gr(h.timestamp):""}</td>
                  <td data-label=${o.from}>${h.caller_id_name||""} ${h.caller_id_number||""}</td>
                  <td data-label=${o.duration}>${h.length?`${Math.round(h.length/1e3)} s`:""}</td>
                  <td data-label=${o.folder} class="folder">${o.folders[h.folder]||h.folder}</td>
                  <td class="actions">
                    ${a[h.media_id]?d`<audio controls autoplay src=${a[h.media_id]}></audio>`:d`<button onClick=${()=>_(h).catch(b=>l(b.message))}>${o.play}</button>`}
                    <button class="plain" onClick=${()=>p(h)}>${o.download}</button>
                    ${h.folder==="new"&&d`<button class="plain" onClick=${()=>m(I(`${n}/${h.media_id}`,{folder:"saved"}))}>${o.markHeard}</button>`}
                    <button class="danger" onClick=${()=>confirm(o.confirmDeleteMessage)&&m(O(`${n}/${h.media_id}`))}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}function co(){let[e,t]=$(null),[n,r]=$(null),[s,a]=$(null),[i,u]=$(""),c=()=>Promise.all([y("vmboxes?paginate=false"),y("users?paginate=false")]).then(([p,h])=>t({boxes:p,users:h}),p=>u(p.message));C(c,[]);let l=()=>{r(null),a(null),c()};async function f(p){confirm(o.confirmDeleteVmbox(p.name))&&(await O(`vmboxes/${p.id}`).catch(h=>u(h.message)),c())}async function m(p){try{r(await y(`vmboxes/${p.id}`))}catch(h){u(h.message)}}if(n)return d`<${lo} box=${n} users=${e.users} onDone=${l} />`;if(s)return d`<${qe} box=${s} onDone=${l} />`;let _=p=>{let h=e.users.find(b=>b.id===p);return h?`${h.first_name} ${h.last_name}`:""};return d`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${o.vmboxes}</h2>
      <button onClick=${()=>r({})}>${o.addVmbox}</button>
    </div>
    <${x} message=${i} />
    ${e?e.boxes.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.vmboxes}>
            <thead><tr><th>${o.name}</th><th>${o.mailbox}</th><th>${o.owner}</th><th>${o.newMessages}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map(p=>d`<tr key=${p.id} data-vmbox=${p.mailbox}>
                  <td data-label=${o.name}>${p.name}</td>
                  <td data-label=${o.mailbox}>${p.mailbox}</td>
                  <td data-label=${o.owner}>${_(p.owner_id)}</td>
                  <td data-label=${o.newMessages} class="count">${p.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>a(p)} aria-label=${o.messagesOf(p.name)}>${o.messages}</button>
                    <button class="plain" onClick=${()=>m(p)} aria-label=${`${o.edit} ${p.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>f(p)} aria-label=${`${o.del} ${p.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}function We(e,t){if(!(t instanceof R))throw t;let n={};for(let[r,s]of Object.entries(t.fields))n[e==="userGroup"&&r.startsWith("numbers")?"extension":r.split(".")[0]]=s;throw t.fields=n,t}async function uo(){let[e,t]=await Promise.all([y("groups?paginate=false"),y("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let r=t.filter(s=>s.group_id===n.id);return{...n,userCf:r.find(s=>s.type==="userGroup"),baseCf:r.find(s=>s.type==="baseGroup")}})}async function mo(e){let t=[];try{let n=await N("groups",vt({},e));t.push(()=>O(`groups/${n.id}`));let r=await N("callflows",yt({},n,e));t.push(()=>O(`callflows/${r.id}`)),await N("callflows",wt({},n,r,e)).catch(s=>We("userGroup",s))}catch(n){for(let r of t.reverse())await r().catch(()=>{});We("groups",n)}}async function fo(e,t){try{let n=await I(`groups/${e.id}`,vt(await y(`groups/${e.id}`),t)),r=await I(`callflows/${e.baseCf.id}`,yt(await y(`callflows/${e.baseCf.id}`),n,t)),s=e.userCf?await y(`callflows/${e.userCf.id}`):{},a=wt(s,n,r,t);await(e.userCf?I(`callflows/${e.userCf.id}`,a):N("callflows",a)).catch(i=>We("userGroup",i))}catch(n){We("groups",n)}}async function po(e){for(let t of[e.userCf,e.baseCf])t&&await O(`callflows/${t.id}`);await O(`groups/${e.id}`)}var ce=e=>/^\d+$/.test(String(e))?Number(e):NaN;function zr(e){let t={};return e.name.trim()||(t.name=o.required),/^\d{2,8}$/.test(e.extension)||(t.extension=o.extDigits),ce(e.repeats)>=1&&ce(e.repeats)<=10||(t.repeats=o.repeatsRange),e.members.length||(t.members=o.pickMember),e.members.length>_e&&(t.members=o.tooManyMembers(_e)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=o.badTimeline),t}function $o({id:e,label:t,value:n,onChange:r,options:s,wide:a}){return d`<div class=${a?"field wide":"field"}>
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>r(i.target.value)}>
      ${s.map(([i,u])=>d`<option key=${i} value=${i}>${u}</option>`)}
    </select>
  </div>`}function ho({group:e,users:t,vmboxes:n,onDone:r}){let[s,a]=$(e.form),[i,u]=$("20"),[c,l]=$({}),[f,m]=$(""),[_,p]=$(!1),h=M=>A=>a({...s,[M]:A}),b=M=>s.members.find(A=>A.id===M),v=M=>a({...s,members:b(M.id)?s.members.filter(A=>A.id!==M.id):[...s.members,{id:M.id,delay:0,timeout:20}]}),g=(M,A,q)=>a({...s,members:s.members.map(j=>j.id===M?{...j,[A]:ce(q)}:j)});async function w(M){M.preventDefault();let A=zr(s);if(l(A),m(""),!Object.keys(A).length){p(!0);try{let q=P?s.members.map(de=>({...de,delay:0})):s.members,j={...s,members:q,name:s.name.trim(),repeats:ce(s.repeats)};await(e.id?fo(e,j):mo(j)),r()}catch(q){l(q.fields||{}),m(`${o.failed} ${q.message}`),p(!1)}}}let E=s.members.length>=_e,P=s.strategy!=="simultaneous";return d`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?o.editGroup:o.addGroup}</h2>
    <form onSubmit=${w} novalidate>
      <${x} message=${f} />
      <div class="grid">
        <${k} id="group_name" label=${o.name} value=${s.name} onInput=${h("name")} error=${c.name} required />
        <${k} id="group_extension" label=${o.extension} value=${s.extension} onInput=${h("extension")} error=${c.extension} required inputmode="numeric" />
        <${k} id="group_repeats" label=${o.repeats} value=${String(s.repeats)} onInput=${h("repeats")} error=${c.repeats} inputmode="numeric" />
        <${$o} id="group_strategy" label=${o.strategy} value=${s.strategy} onChange=${h("strategy")} options=${Object.entries(o.strategies)} />
        <${$o} id="group_next" wide label=${o.nextAction} value=${s.next_vmbox} onChange=${h("next_vmbox")}
          options=${[["",o.notAvailable],...n.map(M=>[M.id,o.toVoicemail(M.name,M.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${o.members(s.members.length,_e)}</legend>
        ${c.members&&d`<p class="error" id="members-error" role="alert">${c.members}</p>`}
        <table class="list timeline" aria-label=${o.timeline}>
          <thead><tr><th>${o.member}</th>${!P&&d`<th>${o.startAfter}</th>`}<th>${o.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(M=>{let A=b(M.id),q=`${M.first_name} ${M.last_name}`;return d`<tr key=${M.id} data-member=${M.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+M.id} checked=${!!A} disabled=${!A&&E} onChange=${()=>v(M)} /><label for=${"m-"+M.id}>${q}</label></span></td>
                ${!P&&d`<td data-label=${o.startAfter}>${A&&d`<input class="delay" aria-label=${`${o.startAfter} ${q}`} inputmode="numeric" value=${Number.isNaN(A.delay)?"":A.delay} onInput=${j=>g(M.id,"delay",j.target.value)} />`}</td>`}
                <td data-label=${o.ringFor}>${A&&d`<input class="timeout" aria-label=${`${o.ringFor} ${q}`} inputmode="numeric" value=${Number.isNaN(A.timeout)?"":A.timeout} onInput=${j=>g(M.id,"timeout",j.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${k} id="group_total" label=${o.totalRing} value=${i} onInput=${u} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!s.members.length||!(ce(i)>=1)} onClick=${()=>a({...s,members:En(s.members,ce(i))})}>${o.distribute}</button>
        </div>
      </fieldset>
      <div class="bar">
        <button type="submit" disabled=${_}>${_?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${r}>${o.cancel}</button>
      </div>
    </form>
  </section>`}async function qr(e){let t=e.baseCf?await y(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},r=(n.endpoints||[]).map(a=>({id:a.id,delay:Number(a.delay)||0,timeout:Number(a.timeout)||20})),s=e.userCf?(await y(`callflows/${e.userCf.id}`)).flow.children._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:s&&s.module==="voicemail"?s.data.id:"",members:r}}function _o(){let[e,t]=$(null),[n,r]=$(null),[s,a]=$(""),i=()=>Promise.all([uo(),y("users?paginate=false"),y("vmboxes?paginate=false")]).then(([l,f,m])=>t({groups:l,users:f,vmboxes:m}),l=>a(l.message));C(i,[]);async function u(l){try{r({...l,form:await qr(l)})}catch(f){a(f.message)}}async function c(l){confirm(o.confirmDeleteGroup(l.name))&&(await po(l).catch(f=>a(f.message)),i())}return n?d`<${ho}
      group=${n}
      users=${e.users}
      vmboxes=${e.vmboxes}
      onDone=${()=>{r(null),i()}}
    />`:d`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${o.groups}</h2>
      <button disabled=${!e} onClick=${()=>r({form:{name:"",extension:"",repeats:1,strategy:"simultaneous",next_vmbox:"",members:[]}})}>${o.addGroup}</button>
    </div>
    <${x} message=${s} />
    ${e?e.groups.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.groups}>
            <thead><tr><th>${o.name}</th><th>${o.extension}</th><th>${o.memberCount}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.groups.map(l=>d`<tr key=${l.id} data-group=${l.name}>
                  <td data-label=${o.name}>${l.name}</td>
                  <td data-label=${o.extension} class="ext">${l.userCf&&l.userCf.numbers?l.userCf.numbers[0]:""}</td>
                  <td data-label=${o.memberCount}>${typeof l.endpoints=="number"?l.endpoints:Object.keys(l.endpoints||{}).length}</td>
                  <td class="actions">
                    <button onClick=${()=>u(l)} aria-label=${`${o.edit} ${l.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>c(l)} aria-label=${`${o.del} ${l.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}async function Wr(){let[e,t]=await Promise.all([y("phone_numbers"),y("callflows?paginate=false")]);return Object.entries(e.numbers||{}).map(([n,r])=>{let s=r.used_by_id&&t.find(a=>a.id===r.used_by_id);return{number:n,usedBy:s?s.name||s.id:r.used_by_id||""}}).sort((n,r)=>n.number.localeCompare(r.number))}function bo(){let[e,t]=$(null),[n,r]=$(""),[s,a]=$(""),[i,u]=$(""),c=()=>Wr().then(t,m=>u(m.message));C(c,[]);async function l(m){m.preventDefault();let _=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(_))return a(o.badPhoneNumber);a("");try{await N(`phone_numbers/${encodeURIComponent(_)}`,{}),r(""),c()}catch(p){a(p.fields.number||p.message)}}async function f(m){confirm(o.confirmDeleteNumber(m))&&(await O(`phone_numbers/${encodeURIComponent(m)}`).catch(_=>u(_.message)),c())}return d`<section aria-labelledby="numbers-h">
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
      <${k} id="new_number" label=${o.number} value=${n} onInput=${r} error=${s} inputmode="tel" />
      <button type="submit">${o.addPhoneNumber}</button>
    </form>
  </section>`}var go=e=>e.split(/[\s,;]+/).filter(Boolean);function vo(e){return{name:e.name.trim(),conference_numbers:[e.number],member:{pins:go(e.member_pins),join_muted:e.join_muted},moderator:{pins:go(e.moderator_pins)}}}var Ut=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:[n.number],flow:{module:"conference",data:{id:t.id},children:{}}});function yo(e){if(!(e instanceof R))throw e;let t={};for(let[n,r]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=r;throw e.fields=t,e}var wo=e=>y(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function xo(e){let t=null;try{t=await N("conferences",vo(e)),await N("callflows",Ut({},t,e))}catch(n){t&&await O(`conferences/${t.id}`).catch(()=>{}),yo(n)}}async function ko(e,t){try{let n=await G(`conferences/${e}`,vo(t)),[r]=await wo(e);r?await I(`callflows/${r.id}`,Ut(await y(`callflows/${r.id}`),n,t)):await N("callflows",Ut({},n,t))}catch(n){yo(n)}}async function Co(e){for(let t of await wo(e))await O(`callflows/${t.id}`);await O(`conferences/${e}`)}var Vr=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function Yr(e){let t={};e.name.trim()||(t.name=o.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=o.extDigits);for(let n of["member_pins","moderator_pins"])Vr.test(e[n].trim())||(t[n]=o.pinList);return t}function So({conf:e,onDone:t}){let n=!e.id,[r,s]=$({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[a,i]=$({}),[u,c]=$(""),[l,f]=$(!1),m=p=>h=>s({...r,[p]:h});async function _(p){p.preventDefault();let h=Yr(r);if(i(h),c(""),!Object.keys(h).length){f(!0);try{n?await xo(r):await ko(e.id,r),t()}catch(b){i(b.fields||{}),c(`${o.failed} ${b.message}`),f(!1)}}}return d`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?o.addConference:o.editConference}</h2>
    <form onSubmit=${_} novalidate>
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
  </section>`}var Po=e=>(e&&e.pins||[]).length;function No(){let[e,t]=$(null),[n,r]=$(null),[s,a]=$(""),i=()=>y("conferences?paginate=false").then(t,l=>a(l.message));C(i,[]);async function u(l){try{r(await y(`conferences/${l.id}`))}catch(f){a(f.message)}}async function c(l){confirm(o.confirmDeleteConference(l.name))&&(await Co(l.id).catch(f=>a(f.message)),i())}return n?d`<${So}
      conf=${n}
      onDone=${()=>{r(null),i()}}
    />`:d`<section aria-labelledby="conf-h">
    <div class="bar">
      <h2 id="conf-h">${o.conferences}</h2>
      <button onClick=${()=>r({})}>${o.addConference}</button>
    </div>
    <${x} message=${s} />
    ${e?e.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.conferences}>
            <thead><tr><th>${o.name}</th><th>${o.confNumber}</th><th>${o.pins}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(l=>d`<tr key=${l.id} data-conference=${l.name}>
                  <td data-label=${o.name}>${l.name}</td>
                  <td data-label=${o.confNumber} class="ext">${(l.conference_numbers||[]).join(", ")}</td>
                  <td data-label=${o.pins} class="pins">${o.pinSummary(Po(l.member),Po(l.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>u(l)} aria-label=${`${o.edit} ${l.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>c(l)} aria-label=${`${o.del} ${l.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}var Xr=(e,t)=>({...e,numbers:e.numbers.map(n=>n.replace("{code}",t)),patterns:e.patterns.map(n=>n.replace("{code}",t.replace(/\*/g,"\\*"))),featurecode:{...e.featurecode,number:t}}),Zr=e=>/^[0-9*]{1,6}$/.test(e),Kr=(e,t)=>(e.star?`*${t}`:t)+(e.takes_digits?"\u2026":"");function Jr({row:e,taken:t,onSaved:n}){let[r,s]=$(e.number),[a,i]=$(e.enabled),[u,c]=$(""),[l,f]=$(!1),m=r!==e.number||a!==e.enabled,_=`fc-${e.name.replace(/[^a-z0-9]/gi,"_")}`,p=o.fcNames[e.name]||e.name;async function h(){if(a&&!Zr(r))return c(o.fcDigits);if(a&&t(e,r))return c(o.fcTaken(Kr(e,r)));c(""),f(!0);try{let b=Xr(e.template,r);a?e.enabled?await G(`callflows/${e.callflow_id}`,{numbers:b.numbers,patterns:b.patterns,featurecode:b.featurecode}):await N("callflows",b):await O(`callflows/${e.callflow_id}`),n()}catch(b){c(b.fields.numbers||b.fields.patterns||b.message),f(!1)}}return d`<tr data-code=${e.name} class=${e.handled?"":"muted"}>
    <td data-label=${o.fcWhat}>${p}${!e.handled&&d`<br /><small>${o.fcNotRun}</small>`}</td>
    <td data-label=${o.fcCode}>
      <span class="code-input">${e.star?"*":""}<input id=${_} aria-label=${`${o.fcCode}: ${p}`} value=${r} inputmode="tel" size="6"
        aria-invalid=${u?"true":void 0} onInput=${b=>s(b.target.value.trim())} disabled=${!a} />${e.takes_digits?"\u2026":""}</span>
      ${u&&d`<p class="error" role="alert">${u}</p>`}
    </td>
    <td data-label=${o.fcOn}><input type="checkbox" aria-label=${`${o.fcOn}: ${p}`} checked=${a} disabled=${!e.handled&&!e.enabled}
      onChange=${b=>i(b.target.checked)} /></td>
    <td class="actions">${m&&d`<button type="button" disabled=${l} onClick=${h} aria-label=${`${o.save}: ${p}`}>${o.save}</button>`}</td>
  </tr>`}function Eo(){let[e,t]=$(null),[n,r]=$(""),s=()=>y("feature_codes").then(t,i=>r(i.message));C(s,[]);let a=(i,u)=>e.some(c=>c!==i&&c.enabled&&c.star===i.star&&c.number===u);return d`<section aria-labelledby="fc-h">
    <h2 id="fc-h">${o.featureCodes}</h2>
    <p class="hint">${o.fcHint}</p>
    <${x} message=${n} />
    ${e?d`<table class="list" aria-label=${o.featureCodes}>
          <thead><tr><th>${o.fcWhat}</th><th>${o.fcCode}</th><th>${o.fcOn}</th><th><span class="sr">${o.save}</span></th></tr></thead>
          <tbody>${e.map(i=>d`<${Jr} key=${`${i.name}/${i.callflow_id}/${i.number}`} row=${i} taken=${a} onSaved=${s} />`)}</tbody>
        </table>`:d`<p>${o.loading}</p>`}
  </section>`}var Qr=/^\+?\d{2,15}$/;function es(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function Mo({user:e,onSaved:t}){let[n,r]=$(es(e)),[s,a]=$({}),[i,u]=$(""),[c,l]=$(!1),[f,m]=$(!1),_=h=>b=>{l(!1),r({...n,[h]:b})};async function p(h){h.preventDefault();let b=n.forward&&!Qr.test(n.number.trim())?{"call_forward.number":o.forwardNumber}:{};if(a(b),u(""),!Object.keys(b).length){m(!0);try{let v=await G(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});l(!0),t&&t(v)}catch(v){a(v.fields||{}),u(`${o.failed} ${v.message}`)}m(!1)}}return d`<form onSubmit=${p} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${o.callHandling}</h3>
    <${x} message=${i} />
    <${W} id="dnd" label=${o.dnd} checked=${n.dnd} onChange=${_("dnd")} />
    <${W} id="forward" label=${o.forward} checked=${n.forward} onChange=${_("forward")} />
    ${n.forward&&d`<fieldset>
      <${k} id="forward_number" label=${o.forwardTo} value=${n.number} onInput=${_("number")} error=${s["call_forward.number"]} inputmode="tel" />
      <${W} id="ring_devices" label=${o.ringDevicesToo} checked=${n.ring_devices} onChange=${_("ring_devices")} />
      <${W} id="direct_calls_only" label=${o.directCallsOnly} checked=${n.direct_calls_only} onChange=${_("direct_calls_only")} />
      <${W} id="keep_caller_id" label=${o.keepCallerId} checked=${n.keep_caller_id} onChange=${_("keep_caller_id")} />
      <${W} id="require_keypress" label=${o.requireKeypress} checked=${n.require_keypress} onChange=${_("require_keypress")} />
    </fieldset>`}
    ${c&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
  </form>`}var Oo=(e,t)=>/^\d+$/.test(String(e))&&Number(e)>=t&&Number(e)<=300;function Do({userId:e}){let[t,n]=$(null),[r,s]=$(null),[a,i]=$({}),[u,c]=$(""),[l,f]=$(!1),m=(h,b)=>{let v=Object.fromEntries(h.endpoints.map(g=>[g.id,g]));s({enabled:h.enabled,rows:b.map(g=>({id:g.id,name:g.name,on:!!v[g.id],delay:String(v[g.id]?.delay??0),timeout:String(v[g.id]?.timeout??20)}))})};if(C(()=>{Promise.all([y(`users/${e}/find_me_follow_me`),y(`users/${e}/devices`)]).then(([h,b])=>{n(b),m(h,b)},h=>c(h.message))},[]),!r)return d`<div class="card"><h3>${o.followMe}</h3><${x} message=${u} />${!u&&o.loading}</div>`;let _=(h,b,v)=>s({...r,rows:r.rows.map((g,w)=>w===h?{...g,[b]:v}:g)});async function p(h){h.preventDefault(),f(!1),c("");let b=r.rows.filter(g=>g.on),v={};if(r.enabled&&!b.length&&(v.rows=o.pickPhone),r.rows.forEach((g,w)=>{g.on&&(!Oo(g.delay,0)||!Oo(g.timeout,1))&&(v[w]=o.badTimeline)}),i(v),!Object.keys(v).length)try{let g=b.map(w=>({id:w.id,delay:Number(w.delay),timeout:Number(w.timeout)}));m(await I(`users/${e}/find_me_follow_me`,{enabled:r.enabled,endpoints:r.enabled?g:[]}),t),f(!0)}catch(g){let w={};for(let[E,P]of Object.entries(g.fields||{})){let M=/^endpoints\.(\d+)\./.exec(E);M?w[r.rows.indexOf(b[Number(M[1])])]=P:w.rows=P}i(w),c(`${o.failed} ${g.message}`)}}return d`<form class="card" onSubmit=${p} novalidate aria-labelledby="fmfm-h">
    <h3 id="fmfm-h">${o.followMe}</h3>
    <p class="hint">${o.followMeHint}</p>
    <${x} message=${u} />
    <${W} id="fmfm_on" label=${o.followMeOn} checked=${r.enabled} onChange=${h=>s({...r,enabled:h})} />
    ${r.enabled&&d`${a.rows&&d`<p class="error" role="alert">${a.rows}</p>`}
      <table class="list timeline" aria-label=${o.followMe}>
        <thead><tr><th>${o.myDevices}</th><th>${o.startAfter}</th><th>${o.ringFor}</th></tr></thead>
        <tbody>
          ${r.rows.map((h,b)=>d`<tr key=${h.id} data-fmfm=${h.name}>
              <td><span class="check"><input type="checkbox" id=${"fm-"+h.id} checked=${h.on} onChange=${v=>_(b,"on",v.target.checked)} /><label for=${"fm-"+h.id}>${h.name}</label></span>
                ${a[b]&&d`<p class="error" role="alert">${a[b]}</p>`}</td>
              <td data-label=${o.startAfter}>${h.on&&d`<input aria-label=${`${o.startAfter} ${h.name}`} inputmode="numeric" value=${h.delay} onInput=${v=>_(b,"delay",v.target.value)} />`}</td>
              <td data-label=${o.ringFor}>${h.on&&d`<input aria-label=${`${o.ringFor} ${h.name}`} inputmode="numeric" value=${h.timeout} onInput=${v=>_(b,"timeout",v.target.value)} />`}</td>
            </tr>`)}
        </tbody>
      </table>`}
    <div class="bar"><button type="submit">${o.save}</button>${l&&d`<span class="ok" role="status">${o.saved}</span>`}</div>
  </form>`}var ts=5e3;function ns({userId:e}){let[t,n]=$(null),[r,s]=$("");return C(()=>{let a=()=>y(`users/${e}/devices`).then(n,u=>s(u.message));a();let i=setInterval(a,ts);return()=>clearInterval(i)},[]),d`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${o.myDevices}</h3>
    <${x} message=${r} />
    ${t?t.length===0?o.none:d`<ul class="my-devices">
            ${t.map(a=>d`<li key=${a.id} data-device=${a.name}>
                <span class=${a.registered?"dot on":"dot"}>${a.name} · ${a.registered?o.registered:o.notRegistered}</span>
              </li>`)}
          </ul>`:o.loading}
  </div>`}function Ao(){let[e,t]=$(null),[n,r]=$("");return C(()=>{y(`users/${S.value.owner}`).then(t,s=>r(s.message))},[]),d`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:o.myPhone}</h2>
    <${x} message=${n} />
    ${e&&d`<div class="stack">
      <${ns} userId=${e.id} />
      <${Mo} user=${e} onSaved=${t} />
      <${Do} userId=${e.id} />
      <${le} username=${e.username} />
    </div>`}
  </section>`}async function os(e,t){let n=await fetch("/v2/"+Y(`vmboxes/${e}/greeting`),{method:"POST",headers:{"X-Auth-Token":S.value.token,"Content-Type":Tt(t),Accept:"application/json"},body:t});if(!n.ok)throw new R(n.status,await n.json().catch(()=>null))}function To({box:e}){let[t,n]=$(""),[r,s]=$(""),[a,i]=$(null),[u,c]=$({}),[l,f]=$(""),[m,_]=$(!1),p=()=>y(`vmboxes/${e.id}`).then(g=>_(!!(g.media&&g.media.unavailable)),()=>{});C(p,[]);let h=g=>`${g}_${e.mailbox}`;async function b(g){g.preventDefault(),f("");let w={};if(/^\d{4,6}$/.test(t)?t!==r&&(w.again=o.pinMismatch):w.pin=o.pinDigits,c(w),!Object.keys(w).length)try{await G(`vmboxes/${e.id}`,{pin:t}),n(""),s(""),f("pin")}catch(E){c({pin:E.fields.pin||E.message})}}async function v(g){if(g.preventDefault(),f(""),!a||!ze(a))return c({greeting:o.greetingType});c({});try{await os(e.id,a),f("greeting"),p()}catch(w){c({greeting:w.fields.media||w.message})}}return d`<div class="card" data-settings=${e.mailbox}>
    <h3>${o.boxSettings(e.name,e.mailbox)}</h3>
    <form onSubmit=${b} novalidate>
      <${k} id=${h("pin")} label=${o.newPin} type="password" value=${t} onInput=${n} error=${u.pin} inputmode="numeric" autocomplete="new-password" />
      <${k} id=${h("pin_again")} label=${o.newPinAgain} type="password" value=${r} onInput=${s} error=${u.again} inputmode="numeric" autocomplete="new-password" />
      <div class="bar"><button type="submit">${o.changePin}</button>${l==="pin"&&d`<span class="ok" role="status">${o.pinChanged}</span>`}</div>
    </form>
    <form onSubmit=${v} novalidate>
      <div class="field">
        <label for=${h("greeting")}>${o.greeting}</label>
        <input id=${h("greeting")} type="file" accept="audio/wav,audio/mpeg,.wav,.mp3" aria-invalid=${u.greeting?"true":void 0}
          onChange=${g=>i(g.target.files[0]||null)} />
        ${u.greeting&&d`<p class="error" id=${h("greeting")+"-error"} role="alert">${u.greeting}</p>`}
        <p class="hint">${m?o.greetingSet:o.greetingNone}</p>
      </div>
      <div class="bar"><button type="submit">${o.uploadGreeting}</button>${l==="greeting"&&d`<span class="ok" role="status">${o.greetingSaved}</span>`}</div>
    </form>
  </div>`}function Fo(){let[e,t]=$(null),[n,r]=$(null),[s,a]=$(""),i=()=>y("vmboxes?paginate=false").then(t,u=>a(u.message));return C(i,[]),n?d`<${qe}
      box=${n}
      onDone=${()=>{r(null),i()}}
    />`:d`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${o.vmboxes}</h2>
    <${x} message=${s} />
    ${e?e.length===0?d`<p>${o.noBox}</p>`:d`<ul class="numbers">
            ${e.map(u=>d`<li key=${u.id} data-vmbox=${u.mailbox}>
                <span>${u.name} (${u.mailbox}) · ${o.messageCount(u.messages||0)}</span>
                <button onClick=${()=>r(u)} aria-label=${o.messagesOf(u.name)}>${o.messages}</button>
              </li>`)}
          </ul>`:d`<p>${o.loading}</p>`}
    ${e&&d`<div class="stack">${e.map(u=>d`<${To} key=${u.id} box=${u} />`)}</div>`}
  </section>`}var rs={dashboard:[o.dashboard,Nn],users:[o.users,Tn],devices:[o.devices,Un],groups:[o.groups,_o],calls:[o.callLogs,Bn],main:[o.mainNumber,Le],voicemail:[o.vmboxes,co],conferences:[o.conferences,No],codes:[o.featureCodes,Eo],numbers:[o.numbers,bo],settings:[o.settings,so]},ss={me:[o.myPhone,Ao],myvoicemail:[o.vmboxes,Fo],mycalls:[o.myCalls,Rn]},Ve=()=>S.value&&S.value.admin===!1?ss:rs,Lt=H(location.hash.slice(1));addEventListener("hashchange",()=>Lt.value=location.hash.slice(1));var as=()=>Lt.value in Ve()?Lt.value:Object.keys(Ve())[0],Io=null;te(()=>{let e=S.value;e||(oe.value=null),e&&e.admin!==!1&&Io!==e.token&&(Io=e.token,eo().catch(()=>{}))});function is(){if(!S.value)return d`<${Sn} />`;let e=as(),[,t]=Ve()[e];return d`<header>
      <strong>${o.app}</strong>
      <nav aria-label=${o.menu}>
        ${Object.entries(Ve()).map(([n,[r]])=>d`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${r}</a>`)}
      </nav>
      <button class="plain" onClick=${De}>${o.logout}</button>
    </header>
    <main>${oe.value?d`<${no} />`:d`<${t} key=${e} />`}</main>`}rt(d`<${is} />`,document.getElementById("app"));
