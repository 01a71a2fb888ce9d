# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
# report/: the engagement report as a QWeb PDF (the template, paper format and action are data
# files listed in the manifest); document.py checks the document a browser sends.
