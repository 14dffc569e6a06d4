var xe,F,Vt,et,J,Gt,Yt,Ke,Xt,tt,Je,Qe,Zo,fe={},Zt=[],Ko=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,nt=Array.isArray;function Z(e,t){for(var n in t)e[n]=t[n];return e}function ot(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function ke(e,t,n){var r,a,s,i={};for(s in t)s=="key"?r=t[s]:s=="ref"?a=t[s]:i[s]=t[s];if(arguments.length>2&&(i.children=arguments.length>3?xe.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)i[s]===void 0&&(i[s]=e.defaultProps[s]);return ye(e,i,r,a,null)}function ye(e,t,n,r,a){var s={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:a??++Vt,__i:-1,__u:0};return a==null&&F.vnode!=null&&F.vnode(s),s}function Ce(e){return e.children}function Q(e,t){this.props=e,this.context=t}function ae(e,t){if(t==null)return e.__?ae(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?ae(e):null}function Kt(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return Kt(e)}}function zt(e){(!e.__d&&(e.__d=!0)&&J.push(e)&&!we.__r++||Gt!==F.debounceRendering)&&((Gt=F.debounceRendering)||Yt)(we)}function we(){var e,t,n,r,a,s,i,u;for(J.sort(Ke);e=J.shift();)e.__d&&(t=J.length,r=void 0,s=(a=(n=e).__v).__e,i=[],u=[],n.__P&&((r=Z({},a)).__v=a.__v+1,F.vnode&&F.vnode(r),rt(n.__P,r,a,n.__n,n.__P.namespaceURI,32&a.__u?[s]:null,i,s??ae(a),!!(32&a.__u),u),r.__v=a.__v,r.__.__k[r.__i]=r,en(i,r,u),r.__e!=s&&Kt(r)),J.length>t&&J.sort(Ke));we.__r=0}function Jt(e,t,n,r,a,s,i,u,d,l,f){var p,_,m,b,h,g,v=r&&r.__k||Zt,w=t.length;for(d=Jo(n,t,v,d,w),p=0;p<w;p++)(m=n.__k[p])!=null&&(_=m.__i===-1?fe:v[m.__i]||fe,m.__i=p,g=rt(e,m,_,a,s,i,u,d,l,f),b=m.__e,m.ref&&_.ref!=m.ref&&(_.ref&&at(_.ref,null,m),f.push(m.ref,m.__c||b,m)),h==null&&b!=null&&(h=b),4&m.__u||_.__k===m.__k?d=Qt(m,d,e):typeof m.type=="function"&&g!==void 0?d=g:b&&(d=b.nextSibling),m.__u&=-7);return n.__e=h,d}function Jo(e,t,n,r,a){var s,i,u,d,l,f=n.length,p=f,_=0;for(e.__k=new Array(a),s=0;s<a;s++)(i=t[s])!=null&&typeof i!="boolean"&&typeof i!="function"?(d=s+_,(i=e.__k[s]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?ye(null,i,null,null,null):nt(i)?ye(Ce,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?ye(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,u=null,(l=i.__i=Qo(i,n,d,p))!==-1&&(p--,(u=n[l])&&(u.__u|=2)),u==null||u.__v===null?(l==-1&&_--,typeof i.type!="function"&&(i.__u|=4)):l!=d&&(l==d-1?_--:l==d+1?_++:(l>d?_--:_++,i.__u|=4))):e.__k[s]=null;if(p)for(s=0;s<f;s++)(u=n[s])!=null&&!(2&u.__u)&&(u.__e==r&&(r=ae(u)),tn(u,u));return r}function Qt(e,t,n){var r,a;if(typeof e.type=="function"){for(r=e.__k,a=0;r&&a<r.length;a++)r[a]&&(r[a].__=e,t=Qt(r[a],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=ae(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Qo(e,t,n,r){var a,s,i=e.key,u=e.type,d=t[n];if(d===null||d&&i==d.key&&u===d.type&&!(2&d.__u))return n;if(r>(d!=null&&!(2&d.__u)?1:0))for(a=n-1,s=n+1;a>=0||s<t.length;){if(a>=0){if((d=t[a])&&!(2&d.__u)&&i==d.key&&u===d.type)return a;a--}if(s<t.length){if((d=t[s])&&!(2&d.__u)&&i==d.key&&u===d.type)return s;s++}}return-1}function qt(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||Ko.test(t)?n:n+"px"}function ve(e,t,n,r,a){var s;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||qt(e.style,t,"");if(n)for(t in n)r&&n[t]===r[t]||qt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(Xt,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=n,n?r?n.u=r.u:(n.u=tt,e.addEventListener(t,s?Qe:Je,s)):e.removeEventListener(t,s?Qe:Je,s);else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function Wt(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=tt++;else if(t.t<n.u)return;return n(F.event?F.event(t):t)}}}function rt(e,t,n,r,a,s,i,u,d,l){var f,p,_,m,b,h,g,v,w,N,C,H,E,T,z,q,ue,Y=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(d=!!(32&n.__u),s=[u=t.__e=n.__e]),(f=F.__b)&&f(t);e:if(typeof Y=="function")try{if(v=t.props,w="prototype"in Y&&Y.prototype.render,N=(f=Y.contextType)&&r[f.__c],C=f?N?N.props.value:f.__:r,n.__c?g=(p=t.__c=n.__c).__=p.__E:(w?t.__c=p=new Y(v,C):(t.__c=p=new Q(v,C),p.constructor=Y,p.render=tr),N&&N.sub(p),p.props=v,p.state||(p.state={}),p.context=C,p.__n=r,_=p.__d=!0,p.__h=[],p._sb=[]),w&&p.__s==null&&(p.__s=p.state),w&&Y.getDerivedStateFromProps!=null&&(p.__s==p.state&&(p.__s=Z({},p.__s)),Z(p.__s,Y.getDerivedStateFromProps(v,p.__s))),m=p.props,b=p.state,p.__v=t,_)w&&Y.getDerivedStateFromProps==null&&p.componentWillMount!=null&&p.componentWillMount(),w&&p.componentDidMount!=null&&p.__h.push(p.componentDidMount);else{if(w&&Y.getDerivedStateFromProps==null&&v!==m&&p.componentWillReceiveProps!=null&&p.componentWillReceiveProps(v,C),!p.__e&&(p.shouldComponentUpdate!=null&&p.shouldComponentUpdate(v,p.__s,C)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(p.props=v,p.state=p.__s,p.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(me){me&&(me.__=t)}),H=0;H<p._sb.length;H++)p.__h.push(p._sb[H]);p._sb=[],p.__h.length&&i.push(p);break e}p.componentWillUpdate!=null&&p.componentWillUpdate(v,p.__s,C),w&&p.componentDidUpdate!=null&&p.__h.push(function(){p.componentDidUpdate(m,b,h)})}if(p.context=C,p.props=v,p.__P=e,p.__e=!1,E=F.__r,T=0,w){for(p.state=p.__s,p.__d=!1,E&&E(t),f=p.render(p.props,p.state,p.context),z=0;z<p._sb.length;z++)p.__h.push(p._sb[z]);p._sb=[]}else do p.__d=!1,E&&E(t),f=p.render(p.props,p.state,p.context),p.state=p.__s;while(p.__d&&++T<25);p.state=p.__s,p.getChildContext!=null&&(r=Z(Z({},r),p.getChildContext())),w&&!_&&p.getSnapshotBeforeUpdate!=null&&(h=p.getSnapshotBeforeUpdate(m,b)),u=Jt(e,nt(q=f!=null&&f.type===Ce&&f.key==null?f.props.children:f)?q:[q],t,n,r,a,s,i,u,d,l),p.base=t.__e,t.__u&=-161,p.__h.length&&i.push(p),g&&(p.__E=p.__=null)}catch(me){if(t.__v=null,d||s!=null)if(me.then){for(t.__u|=d?160:128;u&&u.nodeType==8&&u.nextSibling;)u=u.nextSibling;s[s.indexOf(u)]=null,t.__e=u}else for(ue=s.length;ue--;)ot(s[ue]);else t.__e=n.__e,t.__k=n.__k;F.__e(me,t,n)}else s==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):u=t.__e=er(n.__e,t,n,r,a,s,i,d,l);return(f=F.diffed)&&f(t),128&t.__u?void 0:u}function en(e,t,n){for(var r=0;r<n.length;r++)at(n[r],n[++r],n[++r]);F.__c&&F.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(s){s.call(a)})}catch(s){F.__e(s,a.__v)}})}function er(e,t,n,r,a,s,i,u,d){var l,f,p,_,m,b,h,g=n.props,v=t.props,w=t.type;if(w=="svg"?a="http://www.w3.org/2000/svg":w=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),s!=null){for(l=0;l<s.length;l++)if((m=s[l])&&"setAttribute"in m==!!w&&(w?m.localName==w:m.nodeType==3)){e=m,s[l]=null;break}}if(e==null){if(w==null)return document.createTextNode(v);e=document.createElementNS(a,w,v.is&&v),u&&(F.__m&&F.__m(t,s),u=!1),s=null}if(w===null)g===v||u&&e.data===v||(e.data=v);else{if(s=s&&xe.call(e.childNodes),g=n.props||fe,!u&&s!=null)for(g={},l=0;l<e.attributes.length;l++)g[(m=e.attributes[l]).name]=m.value;for(l in g)if(m=g[l],l!="children"){if(l=="dangerouslySetInnerHTML")p=m;else if(!(l in v)){if(l=="value"&&"defaultValue"in v||l=="checked"&&"defaultChecked"in v)continue;ve(e,l,null,m,a)}}for(l in v)m=v[l],l=="children"?_=m:l=="dangerouslySetInnerHTML"?f=m:l=="value"?b=m:l=="checked"?h=m:u&&typeof m!="function"||g[l]===m||ve(e,l,m,g[l],a);if(f)u||p&&(f.__html===p.__html||f.__html===e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(p&&(e.innerHTML=""),Jt(e,nt(_)?_:[_],t,n,r,w=="foreignObject"?"http://www.w3.org/1999/xhtml":a,s,i,s?s[0]:n.__k&&ae(n,0),u,d),s!=null)for(l=s.length;l--;)ot(s[l]);u||(l="value",w=="progress"&&b==null?e.removeAttribute("value"):b!==void 0&&(b!==e[l]||w=="progress"&&!b||w=="option"&&b!==g[l])&&ve(e,l,b,g[l],a),l="checked",h!==void 0&&h!==e[l]&&ve(e,l,h,g[l],a))}return e}function at(e,t,n){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(a){F.__e(a,n)}}function tn(e,t,n){var r,a;if(F.unmount&&F.unmount(e),(r=e.ref)&&(r.current&&r.current!==e.__e||at(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(s){F.__e(s,t)}r.base=r.__P=null}if(r=e.__k)for(a=0;a<r.length;a++)r[a]&&tn(r[a],t,n||typeof e.type!="function");n||ot(e.__e),e.__c=e.__=e.__e=void 0}function tr(e,t,n){return this.constructor(e,n)}function st(e,t,n){var r,a,s,i;t==document&&(t=document.documentElement),F.__&&F.__(e,t),a=(r=typeof n=="function")?null:n&&n.__k||t.__k,s=[],i=[],rt(t,e=(!r&&n||t).__k=ke(Ce,null,[e]),a||fe,fe,t.namespaceURI,!r&&n?[n]:a?null:t.firstChild?xe.call(t.childNodes):null,s,!r&&n?n:a?a.__e:t.firstChild,r,i),en(s,e,i)}xe=Zt.slice,F={__e:function(e,t,n,r){for(var a,s,i;t=t.__;)if((a=t.__c)&&!a.__)try{if((s=a.constructor)&&s.getDerivedStateFromError!=null&&(a.setState(s.getDerivedStateFromError(e)),i=a.__d),a.componentDidCatch!=null&&(a.componentDidCatch(e,r||{}),i=a.__d),i)return a.__E=a}catch(u){e=u}throw e}},Vt=0,et=function(e){return e!=null&&e.constructor==null},Q.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=Z({},this.state),typeof e=="function"&&(e=e(Z({},n),this.props)),e&&Z(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),zt(this))},Q.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),zt(this))},Q.prototype.render=Ce,J=[],Yt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Ke=function(e,t){return e.__v.__b-t.__v.__b},we.__r=0,Xt=/(PointerCapture)$|Capture$/i,tt=0,Je=Wt(!1),Qe=Wt(!0),Zo=0;var on=function(e,t,n,r){var a;t[0]=0;for(var s=1;s<t.length;s++){var i=t[s++],u=t[s]?(t[0]|=i?1:2,n[t[s++]]):t[++s];i===3?r[0]=u:i===4?r[1]=Object.assign(r[1]||{},u):i===5?(r[1]=r[1]||{})[t[++s]]=u:i===6?r[1][t[++s]]+=u+"":i?(a=e.apply(u,on(e,u,n,["",null])),r.push(a),u[0]?t[0]|=2:(t[s-2]=0,t[s]=a)):r.push(u)}return r},nn=new Map;function rn(e){var t=nn.get(this);return t||(t=new Map,nn.set(this,t)),(t=on(this,t.get(e)||(t.set(e,t=function(n){for(var r,a,s=1,i="",u="",d=[0],l=function(_){s===1&&(_||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,_,i):s===3&&(_||i)?(d.push(3,_,i),s=2):s===2&&i==="..."&&_?d.push(4,_,0):s===2&&i&&!_?d.push(5,0,!0,i):s>=5&&((i||!_&&s===5)&&(d.push(s,0,i,a),s=6),_&&(d.push(s,_,0,a),s=6)),i=""},f=0;f<n.length;f++){f&&(s===1&&l(),l(f));for(var p=0;p<n[f].length;p++)r=n[f][p],s===1?r==="<"?(l(),d=[d],s=3):i+=r:s===4?i==="--"&&r===">"?(s=1,i=""):i=r+i[0]:u?r===u?u="":i+=r:r==='"'||r==="'"?u=r:r===">"?(l(),s=1):s&&(r==="="?(s=5,a=i,i=""):r==="/"&&(s<5||n[f][p+1]===">")?(l(),s===3&&(d=d[0]),s=d,(d=d[0]).push(2,0,s),s=0):r===" "||r==="	"||r===`
`||r==="\r"?(l(),s=2):i+=r),s===3&&i==="!--"&&(s=4,d=d[0])}return l(),d}(e)),t),arguments,[])).length>1?t:t[0]}var c=rn.bind(ke);var pe,I,it,an,Ne=0,pn=[],L=F,sn=L.__b,ln=L.__r,cn=L.diffed,dn=L.__c,un=L.unmount,mn=L.__;function ct(e,t){L.__h&&L.__h(I,e,Ne||t),Ne=0;var n=I.__H||(I.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function $(e){return Ne=1,nr(hn,e)}function nr(e,t,n){var r=ct(pe++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):hn(void 0,t),function(u){var d=r.__N?r.__N[0]:r.__[0],l=r.t(d,u);d!==l&&(r.__N=[l,r.__[1]],r.__c.setState({}))}],r.__c=I,!I.u)){var a=function(u,d,l){if(!r.__c.__H)return!0;var f=r.__c.__H.__.filter(function(_){return!!_.__c});if(f.every(function(_){return!_.__N}))return!s||s.call(this,u,d,l);var p=r.__c.props!==u;return f.forEach(function(_){if(_.__N){var m=_.__[0];_.__=_.__N,_.__N=void 0,m!==_.__[0]&&(p=!0)}}),s&&s.call(this,u,d,l)||p};I.u=!0;var s=I.shouldComponentUpdate,i=I.componentWillUpdate;I.componentWillUpdate=function(u,d,l){if(this.__e){var f=s;s=void 0,a(u,d,l),s=f}i&&i.call(this,u,d,l)},I.shouldComponentUpdate=a}return r.__N||r.__}function S(e,t){var n=ct(pe++,3);!L.__s&&$n(n.__H,t)&&(n.__=e,n.i=t,I.__H.__h.push(n))}function dt(e){return Ne=5,Pe(function(){return{current:e}},[])}function Pe(e,t){var n=ct(pe++,7);return $n(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function or(){for(var e;e=pn.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(Se),e.__H.__h.forEach(lt),e.__H.__h=[]}catch(t){e.__H.__h=[],L.__e(t,e.__v)}}L.__b=function(e){I=null,sn&&sn(e)},L.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),mn&&mn(e,t)},L.__r=function(e){ln&&ln(e),pe=0;var t=(I=e.__c).__H;t&&(it===I?(t.__h=[],I.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(Se),t.__h.forEach(lt),t.__h=[],pe=0)),it=I},L.diffed=function(e){cn&&cn(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(pn.push(t)!==1&&an===L.requestAnimationFrame||((an=L.requestAnimationFrame)||rr)(or)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),it=I=null},L.__c=function(e,t){t.some(function(n){try{n.__h.forEach(Se),n.__h=n.__h.filter(function(r){return!r.__||lt(r)})}catch(r){t.some(function(a){a.__h&&(a.__h=[])}),t=[],L.__e(r,n.__v)}}),dn&&dn(e,t)},L.unmount=function(e){un&&un(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(r){try{Se(r)}catch(a){t=a}}),n.__H=void 0,t&&L.__e(t,n.__v))};var fn=typeof requestAnimationFrame=="function";function rr(e){var t,n=function(){clearTimeout(r),fn&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,100);fn&&(t=requestAnimationFrame(n))}function Se(e){var t=I,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),I=t}function lt(e){var t=I;e.__c=e.__(),I=t}function $n(e,t){return!e||e.length!==t.length||t.some(function(n,r){return n!==e[r]})}function hn(e,t){return typeof t=="function"?t(e):t}var ar=Symbol.for("preact-signals");function ut(){if(ee>1)ee--;else{var e,t=!1;for(function(){var a=Me;for(Me=void 0;a!==void 0;){var s=a.S;if(s.v===a.v)for(var i=s.t;i!==void 0;i=i.x)i.i===a.i&&(i.i=s.i);a=a.o}}();he!==void 0;){var n=he;for(he=void 0,Ee++;n!==void 0;){var r=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&gn(n))try{n.c()}catch(a){t||(e=a,t=!0)}n=r}}if(Ee=0,ee--,t)throw e}}var $e,A=void 0;function _e(e){var t=A,n=$e;A=void 0,$e=void 0;try{return e()}finally{A=t,$e=n}}var he=void 0,ee=0,Ee=0;var _n=0,Me=void 0,Oe=0;function bn(e){if(A!==void 0){var t=e.n;if(t===void 0||t.t!==A)return t={i:0,S:e,p:A.s,n:void 0,t:A,e:void 0,x:void 0,r:t},A.s!==void 0&&(A.s.n=t),A.s=t,e.n=t,32&A.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=A.s,t.n=void 0,A.s.n=t,A.s=t),t}}function R(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}R.prototype.brand=ar;R.prototype.h=function(){return!0};R.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:_e(function(){var r;(r=t.W)==null||r.call(t)}))};R.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,r=e.x;n!==void 0&&(n.x=r,e.e=void 0),r!==void 0&&(r.e=n,e.x=void 0),e===this.t&&(this.t=r,r===void 0&&_e(function(){var a;(a=t.Z)==null||a.call(t)}))}};R.prototype.subscribe=function(e){var t=this;return ne(function(){var n=t.value;_e(function(){return e(n)})},{name:"sub"})};R.prototype.valueOf=function(){return this.value};R.prototype.toString=function(){return this.value+""};R.prototype.toJSON=function(){return this.value};R.prototype.peek=function(){var e=this;return _e(function(){return e.value})};Object.defineProperty(R.prototype,"value",{get:function(){var e=bn(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Ee>100)throw new Error("Cycle detected");(function(n){ee!==0&&Ee===0&&n.l!==_n&&(n.l=_n,Me={S:n,v:n.v,i:n.i,o:Me})})(this),this.v=e,this.i++,Oe++,ee++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{ut()}}}});function W(e,t){return new R(e,t)}function gn(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function vn(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function yn(e){for(var t=e.s,n=void 0;t!==void 0;){var r=t.p;t.i===-1?(t.S.U(t),r!==void 0&&(r.n=t.n),t.n!==void 0&&(t.n.p=r)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=r}e.s=n}function te(e,t){R.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Oe-1,this.f=4}te.prototype=new R;te.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Oe))return!0;if(this.g=Oe,this.f|=1,this.i>0&&!gn(this))return this.f&=-2,!0;var e=A;try{vn(this),A=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return A=e,yn(this),this.f&=-2,!0};te.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}R.prototype.S.call(this,e)};te.prototype.U=function(e){if(this.t!==void 0&&(R.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};te.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(te.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=bn(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function mt(e,t){return new te(e,t)}function wn(e){var t=e.j;if(e.j=void 0,typeof t=="function"){ee++;var n=A;A=void 0;try{t()}catch(r){throw e.f&=-2,e.f|=8,ft(e),r}finally{A=n,ut()}}}function ft(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,wn(e)}function sr(e){if(A!==this)throw new Error("Out-of-order effect");yn(this),A=e,this.f&=-2;try{8&this.f&&ft(this)}finally{ut()}}function se(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,$e&&$e.push(this)}se.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};se.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,wn(this),vn(this),ee++;var e=A;return A=this,sr.bind(this,e)};se.prototype.N=function(){2&this.f||(this.f|=2,this.u=he,he=this)};se.prototype.d=function(){this.f|=8,1&this.f||ft(this)};se.prototype.dispose=function(){this.d()};function ne(e,t){var n=new se(e,t);try{n.c()}catch(a){throw n.d(),a}var r=n.d.bind(n);return r[Symbol.dispose]=r,r}var $t,pt;function ie(e,t){F[e]=t.bind(null,F[e]||function(){})}function Fe(e){pt&&pt(),pt=e&&e.S()}function xn(e){var t=this,n=e.data,r=lr(n);r.value=n;var a=Pe(function(){for(var s=t.__v;s=s.__;)if(s.__c){s.__c.__$f|=4;break}return t.__$u.c=function(){var i,u=t.__$u.S(),d=a.value;u(),et(d)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=d},mt(function(){var i=r.value.value;return i===0?0:i===!0?"":i||""})},[]);return a.value}xn.displayName="_st";Object.defineProperties(R.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:xn},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});ie("__b",function(e,t){if(typeof t.type=="string"){var n,r=t.props;for(var a in r)if(a!=="children"){var s=r[a];s instanceof R&&(n||(t.__np=n={}),n[a]=s,r[a]=s.peek())}}e(t)});ie("__r",function(e,t){Fe();var n,r=t.__c;r&&(r.__$f&=-2,(n=r.__$u)===void 0&&(r.__$u=n=function(a){var s;return ne(function(){s=this}),s.c=function(){r.__$f|=1,r.setState({})},s}())),$t=r,Fe(n),e(t)});ie("__e",function(e,t,n,r){Fe(),$t=void 0,e(t,n,r)});ie("diffed",function(e,t){Fe(),$t=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var r=t.__np,a=t.props;if(r){var s=n.U;if(s)for(var i in s){var u=s[i];u!==void 0&&!(i in r)&&(u.d(),s[i]=void 0)}else n.U=s={};for(var d in r){var l=s[d],f=r[d];l===void 0?(l=ir(n,d,f,a),s[d]=l):l.o(f,a)}}}e(t)});function ir(e,t,n,r){var a=t in e&&e.ownerSVGElement===void 0,s=W(n);return{o:function(i,u){s.value=i,r=u},d:ne(function(){var i=s.value.value;r[t]!==i&&(r[t]=i,a?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}ie("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var r=n.U;if(r){n.U=void 0;for(var a in r){var s=r[a];s&&s.d()}}}}else{var i=t.__c;if(i){var u=i.__$u;u&&(i.__$u=void 0,u.d())}}e(t)});ie("__h",function(e,t,n,r){(r<3||r===9)&&(t.__$f|=2),e(t,n,r)});Q.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var r in t)return!0;for(var a in e)if(a!=="__source"&&e[a]!==this.props[a])return!0;for(var s in this.props)if(!(s in e))return!0;return!1};function lr(e){return Pe(function(){return W(e)},[])}var cr=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],dr=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function kn(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,r=new Uint32Array(n*16);t.forEach((d,l)=>r[l>>2]|=d<<l%4*8),r[t.length>>2]|=128<<t.length%4*8,r[n*16-2]=t.length*8>>>0,r[n*16-1]=Math.floor(t.length/536870912);let[a,s,i,u]=[1732584193,4023233417,2562383102,271733878];for(let d=0;d<r.length;d+=16){let[l,f,p,_]=[a,s,i,u];for(let m=0;m<64;m++){let b=m>>4,h,g;b===0?[h,g]=[f&p|~f&_,m]:b===1?[h,g]=[_&f|~_&p,(5*m+1)%16]:b===2?[h,g]=[f^p^_,(3*m+5)%16]:[h,g]=[p^(f|~_),7*m%16];let v=cr[b*4+m%4],w=l+h+dr[m]+r[d+g]>>>0;[l,_,p]=[_,p,f],f=f+(w<<v|w>>>32-v)>>>0}[a,s,i,u]=[a+l>>>0,s+f>>>0,i+p>>>0,u+_>>>0]}return[a,s,i,u].map(d=>[0,8,16,24].map(l=>(d>>>l&255).toString(16).padStart(2,"0")).join("")).join("")}var ht="edgepbx.session",P=W(ur());function ur(){try{return JSON.parse(sessionStorage.getItem(ht))||null}catch{return null}}var mr=30*60*1e3,Cn=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>Cn=Date.now(),{passive:!0});setInterval(()=>P.value&&Date.now()-Cn>mr&&Te(),60*1e3);var G=class extends Error{constructor(t,n){let r={},a=n&&n.data;if(t===400&&a&&typeof a=="object")for(let[s,i]of Object.entries(a)){let u=i&&typeof i=="object"?Object.values(i)[0]:null;r[s]=u&&u.message||String(i)}super(n&&(n.message||a&&a.message)||`HTTP ${t}`),this.status=t,this.fields=r,this.body=n}};async function U(e,t,n,r=P.value&&P.value.token){let a=P.value,s={Accept:"application/json"};r&&(s["X-Auth-Token"]=r),n!==void 0&&(s["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:s,body:n===void 0?void 0:JSON.stringify({data:n})}),u=await i.json().catch(()=>null);if(i.status===401&&a&&t!=="user_auth"&&Te(),!i.ok)throw new G(i.status,u);return u}async function Sn(e){let t=await fetch("/v2/"+X(e),{headers:{"X-Auth-Token":P.value.token,Accept:"audio/*"}});if(!t.ok)throw new G(t.status,await t.json().catch(()=>null));return t.blob()}var X=e=>`accounts/${P.value.account}/${e}`,y=async e=>(await U("GET",X(e))).data,M=async(e,t)=>(await U("PUT",X(e),t)).data,D=async(e,t)=>(await U("POST",X(e),t)).data,B=async(e,t)=>(await U("PATCH",X(e),t)).data,O=async e=>(await U("DELETE",X(e))).data,Nn=(e,t,n)=>U("PUT","user_auth",{credentials:kn(`${t.toLowerCase()}:${n}`),account_name:e});async function Pn(e,t,n){let r=await Nn(e,t,n),a={token:r.auth_token,account:r.data.account_id,owner:r.data.owner_id,accountName:e},s=(await U("GET",`accounts/${a.account}/users/${a.owner}`,void 0,a.token)).data;a.admin=s.priv_level==="admin",sessionStorage.setItem(ht,JSON.stringify(a)),P.value=a}function Te(){sessionStorage.removeItem(ht),P.value=null}async function En(e,t){try{return await Nn(P.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var o={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension and their phones?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",required:"Required",extDigits:"Digits only, 2 to 8 of them",extProposed:e=>`${e} is the next free extension.`,extLength:e=>`The office's extensions have ${e} digits (Settings, Country and extensions)`,failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepLocale:"Country and extensions",locale:"Country and extensions",localeHint:"The country sets the tones callers hear and how analog phones ring and show caller ID; choosing it proposes its time zone and prompt language. New users get the next free extension of the length set here.",country:"Country",countryNone:"Not set (US tones)",promptLanguage:"Prompt language (such as en-gb)",extensionLength:"Extension length (digits, 2 to 8)",extLengthRange:"A number from 2 to 8",proposedZone:e=>`Time zone ${e} is saved with the country (change it under Office).`,stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",clockUnset:"The box does not know the date and time yet: office hours are not applied (calls take the default route) until a time server answers.",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)",check_if_owner:"No PIN asked on the box user's own phones (auto-login)",transcribe:"Transcribe messages to text (in the message and its mail; needs the speech-to-text service)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},moveTo:"Move to box",move:"Move",transcript:"Text",play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,groupFeatures:"Group features",recordGroupCalls:"Record calls to the group",recordLimit:"Longest recording (s)",recordLimitRange:"From 5 to 10800 seconds",groupRingback:"Callers hear while it rings",phoneRingback:"Normal ringing",allowForward:"Allow call forward (members' forwarding is followed)",cidNamePrefix:"Caller ID name prefix",cidNumberPrefix:"Caller ID number prefix",prefixTooLong:e=>`At most ${e} characters`,numberPrefix:"Digits only (* and # too), + first, at most 15",softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,assignTo:e=>`Assign ${e} to`,assignPick:"Assign to\u2026",assign:"Assign",unassign:"Unassign",assignUser:e=>`User ${e}`,assignGroup:e=>`Group ${e}`,assignConference:e=>`Conference ${e}`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",providerAddress:"Address shown to providers",providerAddressOwn:"the box's own",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"},featureCodes:"Feature codes",fcHint:"Codes dialled from any phone of the office. A code with \u2026 takes a number dialled after it. Turning a code off frees it.",fcWhat:"What it does",fcCode:"Code",fcOn:"On",fcNotRun:"This box does not run this code yet.",fcDigits:"1 to 6 digits",fcTaken:e=>`${e} is already another code`,fcNames:{"call_forward[action=activate]":"Turn call forwarding on (to the number dialled after the code, else asked for)","call_forward[action=deactivate]":"Turn call forwarding off","call_forward[action=toggle]":"Turn call forwarding on or off","call_forward[action=update]":"Change the call forwarding number","hotdesk[action=login]":"Hot desking: sign in at this phone","hotdesk[action=logout]":"Hot desking: sign out of this phone","hotdesk[action=toggle]":"Hot desking: sign in or out","voicemail[action=check]":"Check voicemail (box number after the code, else asked for)","voicemail[single_mailbox_login]":"Check voicemail, asking for the box number",'voicemail[action="direct"]':"Leave a message straight in a box (box number after the code)",intercom:"Intercom: the extension after the code answers on its speaker","privacy[mode=full]":"Hide your caller ID for the number after the code",park_and_retrieve:"Park a call in the slot after the code, or pick it up",valet:"Park a call in the next free slot",retrieve:"Pick up the call parked in the slot after the code",directed_ext_pickup:"Answer the extension after the code while it rings","do_not_disturb[action=activate]":"Turn do not disturb on","do_not_disturb[action=deactivate]":"Turn do not disturb off","do_not_disturb[action=toggle]":"Turn do not disturb on or off",move:"Move the call to another of your phones"},followMe:"Find me follow me",followMeHint:"A call to your extension rings the phones picked here, each from its start for its ring time.",followMeOn:"Ring my phones by this timeline",pickPhone:"Pick at least one phone",ringCell:"Ring my cell phone too",cellNumber:"Cell phone number",cellHint:"An outside call: it asks whoever answers to press 1, and numbers you may not call are refused.",boxSettings:(e,t)=>`PIN and greeting of ${e} (${t})`,newPin:"New PIN (4 to 6 digits)",newPinAgain:"New PIN again",pinMismatch:"The two PINs differ",changePin:"Change PIN",pinChanged:"PIN changed.",uploadGreeting:"Upload greeting",greetingSaved:"Greeting saved.",storage:"Storage (data partition)",storageUse:(e,t)=>`${e.toFixed(1)} GB used of ${t.toFixed(1)} GB`,lastBackup:"Last backup",backupAt:e=>`${e} UTC`,neverBackedUp:"never",certificate:"Certificate expires",certExpires:(e,t)=>`${e} (in ${t} days)`,unknown:"unknown",diskFull:e=>`The data partition is nearly full: ${e} GB free`,certSoon:e=>`The box's certificate expires in ${e} days`,certExpired:"The box's certificate has expired",csvImport:"Import users from a CSV file",csvHint:"A header line, then one user a line. Columns: first_name, last_name, username, extension, password (all needed), email, phone (yes: a desk phone). Nothing is made while a line is wrong.",csvFile:"CSV file",csvProblems:"Lines to fix",csvEmpty:"The file is empty",csvColumns:e=>`Missing columns: ${e}`,csvUnknown:e=>`Unknown columns: ${e}`,csvNoUsers:"No users in the file",csvExtra:"more fields than columns",csvDuplicate:e=>`the same as on line ${e}`,csvLine:(e,t,n)=>`Line ${e}: ${t?`${t}: `:""}${n}`,csvField:{first_name:"first name",last_name:"last name",username:"user name",email:"email",extension:"extension",password:"password"},csvMade:(e,t)=>`${e} of ${t} users made.`,stepMail:"Mail relay",mailRelay:"Mail relay (SMTP)",mailRelayHint:"The server the box sends its mails through: voicemail to email and missed-call alerts.",relayServer:"Server (host name or address)",relayHost:"A host name or IP address",port:"Port",relayPort:"A port from 1 to 65535",relayTls:"Encryption",tlsModes:{if_available:"STARTTLS when offered",always:"TLS always",never:"None"},relayUser:"Login (empty: none)",relayPasswordKeep:"Password (empty: keep the one set)",relayFrom:"Sender address",testTo:"Send a test mail to",sendTest:"Send a test mail",sending:"Sending\u2026",testSent:e=>`Sent to ${e}: the relay took it.`,stepLine:"Outside line",outsideLines:"Outside lines",noLines:"No outside line yet.",addLine:"Add an outside line",lineServer:"Provider's server",lineNumber:"Number or SIP user name",lineAuth:"Login, if not the number",linePassword:"SIP password",lineRealm:"Domain (realm), if not the server",lineRegister:"Register with the provider",lineStates:{registered:"registered",trying:"registering\u2026",failed:"registration failed",not_registering:"not registering"},ringMyPhone:"Ring my phone",ringPhonePick:"Phone to ring",ringPhoneHint:"The phone rings; answer it and the box says its extension, then goodbye.",ringing:e=>`Ringing ${e}: answer it.`,noRegisteredPhone:"No phone is registered yet: connect one (or a softphone), then come back to this step.",call:"Call",callFrom:e=>`Call from ${e}`,callNumber:"Number to call",callStarted:(e,t)=>`${e} rings: answer it to call ${t}.`,actions:"Actions",editLine:e=>`Edit the outside line ${e}`,confirmDeleteLine:e=>`Delete the outside line ${e}? Calls out no longer use it.`,fxoLines:"Analog lines (FXO)",fxoStates:{idle:"up",busy:"in use",down:"down"},fxoDialTone:{yes:"dial tone",no:"no dial tone",checking:"checking for dial tone\u2026",unknown:"dial tone not checked yet"},fxoUse:"Use as outside line",fxoInUse:e=>`Outside line: ${e}`,fxoLineName:e=>`Analog line ${e}`};function x({id:e,label:t,value:n,onInput:r,error:a,type:s="text",required:i,autocomplete:u,inputmode:d}){let l=`${e}-error`;return c`<div class="field">
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
      onInput=${f=>r(f.target.value)}
    />
    ${a&&c`<p class="error" id=${l} role="alert">${a}</p>`}
  </div>`}function k({message:e}){return e?c`<p class="banner" role="alert">${e}</p>`:null}function j({id:e,label:t,checked:n,onChange:r}){return c`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${a=>r(a.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function Mn(){let[e,t]=$({account:"",username:"",password:""}),[n,r]=$(!1),[a,s]=$(""),i=d=>l=>t({...e,[d]:l});async function u(d){d.preventDefault(),r(!0),s("");try{await Pn(e.account.trim(),e.username.trim(),e.password)}catch(l){s(l.status===401?o.badLogin:l.message),r(!1)}}return c`<main class="login">
    <form onSubmit=${u} aria-label=${o.login}>
      <h1>${o.app}</h1>
      <${k} message=${a} />
      <${x} id="account" label=${o.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${x} id="username" label=${o.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${x} id="password" label=${o.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?o.signingIn:o.login}</button>
    </form>
  </main>`}var fr=5e3;async function pr(){let e=await y("resources?paginate=false");return(await Promise.all(e.map(n=>y(`resources/${n.id}/status`).then(r=>[n,r])))).flatMap(([n,r])=>r.gateways.filter(a=>a.state==="failed").map(a=>o.trunkDown(n.name||n.id,a.server)))}var On=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function $r(){let[e,t,n]=await Promise.all([y("devices?with_status=true&paginate=false"),y("channels"),y("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function hr(e){var n;let t={};for(let r of e){let a=t[n=r.device_type||"sip_device"]||(t[n]=[0,0]);a[0]+=1,r.registered&&(a[1]+=1)}return Object.entries(t).map(([r,[a,s]])=>[r,a,s]).sort((r,a)=>a[1]-r[1]||r[0].localeCompare(a[0]))}var _r=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function br(){let[e,t,n,r,a,s,i]=await Promise.all([y("users?paginate=false"),y("phone_numbers"),On(U("GET","system_status").then(d=>d.data),null),On(y("sip_bans"),[]),pr(),y("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),y("conferences?paginate=false")]),u=Object.values(t.numbers||{});return{users:e.length,numbers:u.length,spare:u.filter(d=>!d.used_by).length,version:n&&n.software_version,provider:n&&{address:n.provider_address},clockUnset:!!(n&&n.clock&&n.clock.set===!1),main:_r(s.flatMap(d=>d.numbers||[])),conference:i.flatMap(d=>d.conference_numbers||[]),box:n&&yr(n),alerts:[...r.map(d=>o.banned(d.ip,d.reason)),...a,...n?wr(n):[]]}}var _t=1024**3,gr=.9,vr=30;function yr({storage:e,last_backup:t,certificate:n}){return{storage:e?o.storageUse((e.total_bytes-e.free_bytes)/_t,e.total_bytes/_t):o.unknown,backup:t?o.backupAt(new Date(t.time_unix*1e3).toISOString().slice(0,16).replace("T"," ")):o.neverBackedUp,cert:n?o.certExpires(new Date(n.expires_unix*1e3).toISOString().slice(0,10),n.days_left):o.unknown}}function wr({storage:e,certificate:t}){let n=[];return e&&e.total_bytes&&1-e.free_bytes/e.total_bytes>=gr&&n.push(o.diskFull(Math.round(e.free_bytes/_t*10)/10)),t&&t.days_left<vr&&n.push(t.days_left<0?o.certExpired:o.certSoon(t.days_left)),n}function le({id:e,label:t,value:n}){return c`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function Fn(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$("");S(()=>{br().then(t,f=>s(f.message));let d=()=>$r().then(r,f=>s(f.message));d();let l=setInterval(d,fr);return()=>clearInterval(l)},[]);let i=n?n.devices.filter(d=>d.registered).length:"\u2026",u=n?n.ports.filter(d=>d.state==="down"||d.alarm).map(d=>o.portDown(d.name,d.alarm)):[];return c`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${o.dashboard}</h2>
    <${k} message=${a} />
    ${e&&e.clockUnset&&c`<p class="banner" role="alert" data-alert="clock">${o.clockUnset}</p>`}
    <div class="tiles">
      <${le} id="users" label=${o.users} value=${e?e.users:"\u2026"} />
      <${le} id="devices" label=${o.devices} value=${n?n.devices.length:"\u2026"} />
      <${le} id="registered" label=${o.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${le} id="calls" label=${o.callsNow} value=${n?n.calls:"\u2026"} />
      <${le} id="numbers" label=${o.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&c`<${le} id="version" label=${o.softwareVersion} value=${e.version} />`}
    </div>
    ${n&&c`<h3>${o.devicesByType}</h3>
      <ul class="by-type">
        ${hr(n.devices).map(([d,l,f])=>c`<li key=${d} data-type=${d}>${o.deviceTypes[d]||d}: ${o.registeredOf(f,l)}</li>`)}
      </ul>`}
    ${n&&n.ports.length>0&&c`<h3>${o.analogPorts}</h3>
      <ul class="ports">
        ${n.ports.map(d=>c`<li key=${d.name} data-port=${d.name}><span class=${d.state==="down"?"dot":"dot on"}>${d.name} · ${o.portStates[d.state]||d.state}</span></li>`)}
      </ul>`}
    ${e&&c`<dl class="facts">
      <dt>${o.mainNumbers}</dt><dd data-fact="main">${e.main.join(", ")||o.noneSet}</dd>
      <dt>${o.conferenceNumbers}</dt><dd data-fact="conference">${e.conference.join(", ")||o.noneSet}</dd>
      ${e.box&&c`<dt>${o.storage}</dt><dd data-fact="storage">${e.box.storage}</dd>
        <dt>${o.lastBackup}</dt><dd data-fact="backup">${e.box.backup}</dd>
        <dt>${o.certificate}</dt><dd data-fact="certificate">${e.box.cert}</dd>`}
      ${e.provider&&c`<dt>${o.providerAddress}</dt><dd data-fact="provider-address">${e.provider.address||o.providerAddressOwn}</dd>`}
    </dl>`}
    <h3>${o.alerts}</h3>
    ${e&&([...e.alerts,...u].length?c`<ul class="alerts">${[...e.alerts,...u].map(d=>c`<li key=${d}>${d}</li>`)}</ul>`:c`<p class="ok">${o.noAlerts}</p>`)}
  </section>`}var bt={record:!1,record_limit:"600",ringback:"",allow_forward:!1,cid_name_prefix:"",cid_number_prefix:""};function Tn(e){let t={},n=e;for(;n&&(n.module==="record_call"||n.module==="prepend_cid");)t[n.module]=n.data||{},n=(n.children||{})._;return{found:t,inner:n}}var gt=e=>Tn(e).inner;function An(e,t){let{found:n}=Tn(e),r=n.record_call,a=n.prepend_cid||{};return{record:!!r&&r.action!=="stop",record_limit:String(r&&r.time_limit||bt.record_limit),ringback:t.ringback||"",allow_forward:t.ignore_forward===!1||t.ignore_forward==="false",cid_name_prefix:a.caller_id_name_prefix||"",cid_number_prefix:a.caller_id_number_prefix||""}}function Dn(e){return{ignore_forward:!e.allow_forward,...e.ringback?{ringback:e.ringback}:{}}}function In(e,t){let n=t;return(e.cid_name_prefix||e.cid_number_prefix)&&(n={module:"prepend_cid",data:{action:"prepend",caller_id_name_prefix:e.cid_name_prefix,caller_id_number_prefix:e.cid_number_prefix},children:{_:n}}),e.record&&(n={module:"record_call",data:{action:"start",time_limit:Number(e.record_limit)},children:{_:n}}),n}var xr={time_limit:"record_limit",caller_id_name_prefix:"cid_name_prefix",caller_id_number_prefix:"cid_number_prefix",ignore_forward:"allow_forward",ringback:"ringback"},Ln=e=>xr[e.split(".").pop()];function Un(e){let t={};return e.record&&!(/^\d+$/.test(e.record_limit)&&Number(e.record_limit)>=5&&Number(e.record_limit)<=10800)&&(t.record_limit=o.recordLimitRange),e.cid_name_prefix.length>32&&(t.cid_name_prefix=o.prefixTooLong(32)),/^\+?[0-9*#]{0,15}$/.test(e.cid_number_prefix)||(t.cid_number_prefix=o.numberPrefix),t}function Rn({f:e,set:t,media:n,errors:r}){return c`<fieldset class="group-features">
    <legend>${o.groupFeatures}</legend>
    <div class="feature-grid">
      <${j} id="group_record" label=${o.recordGroupCalls} checked=${e.record} onChange=${t("record")} />
      ${e.record&&c`<${x} id="group_record_limit" label=${o.recordLimit} value=${e.record_limit} onInput=${t("record_limit")} error=${r.record_limit} inputmode="numeric" />`}
      <div class="field">
        <label for="group_ringback">${o.groupRingback}</label>
        <select id="group_ringback" value=${e.ringback} onChange=${a=>t("ringback")(a.target.value)}>
          <option value="">${o.phoneRingback}</option>
          ${n.map(a=>c`<option key=${a.id} value=${a.id}>${a.name||a.id}</option>`)}
        </select>
        ${r.ringback&&c`<p class="error" role="alert">${r.ringback}</p>`}
      </div>
      <${j} id="group_allow_forward" label=${o.allowForward} checked=${e.allow_forward} onChange=${t("allow_forward")} />
      <${x} id="group_cid_name_prefix" label=${o.cidNamePrefix} value=${e.cid_name_prefix} onInput=${t("cid_name_prefix")} error=${r.cid_name_prefix} />
      <${x} id="group_cid_number_prefix" label=${o.cidNumberPrefix} value=${e.cid_number_prefix} onInput=${t("cid_number_prefix")} error=${r.cid_number_prefix} inputmode="tel" />
    </div>
  </fieldset>`}var V=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),yt=e=>`${e.first_name} ${e.last_name}`.trim();function vt(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,r=>t[r%t.length]).join("")}function wt(e,t){let n={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:{name:yt(t),number:t.extension}},ui_metadata:V()};return e.id||(n.priv_level="user",n.vm_to_email_enabled=!0,n.send_email_on_creation=!1),t.password&&(n.password=t.password),n}var Ae=(e,t)=>[t,...(e.numbers||[]).slice(1).filter(n=>n!==t)];function De(e,t,n){return{...e,type:"mainUserCallflow",owner_id:t.id,name:o.callflowOf(yt(t)),numbers:Ae(e,n),contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:{}},ui_metadata:V()}}function xt(e){return{device_type:"sip_device",name:o.phoneOf(yt(e)),enabled:!0,owner_id:e.id,sip:{username:`user_${vt(10)}`,password:vt(12)},media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:V()}}var be=15;function kt(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||V()}}function Ct(e,t,n){let r=Math.max(...n.members.map(a=>a.delay+a.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[vt(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:r,repeats:n.repeats,endpoints:n.members.map(a=>({id:a.id,endpoint_type:"user",delay:a.delay,timeout:a.timeout})),...Dn(n)},children:{}},ui_metadata:e.ui_metadata||V()}}var kr=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function St(e,t,n,r){return{...e,name:r.name,type:"userGroup",group_id:t.id,numbers:Ae(e,r.extension),flow:In(r,{module:"callflow",data:{id:n.id},children:{_:kr(r.next_vmbox)}}),ui_metadata:e.ui_metadata||V()}}function Bn(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((r,a)=>({...r,delay:a*n,timeout:n}))}function Cr(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:null}function Sr(e,t){if(!(t instanceof G))throw t;let n={},r=[];for(let[a,s]of Object.entries(t.fields)){let i=Cr(e,a);i?n[i]=s:r.push(`${a}: ${s}`)}throw t.fields=n,r.length&&(t.message=r.join("; ")),t}async function oe(e,t,n){try{return await t()}catch(r){for(let a of n.reverse())await a().catch(()=>{});Sr(e,r)}}async function Ie(e){let t=[],n=await oe("users",()=>M("users",wt({},e)),t);t.push(()=>O(`users/${n.id}`));let r=await oe("callflows",()=>M("callflows",De({},n,e.extension)),t);return t.push(()=>O(`callflows/${r.id}`)),e.phone&&await oe("devices",()=>M("devices",xt(n)),t),n}async function jn(e,t,n){let r=await y(`users/${e}`),a=await oe("users",()=>D(`users/${e}`,wt(r,t)),[]);if(n){let s=await y(`callflows/${n}`);await oe("callflows",()=>D(`callflows/${n}`,De(s,a,t.extension)),[])}else await oe("callflows",()=>M("callflows",De({},a,t.extension)),[]);return t.phone&&await oe("devices",()=>M("devices",xt(a)),[]),a}async function Hn(e){let[t,n]=await Promise.all([y(`callflows?filter_owner_id=${e}&paginate=false`),y(`devices?filter_owner_id=${e}&paginate=false`)]);for(let r of[...t.map(a=>`callflows/${a.id}`),...n.map(a=>`devices/${a.id}`)])await O(r);await O(`users/${e}`)}var Nr=5e3;function Nt({ownerId:e}){let[t,n]=$([]),[r,a]=$("");return S(()=>{let s=!0;U("GET",`accounts/${P.value.account}`).then(d=>s&&a(d.data.realm||""));async function i(){let d=await y(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),l=await Promise.all(d.map(f=>y(`devices/${f.id}`)));s&&n(l.map((f,p)=>({...f,registered:d[p].registered})))}i().catch(()=>{});let u=setInterval(()=>i().catch(()=>{}),Nr);return()=>{s=!1,clearInterval(u)}},[e]),t.map(s=>c`<div class="card" key=${s.id} aria-label=${o.sipCredentials}>
      <h3>${o.sipCredentials}: ${s.name}</h3>
      <dl>
        <dt>${o.sipUser}</dt><dd class="sip-user">${s.sip&&s.sip.username}</dd>
        <dt>${o.sipPassword}</dt><dd class="sip-password">${s.sip&&s.sip.password}</dd>
        <dt>${o.sipRealm}</dt><dd>${r}</dd>
        <dt>${o.status}</dt><dd class=${s.registered?"dot on":"dot"}>${s.registered?o.registered:o.notRegistered}</dd>
      </dl>
    </div>`)}function Pt(e,t){return e.length<12?o.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(r=>r.test(e)).length<3?o.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?o.pwUsername:""}function ce({username:e,onDone:t}){let[n,r]=$({old:"",next:"",again:""}),[a,s]=$({}),[i,u]=$(""),[d,l]=$(!1),[f,p]=$(!1),_=b=>h=>r({...n,[b]:h});async function m(b){b.preventDefault(),p(!1);let h={};n.old||(h.old=o.required);let g=Pt(n.next,e);if(g?h.next=g:n.next===n.old&&(h.next=o.pwSame),n.again!==n.next&&(h.again=o.pwMismatch),s(h),!Object.keys(h).length){l(!0),u("");try{if(!await En(e,n.old)){s({old:o.pwOldWrong});return}await B(`users/${P.value.owner}`,{password:n.next,require_password_update:!1}),r({old:"",next:"",again:""}),p(!0),t&&t()}catch(v){s(v.fields||{}),u(v.message)}finally{l(!1)}}}return c`<form onSubmit=${m} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${o.changePassword}</h3>
    <p class="hint">${o.pwRules}</p>
    <${k} message=${i} />
    <${x} id="pw_old" label=${o.pwOld} type="password" value=${n.old} onInput=${_("old")} error=${a.old} autocomplete="current-password" />
    <${x} id="pw_new" label=${o.pwNew} type="password" value=${n.next} onInput=${_("next")} error=${a.next||a.password} autocomplete="new-password" />
    <${x} id="pw_again" label=${o.pwAgain} type="password" value=${n.again} onInput=${_("again")} error=${a.again} autocomplete="new-password" />
    ${f&&c`<p class="ok" role="status">${o.pwChanged}</p>`}
    <button type="submit" disabled=${d}>${d?o.saving:o.changePassword}</button>
  </form>`}var K=W(void 0),Gn=null;async function Le(){let e=P.value.account;if(Gn===e&&K.value!==void 0)return K.value;let{data:t}=await U("GET",`accounts/${e}`);return Gn=e,K.value=t.edgepbx&&t.edgepbx.extension_length||null,K.value}function Et(e,t){return t&&e&&e.length!==t?o.extLength(t):null}async function zn(e){let t=await y("callflows?paginate=false"),n=new Set(t.flatMap(a=>a.numbers||[])),r=10**e;for(let a=10**(e-1);a<r;a++)if(!n.has(String(a)))return String(a);return""}function Mt(e,t,n){let r={};for(let s of["first_name","last_name","username","extension"])e[s].trim()||(r[s]=o.required);e.extension&&!/^\d{2,8}$/.test(e.extension)?r.extension=o.extDigits:Et(e.extension,n)&&(r.extension=Et(e.extension,n));let a=(t||e.password)&&Pt(e.password,e.username);return a&&(r.password=a),r}function Ue({user:e,onDone:t}){let n=!e.id,[r,a]=$({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n}),[s,i]=$({}),[u,d]=$(""),[l,f]=$(!1),[p,_]=$(null),m=w=>N=>a({...r,[w]:N}),[b,h]=$("");S(()=>{Le().then(w=>n&&!r.extension&&w&&zn(w)).then(w=>{w&&(h(w),a(N=>N.extension?N:{...N,extension:w}))}).catch(()=>{})},[]);async function g(w){w.preventDefault();let N=Mt(r,n,K.value);if(i(N),d(""),!Object.keys(N).length){f(!0);try{let C=n?await Ie(r):await jn(e.id,r,e.callflow&&e.callflow.id);n||r.phone?_(C):t()}catch(C){i(C.fields||{}),d(`${o.failed} ${C.message}`)}f(!1)}}if(p)return c`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${p.first_name} ${p.last_name}</h2>
      <${Nt} ownerId=${p.id} />
      <button onClick=${()=>t({...p,extension:r.extension})}>${o.users}</button>
    </section>`;let v=e.devices&&e.devices.length>0;return c`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?o.addUser:o.editUser}</h2>
    <form onSubmit=${g} novalidate>
      <${k} message=${u} />
      <div class="grid">
        <${x} id="first_name" label=${o.firstName} value=${r.first_name} onInput=${m("first_name")} error=${s.first_name} required />
        <${x} id="last_name" label=${o.lastName} value=${r.last_name} onInput=${m("last_name")} error=${s.last_name} required />
        <${x} id="username" label=${o.username} value=${r.username} onInput=${m("username")} error=${s.username} required autocomplete="off" />
        <${x} id="email" label=${o.email} type="email" value=${r.email} onInput=${m("email")} error=${s.email} />
        <${x} id="new_password" label=${o.password} type="password" value=${r.password} onInput=${m("password")} error=${s.password} required=${n} autocomplete="new-password" />
        <${x} id="extension" label=${o.extension} value=${r.extension} onInput=${m("extension")} error=${s.extension} required inputmode="numeric" />
      </div>
      ${b&&c`<p class="hint" id="extension-proposed">${o.extProposed(b)}</p>`}
      ${!v&&c`<div class="check">
        <input type="checkbox" id="phone" checked=${r.phone} onChange=${w=>a({...r,phone:w.target.checked})} />
        <label for="phone">${o.deskPhone}</label>
      </div>`}
      <div class="bar">
        <button type="submit" disabled=${l}>${l?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
    ${v&&c`<${Nt} ownerId=${e.id} />`}
  </section>`}async function Pr(){let[e,t,n]=await Promise.all([y("users?paginate=false"),y("callflows?filter_type=mainUserCallflow&paginate=false"),y("devices?with_status=true&paginate=false")]);return e.map(r=>{let a=t.find(s=>s.owner_id===r.id);return{...r,callflow:a,extension:a&&a.numbers?a.numbers[0]:"",devices:n.filter(s=>s.owner_id===r.id)}})}function qn(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(""),i=()=>Pr().then(t,d=>s(d.message));S(i,[]);async function u(d){if(confirm(o.confirmDelete(`${d.first_name} ${d.last_name}`))){try{await Hn(d.id)}catch(l){s(l.message)}i()}}return n?c`<${Ue}
      user=${n}
      onDone=${()=>{r(null),i()}}
    />`:c`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${o.users}</h2>
      <button onClick=${()=>r({})}>${o.addUser}</button>
    </div>
    <${k} message=${a} />
    ${e?e.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${o.users}>
            <thead><tr><th>${o.name}</th><th>${o.username}</th><th>${o.extension}</th><th>${o.devices}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(d=>c`<tr key=${d.id} data-user=${d.username}>
                  <td data-label=${o.name}>${d.first_name} ${d.last_name}</td>
                  <td data-label=${o.username}>${d.username}</td>
                  <td data-label=${o.extension} class="ext">${d.extension}</td>
                  <td data-label=${o.devices}>
                    ${d.devices.map(l=>c`<span class=${l.registered?"dot on":"dot"}>${l.name} · ${l.registered?o.registered:o.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>r(d)} aria-label=${`${o.edit} ${d.username}`}>${o.edit}</button>
                    ${d.id!==P.value.owner&&c`<button class="danger" onClick=${()=>u(d)} aria-label=${`${o.del} ${d.username}`}>${o.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${o.loading}</p>`}
  </section>`}function Wn(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$(""),[i,u]=$("");S(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([l,f])=>{let p=m=>f.find(b=>b.id===m),_=l.filter(m=>m.registered).map(m=>{let b=p(m.owner_id);return{id:m.id,label:b?`${b.first_name} ${b.last_name} \xB7 ${m.name}`:m.name}});t(_),_.length&&r(_[0].id)},l=>u(l.message))},[]);let d=async()=>{u(""),s("");try{await M(`devices/${n}/ring_test`,{}),s(o.ringing(e.find(l=>l.id===n).label))}catch(l){u(l.message)}};return e?c`<div class="ring-my-phone">
    <h3>${o.ringMyPhone}</h3>
    ${e.length===0?c`<p class="hint">${o.noRegisteredPhone}</p>`:c`<div class="field">
            <label for="ring-phone">${o.ringPhonePick}</label>
            <select id="ring-phone" value=${n} onChange=${l=>r(l.target.value)}>
              ${e.map(l=>c`<option key=${l.id} value=${l.id}>${l.label}</option>`)}
            </select>
            <p class="hint">${o.ringPhoneHint}</p>
          </div>
          <button type="button" onClick=${d}>${o.ringMyPhone}</button>`}
    ${a&&c`<p role="status">${a}</p>`}
    <${k} message=${i} />
  </div>`:c`<${k} message=${i} />`}function Vn({device:e}){let[t,n]=$(!1),[r,a]=$(""),[s,i]=$(""),[u,d]=$(""),[l,f]=$("");return t?c`<form class="call-from" onSubmit=${async _=>{_.preventDefault(),d(""),f(""),i("");try{await y(`devices/${e.id}/quickcall/${encodeURIComponent(r)}?auto_answer=false`),i(o.callStarted(e.name,r))}catch(m){m.fields&&m.fields.number?f(m.fields.number):d(m.message)}}}>
    <${x} id=${`call-${e.id}`} label=${o.callNumber} value=${r} onInput=${a} error=${l} inputmode="tel" required />
    <button type="submit">${o.call}</button>
    ${s&&c`<p role="status">${s}</p>`}
    <${k} message=${u} />
  </form>`:c`<button type="button" class="plain" aria-label=${o.callFrom(e.name)} onClick=${()=>n(!0)}>
      ${o.call}
    </button>`}function Yn(){let[e,t]=$(null),[n,r]=$("");return S(()=>{Promise.all([y("devices?with_status=true&paginate=false"),y("users?paginate=false")]).then(([a,s])=>{let i=u=>s.find(d=>d.id===u);t(a.map(u=>({...u,owner:i(u.owner_id)})))},a=>r(a.message))},[]),c`<section aria-labelledby="devices-h">
    <h2 id="devices-h">${o.devices}</h2>
    <${k} message=${n} />
    ${e?e.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${o.devices}>
            <thead><tr><th>${o.name}</th><th>${o.type}</th><th>${o.sipUser}</th><th>${o.owner}</th><th>${o.status}</th><th>${o.actions}</th></tr></thead>
            <tbody>
              ${e.map(a=>c`<tr key=${a.id}>
                  <td data-label=${o.name}>${a.name}</td>
                  <td data-label=${o.type}>${a.device_type}</td>
                  <td data-label=${o.sipUser}>${a.username}</td>
                  <td data-label=${o.owner}>${a.owner?`${a.owner.first_name} ${a.owner.last_name}`:""}</td>
                  <td data-label=${o.status}><span class=${a.registered?"dot on":"dot"}>${a.registered?o.registered:o.notRegistered}</span></td>
                  <td data-label=${o.actions}>${a.registered&&c`<${Vn} device=${a} />`}</td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${o.loading}</p>`}
  </section>`}var Er=86400,Mr=62167219200;function Or({leg:e}){return c`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function Fr({call:e,withLegs:t}){let[n,r]=$(null),[a,s]=$(!1);async function i(){s(!a),n||r(await y(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return c`<tr class="call" data-call=${e.call_id}>
      <td data-label=${o.when}>${t?c`<button class="plain" aria-expanded=${a} onClick=${i}>${e.datetime}</button>`:e.datetime}</td>
      <td data-label=${o.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${o.to}>${e.dialed_number}</td>
      <td data-label=${o.duration}>${e.duration_seconds}s</td>
      <td data-label=${o.result}>${e.hangup_cause}</td>
    </tr>
    ${a&&c`<tr class="legs"><td colspan="5">
      <h3>${o.legs}</h3>
      ${n?c`<ul>${n.map(u=>c`<${Or} key=${u.id} leg=${u} />`)}</ul>`:o.loading}
    </td></tr>`}`}function Xn({path:e,title:t,withLegs:n}){let[r,a]=$(null),[s,i]=$("");return S(()=>{let u=Math.floor(Date.now()/1e3)+Mr;y(`${e}?created_from=${u-7*Er}&created_to=${u+60}&page_size=100`).then(a,d=>i(d.message))},[]),c`<section aria-labelledby="calls-h">
    <h2 id="calls-h">${t}</h2>
    <${k} message=${s} />
    ${r?r.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${t}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.to}</th><th>${o.duration}</th><th>${o.result}</th></tr></thead>
            <tbody>${r.map(u=>c`<${Fr} key=${u.id} call=${u} withLegs=${n} />`)}</tbody>
          </table>`:c`<p>${o.loading}</p>`}
  </section>`}var Zn=()=>c`<${Xn} path="cdrs/interaction" title=${o.callLogs} withLegs=${!0} />`,Kn=()=>c`<${Xn} path=${`users/${P.value.owner}/cdrs`} title=${o.myCalls} withLegs=${!1} />`;var Tr=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],Ar=["undefinedMainNumber","0"],Re=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],ge=e=>({module:"callflow",data:{id:e},children:{}});async function Qn(){let e=await y("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(i=>[i.name,i]));for(let i of Tr){if(t[i])continue;let u=t[`${i}Menu`]||await Dr(`${i}Menu`);t[i]=await M("callflows",{name:i,type:"main",numbers:[i],flow:ge(u.id),ui_metadata:V()})}let n=t.MainCallflow||await M("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:ge(t.MainOpenHours.id)}},ui_metadata:V()}),[r,a]=await Promise.all([y(`callflows/${n.id}`),y("temporal_rules?paginate=false")]),s=await Promise.all(a.filter(i=>i.name==="MainOpenHours"||i.name==="MainLunchHours").map(i=>y(`temporal_rules/${i.id}`)));return{main:r,parts:t,open:s.filter(i=>i.type==="main_weekdays"),lunch:s.filter(i=>i.type==="main_lunchbreak")}}async function Dr(e){let t=await M("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:V()});return M("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:V()})}var eo=e=>(e.numbers||[]).filter(t=>!Ar.includes(t));async function to(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=V(),e.main=await D(`callflows/${n.id}`,n)}var Jn=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},Ot=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`;async function no(e,t){let[n,...r]=e.open;for(let f of r)await O(`temporal_rules/${f.id}`);let a=[];if(t){let f={...n||{},name:"MainOpenHours",type:"main_weekdays",cycle:"weekly",interval:1,wdays:t.wdays,time_window_start:Jn(t.start),time_window_stop:Jn(t.stop),ui_metadata:V()};a=[n?await D(`temporal_rules/${n.id}`,f):await M("temporal_rules",f)]}else n&&await O(`temporal_rules/${n.id}`);let{parts:s,main:i}=e,u=new Set([...e.lunch,...e.open,...a].map(f=>f.id)),d=(i.flow&&i.flow.data&&i.flow.data.rules||[]).filter(f=>!u.has(f)),l={};for(let f of d)l[f]=i.flow.children[f];for(let f of e.lunch)l[f.id]=ge(s.MainLunchHours.id);for(let f of a)l[f.id]=ge(s.MainOpenHours.id);l._=ge(a.length?s.MainAfterHours.id:s.MainOpenHours.id),i.flow={module:"temporal_route",data:{rules:[...d,...[...e.lunch,...a].map(f=>f.id)]},children:l},i.ui_metadata=V(),e.main=await D(`callflows/${i.id}`,i),e.open=a}function Ir({strategy:e,onSaved:t}){let[n,r]=$(""),[a,s]=$(""),i=eo(e.main);async function u(l){s("");try{await to(e,l),r(""),t()}catch(f){s(Object.values(f.fields||{})[0]||f.message)}}function d(l){l.preventDefault();let f=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(f))return s(o.badNumber);u([...i,f])}return c`<form onSubmit=${d} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${o.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(l=>c`<li key=${l}>
          <span class="main-number">${l}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${l}`} onClick=${()=>u(i.filter(f=>f!==l))}>${o.remove}</button>
        </li>`)}
    </ul>
    <${x} id="main_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
    <button type="submit">${o.addNumber}</button>
  </form>`}function Lr({strategy:e,onSaved:t}){let n=e.open[0],[r,a]=$(!!n),[s,i]=$(n?n.wdays||[]:Re.slice(0,5)),[u,d]=$(n?Ot(n.time_window_start||0):"09:00"),[l,f]=$(n?Ot(n.time_window_stop||0):"17:00"),[p,_]=$(""),[m,b]=$(!1),h=v=>i(s.includes(v)?s.filter(w=>w!==v):Re.filter(w=>w===v||s.includes(w)));async function g(v){if(v.preventDefault(),b(!1),r&&!s.length)return _(o.pickDay);if(r&&!(u<l))return _(o.badHours);_("");try{await no(e,r?{wdays:s,start:u,stop:l}:null),b(!0),t()}catch(w){_(Object.entries(w.fields||{}).map(([N,C])=>`${N}: ${C}`).join("; ")||w.message)}}return c`<form onSubmit=${g} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${o.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!r} onChange=${()=>a(!1)} /><label for="h24">${o.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${r} onChange=${()=>a(!0)} /><label for="hcustom">${o.openCustom}</label></div>
    ${r&&c`<fieldset>
      <legend class="sr">${o.openCustom}</legend>
      <div class="days">
        ${Re.map(v=>c`<span class="check"><input type="checkbox" id=${"day-"+v} checked=${s.includes(v)} onChange=${()=>h(v)} /><label for=${"day-"+v}>${o.wday[v]}</label></span>`)}
      </div>
      <div class="grid">
        <${x} id="opens" label=${o.opens} type="time" value=${u} onInput=${d} />
        <${x} id="closes" label=${o.closes} type="time" value=${l} onInput=${f} />
      </div>
    </fieldset>`}
    ${p&&c`<p class="error" role="alert">${p}</p>`}
    ${m&&c`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}function Be(){let[e,t]=$(null),[n,r]=$(""),[,a]=$(0);S(()=>{Qn().then(t,i=>r(i.message))},[]);let s=()=>a(i=>i+1);return c`<section aria-labelledby="main-h">
    <h2 id="main-h">${o.mainNumber}</h2>
    <${k} message=${n} />
    ${e?c`<div class="stack">
          <${Ir} strategy=${e} onSaved=${s} />
          <${Lr} strategy=${e} onSaved=${s} />
        </div>`:!n&&c`<p>${o.loading}</p>`}
  </section>`}var Ft=W(0);function je(){let e=`accounts/${P.value.account}`,[t,n]=$(null),[r,a]=$(null),[s,i]=$({}),[u,d]=$(""),[l,f]=$(!1);S(()=>{Promise.all([U("GET","countries"),U("GET",e)]).then(([m,{data:b}])=>{let h=b.edgepbx||{};n(m.data),a({country:h.country||"",extension_length:h.extension_length?String(h.extension_length):"",timezone:null,language:b.language||""})},m=>d(m.message))},[]);function p(m){let b=t.find(h=>h.code===m);a({...r,country:m,...b?{timezone:b.timezone,language:b.language}:{}})}async function _(m){m.preventDefault(),f(!1);let b={};if(r.extension_length&&!/^[2-8]$/.test(r.extension_length)&&(b.extension_length=o.extLengthRange),i(b),d(""),Object.keys(b).length)return;let g={edgepbx:{country:r.country||null,extension_length:r.extension_length?Number(r.extension_length):null},language:r.language||null};r.timezone&&(g.timezone=r.timezone);try{await U("PATCH",e,g),K.value=void 0,Ft.value++,f(!0)}catch(v){let w={};for(let[N,C]of Object.entries(v.fields||{}))w[N.replace(/^edgepbx\./,"")]=C;i(w),d(v.message)}}return r?c`<form onSubmit=${_} aria-labelledby="locale-h" novalidate>
    <h3 id="locale-h">${o.locale}</h3>
    <p class="hint">${o.localeHint}</p>
    <${k} message=${u} />
    <div class="field">
      <label for="country">${o.country}</label>
      <select id="country" value=${r.country} onChange=${m=>p(m.target.value)}>
        <option value="">${o.countryNone}</option>
        ${t.map(m=>c`<option key=${m.code} value=${m.code}>${m.name}</option>`)}
      </select>
      ${s.country&&c`<p class="error" role="alert">${s.country}</p>`}
    </div>
    ${r.timezone&&c`<p class="hint" id="proposed_zone">${o.proposedZone(r.timezone)}</p>`}
    <${x} id="language" label=${o.promptLanguage} value=${r.language} onInput=${m=>a({...r,language:m})} error=${s.language} />
    <${x} id="extension_length" label=${o.extensionLength} value=${r.extension_length} onInput=${m=>a({...r,extension_length:m})} error=${s.extension_length} inputmode="numeric" />
    ${l&&c`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`:c`<${k} message=${u} />${!u&&c`<p>${o.loading}</p>`}`}var Tt=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function He({onDone:e}){let t=`accounts/${P.value.account}`,[n,r]=$(null),[a,s]=$({}),[i,u]=$(""),[d,l]=$(!1);S(()=>{U("GET",t).then(({data:_})=>r({name:_.name||"",timezone:_.timezone||"UTC"}),_=>u(_.message))},[Ft.value]);async function f(_){if(_.preventDefault(),l(!1),!n.name.trim())return s({name:o.required});s({}),u("");try{await U("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),P.value={...P.value,accountName:n.name.trim()},l(!0),e&&e()}catch(m){s(m.fields||{}),u(m.message)}}if(!n)return c`<${k} message=${i} />${!i&&c`<p>${o.loading}</p>`}`;let p=Tt.includes(n.timezone)?Tt:[n.timezone,...Tt];return c`<form onSubmit=${f} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${o.office}</h3>
    <${k} message=${i} />
    <${x} id="office_name" label=${o.officeName} value=${n.name} onInput=${_=>r({...n,name:_})} error=${a.name} />
    <div class="field">
      <label for="timezone">${o.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${_=>r({...n,timezone:_.target.value})}>
        ${p.map(_=>c`<option key=${_} value=${_}>${_}</option>`)}
      </select>
      ${a.timezone&&c`<p class="error" role="alert">${a.timezone}</p>`}
    </div>
    ${d&&c`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}function oo(e){let t=[],n=[],r="",a=!1,s=1,i=1,u=()=>{n.push(r.trim()),r=""},d=()=>{u(),n.some(l=>l!=="")&&t.push({line:i,fields:n}),n=[],i=s};for(let l=0;l<e.length;l++){let f=e[l];a?f==='"'&&e[l+1]==='"'?(r+='"',l++):f==='"'?a=!1:(f===`
`&&s++,r+=f):f==='"'?a=!0:f===","?u():f===`
`?(s++,d()):f!=="\r"&&(r+=f)}return d(),t}var ro=["first_name","last_name","username","email","extension","password","phone"],Ur=["first_name","last_name","username","extension","password"],Rr=/^(yes|y|true|1)$/i;function Br(e,t){let[n,...r]=oo(e);if(!n)return{problems:[o.csvEmpty]};let a=n.fields.map(f=>f.toLowerCase().replace(/\s+/g,"_")),s=Ur.filter(f=>!a.includes(f));if(s.length)return{problems:[o.csvColumns(s.join(", "))]};let i=a.filter(f=>!ro.includes(f));if(i.length)return{problems:[o.csvUnknown(i.join(", "))]};let u=[],d={username:new Map,extension:new Map},l=r.map(({line:f,fields:p})=>{let _=Object.fromEntries(ro.map(h=>[h,p[a.indexOf(h)]??""])),m={..._,phone:Rr.test(_.phone)},b=Mt(m,!0,t);p.length>a.length&&(b.line=o.csvExtra);for(let h of["username","extension"]){let g=m[h].toLowerCase();g&&d[h].has(g)?b[h]=o.csvDuplicate(d[h].get(g)):d[h].set(g,f)}for(let[h,g]of Object.entries(b))u.push(o.csvLine(f,h==="line"?"":o.csvField[h]||h,g));return{line:f,form:m}});return r.length||u.push(o.csvNoUsers),{forms:l,problems:u}}function ao({onAdded:e}){let[t,n]=$([]),[r,a]=$(""),[s,i]=$(!1);async function u(d){let l=d.target.files[0];if(a(""),!l)return;let f=await Le().catch(()=>null),{forms:p,problems:_}=Br(await l.text(),f);if(n(_),_.length)return;i(!0);let m=[],b=0;for(let{line:h,form:g}of p)try{let v=await Ie(g);b++,e({...v,extension:g.extension})}catch(v){let w=Object.entries(v.fields||{}).map(([N,C])=>o.csvLine(h,o.csvField[N]||N,C));m.push(...w.length?w:[o.csvLine(h,"",v.message)])}n(m),a(o.csvMade(b,p.length)),i(!1),d.target.value=""}return c`<div class="card">
    <h3>${o.csvImport}</h3>
    <p class="hint">${o.csvHint}</p>
    <div class="field">
      <label for="csv_file">${o.csvFile}</label>
      <input id="csv_file" type="file" accept=".csv,text/csv" disabled=${s} onChange=${u} />
    </div>
    ${r&&c`<p class="ok" role="status">${r}</p>`}
    ${t.length>0&&c`<ul class="errors" aria-label=${o.csvProblems}>${t.map(d=>c`<li key=${d} class="error">${d}</li>`)}</ul>`}
  </div>`}var At="configs/smtp_client",so=/^[^@\s]+@[^@\s]+$/;function jr(e){let t={};return/^[A-Za-z0-9.:-]{1,253}$/.test(e.relay)||(t.relay=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.from&&!so.test(e.from)&&(t.from=o.badEmail(e.from)),t}function Ge(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$({}),[i,u]=$(""),[d,l]=$("");if(S(()=>{y(At).then(m=>t({relay:m.relay||"",port:String(m.port||587),tls:m.tls||"if_available",username:m.username||"",password:"",from:m.from||"",passwordSet:!!m.password_set}),m=>u(m.message))},[]),!e)return c`<${k} message=${i} />${!i&&c`<p>${o.loading}</p>`}`;let f=m=>b=>t({...e,[m]:b});async function p(m){m.preventDefault(),l(""),u("");let b=jr(e);if(s(b),Object.keys(b).length)return;let h={relay:e.relay.trim(),port:Number(e.port),tls:e.tls,username:e.username.trim(),from:e.from.trim()||void 0};e.password&&(h.password=e.password);try{await B(At,h),t({...e,password:"",passwordSet:e.passwordSet||!!e.password}),l(o.saved)}catch(g){s(g.fields||{}),u(g.message)}}async function _(){if(l(""),!so.test(n.trim()))return s({...a,to:o.badEmail(n)});s({}),l(o.sending);try{await D(`${At}/test`,{to:n.trim()}),l(o.testSent(n.trim()))}catch(m){l(""),s(m.fields||{}),Object.keys(m.fields||{}).length||u(m.message)}}return c`<form onSubmit=${p} aria-labelledby="relay-h" novalidate>
    <h3 id="relay-h">${o.mailRelay}</h3>
    <p class="hint">${o.mailRelayHint}</p>
    <${k} message=${i} />
    <div class="grid">
      <${x} id="relay_host" label=${o.relayServer} value=${e.relay} onInput=${f("relay")} error=${a.relay} />
      <${x} id="relay_port" label=${o.port} value=${e.port} onInput=${f("port")} error=${a.port} inputmode="numeric" />
      <div class="field">
        <label for="relay_tls">${o.relayTls}</label>
        <select id="relay_tls" value=${e.tls} onChange=${m=>f("tls")(m.target.value)}>
          ${Object.entries(o.tlsModes).map(([m,b])=>c`<option key=${m} value=${m}>${b}</option>`)}
        </select>
      </div>
      <${x} id="relay_user" label=${o.relayUser} value=${e.username} onInput=${f("username")} error=${a.username} autocomplete="off" />
      <${x} id="relay_password" label=${e.passwordSet?o.relayPasswordKeep:o.password} type="password" value=${e.password} onInput=${f("password")} error=${a.password} autocomplete="new-password" />
      <${x} id="relay_from" label=${o.relayFrom} value=${e.from} onInput=${f("from")} error=${a.from} />
    </div>
    <div class="bar"><button type="submit">${o.save}</button></div>
    <${x} id="relay_test_to" label=${o.testTo} value=${n} onInput=${r} error=${a.to} type="email" />
    <div class="bar"><button type="button" class="plain" onClick=${_}>${o.sendTest}</button></div>
    ${d&&c`<p class="ok" role="status">${d}</p>`}
  </form>`}async function ze(){(await y("callflows?filter_numbers=no_match")).length===0&&await M("callflows",{numbers:["no_match"],flow:{module:"offnet",data:{},children:{}}})}var Dt="^(\\+?\\d{3,15})$",io={name:"",server:"",port:"5060",username:"",auth_username:"",password:"",realm:"",register:!0};function Hr(e){let t=e.gateways&&e.gateways[0]||{},n=r=>r==null?"":String(r);return{name:n(e.name),server:n(t.server),port:n(t.port||5060),username:n(t.username),auth_username:n(t.auth_username),password:n(t.password),realm:n(t.realm),register:t.register!==!1}}function Gr(e){let t={};return e.name.trim()||(t.name=o.required),/^[A-Za-z0-9.-]{1,253}$/.test(e.server.trim())||(t.server=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.register&&!e.username.trim()&&(t.username=o.required),e.register&&!e.password&&(t.password=o.required),t}function lo(e,t){let n={...e.gateways&&e.gateways[0]||{enabled:!0}};n.server=t.server.trim(),n.port=Number(t.port),n.register=t.register;for(let r of["username","auth_username","realm"])t[r].trim()?n[r]=t[r].trim():delete n[r];return t.password?n.password=t.password:delete n.password,{...e,name:t.name.trim(),gateways:[n,...(e.gateways||[]).slice(1)]}}var zr={enabled:!0,weight_cost:50,rules:[Dt],gateways:[]};function It({line:e,onDone:t}){let[n,r]=$(e?Hr(e):io),[a,s]=$({}),[i,u]=$(""),[d,l]=$(!1),f=b=>h=>r({...n,[b]:h}),p=b=>`line_${b}${e?"_edit":""}`;async function _(b){b.preventDefault(),u("");let h=Gr(n);if(s(h),!Object.keys(h).length){l(!0);try{e?await D(`resources/${e.id}`,lo(e,n)):await M("resources",lo(zr,n)),await ze(),e||r(io),l(!1),t(!0)}catch(g){s(Object.fromEntries(Object.entries(g.fields||{}).map(([v,w])=>[v.replace(/^gateways\.0\./,""),w]))),u(`${o.failed} ${g.message}`),l(!1)}}}let m=e?o.editLine(e.name):o.addLine;return c`<form onSubmit=${_} novalidate data-form=${e?"edit-line":"add-line"}>
    <h4>${m}</h4>
    <${k} message=${i} />
    <div class="grid">
      <${x} id=${p("name")} label=${o.name} value=${n.name} onInput=${f("name")} error=${a.name} />
      <${x} id=${p("server")} label=${o.lineServer} value=${n.server} onInput=${f("server")} error=${a.server} />
      <${x} id=${p("port")} label=${o.port} value=${n.port} onInput=${f("port")} error=${a.port} inputmode="numeric" />
      <${x} id=${p("username")} label=${o.lineNumber} value=${n.username} onInput=${f("username")} error=${a.username} autocomplete="off" />
      <${x} id=${p("auth")} label=${o.lineAuth} value=${n.auth_username} onInput=${f("auth_username")} error=${a.auth_username} autocomplete="off" />
      <${x} id=${p("password")} label=${o.linePassword} type="password" value=${n.password} onInput=${f("password")} error=${a.password} autocomplete="new-password" />
      <${x} id=${p("realm")} label=${o.lineRealm} value=${n.realm} onInput=${f("realm")} error=${a.realm} />
    </div>
    <${j} id=${p("register")} label=${o.lineRegister} checked=${n.register} onChange=${f("register")} />
    <div class="bar">
      <button type="submit" disabled=${d}>${e?o.save:o.addLine}</button>
      ${e&&c`<button type="button" class="plain" onClick=${()=>t(!1)}>${o.cancel}</button>`}
    </div>
  </form>`}var co=e=>e.filter(t=>t.kind==="fxo"&&t.sip_address).map(t=>{let n=t.sip_address.lastIndexOf(":");return{...t,host:t.sip_address.slice(0,n).replace(/^\[|\]$/g,""),port:Number(t.sip_address.slice(n+1))}}),Lt=(e,t)=>(e.gateways||[]).some(n=>n.server===t.host&&Number(n.port)===t.port);function qr(e){return e.state==="down"?e.alarm?`${o.fxoStates.down}: ${e.alarm}`:o.fxoStates.down:o.fxoStates[e.state==="idle"?"idle":"busy"]}function Wr(e){return e?e.state==="running"?o.fxoDialTone.checking:e.dial_tone?o.fxoDialTone.yes:o.fxoDialTone.no:o.fxoDialTone.unknown}function uo({ports:e,lines:t,onChanged:n}){let[r,a]=$(""),[s,i]=$(!1);if(e.length===0)return null;async function u(d){a(""),i(!0);try{await M("resources",{name:o.fxoLineName(d.name),enabled:!0,weight_cost:50,rules:[Dt],gateways:[{server:d.host,port:d.port,register:!1,enabled:!0}]}),await ze(),n()}catch(l){a(`${o.failed} ${l.message}`)}i(!1)}return c`<div aria-labelledby="fxo-h">
    <h4 id="fxo-h">${o.fxoLines}</h4>
    <${k} message=${r} />
    <ul class="lines">
      ${e.map(d=>{let l=t.find(f=>Lt(f,d));return c`<li key=${d.name} data-fxo=${d.name}>
          <span class=${d.state==="down"?"dot":"dot on"}>${d.name}${d.number?` (${d.number})`:""} · ${qr(d)} · ${Wr(d.line_test)}</span>
          ${l?c`<span class="hint" data-route>${o.fxoInUse(l.name)}</span>`:c`<button type="button" class="plain" disabled=${s} onClick=${()=>u(d)} aria-label=${`${o.fxoUse}: ${d.name}`}>${o.fxoUse}</button>`}
        </li>`})}
    </ul>
  </div>`}var Vr=5e3;async function Yr(){let[e,t]=await Promise.all([y("resources?paginate=false"),y("analog_ports").then(co,()=>[])]);return{lines:await Promise.all(e.map(r=>Promise.all([y(`resources/${r.id}`),y(`resources/${r.id}/status`)]).then(([a,s])=>({...a,gw:s.gateways[0]||{}})))),ports:t}}var Xr=e=>e.state==="failed"&&e.last_error?`${o.lineStates.failed}: ${e.last_error}`:o.lineStates[e.state]||e.state;function Zr({line:e,editing:t,onEdit:n,onDone:r,onError:a}){async function s(){if(confirm(o.confirmDeleteLine(e.name)))try{await O(`resources/${e.id}`),r(!0)}catch(i){a(i.message)}}return c`<li data-line=${e.name}>
    <span class=${e.gw.state==="registered"?"dot on":"dot"}>${e.name} · ${Xr(e.gw)}</span>
    ${t?c`<${It} line=${e} onDone=${r} />`:c`<span class="actions">
          <button type="button" class="plain" onClick=${n} aria-label=${`${o.edit}: ${e.name}`}>${o.edit}</button>
          <button type="button" class="plain" onClick=${s} aria-label=${`${o.del}: ${e.name}`}>${o.del}</button>
        </span>`}
  </li>`}function qe(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(""),i=()=>Yr().then(t,l=>s(l.message));S(()=>{i();let l=setInterval(i,Vr);return()=>clearInterval(l)},[]);let u=l=>{r(null),l&&i()},d=e?e.lines.filter(l=>!e.ports.some(f=>Lt(l,f))):[];return c`<div aria-labelledby="lines-h">
    <h3 id="lines-h">${o.outsideLines}</h3>
    <${k} message=${a} />
    ${e?d.length===0?c`<p>${o.noLines}</p>`:c`<ul class="lines">
            ${d.map(l=>c`<${Zr} key=${l.id} line=${l} editing=${n===l.id} onEdit=${()=>r(l.id)} onDone=${u} onError=${s} />`)}
          </ul>`:c`<p>${o.loading}</p>`}
    <${It} line=${null} onDone=${u} />
    ${e&&c`<${uo} ports=${e.ports} lines=${e.lines} onChanged=${i} />`}
  </div>`}var re=W(null);async function mo(){let e=await y(`users/${P.value.owner}`);e.require_password_update&&(re.value={forced:!0,username:e.username})}async function fo(){let e=await y(`users/${P.value.owner}`);re.value={forced:!1,username:e.username}}function Kr(){let[e,t]=$(!1),[n,r]=$([]);return e?c`<${Ue}
      user=${{}}
      onDone=${a=>{t(!1),a&&r([...n,a])}}
    />`:c`<div>
    <h3>${o.firstUsers}</h3>
    <ul class="added">${n.map(a=>c`<li key=${a.username}>${a.first_name} ${a.last_name} · ${a.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${o.addUser}</button>
    <${ao} onAdded=${a=>r(s=>[...s,a])} />
  </div>`}function po(){let{forced:e,username:t}=re.value,[n,r]=$(!e),a=[[o.stepPassword,()=>c`<${ce} username=${t} onDone=${()=>r(!0)} />`],[o.stepLocale,()=>c`<${je} />`],[o.stepOffice,()=>c`<${He} />`],[o.stepUsers,()=>c`<${Kr} />`],[o.stepMainNumber,()=>c`<${Be} />`],[o.stepLine,()=>c`<${qe} />`],[o.stepMail,()=>c`<${Ge} />`],[o.stepDone,()=>c`<p>${o.wizardDone}</p><${Wn} />`]],[s,i]=$(0),u=s===a.length-1,[d,l]=a[s],f=s===0&&!n;return c`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${o.wizard}</h2>
    <p class="hint">${o.stepOf(s+1,a.length)}: <strong>${d}</strong></p>
    ${f&&c`<p class="banner" role="alert">${o.pwForced}</p>`}
    <div key=${s}>${l()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${s===0} onClick=${()=>i(s-1)}>${o.back}</button>
      ${u?c`<button type="button" onClick=${()=>re.value=null}>${o.finish}</button>`:c`<button type="button" disabled=${f} onClick=${()=>i(s+1)}>${o.next}</button>`}
    </div>
  </section>`}async function Jr(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":P.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new G(t.status,n);return n.data}function $o(){let[e,t]=$(null),[n,r]=$(!1),[a,s]=$(""),[i,u]=$("");async function d(l){if(l.preventDefault(),s(""),u(""),!e)return s(o.pickBundle);r(!0);try{let f=await Jr(e);u(o.updateInstalled(f&&f.installed))}catch(f){let p=f.body&&f.body.data&&(f.body.data.message||f.body.data.detail);s(`${o.failed} ${f.message}${typeof p=="string"&&p!==f.message?`: ${p}`:""}`)}r(!1)}return c`<form onSubmit=${d} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${o.softwareUpdate}</h3>
    <p class="hint">${o.updateHint}</p>
    <${k} message=${a} />
    <div class="field">
      <label for="bundle">${o.bundle}</label>
      <input id="bundle" type="file" onChange=${l=>t(l.target.files[0]||null)} />
    </div>
    ${i&&c`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?o.uploading:o.install}</button>
  </form>`}function ho(){let[e,t]=$(null),[n,r]=$(""),a=()=>y("sip_bans").then(t,i=>i.status===403?t(null):r(i.message));S(a,[]);let s=i=>O(`sip_bans/${encodeURIComponent(i)}`).then(a,u=>r(u.message));return e?c`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${o.sipBans}</h3>
    <${k} message=${n} />
    ${e.length===0?c`<p>${o.noBans}</p>`:c`<ul class="numbers">
          ${e.map(i=>c`<li key=${i.ip} data-ban=${i.ip}>
              <span>${o.banned(i.ip,i.reason)} · ${o.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>s(i.ip)} aria-label=${o.liftBan(i.ip)}>${o.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:c`<${k} message=${n} />`}function _o(){let[e,t]=$(null),[n,r]=$("");return S(()=>{y(`users/${P.value.owner}`).then(t,a=>r(a.message))},[]),c`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${o.settings}</h2>
    <${k} message=${n} />
    <div class="stack">
      ${e&&c`<${ce} username=${e.username} />`}
      <${je} />
      <${He} />
      <${qe} />
      <${Ge} />
      <${ho} />
      <${$o} />
      <div><button type="button" onClick=${()=>fo().catch(a=>r(a.message))}>${o.runWizard}</button></div>
    </div>
  </section>`}var We=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),Ut=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function Qr(e,t){let n=await fetch("/v2/"+X(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":P.value.token,"Content-Type":Ut(t),Accept:"application/json"},body:t});if(!n.ok)throw new G(n.status,await n.json().catch(()=>null))}async function bo(e,t){let n=await M("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await Qr(n.id,t)}catch(r){throw await O(`media/${n.id}`).catch(()=>{}),r}return n.id}var Rt=e=>O(`media/${e}`).catch(()=>{});var Bt=["skip_greeting","skip_instructions","delete_after_notify","announcement_only","check_if_owner","transcribe"],ea={check_if_owner:!0},ta=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,go=e=>e.split(/[\s,;]+/).filter(Boolean);function na(e){let t={};e.name.trim()||(t.name=o.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=o.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=o.pinDigits);let n=go(e.notify).find(r=>!ta.test(r));return n&&(t.notify_email_addresses=o.badEmail(n)),t}function vo({box:e,users:t,onDone:n}){let r=!e.id,[a,s]=$({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(Bt.map(g=>[g,!!(e[g]??ea[g])]))}),[i,u]=$({}),[d,l]=$(""),[f,p]=$(!1),[_,m]=$(null),b=g=>v=>s({...a,[g]:v});async function h(g){g.preventDefault();let v=na(a);if(_&&!We(_)&&(v.greeting=o.greetingType),u(v),l(""),Object.keys(v).length)return;let w={name:a.name.trim(),mailbox:a.mailbox,notify_email_addresses:go(a.notify),...Object.fromEntries(Bt.map(C=>[C,a[C]]))};w.owner_id=a.owner_id||(r?void 0:null),w.pin=a.pin||(r?void 0:null),p(!0);let N=null;try{_&&(N=await bo(w.name,_).catch(C=>{throw Object.assign(C,{fields:{greeting:C.fields&&C.fields.media||C.message}})}),w.media={...e.media||{},unavailable:N}),r?await M("vmboxes",w):await B(`vmboxes/${e.id}`,w),N&&e.media&&e.media.unavailable&&await Rt(e.media.unavailable),n()}catch(C){N&&await Rt(N),u(C.fields||{}),l(`${o.failed} ${C.message}`),p(!1)}}return c`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${r?o.addVmbox:o.editVmbox}</h2>
    <form onSubmit=${h} novalidate>
      <${k} message=${d} />
      <div class="grid">
        <${x} id="vm_name" label=${o.name} value=${a.name} onInput=${b("name")} error=${i.name} required />
        <${x} id="vm_mailbox" label=${o.mailbox} value=${a.mailbox} onInput=${b("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${o.owner}</label>
          <select id="vm_owner" value=${a.owner_id} onChange=${g=>b("owner_id")(g.target.value)}>
            <option value="">${o.noOwner}</option>
            ${t.map(g=>c`<option key=${g.id} value=${g.id}>${g.first_name} ${g.last_name}</option>`)}
          </select>
          ${i.owner_id&&c`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${x} id="vm_pin" label=${o.pin} type="password" value=${a.pin} onInput=${b("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${o.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${g=>m(g.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?o.greetingSet:o.greetingNone}</p>
        ${i.greeting&&c`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${x} id="vm_notify" label=${o.recipients} value=${a.notify} onInput=${b("notify")} error=${i.notify_email_addresses} />
      ${Bt.map(g=>c`<div class="check" key=${g}>
          <input type="checkbox" id=${"vm_"+g} checked=${a[g]} onChange=${v=>b(g)(v.target.checked)} />
          <label for=${"vm_"+g}>${o.vmFlags[g]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${n}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var oa=62167219200,ra=e=>new Date((e-oa)*1e3).toISOString().slice(0,16).replace("T"," ");function aa({id:e,others:t,onMove:n}){let[r,a]=$("");return c`<span class="assign">
    <label class="sr" for=${"move-"+e}>${o.moveTo}</label>
    <select id=${"move-"+e} value=${r} onChange=${s=>a(s.target.value)}>
      <option value="">${o.moveTo}…</option>
      ${t.map(s=>c`<option key=${s.id} value=${s.id}>${s.name} (${s.mailbox})</option>`)}
    </select>
    <button class="plain" disabled=${!r} onClick=${()=>n(r)}>${o.move}</button>
  </span>`}function Ve({box:e,others:t=[],onDone:n}){let r=`vmboxes/${e.id}/messages`,[a,s]=$(null),[i,u]=$({}),d=dt([]),[l,f]=$(""),p=()=>y(`${r}?paginate=false`).then(h=>s(h.filter(g=>g.folder!=="deleted")),h=>f(h.message));S(()=>(p(),()=>d.current.forEach(h=>URL.revokeObjectURL(h))),[]);let _=h=>h.then(p,g=>f(g.message));async function m(h){if(i[h.media_id])return i[h.media_id];let g=URL.createObjectURL(await Sn(`${r}/${h.media_id}/raw`));return d.current.push(g),u(v=>({...v,[h.media_id]:g})),g}async function b(h){try{let g=document.createElement("a");g.href=await m(h),g.download=`${e.mailbox}-${h.media_id}.wav`,g.click()}catch(g){f(g.message)}}return c`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${o.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${n}>${o.vmboxes}</button>
    </div>
    <${k} message=${l} />
    ${a?a.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${o.messages}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.duration}</th><th>${o.folder}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${a.map(h=>c`<tr key=${h.media_id} data-message=${h.media_id} class="message">
                  <td data-label=${o.when}>${h.timestamp?ra(h.timestamp):""}</td>
                  <td data-label=${o.from}>${h.caller_id_name||""} ${h.caller_id_number||""}
                    ${h.transcription&&h.transcription.text&&c`<p class="transcript" aria-label=${o.transcript}>${h.transcription.text}</p>`}</td>
                  <td data-label=${o.duration}>${h.length?`${Math.round(h.length/1e3)} s`:""}</td>
                  <td data-label=${o.folder} class="folder">${o.folders[h.folder]||h.folder}</td>
                  <td class="actions">
                    ${i[h.media_id]?c`<audio controls autoplay src=${i[h.media_id]}></audio>`:c`<button onClick=${()=>m(h).catch(g=>f(g.message))}>${o.play}</button>`}
                    <button class="plain" onClick=${()=>b(h)}>${o.download}</button>
                    ${h.folder==="new"&&c`<button class="plain" onClick=${()=>_(D(`${r}/${h.media_id}`,{folder:"saved"}))}>${o.markHeard}</button>`}
                    ${t.length>0&&c`<${aa} id=${h.media_id} others=${t} onMove=${g=>_(D(r,{messages:[h.media_id],source_id:g}))} />`}
                    <button class="danger" onClick=${()=>confirm(o.confirmDeleteMessage)&&_(O(`${r}/${h.media_id}`))}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${o.loading}</p>`}
  </section>`}function yo(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(null),[i,u]=$(""),d=()=>Promise.all([y("vmboxes?paginate=false"),y("users?paginate=false")]).then(([m,b])=>t({boxes:m,users:b}),m=>u(m.message));S(d,[]);let l=()=>{r(null),s(null),d()};async function f(m){confirm(o.confirmDeleteVmbox(m.name))&&(await O(`vmboxes/${m.id}`).catch(b=>u(b.message)),d())}async function p(m){try{r(await y(`vmboxes/${m.id}`))}catch(b){u(b.message)}}if(n)return c`<${vo} box=${n} users=${e.users} onDone=${l} />`;if(a)return c`<${Ve} box=${a} others=${e.boxes.filter(m=>m.id!==a.id)} onDone=${l} />`;let _=m=>{let b=e.users.find(h=>h.id===m);return b?`${b.first_name} ${b.last_name}`:""};return c`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${o.vmboxes}</h2>
      <button onClick=${()=>r({})}>${o.addVmbox}</button>
    </div>
    <${k} message=${i} />
    ${e?e.boxes.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${o.vmboxes}>
            <thead><tr><th>${o.name}</th><th>${o.mailbox}</th><th>${o.owner}</th><th>${o.newMessages}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map(m=>c`<tr key=${m.id} data-vmbox=${m.mailbox}>
                  <td data-label=${o.name}>${m.name}</td>
                  <td data-label=${o.mailbox}>${m.mailbox}</td>
                  <td data-label=${o.owner}>${_(m.owner_id)}</td>
                  <td data-label=${o.newMessages} class="count">${m.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>s(m)} aria-label=${o.messagesOf(m.name)}>${o.messages}</button>
                    <button class="plain" onClick=${()=>p(m)} aria-label=${`${o.edit} ${m.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>f(m)} aria-label=${`${o.del} ${m.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${o.loading}</p>`}
  </section>`}function Ye(e,t){if(!(t instanceof G))throw t;let n={};for(let[r,a]of Object.entries(t.fields))n[e==="userGroup"&&r.startsWith("numbers")?"extension":Ln(r)||r.split(".")[0]]=a;throw t.fields=n,t}async function wo(){let[e,t]=await Promise.all([y("groups?paginate=false"),y("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let r=t.filter(a=>a.group_id===n.id);return{...n,userCf:r.find(a=>a.type==="userGroup"),baseCf:r.find(a=>a.type==="baseGroup")}})}async function xo(e){let t=[];try{let n=await M("groups",kt({},e));t.push(()=>O(`groups/${n.id}`));let r=await M("callflows",Ct({},n,e));t.push(()=>O(`callflows/${r.id}`)),await M("callflows",St({},n,r,e)).catch(a=>Ye("userGroup",a))}catch(n){for(let r of t.reverse())await r().catch(()=>{});Ye("groups",n)}}async function ko(e,t){try{let n=await D(`groups/${e.id}`,kt(await y(`groups/${e.id}`),t)),r=await D(`callflows/${e.baseCf.id}`,Ct(await y(`callflows/${e.baseCf.id}`),n,t)),a=e.userCf?await y(`callflows/${e.userCf.id}`):{},s=St(a,n,r,t);await(e.userCf?D(`callflows/${e.userCf.id}`,s):M("callflows",s)).catch(i=>Ye("userGroup",i))}catch(n){Ye("groups",n)}}async function Co(e){for(let t of[e.userCf,e.baseCf])t&&await O(`callflows/${t.id}`);await O(`groups/${e.id}`)}var de=e=>/^\d+$/.test(String(e))?Number(e):NaN;function sa(e){let t={};return e.name.trim()||(t.name=o.required),/^\d{2,8}$/.test(e.extension)||(t.extension=o.extDigits),de(e.repeats)>=1&&de(e.repeats)<=10||(t.repeats=o.repeatsRange),e.members.length||(t.members=o.pickMember),e.members.length>be&&(t.members=o.tooManyMembers(be)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=o.badTimeline),{...t,...Un(e)}}function So({id:e,label:t,value:n,onChange:r,options:a,wide:s}){return c`<div class=${s?"field wide":"field"}>
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>r(i.target.value)}>
      ${a.map(([i,u])=>c`<option key=${i} value=${i}>${u}</option>`)}
    </select>
  </div>`}function No({group:e,users:t,vmboxes:n,media:r,onDone:a}){let[s,i]=$(e.form),[u,d]=$("20"),[l,f]=$({}),[p,_]=$(""),[m,b]=$(!1),h=E=>T=>i({...s,[E]:T}),g=E=>s.members.find(T=>T.id===E),v=E=>i({...s,members:g(E.id)?s.members.filter(T=>T.id!==E.id):[...s.members,{id:E.id,delay:0,timeout:20}]}),w=(E,T,z)=>i({...s,members:s.members.map(q=>q.id===E?{...q,[T]:de(z)}:q)});async function N(E){E.preventDefault();let T=sa(s);if(f(T),_(""),!Object.keys(T).length){b(!0);try{let z=H?s.members.map(ue=>({...ue,delay:0})):s.members,q={...s,members:z,name:s.name.trim(),repeats:de(s.repeats)};await(e.id?ko(e,q):xo(q)),a()}catch(z){f(z.fields||{}),_(`${o.failed} ${z.message}`),b(!1)}}}let C=s.members.length>=be,H=s.strategy!=="simultaneous";return c`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?o.editGroup:o.addGroup}</h2>
    <form onSubmit=${N} novalidate>
      <${k} message=${p} />
      <div class="grid">
        <${x} id="group_name" label=${o.name} value=${s.name} onInput=${h("name")} error=${l.name} required />
        <${x} id="group_extension" label=${o.extension} value=${s.extension} onInput=${h("extension")} error=${l.extension} required inputmode="numeric" />
        <${x} id="group_repeats" label=${o.repeats} value=${String(s.repeats)} onInput=${h("repeats")} error=${l.repeats} inputmode="numeric" />
        <${So} id="group_strategy" label=${o.strategy} value=${s.strategy} onChange=${h("strategy")} options=${Object.entries(o.strategies)} />
        <${So} id="group_next" wide label=${o.nextAction} value=${s.next_vmbox} onChange=${h("next_vmbox")}
          options=${[["",o.notAvailable],...n.map(E=>[E.id,o.toVoicemail(E.name,E.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${o.members(s.members.length,be)}</legend>
        ${l.members&&c`<p class="error" id="members-error" role="alert">${l.members}</p>`}
        <table class="list timeline" aria-label=${o.timeline}>
          <thead><tr><th>${o.member}</th>${!H&&c`<th>${o.startAfter}</th>`}<th>${o.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(E=>{let T=g(E.id),z=`${E.first_name} ${E.last_name}`;return c`<tr key=${E.id} data-member=${E.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+E.id} checked=${!!T} disabled=${!T&&C} onChange=${()=>v(E)} /><label for=${"m-"+E.id}>${z}</label></span></td>
                ${!H&&c`<td data-label=${o.startAfter}>${T&&c`<input class="delay" aria-label=${`${o.startAfter} ${z}`} inputmode="numeric" value=${Number.isNaN(T.delay)?"":T.delay} onInput=${q=>w(E.id,"delay",q.target.value)} />`}</td>`}
                <td data-label=${o.ringFor}>${T&&c`<input class="timeout" aria-label=${`${o.ringFor} ${z}`} inputmode="numeric" value=${Number.isNaN(T.timeout)?"":T.timeout} onInput=${q=>w(E.id,"timeout",q.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${x} id="group_total" label=${o.totalRing} value=${u} onInput=${d} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!s.members.length||!(de(u)>=1)} onClick=${()=>i({...s,members:Bn(s.members,de(u))})}>${o.distribute}</button>
        </div>
      </fieldset>
      <${Rn} f=${s} set=${h} media=${r} errors=${l} />
      <div class="bar">
        <button type="submit" disabled=${m}>${m?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${a}>${o.cancel}</button>
      </div>
    </form>
  </section>`}async function ia(e){let t=e.baseCf?await y(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},r=(n.endpoints||[]).map(i=>({id:i.id,delay:Number(i.delay)||0,timeout:Number(i.timeout)||20})),a=e.userCf?(await y(`callflows/${e.userCf.id}`)).flow:null,s=a&&gt(a)?(gt(a).children||{})._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:s&&s.module==="voicemail"?s.data.id:"",members:r,...An(a,n)}}function Po(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(""),i=()=>Promise.all([wo(),y("users?paginate=false"),y("vmboxes?paginate=false"),y("media?paginate=false")]).then(([l,f,p,_])=>t({groups:l,users:f,vmboxes:p,media:_}),l=>s(l.message));S(i,[]);async function u(l){try{r({...l,form:await ia(l)})}catch(f){s(f.message)}}async function d(l){confirm(o.confirmDeleteGroup(l.name))&&(await Co(l).catch(f=>s(f.message)),i())}return n?c`<${No}
      group=${n}
      users=${e.users}
      vmboxes=${e.vmboxes}
      media=${e.media}
      onDone=${()=>{r(null),i()}}
    />`:c`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${o.groups}</h2>
      <button disabled=${!e} onClick=${()=>r({form:{name:"",extension:"",repeats:1,strategy:"simultaneous",next_vmbox:"",members:[],...bt}})}>${o.addGroup}</button>
    </div>
    <${k} message=${a} />
    ${e?e.groups.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${o.groups}>
            <thead><tr><th>${o.name}</th><th>${o.extension}</th><th>${o.memberCount}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.groups.map(l=>c`<tr key=${l.id} data-group=${l.name}>
                  <td data-label=${o.name}>${l.name}</td>
                  <td data-label=${o.extension} class="ext">${l.userCf&&l.userCf.numbers?l.userCf.numbers[0]:""}</td>
                  <td data-label=${o.memberCount}>${typeof l.endpoints=="number"?l.endpoints:Object.keys(l.endpoints||{}).length}</td>
                  <td class="actions">
                    <button onClick=${()=>u(l)} aria-label=${`${o.edit} ${l.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>d(l)} aria-label=${`${o.del} ${l.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${o.loading}</p>`}
  </section>`}function Eo(e,t){let n=[];for(let r of e){let a=r.type==="mainUserCallflow"&&t.find(s=>s.id===r.owner_id);a?n.push({id:r.id,label:o.assignUser(`${a.first_name} ${a.last_name}`)}):r.type==="userGroup"?n.push({id:r.id,label:o.assignGroup(r.name)}):r.type==="main"&&r.name==="MainCallflow"?n.push({id:r.id,label:o.mainNumber}):(r.modules||[]).includes("conference")&&!r.featurecode&&n.push({id:r.id,label:o.assignConference(r.name||r.id)})}return n.sort((r,a)=>r.label.localeCompare(a.label))}async function Mo(e,t){let n=await y(`callflows/${e}`);await B(`callflows/${e}`,{numbers:[...n.numbers||[],t]})}async function Oo(e,t){let n=await y(`callflows/${e}`);await B(`callflows/${e}`,{numbers:(n.numbers||[]).filter(r=>r!==t)})}async function la(){let[e,t,n]=await Promise.all([y("phone_numbers"),y("callflows?paginate=false"),y("users?paginate=false")]),r=Eo(t,n);return{rows:Object.entries(e.numbers||{}).map(([s,i])=>{let u=i.used_by_id&&t.find(l=>l.id===i.used_by_id),d=u&&r.find(l=>l.id===u.id);return{number:s,usedBy:d?d.label:u?u.name||u.id:i.used_by_id||"",assignedTo:d&&u.id}}).sort((s,i)=>s.number.localeCompare(i.number)),targets:r}}function ca({number:e,choices:t,onAssign:n}){let[r,a]=$(""),s=`assign-${e}`;return c`<span class="assign">
    <label class="sr" for=${s}>${o.assignTo(e)}</label>
    <select id=${s} value=${r} onChange=${i=>a(i.target.value)}>
      <option value="">${o.assignPick}</option>
      ${t.map(i=>c`<option key=${i.id} value=${i.id}>${i.label}</option>`)}
    </select>
    <button disabled=${!r} onClick=${()=>n(r)}>${o.assign}</button>
  </span>`}function Fo(){let[e,t]=$(null),[n,r]=$(""),[a,s]=$(""),[i,u]=$(""),d=()=>la().then(t,m=>u(m.message)),l=e&&e.rows,f=m=>m.then(()=>u(""),b=>u(b.message)).then(d);S(d,[]);async function p(m){m.preventDefault();let b=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(b))return s(o.badPhoneNumber);s("");try{await M(`phone_numbers/${encodeURIComponent(b)}`,{}),r(""),d()}catch(h){s(h.fields.number||h.message)}}async function _(m){confirm(o.confirmDeleteNumber(m))&&(await O(`phone_numbers/${encodeURIComponent(m)}`).catch(b=>u(b.message)),d())}return c`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${o.numbers}</h2>
    <${k} message=${i} />
    ${l?l.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${o.numbers}>
            <thead><tr><th>${o.number}</th><th>${o.usedBy}</th><th><span class="sr">${o.del}</span></th></tr></thead>
            <tbody>
              ${l.map(m=>c`<tr key=${m.number} data-number=${m.number}>
                  <td data-label=${o.number} class="main-number">${m.number}</td>
                  <td data-label=${o.usedBy} class="used-by">${m.usedBy||o.spare}</td>
                  <td class="actions">
                    ${!m.usedBy&&c`<${ca} number=${m.number} choices=${e.targets} onAssign=${b=>f(Mo(b,m.number))} />`}
                    ${m.assignedTo&&c`<button class="plain" onClick=${()=>f(Oo(m.assignedTo,m.number))} aria-label=${`${o.unassign} ${m.number}`}>${o.unassign}</button>`}
                    ${!m.usedBy&&c`<button class="danger" onClick=${()=>_(m.number)} aria-label=${`${o.remove} ${m.number}`}>${o.remove}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${o.loading}</p>`}
    <form onSubmit=${p} novalidate>
      <${x} id="new_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
      <button type="submit">${o.addPhoneNumber}</button>
    </form>
  </section>`}var To=e=>e.split(/[\s,;]+/).filter(Boolean);function Ao(e){return{name:e.name.trim(),conference_numbers:[e.number],member:{pins:To(e.member_pins),join_muted:e.join_muted},moderator:{pins:To(e.moderator_pins)}}}var jt=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:Ae(e,n.number),flow:{module:"conference",data:{id:t.id},children:{}}});function Do(e){if(!(e instanceof G))throw e;let t={};for(let[n,r]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=r;throw e.fields=t,e}var Io=e=>y(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function Lo(e){let t=null;try{t=await M("conferences",Ao(e)),await M("callflows",jt({},t,e))}catch(n){t&&await O(`conferences/${t.id}`).catch(()=>{}),Do(n)}}async function Uo(e,t){try{let n=await B(`conferences/${e}`,Ao(t)),[r]=await Io(e);r?await D(`callflows/${r.id}`,jt(await y(`callflows/${r.id}`),n,t)):await M("callflows",jt({},n,t))}catch(n){Do(n)}}async function Ro(e){for(let t of await Io(e))await O(`callflows/${t.id}`);await O(`conferences/${e}`)}var da=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function ua(e){let t={};e.name.trim()||(t.name=o.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=o.extDigits);for(let n of["member_pins","moderator_pins"])da.test(e[n].trim())||(t[n]=o.pinList);return t}function Bo({conf:e,onDone:t}){let n=!e.id,[r,a]=$({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[s,i]=$({}),[u,d]=$(""),[l,f]=$(!1),p=m=>b=>a({...r,[m]:b});async function _(m){m.preventDefault();let b=ua(r);if(i(b),d(""),!Object.keys(b).length){f(!0);try{n?await Lo(r):await Uo(e.id,r),t()}catch(h){i(h.fields||{}),d(`${o.failed} ${h.message}`),f(!1)}}}return c`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?o.addConference:o.editConference}</h2>
    <form onSubmit=${_} novalidate>
      <${k} message=${u} />
      <div class="grid">
        <${x} id="conf_name" label=${o.name} value=${r.name} onInput=${p("name")} error=${s.name} required />
        <${x} id="conf_number" label=${o.confNumber} value=${r.number} onInput=${p("number")} error=${s.number} required inputmode="tel" />
        <${x} id="conf_member_pins" label=${o.memberPins} value=${r.member_pins} onInput=${p("member_pins")} error=${s.member_pins||s.member} inputmode="numeric" autocomplete="off" />
        <${x} id="conf_moderator_pins" label=${o.moderatorPins} value=${r.moderator_pins} onInput=${p("moderator_pins")} error=${s.moderator_pins||s.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${j} id="conf_join_muted" label=${o.joinMuted} checked=${r.join_muted} onChange=${p("join_muted")} />
      <div class="bar">
        <button type="submit" disabled=${l}>${l?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var jo=e=>(e&&e.pins||[]).length;function Ho(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(""),i=()=>y("conferences?paginate=false").then(t,l=>s(l.message));S(i,[]);async function u(l){try{r(await y(`conferences/${l.id}`))}catch(f){s(f.message)}}async function d(l){confirm(o.confirmDeleteConference(l.name))&&(await Ro(l.id).catch(f=>s(f.message)),i())}return n?c`<${Bo}
      conf=${n}
      onDone=${()=>{r(null),i()}}
    />`:c`<section aria-labelledby="conf-h">
    <div class="bar">
      <h2 id="conf-h">${o.conferences}</h2>
      <button onClick=${()=>r({})}>${o.addConference}</button>
    </div>
    <${k} message=${a} />
    ${e?e.length===0?c`<p>${o.none}</p>`:c`<table class="list" aria-label=${o.conferences}>
            <thead><tr><th>${o.name}</th><th>${o.confNumber}</th><th>${o.pins}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(l=>c`<tr key=${l.id} data-conference=${l.name}>
                  <td data-label=${o.name}>${l.name}</td>
                  <td data-label=${o.confNumber} class="ext">${(l.conference_numbers||[]).join(", ")}</td>
                  <td data-label=${o.pins} class="pins">${o.pinSummary(jo(l.member),jo(l.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>u(l)} aria-label=${`${o.edit} ${l.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>d(l)} aria-label=${`${o.del} ${l.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:c`<p>${o.loading}</p>`}
  </section>`}var ma=(e,t)=>({...e,numbers:e.numbers.map(n=>n.replace("{code}",t)),patterns:e.patterns.map(n=>n.replace("{code}",t.replace(/\*/g,"\\*"))),featurecode:{...e.featurecode,number:t}}),fa=e=>/^[0-9*]{1,6}$/.test(e),pa=(e,t)=>(e.star?`*${t}`:t)+(e.takes_digits?"\u2026":"");function $a({row:e,taken:t,onSaved:n}){let[r,a]=$(e.number),[s,i]=$(e.enabled),[u,d]=$(""),[l,f]=$(!1),p=r!==e.number||s!==e.enabled,_=`fc-${e.name.replace(/[^a-z0-9]/gi,"_")}`,m=o.fcNames[e.name]||e.name;async function b(){if(s&&!fa(r))return d(o.fcDigits);if(s&&t(e,r))return d(o.fcTaken(pa(e,r)));d(""),f(!0);try{let h=ma(e.template,r);s?e.enabled?await B(`callflows/${e.callflow_id}`,{numbers:h.numbers,patterns:h.patterns,featurecode:h.featurecode}):await M("callflows",h):await O(`callflows/${e.callflow_id}`),n()}catch(h){d(h.fields.numbers||h.fields.patterns||h.message),f(!1)}}return c`<tr data-code=${e.name} class=${e.handled?"":"muted"}>
    <td data-label=${o.fcWhat}>${m}${!e.handled&&c`<br /><small>${o.fcNotRun}</small>`}</td>
    <td data-label=${o.fcCode}>
      <span class="code-input">${e.star?"*":""}<input id=${_} aria-label=${`${o.fcCode}: ${m}`} value=${r} inputmode="tel" size="6"
        aria-invalid=${u?"true":void 0} onInput=${h=>a(h.target.value.trim())} disabled=${!s} />${e.takes_digits?"\u2026":""}</span>
      ${u&&c`<p class="error" role="alert">${u}</p>`}
    </td>
    <td data-label=${o.fcOn}><input type="checkbox" aria-label=${`${o.fcOn}: ${m}`} checked=${s} disabled=${!e.handled&&!e.enabled}
      onChange=${h=>i(h.target.checked)} /></td>
    <td class="actions">${p&&c`<button type="button" disabled=${l} onClick=${b} aria-label=${`${o.save}: ${m}`}>${o.save}</button>`}</td>
  </tr>`}function Go(){let[e,t]=$(null),[n,r]=$(""),a=()=>y("feature_codes").then(t,i=>r(i.message));S(a,[]);let s=(i,u)=>e.some(d=>d!==i&&d.enabled&&d.star===i.star&&d.number===u);return c`<section aria-labelledby="fc-h">
    <h2 id="fc-h">${o.featureCodes}</h2>
    <p class="hint">${o.fcHint}</p>
    <${k} message=${n} />
    ${e?c`<table class="list" aria-label=${o.featureCodes}>
          <thead><tr><th>${o.fcWhat}</th><th>${o.fcCode}</th><th>${o.fcOn}</th><th><span class="sr">${o.save}</span></th></tr></thead>
          <tbody>${e.map(i=>c`<${$a} key=${`${i.name}/${i.callflow_id}/${i.number}`} row=${i} taken=${s} onSaved=${a} />`)}</tbody>
        </table>`:c`<p>${o.loading}</p>`}
  </section>`}var ha=/^\+?\d{2,15}$/;function _a(e){let t=e.call_forward||{};return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),forward:!!t.enabled,number:t.number||"",direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function zo({user:e,onSaved:t}){let[n,r]=$(_a(e)),[a,s]=$({}),[i,u]=$(""),[d,l]=$(!1),[f,p]=$(!1),_=b=>h=>{l(!1),r({...n,[b]:h})};async function m(b){b.preventDefault();let h=n.forward&&!ha.test(n.number.trim())?{"call_forward.number":o.forwardNumber}:{};if(s(h),u(""),!Object.keys(h).length){p(!0);try{let g=await B(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:{enabled:n.forward,number:n.number.trim(),direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices}});l(!0),t&&t(g)}catch(g){s(g.fields||{}),u(`${o.failed} ${g.message}`)}p(!1)}}return c`<form onSubmit=${m} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${o.callHandling}</h3>
    <${k} message=${i} />
    <${j} id="dnd" label=${o.dnd} checked=${n.dnd} onChange=${_("dnd")} />
    <${j} id="forward" label=${o.forward} checked=${n.forward} onChange=${_("forward")} />
    ${n.forward&&c`<fieldset>
      <${x} id="forward_number" label=${o.forwardTo} value=${n.number} onInput=${_("number")} error=${a["call_forward.number"]} inputmode="tel" />
      <${j} id="ring_devices" label=${o.ringDevicesToo} checked=${n.ring_devices} onChange=${_("ring_devices")} />
      <${j} id="direct_calls_only" label=${o.directCallsOnly} checked=${n.direct_calls_only} onChange=${_("direct_calls_only")} />
      <${j} id="keep_caller_id" label=${o.keepCallerId} checked=${n.keep_caller_id} onChange=${_("keep_caller_id")} />
      <${j} id="require_keypress" label=${o.requireKeypress} checked=${n.require_keypress} onChange=${_("require_keypress")} />
    </fieldset>`}
    ${d&&c`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
  </form>`}var Xe=(e,t)=>/^\d+$/.test(String(e))&&Number(e)>=t&&Number(e)<=300;function qo({userId:e}){let[t,n]=$(null),[r,a]=$(null),[s,i]=$({}),[u,d]=$(""),[l,f]=$(!1),p=(h,g)=>{let v=Object.fromEntries(h.endpoints.map(C=>[C.id,C])),w=h.cellphone||{},N={on:!!w.enabled,number:w.number||"",delay:String(w.delay??0),timeout:String(w.timeout??20)};a({enabled:h.enabled,cell:N,rows:g.map(C=>({id:C.id,name:C.name,on:!!v[C.id],delay:String(v[C.id]?.delay??0),timeout:String(v[C.id]?.timeout??20)}))})};if(S(()=>{Promise.all([y(`users/${e}/find_me_follow_me`),y(`users/${e}/devices`)]).then(([h,g])=>{let v=g.filter(w=>w.device_type!=="cellphone");n(v),p(h,v)},h=>d(h.message))},[]),!r)return c`<div class="card"><h3>${o.followMe}</h3><${k} message=${u} />${!u&&o.loading}</div>`;let _=(h,g,v)=>a({...r,rows:r.rows.map((w,N)=>N===h?{...w,[g]:v}:w)}),m=h=>g=>a({...r,cell:{...r.cell,[h]:g}});async function b(h){h.preventDefault(),f(!1),d("");let g=r.rows.filter(N=>N.on),v={},{cell:w}=r;if(r.enabled&&!g.length&&!w.on&&(v.rows=o.pickPhone),w.on&&!/^\+?\d{3,15}$/.test(w.number.replace(/[\s().-]/g,""))&&(v.cell_number=o.badPhoneNumber),w.on&&(!Xe(w.delay,0)||!Xe(w.timeout,1))&&(v.cell=o.badTimeline),r.rows.forEach((N,C)=>{N.on&&(!Xe(N.delay,0)||!Xe(N.timeout,1))&&(v[C]=o.badTimeline)}),i(v),!Object.keys(v).length)try{let N=g.map(H=>({id:H.id,delay:Number(H.delay),timeout:Number(H.timeout)})),C=w.on?{number:w.number,delay:Number(w.delay),timeout:Number(w.timeout)}:null;p(await D(`users/${e}/find_me_follow_me`,{enabled:r.enabled,endpoints:r.enabled?N:[],cellphone:C}),t),f(!0)}catch(N){let C={};for(let[H,E]of Object.entries(N.fields||{})){let T=/^endpoints\.(\d+)\./.exec(H);T?C[r.rows.indexOf(g[Number(T[1])])]=E:H==="cellphone.number"?C.cell_number=E:H.startsWith("cellphone")?C.cell=E:C.rows=E}i(C),d(`${o.failed} ${N.message}`)}}return c`<form class="card" onSubmit=${b} novalidate aria-labelledby="fmfm-h">
    <h3 id="fmfm-h">${o.followMe}</h3>
    <p class="hint">${o.followMeHint}</p>
    <${k} message=${u} />
    <${j} id="fmfm_on" label=${o.followMeOn} checked=${r.enabled} onChange=${h=>a({...r,enabled:h})} />
    ${r.enabled&&c`${s.rows&&c`<p class="error" role="alert">${s.rows}</p>`}
      <table class="list timeline" aria-label=${o.followMe}>
        <thead><tr><th>${o.myDevices}</th><th>${o.startAfter}</th><th>${o.ringFor}</th></tr></thead>
        <tbody>
          ${r.rows.map((h,g)=>c`<tr key=${h.id} data-fmfm=${h.name}>
              <td><span class="check"><input type="checkbox" id=${"fm-"+h.id} checked=${h.on} onChange=${v=>_(g,"on",v.target.checked)} /><label for=${"fm-"+h.id}>${h.name}</label></span>
                ${s[g]&&c`<p class="error" role="alert">${s[g]}</p>`}</td>
              <td data-label=${o.startAfter}>${h.on&&c`<input aria-label=${`${o.startAfter} ${h.name}`} inputmode="numeric" value=${h.delay} onInput=${v=>_(g,"delay",v.target.value)} />`}</td>
              <td data-label=${o.ringFor}>${h.on&&c`<input aria-label=${`${o.ringFor} ${h.name}`} inputmode="numeric" value=${h.timeout} onInput=${v=>_(g,"timeout",v.target.value)} />`}</td>
            </tr>`)}
        </tbody>
      </table>
      <${j} id="fmfm_cell" label=${o.ringCell} checked=${r.cell.on} onChange=${m("on")} />
      ${r.cell.on&&c`<p class="hint">${o.cellHint}</p>
        <div class="grid">
          <${x} id="fmfm_cell_number" label=${o.cellNumber} value=${r.cell.number} onInput=${m("number")} error=${s.cell_number} inputmode="tel" />
          <${x} id="fmfm_cell_delay" label=${o.startAfter} value=${r.cell.delay} onInput=${m("delay")} error=${s.cell} inputmode="numeric" />
          <${x} id="fmfm_cell_timeout" label=${o.ringFor} value=${r.cell.timeout} onInput=${m("timeout")} inputmode="numeric" />
        </div>`}`}
    <div class="bar"><button type="submit">${o.save}</button>${l&&c`<span class="ok" role="status">${o.saved}</span>`}</div>
  </form>`}var ba=5e3;function ga({userId:e}){let[t,n]=$(null),[r,a]=$("");return S(()=>{let s=d=>d.filter(l=>l.device_type!=="cellphone"&&l.device_type!=="landline"),i=()=>y(`users/${e}/devices`).then(d=>n(s(d)),d=>a(d.message));i();let u=setInterval(i,ba);return()=>clearInterval(u)},[]),c`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${o.myDevices}</h3>
    <${k} message=${r} />
    ${t?t.length===0?o.none:c`<ul class="my-devices">
            ${t.map(s=>c`<li key=${s.id} data-device=${s.name}>
                <span class=${s.registered?"dot on":"dot"}>${s.name} · ${s.registered?o.registered:o.notRegistered}</span>
              </li>`)}
          </ul>`:o.loading}
  </div>`}function Wo(){let[e,t]=$(null),[n,r]=$("");return S(()=>{y(`users/${P.value.owner}`).then(t,a=>r(a.message))},[]),c`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:o.myPhone}</h2>
    <${k} message=${n} />
    ${e&&c`<div class="stack">
      <${ga} userId=${e.id} />
      <${zo} user=${e} onSaved=${t} />
      <${qo} userId=${e.id} />
      <${ce} username=${e.username} />
    </div>`}
  </section>`}async function va(e,t){let n=await fetch("/v2/"+X(`vmboxes/${e}/greeting`),{method:"POST",headers:{"X-Auth-Token":P.value.token,"Content-Type":Ut(t),Accept:"application/json"},body:t});if(!n.ok)throw new G(n.status,await n.json().catch(()=>null))}function Vo({box:e}){let[t,n]=$(""),[r,a]=$(""),[s,i]=$(null),[u,d]=$({}),[l,f]=$(""),[p,_]=$(!1),m=()=>y(`vmboxes/${e.id}`).then(v=>_(!!(v.media&&v.media.unavailable)),()=>{});S(m,[]);let b=v=>`${v}_${e.mailbox}`;async function h(v){v.preventDefault(),f("");let w={};if(/^\d{4,6}$/.test(t)?t!==r&&(w.again=o.pinMismatch):w.pin=o.pinDigits,d(w),!Object.keys(w).length)try{await B(`vmboxes/${e.id}`,{pin:t}),n(""),a(""),f("pin")}catch(N){d({pin:N.fields.pin||N.message})}}async function g(v){if(v.preventDefault(),f(""),!s||!We(s))return d({greeting:o.greetingType});d({});try{await va(e.id,s),f("greeting"),m()}catch(w){d({greeting:w.fields.media||w.message})}}return c`<div class="card" data-settings=${e.mailbox}>
    <h3>${o.boxSettings(e.name,e.mailbox)}</h3>
    <form onSubmit=${h} novalidate>
      <${x} id=${b("pin")} label=${o.newPin} type="password" value=${t} onInput=${n} error=${u.pin} inputmode="numeric" autocomplete="new-password" />
      <${x} id=${b("pin_again")} label=${o.newPinAgain} type="password" value=${r} onInput=${a} error=${u.again} inputmode="numeric" autocomplete="new-password" />
      <div class="bar"><button type="submit">${o.changePin}</button>${l==="pin"&&c`<span class="ok" role="status">${o.pinChanged}</span>`}</div>
    </form>
    <form onSubmit=${g} novalidate>
      <div class="field">
        <label for=${b("greeting")}>${o.greeting}</label>
        <input id=${b("greeting")} type="file" accept="audio/wav,audio/mpeg,.wav,.mp3" aria-invalid=${u.greeting?"true":void 0}
          onChange=${v=>i(v.target.files[0]||null)} />
        ${u.greeting&&c`<p class="error" id=${b("greeting")+"-error"} role="alert">${u.greeting}</p>`}
        <p class="hint">${p?o.greetingSet:o.greetingNone}</p>
      </div>
      <div class="bar"><button type="submit">${o.uploadGreeting}</button>${l==="greeting"&&c`<span class="ok" role="status">${o.greetingSaved}</span>`}</div>
    </form>
  </div>`}function Yo(){let[e,t]=$(null),[n,r]=$(null),[a,s]=$(""),i=()=>y("vmboxes?paginate=false").then(t,u=>s(u.message));return S(i,[]),n?c`<${Ve}
      box=${n}
      onDone=${()=>{r(null),i()}}
    />`:c`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${o.vmboxes}</h2>
    <${k} message=${a} />
    ${e?e.length===0?c`<p>${o.noBox}</p>`:c`<ul class="numbers">
            ${e.map(u=>c`<li key=${u.id} data-vmbox=${u.mailbox}>
                <span>${u.name} (${u.mailbox}) · ${o.messageCount(u.messages||0)}</span>
                <button onClick=${()=>r(u)} aria-label=${o.messagesOf(u.name)}>${o.messages}</button>
              </li>`)}
          </ul>`:c`<p>${o.loading}</p>`}
    ${e&&c`<div class="stack">${e.map(u=>c`<${Vo} key=${u.id} box=${u} />`)}</div>`}
  </section>`}var ya={dashboard:[o.dashboard,Fn],users:[o.users,qn],devices:[o.devices,Yn],groups:[o.groups,Po],calls:[o.callLogs,Zn],main:[o.mainNumber,Be],voicemail:[o.vmboxes,yo],conferences:[o.conferences,Ho],codes:[o.featureCodes,Go],numbers:[o.numbers,Fo],settings:[o.settings,_o]},wa={me:[o.myPhone,Wo],myvoicemail:[o.vmboxes,Yo],mycalls:[o.myCalls,Kn]},Ze=()=>P.value&&P.value.admin===!1?wa:ya,Ht=W(location.hash.slice(1));addEventListener("hashchange",()=>Ht.value=location.hash.slice(1));var xa=()=>Ht.value in Ze()?Ht.value:Object.keys(Ze())[0],Xo=null;ne(()=>{let e=P.value;e||(re.value=null),e&&e.admin!==!1&&Xo!==e.token&&(Xo=e.token,mo().catch(()=>{}))});function ka(){if(!P.value)return c`<${Mn} />`;let e=xa(),[,t]=Ze()[e];return c`<header>
      <strong>${o.app}</strong>
      <nav aria-label=${o.menu}>
        ${Object.entries(Ze()).map(([n,[r]])=>c`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${r}</a>`)}
      </nav>
      <button class="plain" onClick=${Te}>${o.logout}</button>
    </header>
    <main>${re.value?c`<${po} />`:c`<${t} key=${e} />`}</main>`}st(c`<${ka} />`,document.getElementById("app"));
