#include "needlepoint/http/server.h"

#include <spdlog/spdlog.h>

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>
#include <utility>
#include <vector>

#include "needlepoint/http/asio.h"
#include "needlepoint/http/client_address.h"
#include "needlepoint/http/problem.h"
#include "needlepoint/http/worker_pool.h"

namespace needlepoint::http {
namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

}  // namespace

// One io_context per I/O thread, each run by exactly that thread: a connection lives on one
// context for its whole life, so its handlers never contend for a shared scheduler and need
// no strand. The acceptor deals connections out round-robin.
class Server::Impl {
 public:
  Impl(ServerOptions options, Dispatcher& dispatcher)
      : options_(std::move(options)),
        dispatcher_(dispatcher),
        contexts_(MakeContexts(std::max(1, options_.threads))),
        acceptor_(*contexts_.front()),
        signals_(*contexts_.front()),
        check_(*contexts_.front()),
        workers_(options_.workers, options_.worker_queue),
        hashing_(options_.hash_workers, options_.hash_queue) {}

  static std::vector<std::unique_ptr<net::io_context>> MakeContexts(int count) {
    std::vector<std::unique_ptr<net::io_context>> contexts;
    for (int i = 0; i < count; ++i) contexts.push_back(std::make_unique<net::io_context>(1));
    return contexts;
  }
  net::io_context& NextContext() { return *contexts_[next_context_++ % contexts_.size()]; }

  class Connection;

  base::Status Listen();
  void Accept();
  void Run();
  void Stop();
  void WatchStop();

  void Register(Connection* connection) {
    std::lock_guard lock(mutex_);
    connections_.insert(connection);
  }
  void Unregister(Connection* connection) {
    std::lock_guard lock(mutex_);
    connections_.erase(connection);
  }

  ServerOptions options_;
  Dispatcher& dispatcher_;
  // Before the contexts: destroying a context destroys the handlers it still holds, and with
  // them connections, which unregister themselves.
  std::mutex mutex_;
  std::unordered_set<Connection*> connections_;
  std::vector<std::unique_ptr<net::io_context>> contexts_;
  std::size_t next_context_ = 0;  // used only by the accept loop
  tcp::acceptor acceptor_;
  net::signal_set signals_;
  net::steady_timer check_;
  std::atomic<bool> stopping_{false};
  std::atomic<int> in_flight_{0};
  std::chrono::steady_clock::time_point stop_started_;
  uint16_t port_ = 0;
  TrustedProxies proxies_;  // set by Listen
  // After the contexts: destroyed (stopped) first, while the connections their tasks hold
  // can still reach their context.
  WorkerPool workers_;
  WorkerPool hashing_;
};

