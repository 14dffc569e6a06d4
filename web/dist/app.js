var Oe,D,$n,bt,te,un,hn,pt,bn,_t,$t,ht,qr,_e={},_n=[],zr=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,gt=Array.isArray;function Z(e,t){for(var n in t)e[n]=t[n];return e}function vt(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Me(e,t,n){var r,a,s,i={};for(s in t)s=="key"?r=t[s]:s=="ref"?a=t[s]:i[s]=t[s];if(arguments.length>2&&(i.children=arguments.length>3?Oe.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)i[s]===void 0&&(i[s]=e.defaultProps[s]);return Pe(e,i,r,a,null)}function Pe(e,t,n,r,a){var s={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:a??++$n,__i:-1,__u:0};return a==null&&D.vnode!=null&&D.vnode(s),s}function Te(e){return e.children}function ne(e,t){this.props=e,this.context=t}function ie(e,t){if(t==null)return e.__?ie(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?ie(e):null}function gn(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return gn(e)}}function mn(e){(!e.__d&&(e.__d=!0)&&te.push(e)&&!Fe.__r++||un!==D.debounceRendering)&&((un=D.debounceRendering)||hn)(Fe)}function Fe(){var e,t,n,r,a,s,i,c;for(te.sort(pt);e=te.shift();)e.__d&&(t=te.length,r=void 0,s=(a=(n=e).__v).__e,i=[],c=[],n.__P&&((r=Z({},a)).__v=a.__v+1,D.vnode&&D.vnode(r),yt(n.__P,r,a,n.__n,n.__P.namespaceURI,32&a.__u?[s]:null,i,s??ie(a),!!(32&a.__u),c),r.__v=a.__v,r.__.__k[r.__i]=r,wn(i,r,c),r.__e!=s&&gn(r)),te.length>t&&te.sort(pt));Fe.__r=0}function vn(e,t,n,r,a,s,i,c,d,u,p){var m,b,f,_,h,g,v=r&&r.__k||_n,w=t.length;for(d=Kr(n,t,v,d,w),m=0;m<w;m++)(f=n.__k[m])!=null&&(b=f.__i===-1?_e:v[f.__i]||_e,f.__i=m,g=yt(e,f,b,a,s,i,c,d,u,p),_=f.__e,f.ref&&b.ref!=f.ref&&(b.ref&&wt(b.ref,null,f),p.push(f.ref,f.__c||_,f)),h==null&&_!=null&&(h=_),4&f.__u||b.__k===f.__k?d=yn(f,d,e):typeof f.type=="function"&&g!==void 0?d=g:_&&(d=_.nextSibling),f.__u&=-7);return n.__e=h,d}function Kr(e,t,n,r,a){var s,i,c,d,u,p=n.length,m=p,b=0;for(e.__k=new Array(a),s=0;s<a;s++)(i=t[s])!=null&&typeof i!="boolean"&&typeof i!="function"?(d=s+b,(i=e.__k[s]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?Pe(null,i,null,null,null):gt(i)?Pe(Te,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?Pe(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,c=null,(u=i.__i=Yr(i,n,d,m))!==-1&&(m--,(c=n[u])&&(c.__u|=2)),c==null||c.__v===null?(u==-1&&b--,typeof i.type!="function"&&(i.__u|=4)):u!=d&&(u==d-1?b--:u==d+1?b++:(u>d?b--:b++,i.__u|=4))):e.__k[s]=null;if(m)for(s=0;s<p;s++)(c=n[s])!=null&&!(2&c.__u)&&(c.__e==r&&(r=ie(c)),xn(c,c));return r}function yn(e,t,n){var r,a;if(typeof e.type=="function"){for(r=e.__k,a=0;r&&a<r.length;a++)r[a]&&(r[a].__=e,t=yn(r[a],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=ie(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Yr(e,t,n,r){var a,s,i=e.key,c=e.type,d=t[n];if(d===null||d&&i==d.key&&c===d.type&&!(2&d.__u))return n;if(r>(d!=null&&!(2&d.__u)?1:0))for(a=n-1,s=n+1;a>=0||s<t.length;){if(a>=0){if((d=t[a])&&!(2&d.__u)&&i==d.key&&c===d.type)return a;a--}if(s<t.length){if((d=t[s])&&!(2&d.__u)&&i==d.key&&c===d.type)return s;s++}}return-1}function fn(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||zr.test(t)?n:n+"px"}function Ee(e,t,n,r,a){var s;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||fn(e.style,t,"");if(n)for(t in n)r&&n[t]===r[t]||fn(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(bn,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=n,n?r?n.u=r.u:(n.u=_t,e.addEventListener(t,s?ht:$t,s)):e.removeEventListener(t,s?ht:$t,s);else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function pn(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=_t++;else if(t.t<n.u)return;return n(D.event?D.event(t):t)}}}function yt(e,t,n,r,a,s,i,c,d,u){var p,m,b,f,_,h,g,v,w,N,C,O,E,T,V,z,he,Y=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(d=!!(32&n.__u),s=[c=t.__e=n.__e]),(p=D.__b)&&p(t);e:if(typeof Y=="function")try{if(v=t.props,w="prototype"in Y&&Y.prototype.render,N=(p=Y.contextType)&&r[p.__c],C=p?N?N.props.value:p.__:r,n.__c?g=(m=t.__c=n.__c).__=m.__E:(w?t.__c=m=new Y(v,C):(t.__c=m=new ne(v,C),m.constructor=Y,m.render=Zr),N&&N.sub(m),m.props=v,m.state||(m.state={}),m.context=C,m.__n=r,b=m.__d=!0,m.__h=[],m._sb=[]),w&&m.__s==null&&(m.__s=m.state),w&&Y.getDerivedStateFromProps!=null&&(m.__s==m.state&&(m.__s=Z({},m.__s)),Z(m.__s,Y.getDerivedStateFromProps(v,m.__s))),f=m.props,_=m.state,m.__v=t,b)w&&Y.getDerivedStateFromProps==null&&m.componentWillMount!=null&&m.componentWillMount(),w&&m.componentDidMount!=null&&m.__h.push(m.componentDidMount);else{if(w&&Y.getDerivedStateFromProps==null&&v!==f&&m.componentWillReceiveProps!=null&&m.componentWillReceiveProps(v,C),!m.__e&&(m.shouldComponentUpdate!=null&&m.shouldComponentUpdate(v,m.__s,C)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(m.props=v,m.state=m.__s,m.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(be){be&&(be.__=t)}),O=0;O<m._sb.length;O++)m.__h.push(m._sb[O]);m._sb=[],m.__h.length&&i.push(m);break e}m.componentWillUpdate!=null&&m.componentWillUpdate(v,m.__s,C),w&&m.componentDidUpdate!=null&&m.__h.push(function(){m.componentDidUpdate(f,_,h)})}if(m.context=C,m.props=v,m.__P=e,m.__e=!1,E=D.__r,T=0,w){for(m.state=m.__s,m.__d=!1,E&&E(t),p=m.render(m.props,m.state,m.context),V=0;V<m._sb.length;V++)m.__h.push(m._sb[V]);m._sb=[]}else do m.__d=!1,E&&E(t),p=m.render(m.props,m.state,m.context),m.state=m.__s;while(m.__d&&++T<25);m.state=m.__s,m.getChildContext!=null&&(r=Z(Z({},r),m.getChildContext())),w&&!b&&m.getSnapshotBeforeUpdate!=null&&(h=m.getSnapshotBeforeUpdate(f,_)),c=vn(e,gt(z=p!=null&&p.type===Te&&p.key==null?p.props.children:p)?z:[z],t,n,r,a,s,i,c,d,u),m.base=t.__e,t.__u&=-161,m.__h.length&&i.push(m),g&&(m.__E=m.__=null)}catch(be){if(t.__v=null,d||s!=null)if(be.then){for(t.__u|=d?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;s[s.indexOf(c)]=null,t.__e=c}else for(he=s.length;he--;)vt(s[he]);else t.__e=n.__e,t.__k=n.__k;D.__e(be,t,n)}else s==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):c=t.__e=Xr(n.__e,t,n,r,a,s,i,d,u);return(p=D.diffed)&&p(t),128&t.__u?void 0:c}function wn(e,t,n){for(var r=0;r<n.length;r++)wt(n[r],n[++r],n[++r]);D.__c&&D.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(s){s.call(a)})}catch(s){D.__e(s,a.__v)}})}function Xr(e,t,n,r,a,s,i,c,d){var u,p,m,b,f,_,h,g=n.props,v=t.props,w=t.type;if(w=="svg"?a="http://www.w3.org/2000/svg":w=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),s!=null){for(u=0;u<s.length;u++)if((f=s[u])&&"setAttribute"in f==!!w&&(w?f.localName==w:f.nodeType==3)){e=f,s[u]=null;break}}if(e==null){if(w==null)return document.createTextNode(v);e=document.createElementNS(a,w,v.is&&v),c&&(D.__m&&D.__m(t,s),c=!1),s=null}if(w===null)g===v||c&&e.data===v||(e.data=v);else{if(s=s&&Oe.call(e.childNodes),g=n.props||_e,!c&&s!=null)for(g={},u=0;u<e.attributes.length;u++)g[(f=e.attributes[u]).name]=f.value;for(u in g)if(f=g[u],u!="children"){if(u=="dangerouslySetInnerHTML")m=f;else if(!(u in v)){if(u=="value"&&"defaultValue"in v||u=="checked"&&"defaultChecked"in v)continue;Ee(e,u,null,f,a)}}for(u in v)f=v[u],u=="children"?b=f:u=="dangerouslySetInnerHTML"?p=f:u=="value"?_=f:u=="checked"?h=f:c&&typeof f!="function"||g[u]===f||Ee(e,u,f,g[u],a);if(p)c||m&&(p.__html===m.__html||p.__html===e.innerHTML)||(e.innerHTML=p.__html),t.__k=[];else if(m&&(e.innerHTML=""),vn(e,gt(b)?b:[b],t,n,r,w=="foreignObject"?"http://www.w3.org/1999/xhtml":a,s,i,s?s[0]:n.__k&&ie(n,0),c,d),s!=null)for(u=s.length;u--;)vt(s[u]);c||(u="value",w=="progress"&&_==null?e.removeAttribute("value"):_!==void 0&&(_!==e[u]||w=="progress"&&!_||w=="option"&&_!==g[u])&&Ee(e,u,_,g[u],a),u="checked",h!==void 0&&h!==e[u]&&Ee(e,u,h,g[u],a))}return e}function wt(e,t,n){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(a){D.__e(a,n)}}function xn(e,t,n){var r,a;if(D.unmount&&D.unmount(e),(r=e.ref)&&(r.current&&r.current!==e.__e||wt(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(s){D.__e(s,t)}r.base=r.__P=null}if(r=e.__k)for(a=0;a<r.length;a++)r[a]&&xn(r[a],t,n||typeof e.type!="function");n||vt(e.__e),e.__c=e.__=e.__e=void 0}function Zr(e,t,n){return this.constructor(e,n)}function xt(e,t,n){var r,a,s,i;t==document&&(t=document.documentElement),D.__&&D.__(e,t),a=(r=typeof n=="function")?null:n&&n.__k||t.__k,s=[],i=[],yt(t,e=(!r&&n||t).__k=Me(Te,null,[e]),a||_e,_e,t.namespaceURI,!r&&n?[n]:a?null:t.firstChild?Oe.call(t.childNodes):null,s,!r&&n?n:a?a.__e:t.firstChild,r,i),wn(s,e,i)}Oe=_n.slice,D={__e:function(e,t,n,r){for(var a,s,i;t=t.__;)if((a=t.__c)&&!a.__)try{if((s=a.constructor)&&s.getDerivedStateFromError!=null&&(a.setState(s.getDerivedStateFromError(e)),i=a.__d),a.componentDidCatch!=null&&(a.componentDidCatch(e,r||{}),i=a.__d),i)return a.__E=a}catch(c){e=c}throw e}},$n=0,bt=function(e){return e!=null&&e.constructor==null},ne.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=Z({},this.state),typeof e=="function"&&(e=e(Z({},n),this.props)),e&&Z(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),mn(this))},ne.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),mn(this))},ne.prototype.render=Te,te=[],hn=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,pt=function(e,t){return e.__v.__b-t.__v.__b},Fe.__r=0,bn=/(PointerCapture)$|Capture$/i,_t=0,$t=pn(!1),ht=pn(!0),qr=0;var Cn=function(e,t,n,r){var a;t[0]=0;for(var s=1;s<t.length;s++){var i=t[s++],c=t[s]?(t[0]|=i?1:2,n[t[s++]]):t[++s];i===3?r[0]=c:i===4?r[1]=Object.assign(r[1]||{},c):i===5?(r[1]=r[1]||{})[t[++s]]=c:i===6?r[1][t[++s]]+=c+"":i?(a=e.apply(c,Cn(e,c,n,["",null])),r.push(a),c[0]?t[0]|=2:(t[s-2]=0,t[s]=a)):r.push(c)}return r},kn=new Map;function Sn(e){var t=kn.get(this);return t||(t=new Map,kn.set(this,t)),(t=Cn(this,t.get(e)||(t.set(e,t=function(n){for(var r,a,s=1,i="",c="",d=[0],u=function(b){s===1&&(b||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,b,i):s===3&&(b||i)?(d.push(3,b,i),s=2):s===2&&i==="..."&&b?d.push(4,b,0):s===2&&i&&!b?d.push(5,0,!0,i):s>=5&&((i||!b&&s===5)&&(d.push(s,0,i,a),s=6),b&&(d.push(s,b,0,a),s=6)),i=""},p=0;p<n.length;p++){p&&(s===1&&u(),u(p));for(var m=0;m<n[p].length;m++)r=n[p][m],s===1?r==="<"?(u(),d=[d],s=3):i+=r:s===4?i==="--"&&r===">"?(s=1,i=""):i=r+i[0]:c?r===c?c="":i+=r:r==='"'||r==="'"?c=r:r===">"?(u(),s=1):s&&(r==="="?(s=5,a=i,i=""):r==="/"&&(s<5||n[p][m+1]===">")?(u(),s===3&&(d=d[0]),s=d,(d=d[0]).push(2,0,s),s=0):r===" "||r==="	"||r===`
`||r==="\r"?(u(),s=2):i+=r),s===3&&i==="!--"&&(s=4,d=d[0])}return u(),d}(e)),t),arguments,[])).length>1?t:t[0]}var l=Sn.bind(Me);var ge,H,kt,Nn,Ae=0,An=[],j=D,En=j.__b,Pn=j.__r,Fn=j.diffed,On=j.__c,Mn=j.unmount,Tn=j.__;function St(e,t){j.__h&&j.__h(H,e,Ae||t),Ae=0;var n=H.__H||(H.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function $(e){return Ae=1,Jr(Ln,e)}function Jr(e,t,n){var r=St(ge++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Ln(void 0,t),function(c){var d=r.__N?r.__N[0]:r.__[0],u=r.t(d,c);d!==u&&(r.__N=[u,r.__[1]],r.__c.setState({}))}],r.__c=H,!H.u)){var a=function(c,d,u){if(!r.__c.__H)return!0;var p=r.__c.__H.__.filter(function(b){return!!b.__c});if(p.every(function(b){return!b.__N}))return!s||s.call(this,c,d,u);var m=r.__c.props!==c;return p.forEach(function(b){if(b.__N){var f=b.__[0];b.__=b.__N,b.__N=void 0,f!==b.__[0]&&(m=!0)}}),s&&s.call(this,c,d,u)||m};H.u=!0;var s=H.shouldComponentUpdate,i=H.componentWillUpdate;H.componentWillUpdate=function(c,d,u){if(this.__e){var p=s;s=void 0,a(c,d,u),s=p}i&&i.call(this,c,d,u)},H.shouldComponentUpdate=a}return r.__N||r.__}function S(e,t){var n=St(ge++,3);!j.__s&&Dn(n.__H,t)&&(n.__=e,n.i=t,H.__H.__h.push(n))}function Nt(e){return Ae=5,De(function(){return{current:e}},[])}function De(e,t){var n=St(ge++,7);return Dn(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function Qr(){for(var e;e=An.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(Ie),e.__H.__h.forEach(Ct),e.__H.__h=[]}catch(t){e.__H.__h=[],j.__e(t,e.__v)}}j.__b=function(e){H=null,En&&En(e)},j.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Tn&&Tn(e,t)},j.__r=function(e){Pn&&Pn(e),ge=0;var t=(H=e.__c).__H;t&&(kt===H?(t.__h=[],H.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(Ie),t.__h.forEach(Ct),t.__h=[],ge=0)),kt=H},j.diffed=function(e){Fn&&Fn(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(An.push(t)!==1&&Nn===j.requestAnimationFrame||((Nn=j.requestAnimationFrame)||ea)(Qr)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),kt=H=null},j.__c=function(e,t){t.some(function(n){try{n.__h.forEach(Ie),n.__h=n.__h.filter(function(r){return!r.__||Ct(r)})}catch(r){t.some(function(a){a.__h&&(a.__h=[])}),t=[],j.__e(r,n.__v)}}),On&&On(e,t)},j.unmount=function(e){Mn&&Mn(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(r){try{Ie(r)}catch(a){t=a}}),n.__H=void 0,t&&j.__e(t,n.__v))};var In=typeof requestAnimationFrame=="function";function ea(e){var t,n=function(){clearTimeout(r),In&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,100);In&&(t=requestAnimationFrame(n))}function Ie(e){var t=H,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),H=t}function Ct(e){var t=H;e.__c=e.__(),H=t}function Dn(e,t){return!e||e.length!==t.length||t.some(function(n,r){return n!==e[r]})}function Ln(e,t){return typeof t=="function"?t(e):t}var ta=Symbol.for("preact-signals");function Et(){if(oe>1)oe--;else{var e,t=!1;for(function(){var a=Ue;for(Ue=void 0;a!==void 0;){var s=a.S;if(s.v===a.v)for(var i=s.t;i!==void 0;i=i.x)i.i===a.i&&(i.i=s.i);a=a.o}}();ye!==void 0;){var n=ye;for(ye=void 0,Le++;n!==void 0;){var r=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&Hn(n))try{n.c()}catch(a){t||(e=a,t=!0)}n=r}}if(Le=0,oe--,t)throw e}}var ve,U=void 0;function we(e){var t=U,n=ve;U=void 0,ve=void 0;try{return e()}finally{U=t,ve=n}}var ye=void 0,oe=0,Le=0;var Un=0,Ue=void 0,Be=0;function Bn(e){if(U!==void 0){var t=e.n;if(t===void 0||t.t!==U)return t={i:0,S:e,p:U.s,n:void 0,t:U,e:void 0,x:void 0,r:t},U.s!==void 0&&(U.s.n=t),U.s=t,e.n=t,32&U.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=U.s,t.n=void 0,U.s.n=t,U.s=t),t}}function G(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}G.prototype.brand=ta;G.prototype.h=function(){return!0};G.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:we(function(){var r;(r=t.W)==null||r.call(t)}))};G.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,r=e.x;n!==void 0&&(n.x=r,e.e=void 0),r!==void 0&&(r.e=n,e.x=void 0),e===this.t&&(this.t=r,r===void 0&&we(function(){var a;(a=t.Z)==null||a.call(t)}))}};G.prototype.subscribe=function(e){var t=this;return ae(function(){var n=t.value;we(function(){return e(n)})},{name:"sub"})};G.prototype.valueOf=function(){return this.value};G.prototype.toString=function(){return this.value+""};G.prototype.toJSON=function(){return this.value};G.prototype.peek=function(){var e=this;return we(function(){return e.value})};Object.defineProperty(G.prototype,"value",{get:function(){var e=Bn(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Le>100)throw new Error("Cycle detected");(function(n){oe!==0&&Le===0&&n.l!==Un&&(n.l=Un,Ue={S:n,v:n.v,i:n.i,o:Ue})})(this),this.v=e,this.i++,Be++,oe++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{Et()}}}});function q(e,t){return new G(e,t)}function Hn(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function Rn(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function jn(e){for(var t=e.s,n=void 0;t!==void 0;){var r=t.p;t.i===-1?(t.S.U(t),r!==void 0&&(r.n=t.n),t.n!==void 0&&(t.n.p=r)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=r}e.s=n}function re(e,t){G.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Be-1,this.f=4}re.prototype=new G;re.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Be))return!0;if(this.g=Be,this.f|=1,this.i>0&&!Hn(this))return this.f&=-2,!0;var e=U;try{Rn(this),U=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return U=e,jn(this),this.f&=-2,!0};re.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}G.prototype.S.call(this,e)};re.prototype.U=function(e){if(this.t!==void 0&&(G.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};re.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(re.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=Bn(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function Pt(e,t){return new re(e,t)}function Gn(e){var t=e.j;if(e.j=void 0,typeof t=="function"){oe++;var n=U;U=void 0;try{t()}catch(r){throw e.f&=-2,e.f|=8,Ft(e),r}finally{U=n,Et()}}}function Ft(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,Gn(e)}function na(e){if(U!==this)throw new Error("Out-of-order effect");jn(this),U=e,this.f&=-2;try{8&this.f&&Ft(this)}finally{Et()}}function le(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,ve&&ve.push(this)}le.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};le.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,Gn(this),Rn(this),oe++;var e=U;return U=this,na.bind(this,e)};le.prototype.N=function(){2&this.f||(this.f|=2,this.u=ye,ye=this)};le.prototype.d=function(){this.f|=8,1&this.f||Ft(this)};le.prototype.dispose=function(){this.d()};function ae(e,t){var n=new le(e,t);try{n.c()}catch(a){throw n.d(),a}var r=n.d.bind(n);return r[Symbol.dispose]=r,r}var Mt,Ot;function ce(e,t){D[e]=t.bind(null,D[e]||function(){})}function He(e){Ot&&Ot(),Ot=e&&e.S()}function Wn(e){var t=this,n=e.data,r=ra(n);r.value=n;var a=De(function(){for(var s=t.__v;s=s.__;)if(s.__c){s.__c.__$f|=4;break}return t.__$u.c=function(){var i,c=t.__$u.S(),d=a.value;c(),bt(d)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=d},Pt(function(){var i=r.value.value;return i===0?0:i===!0?"":i||""})},[]);return a.value}Wn.displayName="_st";Object.defineProperties(G.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:Wn},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});ce("__b",function(e,t){if(typeof t.type=="string"){var n,r=t.props;for(var a in r)if(a!=="children"){var s=r[a];s instanceof G&&(n||(t.__np=n={}),n[a]=s,r[a]=s.peek())}}e(t)});ce("__r",function(e,t){He();var n,r=t.__c;r&&(r.__$f&=-2,(n=r.__$u)===void 0&&(r.__$u=n=function(a){var s;return ae(function(){s=this}),s.c=function(){r.__$f|=1,r.setState({})},s}())),Mt=r,He(n),e(t)});ce("__e",function(e,t,n,r){He(),Mt=void 0,e(t,n,r)});ce("diffed",function(e,t){He(),Mt=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var r=t.__np,a=t.props;if(r){var s=n.U;if(s)for(var i in s){var c=s[i];c!==void 0&&!(i in r)&&(c.d(),s[i]=void 0)}else n.U=s={};for(var d in r){var u=s[d],p=r[d];u===void 0?(u=oa(n,d,p,a),s[d]=u):u.o(p,a)}}}e(t)});function oa(e,t,n,r){var a=t in e&&e.ownerSVGElement===void 0,s=q(n);return{o:function(i,c){s.value=i,r=c},d:ae(function(){var i=s.value.value;r[t]!==i&&(r[t]=i,a?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}ce("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var r=n.U;if(r){n.U=void 0;for(var a in r){var s=r[a];s&&s.d()}}}}else{var i=t.__c;if(i){var c=i.__$u;c&&(i.__$u=void 0,c.d())}}e(t)});ce("__h",function(e,t,n,r){(r<3||r===9)&&(t.__$f|=2),e(t,n,r)});ne.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var r in t)return!0;for(var a in e)if(a!=="__source"&&e[a]!==this.props[a])return!0;for(var s in this.props)if(!(s in e))return!0;return!1};function ra(e){return De(function(){return q(e)},[])}var aa=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],sa=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function Vn(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,r=new Uint32Array(n*16);t.forEach((d,u)=>r[u>>2]|=d<<u%4*8),r[t.length>>2]|=128<<t.length%4*8,r[n*16-2]=t.length*8>>>0,r[n*16-1]=Math.floor(t.length/536870912);let[a,s,i,c]=[1732584193,4023233417,2562383102,271733878];for(let d=0;d<r.length;d+=16){let[u,p,m,b]=[a,s,i,c];for(let f=0;f<64;f++){let _=f>>4,h,g;_===0?[h,g]=[p&m|~p&b,f]:_===1?[h,g]=[b&p|~b&m,(5*f+1)%16]:_===2?[h,g]=[p^m^b,(3*f+5)%16]:[h,g]=[m^(p|~b),7*f%16];let v=aa[_*4+f%4],w=u+h+sa[f]+r[d+g]>>>0;[u,b,m]=[b,m,p],p=p+(w<<v|w>>>32-v)>>>0}[a,s,i,c]=[a+u>>>0,s+p>>>0,i+m>>>0,c+b>>>0]}return[a,s,i,c].map(d=>[0,8,16,24].map(u=>(d>>>u&255).toString(16).padStart(2,"0")).join("")).join("")}var Tt="edgepbx.session",F=q(ia()),Re=q(0);function ia(){try{return JSON.parse(sessionStorage.getItem(Tt))||null}catch{return null}}var la=30*60*1e3,qn=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>qn=Date.now(),{passive:!0});setInterval(()=>F.value&&Date.now()-qn>la&&de(),60*1e3);var W=class extends Error{constructor(t,n){let r={},a=n&&n.data;if(t===400&&a&&typeof a=="object")for(let[s,i]of Object.entries(a)){let c=i&&typeof i=="object"?Object.values(i)[0]:null;r[s]=c&&c.message||String(i)}super(n&&(n.message||a&&a.message)||`HTTP ${t}`),this.status=t,this.fields=r,this.body=n}};async function L(e,t,n,r=F.value&&F.value.token){let a=F.value,s={Accept:"application/json"};r&&(s["X-Auth-Token"]=r),n!==void 0&&(s["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:s,body:n===void 0?void 0:JSON.stringify({data:n})}),c=await i.json().catch(()=>null);if(i.status===401&&a&&t!=="user_auth"&&de(),!i.ok)throw new W(i.status,c);return c}async function zn(e){let t=await fetch("/v2/"+X(e),{headers:{"X-Auth-Token":F.value.token,Accept:"audio/*"}});if(!t.ok)throw new W(t.status,await t.json().catch(()=>null));return t.blob()}var X=e=>`accounts/${F.value.account}/${e}`,y=async e=>(await L("GET",X(e))).data,P=async(e,t)=>(await L("PUT",X(e),t)).data,I=async(e,t)=>(await L("POST",X(e),t)).data,R=async(e,t)=>(await L("PATCH",X(e),t)).data,M=async e=>(await L("DELETE",X(e))).data,Kn=(e,t,n)=>L("PUT","user_auth",{credentials:Vn(`${t.toLowerCase()}:${n}`),account_name:e});async function Yn(e,t,n){let r=await Kn(e,t,n),a={token:r.auth_token,account:r.data.account_id,owner:r.data.owner_id,accountName:e},s=(await L("GET",`accounts/${a.account}/users/${a.owner}`,void 0,a.token)).data;a.admin=s.priv_level==="admin",sessionStorage.setItem(Tt,JSON.stringify(a)),F.value=a}function de(){sessionStorage.removeItem(Tt),F.value=null}async function Xn(e,t){try{return await Kn(F.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var o={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension, phones, voicemail box and conference bridge?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,vmboxOf:e=>`${e}'s VmBox`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",extProposed:e=>`${e} is the next free extension.`,extLength:e=>`The office's extensions have ${e} digits (Settings, Country and extensions)`,failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",wdayLong:{monday:"Monday",tuesday:"Tuesday",wednesday:"Wednesday",thursday:"Thursday",friday:"Friday",saturday:"Saturday",sunday:"Sunday"},dayOpens:e=>`${e} opens`,dayCloses:e=>`${e} closes`,lunchBreak:"Lunch break",lunchStarts:"Lunch starts",lunchEnds:"Lunch ends",badLunch:"Lunch must end after it starts",template:"Template",applyTemplate:"Use template",templates:{weekdays9to17:"Mon\u2013Fri 9\u201317",weekdays8to18:"Mon\u2013Fri 8\u201318",monSat9to17:"Mon\u2013Sat 9\u201317"},hoursCsv:"Hours as CSV (day,open,close per line)",hoursCsvFile:"CSV file of hours",importHours:"Import hours",hoursCsvColumns:"a line has three fields: day,open,close",hoursCsvDay:e=>`"${e}" is not a weekday`,hoursCsvTime:"times are HH:MM (24 hours)",hoursCsvTwice:e=>`${e} is listed twice`,hoursCsvEmpty:"No hours in the file",hoursImported:"Imported; check the days and Save.",holidays:"Holidays",holidayName:"Holiday name",holidayKind:"Kind of holiday",holidayKinds:{date:"A date",range:"A date range",advanced:"Advanced (such as the fourth Thursday of November)"},holidayFrom:"Date",holidayTo:"Until",holidayOrdinal:"Which",holidayWday:"Weekday",holidayMonth:"Month",addHoliday:"Add holiday",noHolidays:"No holidays yet.",pickDate:"Pick a date",rangeBackwards:"The range ends before it starts",rangeTooLong:"A range covers less than a year",needName:"Give it a name",months:["January","February","March","April","May","June","July","August","September","October","November","December"],ordinals:{first:"First",second:"Second",third:"Third",fourth:"Fourth",fifth:"Fifth",last:"Last"},nthWeekday:(e,t,n)=>`${e} ${t} of ${n}`,openNow:"Open now",lunchNow:"Lunch break",closedNow:"Closed",holidayNow:e=>`Closed (holiday: ${e})`,closesAt:(e,t)=>`${e}, closes ${t}`,opensAt:(e,t)=>`${e}, opens ${t}`,changesAt:(e,t)=>`${e} until ${t}`,incomingHandling:"Incoming call handling",windows:{MainOpenHours:"Calls in open hours",MainLunchHours:"Calls at lunch",MainAfterHours:"Calls after hours",MainHolidays:"Calls on holidays"},handling:"Calls go to",handlingKinds:{menu:"The virtual receptionist (menu)",user:"A user",user_vm:"A user, then their voicemail",voicemail:"A voicemail box"},handlingUser:"User",handlingVmbox:"Voicemail box",noMenu:"This window has no menu yet",menuKeys:"Keys callers press",menuKey:e=>`Key ${e}`,keyElsewhere:"(set in the Callflows app)",pickUser:"Pick a user",pickVmbox:"Pick a voicemail box",userNoVmbox:"This user has no voicemail box",mainConference:"Main conference number",mainConfNumber:"Conference number",badConfNumber:"A number of 2 to 15 digits, optionally starting with +",confGreeting:"Greeting callers hear first (spoken by the box)",saveConference:"Save conference number",clockNotSet:"The box's clock is not set: calls take the after-hours way until it is",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepLocale:"Country and extensions",locale:"Country and extensions",localeHint:"The country sets the tones callers hear and how analog phones ring and show caller ID; choosing it proposes its time zone and prompt language. New users get the next free extension of the length set here.",country:"Country",countryNone:"Not set (US tones)",promptLanguage:"Prompt language (such as en-gb)",extensionLength:"Extension length (digits, 2 to 8)",extLengthRange:"A number from 2 to 8",proposedZone:e=>`Time zone ${e} is saved with the country (change it under Office).`,stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",clockUnset:"The box does not know the date and time yet: office hours are not applied (calls take the default route) until a time server answers.",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)",check_if_owner:"No PIN asked on the box user's own phones (auto-login)",transcribe:"Transcribe messages to text (in the message and its mail; needs the speech-to-text service)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},moveTo:"Move to box",move:"Move",transcript:"Text",play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,groupFeatures:"Group features",recordGroupCalls:"Record calls to the group",recordLimit:"Longest recording (s)",recordLimitRange:"From 5 to 10800 seconds",groupRingback:"Callers hear while it rings",phoneRingback:"Normal ringing",allowForward:"Allow call forward (members' forwarding is followed)",cidNamePrefix:"Caller ID name prefix",cidNumberPrefix:"Caller ID number prefix",prefixTooLong:e=>`At most ${e} characters`,numberPrefix:"Digits only (* and # too), + first, at most 15",softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,assignTo:e=>`Assign ${e} to`,assignPick:"Assign to\u2026",assign:"Assign",unassign:"Unassign",assignUser:e=>`User ${e}`,assignGroup:e=>`Group ${e}`,assignConference:e=>`Conference ${e}`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",providerAddress:"Address shown to providers",providerAddressOwn:"the box's own",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"},featureCodes:"Feature codes",fcHint:"Codes dialled from any phone of the office. A code with \u2026 takes a number dialled after it. Turning a code off frees it.",fcWhat:"What it does",fcCode:"Code",fcOn:"On",fcNotRun:"This box does not run this code yet.",fcDigits:"1 to 6 digits",fcTaken:e=>`${e} is already another code`,fcNames:{"call_forward[action=activate]":"Turn call forwarding on (to the number dialled after the code, else asked for)","call_forward[action=deactivate]":"Turn call forwarding off","call_forward[action=toggle]":"Turn call forwarding on or off","call_forward[action=update]":"Change the call forwarding number","hotdesk[action=login]":"Hot desking: sign in at this phone","hotdesk[action=logout]":"Hot desking: sign out of this phone","hotdesk[action=toggle]":"Hot desking: sign in or out","voicemail[action=check]":"Check voicemail (box number after the code, else asked for)","voicemail[single_mailbox_login]":"Check voicemail, asking for the box number",'voicemail[action="direct"]':"Leave a message straight in a box (box number after the code)",intercom:"Intercom: the extension after the code answers on its speaker","privacy[mode=full]":"Hide your caller ID for the number after the code",park_and_retrieve:"Park a call in the slot after the code, or pick it up",valet:"Park a call in the next free slot",retrieve:"Pick up the call parked in the slot after the code",directed_ext_pickup:"Answer the extension after the code while it rings","do_not_disturb[action=activate]":"Turn do not disturb on","do_not_disturb[action=deactivate]":"Turn do not disturb off","do_not_disturb[action=toggle]":"Turn do not disturb on or off",move:"Move the call to another of your phones"},followMe:"Find me follow me",followMeHint:"A call to your extension rings the phones picked here, each from its start for its ring time.",followMeOn:"Ring my phones by this timeline",pickPhone:"Pick at least one phone",ringCell:"Ring my cell phone too",cellNumber:"Cell phone number",cellHint:"An outside call: it asks whoever answers to press 1, and numbers you may not call are refused.",boxSettings:(e,t)=>`PIN and greeting of ${e} (${t})`,newPin:"New PIN (4 to 6 digits)",newPinAgain:"New PIN again",pinMismatch:"The two PINs differ",changePin:"Change PIN",pinChanged:"PIN changed.",uploadGreeting:"Upload greeting",greetingSaved:"Greeting saved.",storage:"Storage (data partition)",storageUse:(e,t)=>`${e.toFixed(1)} GB used of ${t.toFixed(1)} GB`,lastBackup:"Last backup",backupAt:e=>`${e} UTC`,neverBackedUp:"never",certificate:"Certificate expires",certExpires:(e,t)=>`${e} (in ${t} days)`,unknown:"unknown",diskFull:e=>`The data partition is nearly full: ${e} GB free`,certSoon:e=>`The box's certificate expires in ${e} days`,certExpired:"The box's certificate has expired",csvImport:"Import users from a CSV file",csvHint:"A header line, then one user a line. Columns: first_name, last_name, username, extension, password (all needed), email, phone (yes: a desk phone). Nothing is made while a line is wrong.",csvFile:"CSV file",csvProblems:"Lines to fix",csvEmpty:"The file is empty",csvColumns:e=>`Missing columns: ${e}`,csvUnknown:e=>`Unknown columns: ${e}`,csvNoUsers:"No users in the file",csvExtra:"more fields than columns",csvDuplicate:e=>`the same as on line ${e}`,csvLine:(e,t,n)=>`Line ${e}: ${t?`${t}: `:""}${n}`,csvField:{first_name:"first name",last_name:"last name",username:"user name",email:"email",extension:"extension",password:"password"},csvMade:(e,t)=>`${e} of ${t} users made.`,stepMail:"Mail relay",mailRelay:"Mail relay (SMTP)",mailRelayHint:"The server the box sends its mails through: voicemail to email and missed-call alerts.",relayServer:"Server (host name or address)",relayHost:"A host name or IP address",port:"Port",relayPort:"A port from 1 to 65535",relayTls:"Encryption",tlsModes:{if_available:"STARTTLS when offered",always:"TLS always",never:"None"},relayUser:"Login (empty: none)",relayPasswordKeep:"Password (empty: keep the one set)",relayFrom:"Sender address",testTo:"Send a test mail to",sendTest:"Send a test mail",sending:"Sending\u2026",testSent:e=>`Sent to ${e}: the relay took it.`,stepLine:"Outside line",outsideLines:"Outside lines",noLines:"No outside line yet.",addLine:"Add an outside line",lineServer:"Provider's server",lineNumber:"Number or SIP user name",lineAuth:"Login, if not the number",linePassword:"SIP password",lineRealm:"Domain (realm), if not the server",lineRegister:"Register with the provider",lineStates:{registered:"registered",trying:"registering\u2026",failed:"registration failed",not_registering:"not registering"},ringMyPhone:"Ring my phone",ringPhonePick:"Phone to ring",ringPhoneHint:"The phone rings; answer it and the box says its extension, then goodbye.",ringing:e=>`Ringing ${e}: answer it.`,noRegisteredPhone:"No phone is registered yet: connect one (or a softphone), then come back to this step.",call:"Call",callFrom:e=>`Call from ${e}`,callNumber:"Number to call",callStarted:(e,t)=>`${e} rings: answer it to call ${t}.`,actions:"Actions",editLine:e=>`Edit the outside line ${e}`,confirmDeleteLine:e=>`Delete the outside line ${e}? Calls out no longer use it.`,fxoLines:"Analog lines (FXO)",fxoStates:{idle:"up",busy:"in use",down:"down"},fxoDialTone:{yes:"dial tone",no:"no dial tone",checking:"checking for dial tone\u2026",unknown:"dial tone not checked yet"},fxoUse:"Use as outside line",fxoInUse:e=>`Outside line: ${e}`,fxoLineName:e=>`Analog line ${e}`,withVmbox:"Give this user a voice mailbox",vmPin:"Voice mailbox PIN (4 to 6 digits; empty: none yet)",features:"Features",featuresOf:e=>`Features of ${e}`,callerId:"Caller ID",cidInternalName:"Internal name",cidInternalNumber:"Internal number",cidExternalName:"External name",cidExternalNumber:"External number",cidAccountDefault:"The office's number",cidNameLength:"At most 35 characters",failover:"Call failover",failoverHint:"When none of this user's phones is reachable (not registered), calls go to this number.",failoverOn:"Forward when the phones are unreachable",hotdesk:"Hot desking",hotdeskHint:"Log in on any phone of the office with the hot desk code (*11) and this ID.",hotdeskOn:"Hot desking on",hotdeskId:"Hot desk ID (digits)",hotdeskPin:"Hot desk PIN",hotdeskIdDigits:"1 to 15 digits",hotdeskPinDigits:"4 to 15 digits",hotdeskRequirePin:"Ask for the PIN",hotdeskKeep:"Stay logged in on other phones",musicOnHold:"Music on hold",mohMedia:"Music callers hear when this user holds them",mohDefault:"The office's music",recording:"Call recording",recordLeg:{inbound_onnet:"Calls from colleagues",inbound_offnet:"Calls from outside",outbound_onnet:"Calls to colleagues",outbound_offnet:"Calls to outside numbers"},recordingLimitLabel:"Longest recording (seconds)",recordingLimit:"5 to 10800 seconds",noExtensionYet:"This user has no extension yet: save the user first.",userVmbox:(e,t)=>`${e} (${t})`,vmOnNoAnswer:"Unanswered calls go to this box",noVmboxYet:e=>`No voicemail box yet. Make one with mailbox ${e}:`,makeVmbox:"Make the voicemail box",confBridge:"Conference bridge",confBridgeIs:(e,t)=>`${e}, dial ${t}`,makeConfBridge:"Make the conference bridge",conferenceOf:e=>`${e}'s conference`,faxboxNotSupported:"Faxbox: the box has no fax yet.",backup:"Backup",backupHint:"Everything the box stores (users, phones, numbers, voicemail, settings) in one file. Restoring a backup replaces all of it.",downloadBackup:"Download backup",downloading:"Preparing the backup\u2026",backupSaved:(e,t)=>`Saved ${e} (${(t/1024).toFixed(0)} KB).`,restoreFile:"Backup file to restore",restoreBackup:"Restore from backup",pickBackup:"Pick a backup file",confirmRestore:e=>`Replace everything on the box with the backup ${e}? What changed since it was taken is lost.`,restoring:"Restoring\u2026",restored:e=>`Restored from a backup of ${(e/1024).toFixed(0)} KB.`,restoredSignIn:"Restored. Your sign-in is not in the restored data: sign in with an account from the backup.",tlsCertificate:"Certificate (HTTPS and SIP over TLS)",certSubject:"Issued to",certIssuer:"Issued by",certExpiry:"Expires",noName:"(no name)",certFile:"Certificate (PEM)",keyFile:"Private key (PEM)",pemHint:"Pick the file or paste its text.",pemFile:e=>`${e}: file`,pickPem:"A PEM text is needed",uploadCertificate:"Install certificate",certInstalled:"Certificate installed: the box uses it now.",banThresholds:"Ban thresholds",banThresholdsHint:"A source address that fails SIP authentication this many times within the window is banned (0: never); one that fails to sign in (panel, API, phone provisioning) this many times within 5 minutes too.",banFailures:"Failed authentications",banWindow:"Within (seconds)",banSeconds:"Ban for (seconds)",loginFailures:"Failed sign-ins",loginBanSeconds:"Sign-in ban (seconds)",wholeNumber:(e,t)=>`A whole number from ${e} to ${t}`};function x({id:e,label:t,value:n,onInput:r,error:a,type:s="text",required:i,autocomplete:c,inputmode:d}){let u=`${e}-error`;return l`<div class="field">
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
      onInput=${p=>r(p.target.value)}
    />
    ${a&&l`<p class="error" id=${u} role="alert">${a}</p>`}
  </div>`}function k({message:e}){return e?l`<p class="banner" role="alert">${e}</p>`:null}function A({id:e,label:t,checked:n,onChange:r}){return l`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${a=>r(a.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function Zn(){let[e,t]=$({account:"",username:"",password:""}),[n,r]=$(!1),[a,s]=$(""),i=d=>u=>t({...e,[d]:u});async function c(d){d.preventDefault(),r(!0),s("");try{await Yn(e.account.trim(),e.username.trim(),e.password)}catch(u){s(u.status===401?o.badLogin:u.message),r(!1)}}return l`<main class="login">
    <form onSubmit=${c} aria-label=${o.login}>
      <h1>${o.app}</h1>
      <${k} message=${a} />
      <${x} id="account" label=${o.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${x} id="username" label=${o.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${x} id="password" label=${o.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?o.signingIn:o.login}</button>
    </form>
  </main>`}var ca=5e3;async function da(){let e=await y("resources?paginate=false");return(await Promise.all(e.map(n=>y(`resources/${n.id}/status`).then(r=>[n,r])))).flatMap(([n,r])=>r.gateways.filter(a=>a.state==="failed").map(a=>o.trunkDown(n.name||n.id,a.server)))}var Jn=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function ua(){let[e,t,n]=await Promise.all([y("devices?with_status=true&paginate=false"),y("channels"),y("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function ma(e){var n;let t={};for(let r of e){let a=t[n=r.device_type||"sip_device"]||(t[n]=[0,0]);a[0]+=1,r.registered&&(a[1]+=1)}return Object.entries(t).map(([r,[a,s]])=>[r,a,s]).sort((r,a)=>a[1]-r[1]||r[0].localeCompare(a[0]))}var fa=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function pa(){let[e,t,n,r,a,s,i]=await Promise.all([y("users?paginate=false"),y("phone_numbers"),Jn(L("GET","system_status").then(d=>d.data),null),Jn(y("sip_bans"),[]),da(),y("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),y("conferences?paginate=false")]),c=Object.values(t.numbers||{});return{users:e.length,numbers:c.length,spare:c.filter(d=>!d.used_by).length,version:n&&n.software_version,provider:n&&{address:n.provider_address},clockUnset:!!(n&&n.clock&&n.clock.set===!1),main:fa(s.flatMap(d=>d.numbers||[])),conference:i.flatMap(d=>d.conference_numbers||[]),box:n&&ba(n),alerts:[...r.map(d=>o.banned(d.ip,d.reason)),...a,...n?_a(n):[]]}}var It=1024**3,$a=.9,ha=30;function ba({storage:e,last_backup:t,certificate:n}){return{storage:e?o.storageUse((e.total_bytes-e.free_bytes)/It,e.total_bytes/It):o.unknown,backup:t?o.backupAt(new Date(t.time_unix*1e3).toISOString().slice(0,16).replace("T"," ")):o.neverBackedUp,cert:n?o.certExpires(new Date(n.expires_unix*1e3).toISOString().slice(0,10),n.days_left):o.unknown}}function _a({storage:e,certificate:t}){let n=[];return e&&e.total_bytes&&1-e.free_bytes/e.total_bytes>=$a&&n.push(o.diskFull(Math.round(e.free_bytes/It*10)/10)),t&&t.days_left<ha&&n.push(t.days_left<0?o.certExpired:o.certSoon(t.days_left)),n}function ue({id:e,label:t,value:n}){return l`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function Qn(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$("");S(()=>{pa().then(t,p=>s(p.message));let d=()=>ua().then(r,p=>s(p.message));d();let u=setInterval(d,ca);return()=>clearInterval(u)},[]);let i=n?n.devices.filter(d=>d.registered).length:"\u2026",c=n?n.ports.filter(d=>d.state==="down"||d.alarm).map(d=>o.portDown(d.name,d.alarm)):[];return l`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${o.dashboard}</h2>
    <${k} message=${a} />
    ${e&&e.clockUnset&&l`<p class="banner" role="alert" data-alert="clock">${o.clockUnset}</p>`}
    <div class="tiles">
      <${ue} id="users" label=${o.users} value=${e?e.users:"\u2026"} />
      <${ue} id="devices" label=${o.devices} value=${n?n.devices.length:"\u2026"} />
      <${ue} id="registered" label=${o.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${ue} id="calls" label=${o.callsNow} value=${n?n.calls:"\u2026"} />
      <${ue} id="numbers" label=${o.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&l`<${ue} id="version" label=${o.softwareVersion} value=${e.version} />`}
    </div>
    ${n&&l`<h3>${o.devicesByType}</h3>
      <ul class="by-type">
        ${ma(n.devices).map(([d,u,p])=>l`<li key=${d} data-type=${d}>${o.deviceTypes[d]||d}: ${o.registeredOf(p,u)}</li>`)}
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
  </section>`}var At={record:!1,record_limit:"600",ringback:"",allow_forward:!1,cid_name_prefix:"",cid_number_prefix:""};function eo(e){let t={},n=e;for(;n&&(n.module==="record_call"||n.module==="prepend_cid");)t[n.module]=n.data||{},n=(n.children||{})._;return{found:t,inner:n}}var Dt=e=>eo(e).inner;function to(e,t){let{found:n}=eo(e),r=n.record_call,a=n.prepend_cid||{};return{record:!!r&&r.action!=="stop",record_limit:String(r&&r.time_limit||At.record_limit),ringback:t.ringback||"",allow_forward:t.ignore_forward===!1||t.ignore_forward==="false",cid_name_prefix:a.caller_id_name_prefix||"",cid_number_prefix:a.caller_id_number_prefix||""}}function no(e){return{ignore_forward:!e.allow_forward,...e.ringback?{ringback:e.ringback}:{}}}function oo(e,t){let n=t;return(e.cid_name_prefix||e.cid_number_prefix)&&(n={module:"prepend_cid",data:{action:"prepend",caller_id_name_prefix:e.cid_name_prefix,caller_id_number_prefix:e.cid_number_prefix},children:{_:n}}),e.record&&(n={module:"record_call",data:{action:"start",time_limit:Number(e.record_limit)},children:{_:n}}),n}var ga={time_limit:"record_limit",caller_id_name_prefix:"cid_name_prefix",caller_id_number_prefix:"cid_number_prefix",ignore_forward:"allow_forward",ringback:"ringback"},ro=e=>ga[e.split(".").pop()];function ao(e){let t={};return e.record&&!(/^\d+$/.test(e.record_limit)&&Number(e.record_limit)>=5&&Number(e.record_limit)<=10800)&&(t.record_limit=o.recordLimitRange),e.cid_name_prefix.length>32&&(t.cid_name_prefix=o.prefixTooLong(32)),/^\+?[0-9*#]{0,15}$/.test(e.cid_number_prefix)||(t.cid_number_prefix=o.numberPrefix),t}function so({f:e,set:t,media:n,errors:r}){return l`<fieldset class="group-features">
    <legend>${o.groupFeatures}</legend>
    <div class="feature-grid">
      <${A} id="group_record" label=${o.recordGroupCalls} checked=${e.record} onChange=${t("record")} />
      ${e.record&&l`<${x} id="group_record_limit" label=${o.recordLimit} value=${e.record_limit} onInput=${t("record_limit")} error=${r.record_limit} inputmode="numeric" />`}
      <div class="field">
        <label for="group_ringback">${o.groupRingback}</label>
        <select id="group_ringback" value=${e.ringback} onChange=${a=>t("ringback")(a.target.value)}>
          <option value="">${o.phoneRingback}</option>
          ${n.map(a=>l`<option key=${a.id} value=${a.id}>${a.name||a.id}</option>`)}
        </select>
        ${r.ringback&&l`<p class="error" role="alert">${r.ringback}</p>`}
      </div>
      <${A} id="group_allow_forward" label=${o.allowForward} checked=${e.allow_forward} onChange=${t("allow_forward")} />
      <${x} id="group_cid_name_prefix" label=${o.cidNamePrefix} value=${e.cid_name_prefix} onInput=${t("cid_name_prefix")} error=${r.cid_name_prefix} />
      <${x} id="group_cid_number_prefix" label=${o.cidNumberPrefix} value=${e.cid_number_prefix} onInput=${t("cid_number_prefix")} error=${r.cid_number_prefix} inputmode="tel" />
    </div>
  </fieldset>`}var B=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),je=e=>`${e.first_name} ${e.last_name}`.trim();function Lt(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,r=>t[r%t.length]).join("")}function Ut(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:je(t),number:t.extension}},ui_metadata:B()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}var Ge=e=>({module:"voicemail",data:{id:e},children:{}}),We=(e,t)=>[t,...(e.numbers||[]).slice(1).filter(n=>n!==t)];function Ve(e,t,n,r){return{...e,type:"mainUserCallflow",owner_id:t.id,name:o.callflowOf(je(t)),numbers:We(e,n),contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:r?{_:Ge(r)}:{}},ui_metadata:B()}}function qe(e,t,n){return{name:o.vmboxOf(je(e)),mailbox:t,owner_id:e.id,pin:n||void 0,ui_metadata:B()}}function Bt(e){return{device_type:"sip_device",name:o.phoneOf(je(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${Lt(10)}`,password:Lt(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:B()}}var xe=15;function Ht(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||B()}}function Rt(e,t,n){let r=Math.max(...n.members.map(a=>a.delay+a.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[Lt(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:r,repeats:n.repeats,endpoints:n.members.map(a=>({id:a.id,endpoint_type:"user",delay:a.delay,timeout:a.timeout})),...no(n)},children:{}},ui_metadata:e.ui_metadata||B()}}var va=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function jt(e,t,n,r){return{...e,name:r.name,type:"userGroup",group_id:t.id,numbers:We(e,r.extension),flow:oo(r,{module:"callflow",data:{id:n.id},children:{_:va(r.next_vmbox)}}),ui_metadata:e.ui_metadata||B()}}function io(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((r,a)=>({...r,delay:a*n,timeout:n}))}function ya(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:e==="vmboxes"&&t==="mailbox"?"extension":e==="vmboxes"&&t==="pin"?"vm_pin":null}function wa(e,t){if(!(t instanceof W))throw t;let n={},r=[];for(let[a,s]of Object.entries(t.fields)){let i=ya(e,a);i?n[i]=s:r.push(`${a}: ${s}`)}throw t.fields=n,r.length&&(t.message=r.join("; ")),t}async function J(e,t,n){try{return await t()}catch(r){for(let a of n.reverse())await a().catch(()=>{});wa(e,r)}}async function ze(e){let t=[],n=await J("users",()=>P("users",Ut({},e)),t);t.push(()=>M(`users/${n.id}`));let r=null;e.vmbox&&(r=await J("vmboxes",()=>P("vmboxes",qe(n,e.extension,e.vm_pin)),t),t.push(()=>M(`vmboxes/${r.id}`)));let a=await J("callflows",()=>P("callflows",Ve({},n,e.extension,r&&r.id)),t);return t.push(()=>M(`callflows/${a.id}`)),e.phone&&await J("devices",()=>P("devices",Bt(n)),t),n}async function lo(e,t,n){let r=await y(`users/${e}`),a=await J("users",()=>I(`users/${e}`,Ut(r,t)),[]);if(n){let s=await y(`callflows/${n}`);await J("callflows",()=>I(`callflows/${n}`,Ve(s,a,t.extension)),[])}else await J("callflows",()=>P("callflows",Ve({},a,t.extension)),[]);return t.phone&&await J("devices",()=>P("devices",Bt(a)),[]),a}async function co(e){let t=["callflows","devices","vmboxes","conferences"],n=await Promise.all(t.map(r=>y(`${r}?filter_owner_id=${e}&paginate=false`)));for(let[r,a]of n.entries())for(let s of a)await M(`${t[r]}/${s.id}`);await M(`users/${e}`)}var xa=5e3;function Gt({ownerId:e}){let[t,n]=$([]),[r,a]=$("");return S(()=>{let s=!0;L("GET",`accounts/${F.value.account}`).then(d=>s&&a(d.data.realm||""));async function i(){let d=await y(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),u=await Promise.all(d.map(p=>y(`devices/${p.id}`)));s&&n(u.map((p,m)=>({...p,registered:d[m].registered})))}i().catch(()=>{});let c=setInterval(()=>i().catch(()=>{}),xa);return()=>{s=!1,clearInterval(c)}},[e]),t.map(s=>l`<div class="card" key=${s.id} aria-label=${o.sipCredentials}>
      <h3>${o.sipCredentials}: ${s.name}</h3>
      <dl>
        <dt>${o.sipUser}</dt><dd class="sip-user">${s.sip&&s.sip.username}</dd>
        <dt>${o.sipPassword}</dt><dd class="sip-password">${s.sip&&s.sip.password}</dd>
        <dt>${o.sipRealm}</dt><dd>${r}</dd>
        <dt>${o.status}</dt><dd class=${s.registered?"dot on":"dot"}>${s.registered?o.registered:o.notRegistered}</dd>
      </dl>
    </div>`)}function Wt(e,t){return e.length<12?o.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(r=>r.test(e)).length<3?o.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?o.pwUsername:""}function me({username:e,onDone:t}){let[n,r]=$({old:"",next:"",again:""}),[a,s]=$({}),[i,c]=$(""),[d,u]=$(!1),[p,m]=$(!1),b=_=>h=>r({...n,[_]:h});async function f(_){_.preventDefault(),m(!1);let h={};n.old||(h.old=o.required);let g=Wt(n.next,e);if(g?h.next=g:n.next===n.old&&(h.next=o.pwSame),n.again!==n.next&&(h.again=o.pwMismatch),s(h),!Object.keys(h).length){u(!0),c("");try{if(!await Xn(e,n.old)){s({old:o.pwOldWrong});return}await R(`users/${F.value.owner}`,{password:n.next,require_password_update:!1}),r({old:"",next:"",again:""}),m(!0),t&&t()}catch(v){s(v.fields||{}),c(v.message)}finally{u(!1)}}}return l`<form onSubmit=${f} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${o.changePassword}</h3>
    <p class="hint">${o.pwRules}</p>
    <${k} message=${i} />
    <${x} id="pw_old" label=${o.pwOld} type="password" value=${n.old} onInput=${b("old")} error=${a.old} autocomplete="current-password" />
    <${x} id="pw_new" label=${o.pwNew} type="password" value=${n.next} onInput=${b("next")} error=${a.next||a.password} autocomplete="new-password" />
    <${x} id="pw_again" label=${o.pwAgain} type="password" value=${n.again} onInput=${b("again")} error=${a.again} autocomplete="new-password" />
    ${p&&l`<p class="ok" role="status">${o.pwChanged}</p>`}
    <button type="submit" disabled=${d}>${d?o.saving:o.changePassword}</button>
  </form>`}var Q=q(void 0),uo=null;async function Ke(){let e=F.value.account;if(uo===e&&Q.value!==void 0)return Q.value;let{data:t}=await L("GET",`accounts/${e}`);return uo=e,Q.value=t.edgepbx&&t.edgepbx.extension_length||null,Q.value}function Vt(e,t){return t&&e&&e.length!==t?o.extLength(t):null}async function mo(e){let t=await y("callflows?paginate=false"),n=new Set(t.flatMap(a=>a.numbers||[])),r=10**e;for(let a=10**(e-1);a<r;a++)if(!n.has(String(a)))return String(a);return""}function qt(e,t,n){let r={};for(let s of["first_name","last_name","username","extension"])e[s].trim()||(r[s]=o.required);e.extension&&!/^\d{2,8}$/.test(e.extension)?r.extension=o.extDigits:Vt(e.extension,n)&&(r.extension=Vt(e.extension,n));let a=(t||e.password)&&Wt(e.password,e.username);return a&&(r.password=a),t&&e.vmbox&&e.vm_pin&&!/^\d{4,6}$/.test(e.vm_pin)&&(r.vm_pin=o.pinDigits),r}function Ye({user:e,onDone:t}){let n=!e.id,[r,a]=$({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n,vmbox:n,vm_pin:""}),[s,i]=$({}),[c,d]=$(""),[u,p]=$(!1),[m,b]=$(null),f=w=>N=>a({...r,[w]:N}),[_,h]=$("");S(()=>{Ke().then(w=>n&&!r.extension&&w&&mo(w)).then(w=>{w&&(h(w),a(N=>N.extension?N:{...N,extension:w}))}).catch(()=>{})},[]);async function g(w){w.preventDefault();let N=qt(r,n,Q.value);if(i(N),d(""),!Object.keys(N).length){p(!0);try{let C=n?await ze(r):await lo(e.id,r,e.callflow&&e.callflow.id);n||r.phone?b(C):t()}catch(C){i(C.fields||{}),d(`${o.failed} ${C.message}`)}p(!1)}}if(m)return l`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${m.first_name} ${m.last_name}</h2>
      <${Gt} ownerId=${m.id} />
      <button onClick=${()=>t({...m,extension:r.extension})}>${o.users}</button>
    </section>`;let v=e.devices&&e.devices.length>0;return l`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?o.addUser:o.editUser}</h2>
    <form onSubmit=${g} novalidate>
      <${k} message=${c} />
      <div class="grid">
        <${x} id="first_name" label=${o.firstName} value=${r.first_name} onInput=${f("first_name")} error=${s.first_name} required />
        <${x} id="last_name" label=${o.lastName} value=${r.last_name} onInput=${f("last_name")} error=${s.last_name} required />
        <${x} id="username" label=${o.username} value=${r.username} onInput=${f("username")} error=${s.username} required autocomplete="off" />
        <${x} id="email" label=${o.email} type="email" value=${r.email} onInput=${f("email")} error=${s.email} />
        <${x} id="new_password" label=${o.password} type="password" value=${r.password} onInput=${f("password")} error=${s.password} required=${n} autocomplete="new-password" />
        <${x} id="extension" label=${o.extension} value=${r.extension} onInput=${f("extension")} error=${s.extension} required inputmode="numeric" />
      </div>
      ${_&&l`<p class="hint" id="extension-proposed">${o.extProposed(_)}</p>`}
      ${!v&&l`<div class="check">
        <input type="checkbox" id="phone" checked=${r.phone} onChange=${w=>a({...r,phone:w.target.checked})} />
        <label for="phone">${o.deskPhone}</label>
      </div>`}
      ${n&&l`<${A} id="vmbox" label=${o.withVmbox} checked=${r.vmbox} onChange=${f("vmbox")} />
        ${r.vmbox&&l`<${x} id="vm_pin" label=${o.vmPin} type="password" value=${r.vm_pin} onInput=${f("vm_pin")} error=${s.vm_pin} inputmode="numeric" autocomplete="off" />`}`}
      <div class="bar">
        <button type="submit" disabled=${u}>${u?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
    ${v&&l`<${Gt} ownerId=${e.id} />`}
  </section>`}var ka=/^\+?\d{2,15}$/;function Ca(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function Xe({user:e,onSaved:t}){let[n,r]=$(Ca(e)),[a,s]=$({}),[i,c]=$(""),[d,u]=$(!1),[p,m]=$(!1),b=_=>h=>{u(!1),r({...n,[_]:h})};async function f(_){_.preventDefault();let h=n.forward&&!ka.test(n.number.trim())?{"call_forward.number":o.forwardNumber}:{};if(s(h),c(""),!Object.keys(h).length){m(!0);try{let g=await R(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});u(!0),t&&t(g)}catch(g){s(g.fields||{}),c(`${o.failed} ${g.message}`)}m(!1)}}return l`<form onSubmit=${f} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${o.callHandling}</h3>
    <${k} message=${i} />
    <${A} id="dnd" label=${o.dnd} checked=${n.dnd} onChange=${b("dnd")} />
    <${A} id="forward" label=${o.forward} checked=${n.forward} onChange=${b("forward")} />
    ${n.forward&&l`<fieldset>
      <${x} id="forward_number" label=${o.forwardTo} value=${n.number} onInput=${b("number")} error=${a["call_forward.number"]} inputmode="tel" />
      <${A} id="ring_devices" label=${o.ringDevicesToo} checked=${n.ring_devices} onChange=${b("ring_devices")} />
      <${A} id="direct_calls_only" label=${o.directCallsOnly} checked=${n.direct_calls_only} onChange=${b("direct_calls_only")} />
      <${A} id="keep_caller_id" label=${o.keepCallerId} checked=${n.keep_caller_id} onChange=${b("keep_caller_id")} />
      <${A} id="require_keypress" label=${o.requireKeypress} checked=${n.require_keypress} onChange=${b("require_keypress")} />
    </fieldset>`}
    ${d&&l`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit" disabled=${p}>${p?o.saving:o.save}</button>
  </form>`}var Ze=(e,t)=>/^\d+$/.test(String(e))&&Number(e)>=t&&Number(e)<=300;function Je({userId:e}){let[t,n]=$(null),[r,a]=$(null),[s,i]=$({}),[c,d]=$(""),[u,p]=$(!1),m=(h,g)=>{let v=Object.fromEntries(h.endpoints.map(C=>[C.id,C])),w=h.cellphone||{},N={on:!!w.enabled,number:w.number||"",delay:String(w.delay??0),timeout:String(w.timeout??20)};a({enabled:h.enabled,cell:N,rows:g.map(C=>({id:C.id,name:C.name,on:!!v[C.id],delay:String(v[C.id]?.delay??0),timeout:String(v[C.id]?.timeout??20)}))})};if(S(()=>{Promise.all([y(`users/${e}/find_me_follow_me`),y(`users/${e}/devices`)]).then(([h,g])=>{let v=g.filter(w=>w.device_type!=="cellphone");n(v),m(h,v)},h=>d(h.message))},[]),!r)return l`<div class="card"><h3>${o.followMe}</h3><${k} message=${c} />${!c&&o.loading}</div>`;let b=(h,g,v)=>a({...r,rows:r.rows.map((w,N)=>N===h?{...w,[g]:v}:w)}),f=h=>g=>a({...r,cell:{...r.cell,[h]:g}});async function _(h){h.preventDefault(),p(!1),d("");let g=r.rows.filter(N=>N.on),v={},{cell:w}=r;if(r.enabled&&!g.length&&!w.on&&(v.rows=o.pickPhone),w.on&&!/^\+?\d{3,15}$/.test(w.number.replace(/[\s().-]/g,""))&&(v.cell_number=o.badPhoneNumber),w.on&&(!Ze(w.delay,0)||!Ze(w.timeout,1))&&(v.cell=o.badTimeline),r.rows.forEach((N,C)=>{N.on&&(!Ze(N.delay,0)||!Ze(N.timeout,1))&&(v[C]=o.badTimeline)}),i(v),!Object.keys(v).length)try{let N=g.map(O=>({id:O.id,delay:Number(O.delay),timeout:Number(O.timeout)})),C=w.on?{number:w.number,delay:Number(w.delay),timeout:Number(w.timeout)}:null;m(await I(`users/${e}/find_me_follow_me`,{enabled:r.enabled,endpoints:r.enabled?N:[],cellphone:C}),t),p(!0)}catch(N){let C={};for(let[O,E]of Object.entries(N.fields||{})){let T=/^endpoints\.(\d+)\./.exec(O);T?C[r.rows.indexOf(g[Number(T[1])])]=E:O==="cellphone.number"?C.cell_number=E:O.startsWith("cellphone")?C.cell=E:C.rows=E}i(C),d(`${o.failed} ${N.message}`)}}return l`<form class="card" onSubmit=${_} novalidate aria-labelledby="fmfm-h">
    <h3 id="fmfm-h">${o.followMe}</h3>
    <p class="hint">${o.followMeHint}</p>
    <${k} message=${c} />
    <${A} id="fmfm_on" label=${o.followMeOn} checked=${r.enabled} onChange=${h=>a({...r,enabled:h})} />
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
      <${A} id="fmfm_cell" label=${o.ringCell} checked=${r.cell.on} onChange=${f("on")} />
      ${r.cell.on&&l`<p class="hint">${o.cellHint}</p>
        <div class="grid">
          <${x} id="fmfm_cell_number" label=${o.cellNumber} value=${r.cell.number} onInput=${f("number")} error=${s.cell_number} inputmode="tel" />
          <${x} id="fmfm_cell_delay" label=${o.startAfter} value=${r.cell.delay} onInput=${f("delay")} error=${s.cell} inputmode="numeric" />
          <${x} id="fmfm_cell_timeout" label=${o.ringFor} value=${r.cell.timeout} onInput=${f("timeout")} inputmode="numeric" />
        </div>`}`}
    <div class="bar"><button type="submit">${o.save}</button>${u&&l`<span class="ok" role="status">${o.saved}</span>`}</div>
  </form>`}function Sa(e,t){let n=e&&e.flow&&e.flow.children&&e.flow.children._;return!!n&&n.module==="voicemail"&&n.data&&n.data.id===t&&!n.data.skip_module}function Na(e,t,n){let r=n?Ge(t):{...Ge(t),data:{id:t,skip_module:!0}};return{...e,flow:{...e.flow,children:{...e.flow.children||{},_:r}}}}function fo({user:e,callflowId:t}){let[n,r]=$(null),[a,s]=$(""),[i,c]=$({}),[d,u]=$(""),[p,m]=$(!1),b=()=>Promise.all([y(`vmboxes?filter_owner_id=${e.id}&paginate=false`),t?y(`callflows/${t}`):null]).then(([N,C])=>r({box:N[0]||null,cf:C}),N=>u(N.message));if(S(()=>{b()},[]),!n)return l`<div class="card"><h3>${o.vmboxes}</h3><${k} message=${d} />${!d&&o.loading}</div>`;let{box:f,cf:_}=n;async function h(N,C){await I(`callflows/${_.id}`,Na(await y(`callflows/${_.id}`),N,C))}async function g(N){N.preventDefault(),m(!1),u("");let C=a&&!/^\d{4,6}$/.test(a)?{pin:o.pinDigits}:{};if(c(C),Object.keys(C).length)return;let O=null;try{O=await P("vmboxes",qe(e,_.numbers[0],a)),await h(O.id,!0),m(!0),b()}catch(E){O&&await M(`vmboxes/${O.id}`).catch(()=>{}),c({pin:(E.fields||{}).pin,mailbox:(E.fields||{}).mailbox}),u(`${o.failed} ${E.message}`)}}async function v(N){m(!1),u("");try{await h(f.id,N),m(!0),b()}catch(C){u(`${o.failed} ${C.message}`)}}let w=p&&l`<span class="ok" role="status">${o.saved}</span>`;return _?f?l`<div class="card" id="feature-voicemail">
      <h3>${o.vmboxes}</h3>
      <${k} message=${d} />
      <p data-vmbox=${f.mailbox}>${o.userVmbox(f.name,f.mailbox)}</p>
      <${A} id="vm_on" label=${o.vmOnNoAnswer} checked=${Sa(_,f.id)} onChange=${v} />
      ${w}
    </div>`:l`<form class="card" id="feature-voicemail" onSubmit=${g} novalidate>
    <h3>${o.vmboxes}</h3>
    <${k} message=${d} />
    <p class="hint">${o.noVmboxYet(_.numbers[0])}</p>
    <${x} id="feature_vm_pin" label=${o.vmPin} type="password" value=${a} onInput=${s} error=${i.pin||i.mailbox} inputmode="numeric" autocomplete="off" />
    <div class="bar"><button type="submit">${o.makeVmbox}</button>${w}</div>
  </form>`:l`<div class="card" id="feature-voicemail"><h3>${o.vmboxes}</h3><p>${o.noExtensionYet}</p></div>`}var po=e=>e.split(/[\s,;]+/).filter(Boolean);function $o(e){return{name:e.name.trim(),owner_id:e.owner_id,conference_numbers:[e.number],member:{pins:po(e.member_pins),join_muted:e.join_muted},moderator:{pins:po(e.moderator_pins)}}}var zt=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:We(e,n.number),flow:{module:"conference",data:{id:t.id},children:{}},...n.owner_id?{type:"conference",owner_id:n.owner_id}:{}});function ho(e){if(!(e instanceof W))throw e;let t={};for(let[n,r]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=r;throw e.fields=t,e}var bo=e=>y(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function Qe(e){let t=null;try{return t=await P("conferences",$o(e)),await P("callflows",zt({},t,e)),t}catch(n){t&&await M(`conferences/${t.id}`).catch(()=>{}),ho(n)}}async function _o(e,t){try{let n=await R(`conferences/${e}`,$o(t)),[r]=await bo(e);r?await I(`callflows/${r.id}`,zt(await y(`callflows/${r.id}`),n,t)):await P("callflows",zt({},n,t))}catch(n){ho(n)}}async function ke(e){for(let t of await bo(e))await M(`callflows/${t.id}`);await M(`conferences/${e}`)}var go=(e,t)=>R(`users/${e.id}`,{smartpbx:{conferencing:{enabled:t}}});function vo({user:e}){let[t,n]=$(void 0),[r,a]=$(""),[s,i]=$(""),[c,d]=$(""),u=()=>y(`conferences?filter_owner_id=${e.id}&paginate=false`).then(b=>n(b[0]||null),b=>d(b.message));S(()=>{u()},[]);async function p(b){if(b.preventDefault(),d(""),!/^\+?\d{2,15}$/.test(r))return i(o.extDigits);i("");let f=null;try{let _=o.conferenceOf(`${e.first_name} ${e.last_name}`.trim());f=await Qe({name:_,number:r,member_pins:"",moderator_pins:"",join_muted:!1,owner_id:e.id}),await go(e,!0),u()}catch(_){f&&await ke(f.id).catch(()=>{}),i((_.fields||{}).number||""),d(`${o.failed} ${_.message}`)}}async function m(){d("");try{await ke(t.id),await go(e,!1),u()}catch(b){d(`${o.failed} ${b.message}`)}}return t===void 0?l`<div class="card"><h3>${o.confBridge}</h3><${k} message=${c} />${!c&&o.loading}</div>`:t?l`<div class="card" id="feature-conference">
      <h3>${o.confBridge}</h3>
      <${k} message=${c} />
      <p data-conference=${(t.conference_numbers||[])[0]}>${o.confBridgeIs(t.name,(t.conference_numbers||[]).join(", "))}</p>
      <button type="button" class="danger" onClick=${m}>${o.del}</button>
    </div>`:l`<form class="card" id="feature-conference" onSubmit=${p} novalidate>
    <h3>${o.confBridge}</h3>
    <${k} message=${c} />
    <${x} id="feature_conf_number" label=${o.confNumber} value=${r} onInput=${a} error=${s} inputmode="tel" />
    <div class="bar"><button type="submit">${o.makeConfBridge}</button></div>
  </form>`}function fe({id:e,title:t,user:n,formOf:r,check:a,toPatch:s,body:i,onSaved:c}){let[d,u]=$(()=>r(n)),[p,m]=$({}),[b,f]=$(""),[_,h]=$(!1),[g,v]=$(!1),w=C=>O=>{h(!1),u(E=>({...E,[C]:O}))};async function N(C){C.preventDefault();let O=a?a(d):{};if(m(O),f(""),!Object.keys(O).length){v(!0);try{let E=await R(`users/${n.id}`,s(d));h(!0),c&&c(E)}catch(E){m(E.fields||{}),f(`${o.failed} ${E.message}`)}v(!1)}}return l`<form class="card" id=${e} onSubmit=${N} novalidate aria-labelledby=${e+"-h"}>
    <h3 id=${e+"-h"}>${t}</h3>
    <${k} message=${b} />
    ${i(d,w,p)}
    <div class="bar">
      <button type="submit" disabled=${g}>${g?o.saving:o.save}</button>
      ${_&&l`<span class="ok" role="status">${o.saved}</span>`}
    </div>
  </form>`}function Kt({id:e,label:t,value:n,options:r,onChange:a,error:s}){return l`<div class="field">
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>a(i.target.value)} aria-invalid=${s?"true":void 0}
      aria-describedby=${s?e+"-error":void 0}>
      ${r.map(([i,c])=>l`<option key=${i} value=${i}>${c}</option>`)}
    </select>
    ${s&&l`<p class="error" id=${e+"-error"} role="alert">${s}</p>`}
  </div>`}var wo=/^\+?\d{2,15}$/,yo=(e,t,n)=>new RegExp(`^\\d{${t},${n}}$`).test(e),Ea=e=>e.trim().length<=35;function xo({user:e,numbers:t}){let n=(r,a)=>e.caller_id&&e.caller_id[r]&&e.caller_id[r][a]||"";return l`<${fe}
    id="feature-caller-id"
    title=${o.callerId}
    user=${e}
    formOf=${()=>({int_name:n("internal","name"),int_number:n("internal","number"),ext_name:n("external","name"),ext_number:n("external","number")})}
    check=${r=>{let a={};r.int_number&&!wo.test(r.int_number)&&(a["caller_id.internal.number"]=o.forwardNumber);for(let[s,i]of[["int_name","caller_id.internal.name"],["ext_name","caller_id.external.name"]])Ea(r[s])||(a[i]=o.cidNameLength);return a}}
    toPatch=${r=>({caller_id:{internal:{name:r.int_name.trim()||null,number:r.int_number||null},external:{name:r.ext_name.trim()||null,number:r.ext_number||null}}})}
    body=${(r,a,s)=>l`<div class="grid">
      <${x} id="cid_int_name" label=${o.cidInternalName} value=${r.int_name} onInput=${a("int_name")} error=${s["caller_id.internal.name"]} />
      <${x} id="cid_int_number" label=${o.cidInternalNumber} value=${r.int_number} onInput=${a("int_number")} error=${s["caller_id.internal.number"]} inputmode="tel" />
      <${x} id="cid_ext_name" label=${o.cidExternalName} value=${r.ext_name} onInput=${a("ext_name")} error=${s["caller_id.external.name"]} />
      <${Kt} id="cid_ext_number" label=${o.cidExternalNumber} value=${r.ext_number} onChange=${a("ext_number")} error=${s["caller_id.external.number"]}
        options=${[["",o.cidAccountDefault],...[...new Set([...t,r.ext_number].filter(Boolean))].map(i=>[i,i])]} />
    </div>`}
  />`}function ko({user:e}){let t=e.call_failover||{};return l`<${fe}
    id="feature-failover"
    title=${o.failover}
    user=${e}
    formOf=${()=>({enabled:!!t.enabled,number:t.number||""})}
    check=${n=>n.enabled&&!wo.test(n.number.trim())?{"call_failover.number":o.forwardNumber}:{}}
    toPatch=${n=>({call_failover:{enabled:n.enabled,number:n.number.trim()||null}})}
    body=${(n,r,a)=>l`<p class="hint">${o.failoverHint}</p>
      <${A} id="failover_on" label=${o.failoverOn} checked=${n.enabled} onChange=${r("enabled")} />
      ${n.enabled&&l`<${x} id="failover_number" label=${o.forwardTo} value=${n.number} onInput=${r("number")} error=${a["call_failover.number"]} inputmode="tel" />`}`}
  />`}function Co({user:e}){let t=e.hotdesk||{};return l`<${fe}
    id="feature-hotdesk"
    title=${o.hotdesk}
    user=${e}
    formOf=${()=>({enabled:!!t.enabled,id:t.id||"",require_pin:!!t.require_pin,pin:t.pin||"",keep:!!t.keep_logged_in_elsewhere})}
    check=${n=>{let r={};return n.enabled&&!yo(n.id,1,15)&&(r["hotdesk.id"]=o.hotdeskIdDigits),n.enabled&&(n.require_pin||n.pin)&&!yo(n.pin,4,15)&&(r["hotdesk.pin"]=o.hotdeskPinDigits),r}}
    toPatch=${n=>({hotdesk:{enabled:n.enabled,id:n.id||null,require_pin:n.require_pin,pin:n.pin||null,keep_logged_in_elsewhere:n.keep}})}
    body=${(n,r,a)=>l`<p class="hint">${o.hotdeskHint}</p>
      <${A} id="hotdesk_on" label=${o.hotdeskOn} checked=${n.enabled} onChange=${r("enabled")} />
      ${n.enabled&&l`<div class="grid">
          <${x} id="hotdesk_id" label=${o.hotdeskId} value=${n.id} onInput=${r("id")} error=${a["hotdesk.id"]} inputmode="numeric" />
          <${x} id="hotdesk_pin" label=${o.hotdeskPin} type="password" value=${n.pin} onInput=${r("pin")} error=${a["hotdesk.pin"]} inputmode="numeric" autocomplete="off" />
        </div>
        <${A} id="hotdesk_require_pin" label=${o.hotdeskRequirePin} checked=${n.require_pin} onChange=${r("require_pin")} />
        <${A} id="hotdesk_keep" label=${o.hotdeskKeep} checked=${n.keep} onChange=${r("keep")} />`}`}
  />`}function So({user:e,media:t}){return l`<${fe}
    id="feature-moh"
    title=${o.musicOnHold}
    user=${e}
    formOf=${()=>({media_id:e.music_on_hold&&e.music_on_hold.media_id||""})}
    toPatch=${n=>({music_on_hold:{media_id:n.media_id||null}})}
    body=${(n,r,a)=>l`<${Kt} id="moh_media" label=${o.mohMedia} value=${n.media_id} onChange=${r("media_id")} error=${a["music_on_hold.media_id"]}
      options=${[["",o.mohDefault],...t.map(s=>[s.id,s.name||s.id])]} />`}
  />`}var Ce=[["inbound","onnet"],["inbound","offnet"],["outbound","onnet"],["outbound","offnet"]],ee=(e,t)=>`${e}_${t}`;function No({user:e}){let t=e.call_recording||{},n=(r,a)=>t[r]&&t[r][a]||{};return l`<${fe}
    id="feature-recording"
    title=${o.recording}
    user=${e}
    formOf=${()=>({...Object.fromEntries(Ce.map(([r,a])=>[ee(r,a),n(r,a).enabled===!0])),time_limit:String(Ce.map(([r,a])=>n(r,a).time_limit).find(r=>r!==void 0)??3600)})}
    check=${r=>/^\d+$/.test(r.time_limit)&&Number(r.time_limit)>=5&&Number(r.time_limit)<=10800?{}:{time_limit:o.recordingLimit}}
    toPatch=${r=>{let a={};for(let[s,i]of Ce)a[s]={...a[s],[i]:{enabled:r[ee(s,i)],time_limit:Number(r.time_limit)}};return{call_recording:a,smartpbx:{call_recording:{enabled:Ce.some(([s,i])=>r[ee(s,i)])}}}}}
    body=${(r,a,s)=>l`${Ce.map(([i,c])=>l`<${A} key=${ee(i,c)} id=${"rec_"+ee(i,c)} label=${o.recordLeg[ee(i,c)]} checked=${r[ee(i,c)]} onChange=${a(ee(i,c))} />`)}
      <${x} id="rec_time_limit" label=${o.recordingLimitLabel} value=${r.time_limit} onInput=${a("time_limit")} error=${s.time_limit} inputmode="numeric" />`}
  />`}function Eo({user:e,onDone:t}){let n=e.id,r=e.callflow&&e.callflow.id,[a,s]=$(null),[i,c]=$("");S(()=>{Promise.all([y(`users/${n}`),y("phone_numbers"),y("media?paginate=false")]).then(([p,m,b])=>s({user:p,numbers:Object.keys(m&&m.numbers||{}),media:b}),p=>c(p.message))},[n]);let d=l`<button type="button" class="plain" onClick=${t}>${o.users}</button>`;if(!a)return l`<section><h2>${o.features}</h2><${k} message=${i} />${!i&&o.loading} ${d}</section>`;let{user:u}=a;return l`<section aria-labelledby="features-panel-h" class="features">
    <div class="bar"><h2 id="features-panel-h">${o.featuresOf(`${u.first_name} ${u.last_name}`)}</h2>${d}</div>
    <${Xe} user=${u} />
    <${ko} user=${u} />
    <${xo} user=${u} numbers=${a.numbers} />
    <${fo} user=${u} callflowId=${r} />
    <${Je} userId=${u.id} />
    <${Co} user=${u} />
    <${vo} user=${u} />
    <${So} user=${u} media=${a.media} />
    <${No} user=${u} />
    <p class="hint">${o.faxboxNotSupported}</p>
    ${d}
  </section>`}async function Pa(){let[e,t,n]=await Promise.all([y("users?paginate=false"),y("callflows?filter_type=mainUserCallflow&paginate=false"),y("devices?with_status=true&paginate=false")]);return e.map(r=>{let a=t.find(s=>s.owner_id===r.id);return{...r,callflow:a,extension:a&&a.numbers?a.numbers[0]:"",devices:n.filter(s=>s.owner_id===r.id)}})}function Po(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(null),[i,c]=$(""),d=()=>Pa().then(t,p=>c(p.message));S(d,[]);async function u(p){if(confirm(o.confirmDelete(`${p.first_name} ${p.last_name}`))){try{await co(p.id)}catch(m){c(m.message)}d()}}return a?l`<${Eo} user=${a} onDone=${()=>s(null)} />`:n?l`<${Ye}
      user=${n}
      onDone=${()=>{r(null),d()}}
    />`:l`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${o.users}</h2>
      <button onClick=${()=>r({})}>${o.addUser}</button>
    </div>
    <${k} message=${i} />
    ${e?e.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.users}>
            <thead><tr><th>${o.name}</th><th>${o.username}</th><th>${o.extension}</th><th>${o.devices}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(p=>l`<tr key=${p.id} data-user=${p.username}>
                  <td data-label=${o.name}>${p.first_name} ${p.last_name}</td>
                  <td data-label=${o.username}>${p.username}</td>
                  <td data-label=${o.extension} class="ext">${p.extension}</td>
                  <td data-label=${o.devices}>
                    ${p.devices.map(m=>l`<span class=${m.registered?"dot on":"dot"}>${m.name} · ${m.registered?o.registered:o.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>r(p)} aria-label=${`${o.edit} ${p.username}`}>${o.edit}</button>
                    <button onClick=${()=>s(p)} aria-label=${`${o.features} ${p.username}`}>${o.features}</button>
                    ${p.id!==F.value.owner&&l`<button class="danger" onClick=${()=>u(p)} aria-label=${`${o.del} ${p.username}`}>${o.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}function Fo(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$(""),[i,c]=$("");S(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([u,p])=>{let m=f=>p.find(_=>_.id===f),b=u.filter(f=>f.registered).map(f=>{let _=m(f.owner_id);return{id:f.id,label:_?`${_.first_name} ${_.last_name} \xB7 ${f.name}`:f.name}});t(b),b.length&&r(b[0].id)},u=>c(u.message))},[]);let d=async()=>{c(""),s("");try{await P(`devices/${n}/ring_test`,{}),s(o.ringing(e.find(u=>u.id===n).label))}catch(u){c(u.message)}};return e?l`<div class="ring-my-phone">
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
    <${k} message=${i} />
  </div>`:l`<${k} message=${i} />`}function Oo({device:e}){let[t,n]=$(!1),[r,a]=$(""),[s,i]=$(""),[c,d]=$(""),[u,p]=$("");return t?l`<form class="call-from" onSubmit=${async b=>{b.preventDefault(),d(""),p(""),i("");try{await y(`devices/${e.id}/quickcall/${encodeURIComponent(r)}?auto_answer=false`),i(o.callStarted(e.name,r))}catch(f){f.fields&&f.fields.number?p(f.fields.number):d(f.message)}}}>
    <${x} id=${`call-${e.id}`} label=${o.callNumber} value=${r} onInput=${a} error=${u} inputmode="tel" required />
    <button type="submit">${o.call}</button>
    ${s&&l`<p role="status">${s}</p>`}
    <${k} message=${c} />
  </form>`:l`<button type="button" class="plain" aria-label=${o.callFrom(e.name)} onClick=${()=>n(!0)}>
      ${o.call}
    </button>`}function Mo(){let[e,t]=$(null),[n,r]=$("");return S(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([a,s])=>{let i=c=>s.find(d=>d.id===c);t(a.map(c=>({...c,owner:i(c.owner_id)})))},a=>r(a.message))},[]),l`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${o.devices}</h2>
    <${k} message=${n} />
    ${e?e.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.devices}>
            <thead><tr><th>${o.name}</th><th>${o.type}</th><th>${o.sipUser}</th><th>${o.owner}</th><th>${o.status}</th><th>${o.actions}</th></tr></thead>
            <tbody>
              ${e.map(a=>l`<tr key=${a.id}>
                  <td data-label=${o.name}>${a.name}</td>
                  <td data-label=${o.type}>${a.device_type}</td>
                  <td data-label=${o.sipUser}>${a.username}</td>
                  <td data-label=${o.owner}>${a.owner?`${a.owner.first_name} ${a.owner.last_name}`:""}</td>
                  <td data-label=${o.status}><span class=${a.registered?"dot on":"dot"}>${a.registered?o.registered:o.notRegistered}</span></td>
                  <td data-label=${o.actions}>${a.registered&&l`<${Oo} device=${a} />`}</td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}var Fa=86400,Oa=62167219200;function Ma({leg:e}){return l`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function Ta({call:e,withLegs:t}){let[n,r]=$(null),[a,s]=$(!1);async function i(){s(!a),n||r(await y(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return l`<tr class="call" data-call=${e.call_id}>
      <td data-label=${o.when}>${t?l`<button class="plain" aria-expanded=${a} onClick=${i}>${e.datetime}</button>`:e.datetime}</td>
      <td data-label=${o.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${o.to}>${e.dialed_number}</td>
      <td data-label=${o.duration}>${e.duration_seconds}s</td>
      <td data-label=${o.result}>${e.hangup_cause}</td>
    </tr>
    ${a&&l`<tr class="legs"><td colspan="5">
      <h3>${o.legs}</h3>
      ${n?l`<ul>${n.map(c=>l`<${Ma} key=${c.id} leg=${c} />`)}</ul>`:o.loading}
    </td></tr>`}`}function To({path:e,title:t,withLegs:n}){let[r,a]=$(null),[s,i]=$("");return S(()=>{let c=Math.floor(Date.now()/1e3)+Oa;y(`${e}?created_from=${c-7*Fa}&created_to=${c+60}&page_size=100`).then(a,d=>i(d.message))},[]),l`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${k} message=${s} />
    ${r?r.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${t}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.to}</th><th>${o.duration}</th><th>${o.result}</th></tr></thead>
            <tbody>${r.map(c=>l`<${Ta} key=${c.id} call=${c} withLegs=${n} />`)}</tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}var Io=()=>l`<${To} path="cdrs/interaction" title=${o.callLogs} withLegs=${!0} />`,Ao=()=>l`<${To} path=${`users/${F.value.owner}/cdrs`} title=${o.myCalls} withLegs=${!1} />`;var Ia=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],Aa=["undefinedMainNumber","0"],K=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],pe=e=>({module:"callflow",data:{id:e},children:{}});async function Lo(){let e=await y("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(d=>[d.name,d]));for(let d of Ia){if(t[d])continue;let u=t[`${d}Menu`]||await Da(`${d}Menu`);t[`${d}Menu`]=u,t[d]=await P("callflows",{name:d,type:"main",numbers:[d],flow:pe(u.id),ui_metadata:B()})}let n=t.MainCallflow||await P("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:pe(t.MainOpenHours.id)}},ui_metadata:B()}),[r,a]=await Promise.all([y(`callflows/${n.id}`),y("temporal_rules_sets?paginate=false")]),s=new Set(a.map(d=>d.id)),i={main:r,parts:t,open:[],lunch:[],holidays:[],others:[]},c=r.flow||{};for(let d of c.data&&c.data.rules||[]){let u=(c.children||{})[d],p=u&&u.data&&u.data.id===t.MainHolidays.id;if(s.has(d)){let b=await y(`temporal_rules_sets/${d}`),f=await Promise.all((b.temporal_rules||[]).map(_=>y(`temporal_rules/${_}`).catch(()=>null)));(p?i.holidays:i.others).push({...b,rules:f.filter(Boolean)});continue}let m=await y(`temporal_rules/${d}`).catch(()=>null);m&&(p?i.holidays.push({...m,rules:[m],single:!0}):m.type==="main_lunchbreak"?i.lunch.push(m):m.type==="main_weekdays"?i.open.push(m):i.others.push(m))}return i}async function Da(e){let t=await P("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:B()});return P("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:B()})}var Uo=e=>(e.numbers||[]).filter(t=>!Aa.includes(t));async function Bo(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=B(),e.main=await I(`callflows/${n.id}`,n)}var et=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},Se=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`,La=e=>e[0].toUpperCase()+e.slice(1);async function Do(e,t,n){let r=e.find(s=>s.name===t.name);if(r)return I(`temporal_rules/${r.id}`,{...r,...t});let a=await P("temporal_rules",t);return n.push(a.id),a}async function Yt(e,t="temporal_rules"){for(let n of e)await M(`${t}/${n}`).catch(()=>{})}async function Ho(e,t){let n=[],r=[],a=[];try{for(let i of K){let c=t&&t.days[i];if(!c)continue;let d={name:`Main${La(i)}`,type:"main_weekdays",cycle:"weekly",interval:1,wdays:[i],time_window_start:et(c.start),time_window_stop:et(c.stop),ui_metadata:B()};r.push(await Do(e.open,d,n))}if(t&&t.lunch&&r.length){let i={name:"MainLunchHours",type:"main_lunchbreak",cycle:"weekly",interval:1,wdays:K.filter(c=>t.days[c]),time_window_start:et(t.lunch.start),time_window_stop:et(t.lunch.stop),ui_metadata:B()};a=[await Do(e.lunch,i,n)]}await Xt(e,{open:r,lunch:a})}catch(i){throw await Yt(n),i}let s=new Set([...r,...a].map(i=>i.id));for(let i of[...e.open,...e.lunch])s.has(i.id)||await M(`temporal_rules/${i.id}`);e.open=r,e.lunch=a}async function Xt(e,{open:t=e.open,lunch:n=e.lunch,holidays:r=e.holidays}={}){let{parts:a,main:s}=e,i=s.flow&&s.flow.children||{},c={};for(let p of r)c[p.id]=pe(a.MainHolidays.id);for(let p of e.others)i[p.id]&&(c[p.id]=i[p.id]);for(let p of n)c[p.id]=pe(a.MainLunchHours.id);for(let p of t)c[p.id]=pe(a.MainOpenHours.id);c._=pe(t.length?a.MainAfterHours.id:a.MainOpenHours.id);let d=[...r,...e.others,...n,...t].map(p=>p.id),u={...s,flow:{module:"temporal_route",data:{rules:d},children:c},ui_metadata:B()};e.main=await I(`callflows/${s.id}`,u)}async function Ro(e,t,n){let r=[],a=null;try{for(let i of n)r.push((await P("temporal_rules",{...i,name:t,ui_metadata:B()})).id);a=await P("temporal_rules_sets",{name:t,type:"main_holidays",temporal_rules:r,ui_metadata:B()});let s={...a,rules:await Promise.all(r.map(i=>y(`temporal_rules/${i}`)))};await Xt(e,{holidays:[...e.holidays,s]}),e.holidays=[...e.holidays,s]}catch(s){throw a&&await Yt([a.id],"temporal_rules_sets"),await Yt(r),s}}async function jo(e,t){let n=e.holidays.filter(r=>r.id!==t.id);await Xt(e,{holidays:n}),e.holidays=n,t.single||await M(`temporal_rules_sets/${t.id}`);for(let r of t.rules)await M(`temporal_rules/${r.id}`).catch(()=>{})}function tt(e){let t=[],n=[],r="",a=!1,s=1,i=1,c=()=>{n.push(r.trim()),r=""},d=()=>{c(),n.some(u=>u!=="")&&t.push({line:i,fields:n}),n=[],i=s};for(let u=0;u<e.length;u++){let p=e[u];a?p==='"'&&e[u+1]==='"'?(r+='"',u++):p==='"'?a=!1:(p===`
`&&s++,r+=p):p==='"'?a=!0:p===","?c():p===`
`?(s++,d()):p!=="\r"&&(r+=p)}return d(),t}function Wo(e,t){let n=Object.fromEntries(K.map(a=>[a,null]));for(let a of e)for(let s of a.wdays&&a.wdays.length?a.wdays:K){let i=s==="wensday"?"wednesday":s;i in n&&(n[i]={start:Se(a.time_window_start||0),stop:Se(a.time_window_stop??86400)})}let r=t[0];return{days:n,lunch:r?{start:Se(r.time_window_start||0),stop:Se(r.time_window_stop||0)}:null}}var Zt=(e,t,n)=>Object.fromEntries(K.map(r=>[r,e.includes(r)?{start:t,stop:n}:null])),Jt={weekdays9to17:()=>Zt(K.slice(0,5),"09:00","17:00"),weekdays8to18:()=>Zt(K.slice(0,5),"08:00","18:00"),monSat9to17:()=>Zt(K.slice(0,6),"09:00","17:00")},Go=/^([01]\d|2[0-3]):[0-5]\d$/;function Ua(e){let t=e.toLowerCase();return t.length<2?null:K.find(n=>n.startsWith(t))||null}function Vo(e){let t=Object.fromEntries(K.map(a=>[a,null])),n=[],r=tt(e);r.length&&r[0].fields[0].toLowerCase()==="day"&&r.shift();for(let{line:a,fields:s}of r){let i=m=>n.push(o.csvLine(a,"",m));if(s.length!==3){i(o.hoursCsvColumns);continue}let[c,d,u]=s,p=Ua(c);p?!Go.test(d)||!Go.test(u)?i(o.hoursCsvTime):d<u?t[p]?i(o.hoursCsvTwice(o.wdayLong[p])):t[p]={start:d,stop:u}:i(o.badHours):i(o.hoursCsvDay(c))}return!n.length&&!r.length&&n.push(o.hoursCsvEmpty),n.length?{errors:n}:{days:t}}var Ba=[31,29,31,30,31,30,31,31,30,31,30,31],Ha=(e,t)=>Array.from({length:t-e+1},(n,r)=>e+r);function qo(e){let t={cycle:"yearly",interval:1};if(e.kind==="advanced")return{rules:[{...t,ordinal:e.ordinal,wdays:[e.wday],month:Number(e.month)}]};let n=d=>/^\d{4}-\d\d-\d\d$/.test(d||"")?[Number(d.slice(5,7)),Number(d.slice(8,10))]:null,r=n(e.from);if(!r)return{field:"from",error:o.pickDate};if(e.kind==="date")return{rules:[{...t,month:r[0],days:[r[1]]}]};let a=n(e.to);if(!a)return{field:"to",error:o.pickDate};if(e.to<e.from)return{field:"to",error:o.rangeBackwards};if((Date.parse(e.to)-Date.parse(e.from))/864e5>365)return{field:"to",error:o.rangeTooLong};let s=a[0]<r[0]||a[0]===r[0]&&a[1]<r[1],i=[];for(let d=r[0];i.length<13&&(i.push(d),!(d===a[0]&&(!s||i.length>1)));d=d%12+1);return i.length>12?{field:"to",error:o.rangeTooLong}:{rules:i.map((d,u)=>{let p=u===0?r[1]:1,m=u===i.length-1?a[1]:Ba[d-1];return{...t,month:d,days:Ha(p,m)}})}}function zo(e){return e.rules.map(n=>{let r=o.months[(n.month||1)-1];if(n.days&&n.days.length){let s=n.days[0],i=n.days[n.days.length-1];return s===i?`${r} ${s}`:`${r} ${s}\u2013${i}`}let a=(n.wdays||[])[0];return o.nthWeekday(o.ordinals[n.ordinal||"first"],o.wdayLong[a]||a,r)}).join(", ")}function Ko(e){if(!e.clock_set)return o.clockNotSet;if(e.kind==="always")return o.open24;let t={open:o.openNow,rule:o.openNow,lunch:o.lunchNow,holiday:o.holidayNow(e.now.name||""),closed:o.closedNow}[e.kind],n=e.until||e.next;if(!n)return e.open?o.open24:t;let[r,a]=n.local.split("T"),s=a.slice(0,5),i=r===e.local.split("T")[0]?s:n.at_unix-e.at_unix<6*86400?`${o.wdayLong[n.weekday]} ${s}`:`${o.wdayLong[n.weekday]} ${r} ${s}`;return e.open&&!n.open?o.closesAt(t,i):n.open?o.opensAt(t,i):o.changesAt(t,i)}function Ra({onHours:e}){let[t,n]=$(""),[r,a]=$([]);function s(){let c=Vo(t);a(c.errors||[]),c.days&&e(c.days)}async function i(c){let d=c.target.files[0];d&&n(await d.text())}return l`<details class="csv-hours">
    <summary>${o.importHours}</summary>
    <div class="field"><label for="hours_csv_file">${o.hoursCsvFile}</label><input id="hours_csv_file" type="file" accept=".csv,text/csv" onChange=${i} /></div>
    <div class="field">
      <label for="hours_csv">${o.hoursCsv}</label>
      <textarea id="hours_csv" rows="4" value=${t} onInput=${c=>n(c.target.value)} aria-invalid=${r.length?"true":void 0} aria-describedby=${r.length?"hours_csv-error":void 0}></textarea>
      ${r.length>0&&l`<ul class="error" id="hours_csv-error" role="alert">${r.map(c=>l`<li key=${c}>${c}</li>`)}</ul>`}
    </div>
    <button type="button" onClick=${s}>${o.importHours}</button>
  </details>`}function Yo({strategy:e,onSaved:t}){let n=Wo(e.open,e.lunch),[r,a]=$(e.open.length>0),[s,i]=$(e.open.length?n.days:Jt.weekdays9to17()),[c,d]=$(!!n.lunch),[u,p]=$(n.lunch||{start:"12:00",stop:"13:00"}),[m,b]=$("weekdays9to17"),[f,_]=$(""),[h,g]=$(""),v=(C,O)=>i({...s,[C]:O});async function w(C){C.preventDefault(),g("");let O=K.filter(T=>s[T]);if(r&&!O.length)return _(o.pickDay);let E=O.find(T=>!(s[T].start<s[T].stop));if(r&&E)return _(`${o.wdayLong[E]}: ${o.badHours}`);if(r&&c&&!(u.start<u.stop))return _(o.badLunch);_("");try{await Ho(e,r?{days:s,lunch:c?u:null}:null),g(o.saved),t()}catch(T){_(Object.entries(T.fields||{}).map(([V,z])=>`${V}: ${z}`).join("; ")||T.message)}}let N=C=>{i(C),a(!0),g(o.hoursImported)};return l`<form onSubmit=${w} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${o.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!r} onChange=${()=>a(!1)} /><label for="h24">${o.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${r} onChange=${()=>a(!0)} /><label for="hcustom">${o.openCustom}</label></div>
    ${r&&l`<fieldset>
      <legend class="sr">${o.openCustom}</legend>
      <div class="field template">
        <label for="hours_template">${o.template}</label>
        <select id="hours_template" value=${m} onChange=${C=>b(C.target.value)}>
          ${Object.entries(o.templates).map(([C,O])=>l`<option key=${C} value=${C}>${O}</option>`)}
        </select>
        <button type="button" class="plain" onClick=${()=>i(Jt[m]())}>${o.applyTemplate}</button>
      </div>
      <table class="week">
        <tbody>
          ${K.map(C=>{let O=s[C];return l`<tr key=${C}>
              <td><${A} id=${"day-"+C} label=${o.wdayLong[C]} checked=${!!O} onChange=${E=>v(C,E?{start:"09:00",stop:"17:00"}:null)} /></td>
              <td>${O&&l`<input type="time" aria-label=${o.dayOpens(o.wdayLong[C])} value=${O.start} onInput=${E=>v(C,{...O,start:E.target.value})} />`}</td>
              <td>${O&&l`<input type="time" aria-label=${o.dayCloses(o.wdayLong[C])} value=${O.stop} onInput=${E=>v(C,{...O,stop:E.target.value})} />`}</td>
            </tr>`})}
        </tbody>
      </table>
      <${A} id="lunch" label=${o.lunchBreak} checked=${c} onChange=${d} />
      ${c&&l`<div class="grid">
        <${x} id="lunch_start" label=${o.lunchStarts} type="time" value=${u.start} onInput=${C=>p({...u,start:C})} />
        <${x} id="lunch_stop" label=${o.lunchEnds} type="time" value=${u.stop} onInput=${C=>p({...u,stop:C})} />
      </div>`}
      <${Ra} onHours=${N} />
    </fieldset>`}
    ${f&&l`<p class="error" role="alert">${f}</p>`}
    ${h&&l`<p class="ok" role="status">${h}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}var Xo={name:"",kind:"date",from:"",to:"",ordinal:"fourth",wday:"thursday",month:"11"};function nt({id:e,label:t,value:n,onChange:r,options:a}){return l`<div class="field">
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${s=>r(s.target.value)}>
      ${a.map(([s,i])=>l`<option key=${s} value=${s}>${i}</option>`)}
    </select>
  </div>`}function Zo({strategy:e,onSaved:t}){let[n,r]=$(Xo),[a,s]=$({}),[i,c]=$(""),d=m=>b=>r({...n,[m]:b});async function u(m){m.preventDefault(),c("");let b=n.name.trim();if(!b)return s({name:o.needName});let f=qo(n);if(f.error)return s({[f.field]:f.error});s({});try{await Ro(e,b,f.rules),r(Xo),t()}catch(_){let h=_.fields||{};h.name?s({name:h.name}):c(Object.entries(h).map(([g,v])=>`${g}: ${v}`).join("; ")||_.message)}}async function p(m){c("");try{await jo(e,m),t()}catch(b){c(b.message)}}return l`<form onSubmit=${u} aria-labelledby="holidays-h" novalidate>
    <h3 id="holidays-h">${o.holidays}</h3>
    ${e.holidays.length===0&&l`<p>${o.noHolidays}</p>`}
    <ul class="holidays">
      ${e.holidays.map(m=>l`<li key=${m.id}>
          <span class="holiday"><strong>${m.name}</strong> ${zo(m)}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${m.name}`} onClick=${()=>p(m)}>${o.remove}</button>
        </li>`)}
    </ul>
    <${x} id="holiday_name" label=${o.holidayName} value=${n.name} onInput=${d("name")} error=${a.name} />
    <${nt} id="holiday_kind" label=${o.holidayKind} value=${n.kind} onChange=${d("kind")} options=${Object.entries(o.holidayKinds)} />
    ${n.kind!=="advanced"&&l`<div class="grid">
      <${x} id="holiday_from" label=${o.holidayFrom} type="date" value=${n.from} onInput=${d("from")} error=${a.from} />
      ${n.kind==="range"&&l`<${x} id="holiday_to" label=${o.holidayTo} type="date" value=${n.to} onInput=${d("to")} error=${a.to} />`}
    </div>`}
    ${n.kind==="advanced"&&l`<div class="grid">
      <${nt} id="holiday_ordinal" label=${o.holidayOrdinal} value=${n.ordinal} onChange=${d("ordinal")} options=${Object.entries(o.ordinals)} />
      <${nt} id="holiday_wday" label=${o.holidayWday} value=${n.wday} onChange=${d("wday")} options=${K.map(m=>[m,o.wdayLong[m]])} />
      <${nt} id="holiday_month" label=${o.holidayMonth} value=${n.month} onChange=${d("month")} options=${o.months.map((m,b)=>[String(b+1),m])} />
    </div>`}
    ${i&&l`<p class="error" role="alert">${i}</p>`}
    <button type="submit">${o.addHoliday}</button>
  </form>`}var ja=3e4;function Jo({callflowId:e,version:t}){let[n,r]=$(null);return S(()=>{let a=!0,s=()=>y(`callflows/${e}/office_status`).then(c=>a&&r(c),()=>a&&r(null));s();let i=setInterval(s,ja);return()=>{a=!1,clearInterval(i)}},[e,t]),n?l`<p class="office-line ${n.open?"is-open":"is-closed"}" aria-live="polite" data-kind=${n.kind}>${Ko(n)}</p>`:null}var Qt=["MainOpenHours","MainLunchHours","MainAfterHours","MainHolidays"];function Ga(e){let t=e||{},n=t.data&&t.data.id;if(t.module==="user"){let r=t.children&&t.children._;return r&&r.module==="voicemail"?{how:"user_vm",target:n}:{how:"user",target:n}}return t.module==="voicemail"?{how:"voicemail",target:n}:{how:"menu",target:""}}function Wa(e,{how:t,target:n},r,a){let s=(c,d)=>({module:c,data:{id:d},children:{}});if(t==="menu"){let c=r[`${e}Menu`];if(!c)throw new Error(o.noMenu);return{module:"callflow",data:{id:c.id},children:{}}}if(!n)throw new Error(t==="voicemail"?o.pickVmbox:o.pickUser);if(t==="voicemail")return s("voicemail",n);let i={module:"user",data:{id:n,timeout:20,can_call_self:!1},children:{}};if(t==="user_vm"){let c=a.find(d=>d.owner_id===n);if(!c)throw new Error(o.userNoVmbox);i.children._=s("voicemail",c.id)}return i}var Va=["1","2","3","4","5","6","7","8","9","0"];function qa(e){let t=e&&e.flow&&e.flow.children||{};return Object.fromEntries(Object.entries(t).map(([n,r])=>[n,r.module==="user"&&r.data?r.data.id:"other"]))}function za(e,t){let n=e.flow&&e.flow.children||{},r={};for(let[a,s]of Object.entries(t))s==="other"&&n[a]?r[a]=n[a]:s&&s!=="other"&&(r[a]={module:"user",data:{id:s,timeout:20,can_call_self:!1},children:{}});return{...e,flow:{...e.flow,children:r},ui_metadata:B()}}function Ka({id:e,keys:t,users:n,onChange:r}){return l`<fieldset class="keys">
    <legend>${o.menuKeys}</legend>
    <div class="grid">
      ${Va.map(a=>l`<div class="field" key=${a}>
          <label for=${`${e}-key-${a}`}>${o.menuKey(a)}</label>
          <select id=${`${e}-key-${a}`} value=${t[a]||""} onChange=${s=>r({...t,[a]:s.target.value})}>
            <option value="">—</option>
            ${t[a]==="other"&&l`<option value="other">${o.keyElsewhere}</option>`}
            ${n.map(s=>l`<option key=${s.id} value=${s.id}>${s.first_name} ${s.last_name}</option>`)}
          </select>
        </div>`)}
    </div>
  </fieldset>`}function Ya({name:e,doc:t,menuCf:n,users:r,vmboxes:a,parts:s}){let[i,c]=$(Ga(t.flow)),[d,u]=$(qa(n)),[p,m]=$(""),[b,f]=$(""),_=i.how==="voicemail"?a.map(v=>[v.id,`${v.mailbox} ${v.name}`]):r.map(v=>[v.id,`${v.first_name} ${v.last_name}`]);async function h(v){v.preventDefault(),f("");try{let w=Wa(e,i,s,a);m(""),i.how==="menu"&&await I(`callflows/${n.id}`,za(n,d)),await I(`callflows/${t.id}`,{...t,flow:w,ui_metadata:B()}),f(o.saved)}catch(w){m(w.message)}}let g=`handling-${e}`;return l`<form class="window" onSubmit=${h} aria-label=${o.windows[e]} novalidate>
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
        <select id=${g+"-target"} value=${i.target} onChange=${v=>c({...i,target:v.target.value})} aria-invalid=${p?"true":void 0}>
          <option value="">—</option>
          ${_.map(([v,w])=>l`<option key=${v} value=${v}>${w}</option>`)}
        </select>
      </div>`}
    </div>
    ${i.how==="menu"&&n&&l`<${Ka} id=${g} keys=${d} users=${r} onChange=${u} />`}
    ${p&&l`<p class="error" role="alert">${p}</p>`}
    ${b&&l`<p class="ok">${b}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}function Qo({strategy:e}){let[t,n]=$(null),[r,a]=$("");return S(()=>{let s=Qt.map(i=>e.parts[`${i}Menu`]);Promise.all([y("users?paginate=false"),y("vmboxes?paginate=false"),Promise.all(Qt.map(i=>y(`callflows/${e.parts[i].id}`))),Promise.all(s.map(i=>i?y(`callflows/${i.id}`):null))]).then(([i,c,d,u])=>n({users:i,vmboxes:c,docs:d,menuCfs:u}),i=>a(i.message))},[e]),l`<section aria-labelledby="handling-h">
    <h3 id="handling-h">${o.incomingHandling}</h3>
    ${r&&l`<p class="error" role="alert">${r}</p>`}
    ${t&&Qt.map((s,i)=>l`<${Ya} key=${s} name=${s} doc=${t.docs[i]} menuCf=${t.menuCfs[i]} users=${t.users} vmboxes=${t.vmboxes} parts=${e.parts} />`)}
  </section>`}var tr="MainConferenceGreeting",er="undefinedconf";async function Xa(){let[e,t]=await Promise.all([y("callflows?filter_type=conference&paginate=false"),y("media?paginate=false")]),n=e.find(a=>a.name==="MainConference"),r=t.find(a=>a.name===tr);return{cf:n?await y(`callflows/${n.id}`):null,media:r?await y(`media/${r.id}`):null}}function nr(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$(""),[i,c]=$({}),[d,u]=$("");S(()=>{Xa().then(m=>{t(m),r((m.cf&&m.cf.numbers||[]).filter(b=>b!==er)[0]||""),s(m.media&&m.media.tts&&m.media.tts.text||"")},m=>c({form:m.message}))},[]);async function p(m){m.preventDefault(),u("");let b=n.replace(/[\s()-]/g,"");if(b&&!/^\+?\d{2,15}$/.test(b))return c({number:o.badConfNumber});c({});try{let f=e.media;if(a.trim()){let w={...f||{},name:tr,media_source:"tts",tts:{text:a.trim(),voice:"female"},ui_metadata:B()};f=f?await I(`media/${f.id}`,w):await P("media",w)}let _={module:"conference",data:{},children:{}},h=a.trim()?{module:"play",data:{id:f.id},children:{_}}:_,g={...e.cf||{},name:"MainConference",type:"conference",numbers:[b||er],flow:h,ui_metadata:B()},v=e.cf?await I(`callflows/${e.cf.id}`,g):await P("callflows",g);t({cf:v,media:f}),u(o.saved)}catch(f){let _=f.fields||{},h=Object.keys(_).find(g=>g.startsWith("tts"));_.numbers?c({number:_.numbers}):c(h?{greeting:_[h]}:{form:f.message})}}return e?l`<form onSubmit=${p} aria-labelledby="conf-h" novalidate>
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
  </form>`:i.form?l`<p class="error" role="alert">${i.form}</p>`:null}function Za({strategy:e,onSaved:t}){let[n,r]=$(""),[a,s]=$(""),i=Uo(e.main);async function c(u){s("");try{await Bo(e,u),r(""),t()}catch(p){s(Object.values(p.fields||{})[0]||p.message)}}function d(u){u.preventDefault();let p=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(p))return s(o.badNumber);c([...i,p])}return l`<form onSubmit=${d} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${o.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(u=>l`<li key=${u}>
          <span class="main-number">${u}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${u}`} onClick=${()=>c(i.filter(p=>p!==u))}>${o.remove}</button>
        </li>`)}
    </ul>
    <${x} id="main_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
    <button type="submit">${o.addNumber}</button>
  </form>`}function ot(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$(0);S(()=>{Lo().then(t,c=>r(c.message))},[]);let i=()=>s(c=>c+1);return l`<section aria-labelledby="main-h">
    <h2 id="main-h">${o.mainNumber}</h2>
    <${k} message=${n} />
    ${e?l`<div class="stack">
          <${Jo} callflowId=${e.main.id} version=${a} />
          <${Za} strategy=${e} onSaved=${i} />
          <${Yo} strategy=${e} onSaved=${i} />
          <${Zo} strategy=${e} onSaved=${i} />
          <${Qo} strategy=${e} />
          <${nr} />
        </div>`:!n&&l`<p>${o.loading}</p>`}
  </section>`}var en=q(0);function rt(){let e=`accounts/${F.value.account}`,[t,n]=$(null),[r,a]=$(null),[s,i]=$({}),[c,d]=$(""),[u,p]=$(!1);S(()=>{Promise.all([L("GET","countries"),L("GET",e)]).then(([f,{data:_}])=>{let h=_.edgepbx||{};n(f.data),a({country:h.country||"",extension_length:h.extension_length?String(h.extension_length):"",timezone:null,language:_.language||""})},f=>d(f.message))},[]);function m(f){let _=t.find(h=>h.code===f);a({...r,country:f,..._?{timezone:_.timezone,language:_.language}:{}})}async function b(f){f.preventDefault(),p(!1);let _={};if(r.extension_length&&!/^[2-8]$/.test(r.extension_length)&&(_.extension_length=o.extLengthRange),i(_),d(""),Object.keys(_).length)return;let g={edgepbx:{country:r.country||null,extension_length:r.extension_length?Number(r.extension_length):null},language:r.language||null};r.timezone&&(g.timezone=r.timezone);try{await L("PATCH",e,g),Q.value=void 0,en.value++,p(!0)}catch(v){let w={};for(let[N,C]of Object.entries(v.fields||{}))w[N.replace(/^edgepbx\./,"")]=C;i(w),d(v.message)}}return r?l`<form onSubmit=${b} aria-labelledby="locale-h" novalidate>
    <h3 id="locale-h">${o.locale}</h3>
    <p class="hint">${o.localeHint}</p>
    <${k} message=${c} />
    <div class="field">
      <label for="country">${o.country}</label>
      <select id="country" value=${r.country} onChange=${f=>m(f.target.value)}>
        <option value="">${o.countryNone}</option>
        ${t.map(f=>l`<option key=${f.code} value=${f.code}>${f.name}</option>`)}
      </select>
      ${s.country&&l`<p class="error" role="alert">${s.country}</p>`}
    </div>
    ${r.timezone&&l`<p class="hint" id="proposed_zone">${o.proposedZone(r.timezone)}</p>`}
    <${x} id="language" label=${o.promptLanguage} value=${r.language} onInput=${f=>a({...r,language:f})} error=${s.language} />
    <${x} id="extension_length" label=${o.extensionLength} value=${r.extension_length} onInput=${f=>a({...r,extension_length:f})} error=${s.extension_length} inputmode="numeric" />
    ${u&&l`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`:l`<${k} message=${c} />${!c&&l`<p>${o.loading}</p>`}`}var tn=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function at({onDone:e}){let t=`accounts/${F.value.account}`,[n,r]=$(null),[a,s]=$({}),[i,c]=$(""),[d,u]=$(!1);S(()=>{L("GET",t).then(({data:b})=>r({name:b.name||"",timezone:b.timezone||"UTC"}),b=>c(b.message))},[en.value]);async function p(b){if(b.preventDefault(),u(!1),!n.name.trim())return s({name:o.required});s({}),c("");try{await L("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),F.value={...F.value,accountName:n.name.trim()},u(!0),e&&e()}catch(f){s(f.fields||{}),c(f.message)}}if(!n)return l`<${k} message=${i} />${!i&&l`<p>${o.loading}</p>`}`;let m=tn.includes(n.timezone)?tn:[n.timezone,...tn];return l`<form onSubmit=${p} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${o.office}</h3>
    <${k} message=${i} />
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
  </form>`}var or=["first_name","last_name","username","email","extension","password","phone"],Ja=["first_name","last_name","username","extension","password"],Qa=/^(yes|y|true|1)$/i;function es(e,t){let[n,...r]=tt(e);if(!n)return{problems:[o.csvEmpty]};let a=n.fields.map(p=>p.toLowerCase().replace(/\s+/g,"_")),s=Ja.filter(p=>!a.includes(p));if(s.length)return{problems:[o.csvColumns(s.join(", "))]};let i=a.filter(p=>!or.includes(p));if(i.length)return{problems:[o.csvUnknown(i.join(", "))]};let c=[],d={username:new Map,extension:new Map},u=r.map(({line:p,fields:m})=>{let b=Object.fromEntries(or.map(h=>[h,m[a.indexOf(h)]??""])),f={...b,phone:Qa.test(b.phone)},_=qt(f,!0,t);m.length>a.length&&(_.line=o.csvExtra);for(let h of["username","extension"]){let g=f[h].toLowerCase();g&&d[h].has(g)?_[h]=o.csvDuplicate(d[h].get(g)):d[h].set(g,p)}for(let[h,g]of Object.entries(_))c.push(o.csvLine(p,h==="line"?"":o.csvField[h]||h,g));return{line:p,form:f}});return r.length||c.push(o.csvNoUsers),{forms:u,problems:c}}function rr({onAdded:e}){let[t,n]=$([]),[r,a]=$(""),[s,i]=$(!1);async function c(d){let u=d.target.files[0];if(a(""),!u)return;let p=await Ke().catch(()=>null),{forms:m,problems:b}=es(await u.text(),p);if(n(b),b.length)return;i(!0);let f=[],_=0;for(let{line:h,form:g}of m)try{let v=await ze(g);_++,e({...v,extension:g.extension})}catch(v){let w=Object.entries(v.fields||{}).map(([N,C])=>o.csvLine(h,o.csvField[N]||N,C));f.push(...w.length?w:[o.csvLine(h,"",v.message)])}n(f),a(o.csvMade(_,m.length)),i(!1),d.target.value=""}return l`<div class="card">
    <h3>${o.csvImport}</h3>
    <p class="hint">${o.csvHint}</p>
    <div class="field">
      <label for="csv_file">${o.csvFile}</label>
      <input id="csv_file" type="file" accept=".csv,text/csv" disabled=${s} onChange=${c} />
    </div>
    ${r&&l`<p class="ok" role="status">${r}</p>`}
    ${t.length>0&&l`<ul class="errors" aria-label=${o.csvProblems}>${t.map(d=>l`<li key=${d} class="error">${d}</li>`)}</ul>`}
  </div>`}var nn="configs/smtp_client",ar=/^[^@\s]+@[^@\s]+$/;function ts(e){let t={};return/^[A-Za-z0-9.:-]{1,253}$/.test(e.relay)||(t.relay=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.from&&!ar.test(e.from)&&(t.from=o.badEmail(e.from)),t}function st(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$({}),[i,c]=$(""),[d,u]=$("");if(S(()=>{y(nn).then(f=>t({relay:f.relay||"",port:String(f.port||587),tls:f.tls||"if_available",username:f.username||"",password:"",from:f.from||"",passwordSet:!!f.password_set}),f=>c(f.message))},[]),!e)return l`<${k} message=${i} />${!i&&l`<p>${o.loading}</p>`}`;let p=f=>_=>t({...e,[f]:_});async function m(f){f.preventDefault(),u(""),c("");let _=ts(e);if(s(_),Object.keys(_).length)return;let h={relay:e.relay.trim(),port:Number(e.port),tls:e.tls,username:e.username.trim(),from:e.from.trim()||void 0};e.password&&(h.password=e.password);try{await R(nn,h),t({...e,password:"",passwordSet:e.passwordSet||!!e.password}),u(o.saved)}catch(g){s(g.fields||{}),c(g.message)}}async function b(){if(u(""),!ar.test(n.trim()))return s({...a,to:o.badEmail(n)});s({}),u(o.sending);try{await I(`${nn}/test`,{to:n.trim()}),u(o.testSent(n.trim()))}catch(f){u(""),s(f.fields||{}),Object.keys(f.fields||{}).length||c(f.message)}}return l`<form onSubmit=${m} aria-labelledby="relay-h" novalidate>
    <h3 id="relay-h">${o.mailRelay}</h3>
    <p class="hint">${o.mailRelayHint}</p>
    <${k} message=${i} />
    <div class="grid">
      <${x} id="relay_host" label=${o.relayServer} value=${e.relay} onInput=${p("relay")} error=${a.relay} />
      <${x} id="relay_port" label=${o.port} value=${e.port} onInput=${p("port")} error=${a.port} inputmode="numeric" />
      <div class="field">
        <label for="relay_tls">${o.relayTls}</label>
        <select id="relay_tls" value=${e.tls} onChange=${f=>p("tls")(f.target.value)}>
          ${Object.entries(o.tlsModes).map(([f,_])=>l`<option key=${f} value=${f}>${_}</option>`)}
        </select>
      </div>
      <${x} id="relay_user" label=${o.relayUser} value=${e.username} onInput=${p("username")} error=${a.username} autocomplete="off" />
      <${x} id="relay_password" label=${e.passwordSet?o.relayPasswordKeep:o.password} type="password" value=${e.password} onInput=${p("password")} error=${a.password} autocomplete="new-password" />
      <${x} id="relay_from" label=${o.relayFrom} value=${e.from} onInput=${p("from")} error=${a.from} />
    </div>
    <div class="bar"><button type="submit">${o.save}</button></div>
    <${x} id="relay_test_to" label=${o.testTo} value=${n} onInput=${r} error=${a.to} type="email" />
    <div class="bar"><button type="button" class="plain" onClick=${b}>${o.sendTest}</button></div>
    ${d&&l`<p class="ok" role="status">${d}</p>`}
  </form>`}async function it(){(await y("callflows?filter_numbers=no_match")).length===0&&await P("callflows",{numbers:["no_match"],flow:{module:"offnet",data:{},children:{}}})}var on="^(\\+?\\d{3,15})$",sr={name:"",server:"",port:"5060",username:"",auth_username:"",password:"",realm:"",register:!0};function ns(e){let t=e.gateways&&e.gateways[0]||{},n=r=>r==null?"":String(r);return{name:n(e.name),server:n(t.server),port:n(t.port||5060),username:n(t.username),auth_username:n(t.auth_username),password:n(t.password),realm:n(t.realm),register:t.register!==!1}}function os(e){let t={};return e.name.trim()||(t.name=o.required),/^[A-Za-z0-9.-]{1,253}$/.test(e.server.trim())||(t.server=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.register&&!e.username.trim()&&(t.username=o.required),e.register&&!e.password&&(t.password=o.required),t}function ir(e,t){let n={...e.gateways&&e.gateways[0]||{enabled:!0}};n.server=t.server.trim(),n.port=Number(t.port),n.register=t.register;for(let r of["username","auth_username","realm"])t[r].trim()?n[r]=t[r].trim():delete n[r];return t.password?n.password=t.password:delete n.password,{...e,name:t.name.trim(),gateways:[n,...(e.gateways||[]).slice(1)]}}var rs={enabled:!0,weight_cost:50,rules:[on],gateways:[]};function rn({line:e,onDone:t}){let[n,r]=$(e?ns(e):sr),[a,s]=$({}),[i,c]=$(""),[d,u]=$(!1),p=_=>h=>r({...n,[_]:h}),m=_=>`line_${_}${e?"_edit":""}`;async function b(_){_.preventDefault(),c("");let h=os(n);if(s(h),!Object.keys(h).length){u(!0);try{e?await I(`resources/${e.id}`,ir(e,n)):await P("resources",ir(rs,n)),await it(),e||r(sr),u(!1),t(!0)}catch(g){s(Object.fromEntries(Object.entries(g.fields||{}).map(([v,w])=>[v.replace(/^gateways\.0\./,""),w]))),c(`${o.failed} ${g.message}`),u(!1)}}}let f=e?o.editLine(e.name):o.addLine;return l`<form onSubmit=${b} novalidate data-form=${e?"edit-line":"add-line"}>
    <h4>${f}</h4>
    <${k} message=${i} />
    <div class="grid">
      <${x} id=${m("name")} label=${o.name} value=${n.name} onInput=${p("name")} error=${a.name} />
      <${x} id=${m("server")} label=${o.lineServer} value=${n.server} onInput=${p("server")} error=${a.server} />
      <${x} id=${m("port")} label=${o.port} value=${n.port} onInput=${p("port")} error=${a.port} inputmode="numeric" />
      <${x} id=${m("username")} label=${o.lineNumber} value=${n.username} onInput=${p("username")} error=${a.username} autocomplete="off" />
      <${x} id=${m("auth")} label=${o.lineAuth} value=${n.auth_username} onInput=${p("auth_username")} error=${a.auth_username} autocomplete="off" />
      <${x} id=${m("password")} label=${o.linePassword} type="password" value=${n.password} onInput=${p("password")} error=${a.password} autocomplete="new-password" />
      <${x} id=${m("realm")} label=${o.lineRealm} value=${n.realm} onInput=${p("realm")} error=${a.realm} />
    </div>
    <${A} id=${m("register")} label=${o.lineRegister} checked=${n.register} onChange=${p("register")} />
    <div class="bar">
      <button type="submit" disabled=${d}>${e?o.save:o.addLine}</button>
      ${e&&l`<button type="button" class="plain" onClick=${()=>t(!1)}>${o.cancel}</button>`}
    </div>
  </form>`}var lr=e=>e.filter(t=>t.kind==="fxo"&&t.sip_address).map(t=>{let n=t.sip_address.lastIndexOf(":");return{...t,host:t.sip_address.slice(0,n).replace(/^\[|\]$/g,""),port:Number(t.sip_address.slice(n+1))}}),an=(e,t)=>(e.gateways||[]).some(n=>n.server===t.host&&Number(n.port)===t.port);function as(e){return e.state==="down"?e.alarm?`${o.fxoStates.down}: ${e.alarm}`:o.fxoStates.down:o.fxoStates[e.state==="idle"?"idle":"busy"]}function ss(e){return e?e.state==="running"?o.fxoDialTone.checking:e.dial_tone?o.fxoDialTone.yes:o.fxoDialTone.no:o.fxoDialTone.unknown}function cr({ports:e,lines:t,onChanged:n}){let[r,a]=$(""),[s,i]=$(!1);if(e.length===0)return null;async function c(d){a(""),i(!0);try{await P("resources",{name:o.fxoLineName(d.name),enabled:!0,weight_cost:50,rules:[on],gateways:[{server:d.host,port:d.port,register:!1,enabled:!0}]}),await it(),n()}catch(u){a(`${o.failed} ${u.message}`)}i(!1)}return l`<div aria-labelledby="fxo-h">
    <h4 id="fxo-h">${o.fxoLines}</h4>
    <${k} message=${r} />
    <ul class="lines">
      ${e.map(d=>{let u=t.find(p=>an(p,d));return l`<li key=${d.name} data-fxo=${d.name}>
          <span class=${d.state==="down"?"dot":"dot on"}>${d.name}${d.number?` (${d.number})`:""} · ${as(d)} · ${ss(d.line_test)}</span>
          ${u?l`<span class="hint" data-route>${o.fxoInUse(u.name)}</span>`:l`<button type="button" class="plain" disabled=${s} onClick=${()=>c(d)} aria-label=${`${o.fxoUse}: ${d.name}`}>${o.fxoUse}</button>`}
        </li>`})}
    </ul>
  </div>`}var is=5e3;async function ls(){let[e,t]=await Promise.all([y("resources?paginate=false"),y("analog_ports").then(lr,()=>[])]);return{lines:await Promise.all(e.map(r=>Promise.all([y(`resources/${r.id}`),y(`resources/${r.id}/status`)]).then(([a,s])=>({...a,gw:s.gateways[0]||{}})))),ports:t}}var cs=e=>e.state==="failed"&&e.last_error?`${o.lineStates.failed}: ${e.last_error}`:o.lineStates[e.state]||e.state;function ds({line:e,editing:t,onEdit:n,onDone:r,onError:a}){async function s(){if(confirm(o.confirmDeleteLine(e.name)))try{await M(`resources/${e.id}`),r(!0)}catch(i){a(i.message)}}return l`<li data-line=${e.name}>
    <span class=${e.gw.state==="registered"?"dot on":"dot"}>${e.name} · ${cs(e.gw)}</span>
    ${t?l`<${rn} line=${e} onDone=${r} />`:l`<span class="actions">
          <button type="button" class="plain" onClick=${n} aria-label=${`${o.edit}: ${e.name}`}>${o.edit}</button>
          <button type="button" class="plain" onClick=${s} aria-label=${`${o.del}: ${e.name}`}>${o.del}</button>
        </span>`}
  </li>`}function lt(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(""),i=()=>ls().then(t,u=>s(u.message));S(()=>{i();let u=setInterval(i,is);return()=>clearInterval(u)},[]);let c=u=>{r(null),u&&i()},d=e?e.lines.filter(u=>!e.ports.some(p=>an(u,p))):[];return l`<div aria-labelledby="lines-h">
    <h3 id="lines-h">${o.outsideLines}</h3>
    <${k} message=${a} />
    ${e?d.length===0?l`<p>${o.noLines}</p>`:l`<ul class="lines">
            ${d.map(u=>l`<${ds} key=${u.id} line=${u} editing=${n===u.id} onEdit=${()=>r(u.id)} onDone=${c} onError=${s} />`)}
          </ul>`:l`<p>${o.loading}</p>`}
    <${rn} line=${null} onDone=${c} />
    ${e&&l`<${cr} ports=${e.ports} lines=${e.lines} onChanged=${i} />`}
  </div>`}var se=q(null);async function dr(){let e=await y(`users/${F.value.owner}`);e.require_password_update&&(se.value={forced:!0,username:e.username})}async function ur(){let e=await y(`users/${F.value.owner}`);se.value={forced:!1,username:e.username}}function us(){let[e,t]=$(!1),[n,r]=$([]);return e?l`<${Ye}
      user=${{}}
      onDone=${a=>{t(!1),a&&r([...n,a])}}
    />`:l`<div>
    <h3>${o.firstUsers}</h3>
    <ul class="added">${n.map(a=>l`<li key=${a.username}>${a.first_name} ${a.last_name} · ${a.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${o.addUser}</button>
    <${rr} onAdded=${a=>r(s=>[...s,a])} />
  </div>`}function mr(){let{forced:e,username:t}=se.value,[n,r]=$(!e),a=[[o.stepPassword,()=>l`<${me} username=${t} onDone=${()=>r(!0)} />`],[o.stepLocale,()=>l`<${rt} />`],[o.stepOffice,()=>l`<${at} />`],[o.stepUsers,()=>l`<${us} />`],[o.stepMainNumber,()=>l`<${ot} />`],[o.stepLine,()=>l`<${lt} />`],[o.stepMail,()=>l`<${st} />`],[o.stepDone,()=>l`<p>${o.wizardDone}</p><${Fo} />`]],[s,i]=$(0),c=s===a.length-1,[d,u]=a[s],p=s===0&&!n;return l`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${o.wizard}</h2>
    <p class="hint">${o.stepOf(s+1,a.length)}: <strong>${d}</strong></p>
    ${p&&l`<p class="banner" role="alert">${o.pwForced}</p>`}
    <div key=${s}>${u()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${s===0} onClick=${()=>i(s-1)}>${o.back}</button>
      ${c?l`<button type="button" onClick=${()=>se.value=null}>${o.finish}</button>`:l`<button type="button" disabled=${p} onClick=${()=>i(s+1)}>${o.next}</button>`}
    </div>
  </section>`}async function ms(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":F.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new W(t.status,n);return n.data}function fr(){let[e,t]=$(null),[n,r]=$(!1),[a,s]=$(""),[i,c]=$("");async function d(u){if(u.preventDefault(),s(""),c(""),!e)return s(o.pickBundle);r(!0);try{let p=await ms(e);c(o.updateInstalled(p&&p.installed))}catch(p){let m=p.body&&p.body.data&&(p.body.data.message||p.body.data.detail);s(`${o.failed} ${p.message}${typeof m=="string"&&m!==p.message?`: ${m}`:""}`)}r(!1)}return l`<form onSubmit=${d} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${o.softwareUpdate}</h3>
    <p class="hint">${o.updateHint}</p>
    <${k} message=${a} />
    <div class="field">
      <label for="bundle">${o.bundle}</label>
      <input id="bundle" type="file" onChange=${u=>t(u.target.files[0]||null)} />
    </div>
    ${i&&l`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?o.uploading:o.install}</button>
  </form>`}function pr(){let[e,t]=$(null),[n,r]=$(""),a=()=>y("sip_bans").then(t,i=>i.status===403?t(null):r(i.message));S(a,[]);let s=i=>M(`sip_bans/${encodeURIComponent(i)}`).then(a,c=>r(c.message));return e?l`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${o.sipBans}</h3>
    <${k} message=${n} />
    ${e.length===0?l`<p>${o.noBans}</p>`:l`<ul class="numbers">
          ${e.map(i=>l`<li key=${i.ip} data-ban=${i.ip}>
              <span>${o.banned(i.ip,i.reason)} · ${o.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>s(i.ip)} aria-label=${o.liftBan(i.ip)}>${o.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:l`<${k} message=${n} />`}var $r="system/sip_security",ct=[["failures",0,100],["window_seconds",10,86400],["ban_seconds",10,7*86400],["login_failures",1,100],["login_ban_seconds",10,7*86400]];function hr(){let[e,t]=$(null),[n,r]=$({}),[a,s]=$(""),[i,c]=$("");if(S(()=>{L("GET",$r).then(m=>t(Object.fromEntries(ct.map(([b])=>[b,String(m.data[b])]))),m=>m.status===403?t(!1):s(m.message))},[]),e===!1)return null;if(!e)return l`<${k} message=${a} />`;async function d(m){m.preventDefault(),c(""),s("");let b={};for(let[f,_,h]of ct){let g=Number(e[f]);(!/^\d+$/.test(e[f].trim())||g<_||g>h)&&(b[f]=o.wholeNumber(_,h))}if(r(b),!Object.keys(b).length)try{await L("POST",$r,Object.fromEntries(ct.map(([f])=>[f,Number(e[f])]))),c(o.saved)}catch(f){r(f.fields||{}),Object.keys(f.fields||{}).length||s(f.message)}}let u=m=>b=>t({...e,[m]:b}),p={failures:o.banFailures,window_seconds:o.banWindow,ban_seconds:o.banSeconds,login_failures:o.loginFailures,login_ban_seconds:o.loginBanSeconds};return l`<form onSubmit=${d} aria-labelledby="thresholds-h" novalidate>
    <h3 id="thresholds-h">${o.banThresholds}</h3>
    <p class="hint">${o.banThresholdsHint}</p>
    <${k} message=${a} />
    <div class="grid">
      ${ct.map(([m])=>l`<${x} key=${m} id=${`ban_${m}`} label=${p[m]} value=${e[m]} onInput=${u(m)} error=${n[m]} inputmode="numeric" />`)}
    </div>
    <div class="bar"><button type="submit">${o.save}</button></div>
    ${i&&l`<p class="ok" role="status">${i}</p>`}
  </form>`}function br({id:e,label:t,value:n,onInput:r,error:a}){let s=`${e}-error`,i=c=>c.target.files[0]&&c.target.files[0].text().then(r);return l`<div class="field">
    <label for=${e}>${t}</label>
    <input id=${`${e}_file`} type="file" accept=".pem,.crt,.key,.cer,text/plain" aria-label=${o.pemFile(t)} onChange=${i} />
    <textarea id=${e} rows="4" spellcheck="false" aria-invalid=${a?"true":void 0} aria-describedby=${a?s:void 0}
      value=${n} onInput=${c=>r(c.target.value)}></textarea>
    ${a&&l`<p class="error" id=${s} role="alert">${a}</p>`}
  </div>`}var fs=e=>new Date(e*1e3).toISOString().slice(0,10);function _r(){let[e,t]=$(void 0),[n,r]=$({certificate:"",private_key:""}),[a,s]=$({}),[i,c]=$(""),[d,u]=$(""),p=()=>L("GET","system_status").then(f=>t(f.data.certificate),f=>f.status===403?t(!1):c(f.message));if(S(()=>{p()},[]),e===!1)return null;async function m(f){f.preventDefault(),u(""),c("");let _={};for(let h of["certificate","private_key"])n[h].includes("-----BEGIN")||(_[h]=o.pickPem);if(s(_),!Object.keys(_).length)try{await P("tls_certificate",n),r({certificate:"",private_key:""}),u(o.certInstalled),await p()}catch(h){s(h.fields||{}),Object.keys(h.fields||{}).length||c(h.message)}}let b=f=>_=>r(h=>({...h,[f]:_}));return l`<form onSubmit=${m} aria-labelledby="cert-h" novalidate>
    <h3 id="cert-h">${o.tlsCertificate}</h3>
    <${k} message=${i} />
    ${e&&l`<dl class="facts" data-cert>
      <dt>${o.certSubject}</dt><dd data-cert="subject">${e.subject||o.noName}</dd>
      <dt>${o.certIssuer}</dt><dd data-cert="issuer">${e.issuer||o.noName}</dd>
      <dt>${o.certExpiry}</dt><dd data-cert="expiry">${o.certExpires(fs(e.expires_unix),e.days_left)}</dd>
    </dl>`}
    <p class="hint">${o.pemHint}</p>
    <${br} id="tls_certificate" label=${o.certFile} value=${n.certificate} onInput=${b("certificate")} error=${a.certificate} />
    <${br} id="tls_private_key" label=${o.keyFile} value=${n.private_key} onInput=${b("private_key")} error=${a.private_key} />
    <div class="bar"><button type="submit">${o.uploadCertificate}</button></div>
    ${d&&l`<p class="ok" role="status">${d}</p>`}
  </form>`}var ps="/v2/system/backup",Ne=q("");async function vr(e,t){let n={"X-Auth-Token":F.value.token,Accept:"application/json, application/octet-stream"};t&&(n["Content-Type"]="application/octet-stream");let r=await fetch(ps,{method:e,headers:n,body:t});if(!r.ok)throw new W(r.status,await r.json().catch(()=>null));return r}function gr(e){let t=e.body&&e.body.data&&e.body.data.message;return`${o.failed} ${e.message}${typeof t=="string"&&t!==e.message?`: ${t}`:""}`}async function $s(){let e=await vr("GET"),t=/filename="([^"]+)"/.exec(e.headers.get("Content-Disposition")||""),n=await e.blob(),r=URL.createObjectURL(n),a=document.createElement("a");return a.href=r,a.download=t?t[1]:"edgepbx-backup.bin",document.body.append(a),a.click(),a.remove(),setTimeout(()=>URL.revokeObjectURL(r),60*1e3),{name:a.download,bytes:n.size}}function yr(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$(""),[i,c]=$("");async function d(){s(""),c(""),Ne.value="",r(o.downloading);try{let p=await $s();c(o.backupSaved(p.name,p.bytes))}catch(p){s(gr(p))}r("")}async function u(p){if(p.preventDefault(),s(""),c(""),Ne.value="",!e)return s(o.pickBackup);if(confirm(o.confirmRestore(e.name))){r(o.restoring);try{let m=(await(await vr("PUT",e)).json()).data;if(!m.signed_in)return alert(o.restoredSignIn),de();Ne.value=o.restored(m.bytes),Re.value+=1}catch(m){s(gr(m)),r("")}}}return l`<form onSubmit=${u} aria-labelledby="backup-h" novalidate>
    <h3 id="backup-h">${o.backup}</h3>
    <p class="hint">${o.backupHint}</p>
    <${k} message=${a} />
    <div class="bar"><button type="button" onClick=${d} disabled=${!!n}>${o.downloadBackup}</button></div>
    <div class="field">
      <label for="restore_file">${o.restoreFile}</label>
      <input id="restore_file" type="file" onChange=${p=>t(p.target.files[0]||null)} />
    </div>
    <button type="submit" disabled=${!!n}>${o.restoreBackup}</button>
    ${(n||i||Ne.value)&&l`<p class="ok" role="status">${n||i||Ne.value}</p>`}
  </form>`}function wr(){let[e,t]=$(null),[n,r]=$("");return S(()=>{y(`users/${F.value.owner}`).then(t,a=>r(a.message))},[]),l`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${o.settings}</h2>
    <${k} message=${n} />
    <div class="stack">
      ${e&&l`<${me} username=${e.username} />`}
      <${rt} />
      <${at} />
      <${lt} />
      <${st} />
      <${pr} />
      <${hr} />
      <${_r} />
      <${yr} />
      <${fr} />
      <div><button type="button" onClick=${()=>ur().catch(a=>r(a.message))}>${o.runWizard}</button></div>
    </div>
  </section>`}var dt=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),sn=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function hs(e,t){let n=await fetch("/v2/"+X(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":F.value.token,"Content-Type":sn(t),Accept:"application/json"},body:t});if(!n.ok)throw new W(n.status,await n.json().catch(()=>null))}async function xr(e,t){let n=await P("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await hs(n.id,t)}catch(r){throw await M(`media/${n.id}`).catch(()=>{}),r}return n.id}var ln=e=>M(`media/${e}`).catch(()=>{});var cn=["skip_greeting","skip_instructions","delete_after_notify","announcement_only","check_if_owner","transcribe"],bs={check_if_owner:!0},_s=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,kr=e=>e.split(/[\s,;]+/).filter(Boolean);function gs(e){let t={};e.name.trim()||(t.name=o.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=o.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=o.pinDigits);let n=kr(e.notify).find(r=>!_s.test(r));return n&&(t.notify_email_addresses=o.badEmail(n)),t}function Cr({box:e,users:t,onDone:n}){let r=!e.id,[a,s]=$({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(cn.map(g=>[g,!!(e[g]??bs[g])]))}),[i,c]=$({}),[d,u]=$(""),[p,m]=$(!1),[b,f]=$(null),_=g=>v=>s({...a,[g]:v});async function h(g){g.preventDefault();let v=gs(a);if(b&&!dt(b)&&(v.greeting=o.greetingType),c(v),u(""),Object.keys(v).length)return;let w={name:a.name.trim(),mailbox:a.mailbox,notify_email_addresses:kr(a.notify),...Object.fromEntries(cn.map(C=>[C,a[C]]))};w.owner_id=a.owner_id||(r?void 0:null),w.pin=a.pin||(r?void 0:null),m(!0);let N=null;try{b&&(N=await xr(w.name,b).catch(C=>{throw Object.assign(C,{fields:{greeting:C.fields&&C.fields.media||C.message}})}),w.media={...e.media||{},unavailable:N}),r?await P("vmboxes",w):await R(`vmboxes/${e.id}`,w),N&&e.media&&e.media.unavailable&&await ln(e.media.unavailable),n()}catch(C){N&&await ln(N),c(C.fields||{}),u(`${o.failed} ${C.message}`),m(!1)}}return l`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${r?o.addVmbox:o.editVmbox}</h2>
    <form onSubmit=${h} novalidate>
      <${k} message=${d} />
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
          aria-invalid=${i.greeting?"true":void 0} onChange=${g=>f(g.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?o.greetingSet:o.greetingNone}</p>
        ${i.greeting&&l`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${x} id="vm_notify" label=${o.recipients} value=${a.notify} onInput=${_("notify")} error=${i.notify_email_addresses} />
      ${cn.map(g=>l`<div class="check" key=${g}>
          <input type="checkbox" id=${"vm_"+g} checked=${a[g]} onChange=${v=>_(g)(v.target.checked)} />
          <label for=${"vm_"+g}>${o.vmFlags[g]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${p}>${p?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${n}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var vs=62167219200,ys=e=>new Date((e-vs)*1e3).toISOString().slice(0,16).replace("T"," ");function ws({id:e,others:t,onMove:n}){let[r,a]=$("");return l`<span class="assign">
    <label class="sr" for=${"move-"+e}>${o.moveTo}</label>
    <select id=${"move-"+e} value=${r} onChange=${s=>a(s.target.value)}>
      <option value="">${o.moveTo}…</option>
      ${t.map(s=>l`<option key=${s.id} value=${s.id}>${s.name} (${s.mailbox})</option>`)}
    </select>
    <button class="plain" disabled=${!r} onClick=${()=>n(r)}>${o.move}</button>
  </span>`}function ut({box:e,others:t=[],onDone:n}){let r=`vmboxes/${e.id}/messages`,[a,s]=$(null),[i,c]=$({}),d=Nt([]),[u,p]=$(""),m=()=>y(`${r}?paginate=false`).then(h=>s(h.filter(g=>g.folder!=="deleted")),h=>p(h.message));S(()=>(m(),()=>d.current.forEach(h=>URL.revokeObjectURL(h))),[]);let b=h=>h.then(m,g=>p(g.message));async function f(h){if(i[h.media_id])return i[h.media_id];let g=URL.createObjectURL(await zn(`${r}/${h.media_id}/raw`));return d.current.push(g),c(v=>({...v,[h.media_id]:g})),g}async function _(h){try{let g=document.createElement("a");g.href=await f(h),g.download=`${e.mailbox}-${h.media_id}.wav`,g.click()}catch(g){p(g.message)}}return l`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${o.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${n}>${o.vmboxes}</button>
    </div>
    <${k} message=${u} />
    ${a?a.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.messages}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.duration}</th><th>${o.folder}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${a.map(h=>l`<tr key=${h.media_id} data-message=${h.media_id} class="message">
                  <td data-label=${o.when}>${h.timestamp?ys(h.timestamp):""}</td>
                  <td data-label=${o.from}>${h.caller_id_name||""} ${h.caller_id_number||""}
                    ${h.transcription&&h.transcription.text&&l`<p class="transcript" aria-label=${o.transcript}>${h.transcription.text}</p>`}</td>
                  <td data-label=${o.duration}>${h.length?`${Math.round(h.length/1e3)} s`:""}</td>
                  <td data-label=${o.folder} class="folder">${o.folders[h.folder]||h.folder}</td>
                  <td class="actions">
                    ${i[h.media_id]?l`<audio controls autoplay src=${i[h.media_id]}></audio>`:l`<button onClick=${()=>f(h).catch(g=>p(g.message))}>${o.play}</button>`}
                    <button class="plain" onClick=${()=>_(h)}>${o.download}</button>
                    ${h.folder==="new"&&l`<button class="plain" onClick=${()=>b(I(`${r}/${h.media_id}`,{folder:"saved"}))}>${o.markHeard}</button>`}
                    ${t.length>0&&l`<${ws} id=${h.media_id} others=${t} onMove=${g=>b(I(r,{messages:[h.media_id],source_id:g}))} />`}
                    <button class="danger" onClick=${()=>confirm(o.confirmDeleteMessage)&&b(M(`${r}/${h.media_id}`))}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}function Sr(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(null),[i,c]=$(""),d=()=>Promise.all([y("vmboxes?paginate=false"),y("users?paginate=false")]).then(([f,_])=>t({boxes:f,users:_}),f=>c(f.message));S(d,[]);let u=()=>{r(null),s(null),d()};async function p(f){confirm(o.confirmDeleteVmbox(f.name))&&(await M(`vmboxes/${f.id}`).catch(_=>c(_.message)),d())}async function m(f){try{r(await y(`vmboxes/${f.id}`))}catch(_){c(_.message)}}if(n)return l`<${Cr} box=${n} users=${e.users} onDone=${u} />`;if(a)return l`<${ut} box=${a} others=${e.boxes.filter(f=>f.id!==a.id)} onDone=${u} />`;let b=f=>{let _=e.users.find(h=>h.id===f);return _?`${_.first_name} ${_.last_name}`:""};return l`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${o.vmboxes}</h2>
      <button onClick=${()=>r({})}>${o.addVmbox}</button>
    </div>
    <${k} message=${i} />
    ${e?e.boxes.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.vmboxes}>
            <thead><tr><th>${o.name}</th><th>${o.mailbox}</th><th>${o.owner}</th><th>${o.newMessages}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map(f=>l`<tr key=${f.id} data-vmbox=${f.mailbox}>
                  <td data-label=${o.name}>${f.name}</td>
                  <td data-label=${o.mailbox}>${f.mailbox}</td>
                  <td data-label=${o.owner}>${b(f.owner_id)}</td>
                  <td data-label=${o.newMessages} class="count">${f.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>s(f)} aria-label=${o.messagesOf(f.name)}>${o.messages}</button>
                    <button class="plain" onClick=${()=>m(f)} aria-label=${`${o.edit} ${f.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>p(f)} aria-label=${`${o.del} ${f.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}function mt(e,t){if(!(t instanceof W))throw t;let n={};for(let[r,a]of Object.entries(t.fields))n[e==="userGroup"&&r.startsWith("numbers")?"extension":ro(r)||r.split(".")[0]]=a;throw t.fields=n,t}async function Nr(){let[e,t]=await Promise.all([y("groups?paginate=false"),y("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let r=t.filter(a=>a.group_id===n.id);return{...n,userCf:r.find(a=>a.type==="userGroup"),baseCf:r.find(a=>a.type==="baseGroup")}})}async function Er(e){let t=[];try{let n=await P("groups",Ht({},e));t.push(()=>M(`groups/${n.id}`));let r=await P("callflows",Rt({},n,e));t.push(()=>M(`callflows/${r.id}`)),await P("callflows",jt({},n,r,e)).catch(a=>mt("userGroup",a))}catch(n){for(let r of t.reverse())await r().catch(()=>{});mt("groups",n)}}async function Pr(e,t){try{let n=await I(`groups/${e.id}`,Ht(await y(`groups/${e.id}`),t)),r=await I(`callflows/${e.baseCf.id}`,Rt(await y(`callflows/${e.baseCf.id}`),n,t)),a=e.userCf?await y(`callflows/${e.userCf.id}`):{},s=jt(a,n,r,t);await(e.userCf?I(`callflows/${e.userCf.id}`,s):P("callflows",s)).catch(i=>mt("userGroup",i))}catch(n){mt("groups",n)}}async function Fr(e){for(let t of[e.userCf,e.baseCf])t&&await M(`callflows/${t.id}`);await M(`groups/${e.id}`)}var $e=e=>/^\d+$/.test(String(e))?Number(e):NaN;function xs(e){let t={};return e.name.trim()||(t.name=o.required),/^\d{2,8}$/.test(e.extension)||(t.extension=o.extDigits),$e(e.repeats)>=1&&$e(e.repeats)<=10||(t.repeats=o.repeatsRange),e.members.length||(t.members=o.pickMember),e.members.length>xe&&(t.members=o.tooManyMembers(xe)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=o.badTimeline),{...t,...ao(e)}}function Or({id:e,label:t,value:n,onChange:r,options:a,wide:s}){return l`<div class=${s?"field wide":"field"}>
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>r(i.target.value)}>
      ${a.map(([i,c])=>l`<option key=${i} value=${i}>${c}</option>`)}
    </select>
  </div>`}function Mr({group:e,users:t,vmboxes:n,media:r,onDone:a}){let[s,i]=$(e.form),[c,d]=$("20"),[u,p]=$({}),[m,b]=$(""),[f,_]=$(!1),h=E=>T=>i({...s,[E]:T}),g=E=>s.members.find(T=>T.id===E),v=E=>i({...s,members:g(E.id)?s.members.filter(T=>T.id!==E.id):[...s.members,{id:E.id,delay:0,timeout:20}]}),w=(E,T,V)=>i({...s,members:s.members.map(z=>z.id===E?{...z,[T]:$e(V)}:z)});async function N(E){E.preventDefault();let T=xs(s);if(p(T),b(""),!Object.keys(T).length){_(!0);try{let V=O?s.members.map(he=>({...he,delay:0})):s.members,z={...s,members:V,name:s.name.trim(),repeats:$e(s.repeats)};await(e.id?Pr(e,z):Er(z)),a()}catch(V){p(V.fields||{}),b(`${o.failed} ${V.message}`),_(!1)}}}let C=s.members.length>=xe,O=s.strategy!=="simultaneous";return l`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?o.editGroup:o.addGroup}</h2>
    <form onSubmit=${N} novalidate>
      <${k} message=${m} />
      <div class="grid">
        <${x} id="group_name" label=${o.name} value=${s.name} onInput=${h("name")} error=${u.name} required />
        <${x} id="group_extension" label=${o.extension} value=${s.extension} onInput=${h("extension")} error=${u.extension} required inputmode="numeric" />
        <${x} id="group_repeats" label=${o.repeats} value=${String(s.repeats)} onInput=${h("repeats")} error=${u.repeats} inputmode="numeric" />
        <${Or} id="group_strategy" label=${o.strategy} value=${s.strategy} onChange=${h("strategy")} options=${Object.entries(o.strategies)} />
        <${Or} id="group_next" wide label=${o.nextAction} value=${s.next_vmbox} onChange=${h("next_vmbox")}
          options=${[["",o.notAvailable],...n.map(E=>[E.id,o.toVoicemail(E.name,E.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${o.members(s.members.length,xe)}</legend>
        ${u.members&&l`<p class="error" id="members-error" role="alert">${u.members}</p>`}
        <table class="list timeline" aria-label=${o.timeline}>
          <thead><tr><th>${o.member}</th>${!O&&l`<th>${o.startAfter}</th>`}<th>${o.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(E=>{let T=g(E.id),V=`${E.first_name} ${E.last_name}`;return l`<tr key=${E.id} data-member=${E.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+E.id} checked=${!!T} disabled=${!T&&C} onChange=${()=>v(E)} /><label for=${"m-"+E.id}>${V}</label></span></td>
                ${!O&&l`<td data-label=${o.startAfter}>${T&&l`<input class="delay" aria-label=${`${o.startAfter} ${V}`} inputmode="numeric" value=${Number.isNaN(T.delay)?"":T.delay} onInput=${z=>w(E.id,"delay",z.target.value)} />`}</td>`}
                <td data-label=${o.ringFor}>${T&&l`<input class="timeout" aria-label=${`${o.ringFor} ${V}`} inputmode="numeric" value=${Number.isNaN(T.timeout)?"":T.timeout} onInput=${z=>w(E.id,"timeout",z.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${x} id="group_total" label=${o.totalRing} value=${c} onInput=${d} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!s.members.length||!($e(c)>=1)} onClick=${()=>i({...s,members:io(s.members,$e(c))})}>${o.distribute}</button>
        </div>
      </fieldset>
      <${so} f=${s} set=${h} media=${r} errors=${u} />
      <div class="bar">
        <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${a}>${o.cancel}</button>
      </div>
    </form>
  </section>`}async function ks(e){let t=e.baseCf?await y(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},r=(n.endpoints||[]).map(i=>({id:i.id,delay:Number(i.delay)||0,timeout:Number(i.timeout)||20})),a=e.userCf?(await y(`callflows/${e.userCf.id}`)).flow:null,s=a&&Dt(a)?(Dt(a).children||{})._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:s&&s.module==="voicemail"?s.data.id:"",members:r,...to(a,n)}}function Tr(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(""),i=()=>Promise.all([Nr(),y("users?paginate=false"),y("vmboxes?paginate=false"),y("media?paginate=false")]).then(([u,p,m,b])=>t({groups:u,users:p,vmboxes:m,media:b}),u=>s(u.message));S(i,[]);async function c(u){try{r({...u,form:await ks(u)})}catch(p){s(p.message)}}async function d(u){confirm(o.confirmDeleteGroup(u.name))&&(await Fr(u).catch(p=>s(p.message)),i())}return n?l`<${Mr}
      group=${n}
      users=${e.users}
      vmboxes=${e.vmboxes}
      media=${e.media}
      onDone=${()=>{r(null),i()}}
    />`:l`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${o.groups}</h2>
      <button disabled=${!e} onClick=${()=>r({form:{name:"",extension:"",repeats:1,strategy:"simultaneous",next_vmbox:"",members:[],...At}})}>${o.addGroup}</button>
    </div>
    <${k} message=${a} />
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
  </section>`}function Ir(e,t){let n=[];for(let r of e){let a=r.type==="mainUserCallflow"&&t.find(s=>s.id===r.owner_id);a?n.push({id:r.id,label:o.assignUser(`${a.first_name} ${a.last_name}`)}):r.type==="userGroup"?n.push({id:r.id,label:o.assignGroup(r.name)}):r.type==="main"&&r.name==="MainCallflow"?n.push({id:r.id,label:o.mainNumber}):(r.modules||[]).includes("conference")&&!r.featurecode&&n.push({id:r.id,label:o.assignConference(r.name||r.id)})}return n.sort((r,a)=>r.label.localeCompare(a.label))}async function Ar(e,t){let n=await y(`callflows/${e}`);await R(`callflows/${e}`,{numbers:[...n.numbers||[],t]})}async function Dr(e,t){let n=await y(`callflows/${e}`);await R(`callflows/${e}`,{numbers:(n.numbers||[]).filter(r=>r!==t)})}async function Cs(){let[e,t,n]=await Promise.all([y("phone_numbers"),y("callflows?paginate=false"),y("users?paginate=false")]),r=Ir(t,n);return{rows:Object.entries(e.numbers||{}).map(([s,i])=>{let c=i.used_by_id&&t.find(u=>u.id===i.used_by_id),d=c&&r.find(u=>u.id===c.id);return{number:s,usedBy:d?d.label:c?c.name||c.id:i.used_by_id||"",assignedTo:d&&c.id}}).sort((s,i)=>s.number.localeCompare(i.number)),targets:r}}function Ss({number:e,choices:t,onAssign:n}){let[r,a]=$(""),s=`assign-${e}`;return l`<span class="assign">
    <label class="sr" for=${s}>${o.assignTo(e)}</label>
    <select id=${s} value=${r} onChange=${i=>a(i.target.value)}>
      <option value="">${o.assignPick}</option>
      ${t.map(i=>l`<option key=${i.id} value=${i.id}>${i.label}</option>`)}
    </select>
    <button disabled=${!r} onClick=${()=>n(r)}>${o.assign}</button>
  </span>`}function Lr(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$(""),[i,c]=$(""),d=()=>Cs().then(t,f=>c(f.message)),u=e&&e.rows,p=f=>f.then(()=>c(""),_=>c(_.message)).then(d);S(d,[]);async function m(f){f.preventDefault();let _=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(_))return s(o.badPhoneNumber);s("");try{await P(`phone_numbers/${encodeURIComponent(_)}`,{}),r(""),d()}catch(h){s(h.fields.number||h.message)}}async function b(f){confirm(o.confirmDeleteNumber(f))&&(await M(`phone_numbers/${encodeURIComponent(f)}`).catch(_=>c(_.message)),d())}return l`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${o.numbers}</h2>
    <${k} message=${i} />
    ${u?u.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.numbers}>
            <thead><tr><th>${o.number}</th><th>${o.usedBy}</th><th><span class="sr">${o.del}</span></th></tr></thead>
            <tbody>
              ${u.map(f=>l`<tr key=${f.number} data-number=${f.number}>
                  <td data-label=${o.number} class="main-number">${f.number}</td>
                  <td data-label=${o.usedBy} class="used-by">${f.usedBy||o.spare}</td>
                  <td class="actions">
                    ${!f.usedBy&&l`<${Ss} number=${f.number} choices=${e.targets} onAssign=${_=>p(Ar(_,f.number))} />`}
                    ${f.assignedTo&&l`<button class="plain" onClick=${()=>p(Dr(f.assignedTo,f.number))} aria-label=${`${o.unassign} ${f.number}`}>${o.unassign}</button>`}
                    ${!f.usedBy&&l`<button class="danger" onClick=${()=>b(f.number)} aria-label=${`${o.remove} ${f.number}`}>${o.remove}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
    <form onSubmit=${m} novalidate>
      <${x} id="new_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
      <button type="submit">${o.addPhoneNumber}</button>
    </form>
  </section>`}var Ns=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function Es(e){let t={};e.name.trim()||(t.name=o.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=o.extDigits);for(let n of["member_pins","moderator_pins"])Ns.test(e[n].trim())||(t[n]=o.pinList);return t}function Ur({conf:e,onDone:t}){let n=!e.id,[r,a]=$({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[s,i]=$({}),[c,d]=$(""),[u,p]=$(!1),m=f=>_=>a({...r,[f]:_});async function b(f){f.preventDefault();let _=Es(r);if(i(_),d(""),!Object.keys(_).length){p(!0);try{n?await Qe(r):await _o(e.id,r),t()}catch(h){i(h.fields||{}),d(`${o.failed} ${h.message}`),p(!1)}}}return l`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?o.addConference:o.editConference}</h2>
    <form onSubmit=${b} novalidate>
      <${k} message=${c} />
      <div class="grid">
        <${x} id="conf_name" label=${o.name} value=${r.name} onInput=${m("name")} error=${s.name} required />
        <${x} id="conf_number" label=${o.confNumber} value=${r.number} onInput=${m("number")} error=${s.number} required inputmode="tel" />
        <${x} id="conf_member_pins" label=${o.memberPins} value=${r.member_pins} onInput=${m("member_pins")} error=${s.member_pins||s.member} inputmode="numeric" autocomplete="off" />
        <${x} id="conf_moderator_pins" label=${o.moderatorPins} value=${r.moderator_pins} onInput=${m("moderator_pins")} error=${s.moderator_pins||s.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${A} id="conf_join_muted" label=${o.joinMuted} checked=${r.join_muted} onChange=${m("join_muted")} />
      <div class="bar">
        <button type="submit" disabled=${u}>${u?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var Br=e=>(e&&e.pins||[]).length;function Hr(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(""),i=()=>y("conferences?paginate=false").then(t,u=>s(u.message));S(i,[]);async function c(u){try{r(await y(`conferences/${u.id}`))}catch(p){s(p.message)}}async function d(u){confirm(o.confirmDeleteConference(u.name))&&(await ke(u.id).catch(p=>s(p.message)),i())}return n?l`<${Ur}
      conf=${n}
      onDone=${()=>{r(null),i()}}
    />`:l`<section aria-labelledby="conf-h">
    <div class="bar">
      <h2 id="conf-h">${o.conferences}</h2>
      <button onClick=${()=>r({})}>${o.addConference}</button>
    </div>
    <${k} message=${a} />
    ${e?e.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.conferences}>
            <thead><tr><th>${o.name}</th><th>${o.confNumber}</th><th>${o.pins}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(u=>l`<tr key=${u.id} data-conference=${u.name}>
                  <td data-label=${o.name}>${u.name}</td>
                  <td data-label=${o.confNumber} class="ext">${(u.conference_numbers||[]).join(", ")}</td>
                  <td data-label=${o.pins} class="pins">${o.pinSummary(Br(u.member),Br(u.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>c(u)} aria-label=${`${o.edit} ${u.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>d(u)} aria-label=${`${o.del} ${u.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}var Ps=(e,t)=>({...e,numbers:e.numbers.map(n=>n.replace("{code}",t)),patterns:e.patterns.map(n=>n.replace("{code}",t.replace(/\*/g,"\\*"))),featurecode:{...e.featurecode,number:t}}),Fs=e=>/^[0-9*]{1,6}$/.test(e),Os=(e,t)=>(e.star?`*${t}`:t)+(e.takes_digits?"\u2026":"");function Ms({row:e,taken:t,onSaved:n}){let[r,a]=$(e.number),[s,i]=$(e.enabled),[c,d]=$(""),[u,p]=$(!1),m=r!==e.number||s!==e.enabled,b=`fc-${e.name.replace(/[^a-z0-9]/gi,"_")}`,f=o.fcNames[e.name]||e.name;async function _(){if(s&&!Fs(r))return d(o.fcDigits);if(s&&t(e,r))return d(o.fcTaken(Os(e,r)));d(""),p(!0);try{let h=Ps(e.template,r);s?e.enabled?await R(`callflows/${e.callflow_id}`,{numbers:h.numbers,patterns:h.patterns,featurecode:h.featurecode}):await P("callflows",h):await M(`callflows/${e.callflow_id}`),n()}catch(h){d(h.fields.numbers||h.fields.patterns||h.message),p(!1)}}return l`<tr data-code=${e.name} class=${e.handled?"":"muted"}>
    <td data-label=${o.fcWhat}>${f}${!e.handled&&l`<br /><small>${o.fcNotRun}</small>`}</td>
    <td data-label=${o.fcCode}>
      <span class="code-input">${e.star?"*":""}<input id=${b} aria-label=${`${o.fcCode}: ${f}`} value=${r} inputmode="tel" size="6"
        aria-invalid=${c?"true":void 0} onInput=${h=>a(h.target.value.trim())} disabled=${!s} />${e.takes_digits?"\u2026":""}</span>
      ${c&&l`<p class="error" role="alert">${c}</p>`}
    </td>
    <td data-label=${o.fcOn}><input type="checkbox" aria-label=${`${o.fcOn}: ${f}`} checked=${s} disabled=${!e.handled&&!e.enabled}
      onChange=${h=>i(h.target.checked)} /></td>
    <td class="actions">${m&&l`<button type="button" disabled=${u} onClick=${_} aria-label=${`${o.save}: ${f}`}>${o.save}</button>`}</td>
  </tr>`}function Rr(){let[e,t]=$(null),[n,r]=$(""),a=()=>y("feature_codes").then(t,i=>r(i.message));S(a,[]);let s=(i,c)=>e.some(d=>d!==i&&d.enabled&&d.star===i.star&&d.number===c);return l`<section aria-labelledby="fc-h">
    <h2 id="fc-h">${o.featureCodes}</h2>
    <p class="hint">${o.fcHint}</p>
    <${k} message=${n} />
    ${e?l`<table class="list" aria-label=${o.featureCodes}>
          <thead><tr><th>${o.fcWhat}</th><th>${o.fcCode}</th><th>${o.fcOn}</th><th><span class="sr">${o.save}</span></th></tr></thead>
          <tbody>${e.map(i=>l`<${Ms} key=${`${i.name}/${i.callflow_id}/${i.number}`} row=${i} taken=${s} onSaved=${a} />`)}</tbody>
        </table>`:l`<p>${o.loading}</p>`}
  </section>`}var Ts=5e3;function Is({userId:e}){let[t,n]=$(null),[r,a]=$("");return S(()=>{let s=d=>d.filter(u=>u.device_type!=="cellphone"&&u.device_type!=="landline"),i=()=>y(`users/${e}/devices`).then(d=>n(s(d)),d=>a(d.message));i();let c=setInterval(i,Ts);return()=>clearInterval(c)},[]),l`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${o.myDevices}</h3>
    <${k} message=${r} />
    ${t?t.length===0?o.none:l`<ul class="my-devices">
            ${t.map(s=>l`<li key=${s.id} data-device=${s.name}>
                <span class=${s.registered?"dot on":"dot"}>${s.name} · ${s.registered?o.registered:o.notRegistered}</span>
              </li>`)}
          </ul>`:o.loading}
  </div>`}function jr(){let[e,t]=$(null),[n,r]=$("");return S(()=>{y(`users/${F.value.owner}`).then(t,a=>r(a.message))},[]),l`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:o.myPhone}</h2>
    <${k} message=${n} />
    ${e&&l`<div class="stack">
      <${Is} userId=${e.id} />
      <${Xe} user=${e} onSaved=${t} />
      <${Je} userId=${e.id} />
      <${me} username=${e.username} />
    </div>`}
  </section>`}async function As(e,t){let n=await fetch("/v2/"+X(`vmboxes/${e}/greeting`),{method:"POST",headers:{"X-Auth-Token":F.value.token,"Content-Type":sn(t),Accept:"application/json"},body:t});if(!n.ok)throw new W(n.status,await n.json().catch(()=>null))}function Gr({box:e}){let[t,n]=$(""),[r,a]=$(""),[s,i]=$(null),[c,d]=$({}),[u,p]=$(""),[m,b]=$(!1),f=()=>y(`vmboxes/${e.id}`).then(v=>b(!!(v.media&&v.media.unavailable)),()=>{});S(f,[]);let _=v=>`${v}_${e.mailbox}`;async function h(v){v.preventDefault(),p("");let w={};if(/^\d{4,6}$/.test(t)?t!==r&&(w.again=o.pinMismatch):w.pin=o.pinDigits,d(w),!Object.keys(w).length)try{await R(`vmboxes/${e.id}`,{pin:t}),n(""),a(""),p("pin")}catch(N){d({pin:N.fields.pin||N.message})}}async function g(v){if(v.preventDefault(),p(""),!s||!dt(s))return d({greeting:o.greetingType});d({});try{await As(e.id,s),p("greeting"),f()}catch(w){d({greeting:w.fields.media||w.message})}}return l`<div class="card" data-settings=${e.mailbox}>
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
  </div>`}function Wr(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(""),i=()=>y("vmboxes?paginate=false").then(t,c=>s(c.message));return S(i,[]),n?l`<${ut}
      box=${n}
      onDone=${()=>{r(null),i()}}
    />`:l`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${o.vmboxes}</h2>
    <${k} message=${a} />
    ${e?e.length===0?l`<p>${o.noBox}</p>`:l`<ul class="numbers">
            ${e.map(c=>l`<li key=${c.id} data-vmbox=${c.mailbox}>
                <span>${c.name} (${c.mailbox}) · ${o.messageCount(c.messages||0)}</span>
                <button onClick=${()=>r(c)} aria-label=${o.messagesOf(c.name)}>${o.messages}</button>
              </li>`)}
          </ul>`:l`<p>${o.loading}</p>`}
    ${e&&l`<div class="stack">${e.map(c=>l`<${Gr} key=${c.id} box=${c} />`)}</div>`}
  </section>`}var Ds={dashboard:[o.dashboard,Qn],users:[o.users,Po],devices:[o.devices,Mo],groups:[o.groups,Tr],calls:[o.callLogs,Io],main:[o.mainNumber,ot],voicemail:[o.vmboxes,Sr],conferences:[o.conferences,Hr],codes:[o.featureCodes,Rr],numbers:[o.numbers,Lr],settings:[o.settings,wr]},Ls={me:[o.myPhone,jr],myvoicemail:[o.vmboxes,Wr],mycalls:[o.myCalls,Ao]},ft=()=>F.value&&F.value.admin===!1?Ls:Ds,dn=q(location.hash.slice(1));addEventListener("hashchange",()=>dn.value=location.hash.slice(1));var Us=()=>dn.value in ft()?dn.value:Object.keys(ft())[0],Vr=null;ae(()=>{let e=F.value;e||(se.value=null),e&&e.admin!==!1&&Vr!==e.token&&(Vr=e.token,dr().catch(()=>{}))});function Bs(){if(!F.value)return l`<${Zn} />`;let e=Us(),[,t]=ft()[e];return l`<header>
      <strong>${o.app}</strong>
      <nav aria-label=${o.menu}>
        ${Object.entries(ft()).map(([n,[r]])=>l`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${r}</a>`)}
      </nav>
      <button class="plain" onClick=${de}>${o.logout}</button>
    </header>
    <main>${se.value?l`<${mr} />`:l`<${t} key=${`${e}:${Re.value}`} />`}</main>`}xt(l`<${Bs} />`,document.getElementById("app"));
