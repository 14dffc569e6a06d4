var ye,M,At,Ve,Z,Mt,Ft,We,It,Xe,ze,qe,bs,ue={},Tt=[],vs=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ye=Array.isArray;function Y(e,t){for(var n in t)e[n]=t[n];return e}function Ze(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function we(e,t,n){var o,r,a,i={};for(a in t)a=="key"?o=t[a]:a=="ref"?r=t[a]:i[a]=t[a];if(arguments.length>2&&(i.children=arguments.length>3?ye.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(a in e.defaultProps)i[a]===void 0&&(i[a]=e.defaultProps[a]);return ve(e,i,o,r,null)}function ve(e,t,n,o,r){var a={type:e,props:t,key:n,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:r??++At,__i:-1,__u:0};return r==null&&M.vnode!=null&&M.vnode(a),a}function xe(e){return e.children}function K(e,t){this.props=e,this.context=t}function se(e,t){if(t==null)return e.__?se(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?se(e):null}function Ut(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return Ut(e)}}function Pt(e){(!e.__d&&(e.__d=!0)&&Z.push(e)&&!ge.__r++||Mt!==M.debounceRendering)&&((Mt=M.debounceRendering)||Ft)(ge)}function ge(){var e,t,n,o,r,a,i,u;for(Z.sort(We);e=Z.shift();)e.__d&&(t=Z.length,o=void 0,a=(r=(n=e).__v).__e,i=[],u=[],n.__P&&((o=Y({},r)).__v=r.__v+1,M.vnode&&M.vnode(o),Ke(n.__P,o,r,n.__n,n.__P.namespaceURI,32&r.__u?[a]:null,i,a??se(r),!!(32&r.__u),u),o.__v=r.__v,o.__.__k[o.__i]=o,Rt(i,o,u),o.__e!=a&&Ut(o)),Z.length>t&&Z.sort(We));ge.__r=0}function jt(e,t,n,o,r,a,i,u,c,l,f){var m,_,h,p,v,g,b=o&&o.__k||Tt,w=t.length;for(c=gs(n,t,b,c,w),m=0;m<w;m++)(h=n.__k[m])!=null&&(_=h.__i===-1?ue:b[h.__i]||ue,h.__i=m,g=Ke(e,h,_,r,a,i,u,c,l,f),p=h.__e,h.ref&&_.ref!=h.ref&&(_.ref&&Je(_.ref,null,h),f.push(h.ref,h.__c||p,h)),v==null&&p!=null&&(v=p),4&h.__u||_.__k===h.__k?c=Bt(h,c,e):typeof h.type=="function"&&g!==void 0?c=g:p&&(c=p.nextSibling),h.__u&=-7);return n.__e=v,c}function gs(e,t,n,o,r){var a,i,u,c,l,f=n.length,m=f,_=0;for(e.__k=new Array(r),a=0;a<r;a++)(i=t[a])!=null&&typeof i!="boolean"&&typeof i!="function"?(c=a+_,(i=e.__k[a]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?ve(null,i,null,null,null):Ye(i)?ve(xe,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?ve(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,u=null,(l=i.__i=ys(i,n,c,m))!==-1&&(m--,(u=n[l])&&(u.__u|=2)),u==null||u.__v===null?(l==-1&&_--,typeof i.type!="function"&&(i.__u|=4)):l!=c&&(l==c-1?_--:l==c+1?_++:(l>c?_--:_++,i.__u|=4))):e.__k[a]=null;if(m)for(a=0;a<f;a++)(u=n[a])!=null&&!(2&u.__u)&&(u.__e==o&&(o=se(u)),Lt(u,u));return o}function Bt(e,t,n){var o,r;if(typeof e.type=="function"){for(o=e.__k,r=0;o&&r<o.length;r++)o[r]&&(o[r].__=e,t=Bt(o[r],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=se(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function ys(e,t,n,o){var r,a,i=e.key,u=e.type,c=t[n];if(c===null||c&&i==c.key&&u===c.type&&!(2&c.__u))return n;if(o>(c!=null&&!(2&c.__u)?1:0))for(r=n-1,a=n+1;r>=0||a<t.length;){if(r>=0){if((c=t[r])&&!(2&c.__u)&&i==c.key&&u===c.type)return r;r--}if(a<t.length){if((c=t[a])&&!(2&c.__u)&&i==c.key&&u===c.type)return a;a++}}return-1}function Ot(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||vs.test(t)?n:n+"px"}function be(e,t,n,o,r){var a;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(t in o)n&&t in n||Ot(e.style,t,"");if(n)for(t in n)o&&n[t]===o[t]||Ot(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")a=t!=(t=t.replace(It,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+a]=n,n?o?n.u=o.u:(n.u=Xe,e.addEventListener(t,a?qe:ze,a)):e.removeEventListener(t,a?qe:ze,a);else{if(r=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function Dt(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=Xe++;else if(t.t<n.u)return;return n(M.event?M.event(t):t)}}}function Ke(e,t,n,o,r,a,i,u,c,l){var f,m,_,h,p,v,g,b,w,F,O,E,D,W,R,ce,Ge,q=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(c=!!(32&n.__u),a=[u=t.__e=n.__e]),(f=M.__b)&&f(t);e:if(typeof q=="function")try{if(b=t.props,w="prototype"in q&&q.prototype.render,F=(f=q.contextType)&&o[f.__c],O=f?F?F.props.value:f.__:o,n.__c?g=(m=t.__c=n.__c).__=m.__E:(w?t.__c=m=new q(b,O):(t.__c=m=new K(b,O),m.constructor=q,m.render=xs),F&&F.sub(m),m.props=b,m.state||(m.state={}),m.context=O,m.__n=o,_=m.__d=!0,m.__h=[],m._sb=[]),w&&m.__s==null&&(m.__s=m.state),w&&q.getDerivedStateFromProps!=null&&(m.__s==m.state&&(m.__s=Y({},m.__s)),Y(m.__s,q.getDerivedStateFromProps(b,m.__s))),h=m.props,p=m.state,m.__v=t,_)w&&q.getDerivedStateFromProps==null&&m.componentWillMount!=null&&m.componentWillMount(),w&&m.componentDidMount!=null&&m.__h.push(m.componentDidMount);else{if(w&&q.getDerivedStateFromProps==null&&b!==h&&m.componentWillReceiveProps!=null&&m.componentWillReceiveProps(b,O),!m.__e&&(m.shouldComponentUpdate!=null&&m.shouldComponentUpdate(b,m.__s,O)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(m.props=b,m.state=m.__s,m.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(de){de&&(de.__=t)}),E=0;E<m._sb.length;E++)m.__h.push(m._sb[E]);m._sb=[],m.__h.length&&i.push(m);break e}m.componentWillUpdate!=null&&m.componentWillUpdate(b,m.__s,O),w&&m.componentDidUpdate!=null&&m.__h.push(function(){m.componentDidUpdate(h,p,v)})}if(m.context=O,m.props=b,m.__P=e,m.__e=!1,D=M.__r,W=0,w){for(m.state=m.__s,m.__d=!1,D&&D(t),f=m.render(m.props,m.state,m.context),R=0;R<m._sb.length;R++)m.__h.push(m._sb[R]);m._sb=[]}else do m.__d=!1,D&&D(t),f=m.render(m.props,m.state,m.context),m.state=m.__s;while(m.__d&&++W<25);m.state=m.__s,m.getChildContext!=null&&(o=Y(Y({},o),m.getChildContext())),w&&!_&&m.getSnapshotBeforeUpdate!=null&&(v=m.getSnapshotBeforeUpdate(h,p)),u=jt(e,Ye(ce=f!=null&&f.type===xe&&f.key==null?f.props.children:f)?ce:[ce],t,n,o,r,a,i,u,c,l),m.base=t.__e,t.__u&=-161,m.__h.length&&i.push(m),g&&(m.__E=m.__=null)}catch(de){if(t.__v=null,c||a!=null)if(de.then){for(t.__u|=c?160:128;u&&u.nodeType==8&&u.nextSibling;)u=u.nextSibling;a[a.indexOf(u)]=null,t.__e=u}else for(Ge=a.length;Ge--;)Ze(a[Ge]);else t.__e=n.__e,t.__k=n.__k;M.__e(de,t,n)}else a==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):u=t.__e=ws(n.__e,t,n,o,r,a,i,c,l);return(f=M.diffed)&&f(t),128&t.__u?void 0:u}function Rt(e,t,n){for(var o=0;o<n.length;o++)Je(n[o],n[++o],n[++o]);M.__c&&M.__c(t,e),e.some(function(r){try{e=r.__h,r.__h=[],e.some(function(a){a.call(r)})}catch(a){M.__e(a,r.__v)}})}function ws(e,t,n,o,r,a,i,u,c){var l,f,m,_,h,p,v,g=n.props,b=t.props,w=t.type;if(w=="svg"?r="http://www.w3.org/2000/svg":w=="math"?r="http://www.w3.org/1998/Math/MathML":r||(r="http://www.w3.org/1999/xhtml"),a!=null){for(l=0;l<a.length;l++)if((h=a[l])&&"setAttribute"in h==!!w&&(w?h.localName==w:h.nodeType==3)){e=h,a[l]=null;break}}if(e==null){if(w==null)return document.createTextNode(b);e=document.createElementNS(r,w,b.is&&b),u&&(M.__m&&M.__m(t,a),u=!1),a=null}if(w===null)g===b||u&&e.data===b||(e.data=b);else{if(a=a&&ye.call(e.childNodes),g=n.props||ue,!u&&a!=null)for(g={},l=0;l<e.attributes.length;l++)g[(h=e.attributes[l]).name]=h.value;for(l in g)if(h=g[l],l!="children"){if(l=="dangerouslySetInnerHTML")m=h;else if(!(l in b)){if(l=="value"&&"defaultValue"in b||l=="checked"&&"defaultChecked"in b)continue;be(e,l,null,h,r)}}for(l in b)h=b[l],l=="children"?_=h:l=="dangerouslySetInnerHTML"?f=h:l=="value"?p=h:l=="checked"?v=h:u&&typeof h!="function"||g[l]===h||be(e,l,h,g[l],r);if(f)u||m&&(f.__html===m.__html||f.__html===e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(m&&(e.innerHTML=""),jt(e,Ye(_)?_:[_],t,n,o,w=="foreignObject"?"http://www.w3.org/1999/xhtml":r,a,i,a?a[0]:n.__k&&se(n,0),u,c),a!=null)for(l=a.length;l--;)Ze(a[l]);u||(l="value",w=="progress"&&p==null?e.removeAttribute("value"):p!==void 0&&(p!==e[l]||w=="progress"&&!p||w=="option"&&p!==g[l])&&be(e,l,p,g[l],r),l="checked",v!==void 0&&v!==e[l]&&be(e,l,v,g[l],r))}return e}function Je(e,t,n){try{if(typeof e=="function"){var o=typeof e.__u=="function";o&&e.__u(),o&&t==null||(e.__u=e(t))}else e.current=t}catch(r){M.__e(r,n)}}function Lt(e,t,n){var o,r;if(M.unmount&&M.unmount(e),(o=e.ref)&&(o.current&&o.current!==e.__e||Je(o,null,t)),(o=e.__c)!=null){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(a){M.__e(a,t)}o.base=o.__P=null}if(o=e.__k)for(r=0;r<o.length;r++)o[r]&&Lt(o[r],t,n||typeof e.type!="function");n||Ze(e.__e),e.__c=e.__=e.__e=void 0}function xs(e,t,n){return this.constructor(e,n)}function Qe(e,t,n){var o,r,a,i;t==document&&(t=document.documentElement),M.__&&M.__(e,t),r=(o=typeof n=="function")?null:n&&n.__k||t.__k,a=[],i=[],Ke(t,e=(!o&&n||t).__k=we(xe,null,[e]),r||ue,ue,t.namespaceURI,!o&&n?[n]:r?null:t.firstChild?ye.call(t.childNodes):null,a,!o&&n?n:r?r.__e:t.firstChild,o,i),Rt(a,e,i)}ye=Tt.slice,M={__e:function(e,t,n,o){for(var r,a,i;t=t.__;)if((r=t.__c)&&!r.__)try{if((a=r.constructor)&&a.getDerivedStateFromError!=null&&(r.setState(a.getDerivedStateFromError(e)),i=r.__d),r.componentDidCatch!=null&&(r.componentDidCatch(e,o||{}),i=r.__d),i)return r.__E=r}catch(u){e=u}throw e}},At=0,Ve=function(e){return e!=null&&e.constructor==null},K.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=Y({},this.state),typeof e=="function"&&(e=e(Y({},n),this.props)),e&&Y(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),Pt(this))},K.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Pt(this))},K.prototype.render=xe,Z=[],Ft=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,We=function(e,t){return e.__v.__b-t.__v.__b},ge.__r=0,It=/(PointerCapture)$|Capture$/i,Xe=0,ze=Dt(!1),qe=Dt(!0),bs=0;var Gt=function(e,t,n,o){var r;t[0]=0;for(var a=1;a<t.length;a++){var i=t[a++],u=t[a]?(t[0]|=i?1:2,n[t[a++]]):t[++a];i===3?o[0]=u:i===4?o[1]=Object.assign(o[1]||{},u):i===5?(o[1]=o[1]||{})[t[++a]]=u:i===6?o[1][t[++a]]+=u+"":i?(r=e.apply(u,Gt(e,u,n,["",null])),o.push(r),u[0]?t[0]|=2:(t[a-2]=0,t[a]=r)):o.push(u)}return o},Ht=new Map;function Wt(e){var t=Ht.get(this);return t||(t=new Map,Ht.set(this,t)),(t=Gt(this,t.get(e)||(t.set(e,t=function(n){for(var o,r,a=1,i="",u="",c=[0],l=function(_){a===1&&(_||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?c.push(0,_,i):a===3&&(_||i)?(c.push(3,_,i),a=2):a===2&&i==="..."&&_?c.push(4,_,0):a===2&&i&&!_?c.push(5,0,!0,i):a>=5&&((i||!_&&a===5)&&(c.push(a,0,i,r),a=6),_&&(c.push(a,_,0,r),a=6)),i=""},f=0;f<n.length;f++){f&&(a===1&&l(),l(f));for(var m=0;m<n[f].length;m++)o=n[f][m],a===1?o==="<"?(l(),c=[c],a=3):i+=o:a===4?i==="--"&&o===">"?(a=1,i=""):i=o+i[0]:u?o===u?u="":i+=o:o==='"'||o==="'"?u=o:o===">"?(l(),a=1):a&&(o==="="?(a=5,r=i,i=""):o==="/"&&(a<5||n[f][m+1]===">")?(l(),a===3&&(c=c[0]),a=c,(c=c[0]).push(2,0,a),a=0):o===" "||o==="	"||o===`
`||o==="\r"?(l(),a=2):i+=o),a===3&&i==="!--"&&(a=4,c=c[0])}return l(),c}(e)),t),arguments,[])).length>1?t:t[0]}var d=Wt.bind(we);var me,I,et,zt,Ce=0,Qt=[],T=M,qt=T.__b,Vt=T.__r,Xt=T.diffed,Yt=T.__c,Zt=T.unmount,Kt=T.__;function nt(e,t){T.__h&&T.__h(I,e,Ce||t),Ce=0;var n=I.__H||(I.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function $(e){return Ce=1,ks(tn,e)}function ks(e,t,n){var o=nt(me++,2);if(o.t=e,!o.__c&&(o.__=[n?n(t):tn(void 0,t),function(u){var c=o.__N?o.__N[0]:o.__[0],l=o.t(c,u);c!==l&&(o.__N=[l,o.__[1]],o.__c.setState({}))}],o.__c=I,!I.u)){var r=function(u,c,l){if(!o.__c.__H)return!0;var f=o.__c.__H.__.filter(function(_){return!!_.__c});if(f.every(function(_){return!_.__N}))return!a||a.call(this,u,c,l);var m=o.__c.props!==u;return f.forEach(function(_){if(_.__N){var h=_.__[0];_.__=_.__N,_.__N=void 0,h!==_.__[0]&&(m=!0)}}),a&&a.call(this,u,c,l)||m};I.u=!0;var a=I.shouldComponentUpdate,i=I.componentWillUpdate;I.componentWillUpdate=function(u,c,l){if(this.__e){var f=a;a=void 0,r(u,c,l),a=f}i&&i.call(this,u,c,l)},I.shouldComponentUpdate=r}return o.__N||o.__}function C(e,t){var n=nt(me++,3);!T.__s&&en(n.__H,t)&&(n.__=e,n.i=t,I.__H.__h.push(n))}function st(e){return Ce=5,Se(function(){return{current:e}},[])}function Se(e,t){var n=nt(me++,7);return en(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function Cs(){for(var e;e=Qt.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(ke),e.__H.__h.forEach(tt),e.__H.__h=[]}catch(t){e.__H.__h=[],T.__e(t,e.__v)}}T.__b=function(e){I=null,qt&&qt(e)},T.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Kt&&Kt(e,t)},T.__r=function(e){Vt&&Vt(e),me=0;var t=(I=e.__c).__H;t&&(et===I?(t.__h=[],I.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(ke),t.__h.forEach(tt),t.__h=[],me=0)),et=I},T.diffed=function(e){Xt&&Xt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Qt.push(t)!==1&&zt===T.requestAnimationFrame||((zt=T.requestAnimationFrame)||Ss)(Cs)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),et=I=null},T.__c=function(e,t){t.some(function(n){try{n.__h.forEach(ke),n.__h=n.__h.filter(function(o){return!o.__||tt(o)})}catch(o){t.some(function(r){r.__h&&(r.__h=[])}),t=[],T.__e(o,n.__v)}}),Yt&&Yt(e,t)},T.unmount=function(e){Zt&&Zt(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(o){try{ke(o)}catch(r){t=r}}),n.__H=void 0,t&&T.__e(t,n.__v))};var Jt=typeof requestAnimationFrame=="function";function Ss(e){var t,n=function(){clearTimeout(o),Jt&&cancelAnimationFrame(t),setTimeout(e)},o=setTimeout(n,100);Jt&&(t=requestAnimationFrame(n))}function ke(e){var t=I,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),I=t}function tt(e){var t=I;e.__c=e.__(),I=t}function en(e,t){return!e||e.length!==t.length||t.some(function(n,o){return n!==e[o]})}function tn(e,t){return typeof t=="function"?t(e):t}var Es=Symbol.for("preact-signals");function ot(){if(J>1)J--;else{var e,t=!1;for(function(){var r=Ne;for(Ne=void 0;r!==void 0;){var a=r.S;if(a.v===r.v)for(var i=a.t;i!==void 0;i=i.x)i.i===r.i&&(i.i=a.i);r=r.o}}();pe!==void 0;){var n=pe;for(pe=void 0,Ee++;n!==void 0;){var o=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&on(n))try{n.c()}catch(r){t||(e=r,t=!0)}n=o}}if(Ee=0,J--,t)throw e}}var fe,A=void 0;function $e(e){var t=A,n=fe;A=void 0,fe=void 0;try{return e()}finally{A=t,fe=n}}var pe=void 0,J=0,Ee=0;var nn=0,Ne=void 0,Me=0;function sn(e){if(A!==void 0){var t=e.n;if(t===void 0||t.t!==A)return t={i:0,S:e,p:A.s,n:void 0,t:A,e:void 0,x:void 0,r:t},A.s!==void 0&&(A.s.n=t),A.s=t,e.n=t,32&A.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=A.s,t.n=void 0,A.s.n=t,A.s=t),t}}function U(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}U.prototype.brand=Es;U.prototype.h=function(){return!0};U.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:$e(function(){var o;(o=t.W)==null||o.call(t)}))};U.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,o=e.x;n!==void 0&&(n.x=o,e.e=void 0),o!==void 0&&(o.e=n,e.x=void 0),e===this.t&&(this.t=o,o===void 0&&$e(function(){var r;(r=t.Z)==null||r.call(t)}))}};U.prototype.subscribe=function(e){var t=this;return ee(function(){var n=t.value;$e(function(){return e(n)})},{name:"sub"})};U.prototype.valueOf=function(){return this.value};U.prototype.toString=function(){return this.value+""};U.prototype.toJSON=function(){return this.value};U.prototype.peek=function(){var e=this;return $e(function(){return e.value})};Object.defineProperty(U.prototype,"value",{get:function(){var e=sn(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Ee>100)throw new Error("Cycle detected");(function(n){J!==0&&Ee===0&&n.l!==nn&&(n.l=nn,Ne={S:n,v:n.v,i:n.i,o:Ne})})(this),this.v=e,this.i++,Me++,J++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{ot()}}}});function V(e,t){return new U(e,t)}function on(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function rn(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function an(e){for(var t=e.s,n=void 0;t!==void 0;){var o=t.p;t.i===-1?(t.S.U(t),o!==void 0&&(o.n=t.n),t.n!==void 0&&(t.n.p=o)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=o}e.s=n}function Q(e,t){U.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Me-1,this.f=4}Q.prototype=new U;Q.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Me))return!0;if(this.g=Me,this.f|=1,this.i>0&&!on(this))return this.f&=-2,!0;var e=A;try{rn(this),A=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return A=e,an(this),this.f&=-2,!0};Q.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}U.prototype.S.call(this,e)};Q.prototype.U=function(e){if(this.t!==void 0&&(U.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};Q.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(Q.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=sn(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function rt(e,t){return new Q(e,t)}function ln(e){var t=e.j;if(e.j=void 0,typeof t=="function"){J++;var n=A;A=void 0;try{t()}catch(o){throw e.f&=-2,e.f|=8,at(e),o}finally{A=n,ot()}}}function at(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,ln(e)}function Ns(e){if(A!==this)throw new Error("Out-of-order effect");an(this),A=e,this.f&=-2;try{8&this.f&&at(this)}finally{ot()}}function oe(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,fe&&fe.push(this)}oe.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};oe.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,ln(this),rn(this),J++;var e=A;return A=this,Ns.bind(this,e)};oe.prototype.N=function(){2&this.f||(this.f|=2,this.u=pe,pe=this)};oe.prototype.d=function(){this.f|=8,1&this.f||at(this)};oe.prototype.dispose=function(){this.d()};function ee(e,t){var n=new oe(e,t);try{n.c()}catch(r){throw n.d(),r}var o=n.d.bind(n);return o[Symbol.dispose]=o,o}var lt,it;function re(e,t){M[e]=t.bind(null,M[e]||function(){})}function Pe(e){it&&it(),it=e&&e.S()}function cn(e){var t=this,n=e.data,o=Ps(n);o.value=n;var r=Se(function(){for(var a=t.__v;a=a.__;)if(a.__c){a.__c.__$f|=4;break}return t.__$u.c=function(){var i,u=t.__$u.S(),c=r.value;u(),Ve(c)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=c},rt(function(){var i=o.value.value;return i===0?0:i===!0?"":i||""})},[]);return r.value}cn.displayName="_st";Object.defineProperties(U.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:cn},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});re("__b",function(e,t){if(typeof t.type=="string"){var n,o=t.props;for(var r in o)if(r!=="children"){var a=o[r];a instanceof U&&(n||(t.__np=n={}),n[r]=a,o[r]=a.peek())}}e(t)});re("__r",function(e,t){Pe();var n,o=t.__c;o&&(o.__$f&=-2,(n=o.__$u)===void 0&&(o.__$u=n=function(r){var a;return ee(function(){a=this}),a.c=function(){o.__$f|=1,o.setState({})},a}())),lt=o,Pe(n),e(t)});re("__e",function(e,t,n,o){Pe(),lt=void 0,e(t,n,o)});re("diffed",function(e,t){Pe(),lt=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var o=t.__np,r=t.props;if(o){var a=n.U;if(a)for(var i in a){var u=a[i];u!==void 0&&!(i in o)&&(u.d(),a[i]=void 0)}else n.U=a={};for(var c in o){var l=a[c],f=o[c];l===void 0?(l=Ms(n,c,f,r),a[c]=l):l.o(f,r)}}}e(t)});function Ms(e,t,n,o){var r=t in e&&e.ownerSVGElement===void 0,a=V(n);return{o:function(i,u){a.value=i,o=u},d:ee(function(){var i=a.value.value;o[t]!==i&&(o[t]=i,r?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}re("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var o=n.U;if(o){n.U=void 0;for(var r in o){var a=o[r];a&&a.d()}}}}else{var i=t.__c;if(i){var u=i.__$u;u&&(i.__$u=void 0,u.d())}}e(t)});re("__h",function(e,t,n,o){(o<3||o===9)&&(t.__$f|=2),e(t,n,o)});K.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var o in t)return!0;for(var r in e)if(r!=="__source"&&e[r]!==this.props[r])return!0;for(var a in this.props)if(!(a in e))return!0;return!1};function Ps(e){return Se(function(){return V(e)},[])}var Os=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],Ds=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function dn(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,o=new Uint32Array(n*16);t.forEach((c,l)=>o[l>>2]|=c<<l%4*8),o[t.length>>2]|=128<<t.length%4*8,o[n*16-2]=t.length*8>>>0,o[n*16-1]=Math.floor(t.length/536870912);let[r,a,i,u]=[1732584193,4023233417,2562383102,271733878];for(let c=0;c<o.length;c+=16){let[l,f,m,_]=[r,a,i,u];for(let h=0;h<64;h++){let p=h>>4,v,g;p===0?[v,g]=[f&m|~f&_,h]:p===1?[v,g]=[_&f|~_&m,(5*h+1)%16]:p===2?[v,g]=[f^m^_,(3*h+5)%16]:[v,g]=[m^(f|~_),7*h%16];let b=Os[p*4+h%4],w=l+v+Ds[h]+o[c+g]>>>0;[l,_,m]=[_,m,f],f=f+(w<<b|w>>>32-b)>>>0}[r,a,i,u]=[r+l>>>0,a+f>>>0,i+m>>>0,u+_>>>0]}return[r,a,i,u].map(c=>[0,8,16,24].map(l=>(c>>>l&255).toString(16).padStart(2,"0")).join("")).join("")}var ct="edgepbx.session",S=V(As());function As(){try{return JSON.parse(sessionStorage.getItem(ct))||null}catch{return null}}var Fs=30*60*1e3,un=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>un=Date.now(),{passive:!0});setInterval(()=>S.value&&Date.now()-un>Fs&&Oe(),60*1e3);var B=class extends Error{constructor(t,n){let o={},r=n&&n.data;if(t===400&&r&&typeof r=="object")for(let[a,i]of Object.entries(r)){let u=i&&typeof i=="object"?Object.values(i)[0]:null;o[a]=u&&u.message||String(i)}super(n&&(n.message||r&&r.message)||`HTTP ${t}`),this.status=t,this.fields=o,this.body=n}};async function L(e,t,n,o=S.value&&S.value.token){let r=S.value,a={Accept:"application/json"};o&&(a["X-Auth-Token"]=o),n!==void 0&&(a["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:a,body:n===void 0?void 0:JSON.stringify({data:n})}),u=await i.json().catch(()=>null);if(i.status===401&&r&&t!=="user_auth"&&Oe(),!i.ok)throw new B(i.status,u);return u}async function mn(e){let t=await fetch("/v2/"+X(e),{headers:{"X-Auth-Token":S.value.token,Accept:"audio/*"}});if(!t.ok)throw new B(t.status,await t.json().catch(()=>null));return t.blob()}var X=e=>`accounts/${S.value.account}/${e}`,y=async e=>(await L("GET",X(e))).data,P=async(e,t)=>(await L("PUT",X(e),t)).data,j=async(e,t)=>(await L("POST",X(e),t)).data,H=async(e,t)=>(await L("PATCH",X(e),t)).data,N=async e=>(await L("DELETE",X(e))).data,fn=(e,t,n)=>L("PUT","user_auth",{credentials:dn(`${t.toLowerCase()}:${n}`),account_name:e});async function pn(e,t,n){let o=await fn(e,t,n),r={token:o.auth_token,account:o.data.account_id,owner:o.data.owner_id,accountName:e},a=(await L("GET",`accounts/${r.account}/users/${r.owner}`,void 0,r.token)).data;r.admin=a.priv_level==="admin",sessionStorage.setItem(ct,JSON.stringify(r)),S.value=r}function Oe(){sessionStorage.removeItem(ct),S.value=null}async function $n(e,t){try{return await fn(S.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var s={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension and their phones?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"},featureCodes:"Feature codes",fcHint:"Codes dialled from any phone of the office. A code with \u2026 takes a number dialled after it. Turning a code off frees it.",fcWhat:"What it does",fcCode:"Code",fcOn:"On",fcNotRun:"This box does not run this code yet.",fcDigits:"1 to 6 digits",fcTaken:e=>`${e} is already another code`,followMe:"Find me follow me",followMeHint:"A call to your extension rings the phones picked here, each from its start for its ring time.",followMeOn:"Ring my phones by this timeline",pickPhone:"Pick at least one phone",boxSettings:(e,t)=>`PIN and greeting of ${e} (${t})`,newPin:"New PIN (4 to 6 digits)",newPinAgain:"New PIN again",pinMismatch:"The two PINs differ",changePin:"Change PIN",pinChanged:"PIN changed.",uploadGreeting:"Upload greeting",greetingSaved:"Greeting saved.",storage:"Storage (data partition)",storageUse:(e,t)=>`${e.toFixed(1)} GB used of ${t.toFixed(1)} GB`,lastBackup:"Last backup",backupAt:e=>`${e} UTC`,neverBackedUp:"never",certificate:"Certificate expires",certExpires:(e,t)=>`${e} (in ${t} days)`,unknown:"unknown",diskFull:e=>`The data partition is nearly full: ${e} GB free`,certSoon:e=>`The box's certificate expires in ${e} days`,certExpired:"The box's certificate has expired",csvImport:"Import users from a CSV file",csvHint:"A header line, then one user a line. Columns: first_name, last_name, username, extension, password (all needed), email, phone (yes: a desk phone). Nothing is made while a line is wrong.",csvFile:"CSV file",csvProblems:"Lines to fix",csvEmpty:"The file is empty",csvColumns:e=>`Missing columns: ${e}`,csvUnknown:e=>`Unknown columns: ${e}`,csvNoUsers:"No users in the file",csvExtra:"more fields than columns",csvDuplicate:e=>`the same as on line ${e}`,csvLine:(e,t,n)=>`Line ${e}: ${t?`${t}: `:""}${n}`,csvField:{first_name:"first name",last_name:"last name",username:"user name",email:"email",extension:"extension",password:"password"},csvMade:(e,t)=>`${e} of ${t} users made.`,stepMail:"Mail relay",mailRelay:"Mail relay (SMTP)",mailRelayHint:"The server the box sends its mails through: voicemail to email and missed-call alerts.",relayServer:"Server (host name or address)",relayHost:"A host name or IP address",port:"Port",relayPort:"A port from 1 to 65535",relayTls:"Encryption",tlsModes:{if_available:"STARTTLS when offered",always:"TLS always",never:"None"},relayUser:"Login (empty: none)",relayPasswordKeep:"Password (empty: keep the one set)",relayFrom:"Sender address",testTo:"Send a test mail to",sendTest:"Send a test mail",sending:"Sending\u2026",testSent:e=>`Sent to ${e}: the relay took it.`};function k({id:e,label:t,value:n,onInput:o,error:r,type:a="text",required:i,autocomplete:u,inputmode:c}){let l=`${e}-error`;return d`<div class="field">
    <label for=${e}>${t}</label>
    <input
      id=${e}
      name=${e}
      type=${a}
      value=${n}
      required=${i}
      autocomplete=${u}
      inputmode=${c}
      aria-invalid=${r?"true":void 0}
      aria-describedby=${r?l:void 0}
      onInput=${f=>o(f.target.value)}
    />
    ${r&&d`<p class="error" id=${l} role="alert">${r}</p>`}
  </div>`}function x({message:e}){return e?d`<p class="banner" role="alert">${e}</p>`:null}function z({id:e,label:t,checked:n,onChange:o}){return d`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${r=>o(r.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function hn(){let[e,t]=$({account:"",username:"",password:""}),[n,o]=$(!1),[r,a]=$(""),i=c=>l=>t({...e,[c]:l});async function u(c){c.preventDefault(),o(!0),a("");try{await pn(e.account.trim(),e.username.trim(),e.password)}catch(l){a(l.status===401?s.badLogin:l.message),o(!1)}}return d`<main class="login">
    <form onSubmit=${u} aria-label=${s.login}>
      <h1>${s.app}</h1>
      <${x} message=${r} />
      <${k} id="account" label=${s.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${k} id="username" label=${s.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${k} id="password" label=${s.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?s.signingIn:s.login}</button>
    </form>
  </main>`}var Is=5e3;async function Ts(){let e=await y("resources?paginate=false");return(await Promise.all(e.map(n=>y(`resources/${n.id}/status`).then(o=>[n,o])))).flatMap(([n,o])=>o.gateways.filter(r=>r.state==="failed").map(r=>s.trunkDown(n.name||n.id,r.server)))}var _n=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function Us(){let[e,t,n]=await Promise.all([y("devices?with_status=true&paginate=false"),y("channels"),y("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function js(e){var n;let t={};for(let o of e){let r=t[n=o.device_type||"sip_device"]||(t[n]=[0,0]);r[0]+=1,o.registered&&(r[1]+=1)}return Object.entries(t).map(([o,[r,a]])=>[o,r,a]).sort((o,r)=>r[1]-o[1]||o[0].localeCompare(r[0]))}var Bs=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function Rs(){let[e,t,n,o,r,a,i]=await Promise.all([y("users?paginate=false"),y("phone_numbers"),_n(L("GET","system_status").then(c=>c.data),null),_n(y("sip_bans"),[]),Ts(),y("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),y("conferences?paginate=false")]),u=Object.values(t.numbers||{});return{users:e.length,numbers:u.length,spare:u.filter(c=>!c.used_by).length,version:n&&n.software_version,main:Bs(a.flatMap(c=>c.numbers||[])),conference:i.flatMap(c=>c.conference_numbers||[]),box:n&&Gs(n),alerts:[...o.map(c=>s.banned(c.ip,c.reason)),...r,...n?Ws(n):[]]}}var dt=1024**3,Ls=.9,Hs=30;function Gs({storage:e,last_backup:t,certificate:n}){return{storage:e?s.storageUse((e.total_bytes-e.free_bytes)/dt,e.total_bytes/dt):s.unknown,backup:t?s.backupAt(new Date(t.time_unix*1e3).toISOString().slice(0,16).replace("T"," ")):s.neverBackedUp,cert:n?s.certExpires(new Date(n.expires_unix*1e3).toISOString().slice(0,10),n.days_left):s.unknown}}function Ws({storage:e,certificate:t}){let n=[];return e&&e.total_bytes&&1-e.free_bytes/e.total_bytes>=Ls&&n.push(s.diskFull(Math.round(e.free_bytes/dt*10)/10)),t&&t.days_left<Hs&&n.push(t.days_left<0?s.certExpired:s.certSoon(t.days_left)),n}function ae({id:e,label:t,value:n}){return d`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function bn(){let[e,t]=$(null),[n,o]=$(null),[r,a]=$("");C(()=>{Rs().then(t,f=>a(f.message));let c=()=>Us().then(o,f=>a(f.message));c();let l=setInterval(c,Is);return()=>clearInterval(l)},[]);let i=n?n.devices.filter(c=>c.registered).length:"\u2026",u=n?n.ports.filter(c=>c.state==="down"||c.alarm).map(c=>s.portDown(c.name,c.alarm)):[];return d`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${s.dashboard}</h2>
    <${x} message=${r} />
    <div class="tiles">
      <${ae} id="users" label=${s.users} value=${e?e.users:"\u2026"} />
      <${ae} id="devices" label=${s.devices} value=${n?n.devices.length:"\u2026"} />
      <${ae} id="registered" label=${s.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${ae} id="calls" label=${s.callsNow} value=${n?n.calls:"\u2026"} />
      <${ae} id="numbers" label=${s.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&d`<${ae} id="version" label=${s.softwareVersion} value=${e.version} />`}
    </div>
    ${n&&d`<h3>${s.devicesByType}</h3>
      <ul class="by-type">
        ${js(n.devices).map(([c,l,f])=>d`<li key=${c} data-type=${c}>${s.deviceTypes[c]||c}: ${s.registeredOf(f,l)}</li>`)}
      </ul>`}
    ${n&&n.ports.length>0&&d`<h3>${s.analogPorts}</h3>
      <ul class="ports">
        ${n.ports.map(c=>d`<li key=${c.name} data-port=${c.name}><span class=${c.state==="down"?"dot":"dot on"}>${c.name} · ${s.portStates[c.state]||c.state}</span></li>`)}
      </ul>`}
    ${e&&d`<dl class="facts">
      <dt>${s.mainNumbers}</dt><dd data-fact="main">${e.main.join(", ")||s.noneSet}</dd>
      <dt>${s.conferenceNumbers}</dt><dd data-fact="conference">${e.conference.join(", ")||s.noneSet}</dd>
      ${e.box&&d`<dt>${s.storage}</dt><dd data-fact="storage">${e.box.storage}</dd>
        <dt>${s.lastBackup}</dt><dd data-fact="backup">${e.box.backup}</dd>
        <dt>${s.certificate}</dt><dd data-fact="certificate">${e.box.cert}</dd>`}
    </dl>`}
    <h3>${s.alerts}</h3>
    ${e&&([...e.alerts,...u].length?d`<ul class="alerts">${[...e.alerts,...u].map(c=>d`<li key=${c}>${c}</li>`)}</ul>`:d`<p class="ok">${s.noAlerts}</p>`)}
  </section>`}var G=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),mt=e=>`${e.first_name} ${e.last_name}`.trim();function ut(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,o=>t[o%t.length]).join("")}function ft(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:mt(t),number:t.extension}},ui_metadata:G()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}function De(e,t,n){return{...e,type:"mainUserCallflow",owner_id:t.id,name:s.callflowOf(mt(t)),numbers:[n],contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:{}},ui_metadata:G()}}function pt(e){return{device_type:"sip_device",name:s.phoneOf(mt(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${ut(10)}`,password:ut(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:G()}}var he=15;function $t(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||G()}}function ht(e,t,n){let o=Math.max(...n.members.map(r=>r.delay+r.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[ut(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:o,repeats:n.repeats,endpoints:n.members.map(r=>({id:r.id,endpoint_type:"user",delay:r.delay,timeout:r.timeout}))},children:{}},ui_metadata:e.ui_metadata||G()}}var zs=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function _t(e,t,n,o){return{...e,name:o.name,type:"userGroup",group_id:t.id,numbers:[o.extension],flow:{module:"callflow",data:{id:n.id},children:{_:zs(o.next_vmbox)}},ui_metadata:e.ui_metadata||G()}}function vn(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((o,r)=>({...o,delay:r*n,timeout:n}))}function qs(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:null}function Vs(e,t){if(!(t instanceof B))throw t;let n={},o=[];for(let[r,a]of Object.entries(t.fields)){let i=qs(e,r);i?n[i]=a:o.push(`${r}: ${a}`)}throw t.fields=n,o.length&&(t.message=o.join("; ")),t}async function te(e,t,n){try{return await t()}catch(o){for(let r of n.reverse())await r().catch(()=>{});Vs(e,o)}}async function Ae(e){let t=[],n=await te("users",()=>P("users",ft({},e)),t);t.push(()=>N(`users/${n.id}`));let o=await te("callflows",()=>P("callflows",De({},n,e.extension)),t);return t.push(()=>N(`callflows/${o.id}`)),e.phone&&await te("devices",()=>P("devices",pt(n)),t),n}async function gn(e,t,n){let o=await y(`users/${e}`),r=await te("users",()=>j(`users/${e}`,ft(o,t)),[]);if(n){let a=await y(`callflows/${n}`);await te("callflows",()=>j(`callflows/${n}`,De(a,r,t.extension)),[])}else await te("callflows",()=>P("callflows",De({},r,t.extension)),[]);return t.phone&&await te("devices",()=>P("devices",pt(r)),[]),r}async function yn(e){let[t,n]=await Promise.all([y(`callflows?filter_owner_id=${e}&paginate=false`),y(`devices?filter_owner_id=${e}&paginate=false`)]);for(let o of[...t.map(r=>`callflows/${r.id}`),...n.map(r=>`devices/${r.id}`)])await N(o);await N(`users/${e}`)}var Xs=5e3;function bt({ownerId:e}){let[t,n]=$([]),[o,r]=$("");return C(()=>{let a=!0;L("GET",`accounts/${S.value.account}`).then(c=>a&&r(c.data.realm||""));async function i(){let c=await y(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),l=await Promise.all(c.map(f=>y(`devices/${f.id}`)));a&&n(l.map((f,m)=>({...f,registered:c[m].registered})))}i().catch(()=>{});let u=setInterval(()=>i().catch(()=>{}),Xs);return()=>{a=!1,clearInterval(u)}},[e]),t.map(a=>d`<div class="card" key=${a.id} aria-label=${s.sipCredentials}>
      <h3>${s.sipCredentials}: ${a.name}</h3>
      <dl>
        <dt>${s.sipUser}</dt><dd class="sip-user">${a.sip&&a.sip.username}</dd>
        <dt>${s.sipPassword}</dt><dd class="sip-password">${a.sip&&a.sip.password}</dd>
        <dt>${s.sipRealm}</dt><dd>${o}</dd>
        <dt>${s.status}</dt><dd class=${a.registered?"dot on":"dot"}>${a.registered?s.registered:s.notRegistered}</dd>
      </dl>
    </div>`)}function vt(e,t){return e.length<12?s.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(o=>o.test(e)).length<3?s.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?s.pwUsername:""}function ie({username:e,onDone:t}){let[n,o]=$({old:"",next:"",again:""}),[r,a]=$({}),[i,u]=$(""),[c,l]=$(!1),[f,m]=$(!1),_=p=>v=>o({...n,[p]:v});async function h(p){p.preventDefault(),m(!1);let v={};n.old||(v.old=s.required);let g=vt(n.next,e);if(g?v.next=g:n.next===n.old&&(v.next=s.pwSame),n.again!==n.next&&(v.again=s.pwMismatch),a(v),!Object.keys(v).length){l(!0),u("");try{if(!await $n(e,n.old)){a({old:s.pwOldWrong});return}await H(`users/${S.value.owner}`,{password:n.next,require_password_update:!1}),o({old:"",next:"",again:""}),m(!0),t&&t()}catch(b){a(b.fields||{}),u(b.message)}finally{l(!1)}}}return d`<form onSubmit=${h} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${s.changePassword}</h3>
    <p class="hint">${s.pwRules}</p>
    <${x} message=${i} />
    <${k} id="pw_old" label=${s.pwOld} type="password" value=${n.old} onInput=${_("old")} error=${r.old} autocomplete="current-password" />
    <${k} id="pw_new" label=${s.pwNew} type="password" value=${n.next} onInput=${_("next")} error=${r.next||r.password} autocomplete="new-password" />
    <${k} id="pw_again" label=${s.pwAgain} type="password" value=${n.again} onInput=${_("again")} error=${r.again} autocomplete="new-password" />
    ${f&&d`<p class="ok" role="status">${s.pwChanged}</p>`}
    <button type="submit" disabled=${c}>${c?s.saving:s.changePassword}</button>
  </form>`}function gt(e,t){let n={};for(let r of["first_name","last_name","username","extension"])e[r].trim()||(n[r]=s.required);e.extension&&!/^\d{2,8}$/.test(e.extension)&&(n.extension=s.extDigits);let o=(t||e.password)&&vt(e.password,e.username);return o&&(n.password=o),n}function Fe({user:e,onDone:t}){let n=!e.id,[o,r]=$({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n}),[a,i]=$({}),[u,c]=$(""),[l,f]=$(!1),[m,_]=$(null),h=g=>b=>r({...o,[g]:b});async function p(g){g.preventDefault();let b=gt(o,n);if(i(b),c(""),!Object.keys(b).length){f(!0);try{let w=n?await Ae(o):await gn(e.id,o,e.callflow&&e.callflow.id);n||o.phone?_(w):t()}catch(w){i(w.fields||{}),c(`${s.failed} ${w.message}`)}f(!1)}}if(m)return d`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${m.first_name} ${m.last_name}</h2>
      <${bt} ownerId=${m.id} />
      <button onClick=${()=>t({...m,extension:o.extension})}>${s.users}</button>
    </section>`;let v=e.devices&&e.devices.length>0;return d`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?s.addUser:s.editUser}</h2>
    <form onSubmit=${p} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="first_name" label=${s.firstName} value=${o.first_name} onInput=${h("first_name")} error=${a.first_name} required />
        <${k} id="last_name" label=${s.lastName} value=${o.last_name} onInput=${h("last_name")} error=${a.last_name} required />
        <${k} id="username" label=${s.username} value=${o.username} onInput=${h("username")} error=${a.username} required autocomplete="off" />
        <${k} id="email" label=${s.email} type="email" value=${o.email} onInput=${h("email")} error=${a.email} />
        <${k} id="new_password" label=${s.password} type="password" value=${o.password} onInput=${h("password")} error=${a.password} required=${n} autocomplete="new-password" />
        <${k} id="extension" label=${s.extension} value=${o.extension} onInput=${h("extension")} error=${a.extension} required inputmode="numeric" />
      </div>
      ${!v&&d`<div class="check">
        <input type="checkbox" id="phone" checked=${o.phone} onChange=${g=>r({...o,phone:g.target.checked})} />
        <label for="phone">${s.deskPhone}</label>
      </div>`}
      <div class="bar">
        <button type="submit" disabled=${l}>${l?s.saving:s.save}</button>
        <button type="button" class="plain" onClick=${t}>${s.cancel}</button>
      </div>
    </form>
    ${v&&d`<${bt} ownerId=${e.id} />`}
  </section>`}async function Ys(){let[e,t,n]=await Promise.all([y("users?paginate=false"),y("callflows?filter_type=mainUserCallflow&paginate=false"),y("devices?with_status=true&paginate=false")]);return e.map(o=>{let r=t.find(a=>a.owner_id===o.id);return{...o,callflow:r,extension:r&&r.numbers?r.numbers[0]:"",devices:n.filter(a=>a.owner_id===o.id)}})}function wn(){let[e,t]=$(null),[n,o]=$(null),[r,a]=$(""),i=()=>Ys().then(t,c=>a(c.message));C(i,[]);async function u(c){if(confirm(s.confirmDelete(`${c.first_name} ${c.last_name}`))){try{await yn(c.id)}catch(l){a(l.message)}i()}}return n?d`<${Fe}
      user=${n}
      onDone=${()=>{o(null),i()}}
    />`:d`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${s.users}</h2>
      <button onClick=${()=>o({})}>${s.addUser}</button>
    </div>
    <${x} message=${r} />
    ${e?e.length===0?d`<p>${s.none}</p>`:d`<table class="list" aria-label=${s.users}>
            <thead><tr><th>${s.name}</th><th>${s.username}</th><th>${s.extension}</th><th>${s.devices}</th><th><span class="sr">${s.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(c=>d`<tr key=${c.id} data-user=${c.username}>
                  <td data-label=${s.name}>${c.first_name} ${c.last_name}</td>
                  <td data-label=${s.username}>${c.username}</td>
                  <td data-label=${s.extension} class="ext">${c.extension}</td>
                  <td data-label=${s.devices}>
                    ${c.devices.map(l=>d`<span class=${l.registered?"dot on":"dot"}>${l.name} · ${l.registered?s.registered:s.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>o(c)} aria-label=${`${s.edit} ${c.username}`}>${s.edit}</button>
                    ${c.id!==S.value.owner&&d`<button class="danger" onClick=${()=>u(c)} aria-label=${`${s.del} ${c.username}`}>${s.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${s.loading}</p>`}
  </section>`}function xn(){let[e,t]=$(null),[n,o]=$("");return C(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([r,a])=>{let i=u=>a.find(c=>c.id===u);t(r.map(u=>({...u,owner:i(u.owner_id)})))},r=>o(r.message))},[]),d`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${s.devices}</h2>
    <${x} message=${n} />
    ${e?e.length===0?d`<p>${s.none}</p>`:d`<table class="list" aria-label=${s.devices}>
            <thead><tr><th>${s.name}</th><th>${s.type}</th><th>${s.sipUser}</th><th>${s.owner}</th><th>${s.status}</th></tr></thead>
            <tbody>
              ${e.map(r=>d`<tr key=${r.id}>
                  <td data-label=${s.name}>${r.name}</td>
                  <td data-label=${s.type}>${r.device_type}</td>
                  <td data-label=${s.sipUser}>${r.username}</td>
                  <td data-label=${s.owner}>${r.owner?`${r.owner.first_name} ${r.owner.last_name}`:""}</td>
                  <td data-label=${s.status}><span class=${r.registered?"dot on":"dot"}>${r.registered?s.registered:s.notRegistered}</span></td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${s.loading}</p>`}
  </section>`}var Zs=86400,Ks=62167219200;function Js({leg:e}){return d`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function Qs({call:e,withLegs:t}){let[n,o]=$(null),[r,a]=$(!1);async function i(){a(!r),n||o(await y(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return d`<tr class="call" data-call=${e.call_id}>
      <td data-label=${s.when}>${t?d`<button class="plain" aria-expanded=${r} onClick=${i}>${e.datetime}</button>`:e.datetime}</td>
      <td data-label=${s.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${s.to}>${e.dialed_number}</td>
      <td data-label=${s.duration}>${e.duration_seconds}s</td>
      <td data-label=${s.result}>${e.hangup_cause}</td>
    </tr>
    ${r&&d`<tr class="legs"><td colspan="5">
      <h3>${s.legs}</h3>
      ${n?d`<ul>${n.map(u=>d`<${Js} key=${u.id} leg=${u} />`)}</ul>`:s.loading}
    </td></tr>`}`}function kn({path:e,title:t,withLegs:n}){let[o,r]=$(null),[a,i]=$("");return C(()=>{let u=Math.floor(Date.now()/1e3)+Ks;y(`${e}?created_from=${u-7*Zs}&created_to=${u+60}&page_size=100`).then(r,c=>i(c.message))},[]),d`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${x} message=${a} />
    ${o?o.length===0?d`<p>${s.none}</p>`:d`<table class="list" aria-label=${t}>
            <thead><tr><th>${s.when}</th><th>${s.from}</th><th>${s.to}</th><th>${s.duration}</th><th>${s.result}</th></tr></thead>
            <tbody>${o.map(u=>d`<${Qs} key=${u.id} call=${u} withLegs=${n} />`)}</tbody>
          </table>`:d`<p>${s.loading}</p>`}
  </section>`}var Cn=()=>d`<${kn} path="cdrs/interaction" title=${s.callLogs} withLegs=${!0} />`,Sn=()=>d`<${kn} path=${`users/${S.value.owner}/cdrs`} title=${s.myCalls} withLegs=${!1} />`;var eo=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],to=["undefinedMainNumber","0"],Ie=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],_e=e=>({module:"callflow",data:{id:e},children:{}});async function Nn(){let e=await y("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(i=>[i.name,i]));for(let i of eo){if(t[i])continue;let u=t[`${i}Menu`]||await no(`${i}Menu`);t[i]=await P("callflows",{name:i,type:"main",numbers:[i],flow:_e(u.id),ui_metadata:G()})}let n=t.MainCallflow||await P("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:_e(t.MainOpenHours.id)}},ui_metadata:G()}),[o,r]=await Promise.all([y(`callflows/${n.id}`),y("temporal_rules?paginate=false")]),a=await Promise.all(r.filter(i=>i.name==="MainOpenHours"||i.name==="MainLunchHours").map(i=>y(`temporal_rules/${i.id}`)));return{main:o,parts:t,open:a.filter(i=>i.type==="main_weekdays"),lunch:a.filter(i=>i.type==="main_lunchbreak")}}async function no(e){let t=await P("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:G()});return P("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:G()})}var Mn=e=>(e.numbers||[]).filter(t=>!to.includes(t));async function Pn(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=G(),e.main=await j(`callflows/${n.id}`,n)}var En=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},yt=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`;async function On(e,t){let[n,...o]=e.open;for(let f of o)await N(`temporal_rules/${f.id}`);let r=[];if(t){let f={...n||{},name:"MainOpenHours",type:"main_weekdays",cycle:"weekly",interval:1,wdays:t.wdays,time_window_start:En(t.start),time_window_stop:En(t.stop),ui_metadata:G()};r=[n?await j(`temporal_rules/${n.id}`,f):await P("temporal_rules",f)]}else n&&await N(`temporal_rules/${n.id}`);let{parts:a,main:i}=e,u=new Set([...e.lunch,...e.open,...r].map(f=>f.id)),c=(i.flow&&i.flow.data&&i.flow.data.rules||[]).filter(f=>!u.has(f)),l={};for(let f of c)l[f]=i.flow.children[f];for(let f of e.lunch)l[f.id]=_e(a.MainLunchHours.id);for(let f of r)l[f.id]=_e(a.MainOpenHours.id);l._=_e(r.length?a.MainAfterHours.id:a.MainOpenHours.id),i.flow={module:"temporal_route",data:{rules:[...c,...[...e.lunch,...r].map(f=>f.id)]},children:l},i.ui_metadata=G(),e.main=await j(`callflows/${i.id}`,i),e.open=r}function so({strategy:e,onSaved:t}){let[n,o]=$(""),[r,a]=$(""),i=Mn(e.main);async function u(l){a("");try{await Pn(e,l),o(""),t()}catch(f){a(Object.values(f.fields||{})[0]||f.message)}}function c(l){l.preventDefault();let f=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(f))return a(s.badNumber);u([...i,f])}return d`<form onSubmit=${c} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${s.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(l=>d`<li key=${l}>
          <span class="main-number">${l}</span>
          <button type="button" class="plain" aria-label=${`${s.remove} ${l}`} onClick=${()=>u(i.filter(f=>f!==l))}>${s.remove}</button>
        </li>`)}
    </ul>
    <${k} id="main_number" label=${s.number} value=${n} onInput=${o} error=${r} inputmode="tel" />
    <button type="submit">${s.addNumber}</button>
  </form>`}function oo({strategy:e,onSaved:t}){let n=e.open[0],[o,r]=$(!!n),[a,i]=$(n?n.wdays||[]:Ie.slice(0,5)),[u,c]=$(n?yt(n.time_window_start||0):"09:00"),[l,f]=$(n?yt(n.time_window_stop||0):"17:00"),[m,_]=$(""),[h,p]=$(!1),v=b=>i(a.includes(b)?a.filter(w=>w!==b):Ie.filter(w=>w===b||a.includes(w)));async function g(b){if(b.preventDefault(),p(!1),o&&!a.length)return _(s.pickDay);if(o&&!(u<l))return _(s.badHours);_("");try{await On(e,o?{wdays:a,start:u,stop:l}:null),p(!0),t()}catch(w){_(Object.entries(w.fields||{}).map(([F,O])=>`${F}: ${O}`).join("; ")||w.message)}}return d`<form onSubmit=${g} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${s.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!o} onChange=${()=>r(!1)} /><label for="h24">${s.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${o} onChange=${()=>r(!0)} /><label for="hcustom">${s.openCustom}</label></div>
    ${o&&d`<fieldset>
      <legend class="sr">${s.openCustom}</legend>
      <div class="days">
        ${Ie.map(b=>d`<span class="check"><input type="checkbox" id=${"day-"+b} checked=${a.includes(b)} onChange=${()=>v(b)} /><label for=${"day-"+b}>${s.wday[b]}</label></span>`)}
      </div>
      <div class="grid">
        <${k} id="opens" label=${s.opens} type="time" value=${u} onInput=${c} />
        <${k} id="closes" label=${s.closes} type="time" value=${l} onInput=${f} />
      </div>
    </fieldset>`}
    ${m&&d`<p class="error" role="alert">${m}</p>`}
    ${h&&d`<p class="ok" role="status">${s.saved}</p>`}
    <button type="submit">${s.save}</button>
  </form>`}function Te(){let[e,t]=$(null),[n,o]=$(""),[,r]=$(0);C(()=>{Nn().then(t,i=>o(i.message))},[]);let a=()=>r(i=>i+1);return d`<section aria-labelledby="main-h">
    <h2 id="main-h">${s.mainNumber}</h2>
    <${x} message=${n} />
    ${e?d`<div class="stack">
          <${so} strategy=${e} onSaved=${a} />
          <${oo} strategy=${e} onSaved=${a} />
        </div>`:!n&&d`<p>${s.loading}</p>`}
  </section>`}var wt=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function Ue({onDone:e}){let t=`accounts/${S.value.account}`,[n,o]=$(null),[r,a]=$({}),[i,u]=$(""),[c,l]=$(!1);C(()=>{L("GET",t).then(({data:_})=>o({name:_.name||"",timezone:_.timezone||"UTC"}),_=>u(_.message))},[]);async function f(_){if(_.preventDefault(),l(!1),!n.name.trim())return a({name:s.required});a({}),u("");try{await L("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),S.value={...S.value,accountName:n.name.trim()},l(!0),e&&e()}catch(h){a(h.fields||{}),u(h.message)}}if(!n)return d`<${x} message=${i} />${!i&&d`<p>${s.loading}</p>`}`;let m=wt.includes(n.timezone)?wt:[n.timezone,...wt];return d`<form onSubmit=${f} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${s.office}</h3>
    <${x} message=${i} />
    <${k} id="office_name" label=${s.officeName} value=${n.name} onInput=${_=>o({...n,name:_})} error=${r.name} />
    <div class="field">
      <label for="timezone">${s.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${_=>o({...n,timezone:_.target.value})}>
        ${m.map(_=>d`<option key=${_} value=${_}>${_}</option>`)}
      </select>
      ${r.timezone&&d`<p class="error" role="alert">${r.timezone}</p>`}
    </div>
    ${c&&d`<p class="ok" role="status">${s.saved}</p>`}
    <button type="submit">${s.save}</button>
  </form>`}function Dn(e){let t=[],n=[],o="",r=!1,a=1,i=1,u=()=>{n.push(o.trim()),o=""},c=()=>{u(),n.some(l=>l!=="")&&t.push({line:i,fields:n}),n=[],i=a};for(let l=0;l<e.length;l++){let f=e[l];r?f==='"'&&e[l+1]==='"'?(o+='"',l++):f==='"'?r=!1:(f===`
`&&a++,o+=f):f==='"'?r=!0:f===","?u():f===`
`?(a++,c()):f!=="\r"&&(o+=f)}return c(),t}var An=["first_name","last_name","username","email","extension","password","phone"],ro=["first_name","last_name","username","extension","password"],ao=/^(yes|y|true|1)$/i;function io(e){let[t,...n]=Dn(e);if(!t)return{problems:[s.csvEmpty]};let o=t.fields.map(l=>l.toLowerCase().replace(/\s+/g,"_")),r=ro.filter(l=>!o.includes(l));if(r.length)return{problems:[s.csvColumns(r.join(", "))]};let a=o.filter(l=>!An.includes(l));if(a.length)return{problems:[s.csvUnknown(a.join(", "))]};let i=[],u={username:new Map,extension:new Map},c=n.map(({line:l,fields:f})=>{let m=Object.fromEntries(An.map(p=>[p,f[o.indexOf(p)]??""])),_={...m,phone:ao.test(m.phone)},h=gt(_,!0);f.length>o.length&&(h.line=s.csvExtra);for(let p of["username","extension"]){let v=_[p].toLowerCase();v&&u[p].has(v)?h[p]=s.csvDuplicate(u[p].get(v)):u[p].set(v,l)}for(let[p,v]of Object.entries(h))i.push(s.csvLine(l,p==="line"?"":s.csvField[p]||p,v));return{line:l,form:_}});return n.length||i.push(s.csvNoUsers),{forms:c,problems:i}}function Fn({onAdded:e}){let[t,n]=$([]),[o,r]=$(""),[a,i]=$(!1);async function u(c){let l=c.target.files[0];if(r(""),!l)return;let{forms:f,problems:m}=io(await l.text());if(n(m),m.length)return;i(!0);let _=[],h=0;for(let{line:p,form:v}of f)try{let g=await Ae(v);h++,e({...g,extension:v.extension})}catch(g){let b=Object.entries(g.fields||{}).map(([w,F])=>s.csvLine(p,s.csvField[w]||w,F));_.push(...b.length?b:[s.csvLine(p,"",g.message)])}n(_),r(s.csvMade(h,f.length)),i(!1),c.target.value=""}return d`<div class="card">
    <h3>${s.csvImport}</h3>
    <p class="hint">${s.csvHint}</p>
    <div class="field">
      <label for="csv_file">${s.csvFile}</label>
      <input id="csv_file" type="file" accept=".csv,text/csv" disabled=${a} onChange=${u} />
    </div>
    ${o&&d`<p class="ok" role="status">${o}</p>`}
    ${t.length>0&&d`<ul class="errors" aria-label=${s.csvProblems}>${t.map(c=>d`<li key=${c} class="error">${c}</li>`)}</ul>`}
  </div>`}var xt="configs/smtp_client",In=/^[^@\s]+@[^@\s]+$/;function lo(e){let t={};return/^[A-Za-z0-9.:-]{1,253}$/.test(e.relay)||(t.relay=s.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=s.relayPort),e.from&&!In.test(e.from)&&(t.from=s.badEmail(e.from)),t}function je(){let[e,t]=$(null),[n,o]=$(""),[r,a]=$({}),[i,u]=$(""),[c,l]=$("");if(C(()=>{y(xt).then(h=>t({relay:h.relay||"",port:String(h.port||587),tls:h.tls||"if_available",username:h.username||"",password:"",from:h.from||"",passwordSet:!!h.password_set}),h=>u(h.message))},[]),!e)return d`<${x} message=${i} />${!i&&d`<p>${s.loading}</p>`}`;let f=h=>p=>t({...e,[h]:p});async function m(h){h.preventDefault(),l(""),u("");let p=lo(e);if(a(p),Object.keys(p).length)return;let v={relay:e.relay.trim(),port:Number(e.port),tls:e.tls,username:e.username.trim(),from:e.from.trim()||void 0};e.password&&(v.password=e.password);try{await H(xt,v),t({...e,password:"",passwordSet:e.passwordSet||!!e.password}),l(s.saved)}catch(g){a(g.fields||{}),u(g.message)}}async function _(){if(l(""),!In.test(n.trim()))return a({...r,to:s.badEmail(n)});a({}),l(s.sending);try{await j(`${xt}/test`,{to:n.trim()}),l(s.testSent(n.trim()))}catch(h){l(""),a(h.fields||{}),Object.keys(h.fields||{}).length||u(h.message)}}return d`<form onSubmit=${m} aria-labelledby="relay-h" novalidate>
    <h3 id="relay-h">${s.mailRelay}</h3>
    <p class="hint">${s.mailRelayHint}</p>
    <${x} message=${i} />
    <div class="grid">
      <${k} id="relay_host" label=${s.relayServer} value=${e.relay} onInput=${f("relay")} error=${r.relay} />
      <${k} id="relay_port" label=${s.port} value=${e.port} onInput=${f("port")} error=${r.port} inputmode="numeric" />
      <div class="field">
        <label for="relay_tls">${s.relayTls}</label>
        <select id="relay_tls" value=${e.tls} onChange=${h=>f("tls")(h.target.value)}>
          ${Object.entries(s.tlsModes).map(([h,p])=>d`<option key=${h} value=${h}>${p}</option>`)}
        </select>
      </div>
      <${k} id="relay_user" label=${s.relayUser} value=${e.username} onInput=${f("username")} error=${r.username} autocomplete="off" />
      <${k} id="relay_password" label=${e.passwordSet?s.relayPasswordKeep:s.password} type="password" value=${e.password} onInput=${f("password")} error=${r.password} autocomplete="new-password" />
      <${k} id="relay_from" label=${s.relayFrom} value=${e.from} onInput=${f("from")} error=${r.from} />
    </div>
    <div class="bar"><button type="submit">${s.save}</button></div>
    <${k} id="relay_test_to" label=${s.testTo} value=${n} onInput=${o} error=${r.to} type="email" />
    <div class="bar"><button type="button" class="plain" onClick=${_}>${s.sendTest}</button></div>
    ${c&&d`<p class="ok" role="status">${c}</p>`}
  </form>`}var ne=V(null);async function Tn(){let e=await y(`users/${S.value.owner}`);e.require_password_update&&(ne.value={forced:!0,username:e.username})}async function Un(){let e=await y(`users/${S.value.owner}`);ne.value={forced:!1,username:e.username}}function co(){let[e,t]=$(!1),[n,o]=$([]);return e?d`<${Fe}
      user=${{}}
      onDone=${r=>{t(!1),r&&o([...n,r])}}
    />`:d`<div>
    <h3>${s.firstUsers}</h3>
    <ul class="added">${n.map(r=>d`<li key=${r.username}>${r.first_name} ${r.last_name} · ${r.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${s.addUser}</button>
    <${Fn} onAdded=${r=>o(a=>[...a,r])} />
  </div>`}function jn(){let{forced:e,username:t}=ne.value,[n,o]=$(!e),r=[[s.stepPassword,()=>d`<${ie} username=${t} onDone=${()=>o(!0)} />`],[s.stepOffice,()=>d`<${Ue} />`],[s.stepUsers,()=>d`<${co} />`],[s.stepMainNumber,()=>d`<${Te} />`],[s.stepMail,()=>d`<${je} />`],[s.stepDone,()=>d`<p>${s.wizardDone}</p>`]],[a,i]=$(0),u=a===r.length-1,[c,l]=r[a],f=a===0&&!n;return d`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${s.wizard}</h2>
    <p class="hint">${s.stepOf(a+1,r.length)}: <strong>${c}</strong></p>
    ${f&&d`<p class="banner" role="alert">${s.pwForced}</p>`}
    <div key=${a}>${l()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${a===0} onClick=${()=>i(a-1)}>${s.back}</button>
      ${u?d`<button type="button" onClick=${()=>ne.value=null}>${s.finish}</button>`:d`<button type="button" disabled=${f} onClick=${()=>i(a+1)}>${s.next}</button>`}
    </div>
  </section>`}async function uo(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":S.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new B(t.status,n);return n.data}function Bn(){let[e,t]=$(null),[n,o]=$(!1),[r,a]=$(""),[i,u]=$("");async function c(l){if(l.preventDefault(),a(""),u(""),!e)return a(s.pickBundle);o(!0);try{let f=await uo(e);u(s.updateInstalled(f&&f.installed))}catch(f){let m=f.body&&f.body.data&&(f.body.data.message||f.body.data.detail);a(`${s.failed} ${f.message}${typeof m=="string"&&m!==f.message?`: ${m}`:""}`)}o(!1)}return d`<form onSubmit=${c} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${s.softwareUpdate}</h3>
    <p class="hint">${s.updateHint}</p>
    <${x} message=${r} />
    <div class="field">
      <label for="bundle">${s.bundle}</label>
      <input id="bundle" type="file" onChange=${l=>t(l.target.files[0]||null)} />
    </div>
    ${i&&d`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?s.uploading:s.install}</button>
  </form>`}function Rn(){let[e,t]=$(null),[n,o]=$(""),r=()=>y("sip_bans").then(t,i=>i.status===403?t(null):o(i.message));C(r,[]);let a=i=>N(`sip_bans/${encodeURIComponent(i)}`).then(r,u=>o(u.message));return e?d`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${s.sipBans}</h3>
    <${x} message=${n} />
    ${e.length===0?d`<p>${s.noBans}</p>`:d`<ul class="numbers">
          ${e.map(i=>d`<li key=${i.ip} data-ban=${i.ip}>
              <span>${s.banned(i.ip,i.reason)} · ${s.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>a(i.ip)} aria-label=${s.liftBan(i.ip)}>${s.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:d`<${x} message=${n} />`}function Ln(){let[e,t]=$(null),[n,o]=$("");return C(()=>{y(`users/${S.value.owner}`).then(t,r=>o(r.message))},[]),d`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${s.settings}</h2>
    <${x} message=${n} />
    <div class="stack">
      ${e&&d`<${ie} username=${e.username} />`}
      <${Ue} />
      <${je} />
      <${Rn} />
      <${Bn} />
      <div><button type="button" onClick=${()=>Un().catch(r=>o(r.message))}>${s.runWizard}</button></div>
    </div>
  </section>`}var Be=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),kt=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function mo(e,t){let n=await fetch("/v2/"+X(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":S.value.token,"Content-Type":kt(t),Accept:"application/json"},body:t});if(!n.ok)throw new B(n.status,await n.json().catch(()=>null))}async function Hn(e,t){let n=await P("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await mo(n.id,t)}catch(o){throw await N(`media/${n.id}`).catch(()=>{}),o}return n.id}var Ct=e=>N(`media/${e}`).catch(()=>{});var St=["skip_greeting","skip_instructions","delete_after_notify","announcement_only"],fo=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,Gn=e=>e.split(/[\s,;]+/).filter(Boolean);function po(e){let t={};e.name.trim()||(t.name=s.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=s.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=s.pinDigits);let n=Gn(e.notify).find(o=>!fo.test(o));return n&&(t.notify_email_addresses=s.badEmail(n)),t}function Wn({box:e,users:t,onDone:n}){let o=!e.id,[r,a]=$({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(St.map(g=>[g,!!e[g]]))}),[i,u]=$({}),[c,l]=$(""),[f,m]=$(!1),[_,h]=$(null),p=g=>b=>a({...r,[g]:b});async function v(g){g.preventDefault();let b=po(r);if(_&&!Be(_)&&(b.greeting=s.greetingType),u(b),l(""),Object.keys(b).length)return;let w={name:r.name.trim(),mailbox:r.mailbox,notify_email_addresses:Gn(r.notify),...Object.fromEntries(St.map(O=>[O,r[O]]))};w.owner_id=r.owner_id||(o?void 0:null),w.pin=r.pin||(o?void 0:null),m(!0);let F=null;try{_&&(F=await Hn(w.name,_).catch(O=>{throw Object.assign(O,{fields:{greeting:O.fields&&O.fields.media||O.message}})}),w.media={...e.media||{},unavailable:F}),o?await P("vmboxes",w):await H(`vmboxes/${e.id}`,w),F&&e.media&&e.media.unavailable&&await Ct(e.media.unavailable),n()}catch(O){F&&await Ct(F),u(O.fields||{}),l(`${s.failed} ${O.message}`),m(!1)}}return d`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${o?s.addVmbox:s.editVmbox}</h2>
    <form onSubmit=${v} novalidate>
      <${x} message=${c} />
      <div class="grid">
        <${k} id="vm_name" label=${s.name} value=${r.name} onInput=${p("name")} error=${i.name} required />
        <${k} id="vm_mailbox" label=${s.mailbox} value=${r.mailbox} onInput=${p("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${s.owner}</label>
          <select id="vm_owner" value=${r.owner_id} onChange=${g=>p("owner_id")(g.target.value)}>
            <option value="">${s.noOwner}</option>
            ${t.map(g=>d`<option key=${g.id} value=${g.id}>${g.first_name} ${g.last_name}</option>`)}
          </select>
          ${i.owner_id&&d`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${k} id="vm_pin" label=${s.pin} type="password" value=${r.pin} onInput=${p("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${s.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${g=>h(g.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?s.greetingSet:s.greetingNone}</p>
        ${i.greeting&&d`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${k} id="vm_notify" label=${s.recipients} value=${r.notify} onInput=${p("notify")} error=${i.notify_email_addresses} />
      ${St.map(g=>d`<div class="check" key=${g}>
          <input type="checkbox" id=${"vm_"+g} checked=${r[g]} onChange=${b=>p(g)(b.target.checked)} />
          <label for=${"vm_"+g}>${s.vmFlags[g]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${f}>${f?s.saving:s.save}</button>
        <button type="button" class="plain" onClick=${n}>${s.cancel}</button>
      </div>
    </form>
  </section>`}var $o=62167219200,ho=e=>new Date((e-$o)*1e3).toISOString().slice(0,16).replace("T"," ");function Re({box:e,onDone:t}){let n=`vmboxes/${e.id}/messages`,[o,r]=$(null),[a,i]=$({}),u=st([]),[c,l]=$(""),f=()=>y(`${n}?paginate=false`).then(p=>r(p.filter(v=>v.folder!=="deleted")),p=>l(p.message));C(()=>(f(),()=>u.current.forEach(p=>URL.revokeObjectURL(p))),[]);let m=p=>p.then(f,v=>l(v.message));async function _(p){if(a[p.media_id])return a[p.media_id];let v=URL.createObjectURL(await mn(`${n}/${p.media_id}/raw`));return u.current.push(v),i(g=>({...g,[p.media_id]:v})),v}async function h(p){try{let v=document.createElement("a");v.href=await _(p),v.download=`${e.mailbox}-${p.media_id}.wav`,v.click()}catch(v){l(v.message)}}return d`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${s.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${t}>${s.vmboxes}</button>
    </div>
    <${x} message=${c} />
    ${o?o.length===0?d`<p>${s.none}</p>`:d`<table class="list" aria-label=${s.messages}>
            <thead><tr><th>${s.when}</th><th>${s.from}</th><th>${s.duration}</th><th>${s.folder}</th><th><span class="sr">${s.edit}</span></th></tr></thead>
            <tbody>
              ${o.map(p=>d`<tr key=${p.media_id} data-message=${p.media_id} class="message">
                  <td data-label=${s.when}>${p.timestamp?ho(p.timestamp):""}</td>
                  <td data-label=${s.from}>${p.caller_id_name||""} ${p.caller_id_number||""}</td>
                  <td data-label=${s.duration}>${p.length?`${Math.round(p.length/1e3)} s`:""}</td>
                  <td data-label=${s.folder} class="folder">${s.folders[p.folder]||p.folder}</td>
                  <td class="actions">
                    ${a[p.media_id]?d`<audio controls autoplay src=${a[p.media_id]}></audio>`:d`<button onClick=${()=>_(p).catch(v=>l(v.message))}>${s.play}</button>`}
                    <button class="plain" onClick=${()=>h(p)}>${s.download}</button>
                    ${p.folder==="new"&&d`<button class="plain" onClick=${()=>m(j(`${n}/${p.media_id}`,{folder:"saved"}))}>${s.markHeard}</button>`}
                    <button class="danger" onClick=${()=>confirm(s.confirmDeleteMessage)&&m(N(`${n}/${p.media_id}`))}>${s.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${s.loading}</p>`}
  </section>`}function zn(){let[e,t]=$(null),[n,o]=$(null),[r,a]=$(null),[i,u]=$(""),c=()=>Promise.all([y("vmboxes?paginate=false"),y("users?paginate=false")]).then(([h,p])=>t({boxes:h,users:p}),h=>u(h.message));C(c,[]);let l=()=>{o(null),a(null),c()};async function f(h){confirm(s.confirmDeleteVmbox(h.name))&&(await N(`vmboxes/${h.id}`).catch(p=>u(p.message)),c())}async function m(h){try{o(await y(`vmboxes/${h.id}`))}catch(p){u(p.message)}}if(n)return d`<${Wn} box=${n} users=${e.users} onDone=${l} />`;if(r)return d`<${Re} box=${r} onDone=${l} />`;let _=h=>{let p=e.users.find(v=>v.id===h);return p?`${p.first_name} ${p.last_name}`:""};return d`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${s.vmboxes}</h2>
      <button onClick=${()=>o({})}>${s.addVmbox}</button>
    </div>
    <${x} message=${i} />
    ${e?e.boxes.length===0?d`<p>${s.none}</p>`:d`<table class="list" aria-label=${s.vmboxes}>
            <thead><tr><th>${s.name}</th><th>${s.mailbox}</th><th>${s.owner}</th><th>${s.newMessages}</th><th><span class="sr">${s.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map(h=>d`<tr key=${h.id} data-vmbox=${h.mailbox}>
                  <td data-label=${s.name}>${h.name}</td>
                  <td data-label=${s.mailbox}>${h.mailbox}</td>
                  <td data-label=${s.owner}>${_(h.owner_id)}</td>
                  <td data-label=${s.newMessages} class="count">${h.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>a(h)} aria-label=${s.messagesOf(h.name)}>${s.messages}</button>
                    <button class="plain" onClick=${()=>m(h)} aria-label=${`${s.edit} ${h.name}`}>${s.edit}</button>
                    <button class="danger" onClick=${()=>f(h)} aria-label=${`${s.del} ${h.name}`}>${s.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${s.loading}</p>`}
  </section>`}function Le(e,t){if(!(t instanceof B))throw t;let n={};for(let[o,r]of Object.entries(t.fields))n[e==="userGroup"&&o.startsWith("numbers")?"extension":o.split(".")[0]]=r;throw t.fields=n,t}async function qn(){let[e,t]=await Promise.all([y("groups?paginate=false"),y("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let o=t.filter(r=>r.group_id===n.id);return{...n,userCf:o.find(r=>r.type==="userGroup"),baseCf:o.find(r=>r.type==="baseGroup")}})}async function Vn(e){let t=[];try{let n=await P("groups",$t({},e));t.push(()=>N(`groups/${n.id}`));let o=await P("callflows",ht({},n,e));t.push(()=>N(`callflows/${o.id}`)),await P("callflows",_t({},n,o,e)).catch(r=>Le("userGroup",r))}catch(n){for(let o of t.reverse())await o().catch(()=>{});Le("groups",n)}}async function Xn(e,t){try{let n=await j(`groups/${e.id}`,$t(await y(`groups/${e.id}`),t)),o=await j(`callflows/${e.baseCf.id}`,ht(await y(`callflows/${e.baseCf.id}`),n,t)),r=e.userCf?await y(`callflows/${e.userCf.id}`):{},a=_t(r,n,o,t);await(e.userCf?j(`callflows/${e.userCf.id}`,a):P("callflows",a)).catch(i=>Le("userGroup",i))}catch(n){Le("groups",n)}}async function Yn(e){for(let t of[e.userCf,e.baseCf])t&&await N(`callflows/${t.id}`);await N(`groups/${e.id}`)}var le=e=>/^\d+$/.test(String(e))?Number(e):NaN;function _o(e){let t={};return e.name.trim()||(t.name=s.required),/^\d{2,8}$/.test(e.extension)||(t.extension=s.extDigits),le(e.repeats)>=1&&le(e.repeats)<=10||(t.repeats=s.repeatsRange),e.members.length||(t.members=s.pickMember),e.members.length>he&&(t.members=s.tooManyMembers(he)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=s.badTimeline),t}function Zn({id:e,label:t,value:n,onChange:o,options:r,wide:a}){return d`<div class=${a?"field wide":"field"}>
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>o(i.target.value)}>
      ${r.map(([i,u])=>d`<option key=${i} value=${i}>${u}</option>`)}
    </select>
  </div>`}function Kn({group:e,users:t,vmboxes:n,onDone:o}){let[r,a]=$(e.form),[i,u]=$("20"),[c,l]=$({}),[f,m]=$(""),[_,h]=$(!1),p=E=>D=>a({...r,[E]:D}),v=E=>r.members.find(D=>D.id===E),g=E=>a({...r,members:v(E.id)?r.members.filter(D=>D.id!==E.id):[...r.members,{id:E.id,delay:0,timeout:20}]}),b=(E,D,W)=>a({...r,members:r.members.map(R=>R.id===E?{...R,[D]:le(W)}:R)});async function w(E){E.preventDefault();let D=_o(r);if(l(D),m(""),!Object.keys(D).length){h(!0);try{let W=O?r.members.map(ce=>({...ce,delay:0})):r.members,R={...r,members:W,name:r.name.trim(),repeats:le(r.repeats)};await(e.id?Xn(e,R):Vn(R)),o()}catch(W){l(W.fields||{}),m(`${s.failed} ${W.message}`),h(!1)}}}let F=r.members.length>=he,O=r.strategy!=="simultaneous";return d`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?s.editGroup:s.addGroup}</h2>
    <form onSubmit=${w} novalidate>
      <${x} message=${f} />
      <div class="grid">
        <${k} id="group_name" label=${s.name} value=${r.name} onInput=${p("name")} error=${c.name} required />
        <${k} id="group_extension" label=${s.extension} value=${r.extension} onInput=${p("extension")} error=${c.extension} required inputmode="numeric" />
        <${k} id="group_repeats" label=${s.repeats} value=${String(r.repeats)} onInput=${p("repeats")} error=${c.repeats} inputmode="numeric" />
        <${Zn} id="group_strategy" label=${s.strategy} value=${r.strategy} onChange=${p("strategy")} options=${Object.entries(s.strategies)} />
        <${Zn} id="group_next" wide label=${s.nextAction} value=${r.next_vmbox} onChange=${p("next_vmbox")}
          options=${[["",s.notAvailable],...n.map(E=>[E.id,s.toVoicemail(E.name,E.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${s.members(r.members.length,he)}</legend>
        ${c.members&&d`<p class="error" id="members-error" role="alert">${c.members}</p>`}
        <table class="list timeline" aria-label=${s.timeline}>
          <thead><tr><th>${s.member}</th>${!O&&d`<th>${s.startAfter}</th>`}<th>${s.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(E=>{let D=v(E.id),W=`${E.first_name} ${E.last_name}`;return d`<tr key=${E.id} data-member=${E.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+E.id} checked=${!!D} disabled=${!D&&F} onChange=${()=>g(E)} /><label for=${"m-"+E.id}>${W}</label></span></td>
                ${!O&&d`<td data-label=${s.startAfter}>${D&&d`<input class="delay" aria-label=${`${s.startAfter} ${W}`} inputmode="numeric" value=${Number.isNaN(D.delay)?"":D.delay} onInput=${R=>b(E.id,"delay",R.target.value)} />`}</td>`}
                <td data-label=${s.ringFor}>${D&&d`<input class="timeout" aria-label=${`${s.ringFor} ${W}`} inputmode="numeric" value=${Number.isNaN(D.timeout)?"":D.timeout} onInput=${R=>b(E.id,"timeout",R.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${k} id="group_total" label=${s.totalRing} value=${i} onInput=${u} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!r.members.length||!(le(i)>=1)} onClick=${()=>a({...r,members:vn(r.members,le(i))})}>${s.distribute}</button>
        </div>
      </fieldset>
      <div class="bar">
        <button type="submit" disabled=${_}>${_?s.saving:s.save}</button>
        <button type="button" class="plain" onClick=${o}>${s.cancel}</button>
      </div>
    </form>
  </section>`}async function bo(e){let t=e.baseCf?await y(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},o=(n.endpoints||[]).map(a=>({id:a.id,delay:Number(a.delay)||0,timeout:Number(a.timeout)||20})),r=e.userCf?(await y(`callflows/${e.userCf.id}`)).flow.children._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:r&&r.module==="voicemail"?r.data.id:"",members:o}}function Jn(){let[e,t]=$(null),[n,o]=$(null),[r,a]=$(""),i=()=>Promise.all([qn(),y("users?paginate=false"),y("vmboxes?paginate=false")]).then(([l,f,m])=>t({groups:l,users:f,vmboxes:m}),l=>a(l.message));C(i,[]);async function u(l){try{o({...l,form:await bo(l)})}catch(f){a(f.message)}}async function c(l){confirm(s.confirmDeleteGroup(l.name))&&(await Yn(l).catch(f=>a(f.message)),i())}return n?d`<${Kn}
      group=${n}
      users=${e.users}
      vmboxes=${e.vmboxes}
      onDone=${()=>{o(null),i()}}
    />`:d`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${s.groups}</h2>
      <button disabled=${!e} onClick=${()=>o({form:{name:"",extension:"",repeats:1,strategy:"simultaneous",next_vmbox:"",members:[]}})}>${s.addGroup}</button>
    </div>
    <${x} message=${r} />
    ${e?e.groups.length===0?d`<p>${s.none}</p>`:d`<table class="list" aria-label=${s.groups}>
            <thead><tr><th>${s.name}</th><th>${s.extension}</th><th>${s.memberCount}</th><th><span class="sr">${s.edit}</span></th></tr></thead>
            <tbody>
              ${e.groups.map(l=>d`<tr key=${l.id} data-group=${l.name}>
                  <td data-label=${s.name}>${l.name}</td>
                  <td data-label=${s.extension} class="ext">${l.userCf&&l.userCf.numbers?l.userCf.numbers[0]:""}</td>
                  <td data-label=${s.memberCount}>${typeof l.endpoints=="number"?l.endpoints:Object.keys(l.endpoints||{}).length}</td>
                  <td class="actions">
                    <button onClick=${()=>u(l)} aria-label=${`${s.edit} ${l.name}`}>${s.edit}</button>
                    <button class="danger" onClick=${()=>c(l)} aria-label=${`${s.del} ${l.name}`}>${s.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${s.loading}</p>`}
  </section>`}async function vo(){let[e,t]=await Promise.all([y("phone_numbers"),y("callflows?paginate=false")]);return Object.entries(e.numbers||{}).map(([n,o])=>{let r=o.used_by_id&&t.find(a=>a.id===o.used_by_id);return{number:n,usedBy:r?r.name||r.id:o.used_by_id||""}}).sort((n,o)=>n.number.localeCompare(o.number))}function Qn(){let[e,t]=$(null),[n,o]=$(""),[r,a]=$(""),[i,u]=$(""),c=()=>vo().then(t,m=>u(m.message));C(c,[]);async function l(m){m.preventDefault();let _=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(_))return a(s.badPhoneNumber);a("");try{await P(`phone_numbers/${encodeURIComponent(_)}`,{}),o(""),c()}catch(h){a(h.fields.number||h.message)}}async function f(m){confirm(s.confirmDeleteNumber(m))&&(await N(`phone_numbers/${encodeURIComponent(m)}`).catch(_=>u(_.message)),c())}return d`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${s.numbers}</h2>
    <${x} message=${i} />
    ${e?e.length===0?d`<p>${s.none}</p>`:d`<table class="list" aria-label=${s.numbers}>
            <thead><tr><th>${s.number}</th><th>${s.usedBy}</th><th><span class="sr">${s.del}</span></th></tr></thead>
            <tbody>
              ${e.map(m=>d`<tr key=${m.number} data-number=${m.number}>
                  <td data-label=${s.number} class="main-number">${m.number}</td>
                  <td data-label=${s.usedBy} class="used-by">${m.usedBy||s.spare}</td>
                  <td class="actions">${!m.usedBy&&d`<button class="danger" onClick=${()=>f(m.number)} aria-label=${`${s.remove} ${m.number}`}>${s.remove}</button>`}</td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${s.loading}</p>`}
    <form onSubmit=${l} novalidate>
      <${k} id="new_number" label=${s.number} value=${n} onInput=${o} error=${r} inputmode="tel" />
      <button type="submit">${s.addPhoneNumber}</button>
    </form>
  </section>`}var es=e=>e.split(/[\s,;]+/).filter(Boolean);function ts(e){return{name:e.name.trim(),conference_numbers:[e.number],member:{pins:es(e.member_pins),join_muted:e.join_muted},moderator:{pins:es(e.moderator_pins)}}}var Et=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:[n.number],flow:{module:"conference",data:{id:t.id},children:{}}});function ns(e){if(!(e instanceof B))throw e;let t={};for(let[n,o]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=o;throw e.fields=t,e}var ss=e=>y(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function os(e){let t=null;try{t=await P("conferences",ts(e)),await P("callflows",Et({},t,e))}catch(n){t&&await N(`conferences/${t.id}`).catch(()=>{}),ns(n)}}async function rs(e,t){try{let n=await H(`conferences/${e}`,ts(t)),[o]=await ss(e);o?await j(`callflows/${o.id}`,Et(await y(`callflows/${o.id}`),n,t)):await P("callflows",Et({},n,t))}catch(n){ns(n)}}async function as(e){for(let t of await ss(e))await N(`callflows/${t.id}`);await N(`conferences/${e}`)}var go=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function yo(e){let t={};e.name.trim()||(t.name=s.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=s.extDigits);for(let n of["member_pins","moderator_pins"])go.test(e[n].trim())||(t[n]=s.pinList);return t}function is({conf:e,onDone:t}){let n=!e.id,[o,r]=$({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[a,i]=$({}),[u,c]=$(""),[l,f]=$(!1),m=h=>p=>r({...o,[h]:p});async function _(h){h.preventDefault();let p=yo(o);if(i(p),c(""),!Object.keys(p).length){f(!0);try{n?await os(o):await rs(e.id,o),t()}catch(v){i(v.fields||{}),c(`${s.failed} ${v.message}`),f(!1)}}}return d`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?s.addConference:s.editConference}</h2>
    <form onSubmit=${_} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="conf_name" label=${s.name} value=${o.name} onInput=${m("name")} error=${a.name} required />
        <${k} id="conf_number" label=${s.confNumber} value=${o.number} onInput=${m("number")} error=${a.number} required inputmode="tel" />
        <${k} id="conf_member_pins" label=${s.memberPins} value=${o.member_pins} onInput=${m("member_pins")} error=${a.member_pins||a.member} inputmode="numeric" autocomplete="off" />
        <${k} id="conf_moderator_pins" label=${s.moderatorPins} value=${o.moderator_pins} onInput=${m("moderator_pins")} error=${a.moderator_pins||a.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${z} id="conf_join_muted" label=${s.joinMuted} checked=${o.join_muted} onChange=${m("join_muted")} />
      <div class="bar">
        <button type="submit" disabled=${l}>${l?s.saving:s.save}</button>
        <button type="button" class="plain" onClick=${t}>${s.cancel}</button>
      </div>
    </form>
  </section>`}var ls=e=>(e&&e.pins||[]).length;function cs(){let[e,t]=$(null),[n,o]=$(null),[r,a]=$(""),i=()=>y("conferences?paginate=false").then(t,l=>a(l.message));C(i,[]);async function u(l){try{o(await y(`conferences/${l.id}`))}catch(f){a(f.message)}}async function c(l){confirm(s.confirmDeleteConference(l.name))&&(await as(l.id).catch(f=>a(f.message)),i())}return n?d`<${is}
      conf=${n}
      onDone=${()=>{o(null),i()}}
    />`:d`<section aria-labelledby="conf-h">
    <div class="bar">
      <h2 id="conf-h">${s.conferences}</h2>
      <button onClick=${()=>o({})}>${s.addConference}</button>
    </div>
    <${x} message=${r} />
    ${e?e.length===0?d`<p>${s.none}</p>`:d`<table class="list" aria-label=${s.conferences}>
            <thead><tr><th>${s.name}</th><th>${s.confNumber}</th><th>${s.pins}</th><th><span class="sr">${s.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(l=>d`<tr key=${l.id} data-conference=${l.name}>
                  <td data-label=${s.name}>${l.name}</td>
                  <td data-label=${s.confNumber} class="ext">${(l.conference_numbers||[]).join(", ")}</td>
                  <td data-label=${s.pins} class="pins">${s.pinSummary(ls(l.member),ls(l.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>u(l)} aria-label=${`${s.edit} ${l.name}`}>${s.edit}</button>
                    <button class="danger" onClick=${()=>c(l)} aria-label=${`${s.del} ${l.name}`}>${s.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${s.loading}</p>`}
  </section>`}var wo=(e,t)=>({...e,numbers:e.numbers.map(n=>n.replace("{code}",t)),patterns:e.patterns.map(n=>n.replace("{code}",t.replace(/\*/g,"\\*"))),featurecode:{...e.featurecode,number:t}}),xo=e=>/^[0-9*]{1,6}$/.test(e),ko=(e,t)=>(e.star?`*${t}`:t)+(e.takes_digits?"\u2026":"");function Co({row:e,taken:t,onSaved:n}){let[o,r]=$(e.number),[a,i]=$(e.enabled),[u,c]=$(""),[l,f]=$(!1),m=o!==e.number||a!==e.enabled,_=`fc-${e.name.replace(/[^a-z0-9]/gi,"_")}`;async function h(){if(a&&!xo(o))return c(s.fcDigits);if(a&&t(e,o))return c(s.fcTaken(ko(e,o)));c(""),f(!0);try{let p=wo(e.template,o);a?e.enabled?await H(`callflows/${e.callflow_id}`,{numbers:p.numbers,patterns:p.patterns,featurecode:p.featurecode}):await P("callflows",p):await N(`callflows/${e.callflow_id}`),n()}catch(p){c(p.fields.numbers||p.fields.patterns||p.message),f(!1)}}return d`<tr data-code=${e.name} class=${e.handled?"":"muted"}>
    <td data-label=${s.fcWhat}>${e.description}${!e.handled&&d`<br /><small>${s.fcNotRun}</small>`}</td>
    <td data-label=${s.fcCode}>
      <span class="code-input">${e.star?"*":""}<input id=${_} aria-label=${`${s.fcCode}: ${e.description}`} value=${o} inputmode="tel" size="6"
        aria-invalid=${u?"true":void 0} onInput=${p=>r(p.target.value.trim())} disabled=${!a} />${e.takes_digits?"\u2026":""}</span>
      ${u&&d`<p class="error" role="alert">${u}</p>`}
    </td>
    <td data-label=${s.fcOn}><input type="checkbox" aria-label=${`${s.fcOn}: ${e.description}`} checked=${a} disabled=${!e.handled&&!e.enabled}
      onChange=${p=>i(p.target.checked)} /></td>
    <td class="actions">${m&&d`<button type="button" disabled=${l} onClick=${h} aria-label=${`${s.save}: ${e.description}`}>${s.save}</button>`}</td>
  </tr>`}function ds(){let[e,t]=$(null),[n,o]=$(""),r=()=>y("feature_codes").then(t,i=>o(i.message));C(r,[]);let a=(i,u)=>e.some(c=>c!==i&&c.enabled&&c.star===i.star&&c.number===u);return d`<section aria-labelledby="fc-h">
    <h2 id="fc-h">${s.featureCodes}</h2>
    <p class="hint">${s.fcHint}</p>
    <${x} message=${n} />
    ${e?d`<table class="list" aria-label=${s.featureCodes}>
          <thead><tr><th>${s.fcWhat}</th><th>${s.fcCode}</th><th>${s.fcOn}</th><th><span class="sr">${s.save}</span></th></tr></thead>
          <tbody>${e.map(i=>d`<${Co} key=${`${i.name}/${i.callflow_id}/${i.number}`} row=${i} taken=${a} onSaved=${r} />`)}</tbody>
        </table>`:d`<p>${s.loading}</p>`}
  </section>`}var So=/^\+?\d{2,15}$/;function Eo(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function us({user:e,onSaved:t}){let[n,o]=$(Eo(e)),[r,a]=$({}),[i,u]=$(""),[c,l]=$(!1),[f,m]=$(!1),_=p=>v=>{l(!1),o({...n,[p]:v})};async function h(p){p.preventDefault();let v=n.forward&&!So.test(n.number.trim())?{"call_forward.number":s.forwardNumber}:{};if(a(v),u(""),!Object.keys(v).length){m(!0);try{let g=await H(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});l(!0),t&&t(g)}catch(g){a(g.fields||{}),u(`${s.failed} ${g.message}`)}m(!1)}}return d`<form onSubmit=${h} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${s.callHandling}</h3>
    <${x} message=${i} />
    <${z} id="dnd" label=${s.dnd} checked=${n.dnd} onChange=${_("dnd")} />
    <${z} id="forward" label=${s.forward} checked=${n.forward} onChange=${_("forward")} />
    ${n.forward&&d`<fieldset>
      <${k} id="forward_number" label=${s.forwardTo} value=${n.number} onInput=${_("number")} error=${r["call_forward.number"]} inputmode="tel" />
      <${z} id="ring_devices" label=${s.ringDevicesToo} checked=${n.ring_devices} onChange=${_("ring_devices")} />
      <${z} id="direct_calls_only" label=${s.directCallsOnly} checked=${n.direct_calls_only} onChange=${_("direct_calls_only")} />
      <${z} id="keep_caller_id" label=${s.keepCallerId} checked=${n.keep_caller_id} onChange=${_("keep_caller_id")} />
      <${z} id="require_keypress" label=${s.requireKeypress} checked=${n.require_keypress} onChange=${_("require_keypress")} />
    </fieldset>`}
    ${c&&d`<p class="ok" role="status">${s.saved}</p>`}
    <button type="submit" disabled=${f}>${f?s.saving:s.save}</button>
  </form>`}var ms=(e,t)=>/^\d+$/.test(String(e))&&Number(e)>=t&&Number(e)<=300;function fs({userId:e}){let[t,n]=$(null),[o,r]=$(null),[a,i]=$({}),[u,c]=$(""),[l,f]=$(!1),m=(p,v)=>{let g=Object.fromEntries(p.endpoints.map(b=>[b.id,b]));r({enabled:p.enabled,rows:v.map(b=>({id:b.id,name:b.name,on:!!g[b.id],delay:String(g[b.id]?.delay??0),timeout:String(g[b.id]?.timeout??20)}))})};if(C(()=>{Promise.all([y(`users/${e}/find_me_follow_me`),y(`users/${e}/devices`)]).then(([p,v])=>{n(v),m(p,v)},p=>c(p.message))},[]),!o)return d`<div class="card"><h3>${s.followMe}</h3><${x} message=${u} />${!u&&s.loading}</div>`;let _=(p,v,g)=>r({...o,rows:o.rows.map((b,w)=>w===p?{...b,[v]:g}:b)});async function h(p){p.preventDefault(),f(!1),c("");let v=o.rows.filter(b=>b.on),g={};if(o.enabled&&!v.length&&(g.rows=s.pickPhone),o.rows.forEach((b,w)=>{b.on&&(!ms(b.delay,0)||!ms(b.timeout,1))&&(g[w]=s.badTimeline)}),i(g),!Object.keys(g).length)try{let b=v.map(w=>({id:w.id,delay:Number(w.delay),timeout:Number(w.timeout)}));m(await j(`users/${e}/find_me_follow_me`,{enabled:o.enabled,endpoints:o.enabled?b:[]}),t),f(!0)}catch(b){let w={};for(let[F,O]of Object.entries(b.fields||{})){let E=/^endpoints\.(\d+)\./.exec(F);E?w[o.rows.indexOf(v[Number(E[1])])]=O:w.rows=O}i(w),c(`${s.failed} ${b.message}`)}}return d`<form class="card" onSubmit=${h} novalidate aria-labelledby="fmfm-h">
    <h3 id="fmfm-h">${s.followMe}</h3>
    <p class="hint">${s.followMeHint}</p>
    <${x} message=${u} />
    <${z} id="fmfm_on" label=${s.followMeOn} checked=${o.enabled} onChange=${p=>r({...o,enabled:p})} />
    ${o.enabled&&d`${a.rows&&d`<p class="error" role="alert">${a.rows}</p>`}
      <table class="list timeline" aria-label=${s.followMe}>
        <thead><tr><th>${s.myDevices}</th><th>${s.startAfter}</th><th>${s.ringFor}</th></tr></thead>
        <tbody>
          ${o.rows.map((p,v)=>d`<tr key=${p.id} data-fmfm=${p.name}>
              <td><span class="check"><input type="checkbox" id=${"fm-"+p.id} checked=${p.on} onChange=${g=>_(v,"on",g.target.checked)} /><label for=${"fm-"+p.id}>${p.name}</label></span>
                ${a[v]&&d`<p class="error" role="alert">${a[v]}</p>`}</td>
              <td data-label=${s.startAfter}>${p.on&&d`<input aria-label=${`${s.startAfter} ${p.name}`} inputmode="numeric" value=${p.delay} onInput=${g=>_(v,"delay",g.target.value)} />`}</td>
              <td data-label=${s.ringFor}>${p.on&&d`<input aria-label=${`${s.ringFor} ${p.name}`} inputmode="numeric" value=${p.timeout} onInput=${g=>_(v,"timeout",g.target.value)} />`}</td>
            </tr>`)}
        </tbody>
      </table>`}
    <div class="bar"><button type="submit">${s.save}</button>${l&&d`<span class="ok" role="status">${s.saved}</span>`}</div>
  </form>`}var No=5e3;function Mo({userId:e}){let[t,n]=$(null),[o,r]=$("");return C(()=>{let a=()=>y(`users/${e}/devices`).then(n,u=>r(u.message));a();let i=setInterval(a,No);return()=>clearInterval(i)},[]),d`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${s.myDevices}</h3>
    <${x} message=${o} />
    ${t?t.length===0?s.none:d`<ul class="my-devices">
            ${t.map(a=>d`<li key=${a.id} data-device=${a.name}>
                <span class=${a.registered?"dot on":"dot"}>${a.name} · ${a.registered?s.registered:s.notRegistered}</span>
              </li>`)}
          </ul>`:s.loading}
  </div>`}function ps(){let[e,t]=$(null),[n,o]=$("");return C(()=>{y(`users/${S.value.owner}`).then(t,r=>o(r.message))},[]),d`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:s.myPhone}</h2>
    <${x} message=${n} />
    ${e&&d`<div class="stack">
      <${Mo} userId=${e.id} />
      <${us} user=${e} onSaved=${t} />
      <${fs} userId=${e.id} />
      <${ie} username=${e.username} />
    </div>`}
  </section>`}async function Po(e,t){let n=await fetch("/v2/"+X(`vmboxes/${e}/greeting`),{method:"POST",headers:{"X-Auth-Token":S.value.token,"Content-Type":kt(t),Accept:"application/json"},body:t});if(!n.ok)throw new B(n.status,await n.json().catch(()=>null))}function $s({box:e}){let[t,n]=$(""),[o,r]=$(""),[a,i]=$(null),[u,c]=$({}),[l,f]=$(""),[m,_]=$(!1),h=()=>y(`vmboxes/${e.id}`).then(b=>_(!!(b.media&&b.media.unavailable)),()=>{});C(h,[]);let p=b=>`${b}_${e.mailbox}`;async function v(b){b.preventDefault(),f("");let w={};if(/^\d{4,6}$/.test(t)?t!==o&&(w.again=s.pinMismatch):w.pin=s.pinDigits,c(w),!Object.keys(w).length)try{await H(`vmboxes/${e.id}`,{pin:t}),n(""),r(""),f("pin")}catch(F){c({pin:F.fields.pin||F.message})}}async function g(b){if(b.preventDefault(),f(""),!a||!Be(a))return c({greeting:s.greetingType});c({});try{await Po(e.id,a),f("greeting"),h()}catch(w){c({greeting:w.fields.media||w.message})}}return d`<div class="card" data-settings=${e.mailbox}>
    <h3>${s.boxSettings(e.name,e.mailbox)}</h3>
    <form onSubmit=${v} novalidate>
      <${k} id=${p("pin")} label=${s.newPin} type="password" value=${t} onInput=${n} error=${u.pin} inputmode="numeric" autocomplete="new-password" />
      <${k} id=${p("pin_again")} label=${s.newPinAgain} type="password" value=${o} onInput=${r} error=${u.again} inputmode="numeric" autocomplete="new-password" />
      <div class="bar"><button type="submit">${s.changePin}</button>${l==="pin"&&d`<span class="ok" role="status">${s.pinChanged}</span>`}</div>
    </form>
    <form onSubmit=${g} novalidate>
      <div class="field">
        <label for=${p("greeting")}>${s.greeting}</label>
        <input id=${p("greeting")} type="file" accept="audio/wav,audio/mpeg,.wav,.mp3" aria-invalid=${u.greeting?"true":void 0}
          onChange=${b=>i(b.target.files[0]||null)} />
        ${u.greeting&&d`<p class="error" id=${p("greeting")+"-error"} role="alert">${u.greeting}</p>`}
        <p class="hint">${m?s.greetingSet:s.greetingNone}</p>
      </div>
      <div class="bar"><button type="submit">${s.uploadGreeting}</button>${l==="greeting"&&d`<span class="ok" role="status">${s.greetingSaved}</span>`}</div>
    </form>
  </div>`}function hs(){let[e,t]=$(null),[n,o]=$(null),[r,a]=$(""),i=()=>y("vmboxes?paginate=false").then(t,u=>a(u.message));return C(i,[]),n?d`<${Re}
      box=${n}
      onDone=${()=>{o(null),i()}}
    />`:d`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${s.vmboxes}</h2>
    <${x} message=${r} />
    ${e?e.length===0?d`<p>${s.noBox}</p>`:d`<ul class="numbers">
            ${e.map(u=>d`<li key=${u.id} data-vmbox=${u.mailbox}>
                <span>${u.name} (${u.mailbox}) · ${s.messageCount(u.messages||0)}</span>
                <button onClick=${()=>o(u)} aria-label=${s.messagesOf(u.name)}>${s.messages}</button>
              </li>`)}
          </ul>`:d`<p>${s.loading}</p>`}
    ${e&&d`<div class="stack">${e.map(u=>d`<${$s} key=${u.id} box=${u} />`)}</div>`}
  </section>`}var Oo={dashboard:[s.dashboard,bn],users:[s.users,wn],devices:[s.devices,xn],groups:[s.groups,Jn],calls:[s.callLogs,Cn],main:[s.mainNumber,Te],voicemail:[s.vmboxes,zn],conferences:[s.conferences,cs],codes:[s.featureCodes,ds],numbers:[s.numbers,Qn],settings:[s.settings,Ln]},Do={me:[s.myPhone,ps],myvoicemail:[s.vmboxes,hs],mycalls:[s.myCalls,Sn]},He=()=>S.value&&S.value.admin===!1?Do:Oo,Nt=V(location.hash.slice(1));addEventListener("hashchange",()=>Nt.value=location.hash.slice(1));var Ao=()=>Nt.value in He()?Nt.value:Object.keys(He())[0],_s=null;ee(()=>{let e=S.value;e||(ne.value=null),e&&e.admin!==!1&&_s!==e.token&&(_s=e.token,Tn().catch(()=>{}))});function Fo(){if(!S.value)return d`<${hn} />`;let e=Ao(),[,t]=He()[e];return d`<header>
      <strong>${s.app}</strong>
      <nav aria-label=${s.menu}>
        ${Object.entries(He()).map(([n,[o]])=>d`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${o}</a>`)}
      </nav>
      <button class="plain" onClick=${Oe}>${s.logout}</button>
    </header>
    <main>${ne.value?d`<${jn} />`:d`<${t} key=${e} />`}</main>`}Qe(d`<${Fo} />`,document.getElementById("app"));
