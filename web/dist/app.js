var Se,I,Qt,lt,Q,Zt,en,at,tn,dt,st,it,dr,pe={},nn=[],cr=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,ct=Array.isArray;function Z(e,t){for(var n in t)e[n]=t[n];return e}function ut(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Ne(e,t,n){var r,a,s,i={};for(s in t)s=="key"?r=t[s]:s=="ref"?a=t[s]:i[s]=t[s];if(arguments.length>2&&(i.children=arguments.length>3?Se.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)i[s]===void 0&&(i[s]=e.defaultProps[s]);return ke(e,i,r,a,null)}function ke(e,t,n,r,a){var s={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:a??++Qt,__i:-1,__u:0};return a==null&&I.vnode!=null&&I.vnode(s),s}function Pe(e){return e.children}function ee(e,t){this.props=e,this.context=t}function ae(e,t){if(t==null)return e.__?ae(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?ae(e):null}function on(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return on(e)}}function Xt(e){(!e.__d&&(e.__d=!0)&&Q.push(e)&&!Ce.__r++||Zt!==I.debounceRendering)&&((Zt=I.debounceRendering)||en)(Ce)}function Ce(){var e,t,n,r,a,s,i,u;for(Q.sort(at);e=Q.shift();)e.__d&&(t=Q.length,r=void 0,s=(a=(n=e).__v).__e,i=[],u=[],n.__P&&((r=Z({},a)).__v=a.__v+1,I.vnode&&I.vnode(r),mt(n.__P,r,a,n.__n,n.__P.namespaceURI,32&a.__u?[s]:null,i,s??ae(a),!!(32&a.__u),u),r.__v=a.__v,r.__.__k[r.__i]=r,sn(i,r,u),r.__e!=s&&on(r)),Q.length>t&&Q.sort(at));Ce.__r=0}function rn(e,t,n,r,a,s,i,u,c,l,m){var f,b,p,h,_,v,g=r&&r.__k||nn,w=t.length;for(c=ur(n,t,g,c,w),f=0;f<w;f++)(p=n.__k[f])!=null&&(b=p.__i===-1?pe:g[p.__i]||pe,p.__i=f,v=mt(e,p,b,a,s,i,u,c,l,m),h=p.__e,p.ref&&b.ref!=p.ref&&(b.ref&&ft(b.ref,null,p),m.push(p.ref,p.__c||h,p)),_==null&&h!=null&&(_=h),4&p.__u||b.__k===p.__k?c=an(p,c,e):typeof p.type=="function"&&v!==void 0?c=v:h&&(c=h.nextSibling),p.__u&=-7);return n.__e=_,c}function ur(e,t,n,r,a){var s,i,u,c,l,m=n.length,f=m,b=0;for(e.__k=new Array(a),s=0;s<a;s++)(i=t[s])!=null&&typeof i!="boolean"&&typeof i!="function"?(c=s+b,(i=e.__k[s]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?ke(null,i,null,null,null):ct(i)?ke(Pe,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?ke(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,u=null,(l=i.__i=mr(i,n,c,f))!==-1&&(f--,(u=n[l])&&(u.__u|=2)),u==null||u.__v===null?(l==-1&&b--,typeof i.type!="function"&&(i.__u|=4)):l!=c&&(l==c-1?b--:l==c+1?b++:(l>c?b--:b++,i.__u|=4))):e.__k[s]=null;if(f)for(s=0;s<m;s++)(u=n[s])!=null&&!(2&u.__u)&&(u.__e==r&&(r=ae(u)),ln(u,u));return r}function an(e,t,n){var r,a;if(typeof e.type=="function"){for(r=e.__k,a=0;r&&a<r.length;a++)r[a]&&(r[a].__=e,t=an(r[a],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=ae(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function mr(e,t,n,r){var a,s,i=e.key,u=e.type,c=t[n];if(c===null||c&&i==c.key&&u===c.type&&!(2&c.__u))return n;if(r>(c!=null&&!(2&c.__u)?1:0))for(a=n-1,s=n+1;a>=0||s<t.length;){if(a>=0){if((c=t[a])&&!(2&c.__u)&&i==c.key&&u===c.type)return a;a--}if(s<t.length){if((c=t[s])&&!(2&c.__u)&&i==c.key&&u===c.type)return s;s++}}return-1}function Kt(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||cr.test(t)?n:n+"px"}function xe(e,t,n,r,a){var s;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||Kt(e.style,t,"");if(n)for(t in n)r&&n[t]===r[t]||Kt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(tn,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=n,n?r?n.u=r.u:(n.u=dt,e.addEventListener(t,s?it:st,s)):e.removeEventListener(t,s?it:st,s);else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function Jt(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=dt++;else if(t.t<n.u)return;return n(I.event?I.event(t):t)}}}function mt(e,t,n,r,a,s,i,u,c,l){var m,f,b,p,h,_,v,g,w,N,S,P,M,V,G,me,rt,Y=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(c=!!(32&n.__u),s=[u=t.__e=n.__e]),(m=I.__b)&&m(t);e:if(typeof Y=="function")try{if(g=t.props,w="prototype"in Y&&Y.prototype.render,N=(m=Y.contextType)&&r[m.__c],S=m?N?N.props.value:m.__:r,n.__c?v=(f=t.__c=n.__c).__=f.__E:(w?t.__c=f=new Y(g,S):(t.__c=f=new ee(g,S),f.constructor=Y,f.render=pr),N&&N.sub(f),f.props=g,f.state||(f.state={}),f.context=S,f.__n=r,b=f.__d=!0,f.__h=[],f._sb=[]),w&&f.__s==null&&(f.__s=f.state),w&&Y.getDerivedStateFromProps!=null&&(f.__s==f.state&&(f.__s=Z({},f.__s)),Z(f.__s,Y.getDerivedStateFromProps(g,f.__s))),p=f.props,h=f.state,f.__v=t,b)w&&Y.getDerivedStateFromProps==null&&f.componentWillMount!=null&&f.componentWillMount(),w&&f.componentDidMount!=null&&f.__h.push(f.componentDidMount);else{if(w&&Y.getDerivedStateFromProps==null&&g!==p&&f.componentWillReceiveProps!=null&&f.componentWillReceiveProps(g,S),!f.__e&&(f.shouldComponentUpdate!=null&&f.shouldComponentUpdate(g,f.__s,S)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(f.props=g,f.state=f.__s,f.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(fe){fe&&(fe.__=t)}),P=0;P<f._sb.length;P++)f.__h.push(f._sb[P]);f._sb=[],f.__h.length&&i.push(f);break e}f.componentWillUpdate!=null&&f.componentWillUpdate(g,f.__s,S),w&&f.componentDidUpdate!=null&&f.__h.push(function(){f.componentDidUpdate(p,h,_)})}if(f.context=S,f.props=g,f.__P=e,f.__e=!1,M=I.__r,V=0,w){for(f.state=f.__s,f.__d=!1,M&&M(t),m=f.render(f.props,f.state,f.context),G=0;G<f._sb.length;G++)f.__h.push(f._sb[G]);f._sb=[]}else do f.__d=!1,M&&M(t),m=f.render(f.props,f.state,f.context),f.state=f.__s;while(f.__d&&++V<25);f.state=f.__s,f.getChildContext!=null&&(r=Z(Z({},r),f.getChildContext())),w&&!b&&f.getSnapshotBeforeUpdate!=null&&(_=f.getSnapshotBeforeUpdate(p,h)),u=rn(e,ct(me=m!=null&&m.type===Pe&&m.key==null?m.props.children:m)?me:[me],t,n,r,a,s,i,u,c,l),f.base=t.__e,t.__u&=-161,f.__h.length&&i.push(f),v&&(f.__E=f.__=null)}catch(fe){if(t.__v=null,c||s!=null)if(fe.then){for(t.__u|=c?160:128;u&&u.nodeType==8&&u.nextSibling;)u=u.nextSibling;s[s.indexOf(u)]=null,t.__e=u}else for(rt=s.length;rt--;)ut(s[rt]);else t.__e=n.__e,t.__k=n.__k;I.__e(fe,t,n)}else s==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):u=t.__e=fr(n.__e,t,n,r,a,s,i,c,l);return(m=I.diffed)&&m(t),128&t.__u?void 0:u}function sn(e,t,n){for(var r=0;r<n.length;r++)ft(n[r],n[++r],n[++r]);I.__c&&I.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(s){s.call(a)})}catch(s){I.__e(s,a.__v)}})}function fr(e,t,n,r,a,s,i,u,c){var l,m,f,b,p,h,_,v=n.props,g=t.props,w=t.type;if(w=="svg"?a="http://www.w3.org/2000/svg":w=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),s!=null){for(l=0;l<s.length;l++)if((p=s[l])&&"setAttribute"in p==!!w&&(w?p.localName==w:p.nodeType==3)){e=p,s[l]=null;break}}if(e==null){if(w==null)return document.createTextNode(g);e=document.createElementNS(a,w,g.is&&g),u&&(I.__m&&I.__m(t,s),u=!1),s=null}if(w===null)v===g||u&&e.data===g||(e.data=g);else{if(s=s&&Se.call(e.childNodes),v=n.props||pe,!u&&s!=null)for(v={},l=0;l<e.attributes.length;l++)v[(p=e.attributes[l]).name]=p.value;for(l in v)if(p=v[l],l!="children"){if(l=="dangerouslySetInnerHTML")f=p;else if(!(l in g)){if(l=="value"&&"defaultValue"in g||l=="checked"&&"defaultChecked"in g)continue;xe(e,l,null,p,a)}}for(l in g)p=g[l],l=="children"?b=p:l=="dangerouslySetInnerHTML"?m=p:l=="value"?h=p:l=="checked"?_=p:u&&typeof p!="function"||v[l]===p||xe(e,l,p,v[l],a);if(m)u||f&&(m.__html===f.__html||m.__html===e.innerHTML)||(e.innerHTML=m.__html),t.__k=[];else if(f&&(e.innerHTML=""),rn(e,ct(b)?b:[b],t,n,r,w=="foreignObject"?"http://www.w3.org/1999/xhtml":a,s,i,s?s[0]:n.__k&&ae(n,0),u,c),s!=null)for(l=s.length;l--;)ut(s[l]);u||(l="value",w=="progress"&&h==null?e.removeAttribute("value"):h!==void 0&&(h!==e[l]||w=="progress"&&!h||w=="option"&&h!==v[l])&&xe(e,l,h,v[l],a),l="checked",_!==void 0&&_!==e[l]&&xe(e,l,_,v[l],a))}return e}function ft(e,t,n){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(a){I.__e(a,n)}}function ln(e,t,n){var r,a;if(I.unmount&&I.unmount(e),(r=e.ref)&&(r.current&&r.current!==e.__e||ft(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(s){I.__e(s,t)}r.base=r.__P=null}if(r=e.__k)for(a=0;a<r.length;a++)r[a]&&ln(r[a],t,n||typeof e.type!="function");n||ut(e.__e),e.__c=e.__=e.__e=void 0}function pr(e,t,n){return this.constructor(e,n)}function pt(e,t,n){var r,a,s,i;t==document&&(t=document.documentElement),I.__&&I.__(e,t),a=(r=typeof n=="function")?null:n&&n.__k||t.__k,s=[],i=[],mt(t,e=(!r&&n||t).__k=Ne(Pe,null,[e]),a||pe,pe,t.namespaceURI,!r&&n?[n]:a?null:t.firstChild?Se.call(t.childNodes):null,s,!r&&n?n:a?a.__e:t.firstChild,r,i),sn(s,e,i)}Se=nn.slice,I={__e:function(e,t,n,r){for(var a,s,i;t=t.__;)if((a=t.__c)&&!a.__)try{if((s=a.constructor)&&s.getDerivedStateFromError!=null&&(a.setState(s.getDerivedStateFromError(e)),i=a.__d),a.componentDidCatch!=null&&(a.componentDidCatch(e,r||{}),i=a.__d),i)return a.__E=a}catch(u){e=u}throw e}},Qt=0,lt=function(e){return e!=null&&e.constructor==null},ee.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=Z({},this.state),typeof e=="function"&&(e=e(Z({},n),this.props)),e&&Z(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),Xt(this))},ee.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Xt(this))},ee.prototype.render=Pe,Q=[],en=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,at=function(e,t){return e.__v.__b-t.__v.__b},Ce.__r=0,tn=/(PointerCapture)$|Capture$/i,dt=0,st=Jt(!1),it=Jt(!0),dr=0;var cn=function(e,t,n,r){var a;t[0]=0;for(var s=1;s<t.length;s++){var i=t[s++],u=t[s]?(t[0]|=i?1:2,n[t[s++]]):t[++s];i===3?r[0]=u:i===4?r[1]=Object.assign(r[1]||{},u):i===5?(r[1]=r[1]||{})[t[++s]]=u:i===6?r[1][t[++s]]+=u+"":i?(a=e.apply(u,cn(e,u,n,["",null])),r.push(a),u[0]?t[0]|=2:(t[s-2]=0,t[s]=a)):r.push(u)}return r},dn=new Map;function un(e){var t=dn.get(this);return t||(t=new Map,dn.set(this,t)),(t=cn(this,t.get(e)||(t.set(e,t=function(n){for(var r,a,s=1,i="",u="",c=[0],l=function(b){s===1&&(b||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?c.push(0,b,i):s===3&&(b||i)?(c.push(3,b,i),s=2):s===2&&i==="..."&&b?c.push(4,b,0):s===2&&i&&!b?c.push(5,0,!0,i):s>=5&&((i||!b&&s===5)&&(c.push(s,0,i,a),s=6),b&&(c.push(s,b,0,a),s=6)),i=""},m=0;m<n.length;m++){m&&(s===1&&l(),l(m));for(var f=0;f<n[m].length;f++)r=n[m][f],s===1?r==="<"?(l(),c=[c],s=3):i+=r:s===4?i==="--"&&r===">"?(s=1,i=""):i=r+i[0]:u?r===u?u="":i+=r:r==='"'||r==="'"?u=r:r===">"?(l(),s=1):s&&(r==="="?(s=5,a=i,i=""):r==="/"&&(s<5||n[m][f+1]===">")?(l(),s===3&&(c=c[0]),s=c,(c=c[0]).push(2,0,s),s=0):r===" "||r==="	"||r===`
`||r==="\r"?(l(),s=2):i+=r),s===3&&i==="!--"&&(s=4,c=c[0])}return l(),c}(e)),t),arguments,[])).length>1?t:t[0]}var d=un.bind(Ne);var $e,U,$t,mn,Oe=0,vn=[],B=I,fn=B.__b,pn=B.__r,$n=B.diffed,hn=B.__c,bn=B.unmount,_n=B.__;function bt(e,t){B.__h&&B.__h(U,e,Oe||t),Oe=0;var n=U.__H||(U.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function $(e){return Oe=1,$r(wn,e)}function $r(e,t,n){var r=bt($e++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):wn(void 0,t),function(u){var c=r.__N?r.__N[0]:r.__[0],l=r.t(c,u);c!==l&&(r.__N=[l,r.__[1]],r.__c.setState({}))}],r.__c=U,!U.u)){var a=function(u,c,l){if(!r.__c.__H)return!0;var m=r.__c.__H.__.filter(function(b){return!!b.__c});if(m.every(function(b){return!b.__N}))return!s||s.call(this,u,c,l);var f=r.__c.props!==u;return m.forEach(function(b){if(b.__N){var p=b.__[0];b.__=b.__N,b.__N=void 0,p!==b.__[0]&&(f=!0)}}),s&&s.call(this,u,c,l)||f};U.u=!0;var s=U.shouldComponentUpdate,i=U.componentWillUpdate;U.componentWillUpdate=function(u,c,l){if(this.__e){var m=s;s=void 0,a(u,c,l),s=m}i&&i.call(this,u,c,l)},U.shouldComponentUpdate=a}return r.__N||r.__}function C(e,t){var n=bt($e++,3);!B.__s&&yn(n.__H,t)&&(n.__=e,n.i=t,U.__H.__h.push(n))}function _t(e){return Oe=5,Me(function(){return{current:e}},[])}function Me(e,t){var n=bt($e++,7);return yn(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function hr(){for(var e;e=vn.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(Ee),e.__H.__h.forEach(ht),e.__H.__h=[]}catch(t){e.__H.__h=[],B.__e(t,e.__v)}}B.__b=function(e){U=null,fn&&fn(e)},B.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),_n&&_n(e,t)},B.__r=function(e){pn&&pn(e),$e=0;var t=(U=e.__c).__H;t&&($t===U?(t.__h=[],U.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(Ee),t.__h.forEach(ht),t.__h=[],$e=0)),$t=U},B.diffed=function(e){$n&&$n(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(vn.push(t)!==1&&mn===B.requestAnimationFrame||((mn=B.requestAnimationFrame)||br)(hr)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),$t=U=null},B.__c=function(e,t){t.some(function(n){try{n.__h.forEach(Ee),n.__h=n.__h.filter(function(r){return!r.__||ht(r)})}catch(r){t.some(function(a){a.__h&&(a.__h=[])}),t=[],B.__e(r,n.__v)}}),hn&&hn(e,t)},B.unmount=function(e){bn&&bn(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(r){try{Ee(r)}catch(a){t=a}}),n.__H=void 0,t&&B.__e(t,n.__v))};var gn=typeof requestAnimationFrame=="function";function br(e){var t,n=function(){clearTimeout(r),gn&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,100);gn&&(t=requestAnimationFrame(n))}function Ee(e){var t=U,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),U=t}function ht(e){var t=U;e.__c=e.__(),U=t}function yn(e,t){return!e||e.length!==t.length||t.some(function(n,r){return n!==e[r]})}function wn(e,t){return typeof t=="function"?t(e):t}var _r=Symbol.for("preact-signals");function gt(){if(te>1)te--;else{var e,t=!1;for(function(){var a=Ie;for(Ie=void 0;a!==void 0;){var s=a.S;if(s.v===a.v)for(var i=s.t;i!==void 0;i=i.x)i.i===a.i&&(i.i=s.i);a=a.o}}();be!==void 0;){var n=be;for(be=void 0,De++;n!==void 0;){var r=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&Cn(n))try{n.c()}catch(a){t||(e=a,t=!0)}n=r}}if(De=0,te--,t)throw e}}var he,F=void 0;function _e(e){var t=F,n=he;F=void 0,he=void 0;try{return e()}finally{F=t,he=n}}var be=void 0,te=0,De=0;var xn=0,Ie=void 0,Fe=0;function kn(e){if(F!==void 0){var t=e.n;if(t===void 0||t.t!==F)return t={i:0,S:e,p:F.s,n:void 0,t:F,e:void 0,x:void 0,r:t},F.s!==void 0&&(F.s.n=t),F.s=t,e.n=t,32&F.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=F.s,t.n=void 0,F.s.n=t,F.s=t),t}}function R(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}R.prototype.brand=_r;R.prototype.h=function(){return!0};R.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:_e(function(){var r;(r=t.W)==null||r.call(t)}))};R.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,r=e.x;n!==void 0&&(n.x=r,e.e=void 0),r!==void 0&&(r.e=n,e.x=void 0),e===this.t&&(this.t=r,r===void 0&&_e(function(){var a;(a=t.Z)==null||a.call(t)}))}};R.prototype.subscribe=function(e){var t=this;return oe(function(){var n=t.value;_e(function(){return e(n)})},{name:"sub"})};R.prototype.valueOf=function(){return this.value};R.prototype.toString=function(){return this.value+""};R.prototype.toJSON=function(){return this.value};R.prototype.peek=function(){var e=this;return _e(function(){return e.value})};Object.defineProperty(R.prototype,"value",{get:function(){var e=kn(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(De>100)throw new Error("Cycle detected");(function(n){te!==0&&De===0&&n.l!==xn&&(n.l=xn,Ie={S:n,v:n.v,i:n.i,o:Ie})})(this),this.v=e,this.i++,Fe++,te++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{gt()}}}});function z(e,t){return new R(e,t)}function Cn(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function Sn(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function Nn(e){for(var t=e.s,n=void 0;t!==void 0;){var r=t.p;t.i===-1?(t.S.U(t),r!==void 0&&(r.n=t.n),t.n!==void 0&&(t.n.p=r)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=r}e.s=n}function ne(e,t){R.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Fe-1,this.f=4}ne.prototype=new R;ne.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Fe))return!0;if(this.g=Fe,this.f|=1,this.i>0&&!Cn(this))return this.f&=-2,!0;var e=F;try{Sn(this),F=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return F=e,Nn(this),this.f&=-2,!0};ne.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}R.prototype.S.call(this,e)};ne.prototype.U=function(e){if(this.t!==void 0&&(R.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};ne.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(ne.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=kn(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function vt(e,t){return new ne(e,t)}function Pn(e){var t=e.j;if(e.j=void 0,typeof t=="function"){te++;var n=F;F=void 0;try{t()}catch(r){throw e.f&=-2,e.f|=8,yt(e),r}finally{F=n,gt()}}}function yt(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,Pn(e)}function gr(e){if(F!==this)throw new Error("Out-of-order effect");Nn(this),F=e,this.f&=-2;try{8&this.f&&yt(this)}finally{gt()}}function se(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,he&&he.push(this)}se.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};se.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,Pn(this),Sn(this),te++;var e=F;return F=this,gr.bind(this,e)};se.prototype.N=function(){2&this.f||(this.f|=2,this.u=be,be=this)};se.prototype.d=function(){this.f|=8,1&this.f||yt(this)};se.prototype.dispose=function(){this.d()};function oe(e,t){var n=new se(e,t);try{n.c()}catch(a){throw n.d(),a}var r=n.d.bind(n);return r[Symbol.dispose]=r,r}var xt,wt;function ie(e,t){I[e]=t.bind(null,I[e]||function(){})}function Te(e){wt&&wt(),wt=e&&e.S()}function En(e){var t=this,n=e.data,r=yr(n);r.value=n;var a=Me(function(){for(var s=t.__v;s=s.__;)if(s.__c){s.__c.__$f|=4;break}return t.__$u.c=function(){var i,u=t.__$u.S(),c=a.value;u(),lt(c)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=c},vt(function(){var i=r.value.value;return i===0?0:i===!0?"":i||""})},[]);return a.value}En.displayName="_st";Object.defineProperties(R.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:En},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});ie("__b",function(e,t){if(typeof t.type=="string"){var n,r=t.props;for(var a in r)if(a!=="children"){var s=r[a];s instanceof R&&(n||(t.__np=n={}),n[a]=s,r[a]=s.peek())}}e(t)});ie("__r",function(e,t){Te();var n,r=t.__c;r&&(r.__$f&=-2,(n=r.__$u)===void 0&&(r.__$u=n=function(a){var s;return oe(function(){s=this}),s.c=function(){r.__$f|=1,r.setState({})},s}())),xt=r,Te(n),e(t)});ie("__e",function(e,t,n,r){Te(),xt=void 0,e(t,n,r)});ie("diffed",function(e,t){Te(),xt=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var r=t.__np,a=t.props;if(r){var s=n.U;if(s)for(var i in s){var u=s[i];u!==void 0&&!(i in r)&&(u.d(),s[i]=void 0)}else n.U=s={};for(var c in r){var l=s[c],m=r[c];l===void 0?(l=vr(n,c,m,a),s[c]=l):l.o(m,a)}}}e(t)});function vr(e,t,n,r){var a=t in e&&e.ownerSVGElement===void 0,s=z(n);return{o:function(i,u){s.value=i,r=u},d:oe(function(){var i=s.value.value;r[t]!==i&&(r[t]=i,a?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}ie("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var r=n.U;if(r){n.U=void 0;for(var a in r){var s=r[a];s&&s.d()}}}}else{var i=t.__c;if(i){var u=i.__$u;u&&(i.__$u=void 0,u.d())}}e(t)});ie("__h",function(e,t,n,r){(r<3||r===9)&&(t.__$f|=2),e(t,n,r)});ee.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var r in t)return!0;for(var a in e)if(a!=="__source"&&e[a]!==this.props[a])return!0;for(var s in this.props)if(!(s in e))return!0;return!1};function yr(e){return Me(function(){return z(e)},[])}var wr=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],xr=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function On(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,r=new Uint32Array(n*16);t.forEach((c,l)=>r[l>>2]|=c<<l%4*8),r[t.length>>2]|=128<<t.length%4*8,r[n*16-2]=t.length*8>>>0,r[n*16-1]=Math.floor(t.length/536870912);let[a,s,i,u]=[1732584193,4023233417,2562383102,271733878];for(let c=0;c<r.length;c+=16){let[l,m,f,b]=[a,s,i,u];for(let p=0;p<64;p++){let h=p>>4,_,v;h===0?[_,v]=[m&f|~m&b,p]:h===1?[_,v]=[b&m|~b&f,(5*p+1)%16]:h===2?[_,v]=[m^f^b,(3*p+5)%16]:[_,v]=[f^(m|~b),7*p%16];let g=wr[h*4+p%4],w=l+_+xr[p]+r[c+v]>>>0;[l,b,f]=[b,f,m],m=m+(w<<g|w>>>32-g)>>>0}[a,s,i,u]=[a+l>>>0,s+m>>>0,i+f>>>0,u+b>>>0]}return[a,s,i,u].map(c=>[0,8,16,24].map(l=>(c>>>l&255).toString(16).padStart(2,"0")).join("")).join("")}var kt="edgepbx.session",E=z(kr());function kr(){try{return JSON.parse(sessionStorage.getItem(kt))||null}catch{return null}}var Cr=30*60*1e3,Mn=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>Mn=Date.now(),{passive:!0});setInterval(()=>E.value&&Date.now()-Mn>Cr&&Ae(),60*1e3);var H=class extends Error{constructor(t,n){let r={},a=n&&n.data;if(t===400&&a&&typeof a=="object")for(let[s,i]of Object.entries(a)){let u=i&&typeof i=="object"?Object.values(i)[0]:null;r[s]=u&&u.message||String(i)}super(n&&(n.message||a&&a.message)||`HTTP ${t}`),this.status=t,this.fields=r,this.body=n}};async function L(e,t,n,r=E.value&&E.value.token){let a=E.value,s={Accept:"application/json"};r&&(s["X-Auth-Token"]=r),n!==void 0&&(s["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:s,body:n===void 0?void 0:JSON.stringify({data:n})}),u=await i.json().catch(()=>null);if(i.status===401&&a&&t!=="user_auth"&&Ae(),!i.ok)throw new H(i.status,u);return u}async function Dn(e){let t=await fetch("/v2/"+W(e),{headers:{"X-Auth-Token":E.value.token,Accept:"audio/*"}});if(!t.ok)throw new H(t.status,await t.json().catch(()=>null));return t.blob()}var W=e=>`accounts/${E.value.account}/${e}`,y=async e=>(await L("GET",W(e))).data,O=async(e,t)=>(await L("PUT",W(e),t)).data,T=async(e,t)=>(await L("POST",W(e),t)).data,j=async(e,t)=>(await L("PATCH",W(e),t)).data,D=async e=>(await L("DELETE",W(e))).data,In=(e,t,n)=>L("PUT","user_auth",{credentials:On(`${t.toLowerCase()}:${n}`),account_name:e});async function Fn(e,t,n){let r=await In(e,t,n),a={token:r.auth_token,account:r.data.account_id,owner:r.data.owner_id,accountName:e},s=(await L("GET",`accounts/${a.account}/users/${a.owner}`,void 0,a.token)).data;a.admin=s.priv_level==="admin",sessionStorage.setItem(kt,JSON.stringify(a)),E.value=a}function Ae(){sessionStorage.removeItem(kt),E.value=null}async function Tn(e,t){try{return await In(E.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var o={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension, phones, voicemail box and conference bridge?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,vmboxOf:e=>`${e}'s VmBox`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",extProposed:e=>`${e} is the next free extension.`,extLength:e=>`The office's extensions have ${e} digits (Settings, Country and extensions)`,failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepLocale:"Country and extensions",locale:"Country and extensions",localeHint:"The country sets the tones callers hear and how analog phones ring and show caller ID; choosing it proposes its time zone and prompt language. New users get the next free extension of the length set here.",country:"Country",countryNone:"Not set (US tones)",promptLanguage:"Prompt language (such as en-gb)",extensionLength:"Extension length (digits, 2 to 8)",extLengthRange:"A number from 2 to 8",proposedZone:e=>`Time zone ${e} is saved with the country (change it under Office).`,stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",clockUnset:"The box does not know the date and time yet: office hours are not applied (calls take the default route) until a time server answers.",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",callFilters:"Filter the calls",fromDay:"From (UTC day)",toDay:"To (UTC day)",callsOfUser:"User",allUsers:"All users",callsWithNumber:"Number contains",loadMore:"Load more",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",providerAddress:"Address shown to providers",providerAddressOwn:"the box's own",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"},featureCodes:"Feature codes",fcHint:"Codes dialled from any phone of the office. A code with \u2026 takes a number dialled after it. Turning a code off frees it.",fcWhat:"What it does",fcCode:"Code",fcOn:"On",fcNotRun:"This box does not run this code yet.",fcDigits:"1 to 6 digits",fcTaken:e=>`${e} is already another code`,fcNames:{"call_forward[action=activate]":"Turn call forwarding on (to the number dialled after the code, else asked for)","call_forward[action=deactivate]":"Turn call forwarding off","call_forward[action=toggle]":"Turn call forwarding on or off","call_forward[action=update]":"Change the call forwarding number","hotdesk[action=login]":"Hot desking: sign in at this phone","hotdesk[action=logout]":"Hot desking: sign out of this phone","hotdesk[action=toggle]":"Hot desking: sign in or out","voicemail[action=check]":"Check voicemail (box number after the code, else asked for)","voicemail[single_mailbox_login]":"Check voicemail, asking for the box number",'voicemail[action="direct"]':"Leave a message straight in a box (box number after the code)",intercom:"Intercom: the extension after the code answers on its speaker","privacy[mode=full]":"Hide your caller ID for the number after the code",park_and_retrieve:"Park a call in the slot after the code, or pick it up",valet:"Park a call in the next free slot",retrieve:"Pick up the call parked in the slot after the code",directed_ext_pickup:"Answer the extension after the code while it rings","do_not_disturb[action=activate]":"Turn do not disturb on","do_not_disturb[action=deactivate]":"Turn do not disturb off","do_not_disturb[action=toggle]":"Turn do not disturb on or off",move:"Move the call to another of your phones"},followMe:"Find me follow me",followMeHint:"A call to your extension rings the phones picked here, each from its start for its ring time.",followMeOn:"Ring my phones by this timeline",pickPhone:"Pick at least one phone",boxSettings:(e,t)=>`PIN and greeting of ${e} (${t})`,newPin:"New PIN (4 to 6 digits)",newPinAgain:"New PIN again",pinMismatch:"The two PINs differ",changePin:"Change PIN",pinChanged:"PIN changed.",uploadGreeting:"Upload greeting",greetingSaved:"Greeting saved.",storage:"Storage (data partition)",storageUse:(e,t)=>`${e.toFixed(1)} GB used of ${t.toFixed(1)} GB`,lastBackup:"Last backup",backupAt:e=>`${e} UTC`,neverBackedUp:"never",certificate:"Certificate expires",certExpires:(e,t)=>`${e} (in ${t} days)`,unknown:"unknown",diskFull:e=>`The data partition is nearly full: ${e} GB free`,certSoon:e=>`The box's certificate expires in ${e} days`,certExpired:"The box's certificate has expired",csvImport:"Import users from a CSV file",csvHint:"A header line, then one user a line. Columns: first_name, last_name, username, extension, password (all needed), email, phone (yes: a desk phone). Nothing is made while a line is wrong.",csvFile:"CSV file",csvProblems:"Lines to fix",csvEmpty:"The file is empty",csvColumns:e=>`Missing columns: ${e}`,csvUnknown:e=>`Unknown columns: ${e}`,csvNoUsers:"No users in the file",csvExtra:"more fields than columns",csvDuplicate:e=>`the same as on line ${e}`,csvLine:(e,t,n)=>`Line ${e}: ${t?`${t}: `:""}${n}`,csvField:{first_name:"first name",last_name:"last name",username:"user name",email:"email",extension:"extension",password:"password"},csvMade:(e,t)=>`${e} of ${t} users made.`,stepMail:"Mail relay",mailRelay:"Mail relay (SMTP)",mailRelayHint:"The server the box sends its mails through: voicemail to email and missed-call alerts.",relayServer:"Server (host name or address)",relayHost:"A host name or IP address",port:"Port",relayPort:"A port from 1 to 65535",relayTls:"Encryption",tlsModes:{if_available:"STARTTLS when offered",always:"TLS always",never:"None"},relayUser:"Login (empty: none)",relayPasswordKeep:"Password (empty: keep the one set)",relayFrom:"Sender address",testTo:"Send a test mail to",sendTest:"Send a test mail",sending:"Sending\u2026",testSent:e=>`Sent to ${e}: the relay took it.`,stepLine:"Outside line",outsideLines:"Outside lines",noLines:"No outside line yet.",addLine:"Add an outside line",lineServer:"Provider's server",lineNumber:"Number or SIP user name",lineAuth:"Login, if not the number",linePassword:"SIP password",lineRealm:"Domain (realm), if not the server",lineRegister:"Register with the provider",lineStates:{registered:"registered",trying:"registering\u2026",failed:"registration failed",not_registering:"not registering"},ringMyPhone:"Ring my phone",ringPhonePick:"Phone to ring",ringPhoneHint:"The phone rings; answer it and the box says its extension, then goodbye.",ringing:e=>`Ringing ${e}: answer it.`,noRegisteredPhone:"No phone is registered yet: connect one (or a softphone), then come back to this step.",call:"Call",callFrom:e=>`Call from ${e}`,callNumber:"Number to call",callStarted:(e,t)=>`${e} rings: answer it to call ${t}.`,actions:"Actions",editLine:e=>`Edit the outside line ${e}`,confirmDeleteLine:e=>`Delete the outside line ${e}? Calls out no longer use it.`,fxoLines:"Analog lines (FXO)",fxoStates:{idle:"up",busy:"in use",down:"down"},fxoDialTone:{yes:"dial tone",no:"no dial tone",checking:"checking for dial tone\u2026",unknown:"dial tone not checked yet"},fxoUse:"Use as outside line",fxoInUse:e=>`Outside line: ${e}`,fxoLineName:e=>`Analog line ${e}`,withVmbox:"Give this user a voice mailbox",vmPin:"Voice mailbox PIN (4 to 6 digits; empty: none yet)",features:"Features",featuresOf:e=>`Features of ${e}`,callerId:"Caller ID",cidInternalName:"Internal name",cidInternalNumber:"Internal number",cidExternalName:"External name",cidExternalNumber:"External number",cidAccountDefault:"The office's number",cidNameLength:"At most 35 characters",failover:"Call failover",failoverHint:"When none of this user's phones is reachable (not registered), calls go to this number.",failoverOn:"Forward when the phones are unreachable",hotdesk:"Hot desking",hotdeskHint:"Log in on any phone of the office with the hot desk code (*11) and this ID.",hotdeskOn:"Hot desking on",hotdeskId:"Hot desk ID (digits)",hotdeskPin:"Hot desk PIN",hotdeskIdDigits:"1 to 15 digits",hotdeskPinDigits:"4 to 15 digits",hotdeskRequirePin:"Ask for the PIN",hotdeskKeep:"Stay logged in on other phones",musicOnHold:"Music on hold",mohMedia:"Music callers hear when this user holds them",mohDefault:"The office's music",recording:"Call recording",recordLeg:{inbound_onnet:"Calls from colleagues",inbound_offnet:"Calls from outside",outbound_onnet:"Calls to colleagues",outbound_offnet:"Calls to outside numbers"},recordingLimitLabel:"Longest recording (seconds)",recordingLimit:"5 to 10800 seconds",noExtensionYet:"This user has no extension yet: save the user first.",userVmbox:(e,t)=>`${e} (${t})`,vmOnNoAnswer:"Unanswered calls go to this box",noVmboxYet:e=>`No voicemail box yet. Make one with mailbox ${e}:`,makeVmbox:"Make the voicemail box",confBridge:"Conference bridge",confBridgeIs:(e,t)=>`${e}, dial ${t}`,makeConfBridge:"Make the conference bridge",conferenceOf:e=>`${e}'s conference`,faxboxNotSupported:"Faxbox: the box has no fax yet."};function k({id:e,label:t,value:n,onInput:r,error:a,type:s="text",required:i,autocomplete:u,inputmode:c}){let l=`${e}-error`;return d`<div class="field">
    <label for=${e}>${t}</label>
    <input
      id=${e}
      name=${e}
      type=${s}
      value=${n}
      required=${i}
      autocomplete=${u}
      inputmode=${c}
      aria-invalid=${a?"true":void 0}
      aria-describedby=${a?l:void 0}
      onInput=${m=>r(m.target.value)}
    />
    ${a&&d`<p class="error" id=${l} role="alert">${a}</p>`}
  </div>`}function x({message:e}){return e?d`<p class="banner" role="alert">${e}</p>`:null}function A({id:e,label:t,checked:n,onChange:r}){return d`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${a=>r(a.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function An(){let[e,t]=$({account:"",username:"",password:""}),[n,r]=$(!1),[a,s]=$(""),i=c=>l=>t({...e,[c]:l});async function u(c){c.preventDefault(),r(!0),s("");try{await Fn(e.account.trim(),e.username.trim(),e.password)}catch(l){s(l.status===401?o.badLogin:l.message),r(!1)}}return d`<main class="login">
    <form onSubmit=${u} aria-label=${o.login}>
      <h1>${o.app}</h1>
      <${x} message=${a} />
      <${k} id="account" label=${o.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${k} id="username" label=${o.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${k} id="password" label=${o.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?o.signingIn:o.login}</button>
    </form>
  </main>`}var Sr=5e3;async function Nr(){let e=await y("resources?paginate=false");return(await Promise.all(e.map(n=>y(`resources/${n.id}/status`).then(r=>[n,r])))).flatMap(([n,r])=>r.gateways.filter(a=>a.state==="failed").map(a=>o.trunkDown(n.name||n.id,a.server)))}var Ln=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function Pr(){let[e,t,n]=await Promise.all([y("devices?with_status=true&paginate=false"),y("channels"),y("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function Er(e){var n;let t={};for(let r of e){let a=t[n=r.device_type||"sip_device"]||(t[n]=[0,0]);a[0]+=1,r.registered&&(a[1]+=1)}return Object.entries(t).map(([r,[a,s]])=>[r,a,s]).sort((r,a)=>a[1]-r[1]||r[0].localeCompare(a[0]))}var Or=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function Mr(){let[e,t,n,r,a,s,i]=await Promise.all([y("users?paginate=false"),y("phone_numbers"),Ln(L("GET","system_status").then(c=>c.data),null),Ln(y("sip_bans"),[]),Nr(),y("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),y("conferences?paginate=false")]),u=Object.values(t.numbers||{});return{users:e.length,numbers:u.length,spare:u.filter(c=>!c.used_by).length,version:n&&n.software_version,provider:n&&{address:n.provider_address},clockUnset:!!(n&&n.clock&&n.clock.set===!1),main:Or(s.flatMap(c=>c.numbers||[])),conference:i.flatMap(c=>c.conference_numbers||[]),box:n&&Fr(n),alerts:[...r.map(c=>o.banned(c.ip,c.reason)),...a,...n?Tr(n):[]]}}var Ct=1024**3,Dr=.9,Ir=30;function Fr({storage:e,last_backup:t,certificate:n}){return{storage:e?o.storageUse((e.total_bytes-e.free_bytes)/Ct,e.total_bytes/Ct):o.unknown,backup:t?o.backupAt(new Date(t.time_unix*1e3).toISOString().slice(0,16).replace("T"," ")):o.neverBackedUp,cert:n?o.certExpires(new Date(n.expires_unix*1e3).toISOString().slice(0,10),n.days_left):o.unknown}}function Tr({storage:e,certificate:t}){let n=[];return e&&e.total_bytes&&1-e.free_bytes/e.total_bytes>=Dr&&n.push(o.diskFull(Math.round(e.free_bytes/Ct*10)/10)),t&&t.days_left<Ir&&n.push(t.days_left<0?o.certExpired:o.certSoon(t.days_left)),n}function le({id:e,label:t,value:n}){return d`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function Un(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$("");C(()=>{Mr().then(t,m=>s(m.message));let c=()=>Pr().then(r,m=>s(m.message));c();let l=setInterval(c,Sr);return()=>clearInterval(l)},[]);let i=n?n.devices.filter(c=>c.registered).length:"\u2026",u=n?n.ports.filter(c=>c.state==="down"||c.alarm).map(c=>o.portDown(c.name,c.alarm)):[];return d`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${o.dashboard}</h2>
    <${x} message=${a} />
    ${e&&e.clockUnset&&d`<p class="banner" role="alert" data-alert="clock">${o.clockUnset}</p>`}
    <div class="tiles">
      <${le} id="users" label=${o.users} value=${e?e.users:"\u2026"} />
      <${le} id="devices" label=${o.devices} value=${n?n.devices.length:"\u2026"} />
      <${le} id="registered" label=${o.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${le} id="calls" label=${o.callsNow} value=${n?n.calls:"\u2026"} />
      <${le} id="numbers" label=${o.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&d`<${le} id="version" label=${o.softwareVersion} value=${e.version} />`}
    </div>
    ${n&&d`<h3>${o.devicesByType}</h3>
      <ul class="by-type">
        ${Er(n.devices).map(([c,l,m])=>d`<li key=${c} data-type=${c}>${o.deviceTypes[c]||c}: ${o.registeredOf(m,l)}</li>`)}
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
  </section>`}var q=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),Le=e=>`${e.first_name} ${e.last_name}`.trim();function St(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,r=>t[r%t.length]).join("")}function Nt(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:Le(t),number:t.extension}},ui_metadata:q()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}var Ue=e=>({module:"voicemail",data:{id:e},children:{}});function Be(e,t,n,r){return{...e,type:"mainUserCallflow",owner_id:t.id,name:o.callflowOf(Le(t)),numbers:[n],contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:r?{_:Ue(r)}:{}},ui_metadata:q()}}function Re(e,t,n){return{name:o.vmboxOf(Le(e)),mailbox:t,owner_id:e.id,pin:n||void 0,ui_metadata:q()}}function Pt(e){return{device_type:"sip_device",name:o.phoneOf(Le(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${St(10)}`,password:St(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:q()}}var ge=15;function Et(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||q()}}function Ot(e,t,n){let r=Math.max(...n.members.map(a=>a.delay+a.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[St(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:r,repeats:n.repeats,endpoints:n.members.map(a=>({id:a.id,endpoint_type:"user",delay:a.delay,timeout:a.timeout}))},children:{}},ui_metadata:e.ui_metadata||q()}}var Ar=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function Mt(e,t,n,r){return{...e,name:r.name,type:"userGroup",group_id:t.id,numbers:[r.extension],flow:{module:"callflow",data:{id:n.id},children:{_:Ar(r.next_vmbox)}},ui_metadata:e.ui_metadata||q()}}function Bn(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((r,a)=>({...r,delay:a*n,timeout:n}))}function Lr(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:e==="vmboxes"&&t==="mailbox"?"extension":e==="vmboxes"&&t==="pin"?"vm_pin":null}function Ur(e,t){if(!(t instanceof H))throw t;let n={},r=[];for(let[a,s]of Object.entries(t.fields)){let i=Lr(e,a);i?n[i]=s:r.push(`${a}: ${s}`)}throw t.fields=n,r.length&&(t.message=r.join("; ")),t}async function X(e,t,n){try{return await t()}catch(r){for(let a of n.reverse())await a().catch(()=>{});Ur(e,r)}}async function je(e){let t=[],n=await X("users",()=>O("users",Nt({},e)),t);t.push(()=>D(`users/${n.id}`));let r=null;e.vmbox&&(r=await X("vmboxes",()=>O("vmboxes",Re(n,e.extension,e.vm_pin)),t),t.push(()=>D(`vmboxes/${r.id}`)));let a=await X("callflows",()=>O("callflows",Be({},n,e.extension,r&&r.id)),t);return t.push(()=>D(`callflows/${a.id}`)),e.phone&&await X("devices",()=>O("devices",Pt(n)),t),n}async function Rn(e,t,n){let r=await y(`users/${e}`),a=await X("users",()=>T(`users/${e}`,Nt(r,t)),[]);if(n){let s=await y(`callflows/${n}`);await X("callflows",()=>T(`callflows/${n}`,Be(s,a,t.extension)),[])}else await X("callflows",()=>O("callflows",Be({},a,t.extension)),[]);return t.phone&&await X("devices",()=>O("devices",Pt(a)),[]),a}async function jn(e){let t=["callflows","devices","vmboxes","conferences"],n=await Promise.all(t.map(r=>y(`${r}?filter_owner_id=${e}&paginate=false`)));for(let[r,a]of n.entries())for(let s of a)await D(`${t[r]}/${s.id}`);await D(`users/${e}`)}var Br=5e3;function Dt({ownerId:e}){let[t,n]=$([]),[r,a]=$("");return C(()=>{let s=!0;L("GET",`accounts/${E.value.account}`).then(c=>s&&a(c.data.realm||""));async function i(){let c=await y(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),l=await Promise.all(c.map(m=>y(`devices/${m.id}`)));s&&n(l.map((m,f)=>({...m,registered:c[f].registered})))}i().catch(()=>{});let u=setInterval(()=>i().catch(()=>{}),Br);return()=>{s=!1,clearInterval(u)}},[e]),t.map(s=>d`<div class="card" key=${s.id} aria-label=${o.sipCredentials}>
      <h3>${o.sipCredentials}: ${s.name}</h3>
      <dl>
        <dt>${o.sipUser}</dt><dd class="sip-user">${s.sip&&s.sip.username}</dd>
        <dt>${o.sipPassword}</dt><dd class="sip-password">${s.sip&&s.sip.password}</dd>
        <dt>${o.sipRealm}</dt><dd>${r}</dd>
        <dt>${o.status}</dt><dd class=${s.registered?"dot on":"dot"}>${s.registered?o.registered:o.notRegistered}</dd>
      </dl>
    </div>`)}function It(e,t){return e.length<12?o.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(r=>r.test(e)).length<3?o.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?o.pwUsername:""}function de({username:e,onDone:t}){let[n,r]=$({old:"",next:"",again:""}),[a,s]=$({}),[i,u]=$(""),[c,l]=$(!1),[m,f]=$(!1),b=h=>_=>r({...n,[h]:_});async function p(h){h.preventDefault(),f(!1);let _={};n.old||(_.old=o.required);let v=It(n.next,e);if(v?_.next=v:n.next===n.old&&(_.next=o.pwSame),n.again!==n.next&&(_.again=o.pwMismatch),s(_),!Object.keys(_).length){l(!0),u("");try{if(!await Tn(e,n.old)){s({old:o.pwOldWrong});return}await j(`users/${E.value.owner}`,{password:n.next,require_password_update:!1}),r({old:"",next:"",again:""}),f(!0),t&&t()}catch(g){s(g.fields||{}),u(g.message)}finally{l(!1)}}}return d`<form onSubmit=${p} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${o.changePassword}</h3>
    <p class="hint">${o.pwRules}</p>
    <${x} message=${i} />
    <${k} id="pw_old" label=${o.pwOld} type="password" value=${n.old} onInput=${b("old")} error=${a.old} autocomplete="current-password" />
    <${k} id="pw_new" label=${o.pwNew} type="password" value=${n.next} onInput=${b("next")} error=${a.next||a.password} autocomplete="new-password" />
    <${k} id="pw_again" label=${o.pwAgain} type="password" value=${n.again} onInput=${b("again")} error=${a.again} autocomplete="new-password" />
    ${m&&d`<p class="ok" role="status">${o.pwChanged}</p>`}
    <button type="submit" disabled=${c}>${c?o.saving:o.changePassword}</button>
  </form>`}var K=z(void 0),Hn=null;async function He(){let e=E.value.account;if(Hn===e&&K.value!==void 0)return K.value;let{data:t}=await L("GET",`accounts/${e}`);return Hn=e,K.value=t.edgepbx&&t.edgepbx.extension_length||null,K.value}function Ft(e,t){return t&&e&&e.length!==t?o.extLength(t):null}async function Gn(e){let t=await y("callflows?paginate=false"),n=new Set(t.flatMap(a=>a.numbers||[])),r=10**e;for(let a=10**(e-1);a<r;a++)if(!n.has(String(a)))return String(a);return""}function Tt(e,t,n){let r={};for(let s of["first_name","last_name","username","extension"])e[s].trim()||(r[s]=o.required);e.extension&&!/^\d{2,8}$/.test(e.extension)?r.extension=o.extDigits:Ft(e.extension,n)&&(r.extension=Ft(e.extension,n));let a=(t||e.password)&&It(e.password,e.username);return a&&(r.password=a),t&&e.vmbox&&e.vm_pin&&!/^\d{4,6}$/.test(e.vm_pin)&&(r.vm_pin=o.pinDigits),r}function Ge({user:e,onDone:t}){let n=!e.id,[r,a]=$({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n,vmbox:n,vm_pin:""}),[s,i]=$({}),[u,c]=$(""),[l,m]=$(!1),[f,b]=$(null),p=w=>N=>a({...r,[w]:N}),[h,_]=$("");C(()=>{He().then(w=>n&&!r.extension&&w&&Gn(w)).then(w=>{w&&(_(w),a(N=>N.extension?N:{...N,extension:w}))}).catch(()=>{})},[]);async function v(w){w.preventDefault();let N=Tt(r,n,K.value);if(i(N),c(""),!Object.keys(N).length){m(!0);try{let S=n?await je(r):await Rn(e.id,r,e.callflow&&e.callflow.id);n||r.phone?b(S):t()}catch(S){i(S.fields||{}),c(`${o.failed} ${S.message}`)}m(!1)}}if(f)return d`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${f.first_name} ${f.last_name}</h2>
      <${Dt} ownerId=${f.id} />
      <button onClick=${()=>t({...f,extension:r.extension})}>${o.users}</button>
    </section>`;let g=e.devices&&e.devices.length>0;return d`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?o.addUser:o.editUser}</h2>
    <form onSubmit=${v} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="first_name" label=${o.firstName} value=${r.first_name} onInput=${p("first_name")} error=${s.first_name} required />
        <${k} id="last_name" label=${o.lastName} value=${r.last_name} onInput=${p("last_name")} error=${s.last_name} required />
        <${k} id="username" label=${o.username} value=${r.username} onInput=${p("username")} error=${s.username} required autocomplete="off" />
        <${k} id="email" label=${o.email} type="email" value=${r.email} onInput=${p("email")} error=${s.email} />
        <${k} id="new_password" label=${o.password} type="password" value=${r.password} onInput=${p("password")} error=${s.password} required=${n} autocomplete="new-password" />
        <${k} id="extension" label=${o.extension} value=${r.extension} onInput=${p("extension")} error=${s.extension} required inputmode="numeric" />
      </div>
      ${h&&d`<p class="hint" id="extension-proposed">${o.extProposed(h)}</p>`}
      ${!g&&d`<div class="check">
        <input type="checkbox" id="phone" checked=${r.phone} onChange=${w=>a({...r,phone:w.target.checked})} />
        <label for="phone">${o.deskPhone}</label>
      </div>`}
      ${n&&d`<${A} id="vmbox" label=${o.withVmbox} checked=${r.vmbox} onChange=${p("vmbox")} />
        ${r.vmbox&&d`<${k} id="vm_pin" label=${o.vmPin} type="password" value=${r.vm_pin} onInput=${p("vm_pin")} error=${s.vm_pin} inputmode="numeric" autocomplete="off" />`}`}
      <div class="bar">
        <button type="submit" disabled=${l}>${l?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
    ${g&&d`<${Dt} ownerId=${e.id} />`}
  </section>`}var Rr=/^\+?\d{2,15}$/;function jr(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function qe({user:e,onSaved:t}){let[n,r]=$(jr(e)),[a,s]=$({}),[i,u]=$(""),[c,l]=$(!1),[m,f]=$(!1),b=h=>_=>{l(!1),r({...n,[h]:_})};async function p(h){h.preventDefault();let _=n.forward&&!Rr.test(n.number.trim())?{"call_forward.number":o.forwardNumber}:{};if(s(_),u(""),!Object.keys(_).length){f(!0);try{let v=await j(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});l(!0),t&&t(v)}catch(v){s(v.fields||{}),u(`${o.failed} ${v.message}`)}f(!1)}}return d`<form onSubmit=${p} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${o.callHandling}</h3>
    <${x} message=${i} />
    <${A} id="dnd" label=${o.dnd} checked=${n.dnd} onChange=${b("dnd")} />
    <${A} id="forward" label=${o.forward} checked=${n.forward} onChange=${b("forward")} />
    ${n.forward&&d`<fieldset>
      <${k} id="forward_number" label=${o.forwardTo} value=${n.number} onInput=${b("number")} error=${a["call_forward.number"]} inputmode="tel" />
      <${A} id="ring_devices" label=${o.ringDevicesToo} checked=${n.ring_devices} onChange=${b("ring_devices")} />
      <${A} id="direct_calls_only" label=${o.directCallsOnly} checked=${n.direct_calls_only} onChange=${b("direct_calls_only")} />
      <${A} id="keep_caller_id" label=${o.keepCallerId} checked=${n.keep_caller_id} onChange=${b("keep_caller_id")} />
      <${A} id="require_keypress" label=${o.requireKeypress} checked=${n.require_keypress} onChange=${b("require_keypress")} />
    </fieldset>`}
    ${c&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit" disabled=${m}>${m?o.saving:o.save}</button>
  </form>`}var qn=(e,t)=>/^\d+$/.test(String(e))&&Number(e)>=t&&Number(e)<=300;function ze({userId:e}){let[t,n]=$(null),[r,a]=$(null),[s,i]=$({}),[u,c]=$(""),[l,m]=$(!1),f=(h,_)=>{let v=Object.fromEntries(h.endpoints.map(g=>[g.id,g]));a({enabled:h.enabled,rows:_.map(g=>({id:g.id,name:g.name,on:!!v[g.id],delay:String(v[g.id]?.delay??0),timeout:String(v[g.id]?.timeout??20)}))})};if(C(()=>{Promise.all([y(`users/${e}/find_me_follow_me`),y(`users/${e}/devices`)]).then(([h,_])=>{n(_),f(h,_)},h=>c(h.message))},[]),!r)return d`<div class="card"><h3>${o.followMe}</h3><${x} message=${u} />${!u&&o.loading}</div>`;let b=(h,_,v)=>a({...r,rows:r.rows.map((g,w)=>w===h?{...g,[_]:v}:g)});async function p(h){h.preventDefault(),m(!1),c("");let _=r.rows.filter(g=>g.on),v={};if(r.enabled&&!_.length&&(v.rows=o.pickPhone),r.rows.forEach((g,w)=>{g.on&&(!qn(g.delay,0)||!qn(g.timeout,1))&&(v[w]=o.badTimeline)}),i(v),!Object.keys(v).length)try{let g=_.map(w=>({id:w.id,delay:Number(w.delay),timeout:Number(w.timeout)}));f(await T(`users/${e}/find_me_follow_me`,{enabled:r.enabled,endpoints:r.enabled?g:[]}),t),m(!0)}catch(g){let w={};for(let[N,S]of Object.entries(g.fields||{})){let P=/^endpoints\.(\d+)\./.exec(N);P?w[r.rows.indexOf(_[Number(P[1])])]=S:w.rows=S}i(w),c(`${o.failed} ${g.message}`)}}return d`<form class="card" onSubmit=${p} novalidate aria-labelledby="fmfm-h">
    <h3 id="fmfm-h">${o.followMe}</h3>
    <p class="hint">${o.followMeHint}</p>
    <${x} message=${u} />
    <${A} id="fmfm_on" label=${o.followMeOn} checked=${r.enabled} onChange=${h=>a({...r,enabled:h})} />
    ${r.enabled&&d`${s.rows&&d`<p class="error" role="alert">${s.rows}</p>`}
      <table class="list timeline" aria-label=${o.followMe}>
        <thead><tr><th>${o.myDevices}</th><th>${o.startAfter}</th><th>${o.ringFor}</th></tr></thead>
        <tbody>
          ${r.rows.map((h,_)=>d`<tr key=${h.id} data-fmfm=${h.name}>
              <td><span class="check"><input type="checkbox" id=${"fm-"+h.id} checked=${h.on} onChange=${v=>b(_,"on",v.target.checked)} /><label for=${"fm-"+h.id}>${h.name}</label></span>
                ${s[_]&&d`<p class="error" role="alert">${s[_]}</p>`}</td>
              <td data-label=${o.startAfter}>${h.on&&d`<input aria-label=${`${o.startAfter} ${h.name}`} inputmode="numeric" value=${h.delay} onInput=${v=>b(_,"delay",v.target.value)} />`}</td>
              <td data-label=${o.ringFor}>${h.on&&d`<input aria-label=${`${o.ringFor} ${h.name}`} inputmode="numeric" value=${h.timeout} onInput=${v=>b(_,"timeout",v.target.value)} />`}</td>
            </tr>`)}
        </tbody>
      </table>`}
    <div class="bar"><button type="submit">${o.save}</button>${l&&d`<span class="ok" role="status">${o.saved}</span>`}</div>
  </form>`}function Hr(e,t){let n=e&&e.flow&&e.flow.children&&e.flow.children._;return!!n&&n.module==="voicemail"&&n.data&&n.data.id===t&&!n.data.skip_module}function Gr(e,t,n){let r=n?Ue(t):{...Ue(t),data:{id:t,skip_module:!0}};return{...e,flow:{...e.flow,children:{...e.flow.children||{},_:r}}}}function zn({user:e,callflowId:t}){let[n,r]=$(null),[a,s]=$(""),[i,u]=$({}),[c,l]=$(""),[m,f]=$(!1),b=()=>Promise.all([y(`vmboxes?filter_owner_id=${e.id}&paginate=false`),t?y(`callflows/${t}`):null]).then(([N,S])=>r({box:N[0]||null,cf:S}),N=>l(N.message));if(C(()=>{b()},[]),!n)return d`<div class="card"><h3>${o.vmboxes}</h3><${x} message=${c} />${!c&&o.loading}</div>`;let{box:p,cf:h}=n;async function _(N,S){await T(`callflows/${h.id}`,Gr(await y(`callflows/${h.id}`),N,S))}async function v(N){N.preventDefault(),f(!1),l("");let S=a&&!/^\d{4,6}$/.test(a)?{pin:o.pinDigits}:{};if(u(S),Object.keys(S).length)return;let P=null;try{P=await O("vmboxes",Re(e,h.numbers[0],a)),await _(P.id,!0),f(!0),b()}catch(M){P&&await D(`vmboxes/${P.id}`).catch(()=>{}),u({pin:(M.fields||{}).pin,mailbox:(M.fields||{}).mailbox}),l(`${o.failed} ${M.message}`)}}async function g(N){f(!1),l("");try{await _(p.id,N),f(!0),b()}catch(S){l(`${o.failed} ${S.message}`)}}let w=m&&d`<span class="ok" role="status">${o.saved}</span>`;return h?p?d`<div class="card" id="feature-voicemail">
      <h3>${o.vmboxes}</h3>
      <${x} message=${c} />
      <p data-vmbox=${p.mailbox}>${o.userVmbox(p.name,p.mailbox)}</p>
      <${A} id="vm_on" label=${o.vmOnNoAnswer} checked=${Hr(h,p.id)} onChange=${g} />
      ${w}
    </div>`:d`<form class="card" id="feature-voicemail" onSubmit=${v} novalidate>
    <h3>${o.vmboxes}</h3>
    <${x} message=${c} />
    <p class="hint">${o.noVmboxYet(h.numbers[0])}</p>
    <${k} id="feature_vm_pin" label=${o.vmPin} type="password" value=${a} onInput=${s} error=${i.pin||i.mailbox} inputmode="numeric" autocomplete="off" />
    <div class="bar"><button type="submit">${o.makeVmbox}</button>${w}</div>
  </form>`:d`<div class="card" id="feature-voicemail"><h3>${o.vmboxes}</h3><p>${o.noExtensionYet}</p></div>`}var Vn=e=>e.split(/[\s,;]+/).filter(Boolean);function Wn(e){return{name:e.name.trim(),owner_id:e.owner_id,conference_numbers:[e.number],member:{pins:Vn(e.member_pins),join_muted:e.join_muted},moderator:{pins:Vn(e.moderator_pins)}}}var At=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:[n.number],flow:{module:"conference",data:{id:t.id},children:{}},...n.owner_id?{type:"conference",owner_id:n.owner_id}:{}});function Yn(e){if(!(e instanceof H))throw e;let t={};for(let[n,r]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=r;throw e.fields=t,e}var Zn=e=>y(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function Ve(e){let t=null;try{return t=await O("conferences",Wn(e)),await O("callflows",At({},t,e)),t}catch(n){t&&await D(`conferences/${t.id}`).catch(()=>{}),Yn(n)}}async function Xn(e,t){try{let n=await j(`conferences/${e}`,Wn(t)),[r]=await Zn(e);r?await T(`callflows/${r.id}`,At(await y(`callflows/${r.id}`),n,t)):await O("callflows",At({},n,t))}catch(n){Yn(n)}}async function ve(e){for(let t of await Zn(e))await D(`callflows/${t.id}`);await D(`conferences/${e}`)}var Kn=(e,t)=>j(`users/${e.id}`,{smartpbx:{conferencing:{enabled:t}}});function Jn({user:e}){let[t,n]=$(void 0),[r,a]=$(""),[s,i]=$(""),[u,c]=$(""),l=()=>y(`conferences?filter_owner_id=${e.id}&paginate=false`).then(b=>n(b[0]||null),b=>c(b.message));C(()=>{l()},[]);async function m(b){if(b.preventDefault(),c(""),!/^\+?\d{2,15}$/.test(r))return i(o.extDigits);i("");let p=null;try{let h=o.conferenceOf(`${e.first_name} ${e.last_name}`.trim());p=await Ve({name:h,number:r,member_pins:"",moderator_pins:"",join_muted:!1,owner_id:e.id}),await Kn(e,!0),l()}catch(h){p&&await ve(p.id).catch(()=>{}),i((h.fields||{}).number||""),c(`${o.failed} ${h.message}`)}}async function f(){c("");try{await ve(t.id),await Kn(e,!1),l()}catch(b){c(`${o.failed} ${b.message}`)}}return t===void 0?d`<div class="card"><h3>${o.confBridge}</h3><${x} message=${u} />${!u&&o.loading}</div>`:t?d`<div class="card" id="feature-conference">
      <h3>${o.confBridge}</h3>
      <${x} message=${u} />
      <p data-conference=${(t.conference_numbers||[])[0]}>${o.confBridgeIs(t.name,(t.conference_numbers||[]).join(", "))}</p>
      <button type="button" class="danger" onClick=${f}>${o.del}</button>
    </div>`:d`<form class="card" id="feature-conference" onSubmit=${m} novalidate>
    <h3>${o.confBridge}</h3>
    <${x} message=${u} />
    <${k} id="feature_conf_number" label=${o.confNumber} value=${r} onInput=${a} error=${s} inputmode="tel" />
    <div class="bar"><button type="submit">${o.makeConfBridge}</button></div>
  </form>`}function ce({id:e,title:t,user:n,formOf:r,check:a,toPatch:s,body:i,onSaved:u}){let[c,l]=$(()=>r(n)),[m,f]=$({}),[b,p]=$(""),[h,_]=$(!1),[v,g]=$(!1),w=S=>P=>{_(!1),l(M=>({...M,[S]:P}))};async function N(S){S.preventDefault();let P=a?a(c):{};if(f(P),p(""),!Object.keys(P).length){g(!0);try{let M=await j(`users/${n.id}`,s(c));_(!0),u&&u(M)}catch(M){f(M.fields||{}),p(`${o.failed} ${M.message}`)}g(!1)}}return d`<form class="card" id=${e} onSubmit=${N} novalidate aria-labelledby=${e+"-h"}>
    <h3 id=${e+"-h"}>${t}</h3>
    <${x} message=${b} />
    ${i(c,w,m)}
    <div class="bar">
      <button type="submit" disabled=${v}>${v?o.saving:o.save}</button>
      ${h&&d`<span class="ok" role="status">${o.saved}</span>`}
    </div>
  </form>`}function Lt({id:e,label:t,value:n,options:r,onChange:a,error:s}){return d`<div class="field">
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>a(i.target.value)} aria-invalid=${s?"true":void 0}
      aria-describedby=${s?e+"-error":void 0}>
      ${r.map(([i,u])=>d`<option key=${i} value=${i}>${u}</option>`)}
    </select>
    ${s&&d`<p class="error" id=${e+"-error"} role="alert">${s}</p>`}
  </div>`}var eo=/^\+?\d{2,15}$/,Qn=(e,t,n)=>new RegExp(`^\\d{${t},${n}}$`).test(e),qr=e=>e.trim().length<=35;function to({user:e,numbers:t}){let n=(r,a)=>e.caller_id&&e.caller_id[r]&&e.caller_id[r][a]||"";return d`<${ce}
    id="feature-caller-id"
    title=${o.callerId}
    user=${e}
    formOf=${()=>({int_name:n("internal","name"),int_number:n("internal","number"),ext_name:n("external","name"),ext_number:n("external","number")})}
    check=${r=>{let a={};r.int_number&&!eo.test(r.int_number)&&(a["caller_id.internal.number"]=o.forwardNumber);for(let[s,i]of[["int_name","caller_id.internal.name"],["ext_name","caller_id.external.name"]])qr(r[s])||(a[i]=o.cidNameLength);return a}}
    toPatch=${r=>({caller_id:{internal:{name:r.int_name.trim()||null,number:r.int_number||null},external:{name:r.ext_name.trim()||null,number:r.ext_number||null}}})}
    body=${(r,a,s)=>d`<div class="grid">
      <${k} id="cid_int_name" label=${o.cidInternalName} value=${r.int_name} onInput=${a("int_name")} error=${s["caller_id.internal.name"]} />
      <${k} id="cid_int_number" label=${o.cidInternalNumber} value=${r.int_number} onInput=${a("int_number")} error=${s["caller_id.internal.number"]} inputmode="tel" />
      <${k} id="cid_ext_name" label=${o.cidExternalName} value=${r.ext_name} onInput=${a("ext_name")} error=${s["caller_id.external.name"]} />
      <${Lt} id="cid_ext_number" label=${o.cidExternalNumber} value=${r.ext_number} onChange=${a("ext_number")} error=${s["caller_id.external.number"]}
        options=${[["",o.cidAccountDefault],...[...new Set([...t,r.ext_number].filter(Boolean))].map(i=>[i,i])]} />
    </div>`}
  />`}function no({user:e}){let t=e.call_failover||{};return d`<${ce}
    id="feature-failover"
    title=${o.failover}
    user=${e}
    formOf=${()=>({enabled:!!t.enabled,number:t.number||""})}
    check=${n=>n.enabled&&!eo.test(n.number.trim())?{"call_failover.number":o.forwardNumber}:{}}
    toPatch=${n=>({call_failover:{enabled:n.enabled,number:n.number.trim()||null}})}
    body=${(n,r,a)=>d`<p class="hint">${o.failoverHint}</p>
      <${A} id="failover_on" label=${o.failoverOn} checked=${n.enabled} onChange=${r("enabled")} />
      ${n.enabled&&d`<${k} id="failover_number" label=${o.forwardTo} value=${n.number} onInput=${r("number")} error=${a["call_failover.number"]} inputmode="tel" />`}`}
  />`}function oo({user:e}){let t=e.hotdesk||{};return d`<${ce}
    id="feature-hotdesk"
    title=${o.hotdesk}
    user=${e}
    formOf=${()=>({enabled:!!t.enabled,id:t.id||"",require_pin:!!t.require_pin,pin:t.pin||"",keep:!!t.keep_logged_in_elsewhere})}
    check=${n=>{let r={};return n.enabled&&!Qn(n.id,1,15)&&(r["hotdesk.id"]=o.hotdeskIdDigits),n.enabled&&(n.require_pin||n.pin)&&!Qn(n.pin,4,15)&&(r["hotdesk.pin"]=o.hotdeskPinDigits),r}}
    toPatch=${n=>({hotdesk:{enabled:n.enabled,id:n.id||null,require_pin:n.require_pin,pin:n.pin||null,keep_logged_in_elsewhere:n.keep}})}
    body=${(n,r,a)=>d`<p class="hint">${o.hotdeskHint}</p>
      <${A} id="hotdesk_on" label=${o.hotdeskOn} checked=${n.enabled} onChange=${r("enabled")} />
      ${n.enabled&&d`<div class="grid">
          <${k} id="hotdesk_id" label=${o.hotdeskId} value=${n.id} onInput=${r("id")} error=${a["hotdesk.id"]} inputmode="numeric" />
          <${k} id="hotdesk_pin" label=${o.hotdeskPin} type="password" value=${n.pin} onInput=${r("pin")} error=${a["hotdesk.pin"]} inputmode="numeric" autocomplete="off" />
        </div>
        <${A} id="hotdesk_require_pin" label=${o.hotdeskRequirePin} checked=${n.require_pin} onChange=${r("require_pin")} />
        <${A} id="hotdesk_keep" label=${o.hotdeskKeep} checked=${n.keep} onChange=${r("keep")} />`}`}
  />`}function ro({user:e,media:t}){return d`<${ce}
    id="feature-moh"
    title=${o.musicOnHold}
    user=${e}
    formOf=${()=>({media_id:e.music_on_hold&&e.music_on_hold.media_id||""})}
    toPatch=${n=>({music_on_hold:{media_id:n.media_id||null}})}
    body=${(n,r,a)=>d`<${Lt} id="moh_media" label=${o.mohMedia} value=${n.media_id} onChange=${r("media_id")} error=${a["music_on_hold.media_id"]}
      options=${[["",o.mohDefault],...t.map(s=>[s.id,s.name||s.id])]} />`}
  />`}var ye=[["inbound","onnet"],["inbound","offnet"],["outbound","onnet"],["outbound","offnet"]],J=(e,t)=>`${e}_${t}`;function ao({user:e}){let t=e.call_recording||{},n=(r,a)=>t[r]&&t[r][a]||{};return d`<${ce}
    id="feature-recording"
    title=${o.recording}
    user=${e}
    formOf=${()=>({...Object.fromEntries(ye.map(([r,a])=>[J(r,a),n(r,a).enabled===!0])),time_limit:String(ye.map(([r,a])=>n(r,a).time_limit).find(r=>r!==void 0)??3600)})}
    check=${r=>/^\d+$/.test(r.time_limit)&&Number(r.time_limit)>=5&&Number(r.time_limit)<=10800?{}:{time_limit:o.recordingLimit}}
    toPatch=${r=>{let a={};for(let[s,i]of ye)a[s]={...a[s],[i]:{enabled:r[J(s,i)],time_limit:Number(r.time_limit)}};return{call_recording:a,smartpbx:{call_recording:{enabled:ye.some(([s,i])=>r[J(s,i)])}}}}}
    body=${(r,a,s)=>d`${ye.map(([i,u])=>d`<${A} key=${J(i,u)} id=${"rec_"+J(i,u)} label=${o.recordLeg[J(i,u)]} checked=${r[J(i,u)]} onChange=${a(J(i,u))} />`)}
      <${k} id="rec_time_limit" label=${o.recordingLimitLabel} value=${r.time_limit} onInput=${a("time_limit")} error=${s.time_limit} inputmode="numeric" />`}
  />`}function so({user:e,onDone:t}){let n=e.id,r=e.callflow&&e.callflow.id,[a,s]=$(null),[i,u]=$("");C(()=>{Promise.all([y(`users/${n}`),y("phone_numbers"),y("media?paginate=false")]).then(([m,f,b])=>s({user:m,numbers:Object.keys(f&&f.numbers||{}),media:b}),m=>u(m.message))},[n]);let c=d`<button type="button" class="plain" onClick=${t}>${o.users}</button>`;if(!a)return d`<section><h2>${o.features}</h2><${x} message=${i} />${!i&&o.loading} ${c}</section>`;let{user:l}=a;return d`<section aria-labelledby="features-panel-h" class="features">
    <div class="bar"><h2 id="features-panel-h">${o.featuresOf(`${l.first_name} ${l.last_name}`)}</h2>${c}</div>
    <${qe} user=${l} />
    <${no} user=${l} />
    <${to} user=${l} numbers=${a.numbers} />
    <${zn} user=${l} callflowId=${r} />
    <${ze} userId=${l.id} />
    <${oo} user=${l} />
    <${Jn} user=${l} />
    <${ro} user=${l} media=${a.media} />
    <${ao} user=${l} />
    <p class="hint">${o.faxboxNotSupported}</p>
    ${c}
  </section>`}async function zr(){let[e,t,n]=await Promise.all([y("users?paginate=false"),y("callflows?filter_type=mainUserCallflow&paginate=false"),y("devices?with_status=true&paginate=false")]);return e.map(r=>{let a=t.find(s=>s.owner_id===r.id);return{...r,callflow:a,extension:a&&a.numbers?a.numbers[0]:"",devices:n.filter(s=>s.owner_id===r.id)}})}function io(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(null),[i,u]=$(""),c=()=>zr().then(t,m=>u(m.message));C(c,[]);async function l(m){if(confirm(o.confirmDelete(`${m.first_name} ${m.last_name}`))){try{await jn(m.id)}catch(f){u(f.message)}c()}}return a?d`<${so} user=${a} onDone=${()=>s(null)} />`:n?d`<${Ge}
      user=${n}
      onDone=${()=>{r(null),c()}}
    />`:d`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${o.users}</h2>
      <button onClick=${()=>r({})}>${o.addUser}</button>
    </div>
    <${x} message=${i} />
    ${e?e.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.users}>
            <thead><tr><th>${o.name}</th><th>${o.username}</th><th>${o.extension}</th><th>${o.devices}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(m=>d`<tr key=${m.id} data-user=${m.username}>
                  <td data-label=${o.name}>${m.first_name} ${m.last_name}</td>
                  <td data-label=${o.username}>${m.username}</td>
                  <td data-label=${o.extension} class="ext">${m.extension}</td>
                  <td data-label=${o.devices}>
                    ${m.devices.map(f=>d`<span class=${f.registered?"dot on":"dot"}>${f.name} · ${f.registered?o.registered:o.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>r(m)} aria-label=${`${o.edit} ${m.username}`}>${o.edit}</button>
                    <button onClick=${()=>s(m)} aria-label=${`${o.features} ${m.username}`}>${o.features}</button>
                    ${m.id!==E.value.owner&&d`<button class="danger" onClick=${()=>l(m)} aria-label=${`${o.del} ${m.username}`}>${o.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}function lo(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$(""),[i,u]=$("");C(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([l,m])=>{let f=p=>m.find(h=>h.id===p),b=l.filter(p=>p.registered).map(p=>{let h=f(p.owner_id);return{id:p.id,label:h?`${h.first_name} ${h.last_name} \xB7 ${p.name}`:p.name}});t(b),b.length&&r(b[0].id)},l=>u(l.message))},[]);let c=async()=>{u(""),s("");try{await O(`devices/${n}/ring_test`,{}),s(o.ringing(e.find(l=>l.id===n).label))}catch(l){u(l.message)}};return e?d`<div class="ring-my-phone">
    <h3>${o.ringMyPhone}</h3>
    ${e.length===0?d`<p class="hint">${o.noRegisteredPhone}</p>`:d`<div class="field">
            <label for="ring-phone">${o.ringPhonePick}</label>
            <select id="ring-phone" value=${n} onChange=${l=>r(l.target.value)}>
              ${e.map(l=>d`<option key=${l.id} value=${l.id}>${l.label}</option>`)}
            </select>
            <p class="hint">${o.ringPhoneHint}</p>
          </div>
          <button type="button" onClick=${c}>${o.ringMyPhone}</button>`}
    ${a&&d`<p role="status">${a}</p>`}
    <${x} message=${i} />
  </div>`:d`<${x} message=${i} />`}function co({device:e}){let[t,n]=$(!1),[r,a]=$(""),[s,i]=$(""),[u,c]=$(""),[l,m]=$("");return t?d`<form class="call-from" onSubmit=${async b=>{b.preventDefault(),c(""),m(""),i("");try{await y(`devices/${e.id}/quickcall/${encodeURIComponent(r)}?auto_answer=false`),i(o.callStarted(e.name,r))}catch(p){p.fields&&p.fields.number?m(p.fields.number):c(p.message)}}}>
    <${k} id=${`call-${e.id}`} label=${o.callNumber} value=${r} onInput=${a} error=${l} inputmode="tel" required />
    <button type="submit">${o.call}</button>
    ${s&&d`<p role="status">${s}</p>`}
    <${x} message=${u} />
  </form>`:d`<button type="button" class="plain" aria-label=${o.callFrom(e.name)} onClick=${()=>n(!0)}>
      ${o.call}
    </button>`}function uo(){let[e,t]=$(null),[n,r]=$("");return C(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([a,s])=>{let i=u=>s.find(c=>c.id===u);t(a.map(u=>({...u,owner:i(u.owner_id)})))},a=>r(a.message))},[]),d`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${o.devices}</h2>
    <${x} message=${n} />
    ${e?e.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.devices}>
            <thead><tr><th>${o.name}</th><th>${o.type}</th><th>${o.sipUser}</th><th>${o.owner}</th><th>${o.status}</th><th>${o.actions}</th></tr></thead>
            <tbody>
              ${e.map(a=>d`<tr key=${a.id}>
                  <td data-label=${o.name}>${a.name}</td>
                  <td data-label=${o.type}>${a.device_type}</td>
                  <td data-label=${o.sipUser}>${a.username}</td>
                  <td data-label=${o.owner}>${a.owner?`${a.owner.first_name} ${a.owner.last_name}`:""}</td>
                  <td data-label=${o.status}><span class=${a.registered?"dot on":"dot"}>${a.registered?o.registered:o.notRegistered}</span></td>
                  <td data-label=${o.actions}>${a.registered&&d`<${co} device=${a} />`}</td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}var $o=86400,Vr=62167219200,Wr=400,mo=e=>new Date(e*1e3).toISOString().slice(0,10),Ut=e=>/^\d{4}-\d{2}-\d{2}$/.test(e||"")&&!Number.isNaN(Date.parse(`${e}T00:00:00Z`)),fo=e=>Date.parse(`${e}T00:00:00Z`)/1e3+Vr;function po(){let e=new URLSearchParams(location.hash.split("?")[1]||""),t=Math.floor(Date.now()/1e3),n=(r,a)=>Ut(e.get(r))?e.get(r):a;return{from:n("from",mo(t-7*$o)),to:n("to",mo(t)),user:e.get("user")||"",number:e.get("number")||""}}function Yr(e){let t=new URLSearchParams(Object.entries(e).filter(([,n])=>n));history.replaceState(null,"",`#${location.hash.slice(1).split("?")[0]}?${t}`)}function ho(){let[e,t]=$(po);return C(()=>Yr(e),[e]),C(()=>{let n=()=>t(po());return addEventListener("hashchange",n),()=>removeEventListener("hashchange",n)},[]),[e,n=>t(r=>({...r,...n}))]}function bo(e,t){let n=new URLSearchParams;return Ut(e.from)&&n.set("created_from",fo(e.from)),Ut(e.to)&&n.set("created_to",fo(e.to)+$o-1),t?{path:`users/${t}/cdrs`,query:`${n}`}:(e.number&&n.set("number_contains",e.number),{path:e.user?`users/${encodeURIComponent(e.user)}/cdrs/interaction`:"cdrs/interaction",query:`${n}`})}function _o({filters:e,change:t,errors:n,full:r}){let[a,s]=$([]),[i,u]=$(""),[c,l]=$(e.number);C(()=>l(e.number),[e.number]),C(()=>{let f=p=>`${p.first_name||""} ${p.last_name||""}`.trim(),b=p=>p.map(h=>({id:h.id,name:f(h)})).sort((h,_)=>h.name.localeCompare(_.name));r&&y("users?paginate=false").then(p=>s(b(p)),p=>u(p.message))},[]),C(()=>{if(c===e.number)return;let f=setTimeout(()=>t({number:c}),Wr);return()=>clearTimeout(f)},[c]);let m=f=>{f.preventDefault(),t({number:c})};return d`<form class="grid filters" role="search" aria-label=${o.callFilters} onSubmit=${m}>
    <${k} id="calls_from" label=${o.fromDay} type="date" value=${e.from} error=${n.created_from} onInput=${f=>t({from:f})} />
    <${k} id="calls_to" label=${o.toDay} type="date" value=${e.to} error=${n.created_to} onInput=${f=>t({to:f})} />
    ${r&&d`<div class="field">
        <label for="calls_user">${o.callsOfUser}</label>
        <select id="calls_user" value=${e.user} onChange=${f=>t({user:f.target.value})}>
          <option value="">${o.allUsers}</option>
          ${a.map(f=>d`<option key=${f.id} value=${f.id} selected=${f.id===e.user}>${f.name}</option>`)}
        </select>
        ${i&&d`<p class="error" role="alert">${i}</p>`}
      </div>
      <${k} id="calls_number" label=${o.callsWithNumber} value=${c} error=${n.number_contains} inputmode="tel" onInput=${l} />`}
  </form>`}var Zr=50;function go(e,t){let[n,r]=$({rows:null,next:null,error:"",fields:{}}),[a,s]=$(!1),i=l=>L("GET",W(`${e}?${t}&page_size=${Zr}${l?`&start_key=${encodeURIComponent(l)}`:""}`)),u=l=>({rows:[],next:null,error:Object.keys(l.fields||{}).length?"":l.message,fields:l.fields||{}});C(()=>{let l=!0;return r({rows:null,next:null,error:"",fields:{}}),i(null).then(m=>l&&r({rows:m.data,next:m.next_start_key||null,error:"",fields:{}}),m=>l&&r(u(m))),()=>l=!1},[e,t]);async function c(){s(!0);try{let l=n.next,m=await i(l);r(f=>f.next===l?{...f,rows:[...f.rows,...m.data],next:m.next_start_key||null}:f)}catch(l){r(m=>({...m,error:l.message}))}finally{s(!1)}}return{...n,more:!!n.next,loadMore:c,loading:a}}function Xr({leg:e}){return d`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function Kr({call:e,withLegs:t}){let[n,r]=$(null),[a,s]=$(!1);async function i(){s(!a),n||r(await y(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return d`<tr class="call" data-call=${e.call_id}>
      <td data-label=${o.when}>${t?d`<button class="plain" aria-expanded=${a} onClick=${i}>${e.datetime}</button>`:e.datetime}</td>
      <td data-label=${o.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${o.to}>${e.dialed_number}</td>
      <td data-label=${o.duration}>${e.duration_seconds}s</td>
      <td data-label=${o.result}>${e.hangup_cause}</td>
    </tr>
    ${a&&d`<tr class="legs"><td colspan="5">
      <h3>${o.legs}</h3>
      ${n?d`<ul>${n.map(u=>d`<${Xr} key=${u.id} leg=${u} />`)}</ul>`:o.loading}
    </td></tr>`}`}function vo({own:e,title:t,withLegs:n}){let[r,a]=ho(),{path:s,query:i}=bo(r,e),{rows:u,more:c,loadMore:l,loading:m,error:f,fields:b}=go(s,i);return d`<section aria-labelledby="calls-h" aria-busy=${!u}>
    <h2 id="calls-h">${t}</h2>
    <${_o} filters=${r} change=${a} errors=${b} full=${!e} />
    <${x} message=${f} />
    ${u?u.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${t}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.to}</th><th>${o.duration}</th><th>${o.result}</th></tr></thead>
            <tbody>${u.map(p=>d`<${Kr} key=${p.id} call=${p} withLegs=${n} />`)}</tbody>
          </table>`:d`<p>${o.loading}</p>`}
    ${c&&d`<button class="more" disabled=${m} onClick=${l}>${m?o.loading:o.loadMore}</button>`}
  </section>`}var yo=()=>d`<${vo} title=${o.callLogs} withLegs=${!0} />`,wo=()=>d`<${vo} own=${E.value.owner} title=${o.myCalls} withLegs=${!1} />`;var Jr=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],Qr=["undefinedMainNumber","0"],We=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],we=e=>({module:"callflow",data:{id:e},children:{}});async function ko(){let e=await y("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(i=>[i.name,i]));for(let i of Jr){if(t[i])continue;let u=t[`${i}Menu`]||await ea(`${i}Menu`);t[i]=await O("callflows",{name:i,type:"main",numbers:[i],flow:we(u.id),ui_metadata:q()})}let n=t.MainCallflow||await O("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:we(t.MainOpenHours.id)}},ui_metadata:q()}),[r,a]=await Promise.all([y(`callflows/${n.id}`),y("temporal_rules?paginate=false")]),s=await Promise.all(a.filter(i=>i.name==="MainOpenHours"||i.name==="MainLunchHours").map(i=>y(`temporal_rules/${i.id}`)));return{main:r,parts:t,open:s.filter(i=>i.type==="main_weekdays"),lunch:s.filter(i=>i.type==="main_lunchbreak")}}async function ea(e){let t=await O("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:q()});return O("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:q()})}var Co=e=>(e.numbers||[]).filter(t=>!Qr.includes(t));async function So(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=q(),e.main=await T(`callflows/${n.id}`,n)}var xo=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},Bt=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`;async function No(e,t){let[n,...r]=e.open;for(let m of r)await D(`temporal_rules/${m.id}`);let a=[];if(t){let m={...n||{},name:"MainOpenHours",type:"main_weekdays",cycle:"weekly",interval:1,wdays:t.wdays,time_window_start:xo(t.start),time_window_stop:xo(t.stop),ui_metadata:q()};a=[n?await T(`temporal_rules/${n.id}`,m):await O("temporal_rules",m)]}else n&&await D(`temporal_rules/${n.id}`);let{parts:s,main:i}=e,u=new Set([...e.lunch,...e.open,...a].map(m=>m.id)),c=(i.flow&&i.flow.data&&i.flow.data.rules||[]).filter(m=>!u.has(m)),l={};for(let m of c)l[m]=i.flow.children[m];for(let m of e.lunch)l[m.id]=we(s.MainLunchHours.id);for(let m of a)l[m.id]=we(s.MainOpenHours.id);l._=we(a.length?s.MainAfterHours.id:s.MainOpenHours.id),i.flow={module:"temporal_route",data:{rules:[...c,...[...e.lunch,...a].map(m=>m.id)]},children:l},i.ui_metadata=q(),e.main=await T(`callflows/${i.id}`,i),e.open=a}function ta({strategy:e,onSaved:t}){let[n,r]=$(""),[a,s]=$(""),i=Co(e.main);async function u(l){s("");try{await So(e,l),r(""),t()}catch(m){s(Object.values(m.fields||{})[0]||m.message)}}function c(l){l.preventDefault();let m=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(m))return s(o.badNumber);u([...i,m])}return d`<form onSubmit=${c} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${o.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(l=>d`<li key=${l}>
          <span class="main-number">${l}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${l}`} onClick=${()=>u(i.filter(m=>m!==l))}>${o.remove}</button>
        </li>`)}
    </ul>
    <${k} id="main_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
    <button type="submit">${o.addNumber}</button>
  </form>`}function na({strategy:e,onSaved:t}){let n=e.open[0],[r,a]=$(!!n),[s,i]=$(n?n.wdays||[]:We.slice(0,5)),[u,c]=$(n?Bt(n.time_window_start||0):"09:00"),[l,m]=$(n?Bt(n.time_window_stop||0):"17:00"),[f,b]=$(""),[p,h]=$(!1),_=g=>i(s.includes(g)?s.filter(w=>w!==g):We.filter(w=>w===g||s.includes(w)));async function v(g){if(g.preventDefault(),h(!1),r&&!s.length)return b(o.pickDay);if(r&&!(u<l))return b(o.badHours);b("");try{await No(e,r?{wdays:s,start:u,stop:l}:null),h(!0),t()}catch(w){b(Object.entries(w.fields||{}).map(([N,S])=>`${N}: ${S}`).join("; ")||w.message)}}return d`<form onSubmit=${v} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${o.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!r} onChange=${()=>a(!1)} /><label for="h24">${o.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${r} onChange=${()=>a(!0)} /><label for="hcustom">${o.openCustom}</label></div>
    ${r&&d`<fieldset>
      <legend class="sr">${o.openCustom}</legend>
      <div class="days">
        ${We.map(g=>d`<span class="check"><input type="checkbox" id=${"day-"+g} checked=${s.includes(g)} onChange=${()=>_(g)} /><label for=${"day-"+g}>${o.wday[g]}</label></span>`)}
      </div>
      <div class="grid">
        <${k} id="opens" label=${o.opens} type="time" value=${u} onInput=${c} />
        <${k} id="closes" label=${o.closes} type="time" value=${l} onInput=${m} />
      </div>
    </fieldset>`}
    ${f&&d`<p class="error" role="alert">${f}</p>`}
    ${p&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}function Ye(){let[e,t]=$(null),[n,r]=$(""),[,a]=$(0);C(()=>{ko().then(t,i=>r(i.message))},[]);let s=()=>a(i=>i+1);return d`<section aria-labelledby="main-h">
    <h2 id="main-h">${o.mainNumber}</h2>
    <${x} message=${n} />
    ${e?d`<div class="stack">
          <${ta} strategy=${e} onSaved=${s} />
          <${na} strategy=${e} onSaved=${s} />
        </div>`:!n&&d`<p>${o.loading}</p>`}
  </section>`}var Rt=z(0);function Ze(){let e=`accounts/${E.value.account}`,[t,n]=$(null),[r,a]=$(null),[s,i]=$({}),[u,c]=$(""),[l,m]=$(!1);C(()=>{Promise.all([L("GET","countries"),L("GET",e)]).then(([p,{data:h}])=>{let _=h.edgepbx||{};n(p.data),a({country:_.country||"",extension_length:_.extension_length?String(_.extension_length):"",timezone:null,language:h.language||""})},p=>c(p.message))},[]);function f(p){let h=t.find(_=>_.code===p);a({...r,country:p,...h?{timezone:h.timezone,language:h.language}:{}})}async function b(p){p.preventDefault(),m(!1);let h={};if(r.extension_length&&!/^[2-8]$/.test(r.extension_length)&&(h.extension_length=o.extLengthRange),i(h),c(""),Object.keys(h).length)return;let v={edgepbx:{country:r.country||null,extension_length:r.extension_length?Number(r.extension_length):null},language:r.language||null};r.timezone&&(v.timezone=r.timezone);try{await L("PATCH",e,v),K.value=void 0,Rt.value++,m(!0)}catch(g){let w={};for(let[N,S]of Object.entries(g.fields||{}))w[N.replace(/^edgepbx\./,"")]=S;i(w),c(g.message)}}return r?d`<form onSubmit=${b} aria-labelledby="locale-h" novalidate>
    <h3 id="locale-h">${o.locale}</h3>
    <p class="hint">${o.localeHint}</p>
    <${x} message=${u} />
    <div class="field">
      <label for="country">${o.country}</label>
      <select id="country" value=${r.country} onChange=${p=>f(p.target.value)}>
        <option value="">${o.countryNone}</option>
        ${t.map(p=>d`<option key=${p.code} value=${p.code}>${p.name}</option>`)}
      </select>
      ${s.country&&d`<p class="error" role="alert">${s.country}</p>`}
    </div>
    ${r.timezone&&d`<p class="hint" id="proposed_zone">${o.proposedZone(r.timezone)}</p>`}
    <${k} id="language" label=${o.promptLanguage} value=${r.language} onInput=${p=>a({...r,language:p})} error=${s.language} />
    <${k} id="extension_length" label=${o.extensionLength} value=${r.extension_length} onInput=${p=>a({...r,extension_length:p})} error=${s.extension_length} inputmode="numeric" />
    ${l&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`:d`<${x} message=${u} />${!u&&d`<p>${o.loading}</p>`}`}var jt=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function Xe({onDone:e}){let t=`accounts/${E.value.account}`,[n,r]=$(null),[a,s]=$({}),[i,u]=$(""),[c,l]=$(!1);C(()=>{L("GET",t).then(({data:b})=>r({name:b.name||"",timezone:b.timezone||"UTC"}),b=>u(b.message))},[Rt.value]);async function m(b){if(b.preventDefault(),l(!1),!n.name.trim())return s({name:o.required});s({}),u("");try{await L("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),E.value={...E.value,accountName:n.name.trim()},l(!0),e&&e()}catch(p){s(p.fields||{}),u(p.message)}}if(!n)return d`<${x} message=${i} />${!i&&d`<p>${o.loading}</p>`}`;let f=jt.includes(n.timezone)?jt:[n.timezone,...jt];return d`<form onSubmit=${m} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${o.office}</h3>
    <${x} message=${i} />
    <${k} id="office_name" label=${o.officeName} value=${n.name} onInput=${b=>r({...n,name:b})} error=${a.name} />
    <div class="field">
      <label for="timezone">${o.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${b=>r({...n,timezone:b.target.value})}>
        ${f.map(b=>d`<option key=${b} value=${b}>${b}</option>`)}
      </select>
      ${a.timezone&&d`<p class="error" role="alert">${a.timezone}</p>`}
    </div>
    ${c&&d`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}function Po(e){let t=[],n=[],r="",a=!1,s=1,i=1,u=()=>{n.push(r.trim()),r=""},c=()=>{u(),n.some(l=>l!=="")&&t.push({line:i,fields:n}),n=[],i=s};for(let l=0;l<e.length;l++){let m=e[l];a?m==='"'&&e[l+1]==='"'?(r+='"',l++):m==='"'?a=!1:(m===`
`&&s++,r+=m):m==='"'?a=!0:m===","?u():m===`
`?(s++,c()):m!=="\r"&&(r+=m)}return c(),t}var Eo=["first_name","last_name","username","email","extension","password","phone"],oa=["first_name","last_name","username","extension","password"],ra=/^(yes|y|true|1)$/i;function aa(e,t){let[n,...r]=Po(e);if(!n)return{problems:[o.csvEmpty]};let a=n.fields.map(m=>m.toLowerCase().replace(/\s+/g,"_")),s=oa.filter(m=>!a.includes(m));if(s.length)return{problems:[o.csvColumns(s.join(", "))]};let i=a.filter(m=>!Eo.includes(m));if(i.length)return{problems:[o.csvUnknown(i.join(", "))]};let u=[],c={username:new Map,extension:new Map},l=r.map(({line:m,fields:f})=>{let b=Object.fromEntries(Eo.map(_=>[_,f[a.indexOf(_)]??""])),p={...b,phone:ra.test(b.phone)},h=Tt(p,!0,t);f.length>a.length&&(h.line=o.csvExtra);for(let _ of["username","extension"]){let v=p[_].toLowerCase();v&&c[_].has(v)?h[_]=o.csvDuplicate(c[_].get(v)):c[_].set(v,m)}for(let[_,v]of Object.entries(h))u.push(o.csvLine(m,_==="line"?"":o.csvField[_]||_,v));return{line:m,form:p}});return r.length||u.push(o.csvNoUsers),{forms:l,problems:u}}function Oo({onAdded:e}){let[t,n]=$([]),[r,a]=$(""),[s,i]=$(!1);async function u(c){let l=c.target.files[0];if(a(""),!l)return;let m=await He().catch(()=>null),{forms:f,problems:b}=aa(await l.text(),m);if(n(b),b.length)return;i(!0);let p=[],h=0;for(let{line:_,form:v}of f)try{let g=await je(v);h++,e({...g,extension:v.extension})}catch(g){let w=Object.entries(g.fields||{}).map(([N,S])=>o.csvLine(_,o.csvField[N]||N,S));p.push(...w.length?w:[o.csvLine(_,"",g.message)])}n(p),a(o.csvMade(h,f.length)),i(!1),c.target.value=""}return d`<div class="card">
    <h3>${o.csvImport}</h3>
    <p class="hint">${o.csvHint}</p>
    <div class="field">
      <label for="csv_file">${o.csvFile}</label>
      <input id="csv_file" type="file" accept=".csv,text/csv" disabled=${s} onChange=${u} />
    </div>
    ${r&&d`<p class="ok" role="status">${r}</p>`}
    ${t.length>0&&d`<ul class="errors" aria-label=${o.csvProblems}>${t.map(c=>d`<li key=${c} class="error">${c}</li>`)}</ul>`}
  </div>`}var Ht="configs/smtp_client",Mo=/^[^@\s]+@[^@\s]+$/;function sa(e){let t={};return/^[A-Za-z0-9.:-]{1,253}$/.test(e.relay)||(t.relay=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.from&&!Mo.test(e.from)&&(t.from=o.badEmail(e.from)),t}function Ke(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$({}),[i,u]=$(""),[c,l]=$("");if(C(()=>{y(Ht).then(p=>t({relay:p.relay||"",port:String(p.port||587),tls:p.tls||"if_available",username:p.username||"",password:"",from:p.from||"",passwordSet:!!p.password_set}),p=>u(p.message))},[]),!e)return d`<${x} message=${i} />${!i&&d`<p>${o.loading}</p>`}`;let m=p=>h=>t({...e,[p]:h});async function f(p){p.preventDefault(),l(""),u("");let h=sa(e);if(s(h),Object.keys(h).length)return;let _={relay:e.relay.trim(),port:Number(e.port),tls:e.tls,username:e.username.trim(),from:e.from.trim()||void 0};e.password&&(_.password=e.password);try{await j(Ht,_),t({...e,password:"",passwordSet:e.passwordSet||!!e.password}),l(o.saved)}catch(v){s(v.fields||{}),u(v.message)}}async function b(){if(l(""),!Mo.test(n.trim()))return s({...a,to:o.badEmail(n)});s({}),l(o.sending);try{await T(`${Ht}/test`,{to:n.trim()}),l(o.testSent(n.trim()))}catch(p){l(""),s(p.fields||{}),Object.keys(p.fields||{}).length||u(p.message)}}return d`<form onSubmit=${f} aria-labelledby="relay-h" novalidate>
    <h3 id="relay-h">${o.mailRelay}</h3>
    <p class="hint">${o.mailRelayHint}</p>
    <${x} message=${i} />
    <div class="grid">
      <${k} id="relay_host" label=${o.relayServer} value=${e.relay} onInput=${m("relay")} error=${a.relay} />
      <${k} id="relay_port" label=${o.port} value=${e.port} onInput=${m("port")} error=${a.port} inputmode="numeric" />
      <div class="field">
        <label for="relay_tls">${o.relayTls}</label>
        <select id="relay_tls" value=${e.tls} onChange=${p=>m("tls")(p.target.value)}>
          ${Object.entries(o.tlsModes).map(([p,h])=>d`<option key=${p} value=${p}>${h}</option>`)}
        </select>
      </div>
      <${k} id="relay_user" label=${o.relayUser} value=${e.username} onInput=${m("username")} error=${a.username} autocomplete="off" />
      <${k} id="relay_password" label=${e.passwordSet?o.relayPasswordKeep:o.password} type="password" value=${e.password} onInput=${m("password")} error=${a.password} autocomplete="new-password" />
      <${k} id="relay_from" label=${o.relayFrom} value=${e.from} onInput=${m("from")} error=${a.from} />
    </div>
    <div class="bar"><button type="submit">${o.save}</button></div>
    <${k} id="relay_test_to" label=${o.testTo} value=${n} onInput=${r} error=${a.to} type="email" />
    <div class="bar"><button type="button" class="plain" onClick=${b}>${o.sendTest}</button></div>
    ${c&&d`<p class="ok" role="status">${c}</p>`}
  </form>`}async function Je(){(await y("callflows?filter_numbers=no_match")).length===0&&await O("callflows",{numbers:["no_match"],flow:{module:"offnet",data:{},children:{}}})}var Gt="^(\\+?\\d{3,15})$",Do={name:"",server:"",port:"5060",username:"",auth_username:"",password:"",realm:"",register:!0};function ia(e){let t=e.gateways&&e.gateways[0]||{},n=r=>r==null?"":String(r);return{name:n(e.name),server:n(t.server),port:n(t.port||5060),username:n(t.username),auth_username:n(t.auth_username),password:n(t.password),realm:n(t.realm),register:t.register!==!1}}function la(e){let t={};return e.name.trim()||(t.name=o.required),/^[A-Za-z0-9.-]{1,253}$/.test(e.server.trim())||(t.server=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.register&&!e.username.trim()&&(t.username=o.required),e.register&&!e.password&&(t.password=o.required),t}function Io(e,t){let n={...e.gateways&&e.gateways[0]||{enabled:!0}};n.server=t.server.trim(),n.port=Number(t.port),n.register=t.register;for(let r of["username","auth_username","realm"])t[r].trim()?n[r]=t[r].trim():delete n[r];return t.password?n.password=t.password:delete n.password,{...e,name:t.name.trim(),gateways:[n,...(e.gateways||[]).slice(1)]}}var da={enabled:!0,weight_cost:50,rules:[Gt],gateways:[]};function qt({line:e,onDone:t}){let[n,r]=$(e?ia(e):Do),[a,s]=$({}),[i,u]=$(""),[c,l]=$(!1),m=h=>_=>r({...n,[h]:_}),f=h=>`line_${h}${e?"_edit":""}`;async function b(h){h.preventDefault(),u("");let _=la(n);if(s(_),!Object.keys(_).length){l(!0);try{e?await T(`resources/${e.id}`,Io(e,n)):await O("resources",Io(da,n)),await Je(),e||r(Do),l(!1),t(!0)}catch(v){s(Object.fromEntries(Object.entries(v.fields||{}).map(([g,w])=>[g.replace(/^gateways\.0\./,""),w]))),u(`${o.failed} ${v.message}`),l(!1)}}}let p=e?o.editLine(e.name):o.addLine;return d`<form onSubmit=${b} novalidate data-form=${e?"edit-line":"add-line"}>
    <h4>${p}</h4>
    <${x} message=${i} />
    <div class="grid">
      <${k} id=${f("name")} label=${o.name} value=${n.name} onInput=${m("name")} error=${a.name} />
      <${k} id=${f("server")} label=${o.lineServer} value=${n.server} onInput=${m("server")} error=${a.server} />
      <${k} id=${f("port")} label=${o.port} value=${n.port} onInput=${m("port")} error=${a.port} inputmode="numeric" />
      <${k} id=${f("username")} label=${o.lineNumber} value=${n.username} onInput=${m("username")} error=${a.username} autocomplete="off" />
      <${k} id=${f("auth")} label=${o.lineAuth} value=${n.auth_username} onInput=${m("auth_username")} error=${a.auth_username} autocomplete="off" />
      <${k} id=${f("password")} label=${o.linePassword} type="password" value=${n.password} onInput=${m("password")} error=${a.password} autocomplete="new-password" />
      <${k} id=${f("realm")} label=${o.lineRealm} value=${n.realm} onInput=${m("realm")} error=${a.realm} />
    </div>
    <${A} id=${f("register")} label=${o.lineRegister} checked=${n.register} onChange=${m("register")} />
    <div class="bar">
      <button type="submit" disabled=${c}>${e?o.save:o.addLine}</button>
      ${e&&d`<button type="button" class="plain" onClick=${()=>t(!1)}>${o.cancel}</button>`}
    </div>
  </form>`}var Fo=e=>e.filter(t=>t.kind==="fxo"&&t.sip_address).map(t=>{let n=t.sip_address.lastIndexOf(":");return{...t,host:t.sip_address.slice(0,n).replace(/^\[|\]$/g,""),port:Number(t.sip_address.slice(n+1))}}),zt=(e,t)=>(e.gateways||[]).some(n=>n.server===t.host&&Number(n.port)===t.port);function ca(e){return e.state==="down"?e.alarm?`${o.fxoStates.down}: ${e.alarm}`:o.fxoStates.down:o.fxoStates[e.state==="idle"?"idle":"busy"]}function ua(e){return e?e.state==="running"?o.fxoDialTone.checking:e.dial_tone?o.fxoDialTone.yes:o.fxoDialTone.no:o.fxoDialTone.unknown}function To({ports:e,lines:t,onChanged:n}){let[r,a]=$(""),[s,i]=$(!1);if(e.length===0)return null;async function u(c){a(""),i(!0);try{await O("resources",{name:o.fxoLineName(c.name),enabled:!0,weight_cost:50,rules:[Gt],gateways:[{server:c.host,port:c.port,register:!1,enabled:!0}]}),await Je(),n()}catch(l){a(`${o.failed} ${l.message}`)}i(!1)}return d`<div aria-labelledby="fxo-h">
    <h4 id="fxo-h">${o.fxoLines}</h4>
    <${x} message=${r} />
    <ul class="lines">
      ${e.map(c=>{let l=t.find(m=>zt(m,c));return d`<li key=${c.name} data-fxo=${c.name}>
          <span class=${c.state==="down"?"dot":"dot on"}>${c.name}${c.number?` (${c.number})`:""} · ${ca(c)} · ${ua(c.line_test)}</span>
          ${l?d`<span class="hint" data-route>${o.fxoInUse(l.name)}</span>`:d`<button type="button" class="plain" disabled=${s} onClick=${()=>u(c)} aria-label=${`${o.fxoUse}: ${c.name}`}>${o.fxoUse}</button>`}
        </li>`})}
    </ul>
  </div>`}var ma=5e3;async function fa(){let[e,t]=await Promise.all([y("resources?paginate=false"),y("analog_ports").then(Fo,()=>[])]);return{lines:await Promise.all(e.map(r=>Promise.all([y(`resources/${r.id}`),y(`resources/${r.id}/status`)]).then(([a,s])=>({...a,gw:s.gateways[0]||{}})))),ports:t}}var pa=e=>e.state==="failed"&&e.last_error?`${o.lineStates.failed}: ${e.last_error}`:o.lineStates[e.state]||e.state;function $a({line:e,editing:t,onEdit:n,onDone:r,onError:a}){async function s(){if(confirm(o.confirmDeleteLine(e.name)))try{await D(`resources/${e.id}`),r(!0)}catch(i){a(i.message)}}return d`<li data-line=${e.name}>
    <span class=${e.gw.state==="registered"?"dot on":"dot"}>${e.name} · ${pa(e.gw)}</span>
    ${t?d`<${qt} line=${e} onDone=${r} />`:d`<span class="actions">
          <button type="button" class="plain" onClick=${n} aria-label=${`${o.edit}: ${e.name}`}>${o.edit}</button>
          <button type="button" class="plain" onClick=${s} aria-label=${`${o.del}: ${e.name}`}>${o.del}</button>
        </span>`}
  </li>`}function Qe(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(""),i=()=>fa().then(t,l=>s(l.message));C(()=>{i();let l=setInterval(i,ma);return()=>clearInterval(l)},[]);let u=l=>{r(null),l&&i()},c=e?e.lines.filter(l=>!e.ports.some(m=>zt(l,m))):[];return d`<div aria-labelledby="lines-h">
    <h3 id="lines-h">${o.outsideLines}</h3>
    <${x} message=${a} />
    ${e?c.length===0?d`<p>${o.noLines}</p>`:d`<ul class="lines">
            ${c.map(l=>d`<${$a} key=${l.id} line=${l} editing=${n===l.id} onEdit=${()=>r(l.id)} onDone=${u} onError=${s} />`)}
          </ul>`:d`<p>${o.loading}</p>`}
    <${qt} line=${null} onDone=${u} />
    ${e&&d`<${To} ports=${e.ports} lines=${e.lines} onChanged=${i} />`}
  </div>`}var re=z(null);async function Ao(){let e=await y(`users/${E.value.owner}`);e.require_password_update&&(re.value={forced:!0,username:e.username})}async function Lo(){let e=await y(`users/${E.value.owner}`);re.value={forced:!1,username:e.username}}function ha(){let[e,t]=$(!1),[n,r]=$([]);return e?d`<${Ge}
      user=${{}}
      onDone=${a=>{t(!1),a&&r([...n,a])}}
    />`:d`<div>
    <h3>${o.firstUsers}</h3>
    <ul class="added">${n.map(a=>d`<li key=${a.username}>${a.first_name} ${a.last_name} · ${a.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${o.addUser}</button>
    <${Oo} onAdded=${a=>r(s=>[...s,a])} />
  </div>`}function Uo(){let{forced:e,username:t}=re.value,[n,r]=$(!e),a=[[o.stepPassword,()=>d`<${de} username=${t} onDone=${()=>r(!0)} />`],[o.stepLocale,()=>d`<${Ze} />`],[o.stepOffice,()=>d`<${Xe} />`],[o.stepUsers,()=>d`<${ha} />`],[o.stepMainNumber,()=>d`<${Ye} />`],[o.stepLine,()=>d`<${Qe} />`],[o.stepMail,()=>d`<${Ke} />`],[o.stepDone,()=>d`<p>${o.wizardDone}</p><${lo} />`]],[s,i]=$(0),u=s===a.length-1,[c,l]=a[s],m=s===0&&!n;return d`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${o.wizard}</h2>
    <p class="hint">${o.stepOf(s+1,a.length)}: <strong>${c}</strong></p>
    ${m&&d`<p class="banner" role="alert">${o.pwForced}</p>`}
    <div key=${s}>${l()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${s===0} onClick=${()=>i(s-1)}>${o.back}</button>
      ${u?d`<button type="button" onClick=${()=>re.value=null}>${o.finish}</button>`:d`<button type="button" disabled=${m} onClick=${()=>i(s+1)}>${o.next}</button>`}
    </div>
  </section>`}async function ba(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":E.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new H(t.status,n);return n.data}function Bo(){let[e,t]=$(null),[n,r]=$(!1),[a,s]=$(""),[i,u]=$("");async function c(l){if(l.preventDefault(),s(""),u(""),!e)return s(o.pickBundle);r(!0);try{let m=await ba(e);u(o.updateInstalled(m&&m.installed))}catch(m){let f=m.body&&m.body.data&&(m.body.data.message||m.body.data.detail);s(`${o.failed} ${m.message}${typeof f=="string"&&f!==m.message?`: ${f}`:""}`)}r(!1)}return d`<form onSubmit=${c} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${o.softwareUpdate}</h3>
    <p class="hint">${o.updateHint}</p>
    <${x} message=${a} />
    <div class="field">
      <label for="bundle">${o.bundle}</label>
      <input id="bundle" type="file" onChange=${l=>t(l.target.files[0]||null)} />
    </div>
    ${i&&d`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?o.uploading:o.install}</button>
  </form>`}function Ro(){let[e,t]=$(null),[n,r]=$(""),a=()=>y("sip_bans").then(t,i=>i.status===403?t(null):r(i.message));C(a,[]);let s=i=>D(`sip_bans/${encodeURIComponent(i)}`).then(a,u=>r(u.message));return e?d`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${o.sipBans}</h3>
    <${x} message=${n} />
    ${e.length===0?d`<p>${o.noBans}</p>`:d`<ul class="numbers">
          ${e.map(i=>d`<li key=${i.ip} data-ban=${i.ip}>
              <span>${o.banned(i.ip,i.reason)} · ${o.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>s(i.ip)} aria-label=${o.liftBan(i.ip)}>${o.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:d`<${x} message=${n} />`}function jo(){let[e,t]=$(null),[n,r]=$("");return C(()=>{y(`users/${E.value.owner}`).then(t,a=>r(a.message))},[]),d`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${o.settings}</h2>
    <${x} message=${n} />
    <div class="stack">
      ${e&&d`<${de} username=${e.username} />`}
      <${Ze} />
      <${Xe} />
      <${Qe} />
      <${Ke} />
      <${Ro} />
      <${Bo} />
      <div><button type="button" onClick=${()=>Lo().catch(a=>r(a.message))}>${o.runWizard}</button></div>
    </div>
  </section>`}var et=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),Vt=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function _a(e,t){let n=await fetch("/v2/"+W(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":E.value.token,"Content-Type":Vt(t),Accept:"application/json"},body:t});if(!n.ok)throw new H(n.status,await n.json().catch(()=>null))}async function Ho(e,t){let n=await O("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await _a(n.id,t)}catch(r){throw await D(`media/${n.id}`).catch(()=>{}),r}return n.id}var Wt=e=>D(`media/${e}`).catch(()=>{});var Yt=["skip_greeting","skip_instructions","delete_after_notify","announcement_only"],ga=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,Go=e=>e.split(/[\s,;]+/).filter(Boolean);function va(e){let t={};e.name.trim()||(t.name=o.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=o.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=o.pinDigits);let n=Go(e.notify).find(r=>!ga.test(r));return n&&(t.notify_email_addresses=o.badEmail(n)),t}function qo({box:e,users:t,onDone:n}){let r=!e.id,[a,s]=$({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(Yt.map(v=>[v,!!e[v]]))}),[i,u]=$({}),[c,l]=$(""),[m,f]=$(!1),[b,p]=$(null),h=v=>g=>s({...a,[v]:g});async function _(v){v.preventDefault();let g=va(a);if(b&&!et(b)&&(g.greeting=o.greetingType),u(g),l(""),Object.keys(g).length)return;let w={name:a.name.trim(),mailbox:a.mailbox,notify_email_addresses:Go(a.notify),...Object.fromEntries(Yt.map(S=>[S,a[S]]))};w.owner_id=a.owner_id||(r?void 0:null),w.pin=a.pin||(r?void 0:null),f(!0);let N=null;try{b&&(N=await Ho(w.name,b).catch(S=>{throw Object.assign(S,{fields:{greeting:S.fields&&S.fields.media||S.message}})}),w.media={...e.media||{},unavailable:N}),r?await O("vmboxes",w):await j(`vmboxes/${e.id}`,w),N&&e.media&&e.media.unavailable&&await Wt(e.media.unavailable),n()}catch(S){N&&await Wt(N),u(S.fields||{}),l(`${o.failed} ${S.message}`),f(!1)}}return d`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${r?o.addVmbox:o.editVmbox}</h2>
    <form onSubmit=${_} novalidate>
      <${x} message=${c} />
      <div class="grid">
        <${k} id="vm_name" label=${o.name} value=${a.name} onInput=${h("name")} error=${i.name} required />
        <${k} id="vm_mailbox" label=${o.mailbox} value=${a.mailbox} onInput=${h("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${o.owner}</label>
          <select id="vm_owner" value=${a.owner_id} onChange=${v=>h("owner_id")(v.target.value)}>
            <option value="">${o.noOwner}</option>
            ${t.map(v=>d`<option key=${v.id} value=${v.id}>${v.first_name} ${v.last_name}</option>`)}
          </select>
          ${i.owner_id&&d`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${k} id="vm_pin" label=${o.pin} type="password" value=${a.pin} onInput=${h("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${o.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${v=>p(v.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?o.greetingSet:o.greetingNone}</p>
        ${i.greeting&&d`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${k} id="vm_notify" label=${o.recipients} value=${a.notify} onInput=${h("notify")} error=${i.notify_email_addresses} />
      ${Yt.map(v=>d`<div class="check" key=${v}>
          <input type="checkbox" id=${"vm_"+v} checked=${a[v]} onChange=${g=>h(v)(g.target.checked)} />
          <label for=${"vm_"+v}>${o.vmFlags[v]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${m}>${m?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${n}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var ya=62167219200,wa=e=>new Date((e-ya)*1e3).toISOString().slice(0,16).replace("T"," ");function tt({box:e,onDone:t}){let n=`vmboxes/${e.id}/messages`,[r,a]=$(null),[s,i]=$({}),u=_t([]),[c,l]=$(""),m=()=>y(`${n}?paginate=false`).then(h=>a(h.filter(_=>_.folder!=="deleted")),h=>l(h.message));C(()=>(m(),()=>u.current.forEach(h=>URL.revokeObjectURL(h))),[]);let f=h=>h.then(m,_=>l(_.message));async function b(h){if(s[h.media_id])return s[h.media_id];let _=URL.createObjectURL(await Dn(`${n}/${h.media_id}/raw`));return u.current.push(_),i(v=>({...v,[h.media_id]:_})),_}async function p(h){try{let _=document.createElement("a");_.href=await b(h),_.download=`${e.mailbox}-${h.media_id}.wav`,_.click()}catch(_){l(_.message)}}return d`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${o.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${t}>${o.vmboxes}</button>
    </div>
    <${x} message=${c} />
    ${r?r.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.messages}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.duration}</th><th>${o.folder}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${r.map(h=>d`<tr key=${h.media_id} data-message=${h.media_id} class="message">
                  <td data-label=${o.when}>${h.timestamp?wa(h.timestamp):""}</td>
                  <td data-label=${o.from}>${h.caller_id_name||""} ${h.caller_id_number||""}</td>
                  <td data-label=${o.duration}>${h.length?`${Math.round(h.length/1e3)} s`:""}</td>
                  <td data-label=${o.folder} class="folder">${o.folders[h.folder]||h.folder}</td>
                  <td class="actions">
                    ${s[h.media_id]?d`<audio controls autoplay src=${s[h.media_id]}></audio>`:d`<button onClick=${()=>b(h).catch(_=>l(_.message))}>${o.play}</button>`}
                    <button class="plain" onClick=${()=>p(h)}>${o.download}</button>
                    ${h.folder==="new"&&d`<button class="plain" onClick=${()=>f(T(`${n}/${h.media_id}`,{folder:"saved"}))}>${o.markHeard}</button>`}
                    <button class="danger" onClick=${()=>confirm(o.confirmDeleteMessage)&&f(D(`${n}/${h.media_id}`))}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}function zo(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(null),[i,u]=$(""),c=()=>Promise.all([y("vmboxes?paginate=false"),y("users?paginate=false")]).then(([p,h])=>t({boxes:p,users:h}),p=>u(p.message));C(c,[]);let l=()=>{r(null),s(null),c()};async function m(p){confirm(o.confirmDeleteVmbox(p.name))&&(await D(`vmboxes/${p.id}`).catch(h=>u(h.message)),c())}async function f(p){try{r(await y(`vmboxes/${p.id}`))}catch(h){u(h.message)}}if(n)return d`<${qo} box=${n} users=${e.users} onDone=${l} />`;if(a)return d`<${tt} box=${a} onDone=${l} />`;let b=p=>{let h=e.users.find(_=>_.id===p);return h?`${h.first_name} ${h.last_name}`:""};return d`<section aria-labelledby="vmboxes-h">
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
                  <td data-label=${o.owner}>${b(p.owner_id)}</td>
                  <td data-label=${o.newMessages} class="count">${p.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>s(p)} aria-label=${o.messagesOf(p.name)}>${o.messages}</button>
                    <button class="plain" onClick=${()=>f(p)} aria-label=${`${o.edit} ${p.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>m(p)} aria-label=${`${o.del} ${p.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}function nt(e,t){if(!(t instanceof H))throw t;let n={};for(let[r,a]of Object.entries(t.fields))n[e==="userGroup"&&r.startsWith("numbers")?"extension":r.split(".")[0]]=a;throw t.fields=n,t}async function Vo(){let[e,t]=await Promise.all([y("groups?paginate=false"),y("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let r=t.filter(a=>a.group_id===n.id);return{...n,userCf:r.find(a=>a.type==="userGroup"),baseCf:r.find(a=>a.type==="baseGroup")}})}async function Wo(e){let t=[];try{let n=await O("groups",Et({},e));t.push(()=>D(`groups/${n.id}`));let r=await O("callflows",Ot({},n,e));t.push(()=>D(`callflows/${r.id}`)),await O("callflows",Mt({},n,r,e)).catch(a=>nt("userGroup",a))}catch(n){for(let r of t.reverse())await r().catch(()=>{});nt("groups",n)}}async function Yo(e,t){try{let n=await T(`groups/${e.id}`,Et(await y(`groups/${e.id}`),t)),r=await T(`callflows/${e.baseCf.id}`,Ot(await y(`callflows/${e.baseCf.id}`),n,t)),a=e.userCf?await y(`callflows/${e.userCf.id}`):{},s=Mt(a,n,r,t);await(e.userCf?T(`callflows/${e.userCf.id}`,s):O("callflows",s)).catch(i=>nt("userGroup",i))}catch(n){nt("groups",n)}}async function Zo(e){for(let t of[e.userCf,e.baseCf])t&&await D(`callflows/${t.id}`);await D(`groups/${e.id}`)}var ue=e=>/^\d+$/.test(String(e))?Number(e):NaN;function xa(e){let t={};return e.name.trim()||(t.name=o.required),/^\d{2,8}$/.test(e.extension)||(t.extension=o.extDigits),ue(e.repeats)>=1&&ue(e.repeats)<=10||(t.repeats=o.repeatsRange),e.members.length||(t.members=o.pickMember),e.members.length>ge&&(t.members=o.tooManyMembers(ge)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=o.badTimeline),t}function Xo({id:e,label:t,value:n,onChange:r,options:a,wide:s}){return d`<div class=${s?"field wide":"field"}>
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>r(i.target.value)}>
      ${a.map(([i,u])=>d`<option key=${i} value=${i}>${u}</option>`)}
    </select>
  </div>`}function Ko({group:e,users:t,vmboxes:n,onDone:r}){let[a,s]=$(e.form),[i,u]=$("20"),[c,l]=$({}),[m,f]=$(""),[b,p]=$(!1),h=P=>M=>s({...a,[P]:M}),_=P=>a.members.find(M=>M.id===P),v=P=>s({...a,members:_(P.id)?a.members.filter(M=>M.id!==P.id):[...a.members,{id:P.id,delay:0,timeout:20}]}),g=(P,M,V)=>s({...a,members:a.members.map(G=>G.id===P?{...G,[M]:ue(V)}:G)});async function w(P){P.preventDefault();let M=xa(a);if(l(M),f(""),!Object.keys(M).length){p(!0);try{let V=S?a.members.map(me=>({...me,delay:0})):a.members,G={...a,members:V,name:a.name.trim(),repeats:ue(a.repeats)};await(e.id?Yo(e,G):Wo(G)),r()}catch(V){l(V.fields||{}),f(`${o.failed} ${V.message}`),p(!1)}}}let N=a.members.length>=ge,S=a.strategy!=="simultaneous";return d`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?o.editGroup:o.addGroup}</h2>
    <form onSubmit=${w} novalidate>
      <${x} message=${m} />
      <div class="grid">
        <${k} id="group_name" label=${o.name} value=${a.name} onInput=${h("name")} error=${c.name} required />
        <${k} id="group_extension" label=${o.extension} value=${a.extension} onInput=${h("extension")} error=${c.extension} required inputmode="numeric" />
        <${k} id="group_repeats" label=${o.repeats} value=${String(a.repeats)} onInput=${h("repeats")} error=${c.repeats} inputmode="numeric" />
        <${Xo} id="group_strategy" label=${o.strategy} value=${a.strategy} onChange=${h("strategy")} options=${Object.entries(o.strategies)} />
        <${Xo} id="group_next" wide label=${o.nextAction} value=${a.next_vmbox} onChange=${h("next_vmbox")}
          options=${[["",o.notAvailable],...n.map(P=>[P.id,o.toVoicemail(P.name,P.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${o.members(a.members.length,ge)}</legend>
        ${c.members&&d`<p class="error" id="members-error" role="alert">${c.members}</p>`}
        <table class="list timeline" aria-label=${o.timeline}>
          <thead><tr><th>${o.member}</th>${!S&&d`<th>${o.startAfter}</th>`}<th>${o.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(P=>{let M=_(P.id),V=`${P.first_name} ${P.last_name}`;return d`<tr key=${P.id} data-member=${P.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+P.id} checked=${!!M} disabled=${!M&&N} onChange=${()=>v(P)} /><label for=${"m-"+P.id}>${V}</label></span></td>
                ${!S&&d`<td data-label=${o.startAfter}>${M&&d`<input class="delay" aria-label=${`${o.startAfter} ${V}`} inputmode="numeric" value=${Number.isNaN(M.delay)?"":M.delay} onInput=${G=>g(P.id,"delay",G.target.value)} />`}</td>`}
                <td data-label=${o.ringFor}>${M&&d`<input class="timeout" aria-label=${`${o.ringFor} ${V}`} inputmode="numeric" value=${Number.isNaN(M.timeout)?"":M.timeout} onInput=${G=>g(P.id,"timeout",G.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${k} id="group_total" label=${o.totalRing} value=${i} onInput=${u} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!a.members.length||!(ue(i)>=1)} onClick=${()=>s({...a,members:Bn(a.members,ue(i))})}>${o.distribute}</button>
        </div>
      </fieldset>
      <div class="bar">
        <button type="submit" disabled=${b}>${b?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${r}>${o.cancel}</button>
      </div>
    </form>
  </section>`}async function ka(e){let t=e.baseCf?await y(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},r=(n.endpoints||[]).map(s=>({id:s.id,delay:Number(s.delay)||0,timeout:Number(s.timeout)||20})),a=e.userCf?(await y(`callflows/${e.userCf.id}`)).flow.children._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:a&&a.module==="voicemail"?a.data.id:"",members:r}}function Jo(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(""),i=()=>Promise.all([Vo(),y("users?paginate=false"),y("vmboxes?paginate=false")]).then(([l,m,f])=>t({groups:l,users:m,vmboxes:f}),l=>s(l.message));C(i,[]);async function u(l){try{r({...l,form:await ka(l)})}catch(m){s(m.message)}}async function c(l){confirm(o.confirmDeleteGroup(l.name))&&(await Zo(l).catch(m=>s(m.message)),i())}return n?d`<${Ko}
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
                    <button onClick=${()=>u(l)} aria-label=${`${o.edit} ${l.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>c(l)} aria-label=${`${o.del} ${l.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}async function Ca(){let[e,t]=await Promise.all([y("phone_numbers"),y("callflows?paginate=false")]);return Object.entries(e.numbers||{}).map(([n,r])=>{let a=r.used_by_id&&t.find(s=>s.id===r.used_by_id);return{number:n,usedBy:a?a.name||a.id:r.used_by_id||""}}).sort((n,r)=>n.number.localeCompare(r.number))}function Qo(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$(""),[i,u]=$(""),c=()=>Ca().then(t,f=>u(f.message));C(c,[]);async function l(f){f.preventDefault();let b=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(b))return s(o.badPhoneNumber);s("");try{await O(`phone_numbers/${encodeURIComponent(b)}`,{}),r(""),c()}catch(p){s(p.fields.number||p.message)}}async function m(f){confirm(o.confirmDeleteNumber(f))&&(await D(`phone_numbers/${encodeURIComponent(f)}`).catch(b=>u(b.message)),c())}return d`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${o.numbers}</h2>
    <${x} message=${i} />
    ${e?e.length===0?d`<p>${o.none}</p>`:d`<table class="list" aria-label=${o.numbers}>
            <thead><tr><th>${o.number}</th><th>${o.usedBy}</th><th><span class="sr">${o.del}</span></th></tr></thead>
            <tbody>
              ${e.map(f=>d`<tr key=${f.number} data-number=${f.number}>
                  <td data-label=${o.number} class="main-number">${f.number}</td>
                  <td data-label=${o.usedBy} class="used-by">${f.usedBy||o.spare}</td>
                  <td class="actions">${!f.usedBy&&d`<button class="danger" onClick=${()=>m(f.number)} aria-label=${`${o.remove} ${f.number}`}>${o.remove}</button>`}</td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
    <form onSubmit=${l} novalidate>
      <${k} id="new_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
      <button type="submit">${o.addPhoneNumber}</button>
    </form>
  </section>`}var Sa=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function Na(e){let t={};e.name.trim()||(t.name=o.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=o.extDigits);for(let n of["member_pins","moderator_pins"])Sa.test(e[n].trim())||(t[n]=o.pinList);return t}function er({conf:e,onDone:t}){let n=!e.id,[r,a]=$({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[s,i]=$({}),[u,c]=$(""),[l,m]=$(!1),f=p=>h=>a({...r,[p]:h});async function b(p){p.preventDefault();let h=Na(r);if(i(h),c(""),!Object.keys(h).length){m(!0);try{n?await Ve(r):await Xn(e.id,r),t()}catch(_){i(_.fields||{}),c(`${o.failed} ${_.message}`),m(!1)}}}return d`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?o.addConference:o.editConference}</h2>
    <form onSubmit=${b} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="conf_name" label=${o.name} value=${r.name} onInput=${f("name")} error=${s.name} required />
        <${k} id="conf_number" label=${o.confNumber} value=${r.number} onInput=${f("number")} error=${s.number} required inputmode="tel" />
        <${k} id="conf_member_pins" label=${o.memberPins} value=${r.member_pins} onInput=${f("member_pins")} error=${s.member_pins||s.member} inputmode="numeric" autocomplete="off" />
        <${k} id="conf_moderator_pins" label=${o.moderatorPins} value=${r.moderator_pins} onInput=${f("moderator_pins")} error=${s.moderator_pins||s.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${A} id="conf_join_muted" label=${o.joinMuted} checked=${r.join_muted} onChange=${f("join_muted")} />
      <div class="bar">
        <button type="submit" disabled=${l}>${l?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var tr=e=>(e&&e.pins||[]).length;function nr(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(""),i=()=>y("conferences?paginate=false").then(t,l=>s(l.message));C(i,[]);async function u(l){try{r(await y(`conferences/${l.id}`))}catch(m){s(m.message)}}async function c(l){confirm(o.confirmDeleteConference(l.name))&&(await ve(l.id).catch(m=>s(m.message)),i())}return n?d`<${er}
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
                  <td data-label=${o.pins} class="pins">${o.pinSummary(tr(l.member),tr(l.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>u(l)} aria-label=${`${o.edit} ${l.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>c(l)} aria-label=${`${o.del} ${l.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${o.loading}</p>`}
  </section>`}var Pa=(e,t)=>({...e,numbers:e.numbers.map(n=>n.replace("{code}",t)),patterns:e.patterns.map(n=>n.replace("{code}",t.replace(/\*/g,"\\*"))),featurecode:{...e.featurecode,number:t}}),Ea=e=>/^[0-9*]{1,6}$/.test(e),Oa=(e,t)=>(e.star?`*${t}`:t)+(e.takes_digits?"\u2026":"");function Ma({row:e,taken:t,onSaved:n}){let[r,a]=$(e.number),[s,i]=$(e.enabled),[u,c]=$(""),[l,m]=$(!1),f=r!==e.number||s!==e.enabled,b=`fc-${e.name.replace(/[^a-z0-9]/gi,"_")}`,p=o.fcNames[e.name]||e.name;async function h(){if(s&&!Ea(r))return c(o.fcDigits);if(s&&t(e,r))return c(o.fcTaken(Oa(e,r)));c(""),m(!0);try{let _=Pa(e.template,r);s?e.enabled?await j(`callflows/${e.callflow_id}`,{numbers:_.numbers,patterns:_.patterns,featurecode:_.featurecode}):await O("callflows",_):await D(`callflows/${e.callflow_id}`),n()}catch(_){c(_.fields.numbers||_.fields.patterns||_.message),m(!1)}}return d`<tr data-code=${e.name} class=${e.handled?"":"muted"}>
    <td data-label=${o.fcWhat}>${p}${!e.handled&&d`<br /><small>${o.fcNotRun}</small>`}</td>
    <td data-label=${o.fcCode}>
      <span class="code-input">${e.star?"*":""}<input id=${b} aria-label=${`${o.fcCode}: ${p}`} value=${r} inputmode="tel" size="6"
        aria-invalid=${u?"true":void 0} onInput=${_=>a(_.target.value.trim())} disabled=${!s} />${e.takes_digits?"\u2026":""}</span>
      ${u&&d`<p class="error" role="alert">${u}</p>`}
    </td>
    <td data-label=${o.fcOn}><input type="checkbox" aria-label=${`${o.fcOn}: ${p}`} checked=${s} disabled=${!e.handled&&!e.enabled}
      onChange=${_=>i(_.target.checked)} /></td>
    <td class="actions">${f&&d`<button type="button" disabled=${l} onClick=${h} aria-label=${`${o.save}: ${p}`}>${o.save}</button>`}</td>
  </tr>`}function or(){let[e,t]=$(null),[n,r]=$(""),a=()=>y("feature_codes").then(t,i=>r(i.message));C(a,[]);let s=(i,u)=>e.some(c=>c!==i&&c.enabled&&c.star===i.star&&c.number===u);return d`<section aria-labelledby="fc-h">
    <h2 id="fc-h">${o.featureCodes}</h2>
    <p class="hint">${o.fcHint}</p>
    <${x} message=${n} />
    ${e?d`<table class="list" aria-label=${o.featureCodes}>
          <thead><tr><th>${o.fcWhat}</th><th>${o.fcCode}</th><th>${o.fcOn}</th><th><span class="sr">${o.save}</span></th></tr></thead>
          <tbody>${e.map(i=>d`<${Ma} key=${`${i.name}/${i.callflow_id}/${i.number}`} row=${i} taken=${s} onSaved=${a} />`)}</tbody>
        </table>`:d`<p>${o.loading}</p>`}
  </section>`}var Da=5e3;function Ia({userId:e}){let[t,n]=$(null),[r,a]=$("");return C(()=>{let s=()=>y(`users/${e}/devices`).then(n,u=>a(u.message));s();let i=setInterval(s,Da);return()=>clearInterval(i)},[]),d`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${o.myDevices}</h3>
    <${x} message=${r} />
    ${t?t.length===0?o.none:d`<ul class="my-devices">
            ${t.map(s=>d`<li key=${s.id} data-device=${s.name}>
                <span class=${s.registered?"dot on":"dot"}>${s.name} · ${s.registered?o.registered:o.notRegistered}</span>
              </li>`)}
          </ul>`:o.loading}
  </div>`}function rr(){let[e,t]=$(null),[n,r]=$("");return C(()=>{y(`users/${E.value.owner}`).then(t,a=>r(a.message))},[]),d`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:o.myPhone}</h2>
    <${x} message=${n} />
    ${e&&d`<div class="stack">
      <${Ia} userId=${e.id} />
      <${qe} user=${e} onSaved=${t} />
      <${ze} userId=${e.id} />
      <${de} username=${e.username} />
    </div>`}
  </section>`}async function Fa(e,t){let n=await fetch("/v2/"+W(`vmboxes/${e}/greeting`),{method:"POST",headers:{"X-Auth-Token":E.value.token,"Content-Type":Vt(t),Accept:"application/json"},body:t});if(!n.ok)throw new H(n.status,await n.json().catch(()=>null))}function ar({box:e}){let[t,n]=$(""),[r,a]=$(""),[s,i]=$(null),[u,c]=$({}),[l,m]=$(""),[f,b]=$(!1),p=()=>y(`vmboxes/${e.id}`).then(g=>b(!!(g.media&&g.media.unavailable)),()=>{});C(p,[]);let h=g=>`${g}_${e.mailbox}`;async function _(g){g.preventDefault(),m("");let w={};if(/^\d{4,6}$/.test(t)?t!==r&&(w.again=o.pinMismatch):w.pin=o.pinDigits,c(w),!Object.keys(w).length)try{await j(`vmboxes/${e.id}`,{pin:t}),n(""),a(""),m("pin")}catch(N){c({pin:N.fields.pin||N.message})}}async function v(g){if(g.preventDefault(),m(""),!s||!et(s))return c({greeting:o.greetingType});c({});try{await Fa(e.id,s),m("greeting"),p()}catch(w){c({greeting:w.fields.media||w.message})}}return d`<div class="card" data-settings=${e.mailbox}>
    <h3>${o.boxSettings(e.name,e.mailbox)}</h3>
    <form onSubmit=${_} novalidate>
      <${k} id=${h("pin")} label=${o.newPin} type="password" value=${t} onInput=${n} error=${u.pin} inputmode="numeric" autocomplete="new-password" />
      <${k} id=${h("pin_again")} label=${o.newPinAgain} type="password" value=${r} onInput=${a} error=${u.again} inputmode="numeric" autocomplete="new-password" />
      <div class="bar"><button type="submit">${o.changePin}</button>${l==="pin"&&d`<span class="ok" role="status">${o.pinChanged}</span>`}</div>
    </form>
    <form onSubmit=${v} novalidate>
      <div class="field">
        <label for=${h("greeting")}>${o.greeting}</label>
        <input id=${h("greeting")} type="file" accept="audio/wav,audio/mpeg,.wav,.mp3" aria-invalid=${u.greeting?"true":void 0}
          onChange=${g=>i(g.target.files[0]||null)} />
        ${u.greeting&&d`<p class="error" id=${h("greeting")+"-error"} role="alert">${u.greeting}</p>`}
        <p class="hint">${f?o.greetingSet:o.greetingNone}</p>
      </div>
      <div class="bar"><button type="submit">${o.uploadGreeting}</button>${l==="greeting"&&d`<span class="ok" role="status">${o.greetingSaved}</span>`}</div>
    </form>
  </div>`}function sr(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(""),i=()=>y("vmboxes?paginate=false").then(t,u=>s(u.message));return C(i,[]),n?d`<${tt}
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
    ${e&&d`<div class="stack">${e.map(u=>d`<${ar} key=${u.id} box=${u} />`)}</div>`}
  </section>`}var Ta={dashboard:[o.dashboard,Un],users:[o.users,io],devices:[o.devices,uo],groups:[o.groups,Jo],calls:[o.callLogs,yo],main:[o.mainNumber,Ye],voicemail:[o.vmboxes,zo],conferences:[o.conferences,nr],codes:[o.featureCodes,or],numbers:[o.numbers,Qo],settings:[o.settings,jo]},Aa={me:[o.myPhone,rr],myvoicemail:[o.vmboxes,sr],mycalls:[o.myCalls,wo]},ot=()=>E.value&&E.value.admin===!1?Aa:Ta,lr=z(location.hash.slice(1));addEventListener("hashchange",()=>lr.value=location.hash.slice(1));var La=()=>{let e=lr.value.split("?")[0];return e in ot()?e:Object.keys(ot())[0]},ir=null;oe(()=>{let e=E.value;e||(re.value=null),e&&e.admin!==!1&&ir!==e.token&&(ir=e.token,Ao().catch(()=>{}))});function Ua(){if(!E.value)return d`<${An} />`;let e=La(),[,t]=ot()[e];return d`<header>
      <strong>${o.app}</strong>
      <nav aria-label=${o.menu}>
        ${Object.entries(ot()).map(([n,[r]])=>d`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${r}</a>`)}
      </nav>
      <button class="plain" onClick=${Ae}>${o.logout}</button>
    </header>
    <main>${re.value?d`<${Uo} />`:d`<${t} key=${e} />`}</main>`}pt(d`<${Ua} />`,document.getElementById("app"));
