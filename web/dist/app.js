var ye,M,It,Xe,Z,Mt,Ft,We,Tt,Ye,ze,Ve,yr,ue={},Ut=[],wr=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ze=Array.isArray;function Y(e,t){for(var n in t)e[n]=t[n];return e}function Ke(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function we(e,t,n){var s,a,o,i={};for(o in t)o=="key"?s=t[o]:o=="ref"?a=t[o]:i[o]=t[o];if(arguments.length>2&&(i.children=arguments.length>3?ye.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(o in e.defaultProps)i[o]===void 0&&(i[o]=e.defaultProps[o]);return ve(e,i,s,a,null)}function ve(e,t,n,s,a){var o={type:e,props:t,key:n,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:a??++It,__i:-1,__u:0};return a==null&&M.vnode!=null&&M.vnode(o),o}function xe(e){return e.children}function K(e,t){this.props=e,this.context=t}function re(e,t){if(t==null)return e.__?re(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?re(e):null}function Lt(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return Lt(e)}}function Ot(e){(!e.__d&&(e.__d=!0)&&Z.push(e)&&!ge.__r++||Mt!==M.debounceRendering)&&((Mt=M.debounceRendering)||Ft)(ge)}function ge(){var e,t,n,s,a,o,i,u;for(Z.sort(We);e=Z.shift();)e.__d&&(t=Z.length,s=void 0,o=(a=(n=e).__v).__e,i=[],u=[],n.__P&&((s=Y({},a)).__v=a.__v+1,M.vnode&&M.vnode(s),Je(n.__P,s,a,n.__n,n.__P.namespaceURI,32&a.__u?[o]:null,i,o??re(a),!!(32&a.__u),u),s.__v=a.__v,s.__.__k[s.__i]=s,Rt(i,s,u),s.__e!=o&&Lt(s)),Z.length>t&&Z.sort(We));ge.__r=0}function jt(e,t,n,s,a,o,i,u,l,d,f){var m,_,h,p,v,g,b=s&&s.__k||Ut,w=t.length;for(l=xr(n,t,b,l,w),m=0;m<w;m++)(h=n.__k[m])!=null&&(_=h.__i===-1?ue:b[h.__i]||ue,h.__i=m,g=Je(e,h,_,a,o,i,u,l,d,f),p=h.__e,h.ref&&_.ref!=h.ref&&(_.ref&&Qe(_.ref,null,h),f.push(h.ref,h.__c||p,h)),v==null&&p!=null&&(v=p),4&h.__u||_.__k===h.__k?l=Bt(h,l,e):typeof h.type=="function"&&g!==void 0?l=g:p&&(l=p.nextSibling),h.__u&=-7);return n.__e=v,l}function xr(e,t,n,s,a){var o,i,u,l,d,f=n.length,m=f,_=0;for(e.__k=new Array(a),o=0;o<a;o++)(i=t[o])!=null&&typeof i!="boolean"&&typeof i!="function"?(l=o+_,(i=e.__k[o]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?ve(null,i,null,null,null):Ze(i)?ve(xe,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?ve(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,u=null,(d=i.__i=kr(i,n,l,m))!==-1&&(m--,(u=n[d])&&(u.__u|=2)),u==null||u.__v===null?(d==-1&&_--,typeof i.type!="function"&&(i.__u|=4)):d!=l&&(d==l-1?_--:d==l+1?_++:(d>l?_--:_++,i.__u|=4))):e.__k[o]=null;if(m)for(o=0;o<f;o++)(u=n[o])!=null&&!(2&u.__u)&&(u.__e==s&&(s=re(u)),Ht(u,u));return s}function Bt(e,t,n){var s,a;if(typeof e.type=="function"){for(s=e.__k,a=0;s&&a<s.length;a++)s[a]&&(s[a].__=e,t=Bt(s[a],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=re(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function kr(e,t,n,s){var a,o,i=e.key,u=e.type,l=t[n];if(l===null||l&&i==l.key&&u===l.type&&!(2&l.__u))return n;if(s>(l!=null&&!(2&l.__u)?1:0))for(a=n-1,o=n+1;a>=0||o<t.length;){if(a>=0){if((l=t[a])&&!(2&l.__u)&&i==l.key&&u===l.type)return a;a--}if(o<t.length){if((l=t[o])&&!(2&l.__u)&&i==l.key&&u===l.type)return o;o++}}return-1}function Dt(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||wr.test(t)?n:n+"px"}function be(e,t,n,s,a){var o;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof s=="string"&&(e.style.cssText=s=""),s)for(t in s)n&&t in n||Dt(e.style,t,"");if(n)for(t in n)s&&n[t]===s[t]||Dt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")o=t!=(t=t.replace(Tt,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+o]=n,n?s?n.u=s.u:(n.u=Ye,e.addEventListener(t,o?Ve:ze,o)):e.removeEventListener(t,o?Ve:ze,o);else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function At(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=Ye++;else if(t.t<n.u)return;return n(M.event?M.event(t):t)}}}function Je(e,t,n,s,a,o,i,u,l,d){var f,m,_,h,p,v,g,b,w,I,O,N,D,q,B,de,qe,z=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(l=!!(32&n.__u),o=[u=t.__e=n.__e]),(f=M.__b)&&f(t);e:if(typeof z=="function")try{if(b=t.props,w="prototype"in z&&z.prototype.render,I=(f=z.contextType)&&s[f.__c],O=f?I?I.props.value:f.__:s,n.__c?g=(m=t.__c=n.__c).__=m.__E:(w?t.__c=m=new z(b,O):(t.__c=m=new K(b,O),m.constructor=z,m.render=Cr),I&&I.sub(m),m.props=b,m.state||(m.state={}),m.context=O,m.__n=s,_=m.__d=!0,m.__h=[],m._sb=[]),w&&m.__s==null&&(m.__s=m.state),w&&z.getDerivedStateFromProps!=null&&(m.__s==m.state&&(m.__s=Y({},m.__s)),Y(m.__s,z.getDerivedStateFromProps(b,m.__s))),h=m.props,p=m.state,m.__v=t,_)w&&z.getDerivedStateFromProps==null&&m.componentWillMount!=null&&m.componentWillMount(),w&&m.componentDidMount!=null&&m.__h.push(m.componentDidMount);else{if(w&&z.getDerivedStateFromProps==null&&b!==h&&m.componentWillReceiveProps!=null&&m.componentWillReceiveProps(b,O),!m.__e&&(m.shouldComponentUpdate!=null&&m.shouldComponentUpdate(b,m.__s,O)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(m.props=b,m.state=m.__s,m.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(ce){ce&&(ce.__=t)}),N=0;N<m._sb.length;N++)m.__h.push(m._sb[N]);m._sb=[],m.__h.length&&i.push(m);break e}m.componentWillUpdate!=null&&m.componentWillUpdate(b,m.__s,O),w&&m.componentDidUpdate!=null&&m.__h.push(function(){m.componentDidUpdate(h,p,v)})}if(m.context=O,m.props=b,m.__P=e,m.__e=!1,D=M.__r,q=0,w){for(m.state=m.__s,m.__d=!1,D&&D(t),f=m.render(m.props,m.state,m.context),B=0;B<m._sb.length;B++)m.__h.push(m._sb[B]);m._sb=[]}else do m.__d=!1,D&&D(t),f=m.render(m.props,m.state,m.context),m.state=m.__s;while(m.__d&&++q<25);m.state=m.__s,m.getChildContext!=null&&(s=Y(Y({},s),m.getChildContext())),w&&!_&&m.getSnapshotBeforeUpdate!=null&&(v=m.getSnapshotBeforeUpdate(h,p)),u=jt(e,Ze(de=f!=null&&f.type===xe&&f.key==null?f.props.children:f)?de:[de],t,n,s,a,o,i,u,l,d),m.base=t.__e,t.__u&=-161,m.__h.length&&i.push(m),g&&(m.__E=m.__=null)}catch(ce){if(t.__v=null,l||o!=null)if(ce.then){for(t.__u|=l?160:128;u&&u.nodeType==8&&u.nextSibling;)u=u.nextSibling;o[o.indexOf(u)]=null,t.__e=u}else for(qe=o.length;qe--;)Ke(o[qe]);else t.__e=n.__e,t.__k=n.__k;M.__e(ce,t,n)}else o==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):u=t.__e=Sr(n.__e,t,n,s,a,o,i,l,d);return(f=M.diffed)&&f(t),128&t.__u?void 0:u}function Rt(e,t,n){for(var s=0;s<n.length;s++)Qe(n[s],n[++s],n[++s]);M.__c&&M.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(o){o.call(a)})}catch(o){M.__e(o,a.__v)}})}function Sr(e,t,n,s,a,o,i,u,l){var d,f,m,_,h,p,v,g=n.props,b=t.props,w=t.type;if(w=="svg"?a="http://www.w3.org/2000/svg":w=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),o!=null){for(d=0;d<o.length;d++)if((h=o[d])&&"setAttribute"in h==!!w&&(w?h.localName==w:h.nodeType==3)){e=h,o[d]=null;break}}if(e==null){if(w==null)return document.createTextNode(b);e=document.createElementNS(a,w,b.is&&b),u&&(M.__m&&M.__m(t,o),u=!1),o=null}if(w===null)g===b||u&&e.data===b||(e.data=b);else{if(o=o&&ye.call(e.childNodes),g=n.props||ue,!u&&o!=null)for(g={},d=0;d<e.attributes.length;d++)g[(h=e.attributes[d]).name]=h.value;for(d in g)if(h=g[d],d!="children"){if(d=="dangerouslySetInnerHTML")m=h;else if(!(d in b)){if(d=="value"&&"defaultValue"in b||d=="checked"&&"defaultChecked"in b)continue;be(e,d,null,h,a)}}for(d in b)h=b[d],d=="children"?_=h:d=="dangerouslySetInnerHTML"?f=h:d=="value"?p=h:d=="checked"?v=h:u&&typeof h!="function"||g[d]===h||be(e,d,h,g[d],a);if(f)u||m&&(f.__html===m.__html||f.__html===e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(m&&(e.innerHTML=""),jt(e,Ze(_)?_:[_],t,n,s,w=="foreignObject"?"http://www.w3.org/1999/xhtml":a,o,i,o?o[0]:n.__k&&re(n,0),u,l),o!=null)for(d=o.length;d--;)Ke(o[d]);u||(d="value",w=="progress"&&p==null?e.removeAttribute("value"):p!==void 0&&(p!==e[d]||w=="progress"&&!p||w=="option"&&p!==g[d])&&be(e,d,p,g[d],a),d="checked",v!==void 0&&v!==e[d]&&be(e,d,v,g[d],a))}return e}function Qe(e,t,n){try{if(typeof e=="function"){var s=typeof e.__u=="function";s&&e.__u(),s&&t==null||(e.__u=e(t))}else e.current=t}catch(a){M.__e(a,n)}}function Ht(e,t,n){var s,a;if(M.unmount&&M.unmount(e),(s=e.ref)&&(s.current&&s.current!==e.__e||Qe(s,null,t)),(s=e.__c)!=null){if(s.componentWillUnmount)try{s.componentWillUnmount()}catch(o){M.__e(o,t)}s.base=s.__P=null}if(s=e.__k)for(a=0;a<s.length;a++)s[a]&&Ht(s[a],t,n||typeof e.type!="function");n||Ke(e.__e),e.__c=e.__=e.__e=void 0}function Cr(e,t,n){return this.constructor(e,n)}function et(e,t,n){var s,a,o,i;t==document&&(t=document.documentElement),M.__&&M.__(e,t),a=(s=typeof n=="function")?null:n&&n.__k||t.__k,o=[],i=[],Je(t,e=(!s&&n||t).__k=we(xe,null,[e]),a||ue,ue,t.namespaceURI,!s&&n?[n]:a?null:t.firstChild?ye.call(t.childNodes):null,o,!s&&n?n:a?a.__e:t.firstChild,s,i),Rt(o,e,i)}ye=Ut.slice,M={__e:function(e,t,n,s){for(var a,o,i;t=t.__;)if((a=t.__c)&&!a.__)try{if((o=a.constructor)&&o.getDerivedStateFromError!=null&&(a.setState(o.getDerivedStateFromError(e)),i=a.__d),a.componentDidCatch!=null&&(a.componentDidCatch(e,s||{}),i=a.__d),i)return a.__E=a}catch(u){e=u}throw e}},It=0,Xe=function(e){return e!=null&&e.constructor==null},K.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=Y({},this.state),typeof e=="function"&&(e=e(Y({},n),this.props)),e&&Y(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),Ot(this))},K.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Ot(this))},K.prototype.render=xe,Z=[],Ft=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,We=function(e,t){return e.__v.__b-t.__v.__b},ge.__r=0,Tt=/(PointerCapture)$|Capture$/i,Ye=0,ze=At(!1),Ve=At(!0),yr=0;var qt=function(e,t,n,s){var a;t[0]=0;for(var o=1;o<t.length;o++){var i=t[o++],u=t[o]?(t[0]|=i?1:2,n[t[o++]]):t[++o];i===3?s[0]=u:i===4?s[1]=Object.assign(s[1]||{},u):i===5?(s[1]=s[1]||{})[t[++o]]=u:i===6?s[1][t[++o]]+=u+"":i?(a=e.apply(u,qt(e,u,n,["",null])),s.push(a),u[0]?t[0]|=2:(t[o-2]=0,t[o]=a)):s.push(u)}return s},Gt=new Map;function Wt(e){var t=Gt.get(this);return t||(t=new Map,Gt.set(this,t)),(t=qt(this,t.get(e)||(t.set(e,t=function(n){for(var s,a,o=1,i="",u="",l=[0],d=function(_){o===1&&(_||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?l.push(0,_,i):o===3&&(_||i)?(l.push(3,_,i),o=2):o===2&&i==="..."&&_?l.push(4,_,0):o===2&&i&&!_?l.push(5,0,!0,i):o>=5&&((i||!_&&o===5)&&(l.push(o,0,i,a),o=6),_&&(l.push(o,_,0,a),o=6)),i=""},f=0;f<n.length;f++){f&&(o===1&&d(),d(f));for(var m=0;m<n[f].length;m++)s=n[f][m],o===1?s==="<"?(d(),l=[l],o=3):i+=s:o===4?i==="--"&&s===">"?(o=1,i=""):i=s+i[0]:u?s===u?u="":i+=s:s==='"'||s==="'"?u=s:s===">"?(d(),o=1):o&&(s==="="?(o=5,a=i,i=""):s==="/"&&(o<5||n[f][m+1]===">")?(d(),o===3&&(l=l[0]),o=l,(l=l[0]).push(2,0,o),o=0):s===" "||s==="	"||s===`
`||s==="\r"?(d(),o=2):i+=s),o===3&&i==="!--"&&(o=4,l=l[0])}return d(),l}(e)),t),arguments,[])).length>1?t:t[0]}var c=Wt.bind(we);var me,F,tt,zt,Se=0,en=[],T=M,Vt=T.__b,Xt=T.__r,Yt=T.diffed,Zt=T.__c,Kt=T.unmount,Jt=T.__;function rt(e,t){T.__h&&T.__h(F,e,Se||t),Se=0;var n=F.__H||(F.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function $(e){return Se=1,Nr(nn,e)}function Nr(e,t,n){var s=rt(me++,2);if(s.t=e,!s.__c&&(s.__=[n?n(t):nn(void 0,t),function(u){var l=s.__N?s.__N[0]:s.__[0],d=s.t(l,u);l!==d&&(s.__N=[d,s.__[1]],s.__c.setState({}))}],s.__c=F,!F.u)){var a=function(u,l,d){if(!s.__c.__H)return!0;var f=s.__c.__H.__.filter(function(_){return!!_.__c});if(f.every(function(_){return!_.__N}))return!o||o.call(this,u,l,d);var m=s.__c.props!==u;return f.forEach(function(_){if(_.__N){var h=_.__[0];_.__=_.__N,_.__N=void 0,h!==_.__[0]&&(m=!0)}}),o&&o.call(this,u,l,d)||m};F.u=!0;var o=F.shouldComponentUpdate,i=F.componentWillUpdate;F.componentWillUpdate=function(u,l,d){if(this.__e){var f=o;o=void 0,a(u,l,d),o=f}i&&i.call(this,u,l,d)},F.shouldComponentUpdate=a}return s.__N||s.__}function S(e,t){var n=rt(me++,3);!T.__s&&tn(n.__H,t)&&(n.__=e,n.i=t,F.__H.__h.push(n))}function st(e){return Se=5,Ce(function(){return{current:e}},[])}function Ce(e,t){var n=rt(me++,7);return tn(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function Er(){for(var e;e=en.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(ke),e.__H.__h.forEach(nt),e.__H.__h=[]}catch(t){e.__H.__h=[],T.__e(t,e.__v)}}T.__b=function(e){F=null,Vt&&Vt(e)},T.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Jt&&Jt(e,t)},T.__r=function(e){Xt&&Xt(e),me=0;var t=(F=e.__c).__H;t&&(tt===F?(t.__h=[],F.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(ke),t.__h.forEach(nt),t.__h=[],me=0)),tt=F},T.diffed=function(e){Yt&&Yt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(en.push(t)!==1&&zt===T.requestAnimationFrame||((zt=T.requestAnimationFrame)||Pr)(Er)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),tt=F=null},T.__c=function(e,t){t.some(function(n){try{n.__h.forEach(ke),n.__h=n.__h.filter(function(s){return!s.__||nt(s)})}catch(s){t.some(function(a){a.__h&&(a.__h=[])}),t=[],T.__e(s,n.__v)}}),Zt&&Zt(e,t)},T.unmount=function(e){Kt&&Kt(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(s){try{ke(s)}catch(a){t=a}}),n.__H=void 0,t&&T.__e(t,n.__v))};var Qt=typeof requestAnimationFrame=="function";function Pr(e){var t,n=function(){clearTimeout(s),Qt&&cancelAnimationFrame(t),setTimeout(e)},s=setTimeout(n,100);Qt&&(t=requestAnimationFrame(n))}function ke(e){var t=F,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),F=t}function nt(e){var t=F;e.__c=e.__(),F=t}function tn(e,t){return!e||e.length!==t.length||t.some(function(n,s){return n!==e[s]})}function nn(e,t){return typeof t=="function"?t(e):t}var Mr=Symbol.for("preact-signals");function at(){if(J>1)J--;else{var e,t=!1;for(function(){var a=Ee;for(Ee=void 0;a!==void 0;){var o=a.S;if(o.v===a.v)for(var i=o.t;i!==void 0;i=i.x)i.i===a.i&&(i.i=o.i);a=a.o}}();pe!==void 0;){var n=pe;for(pe=void 0,Ne++;n!==void 0;){var s=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&an(n))try{n.c()}catch(a){t||(e=a,t=!0)}n=s}}if(Ne=0,J--,t)throw e}}var fe,A=void 0;function $e(e){var t=A,n=fe;A=void 0,fe=void 0;try{return e()}finally{A=t,fe=n}}var pe=void 0,J=0,Ne=0;var rn=0,Ee=void 0,Pe=0;function sn(e){if(A!==void 0){var t=e.n;if(t===void 0||t.t!==A)return t={i:0,S:e,p:A.s,n:void 0,t:A,e:void 0,x:void 0,r:t},A.s!==void 0&&(A.s.n=t),A.s=t,e.n=t,32&A.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=A.s,t.n=void 0,A.s.n=t,A.s=t),t}}function U(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}U.prototype.brand=Mr;U.prototype.h=function(){return!0};U.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:$e(function(){var s;(s=t.W)==null||s.call(t)}))};U.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,s=e.x;n!==void 0&&(n.x=s,e.e=void 0),s!==void 0&&(s.e=n,e.x=void 0),e===this.t&&(this.t=s,s===void 0&&$e(function(){var a;(a=t.Z)==null||a.call(t)}))}};U.prototype.subscribe=function(e){var t=this;return ee(function(){var n=t.value;$e(function(){return e(n)})},{name:"sub"})};U.prototype.valueOf=function(){return this.value};U.prototype.toString=function(){return this.value+""};U.prototype.toJSON=function(){return this.value};U.prototype.peek=function(){var e=this;return $e(function(){return e.value})};Object.defineProperty(U.prototype,"value",{get:function(){var e=sn(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Ne>100)throw new Error("Cycle detected");(function(n){J!==0&&Ne===0&&n.l!==rn&&(n.l=rn,Ee={S:n,v:n.v,i:n.i,o:Ee})})(this),this.v=e,this.i++,Pe++,J++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{at()}}}});function V(e,t){return new U(e,t)}function an(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function on(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function ln(e){for(var t=e.s,n=void 0;t!==void 0;){var s=t.p;t.i===-1?(t.S.U(t),s!==void 0&&(s.n=t.n),t.n!==void 0&&(t.n.p=s)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=s}e.s=n}function Q(e,t){U.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Pe-1,this.f=4}Q.prototype=new U;Q.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Pe))return!0;if(this.g=Pe,this.f|=1,this.i>0&&!an(this))return this.f&=-2,!0;var e=A;try{on(this),A=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return A=e,ln(this),this.f&=-2,!0};Q.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}U.prototype.S.call(this,e)};Q.prototype.U=function(e){if(this.t!==void 0&&(U.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};Q.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(Q.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=sn(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function ot(e,t){return new Q(e,t)}function dn(e){var t=e.j;if(e.j=void 0,typeof t=="function"){J++;var n=A;A=void 0;try{t()}catch(s){throw e.f&=-2,e.f|=8,it(e),s}finally{A=n,at()}}}function it(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,dn(e)}function Or(e){if(A!==this)throw new Error("Out-of-order effect");ln(this),A=e,this.f&=-2;try{8&this.f&&it(this)}finally{at()}}function se(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,fe&&fe.push(this)}se.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};se.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,dn(this),on(this),J++;var e=A;return A=this,Or.bind(this,e)};se.prototype.N=function(){2&this.f||(this.f|=2,this.u=pe,pe=this)};se.prototype.d=function(){this.f|=8,1&this.f||it(this)};se.prototype.dispose=function(){this.d()};function ee(e,t){var n=new se(e,t);try{n.c()}catch(a){throw n.d(),a}var s=n.d.bind(n);return s[Symbol.dispose]=s,s}var dt,lt;function ae(e,t){M[e]=t.bind(null,M[e]||function(){})}function Me(e){lt&&lt(),lt=e&&e.S()}function cn(e){var t=this,n=e.data,s=Ar(n);s.value=n;var a=Ce(function(){for(var o=t.__v;o=o.__;)if(o.__c){o.__c.__$f|=4;break}return t.__$u.c=function(){var i,u=t.__$u.S(),l=a.value;u(),Xe(l)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=l},ot(function(){var i=s.value.value;return i===0?0:i===!0?"":i||""})},[]);return a.value}cn.displayName="_st";Object.defineProperties(U.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:cn},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});ae("__b",function(e,t){if(typeof t.type=="string"){var n,s=t.props;for(var a in s)if(a!=="children"){var o=s[a];o instanceof U&&(n||(t.__np=n={}),n[a]=o,s[a]=o.peek())}}e(t)});ae("__r",function(e,t){Me();var n,s=t.__c;s&&(s.__$f&=-2,(n=s.__$u)===void 0&&(s.__$u=n=function(a){var o;return ee(function(){o=this}),o.c=function(){s.__$f|=1,s.setState({})},o}())),dt=s,Me(n),e(t)});ae("__e",function(e,t,n,s){Me(),dt=void 0,e(t,n,s)});ae("diffed",function(e,t){Me(),dt=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var s=t.__np,a=t.props;if(s){var o=n.U;if(o)for(var i in o){var u=o[i];u!==void 0&&!(i in s)&&(u.d(),o[i]=void 0)}else n.U=o={};for(var l in s){var d=o[l],f=s[l];d===void 0?(d=Dr(n,l,f,a),o[l]=d):d.o(f,a)}}}e(t)});function Dr(e,t,n,s){var a=t in e&&e.ownerSVGElement===void 0,o=V(n);return{o:function(i,u){o.value=i,s=u},d:ee(function(){var i=o.value.value;s[t]!==i&&(s[t]=i,a?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}ae("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var s=n.U;if(s){n.U=void 0;for(var a in s){var o=s[a];o&&o.d()}}}}else{var i=t.__c;if(i){var u=i.__$u;u&&(i.__$u=void 0,u.d())}}e(t)});ae("__h",function(e,t,n,s){(s<3||s===9)&&(t.__$f|=2),e(t,n,s)});K.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var s in t)return!0;for(var a in e)if(a!=="__source"&&e[a]!==this.props[a])return!0;for(var o in this.props)if(!(o in e))return!0;return!1};function Ar(e){return Ce(function(){return V(e)},[])}var Ir=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],Fr=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function un(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,s=new Uint32Array(n*16);t.forEach((l,d)=>s[d>>2]|=l<<d%4*8),s[t.length>>2]|=128<<t.length%4*8,s[n*16-2]=t.length*8>>>0,s[n*16-1]=Math.floor(t.length/536870912);let[a,o,i,u]=[1732584193,4023233417,2562383102,271733878];for(let l=0;l<s.length;l+=16){let[d,f,m,_]=[a,o,i,u];for(let h=0;h<64;h++){let p=h>>4,v,g;p===0?[v,g]=[f&m|~f&_,h]:p===1?[v,g]=[_&f|~_&m,(5*h+1)%16]:p===2?[v,g]=[f^m^_,(3*h+5)%16]:[v,g]=[m^(f|~_),7*h%16];let b=Ir[p*4+h%4],w=d+v+Fr[h]+s[l+g]>>>0;[d,_,m]=[_,m,f],f=f+(w<<b|w>>>32-b)>>>0}[a,o,i,u]=[a+d>>>0,o+f>>>0,i+m>>>0,u+_>>>0]}return[a,o,i,u].map(l=>[0,8,16,24].map(d=>(l>>>d&255).toString(16).padStart(2,"0")).join("")).join("")}var ct="edgepbx.session",C=V(Tr());function Tr(){try{return JSON.parse(sessionStorage.getItem(ct))||null}catch{return null}}var Ur=30*60*1e3,mn=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>mn=Date.now(),{passive:!0});setInterval(()=>C.value&&Date.now()-mn>Ur&&Oe(),60*1e3);var j=class extends Error{constructor(t,n){let s={},a=n&&n.data;if(t===400&&a&&typeof a=="object")for(let[o,i]of Object.entries(a)){let u=i&&typeof i=="object"?Object.values(i)[0]:null;s[o]=u&&u.message||String(i)}super(n&&(n.message||a&&a.message)||`HTTP ${t}`),this.status=t,this.fields=s,this.body=n}};async function R(e,t,n,s=C.value&&C.value.token){let a=C.value,o={Accept:"application/json"};s&&(o["X-Auth-Token"]=s),n!==void 0&&(o["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:o,body:n===void 0?void 0:JSON.stringify({data:n})}),u=await i.json().catch(()=>null);if(i.status===401&&a&&t!=="user_auth"&&Oe(),!i.ok)throw new j(i.status,u);return u}async function fn(e){let t=await fetch("/v2/"+X(e),{headers:{"X-Auth-Token":C.value.token,Accept:"audio/*"}});if(!t.ok)throw new j(t.status,await t.json().catch(()=>null));return t.blob()}var X=e=>`accounts/${C.value.account}/${e}`,y=async e=>(await R("GET",X(e))).data,E=async(e,t)=>(await R("PUT",X(e),t)).data,L=async(e,t)=>(await R("POST",X(e),t)).data,H=async(e,t)=>(await R("PATCH",X(e),t)).data,P=async e=>(await R("DELETE",X(e))).data,pn=(e,t,n)=>R("PUT","user_auth",{credentials:un(`${t.toLowerCase()}:${n}`),account_name:e});async function $n(e,t,n){let s=await pn(e,t,n),a={token:s.auth_token,account:s.data.account_id,owner:s.data.owner_id,accountName:e},o=(await R("GET",`accounts/${a.account}/users/${a.owner}`,void 0,a.token)).data;a.admin=o.priv_level==="admin",sessionStorage.setItem(ct,JSON.stringify(a)),C.value=a}function Oe(){sessionStorage.removeItem(ct),C.value=null}async function hn(e,t){try{return await pn(C.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var r={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension and their phones?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",clockUnset:"The box does not know the date and time yet: office hours are not applied (calls take the default route) until a time server answers.",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",providerAddress:"Address shown to providers",providerAddressOwn:"the box's own",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"},featureCodes:"Feature codes",fcHint:"Codes dialled from any phone of the office. A code with \u2026 takes a number dialled after it. Turning a code off frees it.",fcWhat:"What it does",fcCode:"Code",fcOn:"On",fcNotRun:"This box does not run this code yet.",fcDigits:"1 to 6 digits",fcTaken:e=>`${e} is already another code`,followMe:"Find me follow me",followMeHint:"A call to your extension rings the phones picked here, each from its start for its ring time.",followMeOn:"Ring my phones by this timeline",pickPhone:"Pick at least one phone",boxSettings:(e,t)=>`PIN and greeting of ${e} (${t})`,newPin:"New PIN (4 to 6 digits)",newPinAgain:"New PIN again",pinMismatch:"The two PINs differ",changePin:"Change PIN",pinChanged:"PIN changed.",uploadGreeting:"Upload greeting",greetingSaved:"Greeting saved.",storage:"Storage (data partition)",storageUse:(e,t)=>`${e.toFixed(1)} GB used of ${t.toFixed(1)} GB`,lastBackup:"Last backup",backupAt:e=>`${e} UTC`,neverBackedUp:"never",certificate:"Certificate expires",certExpires:(e,t)=>`${e} (in ${t} days)`,unknown:"unknown",diskFull:e=>`The data partition is nearly full: ${e} GB free`,certSoon:e=>`The box's certificate expires in ${e} days`,certExpired:"The box's certificate has expired",csvImport:"Import users from a CSV file",csvHint:"A header line, then one user a line. Columns: first_name, last_name, username, extension, password (all needed), email, phone (yes: a desk phone). Nothing is made while a line is wrong.",csvFile:"CSV file",csvProblems:"Lines to fix",csvEmpty:"The file is empty",csvColumns:e=>`Missing columns: ${e}`,csvUnknown:e=>`Unknown columns: ${e}`,csvNoUsers:"No users in the file",csvExtra:"more fields than columns",csvDuplicate:e=>`the same as on line ${e}`,csvLine:(e,t,n)=>`Line ${e}: ${t?`${t}: `:""}${n}`,csvField:{first_name:"first name",last_name:"last name",username:"user name",email:"email",extension:"extension",password:"password"},csvMade:(e,t)=>`${e} of ${t} users made.`,stepMail:"Mail relay",mailRelay:"Mail relay (SMTP)",mailRelayHint:"The server the box sends its mails through: voicemail to email and missed-call alerts.",relayServer:"Server (host name or address)",relayHost:"A host name or IP address",port:"Port",relayPort:"A port from 1 to 65535",relayTls:"Encryption",tlsModes:{if_available:"STARTTLS when offered",always:"TLS always",never:"None"},relayUser:"Login (empty: none)",relayPasswordKeep:"Password (empty: keep the one set)",relayFrom:"Sender address",testTo:"Send a test mail to",sendTest:"Send a test mail",sending:"Sending\u2026",testSent:e=>`Sent to ${e}: the relay took it.`,stepLine:"Outside line",outsideLines:"Outside lines (SIP trunks)",noLines:"No outside line yet.",addLine:"Add an outside line",lineServer:"Provider's server",lineNumber:"Number or SIP user name",lineAuth:"Login, if not the number",linePassword:"SIP password",lineRealm:"Domain (realm), if not the server",lineRegister:"Register with the provider",lineStates:{registered:"registered",trying:"registering\u2026",failed:"registration failed",not_registering:"not registering"}};function k({id:e,label:t,value:n,onInput:s,error:a,type:o="text",required:i,autocomplete:u,inputmode:l}){let d=`${e}-error`;return c`<div class="field">
    <label for=${e}>${t}</label>
    <input
      id=${e}
      name=${e}
      type=${o}
      value=${n}
      required=${i}
      autocomplete=${u}
      inputmode=${l}
      aria-invalid=${a?"true":void 0}
      aria-describedby=${a?d:void 0}
      onInput=${f=>s(f.target.value)}
    />
    ${a&&c`<p class="error" id=${d} role="alert">${a}</p>`}
  </div>`}function x({message:e}){return e?c`<p class="banner" role="alert">${e}</p>`:null}function W({id:e,label:t,checked:n,onChange:s}){return c`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${a=>s(a.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function _n(){let[e,t]=$({account:"",username:"",password:""}),[n,s]=$(!1),[a,o]=$(""),i=l=>d=>t({...e,[l]:d});async function u(l){l.preventDefault(),s(!0),o("");try{await $n(e.account.trim(),e.username.trim(),e.password)}catch(d){o(d.status===401?r.badLogin:d.message),s(!1)}}return c`<main class="login">
    <form onSubmit=${u} aria-label=${r.login}>
      <h1>${r.app}</h1>
      <${x} message=${a} />
      <${k} id="account" label=${r.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${k} id="username" label=${r.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${k} id="password" label=${r.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?r.signingIn:r.login}</button>
    </form>
  </main>`}var Lr=5e3;async function jr(){let e=await y("resources?paginate=false");return(await Promise.all(e.map(n=>y(`resources/${n.id}/status`).then(s=>[n,s])))).flatMap(([n,s])=>s.gateways.filter(a=>a.state==="failed").map(a=>r.trunkDown(n.name||n.id,a.server)))}var bn=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function Br(){let[e,t,n]=await Promise.all([y("devices?with_status=true&paginate=false"),y("channels"),y("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function Rr(e){var n;let t={};for(let s of e){let a=t[n=s.device_type||"sip_device"]||(t[n]=[0,0]);a[0]+=1,s.registered&&(a[1]+=1)}return Object.entries(t).map(([s,[a,o]])=>[s,a,o]).sort((s,a)=>a[1]-s[1]||s[0].localeCompare(a[0]))}var Hr=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function Gr(){let[e,t,n,s,a,o,i]=await Promise.all([y("users?paginate=false"),y("phone_numbers"),bn(R("GET","system_status").then(l=>l.data),null),bn(y("sip_bans"),[]),jr(),y("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),y("conferences?paginate=false")]),u=Object.values(t.numbers||{});return{users:e.length,numbers:u.length,spare:u.filter(l=>!l.used_by).length,version:n&&n.software_version,provider:n&&{address:n.provider_address},clockUnset:!!(n&&n.clock&&n.clock.set===!1),main:Hr(o.flatMap(l=>l.numbers||[])),conference:i.flatMap(l=>l.conference_numbers||[]),box:n&&zr(n),alerts:[...s.map(l=>r.banned(l.ip,l.reason)),...a,...n?Vr(n):[]]}}var ut=1024**3,qr=.9,Wr=30;function zr({storage:e,last_backup:t,certificate:n}){return{storage:e?r.storageUse((e.total_bytes-e.free_bytes)/ut,e.total_bytes/ut):r.unknown,backup:t?r.backupAt(new Date(t.time_unix*1e3).toISOString().slice(0,16).replace("T"," ")):r.neverBackedUp,cert:n?r.certExpires(new Date(n.expires_unix*1e3).toISOString().slice(0,10),n.days_left):r.unknown}}function Vr({storage:e,certificate:t}){let n=[];return e&&e.total_bytes&&1-e.free_bytes/e.total_bytes>=qr&&n.push(r.diskFull(Math.round(e.free_bytes/ut*10)/10)),t&&t.days_left<Wr&&n.push(t.days_left<0?r.certExpired:r.certSoon(t.days_left)),n}function oe({id:e,label:t,value:n}){return c`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function vn(){let[e,t]=$(null),[n,s]=$(null),[a,o]=$("");S(()=>{Gr().then(t,f=>o(f.message));let l=()=>Br().then(s,f=>o(f.message));l();let d=setInterval(l,Lr);return()=>clearInterval(d)},[]);let i=n?n.devices.filter(l=>l.registered).length:"\u2026",u=n?n.ports.filter(l=>l.state==="down"||l.alarm).map(l=>r.portDown(l.name,l.alarm)):[];return c`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${r.dashboard}</h2>
    <${x} message=${a} />
    ${e&&e.clockUnset&&c`<p class="banner" role="alert" data-alert="clock">${r.clockUnset}</p>`}
    <div class="tiles">
      <${oe} id="users" label=${r.users} value=${e?e.users:"\u2026"} />
      <${oe} id="devices" label=${r.devices} value=${n?n.devices.length:"\u2026"} />
      <${oe} id="registered" label=${r.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${oe} id="calls" label=${r.callsNow} value=${n?n.calls:"\u2026"} />
      <${oe} id="numbers" label=${r.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&c`<${oe} id="version" label=${r.softwareVersion} value=${e.version} />`}
    </div>
    ${n&&c`<h3>${r.devicesByType}</h3>
      <ul class="by-type">
        ${Rr(n.devices).map(([l,d,f])=>c`<li key=${l} data-type=${l}>${r.deviceTypes[l]||l}: ${r.registeredOf(f,d)}</li>`)}
      </ul>`}
    ${n&&n.ports.length>0&&c`<h3>${r.analogPorts}</h3>
      <ul class="ports">
        ${n.ports.map(l=>c`<li key=${l.name} data-port=${l.name}><span class=${l.state==="down"?"dot":"dot on"}>${l.name} · ${r.portStates[l.state]||l.state}</span></li>`)}
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
    ${e&&([...e.alerts,...u].length?c`<ul class="alerts">${[...e.alerts,...u].map(l=>c`<li key=${l}>${l}</li>`)}</ul>`:c`<p class="ok">${r.noAlerts}</p>`)}
  </section>`}var G=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),ft=e=>`${e.first_name} ${e.last_name}`.trim();function mt(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,s=>t[s%t.length]).join("")}function pt(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:ft(t),number:t.extension}},ui_metadata:G()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}function De(e,t,n){return{...e,type:"mainUserCallflow",owner_id:t.id,name:r.callflowOf(ft(t)),numbers:[n],contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:{}},ui_metadata:G()}}function $t(e){return{device_type:"sip_device",name:r.phoneOf(ft(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${mt(10)}`,password:mt(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:G()}}var he=15;function ht(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||G()}}function _t(e,t,n){let s=Math.max(...n.members.map(a=>a.delay+a.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[mt(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:s,repeats:n.repeats,endpoints:n.members.map(a=>({id:a.id,endpoint_type:"user",delay:a.delay,timeout:a.timeout}))},children:{}},ui_metadata:e.ui_metadata||G()}}var Xr=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function bt(e,t,n,s){return{...e,name:s.name,type:"userGroup",group_id:t.id,numbers:[s.extension],flow:{module:"callflow",data:{id:n.id},children:{_:Xr(s.next_vmbox)}},ui_metadata:e.ui_metadata||G()}}function gn(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((s,a)=>({...s,delay:a*n,timeout:n}))}function Yr(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:null}function Zr(e,t){if(!(t instanceof j))throw t;let n={},s=[];for(let[a,o]of Object.entries(t.fields)){let i=Yr(e,a);i?n[i]=o:s.push(`${a}: ${o}`)}throw t.fields=n,s.length&&(t.message=s.join("; ")),t}async function te(e,t,n){try{return await t()}catch(s){for(let a of n.reverse())await a().catch(()=>{});Zr(e,s)}}async function Ae(e){let t=[],n=await te("users",()=>E("users",pt({},e)),t);t.push(()=>P(`users/${n.id}`));let s=await te("callflows",()=>E("callflows",De({},n,e.extension)),t);return t.push(()=>P(`callflows/${s.id}`)),e.phone&&await te("devices",()=>E("devices",$t(n)),t),n}async function yn(e,t,n){let s=await y(`users/${e}`),a=await te("users",()=>L(`users/${e}`,pt(s,t)),[]);if(n){let o=await y(`callflows/${n}`);await te("callflows",()=>L(`callflows/${n}`,De(o,a,t.extension)),[])}else await te("callflows",()=>E("callflows",De({},a,t.extension)),[]);return t.phone&&await te("devices",()=>E("devices",$t(a)),[]),a}async function wn(e){let[t,n]=await Promise.all([y(`callflows?filter_owner_id=${e}&paginate=false`),y(`devices?filter_owner_id=${e}&paginate=false`)]);for(let s of[...t.map(a=>`callflows/${a.id}`),...n.map(a=>`devices/${a.id}`)])await P(s);await P(`users/${e}`)}var Kr=5e3;function vt({ownerId:e}){let[t,n]=$([]),[s,a]=$("");return S(()=>{let o=!0;R("GET",`accounts/${C.value.account}`).then(l=>o&&a(l.data.realm||""));async function i(){let l=await y(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),d=await Promise.all(l.map(f=>y(`devices/${f.id}`)));o&&n(d.map((f,m)=>({...f,registered:l[m].registered})))}i().catch(()=>{});let u=setInterval(()=>i().catch(()=>{}),Kr);return()=>{o=!1,clearInterval(u)}},[e]),t.map(o=>c`<div class="card" key=${o.id} aria-label=${r.sipCredentials}>
      <h3>${r.sipCredentials}: ${o.name}</h3>
      <dl>
        <dt>${r.sipUser}</dt><dd class="sip-user">${o.sip&&o.sip.username}</dd>
        <dt>${r.sipPassword}</dt><dd class="sip-password">${o.sip&&o.sip.password}</dd>
        <dt>${r.sipRealm}</dt><dd>${s}</dd>
        <dt>${r.status}</dt><dd class=${o.registered?"dot on":"dot"}>${o.registered?r.registered:r.notRegistered}</dd>
      </dl>
    </div>`)}function gt(e,t){return e.length<12?r.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(s=>s.test(e)).length<3?r.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?r.pwUsername:""}function ie({username:e,onDone:t}){let[n,s]=$({old:"",next:"",again:""}),[a,o]=$({}),[i,u]=$(""),[l,d]=$(!1),[f,m]=$(!1),_=p=>v=>s({...n,[p]:v});async function h(p){p.preventDefault(),m(!1);let v={};n.old||(v.old=r.required);let g=gt(n.next,e);if(g?v.next=g:n.next===n.old&&(v.next=r.pwSame),n.again!==n.next&&(v.again=r.pwMismatch),o(v),!Object.keys(v).length){d(!0),u("");try{if(!await hn(e,n.old)){o({old:r.pwOldWrong});return}await H(`users/${C.value.owner}`,{password:n.next,require_password_update:!1}),s({old:"",next:"",again:""}),m(!0),t&&t()}catch(b){o(b.fields||{}),u(b.message)}finally{d(!1)}}}return c`<form onSubmit=${h} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${r.changePassword}</h3>
    <p class="hint">${r.pwRules}</p>
    <${x} message=${i} />
    <${k} id="pw_old" label=${r.pwOld} type="password" value=${n.old} onInput=${_("old")} error=${a.old} autocomplete="current-password" />
    <${k} id="pw_new" label=${r.pwNew} type="password" value=${n.next} onInput=${_("next")} error=${a.next||a.password} autocomplete="new-password" />
    <${k} id="pw_again" label=${r.pwAgain} type="password" value=${n.again} onInput=${_("again")} error=${a.again} autocomplete="new-password" />
    ${f&&c`<p class="ok" role="status">${r.pwChanged}</p>`}
    <button type="submit" disabled=${l}>${l?r.saving:r.changePassword}</button>
  </form>`}function yt(e,t){let n={};for(let a of["first_name","last_name","username","extension"])e[a].trim()||(n[a]=r.required);e.extension&&!/^\d{2,8}$/.test(e.extension)&&(n.extension=r.extDigits);let s=(t||e.password)&&gt(e.password,e.username);return s&&(n.password=s),n}function Ie({user:e,onDone:t}){let n=!e.id,[s,a]=$({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n}),[o,i]=$({}),[u,l]=$(""),[d,f]=$(!1),[m,_]=$(null),h=g=>b=>a({...s,[g]:b});async function p(g){g.preventDefault();let b=yt(s,n);if(i(b),l(""),!Object.keys(b).length){f(!0);try{let w=n?await Ae(s):await yn(e.id,s,e.callflow&&e.callflow.id);n||s.phone?_(w):t()}catch(w){i(w.fields||{}),l(`${r.failed} ${w.message}`)}f(!1)}}if(m)return c`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${m.first_name} ${m.last_name}</h2>
      <${vt} ownerId=${m.id} />
      <button onClick=${()=>t({...m,extension:s.extension})}>${r.users}</button>
    </section>`;let v=e.devices&&e.devices.length>0;return c`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?r.addUser:r.editUser}</h2>
    <form onSubmit=${p} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="first_name" label=${r.firstName} value=${s.first_name} onInput=${h("first_name")} error=${o.first_name} required />
        <${k} id="last_name" label=${r.lastName} value=${s.last_name} onInput=${h("last_name")} error=${o.last_name} required />
        <${k} id="username" label=${r.username} value=${s.username} onInput=${h("username")} error=${o.username} required autocomplete="off" />
        <${k} id="email" label=${r.email} type="email" value=${s.email} onInput=${h("email")} error=${o.email} />
        <${k} id="new_password" label=${r.password} type="password" value=${s.password} onInput=${h("password")} error=${o.password} required=${n} autocomplete="new-password" />
        <${k} id="extension" label=${r.extension} value=${s.extension} onInput=${h("extension")} error=${o.extension} required inputmode="numeric" />
      </div>
      ${!v&&c`<div class="check">
        <input type="checkbox" id="phone" checked=${s.phone} onChange=${g=>a({...s,phone:g.target.checked})} />
        <label for="phone">${r.deskPhone}</label>
      </div>`}
      <div class="bar">
        <button type="submit" disabled=${d}>${d?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${t}>${r.cancel}</button>
      </div>
    </form>
    ${v&&c`<${vt} ownerId=${e.id} />`}
  </section>`}async function Jr(){let[e,t,n]=await Promise.all([y("users?paginate=false"),y("callflows?filter_type=mainUserCallflow&paginate=false"),y("devices?with_status=true&paginate=false")]);return e.map(s=>{let a=t.find(o=>o.owner_id===s.id);return{...s,callflow:a,extension:a&&a.numbers?a.numbers[0]:"",devices:n.filter(o=>o.owner_id===s.id)}})}function xn(){let[e,t]=$(null),[n,s]=$(null),[a,o]=$(""),i=()=>Jr().then(t,l=>o(l.message));S(i,[]);async function u(l){if(confirm(r.confirmDelete(`${l.first_name} ${l.last_name}`))){try{await wn(l.id)}catch(d){o(d.message)}i()}}return n?c`<${Ie}
      user=${n}
      onDone=${()=>{s(null),i()}}
    />`:c`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${r.users}</h2>
      <button onClick=${()=>s({})}>${r.addUser}</button>
    </div>
    <${x} message=${a} />
    ${e?e.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.users}>
            <thead><tr><th>${r.name}</th><th>${r.username}</th><th>${r.extension}</th><th>${r.devices}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(l=>c`<tr key=${l.id} data-user=${l.username}>
                  <td data-label=${r.name}>${l.first_name} ${l.last_name}</td>
                  <td data-label=${r.username}>${l.username}</td>
                  <td data-label=${r.extension} class="ext">${l.extension}</td>
                  <td data-label=${r.devices}>
                    ${l.devices.map(d=>c`<span class=${d.registered?"dot on":"dot"}>${d.name} · ${d.registered?r.registered:r.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>s(l)} aria-label=${`${r.edit} ${l.username}`}>${r.edit}</button>
                    ${l.id!==C.value.owner&&c`<button class="danger" onClick=${()=>u(l)} aria-label=${`${r.del} ${l.username}`}>${r.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}function kn(){let[e,t]=$(null),[n,s]=$("");return S(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([a,o])=>{let i=u=>o.find(l=>l.id===u);t(a.map(u=>({...u,owner:i(u.owner_id)})))},a=>s(a.message))},[]),c`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${r.devices}</h2>
    <${x} message=${n} />
    ${e?e.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.devices}>
            <thead><tr><th>${r.name}</th><th>${r.type}</th><th>${r.sipUser}</th><th>${r.owner}</th><th>${r.status}</th></tr></thead>
            <tbody>
              ${e.map(a=>c`<tr key=${a.id}>
                  <td data-label=${r.name}>${a.name}</td>
                  <td data-label=${r.type}>${a.device_type}</td>
                  <td data-label=${r.sipUser}>${a.username}</td>
                  <td data-label=${r.owner}>${a.owner?`${a.owner.first_name} ${a.owner.last_name}`:""}</td>
                  <td data-label=${r.status}><span class=${a.registered?"dot on":"dot"}>${a.registered?r.registered:r.notRegistered}</span></td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}var Qr=86400,es=62167219200;function ts({leg:e}){return c`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function ns({call:e,withLegs:t}){let[n,s]=$(null),[a,o]=$(!1);async function i(){o(!a),n||s(await y(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return c`<tr class="call" data-call=${e.call_id}>
      <td data-label=${r.when}>${t?c`<button class="plain" aria-expanded=${a} onClick=${i}>${e.datetime}</button>`:e.datetime}</td>
      <td data-label=${r.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${r.to}>${e.dialed_number}</td>
      <td data-label=${r.duration}>${e.duration_seconds}s</td>
      <td data-label=${r.result}>${e.hangup_cause}</td>
    </tr>
    ${a&&c`<tr class="legs"><td colspan="5">
      <h3>${r.legs}</h3>
      ${n?c`<ul>${n.map(u=>c`<${ts} key=${u.id} leg=${u} />`)}</ul>`:r.loading}
    </td></tr>`}`}function Sn({path:e,title:t,withLegs:n}){let[s,a]=$(null),[o,i]=$("");return S(()=>{let u=Math.floor(Date.now()/1e3)+es;y(`${e}?created_from=${u-7*Qr}&created_to=${u+60}&page_size=100`).then(a,l=>i(l.message))},[]),c`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${x} message=${o} />
    ${s?s.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${t}>
            <thead><tr><th>${r.when}</th><th>${r.from}</th><th>${r.to}</th><th>${r.duration}</th><th>${r.result}</th></tr></thead>
            <tbody>${s.map(u=>c`<${ns} key=${u.id} call=${u} withLegs=${n} />`)}</tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}var Cn=()=>c`<${Sn} path="cdrs/interaction" title=${r.callLogs} withLegs=${!0} />`,Nn=()=>c`<${Sn} path=${`users/${C.value.owner}/cdrs`} title=${r.myCalls} withLegs=${!1} />`;var rs=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],ss=["undefinedMainNumber","0"],Fe=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],_e=e=>({module:"callflow",data:{id:e},children:{}});async function Pn(){let e=await y("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(i=>[i.name,i]));for(let i of rs){if(t[i])continue;let u=t[`${i}Menu`]||await as(`${i}Menu`);t[i]=await E("callflows",{name:i,type:"main",numbers:[i],flow:_e(u.id),ui_metadata:G()})}let n=t.MainCallflow||await E("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:_e(t.MainOpenHours.id)}},ui_metadata:G()}),[s,a]=await Promise.all([y(`callflows/${n.id}`),y("temporal_rules?paginate=false")]),o=await Promise.all(a.filter(i=>i.name==="MainOpenHours"||i.name==="MainLunchHours").map(i=>y(`temporal_rules/${i.id}`)));return{main:s,parts:t,open:o.filter(i=>i.type==="main_weekdays"),lunch:o.filter(i=>i.type==="main_lunchbreak")}}async function as(e){let t=await E("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:G()});return E("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:G()})}var Mn=e=>(e.numbers||[]).filter(t=>!ss.includes(t));async function On(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=G(),e.main=await L(`callflows/${n.id}`,n)}var En=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},wt=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`;async function Dn(e,t){let[n,...s]=e.open;for(let f of s)await P(`temporal_rules/${f.id}`);let a=[];if(t){let f={...n||{},name:"MainOpenHours",type:"main_weekdays",cycle:"weekly",interval:1,wdays:t.wdays,time_window_start:En(t.start),time_window_stop:En(t.stop),ui_metadata:G()};a=[n?await L(`temporal_rules/${n.id}`,f):await E("temporal_rules",f)]}else n&&await P(`temporal_rules/${n.id}`);let{parts:o,main:i}=e,u=new Set([...e.lunch,...e.open,...a].map(f=>f.id)),l=(i.flow&&i.flow.data&&i.flow.data.rules||[]).filter(f=>!u.has(f)),d={};for(let f of l)d[f]=i.flow.children[f];for(let f of e.lunch)d[f.id]=_e(o.MainLunchHours.id);for(let f of a)d[f.id]=_e(o.MainOpenHours.id);d._=_e(a.length?o.MainAfterHours.id:o.MainOpenHours.id),i.flow={module:"temporal_route",data:{rules:[...l,...[...e.lunch,...a].map(f=>f.id)]},children:d},i.ui_metadata=G(),e.main=await L(`callflows/${i.id}`,i),e.open=a}function os({strategy:e,onSaved:t}){let[n,s]=$(""),[a,o]=$(""),i=Mn(e.main);async function u(d){o("");try{await On(e,d),s(""),t()}catch(f){o(Object.values(f.fields||{})[0]||f.message)}}function l(d){d.preventDefault();let f=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(f))return o(r.badNumber);u([...i,f])}return c`<form onSubmit=${l} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${r.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(d=>c`<li key=${d}>
          <span class="main-number">${d}</span>
          <button type="button" class="plain" aria-label=${`${r.remove} ${d}`} onClick=${()=>u(i.filter(f=>f!==d))}>${r.remove}</button>
        </li>`)}
    </ul>
    <${k} id="main_number" label=${r.number} value=${n} onInput=${s} error=${a} inputmode="tel" />
    <button type="submit">${r.addNumber}</button>
  </form>`}function is({strategy:e,onSaved:t}){let n=e.open[0],[s,a]=$(!!n),[o,i]=$(n?n.wdays||[]:Fe.slice(0,5)),[u,l]=$(n?wt(n.time_window_start||0):"09:00"),[d,f]=$(n?wt(n.time_window_stop||0):"17:00"),[m,_]=$(""),[h,p]=$(!1),v=b=>i(o.includes(b)?o.filter(w=>w!==b):Fe.filter(w=>w===b||o.includes(w)));async function g(b){if(b.preventDefault(),p(!1),s&&!o.length)return _(r.pickDay);if(s&&!(u<d))return _(r.badHours);_("");try{await Dn(e,s?{wdays:o,start:u,stop:d}:null),p(!0),t()}catch(w){_(Object.entries(w.fields||{}).map(([I,O])=>`${I}: ${O}`).join("; ")||w.message)}}return c`<form onSubmit=${g} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${r.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!s} onChange=${()=>a(!1)} /><label for="h24">${r.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${s} onChange=${()=>a(!0)} /><label for="hcustom">${r.openCustom}</label></div>
    ${s&&c`<fieldset>
      <legend class="sr">${r.openCustom}</legend>
      <div class="days">
        ${Fe.map(b=>c`<span class="check"><input type="checkbox" id=${"day-"+b} checked=${o.includes(b)} onChange=${()=>v(b)} /><label for=${"day-"+b}>${r.wday[b]}</label></span>`)}
      </div>
      <div class="grid">
        <${k} id="opens" label=${r.opens} type="time" value=${u} onInput=${l} />
        <${k} id="closes" label=${r.closes} type="time" value=${d} onInput=${f} />
      </div>
    </fieldset>`}
    ${m&&c`<p class="error" role="alert">${m}</p>`}
    ${h&&c`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit">${r.save}</button>
  </form>`}function Te(){let[e,t]=$(null),[n,s]=$(""),[,a]=$(0);S(()=>{Pn().then(t,i=>s(i.message))},[]);let o=()=>a(i=>i+1);return c`<section aria-labelledby="main-h">
    <h2 id="main-h">${r.mainNumber}</h2>
    <${x} message=${n} />
    ${e?c`<div class="stack">
          <${os} strategy=${e} onSaved=${o} />
          <${is} strategy=${e} onSaved=${o} />
        </div>`:!n&&c`<p>${r.loading}</p>`}
  </section>`}var xt=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function Ue({onDone:e}){let t=`accounts/${C.value.account}`,[n,s]=$(null),[a,o]=$({}),[i,u]=$(""),[l,d]=$(!1);S(()=>{R("GET",t).then(({data:_})=>s({name:_.name||"",timezone:_.timezone||"UTC"}),_=>u(_.message))},[]);async function f(_){if(_.preventDefault(),d(!1),!n.name.trim())return o({name:r.required});o({}),u("");try{await R("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),C.value={...C.value,accountName:n.name.trim()},d(!0),e&&e()}catch(h){o(h.fields||{}),u(h.message)}}if(!n)return c`<${x} message=${i} />${!i&&c`<p>${r.loading}</p>`}`;let m=xt.includes(n.timezone)?xt:[n.timezone,...xt];return c`<form onSubmit=${f} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${r.office}</h3>
    <${x} message=${i} />
    <${k} id="office_name" label=${r.officeName} value=${n.name} onInput=${_=>s({...n,name:_})} error=${a.name} />
    <div class="field">
      <label for="timezone">${r.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${_=>s({...n,timezone:_.target.value})}>
        ${m.map(_=>c`<option key=${_} value=${_}>${_}</option>`)}
      </select>
      ${a.timezone&&c`<p class="error" role="alert">${a.timezone}</p>`}
    </div>
    ${l&&c`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit">${r.save}</button>
  </form>`}function An(e){let t=[],n=[],s="",a=!1,o=1,i=1,u=()=>{n.push(s.trim()),s=""},l=()=>{u(),n.some(d=>d!=="")&&t.push({line:i,fields:n}),n=[],i=o};for(let d=0;d<e.length;d++){let f=e[d];a?f==='"'&&e[d+1]==='"'?(s+='"',d++):f==='"'?a=!1:(f===`
`&&o++,s+=f):f==='"'?a=!0:f===","?u():f===`
`?(o++,l()):f!=="\r"&&(s+=f)}return l(),t}var In=["first_name","last_name","username","email","extension","password","phone"],ls=["first_name","last_name","username","extension","password"],ds=/^(yes|y|true|1)$/i;function cs(e){let[t,...n]=An(e);if(!t)return{problems:[r.csvEmpty]};let s=t.fields.map(d=>d.toLowerCase().replace(/\s+/g,"_")),a=ls.filter(d=>!s.includes(d));if(a.length)return{problems:[r.csvColumns(a.join(", "))]};let o=s.filter(d=>!In.includes(d));if(o.length)return{problems:[r.csvUnknown(o.join(", "))]};let i=[],u={username:new Map,extension:new Map},l=n.map(({line:d,fields:f})=>{let m=Object.fromEntries(In.map(p=>[p,f[s.indexOf(p)]??""])),_={...m,phone:ds.test(m.phone)},h=yt(_,!0);f.length>s.length&&(h.line=r.csvExtra);for(let p of["username","extension"]){let v=_[p].toLowerCase();v&&u[p].has(v)?h[p]=r.csvDuplicate(u[p].get(v)):u[p].set(v,d)}for(let[p,v]of Object.entries(h))i.push(r.csvLine(d,p==="line"?"":r.csvField[p]||p,v));return{line:d,form:_}});return n.length||i.push(r.csvNoUsers),{forms:l,problems:i}}function Fn({onAdded:e}){let[t,n]=$([]),[s,a]=$(""),[o,i]=$(!1);async function u(l){let d=l.target.files[0];if(a(""),!d)return;let{forms:f,problems:m}=cs(await d.text());if(n(m),m.length)return;i(!0);let _=[],h=0;for(let{line:p,form:v}of f)try{let g=await Ae(v);h++,e({...g,extension:v.extension})}catch(g){let b=Object.entries(g.fields||{}).map(([w,I])=>r.csvLine(p,r.csvField[w]||w,I));_.push(...b.length?b:[r.csvLine(p,"",g.message)])}n(_),a(r.csvMade(h,f.length)),i(!1),l.target.value=""}return c`<div class="card">
    <h3>${r.csvImport}</h3>
    <p class="hint">${r.csvHint}</p>
    <div class="field">
      <label for="csv_file">${r.csvFile}</label>
      <input id="csv_file" type="file" accept=".csv,text/csv" disabled=${o} onChange=${u} />
    </div>
    ${s&&c`<p class="ok" role="status">${s}</p>`}
    ${t.length>0&&c`<ul class="errors" aria-label=${r.csvProblems}>${t.map(l=>c`<li key=${l} class="error">${l}</li>`)}</ul>`}
  </div>`}var kt="configs/smtp_client",Tn=/^[^@\s]+@[^@\s]+$/;function us(e){let t={};return/^[A-Za-z0-9.:-]{1,253}$/.test(e.relay)||(t.relay=r.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=r.relayPort),e.from&&!Tn.test(e.from)&&(t.from=r.badEmail(e.from)),t}function Le(){let[e,t]=$(null),[n,s]=$(""),[a,o]=$({}),[i,u]=$(""),[l,d]=$("");if(S(()=>{y(kt).then(h=>t({relay:h.relay||"",port:String(h.port||587),tls:h.tls||"if_available",username:h.username||"",password:"",from:h.from||"",passwordSet:!!h.password_set}),h=>u(h.message))},[]),!e)return c`<${x} message=${i} />${!i&&c`<p>${r.loading}</p>`}`;let f=h=>p=>t({...e,[h]:p});async function m(h){h.preventDefault(),d(""),u("");let p=us(e);if(o(p),Object.keys(p).length)return;let v={relay:e.relay.trim(),port:Number(e.port),tls:e.tls,username:e.username.trim(),from:e.from.trim()||void 0};e.password&&(v.password=e.password);try{await H(kt,v),t({...e,password:"",passwordSet:e.passwordSet||!!e.password}),d(r.saved)}catch(g){o(g.fields||{}),u(g.message)}}async function _(){if(d(""),!Tn.test(n.trim()))return o({...a,to:r.badEmail(n)});o({}),d(r.sending);try{await L(`${kt}/test`,{to:n.trim()}),d(r.testSent(n.trim()))}catch(h){d(""),o(h.fields||{}),Object.keys(h.fields||{}).length||u(h.message)}}return c`<form onSubmit=${m} aria-labelledby="relay-h" novalidate>
    <h3 id="relay-h">${r.mailRelay}</h3>
    <p class="hint">${r.mailRelayHint}</p>
    <${x} message=${i} />
    <div class="grid">
      <${k} id="relay_host" label=${r.relayServer} value=${e.relay} onInput=${f("relay")} error=${a.relay} />
      <${k} id="relay_port" label=${r.port} value=${e.port} onInput=${f("port")} error=${a.port} inputmode="numeric" />
      <div class="field">
        <label for="relay_tls">${r.relayTls}</label>
        <select id="relay_tls" value=${e.tls} onChange=${h=>f("tls")(h.target.value)}>
          ${Object.entries(r.tlsModes).map(([h,p])=>c`<option key=${h} value=${h}>${p}</option>`)}
        </select>
      </div>
      <${k} id="relay_user" label=${r.relayUser} value=${e.username} onInput=${f("username")} error=${a.username} autocomplete="off" />
      <${k} id="relay_password" label=${e.passwordSet?r.relayPasswordKeep:r.password} type="password" value=${e.password} onInput=${f("password")} error=${a.password} autocomplete="new-password" />
      <${k} id="relay_from" label=${r.relayFrom} value=${e.from} onInput=${f("from")} error=${a.from} />
    </div>
    <div class="bar"><button type="submit">${r.save}</button></div>
    <${k} id="relay_test_to" label=${r.testTo} value=${n} onInput=${s} error=${a.to} type="email" />
    <div class="bar"><button type="button" class="plain" onClick=${_}>${r.sendTest}</button></div>
    ${l&&c`<p class="ok" role="status">${l}</p>`}
  </form>`}var ms=5e3,Un={name:"",server:"",port:"5060",username:"",auth_username:"",password:"",realm:"",register:!0};async function Ln(){let e=await y("resources?paginate=false");return Promise.all(e.map(t=>y(`resources/${t.id}/status`).then(n=>({...t,gw:n.gateways[0]||{}}))))}function fs(e){let t={};return e.name.trim()||(t.name=r.required),/^[A-Za-z0-9.-]{1,253}$/.test(e.server.trim())||(t.server=r.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=r.relayPort),e.register&&!e.username.trim()&&(t.username=r.required),e.register&&!e.password&&(t.password=r.required),t}var ps=e=>({name:e.name.trim(),enabled:!0,weight_cost:50,rules:["^(\\+?\\d{3,15})$"],gateways:[{server:e.server.trim(),port:Number(e.port),register:e.register,username:e.username.trim()||void 0,auth_username:e.auth_username.trim()||void 0,password:e.password||void 0,realm:e.realm.trim()||void 0,enabled:!0}]}),$s=e=>e.state==="failed"&&e.last_error?`${r.lineStates.failed}: ${e.last_error}`:r.lineStates[e.state]||e.state;function je(){let[e,t]=$(null),[n,s]=$(Un),[a,o]=$({}),[i,u]=$("");S(()=>{let f=()=>Ln().then(t,_=>u(_.message));f();let m=setInterval(f,ms);return()=>clearInterval(m)},[]);let l=f=>m=>s({...n,[f]:m});async function d(f){f.preventDefault(),u("");let m=fs(n);if(o(m),!Object.keys(m).length)try{await E("resources",ps(n)),s(Un),t(await Ln())}catch(_){o(Object.fromEntries(Object.entries(_.fields||{}).map(([h,p])=>[h.replace(/^gateways\.0\./,""),p]))),u(`${r.failed} ${_.message}`)}}return c`<div aria-labelledby="lines-h">
    <h3 id="lines-h">${r.outsideLines}</h3>
    <${x} message=${i} />
    ${e?e.length===0?c`<p>${r.noLines}</p>`:c`<ul class="lines">
            ${e.map(f=>c`<li key=${f.id} data-line=${f.name}><span class=${f.gw.state==="registered"?"dot on":"dot"}>${f.name} · ${$s(f.gw)}</span></li>`)}
          </ul>`:c`<p>${r.loading}</p>`}
    <form onSubmit=${d} novalidate>
      <h4>${r.addLine}</h4>
      <div class="grid">
        <${k} id="line_name" label=${r.name} value=${n.name} onInput=${l("name")} error=${a.name} />
        <${k} id="line_server" label=${r.lineServer} value=${n.server} onInput=${l("server")} error=${a.server} />
        <${k} id="line_port" label=${r.port} value=${n.port} onInput=${l("port")} error=${a.port} inputmode="numeric" />
        <${k} id="line_username" label=${r.lineNumber} value=${n.username} onInput=${l("username")} error=${a.username} autocomplete="off" />
        <${k} id="line_auth" label=${r.lineAuth} value=${n.auth_username} onInput=${l("auth_username")} error=${a.auth_username} autocomplete="off" />
        <${k} id="line_password" label=${r.linePassword} type="password" value=${n.password} onInput=${l("password")} error=${a.password} autocomplete="new-password" />
        <${k} id="line_realm" label=${r.lineRealm} value=${n.realm} onInput=${l("realm")} error=${a.realm} />
      </div>
      <${W} id="line_register" label=${r.lineRegister} checked=${n.register} onChange=${l("register")} />
      <button type="submit">${r.addLine}</button>
    </form>
  </div>`}var ne=V(null);async function jn(){let e=await y(`users/${C.value.owner}`);e.require_password_update&&(ne.value={forced:!0,username:e.username})}async function Bn(){let e=await y(`users/${C.value.owner}`);ne.value={forced:!1,username:e.username}}function hs(){let[e,t]=$(!1),[n,s]=$([]);return e?c`<${Ie}
      user=${{}}
      onDone=${a=>{t(!1),a&&s([...n,a])}}
    />`:c`<div>
    <h3>${r.firstUsers}</h3>
    <ul class="added">${n.map(a=>c`<li key=${a.username}>${a.first_name} ${a.last_name} · ${a.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${r.addUser}</button>
    <${Fn} onAdded=${a=>s(o=>[...o,a])} />
  </div>`}function Rn(){let{forced:e,username:t}=ne.value,[n,s]=$(!e),a=[[r.stepPassword,()=>c`<${ie} username=${t} onDone=${()=>s(!0)} />`],[r.stepOffice,()=>c`<${Ue} />`],[r.stepUsers,()=>c`<${hs} />`],[r.stepMainNumber,()=>c`<${Te} />`],[r.stepLine,()=>c`<${je} />`],[r.stepMail,()=>c`<${Le} />`],[r.stepDone,()=>c`<p>${r.wizardDone}</p>`]],[o,i]=$(0),u=o===a.length-1,[l,d]=a[o],f=o===0&&!n;return c`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${r.wizard}</h2>
    <p class="hint">${r.stepOf(o+1,a.length)}: <strong>${l}</strong></p>
    ${f&&c`<p class="banner" role="alert">${r.pwForced}</p>`}
    <div key=${o}>${d()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${o===0} onClick=${()=>i(o-1)}>${r.back}</button>
      ${u?c`<button type="button" onClick=${()=>ne.value=null}>${r.finish}</button>`:c`<button type="button" disabled=${f} onClick=${()=>i(o+1)}>${r.next}</button>`}
    </div>
  </section>`}async function _s(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":C.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new j(t.status,n);return n.data}function Hn(){let[e,t]=$(null),[n,s]=$(!1),[a,o]=$(""),[i,u]=$("");async function l(d){if(d.preventDefault(),o(""),u(""),!e)return o(r.pickBundle);s(!0);try{let f=await _s(e);u(r.updateInstalled(f&&f.installed))}catch(f){let m=f.body&&f.body.data&&(f.body.data.message||f.body.data.detail);o(`${r.failed} ${f.message}${typeof m=="string"&&m!==f.message?`: ${m}`:""}`)}s(!1)}return c`<form onSubmit=${l} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${r.softwareUpdate}</h3>
    <p class="hint">${r.updateHint}</p>
    <${x} message=${a} />
    <div class="field">
      <label for="bundle">${r.bundle}</label>
      <input id="bundle" type="file" onChange=${d=>t(d.target.files[0]||null)} />
    </div>
    ${i&&c`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?r.uploading:r.install}</button>
  </form>`}function Gn(){let[e,t]=$(null),[n,s]=$(""),a=()=>y("sip_bans").then(t,i=>i.status===403?t(null):s(i.message));S(a,[]);let o=i=>P(`sip_bans/${encodeURIComponent(i)}`).then(a,u=>s(u.message));return e?c`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${r.sipBans}</h3>
    <${x} message=${n} />
    ${e.length===0?c`<p>${r.noBans}</p>`:c`<ul class="numbers">
          ${e.map(i=>c`<li key=${i.ip} data-ban=${i.ip}>
              <span>${r.banned(i.ip,i.reason)} · ${r.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>o(i.ip)} aria-label=${r.liftBan(i.ip)}>${r.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:c`<${x} message=${n} />`}function qn(){let[e,t]=$(null),[n,s]=$("");return S(()=>{y(`users/${C.value.owner}`).then(t,a=>s(a.message))},[]),c`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${r.settings}</h2>
    <${x} message=${n} />
    <div class="stack">
      ${e&&c`<${ie} username=${e.username} />`}
      <${Ue} />
      <${je} />
      <${Le} />
      <${Gn} />
      <${Hn} />
      <div><button type="button" onClick=${()=>Bn().catch(a=>s(a.message))}>${r.runWizard}</button></div>
    </div>
  </section>`}var Be=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),St=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function bs(e,t){let n=await fetch("/v2/"+X(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":C.value.token,"Content-Type":St(t),Accept:"application/json"},body:t});if(!n.ok)throw new j(n.status,await n.json().catch(()=>null))}async function Wn(e,t){let n=await E("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await bs(n.id,t)}catch(s){throw await P(`media/${n.id}`).catch(()=>{}),s}return n.id}var Ct=e=>P(`media/${e}`).catch(()=>{});var Nt=["skip_greeting","skip_instructions","delete_after_notify","announcement_only"],vs=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,zn=e=>e.split(/[\s,;]+/).filter(Boolean);function gs(e){let t={};e.name.trim()||(t.name=r.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=r.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=r.pinDigits);let n=zn(e.notify).find(s=>!vs.test(s));return n&&(t.notify_email_addresses=r.badEmail(n)),t}function Vn({box:e,users:t,onDone:n}){let s=!e.id,[a,o]=$({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(Nt.map(g=>[g,!!e[g]]))}),[i,u]=$({}),[l,d]=$(""),[f,m]=$(!1),[_,h]=$(null),p=g=>b=>o({...a,[g]:b});async function v(g){g.preventDefault();let b=gs(a);if(_&&!Be(_)&&(b.greeting=r.greetingType),u(b),d(""),Object.keys(b).length)return;let w={name:a.name.trim(),mailbox:a.mailbox,notify_email_addresses:zn(a.notify),...Object.fromEntries(Nt.map(O=>[O,a[O]]))};w.owner_id=a.owner_id||(s?void 0:null),w.pin=a.pin||(s?void 0:null),m(!0);let I=null;try{_&&(I=await Wn(w.name,_).catch(O=>{throw Object.assign(O,{fields:{greeting:O.fields&&O.fields.media||O.message}})}),w.media={...e.media||{},unavailable:I}),s?await E("vmboxes",w):await H(`vmboxes/${e.id}`,w),I&&e.media&&e.media.unavailable&&await Ct(e.media.unavailable),n()}catch(O){I&&await Ct(I),u(O.fields||{}),d(`${r.failed} ${O.message}`),m(!1)}}return c`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${s?r.addVmbox:r.editVmbox}</h2>
    <form onSubmit=${v} novalidate>
      <${x} message=${l} />
      <div class="grid">
        <${k} id="vm_name" label=${r.name} value=${a.name} onInput=${p("name")} error=${i.name} required />
        <${k} id="vm_mailbox" label=${r.mailbox} value=${a.mailbox} onInput=${p("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${r.owner}</label>
          <select id="vm_owner" value=${a.owner_id} onChange=${g=>p("owner_id")(g.target.value)}>
            <option value="">${r.noOwner}</option>
            ${t.map(g=>c`<option key=${g.id} value=${g.id}>${g.first_name} ${g.last_name}</option>`)}
          </select>
          ${i.owner_id&&c`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${k} id="vm_pin" label=${r.pin} type="password" value=${a.pin} onInput=${p("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${r.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${g=>h(g.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?r.greetingSet:r.greetingNone}</p>
        ${i.greeting&&c`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${k} id="vm_notify" label=${r.recipients} value=${a.notify} onInput=${p("notify")} error=${i.notify_email_addresses} />
      ${Nt.map(g=>c`<div class="check" key=${g}>
          <input type="checkbox" id=${"vm_"+g} checked=${a[g]} onChange=${b=>p(g)(b.target.checked)} />
          <label for=${"vm_"+g}>${r.vmFlags[g]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${f}>${f?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${n}>${r.cancel}</button>
      </div>
    </form>
  </section>`}var ys=62167219200,ws=e=>new Date((e-ys)*1e3).toISOString().slice(0,16).replace("T"," ");function Re({box:e,onDone:t}){let n=`vmboxes/${e.id}/messages`,[s,a]=$(null),[o,i]=$({}),u=st([]),[l,d]=$(""),f=()=>y(`${n}?paginate=false`).then(p=>a(p.filter(v=>v.folder!=="deleted")),p=>d(p.message));S(()=>(f(),()=>u.current.forEach(p=>URL.revokeObjectURL(p))),[]);let m=p=>p.then(f,v=>d(v.message));async function _(p){if(o[p.media_id])return o[p.media_id];let v=URL.createObjectURL(await fn(`${n}/${p.media_id}/raw`));return u.current.push(v),i(g=>({...g,[p.media_id]:v})),v}async function h(p){try{let v=document.createElement("a");v.href=await _(p),v.download=`${e.mailbox}-${p.media_id}.wav`,v.click()}catch(v){d(v.message)}}return c`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${r.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${t}>${r.vmboxes}</button>
    </div>
    <${x} message=${l} />
    ${s?s.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.messages}>
            <thead><tr><th>${r.when}</th><th>${r.from}</th><th>${r.duration}</th><th>${r.folder}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${s.map(p=>c`<tr key=${p.media_id} data-message=${p.media_id} class="message">
                  <td data-label=${r.when}>${p.timestamp?ws(p.timestamp):""}</td>
                  <td data-label=${r.from}>${p.caller_id_name||""} ${p.caller_id_number||""}</td>
                  <td data-label=${r.duration}>${p.length?`${Math.round(p.length/1e3)} s`:""}</td>
                  <td data-label=${r.folder} class="folder">${r.folders[p.folder]||p.folder}</td>
                  <td class="actions">
                    ${o[p.media_id]?c`<audio controls autoplay src=${o[p.media_id]}></audio>`:c`<button onClick=${()=>_(p).catch(v=>d(v.message))}>${r.play}</button>`}
                    <button class="plain" onClick=${()=>h(p)}>${r.download}</button>
                    ${p.folder==="new"&&c`<button class="plain" onClick=${()=>m(L(`${n}/${p.media_id}`,{folder:"saved"}))}>${r.markHeard}</button>`}
                    <button class="danger" onClick=${()=>confirm(r.confirmDeleteMessage)&&m(P(`${n}/${p.media_id}`))}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}function Xn(){let[e,t]=$(null),[n,s]=$(null),[a,o]=$(null),[i,u]=$(""),l=()=>Promise.all([y("vmboxes?paginate=false"),y("users?paginate=false")]).then(([h,p])=>t({boxes:h,users:p}),h=>u(h.message));S(l,[]);let d=()=>{s(null),o(null),l()};async function f(h){confirm(r.confirmDeleteVmbox(h.name))&&(await P(`vmboxes/${h.id}`).catch(p=>u(p.message)),l())}async function m(h){try{s(await y(`vmboxes/${h.id}`))}catch(p){u(p.message)}}if(n)return c`<${Vn} box=${n} users=${e.users} onDone=${d} />`;if(a)return c`<${Re} box=${a} onDone=${d} />`;let _=h=>{let p=e.users.find(v=>v.id===h);return p?`${p.first_name} ${p.last_name}`:""};return c`<section aria-labelledby="vmboxes-h">
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
                    <button onClick=${()=>o(h)} aria-label=${r.messagesOf(h.name)}>${r.messages}</button>
                    <button class="plain" onClick=${()=>m(h)} aria-label=${`${r.edit} ${h.name}`}>${r.edit}</button>
                    <button class="danger" onClick=${()=>f(h)} aria-label=${`${r.del} ${h.name}`}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}function He(e,t){if(!(t instanceof j))throw t;let n={};for(let[s,a]of Object.entries(t.fields))n[e==="userGroup"&&s.startsWith("numbers")?"extension":s.split(".")[0]]=a;throw t.fields=n,t}async function Yn(){let[e,t]=await Promise.all([y("groups?paginate=false"),y("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let s=t.filter(a=>a.group_id===n.id);return{...n,userCf:s.find(a=>a.type==="userGroup"),baseCf:s.find(a=>a.type==="baseGroup")}})}async function Zn(e){let t=[];try{let n=await E("groups",ht({},e));t.push(()=>P(`groups/${n.id}`));let s=await E("callflows",_t({},n,e));t.push(()=>P(`callflows/${s.id}`)),await E("callflows",bt({},n,s,e)).catch(a=>He("userGroup",a))}catch(n){for(let s of t.reverse())await s().catch(()=>{});He("groups",n)}}async function Kn(e,t){try{let n=await L(`groups/${e.id}`,ht(await y(`groups/${e.id}`),t)),s=await L(`callflows/${e.baseCf.id}`,_t(await y(`callflows/${e.baseCf.id}`),n,t)),a=e.userCf?await y(`callflows/${e.userCf.id}`):{},o=bt(a,n,s,t);await(e.userCf?L(`callflows/${e.userCf.id}`,o):E("callflows",o)).catch(i=>He("userGroup",i))}catch(n){He("groups",n)}}async function Jn(e){for(let t of[e.userCf,e.baseCf])t&&await P(`callflows/${t.id}`);await P(`groups/${e.id}`)}var le=e=>/^\d+$/.test(String(e))?Number(e):NaN;function xs(e){let t={};return e.name.trim()||(t.name=r.required),/^\d{2,8}$/.test(e.extension)||(t.extension=r.extDigits),le(e.repeats)>=1&&le(e.repeats)<=10||(t.repeats=r.repeatsRange),e.members.length||(t.members=r.pickMember),e.members.length>he&&(t.members=r.tooManyMembers(he)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=r.badTimeline),t}function Qn({id:e,label:t,value:n,onChange:s,options:a,wide:o}){return c`<div class=${o?"field wide":"field"}>
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>s(i.target.value)}>
      ${a.map(([i,u])=>c`<option key=${i} value=${i}>${u}</option>`)}
    </select>
  </div>`}function er({group:e,users:t,vmboxes:n,onDone:s}){let[a,o]=$(e.form),[i,u]=$("20"),[l,d]=$({}),[f,m]=$(""),[_,h]=$(!1),p=N=>D=>o({...a,[N]:D}),v=N=>a.members.find(D=>D.id===N),g=N=>o({...a,members:v(N.id)?a.members.filter(D=>D.id!==N.id):[...a.members,{id:N.id,delay:0,timeout:20}]}),b=(N,D,q)=>o({...a,members:a.members.map(B=>B.id===N?{...B,[D]:le(q)}:B)});async function w(N){N.preventDefault();let D=xs(a);if(d(D),m(""),!Object.keys(D).length){h(!0);try{let q=O?a.members.map(de=>({...de,delay:0})):a.members,B={...a,members:q,name:a.name.trim(),repeats:le(a.repeats)};await(e.id?Kn(e,B):Zn(B)),s()}catch(q){d(q.fields||{}),m(`${r.failed} ${q.message}`),h(!1)}}}let I=a.members.length>=he,O=a.strategy!=="simultaneous";return c`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?r.editGroup:r.addGroup}</h2>
    <form onSubmit=${w} novalidate>
      <${x} message=${f} />
      <div class="grid">
        <${k} id="group_name" label=${r.name} value=${a.name} onInput=${p("name")} error=${l.name} required />
        <${k} id="group_extension" label=${r.extension} value=${a.extension} onInput=${p("extension")} error=${l.extension} required inputmode="numeric" />
        <${k} id="group_repeats" label=${r.repeats} value=${String(a.repeats)} onInput=${p("repeats")} error=${l.repeats} inputmode="numeric" />
        <${Qn} id="group_strategy" label=${r.strategy} value=${a.strategy} onChange=${p("strategy")} options=${Object.entries(r.strategies)} />
        <${Qn} id="group_next" wide label=${r.nextAction} value=${a.next_vmbox} onChange=${p("next_vmbox")}
          options=${[["",r.notAvailable],...n.map(N=>[N.id,r.toVoicemail(N.name,N.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${r.members(a.members.length,he)}</legend>
        ${l.members&&c`<p class="error" id="members-error" role="alert">${l.members}</p>`}
        <table class="list timeline" aria-label=${r.timeline}>
          <thead><tr><th>${r.member}</th>${!O&&c`<th>${r.startAfter}</th>`}<th>${r.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(N=>{let D=v(N.id),q=`${N.first_name} ${N.last_name}`;return c`<tr key=${N.id} data-member=${N.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+N.id} checked=${!!D} disabled=${!D&&I} onChange=${()=>g(N)} /><label for=${"m-"+N.id}>${q}</label></span></td>
                ${!O&&c`<td data-label=${r.startAfter}>${D&&c`<input class="delay" aria-label=${`${r.startAfter} ${q}`} inputmode="numeric" value=${Number.isNaN(D.delay)?"":D.delay} onInput=${B=>b(N.id,"delay",B.target.value)} />`}</td>`}
                <td data-label=${r.ringFor}>${D&&c`<input class="timeout" aria-label=${`${r.ringFor} ${q}`} inputmode="numeric" value=${Number.isNaN(D.timeout)?"":D.timeout} onInput=${B=>b(N.id,"timeout",B.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${k} id="group_total" label=${r.totalRing} value=${i} onInput=${u} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!a.members.length||!(le(i)>=1)} onClick=${()=>o({...a,members:gn(a.members,le(i))})}>${r.distribute}</button>
        </div>
      </fieldset>
      <div class="bar">
        <button type="submit" disabled=${_}>${_?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${s}>${r.cancel}</button>
      </div>
    </form>
  </section>`}async function ks(e){let t=e.baseCf?await y(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},s=(n.endpoints||[]).map(o=>({id:o.id,delay:Number(o.delay)||0,timeout:Number(o.timeout)||20})),a=e.userCf?(await y(`callflows/${e.userCf.id}`)).flow.children._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:a&&a.module==="voicemail"?a.data.id:"",members:s}}function tr(){let[e,t]=$(null),[n,s]=$(null),[a,o]=$(""),i=()=>Promise.all([Yn(),y("users?paginate=false"),y("vmboxes?paginate=false")]).then(([d,f,m])=>t({groups:d,users:f,vmboxes:m}),d=>o(d.message));S(i,[]);async function u(d){try{s({...d,form:await ks(d)})}catch(f){o(f.message)}}async function l(d){confirm(r.confirmDeleteGroup(d.name))&&(await Jn(d).catch(f=>o(f.message)),i())}return n?c`<${er}
      group=${n}
      users=${e.users}
      vmboxes=${e.vmboxes}
      onDone=${()=>{s(null),i()}}
    />`:c`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${r.groups}</h2>
      <button disabled=${!e} onClick=${()=>s({form:{name:"",extension:"",repeats:1,strategy:"simultaneous",next_vmbox:"",members:[]}})}>${r.addGroup}</button>
    </div>
    <${x} message=${a} />
    ${e?e.groups.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.groups}>
            <thead><tr><th>${r.name}</th><th>${r.extension}</th><th>${r.memberCount}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.groups.map(d=>c`<tr key=${d.id} data-group=${d.name}>
                  <td data-label=${r.name}>${d.name}</td>
                  <td data-label=${r.extension} class="ext">${d.userCf&&d.userCf.numbers?d.userCf.numbers[0]:""}</td>
                  <td data-label=${r.memberCount}>${typeof d.endpoints=="number"?d.endpoints:Object.keys(d.endpoints||{}).length}</td>
                  <td class="actions">
                    <button onClick=${()=>u(d)} aria-label=${`${r.edit} ${d.name}`}>${r.edit}</button>
                    <button class="danger" onClick=${()=>l(d)} aria-label=${`${r.del} ${d.name}`}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}async function Ss(){let[e,t]=await Promise.all([y("phone_numbers"),y("callflows?paginate=false")]);return Object.entries(e.numbers||{}).map(([n,s])=>{let a=s.used_by_id&&t.find(o=>o.id===s.used_by_id);return{number:n,usedBy:a?a.name||a.id:s.used_by_id||""}}).sort((n,s)=>n.number.localeCompare(s.number))}function nr(){let[e,t]=$(null),[n,s]=$(""),[a,o]=$(""),[i,u]=$(""),l=()=>Ss().then(t,m=>u(m.message));S(l,[]);async function d(m){m.preventDefault();let _=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(_))return o(r.badPhoneNumber);o("");try{await E(`phone_numbers/${encodeURIComponent(_)}`,{}),s(""),l()}catch(h){o(h.fields.number||h.message)}}async function f(m){confirm(r.confirmDeleteNumber(m))&&(await P(`phone_numbers/${encodeURIComponent(m)}`).catch(_=>u(_.message)),l())}return c`<section aria-labelledby="numbers-h">
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
    <form onSubmit=${d} novalidate>
      <${k} id="new_number" label=${r.number} value=${n} onInput=${s} error=${a} inputmode="tel" />
      <button type="submit">${r.addPhoneNumber}</button>
    </form>
  </section>`}var rr=e=>e.split(/[\s,;]+/).filter(Boolean);function sr(e){return{name:e.name.trim(),conference_numbers:[e.number],member:{pins:rr(e.member_pins),join_muted:e.join_muted},moderator:{pins:rr(e.moderator_pins)}}}var Et=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:[n.number],flow:{module:"conference",data:{id:t.id},children:{}}});function ar(e){if(!(e instanceof j))throw e;let t={};for(let[n,s]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=s;throw e.fields=t,e}var or=e=>y(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function ir(e){let t=null;try{t=await E("conferences",sr(e)),await E("callflows",Et({},t,e))}catch(n){t&&await P(`conferences/${t.id}`).catch(()=>{}),ar(n)}}async function lr(e,t){try{let n=await H(`conferences/${e}`,sr(t)),[s]=await or(e);s?await L(`callflows/${s.id}`,Et(await y(`callflows/${s.id}`),n,t)):await E("callflows",Et({},n,t))}catch(n){ar(n)}}async function dr(e){for(let t of await or(e))await P(`callflows/${t.id}`);await P(`conferences/${e}`)}var Cs=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function Ns(e){let t={};e.name.trim()||(t.name=r.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=r.extDigits);for(let n of["member_pins","moderator_pins"])Cs.test(e[n].trim())||(t[n]=r.pinList);return t}function cr({conf:e,onDone:t}){let n=!e.id,[s,a]=$({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[o,i]=$({}),[u,l]=$(""),[d,f]=$(!1),m=h=>p=>a({...s,[h]:p});async function _(h){h.preventDefault();let p=Ns(s);if(i(p),l(""),!Object.keys(p).length){f(!0);try{n?await ir(s):await lr(e.id,s),t()}catch(v){i(v.fields||{}),l(`${r.failed} ${v.message}`),f(!1)}}}return c`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?r.addConference:r.editConference}</h2>
    <form onSubmit=${_} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="conf_name" label=${r.name} value=${s.name} onInput=${m("name")} error=${o.name} required />
        <${k} id="conf_number" label=${r.confNumber} value=${s.number} onInput=${m("number")} error=${o.number} required inputmode="tel" />
        <${k} id="conf_member_pins" label=${r.memberPins} value=${s.member_pins} onInput=${m("member_pins")} error=${o.member_pins||o.member} inputmode="numeric" autocomplete="off" />
        <${k} id="conf_moderator_pins" label=${r.moderatorPins} value=${s.moderator_pins} onInput=${m("moderator_pins")} error=${o.moderator_pins||o.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${W} id="conf_join_muted" label=${r.joinMuted} checked=${s.join_muted} onChange=${m("join_muted")} />
      <div class="bar">
        <button type="submit" disabled=${d}>${d?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${t}>${r.cancel}</button>
      </div>
    </form>
  </section>`}var ur=e=>(e&&e.pins||[]).length;function mr(){let[e,t]=$(null),[n,s]=$(null),[a,o]=$(""),i=()=>y("conferences?paginate=false").then(t,d=>o(d.message));S(i,[]);async function u(d){try{s(await y(`conferences/${d.id}`))}catch(f){o(f.message)}}async function l(d){confirm(r.confirmDeleteConference(d.name))&&(await dr(d.id).catch(f=>o(f.message)),i())}return n?c`<${cr}
      conf=${n}
      onDone=${()=>{s(null),i()}}
    />`:c`<section aria-labelledby="conf-h">
    <div class="bar">
      <h2 id="conf-h">${r.conferences}</h2>
      <button onClick=${()=>s({})}>${r.addConference}</button>
    </div>
    <${x} message=${a} />
    ${e?e.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.conferences}>
            <thead><tr><th>${r.name}</th><th>${r.confNumber}</th><th>${r.pins}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(d=>c`<tr key=${d.id} data-conference=${d.name}>
                  <td data-label=${r.name}>${d.name}</td>
                  <td data-label=${r.confNumber} class="ext">${(d.conference_numbers||[]).join(", ")}</td>
                  <td data-label=${r.pins} class="pins">${r.pinSummary(ur(d.member),ur(d.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>u(d)} aria-label=${`${r.edit} ${d.name}`}>${r.edit}</button>
                    <button class="danger" onClick=${()=>l(d)} aria-label=${`${r.del} ${d.name}`}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}var Es=(e,t)=>({...e,numbers:e.numbers.map(n=>n.replace("{code}",t)),patterns:e.patterns.map(n=>n.replace("{code}",t.replace(/\*/g,"\\*"))),featurecode:{...e.featurecode,number:t}}),Ps=e=>/^[0-9*]{1,6}$/.test(e),Ms=(e,t)=>(e.star?`*${t}`:t)+(e.takes_digits?"\u2026":"");function Os({row:e,taken:t,onSaved:n}){let[s,a]=$(e.number),[o,i]=$(e.enabled),[u,l]=$(""),[d,f]=$(!1),m=s!==e.number||o!==e.enabled,_=`fc-${e.name.replace(/[^a-z0-9]/gi,"_")}`;async function h(){if(o&&!Ps(s))return l(r.fcDigits);if(o&&t(e,s))return l(r.fcTaken(Ms(e,s)));l(""),f(!0);try{let p=Es(e.template,s);o?e.enabled?await H(`callflows/${e.callflow_id}`,{numbers:p.numbers,patterns:p.patterns,featurecode:p.featurecode}):await E("callflows",p):await P(`callflows/${e.callflow_id}`),n()}catch(p){l(p.fields.numbers||p.fields.patterns||p.message),f(!1)}}return c`<tr data-code=${e.name} class=${e.handled?"":"muted"}>
    <td data-label=${r.fcWhat}>${e.description}${!e.handled&&c`<br /><small>${r.fcNotRun}</small>`}</td>
    <td data-label=${r.fcCode}>
      <span class="code-input">${e.star?"*":""}<input id=${_} aria-label=${`${r.fcCode}: ${e.description}`} value=${s} inputmode="tel" size="6"
        aria-invalid=${u?"true":void 0} onInput=${p=>a(p.target.value.trim())} disabled=${!o} />${e.takes_digits?"\u2026":""}</span>
      ${u&&c`<p class="error" role="alert">${u}</p>`}
    </td>
    <td data-label=${r.fcOn}><input type="checkbox" aria-label=${`${r.fcOn}: ${e.description}`} checked=${o} disabled=${!e.handled&&!e.enabled}
      onChange=${p=>i(p.target.checked)} /></td>
    <td class="actions">${m&&c`<button type="button" disabled=${d} onClick=${h} aria-label=${`${r.save}: ${e.description}`}>${r.save}</button>`}</td>
  </tr>`}function fr(){let[e,t]=$(null),[n,s]=$(""),a=()=>y("feature_codes").then(t,i=>s(i.message));S(a,[]);let o=(i,u)=>e.some(l=>l!==i&&l.enabled&&l.star===i.star&&l.number===u);return c`<section aria-labelledby="fc-h">
    <h2 id="fc-h">${r.featureCodes}</h2>
    <p class="hint">${r.fcHint}</p>
    <${x} message=${n} />
    ${e?c`<table class="list" aria-label=${r.featureCodes}>
          <thead><tr><th>${r.fcWhat}</th><th>${r.fcCode}</th><th>${r.fcOn}</th><th><span class="sr">${r.save}</span></th></tr></thead>
          <tbody>${e.map(i=>c`<${Os} key=${`${i.name}/${i.callflow_id}/${i.number}`} row=${i} taken=${o} onSaved=${a} />`)}</tbody>
        </table>`:c`<p>${r.loading}</p>`}
  </section>`}var Ds=/^\+?\d{2,15}$/;function As(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function pr({user:e,onSaved:t}){let[n,s]=$(As(e)),[a,o]=$({}),[i,u]=$(""),[l,d]=$(!1),[f,m]=$(!1),_=p=>v=>{d(!1),s({...n,[p]:v})};async function h(p){p.preventDefault();let v=n.forward&&!Ds.test(n.number.trim())?{"call_forward.number":r.forwardNumber}:{};if(o(v),u(""),!Object.keys(v).length){m(!0);try{let g=await H(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});d(!0),t&&t(g)}catch(g){o(g.fields||{}),u(`${r.failed} ${g.message}`)}m(!1)}}return c`<form onSubmit=${h} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${r.callHandling}</h3>
    <${x} message=${i} />
    <${W} id="dnd" label=${r.dnd} checked=${n.dnd} onChange=${_("dnd")} />
    <${W} id="forward" label=${r.forward} checked=${n.forward} onChange=${_("forward")} />
    ${n.forward&&c`<fieldset>
      <${k} id="forward_number" label=${r.forwardTo} value=${n.number} onInput=${_("number")} error=${a["call_forward.number"]} inputmode="tel" />
      <${W} id="ring_devices" label=${r.ringDevicesToo} checked=${n.ring_devices} onChange=${_("ring_devices")} />
      <${W} id="direct_calls_only" label=${r.directCallsOnly} checked=${n.direct_calls_only} onChange=${_("direct_calls_only")} />
      <${W} id="keep_caller_id" label=${r.keepCallerId} checked=${n.keep_caller_id} onChange=${_("keep_caller_id")} />
      <${W} id="require_keypress" label=${r.requireKeypress} checked=${n.require_keypress} onChange=${_("require_keypress")} />
    </fieldset>`}
    ${l&&c`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit" disabled=${f}>${f?r.saving:r.save}</button>
  </form>`}var $r=(e,t)=>/^\d+$/.test(String(e))&&Number(e)>=t&&Number(e)<=300;function hr({userId:e}){let[t,n]=$(null),[s,a]=$(null),[o,i]=$({}),[u,l]=$(""),[d,f]=$(!1),m=(p,v)=>{let g=Object.fromEntries(p.endpoints.map(b=>[b.id,b]));a({enabled:p.enabled,rows:v.map(b=>({id:b.id,name:b.name,on:!!g[b.id],delay:String(g[b.id]?.delay??0),timeout:String(g[b.id]?.timeout??20)}))})};if(S(()=>{Promise.all([y(`users/${e}/find_me_follow_me`),y(`users/${e}/devices`)]).then(([p,v])=>{n(v),m(p,v)},p=>l(p.message))},[]),!s)return c`<div class="card"><h3>${r.followMe}</h3><${x} message=${u} />${!u&&r.loading}</div>`;let _=(p,v,g)=>a({...s,rows:s.rows.map((b,w)=>w===p?{...b,[v]:g}:b)});async function h(p){p.preventDefault(),f(!1),l("");let v=s.rows.filter(b=>b.on),g={};if(s.enabled&&!v.length&&(g.rows=r.pickPhone),s.rows.forEach((b,w)=>{b.on&&(!$r(b.delay,0)||!$r(b.timeout,1))&&(g[w]=r.badTimeline)}),i(g),!Object.keys(g).length)try{let b=v.map(w=>({id:w.id,delay:Number(w.delay),timeout:Number(w.timeout)}));m(await L(`users/${e}/find_me_follow_me`,{enabled:s.enabled,endpoints:s.enabled?b:[]}),t),f(!0)}catch(b){let w={};for(let[I,O]of Object.entries(b.fields||{})){let N=/^endpoints\.(\d+)\./.exec(I);N?w[s.rows.indexOf(v[Number(N[1])])]=O:w.rows=O}i(w),l(`${r.failed} ${b.message}`)}}return c`<form class="card" onSubmit=${h} novalidate aria-labelledby="fmfm-h">
    <h3 id="fmfm-h">${r.followMe}</h3>
    <p class="hint">${r.followMeHint}</p>
    <${x} message=${u} />
    <${W} id="fmfm_on" label=${r.followMeOn} checked=${s.enabled} onChange=${p=>a({...s,enabled:p})} />
    ${s.enabled&&c`${o.rows&&c`<p class="error" role="alert">${o.rows}</p>`}
      <table class="list timeline" aria-label=${r.followMe}>
        <thead><tr><th>${r.myDevices}</th><th>${r.startAfter}</th><th>${r.ringFor}</th></tr></thead>
        <tbody>
          ${s.rows.map((p,v)=>c`<tr key=${p.id} data-fmfm=${p.name}>
              <td><span class="check"><input type="checkbox" id=${"fm-"+p.id} checked=${p.on} onChange=${g=>_(v,"on",g.target.checked)} /><label for=${"fm-"+p.id}>${p.name}</label></span>
                ${o[v]&&c`<p class="error" role="alert">${o[v]}</p>`}</td>
              <td data-label=${r.startAfter}>${p.on&&c`<input aria-label=${`${r.startAfter} ${p.name}`} inputmode="numeric" value=${p.delay} onInput=${g=>_(v,"delay",g.target.value)} />`}</td>
              <td data-label=${r.ringFor}>${p.on&&c`<input aria-label=${`${r.ringFor} ${p.name}`} inputmode="numeric" value=${p.timeout} onInput=${g=>_(v,"timeout",g.target.value)} />`}</td>
            </tr>`)}
        </tbody>
      </table>`}
    <div class="bar"><button type="submit">${r.save}</button>${d&&c`<span class="ok" role="status">${r.saved}</span>`}</div>
  </form>`}var Is=5e3;function Fs({userId:e}){let[t,n]=$(null),[s,a]=$("");return S(()=>{let o=()=>y(`users/${e}/devices`).then(n,u=>a(u.message));o();let i=setInterval(o,Is);return()=>clearInterval(i)},[]),c`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${r.myDevices}</h3>
    <${x} message=${s} />
    ${t?t.length===0?r.none:c`<ul class="my-devices">
            ${t.map(o=>c`<li key=${o.id} data-device=${o.name}>
                <span class=${o.registered?"dot on":"dot"}>${o.name} · ${o.registered?r.registered:r.notRegistered}</span>
              </li>`)}
          </ul>`:r.loading}
  </div>`}function _r(){let[e,t]=$(null),[n,s]=$("");return S(()=>{y(`users/${C.value.owner}`).then(t,a=>s(a.message))},[]),c`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:r.myPhone}</h2>
    <${x} message=${n} />
    ${e&&c`<div class="stack">
      <${Fs} userId=${e.id} />
      <${pr} user=${e} onSaved=${t} />
      <${hr} userId=${e.id} />
      <${ie} username=${e.username} />
    </div>`}
  </section>`}async function Ts(e,t){let n=await fetch("/v2/"+X(`vmboxes/${e}/greeting`),{method:"POST",headers:{"X-Auth-Token":C.value.token,"Content-Type":St(t),Accept:"application/json"},body:t});if(!n.ok)throw new j(n.status,await n.json().catch(()=>null))}function br({box:e}){let[t,n]=$(""),[s,a]=$(""),[o,i]=$(null),[u,l]=$({}),[d,f]=$(""),[m,_]=$(!1),h=()=>y(`vmboxes/${e.id}`).then(b=>_(!!(b.media&&b.media.unavailable)),()=>{});S(h,[]);let p=b=>`${b}_${e.mailbox}`;async function v(b){b.preventDefault(),f("");let w={};if(/^\d{4,6}$/.test(t)?t!==s&&(w.again=r.pinMismatch):w.pin=r.pinDigits,l(w),!Object.keys(w).length)try{await H(`vmboxes/${e.id}`,{pin:t}),n(""),a(""),f("pin")}catch(I){l({pin:I.fields.pin||I.message})}}async function g(b){if(b.preventDefault(),f(""),!o||!Be(o))return l({greeting:r.greetingType});l({});try{await Ts(e.id,o),f("greeting"),h()}catch(w){l({greeting:w.fields.media||w.message})}}return c`<div class="card" data-settings=${e.mailbox}>
    <h3>${r.boxSettings(e.name,e.mailbox)}</h3>
    <form onSubmit=${v} novalidate>
      <${k} id=${p("pin")} label=${r.newPin} type="password" value=${t} onInput=${n} error=${u.pin} inputmode="numeric" autocomplete="new-password" />
      <${k} id=${p("pin_again")} label=${r.newPinAgain} type="password" value=${s} onInput=${a} error=${u.again} inputmode="numeric" autocomplete="new-password" />
      <div class="bar"><button type="submit">${r.changePin}</button>${d==="pin"&&c`<span class="ok" role="status">${r.pinChanged}</span>`}</div>
    </form>
    <form onSubmit=${g} novalidate>
      <div class="field">
        <label for=${p("greeting")}>${r.greeting}</label>
        <input id=${p("greeting")} type="file" accept="audio/wav,audio/mpeg,.wav,.mp3" aria-invalid=${u.greeting?"true":void 0}
          onChange=${b=>i(b.target.files[0]||null)} />
        ${u.greeting&&c`<p class="error" id=${p("greeting")+"-error"} role="alert">${u.greeting}</p>`}
        <p class="hint">${m?r.greetingSet:r.greetingNone}</p>
      </div>
      <div class="bar"><button type="submit">${r.uploadGreeting}</button>${d==="greeting"&&c`<span class="ok" role="status">${r.greetingSaved}</span>`}</div>
    </form>
  </div>`}function vr(){let[e,t]=$(null),[n,s]=$(null),[a,o]=$(""),i=()=>y("vmboxes?paginate=false").then(t,u=>o(u.message));return S(i,[]),n?c`<${Re}
      box=${n}
      onDone=${()=>{s(null),i()}}
    />`:c`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${r.vmboxes}</h2>
    <${x} message=${a} />
    ${e?e.length===0?c`<p>${r.noBox}</p>`:c`<ul class="numbers">
            ${e.map(u=>c`<li key=${u.id} data-vmbox=${u.mailbox}>
                <span>${u.name} (${u.mailbox}) · ${r.messageCount(u.messages||0)}</span>
                <button onClick=${()=>s(u)} aria-label=${r.messagesOf(u.name)}>${r.messages}</button>
              </li>`)}
          </ul>`:c`<p>${r.loading}</p>`}
    ${e&&c`<div class="stack">${e.map(u=>c`<${br} key=${u.id} box=${u} />`)}</div>`}
  </section>`}var Us={dashboard:[r.dashboard,vn],users:[r.users,xn],devices:[r.devices,kn],groups:[r.groups,tr],calls:[r.callLogs,Cn],main:[r.mainNumber,Te],voicemail:[r.vmboxes,Xn],conferences:[r.conferences,mr],codes:[r.featureCodes,fr],numbers:[r.numbers,nr],settings:[r.settings,qn]},Ls={me:[r.myPhone,_r],myvoicemail:[r.vmboxes,vr],mycalls:[r.myCalls,Nn]},Ge=()=>C.value&&C.value.admin===!1?Ls:Us,Pt=V(location.hash.slice(1));addEventListener("hashchange",()=>Pt.value=location.hash.slice(1));var js=()=>Pt.value in Ge()?Pt.value:Object.keys(Ge())[0],gr=null;ee(()=>{let e=C.value;e||(ne.value=null),e&&e.admin!==!1&&gr!==e.token&&(gr=e.token,jn().catch(()=>{}))});function Bs(){if(!C.value)return c`<${_n} />`;let e=js(),[,t]=Ge()[e];return c`<header>
      <strong>${r.app}</strong>
      <nav aria-label=${r.menu}>
        ${Object.entries(Ge()).map(([n,[s]])=>c`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${s}</a>`)}
      </nav>
      <button class="plain" onClick=${Oe}>${r.logout}</button>
    </header>
    <main>${ne.value?c`<${Rn} />`:c`<${t} key=${e} />`}</main>`}et(c`<${Bs} />`,document.getElementById("app"));