// One client connection: reads a request, hands it to the dispatcher, writes the response,
// and repeats while the client keeps the connection alive.
class Server::Impl::Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket&& socket, Impl& server) : stream_(std::move(socket)), server_(server) {
    server_.Register(this);
    beast::error_code ec;
    const tcp::endpoint remote = stream_.socket().remote_endpoint(ec);
    if (!ec) address_ = remote.address().to_string();
  }
  ~Connection() { server_.Unregister(this); }

  void Start() {
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->Read(); });
  }

  // On shutdown: an idle connection closes now, a busy one after its response.
  void CloseIfIdle() {
    net::post(stream_.get_executor(), [self = shared_from_this()] {
      if (!self->busy_) self->Close();
    });
  }

 private:
  void Read() {
    if (server_.stopping_) return Close();
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(server_.options_.header_limit));
    parser_->body_limit(server_.options_.body_limit);
    stream_.expires_after(first_ ? server_.options_.read_timeout : server_.options_.idle_timeout);
    ReadHeader();
  }

  // Reads until the request's whole header is in buffer_ (or it is over the limit, which the
  // parser then reports), so that it can be checked for what Beast would accept: an obsolete
  // folded header line (RFC 9112 5.2: reject with 400).
  void ReadHeader() {
    const auto data = buffer_.data();
    const std::string_view bytes(static_cast<const char*>(data.data()), data.size());
    const std::size_t end = bytes.find("\r\n\r\n");
    if (end != std::string_view::npos || bytes.size() > server_.options_.header_limit) {
      if (end != std::string_view::npos && HasFoldedLine(bytes.substr(0, end))) {
        return Refuse(400, "folded header lines (obs-fold) are not accepted", "obs-fold");
      }
      // The route decides how large a body it reads (photo uploads: 20 MiB); the parser has
      // not reached the body yet.
      body_limit_ = server_.options_.body_limit;
      if (end != std::string_view::npos) {
        const std::string_view line = bytes.substr(0, bytes.find("\r\n"));
        const std::size_t space = line.find(' ');
        const std::size_t target_end = line.find(' ', space + 1);
        if (space != std::string_view::npos && target_end != std::string_view::npos) {
          std::string_view target = line.substr(space + 1, target_end - space - 1);
          target = target.substr(0, target.find('?'));
          body_limit_ = server_.dispatcher_.BodyLimitFor(ParseMethod(line.substr(0, space)), target,
                                                         body_limit_);
        }
      }
      parser_->body_limit(body_limit_);
      bhttp::async_read(stream_, buffer_, *parser_,
                        beast::bind_front_handler(&Connection::OnRead, shared_from_this()));
      return;
    }
    stream_.async_read_some(buffer_.prepare(4096),
                            [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                              if (ec) return self->OnRead(ec, 0);
                              self->buffer_.commit(n);
                              self->ReadHeader();
                            });
  }

  // Whether a header line after the request line starts with a space or tab.
  static bool HasFoldedLine(std::string_view header) {
    for (std::size_t at = header.find("\r\n"); at != std::string_view::npos;
         at = header.find("\r\n", at + 2)) {
      if (at + 2 < header.size() && (header[at + 2] == ' ' || header[at + 2] == '\t')) return true;
    }
    return false;
  }

  // RFC 9112 6.1: a request whose Transfer-Encoding is anything but exactly "chunked" (the
  // only coding this server decodes) is refused, never read as if it had no body.
  static bool TransferEncodingOk(const bhttp::request<bhttp::string_body>& raw) {
    const auto [first, last] = raw.equal_range(bhttp::field::transfer_encoding);
    if (first == last) return true;
    if (std::next(first) != last) return false;
    std::string_view value(first->value().data(), first->value().size());
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
      value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
    return beast::iequals(beast::string_view(value.data(), value.size()), "chunked");
  }

  // Answers `status` and closes the connection: what follows in the stream cannot be trusted
  // to be a request.
  void Refuse(int status, std::string_view detail, std::string_view why) {
    const std::string request_id = NextRequestId();
    Response response = ProblemWithStatus(status, detail, "", request_id);
    Dispatcher::AddSecurityHeaders(response, request_id);
    spdlog::info("- - {} request={} ({})", status, request_id, why);
    Respond(std::move(response), /*keep_alive=*/false);
  }

  void OnRead(beast::error_code ec, std::size_t) {
    first_ = false;
    if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout ||
        ec == net::error::operation_aborted || ec == net::error::connection_reset ||
        ec == net::error::eof) {
      return Close();
    }
    if (ec == bhttp::error::body_limit && !parser_->get().method_string().empty()) {
      // The header was read: the request is refused, but authenticated and audited like any
      // other (a patient-data route records the refusal); its body is never read.
      Request request = ToRequest(parser_->get());
      request.body.clear();
      request.keep_alive = false;
      request.refused_status = 413;
      request.refused_detail =
          "the request body is larger than " + std::to_string(body_limit_ >> 20) + " MiB";
      return Dispatch(std::move(request));
    }
    if (ec) {
      const int status = ec == bhttp::error::header_limit ? 431 : 400;
      const std::string detail =
          status == 431 ? "the request headers are too large" : "malformed HTTP request";
      return Refuse(status, detail, ec.message());
    }
    if (!TransferEncodingOk(parser_->get())) {
      return Refuse(400, "Transfer-Encoding must be exactly \"chunked\"", "transfer-encoding");
    }
    bhttp::request<bhttp::string_body> raw = parser_->release();
    Request request = ToRequest(raw);
    request.body = std::move(raw.body());
    Dispatch(std::move(request));
  }

  // The request as the dispatcher sees it, without its body.
  Request ToRequest(const bhttp::request<bhttp::string_body>& raw) const {
    Request request;
    request.method = ParseMethod(std::string_view(raw.method_string()));
    request.target = std::string(raw.target());
    const size_t question = request.target.find('?');
    request.path = request.target.substr(0, question);
    if (question != std::string::npos) request.query = request.target.substr(question + 1);
    for (const auto& field : raw) {
      std::string name(field.name_string());
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::string& value = request.headers[name];
      const std::string_view field_value(field.value().data(), field.value().size());
      if (value.empty() || name != "x-forwarded-for") {
        value = field_value;
      } else {
        // Each proxy may add its own X-Forwarded-For line: they form one list, in order.
        value.append(", ").append(field_value);
      }
    }
    request.client_address =
        server_.proxies_.ClientAddress(address_, request.Header("x-forwarded-for"));
    request.keep_alive = raw.keep_alive();
    return request;
  }

  // Runs the request's handler on its lane; answers 503 at once if that lane's queue is full.
  void Dispatch(Request request) {
    busy_ = true;
    server_.in_flight_.fetch_add(1, std::memory_order_relaxed);
    const Lane lane = server_.dispatcher_.LaneFor(request);
    const bool keep_alive = request.keep_alive;
    const std::string path = request.path;
    auto handle = [self = shared_from_this(), request = std::move(request)] {
      self->server_.dispatcher_.Handle(
          request, [self, keep_alive = request.keep_alive](Response response) {
            self->server_.in_flight_.fetch_sub(1, std::memory_order_relaxed);
            net::post(self->stream_.get_executor(),
                      [self, keep_alive, response = std::move(response)]() mutable {
                        self->Respond(std::move(response), keep_alive);
                      });
          });
    };
    if (lane == Lane::kIoThread) return handle();
    WorkerPool& pool = lane == Lane::kPasswordHash ? server_.hashing_ : server_.workers_;
    if (pool.TrySubmit(std::move(handle))) return;
    server_.in_flight_.fetch_sub(1, std::memory_order_relaxed);
    const std::string request_id = NextRequestId();
    Response response = ProblemWithStatus(503, "the server is busy; retry", path, request_id);
    response.SetHeader("Retry-After", std::to_string(server_.options_.retry_after.count()));
    Dispatcher::AddSecurityHeaders(response, request_id);
    spdlog::warn("- - 503 request={} ({} queue full)", request_id,
                 lane == Lane::kPasswordHash ? "login" : "worker");
    Respond(std::move(response), keep_alive);
  }

  void Respond(Response response, bool keep_alive) {
    busy_ = true;
    keep_alive = keep_alive && !server_.stopping_;
    auto message = std::make_shared<bhttp::response<bhttp::string_body>>();
    message->version(11);
    message->result(static_cast<unsigned>(response.status));
    if (!response.content_type.empty())
      message->set(bhttp::field::content_type, response.content_type);
    for (const auto& [name, value] : response.headers) message->insert(name, value);
    message->body() = std::move(response.body);
    message->keep_alive(keep_alive);
    message->prepare_payload();
    stream_.expires_after(server_.options_.read_timeout);
    bhttp::async_write(
        stream_, *message,
        [self = shared_from_this(), message, keep_alive](beast::error_code ec, std::size_t) {
          self->busy_ = false;
          if (ec || !keep_alive) return self->Close();
          self->Read();
        });
  }

  void Close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.close();
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  Impl& server_;
  std::string address_;
  bool busy_ = false;
  bool first_ = true;
  std::size_t body_limit_ = 0;  // the current request's (its route's, or the server's)
};

