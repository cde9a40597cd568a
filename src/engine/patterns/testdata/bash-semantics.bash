# ruleid: eval-of-input
cmd=$(cat)
echo "running $cmd"
eval $cmd
# ok: eval-of-input
other=$(cat)
eval $something

# ruleid: quoted-variable
rm "$target"
# ruleid: quoted-variable
rm "${target}"
# ok: quoted-variable
rm "$a$b"

# ruleid: curl-word
curl https://example.com
# ruleid: curl-word
sudo curl https://example.com
# ok: curl-word
wget https://example.com
