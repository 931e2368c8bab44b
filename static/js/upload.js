/* The upload form: drag and drop, and a progress bar for big files.
 * Without JavaScript the form posts as it is; this only improves it. */
(function () {
  "use strict";

  function init(form) {
    var zone = form.querySelector("[data-dropzone]");
    var input = form.querySelector('input[type="file"]');
    var filesOut = form.querySelector("[data-files]");
    var progressBox = form.querySelector("[data-progress]");
    if (!zone || !input) return;

    function showFiles() {
      var names = Array.prototype.map.call(input.files || [], function (f) {
        return f.name + " (" + (f.size / 1048576).toFixed(1) + " MB)";
      });
      filesOut.textContent = names.length ? "Chosen: " + names.join(", ") : "";
      zone.classList.toggle("has-files", names.length > 0);
    }

    input.addEventListener("change", showFiles);
    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (event) {
        event.preventDefault();
        zone.classList.add("is-dragover");
      });
    });
    ["dragleave", "dragend", "drop"].forEach(function (name) {
      zone.addEventListener(name, function () {
        zone.classList.remove("is-dragover");
      });
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) {
        input.files = event.dataTransfer.files;
        showFiles();
      }
    });

    if (!window.FormData || !progressBox) return;
    form.addEventListener("submit", function (event) {
      if (!input.files || !input.files.length) return; // let the server say what is missing
      event.preventDefault();
      var bar = progressBox.querySelector("progress");
      var text = progressBox.querySelector("[data-progress-text]");
      var button = form.querySelector('button[type="submit"]');
      var xhr = new XMLHttpRequest();
      progressBox.hidden = false;
      button.disabled = true;

      xhr.upload.addEventListener("progress", function (e) {
        if (!e.lengthComputable) return;
        var percent = Math.floor((100 * e.loaded) / e.total);
        bar.value = percent;
        text.textContent = "Uploading… " + percent + "%";
      });
      xhr.upload.addEventListener("load", function () {
        bar.removeAttribute("value"); // indeterminate while the server reads the export
        text.textContent = "Reading your export…";
      });
      xhr.addEventListener("load", function () {
        // The 303 was followed: the response is the new session's page.
        if (xhr.status === 200 && xhr.responseURL && xhr.responseURL.indexOf("/s/") !== -1) {
          window.location.assign(xhr.responseURL);
          return;
        }
        // The form came back with its errors: show them in place of this one.
        var doc = new DOMParser().parseFromString(xhr.responseText, "text/html");
        var fresh = doc.querySelector("form[data-upload]");
        if (fresh) {
          form.replaceWith(fresh);
          init(fresh);
          var error = fresh.querySelector(".form-error");
          if (error) {
            error.setAttribute("tabindex", "-1");
            error.focus();
          }
        } else {
          // The nginx front's own pages (too many uploads, too large) say what to do.
          var said = doc.querySelector("[data-upload-error]");
          fail(said ? said.textContent :
            "The server could not take the upload (error " + xhr.status + "). Please try again.");
        }
      });
      function fail(message) {
        bar.value = 0;
        text.textContent = message;
        button.disabled = false;
      }
      xhr.addEventListener("error", function () {
        fail("The upload did not reach the server. Check your connection and try again.");
      });
      xhr.open("POST", form.action);
      xhr.send(new FormData(form));
    });
  }

  var form = document.querySelector("form[data-upload]");
  if (form) init(form);
})();
