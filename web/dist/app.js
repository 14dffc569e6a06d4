var he,E,gt,Le,W,ht,yt,Ie,wt,Re,Te,He,An,se={},xt=[],Fn=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,je=Array.isArray;function z(e,t){for(var n in t)e[n]=t[n];return e}function Ge(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function $e(e,t,n){var o,r,s,i={};for(s in t)s=="key"?o=t[s]:s=="ref"?r=t[s]:i[s]=t[s];if(arguments.length>2&&(i.children=arguments.length>3?he.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)i[s]===void 0&&(i[s]=e.defaultProps[s]);return pe(e,i,o,r,null)}function pe(e,t,n,o,r){var s={type:e,props:t,key:n,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:r??++gt,__i:-1,__u:0};return r==null&&E.vnode!=null&&E.vnode(s),s}function ve(e){return e.children}function q(e,t){this.props=e,this.context=t}function K(e,t){if(t==null)return e.__?K(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?K(e):null}function kt(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return kt(e)}}function $t(e){(!e.__d&&(e.__d=!0)&&W.push(e)&&!_e.__r++||ht!==E.debounceRendering)&&((ht=E.debounceRendering)||yt)(_e)}function _e(){var e,t,n,o,r,s,i,c;for(W.sort(Ie);e=W.shift();)e.__d&&(t=W.length,o=void 0,s=(r=(n=e).__v).__e,i=[],c=[],n.__P&&((o=z({},r)).__v=r.__v+1,E.vnode&&E.vnode(o),ze(n.__P,o,r,n.__n,n.__P.namespaceURI,32&r.__u?[s]:null,i,s??K(r),!!(32&r.__u),c),o.__v=r.__v,o.__.__k[o.__i]=o,Et(i,o,c),o.__e!=s&&kt(o)),W.length>t&&W.sort(Ie));_e.__r=0}function St(e,t,n,o,r,s,i,c,u,l,p){var d,_,f,$,g,w,v=o&&o.__k||xt,y=t.length;for(u=In(n,t,v,u,y),d=0;d<y;d++)(f=n.__k[d])!=null&&(_=f.__i===-1?se:v[f.__i]||se,f.__i=d,w=ze(e,f,_,r,s,i,c,u,l,p),$=f.__e,f.ref&&_.ref!=f.ref&&(_.ref&&Be(_.ref,null,f),p.push(f.ref,f.__c||$,f)),g==null&&$!=null&&(g=$),4&f.__u||_.__k===f.__k?u=Ct(f,u,e):typeof f.type=="function"&&w!==void 0?u=w:$&&(u=$.nextSibling),f.__u&=-7);return n.__e=g,u}function In(e,t,n,o,r){var s,i,c,u,l,p=n.length,d=p,_=0;for(e.__k=new Array(r),s=0;s<r;s++)(i=t[s])!=null&&typeof i!="boolean"&&typeof i!="function"?(u=s+_,(i=e.__k[s]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?pe(null,i,null,null,null):je(i)?pe(ve,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?pe(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,c=null,(l=i.__i=Tn(i,n,u,d))!==-1&&(d--,(c=n[l])&&(c.__u|=2)),c==null||c.__v===null?(l==-1&&_--,typeof i.type!="function"&&(i.__u|=4)):l!=u&&(l==u-1?_--:l==u+1?_++:(l>u?_--:_++,i.__u|=4))):e.__k[s]=null;if(d)for(s=0;s<p;s++)(c=n[s])!=null&&!(2&c.__u)&&(c.__e==o&&(o=K(c)),Nt(c,c));return o}function Ct(e,t,n){var o,r;if(typeof e.type=="function"){for(o=e.__k,r=0;o&&r<o.length;r++)o[r]&&(o[r].__=e,t=Ct(o[r],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=K(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Tn(e,t,n,o){var r,s,i=e.key,c=e.type,u=t[n];if(u===null||u&&i==u.key&&c===u.type&&!(2&u.__u))return n;if(o>(u!=null&&!(2&u.__u)?1:0))for(r=n-1,s=n+1;r>=0||s<t.length;){if(r>=0){if((u=t[r])&&!(2&u.__u)&&i==u.key&&c===u.type)return r;r--}if(s<t.length){if((u=t[s])&&!(2&u.__u)&&i==u.key&&c===u.type)return s;s++}}return-1}function vt(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||Fn.test(t)?n:n+"px"}function me(e,t,n,o,r){var s;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(t in o)n&&t in n||vt(e.style,t,"");if(n)for(t in n)o&&n[t]===o[t]||vt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(wt,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=n,n?o?n.u=o.u:(n.u=Re,e.addEventListener(t,s?He:Te,s)):e.removeEventListener(t,s?He:Te,s);else{if(r=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function bt(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=Re++;else if(t.t<n.u)return;return n(E.event?E.event(t):t)}}}function ze(e,t,n,o,r,s,i,c,u,l){var p,d,_,f,$,g,w,v,y,S,C,I,H,_t,fe,Ae,Fe,j=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(u=!!(32&n.__u),s=[c=t.__e=n.__e]),(p=E.__b)&&p(t);e:if(typeof j=="function")try{if(v=t.props,y="prototype"in j&&j.prototype.render,S=(p=j.contextType)&&o[p.__c],C=p?S?S.props.value:p.__:o,n.__c?w=(d=t.__c=n.__c).__=d.__E:(y?t.__c=d=new j(v,C):(t.__c=d=new q(v,C),d.constructor=j,d.render=Ln),S&&S.sub(d),d.props=v,d.state||(d.state={}),d.context=C,d.__n=o,_=d.__d=!0,d.__h=[],d._sb=[]),y&&d.__s==null&&(d.__s=d.state),y&&j.getDerivedStateFromProps!=null&&(d.__s==d.state&&(d.__s=z({},d.__s)),z(d.__s,j.getDerivedStateFromProps(v,d.__s))),f=d.props,$=d.state,d.__v=t,_)y&&j.getDerivedStateFromProps==null&&d.componentWillMount!=null&&d.componentWillMount(),y&&d.componentDidMount!=null&&d.__h.push(d.componentDidMount);else{if(y&&j.getDerivedStateFromProps==null&&v!==f&&d.componentWillReceiveProps!=null&&d.componentWillReceiveProps(v,C),!d.__e&&(d.shouldComponentUpdate!=null&&d.shouldComponentUpdate(v,d.__s,C)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(d.props=v,d.state=d.__s,d.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(re){re&&(re.__=t)}),I=0;I<d._sb.length;I++)d.__h.push(d._sb[I]);d._sb=[],d.__h.length&&i.push(d);break e}d.componentWillUpdate!=null&&d.componentWillUpdate(v,d.__s,C),y&&d.componentDidUpdate!=null&&d.__h.push(function(){d.componentDidUpdate(f,$,g)})}if(d.context=C,d.props=v,d.__P=e,d.__e=!1,H=E.__r,_t=0,y){for(d.state=d.__s,d.__d=!1,H&&H(t),p=d.render(d.props,d.state,d.context),fe=0;fe<d._sb.length;fe++)d.__h.push(d._sb[fe]);d._sb=[]}else do d.__d=!1,H&&H(t),p=d.render(d.props,d.state,d.context),d.state=d.__s;while(d.__d&&++_t<25);d.state=d.__s,d.getChildContext!=null&&(o=z(z({},o),d.getChildContext())),y&&!_&&d.getSnapshotBeforeUpdate!=null&&(g=d.getSnapshotBeforeUpdate(f,$)),c=St(e,je(Ae=p!=null&&p.type===ve&&p.key==null?p.props.children:p)?Ae:[Ae],t,n,o,r,s,i,c,u,l),d.base=t.__e,t.__u&=-161,d.__h.length&&i.push(d),w&&(d.__E=d.__=null)}catch(re){if(t.__v=null,u||s!=null)if(re.then){for(t.__u|=u?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;s[s.indexOf(c)]=null,t.__e=c}else for(Fe=s.length;Fe--;)Ge(s[Fe]);else t.__e=n.__e,t.__k=n.__k;E.__e(re,t,n)}else s==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):c=t.__e=Hn(n.__e,t,n,o,r,s,i,u,l);return(p=E.diffed)&&p(t),128&t.__u?void 0:c}function Et(e,t,n){for(var o=0;o<n.length;o++)Be(n[o],n[++o],n[++o]);E.__c&&E.__c(t,e),e.some(function(r){try{e=r.__h,r.__h=[],e.some(function(s){s.call(r)})}catch(s){E.__e(s,r.__v)}})}function Hn(e,t,n,o,r,s,i,c,u){var l,p,d,_,f,$,g,w=n.props,v=t.props,y=t.type;if(y=="svg"?r="http://www.w3.org/2000/svg":y=="math"?r="http://www.w3.org/1998/Math/MathML":r||(r="http://www.w3.org/1999/xhtml"),s!=null){for(l=0;l<s.length;l++)if((f=s[l])&&"setAttribute"in f==!!y&&(y?f.localName==y:f.nodeType==3)){e=f,s[l]=null;break}}if(e==null){if(y==null)return document.createTextNode(v);e=document.createElementNS(r,y,v.is&&v),c&&(E.__m&&E.__m(t,s),c=!1),s=null}if(y===null)w===v||c&&e.data===v||(e.data=v);else{if(s=s&&he.call(e.childNodes),w=n.props||se,!c&&s!=null)for(w={},l=0;l<e.attributes.length;l++)w[(f=e.attributes[l]).name]=f.value;for(l in w)if(f=w[l],l!="children"){if(l=="dangerouslySetInnerHTML")d=f;else if(!(l in v)){if(l=="value"&&"defaultValue"in v||l=="checked"&&"defaultChecked"in v)continue;me(e,l,null,f,r)}}for(l in v)f=v[l],l=="children"?_=f:l=="dangerouslySetInnerHTML"?p=f:l=="value"?$=f:l=="checked"?g=f:c&&typeof f!="function"||w[l]===f||me(e,l,f,w[l],r);if(p)c||d&&(p.__html===d.__html||p.__html===e.innerHTML)||(e.innerHTML=p.__html),t.__k=[];else if(d&&(e.innerHTML=""),St(e,je(_)?_:[_],t,n,o,y=="foreignObject"?"http://www.w3.org/1999/xhtml":r,s,i,s?s[0]:n.__k&&K(n,0),c,u),s!=null)for(l=s.length;l--;)Ge(s[l]);c||(l="value",y=="progress"&&$==null?e.removeAttribute("value"):$!==void 0&&($!==e[l]||y=="progress"&&!$||y=="option"&&$!==w[l])&&me(e,l,$,w[l],r),l="checked",g!==void 0&&g!==e[l]&&me(e,l,g,w[l],r))}return e}function Be(e,t,n){try{if(typeof e=="function"){var o=typeof e.__u=="function";o&&e.__u(),o&&t==null||(e.__u=e(t))}else e.current=t}catch(r){E.__e(r,n)}}function Nt(e,t,n){var o,r;if(E.unmount&&E.unmount(e),(o=e.ref)&&(o.current&&o.current!==e.__e||Be(o,null,t)),(o=e.__c)!=null){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(s){E.__e(s,t)}o.base=o.__P=null}if(o=e.__k)for(r=0;r<o.length;r++)o[r]&&Nt(o[r],t,n||typeof e.type!="function");n||Ge(e.__e),e.__c=e.__=e.__e=void 0}function Ln(e,t,n){return this.constructor(e,n)}function We(e,t,n){var o,r,s,i;t==document&&(t=document.documentElement),E.__&&E.__(e,t),r=(o=typeof n=="function")?null:n&&n.__k||t.__k,s=[],i=[],ze(t,e=(!o&&n||t).__k=$e(ve,null,[e]),r||se,se,t.namespaceURI,!o&&n?[n]:r?null:t.firstChild?he.call(t.childNodes):null,s,!o&&n?n:r?r.__e:t.firstChild,o,i),Et(s,e,i)}he=xt.slice,E={__e:function(e,t,n,o){for(var r,s,i;t=t.__;)if((r=t.__c)&&!r.__)try{if((s=r.constructor)&&s.getDerivedStateFromError!=null&&(r.setState(s.getDerivedStateFromError(e)),i=r.__d),r.componentDidCatch!=null&&(r.componentDidCatch(e,o||{}),i=r.__d),i)return r.__E=r}catch(c){e=c}throw e}},gt=0,Le=function(e){return e!=null&&e.constructor==null},q.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=z({},this.state),typeof e=="function"&&(e=e(z({},n),this.props)),e&&z(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),$t(this))},q.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),$t(this))},q.prototype.render=ve,W=[],yt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Ie=function(e,t){return e.__v.__b-t.__v.__b},_e.__r=0,wt=/(PointerCapture)$|Capture$/i,Re=0,Te=bt(!1),He=bt(!0),An=0;var Dt=function(e,t,n,o){var r;t[0]=0;for(var s=1;s<t.length;s++){var i=t[s++],c=t[s]?(t[0]|=i?1:2,n[t[s++]]):t[++s];i===3?o[0]=c:i===4?o[1]=Object.assign(o[1]||{},c):i===5?(o[1]=o[1]||{})[t[++s]]=c:i===6?o[1][t[++s]]+=c+"":i?(r=e.apply(c,Dt(e,c,n,["",null])),o.push(r),c[0]?t[0]|=2:(t[s-2]=0,t[s]=r)):o.push(c)}return o},Ot=new Map;function Mt(e){var t=Ot.get(this);return t||(t=new Map,Ot.set(this,t)),(t=Dt(this,t.get(e)||(t.set(e,t=function(n){for(var o,r,s=1,i="",c="",u=[0],l=function(_){s===1&&(_||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,_,i):s===3&&(_||i)?(u.push(3,_,i),s=2):s===2&&i==="..."&&_?u.push(4,_,0):s===2&&i&&!_?u.push(5,0,!0,i):s>=5&&((i||!_&&s===5)&&(u.push(s,0,i,r),s=6),_&&(u.push(s,_,0,r),s=6)),i=""},p=0;p<n.length;p++){p&&(s===1&&l(),l(p));for(var d=0;d<n[p].length;d++)o=n[p][d],s===1?o==="<"?(l(),u=[u],s=3):i+=o:s===4?i==="--"&&o===">"?(s=1,i=""):i=o+i[0]:c?o===c?c="":i+=o:o==='"'||o==="'"?c=o:o===">"?(l(),s=1):s&&(o==="="?(s=5,r=i,i=""):o==="/"&&(s<5||n[p][d+1]===">")?(l(),s===3&&(u=u[0]),s=u,(u=u[0]).push(2,0,s),s=0):o===" "||o==="	"||o===`
`||o==="\r"?(l(),s=2):i+=o),s===3&&i==="!--"&&(s=4,u=u[0])}return l(),u}(e)),t),arguments,[])).length>1?t:t[0]}var m=Mt.bind($e);var ae,M,qe,Pt,Ve=0,Rt=[],P=E,Ut=P.__b,At=P.__r,Ft=P.diffed,It=P.__c,Tt=P.unmount,Ht=P.__;function Je(e,t){P.__h&&P.__h(M,e,Ve||t),Ve=0;var n=M.__H||(M.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function h(e){return Ve=1,Rn(Gt,e)}function Rn(e,t,n){var o=Je(ae++,2);if(o.t=e,!o.__c&&(o.__=[n?n(t):Gt(void 0,t),function(c){var u=o.__N?o.__N[0]:o.__[0],l=o.t(u,c);u!==l&&(o.__N=[l,o.__[1]],o.__c.setState({}))}],o.__c=M,!M.u)){var r=function(c,u,l){if(!o.__c.__H)return!0;var p=o.__c.__H.__.filter(function(_){return!!_.__c});if(p.every(function(_){return!_.__N}))return!s||s.call(this,c,u,l);var d=o.__c.props!==c;return p.forEach(function(_){if(_.__N){var f=_.__[0];_.__=_.__N,_.__N=void 0,f!==_.__[0]&&(d=!0)}}),s&&s.call(this,c,u,l)||d};M.u=!0;var s=M.shouldComponentUpdate,i=M.componentWillUpdate;M.componentWillUpdate=function(c,u,l){if(this.__e){var p=s;s=void 0,r(c,u,l),s=p}i&&i.call(this,c,u,l)},M.shouldComponentUpdate=r}return o.__N||o.__}function D(e,t){var n=Je(ae++,3);!P.__s&&jt(n.__H,t)&&(n.__=e,n.i=t,M.__H.__h.push(n))}function Xe(e,t){var n=Je(ae++,7);return jt(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function jn(){for(var e;e=Rt.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(be),e.__H.__h.forEach(Ze),e.__H.__h=[]}catch(t){e.__H.__h=[],P.__e(t,e.__v)}}P.__b=function(e){M=null,Ut&&Ut(e)},P.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Ht&&Ht(e,t)},P.__r=function(e){At&&At(e),ae=0;var t=(M=e.__c).__H;t&&(qe===M?(t.__h=[],M.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(be),t.__h.forEach(Ze),t.__h=[],ae=0)),qe=M},P.diffed=function(e){Ft&&Ft(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Rt.push(t)!==1&&Pt===P.requestAnimationFrame||((Pt=P.requestAnimationFrame)||Gn)(jn)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),qe=M=null},P.__c=function(e,t){t.some(function(n){try{n.__h.forEach(be),n.__h=n.__h.filter(function(o){return!o.__||Ze(o)})}catch(o){t.some(function(r){r.__h&&(r.__h=[])}),t=[],P.__e(o,n.__v)}}),It&&It(e,t)},P.unmount=function(e){Tt&&Tt(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(o){try{be(o)}catch(r){t=r}}),n.__H=void 0,t&&P.__e(t,n.__v))};var Lt=typeof requestAnimationFrame=="function";function Gn(e){var t,n=function(){clearTimeout(o),Lt&&cancelAnimationFrame(t),setTimeout(e)},o=setTimeout(n,100);Lt&&(t=requestAnimationFrame(n))}function be(e){var t=M,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),M=t}function Ze(e){var t=M;e.__c=e.__(),M=t}function jt(e,t){return!e||e.length!==t.length||t.some(function(n,o){return n!==e[o]})}function Gt(e,t){return typeof t=="function"?t(e):t}var zn=Symbol.for("preact-signals");function Ye(){if(V>1)V--;else{var e,t=!1;for(function(){var r=ye;for(ye=void 0;r!==void 0;){var s=r.S;if(s.v===r.v)for(var i=s.t;i!==void 0;i=i.x)i.i===r.i&&(i.i=s.i);r=r.o}}();le!==void 0;){var n=le;for(le=void 0,ge++;n!==void 0;){var o=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&Wt(n))try{n.c()}catch(r){t||(e=r,t=!0)}n=o}}if(ge=0,V--,t)throw e}}var ie,O=void 0;function ue(e){var t=O,n=ie;O=void 0,ie=void 0;try{return e()}finally{O=t,ie=n}}var le=void 0,V=0,ge=0;var zt=0,ye=void 0,we=0;function Bt(e){if(O!==void 0){var t=e.n;if(t===void 0||t.t!==O)return t={i:0,S:e,p:O.s,n:void 0,t:O,e:void 0,x:void 0,r:t},O.s!==void 0&&(O.s.n=t),O.s=t,e.n=t,32&O.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=O.s,t.n=void 0,O.s.n=t,O.s=t),t}}function U(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}U.prototype.brand=zn;U.prototype.h=function(){return!0};U.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:ue(function(){var o;(o=t.W)==null||o.call(t)}))};U.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,o=e.x;n!==void 0&&(n.x=o,e.e=void 0),o!==void 0&&(o.e=n,e.x=void 0),e===this.t&&(this.t=o,o===void 0&&ue(function(){var r;(r=t.Z)==null||r.call(t)}))}};U.prototype.subscribe=function(e){var t=this;return J(function(){var n=t.value;ue(function(){return e(n)})},{name:"sub"})};U.prototype.valueOf=function(){return this.value};U.prototype.toString=function(){return this.value+""};U.prototype.toJSON=function(){return this.value};U.prototype.peek=function(){var e=this;return ue(function(){return e.value})};Object.defineProperty(U.prototype,"value",{get:function(){var e=Bt(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(ge>100)throw new Error("Cycle detected");(function(n){V!==0&&ge===0&&n.l!==zt&&(n.l=zt,ye={S:n,v:n.v,i:n.i,o:ye})})(this),this.v=e,this.i++,we++,V++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{Ye()}}}});function G(e,t){return new U(e,t)}function Wt(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function qt(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function Vt(e){for(var t=e.s,n=void 0;t!==void 0;){var o=t.p;t.i===-1?(t.S.U(t),o!==void 0&&(o.n=t.n),t.n!==void 0&&(t.n.p=o)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=o}e.s=n}function Z(e,t){U.call(this,void 0,t),this.x=e,this.s=void 0,this.g=we-1,this.f=4}Z.prototype=new U;Z.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===we))return!0;if(this.g=we,this.f|=1,this.i>0&&!Wt(this))return this.f&=-2,!0;var e=O;try{qt(this),O=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return O=e,Vt(this),this.f&=-2,!0};Z.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}U.prototype.S.call(this,e)};Z.prototype.U=function(e){if(this.t!==void 0&&(U.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};Z.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(Z.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=Bt(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function Ke(e,t){return new Z(e,t)}function Zt(e){var t=e.j;if(e.j=void 0,typeof t=="function"){V++;var n=O;O=void 0;try{t()}catch(o){throw e.f&=-2,e.f|=8,Qe(e),o}finally{O=n,Ye()}}}function Qe(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,Zt(e)}function Bn(e){if(O!==this)throw new Error("Out-of-order effect");Vt(this),O=e,this.f&=-2;try{8&this.f&&Qe(this)}finally{Ye()}}function Q(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,ie&&ie.push(this)}Q.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};Q.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,Zt(this),qt(this),V++;var e=O;return O=this,Bn.bind(this,e)};Q.prototype.N=function(){2&this.f||(this.f|=2,this.u=le,le=this)};Q.prototype.d=function(){this.f|=8,1&this.f||Qe(this)};Q.prototype.dispose=function(){this.d()};function J(e,t){var n=new Q(e,t);try{n.c()}catch(r){throw n.d(),r}var o=n.d.bind(n);return o[Symbol.dispose]=o,o}var tt,et;function ee(e,t){E[e]=t.bind(null,E[e]||function(){})}function xe(e){et&&et(),et=e&&e.S()}function Jt(e){var t=this,n=e.data,o=qn(n);o.value=n;var r=Xe(function(){for(var s=t.__v;s=s.__;)if(s.__c){s.__c.__$f|=4;break}return t.__$u.c=function(){var i,c=t.__$u.S(),u=r.value;c(),Le(u)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=u},Ke(function(){var i=o.value.value;return i===0?0:i===!0?"":i||""})},[]);return r.value}Jt.displayName="_st";Object.defineProperties(U.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:Jt},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});ee("__b",function(e,t){if(typeof t.type=="string"){var n,o=t.props;for(var r in o)if(r!=="children"){var s=o[r];s instanceof U&&(n||(t.__np=n={}),n[r]=s,o[r]=s.peek())}}e(t)});ee("__r",function(e,t){xe();var n,o=t.__c;o&&(o.__$f&=-2,(n=o.__$u)===void 0&&(o.__$u=n=function(r){var s;return J(function(){s=this}),s.c=function(){o.__$f|=1,o.setState({})},s}())),tt=o,xe(n),e(t)});ee("__e",function(e,t,n,o){xe(),tt=void 0,e(t,n,o)});ee("diffed",function(e,t){xe(),tt=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var o=t.__np,r=t.props;if(o){var s=n.U;if(s)for(var i in s){var c=s[i];c!==void 0&&!(i in o)&&(c.d(),s[i]=void 0)}else n.U=s={};for(var u in o){var l=s[u],p=o[u];l===void 0?(l=Wn(n,u,p,r),s[u]=l):l.o(p,r)}}}e(t)});function Wn(e,t,n,o){var r=t in e&&e.ownerSVGElement===void 0,s=G(n);return{o:function(i,c){s.value=i,o=c},d:J(function(){var i=s.value.value;o[t]!==i&&(o[t]=i,r?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}ee("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var o=n.U;if(o){n.U=void 0;for(var r in o){var s=o[r];s&&s.d()}}}}else{var i=t.__c;if(i){var c=i.__$u;c&&(i.__$u=void 0,c.d())}}e(t)});ee("__h",function(e,t,n,o){(o<3||o===9)&&(t.__$f|=2),e(t,n,o)});q.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var o in t)return!0;for(var r in e)if(r!=="__source"&&e[r]!==this.props[r])return!0;for(var s in this.props)if(!(s in e))return!0;return!1};function qn(e){return Xe(function(){return G(e)},[])}var Vn=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],Zn=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function Xt(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,o=new Uint32Array(n*16);t.forEach((u,l)=>o[l>>2]|=u<<l%4*8),o[t.length>>2]|=128<<t.length%4*8,o[n*16-2]=t.length*8>>>0,o[n*16-1]=Math.floor(t.length/536870912);let[r,s,i,c]=[1732584193,4023233417,2562383102,271733878];for(let u=0;u<o.length;u+=16){let[l,p,d,_]=[r,s,i,c];for(let f=0;f<64;f++){let $=f>>4,g,w;$===0?[g,w]=[p&d|~p&_,f]:$===1?[g,w]=[_&p|~_&d,(5*f+1)%16]:$===2?[g,w]=[p^d^_,(3*f+5)%16]:[g,w]=[d^(p|~_),7*f%16];let v=Vn[$*4+f%4],y=l+g+Zn[f]+o[u+w]>>>0;[l,_,d]=[_,d,p],p=p+(y<<v|y>>>32-v)>>>0}[r,s,i,c]=[r+l>>>0,s+p>>>0,i+d>>>0,c+_>>>0]}return[r,s,i,c].map(u=>[0,8,16,24].map(l=>(u>>>l&255).toString(16).padStart(2,"0")).join("")).join("")}var nt="edgepbx.session",N=G(Jn());function Jn(){try{return JSON.parse(sessionStorage.getItem(nt))||null}catch{return null}}var Xn=30*60*1e3,Yt=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>Yt=Date.now(),{passive:!0});setInterval(()=>N.value&&Date.now()-Yt>Xn&&Se(),60*1e3);var B=class extends Error{constructor(t,n){let o={},r=n&&n.data;if(t===400&&r&&typeof r=="object")for(let[s,i]of Object.entries(r)){let c=i&&typeof i=="object"?Object.values(i)[0]:null;o[s]=c&&c.message||String(i)}super(n&&(n.message||r&&r.message)||`HTTP ${t}`),this.status=t,this.fields=o}};async function L(e,t,n){let o=N.value,r={Accept:"application/json"};o&&(r["X-Auth-Token"]=o.token),n!==void 0&&(r["Content-Type"]="application/json");let s=await fetch("/v2/"+t,{method:e,headers:r,body:n===void 0?void 0:JSON.stringify({data:n})}),i=await s.json().catch(()=>null);if(s.status===401&&o&&t!=="user_auth"&&Se(),!s.ok)throw new B(s.status,i);return i}async function Kt(e){let t=await fetch("/v2/"+te(e),{headers:{"X-Auth-Token":N.value.token,Accept:"audio/*"}});if(!t.ok)throw new B(t.status,await t.json().catch(()=>null));return t.blob()}var te=e=>`accounts/${N.value.account}/${e}`,b=async e=>(await L("GET",te(e))).data,A=async(e,t)=>(await L("PUT",te(e),t)).data,R=async(e,t)=>(await L("POST",te(e),t)).data,ke=async(e,t)=>(await L("PATCH",te(e),t)).data,F=async e=>(await L("DELETE",te(e))).data,Qt=(e,t,n)=>L("PUT","user_auth",{credentials:Xt(`${t.toLowerCase()}:${n}`),account_name:e});async function en(e,t,n){let o=await Qt(e,t,n),r={token:o.auth_token,account:o.data.account_id,owner:o.data.owner_id,accountName:e};sessionStorage.setItem(nt,JSON.stringify(r)),N.value=r}function Se(){sessionStorage.removeItem(nt),N.value=null}async function tn(e,t){try{return await Qt(N.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var a={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension and their phones?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",passwordShort:"At least 8 characters",failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"}};function x({id:e,label:t,value:n,onInput:o,error:r,type:s="text",required:i,autocomplete:c,inputmode:u}){let l=`${e}-error`;return m`<div class="field">
    <label for=${e}>${t}</label>
    <input
      id=${e}
      name=${e}
      type=${s}
      value=${n}
      required=${i}
      autocomplete=${c}
      inputmode=${u}
      aria-invalid=${r?"true":void 0}
      aria-describedby=${r?l:void 0}
      onInput=${p=>o(p.target.value)}
    />
    ${r&&m`<p class="error" id=${l} role="alert">${r}</p>`}
  </div>`}function k({message:e}){return e?m`<p class="banner" role="alert">${e}</p>`:null}function nn(){let[e,t]=h({account:"",username:"",password:""}),[n,o]=h(!1),[r,s]=h(""),i=u=>l=>t({...e,[u]:l});async function c(u){u.preventDefault(),o(!0),s("");try{await en(e.account.trim(),e.username.trim(),e.password)}catch(l){s(l.status===401?a.badLogin:l.message),o(!1)}}return m`<main class="login">
    <form onSubmit=${c} aria-label=${a.login}>
      <h1>${a.app}</h1>
      <${k} message=${r} />
      <${x} id="account" label=${a.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${x} id="username" label=${a.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${x} id="password" label=${a.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?a.signingIn:a.login}</button>
    </form>
  </main>`}var Yn=5e3;async function Kn(){let e=await b("resources?paginate=false");return(await Promise.all(e.map(n=>b(`resources/${n.id}/status`).then(o=>[n,o])))).flatMap(([n,o])=>o.gateways.filter(r=>r.state==="failed").map(r=>a.trunkDown(n.name||n.id,r.server)))}var on=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function Qn(){let[e,t]=await Promise.all([b("devices?with_status=true&paginate=false"),b("channels")]);return{devices:e,calls:t.length}}async function eo(){let[e,t,n,o,r]=await Promise.all([b("users?paginate=false"),b("phone_numbers"),on(L("GET","system_status").then(i=>i.data),null),on(b("sip_bans"),[]),Kn()]),s=Object.values(t.numbers||{});return{users:e.length,numbers:s.length,spare:s.filter(i=>!i.used_by).length,version:n&&n.software_version,alerts:[...o.map(i=>a.banned(i.ip,i.reason)),...r]}}function ne({id:e,label:t,value:n}){return m`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function rn(){let[e,t]=h(null),[n,o]=h(null),[r,s]=h("");D(()=>{eo().then(t,l=>s(l.message));let c=()=>Qn().then(o,l=>s(l.message));c();let u=setInterval(c,Yn);return()=>clearInterval(u)},[]);let i=n?n.devices.filter(c=>c.registered).length:"\u2026";return m`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${a.dashboard}</h2>
    <${k} message=${r} />
    <div class="tiles">
      <${ne} id="users" label=${a.users} value=${e?e.users:"\u2026"} />
      <${ne} id="devices" label=${a.devices} value=${n?n.devices.length:"\u2026"} />
      <${ne} id="registered" label=${a.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${ne} id="calls" label=${a.callsNow} value=${n?n.calls:"\u2026"} />
      <${ne} id="numbers" label=${a.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&m`<${ne} id="version" label=${a.softwareVersion} value=${e.version} />`}
    </div>
    <h3>${a.alerts}</h3>
    ${e&&(e.alerts.length?m`<ul class="alerts">${e.alerts.map(c=>m`<li key=${c}>${c}</li>`)}</ul>`:m`<p class="ok">${a.noAlerts}</p>`)}
  </section>`}var T=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),rt=e=>`${e.first_name} ${e.last_name}`.trim();function ot(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,o=>t[o%t.length]).join("")}function st(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:rt(t),number:t.extension}},ui_metadata:T()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}function Ce(e,t,n){return{...e,type:"mainUserCallflow",owner_id:t.id,name:a.callflowOf(rt(t)),numbers:[n],contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:{}},ui_metadata:T()}}function at(e){return{device_type:"sip_device",name:a.phoneOf(rt(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${ot(10)}`,password:ot(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:T()}}var ce=15;function it(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||T()}}function lt(e,t,n){let o=Math.max(...n.members.map(r=>r.delay+r.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[ot(25)],flow:{module:"ring_group",data:{name:n.name,strategy:"simultaneous",timeout:o,repeats:n.repeats,endpoints:n.members.map(r=>({id:r.id,endpoint_type:"user",delay:r.delay,timeout:r.timeout}))},children:{}},ui_metadata:e.ui_metadata||T()}}function ut(e,t,n,o){return{...e,name:o.name,type:"userGroup",group_id:t.id,numbers:[o.extension],flow:{module:"callflow",data:{id:n.id},children:{_:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}}}},ui_metadata:e.ui_metadata||T()}}function sn(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((o,r)=>({...o,delay:r*n,timeout:n}))}function to(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:null}function no(e,t){if(!(t instanceof B))throw t;let n={},o=[];for(let[r,s]of Object.entries(t.fields)){let i=to(e,r);i?n[i]=s:o.push(`${r}: ${s}`)}throw t.fields=n,o.length&&(t.message=o.join("; ")),t}async function X(e,t,n){try{return await t()}catch(o){for(let r of n.reverse())await r().catch(()=>{});no(e,o)}}async function an(e){let t=[],n=await X("users",()=>A("users",st({},e)),t);t.push(()=>F(`users/${n.id}`));let o=await X("callflows",()=>A("callflows",Ce({},n,e.extension)),t);return t.push(()=>F(`callflows/${o.id}`)),e.phone&&await X("devices",()=>A("devices",at(n)),t),n}async function ln(e,t,n){let o=await b(`users/${e}`),r=await X("users",()=>R(`users/${e}`,st(o,t)),[]);if(n){let s=await b(`callflows/${n}`);await X("callflows",()=>R(`callflows/${n}`,Ce(s,r,t.extension)),[])}else await X("callflows",()=>A("callflows",Ce({},r,t.extension)),[]);return t.phone&&await X("devices",()=>A("devices",at(r)),[]),r}async function un(e){let[t,n]=await Promise.all([b(`callflows?filter_owner_id=${e}&paginate=false`),b(`devices?filter_owner_id=${e}&paginate=false`)]);for(let o of[...t.map(r=>`callflows/${r.id}`),...n.map(r=>`devices/${r.id}`)])await F(o);await F(`users/${e}`)}var oo=5e3;function ct({ownerId:e}){let[t,n]=h([]),[o,r]=h("");return D(()=>{let s=!0;L("GET",`accounts/${N.value.account}`).then(u=>s&&r(u.data.realm||""));async function i(){let u=await b(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),l=await Promise.all(u.map(p=>b(`devices/${p.id}`)));s&&n(l.map((p,d)=>({...p,registered:u[d].registered})))}i().catch(()=>{});let c=setInterval(()=>i().catch(()=>{}),oo);return()=>{s=!1,clearInterval(c)}},[e]),t.map(s=>m`<div class="card" key=${s.id} aria-label=${a.sipCredentials}>
      <h3>${a.sipCredentials}: ${s.name}</h3>
      <dl>
        <dt>${a.sipUser}</dt><dd class="sip-user">${s.sip&&s.sip.username}</dd>
        <dt>${a.sipPassword}</dt><dd class="sip-password">${s.sip&&s.sip.password}</dd>
        <dt>${a.sipRealm}</dt><dd>${o}</dd>
        <dt>${a.status}</dt><dd class=${s.registered?"dot on":"dot"}>${s.registered?a.registered:a.notRegistered}</dd>
      </dl>
    </div>`)}function ro(e,t){let n={};for(let o of["first_name","last_name","username","extension"])e[o].trim()||(n[o]=a.required);return e.extension&&!/^\d{2,8}$/.test(e.extension)&&(n.extension=a.extDigits),t&&e.password.length<8&&(n.password=a.passwordShort),!t&&e.password&&e.password.length<8&&(n.password=a.passwordShort),n}function Ee({user:e,onDone:t}){let n=!e.id,[o,r]=h({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n}),[s,i]=h({}),[c,u]=h(""),[l,p]=h(!1),[d,_]=h(null),f=w=>v=>r({...o,[w]:v});async function $(w){w.preventDefault();let v=ro(o,n);if(i(v),u(""),!Object.keys(v).length){p(!0);try{let y=n?await an(o):await ln(e.id,o,e.callflow&&e.callflow.id);n||o.phone?_(y):t()}catch(y){i(y.fields||{}),u(`${a.failed} ${y.message}`)}p(!1)}}if(d)return m`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${d.first_name} ${d.last_name}</h2>
      <${ct} ownerId=${d.id} />
      <button onClick=${()=>t({...d,extension:o.extension})}>${a.users}</button>
    </section>`;let g=e.devices&&e.devices.length>0;return m`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?a.addUser:a.editUser}</h2>
    <form onSubmit=${$} novalidate>
      <${k} message=${c} />
      <div class="grid">
        <${x} id="first_name" label=${a.firstName} value=${o.first_name} onInput=${f("first_name")} error=${s.first_name} required />
        <${x} id="last_name" label=${a.lastName} value=${o.last_name} onInput=${f("last_name")} error=${s.last_name} required />
        <${x} id="username" label=${a.username} value=${o.username} onInput=${f("username")} error=${s.username} required autocomplete="off" />
        <${x} id="email" label=${a.email} type="email" value=${o.email} onInput=${f("email")} error=${s.email} />
        <${x} id="new_password" label=${a.password} type="password" value=${o.password} onInput=${f("password")} error=${s.password} required=${n} autocomplete="new-password" />
        <${x} id="extension" label=${a.extension} value=${o.extension} onInput=${f("extension")} error=${s.extension} required inputmode="numeric" />
      </div>
      ${!g&&m`<div class="check">
        <input type="checkbox" id="phone" checked=${o.phone} onChange=${w=>r({...o,phone:w.target.checked})} />
        <label for="phone">${a.deskPhone}</label>
      </div>`}
      <div class="bar">
        <button type="submit" disabled=${l}>${l?a.saving:a.save}</button>
        <button type="button" class="plain" onClick=${t}>${a.cancel}</button>
      </div>
    </form>
    ${g&&m`<${ct} ownerId=${e.id} />`}
  </section>`}async function so(){let[e,t,n]=await Promise.all([b("users?paginate=false"),b("callflows?filter_type=mainUserCallflow&paginate=false"),b("devices?with_status=true&paginate=false")]);return e.map(o=>{let r=t.find(s=>s.owner_id===o.id);return{...o,callflow:r,extension:r&&r.numbers?r.numbers[0]:"",devices:n.filter(s=>s.owner_id===o.id)}})}function cn(){let[e,t]=h(null),[n,o]=h(null),[r,s]=h(""),i=()=>so().then(t,u=>s(u.message));D(i,[]);async function c(u){if(confirm(a.confirmDelete(`${u.first_name} ${u.last_name}`))){try{await un(u.id)}catch(l){s(l.message)}i()}}return n?m`<${Ee}
      user=${n}
      onDone=${()=>{o(null),i()}}
    />`:m`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${a.users}</h2>
      <button onClick=${()=>o({})}>${a.addUser}</button>
    </div>
    <${k} message=${r} />
    ${e?e.length===0?m`<p>${a.none}</p>`:m`<table class="list" aria-label=${a.users}>
            <thead><tr><th>${a.name}</th><th>${a.username}</th><th>${a.extension}</th><th>${a.devices}</th><th><span class="sr">${a.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(u=>m`<tr key=${u.id} data-user=${u.username}>
                  <td data-label=${a.name}>${u.first_name} ${u.last_name}</td>
                  <td data-label=${a.username}>${u.username}</td>
                  <td data-label=${a.extension} class="ext">${u.extension}</td>
                  <td data-label=${a.devices}>
                    ${u.devices.map(l=>m`<span class=${l.registered?"dot on":"dot"}>${l.name} · ${l.registered?a.registered:a.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>o(u)} aria-label=${`${a.edit} ${u.username}`}>${a.edit}</button>
                    ${u.id!==N.value.owner&&m`<button class="danger" onClick=${()=>c(u)} aria-label=${`${a.del} ${u.username}`}>${a.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:m`<p>${a.loading}</p>`}
  </section>`}function dn(){let[e,t]=h(null),[n,o]=h("");return D(()=>{Promise.all([b("devices?with_status=true&paginate=false"),b("users?paginate=false")]).then(([r,s])=>{let i=c=>s.find(u=>u.id===c);t(r.map(c=>({...c,owner:i(c.owner_id)})))},r=>o(r.message))},[]),m`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${a.devices}</h2>
    <${k} message=${n} />
    ${e?e.length===0?m`<p>${a.none}</p>`:m`<table class="list" aria-label=${a.devices}>
            <thead><tr><th>${a.name}</th><th>${a.type}</th><th>${a.sipUser}</th><th>${a.owner}</th><th>${a.status}</th></tr></thead>
            <tbody>
              ${e.map(r=>m`<tr key=${r.id}>
                  <td data-label=${a.name}>${r.name}</td>
                  <td data-label=${a.type}>${r.device_type}</td>
                  <td data-label=${a.sipUser}>${r.username}</td>
                  <td data-label=${a.owner}>${r.owner?`${r.owner.first_name} ${r.owner.last_name}`:""}</td>
                  <td data-label=${a.status}><span class=${r.registered?"dot on":"dot"}>${r.registered?a.registered:a.notRegistered}</span></td>
                </tr>`)}
            </tbody>
          </table>`:m`<p>${a.loading}</p>`}
  </section>`}var ao=86400,io=62167219200;function lo({leg:e}){return m`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function uo({call:e}){let[t,n]=h(null),[o,r]=h(!1);async function s(){r(!o),t||n(await b(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return m`<tr class="call" data-call=${e.call_id}>
      <td data-label=${a.when}><button class="plain" aria-expanded=${o} onClick=${s}>${e.datetime}</button></td>
      <td data-label=${a.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${a.to}>${e.dialed_number}</td>
      <td data-label=${a.duration}>${e.duration_seconds}s</td>
      <td data-label=${a.result}>${e.hangup_cause}</td>
    </tr>
    ${o&&m`<tr class="legs"><td colspan="5">
      <h3>${a.legs}</h3>
      ${t?m`<ul>${t.map(i=>m`<${lo} key=${i.id} leg=${i} />`)}</ul>`:a.loading}
    </td></tr>`}`}function fn(){let[e,t]=h(null),[n,o]=h("");return D(()=>{let r=Math.floor(Date.now()/1e3)+io;b(`cdrs/interaction?created_from=${r-7*ao}&created_to=${r+60}&page_size=100`).then(t,s=>o(s.message))},[]),m`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${a.callLogs}</h2>
    <${k} message=${n} />
    ${e?e.length===0?m`<p>${a.none}</p>`:m`<table class="list" aria-label=${a.callLogs}>
            <thead><tr><th>${a.when}</th><th>${a.from}</th><th>${a.to}</th><th>${a.duration}</th><th>${a.result}</th></tr></thead>
            <tbody>${e.map(r=>m`<${uo} key=${r.id} call=${r} />`)}</tbody>
          </table>`:m`<p>${a.loading}</p>`}
  </section>`}var co=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],fo=["undefinedMainNumber","0"],Ne=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],de=e=>({module:"callflow",data:{id:e},children:{}});async function pn(){let e=await b("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(i=>[i.name,i]));for(let i of co){if(t[i])continue;let c=t[`${i}Menu`]||await mo(`${i}Menu`);t[i]=await A("callflows",{name:i,type:"main",numbers:[i],flow:de(c.id),ui_metadata:T()})}let n=t.MainCallflow||await A("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:de(t.MainOpenHours.id)}},ui_metadata:T()}),[o,r]=await Promise.all([b(`callflows/${n.id}`),b("temporal_rules?paginate=false")]),s=await Promise.all(r.filter(i=>i.name==="MainOpenHours"||i.name==="MainLunchHours").map(i=>b(`temporal_rules/${i.id}`)));return{main:o,parts:t,open:s.filter(i=>i.type==="main_weekdays"),lunch:s.filter(i=>i.type==="main_lunchbreak")}}async function mo(e){let t=await A("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:T()});return A("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:T()})}var _n=e=>(e.numbers||[]).filter(t=>!fo.includes(t));async function hn(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=T(),e.main=await R(`callflows/${n.id}`,n)}var mn=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},dt=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`;async function $n(e,t){let[n,...o]=e.open;for(let p of o)await F(`temporal_rules/${p.id}`);let r=[];if(t){let p={...n||{},name:"MainOpenHours",type:"main_weekdays",cycle:"weekly",interval:1,wdays:t.wdays,time_window_start:mn(t.start),time_window_stop:mn(t.stop),ui_metadata:T()};r=[n?await R(`temporal_rules/${n.id}`,p):await A("temporal_rules",p)]}else n&&await F(`temporal_rules/${n.id}`);let{parts:s,main:i}=e,c=new Set([...e.lunch,...e.open,...r].map(p=>p.id)),u=(i.flow&&i.flow.data&&i.flow.data.rules||[]).filter(p=>!c.has(p)),l={};for(let p of u)l[p]=i.flow.children[p];for(let p of e.lunch)l[p.id]=de(s.MainLunchHours.id);for(let p of r)l[p.id]=de(s.MainOpenHours.id);l._=de(r.length?s.MainAfterHours.id:s.MainOpenHours.id),i.flow={module:"temporal_route",data:{rules:[...u,...[...e.lunch,...r].map(p=>p.id)]},children:l},i.ui_metadata=T(),e.main=await R(`callflows/${i.id}`,i),e.open=r}function po({strategy:e,onSaved:t}){let[n,o]=h(""),[r,s]=h(""),i=_n(e.main);async function c(l){s("");try{await hn(e,l),o(""),t()}catch(p){s(Object.values(p.fields||{})[0]||p.message)}}function u(l){l.preventDefault();let p=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(p))return s(a.badNumber);c([...i,p])}return m`<form onSubmit=${u} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${a.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(l=>m`<li key=${l}>
          <span class="main-number">${l}</span>
          <button type="button" class="plain" aria-label=${`${a.remove} ${l}`} onClick=${()=>c(i.filter(p=>p!==l))}>${a.remove}</button>
        </li>`)}
    </ul>
    <${x} id="main_number" label=${a.number} value=${n} onInput=${o} error=${r} inputmode="tel" />
    <button type="submit">${a.addNumber}</button>
  </form>`}function _o({strategy:e,onSaved:t}){let n=e.open[0],[o,r]=h(!!n),[s,i]=h(n?n.wdays||[]:Ne.slice(0,5)),[c,u]=h(n?dt(n.time_window_start||0):"09:00"),[l,p]=h(n?dt(n.time_window_stop||0):"17:00"),[d,_]=h(""),[f,$]=h(!1),g=v=>i(s.includes(v)?s.filter(y=>y!==v):Ne.filter(y=>y===v||s.includes(y)));async function w(v){if(v.preventDefault(),$(!1),o&&!s.length)return _(a.pickDay);if(o&&!(c<l))return _(a.badHours);_("");try{await $n(e,o?{wdays:s,start:c,stop:l}:null),$(!0),t()}catch(y){_(Object.entries(y.fields||{}).map(([S,C])=>`${S}: ${C}`).join("; ")||y.message)}}return m`<form onSubmit=${w} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${a.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!o} onChange=${()=>r(!1)} /><label for="h24">${a.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${o} onChange=${()=>r(!0)} /><label for="hcustom">${a.openCustom}</label></div>
    ${o&&m`<fieldset>
      <legend class="sr">${a.openCustom}</legend>
      <div class="days">
        ${Ne.map(v=>m`<span class="check"><input type="checkbox" id=${"day-"+v} checked=${s.includes(v)} onChange=${()=>g(v)} /><label for=${"day-"+v}>${a.wday[v]}</label></span>`)}
      </div>
      <div class="grid">
        <${x} id="opens" label=${a.opens} type="time" value=${c} onInput=${u} />
        <${x} id="closes" label=${a.closes} type="time" value=${l} onInput=${p} />
      </div>
    </fieldset>`}
    ${d&&m`<p class="error" role="alert">${d}</p>`}
    ${f&&m`<p class="ok" role="status">${a.saved}</p>`}
    <button type="submit">${a.save}</button>
  </form>`}function Oe(){let[e,t]=h(null),[n,o]=h(""),[,r]=h(0);D(()=>{pn().then(t,i=>o(i.message))},[]);let s=()=>r(i=>i+1);return m`<section aria-labelledby="main-h">
    <h2 id="main-h">${a.mainNumber}</h2>
    <${k} message=${n} />
    ${e?m`<div class="stack">
          <${po} strategy=${e} onSaved=${s} />
          <${_o} strategy=${e} onSaved=${s} />
        </div>`:!n&&m`<p>${a.loading}</p>`}
  </section>`}function ho(e,t){return e.length<12?a.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(o=>o.test(e)).length<3?a.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?a.pwUsername:""}function De({username:e,onDone:t}){let[n,o]=h({old:"",next:"",again:""}),[r,s]=h({}),[i,c]=h(""),[u,l]=h(!1),[p,d]=h(!1),_=$=>g=>o({...n,[$]:g});async function f($){$.preventDefault(),d(!1);let g={};n.old||(g.old=a.required);let w=ho(n.next,e);if(w?g.next=w:n.next===n.old&&(g.next=a.pwSame),n.again!==n.next&&(g.again=a.pwMismatch),s(g),!Object.keys(g).length){l(!0),c("");try{if(!await tn(e,n.old)){s({old:a.pwOldWrong});return}await ke(`users/${N.value.owner}`,{password:n.next,require_password_update:!1}),o({old:"",next:"",again:""}),d(!0),t&&t()}catch(v){s(v.fields||{}),c(v.message)}finally{l(!1)}}}return m`<form onSubmit=${f} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${a.changePassword}</h3>
    <p class="hint">${a.pwRules}</p>
    <${k} message=${i} />
    <${x} id="pw_old" label=${a.pwOld} type="password" value=${n.old} onInput=${_("old")} error=${r.old} autocomplete="current-password" />
    <${x} id="pw_new" label=${a.pwNew} type="password" value=${n.next} onInput=${_("next")} error=${r.next||r.password} autocomplete="new-password" />
    <${x} id="pw_again" label=${a.pwAgain} type="password" value=${n.again} onInput=${_("again")} error=${r.again} autocomplete="new-password" />
    ${p&&m`<p class="ok" role="status">${a.pwChanged}</p>`}
    <button type="submit" disabled=${u}>${u?a.saving:a.changePassword}</button>
  </form>`}var ft=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function Me({onDone:e}){let t=`accounts/${N.value.account}`,[n,o]=h(null),[r,s]=h({}),[i,c]=h(""),[u,l]=h(!1);D(()=>{L("GET",t).then(({data:_})=>o({name:_.name||"",timezone:_.timezone||"UTC"}),_=>c(_.message))},[]);async function p(_){if(_.preventDefault(),l(!1),!n.name.trim())return s({name:a.required});s({}),c("");try{await L("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),N.value={...N.value,accountName:n.name.trim()},l(!0),e&&e()}catch(f){s(f.fields||{}),c(f.message)}}if(!n)return m`<${k} message=${i} />${!i&&m`<p>${a.loading}</p>`}`;let d=ft.includes(n.timezone)?ft:[n.timezone,...ft];return m`<form onSubmit=${p} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${a.office}</h3>
    <${k} message=${i} />
    <${x} id="office_name" label=${a.officeName} value=${n.name} onInput=${_=>o({...n,name:_})} error=${r.name} />
    <div class="field">
      <label for="timezone">${a.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${_=>o({...n,timezone:_.target.value})}>
        ${d.map(_=>m`<option key=${_} value=${_}>${_}</option>`)}
      </select>
      ${r.timezone&&m`<p class="error" role="alert">${r.timezone}</p>`}
    </div>
    ${u&&m`<p class="ok" role="status">${a.saved}</p>`}
    <button type="submit">${a.save}</button>
  </form>`}var Y=G(null);async function vn(){let e=await b(`users/${N.value.owner}`);e.require_password_update&&(Y.value={forced:!0,username:e.username})}async function bn(){let e=await b(`users/${N.value.owner}`);Y.value={forced:!1,username:e.username}}function $o(){let[e,t]=h(!1),[n,o]=h([]);return e?m`<${Ee}
      user=${{}}
      onDone=${r=>{t(!1),r&&o([...n,r])}}
    />`:m`<div>
    <h3>${a.firstUsers}</h3>
    <ul class="added">${n.map(r=>m`<li key=${r.username}>${r.first_name} ${r.last_name} · ${r.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${a.addUser}</button>
  </div>`}function gn(){let{forced:e,username:t}=Y.value,[n,o]=h(!e),r=[[a.stepPassword,()=>m`<${De} username=${t} onDone=${()=>o(!0)} />`],[a.stepOffice,()=>m`<${Me} />`],[a.stepUsers,()=>m`<${$o} />`],[a.stepMainNumber,()=>m`<${Oe} />`],[a.stepDone,()=>m`<p>${a.wizardDone}</p>`]],[s,i]=h(0),c=s===r.length-1,[u,l]=r[s],p=s===0&&!n;return m`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${a.wizard}</h2>
    <p class="hint">${a.stepOf(s+1,r.length)}: <strong>${u}</strong></p>
    ${p&&m`<p class="banner" role="alert">${a.pwForced}</p>`}
    <div key=${s}>${l()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${s===0} onClick=${()=>i(s-1)}>${a.back}</button>
      ${c?m`<button type="button" onClick=${()=>Y.value=null}>${a.finish}</button>`:m`<button type="button" disabled=${p} onClick=${()=>i(s+1)}>${a.next}</button>`}
    </div>
  </section>`}function yn(){let[e,t]=h(null),[n,o]=h("");return D(()=>{b(`users/${N.value.owner}`).then(t,r=>o(r.message))},[]),m`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${a.settings}</h2>
    <${k} message=${n} />
    <div class="stack">
      ${e&&m`<${De} username=${e.username} />`}
      <${Me} />
      <div><button type="button" onClick=${()=>bn().catch(r=>o(r.message))}>${a.runWizard}</button></div>
    </div>
  </section>`}var mt=["skip_greeting","skip_instructions","delete_after_notify","announcement_only"],vo=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,wn=e=>e.split(/[\s,;]+/).filter(Boolean);function bo(e){let t={};e.name.trim()||(t.name=a.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=a.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=a.pinDigits);let n=wn(e.notify).find(o=>!vo.test(o));return n&&(t.notify_email_addresses=a.badEmail(n)),t}function xn({box:e,users:t,onDone:n}){let o=!e.id,[r,s]=h({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(mt.map($=>[$,!!e[$]]))}),[i,c]=h({}),[u,l]=h(""),[p,d]=h(!1),_=$=>g=>s({...r,[$]:g});async function f($){$.preventDefault();let g=bo(r);if(c(g),l(""),Object.keys(g).length)return;let w={name:r.name.trim(),mailbox:r.mailbox,notify_email_addresses:wn(r.notify),...Object.fromEntries(mt.map(v=>[v,r[v]]))};w.owner_id=r.owner_id||(o?void 0:null),w.pin=r.pin||(o?void 0:null),d(!0);try{o?await A("vmboxes",w):await ke(`vmboxes/${e.id}`,w),n()}catch(v){c(v.fields||{}),l(`${a.failed} ${v.message}`),d(!1)}}return m`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${o?a.addVmbox:a.editVmbox}</h2>
    <form onSubmit=${f} novalidate>
      <${k} message=${u} />
      <div class="grid">
        <${x} id="vm_name" label=${a.name} value=${r.name} onInput=${_("name")} error=${i.name} required />
        <${x} id="vm_mailbox" label=${a.mailbox} value=${r.mailbox} onInput=${_("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${a.owner}</label>
          <select id="vm_owner" value=${r.owner_id} onChange=${$=>_("owner_id")($.target.value)}>
            <option value="">${a.noOwner}</option>
            ${t.map($=>m`<option key=${$.id} value=${$.id}>${$.first_name} ${$.last_name}</option>`)}
          </select>
          ${i.owner_id&&m`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${x} id="vm_pin" label=${a.pin} type="password" value=${r.pin} onInput=${_("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <${x} id="vm_notify" label=${a.recipients} value=${r.notify} onInput=${_("notify")} error=${i.notify_email_addresses} />
      ${mt.map($=>m`<div class="check" key=${$}>
          <input type="checkbox" id=${"vm_"+$} checked=${r[$]} onChange=${g=>_($)(g.target.checked)} />
          <label for=${"vm_"+$}>${a.vmFlags[$]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${p}>${p?a.saving:a.save}</button>
        <button type="button" class="plain" onClick=${n}>${a.cancel}</button>
      </div>
    </form>
  </section>`}var go=62167219200,yo=e=>new Date((e-go)*1e3).toISOString().slice(0,16).replace("T"," ");function kn({box:e,onDone:t}){let n=`vmboxes/${e.id}/messages`,[o,r]=h(null),[s,i]=h({}),[c,u]=h(""),l=()=>b(`${n}?paginate=false`).then(f=>r(f.filter($=>$.folder!=="deleted")),f=>u(f.message));D(()=>(l(),()=>Object.values(s).forEach(URL.revokeObjectURL)),[]);let p=f=>f.then(l,$=>u($.message));async function d(f){if(s[f.media_id])return s[f.media_id];let $=URL.createObjectURL(await Kt(`${n}/${f.media_id}/raw`));return i(g=>({...g,[f.media_id]:$})),$}async function _(f){try{let $=document.createElement("a");$.href=await d(f),$.download=`${e.mailbox}-${f.media_id}.wav`,$.click()}catch($){u($.message)}}return m`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${a.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${t}>${a.vmboxes}</button>
    </div>
    <${k} message=${c} />
    ${o?o.length===0?m`<p>${a.none}</p>`:m`<table class="list" aria-label=${a.messages}>
            <thead><tr><th>${a.when}</th><th>${a.from}</th><th>${a.duration}</th><th>${a.folder}</th><th><span class="sr">${a.edit}</span></th></tr></thead>
            <tbody>
              ${o.map(f=>m`<tr key=${f.media_id} data-message=${f.media_id} class="message">
                  <td data-label=${a.when}>${f.timestamp?yo(f.timestamp):""}</td>
                  <td data-label=${a.from}>${f.caller_id_name||""} ${f.caller_id_number||""}</td>
                  <td data-label=${a.duration}>${f.length?`${Math.round(f.length/1e3)} s`:""}</td>
                  <td data-label=${a.folder} class="folder">${a.folders[f.folder]||f.folder}</td>
                  <td class="actions">
                    ${s[f.media_id]?m`<audio controls autoplay src=${s[f.media_id]}></audio>`:m`<button onClick=${()=>d(f).catch($=>u($.message))}>${a.play}</button>`}
                    <button class="plain" onClick=${()=>_(f)}>${a.download}</button>
                    ${f.folder==="new"&&m`<button class="plain" onClick=${()=>p(R(`${n}/${f.media_id}`,{folder:"saved"}))}>${a.markHeard}</button>`}
                    <button class="danger" onClick=${()=>confirm(a.confirmDeleteMessage)&&p(F(`${n}/${f.media_id}`))}>${a.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:m`<p>${a.loading}</p>`}
  </section>`}function Sn(){let[e,t]=h(null),[n,o]=h(null),[r,s]=h(null),[i,c]=h(""),u=()=>Promise.all([b("vmboxes?paginate=false"),b("users?paginate=false")]).then(([f,$])=>t({boxes:f,users:$}),f=>c(f.message));D(u,[]);let l=()=>{o(null),s(null),u()};async function p(f){confirm(a.confirmDeleteVmbox(f.name))&&(await F(`vmboxes/${f.id}`).catch($=>c($.message)),u())}async function d(f){try{o(await b(`vmboxes/${f.id}`))}catch($){c($.message)}}if(n)return m`<${xn} box=${n} users=${e.users} onDone=${l} />`;if(r)return m`<${kn} box=${r} onDone=${l} />`;let _=f=>{let $=e.users.find(g=>g.id===f);return $?`${$.first_name} ${$.last_name}`:""};return m`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${a.vmboxes}</h2>
      <button onClick=${()=>o({})}>${a.addVmbox}</button>
    </div>
    <${k} message=${i} />
    ${e?e.boxes.length===0?m`<p>${a.none}</p>`:m`<table class="list" aria-label=${a.vmboxes}>
            <thead><tr><th>${a.name}</th><th>${a.mailbox}</th><th>${a.owner}</th><th>${a.newMessages}</th><th><span class="sr">${a.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map(f=>m`<tr key=${f.id} data-vmbox=${f.mailbox}>
                  <td data-label=${a.name}>${f.name}</td>
                  <td data-label=${a.mailbox}>${f.mailbox}</td>
                  <td data-label=${a.owner}>${_(f.owner_id)}</td>
                  <td data-label=${a.newMessages} class="count">${f.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>s(f)} aria-label=${a.messagesOf(f.name)}>${a.messages}</button>
                    <button class="plain" onClick=${()=>d(f)} aria-label=${`${a.edit} ${f.name}`}>${a.edit}</button>
                    <button class="danger" onClick=${()=>p(f)} aria-label=${`${a.del} ${f.name}`}>${a.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:m`<p>${a.loading}</p>`}
  </section>`}function Pe(e,t){if(!(t instanceof B))throw t;let n={};for(let[o,r]of Object.entries(t.fields))n[e==="userGroup"&&o.startsWith("numbers")?"extension":o.split(".")[0]]=r;throw t.fields=n,t}async function Cn(){let[e,t]=await Promise.all([b("groups?paginate=false"),b("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let o=t.filter(r=>r.group_id===n.id);return{...n,userCf:o.find(r=>r.type==="userGroup"),baseCf:o.find(r=>r.type==="baseGroup")}})}async function En(e){let t=[];try{let n=await A("groups",it({},e));t.push(()=>F(`groups/${n.id}`));let o=await A("callflows",lt({},n,e));t.push(()=>F(`callflows/${o.id}`)),await A("callflows",ut({},n,o,e)).catch(r=>Pe("userGroup",r))}catch(n){for(let o of t.reverse())await o().catch(()=>{});Pe("groups",n)}}async function Nn(e,t){try{let n=await R(`groups/${e.id}`,it(await b(`groups/${e.id}`),t)),o=await R(`callflows/${e.baseCf.id}`,lt(await b(`callflows/${e.baseCf.id}`),n,t)),r=e.userCf?await b(`callflows/${e.userCf.id}`):{},s=ut(r,n,o,t);await(e.userCf?R(`callflows/${e.userCf.id}`,s):A("callflows",s)).catch(i=>Pe("userGroup",i))}catch(n){Pe("groups",n)}}async function On(e){for(let t of[e.userCf,e.baseCf])t&&await F(`callflows/${t.id}`);await F(`groups/${e.id}`)}var oe=e=>/^\d+$/.test(String(e))?Number(e):NaN;function wo(e){let t={};return e.name.trim()||(t.name=a.required),/^\d{2,8}$/.test(e.extension)||(t.extension=a.extDigits),oe(e.repeats)>=1&&oe(e.repeats)<=10||(t.repeats=a.repeatsRange),e.members.length||(t.members=a.pickMember),e.members.length>ce&&(t.members=a.tooManyMembers(ce)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=a.badTimeline),t}function Dn({group:e,users:t,onDone:n}){let[o,r]=h(e.form),[s,i]=h("20"),[c,u]=h({}),[l,p]=h(""),[d,_]=h(!1),f=S=>C=>r({...o,[S]:C}),$=S=>o.members.find(C=>C.id===S),g=S=>r({...o,members:$(S.id)?o.members.filter(C=>C.id!==S.id):[...o.members,{id:S.id,delay:0,timeout:20}]}),w=(S,C,I)=>r({...o,members:o.members.map(H=>H.id===S?{...H,[C]:oe(I)}:H)});async function v(S){S.preventDefault();let C=wo(o);if(u(C),p(""),!Object.keys(C).length){_(!0);try{let I={...o,name:o.name.trim(),repeats:oe(o.repeats)};await(e.id?Nn(e,I):En(I)),n()}catch(I){u(I.fields||{}),p(`${a.failed} ${I.message}`),_(!1)}}}let y=o.members.length>=ce;return m`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?a.editGroup:a.addGroup}</h2>
    <form onSubmit=${v} novalidate>
      <${k} message=${l} />
      <div class="grid">
        <${x} id="group_name" label=${a.name} value=${o.name} onInput=${f("name")} error=${c.name} required />
        <${x} id="group_extension" label=${a.extension} value=${o.extension} onInput=${f("extension")} error=${c.extension} required inputmode="numeric" />
        <${x} id="group_repeats" label=${a.repeats} value=${String(o.repeats)} onInput=${f("repeats")} error=${c.repeats} inputmode="numeric" />
      </div>
      <fieldset>
        <legend>${a.members(o.members.length,ce)}</legend>
        ${c.members&&m`<p class="error" id="members-error" role="alert">${c.members}</p>`}
        <table class="list timeline" aria-label=${a.timeline}>
          <thead><tr><th>${a.member}</th><th>${a.startAfter}</th><th>${a.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(S=>{let C=$(S.id),I=`${S.first_name} ${S.last_name}`;return m`<tr key=${S.id} data-member=${S.username}>
                <td class="check"><input type="checkbox" id=${"m-"+S.id} checked=${!!C} disabled=${!C&&y} onChange=${()=>g(S)} /><label for=${"m-"+S.id}>${I}</label></td>
                <td data-label=${a.startAfter}>${C&&m`<input class="delay" aria-label=${`${a.startAfter} ${I}`} inputmode="numeric" value=${Number.isNaN(C.delay)?"":C.delay} onInput=${H=>w(S.id,"delay",H.target.value)} />`}</td>
                <td data-label=${a.ringFor}>${C&&m`<input class="timeout" aria-label=${`${a.ringFor} ${I}`} inputmode="numeric" value=${Number.isNaN(C.timeout)?"":C.timeout} onInput=${H=>w(S.id,"timeout",H.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${x} id="group_total" label=${a.totalRing} value=${s} onInput=${i} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!o.members.length||!(oe(s)>=1)} onClick=${()=>r({...o,members:sn(o.members,oe(s))})}>${a.distribute}</button>
        </div>
      </fieldset>
      <div class="bar">
        <button type="submit" disabled=${d}>${d?a.saving:a.save}</button>
        <button type="button" class="plain" onClick=${n}>${a.cancel}</button>
      </div>
    </form>
  </section>`}async function xo(e){let t=e.baseCf?await b(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},o=(n.endpoints||[]).map(r=>({id:r.id,delay:Number(r.delay)||0,timeout:Number(r.timeout)||20}));return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,members:o}}function Mn(){let[e,t]=h(null),[n,o]=h(null),[r,s]=h(""),i=()=>Promise.all([Cn(),b("users?paginate=false")]).then(([l,p])=>t({groups:l,users:p}),l=>s(l.message));D(i,[]);async function c(l){try{o({...l,form:await xo(l)})}catch(p){s(p.message)}}async function u(l){confirm(a.confirmDeleteGroup(l.name))&&(await On(l).catch(p=>s(p.message)),i())}return n?m`<${Dn}
      group=${n}
      users=${e.users}
      onDone=${()=>{o(null),i()}}
    />`:m`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${a.groups}</h2>
      <button disabled=${!e} onClick=${()=>o({form:{name:"",extension:"",repeats:1,members:[]}})}>${a.addGroup}</button>
    </div>
    <${k} message=${r} />
    ${e?e.groups.length===0?m`<p>${a.none}</p>`:m`<table class="list" aria-label=${a.groups}>
            <thead><tr><th>${a.name}</th><th>${a.extension}</th><th>${a.memberCount}</th><th><span class="sr">${a.edit}</span></th></tr></thead>
            <tbody>
              ${e.groups.map(l=>m`<tr key=${l.id} data-group=${l.name}>
                  <td data-label=${a.name}>${l.name}</td>
                  <td data-label=${a.extension} class="ext">${l.userCf&&l.userCf.numbers?l.userCf.numbers[0]:""}</td>
                  <td data-label=${a.memberCount}>${typeof l.endpoints=="number"?l.endpoints:Object.keys(l.endpoints||{}).length}</td>
                  <td class="actions">
                    <button onClick=${()=>c(l)} aria-label=${`${a.edit} ${l.name}`}>${a.edit}</button>
                    <button class="danger" onClick=${()=>u(l)} aria-label=${`${a.del} ${l.name}`}>${a.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:m`<p>${a.loading}</p>`}
  </section>`}var pt={dashboard:[a.dashboard,rn],users:[a.users,cn],devices:[a.devices,dn],groups:[a.groups,Mn],calls:[a.callLogs,fn],main:[a.mainNumber,Oe],voicemail:[a.vmboxes,Sn],settings:[a.settings,yn]},Un=()=>location.hash.slice(1)in pt?location.hash.slice(1):"dashboard",Ue=G(Un());addEventListener("hashchange",()=>Ue.value=Un());var Pn=null;J(()=>{let e=N.value;e||(Y.value=null),e&&Pn!==e.token&&(Pn=e.token,vn().catch(()=>{}))});function ko(){if(!N.value)return m`<${nn} />`;let[,e]=pt[Ue.value];return m`<header>
      <strong>${a.app}</strong>
      <nav aria-label=${a.menu}>
        ${Object.entries(pt).map(([t,[n]])=>m`<a href=${"#"+t} aria-current=${Ue.value===t?"page":void 0}>${n}</a>`)}
      </nav>
      <button class="plain" onClick=${Se}>${a.logout}</button>
    </header>
    <main>${Y.value?m`<${gn} />`:m`<${e} key=${Ue.value} />`}</main>`}We(m`<${ko} />`,document.getElementById("app"));
