var Je,W,Wn,Ht,he,Un,qn,Bt,Vn,jt,Rt,Ut,Wa,Oe={},Kn=[],qa=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Gt=Array.isArray;function ce(e,t){for(var n in t)e[n]=t[n];return e}function Wt(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function et(e,t,n){var r,a,s,i={};for(s in t)s=="key"?r=t[s]:s=="ref"?a=t[s]:i[s]=t[s];if(arguments.length>2&&(i.children=arguments.length>3?Je.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)i[s]===void 0&&(i[s]=e.defaultProps[s]);return Ze(e,i,r,a,null)}function Ze(e,t,n,r,a){var s={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:a??++Wn,__i:-1,__u:0};return a==null&&W.vnode!=null&&W.vnode(s),s}function tt(e){return e.children}function be(e,t){this.props=e,this.context=t}function we(e,t){if(t==null)return e.__?we(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?we(e):null}function zn(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return zn(e)}}function Hn(e){(!e.__d&&(e.__d=!0)&&he.push(e)&&!Qe.__r++||Un!==W.debounceRendering)&&((Un=W.debounceRendering)||qn)(Qe)}function Qe(){var e,t,n,r,a,s,i,l;for(he.sort(Bt);e=he.shift();)e.__d&&(t=he.length,r=void 0,s=(a=(n=e).__v).__e,i=[],l=[],n.__P&&((r=ce({},a)).__v=a.__v+1,W.vnode&&W.vnode(r),qt(n.__P,r,a,n.__n,n.__P.namespaceURI,32&a.__u?[s]:null,i,s??we(a),!!(32&a.__u),l),r.__v=a.__v,r.__.__k[r.__i]=r,Zn(i,r,l),r.__e!=s&&zn(r)),he.length>t&&he.sort(Bt));Qe.__r=0}function Yn(e,t,n,r,a,s,i,l,c,d,p){var m,$,f,g,b,_,k=r&&r.__k||Kn,y=t.length;for(c=Va(n,t,k,c,y),m=0;m<y;m++)(f=n.__k[m])!=null&&($=f.__i===-1?Oe:k[f.__i]||Oe,f.__i=m,_=qt(e,f,$,a,s,i,l,c,d,p),g=f.__e,f.ref&&$.ref!=f.ref&&($.ref&&Vt($.ref,null,f),p.push(f.ref,f.__c||g,f)),b==null&&g!=null&&(b=g),4&f.__u||$.__k===f.__k?c=Xn(f,c,e):typeof f.type=="function"&&_!==void 0?c=_:g&&(c=g.nextSibling),f.__u&=-7);return n.__e=b,c}function Va(e,t,n,r,a){var s,i,l,c,d,p=n.length,m=p,$=0;for(e.__k=new Array(a),s=0;s<a;s++)(i=t[s])!=null&&typeof i!="boolean"&&typeof i!="function"?(c=s+$,(i=e.__k[s]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?Ze(null,i,null,null,null):Gt(i)?Ze(tt,{children:i},null,null,null):i.constructor===void 0&&i.__b>0?Ze(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,l=null,(d=i.__i=Ka(i,n,c,m))!==-1&&(m--,(l=n[d])&&(l.__u|=2)),l==null||l.__v===null?(d==-1&&$--,typeof i.type!="function"&&(i.__u|=4)):d!=c&&(d==c-1?$--:d==c+1?$++:(d>c?$--:$++,i.__u|=4))):e.__k[s]=null;if(m)for(s=0;s<p;s++)(l=n[s])!=null&&!(2&l.__u)&&(l.__e==r&&(r=we(l)),Qn(l,l));return r}function Xn(e,t,n){var r,a;if(typeof e.type=="function"){for(r=e.__k,a=0;r&&a<r.length;a++)r[a]&&(r[a].__=e,t=Xn(r[a],t,n));return t}e.__e!=t&&(t&&e.type&&!n.contains(t)&&(t=we(e)),n.insertBefore(e.__e,t||null),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Ka(e,t,n,r){var a,s,i=e.key,l=e.type,c=t[n];if(c===null||c&&i==c.key&&l===c.type&&!(2&c.__u))return n;if(r>(c!=null&&!(2&c.__u)?1:0))for(a=n-1,s=n+1;a>=0||s<t.length;){if(a>=0){if((c=t[a])&&!(2&c.__u)&&i==c.key&&l===c.type)return a;a--}if(s<t.length){if((c=t[s])&&!(2&c.__u)&&i==c.key&&l===c.type)return s;s++}}return-1}function jn(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||qa.test(t)?n:n+"px"}function Xe(e,t,n,r,a){var s;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||jn(e.style,t,"");if(n)for(t in n)r&&n[t]===r[t]||jn(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(Vn,"$1")),t=t.toLowerCase()in e||t=="onFocusOut"||t=="onFocusIn"?t.toLowerCase().slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=n,n?r?n.u=r.u:(n.u=jt,e.addEventListener(t,s?Ut:Rt,s)):e.removeEventListener(t,s?Ut:Rt,s);else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function Gn(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t.t==null)t.t=jt++;else if(t.t<n.u)return;return n(W.event?W.event(t):t)}}}function qt(e,t,n,r,a,s,i,l,c,d){var p,m,$,f,g,b,_,k,y,T,M,L,O,v,S,w,P,C=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(c=!!(32&n.__u),s=[l=t.__e=n.__e]),(p=W.__b)&&p(t);e:if(typeof C=="function")try{if(k=t.props,y="prototype"in C&&C.prototype.render,T=(p=C.contextType)&&r[p.__c],M=p?T?T.props.value:p.__:r,n.__c?_=(m=t.__c=n.__c).__=m.__E:(y?t.__c=m=new C(k,M):(t.__c=m=new be(k,M),m.constructor=C,m.render=Ya),T&&T.sub(m),m.props=k,m.state||(m.state={}),m.context=M,m.__n=r,$=m.__d=!0,m.__h=[],m._sb=[]),y&&m.__s==null&&(m.__s=m.state),y&&C.getDerivedStateFromProps!=null&&(m.__s==m.state&&(m.__s=ce({},m.__s)),ce(m.__s,C.getDerivedStateFromProps(k,m.__s))),f=m.props,g=m.state,m.__v=t,$)y&&C.getDerivedStateFromProps==null&&m.componentWillMount!=null&&m.componentWillMount(),y&&m.componentDidMount!=null&&m.__h.push(m.componentDidMount);else{if(y&&C.getDerivedStateFromProps==null&&k!==f&&m.componentWillReceiveProps!=null&&m.componentWillReceiveProps(k,M),!m.__e&&(m.shouldComponentUpdate!=null&&m.shouldComponentUpdate(k,m.__s,M)===!1||t.__v==n.__v)){for(t.__v!=n.__v&&(m.props=k,m.state=m.__s,m.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(D){D&&(D.__=t)}),L=0;L<m._sb.length;L++)m.__h.push(m._sb[L]);m._sb=[],m.__h.length&&i.push(m);break e}m.componentWillUpdate!=null&&m.componentWillUpdate(k,m.__s,M),y&&m.componentDidUpdate!=null&&m.__h.push(function(){m.componentDidUpdate(f,g,b)})}if(m.context=M,m.props=k,m.__P=e,m.__e=!1,O=W.__r,v=0,y){for(m.state=m.__s,m.__d=!1,O&&O(t),p=m.render(m.props,m.state,m.context),S=0;S<m._sb.length;S++)m.__h.push(m._sb[S]);m._sb=[]}else do m.__d=!1,O&&O(t),p=m.render(m.props,m.state,m.context),m.state=m.__s;while(m.__d&&++v<25);m.state=m.__s,m.getChildContext!=null&&(r=ce(ce({},r),m.getChildContext())),y&&!$&&m.getSnapshotBeforeUpdate!=null&&(b=m.getSnapshotBeforeUpdate(f,g)),l=Yn(e,Gt(w=p!=null&&p.type===tt&&p.key==null?p.props.children:p)?w:[w],t,n,r,a,s,i,l,c,d),m.base=t.__e,t.__u&=-161,m.__h.length&&i.push(m),_&&(m.__E=m.__=null)}catch(D){if(t.__v=null,c||s!=null)if(D.then){for(t.__u|=c?160:128;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;s[s.indexOf(l)]=null,t.__e=l}else for(P=s.length;P--;)Wt(s[P]);else t.__e=n.__e,t.__k=n.__k;W.__e(D,t,n)}else s==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):l=t.__e=za(n.__e,t,n,r,a,s,i,c,d);return(p=W.diffed)&&p(t),128&t.__u?void 0:l}function Zn(e,t,n){for(var r=0;r<n.length;r++)Vt(n[r],n[++r],n[++r]);W.__c&&W.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(s){s.call(a)})}catch(s){W.__e(s,a.__v)}})}function za(e,t,n,r,a,s,i,l,c){var d,p,m,$,f,g,b,_=n.props,k=t.props,y=t.type;if(y=="svg"?a="http://www.w3.org/2000/svg":y=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),s!=null){for(d=0;d<s.length;d++)if((f=s[d])&&"setAttribute"in f==!!y&&(y?f.localName==y:f.nodeType==3)){e=f,s[d]=null;break}}if(e==null){if(y==null)return document.createTextNode(k);e=document.createElementNS(a,y,k.is&&k),l&&(W.__m&&W.__m(t,s),l=!1),s=null}if(y===null)_===k||l&&e.data===k||(e.data=k);else{if(s=s&&Je.call(e.childNodes),_=n.props||Oe,!l&&s!=null)for(_={},d=0;d<e.attributes.length;d++)_[(f=e.attributes[d]).name]=f.value;for(d in _)if(f=_[d],d!="children"){if(d=="dangerouslySetInnerHTML")m=f;else if(!(d in k)){if(d=="value"&&"defaultValue"in k||d=="checked"&&"defaultChecked"in k)continue;Xe(e,d,null,f,a)}}for(d in k)f=k[d],d=="children"?$=f:d=="dangerouslySetInnerHTML"?p=f:d=="value"?g=f:d=="checked"?b=f:l&&typeof f!="function"||_[d]===f||Xe(e,d,f,_[d],a);if(p)l||m&&(p.__html===m.__html||p.__html===e.innerHTML)||(e.innerHTML=p.__html),t.__k=[];else if(m&&(e.innerHTML=""),Yn(e,Gt($)?$:[$],t,n,r,y=="foreignObject"?"http://www.w3.org/1999/xhtml":a,s,i,s?s[0]:n.__k&&we(n,0),l,c),s!=null)for(d=s.length;d--;)Wt(s[d]);l||(d="value",y=="progress"&&g==null?e.removeAttribute("value"):g!==void 0&&(g!==e[d]||y=="progress"&&!g||y=="option"&&g!==_[d])&&Xe(e,d,g,_[d],a),d="checked",b!==void 0&&b!==e[d]&&Xe(e,d,b,_[d],a))}return e}function Vt(e,t,n){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(a){W.__e(a,n)}}function Qn(e,t,n){var r,a;if(W.unmount&&W.unmount(e),(r=e.ref)&&(r.current&&r.current!==e.__e||Vt(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(s){W.__e(s,t)}r.base=r.__P=null}if(r=e.__k)for(a=0;a<r.length;a++)r[a]&&Qn(r[a],t,n||typeof e.type!="function");n||Wt(e.__e),e.__c=e.__=e.__e=void 0}function Ya(e,t,n){return this.constructor(e,n)}function Kt(e,t,n){var r,a,s,i;t==document&&(t=document.documentElement),W.__&&W.__(e,t),a=(r=typeof n=="function")?null:n&&n.__k||t.__k,s=[],i=[],qt(t,e=(!r&&n||t).__k=et(tt,null,[e]),a||Oe,Oe,t.namespaceURI,!r&&n?[n]:a?null:t.firstChild?Je.call(t.childNodes):null,s,!r&&n?n:a?a.__e:t.firstChild,r,i),Zn(s,e,i)}Je=Kn.slice,W={__e:function(e,t,n,r){for(var a,s,i;t=t.__;)if((a=t.__c)&&!a.__)try{if((s=a.constructor)&&s.getDerivedStateFromError!=null&&(a.setState(s.getDerivedStateFromError(e)),i=a.__d),a.componentDidCatch!=null&&(a.componentDidCatch(e,r||{}),i=a.__d),i)return a.__E=a}catch(l){e=l}throw e}},Wn=0,Ht=function(e){return e!=null&&e.constructor==null},be.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!==this.state?this.__s:this.__s=ce({},this.state),typeof e=="function"&&(e=e(ce({},n),this.props)),e&&ce(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),Hn(this))},be.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Hn(this))},be.prototype.render=tt,he=[],qn=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Bt=function(e,t){return e.__v.__b-t.__v.__b},Qe.__r=0,Vn=/(PointerCapture)$|Capture$/i,jt=0,Rt=Gn(!1),Ut=Gn(!0),Wa=0;var eo=function(e,t,n,r){var a;t[0]=0;for(var s=1;s<t.length;s++){var i=t[s++],l=t[s]?(t[0]|=i?1:2,n[t[s++]]):t[++s];i===3?r[0]=l:i===4?r[1]=Object.assign(r[1]||{},l):i===5?(r[1]=r[1]||{})[t[++s]]=l:i===6?r[1][t[++s]]+=l+"":i?(a=e.apply(l,eo(e,l,n,["",null])),r.push(a),l[0]?t[0]|=2:(t[s-2]=0,t[s]=a)):r.push(l)}return r},Jn=new Map;function to(e){var t=Jn.get(this);return t||(t=new Map,Jn.set(this,t)),(t=eo(this,t.get(e)||(t.set(e,t=function(n){for(var r,a,s=1,i="",l="",c=[0],d=function($){s===1&&($||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?c.push(0,$,i):s===3&&($||i)?(c.push(3,$,i),s=2):s===2&&i==="..."&&$?c.push(4,$,0):s===2&&i&&!$?c.push(5,0,!0,i):s>=5&&((i||!$&&s===5)&&(c.push(s,0,i,a),s=6),$&&(c.push(s,$,0,a),s=6)),i=""},p=0;p<n.length;p++){p&&(s===1&&d(),d(p));for(var m=0;m<n[p].length;m++)r=n[p][m],s===1?r==="<"?(d(),c=[c],s=3):i+=r:s===4?i==="--"&&r===">"?(s=1,i=""):i=r+i[0]:l?r===l?l="":i+=r:r==='"'||r==="'"?l=r:r===">"?(d(),s=1):s&&(r==="="?(s=5,a=i,i=""):r==="/"&&(s<5||n[p][m+1]===">")?(d(),s===3&&(c=c[0]),s=c,(c=c[0]).push(2,0,s),s=0):r===" "||r==="	"||r===`
`||r==="\r"?(d(),s=2):i+=r),s===3&&i==="!--"&&(s=4,c=c[0])}return d(),c}(e)),t),arguments,[])).length>1?t:t[0]}var u=to.bind(et);var Ie,Q,zt,no,ot=0,uo=[],J=W,oo=J.__b,ro=J.__r,ao=J.diffed,so=J.__c,io=J.unmount,lo=J.__;function Xt(e,t){J.__h&&J.__h(Q,e,ot||t),ot=0;var n=Q.__H||(Q.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function h(e){return ot=1,Xa(fo,e)}function Xa(e,t,n){var r=Xt(Ie++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):fo(void 0,t),function(l){var c=r.__N?r.__N[0]:r.__[0],d=r.t(c,l);c!==d&&(r.__N=[d,r.__[1]],r.__c.setState({}))}],r.__c=Q,!Q.u)){var a=function(l,c,d){if(!r.__c.__H)return!0;var p=r.__c.__H.__.filter(function($){return!!$.__c});if(p.every(function($){return!$.__N}))return!s||s.call(this,l,c,d);var m=r.__c.props!==l;return p.forEach(function($){if($.__N){var f=$.__[0];$.__=$.__N,$.__N=void 0,f!==$.__[0]&&(m=!0)}}),s&&s.call(this,l,c,d)||m};Q.u=!0;var s=Q.shouldComponentUpdate,i=Q.componentWillUpdate;Q.componentWillUpdate=function(l,c,d){if(this.__e){var p=s;s=void 0,a(l,c,d),s=p}i&&i.call(this,l,c,d)},Q.shouldComponentUpdate=a}return r.__N||r.__}function A(e,t){var n=Xt(Ie++,3);!J.__s&&mo(n.__H,t)&&(n.__=e,n.i=t,Q.__H.__h.push(n))}function Zt(e){return ot=5,rt(function(){return{current:e}},[])}function rt(e,t){var n=Xt(Ie++,7);return mo(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function Za(){for(var e;e=uo.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(nt),e.__H.__h.forEach(Yt),e.__H.__h=[]}catch(t){e.__H.__h=[],J.__e(t,e.__v)}}J.__b=function(e){Q=null,oo&&oo(e)},J.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),lo&&lo(e,t)},J.__r=function(e){ro&&ro(e),Ie=0;var t=(Q=e.__c).__H;t&&(zt===Q?(t.__h=[],Q.__h=[],t.__.forEach(function(n){n.__N&&(n.__=n.__N),n.i=n.__N=void 0})):(t.__h.forEach(nt),t.__h.forEach(Yt),t.__h=[],Ie=0)),zt=Q},J.diffed=function(e){ao&&ao(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(uo.push(t)!==1&&no===J.requestAnimationFrame||((no=J.requestAnimationFrame)||Qa)(Za)),t.__H.__.forEach(function(n){n.i&&(n.__H=n.i),n.i=void 0})),zt=Q=null},J.__c=function(e,t){t.some(function(n){try{n.__h.forEach(nt),n.__h=n.__h.filter(function(r){return!r.__||Yt(r)})}catch(r){t.some(function(a){a.__h&&(a.__h=[])}),t=[],J.__e(r,n.__v)}}),so&&so(e,t)},J.unmount=function(e){io&&io(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(r){try{nt(r)}catch(a){t=a}}),n.__H=void 0,t&&J.__e(t,n.__v))};var co=typeof requestAnimationFrame=="function";function Qa(e){var t,n=function(){clearTimeout(r),co&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,100);co&&(t=requestAnimationFrame(n))}function nt(e){var t=Q,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),Q=t}function Yt(e){var t=Q;e.__c=e.__(),Q=t}function mo(e,t){return!e||e.length!==t.length||t.some(function(n,r){return n!==e[r]})}function fo(e,t){return typeof t=="function"?t(e):t}var Ja=Symbol.for("preact-signals");function Qt(){if(ge>1)ge--;else{var e,t=!1;for(function(){var a=st;for(st=void 0;a!==void 0;){var s=a.S;if(s.v===a.v)for(var i=s.t;i!==void 0;i=i.x)i.i===a.i&&(i.i=s.i);a=a.o}}();Le!==void 0;){var n=Le;for(Le=void 0,at++;n!==void 0;){var r=n.u;if(n.u=void 0,n.f&=-3,!(8&n.f)&&ho(n))try{n.c()}catch(a){t||(e=a,t=!0)}n=r}}if(at=0,ge--,t)throw e}}var Fe,z=void 0;function Be(e){var t=z,n=Fe;z=void 0,Fe=void 0;try{return e()}finally{z=t,Fe=n}}var Le=void 0,ge=0,at=0;var po=0,st=void 0,it=0;function $o(e){if(z!==void 0){var t=e.n;if(t===void 0||t.t!==z)return t={i:0,S:e,p:z.s,n:void 0,t:z,e:void 0,x:void 0,r:t},z.s!==void 0&&(z.s.n=t),z.s=t,e.n=t,32&z.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=z.s,t.n=void 0,z.s.n=t,z.s=t),t}}function te(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}te.prototype.brand=Ja;te.prototype.h=function(){return!0};te.prototype.S=function(e){var t=this,n=this.t;n!==e&&e.e===void 0&&(e.x=n,this.t=e,n!==void 0?n.e=e:Be(function(){var r;(r=t.W)==null||r.call(t)}))};te.prototype.U=function(e){var t=this;if(this.t!==void 0){var n=e.e,r=e.x;n!==void 0&&(n.x=r,e.e=void 0),r!==void 0&&(r.e=n,e.x=void 0),e===this.t&&(this.t=r,r===void 0&&Be(function(){var a;(a=t.Z)==null||a.call(t)}))}};te.prototype.subscribe=function(e){var t=this;return ve(function(){var n=t.value;Be(function(){return e(n)})},{name:"sub"})};te.prototype.valueOf=function(){return this.value};te.prototype.toString=function(){return this.value+""};te.prototype.toJSON=function(){return this.value};te.prototype.peek=function(){var e=this;return Be(function(){return e.value})};Object.defineProperty(te.prototype,"value",{get:function(){var e=$o(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(at>100)throw new Error("Cycle detected");(function(n){ge!==0&&at===0&&n.l!==po&&(n.l=po,st={S:n,v:n.v,i:n.i,o:st})})(this),this.v=e,this.i++,it++,ge++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{Qt()}}}});function ne(e,t){return new te(e,t)}function ho(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function bo(e){for(var t=e.s;t!==void 0;t=t.n){var n=t.S.n;if(n!==void 0&&(t.r=n),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function go(e){for(var t=e.s,n=void 0;t!==void 0;){var r=t.p;t.i===-1?(t.S.U(t),r!==void 0&&(r.n=t.n),t.n!==void 0&&(t.n.p=r)):n=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=r}e.s=n}function _e(e,t){te.call(this,void 0,t),this.x=e,this.s=void 0,this.g=it-1,this.f=4}_e.prototype=new te;_e.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===it))return!0;if(this.g=it,this.f|=1,this.i>0&&!ho(this))return this.f&=-2,!0;var e=z;try{bo(this),z=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(n){this.v=n,this.f|=16,this.i++}return z=e,go(this),this.f&=-2,!0};_e.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}te.prototype.S.call(this,e)};_e.prototype.U=function(e){if(this.t!==void 0&&(te.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};_e.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(_e.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=$o(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function Jt(e,t){return new _e(e,t)}function _o(e){var t=e.j;if(e.j=void 0,typeof t=="function"){ge++;var n=z;z=void 0;try{t()}catch(r){throw e.f&=-2,e.f|=8,en(e),r}finally{z=n,Qt()}}}function en(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,_o(e)}function es(e){if(z!==this)throw new Error("Out-of-order effect");go(this),z=e,this.f&=-2;try{8&this.f&&en(this)}finally{Qt()}}function xe(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,Fe&&Fe.push(this)}xe.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};xe.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,_o(this),bo(this),ge++;var e=z;return z=this,es.bind(this,e)};xe.prototype.N=function(){2&this.f||(this.f|=2,this.u=Le,Le=this)};xe.prototype.d=function(){this.f|=8,1&this.f||en(this)};xe.prototype.dispose=function(){this.d()};function ve(e,t){var n=new xe(e,t);try{n.c()}catch(a){throw n.d(),a}var r=n.d.bind(n);return r[Symbol.dispose]=r,r}var nn,tn;function ke(e,t){W[e]=t.bind(null,W[e]||function(){})}function lt(e){tn&&tn(),tn=e&&e.S()}function vo(e){var t=this,n=e.data,r=ns(n);r.value=n;var a=rt(function(){for(var s=t.__v;s=s.__;)if(s.__c){s.__c.__$f|=4;break}return t.__$u.c=function(){var i,l=t.__$u.S(),c=a.value;l(),Ht(c)||((i=t.base)==null?void 0:i.nodeType)!==3?(t.__$f|=1,t.setState({})):t.base.data=c},Jt(function(){var i=r.value.value;return i===0?0:i===!0?"":i||""})},[]);return a.value}vo.displayName="_st";Object.defineProperties(te.prototype,{constructor:{configurable:!0,value:void 0},type:{configurable:!0,value:vo},props:{configurable:!0,get:function(){return{data:this}}},__b:{configurable:!0,value:1}});ke("__b",function(e,t){if(typeof t.type=="string"){var n,r=t.props;for(var a in r)if(a!=="children"){var s=r[a];s instanceof te&&(n||(t.__np=n={}),n[a]=s,r[a]=s.peek())}}e(t)});ke("__r",function(e,t){lt();var n,r=t.__c;r&&(r.__$f&=-2,(n=r.__$u)===void 0&&(r.__$u=n=function(a){var s;return ve(function(){s=this}),s.c=function(){r.__$f|=1,r.setState({})},s}())),nn=r,lt(n),e(t)});ke("__e",function(e,t,n,r){lt(),nn=void 0,e(t,n,r)});ke("diffed",function(e,t){lt(),nn=void 0;var n;if(typeof t.type=="string"&&(n=t.__e)){var r=t.__np,a=t.props;if(r){var s=n.U;if(s)for(var i in s){var l=s[i];l!==void 0&&!(i in r)&&(l.d(),s[i]=void 0)}else n.U=s={};for(var c in r){var d=s[c],p=r[c];d===void 0?(d=ts(n,c,p,a),s[c]=d):d.o(p,a)}}}e(t)});function ts(e,t,n,r){var a=t in e&&e.ownerSVGElement===void 0,s=ne(n);return{o:function(i,l){s.value=i,r=l},d:ve(function(){var i=s.value.value;r[t]!==i&&(r[t]=i,a?e[t]=i:i?e.setAttribute(t,i):e.removeAttribute(t))})}}ke("unmount",function(e,t){if(typeof t.type=="string"){var n=t.__e;if(n){var r=n.U;if(r){n.U=void 0;for(var a in r){var s=r[a];s&&s.d()}}}}else{var i=t.__c;if(i){var l=i.__$u;l&&(i.__$u=void 0,l.d())}}e(t)});ke("__h",function(e,t,n,r){(r<3||r===9)&&(t.__$f|=2),e(t,n,r)});be.prototype.shouldComponentUpdate=function(e,t){var n=this.__$u;if(!(n&&n.s!==void 0||4&this.__$f)||3&this.__$f)return!0;for(var r in t)return!0;for(var a in e)if(a!=="__source"&&e[a]!==this.props[a])return!0;for(var s in this.props)if(!(s in e))return!0;return!1};function ns(e){return rt(function(){return ne(e)},[])}var os=[7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21],rs=Array.from({length:64},(e,t)=>Math.floor(Math.abs(Math.sin(t+1))*2**32)>>>0);function yo(e){let t=new TextEncoder().encode(e),n=(t.length+8>>6)+1,r=new Uint32Array(n*16);t.forEach((c,d)=>r[d>>2]|=c<<d%4*8),r[t.length>>2]|=128<<t.length%4*8,r[n*16-2]=t.length*8>>>0,r[n*16-1]=Math.floor(t.length/536870912);let[a,s,i,l]=[1732584193,4023233417,2562383102,271733878];for(let c=0;c<r.length;c+=16){let[d,p,m,$]=[a,s,i,l];for(let f=0;f<64;f++){let g=f>>4,b,_;g===0?[b,_]=[p&m|~p&$,f]:g===1?[b,_]=[$&p|~$&m,(5*f+1)%16]:g===2?[b,_]=[p^m^$,(3*f+5)%16]:[b,_]=[m^(p|~$),7*f%16];let k=os[g*4+f%4],y=d+b+rs[f]+r[c+_]>>>0;[d,$,m]=[$,m,p],p=p+(y<<k|y>>>32-k)>>>0}[a,s,i,l]=[a+d>>>0,s+p>>>0,i+m>>>0,l+$>>>0]}return[a,s,i,l].map(c=>[0,8,16,24].map(d=>(c>>>d&255).toString(16).padStart(2,"0")).join("")).join("")}var on="edgepbx.session",B=ne(as()),ct=ne(0);function as(){try{return JSON.parse(sessionStorage.getItem(on))||null}catch{return null}}var ss=30*60*1e3,wo=Date.now();for(let e of["keydown","pointerdown"])addEventListener(e,()=>wo=Date.now(),{passive:!0});setInterval(()=>B.value&&Date.now()-wo>ss&&Ce(),60*1e3);var ee=class extends Error{constructor(t,n){let r={},a=n&&n.data;if(t===400&&a&&typeof a=="object")for(let[s,i]of Object.entries(a)){let l=i&&typeof i=="object"?Object.values(i)[0]:null;r[s]=l&&l.message||String(i)}super(n&&(n.message||a&&a.message)||`HTTP ${t}`),this.status=t,this.fields=r,this.body=n}};async function G(e,t,n,r=B.value&&B.value.token){let a=B.value,s={Accept:"application/json"};r&&(s["X-Auth-Token"]=r),n!==void 0&&(s["Content-Type"]="application/json");let i=await fetch("/v2/"+t,{method:e,headers:s,body:n===void 0?void 0:JSON.stringify({data:n})}),l=await i.json().catch(()=>null);if(i.status===401&&a&&t!=="user_auth"&&Ce(),!i.ok)throw new ee(i.status,l);return l}async function Re(e,t="audio/*"){let n=await fetch("/v2/"+se(e),{headers:{"X-Auth-Token":B.value.token,Accept:t}});if(!n.ok)throw new ee(n.status,await n.json().catch(()=>null));return n.blob()}var se=e=>`accounts/${B.value.account}/${e}`,x=async e=>(await G("GET",se(e))).data,F=async(e,t)=>(await G("PUT",se(e),t)).data,H=async(e,t)=>(await G("POST",se(e),t)).data,X=async(e,t)=>(await G("PATCH",se(e),t)).data,U=async e=>(await G("DELETE",se(e))).data,xo=(e,t,n)=>G("PUT","user_auth",{credentials:yo(`${t.toLowerCase()}:${n}`),account_name:e});async function ko(e,t,n){let r=await xo(e,t,n),a={token:r.auth_token,account:r.data.account_id,owner:r.data.owner_id,accountName:e},s=(await G("GET",`accounts/${a.account}/users/${a.owner}`,void 0,a.token)).data;a.admin=s.priv_level==="admin",sessionStorage.setItem(on,JSON.stringify(a)),B.value=a}function Ce(){sessionStorage.removeItem(on),B.value=null}async function Co(e,t){try{return await xo(B.value.accountName,e,t),!0}catch(n){if(n.status===401)return!1;throw n}}var o={app:"edgepbx",login:"Sign in",logout:"Sign out",account:"Account name",username:"User name",password:"Password",signingIn:"Signing in\u2026",badLogin:"Wrong account, user name or password.",users:"Users",devices:"Devices",callLogs:"Call logs",addUser:"Add user",editUser:"Edit user",firstName:"First name",lastName:"Last name",email:"Email",extension:"Extension",deskPhone:"Give this user a desk phone",save:"Save",cancel:"Cancel",del:"Delete",edit:"Edit",confirmDelete:e=>`Delete ${e}, their extension, phones, voicemail box and conference bridge?`,saving:"Saving\u2026",loading:"Loading\u2026",none:"Nothing here yet.",name:"Name",type:"Type",owner:"Owner",status:"Status",registered:"Registered",notRegistered:"Not registered",sipCredentials:"Phone SIP credentials",sipUser:"SIP user name",sipPassword:"SIP password",sipRealm:"Domain (realm)",phoneOf:e=>`${e}'s Phone`,callflowOf:e=>`${e} SmartPBX's Callflow`,vmboxOf:e=>`${e}'s VmBox`,when:"When (UTC)",from:"From",to:"To",duration:"Duration",result:"Result",legs:"Legs of this call",sipLadder:"SIP messages",ladderBox:"This box",ladderGone:"The SIP messages of this call are no longer in the box's memory.",rawMessage:"Message",downloadPcap:"Download pcap",problemReport:"Problem report",copy:"Copy",copied:"Copied.",cutMessage:e=>`(cut: the message had ${e} bytes)`,required:"Required",extDigits:"Digits only, 2 to 8 of them",extProposed:e=>`${e} is the next free extension.`,extLength:e=>`The office's extensions have ${e} digits (Settings, Country and extensions)`,failed:"The box refused this:",menu:"Sections",mainNumber:"Main number",mainNumbers:"Main numbers",addNumber:"Add a main number",number:"Number (E.164, such as +14155550100)",badNumber:"A number starts with + and has 8 to 15 digits",remove:"Remove",officeHours:"Office hours",open24:"Open 24 hours",openCustom:"Open on these days and hours",opens:"Opens",closes:"Closes",badHours:"Closing time must be after opening time",pickDay:"Pick at least one day",wdayLong:{monday:"Monday",tuesday:"Tuesday",wednesday:"Wednesday",thursday:"Thursday",friday:"Friday",saturday:"Saturday",sunday:"Sunday"},dayOpens:e=>`${e} opens`,dayCloses:e=>`${e} closes`,lunchBreak:"Lunch break",lunchStarts:"Lunch starts",lunchEnds:"Lunch ends",badLunch:"Lunch must end after it starts",template:"Template",applyTemplate:"Use template",templates:{weekdays9to17:"Mon\u2013Fri 9\u201317",weekdays8to18:"Mon\u2013Fri 8\u201318",monSat9to17:"Mon\u2013Sat 9\u201317"},hoursCsv:"Hours as CSV (day,open,close per line)",hoursCsvFile:"CSV file of hours",importHours:"Import hours",hoursCsvColumns:"a line has three fields: day,open,close",hoursCsvDay:e=>`"${e}" is not a weekday`,hoursCsvTime:"times are HH:MM (24 hours)",hoursCsvTwice:e=>`${e} is listed twice`,hoursCsvEmpty:"No hours in the file",hoursImported:"Imported; check the days and Save.",holidays:"Holidays",holidayName:"Holiday name",holidayKind:"Kind of holiday",holidayKinds:{date:"A date",range:"A date range",advanced:"Advanced (such as the fourth Thursday of November)"},holidayFrom:"Date",holidayTo:"Until",holidayOrdinal:"Which",holidayWday:"Weekday",holidayMonth:"Month",addHoliday:"Add holiday",noHolidays:"No holidays yet.",pickDate:"Pick a date",rangeBackwards:"The range ends before it starts",rangeTooLong:"A range covers less than a year",needName:"Give it a name",months:["January","February","March","April","May","June","July","August","September","October","November","December"],ordinals:{first:"First",second:"Second",third:"Third",fourth:"Fourth",fifth:"Fifth",last:"Last"},nthWeekday:(e,t,n)=>`${e} ${t} of ${n}`,openNow:"Open now",lunchNow:"Lunch break",closedNow:"Closed",holidayNow:e=>`Closed (holiday: ${e})`,closesAt:(e,t)=>`${e}, closes ${t}`,opensAt:(e,t)=>`${e}, opens ${t}`,changesAt:(e,t)=>`${e} until ${t}`,incomingHandling:"Incoming call handling",windows:{MainOpenHours:"Calls in open hours",MainLunchHours:"Calls at lunch",MainAfterHours:"Calls after hours",MainHolidays:"Calls on holidays"},handling:"Calls go to",handlingKinds:{menu:"The virtual receptionist (menu)",user:"A user",user_vm:"A user, then their voicemail",voicemail:"A voicemail box"},handlingUser:"User",handlingVmbox:"Voicemail box",noMenu:"This window has no menu yet",menuKeys:"Keys callers press",menuKey:e=>`Key ${e}`,keyElsewhere:"(set in the Callflows app)",pickUser:"Pick a user",pickVmbox:"Pick a voicemail box",userNoVmbox:"This user has no voicemail box",mainConference:"Main conference number",mainConfNumber:"Conference number",badConfNumber:"A number of 2 to 15 digits, optionally starting with +",confGreeting:"Greeting callers hear first (spoken by the box)",saveConference:"Save conference number",mainFax:"Main fax number",mainFaxHint:"Calls to this number ring the fax machine only: no voicemail, no forwarding.",faxNumber:"Fax number",faxDevice:"Fax machine (device)",pickFaxDevice:"Pick the fax machine",saveFax:"Save fax number",removeFax:"Remove fax number",faxRemoved:"Fax number removed.",menuGreeting:"Menu greeting",menuOptionsOf:{MainOpenHours:"Open-hours menu: greeting and options",MainLunchHours:"Lunch menu: greeting and options",MainAfterHours:"After-hours menu: greeting and options",MainHolidays:"Holiday menu: greeting and options"},menuGreetingKinds:{none:"The standard prompt",tts:"Text spoken by the box",upload:"A WAV or MP3 file"},menuGreetingText:"Greeting text",menuGreetingFile:"Greeting file",menuGreetingTextNeeded:"Type the greeting",menuRetries:"Tries before giving up",menuTimeout:"Seconds to wait for a key",menuMaxDigits:"Longest extension callers can dial",menuBadRetries:"From 1 to 10",menuBadTimeout:"From 1 to 60 seconds",menuBadDigits:"From 1 to 6 digits",clockNotSet:"The box's clock is not set: calls take the after-hours way until it is",saved:"Saved.",settings:"Settings",changePassword:"Change password",pwRules:"At least 12 characters, with three of: lower case, upper case, digits, symbols; not containing the user name.",pwOld:"Current password",pwNew:"New password",pwAgain:"New password again",pwLength:"Too short: at least 12 characters",pwClasses:"Use three of: lower case, upper case, digits, symbols",pwUsername:"Must not contain the user name",pwSame:"Must differ from the current password",pwMismatch:"The two new passwords differ",pwOldWrong:"This is not the current password",pwChanged:"Password changed.",pwForced:"Choose your own password before going on: the one from the console is shown in logs.",office:"Office",officeName:"Office name (also the account name to sign in with)",timezone:"Time zone",wizard:"Set up the office",runWizard:"Run the setup wizard again",stepOf:(e,t)=>`Step ${e} of ${t}`,stepPassword:"Your password",stepOffice:"Office name and time zone",stepLocale:"Country and extensions",locale:"Country and extensions",localeHint:"The country sets the tones callers hear and how analog phones ring and show caller ID; choosing it proposes its time zone and prompt language. New users get the next free extension of the length set here.",country:"Country",countryNone:"Not set (US tones)",promptLanguage:"Prompt language (such as en-gb)",extensionLength:"Extension length (digits, 2 to 8)",extLengthRange:"A number from 2 to 8",proposedZone:e=>`Time zone ${e} is saved with the country (change it under Office).`,stepUsers:"First users",stepMainNumber:"Main number and office hours",stepDone:"Done",firstUsers:"Users added now",wizardDone:"The office is set up. Everything saved already works; change any of it later from the menu.",back:"Back",next:"Next",finish:"Finish",dashboard:"Dashboard",phonesRegistered:"Phones registered",callsNow:"Calls now",numbersSpare:"Numbers / spare",softwareVersion:"Software version",clockUnset:"The box does not know the date and time yet: office hours are not applied (calls take the default route) until a time server answers.",alerts:"Alerts",noAlerts:"No alerts.",banned:(e,t)=>`${e} is banned${t?` (${t})`:""}`,trunkDown:(e,t)=>`Outside line ${e}${t?` (${t})`:""} failed to register`,vmboxes:"Voicemail",addVmbox:"Add a voicemail box",editVmbox:"Edit voicemail box",mailbox:"Box number",mailboxDigits:"Digits only",noOwner:"(nobody: a shared box)",pin:"PIN",pinDigits:"4 to 6 digits",recipients:"Email new messages to (addresses, comma separated)",badEmail:e=>`Not an email address: ${e}`,vmFlags:{skip_greeting:"Skip the greeting",skip_instructions:"Skip the instructions",delete_after_notify:"Delete a message once it is emailed",announcement_only:"Announce only (callers hear the greeting and cannot leave a message)",check_if_owner:"No PIN asked on the box user's own phones (auto-login)",transcribe:"Transcribe messages to text (in the message and its mail; needs the speech-to-text service)"},newMessages:"New messages",messages:"Messages",messagesOf:e=>`Messages of ${e}`,folder:"Folder",folders:{new:"New",saved:"Heard"},moveTo:"Move to box",move:"Move",transcript:"Text",play:"Play",download:"Download",markHeard:"Mark heard",confirmDeleteMessage:"Delete this message?",confirmDeleteVmbox:e=>`Delete the voicemail box ${e} and its messages?`,groups:"Groups",addGroup:"Add a group",editGroup:"Edit group",repeats:"Dialing repeats",repeatsRange:"From 1 to 10",members:(e,t)=>`Members (${e} of at most ${t})`,member:"Member",memberCount:"Members",pickMember:"Pick at least one member",tooManyMembers:e=>`At most ${e} members`,badTimeline:"Start after 0 to 300 s, ring for 1 to 300 s",timeline:"Ring timeline",startAfter:"Start after (s)",ringFor:"Ring for (s)",totalRing:"Ring time in total (s)",distribute:"Distribute evenly",confirmDeleteGroup:e=>`Delete the group ${e}?`,groupFeatures:"Group features",recordGroupCalls:"Record calls to the group",recordLimit:"Longest recording (s)",recordLimitRange:"From 5 to 10800 seconds",groupRingback:"Callers hear while it rings",phoneRingback:"Normal ringing",allowForward:"Allow call forward (members' forwarding is followed)",cidNamePrefix:"Caller ID name prefix",cidNumberPrefix:"Caller ID number prefix",prefixTooLong:e=>`At most ${e} characters`,numberPrefix:"Digits only (* and # too), + first, at most 15",softwareUpdate:"Software update",updateHint:"A signed update bundle for this box. It is checked, then written beside the running system; the new version runs after a restart.",bundle:"Update bundle",pickBundle:"Pick a bundle file",install:"Upload and install",uploading:"Uploading\u2026",updateInstalled:e=>`Installed${e?` version ${e}`:""}: it runs after the next restart.`,numbers:"Numbers",badPhoneNumber:"3 to 15 digits, with + first for an international number",addPhoneNumber:"Add a number",usedBy:"Used by",spare:"Spare",confirmDeleteNumber:e=>`Remove ${e} from the box?`,assignTo:e=>`Assign ${e} to`,assignPick:"Assign to\u2026",assign:"Assign",unassign:"Unassign",assignUser:e=>`User ${e}`,assignGroup:e=>`Group ${e}`,assignConference:e=>`Conference ${e}`,sipBans:"Banned addresses (SIP security)",noBans:"No address is banned.",minutesLeft:e=>`${e} min left`,lift:"Lift",liftBan:e=>`Lift the ban on ${e}`,myPhone:"My phone",myCalls:"My calls",callFilters:"Filter the calls",fromDay:"From (UTC day)",toDay:"To (UTC day)",callsOfUser:"User",allUsers:"All users",callsWithNumber:"Number contains",loadMore:"Load more",myDevices:"My phones",noBox:"You have no voicemail box.",messageCount:e=>`${e} message${e===1?"":"s"}`,callHandling:"Call handling",dnd:"Do not disturb",forward:"Forward my calls",forwardOff:"Off",forwardAlways:"Always",forwardBusy:"When I am busy",forwardNoAnswer:"When I do not answer",forwardRingSeconds:"Ring my phones first (seconds)",forwardRingSecondsRange:"A whole number of seconds from 5 to 300",forwardTo:"Forward to (number)",forwardNumber:"A number of 2 to 15 digits, + first for an international one",ringDevicesToo:"Ring my phones too",directCallsOnly:"Only direct calls (not group calls)",keepCallerId:"Show the caller's number",requireKeypress:"Ask me to press a key to take the call",greeting:"Greeting (WAV or MP3 file)",greetingType:"Pick a WAV or MP3 file",greetingSet:"A greeting is set; a new file replaces it.",greetingNone:"No greeting uploaded: callers hear the standard one.",conferences:"Conferences",addConference:"Add a conference",editConference:"Edit conference",confNumber:"Number to dial",memberPins:"Member PINs (comma separated; none: no PIN)",moderatorPins:"Moderator PINs",pinList:"PINs of 4 to 8 digits, comma separated",joinMuted:"Members join muted",pins:"PINs",pinSummary:(e,t)=>`${e} member, ${t} moderator`,confirmDeleteConference:e=>`Delete the conference ${e}?`,strategy:"How members ring",strategies:{simultaneous:"All at once (by the timeline)",single:"One at a time, in order",weighted_random:"One at a time, random order"},nextAction:"When nobody answers",notAvailable:'Say "not available" and hang up',toVoicemail:(e,t)=>`Voicemail box ${e} (${t})`,devicesByType:"Devices by type",deviceTypes:{sip_device:"Desk phones",softphone:"Softphones",cellphone:"Cell phones",smartphone:"Smartphones",landline:"Landlines",fax:"Fax",ata:"Adapters (ATA)",application:"Applications",fxs:"Analog phones (FXS)"},registeredOf:(e,t)=>`${e} of ${t} registered`,analogPorts:"Analog ports",portStates:{idle:"idle","off-hook":"off hook",ringing:"ringing","in call":"in a call",down:"down"},portDown:(e,t)=>`Analog port ${e} is down${t?`: ${t}`:""}`,conferenceNumbers:"Conference numbers",noneSet:"none yet",providerAddress:"Address shown to providers",providerAddressOwn:"the box's own",wday:{monday:"Mon",tuesday:"Tue",wednesday:"Wed",thursday:"Thu",friday:"Fri",saturday:"Sat",sunday:"Sun"},featureCodes:"Feature codes",fcHint:"Codes dialled from any phone of the office. A code with \u2026 takes a number dialled after it. Turning a code off frees it.",fcWhat:"What it does",fcCode:"Code",fcOn:"On",fcNotRun:"This box does not run this code yet.",fcDigits:"1 to 6 digits",fcTaken:e=>`${e} is already another code`,fcNames:{"call_forward[action=activate]":"Turn call forwarding on (to the number dialled after the code, else asked for)","call_forward[action=deactivate]":"Turn call forwarding off","call_forward[action=toggle]":"Turn call forwarding on or off","call_forward[action=update]":"Change the call forwarding number","call_forward[action=on_busy_enable]":"Forward calls when busy (to the number dialled after the code, else asked for)","call_forward[action=on_busy_disable]":"Stop forwarding calls when busy","call_forward[action=no_answer_enable]":"Forward unanswered calls (to the number dialled after the code, else asked for)","call_forward[action=no_answer_disable]":"Stop forwarding unanswered calls","hotdesk[action=login]":"Hot desking: sign in at this phone","hotdesk[action=logout]":"Hot desking: sign out of this phone","hotdesk[action=toggle]":"Hot desking: sign in or out","voicemail[action=check]":"Check voicemail (box number after the code, else asked for)","voicemail[single_mailbox_login]":"Check voicemail, asking for the box number",'voicemail[action="direct"]':"Leave a message straight in a box (box number after the code)",intercom:"Intercom: the extension after the code answers on its speaker","privacy[mode=full]":"Hide your caller ID for the number after the code",park_and_retrieve:"Park a call in the slot after the code, or pick it up",valet:"Park a call in the next free slot",retrieve:"Pick up the call parked in the slot after the code",directed_ext_pickup:"Answer the extension after the code while it rings","do_not_disturb[action=activate]":"Turn do not disturb on","do_not_disturb[action=deactivate]":"Turn do not disturb off","do_not_disturb[action=toggle]":"Turn do not disturb on or off",move:"Move the call to another of your phones"},followMe:"Find me follow me",followMeHint:"A call to your extension rings the phones picked here, each from its start for its ring time.",followMeOn:"Ring my phones by this timeline",pickPhone:"Pick at least one phone",ringCell:"Ring my cell phone too",cellNumber:"Cell phone number",cellHint:"An outside call: it asks whoever answers to press 1, and numbers you may not call are refused.",boxSettings:(e,t)=>`PIN and greeting of ${e} (${t})`,newPin:"New PIN (4 to 6 digits)",newPinAgain:"New PIN again",pinMismatch:"The two PINs differ",changePin:"Change PIN",pinChanged:"PIN changed.",uploadGreeting:"Upload greeting",greetingSaved:"Greeting saved.",storage:"Storage (data partition)",storageUse:(e,t)=>`${e.toFixed(1)} GB used of ${t.toFixed(1)} GB`,lastBackup:"Last backup",backupAt:e=>`${e} UTC`,neverBackedUp:"never",certificate:"Certificate expires",certExpires:(e,t)=>`${e} (in ${t} days)`,unknown:"unknown",diskFull:e=>`The data partition is nearly full: ${e} GB free`,certSoon:e=>`The box's certificate expires in ${e} days`,certExpired:"The box's certificate has expired",csvImport:"Import users from a CSV file",csvHint:"A header line, then one user a line. Columns: first_name, last_name, username, extension, password (all needed), email, phone (yes: a desk phone). Nothing is made while a line is wrong.",csvFile:"CSV file",csvProblems:"Lines to fix",csvEmpty:"The file is empty",csvColumns:e=>`Missing columns: ${e}`,csvUnknown:e=>`Unknown columns: ${e}`,csvNoUsers:"No users in the file",csvExtra:"more fields than columns",csvDuplicate:e=>`the same as on line ${e}`,csvLine:(e,t,n)=>`Line ${e}: ${t?`${t}: `:""}${n}`,csvField:{first_name:"first name",last_name:"last name",username:"user name",email:"email",extension:"extension",password:"password"},csvMade:(e,t)=>`${e} of ${t} users made.`,stepMail:"Mail relay",mailRelay:"Mail relay (SMTP)",mailRelayHint:"The server the box sends its mails through: voicemail to email and missed-call alerts.",relayServer:"Server (host name or address)",relayHost:"A host name or IP address",port:"Port",relayPort:"A port from 1 to 65535",relayTls:"Encryption",tlsModes:{if_available:"STARTTLS when offered",always:"TLS always",never:"None"},relayUser:"Login (empty: none)",relayPasswordKeep:"Password (empty: keep the one set)",relayFrom:"Sender address",testTo:"Send a test mail to",sendTest:"Send a test mail",sending:"Sending\u2026",testSent:e=>`Sent to ${e}: the relay took it.`,stepLine:"Outside line",outsideLines:"Outside lines",noLines:"No outside line yet.",addLine:"Add an outside line",lineServer:"Provider's server",lineNumber:"Number or SIP user name",lineAuth:"Login, if not the number",linePassword:"SIP password",lineRealm:"Domain (realm), if not the server",lineRegister:"Register with the provider",lineStates:{registered:"registered",trying:"registering\u2026",failed:"registration failed",not_registering:"not registering"},ringMyPhone:"Ring my phone",ringPhonePick:"Phone to ring",ringPhoneHint:"The phone rings; answer it and the box says its extension, then goodbye.",ringing:e=>`Ringing ${e}: answer it.`,noRegisteredPhone:"No phone is registered yet: connect one (or a softphone), then come back to this step.",call:"Call",callFrom:e=>`Call from ${e}`,callNumber:"Number to call",callStarted:(e,t)=>`${e} rings: answer it to call ${t}.`,actions:"Actions",editLine:e=>`Edit the outside line ${e}`,confirmDeleteLine:e=>`Delete the outside line ${e}? Calls out no longer use it.`,fxoLines:"Analog lines (FXO)",fxoStates:{idle:"up",busy:"in use",down:"down"},fxoDialTone:{yes:"dial tone",no:"no dial tone",checking:"checking for dial tone\u2026",unknown:"dial tone not checked yet"},fxoUse:"Use as outside line",fxoInUse:e=>`Outside line: ${e}`,fxoLineName:e=>`Analog line ${e}`,withVmbox:"Give this user a voice mailbox",vmPin:"Voice mailbox PIN (4 to 6 digits; empty: none yet)",features:"Features",featuresOf:e=>`Features of ${e}`,callerId:"Caller ID",cidInternalName:"Internal name",cidInternalNumber:"Internal number",cidExternalName:"External name",cidExternalNumber:"External number",cidAccountDefault:"The office's number",cidNameLength:"At most 35 characters",failover:"Call failover",failoverHint:"When none of this user's phones is reachable (not registered), calls go to this number.",failoverOn:"Forward when the phones are unreachable",hotdesk:"Hot desking",hotdeskHint:"Log in on any phone of the office with the hot desk code (*11) and this ID.",hotdeskOn:"Hot desking on",hotdeskId:"Hot desk ID (digits)",hotdeskPin:"Hot desk PIN",hotdeskIdDigits:"1 to 15 digits",hotdeskPinDigits:"4 to 15 digits",hotdeskRequirePin:"Ask for the PIN",hotdeskKeep:"Stay logged in on other phones",musicOnHold:"Music on hold",mohMedia:"Music callers hear when this user holds them",mohDefault:"The office's music",recording:"Call recording",recordLeg:{inbound_onnet:"Calls from colleagues",inbound_offnet:"Calls from outside",outbound_onnet:"Calls to colleagues",outbound_offnet:"Calls to outside numbers"},recordingLimitLabel:"Longest recording (seconds)",recordingLimit:"5 to 10800 seconds",noExtensionYet:"This user has no extension yet: save the user first.",userVmbox:(e,t)=>`${e} (${t})`,vmOnNoAnswer:"Unanswered calls go to this box",noVmboxYet:e=>`No voicemail box yet. Make one with mailbox ${e}:`,makeVmbox:"Make the voicemail box",confBridge:"Conference bridge",confBridgeIs:(e,t)=>`${e}, dial ${t}`,makeConfBridge:"Make the conference bridge",conferenceOf:e=>`${e}'s conference`,faxboxNotSupported:"Faxbox (fax to email): not on this box; a fax machine is a device on an analog port.",backup:"Backup",backupHint:"Everything the box stores (users, phones, numbers, voicemail, settings) in one file. Restoring a backup replaces all of it.",downloadBackup:"Download backup",downloading:"Preparing the backup\u2026",backupSaved:(e,t)=>`Saved ${e} (${(t/1024).toFixed(0)} KB).`,restoreFile:"Backup file to restore",restoreBackup:"Restore from backup",pickBackup:"Pick a backup file",confirmRestore:e=>`Replace everything on the box with the backup ${e}? What changed since it was taken is lost.`,restoring:"Restoring\u2026",restored:e=>`Restored from a backup of ${(e/1024).toFixed(0)} KB.`,restoredSignIn:"Restored. Your sign-in is not in the restored data: sign in with an account from the backup.",tlsCertificate:"Certificate (HTTPS and SIP over TLS)",certSubject:"Issued to",certIssuer:"Issued by",certExpiry:"Expires",noName:"(no name)",certFile:"Certificate (PEM)",keyFile:"Private key (PEM)",pemHint:"Pick the file or paste its text.",pemFile:e=>`${e}: file`,pickPem:"A PEM text is needed",uploadCertificate:"Install certificate",certInstalled:"Certificate installed: the box uses it now.",banThresholds:"Ban thresholds",banThresholdsHint:"A source address that fails SIP authentication this many times within the window is banned (0: never); one that fails to sign in (panel, API, phone provisioning) this many times within 5 minutes too.",banFailures:"Failed authentications",banWindow:"Within (seconds)",banSeconds:"Ban for (seconds)",loginFailures:"Failed sign-ins",loginBanSeconds:"Sign-in ban (seconds)",wholeNumber:(e,t)=>`A whole number from ${e} to ${t}`,addDevice:"Add device",editDevice:"Edit device",deviceKind:"Kind of device",kindPhone:"SIP desk phone (auto-provisioned)",kindSoftphone:"Softphone (app on a computer or mobile)",kindAnalog:"Analog phone on an FXS port",kindAnalogNone:"Analog phone (this box has no free FXS port)",deviceTypeOne:{sip_device:"Desk phone",softphone:"Softphone",ata:"Analog / ATA",cellphone:"Cell phone",smartphone:"Smartphone",landline:"Landline",fax:"Fax"},noDeviceOwner:"(nobody: a shared phone)",brand:"Brand",family:"Family",model:"Model",pick:"Choose\u2026",macAddress:"MAC address",badMac:'12 hex digits, such as 00:15:65:12:34:56 (":", "-" or "." between them, or none)',analogPort:"FXS port",noFreePort:"This box has no free FXS port.",confirmDeleteDevice:e=>`Delete ${e}? It can no longer register.`,confirmNewPassword:e=>`Give ${e} a new SIP password? It must be entered again on the phone (a provisioned phone gets it at its next resync).`,newSipPassword:"New password",sipSecretOf:e=>`SIP credentials of ${e}`,sipSecretOnce:'Shown only now: write them down or scan the code with the softphone. Later, "New password" makes a new one.',sipServer:"Box address and SIP port",qrLabel:"QR code with the SIP account",qrHint:"The code holds a SIP address: sip:user:password@domain:port;maddr=box;transport=udp.",done:"Done",provisioning:"Provisioning",provisioningOf:e=>`Provisioning of ${e}`,lastFetch:"Last fetch",neverFetched:"Never fetched",fetchLine:(e,t,n,r)=>`${e} UTC: ${t} from ${n} (${r})`,provisioningUrl:"Provisioning URL (DHCP option 66)",dhcpHint:"Phones find the box by the office router's DHCP option 66 (or 160 for Poly) set to this URL, or typed into the phone's own web page.",resync:"Resync",reboot:"Reboot",syncSent:(e,t)=>`${e?"Reboot":"Resync"} sent to the phone (${t} registration${t===1?"":"s"}).`,syncNotRegistered:"The phone is not registered: nothing was sent.",unknownPhones:"Phones asking for their files",unknownHint:"These phones reached the box with a MAC no device has. Adopt one: it becomes a desk phone of the user picked, configured at its next fetch.",unknownLine:(e,t,n,r)=>`${e} \xB7 ${t} \xB7 ${n} (${r} request${r===1?"":"s"})`,adoptFor:"For",adopt:"Adopt",adoptMac:e=>`Adopt ${e}`,searchUsers:"Search by name, extension or email",numbersOf:"Numbers"};function E({id:e,label:t,value:n,onInput:r,error:a,type:s="text",required:i,autocomplete:l,inputmode:c,list:d}){let p=`${e}-error`;return u`<div class="field">
    <label for=${e}>${t}</label>
    <input
      id=${e}
      name=${e}
      type=${s}
      value=${n}
      required=${i}
      autocomplete=${l}
      inputmode=${c}
      list=${d}
      aria-invalid=${a?"true":void 0}
      aria-describedby=${a?p:void 0}
      onInput=${m=>r(m.target.value)}
    />
    ${a&&u`<p class="error" id=${p} role="alert">${a}</p>`}
  </div>`}function N({message:e}){return e?u`<p class="banner" role="alert">${e}</p>`:null}function q({id:e,label:t,checked:n,onChange:r}){return u`<div class="check">
    <input type="checkbox" id=${e} checked=${n} onChange=${a=>r(a.target.checked)} />
    <label for=${e}>${t}</label>
  </div>`}function ie({id:e,label:t,value:n,onChange:r,options:a,wide:s,error:i}){let l=`${e}-error`;return u`<div class=${s?"field wide":"field"}>
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${c=>r(c.target.value)}
      aria-invalid=${i?"true":void 0} aria-describedby=${i?l:void 0}>
      ${a.map(([c,d])=>u`<option key=${c} value=${c}>${d}</option>`)}
    </select>
    ${i&&u`<p class="error" id=${l} role="alert">${i}</p>`}
  </div>`}function So(){let[e,t]=h({account:"",username:"",password:""}),[n,r]=h(!1),[a,s]=h(""),i=c=>d=>t({...e,[c]:d});async function l(c){c.preventDefault(),r(!0),s("");try{await ko(e.account.trim(),e.username.trim(),e.password)}catch(d){s(d.status===401?o.badLogin:d.message),r(!1)}}return u`<main class="login">
    <form onSubmit=${l} aria-label=${o.login}>
      <h1>${o.app}</h1>
      <${N} message=${a} />
      <${E} id="account" label=${o.account} value=${e.account} onInput=${i("account")} required autocomplete="organization" />
      <${E} id="username" label=${o.username} value=${e.username} onInput=${i("username")} required autocomplete="username" />
      <${E} id="password" label=${o.password} type="password" value=${e.password} onInput=${i("password")} required autocomplete="current-password" />
      <button type="submit" disabled=${n}>${n?o.signingIn:o.login}</button>
    </form>
  </main>`}var is=5e3;async function ls(){let e=await x("resources?paginate=false");return(await Promise.all(e.map(n=>x(`resources/${n.id}/status`).then(r=>[n,r])))).flatMap(([n,r])=>r.gateways.filter(a=>a.state==="failed").map(a=>o.trunkDown(n.name||n.id,a.server)))}var Po=(e,t)=>e.catch(n=>n.status===403?t:Promise.reject(n));async function cs(){let[e,t,n]=await Promise.all([x("devices?with_status=true&paginate=false"),x("channels"),x("analog_ports")]);return{devices:e,calls:t.length,ports:n}}function ds(e){var n;let t={};for(let r of e){let a=t[n=r.device_type||"sip_device"]||(t[n]=[0,0]);a[0]+=1,r.registered&&(a[1]+=1)}return Object.entries(t).map(([r,[a,s]])=>[r,a,s]).sort((r,a)=>a[1]-r[1]||r[0].localeCompare(a[0]))}var us=e=>e.filter(t=>t!=="0"&&!t.startsWith("undefined"));async function ms(){let[e,t,n,r,a,s,i]=await Promise.all([x("users?paginate=false"),x("phone_numbers"),Po(G("GET","system_status").then(c=>c.data),null),Po(x("sip_bans"),[]),ls(),x("callflows?filter_type=main&filter_name=MainCallflow&paginate=false"),x("conferences?paginate=false")]),l=Object.values(t.numbers||{});return{users:e.length,numbers:l.length,spare:l.filter(c=>!c.used_by).length,version:n&&n.software_version,provider:n&&{address:n.provider_address},clockUnset:!!(n&&n.clock&&n.clock.set===!1),main:us(s.flatMap(c=>c.numbers||[])),conference:i.flatMap(c=>c.conference_numbers||[]),box:n&&$s(n),alerts:[...r.map(c=>o.banned(c.ip,c.reason)),...a,...n?hs(n):[]]}}var rn=1024**3,fs=.9,ps=30;function $s({storage:e,last_backup:t,certificate:n}){return{storage:e?o.storageUse((e.total_bytes-e.free_bytes)/rn,e.total_bytes/rn):o.unknown,backup:t?o.backupAt(new Date(t.time_unix*1e3).toISOString().slice(0,16).replace("T"," ")):o.neverBackedUp,cert:n?o.certExpires(new Date(n.expires_unix*1e3).toISOString().slice(0,10),n.days_left):o.unknown}}function hs({storage:e,certificate:t}){let n=[];return e&&e.total_bytes&&1-e.free_bytes/e.total_bytes>=fs&&n.push(o.diskFull(Math.round(e.free_bytes/rn*10)/10)),t&&t.days_left<ps&&n.push(t.days_left<0?o.certExpired:o.certSoon(t.days_left)),n}function Se({id:e,label:t,value:n}){return u`<div class="tile" data-tile=${e}><span class="value">${n}</span><span class="label">${t}</span></div>`}function Eo(){let[e,t]=h(null),[n,r]=h(null),[a,s]=h("");A(()=>{ms().then(t,p=>s(p.message));let c=()=>cs().then(r,p=>s(p.message));c();let d=setInterval(c,is);return()=>clearInterval(d)},[]);let i=n?n.devices.filter(c=>c.registered).length:"\u2026",l=n?n.ports.filter(c=>c.state==="down"||c.alarm).map(c=>o.portDown(c.name,c.alarm)):[];return u`<section aria-labelledby="dash-h">
    <h2 id="dash-h">${o.dashboard}</h2>
    <${N} message=${a} />
    ${e&&e.clockUnset&&u`<p class="banner" role="alert" data-alert="clock">${o.clockUnset}</p>`}
    <div class="tiles">
      <${Se} id="users" label=${o.users} value=${e?e.users:"\u2026"} />
      <${Se} id="devices" label=${o.devices} value=${n?n.devices.length:"\u2026"} />
      <${Se} id="registered" label=${o.phonesRegistered} value=${n?`${i} / ${n.devices.length}`:"\u2026"} />
      <${Se} id="calls" label=${o.callsNow} value=${n?n.calls:"\u2026"} />
      <${Se} id="numbers" label=${o.numbersSpare} value=${e?`${e.numbers} / ${e.spare}`:"\u2026"} />
      ${e&&e.version&&u`<${Se} id="version" label=${o.softwareVersion} value=${e.version} />`}
    </div>
    ${n&&u`<h3>${o.devicesByType}</h3>
      <ul class="by-type">
        ${ds(n.devices).map(([c,d,p])=>u`<li key=${c} data-type=${c}>${o.deviceTypes[c]||c}: ${o.registeredOf(p,d)}</li>`)}
      </ul>`}
    ${n&&n.ports.length>0&&u`<h3>${o.analogPorts}</h3>
      <ul class="ports">
        ${n.ports.map(c=>u`<li key=${c.name} data-port=${c.name}><span class=${c.state==="down"?"dot":"dot on"}>${c.name} · ${o.portStates[c.state]||c.state}</span></li>`)}
      </ul>`}
    ${e&&u`<dl class="facts">
      <dt>${o.mainNumbers}</dt><dd data-fact="main">${e.main.join(", ")||o.noneSet}</dd>
      <dt>${o.conferenceNumbers}</dt><dd data-fact="conference">${e.conference.join(", ")||o.noneSet}</dd>
      ${e.box&&u`<dt>${o.storage}</dt><dd data-fact="storage">${e.box.storage}</dd>
        <dt>${o.lastBackup}</dt><dd data-fact="backup">${e.box.backup}</dd>
        <dt>${o.certificate}</dt><dd data-fact="certificate">${e.box.cert}</dd>`}
      ${e.provider&&u`<dt>${o.providerAddress}</dt><dd data-fact="provider-address">${e.provider.address||o.providerAddressOwn}</dd>`}
    </dl>`}
    <h3>${o.alerts}</h3>
    ${e&&([...e.alerts,...l].length?u`<ul class="alerts">${[...e.alerts,...l].map(c=>u`<li key=${c}>${c}</li>`)}</ul>`:u`<p class="ok">${o.noAlerts}</p>`)}
  </section>`}var an={record:!1,record_limit:"600",ringback:"",allow_forward:!1,cid_name_prefix:"",cid_number_prefix:""};function No(e){let t={},n=e;for(;n&&(n.module==="record_call"||n.module==="prepend_cid");)t[n.module]=n.data||{},n=(n.children||{})._;return{found:t,inner:n}}var sn=e=>No(e).inner;function Mo(e,t){let{found:n}=No(e),r=n.record_call,a=n.prepend_cid||{};return{record:!!r&&r.action!=="stop",record_limit:String(r&&r.time_limit||an.record_limit),ringback:t.ringback||"",allow_forward:t.ignore_forward===!1||t.ignore_forward==="false",cid_name_prefix:a.caller_id_name_prefix||"",cid_number_prefix:a.caller_id_number_prefix||""}}function Ao(e){return{ignore_forward:!e.allow_forward,...e.ringback?{ringback:e.ringback}:{}}}function To(e,t){let n=t;return(e.cid_name_prefix||e.cid_number_prefix)&&(n={module:"prepend_cid",data:{action:"prepend",caller_id_name_prefix:e.cid_name_prefix,caller_id_number_prefix:e.cid_number_prefix},children:{_:n}}),e.record&&(n={module:"record_call",data:{action:"start",time_limit:Number(e.record_limit)},children:{_:n}}),n}var bs={time_limit:"record_limit",caller_id_name_prefix:"cid_name_prefix",caller_id_number_prefix:"cid_number_prefix",ignore_forward:"allow_forward",ringback:"ringback"},Do=e=>bs[e.split(".").pop()];function Oo(e){let t={};return e.record&&!(/^\d+$/.test(e.record_limit)&&Number(e.record_limit)>=5&&Number(e.record_limit)<=10800)&&(t.record_limit=o.recordLimitRange),e.cid_name_prefix.length>32&&(t.cid_name_prefix=o.prefixTooLong(32)),/^\+?[0-9*#]{0,15}$/.test(e.cid_number_prefix)||(t.cid_number_prefix=o.numberPrefix),t}function Io({f:e,set:t,media:n,errors:r}){return u`<fieldset class="group-features">
    <legend>${o.groupFeatures}</legend>
    <div class="feature-grid">
      <${q} id="group_record" label=${o.recordGroupCalls} checked=${e.record} onChange=${t("record")} />
      ${e.record&&u`<${E} id="group_record_limit" label=${o.recordLimit} value=${e.record_limit} onInput=${t("record_limit")} error=${r.record_limit} inputmode="numeric" />`}
      <div class="field">
        <label for="group_ringback">${o.groupRingback}</label>
        <select id="group_ringback" value=${e.ringback} onChange=${a=>t("ringback")(a.target.value)}>
          <option value="">${o.phoneRingback}</option>
          ${n.map(a=>u`<option key=${a.id} value=${a.id}>${a.name||a.id}</option>`)}
        </select>
        ${r.ringback&&u`<p class="error" role="alert">${r.ringback}</p>`}
      </div>
      <${q} id="group_allow_forward" label=${o.allowForward} checked=${e.allow_forward} onChange=${t("allow_forward")} />
      <${E} id="group_cid_name_prefix" label=${o.cidNamePrefix} value=${e.cid_name_prefix} onInput=${t("cid_name_prefix")} error=${r.cid_name_prefix} />
      <${E} id="group_cid_number_prefix" label=${o.cidNumberPrefix} value=${e.cid_number_prefix} onInput=${t("cid_number_prefix")} error=${r.cid_number_prefix} inputmode="tel" />
    </div>
  </fieldset>`}var V=()=>({version:"4.3.0",ui:"edgepbx-panel",origin:"voip"}),Ue=e=>`${e.first_name} ${e.last_name}`.trim();function ln(e){let t="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",n=crypto.getRandomValues(new Uint8Array(e));return Array.from(n,r=>t[r%t.length]).join("")}function gs(e,t,n){let r=e.caller_id&&e.caller_id.internal||{},a=(s,i)=>s!=null&&s!==""&&s!==i;return{...r,name:a(r.name,Ue(e))?r.name:Ue(t),number:a(r.number,n)?r.number:t.extension}}function cn(e,t,n=e.presence_id){let r={...e,first_name:t.first_name.trim(),last_name:t.last_name.trim(),username:t.username.trim(),email:t.email.trim()||void 0,presence_id:t.extension,caller_id:{...e.caller_id||{},internal:gs(e,t,n)},ui_metadata:V()};return e.id||(r.priv_level="user",r.vm_to_email_enabled=!0,r.send_email_on_creation=!1),t.password&&(r.password=t.password),r}var ut=e=>({module:"voicemail",data:{id:e},children:{}}),mt=(e,t)=>[t,...(e.numbers||[]).slice(1).filter(n=>n!==t)];function ft(e,t,n,r){return{...e,type:"mainUserCallflow",owner_id:t.id,name:o.callflowOf(Ue(t)),numbers:mt(e,n),contact_list:{exclude:!1},flow:e.flow||{module:"user",data:{id:t.id,timeout:20,can_call_self:!1},children:r?{_:ut(r)}:{}},ui_metadata:V()}}function pt(e,t,n){return{name:o.vmboxOf(Ue(e)),mailbox:t,owner_id:e.id,pin:n||void 0,ui_metadata:V()}}var dn=()=>({username:`user_${ln(10)}`,password:ln(12)});function dt(e,t,n){return{device_type:e,name:t,enabled:!0,owner_id:n||void 0,sip:dn(),media:{audio:{codecs:["PCMU","PCMA"]},video:{codecs:[]},encryption:{enforce_security:!1,methods:[]}},suppress_unregister_notifications:!1,ui_metadata:V()}}var un=e=>dt("sip_device",o.phoneOf(Ue(e)),e.id);function Fo(e){return e.kind==="softphone"?dt("softphone",e.name,e.owner_id):e.kind==="analog"?{...dt("ata",e.name,e.owner_id),analog_port:e.port}:{...dt("sip_device",e.name,e.owner_id),mac_address:e.mac,provision:{endpoint_brand:e.brand,endpoint_family:e.family,endpoint_model:e.model,id:e.modelId}}}var He=15;function mn(e,t){return{...e,name:t.name,endpoints:Object.fromEntries(t.members.map(n=>[n.id,{type:"user"}])),music_on_hold:e.music_on_hold||{},ui_metadata:e.ui_metadata||V()}}function fn(e,t,n){let r=Math.max(...n.members.map(a=>a.delay+a.timeout));return{...e,name:`${n.name} Base Group`,type:"baseGroup",group_id:t.id,numbers:e.numbers||[ln(25)],flow:{module:"ring_group",data:{name:n.name,strategy:n.strategy||"simultaneous",timeout:r,repeats:n.repeats,endpoints:n.members.map(a=>({id:a.id,endpoint_type:"user",delay:a.delay,timeout:a.timeout})),...Ao(n)},children:{}},ui_metadata:e.ui_metadata||V()}}var _s=e=>e?{module:"voicemail",data:{id:e},children:{}}:{module:"play",data:{id:"system_media/vm-not_available_no_voicemail"},children:{}};function pn(e,t,n,r){return{...e,name:r.name,type:"userGroup",group_id:t.id,numbers:mt(e,r.extension),flow:To(r,{module:"callflow",data:{id:n.id},children:{_:_s(r.next_vmbox)}}),ui_metadata:e.ui_metadata||V()}}function Lo(e,t){let n=Math.max(1,Math.floor(t/e.length));return e.map((r,a)=>({...r,delay:a*n,timeout:n}))}function vs(e,t){return e==="callflows"&&t.startsWith("numbers")||e==="users"&&(t==="presence_id"||t.startsWith("caller_id"))?"extension":e==="users"?t.split(".")[0]:e==="vmboxes"&&t==="mailbox"?"extension":e==="vmboxes"&&t==="pin"?"vm_pin":null}function ys(e,t){if(!(t instanceof ee))throw t;let n={},r=[];for(let[a,s]of Object.entries(t.fields)){let i=vs(e,a);i?n[i]=s:r.push(`${a}: ${s}`)}throw t.fields=n,r.length&&(t.message=r.join("; ")),t}async function de(e,t,n){try{return await t()}catch(r){for(let a of n.reverse())await a().catch(()=>{});ys(e,r)}}async function $t(e){let t=[],n=await de("users",()=>F("users",cn({},e)),t);t.push(()=>U(`users/${n.id}`));let r=null;e.vmbox&&(r=await de("vmboxes",()=>F("vmboxes",pt(n,e.extension,e.vm_pin)),t),t.push(()=>U(`vmboxes/${r.id}`)));let a=await de("callflows",()=>F("callflows",ft({},n,e.extension,r&&r.id)),t);return t.push(()=>U(`callflows/${a.id}`)),e.phone&&await de("devices",()=>F("devices",un(n)),t),n}async function Bo(e,t,n){let r=await x(`users/${e}`),a=n?await x(`callflows/${n}`):null,s=r.presence_id||a&&(a.numbers||[])[0],i=await de("users",()=>H(`users/${e}`,cn(r,t,s)),[]);return a?await de("callflows",()=>H(`callflows/${n}`,ft(a,i,t.extension)),[]):await de("callflows",()=>F("callflows",ft({},i,t.extension)),[]),t.phone&&await de("devices",()=>F("devices",un(i)),[]),i}async function Ro(e){let t=["callflows","devices","vmboxes","conferences"],n=await Promise.all(t.map(r=>x(`${r}?filter_owner_id=${e}&paginate=false`)));for(let[r,a]of n.entries())for(let s of a)await U(`${t[r]}/${s.id}`);await U(`users/${e}`)}var ws=5e3;function $n({ownerId:e}){let[t,n]=h([]),[r,a]=h("");return A(()=>{let s=!0;G("GET",`accounts/${B.value.account}`).then(c=>s&&a(c.data.realm||""));async function i(){let c=await x(`devices?filter_owner_id=${e}&with_status=true&paginate=false`),d=await Promise.all(c.map(p=>x(`devices/${p.id}`)));s&&n(d.map((p,m)=>({...p,registered:c[m].registered})))}i().catch(()=>{});let l=setInterval(()=>i().catch(()=>{}),ws);return()=>{s=!1,clearInterval(l)}},[e]),t.map(s=>u`<div class="card" key=${s.id} aria-label=${o.sipCredentials}>
      <h3>${o.sipCredentials}: ${s.name}</h3>
      <dl>
        <dt>${o.sipUser}</dt><dd class="sip-user">${s.sip&&s.sip.username}</dd>
        <dt>${o.sipPassword}</dt><dd class="sip-password">${s.sip&&s.sip.password}</dd>
        <dt>${o.sipRealm}</dt><dd>${r}</dd>
        <dt>${o.status}</dt><dd class=${s.registered?"dot on":"dot"}>${s.registered?o.registered:o.notRegistered}</dd>
      </dl>
    </div>`)}function hn(e,t){return e.length<12?o.pwLength:[/[a-z]/,/[A-Z]/,/\d/,/[^A-Za-z0-9]/].filter(r=>r.test(e)).length<3?o.pwClasses:t&&e.toLowerCase().includes(t.toLowerCase())?o.pwUsername:""}function Pe({username:e,onDone:t}){let[n,r]=h({old:"",next:"",again:""}),[a,s]=h({}),[i,l]=h(""),[c,d]=h(!1),[p,m]=h(!1),$=g=>b=>r({...n,[g]:b});async function f(g){g.preventDefault(),m(!1);let b={};n.old||(b.old=o.required);let _=hn(n.next,e);if(_?b.next=_:n.next===n.old&&(b.next=o.pwSame),n.again!==n.next&&(b.again=o.pwMismatch),s(b),!Object.keys(b).length){d(!0),l("");try{if(!await Co(e,n.old)){s({old:o.pwOldWrong});return}await X(`users/${B.value.owner}`,{password:n.next,require_password_update:!1}),r({old:"",next:"",again:""}),m(!0),t&&t()}catch(k){s(k.fields||{}),l(k.message)}finally{d(!1)}}}return u`<form onSubmit=${f} aria-labelledby="pw-h" novalidate>
    <h3 id="pw-h">${o.changePassword}</h3>
    <p class="hint">${o.pwRules}</p>
    <${N} message=${i} />
    <${E} id="pw_old" label=${o.pwOld} type="password" value=${n.old} onInput=${$("old")} error=${a.old} autocomplete="current-password" />
    <${E} id="pw_new" label=${o.pwNew} type="password" value=${n.next} onInput=${$("next")} error=${a.next||a.password} autocomplete="new-password" />
    <${E} id="pw_again" label=${o.pwAgain} type="password" value=${n.again} onInput=${$("again")} error=${a.again} autocomplete="new-password" />
    ${p&&u`<p class="ok" role="status">${o.pwChanged}</p>`}
    <button type="submit" disabled=${c}>${c?o.saving:o.changePassword}</button>
  </form>`}var ue=ne(void 0),Uo=null;async function ht(){let e=B.value.account;if(Uo===e&&ue.value!==void 0)return ue.value;let{data:t}=await G("GET",`accounts/${e}`);return Uo=e,ue.value=t.edgepbx&&t.edgepbx.extension_length||null,ue.value}function bn(e,t){return t&&e&&e.length!==t?o.extLength(t):null}async function Ho(e){let t=await x("callflows?paginate=false"),n=new Set(t.flatMap(a=>a.numbers||[])),r=10**e;for(let a=10**(e-1);a<r;a++)if(!n.has(String(a)))return String(a);return""}function gn(e,t,n){let r={};for(let s of["first_name","last_name","username","extension"])e[s].trim()||(r[s]=o.required);e.extension&&!/^\d{2,8}$/.test(e.extension)?r.extension=o.extDigits:bn(e.extension,n)&&(r.extension=bn(e.extension,n));let a=(t||e.password)&&hn(e.password,e.username);return a&&(r.password=a),t&&e.vmbox&&e.vm_pin&&!/^\d{4,6}$/.test(e.vm_pin)&&(r.vm_pin=o.pinDigits),r}function bt({user:e,onDone:t}){let n=!e.id,[r,a]=h({first_name:e.first_name||"",last_name:e.last_name||"",username:e.username||"",email:e.email||"",password:"",extension:e.extension||"",phone:n,vmbox:n,vm_pin:""}),[s,i]=h({}),[l,c]=h(""),[d,p]=h(!1),[m,$]=h(null),f=y=>T=>a({...r,[y]:T}),[g,b]=h("");A(()=>{ht().then(y=>n&&!r.extension&&y&&Ho(y)).then(y=>{y&&(b(y),a(T=>T.extension?T:{...T,extension:y}))}).catch(()=>{})},[]);async function _(y){y.preventDefault();let T=gn(r,n,ue.value);if(i(T),c(""),!Object.keys(T).length){p(!0);try{let M=n?await $t(r):await Bo(e.id,r,e.callflow&&e.callflow.id);n||r.phone?$(M):t()}catch(M){i(M.fields||{}),c(`${o.failed} ${M.message}`)}p(!1)}}if(m)return u`<section aria-labelledby="saved-h">
      <h2 id="saved-h">${m.first_name} ${m.last_name}</h2>
      <${$n} ownerId=${m.id} />
      <button onClick=${()=>t({...m,extension:r.extension})}>${o.users}</button>
    </section>`;let k=e.devices&&e.devices.length>0;return u`<section aria-labelledby="form-h">
    <h2 id="form-h">${n?o.addUser:o.editUser}</h2>
    <form onSubmit=${_} novalidate>
      <${N} message=${l} />
      <div class="grid">
        <${E} id="first_name" label=${o.firstName} value=${r.first_name} onInput=${f("first_name")} error=${s.first_name} required />
        <${E} id="last_name" label=${o.lastName} value=${r.last_name} onInput=${f("last_name")} error=${s.last_name} required />
        <${E} id="username" label=${o.username} value=${r.username} onInput=${f("username")} error=${s.username} required autocomplete="off" />
        <${E} id="email" label=${o.email} type="email" value=${r.email} onInput=${f("email")} error=${s.email} />
        <${E} id="new_password" label=${o.password} type="password" value=${r.password} onInput=${f("password")} error=${s.password} required=${n} autocomplete="new-password" />
        <${E} id="extension" label=${o.extension} value=${r.extension} onInput=${f("extension")} error=${s.extension} required inputmode="numeric" />
      </div>
      ${g&&u`<p class="hint" id="extension-proposed">${o.extProposed(g)}</p>`}
      ${!k&&u`<div class="check">
        <input type="checkbox" id="phone" checked=${r.phone} onChange=${y=>a({...r,phone:y.target.checked})} />
        <label for="phone">${o.deskPhone}</label>
      </div>`}
      ${n&&u`<${q} id="vmbox" label=${o.withVmbox} checked=${r.vmbox} onChange=${f("vmbox")} />
        ${r.vmbox&&u`<${E} id="vm_pin" label=${o.vmPin} type="password" value=${r.vm_pin} onInput=${f("vm_pin")} error=${s.vm_pin} inputmode="numeric" autocomplete="off" />`}`}
      <div class="bar">
        <button type="submit" disabled=${d}>${d?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
    ${k&&u`<${$n} ownerId=${e.id} />`}
  </section>`}function Ee({id:e,title:t,user:n,formOf:r,check:a,toPatch:s,body:i,onSaved:l}){let[c,d]=h(()=>r(n)),[p,m]=h({}),[$,f]=h(""),[g,b]=h(!1),[_,k]=h(!1),y=M=>L=>{b(!1),d(O=>({...O,[M]:L}))};async function T(M){M.preventDefault();let L=a?a(c):{};if(m(L),f(""),!Object.keys(L).length){k(!0);try{let O=await X(`users/${n.id}`,s(c));b(!0),l&&l(O)}catch(O){m(O.fields||{}),f(`${o.failed} ${O.message}`)}k(!1)}}return u`<form class="card" id=${e} onSubmit=${T} novalidate aria-labelledby=${e+"-h"}>
    <h3 id=${e+"-h"}>${t}</h3>
    <${N} message=${$} />
    ${i(c,y,p)}
    <div class="bar">
      <button type="submit" disabled=${_}>${_?o.saving:o.save}</button>
      ${g&&u`<span class="ok" role="status">${o.saved}</span>`}
    </div>
  </form>`}function je({id:e,label:t,value:n,options:r,onChange:a,error:s}){return u`<div class="field">
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${i=>a(i.target.value)} aria-invalid=${s?"true":void 0}
      aria-describedby=${s?e+"-error":void 0}>
      ${r.map(([i,l])=>u`<option key=${i} value=${i}>${l}</option>`)}
    </select>
    ${s&&u`<p class="error" id=${e+"-error"} role="alert">${s}</p>`}
  </div>`}var xs=/^\+?\d{2,15}$/,Ge={always:null,busy:"busy",no_answer:"no_answer"},_n=(e,t)=>Ge[t]?e[Ge[t]]||{}:e;function ks(e){return Object.keys(Ge).find(t=>_n(e,t).enabled===!0)||"off"}function Cs(e){let t=e.call_forward||{},n=ks(t);return{dnd:!!(e.do_not_disturb&&e.do_not_disturb.enabled),mode:n,number:_n(t,n==="off"?"always":n).number||"",ring_seconds:String(t.no_answer&&t.no_answer.ring_seconds||20),direct_calls_only:!!t.direct_calls_only,keep_caller_id:t.keep_caller_id!==!1,require_keypress:!!t.require_keypress,ring_devices:t.substitute===!1}}function gt({user:e,onSaved:t}){let[n,r]=h(Cs(e)),[a,s]=h({}),[i,l]=h(""),[c,d]=h(!1),[p,m]=h(!1),$=g=>b=>{d(!1),r({...n,[g]:b})};async function f(g){g.preventDefault();let b={},_=Ge[n.mode]?`call_forward.${Ge[n.mode]}.number`:"call_forward.number";n.mode!=="off"&&!xs.test(n.number.trim())&&(b[_]=o.forwardNumber);let k=Number(n.ring_seconds);if(n.mode==="no_answer"&&!(Number.isInteger(k)&&k>=5&&k<=300)&&(b["call_forward.no_answer.ring_seconds"]=o.forwardRingSecondsRange),s(b),l(""),!Object.keys(b).length){m(!0);try{let y={enabled:n.mode==="always",busy:{enabled:n.mode==="busy"},no_answer:{enabled:n.mode==="no_answer"},direct_calls_only:n.direct_calls_only,keep_caller_id:n.keep_caller_id,require_keypress:n.require_keypress,substitute:!n.ring_devices};n.mode!=="off"&&Object.assign(_n(y,n.mode),{number:n.number.trim()}),n.mode==="no_answer"&&(y.no_answer.ring_seconds=Number(n.ring_seconds));let T=await X(`users/${e.id}`,{do_not_disturb:{enabled:n.dnd},call_forward:y});d(!0),t&&t(T)}catch(y){s(y.fields||{}),l(`${o.failed} ${y.message}`)}m(!1)}}return u`<form onSubmit=${f} aria-labelledby="features-h" novalidate>
    <h3 id="features-h">${o.callHandling}</h3>
    <${N} message=${i} />
    <${q} id="dnd" label=${o.dnd} checked=${n.dnd} onChange=${$("dnd")} />
    <${je} id="forward" label=${o.forward} value=${n.mode} onChange=${$("mode")}
      options=${[["off",o.forwardOff],["always",o.forwardAlways],["busy",o.forwardBusy],["no_answer",o.forwardNoAnswer]]} />
    ${n.mode!=="off"&&u`<fieldset>
      <${E} id="forward_number" label=${o.forwardTo} value=${n.number} onInput=${$("number")}
        error=${a["call_forward.number"]||a["call_forward.busy.number"]||a["call_forward.no_answer.number"]} inputmode="tel" />
      ${n.mode==="no_answer"&&u`<${E} id="forward_ring_seconds" label=${o.forwardRingSeconds} value=${n.ring_seconds} onInput=${$("ring_seconds")}
        error=${a["call_forward.no_answer.ring_seconds"]} inputmode="numeric" />`}
      ${n.mode==="always"&&u`<${q} id="ring_devices" label=${o.ringDevicesToo} checked=${n.ring_devices} onChange=${$("ring_devices")} />`}
      <${q} id="direct_calls_only" label=${o.directCallsOnly} checked=${n.direct_calls_only} onChange=${$("direct_calls_only")} />
      <${q} id="keep_caller_id" label=${o.keepCallerId} checked=${n.keep_caller_id} onChange=${$("keep_caller_id")} />
      <${q} id="require_keypress" label=${o.requireKeypress} checked=${n.require_keypress} onChange=${$("require_keypress")} />
    </fieldset>`}
    ${c&&u`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit" disabled=${p}>${p?o.saving:o.save}</button>
  </form>`}var _t=(e,t)=>/^\d+$/.test(String(e))&&Number(e)>=t&&Number(e)<=300;function vt({userId:e}){let[t,n]=h(null),[r,a]=h(null),[s,i]=h({}),[l,c]=h(""),[d,p]=h(!1),m=(b,_)=>{let k=Object.fromEntries(b.endpoints.map(M=>[M.id,M])),y=b.cellphone||{},T={on:!!y.enabled,number:y.number||"",delay:String(y.delay??0),timeout:String(y.timeout??20)};a({enabled:b.enabled,cell:T,rows:_.map(M=>({id:M.id,name:M.name,on:!!k[M.id],delay:String(k[M.id]?.delay??0),timeout:String(k[M.id]?.timeout??20)}))})};if(A(()=>{Promise.all([x(`users/${e}/find_me_follow_me`),x(`users/${e}/devices`)]).then(([b,_])=>{let k=_.filter(y=>y.device_type!=="cellphone");n(k),m(b,k)},b=>c(b.message))},[]),!r)return u`<div class="card"><h3>${o.followMe}</h3><${N} message=${l} />${!l&&o.loading}</div>`;let $=(b,_,k)=>a({...r,rows:r.rows.map((y,T)=>T===b?{...y,[_]:k}:y)}),f=b=>_=>a({...r,cell:{...r.cell,[b]:_}});async function g(b){b.preventDefault(),p(!1),c("");let _=r.rows.filter(T=>T.on),k={},{cell:y}=r;if(r.enabled&&!_.length&&!y.on&&(k.rows=o.pickPhone),y.on&&!/^\+?\d{3,15}$/.test(y.number.replace(/[\s().-]/g,""))&&(k.cell_number=o.badPhoneNumber),y.on&&(!_t(y.delay,0)||!_t(y.timeout,1))&&(k.cell=o.badTimeline),r.rows.forEach((T,M)=>{T.on&&(!_t(T.delay,0)||!_t(T.timeout,1))&&(k[M]=o.badTimeline)}),i(k),!Object.keys(k).length)try{let T=_.map(L=>({id:L.id,delay:Number(L.delay),timeout:Number(L.timeout)})),M=y.on?{number:y.number,delay:Number(y.delay),timeout:Number(y.timeout)}:null;m(await H(`users/${e}/find_me_follow_me`,{enabled:r.enabled,endpoints:r.enabled?T:[],cellphone:M}),t),p(!0)}catch(T){let M={};for(let[L,O]of Object.entries(T.fields||{})){let v=/^endpoints\.(\d+)\./.exec(L);v?M[r.rows.indexOf(_[Number(v[1])])]=O:L==="cellphone.number"?M.cell_number=O:L.startsWith("cellphone")?M.cell=O:M.rows=O}i(M),c(`${o.failed} ${T.message}`)}}return u`<form class="card" onSubmit=${g} novalidate aria-labelledby="fmfm-h">
    <h3 id="fmfm-h">${o.followMe}</h3>
    <p class="hint">${o.followMeHint}</p>
    <${N} message=${l} />
    <${q} id="fmfm_on" label=${o.followMeOn} checked=${r.enabled} onChange=${b=>a({...r,enabled:b})} />
    ${r.enabled&&u`${s.rows&&u`<p class="error" role="alert">${s.rows}</p>`}
      <table class="list timeline" aria-label=${o.followMe}>
        <thead><tr><th>${o.myDevices}</th><th>${o.startAfter}</th><th>${o.ringFor}</th></tr></thead>
        <tbody>
          ${r.rows.map((b,_)=>u`<tr key=${b.id} data-fmfm=${b.name}>
              <td><span class="check"><input type="checkbox" id=${"fm-"+b.id} checked=${b.on} onChange=${k=>$(_,"on",k.target.checked)} /><label for=${"fm-"+b.id}>${b.name}</label></span>
                ${s[_]&&u`<p class="error" role="alert">${s[_]}</p>`}</td>
              <td data-label=${o.startAfter}>${b.on&&u`<input aria-label=${`${o.startAfter} ${b.name}`} inputmode="numeric" value=${b.delay} onInput=${k=>$(_,"delay",k.target.value)} />`}</td>
              <td data-label=${o.ringFor}>${b.on&&u`<input aria-label=${`${o.ringFor} ${b.name}`} inputmode="numeric" value=${b.timeout} onInput=${k=>$(_,"timeout",k.target.value)} />`}</td>
            </tr>`)}
        </tbody>
      </table>
      <${q} id="fmfm_cell" label=${o.ringCell} checked=${r.cell.on} onChange=${f("on")} />
      ${r.cell.on&&u`<p class="hint">${o.cellHint}</p>
        <div class="grid">
          <${E} id="fmfm_cell_number" label=${o.cellNumber} value=${r.cell.number} onInput=${f("number")} error=${s.cell_number} inputmode="tel" />
          <${E} id="fmfm_cell_delay" label=${o.startAfter} value=${r.cell.delay} onInput=${f("delay")} error=${s.cell} inputmode="numeric" />
          <${E} id="fmfm_cell_timeout" label=${o.ringFor} value=${r.cell.timeout} onInput=${f("timeout")} inputmode="numeric" />
        </div>`}`}
    <div class="bar"><button type="submit">${o.save}</button>${d&&u`<span class="ok" role="status">${o.saved}</span>`}</div>
  </form>`}function Ss(e,t){let n=e&&e.flow&&e.flow.children&&e.flow.children._;return!!n&&n.module==="voicemail"&&n.data&&n.data.id===t&&!n.data.skip_module}function Ps(e,t,n){let r=n?ut(t):{...ut(t),data:{id:t,skip_module:!0}};return{...e,flow:{...e.flow,children:{...e.flow.children||{},_:r}}}}function jo({user:e,callflowId:t}){let[n,r]=h(null),[a,s]=h(""),[i,l]=h({}),[c,d]=h(""),[p,m]=h(!1),$=()=>Promise.all([x(`vmboxes?filter_owner_id=${e.id}&paginate=false`),t?x(`callflows/${t}`):null]).then(([T,M])=>r({box:T[0]||null,cf:M}),T=>d(T.message));if(A(()=>{$()},[]),!n)return u`<div class="card"><h3>${o.vmboxes}</h3><${N} message=${c} />${!c&&o.loading}</div>`;let{box:f,cf:g}=n;async function b(T,M){await H(`callflows/${g.id}`,Ps(await x(`callflows/${g.id}`),T,M))}async function _(T){T.preventDefault(),m(!1),d("");let M=a&&!/^\d{4,6}$/.test(a)?{pin:o.pinDigits}:{};if(l(M),Object.keys(M).length)return;let L=null;try{L=await F("vmboxes",pt(e,g.numbers[0],a)),await b(L.id,!0),m(!0),$()}catch(O){L&&await U(`vmboxes/${L.id}`).catch(()=>{}),l({pin:(O.fields||{}).pin,mailbox:(O.fields||{}).mailbox}),d(`${o.failed} ${O.message}`)}}async function k(T){m(!1),d("");try{await b(f.id,T),m(!0),$()}catch(M){d(`${o.failed} ${M.message}`)}}let y=p&&u`<span class="ok" role="status">${o.saved}</span>`;return g?f?u`<div class="card" id="feature-voicemail">
      <h3>${o.vmboxes}</h3>
      <${N} message=${c} />
      <p data-vmbox=${f.mailbox}>${o.userVmbox(f.name,f.mailbox)}</p>
      <${q} id="vm_on" label=${o.vmOnNoAnswer} checked=${Ss(g,f.id)} onChange=${k} />
      ${y}
    </div>`:u`<form class="card" id="feature-voicemail" onSubmit=${_} novalidate>
    <h3>${o.vmboxes}</h3>
    <${N} message=${c} />
    <p class="hint">${o.noVmboxYet(g.numbers[0])}</p>
    <${E} id="feature_vm_pin" label=${o.vmPin} type="password" value=${a} onInput=${s} error=${i.pin||i.mailbox} inputmode="numeric" autocomplete="off" />
    <div class="bar"><button type="submit">${o.makeVmbox}</button>${y}</div>
  </form>`:u`<div class="card" id="feature-voicemail"><h3>${o.vmboxes}</h3><p>${o.noExtensionYet}</p></div>`}var Go=e=>e.split(/[\s,;]+/).filter(Boolean);function Wo(e){return{name:e.name.trim(),owner_id:e.owner_id,conference_numbers:[e.number],member:{pins:Go(e.member_pins),join_muted:e.join_muted},moderator:{pins:Go(e.moderator_pins)}}}var vn=(e,t,n)=>({...e,name:`${t.name} Conference`,numbers:mt(e,n.number),flow:{module:"conference",data:{id:t.id},children:{}},...n.owner_id?{type:"conference",owner_id:n.owner_id}:{}});function qo(e){if(!(e instanceof ee))throw e;let t={};for(let[n,r]of Object.entries(e.fields))t[n.startsWith("numbers")||n.startsWith("conference_numbers")?"number":n.split(".")[0]]=r;throw e.fields=t,e}var Vo=e=>x(`callflows?filter_flow.module=conference&filter_flow.data.id=${e}&paginate=false`);async function yt(e){let t=null;try{return t=await F("conferences",Wo(e)),await F("callflows",vn({},t,e)),t}catch(n){t&&await U(`conferences/${t.id}`).catch(()=>{}),qo(n)}}async function Ko(e,t){try{let n=await X(`conferences/${e}`,Wo(t)),[r]=await Vo(e);r?await H(`callflows/${r.id}`,vn(await x(`callflows/${r.id}`),n,t)):await F("callflows",vn({},n,t))}catch(n){qo(n)}}async function We(e){for(let t of await Vo(e))await U(`callflows/${t.id}`);await U(`conferences/${e}`)}var zo=(e,t)=>X(`users/${e.id}`,{smartpbx:{conferencing:{enabled:t}}});function Yo({user:e}){let[t,n]=h(void 0),[r,a]=h(""),[s,i]=h(""),[l,c]=h(""),d=()=>x(`conferences?filter_owner_id=${e.id}&paginate=false`).then($=>n($[0]||null),$=>c($.message));A(()=>{d()},[]);async function p($){if($.preventDefault(),c(""),!/^\+?\d{2,15}$/.test(r))return i(o.extDigits);i("");let f=null;try{let g=o.conferenceOf(`${e.first_name} ${e.last_name}`.trim());f=await yt({name:g,number:r,member_pins:"",moderator_pins:"",join_muted:!1,owner_id:e.id}),await zo(e,!0),d()}catch(g){f&&await We(f.id).catch(()=>{}),i((g.fields||{}).number||""),c(`${o.failed} ${g.message}`)}}async function m(){c("");try{await We(t.id),await zo(e,!1),d()}catch($){c(`${o.failed} ${$.message}`)}}return t===void 0?u`<div class="card"><h3>${o.confBridge}</h3><${N} message=${l} />${!l&&o.loading}</div>`:t?u`<div class="card" id="feature-conference">
      <h3>${o.confBridge}</h3>
      <${N} message=${l} />
      <p data-conference=${(t.conference_numbers||[])[0]}>${o.confBridgeIs(t.name,(t.conference_numbers||[]).join(", "))}</p>
      <button type="button" class="danger" onClick=${m}>${o.del}</button>
    </div>`:u`<form class="card" id="feature-conference" onSubmit=${p} novalidate>
    <h3>${o.confBridge}</h3>
    <${N} message=${l} />
    <${E} id="feature_conf_number" label=${o.confNumber} value=${r} onInput=${a} error=${s} inputmode="tel" />
    <div class="bar"><button type="submit">${o.makeConfBridge}</button></div>
  </form>`}var Zo=/^\+?\d{2,15}$/,Xo=(e,t,n)=>new RegExp(`^\\d{${t},${n}}$`).test(e),Es=e=>e.trim().length<=35;function Qo({user:e,numbers:t}){let n=(r,a)=>e.caller_id&&e.caller_id[r]&&e.caller_id[r][a]||"";return u`<${Ee}
    id="feature-caller-id"
    title=${o.callerId}
    user=${e}
    formOf=${()=>({int_name:n("internal","name"),int_number:n("internal","number"),ext_name:n("external","name"),ext_number:n("external","number")})}
    check=${r=>{let a={};r.int_number&&!Zo.test(r.int_number)&&(a["caller_id.internal.number"]=o.forwardNumber);for(let[s,i]of[["int_name","caller_id.internal.name"],["ext_name","caller_id.external.name"]])Es(r[s])||(a[i]=o.cidNameLength);return a}}
    toPatch=${r=>({caller_id:{internal:{name:r.int_name.trim()||null,number:r.int_number||null},external:{name:r.ext_name.trim()||null,number:r.ext_number||null}}})}
    body=${(r,a,s)=>u`<div class="grid">
      <${E} id="cid_int_name" label=${o.cidInternalName} value=${r.int_name} onInput=${a("int_name")} error=${s["caller_id.internal.name"]} />
      <${E} id="cid_int_number" label=${o.cidInternalNumber} value=${r.int_number} onInput=${a("int_number")} error=${s["caller_id.internal.number"]} inputmode="tel" />
      <${E} id="cid_ext_name" label=${o.cidExternalName} value=${r.ext_name} onInput=${a("ext_name")} error=${s["caller_id.external.name"]} />
      <${je} id="cid_ext_number" label=${o.cidExternalNumber} value=${r.ext_number} onChange=${a("ext_number")} error=${s["caller_id.external.number"]}
        options=${[["",o.cidAccountDefault],...[...new Set([...t,r.ext_number].filter(Boolean))].map(i=>[i,i])]} />
    </div>`}
  />`}function Jo({user:e}){let t=e.call_failover||{};return u`<${Ee}
    id="feature-failover"
    title=${o.failover}
    user=${e}
    formOf=${()=>({enabled:!!t.enabled,number:t.number||""})}
    check=${n=>n.enabled&&!Zo.test(n.number.trim())?{"call_failover.number":o.forwardNumber}:{}}
    toPatch=${n=>({call_failover:{enabled:n.enabled,number:n.number.trim()||null}})}
    body=${(n,r,a)=>u`<p class="hint">${o.failoverHint}</p>
      <${q} id="failover_on" label=${o.failoverOn} checked=${n.enabled} onChange=${r("enabled")} />
      ${n.enabled&&u`<${E} id="failover_number" label=${o.forwardTo} value=${n.number} onInput=${r("number")} error=${a["call_failover.number"]} inputmode="tel" />`}`}
  />`}function er({user:e}){let t=e.hotdesk||{};return u`<${Ee}
    id="feature-hotdesk"
    title=${o.hotdesk}
    user=${e}
    formOf=${()=>({enabled:!!t.enabled,id:t.id||"",require_pin:!!t.require_pin,pin:t.pin||"",keep:!!t.keep_logged_in_elsewhere})}
    check=${n=>{let r={};return n.enabled&&!Xo(n.id,1,15)&&(r["hotdesk.id"]=o.hotdeskIdDigits),n.enabled&&(n.require_pin||n.pin)&&!Xo(n.pin,4,15)&&(r["hotdesk.pin"]=o.hotdeskPinDigits),r}}
    toPatch=${n=>({hotdesk:{enabled:n.enabled,id:n.id||null,require_pin:n.require_pin,pin:n.pin||null,keep_logged_in_elsewhere:n.keep}})}
    body=${(n,r,a)=>u`<p class="hint">${o.hotdeskHint}</p>
      <${q} id="hotdesk_on" label=${o.hotdeskOn} checked=${n.enabled} onChange=${r("enabled")} />
      ${n.enabled&&u`<div class="grid">
          <${E} id="hotdesk_id" label=${o.hotdeskId} value=${n.id} onInput=${r("id")} error=${a["hotdesk.id"]} inputmode="numeric" />
          <${E} id="hotdesk_pin" label=${o.hotdeskPin} type="password" value=${n.pin} onInput=${r("pin")} error=${a["hotdesk.pin"]} inputmode="numeric" autocomplete="off" />
        </div>
        <${q} id="hotdesk_require_pin" label=${o.hotdeskRequirePin} checked=${n.require_pin} onChange=${r("require_pin")} />
        <${q} id="hotdesk_keep" label=${o.hotdeskKeep} checked=${n.keep} onChange=${r("keep")} />`}`}
  />`}function tr({user:e,media:t}){return u`<${Ee}
    id="feature-moh"
    title=${o.musicOnHold}
    user=${e}
    formOf=${()=>({media_id:e.music_on_hold&&e.music_on_hold.media_id||""})}
    toPatch=${n=>({music_on_hold:{media_id:n.media_id||null}})}
    body=${(n,r,a)=>u`<${je} id="moh_media" label=${o.mohMedia} value=${n.media_id} onChange=${r("media_id")} error=${a["music_on_hold.media_id"]}
      options=${[["",o.mohDefault],...t.map(s=>[s.id,s.name||s.id])]} />`}
  />`}var qe=[["inbound","onnet"],["inbound","offnet"],["outbound","onnet"],["outbound","offnet"]],me=(e,t)=>`${e}_${t}`;function nr({user:e}){let t=e.call_recording||{},n=(r,a)=>t[r]&&t[r][a]||{};return u`<${Ee}
    id="feature-recording"
    title=${o.recording}
    user=${e}
    formOf=${()=>({...Object.fromEntries(qe.map(([r,a])=>[me(r,a),n(r,a).enabled===!0])),time_limit:String(qe.map(([r,a])=>n(r,a).time_limit).find(r=>r!==void 0)??3600)})}
    check=${r=>/^\d+$/.test(r.time_limit)&&Number(r.time_limit)>=5&&Number(r.time_limit)<=10800?{}:{time_limit:o.recordingLimit}}
    toPatch=${r=>{let a={};for(let[s,i]of qe)a[s]={...a[s],[i]:{enabled:r[me(s,i)],time_limit:Number(r.time_limit)}};return{call_recording:a,smartpbx:{call_recording:{enabled:qe.some(([s,i])=>r[me(s,i)])}}}}}
    body=${(r,a,s)=>u`${qe.map(([i,l])=>u`<${q} key=${me(i,l)} id=${"rec_"+me(i,l)} label=${o.recordLeg[me(i,l)]} checked=${r[me(i,l)]} onChange=${a(me(i,l))} />`)}
      <${E} id="rec_time_limit" label=${o.recordingLimitLabel} value=${r.time_limit} onInput=${a("time_limit")} error=${s.time_limit} inputmode="numeric" />`}
  />`}function or({user:e,onDone:t}){let n=e.id,r=e.callflow&&e.callflow.id,[a,s]=h(null),[i,l]=h("");A(()=>{Promise.all([x(`users/${n}`),x("phone_numbers"),x("media?paginate=false")]).then(([p,m,$])=>s({user:p,numbers:Object.keys(m&&m.numbers||{}),media:$}),p=>l(p.message))},[n]);let c=u`<button type="button" class="plain" onClick=${t}>${o.users}</button>`;if(!a)return u`<section><h2>${o.features}</h2><${N} message=${i} />${!i&&o.loading} ${c}</section>`;let{user:d}=a;return u`<section aria-labelledby="features-panel-h" class="features">
    <div class="bar"><h2 id="features-panel-h">${o.featuresOf(`${d.first_name} ${d.last_name}`)}</h2>${c}</div>
    <${gt} user=${d} />
    <${Jo} user=${d} />
    <${Qo} user=${d} numbers=${a.numbers} />
    <${jo} user=${d} callflowId=${r} />
    <${vt} userId=${d.id} />
    <${er} user=${d} />
    <${Yo} user=${d} />
    <${tr} user=${d} media=${a.media} />
    <${nr} user=${d} />
    <p class="hint">${o.faxboxNotSupported}</p>
    ${c}
  </section>`}async function Ns(){let[e,t,n]=await Promise.all([x("users?paginate=false"),x("callflows?filter_type=mainUserCallflow&paginate=false"),x("devices?with_status=true&paginate=false")]);return e.map(r=>{let a=t.find(s=>s.owner_id===r.id);return{...r,callflow:a,extension:a&&a.numbers?a.numbers[0]:"",numbers:a&&a.numbers?a.numbers.slice(1):[],devices:n.filter(s=>s.owner_id===r.id)}})}var Ms=e=>t=>{let n=`${t.first_name} ${t.last_name} ${t.username} ${t.extension} ${t.numbers.join(" ")} ${t.email||""}`.toLowerCase();return e.toLowerCase().split(/\s+/).every(r=>n.includes(r))};function rr(){let[e,t]=h(null),[n,r]=h(""),[a,s]=h(null),[i,l]=h(null),[c,d]=h(""),p=()=>Ns().then(t,$=>d($.message));A(p,[]);async function m($){if(confirm(o.confirmDelete(`${$.first_name} ${$.last_name}`))){try{await Ro($.id)}catch(f){d(f.message)}p()}}return i?u`<${or} user=${i} onDone=${()=>l(null)} />`:a?u`<${bt}
      user=${a}
      onDone=${()=>{s(null),p()}}
    />`:u`<section aria-labelledby="users-h">
    <div class="bar">
      <h2 id="users-h">${o.users}</h2>
      <button onClick=${()=>s({})}>${o.addUser}</button>
    </div>
    <${N} message=${c} />
    <input type="search" class="search" aria-label=${o.searchUsers} placeholder=${o.searchUsers} value=${n} onInput=${$=>r($.target.value)} />
    ${e?e.length===0?u`<p>${o.none}</p>`:u`<table class="list" aria-label=${o.users}>
            <thead><tr><th>${o.name}</th><th>${o.username}</th><th>${o.extension}</th><th>${o.numbersOf}</th><th>${o.devices}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.filter(Ms(n)).map($=>u`<tr key=${$.id} data-user=${$.username}>
                  <td data-label=${o.name}>${$.first_name} ${$.last_name}</td>
                  <td data-label=${o.username}>${$.username}</td>
                  <td data-label=${o.extension} class="ext">${$.extension}</td>
                  <td data-label=${o.numbersOf}>${$.numbers.join(", ")}</td>
                  <td data-label=${o.devices}>
                    ${$.devices.map(f=>u`<span class=${f.registered?"dot on":"dot"}>${f.name} · ${f.registered?o.registered:o.notRegistered}</span>`)}
                  </td>
                  <td class="actions">
                    <button onClick=${()=>s($)} aria-label=${`${o.edit} ${$.username}`}>${o.edit}</button>
                    <button onClick=${()=>l($)} aria-label=${`${o.features} ${$.username}`}>${o.features}</button>
                    ${$.id!==B.value.owner&&u`<button class="danger" onClick=${()=>m($)} aria-label=${`${o.del} ${$.username}`}>${o.del}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:u`<p>${o.loading}</p>`}
  </section>`}function ar(){let[e,t]=h(null),[n,r]=h(""),[a,s]=h(""),[i,l]=h("");A(()=>{Promise.all([x("devices?with_status=true&paginate=false"),x("users?paginate=false")]).then(([d,p])=>{let m=f=>p.find(g=>g.id===f),$=d.filter(f=>f.registered).map(f=>{let g=m(f.owner_id);return{id:f.id,label:g?`${g.first_name} ${g.last_name} \xB7 ${f.name}`:f.name}});t($),$.length&&r($[0].id)},d=>l(d.message))},[]);let c=async()=>{l(""),s("");try{await F(`devices/${n}/ring_test`,{}),s(o.ringing(e.find(d=>d.id===n).label))}catch(d){l(d.message)}};return e?u`<div class="ring-my-phone">
    <h3>${o.ringMyPhone}</h3>
    ${e.length===0?u`<p class="hint">${o.noRegisteredPhone}</p>`:u`<div class="field">
            <label for="ring-phone">${o.ringPhonePick}</label>
            <select id="ring-phone" value=${n} onChange=${d=>r(d.target.value)}>
              ${e.map(d=>u`<option key=${d.id} value=${d.id}>${d.label}</option>`)}
            </select>
            <p class="hint">${o.ringPhoneHint}</p>
          </div>
          <button type="button" onClick=${c}>${o.ringMyPhone}</button>`}
    ${a&&u`<p role="status">${a}</p>`}
    <${N} message=${i} />
  </div>`:u`<${N} message=${i} />`}function sr({device:e}){let[t,n]=h(!1),[r,a]=h(""),[s,i]=h(""),[l,c]=h(""),[d,p]=h("");return t?u`<form class="call-from" onSubmit=${async $=>{$.preventDefault(),c(""),p(""),i("");try{await x(`devices/${e.id}/quickcall/${encodeURIComponent(r)}?auto_answer=false`),i(o.callStarted(e.name,r))}catch(f){f.fields&&f.fields.number?p(f.fields.number):c(f.message)}}}>
    <${E} id=${`call-${e.id}`} label=${o.callNumber} value=${r} onInput=${a} error=${d} inputmode="tel" required />
    <button type="submit">${o.call}</button>
    ${s&&u`<p role="status">${s}</p>`}
    <${N} message=${l} />
  </form>`:u`<button type="button" class="plain" aria-label=${o.callFrom(e.name)} onClick=${()=>n(!0)}>
      ${o.call}
    </button>`}function yn(e){let t=e.trim().replace(/[\s:.-]/g,"");return/^[0-9a-fA-F]{12}$/.test(t)?t.toLowerCase().match(/../g).join(":"):null}async function As(){let e=await G("GET","provisioner/phones");return e.data||e}var wn=e=>Object.entries(e||{}).map(([t,n])=>[t,n.name||t]),ir=e=>e==="mac_address"?"mac":e==="owner_id"||e==="name"?e:null;function Ts(e){let t={};return e.name.trim()||(t.name=o.required),e.kind==="phone"&&(e.model||(t.model=o.required),yn(e.mac)||(t.mac=o.badMac)),e.kind==="analog"&&!e.port&&(t.port=o.noFreePort),t}function lr({device:e,users:t,ports:n,onSaved:r,onCancel:a}){let s=!e,[i,l]=h({kind:"phone",name:e?e.name:"",owner_id:e&&e.owner_id||"",brand:"",family:"",model:"",mac:"",port:""}),[c,d]=h({}),[p,m]=h({}),[$,f]=h(""),[g,b]=h(!1);A(()=>{s&&As().then(d,v=>f(v.message))},[]);let _=v=>S=>l(w=>({...w,[v]:S})),k=c[i.brand],y=k&&k.families[i.family],T=n.filter(v=>v.kind==="fxs"&&!v.device_id).map(v=>[v.name,v.name]);async function M(v){v.preventDefault();let S=i.port||(T[0]?T[0][0]:""),w=Ts(s?{...i,port:S}:{...i,kind:"edit"});if(m(w),f(""),!Object.keys(w).length){b(!0);try{if(s){let P=y&&y.models[i.model],C=Fo({...i,name:i.name.trim(),mac:yn(i.mac),modelId:P&&P.id,port:S});r(await F("devices",C),!0)}else{let C={...await x(`devices/${e.id}`),name:i.name.trim(),owner_id:i.owner_id||void 0};r(await H(`devices/${e.id}`,C),!1)}}catch(P){if(!(P instanceof ee))throw P;let C={},D=[];for(let[I,j]of Object.entries(P.fields))ir(I)?C[ir(I)]=j:D.push(`${I}: ${j}`);m(C),f(`${o.failed} ${D.join("; ")||P.message}`)}b(!1)}}let L=[["",o.noDeviceOwner],...t.map(v=>[v.id,`${v.first_name} ${v.last_name}`])],O=[["phone",o.kindPhone],["softphone",o.kindSoftphone],["analog",T.length?o.kindAnalog:o.kindAnalogNone]];return u`<section aria-labelledby="device-form-h">
    <h2 id="device-form-h">${s?o.addDevice:o.editDevice}</h2>
    <form onSubmit=${M} novalidate>
      <${N} message=${$} />
      <div class="grid">
        ${s&&u`<${ie} id="device_kind" wide label=${o.deviceKind} value=${i.kind} onChange=${_("kind")} options=${O} />`}
        <${E} id="device_name" label=${o.name} value=${i.name} onInput=${_("name")} error=${p.name} required />
        <${ie} id="device_owner" label=${o.owner} value=${i.owner_id} onChange=${_("owner_id")} options=${L} error=${p.owner_id} />
        ${s&&i.kind==="phone"&&u`<${ie} id="device_brand" label=${o.brand} value=${i.brand}
            onChange=${v=>l({...i,brand:v,family:"",model:""})} options=${[["",o.pick],...wn(c)]} />
          <${ie} id="device_family" label=${o.family} value=${i.family}
            onChange=${v=>l({...i,family:v,model:""})} options=${[["",o.pick],...wn(k&&k.families)]} />
          <${ie} id="device_model" label=${o.model} value=${i.model} onChange=${_("model")}
            options=${[["",o.pick],...wn(y&&y.models)]} error=${p.model} />
          <${E} id="device_mac" label=${o.macAddress} value=${i.mac} onInput=${_("mac")} error=${p.mac} required autocomplete="off" />`}
        ${s&&i.kind==="analog"&&(T.length?u`<${ie} id="device_port" label=${o.analogPort} value=${i.port||T[0][0]} onChange=${_("port")} options=${T} error=${p.port} />`:u`<p class="error" role="alert">${o.noFreePort}</p>`)}
      </div>
      <div class="bar">
        <button type="submit" disabled=${g}>${g?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${a}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var Ds=5e3,Os=e=>new Date(e*1e3).toISOString().replace("T"," ").slice(0,19);function cr({device:e}){let[t,n]=h(null),[r,a]=h(null),[s,i]=h("");A(()=>{let d=!0,p=()=>x(`devices/${e.id}/provisioning`).then($=>d&&n($),()=>{});p(),x("provisioning/dhcp").then($=>d&&a($),()=>{});let m=setInterval(p,Ds);return()=>{d=!1,clearInterval(m)}},[e.id]);async function l(d){i("");try{let p=await H(`devices/${e.id}/sync`,{reboot:d});i(p.notified>0?o.syncSent(d,p.notified):o.syncNotRegistered)}catch(p){i(p.message)}}let c=t&&t[0];return u`<div class="card provisioning" role="region" aria-label=${o.provisioningOf(e.name)}>
    <h3>${o.provisioningOf(e.name)}</h3>
    <dl>
      <dt>${o.macAddress}</dt><dd>${e.mac_address}</dd>
      <dt>${o.lastFetch}</dt>
      <dd class="last-fetch">
        ${t?c?o.fetchLine(Os(c.time),c.file,c.address,c.status):o.neverFetched:o.loading}
      </dd>
      ${r&&u`<dt>${o.provisioningUrl}</dt><dd class="provisioning-url">${r.option_66}</dd>`}
    </dl>
    <p class="hint">${o.dhcpHint}</p>
    <div class="actions">
      <button onClick=${()=>l(!1)}>${o.resync}</button>
      <button onClick=${()=>l(!0)}>${o.reboot}</button>
    </div>
    ${s&&u`<p class="sync-note" role="status">${s}</p>`}
  </div>`}var Ne=function(e,t){let a=e,s=Ve[t],i=null,l=0,c=null,d=[],p={},m=function(v,S){l=a*4+17,i=function(w){let P=new Array(w);for(let C=0;C<w;C+=1){P[C]=new Array(w);for(let D=0;D<w;D+=1)P[C][D]=null}return P}(l),$(0,0),$(l-7,0),$(0,l-7),b(),g(),k(v,S),a>=7&&_(v),c==null&&(c=M(a,s,d)),y(c,S)},$=function(v,S){for(let w=-1;w<=7;w+=1)if(!(v+w<=-1||l<=v+w))for(let P=-1;P<=7;P+=1)S+P<=-1||l<=S+P||(0<=w&&w<=6&&(P==0||P==6)||0<=P&&P<=6&&(w==0||w==6)||2<=w&&w<=4&&2<=P&&P<=4?i[v+w][S+P]=!0:i[v+w][S+P]=!1)},f=function(){let v=0,S=0;for(let w=0;w<8;w+=1){m(!0,w);let P=pe.getLostPoint(p);(w==0||v>P)&&(v=P,S=w)}return S},g=function(){for(let v=8;v<l-8;v+=1)i[v][6]==null&&(i[v][6]=v%2==0);for(let v=8;v<l-8;v+=1)i[6][v]==null&&(i[6][v]=v%2==0)},b=function(){let v=pe.getPatternPosition(a);for(let S=0;S<v.length;S+=1)for(let w=0;w<v.length;w+=1){let P=v[S],C=v[w];if(i[P][C]==null)for(let D=-2;D<=2;D+=1)for(let I=-2;I<=2;I+=1)D==-2||D==2||I==-2||I==2||D==0&&I==0?i[P+D][C+I]=!0:i[P+D][C+I]=!1}},_=function(v){let S=pe.getBCHTypeNumber(a);for(let w=0;w<18;w+=1){let P=!v&&(S>>w&1)==1;i[Math.floor(w/3)][w%3+l-8-3]=P}for(let w=0;w<18;w+=1){let P=!v&&(S>>w&1)==1;i[w%3+l-8-3][Math.floor(w/3)]=P}},k=function(v,S){let w=s<<3|S,P=pe.getBCHTypeInfo(w);for(let C=0;C<15;C+=1){let D=!v&&(P>>C&1)==1;C<6?i[C][8]=D:C<8?i[C+1][8]=D:i[l-15+C][8]=D}for(let C=0;C<15;C+=1){let D=!v&&(P>>C&1)==1;C<8?i[8][l-C-1]=D:C<9?i[8][15-C-1+1]=D:i[8][15-C-1]=D}i[l-8][8]=!v},y=function(v,S){let w=-1,P=l-1,C=7,D=0,I=pe.getMaskFunction(S);for(let j=l-1;j>0;j-=2)for(j==6&&(j-=1);;){for(let K=0;K<2;K+=1)if(i[P][j-K]==null){let Z=!1;D<v.length&&(Z=(v[D]>>>C&1)==1),I(P,j-K)&&(Z=!Z),i[P][j-K]=Z,C-=1,C==-1&&(D+=1,C=7)}if(P+=w,P<0||l<=P){P-=w,w=-w;break}}},T=function(v,S){let w=0,P=0,C=0,D=new Array(S.length),I=new Array(S.length);for(let R=0;R<S.length;R+=1){let Y=S[R].dataCount,ae=S[R].totalCount-Y;P=Math.max(P,Y),C=Math.max(C,ae),D[R]=new Array(Y);for(let le=0;le<D[R].length;le+=1)D[R][le]=255&v.getBuffer()[le+w];w+=Y;let Lt=pe.getErrorCorrectPolynomial(ae),Bn=Ke(D[R],Lt.getLength()-1).mod(Lt);I[R]=new Array(Lt.getLength()-1);for(let le=0;le<I[R].length;le+=1){let Rn=le+Bn.getLength()-I[R].length;I[R][le]=Rn>=0?Bn.getAt(Rn):0}}let j=0;for(let R=0;R<S.length;R+=1)j+=S[R].totalCount;let K=new Array(j),Z=0;for(let R=0;R<P;R+=1)for(let Y=0;Y<S.length;Y+=1)R<D[Y].length&&(K[Z]=D[Y][R],Z+=1);for(let R=0;R<C;R+=1)for(let Y=0;Y<S.length;Y+=1)R<I[Y].length&&(K[Z]=I[Y][R],Z+=1);return K},M=function(v,S,w){let P=dr.getRSBlocks(v,S),C=ur();for(let I=0;I<w.length;I+=1){let j=w[I];C.put(j.getMode(),4),C.put(j.getLength(),pe.getLengthInBits(j.getMode(),v)),j.write(C)}let D=0;for(let I=0;I<P.length;I+=1)D+=P[I].dataCount;if(C.getLengthInBits()>D*8)throw"code length overflow. ("+C.getLengthInBits()+">"+D*8+")";for(C.getLengthInBits()+4<=D*8&&C.put(0,4);C.getLengthInBits()%8!=0;)C.putBit(!1);for(;!(C.getLengthInBits()>=D*8||(C.put(236,8),C.getLengthInBits()>=D*8));)C.put(17,8);return T(C,P)};p.addData=function(v,S){S=S||"Byte";let w=null;switch(S){case"Numeric":w=Is(v);break;case"Alphanumeric":w=Fs(v);break;case"Byte":w=Ls(v);break;case"Kanji":w=Bs(v);break;default:throw"mode:"+S}d.push(w),c=null},p.isDark=function(v,S){if(v<0||l<=v||S<0||l<=S)throw v+","+S;return i[v][S]},p.getModuleCount=function(){return l},p.make=function(){if(a<1){let v=1;for(;v<40;v++){let S=dr.getRSBlocks(v,s),w=ur();for(let C=0;C<d.length;C++){let D=d[C];w.put(D.getMode(),4),w.put(D.getLength(),pe.getLengthInBits(D.getMode(),v)),D.write(w)}let P=0;for(let C=0;C<S.length;C++)P+=S[C].dataCount;if(w.getLengthInBits()<=P*8)break}a=v}m(!1,f())},p.createTableTag=function(v,S){v=v||2,S=typeof S>"u"?v*4:S;let w="";w+='<table style="',w+=" border-width: 0px; border-style: none;",w+=" border-collapse: collapse;",w+=" padding: 0px; margin: "+S+"px;",w+='">',w+="<tbody>";for(let P=0;P<p.getModuleCount();P+=1){w+="<tr>";for(let C=0;C<p.getModuleCount();C+=1)w+='<td style="',w+=" border-width: 0px; border-style: none;",w+=" border-collapse: collapse;",w+=" padding: 0px; margin: 0px;",w+=" width: "+v+"px;",w+=" height: "+v+"px;",w+=" background-color: ",w+=p.isDark(P,C)?"#000000":"#ffffff",w+=";",w+='"/>';w+="</tr>"}return w+="</tbody>",w+="</table>",w},p.createSvgTag=function(v,S,w,P){let C={};typeof arguments[0]=="object"&&(C=arguments[0],v=C.cellSize,S=C.margin,w=C.alt,P=C.title),v=v||2,S=typeof S>"u"?v*4:S,w=typeof w=="string"?{text:w}:w||{},w.text=w.text||null,w.id=w.text?w.id||"qrcode-description":null,P=typeof P=="string"?{text:P}:P||{},P.text=P.text||null,P.id=P.text?P.id||"qrcode-title":null;let D=p.getModuleCount()*v+S*2,I,j,K,Z,R="",Y;for(Y="l"+v+",0 0,"+v+" -"+v+",0 0,-"+v+"z ",R+='<svg version="1.1" xmlns="http://www.w3.org/2000/svg"',R+=C.scalable?"":' width="'+D+'px" height="'+D+'px"',R+=' viewBox="0 0 '+D+" "+D+'" ',R+=' preserveAspectRatio="xMinYMin meet"',R+=P.text||w.text?' role="img" aria-labelledby="'+L([P.id,w.id].join(" ").trim())+'"':"",R+=">",R+=P.text?'<title id="'+L(P.id)+'">'+L(P.text)+"</title>":"",R+=w.text?'<description id="'+L(w.id)+'">'+L(w.text)+"</description>":"",R+='<rect width="100%" height="100%" fill="white" cx="0" cy="0"/>',R+='<path d="',K=0;K<p.getModuleCount();K+=1)for(Z=K*v+S,I=0;I<p.getModuleCount();I+=1)p.isDark(K,I)&&(j=I*v+S,R+="M"+j+","+Z+Y);return R+='" stroke="transparent" fill="black"/>',R+="</svg>",R},p.createDataURL=function(v,S){v=v||2,S=typeof S>"u"?v*4:S;let w=p.getModuleCount()*v+S*2,P=S,C=w-S;return js(w,w,function(D,I){if(P<=D&&D<C&&P<=I&&I<C){let j=Math.floor((D-P)/v),K=Math.floor((I-P)/v);return p.isDark(K,j)?0:1}else return 1})},p.createImgTag=function(v,S,w){v=v||2,S=typeof S>"u"?v*4:S;let P=p.getModuleCount()*v+S*2,C="";return C+="<img",C+=' src="',C+=p.createDataURL(v,S),C+='"',C+=' width="',C+=P,C+='"',C+=' height="',C+=P,C+='"',w&&(C+=' alt="',C+=L(w),C+='"'),C+="/>",C};let L=function(v){let S="";for(let w=0;w<v.length;w+=1){let P=v.charAt(w);switch(P){case"<":S+="&lt;";break;case">":S+="&gt;";break;case"&":S+="&amp;";break;case'"':S+="&quot;";break;default:S+=P;break}}return S},O=function(v){v=typeof v>"u"?1*2:v;let w=p.getModuleCount()*1+v*2,P=v,C=w-v,D,I,j,K,Z,R={"\u2588\u2588":"\u2588","\u2588 ":"\u2580"," \u2588":"\u2584","  ":" "},Y={"\u2588\u2588":"\u2580","\u2588 ":"\u2580"," \u2588":" ","  ":" "},ae="";for(D=0;D<w;D+=2){for(j=Math.floor((D-P)/1),K=Math.floor((D+1-P)/1),I=0;I<w;I+=1)Z="\u2588",P<=I&&I<C&&P<=D&&D<C&&p.isDark(j,Math.floor((I-P)/1))&&(Z=" "),P<=I&&I<C&&P<=D+1&&D+1<C&&p.isDark(K,Math.floor((I-P)/1))?Z+=" ":Z+="\u2588",ae+=v<1&&D+1>=C?Y[Z]:R[Z];ae+=`
`}return w%2&&v>0?ae.substring(0,ae.length-w-1)+Array(w+1).join("\u2580"):ae.substring(0,ae.length-1)};return p.createASCII=function(v,S){if(v=v||1,v<2)return O(S);v-=1,S=typeof S>"u"?v*2:S;let w=p.getModuleCount()*v+S*2,P=S,C=w-S,D,I,j,K,Z=Array(v+1).join("\u2588\u2588"),R=Array(v+1).join("  "),Y="",ae="";for(D=0;D<w;D+=1){for(j=Math.floor((D-P)/v),ae="",I=0;I<w;I+=1)K=1,P<=I&&I<C&&P<=D&&D<C&&p.isDark(j,Math.floor((I-P)/v))&&(K=0),ae+=K?Z:R;for(j=0;j<v;j+=1)Y+=ae+`
`}return Y.substring(0,Y.length-1)},p.renderTo2dContext=function(v,S){S=S||2;let w=p.getModuleCount();for(let P=0;P<w;P++)for(let C=0;C<w;C++)v.fillStyle=p.isDark(P,C)?"black":"white",v.fillRect(C*S,P*S,S,S)},p};Ne.stringToBytes=function(e){let t=[];for(let n=0;n<e.length;n+=1){let r=e.charCodeAt(n);t.push(r&255)}return t};Ne.createStringToBytes=function(e,t){let n=function(){let a=Us(e),s=function(){let c=a.read();if(c==-1)throw"eof";return c},i=0,l={};for(;;){let c=a.read();if(c==-1)break;let d=s(),p=s(),m=s(),$=String.fromCharCode(c<<8|d),f=p<<8|m;l[$]=f,i+=1}if(i!=t)throw i+" != "+t;return l}(),r=63;return function(a){let s=[];for(let i=0;i<a.length;i+=1){let l=a.charCodeAt(i);if(l<128)s.push(l);else{let c=n[a.charAt(i)];typeof c=="number"?(c&255)==c?s.push(c):(s.push(c>>>8),s.push(c&255)):s.push(r)}}return s}};var oe={MODE_NUMBER:1,MODE_ALPHA_NUM:2,MODE_8BIT_BYTE:4,MODE_KANJI:8},Ve={L:1,M:0,Q:3,H:2},fe={PATTERN000:0,PATTERN001:1,PATTERN010:2,PATTERN011:3,PATTERN100:4,PATTERN101:5,PATTERN110:6,PATTERN111:7},pe=function(){let e=[[],[6,18],[6,22],[6,26],[6,30],[6,34],[6,22,38],[6,24,42],[6,26,46],[6,28,50],[6,30,54],[6,32,58],[6,34,62],[6,26,46,66],[6,26,48,70],[6,26,50,74],[6,30,54,78],[6,30,56,82],[6,30,58,86],[6,34,62,90],[6,28,50,72,94],[6,26,50,74,98],[6,30,54,78,102],[6,28,54,80,106],[6,32,58,84,110],[6,30,58,86,114],[6,34,62,90,118],[6,26,50,74,98,122],[6,30,54,78,102,126],[6,26,52,78,104,130],[6,30,56,82,108,134],[6,34,60,86,112,138],[6,30,58,86,114,142],[6,34,62,90,118,146],[6,30,54,78,102,126,150],[6,24,50,76,102,128,154],[6,28,54,80,106,132,158],[6,32,58,84,110,136,162],[6,26,54,82,110,138,166],[6,30,58,86,114,142,170]],t=1335,n=7973,r=21522,a={},s=function(i){let l=0;for(;i!=0;)l+=1,i>>>=1;return l};return a.getBCHTypeInfo=function(i){let l=i<<10;for(;s(l)-s(t)>=0;)l^=t<<s(l)-s(t);return(i<<10|l)^r},a.getBCHTypeNumber=function(i){let l=i<<12;for(;s(l)-s(n)>=0;)l^=n<<s(l)-s(n);return i<<12|l},a.getPatternPosition=function(i){return e[i-1]},a.getMaskFunction=function(i){switch(i){case fe.PATTERN000:return function(l,c){return(l+c)%2==0};case fe.PATTERN001:return function(l,c){return l%2==0};case fe.PATTERN010:return function(l,c){return c%3==0};case fe.PATTERN011:return function(l,c){return(l+c)%3==0};case fe.PATTERN100:return function(l,c){return(Math.floor(l/2)+Math.floor(c/3))%2==0};case fe.PATTERN101:return function(l,c){return l*c%2+l*c%3==0};case fe.PATTERN110:return function(l,c){return(l*c%2+l*c%3)%2==0};case fe.PATTERN111:return function(l,c){return(l*c%3+(l+c)%2)%2==0};default:throw"bad maskPattern:"+i}},a.getErrorCorrectPolynomial=function(i){let l=Ke([1],0);for(let c=0;c<i;c+=1)l=l.multiply(Ke([1,$e.gexp(c)],0));return l},a.getLengthInBits=function(i,l){if(1<=l&&l<10)switch(i){case oe.MODE_NUMBER:return 10;case oe.MODE_ALPHA_NUM:return 9;case oe.MODE_8BIT_BYTE:return 8;case oe.MODE_KANJI:return 8;default:throw"mode:"+i}else if(l<27)switch(i){case oe.MODE_NUMBER:return 12;case oe.MODE_ALPHA_NUM:return 11;case oe.MODE_8BIT_BYTE:return 16;case oe.MODE_KANJI:return 10;default:throw"mode:"+i}else if(l<41)switch(i){case oe.MODE_NUMBER:return 14;case oe.MODE_ALPHA_NUM:return 13;case oe.MODE_8BIT_BYTE:return 16;case oe.MODE_KANJI:return 12;default:throw"mode:"+i}else throw"type:"+l},a.getLostPoint=function(i){let l=i.getModuleCount(),c=0;for(let m=0;m<l;m+=1)for(let $=0;$<l;$+=1){let f=0,g=i.isDark(m,$);for(let b=-1;b<=1;b+=1)if(!(m+b<0||l<=m+b))for(let _=-1;_<=1;_+=1)$+_<0||l<=$+_||b==0&&_==0||g==i.isDark(m+b,$+_)&&(f+=1);f>5&&(c+=3+f-5)}for(let m=0;m<l-1;m+=1)for(let $=0;$<l-1;$+=1){let f=0;i.isDark(m,$)&&(f+=1),i.isDark(m+1,$)&&(f+=1),i.isDark(m,$+1)&&(f+=1),i.isDark(m+1,$+1)&&(f+=1),(f==0||f==4)&&(c+=3)}for(let m=0;m<l;m+=1)for(let $=0;$<l-6;$+=1)i.isDark(m,$)&&!i.isDark(m,$+1)&&i.isDark(m,$+2)&&i.isDark(m,$+3)&&i.isDark(m,$+4)&&!i.isDark(m,$+5)&&i.isDark(m,$+6)&&(c+=40);for(let m=0;m<l;m+=1)for(let $=0;$<l-6;$+=1)i.isDark($,m)&&!i.isDark($+1,m)&&i.isDark($+2,m)&&i.isDark($+3,m)&&i.isDark($+4,m)&&!i.isDark($+5,m)&&i.isDark($+6,m)&&(c+=40);let d=0;for(let m=0;m<l;m+=1)for(let $=0;$<l;$+=1)i.isDark($,m)&&(d+=1);let p=Math.abs(100*d/l/l-50)/5;return c+=p*10,c},a}(),$e=function(){let e=new Array(256),t=new Array(256);for(let r=0;r<8;r+=1)e[r]=1<<r;for(let r=8;r<256;r+=1)e[r]=e[r-4]^e[r-5]^e[r-6]^e[r-8];for(let r=0;r<255;r+=1)t[e[r]]=r;let n={};return n.glog=function(r){if(r<1)throw"glog("+r+")";return t[r]},n.gexp=function(r){for(;r<0;)r+=255;for(;r>=256;)r-=255;return e[r]},n}(),Ke=function(e,t){if(typeof e.length>"u")throw e.length+"/"+t;let n=function(){let a=0;for(;a<e.length&&e[a]==0;)a+=1;let s=new Array(e.length-a+t);for(let i=0;i<e.length-a;i+=1)s[i]=e[i+a];return s}(),r={};return r.getAt=function(a){return n[a]},r.getLength=function(){return n.length},r.multiply=function(a){let s=new Array(r.getLength()+a.getLength()-1);for(let i=0;i<r.getLength();i+=1)for(let l=0;l<a.getLength();l+=1)s[i+l]^=$e.gexp($e.glog(r.getAt(i))+$e.glog(a.getAt(l)));return Ke(s,0)},r.mod=function(a){if(r.getLength()-a.getLength()<0)return r;let s=$e.glog(r.getAt(0))-$e.glog(a.getAt(0)),i=new Array(r.getLength());for(let l=0;l<r.getLength();l+=1)i[l]=r.getAt(l);for(let l=0;l<a.getLength();l+=1)i[l]^=$e.gexp($e.glog(a.getAt(l))+s);return Ke(i,0).mod(a)},r},dr=function(){let e=[[1,26,19],[1,26,16],[1,26,13],[1,26,9],[1,44,34],[1,44,28],[1,44,22],[1,44,16],[1,70,55],[1,70,44],[2,35,17],[2,35,13],[1,100,80],[2,50,32],[2,50,24],[4,25,9],[1,134,108],[2,67,43],[2,33,15,2,34,16],[2,33,11,2,34,12],[2,86,68],[4,43,27],[4,43,19],[4,43,15],[2,98,78],[4,49,31],[2,32,14,4,33,15],[4,39,13,1,40,14],[2,121,97],[2,60,38,2,61,39],[4,40,18,2,41,19],[4,40,14,2,41,15],[2,146,116],[3,58,36,2,59,37],[4,36,16,4,37,17],[4,36,12,4,37,13],[2,86,68,2,87,69],[4,69,43,1,70,44],[6,43,19,2,44,20],[6,43,15,2,44,16],[4,101,81],[1,80,50,4,81,51],[4,50,22,4,51,23],[3,36,12,8,37,13],[2,116,92,2,117,93],[6,58,36,2,59,37],[4,46,20,6,47,21],[7,42,14,4,43,15],[4,133,107],[8,59,37,1,60,38],[8,44,20,4,45,21],[12,33,11,4,34,12],[3,145,115,1,146,116],[4,64,40,5,65,41],[11,36,16,5,37,17],[11,36,12,5,37,13],[5,109,87,1,110,88],[5,65,41,5,66,42],[5,54,24,7,55,25],[11,36,12,7,37,13],[5,122,98,1,123,99],[7,73,45,3,74,46],[15,43,19,2,44,20],[3,45,15,13,46,16],[1,135,107,5,136,108],[10,74,46,1,75,47],[1,50,22,15,51,23],[2,42,14,17,43,15],[5,150,120,1,151,121],[9,69,43,4,70,44],[17,50,22,1,51,23],[2,42,14,19,43,15],[3,141,113,4,142,114],[3,70,44,11,71,45],[17,47,21,4,48,22],[9,39,13,16,40,14],[3,135,107,5,136,108],[3,67,41,13,68,42],[15,54,24,5,55,25],[15,43,15,10,44,16],[4,144,116,4,145,117],[17,68,42],[17,50,22,6,51,23],[19,46,16,6,47,17],[2,139,111,7,140,112],[17,74,46],[7,54,24,16,55,25],[34,37,13],[4,151,121,5,152,122],[4,75,47,14,76,48],[11,54,24,14,55,25],[16,45,15,14,46,16],[6,147,117,4,148,118],[6,73,45,14,74,46],[11,54,24,16,55,25],[30,46,16,2,47,17],[8,132,106,4,133,107],[8,75,47,13,76,48],[7,54,24,22,55,25],[22,45,15,13,46,16],[10,142,114,2,143,115],[19,74,46,4,75,47],[28,50,22,6,51,23],[33,46,16,4,47,17],[8,152,122,4,153,123],[22,73,45,3,74,46],[8,53,23,26,54,24],[12,45,15,28,46,16],[3,147,117,10,148,118],[3,73,45,23,74,46],[4,54,24,31,55,25],[11,45,15,31,46,16],[7,146,116,7,147,117],[21,73,45,7,74,46],[1,53,23,37,54,24],[19,45,15,26,46,16],[5,145,115,10,146,116],[19,75,47,10,76,48],[15,54,24,25,55,25],[23,45,15,25,46,16],[13,145,115,3,146,116],[2,74,46,29,75,47],[42,54,24,1,55,25],[23,45,15,28,46,16],[17,145,115],[10,74,46,23,75,47],[10,54,24,35,55,25],[19,45,15,35,46,16],[17,145,115,1,146,116],[14,74,46,21,75,47],[29,54,24,19,55,25],[11,45,15,46,46,16],[13,145,115,6,146,116],[14,74,46,23,75,47],[44,54,24,7,55,25],[59,46,16,1,47,17],[12,151,121,7,152,122],[12,75,47,26,76,48],[39,54,24,14,55,25],[22,45,15,41,46,16],[6,151,121,14,152,122],[6,75,47,34,76,48],[46,54,24,10,55,25],[2,45,15,64,46,16],[17,152,122,4,153,123],[29,74,46,14,75,47],[49,54,24,10,55,25],[24,45,15,46,46,16],[4,152,122,18,153,123],[13,74,46,32,75,47],[48,54,24,14,55,25],[42,45,15,32,46,16],[20,147,117,4,148,118],[40,75,47,7,76,48],[43,54,24,22,55,25],[10,45,15,67,46,16],[19,148,118,6,149,119],[18,75,47,31,76,48],[34,54,24,34,55,25],[20,45,15,61,46,16]],t=function(a,s){let i={};return i.totalCount=a,i.dataCount=s,i},n={},r=function(a,s){switch(s){case Ve.L:return e[(a-1)*4+0];case Ve.M:return e[(a-1)*4+1];case Ve.Q:return e[(a-1)*4+2];case Ve.H:return e[(a-1)*4+3];default:return}};return n.getRSBlocks=function(a,s){let i=r(a,s);if(typeof i>"u")throw"bad rs block @ typeNumber:"+a+"/errorCorrectionLevel:"+s;let l=i.length/3,c=[];for(let d=0;d<l;d+=1){let p=i[d*3+0],m=i[d*3+1],$=i[d*3+2];for(let f=0;f<p;f+=1)c.push(t(m,$))}return c},n}(),ur=function(){let e=[],t=0,n={};return n.getBuffer=function(){return e},n.getAt=function(r){let a=Math.floor(r/8);return(e[a]>>>7-r%8&1)==1},n.put=function(r,a){for(let s=0;s<a;s+=1)n.putBit((r>>>a-s-1&1)==1)},n.getLengthInBits=function(){return t},n.putBit=function(r){let a=Math.floor(t/8);e.length<=a&&e.push(0),r&&(e[a]|=128>>>t%8),t+=1},n},Is=function(e){let t=oe.MODE_NUMBER,n=e,r={};r.getMode=function(){return t},r.getLength=function(i){return n.length},r.write=function(i){let l=n,c=0;for(;c+2<l.length;)i.put(a(l.substring(c,c+3)),10),c+=3;c<l.length&&(l.length-c==1?i.put(a(l.substring(c,c+1)),4):l.length-c==2&&i.put(a(l.substring(c,c+2)),7))};let a=function(i){let l=0;for(let c=0;c<i.length;c+=1)l=l*10+s(i.charAt(c));return l},s=function(i){if("0"<=i&&i<="9")return i.charCodeAt(0)-48;throw"illegal char :"+i};return r},Fs=function(e){let t=oe.MODE_ALPHA_NUM,n=e,r={};r.getMode=function(){return t},r.getLength=function(s){return n.length},r.write=function(s){let i=n,l=0;for(;l+1<i.length;)s.put(a(i.charAt(l))*45+a(i.charAt(l+1)),11),l+=2;l<i.length&&s.put(a(i.charAt(l)),6)};let a=function(s){if("0"<=s&&s<="9")return s.charCodeAt(0)-48;if("A"<=s&&s<="Z")return s.charCodeAt(0)-65+10;switch(s){case" ":return 36;case"$":return 37;case"%":return 38;case"*":return 39;case"+":return 40;case"-":return 41;case".":return 42;case"/":return 43;case":":return 44;default:throw"illegal char :"+s}};return r},Ls=function(e){let t=oe.MODE_8BIT_BYTE,n=e,r=Ne.stringToBytes(e),a={};return a.getMode=function(){return t},a.getLength=function(s){return r.length},a.write=function(s){for(let i=0;i<r.length;i+=1)s.put(r[i],8)},a},Bs=function(e){let t=oe.MODE_KANJI,n=e,r=Ne.stringToBytes;(function(i,l){let c=r(i);if(c.length!=2||(c[0]<<8|c[1])!=l)throw"sjis not supported."})("\u53CB",38726);let a=r(e),s={};return s.getMode=function(){return t},s.getLength=function(i){return~~(a.length/2)},s.write=function(i){let l=a,c=0;for(;c+1<l.length;){let d=(255&l[c])<<8|255&l[c+1];if(33088<=d&&d<=40956)d-=33088;else if(57408<=d&&d<=60351)d-=49472;else throw"illegal char at "+(c+1)+"/"+d;d=(d>>>8&255)*192+(d&255),i.put(d,13),c+=2}if(c<l.length)throw"illegal char at "+(c+1)},s},mr=function(){let e=[],t={};return t.writeByte=function(n){e.push(n&255)},t.writeShort=function(n){t.writeByte(n),t.writeByte(n>>>8)},t.writeBytes=function(n,r,a){r=r||0,a=a||n.length;for(let s=0;s<a;s+=1)t.writeByte(n[s+r])},t.writeString=function(n){for(let r=0;r<n.length;r+=1)t.writeByte(n.charCodeAt(r))},t.toByteArray=function(){return e},t.toString=function(){let n="";n+="[";for(let r=0;r<e.length;r+=1)r>0&&(n+=","),n+=e[r];return n+="]",n},t},Rs=function(){let e=0,t=0,n=0,r="",a={},s=function(l){r+=String.fromCharCode(i(l&63))},i=function(l){if(l<0)throw"n:"+l;if(l<26)return 65+l;if(l<52)return 97+(l-26);if(l<62)return 48+(l-52);if(l==62)return 43;if(l==63)return 47;throw"n:"+l};return a.writeByte=function(l){for(e=e<<8|l&255,t+=8,n+=1;t>=6;)s(e>>>t-6),t-=6},a.flush=function(){if(t>0&&(s(e<<6-t),e=0,t=0),n%3!=0){let l=3-n%3;for(let c=0;c<l;c+=1)r+="="}},a.toString=function(){return r},a},Us=function(e){let t=e,n=0,r=0,a=0,s={};s.read=function(){for(;a<8;){if(n>=t.length){if(a==0)return-1;throw"unexpected end of file./"+a}let c=t.charAt(n);if(n+=1,c=="=")return a=0,-1;if(c.match(/^\s$/))continue;r=r<<6|i(c.charCodeAt(0)),a+=6}let l=r>>>a-8&255;return a-=8,l};let i=function(l){if(65<=l&&l<=90)return l-65;if(97<=l&&l<=122)return l-97+26;if(48<=l&&l<=57)return l-48+52;if(l==43)return 62;if(l==47)return 63;throw"c:"+l};return s},Hs=function(e,t){let n=e,r=t,a=new Array(e*t),s={};s.setPixel=function(d,p,m){a[p*n+d]=m},s.write=function(d){d.writeString("GIF87a"),d.writeShort(n),d.writeShort(r),d.writeByte(128),d.writeByte(0),d.writeByte(0),d.writeByte(0),d.writeByte(0),d.writeByte(0),d.writeByte(255),d.writeByte(255),d.writeByte(255),d.writeString(","),d.writeShort(0),d.writeShort(0),d.writeShort(n),d.writeShort(r),d.writeByte(0);let p=2,m=l(p);d.writeByte(p);let $=0;for(;m.length-$>255;)d.writeByte(255),d.writeBytes(m,$,255),$+=255;d.writeByte(m.length-$),d.writeBytes(m,$,m.length-$),d.writeByte(0),d.writeString(";")};let i=function(d){let p=d,m=0,$=0,f={};return f.write=function(g,b){if(g>>>b)throw"length over";for(;m+b>=8;)p.writeByte(255&(g<<m|$)),b-=8-m,g>>>=8-m,$=0,m=0;$=g<<m|$,m=m+b},f.flush=function(){m>0&&p.writeByte($)},f},l=function(d){let p=1<<d,m=(1<<d)+1,$=d+1,f=c();for(let y=0;y<p;y+=1)f.add(String.fromCharCode(y));f.add(String.fromCharCode(p)),f.add(String.fromCharCode(m));let g=mr(),b=i(g);b.write(p,$);let _=0,k=String.fromCharCode(a[_]);for(_+=1;_<a.length;){let y=String.fromCharCode(a[_]);_+=1,f.contains(k+y)?k=k+y:(b.write(f.indexOf(k),$),f.size()<4095&&(f.size()==1<<$&&($+=1),f.add(k+y)),k=y)}return b.write(f.indexOf(k),$),b.write(m,$),b.flush(),g.toByteArray()},c=function(){let d={},p=0,m={};return m.add=function($){if(m.contains($))throw"dup key:"+$;d[$]=p,p+=1},m.size=function(){return p},m.indexOf=function($){return d[$]},m.contains=function($){return typeof d[$]<"u"},m};return s},js=function(e,t,n){let r=Hs(e,t);for(let l=0;l<t;l+=1)for(let c=0;c<e;c+=1)r.setPixel(c,l,n(c,l));let a=mr();r.write(a);let s=Rs(),i=a.toByteArray();for(let l=0;l<i.length;l+=1)s.writeByte(i[l]);return s.flush(),"data:image/gif;base64,"+s},fr=Ne,ru=Ne.stringToBytes;var xn=4;function pr({text:e,label:t}){let n=fr(0,"M");n.addData(e,"Byte"),n.make();let r=n.getModuleCount(),a="";for(let i=0;i<r;i++)for(let l=0;l<r;l++)n.isDark(i,l)&&(a+=`M${l+xn} ${i+xn}h1v1h-1z`);let s=r+2*xn;return u`<svg class="qr" role="img" aria-label=${t} viewBox=${`0 0 ${s} ${s}`} width=${s*6} height=${s*6} shape-rendering="crispEdges">
    <rect width=${s} height=${s} fill="#fff" />
    <path d=${a} fill="#000" />
  </svg>`}var $r=encodeURIComponent,Gs=({username:e,password:t,realm:n,host:r,port:a})=>`sip:${$r(e)}:${$r(t)}@${n}:${a};maddr=${r};transport=udp`;function hr({device:e,onClose:t}){let[n,r]=h(null),[a,s]=h("");if(A(()=>{Promise.all([G("GET",`accounts/${B.value.account}`),x("provisioning/dhcp")]).then(([l,c])=>r({realm:l.data.realm,host:c.sip_server.host,port:c.sip_server.port}),l=>s(l.message))},[e.id]),!n)return a?u`<${N} message=${a} />`:u`<p>${o.loading}</p>`;let i={...n,username:e.sip.username,password:e.sip.password};return u`<div class="card sip-secret" role="region" aria-label=${o.sipSecretOf(e.name)}>
    <h3>${o.sipSecretOf(e.name)}</h3>
    <p>${o.sipSecretOnce}</p>
    <dl>
      <dt>${o.sipUser}</dt><dd class="sip-user">${i.username}</dd>
      <dt>${o.sipPassword}</dt><dd class="sip-password">${i.password}</dd>
      <dt>${o.sipRealm}</dt><dd class="sip-realm">${i.realm}</dd>
      <dt>${o.sipServer}</dt><dd class="sip-server">${i.host}:${i.port}</dd>
    </dl>
    <${pr} text=${Gs(i)} label=${o.qrLabel} />
    <p class="hint">${o.qrHint}</p>
    <button onClick=${t}>${o.done}</button>
  </div>`}var Ws=5e3;function qs({phone:e,users:t,onDone:n}){let[r,a]=h(""),[s,i]=h("");async function l(){if(!r)return i(o.required);try{await F(`provisioning/unknown/${e.mac_address}`,{owner_id:r}),n()}catch(p){i(Object.values(p.fields||{})[0]||p.message)}}let c=`adopt_${e.mac_address.replace(/\W/g,"")}`,d=[["",o.pick],...t.map(p=>[p.id,`${p.first_name} ${p.last_name}`])];return u`<li class="unknown-phone" data-mac=${e.mac_address}>
    <span>${o.unknownLine(e.mac_address,e.model||e.user_agent,e.address,e.fetches)}</span>
    <${ie} id=${c} label=${o.adoptFor} value=${r} onChange=${a} options=${d} error=${s} />
    <button onClick=${l} aria-label=${o.adoptMac(e.mac_address)}>${o.adopt}</button>
  </li>`}function br({users:e,onAdopted:t}){let[n,r]=h([]),a=()=>x("provisioning/unknown").then(r,()=>r([]));return A(()=>{a();let s=setInterval(a,Ws);return()=>clearInterval(s)},[]),n.length?u`<div class="card" role="region" aria-label=${o.unknownPhones}>
    <h3>${o.unknownPhones}</h3>
    <p class="hint">${o.unknownHint}</p>
    <ul class="numbers">
      ${n.map(s=>u`<${qs} key=${s.mac_address} phone=${s} users=${e} onDone=${()=>{a(),t()}} />`)}
    </ul>
  </div>`:null}var Vs=5e3;async function Ks(){let[e,t,n]=await Promise.all([x("devices?with_status=true&paginate=false"),x("users?paginate=false"),x("analog_ports").catch(()=>[])]),r=a=>t.find(s=>s.id===a);return{rows:e.map(a=>({...a,owner:r(a.owner_id)})),users:t,ports:n}}function gr(){let[e,t]=h(null),[n,r]=h(""),[a,s]=h(null),[i,l]=h(null),[c,d]=h(null),p=()=>Ks().then(t,g=>r(g.message));A(()=>{p();let g=setInterval(p,Vs);return()=>clearInterval(g)},[]);async function m(g){confirm(o.confirmDeleteDevice(g.name))&&(await U(`devices/${g.id}`).catch(b=>r(b.message)),p())}async function $(g){if(confirm(o.confirmNewPassword(g.name)))try{let b=await x(`devices/${g.id}`),_=await H(`devices/${g.id}`,{...b,sip:{...b.sip,password:dn().password}});l(_)}catch(b){r(b.message)}}if(a)return u`<${lr}
      device=${a==="new"?null:a}
      users=${e?e.users:[]}
      ports=${e?e.ports:[]}
      onCancel=${()=>s(null)}
      onSaved=${(g,b)=>{s(null),b&&g.device_type==="softphone"&&l(g),b&&g.mac_address&&d(g.id),p()}}
    />`;let f=e&&e.rows;return u`<section aria-labelledby="devices-h">
    <div class="bar">
      <h2 id="devices-h">${o.devices}</h2>
      <button onClick=${()=>s("new")}>${o.addDevice}</button>
    </div>
    <${N} message=${n} />
    ${e&&u`<${br} users=${e.users} onAdopted=${p} />`}
    ${i&&u`<${hr} device=${i} onClose=${()=>l(null)} />`}
    ${f?f.length===0?u`<p>${o.none}</p>`:u`<table class="list" aria-label=${o.devices}>
            <thead><tr><th>${o.name}</th><th>${o.type}</th><th>${o.sipUser}</th><th>${o.owner}</th><th>${o.status}</th><th>${o.actions}</th></tr></thead>
            <tbody>
              ${f.map(g=>u`<tr key=${g.id} data-device=${g.name}>
                  <td data-label=${o.name}>${g.name}</td>
                  <td data-label=${o.type}>${o.deviceTypeOne[g.device_type]||g.device_type}</td>
                  <td data-label=${o.sipUser}>${g.username}</td>
                  <td data-label=${o.owner}>${g.owner?`${g.owner.first_name} ${g.owner.last_name}`:""}</td>
                  <td data-label=${o.status}><span class=${g.registered?"dot on":"dot"}>${g.registered?o.registered:o.notRegistered}</span></td>
                  <td data-label=${o.actions} class="actions">
                    ${g.registered&&u`<${sr} device=${g} />`}
                    ${g.mac_address&&u`<button onClick=${()=>d(c===g.id?null:g.id)} aria-expanded=${c===g.id} aria-label=${o.provisioningOf(g.name)}>${o.provisioning}</button>`}
                    <button onClick=${()=>s(g)} aria-label=${`${o.edit} ${g.name}`}>${o.edit}</button>
                    <button onClick=${()=>$(g)} aria-label=${`${o.newSipPassword} ${g.name}`}>${o.newSipPassword}</button>
                    <button class="danger" onClick=${()=>m(g)} aria-label=${`${o.del} ${g.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:u`<p>${o.loading}</p>`}
    ${f&&f.filter(g=>g.id===c).map(g=>u`<${cr} key=${g.id} device=${g} />`)}
  </section>`}var zs="application/vnd.tcpdump.pcap",_r=e=>new Date(e/1e3).toISOString().slice(11,23);function Ys(e){let t=[],n=r=>t.includes(r)||t.push(r);for(let r of e)t.length===0&&n(r.remote),n("box"),n(r.remote);return t}function Xs({messages:e}){let[t,n]=h(null),r=Ys(e),a=s=>r.indexOf(s)+2;return u`<div class="ladder" style=${`grid-template-columns: 7rem repeat(${r.length}, minmax(9rem, 1fr))`}>
      <span></span>
      ${r.map(s=>u`<strong class="party">${s==="box"?o.ladderBox:s}</strong>`)}
      ${e.map(s=>{let[i,l]=s.direction==="in"?[s.remote,"box"]:["box",s.remote],[c,d]=[a(i),a(l)],p=c>d;return u`<span class="time">${_r(s.unix_micros)}</span>
          <button type="button" class=${`arrow ${p?"rtl":"ltr"}`} aria-pressed=${t===s}
            style=${`grid-column: ${Math.min(c,d)} / ${Math.max(c,d)+1}`} onClick=${()=>n(t===s?null:s)}>
            ${s.first_line} <small>${s.transport}</small>
          </button>`})}
    </div>
    ${t&&u`<figure class="raw"><figcaption>${o.rawMessage} · ${_r(t.unix_micros)} · ${t.transport}
      ${t.truncated?` ${o.cutMessage(t.size)}`:""}</figcaption><pre>${t.raw}</pre></figure>`}`}function Zs(e,t){let n=document.createElement("a");n.href=URL.createObjectURL(e),n.download=t,document.body.append(n),n.click(),n.remove(),setTimeout(()=>URL.revokeObjectURL(n.href),1e3)}function Qs({text:e}){let[t,n]=h(!1),r;async function a(){try{await navigator.clipboard.writeText(e)}catch{r.select(),document.execCommand("copy")}n(!0)}return u`<div class="report">
    <textarea readonly rows="14" aria-label=${o.problemReport} ref=${s=>r=s}>${e}</textarea>
    <button type="button" onClick=${a}>${o.copy}</button> <span role="status">${t?o.copied:""}</span>
  </div>`}function vr({id:e}){let t=`cdrs/${encodeURIComponent(e)}`,[n,r]=h(null),[a,s]=h(""),[i,l]=h(null);A(()=>{x(`${t}/sip_trace`).then(r,m=>s(m.status===404?o.ladderGone:m.message))},[e]);let c=m=>s(m.message),d=()=>Re(`${t}/sip_trace`,zs).then(m=>Zs(m,`call-${e.replace(/[^\w-]/g,"_")}.pcap`),c),p=()=>Re(`${t}/problem_report`,"text/plain").then(m=>m.text()).then(l,c);return u`<div class="trace">
    <h3>${o.sipLadder}</h3>
    <${N} message=${a} />
    ${n?u`<${Xs} messages=${n.messages} />`:!a&&u`<p>${o.loading}</p>`}
    <p class="actions">
      ${n&&u`<button type="button" onClick=${d}>${o.downloadPcap}</button>`}
      <button type="button" onClick=${p}>${o.problemReport}</button>
    </p>
    ${i!==null&&u`<${Qs} text=${i} />`}
  </div>`}var kr=86400,Js=62167219200,ei=400,yr=e=>new Date(e*1e3).toISOString().slice(0,10),kn=e=>/^\d{4}-\d{2}-\d{2}$/.test(e||"")&&!Number.isNaN(Date.parse(`${e}T00:00:00Z`)),wr=e=>Date.parse(`${e}T00:00:00Z`)/1e3+Js;function xr(){let e=new URLSearchParams(location.hash.split("?")[1]||""),t=Math.floor(Date.now()/1e3),n=(r,a)=>kn(e.get(r))?e.get(r):a;return{from:n("from",yr(t-7*kr)),to:n("to",yr(t)),user:e.get("user")||"",number:e.get("number")||""}}function ti(e){let t=new URLSearchParams(Object.entries(e).filter(([,n])=>n));history.replaceState(null,"",`#${location.hash.slice(1).split("?")[0]}?${t}`)}function Cr(){let[e,t]=h(xr);return A(()=>ti(e),[e]),A(()=>{let n=()=>t(xr());return addEventListener("hashchange",n),()=>removeEventListener("hashchange",n)},[]),[e,n=>t(r=>({...r,...n}))]}function Sr(e,t){let n=new URLSearchParams;return kn(e.from)&&n.set("created_from",wr(e.from)),kn(e.to)&&n.set("created_to",wr(e.to)+kr-1),t?{path:`users/${t}/cdrs`,query:`${n}`}:(e.number&&n.set("number_contains",e.number),{path:e.user?`users/${encodeURIComponent(e.user)}/cdrs/interaction`:"cdrs/interaction",query:`${n}`})}function Pr({filters:e,change:t,errors:n,full:r}){let[a,s]=h([]),[i,l]=h(""),[c,d]=h(e.number);A(()=>d(e.number),[e.number]),A(()=>{let m=f=>`${f.first_name||""} ${f.last_name||""}`.trim(),$=f=>f.map(g=>({id:g.id,name:m(g)})).sort((g,b)=>g.name.localeCompare(b.name));r&&x("users?paginate=false").then(f=>s($(f)),f=>l(f.message))},[]),A(()=>{if(c===e.number)return;let m=setTimeout(()=>t({number:c}),ei);return()=>clearTimeout(m)},[c]);let p=m=>{m.preventDefault(),t({number:c})};return u`<form class="grid filters" role="search" aria-label=${o.callFilters} onSubmit=${p}>
    <${E} id="calls_from" label=${o.fromDay} type="date" value=${e.from} error=${n.created_from} onInput=${m=>t({from:m})} />
    <${E} id="calls_to" label=${o.toDay} type="date" value=${e.to} error=${n.created_to} onInput=${m=>t({to:m})} />
    ${r&&u`<div class="field">
        <label for="calls_user">${o.callsOfUser}</label>
        <select id="calls_user" value=${e.user} onChange=${m=>t({user:m.target.value})}>
          <option value="">${o.allUsers}</option>
          ${a.map(m=>u`<option key=${m.id} value=${m.id} selected=${m.id===e.user}>${m.name}</option>`)}
        </select>
        ${i&&u`<p class="error" role="alert">${i}</p>`}
      </div>
      <${E} id="calls_number" label=${o.callsWithNumber} value=${c} error=${n.number_contains} inputmode="tel" onInput=${d} />`}
  </form>`}var ni=50;function Er(e,t){let[n,r]=h({rows:null,next:null,error:"",fields:{}}),[a,s]=h(!1),i=d=>G("GET",se(`${e}?${t}&page_size=${ni}${d?`&start_key=${encodeURIComponent(d)}`:""}`)),l=d=>({rows:[],next:null,error:Object.keys(d.fields||{}).length?"":d.message,fields:d.fields||{}});A(()=>{let d=!0;return r({rows:null,next:null,error:"",fields:{}}),i(null).then(p=>d&&r({rows:p.data,next:p.next_start_key||null,error:"",fields:{}}),p=>d&&r(l(p))),()=>d=!1},[e,t]);async function c(){s(!0);try{let d=n.next,p=await i(d);r(m=>m.next===d?{...m,rows:[...m.rows,...p.data],next:p.next_start_key||null}:m)}catch(d){r(p=>({...p,error:d.message}))}finally{s(!1)}}return{...n,more:!!n.next,loadMore:c,loading:a}}function oi({leg:e}){return u`<li>${e.calling_from} → ${e.dialed_number||e.callee_id_number} · ${e.duration_seconds}s · ${e.hangup_cause}</li>`}function ri({call:e,withLegs:t}){let[n,r]=h(null),[a,s]=h(!1);async function i(){s(!a),t&&!n&&r(await x(`cdrs/legs/${encodeURIComponent(e.interaction_id||e.id)}`).catch(()=>[]))}return u`<tr class="call" data-call=${e.call_id}>
      <td data-label=${o.when}><button class="plain" aria-expanded=${a} onClick=${i}>${e.datetime}</button></td>
      <td data-label=${o.from}>${e.caller_id_name} ${e.calling_from}</td>
      <td data-label=${o.to}>${e.dialed_number}</td>
      <td data-label=${o.duration}>${e.duration_seconds}s</td>
      <td data-label=${o.result}>${e.hangup_cause}</td>
    </tr>
    ${a&&u`<tr class="legs"><td colspan="5">
      ${t&&u`<h3>${o.legs}</h3>
      ${n?u`<ul>${n.map(l=>u`<${oi} key=${l.id} leg=${l} />`)}</ul>`:o.loading}`}
      <${vr} id=${e.interaction_id||e.call_id} />
    </td></tr>`}`}function Nr({own:e,title:t,withLegs:n}){let[r,a]=Cr(),{path:s,query:i}=Sr(r,e),{rows:l,more:c,loadMore:d,loading:p,error:m,fields:$}=Er(s,i);return u`<section aria-labelledby="calls-h" aria-busy=${!l}>
    <h2 id="calls-h">${t}</h2>
    <${Pr} filters=${r} change=${a} errors=${$} full=${!e} />
    <${N} message=${m} />
    ${l?l.length===0?u`<p>${o.none}</p>`:u`<table class="list" aria-label=${t}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.to}</th><th>${o.duration}</th><th>${o.result}</th></tr></thead>
            <tbody>${l.map(f=>u`<${ri} key=${f.id} call=${f} withLegs=${n} />`)}</tbody>
          </table>`:u`<p>${o.loading}</p>`}
    ${c&&u`<button class="more" disabled=${p} onClick=${d}>${p?o.loading:o.loadMore}</button>`}
  </section>`}var Mr=()=>u`<${Nr} title=${o.callLogs} withLegs=${!0} />`,Ar=()=>u`<${Nr} own=${B.value.owner} title=${o.myCalls} withLegs=${!1} />`;var ai=["MainOpenHours","MainAfterHours","MainLunchHours","MainHolidays"],si=["undefinedMainNumber","0"],re=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],Me=e=>({module:"callflow",data:{id:e},children:{}});async function Dr(){let e=await x("callflows?filter_type=main&paginate=false"),t=Object.fromEntries(e.map(c=>[c.name,c]));for(let c of ai){if(t[c])continue;let d=t[`${c}Menu`]||await ii(`${c}Menu`);t[`${c}Menu`]=d,t[c]=await F("callflows",{name:c,type:"main",numbers:[c],flow:Me(d.id),ui_metadata:V()})}let n=t.MainCallflow||await F("callflows",{name:"MainCallflow",type:"main",numbers:["undefinedMainNumber"],flow:{module:"temporal_route",data:{},children:{_:Me(t.MainOpenHours.id)}},ui_metadata:V()}),[r,a]=await Promise.all([x(`callflows/${n.id}`),x("temporal_rules_sets?paginate=false")]),s=new Set(a.map(c=>c.id)),i={main:r,parts:t,open:[],lunch:[],holidays:[],others:[]},l=r.flow||{};for(let c of l.data&&l.data.rules||[]){let d=(l.children||{})[c],p=d&&d.data&&d.data.id===t.MainHolidays.id;if(s.has(c)){let $=await x(`temporal_rules_sets/${c}`),f=await Promise.all(($.temporal_rules||[]).map(g=>x(`temporal_rules/${g}`).catch(()=>null)));(p?i.holidays:i.others).push({...$,rules:f.filter(Boolean)});continue}let m=await x(`temporal_rules/${c}`).catch(()=>null);m&&(p?i.holidays.push({...m,rules:[m],single:!0}):m.type==="main_lunchbreak"?i.lunch.push(m):m.type==="main_weekdays"?i.open.push(m):i.others.push(m))}return i}async function ii(e){let t=await F("menus",{name:e,record_pin:String(crypto.getRandomValues(new Uint16Array(1))[0]%1e4).padStart(4,"0"),media:{exit_media:!0,invalid_media:!0,transfer_media:!0},retries:3,max_extension_length:4,type:"main",ui_metadata:V()});return F("callflows",{name:e,type:"main",numbers:[e],flow:{module:"menu",data:{id:t.id},children:{}},ui_metadata:V()})}var Or=e=>(e.numbers||[]).filter(t=>!si.includes(t));async function Ir(e,t){let n=e.main;n.numbers=t.length?["0",...t]:["undefinedMainNumber"],n.ui_metadata=V(),e.main=await H(`callflows/${n.id}`,n)}var wt=e=>{let[t,n]=e.split(":").map(Number);return t*3600+n*60},ze=e=>`${String(Math.floor(e/3600)).padStart(2,"0")}:${String(Math.floor(e/60)%60).padStart(2,"0")}`,li=e=>e[0].toUpperCase()+e.slice(1);async function Tr(e,t,n){let r=e.find(s=>s.name===t.name);if(r)return H(`temporal_rules/${r.id}`,{...r,...t});let a=await F("temporal_rules",t);return n.push(a.id),a}async function Cn(e,t="temporal_rules"){for(let n of e)await U(`${t}/${n}`).catch(()=>{})}async function Fr(e,t){let n=[],r=[],a=[];try{for(let i of re){let l=t&&t.days[i];if(!l)continue;let c={name:`Main${li(i)}`,type:"main_weekdays",cycle:"weekly",interval:1,wdays:[i],time_window_start:wt(l.start),time_window_stop:wt(l.stop),ui_metadata:V()};r.push(await Tr(e.open,c,n))}if(t&&t.lunch&&r.length){let i={name:"MainLunchHours",type:"main_lunchbreak",cycle:"weekly",interval:1,wdays:re.filter(l=>t.days[l]),time_window_start:wt(t.lunch.start),time_window_stop:wt(t.lunch.stop),ui_metadata:V()};a=[await Tr(e.lunch,i,n)]}await Sn(e,{open:r,lunch:a})}catch(i){throw await Cn(n),i}let s=new Set([...r,...a].map(i=>i.id));for(let i of[...e.open,...e.lunch])s.has(i.id)||await U(`temporal_rules/${i.id}`);e.open=r,e.lunch=a}async function Sn(e,{open:t=e.open,lunch:n=e.lunch,holidays:r=e.holidays}={}){let{parts:a,main:s}=e,i=s.flow&&s.flow.children||{},l={};for(let p of r)l[p.id]=Me(a.MainHolidays.id);for(let p of e.others)i[p.id]&&(l[p.id]=i[p.id]);for(let p of n)l[p.id]=Me(a.MainLunchHours.id);for(let p of t)l[p.id]=Me(a.MainOpenHours.id);l._=Me(t.length?a.MainAfterHours.id:a.MainOpenHours.id);let c=[...r,...e.others,...n,...t].map(p=>p.id),d={...s,flow:{module:"temporal_route",data:{rules:c},children:l},ui_metadata:V()};e.main=await H(`callflows/${s.id}`,d)}async function Lr(e,t,n){let r=[],a=null;try{for(let i of n)r.push((await F("temporal_rules",{...i,name:t,ui_metadata:V()})).id);a=await F("temporal_rules_sets",{name:t,type:"main_holidays",temporal_rules:r,ui_metadata:V()});let s={...a,rules:await Promise.all(r.map(i=>x(`temporal_rules/${i}`)))};await Sn(e,{holidays:[...e.holidays,s]}),e.holidays=[...e.holidays,s]}catch(s){throw a&&await Cn([a.id],"temporal_rules_sets"),await Cn(r),s}}async function Br(e,t){let n=e.holidays.filter(r=>r.id!==t.id);await Sn(e,{holidays:n}),e.holidays=n,t.single||await U(`temporal_rules_sets/${t.id}`);for(let r of t.rules)await U(`temporal_rules/${r.id}`).catch(()=>{})}function xt(e){let t=[],n=[],r="",a=!1,s=1,i=1,l=()=>{n.push(r.trim()),r=""},c=()=>{l(),n.some(d=>d!=="")&&t.push({line:i,fields:n}),n=[],i=s};for(let d=0;d<e.length;d++){let p=e[d];a?p==='"'&&e[d+1]==='"'?(r+='"',d++):p==='"'?a=!1:(p===`
`&&s++,r+=p):p==='"'?a=!0:p===","?l():p===`
`?(s++,c()):p!=="\r"&&(r+=p)}return c(),t}function Ur(e,t){let n=Object.fromEntries(re.map(a=>[a,null]));for(let a of e)for(let s of a.wdays&&a.wdays.length?a.wdays:re){let i=s==="wensday"?"wednesday":s;i in n&&(n[i]={start:ze(a.time_window_start||0),stop:ze(a.time_window_stop??86400)})}let r=t[0];return{days:n,lunch:r?{start:ze(r.time_window_start||0),stop:ze(r.time_window_stop||0)}:null}}var Pn=(e,t,n)=>Object.fromEntries(re.map(r=>[r,e.includes(r)?{start:t,stop:n}:null])),En={weekdays9to17:()=>Pn(re.slice(0,5),"09:00","17:00"),weekdays8to18:()=>Pn(re.slice(0,5),"08:00","18:00"),monSat9to17:()=>Pn(re.slice(0,6),"09:00","17:00")},Rr=/^([01]\d|2[0-3]):[0-5]\d$/;function ci(e){let t=e.toLowerCase();return t.length<2?null:re.find(n=>n.startsWith(t))||null}function Hr(e){let t=Object.fromEntries(re.map(a=>[a,null])),n=[],r=xt(e);r.length&&r[0].fields[0].toLowerCase()==="day"&&r.shift();for(let{line:a,fields:s}of r){let i=m=>n.push(o.csvLine(a,"",m));if(s.length!==3){i(o.hoursCsvColumns);continue}let[l,c,d]=s,p=ci(l);p?!Rr.test(c)||!Rr.test(d)?i(o.hoursCsvTime):c<d?t[p]?i(o.hoursCsvTwice(o.wdayLong[p])):t[p]={start:c,stop:d}:i(o.badHours):i(o.hoursCsvDay(l))}return!n.length&&!r.length&&n.push(o.hoursCsvEmpty),n.length?{errors:n}:{days:t}}var di=[31,29,31,30,31,30,31,31,30,31,30,31],ui=(e,t)=>Array.from({length:t-e+1},(n,r)=>e+r);function jr(e){let t={cycle:"yearly",interval:1};if(e.kind==="advanced")return{rules:[{...t,ordinal:e.ordinal,wdays:[e.wday],month:Number(e.month)}]};let n=c=>/^\d{4}-\d\d-\d\d$/.test(c||"")?[Number(c.slice(5,7)),Number(c.slice(8,10))]:null,r=n(e.from);if(!r)return{field:"from",error:o.pickDate};if(e.kind==="date")return{rules:[{...t,month:r[0],days:[r[1]]}]};let a=n(e.to);if(!a)return{field:"to",error:o.pickDate};if(e.to<e.from)return{field:"to",error:o.rangeBackwards};if((Date.parse(e.to)-Date.parse(e.from))/864e5>365)return{field:"to",error:o.rangeTooLong};let s=a[0]<r[0]||a[0]===r[0]&&a[1]<r[1],i=[];for(let c=r[0];i.length<13&&(i.push(c),!(c===a[0]&&(!s||i.length>1)));c=c%12+1);return i.length>12?{field:"to",error:o.rangeTooLong}:{rules:i.map((c,d)=>{let p=d===0?r[1]:1,m=d===i.length-1?a[1]:di[c-1];return{...t,month:c,days:ui(p,m)}})}}function Gr(e){return e.rules.map(n=>{let r=o.months[(n.month||1)-1];if(n.days&&n.days.length){let s=n.days[0],i=n.days[n.days.length-1];return s===i?`${r} ${s}`:`${r} ${s}\u2013${i}`}let a=(n.wdays||[])[0];return o.nthWeekday(o.ordinals[n.ordinal||"first"],o.wdayLong[a]||a,r)}).join(", ")}function Wr(e){if(!e.clock_set)return o.clockNotSet;if(e.kind==="always")return o.open24;let t={open:o.openNow,rule:o.openNow,lunch:o.lunchNow,holiday:o.holidayNow(e.now.name||""),closed:o.closedNow}[e.kind],n=e.until||e.next;if(!n)return e.open?o.open24:t;let[r,a]=n.local.split("T"),s=a.slice(0,5),i=r===e.local.split("T")[0]?s:n.at_unix-e.at_unix<6*86400?`${o.wdayLong[n.weekday]} ${s}`:`${o.wdayLong[n.weekday]} ${r} ${s}`;return e.open&&!n.open?o.closesAt(t,i):n.open?o.opensAt(t,i):o.changesAt(t,i)}function mi({onHours:e}){let[t,n]=h(""),[r,a]=h([]);function s(){let l=Hr(t);a(l.errors||[]),l.days&&e(l.days)}async function i(l){let c=l.target.files[0];c&&n(await c.text())}return u`<details class="csv-hours">
    <summary>${o.importHours}</summary>
    <div class="field"><label for="hours_csv_file">${o.hoursCsvFile}</label><input id="hours_csv_file" type="file" accept=".csv,text/csv" onChange=${i} /></div>
    <div class="field">
      <label for="hours_csv">${o.hoursCsv}</label>
      <textarea id="hours_csv" rows="4" value=${t} onInput=${l=>n(l.target.value)} aria-invalid=${r.length?"true":void 0} aria-describedby=${r.length?"hours_csv-error":void 0}></textarea>
      ${r.length>0&&u`<ul class="error" id="hours_csv-error" role="alert">${r.map(l=>u`<li key=${l}>${l}</li>`)}</ul>`}
    </div>
    <button type="button" onClick=${s}>${o.importHours}</button>
  </details>`}function qr({strategy:e,onSaved:t}){let n=Ur(e.open,e.lunch),[r,a]=h(e.open.length>0),[s,i]=h(e.open.length?n.days:En.weekdays9to17()),[l,c]=h(!!n.lunch),[d,p]=h(n.lunch||{start:"12:00",stop:"13:00"}),[m,$]=h("weekdays9to17"),[f,g]=h(""),[b,_]=h(""),k=(M,L)=>i({...s,[M]:L});async function y(M){M.preventDefault(),_("");let L=re.filter(v=>s[v]);if(r&&!L.length)return g(o.pickDay);let O=L.find(v=>!(s[v].start<s[v].stop));if(r&&O)return g(`${o.wdayLong[O]}: ${o.badHours}`);if(r&&l&&!(d.start<d.stop))return g(o.badLunch);g("");try{await Fr(e,r?{days:s,lunch:l?d:null}:null),_(o.saved),t()}catch(v){g(Object.entries(v.fields||{}).map(([S,w])=>`${S}: ${w}`).join("; ")||v.message)}}let T=M=>{i(M),a(!0),_(o.hoursImported)};return u`<form onSubmit=${y} aria-labelledby="hours-h" novalidate>
    <h3 id="hours-h">${o.officeHours}</h3>
    <div class="check"><input type="radio" id="h24" name="hours" checked=${!r} onChange=${()=>a(!1)} /><label for="h24">${o.open24}</label></div>
    <div class="check"><input type="radio" id="hcustom" name="hours" checked=${r} onChange=${()=>a(!0)} /><label for="hcustom">${o.openCustom}</label></div>
    ${r&&u`<fieldset>
      <legend class="sr">${o.openCustom}</legend>
      <div class="field template">
        <label for="hours_template">${o.template}</label>
        <select id="hours_template" value=${m} onChange=${M=>$(M.target.value)}>
          ${Object.entries(o.templates).map(([M,L])=>u`<option key=${M} value=${M}>${L}</option>`)}
        </select>
        <button type="button" class="plain" onClick=${()=>i(En[m]())}>${o.applyTemplate}</button>
      </div>
      <table class="week">
        <tbody>
          ${re.map(M=>{let L=s[M];return u`<tr key=${M}>
              <td><${q} id=${"day-"+M} label=${o.wdayLong[M]} checked=${!!L} onChange=${O=>k(M,O?{start:"09:00",stop:"17:00"}:null)} /></td>
              <td>${L&&u`<input type="time" aria-label=${o.dayOpens(o.wdayLong[M])} value=${L.start} onInput=${O=>k(M,{...L,start:O.target.value})} />`}</td>
              <td>${L&&u`<input type="time" aria-label=${o.dayCloses(o.wdayLong[M])} value=${L.stop} onInput=${O=>k(M,{...L,stop:O.target.value})} />`}</td>
            </tr>`})}
        </tbody>
      </table>
      <${q} id="lunch" label=${o.lunchBreak} checked=${l} onChange=${c} />
      ${l&&u`<div class="grid">
        <${E} id="lunch_start" label=${o.lunchStarts} type="time" value=${d.start} onInput=${M=>p({...d,start:M})} />
        <${E} id="lunch_stop" label=${o.lunchEnds} type="time" value=${d.stop} onInput=${M=>p({...d,stop:M})} />
      </div>`}
      <${mi} onHours=${T} />
    </fieldset>`}
    ${f&&u`<p class="error" role="alert">${f}</p>`}
    ${b&&u`<p class="ok" role="status">${b}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}var Vr={name:"",kind:"date",from:"",to:"",ordinal:"fourth",wday:"thursday",month:"11"};function kt({id:e,label:t,value:n,onChange:r,options:a}){return u`<div class="field">
    <label for=${e}>${t}</label>
    <select id=${e} value=${n} onChange=${s=>r(s.target.value)}>
      ${a.map(([s,i])=>u`<option key=${s} value=${s}>${i}</option>`)}
    </select>
  </div>`}function Kr({strategy:e,onSaved:t}){let[n,r]=h(Vr),[a,s]=h({}),[i,l]=h(""),c=m=>$=>r({...n,[m]:$});async function d(m){m.preventDefault(),l("");let $=n.name.trim();if(!$)return s({name:o.needName});let f=jr(n);if(f.error)return s({[f.field]:f.error});s({});try{await Lr(e,$,f.rules),r(Vr),t()}catch(g){let b=g.fields||{};b.name?s({name:b.name}):l(Object.entries(b).map(([_,k])=>`${_}: ${k}`).join("; ")||g.message)}}async function p(m){l("");try{await Br(e,m),t()}catch($){l($.message)}}return u`<form onSubmit=${d} aria-labelledby="holidays-h" novalidate>
    <h3 id="holidays-h">${o.holidays}</h3>
    ${e.holidays.length===0&&u`<p>${o.noHolidays}</p>`}
    <ul class="holidays">
      ${e.holidays.map(m=>u`<li key=${m.id}>
          <span class="holiday"><strong>${m.name}</strong> ${Gr(m)}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${m.name}`} onClick=${()=>p(m)}>${o.remove}</button>
        </li>`)}
    </ul>
    <${E} id="holiday_name" label=${o.holidayName} value=${n.name} onInput=${c("name")} error=${a.name} />
    <${kt} id="holiday_kind" label=${o.holidayKind} value=${n.kind} onChange=${c("kind")} options=${Object.entries(o.holidayKinds)} />
    ${n.kind!=="advanced"&&u`<div class="grid">
      <${E} id="holiday_from" label=${o.holidayFrom} type="date" value=${n.from} onInput=${c("from")} error=${a.from} />
      ${n.kind==="range"&&u`<${E} id="holiday_to" label=${o.holidayTo} type="date" value=${n.to} onInput=${c("to")} error=${a.to} />`}
    </div>`}
    ${n.kind==="advanced"&&u`<div class="grid">
      <${kt} id="holiday_ordinal" label=${o.holidayOrdinal} value=${n.ordinal} onChange=${c("ordinal")} options=${Object.entries(o.ordinals)} />
      <${kt} id="holiday_wday" label=${o.holidayWday} value=${n.wday} onChange=${c("wday")} options=${re.map(m=>[m,o.wdayLong[m]])} />
      <${kt} id="holiday_month" label=${o.holidayMonth} value=${n.month} onChange=${c("month")} options=${o.months.map((m,$)=>[String($+1),m])} />
    </div>`}
    ${i&&u`<p class="error" role="alert">${i}</p>`}
    <button type="submit">${o.addHoliday}</button>
  </form>`}var fi=3e4;function zr({callflowId:e,version:t}){let[n,r]=h(null);return A(()=>{let a=!0,s=()=>x(`callflows/${e}/office_status`).then(l=>a&&r(l),()=>a&&r(null));s();let i=setInterval(s,fi);return()=>{a=!1,clearInterval(i)}},[e,t]),n?u`<p class="office-line ${n.open?"is-open":"is-closed"}" aria-live="polite" data-kind=${n.kind}>${Wr(n)}</p>`:null}var Ae=e=>/^audio\//.test(e.type)||/\.(wav|mp3)$/i.test(e.name),Nn=e=>/^audio\//.test(e.type)?e.type:/\.mp3$/i.test(e.name)?"audio/mpeg":"audio/wav";async function pi(e,t){let n=await fetch("/v2/"+se(`media/${e}/raw`),{method:"POST",headers:{"X-Auth-Token":B.value.token,"Content-Type":Nn(t),Accept:"application/json"},body:t});if(!n.ok)throw new ee(n.status,await n.json().catch(()=>null))}async function Ct(e,t){let n=await F("media",{name:`${e} greeting`,media_source:"upload",streamable:!0,description:t.name});try{await pi(n.id,t)}catch(r){throw await U(`media/${n.id}`).catch(()=>{}),r}return n.id}var Te=e=>U(`media/${e}`).catch(()=>{});var St=e=>e?e.media_source==="tts"?"tts":"upload":"none";function $i(e,t){let n={},r=(a,s,i)=>/^\d+$/.test(a.trim())&&+a>=s&&+a<=i;return r(t.retries,1,10)||(n[`${e}-retries`]=o.menuBadRetries),r(t.timeout,1,60)||(n[`${e}-timeout`]=o.menuBadTimeout),r(t.digits,1,6)||(n[`${e}-digits`]=o.menuBadDigits),t.kind==="tts"&&!t.text.trim()&&(n[`${e}-text`]=o.menuGreetingTextNeeded),t.kind==="upload"&&!t.file&&St(t.media)!=="upload"&&(n[`${e}-file`]=o.greetingType),t.file&&!Ae(t.file)&&(n[`${e}-file`]=o.greetingType),n}async function hi(e,t){if(t.kind==="none")return null;if(t.kind==="upload")return t.file?Ct(e.name,t.file):t.media.id;let n={name:`${e.name} greeting`,media_source:"tts",tts:{text:t.text.trim(),voice:"female/en-US"},ui_metadata:V()};return St(t.media)==="tts"?(await H(`media/${t.media.id}`,{...t.media,...n})).id:(await F("media",n)).id}function Yr({menuId:e,label:t}){let n=`menu-${e}`,[r,a]=h(null),[s,i]=h({}),[l,c]=h(""),d=m=>$=>a({...r,[m]:$});A(()=>{(async()=>{let m=await x(`menus/${e}`),$=m.media&&m.media.greeting,f=$?await x(`media/${$}`).catch(()=>null):null;a({menu:m,media:f,kind:St(f),text:f&&f.tts&&f.tts.text||"",file:null,retries:String(m.retries||3),timeout:String(Math.round((m.timeout||1e4)/1e3)),digits:String(m.max_extension_length||4)})})().catch(m=>i({form:m.message}))},[e]);async function p(m){m.preventDefault(),c("");let $=$i(n,r);if(i($),Object.keys($).length)return;let f=null;try{f=await hi(r.menu,r);let g=await X(`menus/${e}`,{retries:+r.retries,timeout:+r.timeout*1e3,max_extension_length:+r.digits,media:{greeting:f},ui_metadata:V()}),b=f?await x(`media/${f}`):null;r.media&&r.media.id!==f&&await Te(r.media.id),a({...r,menu:g,media:b,file:null}),c(o.saved)}catch(g){f&&(!r.media||r.media.id!==f)&&await Te(f);let b=g.fields||{},_={retries:`${n}-retries`,timeout:`${n}-timeout`,max_extension_length:`${n}-digits`},k=Object.keys(b).find(y=>_[y]||y.startsWith("tts"));i(k?{[_[k]||`${n}-text`]:b[k]}:{form:g.message})}}return r?u`<form class="window menu-greeting" onSubmit=${p} aria-label=${t} novalidate>
    <h4>${t}</h4>
    <div class="field">
      <label for=${`${n}-kind`}>${o.menuGreeting}</label>
      <select id=${`${n}-kind`} value=${r.kind} onChange=${m=>d("kind")(m.target.value)}>
        ${Object.entries(o.menuGreetingKinds).map(([m,$])=>u`<option key=${m} value=${m}>${$}</option>`)}
      </select>
    </div>
    ${r.kind==="tts"&&u`<div class="field">
      <label for=${`${n}-text`}>${o.menuGreetingText}</label>
      <textarea id=${`${n}-text`} rows="2" maxlength="1000" value=${r.text} onInput=${m=>d("text")(m.target.value)} aria-invalid=${s[`${n}-text`]?"true":void 0} aria-describedby=${s[`${n}-text`]?`${n}-text-error`:void 0}></textarea>
      ${s[`${n}-text`]&&u`<p class="error" id=${`${n}-text-error`} role="alert">${s[`${n}-text`]}</p>`}
    </div>`}
    ${r.kind==="upload"&&u`<div class="field">
      <label for=${`${n}-file`}>${o.menuGreetingFile}</label>
      <input id=${`${n}-file`} type="file" accept="audio/wav,audio/mpeg,.wav,.mp3" onChange=${m=>d("file")(m.target.files[0]||null)} aria-invalid=${s[`${n}-file`]?"true":void 0} aria-describedby=${s[`${n}-file`]?`${n}-file-error`:void 0} />
      ${St(r.media)==="upload"&&u`<p class="hint">${o.greetingSet}</p>`}
      ${s[`${n}-file`]&&u`<p class="error" id=${`${n}-file-error`} role="alert">${s[`${n}-file`]}</p>`}
    </div>`}
    <div class="grid">
      <${E} id=${`${n}-retries`} label=${o.menuRetries} value=${r.retries} onInput=${d("retries")} error=${s[`${n}-retries`]} inputmode="numeric" />
      <${E} id=${`${n}-timeout`} label=${o.menuTimeout} value=${r.timeout} onInput=${d("timeout")} error=${s[`${n}-timeout`]} inputmode="numeric" />
      <${E} id=${`${n}-digits`} label=${o.menuMaxDigits} value=${r.digits} onInput=${d("digits")} error=${s[`${n}-digits`]} inputmode="numeric" />
    </div>
    ${s.form&&u`<p class="error" role="alert">${s.form}</p>`}
    ${l&&u`<p class="ok">${l}</p>`}
    <button type="submit">${o.save}</button>
  </form>`:s.form?u`<p class="error" role="alert">${s.form}</p>`:null}var Mn=["MainOpenHours","MainLunchHours","MainAfterHours","MainHolidays"];function bi(e){let t=e||{},n=t.data&&t.data.id;if(t.module==="user"){let r=t.children&&t.children._;return r&&r.module==="voicemail"?{how:"user_vm",target:n}:{how:"user",target:n}}return t.module==="voicemail"?{how:"voicemail",target:n}:{how:"menu",target:""}}function gi(e,{how:t,target:n},r,a){let s=(l,c)=>({module:l,data:{id:c},children:{}});if(t==="menu"){let l=r[`${e}Menu`];if(!l)throw new Error(o.noMenu);return{module:"callflow",data:{id:l.id},children:{}}}if(!n)throw new Error(t==="voicemail"?o.pickVmbox:o.pickUser);if(t==="voicemail")return s("voicemail",n);let i={module:"user",data:{id:n,timeout:20,can_call_self:!1},children:{}};if(t==="user_vm"){let l=a.find(c=>c.owner_id===n);if(!l)throw new Error(o.userNoVmbox);i.children._=s("voicemail",l.id)}return i}var _i=["1","2","3","4","5","6","7","8","9","0"];function vi(e){let t=e&&e.flow&&e.flow.children||{};return Object.fromEntries(Object.entries(t).map(([n,r])=>[n,r.module==="user"&&r.data?r.data.id:"other"]))}function yi(e,t){let n=e.flow&&e.flow.children||{},r={};for(let[a,s]of Object.entries(t))s==="other"&&n[a]?r[a]=n[a]:s&&s!=="other"&&(r[a]={module:"user",data:{id:s,timeout:20,can_call_self:!1},children:{}});return{...e,flow:{...e.flow,children:r},ui_metadata:V()}}function wi({id:e,keys:t,users:n,onChange:r}){return u`<fieldset class="keys">
    <legend>${o.menuKeys}</legend>
    <div class="grid">
      ${_i.map(a=>u`<div class="field" key=${a}>
          <label for=${`${e}-key-${a}`}>${o.menuKey(a)}</label>
          <select id=${`${e}-key-${a}`} value=${t[a]||""} onChange=${s=>r({...t,[a]:s.target.value})}>
            <option value="">—</option>
            ${t[a]==="other"&&u`<option value="other">${o.keyElsewhere}</option>`}
            ${n.map(s=>u`<option key=${s.id} value=${s.id}>${s.first_name} ${s.last_name}</option>`)}
          </select>
        </div>`)}
    </div>
  </fieldset>`}function xi({name:e,doc:t,menuCf:n,users:r,vmboxes:a,parts:s}){let[i,l]=h(bi(t.flow)),[c,d]=h(vi(n)),[p,m]=h(""),[$,f]=h(""),g=i.how==="voicemail"?a.map(y=>[y.id,`${y.mailbox} ${y.name}`]):r.map(y=>[y.id,`${y.first_name} ${y.last_name}`]);async function b(y){y.preventDefault(),f("");try{let T=gi(e,i,s,a);m(""),i.how==="menu"&&await H(`callflows/${n.id}`,yi(n,c)),await H(`callflows/${t.id}`,{...t,flow:T,ui_metadata:V()}),f(o.saved)}catch(T){m(T.message)}}let _=`handling-${e}`,k=n&&n.flow&&n.flow.module==="menu"&&n.flow.data&&n.flow.data.id;return u`<form class="window" onSubmit=${b} aria-label=${o.windows[e]} novalidate>
    <h4>${o.windows[e]}</h4>
    <div class="grid">
      <div class="field">
        <label for=${_}>${o.handling}</label>
        <select id=${_} value=${i.how} onChange=${y=>l({how:y.target.value,target:""})}>
          ${Object.entries(o.handlingKinds).map(([y,T])=>u`<option key=${y} value=${y}>${T}</option>`)}
        </select>
      </div>
      ${i.how!=="menu"&&u`<div class="field">
        <label for=${_+"-target"}>${i.how==="voicemail"?o.handlingVmbox:o.handlingUser}</label>
        <select id=${_+"-target"} value=${i.target} onChange=${y=>l({...i,target:y.target.value})} aria-invalid=${p?"true":void 0}>
          <option value="">—</option>
          ${g.map(([y,T])=>u`<option key=${y} value=${y}>${T}</option>`)}
        </select>
      </div>`}
    </div>
    ${i.how==="menu"&&n&&u`<${wi} id=${_} keys=${c} users=${r} onChange=${d} />`}
    ${p&&u`<p class="error" role="alert">${p}</p>`}
    ${$&&u`<p class="ok">${$}</p>`}
    <button type="submit">${o.save}</button>
  </form>
  ${i.how==="menu"&&k&&u`<${Yr} menuId=${k} label=${o.menuOptionsOf[e]} />`}`}function Xr({strategy:e}){let[t,n]=h(null),[r,a]=h("");return A(()=>{let s=Mn.map(i=>e.parts[`${i}Menu`]);Promise.all([x("users?paginate=false"),x("vmboxes?paginate=false"),Promise.all(Mn.map(i=>x(`callflows/${e.parts[i].id}`))),Promise.all(s.map(i=>i?x(`callflows/${i.id}`):null))]).then(([i,l,c,d])=>n({users:i,vmboxes:l,docs:c,menuCfs:d}),i=>a(i.message))},[e]),u`<section aria-labelledby="handling-h">
    <h3 id="handling-h">${o.incomingHandling}</h3>
    ${r&&u`<p class="error" role="alert">${r}</p>`}
    ${t&&Mn.map((s,i)=>u`<${xi} key=${s} name=${s} doc=${t.docs[i]} menuCf=${t.menuCfs[i]} users=${t.users} vmboxes=${t.vmboxes} parts=${e.parts} />`)}
  </section>`}var Qr="MainConferenceGreeting",Zr="undefinedconf";async function ki(){let[e,t]=await Promise.all([x("callflows?filter_type=conference&paginate=false"),x("media?paginate=false")]),n=e.find(a=>a.name==="MainConference"),r=t.find(a=>a.name===Qr);return{cf:n?await x(`callflows/${n.id}`):null,media:r?await x(`media/${r.id}`):null}}function Jr(){let[e,t]=h(null),[n,r]=h(""),[a,s]=h(""),[i,l]=h({}),[c,d]=h("");A(()=>{ki().then(m=>{t(m),r((m.cf&&m.cf.numbers||[]).filter($=>$!==Zr)[0]||""),s(m.media&&m.media.tts&&m.media.tts.text||"")},m=>l({form:m.message}))},[]);async function p(m){m.preventDefault(),d("");let $=n.replace(/[\s()-]/g,"");if($&&!/^\+?\d{2,15}$/.test($))return l({number:o.badConfNumber});l({});try{let f=e.media;if(a.trim()){let y={...f||{},name:Qr,media_source:"tts",tts:{text:a.trim(),voice:"female"},ui_metadata:V()};f=f?await H(`media/${f.id}`,y):await F("media",y)}let g={module:"conference",data:{},children:{}},b=a.trim()?{module:"play",data:{id:f.id},children:{_:g}}:g,_={...e.cf||{},name:"MainConference",type:"conference",numbers:[$||Zr],flow:b,ui_metadata:V()},k=e.cf?await H(`callflows/${e.cf.id}`,_):await F("callflows",_);t({cf:k,media:f}),d(o.saved)}catch(f){let g=f.fields||{},b=Object.keys(g).find(_=>_.startsWith("tts"));g.numbers?l({number:g.numbers}):l(b?{greeting:g[b]}:{form:f.message})}}return e?u`<form onSubmit=${p} aria-labelledby="conf-h" novalidate>
    <h3 id="conf-h">${o.mainConference}</h3>
    <${E} id="conf_number" label=${o.mainConfNumber} value=${n} onInput=${r} error=${i.number} inputmode="tel" />
    <div class="field">
      <label for="conf_greeting">${o.confGreeting}</label>
      <textarea id="conf_greeting" rows="2" maxlength="1000" value=${a} onInput=${m=>s(m.target.value)} aria-invalid=${i.greeting?"true":void 0} aria-describedby=${i.greeting?"conf_greeting-error":void 0}></textarea>
      ${i.greeting&&u`<p class="error" id="conf_greeting-error" role="alert">${i.greeting}</p>`}
    </div>
    ${i.form&&u`<p class="error" role="alert">${i.form}</p>`}
    ${c&&u`<p class="ok">${c}</p>`}
    <button type="submit">${o.saveConference}</button>
  </form>`:i.form?u`<p class="error" role="alert">${i.form}</p>`:null}var ea="MainFaxNumber";async function Ci(){let[e,t,n]=await Promise.all([x("callflows?filter_type=mainFax&paginate=false"),x("devices?paginate=false"),x("phone_numbers")]),r=e.find(s=>s.name===ea),a=Object.entries(n.numbers||{}).filter(([,s])=>!s.used_by_id).map(([s])=>s);return{cf:r?await x(`callflows/${r.id}`):null,devices:t,spare:a}}function ta(){let[e,t]=h(null),[n,r]=h(""),[a,s]=h(""),[i,l]=h({}),[c,d]=h(""),p=f=>{r((f&&f.numbers||[])[0]||""),s(f&&f.flow&&f.flow.data&&f.flow.data.id||"")};A(()=>{Ci().then(f=>{t(f),p(f.cf)},f=>l({form:f.message}))},[]);async function m(f){f.preventDefault(),d("");let g=n.replace(/[\s()-]/g,""),b={};if(/^\+?\d{2,15}$/.test(g)||(b.number=o.badConfNumber),a||(b.device=o.pickFaxDevice),l(b),Object.keys(b).length)return;let _={...e.cf||{},name:ea,type:"mainFax",numbers:[g],flow:{module:"device",data:{id:a},children:{}},ui_metadata:V()};try{let k=e.cf?await H(`callflows/${e.cf.id}`,_):await F("callflows",_);t({...e,cf:k}),d(o.saved)}catch(k){let y=k.fields||{};y.numbers?l({number:y.numbers}):l({form:k.message})}}async function $(){d("");try{await U(`callflows/${e.cf.id}`),t({...e,cf:null}),p(null),d(o.faxRemoved)}catch(f){l({form:f.message})}}return e?u`<form onSubmit=${m} aria-labelledby="fax-h" novalidate>
    <h3 id="fax-h">${o.mainFax}</h3>
    <p class="hint">${o.mainFaxHint}</p>
    <div class="grid">
      <${E} id="fax_number" label=${o.faxNumber} value=${n} onInput=${r} error=${i.number} inputmode="tel" list="fax_spare" />
      <datalist id="fax_spare">${e.spare.map(f=>u`<option key=${f} value=${f} />`)}</datalist>
      <div class="field">
        <label for="fax_device">${o.faxDevice}</label>
        <select id="fax_device" value=${a} onChange=${f=>s(f.target.value)} aria-invalid=${i.device?"true":void 0} aria-describedby=${i.device?"fax_device-error":void 0}>
          <option value="">—</option>
          ${e.devices.map(f=>u`<option key=${f.id} value=${f.id}>${f.name}</option>`)}
        </select>
        ${i.device&&u`<p class="error" id="fax_device-error" role="alert">${i.device}</p>`}
      </div>
    </div>
    ${i.form&&u`<p class="error" role="alert">${i.form}</p>`}
    ${c&&u`<p class="ok">${c}</p>`}
    <div class="bar">
      <button type="submit">${o.saveFax}</button>
      ${e.cf&&u`<button type="button" class="plain" onClick=${$}>${o.removeFax}</button>`}
    </div>
  </form>`:i.form?u`<p class="error" role="alert">${i.form}</p>`:null}function Si({strategy:e,onSaved:t}){let[n,r]=h(""),[a,s]=h(""),i=Or(e.main);async function l(d){s("");try{await Ir(e,d),r(""),t()}catch(p){s(Object.values(p.fields||{})[0]||p.message)}}function c(d){d.preventDefault();let p=n.replace(/[\s()-]/g,"");if(!/^\+\d{8,15}$/.test(p))return s(o.badNumber);l([...i,p])}return u`<form onSubmit=${c} aria-labelledby="numbers-h" novalidate>
    <h3 id="numbers-h">${o.mainNumbers}</h3>
    <ul class="numbers">
      ${i.map(d=>u`<li key=${d}>
          <span class="main-number">${d}</span>
          <button type="button" class="plain" aria-label=${`${o.remove} ${d}`} onClick=${()=>l(i.filter(p=>p!==d))}>${o.remove}</button>
        </li>`)}
    </ul>
    <${E} id="main_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
    <button type="submit">${o.addNumber}</button>
  </form>`}function Pt(){let[e,t]=h(null),[n,r]=h(""),[a,s]=h(0);A(()=>{Dr().then(t,l=>r(l.message))},[]);let i=()=>s(l=>l+1);return u`<section aria-labelledby="main-h">
    <h2 id="main-h">${o.mainNumber}</h2>
    <${N} message=${n} />
    ${e?u`<div class="stack">
          <${zr} callflowId=${e.main.id} version=${a} />
          <${Si} strategy=${e} onSaved=${i} />
          <${qr} strategy=${e} onSaved=${i} />
          <${Kr} strategy=${e} onSaved=${i} />
          <${Xr} strategy=${e} />
          <${Jr} />
          <${ta} />
        </div>`:!n&&u`<p>${o.loading}</p>`}
  </section>`}var An=ne(0);function Et(){let e=`accounts/${B.value.account}`,[t,n]=h(null),[r,a]=h(null),[s,i]=h({}),[l,c]=h(""),[d,p]=h(!1);A(()=>{Promise.all([G("GET","countries"),G("GET",e)]).then(([f,{data:g}])=>{let b=g.edgepbx||{};n(f.data),a({country:b.country||"",extension_length:b.extension_length?String(b.extension_length):"",timezone:null,language:g.language||""})},f=>c(f.message))},[]);function m(f){let g=t.find(b=>b.code===f);a({...r,country:f,...g?{timezone:g.timezone,language:g.language}:{}})}async function $(f){f.preventDefault(),p(!1);let g={};if(r.extension_length&&!/^[2-8]$/.test(r.extension_length)&&(g.extension_length=o.extLengthRange),i(g),c(""),Object.keys(g).length)return;let _={edgepbx:{country:r.country||null,extension_length:r.extension_length?Number(r.extension_length):null},language:r.language||null};r.timezone&&(_.timezone=r.timezone);try{await G("PATCH",e,_),ue.value=void 0,An.value++,p(!0)}catch(k){let y={};for(let[T,M]of Object.entries(k.fields||{}))y[T.replace(/^edgepbx\./,"")]=M;i(y),c(k.message)}}return r?u`<form onSubmit=${$} aria-labelledby="locale-h" novalidate>
    <h3 id="locale-h">${o.locale}</h3>
    <p class="hint">${o.localeHint}</p>
    <${N} message=${l} />
    <div class="field">
      <label for="country">${o.country}</label>
      <select id="country" value=${r.country} onChange=${f=>m(f.target.value)}>
        <option value="">${o.countryNone}</option>
        ${t.map(f=>u`<option key=${f.code} value=${f.code}>${f.name}</option>`)}
      </select>
      ${s.country&&u`<p class="error" role="alert">${s.country}</p>`}
    </div>
    ${r.timezone&&u`<p class="hint" id="proposed_zone">${o.proposedZone(r.timezone)}</p>`}
    <${E} id="language" label=${o.promptLanguage} value=${r.language} onInput=${f=>a({...r,language:f})} error=${s.language} />
    <${E} id="extension_length" label=${o.extensionLength} value=${r.extension_length} onInput=${f=>a({...r,extension_length:f})} error=${s.extension_length} inputmode="numeric" />
    ${d&&u`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`:u`<${N} message=${l} />${!l&&u`<p>${o.loading}</p>`}`}var Tn=typeof Intl.supportedValuesOf=="function"?Intl.supportedValuesOf("timeZone"):["UTC"];function Nt({onDone:e}){let t=`accounts/${B.value.account}`,[n,r]=h(null),[a,s]=h({}),[i,l]=h(""),[c,d]=h(!1);A(()=>{G("GET",t).then(({data:$})=>r({name:$.name||"",timezone:$.timezone||"UTC"}),$=>l($.message))},[An.value]);async function p($){if($.preventDefault(),d(!1),!n.name.trim())return s({name:o.required});s({}),l("");try{await G("PATCH",t,{name:n.name.trim(),timezone:n.timezone}),B.value={...B.value,accountName:n.name.trim()},d(!0),e&&e()}catch(f){s(f.fields||{}),l(f.message)}}if(!n)return u`<${N} message=${i} />${!i&&u`<p>${o.loading}</p>`}`;let m=Tn.includes(n.timezone)?Tn:[n.timezone,...Tn];return u`<form onSubmit=${p} aria-labelledby="office-h" novalidate>
    <h3 id="office-h">${o.office}</h3>
    <${N} message=${i} />
    <${E} id="office_name" label=${o.officeName} value=${n.name} onInput=${$=>r({...n,name:$})} error=${a.name} />
    <div class="field">
      <label for="timezone">${o.timezone}</label>
      <select id="timezone" value=${n.timezone} onChange=${$=>r({...n,timezone:$.target.value})}>
        ${m.map($=>u`<option key=${$} value=${$}>${$}</option>`)}
      </select>
      ${a.timezone&&u`<p class="error" role="alert">${a.timezone}</p>`}
    </div>
    ${c&&u`<p class="ok" role="status">${o.saved}</p>`}
    <button type="submit">${o.save}</button>
  </form>`}var na=["first_name","last_name","username","email","extension","password","phone"],Pi=["first_name","last_name","username","extension","password"],Ei=/^(yes|y|true|1)$/i;function Ni(e,t){let[n,...r]=xt(e);if(!n)return{problems:[o.csvEmpty]};let a=n.fields.map(p=>p.toLowerCase().replace(/\s+/g,"_")),s=Pi.filter(p=>!a.includes(p));if(s.length)return{problems:[o.csvColumns(s.join(", "))]};let i=a.filter(p=>!na.includes(p));if(i.length)return{problems:[o.csvUnknown(i.join(", "))]};let l=[],c={username:new Map,extension:new Map},d=r.map(({line:p,fields:m})=>{let $=Object.fromEntries(na.map(b=>[b,m[a.indexOf(b)]??""])),f={...$,phone:Ei.test($.phone)},g=gn(f,!0,t);m.length>a.length&&(g.line=o.csvExtra);for(let b of["username","extension"]){let _=f[b].toLowerCase();_&&c[b].has(_)?g[b]=o.csvDuplicate(c[b].get(_)):c[b].set(_,p)}for(let[b,_]of Object.entries(g))l.push(o.csvLine(p,b==="line"?"":o.csvField[b]||b,_));return{line:p,form:f}});return r.length||l.push(o.csvNoUsers),{forms:d,problems:l}}function oa({onAdded:e}){let[t,n]=h([]),[r,a]=h(""),[s,i]=h(!1);async function l(c){let d=c.target.files[0];if(a(""),!d)return;let p=await ht().catch(()=>null),{forms:m,problems:$}=Ni(await d.text(),p);if(n($),$.length)return;i(!0);let f=[],g=0;for(let{line:b,form:_}of m)try{let k=await $t(_);g++,e({...k,extension:_.extension})}catch(k){let y=Object.entries(k.fields||{}).map(([T,M])=>o.csvLine(b,o.csvField[T]||T,M));f.push(...y.length?y:[o.csvLine(b,"",k.message)])}n(f),a(o.csvMade(g,m.length)),i(!1),c.target.value=""}return u`<div class="card">
    <h3>${o.csvImport}</h3>
    <p class="hint">${o.csvHint}</p>
    <div class="field">
      <label for="csv_file">${o.csvFile}</label>
      <input id="csv_file" type="file" accept=".csv,text/csv" disabled=${s} onChange=${l} />
    </div>
    ${r&&u`<p class="ok" role="status">${r}</p>`}
    ${t.length>0&&u`<ul class="errors" aria-label=${o.csvProblems}>${t.map(c=>u`<li key=${c} class="error">${c}</li>`)}</ul>`}
  </div>`}var Dn="configs/smtp_client",ra=/^[^@\s]+@[^@\s]+$/;function Mi(e){let t={};return/^[A-Za-z0-9.:-]{1,253}$/.test(e.relay)||(t.relay=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.from&&!ra.test(e.from)&&(t.from=o.badEmail(e.from)),t}function Mt(){let[e,t]=h(null),[n,r]=h(""),[a,s]=h({}),[i,l]=h(""),[c,d]=h("");if(A(()=>{x(Dn).then(f=>t({relay:f.relay||"",port:String(f.port||587),tls:f.tls||"if_available",username:f.username||"",password:"",from:f.from||"",passwordSet:!!f.password_set}),f=>l(f.message))},[]),!e)return u`<${N} message=${i} />${!i&&u`<p>${o.loading}</p>`}`;let p=f=>g=>t({...e,[f]:g});async function m(f){f.preventDefault(),d(""),l("");let g=Mi(e);if(s(g),Object.keys(g).length)return;let b={relay:e.relay.trim(),port:Number(e.port),tls:e.tls,username:e.username.trim(),from:e.from.trim()||void 0};e.password&&(b.password=e.password);try{await X(Dn,b),t({...e,password:"",passwordSet:e.passwordSet||!!e.password}),d(o.saved)}catch(_){s(_.fields||{}),l(_.message)}}async function $(){if(d(""),!ra.test(n.trim()))return s({...a,to:o.badEmail(n)});s({}),d(o.sending);try{await H(`${Dn}/test`,{to:n.trim()}),d(o.testSent(n.trim()))}catch(f){d(""),s(f.fields||{}),Object.keys(f.fields||{}).length||l(f.message)}}return u`<form onSubmit=${m} aria-labelledby="relay-h" novalidate>
    <h3 id="relay-h">${o.mailRelay}</h3>
    <p class="hint">${o.mailRelayHint}</p>
    <${N} message=${i} />
    <div class="grid">
      <${E} id="relay_host" label=${o.relayServer} value=${e.relay} onInput=${p("relay")} error=${a.relay} />
      <${E} id="relay_port" label=${o.port} value=${e.port} onInput=${p("port")} error=${a.port} inputmode="numeric" />
      <div class="field">
        <label for="relay_tls">${o.relayTls}</label>
        <select id="relay_tls" value=${e.tls} onChange=${f=>p("tls")(f.target.value)}>
          ${Object.entries(o.tlsModes).map(([f,g])=>u`<option key=${f} value=${f}>${g}</option>`)}
        </select>
      </div>
      <${E} id="relay_user" label=${o.relayUser} value=${e.username} onInput=${p("username")} error=${a.username} autocomplete="off" />
      <${E} id="relay_password" label=${e.passwordSet?o.relayPasswordKeep:o.password} type="password" value=${e.password} onInput=${p("password")} error=${a.password} autocomplete="new-password" />
      <${E} id="relay_from" label=${o.relayFrom} value=${e.from} onInput=${p("from")} error=${a.from} />
    </div>
    <div class="bar"><button type="submit">${o.save}</button></div>
    <${E} id="relay_test_to" label=${o.testTo} value=${n} onInput=${r} error=${a.to} type="email" />
    <div class="bar"><button type="button" class="plain" onClick=${$}>${o.sendTest}</button></div>
    ${c&&u`<p class="ok" role="status">${c}</p>`}
  </form>`}async function At(){(await x("callflows?filter_numbers=no_match")).length===0&&await F("callflows",{numbers:["no_match"],flow:{module:"offnet",data:{},children:{}}})}var On="^(\\+?\\d{3,15})$",aa={name:"",server:"",port:"5060",username:"",auth_username:"",password:"",realm:"",register:!0};function Ai(e){let t=e.gateways&&e.gateways[0]||{},n=r=>r==null?"":String(r);return{name:n(e.name),server:n(t.server),port:n(t.port||5060),username:n(t.username),auth_username:n(t.auth_username),password:n(t.password),realm:n(t.realm),register:t.register!==!1}}function Ti(e){let t={};return e.name.trim()||(t.name=o.required),/^[A-Za-z0-9.-]{1,253}$/.test(e.server.trim())||(t.server=o.relayHost),/^\d+$/.test(e.port)&&Number(e.port)>=1&&Number(e.port)<=65535||(t.port=o.relayPort),e.register&&!e.username.trim()&&(t.username=o.required),e.register&&!e.password&&(t.password=o.required),t}function sa(e,t){let n={...e.gateways&&e.gateways[0]||{enabled:!0}};n.server=t.server.trim(),n.port=Number(t.port),n.register=t.register;for(let r of["username","auth_username","realm"])t[r].trim()?n[r]=t[r].trim():delete n[r];return t.password?n.password=t.password:delete n.password,{...e,name:t.name.trim(),gateways:[n,...(e.gateways||[]).slice(1)]}}var Di={enabled:!0,weight_cost:50,rules:[On],gateways:[]};function In({line:e,onDone:t}){let[n,r]=h(e?Ai(e):aa),[a,s]=h({}),[i,l]=h(""),[c,d]=h(!1),p=g=>b=>r({...n,[g]:b}),m=g=>`line_${g}${e?"_edit":""}`;async function $(g){g.preventDefault(),l("");let b=Ti(n);if(s(b),!Object.keys(b).length){d(!0);try{e?await H(`resources/${e.id}`,sa(e,n)):await F("resources",sa(Di,n)),await At(),e||r(aa),d(!1),t(!0)}catch(_){s(Object.fromEntries(Object.entries(_.fields||{}).map(([k,y])=>[k.replace(/^gateways\.0\./,""),y]))),l(`${o.failed} ${_.message}`),d(!1)}}}let f=e?o.editLine(e.name):o.addLine;return u`<form onSubmit=${$} novalidate data-form=${e?"edit-line":"add-line"}>
    <h4>${f}</h4>
    <${N} message=${i} />
    <div class="grid">
      <${E} id=${m("name")} label=${o.name} value=${n.name} onInput=${p("name")} error=${a.name} />
      <${E} id=${m("server")} label=${o.lineServer} value=${n.server} onInput=${p("server")} error=${a.server} />
      <${E} id=${m("port")} label=${o.port} value=${n.port} onInput=${p("port")} error=${a.port} inputmode="numeric" />
      <${E} id=${m("username")} label=${o.lineNumber} value=${n.username} onInput=${p("username")} error=${a.username} autocomplete="off" />
      <${E} id=${m("auth")} label=${o.lineAuth} value=${n.auth_username} onInput=${p("auth_username")} error=${a.auth_username} autocomplete="off" />
      <${E} id=${m("password")} label=${o.linePassword} type="password" value=${n.password} onInput=${p("password")} error=${a.password} autocomplete="new-password" />
      <${E} id=${m("realm")} label=${o.lineRealm} value=${n.realm} onInput=${p("realm")} error=${a.realm} />
    </div>
    <${q} id=${m("register")} label=${o.lineRegister} checked=${n.register} onChange=${p("register")} />
    <div class="bar">
      <button type="submit" disabled=${c}>${e?o.save:o.addLine}</button>
      ${e&&u`<button type="button" class="plain" onClick=${()=>t(!1)}>${o.cancel}</button>`}
    </div>
  </form>`}var ia=e=>e.filter(t=>t.kind==="fxo"&&t.sip_address).map(t=>{let n=t.sip_address.lastIndexOf(":");return{...t,host:t.sip_address.slice(0,n).replace(/^\[|\]$/g,""),port:Number(t.sip_address.slice(n+1))}}),Fn=(e,t)=>(e.gateways||[]).some(n=>n.server===t.host&&Number(n.port)===t.port);function Oi(e){return e.state==="down"?e.alarm?`${o.fxoStates.down}: ${e.alarm}`:o.fxoStates.down:o.fxoStates[e.state==="idle"?"idle":"busy"]}function Ii(e){return e?e.state==="running"?o.fxoDialTone.checking:e.dial_tone?o.fxoDialTone.yes:o.fxoDialTone.no:o.fxoDialTone.unknown}function la({ports:e,lines:t,onChanged:n}){let[r,a]=h(""),[s,i]=h(!1);if(e.length===0)return null;async function l(c){a(""),i(!0);try{await F("resources",{name:o.fxoLineName(c.name),enabled:!0,weight_cost:50,rules:[On],gateways:[{server:c.host,port:c.port,register:!1,enabled:!0}]}),await At(),n()}catch(d){a(`${o.failed} ${d.message}`)}i(!1)}return u`<div aria-labelledby="fxo-h">
    <h4 id="fxo-h">${o.fxoLines}</h4>
    <${N} message=${r} />
    <ul class="lines">
      ${e.map(c=>{let d=t.find(p=>Fn(p,c));return u`<li key=${c.name} data-fxo=${c.name}>
          <span class=${c.state==="down"?"dot":"dot on"}>${c.name}${c.number?` (${c.number})`:""} · ${Oi(c)} · ${Ii(c.line_test)}</span>
          ${d?u`<span class="hint" data-route>${o.fxoInUse(d.name)}</span>`:u`<button type="button" class="plain" disabled=${s} onClick=${()=>l(c)} aria-label=${`${o.fxoUse}: ${c.name}`}>${o.fxoUse}</button>`}
        </li>`})}
    </ul>
  </div>`}var Fi=5e3;async function Li(){let[e,t]=await Promise.all([x("resources?paginate=false"),x("analog_ports").then(ia,()=>[])]);return{lines:await Promise.all(e.map(r=>Promise.all([x(`resources/${r.id}`),x(`resources/${r.id}/status`)]).then(([a,s])=>({...a,gw:s.gateways[0]||{}})))),ports:t}}var Bi=e=>e.state==="failed"&&e.last_error?`${o.lineStates.failed}: ${e.last_error}`:o.lineStates[e.state]||e.state;function Ri({line:e,editing:t,onEdit:n,onDone:r,onError:a}){async function s(){if(confirm(o.confirmDeleteLine(e.name)))try{await U(`resources/${e.id}`),r(!0)}catch(i){a(i.message)}}return u`<li data-line=${e.name}>
    <span class=${e.gw.state==="registered"?"dot on":"dot"}>${e.name} · ${Bi(e.gw)}</span>
    ${t?u`<${In} line=${e} onDone=${r} />`:u`<span class="actions">
          <button type="button" class="plain" onClick=${n} aria-label=${`${o.edit}: ${e.name}`}>${o.edit}</button>
          <button type="button" class="plain" onClick=${s} aria-label=${`${o.del}: ${e.name}`}>${o.del}</button>
        </span>`}
  </li>`}function Tt(){let[e,t]=h(null),[n,r]=h(null),[a,s]=h(""),i=()=>Li().then(t,d=>s(d.message));A(()=>{i();let d=setInterval(i,Fi);return()=>clearInterval(d)},[]);let l=d=>{r(null),d&&i()},c=e?e.lines.filter(d=>!e.ports.some(p=>Fn(d,p))):[];return u`<div aria-labelledby="lines-h">
    <h3 id="lines-h">${o.outsideLines}</h3>
    <${N} message=${a} />
    ${e?c.length===0?u`<p>${o.noLines}</p>`:u`<ul class="lines">
            ${c.map(d=>u`<${Ri} key=${d.id} line=${d} editing=${n===d.id} onEdit=${()=>r(d.id)} onDone=${l} onError=${s} />`)}
          </ul>`:u`<p>${o.loading}</p>`}
    <${In} line=${null} onDone=${l} />
    ${e&&u`<${la} ports=${e.ports} lines=${e.lines} onChanged=${i} />`}
  </div>`}var ye=ne(null);async function ca(){let e=await x(`users/${B.value.owner}`);e.require_password_update&&(ye.value={forced:!0,username:e.username})}async function da(){let e=await x(`users/${B.value.owner}`);ye.value={forced:!1,username:e.username}}function Ui(){let[e,t]=h(!1),[n,r]=h([]);return e?u`<${bt}
      user=${{}}
      onDone=${a=>{t(!1),a&&r([...n,a])}}
    />`:u`<div>
    <h3>${o.firstUsers}</h3>
    <ul class="added">${n.map(a=>u`<li key=${a.username}>${a.first_name} ${a.last_name} · ${a.extension}</li>`)}</ul>
    <button type="button" onClick=${()=>t(!0)}>${o.addUser}</button>
    <${oa} onAdded=${a=>r(s=>[...s,a])} />
  </div>`}function ua(){let{forced:e,username:t}=ye.value,[n,r]=h(!e),a=[[o.stepPassword,()=>u`<${Pe} username=${t} onDone=${()=>r(!0)} />`],[o.stepLocale,()=>u`<${Et} />`],[o.stepOffice,()=>u`<${Nt} />`],[o.stepUsers,()=>u`<${Ui} />`],[o.stepMainNumber,()=>u`<${Pt} />`],[o.stepLine,()=>u`<${Tt} />`],[o.stepMail,()=>u`<${Mt} />`],[o.stepDone,()=>u`<p>${o.wizardDone}</p><${ar} />`]],[s,i]=h(0),l=s===a.length-1,[c,d]=a[s],p=s===0&&!n;return u`<section class="wizard" aria-labelledby="wizard-h">
    <h2 id="wizard-h">${o.wizard}</h2>
    <p class="hint">${o.stepOf(s+1,a.length)}: <strong>${c}</strong></p>
    ${p&&u`<p class="banner" role="alert">${o.pwForced}</p>`}
    <div key=${s}>${d()}</div>
    <div class="bar wizard-nav">
      <button type="button" class="plain" disabled=${s===0} onClick=${()=>i(s-1)}>${o.back}</button>
      ${l?u`<button type="button" onClick=${()=>ye.value=null}>${o.finish}</button>`:u`<button type="button" disabled=${p} onClick=${()=>i(s+1)}>${o.next}</button>`}
    </div>
  </section>`}async function Hi(e){let t=await fetch("/v2/system/update",{method:"PUT",headers:{"X-Auth-Token":B.value.token,"Content-Type":"application/octet-stream",Accept:"application/json"},body:e}),n=await t.json().catch(()=>null);if(!t.ok)throw new ee(t.status,n);return n.data}function ma(){let[e,t]=h(null),[n,r]=h(!1),[a,s]=h(""),[i,l]=h("");async function c(d){if(d.preventDefault(),s(""),l(""),!e)return s(o.pickBundle);r(!0);try{let p=await Hi(e);l(o.updateInstalled(p&&p.installed))}catch(p){let m=p.body&&p.body.data&&(p.body.data.message||p.body.data.detail);s(`${o.failed} ${p.message}${typeof m=="string"&&m!==p.message?`: ${m}`:""}`)}r(!1)}return u`<form onSubmit=${c} aria-labelledby="update-h" novalidate>
    <h3 id="update-h">${o.softwareUpdate}</h3>
    <p class="hint">${o.updateHint}</p>
    <${N} message=${a} />
    <div class="field">
      <label for="bundle">${o.bundle}</label>
      <input id="bundle" type="file" onChange=${d=>t(d.target.files[0]||null)} />
    </div>
    ${i&&u`<p class="ok" role="status">${i}</p>`}
    <button type="submit" disabled=${n}>${n?o.uploading:o.install}</button>
  </form>`}function fa(){let[e,t]=h(null),[n,r]=h(""),a=()=>x("sip_bans").then(t,i=>i.status===403?t(null):r(i.message));A(a,[]);let s=i=>U(`sip_bans/${encodeURIComponent(i)}`).then(a,l=>r(l.message));return e?u`<div aria-labelledby="bans-h">
    <h3 id="bans-h">${o.sipBans}</h3>
    <${N} message=${n} />
    ${e.length===0?u`<p>${o.noBans}</p>`:u`<ul class="numbers">
          ${e.map(i=>u`<li key=${i.ip} data-ban=${i.ip}>
              <span>${o.banned(i.ip,i.reason)} · ${o.minutesLeft(Math.ceil(i.expires_in/60))}</span>
              <button class="plain" onClick=${()=>s(i.ip)} aria-label=${o.liftBan(i.ip)}>${o.lift}</button>
            </li>`)}
        </ul>`}
  </div>`:u`<${N} message=${n} />`}var pa="system/sip_security",Dt=[["failures",0,100],["window_seconds",10,86400],["ban_seconds",10,7*86400],["login_failures",1,100],["login_ban_seconds",10,7*86400]];function $a(){let[e,t]=h(null),[n,r]=h({}),[a,s]=h(""),[i,l]=h("");if(A(()=>{G("GET",pa).then(m=>t(Object.fromEntries(Dt.map(([$])=>[$,String(m.data[$])]))),m=>m.status===403?t(!1):s(m.message))},[]),e===!1)return null;if(!e)return u`<${N} message=${a} />`;async function c(m){m.preventDefault(),l(""),s("");let $={};for(let[f,g,b]of Dt){let _=Number(e[f]);(!/^\d+$/.test(e[f].trim())||_<g||_>b)&&($[f]=o.wholeNumber(g,b))}if(r($),!Object.keys($).length)try{await G("POST",pa,Object.fromEntries(Dt.map(([f])=>[f,Number(e[f])]))),l(o.saved)}catch(f){r(f.fields||{}),Object.keys(f.fields||{}).length||s(f.message)}}let d=m=>$=>t({...e,[m]:$}),p={failures:o.banFailures,window_seconds:o.banWindow,ban_seconds:o.banSeconds,login_failures:o.loginFailures,login_ban_seconds:o.loginBanSeconds};return u`<form onSubmit=${c} aria-labelledby="thresholds-h" novalidate>
    <h3 id="thresholds-h">${o.banThresholds}</h3>
    <p class="hint">${o.banThresholdsHint}</p>
    <${N} message=${a} />
    <div class="grid">
      ${Dt.map(([m])=>u`<${E} key=${m} id=${`ban_${m}`} label=${p[m]} value=${e[m]} onInput=${d(m)} error=${n[m]} inputmode="numeric" />`)}
    </div>
    <div class="bar"><button type="submit">${o.save}</button></div>
    ${i&&u`<p class="ok" role="status">${i}</p>`}
  </form>`}function ha({id:e,label:t,value:n,onInput:r,error:a}){let s=`${e}-error`,i=l=>l.target.files[0]&&l.target.files[0].text().then(r);return u`<div class="field">
    <label for=${e}>${t}</label>
    <input id=${`${e}_file`} type="file" accept=".pem,.crt,.key,.cer,text/plain" aria-label=${o.pemFile(t)} onChange=${i} />
    <textarea id=${e} rows="4" spellcheck="false" aria-invalid=${a?"true":void 0} aria-describedby=${a?s:void 0}
      value=${n} onInput=${l=>r(l.target.value)}></textarea>
    ${a&&u`<p class="error" id=${s} role="alert">${a}</p>`}
  </div>`}var ji=e=>new Date(e*1e3).toISOString().slice(0,10);function ba(){let[e,t]=h(void 0),[n,r]=h({certificate:"",private_key:""}),[a,s]=h({}),[i,l]=h(""),[c,d]=h(""),p=()=>G("GET","system_status").then(f=>t(f.data.certificate),f=>f.status===403?t(!1):l(f.message));if(A(()=>{p()},[]),e===!1)return null;async function m(f){f.preventDefault(),d(""),l("");let g={};for(let b of["certificate","private_key"])n[b].includes("-----BEGIN")||(g[b]=o.pickPem);if(s(g),!Object.keys(g).length)try{await F("tls_certificate",n),r({certificate:"",private_key:""}),d(o.certInstalled),await p()}catch(b){s(b.fields||{}),Object.keys(b.fields||{}).length||l(b.message)}}let $=f=>g=>r(b=>({...b,[f]:g}));return u`<form onSubmit=${m} aria-labelledby="cert-h" novalidate>
    <h3 id="cert-h">${o.tlsCertificate}</h3>
    <${N} message=${i} />
    ${e&&u`<dl class="facts" data-cert>
      <dt>${o.certSubject}</dt><dd data-cert="subject">${e.subject||o.noName}</dd>
      <dt>${o.certIssuer}</dt><dd data-cert="issuer">${e.issuer||o.noName}</dd>
      <dt>${o.certExpiry}</dt><dd data-cert="expiry">${o.certExpires(ji(e.expires_unix),e.days_left)}</dd>
    </dl>`}
    <p class="hint">${o.pemHint}</p>
    <${ha} id="tls_certificate" label=${o.certFile} value=${n.certificate} onInput=${$("certificate")} error=${a.certificate} />
    <${ha} id="tls_private_key" label=${o.keyFile} value=${n.private_key} onInput=${$("private_key")} error=${a.private_key} />
    <div class="bar"><button type="submit">${o.uploadCertificate}</button></div>
    ${c&&u`<p class="ok" role="status">${c}</p>`}
  </form>`}var Gi="/v2/system/backup",Ye=ne("");async function _a(e,t){let n={"X-Auth-Token":B.value.token,Accept:"application/json, application/octet-stream"};t&&(n["Content-Type"]="application/octet-stream");let r=await fetch(Gi,{method:e,headers:n,body:t});if(!r.ok)throw new ee(r.status,await r.json().catch(()=>null));return r}function ga(e){let t=e.body&&e.body.data&&e.body.data.message;return`${o.failed} ${e.message}${typeof t=="string"&&t!==e.message?`: ${t}`:""}`}async function Wi(){let e=await _a("GET"),t=/filename="([^"]+)"/.exec(e.headers.get("Content-Disposition")||""),n=await e.blob(),r=URL.createObjectURL(n),a=document.createElement("a");return a.href=r,a.download=t?t[1]:"edgepbx-backup.bin",document.body.append(a),a.click(),a.remove(),setTimeout(()=>URL.revokeObjectURL(r),60*1e3),{name:a.download,bytes:n.size}}function va(){let[e,t]=h(null),[n,r]=h(""),[a,s]=h(""),[i,l]=h("");async function c(){s(""),l(""),Ye.value="",r(o.downloading);try{let p=await Wi();l(o.backupSaved(p.name,p.bytes))}catch(p){s(ga(p))}r("")}async function d(p){if(p.preventDefault(),s(""),l(""),Ye.value="",!e)return s(o.pickBackup);if(confirm(o.confirmRestore(e.name))){r(o.restoring);try{let m=(await(await _a("PUT",e)).json()).data;if(!m.signed_in)return alert(o.restoredSignIn),Ce();Ye.value=o.restored(m.bytes),ct.value+=1}catch(m){s(ga(m)),r("")}}}return u`<form onSubmit=${d} aria-labelledby="backup-h" novalidate>
    <h3 id="backup-h">${o.backup}</h3>
    <p class="hint">${o.backupHint}</p>
    <${N} message=${a} />
    <div class="bar"><button type="button" onClick=${c} disabled=${!!n}>${o.downloadBackup}</button></div>
    <div class="field">
      <label for="restore_file">${o.restoreFile}</label>
      <input id="restore_file" type="file" onChange=${p=>t(p.target.files[0]||null)} />
    </div>
    <button type="submit" disabled=${!!n}>${o.restoreBackup}</button>
    ${(n||i||Ye.value)&&u`<p class="ok" role="status">${n||i||Ye.value}</p>`}
  </form>`}function ya(){let[e,t]=h(null),[n,r]=h("");return A(()=>{x(`users/${B.value.owner}`).then(t,a=>r(a.message))},[]),u`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${o.settings}</h2>
    <${N} message=${n} />
    <div class="stack">
      ${e&&u`<${Pe} username=${e.username} />`}
      <${Et} />
      <${Nt} />
      <${Tt} />
      <${Mt} />
      <${fa} />
      <${$a} />
      <${ba} />
      <${va} />
      <${ma} />
      <div><button type="button" onClick=${()=>da().catch(a=>r(a.message))}>${o.runWizard}</button></div>
    </div>
  </section>`}var Ln=["skip_greeting","skip_instructions","delete_after_notify","announcement_only","check_if_owner","transcribe"],qi={check_if_owner:!0},Vi=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,wa=e=>e.split(/[\s,;]+/).filter(Boolean);function Ki(e){let t={};e.name.trim()||(t.name=o.required),/^\d{1,30}$/.test(e.mailbox)||(t.mailbox=o.mailboxDigits),e.pin&&!/^\d{4,6}$/.test(e.pin)&&(t.pin=o.pinDigits);let n=wa(e.notify).find(r=>!Vi.test(r));return n&&(t.notify_email_addresses=o.badEmail(n)),t}function xa({box:e,users:t,onDone:n}){let r=!e.id,[a,s]=h({name:e.name||"",mailbox:e.mailbox||"",owner_id:e.owner_id||"",pin:e.pin||"",notify:(e.notify_email_addresses||[]).join(", "),...Object.fromEntries(Ln.map(_=>[_,!!(e[_]??qi[_])]))}),[i,l]=h({}),[c,d]=h(""),[p,m]=h(!1),[$,f]=h(null),g=_=>k=>s({...a,[_]:k});async function b(_){_.preventDefault();let k=Ki(a);if($&&!Ae($)&&(k.greeting=o.greetingType),l(k),d(""),Object.keys(k).length)return;let y={name:a.name.trim(),mailbox:a.mailbox,notify_email_addresses:wa(a.notify),...Object.fromEntries(Ln.map(M=>[M,a[M]]))};y.owner_id=a.owner_id||(r?void 0:null),y.pin=a.pin||(r?void 0:null),m(!0);let T=null;try{$&&(T=await Ct(y.name,$).catch(M=>{throw Object.assign(M,{fields:{greeting:M.fields&&M.fields.media||M.message}})}),y.media={...e.media||{},unavailable:T}),r?await F("vmboxes",y):await X(`vmboxes/${e.id}`,y),T&&e.media&&e.media.unavailable&&await Te(e.media.unavailable),n()}catch(M){T&&await Te(T),l(M.fields||{}),d(`${o.failed} ${M.message}`),m(!1)}}return u`<section aria-labelledby="vmbox-form-h">
    <h2 id="vmbox-form-h">${r?o.addVmbox:o.editVmbox}</h2>
    <form onSubmit=${b} novalidate>
      <${N} message=${c} />
      <div class="grid">
        <${E} id="vm_name" label=${o.name} value=${a.name} onInput=${g("name")} error=${i.name} required />
        <${E} id="vm_mailbox" label=${o.mailbox} value=${a.mailbox} onInput=${g("mailbox")} error=${i.mailbox} required inputmode="numeric" />
        <div class="field">
          <label for="vm_owner">${o.owner}</label>
          <select id="vm_owner" value=${a.owner_id} onChange=${_=>g("owner_id")(_.target.value)}>
            <option value="">${o.noOwner}</option>
            ${t.map(_=>u`<option key=${_.id} value=${_.id}>${_.first_name} ${_.last_name}</option>`)}
          </select>
          ${i.owner_id&&u`<p class="error" role="alert">${i.owner_id}</p>`}
        </div>
        <${E} id="vm_pin" label=${o.pin} type="password" value=${a.pin} onInput=${g("pin")} error=${i.pin} inputmode="numeric" autocomplete="off" />
      </div>
      <div class="field">
        <label for="vm_greeting">${o.greeting}</label>
        <input id="vm_greeting" type="file" accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
          aria-invalid=${i.greeting?"true":void 0} onChange=${_=>f(_.target.files[0]||null)} />
        <p class="hint">${e.media&&e.media.unavailable?o.greetingSet:o.greetingNone}</p>
        ${i.greeting&&u`<p class="error" id="vm_greeting-error" role="alert">${i.greeting}</p>`}
      </div>
      <${E} id="vm_notify" label=${o.recipients} value=${a.notify} onInput=${g("notify")} error=${i.notify_email_addresses} />
      ${Ln.map(_=>u`<div class="check" key=${_}>
          <input type="checkbox" id=${"vm_"+_} checked=${a[_]} onChange=${k=>g(_)(k.target.checked)} />
          <label for=${"vm_"+_}>${o.vmFlags[_]}</label>
        </div>`)}
      <div class="bar">
        <button type="submit" disabled=${p}>${p?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${n}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var zi=62167219200,Yi=e=>new Date((e-zi)*1e3).toISOString().slice(0,16).replace("T"," ");function Xi({id:e,others:t,onMove:n}){let[r,a]=h("");return u`<span class="assign">
    <label class="sr" for=${"move-"+e}>${o.moveTo}</label>
    <select id=${"move-"+e} value=${r} onChange=${s=>a(s.target.value)}>
      <option value="">${o.moveTo}…</option>
      ${t.map(s=>u`<option key=${s.id} value=${s.id}>${s.name} (${s.mailbox})</option>`)}
    </select>
    <button class="plain" disabled=${!r} onClick=${()=>n(r)}>${o.move}</button>
  </span>`}function Ot({box:e,others:t=[],onDone:n}){let r=`vmboxes/${e.id}/messages`,[a,s]=h(null),[i,l]=h({}),c=Zt([]),[d,p]=h(""),m=()=>x(`${r}?paginate=false`).then(b=>s(b.filter(_=>_.folder!=="deleted")),b=>p(b.message));A(()=>(m(),()=>c.current.forEach(b=>URL.revokeObjectURL(b))),[]);let $=b=>b.then(m,_=>p(_.message));async function f(b){if(i[b.media_id])return i[b.media_id];let _=URL.createObjectURL(await Re(`${r}/${b.media_id}/raw`));return c.current.push(_),l(k=>({...k,[b.media_id]:_})),_}async function g(b){try{let _=document.createElement("a");_.href=await f(b),_.download=`${e.mailbox}-${b.media_id}.wav`,_.click()}catch(_){p(_.message)}}return u`<section aria-labelledby="vm-msg-h">
    <div class="bar">
      <h2 id="vm-msg-h">${o.messagesOf(e.name)}</h2>
      <button class="plain" onClick=${n}>${o.vmboxes}</button>
    </div>
    <${N} message=${d} />
    ${a?a.length===0?u`<p>${o.none}</p>`:u`<table class="list" aria-label=${o.messages}>
            <thead><tr><th>${o.when}</th><th>${o.from}</th><th>${o.duration}</th><th>${o.folder}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${a.map(b=>u`<tr key=${b.media_id} data-message=${b.media_id} class="message">
                  <td data-label=${o.when}>${b.timestamp?Yi(b.timestamp):""}</td>
                  <td data-label=${o.from}>${b.caller_id_name||""} ${b.caller_id_number||""}
                    ${b.transcription&&b.transcription.text&&u`<p class="transcript" aria-label=${o.transcript}>${b.transcription.text}</p>`}</td>
                  <td data-label=${o.duration}>${b.length?`${Math.round(b.length/1e3)} s`:""}</td>
                  <td data-label=${o.folder} class="folder">${o.folders[b.folder]||b.folder}</td>
                  <td class="actions">
                    ${i[b.media_id]?u`<audio controls autoplay src=${i[b.media_id]}></audio>`:u`<button onClick=${()=>f(b).catch(_=>p(_.message))}>${o.play}</button>`}
                    <button class="plain" onClick=${()=>g(b)}>${o.download}</button>
                    ${b.folder==="new"&&u`<button class="plain" onClick=${()=>$(H(`${r}/${b.media_id}`,{folder:"saved"}))}>${o.markHeard}</button>`}
                    ${t.length>0&&u`<${Xi} id=${b.media_id} others=${t} onMove=${_=>$(H(r,{messages:[b.media_id],source_id:_}))} />`}
                    <button class="danger" onClick=${()=>confirm(o.confirmDeleteMessage)&&$(U(`${r}/${b.media_id}`))}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:u`<p>${o.loading}</p>`}
  </section>`}function ka(){let[e,t]=h(null),[n,r]=h(null),[a,s]=h(null),[i,l]=h(""),c=()=>Promise.all([x("vmboxes?paginate=false"),x("users?paginate=false")]).then(([f,g])=>t({boxes:f,users:g}),f=>l(f.message));A(c,[]);let d=()=>{r(null),s(null),c()};async function p(f){confirm(o.confirmDeleteVmbox(f.name))&&(await U(`vmboxes/${f.id}`).catch(g=>l(g.message)),c())}async function m(f){try{r(await x(`vmboxes/${f.id}`))}catch(g){l(g.message)}}if(n)return u`<${xa} box=${n} users=${e.users} onDone=${d} />`;if(a)return u`<${Ot} box=${a} others=${e.boxes.filter(f=>f.id!==a.id)} onDone=${d} />`;let $=f=>{let g=e.users.find(b=>b.id===f);return g?`${g.first_name} ${g.last_name}`:""};return u`<section aria-labelledby="vmboxes-h">
    <div class="bar">
      <h2 id="vmboxes-h">${o.vmboxes}</h2>
      <button onClick=${()=>r({})}>${o.addVmbox}</button>
    </div>
    <${N} message=${i} />
    ${e?e.boxes.length===0?u`<p>${o.none}</p>`:u`<table class="list" aria-label=${o.vmboxes}>
            <thead><tr><th>${o.name}</th><th>${o.mailbox}</th><th>${o.owner}</th><th>${o.newMessages}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.boxes.map(f=>u`<tr key=${f.id} data-vmbox=${f.mailbox}>
                  <td data-label=${o.name}>${f.name}</td>
                  <td data-label=${o.mailbox}>${f.mailbox}</td>
                  <td data-label=${o.owner}>${$(f.owner_id)}</td>
                  <td data-label=${o.newMessages} class="count">${f.messages||0}</td>
                  <td class="actions">
                    <button onClick=${()=>s(f)} aria-label=${o.messagesOf(f.name)}>${o.messages}</button>
                    <button class="plain" onClick=${()=>m(f)} aria-label=${`${o.edit} ${f.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>p(f)} aria-label=${`${o.del} ${f.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:u`<p>${o.loading}</p>`}
  </section>`}function It(e,t){if(!(t instanceof ee))throw t;let n={};for(let[r,a]of Object.entries(t.fields))n[e==="userGroup"&&r.startsWith("numbers")?"extension":Do(r)||r.split(".")[0]]=a;throw t.fields=n,t}async function Ca(){let[e,t]=await Promise.all([x("groups?paginate=false"),x("callflows?has_key=group_id&paginate=false")]);return e.map(n=>{let r=t.filter(a=>a.group_id===n.id);return{...n,userCf:r.find(a=>a.type==="userGroup"),baseCf:r.find(a=>a.type==="baseGroup")}})}async function Sa(e){let t=[];try{let n=await F("groups",mn({},e));t.push(()=>U(`groups/${n.id}`));let r=await F("callflows",fn({},n,e));t.push(()=>U(`callflows/${r.id}`)),await F("callflows",pn({},n,r,e)).catch(a=>It("userGroup",a))}catch(n){for(let r of t.reverse())await r().catch(()=>{});It("groups",n)}}async function Pa(e,t){try{let n=await H(`groups/${e.id}`,mn(await x(`groups/${e.id}`),t)),r=await H(`callflows/${e.baseCf.id}`,fn(await x(`callflows/${e.baseCf.id}`),n,t)),a=e.userCf?await x(`callflows/${e.userCf.id}`):{},s=pn(a,n,r,t);await(e.userCf?H(`callflows/${e.userCf.id}`,s):F("callflows",s)).catch(i=>It("userGroup",i))}catch(n){It("groups",n)}}async function Ea(e){for(let t of[e.userCf,e.baseCf])t&&await U(`callflows/${t.id}`);await U(`groups/${e.id}`)}var De=e=>/^\d+$/.test(String(e))?Number(e):NaN;function Zi(e){let t={};return e.name.trim()||(t.name=o.required),/^\d{2,8}$/.test(e.extension)||(t.extension=o.extDigits),De(e.repeats)>=1&&De(e.repeats)<=10||(t.repeats=o.repeatsRange),e.members.length||(t.members=o.pickMember),e.members.length>He&&(t.members=o.tooManyMembers(He)),e.members.some(n=>!(n.delay>=0&&n.timeout>=1&&n.delay<=300&&n.timeout<=300))&&(t.members=o.badTimeline),{...t,...Oo(e)}}function Na({group:e,users:t,vmboxes:n,media:r,onDone:a}){let[s,i]=h(e.form),[l,c]=h("20"),[d,p]=h({}),[m,$]=h(""),[f,g]=h(!1),b=O=>v=>i({...s,[O]:v}),_=O=>s.members.find(v=>v.id===O),k=O=>i({...s,members:_(O.id)?s.members.filter(v=>v.id!==O.id):[...s.members,{id:O.id,delay:0,timeout:20}]}),y=(O,v,S)=>i({...s,members:s.members.map(w=>w.id===O?{...w,[v]:De(S)}:w)});async function T(O){O.preventDefault();let v=Zi(s);if(p(v),$(""),!Object.keys(v).length){g(!0);try{let S=L?s.members.map(P=>({...P,delay:0})):s.members,w={...s,members:S,name:s.name.trim(),repeats:De(s.repeats)};await(e.id?Pa(e,w):Sa(w)),a()}catch(S){p(S.fields||{}),$(`${o.failed} ${S.message}`),g(!1)}}}let M=s.members.length>=He,L=s.strategy!=="simultaneous";return u`<section aria-labelledby="group-form-h">
    <h2 id="group-form-h">${e.id?o.editGroup:o.addGroup}</h2>
    <form onSubmit=${T} novalidate>
      <${N} message=${m} />
      <div class="grid">
        <${E} id="group_name" label=${o.name} value=${s.name} onInput=${b("name")} error=${d.name} required />
        <${E} id="group_extension" label=${o.extension} value=${s.extension} onInput=${b("extension")} error=${d.extension} required inputmode="numeric" />
        <${E} id="group_repeats" label=${o.repeats} value=${String(s.repeats)} onInput=${b("repeats")} error=${d.repeats} inputmode="numeric" />
        <${ie} id="group_strategy" label=${o.strategy} value=${s.strategy} onChange=${b("strategy")} options=${Object.entries(o.strategies)} />
        <${ie} id="group_next" wide label=${o.nextAction} value=${s.next_vmbox} onChange=${b("next_vmbox")}
          options=${[["",o.notAvailable],...n.map(O=>[O.id,o.toVoicemail(O.name,O.mailbox)])]} />
      </div>
      <fieldset>
        <legend>${o.members(s.members.length,He)}</legend>
        ${d.members&&u`<p class="error" id="members-error" role="alert">${d.members}</p>`}
        <table class="list timeline" aria-label=${o.timeline}>
          <thead><tr><th>${o.member}</th>${!L&&u`<th>${o.startAfter}</th>`}<th>${o.ringFor}</th></tr></thead>
          <tbody>
            ${t.map(O=>{let v=_(O.id),S=`${O.first_name} ${O.last_name}`;return u`<tr key=${O.id} data-member=${O.username}>
                <td><span class="check"><input type="checkbox" id=${"m-"+O.id} checked=${!!v} disabled=${!v&&M} onChange=${()=>k(O)} /><label for=${"m-"+O.id}>${S}</label></span></td>
                ${!L&&u`<td data-label=${o.startAfter}>${v&&u`<input class="delay" aria-label=${`${o.startAfter} ${S}`} inputmode="numeric" value=${Number.isNaN(v.delay)?"":v.delay} onInput=${w=>y(O.id,"delay",w.target.value)} />`}</td>`}
                <td data-label=${o.ringFor}>${v&&u`<input class="timeout" aria-label=${`${o.ringFor} ${S}`} inputmode="numeric" value=${Number.isNaN(v.timeout)?"":v.timeout} onInput=${w=>y(O.id,"timeout",w.target.value)} />`}</td>
              </tr>`})}
          </tbody>
        </table>
        <div class="bar">
          <${E} id="group_total" label=${o.totalRing} value=${l} onInput=${c} inputmode="numeric" />
          <button type="button" class="plain" disabled=${!s.members.length||!(De(l)>=1)} onClick=${()=>i({...s,members:Lo(s.members,De(l))})}>${o.distribute}</button>
        </div>
      </fieldset>
      <${Io} f=${s} set=${b} media=${r} errors=${d} />
      <div class="bar">
        <button type="submit" disabled=${f}>${f?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${a}>${o.cancel}</button>
      </div>
    </form>
  </section>`}async function Qi(e){let t=e.baseCf?await x(`callflows/${e.baseCf.id}`):null,n=t&&t.flow&&t.flow.data||{},r=(n.endpoints||[]).map(i=>({id:i.id,delay:Number(i.delay)||0,timeout:Number(i.timeout)||20})),a=e.userCf?(await x(`callflows/${e.userCf.id}`)).flow:null,s=a&&sn(a)?(sn(a).children||{})._:null;return{name:e.name||"",extension:e.userCf&&e.userCf.numbers&&e.userCf.numbers[0]||"",repeats:Number(n.repeats)||1,strategy:n.strategy||"simultaneous",next_vmbox:s&&s.module==="voicemail"?s.data.id:"",members:r,...Mo(a,n)}}function Ma(){let[e,t]=h(null),[n,r]=h(null),[a,s]=h(""),i=()=>Promise.all([Ca(),x("users?paginate=false"),x("vmboxes?paginate=false"),x("media?paginate=false")]).then(([d,p,m,$])=>t({groups:d,users:p,vmboxes:m,media:$}),d=>s(d.message));A(i,[]);async function l(d){try{r({...d,form:await Qi(d)})}catch(p){s(p.message)}}async function c(d){confirm(o.confirmDeleteGroup(d.name))&&(await Ea(d).catch(p=>s(p.message)),i())}return n?u`<${Na}
      group=${n}
      users=${e.users}
      vmboxes=${e.vmboxes}
      media=${e.media}
      onDone=${()=>{r(null),i()}}
    />`:u`<section aria-labelledby="groups-h">
    <div class="bar">
      <h2 id="groups-h">${o.groups}</h2>
      <button disabled=${!e} onClick=${()=>r({form:{name:"",extension:"",repeats:1,strategy:"simultaneous",next_vmbox:"",members:[],...an}})}>${o.addGroup}</button>
    </div>
    <${N} message=${a} />
    ${e?e.groups.length===0?u`<p>${o.none}</p>`:u`<table class="list" aria-label=${o.groups}>
            <thead><tr><th>${o.name}</th><th>${o.extension}</th><th>${o.memberCount}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.groups.map(d=>u`<tr key=${d.id} data-group=${d.name}>
                  <td data-label=${o.name}>${d.name}</td>
                  <td data-label=${o.extension} class="ext">${d.userCf&&d.userCf.numbers?d.userCf.numbers[0]:""}</td>
                  <td data-label=${o.memberCount}>${typeof d.endpoints=="number"?d.endpoints:Object.keys(d.endpoints||{}).length}</td>
                  <td class="actions">
                    <button onClick=${()=>l(d)} aria-label=${`${o.edit} ${d.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>c(d)} aria-label=${`${o.del} ${d.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:u`<p>${o.loading}</p>`}
  </section>`}function Aa(e,t){let n=[];for(let r of e){let a=r.type==="mainUserCallflow"&&t.find(s=>s.id===r.owner_id);a?n.push({id:r.id,label:o.assignUser(`${a.first_name} ${a.last_name}`)}):r.type==="userGroup"?n.push({id:r.id,label:o.assignGroup(r.name)}):r.type==="main"&&r.name==="MainCallflow"?n.push({id:r.id,label:o.mainNumber}):(r.modules||[]).includes("conference")&&!r.featurecode&&n.push({id:r.id,label:o.assignConference(r.name||r.id)})}return n.sort((r,a)=>r.label.localeCompare(a.label))}async function Ta(e,t){let n=await x(`callflows/${e}`);await X(`callflows/${e}`,{numbers:[...n.numbers||[],t]})}async function Da(e,t){let n=await x(`callflows/${e}`);await X(`callflows/${e}`,{numbers:(n.numbers||[]).filter(r=>r!==t)})}async function Ji(){let[e,t,n]=await Promise.all([x("phone_numbers"),x("callflows?paginate=false"),x("users?paginate=false")]),r=Aa(t,n);return{rows:Object.entries(e.numbers||{}).map(([s,i])=>{let l=i.used_by_id&&t.find(d=>d.id===i.used_by_id),c=l&&r.find(d=>d.id===l.id);return{number:s,usedBy:c?c.label:l?l.name||l.id:i.used_by_id||"",assignedTo:c&&l.id}}).sort((s,i)=>s.number.localeCompare(i.number)),targets:r}}function el({number:e,choices:t,onAssign:n}){let[r,a]=h(""),s=`assign-${e}`;return u`<span class="assign">
    <label class="sr" for=${s}>${o.assignTo(e)}</label>
    <select id=${s} value=${r} onChange=${i=>a(i.target.value)}>
      <option value="">${o.assignPick}</option>
      ${t.map(i=>u`<option key=${i.id} value=${i.id}>${i.label}</option>`)}
    </select>
    <button disabled=${!r} onClick=${()=>n(r)}>${o.assign}</button>
  </span>`}function Oa(){let[e,t]=h(null),[n,r]=h(""),[a,s]=h(""),[i,l]=h(""),c=()=>Ji().then(t,f=>l(f.message)),d=e&&e.rows,p=f=>f.then(()=>l(""),g=>l(g.message)).then(c);A(c,[]);async function m(f){f.preventDefault();let g=n.replace(/[\s()-]/g,"");if(!/^\+?\d{3,15}$/.test(g))return s(o.badPhoneNumber);s("");try{await F(`phone_numbers/${encodeURIComponent(g)}`,{}),r(""),c()}catch(b){s(b.fields.number||b.message)}}async function $(f){confirm(o.confirmDeleteNumber(f))&&(await U(`phone_numbers/${encodeURIComponent(f)}`).catch(g=>l(g.message)),c())}return u`<section aria-labelledby="numbers-h">
    <h2 id="numbers-h">${o.numbers}</h2>
    <${N} message=${i} />
    ${d?d.length===0?u`<p>${o.none}</p>`:u`<table class="list" aria-label=${o.numbers}>
            <thead><tr><th>${o.number}</th><th>${o.usedBy}</th><th><span class="sr">${o.del}</span></th></tr></thead>
            <tbody>
              ${d.map(f=>u`<tr key=${f.number} data-number=${f.number}>
                  <td data-label=${o.number} class="main-number">${f.number}</td>
                  <td data-label=${o.usedBy} class="used-by">${f.usedBy||o.spare}</td>
                  <td class="actions">
                    ${!f.usedBy&&u`<${el} number=${f.number} choices=${e.targets} onAssign=${g=>p(Ta(g,f.number))} />`}
                    ${f.assignedTo&&u`<button class="plain" onClick=${()=>p(Da(f.assignedTo,f.number))} aria-label=${`${o.unassign} ${f.number}`}>${o.unassign}</button>`}
                    ${!f.usedBy&&u`<button class="danger" onClick=${()=>$(f.number)} aria-label=${`${o.remove} ${f.number}`}>${o.remove}</button>`}
                  </td>
                </tr>`)}
            </tbody>
          </table>`:u`<p>${o.loading}</p>`}
    <form onSubmit=${m} novalidate>
      <${E} id="new_number" label=${o.number} value=${n} onInput=${r} error=${a} inputmode="tel" />
      <button type="submit">${o.addPhoneNumber}</button>
    </form>
  </section>`}var tl=/^(\d{4,8}([\s,;]+\d{4,8})*)?$/;function nl(e){let t={};e.name.trim()||(t.name=o.required),/^\+?\d{2,15}$/.test(e.number)||(t.number=o.extDigits);for(let n of["member_pins","moderator_pins"])tl.test(e[n].trim())||(t[n]=o.pinList);return t}function Ia({conf:e,onDone:t}){let n=!e.id,[r,a]=h({name:e.name||"",number:(e.conference_numbers||[])[0]||"",member_pins:(e.member&&e.member.pins||[]).join(", "),moderator_pins:(e.moderator&&e.moderator.pins||[]).join(", "),join_muted:!!(e.member&&e.member.join_muted)}),[s,i]=h({}),[l,c]=h(""),[d,p]=h(!1),m=f=>g=>a({...r,[f]:g});async function $(f){f.preventDefault();let g=nl(r);if(i(g),c(""),!Object.keys(g).length){p(!0);try{n?await yt(r):await Ko(e.id,r),t()}catch(b){i(b.fields||{}),c(`${o.failed} ${b.message}`),p(!1)}}}return u`<section aria-labelledby="conf-form-h">
    <h2 id="conf-form-h">${n?o.addConference:o.editConference}</h2>
    <form onSubmit=${$} novalidate>
      <${N} message=${l} />
      <div class="grid">
        <${E} id="conf_name" label=${o.name} value=${r.name} onInput=${m("name")} error=${s.name} required />
        <${E} id="conf_number" label=${o.confNumber} value=${r.number} onInput=${m("number")} error=${s.number} required inputmode="tel" />
        <${E} id="conf_member_pins" label=${o.memberPins} value=${r.member_pins} onInput=${m("member_pins")} error=${s.member_pins||s.member} inputmode="numeric" autocomplete="off" />
        <${E} id="conf_moderator_pins" label=${o.moderatorPins} value=${r.moderator_pins} onInput=${m("moderator_pins")} error=${s.moderator_pins||s.moderator} inputmode="numeric" autocomplete="off" />
      </div>
      <${q} id="conf_join_muted" label=${o.joinMuted} checked=${r.join_muted} onChange=${m("join_muted")} />
      <div class="bar">
        <button type="submit" disabled=${d}>${d?o.saving:o.save}</button>
        <button type="button" class="plain" onClick=${t}>${o.cancel}</button>
      </div>
    </form>
  </section>`}var Fa=e=>(e&&e.pins||[]).length;function La(){let[e,t]=h(null),[n,r]=h(null),[a,s]=h(""),i=()=>x("conferences?paginate=false").then(t,d=>s(d.message));A(i,[]);async function l(d){try{r(await x(`conferences/${d.id}`))}catch(p){s(p.message)}}async function c(d){confirm(o.confirmDeleteConference(d.name))&&(await We(d.id).catch(p=>s(p.message)),i())}return n?u`<${Ia}
      conf=${n}
      onDone=${()=>{r(null),i()}}
    />`:u`<section aria-labelledby="conf-h">
    <div class="bar">
      <h2 id="conf-h">${o.conferences}</h2>
      <button onClick=${()=>r({})}>${o.addConference}</button>
    </div>
    <${N} message=${a} />
    ${e?e.length===0?u`<p>${o.none}</p>`:u`<table class="list" aria-label=${o.conferences}>
            <thead><tr><th>${o.name}</th><th>${o.confNumber}</th><th>${o.pins}</th><th><span class="sr">${o.edit}</span></th></tr></thead>
            <tbody>
              ${e.map(d=>u`<tr key=${d.id} data-conference=${d.name}>
                  <td data-label=${o.name}>${d.name}</td>
                  <td data-label=${o.confNumber} class="ext">${(d.conference_numbers||[]).join(", ")}</td>
                  <td data-label=${o.pins} class="pins">${o.pinSummary(Fa(d.member),Fa(d.moderator))}</td>
                  <td class="actions">
                    <button class="plain" onClick=${()=>l(d)} aria-label=${`${o.edit} ${d.name}`}>${o.edit}</button>
                    <button class="danger" onClick=${()=>c(d)} aria-label=${`${o.del} ${d.name}`}>${o.del}</button>
                  </td>
                </tr>`)}
            </tbody>
          </table>`:u`<p>${o.loading}</p>`}
  </section>`}var ol=(e,t)=>({...e,numbers:e.numbers.map(n=>n.replace("{code}",t)),patterns:e.patterns.map(n=>n.replace("{code}",t.replace(/\*/g,"\\*"))),featurecode:{...e.featurecode,number:t}}),rl=e=>/^[0-9*]{1,6}$/.test(e),al=(e,t)=>(e.star?`*${t}`:t)+(e.takes_digits?"\u2026":"");function sl({row:e,taken:t,onSaved:n}){let[r,a]=h(e.number),[s,i]=h(e.enabled),[l,c]=h(""),[d,p]=h(!1),m=r!==e.number||s!==e.enabled,$=`fc-${e.name.replace(/[^a-z0-9]/gi,"_")}`,f=o.fcNames[e.name]||e.name;async function g(){if(s&&!rl(r))return c(o.fcDigits);if(s&&t(e,r))return c(o.fcTaken(al(e,r)));c(""),p(!0);try{let b=ol(e.template,r);s?e.enabled?await X(`callflows/${e.callflow_id}`,{numbers:b.numbers,patterns:b.patterns,featurecode:b.featurecode}):await F("callflows",b):await U(`callflows/${e.callflow_id}`),n()}catch(b){c(b.fields.numbers||b.fields.patterns||b.message),p(!1)}}return u`<tr data-code=${e.name} class=${e.handled?"":"muted"}>
    <td data-label=${o.fcWhat}>${f}${!e.handled&&u`<br /><small>${o.fcNotRun}</small>`}</td>
    <td data-label=${o.fcCode}>
      <span class="code-input">${e.star?"*":""}<input id=${$} aria-label=${`${o.fcCode}: ${f}`} value=${r} inputmode="tel" size="6"
        aria-invalid=${l?"true":void 0} onInput=${b=>a(b.target.value.trim())} disabled=${!s} />${e.takes_digits?"\u2026":""}</span>
      ${l&&u`<p class="error" role="alert">${l}</p>`}
    </td>
    <td data-label=${o.fcOn}><input type="checkbox" aria-label=${`${o.fcOn}: ${f}`} checked=${s} disabled=${!e.handled&&!e.enabled}
      onChange=${b=>i(b.target.checked)} /></td>
    <td class="actions">${m&&u`<button type="button" disabled=${d} onClick=${g} aria-label=${`${o.save}: ${f}`}>${o.save}</button>`}</td>
  </tr>`}function Ba(){let[e,t]=h(null),[n,r]=h(""),a=()=>x("feature_codes").then(t,i=>r(i.message));A(a,[]);let s=(i,l)=>e.some(c=>c!==i&&c.enabled&&c.star===i.star&&c.number===l);return u`<section aria-labelledby="fc-h">
    <h2 id="fc-h">${o.featureCodes}</h2>
    <p class="hint">${o.fcHint}</p>
    <${N} message=${n} />
    ${e?u`<table class="list" aria-label=${o.featureCodes}>
          <thead><tr><th>${o.fcWhat}</th><th>${o.fcCode}</th><th>${o.fcOn}</th><th><span class="sr">${o.save}</span></th></tr></thead>
          <tbody>${e.map(i=>u`<${sl} key=${`${i.name}/${i.callflow_id}/${i.number}`} row=${i} taken=${s} onSaved=${a} />`)}</tbody>
        </table>`:u`<p>${o.loading}</p>`}
  </section>`}var il=5e3;function ll({userId:e}){let[t,n]=h(null),[r,a]=h("");return A(()=>{let s=c=>c.filter(d=>d.device_type!=="cellphone"&&d.device_type!=="landline"),i=()=>x(`users/${e}/devices`).then(c=>n(s(c)),c=>a(c.message));i();let l=setInterval(i,il);return()=>clearInterval(l)},[]),u`<div class="card" aria-labelledby="my-devices-h">
    <h3 id="my-devices-h">${o.myDevices}</h3>
    <${N} message=${r} />
    ${t?t.length===0?o.none:u`<ul class="my-devices">
            ${t.map(s=>u`<li key=${s.id} data-device=${s.name}>
                <span class=${s.registered?"dot on":"dot"}>${s.name} · ${s.registered?o.registered:o.notRegistered}</span>
              </li>`)}
          </ul>`:o.loading}
  </div>`}function Ra(){let[e,t]=h(null),[n,r]=h("");return A(()=>{x(`users/${B.value.owner}`).then(t,a=>r(a.message))},[]),u`<section aria-labelledby="me-h">
    <h2 id="me-h">${e?`${e.first_name} ${e.last_name}`:o.myPhone}</h2>
    <${N} message=${n} />
    ${e&&u`<div class="stack">
      <${ll} userId=${e.id} />
      <${gt} user=${e} onSaved=${t} />
      <${vt} userId=${e.id} />
      <${Pe} username=${e.username} />
    </div>`}
  </section>`}async function cl(e,t){let n=await fetch("/v2/"+se(`vmboxes/${e}/greeting`),{method:"POST",headers:{"X-Auth-Token":B.value.token,"Content-Type":Nn(t),Accept:"application/json"},body:t});if(!n.ok)throw new ee(n.status,await n.json().catch(()=>null))}function Ua({box:e}){let[t,n]=h(""),[r,a]=h(""),[s,i]=h(null),[l,c]=h({}),[d,p]=h(""),[m,$]=h(!1),f=()=>x(`vmboxes/${e.id}`).then(k=>$(!!(k.media&&k.media.unavailable)),()=>{});A(f,[]);let g=k=>`${k}_${e.mailbox}`;async function b(k){k.preventDefault(),p("");let y={};if(/^\d{4,6}$/.test(t)?t!==r&&(y.again=o.pinMismatch):y.pin=o.pinDigits,c(y),!Object.keys(y).length)try{await X(`vmboxes/${e.id}`,{pin:t}),n(""),a(""),p("pin")}catch(T){c({pin:T.fields.pin||T.message})}}async function _(k){if(k.preventDefault(),p(""),!s||!Ae(s))return c({greeting:o.greetingType});c({});try{await cl(e.id,s),p("greeting"),f()}catch(y){c({greeting:y.fields.media||y.message})}}return u`<div class="card" data-settings=${e.mailbox}>
    <h3>${o.boxSettings(e.name,e.mailbox)}</h3>
    <form onSubmit=${b} novalidate>
      <${E} id=${g("pin")} label=${o.newPin} type="password" value=${t} onInput=${n} error=${l.pin} inputmode="numeric" autocomplete="new-password" />
      <${E} id=${g("pin_again")} label=${o.newPinAgain} type="password" value=${r} onInput=${a} error=${l.again} inputmode="numeric" autocomplete="new-password" />
      <div class="bar"><button type="submit">${o.changePin}</button>${d==="pin"&&u`<span class="ok" role="status">${o.pinChanged}</span>`}</div>
    </form>
    <form onSubmit=${_} novalidate>
      <div class="field">
        <label for=${g("greeting")}>${o.greeting}</label>
        <input id=${g("greeting")} type="file" accept="audio/wav,audio/mpeg,.wav,.mp3" aria-invalid=${l.greeting?"true":void 0}
          onChange=${k=>i(k.target.files[0]||null)} />
        ${l.greeting&&u`<p class="error" id=${g("greeting")+"-error"} role="alert">${l.greeting}</p>`}
        <p class="hint">${m?o.greetingSet:o.greetingNone}</p>
      </div>
      <div class="bar"><button type="submit">${o.uploadGreeting}</button>${d==="greeting"&&u`<span class="ok" role="status">${o.greetingSaved}</span>`}</div>
    </form>
  </div>`}function Ha(){let[e,t]=h(null),[n,r]=h(null),[a,s]=h(""),i=()=>x("vmboxes?paginate=false").then(t,l=>s(l.message));return A(i,[]),n?u`<${Ot}
      box=${n}
      onDone=${()=>{r(null),i()}}
    />`:u`<section aria-labelledby="my-vm-h">
    <h2 id="my-vm-h">${o.vmboxes}</h2>
    <${N} message=${a} />
    ${e?e.length===0?u`<p>${o.noBox}</p>`:u`<ul class="numbers">
            ${e.map(l=>u`<li key=${l.id} data-vmbox=${l.mailbox}>
                <span>${l.name} (${l.mailbox}) · ${o.messageCount(l.messages||0)}</span>
                <button onClick=${()=>r(l)} aria-label=${o.messagesOf(l.name)}>${o.messages}</button>
              </li>`)}
          </ul>`:u`<p>${o.loading}</p>`}
    ${e&&u`<div class="stack">${e.map(l=>u`<${Ua} key=${l.id} box=${l} />`)}</div>`}
  </section>`}var dl={dashboard:[o.dashboard,Eo],users:[o.users,rr],devices:[o.devices,gr],groups:[o.groups,Ma],calls:[o.callLogs,Mr],main:[o.mainNumber,Pt],voicemail:[o.vmboxes,ka],conferences:[o.conferences,La],codes:[o.featureCodes,Ba],numbers:[o.numbers,Oa],settings:[o.settings,ya]},ul={me:[o.myPhone,Ra],myvoicemail:[o.vmboxes,Ha],mycalls:[o.myCalls,Ar]},Ft=()=>B.value&&B.value.admin===!1?ul:dl,Ga=ne(location.hash.slice(1));addEventListener("hashchange",()=>Ga.value=location.hash.slice(1));var ml=()=>{let e=Ga.value.split("?")[0];return e in Ft()?e:Object.keys(Ft())[0]},ja=null;ve(()=>{let e=B.value;e||(ye.value=null),e&&e.admin!==!1&&ja!==e.token&&(ja=e.token,ca().catch(()=>{}))});function fl(){if(!B.value)return u`<${So} />`;let e=ml(),[,t]=Ft()[e];return u`<header>
      <strong>${o.app}</strong>
      <nav aria-label=${o.menu}>
        ${Object.entries(Ft()).map(([n,[r]])=>u`<a href=${"#"+n} aria-current=${e===n?"page":void 0}>${r}</a>`)}
      </nav>
      <button class="plain" onClick=${Ce}>${o.logout}</button>
    </header>
    <main>${ye.value?u`<${ua} />`:u`<${t} key=${`${e}:${ct.value}`} />`}</main>`}Kt(u`<${fl} />`,document.getElementById("app"));
