var ge,E,St,qe,Y,wt,Nt,Le,Et,ze,He,Ge,ao,ce={},Pt=[],so=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,We=Array.isArray;function W(e,t){for(var n in t)e[n]=t[n];return e}function Ve(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function ye(e,t,n){var o,a,s,i={};for(s in t)s=="key"?o=t[s]:s=="ref"?a=t[s]:i[s]=t[s];if(arguments.length>2&&(i.children=arguments.length>3?ge.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)i[s]===void 0&&(i[s]=e.defaultProps[s]);return be(e,i,o,a,null)}function be(e,t,n,o,a){var s={type:e,props:t,key:n,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:a??++St,__i:-1,__u:0};return a==null&&E.vnode!=null&&E.vnode(s),s}function we(e){return e.children}function Z(e,t){this.props=e,this.context=t}function ne(e,t){if(t==null)return e.__?ne(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?ne(e):null}function Mt(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return Mt(e)}}function xt(e){(!e.__d&&(e.__d=!0)&&Y.push(e)&&!ve.__r++||wt!==E.debounceRendering)&&((wt=E.debounceRendering)||Nt)(ve)}function ve(){var e,t,n,o,a,s,i,u;for(Y.sort(Le);e=Y.shift();)e.__d&&(t=Y.length,o=void 0,s=(a=(n=e).__v).__e,i=[],u=[],n.__P&&((o=W({},a)).__v=a.__v+1,E.vnode&&E.vnode(o),Xe(n.__P,o,a,n.__n,n.__P.namespaceURI,32&a.__u?[s]:null,i,s??ne(a),!!(32&a.__u),u),o.__v=a.__v,o.__.__k[o.__i]=o,At(i,o,u),o.__e!=s&&Mt(o)),Y.length>t&&Y.sort(Le));ve.__r=0}function Dt(e,t,n,o,a,s,i,u,c,l,f){var m,_,$,h,g,v,y=o&&o.__k||Pt,w=t.length;for(c=io(n,t,y,c,w),m=0;m<w;m++)($=n.__k[m])!=null&&(_=$.__i===-1?ce:y[$.__i]||ce,$.__i=m,v=Xe(e,$,_,a,s,i,u,c,l,f),h=$.__e,$.ref&&_.ref!=$.ref&&(_.ref&&Ye(_.ref,null,$),f.push($.ref,$.__c||h,$)),g==null&&h!=null&&(g=h),4&$.__u||_.__k===$.__k?c=Ot($,c,e):typeof $.type=="function"&&v!==void 0?c=v:h&&(c=h.nextSibling),$.__u&=-7);return n.__e=g,c}function io(e,t,n,o,a){var s,i,u,c,l,f=n.length,m=f,_=0;for(e.__k=new Array(a),s=0;s<a;s++)(i=t[s])!=null&&typeof i!="boolean"&&typeof i!="function"?(c=s+_,(i=e.__k[s]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?be(null,i,null,null,null):We(i)?be(we,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?be(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,u=null,(l=i.__i=lo(i,n,c,m))!==-1&&(m--,(u=n[l])&&(u.__u|=2)),u==null||u.__v===null?(l==-1&&_--,typeof i.type!="function"&&(i.__u|=4)):l!=c&&(l==c-1?_--:l==c+1?_++:(l>c?_--:_++,i.__u|=4))):e.__k[s]=null;if(m)for(s=0;s<f;s++)(u=n[s])!=null&&!(2&u.__u)&&(u.__e==o&&(o=ne(u)),Ut(u,u));return o}function Ot(e,t,n){var o,a;if(typeof e.type=="function"){for(o=e.__k,a=0;o&&a<o.length;a++)o[a]&&(o[a].__=e,t=Ot(o[a],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=ne(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function lo(e,t,n,o){var a,s,i=e.key,u=e.type,c=t[n];if(c===null||c&&i==c.key&&u===c.type&&!(2&c.__u))return n;if(o>(c!=null&&!(2&c.__u)?1:0))for(a=n-1,s=n+1;a>=0||s<t.length;){if(a>=0){if((c=t[a])&&!(2&c.__u)&&i==c.key&&u===c.type)return a;a--}if(s<t.length){if((c=t[s])&&!(2&c.__u)&&i==c.key&&u===c.type)return s;s++}}return-1}function kt(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||so.test(t)?n:n+"px"}function he(e,t,n,o,a){var s;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(t in o)n&&t in n||kt(e.style,t,"");if(n)for(t in n)o&&n[t]===o[t]||kt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(Et,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=n,n?o?n.u=o.u:(n.u=ze,e.addEventListener(t,s?Ge:He,s)):e.removeEventListener(t,s?Ge:He,s);else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function Ct(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=ze++;else if(t.t<n.u)return;return n(E.event?E.event(t):t)}}}function Xe(e,t,n,o,a,s,i,u,c,l){var f,m,_,$,h,g,v,y,w,T,k,D,F,H,$e,Be,Re,G=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(c=!!(32&n.__u),s=[u=t.__e=n.__e]),(f=E.__b)&&f(t);e:if(typeof G=="function")try{if(y=t.props,w="prototype"in G&&G.prototype.render,T=(f=G.contextType)&&o[f.__c],k=f?T?T.props.value:f.__:o,n.__c?v=(m=t.__c=n.__c).__=m.__E:(w?t.__c=m=new G(y,k):(t.__c=m=new Z(y,k),m.constructor=G,m.render=uo),T&&T.sub(m),m.props=y,m.state||(m.state={}),m.context=k,m.__n=o,_=m.__d=!0,m.__h=[],m._sb=[]),w&&m.__s==null&&(m.__s=m.state),w&&G.getDerivedStateFromProps!=null&&(m.__s==m.state&&(m.__s=W({},m.__s)),W(m.__s,G.getDerivedStateFromProps(y,m.__s))),$=m.props,h=m.state,m.__v=t,_)w&&G.getDerivedStateFromProps==null&&m.componentWillMount!=null&&m.componentWillMount(),w&&m.componentDidMount!=null&&m.__h.push(m.componentDidMount);else{if(w&&G.getDerivedStateFromProps==null&&y!==$&&m.componentWillReceiveProps!=null&&m.componentWillReceiveProps(y,k),!m.__e&&(m.shouldComponentUpdate!=null&&m.shouldComponentUpdate(y,m.__s,k)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(m.props=y,m.state=m.__s,m.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(le){le&&(le.__=t)}),D=0;D<m._sb.length;D++)m.__h.push(m._sb[D]);m._sb=[],m.__h.length&&i.push(m);break e}m.componentWillUpdate!=null&&m.componentWillUpdate(y,m.__s,k),w&&m.componentDidUpdate!=null&&m.__h.push(function(){m.componentDidUpdate($,h,g)})}if(m.context=k,m.props=y,m.__P=e,m.__e=!1,F=E.__r,H=0,w){for(m.state=m.__s,m.__d=!1,F&&F(t),f=m.render(m.props,m.state,m.context),$e=0;$e<m._sb.length;$e++)m.__h.push(m._sb[$e]);m._sb=[]}else do m.__d=!1,F&&F(t),f=m.render(m.props,m.state,m.context),m.state=m.__s;while(m.__d&&++H<25);m.state=m.__s,m.getChildContext!=null&&(o=W(W({},o),m.getChildContext())),w&&!_&&m.getSnapshotBeforeUpdate!=null&&(g=m.getSnapshotBeforeUpdate($,h)),u=Dt(e,We(Be=f!=null&&f.type===we&&f.key==null?f.props.children:f)?Be:[Be],t,n,o,a,s,i,u,c,l),m.base=t.__e,t.__u&=-161,m.__h.length&&i.push(m),v&&(m.__E=m.__=null)}catch(le){if(t.__v=null,c||s!=null)if(le.then){for(t.__u|=c?160:128;u&&u.nodeType==8&&u.nextSibling;)u=u.nextSibling;s[s.indexOf(u)]=null,t.__e=u}else for(Re=s.length;Re--;)Ve(s[Re]);else t.__e=n.__e,t.__k=n.__k;E.__e(le,t,n)}else s==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):u=t.__e=co(n.__e,t,n,o,a,s,i,c,l);return(f=E.diffed)&&f(t),128&t.__u?void 0:u}function At(e,t,n){for(var o=0;o<n.length;o++)Ye(n[o],n[++o],n[++o]);E.__c&&E.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(s){s.call(a)})}catch(s){E.__e(s,a.__v)}})}function co(e,t,n,o,a,s,i,u,c){var l,f,m,_,$,h,g,v=n.props,y=t.props,w=t.type;if(w=="svg"?a="http://www.w3.org/2000/svg":w=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),s!=null){for(l=0;l<s.length;l++)if(($=s[l])&&"setAttribute"in $==!!w&&(w?$.localName==w:$.nodeType==3)){e=$,s[l]=null;break}}if(e==null){if(w==null)return document.createTextNode(y);e=document.createElementNS(a,w,y.is&&y),u&&(E.__m&&E.__m(t,s),u=!1),s=null}if(w===null)v===y||u&&e.data===y||(e.data=y);else{if(s=s&&ge.call(e.childNodes),v=n.props||ce,!u&&s!=null)for(v={},l=0;l<e.attributes.length;l++)v[($=e.attributes[l]).name]=$.value;for(l in v)if($=v[l],l!="children"){if(l=="dangerouslySetInnerHTML")m=$;else if(!(l in y)){if(l=="value"&&"defaultValue"in y||l=="checked"&&"defaultChecked"in y)continue;he(e,l,null,$,a)}}for(l in y)$=y[l],l=="children"?_=$:l=="dangerouslySetInnerHTML"?f=$:l=="value"?h=$:l=="checked"?g=$:u&&typeof $!="function"||v[l]===$||he(e,l,$,v[l],a);if(f)u||m&&(f.__html===m.__html||f.__html===e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(m&&(e.innerHTML=""),Dt(e,We(_)?_:[_],t,n,o,w=="foreignObject"?"http://www.w3.org/1999/xhtml":a,s,i,s?s[0]:n.__k&&ne(n,0),u,c),s!=null)for(l=s.length;l--;)Ve(s[l]);u||(l="value",w=="progress"&&h==null?e.removeAttribute("value"):h!==void 0&&(h!==e[l]||w=="progress"&&!h||w=="option"&&h!==v[l])&&he(e,l,h,v[l],a),l="checked",g!==void 0&&g!==e[l]&&he(e,l,g,v[l],a))}return e}function Ye(e,t,n){try{if(typeof e=="function"){var o=typeof e.__u=="function";o&&e.__u(),o&&t==null||(e.__u=e(t))}else e.current=t}catch(a){E.__e(a,n)}}function Ut(e,t,n){var o,a;if(E.unmount&&E.unmount(e),(o=e.ref)&&(o.current&&o.current!==e.__e||Ye(o,null,t)),(o=e.__c)!=null){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(s){E.__e(s,t)}o.base=o.__P=null}if(o=e.__k)for(a=0;a<o.length;a++)o[a]&&Ut(o[a],t,n||typeof e.type!="function");n||Ve(e.__e),e.__c=e.__=e.__e=void 0}function uo(e,t,n){return this.constructor(e,n)}function Ze(e,t,n){var o,a,s,i;t==document&&(t=document.documentElement),E.__&&E.__(e,t),a=(o=typeof n=="function")?null:n&&n.__k||t.__k,s=[],i=[],Xe(t,e=(!o&&n||t).__k=ye(we,null,[e]),a||ce,ce,t.namespaceURI,!o&&n?[n]:a?null:t.firstChild?ge.call(t.childNodes):null,s,!o&&n?n:a?a.__e:t.firstChild,o,i),At(s,e,i)}ge=Pt.slice,E={__e:function(e,t,n,o){for(var a,s,i;t=t.__;)if((a=t.__c)&&!a.__)try{if((s=a.constructor)&&s.getDerivedStateFromError!=null&&(a.setState(s.getDerivedStateFromError(e)),i=a.__d),a.componentDidCatch!=null&&(a.componentDidCatch(e,o||{}),i=a.__d),i)return a.__E=a}catch(u){e=u}throw e}},St=0,qe=function(e){return e!=null&&e.constructor==null},Z.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=W({},this.state),typeof e=="function"&&(e=e(W({},n),this.props)),e&&W(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),xt(this))},Z.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),xt(this))},Z.prototype.render=we,Y=[],Nt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Le=function(e,t){return e.__v.__b-t.__v.__b},ve.__r=0,Et=/(PointerCapture)$|Capture$/i,ze=0,He=Ct(!1),Ge=Ct(!0),ao=0;var Ft=function(e,t,n,o){var a;t[0]=0;for(var s=1;s<t.length;s++){var i=t[s++],u=t[s]?(t[0]|=i?1:2,n[t[s++]]):t[++s];i===3?o[0]=u:i===4?o[1]=Object.assign(o[1]||{},u):i===5?(o[1]=o[1]||{})[t[++s]]=u:i===6?o[1][t[++s]]+=u+"":i?(a=e.apply(u,Ft(e,u,n,["",null])),o.push(a),u[0]?t[0]|=2:(t[s-2]=0,t[s]=a)):o.push(u)}return o},It=new Map;function Tt(e){var t=It.get(this);return t||(t=new Map,It.set(this,t)),(t=Ft(this,t.get(e)||(t.set(e,t=function(n){for(var o,a,s=1,i="",u="",c=[0],l=function(_){s===1&&(_||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?c.push(0,_,i):s===3&&(_||i)?(c.push(3,_,i),s=2):s===2&&i==="..."&&_?c.push(4,_,0):s===2&&i&&!_?c.push(5,0,!0,i):s>=5&&((i||!_&&s===5)&&(c.push(s,0,i,a),s=6),_&&(c.push(s,_,0,a),s=6)),i=""},f=0;f<n.length;f++){f&&(s===1&&l(),l(f));for(var m=0;m<n[f].length;m++)o=n[f][m],s===1?o==="<"?(l(),c=[c],s=3):i+=o:s===4?i==="--"&&o===">"?(s=1,i=""):i=o+i[0]:u?o===u?u="":i+=o:o==='"'||o==="'"?u=o:o===">"?(l(),s=1):s&&(o==="="?(s=5,a=i,i=""):o==="/"&&(s<5||n[f][m+1]===">")?(l(),s===3&&(c=c[0]),s=c,(c=c[0]).push(2,0,s),s=0):o===" "||o==="	"||o===`
`||o==="\r"?(l(),s=2):i+=o),s===3&&i==="!--"&&(s=4,c=c[0])}return l(),c}(e)),t),arguments,[])).length>1?t:t[0]}var d=Tt.bind(ye);var ue,A,Je,jt,ke=0,Wt=[],U=E,Bt=U.__b,Rt=U.__r,Lt=U.diffed,Ht=U.__c,Gt=U.unmount,qt=U.__;function Qe(e,t){U.__h&&U.__h(A,e,ke||t),ke=0;var n=A.__H||(A.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function p(e){return ke=1,mo(Xt,e)}function mo(e,t,n){var o=Qe(ue++,2);if(o.t=e,!o.__c&&(o.__=[n?n(t):Xt(void 0,t),function(u){var c=o.__N?o.__N[0]:o.__[0],l=o.t(c,u);c!==l&&(o.__N=[l,o.__[1]],o.__c.setState({}))}],o.__c=A,!A.u)){var a=function(u,c,l){if(!o.__c.__H)return!0;var f=o.__c.__H.__.filter(function(_){return!!_.__c});if(f.every(function(_){return!_.__N}))return!s||s.call(this,u,c,l);var m=o.__c.props!==u;return f.forEach(function(_){if(_.__N){var $=_.__[0];_.__=_.__N,_.__N=void 0,$!==_.__[0]&&(m=!0)}}),s&&s.call(this,u,c,l)||m};A.u=!0;var s=A.shouldComponentUpdate,i=A.componentWillUpdate;A.componentWillUpdate=function(u,c,l){if(this.__e){var f=s;s=void 0,a(u,c,l),s=f}i&&i.call(this,u,c,l)},A.shouldComponentUpdate=a}return o.__N||o.__}function N(e,t){var n=Qe(ue++,3);!U.__s&&Vt(n.__H,t)&&(n.__=e,n.i=t,A.__H.__h.push(n))}function et(e){return ke=5,Ce(function(){return{current:e}},[])}function Ce(e,t){var n=Qe(ue++,7);return Vt(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function fo(){for(var e;e=Wt.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(xe),e.__H.__h.forEach(Ke),e.__H.__h=[]}catch(t){e.__H.__h=[],U.__e(t,e.__v)}}U.__b=function(e){A=null,Bt&&Bt(e)},U.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),qt&&qt(e,t)},U.__r=function(e){Rt&&Rt(e),ue=0;var t=(A=e.__c).__H;t&&(Je===A?(t.__h=[],A.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(xe),t.__h.forEach(Ke),t.__h=[],ue=0)),Je=A},U.diffed=function(e){Lt&&Lt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Wt.push(t)!==1&&jt===U.requestAnimationFrame||((jt=U.requestAnimationFrame)||po)(fo)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),Je=A=null},U.__c=function(e,t){t.some(function(n){try{n.__h.forEach(xe),n.__h=n.__h.filter(function(o){return!o.__||Ke(o)})}catch(o){t.some(function(a){a.__h&&(a.__h=[])}),t=[],U.__e(o,n.__v)}}),Ht&&Ht(e,t)},U.unmount=function(e){Gt&&Gt(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(o){try{xe(o)}catch(a){t=a}}),n.__H=void 0,t&&U.__e(t,n.__v))};var zt=typeof requestAnimationFrame=="function";function po(e){var t,n=function(){clearTimeout(o),zt&&cancelAnimationFrame(t),setTimeout(e)},o=setTimeout(n,100);zt&&(t=requestAnimationFrame(n))}function xe(e){var t=A,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),A=t}function Ke(e){var t=A;e.__c=e.__(),A=t}function Vt(e,t){return!e||e.length!==t.length||t.some(function(n,o){return n!==e[o]})}function Xt(e,t){return typeof t=="function"?t(e):t}var _o=Symbol.for("preact-signals");function tt(){if(J>1)J--;else{var e,t=!1;for(function(){var a=Ne;for(Ne=void 0;a!==void 0;){var s=a.S;if(s.v===a.v)for(var i=s.t;i!==void 0;i=i.x)i.i===a.i&&(i.i=s.i);a=a.o}}();me!==void 0;){var n=me;for(me=void 0,Se++;n!==void 0;){var o=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&Jt(n))try{n.c()}catch(a){t||(e=a,t=!0)}n=o}}if(Se=0,J--,t)throw e}}var de,O=void 0;function fe(e){var t=O,n=de;O=void 0,de=void 0;try{return e()}finally{O=t,de=n}}var me=void 0,J=0,Se=0;var Yt=0,Ne=void 0,Ee=0;function Zt(e){if(O!==void 0){var t=e.n;if(t===void 0||t.t!==O)return t={i:0,S:e,p:O.s,n:void 0,t:O,e:void 0,x:void 0,r:t},O.s!==void 0&&(O.s.n=t),O.s=t,e.n=t,32&O.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=O.s,t.n=void 0,O.s.n=t,O.s=t),t}}function I(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}I.prototype.brand=_o;I.prototype.h=function(){return!0};I.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:fe(function(){var o;(o=t.W)==null||o.call(t)}))};I.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,o=e.x;n!==void 0&&(n.x=o,e.e=void 0),o!==void 0&&(o.e=n,e.x=void 0),e===this.t&&(this.t=o,o===void 0&&fe(function(){var a;(a=t.Z)==null||a.call(t)}))}};I.prototype.subscribe=function(e){var t=this;return Q(function(){var n=t.value;fe(function(){return e(n)})},{name:"sub"})};I.prototype.valueOf=function(){return this.value};I.prototype.toString=function(){return this.value+""};I.prototype.toJSON=function(){return this.value};I.prototype.peek=function(){var e=this;return fe(function(){return e.value})};Object.defineProperty(I.prototype,"value",{get:function(){var e=Zt(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Se>100)throw new Error("Cycle detected");(function(n){J!==0&&Se===0&&n.l!==Yt&&(n.l=Yt,Ne={S:n,v:n.v,i:n.i,o:Ne})})(this),this.v=e,this.i++,Ee++,J++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{tt()}}}});function q(e,t){return new I(e,t)}function Jt(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function Kt(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function Qt(e){for(var t=e.s,n=void 0;t!==void 0;){var o=t.p;t.i===-1?(t.S.U(t),o!==void 0&&(o.n=t.n),t.n!==void 0&&(t.n.p=o)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=o}e.s=n}function K(e,t){I.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Ee-1,this.f=4}K.prototype=new I;K.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Ee))return!0;if(this.g=Ee,this.f|=1,this.i>0&&!Jt(this))return this.f&=-2,!0;var e=O;try{Kt(this),O=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return O=e,Qt(this),this.f&=-2,!0};K.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}I.prototype.S.call(this,e)};K.prototype.U=function(e){if(this.t!==void 0&&(I.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};K.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(K.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=Zt(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function nt(e,t){return new K(e,t)}function en(e){var t=e.j;if(e.j=void 0,typeof t=="function"){J++;var n=O;O=void 0;try{t()}catch(o){throw e.f&=-2,e.f|=8,ot(e),o}finally{O=n,tt()}}}function ot(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,en(e)}function $o(e){if(O!==this)throw new Error("Out-of-order effect");Qt(this),O=e,this.f&=-2;try{8&this.f&&ot(this)}finally{tt()}}function oe(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,de&&de.push(this)}oe.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};oe.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,en(this),Kt(this),J++;var e=O;return O=this,$o.bind(this,e)};oe.prototype.N=function(){2&this.f||(this.f|=2,this.u=me,me=this)};oe.prototype.d=function(){this.f|=8,1&this.f||ot(this)};oe.prototype.dispose=function(){this.d()};function Q(e,t){var n=new oe(e,t);try{n.c()}catch(a){throw n.d(),a}var o=n.d.bind(n);return o[Symbol.dispose]=o,o}var at,rt;function re(e,t){E[e]=t.bind(null,E[e]||function(){})}function Pe(e){rt&&rt(),rt=e&&e.S()}function tn(e){var t=this,n=e.data,o=bo(n);o.value=n;var a=Ce(function(){for(var s=t.__v;s=s.__;)if(s.__c){s.__c.__$f|=4;break}return t.__$u.c=function(){var i,u=t.__$u.S(),c=a.value;u(),qe(c)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=c},nt(function(){var i=o.value.value;return i===0?0:i===!0?"":i||""})},[]);return a.value}tn.displayName="_st";Object.defineProperties(I.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:tn},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});re("__b",function(e,t){if(typeof t.type=="string"){var n,o=t.props;for(var a in o)if(a!=="children"){var s=o[a];s instanceof I&&(n||(t.__np=n={}),n[a]=s,o[a]=s.peek())}}e(t)});re("__r",function(e,t){Pe();var n,o=t.__c;o&&(o.__$f&=-2,(n=o.__$u)===void 0&&(o.__$u=n=function(a){var s;return Q(function(){s=this}),s.c=function(){o.__$f|=1,o.setState({})},s}())),at=o,Pe(n),e(t)});re("__e",function(e,t,n,o){Pe(),at=void 0,e(t,n,o)});re("diffed",function(e,t){Pe(),at=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var o=t.__np,a=t.props;if(o){var s=n.U;if(s)for(var i in s){var u=s[i];u!==void 0&&!(i in o)&&(u.d(),s[i]=void 0)}else n.U=s={};for(var c in o){var l=s[c],f=o[c];l===void 0?(l=ho(n,c,f,a),s[c]=l):l.o(f,a)}}}e(t)});function ho(e,t,n,o){var a=t in e&&e.ownerSVGElement===void 0,s=q(n);return{o:function(i,u){s.value=i,o=u},d:Q(function(){var i=s.value.value;o[t]!==i&&(o[t]=i,a?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}re("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var o=n.U;if(o){n.U=void 0;for(var a in o){var s=o[a];s&&s.d()}}}}else{var i=t.__c;if(i){var u=i.__$u;u&&(i.__$u=void 0,u.d())}}e(t)});re("__h",function(e,t,n,o){(o<3||o===9)&&(t.__$f|=2),e(t,n,o)});Z.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var o in t)return!0;for(var a in e)if(a!=="__source"&&e[a]!==this.props[a])return!0;for(var s in this.props)if(!(s in e))return!0;return!1};function bo(e){return Ce(function(){return q(e)},[])}var vo=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],go=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function nn(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,o=new Uint32Array(n*16);t.forEach((c,l)=>o[l>>2]|=c<<l%4*8),o[t.length>>2]|=128<<t.length%4*8,o[n*16-2]=t.length*8>>>0,o[n*16-1]=Math.floor(t.length/536870912);let[a,s,i,u]=[1732584193,4023233417,2562383102,271733878];for(let c=0;c<o.length;c+=16){let[l,f,m,_]=[a,s,i,u];for(let $=0;$<64;$++){let h=$>>4,g,v;h===0?[g,v]=[f&m|~f&_,$]:h===1?[g,v]=[_&f|~_&m,(5*$+1)%16]:h===2?[g,v]=[f^m^_,(3*$+5)%16]:[g,v]=[m^(f|~_),7*$%16];let y=vo[h*4+$%4],w=l+g+go[$]+o[c+v]>>>0;[l,_,m]=[_,m,f],f=f+(w<<y|w>>>32-y)>>>0}[a,s,i,u]=[a+l>>>0,s+f>>>0,i+m>>>0,u+_>>>0]}return[a,s,i,u].map(c=>[0,8,16,24].map(l=>(c>>>l&255).toString(16).padStart(2,"0")).join("")).join("")}var st="edgepbx.session",S=q(yo());function yo(){try{return JSON.parse(sessionStorage.getItem(st))||null}catch{return null}}var wo=30*60*1e3,on=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>on=Date.now(),{passive:!0});setInterval(()=>S.value&&Date.now()-on>wo&&Me(),60*1e3);var B=class extends Error{constructor(t,n){let o={},a=n&&n.data;if(t===400&&a&&typeof a=="object")for(let[s,i]of Object.entries(a)){let u=i&&typeof i=="object"?Object.values(i)[0]:null;o[s]=u&&u.message||String(i)}super(n&&(n.message||a&&a.message)||`HTTP ${t}`),this.status=t,this.fields=o,this.body=n}};async function R(e,t,n,o=S.value&&S.value.token){let a=S.value,s={Accept:"application/json"};o&&(s["X-Auth-Token"]=o),n!==void 0&&(s["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:s,body:n===void 0?void 0:JSON.stringify({data:n})}),u=await i.json().catch(()=>null);if(i.status===401&&a&&t!=="user_auth"&&Me(),!i.ok)throw new B(i.status,u);return u}async function rn(e){let t=await fetch("/v2/"+V(e),{headers:{"X-Auth-Token":S.value.token,Accept:"audio/*"}});if(!t.ok)throw new B(t.status,await t.json().catch(()=>null));return t.blob()}var V=e=>`accounts/${S.value.account}/${e}`,b=async e=>(await R("GET",V(e))).data,M=async(e,t)=>(await R("PUT",V(e),t)).data,j=async(e,t)=>(await R("POST",V(e),t)).data,X=async(e,t)=>(await R("PATCH",V(e),t)).data,P=async e=>(await R("DELETE",V(e))).data,an=(e,t,n)=>R("PUT","user_auth",{credentials:nn(`${t.toLowerCase()}:${n}`),account_name:e});async function sn(e,t,n){let o=await an(e,t,n),a={token:o.auth_token,account:o.data.account_id,owner:o.data.owner_id,accountName:e},s=(await R("GET",`accounts/${a.account}/users/${a.owner}`,void 0,a.token)).data;a.admin=s.priv_level==="admin",sessionStorage.setItem(st,JSON.stringify(a)),S.value=a}function Me(){sessionStorage.removeItem(st),S.value=null}async function ln(e,t){try{return await an(S.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var r={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension and their phones?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",clockUnset:"The box does not know the date and time yet: office hours are not applied (calls take the default route) until a time server answers.",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"}};function C({id:e,label:t,value:n,onInput:o,error:a,type:s="text",required:i,autocomplete:u,inputmode:c}){let l=`${e}-error`;return d`<div class="field">
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
      onInput=${f=>o(f.target.value)}
    />
    ${a&&d`<p class="error" id=${l} role="alert">${a}</p>`}
  </div>`}function x({message:e}){return e?d`<p class="banner" role="alert">${e}</p>`:null}function z({id:e,label:t,checked:n,onChange:o}){return d`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${a=>o(a.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function cn(){let[e,t]=p({account:"",username:"",password:""}),[n,o]=p(!1),[a,s]=p(""),i=c=>l=>t({...e,[c]:l});async function u(c){c.preventDefault(),o(!0),s("");try{await sn(e.account.trim(),e.username.trim(),e.password)}catch(l){s(l.status===401?r.badLogin:l.message),o(!1)}}return d`<main class="login">
    <form onSubmit=${u} aria-label=${r.login}>
      <h1>${r.app}</h1>
      <${x} message=${a} />
      <${C} id="account" label=${r.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${C} id="username" label=${r.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${C} id="password" label=${r.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?r.signingIn:r.login}</button>
    </form>
  </main>`}var xo=5e3;async function ko(){let e=await b("resources?paginate=false");return(await Promise.all(e.map(n=>b(`resources/${n.id}/status`).then(o=>[n,o])))).flatMap(([n,o])=>o.gateways.filter(a=>a.state==="failed").map(a=>r.trunkDown(n.name||n.id,a.server)))}var un=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function Co(){let[e,t,n]=await Promise.all([b("devices?with_status=true&paginate=false"),b("channels"),b("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function So(e){var n;let t={};for(let o of e){let a=t[n=o.device_type||"sip_device"]||(t[n]=[0,0]);a[0]+=1,o.registered&&(a[1]+=1)}return Object.entries(t).map(([o,[a,s]])=>[o,a,s]).sort((o,a)=>a[1]-o[1]||o[0].localeCompare(a[0]))}var No=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function Eo(){let[e,t,n,o,a,s,i]=await Promise.all([b("users?paginate=false"),b("phone_numbers"),un(R("GET","system_status").then(c=>c.data),null),un(b("sip_bans"),[]),ko(),b("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),b("conferences?paginate=false")]),u=Object.values(t.numbers||{});return{users:e.length,numbers:u.length,spare:u.filter(c=>!c.used_by).length,version:n&&n.software_version,clockUnset:!!(n&&n.clock&&n.clock.set===!1),main:No(s.flatMap(c=>c.numbers||[])),conference:i.flatMap(c=>c.conference_numbers||[]),alerts:[...o.map(c=>r.banned(c.ip,c.reason)),...a]}}function ae({id:e,label:t,value:n}){return d`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function dn(){let[e,t]=p(null),[n,o]=p(null),[a,s]=p("");N(()=>{Eo().then(t,f=>s(f.message));let c=()=>Co().then(o,f=>s(f.message));c();let l=setInterval(c,xo);return()=>clearInterval(l)},[]);let i=n?n.devices.filter(c=>c.registered).length:"\u2026",u=n?n.ports.filter(c=>c.state==="down"||c.alarm).map(c=>r.portDown(c.name,c.alarm)):[];return d`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${r.dashboard}</h2>
    <${x} message=${a} />
    ${e&&e.clockUnset&&d`<p class="banner" role="alert" data-alert="clock">${r.clockUnset}</p>`}
    <div class="tiles">
      <${ae} id="users" label=${r.users} value=${e?e.users:"\u2026"} />
      <${ae} id="devices" label=${r.devices} value=${n?n.devices.length:"\u2026"} />
      <${ae} id="registered" label=${r.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${ae} id="calls" label=${r.callsNow} value=${n?n.calls:"\u2026"} />
      <${ae} id="numbers" label=${r.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&d`<${ae} id="version" label=${r.softwareVersion} value=${e.version} />`}
    </div>
    ${n&&d`<h3>${r.devicesByType}</h3>
      <ul class="by-type">
        ${So(n.devices).map(([c,l,f])=>d`<li key=${c} data-type=${c}>${r.deviceTypes[c]||c}: ${r.registeredOf(f,l)}</li>`)}
      </ul>`}
    ${n&&n.ports.length>0&&d`<h3>${r.analogPorts}</h3>
      <ul class="ports">
        ${n.ports.map(c=>d`<li key=${c.name} data-port=${c.name}><span class=${c.state==="down"?"dot":"dot on"}>${c.name} · ${r.portStates[c.state]||c.state}</span></li>`)}
      </ul>`}
    ${e&&d`<dl class="facts">
      <dt>${r.mainNumbers}</dt><dd data-fact="main">${e.main.join(", ")||r.noneSet}</dd>
      <dt>${r.conferenceNumbers}</dt><dd data-fact="conference">${e.conference.join(", ")||r.noneSet}</dd>
    </dl>`}
    <h3>${r.alerts}</h3>
    ${e&&([...e.alerts,...u].length?d`<ul class="alerts">${[...e.alerts,...u].map(c=>d`<li key=${c}>${c}</li>`)}</ul>`:d`<p class="ok">${r.noAlerts}</p>`)}
  </section>`}var L=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),lt=e=>`${e.first_name} ${e.last_name}`.trim();function it(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,o=>t[o%t.length]).join("")}function ct(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:lt(t),number:t.extension}},ui_metadata:L()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}function De(e,t,n){return{...e,type:"mainUserCallflow",owner_id:t.id,name:r.callflowOf(lt(t)),numbers:[n],contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:{}},ui_metadata:L()}}function ut(e){return{device_type:"sip_device",name:r.phoneOf(lt(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${it(10)}`,password:it(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:L()}}var pe=15;function dt(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||L()}}function mt(e,t,n){let o=Math.max(...n.members.map(a=>a.delay+a.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[it(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:o,repeats:n.repeats,endpoints:n.members.map(a=>({id:a.id,endpoint_type:"user",delay:a.delay,timeout:a.timeout}))},children:{}},ui_metadata:e.ui_metadata||L()}}var Po=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function ft(e,t,n,o){return{...e,name:o.name,type:"userGroup",group_id:t.id,numbers:[o.extension],flow:{module:"callflow",data:{id:n.id},children:{_:Po(o.next_vmbox)}},ui_metadata:e.ui_metadata||L()}}function mn(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((o,a)=>({...o,delay:a*n,timeout:n}))}function Mo(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:null}function Do(e,t){if(!(t instanceof B))throw t;let n={},o=[];for(let[a,s]of Object.entries(t.fields)){let i=Mo(e,a);i?n[i]=s:o.push(`${a}: ${s}`)}throw t.fields=n,o.length&&(t.message=o.join("; ")),t}async function ee(e,t,n){try{return await t()}catch(o){for(let a of n.reverse())await a().catch(()=>{});Do(e,o)}}async function fn(e){let t=[],n=await ee("users",()=>M("users",ct({},e)),t);t.push(()=>P(`users/${n.id}`));let o=await ee("callflows",()=>M("callflows",De({},n,e.extension)),t);return t.push(()=>P(`callflows/${o.id}`)),e.phone&&await ee("devices",()=>M("devices",ut(n)),t),n}async function pn(e,t,n){let o=await b(`users/${e}`),a=await ee("users",()=>j(`users/${e}`,ct(o,t)),[]);if(n){let s=await b(`callflows/${n}`);await ee("callflows",()=>j(`callflows/${n}`,De(s,a,t.extension)),[])}else await ee("callflows",()=>M("callflows",De({},a,t.extension)),[]);return t.phone&&await ee("devices",()=>M("devices",ut(a)),[]),a}async function _n(e){let[t,n]=await Promise.all([b(`callflows?filter_owner_id=${e}&paginate=false`),b(`devices?filter_owner_id=${e}&paginate=false`)]);for(let o of[...t.map(a=>`callflows/${a.id}`),...n.map(a=>`devices/${a.id}`)])await P(o);await P(`users/${e}`)}var Oo=5e3;function pt({ownerId:e}){let[t,n]=p([]),[o,a]=p("");return N(()=>{let s=!0;R("GET",`accounts/${S.value.account}`).then(c=>s&&a(c.data.realm||""));async function i(){let c=await b(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),l=await Promise.all(c.map(f=>b(`devices/${f.id}`)));s&&n(l.map((f,m)=>({...f,registered:c[m].registered})))}i().catch(()=>{});let u=setInterval(()=>i().catch(()=>{}),Oo);return()=>{s=!1,clearInterval(u)}},[e]),t.map(s=>d`<div class="card" key=${s.id} aria-label=${r.sipCredentials}>
      <h3>${r.sipCredentials}: ${s.name}</h3>
      <dl>
        <dt>${r.sipUser}</dt><dd class="sip-user">${s.sip&&s.sip.username}</dd>
        <dt>${r.sipPassword}</dt><dd class="sip-password">${s.sip&&s.sip.password}</dd>
        <dt>${r.sipRealm}</dt><dd>${o}</dd>
        <dt>${r.status}</dt><dd class=${s.registered?"dot on":"dot"}>${s.registered?r.registered:r.notRegistered}</dd>
      </dl>
    </div>`)}function _t(e,t){return e.length<12?r.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(o=>o.test(e)).length<3?r.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?r.pwUsername:""}function se({username:e,onDone:t}){let[n,o]=p({old:"",next:"",again:""}),[a,s]=p({}),[i,u]=p(""),[c,l]=p(!1),[f,m]=p(!1),_=h=>g=>o({...n,[h]:g});async function $(h){h.preventDefault(),m(!1);let g={};n.old||(g.old=r.required);let v=_t(n.next,e);if(v?g.next=v:n.next===n.old&&(g.next=r.pwSame),n.again!==n.next&&(g.again=r.pwMismatch),s(g),!Object.keys(g).length){l(!0),u("");try{if(!await ln(e,n.old)){s({old:r.pwOldWrong});return}await X(`users/${S.value.owner}`,{password:n.next,require_password_update:!1}),o({old:"",next:"",again:""}),m(!0),t&&t()}catch(y){s(y.fields||{}),u(y.message)}finally{l(!1)}}}return d`<form onSubmit=${$} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${r.changePassword}</h3>
    <p class="hint">${r.pwRules}</p>
    <${x} message=${i} />
    <${C} id="pw_old" label=${r.pwOld} type="password" value=${n.old} onInput=${_("old")} error=${a.old} autocomplete="current-password" />
    <${C} id="pw_new" label=${r.pwNew} type="password" value=${n.next} onInput=${_("next")} error=${a.next||a.password} autocomplete="new-password" />
    <${C} id="pw_again" label=${r.pwAgain} type="password" value=${n.again} onInput=${_("again")} error=${a.again} autocomplete="new-password" />
    ${f&&d`<p class="ok" role="status">${r.pwChanged}</p>`}
    <button type="submit" disabled=${c}>${c?r.saving:r.changePassword}</button>
  </form>`}function Ao(e,t){let n={};for(let a of["first_name","last_name","username","extension"])e[a].trim()||(n[a]=r.required);e.extension&&!/^\d{2,8}$/.test(e.extension)&&(n.extension=r.extDigits);let o=(t||e.password)&&_t(e.password,e.username);return o&&(n.password=o),n}function Oe({user:e,onDone:t}){let n=!e.id,[o,a]=p({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n}),[s,i]=p({}),[u,c]=p(""),[l,f]=p(!1),[m,_]=p(null),$=v=>y=>a({...o,[v]:y});async function h(v){v.preventDefault();let y=Ao(o,n);if(i(y),c(""),!Object.keys(y).length){f(!0);try{let w=n?await fn(o):await pn(e.id,o,e.callflow&&e.callflow.id);n||o.phone?_(w):t()}catch(w){i(w.fields||{}),c(`${r.failed} ${w.message}`)}f(!1)}}if(m)return d`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${m.first_name} ${m.last_name}</h2>
      <${pt} ownerId=${m.id} />
      <button onClick=${()=>t({...m,extension:o.extension})}>${r.users}</button>
    </section>`;let g=e.devices&&e.devices.length>0;return d`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?r.addUser:r.editUser}</h2>
    <form onSubmit=${h} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${C} id="first_name" label=${r.firstName} value=${o.first_name} onInput=${$("first_name")} error=${s.first_name} required />
        <${C} id="last_name" label=${r.lastName} value=${o.last_name} onInput=${$("last_name")} error=${s.last_name} required />
        <${C} id="username" label=${r.username} value=${o.username} onInput=${$("username")} error=${s.username} required autocomplete="off" />
        <${C} id="email" label=${r.email} type="email" value=${o.email} onInput=${$("email")} error=${s.email} />
        <${C} id="new_password" label=${r.password} type="password" value=${o.password} onInput=${$("password")} error=${s.password} required=${n} autocomplete="new-password" />
        <${C} id="extension" label=${r.extension} value=${o.extension} onInput=${$("extension")} error=${s.extension} required inputmode="numeric" />
      </div>
      ${!g&&d`<div class="check">
        <input type="checkbox" id="phone" checked=${o.phone} onChange=${v=>a({...o,phone:v.target.checked})} />
        <label for="phone">${r.deskPhone}</label>
      </div>`}
      <div class="bar">
        <button type="submit" disabled=${l}>${l?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${t}>${r.cancel}</button>
      </div>
    </form>
    ${g&&d`<${pt} ownerId=${e.id} />`}
  </section>`}async function Uo(){let[e,t,n]=await Promise.all([b("users?paginate=false"),b("callflows?filter_type=mainUserCallflow&paginate=false"),b("devices?with_status=true&paginate=false")]);return e.map(o=>{let a=t.find(s=>s.owner_id===o.id);return{...o,callflow:a,extension:a&&a.numbers?a.numbers[0]:"",devices:n.filter(s=>s.owner_id===o.id)}})}function $n(){let[e,t]=p(null),[n,o]=p(null),[a,s]=p(""),i=()=>Uo().then(t,c=>s(c.message));N(i,[]);async function u(c){if(confirm(r.confirmDelete(`${c.first_name} ${c.last_name}`))){try{await _n(c.id)}catch(l){s(l.message)}i()}}return n?d`<${Oe}
      user=${n}
      onDone=${()=>{o(null),i()}}
    />`:d`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${r.users}</h2>
      <button onClick=${()=>o({})}>${r.addUser}</button>
    </div>
    <${x} message=${a} />
    ${e?e.length===0?d`<p>${r.none}</p>`:d`<table class="list" aria-label=${r.users}>
            <thead><tr><th>${r.name}</th><th>${r.username}</th><th>${r.extension}</th><th>${r.devices}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(c=>d`<tr key=${c.id} data-user=${c.username}>
                  <td data-label=${r.name}>${c.first_name} ${c.last_name}</td>
                  <td data-label=${r.username}>${c.username}</td>
                  <td data-label=${r.extension} class="ext">${c.extension}</td>
                  <td data-label=${r.devices}>
                    ${c.devices.map(l=>d`<span class=${l.registered?"dot on":"dot"}>${l.name} · ${l.registered?r.registered:r.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>o(c)} aria-label=${`${r.edit} ${c.username}`}>${r.edit}</button>
                    ${c.id!==S.value.owner&&d`<button class="danger" onClick=${()=>u(c)} aria-label=${`${r.del} ${c.username}`}>${r.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${r.loading}</p>`}
  </section>`}function hn(){let[e,t]=p(null),[n,o]=p("");return N(()=>{Promise.all([b("devices?with_status=true&paginate=false"),b("users?paginate=false")]).then(([a,s])=>{let i=u=>s.find(c=>c.id===u);t(a.map(u=>({...u,owner:i(u.owner_id)})))},a=>o(a.message))},[]),d`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${r.devices}</h2>
    <${x} message=${n} />
    ${e?e.length===0?d`<p>${r.none}</p>`:d`<table class="list" aria-label=${r.devices}>
            <thead><tr><th>${r.name}</th><th>${r.type}</th><th>${r.sipUser}</th><th>${r.owner}</th><th>${r.status}</th></tr></thead>
            <tbody>
              ${e.map(a=>d`<tr key=${a.id}>
                  <td data-label=${r.name}>${a.name}</td>
                  <td data-label=${r.type}>${a.device_type}</td>
                  <td data-label=${r.sipUser}>${a.username}</td>
                  <td data-label=${r.owner}>${a.owner?`${a.owner.first_name} ${a.owner.last_name}`:""}</td>
                  <td data-label=${r.status}><span class=${a.registered?"dot on":"dot"}>${a.registered?r.registered:r.notRegistered}</span></td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${r.loading}</p>`}
  </section>`}var Io=86400,Fo=62167219200;function To({leg:e}){return d`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function jo({call:e,withLegs:t}){let[n,o]=p(null),[a,s]=p(!1);async function i(){s(!a),n||o(await b(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return d`<tr class="call" data-call=${e.call_id}>
      <td data-label=${r.when}>${t?d`<button class="plain" aria-expanded=${a} onClick=${i}>${e.datetime}</button>`:e.datetime}</td>
      <td data-label=${r.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${r.to}>${e.dialed_number}</td>
      <td data-label=${r.duration}>${e.duration_seconds}s</td>
      <td data-label=${r.result}>${e.hangup_cause}</td>
    </tr>
    ${a&&d`<tr class="legs"><td colspan="5">
      <h3>${r.legs}</h3>
      ${n?d`<ul>${n.map(u=>d`<${To} key=${u.id} leg=${u} />`)}</ul>`:r.loading}
    </td></tr>`}`}function bn({path:e,title:t,withLegs:n}){let[o,a]=p(null),[s,i]=p("");return N(()=>{let u=Math.floor(Date.now()/1e3)+Fo;b(`${e}?created_from=${u-7*Io}&created_to=${u+60}&page_size=100`).then(a,c=>i(c.message))},[]),d`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${x} message=${s} />
    ${o?o.length===0?d`<p>${r.none}</p>`:d`<table class="list" aria-label=${t}>
            <thead><tr><th>${r.when}</th><th>${r.from}</th><th>${r.to}</th><th>${r.duration}</th><th>${r.result}</th></tr></thead>
            <tbody>${o.map(u=>d`<${jo} key=${u.id} call=${u} withLegs=${n} />`)}</tbody>
          </table>`:d`<p>${r.loading}</p>`}
  </section>`}var vn=()=>d`<${bn} path="cdrs/interaction" title=${r.callLogs} withLegs=${!0} />`,gn=()=>d`<${bn} path=${`users/${S.value.owner}/cdrs`} title=${r.myCalls} withLegs=${!1} />`;var Bo=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],Ro=["undefinedMainNumber","0"],Ae=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],_e=e=>({module:"callflow",data:{id:e},children:{}});async function wn(){let e=await b("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(i=>[i.name,i]));for(let i of Bo){if(t[i])continue;let u=t[`${i}Menu`]||await Lo(`${i}Menu`);t[i]=await M("callflows",{name:i,type:"main",numbers:[i],flow:_e(u.id),ui_metadata:L()})}let n=t.MainCallflow||await M("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:_e(t.MainOpenHours.id)}},ui_metadata:L()}),[o,a]=await Promise.all([b(`callflows/${n.id}`),b("temporal_rules?paginate=false")]),s=await Promise.all(a.filter(i=>i.name==="MainOpenHours"||i.name==="MainLunchHours").map(i=>b(`temporal_rules/${i.id}`)));return{main:o,parts:t,open:s.filter(i=>i.type==="main_weekdays"),lunch:s.filter(i=>i.type==="main_lunchbreak")}}async function Lo(e){let t=await M("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:L()});return M("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:L()})}var xn=e=>(e.numbers||[]).filter(t=>!Ro.includes(t));async function kn(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=L(),e.main=await j(`callflows/${n.id}`,n)}var yn=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},$t=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`;async function Cn(e,t){let[n,...o]=e.open;for(let f of o)await P(`temporal_rules/${f.id}`);let a=[];if(t){let f={...n||{},name:"MainOpenHours",type:"main_weekdays",cycle:"weekly",interval:1,wdays:t.wdays,time_window_start:yn(t.start),time_window_stop:yn(t.stop),ui_metadata:L()};a=[n?await j(`temporal_rules/${n.id}`,f):await M("temporal_rules",f)]}else n&&await P(`temporal_rules/${n.id}`);let{parts:s,main:i}=e,u=new Set([...e.lunch,...e.open,...a].map(f=>f.id)),c=(i.flow&&i.flow.data&&i.flow.data.rules||[]).filter(f=>!u.has(f)),l={};for(let f of c)l[f]=i.flow.children[f];for(let f of e.lunch)l[f.id]=_e(s.MainLunchHours.id);for(let f of a)l[f.id]=_e(s.MainOpenHours.id);l._=_e(a.length?s.MainAfterHours.id:s.MainOpenHours.id),i.flow={module:"temporal_route",data:{rules:[...c,...[...e.lunch,...a].map(f=>f.id)]},children:l},i.ui_metadata=L(),e.main=await j(`callflows/${i.id}`,i),e.open=a}function Ho({strategy:e,onSaved:t}){let[n,o]=p(""),[a,s]=p(""),i=xn(e.main);async function u(l){s("");try{await kn(e,l),o(""),t()}catch(f){s(Object.values(f.fields||{})[0]||f.message)}}function c(l){l.preventDefault();let f=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(f))return s(r.badNumber);u([...i,f])}return d`<form onSubmit=${c} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${r.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(l=>d`<li key=${l}>
          <span class="main-number">${l}</span>
          <button type="button" class="plain" aria-label=${`${r.remove} ${l}`} onClick=${()=>u(i.filter(f=>f!==l))}>${r.remove}</button>
        </li>`)}
    </ul>
    <${C} id="main_number" label=${r.number} value=${n} onInput=${o} error=${a} inputmode="tel" />
    <button type="submit">${r.addNumber}</button>
  </form>`}function Go({strategy:e,onSaved:t}){let n=e.open[0],[o,a]=p(!!n),[s,i]=p(n?n.wdays||[]:Ae.slice(0,5)),[u,c]=p(n?$t(n.time_window_start||0):"09:00"),[l,f]=p(n?$t(n.time_window_stop||0):"17:00"),[m,_]=p(""),[$,h]=p(!1),g=y=>i(s.includes(y)?s.filter(w=>w!==y):Ae.filter(w=>w===y||s.includes(w)));async function v(y){if(y.preventDefault(),h(!1),o&&!s.length)return _(r.pickDay);if(o&&!(u<l))return _(r.badHours);_("");try{await Cn(e,o?{wdays:s,start:u,stop:l}:null),h(!0),t()}catch(w){_(Object.entries(w.fields||{}).map(([T,k])=>`${T}: ${k}`).join("; ")||w.message)}}return d`<form onSubmit=${v} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${r.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!o} onChange=${()=>a(!1)} /><label for="h24">${r.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${o} onChange=${()=>a(!0)} /><label for="hcustom">${r.openCustom}</label></div>
    ${o&&d`<fieldset>
      <legend class="sr">${r.openCustom}</legend>
      <div class="days">
        ${Ae.map(y=>d`<span class="check"><input type="checkbox" id=${"day-"+y} checked=${s.includes(y)} onChange=${()=>g(y)} /><label for=${"day-"+y}>${r.wday[y]}</label></span>`)}
      </div>
      <div class="grid">
        <${C} id="opens" label=${r.opens} type="time" value=${u} onInput=${c} />
        <${C} id="closes" label=${r.closes} type="time" value=${l} onInput=${f} />
      </div>
    </fieldset>`}
    ${m&&d`<p class="error" role="alert">${m}</p>`}
    ${$&&d`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit">${r.save}</button>
  </form>`}function Ue(){let[e,t]=p(null),[n,o]=p(""),[,a]=p(0);N(()=>{wn().then(t,i=>o(i.message))},[]);let s=()=>a(i=>i+1);return d`<section aria-labelledby="main-h">
    <h2 id="main-h">${r.mainNumber}</h2>
    <${x} message=${n} />
    ${e?d`<div class="stack">
          <${Ho} strategy=${e} onSaved=${s} />
          <${Go} strategy=${e} onSaved=${s} />
        </div>`:!n&&d`<p>${r.loading}</p>`}
  </section>`}var ht=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function Ie({onDone:e}){let t=`accounts/${S.value.account}`,[n,o]=p(null),[a,s]=p({}),[i,u]=p(""),[c,l]=p(!1);N(()=>{R("GET",t).then(({data:_})=>o({name:_.name||"",timezone:_.timezone||"UTC"}),_=>u(_.message))},[]);async function f(_){if(_.preventDefault(),l(!1),!n.name.trim())return s({name:r.required});s({}),u("");try{await R("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),S.value={...S.value,accountName:n.name.trim()},l(!0),e&&e()}catch($){s($.fields||{}),u($.message)}}if(!n)return d`<${x} message=${i} />${!i&&d`<p>${r.loading}</p>`}`;let m=ht.includes(n.timezone)?ht:[n.timezone,...ht];return d`<form onSubmit=${f} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${r.office}</h3>
    <${x} message=${i} />
    <${C} id="office_name" label=${r.officeName} value=${n.name} onInput=${_=>o({...n,name:_})} error=${a.name} />
    <div class="field">
      <label for="timezone">${r.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${_=>o({...n,timezone:_.target.value})}>
        ${m.map(_=>d`<option key=${_} value=${_}>${_}</option>`)}
      </select>
      ${a.timezone&&d`<p class="error" role="alert">${a.timezone}</p>`}
    </div>
    ${c&&d`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit">${r.save}</button>
  </form>`}var te=q(null);async function Sn(){let e=await b(`users/${S.value.owner}`);e.require_password_update&&(te.value={forced:!0,username:e.username})}async function Nn(){let e=await b(`users/${S.value.owner}`);te.value={forced:!1,username:e.username}}function qo(){let[e,t]=p(!1),[n,o]=p([]);return e?d`<${Oe}
      user=${{}}
      onDone=${a=>{t(!1),a&&o([...n,a])}}
    />`:d`<div>
    <h3>${r.firstUsers}</h3>
    <ul class="added">${n.map(a=>d`<li key=${a.username}>${a.first_name} ${a.last_name} · ${a.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${r.addUser}</button>
  </div>`}function En(){let{forced:e,username:t}=te.value,[n,o]=p(!e),a=[[r.stepPassword,()=>d`<${se} username=${t} onDone=${()=>o(!0)} />`],[r.stepOffice,()=>d`<${Ie} />`],[r.stepUsers,()=>d`<${qo} />`],[r.stepMainNumber,()=>d`<${Ue} />`],[r.stepDone,()=>d`<p>${r.wizardDone}</p>`]],[s,i]=p(0),u=s===a.length-1,[c,l]=a[s],f=s===0&&!n;return d`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${r.wizard}</h2>
    <p class="hint">${r.stepOf(s+1,a.length)}: <strong>${c}</strong></p>
    ${f&&d`<p class="banner" role="alert">${r.pwForced}</p>`}
    <div key=${s}>${l()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${s===0} onClick=${()=>i(s-1)}>${r.back}</button>
      ${u?d`<button type="button" onClick=${()=>te.value=null}>${r.finish}</button>`:d`<button type="button" disabled=${f} onClick=${()=>i(s+1)}>${r.next}</button>`}
    </div>
  </section>`}async function zo(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":S.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new B(t.status,n);return n.data}function Pn(){let[e,t]=p(null),[n,o]=p(!1),[a,s]=p(""),[i,u]=p("");async function c(l){if(l.preventDefault(),s(""),u(""),!e)return s(r.pickBundle);o(!0);try{let f=await zo(e);u(r.updateInstalled(f&&f.installed))}catch(f){let m=f.body&&f.body.data&&(f.body.data.message||f.body.data.detail);s(`${r.failed} ${f.message}${typeof m=="string"&&m!==f.message?`: ${m}`:""}`)}o(!1)}return d`<form onSubmit=${c} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${r.softwareUpdate}</h3>
    <p class="hint">${r.updateHint}</p>
    <${x} message=${a} />
    <div class="field">
      <label for="bundle">${r.bundle}</label>
      <input id="bundle" type="file" onChange=${l=>t(l.target.files[0]||null)} />
    </div>
    ${i&&d`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?r.uploading:r.install}</button>
  </form>`}function Mn(){let[e,t]=p(null),[n,o]=p(""),a=()=>b("sip_bans").then(t,i=>i.status===403?t(null):o(i.message));N(a,[]);let s=i=>P(`sip_bans/${encodeURIComponent(i)}`).then(a,u=>o(u.message));return e?d`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${r.sipBans}</h3>
    <${x} message=${n} />
    ${e.length===0?d`<p>${r.noBans}</p>`:d`<ul class="numbers">
          ${e.map(i=>d`<li key=${i.ip} data-ban=${i.ip}>
              <span>${r.banned(i.ip,i.reason)} · ${r.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>s(i.ip)} aria-label=${r.liftBan(i.ip)}>${r.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:d`<${x} message=${n} />`}function Dn(){let[e,t]=p(null),[n,o]=p("");return N(()=>{b(`users/${S.value.owner}`).then(t,a=>o(a.message))},[]),d`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${r.settings}</h2>
    <${x} message=${n} />
    <div class="stack">
      ${e&&d`<${se} username=${e.username} />`}
      <${Ie} />
      <${Mn} />
      <${Pn} />
      <div><button type="button" onClick=${()=>Nn().catch(a=>o(a.message))}>${r.runWizard}</button></div>
    </div>
  </section>`}var On=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),Wo=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function Vo(e,t){let n=await fetch("/v2/"+V(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":S.value.token,"Content-Type":Wo(t),Accept:"application/json"},body:t});if(!n.ok)throw new B(n.status,await n.json().catch(()=>null))}async function An(e,t){let n=await M("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await Vo(n.id,t)}catch(o){throw await P(`media/${n.id}`).catch(()=>{}),o}return n.id}var bt=e=>P(`media/${e}`).catch(()=>{});var vt=["skip_greeting","skip_instructions","delete_after_notify","announcement_only"],Xo=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,Un=e=>e.split(/[\s,;]+/).filter(Boolean);function Yo(e){let t={};e.name.trim()||(t.name=r.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=r.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=r.pinDigits);let n=Un(e.notify).find(o=>!Xo.test(o));return n&&(t.notify_email_addresses=r.badEmail(n)),t}function In({box:e,users:t,onDone:n}){let o=!e.id,[a,s]=p({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(vt.map(v=>[v,!!e[v]]))}),[i,u]=p({}),[c,l]=p(""),[f,m]=p(!1),[_,$]=p(null),h=v=>y=>s({...a,[v]:y});async function g(v){v.preventDefault();let y=Yo(a);if(_&&!On(_)&&(y.greeting=r.greetingType),u(y),l(""),Object.keys(y).length)return;let w={name:a.name.trim(),mailbox:a.mailbox,notify_email_addresses:Un(a.notify),...Object.fromEntries(vt.map(k=>[k,a[k]]))};w.owner_id=a.owner_id||(o?void 0:null),w.pin=a.pin||(o?void 0:null),m(!0);let T=null;try{_&&(T=await An(w.name,_).catch(k=>{throw Object.assign(k,{fields:{greeting:k.fields&&k.fields.media||k.message}})}),w.media={...e.media||{},unavailable:T}),o?await M("vmboxes",w):await X(`vmboxes/${e.id}`,w),T&&e.media&&e.media.unavailable&&await bt(e.media.unavailable),n()}catch(k){T&&await bt(T),u(k.fields||{}),l(`${r.failed} ${k.message}`),m(!1)}}return d`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${o?r.addVmbox:r.editVmbox}</h2>
    <form onSubmit=${g} novalidate>
      <${x} message=${c} />
      <div class="grid">
        <${C} id="vm_name" label=${r.name} value=${a.name} onInput=${h("name")} error=${i.name} required />
        <${C} id="vm_mailbox" label=${r.mailbox} value=${a.mailbox} onInput=${h("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${r.owner}</label>
          <select id="vm_owner" value=${a.owner_id} onChange=${v=>h("owner_id")(v.target.value)}>
            <option value="">${r.noOwner}</option>
            ${t.map(v=>d`<option key=${v.id} value=${v.id}>${v.first_name} ${v.last_name}</option>`)}
          </select>
          ${i.owner_id&&d`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${C} id="vm_pin" label=${r.pin} type="password" value=${a.pin} onInput=${h("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${r.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${v=>$(v.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?r.greetingSet:r.greetingNone}</p>
        ${i.greeting&&d`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${C} id="vm_notify" label=${r.recipients} value=${a.notify} onInput=${h("notify")} error=${i.notify_email_addresses} />
      ${vt.map(v=>d`<div class="check" key=${v}>
          <input type="checkbox" id=${"vm_"+v} checked=${a[v]} onChange=${y=>h(v)(y.target.checked)} />
          <label for=${"vm_"+v}>${r.vmFlags[v]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${f}>${f?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${n}>${r.cancel}</button>
      </div>
    </form>
  </section>`}var Zo=62167219200,Jo=e=>new Date((e-Zo)*1e3).toISOString().slice(0,16).replace("T"," ");function Fe({box:e,onDone:t}){let n=`vmboxes/${e.id}/messages`,[o,a]=p(null),[s,i]=p({}),u=et([]),[c,l]=p(""),f=()=>b(`${n}?paginate=false`).then(h=>a(h.filter(g=>g.folder!=="deleted")),h=>l(h.message));N(()=>(f(),()=>u.current.forEach(h=>URL.revokeObjectURL(h))),[]);let m=h=>h.then(f,g=>l(g.message));async function _(h){if(s[h.media_id])return s[h.media_id];let g=URL.createObjectURL(await rn(`${n}/${h.media_id}/raw`));return u.current.push(g),i(v=>({...v,[h.media_id]:g})),g}async function $(h){try{let g=document.createElement("a");g.href=await _(h),g.download=`${e.mailbox}-${h.media_id}.wav`,g.click()}catch(g){l(g.message)}}return d`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${r.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${t}>${r.vmboxes}</button>
    </div>
    <${x} message=${c} />
    ${o?o.length===0?d`<p>${r.none}</p>`:d`<table class="list" aria-label=${r.messages}>
            <thead><tr><th>${r.when}</th><th>${r.from}</th><th>${r.duration}</th><th>${r.folder}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${o.map(h=>d`<tr key=${h.media_id} data-message=${h.media_id} class="message">
                  <td data-label=${r.when}>${h.timestamp?Jo(h.timestamp):""}</td>
                  <td data-label=${r.from}>${h.caller_id_name||""} ${h.caller_id_number||""}</td>
                  <td data-label=${r.duration}>${h.length?`${Math.round(h.length/1e3)} s`:""}</td>
                  <td data-label=${r.folder} class="folder">${r.folders[h.folder]||h.folder}</td>
                  <td class="actions">
                    ${s[h.media_id]?d`<audio controls autoplay src=${s[h.media_id]}></audio>`:d`<button onClick=${()=>_(h).catch(g=>l(g.message))}>${r.play}</button>`}
                    <button class="plain" onClick=${()=>$(h)}>${r.download}</button>
                    ${h.folder==="new"&&d`<button class="plain" onClick=${()=>m(j(`${n}/${h.media_id}`,{folder:"saved"}))}>${r.markHeard}</button>`}
                    <button class="danger" onClick=${()=>confirm(r.confirmDeleteMessage)&&m(P(`${n}/${h.media_id}`))}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${r.loading}</p>`}
  </section>`}function Fn(){let[e,t]=p(null),[n,o]=p(null),[a,s]=p(null),[i,u]=p(""),c=()=>Promise.all([b("vmboxes?paginate=false"),b("users?paginate=false")]).then(([$,h])=>t({boxes:$,users:h}),$=>u($.message));N(c,[]);let l=()=>{o(null),s(null),c()};async function f($){confirm(r.confirmDeleteVmbox($.name))&&(await P(`vmboxes/${$.id}`).catch(h=>u(h.message)),c())}async function m($){try{o(await b(`vmboxes/${$.id}`))}catch(h){u(h.message)}}if(n)return d`<${In} box=${n} users=${e.users} onDone=${l} />`;if(a)return d`<${Fe} box=${a} onDone=${l} />`;let _=$=>{let h=e.users.find(g=>g.id===$);return h?`${h.first_name} ${h.last_name}`:""};return d`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${r.vmboxes}</h2>
      <button onClick=${()=>o({})}>${r.addVmbox}</button>
    </div>
    <${x} message=${i} />
    ${e?e.boxes.length===0?d`<p>${r.none}</p>`:d`<table class="list" aria-label=${r.vmboxes}>
            <thead><tr><th>${r.name}</th><th>${r.mailbox}</th><th>${r.owner}</th><th>${r.newMessages}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map($=>d`<tr key=${$.id} data-vmbox=${$.mailbox}>
                  <td data-label=${r.name}>${$.name}</td>
                  <td data-label=${r.mailbox}>${$.mailbox}</td>
                  <td data-label=${r.owner}>${_($.owner_id)}</td>
                  <td data-label=${r.newMessages} class="count">${$.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>s($)} aria-label=${r.messagesOf($.name)}>${r.messages}</button>
                    <button class="plain" onClick=${()=>m($)} aria-label=${`${r.edit} ${$.name}`}>${r.edit}</button>
                    <button class="danger" onClick=${()=>f($)} aria-label=${`${r.del} ${$.name}`}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${r.loading}</p>`}
  </section>`}function Te(e,t){if(!(t instanceof B))throw t;let n={};for(let[o,a]of Object.entries(t.fields))n[e==="userGroup"&&o.startsWith("numbers")?"extension":o.split(".")[0]]=a;throw t.fields=n,t}async function Tn(){let[e,t]=await Promise.all([b("groups?paginate=false"),b("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let o=t.filter(a=>a.group_id===n.id);return{...n,userCf:o.find(a=>a.type==="userGroup"),baseCf:o.find(a=>a.type==="baseGroup")}})}async function jn(e){let t=[];try{let n=await M("groups",dt({},e));t.push(()=>P(`groups/${n.id}`));let o=await M("callflows",mt({},n,e));t.push(()=>P(`callflows/${o.id}`)),await M("callflows",ft({},n,o,e)).catch(a=>Te("userGroup",a))}catch(n){for(let o of t.reverse())await o().catch(()=>{});Te("groups",n)}}async function Bn(e,t){try{let n=await j(`groups/${e.id}`,dt(await b(`groups/${e.id}`),t)),o=await j(`callflows/${e.baseCf.id}`,mt(await b(`callflows/${e.baseCf.id}`),n,t)),a=e.userCf?await b(`callflows/${e.userCf.id}`):{},s=ft(a,n,o,t);await(e.userCf?j(`callflows/${e.userCf.id}`,s):M("callflows",s)).catch(i=>Te("userGroup",i))}catch(n){Te("groups",n)}}async function Rn(e){for(let t of[e.userCf,e.baseCf])t&&await P(`callflows/${t.id}`);await P(`groups/${e.id}`)}var ie=e=>/^\d+$/.test(String(e))?Number(e):NaN;function Ko(e){let t={};return e.name.trim()||(t.name=r.required),/^\d{2,8}$/.test(e.extension)||(t.extension=r.extDigits),ie(e.repeats)>=1&&ie(e.repeats)<=10||(t.repeats=r.repeatsRange),e.members.length||(t.members=r.pickMember),e.members.length>pe&&(t.members=r.tooManyMembers(pe)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=r.badTimeline),t}function Ln({id:e,label:t,value:n,onChange:o,options:a}){return d`<div class="field">
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${s=>o(s.target.value)}>
      ${a.map(([s,i])=>d`<option key=${s} value=${s}>${i}</option>`)}
    </select>
  </div>`}function Hn({group:e,users:t,vmboxes:n,onDone:o}){let[a,s]=p(e.form),[i,u]=p("20"),[c,l]=p({}),[f,m]=p(""),[_,$]=p(!1),h=k=>D=>s({...a,[k]:D}),g=k=>a.members.find(D=>D.id===k),v=k=>s({...a,members:g(k.id)?a.members.filter(D=>D.id!==k.id):[...a.members,{id:k.id,delay:0,timeout:20}]}),y=(k,D,F)=>s({...a,members:a.members.map(H=>H.id===k?{...H,[D]:ie(F)}:H)});async function w(k){k.preventDefault();let D=Ko(a);if(l(D),m(""),!Object.keys(D).length){$(!0);try{let F={...a,name:a.name.trim(),repeats:ie(a.repeats)};await(e.id?Bn(e,F):jn(F)),o()}catch(F){l(F.fields||{}),m(`${r.failed} ${F.message}`),$(!1)}}}let T=a.members.length>=pe;return d`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?r.editGroup:r.addGroup}</h2>
    <form onSubmit=${w} novalidate>
      <${x} message=${f} />
      <div class="grid">
        <${C} id="group_name" label=${r.name} value=${a.name} onInput=${h("name")} error=${c.name} required />
        <${C} id="group_extension" label=${r.extension} value=${a.extension} onInput=${h("extension")} error=${c.extension} required inputmode="numeric" />
        <${C} id="group_repeats" label=${r.repeats} value=${String(a.repeats)} onInput=${h("repeats")} error=${c.repeats} inputmode="numeric" />
        <${Ln} id="group_strategy" label=${r.strategy} value=${a.strategy} onChange=${h("strategy")} options=${Object.entries(r.strategies)} />
        <${Ln} id="group_next" label=${r.nextAction} value=${a.next_vmbox} onChange=${h("next_vmbox")}
          options=${[["",r.notAvailable],...n.map(k=>[k.id,r.toVoicemail(k.name,k.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${r.members(a.members.length,pe)}</legend>
        ${c.members&&d`<p class="error" id="members-error" role="alert">${c.members}</p>`}
        <table class="list timeline" aria-label=${r.timeline}>
          <thead><tr><th>${r.member}</th><th>${r.startAfter}</th><th>${r.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(k=>{let D=g(k.id),F=`${k.first_name} ${k.last_name}`;return d`<tr key=${k.id} data-member=${k.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+k.id} checked=${!!D} disabled=${!D&&T} onChange=${()=>v(k)} /><label for=${"m-"+k.id}>${F}</label></span></td>
                <td data-label=${r.startAfter}>${D&&d`<input class="delay" aria-label=${`${r.startAfter} ${F}`} inputmode="numeric" value=${Number.isNaN(D.delay)?"":D.delay} onInput=${H=>y(k.id,"delay",H.target.value)} />`}</td>
                <td data-label=${r.ringFor}>${D&&d`<input class="timeout" aria-label=${`${r.ringFor} ${F}`} inputmode="numeric" value=${Number.isNaN(D.timeout)?"":D.timeout} onInput=${H=>y(k.id,"timeout",H.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${C} id="group_total" label=${r.totalRing} value=${i} onInput=${u} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!a.members.length||!(ie(i)>=1)} onClick=${()=>s({...a,members:mn(a.members,ie(i))})}>${r.distribute}</button>
        </div>
      </fieldset>
      <div class="bar">
        <button type="submit" disabled=${_}>${_?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${o}>${r.cancel}</button>
      </div>
    </form>
  </section>`}async function Qo(e){let t=e.baseCf?await b(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},o=(n.endpoints||[]).map(s=>({id:s.id,delay:Number(s.delay)||0,timeout:Number(s.timeout)||20})),a=e.userCf?(await b(`callflows/${e.userCf.id}`)).flow.children._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:a&&a.module==="voicemail"?a.data.id:"",members:o}}function Gn(){let[e,t]=p(null),[n,o]=p(null),[a,s]=p(""),i=()=>Promise.all([Tn(),b("users?paginate=false"),b("vmboxes?paginate=false")]).then(([l,f,m])=>t({groups:l,users:f,vmboxes:m}),l=>s(l.message));N(i,[]);async function u(l){try{o({...l,form:await Qo(l)})}catch(f){s(f.message)}}async function c(l){confirm(r.confirmDeleteGroup(l.name))&&(await Rn(l).catch(f=>s(f.message)),i())}return n?d`<${Hn}
      group=${n}
      users=${e.users}
      vmboxes=${e.vmboxes}
      onDone=${()=>{o(null),i()}}
    />`:d`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${r.groups}</h2>
      <button disabled=${!e} onClick=${()=>o({form:{name:"",extension:"",repeats:1,strategy:"simultaneous",next_vmbox:"",members:[]}})}>${r.addGroup}</button>
    </div>
    <${x} message=${a} />
    ${e?e.groups.length===0?d`<p>${r.none}</p>`:d`<table class="list" aria-label=${r.groups}>
            <thead><tr><th>${r.name}</th><th>${r.extension}</th><th>${r.memberCount}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.groups.map(l=>d`<tr key=${l.id} data-group=${l.name}>
                  <td data-label=${r.name}>${l.name}</td>
                  <td data-label=${r.extension} class="ext">${l.userCf&&l.userCf.numbers?l.userCf.numbers[0]:""}</td>
                  <td data-label=${r.memberCount}>${typeof l.endpoints=="number"?l.endpoints:Object.keys(l.endpoints||{}).length}</td>
                  <td class="actions">
                    <button onClick=${()=>u(l)} aria-label=${`${r.edit} ${l.name}`}>${r.edit}</button>
                    <button class="danger" onClick=${()=>c(l)} aria-label=${`${r.del} ${l.name}`}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${r.loading}</p>`}
  </section>`}async function er(){let[e,t]=await Promise.all([b("phone_numbers"),b("callflows?paginate=false")]);return Object.entries(e.numbers||{}).map(([n,o])=>{let a=o.used_by_id&&t.find(s=>s.id===o.used_by_id);return{number:n,usedBy:a?a.name||a.id:o.used_by_id||""}}).sort((n,o)=>n.number.localeCompare(o.number))}function qn(){let[e,t]=p(null),[n,o]=p(""),[a,s]=p(""),[i,u]=p(""),c=()=>er().then(t,m=>u(m.message));N(c,[]);async function l(m){m.preventDefault();let _=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(_))return s(r.badPhoneNumber);s("");try{await M(`phone_numbers/${encodeURIComponent(_)}`,{}),o(""),c()}catch($){s($.fields.number||$.message)}}async function f(m){confirm(r.confirmDeleteNumber(m))&&(await P(`phone_numbers/${encodeURIComponent(m)}`).catch(_=>u(_.message)),c())}return d`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${r.numbers}</h2>
    <${x} message=${i} />
    ${e?e.length===0?d`<p>${r.none}</p>`:d`<table class="list" aria-label=${r.numbers}>
            <thead><tr><th>${r.number}</th><th>${r.usedBy}</th><th><span class="sr">${r.del}</span></th></tr></thead>
            <tbody>
              ${e.map(m=>d`<tr key=${m.number} data-number=${m.number}>
                  <td data-label=${r.number} class="main-number">${m.number}</td>
                  <td data-label=${r.usedBy} class="used-by">${m.usedBy||r.spare}</td>
                  <td class="actions">${!m.usedBy&&d`<button class="danger" onClick=${()=>f(m.number)} aria-label=${`${r.remove} ${m.number}`}>${r.remove}</button>`}</td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${r.loading}</p>`}
    <form onSubmit=${l} novalidate>
      <${C} id="new_number" label=${r.number} value=${n} onInput=${o} error=${a} inputmode="tel" />
      <button type="submit">${r.addPhoneNumber}</button>
    </form>
  </section>`}var zn=e=>e.split(/[\s,;]+/).filter(Boolean);function Wn(e){return{name:e.name.trim(),conference_numbers:[e.number],member:{pins:zn(e.member_pins),join_muted:e.join_muted},moderator:{pins:zn(e.moderator_pins)}}}var gt=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:[n.number],flow:{module:"conference",data:{id:t.id},children:{}}});function Vn(e){if(!(e instanceof B))throw e;let t={};for(let[n,o]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=o;throw e.fields=t,e}var Xn=e=>b(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function Yn(e){let t=null;try{t=await M("conferences",Wn(e)),await M("callflows",gt({},t,e))}catch(n){t&&await P(`conferences/${t.id}`).catch(()=>{}),Vn(n)}}async function Zn(e,t){try{let n=await X(`conferences/${e}`,Wn(t)),[o]=await Xn(e);o?await j(`callflows/${o.id}`,gt(await b(`callflows/${o.id}`),n,t)):await M("callflows",gt({},n,t))}catch(n){Vn(n)}}async function Jn(e){for(let t of await Xn(e))await P(`callflows/${t.id}`);await P(`conferences/${e}`)}var tr=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function nr(e){let t={};e.name.trim()||(t.name=r.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=r.extDigits);for(let n of["member_pins","moderator_pins"])tr.test(e[n].trim())||(t[n]=r.pinList);return t}function Kn({conf:e,onDone:t}){let n=!e.id,[o,a]=p({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[s,i]=p({}),[u,c]=p(""),[l,f]=p(!1),m=$=>h=>a({...o,[$]:h});async function _($){$.preventDefault();let h=nr(o);if(i(h),c(""),!Object.keys(h).length){f(!0);try{n?await Yn(o):await Zn(e.id,o),t()}catch(g){i(g.fields||{}),c(`${r.failed} ${g.message}`),f(!1)}}}return d`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?r.addConference:r.editConference}</h2>
    <form onSubmit=${_} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${C} id="conf_name" label=${r.name} value=${o.name} onInput=${m("name")} error=${s.name} required />
        <${C} id="conf_number" label=${r.confNumber} value=${o.number} onInput=${m("number")} error=${s.number} required inputmode="tel" />
        <${C} id="conf_member_pins" label=${r.memberPins} value=${o.member_pins} onInput=${m("member_pins")} error=${s.member_pins||s.member} inputmode="numeric" autocomplete="off" />
        <${C} id="conf_moderator_pins" label=${r.moderatorPins} value=${o.moderator_pins} onInput=${m("moderator_pins")} error=${s.moderator_pins||s.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${z} id="conf_join_muted" label=${r.joinMuted} checked=${o.join_muted} onChange=${m("join_muted")} />
      <div class="bar">
        <button type="submit" disabled=${l}>${l?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${t}>${r.cancel}</button>
      </div>
    </form>
  </section>`}var Qn=e=>(e&&e.pins||[]).length;function eo(){let[e,t]=p(null),[n,o]=p(null),[a,s]=p(""),i=()=>b("conferences?paginate=false").then(t,l=>s(l.message));N(i,[]);async function u(l){try{o(await b(`conferences/${l.id}`))}catch(f){s(f.message)}}async function c(l){confirm(r.confirmDeleteConference(l.name))&&(await Jn(l.id).catch(f=>s(f.message)),i())}return n?d`<${Kn}
      conf=${n}
      onDone=${()=>{o(null),i()}}
    />`:d`<section aria-labelledby="conf-h">
    <div class="bar">
      <h2 id="conf-h">${r.conferences}</h2>
      <button onClick=${()=>o({})}>${r.addConference}</button>
    </div>
    <${x} message=${a} />
    ${e?e.length===0?d`<p>${r.none}</p>`:d`<table class="list" aria-label=${r.conferences}>
            <thead><tr><th>${r.name}</th><th>${r.confNumber}</th><th>${r.pins}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(l=>d`<tr key=${l.id} data-conference=${l.name}>
                  <td data-label=${r.name}>${l.name}</td>
                  <td data-label=${r.confNumber} class="ext">${(l.conference_numbers||[]).join(", ")}</td>
                  <td data-label=${r.pins} class="pins">${r.pinSummary(Qn(l.member),Qn(l.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>u(l)} aria-label=${`${r.edit} ${l.name}`}>${r.edit}</button>
                    <button class="danger" onClick=${()=>c(l)} aria-label=${`${r.del} ${l.name}`}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:d`<p>${r.loading}</p>`}
  </section>`}var or=/^\+?\d{2,15}$/;function rr(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function to({user:e,onSaved:t}){let[n,o]=p(rr(e)),[a,s]=p({}),[i,u]=p(""),[c,l]=p(!1),[f,m]=p(!1),_=h=>g=>{l(!1),o({...n,[h]:g})};async function $(h){h.preventDefault();let g=n.forward&&!or.test(n.number.trim())?{"call_forward.number":r.forwardNumber}:{};if(s(g),u(""),!Object.keys(g).length){m(!0);try{let v=await X(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});l(!0),t&&t(v)}catch(v){s(v.fields||{}),u(`${r.failed} ${v.message}`)}m(!1)}}return d`<form onSubmit=${$} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${r.callHandling}</h3>
    <${x} message=${i} />
    <${z} id="dnd" label=${r.dnd} checked=${n.dnd} onChange=${_("dnd")} />
    <${z} id="forward" label=${r.forward} checked=${n.forward} onChange=${_("forward")} />
    ${n.forward&&d`<fieldset>
      <${C} id="forward_number" label=${r.forwardTo} value=${n.number} onInput=${_("number")} error=${a["call_forward.number"]} inputmode="tel" />
      <${z} id="ring_devices" label=${r.ringDevicesToo} checked=${n.ring_devices} onChange=${_("ring_devices")} />
      <${z} id="direct_calls_only" label=${r.directCallsOnly} checked=${n.direct_calls_only} onChange=${_("direct_calls_only")} />
      <${z} id="keep_caller_id" label=${r.keepCallerId} checked=${n.keep_caller_id} onChange=${_("keep_caller_id")} />
      <${z} id="require_keypress" label=${r.requireKeypress} checked=${n.require_keypress} onChange=${_("require_keypress")} />
    </fieldset>`}
    ${c&&d`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit" disabled=${f}>${f?r.saving:r.save}</button>
  </form>`}var ar=5e3;function sr({userId:e}){let[t,n]=p(null),[o,a]=p("");return N(()=>{let s=()=>b(`users/${e}/devices`).then(n,u=>a(u.message));s();let i=setInterval(s,ar);return()=>clearInterval(i)},[]),d`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${r.myDevices}</h3>
    <${x} message=${o} />
    ${t?t.length===0?r.none:d`<ul class="my-devices">
            ${t.map(s=>d`<li key=${s.id} data-device=${s.name}>
                <span class=${s.registered?"dot on":"dot"}>${s.name} · ${s.registered?r.registered:r.notRegistered}</span>
              </li>`)}
          </ul>`:r.loading}
  </div>`}function no(){let[e,t]=p(null),[n,o]=p("");return N(()=>{b(`users/${S.value.owner}`).then(t,a=>o(a.message))},[]),d`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:r.myPhone}</h2>
    <${x} message=${n} />
    ${e&&d`<div class="stack">
      <${sr} userId=${e.id} />
      <${to} user=${e} onSaved=${t} />
      <${se} username=${e.username} />
    </div>`}
  </section>`}function oo(){let[e,t]=p(null),[n,o]=p(null),[a,s]=p(""),i=()=>b("vmboxes?paginate=false").then(t,u=>s(u.message));return N(i,[]),n?d`<${Fe}
      box=${n}
      onDone=${()=>{o(null),i()}}
    />`:d`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${r.vmboxes}</h2>
    <${x} message=${a} />
    ${e?e.length===0?d`<p>${r.noBox}</p>`:d`<ul class="numbers">
            ${e.map(u=>d`<li key=${u.id} data-vmbox=${u.mailbox}>
                <span>${u.name} (${u.mailbox}) · ${r.messageCount(u.messages||0)}</span>
                <button onClick=${()=>o(u)} aria-label=${r.messagesOf(u.name)}>${r.messages}</button>
              </li>`)}
          </ul>`:d`<p>${r.loading}</p>`}
  </section>`}var ir={dashboard:[r.dashboard,dn],users:[r.users,$n],devices:[r.devices,hn],groups:[r.groups,Gn],calls:[r.callLogs,vn],main:[r.mainNumber,Ue],voicemail:[r.vmboxes,Fn],conferences:[r.conferences,eo],numbers:[r.numbers,qn],settings:[r.settings,Dn]},lr={me:[r.myPhone,no],myvoicemail:[r.vmboxes,oo],mycalls:[r.myCalls,gn]},je=()=>S.value&&S.value.admin===!1?lr:ir,yt=q(location.hash.slice(1));addEventListener("hashchange",()=>yt.value=location.hash.slice(1));var cr=()=>yt.value in je()?yt.value:Object.keys(je())[0],ro=null;Q(()=>{let e=S.value;e||(te.value=null),e&&e.admin!==!1&&ro!==e.token&&(ro=e.token,Sn().catch(()=>{}))});function ur(){if(!S.value)return d`<${cn} />`;let e=cr(),[,t]=je()[e];return d`<header>
      <strong>${r.app}</strong>
      <nav aria-label=${r.menu}>
        ${Object.entries(je()).map(([n,[o]])=>d`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${o}</a>`)}
      </nav>
      <button class="plain" onClick=${Me}>${r.logout}</button>
    </header>
    <main>${te.value?d`<${En} />`:d`<${t} key=${e} />`}</main>`}Ze(d`<${ur} />`,document.getElementById("app"));
