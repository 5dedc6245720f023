"""Security: HTTPS, cookies, Content-Security-Policy and Permissions-Policy headers."""

import os

from csp.constants import NONE, SELF, UNSAFE_INLINE

from llr_site.settings.environment import DEBUG, env_bool

# Security. The CMS toolbar and its edit frames need same-origin framing.
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # A load balancer probes the health check over plain HTTP on the private network.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# Headers (issue 13). Visitors: everything from this site only, no inline script or style.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
        "object-src": [NONE],
    },
}
# Added for signed-in staff only (llr_site/headers.py): the CMS toolbar, structure board and
# admin widgets inject inline scripts and styles, and the toolbar draws some icons as data URIs.
CSP_STAFF_ALLOWANCES = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:"],
}
# Features no page uses are switched off; passkeys (WebAuthn) stay allowed for staff sign-in.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "usb": [],
    "publickey-credentials-create": ["self"],
    "publickey-credentials-get": ["self"],
}
