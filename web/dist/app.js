var Pe,A,mn,pt,te,ln,fn,ut,pn,$t,mt,ft,Ar,be={},$n=[],Lr=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,ht=Array.isArray;function Z(e,t){for(var n in t)e[n]=t[n];return e}function bt(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Me(e,t,n){var r,a,s,i={};for(s in t)s=="key"?r=t[s]:s=="ref"?a=t[s]:i[s]=t[s];if(arguments.length>2&&(i.children=arguments.length>3?Pe.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)i[s]===void 0&&(i[s]=e.defaultProps[s]);return Ne(e,i,r,a,null)}function Ne(e,t,n,r,a){var s={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:a??++mn,__i:-1,__u:0};return a==null&&A.vnode!=null&&A.vnode(s),s}function Oe(e){return e.children}function ne(e,t){this.props=e,this.context=t}function ie(e,t){if(t==null)return e.__?ie(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?ie(e):null}function hn(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return hn(e)}}function dn(e){(!e.__d&&(e.__d=!0)&&te.push(e)&&!Ee.__r++||ln!==A.debounceRendering)&&((ln=A.debounceRendering)||fn)(Ee)}function Ee(){var e,t,n,r,a,s,i,c;for(te.sort(ut);e=te.shift();)e.__d&&(t=te.length,r=void 0,s=(a=(n=e).__v).__e,i=[],c=[],n.__P&&((r=Z({},a)).__v=a.__v+1,A.vnode&&A.vnode(r),_t(n.__P,r,a,n.__n,n.__P.namespaceURI,32&a.__u?[s]:null,i,s??ie(a),!!(32&a.__u),c),r.__v=a.__v,r.__.__k[r.__i]=r,gn(i,r,c),r.__e!=s&&hn(r)),te.length>t&&te.sort(ut));Ee.__r=0}function bn(e,t,n,r,a,s,i,c,d,u,f){var m,b,p,_,h,g,v=r&&r.__k||$n,w=t.length;for(d=Ur(n,t,v,d,w),m=0;m<w;m++)(p=n.__k[m])!=null&&(b=p.__i===-1?be:v[p.__i]||be,p.__i=m,g=_t(e,p,b,a,s,i,c,d,u,f),_=p.__e,p.ref&&b.ref!=p.ref&&(b.ref&&gt(b.ref,null,p),f.push(p.ref,p.__c||_,p)),h==null&&_!=null&&(h=_),4&p.__u||b.__k===p.__k?d=_n(p,d,e):typeof p.type=="function"&&g!==void 0?d=g:_&&(d=_.nextSibling),p.__u&=-7);return n.__e=h,d}function Ur(e,t,n,r,a){var s,i,c,d,u,f=n.length,m=f,b=0;for(e.__k=new Array(a),s=0;s<a;s++)(i=t[s])!=null&&typeof i!="boolean"&&typeof i!="function"?(d=s+b,(i=e.__k[s]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?Ne(null,i,null,null,null):ht(i)?Ne(Oe,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?Ne(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,c=null,(u=i.__i=Hr(i,n,d,m))!==-1&&(m--,(c=n[u])&&(c.__u|=2)),c==null||c.__v===null?(u==-1&&b--,typeof i.type!="function"&&(i.__u|=4)):u!=d&&(u==d-1?b--:u==d+1?b++:(u>d?b--:b++,i.__u|=4))):e.__k[s]=null;if(m)for(s=0;s<f;s++)(c=n[s])!=null&&!(2&c.__u)&&(c.__e==r&&(r=ie(c)),vn(c,c));return r}function _n(e,t,n){var r,a;if(typeof e.type=="function"){for(r=e.__k,a=0;r&&a<r.length;a++)r[a]&&(r[a].__=e,t=_n(r[a],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=ie(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Hr(e,t,n,r){var a,s,i=e.key,c=e.type,d=t[n];if(d===null||d&&i==d.key&&c===d.type&&!(2&d.__u))return n;if(r>(d!=null&&!(2&d.__u)?1:0))for(a=n-1,s=n+1;a>=0||s<t.length;){if(a>=0){if((d=t[a])&&!(2&d.__u)&&i==d.key&&c===d.type)return a;a--}if(s<t.length){if((d=t[s])&&!(2&d.__u)&&i==d.key&&c===d.type)return s;s++}}return-1}function cn(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||Lr.test(t)?n:n+"px"}function Se(e,t,n,r,a){var s;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||cn(e.style,t,"");if(n)for(t in n)r&&n[t]===r[t]||cn(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(pn,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=n,n?r?n.u=r.u:(n.u=$t,e.addEventListener(t,s?ft:mt,s)):e.removeEventListener(t,s?ft:mt,s);else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function un(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=$t++;else if(t.t<n.u)return;return n(A.event?A.event(t):t)}}}function _t(e,t,n,r,a,s,i,c,d,u){var f,m,b,p,_,h,g,v,w,N,k,O,E,T,V,W,$e,Y=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(d=!!(32&n.__u),s=[c=t.__e=n.__e]),(f=A.__b)&&f(t);e:if(typeof Y=="function")try{if(v=t.props,w="prototype"in Y&&Y.prototype.render,N=(f=Y.contextType)&&r[f.__c],k=f?N?N.props.value:f.__:r,n.__c?g=(m=t.__c=n.__c).__=m.__E:(w?t.__c=m=new Y(v,k):(t.__c=m=new ne(v,k),m.constructor=Y,m.render=Rr),N&&N.sub(m),m.props=v,m.state||(m.state={}),m.context=k,m.__n=r,b=m.__d=!0,m.__h=[],m._sb=[]),w&&m.__s==null&&(m.__s=m.state),w&&Y.getDerivedStateFromProps!=null&&(m.__s==m.state&&(m.__s=Z({},m.__s)),Z(m.__s,Y.getDerivedStateFromProps(v,m.__s))),p=m.props,_=m.state,m.__v=t,b)w&&Y.getDerivedStateFromProps==null&&m.componentWillMount!=null&&m.componentWillMount(),w&&m.componentDidMount!=null&&m.__h.push(m.componentDidMount);else{if(w&&Y.getDerivedStateFromProps==null&&v!==p&&m.componentWillReceiveProps!=null&&m.componentWillReceiveProps(v,k),!m.__e&&(m.shouldComponentUpdate!=null&&m.shouldComponentUpdate(v,m.__s,k)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(m.props=v,m.state=m.__s,m.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(he){he&&(he.__=t)}),O=0;O<m._sb.length;O++)m.__h.push(m._sb[O]);m._sb=[],m.__h.length&&i.push(m);break e}m.componentWillUpdate!=null&&m.componentWillUpdate(v,m.__s,k),w&&m.componentDidUpdate!=null&&m.__h.push(function(){m.componentDidUpdate(p,_,h)})}if(m.context=k,m.props=v,m.__P=e,m.__e=!1,E=A.__r,T=0,w){for(m.state=m.__s,m.__d=!1,E&&E(t),f=m.render(m.props,m.state,m.context),V=0;V<m._sb.length;V++)m.__h.push(m._sb[V]);m._sb=[]}else do m.__d=!1,E&&E(t),f=m.render(m.props,m.state,m.context),m.state=m.__s;while(m.__d&&++T<25);m.state=m.__s,m.getChildContext!=null&&(r=Z(Z({},r),m.getChildContext())),w&&!b&&m.getSnapshotBeforeUpdate!=null&&(h=m.getSnapshotBeforeUpdate(p,_)),c=bn(e,ht(W=f!=null&&f.type===Oe&&f.key==null?f.props.children:f)?W:[W],t,n,r,a,s,i,c,d,u),m.base=t.__e,t.__u&=-161,m.__h.length&&i.push(m),g&&(m.__E=m.__=null)}catch(he){if(t.__v=null,d||s!=null)if(he.then){for(t.__u|=d?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;s[s.indexOf(c)]=null,t.__e=c}else for($e=s.length;$e--;)bt(s[$e]);else t.__e=n.__e,t.__k=n.__k;A.__e(he,t,n)}else s==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):c=t.__e=Br(n.__e,t,n,r,a,s,i,d,u);return(f=A.diffed)&&f(t),128&t.__u?void 0:c}function gn(e,t,n){for(var r=0;r<n.length;r++)gt(n[r],n[++r],n[++r]);A.__c&&A.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(s){s.call(a)})}catch(s){A.__e(s,a.__v)}})}function Br(e,t,n,r,a,s,i,c,d){var u,f,m,b,p,_,h,g=n.props,v=t.props,w=t.type;if(w=="svg"?a="http://www.w3.org/2000/svg":w=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),s!=null){for(u=0;u<s.length;u++)if((p=s[u])&&"setAttribute"in p==!!w&&(w?p.localName==w:p.nodeType==3)){e=p,s[u]=null;break}}if(e==null){if(w==null)return document.createTextNode(v);e=document.createElementNS(a,w,v.is&&v),c&&(A.__m&&A.__m(t,s),c=!1),s=null}if(w===null)g===v||c&&e.data===v||(e.data=v);else{if(s=s&&Pe.call(e.childNodes),g=n.props||be,!c&&s!=null)for(g={},u=0;u<e.attributes.length;u++)g[(p=e.attributes[u]).name]=p.value;for(u in g)if(p=g[u],u!="children"){if(u=="dangerouslySetInnerHTML")m=p;else if(!(u in v)){if(u=="value"&&"defaultValue"in v||u=="checked"&&"defaultChecked"in v)continue;Se(e,u,null,p,a)}}for(u in v)p=v[u],u=="children"?b=p:u=="dangerouslySetInnerHTML"?f=p:u=="value"?_=p:u=="checked"?h=p:c&&typeof p!="function"||g[u]===p||Se(e,u,p,g[u],a);if(f)c||m&&(f.__html===m.__html||f.__html===e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(m&&(e.innerHTML=""),bn(e,ht(b)?b:[b],t,n,r,w=="foreignObject"?"http://www.w3.org/1999/xhtml":a,s,i,s?s[0]:n.__k&&ie(n,0),c,d),s!=null)for(u=s.length;u--;)bt(s[u]);c||(u="value",w=="progress"&&_==null?e.removeAttribute("value"):_!==void 0&&(_!==e[u]||w=="progress"&&!_||w=="option"&&_!==g[u])&&Se(e,u,_,g[u],a),u="checked",h!==void 0&&h!==e[u]&&Se(e,u,h,g[u],a))}return e}function gt(e,t,n){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(a){A.__e(a,n)}}function vn(e,t,n){var r,a;if(A.unmount&&A.unmount(e),(r=e.ref)&&(r.current&&r.current!==e.__e||gt(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(s){A.__e(s,t)}r.base=r.__P=null}if(r=e.__k)for(a=0;a<r.length;a++)r[a]&&vn(r[a],t,n||typeof e.type!="function");n||bt(e.__e),e.__c=e.__=e.__e=void 0}function Rr(e,t,n){return this.constructor(e,n)}function vt(e,t,n){var r,a,s,i;t==document&&(t=document.documentElement),A.__&&A.__(e,t),a=(r=typeof n=="function")?null:n&&n.__k||t.__k,s=[],i=[],_t(t,e=(!r&&n||t).__k=Me(Oe,null,[e]),a||be,be,t.namespaceURI,!r&&n?[n]:a?null:t.firstChild?Pe.call(t.childNodes):null,s,!r&&n?n:a?a.__e:t.firstChild,r,i),gn(s,e,i)}Pe=$n.slice,A={__e:function(e,t,n,r){for(var a,s,i;t=t.__;)if((a=t.__c)&&!a.__)try{if((s=a.constructor)&&s.getDerivedStateFromError!=null&&(a.setState(s.getDerivedStateFromError(e)),i=a.__d),a.componentDidCatch!=null&&(a.componentDidCatch(e,r||{}),i=a.__d),i)return a.__E=a}catch(c){e=c}throw e}},mn=0,pt=function(e){return e!=null&&e.constructor==null},ne.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=Z({},this.state),typeof e=="function"&&(e=e(Z({},n),this.props)),e&&Z(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),dn(this))},ne.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),dn(this))},ne.prototype.render=Oe,te=[],fn=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,ut=function(e,t){return e.__v.__b-t.__v.__b},Ee.__r=0,pn=/(PointerCapture)$|Capture$/i,$t=0,mt=un(!1),ft=un(!0),Ar=0;var wn=function(e,t,n,r){var a;t[0]=0;for(var s=1;s<t.length;s++){var i=t[s++],c=t[s]?(t[0]|=i?1:2,n[t[s++]]):t[++s];i===3?r[0]=c:i===4?r[1]=Object.assign(r[1]||{},c):i===5?(r[1]=r[1]||{})[t[++s]]=c:i===6?r[1][t[++s]]+=c+"":i?(a=e.apply(c,wn(e,c,n,["",null])),r.push(a),c[0]?t[0]|=2:(t[s-2]=0,t[s]=a)):r.push(c)}return r},yn=new Map;function xn(e){var t=yn.get(this);return t||(t=new Map,yn.set(this,t)),(t=wn(this,t.get(e)||(t.set(e,t=function(n){for(var r,a,s=1,i="",c="",d=[0],u=function(b){s===1&&(b||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,b,i):s===3&&(b||i)?(d.push(3,b,i),s=2):s===2&&i==="..."&&b?d.push(4,b,0):s===2&&i&&!b?d.push(5,0,!0,i):s>=5&&((i||!b&&s===5)&&(d.push(s,0,i,a),s=6),b&&(d.push(s,b,0,a),s=6)),i=""},f=0;f<n.length;f++){f&&(s===1&&u(),u(f));for(var m=0;m<n[f].length;m++)r=n[f][m],s===1?r==="<"?(u(),d=[d],s=3):i+=r:s===4?i==="--"&&r===">"?(s=1,i=""):i=r+i[0]:c?r===c?c="":i+=r:r==='"'||r==="'"?c=r:r===">"?(u(),s=1):s&&(r==="="?(s=5,a=i,i=""):r==="/"&&(s<5||n[f][m+1]===">")?(u(),s===3&&(d=d[0]),s=d,(d=d[0]).push(2,0,s),s=0):r===" "||r==="	"||r===`
`||r==="\r"?(u(),s=2):i+=r),s===3&&i==="!--"&&(s=4,d=d[0])}return u(),d}(e)),t),arguments,[])).length>1?t:t[0]}var l=xn.bind(Me);var _e,H,yt,kn,Te=0,Fn=[],R=A,Cn=R.__b,Sn=R.__r,Nn=R.diffed,En=R.__c,Pn=R.unmount,Mn=R.__;function xt(e,t){R.__h&&R.__h(H,e,Te||t),Te=0;var n=H.__H||(H.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function $(e){return Te=1,jr(In,e)}function jr(e,t,n){var r=xt(_e++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):In(void 0,t),function(c){var d=r.__N?r.__N[0]:r.__[0],u=r.t(d,c);d!==u&&(r.__N=[u,r.__[1]],r.__c.setState({}))}],r.__c=H,!H.u)){var a=function(c,d,u){if(!r.__c.__H)return!0;var f=r.__c.__H.__.filter(function(b){return!!b.__c});if(f.every(function(b){return!b.__N}))return!s||s.call(this,c,d,u);var m=r.__c.props!==c;return f.forEach(function(b){if(b.__N){var p=b.__[0];b.__=b.__N,b.__N=void 0,p!==b.__[0]&&(m=!0)}}),s&&s.call(this,c,d,u)||m};H.u=!0;var s=H.shouldComponentUpdate,i=H.componentWillUpdate;H.componentWillUpdate=function(c,d,u){if(this.__e){var f=s;s=void 0,a(c,d,u),s=f}i&&i.call(this,c,d,u)},H.shouldComponentUpdate=a}return r.__N||r.__}function S(e,t){var n=xt(_e++,3);!R.__s&&Tn(n.__H,t)&&(n.__=e,n.i=t,H.__H.__h.push(n))}function kt(e){return Te=5,Ie(function(){return{current:e}},[])}function Ie(e,t){var n=xt(_e++,7);return Tn(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function Gr(){for(var e;e=Fn.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(Fe),e.__H.__h.forEach(wt),e.__H.__h=[]}catch(t){e.__H.__h=[],R.__e(t,e.__v)}}R.__b=function(e){H=null,Cn&&Cn(e)},R.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Mn&&Mn(e,t)},R.__r=function(e){Sn&&Sn(e),_e=0;var t=(H=e.__c).__H;t&&(yt===H?(t.__h=[],H.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(Fe),t.__h.forEach(wt),t.__h=[],_e=0)),yt=H},R.diffed=function(e){Nn&&Nn(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Fn.push(t)!==1&&kn===R.requestAnimationFrame||((kn=R.requestAnimationFrame)||Vr)(Gr)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),yt=H=null},R.__c=function(e,t){t.some(function(n){try{n.__h.forEach(Fe),n.__h=n.__h.filter(function(r){return!r.__||wt(r)})}catch(r){t.some(function(a){a.__h&&(a.__h=[])}),t=[],R.__e(r,n.__v)}}),En&&En(e,t)},R.unmount=function(e){Pn&&Pn(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(r){try{Fe(r)}catch(a){t=a}}),n.__H=void 0,t&&R.__e(t,n.__v))};var On=typeof requestAnimationFrame=="function";function Vr(e){var t,n=function(){clearTimeout(r),On&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,100);On&&(t=requestAnimationFrame(n))}function Fe(e){var t=H,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),H=t}function wt(e){var t=H;e.__c=e.__(),H=t}function Tn(e,t){return!e||e.length!==t.length||t.some(function(n,r){return n!==e[r]})}function In(e,t){return typeof t=="function"?t(e):t}var Wr=Symbol.for("preact-signals");function Ct(){if(oe>1)oe--;else{var e,t=!1;for(function(){var a=Ae;for(Ae=void 0;a!==void 0;){var s=a.S;if(s.v===a.v)for(var i=s.t;i!==void 0;i=i.x)i.i===a.i&&(i.i=s.i);a=a.o}}();ve!==void 0;){var n=ve;for(ve=void 0,De++;n!==void 0;){var r=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&Ln(n))try{n.c()}catch(a){t||(e=a,t=!0)}n=r}}if(De=0,oe--,t)throw e}}var ge,L=void 0;function ye(e){var t=L,n=ge;L=void 0,ge=void 0;try{return e()}finally{L=t,ge=n}}var ve=void 0,oe=0,De=0;var Dn=0,Ae=void 0,Le=0;function An(e){if(L!==void 0){var t=e.n;if(t===void 0||t.t!==L)return t={i:0,S:e,p:L.s,n:void 0,t:L,e:void 0,x:void 0,r:t},L.s!==void 0&&(L.s.n=t),L.s=t,e.n=t,32&L.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=L.s,t.n=void 0,L.s.n=t,L.s=t),t}}function G(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}G.prototype.brand=Wr;G.prototype.h=function(){return!0};G.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:ye(function(){var r;(r=t.W)==null||r.call(t)}))};G.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,r=e.x;n!==void 0&&(n.x=r,e.e=void 0),r!==void 0&&(r.e=n,e.x=void 0),e===this.t&&(this.t=r,r===void 0&&ye(function(){var a;(a=t.Z)==null||a.call(t)}))}};G.prototype.subscribe=function(e){var t=this;return ae(function(){var n=t.value;ye(function(){return e(n)})},{name:"sub"})};G.prototype.valueOf=function(){return this.value};G.prototype.toString=function(){return this.value+""};G.prototype.toJSON=function(){return this.value};G.prototype.peek=function(){var e=this;return ye(function(){return e.value})};Object.defineProperty(G.prototype,"value",{get:function(){var e=An(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(De>100)throw new Error("Cycle detected");(function(n){oe!==0&&De===0&&n.l!==Dn&&(n.l=Dn,Ae={S:n,v:n.v,i:n.i,o:Ae})})(this),this.v=e,this.i++,Le++,oe++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{Ct()}}}});function K(e,t){return new G(e,t)}function Ln(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function Un(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function Hn(e){for(var t=e.s,n=void 0;t!==void 0;){var r=t.p;t.i===-1?(t.S.U(t),r!==void 0&&(r.n=t.n),t.n!==void 0&&(t.n.p=r)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=r}e.s=n}function re(e,t){G.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Le-1,this.f=4}re.prototype=new G;re.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Le))return!0;if(this.g=Le,this.f|=1,this.i>0&&!Ln(this))return this.f&=-2,!0;var e=L;try{Un(this),L=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return L=e,Hn(this),this.f&=-2,!0};re.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}G.prototype.S.call(this,e)};re.prototype.U=function(e){if(this.t!==void 0&&(G.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};re.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(re.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=An(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function St(e,t){return new re(e,t)}function Bn(e){var t=e.j;if(e.j=void 0,typeof t=="function"){oe++;var n=L;L=void 0;try{t()}catch(r){throw e.f&=-2,e.f|=8,Nt(e),r}finally{L=n,Ct()}}}function Nt(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,Bn(e)}function qr(e){if(L!==this)throw new Error("Out-of-order effect");Hn(this),L=e,this.f&=-2;try{8&this.f&&Nt(this)}finally{Ct()}}function le(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,ge&&ge.push(this)}le.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};le.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,Bn(this),Un(this),oe++;var e=L;return L=this,qr.bind(this,e)};le.prototype.N=function(){2&this.f||(this.f|=2,this.u=ve,ve=this)};le.prototype.d=function(){this.f|=8,1&this.f||Nt(this)};le.prototype.dispose=function(){this.d()};function ae(e,t){var n=new le(e,t);try{n.c()}catch(a){throw n.d(),a}var r=n.d.bind(n);return r[Symbol.dispose]=r,r}var Pt,Et;function de(e,t){A[e]=t.bind(null,A[e]||function(){})}function Ue(e){Et&&Et(),Et=e&&e.S()}function Rn(e){var t=this,n=e.data,r=Kr(n);r.value=n;var a=Ie(function(){for(var s=t.__v;s=s.__;)if(s.__c){s.__c.__$f|=4;break}return t.__$u.c=function(){var i,c=t.__$u.S(),d=a.value;c(),pt(d)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=d},St(function(){var i=r.value.value;return i===0?0:i===!0?"":i||""})},[]);return a.value}Rn.displayName="_st";Object.defineProperties(G.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:Rn},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});de("__b",function(e,t){if(typeof t.type=="string"){var n,r=t.props;for(var a in r)if(a!=="children"){var s=r[a];s instanceof G&&(n||(t.__np=n={}),n[a]=s,r[a]=s.peek())}}e(t)});de("__r",function(e,t){Ue();var n,r=t.__c;r&&(r.__$f&=-2,(n=r.__$u)===void 0&&(r.__$u=n=function(a){var s;return ae(function(){s=this}),s.c=function(){r.__$f|=1,r.setState({})},s}())),Pt=r,Ue(n),e(t)});de("__e",function(e,t,n,r){Ue(),Pt=void 0,e(t,n,r)});de("diffed",function(e,t){Ue(),Pt=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var r=t.__np,a=t.props;if(r){var s=n.U;if(s)for(var i in s){var c=s[i];c!==void 0&&!(i in r)&&(c.d(),s[i]=void 0)}else n.U=s={};for(var d in r){var u=s[d],f=r[d];u===void 0?(u=zr(n,d,f,a),s[d]=u):u.o(f,a)}}}e(t)});function zr(e,t,n,r){var a=t in e&&e.ownerSVGElement===void 0,s=K(n);return{o:function(i,c){s.value=i,r=c},d:ae(function(){var i=s.value.value;r[t]!==i&&(r[t]=i,a?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}de("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var r=n.U;if(r){n.U=void 0;for(var a in r){var s=r[a];s&&s.d()}}}}else{var i=t.__c;if(i){var c=i.__$u;c&&(i.__$u=void 0,c.d())}}e(t)});de("__h",function(e,t,n,r){(r<3||r===9)&&(t.__$f|=2),e(t,n,r)});ne.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var r in t)return!0;for(var a in e)if(a!=="__source"&&e[a]!==this.props[a])return!0;for(var s in this.props)if(!(s in e))return!0;return!1};function Kr(e){return Ie(function(){return K(e)},[])}var Yr=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],Xr=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function jn(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,r=new Uint32Array(n*16);t.forEach((d,u)=>r[u>>2]|=d<<u%4*8),r[t.length>>2]|=128<<t.length%4*8,r[n*16-2]=t.length*8>>>0,r[n*16-1]=Math.floor(t.length/536870912);let[a,s,i,c]=[1732584193,4023233417,2562383102,271733878];for(let d=0;d<r.length;d+=16){let[u,f,m,b]=[a,s,i,c];for(let p=0;p<64;p++){let _=p>>4,h,g;_===0?[h,g]=[f&m|~f&b,p]:_===1?[h,g]=[b&f|~b&m,(5*p+1)%16]:_===2?[h,g]=[f^m^b,(3*p+5)%16]:[h,g]=[m^(f|~b),7*p%16];let v=Yr[_*4+p%4],w=u+h+Xr[p]+r[d+g]>>>0;[u,b,m]=[b,m,f],f=f+(w<<v|w>>>32-v)>>>0}[a,s,i,c]=[a+u>>>0,s+f>>>0,i+m>>>0,c+b>>>0]}return[a,s,i,c].map(d=>[0,8,16,24].map(u=>(d>>>u&255).toString(16).padStart(2,"0")).join("")).join("")}var Mt="edgepbx.session",M=K(Zr());function Zr(){try{return JSON.parse(sessionStorage.getItem(Mt))||null}catch{return null}}var Jr=30*60*1e3,Gn=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>Gn=Date.now(),{passive:!0});setInterval(()=>M.value&&Date.now()-Gn>Jr&&He(),60*1e3);var q=class extends Error{constructor(t,n){let r={},a=n&&n.data;if(t===400&&a&&typeof a=="object")for(let[s,i]of Object.entries(a)){let c=i&&typeof i=="object"?Object.values(i)[0]:null;r[s]=c&&c.message||String(i)}super(n&&(n.message||a&&a.message)||`HTTP ${t}`),this.status=t,this.fields=r,this.body=n}};async function j(e,t,n,r=M.value&&M.value.token){let a=M.value,s={Accept:"application/json"};r&&(s["X-Auth-Token"]=r),n!==void 0&&(s["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:s,body:n===void 0?void 0:JSON.stringify({data:n})}),c=await i.json().catch(()=>null);if(i.status===401&&a&&t!=="user_auth"&&He(),!i.ok)throw new q(i.status,c);return c}async function Vn(e){let t=await fetch("/v2/"+X(e),{headers:{"X-Auth-Token":M.value.token,Accept:"audio/*"}});if(!t.ok)throw new q(t.status,await t.json().catch(()=>null));return t.blob()}var X=e=>`accounts/${M.value.account}/${e}`,y=async e=>(await j("GET",X(e))).data,P=async(e,t)=>(await j("PUT",X(e),t)).data,I=async(e,t)=>(await j("POST",X(e),t)).data,B=async(e,t)=>(await j("PATCH",X(e),t)).data,F=async e=>(await j("DELETE",X(e))).data,Wn=(e,t,n)=>j("PUT","user_auth",{credentials:jn(`${t.toLowerCase()}:${n}`),account_name:e});async function qn(e,t,n){let r=await Wn(e,t,n),a={token:r.auth_token,account:r.data.account_id,owner:r.data.owner_id,accountName:e},s=(await j("GET",`accounts/${a.account}/users/${a.owner}`,void 0,a.token)).data;a.admin=s.priv_level==="admin",sessionStorage.setItem(Mt,JSON.stringify(a)),M.value=a}function He(){sessionStorage.removeItem(Mt),M.value=null}async function zn(e,t){try{return await Wn(M.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var o={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension, phones, voicemail box and conference bridge?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,vmboxOf:e=>`${e}'s VmBox`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",extProposed:e=>`${e} is the next free extension.`,extLength:e=>`The office's extensions have ${e} digits (Settings, Country and extensions)`,failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",wdayLong:{monday:"Monday",tuesday:"Tuesday",wednesday:"Wednesday",thursday:"Thursday",friday:"Friday",saturday:"Saturday",sunday:"Sunday"},dayOpens:e=>`${e} opens`,dayCloses:e=>`${e} closes`,lunchBreak:"Lunch break",lunchStarts:"Lunch starts",lunchEnds:"Lunch ends",badLunch:"Lunch must end after it starts",template:"Template",applyTemplate:"Use template",templates:{weekdays9to17:"Mon\u2013Fri 9\u201317",weekdays8to18:"Mon\u2013Fri 8\u201318",monSat9to17:"Mon\u2013Sat 9\u201317"},hoursCsv:"Hours as CSV (day,open,close per line)",hoursCsvFile:"CSV file of hours",importHours:"Import hours",hoursCsvColumns:"a line has three fields: day,open,close",hoursCsvDay:e=>`"${e}" is not a weekday`,hoursCsvTime:"times are HH:MM (24 hours)",hoursCsvTwice:e=>`${e} is listed twice`,hoursCsvEmpty:"No hours in the file",hoursImported:"Imported; check the days and Save.",holidays:"Holidays",holidayName:"Holiday name",holidayKind:"Kind of holiday",holidayKinds:{date:"A date",range:"A date range",advanced:"Advanced (such as the fourth Thursday of November)"},holidayFrom:"Date",holidayTo:"Until",holidayOrdinal:"Which",holidayWday:"Weekday",holidayMonth:"Month",addHoliday:"Add holiday",noHolidays:"No holidays yet.",pickDate:"Pick a date",rangeBackwards:"The range ends before it starts",rangeTooLong:"A range covers less than a year",needName:"Give it a name",months:["January","February","March","April","May","June","July","August","September","October","November","December"],ordinals:{first:"First",second:"Second",third:"Third",fourth:"Fourth",fifth:"Fifth",last:"Last"},nthWeekday:(e,t,n)=>`${e} ${t} of ${n}`,openNow:"Open now",lunchNow:"Lunch break",closedNow:"Closed",holidayNow:e=>`Closed (holiday: ${e})`,closesAt:(e,t)=>`${e}, closes ${t}`,opensAt:(e,t)=>`${e}, opens ${t}`,changesAt:(e,t)=>`${e} until ${t}`,incomingHandling:"Incoming call handling",windows:{MainOpenHours:"Calls in open hours",MainLunchHours:"Calls at lunch",MainAfterHours:"Calls after hours",MainHolidays:"Calls on holidays"},handling:"Calls go to",handlingKinds:{menu:"The virtual receptionist (menu)",user:"A user",user_vm:"A user, then their voicemail",voicemail:"A voicemail box"},handlingUser:"User",handlingVmbox:"Voicemail box",noMenu:"This window has no menu yet",menuKeys:"Keys callers press",menuKey:e=>`Key ${e}`,keyElsewhere:"(set in the Callflows app)",pickUser:"Pick a user",pickVmbox:"Pick a voicemail box",userNoVmbox:"This user has no voicemail box",mainConference:"Main conference number",mainConfNumber:"Conference number",badConfNumber:"A number of 2 to 15 digits, optionally starting with +",confGreeting:"Greeting callers hear first (spoken by the box)",saveConference:"Save conference number",clockNotSet:"The box's clock is not set: calls take the after-hours way until it is",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepLocale:"Country and extensions",locale:"Country and extensions",localeHint:"The country sets the tones callers hear and how analog phones ring and show caller ID; choosing it proposes its time zone and prompt language. New users get the next free extension of the length set here.",country:"Country",countryNone:"Not set (US tones)",promptLanguage:"Prompt language (such as en-gb)",extensionLength:"Extension length (digits, 2 to 8)",extLengthRange:"A number from 2 to 8",proposedZone:e=>`Time zone ${e} is saved with the country (change it under Office).`,stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",clockUnset:"The box does not know the date and time yet: office hours are not applied (calls take the default route) until a time server answers.",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)",check_if_owner:"No PIN asked on the box user's own phones (auto-login)",transcribe:"Transcribe messages to text (in the message and its mail; needs the speech-to-text service)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},moveTo:"Move to box",move:"Move",transcript:"Text",play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,groupFeatures:"Group features",recordGroupCalls:"Record calls to the group",recordLimit:"Longest recording (s)",recordLimitRange:"From 5 to 10800 seconds",groupRingback:"Callers hear while it rings",phoneRingback:"Normal ringing",allowForward:"Allow call forward (members' forwarding is followed)",cidNamePrefix:"Caller ID name prefix",cidNumberPrefix:"Caller ID number prefix",prefixTooLong:e=>`At most ${e} characters`,numberPrefix:"Digits only (* and # too), + first, at most 15",softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,assignTo:e=>`Assign ${e} to`,assignPick:"Assign to\u2026",assign:"Assign",unassign:"Unassign",assignUser:e=>`User ${e}`,assignGroup:e=>`Group ${e}`,assignConference:e=>`Conference ${e}`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",providerAddress:"Address shown to providers",providerAddressOwn:"the box's own",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"},featureCodes:"Feature codes",fcHint:"Codes dialled from any phone of the office. A code with \u2026 takes a number dialled after it. Turning a code off frees it.",fcWhat:"What it does",fcCode:"Code",fcOn:"On",fcNotRun:"This box does not run this code yet.",fcDigits:"1 to 6 digits",fcTaken:e=>`${e} is already another code`,fcNames:{"call_forward[action=activate]":"Turn call forwarding on (to the number dialled after the code, else asked for)","call_forward[action=deactivate]":"Turn call forwarding off","call_forward[action=toggle]":"Turn call forwarding on or off","call_forward[action=update]":"Change the call forwarding number","hotdesk[action=login]":"Hot desking: sign in at this phone","hotdesk[action=logout]":"Hot desking: sign out of this phone","hotdesk[action=toggle]":"Hot desking: sign in or out","voicemail[action=check]":"Check voicemail (box number after the code, else asked for)","voicemail[single_mailbox_login]":"Check voicemail, asking for the box number",'voicemail[action="direct"]':"Leave a message straight in a box (box number after the code)",intercom:"Intercom: the extension after the code answers on its speaker","privacy[mode=full]":"Hide your caller ID for the number after the code",park_and_retrieve:"Park a call in the slot after the code, or pick it up",valet:"Park a call in the next free slot",retrieve:"Pick up the call parked in the slot after the code",directed_ext_pickup:"Answer the extension after the code while it rings","do_not_disturb[action=activate]":"Turn do not disturb on","do_not_disturb[action=deactivate]":"Turn do not disturb off","do_not_disturb[action=toggle]":"Turn do not disturb on or off",move:"Move the call to another of your phones"},followMe:"Find me follow me",followMeHint:"A call to your extension rings the phones picked here, each from its start for its ring time.",followMeOn:"Ring my phones by this timeline",pickPhone:"Pick at least one phone",ringCell:"Ring my cell phone too",cellNumber:"Cell phone number",cellHint:"An outside call: it asks whoever answers to press 1, and numbers you may not call are refused.",boxSettings:(e,t)=>`PIN and greeting of ${e} (${t})`,newPin:"New PIN (4 to 6 digits)",newPinAgain:"New PIN again",pinMismatch:"The two PINs differ",changePin:"Change PIN",pinChanged:"PIN changed.",uploadGreeting:"Upload greeting",greetingSaved:"Greeting saved.",storage:"Storage (data partition)",storageUse:(e,t)=>`${e.toFixed(1)} GB used of ${t.toFixed(1)} GB`,lastBackup:"Last backup",backupAt:e=>`${e} UTC`,neverBackedUp:"never",certificate:"Certificate expires",certExpires:(e,t)=>`${e} (in ${t} days)`,unknown:"unknown",diskFull:e=>`The data partition is nearly full: ${e} GB free`,certSoon:e=>`The box's certificate expires in ${e} days`,certExpired:"The box's certificate has expired",csvImport:"Import users from a CSV file",csvHint:"A header line, then one user a line. Columns: first_name, last_name, username, extension, password (all needed), email, phone (yes: a desk phone). Nothing is made while a line is wrong.",csvFile:"CSV file",csvProblems:"Lines to fix",csvEmpty:"The file is empty",csvColumns:e=>`Missing columns: ${e}`,csvUnknown:e=>`Unknown columns: ${e}`,csvNoUsers:"No users in the file",csvExtra:"more fields than columns",csvDuplicate:e=>`the same as on line ${e}`,csvLine:(e,t,n)=>`Line ${e}: ${t?`${t}: `:""}${n}`,csvField:{first_name:"first name",last_name:"last name",username:"user name",email:"email",extension:"extension",password:"password"},csvMade:(e,t)=>`${e} of ${t} users made.`,stepMail:"Mail relay",mailRelay:"Mail relay (SMTP)",mailRelayHint:"The server the box sends its mails through: voicemail to email and missed-call alerts.",relayServer:"Server (host name or address)",relayHost:"A host name or IP address",port:"Port",relayPort:"A port from 1 to 65535",relayTls:"Encryption",tlsModes:{if_available:"STARTTLS when offered",always:"TLS always",never:"None"},relayUser:"Login (empty: none)",relayPasswordKeep:"Password (empty: keep the one set)",relayFrom:"Sender address",testTo:"Send a test mail to",sendTest:"Send a test mail",sending:"Sending\u2026",testSent:e=>`Sent to ${e}: the relay took it.`,stepLine:"Outside line",outsideLines:"Outside lines",noLines:"No outside line yet.",addLine:"Add an outside line",lineServer:"Provider's server",lineNumber:"Number or SIP user name",lineAuth:"Login, if not the number",linePassword:"SIP password",lineRealm:"Domain (realm), if not the server",lineRegister:"Register with the provider",lineStates:{registered:"registered",trying:"registering\u2026",failed:"registration failed",not_registering:"not registering"},ringMyPhone:"Ring my phone",ringPhonePick:"Phone to ring",ringPhoneHint:"The phone rings; answer it and the box says its extension, then goodbye.",ringing:e=>`Ringing ${e}: answer it.`,noRegisteredPhone:"No phone is registered yet: connect one (or a softphone), then come back to this step.",call:"Call",callFrom:e=>`Call from ${e}`,callNumber:"Number to call",callStarted:(e,t)=>`${e} rings: answer it to call ${t}.`,actions:"Actions",editLine:e=>`Edit the outside line ${e}`,confirmDeleteLine:e=>`Delete the outside line ${e}? Calls out no longer use it.`,fxoLines:"Analog lines (FXO)",fxoStates:{idle:"up",busy:"in use",down:"down"},fxoDialTone:{yes:"dial tone",no:"no dial tone",checking:"checking for dial tone\u2026",unknown:"dial tone not checked yet"},fxoUse:"Use as outside line",fxoInUse:e=>`Outside line: ${e}`,fxoLineName:e=>`Analog line ${e}`,withVmbox:"Give this user a voice mailbox",vmPin:"Voice mailbox PIN (4 to 6 digits; empty: none yet)",features:"Features",featuresOf:e=>`Features of ${e}`,callerId:"Caller ID",cidInternalName:"Internal name",cidInternalNumber:"Internal number",cidExternalName:"External name",cidExternalNumber:"External number",cidAccountDefault:"The office's number",cidNameLength:"At most 35 characters",failover:"Call failover",failoverHint:"When none of this user's phones is reachable (not registered), calls go to this number.",failoverOn:"Forward when the phones are unreachable",hotdesk:"Hot desking",hotdeskHint:"Log in on any phone of the office with the hot desk code (*11) and this ID.",hotdeskOn:"Hot desking on",hotdeskId:"Hot desk ID (digits)",hotdeskPin:"Hot desk PIN",hotdeskIdDigits:"1 to 15 digits",hotdeskPinDigits:"4 to 15 digits",hotdeskRequirePin:"Ask for the PIN",hotdeskKeep:"Stay logged in on other phones",musicOnHold:"Music on hold",mohMedia:"Music callers hear when this user holds them",mohDefault:"The office's music",recording:"Call recording",recordLeg:{inbound_onnet:"Calls from colleagues",inbound_offnet:"Calls from outside",outbound_onnet:"Calls to colleagues",outbound_offnet:"Calls to outside numbers"},recordingLimitLabel:"Longest recording (seconds)",recordingLimit:"5 to 10800 seconds",noExtensionYet:"This user has no extension yet: save the user first.",userVmbox:(e,t)=>`${e} (${t})`,vmOnNoAnswer:"Unanswered calls go to this box",noVmboxYet:e=>`No voicemail box yet. Make one with mailbox ${e}:`,makeVmbox:"Make the voicemail box",confBridge:"Conference bridge",confBridgeIs:(e,t)=>`${e}, dial ${t}`,makeConfBridge:"Make the conference bridge",conferenceOf:e=>`${e}'s conference`,faxboxNotSupported:"Faxbox: the box has no fax yet."};function x({id:e,label:t,value:n,onInput:r,error:a,type:s="text",required:i,autocomplete:c,inputmode:d}){let u=`${e}-error`;return l`<div class="field">
    <label for=${e}>${t}</label>
    <input
      id=${e}
      name=${e}
      type=${s}
      value=${n}
      required=${i}
      autocomplete=${c}
      inputmode=${d}
      aria-invalid=${a?"true":void 0}
      aria-describedby=${a?u:void 0}
      onInput=${f=>r(f.target.value)}
    />
    ${a&&l`<p class="error" id=${u} role="alert">${a}</p>`}
  </div>`}function C({message:e}){return e?l`<p class="banner" role="alert">${e}</p>`:null}function D({id:e,label:t,checked:n,onChange:r}){return l`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${a=>r(a.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function Kn(){let[e,t]=$({account:"",username:"",password:""}),[n,r]=$(!1),[a,s]=$(""),i=d=>u=>t({...e,[d]:u});async function c(d){d.preventDefault(),r(!0),s("");try{await qn(e.account.trim(),e.username.trim(),e.password)}catch(u){s(u.status===401?o.badLogin:u.message),r(!1)}}return l`<main class="login">
    <form onSubmit=${c} aria-label=${o.login}>
      <h1>${o.app}</h1>
      <${C} message=${a} />
      <${x} id="account" label=${o.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${x} id="username" label=${o.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${x} id="password" label=${o.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?o.signingIn:o.login}</button>
    </form>
  </main>`}var Qr=5e3;async function ea(){let e=await y("resources?paginate=false");return(await Promise.all(e.map(n=>y(`resources/${n.id}/status`).then(r=>[n,r])))).flatMap(([n,r])=>r.gateways.filter(a=>a.state==="failed").map(a=>o.trunkDown(n.name||n.id,a.server)))}var Yn=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function ta(){let[e,t,n]=await Promise.all([y("devices?with_status=true&paginate=false"),y("channels"),y("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function na(e){var n;let t={};for(let r of e){let a=t[n=r.device_type||"sip_device"]||(t[n]=[0,0]);a[0]+=1,r.registered&&(a[1]+=1)}return Object.entries(t).map(([r,[a,s]])=>[r,a,s]).sort((r,a)=>a[1]-r[1]||r[0].localeCompare(a[0]))}var oa=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function ra(){let[e,t,n,r,a,s,i]=await Promise.all([y("users?paginate=false"),y("phone_numbers"),Yn(j("GET","system_status").then(d=>d.data),null),Yn(y("sip_bans"),[]),ea(),y("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),y("conferences?paginate=false")]),c=Object.values(t.numbers||{});return{users:e.length,numbers:c.length,spare:c.filter(d=>!d.used_by).length,version:n&&n.software_version,provider:n&&{address:n.provider_address},clockUnset:!!(n&&n.clock&&n.clock.set===!1),main:oa(s.flatMap(d=>d.numbers||[])),conference:i.flatMap(d=>d.conference_numbers||[]),box:n&&ia(n),alerts:[...r.map(d=>o.banned(d.ip,d.reason)),...a,...n?la(n):[]]}}var Ot=1024**3,aa=.9,sa=30;function ia({storage:e,last_backup:t,certificate:n}){return{storage:e?o.storageUse((e.total_bytes-e.free_bytes)/Ot,e.total_bytes/Ot):o.unknown,backup:t?o.backupAt(new Date(t.time_unix*1e3).toISOString().slice(0,16).replace("T"," ")):o.neverBackedUp,cert:n?o.certExpires(new Date(n.expires_unix*1e3).toISOString().slice(0,10),n.days_left):o.unknown}}function la({storage:e,certificate:t}){let n=[];return e&&e.total_bytes&&1-e.free_bytes/e.total_bytes>=aa&&n.push(o.diskFull(Math.round(e.free_bytes/Ot*10)/10)),t&&t.days_left<sa&&n.push(t.days_left<0?o.certExpired:o.certSoon(t.days_left)),n}function ce({id:e,label:t,value:n}){return l`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function Xn(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$("");S(()=>{ra().then(t,f=>s(f.message));let d=()=>ta().then(r,f=>s(f.message));d();let u=setInterval(d,Qr);return()=>clearInterval(u)},[]);let i=n?n.devices.filter(d=>d.registered).length:"\u2026",c=n?n.ports.filter(d=>d.state==="down"||d.alarm).map(d=>o.portDown(d.name,d.alarm)):[];return l`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${o.dashboard}</h2>
    <${C} message=${a} />
    ${e&&e.clockUnset&&l`<p class="banner" role="alert" data-alert="clock">${o.clockUnset}</p>`}
    <div class="tiles">
      <${ce} id="users" label=${o.users} value=${e?e.users:"\u2026"} />
      <${ce} id="devices" label=${o.devices} value=${n?n.devices.length:"\u2026"} />
      <${ce} id="registered" label=${o.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${ce} id="calls" label=${o.callsNow} value=${n?n.calls:"\u2026"} />
      <${ce} id="numbers" label=${o.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&l`<${ce} id="version" label=${o.softwareVersion} value=${e.version} />`}
    </div>
    ${n&&l`<h3>${o.devicesByType}</h3>
      <ul class="by-type">
        ${na(n.devices).map(([d,u,f])=>l`<li key=${d} data-type=${d}>${o.deviceTypes[d]||d}: ${o.registeredOf(f,u)}</li>`)}
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
    ${e&&([...e.alerts,...c].length?l`<ul class="alerts">${[...e.alerts,...c].map(d=>l`<li key=${d}>${d}</li>`)}</ul>`:l`<p class="ok">${o.noAlerts}</p>`)}
  </section>`}var Ft={record:!1,record_limit:"600",ringback:"",allow_forward:!1,cid_name_prefix:"",cid_number_prefix:""};function Zn(e){let t={},n=e;for(;n&&(n.module==="record_call"||n.module==="prepend_cid");)t[n.module]=n.data||{},n=(n.children||{})._;return{found:t,inner:n}}var Tt=e=>Zn(e).inner;function Jn(e,t){let{found:n}=Zn(e),r=n.record_call,a=n.prepend_cid||{};return{record:!!r&&r.action!=="stop",record_limit:String(r&&r.time_limit||Ft.record_limit),ringback:t.ringback||"",allow_forward:t.ignore_forward===!1||t.ignore_forward==="false",cid_name_prefix:a.caller_id_name_prefix||"",cid_number_prefix:a.caller_id_number_prefix||""}}function Qn(e){return{ignore_forward:!e.allow_forward,...e.ringback?{ringback:e.ringback}:{}}}function eo(e,t){let n=t;return(e.cid_name_prefix||e.cid_number_prefix)&&(n={module:"prepend_cid",data:{action:"prepend",caller_id_name_prefix:e.cid_name_prefix,caller_id_number_prefix:e.cid_number_prefix},children:{_:n}}),e.record&&(n={module:"record_call",data:{action:"start",time_limit:Number(e.record_limit)},children:{_:n}}),n}var da={time_limit:"record_limit",caller_id_name_prefix:"cid_name_prefix",caller_id_number_prefix:"cid_number_prefix",ignore_forward:"allow_forward",ringback:"ringback"},to=e=>da[e.split(".").pop()];function no(e){let t={};return e.record&&!(/^\d+$/.test(e.record_limit)&&Number(e.record_limit)>=5&&Number(e.record_limit)<=10800)&&(t.record_limit=o.recordLimitRange),e.cid_name_prefix.length>32&&(t.cid_name_prefix=o.prefixTooLong(32)),/^\+?[0-9*#]{0,15}$/.test(e.cid_number_prefix)||(t.cid_number_prefix=o.numberPrefix),t}function oo({f:e,set:t,media:n,errors:r}){return l`<fieldset class="group-features">
    <legend>${o.groupFeatures}</legend>
    <div class="feature-grid">
      <${D} id="group_record" label=${o.recordGroupCalls} checked=${e.record} onChange=${t("record")} />
      ${e.record&&l`<${x} id="group_record_limit" label=${o.recordLimit} value=${e.record_limit} onInput=${t("record_limit")} error=${r.record_limit} inputmode="numeric" />`}
      <div class="field">
        <label for="group_ringback">${o.groupRingback}</label>
        <select id="group_ringback" value=${e.ringback} onChange=${a=>t("ringback")(a.target.value)}>
          <option value="">${o.phoneRingback}</option>
          ${n.map(a=>l`<option key=${a.id} value=${a.id}>${a.name||a.id}</option>`)}
        </select>
        ${r.ringback&&l`<p class="error" role="alert">${r.ringback}</p>`}
      </div>
      <${D} id="group_allow_forward" label=${o.allowForward} checked=${e.allow_forward} onChange=${t("allow_forward")} />
      <${x} id="group_cid_name_prefix" label=${o.cidNamePrefix} value=${e.cid_name_prefix} onInput=${t("cid_name_prefix")} error=${r.cid_name_prefix} />
      <${x} id="group_cid_number_prefix" label=${o.cidNumberPrefix} value=${e.cid_number_prefix} onInput=${t("cid_number_prefix")} error=${r.cid_number_prefix} inputmode="tel" />
    </div>
  </fieldset>`}var U=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),Be=e=>`${e.first_name} ${e.last_name}`.trim();function It(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,r=>t[r%t.length]).join("")}function Dt(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:Be(t),number:t.extension}},ui_metadata:U()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}var Re=e=>({module:"voicemail",data:{id:e},children:{}}),je=(e,t)=>[t,...(e.numbers||[]).slice(1).filter(n=>n!==t)];function Ge(e,t,n,r){return{...e,type:"mainUserCallflow",owner_id:t.id,name:o.callflowOf(Be(t)),numbers:je(e,n),contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:r?{_:Re(r)}:{}},ui_metadata:U()}}function Ve(e,t,n){return{name:o.vmboxOf(Be(e)),mailbox:t,owner_id:e.id,pin:n||void 0,ui_metadata:U()}}function At(e){return{device_type:"sip_device",name:o.phoneOf(Be(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${It(10)}`,password:It(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:U()}}var we=15;function Lt(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||U()}}function Ut(e,t,n){let r=Math.max(...n.members.map(a=>a.delay+a.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[It(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:r,repeats:n.repeats,endpoints:n.members.map(a=>({id:a.id,endpoint_type:"user",delay:a.delay,timeout:a.timeout})),...Qn(n)},children:{}},ui_metadata:e.ui_metadata||U()}}var ca=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function Ht(e,t,n,r){return{...e,name:r.name,type:"userGroup",group_id:t.id,numbers:je(e,r.extension),flow:eo(r,{module:"callflow",data:{id:n.id},children:{_:ca(r.next_vmbox)}}),ui_metadata:e.ui_metadata||U()}}function ro(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((r,a)=>({...r,delay:a*n,timeout:n}))}function ua(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:e==="vmboxes"&&t==="mailbox"?"extension":e==="vmboxes"&&t==="pin"?"vm_pin":null}function ma(e,t){if(!(t instanceof q))throw t;let n={},r=[];for(let[a,s]of Object.entries(t.fields)){let i=ua(e,a);i?n[i]=s:r.push(`${a}: ${s}`)}throw t.fields=n,r.length&&(t.message=r.join("; ")),t}async function J(e,t,n){try{return await t()}catch(r){for(let a of n.reverse())await a().catch(()=>{});ma(e,r)}}async function We(e){let t=[],n=await J("users",()=>P("users",Dt({},e)),t);t.push(()=>F(`users/${n.id}`));let r=null;e.vmbox&&(r=await J("vmboxes",()=>P("vmboxes",Ve(n,e.extension,e.vm_pin)),t),t.push(()=>F(`vmboxes/${r.id}`)));let a=await J("callflows",()=>P("callflows",Ge({},n,e.extension,r&&r.id)),t);return t.push(()=>F(`callflows/${a.id}`)),e.phone&&await J("devices",()=>P("devices",At(n)),t),n}async function ao(e,t,n){let r=await y(`users/${e}`),a=await J("users",()=>I(`users/${e}`,Dt(r,t)),[]);if(n){let s=await y(`callflows/${n}`);await J("callflows",()=>I(`callflows/${n}`,Ge(s,a,t.extension)),[])}else await J("callflows",()=>P("callflows",Ge({},a,t.extension)),[]);return t.phone&&await J("devices",()=>P("devices",At(a)),[]),a}async function so(e){let t=["callflows","devices","vmboxes","conferences"],n=await Promise.all(t.map(r=>y(`${r}?filter_owner_id=${e}&paginate=false`)));for(let[r,a]of n.entries())for(let s of a)await F(`${t[r]}/${s.id}`);await F(`users/${e}`)}var fa=5e3;function Bt({ownerId:e}){let[t,n]=$([]),[r,a]=$("");return S(()=>{let s=!0;j("GET",`accounts/${M.value.account}`).then(d=>s&&a(d.data.realm||""));async function i(){let d=await y(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),u=await Promise.all(d.map(f=>y(`devices/${f.id}`)));s&&n(u.map((f,m)=>({...f,registered:d[m].registered})))}i().catch(()=>{});let c=setInterval(()=>i().catch(()=>{}),fa);return()=>{s=!1,clearInterval(c)}},[e]),t.map(s=>l`<div class="card" key=${s.id} aria-label=${o.sipCredentials}>
      <h3>${o.sipCredentials}: ${s.name}</h3>
      <dl>
        <dt>${o.sipUser}</dt><dd class="sip-user">${s.sip&&s.sip.username}</dd>
        <dt>${o.sipPassword}</dt><dd class="sip-password">${s.sip&&s.sip.password}</dd>
        <dt>${o.sipRealm}</dt><dd>${r}</dd>
        <dt>${o.status}</dt><dd class=${s.registered?"dot on":"dot"}>${s.registered?o.registered:o.notRegistered}</dd>
      </dl>
    </div>`)}function Rt(e,t){return e.length<12?o.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(r=>r.test(e)).length<3?o.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?o.pwUsername:""}function ue({username:e,onDone:t}){let[n,r]=$({old:"",next:"",again:""}),[a,s]=$({}),[i,c]=$(""),[d,u]=$(!1),[f,m]=$(!1),b=_=>h=>r({...n,[_]:h});async function p(_){_.preventDefault(),m(!1);let h={};n.old||(h.old=o.required);let g=Rt(n.next,e);if(g?h.next=g:n.next===n.old&&(h.next=o.pwSame),n.again!==n.next&&(h.again=o.pwMismatch),s(h),!Object.keys(h).length){u(!0),c("");try{if(!await zn(e,n.old)){s({old:o.pwOldWrong});return}await B(`users/${M.value.owner}`,{password:n.next,require_password_update:!1}),r({old:"",next:"",again:""}),m(!0),t&&t()}catch(v){s(v.fields||{}),c(v.message)}finally{u(!1)}}}return l`<form onSubmit=${p} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${o.changePassword}</h3>
    <p class="hint">${o.pwRules}</p>
    <${C} message=${i} />
    <${x} id="pw_old" label=${o.pwOld} type="password" value=${n.old} onInput=${b("old")} error=${a.old} autocomplete="current-password" />
    <${x} id="pw_new" label=${o.pwNew} type="password" value=${n.next} onInput=${b("next")} error=${a.next||a.password} autocomplete="new-password" />
    <${x} id="pw_again" label=${o.pwAgain} type="password" value=${n.again} onInput=${b("again")} error=${a.again} autocomplete="new-password" />
    ${f&&l`<p class="ok" role="status">${o.pwChanged}</p>`}
    <button type="submit" disabled=${d}>${d?o.saving:o.changePassword}</button>
  </form>`}var Q=K(void 0),io=null;async function qe(){let e=M.value.account;if(io===e&&Q.value!==void 0)return Q.value;let{data:t}=await j("GET",`accounts/${e}`);return io=e,Q.value=t.edgepbx&&t.edgepbx.extension_length||null,Q.value}function jt(e,t){return t&&e&&e.length!==t?o.extLength(t):null}async function lo(e){let t=await y("callflows?paginate=false"),n=new Set(t.flatMap(a=>a.numbers||[])),r=10**e;for(let a=10**(e-1);a<r;a++)if(!n.has(String(a)))return String(a);return""}function Gt(e,t,n){let r={};for(let s of["first_name","last_name","username","extension"])e[s].trim()||(r[s]=o.required);e.extension&&!/^\d{2,8}$/.test(e.extension)?r.extension=o.extDigits:jt(e.extension,n)&&(r.extension=jt(e.extension,n));let a=(t||e.password)&&Rt(e.password,e.username);return a&&(r.password=a),t&&e.vmbox&&e.vm_pin&&!/^\d{4,6}$/.test(e.vm_pin)&&(r.vm_pin=o.pinDigits),r}function ze({user:e,onDone:t}){let n=!e.id,[r,a]=$({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n,vmbox:n,vm_pin:""}),[s,i]=$({}),[c,d]=$(""),[u,f]=$(!1),[m,b]=$(null),p=w=>N=>a({...r,[w]:N}),[_,h]=$("");S(()=>{qe().then(w=>n&&!r.extension&&w&&lo(w)).then(w=>{w&&(h(w),a(N=>N.extension?N:{...N,extension:w}))}).catch(()=>{})},[]);async function g(w){w.preventDefault();let N=Gt(r,n,Q.value);if(i(N),d(""),!Object.keys(N).length){f(!0);try{let k=n?await We(r):await ao(e.id,r,e.callflow&&e.callflow.id);n||r.phone?b(k):t()}catch(k){i(k.fields||{}),d(`${o.failed} ${k.message}`)}f(!1)}}if(m)return l`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${m.first_name} ${m.last_name}</h2>
      <${Bt} ownerId=${m.id} />
      <button onClick=${()=>t({...m,extension:r.extension})}>${o.users}</button>
    </section>`;let v=e.devices&&e.devices.length>0;return l`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?o.addUser:o.editUser}</h2>
    <form onSubmit=${g} novalidate>
      <${C} message=${c} />
      <div class="grid">
        <${x} id="first_name" label=${o.firstName} value=${r.first_name} onInput=${p("first_name")} error=${s.first_name} required />
        <${x} id="last_name" label=${o.lastName} value=${r.last_name} onInput=${p("last_name")} error=${s.last_name} required />
        <${x} id="username" label=${o.username} value=${r.username} onInput=${p("username")} error=${s.username} required autocomplete="off" />
        <${x} id="email" label=${o.email} type="email" value=${r.email} onInput=${p("email")} error=${s.email} />
        <${x} id="new_password" label=${o.password} type="password" value=${r.password} onInput=${p("password")} error=${s.password} required=${n} autocomplete="new-password" />
        <${x} id="extension" label=${o.extension} value=${r.extension} onInput=${p("extension")} error=${s.extension} required inputmode="numeric" />
      </div>
      ${_&&l`<p class="hint" id="extension-proposed">${o.extProposed(_)}</p>`}
      ${!v&&l`<div class="check">
        <input type="checkbox" id="phone" checked=${r.phone} onChange=${w=>a({...r,phone:w.target.checked})} />
        <label for="phone">${o.deskPhone}</label>
      </div>`}
      ${n&&l`<${D} id="vmbox" label=${o.withVmbox} checked=${r.vmbox} onChange=${p("vmbox")} />
        ${r.vmbox&&l`<${x} id="vm_pin" label=${o.vmPin} type="password" value=${r.vm_pin} onInput=${p("vm_pin")} error=${s.vm_pin} inputmode="numeric" autocomplete="off" />`}`}
      <div class="bar">
        <button type="submit" disabled=${u}>${u?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
    ${v&&l`<${Bt} ownerId=${e.id} />`}
  </section>`}var pa=/^\+?\d{2,15}$/;function $a(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function Ke({user:e,onSaved:t}){let[n,r]=$($a(e)),[a,s]=$({}),[i,c]=$(""),[d,u]=$(!1),[f,m]=$(!1),b=_=>h=>{u(!1),r({...n,[_]:h})};async function p(_){_.preventDefault();let h=n.forward&&!pa.test(n.number.trim())?{"call_forward.number":o.forwardNumber}:{};if(s(h),c(""),!Object.keys(h).length){m(!0);try{let g=await B(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});u(!0),t&&t(g)}catch(g){s(g.fields||{}),c(`${o.failed} ${g.message}`)}m(!1)}}return l`<form onSubmit=${p} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${o.callHandling}</h3>
    <${C} message=${i} />
    <${D} id="dnd" label=${o.dnd} checked=${n.dnd} onChange=${b("dnd")} />
    <${D} id="forward" label=${o.forward} checked=${n.forward} onChange=${b("forward")} />
    ${n.forward&&l`<fieldset>
      <${x} id="forward_number" label=${o.forwardTo} value=${n.number} onInput=${b("number")} error=${a["call_forward.number"]} inputmode="tel" />
      <${D} id="ring_devices" label=${o.ringDevicesToo} checked=${n.ring_devices} onChange=${b("ring_devices")} />
      <${D} id="direct_calls_only" label=${o.directCallsOnly} checked=${n.direct_calls_only} onChange=${b("direct_calls_only")} />
      <${D} id="keep_caller_id" label=${o.keepCallerId} checked=${n.keep_caller_id} onChange=${b("keep_caller_id")} />
      <${D} id="require_keypress" label=${o.requireKeypress} checked=${n.require_keypress} onChange=${b("require_keypress")} />
    </fieldset>`}
    ${d&&l`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
  </form>`}var Ye=(e,t)=>/^\d+$/.test(String(e))&&Number(e)>=t&&Number(e)<=300;function Xe({userId:e}){let[t,n]=$(null),[r,a]=$(null),[s,i]=$({}),[c,d]=$(""),[u,f]=$(!1),m=(h,g)=>{let v=Object.fromEntries(h.endpoints.map(k=>[k.id,k])),w=h.cellphone||{},N={on:!!w.enabled,number:w.number||"",delay:String(w.delay??0),timeout:String(w.timeout??20)};a({enabled:h.enabled,cell:N,rows:g.map(k=>({id:k.id,name:k.name,on:!!v[k.id],delay:String(v[k.id]?.delay??0),timeout:String(v[k.id]?.timeout??20)}))})};if(S(()=>{Promise.all([y(`users/${e}/find_me_follow_me`),y(`users/${e}/devices`)]).then(([h,g])=>{let v=g.filter(w=>w.device_type!=="cellphone");n(v),m(h,v)},h=>d(h.message))},[]),!r)return l`<div class="card"><h3>${o.followMe}</h3><${C} message=${c} />${!c&&o.loading}</div>`;let b=(h,g,v)=>a({...r,rows:r.rows.map((w,N)=>N===h?{...w,[g]:v}:w)}),p=h=>g=>a({...r,cell:{...r.cell,[h]:g}});async function _(h){h.preventDefault(),f(!1),d("");let g=r.rows.filter(N=>N.on),v={},{cell:w}=r;if(r.enabled&&!g.length&&!w.on&&(v.rows=o.pickPhone),w.on&&!/^\+?\d{3,15}$/.test(w.number.replace(/[\s().-]/g,""))&&(v.cell_number=o.badPhoneNumber),w.on&&(!Ye(w.delay,0)||!Ye(w.timeout,1))&&(v.cell=o.badTimeline),r.rows.forEach((N,k)=>{N.on&&(!Ye(N.delay,0)||!Ye(N.timeout,1))&&(v[k]=o.badTimeline)}),i(v),!Object.keys(v).length)try{let N=g.map(O=>({id:O.id,delay:Number(O.delay),timeout:Number(O.timeout)})),k=w.on?{number:w.number,delay:Number(w.delay),timeout:Number(w.timeout)}:null;m(await I(`users/${e}/find_me_follow_me`,{enabled:r.enabled,endpoints:r.enabled?N:[],cellphone:k}),t),f(!0)}catch(N){let k={};for(let[O,E]of Object.entries(N.fields||{})){let T=/^endpoints\.(\d+)\./.exec(O);T?k[r.rows.indexOf(g[Number(T[1])])]=E:O==="cellphone.number"?k.cell_number=E:O.startsWith("cellphone")?k.cell=E:k.rows=E}i(k),d(`${o.failed} ${N.message}`)}}return l`<form class="card" onSubmit=${_} novalidate aria-labelledby="fmfm-h">
    <h3 id="fmfm-h">${o.followMe}</h3>
    <p class="hint">${o.followMeHint}</p>
    <${C} message=${c} />
    <${D} id="fmfm_on" label=${o.followMeOn} checked=${r.enabled} onChange=${h=>a({...r,enabled:h})} />
    ${r.enabled&&l`${s.rows&&l`<p class="error" role="alert">${s.rows}</p>`}
      <table class="list timeline" aria-label=${o.followMe}>
        <thead><tr><th>${o.myDevices}</th><th>${o.startAfter}</th><th>${o.ringFor}</th></tr></thead>
        <tbody>
          ${r.rows.map((h,g)=>l`<tr key=${h.id} data-fmfm=${h.name}>
              <td><span class="check"><input type="checkbox" id=${"fm-"+h.id} checked=${h.on} onChange=${v=>b(g,"on",v.target.checked)} /><label for=${"fm-"+h.id}>${h.name}</label></span>
                ${s[g]&&l`<p class="error" role="alert">${s[g]}</p>`}</td>
              <td data-label=${o.startAfter}>${h.on&&l`<input aria-label=${`${o.startAfter} ${h.name}`} inputmode="numeric" value=${h.delay} onInput=${v=>b(g,"delay",v.target.value)} />`}</td>
              <td data-label=${o.ringFor}>${h.on&&l`<input aria-label=${`${o.ringFor} ${h.name}`} inputmode="numeric" value=${h.timeout} onInput=${v=>b(g,"timeout",v.target.value)} />`}</td>
            </tr>`)}
        </tbody>
      </table>
      <${D} id="fmfm_cell" label=${o.ringCell} checked=${r.cell.on} onChange=${p("on")} />
      ${r.cell.on&&l`<p class="hint">${o.cellHint}</p>
        <div class="grid">
          <${x} id="fmfm_cell_number" label=${o.cellNumber} value=${r.cell.number} onInput=${p("number")} error=${s.cell_number} inputmode="tel" />
          <${x} id="fmfm_cell_delay" label=${o.startAfter} value=${r.cell.delay} onInput=${p("delay")} error=${s.cell} inputmode="numeric" />
          <${x} id="fmfm_cell_timeout" label=${o.ringFor} value=${r.cell.timeout} onInput=${p("timeout")} inputmode="numeric" />
        </div>`}`}
    <div class="bar"><button type="submit">${o.save}</button>${u&&l`<span class="ok" role="status">${o.saved}</span>`}</div>
  </form>`}function ha(e,t){let n=e&&e.flow&&e.flow.children&&e.flow.children._;return!!n&&n.module==="voicemail"&&n.data&&n.data.id===t&&!n.data.skip_module}function ba(e,t,n){let r=n?Re(t):{...Re(t),data:{id:t,skip_module:!0}};return{...e,flow:{...e.flow,children:{...e.flow.children||{},_:r}}}}function co({user:e,callflowId:t}){let[n,r]=$(null),[a,s]=$(""),[i,c]=$({}),[d,u]=$(""),[f,m]=$(!1),b=()=>Promise.all([y(`vmboxes?filter_owner_id=${e.id}&paginate=false`),t?y(`callflows/${t}`):null]).then(([N,k])=>r({box:N[0]||null,cf:k}),N=>u(N.message));if(S(()=>{b()},[]),!n)return l`<div class="card"><h3>${o.vmboxes}</h3><${C} message=${d} />${!d&&o.loading}</div>`;let{box:p,cf:_}=n;async function h(N,k){await I(`callflows/${_.id}`,ba(await y(`callflows/${_.id}`),N,k))}async function g(N){N.preventDefault(),m(!1),u("");let k=a&&!/^\d{4,6}$/.test(a)?{pin:o.pinDigits}:{};if(c(k),Object.keys(k).length)return;let O=null;try{O=await P("vmboxes",Ve(e,_.numbers[0],a)),await h(O.id,!0),m(!0),b()}catch(E){O&&await F(`vmboxes/${O.id}`).catch(()=>{}),c({pin:(E.fields||{}).pin,mailbox:(E.fields||{}).mailbox}),u(`${o.failed} ${E.message}`)}}async function v(N){m(!1),u("");try{await h(p.id,N),m(!0),b()}catch(k){u(`${o.failed} ${k.message}`)}}let w=f&&l`<span class="ok" role="status">${o.saved}</span>`;return _?p?l`<div class="card" id="feature-voicemail">
      <h3>${o.vmboxes}</h3>
      <${C} message=${d} />
      <p data-vmbox=${p.mailbox}>${o.userVmbox(p.name,p.mailbox)}</p>
      <${D} id="vm_on" label=${o.vmOnNoAnswer} checked=${ha(_,p.id)} onChange=${v} />
      ${w}
    </div>`:l`<form class="card" id="feature-voicemail" onSubmit=${g} novalidate>
    <h3>${o.vmboxes}</h3>
    <${C} message=${d} />
    <p class="hint">${o.noVmboxYet(_.numbers[0])}</p>
    <${x} id="feature_vm_pin" label=${o.vmPin} type="password" value=${a} onInput=${s} error=${i.pin||i.mailbox} inputmode="numeric" autocomplete="off" />
    <div class="bar"><button type="submit">${o.makeVmbox}</button>${w}</div>
  </form>`:l`<div class="card" id="feature-voicemail"><h3>${o.vmboxes}</h3><p>${o.noExtensionYet}</p></div>`}var uo=e=>e.split(/[\s,;]+/).filter(Boolean);function mo(e){return{name:e.name.trim(),owner_id:e.owner_id,conference_numbers:[e.number],member:{pins:uo(e.member_pins),join_muted:e.join_muted},moderator:{pins:uo(e.moderator_pins)}}}var Vt=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:je(e,n.number),flow:{module:"conference",data:{id:t.id},children:{}},...n.owner_id?{type:"conference",owner_id:n.owner_id}:{}});function fo(e){if(!(e instanceof q))throw e;let t={};for(let[n,r]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=r;throw e.fields=t,e}var po=e=>y(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function Ze(e){let t=null;try{return t=await P("conferences",mo(e)),await P("callflows",Vt({},t,e)),t}catch(n){t&&await F(`conferences/${t.id}`).catch(()=>{}),fo(n)}}async function $o(e,t){try{let n=await B(`conferences/${e}`,mo(t)),[r]=await po(e);r?await I(`callflows/${r.id}`,Vt(await y(`callflows/${r.id}`),n,t)):await P("callflows",Vt({},n,t))}catch(n){fo(n)}}async function xe(e){for(let t of await po(e))await F(`callflows/${t.id}`);await F(`conferences/${e}`)}var ho=(e,t)=>B(`users/${e.id}`,{smartpbx:{conferencing:{enabled:t}}});function bo({user:e}){let[t,n]=$(void 0),[r,a]=$(""),[s,i]=$(""),[c,d]=$(""),u=()=>y(`conferences?filter_owner_id=${e.id}&paginate=false`).then(b=>n(b[0]||null),b=>d(b.message));S(()=>{u()},[]);async function f(b){if(b.preventDefault(),d(""),!/^\+?\d{2,15}$/.test(r))return i(o.extDigits);i("");let p=null;try{let _=o.conferenceOf(`${e.first_name} ${e.last_name}`.trim());p=await Ze({name:_,number:r,member_pins:"",moderator_pins:"",join_muted:!1,owner_id:e.id}),await ho(e,!0),u()}catch(_){p&&await xe(p.id).catch(()=>{}),i((_.fields||{}).number||""),d(`${o.failed} ${_.message}`)}}async function m(){d("");try{await xe(t.id),await ho(e,!1),u()}catch(b){d(`${o.failed} ${b.message}`)}}return t===void 0?l`<div class="card"><h3>${o.confBridge}</h3><${C} message=${c} />${!c&&o.loading}</div>`:t?l`<div class="card" id="feature-conference">
      <h3>${o.confBridge}</h3>
      <${C} message=${c} />
      <p data-conference=${(t.conference_numbers||[])[0]}>${o.confBridgeIs(t.name,(t.conference_numbers||[]).join(", "))}</p>
      <button type="button" class="danger" onClick=${m}>${o.del}</button>
    </div>`:l`<form class="card" id="feature-conference" onSubmit=${f} novalidate>
    <h3>${o.confBridge}</h3>
    <${C} message=${c} />
    <${x} id="feature_conf_number" label=${o.confNumber} value=${r} onInput=${a} error=${s} inputmode="tel" />
    <div class="bar"><button type="submit">${o.makeConfBridge}</button></div>
  </form>`}function me({id:e,title:t,user:n,formOf:r,check:a,toPatch:s,body:i,onSaved:c}){let[d,u]=$(()=>r(n)),[f,m]=$({}),[b,p]=$(""),[_,h]=$(!1),[g,v]=$(!1),w=k=>O=>{h(!1),u(E=>({...E,[k]:O}))};async function N(k){k.preventDefault();let O=a?a(d):{};if(m(O),p(""),!Object.keys(O).length){v(!0);try{let E=await B(`users/${n.id}`,s(d));h(!0),c&&c(E)}catch(E){m(E.fields||{}),p(`${o.failed} ${E.message}`)}v(!1)}}return l`<form class="card" id=${e} onSubmit=${N} novalidate aria-labelledby=${e+"-h"}>
    <h3 id=${e+"-h"}>${t}</h3>
    <${C} message=${b} />
    ${i(d,w,f)}
    <div class="bar">
      <button type="submit" disabled=${g}>${g?o.saving:o.save}</button>
      ${_&&l`<span class="ok" role="status">${o.saved}</span>`}
    </div>
  </form>`}function Wt({id:e,label:t,value:n,options:r,onChange:a,error:s}){return l`<div class="field">
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>a(i.target.value)} aria-invalid=${s?"true":void 0}
      aria-describedby=${s?e+"-error":void 0}>
      ${r.map(([i,c])=>l`<option key=${i} value=${i}>${c}</option>`)}
    </select>
    ${s&&l`<p class="error" id=${e+"-error"} role="alert">${s}</p>`}
  </div>`}var go=/^\+?\d{2,15}$/,_o=(e,t,n)=>new RegExp(`^\\d{${t},${n}}$`).test(e),_a=e=>e.trim().length<=35;function vo({user:e,numbers:t}){let n=(r,a)=>e.caller_id&&e.caller_id[r]&&e.caller_id[r][a]||"";return l`<${me}
    id="feature-caller-id"
    title=${o.callerId}
    user=${e}
    formOf=${()=>({int_name:n("internal","name"),int_number:n("internal","number"),ext_name:n("external","name"),ext_number:n("external","number")})}
    check=${r=>{let a={};r.int_number&&!go.test(r.int_number)&&(a["caller_id.internal.number"]=o.forwardNumber);for(let[s,i]of[["int_name","caller_id.internal.name"],["ext_name","caller_id.external.name"]])_a(r[s])||(a[i]=o.cidNameLength);return a}}
    toPatch=${r=>({caller_id:{internal:{name:r.int_name.trim()||null,number:r.int_number||null},external:{name:r.ext_name.trim()||null,number:r.ext_number||null}}})}
    body=${(r,a,s)=>l`<div class="grid">
      <${x} id="cid_int_name" label=${o.cidInternalName} value=${r.int_name} onInput=${a("int_name")} error=${s["caller_id.internal.name"]} />
      <${x} id="cid_int_number" label=${o.cidInternalNumber} value=${r.int_number} onInput=${a("int_number")} error=${s["caller_id.internal.number"]} inputmode="tel" />
      <${x} id="cid_ext_name" label=${o.cidExternalName} value=${r.ext_name} onInput=${a("ext_name")} error=${s["caller_id.external.name"]} />
      <${Wt} id="cid_ext_number" label=${o.cidExternalNumber} value=${r.ext_number} onChange=${a("ext_number")} error=${s["caller_id.external.number"]}
        options=${[["",o.cidAccountDefault],...[...new Set([...t,r.ext_number].filter(Boolean))].map(i=>[i,i])]} />
    </div>`}
  />`}function yo({user:e}){let t=e.call_failover||{};return l`<${me}
    id="feature-failover"
    title=${o.failover}
    user=${e}
    formOf=${()=>({enabled:!!t.enabled,number:t.number||""})}
    check=${n=>n.enabled&&!go.test(n.number.trim())?{"call_failover.number":o.forwardNumber}:{}}
    toPatch=${n=>({call_failover:{enabled:n.enabled,number:n.number.trim()||null}})}
    body=${(n,r,a)=>l`<p class="hint">${o.failoverHint}</p>
      <${D} id="failover_on" label=${o.failoverOn} checked=${n.enabled} onChange=${r("enabled")} />
      ${n.enabled&&l`<${x} id="failover_number" label=${o.forwardTo} value=${n.number} onInput=${r("number")} error=${a["call_failover.number"]} inputmode="tel" />`}`}
  />`}function wo({user:e}){let t=e.hotdesk||{};return l`<${me}
    id="feature-hotdesk"
    title=${o.hotdesk}
    user=${e}
    formOf=${()=>({enabled:!!t.enabled,id:t.id||"",require_pin:!!t.require_pin,pin:t.pin||"",keep:!!t.keep_logged_in_elsewhere})}
    check=${n=>{let r={};return n.enabled&&!_o(n.id,1,15)&&(r["hotdesk.id"]=o.hotdeskIdDigits),n.enabled&&(n.require_pin||n.pin)&&!_o(n.pin,4,15)&&(r["hotdesk.pin"]=o.hotdeskPinDigits),r}}
    toPatch=${n=>({hotdesk:{enabled:n.enabled,id:n.id||null,require_pin:n.require_pin,pin:n.pin||null,keep_logged_in_elsewhere:n.keep}})}
    body=${(n,r,a)=>l`<p class="hint">${o.hotdeskHint}</p>
      <${D} id="hotdesk_on" label=${o.hotdeskOn} checked=${n.enabled} onChange=${r("enabled")} />
      ${n.enabled&&l`<div class="grid">
          <${x} id="hotdesk_id" label=${o.hotdeskId} value=${n.id} onInput=${r("id")} error=${a["hotdesk.id"]} inputmode="numeric" />
          <${x} id="hotdesk_pin" label=${o.hotdeskPin} type="password" value=${n.pin} onInput=${r("pin")} error=${a["hotdesk.pin"]} inputmode="numeric" autocomplete="off" />
        </div>
        <${D} id="hotdesk_require_pin" label=${o.hotdeskRequirePin} checked=${n.require_pin} onChange=${r("require_pin")} />
        <${D} id="hotdesk_keep" label=${o.hotdeskKeep} checked=${n.keep} onChange=${r("keep")} />`}`}
  />`}function xo({user:e,media:t}){return l`<${me}
    id="feature-moh"
    title=${o.musicOnHold}
    user=${e}
    formOf=${()=>({media_id:e.music_on_hold&&e.music_on_hold.media_id||""})}
    toPatch=${n=>({music_on_hold:{media_id:n.media_id||null}})}
    body=${(n,r,a)=>l`<${Wt} id="moh_media" label=${o.mohMedia} value=${n.media_id} onChange=${r("media_id")} error=${a["music_on_hold.media_id"]}
      options=${[["",o.mohDefault],...t.map(s=>[s.id,s.name||s.id])]} />`}
  />`}var ke=[["inbound","onnet"],["inbound","offnet"],["outbound","onnet"],["outbound","offnet"]],ee=(e,t)=>`${e}_${t}`;function ko({user:e}){let t=e.call_recording||{},n=(r,a)=>t[r]&&t[r][a]||{};return l`<${me}
    id="feature-recording"
    title=${o.recording}
    user=${e}
    formOf=${()=>({...Object.fromEntries(ke.map(([r,a])=>[ee(r,a),n(r,a).enabled===!0])),time_limit:String(ke.map(([r,a])=>n(r,a).time_limit).find(r=>r!==void 0)??3600)})}
    check=${r=>/^\d+$/.test(r.time_limit)&&Number(r.time_limit)>=5&&Number(r.time_limit)<=10800?{}:{time_limit:o.recordingLimit}}
    toPatch=${r=>{let a={};for(let[s,i]of ke)a[s]={...a[s],[i]:{enabled:r[ee(s,i)],time_limit:Number(r.time_limit)}};return{call_recording:a,smartpbx:{call_recording:{enabled:ke.some(([s,i])=>r[ee(s,i)])}}}}}
    body=${(r,a,s)=>l`${ke.map(([i,c])=>l`<${D} key=${ee(i,c)} id=${"rec_"+ee(i,c)} label=${o.recordLeg[ee(i,c)]} checked=${r[ee(i,c)]} onChange=${a(ee(i,c))} />`)}
      <${x} id="rec_time_limit" label=${o.recordingLimitLabel} value=${r.time_limit} onInput=${a("time_limit")} error=${s.time_limit} inputmode="numeric" />`}
  />`}function Co({user:e,onDone:t}){let n=e.id,r=e.callflow&&e.callflow.id,[a,s]=$(null),[i,c]=$("");S(()=>{Promise.all([y(`users/${n}`),y("phone_numbers"),y("media?paginate=false")]).then(([f,m,b])=>s({user:f,numbers:Object.keys(m&&m.numbers||{}),media:b}),f=>c(f.message))},[n]);let d=l`<button type="button" class="plain" onClick=${t}>${o.users}</button>`;if(!a)return l`<section><h2>${o.features}</h2><${C} message=${i} />${!i&&o.loading} ${d}</section>`;let{user:u}=a;return l`<section aria-labelledby="features-panel-h" class="features">
    <div class="bar"><h2 id="features-panel-h">${o.featuresOf(`${u.first_name} ${u.last_name}`)}</h2>${d}</div>
    <${Ke} user=${u} />
    <${yo} user=${u} />
    <${vo} user=${u} numbers=${a.numbers} />
    <${co} user=${u} callflowId=${r} />
    <${Xe} userId=${u.id} />
    <${wo} user=${u} />
    <${bo} user=${u} />
    <${xo} user=${u} media=${a.media} />
    <${ko} user=${u} />
    <p class="hint">${o.faxboxNotSupported}</p>
    ${d}
  </section>`}async function ga(){let[e,t,n]=await Promise.all([y("users?paginate=false"),y("callflows?filter_type=mainUserCallflow&paginate=false"),y("devices?with_status=true&paginate=false")]);return e.map(r=>{let a=t.find(s=>s.owner_id===r.id);return{...r,callflow:a,extension:a&&a.numbers?a.numbers[0]:"",devices:n.filter(s=>s.owner_id===r.id)}})}function So(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(null),[i,c]=$(""),d=()=>ga().then(t,f=>c(f.message));S(d,[]);async function u(f){if(confirm(o.confirmDelete(`${f.first_name} ${f.last_name}`))){try{await so(f.id)}catch(m){c(m.message)}d()}}return a?l`<${Co} user=${a} onDone=${()=>s(null)} />`:n?l`<${ze}
      user=${n}
      onDone=${()=>{r(null),d()}}
    />`:l`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${o.users}</h2>
      <button onClick=${()=>r({})}>${o.addUser}</button>
    </div>
    <${C} message=${i} />
    ${e?e.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.users}>
            <thead><tr><th>${o.name}</th><th>${o.username}</th><th>${o.extension}</th><th>${o.devices}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(f=>l`<tr key=${f.id} data-user=${f.username}>
                  <td data-label=${o.name}>${f.first_name} ${f.last_name}</td>
                  <td data-label=${o.username}>${f.username}</td>
                  <td data-label=${o.extension} class="ext">${f.extension}</td>
                  <td data-label=${o.devices}>
                    ${f.devices.map(m=>l`<span class=${m.registered?"dot on":"dot"}>${m.name} · ${m.registered?o.registered:o.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>r(f)} aria-label=${`${o.edit} ${f.username}`}>${o.edit}</button>
                    <button onClick=${()=>s(f)} aria-label=${`${o.features} ${f.username}`}>${o.features}</button>
                    ${f.id!==M.value.owner&&l`<button class="danger" onClick=${()=>u(f)} aria-label=${`${o.del} ${f.username}`}>${o.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}function No(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$(""),[i,c]=$("");S(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([u,f])=>{let m=p=>f.find(_=>_.id===p),b=u.filter(p=>p.registered).map(p=>{let _=m(p.owner_id);return{id:p.id,label:_?`${_.first_name} ${_.last_name} \xB7 ${p.name}`:p.name}});t(b),b.length&&r(b[0].id)},u=>c(u.message))},[]);let d=async()=>{c(""),s("");try{await P(`devices/${n}/ring_test`,{}),s(o.ringing(e.find(u=>u.id===n).label))}catch(u){c(u.message)}};return e?l`<div class="ring-my-phone">
    <h3>${o.ringMyPhone}</h3>
    ${e.length===0?l`<p class="hint">${o.noRegisteredPhone}</p>`:l`<div class="field">
            <label for="ring-phone">${o.ringPhonePick}</label>
            <select id="ring-phone" value=${n} onChange=${u=>r(u.target.value)}>
              ${e.map(u=>l`<option key=${u.id} value=${u.id}>${u.label}</option>`)}
            </select>
            <p class="hint">${o.ringPhoneHint}</p>
          </div>
          <button type="button" onClick=${d}>${o.ringMyPhone}</button>`}
    ${a&&l`<p role="status">${a}</p>`}
    <${C} message=${i} />
  </div>`:l`<${C} message=${i} />`}function Eo({device:e}){let[t,n]=$(!1),[r,a]=$(""),[s,i]=$(""),[c,d]=$(""),[u,f]=$("");return t?l`<form class="call-from" onSubmit=${async b=>{b.preventDefault(),d(""),f(""),i("");try{await y(`devices/${e.id}/quickcall/${encodeURIComponent(r)}?auto_answer=false`),i(o.callStarted(e.name,r))}catch(p){p.fields&&p.fields.number?f(p.fields.number):d(p.message)}}}>
    <${x} id=${`call-${e.id}`} label=${o.callNumber} value=${r} onInput=${a} error=${u} inputmode="tel" required />
    <button type="submit">${o.call}</button>
    ${s&&l`<p role="status">${s}</p>`}
    <${C} message=${c} />
  </form>`:l`<button type="button" class="plain" aria-label=${o.callFrom(e.name)} onClick=${()=>n(!0)}>
      ${o.call}
    </button>`}function Po(){let[e,t]=$(null),[n,r]=$("");return S(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([a,s])=>{let i=c=>s.find(d=>d.id===c);t(a.map(c=>({...c,owner:i(c.owner_id)})))},a=>r(a.message))},[]),l`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${o.devices}</h2>
    <${C} message=${n} />
    ${e?e.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.devices}>
            <thead><tr><th>${o.name}</th><th>${o.type}</th><th>${o.sipUser}</th><th>${o.owner}</th><th>${o.status}</th><th>${o.actions}</th></tr></thead>
            <tbody>
              ${e.map(a=>l`<tr key=${a.id}>
                  <td data-label=${o.name}>${a.name}</td>
                  <td data-label=${o.type}>${a.device_type}</td>
                  <td data-label=${o.sipUser}>${a.username}</td>
                  <td data-label=${o.owner}>${a.owner?`${a.owner.first_name} ${a.owner.last_name}`:""}</td>
                  <td data-label=${o.status}><span class=${a.registered?"dot on":"dot"}>${a.registered?o.registered:o.notRegistered}</span></td>
                  <td data-label=${o.actions}>${a.registered&&l`<${Eo} device=${a} />`}</td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}var va=86400,ya=62167219200;function wa({leg:e}){return l`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function xa({call:e,withLegs:t}){let[n,r]=$(null),[a,s]=$(!1);async function i(){s(!a),n||r(await y(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return l`<tr class="call" data-call=${e.call_id}>
      <td data-label=${o.when}>${t?l`<button class="plain" aria-expanded=${a} onClick=${i}>${e.datetime}</button>`:e.datetime}</td>
      <td data-label=${o.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${o.to}>${e.dialed_number}</td>
      <td data-label=${o.duration}>${e.duration_seconds}s</td>
      <td data-label=${o.result}>${e.hangup_cause}</td>
    </tr>
    ${a&&l`<tr class="legs"><td colspan="5">
      <h3>${o.legs}</h3>
      ${n?l`<ul>${n.map(c=>l`<${wa} key=${c.id} leg=${c} />`)}</ul>`:o.loading}
    </td></tr>`}`}function Mo({path:e,title:t,withLegs:n}){let[r,a]=$(null),[s,i]=$("");return S(()=>{let c=Math.floor(Date.now()/1e3)+ya;y(`${e}?created_from=${c-7*va}&created_to=${c+60}&page_size=100`).then(a,d=>i(d.message))},[]),l`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${C} message=${s} />
    ${r?r.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${t}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.to}</th><th>${o.duration}</th><th>${o.result}</th></tr></thead>
            <tbody>${r.map(c=>l`<${xa} key=${c.id} call=${c} withLegs=${n} />`)}</tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}var Oo=()=>l`<${Mo} path="cdrs/interaction" title=${o.callLogs} withLegs=${!0} />`,Fo=()=>l`<${Mo} path=${`users/${M.value.owner}/cdrs`} title=${o.myCalls} withLegs=${!1} />`;var ka=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],Ca=["undefinedMainNumber","0"],z=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],fe=e=>({module:"callflow",data:{id:e},children:{}});async function Io(){let e=await y("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(d=>[d.name,d]));for(let d of ka){if(t[d])continue;let u=t[`${d}Menu`]||await Sa(`${d}Menu`);t[`${d}Menu`]=u,t[d]=await P("callflows",{name:d,type:"main",numbers:[d],flow:fe(u.id),ui_metadata:U()})}let n=t.MainCallflow||await P("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:fe(t.MainOpenHours.id)}},ui_metadata:U()}),[r,a]=await Promise.all([y(`callflows/${n.id}`),y("temporal_rules_sets?paginate=false")]),s=new Set(a.map(d=>d.id)),i={main:r,parts:t,open:[],lunch:[],holidays:[],others:[]},c=r.flow||{};for(let d of c.data&&c.data.rules||[]){let u=(c.children||{})[d],f=u&&u.data&&u.data.id===t.MainHolidays.id;if(s.has(d)){let b=await y(`temporal_rules_sets/${d}`),p=await Promise.all((b.temporal_rules||[]).map(_=>y(`temporal_rules/${_}`).catch(()=>null)));(f?i.holidays:i.others).push({...b,rules:p.filter(Boolean)});continue}let m=await y(`temporal_rules/${d}`).catch(()=>null);m&&(f?i.holidays.push({...m,rules:[m],single:!0}):m.type==="main_lunchbreak"?i.lunch.push(m):m.type==="main_weekdays"?i.open.push(m):i.others.push(m))}return i}async function Sa(e){let t=await P("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:U()});return P("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:U()})}var Do=e=>(e.numbers||[]).filter(t=>!Ca.includes(t));async function Ao(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=U(),e.main=await I(`callflows/${n.id}`,n)}var Je=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},Ce=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`,Na=e=>e[0].toUpperCase()+e.slice(1);async function To(e,t,n){let r=e.find(s=>s.name===t.name);if(r)return I(`temporal_rules/${r.id}`,{...r,...t});let a=await P("temporal_rules",t);return n.push(a.id),a}async function qt(e,t="temporal_rules"){for(let n of e)await F(`${t}/${n}`).catch(()=>{})}async function Lo(e,t){let n=[],r=[],a=[];try{for(let i of z){let c=t&&t.days[i];if(!c)continue;let d={name:`Main${Na(i)}`,type:"main_weekdays",cycle:"weekly",interval:1,wdays:[i],time_window_start:Je(c.start),time_window_stop:Je(c.stop),ui_metadata:U()};r.push(await To(e.open,d,n))}if(t&&t.lunch&&r.length){let i={name:"MainLunchHours",type:"main_lunchbreak",cycle:"weekly",interval:1,wdays:z.filter(c=>t.days[c]),time_window_start:Je(t.lunch.start),time_window_stop:Je(t.lunch.stop),ui_metadata:U()};a=[await To(e.lunch,i,n)]}await zt(e,{open:r,lunch:a})}catch(i){throw await qt(n),i}let s=new Set([...r,...a].map(i=>i.id));for(let i of[...e.open,...e.lunch])s.has(i.id)||await F(`temporal_rules/${i.id}`);e.open=r,e.lunch=a}async function zt(e,{open:t=e.open,lunch:n=e.lunch,holidays:r=e.holidays}={}){let{parts:a,main:s}=e,i=s.flow&&s.flow.children||{},c={};for(let f of r)c[f.id]=fe(a.MainHolidays.id);for(let f of e.others)i[f.id]&&(c[f.id]=i[f.id]);for(let f of n)c[f.id]=fe(a.MainLunchHours.id);for(let f of t)c[f.id]=fe(a.MainOpenHours.id);c._=fe(t.length?a.MainAfterHours.id:a.MainOpenHours.id);let d=[...r,...e.others,...n,...t].map(f=>f.id),u={...s,flow:{module:"temporal_route",data:{rules:d},children:c},ui_metadata:U()};e.main=await I(`callflows/${s.id}`,u)}async function Uo(e,t,n){let r=[],a=null;try{for(let i of n)r.push((await P("temporal_rules",{...i,name:t,ui_metadata:U()})).id);a=await P("temporal_rules_sets",{name:t,type:"main_holidays",temporal_rules:r,ui_metadata:U()});let s={...a,rules:await Promise.all(r.map(i=>y(`temporal_rules/${i}`)))};await zt(e,{holidays:[...e.holidays,s]}),e.holidays=[...e.holidays,s]}catch(s){throw a&&await qt([a.id],"temporal_rules_sets"),await qt(r),s}}async function Ho(e,t){let n=e.holidays.filter(r=>r.id!==t.id);await zt(e,{holidays:n}),e.holidays=n,t.single||await F(`temporal_rules_sets/${t.id}`);for(let r of t.rules)await F(`temporal_rules/${r.id}`).catch(()=>{})}function Qe(e){let t=[],n=[],r="",a=!1,s=1,i=1,c=()=>{n.push(r.trim()),r=""},d=()=>{c(),n.some(u=>u!=="")&&t.push({line:i,fields:n}),n=[],i=s};for(let u=0;u<e.length;u++){let f=e[u];a?f==='"'&&e[u+1]==='"'?(r+='"',u++):f==='"'?a=!1:(f===`
`&&s++,r+=f):f==='"'?a=!0:f===","?c():f===`
`?(s++,d()):f!=="\r"&&(r+=f)}return d(),t}function Ro(e,t){let n=Object.fromEntries(z.map(a=>[a,null]));for(let a of e)for(let s of a.wdays&&a.wdays.length?a.wdays:z){let i=s==="wensday"?"wednesday":s;i in n&&(n[i]={start:Ce(a.time_window_start||0),stop:Ce(a.time_window_stop??86400)})}let r=t[0];return{days:n,lunch:r?{start:Ce(r.time_window_start||0),stop:Ce(r.time_window_stop||0)}:null}}var Kt=(e,t,n)=>Object.fromEntries(z.map(r=>[r,e.includes(r)?{start:t,stop:n}:null])),Yt={weekdays9to17:()=>Kt(z.slice(0,5),"09:00","17:00"),weekdays8to18:()=>Kt(z.slice(0,5),"08:00","18:00"),monSat9to17:()=>Kt(z.slice(0,6),"09:00","17:00")},Bo=/^([01]\d|2[0-3]):[0-5]\d$/;function Ea(e){let t=e.toLowerCase();return t.length<2?null:z.find(n=>n.startsWith(t))||null}function jo(e){let t=Object.fromEntries(z.map(a=>[a,null])),n=[],r=Qe(e);r.length&&r[0].fields[0].toLowerCase()==="day"&&r.shift();for(let{line:a,fields:s}of r){let i=m=>n.push(o.csvLine(a,"",m));if(s.length!==3){i(o.hoursCsvColumns);continue}let[c,d,u]=s,f=Ea(c);f?!Bo.test(d)||!Bo.test(u)?i(o.hoursCsvTime):d<u?t[f]?i(o.hoursCsvTwice(o.wdayLong[f])):t[f]={start:d,stop:u}:i(o.badHours):i(o.hoursCsvDay(c))}return!n.length&&!r.length&&n.push(o.hoursCsvEmpty),n.length?{errors:n}:{days:t}}var Pa=[31,29,31,30,31,30,31,31,30,31,30,31],Ma=(e,t)=>Array.from({length:t-e+1},(n,r)=>e+r);function Go(e){let t={cycle:"yearly",interval:1};if(e.kind==="advanced")return{rules:[{...t,ordinal:e.ordinal,wdays:[e.wday],month:Number(e.month)}]};let n=d=>/^\d{4}-\d\d-\d\d$/.test(d||"")?[Number(d.slice(5,7)),Number(d.slice(8,10))]:null,r=n(e.from);if(!r)return{field:"from",error:o.pickDate};if(e.kind==="date")return{rules:[{...t,month:r[0],days:[r[1]]}]};let a=n(e.to);if(!a)return{field:"to",error:o.pickDate};if(e.to<e.from)return{field:"to",error:o.rangeBackwards};if((Date.parse(e.to)-Date.parse(e.from))/864e5>365)return{field:"to",error:o.rangeTooLong};let s=a[0]<r[0]||a[0]===r[0]&&a[1]<r[1],i=[];for(let d=r[0];i.length<13&&(i.push(d),!(d===a[0]&&(!s||i.length>1)));d=d%12+1);return i.length>12?{field:"to",error:o.rangeTooLong}:{rules:i.map((d,u)=>{let f=u===0?r[1]:1,m=u===i.length-1?a[1]:Pa[d-1];return{...t,month:d,days:Ma(f,m)}})}}function Vo(e){return e.rules.map(n=>{let r=o.months[(n.month||1)-1];if(n.days&&n.days.length){let s=n.days[0],i=n.days[n.days.length-1];return s===i?`${r} ${s}`:`${r} ${s}\u2013${i}`}let a=(n.wdays||[])[0];return o.nthWeekday(o.ordinals[n.ordinal||"first"],o.wdayLong[a]||a,r)}).join(", ")}function Wo(e){if(!e.clock_set)return o.clockNotSet;if(e.kind==="always")return o.open24;let t={open:o.openNow,rule:o.openNow,lunch:o.lunchNow,holiday:o.holidayNow(e.now.name||""),closed:o.closedNow}[e.kind],n=e.until||e.next;if(!n)return e.open?o.open24:t;let[r,a]=n.local.split("T"),s=a.slice(0,5),i=r===e.local.split("T")[0]?s:n.at_unix-e.at_unix<6*86400?`${o.wdayLong[n.weekday]} ${s}`:`${o.wdayLong[n.weekday]} ${r} ${s}`;return e.open&&!n.open?o.closesAt(t,i):n.open?o.opensAt(t,i):o.changesAt(t,i)}function Oa({onHours:e}){let[t,n]=$(""),[r,a]=$([]);function s(){let c=jo(t);a(c.errors||[]),c.days&&e(c.days)}async function i(c){let d=c.target.files[0];d&&n(await d.text())}return l`<details class="csv-hours">
    <summary>${o.importHours}</summary>
    <div class="field"><label for="hours_csv_file">${o.hoursCsvFile}</label><input id="hours_csv_file" type="file" accept=".csv,text/csv" onChange=${i} /></div>
    <div class="field">
      <label for="hours_csv">${o.hoursCsv}</label>
      <textarea id="hours_csv" rows="4" value=${t} onInput=${c=>n(c.target.value)} aria-invalid=${r.length?"true":void 0} aria-describedby=${r.length?"hours_csv-error":void 0}></textarea>
      ${r.length>0&&l`<ul class="error" id="hours_csv-error" role="alert">${r.map(c=>l`<li key=${c}>${c}</li>`)}</ul>`}
    </div>
    <button type="button" onClick=${s}>${o.importHours}</button>
  </details>`}function qo({strategy:e,onSaved:t}){let n=Ro(e.open,e.lunch),[r,a]=$(e.open.length>0),[s,i]=$(e.open.length?n.days:Yt.weekdays9to17()),[c,d]=$(!!n.lunch),[u,f]=$(n.lunch||{start:"12:00",stop:"13:00"}),[m,b]=$("weekdays9to17"),[p,_]=$(""),[h,g]=$(""),v=(k,O)=>i({...s,[k]:O});async function w(k){k.preventDefault(),g("");let O=z.filter(T=>s[T]);if(r&&!O.length)return _(o.pickDay);let E=O.find(T=>!(s[T].start<s[T].stop));if(r&&E)return _(`${o.wdayLong[E]}: ${o.badHours}`);if(r&&c&&!(u.start<u.stop))return _(o.badLunch);_("");try{await Lo(e,r?{days:s,lunch:c?u:null}:null),g(o.saved),t()}catch(T){_(Object.entries(T.fields||{}).map(([V,W])=>`${V}: ${W}`).join("; ")||T.message)}}let N=k=>{i(k),a(!0),g(o.hoursImported)};return l`<form onSubmit=${w} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${o.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!r} onChange=${()=>a(!1)} /><label for="h24">${o.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${r} onChange=${()=>a(!0)} /><label for="hcustom">${o.openCustom}</label></div>
    ${r&&l`<fieldset>
      <legend class="sr">${o.openCustom}</legend>
      <div class="field template">
        <label for="hours_template">${o.template}</label>
        <select id="hours_template" value=${m} onChange=${k=>b(k.target.value)}>
          ${Object.entries(o.templates).map(([k,O])=>l`<option key=${k} value=${k}>${O}</option>`)}
        </select>
        <button type="button" class="plain" onClick=${()=>i(Yt[m]())}>${o.applyTemplate}</button>
      </div>
      <table class="week">
        <tbody>
          ${z.map(k=>{let O=s[k];return l`<tr key=${k}>
              <td><${D} id=${"day-"+k} label=${o.wdayLong[k]} checked=${!!O} onChange=${E=>v(k,E?{start:"09:00",stop:"17:00"}:null)} /></td>
              <td>${O&&l`<input type="time" aria-label=${o.dayOpens(o.wdayLong[k])} value=${O.start} onInput=${E=>v(k,{...O,start:E.target.value})} />`}</td>
              <td>${O&&l`<input type="time" aria-label=${o.dayCloses(o.wdayLong[k])} value=${O.stop} onInput=${E=>v(k,{...O,stop:E.target.value})} />`}</td>
            </tr>`})}
        </tbody>
      </table>
      <${D} id="lunch" label=${o.lunchBreak} checked=${c} onChange=${d} />
      ${c&&l`<div class="grid">
        <${x} id="lunch_start" label=${o.lunchStarts} type="time" value=${u.start} onInput=${k=>f({...u,start:k})} />
        <${x} id="lunch_stop" label=${o.lunchEnds} type="time" value=${u.stop} onInput=${k=>f({...u,stop:k})} />
      </div>`}
      <${Oa} onHours=${N} />
    </fieldset>`}
    ${p&&l`<p class="error" role="alert">${p}</p>`}
    ${h&&l`<p class="ok" role="status">${h}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}var zo={name:"",kind:"date",from:"",to:"",ordinal:"fourth",wday:"thursday",month:"11"};function et({id:e,label:t,value:n,onChange:r,options:a}){return l`<div class="field">
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${s=>r(s.target.value)}>
      ${a.map(([s,i])=>l`<option key=${s} value=${s}>${i}</option>`)}
    </select>
  </div>`}function Ko({strategy:e,onSaved:t}){let[n,r]=$(zo),[a,s]=$({}),[i,c]=$(""),d=m=>b=>r({...n,[m]:b});async function u(m){m.preventDefault(),c("");let b=n.name.trim();if(!b)return s({name:o.needName});let p=Go(n);if(p.error)return s({[p.field]:p.error});s({});try{await Uo(e,b,p.rules),r(zo),t()}catch(_){let h=_.fields||{};h.name?s({name:h.name}):c(Object.entries(h).map(([g,v])=>`${g}: ${v}`).join("; ")||_.message)}}async function f(m){c("");try{await Ho(e,m),t()}catch(b){c(b.message)}}return l`<form onSubmit=${u} aria-labelledby="holidays-h" novalidate>
    <h3 id="holidays-h">${o.holidays}</h3>
    ${e.holidays.length===0&&l`<p>${o.noHolidays}</p>`}
    <ul class="holidays">
      ${e.holidays.map(m=>l`<li key=${m.id}>
          <span class="holiday"><strong>${m.name}</strong> ${Vo(m)}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${m.name}`} onClick=${()=>f(m)}>${o.remove}</button>
        </li>`)}
    </ul>
    <${x} id="holiday_name" label=${o.holidayName} value=${n.name} onInput=${d("name")} error=${a.name} />
    <${et} id="holiday_kind" label=${o.holidayKind} value=${n.kind} onChange=${d("kind")} options=${Object.entries(o.holidayKinds)} />
    ${n.kind!=="advanced"&&l`<div class="grid">
      <${x} id="holiday_from" label=${o.holidayFrom} type="date" value=${n.from} onInput=${d("from")} error=${a.from} />
      ${n.kind==="range"&&l`<${x} id="holiday_to" label=${o.holidayTo} type="date" value=${n.to} onInput=${d("to")} error=${a.to} />`}
    </div>`}
    ${n.kind==="advanced"&&l`<div class="grid">
      <${et} id="holiday_ordinal" label=${o.holidayOrdinal} value=${n.ordinal} onChange=${d("ordinal")} options=${Object.entries(o.ordinals)} />
      <${et} id="holiday_wday" label=${o.holidayWday} value=${n.wday} onChange=${d("wday")} options=${z.map(m=>[m,o.wdayLong[m]])} />
      <${et} id="holiday_month" label=${o.holidayMonth} value=${n.month} onChange=${d("month")} options=${o.months.map((m,b)=>[String(b+1),m])} />
    </div>`}
    ${i&&l`<p class="error" role="alert">${i}</p>`}
    <button type="submit">${o.addHoliday}</button>
  </form>`}var Fa=3e4;function Yo({callflowId:e,version:t}){let[n,r]=$(null);return S(()=>{let a=!0,s=()=>y(`callflows/${e}/office_status`).then(c=>a&&r(c),()=>a&&r(null));s();let i=setInterval(s,Fa);return()=>{a=!1,clearInterval(i)}},[e,t]),n?l`<p class="office-line ${n.open?"is-open":"is-closed"}" aria-live="polite" data-kind=${n.kind}>${Wo(n)}</p>`:null}var Xt=["MainOpenHours","MainLunchHours","MainAfterHours","MainHolidays"];function Ta(e){let t=e||{},n=t.data&&t.data.id;if(t.module==="user"){let r=t.children&&t.children._;return r&&r.module==="voicemail"?{how:"user_vm",target:n}:{how:"user",target:n}}return t.module==="voicemail"?{how:"voicemail",target:n}:{how:"menu",target:""}}function Ia(e,{how:t,target:n},r,a){let s=(c,d)=>({module:c,data:{id:d},children:{}});if(t==="menu"){let c=r[`${e}Menu`];if(!c)throw new Error(o.noMenu);return{module:"callflow",data:{id:c.id},children:{}}}if(!n)throw new Error(t==="voicemail"?o.pickVmbox:o.pickUser);if(t==="voicemail")return s("voicemail",n);let i={module:"user",data:{id:n,timeout:20,can_call_self:!1},children:{}};if(t==="user_vm"){let c=a.find(d=>d.owner_id===n);if(!c)throw new Error(o.userNoVmbox);i.children._=s("voicemail",c.id)}return i}var Da=["1","2","3","4","5","6","7","8","9","0"];function Aa(e){let t=e&&e.flow&&e.flow.children||{};return Object.fromEntries(Object.entries(t).map(([n,r])=>[n,r.module==="user"&&r.data?r.data.id:"other"]))}function La(e,t){let n=e.flow&&e.flow.children||{},r={};for(let[a,s]of Object.entries(t))s==="other"&&n[a]?r[a]=n[a]:s&&s!=="other"&&(r[a]={module:"user",data:{id:s,timeout:20,can_call_self:!1},children:{}});return{...e,flow:{...e.flow,children:r},ui_metadata:U()}}function Ua({id:e,keys:t,users:n,onChange:r}){return l`<fieldset class="keys">
    <legend>${o.menuKeys}</legend>
    <div class="grid">
      ${Da.map(a=>l`<div class="field" key=${a}>
          <label for=${`${e}-key-${a}`}>${o.menuKey(a)}</label>
          <select id=${`${e}-key-${a}`} value=${t[a]||""} onChange=${s=>r({...t,[a]:s.target.value})}>
            <option value="">—</option>
            ${t[a]==="other"&&l`<option value="other">${o.keyElsewhere}</option>`}
            ${n.map(s=>l`<option key=${s.id} value=${s.id}>${s.first_name} ${s.last_name}</option>`)}
          </select>
        </div>`)}
    </div>
  </fieldset>`}function Ha({name:e,doc:t,menuCf:n,users:r,vmboxes:a,parts:s}){let[i,c]=$(Ta(t.flow)),[d,u]=$(Aa(n)),[f,m]=$(""),[b,p]=$(""),_=i.how==="voicemail"?a.map(v=>[v.id,`${v.mailbox} ${v.name}`]):r.map(v=>[v.id,`${v.first_name} ${v.last_name}`]);async function h(v){v.preventDefault(),p("");try{let w=Ia(e,i,s,a);m(""),i.how==="menu"&&await I(`callflows/${n.id}`,La(n,d)),await I(`callflows/${t.id}`,{...t,flow:w,ui_metadata:U()}),p(o.saved)}catch(w){m(w.message)}}let g=`handling-${e}`;return l`<form class="window" onSubmit=${h} aria-label=${o.windows[e]} novalidate>
    <h4>${o.windows[e]}</h4>
    <div class="grid">
      <div class="field">
        <label for=${g}>${o.handling}</label>
        <select id=${g} value=${i.how} onChange=${v=>c({how:v.target.value,target:""})}>
          ${Object.entries(o.handlingKinds).map(([v,w])=>l`<option key=${v} value=${v}>${w}</option>`)}
        </select>
      </div>
      ${i.how!=="menu"&&l`<div class="field">
        <label for=${g+"-target"}>${i.how==="voicemail"?o.handlingVmbox:o.handlingUser}</label>
        <select id=${g+"-target"} value=${i.target} onChange=${v=>c({...i,target:v.target.value})} aria-invalid=${f?"true":void 0}>
          <option value="">—</option>
          ${_.map(([v,w])=>l`<option key=${v} value=${v}>${w}</option>`)}
        </select>
      </div>`}
    </div>
    ${i.how==="menu"&&n&&l`<${Ua} id=${g} keys=${d} users=${r} onChange=${u} />`}
    ${f&&l`<p class="error" role="alert">${f}</p>`}
    ${b&&l`<p class="ok">${b}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}function Xo({strategy:e}){let[t,n]=$(null),[r,a]=$("");return S(()=>{let s=Xt.map(i=>e.parts[`${i}Menu`]);Promise.all([y("users?paginate=false"),y("vmboxes?paginate=false"),Promise.all(Xt.map(i=>y(`callflows/${e.parts[i].id}`))),Promise.all(s.map(i=>i?y(`callflows/${i.id}`):null))]).then(([i,c,d,u])=>n({users:i,vmboxes:c,docs:d,menuCfs:u}),i=>a(i.message))},[e]),l`<section aria-labelledby="handling-h">
    <h3 id="handling-h">${o.incomingHandling}</h3>
    ${r&&l`<p class="error" role="alert">${r}</p>`}
    ${t&&Xt.map((s,i)=>l`<${Ha} key=${s} name=${s} doc=${t.docs[i]} menuCf=${t.menuCfs[i]} users=${t.users} vmboxes=${t.vmboxes} parts=${e.parts} />`)}
  </section>`}var Jo="MainConferenceGreeting",Zo="undefinedconf";async function Ba(){let[e,t]=await Promise.all([y("callflows?filter_type=conference&paginate=false"),y("media?paginate=false")]),n=e.find(a=>a.name==="MainConference"),r=t.find(a=>a.name===Jo);return{cf:n?await y(`callflows/${n.id}`):null,media:r?await y(`media/${r.id}`):null}}function Qo(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$(""),[i,c]=$({}),[d,u]=$("");S(()=>{Ba().then(m=>{t(m),r((m.cf&&m.cf.numbers||[]).filter(b=>b!==Zo)[0]||""),s(m.media&&m.media.tts&&m.media.tts.text||"")},m=>c({form:m.message}))},[]);async function f(m){m.preventDefault(),u("");let b=n.replace(/[\s()-]/g,"");if(b&&!/^\+?\d{2,15}$/.test(b))return c({number:o.badConfNumber});c({});try{let p=e.media;if(a.trim()){let w={...p||{},name:Jo,media_source:"tts",tts:{text:a.trim(),voice:"female"},ui_metadata:U()};p=p?await I(`media/${p.id}`,w):await P("media",w)}let _={module:"conference",data:{},children:{}},h=a.trim()?{module:"play",data:{id:p.id},children:{_}}:_,g={...e.cf||{},name:"MainConference",type:"conference",numbers:[b||Zo],flow:h,ui_metadata:U()},v=e.cf?await I(`callflows/${e.cf.id}`,g):await P("callflows",g);t({cf:v,media:p}),u(o.saved)}catch(p){let _=p.fields||{},h=Object.keys(_).find(g=>g.startsWith("tts"));_.numbers?c({number:_.numbers}):c(h?{greeting:_[h]}:{form:p.message})}}return e?l`<form onSubmit=${f} aria-labelledby="conf-h" novalidate>
    <h3 id="conf-h">${o.mainConference}</h3>
    <${x} id="conf_number" label=${o.mainConfNumber} value=${n} onInput=${r} error=${i.number} inputmode="tel" />
    <div class="field">
      <label for="conf_greeting">${o.confGreeting}</label>
      <textarea id="conf_greeting" rows="2" maxlength="1000" value=${a} onInput=${m=>s(m.target.value)} aria-invalid=${i.greeting?"true":void 0} aria-describedby=${i.greeting?"conf_greeting-error":void 0}></textarea>
      ${i.greeting&&l`<p class="error" id="conf_greeting-error" role="alert">${i.greeting}</p>`}
    </div>
    ${i.form&&l`<p class="error" role="alert">${i.form}</p>`}
    ${d&&l`<p class="ok">${d}</p>`}
    <button type="submit">${o.saveConference}</button>
  </form>`:i.form?l`<p class="error" role="alert">${i.form}</p>`:null}function Ra({strategy:e,onSaved:t}){let[n,r]=$(""),[a,s]=$(""),i=Do(e.main);async function c(u){s("");try{await Ao(e,u),r(""),t()}catch(f){s(Object.values(f.fields||{})[0]||f.message)}}function d(u){u.preventDefault();let f=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(f))return s(o.badNumber);c([...i,f])}return l`<form onSubmit=${d} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${o.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(u=>l`<li key=${u}>
          <span class="main-number">${u}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${u}`} onClick=${()=>c(i.filter(f=>f!==u))}>${o.remove}</button>
        </li>`)}
    </ul>
    <${x} id="main_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
    <button type="submit">${o.addNumber}</button>
  </form>`}function tt(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$(0);S(()=>{Io().then(t,c=>r(c.message))},[]);let i=()=>s(c=>c+1);return l`<section aria-labelledby="main-h">
    <h2 id="main-h">${o.mainNumber}</h2>
    <${C} message=${n} />
    ${e?l`<div class="stack">
          <${Yo} callflowId=${e.main.id} version=${a} />
          <${Ra} strategy=${e} onSaved=${i} />
          <${qo} strategy=${e} onSaved=${i} />
          <${Ko} strategy=${e} onSaved=${i} />
          <${Xo} strategy=${e} />
          <${Qo} />
        </div>`:!n&&l`<p>${o.loading}</p>`}
  </section>`}var Zt=K(0);function nt(){let e=`accounts/${M.value.account}`,[t,n]=$(null),[r,a]=$(null),[s,i]=$({}),[c,d]=$(""),[u,f]=$(!1);S(()=>{Promise.all([j("GET","countries"),j("GET",e)]).then(([p,{data:_}])=>{let h=_.edgepbx||{};n(p.data),a({country:h.country||"",extension_length:h.extension_length?String(h.extension_length):"",timezone:null,language:_.language||""})},p=>d(p.message))},[]);function m(p){let _=t.find(h=>h.code===p);a({...r,country:p,..._?{timezone:_.timezone,language:_.language}:{}})}async function b(p){p.preventDefault(),f(!1);let _={};if(r.extension_length&&!/^[2-8]$/.test(r.extension_length)&&(_.extension_length=o.extLengthRange),i(_),d(""),Object.keys(_).length)return;let g={edgepbx:{country:r.country||null,extension_length:r.extension_length?Number(r.extension_length):null},language:r.language||null};r.timezone&&(g.timezone=r.timezone);try{await j("PATCH",e,g),Q.value=void 0,Zt.value++,f(!0)}catch(v){let w={};for(let[N,k]of Object.entries(v.fields||{}))w[N.replace(/^edgepbx\./,"")]=k;i(w),d(v.message)}}return r?l`<form onSubmit=${b} aria-labelledby="locale-h" novalidate>
    <h3 id="locale-h">${o.locale}</h3>
    <p class="hint">${o.localeHint}</p>
    <${C} message=${c} />
    <div class="field">
      <label for="country">${o.country}</label>
      <select id="country" value=${r.country} onChange=${p=>m(p.target.value)}>
        <option value="">${o.countryNone}</option>
        ${t.map(p=>l`<option key=${p.code} value=${p.code}>${p.name}</option>`)}
      </select>
      ${s.country&&l`<p class="error" role="alert">${s.country}</p>`}
    </div>
    ${r.timezone&&l`<p class="hint" id="proposed_zone">${o.proposedZone(r.timezone)}</p>`}
    <${x} id="language" label=${o.promptLanguage} value=${r.language} onInput=${p=>a({...r,language:p})} error=${s.language} />
    <${x} id="extension_length" label=${o.extensionLength} value=${r.extension_length} onInput=${p=>a({...r,extension_length:p})} error=${s.extension_length} inputmode="numeric" />
    ${u&&l`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`:l`<${C} message=${c} />${!c&&l`<p>${o.loading}</p>`}`}var Jt=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function ot({onDone:e}){let t=`accounts/${M.value.account}`,[n,r]=$(null),[a,s]=$({}),[i,c]=$(""),[d,u]=$(!1);S(()=>{j("GET",t).then(({data:b})=>r({name:b.name||"",timezone:b.timezone||"UTC"}),b=>c(b.message))},[Zt.value]);async function f(b){if(b.preventDefault(),u(!1),!n.name.trim())return s({name:o.required});s({}),c("");try{await j("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),M.value={...M.value,accountName:n.name.trim()},u(!0),e&&e()}catch(p){s(p.fields||{}),c(p.message)}}if(!n)return l`<${C} message=${i} />${!i&&l`<p>${o.loading}</p>`}`;let m=Jt.includes(n.timezone)?Jt:[n.timezone,...Jt];return l`<form onSubmit=${f} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${o.office}</h3>
    <${C} message=${i} />
    <${x} id="office_name" label=${o.officeName} value=${n.name} onInput=${b=>r({...n,name:b})} error=${a.name} />
    <div class="field">
      <label for="timezone">${o.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${b=>r({...n,timezone:b.target.value})}>
        ${m.map(b=>l`<option key=${b} value=${b}>${b}</option>`)}
      </select>
      ${a.timezone&&l`<p class="error" role="alert">${a.timezone}</p>`}
    </div>
    ${d&&l`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}var er=["first_name","last_name","username","email","extension","password","phone"],ja=["first_name","last_name","username","extension","password"],Ga=/^(yes|y|true|1)$/i;function Va(e,t){let[n,...r]=Qe(e);if(!n)return{problems:[o.csvEmpty]};let a=n.fields.map(f=>f.toLowerCase().replace(/\s+/g,"_")),s=ja.filter(f=>!a.includes(f));if(s.length)return{problems:[o.csvColumns(s.join(", "))]};let i=a.filter(f=>!er.includes(f));if(i.length)return{problems:[o.csvUnknown(i.join(", "))]};let c=[],d={username:new Map,extension:new Map},u=r.map(({line:f,fields:m})=>{let b=Object.fromEntries(er.map(h=>[h,m[a.indexOf(h)]??""])),p={...b,phone:Ga.test(b.phone)},_=Gt(p,!0,t);m.length>a.length&&(_.line=o.csvExtra);for(let h of["username","extension"]){let g=p[h].toLowerCase();g&&d[h].has(g)?_[h]=o.csvDuplicate(d[h].get(g)):d[h].set(g,f)}for(let[h,g]of Object.entries(_))c.push(o.csvLine(f,h==="line"?"":o.csvField[h]||h,g));return{line:f,form:p}});return r.length||c.push(o.csvNoUsers),{forms:u,problems:c}}function tr({onAdded:e}){let[t,n]=$([]),[r,a]=$(""),[s,i]=$(!1);async function c(d){let u=d.target.files[0];if(a(""),!u)return;let f=await qe().catch(()=>null),{forms:m,problems:b}=Va(await u.text(),f);if(n(b),b.length)return;i(!0);let p=[],_=0;for(let{line:h,form:g}of m)try{let v=await We(g);_++,e({...v,extension:g.extension})}catch(v){let w=Object.entries(v.fields||{}).map(([N,k])=>o.csvLine(h,o.csvField[N]||N,k));p.push(...w.length?w:[o.csvLine(h,"",v.message)])}n(p),a(o.csvMade(_,m.length)),i(!1),d.target.value=""}return l`<div class="card">
    <h3>${o.csvImport}</h3>
    <p class="hint">${o.csvHint}</p>
    <div class="field">
      <label for="csv_file">${o.csvFile}</label>
      <input id="csv_file" type="file" accept=".csv,text/csv" disabled=${s} onChange=${c} />
    </div>
    ${r&&l`<p class="ok" role="status">${r}</p>`}
    ${t.length>0&&l`<ul class="errors" aria-label=${o.csvProblems}>${t.map(d=>l`<li key=${d} class="error">${d}</li>`)}</ul>`}
  </div>`}var Qt="configs/smtp_client",nr=/^[^@\s]+@[^@\s]+$/;function Wa(e){let t={};return/^[A-Za-z0-9.:-]{1,253}$/.test(e.relay)||(t.relay=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.from&&!nr.test(e.from)&&(t.from=o.badEmail(e.from)),t}function rt(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$({}),[i,c]=$(""),[d,u]=$("");if(S(()=>{y(Qt).then(p=>t({relay:p.relay||"",port:String(p.port||587),tls:p.tls||"if_available",username:p.username||"",password:"",from:p.from||"",passwordSet:!!p.password_set}),p=>c(p.message))},[]),!e)return l`<${C} message=${i} />${!i&&l`<p>${o.loading}</p>`}`;let f=p=>_=>t({...e,[p]:_});async function m(p){p.preventDefault(),u(""),c("");let _=Wa(e);if(s(_),Object.keys(_).length)return;let h={relay:e.relay.trim(),port:Number(e.port),tls:e.tls,username:e.username.trim(),from:e.from.trim()||void 0};e.password&&(h.password=e.password);try{await B(Qt,h),t({...e,password:"",passwordSet:e.passwordSet||!!e.password}),u(o.saved)}catch(g){s(g.fields||{}),c(g.message)}}async function b(){if(u(""),!nr.test(n.trim()))return s({...a,to:o.badEmail(n)});s({}),u(o.sending);try{await I(`${Qt}/test`,{to:n.trim()}),u(o.testSent(n.trim()))}catch(p){u(""),s(p.fields||{}),Object.keys(p.fields||{}).length||c(p.message)}}return l`<form onSubmit=${m} aria-labelledby="relay-h" novalidate>
    <h3 id="relay-h">${o.mailRelay}</h3>
    <p class="hint">${o.mailRelayHint}</p>
    <${C} message=${i} />
    <div class="grid">
      <${x} id="relay_host" label=${o.relayServer} value=${e.relay} onInput=${f("relay")} error=${a.relay} />
      <${x} id="relay_port" label=${o.port} value=${e.port} onInput=${f("port")} error=${a.port} inputmode="numeric" />
      <div class="field">
        <label for="relay_tls">${o.relayTls}</label>
        <select id="relay_tls" value=${e.tls} onChange=${p=>f("tls")(p.target.value)}>
          ${Object.entries(o.tlsModes).map(([p,_])=>l`<option key=${p} value=${p}>${_}</option>`)}
        </select>
      </div>
      <${x} id="relay_user" label=${o.relayUser} value=${e.username} onInput=${f("username")} error=${a.username} autocomplete="off" />
      <${x} id="relay_password" label=${e.passwordSet?o.relayPasswordKeep:o.password} type="password" value=${e.password} onInput=${f("password")} error=${a.password} autocomplete="new-password" />
      <${x} id="relay_from" label=${o.relayFrom} value=${e.from} onInput=${f("from")} error=${a.from} />
    </div>
    <div class="bar"><button type="submit">${o.save}</button></div>
    <${x} id="relay_test_to" label=${o.testTo} value=${n} onInput=${r} error=${a.to} type="email" />
    <div class="bar"><button type="button" class="plain" onClick=${b}>${o.sendTest}</button></div>
    ${d&&l`<p class="ok" role="status">${d}</p>`}
  </form>`}async function at(){(await y("callflows?filter_numbers=no_match")).length===0&&await P("callflows",{numbers:["no_match"],flow:{module:"offnet",data:{},children:{}}})}var en="^(\\+?\\d{3,15})$",or={name:"",server:"",port:"5060",username:"",auth_username:"",password:"",realm:"",register:!0};function qa(e){let t=e.gateways&&e.gateways[0]||{},n=r=>r==null?"":String(r);return{name:n(e.name),server:n(t.server),port:n(t.port||5060),username:n(t.username),auth_username:n(t.auth_username),password:n(t.password),realm:n(t.realm),register:t.register!==!1}}function za(e){let t={};return e.name.trim()||(t.name=o.required),/^[A-Za-z0-9.-]{1,253}$/.test(e.server.trim())||(t.server=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.register&&!e.username.trim()&&(t.username=o.required),e.register&&!e.password&&(t.password=o.required),t}function rr(e,t){let n={...e.gateways&&e.gateways[0]||{enabled:!0}};n.server=t.server.trim(),n.port=Number(t.port),n.register=t.register;for(let r of["username","auth_username","realm"])t[r].trim()?n[r]=t[r].trim():delete n[r];return t.password?n.password=t.password:delete n.password,{...e,name:t.name.trim(),gateways:[n,...(e.gateways||[]).slice(1)]}}var Ka={enabled:!0,weight_cost:50,rules:[en],gateways:[]};function tn({line:e,onDone:t}){let[n,r]=$(e?qa(e):or),[a,s]=$({}),[i,c]=$(""),[d,u]=$(!1),f=_=>h=>r({...n,[_]:h}),m=_=>`line_${_}${e?"_edit":""}`;async function b(_){_.preventDefault(),c("");let h=za(n);if(s(h),!Object.keys(h).length){u(!0);try{e?await I(`resources/${e.id}`,rr(e,n)):await P("resources",rr(Ka,n)),await at(),e||r(or),u(!1),t(!0)}catch(g){s(Object.fromEntries(Object.entries(g.fields||{}).map(([v,w])=>[v.replace(/^gateways\.0\./,""),w]))),c(`${o.failed} ${g.message}`),u(!1)}}}let p=e?o.editLine(e.name):o.addLine;return l`<form onSubmit=${b} novalidate data-form=${e?"edit-line":"add-line"}>
    <h4>${p}</h4>
    <${C} message=${i} />
    <div class="grid">
      <${x} id=${m("name")} label=${o.name} value=${n.name} onInput=${f("name")} error=${a.name} />
      <${x} id=${m("server")} label=${o.lineServer} value=${n.server} onInput=${f("server")} error=${a.server} />
      <${x} id=${m("port")} label=${o.port} value=${n.port} onInput=${f("port")} error=${a.port} inputmode="numeric" />
      <${x} id=${m("username")} label=${o.lineNumber} value=${n.username} onInput=${f("username")} error=${a.username} autocomplete="off" />
      <${x} id=${m("auth")} label=${o.lineAuth} value=${n.auth_username} onInput=${f("auth_username")} error=${a.auth_username} autocomplete="off" />
      <${x} id=${m("password")} label=${o.linePassword} type="password" value=${n.password} onInput=${f("password")} error=${a.password} autocomplete="new-password" />
      <${x} id=${m("realm")} label=${o.lineRealm} value=${n.realm} onInput=${f("realm")} error=${a.realm} />
    </div>
    <${D} id=${m("register")} label=${o.lineRegister} checked=${n.register} onChange=${f("register")} />
    <div class="bar">
      <button type="submit" disabled=${d}>${e?o.save:o.addLine}</button>
      ${e&&l`<button type="button" class="plain" onClick=${()=>t(!1)}>${o.cancel}</button>`}
    </div>
  </form>`}var ar=e=>e.filter(t=>t.kind==="fxo"&&t.sip_address).map(t=>{let n=t.sip_address.lastIndexOf(":");return{...t,host:t.sip_address.slice(0,n).replace(/^\[|\]$/g,""),port:Number(t.sip_address.slice(n+1))}}),nn=(e,t)=>(e.gateways||[]).some(n=>n.server===t.host&&Number(n.port)===t.port);function Ya(e){return e.state==="down"?e.alarm?`${o.fxoStates.down}: ${e.alarm}`:o.fxoStates.down:o.fxoStates[e.state==="idle"?"idle":"busy"]}function Xa(e){return e?e.state==="running"?o.fxoDialTone.checking:e.dial_tone?o.fxoDialTone.yes:o.fxoDialTone.no:o.fxoDialTone.unknown}function sr({ports:e,lines:t,onChanged:n}){let[r,a]=$(""),[s,i]=$(!1);if(e.length===0)return null;async function c(d){a(""),i(!0);try{await P("resources",{name:o.fxoLineName(d.name),enabled:!0,weight_cost:50,rules:[en],gateways:[{server:d.host,port:d.port,register:!1,enabled:!0}]}),await at(),n()}catch(u){a(`${o.failed} ${u.message}`)}i(!1)}return l`<div aria-labelledby="fxo-h">
    <h4 id="fxo-h">${o.fxoLines}</h4>
    <${C} message=${r} />
    <ul class="lines">
      ${e.map(d=>{let u=t.find(f=>nn(f,d));return l`<li key=${d.name} data-fxo=${d.name}>
          <span class=${d.state==="down"?"dot":"dot on"}>${d.name}${d.number?` (${d.number})`:""} · ${Ya(d)} · ${Xa(d.line_test)}</span>
          ${u?l`<span class="hint" data-route>${o.fxoInUse(u.name)}</span>`:l`<button type="button" class="plain" disabled=${s} onClick=${()=>c(d)} aria-label=${`${o.fxoUse}: ${d.name}`}>${o.fxoUse}</button>`}
        </li>`})}
    </ul>
  </div>`}var Za=5e3;async function Ja(){let[e,t]=await Promise.all([y("resources?paginate=false"),y("analog_ports").then(ar,()=>[])]);return{lines:await Promise.all(e.map(r=>Promise.all([y(`resources/${r.id}`),y(`resources/${r.id}/status`)]).then(([a,s])=>({...a,gw:s.gateways[0]||{}})))),ports:t}}var Qa=e=>e.state==="failed"&&e.last_error?`${o.lineStates.failed}: ${e.last_error}`:o.lineStates[e.state]||e.state;function es({line:e,editing:t,onEdit:n,onDone:r,onError:a}){async function s(){if(confirm(o.confirmDeleteLine(e.name)))try{await F(`resources/${e.id}`),r(!0)}catch(i){a(i.message)}}return l`<li data-line=${e.name}>
    <span class=${e.gw.state==="registered"?"dot on":"dot"}>${e.name} · ${Qa(e.gw)}</span>
    ${t?l`<${tn} line=${e} onDone=${r} />`:l`<span class="actions">
          <button type="button" class="plain" onClick=${n} aria-label=${`${o.edit}: ${e.name}`}>${o.edit}</button>
          <button type="button" class="plain" onClick=${s} aria-label=${`${o.del}: ${e.name}`}>${o.del}</button>
        </span>`}
  </li>`}function st(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(""),i=()=>Ja().then(t,u=>s(u.message));S(()=>{i();let u=setInterval(i,Za);return()=>clearInterval(u)},[]);let c=u=>{r(null),u&&i()},d=e?e.lines.filter(u=>!e.ports.some(f=>nn(u,f))):[];return l`<div aria-labelledby="lines-h">
    <h3 id="lines-h">${o.outsideLines}</h3>
    <${C} message=${a} />
    ${e?d.length===0?l`<p>${o.noLines}</p>`:l`<ul class="lines">
            ${d.map(u=>l`<${es} key=${u.id} line=${u} editing=${n===u.id} onEdit=${()=>r(u.id)} onDone=${c} onError=${s} />`)}
          </ul>`:l`<p>${o.loading}</p>`}
    <${tn} line=${null} onDone=${c} />
    ${e&&l`<${sr} ports=${e.ports} lines=${e.lines} onChanged=${i} />`}
  </div>`}var se=K(null);async function ir(){let e=await y(`users/${M.value.owner}`);e.require_password_update&&(se.value={forced:!0,username:e.username})}async function lr(){let e=await y(`users/${M.value.owner}`);se.value={forced:!1,username:e.username}}function ts(){let[e,t]=$(!1),[n,r]=$([]);return e?l`<${ze}
      user=${{}}
      onDone=${a=>{t(!1),a&&r([...n,a])}}
    />`:l`<div>
    <h3>${o.firstUsers}</h3>
    <ul class="added">${n.map(a=>l`<li key=${a.username}>${a.first_name} ${a.last_name} · ${a.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${o.addUser}</button>
    <${tr} onAdded=${a=>r(s=>[...s,a])} />
  </div>`}function dr(){let{forced:e,username:t}=se.value,[n,r]=$(!e),a=[[o.stepPassword,()=>l`<${ue} username=${t} onDone=${()=>r(!0)} />`],[o.stepLocale,()=>l`<${nt} />`],[o.stepOffice,()=>l`<${ot} />`],[o.stepUsers,()=>l`<${ts} />`],[o.stepMainNumber,()=>l`<${tt} />`],[o.stepLine,()=>l`<${st} />`],[o.stepMail,()=>l`<${rt} />`],[o.stepDone,()=>l`<p>${o.wizardDone}</p><${No} />`]],[s,i]=$(0),c=s===a.length-1,[d,u]=a[s],f=s===0&&!n;return l`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${o.wizard}</h2>
    <p class="hint">${o.stepOf(s+1,a.length)}: <strong>${d}</strong></p>
    ${f&&l`<p class="banner" role="alert">${o.pwForced}</p>`}
    <div key=${s}>${u()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${s===0} onClick=${()=>i(s-1)}>${o.back}</button>
      ${c?l`<button type="button" onClick=${()=>se.value=null}>${o.finish}</button>`:l`<button type="button" disabled=${f} onClick=${()=>i(s+1)}>${o.next}</button>`}
    </div>
  </section>`}async function ns(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":M.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new q(t.status,n);return n.data}function cr(){let[e,t]=$(null),[n,r]=$(!1),[a,s]=$(""),[i,c]=$("");async function d(u){if(u.preventDefault(),s(""),c(""),!e)return s(o.pickBundle);r(!0);try{let f=await ns(e);c(o.updateInstalled(f&&f.installed))}catch(f){let m=f.body&&f.body.data&&(f.body.data.message||f.body.data.detail);s(`${o.failed} ${f.message}${typeof m=="string"&&m!==f.message?`: ${m}`:""}`)}r(!1)}return l`<form onSubmit=${d} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${o.softwareUpdate}</h3>
    <p class="hint">${o.updateHint}</p>
    <${C} message=${a} />
    <div class="field">
      <label for="bundle">${o.bundle}</label>
      <input id="bundle" type="file" onChange=${u=>t(u.target.files[0]||null)} />
    </div>
    ${i&&l`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?o.uploading:o.install}</button>
  </form>`}function ur(){let[e,t]=$(null),[n,r]=$(""),a=()=>y("sip_bans").then(t,i=>i.status===403?t(null):r(i.message));S(a,[]);let s=i=>F(`sip_bans/${encodeURIComponent(i)}`).then(a,c=>r(c.message));return e?l`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${o.sipBans}</h3>
    <${C} message=${n} />
    ${e.length===0?l`<p>${o.noBans}</p>`:l`<ul class="numbers">
          ${e.map(i=>l`<li key=${i.ip} data-ban=${i.ip}>
              <span>${o.banned(i.ip,i.reason)} · ${o.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>s(i.ip)} aria-label=${o.liftBan(i.ip)}>${o.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:l`<${C} message=${n} />`}function mr(){let[e,t]=$(null),[n,r]=$("");return S(()=>{y(`users/${M.value.owner}`).then(t,a=>r(a.message))},[]),l`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${o.settings}</h2>
    <${C} message=${n} />
    <div class="stack">
      ${e&&l`<${ue} username=${e.username} />`}
      <${nt} />
      <${ot} />
      <${st} />
      <${rt} />
      <${ur} />
      <${cr} />
      <div><button type="button" onClick=${()=>lr().catch(a=>r(a.message))}>${o.runWizard}</button></div>
    </div>
  </section>`}var it=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),on=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function os(e,t){let n=await fetch("/v2/"+X(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":M.value.token,"Content-Type":on(t),Accept:"application/json"},body:t});if(!n.ok)throw new q(n.status,await n.json().catch(()=>null))}async function fr(e,t){let n=await P("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await os(n.id,t)}catch(r){throw await F(`media/${n.id}`).catch(()=>{}),r}return n.id}var rn=e=>F(`media/${e}`).catch(()=>{});var an=["skip_greeting","skip_instructions","delete_after_notify","announcement_only","check_if_owner","transcribe"],rs={check_if_owner:!0},as=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,pr=e=>e.split(/[\s,;]+/).filter(Boolean);function ss(e){let t={};e.name.trim()||(t.name=o.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=o.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=o.pinDigits);let n=pr(e.notify).find(r=>!as.test(r));return n&&(t.notify_email_addresses=o.badEmail(n)),t}function $r({box:e,users:t,onDone:n}){let r=!e.id,[a,s]=$({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(an.map(g=>[g,!!(e[g]??rs[g])]))}),[i,c]=$({}),[d,u]=$(""),[f,m]=$(!1),[b,p]=$(null),_=g=>v=>s({...a,[g]:v});async function h(g){g.preventDefault();let v=ss(a);if(b&&!it(b)&&(v.greeting=o.greetingType),c(v),u(""),Object.keys(v).length)return;let w={name:a.name.trim(),mailbox:a.mailbox,notify_email_addresses:pr(a.notify),...Object.fromEntries(an.map(k=>[k,a[k]]))};w.owner_id=a.owner_id||(r?void 0:null),w.pin=a.pin||(r?void 0:null),m(!0);let N=null;try{b&&(N=await fr(w.name,b).catch(k=>{throw Object.assign(k,{fields:{greeting:k.fields&&k.fields.media||k.message}})}),w.media={...e.media||{},unavailable:N}),r?await P("vmboxes",w):await B(`vmboxes/${e.id}`,w),N&&e.media&&e.media.unavailable&&await rn(e.media.unavailable),n()}catch(k){N&&await rn(N),c(k.fields||{}),u(`${o.failed} ${k.message}`),m(!1)}}return l`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${r?o.addVmbox:o.editVmbox}</h2>
    <form onSubmit=${h} novalidate>
      <${C} message=${d} />
      <div class="grid">
        <${x} id="vm_name" label=${o.name} value=${a.name} onInput=${_("name")} error=${i.name} required />
        <${x} id="vm_mailbox" label=${o.mailbox} value=${a.mailbox} onInput=${_("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${o.owner}</label>
          <select id="vm_owner" value=${a.owner_id} onChange=${g=>_("owner_id")(g.target.value)}>
            <option value="">${o.noOwner}</option>
            ${t.map(g=>l`<option key=${g.id} value=${g.id}>${g.first_name} ${g.last_name}</option>`)}
          </select>
          ${i.owner_id&&l`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${x} id="vm_pin" label=${o.pin} type="password" value=${a.pin} onInput=${_("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${o.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${g=>p(g.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?o.greetingSet:o.greetingNone}</p>
        ${i.greeting&&l`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${x} id="vm_notify" label=${o.recipients} value=${a.notify} onInput=${_("notify")} error=${i.notify_email_addresses} />
      ${an.map(g=>l`<div class="check" key=${g}>
          <input type="checkbox" id=${"vm_"+g} checked=${a[g]} onChange=${v=>_(g)(v.target.checked)} />
          <label for=${"vm_"+g}>${o.vmFlags[g]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${n}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var is=62167219200,ls=e=>new Date((e-is)*1e3).toISOString().slice(0,16).replace("T"," ");function ds({id:e,others:t,onMove:n}){let[r,a]=$("");return l`<span class="assign">
    <label class="sr" for=${"move-"+e}>${o.moveTo}</label>
    <select id=${"move-"+e} value=${r} onChange=${s=>a(s.target.value)}>
      <option value="">${o.moveTo}…</option>
      ${t.map(s=>l`<option key=${s.id} value=${s.id}>${s.name} (${s.mailbox})</option>`)}
    </select>
    <button class="plain" disabled=${!r} onClick=${()=>n(r)}>${o.move}</button>
  </span>`}function lt({box:e,others:t=[],onDone:n}){let r=`vmboxes/${e.id}/messages`,[a,s]=$(null),[i,c]=$({}),d=kt([]),[u,f]=$(""),m=()=>y(`${r}?paginate=false`).then(h=>s(h.filter(g=>g.folder!=="deleted")),h=>f(h.message));S(()=>(m(),()=>d.current.forEach(h=>URL.revokeObjectURL(h))),[]);let b=h=>h.then(m,g=>f(g.message));async function p(h){if(i[h.media_id])return i[h.media_id];let g=URL.createObjectURL(await Vn(`${r}/${h.media_id}/raw`));return d.current.push(g),c(v=>({...v,[h.media_id]:g})),g}async function _(h){try{let g=document.createElement("a");g.href=await p(h),g.download=`${e.mailbox}-${h.media_id}.wav`,g.click()}catch(g){f(g.message)}}return l`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${o.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${n}>${o.vmboxes}</button>
    </div>
    <${C} message=${u} />
    ${a?a.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.messages}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.duration}</th><th>${o.folder}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${a.map(h=>l`<tr key=${h.media_id} data-message=${h.media_id} class="message">
                  <td data-label=${o.when}>${h.timestamp?ls(h.timestamp):""}</td>
                  <td data-label=${o.from}>${h.caller_id_name||""} ${h.caller_id_number||""}
                    ${h.transcription&&h.transcription.text&&l`<p class="transcript" aria-label=${o.transcript}>${h.transcription.text}</p>`}</td>
                  <td data-label=${o.duration}>${h.length?`${Math.round(h.length/1e3)} s`:""}</td>
                  <td data-label=${o.folder} class="folder">${o.folders[h.folder]||h.folder}</td>
                  <td class="actions">
                    ${i[h.media_id]?l`<audio controls autoplay src=${i[h.media_id]}></audio>`:l`<button onClick=${()=>p(h).catch(g=>f(g.message))}>${o.play}</button>`}
                    <button class="plain" onClick=${()=>_(h)}>${o.download}</button>
                    ${h.folder==="new"&&l`<button class="plain" onClick=${()=>b(I(`${r}/${h.media_id}`,{folder:"saved"}))}>${o.markHeard}</button>`}
                    ${t.length>0&&l`<${ds} id=${h.media_id} others=${t} onMove=${g=>b(I(r,{messages:[h.media_id],source_id:g}))} />`}
                    <button class="danger" onClick=${()=>confirm(o.confirmDeleteMessage)&&b(F(`${r}/${h.media_id}`))}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}function hr(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(null),[i,c]=$(""),d=()=>Promise.all([y("vmboxes?paginate=false"),y("users?paginate=false")]).then(([p,_])=>t({boxes:p,users:_}),p=>c(p.message));S(d,[]);let u=()=>{r(null),s(null),d()};async function f(p){confirm(o.confirmDeleteVmbox(p.name))&&(await F(`vmboxes/${p.id}`).catch(_=>c(_.message)),d())}async function m(p){try{r(await y(`vmboxes/${p.id}`))}catch(_){c(_.message)}}if(n)return l`<${$r} box=${n} users=${e.users} onDone=${u} />`;if(a)return l`<${lt} box=${a} others=${e.boxes.filter(p=>p.id!==a.id)} onDone=${u} />`;let b=p=>{let _=e.users.find(h=>h.id===p);return _?`${_.first_name} ${_.last_name}`:""};return l`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${o.vmboxes}</h2>
      <button onClick=${()=>r({})}>${o.addVmbox}</button>
    </div>
    <${C} message=${i} />
    ${e?e.boxes.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.vmboxes}>
            <thead><tr><th>${o.name}</th><th>${o.mailbox}</th><th>${o.owner}</th><th>${o.newMessages}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map(p=>l`<tr key=${p.id} data-vmbox=${p.mailbox}>
                  <td data-label=${o.name}>${p.name}</td>
                  <td data-label=${o.mailbox}>${p.mailbox}</td>
                  <td data-label=${o.owner}>${b(p.owner_id)}</td>
                  <td data-label=${o.newMessages} class="count">${p.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>s(p)} aria-label=${o.messagesOf(p.name)}>${o.messages}</button>
                    <button class="plain" onClick=${()=>m(p)} aria-label=${`${o.edit} ${p.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>f(p)} aria-label=${`${o.del} ${p.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}function dt(e,t){if(!(t instanceof q))throw t;let n={};for(let[r,a]of Object.entries(t.fields))n[e==="userGroup"&&r.startsWith("numbers")?"extension":to(r)||r.split(".")[0]]=a;throw t.fields=n,t}async function br(){let[e,t]=await Promise.all([y("groups?paginate=false"),y("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let r=t.filter(a=>a.group_id===n.id);return{...n,userCf:r.find(a=>a.type==="userGroup"),baseCf:r.find(a=>a.type==="baseGroup")}})}async function _r(e){let t=[];try{let n=await P("groups",Lt({},e));t.push(()=>F(`groups/${n.id}`));let r=await P("callflows",Ut({},n,e));t.push(()=>F(`callflows/${r.id}`)),await P("callflows",Ht({},n,r,e)).catch(a=>dt("userGroup",a))}catch(n){for(let r of t.reverse())await r().catch(()=>{});dt("groups",n)}}async function gr(e,t){try{let n=await I(`groups/${e.id}`,Lt(await y(`groups/${e.id}`),t)),r=await I(`callflows/${e.baseCf.id}`,Ut(await y(`callflows/${e.baseCf.id}`),n,t)),a=e.userCf?await y(`callflows/${e.userCf.id}`):{},s=Ht(a,n,r,t);await(e.userCf?I(`callflows/${e.userCf.id}`,s):P("callflows",s)).catch(i=>dt("userGroup",i))}catch(n){dt("groups",n)}}async function vr(e){for(let t of[e.userCf,e.baseCf])t&&await F(`callflows/${t.id}`);await F(`groups/${e.id}`)}var pe=e=>/^\d+$/.test(String(e))?Number(e):NaN;function cs(e){let t={};return e.name.trim()||(t.name=o.required),/^\d{2,8}$/.test(e.extension)||(t.extension=o.extDigits),pe(e.repeats)>=1&&pe(e.repeats)<=10||(t.repeats=o.repeatsRange),e.members.length||(t.members=o.pickMember),e.members.length>we&&(t.members=o.tooManyMembers(we)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=o.badTimeline),{...t,...no(e)}}function yr({id:e,label:t,value:n,onChange:r,options:a,wide:s}){return l`<div class=${s?"field wide":"field"}>
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>r(i.target.value)}>
      ${a.map(([i,c])=>l`<option key=${i} value=${i}>${c}</option>`)}
    </select>
  </div>`}function wr({group:e,users:t,vmboxes:n,media:r,onDone:a}){let[s,i]=$(e.form),[c,d]=$("20"),[u,f]=$({}),[m,b]=$(""),[p,_]=$(!1),h=E=>T=>i({...s,[E]:T}),g=E=>s.members.find(T=>T.id===E),v=E=>i({...s,members:g(E.id)?s.members.filter(T=>T.id!==E.id):[...s.members,{id:E.id,delay:0,timeout:20}]}),w=(E,T,V)=>i({...s,members:s.members.map(W=>W.id===E?{...W,[T]:pe(V)}:W)});async function N(E){E.preventDefault();let T=cs(s);if(f(T),b(""),!Object.keys(T).length){_(!0);try{let V=O?s.members.map($e=>({...$e,delay:0})):s.members,W={...s,members:V,name:s.name.trim(),repeats:pe(s.repeats)};await(e.id?gr(e,W):_r(W)),a()}catch(V){f(V.fields||{}),b(`${o.failed} ${V.message}`),_(!1)}}}let k=s.members.length>=we,O=s.strategy!=="simultaneous";return l`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?o.editGroup:o.addGroup}</h2>
    <form onSubmit=${N} novalidate>
      <${C} message=${m} />
      <div class="grid">
        <${x} id="group_name" label=${o.name} value=${s.name} onInput=${h("name")} error=${u.name} required />
        <${x} id="group_extension" label=${o.extension} value=${s.extension} onInput=${h("extension")} error=${u.extension} required inputmode="numeric" />
        <${x} id="group_repeats" label=${o.repeats} value=${String(s.repeats)} onInput=${h("repeats")} error=${u.repeats} inputmode="numeric" />
        <${yr} id="group_strategy" label=${o.strategy} value=${s.strategy} onChange=${h("strategy")} options=${Object.entries(o.strategies)} />
        <${yr} id="group_next" wide label=${o.nextAction} value=${s.next_vmbox} onChange=${h("next_vmbox")}
          options=${[["",o.notAvailable],...n.map(E=>[E.id,o.toVoicemail(E.name,E.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${o.members(s.members.length,we)}</legend>
        ${u.members&&l`<p class="error" id="members-error" role="alert">${u.members}</p>`}
        <table class="list timeline" aria-label=${o.timeline}>
          <thead><tr><th>${o.member}</th>${!O&&l`<th>${o.startAfter}</th>`}<th>${o.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(E=>{let T=g(E.id),V=`${E.first_name} ${E.last_name}`;return l`<tr key=${E.id} data-member=${E.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+E.id} checked=${!!T} disabled=${!T&&k} onChange=${()=>v(E)} /><label for=${"m-"+E.id}>${V}</label></span></td>
                ${!O&&l`<td data-label=${o.startAfter}>${T&&l`<input class="delay" aria-label=${`${o.startAfter} ${V}`} inputmode="numeric" value=${Number.isNaN(T.delay)?"":T.delay} onInput=${W=>w(E.id,"delay",W.target.value)} />`}</td>`}
                <td data-label=${o.ringFor}>${T&&l`<input class="timeout" aria-label=${`${o.ringFor} ${V}`} inputmode="numeric" value=${Number.isNaN(T.timeout)?"":T.timeout} onInput=${W=>w(E.id,"timeout",W.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${x} id="group_total" label=${o.totalRing} value=${c} onInput=${d} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!s.members.length||!(pe(c)>=1)} onClick=${()=>i({...s,members:ro(s.members,pe(c))})}>${o.distribute}</button>
        </div>
      </fieldset>
      <${oo} f=${s} set=${h} media=${r} errors=${u} />
      <div class="bar">
        <button type="submit" disabled=${p}>${p?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${a}>${o.cancel}</button>
      </div>
    </form>
  </section>`}async function us(e){let t=e.baseCf?await y(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},r=(n.endpoints||[]).map(i=>({id:i.id,delay:Number(i.delay)||0,timeout:Number(i.timeout)||20})),a=e.userCf?(await y(`callflows/${e.userCf.id}`)).flow:null,s=a&&Tt(a)?(Tt(a).children||{})._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:s&&s.module==="voicemail"?s.data.id:"",members:r,...Jn(a,n)}}function xr(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(""),i=()=>Promise.all([br(),y("users?paginate=false"),y("vmboxes?paginate=false"),y("media?paginate=false")]).then(([u,f,m,b])=>t({groups:u,users:f,vmboxes:m,media:b}),u=>s(u.message));S(i,[]);async function c(u){try{r({...u,form:await us(u)})}catch(f){s(f.message)}}async function d(u){confirm(o.confirmDeleteGroup(u.name))&&(await vr(u).catch(f=>s(f.message)),i())}return n?l`<${wr}
      group=${n}
      users=${e.users}
      vmboxes=${e.vmboxes}
      media=${e.media}
      onDone=${()=>{r(null),i()}}
    />`:l`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${o.groups}</h2>
      <button disabled=${!e} onClick=${()=>r({form:{name:"",extension:"",repeats:1,strategy:"simultaneous",next_vmbox:"",members:[],...Ft}})}>${o.addGroup}</button>
    </div>
    <${C} message=${a} />
    ${e?e.groups.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.groups}>
            <thead><tr><th>${o.name}</th><th>${o.extension}</th><th>${o.memberCount}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.groups.map(u=>l`<tr key=${u.id} data-group=${u.name}>
                  <td data-label=${o.name}>${u.name}</td>
                  <td data-label=${o.extension} class="ext">${u.userCf&&u.userCf.numbers?u.userCf.numbers[0]:""}</td>
                  <td data-label=${o.memberCount}>${typeof u.endpoints=="number"?u.endpoints:Object.keys(u.endpoints||{}).length}</td>
                  <td class="actions">
                    <button onClick=${()=>c(u)} aria-label=${`${o.edit} ${u.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>d(u)} aria-label=${`${o.del} ${u.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}function kr(e,t){let n=[];for(let r of e){let a=r.type==="mainUserCallflow"&&t.find(s=>s.id===r.owner_id);a?n.push({id:r.id,label:o.assignUser(`${a.first_name} ${a.last_name}`)}):r.type==="userGroup"?n.push({id:r.id,label:o.assignGroup(r.name)}):r.type==="main"&&r.name==="MainCallflow"?n.push({id:r.id,label:o.mainNumber}):(r.modules||[]).includes("conference")&&!r.featurecode&&n.push({id:r.id,label:o.assignConference(r.name||r.id)})}return n.sort((r,a)=>r.label.localeCompare(a.label))}async function Cr(e,t){let n=await y(`callflows/${e}`);await B(`callflows/${e}`,{numbers:[...n.numbers||[],t]})}async function Sr(e,t){let n=await y(`callflows/${e}`);await B(`callflows/${e}`,{numbers:(n.numbers||[]).filter(r=>r!==t)})}async function ms(){let[e,t,n]=await Promise.all([y("phone_numbers"),y("callflows?paginate=false"),y("users?paginate=false")]),r=kr(t,n);return{rows:Object.entries(e.numbers||{}).map(([s,i])=>{let c=i.used_by_id&&t.find(u=>u.id===i.used_by_id),d=c&&r.find(u=>u.id===c.id);return{number:s,usedBy:d?d.label:c?c.name||c.id:i.used_by_id||"",assignedTo:d&&c.id}}).sort((s,i)=>s.number.localeCompare(i.number)),targets:r}}function fs({number:e,choices:t,onAssign:n}){let[r,a]=$(""),s=`assign-${e}`;return l`<span class="assign">
    <label class="sr" for=${s}>${o.assignTo(e)}</label>
    <select id=${s} value=${r} onChange=${i=>a(i.target.value)}>
      <option value="">${o.assignPick}</option>
      ${t.map(i=>l`<option key=${i.id} value=${i.id}>${i.label}</option>`)}
    </select>
    <button disabled=${!r} onClick=${()=>n(r)}>${o.assign}</button>
  </span>`}function Nr(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$(""),[i,c]=$(""),d=()=>ms().then(t,p=>c(p.message)),u=e&&e.rows,f=p=>p.then(()=>c(""),_=>c(_.message)).then(d);S(d,[]);async function m(p){p.preventDefault();let _=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(_))return s(o.badPhoneNumber);s("");try{await P(`phone_numbers/${encodeURIComponent(_)}`,{}),r(""),d()}catch(h){s(h.fields.number||h.message)}}async function b(p){confirm(o.confirmDeleteNumber(p))&&(await F(`phone_numbers/${encodeURIComponent(p)}`).catch(_=>c(_.message)),d())}return l`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${o.numbers}</h2>
    <${C} message=${i} />
    ${u?u.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.numbers}>
            <thead><tr><th>${o.number}</th><th>${o.usedBy}</th><th><span class="sr">${o.del}</span></th></tr></thead>
            <tbody>
              ${u.map(p=>l`<tr key=${p.number} data-number=${p.number}>
                  <td data-label=${o.number} class="main-number">${p.number}</td>
                  <td data-label=${o.usedBy} class="used-by">${p.usedBy||o.spare}</td>
                  <td class="actions">
                    ${!p.usedBy&&l`<${fs} number=${p.number} choices=${e.targets} onAssign=${_=>f(Cr(_,p.number))} />`}
                    ${p.assignedTo&&l`<button class="plain" onClick=${()=>f(Sr(p.assignedTo,p.number))} aria-label=${`${o.unassign} ${p.number}`}>${o.unassign}</button>`}
                    ${!p.usedBy&&l`<button class="danger" onClick=${()=>b(p.number)} aria-label=${`${o.remove} ${p.number}`}>${o.remove}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
    <form onSubmit=${m} novalidate>
      <${x} id="new_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
      <button type="submit">${o.addPhoneNumber}</button>
    </form>
  </section>`}var ps=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function $s(e){let t={};e.name.trim()||(t.name=o.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=o.extDigits);for(let n of["member_pins","moderator_pins"])ps.test(e[n].trim())||(t[n]=o.pinList);return t}function Er({conf:e,onDone:t}){let n=!e.id,[r,a]=$({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[s,i]=$({}),[c,d]=$(""),[u,f]=$(!1),m=p=>_=>a({...r,[p]:_});async function b(p){p.preventDefault();let _=$s(r);if(i(_),d(""),!Object.keys(_).length){f(!0);try{n?await Ze(r):await $o(e.id,r),t()}catch(h){i(h.fields||{}),d(`${o.failed} ${h.message}`),f(!1)}}}return l`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?o.addConference:o.editConference}</h2>
    <form onSubmit=${b} novalidate>
      <${C} message=${c} />
      <div class="grid">
        <${x} id="conf_name" label=${o.name} value=${r.name} onInput=${m("name")} error=${s.name} required />
        <${x} id="conf_number" label=${o.confNumber} value=${r.number} onInput=${m("number")} error=${s.number} required inputmode="tel" />
        <${x} id="conf_member_pins" label=${o.memberPins} value=${r.member_pins} onInput=${m("member_pins")} error=${s.member_pins||s.member} inputmode="numeric" autocomplete="off" />
        <${x} id="conf_moderator_pins" label=${o.moderatorPins} value=${r.moderator_pins} onInput=${m("moderator_pins")} error=${s.moderator_pins||s.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${D} id="conf_join_muted" label=${o.joinMuted} checked=${r.join_muted} onChange=${m("join_muted")} />
      <div class="bar">
        <button type="submit" disabled=${u}>${u?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var Pr=e=>(e&&e.pins||[]).length;function Mr(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(""),i=()=>y("conferences?paginate=false").then(t,u=>s(u.message));S(i,[]);async function c(u){try{r(await y(`conferences/${u.id}`))}catch(f){s(f.message)}}async function d(u){confirm(o.confirmDeleteConference(u.name))&&(await xe(u.id).catch(f=>s(f.message)),i())}return n?l`<${Er}
      conf=${n}
      onDone=${()=>{r(null),i()}}
    />`:l`<section aria-labelledby="conf-h">
    <div class="bar">
      <h2 id="conf-h">${o.conferences}</h2>
      <button onClick=${()=>r({})}>${o.addConference}</button>
    </div>
    <${C} message=${a} />
    ${e?e.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.conferences}>
            <thead><tr><th>${o.name}</th><th>${o.confNumber}</th><th>${o.pins}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(u=>l`<tr key=${u.id} data-conference=${u.name}>
                  <td data-label=${o.name}>${u.name}</td>
                  <td data-label=${o.confNumber} class="ext">${(u.conference_numbers||[]).join(", ")}</td>
                  <td data-label=${o.pins} class="pins">${o.pinSummary(Pr(u.member),Pr(u.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>c(u)} aria-label=${`${o.edit} ${u.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>d(u)} aria-label=${`${o.del} ${u.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}var hs=(e,t)=>({...e,numbers:e.numbers.map(n=>n.replace("{code}",t)),patterns:e.patterns.map(n=>n.replace("{code}",t.replace(/\*/g,"\\*"))),featurecode:{...e.featurecode,number:t}}),bs=e=>/^[0-9*]{1,6}$/.test(e),_s=(e,t)=>(e.star?`*${t}`:t)+(e.takes_digits?"\u2026":"");function gs({row:e,taken:t,onSaved:n}){let[r,a]=$(e.number),[s,i]=$(e.enabled),[c,d]=$(""),[u,f]=$(!1),m=r!==e.number||s!==e.enabled,b=`fc-${e.name.replace(/[^a-z0-9]/gi,"_")}`,p=o.fcNames[e.name]||e.name;async function _(){if(s&&!bs(r))return d(o.fcDigits);if(s&&t(e,r))return d(o.fcTaken(_s(e,r)));d(""),f(!0);try{let h=hs(e.template,r);s?e.enabled?await B(`callflows/${e.callflow_id}`,{numbers:h.numbers,patterns:h.patterns,featurecode:h.featurecode}):await P("callflows",h):await F(`callflows/${e.callflow_id}`),n()}catch(h){d(h.fields.numbers||h.fields.patterns||h.message),f(!1)}}return l`<tr data-code=${e.name} class=${e.handled?"":"muted"}>
    <td data-label=${o.fcWhat}>${p}${!e.handled&&l`<br /><small>${o.fcNotRun}</small>`}</td>
    <td data-label=${o.fcCode}>
      <span class="code-input">${e.star?"*":""}<input id=${b} aria-label=${`${o.fcCode}: ${p}`} value=${r} inputmode="tel" size="6"
        aria-invalid=${c?"true":void 0} onInput=${h=>a(h.target.value.trim())} disabled=${!s} />${e.takes_digits?"\u2026":""}</span>
      ${c&&l`<p class="error" role="alert">${c}</p>`}
    </td>
    <td data-label=${o.fcOn}><input type="checkbox" aria-label=${`${o.fcOn}: ${p}`} checked=${s} disabled=${!e.handled&&!e.enabled}
      onChange=${h=>i(h.target.checked)} /></td>
    <td class="actions">${m&&l`<button type="button" disabled=${u} onClick=${_} aria-label=${`${o.save}: ${p}`}>${o.save}</button>`}</td>
  </tr>`}function Or(){let[e,t]=$(null),[n,r]=$(""),a=()=>y("feature_codes").then(t,i=>r(i.message));S(a,[]);let s=(i,c)=>e.some(d=>d!==i&&d.enabled&&d.star===i.star&&d.number===c);return l`<section aria-labelledby="fc-h">
    <h2 id="fc-h">${o.featureCodes}</h2>
    <p class="hint">${o.fcHint}</p>
    <${C} message=${n} />
    ${e?l`<table class="list" aria-label=${o.featureCodes}>
          <thead><tr><th>${o.fcWhat}</th><th>${o.fcCode}</th><th>${o.fcOn}</th><th><span class="sr">${o.save}</span></th></tr></thead>
          <tbody>${e.map(i=>l`<${gs} key=${`${i.name}/${i.callflow_id}/${i.number}`} row=${i} taken=${s} onSaved=${a} />`)}</tbody>
        </table>`:l`<p>${o.loading}</p>`}
  </section>`}var vs=5e3;function ys({userId:e}){let[t,n]=$(null),[r,a]=$("");return S(()=>{let s=d=>d.filter(u=>u.device_type!=="cellphone"&&u.device_type!=="landline"),i=()=>y(`users/${e}/devices`).then(d=>n(s(d)),d=>a(d.message));i();let c=setInterval(i,vs);return()=>clearInterval(c)},[]),l`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${o.myDevices}</h3>
    <${C} message=${r} />
    ${t?t.length===0?o.none:l`<ul class="my-devices">
            ${t.map(s=>l`<li key=${s.id} data-device=${s.name}>
                <span class=${s.registered?"dot on":"dot"}>${s.name} · ${s.registered?o.registered:o.notRegistered}</span>
              </li>`)}
          </ul>`:o.loading}
  </div>`}function Fr(){let[e,t]=$(null),[n,r]=$("");return S(()=>{y(`users/${M.value.owner}`).then(t,a=>r(a.message))},[]),l`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:o.myPhone}</h2>
    <${C} message=${n} />
    ${e&&l`<div class="stack">
      <${ys} userId=${e.id} />
      <${Ke} user=${e} onSaved=${t} />
      <${Xe} userId=${e.id} />
      <${ue} username=${e.username} />
    </div>`}
  </section>`}async function ws(e,t){let n=await fetch("/v2/"+X(`vmboxes/${e}/greeting`),{method:"POST",headers:{"X-Auth-Token":M.value.token,"Content-Type":on(t),Accept:"application/json"},body:t});if(!n.ok)throw new q(n.status,await n.json().catch(()=>null))}function Tr({box:e}){let[t,n]=$(""),[r,a]=$(""),[s,i]=$(null),[c,d]=$({}),[u,f]=$(""),[m,b]=$(!1),p=()=>y(`vmboxes/${e.id}`).then(v=>b(!!(v.media&&v.media.unavailable)),()=>{});S(p,[]);let _=v=>`${v}_${e.mailbox}`;async function h(v){v.preventDefault(),f("");let w={};if(/^\d{4,6}$/.test(t)?t!==r&&(w.again=o.pinMismatch):w.pin=o.pinDigits,d(w),!Object.keys(w).length)try{await B(`vmboxes/${e.id}`,{pin:t}),n(""),a(""),f("pin")}catch(N){d({pin:N.fields.pin||N.message})}}async function g(v){if(v.preventDefault(),f(""),!s||!it(s))return d({greeting:o.greetingType});d({});try{await ws(e.id,s),f("greeting"),p()}catch(w){d({greeting:w.fields.media||w.message})}}return l`<div class="card" data-settings=${e.mailbox}>
    <h3>${o.boxSettings(e.name,e.mailbox)}</h3>
    <form onSubmit=${h} novalidate>
      <${x} id=${_("pin")} label=${o.newPin} type="password" value=${t} onInput=${n} error=${c.pin} inputmode="numeric" autocomplete="new-password" />
      <${x} id=${_("pin_again")} label=${o.newPinAgain} type="password" value=${r} onInput=${a} error=${c.again} inputmode="numeric" autocomplete="new-password" />
      <div class="bar"><button type="submit">${o.changePin}</button>${u==="pin"&&l`<span class="ok" role="status">${o.pinChanged}</span>`}</div>
    </form>
    <form onSubmit=${g} novalidate>
      <div class="field">
        <label for=${_("greeting")}>${o.greeting}</label>
        <input id=${_("greeting")} type="file" accept="audio/wav,audio/mpeg,.wav,.mp3" aria-invalid=${c.greeting?"true":void 0}
          onChange=${v=>i(v.target.files[0]||null)} />
        ${c.greeting&&l`<p class="error" id=${_("greeting")+"-error"} role="alert">${c.greeting}</p>`}
        <p class="hint">${m?o.greetingSet:o.greetingNone}</p>
      </div>
      <div class="bar"><button type="submit">${o.uploadGreeting}</button>${u==="greeting"&&l`<span class="ok" role="status">${o.greetingSaved}</span>`}</div>
    </form>
  </div>`}function Ir(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(""),i=()=>y("vmboxes?paginate=false").then(t,c=>s(c.message));return S(i,[]),n?l`<${lt}
      box=${n}
      onDone=${()=>{r(null),i()}}
    />`:l`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${o.vmboxes}</h2>
    <${C} message=${a} />
    ${e?e.length===0?l`<p>${o.noBox}</p>`:l`<ul class="numbers">
            ${e.map(c=>l`<li key=${c.id} data-vmbox=${c.mailbox}>
                <span>${c.name} (${c.mailbox}) · ${o.messageCount(c.messages||0)}</span>
                <button onClick=${()=>r(c)} aria-label=${o.messagesOf(c.name)}>${o.messages}</button>
              </li>`)}
          </ul>`:l`<p>${o.loading}</p>`}
    ${e&&l`<div class="stack">${e.map(c=>l`<${Tr} key=${c.id} box=${c} />`)}</div>`}
  </section>`}var xs={dashboard:[o.dashboard,Xn],users:[o.users,So],devices:[o.devices,Po],groups:[o.groups,xr],calls:[o.callLogs,Oo],main:[o.mainNumber,tt],voicemail:[o.vmboxes,hr],conferences:[o.conferences,Mr],codes:[o.featureCodes,Or],numbers:[o.numbers,Nr],settings:[o.settings,mr]},ks={me:[o.myPhone,Fr],myvoicemail:[o.vmboxes,Ir],mycalls:[o.myCalls,Fo]},ct=()=>M.value&&M.value.admin===!1?ks:xs,sn=K(location.hash.slice(1));addEventListener("hashchange",()=>sn.value=location.hash.slice(1));var Cs=()=>sn.value in ct()?sn.value:Object.keys(ct())[0],Dr=null;ae(()=>{let e=M.value;e||(se.value=null),e&&e.admin!==!1&&Dr!==e.token&&(Dr=e.token,ir().catch(()=>{}))});function Ss(){if(!M.value)return l`<${Kn} />`;let e=Cs(),[,t]=ct()[e];return l`<header>
      <strong>${o.app}</strong>
      <nav aria-label=${o.menu}>
        ${Object.entries(ct()).map(([n,[r]])=>l`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${r}</a>`)}
      </nav>
      <button class="plain" onClick=${He}>${o.logout}</button>
    </header>
    <main>${se.value?l`<${dr} />`:l`<${t} key=${e} />`}</main>`}vt(l`<${Ss} />`,document.getElementById("app"));