base::Status Server::Impl::Listen() {
  base::Result<TrustedProxies> proxies = TrustedProxies::Parse(options_.trusted_proxies);
  if (!proxies) return proxies.error();
  proxies_ = *std::move(proxies);
  beast::error_code ec;
  const net::ip::address address = net::ip::make_address(options_.address, ec);
  if (ec) return base::InvalidArgument("--listen: '" + options_.address + "' is not an IP address");
  const tcp::endpoint endpoint(address, options_.port);
  acceptor_.open(endpoint.protocol(), ec);
  if (!ec) acceptor_.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) acceptor_.bind(endpoint, ec);
  if (!ec) acceptor_.listen(net::socket_base::max_listen_connections, ec);
  if (ec) {
    return base::Unavailable("cannot listen on " + options_.address + ":" +
                             std::to_string(options_.port) + ": " + ec.message());
  }
  port_ = acceptor_.local_endpoint().port();
  return base::OkStatus();
}

void Server::Impl::Accept() {
  acceptor_.async_accept(NextContext(), [this](beast::error_code ec, tcp::socket socket) {
    if (ec) {
      if (!stopping_ && acceptor_.is_open()) Accept();
      return;
    }
    std::make_shared<Connection>(std::move(socket), *this)->Start();
    Accept();
  });
}

