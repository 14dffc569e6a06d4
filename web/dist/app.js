var ke,F,qt,tt,K,Ht,Vt,Je,Yt,nt,Qe,et,Vo,fe={},Xt=[],Yo=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,ot=Array.isArray;function X(e,t){for(var n in t)e[n]=t[n];return e}function rt(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Se(e,t,n){var r,s,a,i={};for(a in t)a=="key"?r=t[a]:a=="ref"?s=t[a]:i[a]=t[a];if(arguments.length>2&&(i.children=arguments.length>3?ke.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(a in e.defaultProps)i[a]===void 0&&(i[a]=e.defaultProps[a]);return we(e,i,r,s,null)}function we(e,t,n,r,s){var a={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++qt,__i:-1,__u:0};return s==null&&F.vnode!=null&&F.vnode(a),a}function Ce(e){return e.children}function J(e,t){this.props=e,this.context=t}function re(e,t){if(t==null)return e.__?re(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?re(e):null}function Zt(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return Zt(e)}}function Gt(e){(!e.__d&&(e.__d=!0)&&K.push(e)&&!xe.__r++||Ht!==F.debounceRendering)&&((Ht=F.debounceRendering)||Vt)(xe)}function xe(){var e,t,n,r,s,a,i,u;for(K.sort(Je);e=K.shift();)e.__d&&(t=K.length,r=void 0,a=(s=(n=e).__v).__e,i=[],u=[],n.__P&&((r=X({},s)).__v=s.__v+1,F.vnode&&F.vnode(r),st(n.__P,r,s,n.__n,n.__P.namespaceURI,32&s.__u?[a]:null,i,a??re(s),!!(32&s.__u),u),r.__v=s.__v,r.__.__k[r.__i]=r,Qt(i,r,u),r.__e!=a&&Zt(r)),K.length>t&&K.sort(Je));xe.__r=0}function Kt(e,t,n,r,s,a,i,u,d,c,f){var m,b,p,h,_,g,v=r&&r.__k||Xt,w=t.length;for(d=Xo(n,t,v,d,w),m=0;m<w;m++)(p=n.__k[m])!=null&&(b=p.__i===-1?fe:v[p.__i]||fe,p.__i=m,g=st(e,p,b,s,a,i,u,d,c,f),h=p.__e,p.ref&&b.ref!=p.ref&&(b.ref&&at(b.ref,null,p),f.push(p.ref,p.__c||h,p)),_==null&&h!=null&&(_=h),4&p.__u||b.__k===p.__k?d=Jt(p,d,e):typeof p.type=="function"&&g!==void 0?d=g:h&&(d=h.nextSibling),p.__u&=-7);return n.__e=_,d}function Xo(e,t,n,r,s){var a,i,u,d,c,f=n.length,m=f,b=0;for(e.__k=new Array(s),a=0;a<s;a++)(i=t[a])!=null&&typeof i!="boolean"&&typeof i!="function"?(d=a+b,(i=e.__k[a]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?we(null,i,null,null,null):ot(i)?we(Ce,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?we(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,u=null,(c=i.__i=Zo(i,n,d,m))!==-1&&(m--,(u=n[c])&&(u.__u|=2)),u==null||u.__v===null?(c==-1&&b--,typeof i.type!="function"&&(i.__u|=4)):c!=d&&(c==d-1?b--:c==d+1?b++:(c>d?b--:b++,i.__u|=4))):e.__k[a]=null;if(m)for(a=0;a<f;a++)(u=n[a])!=null&&!(2&u.__u)&&(u.__e==r&&(r=re(u)),en(u,u));return r}function Jt(e,t,n){var r,s;if(typeof e.type=="function"){for(r=e.__k,s=0;r&&s<r.length;s++)r[s]&&(r[s].__=e,t=Jt(r[s],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=re(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Zo(e,t,n,r){var s,a,i=e.key,u=e.type,d=t[n];if(d===null||d&&i==d.key&&u===d.type&&!(2&d.__u))return n;if(r>(d!=null&&!(2&d.__u)?1:0))for(s=n-1,a=n+1;s>=0||a<t.length;){if(s>=0){if((d=t[s])&&!(2&d.__u)&&i==d.key&&u===d.type)return s;s--}if(a<t.length){if((d=t[a])&&!(2&d.__u)&&i==d.key&&u===d.type)return a;a++}}return-1}function zt(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||Yo.test(t)?n:n+"px"}function ye(e,t,n,r,s){var a;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||zt(e.style,t,"");if(n)for(t in n)r&&n[t]===r[t]||zt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")a=t!=(t=t.replace(Yt,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+a]=n,n?r?n.u=r.u:(n.u=nt,e.addEventListener(t,a?et:Qe,a)):e.removeEventListener(t,a?et:Qe,a);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function Wt(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=nt++;else if(t.t<n.u)return;return n(F.event?F.event(t):t)}}}function st(e,t,n,r,s,a,i,u,d,c){var f,m,b,p,h,_,g,v,w,N,P,O,T,W,H,ue,Ke,V=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(d=!!(32&n.__u),a=[u=t.__e=n.__e]),(f=F.__b)&&f(t);e:if(typeof V=="function")try{if(v=t.props,w="prototype"in V&&V.prototype.render,N=(f=V.contextType)&&r[f.__c],P=f?N?N.props.value:f.__:r,n.__c?g=(m=t.__c=n.__c).__=m.__E:(w?t.__c=m=new V(v,P):(t.__c=m=new J(v,P),m.constructor=V,m.render=Jo),N&&N.sub(m),m.props=v,m.state||(m.state={}),m.context=P,m.__n=r,b=m.__d=!0,m.__h=[],m._sb=[]),w&&m.__s==null&&(m.__s=m.state),w&&V.getDerivedStateFromProps!=null&&(m.__s==m.state&&(m.__s=X({},m.__s)),X(m.__s,V.getDerivedStateFromProps(v,m.__s))),p=m.props,h=m.state,m.__v=t,b)w&&V.getDerivedStateFromProps==null&&m.componentWillMount!=null&&m.componentWillMount(),w&&m.componentDidMount!=null&&m.__h.push(m.componentDidMount);else{if(w&&V.getDerivedStateFromProps==null&&v!==p&&m.componentWillReceiveProps!=null&&m.componentWillReceiveProps(v,P),!m.__e&&(m.shouldComponentUpdate!=null&&m.shouldComponentUpdate(v,m.__s,P)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(m.props=v,m.state=m.__s,m.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(me){me&&(me.__=t)}),O=0;O<m._sb.length;O++)m.__h.push(m._sb[O]);m._sb=[],m.__h.length&&i.push(m);break e}m.componentWillUpdate!=null&&m.componentWillUpdate(v,m.__s,P),w&&m.componentDidUpdate!=null&&m.__h.push(function(){m.componentDidUpdate(p,h,_)})}if(m.context=P,m.props=v,m.__P=e,m.__e=!1,T=F.__r,W=0,w){for(m.state=m.__s,m.__d=!1,T&&T(t),f=m.render(m.props,m.state,m.context),H=0;H<m._sb.length;H++)m.__h.push(m._sb[H]);m._sb=[]}else do m.__d=!1,T&&T(t),f=m.render(m.props,m.state,m.context),m.state=m.__s;while(m.__d&&++W<25);m.state=m.__s,m.getChildContext!=null&&(r=X(X({},r),m.getChildContext())),w&&!b&&m.getSnapshotBeforeUpdate!=null&&(_=m.getSnapshotBeforeUpdate(p,h)),u=Kt(e,ot(ue=f!=null&&f.type===Ce&&f.key==null?f.props.children:f)?ue:[ue],t,n,r,s,a,i,u,d,c),m.base=t.__e,t.__u&=-161,m.__h.length&&i.push(m),g&&(m.__E=m.__=null)}catch(me){if(t.__v=null,d||a!=null)if(me.then){for(t.__u|=d?160:128;u&&u.nodeType==8&&u.nextSibling;)u=u.nextSibling;a[a.indexOf(u)]=null,t.__e=u}else for(Ke=a.length;Ke--;)rt(a[Ke]);else t.__e=n.__e,t.__k=n.__k;F.__e(me,t,n)}else a==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):u=t.__e=Ko(n.__e,t,n,r,s,a,i,d,c);return(f=F.diffed)&&f(t),128&t.__u?void 0:u}function Qt(e,t,n){for(var r=0;r<n.length;r++)at(n[r],n[++r],n[++r]);F.__c&&F.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(a){a.call(s)})}catch(a){F.__e(a,s.__v)}})}function Ko(e,t,n,r,s,a,i,u,d){var c,f,m,b,p,h,_,g=n.props,v=t.props,w=t.type;if(w=="svg"?s="http://www.w3.org/2000/svg":w=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),a!=null){for(c=0;c<a.length;c++)if((p=a[c])&&"setAttribute"in p==!!w&&(w?p.localName==w:p.nodeType==3)){e=p,a[c]=null;break}}if(e==null){if(w==null)return document.createTextNode(v);e=document.createElementNS(s,w,v.is&&v),u&&(F.__m&&F.__m(t,a),u=!1),a=null}if(w===null)g===v||u&&e.data===v||(e.data=v);else{if(a=a&&ke.call(e.childNodes),g=n.props||fe,!u&&a!=null)for(g={},c=0;c<e.attributes.length;c++)g[(p=e.attributes[c]).name]=p.value;for(c in g)if(p=g[c],c!="children"){if(c=="dangerouslySetInnerHTML")m=p;else if(!(c in v)){if(c=="value"&&"defaultValue"in v||c=="checked"&&"defaultChecked"in v)continue;ye(e,c,null,p,s)}}for(c in v)p=v[c],c=="children"?b=p:c=="dangerouslySetInnerHTML"?f=p:c=="value"?h=p:c=="checked"?_=p:u&&typeof p!="function"||g[c]===p||ye(e,c,p,g[c],s);if(f)u||m&&(f.__html===m.__html||f.__html===e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(m&&(e.innerHTML=""),Kt(e,ot(b)?b:[b],t,n,r,w=="foreignObject"?"http://www.w3.org/1999/xhtml":s,a,i,a?a[0]:n.__k&&re(n,0),u,d),a!=null)for(c=a.length;c--;)rt(a[c]);u||(c="value",w=="progress"&&h==null?e.removeAttribute("value"):h!==void 0&&(h!==e[c]||w=="progress"&&!h||w=="option"&&h!==g[c])&&ye(e,c,h,g[c],s),c="checked",_!==void 0&&_!==e[c]&&ye(e,c,_,g[c],s))}return e}function at(e,t,n){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(s){F.__e(s,n)}}function en(e,t,n){var r,s;if(F.unmount&&F.unmount(e),(r=e.ref)&&(r.current&&r.current!==e.__e||at(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(a){F.__e(a,t)}r.base=r.__P=null}if(r=e.__k)for(s=0;s<r.length;s++)r[s]&&en(r[s],t,n||typeof e.type!="function");n||rt(e.__e),e.__c=e.__=e.__e=void 0}function Jo(e,t,n){return this.constructor(e,n)}function it(e,t,n){var r,s,a,i;t==document&&(t=document.documentElement),F.__&&F.__(e,t),s=(r=typeof n=="function")?null:n&&n.__k||t.__k,a=[],i=[],st(t,e=(!r&&n||t).__k=Se(Ce,null,[e]),s||fe,fe,t.namespaceURI,!r&&n?[n]:s?null:t.firstChild?ke.call(t.childNodes):null,a,!r&&n?n:s?s.__e:t.firstChild,r,i),Qt(a,e,i)}ke=Xt.slice,F={__e:function(e,t,n,r){for(var s,a,i;t=t.__;)if((s=t.__c)&&!s.__)try{if((a=s.constructor)&&a.getDerivedStateFromError!=null&&(s.setState(a.getDerivedStateFromError(e)),i=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,r||{}),i=s.__d),i)return s.__E=s}catch(u){e=u}throw e}},qt=0,tt=function(e){return e!=null&&e.constructor==null},J.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=X({},this.state),typeof e=="function"&&(e=e(X({},n),this.props)),e&&X(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),Gt(this))},J.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Gt(this))},J.prototype.render=Ce,K=[],Vt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Je=function(e,t){return e.__v.__b-t.__v.__b},xe.__r=0,Yt=/(PointerCapture)$|Capture$/i,nt=0,Qe=Wt(!1),et=Wt(!0),Vo=0;var nn=function(e,t,n,r){var s;t[0]=0;for(var a=1;a<t.length;a++){var i=t[a++],u=t[a]?(t[0]|=i?1:2,n[t[a++]]):t[++a];i===3?r[0]=u:i===4?r[1]=Object.assign(r[1]||{},u):i===5?(r[1]=r[1]||{})[t[++a]]=u:i===6?r[1][t[++a]]+=u+"":i?(s=e.apply(u,nn(e,u,n,["",null])),r.push(s),u[0]?t[0]|=2:(t[a-2]=0,t[a]=s)):r.push(u)}return r},tn=new Map;function on(e){var t=tn.get(this);return t||(t=new Map,tn.set(this,t)),(t=nn(this,t.get(e)||(t.set(e,t=function(n){for(var r,s,a=1,i="",u="",d=[0],c=function(b){a===1&&(b||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,b,i):a===3&&(b||i)?(d.push(3,b,i),a=2):a===2&&i==="..."&&b?d.push(4,b,0):a===2&&i&&!b?d.push(5,0,!0,i):a>=5&&((i||!b&&a===5)&&(d.push(a,0,i,s),a=6),b&&(d.push(a,b,0,s),a=6)),i=""},f=0;f<n.length;f++){f&&(a===1&&c(),c(f));for(var m=0;m<n[f].length;m++)r=n[f][m],a===1?r==="<"?(c(),d=[d],a=3):i+=r:a===4?i==="--"&&r===">"?(a=1,i=""):i=r+i[0]:u?r===u?u="":i+=r:r==='"'||r==="'"?u=r:r===">"?(c(),a=1):a&&(r==="="?(a=5,s=i,i=""):r==="/"&&(a<5||n[f][m+1]===">")?(c(),a===3&&(d=d[0]),a=d,(d=d[0]).push(2,0,a),a=0):r===" "||r==="	"||r===`
`||r==="\r"?(c(),a=2):i+=r),a===3&&i==="!--"&&(a=4,d=d[0])}return c(),d}(e)),t),arguments,[])).length>1?t:t[0]}var l=on.bind(Se);var pe,A,lt,rn,Pe=0,fn=[],L=F,sn=L.__b,an=L.__r,ln=L.diffed,cn=L.__c,dn=L.unmount,un=L.__;function dt(e,t){L.__h&&L.__h(A,e,Pe||t),Pe=0;var n=A.__H||(A.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function $(e){return Pe=1,Qo($n,e)}function Qo(e,t,n){var r=dt(pe++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):$n(void 0,t),function(u){var d=r.__N?r.__N[0]:r.__[0],c=r.t(d,u);d!==c&&(r.__N=[c,r.__[1]],r.__c.setState({}))}],r.__c=A,!A.u)){var s=function(u,d,c){if(!r.__c.__H)return!0;var f=r.__c.__H.__.filter(function(b){return!!b.__c});if(f.every(function(b){return!b.__N}))return!a||a.call(this,u,d,c);var m=r.__c.props!==u;return f.forEach(function(b){if(b.__N){var p=b.__[0];b.__=b.__N,b.__N=void 0,p!==b.__[0]&&(m=!0)}}),a&&a.call(this,u,d,c)||m};A.u=!0;var a=A.shouldComponentUpdate,i=A.componentWillUpdate;A.componentWillUpdate=function(u,d,c){if(this.__e){var f=a;a=void 0,s(u,d,c),a=f}i&&i.call(this,u,d,c)},A.shouldComponentUpdate=s}return r.__N||r.__}function S(e,t){var n=dt(pe++,3);!L.__s&&pn(n.__H,t)&&(n.__=e,n.i=t,A.__H.__h.push(n))}function ut(e){return Pe=5,Ne(function(){return{current:e}},[])}function Ne(e,t){var n=dt(pe++,7);return pn(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function er(){for(var e;e=fn.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(Ee),e.__H.__h.forEach(ct),e.__H.__h=[]}catch(t){e.__H.__h=[],L.__e(t,e.__v)}}L.__b=function(e){A=null,sn&&sn(e)},L.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),un&&un(e,t)},L.__r=function(e){an&&an(e),pe=0;var t=(A=e.__c).__H;t&&(lt===A?(t.__h=[],A.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(Ee),t.__h.forEach(ct),t.__h=[],pe=0)),lt=A},L.diffed=function(e){ln&&ln(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(fn.push(t)!==1&&rn===L.requestAnimationFrame||((rn=L.requestAnimationFrame)||tr)(er)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),lt=A=null},L.__c=function(e,t){t.some(function(n){try{n.__h.forEach(Ee),n.__h=n.__h.filter(function(r){return!r.__||ct(r)})}catch(r){t.some(function(s){s.__h&&(s.__h=[])}),t=[],L.__e(r,n.__v)}}),cn&&cn(e,t)},L.unmount=function(e){dn&&dn(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(r){try{Ee(r)}catch(s){t=s}}),n.__H=void 0,t&&L.__e(t,n.__v))};var mn=typeof requestAnimationFrame=="function";function tr(e){var t,n=function(){clearTimeout(r),mn&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,100);mn&&(t=requestAnimationFrame(n))}function Ee(e){var t=A,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),A=t}function ct(e){var t=A;e.__c=e.__(),A=t}function pn(e,t){return!e||e.length!==t.length||t.some(function(n,r){return n!==e[r]})}function $n(e,t){return typeof t=="function"?t(e):t}var nr=Symbol.for("preact-signals");function mt(){if(Q>1)Q--;else{var e,t=!1;for(function(){var s=Me;for(Me=void 0;s!==void 0;){var a=s.S;if(a.v===s.v)for(var i=a.t;i!==void 0;i=i.x)i.i===s.i&&(i.i=a.i);s=s.o}}();he!==void 0;){var n=he;for(he=void 0,Oe++;n!==void 0;){var r=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&_n(n))try{n.c()}catch(s){t||(e=s,t=!0)}n=r}}if(Oe=0,Q--,t)throw e}}var $e,I=void 0;function be(e){var t=I,n=$e;I=void 0,$e=void 0;try{return e()}finally{I=t,$e=n}}var he=void 0,Q=0,Oe=0;var hn=0,Me=void 0,Fe=0;function bn(e){if(I!==void 0){var t=e.n;if(t===void 0||t.t!==I)return t={i:0,S:e,p:I.s,n:void 0,t:I,e:void 0,x:void 0,r:t},I.s!==void 0&&(I.s.n=t),I.s=t,e.n=t,32&I.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=I.s,t.n=void 0,I.s.n=t,I.s=t),t}}function B(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}B.prototype.brand=nr;B.prototype.h=function(){return!0};B.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:be(function(){var r;(r=t.W)==null||r.call(t)}))};B.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,r=e.x;n!==void 0&&(n.x=r,e.e=void 0),r!==void 0&&(r.e=n,e.x=void 0),e===this.t&&(this.t=r,r===void 0&&be(function(){var s;(s=t.Z)==null||s.call(t)}))}};B.prototype.subscribe=function(e){var t=this;return te(function(){var n=t.value;be(function(){return e(n)})},{name:"sub"})};B.prototype.valueOf=function(){return this.value};B.prototype.toString=function(){return this.value+""};B.prototype.toJSON=function(){return this.value};B.prototype.peek=function(){var e=this;return be(function(){return e.value})};Object.defineProperty(B.prototype,"value",{get:function(){var e=bn(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Oe>100)throw new Error("Cycle detected");(function(n){Q!==0&&Oe===0&&n.l!==hn&&(n.l=hn,Me={S:n,v:n.v,i:n.i,o:Me})})(this),this.v=e,this.i++,Fe++,Q++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{mt()}}}});function j(e,t){return new B(e,t)}function _n(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function gn(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function vn(e){for(var t=e.s,n=void 0;t!==void 0;){var r=t.p;t.i===-1?(t.S.U(t),r!==void 0&&(r.n=t.n),t.n!==void 0&&(t.n.p=r)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=r}e.s=n}function ee(e,t){B.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Fe-1,this.f=4}ee.prototype=new B;ee.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Fe))return!0;if(this.g=Fe,this.f|=1,this.i>0&&!_n(this))return this.f&=-2,!0;var e=I;try{gn(this),I=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return I=e,vn(this),this.f&=-2,!0};ee.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}B.prototype.S.call(this,e)};ee.prototype.U=function(e){if(this.t!==void 0&&(B.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};ee.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(ee.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=bn(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function ft(e,t){return new ee(e,t)}function yn(e){var t=e.j;if(e.j=void 0,typeof t=="function"){Q++;var n=I;I=void 0;try{t()}catch(r){throw e.f&=-2,e.f|=8,pt(e),r}finally{I=n,mt()}}}function pt(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,yn(e)}function or(e){if(I!==this)throw new Error("Out-of-order effect");vn(this),I=e,this.f&=-2;try{8&this.f&&pt(this)}finally{mt()}}function se(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,$e&&$e.push(this)}se.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};se.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,yn(this),gn(this),Q++;var e=I;return I=this,or.bind(this,e)};se.prototype.N=function(){2&this.f||(this.f|=2,this.u=he,he=this)};se.prototype.d=function(){this.f|=8,1&this.f||pt(this)};se.prototype.dispose=function(){this.d()};function te(e,t){var n=new se(e,t);try{n.c()}catch(s){throw n.d(),s}var r=n.d.bind(n);return r[Symbol.dispose]=r,r}var ht,$t;function ae(e,t){F[e]=t.bind(null,F[e]||function(){})}function Te(e){$t&&$t(),$t=e&&e.S()}function wn(e){var t=this,n=e.data,r=sr(n);r.value=n;var s=Ne(function(){for(var a=t.__v;a=a.__;)if(a.__c){a.__c.__$f|=4;break}return t.__$u.c=function(){var i,u=t.__$u.S(),d=s.value;u(),tt(d)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=d},ft(function(){var i=r.value.value;return i===0?0:i===!0?"":i||""})},[]);return s.value}wn.displayName="_st";Object.defineProperties(B.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:wn},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});ae("__b",function(e,t){if(typeof t.type=="string"){var n,r=t.props;for(var s in r)if(s!=="children"){var a=r[s];a instanceof B&&(n||(t.__np=n={}),n[s]=a,r[s]=a.peek())}}e(t)});ae("__r",function(e,t){Te();var n,r=t.__c;r&&(r.__$f&=-2,(n=r.__$u)===void 0&&(r.__$u=n=function(s){var a;return te(function(){a=this}),a.c=function(){r.__$f|=1,r.setState({})},a}())),ht=r,Te(n),e(t)});ae("__e",function(e,t,n,r){Te(),ht=void 0,e(t,n,r)});ae("diffed",function(e,t){Te(),ht=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var r=t.__np,s=t.props;if(r){var a=n.U;if(a)for(var i in a){var u=a[i];u!==void 0&&!(i in r)&&(u.d(),a[i]=void 0)}else n.U=a={};for(var d in r){var c=a[d],f=r[d];c===void 0?(c=rr(n,d,f,s),a[d]=c):c.o(f,s)}}}e(t)});function rr(e,t,n,r){var s=t in e&&e.ownerSVGElement===void 0,a=j(n);return{o:function(i,u){a.value=i,r=u},d:te(function(){var i=a.value.value;r[t]!==i&&(r[t]=i,s?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}ae("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var r=n.U;if(r){n.U=void 0;for(var s in r){var a=r[s];a&&a.d()}}}}else{var i=t.__c;if(i){var u=i.__$u;u&&(i.__$u=void 0,u.d())}}e(t)});ae("__h",function(e,t,n,r){(r<3||r===9)&&(t.__$f|=2),e(t,n,r)});J.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var r in t)return!0;for(var s in e)if(s!=="__source"&&e[s]!==this.props[s])return!0;for(var a in this.props)if(!(a in e))return!0;return!1};function sr(e){return Ne(function(){return j(e)},[])}var ar=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],ir=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function xn(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,r=new Uint32Array(n*16);t.forEach((d,c)=>r[c>>2]|=d<<c%4*8),r[t.length>>2]|=128<<t.length%4*8,r[n*16-2]=t.length*8>>>0,r[n*16-1]=Math.floor(t.length/536870912);let[s,a,i,u]=[1732584193,4023233417,2562383102,271733878];for(let d=0;d<r.length;d+=16){let[c,f,m,b]=[s,a,i,u];for(let p=0;p<64;p++){let h=p>>4,_,g;h===0?[_,g]=[f&m|~f&b,p]:h===1?[_,g]=[b&f|~b&m,(5*p+1)%16]:h===2?[_,g]=[f^m^b,(3*p+5)%16]:[_,g]=[m^(f|~b),7*p%16];let v=ar[h*4+p%4],w=c+_+ir[p]+r[d+g]>>>0;[c,b,m]=[b,m,f],f=f+(w<<v|w>>>32-v)>>>0}[s,a,i,u]=[s+c>>>0,a+f>>>0,i+m>>>0,u+b>>>0]}return[s,a,i,u].map(d=>[0,8,16,24].map(c=>(d>>>c&255).toString(16).padStart(2,"0")).join("")).join("")}var bt="edgepbx.session",C=j(lr()),De=j(0);function lr(){try{return JSON.parse(sessionStorage.getItem(bt))||null}catch{return null}}var cr=30*60*1e3,kn=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>kn=Date.now(),{passive:!0});setInterval(()=>C.value&&Date.now()-kn>cr&&ie(),60*1e3);var R=class extends Error{constructor(t,n){let r={},s=n&&n.data;if(t===400&&s&&typeof s=="object")for(let[a,i]of Object.entries(s)){let u=i&&typeof i=="object"?Object.values(i)[0]:null;r[a]=u&&u.message||String(i)}super(n&&(n.message||s&&s.message)||`HTTP ${t}`),this.status=t,this.fields=r,this.body=n}};async function D(e,t,n,r=C.value&&C.value.token){let s=C.value,a={Accept:"application/json"};r&&(a["X-Auth-Token"]=r),n!==void 0&&(a["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:a,body:n===void 0?void 0:JSON.stringify({data:n})}),u=await i.json().catch(()=>null);if(i.status===401&&s&&t!=="user_auth"&&ie(),!i.ok)throw new R(i.status,u);return u}async function Sn(e){let t=await fetch("/v2/"+Y(e),{headers:{"X-Auth-Token":C.value.token,Accept:"audio/*"}});if(!t.ok)throw new R(t.status,await t.json().catch(()=>null));return t.blob()}var Y=e=>`accounts/${C.value.account}/${e}`,y=async e=>(await D("GET",Y(e))).data,E=async(e,t)=>(await D("PUT",Y(e),t)).data,U=async(e,t)=>(await D("POST",Y(e),t)).data,G=async(e,t)=>(await D("PATCH",Y(e),t)).data,M=async e=>(await D("DELETE",Y(e))).data,Cn=(e,t,n)=>D("PUT","user_auth",{credentials:xn(`${t.toLowerCase()}:${n}`),account_name:e});async function En(e,t,n){let r=await Cn(e,t,n),s={token:r.auth_token,account:r.data.account_id,owner:r.data.owner_id,accountName:e},a=(await D("GET",`accounts/${s.account}/users/${s.owner}`,void 0,s.token)).data;s.admin=a.priv_level==="admin",sessionStorage.setItem(bt,JSON.stringify(s)),C.value=s}function ie(){sessionStorage.removeItem(bt),C.value=null}async function Pn(e,t){try{return await Cn(C.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var o={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension and their phones?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",extProposed:e=>`${e} is the next free extension.`,extLength:e=>`The office's extensions have ${e} digits (Settings, Country and extensions)`,failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepLocale:"Country and extensions",locale:"Country and extensions",localeHint:"The country sets the tones callers hear and how analog phones ring and show caller ID; choosing it proposes its time zone and prompt language. New users get the next free extension of the length set here.",country:"Country",countryNone:"Not set (US tones)",promptLanguage:"Prompt language (such as en-gb)",extensionLength:"Extension length (digits, 2 to 8)",extLengthRange:"A number from 2 to 8",proposedZone:e=>`Time zone ${e} is saved with the country (change it under Office).`,stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",clockUnset:"The box does not know the date and time yet: office hours are not applied (calls take the default route) until a time server answers.",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",providerAddress:"Address shown to providers",providerAddressOwn:"the box's own",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"},featureCodes:"Feature codes",fcHint:"Codes dialled from any phone of the office. A code with \u2026 takes a number dialled after it. Turning a code off frees it.",fcWhat:"What it does",fcCode:"Code",fcOn:"On",fcNotRun:"This box does not run this code yet.",fcDigits:"1 to 6 digits",fcTaken:e=>`${e} is already another code`,fcNames:{"call_forward[action=activate]":"Turn call forwarding on (to the number dialled after the code, else asked for)","call_forward[action=deactivate]":"Turn call forwarding off","call_forward[action=toggle]":"Turn call forwarding on or off","call_forward[action=update]":"Change the call forwarding number","hotdesk[action=login]":"Hot desking: sign in at this phone","hotdesk[action=logout]":"Hot desking: sign out of this phone","hotdesk[action=toggle]":"Hot desking: sign in or out","voicemail[action=check]":"Check voicemail (box number after the code, else asked for)","voicemail[single_mailbox_login]":"Check voicemail, asking for the box number",'voicemail[action="direct"]':"Leave a message straight in a box (box number after the code)",intercom:"Intercom: the extension after the code answers on its speaker","privacy[mode=full]":"Hide your caller ID for the number after the code",park_and_retrieve:"Park a call in the slot after the code, or pick it up",valet:"Park a call in the next free slot",retrieve:"Pick up the call parked in the slot after the code",directed_ext_pickup:"Answer the extension after the code while it rings","do_not_disturb[action=activate]":"Turn do not disturb on","do_not_disturb[action=deactivate]":"Turn do not disturb off","do_not_disturb[action=toggle]":"Turn do not disturb on or off",move:"Move the call to another of your phones"},followMe:"Find me follow me",followMeHint:"A call to your extension rings the phones picked here, each from its start for its ring time.",followMeOn:"Ring my phones by this timeline",pickPhone:"Pick at least one phone",boxSettings:(e,t)=>`PIN and greeting of ${e} (${t})`,newPin:"New PIN (4 to 6 digits)",newPinAgain:"New PIN again",pinMismatch:"The two PINs differ",changePin:"Change PIN",pinChanged:"PIN changed.",uploadGreeting:"Upload greeting",greetingSaved:"Greeting saved.",storage:"Storage (data partition)",storageUse:(e,t)=>`${e.toFixed(1)} GB used of ${t.toFixed(1)} GB`,lastBackup:"Last backup",backupAt:e=>`${e} UTC`,neverBackedUp:"never",certificate:"Certificate expires",certExpires:(e,t)=>`${e} (in ${t} days)`,unknown:"unknown",diskFull:e=>`The data partition is nearly full: ${e} GB free`,certSoon:e=>`The box's certificate expires in ${e} days`,certExpired:"The box's certificate has expired",csvImport:"Import users from a CSV file",csvHint:"A header line, then one user a line. Columns: first_name, last_name, username, extension, password (all needed), email, phone (yes: a desk phone). Nothing is made while a line is wrong.",csvFile:"CSV file",csvProblems:"Lines to fix",csvEmpty:"The file is empty",csvColumns:e=>`Missing columns: ${e}`,csvUnknown:e=>`Unknown columns: ${e}`,csvNoUsers:"No users in the file",csvExtra:"more fields than columns",csvDuplicate:e=>`the same as on line ${e}`,csvLine:(e,t,n)=>`Line ${e}: ${t?`${t}: `:""}${n}`,csvField:{first_name:"first name",last_name:"last name",username:"user name",email:"email",extension:"extension",password:"password"},csvMade:(e,t)=>`${e} of ${t} users made.`,stepMail:"Mail relay",mailRelay:"Mail relay (SMTP)",mailRelayHint:"The server the box sends its mails through: voicemail to email and missed-call alerts.",relayServer:"Server (host name or address)",relayHost:"A host name or IP address",port:"Port",relayPort:"A port from 1 to 65535",relayTls:"Encryption",tlsModes:{if_available:"STARTTLS when offered",always:"TLS always",never:"None"},relayUser:"Login (empty: none)",relayPasswordKeep:"Password (empty: keep the one set)",relayFrom:"Sender address",testTo:"Send a test mail to",sendTest:"Send a test mail",sending:"Sending\u2026",testSent:e=>`Sent to ${e}: the relay took it.`,stepLine:"Outside line",outsideLines:"Outside lines",noLines:"No outside line yet.",addLine:"Add an outside line",lineServer:"Provider's server",lineNumber:"Number or SIP user name",lineAuth:"Login, if not the number",linePassword:"SIP password",lineRealm:"Domain (realm), if not the server",lineRegister:"Register with the provider",lineStates:{registered:"registered",trying:"registering\u2026",failed:"registration failed",not_registering:"not registering"},ringMyPhone:"Ring my phone",ringPhonePick:"Phone to ring",ringPhoneHint:"The phone rings; answer it and the box says its extension, then goodbye.",ringing:e=>`Ringing ${e}: answer it.`,noRegisteredPhone:"No phone is registered yet: connect one (or a softphone), then come back to this step.",call:"Call",callFrom:e=>`Call from ${e}`,callNumber:"Number to call",callStarted:(e,t)=>`${e} rings: answer it to call ${t}.`,actions:"Actions",editLine:e=>`Edit the outside line ${e}`,confirmDeleteLine:e=>`Delete the outside line ${e}? Calls out no longer use it.`,fxoLines:"Analog lines (FXO)",fxoStates:{idle:"up",busy:"in use",down:"down"},fxoDialTone:{yes:"dial tone",no:"no dial tone",checking:"checking for dial tone\u2026",unknown:"dial tone not checked yet"},fxoUse:"Use as outside line",fxoInUse:e=>`Outside line: ${e}`,fxoLineName:e=>`Analog line ${e}`,backup:"Backup",backupHint:"Everything the box stores (users, phones, numbers, voicemail, settings) in one file. Restoring a backup replaces all of it.",downloadBackup:"Download backup",downloading:"Preparing the backup\u2026",backupSaved:(e,t)=>`Saved ${e} (${(t/1024).toFixed(0)} KB).`,restoreFile:"Backup file to restore",restoreBackup:"Restore from backup",pickBackup:"Pick a backup file",confirmRestore:e=>`Replace everything on the box with the backup ${e}? What changed since it was taken is lost.`,restoring:"Restoring\u2026",restored:e=>`Restored from a backup of ${(e/1024).toFixed(0)} KB.`,restoredSignIn:"Restored. Your sign-in is not in the restored data: sign in with an account from the backup.",tlsCertificate:"Certificate (HTTPS and SIP over TLS)",certSubject:"Issued to",certIssuer:"Issued by",certExpiry:"Expires",noName:"(no name)",certFile:"Certificate (PEM)",keyFile:"Private key (PEM)",pemHint:"Pick the file or paste its text.",pemFile:e=>`${e}: file`,pickPem:"A PEM text is needed",uploadCertificate:"Install certificate",certInstalled:"Certificate installed: the box uses it now.",banThresholds:"Ban thresholds",banThresholdsHint:"A source address that fails SIP authentication this many times within the window is banned (0: never); one that fails to sign in (panel, API, phone provisioning) this many times within 5 minutes too.",banFailures:"Failed authentications",banWindow:"Within (seconds)",banSeconds:"Ban for (seconds)",loginFailures:"Failed sign-ins",loginBanSeconds:"Sign-in ban (seconds)",wholeNumber:(e,t)=>`A whole number from ${e} to ${t}`};function k({id:e,label:t,value:n,onInput:r,error:s,type:a="text",required:i,autocomplete:u,inputmode:d}){let c=`${e}-error`;return l`<div class="field">
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
      aria-describedby=${s?c:void 0}
      onInput=${f=>r(f.target.value)}
    />
    ${s&&l`<p class="error" id=${c} role="alert">${s}</p>`}
  </div>`}function x({message:e}){return e?l`<p class="banner" role="alert">${e}</p>`:null}function q({id:e,label:t,checked:n,onChange:r}){return l`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${s=>r(s.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function Nn(){let[e,t]=$({account:"",username:"",password:""}),[n,r]=$(!1),[s,a]=$(""),i=d=>c=>t({...e,[d]:c});async function u(d){d.preventDefault(),r(!0),a("");try{await En(e.account.trim(),e.username.trim(),e.password)}catch(c){a(c.status===401?o.badLogin:c.message),r(!1)}}return l`<main class="login">
    <form onSubmit=${u} aria-label=${o.login}>
      <h1>${o.app}</h1>
      <${x} message=${s} />
      <${k} id="account" label=${o.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${k} id="username" label=${o.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${k} id="password" label=${o.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?o.signingIn:o.login}</button>
    </form>
  </main>`}var dr=5e3;async function ur(){let e=await y("resources?paginate=false");return(await Promise.all(e.map(n=>y(`resources/${n.id}/status`).then(r=>[n,r])))).flatMap(([n,r])=>r.gateways.filter(s=>s.state==="failed").map(s=>o.trunkDown(n.name||n.id,s.server)))}var On=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function mr(){let[e,t,n]=await Promise.all([y("devices?with_status=true&paginate=false"),y("channels"),y("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function fr(e){var n;let t={};for(let r of e){let s=t[n=r.device_type||"sip_device"]||(t[n]=[0,0]);s[0]+=1,r.registered&&(s[1]+=1)}return Object.entries(t).map(([r,[s,a]])=>[r,s,a]).sort((r,s)=>s[1]-r[1]||r[0].localeCompare(s[0]))}var pr=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function $r(){let[e,t,n,r,s,a,i]=await Promise.all([y("users?paginate=false"),y("phone_numbers"),On(D("GET","system_status").then(d=>d.data),null),On(y("sip_bans"),[]),ur(),y("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),y("conferences?paginate=false")]),u=Object.values(t.numbers||{});return{users:e.length,numbers:u.length,spare:u.filter(d=>!d.used_by).length,version:n&&n.software_version,provider:n&&{address:n.provider_address},clockUnset:!!(n&&n.clock&&n.clock.set===!1),main:pr(a.flatMap(d=>d.numbers||[])),conference:i.flatMap(d=>d.conference_numbers||[]),box:n&&_r(n),alerts:[...r.map(d=>o.banned(d.ip,d.reason)),...s,...n?gr(n):[]]}}var _t=1024**3,hr=.9,br=30;function _r({storage:e,last_backup:t,certificate:n}){return{storage:e?o.storageUse((e.total_bytes-e.free_bytes)/_t,e.total_bytes/_t):o.unknown,backup:t?o.backupAt(new Date(t.time_unix*1e3).toISOString().slice(0,16).replace("T"," ")):o.neverBackedUp,cert:n?o.certExpires(new Date(n.expires_unix*1e3).toISOString().slice(0,10),n.days_left):o.unknown}}function gr({storage:e,certificate:t}){let n=[];return e&&e.total_bytes&&1-e.free_bytes/e.total_bytes>=hr&&n.push(o.diskFull(Math.round(e.free_bytes/_t*10)/10)),t&&t.days_left<br&&n.push(t.days_left<0?o.certExpired:o.certSoon(t.days_left)),n}function le({id:e,label:t,value:n}){return l`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function Mn(){let[e,t]=$(null),[n,r]=$(null),[s,a]=$("");S(()=>{$r().then(t,f=>a(f.message));let d=()=>mr().then(r,f=>a(f.message));d();let c=setInterval(d,dr);return()=>clearInterval(c)},[]);let i=n?n.devices.filter(d=>d.registered).length:"\u2026",u=n?n.ports.filter(d=>d.state==="down"||d.alarm).map(d=>o.portDown(d.name,d.alarm)):[];return l`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${o.dashboard}</h2>
    <${x} message=${s} />
    ${e&&e.clockUnset&&l`<p class="banner" role="alert" data-alert="clock">${o.clockUnset}</p>`}
    <div class="tiles">
      <${le} id="users" label=${o.users} value=${e?e.users:"\u2026"} />
      <${le} id="devices" label=${o.devices} value=${n?n.devices.length:"\u2026"} />
      <${le} id="registered" label=${o.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${le} id="calls" label=${o.callsNow} value=${n?n.calls:"\u2026"} />
      <${le} id="numbers" label=${o.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&l`<${le} id="version" label=${o.softwareVersion} value=${e.version} />`}
    </div>
    ${n&&l`<h3>${o.devicesByType}</h3>
      <ul class="by-type">
        ${fr(n.devices).map(([d,c,f])=>l`<li key=${d} data-type=${d}>${o.deviceTypes[d]||d}: ${o.registeredOf(f,c)}</li>`)}
      </ul>`}
    ${n&&n.ports.length>0&&l`<h3>${o.analogPorts}</h3>
      <ul class="ports">
        ${n.ports.map(d=>l`<li key=${d.name} data-port=${d.name}><span class=${d.state==="down"?"dot":"dot on"}>${d.name} · ${o.portStates[d.state]||d.state}</span></li>`)}
      </ul>`}
    ${e&&l`<dl class="facts">
      <dt>${o.mainNumbers}</dt><dd data-fact="main">${e.main.join(", ")||o.noneSet}</dd>
      <dt>${o.conferenceNumbers}</dt><dd data-fact="conference">${e.conference.join(", ")||o.noneSet}</dd>
      ${e.box&&l`<dt>${o.storage}</dt><dd data-fact="storage">${e.box.storage}</dd>
        <dt>${o.lastBackup}</dt><dd data-fact="backup">${e.box.backup}</dd>
        <dt>${o.certificate}</dt><dd data-fact="certificate">${e.box.cert}</dd>`}
      ${e.provider&&l`<dt>${o.providerAddress}</dt><dd data-fact="provider-address">${e.provider.address||o.providerAddressOwn}</dd>`}
    </dl>`}
    <h3>${o.alerts}</h3>
    ${e&&([...e.alerts,...u].length?l`<ul class="alerts">${[...e.alerts,...u].map(d=>l`<li key=${d}>${d}</li>`)}</ul>`:l`<p class="ok">${o.noAlerts}</p>`)}
  </section>`}var z=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),vt=e=>`${e.first_name} ${e.last_name}`.trim();function gt(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,r=>t[r%t.length]).join("")}function yt(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:vt(t),number:t.extension}},ui_metadata:z()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}function Ie(e,t,n){return{...e,type:"mainUserCallflow",owner_id:t.id,name:o.callflowOf(vt(t)),numbers:[n],contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:{}},ui_metadata:z()}}function wt(e){return{device_type:"sip_device",name:o.phoneOf(vt(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${gt(10)}`,password:gt(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:z()}}var _e=15;function xt(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||z()}}function kt(e,t,n){let r=Math.max(...n.members.map(s=>s.delay+s.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[gt(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:r,repeats:n.repeats,endpoints:n.members.map(s=>({id:s.id,endpoint_type:"user",delay:s.delay,timeout:s.timeout}))},children:{}},ui_metadata:e.ui_metadata||z()}}var vr=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function St(e,t,n,r){return{...e,name:r.name,type:"userGroup",group_id:t.id,numbers:[r.extension],flow:{module:"callflow",data:{id:n.id},children:{_:vr(r.next_vmbox)}},ui_metadata:e.ui_metadata||z()}}function Fn(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((r,s)=>({...r,delay:s*n,timeout:n}))}function yr(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:null}function wr(e,t){if(!(t instanceof R))throw t;let n={},r=[];for(let[s,a]of Object.entries(t.fields)){let i=yr(e,s);i?n[i]=a:r.push(`${s}: ${a}`)}throw t.fields=n,r.length&&(t.message=r.join("; ")),t}async function ne(e,t,n){try{return await t()}catch(r){for(let s of n.reverse())await s().catch(()=>{});wr(e,r)}}async function Ae(e){let t=[],n=await ne("users",()=>E("users",yt({},e)),t);t.push(()=>M(`users/${n.id}`));let r=await ne("callflows",()=>E("callflows",Ie({},n,e.extension)),t);return t.push(()=>M(`callflows/${r.id}`)),e.phone&&await ne("devices",()=>E("devices",wt(n)),t),n}async function Tn(e,t,n){let r=await y(`users/${e}`),s=await ne("users",()=>U(`users/${e}`,yt(r,t)),[]);if(n){let a=await y(`callflows/${n}`);await ne("callflows",()=>U(`callflows/${n}`,Ie(a,s,t.extension)),[])}else await ne("callflows",()=>E("callflows",Ie({},s,t.extension)),[]);return t.phone&&await ne("devices",()=>E("devices",wt(s)),[]),s}async function Dn(e){let[t,n]=await Promise.all([y(`callflows?filter_owner_id=${e}&paginate=false`),y(`devices?filter_owner_id=${e}&paginate=false`)]);for(let r of[...t.map(s=>`callflows/${s.id}`),...n.map(s=>`devices/${s.id}`)])await M(r);await M(`users/${e}`)}var xr=5e3;function Ct({ownerId:e}){let[t,n]=$([]),[r,s]=$("");return S(()=>{let a=!0;D("GET",`accounts/${C.value.account}`).then(d=>a&&s(d.data.realm||""));async function i(){let d=await y(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),c=await Promise.all(d.map(f=>y(`devices/${f.id}`)));a&&n(c.map((f,m)=>({...f,registered:d[m].registered})))}i().catch(()=>{});let u=setInterval(()=>i().catch(()=>{}),xr);return()=>{a=!1,clearInterval(u)}},[e]),t.map(a=>l`<div class="card" key=${a.id} aria-label=${o.sipCredentials}>
      <h3>${o.sipCredentials}: ${a.name}</h3>
      <dl>
        <dt>${o.sipUser}</dt><dd class="sip-user">${a.sip&&a.sip.username}</dd>
        <dt>${o.sipPassword}</dt><dd class="sip-password">${a.sip&&a.sip.password}</dd>
        <dt>${o.sipRealm}</dt><dd>${r}</dd>
        <dt>${o.status}</dt><dd class=${a.registered?"dot on":"dot"}>${a.registered?o.registered:o.notRegistered}</dd>
      </dl>
    </div>`)}function Et(e,t){return e.length<12?o.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(r=>r.test(e)).length<3?o.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?o.pwUsername:""}function ce({username:e,onDone:t}){let[n,r]=$({old:"",next:"",again:""}),[s,a]=$({}),[i,u]=$(""),[d,c]=$(!1),[f,m]=$(!1),b=h=>_=>r({...n,[h]:_});async function p(h){h.preventDefault(),m(!1);let _={};n.old||(_.old=o.required);let g=Et(n.next,e);if(g?_.next=g:n.next===n.old&&(_.next=o.pwSame),n.again!==n.next&&(_.again=o.pwMismatch),a(_),!Object.keys(_).length){c(!0),u("");try{if(!await Pn(e,n.old)){a({old:o.pwOldWrong});return}await G(`users/${C.value.owner}`,{password:n.next,require_password_update:!1}),r({old:"",next:"",again:""}),m(!0),t&&t()}catch(v){a(v.fields||{}),u(v.message)}finally{c(!1)}}}return l`<form onSubmit=${p} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${o.changePassword}</h3>
    <p class="hint">${o.pwRules}</p>
    <${x} message=${i} />
    <${k} id="pw_old" label=${o.pwOld} type="password" value=${n.old} onInput=${b("old")} error=${s.old} autocomplete="current-password" />
    <${k} id="pw_new" label=${o.pwNew} type="password" value=${n.next} onInput=${b("next")} error=${s.next||s.password} autocomplete="new-password" />
    <${k} id="pw_again" label=${o.pwAgain} type="password" value=${n.again} onInput=${b("again")} error=${s.again} autocomplete="new-password" />
    ${f&&l`<p class="ok" role="status">${o.pwChanged}</p>`}
    <button type="submit" disabled=${d}>${d?o.saving:o.changePassword}</button>
  </form>`}var Z=j(void 0),In=null;async function Ue(){let e=C.value.account;if(In===e&&Z.value!==void 0)return Z.value;let{data:t}=await D("GET",`accounts/${e}`);return In=e,Z.value=t.edgepbx&&t.edgepbx.extension_length||null,Z.value}function Pt(e,t){return t&&e&&e.length!==t?o.extLength(t):null}async function An(e){let t=await y("callflows?paginate=false"),n=new Set(t.flatMap(s=>s.numbers||[])),r=10**e;for(let s=10**(e-1);s<r;s++)if(!n.has(String(s)))return String(s);return""}function Nt(e,t,n){let r={};for(let a of["first_name","last_name","username","extension"])e[a].trim()||(r[a]=o.required);e.extension&&!/^\d{2,8}$/.test(e.extension)?r.extension=o.extDigits:Pt(e.extension,n)&&(r.extension=Pt(e.extension,n));let s=(t||e.password)&&Et(e.password,e.username);return s&&(r.password=s),r}function Le({user:e,onDone:t}){let n=!e.id,[r,s]=$({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n}),[a,i]=$({}),[u,d]=$(""),[c,f]=$(!1),[m,b]=$(null),p=w=>N=>s({...r,[w]:N}),[h,_]=$("");S(()=>{Ue().then(w=>n&&!r.extension&&w&&An(w)).then(w=>{w&&(_(w),s(N=>N.extension?N:{...N,extension:w}))}).catch(()=>{})},[]);async function g(w){w.preventDefault();let N=Nt(r,n,Z.value);if(i(N),d(""),!Object.keys(N).length){f(!0);try{let P=n?await Ae(r):await Tn(e.id,r,e.callflow&&e.callflow.id);n||r.phone?b(P):t()}catch(P){i(P.fields||{}),d(`${o.failed} ${P.message}`)}f(!1)}}if(m)return l`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${m.first_name} ${m.last_name}</h2>
      <${Ct} ownerId=${m.id} />
      <button onClick=${()=>t({...m,extension:r.extension})}>${o.users}</button>
    </section>`;let v=e.devices&&e.devices.length>0;return l`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?o.addUser:o.editUser}</h2>
    <form onSubmit=${g} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="first_name" label=${o.firstName} value=${r.first_name} onInput=${p("first_name")} error=${a.first_name} required />
        <${k} id="last_name" label=${o.lastName} value=${r.last_name} onInput=${p("last_name")} error=${a.last_name} required />
        <${k} id="username" label=${o.username} value=${r.username} onInput=${p("username")} error=${a.username} required autocomplete="off" />
        <${k} id="email" label=${o.email} type="email" value=${r.email} onInput=${p("email")} error=${a.email} />
        <${k} id="new_password" label=${o.password} type="password" value=${r.password} onInput=${p("password")} error=${a.password} required=${n} autocomplete="new-password" />
        <${k} id="extension" label=${o.extension} value=${r.extension} onInput=${p("extension")} error=${a.extension} required inputmode="numeric" />
      </div>
      ${h&&l`<p class="hint" id="extension-proposed">${o.extProposed(h)}</p>`}
      ${!v&&l`<div class="check">
        <input type="checkbox" id="phone" checked=${r.phone} onChange=${w=>s({...r,phone:w.target.checked})} />
        <label for="phone">${o.deskPhone}</label>
      </div>`}
      <div class="bar">
        <button type="submit" disabled=${c}>${c?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
    ${v&&l`<${Ct} ownerId=${e.id} />`}
  </section>`}async function kr(){let[e,t,n]=await Promise.all([y("users?paginate=false"),y("callflows?filter_type=mainUserCallflow&paginate=false"),y("devices?with_status=true&paginate=false")]);return e.map(r=>{let s=t.find(a=>a.owner_id===r.id);return{...r,callflow:s,extension:s&&s.numbers?s.numbers[0]:"",devices:n.filter(a=>a.owner_id===r.id)}})}function Un(){let[e,t]=$(null),[n,r]=$(null),[s,a]=$(""),i=()=>kr().then(t,d=>a(d.message));S(i,[]);async function u(d){if(confirm(o.confirmDelete(`${d.first_name} ${d.last_name}`))){try{await Dn(d.id)}catch(c){a(c.message)}i()}}return n?l`<${Le}
      user=${n}
      onDone=${()=>{r(null),i()}}
    />`:l`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${o.users}</h2>
      <button onClick=${()=>r({})}>${o.addUser}</button>
    </div>
    <${x} message=${s} />
    ${e?e.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.users}>
            <thead><tr><th>${o.name}</th><th>${o.username}</th><th>${o.extension}</th><th>${o.devices}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(d=>l`<tr key=${d.id} data-user=${d.username}>
                  <td data-label=${o.name}>${d.first_name} ${d.last_name}</td>
                  <td data-label=${o.username}>${d.username}</td>
                  <td data-label=${o.extension} class="ext">${d.extension}</td>
                  <td data-label=${o.devices}>
                    ${d.devices.map(c=>l`<span class=${c.registered?"dot on":"dot"}>${c.name} · ${c.registered?o.registered:o.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>r(d)} aria-label=${`${o.edit} ${d.username}`}>${o.edit}</button>
                    ${d.id!==C.value.owner&&l`<button class="danger" onClick=${()=>u(d)} aria-label=${`${o.del} ${d.username}`}>${o.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}function Ln(){let[e,t]=$(null),[n,r]=$(""),[s,a]=$(""),[i,u]=$("");S(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([c,f])=>{let m=p=>f.find(h=>h.id===p),b=c.filter(p=>p.registered).map(p=>{let h=m(p.owner_id);return{id:p.id,label:h?`${h.first_name} ${h.last_name} \xB7 ${p.name}`:p.name}});t(b),b.length&&r(b[0].id)},c=>u(c.message))},[]);let d=async()=>{u(""),a("");try{await E(`devices/${n}/ring_test`,{}),a(o.ringing(e.find(c=>c.id===n).label))}catch(c){u(c.message)}};return e?l`<div class="ring-my-phone">
    <h3>${o.ringMyPhone}</h3>
    ${e.length===0?l`<p class="hint">${o.noRegisteredPhone}</p>`:l`<div class="field">
            <label for="ring-phone">${o.ringPhonePick}</label>
            <select id="ring-phone" value=${n} onChange=${c=>r(c.target.value)}>
              ${e.map(c=>l`<option key=${c.id} value=${c.id}>${c.label}</option>`)}
            </select>
            <p class="hint">${o.ringPhoneHint}</p>
          </div>
          <button type="button" onClick=${d}>${o.ringMyPhone}</button>`}
    ${s&&l`<p role="status">${s}</p>`}
    <${x} message=${i} />
  </div>`:l`<${x} message=${i} />`}function Bn({device:e}){let[t,n]=$(!1),[r,s]=$(""),[a,i]=$(""),[u,d]=$(""),[c,f]=$("");return t?l`<form class="call-from" onSubmit=${async b=>{b.preventDefault(),d(""),f(""),i("");try{await y(`devices/${e.id}/quickcall/${encodeURIComponent(r)}?auto_answer=false`),i(o.callStarted(e.name,r))}catch(p){p.fields&&p.fields.number?f(p.fields.number):d(p.message)}}}>
    <${k} id=${`call-${e.id}`} label=${o.callNumber} value=${r} onInput=${s} error=${c} inputmode="tel" required />
    <button type="submit">${o.call}</button>
    ${a&&l`<p role="status">${a}</p>`}
    <${x} message=${u} />
  </form>`:l`<button type="button" class="plain" aria-label=${o.callFrom(e.name)} onClick=${()=>n(!0)}>
      ${o.call}
    </button>`}function Rn(){let[e,t]=$(null),[n,r]=$("");return S(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([s,a])=>{let i=u=>a.find(d=>d.id===u);t(s.map(u=>({...u,owner:i(u.owner_id)})))},s=>r(s.message))},[]),l`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${o.devices}</h2>
    <${x} message=${n} />
    ${e?e.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.devices}>
            <thead><tr><th>${o.name}</th><th>${o.type}</th><th>${o.sipUser}</th><th>${o.owner}</th><th>${o.status}</th><th>${o.actions}</th></tr></thead>
            <tbody>
              ${e.map(s=>l`<tr key=${s.id}>
                  <td data-label=${o.name}>${s.name}</td>
                  <td data-label=${o.type}>${s.device_type}</td>
                  <td data-label=${o.sipUser}>${s.username}</td>
                  <td data-label=${o.owner}>${s.owner?`${s.owner.first_name} ${s.owner.last_name}`:""}</td>
                  <td data-label=${o.status}><span class=${s.registered?"dot on":"dot"}>${s.registered?o.registered:o.notRegistered}</span></td>
                  <td data-label=${o.actions}>${s.registered&&l`<${Bn} device=${s} />`}</td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}var Sr=86400,Cr=62167219200;function Er({leg:e}){return l`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function Pr({call:e,withLegs:t}){let[n,r]=$(null),[s,a]=$(!1);async function i(){a(!s),n||r(await y(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return l`<tr class="call" data-call=${e.call_id}>
      <td data-label=${o.when}>${t?l`<button class="plain" aria-expanded=${s} onClick=${i}>${e.datetime}</button>`:e.datetime}</td>
      <td data-label=${o.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${o.to}>${e.dialed_number}</td>
      <td data-label=${o.duration}>${e.duration_seconds}s</td>
      <td data-label=${o.result}>${e.hangup_cause}</td>
    </tr>
    ${s&&l`<tr class="legs"><td colspan="5">
      <h3>${o.legs}</h3>
      ${n?l`<ul>${n.map(u=>l`<${Er} key=${u.id} leg=${u} />`)}</ul>`:o.loading}
    </td></tr>`}`}function jn({path:e,title:t,withLegs:n}){let[r,s]=$(null),[a,i]=$("");return S(()=>{let u=Math.floor(Date.now()/1e3)+Cr;y(`${e}?created_from=${u-7*Sr}&created_to=${u+60}&page_size=100`).then(s,d=>i(d.message))},[]),l`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${x} message=${a} />
    ${r?r.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${t}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.to}</th><th>${o.duration}</th><th>${o.result}</th></tr></thead>
            <tbody>${r.map(u=>l`<${Pr} key=${u.id} call=${u} withLegs=${n} />`)}</tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}var Hn=()=>l`<${jn} path="cdrs/interaction" title=${o.callLogs} withLegs=${!0} />`,Gn=()=>l`<${jn} path=${`users/${C.value.owner}/cdrs`} title=${o.myCalls} withLegs=${!1} />`;var Nr=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],Or=["undefinedMainNumber","0"],Be=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],ge=e=>({module:"callflow",data:{id:e},children:{}});async function Wn(){let e=await y("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(i=>[i.name,i]));for(let i of Nr){if(t[i])continue;let u=t[`${i}Menu`]||await Mr(`${i}Menu`);t[i]=await E("callflows",{name:i,type:"main",numbers:[i],flow:ge(u.id),ui_metadata:z()})}let n=t.MainCallflow||await E("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:ge(t.MainOpenHours.id)}},ui_metadata:z()}),[r,s]=await Promise.all([y(`callflows/${n.id}`),y("temporal_rules?paginate=false")]),a=await Promise.all(s.filter(i=>i.name==="MainOpenHours"||i.name==="MainLunchHours").map(i=>y(`temporal_rules/${i.id}`)));return{main:r,parts:t,open:a.filter(i=>i.type==="main_weekdays"),lunch:a.filter(i=>i.type==="main_lunchbreak")}}async function Mr(e){let t=await E("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:z()});return E("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:z()})}var qn=e=>(e.numbers||[]).filter(t=>!Or.includes(t));async function Vn(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=z(),e.main=await U(`callflows/${n.id}`,n)}var zn=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},Ot=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`;async function Yn(e,t){let[n,...r]=e.open;for(let f of r)await M(`temporal_rules/${f.id}`);let s=[];if(t){let f={...n||{},name:"MainOpenHours",type:"main_weekdays",cycle:"weekly",interval:1,wdays:t.wdays,time_window_start:zn(t.start),time_window_stop:zn(t.stop),ui_metadata:z()};s=[n?await U(`temporal_rules/${n.id}`,f):await E("temporal_rules",f)]}else n&&await M(`temporal_rules/${n.id}`);let{parts:a,main:i}=e,u=new Set([...e.lunch,...e.open,...s].map(f=>f.id)),d=(i.flow&&i.flow.data&&i.flow.data.rules||[]).filter(f=>!u.has(f)),c={};for(let f of d)c[f]=i.flow.children[f];for(let f of e.lunch)c[f.id]=ge(a.MainLunchHours.id);for(let f of s)c[f.id]=ge(a.MainOpenHours.id);c._=ge(s.length?a.MainAfterHours.id:a.MainOpenHours.id),i.flow={module:"temporal_route",data:{rules:[...d,...[...e.lunch,...s].map(f=>f.id)]},children:c},i.ui_metadata=z(),e.main=await U(`callflows/${i.id}`,i),e.open=s}function Fr({strategy:e,onSaved:t}){let[n,r]=$(""),[s,a]=$(""),i=qn(e.main);async function u(c){a("");try{await Vn(e,c),r(""),t()}catch(f){a(Object.values(f.fields||{})[0]||f.message)}}function d(c){c.preventDefault();let f=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(f))return a(o.badNumber);u([...i,f])}return l`<form onSubmit=${d} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${o.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(c=>l`<li key=${c}>
          <span class="main-number">${c}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${c}`} onClick=${()=>u(i.filter(f=>f!==c))}>${o.remove}</button>
        </li>`)}
    </ul>
    <${k} id="main_number" label=${o.number} value=${n} onInput=${r} error=${s} inputmode="tel" />
    <button type="submit">${o.addNumber}</button>
  </form>`}function Tr({strategy:e,onSaved:t}){let n=e.open[0],[r,s]=$(!!n),[a,i]=$(n?n.wdays||[]:Be.slice(0,5)),[u,d]=$(n?Ot(n.time_window_start||0):"09:00"),[c,f]=$(n?Ot(n.time_window_stop||0):"17:00"),[m,b]=$(""),[p,h]=$(!1),_=v=>i(a.includes(v)?a.filter(w=>w!==v):Be.filter(w=>w===v||a.includes(w)));async function g(v){if(v.preventDefault(),h(!1),r&&!a.length)return b(o.pickDay);if(r&&!(u<c))return b(o.badHours);b("");try{await Yn(e,r?{wdays:a,start:u,stop:c}:null),h(!0),t()}catch(w){b(Object.entries(w.fields||{}).map(([N,P])=>`${N}: ${P}`).join("; ")||w.message)}}return l`<form onSubmit=${g} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${o.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!r} onChange=${()=>s(!1)} /><label for="h24">${o.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${r} onChange=${()=>s(!0)} /><label for="hcustom">${o.openCustom}</label></div>
    ${r&&l`<fieldset>
      <legend class="sr">${o.openCustom}</legend>
      <div class="days">
        ${Be.map(v=>l`<span class="check"><input type="checkbox" id=${"day-"+v} checked=${a.includes(v)} onChange=${()=>_(v)} /><label for=${"day-"+v}>${o.wday[v]}</label></span>`)}
      </div>
      <div class="grid">
        <${k} id="opens" label=${o.opens} type="time" value=${u} onInput=${d} />
        <${k} id="closes" label=${o.closes} type="time" value=${c} onInput=${f} />
      </div>
    </fieldset>`}
    ${m&&l`<p class="error" role="alert">${m}</p>`}
    ${p&&l`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}function Re(){let[e,t]=$(null),[n,r]=$(""),[,s]=$(0);S(()=>{Wn().then(t,i=>r(i.message))},[]);let a=()=>s(i=>i+1);return l`<section aria-labelledby="main-h">
    <h2 id="main-h">${o.mainNumber}</h2>
    <${x} message=${n} />
    ${e?l`<div class="stack">
          <${Fr} strategy=${e} onSaved=${a} />
          <${Tr} strategy=${e} onSaved=${a} />
        </div>`:!n&&l`<p>${o.loading}</p>`}
  </section>`}var Mt=j(0);function je(){let e=`accounts/${C.value.account}`,[t,n]=$(null),[r,s]=$(null),[a,i]=$({}),[u,d]=$(""),[c,f]=$(!1);S(()=>{Promise.all([D("GET","countries"),D("GET",e)]).then(([p,{data:h}])=>{let _=h.edgepbx||{};n(p.data),s({country:_.country||"",extension_length:_.extension_length?String(_.extension_length):"",timezone:null,language:h.language||""})},p=>d(p.message))},[]);function m(p){let h=t.find(_=>_.code===p);s({...r,country:p,...h?{timezone:h.timezone,language:h.language}:{}})}async function b(p){p.preventDefault(),f(!1);let h={};if(r.extension_length&&!/^[2-8]$/.test(r.extension_length)&&(h.extension_length=o.extLengthRange),i(h),d(""),Object.keys(h).length)return;let g={edgepbx:{country:r.country||null,extension_length:r.extension_length?Number(r.extension_length):null},language:r.language||null};r.timezone&&(g.timezone=r.timezone);try{await D("PATCH",e,g),Z.value=void 0,Mt.value++,f(!0)}catch(v){let w={};for(let[N,P]of Object.entries(v.fields||{}))w[N.replace(/^edgepbx\./,"")]=P;i(w),d(v.message)}}return r?l`<form onSubmit=${b} aria-labelledby="locale-h" novalidate>
    <h3 id="locale-h">${o.locale}</h3>
    <p class="hint">${o.localeHint}</p>
    <${x} message=${u} />
    <div class="field">
      <label for="country">${o.country}</label>
      <select id="country" value=${r.country} onChange=${p=>m(p.target.value)}>
        <option value="">${o.countryNone}</option>
        ${t.map(p=>l`<option key=${p.code} value=${p.code}>${p.name}</option>`)}
      </select>
      ${a.country&&l`<p class="error" role="alert">${a.country}</p>`}
    </div>
    ${r.timezone&&l`<p class="hint" id="proposed_zone">${o.proposedZone(r.timezone)}</p>`}
    <${k} id="language" label=${o.promptLanguage} value=${r.language} onInput=${p=>s({...r,language:p})} error=${a.language} />
    <${k} id="extension_length" label=${o.extensionLength} value=${r.extension_length} onInput=${p=>s({...r,extension_length:p})} error=${a.extension_length} inputmode="numeric" />
    ${c&&l`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`:l`<${x} message=${u} />${!u&&l`<p>${o.loading}</p>`}`}var Ft=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function He({onDone:e}){let t=`accounts/${C.value.account}`,[n,r]=$(null),[s,a]=$({}),[i,u]=$(""),[d,c]=$(!1);S(()=>{D("GET",t).then(({data:b})=>r({name:b.name||"",timezone:b.timezone||"UTC"}),b=>u(b.message))},[Mt.value]);async function f(b){if(b.preventDefault(),c(!1),!n.name.trim())return a({name:o.required});a({}),u("");try{await D("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),C.value={...C.value,accountName:n.name.trim()},c(!0),e&&e()}catch(p){a(p.fields||{}),u(p.message)}}if(!n)return l`<${x} message=${i} />${!i&&l`<p>${o.loading}</p>`}`;let m=Ft.includes(n.timezone)?Ft:[n.timezone,...Ft];return l`<form onSubmit=${f} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${o.office}</h3>
    <${x} message=${i} />
    <${k} id="office_name" label=${o.officeName} value=${n.name} onInput=${b=>r({...n,name:b})} error=${s.name} />
    <div class="field">
      <label for="timezone">${o.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${b=>r({...n,timezone:b.target.value})}>
        ${m.map(b=>l`<option key=${b} value=${b}>${b}</option>`)}
      </select>
      ${s.timezone&&l`<p class="error" role="alert">${s.timezone}</p>`}
    </div>
    ${d&&l`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}function Xn(e){let t=[],n=[],r="",s=!1,a=1,i=1,u=()=>{n.push(r.trim()),r=""},d=()=>{u(),n.some(c=>c!=="")&&t.push({line:i,fields:n}),n=[],i=a};for(let c=0;c<e.length;c++){let f=e[c];s?f==='"'&&e[c+1]==='"'?(r+='"',c++):f==='"'?s=!1:(f===`
`&&a++,r+=f):f==='"'?s=!0:f===","?u():f===`
`?(a++,d()):f!=="\r"&&(r+=f)}return d(),t}var Zn=["first_name","last_name","username","email","extension","password","phone"],Dr=["first_name","last_name","username","extension","password"],Ir=/^(yes|y|true|1)$/i;function Ar(e,t){let[n,...r]=Xn(e);if(!n)return{problems:[o.csvEmpty]};let s=n.fields.map(f=>f.toLowerCase().replace(/\s+/g,"_")),a=Dr.filter(f=>!s.includes(f));if(a.length)return{problems:[o.csvColumns(a.join(", "))]};let i=s.filter(f=>!Zn.includes(f));if(i.length)return{problems:[o.csvUnknown(i.join(", "))]};let u=[],d={username:new Map,extension:new Map},c=r.map(({line:f,fields:m})=>{let b=Object.fromEntries(Zn.map(_=>[_,m[s.indexOf(_)]??""])),p={...b,phone:Ir.test(b.phone)},h=Nt(p,!0,t);m.length>s.length&&(h.line=o.csvExtra);for(let _ of["username","extension"]){let g=p[_].toLowerCase();g&&d[_].has(g)?h[_]=o.csvDuplicate(d[_].get(g)):d[_].set(g,f)}for(let[_,g]of Object.entries(h))u.push(o.csvLine(f,_==="line"?"":o.csvField[_]||_,g));return{line:f,form:p}});return r.length||u.push(o.csvNoUsers),{forms:c,problems:u}}function Kn({onAdded:e}){let[t,n]=$([]),[r,s]=$(""),[a,i]=$(!1);async function u(d){let c=d.target.files[0];if(s(""),!c)return;let f=await Ue().catch(()=>null),{forms:m,problems:b}=Ar(await c.text(),f);if(n(b),b.length)return;i(!0);let p=[],h=0;for(let{line:_,form:g}of m)try{let v=await Ae(g);h++,e({...v,extension:g.extension})}catch(v){let w=Object.entries(v.fields||{}).map(([N,P])=>o.csvLine(_,o.csvField[N]||N,P));p.push(...w.length?w:[o.csvLine(_,"",v.message)])}n(p),s(o.csvMade(h,m.length)),i(!1),d.target.value=""}return l`<div class="card">
    <h3>${o.csvImport}</h3>
    <p class="hint">${o.csvHint}</p>
    <div class="field">
      <label for="csv_file">${o.csvFile}</label>
      <input id="csv_file" type="file" accept=".csv,text/csv" disabled=${a} onChange=${u} />
    </div>
    ${r&&l`<p class="ok" role="status">${r}</p>`}
    ${t.length>0&&l`<ul class="errors" aria-label=${o.csvProblems}>${t.map(d=>l`<li key=${d} class="error">${d}</li>`)}</ul>`}
  </div>`}var Tt="configs/smtp_client",Jn=/^[^@\s]+@[^@\s]+$/;function Ur(e){let t={};return/^[A-Za-z0-9.:-]{1,253}$/.test(e.relay)||(t.relay=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.from&&!Jn.test(e.from)&&(t.from=o.badEmail(e.from)),t}function Ge(){let[e,t]=$(null),[n,r]=$(""),[s,a]=$({}),[i,u]=$(""),[d,c]=$("");if(S(()=>{y(Tt).then(p=>t({relay:p.relay||"",port:String(p.port||587),tls:p.tls||"if_available",username:p.username||"",password:"",from:p.from||"",passwordSet:!!p.password_set}),p=>u(p.message))},[]),!e)return l`<${x} message=${i} />${!i&&l`<p>${o.loading}</p>`}`;let f=p=>h=>t({...e,[p]:h});async function m(p){p.preventDefault(),c(""),u("");let h=Ur(e);if(a(h),Object.keys(h).length)return;let _={relay:e.relay.trim(),port:Number(e.port),tls:e.tls,username:e.username.trim(),from:e.from.trim()||void 0};e.password&&(_.password=e.password);try{await G(Tt,_),t({...e,password:"",passwordSet:e.passwordSet||!!e.password}),c(o.saved)}catch(g){a(g.fields||{}),u(g.message)}}async function b(){if(c(""),!Jn.test(n.trim()))return a({...s,to:o.badEmail(n)});a({}),c(o.sending);try{await U(`${Tt}/test`,{to:n.trim()}),c(o.testSent(n.trim()))}catch(p){c(""),a(p.fields||{}),Object.keys(p.fields||{}).length||u(p.message)}}return l`<form onSubmit=${m} aria-labelledby="relay-h" novalidate>
    <h3 id="relay-h">${o.mailRelay}</h3>
    <p class="hint">${o.mailRelayHint}</p>
    <${x} message=${i} />
    <div class="grid">
      <${k} id="relay_host" label=${o.relayServer} value=${e.relay} onInput=${f("relay")} error=${s.relay} />
      <${k} id="relay_port" label=${o.port} value=${e.port} onInput=${f("port")} error=${s.port} inputmode="numeric" />
      <div class="field">
        <label for="relay_tls">${o.relayTls}</label>
        <select id="relay_tls" value=${e.tls} onChange=${p=>f("tls")(p.target.value)}>
          ${Object.entries(o.tlsModes).map(([p,h])=>l`<option key=${p} value=${p}>${h}</option>`)}
        </select>
      </div>
      <${k} id="relay_user" label=${o.relayUser} value=${e.username} onInput=${f("username")} error=${s.username} autocomplete="off" />
      <${k} id="relay_password" label=${e.passwordSet?o.relayPasswordKeep:o.password} type="password" value=${e.password} onInput=${f("password")} error=${s.password} autocomplete="new-password" />
      <${k} id="relay_from" label=${o.relayFrom} value=${e.from} onInput=${f("from")} error=${s.from} />
    </div>
    <div class="bar"><button type="submit">${o.save}</button></div>
    <${k} id="relay_test_to" label=${o.testTo} value=${n} onInput=${r} error=${s.to} type="email" />
    <div class="bar"><button type="button" class="plain" onClick=${b}>${o.sendTest}</button></div>
    ${d&&l`<p class="ok" role="status">${d}</p>`}
  </form>`}async function ze(){(await y("callflows?filter_numbers=no_match")).length===0&&await E("callflows",{numbers:["no_match"],flow:{module:"offnet",data:{},children:{}}})}var Dt="^(\\+?\\d{3,15})$",Qn={name:"",server:"",port:"5060",username:"",auth_username:"",password:"",realm:"",register:!0};function Lr(e){let t=e.gateways&&e.gateways[0]||{},n=r=>r==null?"":String(r);return{name:n(e.name),server:n(t.server),port:n(t.port||5060),username:n(t.username),auth_username:n(t.auth_username),password:n(t.password),realm:n(t.realm),register:t.register!==!1}}function Br(e){let t={};return e.name.trim()||(t.name=o.required),/^[A-Za-z0-9.-]{1,253}$/.test(e.server.trim())||(t.server=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.register&&!e.username.trim()&&(t.username=o.required),e.register&&!e.password&&(t.password=o.required),t}function eo(e,t){let n={...e.gateways&&e.gateways[0]||{enabled:!0}};n.server=t.server.trim(),n.port=Number(t.port),n.register=t.register;for(let r of["username","auth_username","realm"])t[r].trim()?n[r]=t[r].trim():delete n[r];return t.password?n.password=t.password:delete n.password,{...e,name:t.name.trim(),gateways:[n,...(e.gateways||[]).slice(1)]}}var Rr={enabled:!0,weight_cost:50,rules:[Dt],gateways:[]};function It({line:e,onDone:t}){let[n,r]=$(e?Lr(e):Qn),[s,a]=$({}),[i,u]=$(""),[d,c]=$(!1),f=h=>_=>r({...n,[h]:_}),m=h=>`line_${h}${e?"_edit":""}`;async function b(h){h.preventDefault(),u("");let _=Br(n);if(a(_),!Object.keys(_).length){c(!0);try{e?await U(`resources/${e.id}`,eo(e,n)):await E("resources",eo(Rr,n)),await ze(),e||r(Qn),c(!1),t(!0)}catch(g){a(Object.fromEntries(Object.entries(g.fields||{}).map(([v,w])=>[v.replace(/^gateways\.0\./,""),w]))),u(`${o.failed} ${g.message}`),c(!1)}}}let p=e?o.editLine(e.name):o.addLine;return l`<form onSubmit=${b} novalidate data-form=${e?"edit-line":"add-line"}>
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
    <${q} id=${m("register")} label=${o.lineRegister} checked=${n.register} onChange=${f("register")} />
    <div class="bar">
      <button type="submit" disabled=${d}>${e?o.save:o.addLine}</button>
      ${e&&l`<button type="button" class="plain" onClick=${()=>t(!1)}>${o.cancel}</button>`}
    </div>
  </form>`}var to=e=>e.filter(t=>t.kind==="fxo"&&t.sip_address).map(t=>{let n=t.sip_address.lastIndexOf(":");return{...t,host:t.sip_address.slice(0,n).replace(/^\[|\]$/g,""),port:Number(t.sip_address.slice(n+1))}}),At=(e,t)=>(e.gateways||[]).some(n=>n.server===t.host&&Number(n.port)===t.port);function jr(e){return e.state==="down"?e.alarm?`${o.fxoStates.down}: ${e.alarm}`:o.fxoStates.down:o.fxoStates[e.state==="idle"?"idle":"busy"]}function Hr(e){return e?e.state==="running"?o.fxoDialTone.checking:e.dial_tone?o.fxoDialTone.yes:o.fxoDialTone.no:o.fxoDialTone.unknown}function no({ports:e,lines:t,onChanged:n}){let[r,s]=$(""),[a,i]=$(!1);if(e.length===0)return null;async function u(d){s(""),i(!0);try{await E("resources",{name:o.fxoLineName(d.name),enabled:!0,weight_cost:50,rules:[Dt],gateways:[{server:d.host,port:d.port,register:!1,enabled:!0}]}),await ze(),n()}catch(c){s(`${o.failed} ${c.message}`)}i(!1)}return l`<div aria-labelledby="fxo-h">
    <h4 id="fxo-h">${o.fxoLines}</h4>
    <${x} message=${r} />
    <ul class="lines">
      ${e.map(d=>{let c=t.find(f=>At(f,d));return l`<li key=${d.name} data-fxo=${d.name}>
          <span class=${d.state==="down"?"dot":"dot on"}>${d.name}${d.number?` (${d.number})`:""} · ${jr(d)} · ${Hr(d.line_test)}</span>
          ${c?l`<span class="hint" data-route>${o.fxoInUse(c.name)}</span>`:l`<button type="button" class="plain" disabled=${a} onClick=${()=>u(d)} aria-label=${`${o.fxoUse}: ${d.name}`}>${o.fxoUse}</button>`}
        </li>`})}
    </ul>
  </div>`}var Gr=5e3;async function zr(){let[e,t]=await Promise.all([y("resources?paginate=false"),y("analog_ports").then(to,()=>[])]);return{lines:await Promise.all(e.map(r=>Promise.all([y(`resources/${r.id}`),y(`resources/${r.id}/status`)]).then(([s,a])=>({...s,gw:a.gateways[0]||{}})))),ports:t}}var Wr=e=>e.state==="failed"&&e.last_error?`${o.lineStates.failed}: ${e.last_error}`:o.lineStates[e.state]||e.state;function qr({line:e,editing:t,onEdit:n,onDone:r,onError:s}){async function a(){if(confirm(o.confirmDeleteLine(e.name)))try{await M(`resources/${e.id}`),r(!0)}catch(i){s(i.message)}}return l`<li data-line=${e.name}>
    <span class=${e.gw.state==="registered"?"dot on":"dot"}>${e.name} · ${Wr(e.gw)}</span>
    ${t?l`<${It} line=${e} onDone=${r} />`:l`<span class="actions">
          <button type="button" class="plain" onClick=${n} aria-label=${`${o.edit}: ${e.name}`}>${o.edit}</button>
          <button type="button" class="plain" onClick=${a} aria-label=${`${o.del}: ${e.name}`}>${o.del}</button>
        </span>`}
  </li>`}function We(){let[e,t]=$(null),[n,r]=$(null),[s,a]=$(""),i=()=>zr().then(t,c=>a(c.message));S(()=>{i();let c=setInterval(i,Gr);return()=>clearInterval(c)},[]);let u=c=>{r(null),c&&i()},d=e?e.lines.filter(c=>!e.ports.some(f=>At(c,f))):[];return l`<div aria-labelledby="lines-h">
    <h3 id="lines-h">${o.outsideLines}</h3>
    <${x} message=${s} />
    ${e?d.length===0?l`<p>${o.noLines}</p>`:l`<ul class="lines">
            ${d.map(c=>l`<${qr} key=${c.id} line=${c} editing=${n===c.id} onEdit=${()=>r(c.id)} onDone=${u} onError=${a} />`)}
          </ul>`:l`<p>${o.loading}</p>`}
    <${It} line=${null} onDone=${u} />
    ${e&&l`<${no} ports=${e.ports} lines=${e.lines} onChanged=${i} />`}
  </div>`}var oe=j(null);async function oo(){let e=await y(`users/${C.value.owner}`);e.require_password_update&&(oe.value={forced:!0,username:e.username})}async function ro(){let e=await y(`users/${C.value.owner}`);oe.value={forced:!1,username:e.username}}function Vr(){let[e,t]=$(!1),[n,r]=$([]);return e?l`<${Le}
      user=${{}}
      onDone=${s=>{t(!1),s&&r([...n,s])}}
    />`:l`<div>
    <h3>${o.firstUsers}</h3>
    <ul class="added">${n.map(s=>l`<li key=${s.username}>${s.first_name} ${s.last_name} · ${s.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${o.addUser}</button>
    <${Kn} onAdded=${s=>r(a=>[...a,s])} />
  </div>`}function so(){let{forced:e,username:t}=oe.value,[n,r]=$(!e),s=[[o.stepPassword,()=>l`<${ce} username=${t} onDone=${()=>r(!0)} />`],[o.stepLocale,()=>l`<${je} />`],[o.stepOffice,()=>l`<${He} />`],[o.stepUsers,()=>l`<${Vr} />`],[o.stepMainNumber,()=>l`<${Re} />`],[o.stepLine,()=>l`<${We} />`],[o.stepMail,()=>l`<${Ge} />`],[o.stepDone,()=>l`<p>${o.wizardDone}</p><${Ln} />`]],[a,i]=$(0),u=a===s.length-1,[d,c]=s[a],f=a===0&&!n;return l`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${o.wizard}</h2>
    <p class="hint">${o.stepOf(a+1,s.length)}: <strong>${d}</strong></p>
    ${f&&l`<p class="banner" role="alert">${o.pwForced}</p>`}
    <div key=${a}>${c()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${a===0} onClick=${()=>i(a-1)}>${o.back}</button>
      ${u?l`<button type="button" onClick=${()=>oe.value=null}>${o.finish}</button>`:l`<button type="button" disabled=${f} onClick=${()=>i(a+1)}>${o.next}</button>`}
    </div>
  </section>`}async function Yr(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":C.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new R(t.status,n);return n.data}function ao(){let[e,t]=$(null),[n,r]=$(!1),[s,a]=$(""),[i,u]=$("");async function d(c){if(c.preventDefault(),a(""),u(""),!e)return a(o.pickBundle);r(!0);try{let f=await Yr(e);u(o.updateInstalled(f&&f.installed))}catch(f){let m=f.body&&f.body.data&&(f.body.data.message||f.body.data.detail);a(`${o.failed} ${f.message}${typeof m=="string"&&m!==f.message?`: ${m}`:""}`)}r(!1)}return l`<form onSubmit=${d} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${o.softwareUpdate}</h3>
    <p class="hint">${o.updateHint}</p>
    <${x} message=${s} />
    <div class="field">
      <label for="bundle">${o.bundle}</label>
      <input id="bundle" type="file" onChange=${c=>t(c.target.files[0]||null)} />
    </div>
    ${i&&l`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?o.uploading:o.install}</button>
  </form>`}function io(){let[e,t]=$(null),[n,r]=$(""),s=()=>y("sip_bans").then(t,i=>i.status===403?t(null):r(i.message));S(s,[]);let a=i=>M(`sip_bans/${encodeURIComponent(i)}`).then(s,u=>r(u.message));return e?l`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${o.sipBans}</h3>
    <${x} message=${n} />
    ${e.length===0?l`<p>${o.noBans}</p>`:l`<ul class="numbers">
          ${e.map(i=>l`<li key=${i.ip} data-ban=${i.ip}>
              <span>${o.banned(i.ip,i.reason)} · ${o.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>a(i.ip)} aria-label=${o.liftBan(i.ip)}>${o.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:l`<${x} message=${n} />`}var lo="system/sip_security",qe=[["failures",0,100],["window_seconds",10,86400],["ban_seconds",10,7*86400],["login_failures",1,100],["login_ban_seconds",10,7*86400]];function co(){let[e,t]=$(null),[n,r]=$({}),[s,a]=$(""),[i,u]=$("");if(S(()=>{D("GET",lo).then(m=>t(Object.fromEntries(qe.map(([b])=>[b,String(m.data[b])]))),m=>m.status===403?t(!1):a(m.message))},[]),e===!1)return null;if(!e)return l`<${x} message=${s} />`;async function d(m){m.preventDefault(),u(""),a("");let b={};for(let[p,h,_]of qe){let g=Number(e[p]);(!/^\d+$/.test(e[p].trim())||g<h||g>_)&&(b[p]=o.wholeNumber(h,_))}if(r(b),!Object.keys(b).length)try{await D("POST",lo,Object.fromEntries(qe.map(([p])=>[p,Number(e[p])]))),u(o.saved)}catch(p){r(p.fields||{}),Object.keys(p.fields||{}).length||a(p.message)}}let c=m=>b=>t({...e,[m]:b}),f={failures:o.banFailures,window_seconds:o.banWindow,ban_seconds:o.banSeconds,login_failures:o.loginFailures,login_ban_seconds:o.loginBanSeconds};return l`<form onSubmit=${d} aria-labelledby="thresholds-h" novalidate>
    <h3 id="thresholds-h">${o.banThresholds}</h3>
    <p class="hint">${o.banThresholdsHint}</p>
    <${x} message=${s} />
    <div class="grid">
      ${qe.map(([m])=>l`<${k} key=${m} id=${`ban_${m}`} label=${f[m]} value=${e[m]} onInput=${c(m)} error=${n[m]} inputmode="numeric" />`)}
    </div>
    <div class="bar"><button type="submit">${o.save}</button></div>
    ${i&&l`<p class="ok" role="status">${i}</p>`}
  </form>`}function uo({id:e,label:t,value:n,onInput:r,error:s}){let a=`${e}-error`,i=u=>u.target.files[0]&&u.target.files[0].text().then(r);return l`<div class="field">
    <label for=${e}>${t}</label>
    <input id=${`${e}_file`} type="file" accept=".pem,.crt,.key,.cer,text/plain" aria-label=${o.pemFile(t)} onChange=${i} />
    <textarea id=${e} rows="4" spellcheck="false" aria-invalid=${s?"true":void 0} aria-describedby=${s?a:void 0}
      value=${n} onInput=${u=>r(u.target.value)}></textarea>
    ${s&&l`<p class="error" id=${a} role="alert">${s}</p>`}
  </div>`}var Xr=e=>new Date(e*1e3).toISOString().slice(0,10);function mo(){let[e,t]=$(void 0),[n,r]=$({certificate:"",private_key:""}),[s,a]=$({}),[i,u]=$(""),[d,c]=$(""),f=()=>D("GET","system_status").then(p=>t(p.data.certificate),p=>p.status===403?t(!1):u(p.message));if(S(()=>{f()},[]),e===!1)return null;async function m(p){p.preventDefault(),c(""),u("");let h={};for(let _ of["certificate","private_key"])n[_].includes("-----BEGIN")||(h[_]=o.pickPem);if(a(h),!Object.keys(h).length)try{await E("tls_certificate",n),r({certificate:"",private_key:""}),c(o.certInstalled),await f()}catch(_){a(_.fields||{}),Object.keys(_.fields||{}).length||u(_.message)}}let b=p=>h=>r(_=>({..._,[p]:h}));return l`<form onSubmit=${m} aria-labelledby="cert-h" novalidate>
    <h3 id="cert-h">${o.tlsCertificate}</h3>
    <${x} message=${i} />
    ${e&&l`<dl class="facts" data-cert>
      <dt>${o.certSubject}</dt><dd data-cert="subject">${e.subject||o.noName}</dd>
      <dt>${o.certIssuer}</dt><dd data-cert="issuer">${e.issuer||o.noName}</dd>
      <dt>${o.certExpiry}</dt><dd data-cert="expiry">${o.certExpires(Xr(e.expires_unix),e.days_left)}</dd>
    </dl>`}
    <p class="hint">${o.pemHint}</p>
    <${uo} id="tls_certificate" label=${o.certFile} value=${n.certificate} onInput=${b("certificate")} error=${s.certificate} />
    <${uo} id="tls_private_key" label=${o.keyFile} value=${n.private_key} onInput=${b("private_key")} error=${s.private_key} />
    <div class="bar"><button type="submit">${o.uploadCertificate}</button></div>
    ${d&&l`<p class="ok" role="status">${d}</p>`}
  </form>`}var Zr="/v2/system/backup",ve=j("");async function po(e,t){let n={"X-Auth-Token":C.value.token,Accept:"application/json, application/octet-stream"};t&&(n["Content-Type"]="application/octet-stream");let r=await fetch(Zr,{method:e,headers:n,body:t});if(!r.ok)throw new R(r.status,await r.json().catch(()=>null));return r}function fo(e){let t=e.body&&e.body.data&&e.body.data.message;return`${o.failed} ${e.message}${typeof t=="string"&&t!==e.message?`: ${t}`:""}`}async function Kr(){let e=await po("GET"),t=/filename="([^"]+)"/.exec(e.headers.get("Content-Disposition")||""),n=await e.blob(),r=URL.createObjectURL(n),s=document.createElement("a");return s.href=r,s.download=t?t[1]:"edgepbx-backup.bin",document.body.append(s),s.click(),s.remove(),setTimeout(()=>URL.revokeObjectURL(r),60*1e3),{name:s.download,bytes:n.size}}function $o(){let[e,t]=$(null),[n,r]=$(""),[s,a]=$(""),[i,u]=$("");async function d(){a(""),u(""),ve.value="",r(o.downloading);try{let f=await Kr();u(o.backupSaved(f.name,f.bytes))}catch(f){a(fo(f))}r("")}async function c(f){if(f.preventDefault(),a(""),u(""),ve.value="",!e)return a(o.pickBackup);if(confirm(o.confirmRestore(e.name))){r(o.restoring);try{let m=(await(await po("PUT",e)).json()).data;if(!m.signed_in)return alert(o.restoredSignIn),ie();ve.value=o.restored(m.bytes),De.value+=1}catch(m){a(fo(m)),r("")}}}return l`<form onSubmit=${c} aria-labelledby="backup-h" novalidate>
    <h3 id="backup-h">${o.backup}</h3>
    <p class="hint">${o.backupHint}</p>
    <${x} message=${s} />
    <div class="bar"><button type="button" onClick=${d} disabled=${!!n}>${o.downloadBackup}</button></div>
    <div class="field">
      <label for="restore_file">${o.restoreFile}</label>
      <input id="restore_file" type="file" onChange=${f=>t(f.target.files[0]||null)} />
    </div>
    <button type="submit" disabled=${!!n}>${o.restoreBackup}</button>
    ${(n||i||ve.value)&&l`<p class="ok" role="status">${n||i||ve.value}</p>`}
  </form>`}function ho(){let[e,t]=$(null),[n,r]=$("");return S(()=>{y(`users/${C.value.owner}`).then(t,s=>r(s.message))},[]),l`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${o.settings}</h2>
    <${x} message=${n} />
    <div class="stack">
      ${e&&l`<${ce} username=${e.username} />`}
      <${je} />
      <${He} />
      <${We} />
      <${Ge} />
      <${io} />
      <${co} />
      <${mo} />
      <${$o} />
      <${ao} />
      <div><button type="button" onClick=${()=>ro().catch(s=>r(s.message))}>${o.runWizard}</button></div>
    </div>
  </section>`}var Ve=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),Ut=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function Jr(e,t){let n=await fetch("/v2/"+Y(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":C.value.token,"Content-Type":Ut(t),Accept:"application/json"},body:t});if(!n.ok)throw new R(n.status,await n.json().catch(()=>null))}async function bo(e,t){let n=await E("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await Jr(n.id,t)}catch(r){throw await M(`media/${n.id}`).catch(()=>{}),r}return n.id}var Lt=e=>M(`media/${e}`).catch(()=>{});var Bt=["skip_greeting","skip_instructions","delete_after_notify","announcement_only"],Qr=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,_o=e=>e.split(/[\s,;]+/).filter(Boolean);function es(e){let t={};e.name.trim()||(t.name=o.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=o.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=o.pinDigits);let n=_o(e.notify).find(r=>!Qr.test(r));return n&&(t.notify_email_addresses=o.badEmail(n)),t}function go({box:e,users:t,onDone:n}){let r=!e.id,[s,a]=$({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(Bt.map(g=>[g,!!e[g]]))}),[i,u]=$({}),[d,c]=$(""),[f,m]=$(!1),[b,p]=$(null),h=g=>v=>a({...s,[g]:v});async function _(g){g.preventDefault();let v=es(s);if(b&&!Ve(b)&&(v.greeting=o.greetingType),u(v),c(""),Object.keys(v).length)return;let w={name:s.name.trim(),mailbox:s.mailbox,notify_email_addresses:_o(s.notify),...Object.fromEntries(Bt.map(P=>[P,s[P]]))};w.owner_id=s.owner_id||(r?void 0:null),w.pin=s.pin||(r?void 0:null),m(!0);let N=null;try{b&&(N=await bo(w.name,b).catch(P=>{throw Object.assign(P,{fields:{greeting:P.fields&&P.fields.media||P.message}})}),w.media={...e.media||{},unavailable:N}),r?await E("vmboxes",w):await G(`vmboxes/${e.id}`,w),N&&e.media&&e.media.unavailable&&await Lt(e.media.unavailable),n()}catch(P){N&&await Lt(N),u(P.fields||{}),c(`${o.failed} ${P.message}`),m(!1)}}return l`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${r?o.addVmbox:o.editVmbox}</h2>
    <form onSubmit=${_} novalidate>
      <${x} message=${d} />
      <div class="grid">
        <${k} id="vm_name" label=${o.name} value=${s.name} onInput=${h("name")} error=${i.name} required />
        <${k} id="vm_mailbox" label=${o.mailbox} value=${s.mailbox} onInput=${h("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${o.owner}</label>
          <select id="vm_owner" value=${s.owner_id} onChange=${g=>h("owner_id")(g.target.value)}>
            <option value="">${o.noOwner}</option>
            ${t.map(g=>l`<option key=${g.id} value=${g.id}>${g.first_name} ${g.last_name}</option>`)}
          </select>
          ${i.owner_id&&l`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${k} id="vm_pin" label=${o.pin} type="password" value=${s.pin} onInput=${h("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${o.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${g=>p(g.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?o.greetingSet:o.greetingNone}</p>
        ${i.greeting&&l`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${k} id="vm_notify" label=${o.recipients} value=${s.notify} onInput=${h("notify")} error=${i.notify_email_addresses} />
      ${Bt.map(g=>l`<div class="check" key=${g}>
          <input type="checkbox" id=${"vm_"+g} checked=${s[g]} onChange=${v=>h(g)(v.target.checked)} />
          <label for=${"vm_"+g}>${o.vmFlags[g]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${n}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var ts=62167219200,ns=e=>new Date((e-ts)*1e3).toISOString().slice(0,16).replace("T"," ");function Ye({box:e,onDone:t}){let n=`vmboxes/${e.id}/messages`,[r,s]=$(null),[a,i]=$({}),u=ut([]),[d,c]=$(""),f=()=>y(`${n}?paginate=false`).then(h=>s(h.filter(_=>_.folder!=="deleted")),h=>c(h.message));S(()=>(f(),()=>u.current.forEach(h=>URL.revokeObjectURL(h))),[]);let m=h=>h.then(f,_=>c(_.message));async function b(h){if(a[h.media_id])return a[h.media_id];let _=URL.createObjectURL(await Sn(`${n}/${h.media_id}/raw`));return u.current.push(_),i(g=>({...g,[h.media_id]:_})),_}async function p(h){try{let _=document.createElement("a");_.href=await b(h),_.download=`${e.mailbox}-${h.media_id}.wav`,_.click()}catch(_){c(_.message)}}return l`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${o.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${t}>${o.vmboxes}</button>
    </div>
    <${x} message=${d} />
    ${r?r.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.messages}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.duration}</th><th>${o.folder}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${r.map(h=>l`<tr key=${h.media_id} data-message=${h.media_id} class="message">
                  <td data-label=${o.when}>${h.timestamp?ns(h.timestamp):""}</td>
                  <td data-label=${o.from}>${h.caller_id_name||""} ${h.caller_id_number||""}</td>
                  <td data-label=${o.duration}>${h.length?`${Math.round(h.length/1e3)} s`:""}</td>
                  <td data-label=${o.folder} class="folder">${o.folders[h.folder]||h.folder}</td>
                  <td class="actions">
                    ${a[h.media_id]?l`<audio controls autoplay src=${a[h.media_id]}></audio>`:l`<button onClick=${()=>b(h).catch(_=>c(_.message))}>${o.play}</button>`}
                    <button class="plain" onClick=${()=>p(h)}>${o.download}</button>
                    ${h.folder==="new"&&l`<button class="plain" onClick=${()=>m(U(`${n}/${h.media_id}`,{folder:"saved"}))}>${o.markHeard}</button>`}
                    <button class="danger" onClick=${()=>confirm(o.confirmDeleteMessage)&&m(M(`${n}/${h.media_id}`))}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}function vo(){let[e,t]=$(null),[n,r]=$(null),[s,a]=$(null),[i,u]=$(""),d=()=>Promise.all([y("vmboxes?paginate=false"),y("users?paginate=false")]).then(([p,h])=>t({boxes:p,users:h}),p=>u(p.message));S(d,[]);let c=()=>{r(null),a(null),d()};async function f(p){confirm(o.confirmDeleteVmbox(p.name))&&(await M(`vmboxes/${p.id}`).catch(h=>u(h.message)),d())}async function m(p){try{r(await y(`vmboxes/${p.id}`))}catch(h){u(h.message)}}if(n)return l`<${go} box=${n} users=${e.users} onDone=${c} />`;if(s)return l`<${Ye} box=${s} onDone=${c} />`;let b=p=>{let h=e.users.find(_=>_.id===p);return h?`${h.first_name} ${h.last_name}`:""};return l`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${o.vmboxes}</h2>
      <button onClick=${()=>r({})}>${o.addVmbox}</button>
    </div>
    <${x} message=${i} />
    ${e?e.boxes.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.vmboxes}>
            <thead><tr><th>${o.name}</th><th>${o.mailbox}</th><th>${o.owner}</th><th>${o.newMessages}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map(p=>l`<tr key=${p.id} data-vmbox=${p.mailbox}>
                  <td data-label=${o.name}>${p.name}</td>
                  <td data-label=${o.mailbox}>${p.mailbox}</td>
                  <td data-label=${o.owner}>${b(p.owner_id)}</td>
                  <td data-label=${o.newMessages} class="count">${p.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>a(p)} aria-label=${o.messagesOf(p.name)}>${o.messages}</button>
                    <button class="plain" onClick=${()=>m(p)} aria-label=${`${o.edit} ${p.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>f(p)} aria-label=${`${o.del} ${p.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}function Xe(e,t){if(!(t instanceof R))throw t;let n={};for(let[r,s]of Object.entries(t.fields))n[e==="userGroup"&&r.startsWith("numbers")?"extension":r.split(".")[0]]=s;throw t.fields=n,t}async function yo(){let[e,t]=await Promise.all([y("groups?paginate=false"),y("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let r=t.filter(s=>s.group_id===n.id);return{...n,userCf:r.find(s=>s.type==="userGroup"),baseCf:r.find(s=>s.type==="baseGroup")}})}async function wo(e){let t=[];try{let n=await E("groups",xt({},e));t.push(()=>M(`groups/${n.id}`));let r=await E("callflows",kt({},n,e));t.push(()=>M(`callflows/${r.id}`)),await E("callflows",St({},n,r,e)).catch(s=>Xe("userGroup",s))}catch(n){for(let r of t.reverse())await r().catch(()=>{});Xe("groups",n)}}async function xo(e,t){try{let n=await U(`groups/${e.id}`,xt(await y(`groups/${e.id}`),t)),r=await U(`callflows/${e.baseCf.id}`,kt(await y(`callflows/${e.baseCf.id}`),n,t)),s=e.userCf?await y(`callflows/${e.userCf.id}`):{},a=St(s,n,r,t);await(e.userCf?U(`callflows/${e.userCf.id}`,a):E("callflows",a)).catch(i=>Xe("userGroup",i))}catch(n){Xe("groups",n)}}async function ko(e){for(let t of[e.userCf,e.baseCf])t&&await M(`callflows/${t.id}`);await M(`groups/${e.id}`)}var de=e=>/^\d+$/.test(String(e))?Number(e):NaN;function os(e){let t={};return e.name.trim()||(t.name=o.required),/^\d{2,8}$/.test(e.extension)||(t.extension=o.extDigits),de(e.repeats)>=1&&de(e.repeats)<=10||(t.repeats=o.repeatsRange),e.members.length||(t.members=o.pickMember),e.members.length>_e&&(t.members=o.tooManyMembers(_e)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=o.badTimeline),t}function So({id:e,label:t,value:n,onChange:r,options:s,wide:a}){return l`<div class=${a?"field wide":"field"}>
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>r(i.target.value)}>
      ${s.map(([i,u])=>l`<option key=${i} value=${i}>${u}</option>`)}
    </select>
  </div>`}function Co({group:e,users:t,vmboxes:n,onDone:r}){let[s,a]=$(e.form),[i,u]=$("20"),[d,c]=$({}),[f,m]=$(""),[b,p]=$(!1),h=O=>T=>a({...s,[O]:T}),_=O=>s.members.find(T=>T.id===O),g=O=>a({...s,members:_(O.id)?s.members.filter(T=>T.id!==O.id):[...s.members,{id:O.id,delay:0,timeout:20}]}),v=(O,T,W)=>a({...s,members:s.members.map(H=>H.id===O?{...H,[T]:de(W)}:H)});async function w(O){O.preventDefault();let T=os(s);if(c(T),m(""),!Object.keys(T).length){p(!0);try{let W=P?s.members.map(ue=>({...ue,delay:0})):s.members,H={...s,members:W,name:s.name.trim(),repeats:de(s.repeats)};await(e.id?xo(e,H):wo(H)),r()}catch(W){c(W.fields||{}),m(`${o.failed} ${W.message}`),p(!1)}}}let N=s.members.length>=_e,P=s.strategy!=="simultaneous";return l`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?o.editGroup:o.addGroup}</h2>
    <form onSubmit=${w} novalidate>
      <${x} message=${f} />
      <div class="grid">
        <${k} id="group_name" label=${o.name} value=${s.name} onInput=${h("name")} error=${d.name} required />
        <${k} id="group_extension" label=${o.extension} value=${s.extension} onInput=${h("extension")} error=${d.extension} required inputmode="numeric" />
        <${k} id="group_repeats" label=${o.repeats} value=${String(s.repeats)} onInput=${h("repeats")} error=${d.repeats} inputmode="numeric" />
        <${So} id="group_strategy" label=${o.strategy} value=${s.strategy} onChange=${h("strategy")} options=${Object.entries(o.strategies)} />
        <${So} id="group_next" wide label=${o.nextAction} value=${s.next_vmbox} onChange=${h("next_vmbox")}
          options=${[["",o.notAvailable],...n.map(O=>[O.id,o.toVoicemail(O.name,O.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${o.members(s.members.length,_e)}</legend>
        ${d.members&&l`<p class="error" id="members-error" role="alert">${d.members}</p>`}
        <table class="list timeline" aria-label=${o.timeline}>
          <thead><tr><th>${o.member}</th>${!P&&l`<th>${o.startAfter}</th>`}<th>${o.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(O=>{let T=_(O.id),W=`${O.first_name} ${O.last_name}`;return l`<tr key=${O.id} data-member=${O.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+O.id} checked=${!!T} disabled=${!T&&N} onChange=${()=>g(O)} /><label for=${"m-"+O.id}>${W}</label></span></td>
                ${!P&&l`<td data-label=${o.startAfter}>${T&&l`<input class="delay" aria-label=${`${o.startAfter} ${W}`} inputmode="numeric" value=${Number.isNaN(T.delay)?"":T.delay} onInput=${H=>v(O.id,"delay",H.target.value)} />`}</td>`}
                <td data-label=${o.ringFor}>${T&&l`<input class="timeout" aria-label=${`${o.ringFor} ${W}`} inputmode="numeric" value=${Number.isNaN(T.timeout)?"":T.timeout} onInput=${H=>v(O.id,"timeout",H.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${k} id="group_total" label=${o.totalRing} value=${i} onInput=${u} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!s.members.length||!(de(i)>=1)} onClick=${()=>a({...s,members:Fn(s.members,de(i))})}>${o.distribute}</button>
        </div>
      </fieldset>
      <div class="bar">
        <button type="submit" disabled=${b}>${b?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${r}>${o.cancel}</button>
      </div>
    </form>
  </section>`}async function rs(e){let t=e.baseCf?await y(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},r=(n.endpoints||[]).map(a=>({id:a.id,delay:Number(a.delay)||0,timeout:Number(a.timeout)||20})),s=e.userCf?(await y(`callflows/${e.userCf.id}`)).flow.children._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:s&&s.module==="voicemail"?s.data.id:"",members:r}}function Eo(){let[e,t]=$(null),[n,r]=$(null),[s,a]=$(""),i=()=>Promise.all([yo(),y("users?paginate=false"),y("vmboxes?paginate=false")]).then(([c,f,m])=>t({groups:c,users:f,vmboxes:m}),c=>a(c.message));S(i,[]);async function u(c){try{r({...c,form:await rs(c)})}catch(f){a(f.message)}}async function d(c){confirm(o.confirmDeleteGroup(c.name))&&(await ko(c).catch(f=>a(f.message)),i())}return n?l`<${Co}
      group=${n}
      users=${e.users}
      vmboxes=${e.vmboxes}
      onDone=${()=>{r(null),i()}}
    />`:l`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${o.groups}</h2>
      <button disabled=${!e} onClick=${()=>r({form:{name:"",extension:"",repeats:1,strategy:"simultaneous",next_vmbox:"",members:[]}})}>${o.addGroup}</button>
    </div>
    <${x} message=${s} />
    ${e?e.groups.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.groups}>
            <thead><tr><th>${o.name}</th><th>${o.extension}</th><th>${o.memberCount}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.groups.map(c=>l`<tr key=${c.id} data-group=${c.name}>
                  <td data-label=${o.name}>${c.name}</td>
                  <td data-label=${o.extension} class="ext">${c.userCf&&c.userCf.numbers?c.userCf.numbers[0]:""}</td>
                  <td data-label=${o.memberCount}>${typeof c.endpoints=="number"?c.endpoints:Object.keys(c.endpoints||{}).length}</td>
                  <td class="actions">
                    <button onClick=${()=>u(c)} aria-label=${`${o.edit} ${c.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>d(c)} aria-label=${`${o.del} ${c.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}async function ss(){let[e,t]=await Promise.all([y("phone_numbers"),y("callflows?paginate=false")]);return Object.entries(e.numbers||{}).map(([n,r])=>{let s=r.used_by_id&&t.find(a=>a.id===r.used_by_id);return{number:n,usedBy:s?s.name||s.id:r.used_by_id||""}}).sort((n,r)=>n.number.localeCompare(r.number))}function Po(){let[e,t]=$(null),[n,r]=$(""),[s,a]=$(""),[i,u]=$(""),d=()=>ss().then(t,m=>u(m.message));S(d,[]);async function c(m){m.preventDefault();let b=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(b))return a(o.badPhoneNumber);a("");try{await E(`phone_numbers/${encodeURIComponent(b)}`,{}),r(""),d()}catch(p){a(p.fields.number||p.message)}}async function f(m){confirm(o.confirmDeleteNumber(m))&&(await M(`phone_numbers/${encodeURIComponent(m)}`).catch(b=>u(b.message)),d())}return l`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${o.numbers}</h2>
    <${x} message=${i} />
    ${e?e.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.numbers}>
            <thead><tr><th>${o.number}</th><th>${o.usedBy}</th><th><span class="sr">${o.del}</span></th></tr></thead>
            <tbody>
              ${e.map(m=>l`<tr key=${m.number} data-number=${m.number}>
                  <td data-label=${o.number} class="main-number">${m.number}</td>
                  <td data-label=${o.usedBy} class="used-by">${m.usedBy||o.spare}</td>
                  <td class="actions">${!m.usedBy&&l`<button class="danger" onClick=${()=>f(m.number)} aria-label=${`${o.remove} ${m.number}`}>${o.remove}</button>`}</td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
    <form onSubmit=${c} novalidate>
      <${k} id="new_number" label=${o.number} value=${n} onInput=${r} error=${s} inputmode="tel" />
      <button type="submit">${o.addPhoneNumber}</button>
    </form>
  </section>`}var No=e=>e.split(/[\s,;]+/).filter(Boolean);function Oo(e){return{name:e.name.trim(),conference_numbers:[e.number],member:{pins:No(e.member_pins),join_muted:e.join_muted},moderator:{pins:No(e.moderator_pins)}}}var Rt=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:[n.number],flow:{module:"conference",data:{id:t.id},children:{}}});function Mo(e){if(!(e instanceof R))throw e;let t={};for(let[n,r]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=r;throw e.fields=t,e}var Fo=e=>y(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function To(e){let t=null;try{t=await E("conferences",Oo(e)),await E("callflows",Rt({},t,e))}catch(n){t&&await M(`conferences/${t.id}`).catch(()=>{}),Mo(n)}}async function Do(e,t){try{let n=await G(`conferences/${e}`,Oo(t)),[r]=await Fo(e);r?await U(`callflows/${r.id}`,Rt(await y(`callflows/${r.id}`),n,t)):await E("callflows",Rt({},n,t))}catch(n){Mo(n)}}async function Io(e){for(let t of await Fo(e))await M(`callflows/${t.id}`);await M(`conferences/${e}`)}var as=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function is(e){let t={};e.name.trim()||(t.name=o.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=o.extDigits);for(let n of["member_pins","moderator_pins"])as.test(e[n].trim())||(t[n]=o.pinList);return t}function Ao({conf:e,onDone:t}){let n=!e.id,[r,s]=$({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[a,i]=$({}),[u,d]=$(""),[c,f]=$(!1),m=p=>h=>s({...r,[p]:h});async function b(p){p.preventDefault();let h=is(r);if(i(h),d(""),!Object.keys(h).length){f(!0);try{n?await To(r):await Do(e.id,r),t()}catch(_){i(_.fields||{}),d(`${o.failed} ${_.message}`),f(!1)}}}return l`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?o.addConference:o.editConference}</h2>
    <form onSubmit=${b} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="conf_name" label=${o.name} value=${r.name} onInput=${m("name")} error=${a.name} required />
        <${k} id="conf_number" label=${o.confNumber} value=${r.number} onInput=${m("number")} error=${a.number} required inputmode="tel" />
        <${k} id="conf_member_pins" label=${o.memberPins} value=${r.member_pins} onInput=${m("member_pins")} error=${a.member_pins||a.member} inputmode="numeric" autocomplete="off" />
        <${k} id="conf_moderator_pins" label=${o.moderatorPins} value=${r.moderator_pins} onInput=${m("moderator_pins")} error=${a.moderator_pins||a.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${q} id="conf_join_muted" label=${o.joinMuted} checked=${r.join_muted} onChange=${m("join_muted")} />
      <div class="bar">
        <button type="submit" disabled=${c}>${c?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var Uo=e=>(e&&e.pins||[]).length;function Lo(){let[e,t]=$(null),[n,r]=$(null),[s,a]=$(""),i=()=>y("conferences?paginate=false").then(t,c=>a(c.message));S(i,[]);async function u(c){try{r(await y(`conferences/${c.id}`))}catch(f){a(f.message)}}async function d(c){confirm(o.confirmDeleteConference(c.name))&&(await Io(c.id).catch(f=>a(f.message)),i())}return n?l`<${Ao}
      conf=${n}
      onDone=${()=>{r(null),i()}}
    />`:l`<section aria-labelledby="conf-h">
    <div class="bar">
      <h2 id="conf-h">${o.conferences}</h2>
      <button onClick=${()=>r({})}>${o.addConference}</button>
    </div>
    <${x} message=${s} />
    ${e?e.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.conferences}>
            <thead><tr><th>${o.name}</th><th>${o.confNumber}</th><th>${o.pins}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(c=>l`<tr key=${c.id} data-conference=${c.name}>
                  <td data-label=${o.name}>${c.name}</td>
                  <td data-label=${o.confNumber} class="ext">${(c.conference_numbers||[]).join(", ")}</td>
                  <td data-label=${o.pins} class="pins">${o.pinSummary(Uo(c.member),Uo(c.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>u(c)} aria-label=${`${o.edit} ${c.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>d(c)} aria-label=${`${o.del} ${c.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}var ls=(e,t)=>({...e,numbers:e.numbers.map(n=>n.replace("{code}",t)),patterns:e.patterns.map(n=>n.replace("{code}",t.replace(/\*/g,"\\*"))),featurecode:{...e.featurecode,number:t}}),cs=e=>/^[0-9*]{1,6}$/.test(e),ds=(e,t)=>(e.star?`*${t}`:t)+(e.takes_digits?"\u2026":"");function us({row:e,taken:t,onSaved:n}){let[r,s]=$(e.number),[a,i]=$(e.enabled),[u,d]=$(""),[c,f]=$(!1),m=r!==e.number||a!==e.enabled,b=`fc-${e.name.replace(/[^a-z0-9]/gi,"_")}`,p=o.fcNames[e.name]||e.name;async function h(){if(a&&!cs(r))return d(o.fcDigits);if(a&&t(e,r))return d(o.fcTaken(ds(e,r)));d(""),f(!0);try{let _=ls(e.template,r);a?e.enabled?await G(`callflows/${e.callflow_id}`,{numbers:_.numbers,patterns:_.patterns,featurecode:_.featurecode}):await E("callflows",_):await M(`callflows/${e.callflow_id}`),n()}catch(_){d(_.fields.numbers||_.fields.patterns||_.message),f(!1)}}return l`<tr data-code=${e.name} class=${e.handled?"":"muted"}>
    <td data-label=${o.fcWhat}>${p}${!e.handled&&l`<br /><small>${o.fcNotRun}</small>`}</td>
    <td data-label=${o.fcCode}>
      <span class="code-input">${e.star?"*":""}<input id=${b} aria-label=${`${o.fcCode}: ${p}`} value=${r} inputmode="tel" size="6"
        aria-invalid=${u?"true":void 0} onInput=${_=>s(_.target.value.trim())} disabled=${!a} />${e.takes_digits?"\u2026":""}</span>
      ${u&&l`<p class="error" role="alert">${u}</p>`}
    </td>
    <td data-label=${o.fcOn}><input type="checkbox" aria-label=${`${o.fcOn}: ${p}`} checked=${a} disabled=${!e.handled&&!e.enabled}
      onChange=${_=>i(_.target.checked)} /></td>
    <td class="actions">${m&&l`<button type="button" disabled=${c} onClick=${h} aria-label=${`${o.save}: ${p}`}>${o.save}</button>`}</td>
  </tr>`}function Bo(){let[e,t]=$(null),[n,r]=$(""),s=()=>y("feature_codes").then(t,i=>r(i.message));S(s,[]);let a=(i,u)=>e.some(d=>d!==i&&d.enabled&&d.star===i.star&&d.number===u);return l`<section aria-labelledby="fc-h">
    <h2 id="fc-h">${o.featureCodes}</h2>
    <p class="hint">${o.fcHint}</p>
    <${x} message=${n} />
    ${e?l`<table class="list" aria-label=${o.featureCodes}>
          <thead><tr><th>${o.fcWhat}</th><th>${o.fcCode}</th><th>${o.fcOn}</th><th><span class="sr">${o.save}</span></th></tr></thead>
          <tbody>${e.map(i=>l`<${us} key=${`${i.name}/${i.callflow_id}/${i.number}`} row=${i} taken=${a} onSaved=${s} />`)}</tbody>
        </table>`:l`<p>${o.loading}</p>`}
  </section>`}var ms=/^\+?\d{2,15}$/;function fs(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function Ro({user:e,onSaved:t}){let[n,r]=$(fs(e)),[s,a]=$({}),[i,u]=$(""),[d,c]=$(!1),[f,m]=$(!1),b=h=>_=>{c(!1),r({...n,[h]:_})};async function p(h){h.preventDefault();let _=n.forward&&!ms.test(n.number.trim())?{"call_forward.number":o.forwardNumber}:{};if(a(_),u(""),!Object.keys(_).length){m(!0);try{let g=await G(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});c(!0),t&&t(g)}catch(g){a(g.fields||{}),u(`${o.failed} ${g.message}`)}m(!1)}}return l`<form onSubmit=${p} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${o.callHandling}</h3>
    <${x} message=${i} />
    <${q} id="dnd" label=${o.dnd} checked=${n.dnd} onChange=${b("dnd")} />
    <${q} id="forward" label=${o.forward} checked=${n.forward} onChange=${b("forward")} />
    ${n.forward&&l`<fieldset>
      <${k} id="forward_number" label=${o.forwardTo} value=${n.number} onInput=${b("number")} error=${s["call_forward.number"]} inputmode="tel" />
      <${q} id="ring_devices" label=${o.ringDevicesToo} checked=${n.ring_devices} onChange=${b("ring_devices")} />
      <${q} id="direct_calls_only" label=${o.directCallsOnly} checked=${n.direct_calls_only} onChange=${b("direct_calls_only")} />
      <${q} id="keep_caller_id" label=${o.keepCallerId} checked=${n.keep_caller_id} onChange=${b("keep_caller_id")} />
      <${q} id="require_keypress" label=${o.requireKeypress} checked=${n.require_keypress} onChange=${b("require_keypress")} />
    </fieldset>`}
    ${d&&l`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
  </form>`}var jo=(e,t)=>/^\d+$/.test(String(e))&&Number(e)>=t&&Number(e)<=300;function Ho({userId:e}){let[t,n]=$(null),[r,s]=$(null),[a,i]=$({}),[u,d]=$(""),[c,f]=$(!1),m=(h,_)=>{let g=Object.fromEntries(h.endpoints.map(v=>[v.id,v]));s({enabled:h.enabled,rows:_.map(v=>({id:v.id,name:v.name,on:!!g[v.id],delay:String(g[v.id]?.delay??0),timeout:String(g[v.id]?.timeout??20)}))})};if(S(()=>{Promise.all([y(`users/${e}/find_me_follow_me`),y(`users/${e}/devices`)]).then(([h,_])=>{n(_),m(h,_)},h=>d(h.message))},[]),!r)return l`<div class="card"><h3>${o.followMe}</h3><${x} message=${u} />${!u&&o.loading}</div>`;let b=(h,_,g)=>s({...r,rows:r.rows.map((v,w)=>w===h?{...v,[_]:g}:v)});async function p(h){h.preventDefault(),f(!1),d("");let _=r.rows.filter(v=>v.on),g={};if(r.enabled&&!_.length&&(g.rows=o.pickPhone),r.rows.forEach((v,w)=>{v.on&&(!jo(v.delay,0)||!jo(v.timeout,1))&&(g[w]=o.badTimeline)}),i(g),!Object.keys(g).length)try{let v=_.map(w=>({id:w.id,delay:Number(w.delay),timeout:Number(w.timeout)}));m(await U(`users/${e}/find_me_follow_me`,{enabled:r.enabled,endpoints:r.enabled?v:[]}),t),f(!0)}catch(v){let w={};for(let[N,P]of Object.entries(v.fields||{})){let O=/^endpoints\.(\d+)\./.exec(N);O?w[r.rows.indexOf(_[Number(O[1])])]=P:w.rows=P}i(w),d(`${o.failed} ${v.message}`)}}return l`<form class="card" onSubmit=${p} novalidate aria-labelledby="fmfm-h">
    <h3 id="fmfm-h">${o.followMe}</h3>
    <p class="hint">${o.followMeHint}</p>
    <${x} message=${u} />
    <${q} id="fmfm_on" label=${o.followMeOn} checked=${r.enabled} onChange=${h=>s({...r,enabled:h})} />
    ${r.enabled&&l`${a.rows&&l`<p class="error" role="alert">${a.rows}</p>`}
      <table class="list timeline" aria-label=${o.followMe}>
        <thead><tr><th>${o.myDevices}</th><th>${o.startAfter}</th><th>${o.ringFor}</th></tr></thead>
        <tbody>
          ${r.rows.map((h,_)=>l`<tr key=${h.id} data-fmfm=${h.name}>
              <td><span class="check"><input type="checkbox" id=${"fm-"+h.id} checked=${h.on} onChange=${g=>b(_,"on",g.target.checked)} /><label for=${"fm-"+h.id}>${h.name}</label></span>
                ${a[_]&&l`<p class="error" role="alert">${a[_]}</p>`}</td>
              <td data-label=${o.startAfter}>${h.on&&l`<input aria-label=${`${o.startAfter} ${h.name}`} inputmode="numeric" value=${h.delay} onInput=${g=>b(_,"delay",g.target.value)} />`}</td>
              <td data-label=${o.ringFor}>${h.on&&l`<input aria-label=${`${o.ringFor} ${h.name}`} inputmode="numeric" value=${h.timeout} onInput=${g=>b(_,"timeout",g.target.value)} />`}</td>
            </tr>`)}
        </tbody>
      </table>`}
    <div class="bar"><button type="submit">${o.save}</button>${c&&l`<span class="ok" role="status">${o.saved}</span>`}</div>
  </form>`}var ps=5e3;function $s({userId:e}){let[t,n]=$(null),[r,s]=$("");return S(()=>{let a=()=>y(`users/${e}/devices`).then(n,u=>s(u.message));a();let i=setInterval(a,ps);return()=>clearInterval(i)},[]),l`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${o.myDevices}</h3>
    <${x} message=${r} />
    ${t?t.length===0?o.none:l`<ul class="my-devices">
            ${t.map(a=>l`<li key=${a.id} data-device=${a.name}>
                <span class=${a.registered?"dot on":"dot"}>${a.name} · ${a.registered?o.registered:o.notRegistered}</span>
              </li>`)}
          </ul>`:o.loading}
  </div>`}function Go(){let[e,t]=$(null),[n,r]=$("");return S(()=>{y(`users/${C.value.owner}`).then(t,s=>r(s.message))},[]),l`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:o.myPhone}</h2>
    <${x} message=${n} />
    ${e&&l`<div class="stack">
      <${$s} userId=${e.id} />
      <${Ro} user=${e} onSaved=${t} />
      <${Ho} userId=${e.id} />
      <${ce} username=${e.username} />
    </div>`}
  </section>`}async function hs(e,t){let n=await fetch("/v2/"+Y(`vmboxes/${e}/greeting`),{method:"POST",headers:{"X-Auth-Token":C.value.token,"Content-Type":Ut(t),Accept:"application/json"},body:t});if(!n.ok)throw new R(n.status,await n.json().catch(()=>null))}function zo({box:e}){let[t,n]=$(""),[r,s]=$(""),[a,i]=$(null),[u,d]=$({}),[c,f]=$(""),[m,b]=$(!1),p=()=>y(`vmboxes/${e.id}`).then(v=>b(!!(v.media&&v.media.unavailable)),()=>{});S(p,[]);let h=v=>`${v}_${e.mailbox}`;async function _(v){v.preventDefault(),f("");let w={};if(/^\d{4,6}$/.test(t)?t!==r&&(w.again=o.pinMismatch):w.pin=o.pinDigits,d(w),!Object.keys(w).length)try{await G(`vmboxes/${e.id}`,{pin:t}),n(""),s(""),f("pin")}catch(N){d({pin:N.fields.pin||N.message})}}async function g(v){if(v.preventDefault(),f(""),!a||!Ve(a))return d({greeting:o.greetingType});d({});try{await hs(e.id,a),f("greeting"),p()}catch(w){d({greeting:w.fields.media||w.message})}}return l`<div class="card" data-settings=${e.mailbox}>
    <h3>${o.boxSettings(e.name,e.mailbox)}</h3>
    <form onSubmit=${_} novalidate>
      <${k} id=${h("pin")} label=${o.newPin} type="password" value=${t} onInput=${n} error=${u.pin} inputmode="numeric" autocomplete="new-password" />
      <${k} id=${h("pin_again")} label=${o.newPinAgain} type="password" value=${r} onInput=${s} error=${u.again} inputmode="numeric" autocomplete="new-password" />
      <div class="bar"><button type="submit">${o.changePin}</button>${c==="pin"&&l`<span class="ok" role="status">${o.pinChanged}</span>`}</div>
    </form>
    <form onSubmit=${g} novalidate>
      <div class="field">
        <label for=${h("greeting")}>${o.greeting}</label>
        <input id=${h("greeting")} type="file" accept="audio/wav,audio/mpeg,.wav,.mp3" aria-invalid=${u.greeting?"true":void 0}
          onChange=${v=>i(v.target.files[0]||null)} />
        ${u.greeting&&l`<p class="error" id=${h("greeting")+"-error"} role="alert">${u.greeting}</p>`}
        <p class="hint">${m?o.greetingSet:o.greetingNone}</p>
      </div>
      <div class="bar"><button type="submit">${o.uploadGreeting}</button>${c==="greeting"&&l`<span class="ok" role="status">${o.greetingSaved}</span>`}</div>
    </form>
  </div>`}function Wo(){let[e,t]=$(null),[n,r]=$(null),[s,a]=$(""),i=()=>y("vmboxes?paginate=false").then(t,u=>a(u.message));return S(i,[]),n?l`<${Ye}
      box=${n}
      onDone=${()=>{r(null),i()}}
    />`:l`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${o.vmboxes}</h2>
    <${x} message=${s} />
    ${e?e.length===0?l`<p>${o.noBox}</p>`:l`<ul class="numbers">
            ${e.map(u=>l`<li key=${u.id} data-vmbox=${u.mailbox}>
                <span>${u.name} (${u.mailbox}) · ${o.messageCount(u.messages||0)}</span>
                <button onClick=${()=>r(u)} aria-label=${o.messagesOf(u.name)}>${o.messages}</button>
              </li>`)}
          </ul>`:l`<p>${o.loading}</p>`}
    ${e&&l`<div class="stack">${e.map(u=>l`<${zo} key=${u.id} box=${u} />`)}</div>`}
  </section>`}var bs={dashboard:[o.dashboard,Mn],users:[o.users,Un],devices:[o.devices,Rn],groups:[o.groups,Eo],calls:[o.callLogs,Hn],main:[o.mainNumber,Re],voicemail:[o.vmboxes,vo],conferences:[o.conferences,Lo],codes:[o.featureCodes,Bo],numbers:[o.numbers,Po],settings:[o.settings,ho]},_s={me:[o.myPhone,Go],myvoicemail:[o.vmboxes,Wo],mycalls:[o.myCalls,Gn]},Ze=()=>C.value&&C.value.admin===!1?_s:bs,jt=j(location.hash.slice(1));addEventListener("hashchange",()=>jt.value=location.hash.slice(1));var gs=()=>jt.value in Ze()?jt.value:Object.keys(Ze())[0],qo=null;te(()=>{let e=C.value;e||(oe.value=null),e&&e.admin!==!1&&qo!==e.token&&(qo=e.token,oo().catch(()=>{}))});function vs(){if(!C.value)return l`<${Nn} />`;let e=gs(),[,t]=Ze()[e];return l`<header>
      <strong>${o.app}</strong>
      <nav aria-label=${o.menu}>
        ${Object.entries(Ze()).map(([n,[r]])=>l`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${r}</a>`)}
      </nav>
      <button class="plain" onClick=${ie}>${o.logout}</button>
    </header>
    <main>${oe.value?l`<${so} />`:l`<${t} key=${`${e}:${De.value}`} />`}</main>`}it(l`<${vs} />`,document.getElementById("app"));
