// Keyboard play for the whole page: digits 1-9 choose an answer, Enter goes on.
// Enter on a focused button or link is left to the browser (it clicks it), so that it never acts twice.
window.spaceFilmQuiz = (function () {
    let handler = null;
    const editable = t => t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement
        || t instanceof HTMLSelectElement || (t instanceof HTMLElement && t.isContentEditable);
    return {
        listen(dotnet) {
            this.stop();
            handler = e => {
                if (e.altKey || e.ctrlKey || e.metaKey || e.repeat || editable(e.target)) {
                    return;
                }
                if (/^[1-9]$/.test(e.key)) {
                    e.preventDefault();
                    dotnet.invokeMethodAsync('OnKey', e.key);
                } else if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement)) {
                    e.preventDefault();
                    dotnet.invokeMethodAsync('OnKey', 'Enter');
                }
            };
            document.addEventListener('keydown', handler);
        },
        stop() {
            if (handler) {
                document.removeEventListener('keydown', handler);
                handler = null;
            }
        }
    };
})();
// The error bar's dismiss button.
document.addEventListener('click', e => {
    if (e.target instanceof Element && e.target.closest('#blazor-error-ui .dismiss')) {
        document.getElementById('blazor-error-ui').style.display = 'none';
    }
});
