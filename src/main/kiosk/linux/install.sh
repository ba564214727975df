#!/usr/bin/env bash
# Installs Sala on a Debian, Ubuntu or Raspberry Pi OS kiosk PC (docs/INSTALL.md).
# Run as root. Everything is written below DESTDIR when one is given (packaging, tests); then no
# user is created and systemd is not touched.
#
#   install.sh [--jar target/sala.jar] [--origin http://127.0.0.1:8080] [--kiosk-user kiosk]
#              [--prefix /opt/sala] [--models models] [--xmx 256m] [--no-server] [--destdir DIR]
#
#   --jar         the Sala jar (default: sala.jar beside this script, else target/sala.jar of the checkout)
#   --origin      the address the kiosk browser opens and may reach; nothing else is allowed
#   --kiosk-user  the desktop user whose login starts the kiosk (autologin; see docs/INSTALL.md)
#   --models      the speech models folder to copy (default: models/ of the checkout, if there)
#   --no-server   this screen shows a Sala server running elsewhere: browser and policy only
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CHECKOUT="$(cd "$HERE/../../../.." 2>/dev/null && pwd || true)"

DESTDIR="${DESTDIR:-}"
PREFIX=/opt/sala
ORIGIN=http://127.0.0.1:8080
KIOSK_USER=kiosk
JAR=""
MODELS=""
XMX=256m
SERVER=yes

die() {
    echo "install.sh: $*" >&2
    exit 1
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --jar) JAR="${2:?--jar needs a file}"; shift 2 ;;
        --origin) ORIGIN="${2:?--origin needs an address}"; shift 2 ;;
        --kiosk-user) KIOSK_USER="${2:?--kiosk-user needs a name}"; shift 2 ;;
        --prefix) PREFIX="${2:?--prefix needs a folder}"; shift 2 ;;
        --models) MODELS="${2:?--models needs a folder}"; shift 2 ;;
        --xmx) XMX="${2:?--xmx needs a size}"; shift 2 ;;
        --no-server) SERVER=no; shift ;;
        --destdir) DESTDIR="${2:?--destdir needs a folder}"; shift 2 ;;
        -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option $1 (try --help)" ;;
    esac
done

