"""Open an HTML file in Qt's web engine at a given width and print, as JSON, how wide the
page is and which elements run off its right edge. Run in its own process by
test_return_html_phone.py, so the web engine never loads in the test session."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication

MEASURE = """(function () {
  var width = document.documentElement.clientWidth, over = [];
  document.querySelectorAll('body *').forEach(function (e) {
    var right = e.getBoundingClientRect().right;
    if (right > width + 1) { over.push(e.tagName + ' ' + (e.textContent || '').slice(0, 40)); }
  });
  var cells = Array.prototype.slice.call(document.querySelectorAll('td'));
  var stacked = cells.filter(function (c) { return getComputedStyle(c).display === 'block'; });
  return JSON.stringify({width: width, scroll: document.documentElement.scrollWidth,
                         cells: cells.length, stacked: stacked.length,
                         over: over.slice(0, 20), font: getComputedStyle(document.body).fontSize});
})()"""


def main(path: str, width: int) -> int:
    app = QApplication([sys.argv[0]])
    view = QWebEngineView()
    view.resize(width, 800)
    view.show()
    result: dict[str, object] = {}

    def measured(found: str) -> None:
        result.update(json.loads(found))
        app.quit()

    view.loadFinished.connect(lambda _ok: view.page().runJavaScript(MEASURE, 0, measured))
    view.load(QUrl.fromLocalFile(path))
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    print(json.dumps(result))
    return 0 if result else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
