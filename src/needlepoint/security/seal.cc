#include "needlepoint/security/seal.h"

#include <sodium.h>

#include <vector>

#include "needlepoint/security/sodium_init.h"

namespace needlepoint::security {
namespace {

constexpr int kVariant = sodium_base64_VARIANT_ORIGINAL;

const unsigned char* Bytes(std::string_view text) {
  return reinterpret_cast<const unsigned char*>(text.data());
}

}  // namespace

base::Result<std::string> Seal(std::string_view key, std::string_view plaintext) {
  EnsureSodium();
  if (key.size() != crypto_secretbox_KEYBYTES) {
    return base::Fail(base::InvalidArgument("a sealing key is 32 bytes"));
  }
  std::vector<unsigned char> box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES +
                                 plaintext.size());
  unsigned char* nonce = box.data();
  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(box.data() + crypto_secretbox_NONCEBYTES, Bytes(plaintext),
                        plaintext.size(), nonce, Bytes(key));
  std::string out(sodium_base64_ENCODED_LEN(box.size(), kVariant), '\0');
  sodium_bin2base64(out.data(), out.size(), box.data(), box.size(), kVariant);
  out.resize(out.find('\0'));
  return out;
}

base::Result<std::string> Unseal(std::string_view key, std::string_view sealed) {
  EnsureSodium();
  if (key.size() != crypto_secretbox_KEYBYTES) {
    return base::Fail(base::InvalidArgument("a sealing key is 32 bytes"));
  }
  std::vector<unsigned char> box(sealed.size() + 1);
  size_t length = 0;
  if (sodium_base642bin(box.data(), box.size(), sealed.data(), sealed.size(), nullptr, &length,
                        nullptr, kVariant) != 0 ||
      length < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) {
    return base::Fail(base::InvalidArgument("not a sealed value"));
  }
  std::string plain(length - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, '\0');
  if (crypto_secretbox_open_easy(
          reinterpret_cast<unsigned char*>(plain.data()), box.data() + crypto_secretbox_NONCEBYTES,
          length - crypto_secretbox_NONCEBYTES, box.data(), Bytes(key)) != 0) {
    return base::Fail(base::InvalidArgument("the sealed value was altered or uses another key"));
  }
  return plain;
}

}  // namespace needlepoint::security
