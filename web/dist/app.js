var he,E,yt,Le,W,$t,wt,Be,xt,je,Re,He,Bn,se={},kt=[],Rn=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ge=Array.isArray;function z(e,t){for(var n in t)e[n]=t[n];return e}function ze(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function $e(e,t,n){var o,s,a,i={};for(a in t)a=="key"?o=t[a]:a=="ref"?s=t[a]:i[a]=t[a];if(arguments.length>2&&(i.children=arguments.length>3?he.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(a in e.defaultProps)i[a]===void 0&&(i[a]=e.defaultProps[a]);return pe(e,i,o,s,null)}function pe(e,t,n,o,s){var a={type:e,props:t,key:n,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++yt,__i:-1,__u:0};return s==null&&E.vnode!=null&&E.vnode(a),a}function be(e){return e.children}function q(e,t){this.props=e,this.context=t}function K(e,t){if(t==null)return e.__?K(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?K(e):null}function St(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return St(e)}}function bt(e){(!e.__d&&(e.__d=!0)&&W.push(e)&&!_e.__r++||$t!==E.debounceRendering)&&(($t=E.debounceRendering)||wt)(_e)}function _e(){var e,t,n,o,s,a,i,c;for(W.sort(Be);e=W.shift();)e.__d&&(t=W.length,o=void 0,a=(s=(n=e).__v).__e,i=[],c=[],n.__P&&((o=z({},s)).__v=s.__v+1,E.vnode&&E.vnode(o),We(n.__P,o,s,n.__n,n.__P.namespaceURI,32&s.__u?[a]:null,i,a??K(s),!!(32&s.__u),c),o.__v=s.__v,o.__.__k[o.__i]=o,Nt(i,o,c),o.__e!=a&&St(o)),W.length>t&&W.sort(Be));_e.__r=0}function Ct(e,t,n,o,s,a,i,c,d,l,f){var u,h,p,_,b,y,v=o&&o.__k||kt,w=t.length;for(d=Hn(n,t,v,d,w),u=0;u<w;u++)(p=n.__k[u])!=null&&(h=p.__i===-1?se:v[p.__i]||se,p.__i=u,y=We(e,p,h,s,a,i,c,d,l,f),_=p.__e,p.ref&&h.ref!=p.ref&&(h.ref&&qe(h.ref,null,p),f.push(p.ref,p.__c||_,p)),b==null&&_!=null&&(b=_),4&p.__u||h.__k===p.__k?d=Et(p,d,e):typeof p.type=="function"&&y!==void 0?d=y:_&&(d=_.nextSibling),p.__u&=-7);return n.__e=b,d}function Hn(e,t,n,o,s){var a,i,c,d,l,f=n.length,u=f,h=0;for(e.__k=new Array(s),a=0;a<s;a++)(i=t[a])!=null&&typeof i!="boolean"&&typeof i!="function"?(d=a+h,(i=e.__k[a]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?pe(null,i,null,null,null):Ge(i)?pe(be,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?pe(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,c=null,(l=i.__i=Ln(i,n,d,u))!==-1&&(u--,(c=n[l])&&(c.__u|=2)),c==null||c.__v===null?(l==-1&&h--,typeof i.type!="function"&&(i.__u|=4)):l!=d&&(l==d-1?h--:l==d+1?h++:(l>d?h--:h++,i.__u|=4))):e.__k[a]=null;if(u)for(a=0;a<f;a++)(c=n[a])!=null&&!(2&c.__u)&&(c.__e==o&&(o=K(c)),Pt(c,c));return o}function Et(e,t,n){var o,s;if(typeof e.type=="function"){for(o=e.__k,s=0;o&&s<o.length;s++)o[s]&&(o[s].__=e,t=Et(o[s],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=K(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Ln(e,t,n,o){var s,a,i=e.key,c=e.type,d=t[n];if(d===null||d&&i==d.key&&c===d.type&&!(2&d.__u))return n;if(o>(d!=null&&!(2&d.__u)?1:0))for(s=n-1,a=n+1;s>=0||a<t.length;){if(s>=0){if((d=t[s])&&!(2&d.__u)&&i==d.key&&c===d.type)return s;s--}if(a<t.length){if((d=t[a])&&!(2&d.__u)&&i==d.key&&c===d.type)return a;a++}}return-1}function vt(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||Rn.test(t)?n:n+"px"}function fe(e,t,n,o,s){var a;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(t in o)n&&t in n||vt(e.style,t,"");if(n)for(t in n)o&&n[t]===o[t]||vt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")a=t!=(t=t.replace(xt,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+a]=n,n?o?n.u=o.u:(n.u=je,e.addEventListener(t,a?He:Re,a)):e.removeEventListener(t,a?He:Re,a);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function gt(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=je++;else if(t.t<n.u)return;return n(E.event?E.event(t):t)}}}function We(e,t,n,o,s,a,i,c,d,l){var f,u,h,p,_,b,y,v,w,S,C,I,B,ht,me,Ie,Te,L=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(d=!!(32&n.__u),a=[c=t.__e=n.__e]),(f=E.__b)&&f(t);e:if(typeof L=="function")try{if(v=t.props,w="prototype"in L&&L.prototype.render,S=(f=L.contextType)&&o[f.__c],C=f?S?S.props.value:f.__:o,n.__c?y=(u=t.__c=n.__c).__=u.__E:(w?t.__c=u=new L(v,C):(t.__c=u=new q(v,C),u.constructor=L,u.render=Gn),S&&S.sub(u),u.props=v,u.state||(u.state={}),u.context=C,u.__n=o,h=u.__d=!0,u.__h=[],u._sb=[]),w&&u.__s==null&&(u.__s=u.state),w&&L.getDerivedStateFromProps!=null&&(u.__s==u.state&&(u.__s=z({},u.__s)),z(u.__s,L.getDerivedStateFromProps(v,u.__s))),p=u.props,_=u.state,u.__v=t,h)w&&L.getDerivedStateFromProps==null&&u.componentWillMount!=null&&u.componentWillMount(),w&&u.componentDidMount!=null&&u.__h.push(u.componentDidMount);else{if(w&&L.getDerivedStateFromProps==null&&v!==p&&u.componentWillReceiveProps!=null&&u.componentWillReceiveProps(v,C),!u.__e&&(u.shouldComponentUpdate!=null&&u.shouldComponentUpdate(v,u.__s,C)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(u.props=v,u.state=u.__s,u.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(re){re&&(re.__=t)}),I=0;I<u._sb.length;I++)u.__h.push(u._sb[I]);u._sb=[],u.__h.length&&i.push(u);break e}u.componentWillUpdate!=null&&u.componentWillUpdate(v,u.__s,C),w&&u.componentDidUpdate!=null&&u.__h.push(function(){u.componentDidUpdate(p,_,b)})}if(u.context=C,u.props=v,u.__P=e,u.__e=!1,B=E.__r,ht=0,w){for(u.state=u.__s,u.__d=!1,B&&B(t),f=u.render(u.props,u.state,u.context),me=0;me<u._sb.length;me++)u.__h.push(u._sb[me]);u._sb=[]}else do u.__d=!1,B&&B(t),f=u.render(u.props,u.state,u.context),u.state=u.__s;while(u.__d&&++ht<25);u.state=u.__s,u.getChildContext!=null&&(o=z(z({},o),u.getChildContext())),w&&!h&&u.getSnapshotBeforeUpdate!=null&&(b=u.getSnapshotBeforeUpdate(p,_)),c=Ct(e,Ge(Ie=f!=null&&f.type===be&&f.key==null?f.props.children:f)?Ie:[Ie],t,n,o,s,a,i,c,d,l),u.base=t.__e,t.__u&=-161,u.__h.length&&i.push(u),y&&(u.__E=u.__=null)}catch(re){if(t.__v=null,d||a!=null)if(re.then){for(t.__u|=d?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;a[a.indexOf(c)]=null,t.__e=c}else for(Te=a.length;Te--;)ze(a[Te]);else t.__e=n.__e,t.__k=n.__k;E.__e(re,t,n)}else a==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):c=t.__e=jn(n.__e,t,n,o,s,a,i,d,l);return(f=E.diffed)&&f(t),128&t.__u?void 0:c}function Nt(e,t,n){for(var o=0;o<n.length;o++)qe(n[o],n[++o],n[++o]);E.__c&&E.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(a){a.call(s)})}catch(a){E.__e(a,s.__v)}})}function jn(e,t,n,o,s,a,i,c,d){var l,f,u,h,p,_,b,y=n.props,v=t.props,w=t.type;if(w=="svg"?s="http://www.w3.org/2000/svg":w=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),a!=null){for(l=0;l<a.length;l++)if((p=a[l])&&"setAttribute"in p==!!w&&(w?p.localName==w:p.nodeType==3)){e=p,a[l]=null;break}}if(e==null){if(w==null)return document.createTextNode(v);e=document.createElementNS(s,w,v.is&&v),c&&(E.__m&&E.__m(t,a),c=!1),a=null}if(w===null)y===v||c&&e.data===v||(e.data=v);else{if(a=a&&he.call(e.childNodes),y=n.props||se,!c&&a!=null)for(y={},l=0;l<e.attributes.length;l++)y[(p=e.attributes[l]).name]=p.value;for(l in y)if(p=y[l],l!="children"){if(l=="dangerouslySetInnerHTML")u=p;else if(!(l in v)){if(l=="value"&&"defaultValue"in v||l=="checked"&&"defaultChecked"in v)continue;fe(e,l,null,p,s)}}for(l in v)p=v[l],l=="children"?h=p:l=="dangerouslySetInnerHTML"?f=p:l=="value"?_=p:l=="checked"?b=p:c&&typeof p!="function"||y[l]===p||fe(e,l,p,y[l],s);if(f)c||u&&(f.__html===u.__html||f.__html===e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(u&&(e.innerHTML=""),Ct(e,Ge(h)?h:[h],t,n,o,w=="foreignObject"?"http://www.w3.org/1999/xhtml":s,a,i,a?a[0]:n.__k&&K(n,0),c,d),a!=null)for(l=a.length;l--;)ze(a[l]);c||(l="value",w=="progress"&&_==null?e.removeAttribute("value"):_!==void 0&&(_!==e[l]||w=="progress"&&!_||w=="option"&&_!==y[l])&&fe(e,l,_,y[l],s),l="checked",b!==void 0&&b!==e[l]&&fe(e,l,b,y[l],s))}return e}function qe(e,t,n){try{if(typeof e=="function"){var o=typeof e.__u=="function";o&&e.__u(),o&&t==null||(e.__u=e(t))}else e.current=t}catch(s){E.__e(s,n)}}function Pt(e,t,n){var o,s;if(E.unmount&&E.unmount(e),(o=e.ref)&&(o.current&&o.current!==e.__e||qe(o,null,t)),(o=e.__c)!=null){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(a){E.__e(a,t)}o.base=o.__P=null}if(o=e.__k)for(s=0;s<o.length;s++)o[s]&&Pt(o[s],t,n||typeof e.type!="function");n||ze(e.__e),e.__c=e.__=e.__e=void 0}function Gn(e,t,n){return this.constructor(e,n)}function Ve(e,t,n){var o,s,a,i;t==document&&(t=document.documentElement),E.__&&E.__(e,t),s=(o=typeof n=="function")?null:n&&n.__k||t.__k,a=[],i=[],We(t,e=(!o&&n||t).__k=$e(be,null,[e]),s||se,se,t.namespaceURI,!o&&n?[n]:s?null:t.firstChild?he.call(t.childNodes):null,a,!o&&n?n:s?s.__e:t.firstChild,o,i),Nt(a,e,i)}he=kt.slice,E={__e:function(e,t,n,o){for(var s,a,i;t=t.__;)if((s=t.__c)&&!s.__)try{if((a=s.constructor)&&a.getDerivedStateFromError!=null&&(s.setState(a.getDerivedStateFromError(e)),i=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,o||{}),i=s.__d),i)return s.__E=s}catch(c){e=c}throw e}},yt=0,Le=function(e){return e!=null&&e.constructor==null},q.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=z({},this.state),typeof e=="function"&&(e=e(z({},n),this.props)),e&&z(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),bt(this))},q.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),bt(this))},q.prototype.render=be,W=[],wt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Be=function(e,t){return e.__v.__b-t.__v.__b},_e.__r=0,xt=/(PointerCapture)$|Capture$/i,je=0,Re=gt(!1),He=gt(!0),Bn=0;var Mt=function(e,t,n,o){var s;t[0]=0;for(var a=1;a<t.length;a++){var i=t[a++],c=t[a]?(t[0]|=i?1:2,n[t[a++]]):t[++a];i===3?o[0]=c:i===4?o[1]=Object.assign(o[1]||{},c):i===5?(o[1]=o[1]||{})[t[++a]]=c:i===6?o[1][t[++a]]+=c+"":i?(s=e.apply(c,Mt(e,c,n,["",null])),o.push(s),c[0]?t[0]|=2:(t[a-2]=0,t[a]=s)):o.push(c)}return o},Dt=new Map;function Ot(e){var t=Dt.get(this);return t||(t=new Map,Dt.set(this,t)),(t=Mt(this,t.get(e)||(t.set(e,t=function(n){for(var o,s,a=1,i="",c="",d=[0],l=function(h){a===1&&(h||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,h,i):a===3&&(h||i)?(d.push(3,h,i),a=2):a===2&&i==="..."&&h?d.push(4,h,0):a===2&&i&&!h?d.push(5,0,!0,i):a>=5&&((i||!h&&a===5)&&(d.push(a,0,i,s),a=6),h&&(d.push(a,h,0,s),a=6)),i=""},f=0;f<n.length;f++){f&&(a===1&&l(),l(f));for(var u=0;u<n[f].length;u++)o=n[f][u],a===1?o==="<"?(l(),d=[d],a=3):i+=o:a===4?i==="--"&&o===">"?(a=1,i=""):i=o+i[0]:c?o===c?c="":i+=o:o==='"'||o==="'"?c=o:o===">"?(l(),a=1):a&&(o==="="?(a=5,s=i,i=""):o==="/"&&(a<5||n[f][u+1]===">")?(l(),a===3&&(d=d[0]),a=d,(d=d[0]).push(2,0,a),a=0):o===" "||o==="	"||o===`
`||o==="\r"?(l(),a=2):i+=o),a===3&&i==="!--"&&(a=4,d=d[0])}return l(),d}(e)),t),arguments,[])).length>1?t:t[0]}var m=Ot.bind($e);var ae,M,Xe,Ut,ge=0,Lt=[],A=E,At=A.__b,Ft=A.__r,It=A.diffed,Tt=A.__c,Bt=A.unmount,Rt=A.__;function Je(e,t){A.__h&&A.__h(M,e,ge||t),ge=0;var n=M.__H||(M.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function $(e){return ge=1,zn(Gt,e)}function zn(e,t,n){var o=Je(ae++,2);if(o.t=e,!o.__c&&(o.__=[n?n(t):Gt(void 0,t),function(c){var d=o.__N?o.__N[0]:o.__[0],l=o.t(d,c);d!==l&&(o.__N=[l,o.__[1]],o.__c.setState({}))}],o.__c=M,!M.u)){var s=function(c,d,l){if(!o.__c.__H)return!0;var f=o.__c.__H.__.filter(function(h){return!!h.__c});if(f.every(function(h){return!h.__N}))return!a||a.call(this,c,d,l);var u=o.__c.props!==c;return f.forEach(function(h){if(h.__N){var p=h.__[0];h.__=h.__N,h.__N=void 0,p!==h.__[0]&&(u=!0)}}),a&&a.call(this,c,d,l)||u};M.u=!0;var a=M.shouldComponentUpdate,i=M.componentWillUpdate;M.componentWillUpdate=function(c,d,l){if(this.__e){var f=a;a=void 0,s(c,d,l),a=f}i&&i.call(this,c,d,l)},M.shouldComponentUpdate=s}return o.__N||o.__}function N(e,t){var n=Je(ae++,3);!A.__s&&jt(n.__H,t)&&(n.__=e,n.i=t,M.__H.__h.push(n))}function Ye(e){return ge=5,ye(function(){return{current:e}},[])}function ye(e,t){var n=Je(ae++,7);return jt(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function Wn(){for(var e;e=Lt.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(ve),e.__H.__h.forEach(Ze),e.__H.__h=[]}catch(t){e.__H.__h=[],A.__e(t,e.__v)}}A.__b=function(e){M=null,At&&At(e)},A.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Rt&&Rt(e,t)},A.__r=function(e){Ft&&Ft(e),ae=0;var t=(M=e.__c).__H;t&&(Xe===M?(t.__h=[],M.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(ve),t.__h.forEach(Ze),t.__h=[],ae=0)),Xe=M},A.diffed=function(e){It&&It(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Lt.push(t)!==1&&Ut===A.requestAnimationFrame||((Ut=A.requestAnimationFrame)||qn)(Wn)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),Xe=M=null},A.__c=function(e,t){t.some(function(n){try{n.__h.forEach(ve),n.__h=n.__h.filter(function(o){return!o.__||Ze(o)})}catch(o){t.some(function(s){s.__h&&(s.__h=[])}),t=[],A.__e(o,n.__v)}}),Tt&&Tt(e,t)},A.unmount=function(e){Bt&&Bt(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(o){try{ve(o)}catch(s){t=s}}),n.__H=void 0,t&&A.__e(t,n.__v))};var Ht=typeof requestAnimationFrame=="function";function qn(e){var t,n=function(){clearTimeout(o),Ht&&cancelAnimationFrame(t),setTimeout(e)},o=setTimeout(n,100);Ht&&(t=requestAnimationFrame(n))}function ve(e){var t=M,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),M=t}function Ze(e){var t=M;e.__c=e.__(),M=t}function jt(e,t){return!e||e.length!==t.length||t.some(function(n,o){return n!==e[o]})}function Gt(e,t){return typeof t=="function"?t(e):t}var Vn=Symbol.for("preact-signals");function Ke(){if(V>1)V--;else{var e,t=!1;for(function(){var s=xe;for(xe=void 0;s!==void 0;){var a=s.S;if(a.v===s.v)for(var i=a.t;i!==void 0;i=i.x)i.i===s.i&&(i.i=a.i);s=s.o}}();le!==void 0;){var n=le;for(le=void 0,we++;n!==void 0;){var o=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&qt(n))try{n.c()}catch(s){t||(e=s,t=!0)}n=o}}if(we=0,V--,t)throw e}}var ie,D=void 0;function ue(e){var t=D,n=ie;D=void 0,ie=void 0;try{return e()}finally{D=t,ie=n}}var le=void 0,V=0,we=0;var zt=0,xe=void 0,ke=0;function Wt(e){if(D!==void 0){var t=e.n;if(t===void 0||t.t!==D)return t={i:0,S:e,p:D.s,n:void 0,t:D,e:void 0,x:void 0,r:t},D.s!==void 0&&(D.s.n=t),D.s=t,e.n=t,32&D.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=D.s,t.n=void 0,D.s.n=t,D.s=t),t}}function F(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}F.prototype.brand=Vn;F.prototype.h=function(){return!0};F.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:ue(function(){var o;(o=t.W)==null||o.call(t)}))};F.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,o=e.x;n!==void 0&&(n.x=o,e.e=void 0),o!==void 0&&(o.e=n,e.x=void 0),e===this.t&&(this.t=o,o===void 0&&ue(function(){var s;(s=t.Z)==null||s.call(t)}))}};F.prototype.subscribe=function(e){var t=this;return Z(function(){var n=t.value;ue(function(){return e(n)})},{name:"sub"})};F.prototype.valueOf=function(){return this.value};F.prototype.toString=function(){return this.value+""};F.prototype.toJSON=function(){return this.value};F.prototype.peek=function(){var e=this;return ue(function(){return e.value})};Object.defineProperty(F.prototype,"value",{get:function(){var e=Wt(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(we>100)throw new Error("Cycle detected");(function(n){V!==0&&we===0&&n.l!==zt&&(n.l=zt,xe={S:n,v:n.v,i:n.i,o:xe})})(this),this.v=e,this.i++,ke++,V++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{Ke()}}}});function j(e,t){return new F(e,t)}function qt(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function Vt(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function Xt(e){for(var t=e.s,n=void 0;t!==void 0;){var o=t.p;t.i===-1?(t.S.U(t),o!==void 0&&(o.n=t.n),t.n!==void 0&&(t.n.p=o)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=o}e.s=n}function X(e,t){F.call(this,void 0,t),this.x=e,this.s=void 0,this.g=ke-1,this.f=4}X.prototype=new F;X.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===ke))return!0;if(this.g=ke,this.f|=1,this.i>0&&!qt(this))return this.f&=-2,!0;var e=D;try{Vt(this),D=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return D=e,Xt(this),this.f&=-2,!0};X.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}F.prototype.S.call(this,e)};X.prototype.U=function(e){if(this.t!==void 0&&(F.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};X.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(X.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=Wt(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function Qe(e,t){return new X(e,t)}function Zt(e){var t=e.j;if(e.j=void 0,typeof t=="function"){V++;var n=D;D=void 0;try{t()}catch(o){throw e.f&=-2,e.f|=8,et(e),o}finally{D=n,Ke()}}}function et(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,Zt(e)}function Xn(e){if(D!==this)throw new Error("Out-of-order effect");Xt(this),D=e,this.f&=-2;try{8&this.f&&et(this)}finally{Ke()}}function Q(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,ie&&ie.push(this)}Q.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};Q.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,Zt(this),Vt(this),V++;var e=D;return D=this,Xn.bind(this,e)};Q.prototype.N=function(){2&this.f||(this.f|=2,this.u=le,le=this)};Q.prototype.d=function(){this.f|=8,1&this.f||et(this)};Q.prototype.dispose=function(){this.d()};function Z(e,t){var n=new Q(e,t);try{n.c()}catch(s){throw n.d(),s}var o=n.d.bind(n);return o[Symbol.dispose]=o,o}var nt,tt;function ee(e,t){E[e]=t.bind(null,E[e]||function(){})}function Se(e){tt&&tt(),tt=e&&e.S()}function Jt(e){var t=this,n=e.data,o=Jn(n);o.value=n;var s=ye(function(){for(var a=t.__v;a=a.__;)if(a.__c){a.__c.__$f|=4;break}return t.__$u.c=function(){var i,c=t.__$u.S(),d=s.value;c(),Le(d)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=d},Qe(function(){var i=o.value.value;return i===0?0:i===!0?"":i||""})},[]);return s.value}Jt.displayName="_st";Object.defineProperties(F.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:Jt},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});ee("__b",function(e,t){if(typeof t.type=="string"){var n,o=t.props;for(var s in o)if(s!=="children"){var a=o[s];a instanceof F&&(n||(t.__np=n={}),n[s]=a,o[s]=a.peek())}}e(t)});ee("__r",function(e,t){Se();var n,o=t.__c;o&&(o.__$f&=-2,(n=o.__$u)===void 0&&(o.__$u=n=function(s){var a;return Z(function(){a=this}),a.c=function(){o.__$f|=1,o.setState({})},a}())),nt=o,Se(n),e(t)});ee("__e",function(e,t,n,o){Se(),nt=void 0,e(t,n,o)});ee("diffed",function(e,t){Se(),nt=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var o=t.__np,s=t.props;if(o){var a=n.U;if(a)for(var i in a){var c=a[i];c!==void 0&&!(i in o)&&(c.d(),a[i]=void 0)}else n.U=a={};for(var d in o){var l=a[d],f=o[d];l===void 0?(l=Zn(n,d,f,s),a[d]=l):l.o(f,s)}}}e(t)});function Zn(e,t,n,o){var s=t in e&&e.ownerSVGElement===void 0,a=j(n);return{o:function(i,c){a.value=i,o=c},d:Z(function(){var i=a.value.value;o[t]!==i&&(o[t]=i,s?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}ee("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var o=n.U;if(o){n.U=void 0;for(var s in o){var a=o[s];a&&a.d()}}}}else{var i=t.__c;if(i){var c=i.__$u;c&&(i.__$u=void 0,c.d())}}e(t)});ee("__h",function(e,t,n,o){(o<3||o===9)&&(t.__$f|=2),e(t,n,o)});q.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var o in t)return!0;for(var s in e)if(s!=="__source"&&e[s]!==this.props[s])return!0;for(var a in this.props)if(!(a in e))return!0;return!1};function Jn(e){return ye(function(){return j(e)},[])}var Yn=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],Kn=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function Yt(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,o=new Uint32Array(n*16);t.forEach((d,l)=>o[l>>2]|=d<<l%4*8),o[t.length>>2]|=128<<t.length%4*8,o[n*16-2]=t.length*8>>>0,o[n*16-1]=Math.floor(t.length/536870912);let[s,a,i,c]=[1732584193,4023233417,2562383102,271733878];for(let d=0;d<o.length;d+=16){let[l,f,u,h]=[s,a,i,c];for(let p=0;p<64;p++){let _=p>>4,b,y;_===0?[b,y]=[f&u|~f&h,p]:_===1?[b,y]=[h&f|~h&u,(5*p+1)%16]:_===2?[b,y]=[f^u^h,(3*p+5)%16]:[b,y]=[u^(f|~h),7*p%16];let v=Yn[_*4+p%4],w=l+b+Kn[p]+o[d+y]>>>0;[l,h,u]=[h,u,f],f=f+(w<<v|w>>>32-v)>>>0}[s,a,i,c]=[s+l>>>0,a+f>>>0,i+u>>>0,c+h>>>0]}return[s,a,i,c].map(d=>[0,8,16,24].map(l=>(d>>>l&255).toString(16).padStart(2,"0")).join("")).join("")}var ot="edgepbx.session",P=j(Qn());function Qn(){try{return JSON.parse(sessionStorage.getItem(ot))||null}catch{return null}}var eo=30*60*1e3,Kt=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>Kt=Date.now(),{passive:!0});setInterval(()=>P.value&&Date.now()-Kt>eo&&Ee(),60*1e3);var G=class extends Error{constructor(t,n){let o={},s=n&&n.data;if(t===400&&s&&typeof s=="object")for(let[a,i]of Object.entries(s)){let c=i&&typeof i=="object"?Object.values(i)[0]:null;o[a]=c&&c.message||String(i)}super(n&&(n.message||s&&s.message)||`HTTP ${t}`),this.status=t,this.fields=o,this.body=n}};async function R(e,t,n){let o=P.value,s={Accept:"application/json"};o&&(s["X-Auth-Token"]=o.token),n!==void 0&&(s["Content-Type"]="application/json");let a=await fetch("/v2/"+t,{method:e,headers:s,body:n===void 0?void 0:JSON.stringify({data:n})}),i=await a.json().catch(()=>null);if(a.status===401&&o&&t!=="user_auth"&&Ee(),!a.ok)throw new G(a.status,i);return i}async function Qt(e){let t=await fetch("/v2/"+te(e),{headers:{"X-Auth-Token":P.value.token,Accept:"audio/*"}});if(!t.ok)throw new G(t.status,await t.json().catch(()=>null));return t.blob()}var te=e=>`accounts/${P.value.account}/${e}`,g=async e=>(await R("GET",te(e))).data,O=async(e,t)=>(await R("PUT",te(e),t)).data,H=async(e,t)=>(await R("POST",te(e),t)).data,Ce=async(e,t)=>(await R("PATCH",te(e),t)).data,U=async e=>(await R("DELETE",te(e))).data,en=(e,t,n)=>R("PUT","user_auth",{credentials:Yt(`${t.toLowerCase()}:${n}`),account_name:e});async function tn(e,t,n){let o=await en(e,t,n),s={token:o.auth_token,account:o.data.account_id,owner:o.data.owner_id,accountName:e};sessionStorage.setItem(ot,JSON.stringify(s)),P.value=s}function Ee(){sessionStorage.removeItem(ot),P.value=null}async function nn(e,t){try{return await en(P.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var r={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension and their phones?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",passwordShort:"At least 8 characters",failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"}};function k({id:e,label:t,value:n,onInput:o,error:s,type:a="text",required:i,autocomplete:c,inputmode:d}){let l=`${e}-error`;return m`<div class="field">
    <label for=${e}>${t}</label>
    <input
      id=${e}
      name=${e}
      type=${a}
      value=${n}
      required=${i}
      autocomplete=${c}
      inputmode=${d}
      aria-invalid=${s?"true":void 0}
      aria-describedby=${s?l:void 0}
      onInput=${f=>o(f.target.value)}
    />
    ${s&&m`<p class="error" id=${l} role="alert">${s}</p>`}
  </div>`}function x({message:e}){return e?m`<p class="banner" role="alert">${e}</p>`:null}function on(){let[e,t]=$({account:"",username:"",password:""}),[n,o]=$(!1),[s,a]=$(""),i=d=>l=>t({...e,[d]:l});async function c(d){d.preventDefault(),o(!0),a("");try{await tn(e.account.trim(),e.username.trim(),e.password)}catch(l){a(l.status===401?r.badLogin:l.message),o(!1)}}return m`<main class="login">
    <form onSubmit=${c} aria-label=${r.login}>
      <h1>${r.app}</h1>
      <${x} message=${s} />
      <${k} id="account" label=${r.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${k} id="username" label=${r.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${k} id="password" label=${r.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?r.signingIn:r.login}</button>
    </form>
  </main>`}var to=5e3;async function no(){let e=await g("resources?paginate=false");return(await Promise.all(e.map(n=>g(`resources/${n.id}/status`).then(o=>[n,o])))).flatMap(([n,o])=>o.gateways.filter(s=>s.state==="failed").map(s=>r.trunkDown(n.name||n.id,s.server)))}var rn=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function oo(){let[e,t]=await Promise.all([g("devices?with_status=true&paginate=false"),g("channels")]);return{devices:e,calls:t.length}}async function ro(){let[e,t,n,o,s]=await Promise.all([g("users?paginate=false"),g("phone_numbers"),rn(R("GET","system_status").then(i=>i.data),null),rn(g("sip_bans"),[]),no()]),a=Object.values(t.numbers||{});return{users:e.length,numbers:a.length,spare:a.filter(i=>!i.used_by).length,version:n&&n.software_version,alerts:[...o.map(i=>r.banned(i.ip,i.reason)),...s]}}function ne({id:e,label:t,value:n}){return m`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function sn(){let[e,t]=$(null),[n,o]=$(null),[s,a]=$("");N(()=>{ro().then(t,l=>a(l.message));let c=()=>oo().then(o,l=>a(l.message));c();let d=setInterval(c,to);return()=>clearInterval(d)},[]);let i=n?n.devices.filter(c=>c.registered).length:"\u2026";return m`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${r.dashboard}</h2>
    <${x} message=${s} />
    <div class="tiles">
      <${ne} id="users" label=${r.users} value=${e?e.users:"\u2026"} />
      <${ne} id="devices" label=${r.devices} value=${n?n.devices.length:"\u2026"} />
      <${ne} id="registered" label=${r.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${ne} id="calls" label=${r.callsNow} value=${n?n.calls:"\u2026"} />
      <${ne} id="numbers" label=${r.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&m`<${ne} id="version" label=${r.softwareVersion} value=${e.version} />`}
    </div>
    <h3>${r.alerts}</h3>
    ${e&&(e.alerts.length?m`<ul class="alerts">${e.alerts.map(c=>m`<li key=${c}>${c}</li>`)}</ul>`:m`<p class="ok">${r.noAlerts}</p>`)}
  </section>`}var T=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),st=e=>`${e.first_name} ${e.last_name}`.trim();function rt(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,o=>t[o%t.length]).join("")}function at(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:st(t),number:t.extension}},ui_metadata:T()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}function Ne(e,t,n){return{...e,type:"mainUserCallflow",owner_id:t.id,name:r.callflowOf(st(t)),numbers:[n],contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:{}},ui_metadata:T()}}function it(e){return{device_type:"sip_device",name:r.phoneOf(st(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${rt(10)}`,password:rt(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:T()}}var ce=15;function lt(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||T()}}function ut(e,t,n){let o=Math.max(...n.members.map(s=>s.delay+s.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[rt(25)],flow:{module:"ring_group",data:{name:n.name,strategy:"simultaneous",timeout:o,repeats:n.repeats,endpoints:n.members.map(s=>({id:s.id,endpoint_type:"user",delay:s.delay,timeout:s.timeout}))},children:{}},ui_metadata:e.ui_metadata||T()}}function ct(e,t,n,o){return{...e,name:o.name,type:"userGroup",group_id:t.id,numbers:[o.extension],flow:{module:"callflow",data:{id:n.id},children:{_:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}}}},ui_metadata:e.ui_metadata||T()}}function an(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((o,s)=>({...o,delay:s*n,timeout:n}))}function so(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:null}function ao(e,t){if(!(t instanceof G))throw t;let n={},o=[];for(let[s,a]of Object.entries(t.fields)){let i=so(e,s);i?n[i]=a:o.push(`${s}: ${a}`)}throw t.fields=n,o.length&&(t.message=o.join("; ")),t}async function J(e,t,n){try{return await t()}catch(o){for(let s of n.reverse())await s().catch(()=>{});ao(e,o)}}async function ln(e){let t=[],n=await J("users",()=>O("users",at({},e)),t);t.push(()=>U(`users/${n.id}`));let o=await J("callflows",()=>O("callflows",Ne({},n,e.extension)),t);return t.push(()=>U(`callflows/${o.id}`)),e.phone&&await J("devices",()=>O("devices",it(n)),t),n}async function un(e,t,n){let o=await g(`users/${e}`),s=await J("users",()=>H(`users/${e}`,at(o,t)),[]);if(n){let a=await g(`callflows/${n}`);await J("callflows",()=>H(`callflows/${n}`,Ne(a,s,t.extension)),[])}else await J("callflows",()=>O("callflows",Ne({},s,t.extension)),[]);return t.phone&&await J("devices",()=>O("devices",it(s)),[]),s}async function cn(e){let[t,n]=await Promise.all([g(`callflows?filter_owner_id=${e}&paginate=false`),g(`devices?filter_owner_id=${e}&paginate=false`)]);for(let o of[...t.map(s=>`callflows/${s.id}`),...n.map(s=>`devices/${s.id}`)])await U(o);await U(`users/${e}`)}var io=5e3;function dt({ownerId:e}){let[t,n]=$([]),[o,s]=$("");return N(()=>{let a=!0;R("GET",`accounts/${P.value.account}`).then(d=>a&&s(d.data.realm||""));async function i(){let d=await g(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),l=await Promise.all(d.map(f=>g(`devices/${f.id}`)));a&&n(l.map((f,u)=>({...f,registered:d[u].registered})))}i().catch(()=>{});let c=setInterval(()=>i().catch(()=>{}),io);return()=>{a=!1,clearInterval(c)}},[e]),t.map(a=>m`<div class="card" key=${a.id} aria-label=${r.sipCredentials}>
      <h3>${r.sipCredentials}: ${a.name}</h3>
      <dl>
        <dt>${r.sipUser}</dt><dd class="sip-user">${a.sip&&a.sip.username}</dd>
        <dt>${r.sipPassword}</dt><dd class="sip-password">${a.sip&&a.sip.password}</dd>
        <dt>${r.sipRealm}</dt><dd>${o}</dd>
        <dt>${r.status}</dt><dd class=${a.registered?"dot on":"dot"}>${a.registered?r.registered:r.notRegistered}</dd>
      </dl>
    </div>`)}function lo(e,t){let n={};for(let o of["first_name","last_name","username","extension"])e[o].trim()||(n[o]=r.required);return e.extension&&!/^\d{2,8}$/.test(e.extension)&&(n.extension=r.extDigits),t&&e.password.length<8&&(n.password=r.passwordShort),!t&&e.password&&e.password.length<8&&(n.password=r.passwordShort),n}function Pe({user:e,onDone:t}){let n=!e.id,[o,s]=$({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n}),[a,i]=$({}),[c,d]=$(""),[l,f]=$(!1),[u,h]=$(null),p=y=>v=>s({...o,[y]:v});async function _(y){y.preventDefault();let v=lo(o,n);if(i(v),d(""),!Object.keys(v).length){f(!0);try{let w=n?await ln(o):await un(e.id,o,e.callflow&&e.callflow.id);n||o.phone?h(w):t()}catch(w){i(w.fields||{}),d(`${r.failed} ${w.message}`)}f(!1)}}if(u)return m`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${u.first_name} ${u.last_name}</h2>
      <${dt} ownerId=${u.id} />
      <button onClick=${()=>t({...u,extension:o.extension})}>${r.users}</button>
    </section>`;let b=e.devices&&e.devices.length>0;return m`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?r.addUser:r.editUser}</h2>
    <form onSubmit=${_} novalidate>
      <${x} message=${c} />
      <div class="grid">
        <${k} id="first_name" label=${r.firstName} value=${o.first_name} onInput=${p("first_name")} error=${a.first_name} required />
        <${k} id="last_name" label=${r.lastName} value=${o.last_name} onInput=${p("last_name")} error=${a.last_name} required />
        <${k} id="username" label=${r.username} value=${o.username} onInput=${p("username")} error=${a.username} required autocomplete="off" />
        <${k} id="email" label=${r.email} type="email" value=${o.email} onInput=${p("email")} error=${a.email} />
        <${k} id="new_password" label=${r.password} type="password" value=${o.password} onInput=${p("password")} error=${a.password} required=${n} autocomplete="new-password" />
        <${k} id="extension" label=${r.extension} value=${o.extension} onInput=${p("extension")} error=${a.extension} required inputmode="numeric" />
      </div>
      ${!b&&m`<div class="check">
        <input type="checkbox" id="phone" checked=${o.phone} onChange=${y=>s({...o,phone:y.target.checked})} />
        <label for="phone">${r.deskPhone}</label>
      </div>`}
      <div class="bar">
        <button type="submit" disabled=${l}>${l?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${t}>${r.cancel}</button>
      </div>
    </form>
    ${b&&m`<${dt} ownerId=${e.id} />`}
  </section>`}async function uo(){let[e,t,n]=await Promise.all([g("users?paginate=false"),g("callflows?filter_type=mainUserCallflow&paginate=false"),g("devices?with_status=true&paginate=false")]);return e.map(o=>{let s=t.find(a=>a.owner_id===o.id);return{...o,callflow:s,extension:s&&s.numbers?s.numbers[0]:"",devices:n.filter(a=>a.owner_id===o.id)}})}function dn(){let[e,t]=$(null),[n,o]=$(null),[s,a]=$(""),i=()=>uo().then(t,d=>a(d.message));N(i,[]);async function c(d){if(confirm(r.confirmDelete(`${d.first_name} ${d.last_name}`))){try{await cn(d.id)}catch(l){a(l.message)}i()}}return n?m`<${Pe}
      user=${n}
      onDone=${()=>{o(null),i()}}
    />`:m`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${r.users}</h2>
      <button onClick=${()=>o({})}>${r.addUser}</button>
    </div>
    <${x} message=${s} />
    ${e?e.length===0?m`<p>${r.none}</p>`:m`<table class="list" aria-label=${r.users}>
            <thead><tr><th>${r.name}</th><th>${r.username}</th><th>${r.extension}</th><th>${r.devices}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(d=>m`<tr key=${d.id} data-user=${d.username}>
                  <td data-label=${r.name}>${d.first_name} ${d.last_name}</td>
                  <td data-label=${r.username}>${d.username}</td>
                  <td data-label=${r.extension} class="ext">${d.extension}</td>
                  <td data-label=${r.devices}>
                    ${d.devices.map(l=>m`<span class=${l.registered?"dot on":"dot"}>${l.name} · ${l.registered?r.registered:r.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>o(d)} aria-label=${`${r.edit} ${d.username}`}>${r.edit}</button>
                    ${d.id!==P.value.owner&&m`<button class="danger" onClick=${()=>c(d)} aria-label=${`${r.del} ${d.username}`}>${r.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:m`<p>${r.loading}</p>`}
  </section>`}function mn(){let[e,t]=$(null),[n,o]=$("");return N(()=>{Promise.all([g("devices?with_status=true&paginate=false"),g("users?paginate=false")]).then(([s,a])=>{let i=c=>a.find(d=>d.id===c);t(s.map(c=>({...c,owner:i(c.owner_id)})))},s=>o(s.message))},[]),m`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${r.devices}</h2>
    <${x} message=${n} />
    ${e?e.length===0?m`<p>${r.none}</p>`:m`<table class="list" aria-label=${r.devices}>
            <thead><tr><th>${r.name}</th><th>${r.type}</th><th>${r.sipUser}</th><th>${r.owner}</th><th>${r.status}</th></tr></thead>
            <tbody>
              ${e.map(s=>m`<tr key=${s.id}>
                  <td data-label=${r.name}>${s.name}</td>
                  <td data-label=${r.type}>${s.device_type}</td>
                  <td data-label=${r.sipUser}>${s.username}</td>
                  <td data-label=${r.owner}>${s.owner?`${s.owner.first_name} ${s.owner.last_name}`:""}</td>
                  <td data-label=${r.status}><span class=${s.registered?"dot on":"dot"}>${s.registered?r.registered:r.notRegistered}</span></td>
                </tr>`)}
            </tbody>
          </table>`:m`<p>${r.loading}</p>`}
  </section>`}var co=86400,mo=62167219200;function fo({leg:e}){return m`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function po({call:e}){let[t,n]=$(null),[o,s]=$(!1);async function a(){s(!o),t||n(await g(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return m`<tr class="call" data-call=${e.call_id}>
      <td data-label=${r.when}><button class="plain" aria-expanded=${o} onClick=${a}>${e.datetime}</button></td>
      <td data-label=${r.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${r.to}>${e.dialed_number}</td>
      <td data-label=${r.duration}>${e.duration_seconds}s</td>
      <td data-label=${r.result}>${e.hangup_cause}</td>
    </tr>
    ${o&&m`<tr class="legs"><td colspan="5">
      <h3>${r.legs}</h3>
      ${t?m`<ul>${t.map(i=>m`<${fo} key=${i.id} leg=${i} />`)}</ul>`:r.loading}
    </td></tr>`}`}function fn(){let[e,t]=$(null),[n,o]=$("");return N(()=>{let s=Math.floor(Date.now()/1e3)+mo;g(`cdrs/interaction?created_from=${s-7*co}&created_to=${s+60}&page_size=100`).then(t,a=>o(a.message))},[]),m`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${r.callLogs}</h2>
    <${x} message=${n} />
    ${e?e.length===0?m`<p>${r.none}</p>`:m`<table class="list" aria-label=${r.callLogs}>
            <thead><tr><th>${r.when}</th><th>${r.from}</th><th>${r.to}</th><th>${r.duration}</th><th>${r.result}</th></tr></thead>
            <tbody>${e.map(s=>m`<${po} key=${s.id} call=${s} />`)}</tbody>
          </table>`:m`<p>${r.loading}</p>`}
  </section>`}var _o=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],ho=["undefinedMainNumber","0"],De=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],de=e=>({module:"callflow",data:{id:e},children:{}});async function _n(){let e=await g("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(i=>[i.name,i]));for(let i of _o){if(t[i])continue;let c=t[`${i}Menu`]||await $o(`${i}Menu`);t[i]=await O("callflows",{name:i,type:"main",numbers:[i],flow:de(c.id),ui_metadata:T()})}let n=t.MainCallflow||await O("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:de(t.MainOpenHours.id)}},ui_metadata:T()}),[o,s]=await Promise.all([g(`callflows/${n.id}`),g("temporal_rules?paginate=false")]),a=await Promise.all(s.filter(i=>i.name==="MainOpenHours"||i.name==="MainLunchHours").map(i=>g(`temporal_rules/${i.id}`)));return{main:o,parts:t,open:a.filter(i=>i.type==="main_weekdays"),lunch:a.filter(i=>i.type==="main_lunchbreak")}}async function $o(e){let t=await O("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:T()});return O("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:T()})}var hn=e=>(e.numbers||[]).filter(t=>!ho.includes(t));async function $n(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=T(),e.main=await H(`callflows/${n.id}`,n)}var pn=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},mt=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`;async function bn(e,t){let[n,...o]=e.open;for(let f of o)await U(`temporal_rules/${f.id}`);let s=[];if(t){let f={...n||{},name:"MainOpenHours",type:"main_weekdays",cycle:"weekly",interval:1,wdays:t.wdays,time_window_start:pn(t.start),time_window_stop:pn(t.stop),ui_metadata:T()};s=[n?await H(`temporal_rules/${n.id}`,f):await O("temporal_rules",f)]}else n&&await U(`temporal_rules/${n.id}`);let{parts:a,main:i}=e,c=new Set([...e.lunch,...e.open,...s].map(f=>f.id)),d=(i.flow&&i.flow.data&&i.flow.data.rules||[]).filter(f=>!c.has(f)),l={};for(let f of d)l[f]=i.flow.children[f];for(let f of e.lunch)l[f.id]=de(a.MainLunchHours.id);for(let f of s)l[f.id]=de(a.MainOpenHours.id);l._=de(s.length?a.MainAfterHours.id:a.MainOpenHours.id),i.flow={module:"temporal_route",data:{rules:[...d,...[...e.lunch,...s].map(f=>f.id)]},children:l},i.ui_metadata=T(),e.main=await H(`callflows/${i.id}`,i),e.open=s}function bo({strategy:e,onSaved:t}){let[n,o]=$(""),[s,a]=$(""),i=hn(e.main);async function c(l){a("");try{await $n(e,l),o(""),t()}catch(f){a(Object.values(f.fields||{})[0]||f.message)}}function d(l){l.preventDefault();let f=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(f))return a(r.badNumber);c([...i,f])}return m`<form onSubmit=${d} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${r.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(l=>m`<li key=${l}>
          <span class="main-number">${l}</span>
          <button type="button" class="plain" aria-label=${`${r.remove} ${l}`} onClick=${()=>c(i.filter(f=>f!==l))}>${r.remove}</button>
        </li>`)}
    </ul>
    <${k} id="main_number" label=${r.number} value=${n} onInput=${o} error=${s} inputmode="tel" />
    <button type="submit">${r.addNumber}</button>
  </form>`}function vo({strategy:e,onSaved:t}){let n=e.open[0],[o,s]=$(!!n),[a,i]=$(n?n.wdays||[]:De.slice(0,5)),[c,d]=$(n?mt(n.time_window_start||0):"09:00"),[l,f]=$(n?mt(n.time_window_stop||0):"17:00"),[u,h]=$(""),[p,_]=$(!1),b=v=>i(a.includes(v)?a.filter(w=>w!==v):De.filter(w=>w===v||a.includes(w)));async function y(v){if(v.preventDefault(),_(!1),o&&!a.length)return h(r.pickDay);if(o&&!(c<l))return h(r.badHours);h("");try{await bn(e,o?{wdays:a,start:c,stop:l}:null),_(!0),t()}catch(w){h(Object.entries(w.fields||{}).map(([S,C])=>`${S}: ${C}`).join("; ")||w.message)}}return m`<form onSubmit=${y} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${r.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!o} onChange=${()=>s(!1)} /><label for="h24">${r.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${o} onChange=${()=>s(!0)} /><label for="hcustom">${r.openCustom}</label></div>
    ${o&&m`<fieldset>
      <legend class="sr">${r.openCustom}</legend>
      <div class="days">
        ${De.map(v=>m`<span class="check"><input type="checkbox" id=${"day-"+v} checked=${a.includes(v)} onChange=${()=>b(v)} /><label for=${"day-"+v}>${r.wday[v]}</label></span>`)}
      </div>
      <div class="grid">
        <${k} id="opens" label=${r.opens} type="time" value=${c} onInput=${d} />
        <${k} id="closes" label=${r.closes} type="time" value=${l} onInput=${f} />
      </div>
    </fieldset>`}
    ${u&&m`<p class="error" role="alert">${u}</p>`}
    ${p&&m`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit">${r.save}</button>
  </form>`}function Me(){let[e,t]=$(null),[n,o]=$(""),[,s]=$(0);N(()=>{_n().then(t,i=>o(i.message))},[]);let a=()=>s(i=>i+1);return m`<section aria-labelledby="main-h">
    <h2 id="main-h">${r.mainNumber}</h2>
    <${x} message=${n} />
    ${e?m`<div class="stack">
          <${bo} strategy=${e} onSaved=${a} />
          <${vo} strategy=${e} onSaved=${a} />
        </div>`:!n&&m`<p>${r.loading}</p>`}
  </section>`}function go(e,t){return e.length<12?r.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(o=>o.test(e)).length<3?r.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?r.pwUsername:""}function Oe({username:e,onDone:t}){let[n,o]=$({old:"",next:"",again:""}),[s,a]=$({}),[i,c]=$(""),[d,l]=$(!1),[f,u]=$(!1),h=_=>b=>o({...n,[_]:b});async function p(_){_.preventDefault(),u(!1);let b={};n.old||(b.old=r.required);let y=go(n.next,e);if(y?b.next=y:n.next===n.old&&(b.next=r.pwSame),n.again!==n.next&&(b.again=r.pwMismatch),a(b),!Object.keys(b).length){l(!0),c("");try{if(!await nn(e,n.old)){a({old:r.pwOldWrong});return}await Ce(`users/${P.value.owner}`,{password:n.next,require_password_update:!1}),o({old:"",next:"",again:""}),u(!0),t&&t()}catch(v){a(v.fields||{}),c(v.message)}finally{l(!1)}}}return m`<form onSubmit=${p} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${r.changePassword}</h3>
    <p class="hint">${r.pwRules}</p>
    <${x} message=${i} />
    <${k} id="pw_old" label=${r.pwOld} type="password" value=${n.old} onInput=${h("old")} error=${s.old} autocomplete="current-password" />
    <${k} id="pw_new" label=${r.pwNew} type="password" value=${n.next} onInput=${h("next")} error=${s.next||s.password} autocomplete="new-password" />
    <${k} id="pw_again" label=${r.pwAgain} type="password" value=${n.again} onInput=${h("again")} error=${s.again} autocomplete="new-password" />
    ${f&&m`<p class="ok" role="status">${r.pwChanged}</p>`}
    <button type="submit" disabled=${d}>${d?r.saving:r.changePassword}</button>
  </form>`}var ft=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function Ue({onDone:e}){let t=`accounts/${P.value.account}`,[n,o]=$(null),[s,a]=$({}),[i,c]=$(""),[d,l]=$(!1);N(()=>{R("GET",t).then(({data:h})=>o({name:h.name||"",timezone:h.timezone||"UTC"}),h=>c(h.message))},[]);async function f(h){if(h.preventDefault(),l(!1),!n.name.trim())return a({name:r.required});a({}),c("");try{await R("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),P.value={...P.value,accountName:n.name.trim()},l(!0),e&&e()}catch(p){a(p.fields||{}),c(p.message)}}if(!n)return m`<${x} message=${i} />${!i&&m`<p>${r.loading}</p>`}`;let u=ft.includes(n.timezone)?ft:[n.timezone,...ft];return m`<form onSubmit=${f} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${r.office}</h3>
    <${x} message=${i} />
    <${k} id="office_name" label=${r.officeName} value=${n.name} onInput=${h=>o({...n,name:h})} error=${s.name} />
    <div class="field">
      <label for="timezone">${r.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${h=>o({...n,timezone:h.target.value})}>
        ${u.map(h=>m`<option key=${h} value=${h}>${h}</option>`)}
      </select>
      ${s.timezone&&m`<p class="error" role="alert">${s.timezone}</p>`}
    </div>
    ${d&&m`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit">${r.save}</button>
  </form>`}var Y=j(null);async function vn(){let e=await g(`users/${P.value.owner}`);e.require_password_update&&(Y.value={forced:!0,username:e.username})}async function gn(){let e=await g(`users/${P.value.owner}`);Y.value={forced:!1,username:e.username}}function yo(){let[e,t]=$(!1),[n,o]=$([]);return e?m`<${Pe}
      user=${{}}
      onDone=${s=>{t(!1),s&&o([...n,s])}}
    />`:m`<div>
    <h3>${r.firstUsers}</h3>
    <ul class="added">${n.map(s=>m`<li key=${s.username}>${s.first_name} ${s.last_name} · ${s.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${r.addUser}</button>
  </div>`}function yn(){let{forced:e,username:t}=Y.value,[n,o]=$(!e),s=[[r.stepPassword,()=>m`<${Oe} username=${t} onDone=${()=>o(!0)} />`],[r.stepOffice,()=>m`<${Ue} />`],[r.stepUsers,()=>m`<${yo} />`],[r.stepMainNumber,()=>m`<${Me} />`],[r.stepDone,()=>m`<p>${r.wizardDone}</p>`]],[a,i]=$(0),c=a===s.length-1,[d,l]=s[a],f=a===0&&!n;return m`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${r.wizard}</h2>
    <p class="hint">${r.stepOf(a+1,s.length)}: <strong>${d}</strong></p>
    ${f&&m`<p class="banner" role="alert">${r.pwForced}</p>`}
    <div key=${a}>${l()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${a===0} onClick=${()=>i(a-1)}>${r.back}</button>
      ${c?m`<button type="button" onClick=${()=>Y.value=null}>${r.finish}</button>`:m`<button type="button" disabled=${f} onClick=${()=>i(a+1)}>${r.next}</button>`}
    </div>
  </section>`}async function wo(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":P.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new G(t.status,n);return n.data}function wn(){let[e,t]=$(null),[n,o]=$(!1),[s,a]=$(""),[i,c]=$("");async function d(l){if(l.preventDefault(),a(""),c(""),!e)return a(r.pickBundle);o(!0);try{let f=await wo(e);c(r.updateInstalled(f&&f.installed))}catch(f){let u=f.body&&f.body.data&&(f.body.data.message||f.body.data.detail);a(`${r.failed} ${f.message}${typeof u=="string"&&u!==f.message?`: ${u}`:""}`)}o(!1)}return m`<form onSubmit=${d} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${r.softwareUpdate}</h3>
    <p class="hint">${r.updateHint}</p>
    <${x} message=${s} />
    <div class="field">
      <label for="bundle">${r.bundle}</label>
      <input id="bundle" type="file" onChange=${l=>t(l.target.files[0]||null)} />
    </div>
    ${i&&m`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?r.uploading:r.install}</button>
  </form>`}function xn(){let[e,t]=$(null),[n,o]=$(""),s=()=>g("sip_bans").then(t,i=>i.status===403?t(null):o(i.message));N(s,[]);let a=i=>U(`sip_bans/${encodeURIComponent(i)}`).then(s,c=>o(c.message));return e?m`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${r.sipBans}</h3>
    <${x} message=${n} />
    ${e.length===0?m`<p>${r.noBans}</p>`:m`<ul class="numbers">
          ${e.map(i=>m`<li key=${i.ip} data-ban=${i.ip}>
              <span>${r.banned(i.ip,i.reason)} · ${r.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>a(i.ip)} aria-label=${r.liftBan(i.ip)}>${r.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:m`<${x} message=${n} />`}function kn(){let[e,t]=$(null),[n,o]=$("");return N(()=>{g(`users/${P.value.owner}`).then(t,s=>o(s.message))},[]),m`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${r.settings}</h2>
    <${x} message=${n} />
    <div class="stack">
      ${e&&m`<${Oe} username=${e.username} />`}
      <${Ue} />
      <${xn} />
      <${wn} />
      <div><button type="button" onClick=${()=>gn().catch(s=>o(s.message))}>${r.runWizard}</button></div>
    </div>
  </section>`}var pt=["skip_greeting","skip_instructions","delete_after_notify","announcement_only"],xo=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,Sn=e=>e.split(/[\s,;]+/).filter(Boolean);function ko(e){let t={};e.name.trim()||(t.name=r.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=r.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=r.pinDigits);let n=Sn(e.notify).find(o=>!xo.test(o));return n&&(t.notify_email_addresses=r.badEmail(n)),t}function Cn({box:e,users:t,onDone:n}){let o=!e.id,[s,a]=$({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(pt.map(_=>[_,!!e[_]]))}),[i,c]=$({}),[d,l]=$(""),[f,u]=$(!1),h=_=>b=>a({...s,[_]:b});async function p(_){_.preventDefault();let b=ko(s);if(c(b),l(""),Object.keys(b).length)return;let y={name:s.name.trim(),mailbox:s.mailbox,notify_email_addresses:Sn(s.notify),...Object.fromEntries(pt.map(v=>[v,s[v]]))};y.owner_id=s.owner_id||(o?void 0:null),y.pin=s.pin||(o?void 0:null),u(!0);try{o?await O("vmboxes",y):await Ce(`vmboxes/${e.id}`,y),n()}catch(v){c(v.fields||{}),l(`${r.failed} ${v.message}`),u(!1)}}return m`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${o?r.addVmbox:r.editVmbox}</h2>
    <form onSubmit=${p} novalidate>
      <${x} message=${d} />
      <div class="grid">
        <${k} id="vm_name" label=${r.name} value=${s.name} onInput=${h("name")} error=${i.name} required />
        <${k} id="vm_mailbox" label=${r.mailbox} value=${s.mailbox} onInput=${h("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${r.owner}</label>
          <select id="vm_owner" value=${s.owner_id} onChange=${_=>h("owner_id")(_.target.value)}>
            <option value="">${r.noOwner}</option>
            ${t.map(_=>m`<option key=${_.id} value=${_.id}>${_.first_name} ${_.last_name}</option>`)}
          </select>
          ${i.owner_id&&m`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${k} id="vm_pin" label=${r.pin} type="password" value=${s.pin} onInput=${h("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <${k} id="vm_notify" label=${r.recipients} value=${s.notify} onInput=${h("notify")} error=${i.notify_email_addresses} />
      ${pt.map(_=>m`<div class="check" key=${_}>
          <input type="checkbox" id=${"vm_"+_} checked=${s[_]} onChange=${b=>h(_)(b.target.checked)} />
          <label for=${"vm_"+_}>${r.vmFlags[_]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${f}>${f?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${n}>${r.cancel}</button>
      </div>
    </form>
  </section>`}var So=62167219200,Co=e=>new Date((e-So)*1e3).toISOString().slice(0,16).replace("T"," ");function En({box:e,onDone:t}){let n=`vmboxes/${e.id}/messages`,[o,s]=$(null),[a,i]=$({}),c=Ye([]),[d,l]=$(""),f=()=>g(`${n}?paginate=false`).then(_=>s(_.filter(b=>b.folder!=="deleted")),_=>l(_.message));N(()=>(f(),()=>c.current.forEach(_=>URL.revokeObjectURL(_))),[]);let u=_=>_.then(f,b=>l(b.message));async function h(_){if(a[_.media_id])return a[_.media_id];let b=URL.createObjectURL(await Qt(`${n}/${_.media_id}/raw`));return c.current.push(b),i(y=>({...y,[_.media_id]:b})),b}async function p(_){try{let b=document.createElement("a");b.href=await h(_),b.download=`${e.mailbox}-${_.media_id}.wav`,b.click()}catch(b){l(b.message)}}return m`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${r.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${t}>${r.vmboxes}</button>
    </div>
    <${x} message=${d} />
    ${o?o.length===0?m`<p>${r.none}</p>`:m`<table class="list" aria-label=${r.messages}>
            <thead><tr><th>${r.when}</th><th>${r.from}</th><th>${r.duration}</th><th>${r.folder}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${o.map(_=>m`<tr key=${_.media_id} data-message=${_.media_id} class="message">
                  <td data-label=${r.when}>${_.timestamp?Co(_.timestamp):""}</td>
                  <td data-label=${r.from}>${_.caller_id_name||""} ${_.caller_id_number||""}</td>
                  <td data-label=${r.duration}>${_.length?`${Math.round(_.length/1e3)} s`:""}</td>
                  <td data-label=${r.folder} class="folder">${r.folders[_.folder]||_.folder}</td>
                  <td class="actions">
                    ${a[_.media_id]?m`<audio controls autoplay src=${a[_.media_id]}></audio>`:m`<button onClick=${()=>h(_).catch(b=>l(b.message))}>${r.play}</button>`}
                    <button class="plain" onClick=${()=>p(_)}>${r.download}</button>
                    ${_.folder==="new"&&m`<button class="plain" onClick=${()=>u(H(`${n}/${_.media_id}`,{folder:"saved"}))}>${r.markHeard}</button>`}
                    <button class="danger" onClick=${()=>confirm(r.confirmDeleteMessage)&&u(U(`${n}/${_.media_id}`))}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:m`<p>${r.loading}</p>`}
  </section>`}function Nn(){let[e,t]=$(null),[n,o]=$(null),[s,a]=$(null),[i,c]=$(""),d=()=>Promise.all([g("vmboxes?paginate=false"),g("users?paginate=false")]).then(([p,_])=>t({boxes:p,users:_}),p=>c(p.message));N(d,[]);let l=()=>{o(null),a(null),d()};async function f(p){confirm(r.confirmDeleteVmbox(p.name))&&(await U(`vmboxes/${p.id}`).catch(_=>c(_.message)),d())}async function u(p){try{o(await g(`vmboxes/${p.id}`))}catch(_){c(_.message)}}if(n)return m`<${Cn} box=${n} users=${e.users} onDone=${l} />`;if(s)return m`<${En} box=${s} onDone=${l} />`;let h=p=>{let _=e.users.find(b=>b.id===p);return _?`${_.first_name} ${_.last_name}`:""};return m`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${r.vmboxes}</h2>
      <button onClick=${()=>o({})}>${r.addVmbox}</button>
    </div>
    <${x} message=${i} />
    ${e?e.boxes.length===0?m`<p>${r.none}</p>`:m`<table class="list" aria-label=${r.vmboxes}>
            <thead><tr><th>${r.name}</th><th>${r.mailbox}</th><th>${r.owner}</th><th>${r.newMessages}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map(p=>m`<tr key=${p.id} data-vmbox=${p.mailbox}>
                  <td data-label=${r.name}>${p.name}</td>
                  <td data-label=${r.mailbox}>${p.mailbox}</td>
                  <td data-label=${r.owner}>${h(p.owner_id)}</td>
                  <td data-label=${r.newMessages} class="count">${p.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>a(p)} aria-label=${r.messagesOf(p.name)}>${r.messages}</button>
                    <button class="plain" onClick=${()=>u(p)} aria-label=${`${r.edit} ${p.name}`}>${r.edit}</button>
                    <button class="danger" onClick=${()=>f(p)} aria-label=${`${r.del} ${p.name}`}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:m`<p>${r.loading}</p>`}
  </section>`}function Ae(e,t){if(!(t instanceof G))throw t;let n={};for(let[o,s]of Object.entries(t.fields))n[e==="userGroup"&&o.startsWith("numbers")?"extension":o.split(".")[0]]=s;throw t.fields=n,t}async function Pn(){let[e,t]=await Promise.all([g("groups?paginate=false"),g("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let o=t.filter(s=>s.group_id===n.id);return{...n,userCf:o.find(s=>s.type==="userGroup"),baseCf:o.find(s=>s.type==="baseGroup")}})}async function Dn(e){let t=[];try{let n=await O("groups",lt({},e));t.push(()=>U(`groups/${n.id}`));let o=await O("callflows",ut({},n,e));t.push(()=>U(`callflows/${o.id}`)),await O("callflows",ct({},n,o,e)).catch(s=>Ae("userGroup",s))}catch(n){for(let o of t.reverse())await o().catch(()=>{});Ae("groups",n)}}async function Mn(e,t){try{let n=await H(`groups/${e.id}`,lt(await g(`groups/${e.id}`),t)),o=await H(`callflows/${e.baseCf.id}`,ut(await g(`callflows/${e.baseCf.id}`),n,t)),s=e.userCf?await g(`callflows/${e.userCf.id}`):{},a=ct(s,n,o,t);await(e.userCf?H(`callflows/${e.userCf.id}`,a):O("callflows",a)).catch(i=>Ae("userGroup",i))}catch(n){Ae("groups",n)}}async function On(e){for(let t of[e.userCf,e.baseCf])t&&await U(`callflows/${t.id}`);await U(`groups/${e.id}`)}var oe=e=>/^\d+$/.test(String(e))?Number(e):NaN;function Eo(e){let t={};return e.name.trim()||(t.name=r.required),/^\d{2,8}$/.test(e.extension)||(t.extension=r.extDigits),oe(e.repeats)>=1&&oe(e.repeats)<=10||(t.repeats=r.repeatsRange),e.members.length||(t.members=r.pickMember),e.members.length>ce&&(t.members=r.tooManyMembers(ce)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=r.badTimeline),t}function Un({group:e,users:t,onDone:n}){let[o,s]=$(e.form),[a,i]=$("20"),[c,d]=$({}),[l,f]=$(""),[u,h]=$(!1),p=S=>C=>s({...o,[S]:C}),_=S=>o.members.find(C=>C.id===S),b=S=>s({...o,members:_(S.id)?o.members.filter(C=>C.id!==S.id):[...o.members,{id:S.id,delay:0,timeout:20}]}),y=(S,C,I)=>s({...o,members:o.members.map(B=>B.id===S?{...B,[C]:oe(I)}:B)});async function v(S){S.preventDefault();let C=Eo(o);if(d(C),f(""),!Object.keys(C).length){h(!0);try{let I={...o,name:o.name.trim(),repeats:oe(o.repeats)};await(e.id?Mn(e,I):Dn(I)),n()}catch(I){d(I.fields||{}),f(`${r.failed} ${I.message}`),h(!1)}}}let w=o.members.length>=ce;return m`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?r.editGroup:r.addGroup}</h2>
    <form onSubmit=${v} novalidate>
      <${x} message=${l} />
      <div class="grid">
        <${k} id="group_name" label=${r.name} value=${o.name} onInput=${p("name")} error=${c.name} required />
        <${k} id="group_extension" label=${r.extension} value=${o.extension} onInput=${p("extension")} error=${c.extension} required inputmode="numeric" />
        <${k} id="group_repeats" label=${r.repeats} value=${String(o.repeats)} onInput=${p("repeats")} error=${c.repeats} inputmode="numeric" />
      </div>
      <fieldset>
        <legend>${r.members(o.members.length,ce)}</legend>
        ${c.members&&m`<p class="error" id="members-error" role="alert">${c.members}</p>`}
        <table class="list timeline" aria-label=${r.timeline}>
          <thead><tr><th>${r.member}</th><th>${r.startAfter}</th><th>${r.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(S=>{let C=_(S.id),I=`${S.first_name} ${S.last_name}`;return m`<tr key=${S.id} data-member=${S.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+S.id} checked=${!!C} disabled=${!C&&w} onChange=${()=>b(S)} /><label for=${"m-"+S.id}>${I}</label></span></td>
                <td data-label=${r.startAfter}>${C&&m`<input class="delay" aria-label=${`${r.startAfter} ${I}`} inputmode="numeric" value=${Number.isNaN(C.delay)?"":C.delay} onInput=${B=>y(S.id,"delay",B.target.value)} />`}</td>
                <td data-label=${r.ringFor}>${C&&m`<input class="timeout" aria-label=${`${r.ringFor} ${I}`} inputmode="numeric" value=${Number.isNaN(C.timeout)?"":C.timeout} onInput=${B=>y(S.id,"timeout",B.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${k} id="group_total" label=${r.totalRing} value=${a} onInput=${i} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!o.members.length||!(oe(a)>=1)} onClick=${()=>s({...o,members:an(o.members,oe(a))})}>${r.distribute}</button>
        </div>
      </fieldset>
      <div class="bar">
        <button type="submit" disabled=${u}>${u?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${n}>${r.cancel}</button>
      </div>
    </form>
  </section>`}async function No(e){let t=e.baseCf?await g(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},o=(n.endpoints||[]).map(s=>({id:s.id,delay:Number(s.delay)||0,timeout:Number(s.timeout)||20}));return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,members:o}}function An(){let[e,t]=$(null),[n,o]=$(null),[s,a]=$(""),i=()=>Promise.all([Pn(),g("users?paginate=false")]).then(([l,f])=>t({groups:l,users:f}),l=>a(l.message));N(i,[]);async function c(l){try{o({...l,form:await No(l)})}catch(f){a(f.message)}}async function d(l){confirm(r.confirmDeleteGroup(l.name))&&(await On(l).catch(f=>a(f.message)),i())}return n?m`<${Un}
      group=${n}
      users=${e.users}
      onDone=${()=>{o(null),i()}}
    />`:m`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${r.groups}</h2>
      <button disabled=${!e} onClick=${()=>o({form:{name:"",extension:"",repeats:1,members:[]}})}>${r.addGroup}</button>
    </div>
    <${x} message=${s} />
    ${e?e.groups.length===0?m`<p>${r.none}</p>`:m`<table class="list" aria-label=${r.groups}>
            <thead><tr><th>${r.name}</th><th>${r.extension}</th><th>${r.memberCount}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.groups.map(l=>m`<tr key=${l.id} data-group=${l.name}>
                  <td data-label=${r.name}>${l.name}</td>
                  <td data-label=${r.extension} class="ext">${l.userCf&&l.userCf.numbers?l.userCf.numbers[0]:""}</td>
                  <td data-label=${r.memberCount}>${typeof l.endpoints=="number"?l.endpoints:Object.keys(l.endpoints||{}).length}</td>
                  <td class="actions">
                    <button onClick=${()=>c(l)} aria-label=${`${r.edit} ${l.name}`}>${r.edit}</button>
                    <button class="danger" onClick=${()=>d(l)} aria-label=${`${r.del} ${l.name}`}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:m`<p>${r.loading}</p>`}
  </section>`}async function Po(){let[e,t]=await Promise.all([g("phone_numbers"),g("callflows?paginate=false")]);return Object.entries(e.numbers||{}).map(([n,o])=>{let s=o.used_by_id&&t.find(a=>a.id===o.used_by_id);return{number:n,usedBy:s?s.name||s.id:o.used_by_id||""}}).sort((n,o)=>n.number.localeCompare(o.number))}function Fn(){let[e,t]=$(null),[n,o]=$(""),[s,a]=$(""),[i,c]=$(""),d=()=>Po().then(t,u=>c(u.message));N(d,[]);async function l(u){u.preventDefault();let h=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(h))return a(r.badPhoneNumber);a("");try{await O(`phone_numbers/${encodeURIComponent(h)}`,{}),o(""),d()}catch(p){a(p.fields.number||p.message)}}async function f(u){confirm(r.confirmDeleteNumber(u))&&(await U(`phone_numbers/${encodeURIComponent(u)}`).catch(h=>c(h.message)),d())}return m`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${r.numbers}</h2>
    <${x} message=${i} />
    ${e?e.length===0?m`<p>${r.none}</p>`:m`<table class="list" aria-label=${r.numbers}>
            <thead><tr><th>${r.number}</th><th>${r.usedBy}</th><th><span class="sr">${r.del}</span></th></tr></thead>
            <tbody>
              ${e.map(u=>m`<tr key=${u.number} data-number=${u.number}>
                  <td data-label=${r.number} class="main-number">${u.number}</td>
                  <td data-label=${r.usedBy} class="used-by">${u.usedBy||r.spare}</td>
                  <td class="actions">${!u.usedBy&&m`<button class="danger" onClick=${()=>f(u.number)} aria-label=${`${r.remove} ${u.number}`}>${r.remove}</button>`}</td>
                </tr>`)}
            </tbody>
          </table>`:m`<p>${r.loading}</p>`}
    <form onSubmit=${l} novalidate>
      <${k} id="new_number" label=${r.number} value=${n} onInput=${o} error=${s} inputmode="tel" />
      <button type="submit">${r.addPhoneNumber}</button>
    </form>
  </section>`}var _t={dashboard:[r.dashboard,sn],users:[r.users,dn],devices:[r.devices,mn],groups:[r.groups,An],calls:[r.callLogs,fn],main:[r.mainNumber,Me],voicemail:[r.vmboxes,Nn],numbers:[r.numbers,Fn],settings:[r.settings,kn]},Tn=()=>location.hash.slice(1)in _t?location.hash.slice(1):"dashboard",Fe=j(Tn());addEventListener("hashchange",()=>Fe.value=Tn());var In=null;Z(()=>{let e=P.value;e||(Y.value=null),e&&In!==e.token&&(In=e.token,vn().catch(()=>{}))});function Do(){if(!P.value)return m`<${on} />`;let[,e]=_t[Fe.value];return m`<header>
      <strong>${r.app}</strong>
      <nav aria-label=${r.menu}>
        ${Object.entries(_t).map(([t,[n]])=>m`<a href=${"#"+t} aria-current=${Fe.value===t?"page":void 0}>${n}</a>`)}
      </nav>
      <button class="plain" onClick=${Ee}>${r.logout}</button>
    </header>
    <main>${Y.value?m`<${yn} />`:m`<${e} key=${Fe.value} />`}</main>`}Ve(m`<${Do} />`,document.getElementById("app"));
