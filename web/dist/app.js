var Fe,A,hn,_t,te,mn,bn,$t,_n,gt,ht,bt,Kr,_e={},gn=[],Yr=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,vt=Array.isArray;function Z(e,t){for(var n in t)e[n]=t[n];return e}function yt(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Te(e,t,n){var r,a,s,i={};for(s in t)s=="key"?r=t[s]:s=="ref"?a=t[s]:i[s]=t[s];if(arguments.length>2&&(i.children=arguments.length>3?Fe.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)i[s]===void 0&&(i[s]=e.defaultProps[s]);return Oe(e,i,r,a,null)}function Oe(e,t,n,r,a){var s={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:a??++hn,__i:-1,__u:0};return a==null&&A.vnode!=null&&A.vnode(s),s}function Ie(e){return e.children}function ne(e,t){this.props=e,this.context=t}function ie(e,t){if(t==null)return e.__?ie(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?ie(e):null}function vn(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return vn(e)}}function fn(e){(!e.__d&&(e.__d=!0)&&te.push(e)&&!Me.__r++||mn!==A.debounceRendering)&&((mn=A.debounceRendering)||bn)(Me)}function Me(){var e,t,n,r,a,s,i,d;for(te.sort($t);e=te.shift();)e.__d&&(t=te.length,r=void 0,s=(a=(n=e).__v).__e,i=[],d=[],n.__P&&((r=Z({},a)).__v=a.__v+1,A.vnode&&A.vnode(r),wt(n.__P,r,a,n.__n,n.__P.namespaceURI,32&a.__u?[s]:null,i,s??ie(a),!!(32&a.__u),d),r.__v=a.__v,r.__.__k[r.__i]=r,xn(i,r,d),r.__e!=s&&vn(r)),te.length>t&&te.sort($t));Me.__r=0}function yn(e,t,n,r,a,s,i,d,c,u,f){var m,b,p,_,h,g,y=r&&r.__k||gn,w=t.length;for(c=Xr(n,t,y,c,w),m=0;m<w;m++)(p=n.__k[m])!=null&&(b=p.__i===-1?_e:y[p.__i]||_e,p.__i=m,g=wt(e,p,b,a,s,i,d,c,u,f),_=p.__e,p.ref&&b.ref!=p.ref&&(b.ref&&xt(b.ref,null,p),f.push(p.ref,p.__c||_,p)),h==null&&_!=null&&(h=_),4&p.__u||b.__k===p.__k?c=wn(p,c,e):typeof p.type=="function"&&g!==void 0?c=g:_&&(c=_.nextSibling),p.__u&=-7);return n.__e=h,c}function Xr(e,t,n,r,a){var s,i,d,c,u,f=n.length,m=f,b=0;for(e.__k=new Array(a),s=0;s<a;s++)(i=t[s])!=null&&typeof i!="boolean"&&typeof i!="function"?(c=s+b,(i=e.__k[s]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?Oe(null,i,null,null,null):vt(i)?Oe(Ie,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?Oe(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,d=null,(u=i.__i=Zr(i,n,c,m))!==-1&&(m--,(d=n[u])&&(d.__u|=2)),d==null||d.__v===null?(u==-1&&b--,typeof i.type!="function"&&(i.__u|=4)):u!=c&&(u==c-1?b--:u==c+1?b++:(u>c?b--:b++,i.__u|=4))):e.__k[s]=null;if(m)for(s=0;s<f;s++)(d=n[s])!=null&&!(2&d.__u)&&(d.__e==r&&(r=ie(d)),kn(d,d));return r}function wn(e,t,n){var r,a;if(typeof e.type=="function"){for(r=e.__k,a=0;r&&a<r.length;a++)r[a]&&(r[a].__=e,t=wn(r[a],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=ie(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Zr(e,t,n,r){var a,s,i=e.key,d=e.type,c=t[n];if(c===null||c&&i==c.key&&d===c.type&&!(2&c.__u))return n;if(r>(c!=null&&!(2&c.__u)?1:0))for(a=n-1,s=n+1;a>=0||s<t.length;){if(a>=0){if((c=t[a])&&!(2&c.__u)&&i==c.key&&d===c.type)return a;a--}if(s<t.length){if((c=t[s])&&!(2&c.__u)&&i==c.key&&d===c.type)return s;s++}}return-1}function pn(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||Yr.test(t)?n:n+"px"}function Pe(e,t,n,r,a){var s;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||pn(e.style,t,"");if(n)for(t in n)r&&n[t]===r[t]||pn(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(_n,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=n,n?r?n.u=r.u:(n.u=gt,e.addEventListener(t,s?bt:ht,s)):e.removeEventListener(t,s?bt:ht,s);else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function $n(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=gt++;else if(t.t<n.u)return;return n(A.event?A.event(t):t)}}}function wt(e,t,n,r,a,s,i,d,c,u){var f,m,b,p,_,h,g,y,w,N,C,M,E,T,V,z,he,Y=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(c=!!(32&n.__u),s=[d=t.__e=n.__e]),(f=A.__b)&&f(t);e:if(typeof Y=="function")try{if(y=t.props,w="prototype"in Y&&Y.prototype.render,N=(f=Y.contextType)&&r[f.__c],C=f?N?N.props.value:f.__:r,n.__c?g=(m=t.__c=n.__c).__=m.__E:(w?t.__c=m=new Y(y,C):(t.__c=m=new ne(y,C),m.constructor=Y,m.render=Qr),N&&N.sub(m),m.props=y,m.state||(m.state={}),m.context=C,m.__n=r,b=m.__d=!0,m.__h=[],m._sb=[]),w&&m.__s==null&&(m.__s=m.state),w&&Y.getDerivedStateFromProps!=null&&(m.__s==m.state&&(m.__s=Z({},m.__s)),Z(m.__s,Y.getDerivedStateFromProps(y,m.__s))),p=m.props,_=m.state,m.__v=t,b)w&&Y.getDerivedStateFromProps==null&&m.componentWillMount!=null&&m.componentWillMount(),w&&m.componentDidMount!=null&&m.__h.push(m.componentDidMount);else{if(w&&Y.getDerivedStateFromProps==null&&y!==p&&m.componentWillReceiveProps!=null&&m.componentWillReceiveProps(y,C),!m.__e&&(m.shouldComponentUpdate!=null&&m.shouldComponentUpdate(y,m.__s,C)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(m.props=y,m.state=m.__s,m.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(be){be&&(be.__=t)}),M=0;M<m._sb.length;M++)m.__h.push(m._sb[M]);m._sb=[],m.__h.length&&i.push(m);break e}m.componentWillUpdate!=null&&m.componentWillUpdate(y,m.__s,C),w&&m.componentDidUpdate!=null&&m.__h.push(function(){m.componentDidUpdate(p,_,h)})}if(m.context=C,m.props=y,m.__P=e,m.__e=!1,E=A.__r,T=0,w){for(m.state=m.__s,m.__d=!1,E&&E(t),f=m.render(m.props,m.state,m.context),V=0;V<m._sb.length;V++)m.__h.push(m._sb[V]);m._sb=[]}else do m.__d=!1,E&&E(t),f=m.render(m.props,m.state,m.context),m.state=m.__s;while(m.__d&&++T<25);m.state=m.__s,m.getChildContext!=null&&(r=Z(Z({},r),m.getChildContext())),w&&!b&&m.getSnapshotBeforeUpdate!=null&&(h=m.getSnapshotBeforeUpdate(p,_)),d=yn(e,vt(z=f!=null&&f.type===Ie&&f.key==null?f.props.children:f)?z:[z],t,n,r,a,s,i,d,c,u),m.base=t.__e,t.__u&=-161,m.__h.length&&i.push(m),g&&(m.__E=m.__=null)}catch(be){if(t.__v=null,c||s!=null)if(be.then){for(t.__u|=c?160:128;d&&d.nodeType==8&&d.nextSibling;)d=d.nextSibling;s[s.indexOf(d)]=null,t.__e=d}else for(he=s.length;he--;)yt(s[he]);else t.__e=n.__e,t.__k=n.__k;A.__e(be,t,n)}else s==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):d=t.__e=Jr(n.__e,t,n,r,a,s,i,c,u);return(f=A.diffed)&&f(t),128&t.__u?void 0:d}function xn(e,t,n){for(var r=0;r<n.length;r++)xt(n[r],n[++r],n[++r]);A.__c&&A.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(s){s.call(a)})}catch(s){A.__e(s,a.__v)}})}function Jr(e,t,n,r,a,s,i,d,c){var u,f,m,b,p,_,h,g=n.props,y=t.props,w=t.type;if(w=="svg"?a="http://www.w3.org/2000/svg":w=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),s!=null){for(u=0;u<s.length;u++)if((p=s[u])&&"setAttribute"in p==!!w&&(w?p.localName==w:p.nodeType==3)){e=p,s[u]=null;break}}if(e==null){if(w==null)return document.createTextNode(y);e=document.createElementNS(a,w,y.is&&y),d&&(A.__m&&A.__m(t,s),d=!1),s=null}if(w===null)g===y||d&&e.data===y||(e.data=y);else{if(s=s&&Fe.call(e.childNodes),g=n.props||_e,!d&&s!=null)for(g={},u=0;u<e.attributes.length;u++)g[(p=e.attributes[u]).name]=p.value;for(u in g)if(p=g[u],u!="children"){if(u=="dangerouslySetInnerHTML")m=p;else if(!(u in y)){if(u=="value"&&"defaultValue"in y||u=="checked"&&"defaultChecked"in y)continue;Pe(e,u,null,p,a)}}for(u in y)p=y[u],u=="children"?b=p:u=="dangerouslySetInnerHTML"?f=p:u=="value"?_=p:u=="checked"?h=p:d&&typeof p!="function"||g[u]===p||Pe(e,u,p,g[u],a);if(f)d||m&&(f.__html===m.__html||f.__html===e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(m&&(e.innerHTML=""),yn(e,vt(b)?b:[b],t,n,r,w=="foreignObject"?"http://www.w3.org/1999/xhtml":a,s,i,s?s[0]:n.__k&&ie(n,0),d,c),s!=null)for(u=s.length;u--;)yt(s[u]);d||(u="value",w=="progress"&&_==null?e.removeAttribute("value"):_!==void 0&&(_!==e[u]||w=="progress"&&!_||w=="option"&&_!==g[u])&&Pe(e,u,_,g[u],a),u="checked",h!==void 0&&h!==e[u]&&Pe(e,u,h,g[u],a))}return e}function xt(e,t,n){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(a){A.__e(a,n)}}function kn(e,t,n){var r,a;if(A.unmount&&A.unmount(e),(r=e.ref)&&(r.current&&r.current!==e.__e||xt(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(s){A.__e(s,t)}r.base=r.__P=null}if(r=e.__k)for(a=0;a<r.length;a++)r[a]&&kn(r[a],t,n||typeof e.type!="function");n||yt(e.__e),e.__c=e.__=e.__e=void 0}function Qr(e,t,n){return this.constructor(e,n)}function kt(e,t,n){var r,a,s,i;t==document&&(t=document.documentElement),A.__&&A.__(e,t),a=(r=typeof n=="function")?null:n&&n.__k||t.__k,s=[],i=[],wt(t,e=(!r&&n||t).__k=Te(Ie,null,[e]),a||_e,_e,t.namespaceURI,!r&&n?[n]:a?null:t.firstChild?Fe.call(t.childNodes):null,s,!r&&n?n:a?a.__e:t.firstChild,r,i),xn(s,e,i)}Fe=gn.slice,A={__e:function(e,t,n,r){for(var a,s,i;t=t.__;)if((a=t.__c)&&!a.__)try{if((s=a.constructor)&&s.getDerivedStateFromError!=null&&(a.setState(s.getDerivedStateFromError(e)),i=a.__d),a.componentDidCatch!=null&&(a.componentDidCatch(e,r||{}),i=a.__d),i)return a.__E=a}catch(d){e=d}throw e}},hn=0,_t=function(e){return e!=null&&e.constructor==null},ne.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=Z({},this.state),typeof e=="function"&&(e=e(Z({},n),this.props)),e&&Z(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),fn(this))},ne.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),fn(this))},ne.prototype.render=Ie,te=[],bn=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,$t=function(e,t){return e.__v.__b-t.__v.__b},Me.__r=0,_n=/(PointerCapture)$|Capture$/i,gt=0,ht=$n(!1),bt=$n(!0),Kr=0;var Sn=function(e,t,n,r){var a;t[0]=0;for(var s=1;s<t.length;s++){var i=t[s++],d=t[s]?(t[0]|=i?1:2,n[t[s++]]):t[++s];i===3?r[0]=d:i===4?r[1]=Object.assign(r[1]||{},d):i===5?(r[1]=r[1]||{})[t[++s]]=d:i===6?r[1][t[++s]]+=d+"":i?(a=e.apply(d,Sn(e,d,n,["",null])),r.push(a),d[0]?t[0]|=2:(t[s-2]=0,t[s]=a)):r.push(d)}return r},Cn=new Map;function Nn(e){var t=Cn.get(this);return t||(t=new Map,Cn.set(this,t)),(t=Sn(this,t.get(e)||(t.set(e,t=function(n){for(var r,a,s=1,i="",d="",c=[0],u=function(b){s===1&&(b||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?c.push(0,b,i):s===3&&(b||i)?(c.push(3,b,i),s=2):s===2&&i==="..."&&b?c.push(4,b,0):s===2&&i&&!b?c.push(5,0,!0,i):s>=5&&((i||!b&&s===5)&&(c.push(s,0,i,a),s=6),b&&(c.push(s,b,0,a),s=6)),i=""},f=0;f<n.length;f++){f&&(s===1&&u(),u(f));for(var m=0;m<n[f].length;m++)r=n[f][m],s===1?r==="<"?(u(),c=[c],s=3):i+=r:s===4?i==="--"&&r===">"?(s=1,i=""):i=r+i[0]:d?r===d?d="":i+=r:r==='"'||r==="'"?d=r:r===">"?(u(),s=1):s&&(r==="="?(s=5,a=i,i=""):r==="/"&&(s<5||n[f][m+1]===">")?(u(),s===3&&(c=c[0]),s=c,(c=c[0]).push(2,0,s),s=0):r===" "||r==="	"||r===`
`||r==="\r"?(u(),s=2):i+=r),s===3&&i==="!--"&&(s=4,c=c[0])}return u(),c}(e)),t),arguments,[])).length>1?t:t[0]}var l=Nn.bind(Te);var ge,H,Ct,En,Ae=0,An=[],j=A,Pn=j.__b,On=j.__r,Mn=j.diffed,Fn=j.__c,Tn=j.unmount,In=j.__;function Nt(e,t){j.__h&&j.__h(H,e,Ae||t),Ae=0;var n=H.__H||(H.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function $(e){return Ae=1,ea(Un,e)}function ea(e,t,n){var r=Nt(ge++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Un(void 0,t),function(d){var c=r.__N?r.__N[0]:r.__[0],u=r.t(c,d);c!==u&&(r.__N=[u,r.__[1]],r.__c.setState({}))}],r.__c=H,!H.u)){var a=function(d,c,u){if(!r.__c.__H)return!0;var f=r.__c.__H.__.filter(function(b){return!!b.__c});if(f.every(function(b){return!b.__N}))return!s||s.call(this,d,c,u);var m=r.__c.props!==d;return f.forEach(function(b){if(b.__N){var p=b.__[0];b.__=b.__N,b.__N=void 0,p!==b.__[0]&&(m=!0)}}),s&&s.call(this,d,c,u)||m};H.u=!0;var s=H.shouldComponentUpdate,i=H.componentWillUpdate;H.componentWillUpdate=function(d,c,u){if(this.__e){var f=s;s=void 0,a(d,c,u),s=f}i&&i.call(this,d,c,u)},H.shouldComponentUpdate=a}return r.__N||r.__}function S(e,t){var n=Nt(ge++,3);!j.__s&&Ln(n.__H,t)&&(n.__=e,n.i=t,H.__H.__h.push(n))}function Et(e){return Ae=5,Le(function(){return{current:e}},[])}function Le(e,t){var n=Nt(ge++,7);return Ln(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function ta(){for(var e;e=An.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(De),e.__H.__h.forEach(St),e.__H.__h=[]}catch(t){e.__H.__h=[],j.__e(t,e.__v)}}j.__b=function(e){H=null,Pn&&Pn(e)},j.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),In&&In(e,t)},j.__r=function(e){On&&On(e),ge=0;var t=(H=e.__c).__H;t&&(Ct===H?(t.__h=[],H.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(De),t.__h.forEach(St),t.__h=[],ge=0)),Ct=H},j.diffed=function(e){Mn&&Mn(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(An.push(t)!==1&&En===j.requestAnimationFrame||((En=j.requestAnimationFrame)||na)(ta)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),Ct=H=null},j.__c=function(e,t){t.some(function(n){try{n.__h.forEach(De),n.__h=n.__h.filter(function(r){return!r.__||St(r)})}catch(r){t.some(function(a){a.__h&&(a.__h=[])}),t=[],j.__e(r,n.__v)}}),Fn&&Fn(e,t)},j.unmount=function(e){Tn&&Tn(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(r){try{De(r)}catch(a){t=a}}),n.__H=void 0,t&&j.__e(t,n.__v))};var Dn=typeof requestAnimationFrame=="function";function na(e){var t,n=function(){clearTimeout(r),Dn&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,100);Dn&&(t=requestAnimationFrame(n))}function De(e){var t=H,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),H=t}function St(e){var t=H;e.__c=e.__(),H=t}function Ln(e,t){return!e||e.length!==t.length||t.some(function(n,r){return n!==e[r]})}function Un(e,t){return typeof t=="function"?t(e):t}var oa=Symbol.for("preact-signals");function Pt(){if(oe>1)oe--;else{var e,t=!1;for(function(){var a=Be;for(Be=void 0;a!==void 0;){var s=a.S;if(s.v===a.v)for(var i=s.t;i!==void 0;i=i.x)i.i===a.i&&(i.i=s.i);a=a.o}}();ye!==void 0;){var n=ye;for(ye=void 0,Ue++;n!==void 0;){var r=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&Rn(n))try{n.c()}catch(a){t||(e=a,t=!0)}n=r}}if(Ue=0,oe--,t)throw e}}var ve,U=void 0;function we(e){var t=U,n=ve;U=void 0,ve=void 0;try{return e()}finally{U=t,ve=n}}var ye=void 0,oe=0,Ue=0;var Bn=0,Be=void 0,He=0;function Hn(e){if(U!==void 0){var t=e.n;if(t===void 0||t.t!==U)return t={i:0,S:e,p:U.s,n:void 0,t:U,e:void 0,x:void 0,r:t},U.s!==void 0&&(U.s.n=t),U.s=t,e.n=t,32&U.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=U.s,t.n=void 0,U.s.n=t,U.s=t),t}}function G(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}G.prototype.brand=oa;G.prototype.h=function(){return!0};G.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:we(function(){var r;(r=t.W)==null||r.call(t)}))};G.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,r=e.x;n!==void 0&&(n.x=r,e.e=void 0),r!==void 0&&(r.e=n,e.x=void 0),e===this.t&&(this.t=r,r===void 0&&we(function(){var a;(a=t.Z)==null||a.call(t)}))}};G.prototype.subscribe=function(e){var t=this;return ae(function(){var n=t.value;we(function(){return e(n)})},{name:"sub"})};G.prototype.valueOf=function(){return this.value};G.prototype.toString=function(){return this.value+""};G.prototype.toJSON=function(){return this.value};G.prototype.peek=function(){var e=this;return we(function(){return e.value})};Object.defineProperty(G.prototype,"value",{get:function(){var e=Hn(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Ue>100)throw new Error("Cycle detected");(function(n){oe!==0&&Ue===0&&n.l!==Bn&&(n.l=Bn,Be={S:n,v:n.v,i:n.i,o:Be})})(this),this.v=e,this.i++,He++,oe++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{Pt()}}}});function q(e,t){return new G(e,t)}function Rn(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function jn(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function Gn(e){for(var t=e.s,n=void 0;t!==void 0;){var r=t.p;t.i===-1?(t.S.U(t),r!==void 0&&(r.n=t.n),t.n!==void 0&&(t.n.p=r)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=r}e.s=n}function re(e,t){G.call(this,void 0,t),this.x=e,this.s=void 0,this.g=He-1,this.f=4}re.prototype=new G;re.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===He))return!0;if(this.g=He,this.f|=1,this.i>0&&!Rn(this))return this.f&=-2,!0;var e=U;try{jn(this),U=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return U=e,Gn(this),this.f&=-2,!0};re.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}G.prototype.S.call(this,e)};re.prototype.U=function(e){if(this.t!==void 0&&(G.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};re.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(re.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=Hn(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function Ot(e,t){return new re(e,t)}function Wn(e){var t=e.j;if(e.j=void 0,typeof t=="function"){oe++;var n=U;U=void 0;try{t()}catch(r){throw e.f&=-2,e.f|=8,Mt(e),r}finally{U=n,Pt()}}}function Mt(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,Wn(e)}function ra(e){if(U!==this)throw new Error("Out-of-order effect");Gn(this),U=e,this.f&=-2;try{8&this.f&&Mt(this)}finally{Pt()}}function le(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,ve&&ve.push(this)}le.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};le.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,Wn(this),jn(this),oe++;var e=U;return U=this,ra.bind(this,e)};le.prototype.N=function(){2&this.f||(this.f|=2,this.u=ye,ye=this)};le.prototype.d=function(){this.f|=8,1&this.f||Mt(this)};le.prototype.dispose=function(){this.d()};function ae(e,t){var n=new le(e,t);try{n.c()}catch(a){throw n.d(),a}var r=n.d.bind(n);return r[Symbol.dispose]=r,r}var Tt,Ft;function ce(e,t){A[e]=t.bind(null,A[e]||function(){})}function Re(e){Ft&&Ft(),Ft=e&&e.S()}function Vn(e){var t=this,n=e.data,r=sa(n);r.value=n;var a=Le(function(){for(var s=t.__v;s=s.__;)if(s.__c){s.__c.__$f|=4;break}return t.__$u.c=function(){var i,d=t.__$u.S(),c=a.value;d(),_t(c)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=c},Ot(function(){var i=r.value.value;return i===0?0:i===!0?"":i||""})},[]);return a.value}Vn.displayName="_st";Object.defineProperties(G.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:Vn},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});ce("__b",function(e,t){if(typeof t.type=="string"){var n,r=t.props;for(var a in r)if(a!=="children"){var s=r[a];s instanceof G&&(n||(t.__np=n={}),n[a]=s,r[a]=s.peek())}}e(t)});ce("__r",function(e,t){Re();var n,r=t.__c;r&&(r.__$f&=-2,(n=r.__$u)===void 0&&(r.__$u=n=function(a){var s;return ae(function(){s=this}),s.c=function(){r.__$f|=1,r.setState({})},s}())),Tt=r,Re(n),e(t)});ce("__e",function(e,t,n,r){Re(),Tt=void 0,e(t,n,r)});ce("diffed",function(e,t){Re(),Tt=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var r=t.__np,a=t.props;if(r){var s=n.U;if(s)for(var i in s){var d=s[i];d!==void 0&&!(i in r)&&(d.d(),s[i]=void 0)}else n.U=s={};for(var c in r){var u=s[c],f=r[c];u===void 0?(u=aa(n,c,f,a),s[c]=u):u.o(f,a)}}}e(t)});function aa(e,t,n,r){var a=t in e&&e.ownerSVGElement===void 0,s=q(n);return{o:function(i,d){s.value=i,r=d},d:ae(function(){var i=s.value.value;r[t]!==i&&(r[t]=i,a?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}ce("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var r=n.U;if(r){n.U=void 0;for(var a in r){var s=r[a];s&&s.d()}}}}else{var i=t.__c;if(i){var d=i.__$u;d&&(i.__$u=void 0,d.d())}}e(t)});ce("__h",function(e,t,n,r){(r<3||r===9)&&(t.__$f|=2),e(t,n,r)});ne.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var r in t)return!0;for(var a in e)if(a!=="__source"&&e[a]!==this.props[a])return!0;for(var s in this.props)if(!(s in e))return!0;return!1};function sa(e){return Le(function(){return q(e)},[])}var ia=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],la=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function qn(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,r=new Uint32Array(n*16);t.forEach((c,u)=>r[u>>2]|=c<<u%4*8),r[t.length>>2]|=128<<t.length%4*8,r[n*16-2]=t.length*8>>>0,r[n*16-1]=Math.floor(t.length/536870912);let[a,s,i,d]=[1732584193,4023233417,2562383102,271733878];for(let c=0;c<r.length;c+=16){let[u,f,m,b]=[a,s,i,d];for(let p=0;p<64;p++){let _=p>>4,h,g;_===0?[h,g]=[f&m|~f&b,p]:_===1?[h,g]=[b&f|~b&m,(5*p+1)%16]:_===2?[h,g]=[f^m^b,(3*p+5)%16]:[h,g]=[m^(f|~b),7*p%16];let y=ia[_*4+p%4],w=u+h+la[p]+r[c+g]>>>0;[u,b,m]=[b,m,f],f=f+(w<<y|w>>>32-y)>>>0}[a,s,i,d]=[a+u>>>0,s+f>>>0,i+m>>>0,d+b>>>0]}return[a,s,i,d].map(c=>[0,8,16,24].map(u=>(c>>>u&255).toString(16).padStart(2,"0")).join("")).join("")}var It="edgepbx.session",O=q(ca()),je=q(0);function ca(){try{return JSON.parse(sessionStorage.getItem(It))||null}catch{return null}}var da=30*60*1e3,zn=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>zn=Date.now(),{passive:!0});setInterval(()=>O.value&&Date.now()-zn>da&&de(),60*1e3);var W=class extends Error{constructor(t,n){let r={},a=n&&n.data;if(t===400&&a&&typeof a=="object")for(let[s,i]of Object.entries(a)){let d=i&&typeof i=="object"?Object.values(i)[0]:null;r[s]=d&&d.message||String(i)}super(n&&(n.message||a&&a.message)||`HTTP ${t}`),this.status=t,this.fields=r,this.body=n}};async function L(e,t,n,r=O.value&&O.value.token){let a=O.value,s={Accept:"application/json"};r&&(s["X-Auth-Token"]=r),n!==void 0&&(s["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:s,body:n===void 0?void 0:JSON.stringify({data:n})}),d=await i.json().catch(()=>null);if(i.status===401&&a&&t!=="user_auth"&&de(),!i.ok)throw new W(i.status,d);return d}async function xe(e,t="audio/*"){let n=await fetch("/v2/"+X(e),{headers:{"X-Auth-Token":O.value.token,Accept:t}});if(!n.ok)throw new W(n.status,await n.json().catch(()=>null));return n.blob()}var X=e=>`accounts/${O.value.account}/${e}`,v=async e=>(await L("GET",X(e))).data,P=async(e,t)=>(await L("PUT",X(e),t)).data,I=async(e,t)=>(await L("POST",X(e),t)).data,R=async(e,t)=>(await L("PATCH",X(e),t)).data,F=async e=>(await L("DELETE",X(e))).data,Kn=(e,t,n)=>L("PUT","user_auth",{credentials:qn(`${t.toLowerCase()}:${n}`),account_name:e});async function Yn(e,t,n){let r=await Kn(e,t,n),a={token:r.auth_token,account:r.data.account_id,owner:r.data.owner_id,accountName:e},s=(await L("GET",`accounts/${a.account}/users/${a.owner}`,void 0,a.token)).data;a.admin=s.priv_level==="admin",sessionStorage.setItem(It,JSON.stringify(a)),O.value=a}function de(){sessionStorage.removeItem(It),O.value=null}async function Xn(e,t){try{return await Kn(O.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var o={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension, phones, voicemail box and conference bridge?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,vmboxOf:e=>`${e}'s VmBox`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",sipLadder:"SIP messages",ladderBox:"This box",ladderGone:"The SIP messages of this call are no longer in the box's memory.",rawMessage:"Message",downloadPcap:"Download pcap",problemReport:"Problem report",copy:"Copy",copied:"Copied.",cutMessage:e=>`(cut: the message had ${e} bytes)`,required:"Required",extDigits:"Digits only, 2 to 8 of them",extProposed:e=>`${e} is the next free extension.`,extLength:e=>`The office's extensions have ${e} digits (Settings, Country and extensions)`,failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",wdayLong:{monday:"Monday",tuesday:"Tuesday",wednesday:"Wednesday",thursday:"Thursday",friday:"Friday",saturday:"Saturday",sunday:"Sunday"},dayOpens:e=>`${e} opens`,dayCloses:e=>`${e} closes`,lunchBreak:"Lunch break",lunchStarts:"Lunch starts",lunchEnds:"Lunch ends",badLunch:"Lunch must end after it starts",template:"Template",applyTemplate:"Use template",templates:{weekdays9to17:"Mon\u2013Fri 9\u201317",weekdays8to18:"Mon\u2013Fri 8\u201318",monSat9to17:"Mon\u2013Sat 9\u201317"},hoursCsv:"Hours as CSV (day,open,close per line)",hoursCsvFile:"CSV file of hours",importHours:"Import hours",hoursCsvColumns:"a line has three fields: day,open,close",hoursCsvDay:e=>`"${e}" is not a weekday`,hoursCsvTime:"times are HH:MM (24 hours)",hoursCsvTwice:e=>`${e} is listed twice`,hoursCsvEmpty:"No hours in the file",hoursImported:"Imported; check the days and Save.",holidays:"Holidays",holidayName:"Holiday name",holidayKind:"Kind of holiday",holidayKinds:{date:"A date",range:"A date range",advanced:"Advanced (such as the fourth Thursday of November)"},holidayFrom:"Date",holidayTo:"Until",holidayOrdinal:"Which",holidayWday:"Weekday",holidayMonth:"Month",addHoliday:"Add holiday",noHolidays:"No holidays yet.",pickDate:"Pick a date",rangeBackwards:"The range ends before it starts",rangeTooLong:"A range covers less than a year",needName:"Give it a name",months:["January","February","March","April","May","June","July","August","September","October","November","December"],ordinals:{first:"First",second:"Second",third:"Third",fourth:"Fourth",fifth:"Fifth",last:"Last"},nthWeekday:(e,t,n)=>`${e} ${t} of ${n}`,openNow:"Open now",lunchNow:"Lunch break",closedNow:"Closed",holidayNow:e=>`Closed (holiday: ${e})`,closesAt:(e,t)=>`${e}, closes ${t}`,opensAt:(e,t)=>`${e}, opens ${t}`,changesAt:(e,t)=>`${e} until ${t}`,incomingHandling:"Incoming call handling",windows:{MainOpenHours:"Calls in open hours",MainLunchHours:"Calls at lunch",MainAfterHours:"Calls after hours",MainHolidays:"Calls on holidays"},handling:"Calls go to",handlingKinds:{menu:"The virtual receptionist (menu)",user:"A user",user_vm:"A user, then their voicemail",voicemail:"A voicemail box"},handlingUser:"User",handlingVmbox:"Voicemail box",noMenu:"This window has no menu yet",menuKeys:"Keys callers press",menuKey:e=>`Key ${e}`,keyElsewhere:"(set in the Callflows app)",pickUser:"Pick a user",pickVmbox:"Pick a voicemail box",userNoVmbox:"This user has no voicemail box",mainConference:"Main conference number",mainConfNumber:"Conference number",badConfNumber:"A number of 2 to 15 digits, optionally starting with +",confGreeting:"Greeting callers hear first (spoken by the box)",saveConference:"Save conference number",clockNotSet:"The box's clock is not set: calls take the after-hours way until it is",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepLocale:"Country and extensions",locale:"Country and extensions",localeHint:"The country sets the tones callers hear and how analog phones ring and show caller ID; choosing it proposes its time zone and prompt language. New users get the next free extension of the length set here.",country:"Country",countryNone:"Not set (US tones)",promptLanguage:"Prompt language (such as en-gb)",extensionLength:"Extension length (digits, 2 to 8)",extLengthRange:"A number from 2 to 8",proposedZone:e=>`Time zone ${e} is saved with the country (change it under Office).`,stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",clockUnset:"The box does not know the date and time yet: office hours are not applied (calls take the default route) until a time server answers.",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)",check_if_owner:"No PIN asked on the box user's own phones (auto-login)",transcribe:"Transcribe messages to text (in the message and its mail; needs the speech-to-text service)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},moveTo:"Move to box",move:"Move",transcript:"Text",play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,groupFeatures:"Group features",recordGroupCalls:"Record calls to the group",recordLimit:"Longest recording (s)",recordLimitRange:"From 5 to 10800 seconds",groupRingback:"Callers hear while it rings",phoneRingback:"Normal ringing",allowForward:"Allow call forward (members' forwarding is followed)",cidNamePrefix:"Caller ID name prefix",cidNumberPrefix:"Caller ID number prefix",prefixTooLong:e=>`At most ${e} characters`,numberPrefix:"Digits only (* and # too), + first, at most 15",softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,assignTo:e=>`Assign ${e} to`,assignPick:"Assign to\u2026",assign:"Assign",unassign:"Unassign",assignUser:e=>`User ${e}`,assignGroup:e=>`Group ${e}`,assignConference:e=>`Conference ${e}`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",providerAddress:"Address shown to providers",providerAddressOwn:"the box's own",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"},featureCodes:"Feature codes",fcHint:"Codes dialled from any phone of the office. A code with \u2026 takes a number dialled after it. Turning a code off frees it.",fcWhat:"What it does",fcCode:"Code",fcOn:"On",fcNotRun:"This box does not run this code yet.",fcDigits:"1 to 6 digits",fcTaken:e=>`${e} is already another code`,fcNames:{"call_forward[action=activate]":"Turn call forwarding on (to the number dialled after the code, else asked for)","call_forward[action=deactivate]":"Turn call forwarding off","call_forward[action=toggle]":"Turn call forwarding on or off","call_forward[action=update]":"Change the call forwarding number","hotdesk[action=login]":"Hot desking: sign in at this phone","hotdesk[action=logout]":"Hot desking: sign out of this phone","hotdesk[action=toggle]":"Hot desking: sign in or out","voicemail[action=check]":"Check voicemail (box number after the code, else asked for)","voicemail[single_mailbox_login]":"Check voicemail, asking for the box number",'voicemail[action="direct"]':"Leave a message straight in a box (box number after the code)",intercom:"Intercom: the extension after the code answers on its speaker","privacy[mode=full]":"Hide your caller ID for the number after the code",park_and_retrieve:"Park a call in the slot after the code, or pick it up",valet:"Park a call in the next free slot",retrieve:"Pick up the call parked in the slot after the code",directed_ext_pickup:"Answer the extension after the code while it rings","do_not_disturb[action=activate]":"Turn do not disturb on","do_not_disturb[action=deactivate]":"Turn do not disturb off","do_not_disturb[action=toggle]":"Turn do not disturb on or off",move:"Move the call to another of your phones"},followMe:"Find me follow me",followMeHint:"A call to your extension rings the phones picked here, each from its start for its ring time.",followMeOn:"Ring my phones by this timeline",pickPhone:"Pick at least one phone",ringCell:"Ring my cell phone too",cellNumber:"Cell phone number",cellHint:"An outside call: it asks whoever answers to press 1, and numbers you may not call are refused.",boxSettings:(e,t)=>`PIN and greeting of ${e} (${t})`,newPin:"New PIN (4 to 6 digits)",newPinAgain:"New PIN again",pinMismatch:"The two PINs differ",changePin:"Change PIN",pinChanged:"PIN changed.",uploadGreeting:"Upload greeting",greetingSaved:"Greeting saved.",storage:"Storage (data partition)",storageUse:(e,t)=>`${e.toFixed(1)} GB used of ${t.toFixed(1)} GB`,lastBackup:"Last backup",backupAt:e=>`${e} UTC`,neverBackedUp:"never",certificate:"Certificate expires",certExpires:(e,t)=>`${e} (in ${t} days)`,unknown:"unknown",diskFull:e=>`The data partition is nearly full: ${e} GB free`,certSoon:e=>`The box's certificate expires in ${e} days`,certExpired:"The box's certificate has expired",csvImport:"Import users from a CSV file",csvHint:"A header line, then one user a line. Columns: first_name, last_name, username, extension, password (all needed), email, phone (yes: a desk phone). Nothing is made while a line is wrong.",csvFile:"CSV file",csvProblems:"Lines to fix",csvEmpty:"The file is empty",csvColumns:e=>`Missing columns: ${e}`,csvUnknown:e=>`Unknown columns: ${e}`,csvNoUsers:"No users in the file",csvExtra:"more fields than columns",csvDuplicate:e=>`the same as on line ${e}`,csvLine:(e,t,n)=>`Line ${e}: ${t?`${t}: `:""}${n}`,csvField:{first_name:"first name",last_name:"last name",username:"user name",email:"email",extension:"extension",password:"password"},csvMade:(e,t)=>`${e} of ${t} users made.`,stepMail:"Mail relay",mailRelay:"Mail relay (SMTP)",mailRelayHint:"The server the box sends its mails through: voicemail to email and missed-call alerts.",relayServer:"Server (host name or address)",relayHost:"A host name or IP address",port:"Port",relayPort:"A port from 1 to 65535",relayTls:"Encryption",tlsModes:{if_available:"STARTTLS when offered",always:"TLS always",never:"None"},relayUser:"Login (empty: none)",relayPasswordKeep:"Password (empty: keep the one set)",relayFrom:"Sender address",testTo:"Send a test mail to",sendTest:"Send a test mail",sending:"Sending\u2026",testSent:e=>`Sent to ${e}: the relay took it.`,stepLine:"Outside line",outsideLines:"Outside lines",noLines:"No outside line yet.",addLine:"Add an outside line",lineServer:"Provider's server",lineNumber:"Number or SIP user name",lineAuth:"Login, if not the number",linePassword:"SIP password",lineRealm:"Domain (realm), if not the server",lineRegister:"Register with the provider",lineStates:{registered:"registered",trying:"registering\u2026",failed:"registration failed",not_registering:"not registering"},ringMyPhone:"Ring my phone",ringPhonePick:"Phone to ring",ringPhoneHint:"The phone rings; answer it and the box says its extension, then goodbye.",ringing:e=>`Ringing ${e}: answer it.`,noRegisteredPhone:"No phone is registered yet: connect one (or a softphone), then come back to this step.",call:"Call",callFrom:e=>`Call from ${e}`,callNumber:"Number to call",callStarted:(e,t)=>`${e} rings: answer it to call ${t}.`,actions:"Actions",editLine:e=>`Edit the outside line ${e}`,confirmDeleteLine:e=>`Delete the outside line ${e}? Calls out no longer use it.`,fxoLines:"Analog lines (FXO)",fxoStates:{idle:"up",busy:"in use",down:"down"},fxoDialTone:{yes:"dial tone",no:"no dial tone",checking:"checking for dial tone\u2026",unknown:"dial tone not checked yet"},fxoUse:"Use as outside line",fxoInUse:e=>`Outside line: ${e}`,fxoLineName:e=>`Analog line ${e}`,withVmbox:"Give this user a voice mailbox",vmPin:"Voice mailbox PIN (4 to 6 digits; empty: none yet)",features:"Features",featuresOf:e=>`Features of ${e}`,callerId:"Caller ID",cidInternalName:"Internal name",cidInternalNumber:"Internal number",cidExternalName:"External name",cidExternalNumber:"External number",cidAccountDefault:"The office's number",cidNameLength:"At most 35 characters",failover:"Call failover",failoverHint:"When none of this user's phones is reachable (not registered), calls go to this number.",failoverOn:"Forward when the phones are unreachable",hotdesk:"Hot desking",hotdeskHint:"Log in on any phone of the office with the hot desk code (*11) and this ID.",hotdeskOn:"Hot desking on",hotdeskId:"Hot desk ID (digits)",hotdeskPin:"Hot desk PIN",hotdeskIdDigits:"1 to 15 digits",hotdeskPinDigits:"4 to 15 digits",hotdeskRequirePin:"Ask for the PIN",hotdeskKeep:"Stay logged in on other phones",musicOnHold:"Music on hold",mohMedia:"Music callers hear when this user holds them",mohDefault:"The office's music",recording:"Call recording",recordLeg:{inbound_onnet:"Calls from colleagues",inbound_offnet:"Calls from outside",outbound_onnet:"Calls to colleagues",outbound_offnet:"Calls to outside numbers"},recordingLimitLabel:"Longest recording (seconds)",recordingLimit:"5 to 10800 seconds",noExtensionYet:"This user has no extension yet: save the user first.",userVmbox:(e,t)=>`${e} (${t})`,vmOnNoAnswer:"Unanswered calls go to this box",noVmboxYet:e=>`No voicemail box yet. Make one with mailbox ${e}:`,makeVmbox:"Make the voicemail box",confBridge:"Conference bridge",confBridgeIs:(e,t)=>`${e}, dial ${t}`,makeConfBridge:"Make the conference bridge",conferenceOf:e=>`${e}'s conference`,faxboxNotSupported:"Faxbox: the box has no fax yet.",backup:"Backup",backupHint:"Everything the box stores (users, phones, numbers, voicemail, settings) in one file. Restoring a backup replaces all of it.",downloadBackup:"Download backup",downloading:"Preparing the backup\u2026",backupSaved:(e,t)=>`Saved ${e} (${(t/1024).toFixed(0)} KB).`,restoreFile:"Backup file to restore",restoreBackup:"Restore from backup",pickBackup:"Pick a backup file",confirmRestore:e=>`Replace everything on the box with the backup ${e}? What changed since it was taken is lost.`,restoring:"Restoring\u2026",restored:e=>`Restored from a backup of ${(e/1024).toFixed(0)} KB.`,restoredSignIn:"Restored. Your sign-in is not in the restored data: sign in with an account from the backup.",tlsCertificate:"Certificate (HTTPS and SIP over TLS)",certSubject:"Issued to",certIssuer:"Issued by",certExpiry:"Expires",noName:"(no name)",certFile:"Certificate (PEM)",keyFile:"Private key (PEM)",pemHint:"Pick the file or paste its text.",pemFile:e=>`${e}: file`,pickPem:"A PEM text is needed",uploadCertificate:"Install certificate",certInstalled:"Certificate installed: the box uses it now.",banThresholds:"Ban thresholds",banThresholdsHint:"A source address that fails SIP authentication this many times within the window is banned (0: never); one that fails to sign in (panel, API, phone provisioning) this many times within 5 minutes too.",banFailures:"Failed authentications",banWindow:"Within (seconds)",banSeconds:"Ban for (seconds)",loginFailures:"Failed sign-ins",loginBanSeconds:"Sign-in ban (seconds)",wholeNumber:(e,t)=>`A whole number from ${e} to ${t}`};function x({id:e,label:t,value:n,onInput:r,error:a,type:s="text",required:i,autocomplete:d,inputmode:c}){let u=`${e}-error`;return l`<div class="field">
    <label for=${e}>${t}</label>
    <input
      id=${e}
      name=${e}
      type=${s}
      value=${n}
      required=${i}
      autocomplete=${d}
      inputmode=${c}
      aria-invalid=${a?"true":void 0}
      aria-describedby=${a?u:void 0}
      onInput=${f=>r(f.target.value)}
    />
    ${a&&l`<p class="error" id=${u} role="alert">${a}</p>`}
  </div>`}function k({message:e}){return e?l`<p class="banner" role="alert">${e}</p>`:null}function D({id:e,label:t,checked:n,onChange:r}){return l`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${a=>r(a.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function Zn(){let[e,t]=$({account:"",username:"",password:""}),[n,r]=$(!1),[a,s]=$(""),i=c=>u=>t({...e,[c]:u});async function d(c){c.preventDefault(),r(!0),s("");try{await Yn(e.account.trim(),e.username.trim(),e.password)}catch(u){s(u.status===401?o.badLogin:u.message),r(!1)}}return l`<main class="login">
    <form onSubmit=${d} aria-label=${o.login}>
      <h1>${o.app}</h1>
      <${k} message=${a} />
      <${x} id="account" label=${o.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${x} id="username" label=${o.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${x} id="password" label=${o.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?o.signingIn:o.login}</button>
    </form>
  </main>`}var ua=5e3;async function ma(){let e=await v("resources?paginate=false");return(await Promise.all(e.map(n=>v(`resources/${n.id}/status`).then(r=>[n,r])))).flatMap(([n,r])=>r.gateways.filter(a=>a.state==="failed").map(a=>o.trunkDown(n.name||n.id,a.server)))}var Jn=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function fa(){let[e,t,n]=await Promise.all([v("devices?with_status=true&paginate=false"),v("channels"),v("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function pa(e){var n;let t={};for(let r of e){let a=t[n=r.device_type||"sip_device"]||(t[n]=[0,0]);a[0]+=1,r.registered&&(a[1]+=1)}return Object.entries(t).map(([r,[a,s]])=>[r,a,s]).sort((r,a)=>a[1]-r[1]||r[0].localeCompare(a[0]))}var $a=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function ha(){let[e,t,n,r,a,s,i]=await Promise.all([v("users?paginate=false"),v("phone_numbers"),Jn(L("GET","system_status").then(c=>c.data),null),Jn(v("sip_bans"),[]),ma(),v("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),v("conferences?paginate=false")]),d=Object.values(t.numbers||{});return{users:e.length,numbers:d.length,spare:d.filter(c=>!c.used_by).length,version:n&&n.software_version,provider:n&&{address:n.provider_address},clockUnset:!!(n&&n.clock&&n.clock.set===!1),main:$a(s.flatMap(c=>c.numbers||[])),conference:i.flatMap(c=>c.conference_numbers||[]),box:n&&ga(n),alerts:[...r.map(c=>o.banned(c.ip,c.reason)),...a,...n?va(n):[]]}}var Dt=1024**3,ba=.9,_a=30;function ga({storage:e,last_backup:t,certificate:n}){return{storage:e?o.storageUse((e.total_bytes-e.free_bytes)/Dt,e.total_bytes/Dt):o.unknown,backup:t?o.backupAt(new Date(t.time_unix*1e3).toISOString().slice(0,16).replace("T"," ")):o.neverBackedUp,cert:n?o.certExpires(new Date(n.expires_unix*1e3).toISOString().slice(0,10),n.days_left):o.unknown}}function va({storage:e,certificate:t}){let n=[];return e&&e.total_bytes&&1-e.free_bytes/e.total_bytes>=ba&&n.push(o.diskFull(Math.round(e.free_bytes/Dt*10)/10)),t&&t.days_left<_a&&n.push(t.days_left<0?o.certExpired:o.certSoon(t.days_left)),n}function ue({id:e,label:t,value:n}){return l`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function Qn(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$("");S(()=>{ha().then(t,f=>s(f.message));let c=()=>fa().then(r,f=>s(f.message));c();let u=setInterval(c,ua);return()=>clearInterval(u)},[]);let i=n?n.devices.filter(c=>c.registered).length:"\u2026",d=n?n.ports.filter(c=>c.state==="down"||c.alarm).map(c=>o.portDown(c.name,c.alarm)):[];return l`<section aria-labelledby="dash-h">
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
        ${pa(n.devices).map(([c,u,f])=>l`<li key=${c} data-type=${c}>${o.deviceTypes[c]||c}: ${o.registeredOf(f,u)}</li>`)}
      </ul>`}
    ${n&&n.ports.length>0&&l`<h3>${o.analogPorts}</h3>
      <ul class="ports">
        ${n.ports.map(c=>l`<li key=${c.name} data-port=${c.name}><span class=${c.state==="down"?"dot":"dot on"}>${c.name} · ${o.portStates[c.state]||c.state}</span></li>`)}
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
    ${e&&([...e.alerts,...d].length?l`<ul class="alerts">${[...e.alerts,...d].map(c=>l`<li key=${c}>${c}</li>`)}</ul>`:l`<p class="ok">${o.noAlerts}</p>`)}
  </section>`}var At={record:!1,record_limit:"600",ringback:"",allow_forward:!1,cid_name_prefix:"",cid_number_prefix:""};function eo(e){let t={},n=e;for(;n&&(n.module==="record_call"||n.module==="prepend_cid");)t[n.module]=n.data||{},n=(n.children||{})._;return{found:t,inner:n}}var Lt=e=>eo(e).inner;function to(e,t){let{found:n}=eo(e),r=n.record_call,a=n.prepend_cid||{};return{record:!!r&&r.action!=="stop",record_limit:String(r&&r.time_limit||At.record_limit),ringback:t.ringback||"",allow_forward:t.ignore_forward===!1||t.ignore_forward==="false",cid_name_prefix:a.caller_id_name_prefix||"",cid_number_prefix:a.caller_id_number_prefix||""}}function no(e){return{ignore_forward:!e.allow_forward,...e.ringback?{ringback:e.ringback}:{}}}function oo(e,t){let n=t;return(e.cid_name_prefix||e.cid_number_prefix)&&(n={module:"prepend_cid",data:{action:"prepend",caller_id_name_prefix:e.cid_name_prefix,caller_id_number_prefix:e.cid_number_prefix},children:{_:n}}),e.record&&(n={module:"record_call",data:{action:"start",time_limit:Number(e.record_limit)},children:{_:n}}),n}var ya={time_limit:"record_limit",caller_id_name_prefix:"cid_name_prefix",caller_id_number_prefix:"cid_number_prefix",ignore_forward:"allow_forward",ringback:"ringback"},ro=e=>ya[e.split(".").pop()];function ao(e){let t={};return e.record&&!(/^\d+$/.test(e.record_limit)&&Number(e.record_limit)>=5&&Number(e.record_limit)<=10800)&&(t.record_limit=o.recordLimitRange),e.cid_name_prefix.length>32&&(t.cid_name_prefix=o.prefixTooLong(32)),/^\+?[0-9*#]{0,15}$/.test(e.cid_number_prefix)||(t.cid_number_prefix=o.numberPrefix),t}function so({f:e,set:t,media:n,errors:r}){return l`<fieldset class="group-features">
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
  </fieldset>`}var B=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),Ge=e=>`${e.first_name} ${e.last_name}`.trim();function Ut(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,r=>t[r%t.length]).join("")}function Bt(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:Ge(t),number:t.extension}},ui_metadata:B()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}var We=e=>({module:"voicemail",data:{id:e},children:{}}),Ve=(e,t)=>[t,...(e.numbers||[]).slice(1).filter(n=>n!==t)];function qe(e,t,n,r){return{...e,type:"mainUserCallflow",owner_id:t.id,name:o.callflowOf(Ge(t)),numbers:Ve(e,n),contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:r?{_:We(r)}:{}},ui_metadata:B()}}function ze(e,t,n){return{name:o.vmboxOf(Ge(e)),mailbox:t,owner_id:e.id,pin:n||void 0,ui_metadata:B()}}function Ht(e){return{device_type:"sip_device",name:o.phoneOf(Ge(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${Ut(10)}`,password:Ut(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:B()}}var ke=15;function Rt(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||B()}}function jt(e,t,n){let r=Math.max(...n.members.map(a=>a.delay+a.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[Ut(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:r,repeats:n.repeats,endpoints:n.members.map(a=>({id:a.id,endpoint_type:"user",delay:a.delay,timeout:a.timeout})),...no(n)},children:{}},ui_metadata:e.ui_metadata||B()}}var wa=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function Gt(e,t,n,r){return{...e,name:r.name,type:"userGroup",group_id:t.id,numbers:Ve(e,r.extension),flow:oo(r,{module:"callflow",data:{id:n.id},children:{_:wa(r.next_vmbox)}}),ui_metadata:e.ui_metadata||B()}}function io(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((r,a)=>({...r,delay:a*n,timeout:n}))}function xa(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:e==="vmboxes"&&t==="mailbox"?"extension":e==="vmboxes"&&t==="pin"?"vm_pin":null}function ka(e,t){if(!(t instanceof W))throw t;let n={},r=[];for(let[a,s]of Object.entries(t.fields)){let i=xa(e,a);i?n[i]=s:r.push(`${a}: ${s}`)}throw t.fields=n,r.length&&(t.message=r.join("; ")),t}async function J(e,t,n){try{return await t()}catch(r){for(let a of n.reverse())await a().catch(()=>{});ka(e,r)}}async function Ke(e){let t=[],n=await J("users",()=>P("users",Bt({},e)),t);t.push(()=>F(`users/${n.id}`));let r=null;e.vmbox&&(r=await J("vmboxes",()=>P("vmboxes",ze(n,e.extension,e.vm_pin)),t),t.push(()=>F(`vmboxes/${r.id}`)));let a=await J("callflows",()=>P("callflows",qe({},n,e.extension,r&&r.id)),t);return t.push(()=>F(`callflows/${a.id}`)),e.phone&&await J("devices",()=>P("devices",Ht(n)),t),n}async function lo(e,t,n){let r=await v(`users/${e}`),a=await J("users",()=>I(`users/${e}`,Bt(r,t)),[]);if(n){let s=await v(`callflows/${n}`);await J("callflows",()=>I(`callflows/${n}`,qe(s,a,t.extension)),[])}else await J("callflows",()=>P("callflows",qe({},a,t.extension)),[]);return t.phone&&await J("devices",()=>P("devices",Ht(a)),[]),a}async function co(e){let t=["callflows","devices","vmboxes","conferences"],n=await Promise.all(t.map(r=>v(`${r}?filter_owner_id=${e}&paginate=false`)));for(let[r,a]of n.entries())for(let s of a)await F(`${t[r]}/${s.id}`);await F(`users/${e}`)}var Ca=5e3;function Wt({ownerId:e}){let[t,n]=$([]),[r,a]=$("");return S(()=>{let s=!0;L("GET",`accounts/${O.value.account}`).then(c=>s&&a(c.data.realm||""));async function i(){let c=await v(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),u=await Promise.all(c.map(f=>v(`devices/${f.id}`)));s&&n(u.map((f,m)=>({...f,registered:c[m].registered})))}i().catch(()=>{});let d=setInterval(()=>i().catch(()=>{}),Ca);return()=>{s=!1,clearInterval(d)}},[e]),t.map(s=>l`<div class="card" key=${s.id} aria-label=${o.sipCredentials}>
      <h3>${o.sipCredentials}: ${s.name}</h3>
      <dl>
        <dt>${o.sipUser}</dt><dd class="sip-user">${s.sip&&s.sip.username}</dd>
        <dt>${o.sipPassword}</dt><dd class="sip-password">${s.sip&&s.sip.password}</dd>
        <dt>${o.sipRealm}</dt><dd>${r}</dd>
        <dt>${o.status}</dt><dd class=${s.registered?"dot on":"dot"}>${s.registered?o.registered:o.notRegistered}</dd>
      </dl>
    </div>`)}function Vt(e,t){return e.length<12?o.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(r=>r.test(e)).length<3?o.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?o.pwUsername:""}function me({username:e,onDone:t}){let[n,r]=$({old:"",next:"",again:""}),[a,s]=$({}),[i,d]=$(""),[c,u]=$(!1),[f,m]=$(!1),b=_=>h=>r({...n,[_]:h});async function p(_){_.preventDefault(),m(!1);let h={};n.old||(h.old=o.required);let g=Vt(n.next,e);if(g?h.next=g:n.next===n.old&&(h.next=o.pwSame),n.again!==n.next&&(h.again=o.pwMismatch),s(h),!Object.keys(h).length){u(!0),d("");try{if(!await Xn(e,n.old)){s({old:o.pwOldWrong});return}await R(`users/${O.value.owner}`,{password:n.next,require_password_update:!1}),r({old:"",next:"",again:""}),m(!0),t&&t()}catch(y){s(y.fields||{}),d(y.message)}finally{u(!1)}}}return l`<form onSubmit=${p} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${o.changePassword}</h3>
    <p class="hint">${o.pwRules}</p>
    <${k} message=${i} />
    <${x} id="pw_old" label=${o.pwOld} type="password" value=${n.old} onInput=${b("old")} error=${a.old} autocomplete="current-password" />
    <${x} id="pw_new" label=${o.pwNew} type="password" value=${n.next} onInput=${b("next")} error=${a.next||a.password} autocomplete="new-password" />
    <${x} id="pw_again" label=${o.pwAgain} type="password" value=${n.again} onInput=${b("again")} error=${a.again} autocomplete="new-password" />
    ${f&&l`<p class="ok" role="status">${o.pwChanged}</p>`}
    <button type="submit" disabled=${c}>${c?o.saving:o.changePassword}</button>
  </form>`}var Q=q(void 0),uo=null;async function Ye(){let e=O.value.account;if(uo===e&&Q.value!==void 0)return Q.value;let{data:t}=await L("GET",`accounts/${e}`);return uo=e,Q.value=t.edgepbx&&t.edgepbx.extension_length||null,Q.value}function qt(e,t){return t&&e&&e.length!==t?o.extLength(t):null}async function mo(e){let t=await v("callflows?paginate=false"),n=new Set(t.flatMap(a=>a.numbers||[])),r=10**e;for(let a=10**(e-1);a<r;a++)if(!n.has(String(a)))return String(a);return""}function zt(e,t,n){let r={};for(let s of["first_name","last_name","username","extension"])e[s].trim()||(r[s]=o.required);e.extension&&!/^\d{2,8}$/.test(e.extension)?r.extension=o.extDigits:qt(e.extension,n)&&(r.extension=qt(e.extension,n));let a=(t||e.password)&&Vt(e.password,e.username);return a&&(r.password=a),t&&e.vmbox&&e.vm_pin&&!/^\d{4,6}$/.test(e.vm_pin)&&(r.vm_pin=o.pinDigits),r}function Xe({user:e,onDone:t}){let n=!e.id,[r,a]=$({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n,vmbox:n,vm_pin:""}),[s,i]=$({}),[d,c]=$(""),[u,f]=$(!1),[m,b]=$(null),p=w=>N=>a({...r,[w]:N}),[_,h]=$("");S(()=>{Ye().then(w=>n&&!r.extension&&w&&mo(w)).then(w=>{w&&(h(w),a(N=>N.extension?N:{...N,extension:w}))}).catch(()=>{})},[]);async function g(w){w.preventDefault();let N=zt(r,n,Q.value);if(i(N),c(""),!Object.keys(N).length){f(!0);try{let C=n?await Ke(r):await lo(e.id,r,e.callflow&&e.callflow.id);n||r.phone?b(C):t()}catch(C){i(C.fields||{}),c(`${o.failed} ${C.message}`)}f(!1)}}if(m)return l`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${m.first_name} ${m.last_name}</h2>
      <${Wt} ownerId=${m.id} />
      <button onClick=${()=>t({...m,extension:r.extension})}>${o.users}</button>
    </section>`;let y=e.devices&&e.devices.length>0;return l`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?o.addUser:o.editUser}</h2>
    <form onSubmit=${g} novalidate>
      <${k} message=${d} />
      <div class="grid">
        <${x} id="first_name" label=${o.firstName} value=${r.first_name} onInput=${p("first_name")} error=${s.first_name} required />
        <${x} id="last_name" label=${o.lastName} value=${r.last_name} onInput=${p("last_name")} error=${s.last_name} required />
        <${x} id="username" label=${o.username} value=${r.username} onInput=${p("username")} error=${s.username} required autocomplete="off" />
        <${x} id="email" label=${o.email} type="email" value=${r.email} onInput=${p("email")} error=${s.email} />
        <${x} id="new_password" label=${o.password} type="password" value=${r.password} onInput=${p("password")} error=${s.password} required=${n} autocomplete="new-password" />
        <${x} id="extension" label=${o.extension} value=${r.extension} onInput=${p("extension")} error=${s.extension} required inputmode="numeric" />
      </div>
      ${_&&l`<p class="hint" id="extension-proposed">${o.extProposed(_)}</p>`}
      ${!y&&l`<div class="check">
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
    ${y&&l`<${Wt} ownerId=${e.id} />`}
  </section>`}var Sa=/^\+?\d{2,15}$/;function Na(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function Ze({user:e,onSaved:t}){let[n,r]=$(Na(e)),[a,s]=$({}),[i,d]=$(""),[c,u]=$(!1),[f,m]=$(!1),b=_=>h=>{u(!1),r({...n,[_]:h})};async function p(_){_.preventDefault();let h=n.forward&&!Sa.test(n.number.trim())?{"call_forward.number":o.forwardNumber}:{};if(s(h),d(""),!Object.keys(h).length){m(!0);try{let g=await R(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});u(!0),t&&t(g)}catch(g){s(g.fields||{}),d(`${o.failed} ${g.message}`)}m(!1)}}return l`<form onSubmit=${p} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${o.callHandling}</h3>
    <${k} message=${i} />
    <${D} id="dnd" label=${o.dnd} checked=${n.dnd} onChange=${b("dnd")} />
    <${D} id="forward" label=${o.forward} checked=${n.forward} onChange=${b("forward")} />
    ${n.forward&&l`<fieldset>
      <${x} id="forward_number" label=${o.forwardTo} value=${n.number} onInput=${b("number")} error=${a["call_forward.number"]} inputmode="tel" />
      <${D} id="ring_devices" label=${o.ringDevicesToo} checked=${n.ring_devices} onChange=${b("ring_devices")} />
      <${D} id="direct_calls_only" label=${o.directCallsOnly} checked=${n.direct_calls_only} onChange=${b("direct_calls_only")} />
      <${D} id="keep_caller_id" label=${o.keepCallerId} checked=${n.keep_caller_id} onChange=${b("keep_caller_id")} />
      <${D} id="require_keypress" label=${o.requireKeypress} checked=${n.require_keypress} onChange=${b("require_keypress")} />
    </fieldset>`}
    ${c&&l`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
  </form>`}var Je=(e,t)=>/^\d+$/.test(String(e))&&Number(e)>=t&&Number(e)<=300;function Qe({userId:e}){let[t,n]=$(null),[r,a]=$(null),[s,i]=$({}),[d,c]=$(""),[u,f]=$(!1),m=(h,g)=>{let y=Object.fromEntries(h.endpoints.map(C=>[C.id,C])),w=h.cellphone||{},N={on:!!w.enabled,number:w.number||"",delay:String(w.delay??0),timeout:String(w.timeout??20)};a({enabled:h.enabled,cell:N,rows:g.map(C=>({id:C.id,name:C.name,on:!!y[C.id],delay:String(y[C.id]?.delay??0),timeout:String(y[C.id]?.timeout??20)}))})};if(S(()=>{Promise.all([v(`users/${e}/find_me_follow_me`),v(`users/${e}/devices`)]).then(([h,g])=>{let y=g.filter(w=>w.device_type!=="cellphone");n(y),m(h,y)},h=>c(h.message))},[]),!r)return l`<div class="card"><h3>${o.followMe}</h3><${k} message=${d} />${!d&&o.loading}</div>`;let b=(h,g,y)=>a({...r,rows:r.rows.map((w,N)=>N===h?{...w,[g]:y}:w)}),p=h=>g=>a({...r,cell:{...r.cell,[h]:g}});async function _(h){h.preventDefault(),f(!1),c("");let g=r.rows.filter(N=>N.on),y={},{cell:w}=r;if(r.enabled&&!g.length&&!w.on&&(y.rows=o.pickPhone),w.on&&!/^\+?\d{3,15}$/.test(w.number.replace(/[\s().-]/g,""))&&(y.cell_number=o.badPhoneNumber),w.on&&(!Je(w.delay,0)||!Je(w.timeout,1))&&(y.cell=o.badTimeline),r.rows.forEach((N,C)=>{N.on&&(!Je(N.delay,0)||!Je(N.timeout,1))&&(y[C]=o.badTimeline)}),i(y),!Object.keys(y).length)try{let N=g.map(M=>({id:M.id,delay:Number(M.delay),timeout:Number(M.timeout)})),C=w.on?{number:w.number,delay:Number(w.delay),timeout:Number(w.timeout)}:null;m(await I(`users/${e}/find_me_follow_me`,{enabled:r.enabled,endpoints:r.enabled?N:[],cellphone:C}),t),f(!0)}catch(N){let C={};for(let[M,E]of Object.entries(N.fields||{})){let T=/^endpoints\.(\d+)\./.exec(M);T?C[r.rows.indexOf(g[Number(T[1])])]=E:M==="cellphone.number"?C.cell_number=E:M.startsWith("cellphone")?C.cell=E:C.rows=E}i(C),c(`${o.failed} ${N.message}`)}}return l`<form class="card" onSubmit=${_} novalidate aria-labelledby="fmfm-h">
    <h3 id="fmfm-h">${o.followMe}</h3>
    <p class="hint">${o.followMeHint}</p>
    <${k} message=${d} />
    <${D} id="fmfm_on" label=${o.followMeOn} checked=${r.enabled} onChange=${h=>a({...r,enabled:h})} />
    ${r.enabled&&l`${s.rows&&l`<p class="error" role="alert">${s.rows}</p>`}
      <table class="list timeline" aria-label=${o.followMe}>
        <thead><tr><th>${o.myDevices}</th><th>${o.startAfter}</th><th>${o.ringFor}</th></tr></thead>
        <tbody>
          ${r.rows.map((h,g)=>l`<tr key=${h.id} data-fmfm=${h.name}>
              <td><span class="check"><input type="checkbox" id=${"fm-"+h.id} checked=${h.on} onChange=${y=>b(g,"on",y.target.checked)} /><label for=${"fm-"+h.id}>${h.name}</label></span>
                ${s[g]&&l`<p class="error" role="alert">${s[g]}</p>`}</td>
              <td data-label=${o.startAfter}>${h.on&&l`<input aria-label=${`${o.startAfter} ${h.name}`} inputmode="numeric" value=${h.delay} onInput=${y=>b(g,"delay",y.target.value)} />`}</td>
              <td data-label=${o.ringFor}>${h.on&&l`<input aria-label=${`${o.ringFor} ${h.name}`} inputmode="numeric" value=${h.timeout} onInput=${y=>b(g,"timeout",y.target.value)} />`}</td>
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
  </form>`}function Ea(e,t){let n=e&&e.flow&&e.flow.children&&e.flow.children._;return!!n&&n.module==="voicemail"&&n.data&&n.data.id===t&&!n.data.skip_module}function Pa(e,t,n){let r=n?We(t):{...We(t),data:{id:t,skip_module:!0}};return{...e,flow:{...e.flow,children:{...e.flow.children||{},_:r}}}}function fo({user:e,callflowId:t}){let[n,r]=$(null),[a,s]=$(""),[i,d]=$({}),[c,u]=$(""),[f,m]=$(!1),b=()=>Promise.all([v(`vmboxes?filter_owner_id=${e.id}&paginate=false`),t?v(`callflows/${t}`):null]).then(([N,C])=>r({box:N[0]||null,cf:C}),N=>u(N.message));if(S(()=>{b()},[]),!n)return l`<div class="card"><h3>${o.vmboxes}</h3><${k} message=${c} />${!c&&o.loading}</div>`;let{box:p,cf:_}=n;async function h(N,C){await I(`callflows/${_.id}`,Pa(await v(`callflows/${_.id}`),N,C))}async function g(N){N.preventDefault(),m(!1),u("");let C=a&&!/^\d{4,6}$/.test(a)?{pin:o.pinDigits}:{};if(d(C),Object.keys(C).length)return;let M=null;try{M=await P("vmboxes",ze(e,_.numbers[0],a)),await h(M.id,!0),m(!0),b()}catch(E){M&&await F(`vmboxes/${M.id}`).catch(()=>{}),d({pin:(E.fields||{}).pin,mailbox:(E.fields||{}).mailbox}),u(`${o.failed} ${E.message}`)}}async function y(N){m(!1),u("");try{await h(p.id,N),m(!0),b()}catch(C){u(`${o.failed} ${C.message}`)}}let w=f&&l`<span class="ok" role="status">${o.saved}</span>`;return _?p?l`<div class="card" id="feature-voicemail">
      <h3>${o.vmboxes}</h3>
      <${k} message=${c} />
      <p data-vmbox=${p.mailbox}>${o.userVmbox(p.name,p.mailbox)}</p>
      <${D} id="vm_on" label=${o.vmOnNoAnswer} checked=${Ea(_,p.id)} onChange=${y} />
      ${w}
    </div>`:l`<form class="card" id="feature-voicemail" onSubmit=${g} novalidate>
    <h3>${o.vmboxes}</h3>
    <${k} message=${c} />
    <p class="hint">${o.noVmboxYet(_.numbers[0])}</p>
    <${x} id="feature_vm_pin" label=${o.vmPin} type="password" value=${a} onInput=${s} error=${i.pin||i.mailbox} inputmode="numeric" autocomplete="off" />
    <div class="bar"><button type="submit">${o.makeVmbox}</button>${w}</div>
  </form>`:l`<div class="card" id="feature-voicemail"><h3>${o.vmboxes}</h3><p>${o.noExtensionYet}</p></div>`}var po=e=>e.split(/[\s,;]+/).filter(Boolean);function $o(e){return{name:e.name.trim(),owner_id:e.owner_id,conference_numbers:[e.number],member:{pins:po(e.member_pins),join_muted:e.join_muted},moderator:{pins:po(e.moderator_pins)}}}var Kt=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:Ve(e,n.number),flow:{module:"conference",data:{id:t.id},children:{}},...n.owner_id?{type:"conference",owner_id:n.owner_id}:{}});function ho(e){if(!(e instanceof W))throw e;let t={};for(let[n,r]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=r;throw e.fields=t,e}var bo=e=>v(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function et(e){let t=null;try{return t=await P("conferences",$o(e)),await P("callflows",Kt({},t,e)),t}catch(n){t&&await F(`conferences/${t.id}`).catch(()=>{}),ho(n)}}async function _o(e,t){try{let n=await R(`conferences/${e}`,$o(t)),[r]=await bo(e);r?await I(`callflows/${r.id}`,Kt(await v(`callflows/${r.id}`),n,t)):await P("callflows",Kt({},n,t))}catch(n){ho(n)}}async function Ce(e){for(let t of await bo(e))await F(`callflows/${t.id}`);await F(`conferences/${e}`)}var go=(e,t)=>R(`users/${e.id}`,{smartpbx:{conferencing:{enabled:t}}});function vo({user:e}){let[t,n]=$(void 0),[r,a]=$(""),[s,i]=$(""),[d,c]=$(""),u=()=>v(`conferences?filter_owner_id=${e.id}&paginate=false`).then(b=>n(b[0]||null),b=>c(b.message));S(()=>{u()},[]);async function f(b){if(b.preventDefault(),c(""),!/^\+?\d{2,15}$/.test(r))return i(o.extDigits);i("");let p=null;try{let _=o.conferenceOf(`${e.first_name} ${e.last_name}`.trim());p=await et({name:_,number:r,member_pins:"",moderator_pins:"",join_muted:!1,owner_id:e.id}),await go(e,!0),u()}catch(_){p&&await Ce(p.id).catch(()=>{}),i((_.fields||{}).number||""),c(`${o.failed} ${_.message}`)}}async function m(){c("");try{await Ce(t.id),await go(e,!1),u()}catch(b){c(`${o.failed} ${b.message}`)}}return t===void 0?l`<div class="card"><h3>${o.confBridge}</h3><${k} message=${d} />${!d&&o.loading}</div>`:t?l`<div class="card" id="feature-conference">
      <h3>${o.confBridge}</h3>
      <${k} message=${d} />
      <p data-conference=${(t.conference_numbers||[])[0]}>${o.confBridgeIs(t.name,(t.conference_numbers||[]).join(", "))}</p>
      <button type="button" class="danger" onClick=${m}>${o.del}</button>
    </div>`:l`<form class="card" id="feature-conference" onSubmit=${f} novalidate>
    <h3>${o.confBridge}</h3>
    <${k} message=${d} />
    <${x} id="feature_conf_number" label=${o.confNumber} value=${r} onInput=${a} error=${s} inputmode="tel" />
    <div class="bar"><button type="submit">${o.makeConfBridge}</button></div>
  </form>`}function fe({id:e,title:t,user:n,formOf:r,check:a,toPatch:s,body:i,onSaved:d}){let[c,u]=$(()=>r(n)),[f,m]=$({}),[b,p]=$(""),[_,h]=$(!1),[g,y]=$(!1),w=C=>M=>{h(!1),u(E=>({...E,[C]:M}))};async function N(C){C.preventDefault();let M=a?a(c):{};if(m(M),p(""),!Object.keys(M).length){y(!0);try{let E=await R(`users/${n.id}`,s(c));h(!0),d&&d(E)}catch(E){m(E.fields||{}),p(`${o.failed} ${E.message}`)}y(!1)}}return l`<form class="card" id=${e} onSubmit=${N} novalidate aria-labelledby=${e+"-h"}>
    <h3 id=${e+"-h"}>${t}</h3>
    <${k} message=${b} />
    ${i(c,w,f)}
    <div class="bar">
      <button type="submit" disabled=${g}>${g?o.saving:o.save}</button>
      ${_&&l`<span class="ok" role="status">${o.saved}</span>`}
    </div>
  </form>`}function Yt({id:e,label:t,value:n,options:r,onChange:a,error:s}){return l`<div class="field">
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>a(i.target.value)} aria-invalid=${s?"true":void 0}
      aria-describedby=${s?e+"-error":void 0}>
      ${r.map(([i,d])=>l`<option key=${i} value=${i}>${d}</option>`)}
    </select>
    ${s&&l`<p class="error" id=${e+"-error"} role="alert">${s}</p>`}
  </div>`}var wo=/^\+?\d{2,15}$/,yo=(e,t,n)=>new RegExp(`^\\d{${t},${n}}$`).test(e),Oa=e=>e.trim().length<=35;function xo({user:e,numbers:t}){let n=(r,a)=>e.caller_id&&e.caller_id[r]&&e.caller_id[r][a]||"";return l`<${fe}
    id="feature-caller-id"
    title=${o.callerId}
    user=${e}
    formOf=${()=>({int_name:n("internal","name"),int_number:n("internal","number"),ext_name:n("external","name"),ext_number:n("external","number")})}
    check=${r=>{let a={};r.int_number&&!wo.test(r.int_number)&&(a["caller_id.internal.number"]=o.forwardNumber);for(let[s,i]of[["int_name","caller_id.internal.name"],["ext_name","caller_id.external.name"]])Oa(r[s])||(a[i]=o.cidNameLength);return a}}
    toPatch=${r=>({caller_id:{internal:{name:r.int_name.trim()||null,number:r.int_number||null},external:{name:r.ext_name.trim()||null,number:r.ext_number||null}}})}
    body=${(r,a,s)=>l`<div class="grid">
      <${x} id="cid_int_name" label=${o.cidInternalName} value=${r.int_name} onInput=${a("int_name")} error=${s["caller_id.internal.name"]} />
      <${x} id="cid_int_number" label=${o.cidInternalNumber} value=${r.int_number} onInput=${a("int_number")} error=${s["caller_id.internal.number"]} inputmode="tel" />
      <${x} id="cid_ext_name" label=${o.cidExternalName} value=${r.ext_name} onInput=${a("ext_name")} error=${s["caller_id.external.name"]} />
      <${Yt} id="cid_ext_number" label=${o.cidExternalNumber} value=${r.ext_number} onChange=${a("ext_number")} error=${s["caller_id.external.number"]}
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
      <${D} id="failover_on" label=${o.failoverOn} checked=${n.enabled} onChange=${r("enabled")} />
      ${n.enabled&&l`<${x} id="failover_number" label=${o.forwardTo} value=${n.number} onInput=${r("number")} error=${a["call_failover.number"]} inputmode="tel" />`}`}
  />`}function Co({user:e}){let t=e.hotdesk||{};return l`<${fe}
    id="feature-hotdesk"
    title=${o.hotdesk}
    user=${e}
    formOf=${()=>({enabled:!!t.enabled,id:t.id||"",require_pin:!!t.require_pin,pin:t.pin||"",keep:!!t.keep_logged_in_elsewhere})}
    check=${n=>{let r={};return n.enabled&&!yo(n.id,1,15)&&(r["hotdesk.id"]=o.hotdeskIdDigits),n.enabled&&(n.require_pin||n.pin)&&!yo(n.pin,4,15)&&(r["hotdesk.pin"]=o.hotdeskPinDigits),r}}
    toPatch=${n=>({hotdesk:{enabled:n.enabled,id:n.id||null,require_pin:n.require_pin,pin:n.pin||null,keep_logged_in_elsewhere:n.keep}})}
    body=${(n,r,a)=>l`<p class="hint">${o.hotdeskHint}</p>
      <${D} id="hotdesk_on" label=${o.hotdeskOn} checked=${n.enabled} onChange=${r("enabled")} />
      ${n.enabled&&l`<div class="grid">
          <${x} id="hotdesk_id" label=${o.hotdeskId} value=${n.id} onInput=${r("id")} error=${a["hotdesk.id"]} inputmode="numeric" />
          <${x} id="hotdesk_pin" label=${o.hotdeskPin} type="password" value=${n.pin} onInput=${r("pin")} error=${a["hotdesk.pin"]} inputmode="numeric" autocomplete="off" />
        </div>
        <${D} id="hotdesk_require_pin" label=${o.hotdeskRequirePin} checked=${n.require_pin} onChange=${r("require_pin")} />
        <${D} id="hotdesk_keep" label=${o.hotdeskKeep} checked=${n.keep} onChange=${r("keep")} />`}`}
  />`}function So({user:e,media:t}){return l`<${fe}
    id="feature-moh"
    title=${o.musicOnHold}
    user=${e}
    formOf=${()=>({media_id:e.music_on_hold&&e.music_on_hold.media_id||""})}
    toPatch=${n=>({music_on_hold:{media_id:n.media_id||null}})}
    body=${(n,r,a)=>l`<${Yt} id="moh_media" label=${o.mohMedia} value=${n.media_id} onChange=${r("media_id")} error=${a["music_on_hold.media_id"]}
      options=${[["",o.mohDefault],...t.map(s=>[s.id,s.name||s.id])]} />`}
  />`}var Se=[["inbound","onnet"],["inbound","offnet"],["outbound","onnet"],["outbound","offnet"]],ee=(e,t)=>`${e}_${t}`;function No({user:e}){let t=e.call_recording||{},n=(r,a)=>t[r]&&t[r][a]||{};return l`<${fe}
    id="feature-recording"
    title=${o.recording}
    user=${e}
    formOf=${()=>({...Object.fromEntries(Se.map(([r,a])=>[ee(r,a),n(r,a).enabled===!0])),time_limit:String(Se.map(([r,a])=>n(r,a).time_limit).find(r=>r!==void 0)??3600)})}
    check=${r=>/^\d+$/.test(r.time_limit)&&Number(r.time_limit)>=5&&Number(r.time_limit)<=10800?{}:{time_limit:o.recordingLimit}}
    toPatch=${r=>{let a={};for(let[s,i]of Se)a[s]={...a[s],[i]:{enabled:r[ee(s,i)],time_limit:Number(r.time_limit)}};return{call_recording:a,smartpbx:{call_recording:{enabled:Se.some(([s,i])=>r[ee(s,i)])}}}}}
    body=${(r,a,s)=>l`${Se.map(([i,d])=>l`<${D} key=${ee(i,d)} id=${"rec_"+ee(i,d)} label=${o.recordLeg[ee(i,d)]} checked=${r[ee(i,d)]} onChange=${a(ee(i,d))} />`)}
      <${x} id="rec_time_limit" label=${o.recordingLimitLabel} value=${r.time_limit} onInput=${a("time_limit")} error=${s.time_limit} inputmode="numeric" />`}
  />`}function Eo({user:e,onDone:t}){let n=e.id,r=e.callflow&&e.callflow.id,[a,s]=$(null),[i,d]=$("");S(()=>{Promise.all([v(`users/${n}`),v("phone_numbers"),v("media?paginate=false")]).then(([f,m,b])=>s({user:f,numbers:Object.keys(m&&m.numbers||{}),media:b}),f=>d(f.message))},[n]);let c=l`<button type="button" class="plain" onClick=${t}>${o.users}</button>`;if(!a)return l`<section><h2>${o.features}</h2><${k} message=${i} />${!i&&o.loading} ${c}</section>`;let{user:u}=a;return l`<section aria-labelledby="features-panel-h" class="features">
    <div class="bar"><h2 id="features-panel-h">${o.featuresOf(`${u.first_name} ${u.last_name}`)}</h2>${c}</div>
    <${Ze} user=${u} />
    <${ko} user=${u} />
    <${xo} user=${u} numbers=${a.numbers} />
    <${fo} user=${u} callflowId=${r} />
    <${Qe} userId=${u.id} />
    <${Co} user=${u} />
    <${vo} user=${u} />
    <${So} user=${u} media=${a.media} />
    <${No} user=${u} />
    <p class="hint">${o.faxboxNotSupported}</p>
    ${c}
  </section>`}async function Ma(){let[e,t,n]=await Promise.all([v("users?paginate=false"),v("callflows?filter_type=mainUserCallflow&paginate=false"),v("devices?with_status=true&paginate=false")]);return e.map(r=>{let a=t.find(s=>s.owner_id===r.id);return{...r,callflow:a,extension:a&&a.numbers?a.numbers[0]:"",devices:n.filter(s=>s.owner_id===r.id)}})}function Po(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(null),[i,d]=$(""),c=()=>Ma().then(t,f=>d(f.message));S(c,[]);async function u(f){if(confirm(o.confirmDelete(`${f.first_name} ${f.last_name}`))){try{await co(f.id)}catch(m){d(m.message)}c()}}return a?l`<${Eo} user=${a} onDone=${()=>s(null)} />`:n?l`<${Xe}
      user=${n}
      onDone=${()=>{r(null),c()}}
    />`:l`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${o.users}</h2>
      <button onClick=${()=>r({})}>${o.addUser}</button>
    </div>
    <${k} message=${i} />
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
                    ${f.id!==O.value.owner&&l`<button class="danger" onClick=${()=>u(f)} aria-label=${`${o.del} ${f.username}`}>${o.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}function Oo(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$(""),[i,d]=$("");S(()=>{Promise.all([v("devices?with_status=true&paginate=false"),v("users?paginate=false")]).then(([u,f])=>{let m=p=>f.find(_=>_.id===p),b=u.filter(p=>p.registered).map(p=>{let _=m(p.owner_id);return{id:p.id,label:_?`${_.first_name} ${_.last_name} \xB7 ${p.name}`:p.name}});t(b),b.length&&r(b[0].id)},u=>d(u.message))},[]);let c=async()=>{d(""),s("");try{await P(`devices/${n}/ring_test`,{}),s(o.ringing(e.find(u=>u.id===n).label))}catch(u){d(u.message)}};return e?l`<div class="ring-my-phone">
    <h3>${o.ringMyPhone}</h3>
    ${e.length===0?l`<p class="hint">${o.noRegisteredPhone}</p>`:l`<div class="field">
            <label for="ring-phone">${o.ringPhonePick}</label>
            <select id="ring-phone" value=${n} onChange=${u=>r(u.target.value)}>
              ${e.map(u=>l`<option key=${u.id} value=${u.id}>${u.label}</option>`)}
            </select>
            <p class="hint">${o.ringPhoneHint}</p>
          </div>
          <button type="button" onClick=${c}>${o.ringMyPhone}</button>`}
    ${a&&l`<p role="status">${a}</p>`}
    <${k} message=${i} />
  </div>`:l`<${k} message=${i} />`}function Mo({device:e}){let[t,n]=$(!1),[r,a]=$(""),[s,i]=$(""),[d,c]=$(""),[u,f]=$("");return t?l`<form class="call-from" onSubmit=${async b=>{b.preventDefault(),c(""),f(""),i("");try{await v(`devices/${e.id}/quickcall/${encodeURIComponent(r)}?auto_answer=false`),i(o.callStarted(e.name,r))}catch(p){p.fields&&p.fields.number?f(p.fields.number):c(p.message)}}}>
    <${x} id=${`call-${e.id}`} label=${o.callNumber} value=${r} onInput=${a} error=${u} inputmode="tel" required />
    <button type="submit">${o.call}</button>
    ${s&&l`<p role="status">${s}</p>`}
    <${k} message=${d} />
  </form>`:l`<button type="button" class="plain" aria-label=${o.callFrom(e.name)} onClick=${()=>n(!0)}>
      ${o.call}
    </button>`}function Fo(){let[e,t]=$(null),[n,r]=$("");return S(()=>{Promise.all([v("devices?with_status=true&paginate=false"),v("users?paginate=false")]).then(([a,s])=>{let i=d=>s.find(c=>c.id===d);t(a.map(d=>({...d,owner:i(d.owner_id)})))},a=>r(a.message))},[]),l`<section aria-labelledby="devices-h">
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
                  <td data-label=${o.actions}>${a.registered&&l`<${Mo} device=${a} />`}</td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}var Fa="application/vnd.tcpdump.pcap",To=e=>new Date(e/1e3).toISOString().slice(11,23);function Ta(e){let t=[],n=r=>t.includes(r)||t.push(r);for(let r of e)t.length===0&&n(r.remote),n("box"),n(r.remote);return t}function Ia({messages:e}){let[t,n]=$(null),r=Ta(e),a=s=>r.indexOf(s)+2;return l`<div class="ladder" style=${`grid-template-columns: 7rem repeat(${r.length}, minmax(9rem, 1fr))`}>
      <span></span>
      ${r.map(s=>l`<strong class="party">${s==="box"?o.ladderBox:s}</strong>`)}
      ${e.map(s=>{let[i,d]=s.direction==="in"?[s.remote,"box"]:["box",s.remote],[c,u]=[a(i),a(d)],f=c>u;return l`<span class="time">${To(s.unix_micros)}</span>
          <button type="button" class=${`arrow ${f?"rtl":"ltr"}`} aria-pressed=${t===s}
            style=${`grid-column: ${Math.min(c,u)} / ${Math.max(c,u)+1}`} onClick=${()=>n(t===s?null:s)}>
            ${s.first_line} <small>${s.transport}</small>
          </button>`})}
    </div>
    ${t&&l`<figure class="raw"><figcaption>${o.rawMessage} · ${To(t.unix_micros)} · ${t.transport}
      ${t.truncated?` ${o.cutMessage(t.size)}`:""}</figcaption><pre>${t.raw}</pre></figure>`}`}function Da(e,t){let n=document.createElement("a");n.href=URL.createObjectURL(e),n.download=t,document.body.append(n),n.click(),n.remove(),setTimeout(()=>URL.revokeObjectURL(n.href),1e3)}function Aa({text:e}){let[t,n]=$(!1),r;async function a(){try{await navigator.clipboard.writeText(e)}catch{r.select(),document.execCommand("copy")}n(!0)}return l`<div class="report">
    <textarea readonly rows="14" aria-label=${o.problemReport} ref=${s=>r=s}>${e}</textarea>
    <button type="button" onClick=${a}>${o.copy}</button> <span role="status">${t?o.copied:""}</span>
  </div>`}function Io({id:e}){let t=`cdrs/${encodeURIComponent(e)}`,[n,r]=$(null),[a,s]=$(""),[i,d]=$(null);S(()=>{v(`${t}/sip_trace`).then(r,m=>s(m.status===404?o.ladderGone:m.message))},[e]);let c=m=>s(m.message),u=()=>xe(`${t}/sip_trace`,Fa).then(m=>Da(m,`call-${e.replace(/[^\w-]/g,"_")}.pcap`),c),f=()=>xe(`${t}/problem_report`,"text/plain").then(m=>m.text()).then(d,c);return l`<div class="trace">
    <h3>${o.sipLadder}</h3>
    <${k} message=${a} />
    ${n?l`<${Ia} messages=${n.messages} />`:!a&&l`<p>${o.loading}</p>`}
    <p class="actions">
      ${n&&l`<button type="button" onClick=${u}>${o.downloadPcap}</button>`}
      <button type="button" onClick=${f}>${o.problemReport}</button>
    </p>
    ${i!==null&&l`<${Aa} text=${i} />`}
  </div>`}var La=86400,Ua=62167219200;function Ba({leg:e}){return l`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function Ha({call:e,withLegs:t}){let[n,r]=$(null),[a,s]=$(!1);async function i(){s(!a),t&&!n&&r(await v(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return l`<tr class="call" data-call=${e.call_id}>
      <td data-label=${o.when}><button class="plain" aria-expanded=${a} onClick=${i}>${e.datetime}</button></td>
      <td data-label=${o.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${o.to}>${e.dialed_number}</td>
      <td data-label=${o.duration}>${e.duration_seconds}s</td>
      <td data-label=${o.result}>${e.hangup_cause}</td>
    </tr>
    ${a&&l`<tr class="legs"><td colspan="5">
      ${t&&l`<h3>${o.legs}</h3>
      ${n?l`<ul>${n.map(d=>l`<${Ba} key=${d.id} leg=${d} />`)}</ul>`:o.loading}`}
      <${Io} id=${e.interaction_id||e.call_id} />
    </td></tr>`}`}function Do({path:e,title:t,withLegs:n}){let[r,a]=$(null),[s,i]=$("");return S(()=>{let d=Math.floor(Date.now()/1e3)+Ua;v(`${e}?created_from=${d-7*La}&created_to=${d+60}&page_size=100`).then(a,c=>i(c.message))},[]),l`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${k} message=${s} />
    ${r?r.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${t}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.to}</th><th>${o.duration}</th><th>${o.result}</th></tr></thead>
            <tbody>${r.map(d=>l`<${Ha} key=${d.id} call=${d} withLegs=${n} />`)}</tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}var Ao=()=>l`<${Do} path="cdrs/interaction" title=${o.callLogs} withLegs=${!0} />`,Lo=()=>l`<${Do} path=${`users/${O.value.owner}/cdrs`} title=${o.myCalls} withLegs=${!1} />`;var Ra=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],ja=["undefinedMainNumber","0"],K=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],pe=e=>({module:"callflow",data:{id:e},children:{}});async function Bo(){let e=await v("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(c=>[c.name,c]));for(let c of Ra){if(t[c])continue;let u=t[`${c}Menu`]||await Ga(`${c}Menu`);t[`${c}Menu`]=u,t[c]=await P("callflows",{name:c,type:"main",numbers:[c],flow:pe(u.id),ui_metadata:B()})}let n=t.MainCallflow||await P("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:pe(t.MainOpenHours.id)}},ui_metadata:B()}),[r,a]=await Promise.all([v(`callflows/${n.id}`),v("temporal_rules_sets?paginate=false")]),s=new Set(a.map(c=>c.id)),i={main:r,parts:t,open:[],lunch:[],holidays:[],others:[]},d=r.flow||{};for(let c of d.data&&d.data.rules||[]){let u=(d.children||{})[c],f=u&&u.data&&u.data.id===t.MainHolidays.id;if(s.has(c)){let b=await v(`temporal_rules_sets/${c}`),p=await Promise.all((b.temporal_rules||[]).map(_=>v(`temporal_rules/${_}`).catch(()=>null)));(f?i.holidays:i.others).push({...b,rules:p.filter(Boolean)});continue}let m=await v(`temporal_rules/${c}`).catch(()=>null);m&&(f?i.holidays.push({...m,rules:[m],single:!0}):m.type==="main_lunchbreak"?i.lunch.push(m):m.type==="main_weekdays"?i.open.push(m):i.others.push(m))}return i}async function Ga(e){let t=await P("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:B()});return P("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:B()})}var Ho=e=>(e.numbers||[]).filter(t=>!ja.includes(t));async function Ro(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=B(),e.main=await I(`callflows/${n.id}`,n)}var tt=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},Ne=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`,Wa=e=>e[0].toUpperCase()+e.slice(1);async function Uo(e,t,n){let r=e.find(s=>s.name===t.name);if(r)return I(`temporal_rules/${r.id}`,{...r,...t});let a=await P("temporal_rules",t);return n.push(a.id),a}async function Xt(e,t="temporal_rules"){for(let n of e)await F(`${t}/${n}`).catch(()=>{})}async function jo(e,t){let n=[],r=[],a=[];try{for(let i of K){let d=t&&t.days[i];if(!d)continue;let c={name:`Main${Wa(i)}`,type:"main_weekdays",cycle:"weekly",interval:1,wdays:[i],time_window_start:tt(d.start),time_window_stop:tt(d.stop),ui_metadata:B()};r.push(await Uo(e.open,c,n))}if(t&&t.lunch&&r.length){let i={name:"MainLunchHours",type:"main_lunchbreak",cycle:"weekly",interval:1,wdays:K.filter(d=>t.days[d]),time_window_start:tt(t.lunch.start),time_window_stop:tt(t.lunch.stop),ui_metadata:B()};a=[await Uo(e.lunch,i,n)]}await Zt(e,{open:r,lunch:a})}catch(i){throw await Xt(n),i}let s=new Set([...r,...a].map(i=>i.id));for(let i of[...e.open,...e.lunch])s.has(i.id)||await F(`temporal_rules/${i.id}`);e.open=r,e.lunch=a}async function Zt(e,{open:t=e.open,lunch:n=e.lunch,holidays:r=e.holidays}={}){let{parts:a,main:s}=e,i=s.flow&&s.flow.children||{},d={};for(let f of r)d[f.id]=pe(a.MainHolidays.id);for(let f of e.others)i[f.id]&&(d[f.id]=i[f.id]);for(let f of n)d[f.id]=pe(a.MainLunchHours.id);for(let f of t)d[f.id]=pe(a.MainOpenHours.id);d._=pe(t.length?a.MainAfterHours.id:a.MainOpenHours.id);let c=[...r,...e.others,...n,...t].map(f=>f.id),u={...s,flow:{module:"temporal_route",data:{rules:c},children:d},ui_metadata:B()};e.main=await I(`callflows/${s.id}`,u)}async function Go(e,t,n){let r=[],a=null;try{for(let i of n)r.push((await P("temporal_rules",{...i,name:t,ui_metadata:B()})).id);a=await P("temporal_rules_sets",{name:t,type:"main_holidays",temporal_rules:r,ui_metadata:B()});let s={...a,rules:await Promise.all(r.map(i=>v(`temporal_rules/${i}`)))};await Zt(e,{holidays:[...e.holidays,s]}),e.holidays=[...e.holidays,s]}catch(s){throw a&&await Xt([a.id],"temporal_rules_sets"),await Xt(r),s}}async function Wo(e,t){let n=e.holidays.filter(r=>r.id!==t.id);await Zt(e,{holidays:n}),e.holidays=n,t.single||await F(`temporal_rules_sets/${t.id}`);for(let r of t.rules)await F(`temporal_rules/${r.id}`).catch(()=>{})}function nt(e){let t=[],n=[],r="",a=!1,s=1,i=1,d=()=>{n.push(r.trim()),r=""},c=()=>{d(),n.some(u=>u!=="")&&t.push({line:i,fields:n}),n=[],i=s};for(let u=0;u<e.length;u++){let f=e[u];a?f==='"'&&e[u+1]==='"'?(r+='"',u++):f==='"'?a=!1:(f===`
`&&s++,r+=f):f==='"'?a=!0:f===","?d():f===`
`?(s++,c()):f!=="\r"&&(r+=f)}return c(),t}function qo(e,t){let n=Object.fromEntries(K.map(a=>[a,null]));for(let a of e)for(let s of a.wdays&&a.wdays.length?a.wdays:K){let i=s==="wensday"?"wednesday":s;i in n&&(n[i]={start:Ne(a.time_window_start||0),stop:Ne(a.time_window_stop??86400)})}let r=t[0];return{days:n,lunch:r?{start:Ne(r.time_window_start||0),stop:Ne(r.time_window_stop||0)}:null}}var Jt=(e,t,n)=>Object.fromEntries(K.map(r=>[r,e.includes(r)?{start:t,stop:n}:null])),Qt={weekdays9to17:()=>Jt(K.slice(0,5),"09:00","17:00"),weekdays8to18:()=>Jt(K.slice(0,5),"08:00","18:00"),monSat9to17:()=>Jt(K.slice(0,6),"09:00","17:00")},Vo=/^([01]\d|2[0-3]):[0-5]\d$/;function Va(e){let t=e.toLowerCase();return t.length<2?null:K.find(n=>n.startsWith(t))||null}function zo(e){let t=Object.fromEntries(K.map(a=>[a,null])),n=[],r=nt(e);r.length&&r[0].fields[0].toLowerCase()==="day"&&r.shift();for(let{line:a,fields:s}of r){let i=m=>n.push(o.csvLine(a,"",m));if(s.length!==3){i(o.hoursCsvColumns);continue}let[d,c,u]=s,f=Va(d);f?!Vo.test(c)||!Vo.test(u)?i(o.hoursCsvTime):c<u?t[f]?i(o.hoursCsvTwice(o.wdayLong[f])):t[f]={start:c,stop:u}:i(o.badHours):i(o.hoursCsvDay(d))}return!n.length&&!r.length&&n.push(o.hoursCsvEmpty),n.length?{errors:n}:{days:t}}var qa=[31,29,31,30,31,30,31,31,30,31,30,31],za=(e,t)=>Array.from({length:t-e+1},(n,r)=>e+r);function Ko(e){let t={cycle:"yearly",interval:1};if(e.kind==="advanced")return{rules:[{...t,ordinal:e.ordinal,wdays:[e.wday],month:Number(e.month)}]};let n=c=>/^\d{4}-\d\d-\d\d$/.test(c||"")?[Number(c.slice(5,7)),Number(c.slice(8,10))]:null,r=n(e.from);if(!r)return{field:"from",error:o.pickDate};if(e.kind==="date")return{rules:[{...t,month:r[0],days:[r[1]]}]};let a=n(e.to);if(!a)return{field:"to",error:o.pickDate};if(e.to<e.from)return{field:"to",error:o.rangeBackwards};if((Date.parse(e.to)-Date.parse(e.from))/864e5>365)return{field:"to",error:o.rangeTooLong};let s=a[0]<r[0]||a[0]===r[0]&&a[1]<r[1],i=[];for(let c=r[0];i.length<13&&(i.push(c),!(c===a[0]&&(!s||i.length>1)));c=c%12+1);return i.length>12?{field:"to",error:o.rangeTooLong}:{rules:i.map((c,u)=>{let f=u===0?r[1]:1,m=u===i.length-1?a[1]:qa[c-1];return{...t,month:c,days:za(f,m)}})}}function Yo(e){return e.rules.map(n=>{let r=o.months[(n.month||1)-1];if(n.days&&n.days.length){let s=n.days[0],i=n.days[n.days.length-1];return s===i?`${r} ${s}`:`${r} ${s}\u2013${i}`}let a=(n.wdays||[])[0];return o.nthWeekday(o.ordinals[n.ordinal||"first"],o.wdayLong[a]||a,r)}).join(", ")}function Xo(e){if(!e.clock_set)return o.clockNotSet;if(e.kind==="always")return o.open24;let t={open:o.openNow,rule:o.openNow,lunch:o.lunchNow,holiday:o.holidayNow(e.now.name||""),closed:o.closedNow}[e.kind],n=e.until||e.next;if(!n)return e.open?o.open24:t;let[r,a]=n.local.split("T"),s=a.slice(0,5),i=r===e.local.split("T")[0]?s:n.at_unix-e.at_unix<6*86400?`${o.wdayLong[n.weekday]} ${s}`:`${o.wdayLong[n.weekday]} ${r} ${s}`;return e.open&&!n.open?o.closesAt(t,i):n.open?o.opensAt(t,i):o.changesAt(t,i)}function Ka({onHours:e}){let[t,n]=$(""),[r,a]=$([]);function s(){let d=zo(t);a(d.errors||[]),d.days&&e(d.days)}async function i(d){let c=d.target.files[0];c&&n(await c.text())}return l`<details class="csv-hours">
    <summary>${o.importHours}</summary>
    <div class="field"><label for="hours_csv_file">${o.hoursCsvFile}</label><input id="hours_csv_file" type="file" accept=".csv,text/csv" onChange=${i} /></div>
    <div class="field">
      <label for="hours_csv">${o.hoursCsv}</label>
      <textarea id="hours_csv" rows="4" value=${t} onInput=${d=>n(d.target.value)} aria-invalid=${r.length?"true":void 0} aria-describedby=${r.length?"hours_csv-error":void 0}></textarea>
      ${r.length>0&&l`<ul class="error" id="hours_csv-error" role="alert">${r.map(d=>l`<li key=${d}>${d}</li>`)}</ul>`}
    </div>
    <button type="button" onClick=${s}>${o.importHours}</button>
  </details>`}function Zo({strategy:e,onSaved:t}){let n=qo(e.open,e.lunch),[r,a]=$(e.open.length>0),[s,i]=$(e.open.length?n.days:Qt.weekdays9to17()),[d,c]=$(!!n.lunch),[u,f]=$(n.lunch||{start:"12:00",stop:"13:00"}),[m,b]=$("weekdays9to17"),[p,_]=$(""),[h,g]=$(""),y=(C,M)=>i({...s,[C]:M});async function w(C){C.preventDefault(),g("");let M=K.filter(T=>s[T]);if(r&&!M.length)return _(o.pickDay);let E=M.find(T=>!(s[T].start<s[T].stop));if(r&&E)return _(`${o.wdayLong[E]}: ${o.badHours}`);if(r&&d&&!(u.start<u.stop))return _(o.badLunch);_("");try{await jo(e,r?{days:s,lunch:d?u:null}:null),g(o.saved),t()}catch(T){_(Object.entries(T.fields||{}).map(([V,z])=>`${V}: ${z}`).join("; ")||T.message)}}let N=C=>{i(C),a(!0),g(o.hoursImported)};return l`<form onSubmit=${w} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${o.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!r} onChange=${()=>a(!1)} /><label for="h24">${o.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${r} onChange=${()=>a(!0)} /><label for="hcustom">${o.openCustom}</label></div>
    ${r&&l`<fieldset>
      <legend class="sr">${o.openCustom}</legend>
      <div class="field template">
        <label for="hours_template">${o.template}</label>
        <select id="hours_template" value=${m} onChange=${C=>b(C.target.value)}>
          ${Object.entries(o.templates).map(([C,M])=>l`<option key=${C} value=${C}>${M}</option>`)}
        </select>
        <button type="button" class="plain" onClick=${()=>i(Qt[m]())}>${o.applyTemplate}</button>
      </div>
      <table class="week">
        <tbody>
          ${K.map(C=>{let M=s[C];return l`<tr key=${C}>
              <td><${D} id=${"day-"+C} label=${o.wdayLong[C]} checked=${!!M} onChange=${E=>y(C,E?{start:"09:00",stop:"17:00"}:null)} /></td>
              <td>${M&&l`<input type="time" aria-label=${o.dayOpens(o.wdayLong[C])} value=${M.start} onInput=${E=>y(C,{...M,start:E.target.value})} />`}</td>
              <td>${M&&l`<input type="time" aria-label=${o.dayCloses(o.wdayLong[C])} value=${M.stop} onInput=${E=>y(C,{...M,stop:E.target.value})} />`}</td>
            </tr>`})}
        </tbody>
      </table>
      <${D} id="lunch" label=${o.lunchBreak} checked=${d} onChange=${c} />
      ${d&&l`<div class="grid">
        <${x} id="lunch_start" label=${o.lunchStarts} type="time" value=${u.start} onInput=${C=>f({...u,start:C})} />
        <${x} id="lunch_stop" label=${o.lunchEnds} type="time" value=${u.stop} onInput=${C=>f({...u,stop:C})} />
      </div>`}
      <${Ka} onHours=${N} />
    </fieldset>`}
    ${p&&l`<p class="error" role="alert">${p}</p>`}
    ${h&&l`<p class="ok" role="status">${h}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}var Jo={name:"",kind:"date",from:"",to:"",ordinal:"fourth",wday:"thursday",month:"11"};function ot({id:e,label:t,value:n,onChange:r,options:a}){return l`<div class="field">
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${s=>r(s.target.value)}>
      ${a.map(([s,i])=>l`<option key=${s} value=${s}>${i}</option>`)}
    </select>
  </div>`}function Qo({strategy:e,onSaved:t}){let[n,r]=$(Jo),[a,s]=$({}),[i,d]=$(""),c=m=>b=>r({...n,[m]:b});async function u(m){m.preventDefault(),d("");let b=n.name.trim();if(!b)return s({name:o.needName});let p=Ko(n);if(p.error)return s({[p.field]:p.error});s({});try{await Go(e,b,p.rules),r(Jo),t()}catch(_){let h=_.fields||{};h.name?s({name:h.name}):d(Object.entries(h).map(([g,y])=>`${g}: ${y}`).join("; ")||_.message)}}async function f(m){d("");try{await Wo(e,m),t()}catch(b){d(b.message)}}return l`<form onSubmit=${u} aria-labelledby="holidays-h" novalidate>
    <h3 id="holidays-h">${o.holidays}</h3>
    ${e.holidays.length===0&&l`<p>${o.noHolidays}</p>`}
    <ul class="holidays">
      ${e.holidays.map(m=>l`<li key=${m.id}>
          <span class="holiday"><strong>${m.name}</strong> ${Yo(m)}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${m.name}`} onClick=${()=>f(m)}>${o.remove}</button>
        </li>`)}
    </ul>
    <${x} id="holiday_name" label=${o.holidayName} value=${n.name} onInput=${c("name")} error=${a.name} />
    <${ot} id="holiday_kind" label=${o.holidayKind} value=${n.kind} onChange=${c("kind")} options=${Object.entries(o.holidayKinds)} />
    ${n.kind!=="advanced"&&l`<div class="grid">
      <${x} id="holiday_from" label=${o.holidayFrom} type="date" value=${n.from} onInput=${c("from")} error=${a.from} />
      ${n.kind==="range"&&l`<${x} id="holiday_to" label=${o.holidayTo} type="date" value=${n.to} onInput=${c("to")} error=${a.to} />`}
    </div>`}
    ${n.kind==="advanced"&&l`<div class="grid">
      <${ot} id="holiday_ordinal" label=${o.holidayOrdinal} value=${n.ordinal} onChange=${c("ordinal")} options=${Object.entries(o.ordinals)} />
      <${ot} id="holiday_wday" label=${o.holidayWday} value=${n.wday} onChange=${c("wday")} options=${K.map(m=>[m,o.wdayLong[m]])} />
      <${ot} id="holiday_month" label=${o.holidayMonth} value=${n.month} onChange=${c("month")} options=${o.months.map((m,b)=>[String(b+1),m])} />
    </div>`}
    ${i&&l`<p class="error" role="alert">${i}</p>`}
    <button type="submit">${o.addHoliday}</button>
  </form>`}var Ya=3e4;function er({callflowId:e,version:t}){let[n,r]=$(null);return S(()=>{let a=!0,s=()=>v(`callflows/${e}/office_status`).then(d=>a&&r(d),()=>a&&r(null));s();let i=setInterval(s,Ya);return()=>{a=!1,clearInterval(i)}},[e,t]),n?l`<p class="office-line ${n.open?"is-open":"is-closed"}" aria-live="polite" data-kind=${n.kind}>${Xo(n)}</p>`:null}var en=["MainOpenHours","MainLunchHours","MainAfterHours","MainHolidays"];function Xa(e){let t=e||{},n=t.data&&t.data.id;if(t.module==="user"){let r=t.children&&t.children._;return r&&r.module==="voicemail"?{how:"user_vm",target:n}:{how:"user",target:n}}return t.module==="voicemail"?{how:"voicemail",target:n}:{how:"menu",target:""}}function Za(e,{how:t,target:n},r,a){let s=(d,c)=>({module:d,data:{id:c},children:{}});if(t==="menu"){let d=r[`${e}Menu`];if(!d)throw new Error(o.noMenu);return{module:"callflow",data:{id:d.id},children:{}}}if(!n)throw new Error(t==="voicemail"?o.pickVmbox:o.pickUser);if(t==="voicemail")return s("voicemail",n);let i={module:"user",data:{id:n,timeout:20,can_call_self:!1},children:{}};if(t==="user_vm"){let d=a.find(c=>c.owner_id===n);if(!d)throw new Error(o.userNoVmbox);i.children._=s("voicemail",d.id)}return i}var Ja=["1","2","3","4","5","6","7","8","9","0"];function Qa(e){let t=e&&e.flow&&e.flow.children||{};return Object.fromEntries(Object.entries(t).map(([n,r])=>[n,r.module==="user"&&r.data?r.data.id:"other"]))}function es(e,t){let n=e.flow&&e.flow.children||{},r={};for(let[a,s]of Object.entries(t))s==="other"&&n[a]?r[a]=n[a]:s&&s!=="other"&&(r[a]={module:"user",data:{id:s,timeout:20,can_call_self:!1},children:{}});return{...e,flow:{...e.flow,children:r},ui_metadata:B()}}function ts({id:e,keys:t,users:n,onChange:r}){return l`<fieldset class="keys">
    <legend>${o.menuKeys}</legend>
    <div class="grid">
      ${Ja.map(a=>l`<div class="field" key=${a}>
          <label for=${`${e}-key-${a}`}>${o.menuKey(a)}</label>
          <select id=${`${e}-key-${a}`} value=${t[a]||""} onChange=${s=>r({...t,[a]:s.target.value})}>
            <option value="">—</option>
            ${t[a]==="other"&&l`<option value="other">${o.keyElsewhere}</option>`}
            ${n.map(s=>l`<option key=${s.id} value=${s.id}>${s.first_name} ${s.last_name}</option>`)}
          </select>
        </div>`)}
    </div>
  </fieldset>`}function ns({name:e,doc:t,menuCf:n,users:r,vmboxes:a,parts:s}){let[i,d]=$(Xa(t.flow)),[c,u]=$(Qa(n)),[f,m]=$(""),[b,p]=$(""),_=i.how==="voicemail"?a.map(y=>[y.id,`${y.mailbox} ${y.name}`]):r.map(y=>[y.id,`${y.first_name} ${y.last_name}`]);async function h(y){y.preventDefault(),p("");try{let w=Za(e,i,s,a);m(""),i.how==="menu"&&await I(`callflows/${n.id}`,es(n,c)),await I(`callflows/${t.id}`,{...t,flow:w,ui_metadata:B()}),p(o.saved)}catch(w){m(w.message)}}let g=`handling-${e}`;return l`<form class="window" onSubmit=${h} aria-label=${o.windows[e]} novalidate>
    <h4>${o.windows[e]}</h4>
    <div class="grid">
      <div class="field">
        <label for=${g}>${o.handling}</label>
        <select id=${g} value=${i.how} onChange=${y=>d({how:y.target.value,target:""})}>
          ${Object.entries(o.handlingKinds).map(([y,w])=>l`<option key=${y} value=${y}>${w}</option>`)}
        </select>
      </div>
      ${i.how!=="menu"&&l`<div class="field">
        <label for=${g+"-target"}>${i.how==="voicemail"?o.handlingVmbox:o.handlingUser}</label>
        <select id=${g+"-target"} value=${i.target} onChange=${y=>d({...i,target:y.target.value})} aria-invalid=${f?"true":void 0}>
          <option value="">—</option>
          ${_.map(([y,w])=>l`<option key=${y} value=${y}>${w}</option>`)}
        </select>
      </div>`}
    </div>
    ${i.how==="menu"&&n&&l`<${ts} id=${g} keys=${c} users=${r} onChange=${u} />`}
    ${f&&l`<p class="error" role="alert">${f}</p>`}
    ${b&&l`<p class="ok">${b}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}function tr({strategy:e}){let[t,n]=$(null),[r,a]=$("");return S(()=>{let s=en.map(i=>e.parts[`${i}Menu`]);Promise.all([v("users?paginate=false"),v("vmboxes?paginate=false"),Promise.all(en.map(i=>v(`callflows/${e.parts[i].id}`))),Promise.all(s.map(i=>i?v(`callflows/${i.id}`):null))]).then(([i,d,c,u])=>n({users:i,vmboxes:d,docs:c,menuCfs:u}),i=>a(i.message))},[e]),l`<section aria-labelledby="handling-h">
    <h3 id="handling-h">${o.incomingHandling}</h3>
    ${r&&l`<p class="error" role="alert">${r}</p>`}
    ${t&&en.map((s,i)=>l`<${ns} key=${s} name=${s} doc=${t.docs[i]} menuCf=${t.menuCfs[i]} users=${t.users} vmboxes=${t.vmboxes} parts=${e.parts} />`)}
  </section>`}var or="MainConferenceGreeting",nr="undefinedconf";async function os(){let[e,t]=await Promise.all([v("callflows?filter_type=conference&paginate=false"),v("media?paginate=false")]),n=e.find(a=>a.name==="MainConference"),r=t.find(a=>a.name===or);return{cf:n?await v(`callflows/${n.id}`):null,media:r?await v(`media/${r.id}`):null}}function rr(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$(""),[i,d]=$({}),[c,u]=$("");S(()=>{os().then(m=>{t(m),r((m.cf&&m.cf.numbers||[]).filter(b=>b!==nr)[0]||""),s(m.media&&m.media.tts&&m.media.tts.text||"")},m=>d({form:m.message}))},[]);async function f(m){m.preventDefault(),u("");let b=n.replace(/[\s()-]/g,"");if(b&&!/^\+?\d{2,15}$/.test(b))return d({number:o.badConfNumber});d({});try{let p=e.media;if(a.trim()){let w={...p||{},name:or,media_source:"tts",tts:{text:a.trim(),voice:"female"},ui_metadata:B()};p=p?await I(`media/${p.id}`,w):await P("media",w)}let _={module:"conference",data:{},children:{}},h=a.trim()?{module:"play",data:{id:p.id},children:{_}}:_,g={...e.cf||{},name:"MainConference",type:"conference",numbers:[b||nr],flow:h,ui_metadata:B()},y=e.cf?await I(`callflows/${e.cf.id}`,g):await P("callflows",g);t({cf:y,media:p}),u(o.saved)}catch(p){let _=p.fields||{},h=Object.keys(_).find(g=>g.startsWith("tts"));_.numbers?d({number:_.numbers}):d(h?{greeting:_[h]}:{form:p.message})}}return e?l`<form onSubmit=${f} aria-labelledby="conf-h" novalidate>
    <h3 id="conf-h">${o.mainConference}</h3>
    <${x} id="conf_number" label=${o.mainConfNumber} value=${n} onInput=${r} error=${i.number} inputmode="tel" />
    <div class="field">
      <label for="conf_greeting">${o.confGreeting}</label>
      <textarea id="conf_greeting" rows="2" maxlength="1000" value=${a} onInput=${m=>s(m.target.value)} aria-invalid=${i.greeting?"true":void 0} aria-describedby=${i.greeting?"conf_greeting-error":void 0}></textarea>
      ${i.greeting&&l`<p class="error" id="conf_greeting-error" role="alert">${i.greeting}</p>`}
    </div>
    ${i.form&&l`<p class="error" role="alert">${i.form}</p>`}
    ${c&&l`<p class="ok">${c}</p>`}
    <button type="submit">${o.saveConference}</button>
  </form>`:i.form?l`<p class="error" role="alert">${i.form}</p>`:null}function rs({strategy:e,onSaved:t}){let[n,r]=$(""),[a,s]=$(""),i=Ho(e.main);async function d(u){s("");try{await Ro(e,u),r(""),t()}catch(f){s(Object.values(f.fields||{})[0]||f.message)}}function c(u){u.preventDefault();let f=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(f))return s(o.badNumber);d([...i,f])}return l`<form onSubmit=${c} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${o.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(u=>l`<li key=${u}>
          <span class="main-number">${u}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${u}`} onClick=${()=>d(i.filter(f=>f!==u))}>${o.remove}</button>
        </li>`)}
    </ul>
    <${x} id="main_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
    <button type="submit">${o.addNumber}</button>
  </form>`}function rt(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$(0);S(()=>{Bo().then(t,d=>r(d.message))},[]);let i=()=>s(d=>d+1);return l`<section aria-labelledby="main-h">
    <h2 id="main-h">${o.mainNumber}</h2>
    <${k} message=${n} />
    ${e?l`<div class="stack">
          <${er} callflowId=${e.main.id} version=${a} />
          <${rs} strategy=${e} onSaved=${i} />
          <${Zo} strategy=${e} onSaved=${i} />
          <${Qo} strategy=${e} onSaved=${i} />
          <${tr} strategy=${e} />
          <${rr} />
        </div>`:!n&&l`<p>${o.loading}</p>`}
  </section>`}var tn=q(0);function at(){let e=`accounts/${O.value.account}`,[t,n]=$(null),[r,a]=$(null),[s,i]=$({}),[d,c]=$(""),[u,f]=$(!1);S(()=>{Promise.all([L("GET","countries"),L("GET",e)]).then(([p,{data:_}])=>{let h=_.edgepbx||{};n(p.data),a({country:h.country||"",extension_length:h.extension_length?String(h.extension_length):"",timezone:null,language:_.language||""})},p=>c(p.message))},[]);function m(p){let _=t.find(h=>h.code===p);a({...r,country:p,..._?{timezone:_.timezone,language:_.language}:{}})}async function b(p){p.preventDefault(),f(!1);let _={};if(r.extension_length&&!/^[2-8]$/.test(r.extension_length)&&(_.extension_length=o.extLengthRange),i(_),c(""),Object.keys(_).length)return;let g={edgepbx:{country:r.country||null,extension_length:r.extension_length?Number(r.extension_length):null},language:r.language||null};r.timezone&&(g.timezone=r.timezone);try{await L("PATCH",e,g),Q.value=void 0,tn.value++,f(!0)}catch(y){let w={};for(let[N,C]of Object.entries(y.fields||{}))w[N.replace(/^edgepbx\./,"")]=C;i(w),c(y.message)}}return r?l`<form onSubmit=${b} aria-labelledby="locale-h" novalidate>
    <h3 id="locale-h">${o.locale}</h3>
    <p class="hint">${o.localeHint}</p>
    <${k} message=${d} />
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
  </form>`:l`<${k} message=${d} />${!d&&l`<p>${o.loading}</p>`}`}var nn=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function st({onDone:e}){let t=`accounts/${O.value.account}`,[n,r]=$(null),[a,s]=$({}),[i,d]=$(""),[c,u]=$(!1);S(()=>{L("GET",t).then(({data:b})=>r({name:b.name||"",timezone:b.timezone||"UTC"}),b=>d(b.message))},[tn.value]);async function f(b){if(b.preventDefault(),u(!1),!n.name.trim())return s({name:o.required});s({}),d("");try{await L("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),O.value={...O.value,accountName:n.name.trim()},u(!0),e&&e()}catch(p){s(p.fields||{}),d(p.message)}}if(!n)return l`<${k} message=${i} />${!i&&l`<p>${o.loading}</p>`}`;let m=nn.includes(n.timezone)?nn:[n.timezone,...nn];return l`<form onSubmit=${f} aria-labelledby="office-h" novalidate>
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
    ${c&&l`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}var ar=["first_name","last_name","username","email","extension","password","phone"],as=["first_name","last_name","username","extension","password"],ss=/^(yes|y|true|1)$/i;function is(e,t){let[n,...r]=nt(e);if(!n)return{problems:[o.csvEmpty]};let a=n.fields.map(f=>f.toLowerCase().replace(/\s+/g,"_")),s=as.filter(f=>!a.includes(f));if(s.length)return{problems:[o.csvColumns(s.join(", "))]};let i=a.filter(f=>!ar.includes(f));if(i.length)return{problems:[o.csvUnknown(i.join(", "))]};let d=[],c={username:new Map,extension:new Map},u=r.map(({line:f,fields:m})=>{let b=Object.fromEntries(ar.map(h=>[h,m[a.indexOf(h)]??""])),p={...b,phone:ss.test(b.phone)},_=zt(p,!0,t);m.length>a.length&&(_.line=o.csvExtra);for(let h of["username","extension"]){let g=p[h].toLowerCase();g&&c[h].has(g)?_[h]=o.csvDuplicate(c[h].get(g)):c[h].set(g,f)}for(let[h,g]of Object.entries(_))d.push(o.csvLine(f,h==="line"?"":o.csvField[h]||h,g));return{line:f,form:p}});return r.length||d.push(o.csvNoUsers),{forms:u,problems:d}}function sr({onAdded:e}){let[t,n]=$([]),[r,a]=$(""),[s,i]=$(!1);async function d(c){let u=c.target.files[0];if(a(""),!u)return;let f=await Ye().catch(()=>null),{forms:m,problems:b}=is(await u.text(),f);if(n(b),b.length)return;i(!0);let p=[],_=0;for(let{line:h,form:g}of m)try{let y=await Ke(g);_++,e({...y,extension:g.extension})}catch(y){let w=Object.entries(y.fields||{}).map(([N,C])=>o.csvLine(h,o.csvField[N]||N,C));p.push(...w.length?w:[o.csvLine(h,"",y.message)])}n(p),a(o.csvMade(_,m.length)),i(!1),c.target.value=""}return l`<div class="card">
    <h3>${o.csvImport}</h3>
    <p class="hint">${o.csvHint}</p>
    <div class="field">
      <label for="csv_file">${o.csvFile}</label>
      <input id="csv_file" type="file" accept=".csv,text/csv" disabled=${s} onChange=${d} />
    </div>
    ${r&&l`<p class="ok" role="status">${r}</p>`}
    ${t.length>0&&l`<ul class="errors" aria-label=${o.csvProblems}>${t.map(c=>l`<li key=${c} class="error">${c}</li>`)}</ul>`}
  </div>`}var on="configs/smtp_client",ir=/^[^@\s]+@[^@\s]+$/;function ls(e){let t={};return/^[A-Za-z0-9.:-]{1,253}$/.test(e.relay)||(t.relay=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.from&&!ir.test(e.from)&&(t.from=o.badEmail(e.from)),t}function it(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$({}),[i,d]=$(""),[c,u]=$("");if(S(()=>{v(on).then(p=>t({relay:p.relay||"",port:String(p.port||587),tls:p.tls||"if_available",username:p.username||"",password:"",from:p.from||"",passwordSet:!!p.password_set}),p=>d(p.message))},[]),!e)return l`<${k} message=${i} />${!i&&l`<p>${o.loading}</p>`}`;let f=p=>_=>t({...e,[p]:_});async function m(p){p.preventDefault(),u(""),d("");let _=ls(e);if(s(_),Object.keys(_).length)return;let h={relay:e.relay.trim(),port:Number(e.port),tls:e.tls,username:e.username.trim(),from:e.from.trim()||void 0};e.password&&(h.password=e.password);try{await R(on,h),t({...e,password:"",passwordSet:e.passwordSet||!!e.password}),u(o.saved)}catch(g){s(g.fields||{}),d(g.message)}}async function b(){if(u(""),!ir.test(n.trim()))return s({...a,to:o.badEmail(n)});s({}),u(o.sending);try{await I(`${on}/test`,{to:n.trim()}),u(o.testSent(n.trim()))}catch(p){u(""),s(p.fields||{}),Object.keys(p.fields||{}).length||d(p.message)}}return l`<form onSubmit=${m} aria-labelledby="relay-h" novalidate>
    <h3 id="relay-h">${o.mailRelay}</h3>
    <p class="hint">${o.mailRelayHint}</p>
    <${k} message=${i} />
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
    ${c&&l`<p class="ok" role="status">${c}</p>`}
  </form>`}async function lt(){(await v("callflows?filter_numbers=no_match")).length===0&&await P("callflows",{numbers:["no_match"],flow:{module:"offnet",data:{},children:{}}})}var rn="^(\\+?\\d{3,15})$",lr={name:"",server:"",port:"5060",username:"",auth_username:"",password:"",realm:"",register:!0};function cs(e){let t=e.gateways&&e.gateways[0]||{},n=r=>r==null?"":String(r);return{name:n(e.name),server:n(t.server),port:n(t.port||5060),username:n(t.username),auth_username:n(t.auth_username),password:n(t.password),realm:n(t.realm),register:t.register!==!1}}function ds(e){let t={};return e.name.trim()||(t.name=o.required),/^[A-Za-z0-9.-]{1,253}$/.test(e.server.trim())||(t.server=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.register&&!e.username.trim()&&(t.username=o.required),e.register&&!e.password&&(t.password=o.required),t}function cr(e,t){let n={...e.gateways&&e.gateways[0]||{enabled:!0}};n.server=t.server.trim(),n.port=Number(t.port),n.register=t.register;for(let r of["username","auth_username","realm"])t[r].trim()?n[r]=t[r].trim():delete n[r];return t.password?n.password=t.password:delete n.password,{...e,name:t.name.trim(),gateways:[n,...(e.gateways||[]).slice(1)]}}var us={enabled:!0,weight_cost:50,rules:[rn],gateways:[]};function an({line:e,onDone:t}){let[n,r]=$(e?cs(e):lr),[a,s]=$({}),[i,d]=$(""),[c,u]=$(!1),f=_=>h=>r({...n,[_]:h}),m=_=>`line_${_}${e?"_edit":""}`;async function b(_){_.preventDefault(),d("");let h=ds(n);if(s(h),!Object.keys(h).length){u(!0);try{e?await I(`resources/${e.id}`,cr(e,n)):await P("resources",cr(us,n)),await lt(),e||r(lr),u(!1),t(!0)}catch(g){s(Object.fromEntries(Object.entries(g.fields||{}).map(([y,w])=>[y.replace(/^gateways\.0\./,""),w]))),d(`${o.failed} ${g.message}`),u(!1)}}}let p=e?o.editLine(e.name):o.addLine;return l`<form onSubmit=${b} novalidate data-form=${e?"edit-line":"add-line"}>
    <h4>${p}</h4>
    <${k} message=${i} />
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
      <button type="submit" disabled=${c}>${e?o.save:o.addLine}</button>
      ${e&&l`<button type="button" class="plain" onClick=${()=>t(!1)}>${o.cancel}</button>`}
    </div>
  </form>`}var dr=e=>e.filter(t=>t.kind==="fxo"&&t.sip_address).map(t=>{let n=t.sip_address.lastIndexOf(":");return{...t,host:t.sip_address.slice(0,n).replace(/^\[|\]$/g,""),port:Number(t.sip_address.slice(n+1))}}),sn=(e,t)=>(e.gateways||[]).some(n=>n.server===t.host&&Number(n.port)===t.port);function ms(e){return e.state==="down"?e.alarm?`${o.fxoStates.down}: ${e.alarm}`:o.fxoStates.down:o.fxoStates[e.state==="idle"?"idle":"busy"]}function fs(e){return e?e.state==="running"?o.fxoDialTone.checking:e.dial_tone?o.fxoDialTone.yes:o.fxoDialTone.no:o.fxoDialTone.unknown}function ur({ports:e,lines:t,onChanged:n}){let[r,a]=$(""),[s,i]=$(!1);if(e.length===0)return null;async function d(c){a(""),i(!0);try{await P("resources",{name:o.fxoLineName(c.name),enabled:!0,weight_cost:50,rules:[rn],gateways:[{server:c.host,port:c.port,register:!1,enabled:!0}]}),await lt(),n()}catch(u){a(`${o.failed} ${u.message}`)}i(!1)}return l`<div aria-labelledby="fxo-h">
    <h4 id="fxo-h">${o.fxoLines}</h4>
    <${k} message=${r} />
    <ul class="lines">
      ${e.map(c=>{let u=t.find(f=>sn(f,c));return l`<li key=${c.name} data-fxo=${c.name}>
          <span class=${c.state==="down"?"dot":"dot on"}>${c.name}${c.number?` (${c.number})`:""} · ${ms(c)} · ${fs(c.line_test)}</span>
          ${u?l`<span class="hint" data-route>${o.fxoInUse(u.name)}</span>`:l`<button type="button" class="plain" disabled=${s} onClick=${()=>d(c)} aria-label=${`${o.fxoUse}: ${c.name}`}>${o.fxoUse}</button>`}
        </li>`})}
    </ul>
  </div>`}var ps=5e3;async function $s(){let[e,t]=await Promise.all([v("resources?paginate=false"),v("analog_ports").then(dr,()=>[])]);return{lines:await Promise.all(e.map(r=>Promise.all([v(`resources/${r.id}`),v(`resources/${r.id}/status`)]).then(([a,s])=>({...a,gw:s.gateways[0]||{}})))),ports:t}}var hs=e=>e.state==="failed"&&e.last_error?`${o.lineStates.failed}: ${e.last_error}`:o.lineStates[e.state]||e.state;function bs({line:e,editing:t,onEdit:n,onDone:r,onError:a}){async function s(){if(confirm(o.confirmDeleteLine(e.name)))try{await F(`resources/${e.id}`),r(!0)}catch(i){a(i.message)}}return l`<li data-line=${e.name}>
    <span class=${e.gw.state==="registered"?"dot on":"dot"}>${e.name} · ${hs(e.gw)}</span>
    ${t?l`<${an} line=${e} onDone=${r} />`:l`<span class="actions">
          <button type="button" class="plain" onClick=${n} aria-label=${`${o.edit}: ${e.name}`}>${o.edit}</button>
          <button type="button" class="plain" onClick=${s} aria-label=${`${o.del}: ${e.name}`}>${o.del}</button>
        </span>`}
  </li>`}function ct(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(""),i=()=>$s().then(t,u=>s(u.message));S(()=>{i();let u=setInterval(i,ps);return()=>clearInterval(u)},[]);let d=u=>{r(null),u&&i()},c=e?e.lines.filter(u=>!e.ports.some(f=>sn(u,f))):[];return l`<div aria-labelledby="lines-h">
    <h3 id="lines-h">${o.outsideLines}</h3>
    <${k} message=${a} />
    ${e?c.length===0?l`<p>${o.noLines}</p>`:l`<ul class="lines">
            ${c.map(u=>l`<${bs} key=${u.id} line=${u} editing=${n===u.id} onEdit=${()=>r(u.id)} onDone=${d} onError=${s} />`)}
          </ul>`:l`<p>${o.loading}</p>`}
    <${an} line=${null} onDone=${d} />
    ${e&&l`<${ur} ports=${e.ports} lines=${e.lines} onChanged=${i} />`}
  </div>`}var se=q(null);async function mr(){let e=await v(`users/${O.value.owner}`);e.require_password_update&&(se.value={forced:!0,username:e.username})}async function fr(){let e=await v(`users/${O.value.owner}`);se.value={forced:!1,username:e.username}}function _s(){let[e,t]=$(!1),[n,r]=$([]);return e?l`<${Xe}
      user=${{}}
      onDone=${a=>{t(!1),a&&r([...n,a])}}
    />`:l`<div>
    <h3>${o.firstUsers}</h3>
    <ul class="added">${n.map(a=>l`<li key=${a.username}>${a.first_name} ${a.last_name} · ${a.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${o.addUser}</button>
    <${sr} onAdded=${a=>r(s=>[...s,a])} />
  </div>`}function pr(){let{forced:e,username:t}=se.value,[n,r]=$(!e),a=[[o.stepPassword,()=>l`<${me} username=${t} onDone=${()=>r(!0)} />`],[o.stepLocale,()=>l`<${at} />`],[o.stepOffice,()=>l`<${st} />`],[o.stepUsers,()=>l`<${_s} />`],[o.stepMainNumber,()=>l`<${rt} />`],[o.stepLine,()=>l`<${ct} />`],[o.stepMail,()=>l`<${it} />`],[o.stepDone,()=>l`<p>${o.wizardDone}</p><${Oo} />`]],[s,i]=$(0),d=s===a.length-1,[c,u]=a[s],f=s===0&&!n;return l`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${o.wizard}</h2>
    <p class="hint">${o.stepOf(s+1,a.length)}: <strong>${c}</strong></p>
    ${f&&l`<p class="banner" role="alert">${o.pwForced}</p>`}
    <div key=${s}>${u()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${s===0} onClick=${()=>i(s-1)}>${o.back}</button>
      ${d?l`<button type="button" onClick=${()=>se.value=null}>${o.finish}</button>`:l`<button type="button" disabled=${f} onClick=${()=>i(s+1)}>${o.next}</button>`}
    </div>
  </section>`}async function gs(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":O.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new W(t.status,n);return n.data}function $r(){let[e,t]=$(null),[n,r]=$(!1),[a,s]=$(""),[i,d]=$("");async function c(u){if(u.preventDefault(),s(""),d(""),!e)return s(o.pickBundle);r(!0);try{let f=await gs(e);d(o.updateInstalled(f&&f.installed))}catch(f){let m=f.body&&f.body.data&&(f.body.data.message||f.body.data.detail);s(`${o.failed} ${f.message}${typeof m=="string"&&m!==f.message?`: ${m}`:""}`)}r(!1)}return l`<form onSubmit=${c} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${o.softwareUpdate}</h3>
    <p class="hint">${o.updateHint}</p>
    <${k} message=${a} />
    <div class="field">
      <label for="bundle">${o.bundle}</label>
      <input id="bundle" type="file" onChange=${u=>t(u.target.files[0]||null)} />
    </div>
    ${i&&l`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?o.uploading:o.install}</button>
  </form>`}function hr(){let[e,t]=$(null),[n,r]=$(""),a=()=>v("sip_bans").then(t,i=>i.status===403?t(null):r(i.message));S(a,[]);let s=i=>F(`sip_bans/${encodeURIComponent(i)}`).then(a,d=>r(d.message));return e?l`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${o.sipBans}</h3>
    <${k} message=${n} />
    ${e.length===0?l`<p>${o.noBans}</p>`:l`<ul class="numbers">
          ${e.map(i=>l`<li key=${i.ip} data-ban=${i.ip}>
              <span>${o.banned(i.ip,i.reason)} · ${o.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>s(i.ip)} aria-label=${o.liftBan(i.ip)}>${o.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:l`<${k} message=${n} />`}var br="system/sip_security",dt=[["failures",0,100],["window_seconds",10,86400],["ban_seconds",10,7*86400],["login_failures",1,100],["login_ban_seconds",10,7*86400]];function _r(){let[e,t]=$(null),[n,r]=$({}),[a,s]=$(""),[i,d]=$("");if(S(()=>{L("GET",br).then(m=>t(Object.fromEntries(dt.map(([b])=>[b,String(m.data[b])]))),m=>m.status===403?t(!1):s(m.message))},[]),e===!1)return null;if(!e)return l`<${k} message=${a} />`;async function c(m){m.preventDefault(),d(""),s("");let b={};for(let[p,_,h]of dt){let g=Number(e[p]);(!/^\d+$/.test(e[p].trim())||g<_||g>h)&&(b[p]=o.wholeNumber(_,h))}if(r(b),!Object.keys(b).length)try{await L("POST",br,Object.fromEntries(dt.map(([p])=>[p,Number(e[p])]))),d(o.saved)}catch(p){r(p.fields||{}),Object.keys(p.fields||{}).length||s(p.message)}}let u=m=>b=>t({...e,[m]:b}),f={failures:o.banFailures,window_seconds:o.banWindow,ban_seconds:o.banSeconds,login_failures:o.loginFailures,login_ban_seconds:o.loginBanSeconds};return l`<form onSubmit=${c} aria-labelledby="thresholds-h" novalidate>
    <h3 id="thresholds-h">${o.banThresholds}</h3>
    <p class="hint">${o.banThresholdsHint}</p>
    <${k} message=${a} />
    <div class="grid">
      ${dt.map(([m])=>l`<${x} key=${m} id=${`ban_${m}`} label=${f[m]} value=${e[m]} onInput=${u(m)} error=${n[m]} inputmode="numeric" />`)}
    </div>
    <div class="bar"><button type="submit">${o.save}</button></div>
    ${i&&l`<p class="ok" role="status">${i}</p>`}
  </form>`}function gr({id:e,label:t,value:n,onInput:r,error:a}){let s=`${e}-error`,i=d=>d.target.files[0]&&d.target.files[0].text().then(r);return l`<div class="field">
    <label for=${e}>${t}</label>
    <input id=${`${e}_file`} type="file" accept=".pem,.crt,.key,.cer,text/plain" aria-label=${o.pemFile(t)} onChange=${i} />
    <textarea id=${e} rows="4" spellcheck="false" aria-invalid=${a?"true":void 0} aria-describedby=${a?s:void 0}
      value=${n} onInput=${d=>r(d.target.value)}></textarea>
    ${a&&l`<p class="error" id=${s} role="alert">${a}</p>`}
  </div>`}var vs=e=>new Date(e*1e3).toISOString().slice(0,10);function vr(){let[e,t]=$(void 0),[n,r]=$({certificate:"",private_key:""}),[a,s]=$({}),[i,d]=$(""),[c,u]=$(""),f=()=>L("GET","system_status").then(p=>t(p.data.certificate),p=>p.status===403?t(!1):d(p.message));if(S(()=>{f()},[]),e===!1)return null;async function m(p){p.preventDefault(),u(""),d("");let _={};for(let h of["certificate","private_key"])n[h].includes("-----BEGIN")||(_[h]=o.pickPem);if(s(_),!Object.keys(_).length)try{await P("tls_certificate",n),r({certificate:"",private_key:""}),u(o.certInstalled),await f()}catch(h){s(h.fields||{}),Object.keys(h.fields||{}).length||d(h.message)}}let b=p=>_=>r(h=>({...h,[p]:_}));return l`<form onSubmit=${m} aria-labelledby="cert-h" novalidate>
    <h3 id="cert-h">${o.tlsCertificate}</h3>
    <${k} message=${i} />
    ${e&&l`<dl class="facts" data-cert>
      <dt>${o.certSubject}</dt><dd data-cert="subject">${e.subject||o.noName}</dd>
      <dt>${o.certIssuer}</dt><dd data-cert="issuer">${e.issuer||o.noName}</dd>
      <dt>${o.certExpiry}</dt><dd data-cert="expiry">${o.certExpires(vs(e.expires_unix),e.days_left)}</dd>
    </dl>`}
    <p class="hint">${o.pemHint}</p>
    <${gr} id="tls_certificate" label=${o.certFile} value=${n.certificate} onInput=${b("certificate")} error=${a.certificate} />
    <${gr} id="tls_private_key" label=${o.keyFile} value=${n.private_key} onInput=${b("private_key")} error=${a.private_key} />
    <div class="bar"><button type="submit">${o.uploadCertificate}</button></div>
    ${c&&l`<p class="ok" role="status">${c}</p>`}
  </form>`}var ys="/v2/system/backup",Ee=q("");async function wr(e,t){let n={"X-Auth-Token":O.value.token,Accept:"application/json, application/octet-stream"};t&&(n["Content-Type"]="application/octet-stream");let r=await fetch(ys,{method:e,headers:n,body:t});if(!r.ok)throw new W(r.status,await r.json().catch(()=>null));return r}function yr(e){let t=e.body&&e.body.data&&e.body.data.message;return`${o.failed} ${e.message}${typeof t=="string"&&t!==e.message?`: ${t}`:""}`}async function ws(){let e=await wr("GET"),t=/filename="([^"]+)"/.exec(e.headers.get("Content-Disposition")||""),n=await e.blob(),r=URL.createObjectURL(n),a=document.createElement("a");return a.href=r,a.download=t?t[1]:"edgepbx-backup.bin",document.body.append(a),a.click(),a.remove(),setTimeout(()=>URL.revokeObjectURL(r),60*1e3),{name:a.download,bytes:n.size}}function xr(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$(""),[i,d]=$("");async function c(){s(""),d(""),Ee.value="",r(o.downloading);try{let f=await ws();d(o.backupSaved(f.name,f.bytes))}catch(f){s(yr(f))}r("")}async function u(f){if(f.preventDefault(),s(""),d(""),Ee.value="",!e)return s(o.pickBackup);if(confirm(o.confirmRestore(e.name))){r(o.restoring);try{let m=(await(await wr("PUT",e)).json()).data;if(!m.signed_in)return alert(o.restoredSignIn),de();Ee.value=o.restored(m.bytes),je.value+=1}catch(m){s(yr(m)),r("")}}}return l`<form onSubmit=${u} aria-labelledby="backup-h" novalidate>
    <h3 id="backup-h">${o.backup}</h3>
    <p class="hint">${o.backupHint}</p>
    <${k} message=${a} />
    <div class="bar"><button type="button" onClick=${c} disabled=${!!n}>${o.downloadBackup}</button></div>
    <div class="field">
      <label for="restore_file">${o.restoreFile}</label>
      <input id="restore_file" type="file" onChange=${f=>t(f.target.files[0]||null)} />
    </div>
    <button type="submit" disabled=${!!n}>${o.restoreBackup}</button>
    ${(n||i||Ee.value)&&l`<p class="ok" role="status">${n||i||Ee.value}</p>`}
  </form>`}function kr(){let[e,t]=$(null),[n,r]=$("");return S(()=>{v(`users/${O.value.owner}`).then(t,a=>r(a.message))},[]),l`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${o.settings}</h2>
    <${k} message=${n} />
    <div class="stack">
      ${e&&l`<${me} username=${e.username} />`}
      <${at} />
      <${st} />
      <${ct} />
      <${it} />
      <${hr} />
      <${_r} />
      <${vr} />
      <${xr} />
      <${$r} />
      <div><button type="button" onClick=${()=>fr().catch(a=>r(a.message))}>${o.runWizard}</button></div>
    </div>
  </section>`}var ut=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),ln=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function xs(e,t){let n=await fetch("/v2/"+X(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":O.value.token,"Content-Type":ln(t),Accept:"application/json"},body:t});if(!n.ok)throw new W(n.status,await n.json().catch(()=>null))}async function Cr(e,t){let n=await P("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await xs(n.id,t)}catch(r){throw await F(`media/${n.id}`).catch(()=>{}),r}return n.id}var cn=e=>F(`media/${e}`).catch(()=>{});var dn=["skip_greeting","skip_instructions","delete_after_notify","announcement_only","check_if_owner","transcribe"],ks={check_if_owner:!0},Cs=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,Sr=e=>e.split(/[\s,;]+/).filter(Boolean);function Ss(e){let t={};e.name.trim()||(t.name=o.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=o.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=o.pinDigits);let n=Sr(e.notify).find(r=>!Cs.test(r));return n&&(t.notify_email_addresses=o.badEmail(n)),t}function Nr({box:e,users:t,onDone:n}){let r=!e.id,[a,s]=$({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(dn.map(g=>[g,!!(e[g]??ks[g])]))}),[i,d]=$({}),[c,u]=$(""),[f,m]=$(!1),[b,p]=$(null),_=g=>y=>s({...a,[g]:y});async function h(g){g.preventDefault();let y=Ss(a);if(b&&!ut(b)&&(y.greeting=o.greetingType),d(y),u(""),Object.keys(y).length)return;let w={name:a.name.trim(),mailbox:a.mailbox,notify_email_addresses:Sr(a.notify),...Object.fromEntries(dn.map(C=>[C,a[C]]))};w.owner_id=a.owner_id||(r?void 0:null),w.pin=a.pin||(r?void 0:null),m(!0);let N=null;try{b&&(N=await Cr(w.name,b).catch(C=>{throw Object.assign(C,{fields:{greeting:C.fields&&C.fields.media||C.message}})}),w.media={...e.media||{},unavailable:N}),r?await P("vmboxes",w):await R(`vmboxes/${e.id}`,w),N&&e.media&&e.media.unavailable&&await cn(e.media.unavailable),n()}catch(C){N&&await cn(N),d(C.fields||{}),u(`${o.failed} ${C.message}`),m(!1)}}return l`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${r?o.addVmbox:o.editVmbox}</h2>
    <form onSubmit=${h} novalidate>
      <${k} message=${c} />
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
      ${dn.map(g=>l`<div class="check" key=${g}>
          <input type="checkbox" id=${"vm_"+g} checked=${a[g]} onChange=${y=>_(g)(y.target.checked)} />
          <label for=${"vm_"+g}>${o.vmFlags[g]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${n}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var Ns=62167219200,Es=e=>new Date((e-Ns)*1e3).toISOString().slice(0,16).replace("T"," ");function Ps({id:e,others:t,onMove:n}){let[r,a]=$("");return l`<span class="assign">
    <label class="sr" for=${"move-"+e}>${o.moveTo}</label>
    <select id=${"move-"+e} value=${r} onChange=${s=>a(s.target.value)}>
      <option value="">${o.moveTo}…</option>
      ${t.map(s=>l`<option key=${s.id} value=${s.id}>${s.name} (${s.mailbox})</option>`)}
    </select>
    <button class="plain" disabled=${!r} onClick=${()=>n(r)}>${o.move}</button>
  </span>`}function mt({box:e,others:t=[],onDone:n}){let r=`vmboxes/${e.id}/messages`,[a,s]=$(null),[i,d]=$({}),c=Et([]),[u,f]=$(""),m=()=>v(`${r}?paginate=false`).then(h=>s(h.filter(g=>g.folder!=="deleted")),h=>f(h.message));S(()=>(m(),()=>c.current.forEach(h=>URL.revokeObjectURL(h))),[]);let b=h=>h.then(m,g=>f(g.message));async function p(h){if(i[h.media_id])return i[h.media_id];let g=URL.createObjectURL(await xe(`${r}/${h.media_id}/raw`));return c.current.push(g),d(y=>({...y,[h.media_id]:g})),g}async function _(h){try{let g=document.createElement("a");g.href=await p(h),g.download=`${e.mailbox}-${h.media_id}.wav`,g.click()}catch(g){f(g.message)}}return l`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${o.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${n}>${o.vmboxes}</button>
    </div>
    <${k} message=${u} />
    ${a?a.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.messages}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.duration}</th><th>${o.folder}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${a.map(h=>l`<tr key=${h.media_id} data-message=${h.media_id} class="message">
                  <td data-label=${o.when}>${h.timestamp?Es(h.timestamp):""}</td>
                  <td data-label=${o.from}>${h.caller_id_name||""} ${h.caller_id_number||""}
                    ${h.transcription&&h.transcription.text&&l`<p class="transcript" aria-label=${o.transcript}>${h.transcription.text}</p>`}</td>
                  <td data-label=${o.duration}>${h.length?`${Math.round(h.length/1e3)} s`:""}</td>
                  <td data-label=${o.folder} class="folder">${o.folders[h.folder]||h.folder}</td>
                  <td class="actions">
                    ${i[h.media_id]?l`<audio controls autoplay src=${i[h.media_id]}></audio>`:l`<button onClick=${()=>p(h).catch(g=>f(g.message))}>${o.play}</button>`}
                    <button class="plain" onClick=${()=>_(h)}>${o.download}</button>
                    ${h.folder==="new"&&l`<button class="plain" onClick=${()=>b(I(`${r}/${h.media_id}`,{folder:"saved"}))}>${o.markHeard}</button>`}
                    ${t.length>0&&l`<${Ps} id=${h.media_id} others=${t} onMove=${g=>b(I(r,{messages:[h.media_id],source_id:g}))} />`}
                    <button class="danger" onClick=${()=>confirm(o.confirmDeleteMessage)&&b(F(`${r}/${h.media_id}`))}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}function Er(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(null),[i,d]=$(""),c=()=>Promise.all([v("vmboxes?paginate=false"),v("users?paginate=false")]).then(([p,_])=>t({boxes:p,users:_}),p=>d(p.message));S(c,[]);let u=()=>{r(null),s(null),c()};async function f(p){confirm(o.confirmDeleteVmbox(p.name))&&(await F(`vmboxes/${p.id}`).catch(_=>d(_.message)),c())}async function m(p){try{r(await v(`vmboxes/${p.id}`))}catch(_){d(_.message)}}if(n)return l`<${Nr} box=${n} users=${e.users} onDone=${u} />`;if(a)return l`<${mt} box=${a} others=${e.boxes.filter(p=>p.id!==a.id)} onDone=${u} />`;let b=p=>{let _=e.users.find(h=>h.id===p);return _?`${_.first_name} ${_.last_name}`:""};return l`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${o.vmboxes}</h2>
      <button onClick=${()=>r({})}>${o.addVmbox}</button>
    </div>
    <${k} message=${i} />
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
  </section>`}function ft(e,t){if(!(t instanceof W))throw t;let n={};for(let[r,a]of Object.entries(t.fields))n[e==="userGroup"&&r.startsWith("numbers")?"extension":ro(r)||r.split(".")[0]]=a;throw t.fields=n,t}async function Pr(){let[e,t]=await Promise.all([v("groups?paginate=false"),v("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let r=t.filter(a=>a.group_id===n.id);return{...n,userCf:r.find(a=>a.type==="userGroup"),baseCf:r.find(a=>a.type==="baseGroup")}})}async function Or(e){let t=[];try{let n=await P("groups",Rt({},e));t.push(()=>F(`groups/${n.id}`));let r=await P("callflows",jt({},n,e));t.push(()=>F(`callflows/${r.id}`)),await P("callflows",Gt({},n,r,e)).catch(a=>ft("userGroup",a))}catch(n){for(let r of t.reverse())await r().catch(()=>{});ft("groups",n)}}async function Mr(e,t){try{let n=await I(`groups/${e.id}`,Rt(await v(`groups/${e.id}`),t)),r=await I(`callflows/${e.baseCf.id}`,jt(await v(`callflows/${e.baseCf.id}`),n,t)),a=e.userCf?await v(`callflows/${e.userCf.id}`):{},s=Gt(a,n,r,t);await(e.userCf?I(`callflows/${e.userCf.id}`,s):P("callflows",s)).catch(i=>ft("userGroup",i))}catch(n){ft("groups",n)}}async function Fr(e){for(let t of[e.userCf,e.baseCf])t&&await F(`callflows/${t.id}`);await F(`groups/${e.id}`)}var $e=e=>/^\d+$/.test(String(e))?Number(e):NaN;function Os(e){let t={};return e.name.trim()||(t.name=o.required),/^\d{2,8}$/.test(e.extension)||(t.extension=o.extDigits),$e(e.repeats)>=1&&$e(e.repeats)<=10||(t.repeats=o.repeatsRange),e.members.length||(t.members=o.pickMember),e.members.length>ke&&(t.members=o.tooManyMembers(ke)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=o.badTimeline),{...t,...ao(e)}}function Tr({id:e,label:t,value:n,onChange:r,options:a,wide:s}){return l`<div class=${s?"field wide":"field"}>
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>r(i.target.value)}>
      ${a.map(([i,d])=>l`<option key=${i} value=${i}>${d}</option>`)}
    </select>
  </div>`}function Ir({group:e,users:t,vmboxes:n,media:r,onDone:a}){let[s,i]=$(e.form),[d,c]=$("20"),[u,f]=$({}),[m,b]=$(""),[p,_]=$(!1),h=E=>T=>i({...s,[E]:T}),g=E=>s.members.find(T=>T.id===E),y=E=>i({...s,members:g(E.id)?s.members.filter(T=>T.id!==E.id):[...s.members,{id:E.id,delay:0,timeout:20}]}),w=(E,T,V)=>i({...s,members:s.members.map(z=>z.id===E?{...z,[T]:$e(V)}:z)});async function N(E){E.preventDefault();let T=Os(s);if(f(T),b(""),!Object.keys(T).length){_(!0);try{let V=M?s.members.map(he=>({...he,delay:0})):s.members,z={...s,members:V,name:s.name.trim(),repeats:$e(s.repeats)};await(e.id?Mr(e,z):Or(z)),a()}catch(V){f(V.fields||{}),b(`${o.failed} ${V.message}`),_(!1)}}}let C=s.members.length>=ke,M=s.strategy!=="simultaneous";return l`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?o.editGroup:o.addGroup}</h2>
    <form onSubmit=${N} novalidate>
      <${k} message=${m} />
      <div class="grid">
        <${x} id="group_name" label=${o.name} value=${s.name} onInput=${h("name")} error=${u.name} required />
        <${x} id="group_extension" label=${o.extension} value=${s.extension} onInput=${h("extension")} error=${u.extension} required inputmode="numeric" />
        <${x} id="group_repeats" label=${o.repeats} value=${String(s.repeats)} onInput=${h("repeats")} error=${u.repeats} inputmode="numeric" />
        <${Tr} id="group_strategy" label=${o.strategy} value=${s.strategy} onChange=${h("strategy")} options=${Object.entries(o.strategies)} />
        <${Tr} id="group_next" wide label=${o.nextAction} value=${s.next_vmbox} onChange=${h("next_vmbox")}
          options=${[["",o.notAvailable],...n.map(E=>[E.id,o.toVoicemail(E.name,E.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${o.members(s.members.length,ke)}</legend>
        ${u.members&&l`<p class="error" id="members-error" role="alert">${u.members}</p>`}
        <table class="list timeline" aria-label=${o.timeline}>
          <thead><tr><th>${o.member}</th>${!M&&l`<th>${o.startAfter}</th>`}<th>${o.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(E=>{let T=g(E.id),V=`${E.first_name} ${E.last_name}`;return l`<tr key=${E.id} data-member=${E.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+E.id} checked=${!!T} disabled=${!T&&C} onChange=${()=>y(E)} /><label for=${"m-"+E.id}>${V}</label></span></td>
                ${!M&&l`<td data-label=${o.startAfter}>${T&&l`<input class="delay" aria-label=${`${o.startAfter} ${V}`} inputmode="numeric" value=${Number.isNaN(T.delay)?"":T.delay} onInput=${z=>w(E.id,"delay",z.target.value)} />`}</td>`}
                <td data-label=${o.ringFor}>${T&&l`<input class="timeout" aria-label=${`${o.ringFor} ${V}`} inputmode="numeric" value=${Number.isNaN(T.timeout)?"":T.timeout} onInput=${z=>w(E.id,"timeout",z.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${x} id="group_total" label=${o.totalRing} value=${d} onInput=${c} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!s.members.length||!($e(d)>=1)} onClick=${()=>i({...s,members:io(s.members,$e(d))})}>${o.distribute}</button>
        </div>
      </fieldset>
      <${so} f=${s} set=${h} media=${r} errors=${u} />
      <div class="bar">
        <button type="submit" disabled=${p}>${p?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${a}>${o.cancel}</button>
      </div>
    </form>
  </section>`}async function Ms(e){let t=e.baseCf?await v(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},r=(n.endpoints||[]).map(i=>({id:i.id,delay:Number(i.delay)||0,timeout:Number(i.timeout)||20})),a=e.userCf?(await v(`callflows/${e.userCf.id}`)).flow:null,s=a&&Lt(a)?(Lt(a).children||{})._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:s&&s.module==="voicemail"?s.data.id:"",members:r,...to(a,n)}}function Dr(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(""),i=()=>Promise.all([Pr(),v("users?paginate=false"),v("vmboxes?paginate=false"),v("media?paginate=false")]).then(([u,f,m,b])=>t({groups:u,users:f,vmboxes:m,media:b}),u=>s(u.message));S(i,[]);async function d(u){try{r({...u,form:await Ms(u)})}catch(f){s(f.message)}}async function c(u){confirm(o.confirmDeleteGroup(u.name))&&(await Fr(u).catch(f=>s(f.message)),i())}return n?l`<${Ir}
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
                    <button onClick=${()=>d(u)} aria-label=${`${o.edit} ${u.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>c(u)} aria-label=${`${o.del} ${u.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}function Ar(e,t){let n=[];for(let r of e){let a=r.type==="mainUserCallflow"&&t.find(s=>s.id===r.owner_id);a?n.push({id:r.id,label:o.assignUser(`${a.first_name} ${a.last_name}`)}):r.type==="userGroup"?n.push({id:r.id,label:o.assignGroup(r.name)}):r.type==="main"&&r.name==="MainCallflow"?n.push({id:r.id,label:o.mainNumber}):(r.modules||[]).includes("conference")&&!r.featurecode&&n.push({id:r.id,label:o.assignConference(r.name||r.id)})}return n.sort((r,a)=>r.label.localeCompare(a.label))}async function Lr(e,t){let n=await v(`callflows/${e}`);await R(`callflows/${e}`,{numbers:[...n.numbers||[],t]})}async function Ur(e,t){let n=await v(`callflows/${e}`);await R(`callflows/${e}`,{numbers:(n.numbers||[]).filter(r=>r!==t)})}async function Fs(){let[e,t,n]=await Promise.all([v("phone_numbers"),v("callflows?paginate=false"),v("users?paginate=false")]),r=Ar(t,n);return{rows:Object.entries(e.numbers||{}).map(([s,i])=>{let d=i.used_by_id&&t.find(u=>u.id===i.used_by_id),c=d&&r.find(u=>u.id===d.id);return{number:s,usedBy:c?c.label:d?d.name||d.id:i.used_by_id||"",assignedTo:c&&d.id}}).sort((s,i)=>s.number.localeCompare(i.number)),targets:r}}function Ts({number:e,choices:t,onAssign:n}){let[r,a]=$(""),s=`assign-${e}`;return l`<span class="assign">
    <label class="sr" for=${s}>${o.assignTo(e)}</label>
    <select id=${s} value=${r} onChange=${i=>a(i.target.value)}>
      <option value="">${o.assignPick}</option>
      ${t.map(i=>l`<option key=${i.id} value=${i.id}>${i.label}</option>`)}
    </select>
    <button disabled=${!r} onClick=${()=>n(r)}>${o.assign}</button>
  </span>`}function Br(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$(""),[i,d]=$(""),c=()=>Fs().then(t,p=>d(p.message)),u=e&&e.rows,f=p=>p.then(()=>d(""),_=>d(_.message)).then(c);S(c,[]);async function m(p){p.preventDefault();let _=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(_))return s(o.badPhoneNumber);s("");try{await P(`phone_numbers/${encodeURIComponent(_)}`,{}),r(""),c()}catch(h){s(h.fields.number||h.message)}}async function b(p){confirm(o.confirmDeleteNumber(p))&&(await F(`phone_numbers/${encodeURIComponent(p)}`).catch(_=>d(_.message)),c())}return l`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${o.numbers}</h2>
    <${k} message=${i} />
    ${u?u.length===0?l`<p>${o.none}</p>`:l`<table class="list" aria-label=${o.numbers}>
            <thead><tr><th>${o.number}</th><th>${o.usedBy}</th><th><span class="sr">${o.del}</span></th></tr></thead>
            <tbody>
              ${u.map(p=>l`<tr key=${p.number} data-number=${p.number}>
                  <td data-label=${o.number} class="main-number">${p.number}</td>
                  <td data-label=${o.usedBy} class="used-by">${p.usedBy||o.spare}</td>
                  <td class="actions">
                    ${!p.usedBy&&l`<${Ts} number=${p.number} choices=${e.targets} onAssign=${_=>f(Lr(_,p.number))} />`}
                    ${p.assignedTo&&l`<button class="plain" onClick=${()=>f(Ur(p.assignedTo,p.number))} aria-label=${`${o.unassign} ${p.number}`}>${o.unassign}</button>`}
                    ${!p.usedBy&&l`<button class="danger" onClick=${()=>b(p.number)} aria-label=${`${o.remove} ${p.number}`}>${o.remove}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
    <form onSubmit=${m} novalidate>
      <${x} id="new_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
      <button type="submit">${o.addPhoneNumber}</button>
    </form>
  </section>`}var Is=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function Ds(e){let t={};e.name.trim()||(t.name=o.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=o.extDigits);for(let n of["member_pins","moderator_pins"])Is.test(e[n].trim())||(t[n]=o.pinList);return t}function Hr({conf:e,onDone:t}){let n=!e.id,[r,a]=$({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[s,i]=$({}),[d,c]=$(""),[u,f]=$(!1),m=p=>_=>a({...r,[p]:_});async function b(p){p.preventDefault();let _=Ds(r);if(i(_),c(""),!Object.keys(_).length){f(!0);try{n?await et(r):await _o(e.id,r),t()}catch(h){i(h.fields||{}),c(`${o.failed} ${h.message}`),f(!1)}}}return l`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?o.addConference:o.editConference}</h2>
    <form onSubmit=${b} novalidate>
      <${k} message=${d} />
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
  </section>`}var Rr=e=>(e&&e.pins||[]).length;function jr(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(""),i=()=>v("conferences?paginate=false").then(t,u=>s(u.message));S(i,[]);async function d(u){try{r(await v(`conferences/${u.id}`))}catch(f){s(f.message)}}async function c(u){confirm(o.confirmDeleteConference(u.name))&&(await Ce(u.id).catch(f=>s(f.message)),i())}return n?l`<${Hr}
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
                  <td data-label=${o.pins} class="pins">${o.pinSummary(Rr(u.member),Rr(u.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>d(u)} aria-label=${`${o.edit} ${u.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>c(u)} aria-label=${`${o.del} ${u.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:l`<p>${o.loading}</p>`}
  </section>`}var As=(e,t)=>({...e,numbers:e.numbers.map(n=>n.replace("{code}",t)),patterns:e.patterns.map(n=>n.replace("{code}",t.replace(/\*/g,"\\*"))),featurecode:{...e.featurecode,number:t}}),Ls=e=>/^[0-9*]{1,6}$/.test(e),Us=(e,t)=>(e.star?`*${t}`:t)+(e.takes_digits?"\u2026":"");function Bs({row:e,taken:t,onSaved:n}){let[r,a]=$(e.number),[s,i]=$(e.enabled),[d,c]=$(""),[u,f]=$(!1),m=r!==e.number||s!==e.enabled,b=`fc-${e.name.replace(/[^a-z0-9]/gi,"_")}`,p=o.fcNames[e.name]||e.name;async function _(){if(s&&!Ls(r))return c(o.fcDigits);if(s&&t(e,r))return c(o.fcTaken(Us(e,r)));c(""),f(!0);try{let h=As(e.template,r);s?e.enabled?await R(`callflows/${e.callflow_id}`,{numbers:h.numbers,patterns:h.patterns,featurecode:h.featurecode}):await P("callflows",h):await F(`callflows/${e.callflow_id}`),n()}catch(h){c(h.fields.numbers||h.fields.patterns||h.message),f(!1)}}return l`<tr data-code=${e.name} class=${e.handled?"":"muted"}>
    <td data-label=${o.fcWhat}>${p}${!e.handled&&l`<br /><small>${o.fcNotRun}</small>`}</td>
    <td data-label=${o.fcCode}>
      <span class="code-input">${e.star?"*":""}<input id=${b} aria-label=${`${o.fcCode}: ${p}`} value=${r} inputmode="tel" size="6"
        aria-invalid=${d?"true":void 0} onInput=${h=>a(h.target.value.trim())} disabled=${!s} />${e.takes_digits?"\u2026":""}</span>
      ${d&&l`<p class="error" role="alert">${d}</p>`}
    </td>
    <td data-label=${o.fcOn}><input type="checkbox" aria-label=${`${o.fcOn}: ${p}`} checked=${s} disabled=${!e.handled&&!e.enabled}
      onChange=${h=>i(h.target.checked)} /></td>
    <td class="actions">${m&&l`<button type="button" disabled=${u} onClick=${_} aria-label=${`${o.save}: ${p}`}>${o.save}</button>`}</td>
  </tr>`}function Gr(){let[e,t]=$(null),[n,r]=$(""),a=()=>v("feature_codes").then(t,i=>r(i.message));S(a,[]);let s=(i,d)=>e.some(c=>c!==i&&c.enabled&&c.star===i.star&&c.number===d);return l`<section aria-labelledby="fc-h">
    <h2 id="fc-h">${o.featureCodes}</h2>
    <p class="hint">${o.fcHint}</p>
    <${k} message=${n} />
    ${e?l`<table class="list" aria-label=${o.featureCodes}>
          <thead><tr><th>${o.fcWhat}</th><th>${o.fcCode}</th><th>${o.fcOn}</th><th><span class="sr">${o.save}</span></th></tr></thead>
          <tbody>${e.map(i=>l`<${Bs} key=${`${i.name}/${i.callflow_id}/${i.number}`} row=${i} taken=${s} onSaved=${a} />`)}</tbody>
        </table>`:l`<p>${o.loading}</p>`}
  </section>`}var Hs=5e3;function Rs({userId:e}){let[t,n]=$(null),[r,a]=$("");return S(()=>{let s=c=>c.filter(u=>u.device_type!=="cellphone"&&u.device_type!=="landline"),i=()=>v(`users/${e}/devices`).then(c=>n(s(c)),c=>a(c.message));i();let d=setInterval(i,Hs);return()=>clearInterval(d)},[]),l`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${o.myDevices}</h3>
    <${k} message=${r} />
    ${t?t.length===0?o.none:l`<ul class="my-devices">
            ${t.map(s=>l`<li key=${s.id} data-device=${s.name}>
                <span class=${s.registered?"dot on":"dot"}>${s.name} · ${s.registered?o.registered:o.notRegistered}</span>
              </li>`)}
          </ul>`:o.loading}
  </div>`}function Wr(){let[e,t]=$(null),[n,r]=$("");return S(()=>{v(`users/${O.value.owner}`).then(t,a=>r(a.message))},[]),l`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:o.myPhone}</h2>
    <${k} message=${n} />
    ${e&&l`<div class="stack">
      <${Rs} userId=${e.id} />
      <${Ze} user=${e} onSaved=${t} />
      <${Qe} userId=${e.id} />
      <${me} username=${e.username} />
    </div>`}
  </section>`}async function js(e,t){let n=await fetch("/v2/"+X(`vmboxes/${e}/greeting`),{method:"POST",headers:{"X-Auth-Token":O.value.token,"Content-Type":ln(t),Accept:"application/json"},body:t});if(!n.ok)throw new W(n.status,await n.json().catch(()=>null))}function Vr({box:e}){let[t,n]=$(""),[r,a]=$(""),[s,i]=$(null),[d,c]=$({}),[u,f]=$(""),[m,b]=$(!1),p=()=>v(`vmboxes/${e.id}`).then(y=>b(!!(y.media&&y.media.unavailable)),()=>{});S(p,[]);let _=y=>`${y}_${e.mailbox}`;async function h(y){y.preventDefault(),f("");let w={};if(/^\d{4,6}$/.test(t)?t!==r&&(w.again=o.pinMismatch):w.pin=o.pinDigits,c(w),!Object.keys(w).length)try{await R(`vmboxes/${e.id}`,{pin:t}),n(""),a(""),f("pin")}catch(N){c({pin:N.fields.pin||N.message})}}async function g(y){if(y.preventDefault(),f(""),!s||!ut(s))return c({greeting:o.greetingType});c({});try{await js(e.id,s),f("greeting"),p()}catch(w){c({greeting:w.fields.media||w.message})}}return l`<div class="card" data-settings=${e.mailbox}>
    <h3>${o.boxSettings(e.name,e.mailbox)}</h3>
    <form onSubmit=${h} novalidate>
      <${x} id=${_("pin")} label=${o.newPin} type="password" value=${t} onInput=${n} error=${d.pin} inputmode="numeric" autocomplete="new-password" />
      <${x} id=${_("pin_again")} label=${o.newPinAgain} type="password" value=${r} onInput=${a} error=${d.again} inputmode="numeric" autocomplete="new-password" />
      <div class="bar"><button type="submit">${o.changePin}</button>${u==="pin"&&l`<span class="ok" role="status">${o.pinChanged}</span>`}</div>
    </form>
    <form onSubmit=${g} novalidate>
      <div class="field">
        <label for=${_("greeting")}>${o.greeting}</label>
        <input id=${_("greeting")} type="file" accept="audio/wav,audio/mpeg,.wav,.mp3" aria-invalid=${d.greeting?"true":void 0}
          onChange=${y=>i(y.target.files[0]||null)} />
        ${d.greeting&&l`<p class="error" id=${_("greeting")+"-error"} role="alert">${d.greeting}</p>`}
        <p class="hint">${m?o.greetingSet:o.greetingNone}</p>
      </div>
      <div class="bar"><button type="submit">${o.uploadGreeting}</button>${u==="greeting"&&l`<span class="ok" role="status">${o.greetingSaved}</span>`}</div>
    </form>
  </div>`}function qr(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(""),i=()=>v("vmboxes?paginate=false").then(t,d=>s(d.message));return S(i,[]),n?l`<${mt}
      box=${n}
      onDone=${()=>{r(null),i()}}
    />`:l`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${o.vmboxes}</h2>
    <${k} message=${a} />
    ${e?e.length===0?l`<p>${o.noBox}</p>`:l`<ul class="numbers">
            ${e.map(d=>l`<li key=${d.id} data-vmbox=${d.mailbox}>
                <span>${d.name} (${d.mailbox}) · ${o.messageCount(d.messages||0)}</span>
                <button onClick=${()=>r(d)} aria-label=${o.messagesOf(d.name)}>${o.messages}</button>
              </li>`)}
          </ul>`:l`<p>${o.loading}</p>`}
    ${e&&l`<div class="stack">${e.map(d=>l`<${Vr} key=${d.id} box=${d} />`)}</div>`}
  </section>`}var Gs={dashboard:[o.dashboard,Qn],users:[o.users,Po],devices:[o.devices,Fo],groups:[o.groups,Dr],calls:[o.callLogs,Ao],main:[o.mainNumber,rt],voicemail:[o.vmboxes,Er],conferences:[o.conferences,jr],codes:[o.featureCodes,Gr],numbers:[o.numbers,Br],settings:[o.settings,kr]},Ws={me:[o.myPhone,Wr],myvoicemail:[o.vmboxes,qr],mycalls:[o.myCalls,Lo]},pt=()=>O.value&&O.value.admin===!1?Ws:Gs,un=q(location.hash.slice(1));addEventListener("hashchange",()=>un.value=location.hash.slice(1));var Vs=()=>un.value in pt()?un.value:Object.keys(pt())[0],zr=null;ae(()=>{let e=O.value;e||(se.value=null),e&&e.admin!==!1&&zr!==e.token&&(zr=e.token,mr().catch(()=>{}))});function qs(){if(!O.value)return l`<${Zn} />`;let e=Vs(),[,t]=pt()[e];return l`<header>
      <strong>${o.app}</strong>
      <nav aria-label=${o.menu}>
        ${Object.entries(pt()).map(([n,[r]])=>l`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${r}</a>`)}
      </nav>
      <button class="plain" onClick=${de}>${o.logout}</button>
    </header>
    <main>${se.value?l`<${pr} />`:l`<${t} key=${`${e}:${je.value}`} />`}</main>`}kt(l`<${qs} />`,document.getElementById("app"));
