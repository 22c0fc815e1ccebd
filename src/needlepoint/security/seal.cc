#include "needlepoint/security/seal.h"

#include <sodium.h>

#include <stdexcept>
#include <vector>

#include "needlepoint/security/sodium_init.h"

namespace needlepoint::security {
namespace {

constexpr int kVariant = sodium_base64_VARIANT_ORIGINAL;

}  // namespace

SecretKey DeriveKey(std::span<const unsigned char, kSecretKeyBytes> master,
                    std::string_view context) {
  EnsureSodium();
  if (context.size() != crypto_kdf_CONTEXTBYTES) {
    throw std::invalid_argument("a key derivation context is 8 characters");
  }
  char ctx[crypto_kdf_CONTEXTBYTES];
  std::copy(context.begin(), context.end(), ctx);
  SecretKey key;
  crypto_kdf_derive_from_key(key.data(), key.size(), 1, ctx, master.data());
  return key;
}

std::string Seal(const SecretKey& key, std::string_view plaintext) {
  EnsureSodium();
  std::vector<unsigned char> box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES +
                                 plaintext.size());
  unsigned char* nonce = box.data();
  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(box.data() + crypto_secretbox_NONCEBYTES,
                        reinterpret_cast<const unsigned char*>(plaintext.data()), plaintext.size(),
                        nonce, key.data());
  std::string out(sodium_base64_ENCODED_LEN(box.size(), kVariant), '\0');
  sodium_bin2base64(out.data(), out.size(), box.data(), box.size(), kVariant);
  out.resize(out.find('\0'));
  return out;
}

base::Result<std::string> Unseal(const SecretKey& key, std::string_view sealed) {
  EnsureSodium();
  std::vector<unsigned char> box(sealed.size());
  size_t length = 0;
  if (sodium_base642bin(box.data(), box.size(), sealed.data(), sealed.size(), nullptr, &length,
                        nullptr, kVariant) != 0 ||
      length < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) {
    return base::Fail(base::InvalidArgument("not a sealed value"));
  }
  std::string plain(length - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, '\0');
  if (crypto_secretbox_open_easy(
          reinterpret_cast<unsigned char*>(plain.data()), box.data() + crypto_secretbox_NONCEBYTES,
          length - crypto_secretbox_NONCEBYTES, box.data(), key.data()) != 0) {
    return base::Fail(base::InvalidArgument("the sealed value was altered or uses another key"));
  }
  return plain;
}

}  // namespace needlepoint::security
