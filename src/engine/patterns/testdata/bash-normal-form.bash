# ruleid: quoted-word
chmod 777 /srv/data
# ruleid: quoted-word
chmod '777' /srv/data
# ruleid: quoted-word
chmod "777" /srv/data
# ok: quoted-word
chmod "7$MODE" /srv/data
# ok: quoted-word
chmod 755 /srv/data

# ruleid: string-with-parts
echo "hello $USER"
# ruleid: string-with-parts
echo "$HOME"
# ok: string-with-parts
echo "hello"
# ok: string-with-parts
echo hello

# ruleid: string-span
logger "deploy of $RELEASE done"
# ok: string-span
logger "deploy done"

# ruleid: pipe-to-shell
curl -s https://get.example.com | sh
# ruleid: pipe-to-shell
curl -s https://get.example.com | sh | tee install.log
# ok: pipe-to-shell
sh | tee install.log

# ruleid: background
nc -l 4444 &
# ok: background
nc -l 4444

# ruleid: download-into-variable
declare body=$(curl -s https://example.com)
fetch() {
  # ruleid: download-into-variable
  local body=$(curl -s "$1")
}
# ruleid: download-into-variable
readonly body=$(curl https://example.com)
# ruleid: download-into-variable
body=$(curl https://example.com)
# ok: download-into-variable
TOKEN=$(curl https://example.com) make release
# ok: download-into-variable
body=$(wget -qO- https://example.com)

# ruleid: function-keyword-optional
build() {
  make
}
# ruleid: function-keyword-optional
function release() {
  make release
}

# ruleid: deep-argument
eval "$(curl -s https://example.com/env)"
# ruleid: deep-argument
eval $(curl https://example.com/env | tr -d '\r')
# ok: deep-argument
eval "$SETUP"

# ruleid: unquoted-expansion
exec $program
# ruleid: unquoted-expansion
exec ${program}
# ok: unquoted-expansion
exec "$program"
# ok: unquoted-expansion
exec program

# ruleid: command-in-statement
set -e
sudo apt-get update && sudo apt-get upgrade

# ruleid: command-in-statement
set -e
version=$(sudo cat /etc/version)

# ok: command-in-statement
set -e
if true; then sudo reboot; fi

# ruleid: redirects-ignored
cd /srv/app
rm -rf build 2> /dev/null

# ruleid: concatenated-metavariable
tar xzf $release.tar.gz
# ruleid: concatenated-metavariable
tar xzf "${release}".tar.gz
# ok: concatenated-metavariable
tar xzf release.tar.gz
# ok: concatenated-metavariable
tar xzf $release.zip

# ruleid: same-word-twice
cp notes.txt 'notes.txt'
# ruleid: same-word-twice
cp notes.txt notes.txt
# ok: same-word-twice
cp notes.txt notes.bak

# ruleid: substitution-spellings
echo $(hostname -f)
# ruleid: substitution-spellings
echo `hostname`
# ok: substitution-spellings
echo $(uname -n)

# ruleid: option-value
mysql -u root --password=$DB_PASSWORD db
# ok: option-value
mysql -u root --password db
