/** The panel's one style sheet, inline: phone first, one column, touch targets of at least 44 px. */
export const PANEL_CSS = `
*{box-sizing:border-box}
html{font-size:112.5%;-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.45;color:#1b1b1b;background:#f5f4ef}
header{background:#1f4e5f;color:#fff}
.bar,main{max-width:36rem;margin:0 auto;padding:.5rem 1rem}
.bar{display:flex;flex-wrap:wrap;gap:.25rem;align-items:center}
.brand{font-weight:800;margin-right:auto;padding:.5rem 0}
header a{display:inline-flex;align-items:center;min-height:48px;padding:0 .75rem;color:#fff;text-decoration:none;border-radius:.5rem;font-weight:600}
header a[aria-current=page]{background:rgba(255,255,255,.22)}
nav{display:flex;flex-wrap:wrap;gap:.25rem;width:100%}
h1{font-size:1.6rem;margin:.75rem 0}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
.card>h2:first-child{margin-top:0}
label{display:block;font-weight:600;margin:.75rem 0 0}
input,select,textarea,button{display:block;width:100%;min-height:48px;margin-top:.25rem;padding:.5rem .75rem;font:inherit;border:2px solid #6b6b6b;border-radius:.5rem;background:#fff;color:inherit}
textarea{min-height:6rem;resize:vertical}
fieldset{border:0;margin:.75rem 0 0;padding:0}legend{font-weight:600;padding:0}
.checks{display:grid;grid-template-columns:repeat(auto-fill,minmax(8rem,1fr));gap:0 .5rem}
label.check{display:flex;align-items:center;gap:.5rem;min-height:48px;margin:0;font-weight:400}
label.check input{flex:none;width:2rem;height:2rem;min-height:0;margin:0;padding:0;accent-color:#1f4e5f}
label.check input[type=radio]{width:2.75rem;height:2.75rem}
.day-name{font-weight:600;margin:.75rem 0 0}.day.past p.muted{margin:.25rem 0 0}
button{margin-top:.75rem;background:#1f4e5f;border-color:#1f4e5f;color:#fff;font-weight:700;cursor:pointer}
button.secondary{background:#fff;color:#1f4e5f}
button.danger{background:#fff;color:#a3000f;border-color:#a3000f}
button[aria-pressed=true]{background:#1f4e5f;color:#fff}
button[aria-pressed=false]{background:#fff;color:#1f4e5f}
a{color:#1f4e5f}
a.linkbutton{display:flex;align-items:center;justify-content:center;min-height:48px;padding:.5rem .75rem;border:2px solid #1f4e5f;border-radius:.5rem;font-weight:700;text-decoration:none}
a.linkbutton.danger{color:#a3000f;border-color:#a3000f}
.card{background:#fff;border-radius:.75rem;padding:.75rem 1rem;margin:.75rem 0;box-shadow:0 1px 3px rgba(0,0,0,.15)}
.card.alert{border-left:8px solid #c8102e}
ul.alerts{list-style:none;margin:0;padding:0}
ul.alerts>li{display:flex;align-items:center;gap:.5rem;padding:.35rem .5rem;margin:.25rem 0;border-left:6px solid #c8102e;background:#fff;border-radius:.4rem}
ul.alerts>li>div{flex:1;min-width:0}
body.strip ul.alerts>li>div{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
ul.alerts>li.emergency{background:#fde6e8;border-left-color:#7a0010}
ul.alerts>li.done{border-left-color:#8a8a8a}
ul.alerts form button{width:auto;margin-top:0;min-height:44px}
iframe.alert-strip{display:block;width:100%;height:10.5rem;border:0;margin:.25rem 0}
body.strip{background:transparent}body.strip main{padding:0;max-width:none}
.pair{display:flex;gap:.5rem}.pair>*{flex:1}
.row{display:flex;align-items:center;gap:.75rem}.row>:first-child{flex:1}.row form button{width:auto;margin-top:0}
.muted{color:#595959}
.standard{color:#595959;font-style:italic}
.notice{padding:.75rem 1rem;border-radius:.5rem;margin:.75rem 0;font-weight:600}
.notice.ok{background:#e1f3e5;color:#0b4a18}
.notice.error{background:#fde6e8;color:#7a0010}
.badge{display:inline-block;min-width:1.5rem;margin-left:.35rem;padding:0 .4rem;border-radius:1rem;background:#c8102e;color:#fff;text-align:center}
ul.items{list-style:none;margin:0;padding:0}
ul.items>li{padding:.5rem 0;border-bottom:1px solid #ddd}
ul.items>li:last-child{border-bottom:0}
ul.cards{list-style:none;margin:0;padding:0}
.who{font-size:1.15rem;font-weight:700}
details>summary{min-height:48px;padding:.75rem 0;font-weight:700;cursor:pointer}
dl{margin:0}dt{font-weight:700;margin-top:.5rem}dd{margin:0}
footer{max-width:36rem;margin:1.5rem auto;padding:0 1rem 2rem}
`;
