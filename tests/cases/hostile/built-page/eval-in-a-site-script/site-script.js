/* A script file of the site's own (which 'self' trusts) that runs text as script: the policy allows
   'wasm-unsafe-eval' for the search's WebAssembly, which must not let eval() or new Function() run. */
try { eval('window.__hostile = true; document.title = "owned";'); } catch (error) { /* refused */ }
try { new Function('window.__hostile = true; document.title = "owned";')(); } catch (error) { /* refused */ }