void Server::Impl::Run() {
  if (options_.handle_signals) {
    signals_.add(SIGINT);
    signals_.add(SIGTERM);
    signals_.async_wait([this](beast::error_code ec, int) {
      if (!ec) Stop();
    });
  }
  Accept();
  // Each context runs until Stop() has drained the connections, even while it has none.
  std::vector<net::executor_work_guard<net::io_context::executor_type>> keep_running;
  for (auto& context : contexts_) keep_running.push_back(net::make_work_guard(*context));
  std::vector<std::thread> threads;
  for (std::size_t i = 1; i < contexts_.size(); ++i) {
    threads.emplace_back([this, i] { contexts_[i]->run(); });
  }
  contexts_.front()->run();
  for (auto& thread : threads) thread.join();
  // Every connection has finished (or the grace period is over): let the handlers still
  // running end. What they answer goes nowhere.
  workers_.Stop();
  hashing_.Stop();
}

void Server::Impl::Stop() {
  if (stopping_.exchange(true)) return;
  net::post(*contexts_.front(), [this] {
    spdlog::info("stopping: no new connections, finishing in-flight requests");
    stop_started_ = std::chrono::steady_clock::now();
    beast::error_code ec;
    acceptor_.close(ec);
    signals_.cancel(ec);
    std::vector<Connection*> open;
    {
      std::lock_guard lock(mutex_);
      open.assign(connections_.begin(), connections_.end());
    }
    for (Connection* connection : open) {
      // The registry may hold a connection that is being destroyed; take a strong reference
      // only while it is still registered.
      std::shared_ptr<Connection> alive;
      {
        std::lock_guard lock(mutex_);
        if (connections_.contains(connection)) alive = connection->weak_from_this().lock();
      }
      if (alive) alive->CloseIfIdle();
    }
    WatchStop();
  });
}

void Server::Impl::WatchStop() {
  bool done;
  {
    std::lock_guard lock(mutex_);
    done = connections_.empty();
  }
  if (done || std::chrono::steady_clock::now() - stop_started_ > options_.shutdown_grace) {
    for (auto& context : contexts_) context->stop();
    return;
  }
  check_.expires_after(std::chrono::milliseconds(20));
  check_.async_wait([this](beast::error_code) { WatchStop(); });
}

Server::Server(ServerOptions options, Dispatcher& dispatcher)
    : impl_(std::make_unique<Impl>(std::move(options), dispatcher)) {}
Server::~Server() = default;
base::Status Server::Listen() { return impl_->Listen(); }
uint16_t Server::port() const { return impl_->port_; }
void Server::Run() { impl_->Run(); }
void Server::Stop() { impl_->Stop(); }
int Server::in_flight() const { return impl_->in_flight_.load(std::memory_order_relaxed); }

}  // namespace needlepoint::http
