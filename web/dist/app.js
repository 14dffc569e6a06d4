var xe,F,Wt,Qe,J,Ht,Vt,Ze,Yt,et,Ke,Je,Xr,fe={},Xt=[],Zr=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,tt=Array.isArray;function Z(e,t){for(var n in t)e[n]=t[n];return e}function nt(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function ke(e,t,n){var o,a,s,i={};for(s in t)s=="key"?o=t[s]:s=="ref"?a=t[s]:i[s]=t[s];if(arguments.length>2&&(i.children=arguments.length>3?xe.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)i[s]===void 0&&(i[s]=e.defaultProps[s]);return ye(e,i,o,a,null)}function ye(e,t,n,o,a){var s={type:e,props:t,key:n,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:a??++Wt,__i:-1,__u:0};return a==null&&F.vnode!=null&&F.vnode(s),s}function Ce(e){return e.children}function Q(e,t){this.props=e,this.context=t}function ae(e,t){if(t==null)return e.__?ae(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?ae(e):null}function Zt(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return Zt(e)}}function Gt(e){(!e.__d&&(e.__d=!0)&&J.push(e)&&!we.__r++||Ht!==F.debounceRendering)&&((Ht=F.debounceRendering)||Vt)(we)}function we(){var e,t,n,o,a,s,i,u;for(J.sort(Ze);e=J.shift();)e.__d&&(t=J.length,o=void 0,s=(a=(n=e).__v).__e,i=[],u=[],n.__P&&((o=Z({},a)).__v=a.__v+1,F.vnode&&F.vnode(o),rt(n.__P,o,a,n.__n,n.__P.namespaceURI,32&a.__u?[s]:null,i,s??ae(a),!!(32&a.__u),u),o.__v=a.__v,o.__.__k[o.__i]=o,Qt(i,o,u),o.__e!=s&&Zt(o)),J.length>t&&J.sort(Ze));we.__r=0}function Kt(e,t,n,o,a,s,i,u,d,l,m){var p,_,f,h,b,g,v=o&&o.__k||Xt,w=t.length;for(d=Kr(n,t,v,d,w),p=0;p<w;p++)(f=n.__k[p])!=null&&(_=f.__i===-1?fe:v[f.__i]||fe,f.__i=p,g=rt(e,f,_,a,s,i,u,d,l,m),h=f.__e,f.ref&&_.ref!=f.ref&&(_.ref&&ot(_.ref,null,f),m.push(f.ref,f.__c||h,f)),b==null&&h!=null&&(b=h),4&f.__u||_.__k===f.__k?d=Jt(f,d,e):typeof f.type=="function"&&g!==void 0?d=g:h&&(d=h.nextSibling),f.__u&=-7);return n.__e=b,d}function Kr(e,t,n,o,a){var s,i,u,d,l,m=n.length,p=m,_=0;for(e.__k=new Array(a),s=0;s<a;s++)(i=t[s])!=null&&typeof i!="boolean"&&typeof i!="function"?(d=s+_,(i=e.__k[s]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?ye(null,i,null,null,null):tt(i)?ye(Ce,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?ye(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,u=null,(l=i.__i=Jr(i,n,d,p))!==-1&&(p--,(u=n[l])&&(u.__u|=2)),u==null||u.__v===null?(l==-1&&_--,typeof i.type!="function"&&(i.__u|=4)):l!=d&&(l==d-1?_--:l==d+1?_++:(l>d?_--:_++,i.__u|=4))):e.__k[s]=null;if(p)for(s=0;s<m;s++)(u=n[s])!=null&&!(2&u.__u)&&(u.__e==o&&(o=ae(u)),en(u,u));return o}function Jt(e,t,n){var o,a;if(typeof e.type=="function"){for(o=e.__k,a=0;o&&a<o.length;a++)o[a]&&(o[a].__=e,t=Jt(o[a],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=ae(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Jr(e,t,n,o){var a,s,i=e.key,u=e.type,d=t[n];if(d===null||d&&i==d.key&&u===d.type&&!(2&d.__u))return n;if(o>(d!=null&&!(2&d.__u)?1:0))for(a=n-1,s=n+1;a>=0||s<t.length;){if(a>=0){if((d=t[a])&&!(2&d.__u)&&i==d.key&&u===d.type)return a;a--}if(s<t.length){if((d=t[s])&&!(2&d.__u)&&i==d.key&&u===d.type)return s;s++}}return-1}function zt(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||Zr.test(t)?n:n+"px"}function ve(e,t,n,o,a){var s;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(t in o)n&&t in n||zt(e.style,t,"");if(n)for(t in n)o&&n[t]===o[t]||zt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(Yt,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=n,n?o?n.u=o.u:(n.u=et,e.addEventListener(t,s?Je:Ke,s)):e.removeEventListener(t,s?Je:Ke,s);else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function qt(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=et++;else if(t.t<n.u)return;return n(F.event?F.event(t):t)}}}function rt(e,t,n,o,a,s,i,u,d,l){var m,p,_,f,h,b,g,v,w,E,P,V,M,D,G,z,ue,Y=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(d=!!(32&n.__u),s=[u=t.__e=n.__e]),(m=F.__b)&&m(t);e:if(typeof Y=="function")try{if(v=t.props,w="prototype"in Y&&Y.prototype.render,E=(m=Y.contextType)&&o[m.__c],P=m?E?E.props.value:m.__:o,n.__c?g=(p=t.__c=n.__c).__=p.__E:(w?t.__c=p=new Y(v,P):(t.__c=p=new Q(v,P),p.constructor=Y,p.render=eo),E&&E.sub(p),p.props=v,p.state||(p.state={}),p.context=P,p.__n=o,_=p.__d=!0,p.__h=[],p._sb=[]),w&&p.__s==null&&(p.__s=p.state),w&&Y.getDerivedStateFromProps!=null&&(p.__s==p.state&&(p.__s=Z({},p.__s)),Z(p.__s,Y.getDerivedStateFromProps(v,p.__s))),f=p.props,h=p.state,p.__v=t,_)w&&Y.getDerivedStateFromProps==null&&p.componentWillMount!=null&&p.componentWillMount(),w&&p.componentDidMount!=null&&p.__h.push(p.componentDidMount);else{if(w&&Y.getDerivedStateFromProps==null&&v!==f&&p.componentWillReceiveProps!=null&&p.componentWillReceiveProps(v,P),!p.__e&&(p.shouldComponentUpdate!=null&&p.shouldComponentUpdate(v,p.__s,P)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(p.props=v,p.state=p.__s,p.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(me){me&&(me.__=t)}),V=0;V<p._sb.length;V++)p.__h.push(p._sb[V]);p._sb=[],p.__h.length&&i.push(p);break e}p.componentWillUpdate!=null&&p.componentWillUpdate(v,p.__s,P),w&&p.componentDidUpdate!=null&&p.__h.push(function(){p.componentDidUpdate(f,h,b)})}if(p.context=P,p.props=v,p.__P=e,p.__e=!1,M=F.__r,D=0,w){for(p.state=p.__s,p.__d=!1,M&&M(t),m=p.render(p.props,p.state,p.context),G=0;G<p._sb.length;G++)p.__h.push(p._sb[G]);p._sb=[]}else do p.__d=!1,M&&M(t),m=p.render(p.props,p.state,p.context),p.state=p.__s;while(p.__d&&++D<25);p.state=p.__s,p.getChildContext!=null&&(o=Z(Z({},o),p.getChildContext())),w&&!_&&p.getSnapshotBeforeUpdate!=null&&(b=p.getSnapshotBeforeUpdate(f,h)),u=Kt(e,tt(z=m!=null&&m.type===Ce&&m.key==null?m.props.children:m)?z:[z],t,n,o,a,s,i,u,d,l),p.base=t.__e,t.__u&=-161,p.__h.length&&i.push(p),g&&(p.__E=p.__=null)}catch(me){if(t.__v=null,d||s!=null)if(me.then){for(t.__u|=d?160:128;u&&u.nodeType==8&&u.nextSibling;)u=u.nextSibling;s[s.indexOf(u)]=null,t.__e=u}else for(ue=s.length;ue--;)nt(s[ue]);else t.__e=n.__e,t.__k=n.__k;F.__e(me,t,n)}else s==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):u=t.__e=Qr(n.__e,t,n,o,a,s,i,d,l);return(m=F.diffed)&&m(t),128&t.__u?void 0:u}function Qt(e,t,n){for(var o=0;o<n.length;o++)ot(n[o],n[++o],n[++o]);F.__c&&F.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(s){s.call(a)})}catch(s){F.__e(s,a.__v)}})}function Qr(e,t,n,o,a,s,i,u,d){var l,m,p,_,f,h,b,g=n.props,v=t.props,w=t.type;if(w=="svg"?a="http://www.w3.org/2000/svg":w=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),s!=null){for(l=0;l<s.length;l++)if((f=s[l])&&"setAttribute"in f==!!w&&(w?f.localName==w:f.nodeType==3)){e=f,s[l]=null;break}}if(e==null){if(w==null)return document.createTextNode(v);e=document.createElementNS(a,w,v.is&&v),u&&(F.__m&&F.__m(t,s),u=!1),s=null}if(w===null)g===v||u&&e.data===v||(e.data=v);else{if(s=s&&xe.call(e.childNodes),g=n.props||fe,!u&&s!=null)for(g={},l=0;l<e.attributes.length;l++)g[(f=e.attributes[l]).name]=f.value;for(l in g)if(f=g[l],l!="children"){if(l=="dangerouslySetInnerHTML")p=f;else if(!(l in v)){if(l=="value"&&"defaultValue"in v||l=="checked"&&"defaultChecked"in v)continue;ve(e,l,null,f,a)}}for(l in v)f=v[l],l=="children"?_=f:l=="dangerouslySetInnerHTML"?m=f:l=="value"?h=f:l=="checked"?b=f:u&&typeof f!="function"||g[l]===f||ve(e,l,f,g[l],a);if(m)u||p&&(m.__html===p.__html||m.__html===e.innerHTML)||(e.innerHTML=m.__html),t.__k=[];else if(p&&(e.innerHTML=""),Kt(e,tt(_)?_:[_],t,n,o,w=="foreignObject"?"http://www.w3.org/1999/xhtml":a,s,i,s?s[0]:n.__k&&ae(n,0),u,d),s!=null)for(l=s.length;l--;)nt(s[l]);u||(l="value",w=="progress"&&h==null?e.removeAttribute("value"):h!==void 0&&(h!==e[l]||w=="progress"&&!h||w=="option"&&h!==g[l])&&ve(e,l,h,g[l],a),l="checked",b!==void 0&&b!==e[l]&&ve(e,l,b,g[l],a))}return e}function ot(e,t,n){try{if(typeof e=="function"){var o=typeof e.__u=="function";o&&e.__u(),o&&t==null||(e.__u=e(t))}else e.current=t}catch(a){F.__e(a,n)}}function en(e,t,n){var o,a;if(F.unmount&&F.unmount(e),(o=e.ref)&&(o.current&&o.current!==e.__e||ot(o,null,t)),(o=e.__c)!=null){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(s){F.__e(s,t)}o.base=o.__P=null}if(o=e.__k)for(a=0;a<o.length;a++)o[a]&&en(o[a],t,n||typeof e.type!="function");n||nt(e.__e),e.__c=e.__=e.__e=void 0}function eo(e,t,n){return this.constructor(e,n)}function at(e,t,n){var o,a,s,i;t==document&&(t=document.documentElement),F.__&&F.__(e,t),a=(o=typeof n=="function")?null:n&&n.__k||t.__k,s=[],i=[],rt(t,e=(!o&&n||t).__k=ke(Ce,null,[e]),a||fe,fe,t.namespaceURI,!o&&n?[n]:a?null:t.firstChild?xe.call(t.childNodes):null,s,!o&&n?n:a?a.__e:t.firstChild,o,i),Qt(s,e,i)}xe=Xt.slice,F={__e:function(e,t,n,o){for(var a,s,i;t=t.__;)if((a=t.__c)&&!a.__)try{if((s=a.constructor)&&s.getDerivedStateFromError!=null&&(a.setState(s.getDerivedStateFromError(e)),i=a.__d),a.componentDidCatch!=null&&(a.componentDidCatch(e,o||{}),i=a.__d),i)return a.__E=a}catch(u){e=u}throw e}},Wt=0,Qe=function(e){return e!=null&&e.constructor==null},Q.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=Z({},this.state),typeof e=="function"&&(e=e(Z({},n),this.props)),e&&Z(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),Gt(this))},Q.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Gt(this))},Q.prototype.render=Ce,J=[],Vt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Ze=function(e,t){return e.__v.__b-t.__v.__b},we.__r=0,Yt=/(PointerCapture)$|Capture$/i,et=0,Ke=qt(!1),Je=qt(!0),Xr=0;var nn=function(e,t,n,o){var a;t[0]=0;for(var s=1;s<t.length;s++){var i=t[s++],u=t[s]?(t[0]|=i?1:2,n[t[s++]]):t[++s];i===3?o[0]=u:i===4?o[1]=Object.assign(o[1]||{},u):i===5?(o[1]=o[1]||{})[t[++s]]=u:i===6?o[1][t[++s]]+=u+"":i?(a=e.apply(u,nn(e,u,n,["",null])),o.push(a),u[0]?t[0]|=2:(t[s-2]=0,t[s]=a)):o.push(u)}return o},tn=new Map;function rn(e){var t=tn.get(this);return t||(t=new Map,tn.set(this,t)),(t=nn(this,t.get(e)||(t.set(e,t=function(n){for(var o,a,s=1,i="",u="",d=[0],l=function(_){s===1&&(_||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,_,i):s===3&&(_||i)?(d.push(3,_,i),s=2):s===2&&i==="..."&&_?d.push(4,_,0):s===2&&i&&!_?d.push(5,0,!0,i):s>=5&&((i||!_&&s===5)&&(d.push(s,0,i,a),s=6),_&&(d.push(s,_,0,a),s=6)),i=""},m=0;m<n.length;m++){m&&(s===1&&l(),l(m));for(var p=0;p<n[m].length;p++)o=n[m][p],s===1?o==="<"?(l(),d=[d],s=3):i+=o:s===4?i==="--"&&o===">"?(s=1,i=""):i=o+i[0]:u?o===u?u="":i+=o:o==='"'||o==="'"?u=o:o===">"?(l(),s=1):s&&(o==="="?(s=5,a=i,i=""):o==="/"&&(s<5||n[m][p+1]===">")?(l(),s===3&&(d=d[0]),s=d,(d=d[0]).push(2,0,s),s=0):o===" "||o==="	"||o===`
`||o==="\r"?(l(),s=2):i+=o),s===3&&i==="!--"&&(s=4,d=d[0])}return l(),d}(e)),t),arguments,[])).length>1?t:t[0]}var c=rn.bind(ke);var pe,T,st,on,Ne=0,fn=[],L=F,an=L.__b,sn=L.__r,ln=L.diffed,cn=L.__c,dn=L.unmount,un=L.__;function lt(e,t){L.__h&&L.__h(T,e,Ne||t),Ne=0;var n=T.__H||(T.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function $(e){return Ne=1,to($n,e)}function to(e,t,n){var o=lt(pe++,2);if(o.t=e,!o.__c&&(o.__=[n?n(t):$n(void 0,t),function(u){var d=o.__N?o.__N[0]:o.__[0],l=o.t(d,u);d!==l&&(o.__N=[l,o.__[1]],o.__c.setState({}))}],o.__c=T,!T.u)){var a=function(u,d,l){if(!o.__c.__H)return!0;var m=o.__c.__H.__.filter(function(_){return!!_.__c});if(m.every(function(_){return!_.__N}))return!s||s.call(this,u,d,l);var p=o.__c.props!==u;return m.forEach(function(_){if(_.__N){var f=_.__[0];_.__=_.__N,_.__N=void 0,f!==_.__[0]&&(p=!0)}}),s&&s.call(this,u,d,l)||p};T.u=!0;var s=T.shouldComponentUpdate,i=T.componentWillUpdate;T.componentWillUpdate=function(u,d,l){if(this.__e){var m=s;s=void 0,a(u,d,l),s=m}i&&i.call(this,u,d,l)},T.shouldComponentUpdate=a}return o.__N||o.__}function C(e,t){var n=lt(pe++,3);!L.__s&&pn(n.__H,t)&&(n.__=e,n.i=t,T.__H.__h.push(n))}function ct(e){return Ne=5,Pe(function(){return{current:e}},[])}function Pe(e,t){var n=lt(pe++,7);return pn(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function no(){for(var e;e=fn.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(Se),e.__H.__h.forEach(it),e.__H.__h=[]}catch(t){e.__H.__h=[],L.__e(t,e.__v)}}L.__b=function(e){T=null,an&&an(e)},L.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),un&&un(e,t)},L.__r=function(e){sn&&sn(e),pe=0;var t=(T=e.__c).__H;t&&(st===T?(t.__h=[],T.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(Se),t.__h.forEach(it),t.__h=[],pe=0)),st=T},L.diffed=function(e){ln&&ln(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(fn.push(t)!==1&&on===L.requestAnimationFrame||((on=L.requestAnimationFrame)||ro)(no)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),st=T=null},L.__c=function(e,t){t.some(function(n){try{n.__h.forEach(Se),n.__h=n.__h.filter(function(o){return!o.__||it(o)})}catch(o){t.some(function(a){a.__h&&(a.__h=[])}),t=[],L.__e(o,n.__v)}}),cn&&cn(e,t)},L.unmount=function(e){dn&&dn(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(o){try{Se(o)}catch(a){t=a}}),n.__H=void 0,t&&L.__e(t,n.__v))};var mn=typeof requestAnimationFrame=="function";function ro(e){var t,n=function(){clearTimeout(o),mn&&cancelAnimationFrame(t),setTimeout(e)},o=setTimeout(n,100);mn&&(t=requestAnimationFrame(n))}function Se(e){var t=T,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),T=t}function it(e){var t=T;e.__c=e.__(),T=t}function pn(e,t){return!e||e.length!==t.length||t.some(function(n,o){return n!==e[o]})}function $n(e,t){return typeof t=="function"?t(e):t}var oo=Symbol.for("preact-signals");function dt(){if(ee>1)ee--;else{var e,t=!1;for(function(){var a=Me;for(Me=void 0;a!==void 0;){var s=a.S;if(s.v===a.v)for(var i=s.t;i!==void 0;i=i.x)i.i===a.i&&(i.i=s.i);a=a.o}}();he!==void 0;){var n=he;for(he=void 0,Ee++;n!==void 0;){var o=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&bn(n))try{n.c()}catch(a){t||(e=a,t=!0)}n=o}}if(Ee=0,ee--,t)throw e}}var $e,A=void 0;function _e(e){var t=A,n=$e;A=void 0,$e=void 0;try{return e()}finally{A=t,$e=n}}var he=void 0,ee=0,Ee=0;var hn=0,Me=void 0,Oe=0;function _n(e){if(A!==void 0){var t=e.n;if(t===void 0||t.t!==A)return t={i:0,S:e,p:A.s,n:void 0,t:A,e:void 0,x:void 0,r:t},A.s!==void 0&&(A.s.n=t),A.s=t,e.n=t,32&A.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=A.s,t.n=void 0,A.s.n=t,A.s=t),t}}function R(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}R.prototype.brand=oo;R.prototype.h=function(){return!0};R.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:_e(function(){var o;(o=t.W)==null||o.call(t)}))};R.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,o=e.x;n!==void 0&&(n.x=o,e.e=void 0),o!==void 0&&(o.e=n,e.x=void 0),e===this.t&&(this.t=o,o===void 0&&_e(function(){var a;(a=t.Z)==null||a.call(t)}))}};R.prototype.subscribe=function(e){var t=this;return ne(function(){var n=t.value;_e(function(){return e(n)})},{name:"sub"})};R.prototype.valueOf=function(){return this.value};R.prototype.toString=function(){return this.value+""};R.prototype.toJSON=function(){return this.value};R.prototype.peek=function(){var e=this;return _e(function(){return e.value})};Object.defineProperty(R.prototype,"value",{get:function(){var e=_n(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Ee>100)throw new Error("Cycle detected");(function(n){ee!==0&&Ee===0&&n.l!==hn&&(n.l=hn,Me={S:n,v:n.v,i:n.i,o:Me})})(this),this.v=e,this.i++,Oe++,ee++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{dt()}}}});function q(e,t){return new R(e,t)}function bn(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function gn(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function vn(e){for(var t=e.s,n=void 0;t!==void 0;){var o=t.p;t.i===-1?(t.S.U(t),o!==void 0&&(o.n=t.n),t.n!==void 0&&(t.n.p=o)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=o}e.s=n}function te(e,t){R.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Oe-1,this.f=4}te.prototype=new R;te.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Oe))return!0;if(this.g=Oe,this.f|=1,this.i>0&&!bn(this))return this.f&=-2,!0;var e=A;try{gn(this),A=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return A=e,vn(this),this.f&=-2,!0};te.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}R.prototype.S.call(this,e)};te.prototype.U=function(e){if(this.t!==void 0&&(R.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};te.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(te.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=_n(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function ut(e,t){return new te(e,t)}function yn(e){var t=e.j;if(e.j=void 0,typeof t=="function"){ee++;var n=A;A=void 0;try{t()}catch(o){throw e.f&=-2,e.f|=8,mt(e),o}finally{A=n,dt()}}}function mt(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,yn(e)}function ao(e){if(A!==this)throw new Error("Out-of-order effect");vn(this),A=e,this.f&=-2;try{8&this.f&&mt(this)}finally{dt()}}function se(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,$e&&$e.push(this)}se.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};se.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,yn(this),gn(this),ee++;var e=A;return A=this,ao.bind(this,e)};se.prototype.N=function(){2&this.f||(this.f|=2,this.u=he,he=this)};se.prototype.d=function(){this.f|=8,1&this.f||mt(this)};se.prototype.dispose=function(){this.d()};function ne(e,t){var n=new se(e,t);try{n.c()}catch(a){throw n.d(),a}var o=n.d.bind(n);return o[Symbol.dispose]=o,o}var pt,ft;function ie(e,t){F[e]=t.bind(null,F[e]||function(){})}function Fe(e){ft&&ft(),ft=e&&e.S()}function wn(e){var t=this,n=e.data,o=io(n);o.value=n;var a=Pe(function(){for(var s=t.__v;s=s.__;)if(s.__c){s.__c.__$f|=4;break}return t.__$u.c=function(){var i,u=t.__$u.S(),d=a.value;u(),Qe(d)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=d},ut(function(){var i=o.value.value;return i===0?0:i===!0?"":i||""})},[]);return a.value}wn.displayName="_st";Object.defineProperties(R.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:wn},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});ie("__b",function(e,t){if(typeof t.type=="string"){var n,o=t.props;for(var a in o)if(a!=="children"){var s=o[a];s instanceof R&&(n||(t.__np=n={}),n[a]=s,o[a]=s.peek())}}e(t)});ie("__r",function(e,t){Fe();var n,o=t.__c;o&&(o.__$f&=-2,(n=o.__$u)===void 0&&(o.__$u=n=function(a){var s;return ne(function(){s=this}),s.c=function(){o.__$f|=1,o.setState({})},s}())),pt=o,Fe(n),e(t)});ie("__e",function(e,t,n,o){Fe(),pt=void 0,e(t,n,o)});ie("diffed",function(e,t){Fe(),pt=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var o=t.__np,a=t.props;if(o){var s=n.U;if(s)for(var i in s){var u=s[i];u!==void 0&&!(i in o)&&(u.d(),s[i]=void 0)}else n.U=s={};for(var d in o){var l=s[d],m=o[d];l===void 0?(l=so(n,d,m,a),s[d]=l):l.o(m,a)}}}e(t)});function so(e,t,n,o){var a=t in e&&e.ownerSVGElement===void 0,s=q(n);return{o:function(i,u){s.value=i,o=u},d:ne(function(){var i=s.value.value;o[t]!==i&&(o[t]=i,a?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}ie("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var o=n.U;if(o){n.U=void 0;for(var a in o){var s=o[a];s&&s.d()}}}}else{var i=t.__c;if(i){var u=i.__$u;u&&(i.__$u=void 0,u.d())}}e(t)});ie("__h",function(e,t,n,o){(o<3||o===9)&&(t.__$f|=2),e(t,n,o)});Q.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var o in t)return!0;for(var a in e)if(a!=="__source"&&e[a]!==this.props[a])return!0;for(var s in this.props)if(!(s in e))return!0;return!1};function io(e){return Pe(function(){return q(e)},[])}var lo=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],co=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function xn(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,o=new Uint32Array(n*16);t.forEach((d,l)=>o[l>>2]|=d<<l%4*8),o[t.length>>2]|=128<<t.length%4*8,o[n*16-2]=t.length*8>>>0,o[n*16-1]=Math.floor(t.length/536870912);let[a,s,i,u]=[1732584193,4023233417,2562383102,271733878];for(let d=0;d<o.length;d+=16){let[l,m,p,_]=[a,s,i,u];for(let f=0;f<64;f++){let h=f>>4,b,g;h===0?[b,g]=[m&p|~m&_,f]:h===1?[b,g]=[_&m|~_&p,(5*f+1)%16]:h===2?[b,g]=[m^p^_,(3*f+5)%16]:[b,g]=[p^(m|~_),7*f%16];let v=lo[h*4+f%4],w=l+b+co[f]+o[d+g]>>>0;[l,_,p]=[_,p,m],m=m+(w<<v|w>>>32-v)>>>0}[a,s,i,u]=[a+l>>>0,s+m>>>0,i+p>>>0,u+_>>>0]}return[a,s,i,u].map(d=>[0,8,16,24].map(l=>(d>>>l&255).toString(16).padStart(2,"0")).join("")).join("")}var $t="edgepbx.session",S=q(uo());function uo(){try{return JSON.parse(sessionStorage.getItem($t))||null}catch{return null}}var mo=30*60*1e3,kn=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>kn=Date.now(),{passive:!0});setInterval(()=>S.value&&Date.now()-kn>mo&&Ae(),60*1e3);var j=class extends Error{constructor(t,n){let o={},a=n&&n.data;if(t===400&&a&&typeof a=="object")for(let[s,i]of Object.entries(a)){let u=i&&typeof i=="object"?Object.values(i)[0]:null;o[s]=u&&u.message||String(i)}super(n&&(n.message||a&&a.message)||`HTTP ${t}`),this.status=t,this.fields=o,this.body=n}};async function U(e,t,n,o=S.value&&S.value.token){let a=S.value,s={Accept:"application/json"};o&&(s["X-Auth-Token"]=o),n!==void 0&&(s["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:s,body:n===void 0?void 0:JSON.stringify({data:n})}),u=await i.json().catch(()=>null);if(i.status===401&&a&&t!=="user_auth"&&Ae(),!i.ok)throw new j(i.status,u);return u}async function Cn(e){let t=await fetch("/v2/"+X(e),{headers:{"X-Auth-Token":S.value.token,Accept:"audio/*"}});if(!t.ok)throw new j(t.status,await t.json().catch(()=>null));return t.blob()}var X=e=>`accounts/${S.value.account}/${e}`,y=async e=>(await U("GET",X(e))).data,N=async(e,t)=>(await U("PUT",X(e),t)).data,I=async(e,t)=>(await U("POST",X(e),t)).data,B=async(e,t)=>(await U("PATCH",X(e),t)).data,O=async e=>(await U("DELETE",X(e))).data,Sn=(e,t,n)=>U("PUT","user_auth",{credentials:xn(`${t.toLowerCase()}:${n}`),account_name:e});async function Nn(e,t,n){let o=await Sn(e,t,n),a={token:o.auth_token,account:o.data.account_id,owner:o.data.owner_id,accountName:e},s=(await U("GET",`accounts/${a.account}/users/${a.owner}`,void 0,a.token)).data;a.admin=s.priv_level==="admin",sessionStorage.setItem($t,JSON.stringify(a)),S.value=a}function Ae(){sessionStorage.removeItem($t),S.value=null}async function Pn(e,t){try{return await Sn(S.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var r={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension and their phones?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",extProposed:e=>`${e} is the next free extension.`,extLength:e=>`The office's extensions have ${e} digits (Settings, Country and extensions)`,failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepLocale:"Country and extensions",locale:"Country and extensions",localeHint:"The country sets the tones callers hear and how analog phones ring and show caller ID; choosing it proposes its time zone and prompt language. New users get the next free extension of the length set here.",country:"Country",countryNone:"Not set (US tones)",promptLanguage:"Prompt language (such as en-gb)",extensionLength:"Extension length (digits, 2 to 8)",extLengthRange:"A number from 2 to 8",proposedZone:e=>`Time zone ${e} is saved with the country (change it under Office).`,stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",clockUnset:"The box does not know the date and time yet: office hours are not applied (calls take the default route) until a time server answers.",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,groupFeatures:"Group features",recordGroupCalls:"Record calls to the group",recordLimit:"Longest recording (s)",recordLimitRange:"From 5 to 10800 seconds",groupRingback:"Callers hear while it rings",phoneRingback:"Normal ringing",allowForward:"Allow call forward (members' forwarding is followed)",cidNamePrefix:"Caller ID name prefix",cidNumberPrefix:"Caller ID number prefix",prefixTooLong:e=>`At most ${e} characters`,numberPrefix:"Digits only (* and # too), + first, at most 15",softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,assignTo:e=>`Assign ${e} to`,assignPick:"Assign to\u2026",assign:"Assign",unassign:"Unassign",assignUser:e=>`User ${e}`,assignGroup:e=>`Group ${e}`,assignConference:e=>`Conference ${e}`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",providerAddress:"Address shown to providers",providerAddressOwn:"the box's own",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"},featureCodes:"Feature codes",fcHint:"Codes dialled from any phone of the office. A code with \u2026 takes a number dialled after it. Turning a code off frees it.",fcWhat:"What it does",fcCode:"Code",fcOn:"On",fcNotRun:"This box does not run this code yet.",fcDigits:"1 to 6 digits",fcTaken:e=>`${e} is already another code`,fcNames:{"call_forward[action=activate]":"Turn call forwarding on (to the number dialled after the code, else asked for)","call_forward[action=deactivate]":"Turn call forwarding off","call_forward[action=toggle]":"Turn call forwarding on or off","call_forward[action=update]":"Change the call forwarding number","hotdesk[action=login]":"Hot desking: sign in at this phone","hotdesk[action=logout]":"Hot desking: sign out of this phone","hotdesk[action=toggle]":"Hot desking: sign in or out","voicemail[action=check]":"Check voicemail (box number after the code, else asked for)","voicemail[single_mailbox_login]":"Check voicemail, asking for the box number",'voicemail[action="direct"]':"Leave a message straight in a box (box number after the code)",intercom:"Intercom: the extension after the code answers on its speaker","privacy[mode=full]":"Hide your caller ID for the number after the code",park_and_retrieve:"Park a call in the slot after the code, or pick it up",valet:"Park a call in the next free slot",retrieve:"Pick up the call parked in the slot after the code",directed_ext_pickup:"Answer the extension after the code while it rings","do_not_disturb[action=activate]":"Turn do not disturb on","do_not_disturb[action=deactivate]":"Turn do not disturb off","do_not_disturb[action=toggle]":"Turn do not disturb on or off",move:"Move the call to another of your phones"},followMe:"Find me follow me",followMeHint:"A call to your extension rings the phones picked here, each from its start for its ring time.",followMeOn:"Ring my phones by this timeline",pickPhone:"Pick at least one phone",boxSettings:(e,t)=>`PIN and greeting of ${e} (${t})`,newPin:"New PIN (4 to 6 digits)",newPinAgain:"New PIN again",pinMismatch:"The two PINs differ",changePin:"Change PIN",pinChanged:"PIN changed.",uploadGreeting:"Upload greeting",greetingSaved:"Greeting saved.",storage:"Storage (data partition)",storageUse:(e,t)=>`${e.toFixed(1)} GB used of ${t.toFixed(1)} GB`,lastBackup:"Last backup",backupAt:e=>`${e} UTC`,neverBackedUp:"never",certificate:"Certificate expires",certExpires:(e,t)=>`${e} (in ${t} days)`,unknown:"unknown",diskFull:e=>`The data partition is nearly full: ${e} GB free`,certSoon:e=>`The box's certificate expires in ${e} days`,certExpired:"The box's certificate has expired",csvImport:"Import users from a CSV file",csvHint:"A header line, then one user a line. Columns: first_name, last_name, username, extension, password (all needed), email, phone (yes: a desk phone). Nothing is made while a line is wrong.",csvFile:"CSV file",csvProblems:"Lines to fix",csvEmpty:"The file is empty",csvColumns:e=>`Missing columns: ${e}`,csvUnknown:e=>`Unknown columns: ${e}`,csvNoUsers:"No users in the file",csvExtra:"more fields than columns",csvDuplicate:e=>`the same as on line ${e}`,csvLine:(e,t,n)=>`Line ${e}: ${t?`${t}: `:""}${n}`,csvField:{first_name:"first name",last_name:"last name",username:"user name",email:"email",extension:"extension",password:"password"},csvMade:(e,t)=>`${e} of ${t} users made.`,stepMail:"Mail relay",mailRelay:"Mail relay (SMTP)",mailRelayHint:"The server the box sends its mails through: voicemail to email and missed-call alerts.",relayServer:"Server (host name or address)",relayHost:"A host name or IP address",port:"Port",relayPort:"A port from 1 to 65535",relayTls:"Encryption",tlsModes:{if_available:"STARTTLS when offered",always:"TLS always",never:"None"},relayUser:"Login (empty: none)",relayPasswordKeep:"Password (empty: keep the one set)",relayFrom:"Sender address",testTo:"Send a test mail to",sendTest:"Send a test mail",sending:"Sending\u2026",testSent:e=>`Sent to ${e}: the relay took it.`,stepLine:"Outside line",outsideLines:"Outside lines",noLines:"No outside line yet.",addLine:"Add an outside line",lineServer:"Provider's server",lineNumber:"Number or SIP user name",lineAuth:"Login, if not the number",linePassword:"SIP password",lineRealm:"Domain (realm), if not the server",lineRegister:"Register with the provider",lineStates:{registered:"registered",trying:"registering\u2026",failed:"registration failed",not_registering:"not registering"},ringMyPhone:"Ring my phone",ringPhonePick:"Phone to ring",ringPhoneHint:"The phone rings; answer it and the box says its extension, then goodbye.",ringing:e=>`Ringing ${e}: answer it.`,noRegisteredPhone:"No phone is registered yet: connect one (or a softphone), then come back to this step.",call:"Call",callFrom:e=>`Call from ${e}`,callNumber:"Number to call",callStarted:(e,t)=>`${e} rings: answer it to call ${t}.`,actions:"Actions",editLine:e=>`Edit the outside line ${e}`,confirmDeleteLine:e=>`Delete the outside line ${e}? Calls out no longer use it.`,fxoLines:"Analog lines (FXO)",fxoStates:{idle:"up",busy:"in use",down:"down"},fxoDialTone:{yes:"dial tone",no:"no dial tone",checking:"checking for dial tone\u2026",unknown:"dial tone not checked yet"},fxoUse:"Use as outside line",fxoInUse:e=>`Outside line: ${e}`,fxoLineName:e=>`Analog line ${e}`};function k({id:e,label:t,value:n,onInput:o,error:a,type:s="text",required:i,autocomplete:u,inputmode:d}){let l=`${e}-error`;return c`<div class="field">
    <label for=${e}>${t}</label>
    <input
      id=${e}
      name=${e}
      type=${s}
      value=${n}
      required=${i}
      autocomplete=${u}
      inputmode=${d}
      aria-invalid=${a?"true":void 0}
      aria-describedby=${a?l:void 0}
      onInput=${m=>o(m.target.value)}
    />
    ${a&&c`<p class="error" id=${l} role="alert">${a}</p>`}
  </div>`}function x({message:e}){return e?c`<p class="banner" role="alert">${e}</p>`:null}function H({id:e,label:t,checked:n,onChange:o}){return c`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${a=>o(a.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function En(){let[e,t]=$({account:"",username:"",password:""}),[n,o]=$(!1),[a,s]=$(""),i=d=>l=>t({...e,[d]:l});async function u(d){d.preventDefault(),o(!0),s("");try{await Nn(e.account.trim(),e.username.trim(),e.password)}catch(l){s(l.status===401?r.badLogin:l.message),o(!1)}}return c`<main class="login">
    <form onSubmit=${u} aria-label=${r.login}>
      <h1>${r.app}</h1>
      <${x} message=${a} />
      <${k} id="account" label=${r.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${k} id="username" label=${r.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${k} id="password" label=${r.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?r.signingIn:r.login}</button>
    </form>
  </main>`}var fo=5e3;async function po(){let e=await y("resources?paginate=false");return(await Promise.all(e.map(n=>y(`resources/${n.id}/status`).then(o=>[n,o])))).flatMap(([n,o])=>o.gateways.filter(a=>a.state==="failed").map(a=>r.trunkDown(n.name||n.id,a.server)))}var Mn=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function $o(){let[e,t,n]=await Promise.all([y("devices?with_status=true&paginate=false"),y("channels"),y("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function ho(e){var n;let t={};for(let o of e){let a=t[n=o.device_type||"sip_device"]||(t[n]=[0,0]);a[0]+=1,o.registered&&(a[1]+=1)}return Object.entries(t).map(([o,[a,s]])=>[o,a,s]).sort((o,a)=>a[1]-o[1]||o[0].localeCompare(a[0]))}var _o=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function bo(){let[e,t,n,o,a,s,i]=await Promise.all([y("users?paginate=false"),y("phone_numbers"),Mn(U("GET","system_status").then(d=>d.data),null),Mn(y("sip_bans"),[]),po(),y("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),y("conferences?paginate=false")]),u=Object.values(t.numbers||{});return{users:e.length,numbers:u.length,spare:u.filter(d=>!d.used_by).length,version:n&&n.software_version,provider:n&&{address:n.provider_address},clockUnset:!!(n&&n.clock&&n.clock.set===!1),main:_o(s.flatMap(d=>d.numbers||[])),conference:i.flatMap(d=>d.conference_numbers||[]),box:n&&yo(n),alerts:[...o.map(d=>r.banned(d.ip,d.reason)),...a,...n?wo(n):[]]}}var ht=1024**3,go=.9,vo=30;function yo({storage:e,last_backup:t,certificate:n}){return{storage:e?r.storageUse((e.total_bytes-e.free_bytes)/ht,e.total_bytes/ht):r.unknown,backup:t?r.backupAt(new Date(t.time_unix*1e3).toISOString().slice(0,16).replace("T"," ")):r.neverBackedUp,cert:n?r.certExpires(new Date(n.expires_unix*1e3).toISOString().slice(0,10),n.days_left):r.unknown}}function wo({storage:e,certificate:t}){let n=[];return e&&e.total_bytes&&1-e.free_bytes/e.total_bytes>=go&&n.push(r.diskFull(Math.round(e.free_bytes/ht*10)/10)),t&&t.days_left<vo&&n.push(t.days_left<0?r.certExpired:r.certSoon(t.days_left)),n}function le({id:e,label:t,value:n}){return c`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function On(){let[e,t]=$(null),[n,o]=$(null),[a,s]=$("");C(()=>{bo().then(t,m=>s(m.message));let d=()=>$o().then(o,m=>s(m.message));d();let l=setInterval(d,fo);return()=>clearInterval(l)},[]);let i=n?n.devices.filter(d=>d.registered).length:"\u2026",u=n?n.ports.filter(d=>d.state==="down"||d.alarm).map(d=>r.portDown(d.name,d.alarm)):[];return c`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${r.dashboard}</h2>
    <${x} message=${a} />
    ${e&&e.clockUnset&&c`<p class="banner" role="alert" data-alert="clock">${r.clockUnset}</p>`}
    <div class="tiles">
      <${le} id="users" label=${r.users} value=${e?e.users:"\u2026"} />
      <${le} id="devices" label=${r.devices} value=${n?n.devices.length:"\u2026"} />
      <${le} id="registered" label=${r.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${le} id="calls" label=${r.callsNow} value=${n?n.calls:"\u2026"} />
      <${le} id="numbers" label=${r.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&c`<${le} id="version" label=${r.softwareVersion} value=${e.version} />`}
    </div>
    ${n&&c`<h3>${r.devicesByType}</h3>
      <ul class="by-type">
        ${ho(n.devices).map(([d,l,m])=>c`<li key=${d} data-type=${d}>${r.deviceTypes[d]||d}: ${r.registeredOf(m,l)}</li>`)}
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
  </section>`}var _t={record:!1,record_limit:"600",ringback:"",allow_forward:!1,cid_name_prefix:"",cid_number_prefix:""};function Fn(e){let t={},n=e;for(;n&&(n.module==="record_call"||n.module==="prepend_cid");)t[n.module]=n.data||{},n=(n.children||{})._;return{found:t,inner:n}}var bt=e=>Fn(e).inner;function An(e,t){let{found:n}=Fn(e),o=n.record_call,a=n.prepend_cid||{};return{record:!!o&&o.action!=="stop",record_limit:String(o&&o.time_limit||_t.record_limit),ringback:t.ringback||"",allow_forward:t.ignore_forward===!1||t.ignore_forward==="false",cid_name_prefix:a.caller_id_name_prefix||"",cid_number_prefix:a.caller_id_number_prefix||""}}function Dn(e){return{ignore_forward:!e.allow_forward,...e.ringback?{ringback:e.ringback}:{}}}function Tn(e,t){let n=t;return(e.cid_name_prefix||e.cid_number_prefix)&&(n={module:"prepend_cid",data:{action:"prepend",caller_id_name_prefix:e.cid_name_prefix,caller_id_number_prefix:e.cid_number_prefix},children:{_:n}}),e.record&&(n={module:"record_call",data:{action:"start",time_limit:Number(e.record_limit)},children:{_:n}}),n}var xo={time_limit:"record_limit",caller_id_name_prefix:"cid_name_prefix",caller_id_number_prefix:"cid_number_prefix",ignore_forward:"allow_forward",ringback:"ringback"},In=e=>xo[e.split(".").pop()];function Ln(e){let t={};return e.record&&!(/^\d+$/.test(e.record_limit)&&Number(e.record_limit)>=5&&Number(e.record_limit)<=10800)&&(t.record_limit=r.recordLimitRange),e.cid_name_prefix.length>32&&(t.cid_name_prefix=r.prefixTooLong(32)),/^\+?[0-9*#]{0,15}$/.test(e.cid_number_prefix)||(t.cid_number_prefix=r.numberPrefix),t}function Un({f:e,set:t,media:n,errors:o}){return c`<fieldset class="group-features">
    <legend>${r.groupFeatures}</legend>
    <div class="grid">
      <${H} id="group_record" label=${r.recordGroupCalls} checked=${e.record} onChange=${t("record")} />
      ${e.record&&c`<${k} id="group_record_limit" label=${r.recordLimit} value=${e.record_limit} onInput=${t("record_limit")} error=${o.record_limit} inputmode="numeric" />`}
      <div class="field">
        <label for="group_ringback">${r.groupRingback}</label>
        <select id="group_ringback" value=${e.ringback} onChange=${a=>t("ringback")(a.target.value)}>
          <option value="">${r.phoneRingback}</option>
          ${n.map(a=>c`<option key=${a.id} value=${a.id}>${a.name||a.id}</option>`)}
        </select>
        ${o.ringback&&c`<p class="error" role="alert">${o.ringback}</p>`}
      </div>
      <${H} id="group_allow_forward" label=${r.allowForward} checked=${e.allow_forward} onChange=${t("allow_forward")} />
      <${k} id="group_cid_name_prefix" label=${r.cidNamePrefix} value=${e.cid_name_prefix} onInput=${t("cid_name_prefix")} error=${o.cid_name_prefix} />
      <${k} id="group_cid_number_prefix" label=${r.cidNumberPrefix} value=${e.cid_number_prefix} onInput=${t("cid_number_prefix")} error=${o.cid_number_prefix} inputmode="tel" />
    </div>
  </fieldset>`}var W=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),vt=e=>`${e.first_name} ${e.last_name}`.trim();function gt(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,o=>t[o%t.length]).join("")}function yt(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:vt(t),number:t.extension}},ui_metadata:W()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}var De=(e,t)=>[t,...(e.numbers||[]).slice(1).filter(n=>n!==t)];function Te(e,t,n){return{...e,type:"mainUserCallflow",owner_id:t.id,name:r.callflowOf(vt(t)),numbers:De(e,n),contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:{}},ui_metadata:W()}}function wt(e){return{device_type:"sip_device",name:r.phoneOf(vt(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${gt(10)}`,password:gt(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:W()}}var be=15;function xt(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||W()}}function kt(e,t,n){let o=Math.max(...n.members.map(a=>a.delay+a.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[gt(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:o,repeats:n.repeats,endpoints:n.members.map(a=>({id:a.id,endpoint_type:"user",delay:a.delay,timeout:a.timeout})),...Dn(n)},children:{}},ui_metadata:e.ui_metadata||W()}}var ko=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function Ct(e,t,n,o){return{...e,name:o.name,type:"userGroup",group_id:t.id,numbers:De(e,o.extension),flow:Tn(o,{module:"callflow",data:{id:n.id},children:{_:ko(o.next_vmbox)}}),ui_metadata:e.ui_metadata||W()}}function Rn(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((o,a)=>({...o,delay:a*n,timeout:n}))}function Co(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:null}function So(e,t){if(!(t instanceof j))throw t;let n={},o=[];for(let[a,s]of Object.entries(t.fields)){let i=Co(e,a);i?n[i]=s:o.push(`${a}: ${s}`)}throw t.fields=n,o.length&&(t.message=o.join("; ")),t}async function re(e,t,n){try{return await t()}catch(o){for(let a of n.reverse())await a().catch(()=>{});So(e,o)}}async function Ie(e){let t=[],n=await re("users",()=>N("users",yt({},e)),t);t.push(()=>O(`users/${n.id}`));let o=await re("callflows",()=>N("callflows",Te({},n,e.extension)),t);return t.push(()=>O(`callflows/${o.id}`)),e.phone&&await re("devices",()=>N("devices",wt(n)),t),n}async function Bn(e,t,n){let o=await y(`users/${e}`),a=await re("users",()=>I(`users/${e}`,yt(o,t)),[]);if(n){let s=await y(`callflows/${n}`);await re("callflows",()=>I(`callflows/${n}`,Te(s,a,t.extension)),[])}else await re("callflows",()=>N("callflows",Te({},a,t.extension)),[]);return t.phone&&await re("devices",()=>N("devices",wt(a)),[]),a}async function jn(e){let[t,n]=await Promise.all([y(`callflows?filter_owner_id=${e}&paginate=false`),y(`devices?filter_owner_id=${e}&paginate=false`)]);for(let o of[...t.map(a=>`callflows/${a.id}`),...n.map(a=>`devices/${a.id}`)])await O(o);await O(`users/${e}`)}var No=5e3;function St({ownerId:e}){let[t,n]=$([]),[o,a]=$("");return C(()=>{let s=!0;U("GET",`accounts/${S.value.account}`).then(d=>s&&a(d.data.realm||""));async function i(){let d=await y(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),l=await Promise.all(d.map(m=>y(`devices/${m.id}`)));s&&n(l.map((m,p)=>({...m,registered:d[p].registered})))}i().catch(()=>{});let u=setInterval(()=>i().catch(()=>{}),No);return()=>{s=!1,clearInterval(u)}},[e]),t.map(s=>c`<div class="card" key=${s.id} aria-label=${r.sipCredentials}>
      <h3>${r.sipCredentials}: ${s.name}</h3>
      <dl>
        <dt>${r.sipUser}</dt><dd class="sip-user">${s.sip&&s.sip.username}</dd>
        <dt>${r.sipPassword}</dt><dd class="sip-password">${s.sip&&s.sip.password}</dd>
        <dt>${r.sipRealm}</dt><dd>${o}</dd>
        <dt>${r.status}</dt><dd class=${s.registered?"dot on":"dot"}>${s.registered?r.registered:r.notRegistered}</dd>
      </dl>
    </div>`)}function Nt(e,t){return e.length<12?r.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(o=>o.test(e)).length<3?r.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?r.pwUsername:""}function ce({username:e,onDone:t}){let[n,o]=$({old:"",next:"",again:""}),[a,s]=$({}),[i,u]=$(""),[d,l]=$(!1),[m,p]=$(!1),_=h=>b=>o({...n,[h]:b});async function f(h){h.preventDefault(),p(!1);let b={};n.old||(b.old=r.required);let g=Nt(n.next,e);if(g?b.next=g:n.next===n.old&&(b.next=r.pwSame),n.again!==n.next&&(b.again=r.pwMismatch),s(b),!Object.keys(b).length){l(!0),u("");try{if(!await Pn(e,n.old)){s({old:r.pwOldWrong});return}await B(`users/${S.value.owner}`,{password:n.next,require_password_update:!1}),o({old:"",next:"",again:""}),p(!0),t&&t()}catch(v){s(v.fields||{}),u(v.message)}finally{l(!1)}}}return c`<form onSubmit=${f} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${r.changePassword}</h3>
    <p class="hint">${r.pwRules}</p>
    <${x} message=${i} />
    <${k} id="pw_old" label=${r.pwOld} type="password" value=${n.old} onInput=${_("old")} error=${a.old} autocomplete="current-password" />
    <${k} id="pw_new" label=${r.pwNew} type="password" value=${n.next} onInput=${_("next")} error=${a.next||a.password} autocomplete="new-password" />
    <${k} id="pw_again" label=${r.pwAgain} type="password" value=${n.again} onInput=${_("again")} error=${a.again} autocomplete="new-password" />
    ${m&&c`<p class="ok" role="status">${r.pwChanged}</p>`}
    <button type="submit" disabled=${d}>${d?r.saving:r.changePassword}</button>
  </form>`}var K=q(void 0),Hn=null;async function Le(){let e=S.value.account;if(Hn===e&&K.value!==void 0)return K.value;let{data:t}=await U("GET",`accounts/${e}`);return Hn=e,K.value=t.edgepbx&&t.edgepbx.extension_length||null,K.value}function Pt(e,t){return t&&e&&e.length!==t?r.extLength(t):null}async function Gn(e){let t=await y("callflows?paginate=false"),n=new Set(t.flatMap(a=>a.numbers||[])),o=10**e;for(let a=10**(e-1);a<o;a++)if(!n.has(String(a)))return String(a);return""}function Et(e,t,n){let o={};for(let s of["first_name","last_name","username","extension"])e[s].trim()||(o[s]=r.required);e.extension&&!/^\d{2,8}$/.test(e.extension)?o.extension=r.extDigits:Pt(e.extension,n)&&(o.extension=Pt(e.extension,n));let a=(t||e.password)&&Nt(e.password,e.username);return a&&(o.password=a),o}function Ue({user:e,onDone:t}){let n=!e.id,[o,a]=$({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n}),[s,i]=$({}),[u,d]=$(""),[l,m]=$(!1),[p,_]=$(null),f=w=>E=>a({...o,[w]:E}),[h,b]=$("");C(()=>{Le().then(w=>n&&!o.extension&&w&&Gn(w)).then(w=>{w&&(b(w),a(E=>E.extension?E:{...E,extension:w}))}).catch(()=>{})},[]);async function g(w){w.preventDefault();let E=Et(o,n,K.value);if(i(E),d(""),!Object.keys(E).length){m(!0);try{let P=n?await Ie(o):await Bn(e.id,o,e.callflow&&e.callflow.id);n||o.phone?_(P):t()}catch(P){i(P.fields||{}),d(`${r.failed} ${P.message}`)}m(!1)}}if(p)return c`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${p.first_name} ${p.last_name}</h2>
      <${St} ownerId=${p.id} />
      <button onClick=${()=>t({...p,extension:o.extension})}>${r.users}</button>
    </section>`;let v=e.devices&&e.devices.length>0;return c`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?r.addUser:r.editUser}</h2>
    <form onSubmit=${g} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="first_name" label=${r.firstName} value=${o.first_name} onInput=${f("first_name")} error=${s.first_name} required />
        <${k} id="last_name" label=${r.lastName} value=${o.last_name} onInput=${f("last_name")} error=${s.last_name} required />
        <${k} id="username" label=${r.username} value=${o.username} onInput=${f("username")} error=${s.username} required autocomplete="off" />
        <${k} id="email" label=${r.email} type="email" value=${o.email} onInput=${f("email")} error=${s.email} />
        <${k} id="new_password" label=${r.password} type="password" value=${o.password} onInput=${f("password")} error=${s.password} required=${n} autocomplete="new-password" />
        <${k} id="extension" label=${r.extension} value=${o.extension} onInput=${f("extension")} error=${s.extension} required inputmode="numeric" />
      </div>
      ${h&&c`<p class="hint" id="extension-proposed">${r.extProposed(h)}</p>`}
      ${!v&&c`<div class="check">
        <input type="checkbox" id="phone" checked=${o.phone} onChange=${w=>a({...o,phone:w.target.checked})} />
        <label for="phone">${r.deskPhone}</label>
      </div>`}
      <div class="bar">
        <button type="submit" disabled=${l}>${l?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${t}>${r.cancel}</button>
      </div>
    </form>
    ${v&&c`<${St} ownerId=${e.id} />`}
  </section>`}async function Po(){let[e,t,n]=await Promise.all([y("users?paginate=false"),y("callflows?filter_type=mainUserCallflow&paginate=false"),y("devices?with_status=true&paginate=false")]);return e.map(o=>{let a=t.find(s=>s.owner_id===o.id);return{...o,callflow:a,extension:a&&a.numbers?a.numbers[0]:"",devices:n.filter(s=>s.owner_id===o.id)}})}function zn(){let[e,t]=$(null),[n,o]=$(null),[a,s]=$(""),i=()=>Po().then(t,d=>s(d.message));C(i,[]);async function u(d){if(confirm(r.confirmDelete(`${d.first_name} ${d.last_name}`))){try{await jn(d.id)}catch(l){s(l.message)}i()}}return n?c`<${Ue}
      user=${n}
      onDone=${()=>{o(null),i()}}
    />`:c`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${r.users}</h2>
      <button onClick=${()=>o({})}>${r.addUser}</button>
    </div>
    <${x} message=${a} />
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
                    <button onClick=${()=>o(d)} aria-label=${`${r.edit} ${d.username}`}>${r.edit}</button>
                    ${d.id!==S.value.owner&&c`<button class="danger" onClick=${()=>u(d)} aria-label=${`${r.del} ${d.username}`}>${r.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}function qn(){let[e,t]=$(null),[n,o]=$(""),[a,s]=$(""),[i,u]=$("");C(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([l,m])=>{let p=f=>m.find(h=>h.id===f),_=l.filter(f=>f.registered).map(f=>{let h=p(f.owner_id);return{id:f.id,label:h?`${h.first_name} ${h.last_name} \xB7 ${f.name}`:f.name}});t(_),_.length&&o(_[0].id)},l=>u(l.message))},[]);let d=async()=>{u(""),s("");try{await N(`devices/${n}/ring_test`,{}),s(r.ringing(e.find(l=>l.id===n).label))}catch(l){u(l.message)}};return e?c`<div class="ring-my-phone">
    <h3>${r.ringMyPhone}</h3>
    ${e.length===0?c`<p class="hint">${r.noRegisteredPhone}</p>`:c`<div class="field">
            <label for="ring-phone">${r.ringPhonePick}</label>
            <select id="ring-phone" value=${n} onChange=${l=>o(l.target.value)}>
              ${e.map(l=>c`<option key=${l.id} value=${l.id}>${l.label}</option>`)}
            </select>
            <p class="hint">${r.ringPhoneHint}</p>
          </div>
          <button type="button" onClick=${d}>${r.ringMyPhone}</button>`}
    ${a&&c`<p role="status">${a}</p>`}
    <${x} message=${i} />
  </div>`:c`<${x} message=${i} />`}function Wn({device:e}){let[t,n]=$(!1),[o,a]=$(""),[s,i]=$(""),[u,d]=$(""),[l,m]=$("");return t?c`<form class="call-from" onSubmit=${async _=>{_.preventDefault(),d(""),m(""),i("");try{await y(`devices/${e.id}/quickcall/${encodeURIComponent(o)}?auto_answer=false`),i(r.callStarted(e.name,o))}catch(f){f.fields&&f.fields.number?m(f.fields.number):d(f.message)}}}>
    <${k} id=${`call-${e.id}`} label=${r.callNumber} value=${o} onInput=${a} error=${l} inputmode="tel" required />
    <button type="submit">${r.call}</button>
    ${s&&c`<p role="status">${s}</p>`}
    <${x} message=${u} />
  </form>`:c`<button type="button" class="plain" aria-label=${r.callFrom(e.name)} onClick=${()=>n(!0)}>
      ${r.call}
    </button>`}function Vn(){let[e,t]=$(null),[n,o]=$("");return C(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([a,s])=>{let i=u=>s.find(d=>d.id===u);t(a.map(u=>({...u,owner:i(u.owner_id)})))},a=>o(a.message))},[]),c`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${r.devices}</h2>
    <${x} message=${n} />
    ${e?e.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.devices}>
            <thead><tr><th>${r.name}</th><th>${r.type}</th><th>${r.sipUser}</th><th>${r.owner}</th><th>${r.status}</th><th>${r.actions}</th></tr></thead>
            <tbody>
              ${e.map(a=>c`<tr key=${a.id}>
                  <td data-label=${r.name}>${a.name}</td>
                  <td data-label=${r.type}>${a.device_type}</td>
                  <td data-label=${r.sipUser}>${a.username}</td>
                  <td data-label=${r.owner}>${a.owner?`${a.owner.first_name} ${a.owner.last_name}`:""}</td>
                  <td data-label=${r.status}><span class=${a.registered?"dot on":"dot"}>${a.registered?r.registered:r.notRegistered}</span></td>
                  <td data-label=${r.actions}>${a.registered&&c`<${Wn} device=${a} />`}</td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}var Eo=86400,Mo=62167219200;function Oo({leg:e}){return c`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function Fo({call:e,withLegs:t}){let[n,o]=$(null),[a,s]=$(!1);async function i(){s(!a),n||o(await y(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return c`<tr class="call" data-call=${e.call_id}>
      <td data-label=${r.when}>${t?c`<button class="plain" aria-expanded=${a} onClick=${i}>${e.datetime}</button>`:e.datetime}</td>
      <td data-label=${r.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${r.to}>${e.dialed_number}</td>
      <td data-label=${r.duration}>${e.duration_seconds}s</td>
      <td data-label=${r.result}>${e.hangup_cause}</td>
    </tr>
    ${a&&c`<tr class="legs"><td colspan="5">
      <h3>${r.legs}</h3>
      ${n?c`<ul>${n.map(u=>c`<${Oo} key=${u.id} leg=${u} />`)}</ul>`:r.loading}
    </td></tr>`}`}function Yn({path:e,title:t,withLegs:n}){let[o,a]=$(null),[s,i]=$("");return C(()=>{let u=Math.floor(Date.now()/1e3)+Mo;y(`${e}?created_from=${u-7*Eo}&created_to=${u+60}&page_size=100`).then(a,d=>i(d.message))},[]),c`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${x} message=${s} />
    ${o?o.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${t}>
            <thead><tr><th>${r.when}</th><th>${r.from}</th><th>${r.to}</th><th>${r.duration}</th><th>${r.result}</th></tr></thead>
            <tbody>${o.map(u=>c`<${Fo} key=${u.id} call=${u} withLegs=${n} />`)}</tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}var Xn=()=>c`<${Yn} path="cdrs/interaction" title=${r.callLogs} withLegs=${!0} />`,Zn=()=>c`<${Yn} path=${`users/${S.value.owner}/cdrs`} title=${r.myCalls} withLegs=${!1} />`;var Ao=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],Do=["undefinedMainNumber","0"],Re=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],ge=e=>({module:"callflow",data:{id:e},children:{}});async function Jn(){let e=await y("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(i=>[i.name,i]));for(let i of Ao){if(t[i])continue;let u=t[`${i}Menu`]||await To(`${i}Menu`);t[i]=await N("callflows",{name:i,type:"main",numbers:[i],flow:ge(u.id),ui_metadata:W()})}let n=t.MainCallflow||await N("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:ge(t.MainOpenHours.id)}},ui_metadata:W()}),[o,a]=await Promise.all([y(`callflows/${n.id}`),y("temporal_rules?paginate=false")]),s=await Promise.all(a.filter(i=>i.name==="MainOpenHours"||i.name==="MainLunchHours").map(i=>y(`temporal_rules/${i.id}`)));return{main:o,parts:t,open:s.filter(i=>i.type==="main_weekdays"),lunch:s.filter(i=>i.type==="main_lunchbreak")}}async function To(e){let t=await N("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:W()});return N("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:W()})}var Qn=e=>(e.numbers||[]).filter(t=>!Do.includes(t));async function er(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=W(),e.main=await I(`callflows/${n.id}`,n)}var Kn=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},Mt=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`;async function tr(e,t){let[n,...o]=e.open;for(let m of o)await O(`temporal_rules/${m.id}`);let a=[];if(t){let m={...n||{},name:"MainOpenHours",type:"main_weekdays",cycle:"weekly",interval:1,wdays:t.wdays,time_window_start:Kn(t.start),time_window_stop:Kn(t.stop),ui_metadata:W()};a=[n?await I(`temporal_rules/${n.id}`,m):await N("temporal_rules",m)]}else n&&await O(`temporal_rules/${n.id}`);let{parts:s,main:i}=e,u=new Set([...e.lunch,...e.open,...a].map(m=>m.id)),d=(i.flow&&i.flow.data&&i.flow.data.rules||[]).filter(m=>!u.has(m)),l={};for(let m of d)l[m]=i.flow.children[m];for(let m of e.lunch)l[m.id]=ge(s.MainLunchHours.id);for(let m of a)l[m.id]=ge(s.MainOpenHours.id);l._=ge(a.length?s.MainAfterHours.id:s.MainOpenHours.id),i.flow={module:"temporal_route",data:{rules:[...d,...[...e.lunch,...a].map(m=>m.id)]},children:l},i.ui_metadata=W(),e.main=await I(`callflows/${i.id}`,i),e.open=a}function Io({strategy:e,onSaved:t}){let[n,o]=$(""),[a,s]=$(""),i=Qn(e.main);async function u(l){s("");try{await er(e,l),o(""),t()}catch(m){s(Object.values(m.fields||{})[0]||m.message)}}function d(l){l.preventDefault();let m=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(m))return s(r.badNumber);u([...i,m])}return c`<form onSubmit=${d} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${r.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(l=>c`<li key=${l}>
          <span class="main-number">${l}</span>
          <button type="button" class="plain" aria-label=${`${r.remove} ${l}`} onClick=${()=>u(i.filter(m=>m!==l))}>${r.remove}</button>
        </li>`)}
    </ul>
    <${k} id="main_number" label=${r.number} value=${n} onInput=${o} error=${a} inputmode="tel" />
    <button type="submit">${r.addNumber}</button>
  </form>`}function Lo({strategy:e,onSaved:t}){let n=e.open[0],[o,a]=$(!!n),[s,i]=$(n?n.wdays||[]:Re.slice(0,5)),[u,d]=$(n?Mt(n.time_window_start||0):"09:00"),[l,m]=$(n?Mt(n.time_window_stop||0):"17:00"),[p,_]=$(""),[f,h]=$(!1),b=v=>i(s.includes(v)?s.filter(w=>w!==v):Re.filter(w=>w===v||s.includes(w)));async function g(v){if(v.preventDefault(),h(!1),o&&!s.length)return _(r.pickDay);if(o&&!(u<l))return _(r.badHours);_("");try{await tr(e,o?{wdays:s,start:u,stop:l}:null),h(!0),t()}catch(w){_(Object.entries(w.fields||{}).map(([E,P])=>`${E}: ${P}`).join("; ")||w.message)}}return c`<form onSubmit=${g} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${r.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!o} onChange=${()=>a(!1)} /><label for="h24">${r.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${o} onChange=${()=>a(!0)} /><label for="hcustom">${r.openCustom}</label></div>
    ${o&&c`<fieldset>
      <legend class="sr">${r.openCustom}</legend>
      <div class="days">
        ${Re.map(v=>c`<span class="check"><input type="checkbox" id=${"day-"+v} checked=${s.includes(v)} onChange=${()=>b(v)} /><label for=${"day-"+v}>${r.wday[v]}</label></span>`)}
      </div>
      <div class="grid">
        <${k} id="opens" label=${r.opens} type="time" value=${u} onInput=${d} />
        <${k} id="closes" label=${r.closes} type="time" value=${l} onInput=${m} />
      </div>
    </fieldset>`}
    ${p&&c`<p class="error" role="alert">${p}</p>`}
    ${f&&c`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit">${r.save}</button>
  </form>`}function Be(){let[e,t]=$(null),[n,o]=$(""),[,a]=$(0);C(()=>{Jn().then(t,i=>o(i.message))},[]);let s=()=>a(i=>i+1);return c`<section aria-labelledby="main-h">
    <h2 id="main-h">${r.mainNumber}</h2>
    <${x} message=${n} />
    ${e?c`<div class="stack">
          <${Io} strategy=${e} onSaved=${s} />
          <${Lo} strategy=${e} onSaved=${s} />
        </div>`:!n&&c`<p>${r.loading}</p>`}
  </section>`}var Ot=q(0);function je(){let e=`accounts/${S.value.account}`,[t,n]=$(null),[o,a]=$(null),[s,i]=$({}),[u,d]=$(""),[l,m]=$(!1);C(()=>{Promise.all([U("GET","countries"),U("GET",e)]).then(([f,{data:h}])=>{let b=h.edgepbx||{};n(f.data),a({country:b.country||"",extension_length:b.extension_length?String(b.extension_length):"",timezone:null,language:h.language||""})},f=>d(f.message))},[]);function p(f){let h=t.find(b=>b.code===f);a({...o,country:f,...h?{timezone:h.timezone,language:h.language}:{}})}async function _(f){f.preventDefault(),m(!1);let h={};if(o.extension_length&&!/^[2-8]$/.test(o.extension_length)&&(h.extension_length=r.extLengthRange),i(h),d(""),Object.keys(h).length)return;let g={edgepbx:{country:o.country||null,extension_length:o.extension_length?Number(o.extension_length):null},language:o.language||null};o.timezone&&(g.timezone=o.timezone);try{await U("PATCH",e,g),K.value=void 0,Ot.value++,m(!0)}catch(v){let w={};for(let[E,P]of Object.entries(v.fields||{}))w[E.replace(/^edgepbx\./,"")]=P;i(w),d(v.message)}}return o?c`<form onSubmit=${_} aria-labelledby="locale-h" novalidate>
    <h3 id="locale-h">${r.locale}</h3>
    <p class="hint">${r.localeHint}</p>
    <${x} message=${u} />
    <div class="field">
      <label for="country">${r.country}</label>
      <select id="country" value=${o.country} onChange=${f=>p(f.target.value)}>
        <option value="">${r.countryNone}</option>
        ${t.map(f=>c`<option key=${f.code} value=${f.code}>${f.name}</option>`)}
      </select>
      ${s.country&&c`<p class="error" role="alert">${s.country}</p>`}
    </div>
    ${o.timezone&&c`<p class="hint" id="proposed_zone">${r.proposedZone(o.timezone)}</p>`}
    <${k} id="language" label=${r.promptLanguage} value=${o.language} onInput=${f=>a({...o,language:f})} error=${s.language} />
    <${k} id="extension_length" label=${r.extensionLength} value=${o.extension_length} onInput=${f=>a({...o,extension_length:f})} error=${s.extension_length} inputmode="numeric" />
    ${l&&c`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit">${r.save}</button>
  </form>`:c`<${x} message=${u} />${!u&&c`<p>${r.loading}</p>`}`}var Ft=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function He({onDone:e}){let t=`accounts/${S.value.account}`,[n,o]=$(null),[a,s]=$({}),[i,u]=$(""),[d,l]=$(!1);C(()=>{U("GET",t).then(({data:_})=>o({name:_.name||"",timezone:_.timezone||"UTC"}),_=>u(_.message))},[Ot.value]);async function m(_){if(_.preventDefault(),l(!1),!n.name.trim())return s({name:r.required});s({}),u("");try{await U("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),S.value={...S.value,accountName:n.name.trim()},l(!0),e&&e()}catch(f){s(f.fields||{}),u(f.message)}}if(!n)return c`<${x} message=${i} />${!i&&c`<p>${r.loading}</p>`}`;let p=Ft.includes(n.timezone)?Ft:[n.timezone,...Ft];return c`<form onSubmit=${m} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${r.office}</h3>
    <${x} message=${i} />
    <${k} id="office_name" label=${r.officeName} value=${n.name} onInput=${_=>o({...n,name:_})} error=${a.name} />
    <div class="field">
      <label for="timezone">${r.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${_=>o({...n,timezone:_.target.value})}>
        ${p.map(_=>c`<option key=${_} value=${_}>${_}</option>`)}
      </select>
      ${a.timezone&&c`<p class="error" role="alert">${a.timezone}</p>`}
    </div>
    ${d&&c`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit">${r.save}</button>
  </form>`}function nr(e){let t=[],n=[],o="",a=!1,s=1,i=1,u=()=>{n.push(o.trim()),o=""},d=()=>{u(),n.some(l=>l!=="")&&t.push({line:i,fields:n}),n=[],i=s};for(let l=0;l<e.length;l++){let m=e[l];a?m==='"'&&e[l+1]==='"'?(o+='"',l++):m==='"'?a=!1:(m===`
`&&s++,o+=m):m==='"'?a=!0:m===","?u():m===`
`?(s++,d()):m!=="\r"&&(o+=m)}return d(),t}var rr=["first_name","last_name","username","email","extension","password","phone"],Uo=["first_name","last_name","username","extension","password"],Ro=/^(yes|y|true|1)$/i;function Bo(e,t){let[n,...o]=nr(e);if(!n)return{problems:[r.csvEmpty]};let a=n.fields.map(m=>m.toLowerCase().replace(/\s+/g,"_")),s=Uo.filter(m=>!a.includes(m));if(s.length)return{problems:[r.csvColumns(s.join(", "))]};let i=a.filter(m=>!rr.includes(m));if(i.length)return{problems:[r.csvUnknown(i.join(", "))]};let u=[],d={username:new Map,extension:new Map},l=o.map(({line:m,fields:p})=>{let _=Object.fromEntries(rr.map(b=>[b,p[a.indexOf(b)]??""])),f={..._,phone:Ro.test(_.phone)},h=Et(f,!0,t);p.length>a.length&&(h.line=r.csvExtra);for(let b of["username","extension"]){let g=f[b].toLowerCase();g&&d[b].has(g)?h[b]=r.csvDuplicate(d[b].get(g)):d[b].set(g,m)}for(let[b,g]of Object.entries(h))u.push(r.csvLine(m,b==="line"?"":r.csvField[b]||b,g));return{line:m,form:f}});return o.length||u.push(r.csvNoUsers),{forms:l,problems:u}}function or({onAdded:e}){let[t,n]=$([]),[o,a]=$(""),[s,i]=$(!1);async function u(d){let l=d.target.files[0];if(a(""),!l)return;let m=await Le().catch(()=>null),{forms:p,problems:_}=Bo(await l.text(),m);if(n(_),_.length)return;i(!0);let f=[],h=0;for(let{line:b,form:g}of p)try{let v=await Ie(g);h++,e({...v,extension:g.extension})}catch(v){let w=Object.entries(v.fields||{}).map(([E,P])=>r.csvLine(b,r.csvField[E]||E,P));f.push(...w.length?w:[r.csvLine(b,"",v.message)])}n(f),a(r.csvMade(h,p.length)),i(!1),d.target.value=""}return c`<div class="card">
    <h3>${r.csvImport}</h3>
    <p class="hint">${r.csvHint}</p>
    <div class="field">
      <label for="csv_file">${r.csvFile}</label>
      <input id="csv_file" type="file" accept=".csv,text/csv" disabled=${s} onChange=${u} />
    </div>
    ${o&&c`<p class="ok" role="status">${o}</p>`}
    ${t.length>0&&c`<ul class="errors" aria-label=${r.csvProblems}>${t.map(d=>c`<li key=${d} class="error">${d}</li>`)}</ul>`}
  </div>`}var At="configs/smtp_client",ar=/^[^@\s]+@[^@\s]+$/;function jo(e){let t={};return/^[A-Za-z0-9.:-]{1,253}$/.test(e.relay)||(t.relay=r.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=r.relayPort),e.from&&!ar.test(e.from)&&(t.from=r.badEmail(e.from)),t}function Ge(){let[e,t]=$(null),[n,o]=$(""),[a,s]=$({}),[i,u]=$(""),[d,l]=$("");if(C(()=>{y(At).then(f=>t({relay:f.relay||"",port:String(f.port||587),tls:f.tls||"if_available",username:f.username||"",password:"",from:f.from||"",passwordSet:!!f.password_set}),f=>u(f.message))},[]),!e)return c`<${x} message=${i} />${!i&&c`<p>${r.loading}</p>`}`;let m=f=>h=>t({...e,[f]:h});async function p(f){f.preventDefault(),l(""),u("");let h=jo(e);if(s(h),Object.keys(h).length)return;let b={relay:e.relay.trim(),port:Number(e.port),tls:e.tls,username:e.username.trim(),from:e.from.trim()||void 0};e.password&&(b.password=e.password);try{await B(At,b),t({...e,password:"",passwordSet:e.passwordSet||!!e.password}),l(r.saved)}catch(g){s(g.fields||{}),u(g.message)}}async function _(){if(l(""),!ar.test(n.trim()))return s({...a,to:r.badEmail(n)});s({}),l(r.sending);try{await I(`${At}/test`,{to:n.trim()}),l(r.testSent(n.trim()))}catch(f){l(""),s(f.fields||{}),Object.keys(f.fields||{}).length||u(f.message)}}return c`<form onSubmit=${p} aria-labelledby="relay-h" novalidate>
    <h3 id="relay-h">${r.mailRelay}</h3>
    <p class="hint">${r.mailRelayHint}</p>
    <${x} message=${i} />
    <div class="grid">
      <${k} id="relay_host" label=${r.relayServer} value=${e.relay} onInput=${m("relay")} error=${a.relay} />
      <${k} id="relay_port" label=${r.port} value=${e.port} onInput=${m("port")} error=${a.port} inputmode="numeric" />
      <div class="field">
        <label for="relay_tls">${r.relayTls}</label>
        <select id="relay_tls" value=${e.tls} onChange=${f=>m("tls")(f.target.value)}>
          ${Object.entries(r.tlsModes).map(([f,h])=>c`<option key=${f} value=${f}>${h}</option>`)}
        </select>
      </div>
      <${k} id="relay_user" label=${r.relayUser} value=${e.username} onInput=${m("username")} error=${a.username} autocomplete="off" />
      <${k} id="relay_password" label=${e.passwordSet?r.relayPasswordKeep:r.password} type="password" value=${e.password} onInput=${m("password")} error=${a.password} autocomplete="new-password" />
      <${k} id="relay_from" label=${r.relayFrom} value=${e.from} onInput=${m("from")} error=${a.from} />
    </div>
    <div class="bar"><button type="submit">${r.save}</button></div>
    <${k} id="relay_test_to" label=${r.testTo} value=${n} onInput=${o} error=${a.to} type="email" />
    <div class="bar"><button type="button" class="plain" onClick=${_}>${r.sendTest}</button></div>
    ${d&&c`<p class="ok" role="status">${d}</p>`}
  </form>`}async function ze(){(await y("callflows?filter_numbers=no_match")).length===0&&await N("callflows",{numbers:["no_match"],flow:{module:"offnet",data:{},children:{}}})}var Dt="^(\\+?\\d{3,15})$",sr={name:"",server:"",port:"5060",username:"",auth_username:"",password:"",realm:"",register:!0};function Ho(e){let t=e.gateways&&e.gateways[0]||{},n=o=>o==null?"":String(o);return{name:n(e.name),server:n(t.server),port:n(t.port||5060),username:n(t.username),auth_username:n(t.auth_username),password:n(t.password),realm:n(t.realm),register:t.register!==!1}}function Go(e){let t={};return e.name.trim()||(t.name=r.required),/^[A-Za-z0-9.-]{1,253}$/.test(e.server.trim())||(t.server=r.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=r.relayPort),e.register&&!e.username.trim()&&(t.username=r.required),e.register&&!e.password&&(t.password=r.required),t}function ir(e,t){let n={...e.gateways&&e.gateways[0]||{enabled:!0}};n.server=t.server.trim(),n.port=Number(t.port),n.register=t.register;for(let o of["username","auth_username","realm"])t[o].trim()?n[o]=t[o].trim():delete n[o];return t.password?n.password=t.password:delete n.password,{...e,name:t.name.trim(),gateways:[n,...(e.gateways||[]).slice(1)]}}var zo={enabled:!0,weight_cost:50,rules:[Dt],gateways:[]};function Tt({line:e,onDone:t}){let[n,o]=$(e?Ho(e):sr),[a,s]=$({}),[i,u]=$(""),[d,l]=$(!1),m=h=>b=>o({...n,[h]:b}),p=h=>`line_${h}${e?"_edit":""}`;async function _(h){h.preventDefault(),u("");let b=Go(n);if(s(b),!Object.keys(b).length){l(!0);try{e?await I(`resources/${e.id}`,ir(e,n)):await N("resources",ir(zo,n)),await ze(),e||o(sr),l(!1),t(!0)}catch(g){s(Object.fromEntries(Object.entries(g.fields||{}).map(([v,w])=>[v.replace(/^gateways\.0\./,""),w]))),u(`${r.failed} ${g.message}`),l(!1)}}}let f=e?r.editLine(e.name):r.addLine;return c`<form onSubmit=${_} novalidate data-form=${e?"edit-line":"add-line"}>
    <h4>${f}</h4>
    <${x} message=${i} />
    <div class="grid">
      <${k} id=${p("name")} label=${r.name} value=${n.name} onInput=${m("name")} error=${a.name} />
      <${k} id=${p("server")} label=${r.lineServer} value=${n.server} onInput=${m("server")} error=${a.server} />
      <${k} id=${p("port")} label=${r.port} value=${n.port} onInput=${m("port")} error=${a.port} inputmode="numeric" />
      <${k} id=${p("username")} label=${r.lineNumber} value=${n.username} onInput=${m("username")} error=${a.username} autocomplete="off" />
      <${k} id=${p("auth")} label=${r.lineAuth} value=${n.auth_username} onInput=${m("auth_username")} error=${a.auth_username} autocomplete="off" />
      <${k} id=${p("password")} label=${r.linePassword} type="password" value=${n.password} onInput=${m("password")} error=${a.password} autocomplete="new-password" />
      <${k} id=${p("realm")} label=${r.lineRealm} value=${n.realm} onInput=${m("realm")} error=${a.realm} />
    </div>
    <${H} id=${p("register")} label=${r.lineRegister} checked=${n.register} onChange=${m("register")} />
    <div class="bar">
      <button type="submit" disabled=${d}>${e?r.save:r.addLine}</button>
      ${e&&c`<button type="button" class="plain" onClick=${()=>t(!1)}>${r.cancel}</button>`}
    </div>
  </form>`}var lr=e=>e.filter(t=>t.kind==="fxo"&&t.sip_address).map(t=>{let n=t.sip_address.lastIndexOf(":");return{...t,host:t.sip_address.slice(0,n).replace(/^\[|\]$/g,""),port:Number(t.sip_address.slice(n+1))}}),It=(e,t)=>(e.gateways||[]).some(n=>n.server===t.host&&Number(n.port)===t.port);function qo(e){return e.state==="down"?e.alarm?`${r.fxoStates.down}: ${e.alarm}`:r.fxoStates.down:r.fxoStates[e.state==="idle"?"idle":"busy"]}function Wo(e){return e?e.state==="running"?r.fxoDialTone.checking:e.dial_tone?r.fxoDialTone.yes:r.fxoDialTone.no:r.fxoDialTone.unknown}function cr({ports:e,lines:t,onChanged:n}){let[o,a]=$(""),[s,i]=$(!1);if(e.length===0)return null;async function u(d){a(""),i(!0);try{await N("resources",{name:r.fxoLineName(d.name),enabled:!0,weight_cost:50,rules:[Dt],gateways:[{server:d.host,port:d.port,register:!1,enabled:!0}]}),await ze(),n()}catch(l){a(`${r.failed} ${l.message}`)}i(!1)}return c`<div aria-labelledby="fxo-h">
    <h4 id="fxo-h">${r.fxoLines}</h4>
    <${x} message=${o} />
    <ul class="lines">
      ${e.map(d=>{let l=t.find(m=>It(m,d));return c`<li key=${d.name} data-fxo=${d.name}>
          <span class=${d.state==="down"?"dot":"dot on"}>${d.name}${d.number?` (${d.number})`:""} · ${qo(d)} · ${Wo(d.line_test)}</span>
          ${l?c`<span class="hint" data-route>${r.fxoInUse(l.name)}</span>`:c`<button type="button" class="plain" disabled=${s} onClick=${()=>u(d)} aria-label=${`${r.fxoUse}: ${d.name}`}>${r.fxoUse}</button>`}
        </li>`})}
    </ul>
  </div>`}var Vo=5e3;async function Yo(){let[e,t]=await Promise.all([y("resources?paginate=false"),y("analog_ports").then(lr,()=>[])]);return{lines:await Promise.all(e.map(o=>Promise.all([y(`resources/${o.id}`),y(`resources/${o.id}/status`)]).then(([a,s])=>({...a,gw:s.gateways[0]||{}})))),ports:t}}var Xo=e=>e.state==="failed"&&e.last_error?`${r.lineStates.failed}: ${e.last_error}`:r.lineStates[e.state]||e.state;function Zo({line:e,editing:t,onEdit:n,onDone:o,onError:a}){async function s(){if(confirm(r.confirmDeleteLine(e.name)))try{await O(`resources/${e.id}`),o(!0)}catch(i){a(i.message)}}return c`<li data-line=${e.name}>
    <span class=${e.gw.state==="registered"?"dot on":"dot"}>${e.name} · ${Xo(e.gw)}</span>
    ${t?c`<${Tt} line=${e} onDone=${o} />`:c`<span class="actions">
          <button type="button" class="plain" onClick=${n} aria-label=${`${r.edit}: ${e.name}`}>${r.edit}</button>
          <button type="button" class="plain" onClick=${s} aria-label=${`${r.del}: ${e.name}`}>${r.del}</button>
        </span>`}
  </li>`}function qe(){let[e,t]=$(null),[n,o]=$(null),[a,s]=$(""),i=()=>Yo().then(t,l=>s(l.message));C(()=>{i();let l=setInterval(i,Vo);return()=>clearInterval(l)},[]);let u=l=>{o(null),l&&i()},d=e?e.lines.filter(l=>!e.ports.some(m=>It(l,m))):[];return c`<div aria-labelledby="lines-h">
    <h3 id="lines-h">${r.outsideLines}</h3>
    <${x} message=${a} />
    ${e?d.length===0?c`<p>${r.noLines}</p>`:c`<ul class="lines">
            ${d.map(l=>c`<${Zo} key=${l.id} line=${l} editing=${n===l.id} onEdit=${()=>o(l.id)} onDone=${u} onError=${s} />`)}
          </ul>`:c`<p>${r.loading}</p>`}
    <${Tt} line=${null} onDone=${u} />
    ${e&&c`<${cr} ports=${e.ports} lines=${e.lines} onChanged=${i} />`}
  </div>`}var oe=q(null);async function dr(){let e=await y(`users/${S.value.owner}`);e.require_password_update&&(oe.value={forced:!0,username:e.username})}async function ur(){let e=await y(`users/${S.value.owner}`);oe.value={forced:!1,username:e.username}}function Ko(){let[e,t]=$(!1),[n,o]=$([]);return e?c`<${Ue}
      user=${{}}
      onDone=${a=>{t(!1),a&&o([...n,a])}}
    />`:c`<div>
    <h3>${r.firstUsers}</h3>
    <ul class="added">${n.map(a=>c`<li key=${a.username}>${a.first_name} ${a.last_name} · ${a.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${r.addUser}</button>
    <${or} onAdded=${a=>o(s=>[...s,a])} />
  </div>`}function mr(){let{forced:e,username:t}=oe.value,[n,o]=$(!e),a=[[r.stepPassword,()=>c`<${ce} username=${t} onDone=${()=>o(!0)} />`],[r.stepLocale,()=>c`<${je} />`],[r.stepOffice,()=>c`<${He} />`],[r.stepUsers,()=>c`<${Ko} />`],[r.stepMainNumber,()=>c`<${Be} />`],[r.stepLine,()=>c`<${qe} />`],[r.stepMail,()=>c`<${Ge} />`],[r.stepDone,()=>c`<p>${r.wizardDone}</p><${qn} />`]],[s,i]=$(0),u=s===a.length-1,[d,l]=a[s],m=s===0&&!n;return c`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${r.wizard}</h2>
    <p class="hint">${r.stepOf(s+1,a.length)}: <strong>${d}</strong></p>
    ${m&&c`<p class="banner" role="alert">${r.pwForced}</p>`}
    <div key=${s}>${l()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${s===0} onClick=${()=>i(s-1)}>${r.back}</button>
      ${u?c`<button type="button" onClick=${()=>oe.value=null}>${r.finish}</button>`:c`<button type="button" disabled=${m} onClick=${()=>i(s+1)}>${r.next}</button>`}
    </div>
  </section>`}async function Jo(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":S.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new j(t.status,n);return n.data}function fr(){let[e,t]=$(null),[n,o]=$(!1),[a,s]=$(""),[i,u]=$("");async function d(l){if(l.preventDefault(),s(""),u(""),!e)return s(r.pickBundle);o(!0);try{let m=await Jo(e);u(r.updateInstalled(m&&m.installed))}catch(m){let p=m.body&&m.body.data&&(m.body.data.message||m.body.data.detail);s(`${r.failed} ${m.message}${typeof p=="string"&&p!==m.message?`: ${p}`:""}`)}o(!1)}return c`<form onSubmit=${d} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${r.softwareUpdate}</h3>
    <p class="hint">${r.updateHint}</p>
    <${x} message=${a} />
    <div class="field">
      <label for="bundle">${r.bundle}</label>
      <input id="bundle" type="file" onChange=${l=>t(l.target.files[0]||null)} />
    </div>
    ${i&&c`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?r.uploading:r.install}</button>
  </form>`}function pr(){let[e,t]=$(null),[n,o]=$(""),a=()=>y("sip_bans").then(t,i=>i.status===403?t(null):o(i.message));C(a,[]);let s=i=>O(`sip_bans/${encodeURIComponent(i)}`).then(a,u=>o(u.message));return e?c`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${r.sipBans}</h3>
    <${x} message=${n} />
    ${e.length===0?c`<p>${r.noBans}</p>`:c`<ul class="numbers">
          ${e.map(i=>c`<li key=${i.ip} data-ban=${i.ip}>
              <span>${r.banned(i.ip,i.reason)} · ${r.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>s(i.ip)} aria-label=${r.liftBan(i.ip)}>${r.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:c`<${x} message=${n} />`}function $r(){let[e,t]=$(null),[n,o]=$("");return C(()=>{y(`users/${S.value.owner}`).then(t,a=>o(a.message))},[]),c`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${r.settings}</h2>
    <${x} message=${n} />
    <div class="stack">
      ${e&&c`<${ce} username=${e.username} />`}
      <${je} />
      <${He} />
      <${qe} />
      <${Ge} />
      <${pr} />
      <${fr} />
      <div><button type="button" onClick=${()=>ur().catch(a=>o(a.message))}>${r.runWizard}</button></div>
    </div>
  </section>`}var We=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),Lt=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function Qo(e,t){let n=await fetch("/v2/"+X(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":S.value.token,"Content-Type":Lt(t),Accept:"application/json"},body:t});if(!n.ok)throw new j(n.status,await n.json().catch(()=>null))}async function hr(e,t){let n=await N("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await Qo(n.id,t)}catch(o){throw await O(`media/${n.id}`).catch(()=>{}),o}return n.id}var Ut=e=>O(`media/${e}`).catch(()=>{});var Rt=["skip_greeting","skip_instructions","delete_after_notify","announcement_only"],ea=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,_r=e=>e.split(/[\s,;]+/).filter(Boolean);function ta(e){let t={};e.name.trim()||(t.name=r.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=r.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=r.pinDigits);let n=_r(e.notify).find(o=>!ea.test(o));return n&&(t.notify_email_addresses=r.badEmail(n)),t}function br({box:e,users:t,onDone:n}){let o=!e.id,[a,s]=$({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(Rt.map(g=>[g,!!e[g]]))}),[i,u]=$({}),[d,l]=$(""),[m,p]=$(!1),[_,f]=$(null),h=g=>v=>s({...a,[g]:v});async function b(g){g.preventDefault();let v=ta(a);if(_&&!We(_)&&(v.greeting=r.greetingType),u(v),l(""),Object.keys(v).length)return;let w={name:a.name.trim(),mailbox:a.mailbox,notify_email_addresses:_r(a.notify),...Object.fromEntries(Rt.map(P=>[P,a[P]]))};w.owner_id=a.owner_id||(o?void 0:null),w.pin=a.pin||(o?void 0:null),p(!0);let E=null;try{_&&(E=await hr(w.name,_).catch(P=>{throw Object.assign(P,{fields:{greeting:P.fields&&P.fields.media||P.message}})}),w.media={...e.media||{},unavailable:E}),o?await N("vmboxes",w):await B(`vmboxes/${e.id}`,w),E&&e.media&&e.media.unavailable&&await Ut(e.media.unavailable),n()}catch(P){E&&await Ut(E),u(P.fields||{}),l(`${r.failed} ${P.message}`),p(!1)}}return c`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${o?r.addVmbox:r.editVmbox}</h2>
    <form onSubmit=${b} novalidate>
      <${x} message=${d} />
      <div class="grid">
        <${k} id="vm_name" label=${r.name} value=${a.name} onInput=${h("name")} error=${i.name} required />
        <${k} id="vm_mailbox" label=${r.mailbox} value=${a.mailbox} onInput=${h("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${r.owner}</label>
          <select id="vm_owner" value=${a.owner_id} onChange=${g=>h("owner_id")(g.target.value)}>
            <option value="">${r.noOwner}</option>
            ${t.map(g=>c`<option key=${g.id} value=${g.id}>${g.first_name} ${g.last_name}</option>`)}
          </select>
          ${i.owner_id&&c`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${k} id="vm_pin" label=${r.pin} type="password" value=${a.pin} onInput=${h("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${r.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${g=>f(g.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?r.greetingSet:r.greetingNone}</p>
        ${i.greeting&&c`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${k} id="vm_notify" label=${r.recipients} value=${a.notify} onInput=${h("notify")} error=${i.notify_email_addresses} />
      ${Rt.map(g=>c`<div class="check" key=${g}>
          <input type="checkbox" id=${"vm_"+g} checked=${a[g]} onChange=${v=>h(g)(v.target.checked)} />
          <label for=${"vm_"+g}>${r.vmFlags[g]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${m}>${m?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${n}>${r.cancel}</button>
      </div>
    </form>
  </section>`}var na=62167219200,ra=e=>new Date((e-na)*1e3).toISOString().slice(0,16).replace("T"," ");function Ve({box:e,onDone:t}){let n=`vmboxes/${e.id}/messages`,[o,a]=$(null),[s,i]=$({}),u=ct([]),[d,l]=$(""),m=()=>y(`${n}?paginate=false`).then(h=>a(h.filter(b=>b.folder!=="deleted")),h=>l(h.message));C(()=>(m(),()=>u.current.forEach(h=>URL.revokeObjectURL(h))),[]);let p=h=>h.then(m,b=>l(b.message));async function _(h){if(s[h.media_id])return s[h.media_id];let b=URL.createObjectURL(await Cn(`${n}/${h.media_id}/raw`));return u.current.push(b),i(g=>({...g,[h.media_id]:b})),b}async function f(h){try{let b=document.createElement("a");b.href=await _(h),b.download=`${e.mailbox}-${h.media_id}.wav`,b.click()}catch(b){l(b.message)}}return c`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${r.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${t}>${r.vmboxes}</button>
    </div>
    <${x} message=${d} />
    ${o?o.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.messages}>
            <thead><tr><th>${r.when}</th><th>${r.from}</th><th>${r.duration}</th><th>${r.folder}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${o.map(h=>c`<tr key=${h.media_id} data-message=${h.media_id} class="message">
                  <td data-label=${r.when}>${h.timestamp?ra(h.timestamp):""}</td>
                  <td data-label=${r.from}>${h.caller_id_name||""} ${h.caller_id_number||""}</td>
                  <td data-label=${r.duration}>${h.length?`${Math.round(h.length/1e3)} s`:""}</td>
                  <td data-label=${r.folder} class="folder">${r.folders[h.folder]||h.folder}</td>
                  <td class="actions">
                    ${s[h.media_id]?c`<audio controls autoplay src=${s[h.media_id]}></audio>`:c`<button onClick=${()=>_(h).catch(b=>l(b.message))}>${r.play}</button>`}
                    <button class="plain" onClick=${()=>f(h)}>${r.download}</button>
                    ${h.folder==="new"&&c`<button class="plain" onClick=${()=>p(I(`${n}/${h.media_id}`,{folder:"saved"}))}>${r.markHeard}</button>`}
                    <button class="danger" onClick=${()=>confirm(r.confirmDeleteMessage)&&p(O(`${n}/${h.media_id}`))}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}function gr(){let[e,t]=$(null),[n,o]=$(null),[a,s]=$(null),[i,u]=$(""),d=()=>Promise.all([y("vmboxes?paginate=false"),y("users?paginate=false")]).then(([f,h])=>t({boxes:f,users:h}),f=>u(f.message));C(d,[]);let l=()=>{o(null),s(null),d()};async function m(f){confirm(r.confirmDeleteVmbox(f.name))&&(await O(`vmboxes/${f.id}`).catch(h=>u(h.message)),d())}async function p(f){try{o(await y(`vmboxes/${f.id}`))}catch(h){u(h.message)}}if(n)return c`<${br} box=${n} users=${e.users} onDone=${l} />`;if(a)return c`<${Ve} box=${a} onDone=${l} />`;let _=f=>{let h=e.users.find(b=>b.id===f);return h?`${h.first_name} ${h.last_name}`:""};return c`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${r.vmboxes}</h2>
      <button onClick=${()=>o({})}>${r.addVmbox}</button>
    </div>
    <${x} message=${i} />
    ${e?e.boxes.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.vmboxes}>
            <thead><tr><th>${r.name}</th><th>${r.mailbox}</th><th>${r.owner}</th><th>${r.newMessages}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map(f=>c`<tr key=${f.id} data-vmbox=${f.mailbox}>
                  <td data-label=${r.name}>${f.name}</td>
                  <td data-label=${r.mailbox}>${f.mailbox}</td>
                  <td data-label=${r.owner}>${_(f.owner_id)}</td>
                  <td data-label=${r.newMessages} class="count">${f.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>s(f)} aria-label=${r.messagesOf(f.name)}>${r.messages}</button>
                    <button class="plain" onClick=${()=>p(f)} aria-label=${`${r.edit} ${f.name}`}>${r.edit}</button>
                    <button class="danger" onClick=${()=>m(f)} aria-label=${`${r.del} ${f.name}`}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}function Ye(e,t){if(!(t instanceof j))throw t;let n={};for(let[o,a]of Object.entries(t.fields))n[e==="userGroup"&&o.startsWith("numbers")?"extension":In(o)||o.split(".")[0]]=a;throw t.fields=n,t}async function vr(){let[e,t]=await Promise.all([y("groups?paginate=false"),y("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let o=t.filter(a=>a.group_id===n.id);return{...n,userCf:o.find(a=>a.type==="userGroup"),baseCf:o.find(a=>a.type==="baseGroup")}})}async function yr(e){let t=[];try{let n=await N("groups",xt({},e));t.push(()=>O(`groups/${n.id}`));let o=await N("callflows",kt({},n,e));t.push(()=>O(`callflows/${o.id}`)),await N("callflows",Ct({},n,o,e)).catch(a=>Ye("userGroup",a))}catch(n){for(let o of t.reverse())await o().catch(()=>{});Ye("groups",n)}}async function wr(e,t){try{let n=await I(`groups/${e.id}`,xt(await y(`groups/${e.id}`),t)),o=await I(`callflows/${e.baseCf.id}`,kt(await y(`callflows/${e.baseCf.id}`),n,t)),a=e.userCf?await y(`callflows/${e.userCf.id}`):{},s=Ct(a,n,o,t);await(e.userCf?I(`callflows/${e.userCf.id}`,s):N("callflows",s)).catch(i=>Ye("userGroup",i))}catch(n){Ye("groups",n)}}async function xr(e){for(let t of[e.userCf,e.baseCf])t&&await O(`callflows/${t.id}`);await O(`groups/${e.id}`)}var de=e=>/^\d+$/.test(String(e))?Number(e):NaN;function oa(e){let t={};return e.name.trim()||(t.name=r.required),/^\d{2,8}$/.test(e.extension)||(t.extension=r.extDigits),de(e.repeats)>=1&&de(e.repeats)<=10||(t.repeats=r.repeatsRange),e.members.length||(t.members=r.pickMember),e.members.length>be&&(t.members=r.tooManyMembers(be)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=r.badTimeline),{...t,...Ln(e)}}function kr({id:e,label:t,value:n,onChange:o,options:a,wide:s}){return c`<div class=${s?"field wide":"field"}>
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>o(i.target.value)}>
      ${a.map(([i,u])=>c`<option key=${i} value=${i}>${u}</option>`)}
    </select>
  </div>`}function Cr({group:e,users:t,vmboxes:n,media:o,onDone:a}){let[s,i]=$(e.form),[u,d]=$("20"),[l,m]=$({}),[p,_]=$(""),[f,h]=$(!1),b=M=>D=>i({...s,[M]:D}),g=M=>s.members.find(D=>D.id===M),v=M=>i({...s,members:g(M.id)?s.members.filter(D=>D.id!==M.id):[...s.members,{id:M.id,delay:0,timeout:20}]}),w=(M,D,G)=>i({...s,members:s.members.map(z=>z.id===M?{...z,[D]:de(G)}:z)});async function E(M){M.preventDefault();let D=oa(s);if(m(D),_(""),!Object.keys(D).length){h(!0);try{let G=V?s.members.map(ue=>({...ue,delay:0})):s.members,z={...s,members:G,name:s.name.trim(),repeats:de(s.repeats)};await(e.id?wr(e,z):yr(z)),a()}catch(G){m(G.fields||{}),_(`${r.failed} ${G.message}`),h(!1)}}}let P=s.members.length>=be,V=s.strategy!=="simultaneous";return c`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?r.editGroup:r.addGroup}</h2>
    <form onSubmit=${E} novalidate>
      <${x} message=${p} />
      <div class="grid">
        <${k} id="group_name" label=${r.name} value=${s.name} onInput=${b("name")} error=${l.name} required />
        <${k} id="group_extension" label=${r.extension} value=${s.extension} onInput=${b("extension")} error=${l.extension} required inputmode="numeric" />
        <${k} id="group_repeats" label=${r.repeats} value=${String(s.repeats)} onInput=${b("repeats")} error=${l.repeats} inputmode="numeric" />
        <${kr} id="group_strategy" label=${r.strategy} value=${s.strategy} onChange=${b("strategy")} options=${Object.entries(r.strategies)} />
        <${kr} id="group_next" wide label=${r.nextAction} value=${s.next_vmbox} onChange=${b("next_vmbox")}
          options=${[["",r.notAvailable],...n.map(M=>[M.id,r.toVoicemail(M.name,M.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${r.members(s.members.length,be)}</legend>
        ${l.members&&c`<p class="error" id="members-error" role="alert">${l.members}</p>`}
        <table class="list timeline" aria-label=${r.timeline}>
          <thead><tr><th>${r.member}</th>${!V&&c`<th>${r.startAfter}</th>`}<th>${r.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(M=>{let D=g(M.id),G=`${M.first_name} ${M.last_name}`;return c`<tr key=${M.id} data-member=${M.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+M.id} checked=${!!D} disabled=${!D&&P} onChange=${()=>v(M)} /><label for=${"m-"+M.id}>${G}</label></span></td>
                ${!V&&c`<td data-label=${r.startAfter}>${D&&c`<input class="delay" aria-label=${`${r.startAfter} ${G}`} inputmode="numeric" value=${Number.isNaN(D.delay)?"":D.delay} onInput=${z=>w(M.id,"delay",z.target.value)} />`}</td>`}
                <td data-label=${r.ringFor}>${D&&c`<input class="timeout" aria-label=${`${r.ringFor} ${G}`} inputmode="numeric" value=${Number.isNaN(D.timeout)?"":D.timeout} onInput=${z=>w(M.id,"timeout",z.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${k} id="group_total" label=${r.totalRing} value=${u} onInput=${d} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!s.members.length||!(de(u)>=1)} onClick=${()=>i({...s,members:Rn(s.members,de(u))})}>${r.distribute}</button>
        </div>
      </fieldset>
      <${Un} f=${s} set=${b} media=${o} errors=${l} />
      <div class="bar">
        <button type="submit" disabled=${f}>${f?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${a}>${r.cancel}</button>
      </div>
    </form>
  </section>`}async function aa(e){let t=e.baseCf?await y(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},o=(n.endpoints||[]).map(i=>({id:i.id,delay:Number(i.delay)||0,timeout:Number(i.timeout)||20})),a=e.userCf?(await y(`callflows/${e.userCf.id}`)).flow:null,s=a&&bt(a)?(bt(a).children||{})._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:s&&s.module==="voicemail"?s.data.id:"",members:o,...An(a,n)}}function Sr(){let[e,t]=$(null),[n,o]=$(null),[a,s]=$(""),i=()=>Promise.all([vr(),y("users?paginate=false"),y("vmboxes?paginate=false"),y("media?paginate=false")]).then(([l,m,p,_])=>t({groups:l,users:m,vmboxes:p,media:_}),l=>s(l.message));C(i,[]);async function u(l){try{o({...l,form:await aa(l)})}catch(m){s(m.message)}}async function d(l){confirm(r.confirmDeleteGroup(l.name))&&(await xr(l).catch(m=>s(m.message)),i())}return n?c`<${Cr}
      group=${n}
      users=${e.users}
      vmboxes=${e.vmboxes}
      media=${e.media}
      onDone=${()=>{o(null),i()}}
    />`:c`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${r.groups}</h2>
      <button disabled=${!e} onClick=${()=>o({form:{name:"",extension:"",repeats:1,strategy:"simultaneous",next_vmbox:"",members:[],..._t}})}>${r.addGroup}</button>
    </div>
    <${x} message=${a} />
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
  </section>`}function Nr(e,t){let n=[];for(let o of e){let a=o.type==="mainUserCallflow"&&t.find(s=>s.id===o.owner_id);a?n.push({id:o.id,label:r.assignUser(`${a.first_name} ${a.last_name}`)}):o.type==="userGroup"?n.push({id:o.id,label:r.assignGroup(o.name)}):o.type==="main"&&o.name==="MainCallflow"?n.push({id:o.id,label:r.mainNumber}):(o.modules||[]).includes("conference")&&!o.featurecode&&n.push({id:o.id,label:r.assignConference(o.name||o.id)})}return n.sort((o,a)=>o.label.localeCompare(a.label))}async function Pr(e,t){let n=await y(`callflows/${e}`);await B(`callflows/${e}`,{numbers:[...n.numbers||[],t]})}async function Er(e,t){let n=await y(`callflows/${e}`);await B(`callflows/${e}`,{numbers:(n.numbers||[]).filter(o=>o!==t)})}async function sa(){let[e,t,n]=await Promise.all([y("phone_numbers"),y("callflows?paginate=false"),y("users?paginate=false")]),o=Nr(t,n);return{rows:Object.entries(e.numbers||{}).map(([s,i])=>{let u=i.used_by_id&&t.find(l=>l.id===i.used_by_id),d=u&&o.find(l=>l.id===u.id);return{number:s,usedBy:d?d.label:u?u.name||u.id:i.used_by_id||"",assignedTo:d&&u.id}}).sort((s,i)=>s.number.localeCompare(i.number)),targets:o}}function ia({number:e,choices:t,onAssign:n}){let[o,a]=$(""),s=`assign-${e}`;return c`<span class="assign">
    <label class="sr" for=${s}>${r.assignTo(e)}</label>
    <select id=${s} value=${o} onChange=${i=>a(i.target.value)}>
      <option value="">${r.assignPick}</option>
      ${t.map(i=>c`<option key=${i.id} value=${i.id}>${i.label}</option>`)}
    </select>
    <button disabled=${!o} onClick=${()=>n(o)}>${r.assign}</button>
  </span>`}function Mr(){let[e,t]=$(null),[n,o]=$(""),[a,s]=$(""),[i,u]=$(""),d=()=>sa().then(t,f=>u(f.message)),l=e&&e.rows,m=f=>f.then(()=>u(""),h=>u(h.message)).then(d);C(d,[]);async function p(f){f.preventDefault();let h=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(h))return s(r.badPhoneNumber);s("");try{await N(`phone_numbers/${encodeURIComponent(h)}`,{}),o(""),d()}catch(b){s(b.fields.number||b.message)}}async function _(f){confirm(r.confirmDeleteNumber(f))&&(await O(`phone_numbers/${encodeURIComponent(f)}`).catch(h=>u(h.message)),d())}return c`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${r.numbers}</h2>
    <${x} message=${i} />
    ${l?l.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.numbers}>
            <thead><tr><th>${r.number}</th><th>${r.usedBy}</th><th><span class="sr">${r.del}</span></th></tr></thead>
            <tbody>
              ${l.map(f=>c`<tr key=${f.number} data-number=${f.number}>
                  <td data-label=${r.number} class="main-number">${f.number}</td>
                  <td data-label=${r.usedBy} class="used-by">${f.usedBy||r.spare}</td>
                  <td class="actions">
                    ${!f.usedBy&&c`<${ia} number=${f.number} choices=${e.targets} onAssign=${h=>m(Pr(h,f.number))} />`}
                    ${f.assignedTo&&c`<button class="plain" onClick=${()=>m(Er(f.assignedTo,f.number))} aria-label=${`${r.unassign} ${f.number}`}>${r.unassign}</button>`}
                    ${!f.usedBy&&c`<button class="danger" onClick=${()=>_(f.number)} aria-label=${`${r.remove} ${f.number}`}>${r.remove}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
    <form onSubmit=${p} novalidate>
      <${k} id="new_number" label=${r.number} value=${n} onInput=${o} error=${a} inputmode="tel" />
      <button type="submit">${r.addPhoneNumber}</button>
    </form>
  </section>`}var Or=e=>e.split(/[\s,;]+/).filter(Boolean);function Fr(e){return{name:e.name.trim(),conference_numbers:[e.number],member:{pins:Or(e.member_pins),join_muted:e.join_muted},moderator:{pins:Or(e.moderator_pins)}}}var Bt=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:De(e,n.number),flow:{module:"conference",data:{id:t.id},children:{}}});function Ar(e){if(!(e instanceof j))throw e;let t={};for(let[n,o]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=o;throw e.fields=t,e}var Dr=e=>y(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function Tr(e){let t=null;try{t=await N("conferences",Fr(e)),await N("callflows",Bt({},t,e))}catch(n){t&&await O(`conferences/${t.id}`).catch(()=>{}),Ar(n)}}async function Ir(e,t){try{let n=await B(`conferences/${e}`,Fr(t)),[o]=await Dr(e);o?await I(`callflows/${o.id}`,Bt(await y(`callflows/${o.id}`),n,t)):await N("callflows",Bt({},n,t))}catch(n){Ar(n)}}async function Lr(e){for(let t of await Dr(e))await O(`callflows/${t.id}`);await O(`conferences/${e}`)}var la=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function ca(e){let t={};e.name.trim()||(t.name=r.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=r.extDigits);for(let n of["member_pins","moderator_pins"])la.test(e[n].trim())||(t[n]=r.pinList);return t}function Ur({conf:e,onDone:t}){let n=!e.id,[o,a]=$({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[s,i]=$({}),[u,d]=$(""),[l,m]=$(!1),p=f=>h=>a({...o,[f]:h});async function _(f){f.preventDefault();let h=ca(o);if(i(h),d(""),!Object.keys(h).length){m(!0);try{n?await Tr(o):await Ir(e.id,o),t()}catch(b){i(b.fields||{}),d(`${r.failed} ${b.message}`),m(!1)}}}return c`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?r.addConference:r.editConference}</h2>
    <form onSubmit=${_} novalidate>
      <${x} message=${u} />
      <div class="grid">
        <${k} id="conf_name" label=${r.name} value=${o.name} onInput=${p("name")} error=${s.name} required />
        <${k} id="conf_number" label=${r.confNumber} value=${o.number} onInput=${p("number")} error=${s.number} required inputmode="tel" />
        <${k} id="conf_member_pins" label=${r.memberPins} value=${o.member_pins} onInput=${p("member_pins")} error=${s.member_pins||s.member} inputmode="numeric" autocomplete="off" />
        <${k} id="conf_moderator_pins" label=${r.moderatorPins} value=${o.moderator_pins} onInput=${p("moderator_pins")} error=${s.moderator_pins||s.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${H} id="conf_join_muted" label=${r.joinMuted} checked=${o.join_muted} onChange=${p("join_muted")} />
      <div class="bar">
        <button type="submit" disabled=${l}>${l?r.saving:r.save}</button>
        <button type="button" class="plain" onClick=${t}>${r.cancel}</button>
      </div>
    </form>
  </section>`}var Rr=e=>(e&&e.pins||[]).length;function Br(){let[e,t]=$(null),[n,o]=$(null),[a,s]=$(""),i=()=>y("conferences?paginate=false").then(t,l=>s(l.message));C(i,[]);async function u(l){try{o(await y(`conferences/${l.id}`))}catch(m){s(m.message)}}async function d(l){confirm(r.confirmDeleteConference(l.name))&&(await Lr(l.id).catch(m=>s(m.message)),i())}return n?c`<${Ur}
      conf=${n}
      onDone=${()=>{o(null),i()}}
    />`:c`<section aria-labelledby="conf-h">
    <div class="bar">
      <h2 id="conf-h">${r.conferences}</h2>
      <button onClick=${()=>o({})}>${r.addConference}</button>
    </div>
    <${x} message=${a} />
    ${e?e.length===0?c`<p>${r.none}</p>`:c`<table class="list" aria-label=${r.conferences}>
            <thead><tr><th>${r.name}</th><th>${r.confNumber}</th><th>${r.pins}</th><th><span class="sr">${r.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(l=>c`<tr key=${l.id} data-conference=${l.name}>
                  <td data-label=${r.name}>${l.name}</td>
                  <td data-label=${r.confNumber} class="ext">${(l.conference_numbers||[]).join(", ")}</td>
                  <td data-label=${r.pins} class="pins">${r.pinSummary(Rr(l.member),Rr(l.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>u(l)} aria-label=${`${r.edit} ${l.name}`}>${r.edit}</button>
                    <button class="danger" onClick=${()=>d(l)} aria-label=${`${r.del} ${l.name}`}>${r.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${r.loading}</p>`}
  </section>`}var da=(e,t)=>({...e,numbers:e.numbers.map(n=>n.replace("{code}",t)),patterns:e.patterns.map(n=>n.replace("{code}",t.replace(/\*/g,"\\*"))),featurecode:{...e.featurecode,number:t}}),ua=e=>/^[0-9*]{1,6}$/.test(e),ma=(e,t)=>(e.star?`*${t}`:t)+(e.takes_digits?"\u2026":"");function fa({row:e,taken:t,onSaved:n}){let[o,a]=$(e.number),[s,i]=$(e.enabled),[u,d]=$(""),[l,m]=$(!1),p=o!==e.number||s!==e.enabled,_=`fc-${e.name.replace(/[^a-z0-9]/gi,"_")}`,f=r.fcNames[e.name]||e.name;async function h(){if(s&&!ua(o))return d(r.fcDigits);if(s&&t(e,o))return d(r.fcTaken(ma(e,o)));d(""),m(!0);try{let b=da(e.template,o);s?e.enabled?await B(`callflows/${e.callflow_id}`,{numbers:b.numbers,patterns:b.patterns,featurecode:b.featurecode}):await N("callflows",b):await O(`callflows/${e.callflow_id}`),n()}catch(b){d(b.fields.numbers||b.fields.patterns||b.message),m(!1)}}return c`<tr data-code=${e.name} class=${e.handled?"":"muted"}>
    <td data-label=${r.fcWhat}>${f}${!e.handled&&c`<br /><small>${r.fcNotRun}</small>`}</td>
    <td data-label=${r.fcCode}>
      <span class="code-input">${e.star?"*":""}<input id=${_} aria-label=${`${r.fcCode}: ${f}`} value=${o} inputmode="tel" size="6"
        aria-invalid=${u?"true":void 0} onInput=${b=>a(b.target.value.trim())} disabled=${!s} />${e.takes_digits?"\u2026":""}</span>
      ${u&&c`<p class="error" role="alert">${u}</p>`}
    </td>
    <td data-label=${r.fcOn}><input type="checkbox" aria-label=${`${r.fcOn}: ${f}`} checked=${s} disabled=${!e.handled&&!e.enabled}
      onChange=${b=>i(b.target.checked)} /></td>
    <td class="actions">${p&&c`<button type="button" disabled=${l} onClick=${h} aria-label=${`${r.save}: ${f}`}>${r.save}</button>`}</td>
  </tr>`}function jr(){let[e,t]=$(null),[n,o]=$(""),a=()=>y("feature_codes").then(t,i=>o(i.message));C(a,[]);let s=(i,u)=>e.some(d=>d!==i&&d.enabled&&d.star===i.star&&d.number===u);return c`<section aria-labelledby="fc-h">
    <h2 id="fc-h">${r.featureCodes}</h2>
    <p class="hint">${r.fcHint}</p>
    <${x} message=${n} />
    ${e?c`<table class="list" aria-label=${r.featureCodes}>
          <thead><tr><th>${r.fcWhat}</th><th>${r.fcCode}</th><th>${r.fcOn}</th><th><span class="sr">${r.save}</span></th></tr></thead>
          <tbody>${e.map(i=>c`<${fa} key=${`${i.name}/${i.callflow_id}/${i.number}`} row=${i} taken=${s} onSaved=${a} />`)}</tbody>
        </table>`:c`<p>${r.loading}</p>`}
  </section>`}var pa=/^\+?\d{2,15}$/;function $a(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function Hr({user:e,onSaved:t}){let[n,o]=$($a(e)),[a,s]=$({}),[i,u]=$(""),[d,l]=$(!1),[m,p]=$(!1),_=h=>b=>{l(!1),o({...n,[h]:b})};async function f(h){h.preventDefault();let b=n.forward&&!pa.test(n.number.trim())?{"call_forward.number":r.forwardNumber}:{};if(s(b),u(""),!Object.keys(b).length){p(!0);try{let g=await B(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});l(!0),t&&t(g)}catch(g){s(g.fields||{}),u(`${r.failed} ${g.message}`)}p(!1)}}return c`<form onSubmit=${f} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${r.callHandling}</h3>
    <${x} message=${i} />
    <${H} id="dnd" label=${r.dnd} checked=${n.dnd} onChange=${_("dnd")} />
    <${H} id="forward" label=${r.forward} checked=${n.forward} onChange=${_("forward")} />
    ${n.forward&&c`<fieldset>
      <${k} id="forward_number" label=${r.forwardTo} value=${n.number} onInput=${_("number")} error=${a["call_forward.number"]} inputmode="tel" />
      <${H} id="ring_devices" label=${r.ringDevicesToo} checked=${n.ring_devices} onChange=${_("ring_devices")} />
      <${H} id="direct_calls_only" label=${r.directCallsOnly} checked=${n.direct_calls_only} onChange=${_("direct_calls_only")} />
      <${H} id="keep_caller_id" label=${r.keepCallerId} checked=${n.keep_caller_id} onChange=${_("keep_caller_id")} />
      <${H} id="require_keypress" label=${r.requireKeypress} checked=${n.require_keypress} onChange=${_("require_keypress")} />
    </fieldset>`}
    ${d&&c`<p class="ok" role="status">${r.saved}</p>`}
    <button type="submit" disabled=${m}>${m?r.saving:r.save}</button>
  </form>`}var Gr=(e,t)=>/^\d+$/.test(String(e))&&Number(e)>=t&&Number(e)<=300;function zr({userId:e}){let[t,n]=$(null),[o,a]=$(null),[s,i]=$({}),[u,d]=$(""),[l,m]=$(!1),p=(h,b)=>{let g=Object.fromEntries(h.endpoints.map(v=>[v.id,v]));a({enabled:h.enabled,rows:b.map(v=>({id:v.id,name:v.name,on:!!g[v.id],delay:String(g[v.id]?.delay??0),timeout:String(g[v.id]?.timeout??20)}))})};if(C(()=>{Promise.all([y(`users/${e}/find_me_follow_me`),y(`users/${e}/devices`)]).then(([h,b])=>{n(b),p(h,b)},h=>d(h.message))},[]),!o)return c`<div class="card"><h3>${r.followMe}</h3><${x} message=${u} />${!u&&r.loading}</div>`;let _=(h,b,g)=>a({...o,rows:o.rows.map((v,w)=>w===h?{...v,[b]:g}:v)});async function f(h){h.preventDefault(),m(!1),d("");let b=o.rows.filter(v=>v.on),g={};if(o.enabled&&!b.length&&(g.rows=r.pickPhone),o.rows.forEach((v,w)=>{v.on&&(!Gr(v.delay,0)||!Gr(v.timeout,1))&&(g[w]=r.badTimeline)}),i(g),!Object.keys(g).length)try{let v=b.map(w=>({id:w.id,delay:Number(w.delay),timeout:Number(w.timeout)}));p(await I(`users/${e}/find_me_follow_me`,{enabled:o.enabled,endpoints:o.enabled?v:[]}),t),m(!0)}catch(v){let w={};for(let[E,P]of Object.entries(v.fields||{})){let V=/^endpoints\.(\d+)\./.exec(E);V?w[o.rows.indexOf(b[Number(V[1])])]=P:w.rows=P}i(w),d(`${r.failed} ${v.message}`)}}return c`<form class="card" onSubmit=${f} novalidate aria-labelledby="fmfm-h">
    <h3 id="fmfm-h">${r.followMe}</h3>
    <p class="hint">${r.followMeHint}</p>
    <${x} message=${u} />
    <${H} id="fmfm_on" label=${r.followMeOn} checked=${o.enabled} onChange=${h=>a({...o,enabled:h})} />
    ${o.enabled&&c`${s.rows&&c`<p class="error" role="alert">${s.rows}</p>`}
      <table class="list timeline" aria-label=${r.followMe}>
        <thead><tr><th>${r.myDevices}</th><th>${r.startAfter}</th><th>${r.ringFor}</th></tr></thead>
        <tbody>
          ${o.rows.map((h,b)=>c`<tr key=${h.id} data-fmfm=${h.name}>
              <td><span class="check"><input type="checkbox" id=${"fm-"+h.id} checked=${h.on} onChange=${g=>_(b,"on",g.target.checked)} /><label for=${"fm-"+h.id}>${h.name}</label></span>
                ${s[b]&&c`<p class="error" role="alert">${s[b]}</p>`}</td>
              <td data-label=${r.startAfter}>${h.on&&c`<input aria-label=${`${r.startAfter} ${h.name}`} inputmode="numeric" value=${h.delay} onInput=${g=>_(b,"delay",g.target.value)} />`}</td>
              <td data-label=${r.ringFor}>${h.on&&c`<input aria-label=${`${r.ringFor} ${h.name}`} inputmode="numeric" value=${h.timeout} onInput=${g=>_(b,"timeout",g.target.value)} />`}</td>
            </tr>`)}
        </tbody>
      </table>`}
    <div class="bar"><button type="submit">${r.save}</button>${l&&c`<span class="ok" role="status">${r.saved}</span>`}</div>
  </form>`}var ha=5e3;function _a({userId:e}){let[t,n]=$(null),[o,a]=$("");return C(()=>{let s=()=>y(`users/${e}/devices`).then(n,u=>a(u.message));s();let i=setInterval(s,ha);return()=>clearInterval(i)},[]),c`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${r.myDevices}</h3>
    <${x} message=${o} />
    ${t?t.length===0?r.none:c`<ul class="my-devices">
            ${t.map(s=>c`<li key=${s.id} data-device=${s.name}>
                <span class=${s.registered?"dot on":"dot"}>${s.name} · ${s.registered?r.registered:r.notRegistered}</span>
              </li>`)}
          </ul>`:r.loading}
  </div>`}function qr(){let[e,t]=$(null),[n,o]=$("");return C(()=>{y(`users/${S.value.owner}`).then(t,a=>o(a.message))},[]),c`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:r.myPhone}</h2>
    <${x} message=${n} />
    ${e&&c`<div class="stack">
      <${_a} userId=${e.id} />
      <${Hr} user=${e} onSaved=${t} />
      <${zr} userId=${e.id} />
      <${ce} username=${e.username} />
    </div>`}
  </section>`}async function ba(e,t){let n=await fetch("/v2/"+X(`vmboxes/${e}/greeting`),{method:"POST",headers:{"X-Auth-Token":S.value.token,"Content-Type":Lt(t),Accept:"application/json"},body:t});if(!n.ok)throw new j(n.status,await n.json().catch(()=>null))}function Wr({box:e}){let[t,n]=$(""),[o,a]=$(""),[s,i]=$(null),[u,d]=$({}),[l,m]=$(""),[p,_]=$(!1),f=()=>y(`vmboxes/${e.id}`).then(v=>_(!!(v.media&&v.media.unavailable)),()=>{});C(f,[]);let h=v=>`${v}_${e.mailbox}`;async function b(v){v.preventDefault(),m("");let w={};if(/^\d{4,6}$/.test(t)?t!==o&&(w.again=r.pinMismatch):w.pin=r.pinDigits,d(w),!Object.keys(w).length)try{await B(`vmboxes/${e.id}`,{pin:t}),n(""),a(""),m("pin")}catch(E){d({pin:E.fields.pin||E.message})}}async function g(v){if(v.preventDefault(),m(""),!s||!We(s))return d({greeting:r.greetingType});d({});try{await ba(e.id,s),m("greeting"),f()}catch(w){d({greeting:w.fields.media||w.message})}}return c`<div class="card" data-settings=${e.mailbox}>
    <h3>${r.boxSettings(e.name,e.mailbox)}</h3>
    <form onSubmit=${b} novalidate>
      <${k} id=${h("pin")} label=${r.newPin} type="password" value=${t} onInput=${n} error=${u.pin} inputmode="numeric" autocomplete="new-password" />
      <${k} id=${h("pin_again")} label=${r.newPinAgain} type="password" value=${o} onInput=${a} error=${u.again} inputmode="numeric" autocomplete="new-password" />
      <div class="bar"><button type="submit">${r.changePin}</button>${l==="pin"&&c`<span class="ok" role="status">${r.pinChanged}</span>`}</div>
    </form>
    <form onSubmit=${g} novalidate>
      <div class="field">
        <label for=${h("greeting")}>${r.greeting}</label>
        <input id=${h("greeting")} type="file" accept="audio/wav,audio/mpeg,.wav,.mp3" aria-invalid=${u.greeting?"true":void 0}
          onChange=${v=>i(v.target.files[0]||null)} />
        ${u.greeting&&c`<p class="error" id=${h("greeting")+"-error"} role="alert">${u.greeting}</p>`}
        <p class="hint">${p?r.greetingSet:r.greetingNone}</p>
      </div>
      <div class="bar"><button type="submit">${r.uploadGreeting}</button>${l==="greeting"&&c`<span class="ok" role="status">${r.greetingSaved}</span>`}</div>
    </form>
  </div>`}function Vr(){let[e,t]=$(null),[n,o]=$(null),[a,s]=$(""),i=()=>y("vmboxes?paginate=false").then(t,u=>s(u.message));return C(i,[]),n?c`<${Ve}
      box=${n}
      onDone=${()=>{o(null),i()}}
    />`:c`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${r.vmboxes}</h2>
    <${x} message=${a} />
    ${e?e.length===0?c`<p>${r.noBox}</p>`:c`<ul class="numbers">
            ${e.map(u=>c`<li key=${u.id} data-vmbox=${u.mailbox}>
                <span>${u.name} (${u.mailbox}) · ${r.messageCount(u.messages||0)}</span>
                <button onClick=${()=>o(u)} aria-label=${r.messagesOf(u.name)}>${r.messages}</button>
              </li>`)}
          </ul>`:c`<p>${r.loading}</p>`}
    ${e&&c`<div class="stack">${e.map(u=>c`<${Wr} key=${u.id} box=${u} />`)}</div>`}
  </section>`}var ga={dashboard:[r.dashboard,On],users:[r.users,zn],devices:[r.devices,Vn],groups:[r.groups,Sr],calls:[r.callLogs,Xn],main:[r.mainNumber,Be],voicemail:[r.vmboxes,gr],conferences:[r.conferences,Br],codes:[r.featureCodes,jr],numbers:[r.numbers,Mr],settings:[r.settings,$r]},va={me:[r.myPhone,qr],myvoicemail:[r.vmboxes,Vr],mycalls:[r.myCalls,Zn]},Xe=()=>S.value&&S.value.admin===!1?va:ga,jt=q(location.hash.slice(1));addEventListener("hashchange",()=>jt.value=location.hash.slice(1));var ya=()=>jt.value in Xe()?jt.value:Object.keys(Xe())[0],Yr=null;ne(()=>{let e=S.value;e||(oe.value=null),e&&e.admin!==!1&&Yr!==e.token&&(Yr=e.token,dr().catch(()=>{}))});function wa(){if(!S.value)return c`<${En} />`;let e=ya(),[,t]=Xe()[e];return c`<header>
      <strong>${r.app}</strong>
      <nav aria-label=${r.menu}>
        ${Object.entries(Xe()).map(([n,[o]])=>c`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${o}</a>`)}
      </nav>
      <button class="plain" onClick=${Ae}>${r.logout}</button>
    </header>
    <main>${oe.value?c`<${mr} />`:c`<${t} key=${e} />`}</main>`}at(c`<${wa} />`,document.getElementById("app"));
