// Material shelves: drag-and-drop or choose a file, upload with a progress bar, remove.
// The upload goes to POST /api/materials with the page's CSRF token in X-CSRF-TOKEN (the
// sign-in cookie authenticates it); the server streams the file to object storage.
(function () {
  'use strict';

  function problemText(xhr, fallback) {
    try {
      var problem = JSON.parse(xhr.responseText);
      return fallback + ': ' + (problem.detail || problem.title || xhr.status);
    } catch (e) {
      return fallback + ' (' + xhr.status + ')';
    }
  }

  function upload(shelf, form, file) {
    var bar = form.querySelector('.upload-progress');
    var status = form.querySelector('.upload-status');
    var data = new FormData();
    data.append('scope', shelf.dataset.scope);
    data.append('scopeId', shelf.dataset.scopeId);
    var note = form.querySelector('input[name=note]');
    if (note && note.value) {
      data.append('note', note.value);
    }
    // The size lets the server store the file in one streamed PUT instead of a multipart upload.
    data.append('size', String(file.size));
    data.append('file', file, file.name);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/materials');
    xhr.setRequestHeader('X-CSRF-TOKEN', shelf.dataset.csrf);
    xhr.upload.onprogress = function (event) {
      if (event.lengthComputable) {
        bar.value = Math.round(event.loaded * 100 / event.total);
      }
    };
    xhr.onload = function () {
      if (xhr.status === 201) {
        bar.value = 100;
        window.location.reload();
      } else {
        bar.hidden = true;
        status.textContent = problemText(xhr, shelf.dataset.msgFailed);
        status.classList.add('error');
      }
    };
    xhr.onerror = function () {
      bar.hidden = true;
      status.textContent = shelf.dataset.msgFailed;
      status.classList.add('error');
    };
    bar.hidden = false;
    bar.value = 0;
    status.classList.remove('error');
    status.textContent = shelf.dataset.msgUploading + ' ' + file.name;
    xhr.send(data);
  }

  function remove(shelf, button) {
    if (!window.confirm(shelf.dataset.msgConfirm)) {
      return;
    }
    var xhr = new XMLHttpRequest();
    xhr.open('DELETE', '/api/materials/' + button.dataset.id);
    xhr.setRequestHeader('X-CSRF-TOKEN', shelf.dataset.csrf);
    xhr.onload = function () {
      if (xhr.status === 204) {
        window.location.reload();
      } else {
        window.alert(problemText(xhr, shelf.dataset.msgFailed));
      }
    };
    xhr.send();
  }

  document.querySelectorAll('.materials').forEach(function (shelf) {
    shelf.querySelectorAll('button.remove').forEach(function (button) {
      button.addEventListener('click', function () { remove(shelf, button); });
    });
    var form = shelf.querySelector('form.upload');
    if (!form) {
      return;
    }
    var input = form.querySelector('.file-input');
    var zone = form.querySelector('.dropzone');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (input.files.length) {
        upload(shelf, form, input.files[0]);
      }
    });
    ['dragenter', 'dragover'].forEach(function (name) {
      zone.addEventListener(name, function (event) {
        event.preventDefault();
        zone.classList.add('over');
      });
    });
    ['dragleave', 'drop'].forEach(function (name) {
      zone.addEventListener(name, function () { zone.classList.remove('over'); });
    });
    zone.addEventListener('drop', function (event) {
      event.preventDefault();
      if (event.dataTransfer.files.length) {
        upload(shelf, form, event.dataTransfer.files[0]);
      }
    });
  });
}());
