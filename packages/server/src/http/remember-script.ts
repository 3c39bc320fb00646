import { createHash } from 'node:crypto';

/**
 * The only script of the public pages, inline, and only an improvement: the pages work without it.
 * On the phone itself (localStorage, never the server) it remembers the name — and the phone number,
 * if one was given — of an adult who signs in, fills them in on the next visit (a weekly class), and
 * shows the "不是我？清除" button that forgets them. A child's name is not remembered: the phone
 * is often a parent's, and a child's details are kept no more than needed. It also makes the
 * guardian's tick required once "child" is ticked, so the browser asks for it before sending.
 * Written out by hand in ES5 for WeChat's engine; anything failing (private mode) leaves the page as
 * it is.
 */
export const rememberScript =
  "(function(){try{var d=document,s=localStorage,k='seedbed.me',f=d.querySelector('form[data-remember]');if(!f)return;" +
  "var n=d.getElementById('name'),p=d.getElementById('phone'),c=d.getElementById('child')," +
  "g=d.getElementById('guardian'),x=d.getElementById('forget'),m=JSON.parse(s.getItem(k)||'null');" +
  "if(m&&m.name&&!n.value){n.value=m.name;if(p&&!p.value)p.value=m.phone||'';x.hidden=false}" +
  "x.onclick=function(){s.removeItem(k);n.value='';if(p)p.value='';x.hidden=true;n.focus()};" +
  'if(c&&g)c.onchange=function(){g.required=c.checked};' +
  "f.onsubmit=function(){if(!(c&&c.checked))s.setItem(k,JSON.stringify({name:n.value.trim(),phone:p?p.value.trim():''}))}" +
  '}catch(e){}})()';

/** The script's hash for the Content-Security-Policy (app.ts), so it runs while no other inline script may. */
export const rememberScriptSource = `'sha256-${createHash('sha256').update(rememberScript).digest('base64')}'`;
