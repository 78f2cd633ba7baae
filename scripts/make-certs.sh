#!/usr/bin/env bash
# Makes a local certificate authority and one TLS certificate per hostfile member, for
# paxoskv-server --tls-cert/--tls-key/--tls-ca (and the clients' --ca).
#
# Usage: scripts/make-certs.sh [-h HOSTFILE] [-o DIR] [--days N] [--force]
#   -h, --hostfile FILE  members, one per line "NAME [HOST[:PORT]]" (default: hostfile.txt)
#   -o, --out DIR        where the files go (default: run/tls)
#   --days N             validity of new certificates (default: 825)
#   --force              make a new CA (and so new member certificates) even if one exists
#
# Writes DIR/ca.pem (give it to clients and peers), DIR/ca-key.pem (keep it private),
# and DIR/NAME.pem + DIR/NAME-key.pem per member, with subject alternative names: the
# member name, its host, localhost and 127.0.0.1. Idempotent: an existing CA is reused
# (never overwritten without --force) and a member certificate is made only when it is
# missing, no longer signed by the CA, or lacks one of the names.
set -euo pipefail

HOSTFILE=hostfile.txt
OUT=run/tls
DAYS=825
FORCE=0

usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "make-certs: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    -h|--hostfile) [ $# -ge 2 ] || die "$1 needs a file"; HOSTFILE=$2; shift ;;
    -o|--out) [ $# -ge 2 ] || die "$1 needs a directory"; OUT=$2; shift ;;
    --days) [ $# -ge 2 ] || die "$1 needs a number"; DAYS=$2; shift ;;
    --force) FORCE=1 ;;
    --help) usage; exit 0 ;;
    *) die "unknown argument \"$1\" (see --help)" ;;
  esac
  shift
done

command -v openssl >/dev/null || die "openssl is not installed"
[ -r "$HOSTFILE" ] || die "cannot read hostfile $HOSTFILE"
[[ "$DAYS" =~ ^[1-9][0-9]{0,4}$ ]] || die "--days must be a positive number of days"

# Members as "name host" pairs; the same grammar as the servers' hostfile parser.
MEMBERS=()
while IFS= read -r line || [ -n "$line" ]; do
  line=${line%%#*}
  read -r name address extra <<<"$line" || true
  [ -n "${name:-}" ] || continue
  [ -z "${extra:-}" ] || die "$HOSTFILE: bad line \"$line\" (expected NAME [HOST[:PORT]])"
  [[ "$name" =~ ^[A-Za-z0-9][A-Za-z0-9._-]*$ ]] || die "$HOSTFILE: bad member name \"$name\""
  host=${address:-$name}
  if [[ "$host" =~ ^\[(.*)\](:[0-9]+)?$ ]]; then host=${BASH_REMATCH[1]}; else host=${host%:*}; fi
  MEMBERS+=("$name $host")
done <"$HOSTFILE"
[ ${#MEMBERS[@]} -gt 0 ] || die "$HOSTFILE lists no members"

mkdir -p "$OUT"
chmod 700 "$OUT"
CA="$OUT/ca.pem"
CA_KEY="$OUT/ca-key.pem"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [ -e "$CA" ] && [ "$FORCE" != 1 ]; then
  [ -r "$CA_KEY" ] || die "$CA exists but its key $CA_KEY does not: pass --force to make a new CA"
  echo "kept   $CA (existing CA; --force makes a new one)"
else
  (umask 077 && openssl genrsa -out "$CA_KEY" 2048 2>/dev/null)
  openssl req -x509 -new -key "$CA_KEY" -sha256 -days "$DAYS" -subj "/CN=paxoskv local CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" -out "$CA" 2>/dev/null
  echo "made   $CA (CA certificate: give it to clients with --ca / PAXOSKV_CA)"
  echo "made   $CA_KEY (CA key: keep it private)"
fi

is_ip() { [[ "$1" =~ ^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$ || "$1" == *:* ]]; }

# "DNS:a,IP:b,..." without duplicates.
san_list() {
  local seen=" " entry out=""
  for value in "$@"; do
    if is_ip "$value"; then entry="IP:$value"; else entry="DNS:$value"; fi
    [[ "$seen" == *" $entry "* ]] && continue
    seen+="$entry "
    out+="${out:+,}$entry"
  done
  echo "$out"
}

# True when the certificate exists, chains to the CA and names every SAN we want.
cert_current() { # cert sans
  [ -e "$1" ] && [ "$FORCE" != 1 ] || return 1
  openssl verify -CAfile "$CA" "$1" >/dev/null 2>&1 || return 1
  local have
  have=$(openssl x509 -in "$1" -noout -ext subjectAltName 2>/dev/null | tr -d ' \n' | sed -e 's/^.*AlternativeName://' -e 's/IPAddress:/IP:/g')
  local IFS=,
  for want in $2; do [[ ",$have," == *",$want,"* ]] || return 1; done
}

for member in "${MEMBERS[@]}"; do
  read -r name host <<<"$member"
  cert="$OUT/$name.pem"
  key="$OUT/$name-key.pem"
  sans=$(san_list "$name" "$host" localhost 127.0.0.1)
  if cert_current "$cert" "$sans" && [ -e "$key" ]; then
    echo "kept   $cert ($sans)"
    continue
  fi
  (umask 077 && openssl genrsa -out "$key" 2048 2>/dev/null)
  openssl req -new -key "$key" -subj "/CN=$name" -out "$WORK/$name.csr" 2>/dev/null
  printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth,clientAuth\n' \
    "$sans" >"$WORK/$name.ext"
  openssl x509 -req -in "$WORK/$name.csr" -CA "$CA" -CAkey "$CA_KEY" -CAcreateserial -CAserial "$WORK/ca.srl" \
    -days "$DAYS" -sha256 -extfile "$WORK/$name.ext" -out "$cert" 2>/dev/null
  echo "made   $cert + $key ($sans)"
done
