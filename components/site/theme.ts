/** Where the reader's explicit theme choice is remembered; absent means "follow the system". */
export const THEME_STORAGE_KEY = 'frugal-theme';

/**
 * Runs before first paint (inlined in <head>), so the page never flashes the wrong theme. An embed may pin a
 * theme with `?theme=dark|light`; storage can be unavailable in a third-party iframe, hence the try.
 */
export const themeInitScript = `(function(){try{var d=document.documentElement,q=new URLSearchParams(location.search).get('theme'),s=null;try{s=localStorage.getItem('${THEME_STORAGE_KEY}')}catch(e){}var m=window.matchMedia('(prefers-color-scheme: dark)');var t=q==='dark'||q==='light'?q:s==='dark'||s==='light'?s:(m.matches?'dark':'light');d.dataset.theme=t;if(!q&&!s&&m.addEventListener){m.addEventListener('change',function(e){try{if(localStorage.getItem('${THEME_STORAGE_KEY}'))return}catch(_){}d.dataset.theme=e.matches?'dark':'light'})}}catch(e){}})();`;
