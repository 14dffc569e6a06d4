var ye,M,It,Xe,Z,Mt,Ft,We,Tt,Ye,ze,Ve,xr,ue={},Ut=[],kr=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ze=Array.isArray;function Y(e,t){for(var n in t)e[n]=t[n];return e}function Ke(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function we(e,t,n){var s,o,a,i={};for(a in t)a=="key"?s=t[a]:a=="ref"?o=t[a]:i[a]=t[a];if(arguments.length>2&&(i.children=arguments.length>3?ye.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(a in e.defaultProps)i[a]===void 0&&(i[a]=e.defaultProps[a]);return ge(e,i,s,o,null)}function ge(e,t,n,s,o){var a={type:e,props:t,key:n,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++It,__i:-1,__u:0};return o==null&&M.vnode!=null&&M.vnode(a),a}function xe(e){return e.children}function K(e,t){this.props=e,this.context=t}function re(e,t){if(t==null)return e.__?re(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?re(e):null}function Lt(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return Lt(e)}}function Ot(e){(!e.__d&&(e.__d=!0)&&Z.push(e)&&!ve.__r++||Mt!==M.debounceRendering)&&((Mt=M.debounceRendering)||Ft)(ve)}function ve(){var e,t,n,s,o,a,i,u;for(Z.sort(We);e=Z.shift();)e.__d&&(t=Z.length,s=void 0,a=(o=(n=e).__v).__e,i=[],u=[],n.__P&&((s=Y({},o)).__v=o.__v+1,M.vnode&&M.vnode(s),Je(n.__P,s,o,n.__n,n.__P.namespaceURI,32&o.__u?[a]:null,i,a??re(o),!!(32&o.__u),u),s.__v=o.__v,s.__.__k[s.__i]=s,jt(i,s,u),s.__e!=a&&Lt(s)),Z.length>t&&Z.sort(We));ve.__r=0}function Rt(e,t,n,s,o,a,i,u,d,l,f){var m,_,h,p,g,v,b=s&&s.__k||Ut,w=t.length;for(d=Cr(n,t,b,d,w),m=0;m<w;m++)(h=n.__k[m])!=null&&(_=h.__i===-1?ue:b[h.__i]||ue,h.__i=m,v=Je(e,h,_,o,a,i,u,d,l,f),p=h.__e,h.ref&&_.ref!=h.ref&&(_.ref&&Qe(_.ref,null,h),f.push(h.ref,h.__c||p,h)),g==null&&p!=null&&(g=p),4&h.__u||_.__k===h.__k?d=Bt(h,d,e):typeof h.type=="function"&&v!==void 0?d=v:p&&(d=p.nextSibling),h.__u&=-7);return n.__e=g,d}function Cr(e,t,n,s,o){var a,i,u,d,l,f=n.length,m=f,_=0;for(e.__k=new Array(o),a=0;a<o;a++)(i=t[a])!=null&&typeof i!="boolean"&&typeof i!="function"?(d=a+_,(i=e.__k[a]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?ge(null,i,null,null,null):Ze(i)?ge(xe,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?ge(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,u=null,(l=i.__i=Sr(i,n,d,m))!==-1&&(m--,(u=n[l])&&(u.__u|=2)),u==null||u.__v===null?(l==-1&&_--,typeof i.type!="function"&&(i.__u|=4)):l!=d&&(l==d-1?_--:l==d+1?_++:(l>d?_--:_++,i.__u|=4))):e.__k[a]=null;if(m)for(a=0;a<f;a++)(u=n[a])!=null&&!(2&u.__u)&&(u.__e==s&&(s=re(u)),Ht(u,u));return s}function Bt(e,t,n){var s,o;if(typeof e.type=="function"){for(s=e.__k,o=0;s&&o<s.length;o++)s[o]&&(s[o].__=e,t=Bt(s[o],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=re(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Sr(e,t,n,s){var o,a,i=e.key,u=e.type,d=t[n];if(d===null||d&&i==d.key&&u===d.type&&!(2&d.__u))return n;if(s>(d!=null&&!(2&d.__u)?1:0))for(o=n-1,a=n+1;o>=0||a<t.length;){if(o>=0){if((d=t[o])&&!(2&d.__u)&&i==d.key&&u===d.type)return o;o--}if(a<t.length){if((d=t[a])&&!(2&d.__u)&&i==d.key&&u===d.type)return a;a++}}return-1}function Dt(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||kr.test(t)?n:n+"px"}function be(e,t,n,s,o){var a;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof s=="string"&&(e.style.cssText=s=""),s)for(t in s)n&&t in n||Dt(e.style,t,"");if(n)for(t in n)s&&n[t]===s[t]||Dt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")a=t!=(t=t.replace(Tt,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+a]=n,n?s?n.u=s.u:(n.u=Ye,e.addEventListener(t,a?Ve:ze,a)):e.removeEventListener(t,a?Ve:ze,a);else{if(o=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function At(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=Ye++;else if(t.t<n.u)return;return n(M.event?M.event(t):t)}}}function Je(e,t,n,s,o,a,i,u,d,l){var f,m,_,h,p,g,v,b,w,I,O,P,D,q,B,de,qe,z=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(d=!!(32&n.__u),a=[u=t.__e=n.__e]),(f=M.__b)&&f(t);e:if(typeof z=="function")try{if(b=t.props,w="prototype"in z&&z.prototype.render,I=(f=z.contextType)&&s[f.__c],O=f?I?I.props.value:f.__:s,n.__c?v=(m=t.__c=n.__c).__=m.__E:(w?t.__c=m=new z(b,O):(t.__c=m=new K(b,O),m.constructor=z,m.render=Nr),I&&I.sub(m),m.props=b,m.state||(m.state={}),m.context=O,m.__n=s,_=m.__d=!0,m.__h=[],m._sb=[]),w&&m.__s==null&&(m.__s=m.state),w&&z.getDerivedStateFromProps!=null&&(m.__s==m.state&&(m.__s=Y({},m.__s)),Y(m.__s,z.getDerivedStateFromProps(b,m.__s))),h=m.props,p=m.state,m.__v=t,_)w&&z.getDerivedStateFromProps==null&&m.componentWillMount!=null&&m.componentWillMount(),w&&m.componentDidMount!=null&&m.__h.push(m.componentDidMount);else{if(w&&z.getDerivedStateFromProps==null&&b!==h&&m.componentWillReceiveProps!=null&&m.componentWillReceiveProps(b,O),!m.__e&&(m.shouldComponentUpdate!=null&&m.shouldComponentUpdate(b,m.__s,O)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(m.props=b,m.state=m.__s,m.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(ce){ce&&(ce.__=t)}),P=0;P<m._sb.length;P++)m.__h.push(m._sb[P]);m._sb=[],m.__h.length&&i.push(m);break e}m.componentWillUpdate!=null&&m.componentWillUpdate(b,m.__s,O),w&&m.componentDidUpdate!=null&&m.__h.push(function(){m.componentDidUpdate(h,p,g)})}if(m.context=O,m.props=b,m.__P=e,m.__e=!1,D=M.__r,q=0,w){for(m.state=m.__s,m.__d=!1,D&&D(t),f=m.render(m.props,m.state,m.context),B=0;B<m._sb.length;B++)m.__h.push(m._sb[B]);m._sb=[]}else do m.__d=!1,D&&D(t),f=m.render(m.props,m.state,m.context),m.state=m.__s;while(m.__d&&++q<25);m.state=m.__s,m.getChildContext!=null&&(s=Y(Y({},s),m.getChildContext())),w&&!_&&m.getSnapshotBeforeUpdate!=null&&(g=m.getSnapshotBeforeUpdate(h,p)),u=Rt(e,Ze(de=f!=null&&f.type===xe&&f.key==null?f.props.children:f)?de:[de],t,n,s,o,a,i,u,d,l),m.base=t.__e,t.__u&=-161,m.__h.length&&i.push(m),v&&(m.__E=m.__=null)}catch(ce){if(t.__v=null,d||a!=null)if(ce.then){for(t.__u|=d?160:128;u&&u.nodeType==8&&u.nextSibling;)u=u.nextSibling;a[a.indexOf(u)]=null,t.__e=u}else for(qe=a.length;qe--;)Ke(a[qe]);else t.__e=n.__e,t.__k=n.__k;M.__e(ce,t,n)}else a==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):u=t.__e=Pr(n.__e,t,n,s,o,a,i,d,l);return(f=M.diffed)&&f(t),128&t.__u?void 0:u}function jt(e,t,n){for(var s=0;s<n.length;s++)Qe(n[s],n[++s],n[++s]);M.__c&&M.__c(t,e),e.some(function(o){try{e=o.__h,o.__h=[],e.some(function(a){a.call(o)})}catch(a){M.__e(a,o.__v)}})}function Pr(e,t,n,s,o,a,i,u,d){var l,f,m,_,h,p,g,v=n.props,b=t.props,w=t.type;if(w=="svg"?o="http://www.w3.org/2000/svg":w=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),a!=null){for(l=0;l<a.length;l++)if((h=a[l])&&"setAttribute"in h==!!w&&(w?h.localName==w:h.nodeType==3)){e=h,a[l]=null;break}}if(e==null){if(w==null)return document.createTextNode(b);e=document.createElementNS(o,w,b.is&&b),u&&(M.__m&&M.__m(t,a),u=!1),a=null}if(w===null)v===b||u&&e.data===b||(e.data=b);else{if(a=a&&ye.call(e.childNodes),v=n.props||ue,!u&&a!=null)for(v={},l=0;l<e.attributes.length;l++)v[(h=e.attributes[l]).name]=h.value;for(l in v)if(h=v[l],l!="children"){if(l=="dangerouslySetInnerHTML")m=h;else if(!(l in b)){if(l=="value"&&"defaultValue"in b||l=="checked"&&"defaultChecked"in b)continue;be(e,l,null,h,o)}}for(l in b)h=b[l],l=="children"?_=h:l=="dangerouslySetInnerHTML"?f=h:l=="value"?p=h:l=="checked"?g=h:u&&typeof h!="function"||v[l]===h||be(e,l,h,v[l],o);if(f)u||m&&(f.__html===m.__html||f.__html===e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(m&&(e.innerHTML=""),Rt(e,Ze(_)?_:[_],t,n,s,w=="foreignObject"?"http://www.w3.org/1999/xhtml":o,a,i,a?a[0]:n.__k&&re(n,0),u,d),a!=null)for(l=a.length;l--;)Ke(a[l]);u||(l="value",w=="progress"&&p==null?e.removeAttribute("value"):p!==void 0&&(p!==e[l]||w=="progress"&&!p||w=="option"&&p!==v[l])&&be(e,l,p,v[l],o),l="checked",g!==void 0&&g!==e[l]&&be(e,l,g,v[l],o))}return e}function Qe(e,t,n){try{if(typeof e=="function"){var s=typeof e.__u=="function";s&&e.__u(),s&&t==null||(e.__u=e(t))}else e.current=t}catch(o){M.__e(o,n)}}function Ht(e,t,n){var s,o;if(M.unmount&&M.unmount(e),(s=e.ref)&&(s.current&&s.current!==e.__e||Qe(s,null,t)),(s=e.__c)!=null){if(s.componentWillUnmount)try{s.componentWillUnmount()}catch(a){M.__e(a,t)}s.base=s.__P=null}if(s=e.__k)for(o=0;o<s.length;o++)s[o]&&Ht(s[o],t,n||typeof e.type!="function");n||Ke(e.__e),e.__c=e.__=e.__e=void 0}function Nr(e,t,n){return this.constructor(e,n)}function et(e,t,n){var s,o,a,i;t==document&&(t=document.documentElement),M.__&&M.__(e,t),o=(s=typeof n=="function")?null:n&&n.__k||t.__k,a=[],i=[],Je(t,e=(!s&&n||t).__k=we(xe,null,[e]),o||ue,ue,t.namespaceURI,!s&&n?[n]:o?null:t.firstChild?ye.call(t.childNodes):null,a,!s&&n?n:o?o.__e:t.firstChild,s,i),jt(a,e,i)}ye=Ut.slice,M={__e:function(e,t,n,s){for(var o,a,i;t=t.__;)if((o=t.__c)&&!o.__)try{if((a=o.constructor)&&a.getDerivedStateFromError!=null&&(o.setState(a.getDerivedStateFromError(e)),i=o.__d),o.componentDidCatch!=null&&(o.componentDidCatch(e,s||{}),i=o.__d),i)return o.__E=o}catch(u){e=u}throw e}},It=0,Xe=function(e){return e!=null&&e.constructor==null},K.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=Y({},this.state),typeof e=="function"&&(e=e(Y({},n),this.props)),e&&Y(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),Ot(this))},K.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Ot(this))},K.prototype.render=xe,Z=[],Ft=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,We=function(e,t){return e.__v.__b-t.__v.__b},ve.__r=0,Tt=/(PointerCapture)$|Capture$/i,Ye=0,ze=At(!1),Ve=At(!0),xr=0;var qt=function(e,t,n,s){var o;t[0]=0;for(var a=1;a<t.length;a++){var i=t[a++],u=t[a]?(t[0]|=i?1:2,n[t[a++]]):t[++a];i===3?s[0]=u:i===4?s[1]=Object.assign(s[1]||{},u):i===5?(s[1]=s[1]||{})[t[++a]]=u:i===6?s[1][t[++a]]+=u+"":i?(o=e.apply(u,qt(e,u,n,["",null])),s.push(o),u[0]?t[0]|=2:(t[a-2]=0,t[a]=o)):s.push(u)}return s},Gt=new Map;function Wt(e){var t=Gt.get(this);return t||(t=new Map,Gt.set(this,t)),(t=qt(this,t.get(e)||(t.set(e,t=function(n){for(var s,o,a=1,i="",u="",d=[0],l=function(_){a===1&&(_||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,_,i):a===3&&(_||i)?(d.push(3,_,i),a=2):a===2&&i==="..."&&_?d.push(4,_,0):a===2&&i&&!_?d.push(5,0,!0,i):a>=5&&((i||!_&&a===5)&&(d.push(a,0,i,o),a=6),_&&(d.push(a,_,0,o),a=6)),i=""},f=0;f<n.length;f++){f&&(a===1&&l(),l(f));for(var m=0;m<n[f].length;m++)s=n[f][m],a===1?s==="<"?(l(),d=[d],a=3):i+=s:a===4?i==="--"&&s===">"?(a=1,i=""):i=s+i[0]:u?s===u?u="":i+=s:s==='"'||s==="'"?u=s:s===">"?(l(),a=1):a&&(s==="="?(a=5,o=i,i=""):s==="/"&&(a<5||n[f][m+1]===">")?(l(),a===3&&(d=d[0]),a=d,(d=d[0]).push(2,0,a),a=0):s===" "||s==="	"||s===`
`||s==="\r"?(l(),a=2):i+=s),a===3&&i==="!--"&&(a=4,d=d[0])}return l(),d}(e)),t),arguments,[])).length>1?t:t[0]}var c=Wt.bind(we);var me,F,tt,zt,Ce=0,en=[],T=M,Vt=T.__b,Xt=T.__r,Yt=T.diffed,Zt=T.__c,Kt=T.unmount,Jt=T.__;function rt(e,t){T.__h&&T.__h(F,e,Ce||t),Ce=0;var n=F.__H||(F.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function $(e){return Ce=1,Er(nn,e)}function Er(e,t,n){var s=rt(me++,2);if(s.t=e,!s.__c&&(s.__=[n?n(t):nn(void 0,t),function(u){var d=s.__N?s.__N[0]:s.__[0],l=s.t(d,u);d!==l&&(s.__N=[l,s.__[1]],s.__c.setState({}))}],s.__c=F,!F.u)){var o=function(u,d,l){if(!s.__c.__H)return!0;var f=s.__c.__H.__.filter(function(_){return!!_.__c});if(f.every(function(_){return!_.__N}))return!a||a.call(this,u,d,l);var m=s.__c.props!==u;return f.forEach(function(_){if(_.__N){var h=_.__[0];_.__=_.__N,_.__N=void 0,h!==_.__[0]&&(m=!0)}}),a&&a.call(this,u,d,l)||m};F.u=!0;var a=F.shouldComponentUpdate,i=F.componentWillUpdate;F.componentWillUpdate=function(u,d,l){if(this.__e){var f=a;a=void 0,o(u,d,l),a=f}i&&i.call(this,u,d,l)},F.shouldComponentUpdate=o}return s.__N||s.__}function C(e,t){var n=rt(me++,3);!T.__s&&tn(n.__H,t)&&(n.__=e,n.i=t,F.__H.__h.push(n))}function st(e){return Ce=5,Se(function(){return{current:e}},[])}function Se(e,t){var n=rt(me++,7);return tn(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function Mr(){for(var e;e=en.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(ke),e.__H.__h.forEach(nt),e.__H.__h=[]}catch(t){e.__H.__h=[],T.__e(t,e.__v)}}T.__b=function(e){F=null,Vt&&Vt(e)},T.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Jt&&Jt(e,t)},T.__r=function(e){Xt&&Xt(e),me=0;var t=(F=e.__c).__H;t&&(tt===F?(t.__h=[],F.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(ke),t.__h.forEach(nt),t.__h=[],me=0)),tt=F},T.diffed=function(e){Yt&&Yt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(en.push(t)!==1&&zt===T.requestAnimationFrame||((zt=T.requestAnimationFrame)||Or)(Mr)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),tt=F=null},T.__c=function(e,t){t.some(function(n){try{n.__h.forEach(ke),n.__h=n.__h.filter(function(s){return!s.__||nt(s)})}catch(s){t.some(function(o){o.__h&&(o.__h=[])}),t=[],T.__e(s,n.__v)}}),Zt&&Zt(e,t)},T.unmount=function(e){Kt&&Kt(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(s){try{ke(s)}catch(o){t=o}}),n.__H=void 0,t&&T.__e(t,n.__v))};var Qt=typeof requestAnimationFrame=="function";function Or(e){var t,n=function(){clearTimeout(s),Qt&&cancelAnimationFrame(t),setTimeout(e)},s=setTimeout(n,100);Qt&&(t=requestAnimationFrame(n))}function ke(e){var t=F,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),F=t}function nt(e){var t=F;e.__c=e.__(),F=t}function tn(e,t){return!e||e.length!==t.length||t.some(function(n,s){return n!==e[s]})}function nn(e,t){return typeof t=="function"?t(e):t}var Dr=Symbol.for("preact-signals");function ot(){if(J>1)J--;else{var e,t=!1;for(function(){var o=Ne;for(Ne=void 0;o!==void 0;){var a=o.S;if(a.v===o.v)for(var i=a.t;i!==void 0;i=i.x)i.i===o.i&&(i.i=a.i);o=o.o}}();pe!==void 0;){var n=pe;for(pe=void 0,Pe++;n!==void 0;){var s=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&on(n))try{n.c()}catch(o){t||(e=o,t=!0)}n=s}}if(Pe=0,J--,t)throw e}}var fe,A=void 0;function $e(e){var t=A,n=fe;A=void 0,fe=void 0;try{return e()}finally{A=t,fe=n}}var pe=void 0,J=0,Pe=0;var rn=0,Ne=void 0,Ee=0;function sn(e){if(A!==void 0){var t=e.n;if(t===void 0||t.t!==A)return t={i:0,S:e,p:A.s,n:void 0,t:A,e:void 0,x:void 0,r:t},A.s!==void 0&&(A.s.n=t),A.s=t,e.n=t,32&A.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=A.s,t.n=void 0,A.s.n=t,A.s=t),t}}function U(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}U.prototype.brand=Dr;U.prototype.h=function(){return!0};U.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:$e(function(){var s;(s=t.W)==null||s.call(t)}))};U.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,s=e.x;n!==void 0&&(n.x=s,e.e=void 0),s!==void 0&&(s.e=n,e.x=void 0),e===this.t&&(this.t=s,s===void 0&&$e(function(){var o;(o=t.Z)==null||o.call(t)}))}};U.prototype.subscribe=function(e){var t=this;return ee(function(){var n=t.value;$e(function(){return e(n)})},{name:"sub"})};U.prototype.valueOf=function(){return this.value};U.prototype.toString=function(){return this.value+""};U.prototype.toJSON=function(){return this.value};U.prototype.peek=function(){var e=this;return $e(function(){return e.value})};Object.defineProperty(U.prototype,"value",{get:function(){var e=sn(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Pe>100)throw new Error("Cycle detected");(function(n){J!==0&&Pe===0&&n.l!==rn&&(n.l=rn,Ne={S:n,v:n.v,i:n.i,o:Ne})})(this),this.v=e,this.i++,Ee++,J++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{ot()}}}});function V(e,t){return new U(e,t)}function on(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function an(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function ln(e){for(var t=e.s,n=void 0;t!==void 0;){var s=t.p;t.i===-1?(t.S.U(t),s!==void 0&&(s.n=t.n),t.n!==void 0&&(t.n.p=s)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=s}e.s=n}function Q(e,t){U.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Ee-1,this.f=4}Q.prototype=new U;Q.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Ee))return!0;if(this.g=Ee,this.f|=1,this.i>0&&!on(this))return this.f&=-2,!0;var e=A;try{an(this),A=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return A=e,ln(this),this.f&=-2,!0};Q.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}U.prototype.S.call(this,e)};Q.prototype.U=function(e){if(this.t!==void 0&&(U.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};Q.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(Q.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=sn(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function at(e,t){return new Q(e,t)}function dn(e){var t=e.j;if(e.j=void 0,typeof t=="function"){J++;var n=A;A=void 0;try{t()}catch(s){throw e.f&=-2,e.f|=8,it(e),s}finally{A=n,ot()}}}function it(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,dn(e)}function Ar(e){if(A!==this)throw new Error("Out-of-order effect");ln(this),A=e,this.f&=-2;try{8&this.f&&it(this)}finally{ot()}}function se(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,fe&&fe.push(this)}se.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};se.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,dn(this),an(this),J++;var e=A;return A=this,Ar.bind(this,e)};se.prototype.N=function(){2&this.f||(this.f|=2,this.u=pe,pe=this)};se.prototype.d=function(){this.f|=8,1&this.f||it(this)};se.prototype.dispose=function(){this.d()};function ee(e,t){var n=new se(e,t);try{n.c()}catch(o){throw n.d(),o}var s=n.d.bind(n);return s[Symbol.dispose]=s,s}var dt,lt;function oe(e,t){M[e]=t.bind(null,M[e]||function(){})}function Me(e){lt&&lt(),lt=e&&e.S()}function cn(e){var t=this,n=e.data,s=Fr(n);s.value=n;var o=Se(function(){for(var a=t.__v;a=a.__;)if(a.__c){a.__c.__$f|=4;break}return t.__$u.c=function(){var i,u=t.__$u.S(),d=o.value;u(),Xe(d)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=d},at(function(){var i=s.value.value;return i===0?0:i===!0?"":i||""})},[]);return o.value}cn.displayName="_st";Object.defineProperties(U.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:cn},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});oe("__b",function(e,t){if(typeof t.type=="string"){var n,s=t.props;for(var o in s)if(o!=="children"){var a=s[o];a instanceof U&&(n||(t.__np=n={}),n[o]=a,s[o]=a.peek())}}e(t)});oe("__r",function(e,t){Me();var n,s=t.__c;s&&(s.__$f&=-2,(n=s.__$u)===void 0&&(s.__$u=n=function(o){var a;return ee(function(){a=this}),a.c=function(){s.__$f|=1,s.setState({})},a}())),dt=s,Me(n),e(t)});oe("__e",function(e,t,n,s){Me(),dt=void 0,e(t,n,s)});oe("diffed",function(e,t){Me(),dt=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var s=t.__np,o=t.props;if(s){var a=n.U;if(a)for(var i in a){var u=a[i];u!==void 0&&!(i in s)&&(u.d(),a[i]=void 0)}else n.U=a={};for(var d in s){var l=a[d],f=s[d];l===void 0?(l=Ir(n,d,f,o),a[d]=l):l.o(f,o)}}}e(t)});function Ir(e,t,n,s){var o=t in e&&e.ownerSVGElement===void 0,a=V(n);return{o:function(i,u){a.value=i,s=u},d:ee(function(){var i=a.value.value;s[t]!==i&&(s[t]=i,o?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}oe("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var s=n.U;if(s){n.U=void 0;for(var o in s){var a=s[o];a&&a.d()}}}}else{var i=t.__c;if(i){var u=i.__$u;u&&(i.__$u=void 0,u.d())}}e(t)});oe("__h",function(e,t,n,s){(s<3||s===9)&&(t.__$f|=2),e(t,n,s)});K.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var s in t)return!0;for(var o in e)if(o!=="__source"&&e[o]!==this.props[o])return!0;for(var a in this.props)if(!(a in e))return!0;return!1};function Fr(e){return Se(function(){return V(e)},[])}var Tr=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],Ur=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function un(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,s=new Uint32Array(n*16);t.forEach((d,l)=>s[l>>2]|=d<<l%4*8),s[t.length>>2]|=128<<t.length%4*8,s[n*16-2]=t.length*8>>>0,s[n*16-1]=Math.floor(t.length/536870912);let[o,a,i,u]=[1732584193,4023233417,2562383102,271733878];for(let d=0;d<s.length;d+=16){let[l,f,m,_]=[o,a,i,u];for(let h=0;h<64;h++){let p=h>>4,g,v;p===0?[g,v]=[f&m|~f&_,h]:p===1?[g,v]=[_&f|~_&m,(5*h+1)%16]:p===2?[g,v]=[f^m^_,(3*h+5)%16]:[g,v]=[m^(f|~_),7*h%16];let b=Tr[p*4+h%4],w=l+g+Ur[h]+s[d+v]>>>0;[l,_,m]=[_,m,f],f=f+(w<<b|w>>>32-b)>>>0}[o,a,i,u]=[o+l>>>0,a+f>>>0,i+m>>>0,u+_>>>0]}return[o,a,i,u].map(d=>[0,8,16,24].map(l=>(d>>>l&255).toString(16).padStart(2,"0")).join("")).join("")}var ct="edgepbx.session",S=V(Lr());function Lr(){try{return JSON.parse(sessionStorage.getItem(ct))||null}catch{return null}}var Rr=30*60*1e3,mn=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>mn=Date.now(),{passive:!0});setInterval(()=>S.value&&Date.now()-mn>Rr&&Oe(),60*1e3);var R=class extends Error{constructor(t,n){let s={},o=n&&n.data;if(t===400&&o&&typeof o=="object")for(let[a,i]of Object.entries(o)){let u=i&&typeof i=="object"?Object.values(i)[0]:null;s[a]=u&&u.message||String(i)}super(n&&(n.message||o&&o.message)||`HTTP ${t}`),this.status=t,this.fields=s,this.body=n}};async function j(e,t,n,s=S.value&&S.value.token){let o=S.value,a={Accept:"application/json"};s&&(a["X-Auth-Token"]=s),n!==void 0&&(a["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:a,body:n===void 0?void 0:JSON.stringify({data:n})}),u=await i.json().catch(()=>null);if(i.status===401&&o&&t!=="user_auth"&&Oe(),!i.ok)throw new R(i.status,u);return u}async function fn(e){let t=await fetch("/v2/"+X(e),{headers:{"X-Auth-Token":S.value.token,Accept:"audio/*"}});if(!t.ok)throw new R(t.status,await t.json().catch(()=>null));return t.blob()}var X=e=>`accounts/${S.value.account}/${e}`,y=async e=>(await j("GET",X(e))).data,N=async(e,t)=>(await j("PUT",X(e),t)).data,L=async(e,t)=>(await j("POST",X(e),t)).data,H=async(e,t)=>(await j("PATCH",X(e),t)).data,E=async e=>(await j("DELETE",X(e))).data,pn=(e,t,n)=>j("PUT","user_auth",{credentials:un(`${t.toLowerCase()}:${n}`),account_name:e});async function $n(e,t,n){let s=await pn(e,t,n),o={token:s.auth_token,account:s.data.account_id,owner:s.data.owner_id,accountName:e},a=(await j("GET",`accounts/${o.account}/users/${o.owner}`,void 0,o.token)).data;o.admin=a.priv_level==="admin",sessionStorage.setItem(ct,JSON.stringify(o)),S.value=o}function Oe(){sessionStorage.removeItem(ct),S.value=null}async function hn(e,t){try{return await pn(S.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var r={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension and their phones?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",clockUnset:"The box does not know the date and time yet: office hours are not applied (calls take the default route) until a time server answers.",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",providerAddress:"Address shown to providers",providerAddressOwn:"the box's own",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"},featureCodes:"Feature codes",fcHint:"Codes dialled from any phone of the office. A code with \u2026 takes a number dialled after it. Turning a code off frees it.",fcWhat:"What it does",fcCode:"Code",fcOn:"On",fcNotRun:"This box does not run this code yet.",fcDigits:"1 to 6 digits",fcTaken:e=>`${e} is already another code`,followMe:"Find me follow me",followMeHint:"A call to your extension rings the phones picked here, each from its start for its ring time.",followMeOn:"Ring my phones by this timeline",pickPhone:"Pick at least one phone",boxSettings:(e,t)=>`PIN and greeting of ${e} (${t})`,newPin:"New PIN (4 to 6 digits)",newPinAgain:"New PIN again",pinMismatch:"The two PINs differ",changePin:"Change PIN",pinChanged:"PIN changed.",uploadGreeting:"Upload greeting",greetingSaved:"Greeting saved.",storage:"Storage (data partition)",storageUse:(e,t)=>`${e.toFixed(1)} GB used of ${t.toFixed(1)} GB`,lastBackup:"Last backup",backupAt:e=>`${e} UTC`,neverBackedUp:"never",certificate:"Certificate expires",certExpires:(e,t)=>`${e} (in ${t} days)`,unknown:"unknown",diskFull:e=>`The data partition is nearly full: ${e} GB free`,certSoon:e=>`The box's certificate expires in ${e} days`,certExpired:"The box's certificate has expired",csvImport:"Import users from a CSV file",csvHint:"A header line, then one user a line. Columns: first_name, last_name, username, extension, password (all needed), email, phone (yes: a desk phone). Nothing is made while a line is wrong.",csvFile:"CSV file",csvProblems:"Lines to fix",csvEmpty:"The file is empty",csvColumns:e=>`Missing columns: ${e}`,csvUnknown:e=>`Unknown columns: ${e}`,csvNoUsers:"No users in the file",csvExtra:"more fields than columns",csvDuplicate:e=>`the same as on line ${e}`,csvLine:(e,t,n)=>`Line ${e}: ${t?`${t}: `:""}${n}`,csvField:{first_name:"first name",last_name:"last name",username:"user name",email:"email",extension:"extension",password:"password"},csvMade:(e,t)=>`${e} of ${t} users made.`,stepMail:"Mail relay",mailRelay:"Mail relay (SMTP)",mailRelayHint:"The server the box sends its mails through: voicemail to email and missed-call alerts.",relayServer:"Server (host name or address)",relayHost:"A host name or IP address",port:"Port",relayPort:"A port from 1 to 65535",relayTls:"Encryption",tlsModes:{if_available:"STARTTLS when offered",always:"TLS always",never:"None"},relayUser:"Login (empty: none)",relayPasswordKeep:"Password (empty: keep the one set)",relayFrom:"Sender address",testTo:"Send a test mail to",sendTest:"Send a test mail",sending:"Sending\u2026",testSent:e=>`Sent to ${e}: the relay took it.`,stepLine:"Outside line",outsideLines:"Outside lines (SIP trunks)",noLines:"No outside line yet.",addLine:"Add an outside line",lineServer:"Provider's server",lineNumber:"Number or SIP user name",lineAuth:"Login, if not the number",linePassword:"SIP password",lineRealm:"Domain (realm), if not the server",lineRegister:"Register with the provider",lineStates:{registered:"registered",trying:"registering\u2026",failed:"registration failed",not_registering:"not registering"},ringMyPhone:"Ring my phone",ringPhonePick:"Phone to ring",ringPhoneHint:"The phone rings; answer it and the box says its extension, then goodbye.",ringing:e=>`Ringing ${e}: answer it.`,noRegisteredPhone:"No phone is registered yet: connect one (or a softphone), then come back to this step.",call:"Call",callFrom:e=>`Call from ${e}`,callNumber:"Number to call",callStarted:(e,t)=>`${e} rings: answer it to call ${t}.`,actions:"Actions"};function k({id:e,label:t,value:n,onInput:s,error:o,type:a="text",required:i,autocomplete:u,inputmode:d}){let l=`${e}-error`;return c`<div class="field">
    <label for=${e}>${t}</label>
    <input
      id=${e}
      name=${e}
      type=${a}
      value=${n}
      required=${i}
      autocomplete=${u}
      inputmode=${d}
      aria-invalid=${o?"true":void 0}
      aria-describedby=${o?l:void 0}
      onInput=${f=>s(f.target.value)}
    />
    ${o&&c`<p class="error" id=${l} role="alert">${o}</p>`}
  </div>`}function x({message:e}){return e?c`<p class="banner" role="alert">${e}</p>`:null}function W({id:e,label:t,checked:n,onChange:s}){return c`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${o=>s(o.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function _n(){let[e,t]=$({account:"",username:"",password:""}),[n,s]=$(!1),[o,a]=$(""),i=d=>l=>t({...e,[d]:l});async function u(d){d.preventDefault(),s(!0),a("");try{await $n(e.account.trim(),e.username.trim(),e.password)}catch(l){a(l.status===401?r.badLogin:l.message),s(!1)}}return c`<main class="login">
    <form onSubmit=${u} aria-label=${r.login}>
      <h1>${r.app}</h1>
      <${x} message=${o} />
      <${k} id="account" label=${r.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${k} id="username" label=${r.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${k} id="password" label=${r.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?r.signingIn:r.login}</button>
    </form>
  </main>`}var Br=5e3;async function jr(){let e=await y("resources?paginate=false");return(await Promise.all(e.map(n=>y(`resources/${n.id}/status`).then(s=>[n,s])))).flatMap(([n,s])=>s.gateways.filter(o=>o.state==="failed").map(o=>r.trunkDown(n.name||n.id,o.server)))}var bn=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function Hr(){let[e,t,n]=await Promise.all([y("devices?with_status=true&paginate=false"),y("channels"),y("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function Gr(e){var n;let t={};for(let s of e){let o=t[n=s.device_type||"sip_device"]||(t[n]=[0,0]);o[0]+=1,s.registered&&(o[1]+=1)}return Object.entries(t).map(([s,[o,a]])=>[s,o,a]).sort((s,o)=>o[1]-s[1]||s[0].localeCompare(o[0]))}var qr=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function Wr(){let[e,t,n,s,o,a,i]=await Promise.all([y("users?paginate=false"),y("phone_numbers"),bn(j("GET","system_status").then(d=>d.data),null),bn(y("sip_bans"),[]),jr(),y("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),y("conferences?paginate=false")]),u=Object.values(t.numbers||{});return{users:e.length,numbers:u.length,spare:u.filter(d=>!d.used_by).length,version:n&&n.software_version,provider:n&&{address:n.provider_address},clockUnset:!!(n&&n.clock&&n.clock.set===!1),main:qr(a.flatMap(d=>d.numbers||[])),conference:i.flatMap(d=>d.conference_numbers||[]),box:n&&Xr(n),alerts:[...s.map(d=>r.banned(d.ip,d.reason)),...o,...n?Yr(n):[]]}}var ut=1024**3,zr=.9,Vr=30;function Xr({storage:e,last_backup:t,certificate:n}){return{storage:e?r.storageUse((e.total_bytes-e.free_bytes)/ut,e.total_bytes/ut):r.unknown,backup:t?r.backupAt(new Date(t.time_unix*1e3).toISOString().slice(0,16).replace("T"," ")):r.neverBackedUp,cert:n?r.certExpires(new Date(n.expires_unix*1e3).toISOString().slice(0,10),n.days_left):r.unknown}}function Yr({storage:e,certificate:t}){let n=[];return e&&e.total_bytes&&1-e.free_bytes/e.total_bytes>=zr&&n.push(r.diskFull(Math.round(e.free_bytes/ut*10)/10)),t&&t.days_left<Vr&&n.push(t.days_left<0?r.certExpired:r.certSoon(t.days_left)),n}function ae({id:e,label:t,value:n}){return c`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function gn(){let[e,t]=$(null),[n,s]=$(null),[o,a]=$("");C(()=>{Wr().then(t,f=>a(f.message));let d=()=>Hr().then(s,f=>a(f.message));d();let l=setInterval(d,Br);return()=>clearInterval(l)},[]);let i=n?n.devices.filter(d=>d.registered).length:"\u2026",u=n?n.ports.filter(d=>d.state==="down"||d.alarm).map(d=>r.portDown(d.name,d.alarm)):[];return c`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${r.dashboard}</h2>
    <${x} message=${o} />
    ${e&&e.clockUnset&&c`<p class="banner" role="alert" data-alert="clock">${r.clockUnset}</p>`}
    <div class="tiles">
      <${ae} id="users" label=${r.users} value=${e?e.users:"\u2026"} />
      <${ae} id="devices" label=${r.devices} value=${n?n.devices.length:"\u2026"} />
      <${ae} id="registered" label=${r.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${ae} id="calls" label=${r.callsNow} value=${n?n.calls:"\u2026"} />
      <${ae} id="numbers" label=${r.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&c`<${ae} id="version" label=${r.softwareVersion} value=${e.version} />`}
    </div>
    ${n&&c`<h3>${r.devicesByType}</h3>
      <ul class="by-type">
        ${Gr(n.devices).map(([d,l,f])=>c`<li key=${d} data-type=${d}>${r.deviceTypes[d]||d}: ${r.registeredOf(f,l)}</li>`)}
      </ul>`}
    ${n&&n.ports.length>0&&c`<h3>${r.analogPorts}</h3>
      <ul class="ports">
        ${n.ports.map(d=>c`<li key=${d.name} data-port=${d.name}><span class=${d.state==="down"?"dot":"dot on"}>${d.name} · ${r.portStates[d.state]||d.state}</span></li>`)}
      </ul>`}
    ${e&&c`<dl class="facts">
      <dt>${r.mainNumbers}</dt><dd data-fact="main">${e.main.join(", ")||r.noneSet}</dd>
      <dt>${r.conferenceNumbers}</dt><dd data-fact="conference">${e.conference.join(", ")||r.noneSet}</dd>
      ${e.box&&c`<dt>${r.storage}</dt><dd data-fact="storage">${e.box.storage}</dd>
        <dt>${r.lastBackup}</dt><dd data-fact="backup">${e.box.backup}</dd>
        <dt>${r.certificate}</dt><dd data-fact="certificate">${e.box.cert}</dd>`}
      ${e.provider&&c`<dt>${r.providerAddress}</dt><dd data-fact="provider-address">${e.provider.address||r.providerAddressOwn}</dd>`}
    </dl>`}
    <h3>${r.alerts}</h3>
    ${e&&([...e.alerts,...u].length?c`<ul class="alerts">${[...e.alerts,...u].map(d=>c`<li key=${d}>${d}</li>`)}</ul>`:c`<p class="ok">${r.noAlerts}</p>`)}
  </section>`}var G=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),ft=e=>`${e.first_name} ${e.last_name}`.trim();function mt(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,s=>t[s%t.length]).join("")}function pt(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:ft(t),number:t.extension}},ui_metadata:G()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}function De(e,t,n){return{...e,type:"mainUserCallflow",owner_id:t.id,name:r.callflowOf(ft(t)),numbers:[n],contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:{}},ui_metadata:G()}}function $t(e){return{device_type:"sip_device",name:r.phoneOf(ft(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${mt(10)}`,password:mt(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:G()}}var he=15;function ht(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||G()}}function _t(e,t,n){let s=Math.max(...n.members.map(o=>o.delay+o.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[mt(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:s,repeats:n.repeats,endpoints:n.members.map(o=>({id:o.id,endpoint_type:"user",delay:o.delay,timeout:o.timeout}))},children:{}},ui_metadata:e.ui_metadata||G()}}var Zr=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function bt(e,t,n,s){return{...e,name:s.name,type:"userGroup",group_id:t.id,numbers:[s.extension],flow:{module:"callflow",data:{id:n.id},children:{_:Zr(s.next_vmbox)}},ui_metadata:e.ui_metadata||G()}}function vn(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((s,o)=>({...s,delay:o*n,timeout:n}))}function Kr(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:null}function Jr(e,t){if(!(t instanceof R))throw t;let n={},s=[];for(let[o,a]of Object.entries(t.fields)){let i=Kr(e,o);i?n[i]=a:s.push(`${o}: ${a}`)}throw t.fields=n,s.length&&(t.message=s.join("; ")),t}async function te(e,t,n){try{return await t()}catch(s){for(let o of n.reverse())await o().catch(()=>{});Jr(e,s)}}async function Ae(e){let t=[],n=await te("users",()=>N("users",pt({},e)),t);t.push(()=>E(`users/${n.id}`));let s=await te("callflows",()=>N("callflows",De({},n,e.extension)),t);return t.push(()=>E(`callflows/${s.id}`)),e.phone&&await te("devices",()=>N("devices",$t(n)),t),n}async function yn(e,t,n){let s=await y(`users/${e}`),o=await te("users",()=>L(`users/${e}`,pt(s,t)),[]);if(n){let a=await y(`callflows/${n}`);await te("callflows",()=>L(`callflows/${n}`,De(a,o,t.extension)),[])}else await te("callflows",()=>N("callflows",De({},o,t.extension)),[]);return t.phone&&await te("devices",()=>N("devices",$t(o)),[]),o}async function wn(e){let[t,n]=await Promise.all([y(`callflows?filter_owner_id=${e}&paginate=false`),y(`devices?filter_owner_id=${e}&paginate=false`)]);for(let s of[...t.map(o=>`callflows/${o.id}`),...n.map(o=>`devices/${o.id}`)])await E(s);await E(`users/${e}`)}var Qr=5e3;function gt({ownerId:e}){let[t,n]=$([]),[s,o]=$("");return C(()=>{let a=!0;j("GET",`accounts/${S.value.account}`).then(d=>a&&o(d.data.realm||""));async function i(){let d=await y(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),l=await Promise.all(d.map(f=>y(`devices/${f.id}`)));a&&n(l.map((f,m)=>({...f,registered:d[m].registered})))}i().catch(()=>{});let u=setInterval(()=>i().catch(()=>{}),Qr);return()=>{a=!1,clearInterval(u)}},[e]),t.map(a=>c`<div class="card" key=${a.id} aria-label=${r.sipCredentials}>
      <h3>${r.sipCredentials}: ${a.name}</h3>
      <dl>
        <dt>${r.sipUser}</dt><dd class="sip-user">${a.sip&&a.sip.username}</dd>
        <dt>${r.sipPassword}</dt><dd class="sip-password">${a.sip&&a.sip.password}</dd>
        <dt>${r.sipRealm}</dt><dd>${s}</dd>
        <dt>${r.status}</dt><dd class=${a.registered?"dot on":"dot"}>${a.registered?r.registered:r.notRegistered}</dd>
      </dl>
    </div>`)}function vt(e,t){return e.length<12?r.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(s=>s.test(e)).length<3?r.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?r.pwUsername:""}function ie({username:e,onDone:t}){let[n,s]=$({old:"",next:"",again:""}),[o,a]=$({}),[i,u]=$(""),[d,l]=$(!1),[f,m]=$(!1),_=p=>g=>s({...n,[p]:g});async function h(p){p.preventDefault(),m(!1);let g={};n.old||(g.old=r.required);let v=vt(n.next,e);if(v?g.next=v:n.next===n.old&&(g.next=r.pwSame),n.again!==n.next&&(g.again=r.pwMismatch),a(g),!Object.keys(g).length){l(!0),u("");try{if(!await hn(e,n.old)){a({old:r.pwOldWrong});return}await H(`users/${S.value.owner}`,{password:n.next,require_password_update:!1}),s({old:"",next:"",again:""}),m(!0),t&&t()}catch(b){a(b.fields||{}),u(b.message)}finally{l(!1)}}}return c`<form onSubmit=${h} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${r.changePassword}</h3>
    <p class="hint">${r.pwRules}</p>
    <${x} message=${i} />
    <${k} id="pw_old" label=${r.pwOld} type="password" value=${n.old} onInput=${_("old")} error=${o.old} autocomplete="current-password" />
    <${k} id="pw_new" label=${r.pwNew} type="password" value=${n.next} onInput=${_("next")} error=${o.next||o.password} autocomplete="new-password" />
    <${k} id="pw_again" label=${r.pwAgain} type="password" value=${n.again} onInput=${_("again")} error=${o.again} autocomplete="new-password" />
    ${f&&c`<p class="ok" role="status">${r.pwChanged}</p>`}
    <button type="submit" disabled=${d}>${d?r.saving:r.changePassword}</button>
  </form>`}function yt(e,t){let n={};for(let o of["first_name","last_name","username","extension"])e[o].trim()||(n[o]=r.required);e.extension&&!/^\d{2,8}$/.test(e.extension)&&(n.extension=r.extDigits);let s=(t||e.password)&&vt(e.password,e.username);return s&&(n.password=s),n}function Ie({user:e,onDone:t}){let n=!e.id,[s,o]=$({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n}),[a,i]=$({}),[u,d]=$(""),[l,f]=$(!1),[m,_]=$(null),h=v=>b=>o({...s,[v]:b});async function p(v){v.preventDefault();let b=yt(s,n);if(i(b),d(""),!Object.keys(b).length){f(!0);try{let w=n?await Ae(s):await yn(e.id,s,e.callflow&&e.callflow.id);n||s.phone?_(w):t()}catch(w){i(w.fields||{}),d(`${r.failed} ${w.message}`)}f(!1)}}if(m)return c`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${m.first_name} ${m.last_name}</h2>
      <${gt} ownerId=${m.id} />
      <button onClick=${()=>t({...m,extension:s.extension})}>${r.users}</button>
    </section>`;let g=e.devices&&e.devices.length>0;return c`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?r.addUser:r.editUser}</h2>
    <form onSubmit=${p} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="first_name" label=${r.firstName} value=${s.first_name} onInput=${h("first_name")} error=${a.first_name} required />
        <${k} id="last_name" label=${r.lastName} value=${s.last_name} onInput=${h("last_name")} error=${a.last_name} required />
        <${k} id="username" label=${r.username} value=${s.username} onInput=${h("username")} error=${a.username} required autocomplete="off" />
        <${k} id="email" label=${r.email} type="email" value=${s.email} onInput=${h("email")} error=${a.email} />
        <${k} id="new_password" label=${r.password} type="password" value=${s.password} onInput=${h("password")} error=${a.password} required=${n} autocomplete="new-password" />
        <${k} id="extension" label=${r.extension} value=${s.extension} onInput=${h("extension")} error=${a.extension} required inputmode="numeric" />
      </div>
      ${!g&&c`<div class="check">
        <input type="checkbox" id="phone" checked=${s.phone} onChange=${v=>o({...s,phone:v.target.checked})} />
        <label for="phone">${r.deskPhone}</label>
      </div>`}
      <div class="bar">
        <button type="submit" disabled=${l}>${l?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${t}>${r.cancel}</button>
      </div>
    </form>
    ${g&&c`<${gt} ownerId=${e.id} />`}
  </section>`}async function es(){let[e,t,n]=await Promise.all([y("users?paginate=false"),y("callflows?filter_type=mainUserCallflow&paginate=false"),y("devices?with_status=true&paginate=false")]);return e.map(s=>{let o=t.find(a=>a.owner_id===s.id);return{...s,callflow:o,extension:o&&o.numbers?o.numbers[0]:"",devices:n.filter(a=>a.owner_id===s.id)}})}function xn(){let[e,t]=$(null),[n,s]=$(null),[o,a]=$(""),i=()=>es().then(t,d=>a(d.message));C(i,[]);async function u(d){if(confirm(r.confirmDelete(`${d.first_name} ${d.last_name}`))){try{await wn(d.id)}catch(l){a(l.message)}i()}}return n?c`<${Ie}
      user=${n}
      onDone=${()=>{s(null),i()}}
    />`:c`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${r.users}</h2>
      <button onClick=${()=>s({})}>${r.addUser}</button>
    </div>
    <${x} message=${o} />
    ${e?e.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.users}>
            <thead><tr><th>${r.name}</th><th>${r.username}</th><th>${r.extension}</th><th>${r.devices}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(d=>c`<tr key=${d.id} data-user=${d.username}>
                  <td data-label=${r.name}>${d.first_name} ${d.last_name}</td>
                  <td data-label=${r.username}>${d.username}</td>
                  <td data-label=${r.extension} class="ext">${d.extension}</td>
                  <td data-label=${r.devices}>
                    ${d.devices.map(l=>c`<span class=${l.registered?"dot on":"dot"}>${l.name} · ${l.registered?r.registered:r.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>s(d)} aria-label=${`${r.edit} ${d.username}`}>${r.edit}</button>
                    ${d.id!==S.value.owner&&c`<button class="danger" onClick=${()=>u(d)} aria-label=${`${r.del} ${d.username}`}>${r.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}function kn(){let[e,t]=$(null),[n,s]=$(""),[o,a]=$(""),[i,u]=$("");C(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([l,f])=>{let m=h=>f.find(p=>p.id===h),_=l.filter(h=>h.registered).map(h=>{let p=m(h.owner_id);return{id:h.id,label:p?`${p.first_name} ${p.last_name} \xB7 ${h.name}`:h.name}});t(_),_.length&&s(_[0].id)},l=>u(l.message))},[]);let d=async()=>{u(""),a("");try{await N(`devices/${n}/ring_test`,{}),a(r.ringing(e.find(l=>l.id===n).label))}catch(l){u(l.message)}};return e?c`<div class="ring-my-phone">
    <h3>${r.ringMyPhone}</h3>
    ${e.length===0?c`<p class="hint">${r.noRegisteredPhone}</p>`:c`<div class="field">
            <label for="ring-phone">${r.ringPhonePick}</label>
            <select id="ring-phone" value=${n} onChange=${l=>s(l.target.value)}>
              ${e.map(l=>c`<option key=${l.id} value=${l.id}>${l.label}</option>`)}
            </select>
            <p class="hint">${r.ringPhoneHint}</p>
          </div>
          <button type="button" onClick=${d}>${r.ringMyPhone}</button>`}
    ${o&&c`<p role="status">${o}</p>`}
    <${x} message=${i} />
  </div>`:c`<${x} message=${i} />`}function Cn({device:e}){let[t,n]=$(!1),[s,o]=$(""),[a,i]=$(""),[u,d]=$(""),[l,f]=$("");return t?c`<form class="call-from" onSubmit=${async _=>{_.preventDefault(),d(""),f(""),i("");try{await y(`devices/${e.id}/quickcall/${encodeURIComponent(s)}?auto_answer=false`),i(r.callStarted(e.name,s))}catch(h){h.fields&&h.fields.number?f(h.fields.number):d(h.message)}}}>
    <${k} id=${`call-${e.id}`} label=${r.callNumber} value=${s} onInput=${o} error=${l} inputmode="tel" required />
    <button type="submit">${r.call}</button>
    ${a&&c`<p role="status">${a}</p>`}
    <${x} message=${u} />
  </form>`:c`<button type="button" class="plain" aria-label=${r.callFrom(e.name)} onClick=${()=>n(!0)}>
      ${r.call}
    </button>`}function Sn(){let[e,t]=$(null),[n,s]=$("");return C(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([o,a])=>{let i=u=>a.find(d=>d.id===u);t(o.map(u=>({...u,owner:i(u.owner_id)})))},o=>s(o.message))},[]),c`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${r.devices}</h2>
    <${x} message=${n} />
    ${e?e.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.devices}>
            <thead><tr><th>${r.name}</th><th>${r.type}</th><th>${r.sipUser}</th><th>${r.owner}</th><th>${r.status}</th><th>${r.actions}</th></tr></thead>
            <tbody>
              ${e.map(o=>c`<tr key=${o.id}>
                  <td data-label=${r.name}>${o.name}</td>
                  <td data-label=${r.type}>${o.device_type}</td>
                  <td data-label=${r.sipUser}>${o.username}</td>
                  <td data-label=${r.owner}>${o.owner?`${o.owner.first_name} ${o.owner.last_name}`:""}</td>
                  <td data-label=${r.status}><span class=${o.registered?"dot on":"dot"}>${o.registered?r.registered:r.notRegistered}</span></td>
                  <td data-label=${r.actions}>${o.registered&&c`<${Cn} device=${o} />`}</td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}var ts=86400,ns=62167219200;function rs({leg:e}){return c`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function ss({call:e,withLegs:t}){let[n,s]=$(null),[o,a]=$(!1);async function i(){a(!o),n||s(await y(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return c`<tr class="call" data-call=${e.call_id}>
      <td data-label=${r.when}>${t?c`<button class="plain" aria-expanded=${o} onClick=${i}>${e.datetime}</button>`:e.datetime}</td>
      <td data-label=${r.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${r.to}>${e.dialed_number}</td>
      <td data-label=${r.duration}>${e.duration_seconds}s</td>
      <td data-label=${r.result}>${e.hangup_cause}</td>
    </tr>
    ${o&&c`<tr class="legs"><td colspan="5">
      <h3>${r.legs}</h3>
      ${n?c`<ul>${n.map(u=>c`<${rs} key=${u.id} leg=${u} />`)}</ul>`:r.loading}
    </td></tr>`}`}function Pn({path:e,title:t,withLegs:n}){let[s,o]=$(null),[a,i]=$("");return C(()=>{let u=Math.floor(Date.now()/1e3)+ns;y(`${e}?created_from=${u-7*ts}&created_to=${u+60}&page_size=100`).then(o,d=>i(d.message))},[]),c`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${x} message=${a} />
    ${s?s.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${t}>
            <thead><tr><th>${r.when}</th><th>${r.from}</th><th>${r.to}</th><th>${r.duration}</th><th>${r.result}</th></tr></thead>
            <tbody>${s.map(u=>c`<${ss} key=${u.id} call=${u} withLegs=${n} />`)}</tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}var Nn=()=>c`<${Pn} path="cdrs/interaction" title=${r.callLogs} withLegs=${!0} />`,En=()=>c`<${Pn} path=${`users/${S.value.owner}/cdrs`} title=${r.myCalls} withLegs=${!1} />`;var os=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],as=["undefinedMainNumber","0"],Fe=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],_e=e=>({module:"callflow",data:{id:e},children:{}});async function On(){let e=await y("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(i=>[i.name,i]));for(let i of os){if(t[i])continue;let u=t[`${i}Menu`]||await is(`${i}Menu`);t[i]=await N("callflows",{name:i,type:"main",numbers:[i],flow:_e(u.id),ui_metadata:G()})}let n=t.MainCallflow||await N("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:_e(t.MainOpenHours.id)}},ui_metadata:G()}),[s,o]=await Promise.all([y(`callflows/${n.id}`),y("temporal_rules?paginate=false")]),a=await Promise.all(o.filter(i=>i.name==="MainOpenHours"||i.name==="MainLunchHours").map(i=>y(`temporal_rules/${i.id}`)));return{main:s,parts:t,open:a.filter(i=>i.type==="main_weekdays"),lunch:a.filter(i=>i.type==="main_lunchbreak")}}async function is(e){let t=await N("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:G()});return N("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:G()})}var Dn=e=>(e.numbers||[]).filter(t=>!as.includes(t));async function An(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=G(),e.main=await L(`callflows/${n.id}`,n)}var Mn=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},wt=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`;async function In(e,t){let[n,...s]=e.open;for(let f of s)await E(`temporal_rules/${f.id}`);let o=[];if(t){let f={...n||{},name:"MainOpenHours",type:"main_weekdays",cycle:"weekly",interval:1,wdays:t.wdays,time_window_start:Mn(t.start),time_window_stop:Mn(t.stop),ui_metadata:G()};o=[n?await L(`temporal_rules/${n.id}`,f):await N("temporal_rules",f)]}else n&&await E(`temporal_rules/${n.id}`);let{parts:a,main:i}=e,u=new Set([...e.lunch,...e.open,...o].map(f=>f.id)),d=(i.flow&&i.flow.data&&i.flow.data.rules||[]).filter(f=>!u.has(f)),l={};for(let f of d)l[f]=i.flow.children[f];for(let f of e.lunch)l[f.id]=_e(a.MainLunchHours.id);for(let f of o)l[f.id]=_e(a.MainOpenHours.id);l._=_e(o.length?a.MainAfterHours.id:a.MainOpenHours.id),i.flow={module:"temporal_route",data:{rules:[...d,...[...e.lunch,...o].map(f=>f.id)]},children:l},i.ui_metadata=G(),e.main=await L(`callflows/${i.id}`,i),e.open=o}function ls({strategy:e,onSaved:t}){let[n,s]=$(""),[o,a]=$(""),i=Dn(e.main);async function u(l){a("");try{await An(e,l),s(""),t()}catch(f){a(Object.values(f.fields||{})[0]||f.message)}}function d(l){l.preventDefault();let f=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(f))return a(r.badNumber);u([...i,f])}return c`<form onSubmit=${d} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${r.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(l=>c`<li key=${l}>
          <span class="main-number">${l}</span>
          <button type="button" class="plain" aria-label=${`${r.remove} ${l}`} onClick=${()=>u(i.filter(f=>f!==l))}>${r.remove}</button>
        </li>`)}
    </ul>
    <${k} id="main_number" label=${r.number} value=${n} onInput=${s} error=${o} inputmode="tel" />
    <button type="submit">${r.addNumber}</button>
  </form>`}function ds({strategy:e,onSaved:t}){let n=e.open[0],[s,o]=$(!!n),[a,i]=$(n?n.wdays||[]:Fe.slice(0,5)),[u,d]=$(n?wt(n.time_window_start||0):"09:00"),[l,f]=$(n?wt(n.time_window_stop||0):"17:00"),[m,_]=$(""),[h,p]=$(!1),g=b=>i(a.includes(b)?a.filter(w=>w!==b):Fe.filter(w=>w===b||a.includes(w)));async function v(b){if(b.preventDefault(),p(!1),s&&!a.length)return _(r.pickDay);if(s&&!(u<l))return _(r.badHours);_("");try{await In(e,s?{wdays:a,start:u,stop:l}:null),p(!0),t()}catch(w){_(Object.entries(w.fields||{}).map(([I,O])=>`${I}: ${O}`).join("; ")||w.message)}}return c`<form onSubmit=${v} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${r.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!s} onChange=${()=>o(!1)} /><label for="h24">${r.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${s} onChange=${()=>o(!0)} /><label for="hcustom">${r.openCustom}</label></div>
    ${s&&c`<fieldset>
      <legend class="sr">${r.openCustom}</legend>
      <div class="days">
        ${Fe.map(b=>c`<span class="check"><input type="checkbox" id=${"day-"+b} checked=${a.includes(b)} onChange=${()=>g(b)} /><label for=${"day-"+b}>${r.wday[b]}</label></span>`)}
      </div>
      <div class="grid">
        <${k} id="opens" label=${r.opens} type="time" value=${u} onInput=${d} />
        <${k} id="closes" label=${r.closes} type="time" value=${l} onInput=${f} />
      </div>
    </fieldset>`}
    ${m&&c`<p class="error" role="alert">${m}</p>`}
    ${h&&c`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit">${r.save}</button>
  </form>`}function Te(){let[e,t]=$(null),[n,s]=$(""),[,o]=$(0);C(()=>{On().then(t,i=>s(i.message))},[]);let a=()=>o(i=>i+1);return c`<section aria-labelledby="main-h">
    <h2 id="main-h">${r.mainNumber}</h2>
    <${x} message=${n} />
    ${e?c`<div class="stack">
          <${ls} strategy=${e} onSaved=${a} />
          <${ds} strategy=${e} onSaved=${a} />
        </div>`:!n&&c`<p>${r.loading}</p>`}
  </section>`}var xt=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function Ue({onDone:e}){let t=`accounts/${S.value.account}`,[n,s]=$(null),[o,a]=$({}),[i,u]=$(""),[d,l]=$(!1);C(()=>{j("GET",t).then(({data:_})=>s({name:_.name||"",timezone:_.timezone||"UTC"}),_=>u(_.message))},[]);async function f(_){if(_.preventDefault(),l(!1),!n.name.trim())return a({name:r.required});a({}),u("");try{await j("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),S.value={...S.value,accountName:n.name.trim()},l(!0),e&&e()}catch(h){a(h.fields||{}),u(h.message)}}if(!n)return c`<${x} message=${i} />${!i&&c`<p>${r.loading}</p>`}`;let m=xt.includes(n.timezone)?xt:[n.timezone,...xt];return c`<form onSubmit=${f} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${r.office}</h3>
    <${x} message=${i} />
    <${k} id="office_name" label=${r.officeName} value=${n.name} onInput=${_=>s({...n,name:_})} error=${o.name} />
    <div class="field">
      <label for="timezone">${r.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${_=>s({...n,timezone:_.target.value})}>
        ${m.map(_=>c`<option key=${_} value=${_}>${_}</option>`)}
      </select>
      ${o.timezone&&c`<p class="error" role="alert">${o.timezone}</p>`}
    </div>
    ${d&&c`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit">${r.save}</button>
  </form>`}function Fn(e){let t=[],n=[],s="",o=!1,a=1,i=1,u=()=>{n.push(s.trim()),s=""},d=()=>{u(),n.some(l=>l!=="")&&t.push({line:i,fields:n}),n=[],i=a};for(let l=0;l<e.length;l++){let f=e[l];o?f==='"'&&e[l+1]==='"'?(s+='"',l++):f==='"'?o=!1:(f===`
`&&a++,s+=f):f==='"'?o=!0:f===","?u():f===`
`?(a++,d()):f!=="\r"&&(s+=f)}return d(),t}var Tn=["first_name","last_name","username","email","extension","password","phone"],cs=["first_name","last_name","username","extension","password"],us=/^(yes|y|true|1)$/i;function ms(e){let[t,...n]=Fn(e);if(!t)return{problems:[r.csvEmpty]};let s=t.fields.map(l=>l.toLowerCase().replace(/\s+/g,"_")),o=cs.filter(l=>!s.includes(l));if(o.length)return{problems:[r.csvColumns(o.join(", "))]};let a=s.filter(l=>!Tn.includes(l));if(a.length)return{problems:[r.csvUnknown(a.join(", "))]};let i=[],u={username:new Map,extension:new Map},d=n.map(({line:l,fields:f})=>{let m=Object.fromEntries(Tn.map(p=>[p,f[s.indexOf(p)]??""])),_={...m,phone:us.test(m.phone)},h=yt(_,!0);f.length>s.length&&(h.line=r.csvExtra);for(let p of["username","extension"]){let g=_[p].toLowerCase();g&&u[p].has(g)?h[p]=r.csvDuplicate(u[p].get(g)):u[p].set(g,l)}for(let[p,g]of Object.entries(h))i.push(r.csvLine(l,p==="line"?"":r.csvField[p]||p,g));return{line:l,form:_}});return n.length||i.push(r.csvNoUsers),{forms:d,problems:i}}function Un({onAdded:e}){let[t,n]=$([]),[s,o]=$(""),[a,i]=$(!1);async function u(d){let l=d.target.files[0];if(o(""),!l)return;let{forms:f,problems:m}=ms(await l.text());if(n(m),m.length)return;i(!0);let _=[],h=0;for(let{line:p,form:g}of f)try{let v=await Ae(g);h++,e({...v,extension:g.extension})}catch(v){let b=Object.entries(v.fields||{}).map(([w,I])=>r.csvLine(p,r.csvField[w]||w,I));_.push(...b.length?b:[r.csvLine(p,"",v.message)])}n(_),o(r.csvMade(h,f.length)),i(!1),d.target.value=""}return c`<div class="card">
    <h3>${r.csvImport}</h3>
    <p class="hint">${r.csvHint}</p>
    <div class="field">
      <label for="csv_file">${r.csvFile}</label>
      <input id="csv_file" type="file" accept=".csv,text/csv" disabled=${a} onChange=${u} />
    </div>
    ${s&&c`<p class="ok" role="status">${s}</p>`}
    ${t.length>0&&c`<ul class="errors" aria-label=${r.csvProblems}>${t.map(d=>c`<li key=${d} class="error">${d}</li>`)}</ul>`}
  </div>`}var kt="configs/smtp_client",Ln=/^[^@\s]+@[^@\s]+$/;function fs(e){let t={};return/^[A-Za-z0-9.:-]{1,253}$/.test(e.relay)||(t.relay=r.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=r.relayPort),e.from&&!Ln.test(e.from)&&(t.from=r.badEmail(e.from)),t}function Le(){let[e,t]=$(null),[n,s]=$(""),[o,a]=$({}),[i,u]=$(""),[d,l]=$("");if(C(()=>{y(kt).then(h=>t({relay:h.relay||"",port:String(h.port||587),tls:h.tls||"if_available",username:h.username||"",password:"",from:h.from||"",passwordSet:!!h.password_set}),h=>u(h.message))},[]),!e)return c`<${x} message=${i} />${!i&&c`<p>${r.loading}</p>`}`;let f=h=>p=>t({...e,[h]:p});async function m(h){h.preventDefault(),l(""),u("");let p=fs(e);if(a(p),Object.keys(p).length)return;let g={relay:e.relay.trim(),port:Number(e.port),tls:e.tls,username:e.username.trim(),from:e.from.trim()||void 0};e.password&&(g.password=e.password);try{await H(kt,g),t({...e,password:"",passwordSet:e.passwordSet||!!e.password}),l(r.saved)}catch(v){a(v.fields||{}),u(v.message)}}async function _(){if(l(""),!Ln.test(n.trim()))return a({...o,to:r.badEmail(n)});a({}),l(r.sending);try{await L(`${kt}/test`,{to:n.trim()}),l(r.testSent(n.trim()))}catch(h){l(""),a(h.fields||{}),Object.keys(h.fields||{}).length||u(h.message)}}return c`<form onSubmit=${m} aria-labelledby="relay-h" novalidate>
    <h3 id="relay-h">${r.mailRelay}</h3>
    <p class="hint">${r.mailRelayHint}</p>
    <${x} message=${i} />
    <div class="grid">
      <${k} id="relay_host" label=${r.relayServer} value=${e.relay} onInput=${f("relay")} error=${o.relay} />
      <${k} id="relay_port" label=${r.port} value=${e.port} onInput=${f("port")} error=${o.port} inputmode="numeric" />
      <div class="field">
        <label for="relay_tls">${r.relayTls}</label>
        <select id="relay_tls" value=${e.tls} onChange=${h=>f("tls")(h.target.value)}>
          ${Object.entries(r.tlsModes).map(([h,p])=>c`<option key=${h} value=${h}>${p}</option>`)}
        </select>
      </div>
      <${k} id="relay_user" label=${r.relayUser} value=${e.username} onInput=${f("username")} error=${o.username} autocomplete="off" />
      <${k} id="relay_password" label=${e.passwordSet?r.relayPasswordKeep:r.password} type="password" value=${e.password} onInput=${f("password")} error=${o.password} autocomplete="new-password" />
      <${k} id="relay_from" label=${r.relayFrom} value=${e.from} onInput=${f("from")} error=${o.from} />
    </div>
    <div class="bar"><button type="submit">${r.save}</button></div>
    <${k} id="relay_test_to" label=${r.testTo} value=${n} onInput=${s} error=${o.to} type="email" />
    <div class="bar"><button type="button" class="plain" onClick=${_}>${r.sendTest}</button></div>
    ${d&&c`<p class="ok" role="status">${d}</p>`}
  </form>`}var ps=5e3,Rn={name:"",server:"",port:"5060",username:"",auth_username:"",password:"",realm:"",register:!0};async function Bn(){let e=await y("resources?paginate=false");return Promise.all(e.map(t=>y(`resources/${t.id}/status`).then(n=>({...t,gw:n.gateways[0]||{}}))))}function $s(e){let t={};return e.name.trim()||(t.name=r.required),/^[A-Za-z0-9.-]{1,253}$/.test(e.server.trim())||(t.server=r.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=r.relayPort),e.register&&!e.username.trim()&&(t.username=r.required),e.register&&!e.password&&(t.password=r.required),t}var hs=e=>({name:e.name.trim(),enabled:!0,weight_cost:50,rules:["^(\\+?\\d{3,15})$"],gateways:[{server:e.server.trim(),port:Number(e.port),register:e.register,username:e.username.trim()||void 0,auth_username:e.auth_username.trim()||void 0,password:e.password||void 0,realm:e.realm.trim()||void 0,enabled:!0}]}),_s=e=>e.state==="failed"&&e.last_error?`${r.lineStates.failed}: ${e.last_error}`:r.lineStates[e.state]||e.state;function Re(){let[e,t]=$(null),[n,s]=$(Rn),[o,a]=$({}),[i,u]=$("");C(()=>{let f=()=>Bn().then(t,_=>u(_.message));f();let m=setInterval(f,ps);return()=>clearInterval(m)},[]);let d=f=>m=>s({...n,[f]:m});async function l(f){f.preventDefault(),u("");let m=$s(n);if(a(m),!Object.keys(m).length)try{await N("resources",hs(n)),s(Rn),t(await Bn())}catch(_){a(Object.fromEntries(Object.entries(_.fields||{}).map(([h,p])=>[h.replace(/^gateways\.0\./,""),p]))),u(`${r.failed} ${_.message}`)}}return c`<div aria-labelledby="lines-h">
    <h3 id="lines-h">${r.outsideLines}</h3>
    <${x} message=${i} />
    ${e?e.length===0?c`<p>${r.noLines}</p>`:c`<ul class="lines">
            ${e.map(f=>c`<li key=${f.id} data-line=${f.name}><span class=${f.gw.state==="registered"?"dot on":"dot"}>${f.name} · ${_s(f.gw)}</span></li>`)}
          </ul>`:c`<p>${r.loading}</p>`}
    <form onSubmit=${l} novalidate>
      <h4>${r.addLine}</h4>
      <div class="grid">
        <${k} id="line_name" label=${r.name} value=${n.name} onInput=${d("name")} error=${o.name} />
        <${k} id="line_server" label=${r.lineServer} value=${n.server} onInput=${d("server")} error=${o.server} />
        <${k} id="line_port" label=${r.port} value=${n.port} onInput=${d("port")} error=${o.port} inputmode="numeric" />
        <${k} id="line_username" label=${r.lineNumber} value=${n.username} onInput=${d("username")} error=${o.username} autocomplete="off" />
        <${k} id="line_auth" label=${r.lineAuth} value=${n.auth_username} onInput=${d("auth_username")} error=${o.auth_username} autocomplete="off" />
        <${k} id="line_password" label=${r.linePassword} type="password" value=${n.password} onInput=${d("password")} error=${o.password} autocomplete="new-password" />
        <${k} id="line_realm" label=${r.lineRealm} value=${n.realm} onInput=${d("realm")} error=${o.realm} />
      </div>
      <${W} id="line_register" label=${r.lineRegister} checked=${n.register} onChange=${d("register")} />
      <button type="submit">${r.addLine}</button>
    </form>
  </div>`}var ne=V(null);async function jn(){let e=await y(`users/${S.value.owner}`);e.require_password_update&&(ne.value={forced:!0,username:e.username})}async function Hn(){let e=await y(`users/${S.value.owner}`);ne.value={forced:!1,username:e.username}}function bs(){let[e,t]=$(!1),[n,s]=$([]);return e?c`<${Ie}
      user=${{}}
      onDone=${o=>{t(!1),o&&s([...n,o])}}
    />`:c`<div>
    <h3>${r.firstUsers}</h3>
    <ul class="added">${n.map(o=>c`<li key=${o.username}>${o.first_name} ${o.last_name} · ${o.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${r.addUser}</button>
    <${Un} onAdded=${o=>s(a=>[...a,o])} />
  </div>`}function Gn(){let{forced:e,username:t}=ne.value,[n,s]=$(!e),o=[[r.stepPassword,()=>c`<${ie} username=${t} onDone=${()=>s(!0)} />`],[r.stepOffice,()=>c`<${Ue} />`],[r.stepUsers,()=>c`<${bs} />`],[r.stepMainNumber,()=>c`<${Te} />`],[r.stepLine,()=>c`<${Re} />`],[r.stepMail,()=>c`<${Le} />`],[r.stepDone,()=>c`<p>${r.wizardDone}</p><${kn} />`]],[a,i]=$(0),u=a===o.length-1,[d,l]=o[a],f=a===0&&!n;return c`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${r.wizard}</h2>
    <p class="hint">${r.stepOf(a+1,o.length)}: <strong>${d}</strong></p>
    ${f&&c`<p class="banner" role="alert">${r.pwForced}</p>`}
    <div key=${a}>${l()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${a===0} onClick=${()=>i(a-1)}>${r.back}</button>
      ${u?c`<button type="button" onClick=${()=>ne.value=null}>${r.finish}</button>`:c`<button type="button" disabled=${f} onClick=${()=>i(a+1)}>${r.next}</button>`}
    </div>
  </section>`}async function gs(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":S.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new R(t.status,n);return n.data}function qn(){let[e,t]=$(null),[n,s]=$(!1),[o,a]=$(""),[i,u]=$("");async function d(l){if(l.preventDefault(),a(""),u(""),!e)return a(r.pickBundle);s(!0);try{let f=await gs(e);u(r.updateInstalled(f&&f.installed))}catch(f){let m=f.body&&f.body.data&&(f.body.data.message||f.body.data.detail);a(`${r.failed} ${f.message}${typeof m=="string"&&m!==f.message?`: ${m}`:""}`)}s(!1)}return c`<form onSubmit=${d} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${r.softwareUpdate}</h3>
    <p class="hint">${r.updateHint}</p>
    <${x} message=${o} />
    <div class="field">
      <label for="bundle">${r.bundle}</label>
      <input id="bundle" type="file" onChange=${l=>t(l.target.files[0]||null)} />
    </div>
    ${i&&c`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?r.uploading:r.install}</button>
  </form>`}function Wn(){let[e,t]=$(null),[n,s]=$(""),o=()=>y("sip_bans").then(t,i=>i.status===403?t(null):s(i.message));C(o,[]);let a=i=>E(`sip_bans/${encodeURIComponent(i)}`).then(o,u=>s(u.message));return e?c`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${r.sipBans}</h3>
    <${x} message=${n} />
    ${e.length===0?c`<p>${r.noBans}</p>`:c`<ul class="numbers">
          ${e.map(i=>c`<li key=${i.ip} data-ban=${i.ip}>
              <span>${r.banned(i.ip,i.reason)} · ${r.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>a(i.ip)} aria-label=${r.liftBan(i.ip)}>${r.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:c`<${x} message=${n} />`}function zn(){let[e,t]=$(null),[n,s]=$("");return C(()=>{y(`users/${S.value.owner}`).then(t,o=>s(o.message))},[]),c`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${r.settings}</h2>
    <${x} message=${n} />
    <div class="stack">
      ${e&&c`<${ie} username=${e.username} />`}
      <${Ue} />
      <${Re} />
      <${Le} />
      <${Wn} />
      <${qn} />
      <div><button type="button" onClick=${()=>Hn().catch(o=>s(o.message))}>${r.runWizard}</button></div>
    </div>
  </section>`}var Be=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),Ct=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function vs(e,t){let n=await fetch("/v2/"+X(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":S.value.token,"Content-Type":Ct(t),Accept:"application/json"},body:t});if(!n.ok)throw new R(n.status,await n.json().catch(()=>null))}async function Vn(e,t){let n=await N("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await vs(n.id,t)}catch(s){throw await E(`media/${n.id}`).catch(()=>{}),s}return n.id}var St=e=>E(`media/${e}`).catch(()=>{});var Pt=["skip_greeting","skip_instructions","delete_after_notify","announcement_only"],ys=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,Xn=e=>e.split(/[\s,;]+/).filter(Boolean);function ws(e){let t={};e.name.trim()||(t.name=r.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=r.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=r.pinDigits);let n=Xn(e.notify).find(s=>!ys.test(s));return n&&(t.notify_email_addresses=r.badEmail(n)),t}function Yn({box:e,users:t,onDone:n}){let s=!e.id,[o,a]=$({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(Pt.map(v=>[v,!!e[v]]))}),[i,u]=$({}),[d,l]=$(""),[f,m]=$(!1),[_,h]=$(null),p=v=>b=>a({...o,[v]:b});async function g(v){v.preventDefault();let b=ws(o);if(_&&!Be(_)&&(b.greeting=r.greetingType),u(b),l(""),Object.keys(b).length)return;let w={name:o.name.trim(),mailbox:o.mailbox,notify_email_addresses:Xn(o.notify),...Object.fromEntries(Pt.map(O=>[O,o[O]]))};w.owner_id=o.owner_id||(s?void 0:null),w.pin=o.pin||(s?void 0:null),m(!0);let I=null;try{_&&(I=await Vn(w.name,_).catch(O=>{throw Object.assign(O,{fields:{greeting:O.fields&&O.fields.media||O.message}})}),w.media={...e.media||{},unavailable:I}),s?await N("vmboxes",w):await H(`vmboxes/${e.id}`,w),I&&e.media&&e.media.unavailable&&await St(e.media.unavailable),n()}catch(O){I&&await St(I),u(O.fields||{}),l(`${r.failed} ${O.message}`),m(!1)}}return c`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${s?r.addVmbox:r.editVmbox}</h2>
    <form onSubmit=${g} novalidate>
      <${x} message=${d} />
      <div class="grid">
        <${k} id="vm_name" label=${r.name} value=${o.name} onInput=${p("name")} error=${i.name} required />
        <${k} id="vm_mailbox" label=${r.mailbox} value=${o.mailbox} onInput=${p("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${r.owner}</label>
          <select id="vm_owner" value=${o.owner_id} onChange=${v=>p("owner_id")(v.target.value)}>
            <option value="">${r.noOwner}</option>
            ${t.map(v=>c`<option key=${v.id} value=${v.id}>${v.first_name} ${v.last_name}</option>`)}
          </select>
          ${i.owner_id&&c`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${k} id="vm_pin" label=${r.pin} type="password" value=${o.pin} onInput=${p("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${r.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${v=>h(v.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?r.greetingSet:r.greetingNone}</p>
        ${i.greeting&&c`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${k} id="vm_notify" label=${r.recipients} value=${o.notify} onInput=${p("notify")} error=${i.notify_email_addresses} />
      ${Pt.map(v=>c`<div class="check" key=${v}>
          <input type="checkbox" id=${"vm_"+v} checked=${o[v]} onChange=${b=>p(v)(b.target.checked)} />
          <label for=${"vm_"+v}>${r.vmFlags[v]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${f}>${f?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${n}>${r.cancel}</button>
      </div>
    </form>
  </section>`}var xs=62167219200,ks=e=>new Date((e-xs)*1e3).toISOString().slice(0,16).replace("T"," ");function je({box:e,onDone:t}){let n=`vmboxes/${e.id}/messages`,[s,o]=$(null),[a,i]=$({}),u=st([]),[d,l]=$(""),f=()=>y(`${n}?paginate=false`).then(p=>o(p.filter(g=>g.folder!=="deleted")),p=>l(p.message));C(()=>(f(),()=>u.current.forEach(p=>URL.revokeObjectURL(p))),[]);let m=p=>p.then(f,g=>l(g.message));async function _(p){if(a[p.media_id])return a[p.media_id];let g=URL.createObjectURL(await fn(`${n}/${p.media_id}/raw`));return u.current.push(g),i(v=>({...v,[p.media_id]:g})),g}async function h(p){try{let g=document.createElement("a");g.href=await _(p),g.download=`${e.mailbox}-${p.media_id}.wav`,g.click()}catch(g){l(g.message)}}return c`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${r.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${t}>${r.vmboxes}</button>
    </div>
    <${x} message=${d} />
    ${s?s.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.messages}>
            <thead><tr><th>${r.when}</th><th>${r.from}</th><th>${r.duration}</th><th>${r.folder}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${s.map(p=>c`<tr key=${p.media_id} data-message=${p.media_id} class="message">
                  <td data-label=${r.when}>${p.timestamp?ks(p.timestamp):""}</td>
                  <td data-label=${r.from}>${p.caller_id_name||""} ${p.caller_id_number||""}</td>
                  <td data-label=${r.duration}>${p.length?`${Math.round(p.length/1e3)} s`:""}</td>
                  <td data-label=${r.folder} class="folder">${r.folders[p.folder]||p.folder}</td>
                  <td class="actions">
                    ${a[p.media_id]?c`<audio controls autoplay src=${a[p.media_id]}></audio>`:c`<button onClick=${()=>_(p).catch(g=>l(g.message))}>${r.play}</button>`}
                    <button class="plain" onClick=${()=>h(p)}>${r.download}</button>
                    ${p.folder==="new"&&c`<button class="plain" onClick=${()=>m(L(`${n}/${p.media_id}`,{folder:"saved"}))}>${r.markHeard}</button>`}
                    <button class="danger" onClick=${()=>confirm(r.confirmDeleteMessage)&&m(E(`${n}/${p.media_id}`))}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}function Zn(){let[e,t]=$(null),[n,s]=$(null),[o,a]=$(null),[i,u]=$(""),d=()=>Promise.all([y("vmboxes?paginate=false"),y("users?paginate=false")]).then(([h,p])=>t({boxes:h,users:p}),h=>u(h.message));C(d,[]);let l=()=>{s(null),a(null),d()};async function f(h){confirm(r.confirmDeleteVmbox(h.name))&&(await E(`vmboxes/${h.id}`).catch(p=>u(p.message)),d())}async function m(h){try{s(await y(`vmboxes/${h.id}`))}catch(p){u(p.message)}}if(n)return c`<${Yn} box=${n} users=${e.users} onDone=${l} />`;if(o)return c`<${je} box=${o} onDone=${l} />`;let _=h=>{let p=e.users.find(g=>g.id===h);return p?`${p.first_name} ${p.last_name}`:""};return c`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${r.vmboxes}</h2>
      <button onClick=${()=>s({})}>${r.addVmbox}</button>
    </div>
    <${x} message=${i} />
    ${e?e.boxes.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.vmboxes}>
            <thead><tr><th>${r.name}</th><th>${r.mailbox}</th><th>${r.owner}</th><th>${r.newMessages}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map(h=>c`<tr key=${h.id} data-vmbox=${h.mailbox}>
                  <td data-label=${r.name}>${h.name}</td>
                  <td data-label=${r.mailbox}>${h.mailbox}</td>
                  <td data-label=${r.owner}>${_(h.owner_id)}</td>
                  <td data-label=${r.newMessages} class="count">${h.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>a(h)} aria-label=${r.messagesOf(h.name)}>${r.messages}</button>
                    <button class="plain" onClick=${()=>m(h)} aria-label=${`${r.edit} ${h.name}`}>${r.edit}</button>
                    <button class="danger" onClick=${()=>f(h)} aria-label=${`${r.del} ${h.name}`}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}function He(e,t){if(!(t instanceof R))throw t;let n={};for(let[s,o]of Object.entries(t.fields))n[e==="userGroup"&&s.startsWith("numbers")?"extension":s.split(".")[0]]=o;throw t.fields=n,t}async function Kn(){let[e,t]=await Promise.all([y("groups?paginate=false"),y("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let s=t.filter(o=>o.group_id===n.id);return{...n,userCf:s.find(o=>o.type==="userGroup"),baseCf:s.find(o=>o.type==="baseGroup")}})}async function Jn(e){let t=[];try{let n=await N("groups",ht({},e));t.push(()=>E(`groups/${n.id}`));let s=await N("callflows",_t({},n,e));t.push(()=>E(`callflows/${s.id}`)),await N("callflows",bt({},n,s,e)).catch(o=>He("userGroup",o))}catch(n){for(let s of t.reverse())await s().catch(()=>{});He("groups",n)}}async function Qn(e,t){try{let n=await L(`groups/${e.id}`,ht(await y(`groups/${e.id}`),t)),s=await L(`callflows/${e.baseCf.id}`,_t(await y(`callflows/${e.baseCf.id}`),n,t)),o=e.userCf?await y(`callflows/${e.userCf.id}`):{},a=bt(o,n,s,t);await(e.userCf?L(`callflows/${e.userCf.id}`,a):N("callflows",a)).catch(i=>He("userGroup",i))}catch(n){He("groups",n)}}async function er(e){for(let t of[e.userCf,e.baseCf])t&&await E(`callflows/${t.id}`);await E(`groups/${e.id}`)}var le=e=>/^\d+$/.test(String(e))?Number(e):NaN;function Cs(e){let t={};return e.name.trim()||(t.name=r.required),/^\d{2,8}$/.test(e.extension)||(t.extension=r.extDigits),le(e.repeats)>=1&&le(e.repeats)<=10||(t.repeats=r.repeatsRange),e.members.length||(t.members=r.pickMember),e.members.length>he&&(t.members=r.tooManyMembers(he)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=r.badTimeline),t}function tr({id:e,label:t,value:n,onChange:s,options:o,wide:a}){return c`<div class=${a?"field wide":"field"}>
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>s(i.target.value)}>
      ${o.map(([i,u])=>c`<option key=${i} value=${i}>${u}</option>`)}
    </select>
  </div>`}function nr({group:e,users:t,vmboxes:n,onDone:s}){let[o,a]=$(e.form),[i,u]=$("20"),[d,l]=$({}),[f,m]=$(""),[_,h]=$(!1),p=P=>D=>a({...o,[P]:D}),g=P=>o.members.find(D=>D.id===P),v=P=>a({...o,members:g(P.id)?o.members.filter(D=>D.id!==P.id):[...o.members,{id:P.id,delay:0,timeout:20}]}),b=(P,D,q)=>a({...o,members:o.members.map(B=>B.id===P?{...B,[D]:le(q)}:B)});async function w(P){P.preventDefault();let D=Cs(o);if(l(D),m(""),!Object.keys(D).length){h(!0);try{let q=O?o.members.map(de=>({...de,delay:0})):o.members,B={...o,members:q,name:o.name.trim(),repeats:le(o.repeats)};await(e.id?Qn(e,B):Jn(B)),s()}catch(q){l(q.fields||{}),m(`${r.failed} ${q.message}`),h(!1)}}}let I=o.members.length>=he,O=o.strategy!=="simultaneous";return c`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?r.editGroup:r.addGroup}</h2>
    <form onSubmit=${w} novalidate>
      <${x} message=${f} />
      <div class="grid">
        <${k} id="group_name" label=${r.name} value=${o.name} onInput=${p("name")} error=${d.name} required />
        <${k} id="group_extension" label=${r.extension} value=${o.extension} onInput=${p("extension")} error=${d.extension} required inputmode="numeric" />
        <${k} id="group_repeats" label=${r.repeats} value=${String(o.repeats)} onInput=${p("repeats")} error=${d.repeats} inputmode="numeric" />
        <${tr} id="group_strategy" label=${r.strategy} value=${o.strategy} onChange=${p("strategy")} options=${Object.entries(r.strategies)} />
        <${tr} id="group_next" wide label=${r.nextAction} value=${o.next_vmbox} onChange=${p("next_vmbox")}
          options=${[["",r.notAvailable],...n.map(P=>[P.id,r.toVoicemail(P.name,P.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${r.members(o.members.length,he)}</legend>
        ${d.members&&c`<p class="error" id="members-error" role="alert">${d.members}</p>`}
        <table class="list timeline" aria-label=${r.timeline}>
          <thead><tr><th>${r.member}</th>${!O&&c`<th>${r.startAfter}</th>`}<th>${r.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(P=>{let D=g(P.id),q=`${P.first_name} ${P.last_name}`;return c`<tr key=${P.id} data-member=${P.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+P.id} checked=${!!D} disabled=${!D&&I} onChange=${()=>v(P)} /><label for=${"m-"+P.id}>${q}</label></span></td>
                ${!O&&c`<td data-label=${r.startAfter}>${D&&c`<input class="delay" aria-label=${`${r.startAfter} ${q}`} inputmode="numeric" value=${Number.isNaN(D.delay)?"":D.delay} onInput=${B=>b(P.id,"delay",B.target.value)} />`}</td>`}
                <td data-label=${r.ringFor}>${D&&c`<input class="timeout" aria-label=${`${r.ringFor} ${q}`} inputmode="numeric" value=${Number.isNaN(D.timeout)?"":D.timeout} onInput=${B=>b(P.id,"timeout",B.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${k} id="group_total" label=${r.totalRing} value=${i} onInput=${u} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!o.members.length||!(le(i)>=1)} onClick=${()=>a({...o,members:vn(o.members,le(i))})}>${r.distribute}</button>
        </div>
      </fieldset>
      <div class="bar">
        <button type="submit" disabled=${_}>${_?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${s}>${r.cancel}</button>
      </div>
    </form>
  </section>`}async function Ss(e){let t=e.baseCf?await y(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},s=(n.endpoints||[]).map(a=>({id:a.id,delay:Number(a.delay)||0,timeout:Number(a.timeout)||20})),o=e.userCf?(await y(`callflows/${e.userCf.id}`)).flow.children._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:o&&o.module==="voicemail"?o.data.id:"",members:s}}function rr(){let[e,t]=$(null),[n,s]=$(null),[o,a]=$(""),i=()=>Promise.all([Kn(),y("users?paginate=false"),y("vmboxes?paginate=false")]).then(([l,f,m])=>t({groups:l,users:f,vmboxes:m}),l=>a(l.message));C(i,[]);async function u(l){try{s({...l,form:await Ss(l)})}catch(f){a(f.message)}}async function d(l){confirm(r.confirmDeleteGroup(l.name))&&(await er(l).catch(f=>a(f.message)),i())}return n?c`<${nr}
      group=${n}
      users=${e.users}
      vmboxes=${e.vmboxes}
      onDone=${()=>{s(null),i()}}
    />`:c`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${r.groups}</h2>
      <button disabled=${!e} onClick=${()=>s({form:{name:"",extension:"",repeats:1,strategy:"simultaneous",next_vmbox:"",members:[]}})}>${r.addGroup}</button>
    </div>
    <${x} message=${o} />
    ${e?e.groups.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.groups}>
            <thead><tr><th>${r.name}</th><th>${r.extension}</th><th>${r.memberCount}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.groups.map(l=>c`<tr key=${l.id} data-group=${l.name}>
                  <td data-label=${r.name}>${l.name}</td>
                  <td data-label=${r.extension} class="ext">${l.userCf&&l.userCf.numbers?l.userCf.numbers[0]:""}</td>
                  <td data-label=${r.memberCount}>${typeof l.endpoints=="number"?l.endpoints:Object.keys(l.endpoints||{}).length}</td>
                  <td class="actions">
                    <button onClick=${()=>u(l)} aria-label=${`${r.edit} ${l.name}`}>${r.edit}</button>
                    <button class="danger" onClick=${()=>d(l)} aria-label=${`${r.del} ${l.name}`}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}async function Ps(){let[e,t]=await Promise.all([y("phone_numbers"),y("callflows?paginate=false")]);return Object.entries(e.numbers||{}).map(([n,s])=>{let o=s.used_by_id&&t.find(a=>a.id===s.used_by_id);return{number:n,usedBy:o?o.name||o.id:s.used_by_id||""}}).sort((n,s)=>n.number.localeCompare(s.number))}function sr(){let[e,t]=$(null),[n,s]=$(""),[o,a]=$(""),[i,u]=$(""),d=()=>Ps().then(t,m=>u(m.message));C(d,[]);async function l(m){m.preventDefault();let _=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(_))return a(r.badPhoneNumber);a("");try{await N(`phone_numbers/${encodeURIComponent(_)}`,{}),s(""),d()}catch(h){a(h.fields.number||h.message)}}async function f(m){confirm(r.confirmDeleteNumber(m))&&(await E(`phone_numbers/${encodeURIComponent(m)}`).catch(_=>u(_.message)),d())}return c`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${r.numbers}</h2>
    <${x} message=${i} />
    ${e?e.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.numbers}>
            <thead><tr><th>${r.number}</th><th>${r.usedBy}</th><th><span class="sr">${r.del}</span></th></tr></thead>
            <tbody>
              ${e.map(m=>c`<tr key=${m.number} data-number=${m.number}>
                  <td data-label=${r.number} class="main-number">${m.number}</td>
                  <td data-label=${r.usedBy} class="used-by">${m.usedBy||r.spare}</td>
                  <td class="actions">${!m.usedBy&&c`<button class="danger" onClick=${()=>f(m.number)} aria-label=${`${r.remove} ${m.number}`}>${r.remove}</button>`}</td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
    <form onSubmit=${l} novalidate>
      <${k} id="new_number" label=${r.number} value=${n} onInput=${s} error=${o} inputmode="tel" />
      <button type="submit">${r.addPhoneNumber}</button>
    </form>
  </section>`}var or=e=>e.split(/[\s,;]+/).filter(Boolean);function ar(e){return{name:e.name.trim(),conference_numbers:[e.number],member:{pins:or(e.member_pins),join_muted:e.join_muted},moderator:{pins:or(e.moderator_pins)}}}var Nt=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:[n.number],flow:{module:"conference",data:{id:t.id},children:{}}});function ir(e){if(!(e instanceof R))throw e;let t={};for(let[n,s]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=s;throw e.fields=t,e}var lr=e=>y(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function dr(e){let t=null;try{t=await N("conferences",ar(e)),await N("callflows",Nt({},t,e))}catch(n){t&&await E(`conferences/${t.id}`).catch(()=>{}),ir(n)}}async function cr(e,t){try{let n=await H(`conferences/${e}`,ar(t)),[s]=await lr(e);s?await L(`callflows/${s.id}`,Nt(await y(`callflows/${s.id}`),n,t)):await N("callflows",Nt({},n,t))}catch(n){ir(n)}}async function ur(e){for(let t of await lr(e))await E(`callflows/${t.id}`);await E(`conferences/${e}`)}var Ns=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function Es(e){let t={};e.name.trim()||(t.name=r.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=r.extDigits);for(let n of["member_pins","moderator_pins"])Ns.test(e[n].trim())||(t[n]=r.pinList);return t}function mr({conf:e,onDone:t}){let n=!e.id,[s,o]=$({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[a,i]=$({}),[u,d]=$(""),[l,f]=$(!1),m=h=>p=>o({...s,[h]:p});async function _(h){h.preventDefault();let p=Es(s);if(i(p),d(""),!Object.keys(p).length){f(!0);try{n?await dr(s):await cr(e.id,s),t()}catch(g){i(g.fields||{}),d(`${r.failed} ${g.message}`),f(!1)}}}return c`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?r.addConference:r.editConference}</h2>
    <form onSubmit=${_} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="conf_name" label=${r.name} value=${s.name} onInput=${m("name")} error=${a.name} required />
        <${k} id="conf_number" label=${r.confNumber} value=${s.number} onInput=${m("number")} error=${a.number} required inputmode="tel" />
        <${k} id="conf_member_pins" label=${r.memberPins} value=${s.member_pins} onInput=${m("member_pins")} error=${a.member_pins||a.member} inputmode="numeric" autocomplete="off" />
        <${k} id="conf_moderator_pins" label=${r.moderatorPins} value=${s.moderator_pins} onInput=${m("moderator_pins")} error=${a.moderator_pins||a.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${W} id="conf_join_muted" label=${r.joinMuted} checked=${s.join_muted} onChange=${m("join_muted")} />
      <div class="bar">
        <button type="submit" disabled=${l}>${l?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${t}>${r.cancel}</button>
      </div>
    </form>
  </section>`}var fr=e=>(e&&e.pins||[]).length;function pr(){let[e,t]=$(null),[n,s]=$(null),[o,a]=$(""),i=()=>y("conferences?paginate=false").then(t,l=>a(l.message));C(i,[]);async function u(l){try{s(await y(`conferences/${l.id}`))}catch(f){a(f.message)}}async function d(l){confirm(r.confirmDeleteConference(l.name))&&(await ur(l.id).catch(f=>a(f.message)),i())}return n?c`<${mr}
      conf=${n}
      onDone=${()=>{s(null),i()}}
    />`:c`<section aria-labelledby="conf-h">
    <div class="bar">
      <h2 id="conf-h">${r.conferences}</h2>
      <button onClick=${()=>s({})}>${r.addConference}</button>
    </div>
    <${x} message=${o} />
    ${e?e.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.conferences}>
            <thead><tr><th>${r.name}</th><th>${r.confNumber}</th><th>${r.pins}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(l=>c`<tr key=${l.id} data-conference=${l.name}>
                  <td data-label=${r.name}>${l.name}</td>
                  <td data-label=${r.confNumber} class="ext">${(l.conference_numbers||[]).join(", ")}</td>
                  <td data-label=${r.pins} class="pins">${r.pinSummary(fr(l.member),fr(l.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>u(l)} aria-label=${`${r.edit} ${l.name}`}>${r.edit}</button>
                    <button class="danger" onClick=${()=>d(l)} aria-label=${`${r.del} ${l.name}`}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}var Ms=(e,t)=>({...e,numbers:e.numbers.map(n=>n.replace("{code}",t)),patterns:e.patterns.map(n=>n.replace("{code}",t.replace(/\*/g,"\\*"))),featurecode:{...e.featurecode,number:t}}),Os=e=>/^[0-9*]{1,6}$/.test(e),Ds=(e,t)=>(e.star?`*${t}`:t)+(e.takes_digits?"\u2026":"");function As({row:e,taken:t,onSaved:n}){let[s,o]=$(e.number),[a,i]=$(e.enabled),[u,d]=$(""),[l,f]=$(!1),m=s!==e.number||a!==e.enabled,_=`fc-${e.name.replace(/[^a-z0-9]/gi,"_")}`;async function h(){if(a&&!Os(s))return d(r.fcDigits);if(a&&t(e,s))return d(r.fcTaken(Ds(e,s)));d(""),f(!0);try{let p=Ms(e.template,s);a?e.enabled?await H(`callflows/${e.callflow_id}`,{numbers:p.numbers,patterns:p.patterns,featurecode:p.featurecode}):await N("callflows",p):await E(`callflows/${e.callflow_id}`),n()}catch(p){d(p.fields.numbers||p.fields.patterns||p.message),f(!1)}}return c`<tr data-code=${e.name} class=${e.handled?"":"muted"}>
    <td data-label=${r.fcWhat}>${e.description}${!e.handled&&c`<br /><small>${r.fcNotRun}</small>`}</td>
    <td data-label=${r.fcCode}>
      <span class="code-input">${e.star?"*":""}<input id=${_} aria-label=${`${r.fcCode}: ${e.description}`} value=${s} inputmode="tel" size="6"
        aria-invalid=${u?"true":void 0} onInput=${p=>o(p.target.value.trim())} disabled=${!a} />${e.takes_digits?"\u2026":""}</span>
      ${u&&c`<p class="error" role="alert">${u}</p>`}
    </td>
    <td data-label=${r.fcOn}><input type="checkbox" aria-label=${`${r.fcOn}: ${e.description}`} checked=${a} disabled=${!e.handled&&!e.enabled}
      onChange=${p=>i(p.target.checked)} /></td>
    <td class="actions">${m&&c`<button type="button" disabled=${l} onClick=${h} aria-label=${`${r.save}: ${e.description}`}>${r.save}</button>`}</td>
  </tr>`}function $r(){let[e,t]=$(null),[n,s]=$(""),o=()=>y("feature_codes").then(t,i=>s(i.message));C(o,[]);let a=(i,u)=>e.some(d=>d!==i&&d.enabled&&d.star===i.star&&d.number===u);return c`<section aria-labelledby="fc-h">
    <h2 id="fc-h">${r.featureCodes}</h2>
    <p class="hint">${r.fcHint}</p>
    <${x} message=${n} />
    ${e?c`<table class="list" aria-label=${r.featureCodes}>
          <thead><tr><th>${r.fcWhat}</th><th>${r.fcCode}</th><th>${r.fcOn}</th><th><span class="sr">${r.save}</span></th></tr></thead>
          <tbody>${e.map(i=>c`<${As} key=${`${i.name}/${i.callflow_id}/${i.number}`} row=${i} taken=${a} onSaved=${o} />`)}</tbody>
        </table>`:c`<p>${r.loading}</p>`}
  </section>`}var Is=/^\+?\d{2,15}$/;function Fs(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function hr({user:e,onSaved:t}){let[n,s]=$(Fs(e)),[o,a]=$({}),[i,u]=$(""),[d,l]=$(!1),[f,m]=$(!1),_=p=>g=>{l(!1),s({...n,[p]:g})};async function h(p){p.preventDefault();let g=n.forward&&!Is.test(n.number.trim())?{"call_forward.number":r.forwardNumber}:{};if(a(g),u(""),!Object.keys(g).length){m(!0);try{let v=await H(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});l(!0),t&&t(v)}catch(v){a(v.fields||{}),u(`${r.failed} ${v.message}`)}m(!1)}}return c`<form onSubmit=${h} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${r.callHandling}</h3>
    <${x} message=${i} />
    <${W} id="dnd" label=${r.dnd} checked=${n.dnd} onChange=${_("dnd")} />
    <${W} id="forward" label=${r.forward} checked=${n.forward} onChange=${_("forward")} />
    ${n.forward&&c`<fieldset>
      <${k} id="forward_number" label=${r.forwardTo} value=${n.number} onInput=${_("number")} error=${o["call_forward.number"]} inputmode="tel" />
      <${W} id="ring_devices" label=${r.ringDevicesToo} checked=${n.ring_devices} onChange=${_("ring_devices")} />
      <${W} id="direct_calls_only" label=${r.directCallsOnly} checked=${n.direct_calls_only} onChange=${_("direct_calls_only")} />
      <${W} id="keep_caller_id" label=${r.keepCallerId} checked=${n.keep_caller_id} onChange=${_("keep_caller_id")} />
      <${W} id="require_keypress" label=${r.requireKeypress} checked=${n.require_keypress} onChange=${_("require_keypress")} />
    </fieldset>`}
    ${d&&c`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit" disabled=${f}>${f?r.saving:r.save}</button>
  </form>`}var _r=(e,t)=>/^\d+$/.test(String(e))&&Number(e)>=t&&Number(e)<=300;function br({userId:e}){let[t,n]=$(null),[s,o]=$(null),[a,i]=$({}),[u,d]=$(""),[l,f]=$(!1),m=(p,g)=>{let v=Object.fromEntries(p.endpoints.map(b=>[b.id,b]));o({enabled:p.enabled,rows:g.map(b=>({id:b.id,name:b.name,on:!!v[b.id],delay:String(v[b.id]?.delay??0),timeout:String(v[b.id]?.timeout??20)}))})};if(C(()=>{Promise.all([y(`users/${e}/find_me_follow_me`),y(`users/${e}/devices`)]).then(([p,g])=>{n(g),m(p,g)},p=>d(p.message))},[]),!s)return c`<div class="card"><h3>${r.followMe}</h3><${x} message=${u} />${!u&&r.loading}</div>`;let _=(p,g,v)=>o({...s,rows:s.rows.map((b,w)=>w===p?{...b,[g]:v}:b)});async function h(p){p.preventDefault(),f(!1),d("");let g=s.rows.filter(b=>b.on),v={};if(s.enabled&&!g.length&&(v.rows=r.pickPhone),s.rows.forEach((b,w)=>{b.on&&(!_r(b.delay,0)||!_r(b.timeout,1))&&(v[w]=r.badTimeline)}),i(v),!Object.keys(v).length)try{let b=g.map(w=>({id:w.id,delay:Number(w.delay),timeout:Number(w.timeout)}));m(await L(`users/${e}/find_me_follow_me`,{enabled:s.enabled,endpoints:s.enabled?b:[]}),t),f(!0)}catch(b){let w={};for(let[I,O]of Object.entries(b.fields||{})){let P=/^endpoints\.(\d+)\./.exec(I);P?w[s.rows.indexOf(g[Number(P[1])])]=O:w.rows=O}i(w),d(`${r.failed} ${b.message}`)}}return c`<form class="card" onSubmit=${h} novalidate aria-labelledby="fmfm-h">
    <h3 id="fmfm-h">${r.followMe}</h3>
    <p class="hint">${r.followMeHint}</p>
    <${x} message=${u} />
    <${W} id="fmfm_on" label=${r.followMeOn} checked=${s.enabled} onChange=${p=>o({...s,enabled:p})} />
    ${s.enabled&&c`${a.rows&&c`<p class="error" role="alert">${a.rows}</p>`}
      <table class="list timeline" aria-label=${r.followMe}>
        <thead><tr><th>${r.myDevices}</th><th>${r.startAfter}</th><th>${r.ringFor}</th></tr></thead>
        <tbody>
          ${s.rows.map((p,g)=>c`<tr key=${p.id} data-fmfm=${p.name}>
              <td><span class="check"><input type="checkbox" id=${"fm-"+p.id} checked=${p.on} onChange=${v=>_(g,"on",v.target.checked)} /><label for=${"fm-"+p.id}>${p.name}</label></span>
                ${a[g]&&c`<p class="error" role="alert">${a[g]}</p>`}</td>
              <td data-label=${r.startAfter}>${p.on&&c`<input aria-label=${`${r.startAfter} ${p.name}`} inputmode="numeric" value=${p.delay} onInput=${v=>_(g,"delay",v.target.value)} />`}</td>
              <td data-label=${r.ringFor}>${p.on&&c`<input aria-label=${`${r.ringFor} ${p.name}`} inputmode="numeric" value=${p.timeout} onInput=${v=>_(g,"timeout",v.target.value)} />`}</td>
            </tr>`)}
        </tbody>
      </table>`}
    <div class="bar"><button type="submit">${r.save}</button>${l&&c`<span class="ok" role="status">${r.saved}</span>`}</div>
  </form>`}var Ts=5e3;function Us({userId:e}){let[t,n]=$(null),[s,o]=$("");return C(()=>{let a=()=>y(`users/${e}/devices`).then(n,u=>o(u.message));a();let i=setInterval(a,Ts);return()=>clearInterval(i)},[]),c`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${r.myDevices}</h3>
    <${x} message=${s} />
    ${t?t.length===0?r.none:c`<ul class="my-devices">
            ${t.map(a=>c`<li key=${a.id} data-device=${a.name}>
                <span class=${a.registered?"dot on":"dot"}>${a.name} · ${a.registered?r.registered:r.notRegistered}</span>
              </li>`)}
          </ul>`:r.loading}
  </div>`}function gr(){let[e,t]=$(null),[n,s]=$("");return C(()=>{y(`users/${S.value.owner}`).then(t,o=>s(o.message))},[]),c`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:r.myPhone}</h2>
    <${x} message=${n} />
    ${e&&c`<div class="stack">
      <${Us} userId=${e.id} />
      <${hr} user=${e} onSaved=${t} />
      <${br} userId=${e.id} />
      <${ie} username=${e.username} />
    </div>`}
  </section>`}async function Ls(e,t){let n=await fetch("/v2/"+X(`vmboxes/${e}/greeting`),{method:"POST",headers:{"X-Auth-Token":S.value.token,"Content-Type":Ct(t),Accept:"application/json"},body:t});if(!n.ok)throw new R(n.status,await n.json().catch(()=>null))}function vr({box:e}){let[t,n]=$(""),[s,o]=$(""),[a,i]=$(null),[u,d]=$({}),[l,f]=$(""),[m,_]=$(!1),h=()=>y(`vmboxes/${e.id}`).then(b=>_(!!(b.media&&b.media.unavailable)),()=>{});C(h,[]);let p=b=>`${b}_${e.mailbox}`;async function g(b){b.preventDefault(),f("");let w={};if(/^\d{4,6}$/.test(t)?t!==s&&(w.again=r.pinMismatch):w.pin=r.pinDigits,d(w),!Object.keys(w).length)try{await H(`vmboxes/${e.id}`,{pin:t}),n(""),o(""),f("pin")}catch(I){d({pin:I.fields.pin||I.message})}}async function v(b){if(b.preventDefault(),f(""),!a||!Be(a))return d({greeting:r.greetingType});d({});try{await Ls(e.id,a),f("greeting"),h()}catch(w){d({greeting:w.fields.media||w.message})}}return c`<div class="card" data-settings=${e.mailbox}>
    <h3>${r.boxSettings(e.name,e.mailbox)}</h3>
    <form onSubmit=${g} novalidate>
      <${k} id=${p("pin")} label=${r.newPin} type="password" value=${t} onInput=${n} error=${u.pin} inputmode="numeric" autocomplete="new-password" />
      <${k} id=${p("pin_again")} label=${r.newPinAgain} type="password" value=${s} onInput=${o} error=${u.again} inputmode="numeric" autocomplete="new-password" />
      <div class="bar"><button type="submit">${r.changePin}</button>${l==="pin"&&c`<span class="ok" role="status">${r.pinChanged}</span>`}</div>
    </form>
    <form onSubmit=${v} novalidate>
      <div class="field">
        <label for=${p("greeting")}>${r.greeting}</label>
        <input id=${p("greeting")} type="file" accept="audio/wav,audio/mpeg,.wav,.mp3" aria-invalid=${u.greeting?"true":void 0}
          onChange=${b=>i(b.target.files[0]||null)} />
        ${u.greeting&&c`<p class="error" id=${p("greeting")+"-error"} role="alert">${u.greeting}</p>`}
        <p class="hint">${m?r.greetingSet:r.greetingNone}</p>
      </div>
      <div class="bar"><button type="submit">${r.uploadGreeting}</button>${l==="greeting"&&c`<span class="ok" role="status">${r.greetingSaved}</span>`}</div>
    </form>
  </div>`}function yr(){let[e,t]=$(null),[n,s]=$(null),[o,a]=$(""),i=()=>y("vmboxes?paginate=false").then(t,u=>a(u.message));return C(i,[]),n?c`<${je}
      box=${n}
      onDone=${()=>{s(null),i()}}
    />`:c`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${r.vmboxes}</h2>
    <${x} message=${o} />
    ${e?e.length===0?c`<p>${r.noBox}</p>`:c`<ul class="numbers">
            ${e.map(u=>c`<li key=${u.id} data-vmbox=${u.mailbox}>
                <span>${u.name} (${u.mailbox}) · ${r.messageCount(u.messages||0)}</span>
                <button onClick=${()=>s(u)} aria-label=${r.messagesOf(u.name)}>${r.messages}</button>
              </li>`)}
          </ul>`:c`<p>${r.loading}</p>`}
    ${e&&c`<div class="stack">${e.map(u=>c`<${vr} key=${u.id} box=${u} />`)}</div>`}
  </section>`}var Rs={dashboard:[r.dashboard,gn],users:[r.users,xn],devices:[r.devices,Sn],groups:[r.groups,rr],calls:[r.callLogs,Nn],main:[r.mainNumber,Te],voicemail:[r.vmboxes,Zn],conferences:[r.conferences,pr],codes:[r.featureCodes,$r],numbers:[r.numbers,sr],settings:[r.settings,zn]},Bs={me:[r.myPhone,gr],myvoicemail:[r.vmboxes,yr],mycalls:[r.myCalls,En]},Ge=()=>S.value&&S.value.admin===!1?Bs:Rs,Et=V(location.hash.slice(1));addEventListener("hashchange",()=>Et.value=location.hash.slice(1));var js=()=>Et.value in Ge()?Et.value:Object.keys(Ge())[0],wr=null;ee(()=>{let e=S.value;e||(ne.value=null),e&&e.admin!==!1&&wr!==e.token&&(wr=e.token,jn().catch(()=>{}))});function Hs(){if(!S.value)return c`<${_n} />`;let e=js(),[,t]=Ge()[e];return c`<header>
      <strong>${r.app}</strong>
      <nav aria-label=${r.menu}>
        ${Object.entries(Ge()).map(([n,[s]])=>c`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${s}</a>`)}
      </nav>
      <button class="plain" onClick=${Oe}>${r.logout}</button>
    </header>
    <main>${ne.value?c`<${Gn} />`:c`<${t} key=${e} />`}</main>`}et(c`<${Hs} />`,document.getElementById("app"));
