// Script of the Referat preview webview (loaded with the page's nonce; no other script may run).
// Receives renders and scroll positions from the extension; a click reveals the source line.
(function () {
    'use strict';
    const vscode = acquireVsCodeApi();
    const content = document.getElementById('referat-preview');
    const notice = document.getElementById('referat-notice');
    const state = Object.assign({}, JSON.parse(document.body.dataset.state || '{}'));
    let programmaticScrollUntil = 0;

    /** Elements that carry a source line, in document order. */
    function lineElements() {
        return Array.prototype.slice.call(content.querySelectorAll('[data-line]'));
    }

    /** Scrolls so that the element of the last source line at or before `line` is at the top. */
    function scrollToLine(line) {
        let target;
        for (const element of lineElements()) {
            const l = Number(element.dataset.line);
            if (l <= line && (!target || l >= Number(target.dataset.line))) target = element;
        }
        programmaticScrollUntil = Date.now() + 300;
        if (!target) { window.scrollTo(0, 0); return; }
        window.scrollTo(0, Math.max(0, target.getBoundingClientRect().top + window.scrollY - 8));
    }

    /** Source line of the first element visible at the top. */
    function topLine() {
        for (const element of lineElements()) {
            if (element.getBoundingClientRect().bottom > 0) return Number(element.dataset.line);
        }
        return 0;
    }

    function saveState() {
        vscode.setState(state);
    }

    window.addEventListener('message', function (event) {
        const message = event.data;
        if (message.type === 'update') {
            const y = window.scrollY;
            content.innerHTML = message.html;
            window.scrollTo(0, y);
            notice.hidden = true;
            document.body.dataset.version = String(message.version);
        } else if (message.type === 'scroll') {
            state.line = message.line;
            saveState();
            scrollToLine(message.line);
        } else if (message.type === 'error') {
            notice.textContent = message.message;
            notice.hidden = false;
        }
    });

    let scrollTimer;
    window.addEventListener('scroll', function () {
        if (Date.now() < programmaticScrollUntil) return;
        clearTimeout(scrollTimer);
        scrollTimer = setTimeout(function () {
            state.line = topLine();
            saveState();
            vscode.postMessage({ type: 'scrolled', line: state.line });
        }, 100);
    }, { passive: true });

    document.addEventListener('click', function (event) {
        const link = event.target.closest('a[href]');
        if (link && link.getAttribute('href').startsWith('#')) {
            event.preventDefault();
            const anchor = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
            if (anchor) anchor.scrollIntoView({ block: 'start' });
            return;
        }
        if (link || String(window.getSelection() || '')) return;
        const element = event.target.closest('[data-line]');
        if (element) vscode.postMessage({ type: 'reveal', line: Number(element.dataset.line) });
    });

    saveState();
    if (typeof state.line === 'number') scrollToLine(state.line);
    vscode.postMessage({ type: 'ready' });
})();
