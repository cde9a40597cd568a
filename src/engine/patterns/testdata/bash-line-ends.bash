# ruleid: pipeline-tail
git log | grep fix | head -3
# ruleid: line-after-pipeline
echo done && cd src

# ruleid: pipeline-tail
git log | grep fix | head -3
# ok: pipeline-tail
head -3 notes.txt
# ok: line-after-pipeline
printf done | tee log > out
