// Picking a LOINC code that MedOpt has recorded before fills in the test's name, if none is typed yet.
document.addEventListener('DOMContentLoaded', () => {
  const code = document.getElementById('code');
  const name = document.getElementById('display');
  const known = document.getElementById('known-test-codes');
  if (!code || !name || !known) {
    return;
  }
  code.addEventListener('change', () => {
    const match = Array.from(known.options).find(option => option.value === code.value.trim());
    if (match && name.value.trim() === '') {
      name.value = match.label;
    }
  });
});