# The origin goes into JSON and a shell file: only scheme, host and port, nothing that could
# break out of either (no quotes, spaces, paths or wildcards).
ORIGIN="${ORIGIN%/}"
[[ "$ORIGIN" =~ ^https?://[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?$ ]] \
    || die "--origin must be scheme://host[:port], like http://127.0.0.1:8080 (got '$ORIGIN')"
[[ "$KIOSK_USER" =~ ^[a-z_][a-z0-9_-]{0,31}$ ]] || die "--kiosk-user must be a user name (got '$KIOSK_USER')"
[[ "$XMX" =~ ^[0-9]+[kmgKMG]$ ]] || die "--xmx must be a size like 256m (got '$XMX')"
[[ "$PREFIX" =~ ^/[A-Za-z0-9._/-]*$ ]] || die "--prefix must be an absolute folder (got '$PREFIX')"
if [[ -z "$DESTDIR" && "$(id -u)" != 0 ]]; then
    die "run as root (sudo), or give --destdir"
fi

if [[ "$SERVER" == yes ]]; then
    if [[ -z "$JAR" ]]; then
        for candidate in "$HERE/sala.jar" "$CHECKOUT/target/sala.jar"; do
            if [[ -f "$candidate" ]]; then
                JAR="$candidate"
                break
            fi
        done
    fi
    [[ -n "$JAR" && -f "$JAR" ]] || die "no Sala jar: build it (./mvnw -DskipTests package) or give --jar"
    if [[ -z "$MODELS" && -d "$CHECKOUT/models/en" ]]; then
        MODELS="$CHECKOUT/models"
    fi
fi

host_port="${ORIGIN#*://}"
port="${host_port##*:}"
host="${host_port%%:*}"
if [[ "$port" == "$host_port" ]]; then
    port=""
fi

fill() { # template -> target, with the placeholders filled in
    sed -e "s|__SALA_ORIGIN__|$ORIGIN|g" -e "s|@PREFIX@|$PREFIX|g" -e "s|@XMX@|$XMX|g" "$1" > "$2"
}

root="$DESTDIR"
install -d "$root/etc/sala" "$root$PREFIX/bin"

echo "== Browser: launcher, autostart for '$KIOSK_USER', managed policy allowing only $ORIGIN"
install -m 0755 "$HERE/sala-kiosk" "$root$PREFIX/bin/sala-kiosk"
install -d "$root/etc/xdg/autostart"
fill "$HERE/sala-kiosk.desktop" "$root/etc/xdg/autostart/sala-kiosk.desktop"
chmod 0644 "$root/etc/xdg/autostart/sala-kiosk.desktop"
cat > "$root/etc/sala/kiosk.conf" <<EOF
# Read by $PREFIX/bin/sala-kiosk. Written by install.sh; run it again to change the origin,
# so the browser policy changes with it.
SALA_URL=$ORIGIN/
SALA_KIOSK_USER=$KIOSK_USER
EOF
chmod 0644 "$root/etc/sala/kiosk.conf"
# Debian and Raspberry Pi OS read /etc/chromium, Ubuntu's snap /etc/chromium-browser, Chrome /etc/opt/chrome.
for policies in /etc/chromium/policies/managed /etc/chromium-browser/policies/managed /etc/opt/chrome/policies/managed; do
    install -d "$root$policies"
    fill "$HERE/chromium-policy.json" "$root$policies/sala.json"
    chmod 0644 "$root$policies/sala.json"
done

if [[ "$SERVER" == yes ]]; then
    echo "== Server: $PREFIX/sala.jar, the sala service, settings in /etc/sala/application.properties"
    install -m 0644 "$JAR" "$root$PREFIX/sala.jar"
    fill "$HERE/sala-server" "$root$PREFIX/bin/sala-server"
    chmod 0755 "$root$PREFIX/bin/sala-server"
    if [[ -n "$MODELS" ]]; then
        rm -rf "$root$PREFIX/models"
        cp -r "$MODELS" "$root$PREFIX/models"
        chmod -R a+rX "$root$PREFIX/models"
    fi
    install -d "$root/etc/systemd/system"
    fill "$HERE/sala.service" "$root/etc/systemd/system/sala.service"
    chmod 0644 "$root/etc/systemd/system/sala.service"
    if [[ ! -e "$root/etc/sala/application.properties" ]]; then
        fill "$HERE/application.properties" "$root/etc/sala/application.properties"
        if [[ -n "$port" && "$port" != 8080 ]]; then
            echo "server.port=$port" >> "$root/etc/sala/application.properties"
        fi
        if [[ "$host" != 127.0.0.1 && "$host" != localhost ]]; then
            echo "# Other screens open $ORIGIN: listen on every network, not only this PC's screen." \
                >> "$root/etc/sala/application.properties"
            echo "server.address=0.0.0.0" >> "$root/etc/sala/application.properties"
        fi
        chmod 0644 "$root/etc/sala/application.properties"
    else
        echo "   /etc/sala/application.properties exists: kept as it is"
    fi
fi

if [[ -n "$DESTDIR" ]]; then
    echo "== Installed below $DESTDIR (no user created, systemd not touched, no start-up archive:"
    echo "   run $PREFIX/bin/sala-server --prepare on the kiosk PC, with its Java)"
    exit 0
fi

if [[ "$SERVER" == yes ]]; then
    echo "== Start-up archive: $PREFIX/app (the server starts from it in about two thirds of the time)"
    # As the server will run, but writing nothing of its own (no usage figures, spoken clips in a
    # folder that goes away).
    scratch="$(mktemp -d)"
    if ! "$PREFIX/bin/sala-server" --prepare --spring.config.additional-location=optional:file:/etc/sala/ \
            --sala.usage.dir= --sala.speech.cache-dir="$scratch" >"$scratch/prepare.log" 2>&1; then
        echo "!! The start-up archive could not be made (the server starts without it, slower):"
        tail -n 20 "$scratch/prepare.log"
    fi
    rm -rf "$scratch"
    chmod -R a+rX "$PREFIX/app" 2>/dev/null || true
fi

if [[ "$SERVER" == yes ]]; then
    if ! id sala >/dev/null 2>&1; then
        useradd --system --home-dir /var/lib/sala --no-create-home --shell /usr/sbin/nologin sala
    fi
    systemctl daemon-reload
    systemctl enable sala.service
    systemctl restart sala.service
fi
if ! id "$KIOSK_USER" >/dev/null 2>&1; then
    echo "!! There is no user '$KIOSK_USER' yet: create it and let it log in automatically (docs/INSTALL.md)."
fi
echo "== Done. Log in as '$KIOSK_USER' (or restart) to start the kiosk."
